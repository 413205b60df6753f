#!/usr/bin/env bash
# Load benchmark: QueryTransferInByInstanceId under wrk against the packaged emulator.
#
#   bench/run.sh                     # defaults below
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java WARMUP=90 DURATION=60 CONNECTIONS=32 bench/run.sh
#   TARGET=reference bench/run.sh    # the same load on bench/reference: a bare Spring Boot + JPA + H2
#                                    # endpoint returning one row as JSON, for scale on this machine
#
# Prints: time from `java -jar` to the first successful reply, requests/s and latency
# percentiles, and the emulator's resident memory after the run. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18080}
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}

if ! command -v wrk >/dev/null 2>&1; then
	echo "wrk is needed: apt-get install -y wrk" >&2
	exit 2
fi

TARGET=${TARGET:-emulator}
case "$TARGET" in
	emulator) pom=pom.xml; pattern='target/alibaba-domain-emulator-*.jar' ;;
	reference) pom=bench/reference/pom.xml; pattern='bench/reference/target/bare-reference-*.jar' ;;
	*) echo "TARGET is emulator or reference" >&2; exit 2 ;;
esac
# shellcheck disable=SC2086
jar=$(ls $pattern 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ] || [ -n "${REBUILD:-}" ]; then
	./mvnw -q -B -DskipTests -f "$pom" package
	# shellcheck disable=SC2086
	jar=$(ls $pattern | grep -v plain | head -n 1)
fi

out=bench/results
mkdir -p "$out"
log="$out/$TARGET.log"
"$JAVA" -version 2>&1 | head -n 1

start_ns=$(date +%s%N)
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
	--logging.level.dev.domainemu.rpc.calls="${CALL_LOG_LEVEL:-INFO}" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

base="http://127.0.0.1:$PORT"
if [ "$TARGET" = reference ]; then probe="$base/rows/S2026ABCDEFGHIJK"; else probe="$base/_emulator/health"; fi
until curl -fsS "$probe" >/dev/null 2>&1; do
	if ! kill -0 $pid 2>/dev/null; then
		echo "emulator exited; see $log" >&2
		exit 1
	fi
	sleep 0.02
done
ready_ns=$(date +%s%N)
echo "startup: $(( (ready_ns - start_ns) / 1000000 )) ms from java -jar to the first successful reply"

if [ "$TARGET" = reference ]; then
	url="$probe"
else
	instance=$(curl -fsS -H 'Content-Type: application/json' -d '{"domainName":"bench.com","status":39}' \
		"$base/_emulator/transfer-ins" | sed 's/.*"instanceId":"\([^"]*\)".*/\1/')
	url="$base/?Action=QueryTransferInByInstanceId&Version=2018-01-29&Format=JSON&InstanceId=$instance"
	curl -fsS -X POST "$url" | grep -q "\"InstanceId\":\"$instance\"" || { echo "sanity call failed" >&2; exit 1; }
fi

script="$out/post.lua"
printf 'wrk.method = "POST"\n' > "$script"

echo "warm-up: ${WARMUP}s at $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "$url" > "$out/warmup.txt"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "measure: ${DURATION}s at $CONNECTIONS connections"
before=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" | tee "$out/measure.txt"
after=$(cpu_ticks)
requests=$(awk '/requests in/ {print $1}' "$out/measure.txt")
# CPU time the server spent per request: steadier than requests/s on a shared machine
echo "server cpu per request: $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
	'BEGIN {printf "%.1f us", t / hz * 1e6 / n}')"

echo "rss after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$pid/status)"
errors=$(grep -c ' ERROR ' "$log" || true)
echo "errors logged by the emulator: $errors"
