#!/usr/bin/env bash
# Checks that drplan prints byte-identical output on every JDK given (default: every JDK 17 or
# later under /usr/lib/jvm and /Library/Java/JavaVirtualMachines): compare of walmart.yaml in every
# format, explain, the HTML report and a seeded Monte Carlo, each run through ./drplan with
# JAVA_HOME set to the JDK. The launcher may pick a newer JDK than the one on PATH (for its
# start-up cache), so the figures must not depend on the JDK. Prints one line per JDK and exits 1
# on the first difference. Never part of the test phase.
#
#   benchmarks/same-output-on-jdks.sh [JDK_HOME...]
set -euo pipefail
cd "$(dirname "$0")/.."

major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }

homes=("$@")
if [ ${#homes[@]} -eq 0 ]; then
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/java" ] && [ ! -L "$home" ] && [ "$(major "$home")" -ge 17 ] 2>/dev/null && homes+=("$home")
  done
fi
if [ ${#homes[@]} -lt 2 ]; then
  echo "same-output-on-jdks: fewer than two JDKs to compare (${homes[*]:-none}); give their homes" >&2
  exit 2
fi

commands=(
  "compare scenarios/walmart.yaml --format table"
  "compare scenarios/walmart.yaml --format markdown"
  "compare scenarios/walmart.yaml --format csv"
  "compare scenarios/walmart.yaml --format json"
  "explain scenarios/walmart.yaml --option gcs-archive-run-in-cloud"
  "report scenarios/walmart.yaml --samples 2000"
  "simulate scenarios/walmart.yaml --samples 20000 --format json"
)
out=$(mktemp -d "${TMPDIR:-/tmp}/drplan-jdks.XXXXXX")
trap 'rm -rf "$out"' EXIT
status=0
for i in "${!homes[@]}"; do
  home=${homes[$i]}
  mkdir -p "$out/$i"
  for c in "${!commands[@]}"; do
    # shellcheck disable=SC2086 # the commands are word lists
    if ! JAVA_HOME="$home" ./drplan ${commands[$c]} >"$out/$i/$c" 2>&1; then
      echo "FAILED on $home: drplan ${commands[$c]}:" >&2
      cat "$out/$i/$c" >&2
      exit 1
    fi
  done
  if [ "$i" -eq 0 ]; then
    echo "reference: $home ($("$home/bin/java" -version 2>&1 | head -1))"
  elif diff -rq "$out/0" "$out/$i" >/dev/null; then
    echo "identical: $home ($("$home/bin/java" -version 2>&1 | head -1)), ${#commands[@]} commands"
  else
    echo "DIFFERENT: $home:" >&2
    for c in "${!commands[@]}"; do
      cmp -s "$out/0/$c" "$out/$i/$c" || echo "  ${commands[$c]}" >&2
    done
    status=1
  fi
done
exit "$status"
