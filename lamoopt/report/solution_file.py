"""Reading a solution file for the design report: the parts the report shows, checked.

The schema is lenient (keys it does not read are allowed, and a section older files lack may be
absent) but what it reads must have the documented shape (formulations/solution_format.md), so
a file that is not a solution names the field at fault (exit code 2) instead of failing halfway
through the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from lamoopt.design import Design
from lamoopt.instance.errors import InputError, from_pydantic
from lamoopt.instance.load import read_json
from lamoopt.report.solution import parse_design

Number = float | None


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow")


class SiteReading(_Lenient):
    row: int
    col: int
    chiplet: str
    logic_peak_C: Number
    dram_peak_C: Number
    dynamic_W: Number = None
    static_W: Number = None


class CheckRow(_Lenient):
    name: str
    value: Number
    limit: Number
    met: bool


class ComparisonRow(_Lenient):
    metric: str
    predicted: Number
    evaluated: Number
    relative_error: Number = None
    evaluated_ci95: list[Number] | None = None


class Recheck(_Lenient):
    evaluated: dict
    constraints: list[CheckRow] = []
    per_site: list[SiteReading] = []
    comparison: list[ComparisonRow] = []
    passed: bool | None = None
    rounds: list[dict] = []
    evaluated_objective: Number = None
    power_by_chiplet_W: dict[str, dict[str, float]] | None = None


class Tightening(_Lenient):
    what: str
    why: str = ""


class SolutionFile(_Lenient):
    """The keys of a solution file the report reads (formulations/solution_format.md)."""

    instance: str
    status: Literal["optimal", "time_limit", "interrupted", "infeasible", "error"]
    objective_kind: str | None = None
    objective: Number = None
    objective_bound: Number = None
    mip_gap: Number = None
    solve_time_s: Number = None
    build_time_s: Number = None
    model_size: dict | None = None
    design: dict | None
    predicted: dict | None = None
    recheck: Recheck | None = None
    tightenings: list[Tightening] = []
    optimistic_bound: dict | None = None


def load_solution_file(path: str | Path) -> tuple[dict, Design | None]:
    """(the file's JSON, its design or None) of a solution file; InputError naming the file and
    the field when it is missing, not JSON or not a solution."""
    data = read_json(path)
    if "status" not in data:
        why = "this is a bare design: solve it first" if "instances" in data else \
            "a key of every solution file, with instance, design, predicted, recheck"
        raise InputError([("status", None, f"a solution file written by `lamoopt solve` ({why})")], str(path))
    try:
        SolutionFile.model_validate(data)
    except ValidationError as err:
        raise from_pydantic(err, str(path), data=data) from None
    design = parse_design(data["design"], str(path)) if data["design"] is not None else None
    return data, design
