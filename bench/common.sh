# Shared by the benchmark scripts (sourced from the repository root).

# The packaged emulator jar, built first when missing or when REBUILD is set;
# EMULATOR_JAR names another one (an older build, to compare).
emulator_jar() {
	local jar
	if [ -n "${EMULATOR_JAR:-}" ]; then
		echo "$EMULATOR_JAR"
		return
	fi
	jar=$(ls target/alibaba-domain-emulator-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
	if [ -z "$jar" ] || [ -n "${REBUILD:-}" ]; then
		./mvnw -q -B -DskipTests package >&2
		jar=$(ls target/alibaba-domain-emulator-*.jar | grep -v plain | head -n 1)
	fi
	echo "$jar"
}

# The median of the numbers given (of an even count, the mean of the middle two).
median() {
	printf '%s\n' "$@" | sort -n |
		awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else { m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf (m == int(m)) ? "%d\n" : "%.1f\n", m } }'
}
