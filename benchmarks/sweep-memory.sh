#!/usr/bin/env bash
# Memory of drplan's largest sweep: 1,000,000 points (its own limit) of scenarios/walmart.yaml,
# 1,000 sizes x 1,000 link efficiencies, in a JVM capped at 256 MiB of heap, as the table summary
# and as CSV of every point and pair (10,000,000 rows, discarded). The sweep streams its report, so
# what it holds does not grow with the points: the script prints, for each format, the exit code,
# the wall time, the largest heap in use after a collection (from -Xlog:gc) and the peak resident
# set size of the process. Never part of the test phase.
#
#   benchmarks/sweep-memory.sh [FORMAT...]      # default: table csv
set -euo pipefail
cd "$(dirname "$0")/.."
formats=("${@:-table csv}")
[ $# -gt 0 ] || formats=(table csv)

./drplan compare scenarios/walmart.yaml >/dev/null   # build the jar if needed
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for format in "${formats[@]}"; do
  start=$(date +%s.%N)
  status=0
  /usr/bin/time -f '%M' -o "$log.rss" \
    java -Xmx256m -XX:+UseSerialGC "-Xlog:gc:file=$log" -jar cli/target/drplan.jar \
    sweep scenarios/walmart.yaml --vary 'dataset.logical_size=1PB..1EB:log:1000' \
    --vary 'network.efficiency=50%..90%:1000' --format "$format" >/dev/null || status=$?
  end=$(date +%s.%N)
  # "GC(12) Pause Young (Allocation Failure) 70M->3M(245M)": the heap in use after each collection.
  after=$(grep -o -- '->[0-9]*M' "$log" | tr -dc '0-9\n' | sort -n | tail -1)
  printf '%-6s exit %d  %6.1f s wall  heap after GC at most %s MiB  peak RSS %d MiB\n' \
    "$format" "$status" "$(echo "$end - $start" | bc)" "${after:-?}" $(( $(cat "$log.rss") / 1024 ))
  rm -f "$log.rss"
done
