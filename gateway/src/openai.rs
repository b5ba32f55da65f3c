//! OpenAI wire format: the little of a request that routing reads, the one edit Triage makes
//! to it (the `model` value), and the error body every failure is answered with.
//!
//! Requests are never re-serialized: the body is parsed in place, and the new `model` string
//! is spliced between the untouched bytes before and after it, so every other field (tools,
//! response_format, unknown future fields, even whitespace and key order) reaches the upstream
//! byte for byte.

use bytes::{Bytes, BytesMut};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::ops::Range;

use crate::error::GatewayError;

/// The API endpoints Triage proxies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    ChatCompletions,
    Completions,
    Embeddings,
}

impl Endpoint {
    /// The endpoint's name in escalation log records.
    pub fn record_name(self) -> &'static str {
        match self {
            Endpoint::ChatCompletions => "chat.completions",
            Endpoint::Completions => "completions",
            Endpoint::Embeddings => "embeddings",
        }
    }

    /// Path below the upstream's base URL.
    pub fn upstream_suffix(self) -> &'static str {
        match self {
            Endpoint::ChatCompletions => "/chat/completions",
            Endpoint::Completions => "/completions",
            Endpoint::Embeddings => "/embeddings",
        }
    }
}

/// A parsed request body: the original bytes, where the `model` string sits in them, and the
/// features routing needs.
#[derive(Debug)]
pub struct ParsedRequest {
    body: Bytes,
    model_span: Range<usize>,
    pub model: String,
    pub stream: bool,
    /// Whether the client itself asked for `stream_options.include_usage`.
    pub client_stream_usage: bool,
    /// Whether the client sent any `stream_options` at all.
    has_stream_options: bool,
    /// Only for chat completions.
    pub chat: Option<ChatFeatures>,
}

/// What routing reads from a chat completion request.
#[derive(Debug, Default)]
pub struct ChatFeatures {
    /// System and developer messages, joined by newlines.
    pub system: String,
    /// Text of the last user message.
    pub last_user: String,
    /// Bytes of text across all messages, for the token estimate.
    pub text_bytes: usize,
    pub has_tools: bool,
    pub has_images: bool,
}

impl ChatFeatures {
    /// About four bytes of English text per token.
    pub fn estimated_tokens(&self) -> u32 {
        u32::try_from(self.text_bytes.div_ceil(4)).unwrap_or(u32::MAX)
    }
}

#[derive(Deserialize)]
struct BodyView<'a> {
    #[serde(borrow, default)]
    model: Option<&'a RawValue>,
    #[serde(default)]
    stream: Option<bool>,
    #[serde(default)]
    stream_options: Option<StreamOptions>,
    #[serde(borrow, default)]
    messages: Option<Vec<MessageView<'a>>>,
    #[serde(borrow, default)]
    tools: Option<&'a RawValue>,
    #[serde(borrow, default)]
    functions: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct StreamOptions {
    #[serde(default)]
    include_usage: Option<bool>,
}

#[derive(Deserialize)]
struct MessageView<'a> {
    #[serde(borrow)]
    role: std::borrow::Cow<'a, str>,
    #[serde(borrow, default)]
    content: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Content {
    Text(String),
    Parts(Vec<Part>),
}

#[derive(Deserialize)]
struct Part {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
}

