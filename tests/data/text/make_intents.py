#!/usr/bin/env python3
"""Writes intents.jsonl: 600 short patient messages over 4 intents, reproducibly (seed 20261123).

Each intent has its own phrasings, but they share many words (appointment, doctor, tomorrow, please...),
some messages carry words of another intent, and 8 % of the labels are deliberately flipped to another
intent (logged data is noisy), so a classifier cannot reach 100 %.
Run: python3 make_intents.py > intents.jsonl
"""
import json
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20261123)

INTENTS = {
    "book": [
        "i would like to book an appointment {when}",
        "can i see {who} {when}",
        "do you have a free slot {when}",
        "please schedule me with {who}",
        "i need an appointment for {what}",
        "is there availability {when} for {what}",
        "can you fit me in {when}",
        "book me in with {who} please",
    ],
    "cancel": [
        "i need to cancel my appointment {when}",
        "please cancel the visit with {who}",
        "i cannot come {when}, cancel it",
        "can i move my appointment from {when}",
        "reschedule my slot with {who}",
        "i want to call off my booking {when}",
        "sorry i will miss my appointment {when}",
        "drop my visit for {what}",
    ],
    "billing": [
        "how much does {what} cost",
        "i got an invoice i do not understand",
        "was my insurance charged for {what}",
        "can i pay the bill in instalments",
        "why was i billed twice for {what}",
        "please send me a receipt for {what}",
        "what is the price of a visit with {who}",
        "my payment for {what} failed",
    ],
    "hours": [
        "when are you open {when}",
        "what are your opening hours {when}",
        "is the clinic open {when}",
        "until what time can i come {when}",
        "are you closed on public holidays",
        "what time does {who} start {when}",
        "is the practice open at lunch",
        "do you open early {when}",
    ],
}
WHEN = ["tomorrow", "today", "on monday", "next week", "this friday", "in the morning", "after work",
        "on saturday", "next month", "at 9", ""]
WHO = ["dr smith", "the dentist", "a nurse", "my doctor", "the physiotherapist", "dr meyer", "someone"]
WHAT = ["a checkup", "my back pain", "a blood test", "vaccination", "the x-ray", "a cleaning", "my child"]
FILLERS = ["hi", "hello", "good morning", "thanks", "please", "urgent", "quick question", ""]
PII = ["call me at +49 30 1234567", "my number is 555-123-4567", "mail me at anna.k@example.org",
       "patient id 48213377", "see www.example.org/help", ""]

start = datetime(2026, 9, 1, tzinfo=timezone.utc)
labels = list(INTENTS)
for i in range(600):
    intent = labels[i % 4]
    text = rng.choice(INTENTS[intent]).format(when=rng.choice(WHEN), who=rng.choice(WHO), what=rng.choice(WHAT))
    if rng.random() < 0.5:
        text = rng.choice(FILLERS) + " " + text
    if rng.random() < 0.25:  # a word or phrase of another intent
        other = rng.choice([l for l in labels if l != intent])
        text += " " + rng.choice(INTENTS[other]).format(when="", who="", what="").split()[-1]
    if rng.random() < 0.1:
        text += " " + rng.choice(PII)
    label = intent
    if rng.random() < 0.08:
        label = rng.choice([l for l in labels if l != intent])
    time = start + timedelta(minutes=i * 97)
    print(json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%SZ"), "message": " ".join(text.split()), "intent": label}))
