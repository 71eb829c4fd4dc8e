#!/usr/bin/env bash
# Installs what Fitting Room needs to build and test on Debian 12, and only what is missing.
# Safe to run any number of times. Needs root or sudo only when something is missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev  # the HttpServer CMake package needs WebSockets
  qtkeychain-qt6-dev
  libqt6sql6-sqlite                        # the job journal's SQLite driver
  qt6-image-formats-plugins                # WebP and TIFF inputs
  clang-format                             # the format_check test
  gnome-keyring                            # tst_keychainsecretstore: a real Secret Service
  qt6-translations-l10n                    # Qt's own dialog buttons in German and French
)
# Extra tools some checks use, installed only when asked for: FR_WITH_BENCH_TOOLS=1.
if [[ "${FR_WITH_BENCH_TOOLS:-0}" == 1 ]]; then
  packages+=(imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: everything is already installed."
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "install-deps: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
