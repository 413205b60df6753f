package dev.domainemu.parallel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite really runs tests at the same time: these two meet at a barrier, which only
 * opens when both are running at once (run one after the other, the first would wait in
 * vain and fail), and they run on two threads.
 */
class ParallelismTest {

	private static final CyclicBarrier BOTH = new CyclicBarrier(2);

	private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

	@Test
	void one() throws Exception {
		meet();
	}

	@Test
	void other() throws Exception {
		meet();
	}

	@AfterAll
	static void ranOnTwoThreads() {
		assertThat(THREADS).as("threads the tests ran on").hasSize(2);
	}

	private static void meet() throws Exception {
		THREADS.add(Thread.currentThread().getName());
		BOTH.await(60, TimeUnit.SECONDS);
	}

}
