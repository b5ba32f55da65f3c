"""Fixtures: a fake OpenAI-compatible upstream on loopback and the real `triage` binary."""

import json
import os
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Upstream(BaseHTTPRequestHandler):
    """Answers like an OpenAI server; the reply depends on the last user message."""

    received: list = []

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        Upstream.received.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
        model = body["model"]
        prompt = body["messages"][-1]["content"]
        if body.get("stream"):
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            words = ["Hello", " from", " ", model]
            for i, word in enumerate(words):
                delta = {"content": word} if i else {"role": "assistant", "content": word}
                chunk = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": model,
                         "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                self._chunk(f"data: {json.dumps(chunk)}\n\n")
            last = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 1, "model": model,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self._chunk(f"data: {json.dumps(last)}\n\n")
            self._chunk("data: [DONE]\n\n")
            self._chunk("")
            return
        if body.get("tools"):
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": body["tools"][0]["function"]["name"], "arguments": "{\"city\": \"Paris\"}"}}]}
            finish = "tool_calls"
        else:
            message = {"role": "assistant", "content": f"echo: {prompt}"}
            finish = "stop"
        answer = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
                  "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
                  "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _chunk(self, text: str):
        data = text.encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


POLICY = """
version: 1
upstreams:
  local: {{ base_url: "http://127.0.0.1:{port}/v1" }}
  frontier: {{ base_url: "http://127.0.0.1:{port}/frontier/v1", api_key_env: TRIAGE_SDK_TEST_KEY }}
models:
  local-extract: {{ upstream: local, model: extract-lora, tier: local, price: {{ input_per_1m: 0.1, output_per_1m: 0.1 }} }}
  frontier-big: {{ upstream: frontier, model: big-1, tier: frontier, price: {{ input_per_1m: 2.5, output_per_1m: 10 }} }}
routes:
  auto:
    rules:
      - name: tools-frontier
        if: {{ tools: true }}
        to: frontier-big
      - name: narrow
        if: {{ category: [extraction, classification], score_below: 0.4 }}
        to: local-extract
    default: frontier-big
"""


@pytest.fixture(scope="session")
def upstream():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture(scope="session")
def gateway(upstream, tmp_path_factory):
    binary = os.environ.get("TRIAGE_BIN", str(REPO / "target" / "debug" / "triage"))
    if not Path(binary).exists():
        pytest.fail(f"gateway binary not found at {binary}: build it with `cargo build -p triage-gateway` or set TRIAGE_BIN")
    policy = tmp_path_factory.mktemp("policy") / "policy.yaml"
    policy.write_text(POLICY.format(port=upstream.server_address[1]))
    api, admin = free_port(), free_port()
    env = {**os.environ, "TRIAGE_SDK_TEST_KEY": "sk-upstream", "TRIAGE_LOG": "warn"}
    proc = subprocess.Popen(
        [binary, "serve", "--config", str(policy), "--listen", f"127.0.0.1:{api}",
         "--admin-listen", f"127.0.0.1:{admin}", "--threads", "1", "--grace-seconds", "0"],
        env=env,
    )
    deadline = time.time() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", api), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail("triage did not start")
            time.sleep(0.05)
    yield f"http://127.0.0.1:{api}/v1"
    proc.terminate()
    proc.wait(timeout=30)