impl ParsedRequest {
    pub fn parse(endpoint: Endpoint, body: Bytes) -> Result<ParsedRequest, GatewayError> {
        if !body.trim_ascii_start().starts_with(b"{") {
            return Err(
                if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_ok() {
                    GatewayError::invalid("The request body must be a JSON object.", None)
                } else {
                    GatewayError::invalid_json()
                },
            );
        }
        let mut de = serde_json::Deserializer::from_slice(&body);
        let view: BodyView = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            if e.inner().is_syntax() || e.inner().is_eof() {
                return GatewayError::invalid_json();
            }
            let path = e.path().to_string();
            let param = path.split(['.', '[']).next().unwrap_or_default().to_owned();
            GatewayError::invalid(
                format!(
                    "Invalid value for '{path}': {}",
                    strip_position(&e.into_inner().to_string())
                ),
                Some(param),
            )
        })?;
        de.end().map_err(|_| GatewayError::invalid_json())?;

        let raw_model = view.model.ok_or_else(|| {
            GatewayError::missing_parameter("model", "you must provide a model parameter")
        })?;
        let model: String = serde_json::from_str(raw_model.get()).map_err(|_| {
            GatewayError::invalid(
                "Invalid type for 'model': expected a string.",
                Some("model".into()),
            )
        })?;
        let start = raw_model.get().as_ptr() as usize - body.as_ptr() as usize;
        let model_span = start..start + raw_model.get().len();

        let chat = if endpoint == Endpoint::ChatCompletions {
            let messages = view.messages.ok_or_else(|| {
                GatewayError::missing_parameter(
                    "messages",
                    "Missing required parameter: 'messages'.",
                )
            })?;
            if messages.is_empty() {
                return Err(GatewayError::invalid(
                    "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
                    Some("messages".into()),
                ));
            }
            let mut features = ChatFeatures {
                has_tools: view.tools.is_some_and(is_present)
                    || view.functions.is_some_and(is_present),
                ..ChatFeatures::default()
            };
            for (i, m) in messages.iter().enumerate() {
                let text = match m.content {
                    None => String::new(),
                    Some(raw) => content_text(raw, &mut features.has_images).ok_or_else(|| {
                        GatewayError::invalid(
                            format!("Invalid type for 'messages[{i}].content': expected a string or an array of content parts."),
                            Some(format!("messages[{i}].content")),
                        )
                    })?,
                };
                features.text_bytes += text.len();
                match m.role.as_ref() {
                    "system" | "developer" => {
                        if !features.system.is_empty() {
                            features.system.push('\n');
                        }
                        features.system.push_str(&text);
                    }
                    "user" => features.last_user = text,
                    _ => {}
                }
            }
            Some(features)
        } else {
            None
        };

        Ok(ParsedRequest {
            stream: view.stream.unwrap_or(false),
            client_stream_usage: view
                .stream_options
                .as_ref()
                .and_then(|o| o.include_usage)
                .unwrap_or(false),
            has_stream_options: view.stream_options.is_some(),
            model,
            model_span,
            chat,
            body,
        })
    }

    pub fn body_len(&self) -> usize {
        self.body.len()
    }

    /// The client's request body as received.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// Whether Triage should ask the upstream for stream usage: a streaming request whose
    /// client sent no `stream_options` (Triage then removes the usage chunk from the stream).
    pub fn wants_injected_stream_usage(&self) -> bool {
        self.stream && !self.has_stream_options
    }

    /// The request body with `model` set to `upstream_model` and, if `inject_stream_usage`,
    /// `"stream_options":{"include_usage":true}` as the first member; every other byte unchanged.
    pub fn body_for(&self, upstream_model: &str, inject_stream_usage: bool) -> Bytes {
        let inject = inject_stream_usage && self.wants_injected_stream_usage();
        if upstream_model == self.model && !inject {
            return self.body.clone();
        }
        let new_model = serde_json::to_string(upstream_model).expect("a string serializes");
        let mut out =
            BytesMut::with_capacity(self.body.len() + new_model.len() + STREAM_USAGE.len());
        let mut from = 0;
        if inject {
            // The body starts with `{` (checked by parse), possibly after whitespace.
            let brace = self
                .body
                .iter()
                .position(|b| *b == b'{')
                .expect("object body");
            out.extend_from_slice(&self.body[..=brace]);
            out.extend_from_slice(STREAM_USAGE);
            from = brace + 1;
        }
        out.extend_from_slice(&self.body[from..self.model_span.start]);
        out.extend_from_slice(new_model.as_bytes());
        out.extend_from_slice(&self.body[self.model_span.end..]);
        out.freeze()
    }
}

const STREAM_USAGE: &[u8] = br#""stream_options":{"include_usage":true},"#;

fn is_present(raw: &RawValue) -> bool {
    !matches!(raw.get(), "null" | "[]")
}

/// The text of a message's content, marking whether it holds an image; None if malformed.
fn content_text(raw: &RawValue, has_images: &mut bool) -> Option<String> {
    if raw.get() == "null" {
        return Some(String::new());
    }
    match serde_json::from_str::<Content>(raw.get()).ok()? {
        Content::Text(s) => Some(s),
        Content::Parts(parts) => {
            let mut text = String::new();
            for part in parts {
                match part.kind.as_str() {
                    "text" => {
                        if !text.is_empty() {
                            text.push('\n');
                        }
                        text.push_str(part.text.as_deref().unwrap_or_default());
                    }
                    "image_url" | "input_image" | "image" => *has_images = true,
                    _ => {}
                }
            }
            Some(text)
        }
    }
}

