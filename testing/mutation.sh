#!/usr/bin/env bash
# Runs PIT mutation testing on Lede's core, json and html modules (or the ones named) and prints each module's
# mutation score. Not part of CI: on two cores core takes about 10 minutes, json 15 and html close to two hours;
# nothing else should run beside it.
#
#   bash testing/mutation.sh [core] [json] [html] [--threads N]
#
# The plugin and its settings are in the root pom (pitest-maven, pluginManagement); a module takes part when it
# sets pit.skip to false, and this script turns off the ones not named with -Dpit.skip.MODULE=true. Each module's
# report is in MODULE/target/pit-reports/ (index.html, mutations.xml); the summary lines are also written to
# target/mutation-summary.txt. The score is PIT's mutation score: detected mutants (killed or timed out) over all
# mutants, those no test runs included. docs/mutation.md holds the last run's figures.
set -euo pipefail

cd "$(dirname "$0")/.."

threads=2
modules=()
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads=$2; shift 2 ;;
        core|json|html) modules+=("$1"); shift ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (modules: core json html)" >&2; exit 2 ;;
    esac
done
if [ ${#modules[@]} -eq 0 ]; then modules=(core json html); fi

skips=()
for module in core json html; do
    case " ${modules[*]} " in
        *" $module "*) ;;
        *) skips+=("-Dpit.skip.$module=true") ;;
    esac
done
selected=$(IFS=,; echo "${modules[*]}")

# test-compile first in the same reactor, so json and html test against the core and testing classes of this
# checkout rather than whatever an earlier install left in the local repository.
./mvnw -B -ntp -pl "$selected" -am -Dmaven.javadoc.skip=true -Dpit.threads="$threads" ${skips[@]+"${skips[@]}"} \
    test-compile org.pitest:pitest-maven:mutationCoverage

mkdir -p target
: > target/mutation-summary.txt
for module in "${modules[@]}"; do
    report="$module/target/pit-reports/mutations.xml"
    total=$(grep -o '<mutation ' "$report" | wc -l)
    detected=$(grep -o "detected='true'" "$report" | wc -l)
    survived=$(grep -o "status='SURVIVED'" "$report" | wc -l)
    uncovered=$(grep -o "status='NO_COVERAGE'" "$report" | wc -l)
    score=$(awk -v d="$detected" -v t="$total" 'BEGIN { printf "%.1f", 100 * d / t }')
    echo "$module: $detected of $total mutants detected, $score%" \
         "($survived survived, $uncovered without coverage)" | tee -a target/mutation-summary.txt
done
