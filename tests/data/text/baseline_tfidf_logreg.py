#!/usr/bin/env python3
"""Baseline for tst_text_classifier: TF-IDF + logistic regression on intents.jsonl, standard library only
(scikit-learn is not installed on the build machine). Same protocol as the test: the newest 20 % of the rows
(by time) are the holdout; features are word unigrams and bigrams (lower-cased, split on non-alphanumerics),
TF 1 + ln(count), IDF ln((1 + N) / (1 + df)) + 1 fitted on the training part, L2-normalised; multinomial
logistic regression with L2 penalty (C = 10, as scikit-learn's default solver would minimise), full-batch
gradient descent. Prints the holdout accuracy, with and without de-duplication by normalised text + label.
"""
import json
import math
import re
import sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/intents.jsonl"


def tokens(text):
    return [t for t in re.split(r"[^\w]|_", text.lower()) if t]


def terms(text):
    words = tokens(text)
    return words + [a + " " + b for a, b in zip(words, words[1:])]


def dedup(rows):
    kept = {}
    for i, row in enumerate(rows):
        kept[(" ".join(row["message"].lower().split()), row["intent"])] = i  # the newest (last) wins
    return [rows[i] for i in sorted(kept.values())]


def run(rows, c=10.0, epochs=300, rate=0.5):
    rows = sorted(rows, key=lambda r: r["time"])
    cut = len(rows) - len(rows) // 5
    train, hold = rows[:cut], rows[cut:]
    df = Counter()
    for r in train:
        df.update(set(terms(r["message"])))
    n = len(train)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    index = {t: i for i, t in enumerate(idf)}

    def vector(text):
        counts = Counter(t for t in terms(text) if t in idf)
        v = {index[t]: (1 + math.log(k)) * idf[t] for t, k in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {i: x / norm for i, x in v.items()}

    classes = sorted({r["intent"] for r in train})
    X = [vector(r["message"]) for r in train]
    Y = [classes.index(r["intent"]) for r in train]
    W = [[0.0] * len(index) for _ in classes]
    B = [0.0] * len(classes)
    lam = 1.0 / (c * n)  # objective: mean log-loss + lam/2 * |W|^2, i.e. |W|^2/2 + C * sum(log-loss)
    for _ in range(epochs):
        gW = [[lam * w for w in row] for row in W]
        gB = [0.0] * len(classes)
        for x, y in zip(X, Y):
            scores = [B[k] + sum(W[k][i] * v for i, v in x.items()) for k in range(len(classes))]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            for k in range(len(classes)):
                g = exp[k] / total - (1.0 if k == y else 0.0)
                gB[k] += g / n
                for i, v in x.items():
                    gW[k][i] += g * v / n
        for k in range(len(classes)):
            B[k] -= rate * gB[k]
            W[k] = [w - rate * g for w, g in zip(W[k], gW[k])]
    right = 0
    for r in hold:
        x = vector(r["message"])
        scores = [B[k] + sum(W[k][i] * v for i, v in x.items()) for k in range(len(classes))]
        right += classes[scores.index(max(scores))] == r["intent"]
    return right / len(hold), len(hold)


rows = [json.loads(line) for line in open(PATH) if line.strip()]
for name, data in (("raw", rows), ("deduplicated", dedup(rows))):
    accuracy, size = run(data)
    print(f"{name}: TF-IDF + logistic regression holdout accuracy {accuracy:.4f} on {size} rows")
