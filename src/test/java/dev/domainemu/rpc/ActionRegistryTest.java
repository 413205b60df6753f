package dev.domainemu.rpc;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionRegistryTest {

	@Test
	void findsHandlersByNameAndListsThemSorted() {
		ActionRegistry registry = new ActionRegistry(List.of(handler("QueryTaskList"), handler("PollTaskResult")));
		assertThat(registry.find("PollTaskResult").action()).isEqualTo("PollTaskResult");
		assertThat(registry.find("TestOnlyUnimplementedAction")).isNull();
		assertThat(registry.actions()).containsExactly("PollTaskResult", "QueryTaskList");
	}

	@Test
	void knowsTheDomainApiActionsThatAreNotImplemented() {
		ActionRegistry registry = new ActionRegistry(List.of(handler("QueryTaskList")));
		assertThat(registry.isApiAction("TestOnlyUnimplementedAction")).isTrue();
		assertThat(registry.isApiAction("QueryDomainList")).isTrue();
		assertThat(registry.isApiAction("QueryTaskList")).isTrue();
		assertThat(registry.isApiAction("NoSuchAction")).isFalse();
		assertThat(registry.notImplemented()).contains("TestOnlyUnimplementedAction", "PollTaskResult")
			.doesNotContain("QueryTaskList")
			.hasSize(127);
	}

	@Test
	void aHandlerForAnActionTheApiDoesNotHaveStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new ActionRegistry(List.of(handler("MadeUp"))))
			.withMessageContaining("MadeUp");
	}

	@Test
	void twoHandlersForOneActionStopTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ActionRegistry(List.of(handler("QueryTaskList"), handler("QueryTaskList"))))
			.withMessageContaining("Two handlers for action QueryTaskList");
	}

	private static ActionHandler handler(String name) {
		return new ActionHandler() {

			@Override
			public String action() {
				return name;
			}

			@Override
			public Object handle(RpcRequest request) {
				return null;
			}

		};
	}

}
