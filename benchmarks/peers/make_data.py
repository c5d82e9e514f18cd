#!/usr/bin/env python3
"""Writes the benchmark microdata CSV: income, weight, strata, psu (issue 18's comparison file).

Income is lognormal (exp(13 + 0.6 z), whole rupiah, so some ties), weights 50-449, 50 000 PSUs in 2 000 strata of
25 PSUs each, PSUs drawn uniformly for every row. Deterministic for a seed.

    python3 make_data.py 10000000 susenas-1e7.csv
"""
import sys

import numpy as np


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    path = sys.argv[2] if len(sys.argv) > 2 else f"microdata-{n}.csv"
    rng = np.random.default_rng(42)
    income = np.round(np.exp(13 + 0.6 * rng.standard_normal(n)))
    weight = 50 + rng.integers(0, 400, n)
    cluster = rng.integers(0, 50_000, n)
    strata, psu = cluster // 25, cluster % 25
    with open(path, "w", encoding="ascii") as f:
        f.write("income,weight,strata,psu\n")
        chunk = 1_000_000
        for start in range(0, n, chunk):
            stop = min(n, start + chunk)
            rows = np.column_stack((income[start:stop].astype(np.int64), weight[start:stop], strata[start:stop], psu[start:stop]))
            np.savetxt(f, rows, fmt="%d", delimiter=",")


if __name__ == "__main__":
    main()
