#!/usr/bin/env bash
# Pages per second through LedeImportJob on a local MiniCluster at parallelism 1 and 2, and through
# `lede batch` on the same WARC files with 1 and 2 jobs: each a fresh JVM, timed from its start to its end.
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
flink="$(cat flink/target/provided-classpath.txt)"

java -cp "flink/target/test-classes:$jobjar:$(ls testing/target/lede-testing-*[0-9T].jar)" \
  dev.lede.flink.ThroughputCrawl "$work/crawl" "$copies" "$files"
du -sh "$work/crawl"

run() {
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out"; exit 1; }
  end=$(date +%s.%N)
  echo "$label: $(echo "$end - $start" | bc) s wall"
  grep -E "converted|articles|records" "$work/$label.out" | sed "s/^/  /"
}

for p in 1 2; do
  run "flink-p$p" java -XX:+UseParallelGC -cp "$jobjar:$flink" \
    dev.lede.flink.LedeImportJob --input "$work/crawl" --output "$work/flink-p$p" --parallelism "$p"
done
for j in 1 2; do
  run "batch-j$j" ./lede batch "$work/crawl" "$work/batch-j$j" --to json --jobs "$j"
done
