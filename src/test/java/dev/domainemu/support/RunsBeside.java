package dev.domainemu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class with an emulator of its own (an application context and a database no
 * other class uses, or applications it starts itself): the default test run lets it run
 * beside the other classes rather than before or after them, which keeps both cores busy.
 * Such classes take turns (one lock), and the tests of one run one after the other, as
 * anywhere else. A class on the common context resets it and must not carry this; a class
 * that measures the heap or captures the output runs alone ({@code @Isolated}), once
 * these are done.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunsBeside.LOCK)
public @interface RunsBeside {

	/** Held by the class that runs beside the others. */
	String LOCK = "dev.domainemu.support.RunsBeside";

}
