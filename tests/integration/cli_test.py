#!/usr/bin/env python3
"""The command line as an operator uses it, on a real SQLite file: migrate,
user add, demo generate and reindex do their work, and only reindex (and
serve) keep a search index — the others leave no `search` directory behind in
the directory they were run from.

usage: cli_test.py PATH_TO_ICITY
"""
import os
import re
import subprocess
import sys
import tempfile


def run(args, cwd, stdin=None):
    p = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    return p.stdout + p.stderr


def main():
    icity = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as cwd:
        db = "sqlite:" + os.path.join(cwd, "icity.db")
        run([icity, "migrate", "--db", db], cwd)
        run([icity, "user", "add", "--email", "ops@example.org", "--role", "admin",
             "--db", db, "--password-stdin"], cwd, stdin="a long enough password\n")
        out = run([icity, "demo", "generate", "--orgs", "40", "--db", db], cwd)
        assert re.search(r"added 40 organisations", out), out
        out = run([icity, "demo", "generate", "--cases", "30", "--until", "2024-03-01",
                   "--db", db], cwd)
        assert re.search(r"added 30 cases \(\d+ resolved, \d+ open on 2024-03-01", out), out
        leftovers = sorted(os.listdir(cwd))
        assert "search" not in leftovers and "var" not in leftovers, leftovers

        data = os.path.join(cwd, "data")
        out = run([icity, "reindex", "--db", db, "--data-dir", data], cwd)
        m = re.search(r"indexed (\d+) records", out)
        assert m and int(m.group(1)) >= 40, out
        assert os.path.isdir(os.path.join(data, "search")), os.listdir(data)
        assert "search" not in os.listdir(cwd), os.listdir(cwd)
    print("cli: migrate, user add, demo generate and reindex behave")


if __name__ == "__main__":
    main()
