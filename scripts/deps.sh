#!/usr/bin/env bash
# Installs what building and testing Triage needs on a fresh Debian machine, and nothing twice:
# cmake (pingora builds zlib-ng with it), the ONNX Runtime library for the classifier
# (scripts/fetch-ort.sh), cargo-nextest, and a Python venv for the SDK tests.
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
  command -v cargo-nextest >/dev/null || cargo install --locked cargo-nextest
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import openai, pytest" 2>/dev/null; then
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check -r tests/python/requirements.txt
  fi
fi
