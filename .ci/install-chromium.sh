#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (test/browser/ide.test.ts), which drives it
# through playwright-core. Idempotent: does nothing when /usr/bin/chromium already exists.
# Needs root (CI containers run as root) or passwordless sudo.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { run_as_root apt-get update -qq && run_as_root apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
  # Quiet on success, but a failed install must show why.
  cat "$log" >&2
  echo "install-chromium: apt-get failed" >&2
  exit 1
fi
echo "install-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium installed')"
