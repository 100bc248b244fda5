#!/usr/bin/env bash
# Build-time measurements of the NewsFacts generator (docs/performance.md, "Build time").
#
#   benchmarks/build-time.sh [SIZE...]          default sizes: 1000 10000 100000 (facts)
#
# For each size it writes a deterministic synthetic facts file (benchmarks/NewsFacts.BuildTime synth),
# then measures
#   1. the generator's own time and allocations through CSharpGeneratorDriver, one fresh process per file
#      (first run = generator not yet JIT-compiled, as in a build without the compiler server; then warm runs),
#      and beside it YamlDotNet's bare event parser over the same file (yaml-floor), the floor under the parse step;
#   2. `dotnet build` of a consumer project (benchmarks/BuildConsumer, copied per size) against the same
#      consumer with an empty facts file (`schema: 1`), in the same run, interleaved; overhead = with - empty;
#   3. the size of the built consumer assembly against the empty one, per fact;
#   4. run-time memory after touching every fact (runs each built consumer);
#   5. the generator's idle cost per compilation in a project without a facts file.
#
# Builds: one restore per consumer, one untimed warm build each, then REPS timed builds with
# --no-restore, -nodeReuse:false, --disable-build-servers and UseSharedCompilation=false (no compiler
# server: every build pays the compiler's and the generator's JIT, a fair single number), the facts file
# touched before each so the compiler really runs. Each build is capped at BUILD_TIMEOUT seconds.
#
# Environment: REPS (default 3), REPS_LARGE (timed builds at sizes >= 100000, default 2),
# WARM_RUNS (generator warm runs, default 3), IDLE_ITERATIONS (default 2000), BUILD_TIMEOUT (default 600),
# DOCS_SIZE (a size to build again with a documentation file, once per NewsFactsDocComments value; off by
# default), DOCS_REPS (default 1), VARIANT_SIZE (a size to build again, interleaved with the empty consumer, once
# per entry in VARIANTS: default "defaults NewsFactsTypedMembers=false EnableNETAnalyzers=false", where
# "defaults" is the unchanged build; off by default),
# VARIANT_REPS (default 2).
# Output: benchmarks/artifacts/build-time/{results.md,builds.tsv,generator.tsv,...} (not committed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/benchmarks/artifacts/build-time
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 100000)
REPS=${REPS:-3}
REPS_LARGE=${REPS_LARGE:-2}
WARM_RUNS=${WARM_RUNS:-3}
IDLE_ITERATIONS=${IDLE_ITERATIONS:-2000}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-600}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1
BUILD_FLAGS=(-nologo -c Release --no-restore -nodeReuse:false --disable-build-servers -p:UseSharedCompilation=false -clp:ErrorsOnly -v:q)

mkdir -p "$OUT/data"
rm -f "$OUT"/builds.tsv "$OUT"/generator.tsv "$OUT"/memory.tsv "$OUT"/sizes.tsv "$OUT"/docs.tsv "$OUT"/variants.tsv
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "building the measurement tool"
dotnet build "$ROOT/benchmarks/NewsFacts.BuildTime" -c Release -nodeReuse:false -clp:ErrorsOnly -v:q >&2
TOOL=$ROOT/benchmarks/NewsFacts.BuildTime/bin/Release/net10.0/NewsFacts.BuildTime.dll

for n in "${SIZES[@]}"; do
  f=$OUT/data/synthetic-$n.facts.yaml
  log "synthetic dataset: $(dotnet "$TOOL" synth "$n" "$f")"
done

log "generator through CSharpGeneratorDriver (one process per file)"
for f in "$ROOT/facts.yaml" "${SIZES[@]/#/$OUT/data/synthetic-}"; do
  [ -f "$f" ] || f=$f.facts.yaml
  dotnet "$TOOL" generator "$WARM_RUNS" "$f" | tee -a "$OUT/generator.tsv" >&2
  dotnet "$TOOL" yaml-floor "$WARM_RUNS" "$f" | tee -a "$OUT/generator.tsv" >&2
done

log "idle cost ($IDLE_ITERATIONS iterations per scenario)"
dotnet "$TOOL" idle "$IDLE_ITERATIONS" > "$OUT/idle.md"
cat "$OUT/idle.md" >&2

