"""`lamoopt solve --executor dask://HOST:PORT`: class bounding's sub-solves as tasks on a Dask
cluster (formulation/subsolve_tasks.py, solve/dask_subsolves.py) give exactly the result of a
local solve, really run on the cluster, and a bad executor is a clear input error."""

from __future__ import annotations

import dataclasses
import json
import math
import socket
import sys
from collections import Counter

import pytest

from lamoopt import dask_client
from lamoopt.cli import main
from lamoopt.exitcodes import EXIT_INPUT
from lamoopt.formulation import subsolve_tasks
from lamoopt.formulation.class_bounds import BoundsStopped, LazyClassBounds
from lamoopt.formulation.fluid import FluidRelaxation
from lamoopt.solve.dask_subsolves import sub_solves
from lamoopt.solve.highs import Status
from lamoopt.solve.progress import Interrupt
from lamoopt.solve.run import SolveOptions, prepare, solve_milp
from tests.small import small
from tests.solve.test_milp import TINY, problem

distributed = pytest.importorskip("distributed")

SATURATED = {"objective.rate": "saturated"}


@pytest.fixture(scope="module")
def cluster():
    """(its dask:// address, a client of it) for two single-threaded worker processes."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as c, distributed.Client(c) as client:
        yield c.scheduler_address.replace("tcp://", dask_client.DASK_SCHEME), client


def tasks_on_the_workers(client) -> Counter:
    """Sub-solve tasks the cluster's workers have run so far, per kind."""
    total: Counter = Counter()
    for counts in client.run(subsolve_tasks.tasks_run).values():
        total.update(counts)
    return total


@pytest.mark.parametrize("extra, kinds", [
    ({}, {"lp_slice"}),                                     # tokens/s/W at the arrival rate: LP slices only
    (SATURATED, {"lp_slice", "master_score"}),              # saturated: count-master group scores too
])
def test_a_dask_solve_equals_the_local_one(cluster, extra, kinds):
    """Same status, objective, bound, gap, design and class counts; the tasks ran on the workers
    (the count master's scores only where they do not depend on each other: saturated)."""
    address, client = cluster
    p = problem(**extra)
    local = solve_milp(p, SolveOptions.from_problem(p))
    before = tasks_on_the_workers(client)
    remote = solve_milp(p, dataclasses.replace(SolveOptions.from_problem(p), executor=address))
    ran = tasks_on_the_workers(client) - before
    assert {kind for kind, n in ran.items() if n > 0} == kinds
    assert remote.status == local.status == Status.OPTIMAL
    assert (remote.objective, remote.objective_bound, remote.mip_gap) == (local.objective, local.objective_bound,
                                                                          local.mip_gap)
    assert remote.choice == local.choice
    assert remote.size == local.size and local.size["classes_solved"] < local.size["classes"]


def test_a_worker_that_lost_its_lps_replays_them(cluster):
    """Group bounds batch after batch equal the local ones, also after every worker dropped the
    HiGHS it kept (the next slice rebuilds its LP and replays the slice's earlier solves)."""
    address, client = cluster
    p = problem(**TINY)
    tables, _, d = prepare(p)

    def batches(remote) -> list:
        fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), 1, remote=remote)
        out = [fluid.bound(), fluid.class_bounds()]
        if remote is not None:
            client.run(subsolve_tasks.forget)
        return out + [fluid.class_bounds(), fluid.group_bounds(fluid.classes[:1]), fluid.undecided]

    with sub_solves(address) as remote:
        assert batches(remote) == batches(None)
        assert remote is not None and remote.tasks == 5


@pytest.mark.parametrize("stop", ["time limit", "ctrl-c"])
def test_a_stopped_solve_submits_nothing_and_keeps_valid_bounds(cluster, monkeypatch, stop):
    """Past the time limit (or after Ctrl-C) no task is sent: the group LPs are left unsolved, the
    group tree says so (BoundsStopped), and each group takes its parent's bound (here the root's,
    so every class's)."""
    address, _ = cluster
    p = problem(**TINY)
    tables, _, d = prepare(p)
    if stop == "ctrl-c":
        monkeypatch.setattr(Interrupt, "requested", True)
    with sub_solves(address, deadline=0.0 if stop == "time limit" else None) as remote:
        fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), 1, remote=remote)
        assert fluid.class_bounds() == {}
        lazy = LazyClassBounds(tables, d, 1, remote)
        with pytest.raises(BoundsStopped):   # the staged solve ends there (time_limit / interrupted)
            lazy.above(-math.inf)
        assert remote is not None and remote.tasks == 0
    assert lazy.lps == 1 and fluid.undecided == lazy.undecided == 0
    assert all(lazy.upper(q) == lazy.root.bound() for q in tables.classes)


