package dev.domainemu.journal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every RPC call and every status change, newest last, in a bounded buffer: once it holds
 * {@code emulator.journal.size} entries the oldest go first. Secret parameters
 * (authorization codes, mail tokens, signatures, security tokens) are kept as
 * {@code ******}.
 */
@Component
public class Journal {

	static final String MASK = "******";

	private static final Set<String> SECRET_NAMES = Set.of("Signature", "SecurityToken", "AccessKeySecret",
			"AuthorizationCode", "TransferAuthorizationCode", "Token");

	private final Deque<JournalEntry> entries = new ArrayDeque<>();

	private final JournalProperties properties;

	private final Clock clock;

	private long seq;

	/**
	 * @param clock the emulator clock
	 */
	Journal(JournalProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Records a call once it has been answered. */
	public void call(String account, String action, Map<String, String> parameters, int httpStatus, String code,
			long latencyNanos, String requestId) {
		if (this.properties.size() == 0) {
			return;
		}
		Map<String, String> kept = kept(parameters);
		synchronized (this) {
			add(JournalEntry.call(++this.seq, this.clock.instant(), account, action, kept, httpStatus, code,
					latencyNanos / 1_000_000, requestId));
		}
	}

	/** Records a status change, with the cause current on this thread. */
	public void transition(StatusChange change) {
		if (this.properties.size() == 0) {
			return;
		}
		Cause cause = Cause.current();
		synchronized (this) {
			add(JournalEntry.transition(++this.seq, change, cause));
		}
	}

	/**
	 * The entries the filter accepts, oldest first, at most {@code limit} of the newest.
	 */
	public synchronized List<JournalEntry> entries(JournalFilter filter, int limit) {
		List<JournalEntry> matching = new ArrayList<>();
		for (JournalEntry entry : this.entries) {
			if (filter.accepts(entry)) {
				matching.add(entry);
			}
		}
		return (matching.size() > limit) ? List.copyOf(matching.subList(matching.size() - limit, matching.size()))
				: matching;
	}

	public synchronized void clear() {
		this.entries.clear();
	}

	private void add(JournalEntry entry) {
		this.entries.addLast(entry);
		while (this.entries.size() > this.properties.size()) {
			this.entries.removeFirst();
		}
	}

	private Map<String, String> kept(Map<String, String> parameters) {
		Map<String, String> kept = new LinkedHashMap<>();
		int left = this.properties.maxParameters();
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (left-- == 0) {
				kept.put("…", (parameters.size() - this.properties.maxParameters()) + " more");
				break;
			}
			kept.put(parameter.getKey(), secret(parameter.getKey()) ? MASK : parameter.getValue());
		}
		return kept;
	}

	private static boolean secret(String name) {
		int dot = name.lastIndexOf('.');
		return SECRET_NAMES.contains((dot >= 0) ? name.substring(dot + 1) : name);
	}

}
