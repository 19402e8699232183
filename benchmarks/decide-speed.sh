#!/usr/bin/env bash
# Wall time, JVM start included, of `./drplan decide scenarios/walmart.yaml` with 100,000 samples,
# as users run it (target < 3 s on the 2-core build machine). Prints the machine, its load
# average before and after (the machine is often shared), and the wall and user+sys CPU time of
# each run, after one warm-up run that builds the jar if needed. Never part of the test phase.
#
#   benchmarks/decide-speed.sh [RUNS] [SAMPLES] [THREADS]     # defaults: 1 run, 100000, all CPUs
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
samples=${2:-100000}
threads=${3:-$(nproc)}

# Warm-up: build the jar if needed, and record the class-data archive as a first compare does.
./drplan compare scenarios/walmart.yaml >/dev/null
echo "machine: $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  line=$( { TIMEFORMAT='%R %U %S'; time ./drplan decide scenarios/walmart.yaml \
    --samples "$samples" --threads "$threads" --format json >/dev/null; } 2>&1 )
  awk -v run="$run" -v samples="$samples" -v threads="$threads" \
    '{printf "run %d: decide walmart, %d samples, %d threads: %.2f s wall, %.2f s CPU\n", run, samples, threads, $1, $2 + $3}' \
    <<<"$line"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
