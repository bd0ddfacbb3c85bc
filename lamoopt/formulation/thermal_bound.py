"""The MILP's linear temperature model: per site j and candidate hot cell k of j,
T_jk = T_amb + sum_i R_c[j][k, i] * P_i, and T_j = max_k T_jk.

R_c comes from the package conduction model (lamoopt.thermal.influence.cell_influence_matrices) with
every site holding chip type c: row k of R_c[j] is the rise of one cell of site j's logic
layer (or DRAM dies) per W at each site. For a uniform layout max_k of these rows IS the
conduction model's peak (not a bound), so one linear row per candidate cell is exact there.
One conservative choice: all of a chiplet's power is injected at its logic die (the layer
farthest from the cold plate), which never lowers a temperature on the upward heat path.
Mixed layouts (neighbours of another type) use the rows of the site's own type, and the
rows come from a 4-cells-per-site grid (about 1 K cooler than the evaluator's 8); the
evaluator's full solve measures both errors (within 1.4 K on the shipped designs); a too-hot
site lowers the type's limits by the measured excess (lamoopt.orchestrate).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lamoopt.formulation.configs import Tables
from lamoopt.instance.load import Problem
from lamoopt.thermal.geometry import Layer

INFLUENCE_CELLS_PER_SITE = 4  # lateral resolution of the influence rows (cells per site per axis)


@dataclass(frozen=True)
class ThermalBound:
    """Rows of the linear temperature model; `mean_rows` give the logic layer's mean temperature,
    which the leakage chord follows (families.leakage)."""

    logic_rows: dict[str, list[NDArray[np.float64]]]   # chip -> per site j: (K_j, S) K/W
    dram_rows: dict[str, list[NDArray[np.float64]]]
    mean_rows: dict[str, NDArray[np.float64]]          # chip -> (S, S): mean logic rise of site j per W at site i
    logic_limit: dict[str, float]
    dram_limit: dict[str, float]
    max_site_power_W: NDArray[np.float64]              # per site, an upper bound on any chiplet's power there
    ambient_C: float

    def rows(self, chip: str, kind: str, j: int) -> NDArray[np.float64]:
        return (self.logic_rows if kind == "logic" else self.dram_rows)[chip][j]

    def self_rise_K_per_W(self, chip: str) -> float:
        """min_j Rm_c[j,j]: the least rise of a site's mean logic temperature per W of the power
        at that site, over the sites (a lower bound of a chiplet's self-heating anywhere)."""
        return float(np.min(np.diag(self.mean_rows[chip])))

    def limit_C(self, chip: str, kind: str) -> float:
        return self.logic_limit[chip] if kind == "logic" else self.dram_limit[chip]

    def temperatures_C(self, chip_at_site: list[str | None], site_power_W: NDArray[np.float64]
                       ) -> dict[str, NDArray[np.float64]]:
        """Linear-model peak logic and DRAM temperatures per site for a layout (NaN where empty)."""
        n = len(chip_at_site)
        out = {"logic": np.full(n, np.nan), "dram": np.full(n, np.nan)}
        for j, c in enumerate(chip_at_site):
            if c is None:
                continue
            for kind in ("logic", "dram"):
                rows = self.rows(c, kind, j)
                if len(rows):
                    out[kind][j] = self.ambient_C + float(np.max(rows @ site_power_W))
        return out


def logic_injected_rows(rows: NDArray[np.float64], n_sites: int) -> NDArray[np.float64]:
    """Columns for logic power only (all power injected at the logic die), dominated rows removed."""
    r = rows[:, :n_sites]
    idx = np.arange(len(r))
    keep = []
    for k in range(len(r)):
        # row q dominates k: at least as large everywhere, and larger somewhere (or equal and earlier)
        dominates = np.all(r >= r[k] - 1e-15, axis=1) & (np.any(r > r[k] + 1e-15, axis=1) | (idx < k))
        dominates[k] = False
        if not dominates.any():
            keep.append(k)
    return r[keep]


# per chip type: (logic rows per site, DRAM rows per site, mean-rise rows), thermal_bound's R and Rm
ConductionRows = dict[str, tuple[list[NDArray[np.float64]], list[NDArray[np.float64]], NDArray[np.float64]]]


def conduction_rows(prob: Problem) -> ConductionRows:
    """The rows of the linear temperature model per chip type, from the package conduction model
    (they do not depend on the tables, so solve.outcome.prepare computes them beside the tables).
    Types with the same footprint and layers have the same rows: one conduction solve each."""
    from lamoopt.thermal.geometry import geometry_from_problem
    from lamoopt.thermal.influence import cell_influence_matrices
    geom, stacks = geometry_from_problem(prob)
    n = prob.sites
    out: ConductionRows = {}
    by_stack: dict[tuple[float, tuple[Layer, ...]], str] = {}
    for spec in prob.chiplets:
        stack = stacks[spec.name]
        same = by_stack.setdefault((stack.side_m, stack.layers), spec.name)
        if same != spec.name:
            out[spec.name] = out[same]
            continue
        mats = cell_influence_matrices(geom, stack, cells_per_site=INFLUENCE_CELLS_PER_SITE)
        out[spec.name] = ([logic_injected_rows(r, n) for r in mats["logic"]],
                          [logic_injected_rows(r, n) for r in mats["dram"]],
                          np.array([r[:n] for r in mats["logic_mean"]]))
    return out


def thermal_bound(tables: Tables, rows: ConductionRows | None = None) -> ThermalBound:
    """The linear temperature model of the tables' problem; rows: conduction_rows(problem), if
    already computed."""
    prob = tables.problem
    rows = conduction_rows(prob) if rows is None else rows
    n = prob.sites
    logic = {c: r[0] for c, r in rows.items()}
    dram = {c: r[1] for c, r in rows.items()}
    mean = {c: r[2] for c, r in rows.items()}
    llim = {spec.name: spec.thermal.logic_temp_limit_C for spec in prob.chiplets}
    dlim = {spec.name: spec.thermal.dram_temp_limit_C for spec in prob.chiplets}
    per_chip = [tables.chips[c].static_W + max([tables.peak_dynamic_per_chiplet_W(o.key) for o in tables.points.values()
                                                if o.chip == c] + [0.0]) for c in tables.chips]
    return ThermalBound(logic, dram, mean, llim, dlim, np.full(n, max(per_chip)), prob.instance.package.ambient_C)

