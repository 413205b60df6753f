package dev.domainemu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules that the build enforces.
 */
class ArchitectureTest {

	private static final String[] FEATURES = { "dev.domainemu.domain..", "dev.domainemu.task..",
			"dev.domainemu.transferin..", "dev.domainemu.registrar..", "dev.domainemu.admin.." };

	/** The emulator's classes, read once for every rule. */
	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.domainemu");

	/**
	 * The layers, from the top down, and the packages of each: every package of the
	 * emulator is in one, and a layer uses only those below it.
	 */
	private static final Map<String, List<String>> LAYERS = layers();

	private static Map<String, List<String>> layers() {
		Map<String, List<String>> layers = new LinkedHashMap<>();
		layers.put("application", List.of("dev.domainemu"));
		layers.put("control plane", List.of("dev.domainemu.admin..", "dev.domainemu.scenario.."));
		layers.put("faults", List.of("dev.domainemu.fault.."));
		layers.put("features", List.of("dev.domainemu.domain..", "dev.domainemu.registrar..", "dev.domainemu.task..",
				"dev.domainemu.transferin..", "dev.domainemu.transferout.."));
		layers.put("step engine", List.of("dev.domainemu.progression.."));
		layers.put("edge", List.of("dev.domainemu.edge.."));
		layers.put("wire", List.of("dev.domainemu.rpc..", "dev.domainemu.journal.."));
		layers.put("base", List.of("dev.domainemu.storage..", "dev.domainemu.paging..", "dev.domainemu.clock..",
				"dev.domainemu.ids..", "dev.domainemu.account.."));
		return layers;
	}

	@Test
	void everyPackageIsInALayer() {
		Set<String> packages = new TreeSet<>();
		CLASSES.forEach((type) -> packages.add(type.getPackageName()));
		List<String> roots = LAYERS.values()
			.stream()
			.flatMap(List::stream)
			.map((pattern) -> pattern.replace("..", ""))
			.toList();
		assertThat(packages).hasSizeGreaterThan(15)
			.allSatisfy((name) -> assertThat(roots).anyMatch(
					(root) -> name.equals(root) || (!root.equals("dev.domainemu") && name.startsWith(root + "."))));
	}

	@Test
	void eachLayerUsesOnlyTheLayersBelowIt() {
		Architectures.LayeredArchitecture architecture = Architectures.layeredArchitecture()
			.consideringOnlyDependenciesInLayers();
		List<String> names = new ArrayList<>(LAYERS.keySet());
		for (String name : names) {
			architecture = architecture.layer(name).definedBy(LAYERS.get(name).toArray(String[]::new));
		}
		architecture = architecture.whereLayer(names.get(0)).mayNotBeAccessedByAnyLayer();
		for (int i = 1; i < names.size(); i++) {
			architecture = architecture.whereLayer(names.get(i))
				.mayOnlyBeAccessedByLayers(names.subList(0, i).toArray(String[]::new));
		}
		architecture.check(CLASSES);
	}

	@Test
	void noPackagesDependOnEachOtherInACircle() {
		slices().matching("dev.domainemu.(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void rpcLayerDoesNotDependOnFeatures() {
		noClasses().that()
			.resideInAnyPackage("dev.domainemu.rpc..", "dev.domainemu.clock..", "dev.domainemu.progression..",
					"dev.domainemu.account..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(CLASSES);
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
			.check(CLASSES);
	}

	@Test
	void onlyTheRpcEndpointAndAdminAreControllers() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("dev.domainemu.rpc", "dev.domainemu.admin")
			.check(CLASSES);
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
			.check(CLASSES);
	}

	@Test
	void injectionIsThroughConstructors() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
	}

	@Test
	void noTypeInAnotherFeaturesActionPackageIsUsed() {
		noClasses().that()
			.resideOutsideOfPackage("dev.domainemu.task.action..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.domainemu.task.action..")
			.check(CLASSES);
	}

}
