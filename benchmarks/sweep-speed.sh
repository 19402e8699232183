#!/usr/bin/env bash
# Prints how long a 10,000-point sweep of scenarios/walmart.yaml takes after start-up (target:
# under 0.5 s): `./drplan sweep scenarios/walmart.yaml --vary dataset.logical_size=1PB..1EB:log:N`
# (the table summary) alternated in one run with `./drplan compare scenarios/walmart.yaml`, which
# does the same start-up (JVM, picocli, reading the scenario and the catalog, one evaluation);
# the figure is the difference of their median wall times, with both medians, the user+sys CPU of
# each and the load average, since the machine is often shared. Never part of the test phase.
#
#   benchmarks/sweep-speed.sh [RUNS] [POINTS]        # defaults: 7 runs, 10,000 points
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
points=${2:-10000}

timed() { # command... ; prints "wall cpu" in seconds
  local line
  line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  awk '{printf "%s %.2f\n", $1, $2 + $3}' <<<"$line"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

./drplan compare scenarios/walmart.yaml >/dev/null # warm-up: build jar and archive if needed
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
sweep_wall=() sweep_cpu=() compare_wall=() compare_cpu=()
for _ in $(seq "$runs"); do
  read -r wall cpu < <(timed ./drplan compare scenarios/walmart.yaml)
  compare_wall+=("$wall") compare_cpu+=("$cpu")
  read -r wall cpu < <(timed ./drplan sweep scenarios/walmart.yaml \
    --vary "dataset.logical_size=1PB..1EB:log:$points")
  sweep_wall+=("$wall") sweep_cpu+=("$cpu")
done
sw=$(printf '%s\n' "${sweep_wall[@]}" | median)
sc=$(printf '%s\n' "${sweep_cpu[@]}" | median)
cw=$(printf '%s\n' "${compare_wall[@]}" | median)
cc=$(printf '%s\n' "${compare_cpu[@]}" | median)
printf 'compare walmart (start-up):            %6.2f s wall %6.2f s CPU (median of %d)\n' "$cw" "$cc" "$runs"
printf 'sweep walmart, %6d points (table):   %6.2f s wall %6.2f s CPU (median of %d)\n' "$points" "$sw" "$sc" "$runs"
awk -v s="$sw" -v c="$cw" -v sc="$sc" -v cc="$cc" -v n="$points" 'BEGIN {
  printf "sweep after start-up: %.2f s wall, %.2f s CPU for %d points (target < 0.5 s)\n", s - c, sc - cc, n }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
