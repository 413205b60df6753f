package dev.domainemu;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules that the build enforces.
 */
class ArchitectureTest {

	private static final String[] FEATURES = { "dev.domainemu.domain..", "dev.domainemu.task..",
			"dev.domainemu.transferin..", "dev.domainemu.registrar..", "dev.domainemu.admin.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.domainemu");

	@Test
	void rpcLayerDoesNotDependOnFeatures() {
		noClasses().that()
			.resideInAnyPackage("dev.domainemu.rpc..", "dev.domainemu.clock..", "dev.domainemu.progression..",
					"dev.domainemu.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(this.classes);
	}

	@Test
	void adminReachesFeaturesOnlyThroughServices() {
		noClasses().that()
			.resideInAPackage("dev.domainemu.admin..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.domainemu.domain.action..", "dev.domainemu.task.action..",
					"dev.domainemu.transferin.action..")
			.check(this.classes);
	}

	@Test
	void onlyTheRpcEndpointAndAdminAreControllers() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("dev.domainemu.rpc", "dev.domainemu.admin")
			.check(this.classes);
	}

	/**
	 * Replies describe their shape with annotations (the XML ones included, for list
	 * wrappers); only the renderer turns them into bytes.
	 */
	@Test
	void handlersAndServicesDoNotRenderTheWire() {
		noClasses().that()
			.resideInAnyPackage("dev.domainemu.domain..", "dev.domainemu.task..", "dev.domainemu.transferin..",
					"dev.domainemu.transferout..", "dev.domainemu.registrar..")
			.should()
			.dependOnClassesThat(
					JavaClass.Predicates.resideInAnyPackage("tools.jackson.databind..", "tools.jackson.dataformat..")
						.and(DescribedPredicate
							.not(JavaClass.Predicates.resideInAPackage("tools.jackson.dataformat.xml.annotation"))))
			.check(this.classes);
	}

	@Test
	void injectionIsThroughConstructors() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(this.classes);
	}

	@Test
	void noTypeInAnotherFeaturesActionPackageIsUsed() {
		noClasses().that()
			.resideOutsideOfPackage("dev.domainemu.task.action..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.domainemu.task.action..")
			.check(this.classes);
	}

}
