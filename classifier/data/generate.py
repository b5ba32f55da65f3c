#!/usr/bin/env python3
"""Deterministic generator for the Triage prompt-classification data set.

    python classifier/data/generate.py [--seed 20261] [--out classifier/data]

Writes train.jsonl, validation.jsonl, test.jsonl and stats.json. Uses only the standard library
and the hand-written seed files next to it (seeds.py, specs.py, handwritten.py, hand/*.py). See DATA_CARD.md.
"""
import argparse
import collections
import glob
import hashlib
import importlib
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import seeds  # noqa: E402
from handwritten import H  # noqa: E402
from specs import SLOTS, SPECS  # noqa: E402

CATEGORIES = ["extraction", "classification", "summarization", "rewrite", "closed_qa", "translation",
              "formatting", "open_qa", "brainstorming", "creative_writing", "reasoning", "coding", "other"]
PER_CATEGORY = 340          # templated samples attempted per category (before de-duplication)
SPLIT = (0.8, 0.1, 0.1)       # templated rows: train, validation, test
SPLIT_HAND = (0.7, 0.1, 0.2)  # hand-written rows: a larger test share, the closest thing to real traffic here


class Slots(dict):
    """format_map mapping that invents a value the first time a slot is used (stable within a doc)."""

    def __init__(self, rng):
        super().__init__()
        self.rng = rng

    def __missing__(self, key):
        r = self.rng
        base = key.rstrip("0123456789")
        if base in ("first",):
            v = r.choice(seeds.FIRST)
        elif base == "last":
            v = r.choice(seeds.LAST)
        elif base == "company":
            v = r.choice(seeds.COMPANY)
        elif base == "company_tag":
            v = r.choice(seeds.COMPANY).split()[0] + "Help"
        elif base == "product":
            v = r.choice(seeds.PRODUCT)
        elif base == "city":
            v = r.choice(seeds.CITY)
        elif base == "month":
            v = r.choice(seeds.MONTH)
        elif base == "date":
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
            v = r.choice([f"{d} {seeds.MONTH[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}",
                          f"{seeds.MONTH[m - 1]} {d}", f"{d:02d}.{m:02d}.{y}"])
        elif base == "amount":
            v = r.choice(["$", "EUR ", "£", "", "USD "]) + f"{r.randint(2, 9999):,}" + r.choice(["", ".00", ".50"])
        elif base in ("pct",):
            v = f"{r.randint(1, 35)}.{r.randint(0, 9)}%"
        elif base == "pct_small":
            v = str(r.choice([3, 4, 5, 6, 7, 8, 10, 12]))
        elif base == "num":
            v = str(r.randint(3, 400))
        elif base == "num_small":
            v = str(r.randint(1, 4))
        elif base == "order":
            v = str(r.randint(100000, 9999999))
        elif base == "email":
            v = f"{r.choice(seeds.FIRST).lower()}.{r.choice(seeds.LAST).lower().replace(chr(39), '')}@{r.choice(['gmail.com', 'outlook.com', 'example.org', 'corp.example.com'])}"
        elif base == "phone":
            v = f"+{r.randint(1, 49)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        elif base == "age":
            v = str(r.randint(19, 91))
        elif base == "drug":
            d = r.choice(seeds.DRUG)
            self["dose"] = d[1]
            v = d[0]
        elif base == "dose":
            v = r.choice(seeds.DRUG)[1]
        elif base == "dept":
            v = r.choice(seeds.DEPT)
        elif base == "dept_lower":
            v = r.choice(seeds.DEPT).lower()
        elif base == "year":
            v = str(r.randint(2024, 2031))
        elif base == "topic":
            v = r.choice(seeds.TOPIC)
        elif base == "lang":
            v = r.choice(seeds.LANGS)
        elif base == "n":
            v = str(r.choice([3, 5, 5, 7, 10, 10, 12, 15, 20]))
        elif base in ("a", "b", "d", "e"):
            v = str(r.randint(2, 19) if base != "e" else r.randint(50, 160))
        elif base == "c":
            v = str(r.randint(20, 500))
        elif base == "c_small":
            v = str(r.randint(6, 12))
        elif base == "big":
            v = str(r.choice([1200, 2500, 4800, 12000, 18500, 25000, 40000, 240000, 360]))
        elif base == "mid":
            v = str(r.choice([150, 300, 450, 800, 6000, 9000]))
        elif base == "lease":
            v = str(r.choice([199, 249, 329, 410]))
        elif key in SLOTS:
            v = r.choice(SLOTS[key])
        else:
            raise KeyError(key)
        self[key] = v
        return v


