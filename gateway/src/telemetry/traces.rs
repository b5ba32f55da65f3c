//! OpenTelemetry traces, off unless an OTLP endpoint is configured: one server span per
//! request, with child spans for classification and for the upstream call, named and
//! attributed after the OpenTelemetry GenAI semantic conventions. The W3C trace context of
//! the client is continued, and passed on to the upstream in `traceparent`.

use std::borrow::Cow;
use std::time::Duration;

use opentelemetry::propagation::{Extractor, Injector, TextMapPropagator};
use opentelemetry::trace::{SpanKind, Status, TraceContextExt, Tracer, TracerProvider};
use opentelemetry::{Context, KeyValue};
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{SdkTracer, SdkTracerProvider};
use opentelemetry_sdk::Resource;

/// Where traces go.
#[derive(Debug, Clone)]
pub struct TracingConfig {
    /// Full URL of the OTLP/HTTP traces endpoint, e.g. `http://collector:4318/v1/traces`.
    pub endpoint: String,
    /// `http/protobuf` (default) or `http/json`.
    pub json: bool,
}

impl TracingConfig {
    /// From `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (used as is), or `OTEL_EXPORTER_OTLP_ENDPOINT`
    /// / `TRIAGE_OTLP_ENDPOINT` (base URLs, `/v1/traces` appended); None when none is set.
    pub fn from_env() -> Option<TracingConfig> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let endpoint = var("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").or_else(|| {
            var("TRIAGE_OTLP_ENDPOINT")
                .or_else(|| var("OTEL_EXPORTER_OTLP_ENDPOINT"))
                .map(|base| format!("{}/v1/traces", base.trim_end_matches('/')))
        })?;
        let json = var("OTEL_EXPORTER_OTLP_PROTOCOL").is_some_and(|p| p == "http/json");
        Some(TracingConfig { endpoint, json })
    }
}

pub struct Tracing {
    provider: SdkTracerProvider,
    tracer: SdkTracer,
    propagator: TraceContextPropagator,
}

impl Tracing {
    pub fn new(config: &TracingConfig) -> Result<Tracing, String> {
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_endpoint(&config.endpoint)
            .with_protocol(if config.json {
                Protocol::HttpJson
            } else {
                Protocol::HttpBinary
            })
            .with_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| format!("OTLP exporter for {}: {e}", config.endpoint))?;
        let provider = SdkTracerProvider::builder()
            .with_batch_exporter(exporter)
            .with_resource(Resource::builder().with_service_name("triage").build())
            .build();
        let tracer = provider.tracer("triage");
        Ok(Tracing {
            provider,
            tracer,
            propagator: TraceContextPropagator::new(),
        })
    }

    /// Exports every finished span now (tests, shutdown).
    pub fn flush(&self) {
        let _ = self.provider.force_flush();
    }

    pub fn shutdown(&self) {
        let _ = self.provider.shutdown();
    }

    /// Starts the server span of a request, continuing the client's trace if it sent one.
    pub fn start_request(&self, headers: &http::HeaderMap, name: String) -> Context {
        let parent = self.propagator.extract(&HeaderExtractor(headers));
        let span = self
            .tracer
            .span_builder(name)
            .with_kind(SpanKind::Server)
            .start_with_context(&self.tracer, &parent);
        parent.with_span(span)
    }

    /// A child span of `cx`, ended when dropped or by `end()`.
    pub fn child(
        &self,
        cx: &Context,
        name: impl Into<Cow<'static, str>>,
        kind: SpanKind,
    ) -> Context {
        let span = self
            .tracer
            .span_builder(name)
            .with_kind(kind)
            .start_with_context(&self.tracer, cx);
        cx.with_span(span)
    }

    /// The `traceparent` (and `tracestate`) headers that continue `cx`.
    pub fn headers(&self, cx: &Context) -> Vec<(String, String)> {
        let mut out = HeaderList(Vec::new());
        self.propagator.inject_context(cx, &mut out);
        out.0
    }
}

/// Sets attributes on the span of `cx`.
pub fn set(cx: &Context, attributes: Vec<KeyValue>) {
    cx.span().set_attributes(attributes);
}

/// Ends the span of `cx`, marking it failed when `error` is given.
pub fn end(cx: &Context, error: Option<String>) {
    let span = cx.span();
    if let Some(e) = error {
        span.set_attribute(KeyValue::new("error.type", e.clone()));
        span.set_status(Status::error(e));
    }
    span.end();
}

struct HeaderExtractor<'a>(&'a http::HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}

struct HeaderList(Vec<(String, String)>);

impl Injector for HeaderList {
    fn set(&mut self, key: &str, value: String) {
        self.0.push((key.to_owned(), value));
    }
}
