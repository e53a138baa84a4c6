#!/usr/bin/env bash
# `flink run` against a standalone Flink 2.3.0 session cluster, built from Flink's own jars on Maven Central (the
# distribution's tarball is not there): one JobManager and one TaskManager of two slots, whose class path holds
# Flink and nothing of Lede's, and the job jar submitted with Flink's CLI (CliFrontend, what bin/flink runs), with
# the JVM options the distribution's config.yaml gives. Imports a small crawl as Markdown and prints the counts.
# Not part of CI; takes about a minute. Usage: flink/standalone-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

./mvnw -q -B -ntp -pl flink -am package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Dmdep.includeScope=provided -Dmdep.outputFile=target/provided-classpath.txt
jobjar="$(ls "$root"/flink/target/lede-flink-*-job.jar)"
# Flink's jars only, as in the distribution's lib/ folder: Lede's own libraries are left to the job jar, and
# Flink's snakeyaml-engine (2.6, which Maven replaced by Lede's 3.x in the module's class path) put back.
tr ':' '\n' < flink/target/provided-classpath.txt | grep -v -E "/target/classes|lede-|jakarta/validation|hibernate/validator|jboss/logging|classmate|jwarc|/jsoup/|tools/jackson|jackson-annotations|commonmark|snakeyaml-engine" \
  | paste -sd: > "$work/lib.txt"
./mvnw -q -B -ntp dependency:get -Dartifact=org.snakeyaml:snakeyaml-engine:2.6 -Dtransitive=false
lib="$(cat "$work/lib.txt"):$HOME/.m2/repository/org/snakeyaml/snakeyaml-engine/2.6/snakeyaml-engine-2.6.jar"
opens="--add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED"

mkdir -p "$work/conf" "$work/log"
cat > "$work/conf/config.yaml" <<YAML
jobmanager:
  rpc: {address: localhost, port: 6123}
  bind-host: localhost
  memory: {process: {size: 1024m}}
taskmanager:
  bind-host: localhost
  host: localhost
  numberOfTaskSlots: 2
  cpu: {cores: 2}
  memory:
    framework: {heap: {size: 128m}, off-heap: {size: 128m}}
    task: {heap: {size: 768m}, off-heap: {size: 0m}}
    managed: {size: 128m}
    network: {min: 64m, max: 64m}
    jvm-metaspace: {size: 256m}
    jvm-overhead: {min: 192m, max: 192m}
rest: {address: localhost, bind-address: localhost, port: 8081}
YAML
export FLINK_CONF_DIR="$work/conf"
# shellcheck disable=SC2086
java $opens -Xmx512m -cp "$lib" org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  --configDir "$work/conf" > "$work/log/jobmanager.out" 2>&1 &
pids+=($!)
sleep 8
# shellcheck disable=SC2086
java $opens -Xmx1g -cp "$lib" org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$work/conf" \
  > "$work/log/taskmanager.out" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  if curl -s localhost:8081/overview | grep -q '"slots-total":2'; then break; fi
  sleep 1
done
curl -s localhost:8081/overview; echo

java -cp "flink/target/test-classes:$jobjar:$(ls testing/target/lede-testing-*[0-9T].jar)" \
  dev.lede.flink.ThroughputCrawl "$work/crawl" 1 2
# shellcheck disable=SC2086
java $opens -cp "$lib" org.apache.flink.client.cli.CliFrontend run -p 2 "$jobjar" \
  --input "$work/crawl" --output "$work/out" --format md
ls "$work/out/articles"
