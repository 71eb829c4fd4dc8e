#!/usr/bin/env bash
# Install what is missing, build everything (tests and benchmarks included) and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default -j 2
