package dev.domainemu.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.domainemu.account.Accounts;
import jakarta.annotation.PreDestroy;
import dev.domainemu.clock.EmulatorClock;
import dev.domainemu.domain.DomainService;
import dev.domainemu.journal.Cause;
import dev.domainemu.storage.SharedDatabase;
import dev.domainemu.task.TaskItem;
import dev.domainemu.task.TaskService;
import dev.domainemu.task.TaskType;
import dev.domainemu.transferin.SeedConflictException;
import dev.domainemu.transferin.TransferInSeeding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads many entries at once for scale tests and benchmarks: through the services'
 * batched writes, {@value #CHUNK} names per transaction, everything made as of one time.
 * The names must be new to the account; what is loaded is not journaled.
 */
@Service
public class BulkSeeding {

	static final int CHUNK = 10_000;

	static final int MAX_COUNT = 2_000_000;

	private static final List<String> TASK_TYPES = List.of(TaskType.QUERY_TRANSFER_AUTH_CODE.name(),
			TaskType.SET_TRANSFER_PROHIBITED.name());

	private final Accounts accounts;

	private final EmulatorClock clock;

	private final DomainService domains;

	private final TaskService tasks;

	private final TransferInSeeding transfers;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final SharedDatabase database;

	/** The second thread a load runs on. */
	private final ExecutorService helper = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "bulk-loader");
		thread.setDaemon(true);
		return thread;
	});

	/** The tables a load writes to. */
	private static final List<String> STATISTICS = List.of("held_domain", "task", "task_detail", "domain_task_guard",
			"scheduled_step", "transfer_in", "transfer_in_history", "account_total");

	BulkSeeding(Accounts accounts, EmulatorClock clock, DomainService domains, TaskService tasks,
			TransferInSeeding transfers, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			SharedDatabase database) {
		this.database = database;
		this.accounts = accounts;
		this.clock = clock;
		this.domains = domains;
		this.tasks = tasks;
		this.transfers = transfers;
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
	}

	/** The account a load is for. */
	public String accountOf(BulkSeed seed) {
		return this.accounts.orDefault(seed.account());
	}

	/**
	 * Loads the entries.
	 * @throws IllegalArgumentException naming the field that is not acceptable
	 * @throws SeedConflictException when the account already has names with the prefix
	 */
	public BulkSeed.Made load(BulkSeed seed) {
		long started = System.nanoTime();
		String userId = this.accounts.orDefault(seed.account());
		if (userId.length() > 32) {
			throw new IllegalArgumentException("account: must be at most 32 characters");
		}
		String prefix = seed.prefix();
		if (prefix == null || !prefix.matches("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")) {
			throw new IllegalArgumentException(
					"prefix: 1 to 40 lower-case letters, digits and dashes, not starting or ending with a dash");
		}
		int count = (seed.count() != null) ? seed.count() : 0;
		if (count < 1 || count > MAX_COUNT) {
			throw new IllegalArgumentException("count: must be from 1 to " + MAX_COUNT);
		}
		TaskType type = taskType(seed.tasks());
		String argument = (type == TaskType.SET_TRANSFER_PROHIBITED)
				? String.valueOf(!Boolean.FALSE.equals(seed.tasks().transferProhibited())) : null;
		int status = (seed.transferIns() != null && seed.transferIns().status() != null) ? seed.transferIns().status()
				: 10;
		requireNew(userId, prefix);
		int every = Math.max(1, count / 1000);
		int chunks = (count + CHUNK - 1) / CHUNK;
		List<List<String>> taskNos = new ArrayList<>(Collections.nCopies(chunks, List.of()));
		List<List<String>> instanceIds = new ArrayList<>(Collections.nCopies(chunks, List.of()));
		Instant at = this.clock.now(userId);
		AtomicInteger nextChunk = new AtomicInteger();
		// two threads take chunks in turn, each chunk in a transaction of its own
		Runnable loader = () -> {
			Cause previous = Cause.set(Cause.ADMIN);
			try (EmulatorClock.Pin pin = this.clock.pin(userId, at)) {
				for (int chunk = nextChunk.getAndIncrement(); chunk < chunks; chunk = nextChunk.getAndIncrement()) {
					int first = chunk * CHUNK + 1;
					int last = Math.min(count, first + CHUNK - 1);
					int index = chunk;
					this.transaction.executeWithoutResult((tx) -> {
						List<String> names = names(prefix + "-", first, last);
						this.domains.addMany(userId, names);
						if (type != null) {
							taskNos.set(index,
									sample(this.tasks.submitMany(userId, type,
											names.stream().map((name) -> new TaskItem(name, null, argument)).toList()),
											first, every));
						}
						if (seed.transferIns() != null) {
							instanceIds.set(index,
									sample(this.transfers.seedMany(userId, names(prefix + "-in-", first, last), status),
											first, every));
						}
					});
				}
			}
			finally {
				Cause.restore(previous);
			}
		};
		Future<?> other = this.helper.submit(loader);
		try {
			loader.run();
			other.get();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("transferIns." + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IllegalArgumentException invalid) {
				throw new IllegalArgumentException("transferIns." + invalid.getMessage(), invalid);
			}
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			other.cancel(false);
		}
		if (this.database.postgres()) {
			// PostgreSQL plans its reads by statistics, which a load this size leaves
			// behind
			STATISTICS.forEach((table) -> this.jdbc.execute("analyze " + table));
		}
		return new BulkSeed.Made(count, (type != null) ? count : 0, (seed.transferIns() != null) ? count : 0,
				(System.nanoTime() - started) / 1_000_000, flat(taskNos), flat(instanceIds));
	}

	private static TaskType taskType(BulkSeed.Tasks tasks) {
		if (tasks == null) {
			return null;
		}
		if (tasks.type() == null || !TASK_TYPES.contains(tasks.type())) {
			throw new IllegalArgumentException("tasks.type: "
					+ ((tasks.type() == null) ? "is required; one of " : "'" + tasks.type() + "' is not one of ")
					+ TASK_TYPES);
		}
		if (tasks.transferProhibited() != null && !tasks.type().equals(TaskType.SET_TRANSFER_PROHIBITED.name())) {
			throw new IllegalArgumentException("tasks.transferProhibited: only a lock task has one");
		}
		return TaskType.valueOf(tasks.type());
	}

	private void requireNew(String userId, String prefix) {
		String like = prefix + "-%";
		Integer used = this.jdbc.queryForObject("select (select count(*) from held_domain where user_id = ? and"
				+ " domain_name like ?) + (select count(*) from transfer_in where user_id = ? and open_domain like ?)",
				Integer.class, userId, like, userId, like);
		if (used != null && used > 0) {
			throw new SeedConflictException("prefix", "the account already has domains or open transfer-ins named "
					+ prefix + "-…; choose another prefix");
		}
	}

	private static List<String> names(String start, int from, int to) {
		List<String> names = new ArrayList<>(to - from + 1);
		for (int n = from; n <= to; n++) {
			names.add(start + n + ".com");
		}
		return names;
	}

	/** Every {@code every}-th of what a chunk made, counting from its first name. */
	private static List<String> sample(List<String> made, int first, int every) {
		List<String> sampled = new ArrayList<>();
		for (int i = 0; i < made.size(); i++) {
			if ((first + i) % every == 0) {
				sampled.add(made.get(i));
			}
		}
		return sampled;
	}

	private static List<String> flat(List<List<String>> chunks) {
		return chunks.stream().flatMap(List::stream).limit(1000).toList();
	}

	@PreDestroy
	void stop() {
		this.helper.shutdownNow();
	}

}
