#!/usr/bin/env bash
# What checking signatures costs: QueryTransferInByInstanceId under wrk, every call signed
# (V1, HMAC-SHA1, each with a nonce of its own), against the packaged emulator with
# emulator.signature.mode=off and then enforce, side by side, ROUNDS times interleaved.
#
#   bench/signatures.sh                                  # defaults below
#   WARMUP=60 DURATION=60 CONNECTIONS=32 ROUNDS=3 bench/signatures.sh
#
# The calls are signed ahead by bench/sign.py: SIGNED calls for the warm-up and as many
# for the measure, each thread of wrk taking its own share in turn. With emulator.signature.max-nonces below SIGNED, a call comes round
# again only after its nonce has left the ledger, so no call is refused as a replay; every
# reply must be 200 (the script fails otherwise). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/common.sh
source bench/common.sh

JAVA=${JAVA:-java}
PORT=${PORT:-18081}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
SIGNED=${SIGNED:-200000}
NONCES=$((SIGNED / 2))

for tool in wrk python3 curl; do
	command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed" >&2; exit 2; }
done
jar=$(emulator_jar)
out=bench/results
mkdir -p "$out"
cat > "$out/signed.lua" <<'LUA'
local threads = 0
function setup(thread)
	thread:set("id", threads)
	threads = threads + 1
end
function init(args)
	calls = {}
	local n = 0
	for line in io.lines(os.getenv("SIGNED_CALLS")) do
		if n % tonumber(os.getenv("WRK_THREADS")) == id then
			calls[#calls + 1] = line
		end
		n = n + 1
	end
	next_call = 0
end
function request()
	next_call = next_call % #calls + 1
	return wrk.format("POST", calls[next_call])
end
LUA

run_mode() {
	local mode=$1 pid base account key secret instance
	# shellcheck disable=SC2086
	"$JAVA" ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
		--emulator.signature.mode="$mode" --emulator.signature.max-nonces="$NONCES" \
		--logging.level.dev.domainemu.rpc.calls=WARN > "$out/signatures-$mode.log" 2>&1 &
	pid=$!
	base="http://127.0.0.1:$PORT"
	until curl -fsS "$base/_emulator/health" >/dev/null 2>&1; do
		kill -0 $pid 2>/dev/null || { echo "emulator exited; see $out/signatures-$mode.log" >&2; exit 1; }
		sleep 0.05
	done
	account=$(curl -fsS -X POST -H 'Content-Type: application/json' -d '{}' "$base/_emulator/accounts")
	key=$(echo "$account" | sed 's/.*"accessKeyId":"\([^"]*\)".*/\1/')
	secret=$(echo "$account" | sed 's/.*"accessKeySecret":"\([^"]*\)".*/\1/')
	instance=$(curl -fsS -H 'Content-Type: application/json' -d '{"domainName":"bench.com","status":39}' \
		"$base/_emulator/transfer-ins?accessKeyId=$key" | sed 's/.*"instanceId":"\([^"]*\)".*/\1/')
	# calls of their own for the warm-up and for the measure, so that the measure, which
	# starts its list from the top, meets no nonce the warm-up left in the ledger
	python3 bench/sign.py "$key" "$secret" "$instance" "$SIGNED" > "$out/signed-warmup.txt"
	python3 bench/sign.py "$key" "$secret" "$instance" "$SIGNED" > "$out/signed-measure.txt"
	export WRK_THREADS="$THREADS"
	SIGNED_CALLS="$out/signed-warmup.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$out/signed.lua" \
		"$base" > "$out/signatures-warmup.txt"
	SIGNED_CALLS="$out/signed-measure.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
		-s "$out/signed.lua" "$base" > "$out/signatures-$mode.txt"
	kill $pid
	wait $pid 2>/dev/null || true
	if grep -q 'Non-2xx' "$out/signatures-$mode.txt" "$out/signatures-warmup.txt"; then
		echo "$mode: some replies were not 200:" >&2
		grep 'Non-2xx' "$out/signatures-$mode.txt" "$out/signatures-warmup.txt" >&2
		exit 1
	fi
	local rate
	rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out/signatures-$mode.txt")
	printf '%s\n' "$rate" >> "$out/signatures-$mode-rates.txt"
	printf '| %s | %s | %s | %s | %s |\n' "$round" "$mode" "$rate" \
		"$(awk '$1 == "50%" {print $2}' "$out/signatures-$mode.txt")" \
		"$(awk '$1 == "99%" {print $2}' "$out/signatures-$mode.txt")"
}
rm -f "$out/signatures-off-rates.txt" "$out/signatures-enforce-rates.txt"

"$JAVA" -version 2>&1 | head -n 1
echo "$CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s measured, $SIGNED signed calls"
echo
echo '| round | emulator.signature.mode | requests/s | p50 | p99 |'
echo '|---|---|---|---|---|'
for round in $(seq 1 "$ROUNDS"); do
	[ -n "${ONLY:-}" ] && [ "$ONLY" != off ] || run_mode off
	[ -n "${ONLY:-}" ] && [ "$ONLY" != enforce ] || run_mode enforce
done
if [ -z "${ONLY:-}" ]; then
	# shellcheck disable=SC2046
	off=$(median $(cat "$out/signatures-off-rates.txt"))
	# shellcheck disable=SC2046
	enforce=$(median $(cat "$out/signatures-enforce-rates.txt"))
	echo
	echo "median requests/s: off $off, enforce $enforce ($(awk -v a="$off" -v b="$enforce" 'BEGIN {printf "%+.1f", (b - a) * 100 / a}') %)"
fi
