"""Parallel sweeps: local worker processes (spawn) and a Dask cluster give the results of the
in-process run."""

from __future__ import annotations

import pytest

from lamoopt.whatif.changes import Sweep
from lamoopt.whatif.sweep import run_sweep
from tests.whatif.conftest import opts_of, same_objective, tiny

SWEEP = [Sweep("package.power_budget_W", (100.0, 300.0, 600.0))]


def same_results(a, b) -> bool:
    return all(x.values == y.values and x.status == y.status and same_objective(x.objective, y.objective)
               for x, y in zip(a, b)) and len(a) == len(b)


@pytest.fixture(scope="module")
def serial():
    base = tiny()
    return run_sweep(base, opts_of(base), SWEEP, progress=False)


def test_local_worker_processes_equal_the_serial_run(serial):
    base = tiny()
    parallel = run_sweep(base, opts_of(base), SWEEP, workers=2, progress=False)
    assert same_results(parallel, serial)
    assert serial[0].status == "infeasible"


def test_dask_cluster_equals_the_local_run(serial):
    distributed = pytest.importorskip("distributed")
    base = tiny()
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        remote = run_sweep(base, opts_of(base), SWEEP, executor=address, progress=False)
    assert same_results(remote, serial)


def test_ctrl_c_cancels_the_dask_futures_not_done(monkeypatch):
    """After a Ctrl-C (here: once the first point is back) the futures not done are cancelled
    (cancelled Dask futures count as done, so the run ends): their points come back not_solved,
    the ones done keep their results, in the order of the points."""
    distributed = pytest.importorskip("distributed")
    from lamoopt.solve.progress import Interrupt
    from lamoopt.whatif import executors
    from lamoopt.whatif.sweep import grid_points

    def first_result_then_ctrl_c(self, n=1):
        Interrupt.requested = True
    monkeypatch.setattr(Interrupt, "requested", False)
    monkeypatch.setattr(executors.ProgressBar, "update", first_result_then_ctrl_c)
    base = tiny()
    points = grid_points([Sweep("workload.arrival_rate_req_per_s", tuple(0.5 * k for k in range(1, 41)))])
    with distributed.LocalCluster(n_workers=1, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        results = executors.run_points(executors.Job(base, opts_of(base)), points, address, progress=False)
    statuses = [r.status for r in results]
    assert "optimal" in statuses and "not_solved" in statuses
    assert [r.values for r in results] == points
