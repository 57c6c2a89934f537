#!/usr/bin/env bash
# The browser test: starts the real icity (the demo world's seeds, SQLite, the built web
# app) on a free loopback port and drives it in Debian's Chromium through
# playwright-core (web/tests/e2e/run.mjs). Saves the screenshot beside the log.
#   tests/e2e/browser.sh PATH_TO_ICITY
set -euo pipefail
icity="$(realpath "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
[ -f "$root/web/dist/index.html" ] || (cd "$root/web" && npm run --silent build)
work="$(mktemp -d /tmp/icity-e2e.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
cd "$work"
"$icity" serve --listen "127.0.0.1:$port" --data-dir "$work/data" --static-dir "$root/web/dist" \
  --demo --no-demo-history --fast-password-hashes >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q "listening on" "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
password="$(grep -oP 'one-time password: \K\S+' "$work/server.log")"
mkdir -p "$root/web/tests/e2e/out"
ICITY_URL="http://127.0.0.1:$port" ICITY_ADMIN_EMAIL=admin@icity.local \
  ICITY_ADMIN_PASSWORD="$password" ICITY_SCREENSHOT="$root/web/tests/e2e/out/directory.png" \
  node "$root/web/tests/e2e/run.mjs"
