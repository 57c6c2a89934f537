#!/usr/bin/env bash
# Search benchmark: bench/search.sh [N]  (default 100000 synthetic organisations)
# Builds a corpus of the demo world plus N synthetic organisations (with their
# people and interactions) on SQLite, indexes it with `icity reindex` (docs/s),
# starts `icity serve`, and runs bench/search_compare: latency of GET
# /api/search beside raw Xapian and SQLite FTS5 (trigram), and nDCG@10 of
# icity and FTS5 on the judged queries of bench/search_eval/judged.tsv; then
# the latency of one organisation's likely duplicates (duplicates_latency.py).
set -euo pipefail
n="${1:-100000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
icity="${ICITY_BIN:-$root/build/icity}"
compare="${COMPARE_BIN:-$(dirname "$(realpath "$icity")")/../../bench/search_compare}"
tmp="$(mktemp -d)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
serve() {
  "$icity" serve --listen "127.0.0.1:$port" --data-dir "$tmp" --fast-password-hashes "$@" \
    >>"$tmp/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && return 0; sleep 0.1; done
  echo "search.sh: the server did not start" >&2; cat "$tmp/serve.log" >&2; exit 1
}
serve --demo --no-demo-history  # the seeds' world first (it loads into an empty database only)
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
"$icity" demo generate --orgs "$n" --db "sqlite:$tmp/icity.db" 2>/dev/null
"$icity" reindex --db "sqlite:$tmp/icity.db" --data-dir "$tmp" 2>/dev/null
serve
# The server files every organisation for duplicate detection in the background
# when it starts: measure once that is done, on a quiet machine.
for _ in $(seq 1 3600); do grep -q "duplicate detection ready" "$tmp/serve.log" && break; sleep 0.5; done
grep "duplicate detection ready" "$tmp/serve.log" || true
"$compare" --db "sqlite:$tmp/icity.db" --data-dir "$tmp" --port "$port" "${@:2}"
password="$(grep -o 'one-time password: [^ ]*' "$tmp/serve.log" | head -1 | cut -d' ' -f3)"
python3 "$root/bench/duplicates_latency.py" "$port" "$password" 100
