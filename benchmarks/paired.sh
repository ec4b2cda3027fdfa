#!/usr/bin/env bash
# Compares two JMH benchmarks fork by fork: ROUNDS rounds of one fork of A, then one fork of B,
# each JVM pinned to one CPU. On a shared machine separate multi-fork runs drift by 10-30%
# within minutes, and a fork that may use both cores settles fast or slow at random; pinned
# forks that ran seconds apart share the machine's state, so their ratio is what is compared.
# Prints every round's B/A ratio per parameter, the median ratio, and each side's median time.
#
# Usage (from the repository root, after `mvn -B -q -pl benchmarks -am package -DskipTests`):
#   [JMH_ARGS='...'] benchmarks/paired.sh [ROUNDS] [A] [B]
#   defaults: 10 RestClientBenchmark.springDefault RestClientBenchmark.errata
#   JMH_ARGS: more JMH options for every fork, such as parameters: JMH_ARGS='-p body=CONNECTION'
# A case is one combination of the parameters, named by their values joined with "/".
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-10}"
A="${2:-RestClientBenchmark.springDefault}"
B="${3:-RestClientBenchmark.errata}"
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/paired
PIN=()
if command -v taskset > /dev/null; then
  PIN=(taskset -c "$(( $(nproc) - 1 ))")
fi
rm -rf "$OUT" && mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    name="${!side}"
    # The name is a regex to JMH, found in the full name: anchor it at both ends so that "spring"
    # does not also run "errataSpring", nor "RestClientBenchmark" "LoopbackRestClientBenchmark".
    # shellcheck disable=SC2086 # JMH_ARGS is split into options on purpose
    "${PIN[@]}" java -jar "$JAR" "(^|\.)${name}\$" -f 1 -wi 3 -i 2 -w 1 -r 1 ${JMH_ARGS:-} -rf csv -rff "$OUT/$side-$round.csv" > /dev/null
  done
done
# CSV rows: "benchmark","mode",threads,samples,score,error,"unit"[,param...]; the params (if
# any) name the case.
for side in A B; do
  for f in "$OUT/$side"-*.csv; do
    round=${f##*-}; round=${round%.csv}
    tail -n +2 "$f" | awk -F, -v side="$side" -v round="$round" \
      '{ p = (NF >= 8 ? $8 : "-"); for (i = 9; i <= NF; i++) p = p "/" $i; gsub(/"/, "", p); print p, round, side, $5 }'
  done
done | sort -k1,1 -k2,2n | awk -v a="$A" -v b="$B" '
  function median(v, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { score[$1, $2, $3] = $4; params[$1] = 1; rounds[$2] = 1 }
  END {
    printf "B/A per round, B = %s, A = %s\n", b, a
    for (p in params) {
      n = 0; na = 0; nb = 0; line = ""; delete va; delete vb; delete ratio
      for (r in rounds) {
        if ((p, r, "A") in score) va[++na] = score[p, r, "A"]
        if ((p, r, "B") in score) vb[++nb] = score[p, r, "B"]
        if ((p, r, "A") in score && (p, r, "B") in score) {
          ratio[++n] = score[p, r, "B"] / score[p, r, "A"]
          line = line sprintf(" %.2f", ratio[n])
        }
      }
      printf "%s:%s\n  median B/A %.3f over %d rounds; median ns A %.0f, B %.0f\n", p, line, median(ratio, n), n, median(va, na), median(vb, nb)
    }
  }'
