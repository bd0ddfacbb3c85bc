"""Model against evaluator: the re-check error table over the shipped solutions and the
benchmark instances (issue 10's acceptance table).

    python benchmarks/bench_recheck.py [--requests N] [--only NAME ...] [--skip-shipped] [--skip-benchmarks]

Shipped solutions are read from solutions/ (their re-check is stored, 20,000 requests, and
tests/report/test_solutions_current.py keeps them equal to a fresh solve); benchmark instances
(benchmarks/instances/) are solved here and re-checked with N requests (default 20,000). Errors
are evaluated / predicted - 1 (temperature: evaluated - predicted, K); `ok` says whether the
row keeps every bound formulation.error_bounds states.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lamoopt.evaluate.evaluator import evaluate_design  # noqa: E402
from lamoopt.evaluate.recheck import recheck_section  # noqa: E402
from lamoopt.formulation.error_bounds import STATED_BOUNDS  # noqa: E402
from lamoopt.instance import load_and_check  # noqa: E402
from lamoopt.solve.run import SolveOptions, design_of, solve  # noqa: E402

RELATIVE = ("throughput_tokens_per_s", "ttft_ms", "tpot_ms", "power_W")


def shipped_rows(only: list[str] | None):
    for path in sorted((ROOT / "solutions").glob("*.json")):
        if only and path.stem not in only:
            continue
        sol = json.loads(path.read_text())
        yield path.stem, sol.get("recheck"), sol["status"]


def benchmark_rows(only: list[str] | None, requests: int, threads: int):
    for path in sorted((ROOT / "benchmarks" / "instances").glob("*.json")):
        if only and path.stem not in only:
            continue
        prob = load_and_check(path)
        t0 = time.perf_counter()
        out = solve(prob, SolveOptions.from_problem(prob, threads=threads))
        design = design_of(out)
        if design is None:
            yield path.stem, None, out.status.value
            continue
        ev = evaluate_design(prob, design, seed=prob.instance.solver.seed, num_requests=requests)
        print(f"# {path.stem}: solved and re-checked in {time.perf_counter() - t0:.0f} s", flush=True)
        yield path.stem, recheck_section(out.predicted, ev), out.status.value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=20000)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--skip-shipped", action="store_true")
    ap.add_argument("--skip-benchmarks", action="store_true")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    rows = []
    if not a.skip_shipped:
        rows += list(shipped_rows(a.only))
    if not a.skip_benchmarks:
        rows += list(benchmark_rows(a.only, a.requests, a.threads))
    print(f"{'instance':30s} " + " ".join(f"{m[:10]:>10s}" for m in RELATIVE) + f" {'dT(K)':>6s}  requests  ok")
    errs: dict[str, list[float]] = {m: [] for m in (*RELATIVE, "peak_temperature_C")}
    for name, rc, status in rows:
        if not rc:
            print(f"{name:30s} {status}")
            continue
        cmp = {r["metric"]: r for r in rc["comparison"]}
        cells, ok = [], True
        for m in RELATIVE:
            r = cmp[m]
            err = r["evaluated"] / r["predicted"] - 1.0
            errs[m].append(abs(err))
            cells.append(f"{err:+10.1%}")
            ok &= STATED_BOUNDS[m].holds(r["predicted"], r["evaluated"], r.get("evaluated_ci95")) is not False
        t = cmp["peak_temperature_C"]
        dT = t["evaluated"] - t["predicted"]
        errs["peak_temperature_C"].append(abs(dT))
        ok &= STATED_BOUNDS["peak_temperature_C"].holds(t["predicted"], t["evaluated"]) is not False
        print(f"{name:30s} " + " ".join(cells) + f" {dT:+6.1f}  {rc['evaluated']['requests_simulated']:8d}  "
              f"{'yes' if ok else 'NO'}")
    if errs["power_W"]:
        for label, f in (("median |error|", statistics.median), ("worst |error|", max)):
            print(f"{label:30s} " + " ".join(f"{f(errs[m]):10.1%}" for m in RELATIVE)
                  + f" {f(errs['peak_temperature_C']):6.1f}")


if __name__ == "__main__":
    main()
