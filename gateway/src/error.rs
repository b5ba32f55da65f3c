//! Every error Triage answers with, and its one OpenAI-shaped body:
//! `{"error":{"message","type","param","code"}}`.

use bytes::Bytes;
use pingora::{ErrorSource, ErrorType};
use serde_json::json;

#[derive(Debug, Clone, PartialEq)]
pub struct GatewayError {
    status: u16,
    kind: &'static str,
    code: Option<&'static str>,
    param: Option<String>,
    message: String,
}

impl GatewayError {
    fn new(
        status: u16,
        kind: &'static str,
        code: Option<&'static str>,
        message: impl Into<String>,
    ) -> Self {
        GatewayError {
            status,
            kind,
            code,
            param: None,
            message: message.into(),
        }
    }

    pub fn invalid_json() -> Self {
        Self::new(
            400,
            "invalid_request_error",
            Some("invalid_json"),
            "We could not parse the JSON body of your request. The API expects a JSON payload, but what was sent was not valid JSON.",
        )
    }

    pub fn invalid(message: impl Into<String>, param: Option<String>) -> Self {
        GatewayError {
            param,
            ..Self::new(400, "invalid_request_error", None, message)
        }
    }

    pub fn missing_parameter(param: &str, message: &str) -> Self {
        GatewayError {
            param: Some(param.to_owned()),
            ..Self::new(
                400,
                "invalid_request_error",
                Some("missing_required_parameter"),
                message,
            )
        }
    }

    pub fn model_not_found(model: &str) -> Self {
        GatewayError {
            param: Some("model".into()),
            ..Self::new(
                404,
                "invalid_request_error",
                Some("model_not_found"),
                format!("The model `{model}` does not exist or you do not have access to it."),
            )
        }
    }

    pub fn route_not_allowed(route: &str, path: &str) -> Self {
        GatewayError {
            param: Some("model".into()),
            ..Self::new(
                400,
                "invalid_request_error",
                Some("model_not_supported"),
                format!("`{route}` is a routed model, served only on /v1/chat/completions; name a concrete model for {path}."),
            )
        }
    }

    pub fn not_found(code: &'static str, message: String, param: &str) -> Self {
        GatewayError {
            param: Some(param.to_owned()),
            ..Self::new(404, "invalid_request_error", Some(code), message)
        }
    }

    pub fn unavailable(code: &'static str, message: &str) -> Self {
        Self::new(503, "server_error", Some(code), message)
    }

    pub fn body_too_large(limit: u64) -> Self {
        Self::new(
            413,
            "invalid_request_error",
            Some("request_too_large"),
            format!("The request body is larger than this gateway accepts ({limit} bytes)."),
        )
    }

    pub fn unknown_url(method: &str, path: &str) -> Self {
        Self::new(
            404,
            "invalid_request_error",
            Some("unknown_url"),
            format!("Unknown request URL: {method} {path}. Please check the URL for typos."),
        )
    }

    pub fn method_not_allowed(method: &str, path: &str) -> Self {
        Self::new(
            405,
            "invalid_request_error",
            Some("method_not_allowed"),
            format!("{method} is not allowed on {path}."),
        )
    }

    /// The final error of a proxied request, from Pingora's error; None when the client is gone.
    /// `tried` names what was tried, e.g. "model `gpt-4o` at upstream `openai`".
    pub fn from_proxy_error(e: &pingora::Error, tried: &str) -> Option<Self> {
        use ErrorType::*;
        if e.esource() == &ErrorSource::Downstream {
            return match e.etype() {
                WriteError | ReadError | ConnectionClosed => None,
                _ => Some(Self::invalid("The request could not be read.", None)),
            };
        }
        Some(match e.etype() {
            ConnectTimedout | ReadTimedout | WriteTimedout => Self::new(
                504,
                "upstream_error",
                Some("upstream_timeout"),
                format!("The model server did not answer in time ({tried})."),
            ),
            InternalError => Self::new(
                500,
                "server_error",
                Some("internal_error"),
                "Triage failed to handle this request.",
            ),
            _ if e.esource() == &ErrorSource::Internal => Self::new(
                500,
                "server_error",
                Some("internal_error"),
                "Triage failed to handle this request.",
            ),
            _ => Self::new(
                502,
                "upstream_error",
                Some("upstream_unreachable"),
                format!(
                    "The model server could not be reached or broke off the response ({tried})."
                ),
            ),
        })
    }

    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn code(&self) -> Option<&'static str> {
        self.code
    }

    pub fn body(&self) -> Bytes {
        let body = json!({
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.code,
            }
        });
        Bytes::from(serde_json::to_vec(&body).expect("error body serializes"))
    }
}

impl std::fmt::Display for GatewayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.message)
    }
}
