#!/usr/bin/env bash
# Installs the pinned test tools that the probe's integration tests (cli) and
# benchmarks/probe-peers.sh need into <repo>/tools/bin (gitignored):
#   fake-gcs-server  - the GCS emulator (JSON API over plain HTTP)
#   toxiproxy-server - the fault proxy (latency, bandwidth, reset_peer), built from cmd/server
# A tool is (re)built only when it is missing or not at the pinned version.
# Building needs Go (the fake-gcs-server pin asks for Go >= 1.25.8) and the Go module proxy;
# checking the binaries already there does not.
# Exits non-zero with a plain message when a tool cannot be installed.
set -euo pipefail

FAKE_GCS_MODULE=github.com/fsouza/fake-gcs-server
FAKE_GCS_VERSION=v1.55.1
TOXIPROXY_MODULE=github.com/Shopify/toxiproxy/v2
# v2 keeps the server in cmd/server; go install names the binary "server", we rename it.
TOXIPROXY_PACKAGE=github.com/Shopify/toxiproxy/v2/cmd/server
TOXIPROXY_VERSION=v2.12.0

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin_dir="${repo_root}/tools/bin"

fail() {
  echo "install-test-tools: ERROR: $*" >&2
  exit 1
}

# Go is needed only to build a tool that is missing or at another version.
require_go() {
  command -v go >/dev/null 2>&1 \
    || fail "Go is not on PATH, and ${1} must be built. Install Go >= 1.25.8 (the fake-gcs-server ${FAKE_GCS_VERSION} go.mod requires it) and rerun."
}

mkdir -p "${bin_dir}"

# The module version recorded in a Go binary's build info (its line "mod<TAB><path><TAB><version>"),
# or nothing. Read from the binary's bytes, so that checking needs no Go.
built_version() {
  local binary="$1" module="$2"
  [[ -x "${binary}" ]] || return 0
  { LC_ALL=C grep -aoE "mod	${module//./\\.}	v[^[:space:]]+" "${binary}" || true; } \
    | head -n 1 | cut -f 3
}

install_tool() {
  local name="$1" module="$2" package="$3" version="$4"
  local binary="${bin_dir}/${name}"
  local installed_as="${bin_dir}/${package##*/}"
  local have
  have="$(built_version "${binary}" "${module}")"
  if [[ "${have}" == "${version}" ]]; then
    echo "install-test-tools: ${name} ${version} already in ${bin_dir}"
    return 0
  fi
  require_go "${name} ${version} (found: ${have:-none})"
  echo "install-test-tools: installing ${name} ${version} (found: ${have:-none}) into ${bin_dir}"
  if ! GOBIN="${bin_dir}" GOFLAGS="${GOFLAGS:-} -buildvcs=false" go install "${package}@${version}"; then
    fail "'go install ${package}@${version}' failed (see the Go output above). Check that the Go module proxy is reachable and that 'go version' satisfies the module's go.mod."
  fi
  if [[ "${installed_as}" != "${binary}" ]]; then
    mv -f "${installed_as}" "${binary}"
  fi
  have="$(built_version "${binary}" "${module}")"
  [[ "${have}" == "${version}" ]] \
    || fail "${binary} reports version '${have:-unknown}' after install, expected ${version}."
}

install_tool fake-gcs-server "${FAKE_GCS_MODULE}" "${FAKE_GCS_MODULE}" "${FAKE_GCS_VERSION}"
install_tool toxiproxy-server "${TOXIPROXY_MODULE}" "${TOXIPROXY_PACKAGE}" "${TOXIPROXY_VERSION}"
