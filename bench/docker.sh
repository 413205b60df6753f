#!/usr/bin/env bash
# Container benchmark: the image's size, the time from `docker run` to the first successful
# reply with and without the baked-in startup cache, the time from `java -jar` to the first
# reply, and the container's resident memory after a minute of load.
#
#   bench/docker.sh                                  # defaults below
#   BASE_IMAGE=emulator-base:trixie-jre25 STARTS=5 LOAD=60 bench/docker.sh
#
# Needs docker and wrk (apt-get install -y wrk). Traffic goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_IMAGE=${BASE_IMAGE:-eclipse-temurin:25-jre}
STARTS=${STARTS:-5}
LOAD=${LOAD:-60}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18090}
JAVA=${JAVA:-java}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
# shellcheck source=bench/common.sh
. bench/common.sh
jar=$(emulator_jar)
out=bench/results
mkdir -p "$out"

for cache in auto none; do
	docker build -q -f docker/Dockerfile --build-arg BASE_IMAGE="$BASE_IMAGE" --build-arg STARTUP_CACHE="$cache" \
		--build-arg JAR="$jar" -t "alibaba-domain-emulator:bench-$cache" . >/dev/null
done
size() { docker image inspect -f '{{.Size}}' "$1" | awk '{ printf "%.0f MB", $1 / 1000000 }'; }
echo "image: $(size alibaba-domain-emulator:bench-auto) with the startup cache, $(size alibaba-domain-emulator:bench-none) without; base $(size "$BASE_IMAGE")"

now_ms() { date +%s%3N; }
wait_ready() {
	local started=$1 url=$2
	until curl -fsS "$url" >/dev/null 2>&1; do sleep 0.01; done
	echo $(( $(now_ms) - started ))
}

for cache in auto none; do
	times=()
	for ((i = 1; i <= STARTS; i++)); do
		started=$(now_ms)
		id=$(docker run -d -p "127.0.0.1:$PORT:8080" "alibaba-domain-emulator:bench-$cache")
		times+=("$(wait_ready "$started" "http://127.0.0.1:$PORT/_emulator/health")")
		docker rm -f "$id" >/dev/null
	done
	echo "docker run to first reply, startup cache $cache: ${times[*]} ms (median $(median "${times[@]}") ms)"
done

times=()
for ((i = 1; i <= STARTS; i++)); do
	started=$(now_ms)
	"$JAVA" -jar "$jar" --server.port="$PORT" --server.address=127.0.0.1 > "$out/docker-bench-jar.log" 2>&1 &
	pid=$!
	times+=("$(wait_ready "$started" "http://127.0.0.1:$PORT/_emulator/health")")
	kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "java -jar to first reply ($("$JAVA" -version 2>&1 | head -n 1)): ${times[*]} ms (median $(median "${times[@]}") ms)"

id=$(docker run -d -p "127.0.0.1:$PORT:8080" alibaba-domain-emulator:bench-auto)
trap 'docker rm -f "$id" >/dev/null 2>&1 || true' EXIT
wait_ready "$(now_ms)" "http://127.0.0.1:$PORT/_emulator/health" >/dev/null
base="http://127.0.0.1:$PORT"
instance=$(curl -fsS -H 'Content-Type: application/json' -d '{"domainName":"bench.com","status":39}' \
	"$base/_emulator/transfer-ins" | sed 's/.*"instanceId":"\([^"]*\)".*/\1/')
printf 'wrk.method = "POST"\n' > "$out/post.lua"
wrk -t2 -c"$CONNECTIONS" -d"${LOAD}s" -s "$out/post.lua" \
	"$base/?Action=QueryTransferInByInstanceId&Version=2018-01-29&Format=JSON&InstanceId=$instance" > "$out/docker-load.txt"
pid=$(docker inspect -f '{{.State.Pid}}' "$id")
rss=$(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status")
echo "after ${LOAD}s of QueryTransferInByInstanceId at $CONNECTIONS connections: $(grep 'Requests/sec' "$out/docker-load.txt" | awk '{print $2}') requests/s, container RSS $rss"
