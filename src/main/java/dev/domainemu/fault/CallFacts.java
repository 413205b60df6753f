package dev.domainemu.fault;

import java.util.Set;

/**
 * The parts of a call that fault rules match on.
 */
record CallFacts(Set<String> domainNames, String instanceId) {
}
