package dev.domainemu.ids;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How identifiers are drawn.
 *
 * @param seed when set, RequestId, TaskNo, TaskDetailNo and InstanceId values come from a
 * random sequence of this seed that starts again at each reset, so the same calls after a
 * reset get the same identifiers; unset, they are random
 */
@ConfigurationProperties("emulator.ids")
record IdProperties(Long seed) {
}