# Consumers: empty first, then each size; same template, only the facts file differs.
LABELS=(empty "${SIZES[@]}")
for label in "${LABELS[@]}"; do
  dir=$OUT/consumer-$label
  rm -rf "$dir" && mkdir -p "$dir"
  cp "$ROOT/benchmarks/BuildConsumer/BuildConsumer.csproj" "$ROOT/benchmarks/BuildConsumer/Program.cs" "$dir/"
  if [ "$label" = empty ]; then printf 'schema: 1\n' > "$dir/data.facts.yaml"; else cp "$OUT/data/synthetic-$label.facts.yaml" "$dir/data.facts.yaml"; fi
  log "restore + warm build: consumer-$label"
  dotnet restore "$dir/BuildConsumer.csproj" -v:q >&2
  t0=$(date +%s%N)
  if ! timeout "$BUILD_TIMEOUT" dotnet build "$dir/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" >&2; then
    log "consumer-$label: warm build failed or exceeded ${BUILD_TIMEOUT}s"
    printf '%s\twarm\tFAILED\n' "$label" >> "$OUT/builds.tsv"
    continue
  fi
  log "consumer-$label warm build: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done

max_reps=$REPS
for rep in $(seq 1 "$max_reps"); do
  for label in "${LABELS[@]}"; do
    if [ "$label" != empty ] && [ "$label" -ge 100000 ] && [ "$rep" -gt "$REPS_LARGE" ]; then continue; fi
    dir=$OUT/consumer-$label
    grep -q "^$label	warm	FAILED" "$OUT/builds.tsv" 2>/dev/null && continue
    touch "$dir/data.facts.yaml"
    t0=$(date +%s%N)
    if timeout "$BUILD_TIMEOUT" dotnet build "$dir/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" >&2; then
      ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      printf '%s\t%s\t%s\n' "$label" "$rep" "$ms" >> "$OUT/builds.tsv"
      log "build consumer-$label rep $rep: $ms ms (load $(cut -d' ' -f1 /proc/loadavg))"
    else
      printf '%s\t%s\tFAILED\n' "$label" "$rep" >> "$OUT/builds.tsv"
      log "build consumer-$label rep $rep FAILED or exceeded ${BUILD_TIMEOUT}s"
    fi
  done
done

# Optional: what XML documentation costs in a project that writes a documentation file (GenerateDocumentationFile,
# the compiler then parses every doc comment and binds its crefs), at one size, per NewsFactsDocComments value.
if [ -n "${DOCS_SIZE:-}" ] && [ -d "$OUT/consumer-$DOCS_SIZE" ]; then
  dir=$OUT/consumer-$DOCS_SIZE
  for rep in $(seq 1 "${DOCS_REPS:-1}"); do
    for level in full summary none; do
      touch "$dir/data.facts.yaml"
      t0=$(date +%s%N)
      if timeout "$BUILD_TIMEOUT" dotnet build "$dir/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" -p:BenchDocumentationFile=true -p:NewsFactsDocComments=$level >&2; then
        ms=$(( ($(date +%s%N) - t0) / 1000000 ))
        printf '%s	%s	%s	%s
' "$DOCS_SIZE" "$level" "$rep" "$ms" >> "$OUT/docs.tsv"
        log "build consumer-$DOCS_SIZE with a documentation file, NewsFactsDocComments=$level, rep $rep: $ms ms"
      fi
    done
  done
  # Leave the consumer as the measurements below expect it: built with the defaults.
  touch "$dir/data.facts.yaml"
  dotnet build "$dir/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" >&2
fi

# Optional: the overhead with one property changed, the empty consumer built the same way in the same loop:
# NewsFactsTypedMembers=false (the catalog only) and EnableNETAnalyzers=false (without the SDK's code analysis,
# on by default, which also walks generated code).
# "defaults" is the unchanged build, in the same loop, so that the machine's drift over the minutes the loop
# takes weighs on every variant alike.
read -r -a VARIANT_LIST <<< "${VARIANTS:-defaults NewsFactsTypedMembers=false EnableNETAnalyzers=false}"
if [ -n "${VARIANT_SIZE:-}" ] && [ ! -d "$OUT/consumer-$VARIANT_SIZE" ]; then
  log "VARIANT_SIZE=$VARIANT_SIZE is not one of the sizes built in this run: no variant builds"
fi
if [ -n "${VARIANT_SIZE:-}" ] && [ -d "$OUT/consumer-$VARIANT_SIZE" ]; then
  for rep in $(seq 1 "${VARIANT_REPS:-2}"); do
    for variant in "${VARIANT_LIST[@]}"; do
      for label in empty "$VARIANT_SIZE"; do
        dir=$OUT/consumer-$label
        touch "$dir/data.facts.yaml"
        t0=$(date +%s%N)
        extra=(); [ "$variant" != defaults ] && extra=("-p:$variant")
        if timeout "$BUILD_TIMEOUT" dotnet build "$dir/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" ${extra[@]+"${extra[@]}"} >&2; then
          ms=$(( ($(date +%s%N) - t0) / 1000000 ))
          printf '%s\t%s\t%s\t%s\n' "$label" "$variant" "$rep" "$ms" >> "$OUT/variants.tsv"
          log "build consumer-$label with $variant, rep $rep: $ms ms"
        else
          log "build consumer-$label with $variant, rep $rep FAILED or exceeded ${BUILD_TIMEOUT}s"
        fi
      done
    done
  done
  # Leave the consumers as the measurements below expect them: built with the defaults.
  for label in empty "$VARIANT_SIZE"; do
    touch "$OUT/consumer-$label/data.facts.yaml"
    dotnet build "$OUT/consumer-$label/BuildConsumer.csproj" "${BUILD_FLAGS[@]}" >&2
  done
