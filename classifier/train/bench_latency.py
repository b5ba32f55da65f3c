#!/usr/bin/env python3
"""Single-thread ONNX Runtime latency of an exported classifier directory.

    python classifier/train/bench_latency.py classifier/model [--iters 3000] [--data classifier/data/test.jsonl]

Prints p50/p99 for one ~100-token prompt, one prompt at the truncation cap, a batch of 32 and tokenize+run,
plus the load average (the numbers are only meaningful on an idle machine).
"""
import argparse
import json
import os
# Small matmuls: one BLAS thread is ~6x faster than two fighting over a busy 2-core machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train as T  # noqa: E402
import triage_model as tm  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("--iters", type=int, default=3000)
    ap.add_argument("--write", action="store_true", help="store the result in <model_dir>/metrics.json (then re-render the card)")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(HERE), "data", "test.jsonl"))
    a = ap.parse_args()
    lab = json.load(open(os.path.join(a.model_dir, "labels.json")))
    tok = tm.Tok(os.path.join(a.model_dir, "tokenizer.json"), lab["head_tokens"], lab["tail_tokens"])
    res = T.latency(os.path.join(a.model_dir, "model.onnx"), tok, T.read_jsonl(a.data), a.iters)
    res["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(res, indent=1))
    if a.write:
        mp = os.path.join(a.model_dir, "metrics.json")
        m = json.load(open(mp))
        m["latency"] = res
        with open(mp, "w") as f:
            json.dump(m, f, indent=1)


if __name__ == "__main__":
    main()
