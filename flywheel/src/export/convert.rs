//! From a logged request and answer to training rows: the client's conversation cleaned to
//! what OpenAI's chat fine-tuning format accepts, the assistant answer, and the texts the
//! classifier is trained on. Pure functions of the record; no I/O.

use serde_json::{Map, Value};

use crate::record::ResponseInfo;

/// Why a request cannot become a chat example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reject {
    /// No `messages` array (e.g. `/v1/completions`, embeddings).
    NotChat,
    /// A role fine-tuning does not accept, no user turn, or not ending on a user/tool turn.
    InvalidMessages,
}

/// The client's side of a chat request, cleaned.
#[derive(Debug, Clone)]
pub(crate) struct Conversation {
    pub messages: Vec<Value>,
    pub tools: Option<Value>,
    pub parallel_tool_calls: Option<Value>,
}

const MESSAGE_KEYS: &[&str] = &[
    "role",
    "content",
    "name",
    "tool_calls",
    "tool_call_id",
    "function_call",
];

impl Conversation {
    pub fn from_request(request: &Value) -> Result<Self, Reject> {
        let Some(raw) = request.get("messages").and_then(Value::as_array) else {
            return Err(Reject::NotChat);
        };
        let mut messages = Vec::with_capacity(raw.len() + 1);
        for m in raw {
            let m = clean_message(m).ok_or(Reject::InvalidMessages)?;
            messages.push(m);
        }
        let role = |m: &Value| {
            m.get("role")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let has_user = messages.iter().any(|m| role(m) == "user");
        let ends_on_turn = messages
            .last()
            .is_some_and(|m| matches!(role(m).as_str(), "user" | "tool" | "function"));
        if !has_user || !ends_on_turn {
            return Err(Reject::InvalidMessages);
        }
        let tools = request
            .get("tools")
            .filter(|t| t.as_array().is_some_and(|a| !a.is_empty()))
            .cloned();
        let parallel_tool_calls = tools
            .as_ref()
            .and(request.get("parallel_tool_calls"))
            .filter(|v| v.is_boolean())
            .cloned();
        Ok(Conversation {
            messages,
            tools,
            parallel_tool_calls,
        })
    }

    fn texts_of<'a>(&'a self, roles: &'a [&str]) -> impl Iterator<Item = String> + 'a {
        self.messages
            .iter()
            .filter(move |m| {
                m.get("role")
                    .and_then(Value::as_str)
                    .is_some_and(|r| roles.contains(&r))
            })
            .map(|m| content_text(m.get("content")))
            .filter(|t| !t.trim().is_empty())
    }

    /// System and developer messages, joined by blank lines.
    pub fn system_text(&self) -> String {
        self.texts_of(&["system"]).collect::<Vec<_>>().join("\n\n")
    }

    /// Every user message, joined.
    pub fn user_text(&self) -> String {
        self.texts_of(&["user"]).collect::<Vec<_>>().join("\n")
    }

    /// The text of the last user message.
    pub fn last_user_text(&self) -> String {
        self.messages
            .iter()
            .rev()
            .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
            .map(|m| content_text(m.get("content")))
            .unwrap_or_default()
    }

    /// A text that is equal for conversations that differ only in case and spacing.
    pub fn normalized_key(&self) -> String {
        let mut key = String::new();
        for m in &self.messages {
            key.push_str(m.get("role").and_then(Value::as_str).unwrap_or_default());
            key.push('\u{1}');
            key.push_str(&normalize(&content_text(m.get("content"))));
            for k in ["tool_calls", "tool_call_id", "function_call"] {
                if let Some(v) = m.get(k) {
                    key.push('\u{1}');
                    key.push_str(&v.to_string());
                }
            }
            key.push('\u{2}');
        }
        if let Some(t) = &self.tools {
            key.push_str(&t.to_string());
        }
        key
    }

    /// One line of OpenAI's chat fine-tuning JSONL.
    pub fn example(&self, answer: Value) -> Value {
        let mut messages = self.messages.clone();
        messages.push(answer);
        let mut line = Map::new();
        line.insert("messages".into(), Value::Array(messages));
        if let Some(t) = &self.tools {
            line.insert("tools".into(), t.clone());
        }
        if let Some(p) = &self.parallel_tool_calls {
            line.insert("parallel_tool_calls".into(), p.clone());
        }
        Value::Object(line)
    }
}

/// Keeps the keys fine-tuning accepts, drops nulls, and maps `developer` to `system`.
fn clean_message(m: &Value) -> Option<Value> {
    let obj = m.as_object()?;
    let role = match obj.get("role")?.as_str()? {
        "developer" => "system",
        r @ ("system" | "user" | "assistant" | "tool" | "function") => r,
        _ => return None,
    };
    let mut out = Map::new();
    out.insert("role".into(), Value::String(role.into()));
    for &k in &MESSAGE_KEYS[1..] {
        if let Some(v) = obj.get(k).filter(|v| !v.is_null()) {
            out.insert(k.into(), v.clone());
        }
    }
    if role == "assistant" && !out.contains_key("content") {
        out.insert("content".into(), Value::Null);
    }
    Some(Value::Object(out))
}

/// What is wrong with an answer, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AnswerFault {
    Status,
    FinishReason,
    Empty,
    Refusal,
}

