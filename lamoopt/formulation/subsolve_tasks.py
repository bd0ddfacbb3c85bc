"""Class bounding's independent sub-solves as tasks, for `lamoopt solve --executor dask://...`
(formulations/lamoopt_milp.md section 6): what a Dask worker runs (by name: these functions),
and `Remote`, what fluid.py and count_master.py ask of an executor.

- `lp_slice`: one slice of fluid.group_bounds. Locally slice k is solved on HiGHS copy k, which
  keeps the basis of its previous solves (the hot start of the next). The task gets the LP as
  arrays (lp_arrays.LpArrays), the forcing rows of every solve copy k has done so far (its
  history) and the slice's rows; the worker takes a HiGHS of its own whose solves so far are a
  prefix of that history (one it kept from an earlier slice, or a new one), replays the rest,
  then solves the slice. Its HiGHS then holds what copy k holds locally: same LP, same solves
  in the same order, so the same bounds, whichever worker runs the task (a lost worker or a
  task placed elsewhere costs a replay, never a different answer).
- `master_score`: one count-master group score at a saturated ratio (count_master.scores).
  Each such solve sets the objective first, which makes HiGHS drop any solution it kept, so
  the MILP does not depend on earlier solves: a HiGHS built from the master's arrays gives the
  same answer as the main process's.

Tasks of one worker process run one at a time (highs_process.LOCK) with the solve's HiGHS
thread count (highs_process.use_threads).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import highspy
import numpy as np

from lamoopt.formulation.forced_runs import MasterResult, forced_lp, forced_mip
from lamoopt.formulation.highs_process import LOCK, use_threads
from lamoopt.formulation.lp_arrays import LpArrays

R = TypeVar("R")

KEPT_LP_STATES = 4   # LP HiGHS kept per worker process between tasks (one per slice it serves)
KEPT_MASTERS = 2     # count-master HiGHS kept per worker process

History = tuple[int | None, ...]   # forcing rows of a HiGHS's solves so far, in order (None: no row)


class Remote(Protocol):
    """Where sub-solves run when not in this process (solve.dask_subsolves.DaskRemote)."""

    def share(self, value: object) -> object:
        """A handle the tasks of `run` take in place of `value` (sent to the workers once)."""

    def run(self, fn: Callable[..., R], calls: Sequence[tuple[Any, ...]],
            slots: Sequence[Hashable] | None = None) -> list[R | None]:
        """fn(*call) for every call, as tasks; results in the order of `calls`, None for a task
        not finished because the solve was stopped (Ctrl-C, the time limit). Calls with the same
        slot (across runs) go to the same worker where possible (its kept state)."""


@dataclass(frozen=True)
class SliceResult:
    values: list[float]   # per row of the slice: forced_runs.lp_optimum's value
    undecided: int        # how many of them HiGHS could not decide


_lp_states: list[tuple[tuple[str, int], History, highspy.Highs]] = []   # (LP token, threads), history, HiGHS
_masters: dict[tuple[str, tuple[tuple[str, Any], ...]], highspy.Highs] = {}
_tasks_run: Counter[str] = Counter()   # task function name -> tasks this process has run


def tasks_run() -> dict[str, int]:
    """Sub-solve tasks this process has run, per kind ('lp_slice', 'master_score'); tests read it
    on the workers (client.run)."""
    return dict(_tasks_run)


def forget() -> None:
    """Drop the HiGHS this process keeps (tests: the next task must rebuild and replay)."""
    with LOCK:
        _lp_states.clear()
        _masters.clear()


def _lp_state(lp: LpArrays, threads: int, history: History) -> tuple[highspy.Highs, int]:
    """A HiGHS of this LP whose solves so far are history[:done], with done (the longest kept
    prefix; a new HiGHS and 0 if none)."""
    key = (lp.token, threads)
    fits = [i for i, (k, done, _) in enumerate(_lp_states) if k == key and history[:len(done)] == done]
    if not fits:
        return lp.highs({"threads": threads}), 0
    i = max(fits, key=lambda j: len(_lp_states[j][1]))
    _, done, h = _lp_states.pop(i)
    return h, len(done)


def lp_slice(lp: LpArrays, threads: int, history: History, rows: tuple[int, ...]) -> SliceResult:
    """Solve the fluid LP with each of `rows` switched on in turn, on a HiGHS that has done the
    solves of `history` first (module docstring)."""
    with LOCK:
        use_threads(threads)
        _tasks_run["lp_slice"] += 1
        h, done = _lp_state(lp, threads, history)
        for row in history[done:]:
            forced_lp(h, row, lp.maximise)
        values, undecided = [], 0
        for row in rows:
            value, decided = forced_lp(h, row, lp.maximise)
            values.append(value)
            undecided += not decided
        _lp_states.append(((lp.token, threads), history + rows, h))
        del _lp_states[:-KEPT_LP_STATES]
        return SliceResult(values, undecided)


def master_score(model: LpArrays, options: dict[str, Any], costs: np.ndarray, row: int) -> MasterResult:
    """The count master's MILP (model, with these HiGHS options) under objective `costs` with
    forcing row `row` switched on (forced_runs.forced_mip)."""
    with LOCK:
        use_threads(int(options["threads"]))
        _tasks_run["master_score"] += 1
        key = (model.token, tuple(sorted(options.items())))
        h = _masters.pop(key, None) or model.highs(options)
        h.changeColsCost(len(costs), np.arange(len(costs), dtype=np.int32), costs)
        result, _ = forced_mip(h, row)
        _masters[key] = h
        while len(_masters) > KEPT_MASTERS:
            del _masters[next(iter(_masters))]
        return result
