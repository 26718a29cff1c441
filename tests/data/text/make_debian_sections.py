#!/usr/bin/env python3
"""Writes debian_sections.jsonl: real package descriptions labelled by their Debian Section, from
`apt-cache dumpavail` (Debian 12 "bookworm" main, amd64, on the build machine; its lists carry the one-line
synopsis only, the long descriptions being in Translation files that are not installed).
Imbalanced on purpose: per section a fixed number of packages, drawn with a fixed seed from the packages
sorted by name, distinct descriptions only, each text cut at a word boundary to about 240 characters.
Each row has a "time" (one minute apart, in shuffled order), so that the newest 20 % - the holdout of a
model with a timestamp - is a random sample that the scikit-learn baseline (baseline_debian_sections.py)
reproduces exactly.
Usage: apt-cache dumpavail | python3 make_debian_sections.py > debian_sections.jsonl
"""
import datetime
import json
import random
import sys

WANTED = {"libs": 440, "python": 440, "perl": 350, "science": 260, "games": 220, "sound": 130, "fonts": 130}
LIMIT = 240


def packages(stream):
    record, key = {}, None
    for line in stream:
        line = line.rstrip("\n")
        if not line:
            if record:
                yield record
            record, key = {}, None
        elif line.startswith((" ", "\t")) and key:
            record[key] += "\n" + line
        elif ":" in line:
            key, _, value = line.partition(":")
            record[key] = value.strip()
    if record:
        yield record


def description(text):
    first, *rest = text.split("\n")
    body = " ".join(l.strip() for l in rest if l.strip() != ".")
    out = (first.strip() + ". " + body).strip()
    if len(out) > LIMIT:
        out = out[:LIMIT].rsplit(" ", 1)[0]
    return out


def main():
    by_section, seen = {}, set()
    for p in packages(sys.stdin):
        section = p.get("Section", "").split("/")[-1]
        if section not in WANTED or "Description" not in p or p.get("Package") in seen:
            continue
        seen.add(p["Package"])
        by_section.setdefault(section, []).append((p["Package"], description(p["Description"])))
    rng = random.Random(20261201)
    rows, texts = [], set()
    for section in sorted(WANTED):
        candidates = sorted(by_section.get(section, []))
        rng.shuffle(candidates)
        taken = 0
        for _, text in candidates:
            if taken == WANTED[section]:
                break
            if text.lower() in texts:
                continue
            texts.add(text.lower())
            rows.append({"text": text, "section": section})
            taken += 1
    rng.shuffle(rows)
    start = datetime.datetime(2026, 1, 1)
    for i, row in enumerate(rows):  # a time in shuffled order: the newest 20 % is a random, reproducible holdout
        row = {"time": (start + datetime.timedelta(minutes=i)).isoformat(), **row}
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
