"""Live progress of a solve and Ctrl-C (issue 12).

`SolveProgress` prints to a stream (stderr in the CLI): a line per class-bounding stage and,
while a MILP runs, every `every_s` seconds its elapsed time, incumbent and bound in the
objective's units, gap and nodes. Lines start once the solve has run `after_s` seconds (the CLI's
default, so that short solves stay quiet; `--progress` prints from the start, `--quiet` nothing).

`Interrupt` is the process's Ctrl-C state: the first Ctrl-C asks the running HiGHS to stop at
its incumbent (the solve then ends with status `interrupted`, keeping its design and bound); a
second raises KeyboardInterrupt at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
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


class Interrupt:
    """Ctrl-C during a solve: `requested` after the first; HiGHS's callback polls it
    (highs.StartedHighs), the solve loops check it between MILPs (solve.staged, solve.run)."""

    requested = False

    @classmethod
    def reset(cls) -> None:
        cls.requested = False

    @classmethod
    @contextlib.contextmanager
    def handling(cls, stream: TextIO) -> Iterator[None]:
        """While inside: the first Ctrl-C (SIGINT) only sets `requested` (the solve stops at its
        next check and keeps its incumbent), a second ends the process at once (exit 130; files
        are written atomically, so none is left half-written)."""
        def on_sigint(signum: int, frame: object) -> None:
            if cls.requested:   # at once: HiGHS may be running in its thread, which a normal exit would abort
                print("lamoopt: interrupted", file=stream, flush=True)
                os._exit(EXIT_INTERRUPTED)
            cls.requested = True
            print("lamoopt: Ctrl-C: stopping at the incumbent (Ctrl-C again to quit at once)", file=stream,
                  flush=True)
        cls.reset()
        previous = signal.signal(signal.SIGINT, on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
            cls.reset()   # the state of one command: what follows (or a test) starts clean
