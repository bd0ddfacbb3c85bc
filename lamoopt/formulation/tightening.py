"""Model tightenings learned from the evaluator (the re-check loop in lamoopt.orchestrate).

Each field makes the linear model stricter in one named way; `apply` returns new tables and
thermal bound. The MILP stays a relaxation-free model of the same space, only more cautious.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from lamoopt.formulation.configs import Tables
from lamoopt.formulation.thermal_bound import ThermalBound


@dataclass
class Tightening:
    prefill_cap_scale: float = 1.0            # multiplies every prefill utilisation cap
    decode_cap_scale: float = 1.0             # multiplies every decode utilisation cap
    thermal_margin_K: dict[str, float] = field(default_factory=dict)   # per chip type
    power_margin_W: float = 0.0               # subtracted from the power budget

    def is_identity(self) -> bool:
        return (self.prefill_cap_scale == 1.0 and self.decode_cap_scale == 1.0
                and not any(self.thermal_margin_K.values()) and self.power_margin_W == 0.0)

    def describe(self) -> str:
        parts = []
        if self.prefill_cap_scale != 1.0:
            parts.append(f"prefill utilisation caps x{self.prefill_cap_scale:.3f}")
        if self.decode_cap_scale != 1.0:
            parts.append(f"decode utilisation caps x{self.decode_cap_scale:.3f}")
        parts += [f"{c} temperature limits -{m:.2f} K" for c, m in sorted(self.thermal_margin_K.items()) if m]
        if self.power_margin_W:
            parts.append(f"power budget -{self.power_margin_W:.1f} W")
        return ", ".join(parts) or "none"


def apply(t: Tightening, tables: Tables, thermal: ThermalBound) -> tuple[Tables, ThermalBound]:
    if t.is_identity():
        return tables, thermal
    scale = {"prefill": t.prefill_cap_scale, "decode": t.decode_cap_scale}
    points = {k: dataclasses.replace(o, rho_cap=o.rho_cap * scale[o.role]) for k, o in tables.points.items()}
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
