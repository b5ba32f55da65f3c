"""The official `openai` Python SDK, pointed at Triage by base_url only, works unchanged."""

import openai
import pytest
from conftest import Upstream

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway, api_key="client-key", max_retries=0, timeout=30)


def test_non_streaming_routes_narrow_prompt_locally(client):
    raw = client.chat.completions.with_raw_response.create(
        model="auto",
        messages=[{"role": "user", "content": "Extract the invoice number from: Invoice #4411 due 2026-12-01."}],
        temperature=0.1,
    )
    assert raw.headers["x-triage-target"] == "local-extract"
    assert raw.headers["x-triage-category"] == "extraction"
    completion = raw.parse()
    assert completion.model == "extract-lora"
    assert completion.choices[0].message.content.startswith("echo: Extract the invoice number")
    assert completion.usage.total_tokens == 8
    sent = Upstream.received[-1]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["body"]["temperature"] == 0.1
    assert "authorization" not in sent["headers"]


def test_streaming(client):
    stream = client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": "Write a poem about autumn in Kyoto."}],
        stream=True,
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hello from big-1"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_tool_calls(client):
    completion = client.chat.completions.create(
        model="auto",
        messages=[{"role": "user", "content": "What's the weather in Paris?"}],
        tools=[WEATHER_TOOL],
        tool_choice="auto",
    )
    call = completion.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert call.function.arguments == '{"city": "Paris"}'
    sent = Upstream.received[-1]
    assert sent["path"] == "/frontier/v1/chat/completions"
    assert sent["body"]["tools"] == [WEATHER_TOOL]
    assert sent["body"]["tool_choice"] == "auto"
    assert sent["body"]["model"] == "big-1"
    assert sent["headers"].get("authorization") == "Bearer sk-upstream"


def test_models_list(client):
    ids = [m.id for m in client.models.list()]
    assert ids == ["auto", "local-extract", "frontier-big"]


def test_errors_surface_as_sdk_exceptions(client):
    with pytest.raises(openai.NotFoundError) as not_found:
        client.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])
    assert not_found.value.code == "model_not_found"
    assert "gpt-9" in not_found.value.message

    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="auto", messages=[])
    assert bad.value.param == "messages"
