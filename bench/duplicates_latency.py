#!/usr/bin/env python3
"""Latency of GET /api/organisations/{id}/duplicates on a running icity.

   bench/duplicates_latency.py PORT ADMIN_PASSWORD [N]

Signs in as admin@icity.local, asks for the likely duplicates of N random
organisations (the server files every organisation in the background when it
starts; a call that comes before that is done waits for it) and prints the
first call and p50/p99 of the rest; then the directory's likeliest pairs
(GET /api/duplicates) ten times, and again right after an organisation is
edited (only its pairs are scored again). bench/search.sh runs it.
"""
import http.client
import json
import random
import sys
import time

port, password = int(sys.argv[1]), sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("POST", "/api/auth/login", json.dumps({"email": "admin@icity.local", "password": password}),
             {"Content-Type": "application/json"})
res = conn.getresponse()
body = res.read()
if res.status != 200:
    sys.exit(f"duplicates_latency: login failed ({res.status}): {body[:200]!r}")
cookie = res.getheader("Set-Cookie").split(";")[0]
csrf = json.loads(body)["csrf_token"]
conn.request("GET", "/api/dashboard/summary", headers={"Cookie": cookie})
total = json.loads(conn.getresponse().read())["organisations"]
random.seed(7)
times = []
found = 0
for i in range(n + 1):
    org = random.randint(1, total)
    start = time.perf_counter()
    conn.request("GET", f"/api/organisations/{org}/duplicates", headers={"Cookie": cookie})
    res = conn.getresponse()
    data = res.read()
    times.append((time.perf_counter() - start) * 1000)
    if res.status == 200:
        found += len(json.loads(data)["items"])
first, rest = times[0], sorted(times[1:])


def timed_pairs():
    start = time.perf_counter()
    conn.request("GET", "/api/duplicates?limit=50", headers={"Cookie": cookie})
    res = conn.getresponse()
    data = res.read()
    if res.status != 200:
        sys.exit(f"duplicates_latency: /api/duplicates answered {res.status}: {data[:200]!r}")
    return (time.perf_counter() - start) * 1000, len(json.loads(data)["items"])


pair_first, pair_count = timed_pairs()
pair_times = sorted(timed_pairs()[0] for _ in range(10))
conn.request("GET", "/api/organisations/1", headers={"Cookie": cookie})
org = json.loads(conn.getresponse().read())
conn.request("PATCH", "/api/organisations/1",
             json.dumps({"version": org["version"], "website": "https://edited.example.org"}),
             {"Cookie": cookie, "Content-Type": "application/json",
              "X-CSRF-Token": csrf})
edit = conn.getresponse()
edit.read()
if edit.status != 200:
    sys.exit(f"duplicates_latency: the edit answered {edit.status}")
after_edit, _ = timed_pairs()
print(f"duplicates of one organisation among {total}: first call {first:.0f} ms (files every organisation), "
      f"then p50 {rest[len(rest) // 2]:.2f} ms, p99 {rest[min(len(rest) - 1, int(len(rest) * 0.99))]:.2f} ms "
      f"over {len(rest)} organisations ({found} candidates in all; target <= 300 ms)")
print(f"likeliest pairs of the directory (GET /api/duplicates?limit=50, {pair_count} pairs): first {pair_first:.0f} ms, "
      f"then p50 {pair_times[len(pair_times) // 2]:.1f} ms; right after an edit {after_edit:.1f} ms")
