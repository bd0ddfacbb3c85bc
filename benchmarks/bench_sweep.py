"""Sweep speed: per-point time of a package.power_budget_W sweep re-using the built model,
against a cold solve (prepare + build + solve) per point.

    python benchmarks/bench_sweep.py [--instance FILE] [--points 20] [--start 1000] [--stop 5750]

Target (2 cores): re-using the model >= 3x faster per point than a cold solve. Three ways are
timed on the same points:
  cold      lamoopt.solve.run.solve_milp on each changed instance (fresh tables, thermal bound,
            model, solver; Dinkelbach from q = 0);
  reused    one model, the budget pushed as a mutable Param into the persistent HiGHS model,
            Dinkelbach warm-started from the previous point's ratio (no inference);
  inferred  as reused, plus: a point that only tightens the previous one and keeps its optimum
            feasible is answered without a solve (what `lamoopt whatif --sweep` does; it orders
            points loose to tight).
Every point's objective is checked against the cold solve.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lamoopt.solve.run import SolveOptions, solve_milp  # noqa: E402
from lamoopt.whatif.changes import BaseInstance  # noqa: E402
from lamoopt.whatif.engine import Engine  # noqa: E402

PATH = "package.power_budget_W"


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def cold_run(base: BaseInstance, opts: SolveOptions, values: list[float]) -> list[tuple]:
    out = []
    for v in values:
        prob = base.problem({PATH: v})
        res, dt = timed(lambda prob=prob: solve_milp(prob, opts))
        out.append((res.status.value, res.objective, dt, "cold"))
    return out


def engine_run(base: BaseInstance, opts: SolveOptions, values: list[float], infer: bool) -> list[tuple]:
    engine = Engine(base, opts, infer=infer)
    out = []
    for v in values:
        solved, dt = timed(lambda v=v: engine.solve({PATH: v}))
        out.append((solved.outcome.status.value, solved.outcome.objective, dt, solved.mode))
    return out


def max_rel_diff(a: list[tuple], b: list[tuple]) -> float:
    worst = 0.0
    for (sa, oa, _, _), (sb, ob, _, _) in zip(a, b):
        if sa != sb:
            return float("inf")
        if oa is not None and ob is not None:
            worst = max(worst, abs(oa - ob) / max(abs(ob), 1e-12))
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--instance", default=str(ROOT / "instances" / "default.json"))
    ap.add_argument("--points", type=int, default=20)
    ap.add_argument("--start", type=float, default=5750.0, help="first budget (W); the sweep runs loose to tight")
    ap.add_argument("--stop", type=float, default=1000.0)
    args = ap.parse_args()
    base = BaseInstance.from_file(args.instance)
    opts = SolveOptions.from_problem(base.problem())
    step = (args.stop - args.start) / max(args.points - 1, 1)
    values = [round(args.start + k * step, 6) for k in range(args.points)]
    print(f"{Path(args.instance).name}: {len(values)} points of {PATH} from {values[0]:g} to {values[-1]:g} W; "
          f"threads={opts.threads}, gap={opts.mip_gap:g}")
    runs = {"cold": cold_run(base, opts, values),
            "reused": engine_run(base, opts, values, infer=False),
            "inferred": engine_run(base, opts, values, infer=True)}
    cold_mean = statistics.mean(r[2] for r in runs["cold"])
    print(f"{'mode':10s} {'total s':>9s} {'mean s/pt':>10s} {'median':>8s} {'max':>7s} {'speed-up':>9s} "
          f"{'max rel diff vs cold':>21s}  point kinds")
    for name, res in runs.items():
        times = [r[2] for r in res]
        kinds = {k: sum(r[3] == k for r in res) for k in ("cold", "built", "reused", "inferred")}
        kinds_text = ", ".join(f"{n} {k}" for k, n in kinds.items() if n)
        print(f"{name:10s} {sum(times):9.2f} {statistics.mean(times):10.3f} {statistics.median(times):8.3f} "
              f"{max(times):7.2f} {cold_mean / statistics.mean(times):8.1f}x {max_rel_diff(res, runs['cold']):21.1e}  "
              f"{kinds_text}")
    statuses = {r[0] for r in runs["cold"]}
    print(f"statuses: {sorted(statuses)}; target: re-using the model >= 3x faster per point than cold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
