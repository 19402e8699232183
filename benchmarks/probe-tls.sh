#!/usr/bin/env bash
# What the JIT does to drplan probe over TLS: the same probe against fake-gcs-server over HTTPS on
# loopback, on the JVM's defaults (C2 included: how ./drplan runs probe, LauncherIT checks it) and
# with C1 only (-XX:TieredStopAtLevel=1, what ./drplan gives its short commands), the two
# alternated ROUNDS times with the same java (JAVA_HOME's, else PATH's) and jar.
# Prints each run's write and read throughput, its CPU time, and the medians' ratio. GCS is always
# HTTPS, so this is the gap a probe of GCS would show; the emulator's plain HTTP (every test) hides
# it. A measurement, not a test; never part of the build.
#
#   benchmarks/probe-tls.sh [ROUNDS]      # needs openssl, keytool, curl, python3, /usr/bin/time
#
# Workload: 4 streams of 64 MiB objects, a 10 s write step then a 10 s read step. The emulator
# makes a self-signed certificate as it starts; the probe's JVM trusts it through
# JAVA_TOOL_OPTIONS (javax.net.ssl.trustStore), set for these runs only.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${repo}"
rounds=${1:-2}
work="$(mktemp -d /tmp/probe-tls.XXXXXX)"
emulator_pid=""

cleanup() {
  [[ -n "${emulator_pid}" ]] && kill "${emulator_pid}" 2>/dev/null || true
  rm -rf "${work}"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "probe-tls: $1 is required ($2)" >&2; exit 1; }; }
need openssl "apt-get install openssl"
need keytool "a JDK's bin directory on PATH"
need curl "apt-get install curl"
need python3 "apt-get install python3"
[[ -x /usr/bin/time ]] || { echo "probe-tls: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }

echo "probe-tls: building cli/target/drplan.jar" >&2
./drplan --version >/dev/null
scripts/install-test-tools.sh >&2
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
url="https://127.0.0.1:${port}"

tools/bin/fake-gcs-server -scheme https -backend memory -host 127.0.0.1 -port "${port}" \
  -external-url "${url}" -public-host "127.0.0.1:${port}" -log-level warn >"${work}/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do
  curl -skf "${url}/_internal/healthcheck" >/dev/null && break
  sleep 0.1
done
curl -skf -X POST -H 'Content-Type: application/json' -d '{"name":"bench"}' "${url}/storage/v1/b" >/dev/null
openssl s_client -connect "127.0.0.1:${port}" </dev/null 2>/dev/null | openssl x509 >"${work}/emulator.pem"
keytool -importcert -noprompt -alias emulator -file "${work}/emulator.pem" \
  -keystore "${work}/trust.p12" -storetype PKCS12 -storepass changeit >/dev/null 2>&1
export JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=${work}/trust.p12 -Djavax.net.ssl.trustStorePassword=changeit"

# Prints "write read cpu" (MB/s, MB/s, seconds) for one probe run; $@ = how to start drplan.
run() {
  local prefix="run-${RANDOM}${RANDOM}"
  /usr/bin/time -o "${work}/time" -f "%U %S" "$@" probe "gs://bench/${prefix}" --endpoint "${url}" \
    --streams 4 --object-size 64MiB --operations write,read --duration 10s --format json \
    >"${work}/report.json" 2>"${work}/probe.log" || { cat "${work}/probe.log" >&2; exit 1; }
  python3 - "${work}/report.json" "${work}/time" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rate = {s["operation"]: s["bytes"] / s["wall_seconds"] / 1e6 for s in report["steps"]}
user, system = map(float, open(sys.argv[2]).read().split())
print(f'{rate["write"]:.1f} {rate["read"]:.1f} {user + system:.1f}')
PY
}

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
jar=cli/target/drplan.jar
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $("${java}" -version 2>&1 | grep -v '^Picked up' | head -1)"
echo "run                    write MB/s   read MB/s   CPU s"
defaults=() c1=()
for _ in $(seq "${rounds}"); do
  line="$(run "${java}" -cp "${jar}" dev.drplan.cli.Main)"
  defaults+=("${line}")
  printf '%-20s %12s %11s %7s\n' "JVM defaults" ${line}
  line="$(run "${java}" -XX:TieredStopAtLevel=1 -cp "${jar}" dev.drplan.cli.Main)"
  c1+=("${line}")
  printf '%-20s %12s %11s %7s\n' "C1 only" ${line}
done
python3 - "${defaults[@]}" -- "${c1[@]}" <<'PY'
import statistics, sys
args = sys.argv[1:]
cut = args.index("--")
def medians(lines):
    rows = [list(map(float, line.split())) for line in lines]
    return [statistics.median(column) for column in zip(*rows)]
d, c = medians(args[:cut]), medians(args[cut + 1:])
print(f"medians: JVM defaults write {d[0]:.1f} MB/s, read {d[1]:.1f} MB/s; C1 only write {c[0]:.1f}, read {c[1]:.1f}")
print(f"ratio (JVM defaults / C1 only): writes {d[0] / c[0]:.2f}x, reads {d[1] / c[1]:.2f}x")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
