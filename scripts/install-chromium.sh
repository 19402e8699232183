#!/usr/bin/env bash
# Installs Debian's Chromium for cli's headless-browser test (ProposalChromiumIT, run by failsafe
# in `./mvnw verify`), only when /usr/bin/chromium is missing: `apt-get update` and
# `apt-get install chromium` plus one font, without recommended packages. CI runs as root on a
# clean Debian machine; elsewhere it needs root or password-less sudo.
# Exits non-zero with a plain message when Chromium cannot be installed: the test must fail, never
# skip, without a browser.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

fail() {
  echo "install-chromium: ERROR: $*" >&2
  exit 1
}

if [[ -x "${CHROMIUM}" ]]; then
  echo "install-chromium: $("${CHROMIUM}" --version 2>/dev/null || echo chromium) already at ${CHROMIUM}"
  exit 0
fi

command -v apt-get >/dev/null 2>&1 \
  || fail "${CHROMIUM} is missing and apt-get is not available. Install Chromium so that ${CHROMIUM} exists (Debian: apt-get install chromium) and rerun."

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    fail "${CHROMIUM} is missing and installing it needs root. Run 'sudo apt-get install chromium' and rerun."
  fi
fi

echo "install-chromium: ${CHROMIUM} is missing; installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update \
  || fail "'apt-get update' failed (see its output above). Check that the Debian mirrors are reachable."
"${sudo[@]}" apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  || fail "'apt-get install chromium' failed (see its output above)."
[[ -x "${CHROMIUM}" ]] || fail "apt-get installed chromium, but ${CHROMIUM} is still missing."
echo "install-chromium: installed $("${CHROMIUM}" --version 2>/dev/null || echo chromium)"
