#!/usr/bin/env bash
# Durability benchmark for the H2 file profile: acknowledged writes per second from
# WRITERS concurrent clients, then kill -9 while they are still writing, the time until the
# restarted emulator answers, and how many acknowledged writes it lost (must be 0).
#
#   bench/durability.sh                  # WRITERS=8 SECONDS=20 ROUNDS=3 PORT=18082
#   DATASOURCE_URL='jdbc:h2:file:{dir}/emulator;WRITE_DELAY=0' bench/durability.sh   # another setting
#
# Each write is POST /_emulator/domains (one transaction); a write counts once its 201
# arrived. Each round runs on a fresh data directory. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18082}
WRITERS=${WRITERS:-8}
SECONDS_=${SECONDS:-20}
ROUNDS=${ROUNDS:-3}
JAVA_OPTS=${JAVA_OPTS:-}

# shellcheck source=bench/common.sh
. bench/common.sh
jar=$(emulator_jar)
out=bench/results
mkdir -p "$out"

start() {
	local dir=$1 extra=()
	if [ -n "${DATASOURCE_URL:-}" ]; then
		extra=(--spring.datasource.url="${DATASOURCE_URL//\{dir\}/$dir}")
	fi
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
		--spring.profiles.active=file --emulator.data-dir="$dir" "${extra[@]}" >> "$out/durability.log" 2>&1 &
	pid=$!
	local began
	began=$(date +%s%N)
	until curl -sf "http://127.0.0.1:$PORT/_emulator/health" > /dev/null; do
		kill -0 "$pid" 2> /dev/null || { echo "the emulator stopped; see $out/durability.log" >&2; exit 1; }
		sleep 0.1
	done
	ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
}

for round in $(seq 1 "$ROUNDS"); do
	dir=$(mktemp -d)
	start "$dir"
	first_start=$ready_ms
	python3 - "$PORT" "$WRITERS" "$dir/acknowledged" <<'PY' &
import http.client, json, sys, threading
port, writers, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
out, lock = open(path, "w"), threading.Lock()
def write(n):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    i = 0
    while True:
        name = "w%d-%d.com" % (n, i)
        i += 1
        try:
            connection.request("POST", "/_emulator/domains", json.dumps({"domainName": name}),
                               {"Content-Type": "application/json"})
            reply = connection.getresponse()
            reply.read()
        except Exception:
            return
        if reply.status == 201:
            with lock:
                out.write(name + "\n")
                out.flush()
threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
for t in threads: t.start()
for t in threads: t.join()
PY
	writers_pid=$!
	sleep "$SECONDS_"
	written=$(wc -l < "$dir/acknowledged")
	# killed while the writers are still writing
	kill -9 "$pid"
	wait "$pid" 2> /dev/null || true
	wait "$writers_pid" 2> /dev/null || true
	start "$dir"
	lost=0
	while read -r name; do
		[ -z "$name" ] && continue
		code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/_emulator/domains/$name")
		[ "$code" = 200 ] || lost=$((lost + 1))
	done < "$dir/acknowledged"
	echo "round $round: $(awk -v n="$written" -v s="$SECONDS_" 'BEGIN { printf "%.1f", n / s }') acknowledged writes/s from $WRITERS writers, first start ${first_start} ms, restart after kill -9 ${ready_ms} ms, data $(du -sh "$dir" | cut -f1), lost $lost"
	kill "$pid"
	wait "$pid" 2> /dev/null || true
	rm -rf "$dir"
done
