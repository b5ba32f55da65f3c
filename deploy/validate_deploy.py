#!/usr/bin/env python3
"""Checks of the deployment files that need no Docker engine and no cluster.

Run by scripts/validate-deploy.sh (which installs the tools into .venv first); it prints one line
per check and ends with "N passed, N failed", exiting 1 when anything failed. What it checks:

- every YAML file parses; the generated policies are fresh (deploy/gen-policies.sh --check) and
  valid against policies/schema.json, and against `triage policy check` when a built binary exists
- docker-compose.yml against the Compose Specification JSON schema (check-jsonschema's vendored
  copy) and through `docker compose config -q` for each profile, plus cross-references
- Dockerfile with hadolint, plus consistency with scripts/fetch-ort.sh and .dockerignore
- Kubernetes manifests with kubernetes-validate --strict (the OpenAPI-derived JSON schemas it
  ships) for the built-in kinds; ServiceMonitor and Kustomization (CRD / client-side kinds without
  a shipped schema) and the references between manifests by the structural checks below
- Prometheus config and rules with promtool; Grafana provisioning and dashboard structure; every
  PromQL expression of the dashboard and the rules parses (promtool) and names only metrics and
  labels that gateway/src/telemetry/metrics.rs registers
- the OpenTelemetry Collector config's pipelines reference defined components
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import yaml

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)
VENV_BIN = ROOT / ".venv" / "bin"

passed: list[str] = []
failed: list[str] = []


def ok(what: str) -> None:
    passed.append(what)
    print(f"ok    {what}", flush=True)


def fail(what: str, why: str) -> None:
    failed.append(what)
    detail = "\n".join("      " + line for line in why.strip().splitlines())
    print(f"FAIL  {what}\n{detail}", flush=True)


def skip(what: str, why: str) -> None:
    print(f"skip  {what}: {why}", flush=True)


def check(what: str):
    """Decorator-ish helper: run fn(); an AssertionError or exception fails `what`."""

    def wrap(fn):
        try:
            fn()
        except AssertionError as e:
            fail(what, str(e) or "assertion failed")
        except Exception as e:  # noqa: BLE001 - report any crash as this check's failure
            fail(what, f"{type(e).__name__}: {e}")
        else:
            ok(what)
        return fn

    return wrap


def run(cmd: list[str], what: str) -> bool:
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode == 0:
        ok(what)
        return True
    fail(what, f"$ {' '.join(cmd)}\n{(p.stdout + p.stderr).strip()[-4000:]}")
    return False


def tool(name: str) -> str | None:
    p = VENV_BIN / name
    if p.exists():
        return str(p)
    return shutil.which(name)


def load_yaml_docs(path: Path) -> list:
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


# ------------------------------------------------------------------------------------------------
# YAML everywhere

YAML_FILES = sorted([Path("docker-compose.yml"), *Path("deploy").rglob("*.yml"), *Path("deploy").rglob("*.yaml")])


@check(f"{len(YAML_FILES)} YAML files parse (docker-compose.yml, deploy/**)")
def _():
    errors = []
    for p in YAML_FILES:
        try:
            load_yaml_docs(p)
        except yaml.YAMLError as e:
            errors.append(f"{p}: {e}")
    assert not errors, "\n".join(errors)


# ------------------------------------------------------------------------------------------------
# Policies

run(["deploy/gen-policies.sh", "--check"], "deploy/compose/policy.yaml and deploy/kubernetes/configmap.yaml match policies/default.yaml")

COMPOSE_POLICY = Path("deploy/compose/policy.yaml")
CONFIGMAPS = [d for d in load_yaml_docs(Path("deploy/kubernetes/configmap.yaml")) if d.get("kind") == "ConfigMap"]


def k8s_policy_text() -> str:
    return CONFIGMAPS[0]["data"]["policy.yaml"]


@check("deployment policies validate against policies/schema.json")
def _():
    import jsonschema

    schema = json.loads(Path("policies/schema.json").read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    for name, text in [(str(COMPOSE_POLICY), COMPOSE_POLICY.read_text()), ("configmap.yaml data.policy.yaml", k8s_policy_text())]:
        errs = sorted(validator.iter_errors(yaml.safe_load(text)), key=lambda e: list(e.path))
        assert not errs, f"{name}: " + "; ".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errs[:5])


def triage_binary() -> str | None:
    if os.environ.get("TRIAGE_BIN"):
        return os.environ["TRIAGE_BIN"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", "target"))
    found = [p for p in (target / "release" / "triage", target / "debug" / "triage") if p.exists()]
    return str(max(found, key=lambda p: p.stat().st_mtime)) if found else None


TRIAGE = triage_binary()
if TRIAGE:
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(k8s_policy_text())
    run([TRIAGE, "policy", "check", str(COMPOSE_POLICY)], f"triage policy check {COMPOSE_POLICY} ({TRIAGE})")
    run([TRIAGE, "policy", "check", f.name], "triage policy check on the ConfigMap's policy.yaml")
    os.unlink(f.name)
else:
    skip("triage policy check", "no built binary (set TRIAGE_BIN or build target/*/triage); the schema check above still ran")


# ------------------------------------------------------------------------------------------------
# Metrics registered by the gateway: name -> labels

METRICS_RS = Path("gateway/src/telemetry/metrics.rs")


def registered_metrics() -> tuple[dict[str, set[str]], set[str]]:
    """Each `"triage_..."` literal of metrics.rs followed by its help text is a metric; its label
    list is the first `&["..", ..]` before the next metric. Histograms (`histogram(` just before
    the name) also expose _bucket (with `le`), _sum and _count."""
    src = METRICS_RS.read_text()
    metrics: dict[str, set[str]] = {}
    histograms: set[str] = set()
    starts = [m for m in re.finditer(r'"(triage_[a-z0-9_]+)"\s*,\s*"', src)]
    for i, m in enumerate(starts):
        chunk = src[m.end() : starts[i + 1].start() if i + 1 < len(starts) else len(src)]
        lm = re.search(r'&\[\s*((?:"[a-z_]+"\s*,?\s*)+)\]', chunk)
        labels = set(re.findall(r'"([a-z_]+)"', lm.group(1))) if lm else set()
        name = m.group(1)
        metrics[name] = labels
        if re.search(r"histogram\(\s*&\w+\s*,\s*$", src[max(0, m.start() - 40) : m.start()]):
            histograms.add(name)
    for h in histograms:  # a histogram's own name is no series
        labels = metrics.pop(h)
        metrics[h + "_bucket"] = labels | {"le"}
        metrics[h + "_sum"] = set(labels)
        metrics[h + "_count"] = set(labels)
    return metrics, histograms


METRICS, HISTOGRAMS = registered_metrics()
TARGET_LABELS = {"instance", "job"}  # added by Prometheus to every scraped series
EXTRA_METRICS = {"up": set()}  # Prometheus' own per-target series


@check(f"{METRICS_RS} parsed: {len(METRICS) - 2 * len(HISTOGRAMS)} metrics ({len(HISTOGRAMS)} histograms)")
def _():
    for must in ("triage_requests_total", "triage_request_duration_seconds_bucket", "triage_upstream_up", "triage_log_records"):
        assert must in METRICS, f"{must} not found in {METRICS_RS}: the parser no longer matches the file"
    assert METRICS["triage_requests_total"] >= {"route", "target", "tier", "category", "status"}, METRICS["triage_requests_total"]


PROMQL_KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool",
                   "offset", "inf", "nan", "Inf", "NaN"}
GRAFANA_VARS = {"$__rate_interval": "5m", "$__range": "6h", "$__interval": "1m", "${__rate_interval}": "5m",
                "${__range}": "6h", "${__interval}": "1m"}


def grafana_to_promql(expr: str) -> str:
    for k, v in GRAFANA_VARS.items():
        expr = expr.replace(k, v)
    return re.sub(r"\$\{?(\w+)\}?", ".*", expr)  # template variables only appear inside regex matchers here


def promql_problems(expr: str, extra_labels: set[str] = frozenset()) -> tuple[list[str], set[str]]:
    """Metric names and label names an expression uses that metrics.rs does not define.
    Returns (problems, labels available to the expression's result)."""
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    matcher_labels = set(re.findall(r'([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)\s*""', s))
    grouping_labels: set[str] = set()
    for m in re.finditer(r"\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)", s):
        grouping_labels |= {x.strip() for x in m.group(2).split(",") if x.strip()}
    bare = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)
    bare = re.sub(r"\{[^}]*\}", " ", bare)
    bare = re.sub(r"\[[^\]]*\]", " ", bare)
    names = set()
    for m in re.finditer(r"(?<![\w.])([A-Za-z_:][A-Za-z0-9_:]*)\b(?!\s*\()", bare):
        if m.group(1) not in PROMQL_KEYWORDS:
            names.add(m.group(1))
    problems = []
    available = set(TARGET_LABELS) | {"__name__"} | set(extra_labels)
    for n in sorted(names):
        if n in METRICS:
            available |= METRICS[n]
        elif n in EXTRA_METRICS:
            available |= EXTRA_METRICS[n]
        else:
            problems.append(f"unknown metric `{n}`")
    for label in sorted((matcher_labels | grouping_labels) - available - {"__name__"}):
        problems.append(f"label `{label}` is not a label of {', '.join(sorted(names)) or 'any metric used'}")
    if not names:
        problems.append("no metric referenced")
    return problems, available


