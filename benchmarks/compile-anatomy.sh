#!/usr/bin/env bash
# Where the compiler's time goes in a consumer's build: the generated sources of one synthetic size,
# compiled by csc in parts, CPU seconds (user+sys) per part (docs/performance.md, "Compile anatomy").
#
#   benchmarks/compile-anatomy.sh [SIZE]        default 100000 (facts); needs benchmarks/build-time.sh SIZE first
#
# Parts: everything the generator wrote. (Before per-file emission the tables, the member classes and FactIds were
# compiled apart too; a facts file's output, Facts.{key}*.g.cs, now holds its tables and its members together);
# each also with /doc (a documentation file: the compiler parses every doc comment and binds its crefs).
# CPU time, not wall time: on a shared 2-core machine it is the steadier number. REPS (default 1) runs each.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE=${1:-100000}
REPS=${REPS:-1}
OUT=$ROOT/benchmarks/artifacts/compile-anatomy
CONSUMER=$ROOT/benchmarks/artifacts/build-time/consumer-$SIZE
[ -d "$CONSUMER" ] || { echo "run benchmarks/build-time.sh $SIZE first" >&2; exit 2; }
SDK=$(dotnet --list-sdks | tail -1 | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')
CSC=$SDK/Roslyn/bincore/csc.dll
REF=$(ls -d "$(dirname "$(dirname "$SDK")")"/packs/Microsoft.NETCore.App.Ref/*/ref/net10.0 | sort -V | tail -1)
rm -rf "$OUT" && mkdir -p "$OUT/gen" "$OUT/parts"

# Touched, so the compiler runs (an up-to-date build would write no generated files).
touch "$CONSUMER/data.facts.yaml"
dotnet build "$CONSUMER/BuildConsumer.csproj" -c Release --no-restore -nologo -v:q -clp:ErrorsOnly \
  -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$OUT/gen" >&2
DATASET=$(find "$OUT/gen" -name Dataset.g.cs | head -1)
[ -n "$DATASET" ] || { echo "the build wrote no generated files under $OUT/gen" >&2; exit 1; }
GEN=$(dirname "$DATASET")
# The runtime the consumer compiles against: the package has one build, netstandard2.0.
NEWSFACTS=$(find "$ROOT/src/NewsFacts/bin/Release" -path '*netstandard2.0/NewsFacts.dll' | head -1)
[ -n "$NEWSFACTS" ] || { echo "no Release build of src/NewsFacts (netstandard2.0)" >&2; exit 1; }

part() { # name, files...
  local name=$1; shift
  { echo "/nologo /target:library /nullable:enable /langversion:latest /deterministic /optimize+ /debug:portable /nowarn:1701,1702,1591 /out:$OUT/parts/$name.dll"
    for r in "$REF"/*.dll; do echo "/r:$r"; done; echo "/r:$NEWSFACTS"; printf '%s\n' "$@"; } > "$OUT/parts/$name.rsp"
  sed "s#/out:$OUT/parts/$name.dll#/out:$OUT/parts/$name.dll /doc:$OUT/parts/$name.xml#" "$OUT/parts/$name.rsp" > "$OUT/parts/$name-doc.rsp"
}
# shellcheck disable=SC2086
part all "$GEN"/*.g.cs

echo "| part | files | generated chars | csc CPU s | csc CPU s with /doc | peak memory MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for name in all; do
  files=$(grep -c '\.cs$' "$OUT/parts/$name.rsp")
  chars=$(grep '\.cs$' "$OUT/parts/$name.rsp" | xargs cat | wc -m)
  cpu=""; cpudoc=""; mem=""
  for rep in $(seq 1 "$REPS"); do
    r=$( { /usr/bin/time -f '%U %S %M' dotnet "$CSC" "@$OUT/parts/$name.rsp" > "$OUT/parts/$name.log"; } 2>&1 | tail -1)
    cpu="$cpu $(echo "$r" | awk '{ printf "%.1f", $1 + $2 }')"; mem=$(echo "$r" | awk '{ printf "%.0f", $3 / 1024 }')
    r=$( { /usr/bin/time -f '%U %S %M' dotnet "$CSC" "@$OUT/parts/$name-doc.rsp" > "$OUT/parts/$name-doc.log"; } 2>&1 | tail -1)
    cpudoc="$cpudoc $(echo "$r" | awk '{ printf "%.1f", $1 + $2 }')"
  done
  echo "| $name | $files | $chars | ${cpu# } | ${cpudoc# } | $mem |"
done
