"""solve -> re-check -> cut -> re-solve.

The evaluator re-checks the MILP's design. When it finds a violated limit the linear model was
optimistic there; we add a cut taken from the measurement and solve again
(formulation.tightening records each cut with what it measured):
- TTFT (TPOT) above target: the ratio r = measured / predicted quantile calibrates the queue
  model of every prefill (decode) point the design runs; each gets the largest utilisation cap
  at which r x its model latency meets the target;
- the design does not keep up (evaluate.statistics.keep_up_test): every point of the design is
  capped at its utilisation x the measured served rate / the offered rate;
- a site hotter than its limit: that chip type's limits in the MILP drop by the measured excess;
- power above budget: the MILP's budget drops by the measured excess.
Up to MAX_ROUNDS rounds; the last outcome says whether the design passed. An optimum found
with cuts is an optimum of the instance plus the recorded cuts, and the solution says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lamoopt.evaluate.checks import CheckKind
from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.evaluate.recheck import recheck_section
from lamoopt.formulation.configs import latency_cap
from lamoopt.formulation.solution import objective_value
from lamoopt.formulation.tightening import Tightening
from lamoopt.solve.progress import Interrupt
from lamoopt.solve.run import Outcome, SolveOptions, design_of, solve

MAX_ROUNDS = 5
RECHECK_MIN_REQUESTS = 1000   # the re-check's default request count (solutions/ use more, regenerate.py)


@dataclass
class Rechecked:
    outcome: Outcome
    design: object | None
    recheck: dict | None
    rounds: list[dict] = field(default_factory=list)
    tightenings: list[dict] = field(default_factory=list)


def _utilisations(outcome: Outcome, metric: str | None = None) -> dict[str, float]:
    """Utilisation of every point the design runs; metric 'ttft_ms' or 'tpot_ms': only the points
    whose queue model (latency_ms_at) gives that latency: TTFT for prefill and combined points,
    TPOT for decode points (a combined point's TPOT enters its cap through CombinedQueue.meets
    and is not calibrated here)."""
    t, ch = outcome.tables, outcome.choice

    def has(o: str) -> bool:
        p = t.points[o]
        return metric is None or (p.serves("prefill") if metric == "ttft_ms" else p.role == "decode")
    return {o: ch.flows.get(o, 0.0) / (n * t.points[o].capacity_req_per_s)
            for o, n in ch.counts.items() if n and has(o)}


def _latency_cuts(t: Tightening, outcome: Outcome, metric: str, name: str, measured: float, target: float) -> None:
    """Calibrate the queue models of the points giving `metric` ('ttft_ms', 'tpot_ms') by the
    measured / predicted quantile and re-cap."""
    tables = outcome.tables
    pct = tables.problem.instance.workload.targets.percentile
    predicted = outcome.predicted[metric]
    ratio = measured / predicted if predicted > 0 else float("inf")
    for o, rho in _utilisations(outcome, metric).items():
        op = tables.points[o]
        cap = latency_cap(lambda r, op=op: ratio * op.latency_ms_at(r, pct) <= target, op.rho_cap)
        t.cap(o, cap, f"{name} measured {measured:.4g} ms > target {target:.4g} ms (model {predicted:.4g} ms)",
              {"metric": name, "measured_ms": measured, "predicted_ms": predicted, "utilisation": rho})


def evaluated_objective(outcome: Outcome, evaluated: dict) -> float | None:
    """The instance's objective on the evaluator's measurements (the counterpart of the proven
    `objective`, which is the linear model's at the same design)."""
    t = outcome.tables
    e2e = evaluated["ttft_ms"] + t.kv_transfer_ms + t.decode_steps_per_req * evaluated["tpot_ms"]
    metrics = {**evaluated, "e2e_ms": e2e, "cost_usd": outcome.predicted["cost_usd"],
               "throughput_tokens_per_s": t.tokens_per_req * evaluated["throughput_req_per_s"]}
    metrics["tokens_per_s_per_W"] = metrics["throughput_tokens_per_s"] / evaluated["power_W"]
    cost = outcome.predicted["cost_usd"]
    metrics["tokens_per_s_per_usd"] = metrics["throughput_tokens_per_s"] / cost if cost > 0 else None
    metrics["tokens_per_s_per_design_peak_W"] = metrics["throughput_tokens_per_s"] / evaluated["design_peak_power_W"]
    return objective_value(t, metrics)


def tighten(t: Tightening, evaluation, outcome: Outcome) -> str | None:
    """Add the cuts the violated constraints call for; None when nothing can be done."""
    before = len(t.records)
    ev = evaluation.evaluated
    for c in evaluation.constraints:
        if c.met:
            continue
        value, limit = c.value, c.limit
        if c.kind == CheckKind.TTFT:
            _latency_cuts(t, outcome, "ttft_ms", c.name, value, limit)
        elif c.kind == CheckKind.TPOT:
            _latency_cuts(t, outcome, "tpot_ms", c.name, value, limit)
        elif c.kind == CheckKind.BACKLOG:
            served = ev["throughput_tokens_per_s"] / outcome.tables.tokens_per_req
            share = served / ev["offered_rate_req_per_s"]
            if not share < 1.0:
                continue
            for o, rho in _utilisations(outcome).items():
                t.cap(o, rho * share, f"the design did not keep up: served {served:.4g} of "
                      f"{ev['offered_rate_req_per_s']:.4g} req/s offered (backlog trend t = {value:.3g})",
                      {"served_req_per_s": served, "offered_req_per_s": ev["offered_rate_req_per_s"], "utilisation": rho})
        elif c.kind in (CheckKind.LOGIC_TEMPERATURE, CheckKind.DRAM_TEMPERATURE):
            chip = next(s["chiplet"] for s in evaluation.per_site if (s["row"], s["col"]) == c.site)
            t.thermal(chip, value - limit, f"{c.name} measured {value:.2f} C > limit {limit:.2f} C",
                      {"site": list(c.site), "measured_C": value, "limit_C": limit})
        elif c.kind == CheckKind.POWER:
            t.power(value - limit, f"power measured {value:.1f} W > budget {limit:.1f} W",
                    {"measured_W": value, "budget_W": limit})
    added = t.records[before:]
    return "; ".join(r["what"] for r in added) if added else None


def solve_with_recheck(problem, opts: SolveOptions, method: str = "milp", recheck: bool = True,
                       num_requests: int | None = None, seed: int = 0) -> Rechecked:
    t = Tightening()
    rounds: list[dict] = []

    def finish(outcome, design, section) -> Rechecked:
        return Rechecked(outcome, design, section, rounds, list(t.records))
    n_req = num_requests or max(problem.instance.workload.num_requests, RECHECK_MIN_REQUESTS)
    last = None   # (outcome, design, section) of the previous round
    while True:
        outcome = solve(problem, opts, method, t)
        design = design_of(outcome)
        if design is None and last is not None:
            # the tightened model has no design: keep the last one and say why it stands
            prev_outcome, prev_design, section = last
            section["rounds"] = rounds + [{"tightening": t.describe(), "objective": None, "passed": None,
                                           "action": f"re-solve {outcome.status.value}"}]
            section["verdict"] = (f"the evaluator rejects the MILP's design, and the model tightened to "
                                  f"avoid that ({t.describe()}) has no {outcome.status.value.replace('_', ' ')} "
                                  f"design: no design meets every limit under the evaluator's accounting; "
                                  f"the last design is kept and its violations are listed")
            return finish(prev_outcome, prev_design, section)
        if design is None or not recheck or Interrupt.requested:   # Ctrl-C: keep the incumbent, skip the rest
            return finish(outcome, design, None)
        ev = evaluate_design(problem, design, seed=seed, num_requests=n_req)
        section = recheck_section(outcome.predicted, ev)
        section["evaluated_objective"] = evaluated_objective(outcome, ev.evaluated)
        section["tightening"] = t.state()
        rounds.append({"tightening": t.describe(), "objective": outcome.objective, "passed": ev.passed,
                       "action": None})
        if ev.passed or len(rounds) >= MAX_ROUNDS:
            section["rounds"] = rounds
            if not ev.passed:
                section["verdict"] = (f"the design still breaks a constraint after {MAX_ROUNDS} rounds of "
                                      f"tightening ({t.describe()}); the linear model cannot express the cause")
            return finish(outcome, design, section)
        last = (outcome, design, section)
        action = tighten(t, ev, outcome)
        rounds[-1]["action"] = action
        if action is None:
            section["rounds"] = rounds
            section["verdict"] = "a violated check has no model tightening (see constraints)"
            return finish(outcome, design, section)
