#!/usr/bin/env python3
"""Kills icity with SIGKILL in the middle of writes and checks that every write
it acknowledged (201) is there after a restart. Real server, real database
(SQLite; and PostgreSQL when ICITY_TEST_PG_URL is set), real HTTP over loopback.

usage: durability_test.py PATH_TO_ICITY
"""
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start(icity, data_dir, db_url, port, demo):
    args = [icity, "serve", "--listen", f"127.0.0.1:{port}", "--data-dir", data_dir,
            "--db", db_url, "--fast-password-hashes"]
    if demo:
        args.append("--demo")
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    password = None
    deadline = time.time() + 60
    lines = []
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        m = re.search(r"one-time password: (\S+)", line)
        if m:
            password = m.group(1)
        if "listening on" in line:
            # Keep draining the access log so the server never blocks on a full pipe.
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
            return proc, password
    proc.kill()
    raise RuntimeError("icity did not start:\n" + "".join(lines))


def call(port, method, path, body=None, token=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, (json.loads(data) if data else None)


def run(icity, db_url, label):
    data_dir = tempfile.mkdtemp(prefix="icity_durability_")
    port = free_port()
    proc, password = start(icity, data_dir, db_url, port, demo=True)
    # A bearer token survives the restart (it is a row in the database).
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/api/auth/login",
                 body=json.dumps({"email": "admin@icity.local", "password": password}),
                 headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    cookie = r.getheader("Set-Cookie").split(";")[0]
    csrf = json.loads(r.read())["csrf_token"]
    conn.request("POST", "/api/auth/tokens", body=json.dumps({"name": "durability"}),
                 headers={"Content-Type": "application/json", "Cookie": cookie,
                          "X-CSRF-Token": csrf})
    r = conn.getresponse()
    token = json.loads(r.read())["token"]
    conn.close()

    acknowledged = {}
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n):
        i = 0
        while not stop.is_set():
            name = f"耐久测试机构 {n}-{i} {uuid.uuid4().hex[:6]}"
            try:
                status, body = call(port, "POST", "/api/organisations",
                                    {"name": {"zh": name, "en": ""}, "kind": "sme",
                                     "country": "CN"}, token)
            except Exception:
                return  # the server died under us: that request was never acknowledged
            if status == 201:
                with lock:
                    acknowledged[body["id"]] = name
            i += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    time.sleep(2.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    for t in threads:
        t.join()

    proc, _ = start(icity, data_dir, db_url, port, demo=False)
    missing = []
    try:
        for oid, name in acknowledged.items():
            status, body = call(port, "GET", f"/api/organisations/{oid}", token=token)
            if status != 200 or body["name"]["zh"] != name:
                missing.append(oid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"{label}: {len(acknowledged)} acknowledged writes, {len(missing)} missing after SIGKILL")
    return len(acknowledged) > 0 and not missing


def main():
    icity = sys.argv[1]
    cases = [("SQLite", "sqlite:" + tempfile.mkdtemp(prefix="icity_dur_db_") + "/icity.db")]
    admin = os.environ.get("ICITY_TEST_PG_URL")
    if admin:
        name = "icity_durability_" + uuid.uuid4().hex[:8]
        subprocess.run(["psql", admin, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
        cases.append(("PostgreSQL", admin.rsplit("/", 1)[0] + "/" + name))
    passed = failed = 0
    for label, url in cases:
        if run(icity, url, label):
            passed += 1
        else:
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
