"""Live progress of a solve and Ctrl-C (issue 12).

`SolveProgress` prints to a stream (stderr in the CLI): a line per class-bounding stage and,
while a MILP runs, every `every_s` seconds its elapsed time, incumbent and bound in the
objective's units, gap and nodes. Lines start once the solve has run `after_s` seconds (the CLI's
default, so that short solves stay quiet; `--progress` prints from the start, `--quiet` nothing).

`Interrupt` is the process's Ctrl-C state: the first Ctrl-C asks the running HiGHS to stop at
its incumbent (the solve then ends with status `interrupted`, keeping its design and bound); a
second ends the process at once (exit 130), its worker processes with it. Commands that run many
solves (sweeps, Pareto fronts, studies: lamoopt.solve.workers) start no new one after the first
and end with `interrupted_exit`'s line.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from lamoopt.exitcodes import EXIT_INTERRUPTED


@dataclass
class MipSample:
    """What HiGHS reports about a running MILP (its callback's data), in the MILP's own terms."""

    primal: float | None = None   # incumbent objective
    dual: float | None = None     # bound
    nodes: int = 0


# a MILP's incumbent and bound in the instance's objective units:
# (primal, dual) -> "incumbent 0.0812 tokens/s/W, bound 0.0861"
Describe = Callable[[float | None, float | None], str]


@dataclass
class SolveProgress:
    stream: TextIO
    after_s: float = 5.0     # silent before the solve has run this long
    every_s: float = 5.0     # a MILP line at most this often
    start: float = field(default_factory=time.perf_counter)
    _last_tick: float = 0.0

    def elapsed_s(self) -> float:
        return time.perf_counter() - self.start

    def _print(self, text: str) -> None:
        print(f"lamoopt: [{self.elapsed_s():7.1f} s] {text}", file=self.stream, flush=True)

    def stage(self, text: str) -> None:
        """A line about a stage (printed once the solve has run after_s)."""
        if self.elapsed_s() >= self.after_s:
            self._print(text)

    def tick(self, sample: MipSample, describe: Describe | None) -> None:
        """A MILP line, at most every every_s seconds."""
        now = time.perf_counter()
        if self.elapsed_s() < self.after_s or now - self._last_tick < self.every_s:
            return
        self._last_tick = now
        words = describe(sample.primal, sample.dual) if describe is not None else \
            f"incumbent {_num(sample.primal)}, bound {_num(sample.dual)}"
        gap = _gap(sample.primal, sample.dual)
        self._print(f"MILP: {words}, gap {gap}, {sample.nodes} nodes")


def _num(x: float | None) -> str:
    return "none" if x is None else f"{x:.6g}"


def _gap(primal: float | None, dual: float | None) -> str:
    if primal is None or dual is None:
        return "n/a"
    return f"{abs(dual - primal) / max(abs(primal), 1e-9):.2%}"


def terminal_stream(stream: TextIO) -> TextIO:
    """A line-buffered duplicate of the stream's file descriptor: Pyomo redirects the process's
    stdout and stderr descriptors while HiGHS runs (to capture its log), and progress lines
    must still reach the terminal. The stream itself when it has no descriptor (a test's)."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return stream
    return os.fdopen(os.dup(fd), "w", buffering=1)


STOP_AT_INCUMBENT = "stopping at the incumbent"
"""What the first Ctrl-C of `lamoopt solve` does (Interrupt.handling's default message)."""


class Interrupted(Exception):
    """Raised by `Interrupt.check` after a Ctrl-C: a unit of work of several solves (a study's
    comparison of one instance) is abandoned between them, its results unused."""


@dataclass
class CtrlC:
    """What a `Interrupt.handling` block yields: after the block, whether Ctrl-C was pressed."""

    requested: bool = False


class Interrupt:
    """Ctrl-C during a solve: `requested` after the first; HiGHS's callback polls it
    (highs.StartedHighs), the solve loops check it between MILPs (solve.staged, solve.run), and
    the loops over many solves between them (solve.workers)."""

    requested = False
    in_solver = False   # HiGHS runs in a thread of this process (highs.StartedHighs._run)

    @classmethod
    def reset(cls) -> None:
        cls.requested = False

    @classmethod
    def check(cls) -> None:
        """Raise Interrupted once Ctrl-C has been pressed."""
        if cls.requested:
            raise Interrupted

    @classmethod
    @contextlib.contextmanager
    def handling(cls, stream: TextIO, stopping: str = STOP_AT_INCUMBENT, new_line: bool = False) -> Iterator[CtrlC]:
        """While inside: the first Ctrl-C (SIGINT) only sets `requested` (the solve stops at its
        next check and keeps its incumbent) and prints `lamoopt: Ctrl-C: <stopping> (Ctrl-C
        again to quit at once)`, on a new line if `new_line` (after a progress bar's open one); a
        second ends the process at once (`quit_now`). Yields a CtrlC that says, after the block,
        whether Ctrl-C was pressed inside it."""
        lead = "\n" if new_line else ""

        def on_sigint(signum: int, frame: object) -> None:
            if cls.requested:
                quit_now(stream)
            cls.requested = True
            print(f"{lead}lamoopt: Ctrl-C: {stopping} (Ctrl-C again to quit at once)", file=stream, flush=True)
        cls.reset()
        state = CtrlC()
        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            yield state
        finally:
            signal.signal(signal.SIGINT, previous)
            state.requested = cls.requested
            cls.reset()   # the state of one command: what follows (or a test) starts clean


def quit_now(stream: TextIO) -> None:
    """End the process at once (a second Ctrl-C) with EXIT_INTERRUPTED, its worker processes
    killed first (they ignore SIGINT: solve.workers). With workers, this process only waits for
    them (HiGHS runs in no thread of it): KeyboardInterrupt unwinds the stack (the pool shuts
    down, its semaphores are released) and the CLI exits 130. Otherwise os._exit, which skips
    the unwinding that a HiGHS thread would abort; the temporary file of a write in progress is
    removed first (lamoopt.report.files), so no file is left half-written."""
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    if children and not Interrupt.in_solver:
        raise KeyboardInterrupt
    from lamoopt.report.files import remove_temporaries
    print("lamoopt: interrupted", file=stream, flush=True)
    remove_temporaries()
    for out in (sys.stdout, sys.stderr):   # what was printed before (os._exit flushes nothing)
        with contextlib.suppress(OSError, ValueError):
            out.flush()
    os._exit(EXIT_INTERRUPTED)


def interrupted_exit(done: int, total: int, what: str, rest: str, stream: TextIO) -> int:
    """Print the line that ends a command of many solves after a Ctrl-C, e.g. `lamoopt:
    interrupted (Ctrl-C): 3 of 60 points solved; <rest>`, and return EXIT_INTERRUPTED."""
    print(f"lamoopt: interrupted (Ctrl-C): {done} of {total} {what}" + (f"; {rest}" if rest else ""),
          file=stream, flush=True)
    return EXIT_INTERRUPTED
