"""Atomic file writing: a temporary file in the target directory, then os.replace.

The temporary file is created with os.open(..., 0o666) (0o777 for executables), so the kernel
applies the process umask and the directory's default ACL exactly as for an ordinary
open(path, "w"); tempfile.mkstemp would create it 0600, and os.replace keeps that mode.

An exception (KeyboardInterrupt included) removes the temporary file; a process that ends
without one (os._exit after a second Ctrl-C: solve.progress.quit_now) first calls
`remove_temporaries` for the files being written at that moment.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from pathlib import Path

# Requested modes before the umask: what open() and a shell redirection use.
FILE_MODE = 0o666
EXECUTABLE_MODE = 0o777
# Temporary names carry 64 random bits; a collision is retried, never overwritten (O_EXCL).
_TEMP_NAME_ATTEMPTS = 100
_WRITING: set[Path] = set()   # temporary files of the writes in progress in this process


def write_text_atomic(path: str | Path, text: str, executable: bool = False) -> Path:
    return write_bytes_atomic(path, text.encode("utf-8"), executable)


def write_json_atomic(path: str | Path, data) -> Path:
    return write_text_atomic(path, json.dumps(data, indent=2, sort_keys=False) + "\n")


def _create_temp(directory: Path, name: str, mode: int) -> tuple[int, Path]:
    """A new, exclusively created file `.name.<random>.tmp` in `directory` (umask applied)."""
    for _ in range(_TEMP_NAME_ATTEMPTS):
        tmp = directory / f".{name}.{secrets.token_hex(8)}.tmp"
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                           mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name for {directory / name}")


def write_bytes_atomic(path: str | Path, data: bytes, executable: bool = False) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path.parent, path.name, EXECUTABLE_MODE if executable else FILE_MODE)
    _WRITING.add(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    finally:
        _WRITING.discard(tmp)
    return path


def remove_temporaries() -> None:
    """Remove the temporary files of the writes in progress (their targets keep their old
    contents): for a process about to end without unwinding its stack."""
    for tmp in list(_WRITING):
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def check_writable_dir(directory: str | Path) -> Path:
    """Create `directory` if needed and prove a file can be created in it (then removed).

    Raises OSError (with the path in its message) when it cannot: a missing or read-only
    location, a file in the way, a pseudo file system such as /proc."""
    directory = Path(directory)
    for place in (directory, *directory.parents):
        if place.exists() or place.is_symlink():
            if not place.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(place))
            break
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(directory, "write-check", FILE_MODE)
    os.close(fd)
    os.unlink(tmp)
    return directory
