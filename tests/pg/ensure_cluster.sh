# Sourced by packaging/test.sh, packaging/sanitize.sh and .ci/run: when RETRAINER_TEST_PG is not set yet,
# starts the throw-away test cluster (tests/pg/pg_cluster.sh), exports its URL and stops it when the calling
# script exits. The PostgreSQL suites fail, never skip, without RETRAINER_TEST_PG.
if [ -z "${RETRAINER_TEST_PG:-}" ]; then
  retrainer_pg_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  eval "$(bash "$retrainer_pg_dir/pg_cluster.sh" start)"
  trap 'bash "$retrainer_pg_dir/pg_cluster.sh" stop' EXIT
fi
