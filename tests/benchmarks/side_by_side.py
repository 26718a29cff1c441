#!/usr/bin/python3
"""Retrainer measured in one run against the scikit-learn pipeline it replaces and a bare dlib fit.
Usage: bash tests/benchmarks/run.sh [--quick] [--build DIR]
Every figure in the printed table comes from this run, on synthetic rows from a fixed seed (bench_data.py):
 1. one retrain: N rows x 8 numeric features, a forest of 100 trees, end to end. Retrainer's CLI
    (`retrainerd train --force`: read the CSV, type, split, train, evaluate, register the artifact with its
    SHA-256) against sklearn_pipeline.py and bench_bare_fit (the fit alone, rows already in memory):
    wall time and peak RSS of the whole process (GNU time), artifact size, holdout R².
 2. pipeline overhead: Retrainer's end-to-end time over the bare fit's.
 3. a suite of 17 models x M rows: one `retrainerd train --all --force` against 17 sklearn_pipeline.py
    processes one after another and the sum of 17 bare fits.
 4. `retrainerd import` of 100,000 CSV rows into the sample store: rows per second, wall clock.
 5. the predict API, one row per request, 16 connections, wrk on 127.0.0.1 for a bounded time, against a
    forest trained on M rows: requests per second, p50 and p99 latency.
--quick: N = 30,000, M = 5,000 and 5 s of wrk (the targets are stated for the full sizes: 100,000 and
20,000 rows, 15 s), so the table runs in a couple of minutes on two cores.
"""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
SUITE_MODELS = 17
IMPORT_ROWS = 100000


def run(args, cwd=None, env=None, timed=False):
    """Runs a command; with timed, under GNU time: returns (stdout, wall seconds, peak RSS in MiB)."""
    prefix = []
    if timed:
        stats = tempfile.NamedTemporaryFile(delete=False)
        stats.close()
        prefix = ["/usr/bin/time", "-f", "%e %M", "-o", stats.name]
    out = subprocess.run(prefix + args, cwd=cwd, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("benchmark step failed: " + " ".join(args) + "\n" + out.stdout + out.stderr)
    if not timed:
        return out.stdout
    with open(stats.name) as f:
        wall, kib = f.read().split()[-2:]
    os.unlink(stats.name)
    return out.stdout, float(wall), int(kib) / 1024.0


def make_data(path, rows, seed):
    run([PY, os.path.join(HERE, "bench_data.py"), path, str(rows), str(seed)])


class Retrainer:
    def __init__(self, binary, workspace):
        self.binary, self.workspace = binary, workspace
        os.makedirs(workspace, exist_ok=True)
        self("init")

    def __call__(self, *args, timed=False):
        return run([self.binary, "--workspace", self.workspace, *args], timed=timed)

    def add_csv_model(self, name, csv):
        shutil.copy(csv, os.path.join(self.workspace, name + ".csv"))
        self("model", "add", name, "--source", "csv:" + name + ".csv", "--task", "regression", "--label", "y",
             "--timestamp", "t", "--algorithm", "random_forest")

    def r2(self, name):
        status = run([self.binary, "--workspace", self.workspace, "--json", "status", name])
        return float(re.search(r'"r2":\s*([-0-9.e]+)', status.split('"metrics"')[-1]).group(1))

    def artifact_bytes(self, name):
        folder = os.path.join(self.workspace, "models", name)
        return sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder) if f.endswith(".rtm"))


def sklearn(csv, out):
    text, wall, mib = run([PY, os.path.join(HERE, "sklearn_pipeline.py"), csv, out], timed=True)
    fields = dict(kv.split("=") for kv in text.split())
    return {"wall": wall, "mib": mib, "bytes": int(fields["bytes"]), "r2": float(fields["r2"])}


