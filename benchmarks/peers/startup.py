#!/usr/bin/env python3
"""Start-up of lppd (issue 18): process time (user + system) and peak RSS of short commands, and a byte-for-byte
check of their outputs between two builds.

    python3 benchmarks/peers/startup.py NEW_LPPD [BASELINE_LPPD] [--runs N]

Each executable is a path (a Native AOT `lppd`, a ReadyToRun `lppd`, or "dotnet path/lppd.dll" in quotes for the JIT
build). For every command it prints the minimum and the median of N runs (default 10) of user + system time, as
/usr/bin/time measures it (wait4), in milliseconds, and the peak resident set. With a baseline it first checks that
both builds write the same bytes on stdout and stderr and exit alike (the audit's time stamp lines and --version's
commit hash are masked). Quote the load average (`uptime`) with the numbers: on a shared machine they vary.
"""
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, "tests", "TestData", "seed", "lppd-kabupaten-blitar-2024.txt")
IPM = ["ipm", "--life-expectancy", "75.32", "--expected-schooling", "13.5", "--mean-schooling", "9.1", "--expenditure", "12000"]

TIMED = [
    ("--version", ["--version"]),
    ("ipm", IPM),
    ("audit (embedded report, text)", ["audit", "--lang", "en"]),
    ("audit --format json", ["audit", "--format", "json"]),
]

CHECKED = [
    ["audit", "--lang", "en"], ["audit", "--lang", "id"], ["audit", "--verbose", "--lang", "en"],
    ["audit", "--only", "mismatch", "--verbose", "--lang", "en"],
    ["audit", "--format", "json"], ["audit", "--format", "csv"], ["audit", "--format", "html", "--lang", "en"],
    ["audit", "--format", "md", "--lang", "en"], ["audit", "--export-default"],
    ["audit", SEED, "--lang", "en"], ["audit", SEED, "--verbose", "--lang", "en"], ["audit", SEED, "--format", "json"],
    ["audit", SEED, "--format", "csv"], ["audit", SEED, "--format", "html", "--lang", "en"],
    ["audit", SEED, "--format", "md", "--lang", "en"],
    ["explain", "1.2/271/jumlah-2"], ["explain", "1.2/271/jumlah-2", SEED],
    IPM, IPM + ["--format", "json"], ["ipm", "--female", "70.1", "--male", "75.2"],
    ["audit", os.path.join(tempfile.gettempdir(), "lppd-no-such-report.json")], ["--help"], ["--version"],
]

STAMP = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC|\+[0-9a-f]{40}")


def run(exe, args):
    """Runs once; returns (user + system ms, peak RSS KB, exit code, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(shlex.split(exe) + args, stdout=out, stderr=err, env=dict(os.environ, LC_ALL="C.UTF-8"))
        _, status, usage = os.wait4(p.pid, 0)
        out.seek(0)
        err.seek(0)
        return ((usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
                out.read(), err.read())


def main():
    args = sys.argv[1:]
    runs = 10
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if not 1 <= len(args) <= 2:
        sys.exit(__doc__)
    new, base = args[0], (args[1] if len(args) == 2 else None)
    if base:
        differing = []
        for command in CHECKED:
            a, b = run(new, command)[2:], run(base, command)[2:]
            if a[0] != b[0] or STAMP.sub(b"", a[1]) != STAMP.sub(b"", b[1]) or a[2] != b[2]:
                differing.append(" ".join(command))
        print(f"outputs: {len(CHECKED) - len(differing)} of {len(CHECKED)} commands identical"
              + ("" if not differing else "; differ: " + " | ".join(differing)))
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    builds = [("new", new)] + ([("baseline", base)] if base else [])
    for name, command in TIMED:
        # The builds take turns, run by run, so that a change of load touches both alike.
        samples = {label: [] for label, _ in builds}
        for _ in range(runs):
            for label, exe in builds:
                samples[label].append(run(exe, command))
        for label, _ in builds:
            cpu = [s[0] for s in samples[label]]
            print(f"{name:32} {label:9} min {min(cpu):6.1f} ms  median {statistics.median(cpu):6.1f} ms"
                  f"  peak RSS {max(s[1] for s in samples[label]) / 1024:5.1f} MB  exit {samples[label][0][2]}")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
