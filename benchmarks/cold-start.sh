#!/usr/bin/env bash
# A fresh JVM's first decode with a 25-code and a 4,000-code catalog: RUNS JVMs each, alternating;
# prints every run, the median time per size, and the catalog's own classes that first decode
# loaded (from -Xlog:class+load, the classes of the catalog's package).
#
# Usage (from the repository root, after `mvn -B -q -pl benchmarks -am package -DskipTests`):
#   benchmarks/cold-start.sh [RUNS]     # default 10
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10}"
JAR=benchmarks/target/benchmarks.jar
MAIN=dev.errata.benchmarks.cold.FirstDecode
for size in 25 4000; do : > "benchmarks/target/cold-start-$size.txt"; done
for run in $(seq 1 "$RUNS"); do
  for size in 25 4000; do
    java -cp "$JAR" "$MAIN" "$size" | tee -a "benchmarks/target/cold-start-$size.txt"
  done
done
for size in 25 4000; do
  median=$(sed -n 's/.*first decode \([0-9]*\) µs.*/\1/p' "benchmarks/target/cold-start-$size.txt" | sort -n \
    | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  own=$(java -Xlog:class+load=info -cp "$JAR" "$MAIN" "$size" | grep "benchmarks.catalogs.c$size\." | grep -vc WireCodes || true)
  echo "$size codes: median first decode ${median} µs over $RUNS JVMs; $own classes of the catalog's package loaded"
done
