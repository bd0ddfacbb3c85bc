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
