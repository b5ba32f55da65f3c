//! Watches a response on its way to the client: token usage, and the answer reassembled from
//! a JSON body or an SSE stream (content, tool calls, finish reason), for cost accounting and
//! the escalation log.
//!
//! It never changes what the client receives, with one exception it is asked for: when Triage
//! itself asked the upstream for stream usage (`stream_options.include_usage`), the extra usage
//! chunk and the `"usage":null` fields that come with it are removed, so the client gets the
//! stream it would have got without Triage.

use bytes::{Bytes, BytesMut};
use serde::Deserialize;
use serde_json::{json, Value};

/// Largest non-streaming body kept for parsing; larger answers are passed on but not read.
const MAX_JSON_BODY: usize = 32 << 20;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

/// One choice of the answer, rebuilt from stream deltas or taken from the JSON body.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choice {
    pub index: u64,
    pub role: Option<String>,
    pub content: String,
    pub refusal: String,
    pub tool_calls: Vec<ToolCall>,
    pub finish_reason: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToolCall {
    pub index: u64,
    pub id: Option<String>,
    pub kind: Option<String>,
    pub name: String,
    pub arguments: String,
}

impl Choice {
    /// The assistant message in OpenAI's shape.
    pub fn message(&self) -> Value {
        let mut m = json!({
            "role": self.role.as_deref().unwrap_or("assistant"),
            "content": if self.content.is_empty() && !self.tool_calls.is_empty() { Value::Null } else { Value::String(self.content.clone()) },
        });
        if !self.refusal.is_empty() {
            m["refusal"] = Value::String(self.refusal.clone());
        }
        if !self.tool_calls.is_empty() {
            m["tool_calls"] = self
                .tool_calls
                .iter()
                .map(|t| {
                    json!({
                        "id": t.id,
                        "type": t.kind.as_deref().unwrap_or("function"),
                        "function": {"name": t.name, "arguments": t.arguments},
                    })
                })
                .collect();
        }
        m
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Json,
    Sse,
    Other,
}

/// Fed every body chunk of one response, in order.
#[derive(Debug)]
pub struct ResponseObserver {
    kind: Kind,
    strip_usage: bool,
    /// JSON: the body so far. SSE: the bytes of an event not yet complete.
    buf: BytesMut,
    overflow: bool,
    pub usage: Option<Usage>,
    pub choices: Vec<Choice>,
    /// The upstream's own `model` field.
    pub model: Option<String>,
    pub saw_done: bool,
}

impl ResponseObserver {
    /// `content_type` of the response; `strip_usage` when Triage injected
    /// `stream_options.include_usage` that the client did not ask for.
    pub fn new(content_type: &str, strip_usage: bool) -> Self {
        let kind = if content_type.starts_with("text/event-stream") {
            Kind::Sse
        } else if content_type.starts_with("application/json") {
            Kind::Json
        } else {
            Kind::Other
        };
        ResponseObserver {
            kind,
            strip_usage: strip_usage && kind == Kind::Sse,
            buf: BytesMut::new(),
            overflow: false,
            usage: None,
            choices: Vec::new(),
            model: None,
            saw_done: false,
        }
    }

    /// The whole body as JSON, for a JSON response that was not too large (error bodies).
    pub fn body_json(&self) -> Option<Value> {
        (self.kind == Kind::Json && !self.overflow)
            .then(|| serde_json::from_slice(&self.buf).ok())
            .flatten()
    }

