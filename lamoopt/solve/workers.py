"""Many calls (the points of a what-if sweep or front, the instances of a study) run one after
another in this process or in spawned worker processes, and a Ctrl-C (progress.Interrupt) stops
them cleanly:

- no call starts after the first Ctrl-C (`Interrupt.requested` in this process); its result is
  None;
- the calls running stop soon and their results are kept: in this process a solve stops at its
  incumbent; worker processes are told through a shared event that sets their own
  `Interrupt.requested`, so a running solve stops at its incumbent and the calls still queued
  for them return None at once (they are not cancelled: a pool whose workers a second Ctrl-C
  kills must hold no cancelled call, which Python 3.11's ProcessPoolExecutor fails on);
- worker processes start with SIGINT ignored (a disposition that exec keeps) and keep it
  ignored, so a Ctrl-C at the terminal, which reaches every process of the foreground group,
  neither prints a traceback per worker nor breaks the pool: the main process alone decides. A
  second Ctrl-C kills the workers (progress.quit_now). A Ctrl-C in the few milliseconds while
  the workers are being started is lost (press it again).

Results come back in call order whatever the order of completion; `on_result(k, result)` runs in
this process as each call k returns a result (progress bars, log lines).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.synchronize import Event
from typing import Any, Protocol, TypeVar

from lamoopt.solve.progress import Interrupt

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Call = tuple[Any, ...]
OnResult = Callable[[int, R], None]
POLL_S = 0.1   # how often the main process looks at its calls (and for a Ctrl-C) while they run elsewhere


class Pending(Protocol[R_co]):
    """A future, of concurrent.futures or of Dask: what `collect` needs of it."""

    def done(self) -> bool: ...

    def cancelled(self) -> bool: ...

    def result(self) -> R_co: ...


def run_calls(fn: Callable[..., R], calls: Sequence[Call], workers: int = 1,
              on_result: OnResult[R] | None = None) -> list[R | None]:
    """fn(*call) for every call: in this process when workers <= 1, else in min(workers, calls)
    spawned processes (fn then importable by name, its arguments and result picklable). None
    for a call a Ctrl-C left unstarted."""
    report = on_result if on_result is not None else _ignore
    if workers <= 1:
        return in_order(fn, calls, report)
    return in_processes(fn, calls, workers, report)


def _ignore(k: int, result: object) -> None:
    return None


def in_order(fn: Callable[..., R], calls: Sequence[Call], on_result: OnResult[R]) -> list[R | None]:
    """The calls one after another in this process, until a Ctrl-C."""
    results: list[R | None] = [None] * len(calls)
    for k, call in enumerate(calls):
        if Interrupt.requested:
            break
        result = results[k] = fn(*call)
        on_result(k, result)
    return results


def in_processes(fn: Callable[..., R], calls: Sequence[Call], workers: int, on_result: OnResult[R]) -> list[R | None]:
    """The calls in spawned worker processes (module docstring); the pool is shut down once every
    call has returned."""
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    with ProcessPoolExecutor(max_workers=min(workers, len(calls)) or 1, mp_context=ctx,
                             initializer=_worker_init, initargs=(stop,)) as pool:
        with _sigint_ignored():   # the pool starts its workers as calls are submitted
            futures = [pool.submit(_unless_stopped, fn, *call) for call in calls]
        return collect(futures, on_result, lambda pending: stop.set())


def _unless_stopped(fn: Callable[..., R], *args: Any) -> R | None:
    """In a worker: fn(*args), or None once the main process has told the workers to stop."""
    return None if Interrupt.requested else fn(*args)


def collect(futures: Sequence[Pending[R | None]], on_result: OnResult[R],
            on_interrupt: Callable[[list[Pending[R | None]]], object]) -> list[R | None]:
    """Wait for every future, POLL_S at a time, calling on_result as each returns a result;
    results in order (None for a cancelled future or one that returned None). After a Ctrl-C,
    on_interrupt(the futures not done) once, which makes them finish soon (cancels them, or
    tells the workers to stop)."""
    results: list[R | None] = [None] * len(futures)
    pending = set(range(len(futures)))
    told = False
    while pending:
        for k in sorted(k for k in pending if futures[k].done()):
            pending.discard(k)
            result = None if futures[k].cancelled() else futures[k].result()
            if result is not None:
                results[k] = result
                on_result(k, result)
        if Interrupt.requested and not told:
            told = True
            on_interrupt([futures[k] for k in sorted(pending)])
        elif pending:
            time.sleep(POLL_S)
    return results


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored in this process while inside (in the main thread; elsewhere nothing
    changes): processes started meanwhile inherit the disposition through exec."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_init(stop: Event) -> None:
    """A worker process's start: SIGINT ignored, and a thread that sets Interrupt.requested
    once the main process sets `stop`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_interrupt_when, args=(stop,), name="lamoopt-stop", daemon=True).start()


def _interrupt_when(stop: Event) -> None:
    stop.wait()
    Interrupt.requested = True
