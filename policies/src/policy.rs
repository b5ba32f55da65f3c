//! The checked policy: every reference resolved, every threshold in range. Built only by
//! [`Policy::from_yaml`], so holding a `Policy` means it is valid.

use crate::locate::LocationIndex;
use crate::schema::{Condition, PolicySpec, PriceSpec, Tier};
use indexmap::IndexMap;
use serde::Serialize;
use std::fmt;
use std::time::Duration;
use url::Url;

/// Index of a model in [`Policy::models`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ModelId(pub usize);

/// Index of a route in [`Policy::routes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RouteId(pub usize);

/// Index of an upstream in [`Policy::upstreams`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UpstreamId(pub usize);

#[derive(Debug)]
pub struct Policy {
    pub max_body_bytes: u64,
    pub log: LogPolicy,
    /// What requests are priced against when they name no route, and routes without their own.
    pub baseline: ModelId,
    pub upstreams: IndexMap<String, Upstream>,
    pub models: IndexMap<String, Model>,
    pub routes: IndexMap<String, Route>,
}

#[derive(Debug)]
pub struct Upstream {
    pub name: String,
    pub base_url: Url,
    pub api_key_env: Option<String>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub stream_usage: bool,
    pub ca_file: Option<String>,
}

#[derive(Debug)]
pub struct Model {
    pub name: String,
    pub upstream: UpstreamId,
    /// Name sent upstream in the request's `model` field.
    pub upstream_model: String,
    pub tier: Tier,
    pub price: Price,
}

/// What the escalation log records.
#[derive(Debug, Clone)]
pub struct LogPolicy {
    /// Routes whose escalations are logged; None: all.
    pub routes: Option<Vec<RouteId>>,
    pub local: bool,
    pub pinned: bool,
    pub redaction: triage_flywheel::RedactionConfig,
    pub shadow: Option<Shadow>,
}

#[derive(Debug, Clone, Copy)]
pub struct Shadow {
    pub fraction: f64,
    /// None: each route's baseline.
    pub to: Option<ModelId>,
    pub max_usd_per_hour: f64,
}

impl LogPolicy {
    /// Whether a request ending at a model of `tier` is logged.
    pub fn wants(&self, route: Option<RouteId>, tier: Tier) -> bool {
        match (route, tier) {
            (None, Tier::Frontier) => self.pinned,
            (None, Tier::Local) => false,
            (Some(r), tier) => {
                (tier == Tier::Frontier || self.local)
                    && self.routes.as_ref().is_none_or(|rs| rs.contains(&r))
            }
        }
    }
}

/// USD per million tokens.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Price {
    pub input_per_1m: f64,
    pub output_per_1m: f64,
}

impl Price {
    /// Cost in USD of a request with these token counts.
    pub fn cost(&self, prompt_tokens: u64, completion_tokens: u64) -> f64 {
        (prompt_tokens as f64 * self.input_per_1m + completion_tokens as f64 * self.output_per_1m)
            / 1e6
    }
}

#[derive(Debug)]
pub struct Route {
    pub name: String,
    pub rules: Vec<Rule>,
    pub default: ModelId,
    pub fallbacks: Vec<ModelId>,
    pub on_classifier_error: ModelId,
    /// The model this route's savings are measured against.
    pub baseline: ModelId,
    /// Whether any rule reads the classifier's output.
    pub needs_scores: bool,
}

#[derive(Debug)]
pub struct Rule {
    pub name: String,
    pub when: Condition,
    pub to: ModelId,
}

/// What a request's `model` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Route(RouteId),
    Model(ModelId),
}

impl Policy {
    pub fn resolve(&self, model: &str) -> Option<Target> {
        if let Some(i) = self.routes.get_index_of(model) {
            return Some(Target::Route(RouteId(i)));
        }
        self.models
            .get_index_of(model)
            .map(|i| Target::Model(ModelId(i)))
    }

    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id.0]
    }

    pub fn route(&self, id: RouteId) -> &Route {
        &self.routes[id.0]
    }

    pub fn upstream(&self, id: UpstreamId) -> &Upstream {
        &self.upstreams[id.0]
    }

    /// Parses and checks a policy. `file` only names the source in error messages.
    pub fn from_yaml(file: &str, text: &str) -> Result<Policy, PolicyError> {
        let index = LocationIndex::build(text);
        let err = |path: &str, message: String| PolicyError::at(file, &index, path, message);

        let de = serde_yaml_ng::Deserializer::from_str(text);
        let spec: PolicySpec = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let location = inner.location().map(|l| crate::Location {
                line: l.line(),
                column: l.column(),
            });
            let message = strip_location(&inner.to_string());
            let mut error = err(if path == "." { "" } else { &path }, message);
            if location.is_some() {
                error.location = location;
            }
            error
        })?;
        build(spec, &err)
    }
}

