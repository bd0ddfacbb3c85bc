"""What a solve is asked (SolveOptions) and what it returns (Outcome), and the preparation every
method shares (tables, thermal bound, model data). Imported by solve.run, solve.staged and
solve.enumerate alike, so none of them imports another to get these."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TextIO

from lamoopt.formulation.build import ModelData, model_data
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.layout import Choice
from lamoopt.formulation.tables import build_tables
from lamoopt.formulation.thermal_bound import ThermalBound, conduction_rows, thermal_bound
from lamoopt.formulation.tightening import Tightening
from lamoopt.formulation.tightening import apply as apply_tightening
from lamoopt.instance.load import Problem
from lamoopt.solve.highs import StartedHighs, Status
from lamoopt.solve.progress import SolveProgress


@dataclass
class SolveOptions:
    time_limit_s: float
    mip_gap: float
    threads: int
    seed: int
    progress: SolveProgress | None = None
    """Live progress (None: none): a line per class-bounding stage and, while a MILP runs, its
    incumbent, bound, gap and nodes every few seconds (solve.progress)."""
    log: TextIO | None = None
    """A stream for HiGHS's own log (None: none)."""
    executor: str = "local"
    """Where class bounding's independent sub-solves run: 'local' (this process) or
    'dask://HOST:PORT' (a Dask cluster; solve.dask_subsolves). The result is the same."""

    @classmethod
    def from_problem(cls, prob: Problem, *, time_limit_s: float | None = None, mip_gap: float | None = None,
                     threads: int | None = None, seed: int | None = None) -> SolveOptions:
        """The instance's solver settings; an override that is not None replaces its setting."""
        s = prob.instance.solver
        return cls(time_limit_s=s.time_limit_s if time_limit_s is None else time_limit_s,
                   mip_gap=s.mip_gap if mip_gap is None else mip_gap,
                   threads=s.threads if threads is None else threads,
                   seed=s.seed if seed is None else seed)


@dataclass(kw_only=True)
class Outcome:
    """What a solve returns (built by keyword only: the record is wide)."""

    status: Status
    method: str
    build_time_s: float
    solve_time_s: float = 0.0
    objective: float | None = None
    objective_bound: float | None = None
    mip_gap: float | None = None
    nodes: int = 0
    iterations: int = 0
    choice: Choice | None = None
    predicted: dict[str, Any] | None = None
    tables: Tables | None = field(default=None, repr=False)
    thermal: ThermalBound | None = field(default=None, repr=False)
    size: dict[str, int] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True)
class Solvable:
    """A built model and what it was built from: the problem, its tables and thermal bound, the
    model data, the Pyomo model and the HiGHS that solves it (one argument for the solve
    functions instead of six)."""

    prob: Problem
    tables: Tables
    thermal: ThermalBound
    data: ModelData
    model: Any
    solver: StartedHighs


def prepare(prob: Problem, tightening: Tightening | None = None) -> tuple[Tables, ThermalBound, ModelData]:
    # the conduction model's rows need only the problem: solved in a thread beside the tables
    # (its sparse solves release the GIL; the same rows either way)
    with ThreadPoolExecutor(max_workers=1) as pool:
        rows = pool.submit(conduction_rows, prob)
        tables = build_tables(prob)
        thermal = thermal_bound(tables, rows.result())
    if tightening is not None:
        tables, thermal = apply_tightening(tightening, tables, thermal)
    return tables, thermal, model_data(tables, thermal)
