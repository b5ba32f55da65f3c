#!/usr/bin/env python3
"""Writes <model_dir>/golden.jsonl: parity fixtures for the Rust runtime.

    python classifier/train/golden.py classifier/model

Each line: system, prompt, the exact joined text, the expected input_ids after head+tail truncation
(with [CLS]/[SEP]), and the shipped model's category_probs / escalation for that prompt run alone
(batch of 1). A runtime that tokenizes per labels.json must reproduce input_ids exactly; outputs should
agree within ~1e-4 on the same ONNX Runtime version (use 1e-3 as the test tolerance: int8 dynamic
quantization is sensitive to summation order across builds).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import triage_model as tm  # noqa: E402

CASES = [
    ("", "hi"),
    ("You are a helpful assistant.", "Translate 'the invoice is overdue' into Portuguese."),
    ("", "Résume ce texte en trois phrases : la réunion est reportée à jeudi, le budget est validé."),
    ("", "Huge thanks 🙌 — can you write a short poem about our team?\tTabs\tand\nnewlines."),
    ("", "请把这句话翻译成英文：我明天去上海。"),
    ("", "def f(x):\n    return x*2\n\nAdd type hints to this function."),
    ("Always respond in Markdown.", "Give me 10 ideas for a team offsite."),
    ("", "이 이메일에서 주문 번호와 배송 날짜만 뽑아줘"),
    ("आप एक सहायक हैं।", "इस पैराग्राफ का सारांश दो वाक्यों में लिखिए।"),
    ("", "لخص هذا التقرير في ثلاث نقاط من فضلك"),
    ("", "ＡＢＣ　全角テキスト\u00a0と  連続スペース\u200bを含む要約をお願いします"),
    ("", "Привет!\r\nСоставь список из 5 идей для подарка коллеге."),
]


def long_case():
    para = ("Revenue in the region grew 4%, while the remaining regions were broadly flat. Pricing actions taken "
            "earlier in the year contributed roughly two points of growth. ")
    return ("You are a financial analyst assistant.",
            "Extract the revenue growth figures from this report.\n\n" + para * 30 + "\n\nReturn them as JSON.")


def main(model_dir):
    lab = json.load(open(os.path.join(model_dir, "labels.json")))
    tok = tm.Tok(os.path.join(model_dir, "tokenizer.json"), lab["head_tokens"], lab["tail_tokens"])
    sess = tm.ort_session(os.path.join(model_dir, "model.onnx"))
    rows = []
    for system, prompt in CASES + [long_case()]:
        ids = tok.ids(system, prompt)
        a, m = tm.pad([ids])
        pc, pe = sess.run(["category_probs", "escalation"], {"input_ids": a, "attention_mask": m})
        full = len(tok.tk.encode(tok.join(system, prompt)).ids)
        rows.append({"system": system, "prompt": prompt, "text": tok.join(system, prompt),
                     "tokens_before_truncation": full, "input_ids": ids,
                     "category": lab["categories"][int(pc[0].argmax())],
                     "category_probs": [round(float(x), 6) for x in pc[0]], "escalation": round(float(pe[0]), 6)})
    with open(os.path.join(model_dir, "golden.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    for r in main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "model")):
        print(f"{r['category']:16s} esc={r['escalation']:.3f} tokens={r['tokens_before_truncation']:4d}->{len(r['input_ids']):3d} {r['prompt'][:50]!r}")
