package dev.domainemu.storage;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets the calls that change what is stored through together, and a change of all an
 * account holds (its reset, a scenario loaded or removed) through alone for that account,
 * and a change of everything (a reset of every account) alone for all: the latter then
 * never meet a call's transaction half-way, which could leave part of what that call
 * made. Calls of other accounts go on beside a change of one account. Within one
 * emulator; emulators sharing a database do not wait for each other's.
 */
@Component
public class ChangeGate {

	/**
	 * How many locks the accounts share out (by their hash): memory stays bounded however
	 * many accounts there are, and two accounts meet on one lock rarely, which only makes
	 * one wait briefly for the other's reset.
	 */
	private static final int STRIPES = 1024;

	private final ReentrantReadWriteLock everything = new ReentrantReadWriteLock();

	private final ReentrantReadWriteLock[] accounts = new ReentrantReadWriteLock[STRIPES];

	public ChangeGate() {
		for (int i = 0; i < STRIPES; i++) {
			this.accounts[i] = new ReentrantReadWriteLock();
		}
	}

	/**
	 * Runs a call's change of the account alongside other calls' changes, and again from
	 * a fresh read when it lost a race for a row ({@link Conflicts#retry}).
	 */
	public <T> T together(String account, Supplier<T> change) {
		this.everything.readLock().lock();
		try {
			ReentrantReadWriteLock lock = lock(account);
			lock.readLock().lock();
			try {
				return Conflicts.retry(change);
			}
			finally {
				lock.readLock().unlock();
			}
		}
		finally {
			this.everything.readLock().unlock();
		}
	}

	/**
	 * Runs a change of all the account holds once no call's change of the account is
	 * under way, and alone for the account.
	 */
	public <T> T alone(String account, Supplier<T> change) {
		refuseInsideACall();
		this.everything.readLock().lock();
		try {
			ReentrantReadWriteLock lock = lock(account);
			lock.writeLock().lock();
			try {
				return change.get();
			}
			finally {
				lock.writeLock().unlock();
			}
		}
		finally {
			this.everything.readLock().unlock();
		}
	}

	/** Runs a change of everything once no call's change is under way, and alone. */
	public <T> T alone(Supplier<T> change) {
		refuseInsideACall();
		this.everything.writeLock().lock();
		try {
			return change.get();
		}
		finally {
			this.everything.writeLock().unlock();
		}
	}

	private void refuseInsideACall() {
		if (this.everything.getReadHoldCount() > 0) {
			throw new IllegalStateException("A change of everything cannot be made from inside a call's change");
		}
	}

	private ReentrantReadWriteLock lock(String account) {
		return this.accounts[Math.floorMod(Objects.hashCode(account), STRIPES)];
	}

}
