#!/usr/bin/env bash
# Compares drplan probe's write throughput with two peers against fake-gcs-server on loopback,
# and measures the probe's peak RSS at 64 streams of 256 MiB objects. Prints figures and ratios
# from one run; it is a measurement, not a test, and never runs in the build.
#
#   benchmarks/probe-peers.sh            # needs Go (for the emulator), curl, rclone, /usr/bin/time
#
# Workload (the same for every tool): 64 objects of 64 MiB (4 GiB), 16 at a time, written.
#   ceiling - 16 parallel curl single-request uploads (uploadType=media) of one 64 MiB file
#   curl multipart - the same as uploadType=multipart (metadata + bytes), which is what the Java
#             client's single-request upload sends; the emulator parses it more slowly
#   rclone  - rclone copy of 64 files (hard links of that file), --transfers 16
#   probe   - drplan probe --streams 16 --object-size 64MiB --bytes 4GiB, simple and resumable
# Each tool gets a fresh emulator, so no run pays for the objects of another.
#
# RSS: 64 streams x 256 MiB objects, default (resumable) and simple uploads. The emulator holds
# every request body in memory, so 64 bodies of 256 MiB at full speed would need 16 GiB+; these
# runs go through toxiproxy at 2 MB/s per connection and end at their deadline (exit 1,
# deadline_exceeded, expected): the client streams all 64 objects concurrently the whole time.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${repo}"
OBJECTS=64
STREAMS=16
SIZE_MIB=64
work="$(mktemp -d /tmp/probe-peers.XXXXXX)"
pids=()

cleanup() {
  for pid in "${pids[@]:-}"; do
    [[ -n "${pid}" ]] && kill "${pid}" 2>/dev/null || true
  done
  rm -rf "${work}"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "probe-peers: $1 is required ($2)" >&2; exit 1; }; }
