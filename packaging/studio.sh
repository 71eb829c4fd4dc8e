#!/usr/bin/env bash
# Quick start: install what is missing, build and start the studio. Without an API key (neither
# FASHN_API_KEY nor one stored in the system keychain) it runs against an in-process FASHN
# sandbox: results are simulated, stamped SANDBOX and cost nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target fittingroom
exec build/bin/fittingroom "$@"
