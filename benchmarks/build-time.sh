#!/usr/bin/env bash
# What the Errata processor costs a compile: for catalogs of 20, 100, 1,000 and 4,000 codes, times
# three compiles of the same classes, alternating:
#   with     javac of the catalog enum with the Errata processor (which generates the exceptions,
#            the table, the handler and the reference pages);
#   floor    javac of the enum plus the sources Errata generated, with a trivial processor on the
#            processor path that writes one class (what any annotation processor costs javac);
#   without  javac -proc:none of the enum plus the sources Errata generated, i.e. the same
#            classes written by hand.
# Errata's own cost is with - floor; the price of annotation processing at all is floor - without.
#
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   benchmarks/build-time.sh [RUNS]            # RUNS timed runs per size and mode, default 5
#   SIZES="100 1000" benchmarks/build-time.sh   # other catalog sizes
#
# Writes benchmarks/results/build-time-runs.csv (every run) and build-time.csv (mean and sample
# standard deviation per size and mode, the ratio with / without and Errata's increment over the
# floor). One untimed run of each mode per size comes first, so that all start with the same warm
# file cache.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${1:-5}"
SIZES="${SIZES:-20 100 1000 4000}"
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

# The floor's processor, as a jar that javac discovers like any other.
rm -rf "$WORK/trivial"
mkdir -p "$WORK/trivial/META-INF/services"
"${JAVA_BIN}javac" --release 17 -d "$WORK/trivial" benchmarks/src/build/java/TrivialProcessor.java
echo TrivialProcessor > "$WORK/trivial/META-INF/services/javax.annotation.processing.Processor"
"${JAVA_BIN}jar" --create --file "$WORK/trivial-processor.jar" -C "$WORK/trivial" .
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
  floor() {
    rm -rf "$WORK/floor-gen-$size" "$WORK/out-floor-$size"
    mkdir -p "$WORK/floor-gen-$size" "$WORK/out-floor-$size"
    "${JAVA_BIN}javac" --release 17 -cp "$class_path" -processorpath "$WORK/trivial-processor.jar" \
      -s "$WORK/floor-gen-$size" -d "$WORK/out-floor-$size" "$enum_source" "@$WORK/generated-$size.txt"
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
  floor
  generated=$(wc -l < "$WORK/generated-$size.txt")
  classes_with=$(find "$WORK/out-with-$size" -name '*.class' | wc -l)
  classes_without=$(find "$WORK/out-without-$size" -name '*.class' | wc -l)
  if [[ "$classes_with" != "$classes_without" ]]; then
    echo "size $size: $classes_with classes with the processor, $classes_without without" >&2
    exit 1
  fi
  echo "$size codes: $generated generated sources, $classes_with classes"

  for run in $(seq 1 "$RUNS"); do
    for mode in with floor without; do
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
awk -F, 'function sd(key, mean,   v) {
    v = n[key] > 1 ? (sq[key] - n[key] * mean * mean) / (n[key] - 1) : 0
    return v > 0 ? sqrt(v) : 0
  }
  NR > 1 {
    key = $1 "," $2; n[key]++; sum[key] += $4; sq[key] += $4 * $4; sizes[$1] = 1
  }
  END {
    print "codes,with_mean_s,with_sd_s,floor_mean_s,floor_sd_s,without_mean_s,without_sd_s,ratio,errata_over_floor_s"
    for (s in sizes) {
      w = s ",with"; f = s ",floor"; o = s ",without"
      wm = sum[w] / n[w]; fm = sum[f] / n[f]; om = sum[o] / n[o]
      printf "%s,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f\n", s, wm, sd(w, wm), fm, sd(f, fm), om, sd(o, om), wm / om, wm - fm
    }
  }' "$runs_csv" | { read -r header; echo "$header"; sort -t, -k1,1n; } > "$summary"

echo
column -s, -t < "$summary"