fn build(
    spec: PolicySpec,
    err: &dyn Fn(&str, String) -> PolicyError,
) -> Result<Policy, PolicyError> {
    if spec.version != 1 {
        return Err(err(
            "version",
            format!(
                "unsupported policy version {}; this Triage reads version 1",
                spec.version
            ),
        ));
    }
    if spec.limits.max_body_bytes < 1024 {
        return Err(err(
            "limits.max_body_bytes",
            "must be at least 1024 bytes".into(),
        ));
    }

    let mut upstreams = IndexMap::new();
    for (name, u) in spec.upstreams {
        let path = format!("upstreams.{name}");
        let base_url = Url::parse(&u.base_url).map_err(|e| {
            err(
                &format!("{path}.base_url"),
                format!("`{}` is not a URL: {e}", u.base_url),
            )
        })?;
        if !matches!(base_url.scheme(), "http" | "https") || base_url.host_str().is_none() {
            return Err(err(
                &format!("{path}.base_url"),
                format!(
                    "`{}` must be an http:// or https:// URL with a host",
                    u.base_url
                ),
            ));
        }
        if base_url.query().is_some() || base_url.fragment().is_some() {
            return Err(err(
                &format!("{path}.base_url"),
                "must not have a query or fragment".into(),
            ));
        }
        if let Some(var) = &u.api_key_env {
            let valid = !var.is_empty()
                && !var.starts_with(|c: char| c.is_ascii_digit())
                && var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !valid {
                return Err(err(
                    &format!("{path}.api_key_env"),
                    format!("`{var}` is not an environment variable name"),
                ));
            }
        }
        if u.ca_file.is_some() && base_url.scheme() != "https" {
            return Err(err(
                &format!("{path}.ca_file"),
                "only applies to https:// upstreams".into(),
            ));
        }
        for (key, ms) in [
            ("connect_timeout_ms", u.connect_timeout_ms),
            ("timeout_ms", u.timeout_ms),
        ] {
            if ms == 0 {
                return Err(err(
                    &format!("{path}.{key}"),
                    "must be greater than 0".into(),
                ));
            }
        }
        upstreams.insert(
            name.clone(),
            Upstream {
                name,
                base_url,
                api_key_env: u.api_key_env,
                connect_timeout: Duration::from_millis(u.connect_timeout_ms),
                timeout: Duration::from_millis(u.timeout_ms),
                stream_usage: u.stream_usage,
                ca_file: u.ca_file,
            },
        );
    }

    let mut models = IndexMap::new();
    for (name, m) in spec.models {
        let path = format!("models.{name}");
        let upstream = upstreams.get_index_of(&m.upstream).ok_or_else(|| {
            err(
                &format!("{path}.upstream"),
                unknown("upstream", &m.upstream, upstreams.keys()),
            )
        })?;
        let price = check_price(&m.price, &format!("{path}.price"), err)?;
        if spec.routes.contains_key(&name) {
            return Err(err(&path, format!("`{name}` is both a model and a route; a request's `model` must name one of them")));
        }
        models.insert(
            name.clone(),
            Model {
                upstream_model: m.model.unwrap_or_else(|| name.clone()),
                name,
                upstream: UpstreamId(upstream),
                tier: m.tier,
                price,
            },
        );
    }

    let model_id = |path: String, name: &str| -> Result<ModelId, PolicyError> {
        models
            .get_index_of(name)
            .map(ModelId)
            .ok_or_else(|| err(&path, unknown("model", name, models.keys())))
    };

    let baseline = match &spec.baseline_model {
        Some(name) => model_id("baseline_model".into(), name)?,
        None => default_baseline(&models),
    };

    let mut routes = IndexMap::new();
    for (name, r) in spec.routes {
        let path = format!("routes.{name}");
        let mut rules = Vec::with_capacity(r.rules.len());
        for (i, rule) in r.rules.into_iter().enumerate() {
            let rule_path = format!("{path}.rules[{i}]");
            check_condition(&rule.when, &format!("{rule_path}.if"), err)?;
            let to = model_id(format!("{rule_path}.to"), &rule.to)?;
            let name = rule.name.unwrap_or_else(|| format!("rule-{i}"));
            if rules.iter().any(|r: &Rule| r.name == name) {
                return Err(err(
                    &format!("{rule_path}.name"),
                    format!("rule name `{name}` is used twice in this route"),
                ));
            }
            rules.push(Rule {
                name,
                when: rule.when,
                to,
            });
        }
        let default = model_id(format!("{path}.default"), &r.default)?;
        let fallbacks = r
            .fallbacks
            .iter()
            .enumerate()
            .map(|(i, f)| model_id(format!("{path}.fallbacks[{i}]"), f))
            .collect::<Result<Vec<_>, _>>()?;
        let on_classifier_error = match &r.on_classifier_error {
            Some(m) => model_id(format!("{path}.on_classifier_error"), m)?,
            None => default,
        };
        let route_baseline = match &r.baseline {
            Some(m) => model_id(format!("{path}.baseline"), m)?,
            None => baseline,
        };
        let needs_scores = rules.iter().any(|r| r.when.needs_scores());
        routes.insert(
            name.clone(),
            Route {
                name,
                rules,
                default,
                fallbacks,
                on_classifier_error,
                baseline: route_baseline,
                needs_scores,
            },
        );
    }
    let log_spec = spec.escalation_log;
    let log_routes = match &log_spec.routes {
        None => None,
        Some(names) => Some(
            names
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    routes.get_index_of(n).map(RouteId).ok_or_else(|| {
                        err(
                            &format!("escalation_log.routes[{i}]"),
                            unknown("route", n, routes.keys()),
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    if let Err(e) = triage_flywheel::Redactor::new(&log_spec.redaction) {
        return Err(err("escalation_log.redaction.custom", e.to_string()));
    }
    let shadow = match &log_spec.shadow {
        None => None,
        Some(s) => {
            if !(s.fraction > 0.0 && s.fraction <= 1.0) {
                return Err(err(
                    "escalation_log.shadow.fraction",
                    format!("{} is not a share in (0, 1]", s.fraction),
                ));
            }
            if !(s.max_usd_per_hour.is_finite() && s.max_usd_per_hour >= 0.0) {
                return Err(err(
                    "escalation_log.shadow.max_usd_per_hour",
                    "must be 0 or more".into(),
                ));
            }
            let to = match &s.to {
                Some(m) => Some(model_id("escalation_log.shadow.to".into(), m)?),
                None => None,
            };
            Some(Shadow {
                fraction: s.fraction,
                to,
                max_usd_per_hour: s.max_usd_per_hour,
            })
        }
    };
    let log = LogPolicy {
        routes: log_routes,
        local: log_spec.local,
        pinned: log_spec.pinned,
        redaction: log_spec.redaction,
        shadow,
    };

    if routes.is_empty() && models.is_empty() {
        return Err(err(
            "models",
            "the policy defines no models and no routes".into(),
        ));
    }

    Ok(Policy {
        max_body_bytes: spec.limits.max_body_bytes,
        log,
        baseline,
        upstreams,
        models,
        routes,
    })
}

fn check_price(
    p: &PriceSpec,
    path: &str,
    err: &dyn Fn(&str, String) -> PolicyError,
) -> Result<Price, PolicyError> {
    for (key, value) in [
        ("input_per_1m", p.input_per_1m),
        ("output_per_1m", p.output_per_1m),
        ("gpu_hour_usd", p.gpu_hour_usd),
        ("tokens_per_second", p.tokens_per_second),
    ] {
        if value.is_some_and(|v| !(v.is_finite() && v >= 0.0)) {
            return Err(err(
                &format!("{path}.{key}"),
                "must be a number of 0 or more".into(),
            ));
        }
    }
    match (
        p.input_per_1m,
        p.output_per_1m,
        p.gpu_hour_usd,
        p.tokens_per_second,
    ) {
        (Some(input), Some(output), None, None) => Ok(Price {
            input_per_1m: input,
            output_per_1m: output,
        }),
        (None, None, Some(gpu_hour), Some(tps)) if tps > 0.0 => {
            let per_1m = gpu_hour / (tps * 3600.0) * 1e6;
            Ok(Price {
                input_per_1m: per_1m,
                output_per_1m: per_1m,
            })
        }
        (None, None, Some(_), Some(_)) => Err(err(
            &format!("{path}.tokens_per_second"),
            "must be greater than 0".into(),
        )),
        _ => Err(err(
            path,
            "give either input_per_1m and output_per_1m, or gpu_hour_usd and tokens_per_second"
                .into(),
        )),
    }
}

/// The frontier model with the highest completion price; any model if none is frontier.
fn default_baseline(models: &IndexMap<String, Model>) -> ModelId {
    let by_price = |a: &&Model, b: &&Model| a.price.output_per_1m.total_cmp(&b.price.output_per_1m);
    let best = models
        .values()
        .filter(|m| m.tier == Tier::Frontier)
        .max_by(by_price)
        .or_else(|| models.values().max_by(by_price));
    ModelId(best.map_or(0, |m| models.get_index_of(&m.name).expect("present")))
}

fn check_condition(
    c: &Condition,
    path: &str,
    err: &dyn Fn(&str, String) -> PolicyError,
) -> Result<(), PolicyError> {
    if let Some(v) = c.score_below {
        if !(v > 0.0 && v <= 1.0) {
            return Err(err(
                &format!("{path}.score_below"),
                format!("{v} is not a threshold in (0, 1]"),
            ));
        }
    }
    if let Some(v) = c.score_at_least {
        if !(0.0..1.0).contains(&v) {
            return Err(err(
                &format!("{path}.score_at_least"),
                format!("{v} is not a threshold in [0, 1)"),
            ));
        }
    }
    if let (Some(lo), Some(hi)) = (c.score_at_least, c.score_below) {
        if lo >= hi {
            return Err(err(&format!("{path}.score_at_least"), format!("score_at_least {lo} must be below score_below {hi}, or the rule can never match")));
        }
    }
    if let (Some(lo), Some(hi)) = (c.prompt_tokens_at_least, c.prompt_tokens_below) {
        if lo >= hi {
            return Err(err(&format!("{path}.prompt_tokens_at_least"), format!("prompt_tokens_at_least {lo} must be below prompt_tokens_below {hi}, or the rule can never match")));
        }
    }
    if c.category.as_ref().is_some_and(|c| c.is_empty()) {
        return Err(err(
            &format!("{path}.category"),
            "must list at least one category".into(),
        ));
    }
    if let Some(headers) = &c.header {
        for name in headers.keys() {
            let valid = !name.is_empty()
                && name.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                });
            if !valid {
                return Err(err(
                    &format!("{path}.header.{name}"),
                    format!("`{name}` is not a lower-case header name"),
                ));
            }
        }
    }
    Ok(())
}

fn unknown<'a>(what: &str, name: &str, known: impl Iterator<Item = &'a String>) -> String {
    let known: Vec<&str> = known.map(String::as_str).collect();
    format!(
        "unknown {what} `{name}`; defined {what}s: {}",
        if known.is_empty() {
            "none".into()
        } else {
            known.join(", ")
        }
    )
}

/// serde_yaml appends " at line L column C" to its messages; the location is reported apart.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// A policy that could not be loaded, with where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyError {
    pub file: String,
    pub location: Option<crate::Location>,
    /// Key path such as `routes.auto.rules[0].to`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl PolicyError {
    fn at(file: &str, index: &LocationIndex, path: &str, message: String) -> Self {
        PolicyError {
            file: file.to_owned(),
            location: index.find(path),
            path: path.to_owned(),
            message,
        }
    }
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.location {
            write!(f, ":{}:{}", l.line, l.column)?;
        }
        if !self.path.is_empty() {
            write!(f, ": {}", self.path)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for PolicyError {}
