#!/usr/bin/env bash
# Installs what building and testing Triage needs on a fresh Debian machine, and nothing twice:
# cmake (pingora builds zlib-ng with it), the ONNX Runtime library for the classifier
# (scripts/fetch-ort.sh), and for tests: its CUDA build (fetch-ort.sh --gpu), cargo-nextest, a Python venv for the SDK tests,
# Chromium and playwright-core for the dashboard test.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v cmake >/dev/null || need_apt+=(cmake)
command -v cc >/dev/null || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3 python3-venv)
python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip) # fetch-ort.sh downloads a wheel
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

scripts/fetch-ort.sh

if [ "${1:-}" = "--test" ]; then
  # classifier/tests/onnx_gpu_build.rs checks the CUDA build's fallback to the CPU (x86_64 only).
  [ "$(uname -m)" != x86_64 ] || scripts/fetch-ort.sh --gpu
  # The dashboard test drives Debian's Chromium with playwright-core (no browser download).
  if ! command -v chromium >/dev/null || ! command -v node >/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium nodejs npm >/dev/null
  fi
  if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && npm install --silent --no-audit --no-fund)
  fi
  command -v cargo-nextest >/dev/null || cargo install --locked cargo-nextest
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import openai, pytest" 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check -r tests/python/requirements.txt
  fi
fi