def fill(text, slots):
    return text.format_map(slots)


# ------------------------------------------------------------------------------------ documents
def short_doc(kind, rng, slots):
    if kind in ("review", "social"):
        return fill(rng.choice(seeds.DOCS[kind]), slots)
    if kind == "ticket":
        out = [fill(rng.choice(seeds.DOCS["ticket"]), slots)]
        for _ in range(rng.choice([0, 0, 0, 1, 2])):
            out.append(fill(rng.choice(seeds.FILLER["support"]), slots))
        return "\n\n".join(out)
    if kind == "contract":
        clauses = rng.sample(seeds.DOCS["contract"], rng.randint(1, 4))
        return "\n\n".join(fill(c, slots) for c in clauses)
    paras = rng.sample(seeds.DOCS[kind], min(len(seeds.DOCS[kind]), rng.choice([1, 1, 1, 2])))
    out = [fill(p, slots) for p in paras]
    fk = seeds.LONG_DOMAINS.get(kind)
    if fk and rng.random() < 0.35:
        for p in rng.sample(seeds.FILLER[fk], rng.randint(1, 3)):
            out.append(fill(p.replace("{n}", str(rng.randint(11, 30))), slots))
    return "\n\n".join(out)


def long_doc(rng, slots):
    """A 1,000-3,000 word document assembled from one domain's paragraphs plus generic filler."""
    kind = rng.choice(list(seeds.LONG_DOMAINS))
    dom = seeds.LONG_DOMAINS[kind]
    target = rng.randint(1000, 3000)
    title = {"contract": f"MASTER SERVICES AGREEMENT between {slots['company']} and {slots['company2']}",
             "finance": f"{slots['company']} - Quarterly Report and Management Discussion",
             "clinical": f"Patient record - {slots['first']} {slots['last']} - {slots['date']}",
             "hr": f"{slots['company']} Employee Handbook (excerpt)",
             "science": f"Study report: {slots['topic']}",
             "support": f"Ticket #{slots['order']} - full history",
             "generic": f"Project status report - {slots['dept']} - {slots['month']}"}[dom]
    parts = [title]
    first = seeds.DOCS.get(kind) or seeds.DOCS["news"]
    parts += [fill(p, Slots(rng) if i else slots) for i, p in enumerate(rng.sample(first, min(2, len(first))))]
    words = sum(len(p.split()) for p in parts)
    n = 11
    pool = seeds.FILLER[dom] + (seeds.FILLER["generic"] if dom != "generic" else [])
    section = 1
    while words < target:
        p = rng.choice(pool)
        if rng.random() < 0.5:
            p = fill(p.replace("{n}", str(n)), Slots(rng))      # fresh entities for variety
        else:
            p = fill(p.replace("{n}", str(n)), slots)
        n += 1
        if dom != "contract" and rng.random() < 0.12:
            parts.append(f"{section}. {rng.choice(['Background', 'Details', 'Discussion', 'Update', 'Notes', 'Findings', 'Next steps', 'Risks'])}")
            section += 1
        parts.append(p)
        words += len(p.split())
    return "\n\n".join(parts)


def make_list(rng, slots):
    k = rng.randint(3, 9)
    kind = rng.choice(["names", "cities", "products", "dates", "mixed"])
    if kind == "names":
        items = [f"{rng.choice(seeds.FIRST)} {rng.choice(seeds.LAST)}" for _ in range(k)]
    elif kind == "cities":
        items = rng.sample(seeds.CITY, k)
    elif kind == "products":
        items = [f"{p} - {rng.randint(5, 900)}.{rng.choice(['00', '99', '50'])}" for p in rng.sample(seeds.PRODUCT, k)]
    elif kind == "dates":
        items = [Slots(rng)["date"] + " " + rng.choice(["kickoff", "review", "launch", "audit", "payment due"]) for _ in range(k)]
    else:
        items = [f"{rng.choice(seeds.FIRST)} ({rng.choice(seeds.DEPT)}) {Slots(rng)['email']}" for _ in range(k)]
    sep = rng.choice([", ", "\n", "; ", "\n- "])
    return (("- " if sep == "\n- " else "") + sep.join(items))


