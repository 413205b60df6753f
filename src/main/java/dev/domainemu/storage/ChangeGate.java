package dev.domainemu.storage;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets the calls that change what is stored through together, and a change of everything
 * (a reset, a scenario loaded or removed) through alone: the latter then never meets a
 * call's transaction half-way, which could leave part of what that call made. Within one
 * emulator; emulators sharing a database do not wait for each other's.
 */
@Component
public class ChangeGate {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/**
	 * Runs a call's change alongside other calls' changes, and again from a fresh read
	 * when it lost a race for a row ({@link Conflicts#retry}).
	 */
	public <T> T together(Supplier<T> change) {
		this.lock.readLock().lock();
		try {
			return Conflicts.retry(change);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Runs a change of everything once no call's change is under way, and alone. */
	public <T> T alone(Supplier<T> change) {
		if (this.lock.getReadHoldCount() > 0) {
			throw new IllegalStateException("A change of everything cannot be made from inside a call's change");
		}
		this.lock.writeLock().lock();
		try {
			return change.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