    /// Observes one chunk; returns the bytes to send to the client in its place.
    pub fn feed(&mut self, chunk: Option<Bytes>, end_of_stream: bool) -> Option<Bytes> {
        match self.kind {
            Kind::Other => chunk,
            Kind::Json => {
                if let Some(c) = &chunk {
                    if self.buf.len() + c.len() <= MAX_JSON_BODY {
                        self.buf.extend_from_slice(c);
                    } else {
                        self.overflow = true;
                    }
                }
                if end_of_stream && !self.overflow {
                    self.read_json_body();
                }
                chunk
            }
            Kind::Sse => {
                if let Some(c) = &chunk {
                    self.buf.extend_from_slice(c);
                }
                let mut out = self.strip_usage.then(BytesMut::new);
                while let Some(end) = event_end(&self.buf) {
                    let event = self.buf.split_to(end);
                    let keep = self.read_event(&event);
                    if let (Some(out), Some(keep)) = (out.as_mut(), keep) {
                        out.extend_from_slice(&keep);
                    }
                }
                if end_of_stream && !self.buf.is_empty() {
                    let event = self.buf.split();
                    let keep = self.read_event(&event);
                    if let (Some(out), Some(keep)) = (out.as_mut(), keep) {
                        out.extend_from_slice(&keep);
                    }
                }
                match out {
                    // Passing through: the client gets exactly the upstream's chunk.
                    None => chunk,
                    Some(out) if out.is_empty() => None,
                    Some(out) => Some(out.freeze()),
                }
            }
        }
    }

    fn read_json_body(&mut self) {
        let Ok(body) = serde_json::from_slice::<CompletionBody>(&self.buf) else {
            return;
        };
        self.usage = body.usage.map(Usage::from);
        self.model = body.model;
        for c in body.choices.unwrap_or_default() {
            let mut choice = Choice {
                index: c.index.unwrap_or(0),
                finish_reason: c.finish_reason,
                ..Choice::default()
            };
            if let Some(m) = c.message {
                choice.role = m.role;
                choice.content = m.content.unwrap_or_default();
                choice.refusal = m.refusal.unwrap_or_default();
                for (i, t) in m.tool_calls.unwrap_or_default().into_iter().enumerate() {
                    let f = t.function.unwrap_or_default();
                    choice.tool_calls.push(ToolCall {
                        index: t.index.unwrap_or(i as u64),
                        id: t.id,
                        kind: t.kind,
                        name: f.name.unwrap_or_default(),
                        arguments: f.arguments.unwrap_or_default(),
                    });
                }
            } else if let Some(text) = c.text {
                // /v1/completions
                choice.content = text;
            }
            self.choices.push(choice);
        }
    }

