#!/usr/bin/env bash
# Prints the ratio of `./drplan compare scenarios/walmart.yaml` wall time to `java -version`
# (target: within 3x), the two commands alternated in one run so that both see the same machine
# load: median of RUNS runs each, after one warm-up run that builds the jar and the class-data
# cache if they are missing. `java` is JAVA_HOME's, else PATH's: the `java -version` a user types.
# The launcher may run a newer JDK than that one (for its AOT cache; see ./drplan); the line
# "drplan runs on" names it. Prints the load average before and after. Never part of the test
# phase. With OTHER, the directory of another checkout (e.g. main's, built), its ./drplan compare
# is run in the same rounds too, so that both builds are measured under the same load.
#
#   benchmarks/startup-ratio.sh [RUNS [OTHER]]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
other=${2:-}
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi

ms() { # command... ; prints its wall time in milliseconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

./drplan compare scenarios/walmart.yaml >/dev/null # warm-up: build jar and cache if needed
if [ -n "$other" ]; then
  other=$(cd "$other" && pwd)
  "$other/drplan" compare scenarios/walmart.yaml >/dev/null
fi
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
echo "drplan runs on: $(./drplan --version | tail -1)"
jvm=() compare=() compare_other=()
for _ in $(seq "$runs"); do
  jvm+=("$(ms "$java" -version)")
  compare+=("$(ms ./drplan compare scenarios/walmart.yaml)")
  [ -z "$other" ] || compare_other+=("$(ms "$other/drplan" compare scenarios/walmart.yaml)")
done
jvm_ms=$(printf '%s\n' "${jvm[@]}" | median)
compare_ms=$(printf '%s\n' "${compare[@]}" | median)
echo "java -version:                          ${jvm_ms} ms (median of ${runs}, alternated)"
echo "drplan compare scenarios/walmart.yaml:  ${compare_ms} ms (median of ${runs}, alternated)"
awk -v c="$compare_ms" -v j="$jvm_ms" 'BEGIN { printf "ratio: %.2fx (target <= 3x)\n", c / j }'
if [ -n "$other" ]; then
  other_ms=$(printf '%s\n' "${compare_other[@]}" | median)
  echo "$other/drplan compare:  ${other_ms} ms (median of ${runs}, alternated)"
  awk -v c="$other_ms" -v j="$jvm_ms" 'BEGIN { printf "its ratio: %.2fx\n", c / j }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
