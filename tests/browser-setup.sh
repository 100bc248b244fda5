#!/usr/bin/env bash
# Installs what the browser tests (tests/NewsFacts.Tests/Report) need: Debian's chromium, which they drive headless
# over the DevTools protocol from C# (no npm). Idempotent and quiet; returns at once when chromium is there.
# CI (.ci/run) calls it before `dotnet test`; the machine is root.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
