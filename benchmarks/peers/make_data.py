#!/usr/bin/env python3
"""Writes the benchmark microdata CSV of issue 18: income, weight, strata, psu. Pure Python (no numpy).

    python3 make_data.py ROWS OUT.csv [--values whole|continuous] [--seed N]

--values whole (default): income = round(exp(13 + 0.6 z)) in whole rupiah (many ties, as Susenas income often is),
    weights whole numbers 50-449; about 18 bytes a row (1e7 rows: about 180 MB).
--values continuous: income = exp(13 + 0.6 z) with 2 decimals (few ties), weights 50.00-449.99; about 25 bytes a row.
Both: 50 000 PSUs in 2 000 strata of 25 PSUs (stratum 0-1999, PSU 0-24 within its stratum), each row's PSU drawn
uniformly. Deterministic for a seed (default 42). About a minute for 1e7 rows. Never commit the output.
"""
import argparse
import math
import random


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=float)
    parser.add_argument("out")
    parser.add_argument("--values", choices=["whole", "continuous"], default="whole")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rows = int(args.rows)
    rng = random.Random(args.seed)
    gauss, randrange, exp = rng.gauss, rng.randrange, math.exp
    whole = args.values == "whole"
    with open(args.out, "w", encoding="ascii", newline="\n") as f:
        f.write("income,weight,strata,psu\n")
        lines = []
        for _ in range(rows):
            cluster = randrange(50_000)
            income = exp(13 + 0.6 * gauss(0.0, 1.0))
            if whole:
                lines.append("%d,%d,%d,%d\n" % (round(income), 50 + randrange(400), cluster // 25, cluster % 25))
            else:
                lines.append("%.2f,%.2f,%d,%d\n" % (income, 50 + randrange(40_000) / 100, cluster // 25, cluster % 25))
            if len(lines) == 100_000:
                f.write("".join(lines))
                lines.clear()
        f.write("".join(lines))


if __name__ == "__main__":
    main()
