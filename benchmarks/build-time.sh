#!/usr/bin/env bash
# What the Errata processor costs a compile: for catalogs of 100, 1,000 and 4,000 codes, times
# `javac` of the catalog enum with the processor (which generates the exceptions, the table, the
# handler and the reference pages) against `javac -proc:none` of the same enum plus the sources
# the processor generated, i.e. the same classes written by hand.
#
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   benchmarks/build-time.sh [RUNS]            # RUNS timed runs per size and mode, default 5
#   SIZES="100 1000" benchmarks/build-time.sh   # other catalog sizes
#
# Writes benchmarks/results/build-time-runs.csv (every run) and build-time.csv (mean and sample
# standard deviation per size and mode, and the ratio with / without). One untimed run of each
# mode per size comes first, so that both start with the same warm file cache.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${1:-5}"
SIZES="${SIZES:-100 1000 4000}"
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
RESULTS=benchmarks/results
WORK=benchmarks/target/build-time
mkdir -p "$RESULTS" "$WORK"

version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -n 1)
processor_jar="processor/target/errata-processor-$version.jar"
runtime_jar="runtime/target/errata-runtime-$version.jar"
for jar in "$processor_jar" "$runtime_jar"; do
  [[ -f "$jar" ]] || { echo "missing $jar: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }
done

# The processor path is the processor jar and its runtime dependencies; the catalogs extend the
# HTTP catalog, so the class path is errata-runtime and its dependencies.
mvn -B -q -f processor/pom.xml dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$PWD/$WORK/processor.cp" >/dev/null
mvn -B -q -f runtime/pom.xml dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$PWD/$WORK/runtime.cp" >/dev/null
processor_path="$processor_jar:$(cat "$WORK/processor.cp")"
class_path="$runtime_jar:$(cat "$WORK/runtime.cp")"

now() { date +%s%N; }

runs_csv="$RESULTS/build-time-runs.csv"
echo "codes,mode,run,seconds" > "$runs_csv"

for size in $SIZES; do
  src="$WORK/src-$size"
  rm -rf "$src" "$WORK/gen-$size" "$WORK/out-with-$size" "$WORK/out-without-$size"
  "${JAVA_BIN}java" benchmarks/src/build/java/GenerateCatalogs.java "$src" --enums-only --package buildtime "$size"
  enum_source=$(find "$src" -name "Codes$size.java")

  with() {
    rm -rf "$WORK/gen-$size" "$WORK/out-with-$size"
    mkdir -p "$WORK/gen-$size" "$WORK/out-with-$size"
    "${JAVA_BIN}javac" --release 17 -cp "$class_path" -processorpath "$processor_path" \
      -s "$WORK/gen-$size" -d "$WORK/out-with-$size" "$enum_source"
  }
  without() {
    rm -rf "$WORK/out-without-$size"
    mkdir -p "$WORK/out-without-$size"
    find "$WORK/gen-$size" -name '*.java' > "$WORK/generated-$size.txt"
    "${JAVA_BIN}javac" --release 17 -proc:none -cp "$class_path" \
      -d "$WORK/out-without-$size" "$enum_source" "@$WORK/generated-$size.txt"
  }

  with
  without
  generated=$(wc -l < "$WORK/generated-$size.txt")
  classes_with=$(find "$WORK/out-with-$size" -name '*.class' | wc -l)
  classes_without=$(find "$WORK/out-without-$size" -name '*.class' | wc -l)
  if [[ "$classes_with" != "$classes_without" ]]; then
    echo "size $size: $classes_with classes with the processor, $classes_without without" >&2
    exit 1
  fi
  echo "$size codes: $generated generated sources, $classes_with classes"

  for run in $(seq 1 "$RUNS"); do
    for mode in with without; do
      start=$(now)
      "$mode"
      end=$(now)
      seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
      echo "$size,$mode,$run,$seconds" >> "$runs_csv"
      echo "  $mode processor, run $run: ${seconds}s"
    done
  done
done

summary="$RESULTS/build-time.csv"
awk -F, 'NR > 1 {
    key = $1 "," $2; n[key]++; sum[key] += $4; sq[key] += $4 * $4; sizes[$1] = 1
  }
  END {
    print "codes,with_mean_s,with_sd_s,without_mean_s,without_sd_s,ratio"
    for (s in sizes) {
      w = s ",with"; o = s ",without"
      wm = sum[w] / n[w]; om = sum[o] / n[o]
      wv = n[w] > 1 ? (sq[w] - n[w] * wm * wm) / (n[w] - 1) : 0; wsd = wv > 0 ? sqrt(wv) : 0
      ov = n[o] > 1 ? (sq[o] - n[o] * om * om) / (n[o] - 1) : 0; osd = ov > 0 ? sqrt(ov) : 0
      printf "%s,%.3f,%.3f,%.3f,%.3f,%.3f\n", s, wm, wsd, om, osd, wm / om
    }
  }' "$runs_csv" | { read -r header; echo "$header"; sort -t, -k1,1n; } > "$summary"

echo
column -s, -t < "$summary"
