#!/usr/bin/env bash
# Runs Lede's Jazzer @FuzzTests in fuzzing mode, all the named targets at the same time, each for a wall time.
#
#   bash testing/fuzz.sh TARGET... [--minutes N] [--timeout SECONDS]
#   bash testing/fuzz.sh all --minutes 20
#
# Targets: json-read, html-read, import, markdown-read, render-read (or all). Defaults: 20 minutes, a 10 s limit
# an input (libFuzzer's -timeout, so a slow input is a finding).
#
# How: the modules are compiled once (offline reactor build, test-compile), then each target runs in its own JVM,
# started here with the module's test class path and JUnit's ConsoleLauncher, JAZZER_FUZZ=1 and nice -n 19. So
# the targets run side by side without a Maven build each; they run on a copy of the classes (target/fuzz/classes/),
# so that a build while they run recompiles nothing under them.
# Jazzer 0.30 takes libFuzzer flags from the JUnit configuration parameters jazzer.internal.arg.N (here system
# properties; arg.0 stands for argv[0]); they come after the @FuzzTest's own -max_total_time, so ours win.
#
# Everything stays out of the source tree, under target/fuzz/TARGET/: the corpus (.cifuzz-corpus/, seeded from
# the test's ...Inputs/ resource folder), the findings (crash-*, timeout-*), and one log a run. A run that stops
# on a finding is started again, with the same corpus, for the time left. target/fuzz/summary.txt gets a line a
# target: executions, exec/s, coverage (cov: and ft: of libFuzzer's last status line) and findings. Keep a
# finding by copying it into the test's ...Inputs/METHOD/ folder, where `mvn test` replays it. One campaign at a
# time a directory: a second one while another runs needs its own, FUZZ_OUT=target/fuzz-2 (it replaces the copy).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

minutes=20
timeout=10
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) minutes=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        all) targets+=(json-read html-read import markdown-read render-read); shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    sed -n '2,8p' "$0" >&2
    exit 2
fi

# target -> module, test class, @FuzzTest method with its parameter type
describe() {
    case "$1" in
        json-read) echo "json dev.lede.json.ArticleJsonFuzzTest readThrowsOnlyLedeExceptions(byte[])" ;;
        html-read) echo "html dev.lede.html.ReadFuzzTest readNeverThrows(java.lang.String)" ;;
        import) echo "html dev.lede.html.ImportFuzzTest importGivesAValidArticle(java.lang.String)" ;;
        markdown-read) echo "markdown dev.lede.markdown.MarkdownFuzzTest readWritesAndReadsAgain(java.lang.String)" ;;
        render-read) echo "html dev.lede.html.RenderReadFuzzTest renderedReadIsSafeAndReadsBack(java.lang.String)" ;;
        *) echo "unknown target: $1 (json-read, html-read, import, markdown-read, render-read, all)" >&2; return 1 ;;
    esac
}
for t in "${targets[@]}"; do describe "$t" > /dev/null; done

OUT=${FUZZ_OUT:-$ROOT/target/fuzz}
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo '+changes')"
mkdir -p "$OUT/lib"
seconds=$((minutes * 60))

echo "compiling (offline reactor build) ..."
./mvnw -q -B -o -pl json,html,markdown -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test

junit=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' pom.xml)
for artifact in junit-platform-console junit-platform-reporting; do
    if [ ! -f "$OUT/lib/$artifact-$junit.jar" ]; then
        ./mvnw -q -B dependency:copy -Dartifact="org.junit.platform:$artifact:$junit" -DoutputDirectory="$OUT/lib"
    fi
done

# The fuzzers run on a copy of the compiled classes, so that a build during the campaign changes nothing under them.
rm -rf "$OUT/classes"
for module in core testing json html markdown; do
    mkdir -p "$OUT/classes/$module"
    cp -r "$module/target/classes" "$module/target/test-classes" "$OUT/classes/$module/"
    sed "s#$ROOT/\([a-z]*\)/target/#$OUT/classes/\1/#g" "$module/target/test-classpath.txt" \
        > "$OUT/classes/$module/test-classpath.txt"
done

run_target() {
    local name=$1 module=$2 class=$3 method=$4
    local dir=$OUT/$name
    mkdir -p "$dir"
    local classes=$OUT/classes/$module
    local cp="$classes/test-classes:$classes/classes:$(cat "$classes/test-classpath.txt")"
    cp="$cp:$OUT/lib/junit-platform-console-$junit.jar:$OUT/lib/junit-platform-reporting-$junit.jar"
    local end=$(($(date +%s) + seconds)) run=0
    date +%s > "$dir/started"
    while [ $(($(date +%s) + 15)) -lt "$end" ]; do
        run=$((run + 1))
        local left=$((end - $(date +%s)))
        (cd "$dir" && JAZZER_FUZZ=1 nice -n 19 java -Xmx1g -XX:-OmitStackTraceInFastThrow \
            -Djazzer.internal.basedir="$dir" \
            -Djazzer.internal.arg.0=fuzz \
            -Djazzer.internal.arg.1=-max_total_time="$left" \
            -Djazzer.internal.arg.2=-timeout="$timeout" \
            -Djazzer.internal.arg.3=-artifact_prefix="$dir/" \
            -Djazzer.internal.arg.4=-print_final_stats=1 \
            -cp "$cp" org.junit.platform.console.ConsoleLauncher execute --disable-banner --details=summary \
            --select-method="$class#$method" > "$dir/run-$run.log" 2>&1) || true
        if ! grep -a -q 'cov: ' "$dir/run-$run.log"; then
            break # it did not start fuzzing: a broken setup, not a finding; see the log
        fi
    done
    date +%s > "$dir/ended"
}

summarise() {
    local name=$1 dir=$OUT/$1
    local runs execs=0 last secs cov ft findings
    runs=$(ls "$dir"/run-*.log 2> /dev/null | wc -l)
    for log in $(seq -f "$dir/run-%g.log" 1 "$runs"); do
        local n
        n=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
        if [ -z "$n" ]; then
            n=$(sed -n 's/^#\([0-9]*\)[[:space:]].*/\1/p' "$log" | tail -1)
        fi
        execs=$((execs + ${n:-0}))
    done
    # The last status line of the last run: each run starts from the corpus the earlier ones left.
    last=$(grep -a -E '^#[0-9]+.*cov: ' "$dir/run-$runs.log" | tail -1 || true)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    secs=$(($(cat "$dir/ended") - $(cat "$dir/started")))
    findings=$(cd "$dir" && ls crash-* timeout-* slow-unit-* oom-* 2> /dev/null | tr '\n' ' ' || true)
    printf '%-14s runs=%s seconds=%s executions=%s exec/s=%s cov=%s ft=%s findings=%s\n' "$name" "$runs" "$secs" \
        "$execs" "$((execs / (secs > 0 ? secs : 1)))" "${cov:-?}" "${ft:-?}" "${findings:-none}"
}

echo "fuzzing ${targets[*]} for $minutes min each, at the same time (-timeout=$timeout s); logs in $OUT/TARGET/"
pids=()
for t in "${targets[@]}"; do
    rm -f "$OUT/$t"/run-*.log
    # shellcheck disable=SC2046
    run_target "$t" $(describe "$t") &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

{
    echo "# $(date -u +%Y-%m-%dT%H:%MZ) commit $commit (at the start)," \
        "$minutes min a target, -timeout=$timeout s, $(nproc) cores, targets side by side under nice -n 19"
    for t in "${targets[@]}"; do summarise "$t"; done
} | tee -a "$OUT/summary.txt"
