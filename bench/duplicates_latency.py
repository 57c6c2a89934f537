#!/usr/bin/env python3
"""Latency of GET /api/organisations/{id}/duplicates on a running icity.

   bench/duplicates_latency.py PORT ADMIN_PASSWORD [N]

Signs in as admin@icity.local, asks for the likely duplicates of N random
organisations (the first call also files every organisation in memory) and
prints that first call and p50/p99 of the rest. bench/search.sh runs it.
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
print(f"duplicates of one organisation among {total}: first call {first:.0f} ms (files every organisation), "
      f"then p50 {rest[len(rest) // 2]:.2f} ms, p99 {rest[min(len(rest) - 1, int(len(rest) * 0.99))]:.2f} ms "
      f"over {len(rest)} organisations ({found} candidates in all; target <= 300 ms)")