fi

log "assembly sizes and run-time memory"
for label in "${LABELS[@]}"; do
  dll=$OUT/consumer-$label/bin/Release/net10.0/BuildConsumer.dll
  [ -f "$dll" ] || continue
  printf '%s\t%s\n' "$label" "$(stat -c %s "$dll")" >> "$OUT/sizes.tsv"
  dotnet "$dll" "consumer-$label" | tee -a "$OUT/memory.tsv" >&2
done

# Summary: medians, overhead = median(with) - median(empty), bytes per fact.
{
  echo "## Build time (consumer dotnet build, median of timed builds; ms)"
  echo
  echo "| facts | builds | median ms | min ms | overhead vs empty (ms) |"
  echo "| ---: | ---: | ---: | ---: | ---: |"
  median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
  timed() { awk -F'\t' -v l="$1" '$1 == l && $2 != "warm" && $3 != "FAILED" { print $3 }' "$OUT/builds.tsv"; }
  empty_med=$(timed empty | median)
  for label in "${LABELS[@]}"; do
    n=$(timed "$label" | wc -l)
    [ "$n" -eq 0 ] && { echo "| $label | 0 | — | — | — |"; continue; }
    med=$(timed "$label" | median); min=$(timed "$label" | sort -n | head -1)
    if [ "$label" = empty ]; then over="—"; else over=$((med - empty_med)); fi
    echo "| $label | $n | $med | $min | $over |"
  done
  grep FAILED "$OUT/builds.tsv" | sed 's/^/FAILED: /' || true
  echo
  if [ -s "$OUT/docs.tsv" ]; then
    echo "## With a documentation file (GenerateDocumentationFile=true), per NewsFactsDocComments (ms)"
    echo
    echo "| facts | NewsFactsDocComments | rep | ms |"
    echo "| ---: | --- | ---: | ---: |"
    awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$OUT/docs.tsv"
    echo
  fi
  if [ -s "$OUT/variants.tsv" ]; then
    echo "## One property changed (median ms; the empty consumer built the same way; all interleaved)"
    echo
    echo "| property | facts | builds | median ms | empty median ms | overhead vs empty (ms) | each build ms |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    for variant in "${VARIANT_LIST[@]}"; do
      vt() { awk -F'\t' -v l="$1" -v v="$variant" '$1 == l && $2 == v { print $4 }' "$OUT/variants.tsv"; }
      n=$(vt "$VARIANT_SIZE" | wc -l)
      [ "$n" -eq 0 ] && continue
      med=$(vt "$VARIANT_SIZE" | median); emed=$(vt empty | median)
      [ -n "$emed" ] || { echo "| \`$variant\` | $VARIANT_SIZE | $n | $med | — | — | $(vt "$VARIANT_SIZE" | tr '\n' ' ')|"; continue; }
      echo "| \`$variant\` | $VARIANT_SIZE | $n | $med | $emed | $((med - emed)) | $(vt "$VARIANT_SIZE" | tr '\n' ' ')|"
    done
    echo
  fi
  echo "## Generator through CSharpGeneratorDriver"
  echo
  echo '```'
  cat "$OUT/generator.tsv"
  echo '```'
  echo
  echo "## Idle cost per compilation"
  echo
  cat "$OUT/idle.md"
  echo
  echo "## Assembly size (BuildConsumer.dll)"
  echo
  echo "| facts | bytes | bytes over empty | bytes per fact |"
  echo "| ---: | ---: | ---: | ---: |"
  awk -F'\t' 'NR == 1 { e = $2 } { if ($1 == "empty") printf "| empty | %d | 0 | — |\n", $2; else printf "| %s | %d | %d | %.0f |\n", $1, $2, $2 - e, ($2 - e) / $1 }' "$OUT/sizes.tsv"
  echo
  echo "## Run-time memory after touching every fact"
  echo
  echo '```'
  cat "$OUT/memory.tsv"
  echo '```'
} > "$OUT/results.md"
cat "$OUT/results.md"