def make_records(rng, slots):
    k = rng.randint(3, 8)
    rows = []
    style = rng.choice(["kv", "csvish", "prose"])
    for _ in range(k):
        s = Slots(rng)
        if style == "kv":
            rows.append(f"name: {s['first']} {s['last']} | city: {s['city']} | joined {s['date']} | plan={rng.choice(['pro', 'free', 'Team', 'ENT'])}")
        elif style == "csvish":
            rows.append(f"{s['first']} {s['last']};{s['age']};{s['city']};{s['amount']}")
        else:
            rows.append(f"{s['first']} from {s['city']} ordered {rng.randint(1, 9)} x {s['product']} on {s['date']} for {s['amount']}")
    return "\n".join(rows)


def make_doc(kind, rng, slots):
    if kind == "long":
        return long_doc(rng, slots), "long"
    if kind == "foreign":
        lang = rng.choice(list(seeds.FOREIGN))
        return " ".join(rng.sample(seeds.FOREIGN[lang], rng.choice([1, 1, 2]))), "foreign"
    if kind == "code":
        lang = rng.choice(list(seeds.CODE))
        return rng.choice(seeds.CODE[lang]), "code"
    if kind == "list":
        return make_list(rng, slots), "list"
    if kind == "records":
        return make_records(rng, slots), "records"
    return short_doc(kind, rng, slots), kind


# ------------------------------------------------------------------------------------ surface noise
PREFIX = ["", "", "", "", "", "Hi! ", "Hey, ", "Please ", "Quick one: ", "Task: ", "### Instruction\n",
          "Can you help? ", "I need help with something. ", "Hello, ", "Instruction: ", "urgent - "]
SUFFIX = ["", "", "", "", "", " Thanks!", " thx", " Be concise.", " Keep it short.", "\n\nThanks in advance.",
          " Please.", " Answer in English.", " No explanations.", " :)", " ASAP"]


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def noisy(instr, rng):
    if instr[:1].isupper() and rng.random() < 0.7:
        p = rng.choice(PREFIX)
        if p == "Please " and instr[0].isupper():
            instr = instr[0].lower() + instr[1:]
        instr = p + instr
    if rng.random() < 0.5:
        instr = instr + rng.choice(SUFFIX)
    if rng.random() < 0.12:
        instr = instr.lower()
    if rng.random() < 0.12:
        ws = instr.split(" ")
        for _ in range(rng.randint(1, 2)):
            j = rng.randrange(len(ws))
            ws[j] = typo(ws[j], rng)
        instr = " ".join(ws)
    return instr


def attach(instr, doc, rng):
    """Return (system_extra, user) with the document before or after the instruction."""
    wrap = rng.choice(["plain", "plain", "quotes", "fence", "label", "dashes"])
    if wrap == "quotes":
        d = f'"""\n{doc}\n"""'
    elif wrap == "fence":
        d = f"```\n{doc}\n```"
    elif wrap == "label":
        d = rng.choice(["Text:", "Document:", "Input:", "Here it is:", "Context:"]) + "\n" + doc
    elif wrap == "dashes":
        d = f"---\n{doc}\n---"
    else:
        d = doc
    r = rng.random()
    if r < 0.55:
        return "before", "", f"{instr}\n\n{d}"
    if r < 0.92:
        return "after", "", f"{d}\n\n{instr}"
    return "system", instr, doc


def system_prompt(rng, slots):
    return fill(rng.choice(seeds.SYSTEM_GENERIC), slots)