def promtool_parse(exprs: dict[str, str], what: str) -> None:
    """Parse expressions with promtool by wrapping each in a recording rule."""
    promtool = tool("promtool")
    if not promtool:
        fail(what, "promtool not installed (scripts/validate-deploy.sh installs it)")
        return
    rules = {"groups": [{"name": "parse-only", "rules": [{"record": f"check:expr_{i}", "expr": e} for i, e in enumerate(exprs.values())]}]}
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
        yaml.safe_dump(rules, f)
    p = subprocess.run([promtool, "check", "rules", f.name], capture_output=True, text=True)
    os.unlink(f.name)
    if p.returncode == 0:
        ok(what)
    else:
        names = list(exprs)
        out = re.sub(r"check:expr_(\d+)", lambda m: names[int(m.group(1))], p.stdout + p.stderr)
        fail(what, out)


# ------------------------------------------------------------------------------------------------
# Compose

COMPOSE = load_yaml_docs(Path("docker-compose.yml"))[0]
SERVICES = COMPOSE.get("services", {})

jsonschema_cli = tool("check-jsonschema")
if jsonschema_cli:
    run([jsonschema_cli, "--builtin-schema", "vendor.compose-spec", "docker-compose.yml"],
        "docker-compose.yml valid against the Compose Specification schema (check-jsonschema vendor.compose-spec)")
