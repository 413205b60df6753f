package dev.domainemu.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.domainemu.clock.Durations;
import dev.domainemu.domain.DomainSeed;
import dev.domainemu.fault.FaultSpecCheck;
import dev.domainemu.fault.FaultSpec;
import dev.domainemu.registrar.RegistrarSeed;
import dev.domainemu.rpc.DomainNames;
import dev.domainemu.transferin.TimelineMove;
import dev.domainemu.transferin.TransferInSeed;
import dev.domainemu.transferin.TransferInSeeding;

/**
 * Turns the entries of a scenario (which the control plane's seeding endpoints also take)
 * into what the services seed. Each refusal is an {@link IllegalArgumentException} whose
 * message starts with the field at fault: {@code "timeline[0].after: …"}.
 */
public final class Seeds {

	private Seeds() {
	}

	/** The domain name, normalised. */
	public static String domainName(String field, String value) {
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(field + ": is required");
		}
		String normalized = DomainNames.normalize(value);
		if (normalized == null) {
			throw new IllegalArgumentException(field + ": '" + value + "' is not a domain name");
		}
		return normalized;
	}

	public static RegistrarSeed registrar(Scenario.Registrar entry) {
		return new RegistrarSeed(domainName("domainName", entry.domainName()), entry.authorizationCode(),
				entry.transferProhibited(), entry.whoisEmail(), entry.premium(), entry.progressBarType(),
				entry.nameAuditPasses());
	}

	public static DomainSeed domain(Scenario.Domain entry) {
		String domainName = domainName("domainName", entry.domainName());
		if (entry.email() != null && (entry.email().isBlank() || entry.email().length() > 255)) {
			throw new IllegalArgumentException("email: must be 1 to 255 characters");
		}
		int registryFailures = (entry.registryFailures() != null) ? entry.registryFailures() : 0;
		if (registryFailures < 0 || registryFailures > 1000) {
			throw new IllegalArgumentException("registryFailures: must be from 0 to 1000");
		}
		if (entry.transferAuthorizationCode() != null && entry.transferAuthorizationCode().length() > 64) {
			throw new IllegalArgumentException("transferAuthorizationCode: must be at most 64 characters");
		}
		return new DomainSeed(domainName, entry.transferAuthorizationCode(),
				Boolean.TRUE.equals(entry.transferProhibited()), entry.email(), registryFailures);
	}

	public static TransferInSeed transferIn(Scenario.TransferIn entry) {
		String domainName = domainName("domainName", entry.domainName());
		List<TimelineMove> timeline = new ArrayList<>();
		List<Scenario.Move> moves = (entry.timeline() != null) ? entry.timeline() : List.of();
		for (int i = 0; i < moves.size(); i++) {
			Scenario.Move move = moves.get(i);
			String field = "timeline[" + i + "]";
			if (move == null) {
				throw new IllegalArgumentException(field + ": is empty");
			}
			Duration after = Durations.parse(move.after());
			if (after == null) {
				throw new IllegalArgumentException(field + ".after: " + ((move.after() == null) ? "is required"
						: "'" + move.after() + "' is not a duration such as 90s, 2m, 1h30m, 5d or PT2M"));
			}
			if (move.status() == null) {
				throw new IllegalArgumentException(field + ".status: is required");
			}
			timeline.add(new TimelineMove(after, move.status(), move.resultCode()));
		}
		TransferInSeed seed = new TransferInSeed(domainName, entry.status(), entry.progressBarType(), entry.email(),
				entry.needMailCheck(), entry.whoisMailStatus(), entry.resultCode(), entry.authorizationCode(),
				entry.hold(), timeline);
		TransferInSeeding.check(seed);
		return seed;
	}

	public static FaultSpec fault(Scenario.Fault entry) {
		Scenario.FaultMatch match = (entry.match() != null) ? entry.match()
				: new Scenario.FaultMatch(null, null, null, null, null);
		Scenario.FaultError error = entry.error();
		String domainName = (match.domainName() != null) ? domainName("match.domainName", match.domainName()) : null;
		if (error != null && (error.code() == null || error.code().isBlank())) {
			throw new IllegalArgumentException("error.code: is required with an error");
		}
		Scenario.FaultMove move = entry.transferIn();
		FaultSpec spec = new FaultSpec(match.action(), domainName, match.instanceId(), match.status(), match.step(),
				(move != null) ? move.status() : null, (move != null) ? move.resultCode() : null,
				(error != null) ? error.code() : null, (error != null) ? error.message() : null,
				(error != null) ? ((error.httpStatus() != null) ? error.httpStatus() : 400) : null,
				(entry.latencyMs() != null) ? entry.latencyMs() : 0, entry.times(), entry.probability(),
				(entry.seed() != null) ? entry.seed() : 0);
		FaultSpecCheck.check(spec);
		return spec;
	}

}
