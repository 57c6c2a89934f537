#!/usr/bin/env python3
"""`icity plan-itinerary` as scripts use it: on real OPTW files (a generated
one, and c101/r101 of the shared benchmark when present) it prints
{"score":S,"routes":[[node,...],...]} with M routes of visited vertices
(without the depot), and the plan is feasible — every arrival, window, service
time and Tmax recomputed here from the file — and scores S. Bad input (missing
file, a malformed line, --routes 0) gives a message on stderr and exit code 2.

usage: itinerary_cli_test.py PATH_TO_ICITY [TOPTW_DATA_DIR]
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile


def fail(message):
    sys.exit("itinerary_cli: " + message)


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def read_optw(path):
    lines = [l.split() for l in open(path) if l.strip()]
    vertices = []
    for f in lines[2:]:
        a = int(float(f[6]))
        vertices.append(dict(x=float(f[1]), y=float(f[2]), d=float(f[3]), s=float(f[4]),
                             o=float(f[7 + a]), c=float(f[8 + a])))
    return vertices


def travel(a, b):
    return math.floor(math.hypot(a["x"] - b["x"], a["y"] - b["y"]) * 10) / 10


def check_plan(path, out, routes):
    try:
        plan = json.loads(out)
    except json.JSONDecodeError as e:
        fail(f"not JSON ({e}): {out!r}")
    if sorted(plan) != ["routes", "score"]:
        fail(f"keys {sorted(plan)}")
    if len(plan["routes"]) != routes:
        fail(f"{len(plan['routes'])} routes for --routes {routes}")
    v = read_optw(path)
    depot, seen, score = v[0], set(), 0.0
    for r, route in enumerate(plan["routes"]):
        time, at = depot["o"], depot
        for node in route:
            if not isinstance(node, int) or not 1 <= node < len(v):
                fail(f"route {r}: bad vertex {node!r} (the depot is never listed)")
            if node in seen:
                fail(f"vertex {node} visited twice")
            seen.add(node)
            site = v[node]
            arrival = time + travel(at, site)
            if arrival > site["c"] + 1e-6:
                fail(f"route {r}: vertex {node} reached at {arrival} after its window closed ({site['c']})")
            time = max(arrival, site["o"]) + site["d"]
            at = site
            score += site["s"]
        home = time + travel(at, depot)
        if home > depot["c"] + 1e-6:
            fail(f"route {r}: back at the depot at {home}, after Tmax {depot['c']}")
    if abs(score - plan["score"]) > 1e-6:
        fail(f"score {plan['score']} but the visits add up to {score}")
    return plan["score"]


def write_instance(path, n, seed, with_d=True):
    rng = random.Random(seed)
    rows = [f"4 {n // 10} {n} 1", "0 200" if with_d else "200", "0 50 50 0 0 0 0 0 600"]
    for i in range(1, n + 1):
        o = rng.randint(0, 500)
        rows.append(f"{i} {rng.randint(0, 100)} {rng.randint(0, 100)} 10 {rng.randint(1, 30)} "
                    f"1 1 1 {o} {o + rng.randint(20, 200)}")
    with open(path, "w") as f:
        f.write("\n".join(rows) + "\n")


def expect_bad(icity, args, needle):
    p = run([icity, "plan-itinerary"] + args)
    if p.returncode != 2:
        fail(f"{args}: exit {p.returncode}, wanted 2 (stderr {p.stderr!r})")
    if needle not in p.stderr or p.stdout.strip():
        fail(f"{args}: stderr {p.stderr!r} should name {needle!r}, stdout {p.stdout!r} empty")


def main():
    icity = os.path.abspath(sys.argv[1])
    data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get(
        "ICITY_TOPTW_DIR",
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "toptw"))
    with tempfile.TemporaryDirectory() as tmp:
        gen = os.path.join(tmp, "gen.txt")
        write_instance(gen, 40, 7)
        for m in (1, 2):
            p = run([icity, "plan-itinerary", "--optw", gen, "--routes", str(m),
                     "--time-limit-ms", "300"])
            if p.returncode != 0:
                fail(f"generated instance, m={m}: exit {p.returncode}: {p.stderr}")
            if check_plan(gen, p.stdout, m) <= 0:
                fail("nothing visited on the generated instance")
        no_d = os.path.join(tmp, "no_d.txt")
        write_instance(no_d, 12, 8, with_d=False)
        p = run([icity, "plan-itinerary", "--optw", no_d])
        if p.returncode != 0:
            fail(f"missing D field refused: {p.stderr}")
        check_plan(no_d, p.stdout, 1)

        expect_bad(icity, ["--optw", os.path.join(tmp, "absent.txt")], "cannot read")
        bad = os.path.join(tmp, "bad.txt")
        rows = open(gen).read().splitlines()
        rows[5] = rows[5].replace(" 10 ", " ten ", 1)
        open(bad, "w").write("\n".join(rows) + "\n")
        expect_bad(icity, ["--optw", bad], "line 6: not a number: 'ten'")
        expect_bad(icity, ["--optw", gen, "--routes", "0"], "--routes must be at least 1")
        expect_bad(icity, ["--optw", gen, "--routes", "two"], "--routes must be at least 1")
        expect_bad(icity, ["--optw", tmp], "cannot read")
        empty = os.path.join(tmp, "empty.txt")
        open(empty, "w").close()
        expect_bad(icity, ["--optw", empty], "line 1: empty file")

    c101 = os.path.join(data, "solomon_100", "c101.txt")
    if os.path.exists(c101):
        p = run([icity, "plan-itinerary", "--optw", c101])
        if p.returncode != 0:
            fail(f"c101: {p.stderr}")
        score = check_plan(c101, p.stdout, 1)
        if score < 0.97 * 320:  # the proven optimum; the planner finds it within a second
            fail(f"c101 scored {score}, the optimum is 320")
        r101 = os.path.join(data, "solomon_100", "r101.txt")
        p = run([icity, "plan-itinerary", "--optw", r101, "--routes", "3", "--time-limit-ms", "500"])
        if p.returncode != 0:
            fail(f"r101 m=3: {p.stderr}")
        check_plan(r101, p.stdout, 3)
    else:
        print(f"itinerary_cli: no {c101}; the benchmark instances were skipped")
    print("itinerary_cli: plans are feasible and score what they say; bad input exits 2")


if __name__ == "__main__":
    main()
