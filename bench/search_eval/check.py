#!/usr/bin/env python3
"""Check judged.tsv: format, kinds and counts, keys against the demo world,
grades, and that `traditional` queries really use traditional characters
(they change under OpenCC t2s). Run from anywhere: python3 bench/search_eval/check.py"""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
WORLD = HERE.parent.parent / "data" / "demo" / "world.json"
MINIMUM = {"zh": 15, "en": 15, "mixed": 8, "traditional": 8, "cross": 12}
TOTAL = 60

errors = []
keys = {o["key"] for o in json.loads(WORLD.read_text(encoding="utf-8"))["organisations"]}
lines = (HERE / "judged.tsv").read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "":
    lines.pop()
if lines[0] != "id\tkind\tquery\trelevant":
    errors.append(f"bad header: {lines[0]!r}")
rows, ids = [], set()
for n, line in enumerate(lines[1:], start=2):
    f = line.split("\t")
    if len(f) != 4:
        errors.append(f"line {n}: {len(f)} fields")
        continue
    qid, kind, query, relevant = f
    if not re.fullmatch(r"q\d{2,3}", qid):
        errors.append(f"line {n}: bad id {qid!r}")
    if qid in ids:
        errors.append(f"line {n}: duplicate id {qid}")
    ids.add(qid)
    if kind not in MINIMUM:
        errors.append(f"line {n}: bad kind {kind!r}")
    if not query.strip() or query != query.strip():
        errors.append(f"line {n}: empty query or surrounding space")
    han = bool(re.search(r"[\u4e00-\u9fff]", query))
    latin = bool(re.search(r"[A-Za-z]", query))
    if kind in ("zh", "traditional") and (not han or latin):
        errors.append(f"line {n}: {kind} query must be Chinese only")
    if kind == "en" and (han or not latin):
        errors.append(f"line {n}: en query must be English only")
    if kind == "mixed" and not (han and latin):
        errors.append(f"line {n}: mixed query needs both scripts")
    if kind == "cross" and han == latin:
        errors.append(f"line {n}: cross query must be in one language")
    seen, grades = set(), []
    for pair in relevant.split("|"):
        m = re.fullmatch(r"([a-z0-9_]+):([12])", pair)
        if not m:
            errors.append(f"line {n}: bad pair {pair!r}")
            continue
        key, grade = m.group(1), int(m.group(2))
        if key not in keys:
            errors.append(f"line {n}: unknown key {key}")
        if key in seen:
            errors.append(f"line {n}: key {key} twice")
        seen.add(key)
        grades.append(grade)
    if 2 not in grades:
        errors.append(f"line {n}: no grade-2 record")
    rows.append((qid, kind, query))

counts = collections.Counter(k for _, k, _ in rows)
for kind, low in MINIMUM.items():
    if counts[kind] < low:
        errors.append(f"{kind}: {counts[kind]} queries, need {low}")
if len(rows) < TOTAL:
    errors.append(f"{len(rows)} queries, need {TOTAL}")

trad = [q for _, k, q in rows if k == "traditional"]
if trad:
    out = subprocess.run(["opencc", "-c", "t2s"], input="\n".join(trad) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    for q, s in zip(trad, out):
        if q == s:
            errors.append(f"traditional query {q!r} is unchanged by t2s")

for e in errors:
    print("error:", e)
print(f"{len(rows)} queries:", ", ".join(f"{k} {counts[k]}" for k in MINIMUM))
sys.exit(1 if errors else 0)