    /// Reads one SSE event; returns the bytes to pass on (None: drop the event).
    fn read_event(&mut self, event: &[u8]) -> Option<Bytes> {
        let Some(data) = event_data(event) else {
            return Some(Bytes::copy_from_slice(event));
        };
        if data.trim_ascii() == b"[DONE]" {
            self.saw_done = true;
            return Some(Bytes::copy_from_slice(event));
        }
        let Ok(chunk) = serde_json::from_slice::<CompletionBody>(data) else {
            return Some(Bytes::copy_from_slice(event));
        };
        if let Some(u) = chunk.usage {
            self.usage = Some(u.into());
        }
        if self.model.is_none() {
            self.model = chunk.model;
        }
        let usage_only = chunk.choices.as_ref().is_some_and(Vec::is_empty) && self.usage.is_some();
        for c in chunk.choices.unwrap_or_default() {
            let index = c.index.unwrap_or(0);
            let pos = match self.choices.iter().position(|x| x.index == index) {
                Some(p) => p,
                None => {
                    self.choices.push(Choice {
                        index,
                        ..Choice::default()
                    });
                    self.choices.len() - 1
                }
            };
            let choice = &mut self.choices[pos];
            if c.finish_reason.is_some() {
                choice.finish_reason = c.finish_reason;
            }
            if let Some(text) = c.text {
                choice.content.push_str(&text);
            }
            let Some(delta) = c.delta else { continue };
            if delta.role.is_some() {
                choice.role = delta.role;
            }
            if let Some(text) = delta.content {
                choice.content.push_str(&text);
            }
            if let Some(text) = delta.refusal {
                choice.refusal.push_str(&text);
            }
            for t in delta.tool_calls.unwrap_or_default() {
                let tindex = t.index.unwrap_or(0);
                let call = match choice.tool_calls.iter_mut().position(|x| x.index == tindex) {
                    Some(p) => &mut choice.tool_calls[p],
                    None => {
                        choice.tool_calls.push(ToolCall {
                            index: tindex,
                            ..ToolCall::default()
                        });
                        choice.tool_calls.last_mut().expect("just pushed")
                    }
                };
                if t.id.is_some() {
                    call.id = t.id;
                }
                if t.kind.is_some() {
                    call.kind = t.kind;
                }
                if let Some(f) = t.function {
                    call.name.push_str(f.name.as_deref().unwrap_or_default());
                    call.arguments
                        .push_str(f.arguments.as_deref().unwrap_or_default());
                }
            }
        }
        if !self.strip_usage {
            return Some(Bytes::new());
        }
        if usage_only {
            return None;
        }
        Some(remove_null_usage(event))
    }
}

/// Index just past the blank line ending the first complete event in `buf`.
fn event_end(buf: &[u8]) -> Option<usize> {
    let lf = memchr::memmem::find(buf, b"\n\n").map(|i| i + 2);
    let crlf = memchr::memmem::find(buf, b"\r\n\r\n").map(|i| i + 4);
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The payload of an event's `data:` line(s).
fn event_data(event: &[u8]) -> Option<&[u8]> {
    event
        .split(|b| *b == b'\n')
        .find_map(|line| line.strip_prefix(b"data:"))
        .map(|d| d.strip_prefix(b" ").unwrap_or(d))
        .map(|d| d.strip_suffix(b"\r").unwrap_or(d))
}

/// The event without its top-level `"usage": null` member (added only because Triage asked
/// for stream usage).
fn remove_null_usage(event: &[u8]) -> Bytes {
    let Some(key) = memchr::memmem::find(event, b"\"usage\"") else {
        return Bytes::copy_from_slice(event);
    };
    let mut end = key + b"\"usage\"".len();
    let skip_ws = |mut i: usize| {
        while event
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() && *b != b'\n')
        {
            i += 1;
        }
        i
    };
    end = skip_ws(end);
    if event.get(end) != Some(&b':') {
        return Bytes::copy_from_slice(event);
    }
    end = skip_ws(end + 1);
    if !event[end..].starts_with(b"null") {
        return Bytes::copy_from_slice(event);
    }
    end += 4;
    // Take the comma on one side with it: `,"usage":null` or `"usage":null,`.
    let mut start = key;
    let before = event[..start]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace());
    let after = skip_ws(end);
    if before.is_some_and(|i| event[i] == b',') {
        start = before.expect("checked");
    } else if event.get(after) == Some(&b',') {
        end = skip_ws(after + 1);
    }
    let mut out = BytesMut::with_capacity(event.len());
    out.extend_from_slice(&event[..start]);
    out.extend_from_slice(&event[end..]);
    out.freeze()
}

#[derive(Deserialize)]
struct CompletionBody {
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    choices: Option<Vec<ChoiceBody>>,
    #[serde(default)]
    usage: Option<UsageBody>,
}

#[derive(Deserialize)]
struct UsageBody {
    #[serde(default)]
    prompt_tokens: u64,
    #[serde(default)]
    completion_tokens: u64,
}

impl From<UsageBody> for Usage {
    fn from(u: UsageBody) -> Usage {
        Usage {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
        }
    }
}