def bare_fit(binary, csv):
    text, wall, mib = run([binary, csv], timed=True)
    fields = dict(kv.split("=") for kv in text.split())
    return {"wall": float(fields["fit_seconds"]), "mib": mib, "r2": float(fields["r2"])}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def milliseconds(text):
    value, unit = re.match(r"([0-9.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def predict_load(retrainer, name, seconds):
    """Starts the daemon with the API, waits until it serves, runs wrk, stops the daemon."""
    token = retrainer("token", "create", "bench", "--role", "viewer")
    token = re.search(r"rt_[A-Za-z0-9_-]+", token).group(0)
    port = free_port()
    daemon = subprocess.Popen([retrainer.binary, "--workspace", retrainer.workspace, "--headless", "--api",
                               "127.0.0.1:%d" % port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if time.time() > deadline or daemon.poll() is not None:
                sys.exit("the daemon's API did not come up on port %d" % port)
            time.sleep(0.2)
        env = dict(os.environ, BENCH_TOKEN=token)
        out = run(["wrk", "-t2", "-c16", "-d%ds" % seconds, "--latency", "-s",
                   os.path.join(HERE, "predict_one_row.lua"),
                   "http://127.0.0.1:%d/api/v1/models/%s/predict" % (port, name)], env=env)
    finally:
        daemon.terminate()
        daemon.wait(timeout=60)
    if re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out):
        sys.exit("the predict API answered errors under load:\n" + out)
    return {"rps": float(re.search(r"Requests/sec:\s*([0-9.]+)", out).group(1)),
            "p50": milliseconds(re.search(r"\s50%\s+(\S+)", out).group(1)),
            "p99": milliseconds(re.search(r"\s99%\s+(\S+)", out).group(1))}


def verdict(ok):
    return "met" if ok else "NOT met"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a couple of minutes")
    parser.add_argument("--build", default="build", help="the CMake build folder (default: build)")
    args = parser.parse_args()
    big, small, wrk_seconds = (30000, 5000, 5) if args.quick else (100000, 20000, 15)
    binary = os.path.abspath(os.path.join(args.build, "app", "retrainerd"))
    bare = os.path.abspath(os.path.join(args.build, "tests", "benchmarks", "bench_bare_fit"))
    for needed in (binary, bare, "/usr/bin/time", shutil.which("wrk") or "wrk"):
        if not os.path.exists(needed):
            sys.exit("missing %s: build retrainerd and bench_bare_fit, and run packaging/install-deps.sh "
                     "--benchmark" % needed)
    work = tempfile.mkdtemp(prefix="retrainer-bench-")
    try:
        rows = {}
        print("cores: %d, mode: %s (one retrain %d rows, suite %d x %d rows)" %
              (os.cpu_count(), "quick" if args.quick else "full", big, SUITE_MODELS, small), flush=True)

        # 1 and 2: one retrain.
        big_csv = os.path.join(work, "big.csv")
        make_data(big_csv, big, 42)
        sk = sklearn(big_csv, os.path.join(work, "big.joblib"))
        fit = bare_fit(bare, big_csv)
        one = Retrainer(binary, os.path.join(work, "one"))
        one.add_csv_model("big", big_csv)
        _, wall, mib = one("train", "big", "--force", timed=True)
        rt = {"wall": wall, "mib": mib, "bytes": one.artifact_bytes("big"), "r2": one.r2("big")}
        rows["retrain"] = (sk, rt, fit)
        print("  one retrain measured", flush=True)

        # 3: the suite of 17.
        suite = Retrainer(binary, os.path.join(work, "suite"))
        sk_wall, sk_mib, fit_sum = 0.0, 0.0, 0.0
        for i in range(SUITE_MODELS):
            csv = os.path.join(work, "suite%02d.csv" % i)
            make_data(csv, small, 100 + i)
            s = sklearn(csv, os.path.join(work, "suite%02d.joblib" % i))
            sk_wall, sk_mib = sk_wall + s["wall"], max(sk_mib, s["mib"])
            fit_sum += bare_fit(bare, csv)["wall"]
            suite.add_csv_model("m%02d" % i, csv)
        _, wall, mib = suite("train", "--all", "--force", timed=True)
        rows["suite"] = ({"wall": sk_wall, "mib": sk_mib}, {"wall": wall, "mib": mib}, {"wall": fit_sum})
        print("  suite measured", flush=True)

        # 4: import into the sample store.
        import_csv = big_csv if big == IMPORT_ROWS else os.path.join(work, "import.csv")
        if import_csv != big_csv:
            make_data(import_csv, IMPORT_ROWS, 42)
        store = Retrainer(binary, os.path.join(work, "store"))
        store("model", "add", "samples", "--source", "store:", "--task", "regression", "--label", "y",
              "--timestamp", "t", "--algorithm", "random_forest")
        _, wall, mib = store("import", "samples", import_csv, timed=True)
        rows["import"] = {"wall": wall, "mib": mib, "rate": IMPORT_ROWS / wall}
        print("  import measured", flush=True)

        # 5: predict API on a forest trained on `small` rows.
        serve = Retrainer(binary, os.path.join(work, "serve"))
        serve.add_csv_model("serve", os.path.join(work, "suite00.csv"))
        serve("train", "serve", "--force")
        rows["predict"] = predict_load(serve, "serve", wrk_seconds)
        print("  predict API measured\n", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    sk, rt, fit = rows["retrain"]
    overhead = (rt["wall"] - fit["wall"]) / fit["wall"] * 100.0
    sks, rts, fits = rows["suite"]
    imp, pr = rows["import"], rows["predict"]
    table = [
        ("work", "scikit-learn pipeline", "Retrainer", "bare dlib fit", "target", "verdict"),
        ("one retrain, %dk rows x 8 numeric, 100 trees, end to end" % (big // 1000),
         "%.1f s, %.0f MiB, %.1f MB, R2 %.3f" % (sk["wall"], sk["mib"], sk["bytes"] / 1e6, sk["r2"]),
         "%.1f s, %.0f MiB, %.1f MB, R2 %.3f" % (rt["wall"], rt["mib"], rt["bytes"] / 1e6, rt["r2"]),
         "%.1f s (fit only), %.0f MiB, R2 %.3f" % (fit["wall"], fit["mib"], fit["r2"]),
         "<= 0.3 x time, <= 0.15 x memory, R2 +-0.01",
         "%s (%.2f x time, %.2f x memory, R2 %+.3f)" % (
             verdict(rt["wall"] <= 0.3 * sk["wall"] and rt["mib"] <= 0.15 * sk["mib"]
                     and abs(rt["r2"] - sk["r2"]) <= 0.01),
             rt["wall"] / sk["wall"], rt["mib"] / sk["mib"], rt["r2"] - sk["r2"])),
        ("pipeline overhead (load, evaluate, register)", "-", "%.0f %% over the bare fit" % overhead, "-",
         "<= 15 %", verdict(overhead <= 15.0)),
        ("%d models x %dk rows, train --all" % (SUITE_MODELS, small // 1000),
         "%.1f s (17 scripts), peak %.0f MiB" % (sks["wall"], sks["mib"]),
         "%.1f s, peak %.0f MiB" % (rts["wall"], rts["mib"]), "%.1f s (sum of fits)" % fits["wall"],
         "<= 0.2 x scikit-learn, <= 1.2 x bare sum",
         "%s (%.2f x scikit-learn, %.2f x bare)" % (
             verdict(rts["wall"] <= 0.2 * sks["wall"] and rts["wall"] <= 1.2 * fits["wall"]),
             rts["wall"] / sks["wall"], rts["wall"] / fits["wall"])),
        ("retrainer import of %dk CSV rows" % (IMPORT_ROWS // 1000), "-",
         "%.0fk rows/s (%.2f s, %.0f MiB)" % (imp["rate"] / 1000, imp["wall"], imp["mib"]), "-",
         ">= 300k rows/s", verdict(imp["rate"] >= 300000)),
        ("predict API, 1 row/request, 16 connections, forest on %dk rows" % (small // 1000), "-",
         "%.0f req/s, p50 %.2f ms, p99 %.2f ms" % (pr["rps"], pr["p50"], pr["p99"]), "-",
         ">= 10k req/s, p99 <= 5 ms", verdict(pr["rps"] >= 10000 and pr["p99"] <= 5.0)),
    ]
    widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
    for i, r in enumerate(table):
        print("| " + " | ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
