#!/usr/bin/env python3
"""Writes a synthetic Susenas-like microdata CSV for the end-to-end benchmarks of issue 18.

Usage: python3 make-microdata.py ROWS OUT.csv [SEED]

Columns: consumption (rupiah per capita per month, log-normal, 2 decimals), weight (expansion factor, 2 decimals),
strata (500 strata), psu (20 000 PSUs, 40 in each stratum). About 27 bytes a row: 1e7 rows make about 270 MB.
Pure Python (no numpy): about half a minute for 1e7 rows. Deterministic for a given seed. Never commit the output.
"""
import random
import sys


def main() -> None:
    rows = int(float(sys.argv[1]))
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 18)
    with open(out, "w", newline="\n") as f:
        f.write("consumption,weight,strata,psu\n")
        chunk = []
        for _ in range(rows):
            psu = rng.randrange(20000)
            consumption = rng.lognormvariate(13.2, 0.55)
            weight = rng.uniform(20.0, 600.0)
            chunk.append("%.2f,%.2f,%d,%d\n" % (consumption, weight, psu // 40 + 1, psu + 1))
            if len(chunk) == 100000:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))


if __name__ == "__main__":
    main()
