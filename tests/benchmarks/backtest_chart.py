#!/usr/bin/python3
"""Draws a backtest's per-day CSV (`retrainer backtest … --csv days.csv`) as the README's chart: each policy's
live error (or score) per day as a 7-day rolling mean, days with a training marked on the policy's line.
Usage: /usr/bin/python3 tests/benchmarks/backtest_chart.py days.csv out.png "title"
(python3-matplotlib, python3-pandas)"""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

days = pd.read_csv(sys.argv[1], parse_dates=["day"])
metric = [c for c in days.columns if c not in ("day", "new_rows") and not c.startswith("training")][0].split("_")[0]
policies = [c[len(metric) + 1:] for c in days.columns if c.startswith(metric + "_")]
fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
for policy in policies:
    line = days[f"{metric}_{policy}"].rolling(7, min_periods=3).mean()
    drawn = ax.plot(days["day"], line, label=policy)[0]
    trained = days.get(f"trainings_{policy}")
    if trained is not None:
        at = trained > 0
        ax.plot(days["day"][at], line[at], "o", markersize=3, color=drawn.get_color())
words = {"mae": "typical error", "rmse": "error on big misses", "r2": "R²", "accuracy": "accuracy", "macro": "macro-F1"}
better = "lower is better" if metric in ("mae", "rmse") else "higher is better"
ax.set_ylabel(f"{words.get(metric, metric)} (7-day mean; {better})")
ax.set_title(sys.argv[3] if len(sys.argv) > 3 else "")
ax.legend(title="policy (dots: a training that day)")
ax.grid(alpha=0.3)
fig.autofmt_xdate()
fig.tight_layout()
fig.savefig(sys.argv[2])
