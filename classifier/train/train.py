#!/usr/bin/env python3
"""Train, evaluate, export (ONNX), quantize (int8) and benchmark the Triage prompt classifier.

    python classifier/train/train.py --out classifier/model [--extra log1.jsonl ...]

The model is a PyTorch module (triage_model.py), trained on the CPU and exported with torch.onnx;
requirements.txt lists what it needs. See README.md next to this file.
"""
import argparse
import copy
import datetime
import hashlib
import json
import math
import os
import platform
import sys
import time
import unicodedata

# Small matmuls: one BLAS thread is ~6x faster than two fighting over a busy 2-core machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import e5_base  # noqa: E402
import triage_model as tm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


# ----------------------------------------------------------------------------------- data
def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            for k in ("prompt", "category", "escalate"):
                if k not in r:
                    raise ValueError(f"{path}:{ln}: missing field {k!r}")
            if r["category"] not in tm.CATEGORIES:
                raise ValueError(f"{path}:{ln}: unknown category {r['category']!r}")
            r["escalate"] = int(r["escalate"])
            if r["escalate"] not in (0, 1):
                raise ValueError(f"{path}:{ln}: escalate must be 0 or 1")
            r.setdefault("system", "")
            r["system"] = r["system"] or ""
            r.setdefault("source", os.path.basename(path))
            rows.append(r)
    return rows


