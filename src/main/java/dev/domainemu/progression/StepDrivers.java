package dev.domainemu.progression;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import dev.domainemu.clock.EmulatorClock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link StepDriver} of each account that has steps or calls, made on first need and
 * let go when idle once there are many, and the lock that lets one change stop them all.
 */
@Component
class StepDrivers {

	/** How many accounts' drivers are kept before idle ones are let go. */
	private static final int MAX_DRIVERS = 10_000;

	private final StepQueue queue;

	private final StepRunner runner;

	private final EmulatorClock clock;

	private final TransactionTemplate transaction;

	private final Duration requestWait;

	private final Map<String, StepDriver> drivers = new ConcurrentHashMap<>();

	/**
	 * Held for reading by every driver while it works, for writing by a change of every
	 * account.
	 */
	private final ReentrantReadWriteLock world = new ReentrantReadWriteLock();

	StepDrivers(StepQueue queue, StepRunner runner, EmulatorClock clock, PlatformTransactionManager transactionManager,
			StepEngineProperties properties) {
		this.queue = queue;
		this.runner = runner;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.requestWait = properties.requestWait();
	}

	/** The account's driver, made when it has none. */
	StepDriver of(String account) {
		StepDriver driver = this.drivers.get(account);
		if (driver != null) {
			return driver;
		}
		if (this.drivers.size() >= MAX_DRIVERS) {
			this.drivers.keySet().forEach((key) -> this.drivers.computeIfPresent(key, (k, d) -> d.idle() ? null : d));
		}
		return this.drivers.computeIfAbsent(account, (key) -> new StepDriver(key, this.queue, this.runner, this.clock,
				this.transaction, this.requestWait, this.world.readLock()));
	}

	/** The account's driver if it has one, else {@code null}. */
	StepDriver existing(String account) {
		return this.drivers.get(account);
	}

	/** The accounts with a driver and their drivers, as they stand. */
	Map<String, StepDriver> all() {
		return this.drivers;
	}

	/**
	 * Does the work while no driver works and no clock is being moved on this emulator.
	 */
	<T> T stopped(Supplier<T> work) {
		this.world.writeLock().lock();
		try {
			return work.get();
		}
		finally {
			this.world.writeLock().unlock();
		}
	}

}
