"""Where what-if points run: in this process, in local worker processes, or on a Dask cluster.

Every worker keeps one `Engine` per job (base instance, solver options, build hints) in a
module global, so it builds its model once and re-uses it for all the points it gets. HiGHS
solves never run concurrently in one process: local workers are processes started with
`spawn` (forked Pyomo/HiGHS state and Python threads have been seen to hang), each with
threads=1; on a Dask worker a lock serialises the tasks of its thread pool (formulation.highs_process,
shared with `lamoopt solve --executor`'s sub-solves).

`--executor dask://HOST:PORT` needs `pip install 'lamoopt[dask]'` here and on the workers
(tasks refer to `lamoopt.whatif.executors.solve_point` by name); the address is read and the
client connected by lamoopt.dask_client, shared with `lamoopt solve --executor`.

Ctrl-C (progress.Interrupt, in the main process): no point starts after the first; locally the
points running stop at their incumbent (status 'interrupted', with bound and gap) and the pool
shuts down (lamoopt.solve.workers), on Dask the futures not done are cancelled (a task already
running on a Dask worker finishes there, unused). Every point not solved comes back with status
'not_solved' (figures.not_solved), so a table keeps its grid.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

from lamoopt.dask_client import check_executor, is_dask, session
from lamoopt.evaluate.progress import ProgressBar
from lamoopt.formulation.highs_process import LOCK as _LOCK
from lamoopt.formulation.highs_process import use_threads
from lamoopt.solve.run import SolveOptions
from lamoopt.solve.workers import collect, run_calls
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import Engine
from lamoopt.whatif.figures import PointResult, not_solved, point_result

_ENGINES: dict[str, Engine] = {}


@dataclass(frozen=True)
class Job:
    """What a worker needs to build its engine; pickled with every point (it is small)."""

    base: BaseInstance
    opts: SolveOptions
    hints: dict = field(default_factory=dict)

    @property
    def token(self) -> str:
        text = json.dumps([self.base.data, str(self.base.base_dir), dataclasses.asdict(self.opts), self.hints],
                          sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


def solve_point(job: Job, changes: Changes) -> PointResult:
    """Solve one point with this process's engine for the job (built on first use). A failure
    is recorded in the result (status 'error') so the sweep goes on."""
    with _LOCK:
        use_threads(job.opts.threads)   # the worker may have run a solve's sub-solves with another count
        engine = _ENGINES.get(job.token)
        if engine is None:
            _ENGINES.clear()   # one job at a time per worker: bound the memory
            engine = _ENGINES[job.token] = Engine(job.base, job.opts, job.hints)
        try:
            return point_result(changes, engine.solve(changes))
        except Exception as exc:  # noqa: BLE001 - any failure of one point is reported, not raised
            return PointResult(dict(changes), "error", None, None, None, message=f"{type(exc).__name__}: {exc}")


def run_points(job: Job, points: list[Changes], executor: str = "local", workers: int = 1,
               progress: bool = True, label: str = "what-if") -> list[PointResult]:
    """Results in the order of `points`. executor: 'local' (workers processes; 1 = this
    process) or 'dask://HOST:PORT'. After a Ctrl-C the points not solved have status
    'not_solved' (module docstring)."""
    with ProgressBar(len(points), label, enabled=progress) as bar:
        check_executor(executor)
        if is_dask(executor):
            results = _run_dask(job, points, executor, bar)
        else:
            local = job if workers <= 1 else _single_thread(job)
            results = run_calls(solve_point, [(local, ch) for ch in points], workers, lambda k, r: bar.update())
    return _fill_unsolved(points, results)


def _fill_unsolved(points: list[Changes], results: list[PointResult | None]) -> list[PointResult]:
    """The points a Ctrl-C left unsolved, as results with status 'not_solved'."""
    return [r if r is not None else not_solved(ch) for ch, r in zip(points, results)]


def _single_thread(job: Job) -> Job:
    """Workers share the machine: one HiGHS thread each."""
    return dataclasses.replace(job, opts=dataclasses.replace(job.opts, threads=1))


def _run_dask(job: Job, points: list[Changes], executor: str, bar: ProgressBar) -> list[PointResult | None]:
    """The points on a Dask cluster; after a Ctrl-C the futures not done are cancelled (None)."""
    job = _single_thread(job)
    with session(executor) as client:
        futures = [client.submit(solve_point, job, ch, pure=False) for ch in points]
        return collect(futures, lambda k, r: bar.update(), client.cancel)
