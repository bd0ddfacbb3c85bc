"""What a solve is asked (SolveOptions) and what it returns (Outcome), and the preparation every
method shares (tables, thermal bound, model data). Imported by solve.run, solve.staged and
solve.enumerate alike, so none of them imports another to get these."""

from __future__ import annotations

from dataclasses import dataclass, field

from lamoopt.formulation.build import ModelData, model_data
from lamoopt.formulation.configs import Tables, build_tables
from lamoopt.formulation.solution import Choice
from lamoopt.formulation.thermal_bound import ThermalBound, thermal_bound
from lamoopt.formulation.tightening import Tightening
from lamoopt.formulation.tightening import apply as apply_tightening
from lamoopt.instance.load import Problem
from lamoopt.solve.highs import Status


@dataclass
class SolveOptions:
    time_limit_s: float
    mip_gap: float
    threads: int
    seed: int

    @classmethod
    def from_problem(cls, prob: Problem, **overrides) -> "SolveOptions":
        s = prob.instance.solver
        base = dict(time_limit_s=s.time_limit_s, mip_gap=s.mip_gap, threads=s.threads, seed=s.seed)
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)


@dataclass
class Outcome:
    status: Status
    objective: float | None
    objective_bound: float | None
    mip_gap: float | None
    nodes: int
    build_time_s: float
    solve_time_s: float
    iterations: int
    method: str
    choice: Choice | None = None
    predicted: dict | None = None
    tables: Tables | None = field(default=None, repr=False)
    thermal: ThermalBound | None = field(default=None, repr=False)
    size: dict = field(default_factory=dict)
    message: str = ""


def prepare(prob: Problem, tightening: Tightening | None = None) -> tuple[Tables, ThermalBound, ModelData]:
    tables = build_tables(prob)
    thermal = thermal_bound(tables)
    if tightening is not None:
        tables, thermal = apply_tightening(tightening, tables, thermal)
    return tables, thermal, model_data(tables, thermal)
