#!/usr/bin/python3
"""The pipeline Retrainer replaces, as the organisations' scripts run it today: pandas reads the CSV, a
time-ordered 80/20 split, RandomForestRegressor(100 trees, n_jobs = cores), R² on the newest 20 %,
joblib.dump of the model and a SHA-256 of the file. One model per process, as the 17 scripts ran.
Usage: sklearn_pipeline.py DATA.csv MODEL.joblib
Prints one line: "r2=<score> bytes=<artifact size> sha256=<hex>".
"""
import hashlib
import os
import sys

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score


def main():
    data, out = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(data, parse_dates=["t"]).sort_values("t")
    cut = int(len(frame) * 0.8)
    features = [c for c in frame.columns if c not in ("t", "y")]
    train, test = frame.iloc[:cut], frame.iloc[cut:]
    model = RandomForestRegressor(n_estimators=100, n_jobs=os.cpu_count(), random_state=0)
    model.fit(train[features], train["y"])
    score = r2_score(test["y"], model.predict(test[features]))
    joblib.dump(model, out)
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print("r2=%.4f bytes=%d sha256=%s" % (score, os.path.getsize(out), digest))


if __name__ == "__main__":
    main()
