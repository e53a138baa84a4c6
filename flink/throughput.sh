#!/usr/bin/env bash
# Pages per second through LedeImportJob on a local MiniCluster at parallelism 1 and 2, and through
# `lede batch` on the same WARC files with 1 and 2 jobs: first cold, each a fresh JVM timed from its start to its
# end (what a user waits for); then warm, all in one JVM after a warm-up run of each (ThroughputMeasure).
# Usage: flink/throughput.sh [COPIES [FILES]]  (default: 8 copies of the 131 pages in 8 files)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-8}"
files="${2:-8}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The job jar, the command line, and the class path of Flink itself (the job jar's provided dependencies).
./mvnw -q -B -ntp -pl flink,cli -am package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided-classpath.txt
touch cli/target/lede.jar
jobjar="$(ls flink/target/lede-flink-*-job.jar)"
# Flink's jars only, as a distribution's lib/ folder holds them (flink/standalone-check.sh does the same).
./mvnw -q -B -ntp dependency:get -Dartifact=org.snakeyaml:snakeyaml-engine:2.6 -Dtransitive=false
flink="$(tr ':' '\n' < flink/target/provided-classpath.txt | grep -v -E "/target/classes|lede-|jakarta/validation|hibernate/validator|jboss/logging|classmate|jwarc|/jsoup/|tools/jackson|jackson-annotations|commonmark|snakeyaml-engine" | paste -sd:):$HOME/.m2/repository/org/snakeyaml/snakeyaml-engine/2.6/snakeyaml-engine-2.6.jar"

java -cp "flink/target/test-classes:$jobjar:$(ls testing/target/lede-testing-*[0-9T].jar)" \
  dev.lede.flink.ThroughputCrawl "$work/crawl" "$copies" "$files"
du -sh "$work/crawl"

# One command, timed: wall seconds, and CPU seconds (user + system, all threads), which another load on the
# machine disturbs far less than the wall time.
run() {
  local label="$1"; shift
  local TIMEFORMAT="%R %U %S"
  { time "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; } ; } 2> "$work/$label.time"
  read -r wall user sys < "$work/$label.time"
  pages=$(grep -oE "[0-9]+ (articles|converted)" "$work/$label.out" | head -1 | cut -d' ' -f1)
  echo "$label: $pages pages, $wall s wall ($(echo "scale=1; $pages / $wall" | bc) pages/s)," \
    "$(echo "$user + $sys" | bc) s CPU ($(echo "scale=1; $pages / ($user + $sys)" | bc) pages per CPU second)"
}

echo "CPU pressure before: $(head -1 /proc/pressure/cpu 2>/dev/null || echo unknown)"
for p in 1 2; do
  run "flink-p$p" java -XX:+UseParallelGC -cp "$jobjar:$flink" \
    dev.lede.flink.LedeImportJob --input "$work/crawl" --output "$work/flink-p$p" --parallelism "$p"
done
for j in 1 2; do
  run "batch-j$j" ./lede batch "$work/crawl" "$work/batch-j$j" --to json --jobs "$j"
done
echo "CPU pressure after: $(head -1 /proc/pressure/cpu 2>/dev/null || echo unknown)"

./mvnw -q -B -ntp -pl flink -am test-compile dependency:build-classpath -Dmaven.javadoc.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -XX:+UseParallelGC -cp "flink/target/test-classes:flink/target/classes:$(cat flink/target/test-classpath.txt)" \
  dev.lede.flink.ThroughputMeasure "$work/crawl" "$work/warm"
