"""The `--executor local|dask://HOST:PORT` value shared by `lamoopt solve` and `lamoopt whatif`:
checking it, and connecting a Dask distributed client with errors that name --executor.

Neither the solver nor the what-if code is imported here, so both can use it (solve/ must not
import whatif/). `distributed` is imported only when a dask:// executor is used (the optional
`[dask]` extra: `pip install 'lamoopt[dask]'`, here and on the workers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from lamoopt.instance.errors import InputError

LOCAL = "local"
DASK_SCHEME = "dask://"
DASK_CONNECT_TIMEOUT_S = 10
EXECUTOR_METAVAR = f"{LOCAL}|{DASK_SCHEME}HOST:PORT"

_OPEN: dict[str, Any] = {}   # executor -> its connected Client, while a session() is open


def is_dask(executor: str) -> bool:
    return executor.startswith(DASK_SCHEME)


def check_executor(executor: str) -> None:
    """InputError naming --executor unless `executor` is 'local' or a well-formed dask://HOST:PORT."""
    if is_dask(executor):
        dask_address(executor)
    elif executor != LOCAL:
        raise InputError([("--executor", executor, f"'{LOCAL}' or '{DASK_SCHEME}HOST:PORT'")])


def dask_address(executor: str) -> str:
    """'dask://HOST:PORT' -> 'tcp://HOST:PORT' (InputError naming --executor if malformed)."""
    rest = executor[len(DASK_SCHEME):]
    host, _, port = rest.rpartition(":")
    if not host or not port.isdigit():
        raise InputError([("--executor", executor, f"{DASK_SCHEME}HOST:PORT, e.g. {DASK_SCHEME}127.0.0.1:8786")])
    return f"tcp://{rest}"


def connect(executor: str) -> Any:
    """A distributed.Client connected to the scheduler `executor` names (dask://HOST:PORT).
    InputError naming --executor when the address is malformed, the Dask client is not
    installed or the scheduler does not answer within DASK_CONNECT_TIMEOUT_S."""
    address = dask_address(executor)
    try:
        from distributed import Client
    except ImportError:
        raise InputError([("--executor", executor, "the Dask client: pip install 'lamoopt[dask]'")]) from None
    try:
        return Client(address, timeout=f"{DASK_CONNECT_TIMEOUT_S}s")
    except (OSError, TimeoutError) as exc:
        raise InputError([("--executor", executor, f"a reachable Dask scheduler ({type(exc).__name__}: {exc})")]) from None


@contextlib.contextmanager
def session(executor: str) -> Iterator[Any]:
    """The client of `executor` while inside (None for 'local'): connected on entry (errors as in
    `connect`), closed on exit. Nested sessions of the same executor share the outer one's
    client, so a command can connect before its long preparation and the solve inside re-uses
    the connection."""
    check_executor(executor)
    if not is_dask(executor):
        yield None
        return
    if executor in _OPEN:
        yield _OPEN[executor]
        return
    client = _OPEN[executor] = connect(executor)
    try:
        yield client
    finally:
        del _OPEN[executor]
        client.close()


def workers_error(executor: str, exc: BaseException) -> InputError:
    """The error for a task that a Dask worker could not even import (lamoopt or highspy missing
    there): it names --executor and what the workers need."""
    return InputError([("--executor", executor, f"Dask workers with lamoopt and its solver installed "
                                                f"({type(exc).__name__}: {exc})")])