/// serde_json appends " at line L column C"; clients get the message without it.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(body: &str) -> Result<ParsedRequest, GatewayError> {
        ParsedRequest::parse(
            Endpoint::ChatCompletions,
            Bytes::copy_from_slice(body.as_bytes()),
        )
    }

    #[test]
    fn splices_model_and_keeps_every_other_byte() {
        let body = r#"{ "temperature":0.70, "model" : "auto",
            "messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi \u00e9"}],
            "tools":[{"type":"function","function":{"name":"f","parameters":{}}}], "x_future": [1e3] }"#;
        let req = parse(body).unwrap();
        assert_eq!(req.model, "auto");
        let out = req.body_for("lora/\"extract\"", true);
        let expected = body.replace(r#""auto""#, r#""lora/\"extract\"""#);
        assert_eq!(std::str::from_utf8(&out).unwrap(), expected);
        let chat = req.chat.as_ref().unwrap();
        assert_eq!(chat.system, "Be brief.");
        assert_eq!(chat.last_user, "Hi é");
        assert!(chat.has_tools);
        assert!(!chat.has_images);
        assert_eq!(
            req.body_for("auto", true),
            Bytes::copy_from_slice(body.as_bytes())
        );
    }

    #[test]
    fn stream_usage_is_injected_only_when_the_client_sent_no_stream_options() {
        let body = r#" {"model":"auto","stream":true,"messages":[{"role":"user","content":"hi"}]}"#;
        let req = parse(body).unwrap();
        assert!(req.wants_injected_stream_usage() && !req.client_stream_usage);
        let out = req.body_for("m", true);
        assert_eq!(
            std::str::from_utf8(&out).unwrap(),
            r#" {"stream_options":{"include_usage":true},"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}"#
        );
        serde_json::from_slice::<serde_json::Value>(&out).unwrap();
        assert_eq!(
            std::str::from_utf8(&req.body_for("m", false)).unwrap(),
            body.replace("auto", "m")
        );

        let asked = parse(r#"{"model":"auto","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}"#).unwrap();
        assert!(asked.client_stream_usage && !asked.wants_injected_stream_usage());
        let declined = parse(r#"{"model":"auto","stream":true,"stream_options":{"include_usage":false},"messages":[{"role":"user","content":"hi"}]}"#).unwrap();
        assert!(!declined.client_stream_usage && !declined.wants_injected_stream_usage());
        let plain =
            parse(r#"{"model":"auto","messages":[{"role":"user","content":"hi"}]}"#).unwrap();
        assert!(!plain.wants_injected_stream_usage());
    }

    #[test]
    fn reads_content_parts_and_images() {
        let req = parse(r#"{"model":"m","stream":true,"messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:,"}}]},{"role":"assistant","content":null,"tool_calls":[]}]}"#).unwrap();
        let chat = req.chat.unwrap();
        assert!(req.stream);
        assert!(chat.has_images);
        assert_eq!(chat.last_user, "What is this?");
        assert_eq!(chat.estimated_tokens(), 4);
    }

    #[test]
    fn rejects_what_openai_rejects() {
        let cases = [
            ("", "invalid_json"),
            ("{", "invalid_json"),
            ("[1]", "invalid_request_error"),
            ("{} trailing", "invalid_json"),
            (
                r#"{"messages":[{"role":"user","content":"x"}]}"#,
                "missing_required_parameter",
            ),
            (r#"{"model":"m"}"#, "missing_required_parameter"),
            (r#"{"model":"m","messages":[]}"#, "invalid_request_error"),
            (
                r#"{"model":7,"messages":[{"role":"user","content":"x"}]}"#,
                "invalid_request_error",
            ),
            (
                r#"{"model":"m","messages":{"role":"user"}}"#,
                "invalid_request_error",
            ),
            (
                r#"{"model":"m","messages":[{"content":"x"}]}"#,
                "invalid_request_error",
            ),
            (
                r#"{"model":"m","messages":[{"role":"user","content":5}]}"#,
                "invalid_request_error",
            ),
            (
                r#"{"model":"a","model":"b","messages":[{"role":"user","content":"x"}]}"#,
                "invalid_request_error",
            ),
            (
                r#"{"model":"m","stream":"yes","messages":[{"role":"user","content":"x"}]}"#,
                "invalid_request_error",
            ),
        ];
        for (body, expect) in cases {
            let err = parse(body).expect_err(body);
            assert_eq!(err.status(), 400, "{body}");
            let json: serde_json::Value = serde_json::from_slice(&err.body()).unwrap();
            let e = &json["error"];
            assert!(
                e["message"].as_str().is_some_and(|m| !m.is_empty()),
                "{body}"
            );
            assert!(
                e["type"] == "invalid_request_error"
                    && (expect == "invalid_request_error" || e["code"] == expect),
                "{body}: {json}"
            );
        }
    }

    #[test]
    fn embeddings_need_only_a_model() {
        let req = ParsedRequest::parse(
            Endpoint::Embeddings,
            Bytes::from_static(br#"{"input":"hi","model":"emb"}"#),
        )
        .unwrap();
        assert_eq!(req.model, "emb");
        assert!(req.chat.is_none());
    }
}
