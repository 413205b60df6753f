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

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
