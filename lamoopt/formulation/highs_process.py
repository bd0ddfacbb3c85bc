"""What the HiGHS solves of one worker process share when they run as tasks (a Dask worker's
thread pool): a lock that serialises them, and HiGHS's thread scheduler, which is global to
the process and must match every HiGHS's `threads` option (a HiGHS asking for another count
fails to run: status 'not set').

The what-if points (whatif.executors.solve_point) and the solve's sub-solves
(formulation.subsolve_tasks) take the same lock, so one worker can serve both kinds of job.
"""

from __future__ import annotations

import threading

import highspy

LOCK = threading.Lock()

_threads: int | None = None   # the count this module last set up the scheduler for (None: not yet)


def use_threads(threads: int) -> None:
    """Make the process's HiGHS scheduler run `threads` threads (a new one when this module has
    not set it up with that count yet). Call with LOCK held: no HiGHS of the process may be
    running while the scheduler is replaced."""
    global _threads
    if _threads != threads:
        highspy.Highs.resetGlobalScheduler(True)
        _threads = threads
