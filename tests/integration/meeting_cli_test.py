#!/usr/bin/env python3
"""`icity schedule-meetings` as a script uses it, on real files: the output's
shape, a schedule that keeps every rule (recomputed here, weight and idle gaps
included), fixed meetings kept, every meeting placed in mode all when that is
possible, and bad input refused with the field named, exit 2 and no output.

usage: meeting_cli_test.py PATH_TO_ICITY
"""
import json
import os
import random
import subprocess
import sys
import tempfile


def run(icity, args):
    return subprocess.run([icity, "schedule-meetings"] + args, capture_output=True, text=True,
                          timeout=120)


def check(event, out, mode):
    """Every rule of the contract; returns nothing, exits on the first break."""
    assert set(out) == {"meetings", "total_weight", "idle_gaps", "unplaced"}, out.keys()
    slots, tables = event["slots"], event["tables"]
    off = {p["id"]: set(p.get("unavailable", [])) for p in event.get("participants", [])}
    busy, seats = set(), set()
    keys = [(m["slot"], m["table"]) for m in out["meetings"]]
    assert keys == sorted(keys), "meetings not sorted by slot then table"
    for m in out["meetings"]:
        assert set(m) == {"a", "b", "slot", "table"}, m
        assert 0 <= m["slot"] < slots and 0 <= m["table"] < tables, m
        assert (m["slot"], m["table"]) not in seats, f"table used twice: {m}"
        seats.add((m["slot"], m["table"]))
        for who in (m["a"], m["b"]):
            assert m["slot"] not in off.get(who, set()), f"{who} unavailable: {m}"
            assert (who, m["slot"]) not in busy, f"{who} double-booked: {m}"
            busy.add((who, m["slot"]))
    # Placed and unplaced together are the requests, each once (a pair asked
    # twice is two requests); the weight is what the unplaced ones leave.
    asked = sorted((r["a"], r["b"], r.get("weight", 1)) for r in event["requests"])
    for u in out["unplaced"]:
        assert isinstance(u.get("reason"), str) and u["reason"], u
    left = sorted((u["a"], u["b"], u["weight"]) for u in out["unplaced"])
    remaining = list(asked)
    for item in left:
        assert item in remaining, f"unplaced {item} was not asked"
        remaining.remove(item)
    assert sorted((a, b) for a, b, _ in remaining) == sorted((m["a"], m["b"]) for m in out["meetings"]), \
        "placed meetings are not the requests left over"
    assert out["total_weight"] == sum(w for _, _, w in remaining), out["total_weight"]
    for r in event["requests"]:
        if "slot" in r:
            assert any(m["a"] == r["a"] and m["b"] == r["b"] and m["slot"] == r["slot"] and
                       m["table"] == r.get("table", m["table"]) for m in out["meetings"]), \
                f"fixed request moved: {r}"
    idle = 0
    for who in {w for w, _ in busy}:
        mine = sorted(s for w, s in busy if w == who)
        idle += sum(1 for x, y in zip(mine, mine[1:]) if y > x + 1)
    assert out["idle_gaps"] == idle, (out["idle_gaps"], idle, mode)


