#!/usr/bin/env bash
# Puts the ONNX Runtime shared library the classifier loads at run time next to the repo root.
#
#   scripts/fetch-ort.sh          CPU build:  .ort/libonnxruntime.so.1.31.1 (~29 MB), what `make run` uses
#   scripts/fetch-ort.sh --gpu    CUDA build: .ort-gpu/libonnxruntime.so.1.31.1 and its CUDA and TensorRT
#                                 provider libraries (~315 MB); run the gateway with
#                                 ORT_DYLIB_PATH=.ort-gpu/libonnxruntime.so.1.31.1 (see classifier/README.md).
#                                 It needs CUDA 13 and cuDNN 9 on the machine to use a GPU; without them (or
#                                 without a GPU) it runs on the CPU like the CPU build.
#
# The files come from the official `onnxruntime` / `onnxruntime-gpu` wheels on PyPI (no other download:
# the `ort` crate's own CDN download is disabled). Nothing is installed into any Python environment;
# pip only downloads the wheel and Python's zipfile takes the files out of it, each checked against
# its sha256 on x86_64. Idempotent: does nothing when the files are already there.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=1.31.1
MAIN=libonnxruntime.so.$VERSION

case "${1:-}" in
  "")
    PACKAGE=onnxruntime DIR=.ort
    # sha256 in the manylinux_2_28_x86_64 wheels (same in every cp3xx wheel)
    FILES=("$MAIN:fc44112fbe06d7d689c57e11d3862031f64711007e4ee020f8eed5185fd2c1d3")
    ;;
  --gpu)
    PACKAGE=onnxruntime-gpu DIR=.ort-gpu
    FILES=(
      "$MAIN:5104254339ecadae808da771bd0b63b240f0dbd466514234905e54372435c303"
      "libonnxruntime_providers_shared.so:086ec1d5388f64153d9c63470d126693db9a182c8ce236d3a1119068471b8a0d"
      "libonnxruntime_providers_cuda.so:8387867e857499e045caff5d13ac6a5de29571c801562fa2dde0e45f1f31de52"
      "libonnxruntime_providers_tensorrt.so:1882ee49fdb0e6fc2d272b00cfaf9a3310bf8580a34385c0eec4d82014ea172e"
    )
    ;;
  *) echo "usage: scripts/fetch-ort.sh [--gpu]" >&2; exit 2 ;;
esac

missing=0
for entry in "${FILES[@]}"; do
  [ -f "$DIR/${entry%%:*}" ] || missing=1
done
[ "$missing" = 0 ] && exit 0

case "$(uname -m)" in
  x86_64) PLATFORM=manylinux_2_28_x86_64 ;;
  aarch64) PLATFORM=manylinux_2_28_aarch64 ;;
  *) echo "fetch-ort.sh: no onnxruntime wheel for $(uname -s)/$(uname -m); set ORT_DYLIB_PATH to a libonnxruntime >= 1.31" >&2; exit 1 ;;
esac
if [ "$PACKAGE" = onnxruntime-gpu ] && [ "$PLATFORM" != manylinux_2_28_x86_64 ]; then
  echo "fetch-ort.sh: --gpu: PyPI has onnxruntime-gpu $VERSION for x86_64 Linux only" >&2
  exit 1
fi

PY=python3
if ! $PY -m pip --version >/dev/null 2>&1; then
  echo "fetch-ort.sh: needs pip (python3 -m pip); on Debian: apt-get install python3-pip" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "fetch-ort.sh: downloading $PACKAGE==$VERSION ($PLATFORM) from PyPI" >&2
$PY -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
  --platform "$PLATFORM" --python-version 3.12 "$PACKAGE==$VERSION" -d "$tmp"

mkdir -p "$tmp/out"
names=()
for entry in "${FILES[@]}"; do names+=("${entry%%:*}"); done
$PY - "$tmp" "$tmp/out" "${names[@]}" <<'EOF'
import glob, shutil, sys, zipfile
tmp, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
wheel = glob.glob(f"{tmp}/onnxruntime*.whl")[0]
with zipfile.ZipFile(wheel) as z:
    for name in names:
        with z.open(f"onnxruntime/capi/{name}") as src, open(f"{out}/{name}", "wb") as dst:
            shutil.copyfileobj(src, dst)
EOF

if [ "$PLATFORM" = manylinux_2_28_x86_64 ]; then
  for entry in "${FILES[@]}"; do
    name=${entry%%:*} want=${entry#*:}
    got=$(sha256sum "$tmp/out/$name" | cut -d' ' -f1)
    if [ "$got" != "$want" ]; then
      echo "fetch-ort.sh: checksum mismatch for $name: got $got, expected $want" >&2
      exit 1
    fi
  done
fi
mkdir -p "$DIR"
for name in "${names[@]}"; do
  mv "$tmp/out/$name" "$DIR/$name.partial"
  mv "$DIR/$name.partial" "$DIR/$name"
done
echo "fetch-ort.sh: wrote ${names[*]} into $DIR/" >&2
