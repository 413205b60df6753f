#!/usr/bin/env bash
# Durability benchmark for the H2 file profile: acknowledged writes per second from
# WRITERS concurrent connections, then kill -9 while they are still writing, the time until
# the restarted emulator answers, and how many acknowledged writes it lost (must be 0).
#
#   bench/durability.sh                  # WRITERS=8 WARMUP=10 DURATION=20 ROUNDS=3 PORT=18082 START=jar
#   START=cds bench/durability.sh        # the unpacked jar with a class-data-sharing archive
#   DATASOURCE_URL='jdbc:h2:file:{dir}/emulator;WRITE_DELAY=0' bench/durability.sh   # another setting
#
# Each write is POST /_emulator/domains (one transaction), sent by wrk; a write counts once
# its 201 arrived. The rate is counted over DURATION seconds after WARMUP seconds of the
# same writes (a JVM just started runs them several times slower). Each round runs on a fresh data
# directory. Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-java}
PORT=${PORT:-18082}
WRITERS=${WRITERS:-8}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
START=${START:-jar}
JAVA_OPTS=${JAVA_OPTS:-}

command -v wrk > /dev/null || { echo "bench/durability.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
# shellcheck source=bench/common.sh
. bench/common.sh
jar=$(emulator_jar)
out=bench/results
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# START=cds: the jar unpacked (its libraries as plain jars) and an archive of the classes a
# start loads, recorded by one training start that exits once the application is ready
cache_flags=()
case "$START" in
	jar) ;;
	cds)
		"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$work/app" --application-filename emulator.jar > /dev/null
		"$JAVA" -XX:ArchiveClassesAtExit="$work/app/emulator.jsa" -Dspring.context.exit=onRefresh \
			-jar "$work/app/emulator.jar" --server.port="$PORT" --server.address=127.0.0.1 \
			--spring.profiles.active=file --emulator.data-dir="$work/training" >> "$out/durability.log" 2>&1
		jar=$work/app/emulator.jar
		cache_flags=(-XX:SharedArchiveFile="$work/app/emulator.jsa")
		;;
	*) echo "START is jar or cds" >&2; exit 1 ;;
esac

start() {
	local dir=$1 extra=()
	if [ -n "${DATASOURCE_URL:-}" ]; then
		extra=(--spring.datasource.url="${DATASOURCE_URL//\{dir\}/$dir}")
	fi
	local began
	began=$(date +%s%N)
	# shellcheck disable=SC2086
	"$JAVA" "${cache_flags[@]}" $JAVA_OPTS -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 \
		--spring.profiles.active=file --emulator.data-dir="$dir" "${extra[@]}" >> "$out/durability.log" 2>&1 &
	pid=$!
	until curl -sf "http://127.0.0.1:$PORT/_emulator/health" > /dev/null; do
		kill -0 "$pid" 2> /dev/null || { echo "the emulator stopped; see $out/durability.log" >&2; exit 1; }
		sleep 0.01
	done
	ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
}

# each wrk thread writes the names it got a 201 for to a file of its own, at once
cat > "$work/writes.lua" <<'LUA'
local serial, ack = 0, nil
thread_number = 0
local threads = 0
setup = function(thread)
	threads = threads + 1
	thread:set("thread_number", threads)
end
init = function()
	ack = io.open(os.getenv("ACK_DIR") .. "/acknowledged." .. thread_number, "w")
end
request = function()
	serial = serial + 1
	local body = '{"domainName":"w' .. thread_number .. '-' .. serial .. '.com"}'
	return wrk.format("POST", "/_emulator/domains", { ["Content-Type"] = "application/json" }, body)
end
response = function(status, headers, body)
	if status == 201 then
		ack:write(body:match('"domainName":"([^"]+)"'), "\n")
		ack:flush()
	end
end
LUA

acknowledged() { cat "$1"/acknowledged.* 2> /dev/null | wc -l; }

for round in $(seq 1 "$ROUNDS"); do
	dir=$(mktemp -d)
	start "$dir"
	first_start=$ready_ms
	threads=$(( WRITERS < 2 ? WRITERS : 2 ))
	ACK_DIR=$dir wrk -t"$threads" -c"$WRITERS" -d$(( WARMUP + DURATION + 60 ))s -s "$work/writes.lua" \
		"http://127.0.0.1:$PORT" > /dev/null 2>&1 &
	writers_pid=$!
	sleep "$WARMUP"
	before=$(acknowledged "$dir")
	sleep "$DURATION"
	written=$(acknowledged "$dir")
	# killed while the writers are still writing
	kill -9 "$pid"
	wait "$pid" 2> /dev/null || true
	sleep 0.5
	kill "$writers_pid" 2> /dev/null || true
	wait "$writers_pid" 2> /dev/null || true
	total=$(acknowledged "$dir")
	start "$dir"
	# every domain the restarted emulator holds, page by page, against every acknowledged name
	lost=$(python3 - "$PORT" "$dir" <<'PY'
import glob, http.client, json, sys
port, directory = int(sys.argv[1]), sys.argv[2]
connection, held, page = http.client.HTTPConnection("127.0.0.1", port, timeout=30), set(), 1
while True:
    connection.request("GET", "/_emulator/domains?limit=1000&page=%d" % page)
    batch = json.loads(connection.getresponse().read())
    before = len(held)
    held.update(domain["domainName"] for domain in batch)
    # the last page is short; a build without paging answers every domain on each page
    if len(batch) < 1000 or len(held) == before:
        break
    page += 1
names = [line.strip() for path in glob.glob(directory + "/acknowledged.*") for line in open(path) if line.strip()]
print(sum(1 for name in names if name not in held))
PY
)
	rate=$(awk -v n=$(( written - before )) -v s="$DURATION" 'BEGIN { printf "%.0f", n / s }')
	cold=$(awk -v n="$before" -v s="$WARMUP" 'BEGIN { printf "%.0f", n / s }')
	echo "round $round ($START): $rate acknowledged writes/s from $WRITERS writers (first ${WARMUP} s: $cold/s), first start ${first_start} ms, restart after kill -9 ${ready_ms} ms, data $(du -sh "$dir" | cut -f1), $total acknowledged, lost $lost"
	kill "$pid"
	wait "$pid" 2> /dev/null || true
	rm -rf "$dir"
done