def event(rng, people, count, slots, tables):
    ids = [f"p{i}" for i in range(people)]
    participants = [{"id": i, "unavailable": sorted(rng.sample(range(slots), rng.randint(0, 2)))}
                    for i in ids[: people // 2]]  # the other half: available everywhere
    requests = []
    for _ in range(count):
        a, b = rng.sample(ids, 2)
        r = {"a": a, "b": b}
        if rng.random() < 0.7:
            r["weight"] = rng.randint(1, 5)
        requests.append(r)
    return {"slots": slots, "tables": tables, "participants": participants, "requests": requests}


def main():
    icity = os.path.abspath(sys.argv[1])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        path_in, path_out = os.path.join(tmp, "in.json"), os.path.join(tmp, "out.json")

        def solve(ev, *extra):
            with open(path_in, "w") as f:
                json.dump(ev, f)
            p = run(icity, ["--input", path_in, "--output", path_out, *extra])
            assert p.returncode == 0, f"exit {p.returncode}: {p.stderr}"
            assert len(p.stdout.strip().splitlines()) == 1, p.stdout
            assert "placed" in p.stdout, p.stdout
            with open(path_out) as f:
                return json.load(f)

        for mode in ("best", "all"):
            for size in (10, 40, 120):
                ev = event(rng, size, size * 3, 12, max(1, size // 6))
                check(ev, solve(ev, "--mode", mode), mode)
        # A tiny limit still gives a valid answer.
        ev = event(rng, 300, 2000, 12, 40)
        check(ev, solve(ev, "--time-limit-ms", "1"), "best")

        # Fixed by hand: slot (and table) kept, the rest planned around them.
        ev = event(rng, 20, 40, 6, 3)
        ev["participants"] = []
        ev["requests"] += [{"a": "x", "b": "y", "slot": 2, "table": 1}, {"a": "x", "b": "z", "slot": 4}]
        out = solve(ev, "--mode", "all")
        check(ev, out, "all")

        # Mode all places everything when a chain of meetings fits easily.
        ev = {"slots": 6, "tables": 2, "participants": [{"id": "a", "unavailable": [0]}],
              "requests": [{"a": "a", "b": "b"}, {"a": "b", "b": "c"}, {"a": "c", "b": "d"},
                           {"a": "a", "b": "c"}]}
        out = solve(ev, "--mode", "all")
        check(ev, out, "all")
        assert out["unplaced"] == [], out
        assert out["idle_gaps"] == 0, out

        # Bad input: exit 2, the field named on stderr, nothing written.
        os.remove(path_out)
        good = {"slots": 4, "tables": 2, "requests": [{"a": "p", "b": "q"}, {"a": "q", "b": "r"}]}
        bad_cases = [
            ({**good, "slots": "four"}, "slots"),
            ({**good, "requests": [{"a": "p", "b": "q"}, {"a": "q", "b": "q"}]}, "requests[1].b"),
            ({**good, "requests": [{"a": "p", "b": "q", "weight": -2}]}, "requests[0].weight"),
            ({**good, "requests": [{"a": "p", "b": "q", "slot": 9}]}, "requests[0].slot"),
            ({**good, "requests": [{"a": "p", "b": 3}]}, "requests[0].b"),
            ({**good, "requests": [{"a": "p", "b": "q", "colour": "red"}]}, "requests[0].colour"),
            ({**good, "participants": [{"id": "p", "unavailable": [4]}]},
             "participants[0].unavailable[0]"),
            ({**good, "requests": [{"a": "p", "b": "q", "slot": 1}, {"a": "q", "b": "r", "slot": 1}]},
             "requests[1].slot"),
        ]
        for ev, field in bad_cases:
            with open(path_in, "w") as f:
                json.dump(ev, f)
            p = run(icity, ["--input", path_in, "--output", path_out])
            assert p.returncode == 2, f"{field}: exit {p.returncode}, {p.stderr}"
            assert field in p.stderr, f"expected {field!r} in: {p.stderr}"
            assert not os.path.exists(path_out), f"{field}: output written"
        p = run(icity, ["--input", path_in, "--output", path_out, "--mode", "fast"])
        assert p.returncode == 2 and "--mode" in p.stderr, p.stderr
        p = run(icity, ["--input", os.path.join(tmp, "missing.json"), "--output", path_out])
        assert p.returncode == 2 and "missing.json" in p.stderr, p.stderr
        with open(path_in, "w") as f:
            f.write("{not json")
        p = run(icity, ["--input", path_in, "--output", path_out])
        assert p.returncode == 2 and "not JSON" in p.stderr, p.stderr
        assert not os.path.exists(path_out)
        assert [f for f in os.listdir(tmp) if ".tmp-" in f] == [], os.listdir(tmp)
    print("meeting cli: schedules valid in both modes, fixed meetings kept, bad input refused")


if __name__ == "__main__":
    main()