def load_data(data_dir, extra, limit=None, seed=0):
    sp = {s: read_jsonl(os.path.join(data_dir, f"{s}.jsonl")) for s in ("train", "validation", "test")}
    held = {(r["system"], r["prompt"]) for s in ("validation", "test") for r in sp[s]}
    if limit:
        rng = np.random.default_rng(seed)
        for s in sp:
            k = limit if s == "train" else max(1, limit // 4)
            idx = rng.permutation(len(sp[s]))[:k]
            sp[s] = [sp[s][i] for i in sorted(idx)]
    n_extra = 0
    for path in extra or []:
        for r in read_jsonl(path):
            if (r["system"], r["prompt"]) in held:   # never train on an evaluation prompt
                continue
            r["_extra"] = True
            sp["train"].append(r)
            n_extra += 1
    return sp, n_extra


# ----------------------------------------------------------------------------------- metrics
def macro_f1(y, yhat, n=13):
    f1s = []
    for c in range(n):
        tp = np.sum((y == c) & (yhat == c))
        fp = np.sum((y != c) & (yhat == c))
        fn = np.sum((y == c) & (yhat != c))
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
    return float(np.mean(f1s)), f1s


def per_class_f1(y, yhat, n=13):
    out = {}
    for c in range(n):
        tp = np.sum((y == c) & (yhat == c))
        fp = np.sum((y != c) & (yhat == c))
        fn = np.sum((y == c) & (yhat != c))
        out[tm.CATEGORIES[c]] = round(float(2 * tp / max(1, 2 * tp + fp + fn)), 3) if tp + fp + fn else None
    return out


def roc_auc(y, s):
    y = np.asarray(y)
    s = np.asarray(s, np.float64)
    pos, neg = np.sum(y == 1), np.sum(y == 0)
    if pos == 0 or neg == 0:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    ss = s[order]
    i = 0
    while i < len(s):  # average ranks for ties
        j = i
        while j + 1 < len(s) and ss[j + 1] == ss[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def metrics(rows, pc, pe):
    y = np.array([tm.CATEGORIES.index(r["category"]) for r in rows])
    e = np.array([r["escalate"] for r in rows])
    yhat = pc.argmax(1)
    mf1, _ = macro_f1(y, yhat)
    return {"n": len(rows), "category_accuracy": round(float((y == yhat).mean()), 4), "category_macro_f1": round(mf1, 4),
            "escalation_auc": round(roc_auc(e, pe), 4),
            "escalation_accuracy@0.5": round(float(((pe >= 0.5) == (e == 1)).mean()), 4)}


# ----------------------------------------------------------------------------------- training
def encode_rows(tok, rows):
    return [tok.ids(r["system"], r["prompt"]) for r in rows]


def predict_ort(sess, seqs, bs=64):
    pcs, pes = [], []
    for i in range(0, len(seqs), bs):
        ids, mask = tm.pad(seqs[i:i + bs])
        pc, pe = sess.run(["category_probs", "escalation"], {"input_ids": ids, "attention_mask": mask})
        pcs.append(pc)
        pes.append(pe)
    return np.concatenate(pcs), np.concatenate(pes)


def train(args, sp, tok, table, log):
    """Trains args.ensemble members (seeds seed..seed+N-1); returns the Classifier, histories, epochs kept."""
    nb = tm.neighbour_table(table, reserved=tok.reserved, cache_dir=args.cache_dir) if args.synonym > 0 else None
    table = tm.reduce_table(table, args.table_dim)
    members, histories, epochs = [], [], []
    for k in range(args.ensemble):
        log(f"--- member {k + 1}/{args.ensemble} (seed {args.seed + k})")
        m, h, be = train_one(args, sp, tok, table, nb, args.seed + k, log)
        members.append(m)
        histories.append(h)
        epochs.append(be)
    model = tm.Classifier(members).eval()
    if args.ensemble > 1:
        pc, pe = tm.predict(model, encode_rows(tok, sp["validation"]))
        log("ensemble validation: " + json.dumps(metrics(sp["validation"], pc, pe)))
    return model, histories, epochs


def non_latin_share(text):
    """Share of the letters that are outside the Latin script (CJK, Hangul, Arabic, Devanagari, Cyrillic...):
    the text the English WordPiece vocabulary splits into single characters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(not unicodedata.name(c, "LATIN").startswith("LATIN") for c in letters) / len(letters)


# a few frequent words of each language in the data, for the evaluation slices' language heuristic
STOP_WORDS = {
    "en": "the a an and is are to of for with you i it this what how please",
    "es": "el la los las que de para por una con del como pero está qué cómo necesito puedes",
    "pt": "o os que de para uma com não você como mas está pra meu minha",
    "fr": "le la les des une est pour que qui avec pas vous je dans sur",
    "de": "der die das und ist nicht ich mit für ein eine auf wie bitte",
    "it": "il lo gli che di per una con non sono come della questo",
    "nl": "de het een en van ik niet met voor zijn dat wat",
    "pl": "nie jest się na że do czy jak mi to w z",
    "sv": "och att det är som en jag på för med inte",
    "tr": "bir ve bu için ile ne mi nasıl bana çok da",
    "id": "yang dan di untuk dengan ini itu tidak saya apa bisa",
    "vi": "của và là có không một cho tôi được này những",
}
STOP_WORDS = {k: set(v.split()) for k, v in STOP_WORDS.items()}


def looks_english(text):
    """Heuristic for the evaluation slices: Latin script and more English stop words than any other language's."""
    if non_latin_share(text) >= 0.3:
        return False
    words = text.lower().split()
    score = {k: sum(w in v for w in words) for k, v in STOP_WORDS.items()}
    return max(score, key=score.get) == "en"


def augment(ids, mask, rng, tok, token_drop, synonym, nb):
    """Token dropout (to the mask token) and synonym swaps (a nearest neighbour in the static table)."""
    if token_drop > 0:
        drop = (rng.random(ids.shape) < token_drop) & (mask > 0) & (ids != tok.cls) & (ids != tok.sep)
        ids = np.where(drop, tok.mask, ids)
    if nb is not None and synonym > 0:
        cand = nb[ids]                                           # B,T,k
        pick = cand[np.arange(ids.shape[0])[:, None], np.arange(ids.shape[1])[None], rng.integers(0, cand.shape[2], ids.shape)]
        swap = (rng.random(ids.shape) < synonym) & (pick >= 0) & (mask > 0)
        ids = np.where(swap, pick, ids)
    return ids


def train_one(args, sp, tok, table, nb, seed, log):
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    model = tm.Member(table, hidden=args.hidden, heads=args.heads, mlp=args.mlp, dropout=args.dropout, seed=seed,
                      ngram_buckets=args.ngram_buckets, ngram_dim=args.ngram_dim)
    tr = sp["train"]
    seqs = encode_rows(tok, tr)
    y = torch.tensor([tm.CATEGORIES.index(r["category"]) for r in tr])
    e = torch.tensor([r["escalate"] for r in tr], dtype=torch.float32)
    w = torch.tensor([args.extra_weight if r.get("_extra") else args.hand_weight if r.get("source") == "handwritten" else 1.0
                      for r in tr])
    vseqs = encode_rows(tok, sp["validation"])
    dense = [(n, p) for n, p in model.named_parameters() if n not in ("E.weight", "G.weight")]
    opts = [torch.optim.AdamW([{"params": [p for n, p in dense if p.ndim == 2], "weight_decay": args.wd},
                               {"params": [p for n, p in dense if p.ndim < 2], "weight_decay": 0.0}], lr=args.lr),
            torch.optim.SparseAdam([model.E.weight], lr=args.lr_table)]
    if model.G is not None:
        opts.append(torch.optim.SparseAdam([model.G.weight], lr=args.lr))
    steps_per_epoch = max(1, int(np.ceil(len(tr) / args.batch)))
    total = steps_per_epoch * args.epochs

    def schedule(step):  # linear warm-up over 6% of the steps, then cosine down to 5%
        return min(1.0, (step + 1) / max(1, 0.06 * total)) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(1.0, step / total))))

    scheds = [torch.optim.lr_scheduler.LambdaLR(o, schedule) for o in opts]
    best, best_score, history = None, -1.0, []
    swa = None
    swa_start = int(args.epochs * args.swa_start) if args.swa_start < 1 else args.epochs + 1
    for ep in range(args.epochs):
        t0 = time.time()
        model.train()
        perm = rng.permutation(len(tr))
        losses = []
        for b in range(steps_per_epoch):
            idx = perm[b * args.batch:(b + 1) * args.batch]
            if len(idx) == 0:
                continue
            ids, mask = tm.pad([seqs[i] for i in idx])
            ids = augment(ids, mask, rng, tok, args.token_drop, args.synonym, nb)
            it = torch.from_numpy(idx)
            loss = tm.loss_fn(model, torch.from_numpy(ids), torch.from_numpy(mask), y[it], e[it], w[it],
                              w_esc=args.w_esc, smooth=args.smooth)
            for o in opts:
                o.zero_grad(set_to_none=True)
            loss.backward()
            for o, s in zip(opts, scheds):
                o.step()
                s.step()
            losses.append(loss.item())
        if ep + 1 > swa_start:  # stochastic weight averaging over the last epochs
            if swa is None:
                swa = torch.optim.swa_utils.AveragedModel(model)
            swa.update_parameters(model)
        pc, pe = tm.predict(tm.Classifier([model]), vseqs)
        m = metrics(sp["validation"], pc, pe)
        score = m["category_macro_f1"] + (m["escalation_auc"] if not np.isnan(m["escalation_auc"]) else 0)
        history.append({"epoch": ep + 1, "loss": round(float(np.mean(losses)), 4), **m})
        log(f"epoch {ep + 1:2d} loss {np.mean(losses):.4f} val acc {m['category_accuracy']:.3f} "
            f"macroF1 {m['category_macro_f1']:.3f} escAUC {m['escalation_auc']:.3f} ({time.time() - t0:.1f}s)")
        if score > best_score or args.train_on_validation:   # with validation in training: keep the last epoch
            best_score, best = score, copy.deepcopy(model)
            best_epoch = ep + 1
    if swa is not None:
        n = int(swa.n_averaged)
        model = swa.module
        pc, pe = tm.predict(tm.Classifier([model]), vseqs)
        m = metrics(sp["validation"], pc, pe)
        log(f"SWA over the last {n} epochs: val acc {m['category_accuracy']:.3f} macroF1 {m['category_macro_f1']:.3f} escAUC {m['escalation_auc']:.3f}")
        history.append({"epoch": f"swa(last {n})", **m})
        return model.eval(), history, f"swa(last {n})"
    log(f"best epoch {best_epoch} (val macroF1+AUC {best_score:.4f})")
    return best.eval(), history, best_epoch


