#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for a
# set time, starting from the seed corpus and every saved regression input.
#
# Usage: tests/fuzz/run-fuzzers.sh [--no-install] BUILD_DIR SECONDS [TARGET...]
# Exit 0: every target ran clean. 1: a target broke a promise or crashed; the input is in
# BUILD_DIR/crashes/TARGET/ (copy it to tests/fuzz/regressions/TARGET/ once fixed).
# 77: clang or libFuzzer is missing and --no-install was given (ctest's skip code).
set -euo pipefail
cd "$(dirname "$0")/../.."

install=1
if [[ "${1:-}" == "--no-install" ]]; then install=0; shift; fi
build=${1:-build-fuzz}
seconds=${2:-60}
shift 2 || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(json assessment submission review benchmark framework businesscase payscales)
cxx=clang++-14

# Can clang link a libFuzzer program here? (Debian: clang-14 and libclang-rt-14-dev.)
have_libfuzzer() {
    command -v "$cxx" >/dev/null 2>&1 || return 1
    local probe
    probe=$(mktemp -d)
    printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$probe/p.cpp"
    "$cxx" -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1
    local ok=$?
    rm -rf "$probe"
    return $ok
}

if ! have_libfuzzer; then
    if [[ $install -eq 0 ]]; then
        echo "SKIPPED: fuzzing needs clang-14 and libclang-rt-14-dev (libFuzzer); 'make fuzz' installs them"
        exit 77
    fi
    echo "Installing the fuzzing packages: clang-14 libclang-rt-14-dev"
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev
    have_libfuzzer || { echo "clang-14 still cannot link a libFuzzer program" >&2; exit 1; }
fi

# The fuzz build: clang, every target instrumented for coverage, ASan and UBSan. The report
# library and the GUI are not needed by any reader.
# CI builds it without debug information, as it does the other builds.
debug_info=ON
[[ -n "${CI:-}" ]] && debug_info=OFF
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" -DAHPLEAD_WERROR=ON \
    -DAHPLEAD_SANITIZE=address,undefined -DAHPLEAD_FUZZ=ON -DAHPLEAD_DEBUG_INFO=$debug_info \
    -DAHPLEAD_BUILD_REPORT=OFF -DAHPLEAD_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target ahplead_fuzzers -j "${JOBS:-$(nproc 2>/dev/null || echo 2)}"

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/reliability/lsan.supp:print_suppressions=0

summary="$build/fuzz-summary.txt"
: >"$summary"
mkdir -p "$build/logs"
rm -f "$build"/logs/*.row "$build"/logs/*.rc

# Runs target $1 for the set time; its row of the summary goes to logs/$1.row and its exit
# status to logs/$1.rc.
run_target() {
    local t=$1
    local corpus="$build/corpus/$t" crashes="$build/crashes/$t" log="$build/logs/$t.log"
    mkdir -p "$corpus" "$crashes"
    # The working corpus grows between runs; the seeds and regressions stay as checked in.
    cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
    cp -n tests/fuzz/regressions/"$t"/* "$corpus"/ 2>/dev/null || true
    local maxlen=65536 # the largest example file is 34 KiB...
    [[ $t == framework ]] && maxlen=131072 # ...and the board framework 100 KiB
    set +e
    "$build/tests/reliability/fuzz/fuzz_$t" "$corpus" -dict=tests/fuzz/json.dict -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2560 -max_len=$maxlen -print_final_stats=1 -artifact_prefix="$crashes/" \
        >"$log" 2>&1
    local rc=$?
    set -e
    local runs took rate size result=ok
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    [[ -n "$took" ]] || took=$seconds
    rate=$(( ${runs:-0} / (took > 0 ? took : 1) ))
    size=$(ls "$corpus" | wc -l)
    [[ $rc -ne 0 ]] && result="BROKEN (see $log; input in $crashes/)"
    printf '%-13s %12s %9s %8s %7s  %s\n' "$t" "${runs:-?}" "$took" "$rate" "$size" "$result" >"$build/logs/$t.row"
    echo $rc >"$build/logs/$t.rc"
}

# One target per core at a time: each still gets its full time on a core of its own, so a
# 2-core machine fuzzes as much in half the wall time.
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
running=0
for t in "${targets[@]}"; do
    if [[ $running -ge $jobs ]]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_target "$t" &
    running=$((running + 1))
done
wait || true

failed=()
printf '%-13s %12s %9s %8s %7s  %s\n' TARGET EXECUTIONS SECONDS EXEC/S CORPUS RESULT | tee -a "$summary"
for t in "${targets[@]}"; do
    if [[ -f "$build/logs/$t.rc" ]]; then
        tee -a "$summary" <"$build/logs/$t.row"
        [[ $(cat "$build/logs/$t.rc") -eq 0 ]] || failed+=("$t")
    else
        echo "$t: did not finish (see $build/logs/$t.log)" | tee -a "$summary"
        failed+=("$t")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "Fuzzing broke: ${failed[*]}" >&2
    for t in "${failed[@]}"; do grep -m3 -E 'ERROR|broken promise|runtime error' "$build/logs/$t.log" >&2 || true; done
    exit 1
fi
echo "Fuzzing: every target ran ${seconds} s with no crash and no broken promise (summary: $summary)"