need curl "apt-get install curl"
need rclone "apt-get install rclone"
need python3 "apt-get install python3"
[[ -x /usr/bin/time ]] || { echo "probe-peers: /usr/bin/time is required (apt-get install time)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
mibps() { python3 -c "print(f'{$1/$2/1048576:.1f}')"; }

echo "probe-peers: building cli/target/drplan.jar" >&2
./mvnw -q -pl cli -am package -DskipTests >&2
classpath="cli/target/drplan.jar"
scripts/install-test-tools.sh >&2
bin="${repo}/tools/bin"

emulator_pid=""
start_emulator() { # $1 = port, $2 = external URL
  "${bin}/fake-gcs-server" -scheme http -backend memory -host 127.0.0.1 -port "$1" \
    -external-url "$2" -public-host "127.0.0.1:$1" -log-level warn >"${work}/emulator.log" 2>&1 &
  emulator_pid=$!
  pids+=("${emulator_pid}")
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$1/_internal/healthcheck" >/dev/null && break
    sleep 0.1
  done
  curl -sf -X POST -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "http://127.0.0.1:$1/storage/v1/b" >/dev/null
}
stop_emulator() {
  kill "${emulator_pid}" 2>/dev/null || true
  wait "${emulator_pid}" 2>/dev/null || true
}

head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"${work}/object.bin"
bytes=$((OBJECTS * SIZE_MIB * 1024 * 1024))

# --- ceiling: parallel curl single-request uploads --------------------------------------------
port="$(free_port)"; url="http://127.0.0.1:${port}"
start_emulator "${port}" "${url}"
start="$(now)"
seq 1 "${OBJECTS}" | xargs -P "${STREAMS}" -I{} curl -sf -o /dev/null --data-binary @"${work}/object.bin" \
  -H 'Content-Type: application/octet-stream' \
  "${url}/upload/storage/v1/b/bench/o?uploadType=media&name=curl/{}"
curl_seconds="$(python3 -c "print($(now) - ${start})")"
stop_emulator

# --- the same, as multipart uploads: the request shape the Java client's single-request upload sends
python3 - "${work}" <<'PY'
import sys
work = sys.argv[1]
boundary = b"drplan-probe-peers"
with open(f"{work}/multipart.bin", "wb") as out, open(f"{work}/object.bin", "rb") as body:
    out.write(b"--" + boundary + b"\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n")
    out.write(b'{"contentType":"application/octet-stream"}\r\n--' + boundary)
    out.write(b"\r\nContent-Type: application/octet-stream\r\n\r\n")
    out.write(body.read())
    out.write(b"\r\n--" + boundary + b"--\r\n")
PY
port="$(free_port)"; url="http://127.0.0.1:${port}"
start_emulator "${port}" "${url}"
start="$(now)"
seq 1 "${OBJECTS}" | xargs -P "${STREAMS}" -I{} curl -sf -o /dev/null --data-binary @"${work}/multipart.bin" \
  -H 'Content-Type: multipart/related; boundary=drplan-probe-peers' \
  "${url}/upload/storage/v1/b/bench/o?uploadType=multipart&name=curl-multipart/{}"
curl_multipart_seconds="$(python3 -c "print($(now) - ${start})")"
stop_emulator
rm -f "${work}/multipart.bin"

# --- rclone --transfers 16 ---------------------------------------------------------------------
mkdir -p "${work}/files"
for i in $(seq 1 "${OBJECTS}"); do ln "${work}/object.bin" "${work}/files/${i}.bin"; done
port="$(free_port)"; url="http://127.0.0.1:${port}"
start_emulator "${port}" "${url}"
start="$(now)"
RCLONE_CONFIG=/dev/null rclone copy "${work}/files" :gcs:bench/rclone \
  --gcs-endpoint "${url}/storage/v1/" --gcs-anonymous --gcs-no-check-bucket --gcs-bucket-policy-only \
  --transfers "${STREAMS}" --checkers "${STREAMS}" --stats 0 --stats-one-line -v 2>"${work}/rclone.log"
rclone_seconds="$(python3 -c "print($(now) - ${start})")"
rclone_count="$(curl -sf "${url}/storage/v1/b/bench/o?prefix=rclone/" | python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("items", [])))')"
stop_emulator

# --- drplan probe --------------------------------------------------------------------------------
probe_run() { # $1 = upload method
  local port url
  port="$(free_port)"; url="http://127.0.0.1:${port}"
  start_emulator "${port}" "${url}"
  java -cp "${classpath}" dev.drplan.cli.Main probe "gs://bench/probe-$1" --endpoint "${url}" \
    --streams "${STREAMS}" --object-size "${SIZE_MIB}MiB" --bytes "$((OBJECTS * SIZE_MIB))MiB" \
    --operations write --upload-method "$1" --format json --out "${work}/probe-$1.json" \
    >/dev/null 2>"${work}/probe-$1.log"
  stop_emulator
  python3 -c "import json; s=json.load(open('${work}/probe-$1.json'))['steps'][0]; print(s['aggregate_throughput_bytes_per_second'], s['objects'], s['wall_seconds'])"
}
read -r probe_simple probe_simple_objects probe_simple_seconds <<<"$(probe_run simple)"
read -r probe_resumable probe_resumable_objects probe_resumable_seconds <<<"$(probe_run resumable)"

curl_rate="$(python3 -c "print(${bytes}/${curl_seconds})")"
rclone_rate="$(python3 -c "print(${bytes}/${rclone_seconds})")"

# --- RSS at 64 streams x 256 MiB ----------------------------------------------------------------
rss_run() { # $1 = upload method; prints max RSS in KiB
  local proxy_port emulator_port api_port toxi_pid
  proxy_port="$(free_port)"; emulator_port="$(free_port)"; api_port="$(free_port)"
  start_emulator "${emulator_port}" "http://127.0.0.1:${proxy_port}"
  "${bin}/toxiproxy-server" -host 127.0.0.1 -port "${api_port}" >"${work}/toxiproxy.log" 2>&1 &
  toxi_pid=$!; pids+=("${toxi_pid}")
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:${api_port}/version" >/dev/null && break; sleep 0.1; done
  curl -sf -X POST -d "{\"name\":\"gcs\",\"listen\":\"127.0.0.1:${proxy_port}\",\"upstream\":\"127.0.0.1:${emulator_port}\"}" \
    "http://127.0.0.1:${api_port}/proxies" >/dev/null
  curl -sf -X POST -d '{"name":"bw","type":"bandwidth","stream":"upstream","attributes":{"rate":2000}}' \
    "http://127.0.0.1:${api_port}/proxies/gcs/toxics" >/dev/null
  /usr/bin/time -v java -cp "${classpath}" dev.drplan.cli.Main probe "gs://bench/rss-$1" \
    --endpoint "http://127.0.0.1:${proxy_port}" --streams 64 --object-size 256MiB --duration 20s \
    --deadline 30s --operations write --upload-method "$1" --format json >/dev/null 2>"${work}/rss-$1.log" || true
  kill "${toxi_pid}" 2>/dev/null || true; wait "${toxi_pid}" 2>/dev/null || true
  stop_emulator
  awk -F': ' '/Maximum resident set size/ { print $2 }' "${work}/rss-$1.log"
}
rss_resumable="$(rss_run resumable)"
rss_simple="$(rss_run simple)"

cat <<REPORT
Probe versus peers: ${OBJECTS} objects of ${SIZE_MIB} MiB written, ${STREAMS} at a time, fake-gcs-server on loopback
  curl ceiling (uploadType=media)   $(mibps "${bytes}" "${curl_seconds}") MiB/s
  curl, uploadType=multipart        $(mibps "${bytes}" "${curl_multipart_seconds}") MiB/s  (the Java client's single-request shape)
  rclone $(rclone version | head -1 | awk '{print $2}') --transfers ${STREAMS}       $(mibps "${bytes}" "${rclone_seconds}") MiB/s  (${rclone_count} objects; wall time of the command)
  drplan probe, simple              $(mibps "${probe_simple}" 1) MiB/s  (${probe_simple_objects} objects)
  drplan probe, resumable           $(mibps "${probe_resumable}" 1) MiB/s  (${probe_resumable_objects} objects)
Ratios
  probe simple / curl ceiling       $(ratio "${probe_simple}" "${curl_rate}")   (target >= 0.90)
  probe simple / rclone             $(ratio "${probe_simple}" "${rclone_rate}")   (target >= 1.00)
  probe simple / curl multipart     $(ratio "${probe_simple}" "$(python3 -c "print(${bytes}/${curl_multipart_seconds})")")
  probe resumable / curl ceiling    $(ratio "${probe_resumable}" "${curl_rate}")
  probe resumable / rclone          $(ratio "${probe_resumable}" "${rclone_rate}")
Peak RSS, 64 streams x 256 MiB objects (2 MB/s per connection through toxiproxy)
  resumable (default)               $((rss_resumable / 1024)) MiB   (target < 512 MiB)
  simple                            $((rss_simple / 1024)) MiB
REPORT
