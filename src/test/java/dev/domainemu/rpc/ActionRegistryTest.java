package dev.domainemu.rpc;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionRegistryTest {

	@Test
	void findsHandlersByNameAndListsThemSorted() {
		ActionRegistry registry = new ActionRegistry(List.of(handler("B"), handler("A")));
		assertThat(registry.find("A").action()).isEqualTo("A");
		assertThat(registry.find("C")).isNull();
		assertThat(registry.actions()).containsExactly("A", "B");
	}

	@Test
	void twoHandlersForOneActionStopTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> new ActionRegistry(List.of(handler("A"), handler("A"))))
			.withMessageContaining("Two handlers for action A");
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
