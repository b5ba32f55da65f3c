#!/usr/bin/env bash
# Puts the ONNX Runtime shared library the classifier loads at run time into .ort/ at the repo
# root: .ort/libonnxruntime.so.1.31.1 (CPU build, ~29 MB).
#
# It comes from the official `onnxruntime` wheel on PyPI (no other download: the `ort` crate's own
# CDN download is disabled). Nothing is installed into any Python environment; pip only
# downloads the wheel and Python's zipfile takes the one file out of it. Idempotent: does nothing
# when the library is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.31.1
LIB=libonnxruntime.so.$VERSION
DEST=.ort/$LIB
# sha256 of libonnxruntime.so.1.31.1 in the manylinux_2_28_x86_64 wheels (same in every cp3xx wheel)
SHA256_X86_64=fc44112fbe06d7d689c57e11d3862031f64711007e4ee020f8eed5185fd2c1d3

if [ -f "$DEST" ]; then
  exit 0
fi

case "$(uname -m)" in
  x86_64) PLATFORM=manylinux_2_28_x86_64 ;;
  aarch64) PLATFORM=manylinux_2_28_aarch64 ;;
  *) echo "fetch-ort.sh: no onnxruntime wheel for $(uname -s)/$(uname -m); set ORT_DYLIB_PATH to a libonnxruntime >= 1.31" >&2; exit 1 ;;
esac

PY=python3
if ! $PY -m pip --version >/dev/null 2>&1; then
  echo "fetch-ort.sh: needs pip (python3 -m pip); on Debian: apt-get install python3-pip" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-ort.sh: downloading onnxruntime==$VERSION ($PLATFORM) from PyPI" >&2
$PY -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
  --platform "$PLATFORM" --python-version 3.12 "onnxruntime==$VERSION" -d "$tmp"

mkdir -p .ort
$PY - "$tmp" "$LIB" "$DEST.partial" <<'EOF'
import glob, shutil, sys, zipfile
tmp, lib, dest = sys.argv[1:]
wheel = glob.glob(f"{tmp}/onnxruntime-*.whl")[0]
with zipfile.ZipFile(wheel) as z, z.open(f"onnxruntime/capi/{lib}") as src, open(dest, "wb") as out:
    shutil.copyfileobj(src, out)
EOF

if [ "$PLATFORM" = manylinux_2_28_x86_64 ]; then
  got=$(sha256sum "$DEST.partial" | cut -d' ' -f1)
  if [ "$got" != "$SHA256_X86_64" ]; then
    rm -f "$DEST.partial"
    echo "fetch-ort.sh: checksum mismatch for $LIB: got $got, expected $SHA256_X86_64" >&2
    exit 1
  fi
fi
mv "$DEST.partial" "$DEST"
echo "fetch-ort.sh: wrote $DEST" >&2