# ------------------------------------------------------------------------------------ generation
def gen_templated(rng):
    out = []
    for cat in CATEGORIES:
        groups = [(sid, esc, kinds, i, ph) for sid, c, esc, kinds, phs in SPECS if c == cat
                  for i, ph in enumerate(phs)]
        per = PER_CATEGORY / len(groups)
        carry = 0.0
        for sid, esc, kinds, i, ph in groups:
            carry += per
            k = int(carry)
            carry -= k
            for _ in range(k):
                slots = Slots(rng)
                instr = noisy(fill(ph, slots), rng)
                kind = rng.choice(kinds)
                system, pos, dkind = "", "none", ""
                if "{doc}" in instr or kind == "":
                    user = instr
                else:
                    doc, dkind = make_doc(kind, rng, slots)
                    pos, sys_extra, user = attach(instr, doc, rng)
                    system = sys_extra
                if not system and rng.random() < 0.3:
                    system = system_prompt(rng, slots)
                elif system and rng.random() < 0.4:
                    system = system_prompt(rng, slots) + "\n" + system
                out.append({"system": system, "prompt": user, "category": cat, "escalate": esc,
                            "source": f"template:{sid}", "group": f"{sid}/{i}", "doc": dkind,
                            "instruction_position": pos, "_instr": ph})
    return out


def handwritten_rows():
    """handwritten.py, then every hand/*.py module (batch 2) in name order: (category, escalate, system, prompt)."""
    rows = list(H)
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "hand", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if not name.startswith("_"):
            rows += importlib.import_module(f"hand.{name}").H
    for c, e, s, p in rows:
        if c not in CATEGORIES or e not in (0, 1):
            raise ValueError(f"bad hand-written label {c!r}/{e!r} for {p[:60]!r}")
    return rows


def gen_handwritten():
    out = []
    for i, (c, e, s, p) in enumerate(handwritten_rows()):
        words = len((s + " " + p).split())
        doc = "long" if words >= 1000 else "pasted" if words >= 120 else ""
        out.append({"system": s, "prompt": p, "category": c, "escalate": e, "source": "handwritten",
                    "group": f"hw/{i}", "doc": doc, "instruction_position": "none", "_instr": p})
    return out


def row_id(system, prompt):
    return "tri-" + hashlib.sha1((system + "\x00" + prompt).encode()).hexdigest()[:12]


