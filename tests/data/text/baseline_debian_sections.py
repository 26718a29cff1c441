#!/usr/bin/python3
"""scikit-learn baseline for the Debian-section text tests (tst_text_classifier): TF-IDF of word unigrams
and bigrams (sublinear TF) + logistic regression, on the same split as Retrainer: rows ordered by "time",
the newest 20 % are the holdout. Binary form: "games" against every other section; multi-class: the seven
sections. Prints accuracy, macro-F1 and the games recall for plain and class-weighted ("balanced") LR.
Needs Debian's python3-sklearn.  Usage: /usr/bin/python3 baseline_debian_sections.py [debian_sections.jsonl]
"""
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, recall_score

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/debian_sections.jsonl"

rows = sorted((json.loads(line) for line in open(PATH, encoding="utf-8")), key=lambda r: r["time"])
cut = len(rows) - len(rows) // 5
train, hold = rows[:cut], rows[cut:]
for form in ("binary", "multiclass"):
    label = (lambda r: "games" if r["section"] == "games" else "other") if form == "binary" else (lambda r: r["section"])
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    xt = vec.fit_transform([r["text"] for r in train])
    xh = vec.transform([r["text"] for r in hold])
    yt, yh = [label(r) for r in train], [label(r) for r in hold]
    for weight in (None, "balanced"):
        model = LogisticRegression(C=10, class_weight=weight, max_iter=2000).fit(xt, yt)
        p = model.predict(xh)
        games = recall_score(yh, p, labels=["games"], average="macro")
        print(f"{form:10s} LR class_weight={str(weight):8s} accuracy {accuracy_score(yh, p):.4f} "
              f"macro-F1 {f1_score(yh, p, average='macro'):.4f} games recall {games:.4f} (holdout {len(yh)} rows)")