#[derive(Deserialize)]
struct ChoiceBody {
    #[serde(default)]
    index: Option<u64>,
    #[serde(default)]
    finish_reason: Option<String>,
    #[serde(default)]
    message: Option<MessageBody>,
    #[serde(default)]
    delta: Option<MessageBody>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
struct MessageBody {
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    content: Option<String>,
    #[serde(default)]
    refusal: Option<String>,
    #[serde(default)]
    tool_calls: Option<Vec<ToolCallBody>>,
}

#[derive(Deserialize)]
struct ToolCallBody {
    #[serde(default)]
    index: Option<u64>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    function: Option<FunctionBody>,
}

#[derive(Deserialize, Default)]
struct FunctionBody {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    arguments: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_all(obs: &mut ResponseObserver, parts: &[&str]) -> String {
        let mut out = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            let eos = i == parts.len() - 1;
            if let Some(b) = obs.feed(Some(Bytes::copy_from_slice(p.as_bytes())), eos) {
                out.extend_from_slice(&b);
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_body_gives_usage_and_message() {
        let body = r#"{"id":"x","model":"m-1","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},"finish_reason":"tool_calls"}],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}"#;
        let mut obs = ResponseObserver::new("application/json", false);
        let (a, b) = body.split_at(40);
        assert_eq!(feed_all(&mut obs, &[a, b]), body);
        assert_eq!(
            obs.usage,
            Some(Usage {
                prompt_tokens: 12,
                completion_tokens: 5
            })
        );
        assert_eq!(obs.model.as_deref(), Some("m-1"));
        let m = obs.choices[0].message();
        assert_eq!(m["content"], Value::Null);
        assert_eq!(m["tool_calls"][0]["function"]["arguments"], "{\"a\":1}");
        assert_eq!(obs.choices[0].finish_reason.as_deref(), Some("tool_calls"));
    }

    const STREAM: &[&str] = &[
        "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}],\"usage\":null}\n\n",
        "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"},\"finish_reason\":null}],\"usage\":null}\n\ndata: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_9\",\"type\":\"function\",\"function\":{\"name\":\"get_\",\"arguments\":\"\"}}]}}],\"usage\":null}\n",
        "\ndata: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\",\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\"}}]}}],\"usage\":null}\n\ndata: {\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Oslo\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}],\"usage\":null}\n\n",
        "data: {\"id\":\"c\",\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":7,\"total_tokens\":37}}\n\n",
        "data: [DONE]\n\n",
    ];

    #[test]
    fn stream_is_reassembled_and_passed_through_unchanged() {
        let mut obs = ResponseObserver::new("text/event-stream", false);
        let out = feed_all(&mut obs, STREAM);
        assert_eq!(out, STREAM.concat());
        assert_eq!(
            obs.usage,
            Some(Usage {
                prompt_tokens: 30,
                completion_tokens: 7
            })
        );
        assert!(obs.saw_done);
        let c = &obs.choices[0];
        assert_eq!(c.content, "Hello");
        assert_eq!(c.tool_calls[0].id.as_deref(), Some("call_9"));
        assert_eq!(c.tool_calls[0].name, "get_weather");
        assert_eq!(c.tool_calls[0].arguments, "{\"city\":\"Oslo\"}");
        assert_eq!(c.finish_reason.as_deref(), Some("tool_calls"));
    }

    #[test]
    fn injected_usage_is_stripped_from_what_the_client_sees() {
        let mut obs = ResponseObserver::new("text/event-stream", true);
        let out = feed_all(&mut obs, STREAM);
        let expected = STREAM[..3].concat().replace(",\"usage\":null", "") + "data: [DONE]\n\n";
        assert_eq!(out, expected);
        assert_eq!(
            obs.usage,
            Some(Usage {
                prompt_tokens: 30,
                completion_tokens: 7
            })
        );
        assert_eq!(obs.choices[0].content, "Hello");
    }

    #[test]
    fn null_usage_removal_handles_spacing_and_position() {
        let cases = [
            (
                "data: {\"a\":1, \"usage\": null}\n\n",
                "data: {\"a\":1}\n\n",
            ),
            ("data: {\"usage\":null,\"a\":1}\n\n", "data: {\"a\":1}\n\n"),
            (
                "data: {\"usage\" : null , \"a\":1}\n\n",
                "data: {\"a\":1}\n\n",
            ),
            (
                "data: {\"a\":\"usage\",\"usage\":{\"x\":1}}\n\n",
                "data: {\"a\":\"usage\",\"usage\":{\"x\":1}}\n\n",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                remove_null_usage(input.as_bytes()),
                Bytes::from(expected),
                "{input}"
            );
        }
    }

    #[test]
    fn crlf_events_comments_and_garbage_pass_through() {
        let parts = [": keep-alive\r\n\r\n", "data: not json\r\n\r\ndata: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\r\n\r\n", "data: [DONE]\r\n\r\n"];
        let mut obs = ResponseObserver::new("text/event-stream", true);
        assert_eq!(feed_all(&mut obs, &parts), parts.concat());
        assert_eq!(obs.choices[0].content, "x");
        assert!(obs.saw_done);
    }
}
