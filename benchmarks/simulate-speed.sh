#!/usr/bin/env bash
# Wall time, JVM start included, of the analysis commands as users run them (./drplan):
#   - simulate: 1,000,000 Monte Carlo samples of scenarios/walmart.yaml, JSON report discarded
#     (target < 2 s on the 2-core build machine);
#   - sweep: 10,000 points of dataset.logical_size, 1 PB to 1 EB, CSV of every point and pair
#     discarded (target < 1 s), and the same sweep's table summary (no 100,000-row CSV);
#     benchmarks/sweep-speed.sh measures the sweep after start-up (issue 12's target);
#   - the CPU per Monte Carlo sample: simulate's CPU less compare's, over the samples (the JIT
#     compiler's threads and the collector included; the commands here run one after the other, not
#     alternated), and the worker thread's own CPU per sample, best of 7 rounds of 50,000 on one
#     thread (MonteCarloBenchmark cpu; target < 3 us), when benchmarks/target/benchmarks.jar exists.
# Prints the median wall time and the user+sys CPU of RUNS runs each (after one warm-up run that
# builds the jar if needed) and the load average, since the machine is often shared. Never part
# of the test phase.
#
#   benchmarks/simulate-speed.sh [RUNS] [SAMPLES] [POINTS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
samples=${2:-1000000}
points=${3:-10000}

measure() { # label command... ; prints the median wall and CPU seconds of $runs runs
  local label=$1 walls=() cpus=() line
  shift
  for _ in $(seq "$runs"); do
    # bash's time, in seconds: real user sys
    line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )
    walls+=($(awk '{print $1}' <<<"$line"))
    cpus+=($(awk '{printf "%.2f", $2 + $3}' <<<"$line"))
  done
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-58s %7.2f s wall  %7.2f s CPU  (median of %d)\n' "$label" "$wall" "$cpu" "$runs"
  last_cpu=$cpu
}

# Warm-up: build the jar if needed, and record the launcher's caches (compare's, and on JDK 25 or
# later simulate's own), so that no measured run is a first run.
./drplan compare scenarios/walmart.yaml >/dev/null
./drplan simulate scenarios/walmart.yaml --samples 1000 >/dev/null
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), java on PATH: $(java -version 2>&1 | head -1) (the launcher may pick a newer JDK)"
measure "compare walmart (for scale: JVM start and one evaluation)" \
  ./drplan compare scenarios/walmart.yaml
compare_cpu=$last_cpu
measure "simulate walmart --samples $samples --format json" \
  ./drplan simulate scenarios/walmart.yaml --samples "$samples" --format json
awk -v s="$last_cpu" -v c="$compare_cpu" -v n="$samples" 'BEGIN {
  printf "simulate: %.2f us of CPU per sample beyond compare'"'"'s start-up (target < 3 us)\n", (s - c) * 1e6 / n }'
jar=benchmarks/target/benchmarks.jar
if [ -f "$jar" ]; then
  java -XX:+UseSerialGC -cp "$jar" dev.drplan.benchmarks.MonteCarloBenchmark cpu
else
  echo "worker CPU per sample: build $jar first (./mvnw -q -pl benchmarks -am package -DskipTests)"
fi
measure "sweep walmart logical_size 1PB..1EB:log:$points --format csv" \
  ./drplan sweep scenarios/walmart.yaml --vary "dataset.logical_size=1PB..1EB:log:$points" \
  --format csv
measure "sweep walmart logical_size 1PB..1EB:log:$points (table)" \
  ./drplan sweep scenarios/walmart.yaml --vary "dataset.logical_size=1PB..1EB:log:$points"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
