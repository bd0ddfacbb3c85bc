"""The optimistic end of the interval for the evaluator's optimum (formulations/lamoopt_milp.md
section 8, "An interval for the evaluator's optimum").

The stated error bounds (formulation.error_bounds) say how far the model may lie from the
evaluator for a design. If they hold for every design of the model, a design the evaluator
accepts has model metrics within them of its limits:
- a latency quantile the model predicts at most (1 + high) x the measured one: the model
  accepts it under target x (1 + high);
- power the model over-states by at most the `power_W` bound h: the model's power is at most
  budget / (1 - h);
- a peak temperature within the absolute bound: the model's at most limit + bound (the refresh
  derating stays the one at the DRAM limit: a hotter limit would only slow the model).
The same model solved with those limits relaxed has a proven bound B; no design the evaluator
accepts does better under the model's accounting than B, and its measured objective is at most
B times the power bound's factor (measured power at least (1 - h) x the model's). Throughput at
the arrival rate is the arrival rate; at a saturated rate it is the model's rate, which the
evaluator is offered (its measurement only counts arrivals), so it takes no factor; the design
peak and the cost are exact.

With the measured objective of the chosen design (a design the evaluator accepted) this gives
the interval [evaluated objective, optimistic bound] for the best design of lamoopt's design
space under the evaluator's physics. It holds as far as the stated bounds hold beyond the
designs they were measured on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from lamoopt.formulation.error_bounds import STATED_BOUNDS
from lamoopt.formulation.objective import RATIO, ObjectiveSense
from lamoopt.formulation.tightening import Tightening
from lamoopt.instance.load import Problem
from lamoopt.solve.outcome import SolveOptions
from lamoopt.solve.run import solve


@dataclass(frozen=True, kw_only=True)
class OptimisticBound:
    """The optimistic bound and how it was obtained."""

    value: float | None          # the bound on the evaluator's optimum (None: the relaxed model has none)
    relaxed_status: str          # the relaxed MILP's status
    relaxed_bound: float | None  # the relaxed MILP's proven bound, in the model's accounting
    factor: float                # value = relaxed_bound x factor
    relaxed_limits: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def relaxed_problem(prob: Problem) -> tuple[Problem, Tightening, dict[str, float]]:
    """The instance with its latency targets and power budget at the optimistic end of the stated
    bounds, the thermal relaxation as a (negative) tightening, and the relaxed limits by name."""
    inst = prob.instance
    targets = inst.workload.targets
    ttft = targets.ttft_ms * (1.0 + STATED_BOUNDS["ttft_ms"].high)
    tpot = targets.tpot_ms * (1.0 + STATED_BOUNDS["tpot_ms"].high)
    h = STATED_BOUNDS["power_W"].high
    budget = inst.package.power_budget_W
    dT = STATED_BOUNDS["peak_temperature_C"].high
    workload = inst.workload.model_copy(update={"targets": targets.model_copy(update={"ttft_ms": ttft, "tpot_ms": tpot})})
    relaxed = dataclasses.replace(prob, instance=inst.model_copy(update={"workload": workload}))
    t = Tightening(thermal_margin_K={c.name: -dT for c in prob.chiplets},
                   power_margin_W=-budget * h / (1.0 - h))
    limits = {"workload.targets.ttft_ms": ttft, "workload.targets.tpot_ms": tpot,
              "package.power_budget_W": budget / (1.0 - h), "temperature_limits_raised_K": dT}
    return relaxed, t, limits


def objective_factor(sense: ObjectiveSense) -> float:
    """How much better the measured objective of a design may be than the model's, by the power
    bound (module docstring); 1 where the objective does not involve modelled power."""
    h = STATED_BOUNDS["power_W"].high
    if sense.power != "activity" or sense.kind not in (RATIO, "min_power"):
        return 1.0
    return 1.0 / (1.0 - h) if sense.kind == RATIO else 1.0 - h


def optimistic_bound(prob: Problem, opts: SolveOptions) -> OptimisticBound:
    """Solve the relaxed model (relaxed_problem) and scale its proven bound (objective_factor).
    min_latency has no stated bound for its objective (a sum of quantiles) and raises ValueError."""
    sense = ObjectiveSense.of(prob.instance)
    if sense.kind == "min_latency":
        raise ValueError("no optimistic bound for min_latency: its objective has no stated error bound")
    relaxed, t, limits = relaxed_problem(prob)
    out = solve(relaxed, opts, "milp", t)
    factor = objective_factor(sense)
    value = None if out.objective_bound is None else out.objective_bound * factor
    return OptimisticBound(value=value, relaxed_status=out.status.value, relaxed_bound=out.objective_bound,
                           factor=factor, relaxed_limits=limits)
