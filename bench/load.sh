#!/usr/bin/env bash
# Load test of one icity node against a bare Beast server on the same machine:
#   bench/load.sh [--duration 10s] [--connections 32] [--wrk-threads 1] [--bare-only]
# Starts `icity serve --demo` on SQLite (temp data dir, free loopback port),
# picks an organisation, runs wrk on GET /api/organisations/{id} and on
# bare_beast with the same settings, and prints both rates and icity/bare
# (target >= 0.45). Binaries: $ICITY_BIN / $BARE_BIN, else build/icity,
# build/release/..., build/debug/... (a release build gives the real figure).
set -euo pipefail

duration=10s
connections=32
wrk_threads=1
bare_only=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --wrk-threads) wrk_threads="$2"; shift 2 ;;
    --bare-only) bare_only=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
first_existing() {
  for f in "$@"; do
    if [[ -x "$f" ]]; then echo "$f"; return 0; fi
  done
  return 1
}
icity="${ICITY_BIN:-$(first_existing "$root/build/icity" "$root/build/release/src/cli/icity" \
  "$root/build/debug/src/cli/icity" || true)}"
bare="${BARE_BIN:-$(first_existing "$root/build/bare_beast" "$root/build/release/bench/bare_beast" \
  "$root/build/debug/bench/bare_beast" || true)}"
# Absolute paths: the servers are started from the temp directory.
[[ -n "$icity" ]] && icity="$(realpath "$icity")"
[[ -n "$bare" ]] && bare="$(realpath "$bare")"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[[ -n "$bare" ]] || { echo "load.sh: bare_beast not built (cmake --build ... --target bare_beast)" >&2; exit 2; }
if [[ $bare_only -eq 0 && -z "$icity" ]]; then
  echo "load.sh: icity binary not found (build it, or set ICITY_BIN; --bare-only for the baseline)" >&2
  exit 2
fi

server_threads="$(nproc)"
tmp="$(mktemp -d)"
bare_pid=""
icity_pid=""
cleanup() {
  [[ -n "$icity_pid" ]] && kill "$icity_pid" 2>/dev/null && wait "$icity_pid" 2>/dev/null || true
  [[ -n "$bare_pid" ]] && kill "$bare_pid" 2>/dev/null && wait "$bare_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until `curl URL` answers (any status), at most 60 s.
wait_for() {
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  echo "load.sh: nothing answers at $1" >&2
  return 1
}

# Runs wrk and prints its requests/s.
rate() {
  wrk -t"$wrk_threads" -c"$connections" -d"$duration" "$1" | tee "$tmp/wrk.out" >&2
  if grep -q "Non-2xx" "$tmp/wrk.out"; then echo "load.sh: non-2xx answers from $1" >&2; fi
  awk '/Requests\/sec/ { print $2 }' "$tmp/wrk.out"
}

cd "$tmp"
bare_port="$(free_port)"
"$bare" "$bare_port" "$server_threads" >"$tmp/bare.log" 2>&1 &
bare_pid=$!
wait_for "http://127.0.0.1:$bare_port/"

if [[ $bare_only -eq 0 ]]; then
  icity_port="$(free_port)"
  "$icity" serve --listen "127.0.0.1:$icity_port" --data-dir "$tmp/data" --demo \
    --fast-password-hashes --threads "$server_threads" >"$tmp/icity.log" 2>&1 &
  icity_pid=$!
  wait_for "http://127.0.0.1:$icity_port/healthz"
  id="$(curl -s "http://127.0.0.1:$icity_port/api/organisations?limit=1" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')"
  target="http://127.0.0.1:$icity_port/api/organisations/$id"
  echo "== icity: GET /api/organisations/$id ($connections connections, $duration)" >&2
  icity_rate="$(rate "$target")"
fi

echo "== bare Beast: GET / ($connections connections, $duration)" >&2
bare_rate="$(rate "http://127.0.0.1:$bare_port/")"

printf 'bare_beast  %10.0f req/s\n' "$bare_rate"
if [[ $bare_only -eq 0 ]]; then
  printf 'icity       %10.0f req/s\n' "$icity_rate"
  awk -v a="$icity_rate" -v b="$bare_rate" \
    'BEGIN { r = a / b; printf "icity/bare  %10.2f  (target >= 0.45)%s\n", r, (r >= 0.45 ? "" : "  BELOW TARGET") }'
fi
