#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (a throwaway one in
# a temporary home), so KeychainSecretStore talks to a real Secret Service without touching the
# user's keychain. Exit 77 (skipped) when the tools are missing.
set -eu
test_binary=$1
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "SKIP: dbus-run-session or gnome-keyring-daemon missing (packaging/install-deps.sh installs them)"
  exit 77
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c '
  printf "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  FR_KEYRING_READY=1 exec "$0"
' "$test_binary"
