"""Key figures of a solved point, flat and CSV-ready, and a picklable point result.

Workers (local processes, Dask) return `PointResult`s: plain numbers and strings, no Pyomo
objects, so they cross process boundaries cheaply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from lamoopt.design import Design
from lamoopt.report.solution import mapping_label, mapping_summary

ROLES = ("prefill", "decode", "combined")   # instance roles in tables (combined: chunked prefill)
METRICS = ("throughput_req_per_s", "power_W", "design_peak_power_W", "throughput_tokens_per_s", "tokens_per_s_per_W",
           "tokens_per_s_per_design_peak_W", "ttft_ms", "tpot_ms", "peak_temperature_C",
           "peak_dram_temperature_C")   # keys of the linear model's `predicted`


@dataclass
class PointResult:
    """One what-if point: what changed, the optimum and the design's key figures."""

    values: dict                      # changed path -> value
    status: str
    objective: float | None
    objective_bound: float | None
    mip_gap: float | None
    figures: dict = field(default_factory=dict)
    signature: str = ""               # identity of the design (empty without one)
    mode: str = ""                    # "built" or "reused"
    time_s: float = 0.0
    message: str = ""
    design: dict | None = None        # the optimal design (lamoopt.design.Design as JSON data)


NOT_SOLVED = "not_solved"
"""The status of a point a Ctrl-C left unsolved (its solve never started)."""


def not_solved(values: dict) -> PointResult:
    """The result of a point a Ctrl-C left unsolved: its values, status NOT_SOLVED, no numbers."""
    return PointResult(dict(values), NOT_SOLVED, None, None, None,
                       message="not solved: the run was interrupted (Ctrl-C) first")


def _degrees(values: list[int]) -> int | str:
    """One value as an int; several as '1/2' (mixed mappings within a role)."""
    distinct = sorted(set(values))
    if not distinct:
        return ""
    return distinct[0] if len(distinct) == 1 else "/".join(str(v) for v in distinct)


def role_mapping(design: Design | None, role: str) -> list[str]:
    """['2 x PC TP2 PP1 batch 1', ...]: the role's instances grouped by identical mapping."""
    if design is None:
        return []
    return [f"{g['instances']} x {mapping_label(g)}" for g in mapping_summary(design, role)]


def design_figures(design: Design | None, predicted: dict | None) -> dict:
    """Chiplets per type and role, instances, TP/PP/batch and the mapping (role_mapping, '; '
    joined) per role, and the metrics."""
    out: dict = {}
    if design is not None:
        for chip, roles in sorted(design.chiplet_counts().items()):
            for role in ROLES:
                out[f"chiplets_{chip}_{role}"] = roles.get(role, 0)
        for role in ROLES:
            insts = design.by_role(role)
            out[f"{role}_instances"] = len(insts)
            out[f"{role}_tp"] = _degrees([i.tp for i in insts])
            out[f"{role}_pp"] = _degrees([i.pp for i in insts])
            out[f"{role}_batch"] = _degrees([i.batch for i in insts])
            out[f"{role}_mapping"] = "; ".join(role_mapping(design, role))
    for key in METRICS:
        out[key] = (predicted or {}).get(key)
    return out


def design_signature(design: Design | None) -> str:
    """Equal for designs with the same instances: chiplet type, role, TP, PP, batch and layer
    split (sites and rates ignored: the solver picks any of several symmetric placements, and
    marking those as design changes would be noise)."""
    if design is None:
        return ""
    rows = sorted((i.role, i.chiplet, i.tp, i.pp, i.batch, tuple(i.layers_per_stage)) for i in design.instances)
    return json.dumps(rows)


def point_result(values: dict, solved) -> PointResult:
    """A PointResult from an engine's Solved point."""
    o = solved.outcome
    design = solved.design
    return PointResult(dict(values), o.status.value, o.objective, o.objective_bound, o.mip_gap,
                       design_figures(design, o.predicted), design_signature(design), solved.mode,
                       solved.time_s, o.message, design.model_dump() if design is not None else None)
