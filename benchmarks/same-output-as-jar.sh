#!/usr/bin/env bash
# Checks that this build of drplan (cli/target/drplan.jar) prints byte-identical standard output
# and standard error, with the same exit code, as another build's jar: speed work must not move
# one byte. Runs, with both jars on the same java: compare of every bundled scenario in every
# format, explain of every option of every scenario, the HTML report, simulate and decide
# (seeded), help and usage errors, catalog, schema, and compare of every bad-input case of the
# tests. Prints one line per difference and a count; exits 1 on any difference. Never part of the
# test phase.
#
#   benchmarks/same-output-as-jar.sh OTHER_JAR [THIS_JAR]   # OTHER_JAR: e.g. main's, built elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
other=${1:?usage: benchmarks/same-output-as-jar.sh OTHER_JAR [THIS_JAR]}
this=${2:-cli/target/drplan.jar}
[ -f "$this" ] || { echo "same-output-as-jar: build $this first (./drplan --version)" >&2; exit 2; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

commands=("--help" "" "help compare" "compare" "compare --format nope scenarios/walmart.yaml"
  "frobnicate" "compare --bogus scenarios/walmart.yaml" "compare no/such/file.yaml"
  "explain scenarios/walmart.yaml" "explain scenarios/walmart.yaml --option nope"
  "compare --help" "explain --help" "report --help" "catalog" "schema")
for scenario in scenarios/*.yaml; do
  for format in table markdown csv json; do
    commands+=("compare $scenario --format $format")
  done
  # Every option the scenario names, from compare's CSV (its second column).
  for option in $("$java" "${flags[@]}" -jar "$this" compare "$scenario" --format csv |
    awk -F, 'NR > 1 { print $2 }' | sort -u); do
    commands+=("explain $scenario --option $option")
  done
  commands+=("report $scenario --samples 2000")
done
commands+=("simulate scenarios/walmart.yaml --samples 5000 --format json"
  "decide scenarios/walmart.yaml --samples 5000")
for bad in cli/src/test/resources/bad-input/*.yaml; do
  commands+=("compare $bad")
done

out=$(mktemp -d "${TMPDIR:-/tmp}/drplan-same.XXXXXX")
trap 'rm -rf "$out"' EXIT
differences=0
for i in "${!commands[@]}"; do
  for side in this other; do
    jar=$this
    [ "$side" = other ] && jar=$other
    status=0
    # shellcheck disable=SC2086 # the commands are word lists
    "$java" "${flags[@]}" -jar "$jar" ${commands[$i]} >"$out/$side.out" 2>"$out/$side.err" </dev/null ||
      status=$?
    echo "$status" >"$out/$side.status"
  done
  for part in out err status; do
    if ! cmp -s "$out/this.$part" "$out/other.$part"; then
      echo "DIFFERENT ($part): drplan ${commands[$i]}"
      differences=$((differences + 1))
    fi
  done
done
echo "${#commands[@]} commands, ${differences} differences (this: $this, other: $other)"
[ "$differences" -eq 0 ]