# ----------------------------------------------------------------------------------- latency
def bench(sess, feeds, n, warm=30):
    for _ in range(warm):
        sess.run(None, feeds)
    ts = []
    for _ in range(n):
        t = time.perf_counter_ns()
        sess.run(None, feeds)
        ts.append((time.perf_counter_ns() - t) / 1e6)
    ts = np.array(ts)
    return {"p50_ms": round(float(np.percentile(ts, 50)), 4), "p99_ms": round(float(np.percentile(ts, 99)), 4),
            "mean_ms": round(float(ts.mean()), 4)}


def latency(model_path, tok, rows, n=2000):
    """Single-thread ONNX Runtime latency of the shipped model (Python; includes Python call overhead)."""
    sess = tm.ort_session(model_path, threads=1)
    # one realistic prompt of ~100 tokens (after truncation) from the test split
    seqs = [(len(s), s) for s in encode_rows(tok, rows)]
    near100 = sorted(seqs, key=lambda x: abs(x[0] - 100))
    one = near100[0][1]
    ids, mask = tm.pad([one])
    res = {"single_tokens": len(one), "single": bench(sess, {"input_ids": ids, "attention_mask": mask}, n)}
    b32 = [s for _, s in near100[:32]]
    ids, mask = tm.pad(b32)
    res["batch32_tokens"] = int(ids.shape[1])
    res["batch32"] = bench(sess, {"input_ids": ids, "attention_mask": mask}, max(200, n // 10))
    longest = max(seqs)[1]
    ids, mask = tm.pad([longest])
    res["single_max_tokens"] = len(longest)
    res["single_max"] = bench(sess, {"input_ids": ids, "attention_mask": mask}, n)
    # end to end in Python: tokenize + pad + run, on the raw ~100-token prompt
    r = rows[[i for i, (l_, s) in enumerate(seqs) if s is one][0]]
    ts = []
    for i in range(n + 30):
        t = time.perf_counter_ns()
        ids, mask = tm.pad([tok.ids(r["system"], r["prompt"])])
        sess.run(None, {"input_ids": ids, "attention_mask": mask})
        if i >= 30:
            ts.append((time.perf_counter_ns() - t) / 1e6)
    res["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    res["single_end_to_end"] = {"p50_ms": round(float(np.percentile(ts, 50)), 4), "p99_ms": round(float(np.percentile(ts, 99)), 4)}
    return res


# ----------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", default=os.path.join(REPO, "classifier", "data"))
    ap.add_argument("--out", default=os.path.join(REPO, "classifier", "model"))
    ap.add_argument("--extra", nargs="*", default=[], help="extra labeled JSONL files merged into training")
    ap.add_argument("--extra-weight", type=float, default=1.0, help="loss weight of --extra samples")
    ap.add_argument("--hand-weight", type=float, default=1.0, help="loss weight of hand-written (non-templated) samples")
    ap.add_argument("--version", default="triage-static-e5-x3-int8-2026.11d")
    ap.add_argument("--base", choices=["minilm", "e5"], default="e5",
                    help="token table and tokenizer: all-MiniLM-L6-v2 (English WordPiece) or multilingual-e5-small "
                         "(SentencePiece, pruned vocabulary)")
    ap.add_argument("--e5-min-count", type=int, default=2,
                    help="e5 base: keep the pieces the training text uses at least this often...")
    ap.add_argument("--e5-top", type=int, default=5000, help="...and the N most probable pieces of the vocabulary")
    ap.add_argument("--table", choices=["distilled", "raw"], default="distilled", help="MiniLM base: which table")
    ap.add_argument("--cache-dir", default=os.path.expanduser("~/.cache/triage-classifier"))
    ap.add_argument("--head-tokens", type=int, default=96)
    ap.add_argument("--tail-tokens", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--mlp", type=int, default=256)
    ap.add_argument("--ngram-buckets", type=int, default=32768, help="hashed token bigram+trigram table rows (0 = off)")
    ap.add_argument("--ngram-dim", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--lr-table", type=float, default=1e-3)
    ap.add_argument("--wd", type=float, default=1e-4)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--token-drop", type=float, default=0.1)
    ap.add_argument("--synonym", type=float, default=0.15, help="per-token probability of a nearest-neighbour swap")
    ap.add_argument("--smooth", type=float, default=0.05)
    ap.add_argument("--w-esc", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads (small matmuls: 1 is fastest on 2 cores)")
    ap.add_argument("--ensemble", type=int, default=1, help="train N members (seeds seed..seed+N-1), averaged in one graph")
    ap.add_argument("--table-dim", type=int, default=0, help="PCA-reduce the static table to this many dims (0 = 384)")
    ap.add_argument("--swa-start", type=float, default=1.0,
                    help="average weights over epochs after this fraction of training (1.0 = off: keep best epoch)")
    ap.add_argument("--train-on-validation", action="store_true",
                    help="final model: also train on the validation split, keep the last epoch (test stays held out)")
    ap.add_argument("--limit", type=int, default=0, help="train on a random sample of N prompts (tests)")
    ap.add_argument("--latency-iters", type=int, default=2000, help="0 skips the latency benchmark")
    ap.add_argument("--keep-fp32", action="store_true", help="also write model_fp32.onnx")
    ap.add_argument("--no-card", action="store_true", help="do not write MODEL_CARD.md")
    args = ap.parse_args(argv)

    t_start = time.time()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    log = lambda s: print(s, flush=True)  # noqa: E731
    sp, n_extra = load_data(args.data_dir, args.extra, args.limit, args.seed)
    if args.train_on_validation:
        sp["train"] = sp["train"] + sp["validation"]
    log(f"data: train {len(sp['train'])} (extra {n_extra}) validation {len(sp['validation'])} test {len(sp['test'])}")

    tok_out = os.path.join(args.out, "tokenizer.json")
    t0 = time.time()
    if args.base == "e5":
        # the pruned vocabulary is chosen from the text the model trains on, never from test text
        texts = [tm.Tok.join(r["system"], r["prompt"]) for r in sp["train"]]
        table = e5_base.build(texts, tok_out, args.e5_min_count, args.e5_top, cache_dir=args.cache_dir, log=log)
    else:
        tm.export_tokenizer_json(os.path.join(tm.minilm_dir(), "tokenizer.json"), tok_out)
        w = tm.load_minilm()
        table = tm.static_table(w, args.table, cache_dir=args.cache_dir, log=log)
        del w
    tok = tm.Tok(tok_out, args.head_tokens, args.tail_tokens)
    t_table = time.time() - t0
    log(f"static table ({args.base}) ready in {t_table:.1f}s")

    t0 = time.time()
    p, history, best_epoch = train(args, sp, tok, table, log)
    t_train = time.time() - t0

    # reference evaluation: the PyTorch model itself (fp32)
    test_seqs = encode_rows(tok, sp["test"])
    pc_pt, pe_pt = tm.predict(p, test_seqs)

    # export fp32 + parity check, then int8
    fp32 = os.path.join(args.out, "model_fp32.onnx")
    tm.export_onnx(p, fp32)
    s32 = tm.ort_session(fp32)
    pc32, pe32 = predict_ort(s32, test_seqs)
    parity = {"fp32_vs_torch_max_abs_category": float(np.abs(pc32 - pc_pt).max()),
              "fp32_vs_torch_max_abs_escalation": float(np.abs(pe32 - pe_pt).max())}
    int8 = os.path.join(args.out, "model.onnx")
    tm.quantize(fp32, int8)
    s8 = tm.ort_session(int8)
    pc8, pe8 = predict_ort(s8, test_seqs)
    parity.update({"int8_vs_fp32_top1_agreement": float((pc8.argmax(1) == pc32.argmax(1)).mean()),
                   "int8_vs_fp32_max_abs_escalation": float(np.abs(pe8 - pe32).max()),
                   "int8_vs_fp32_mean_abs_escalation": float(np.abs(pe8 - pe32).mean())})
    if not args.keep_fp32:
        os.remove(fp32)
    log("parity: " + json.dumps(parity))

    ev = {"test_int8": metrics(sp["test"], pc8, pe8), "test_fp32": metrics(sp["test"], pc32, pe32)}
    y = np.array([tm.CATEGORIES.index(r["category"]) for r in sp["test"]])
    ev["test_int8_per_category_f1"] = per_class_f1(y, pc8.argmax(1))
    for name, sel in [("handwritten", lambda r: r.get("source") == "handwritten"),
                      ("templated", lambda r: str(r.get("source", "")).startswith("template")),
                      ("long_documents", lambda r: r.get("doc") == "long"),
                      ("500_plus_words", lambda r: len((r.get("system", "") + " " + r["prompt"]).split()) >= 500),
                      ("with_system_prompt", lambda r: bool(r.get("system"))),
                      ("non_latin_script", lambda r: non_latin_share(r["prompt"]) >= 0.3),
                      ("handwritten_english", lambda r: r.get("source") == "handwritten" and looks_english(r["prompt"])),
                      ("handwritten_other_languages",
                       lambda r: r.get("source") == "handwritten" and not looks_english(r["prompt"]))]:
        idx = [i for i, r in enumerate(sp["test"]) if sel(r)]
        if idx:
            ev[f"test_int8_{name}"] = metrics([sp["test"][i] for i in idx], pc8[idx], pe8[idx])
    cm = np.zeros((13, 13), int)
    for a, b in zip(y, pc8.argmax(1)):
        cm[a, b] += 1
    ev["test_int8_confusion"] = cm.tolist()
    vs = encode_rows(tok, sp["validation"])
    pcv, pev = predict_ort(s8, vs)
    ev["validation_int8"] = metrics(sp["validation"], pcv, pev)
    hv = [i for i, r in enumerate(sp["validation"]) if r.get("source") == "handwritten"]
    if hv:
        ev["validation_int8_handwritten"] = metrics([sp["validation"][i] for i in hv], pcv[hv], pev[hv])
    log("validation int8: " + json.dumps(ev["validation_int8"]) + " handwritten: " + json.dumps(ev.get("validation_int8_handwritten")))
    log("test int8: " + json.dumps(ev["test_int8"]))
    log("test int8 handwritten: " + json.dumps(ev.get("test_int8_handwritten")))

    lat = latency(int8, tok, sp["test"], args.latency_iters) if args.latency_iters else None
    if lat:
        log("latency: " + json.dumps(lat))

    max_len = args.head_tokens + args.tail_tokens + 2
    labels = {"version": args.version, "categories": tm.CATEGORIES, "max_length": max_len,
              "truncation": "head_tail", "head_tokens": args.head_tokens, "tail_tokens": args.tail_tokens,
              "text": "system + \"\\n\" + user if system is non-empty, else user (user = last user message)",
              "special_tokens": {"cls": tok.cls, "sep": tok.sep, "pad": tm.PAD_ID},
              "inputs": {"input_ids": "int64 [batch, seq]", "attention_mask": "int64 [batch, seq]"},
              "outputs": {"category_probs": "float32 [batch, 13] softmax in 'categories' order",
                          "escalation": "float32 [batch] probability in [0, 1]"}}
    with open(os.path.join(args.out, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2)
    sizes = {fn: os.path.getsize(os.path.join(args.out, fn)) for fn in ("model.onnx", "tokenizer.json")}
    with open(os.path.join(args.out, "model.onnx"), "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    import onnx
    import onnxruntime
    import tokenizers
    report = {"version": args.version, "argv": " ".join(argv if argv is not None else sys.argv[1:]), "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "args": {k: v for k, v in vars(args).items() if k not in ("out", "data_dir")},
              "data": {s: len(v) for s, v in sp.items()}, "extra_samples": n_extra, "vocab_size": int(table.shape[0]),
              "timing_s": {"static_table": round(t_table, 1), "train": round(t_train, 1),
                           "total": round(time.time() - t_start, 1)},
              "best_epoch": best_epoch, "history": history, "eval": ev, "parity": parity, "latency": lat,
              "sizes_bytes": sizes, "model_sha256": sha,
              "opset": next(o.version for o in onnx.load(os.path.join(args.out, "model.onnx")).opset_import if o.domain in ("", "ai.onnx")),
              "env": {"python": platform.python_version(), "numpy": np.__version__, "torch": torch.__version__, "onnx": onnx.__version__,
                      "onnxruntime": onnxruntime.__version__, "tokenizers": tokenizers.__version__,
                      "cpu": platform.processor() or platform.machine(), "cores": os.cpu_count()}}
    with open(os.path.join(args.out, "metrics.json"), "w") as f:
        json.dump(report, f, indent=1)
    if not args.no_card:
        import model_card
        with open(os.path.join(args.out, "MODEL_CARD.md"), "w") as f:
            sv = os.path.join(args.out, "split_variance.json")
            f.write(model_card.render(report, labels, json.load(open(sv)) if os.path.exists(sv) else None))
    import golden
    golden.main(args.out)   # parity fixtures for the Rust runtime
    log(f"done in {time.time() - t_start:.0f}s -> {args.out}")
    return report


if __name__ == "__main__":
    main()
