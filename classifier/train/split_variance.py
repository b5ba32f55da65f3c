#!/usr/bin/env python3
"""How much do the test figures depend on which phrasings land in the test split?

    python classifier/train/split_variance.py --seeds committed 1 2 [--out classifier/model/split_variance.json] [train.py args...]

For each split seed (`committed`: the committed split as it is): re-draws the train/validation/test assignment of the same prompts
(`generate.py --split-seed`), trains with the shipped configuration on the train split only, and records
validation and test metrics of the int8 model. Writes a JSON list; model_card.py renders it.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")
SHIPPED = ["--ensemble", "3", "--table-dim", "224", "--swa-start", "0.5", "--epochs", "14"]


def collect(run_dir, split_seed):
    r = json.load(open(os.path.join(run_dir, "metrics.json")))
    return {"split_seed": split_seed, "args": r["argv"], "validation": r["eval"]["validation_int8"],
            "test": r["eval"]["test_int8"], "test_handwritten": r["eval"].get("test_int8_handwritten")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", nargs="+", default=["committed", "1", "2"])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "model", "split_variance.json"))
    a, rest = ap.parse_known_args()
    results = []
    for k in a.seeds:
        with tempfile.TemporaryDirectory() as tmp:
            data, run = os.path.join(tmp, "data"), os.path.join(tmp, "run")
            if k == "committed":
                data = DATA
            else:
                os.makedirs(data)
                subprocess.run([sys.executable, os.path.join(DATA, "generate.py"), "--split-seed", str(int(k)), "--out", data],
                               check=True, stdout=subprocess.DEVNULL)
            subprocess.run([sys.executable, os.path.join(HERE, "train.py"), "--data-dir", data, "--out", run,
                            "--latency-iters", "0", "--no-card"] + (rest or SHIPPED), check=True)
            results.append(collect(run, k if k == "committed" else int(k)))
    with open(a.out, "w") as f:
        json.dump(results, f, indent=1)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
