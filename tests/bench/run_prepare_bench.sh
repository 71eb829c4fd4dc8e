#!/bin/sh
# Runs the image preparation benchmark from an existing build; builds nothing.
# Usage: tests/bench/run_prepare_bench.sh <build dir> [runs] [path to convert]
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 <build dir> [runs] [path to convert]" >&2
    exit 2
fi
build=$1
shift
bin="$build/tests/bench/bench_prepare"
if [ ! -x "$bin" ]; then
    echo "$bin not found: build it first with 'ninja -C $build bench_prepare'" >&2
    exit 1
fi
exec env QT_QPA_PLATFORM=offscreen "$bin" "$@"
