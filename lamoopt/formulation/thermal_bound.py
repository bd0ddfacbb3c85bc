"""The MILP's linear temperature model: T_j = T_amb + sum_i R_c[j, i] * P_i.

R_c comes from the package conduction model (lamoopt.thermal) with every site holding chip
type c. Two conservative choices make the linear model an upper bound of the conduction
model's peak temperatures for that layout:
- columns are per-source *peak* rises, and the peak of a sum is at most the sum of peaks;
- all of a chiplet's power is injected at its logic die (the layer farthest from the cold
  plate), which never lowers any temperature along the upward heat path.
Mixed layouts (neighbours of another type) are approximated by R_c of the site's own type;
the evaluator's full conduction solve measures that error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lamoopt.formulation.configs import Tables

INFLUENCE_CELLS_PER_SITE = 4  # lateral resolution of the R computation (cells per site per axis)


@dataclass(frozen=True)
class ThermalBound:
    logic_R: dict[str, np.ndarray]      # K/W, [target site, source site]
    dram_R: dict[str, np.ndarray]
    logic_limit: dict[str, float]
    dram_limit: dict[str, float]
    max_site_power_W: np.ndarray        # per site, an upper bound on any chiplet's power there
    ambient_C: float

    def matrix(self, chip: str, kind: str) -> np.ndarray:
        return self.logic_R[chip] if kind == "logic" else self.dram_R[chip]

    def limit_C(self, chip: str, kind: str) -> float:
        return self.logic_limit[chip] if kind == "logic" else self.dram_limit[chip]

    def temperatures_C(self, chip_at_site: list[str | None], site_power_W: np.ndarray) -> dict[str, np.ndarray]:
        """Linear-model logic and DRAM temperatures per site for a layout (NaN where empty)."""
        n = len(chip_at_site)
        out = {"logic": np.full(n, np.nan), "dram": np.full(n, np.nan)}
        for j, c in enumerate(chip_at_site):
            if c is None:
                continue
            out["logic"][j] = self.ambient_C + float(self.logic_R[c][j] @ site_power_W)
            out["dram"][j] = self.ambient_C + float(self.dram_R[c][j] @ site_power_W)
        return out


def thermal_bound(tables: Tables) -> ThermalBound:
    from lamoopt.thermal.geometry import geometry_from_problem
    from lamoopt.thermal.influence import influence_matrices
    prob = tables.problem
    geom, stacks = geometry_from_problem(prob)
    logic, dram, llim, dlim = {}, {}, {}, {}
    for spec in prob.chiplets:
        mats = influence_matrices(geom, stacks[spec.name], cells_per_site=INFLUENCE_CELLS_PER_SITE)
        logic[spec.name] = np.asarray(mats["logic_from_logic"], float)
        dram[spec.name] = np.asarray(mats["dram_from_logic"], float)
        llim[spec.name] = spec.thermal.logic_temp_limit_C
        dlim[spec.name] = spec.thermal.dram_temp_limit_C
    per_chip = [tables.chips[c].static_W + max([o.busy_power_W_per_chiplet for o in tables.points.values()
                                                if o.chip == c] + [0.0]) for c in tables.chips]
    n = prob.sites
    return ThermalBound(logic, dram, llim, dlim, np.full(n, max(per_chip)), prob.instance.package.ambient_C)
