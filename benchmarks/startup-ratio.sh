#!/usr/bin/env bash
# Prints the ratio of `./drplan compare scenarios/walmart.yaml` wall time to `java -version`
# (target: within 3x). Median of RUNS runs each, after one warm-up run that builds the jar and
# the class-data archive if they are missing. Never part of the test phase.
#
#   benchmarks/startup-ratio.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}

median_ms() { # command... ; prints the median wall time in milliseconds
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

./drplan compare scenarios/walmart.yaml >/dev/null   # warm-up: build jar and archive if needed
jvm=$(median_ms java -version)
compare=$(median_ms ./drplan compare scenarios/walmart.yaml)
echo "java -version:                          ${jvm} ms (median of ${runs})"
echo "drplan compare scenarios/walmart.yaml:  ${compare} ms (median of ${runs})"
awk -v c="$compare" -v j="$jvm" 'BEGIN { printf "ratio: %.2fx (target <= 3x)\n", c / j }'
