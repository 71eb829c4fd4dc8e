#!/bin/sh
# A full disk, for real: a small tmpfs in a private mount namespace (unshare: no root needed
# where user namespaces are allowed; exit 77, skipped, where they are not). The CLI must never
# report success or leave a file under a final name it could not write completely.
#   disk_full.sh FITTINGROOM_CLI SAMPLES_DIR
set -eu
cli=$1
samples=$2
if [ "${FR_DISK_FULL_INNER:-}" != 1 ]; then
  if ! unshare --user --map-root-user --mount true 2>/dev/null; then
    echo "SKIP: unshare cannot make a private mount namespace here"
    exit 77
  fi
  FR_DISK_FULL_INNER=1 exec unshare --user --map-root-user --mount sh "$0" "$@"
fi

work=$(mktemp -d)
trap 'umount "$work/disk" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/disk"
mount -t tmpfs -o size=128k tmpfs "$work/disk"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
fails=0
check() { # what, condition...
  what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what"; fails=$((fails + 1)); fi
}
run_cli() {
  set +e
  QT_QPA_PLATFORM=offscreen "$cli" run --sandbox --sandbox-time-scale 0.01 product-to-model \
    "product_image=$samples/product.jpg" --out "$work/disk/out" >"$work/stdout" 2>"$work/stderr"
  code=$?
  set -e
  echo "--- exit $code; stderr:"; cat "$work/stderr"
}
final_names() { find "$work/disk/out" -type f ! -name '.*' 2>/dev/null | wc -l; }

# 1. Room for the test write but not for the output (about 60 KB): FASHN completed and charged
#    the job, the output cannot be written. Exit 7, the system's reason and the folder named,
#    and no file under a final name (QSaveFile's temporary file is gone too).
mkdir "$work/disk/out"
dd if=/dev/zero of="$work/disk/filler" bs=4k count=22 2>/dev/null
run_cli
check "exit 7 when the output cannot be written" [ "$code" -eq 7 ]
check "the system's reason is shown" grep -q "No space left on device" "$work/stderr"
check "the folder is named" grep -q "$work/disk/out" "$work/stderr"
check "no success is claimed" sh -c "! grep -q 'Saved 1 result' '$work/stderr'"
check "no file under a final name" [ "$(final_names)" -eq 0 ]
check "no temporary file left" [ "$(find "$work/disk/out" -type f | wc -l)" -eq 0 ]

# 2. The disk is full before anything is sent: the test write fails, nothing is paid for.
dd if=/dev/zero of="$work/disk/filler2" bs=4k count=64 2>/dev/null || true
run_cli
check "exit 2 when the folder cannot be written" [ "$code" -eq 2 ]
check "nothing was sent" grep -q "nothing was sent" "$work/stderr"
check "the folder is named before sending" grep -q "$work/disk/out" "$work/stderr"
check "no file under a final name" [ "$(final_names)" -eq 0 ]

[ "$fails" -eq 0 ]