def test_ctrl_c_cancels_the_tasks_still_running(cluster, monkeypatch):
    """A Ctrl-C while a task runs: run returns at once with no result for it, and the task is
    cancelled on the cluster (it would wait a minute for an event the test sets at the end)."""
    address, _ = cluster
    release = distributed.Event("test_ctrl_c_release")
    submitted = []

    def ctrl_c_once_submitted(_: object) -> None:
        Interrupt.requested = True

    with sub_solves(address) as remote:
        assert remote is not None
        submit = remote.client.submit

        def remember(*args, **kwargs):
            submitted.append(submit(*args, **kwargs))
            return submitted[-1]

        monkeypatch.setattr(remote.client, "submit", remember)
        monkeypatch.setattr(Interrupt, "requested", False)
        monkeypatch.setattr(remote, "_wait", wraps_with(remote._wait, ctrl_c_once_submitted))
        try:
            assert remote.run(lambda: (distributed.Event("test_ctrl_c_release").wait(60), "done")[1], [()]) == [None]
            with pytest.raises(distributed.client.FuturesCancelledError):
                distributed.wait(submitted, timeout=30)
        finally:
            release.set()   # the cancelled task still runs on its worker: let it end


def wraps_with(f, before):
    """f, calling before(*args) first."""
    def wrapped(*args):
        before(*args)
        return f(*args)
    return wrapped


@pytest.fixture
def tiny_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY, **SATURATED)))
    return path


def test_the_cli_writes_the_local_solution(cluster, tiny_file, tmp_path):
    address, _ = cluster
    here, there = tmp_path / "local.json", tmp_path / "dask.json"
    assert main(["solve", str(tiny_file), "-o", str(here), "--no-recheck", "--quiet"]) == 0
    assert main(["solve", str(tiny_file), "-o", str(there), "--no-recheck", "--quiet", "--executor", address]) == 0
    a, b = json.loads(here.read_text()), json.loads(there.read_text())
    for key in ("status", "objective", "objective_bound", "mip_gap", "design", "predicted"):
        assert a[key] == b[key], key


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def solve_error(tiny_file, tmp_path, capsys, executor: str) -> str:
    """`lamoopt solve --executor executor`: exits EXIT_INPUT, writes nothing; its message."""
    out = tmp_path / "sol.json"
    assert main(["solve", str(tiny_file), "-o", str(out), "--executor", executor]) == EXIT_INPUT
    assert not out.exists()
    err = capsys.readouterr().err
    assert err.startswith(f"lamoopt: error: --executor = '{executor}': ") and "Traceback" not in err
    return err


def test_an_unreachable_scheduler_is_an_input_error(tiny_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(dask_client, "DASK_CONNECT_TIMEOUT_S", 1)
    assert "a reachable Dask scheduler" in solve_error(tiny_file, tmp_path, capsys,
                                                       f"dask://127.0.0.1:{unused_port()}")


@pytest.mark.parametrize("executor, expected", [
    ("dask://no-port", "dask://HOST:PORT, e.g. dask://127.0.0.1:8786"),
    ("spark://host:7077", "'local' or 'dask://HOST:PORT'"),
])
def test_a_malformed_executor_is_an_input_error(tiny_file, tmp_path, capsys, executor, expected):
    assert expected in solve_error(tiny_file, tmp_path, capsys, executor)


def test_a_missing_dask_client_is_an_input_error(tiny_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)   # `import distributed` now fails
    assert "pip install 'lamoopt[dask]'" in solve_error(tiny_file, tmp_path, capsys, "dask://127.0.0.1:8786")
