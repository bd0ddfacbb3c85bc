"""The preparation before any solve (tables, thermal rows, model data), sequential against
solve.outcome.prepare, which solves the conduction model's rows in a thread beside the tables.

    python benchmarks/bench_prepare.py [--only NAME ...]

Per instance, side by side in one run: the sequential build, the concurrent one, their ratio,
and whether both give the same thermal rows (they must). Issue 12's target for the model build
at 10x10 is 5 s on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.instance_files import instance_files  # noqa: E402
from lamoopt.formulation.build import model_data  # noqa: E402
from lamoopt.formulation.tables import build_tables  # noqa: E402
from lamoopt.formulation.thermal_bound import thermal_bound  # noqa: E402
from lamoopt.instance import load_and_check  # noqa: E402
from lamoopt.solve.outcome import prepare  # noqa: E402

DEFAULT = ("default", "bench_6x6_4types", "bench_10x10_6types")


def same_rows(a, b) -> bool:
    return all(np.array_equal(x, y) for c in a.logic_rows for x, y in zip(a.logic_rows[c], b.logic_rows[c])) and \
        all(np.array_equal(a.mean_rows[c], b.mean_rows[c]) for c in a.mean_rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=list(DEFAULT))
    args = ap.parse_args()
    print(f"{'instance':28s} {'sequential_s':>12s} {'concurrent_s':>12s} {'ratio':>6s}  same rows")
    for f in instance_files(args.only):
        prob = load_and_check(f)
        t0 = time.perf_counter()
        tables = build_tables(prob)
        seq = thermal_bound(tables)
        model_data(tables, seq)
        t1 = time.perf_counter()
        _, conc, _ = prepare(prob)
        t2 = time.perf_counter()
        print(f"{f.stem:28s} {t1 - t0:12.2f} {t2 - t1:12.2f} {(t2 - t1) / (t1 - t0):6.2f}  {same_rows(seq, conc)}",
              flush=True)


if __name__ == "__main__":
    main()
