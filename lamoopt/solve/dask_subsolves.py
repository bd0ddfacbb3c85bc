"""`lamoopt solve --executor dask://HOST:PORT`: class bounding's independent sub-solves (the
group-bound LP slices and a saturated ratio's count-master group scores; what they are and why
a task gives the local answer: formulation/subsolve_tasks.py) run as tasks on a Dask cluster.

`DaskRemote` is formulation.subsolve_tasks.Remote on a distributed client: shared models are
scattered to every worker once, a slice goes to the worker that ran its slot before (its kept
HiGHS saves a replay), and while tasks run the main process watches for Ctrl-C and the solve's
time limit; either cancels the tasks still outstanding (a group LP left unsolved takes its
parent's bound, a score not finished proves nothing: every bound stays valid). Connecting, and
the errors that name --executor, are lamoopt.dask_client's.

The tasks of one worker process run one at a time (formulation.highs_process), so workers with
one thread each (`dask worker --nthreads 1 --nworkers N`) run the most at once.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, TypeVar

from lamoopt.dask_client import session, workers_error
from lamoopt.solve.progress import Interrupt

R = TypeVar("R")

POLL_S = 0.25   # how often the main process looks for a Ctrl-C or the time limit while tasks run


class DaskRemote:
    """Sub-solves as tasks of one distributed client (a formulation.subsolve_tasks.Remote)."""

    def __init__(self, client: Any, executor: str, deadline: float | None = None):
        """deadline: time.perf_counter() value after which outstanding tasks are cancelled."""
        self.client, self.executor, self.deadline = client, executor, deadline
        self.tasks = 0                               # tasks submitted
        self._where: dict[Hashable, str] = {}        # slot -> the worker that ran it last
        self._next_worker = itertools.count()        # round-robin placement of new slots

    def stopped(self) -> bool:
        return Interrupt.requested or (self.deadline is not None and time.perf_counter() >= self.deadline)

    def share(self, value: object) -> object:
        return self.client.scatter(value, broadcast=True, hash=False)

    def _worker_for(self, slot: Hashable | None) -> str | None:
        """The worker a slot's task should go to: where it ran last, else the next worker in
        turn (so the slices of a batch start on different workers); None: the scheduler's choice."""
        if slot is None:
            return None
        if slot not in self._where:
            workers = sorted(self.client.scheduler_info().get("workers", {}))
            if not workers:
                return None
            self._where[slot] = workers[next(self._next_worker) % len(workers)]
        return self._where[slot]

    def run(self, fn: Callable[..., R], calls: Sequence[tuple[Any, ...]],
            slots: Sequence[Hashable] | None = None) -> list[R | None]:
        if self.stopped():
            return [None] * len(calls)
        slot_of: list[Hashable | None] = list(slots) if slots is not None else [None] * len(calls)
        futures = []
        for call, slot in zip(calls, slot_of):
            worker = self._worker_for(slot)
            where = {} if worker is None else {"workers": [worker], "allow_other_workers": True}
            futures.append(self.client.submit(fn, *call, pure=False, **where))
        self.tasks += len(futures)
        self._wait(futures)
        return self._results(futures, slot_of)

    def _wait(self, futures: list[Any]) -> None:
        """Until every task is done, or Ctrl-C / the time limit cancels the rest."""
        finished = threading.Event()
        for f in futures:
            f.add_done_callback(lambda _: finished.set())
        while not all(f.done() for f in futures):
            if self.stopped():
                self.client.cancel([f for f in futures if not f.done()])
                return
            finished.wait(POLL_S)
            finished.clear()

    def _results(self, futures: list[Any], slots: list[Hashable | None]) -> list[Any]:
        """The finished tasks' results (None for the others); a task's error is raised here (a
        worker that cannot import lamoopt's solver: an InputError naming --executor)."""
        for f in futures:
            if f.status == "error":
                exc = f.exception()
                if isinstance(exc, ImportError):
                    raise workers_error(self.executor, exc)
                f.result()   # raises the task's error
        done = [f for f in futures if f.status == "finished"]
        placed = self.client.who_has(done) if any(s is not None for s in slots) else {}
        out: list[Any] = []
        for f, slot in zip(futures, slots):
            if f.status != "finished":
                out.append(None)
                continue
            out.append(f.result())
            if slot is not None and placed.get(f.key):
                self._where[slot] = sorted(placed[f.key])[0]
        return out


@contextlib.contextmanager
def sub_solves(executor: str, deadline: float | None = None) -> Iterator[DaskRemote | None]:
    """The Remote of `executor` while inside: None for 'local' (the sub-solves run in this
    process), a DaskRemote for dask://HOST:PORT (connected by dask_client.session: re-using the
    connection of an enclosing session, e.g. the CLI's)."""
    with session(executor) as client:
        yield None if client is None else DaskRemote(client, executor, deadline)