/// Checks the answer against the quality rules and returns it as the last message.
pub(crate) fn answer(
    response: &ResponseInfo,
    require_success: bool,
    finish_reasons: &[String],
    require_answer: bool,
    drop_refusals: bool,
) -> Result<Value, AnswerFault> {
    if require_success && response.status != 200 {
        return Err(AnswerFault::Status);
    }
    if !finish_reasons.is_empty()
        && !response
            .finish_reason
            .as_ref()
            .is_some_and(|f| finish_reasons.contains(f))
    {
        return Err(AnswerFault::FinishReason);
    }
    let message = response.message.as_ref().and_then(Value::as_object);
    let refusal = message
        .and_then(|m| m.get("refusal"))
        .and_then(Value::as_str)
        .is_some_and(|r| !r.trim().is_empty());
    if drop_refusals && refusal {
        return Err(AnswerFault::Refusal);
    }
    let mut out = Map::new();
    out.insert("role".into(), Value::String("assistant".into()));
    let content = message
        .and_then(|m| m.get("content"))
        .cloned()
        .unwrap_or(Value::Null);
    let has_text = !content_text(Some(&content)).trim().is_empty();
    out.insert("content".into(), content);
    let tool_calls: Vec<Value> = message
        .and_then(|m| m.get("tool_calls"))
        .and_then(Value::as_array)
        .map(|calls| calls.iter().filter_map(clean_tool_call).collect())
        .unwrap_or_default();
    let has_calls = !tool_calls.is_empty();
    if has_calls {
        out.insert("tool_calls".into(), Value::Array(tool_calls));
    }
    if let Some(f) = message
        .and_then(|m| m.get("function_call"))
        .filter(|f| f.is_object())
    {
        out.insert("function_call".into(), f.clone());
    }
    if require_answer && !has_text && !has_calls && !out.contains_key("function_call") {
        return Err(AnswerFault::Empty);
    }
    Ok(Value::Object(out))
}

fn clean_tool_call(call: &Value) -> Option<Value> {
    let function = call.get("function")?.as_object()?;
    let name = function.get("name")?.as_str().filter(|n| !n.is_empty())?;
    let arguments = function
        .get("arguments")
        .and_then(Value::as_str)
        .unwrap_or("{}");
    let mut out = Map::new();
    if let Some(id) = call.get("id").filter(|v| v.is_string()) {
        out.insert("id".into(), id.clone());
    }
    out.insert("type".into(), Value::String("function".into()));
    out.insert(
        "function".into(),
        serde_json::json!({ "name": name, "arguments": arguments }),
    );
    Some(Value::Object(out))
}

/// The text of a message `content`: a string, or the `text` parts of an array.
pub(crate) fn content_text(content: Option<&Value>) -> String {
    match content {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.as_str().or_else(|| p.get("text").and_then(Value::as_str)))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// Lower case, words separated by single spaces, punctuation kept.
pub(crate) fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
