#!/usr/bin/env bash
# Reset benchmark: how long the control plane takes to remove what a large scenario made
# (DELETE /_emulator/scenarios/{name}) and to reset everything (POST /_emulator/reset).
#
#   bench/reset.sh                   # ROWS=10000 ROUNDS=5 PORT=18081
#   ROWS=40000 ROUNDS=3 bench/reset.sh
#
# Each round loads a generated scenario of ROWS entries (a quarter each: held domains,
# registrar-side domains, transfer-ins in Status 20 and 52, succeeded auth-code tasks on the
# held domains, each task also making a detail row), then removes it; then loads it again
# and resets. Prints every timing and the median of each. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18081}
ROWS=${ROWS:-10000}
ROUNDS=${ROUNDS:-5}
JAVA_OPTS=${JAVA_OPTS:-}

# shellcheck source=bench/common.sh
. bench/common.sh
jar=$(emulator_jar)

out=bench/results
mkdir -p "$out"
log="$out/reset.log"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
base="http://127.0.0.1:$PORT"
until curl -fsS "$base/_emulator/health" >/dev/null 2>&1; do
	kill -0 $pid 2>/dev/null || { echo "emulator exited; see $log" >&2; exit 1; }
	sleep 0.05
done

quarter=$(( ROWS / 4 ))
scenario="$out/reset-scenario.json"
{
	printf '{"name":"bulk","clock":{"now":"2026-11-24T10:00:00+08:00","frozen":true},\n"domains":['
	for ((i = 0; i < quarter; i++)); do
		[ $i -gt 0 ] && printf ','
		printf '{"domainName":"held-%d.com"}' $i
	done
	printf '],\n"registrarDomains":['
	for ((i = 0; i < quarter; i++)); do
		[ $i -gt 0 ] && printf ','
		printf '{"domainName":"in-%d.com","authorizationCode":"Bench#%05d"}' $i $i
	done
	printf '],\n"transferIns":['
	for ((i = 0; i < quarter; i++)); do
		[ $i -gt 0 ] && printf ','
		if (( i % 2 )); then
			printf '{"domainName":"in-%d.com","status":52}' $i
		else
			printf '{"domainName":"in-%d.com","status":20,"hold":true}' $i
		fi
	done
	printf '],\n"tasks":['
	for ((i = 0; i < quarter; i++)); do
		[ $i -gt 0 ] && printf ','
		printf '{"type":"QUERY_TRANSFER_AUTH_CODE","domainName":"held-%d.com","state":"succeeded"}' $i
	done
	printf ']}\n'
} > "$scenario"

# Milliseconds one call takes; fails unless the reply has the expected HTTP status.
timed() {
	local expect=$1
	shift
	local result
	result=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' "$@")
	[ "${result%% *}" = "$expect" ] || { echo "unexpected HTTP ${result%% *} from: $*" >&2; exit 1; }
	awk -v s="${result#* }" 'BEGIN { printf "%.0f", s * 1000 }'
}
count() { curl -fsS "$base/_emulator/$1" | { grep -o "\"$2\"" || true; } | wc -l; }

load() { timed 201 -H 'Content-Type: application/json' --data-binary "@$scenario" "$base/_emulator/scenarios"; }

echo "scenario: $quarter domains, $quarter registrar domains, $quarter transfer-ins, $quarter tasks ($ROWS entries)"
loads=() removes=() resets=()
for ((r = 1; r <= ROUNDS; r++)); do
	l=$(load)
	held=$(count "domains" "domainName")
	d=$(timed 204 -X DELETE "$base/_emulator/scenarios/bulk")
	left=$(count "domains" "domainName")
	l2=$(load)
	x=$(timed 204 -X POST "$base/_emulator/reset")
	echo "round $r: load ${l} ms (domains held: $held), remove scenario ${d} ms (left: $left), load ${l2} ms, reset ${x} ms"
	loads+=("$l" "$l2") removes+=("$d") resets+=("$x")
done
echo "median: load $(median "${loads[@]}") ms, remove scenario $(median "${removes[@]}") ms, reset $(median "${resets[@]}") ms"
