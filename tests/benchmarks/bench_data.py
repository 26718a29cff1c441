#!/usr/bin/python3
"""Synthetic rows for tests/benchmarks/run.sh, from a fixed seed so anyone can rerun the benchmark.
Usage: bench_data.py OUT.csv ROWS [SEED]
Writes a header "t,x1..x8,y": t one minute per row in time order (so the newest 20 % is the last 20 %),
eight numeric features uniform in [0, 1) and y a smooth nonlinear function of five of them
(Friedman's #1, extended) plus Gaussian noise of 1.0; x6..x8 carry no signal.
"""
import sys

import numpy as np


def main():
    out, rows = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    rng = np.random.default_rng(seed)
    x = rng.random((rows, 8))
    y = (10 * np.sin(np.pi * x[:, 0] * x[:, 1]) + 20 * (x[:, 2] - 0.5) ** 2 + 10 * x[:, 3] + 5 * x[:, 4]
         + rng.normal(0.0, 1.0, rows))
    start = np.datetime64("2025-01-01T00:00:00")
    stamps = (start + np.arange(rows) * np.timedelta64(1, "m")).astype(str)
    with open(out, "w", encoding="ascii") as f:
        f.write("t,x1,x2,x3,x4,x5,x6,x7,x8,y\n")
        for i in range(rows):
            f.write(stamps[i] + "," + ",".join("%.6f" % v for v in x[i]) + ",%.6f\n" % y[i])


if __name__ == "__main__":
    main()
