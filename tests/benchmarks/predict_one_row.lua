-- wrk script for tests/benchmarks/side_by_side.py: every request asks the API for one prediction.
-- The token comes from the environment (BENCH_TOKEN); the row is one of the benchmark's feature rows.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.body = '[{"x1": 0.41, "x2": 0.77, "x3": 0.12, "x4": 0.93, "x5": 0.35, "x6": 0.58, "x7": 0.06, "x8": 0.64}]'
