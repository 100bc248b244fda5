#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK; idempotent, and quick when everything is there.
# Run by .ci/run before the tests; run it once yourself before `dotnet test NewsFacts.sln` on a new machine.
#   - node 18+ and the jsonld npm package (pinned in tests/NewsFacts.Tests/Cli/jsonld/package-lock.json):
#     the JSON-LD export is expanded by a real JSON-LD processor, offline;
#   - Debian's chromium: the report tests (tests/NewsFacts.Tests/Report) drive it headless over the DevTools protocol.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: apt-get install ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v node >/dev/null 2>&1 || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium

jsonld=tests/NewsFacts.Tests/Cli/jsonld
if [ ! -d "$jsonld/node_modules/jsonld" ]; then
  echo "setup: npm ci in $jsonld"
  npm ci --prefix "$jsonld" --no-audit --no-fund --loglevel=error >/dev/null
fi
echo "setup: done"