def translations(by_id):
    """Training-only translations of hand-written training prompts, from translated/*.py:
    T = [(source id, language, system, prompt), ...]. Each copies its source's labels and group. They are added
    after the split and the near-duplicate guard, so validation and test are exactly what they are without
    them; a translation whose source is not in train is dropped (nothing of a held-out prompt reaches training)."""
    here = os.path.dirname(os.path.abspath(__file__))
    out, dropped, seen = [], 0, set()
    for path in sorted(glob.glob(os.path.join(here, "translated", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if name.startswith("_"):
            continue
        for src_id, lang, system, prompt in importlib.import_module(f"translated.{name}").T:
            src = by_id.get(src_id)
            if src is None or src["source"] != "handwritten":
                raise ValueError(f"{name}: translation of unknown hand-written prompt {src_id}")
            if src["split"] != "train":
                dropped += 1
                continue
            rid = row_id(system, prompt)
            if rid in by_id or rid in seen:
                raise ValueError(f"{name}: translation of {src_id} duplicates another prompt")
            seen.add(rid)
            out.append({"id": rid, "system": system, "prompt": prompt, "category": src["category"],
                        "escalate": src["escalate"], "source": f"translated:{lang}", "group": src["group"],
                        "doc": src["doc"], "instruction_position": src["instruction_position"], "split": "train"})
    return out, dropped


def norm(s):
    s = s.lower()
    s = re.sub(r"[0-9]+", "0", s)
    return re.sub(r"[%s\s]+" % re.escape(string.punctuation), " ", s).strip()


def shingles(s, k=2):
    w = norm(s).split()
    return {" ".join(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}


def split(samples, rng):
    """Assign whole groups (one phrasing each) to splits, stratified by (category, escalate)."""
    strata = collections.defaultdict(lambda: collections.defaultdict(list))
    for s in samples:
        strata[(s["source"] == "handwritten", s["category"], s["escalate"])][s["group"]].append(s)
    for key in sorted(strata):
        fractions = SPLIT_HAND if key[0] else SPLIT
        groups = sorted(strata[key])
        rng.shuffle(groups)
        total = sum(len(strata[key][g]) for g in groups)
        if len(groups) < 3:
            for g in groups:
                for s in strata[key][g]:
                    s["split"] = "train"
            continue
        n_test = n_val = 0
        for g in groups:
            n = len(strata[key][g])
            # the first group of a stratum always goes to test, the next to validation (even when it
            # overshoots 10%), so that every (category, escalate) stratum with >= 3 groups is evaluated
            if n_test == 0 or (n_test < fractions[2] * total and (n_test + n) <= fractions[2] * total * 1.6):
                sp, n_test = "test", n_test + n
            elif n_val == 0 or (n_val < fractions[1] * total and (n_val + n) <= fractions[1] * total * 1.6):
                sp, n_val = "validation", n_val + n
            else:
                sp = "train"
            for s in strata[key][g]:
                s["split"] = sp
    return samples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--split-seed", type=int, default=None,
                    help="re-draw only the train/validation/test assignment (same prompts); for split-variance studies")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    samples = gen_templated(rng) + gen_handwritten()
    # exact de-duplication on normalised (system, prompt)
    seen, uniq = set(), []
    for s in samples:
        key = norm(s["system"]) + "\x00" + norm(s["prompt"])
        if key in seen:
            continue
        seen.add(key)
        uniq.append(s)
    samples = split(uniq, rng if args.split_seed is None else random.Random(args.split_seed))

    # near-duplicate guard: drop validation/test items whose instruction is too close to a training one
    train_sh = [shingles(s["_instr"]) for s in samples if s["split"] == "train"]
    train_prompts = {norm(s["prompt"]) for s in samples if s["split"] == "train"}
    dropped = 0
    kept = []
    for s in samples:
        if s["split"] != "train":
            sh = shingles(s["_instr"])
            near = any(len(sh & t) / max(1, len(sh | t)) >= 0.7 for t in train_sh)
            if near or norm(s["prompt"]) in train_prompts:
                dropped += 1
                continue
        kept.append(s)
    samples = kept

    by_split = collections.defaultdict(list)
    for s in samples:
        s["id"] = row_id(s["system"], s["prompt"])
        by_split[s["split"]].append(s)
    extra, n_dropped = translations({s["id"]: s for s in samples})
    fields = ["id", "system", "prompt", "category", "escalate", "source", "group", "doc", "instruction_position"]
    for sp in ("train", "validation", "test"):
        rows = by_split[sp]
        rng.shuffle(rows)
        if sp == "train":  # appended after the shuffle: the original rows keep their order and the RNG its state
            rows += extra
        with open(os.path.join(args.out, f"{sp}.jsonl"), "w", encoding="utf-8") as f:
            for s in rows:
                f.write(json.dumps({k: s[k] for k in fields}, ensure_ascii=False) + "\n")

    stats = {"seed": args.seed, "total": len(samples) + len(extra), "near_duplicates_dropped": dropped,
             "translations": {"in_train": len(extra), "dropped_source_not_in_train": n_dropped}, "splits": {}}
    for sp in ("train", "validation", "test"):
        rows = by_split[sp]
        c = collections.Counter(s["category"] for s in rows)
        e = collections.Counter((s["category"], s["escalate"]) for s in rows)
        words = sorted(len((s["system"] + " " + s["prompt"]).split()) for s in rows)
        stats["splits"][sp] = {
            "n": len(rows),
            "escalate_rate": round(sum(s["escalate"] for s in rows) / max(1, len(rows)), 3),
            "per_category": {k: [c[k], e[(k, 1)]] for k in CATEGORIES},
            "handwritten": sum(s["source"] == "handwritten" for s in rows),
            "with_system": sum(bool(s["system"]) for s in rows),
            "long_docs": sum(s["doc"] == "long" for s in rows),
            "non_english_hint": sum(bool(re.search(r"[éèàñüöäßçãõ¿¡ìò]", s["prompt"])) for s in rows),
            "words_p50_p90_max": [words[len(words) // 2], words[int(len(words) * 0.9)], words[-1]] if words else [],
            "groups": len({s["group"] for s in rows}),
        }
    with open(os.path.join(args.out, "stats.json"), "w") as f:
        json.dump(stats, f, indent=1)
    print(json.dumps({k: (v if k != "splits" else {sp: {kk: vv for kk, vv in d.items() if kk != "per_category"} for sp, d in v.items()}) for k, v in stats.items()}, indent=1))


if __name__ == "__main__":
    main()
