//! Redaction: what must be caught, and ordinary text that must pass untouched.

use serde_json::json;
use triage_flywheel::{CustomPattern, RedactionConfig, Redactor};

fn redact(text: &str) -> String {
    Redactor::new(&RedactionConfig::default())
        .unwrap()
        .redact_str(text)
        .into_owned()
}

#[test]
fn emails() {
    for (input, want) in [
        ("mail jane.doe@example.com now", "mail [REDACTED:email] now"),
        ("<a.b+tag@sub.example.co.uk>", "<[REDACTED:email]>"),
        ("Contact: x_y-z@corp-mail.io.", "Contact: [REDACTED:email]."),
    ] {
        assert_eq!(redact(input), want, "{input}");
    }
}

#[test]
fn phone_numbers() {
    for (input, want) in [
        ("call +1 415 555 2671 today", "call [REDACTED:phone] today"),
        ("call +14155552671", "call [REDACTED:phone]"),
        ("UK: +44 20 7946 0958", "UK: [REDACTED:phone]"),
        ("+33 (0)1 23 45 67 89", "[REDACTED:phone]"),
        ("(555) 123-4567", "[REDACTED:phone]"),
        ("555-123-4567", "[REDACTED:phone]"),
        ("555.123.4567", "[REDACTED:phone]"),
        ("1-800-555-0199", "[REDACTED:phone]"),
    ] {
        assert_eq!(redact(input), want, "{input}");
    }
}

#[test]
fn payment_cards() {
    for (input, want) in [
        ("visa 4111 1111 1111 1111 ok", "visa [REDACTED:card] ok"),
        ("4111-1111-1111-1111", "[REDACTED:card]"),
        ("card=5555555555554444;", "card=[REDACTED:card];"),
        ("amex 3782 822463 10005", "amex [REDACTED:card]"),
        ("amex 378282246310005", "amex [REDACTED:card]"),
        ("discover 6011111111111117", "discover [REDACTED:card]"),
    ] {
        assert_eq!(redact(input), want, "{input}");
    }
}

#[test]
fn secrets() {
    for (input, want) in [
        (
            "key sk-proj-Abc123def456ghi789jkl012",
            "key [REDACTED:secret]",
        ),
        (
            "sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123",
            "[REDACTED:secret]",
        ),
        ("AKIAIOSFODNN7EXAMPLE", "[REDACTED:secret]"),
        (
            "token ghp_abcdefghijklmnopqrstuvwxyz0123456789",
            "token [REDACTED:secret]",
        ),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def-ghi",
            "Authorization: Bearer [REDACTED:secret]",
        ),
        ("password=hunter2hunter", "password=[REDACTED:secret]"),
        (
            r#"{"api_key": "abcd1234efgh"}"#,
            r#"{"api_key": "[REDACTED:secret]"}"#,
        ),
        (
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
            "[REDACTED:secret]",
        ),
    ] {
        assert_eq!(redact(input), want, "{input}");
    }
}

#[test]
fn ordinary_numbers_dates_prices_and_ids_pass_untouched() {
    for input in [
        "The meeting is on 2026-11-25 at 17:00, or 25/11/2026, or 2026.11.25.",
        "It costs $1,234.56 or EUR 1.234,56; total 1234567.89.",
        "Order 1234567890123456 shipped; invoice 000123456789.",
        "uuid 550e8400-e29b-41d4-a716-446655440000 and 12345678-1234-1234-1234-123456789012",
        "Timestamp 20261125170000123 and unix 1795626000000.",
        "Population grew from 8,000,000,000 to 8.1 billion; pi is 3.14159265358979.",
        "ISBN 978-3-16-148410-0, version 1.2.3, IP 192.168.100.200, port 8080.",
        "Math: 2+2=4, +15% growth, -40 degrees, 1 + 2 = 3.",
        "Call extension 4567 or room 123-45.",
        "sha256 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b",
        "task-abcdefghijklmnopqrstuvwxyz and risk-assessment-framework-for-banks",
        "Your password must be 12 characters.",
    ] {
        assert_eq!(redact(input), input);
    }
}

#[test]
fn every_kind_can_be_switched_off() {
    let text = "a@b.io +1 415 555 2671 4111111111111111 sk-abcdefghijklmnopqrstuvwx";
    let off = Redactor::new(&RedactionConfig::none()).unwrap();
    assert!(!off.is_active());
    assert_eq!(off.redact_str(text), text);
    let only_cards = RedactionConfig {
        cards: true,
        ..RedactionConfig::none()
    };
    assert_eq!(
        Redactor::new(&only_cards).unwrap().redact_str(text),
        "a@b.io +1 415 555 2671 [REDACTED:card] sk-abcdefghijklmnopqrstuvwx"
    );
}

#[test]
fn custom_patterns_use_their_name_and_secret_group() {
    let config = RedactionConfig {
        custom: vec![
            CustomPattern {
                name: "employee_id".into(),
                pattern: r"\bEMP-\d{5}\b".into(),
            },
            CustomPattern {
                name: "ssn".into(),
                pattern: r"SSN:\s*(?P<secret>\d{3}-\d{2}-\d{4})".into(),
            },
        ],
        ..RedactionConfig::none()
    };
    let r = Redactor::new(&config).unwrap();
    assert_eq!(
        r.redact_str("EMP-12345 has SSN: 123-45-6789"),
        "[REDACTED:employee_id] has SSN: [REDACTED:ssn]"
    );
}

#[test]
fn json_values_are_redacted_recursively_keys_untouched() {
    let r = Redactor::new(&RedactionConfig::default()).unwrap();
    let mut v = json!({
        "messages": [{"role": "user", "content": [{"type": "text", "text": "I am a@b.io"}]}],
        "tool_calls": [{"function": {"arguments": "{\"email\":\"a@b.io\",\"n\":5}"}}],
        "a@b.io": 4111111111111111u64,
        "n": 12,
    });
    r.redact_value(&mut v);
    assert_eq!(
        v["messages"][0]["content"][0]["text"],
        "I am [REDACTED:email]"
    );
    // Still valid JSON inside the arguments string.
    let args: serde_json::Value = serde_json::from_str(
        v["tool_calls"][0]["function"]["arguments"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(args, json!({"email": "[REDACTED:email]", "n": 5}));
    assert_eq!(
        v["a@b.io"], 4111111111111111u64,
        "keys and numbers are left alone"
    );
}

#[test]
fn config_parses_with_defaults_and_rejects_unknown_keys() {
    let c: RedactionConfig = serde_json::from_str(r#"{"phones": false}"#).unwrap();
    assert_eq!(
        c,
        RedactionConfig {
            phones: false,
            ..RedactionConfig::default()
        }
    );
    assert!(serde_json::from_str::<RedactionConfig>(r#"{"phone": false}"#).is_err());
    let c: RedactionConfig =
        serde_json::from_str(r#"{"custom": [{"name": "x", "pattern": "a+"}]}"#).unwrap();
    assert_eq!(c.custom.len(), 1);
    assert!(c.emails && c.cards && c.secrets);
}
