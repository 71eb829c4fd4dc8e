#!/usr/bin/env bash
# Quick start: install what is missing, build, and generate a product-to-model result from the
# bundled sample inputs. Without FASHN_API_KEY it runs against the local FASHN sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target fittingroom-cli
out="${FR_OUT:-$PWD/results}"
mode=()
if [[ -z "${FASHN_API_KEY:-}" ]]; then
  echo "No FASHN_API_KEY set: using the local FASHN sandbox (results are marked SANDBOX)."
  mode=(--sandbox)
fi
build/bin/fittingroom-cli "${mode[@]}" run product-to-model \
  product_image=resources/samples/product.jpg \
  prompt="studio shot, soft light" \
  --out "$out" "$@"
