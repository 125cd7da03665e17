#!/usr/bin/env bash
# Installs what the local Neo4j server (npm run neo4j:local) needs: a JDK 17 and Maven, from
# Debian's packages. Idempotent: does nothing when java and mvn are already on PATH.
# Needs root (CI containers run as root) or passwordless sudo.
set -euo pipefail

if command -v java >/dev/null && command -v mvn >/dev/null; then
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { run_as_root apt-get update -qq && run_as_root apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-java: apt-get failed" >&2
  exit 1
fi
echo "install-java: $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1)"
