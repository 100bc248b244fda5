#!/usr/bin/env bash
# Every NewsFacts measurement in one run (docs/performance.md):
#
#   benchmarks/run-all.sh
#
#   1. the machine (CPU, memory, OS, .NET SDK and runtime);
#   2. run-time benchmarks (BenchmarkDotNet, default job bounded by BDN_ARGS) of the compiled dataset against
#      the embedded-JSON and YAML-at-run-time peers: lookups, enumeration, in-process first access;
#   3. first access in a fresh process: `dotnet <app>.dll` start -> exit, STARTUP_RUNS times per app;
#   4. run-time memory of the built-in dataset after touching every fact;
#   5. benchmarks/build-time.sh (generator time and allocations, dotnet build overhead, size, memory, idle cost;
#      the 100,000-fact consumer again with a documentation file, per NewsFactsDocComments value);
#   6. benchmarks/compile-anatomy.sh 100000 (the compiler's CPU time per part of the generated code);
#   7. the hostile files of the tests (bombs, depth, size) through the generator: time, allocations, memory;
#   8. the editor: one generator driver kept across edits over 20 and 100 files of 1,000 facts (one value edited
#      in one file, one unrelated C# edit), EDITOR_ROUNDS rounds (default 5).
#
# Quicker pieces:
#   dotnet run -c Release --project benchmarks/NewsFacts.Benchmarks -- --filter '*Lookup*' --job short
#   dotnet run -c Release --project benchmarks/NewsFacts.Benchmarks -- memory
#   benchmarks/build-time.sh 1000 10000          (REPS=1 for a single timed build per size)
#   dotnet run -c Release --project benchmarks/NewsFacts.BuildTime -- hostile 5
#
# Environment: BDN_ARGS (default "--maxIterationCount 40"; "--job short" for a quick look), STARTUP_RUNS (default 40).
# Output: benchmarks/artifacts/run/ (summary.md and the raw files; not committed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/benchmarks/artifacts/run
BDN_ARGS=${BDN_ARGS:---maxIterationCount 40}
STARTUP_RUNS=${STARTUP_RUNS:-40}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$OUT" && mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

{
  echo "## Machine"
  echo
  echo '```'
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit:  $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD || echo ' (with uncommitted changes)')"
  echo "nproc:   $(nproc)"
  echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory:  $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "sdk:     $(dotnet --version)"
  echo "runtime: $(dotnet --list-runtimes | grep Microsoft.NETCore.App | awk '{ print $2 }' | tr '\n' ' ')"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min, at start)"
  echo '```'
} > "$OUT/machine.md"
cat "$OUT/machine.md" >&2

log "building (Release)"
for p in NewsFacts.Benchmarks FirstAccess/FirstAccess.Empty FirstAccess/FirstAccess.Compiled FirstAccess/FirstAccess.Json FirstAccess/FirstAccess.Yaml; do
  dotnet build "$ROOT/benchmarks/$p" -c Release -nodeReuse:false -clp:ErrorsOnly -v:q >&2
done
BENCH=$ROOT/benchmarks/NewsFacts.Benchmarks/bin/Release/net10.0/NewsFacts.Benchmarks.dll

log "run-time benchmarks: BenchmarkDotNet $BDN_ARGS"
# shellcheck disable=SC2086
dotnet "$BENCH" --filter '*' $BDN_ARGS --artifacts "$OUT/bdn" > "$OUT/bdn.log" 2>&1 || { tail -50 "$OUT/bdn.log" >&2; exit 1; }
tail -5 "$OUT/bdn.log" >&2

log "first access in a fresh process ($STARTUP_RUNS runs per app)"
apps=()
for k in Empty Compiled Json Yaml; do apps+=("$ROOT/benchmarks/FirstAccess/FirstAccess.$k/bin/Release/net10.0/FirstAccess.$k.dll"); done
dotnet "$BENCH" startup "$STARTUP_RUNS" "${apps[@]}" | tee "$OUT/startup.md" >&2

log "run-time memory of the built-in dataset"
dotnet "$BENCH" memory | tee "$OUT/memory.tsv" >&2

log "build time"
DOCS_SIZE=${DOCS_SIZE:-100000} VARIANT_SIZE=${VARIANT_SIZE:-100000} "$ROOT/benchmarks/build-time.sh" > "$OUT/build-time.md"

log "compile anatomy at 100,000 facts"
"$ROOT/benchmarks/compile-anatomy.sh" 100000 > "$OUT/compile-anatomy.md"

log "hostile files through the generator"
dotnet build "$ROOT/benchmarks/NewsFacts.BuildTime" -c Release -nodeReuse:false -clp:ErrorsOnly -v:q >&2
dotnet "$ROOT/benchmarks/NewsFacts.BuildTime/bin/Release/net10.0/NewsFacts.BuildTime.dll" hostile 5 | tee "$OUT/hostile.md" >&2

log "editor: one driver kept across edits"
for files in 20 100; do
  dotnet "$ROOT/benchmarks/NewsFacts.BuildTime/bin/Release/net10.0/NewsFacts.BuildTime.dll" editor "$files" 1000 "${EDITOR_ROUNDS:-5}"
done | tee "$OUT/editor.tsv" >&2

{
  cat "$OUT/machine.md"
  echo
  echo "## Run-time benchmarks (BenchmarkDotNet)"
  for f in "$OUT"/bdn/results/*-report-github.md; do echo; sed -n '/^```/,/^```/p;/^|/p' "$f"; done
  echo
  echo "## First access in a fresh process"
  echo
  cat "$OUT/startup.md"
  echo
  echo "## Run-time memory, built-in dataset"
  echo
  echo '```'
  cat "$OUT/memory.tsv"
  echo '```'
  echo
  cat "$OUT/build-time.md"
  echo
  echo "## Compile anatomy (100,000 facts)"
  echo
  cat "$OUT/compile-anatomy.md"
  echo
  echo "## Hostile files through the generator"
  echo
  cat "$OUT/hostile.md"
  echo
  echo "## Editor: one driver kept across edits"
  echo
  echo '```'
  cat "$OUT/editor.tsv"
  echo '```'
  echo
  echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/summary.md"
log "done: $OUT/summary.md"
