"""Control of a solve (issue 12): options that do not leak between solves of a re-used solver, a
MIP start that survives pyomo's re-initialisation, undecided class LPs kept, Ctrl-C, progress."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import highspy
import pyomo.environ as pyo
import pytest

from lamoopt.cli import main
from lamoopt.formulation.fluid import FluidRelaxation
from lamoopt.solve.highs import HIGHS_DEFAULTS, StartedHighs, Status, solve_model
from lamoopt.solve.outcome import prepare
from lamoopt.solve.progress import Interrupt, SolveProgress
from tests.small import small
from tests.solve.test_milp import TINY, problem


def knapsack() -> pyo.ConcreteModel:
    m = pyo.ConcreteModel()
    m.x = pyo.Var(range(6), domain=pyo.Binary)
    m.c = pyo.Constraint(expr=sum((i + 2) * m.x[i] for i in range(6)) <= 9)
    m.o = pyo.Objective(expr=sum((i + 1) ** 1.5 * m.x[i] for i in range(6)), sense=pyo.maximize)
    return m


def test_a_screening_node_cap_does_not_leak_into_the_next_solve():
    m, solver = knapsack(), StartedHighs()
    solve_model(m, 10, 0.0, 1, 0, solver=solver, options={"mip_max_nodes": 1}, abs_gap=0.5)
    rep = solve_model(m, 10, 0.0, 1, 0, solver=solver)
    assert rep.status == Status.OPTIMAL
    for name, default in HIGHS_DEFAULTS.items():
        assert solver._solver_model.getOptionValue(name)[1] == default


def test_the_mip_start_survives_pyomos_reinitialisation_on_a_first_solve():
    m, solver = knapsack(), StartedHighs()
    for i in range(6):
        m.x[i].value = 1.0 if i in (0, 1) else 0.0
    solver.remember_start(m)
    solver.progress = SolveProgress(sys.stderr)
    solver.__init__()     # what pyomo's set_instance does on a model's first solve
    assert len(solver._start) == 6 and solver.progress is not None


def test_an_undecided_class_lp_keeps_its_class(monkeypatch):
    p = problem(**TINY)
    tables, _, d = prepare(p)
    fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), 1)
    decided = fluid.class_bounds()
    monkeypatch.setattr(highspy.Highs, "getModelStatus", lambda self: highspy.HighsModelStatus.kUnknown)
    undecided = fluid.class_bounds()
    # maximising: an undecided LP bounds nothing, so its class scores +inf (kept), never -inf (pruned)
    assert all(v == float("inf") for v in undecided.values())
    assert fluid.undecided == len(decided)


def test_ctrl_c_stops_at_the_incumbent_and_writes_it(tmp_path, monkeypatch):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    out = tmp_path / "sol.json"
    stage = SolveProgress.stage

    def ctrl_c_at_the_second_stage_line(self, text):
        stage(self, text)
        if text.startswith("stage ") and not Interrupt.requested:
            signal.raise_signal(signal.SIGINT)     # the user presses Ctrl-C after the first stage
    monkeypatch.setattr(SolveProgress, "stage", ctrl_c_at_the_second_stage_line)
    assert main(["solve", str(path), "-o", str(out), "--progress"]) == 130
    sol = json.loads(out.read_text())
    assert sol["status"] == "interrupted"
    assert sol["recheck"] is None            # the re-check is skipped
    if sol["design"] is not None:
        assert sol["objective_bound"] is not None


def test_a_second_ctrl_c_ends_the_process_at_once():
    code = ("import os, signal, sys, time\n"
            "from lamoopt.solve.progress import Interrupt\n"
            "with Interrupt.handling(sys.stderr):\n"
            "    os.kill(os.getpid(), signal.SIGINT)\n"
            "    time.sleep(0.2)\n"
            "    os.kill(os.getpid(), signal.SIGINT)\n"
            "    time.sleep(30)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)
    assert r.returncode == 130
    assert "Ctrl-C again to quit" in r.stderr and "interrupted" in r.stderr


@pytest.mark.parametrize("flag, lines", [("--progress", True), ("--quiet", False)])
def test_progress_lines_and_quiet(tmp_path, capfd, flag, lines):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    log = tmp_path / "highs.log"
    assert main(["solve", str(path), "-o", str(tmp_path / "s.json"), "--no-recheck", flag, "--log", str(log)]) == 0
    err = capfd.readouterr().err
    assert ("screening stage over" in err) == lines
    assert "HiGHS" in log.read_text()       # HiGHS's own log goes to the file


def test_ctrl_c_during_a_sweep_keeps_the_points_already_solved(tmp_path, monkeypatch, capsys):
    """A Ctrl-C after the first point: that point is written with its result, the rest are
    marked not_solved, and the command exits 130."""
    import pandas as pd

    from lamoopt.whatif import executors
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    solve_point = executors.solve_point

    def then_ctrl_c(job, changes):
        result = solve_point(job, changes)
        signal.raise_signal(signal.SIGINT)
        return result
    monkeypatch.setattr(executors, "solve_point", then_ctrl_c)
    out = tmp_path / "sweep"
    code = main(["whatif", str(path), "--sweep", "workload.arrival_rate_req_per_s=1:3:1", "-o", str(out),
                 "--no-progress"])
    assert code == 130
    table = pd.read_csv(out / "sweep.csv")
    assert (table.status == "not_solved").sum() == 2    # solved in solve order, which may not be grid order
    assert (table.status == "optimal").sum() == 1


def test_a_time_limit_that_ends_during_class_bounding_reports_a_valid_bound():
    """The limit covers the preparation: with no time left the class bounds stop, the status
    is time_limit and the bound still covers the optimum (the relaxation's root at least)."""
    from lamoopt.solve.outcome import SolveOptions
    from lamoopt.solve.run import solve
    p = problem(**TINY)
    best = solve(p, SolveOptions.from_problem(p))
    assert best.status == Status.OPTIMAL
    out = solve(p, SolveOptions.from_problem(p, time_limit_s=1e-6))
    assert out.status == Status.TIME_LIMIT
    assert out.objective_bound is not None and out.objective_bound >= best.objective * (1 - 1e-9)
    if out.objective is not None:
        assert out.objective <= best.objective * (1 + 1e-9)


def test_ctrl_c_while_class_bounds_are_solved_ends_interrupted_with_a_valid_bound(tmp_path, monkeypatch):
    from lamoopt.solve.outcome import SolveOptions
    from lamoopt.solve.run import solve
    p = problem(**TINY)
    best = solve(p, SolveOptions.from_problem(p)).objective
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    out = tmp_path / "sol.json"
    group_bounds = FluidRelaxation.group_bounds

    def ctrl_c_first(self, keys, workers=2, stop=None):
        if not Interrupt.requested:
            signal.raise_signal(signal.SIGINT)     # the user presses Ctrl-C while class bounds are solved
        return group_bounds(self, keys, workers, stop)
    monkeypatch.setattr(FluidRelaxation, "group_bounds", ctrl_c_first)
    assert main(["solve", str(path), "-o", str(out), "--no-recheck"]) == 130
    sol = json.loads(out.read_text())
    assert sol["status"] == "interrupted"
    assert sol["objective_bound"] is not None and sol["objective_bound"] >= best * (1 - 1e-9)
    if sol["objective"] is not None:
        assert sol["objective"] <= best * (1 + 1e-9)
