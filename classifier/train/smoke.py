"""Prints the shipped model's routing of 12 fresh prompts written after training (not in the data set).

    python classifier/train/smoke.py [classifier/model]
"""
import sys, json, numpy as np
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import triage_model as tm
d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'model'); lab=json.load(open(d+'/labels.json'))
tok=tm.Tok(d+'/tokenizer.json',lab['head_tokens'],lab['tail_tokens']); s=tm.ort_session(d+'/model.onnx')
P=[("","Can you turn these meeting notes into a list of action items with owners?"),
   ("","What's the capital of Mongolia?"),
   ("","Write a short horror story set in an IKEA after closing time."),
   ("","My Go service leaks goroutines under load; here's the pprof output. What's going on and how do I fix it properly?"),
   ("","Translate 'the invoice is overdue' into Portuguese."),
   ("You are a helpful assistant.","hello!"),
   ("","A farmer has 17 sheep, all but 9 run away. How many are left? Explain the trick."),
   ("","Give me 20 startup ideas in climate tech."),
   ("","Is this review positive or negative: 'Battery died after two days, avoid.'"),
   ("","Convert this to JSON: name Bob, age 42, city Leeds"),
   ("", "Lorem ipsum " * 400 + "\n\nSummarize the above in one sentence."),
   ("","Should we migrate our monolith to microservices? We are 12 engineers with a 6-year-old Rails app."),
]
for sy,p in P:
    ids,mask=tm.pad([tok.ids(sy,p)])
    c,e=s.run(None,{"input_ids":ids,"attention_mask":mask})
    print(f"{lab['categories'][c[0].argmax()]:16s} p={c[0].max():.2f} esc={e[0]:.2f} | {p[-70:]!r}")
