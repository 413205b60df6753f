package dev.domainemu.rpc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.domainemu.account.Accounts;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.clock.TimeFormat;
import dev.domainemu.domain.DomainService;
import dev.domainemu.ids.Ids;
import dev.domainemu.progression.Progression;
import dev.domainemu.storage.ChangeGate;
import dev.domainemu.task.TaskQueries;
import dev.domainemu.task.TaskService;
import dev.domainemu.transferin.TransferInMailService;
import dev.domainemu.transferin.TransferInQueries;
import dev.domainemu.transferin.TransferInService;
import dev.domainemu.transferin.TransferInVerificationService;
import dev.domainemu.transferout.TransferOutService;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A test of the RPC layer alone, on MockMvc: the endpoint, the request parser, the
 * dispatcher, the renderer and error handling, the edge filter and every action handler
 * of the emulator and every settings record, with the services the handlers call as
 * Mockito mocks. No server, no database, no step engine: what the envelope and the
 * handlers' parameter checks decide is tested here, what the services decide in the
 * full-app tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest(controllers = RpcEndpoint.class,
		includeFilters = { @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ActionHandler.class),
				@ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ConfigurationProperties.class) })
@Import({ RpcRequestParser.class, SignatureCheck.class, CallDispatcher.class, ActionRegistry.class,
		ResponseRenderer.class, CallLog.class, ChangeGate.class, Ids.class, TimeFormat.class })
@MockitoBean(types = { Accounts.class, EmulatorClock.class, Progression.class, DomainService.class, TaskQueries.class,
		TaskService.class, TransferInMailService.class, TransferInQueries.class, TransferInService.class,
		TransferInVerificationService.class, TransferOutService.class })
public @interface RpcSlice {

}
