"""solve -> re-check -> tighten -> re-solve.

The evaluator re-checks the MILP's design. When it finds a violated target the linear model
was optimistic there; we make the model stricter in that one respect and solve again:
- TTFT above target: scale the prefill utilisation caps by target/measured (at most 0.9);
- TPOT above target: the same for decode;
- a site hotter than its limit: lower that chip type's limits in the MILP by the excess + 0.5 K;
- power above budget: lower the MILP's budget by the excess + 1%.
Up to MAX_ROUNDS rounds; the last outcome says whether the design passed, and each round's
action is recorded in the solution's `recheck.rounds`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from lamoopt.evaluate.evaluator import evaluate_design
from lamoopt.evaluate.recheck import recheck_section
from lamoopt.formulation.tightening import Tightening
from lamoopt.solve.run import Outcome, SolveOptions, design_of, solve

MAX_ROUNDS = 5
RECHECK_MIN_REQUESTS = 1000   # percentiles of 200 requests are too noisy to steer the model


@dataclass
class Rechecked:
    outcome: Outcome
    design: object | None
    recheck: dict | None
    rounds: list[dict] = field(default_factory=list)


def tighten(t: Tightening, evaluation, problem) -> str | None:
    """Update the tightening from the violated constraints; None when nothing can be done."""
    specs = {c.name: c for c in problem.chiplets}
    actions = []
    for c in evaluation.constraints:
        if c["met"]:
            continue
        name, value, limit = c["name"], c["value"], c["limit"]
        if name.startswith("ttft"):
            t.prefill_cap_scale *= min(0.9, limit / value)
            actions.append(f"TTFT {value:.1f} > {limit:.1f} ms: prefill caps x{t.prefill_cap_scale:.3f}")
        elif name.startswith("tpot") or name.startswith("departure") or name.startswith("requests"):
            ratio = min(0.9, limit / value) if name.startswith("tpot") else 0.9
            t.decode_cap_scale *= ratio
            t.prefill_cap_scale *= 1.0 if name.startswith("tpot") else 0.9
            actions.append(f"{name} {value:.4g} vs {limit:.4g}: utilisation caps tightened")
        elif name.startswith("logic_C") or name.startswith("dram_C"):
            row, col = (int(x) for x in name[name.index("[") + 1:-1].split(","))
            chip = next(s["chiplet"] for s in evaluation.per_site if (s["row"], s["col"]) == (row, col))
            t.thermal_margin_K[chip] = t.thermal_margin_K.get(chip, 0.0) + (value - limit) + 0.5
            actions.append(f"{name} {value:.1f} > {limit:.1f} C: {chip} limits -{t.thermal_margin_K[chip]:.1f} K")
        elif name == "power_W":
            t.power_margin_W += (value - limit) * 1.01 + 1e-3 * limit
            actions.append(f"power {value:.0f} > {limit:.0f} W: budget -{t.power_margin_W:.0f} W")
    del specs
    return "; ".join(actions) if actions else None


def solve_with_recheck(problem, opts: SolveOptions, method: str = "milp", recheck: bool = True,
                       num_requests: int | None = None, seed: int = 0) -> Rechecked:
    t = Tightening()
    rounds: list[dict] = []
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
            return Rechecked(prev_outcome, prev_design, section, rounds)
        if design is None or not recheck:
            return Rechecked(outcome, design, None, rounds)
        ev = evaluate_design(problem, design, seed=seed, num_requests=n_req)
        section = recheck_section(outcome.predicted, ev)
        section["tightening"] = dataclasses.asdict(t)
        rounds.append({"tightening": t.describe(), "objective": outcome.objective, "passed": ev.passed,
                       "action": None})
        if ev.passed or len(rounds) >= MAX_ROUNDS:
            section["rounds"] = rounds
            if not ev.passed:
                section["verdict"] = (f"the design still breaks a constraint after {MAX_ROUNDS} rounds of "
                                      f"tightening ({t.describe()}); the linear model cannot express the cause")
            return Rechecked(outcome, design, section, rounds)
        last = (outcome, design, section)
        action = tighten(t, ev, problem)
        rounds[-1]["action"] = action
        if action is None:
            section["rounds"] = rounds
            section["verdict"] = "a violated check has no model tightening (see constraints)"
            return Rechecked(outcome, design, section, rounds)
