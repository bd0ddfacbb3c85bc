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
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from lamoopt.dask_client import check_executor, is_dask, session
from lamoopt.evaluate.progress import ProgressBar
from lamoopt.formulation.highs_process import LOCK as _LOCK
from lamoopt.formulation.highs_process import use_threads
from lamoopt.solve.progress import Interrupt
from lamoopt.solve.run import SolveOptions
from lamoopt.whatif.changes import BaseInstance, Changes
from lamoopt.whatif.engine import Engine
from lamoopt.whatif.figures import PointResult, point_result

POLL_S = 0.25   # how often the main process looks for a Ctrl-C while local workers run

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
    process) or 'dask://HOST:PORT'."""
    with ProgressBar(len(points), label, enabled=progress) as bar:
        check_executor(executor)
        if is_dask(executor):
            return _run_dask(job, points, executor, bar)
        if workers <= 1:
            results: list[PointResult | None] = []
            for ch in points:
                if Interrupt.requested:
                    break
                results.append(_advance(bar, solve_point(job, ch)))
            return _fill_unsolved(points, results + [None] * (len(points) - len(results)))
        return _run_processes(job, points, workers, bar)


def _fill_unsolved(points: list[Changes], results: list[PointResult | None]) -> list[PointResult]:
    """The points a Ctrl-C left unsolved, as results with status 'not_solved'."""
    return [r if r is not None else PointResult(dict(ch), "not_solved", None, None, None,
                                                message="not solved: the run was interrupted (Ctrl-C) first")
            for ch, r in zip(points, results)]


def _ignore_sigint() -> None:
    """Local workers leave Ctrl-C to the main process, which stops handing out points."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _advance(bar: ProgressBar, result: PointResult) -> PointResult:
    bar.update()
    return result


def _single_thread(job: Job) -> Job:
    """Workers share the machine: one HiGHS thread each."""
    return dataclasses.replace(job, opts=dataclasses.replace(job.opts, threads=1))


def _run_processes(job: Job, points: list[Changes], workers: int, bar: ProgressBar) -> list[PointResult]:
    job = _single_thread(job)
    ctx = multiprocessing.get_context("spawn")
    results: list[PointResult | None] = [None] * len(points)
    with ProcessPoolExecutor(max_workers=min(workers, len(points)) or 1, mp_context=ctx,
                             initializer=_ignore_sigint) as pool:
        futures = {pool.submit(solve_point, job, ch): k for k, ch in enumerate(points)}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=POLL_S, return_when=FIRST_COMPLETED)
            for fut in done:
                if not fut.cancelled():
                    results[futures[fut]] = fut.result()
                    bar.update()
            if Interrupt.requested:   # the points already running finish; the rest are dropped
                for fut in pending:
                    fut.cancel()
    return _fill_unsolved(points, results)


def _run_dask(job: Job, points: list[Changes], executor: str, bar: ProgressBar) -> list[PointResult]:
    job = _single_thread(job)
    with session(executor) as client:   # (distributed is importable once connected)
        from distributed import as_completed as dask_completed
        futures = [client.submit(solve_point, job, ch, pure=False) for ch in points]
        for _ in dask_completed(futures):
            bar.update()
            if Interrupt.requested:
                client.cancel([f for f in futures if not f.done()])
                break
        return _fill_unsolved(points, [f.result() if f.status == "finished" else None for f in futures])
