#!/usr/bin/env bash
# What recompiling costs after one code of a catalog changed, against a full compile, with Maven
# as a user runs it: a project holding only a generated catalog of SIZE codes, compiled with
# `mvn compile` after `clean` (full), then again after one code's description was edited
# (incremental: maven-compiler-plugin sees the changed source). Alternating, RUNS times each;
# every incremental run checks that the edit reached the generated reference page.
#
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   benchmarks/incremental-build.sh [RUNS]           # default 3
#   SIZES="100 1000" benchmarks/incremental-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
SIZES="${SIZES:-100 1000}"
root="$PWD"
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -n 1)
now() { date +%s%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

for size in $SIZES; do
  project="$root/benchmarks/target/incremental-$size"
  rm -rf "$project"
  mkdir -p "$project"
  java benchmarks/src/build/java/GenerateCatalogs.java "$project/src/main/java" --enums-only --package buildtime "$size" >/dev/null
  enum=$(find "$project/src/main/java" -name "Codes$size.java")
  cat > "$project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>buildtime</groupId>
  <artifactId>incremental-$size</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>dev.errata</groupId>
      <artifactId>errata-runtime</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <!-- The versions the repository's own build uses, so that -o finds them after its install. -->
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-clean-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
        <configuration>
          <release>17</release>
          <annotationProcessorPaths>
            <path>
              <groupId>dev.errata</groupId>
              <artifactId>errata-processor</artifactId>
              <version>$version</version>
            </path>
          </annotationProcessorPaths>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  reference="$project/target/classes/META-INF/errata/buildtime.c$size.Codes$size.json"
  (cd "$project" && mvn -B -q -o clean compile >/dev/null)   # untimed: warms the file cache
  full=""; incremental=""
  for run in $(seq 1 "$RUNS"); do
    start=$(now); (cd "$project" && mvn -B -q -o clean compile >/dev/null); end=$(now)
    full="$full $(seconds "$start" "$end")"
    # Edit the first code's description, as a developer would.
    sed -i "0,/description = \"/s//description = \"Revised $run: /" "$enum"
    start=$(now); (cd "$project" && mvn -B -q -o compile >/dev/null); end=$(now)
    incremental="$incremental $(seconds "$start" "$end")"
    grep -q "Revised $run: " "$reference" || { echo "the edit did not reach $reference" >&2; exit 1; }
  done
  echo "$size codes: full (clean compile):$full s; after one code changed:$incremental s" \
    | tee -a "$root/benchmarks/target/incremental-build.txt"
done