else:
    fail("compose-spec schema", "check-jsonschema not installed")


def compose_cmd() -> list[str] | None:
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    dc = tool("docker-compose")
    if dc and subprocess.run([dc, "version"], capture_output=True).returncode == 0:
        return [dc]
    return None


DC = compose_cmd()
if DC:
    env = dict(os.environ)
    for profile in ([], ["--profile", "cpu"], ["--profile", "gpu"]):
        p = subprocess.run([*DC, "-f", "docker-compose.yml", *profile, "config", "-q"], capture_output=True, text=True, env=env)
        what = f"{' '.join(DC[-2:] if DC[0] == 'docker' else ['docker-compose'])} {' '.join(profile) or '(no profile)'} config -q"
        if p.returncode == 0:
            ok(what)
        else:
            fail(what, p.stdout + p.stderr)
else:
    skip("docker compose config", "neither the docker compose plugin nor .venv/bin/docker-compose is available")


def env_of(svc: dict) -> dict:
    e = svc.get("environment", {})
    if isinstance(e, list):
        return dict(x.split("=", 1) if "=" in x else (x, None) for x in e)
    return e


@check("compose: services, profiles, the `slm` alias, mounts and ports agree with the policy and configs")
def _():
    for s in ("triage", "slm-vllm", "slm-llamacpp", "prometheus", "grafana", "otel-collector"):
        assert s in SERVICES, f"service {s} missing"
    assert SERVICES["slm-vllm"].get("profiles") == ["gpu"], "slm-vllm must be in profile gpu"
    assert SERVICES["slm-llamacpp"].get("profiles") == ["cpu"], "slm-llamacpp must be in profile cpu"
    local = yaml.safe_load(COMPOSE_POLICY.read_text())["upstreams"]["local"]["base_url"]
    u = urlparse(local)
    for s in ("slm-vllm", "slm-llamacpp"):
        aliases = SERVICES[s]["networks"]["default"]["aliases"]
        assert u.hostname in aliases or u.hostname == s, f"{s} is not reachable as {u.hostname} (aliases {aliases})"
        cmd = " ".join(map(str, SERVICES[s]["command"]))
        assert re.search(rf"--port[= ]{u.port}\b", cmd), f"{s} does not listen on port {u.port} of {local}"
    vllm_cmd = SERVICES["slm-vllm"]["command"]
    assert "--enable-lora" in vllm_cmd, "vLLM without --enable-lora"
    adapters = {a.split("=", 1)[0] for a in vllm_cmd if re.match(r"^[\w.-]+=/", str(a))}
    models = yaml.safe_load(COMPOSE_POLICY.read_text())["models"]
    wanted = {m.get("model", n) for n, m in models.items() if m.get("upstream") == "local"}
    assert wanted <= adapters, f"adapters the policy names but vLLM does not load: {sorted(wanted - adapters)}"
    gpu = SERVICES["slm-vllm"]["deploy"]["resources"]["reservations"]["devices"][0]
    assert "gpu" in gpu["capabilities"], "vLLM without a GPU reservation"
    # Bind mounts point at files in the repo.
    for name, svc in SERVICES.items():
        for v in svc.get("volumes", []):
            src = v.split(":", 1)[0] if isinstance(v, str) else v.get("source", "")
            if src.startswith("./") and "${" not in src:
                assert Path(src).exists(), f"{name}: bind mount source {src} does not exist"
    # The gateway: policy mount, admin port, OTLP endpoint.
    t = SERVICES["triage"]
    tenv = env_of(t)
    assert any(str(v).startswith("./deploy/compose/policy.yaml:" + str(tenv["TRIAGE_CONFIG"])) for v in t["volumes"]), \
        "TRIAGE_CONFIG is not where deploy/compose/policy.yaml is mounted"
    assert "OPENAI_API_KEY" in tenv, "OPENAI_API_KEY not passed to triage"
    assert any(str(v).endswith(":/var/lib/triage") for v in t["volumes"]), "no volume at /var/lib/triage"
    for var in ("TRIAGE_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT"):
        e = urlparse(tenv[var])
        assert e.hostname == "otel-collector" and e.port == 4317, f"{var}={tenv[var]} is not the collector's OTLP/gRPC port"
    assert any(str(p).endswith(":9090") for p in t["ports"]), "admin port 9090 not published"
    # Prometheus scrapes the gateway's admin port; Grafana's mounts match its provisioning.
    prom = load_yaml_docs(Path("deploy/prometheus/prometheus.yml"))[0]
    targets = [tg for sc in prom["scrape_configs"] if sc["job_name"] == "triage" for c in sc["static_configs"] for tg in c["targets"]]
    assert targets == ["triage:9090"], f"prometheus job triage scrapes {targets}, not triage:9090"
    gvols = SERVICES["grafana"]["volumes"]
    prov = load_yaml_docs(Path("deploy/grafana/provisioning/dashboards/triage.yml"))[0]
    dash_path = prov["providers"][0]["options"]["path"]
    assert any(str(v) == f"./deploy/grafana/dashboards:{dash_path}:ro" for v in gvols), f"dashboards not mounted at {dash_path}"
    ds = load_yaml_docs(Path("deploy/grafana/provisioning/datasources/prometheus.yml"))[0]["datasources"][0]
    assert urlparse(ds["url"]).hostname in SERVICES, f"datasource url {ds['url']} is not a compose service"
    home = env_of(SERVICES["grafana"]).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
    assert home == f"{dash_path}/triage.json", f"home dashboard {home} is not the provisioned file"


