"""Cuts learned from the evaluator (the re-check loop in lamoopt.orchestrate).

Each cut makes the linear model stricter in one named way, with a number taken from what the
evaluator measured (no fixed factor); `apply` returns new tables and thermal bound. Every cut
is recorded (`records`: what, why, from which measurement) in the solution file, and an optimum
found with cuts is an optimum of the instance *plus* those cuts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.thermal_bound import ThermalBound


@dataclass
class Tightening:
    caps: dict[str, float] = field(default_factory=dict)               # operating point -> utilisation cap
    thermal_margin_K: dict[str, float] = field(default_factory=dict)   # chip type -> K off its limits
    power_margin_W: float = 0.0                                         # W off the power budget
    records: list[dict[str, Any]] = field(default_factory=list)         # one per cut, in order

    def is_identity(self) -> bool:
        return not self.caps and not any(self.thermal_margin_K.values()) and self.power_margin_W == 0.0

    def state(self) -> dict[str, Any]:
        """The cuts in force, as the solution's recheck.tightening stores them (Tightening(**state)
        rebuilds them)."""
        return {"caps": dict(self.caps), "thermal_margin_K": dict(self.thermal_margin_K),
                "power_margin_W": self.power_margin_W}

    def describe(self) -> str:
        return "; ".join(r["what"] for r in self.records) or "none"

    def cap(self, point: str, value: float, why: str, measured: dict[str, Any]) -> None:
        self.caps[point] = min(value, self.caps.get(point, value))
        self.records.append({"what": f"utilisation cap of {point} <= {value:.4f}", "why": why, "measured": measured})

    def thermal(self, chip: str, margin_K: float, why: str, measured: dict[str, Any]) -> None:
        self.thermal_margin_K[chip] = self.thermal_margin_K.get(chip, 0.0) + margin_K
        self.records.append({"what": f"{chip} temperature limits -{self.thermal_margin_K[chip]:.2f} K",
                             "why": why, "measured": measured})

    def power(self, margin_W: float, why: str, measured: dict[str, Any]) -> None:
        self.power_margin_W += margin_W
        self.records.append({"what": f"power budget -{self.power_margin_W:.1f} W", "why": why, "measured": measured})


def apply(t: Tightening, tables: Tables, thermal: ThermalBound) -> tuple[Tables, ThermalBound]:
    if t.is_identity():
        return tables, thermal
    points = {k: (dataclasses.replace(o, rho_cap=min(o.rho_cap, t.caps[k])) if k in t.caps else o)
              for k, o in tables.points.items()}
    prob = tables.problem
    if t.power_margin_W:
        pkg = prob.instance.package
        inst = prob.instance.model_copy(update={"package": pkg.model_copy(
            update={"power_budget_W": max(pkg.power_budget_W - t.power_margin_W, 1e-6)})})
        prob = dataclasses.replace(prob, instance=inst)
    tables = dataclasses.replace(tables, points=points, problem=prob)
    m = t.thermal_margin_K
    thermal = dataclasses.replace(
        thermal,
        logic_limit={c: v - m.get(c, 0.0) for c, v in thermal.logic_limit.items()},
        dram_limit={c: v - m.get(c, 0.0) for c, v in thermal.dram_limit.items()})
    return tables, thermal
