# syntax=docker/dockerfile:1
#
# The Triage gateway image.
#
#   docker build -t triage .
#   docker run --rm -p 8080:8080 -p 9090:9090 -e OPENAI_API_KEY triage
#
# GPU flavour (the classifier on CUDA; needs the NVIDIA container toolkit on the host):
#   docker build --build-arg ORT_FLAVOUR=gpu \
#     --build-arg RUNTIME_IMAGE=nvidia/cuda:13.0.0-cudnn-runtime-ubuntu24.04 -t triage:gpu .
#   docker run --rm --gpus all -p 8080:8080 -p 9090:9090 -e OPENAI_API_KEY triage:gpu
# (ONNX Runtime 1.31's CUDA build wants CUDA 13 and cuDNN 9; `auto` then picks CUDA, and /readyz
# says which provider runs. Without a usable GPU it falls back to the CPU with a warning.)
#
# Stages:
#   build    compiles `triage` (release) with the Rust toolchain; cmake is needed by pingora (zlib-ng).
#   ort      takes libonnxruntime.so out of the official `onnxruntime` wheel on PyPI with
#            scripts/fetch-ort.sh, exactly as a developer machine gets it (no other download);
#            ORT_FLAVOUR=gpu takes the `onnxruntime-gpu` build and its CUDA/TensorRT providers.
#   runtime  RUNTIME_IMAGE, by default debian:bookworm-slim (glibc 2.36 >= the 2.28 the ORT library
#            needs; a CUDA image for the GPU flavour), with the binary,
#            the ORT library, the policies and the bundled classifier model, run as a non-root user.
#
# Layout of the runtime image (WORKDIR /opt/triage, so the repo-relative paths policies use, such as
# `classifier/model`, resolve the same way as in a checkout):
#   /usr/local/bin/triage
#   /opt/triage/lib/libonnxruntime.so.<ORT_VERSION>   ORT_DYLIB_PATH points here (+ provider libraries, gpu)
#   /opt/triage/policies/                              default.yaml (TRIAGE_CONFIG), examples/, schema.json
#   /opt/triage/classifier/model/                      the bundled ONNX classifier (model.onnx, tokenizer.json,
#                                                      labels.json); empty while the repo has none
#   /var/lib/triage                                    writable: the escalation log (mount a volume here)
#
# Settings come from the environment (TRIAGE_CONFIG, TRIAGE_LOG, TRIAGE_LOG_JSON, ...; see README.md);
# mount another policy and point TRIAGE_CONFIG at it, as docker-compose.yml does.

ARG RUST_VERSION=1.95
# Must match VERSION in scripts/fetch-ort.sh (scripts/validate-deploy.sh checks it).
ARG ORT_VERSION=1.31.1
# cpu | gpu: which ONNX Runtime build the image carries.
ARG ORT_FLAVOUR=cpu
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM rust:${RUST_VERSION}-bookworm AS build
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# The cargo registry and target dir are BuildKit caches: a rebuild after a source change only
# recompiles what changed. The binary is copied out of the cache mount into /out.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p triage-gateway --bin triage \
 && install -D -m 0755 target/release/triage /out/bin/triage
# What the runtime image carries besides the binary. classifier/model may be absent or empty in
# the build context (the model is trained and exported separately): the directory is then empty
# and the gateway runs with whatever scorer its settings select.
RUN mkdir -p /out/policies /out/classifier/model \
 && cp policies/*.yaml policies/schema.json /out/policies/ \
 && cp -r policies/examples /out/policies/ \
 && if [ -d classifier/model ]; then cp -a classifier/model/. /out/classifier/model/; fi

# ---------------------------------------------------------------------------------------------
FROM python:3.12-slim-bookworm AS ort
ARG ORT_VERSION
ARG ORT_FLAVOUR
WORKDIR /ort
COPY scripts/fetch-ort.sh scripts/fetch-ort.sh
# fetch-ort.sh picks the wheel for this stage's architecture (x86_64 or aarch64; gpu: x86_64
# only), checks the x86_64 libraries' sha256 and writes .ort/ (cpu) or .ort-gpu/ (gpu).
RUN if [ "$ORT_FLAVOUR" = gpu ]; then scripts/fetch-ort.sh --gpu && src=.ort-gpu; \
    else scripts/fetch-ort.sh && src=.ort; fi \
 && test -f "$src/libonnxruntime.so.${ORT_VERSION}" \
 && mkdir -p /out/lib && cp "$src"/libonnxruntime* /out/lib/ && chmod 0644 /out/lib/*

# ---------------------------------------------------------------------------------------------
# hadolint ignore=DL3006
FROM ${RUNTIME_IMAGE} AS runtime
ARG ORT_VERSION
# ca-certificates: TLS to frontier APIs (rustls reads the system roots). libstdc++ (needed by
# ONNX Runtime) is already part of the slim image.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 triage \
 && useradd --system --uid 10001 --gid triage --home-dir /var/lib/triage --no-create-home \
            --shell /usr/sbin/nologin triage \
 && mkdir -p /var/lib/triage \
 && chown triage:triage /var/lib/triage

COPY --from=build /out/bin/triage /usr/local/bin/triage
COPY --from=ort /out/lib/ /opt/triage/lib/
COPY --from=build /out/policies/ /opt/triage/policies/
COPY --from=build /out/classifier/ /opt/triage/classifier/

ENV ORT_DYLIB_PATH=/opt/triage/lib/libonnxruntime.so.${ORT_VERSION} \
    TRIAGE_CONFIG=/opt/triage/policies/default.yaml \
    TRIAGE_LOG=info \
    TRIAGE_LOG_JSON=true

WORKDIR /opt/triage
USER 10001:10001
EXPOSE 8080 9090

# Liveness without curl: bash's /dev/tcp speaks one HTTP/1.1 request to the admin port and
# expects a 200 status line from /healthz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9090 && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && IFS= read -r -t 2 status <&3 && [[ $status == *' 200 '* ]]"]

ENTRYPOINT ["triage"]
CMD ["serve", "--listen", "0.0.0.0:8080", "--admin-listen", "0.0.0.0:9090"]
