#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build dir build-fuzz) and runs each for N
# seconds, then prints execs, coverage and findings per target.
#
#   tests/fuzz/run_fuzzers.sh [seconds] [target...]     seconds: default 600; targets: default all
#   FR_FUZZ_JOBS=2      targets run at the same time (default 1; the machine is shared)
#   FR_FUZZ_MERGE=1     afterwards, minimise the committed corpus with what the run found (-merge=1)
#   CXX=clang++-14      the clang to use
#
# The committed seeds in tests/fuzz/corpus/<target> are only read; new inputs go to
# build-fuzz/fuzz-corpus/<target>, findings (crash-*, leak-*, timeout-*, oom-*) to
# build-fuzz/fuzz-findings/<target>, the log to build-fuzz/fuzz-logs/<target>.log.
# Reproduce a finding with: build-fuzz/tests/fuzz/fuzz_<target> <file>
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="$src/build-fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(replies catalog imagestructure batchfile)
jobs="${FR_FUZZ_JOBS:-1}"
cxx="${CXX:-clang++-14}"

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" -DFR_BUILD_FUZZERS=ON -DFR_BUILD_TESTS=OFF \
        -DFR_BUILD_BENCHMARKS=OFF "${launcher[@]}"
fi
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

# Leaks are findings too; a UBSan report aborts (the build does not recover) with its stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local t="$1"
    local exe="$build/tests/fuzz/fuzz_$t" corpus="$build/fuzz-corpus/$t"
    local findings="$build/fuzz-findings/$t" log="$build/fuzz-logs/$t.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    local dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    # -timeout: an input that runs that long is a hang. On a busy shared machine a niced fuzzer
    # can wait over a second for a core, so the limit is 5 s; the summary prints the slowest
    # input, and any timeout-* artifact is timed again alone (over 1 s there: a real finding).
    # -rss_limit_mb=2048: an input that needs more memory than that is a finding.
    nice -n 15 "$exe" "$corpus" "$here/corpus/$t" "${dict[@]}" -max_total_time="$seconds" \
        -timeout="${FR_FUZZ_TIMEOUT:-5}" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" >"$log" 2>&1 || true
}

pids=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=($!)
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
wait

if [ "${FR_FUZZ_MERGE:-0}" = 1 ]; then
    for t in "${targets[@]}"; do
        merged="$build/fuzz-merged/$t"
        rm -rf "$merged" && mkdir -p "$merged"
        "$build/tests/fuzz/fuzz_$t" -merge=1 "$merged" "$here/corpus/$t" "$build/fuzz-corpus/$t" \
            >"$build/fuzz-logs/$t.merge.log" 2>&1
        rm -f "$here/corpus/$t"/* && cp "$merged"/* "$here/corpus/$t/"
    done
fi

printf '%-15s %12s %9s %7s %8s %14s %8s %9s\n' target execs exec/s cov ft corpus slowest \
    findings
for t in "${targets[@]}"; do
    log="$build/fuzz-logs/$t.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "$log" | tail -1)
    found=$(find "$build/fuzz-findings/$t" -type f | wc -l)
    printf '%-15s %12s %9s %7s %8s %14s %7ss %9s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" \
        "${ft:-?}" "${corp:-?}" "${slowest:-?}" "$found"
    if [ "$found" -gt 0 ]; then
        grep -m3 -E 'ERROR: |runtime error|SUMMARY' "$log" | sed 's/^/    /' || true
        for f in "$build/fuzz-findings/$t"/*; do
            echo "    $f"
            case "$(basename "$f")" in
            timeout-*) "$build/tests/fuzz/fuzz_$t" "$f" 2>&1 | grep -m1 '^Executed' |
                sed 's/^/      alone: /' || true ;;
            esac
        done
    fi
done