# ------------------------------------------------------------------------------------------------
# Dockerfile

hadolint = tool("hadolint")
if hadolint:
    run([hadolint, "--no-color", "--failure-threshold", "warning", "Dockerfile"], "Dockerfile passes hadolint (warnings and errors fail)")
else:
    fail("hadolint", "hadolint not installed")


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's .dockerignore semantics, simplified: a pattern matches a path or one of its parent
    directories; `**` spans directories; later `!` patterns re-include."""
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    ignored = False
    for pat in patterns:
        neg = pat.startswith("!")
        pat = pat[1:] if neg else pat
        pat = pat.strip("/")
        rx = re.escape(pat).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        if any(re.fullmatch(rx, c) for c in candidates):
            ignored = not neg
    return ignored


@check("Dockerfile: stages, ORT version, user, ports, healthcheck, entrypoint; .dockerignore keeps the sources")
def _():
    text = Path("Dockerfile").read_text()
    logical = re.sub(r"\\\n", " ", text)
    froms = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", logical, re.M | re.I)
    assert froms[0][0].startswith("rust:") and "bookworm" in froms[0][0], f"build stage is {froms[0][0]}"
    runtime_image = re.search(r"^ARG RUNTIME_IMAGE=(\S+)", text, re.M).group(1)
    assert froms[-1][0] == "${RUNTIME_IMAGE}" and runtime_image == "debian:bookworm-slim", \
        f"runtime stage is {froms[-1][0]} (RUNTIME_IMAGE={runtime_image})"
    assert re.search(r"^ARG ORT_FLAVOUR=cpu$", text, re.M), "ORT_FLAVOUR must default to cpu"
    assert "fetch-ort.sh --gpu" in logical and "fetch-ort.sh &&" in logical, "ort stage must handle both flavours"
    ort_arg = re.search(r"^ARG ORT_VERSION=(\S+)", text, re.M).group(1)
    fetch_ver = re.search(r"^VERSION=(\S+)", Path("scripts/fetch-ort.sh").read_text(), re.M).group(1)
    assert ort_arg == fetch_ver, f"Dockerfile ORT_VERSION={ort_arg} but scripts/fetch-ort.sh VERSION={fetch_ver}"
    runtime = logical[logical.rfind("\nFROM ") :]
    assert "ORT_DYLIB_PATH=" in runtime, "ORT_DYLIB_PATH not set in the runtime stage"
    user = re.findall(r"^USER\s+(\S+)", runtime, re.M)
    assert user and user[-1].split(":")[0] not in ("0", "root"), f"runtime USER is {user}"
    assert re.search(r"^EXPOSE\s+8080\s+9090\s*$", runtime, re.M), "EXPOSE 8080 9090 missing"
    assert re.search(r"^HEALTHCHECK .*?/healthz", runtime, re.M | re.S), "HEALTHCHECK on /healthz missing"
    assert re.search(r'^ENTRYPOINT \["triage"\]', runtime, re.M), 'ENTRYPOINT ["triage"] missing'
    cmd = json.loads(re.search(r"^CMD (\[.*\])", runtime, re.M).group(1))
    assert cmd == ["serve", "--listen", "0.0.0.0:8080", "--admin-listen", "0.0.0.0:9090"], f"CMD is {cmd}"
    for src in re.findall(r"^COPY\s+(?!--from)(\S+)\s", text, re.M):
        if src != ".":
            assert Path(src).exists(), f"COPY source {src} does not exist"
    patterns = [ln.strip() for ln in Path(".dockerignore").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    needed = ["Cargo.toml", "Cargo.lock", "gateway/src/main.rs", "gateway/Cargo.toml", "vendor/pingora-proxy/Cargo.toml",
              "classifier/src/lib.rs", "policies/default.yaml", "policies/schema.json", "policies/examples", "scripts/fetch-ort.sh",
              "classifier/model/model.onnx", "flywheel/Cargo.toml", "tests/Cargo.toml", "bench/Cargo.toml"]
    kept_out = [p for p in needed if dockerignored(p, patterns)]
    assert not kept_out, f".dockerignore excludes what the build needs: {kept_out}"
    for p in ("target/release/triage", ".venv/bin/python", ".ort/libonnxruntime.so.1.31.1", ".ort-gpu/libonnxruntime.so.1.31.1",
              ".venv-train/bin/python", ".git/HEAD"):
        assert dockerignored(p, patterns), f".dockerignore lets {p} into the build context"


# ------------------------------------------------------------------------------------------------
# Kubernetes

K8S_DIR = Path("deploy/kubernetes")
K8S_FILES = sorted(K8S_DIR.glob("*.yaml"))
BUILTIN_KINDS = {"Namespace", "ConfigMap", "Secret", "PersistentVolumeClaim", "Deployment", "Service",
                 "HorizontalPodAutoscaler", "PodDisruptionBudget"}
DOCS = {p.name: load_yaml_docs(p) for p in K8S_FILES}
BY_KIND: dict[str, list[dict]] = {}
for _docs in DOCS.values():
    for _d in _docs:
        BY_KIND.setdefault(_d.get("kind"), []).append(_d)

kv = tool("kubernetes-validate")
builtin_files = [str(K8S_DIR / n) for n, docs in DOCS.items() if docs and all(d.get("kind") in BUILTIN_KINDS for d in docs)]
if kv:
    for version in ("1.29.0", "1.37.0"):
        run([kv, "--strict", "--quiet", "-k", version, *builtin_files],
            f"kubernetes-validate --strict (Kubernetes {version} OpenAPI schemas): {len(builtin_files)} manifests")
else:
    fail("kubernetes-validate", "kubernetes-validate not installed")


def one(kind: str) -> dict:
    items = BY_KIND.get(kind, [])
    assert len(items) == 1, f"expected one {kind}, found {len(items)}"
    return items[0]


def subset(a: dict, b: dict) -> bool:
    return all(b.get(k) == v for k, v in a.items())


@check("kubernetes: kustomization lists every manifest (not the example Secret), one namespace everywhere")
def _():
    kust = one("Kustomization")
    assert kust["apiVersion"] == "kustomize.config.k8s.io/v1beta1"
    listed = kust["resources"]
    for r in listed:
        assert (K8S_DIR / r).exists(), f"kustomization lists missing {r}"
    expected = {p.name for p in K8S_FILES} - {"kustomization.yaml", "secret.example.yaml"}
    assert set(listed) == expected, f"kustomization resources {sorted(listed)} != manifests {sorted(expected)}"
    ns = one("Namespace")["metadata"]["name"]
    assert kust.get("namespace") == ns
    for kind, items in BY_KIND.items():
        for d in items:
            if kind not in ("Namespace", "Kustomization"):
                assert d["metadata"].get("namespace") == ns, f"{kind}/{d['metadata']['name']} not in namespace {ns}"
    images = {i["name"] for i in kust.get("images", [])}
    dep_images = {c["image"].split(":")[0] for c in one("Deployment")["spec"]["template"]["spec"]["containers"]}
    assert dep_images <= images, f"kustomization images {images} do not cover {dep_images}"


@check("kubernetes: Deployment probes, security context, volumes, secret and config references")
def _():
    dep = one("Deployment")
    spec = dep["spec"]
    pod = spec["template"]
    assert spec["replicas"] == 2, "replicas must be 2"
    assert subset(spec["selector"]["matchLabels"], pod["metadata"]["labels"]), "selector does not match the pod labels"
    c = pod["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert ports == {"http": 8080, "admin": 9090}, ports
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
        g = c[probe]["httpGet"]
        assert g["path"] == path and ports.get(g["port"], g["port"]) == 9090, f"{probe} is {g}"
    psc, csc = pod["spec"]["securityContext"], c["securityContext"]
    assert psc["runAsNonRoot"] and psc["runAsUser"] != 0, "pod may run as root"
    assert csc["readOnlyRootFilesystem"] and not csc["allowPrivilegeEscalation"], "container security context"
    assert c["resources"]["requests"]["cpu"] and c["resources"]["limits"]["memory"], "resources"
    vols = {v["name"]: v for v in pod["spec"]["volumes"]}
    mounts = {m["name"]: m["mountPath"] for m in c["volumeMounts"]}
    assert set(mounts) <= set(vols), f"mounts without volumes: {set(mounts) - set(vols)}"
    env = {e["name"]: e for e in c["env"]}
    cm = one("ConfigMap")
    cmv = next(v for v in vols.values() if "configMap" in v)
    assert cmv["configMap"]["name"] == cm["metadata"]["name"], "policy volume names another ConfigMap"
    item = cmv["configMap"]["items"][0]
    assert item["key"] in cm["data"], f"ConfigMap has no key {item['key']}"
    assert env["TRIAGE_CONFIG"]["value"] == f"{mounts[cmv['name']]}/{item['path']}", "TRIAGE_CONFIG is not the mounted policy"
    pvc = one("PersistentVolumeClaim")
    pvv = next(v for v in vols.values() if "persistentVolumeClaim" in v)
    assert pvv["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"], "escalation volume names another PVC"
    assert "ReadWriteMany" in pvc["spec"]["accessModes"], "the shared escalation log PVC must be ReadWriteMany"
    assert mounts[pvv["name"]] == "/var/lib/triage", "escalation log volume not at /var/lib/triage"
    assert env["TRIAGE_DATA_DIR"]["value"].startswith("/var/lib/triage/")
    assert mounts.get("tmp") == "/tmp", "read-only root filesystem needs a writable /tmp"
    ref = env["OPENAI_API_KEY"]["valueFrom"]["secretKeyRef"]
    sec = one("Secret")
    assert ref["name"] == sec["metadata"]["name"] and ref["key"] in sec["stringData"], "OPENAI_API_KEY secret reference"
    assert "example" in sec["stringData"][ref["key"]].lower(), "secret.example.yaml must hold an obvious placeholder"


@check("kubernetes: Service, HPA, PDB and ServiceMonitor select the Deployment's pods and ports")
def _():
    dep = one("Deployment")
    pod_labels = dep["spec"]["template"]["metadata"]["labels"]
    ports = {p["name"] for p in dep["spec"]["template"]["spec"]["containers"][0]["ports"]}
    svc = one("Service")
    assert subset(svc["spec"]["selector"], pod_labels), "Service selector does not match the pods"
    sports = {p["name"]: p for p in svc["spec"]["ports"]}
    assert {n: p["port"] for n, p in sports.items()} == {"api": 8080, "admin": 9090}, sports
    for p in sports.values():
        assert p["targetPort"] in ports, f"Service targetPort {p['targetPort']} is not a container port name"
    hpa = one("HorizontalPodAutoscaler")
    tgt = hpa["spec"]["scaleTargetRef"]
    assert (tgt["kind"], tgt["name"]) == ("Deployment", dep["metadata"]["name"]), tgt
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    assert hpa["spec"]["minReplicas"] >= 2
    pdb = one("PodDisruptionBudget")
    assert pdb["spec"]["minAvailable"] == 1 and subset(pdb["spec"]["selector"]["matchLabels"], pod_labels), "PDB"
    sm = one("ServiceMonitor")
    assert sm["apiVersion"] == "monitoring.coreos.com/v1", sm["apiVersion"]
    assert set(sm["spec"]) <= {"namespaceSelector", "selector", "endpoints", "jobLabel", "targetLabels", "podTargetLabels",
                               "sampleLimit", "attachMetadata"}, f"unexpected ServiceMonitor spec keys {set(sm['spec'])}"
    assert subset(sm["spec"]["selector"]["matchLabels"], svc["metadata"]["labels"]), "ServiceMonitor does not select the Service"
    assert svc["metadata"]["namespace"] in sm["spec"]["namespaceSelector"]["matchNames"]
    for ep in sm["spec"]["endpoints"]:
        assert ep["port"] in sports and sports[ep["port"]]["port"] == 9090, f"ServiceMonitor scrapes port {ep['port']}"
        assert ep["path"] == "/metrics"
        assert re.fullmatch(r"\d+[smh]", ep["interval"]), ep["interval"]


# ------------------------------------------------------------------------------------------------
# Prometheus

promtool = tool("promtool")
if promtool:
    run([promtool, "check", "config", "deploy/prometheus/prometheus.yml"], "promtool check config deploy/prometheus/prometheus.yml (and its rule files)")
else:
    fail("promtool", "promtool not installed")

RULES = load_yaml_docs(Path("deploy/prometheus/rules.yml"))[0]


@check("deploy/prometheus/rules.yml uses only metrics and labels from metrics.rs")
def _():
    problems = []
    for g in RULES["groups"]:
        for r in g["rules"]:
            p, _ = promql_problems(r["expr"])
            problems += [f"{r.get('alert') or r.get('record')}: {x}" for x in p]
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------------------------------------
# Grafana

DASH_PATH = Path("deploy/grafana/dashboards/triage.json")
DS = load_yaml_docs(Path("deploy/grafana/provisioning/datasources/prometheus.yml"))[0]["datasources"]
DS_UID = DS[0]["uid"]
DASH = json.loads(DASH_PATH.read_text())
PANEL_TYPES = {"row", "stat", "timeseries", "bargauge", "piechart", "table", "state-timeline", "gauge", "text", "heatmap",
               "barchart", "status-history"}


def all_panels(panels):
    for p in panels:
        yield p
        yield from all_panels(p.get("panels", []))


@check(f"{DASH_PATH}: dashboard structure, panels and datasource uid `{DS_UID}` (the provisioned one)")
def _():
    assert len(DS) == 1 and DS[0]["type"] == "prometheus"
    text = DASH_PATH.read_text()
    assert "${DS_" not in text and "__inputs" not in DASH, "dashboard still has import-time ${DS_...} inputs"
    for k in ("title", "uid", "schemaVersion", "panels", "templating", "time"):
        assert k in DASH, f"missing top-level key {k}"
    assert isinstance(DASH["schemaVersion"], int) and 36 <= DASH["schemaVersion"] <= 41, DASH["schemaVersion"]
    ids = set()
    for p in all_panels(DASH["panels"]):
        title = p.get("title", "?")
        assert p.get("type") in PANEL_TYPES, f"{title}: unknown panel type {p.get('type')}"
        assert p["id"] not in ids, f"duplicate panel id {p['id']}"
        ids.add(p["id"])
        g = p["gridPos"]
        assert all(isinstance(g[k], int) for k in "hwxy") and g["x"] + g["w"] <= 24, f"{title}: gridPos {g}"
        if p["type"] == "row":
            continue
        assert p["datasource"] == {"type": "prometheus", "uid": DS_UID}, f"{title}: datasource {p['datasource']}"
        assert p.get("targets"), f"{title}: no queries"
        refs = [t["refId"] for t in p["targets"]]
        assert len(refs) == len(set(refs)), f"{title}: duplicate refIds"
        for t in p["targets"]:
            assert t.get("expr"), f"{title}: empty expr"
            assert t.get("datasource", p["datasource"]) == p["datasource"], f"{title}: target datasource"
    for v in DASH["templating"]["list"]:
        assert v["datasource"]["uid"] == DS_UID, f"variable {v['name']}: datasource"


@check(f"{DASH_PATH}: every query and variable uses only metrics and labels from metrics.rs")
def _():
    problems = []
    for p in all_panels(DASH["panels"]):
        for t in p.get("targets", []):
            where = f"{p['title']} [{t['refId']}]"
            probs, available = promql_problems(grafana_to_promql(t["expr"]))
            problems += [f"{where}: {x}" for x in probs]
            for label in re.findall(r"\{\{\s*(\w+)\s*\}\}", t.get("legendFormat", "")):
                if label not in available:
                    problems.append(f"{where}: legend uses label `{label}` the query does not have")
    for v in DASH["templating"]["list"]:
        m = re.fullmatch(r"label_values\((\w+),\s*(\w+)\)", v["query"]["query"] if isinstance(v["query"], dict) else v["query"])
        assert m, f"variable {v['name']}: expected label_values(metric, label)"
        metric, label = m.groups()
        if metric not in METRICS or label not in METRICS[metric] | TARGET_LABELS:
            problems.append(f"variable {v['name']}: {metric} has no label {label}")
    assert not problems, "\n".join(problems)


promtool_parse({f"{p['title']} [{t['refId']}]": grafana_to_promql(t["expr"])
                for p in all_panels(DASH["panels"]) for t in p.get("targets", [])},
               f"{DASH_PATH}: every PromQL expression parses (promtool, Grafana variables substituted)")


# ------------------------------------------------------------------------------------------------
# OpenTelemetry Collector


@check("deploy/otel/collector.yaml: OTLP on 4317/4318, pipelines reference defined components")
def _():
    c = load_yaml_docs(Path("deploy/otel/collector.yaml"))[0]
    otlp = c["receivers"]["otlp"]["protocols"]
    assert otlp["grpc"]["endpoint"].endswith(":4317") and otlp["http"]["endpoint"].endswith(":4318"), otlp
    svc = c["service"]
    for ext in svc.get("extensions", []):
        assert ext in c.get("extensions", {}), f"extension {ext} not defined"
    assert "traces" in svc["pipelines"], "no traces pipeline"
    for name, pl in svc["pipelines"].items():
        for kind in ("receivers", "processors", "exporters"):
            for comp in pl.get(kind, []):
                assert comp in c.get(kind, {}), f"pipeline {name}: {kind[:-1]} {comp} not defined"
    assert "logging" not in c.get("exporters", {}), "the `logging` exporter was removed from the collector: use `debug`"
    published = {str(p).split(":")[-1] for p in SERVICES["otel-collector"]["ports"]}
    assert {"4317", "4318"} <= published, f"compose publishes {published}"


print(f"\n{len(passed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
