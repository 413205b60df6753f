package dev.domainemu.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.domainemu.task.TaskExecutor;
import dev.domainemu.task.TaskOutcome;
import dev.domainemu.task.TaskType;
import dev.domainemu.task.TaskWork;

import org.springframework.stereotype.Component;

/**
 * Ends a lock task: the domain's transfer-prohibition lock is set as asked ({@code true}
 * on, {@code false} off); setting it to what it already is succeeds too.
 */
@Component
class TransferProhibitionLockTask implements TaskExecutor {

	private final HeldDomainRepository domains;

	private final HeldDomainLookup lookup;

	TransferProhibitionLockTask(HeldDomainRepository domains, HeldDomainLookup lookup) {
		this.domains = domains;
		this.lookup = lookup;
	}

	@Override
	public TaskType type() {
		return TaskType.SET_TRANSFER_PROHIBITED;
	}

	@Override
	public TaskOutcome execute(TaskWork work) {
		return execute(work, this.domains.findByUserIdAndDomainName(work.userId(), work.domainName()).orElse(null));
	}

	/** The same for many works, their domains read a batch at a time. */
	@Override
	public List<TaskOutcome> executeAll(List<TaskWork> works) {
		Map<String, Set<String>> namesByUser = new LinkedHashMap<>();
		works.forEach((work) -> namesByUser.computeIfAbsent(work.userId(), (user) -> new LinkedHashSet<>())
			.add(work.domainName()));
		Map<List<String>, HeldDomain> found = new HashMap<>();
		namesByUser.forEach((user, names) -> this.lookup.find(user, names)
			.forEach((name, domain) -> found.put(List.of(user, name), domain)));
		return works.stream()
			.map((work) -> execute(work, found.get(List.of(work.userId(), work.domainName()))))
			.toList();
	}

	private static TaskOutcome execute(TaskWork work, HeldDomain domain) {
		if (domain == null) {
			return RegistryErrors.notHeld();
		}
		if (domain.registryFails()) {
			return RegistryErrors.unavailable();
		}
		domain.transferProhibited(Boolean.parseBoolean(work.argument()));
		return TaskOutcome.succeeded(null);
	}

}
