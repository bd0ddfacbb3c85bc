"""What an instance's objective means, in one place: its sense, the rate it is judged at and the
power it counts. The MILP (build.py), the fluid relaxation, the enumerator, class bounding, the
what-if engine and the reports all ask here instead of testing objective strings.

    kind                     rate        what is optimised
    max_tokens_per_s_per_W   arrival     tok * lambda / P  with Rate = lambda: the numerator is
                                         fixed, so the optimum is the design of least P
    max_tokens_per_s_per_W   saturated   tok * Rate / P  with Rate >= lambda (Dinkelbach)
    max_tokens_per_s_per_usd arrival     tok * lambda / C: the design of least cost C
    max_tokens_per_s_per_usd saturated   tok * Rate / C  with Rate >= lambda (Dinkelbach)
    max_throughput           saturated   tok * Rate
    min_power                arrival     P  with Rate = lambda
    min_latency, min_cost    arrival     TTFT + steps * TPOT, or sum cost, with Rate = lambda

P is the activity power (static plus dynamic at the rate, Power_W) or the design peak (sum of
the chosen chiplets' peak_W, PeakPower_W), as objective.power says; C the chiplet cost of one
package, units plus the NRE share of the types used (Cost_usd).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lamoopt.instance.schema import KIND_RATES, Instance

RATIO = "max_tokens_per_s_per_W"
RATIO_USD = "max_tokens_per_s_per_usd"
DENOMINATORS = {RATIO: "power", RATIO_USD: "cost"}   # what each ratio divides tokens/s by


def maximised(kind: str) -> bool:
    """The objective kinds that are maximised (max_*); the others are minimised."""
    return kind.startswith("max")


@dataclass(frozen=True)
class ObjectiveSense:
    """The instance's objective as the solvers need it."""

    kind: str
    rate: str          # "arrival" or "saturated"
    power: str         # "activity" or "design_peak"

    @classmethod
    def of(cls, instance: Instance) -> ObjectiveSense:
        o = instance.objective
        # the schema's validator fills a missing rate with the kind's default; an objective built
        # without validation (model_construct / model_copy) may still hold None: the same default
        rate = o.rate if o.rate is not None else KIND_RATES[o.kind][0]
        return cls(o.kind, rate, o.power)

    @property
    def maximised(self) -> bool:
        return maximised(self.kind)

    @property
    def fixed_rate(self) -> bool:
        """Rate = lambda (judged at the arrival rate) rather than Rate >= lambda."""
        return self.rate == "arrival"

    @property
    def denominator(self) -> str | None:
        """What a ratio objective divides tokens/s by: "power" (counted power) or "cost"."""
        return DENOMINATORS.get(self.kind)

    @property
    def dinkelbach(self) -> bool:
        """A true ratio of two variables: tokens/s per W or per dollar at a saturated rate."""
        return self.denominator is not None and not self.fixed_rate

    @property
    def power_minimised(self) -> bool:
        """Solved as min P: min_power, and tokens/s/W at the arrival rate (tok * lambda / P is
        largest where P is least); the objective is then tok * lambda / P."""
        return self.kind == "min_power" or (self.kind == RATIO and self.fixed_rate)

    @property
    def cost_minimised(self) -> bool:
        """Solved as min C: min_cost, and tokens/s per dollar at the arrival rate."""
        return self.kind == "min_cost" or (self.kind == RATIO_USD and self.fixed_rate)

    @property
    def denominator_fixed_by_counts(self) -> bool:
        """The ratio's denominator is a constant once the chiplets are chosen (the design peak,
        the cost): with the counts fixed, a saturated ratio is max Rate."""
        return self.kind == RATIO_USD or (self.kind == RATIO and self.power == "design_peak")

    @property
    def has_fluid_relaxation(self) -> bool:
        """Objectives the fluid relaxation bounds (formulation/fluid.py); not min_latency."""
        return self.kind != "min_latency"

    @property
    def power_metric(self) -> str:
        """The predicted/evaluated metric holding the counted power."""
        return "power_W" if self.power == "activity" else "design_peak_power_W"

    @property
    def ratio_metric(self) -> str:
        """The predicted/evaluated metric holding tokens/s per counted watt."""
        return "tokens_per_s_per_W" if self.power == "activity" else "tokens_per_s_per_design_peak_W"

    @property
    def unit(self) -> str:
        """The objective's unit, as reports print it."""
        return {RATIO: "tokens/s/W", RATIO_USD: "tokens/s/USD", "min_power": "W", "max_throughput": "tokens/s",
                "min_cost": "USD", "min_latency": "ms"}[self.kind]

    def value(self, metrics: Mapping[str, Any]) -> float | None:
        """The objective evaluated on predicted or evaluated metrics."""
        key = {RATIO: self.ratio_metric, RATIO_USD: "tokens_per_s_per_usd", "max_throughput": "throughput_tokens_per_s",
               "min_power": self.power_metric, "min_latency": "e2e_ms", "min_cost": "cost_usd"}[self.kind]
        v: float | None = metrics.get(key)   # the metric dicts hold floats (None: undefined)
        return v

    def better(self, a: float, b: float | None, rel_tol: float = 1e-9) -> bool:
        """a strictly better than b (None: no b yet) beyond a relative tolerance."""
        if b is None:
            return True
        tol = rel_tol * max(abs(a), abs(b), 1.0)
        return a > b + tol if self.maximised else a < b - tol

    def describe(self) -> str:
        """'max_tokens_per_s_per_W at the arrival rate, activity power'."""
        rate = "at the arrival rate" if self.fixed_rate else "at the saturated rate"
        if self.kind in (RATIO, "min_power"):
            return f"{self.kind} {rate}, {self.power.replace('_', ' ')} power"
        return f"{self.kind} {rate}"
