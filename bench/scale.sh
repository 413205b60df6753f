#!/usr/bin/env bash
# Scale benchmark: waiting steps seeded in bulk, one clock advance over all of them, and
# the read actions' latency at each size, on the in-memory H2 default and on PostgreSQL.
#
#   bench/scale.sh                                  # H2, then PostgreSQL; 1,000 / 100,000 / 1,000,000
#   DBS=h2 SIZES=1000,100000 CALLS=500 bench/scale.sh
#   HEAP=-Xmx4g bench/scale.sh                      # the emulator's heap (default -Xmx6g)
#   WARMUP=0 bench/scale.sh                         # skip the warm-up rounds (3 of 100,000 waiting
#                                                   # steps; WARMUP_ROUNDS=n), whose rows are
#                                                   # printed but not in the table
#
# The emulator runs in a process of its own on 127.0.0.1 (PostgreSQL: an embedded server,
# io.zonky.test:embedded-postgres, from the test classpath). Prints one table per database;
# the emulator's log goes to bench/results/scale-<db>.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

jar=$(emulator_jar)
./mvnw -q -B test-compile >&2
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
for db in ${DBS:-h2 postgres}; do
	java -cp "$classpath" -Ddb="$db" -Dsizes="${SIZES:-1000,100000,1000000}" -Dcalls="${CALLS:-1000}" \
		-Dheap="${HEAP:--Xmx6g}" -Dwarmup="${WARMUP:-100000}" -DwarmupRounds="${WARMUP_ROUNDS:-3}" -Djar="$jar" dev.domainemu.bench.ScaleBenchmark
done
