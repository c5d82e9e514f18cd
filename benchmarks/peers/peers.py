#!/usr/bin/env python3
"""The peer of `lppd gini`, `lppd poverty` and `lppd gini --se bootstrap` in pandas + numpy (issue 18).

    python3 peers.py gini      FILE                  # weighted Gini (trapezoid rule, as laeken/100 and lppd)
    python3 peers.py poverty   FILE LINE             # P0, P1, P2 (poor: income < line, as BPS and lppd)
    python3 peers.py bootstrap FILE [REPLICATES]     # Rao-Wu bootstrap SE of the Gini, PSUs within strata

Columns: income, weight, strata, psu (see make_data.py). Timings are taken from outside, e.g.
`/usr/bin/time -v python3 peers.py gini FILE` (wall time and maximum resident set size).
"""
import sys

import numpy as np
import pandas as pd


def gini_sorted(y: np.ndarray, w: np.ndarray) -> float:
    """G = 1 - sum w_i (S_{i-1} + S_i) / (W T) on data sorted by y."""
    s = np.cumsum(w * y)
    total_w, total = w.sum(), s[-1]
    previous = np.concatenate(([0.0], s[:-1]))
    return 1.0 - float(np.sum(w * (previous + s)) / (total_w * total))


def gini(path: str) -> None:
    d = pd.read_csv(path, usecols=["income", "weight"], dtype="float64", engine="c")
    y, w = d["income"].to_numpy(), d["weight"].to_numpy()
    order = np.argsort(y, kind="stable")
    print(f"gini {gini_sorted(y[order], w[order]):.10f} population {w.sum():.2f}")


def poverty(path: str, line: float) -> None:
    d = pd.read_csv(path, usecols=["income", "weight"], dtype="float64", engine="c")
    y, w = d["income"].to_numpy(), d["weight"].to_numpy()
    poor = y < line
    g = np.where(poor, (line - y) / line, 0.0)
    total = w.sum()
    print(f"p0 {np.sum(w * poor) / total:.10f} p1 {np.sum(w * g) / total:.10f} p2 {np.sum(w * g * g) / total:.10f}")


def bootstrap(path: str, replicates: int) -> None:
    d = pd.read_csv(path, usecols=["income", "weight", "strata", "psu"], engine="c",
                    dtype={"income": "float64", "weight": "float64", "strata": "int64", "psu": "int64"})
    y, w = d["income"].to_numpy(), d["weight"].to_numpy()
    # Number the PSUs (nested in strata) 0..P-1, stratum by stratum.
    base = d["psu"].max() + 1
    psu_codes, psu_of = np.unique(d["strata"].to_numpy() * base + d["psu"].to_numpy(), return_inverse=True)
    stratum_of_psu = np.unique(psu_codes // base, return_inverse=True)[1]
    n_h = np.bincount(stratum_of_psu)
    scale = (n_h / (n_h - 1))[stratum_of_psu]
    order = np.argsort(y, kind="stable")
    ys, ws, ps = y[order], w[order], psu_of[order]
    estimate = gini_sorted(ys, ws)
    rng = np.random.default_rng(1)
    starts = np.concatenate(([0], np.cumsum(n_h)))
    values = np.empty(replicates)
    for b in range(replicates):
        # n_h - 1 draws with replacement of the PSUs of each stratum.
        draws = np.concatenate([starts[h] + rng.integers(0, n_h[h], n_h[h] - 1) for h in range(len(n_h))])
        m = np.bincount(draws, minlength=len(psu_codes)) * scale
        values[b] = gini_sorted(ys, ws * m[ps])
    print(f"gini {estimate:.10f} se {values.std(ddof=1):.10f} replicates {replicates}")


if __name__ == "__main__":
    job, file = sys.argv[1], sys.argv[2]
    if job == "gini":
        gini(file)
    elif job == "poverty":
        poverty(file, float(sys.argv[3]))
    elif job == "bootstrap":
        bootstrap(file, int(sys.argv[3]) if len(sys.argv) > 3 else 200)
    else:
        sys.exit(f"unknown job {job}")
