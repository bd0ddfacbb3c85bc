"""Atomic writes: the umask's mode (not mkstemp's 0600), no temporaries left, clear failures."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from lamoopt.report import files
from lamoopt.report.files import check_writable_dir, write_bytes_atomic, write_json_atomic, write_text_atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask():
    """Set the process umask for one test, restore it after."""
    saved = os.umask(0o022)
    os.umask(saved)
    yield lambda mask: os.umask(mask)
    os.umask(saved)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("mask, expected, expected_exec", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700),
                                                           (0o002, 0o664, 0o775)])
def test_files_get_the_umask_mode(tmp_path, umask, mask, expected, expected_exec):
    umask(mask)
    assert mode(write_text_atomic(tmp_path / "a.txt", "x")) == expected
    assert mode(write_json_atomic(tmp_path / "b.json", {"a": 1})) == expected
    assert mode(write_bytes_atomic(tmp_path / "c.bin", b"\0")) == expected
    assert mode(write_text_atomic(tmp_path / "run.sh", "#!/bin/sh\n", executable=True)) == expected_exec


@posix_only
def test_replacing_a_0600_file_gives_the_umask_mode(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "old.json"
    target.write_text("old")
    target.chmod(0o600)
    write_text_atomic(target, "new")
    assert target.read_text() == "new" and mode(target) == 0o644


def test_no_temporaries_left_and_parents_created(tmp_path):
    target = tmp_path / "a" / "b" / "c.txt"
    write_text_atomic(target, "hello")
    write_text_atomic(target, "again")
    assert target.read_text() == "again"
    assert [p.name for p in target.parent.iterdir()] == ["c.txt"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "keep.txt"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_temporary_name_collisions_are_retried(tmp_path, monkeypatch):
    names = iter(["same", "same", "other"])
    monkeypatch.setattr(files.secrets, "token_hex", lambda n: next(names))
    (tmp_path / ".x.txt.same.tmp").write_text("someone else's")
    write_text_atomic(tmp_path / "x.txt", "mine")
    assert (tmp_path / "x.txt").read_text() == "mine"
    assert (tmp_path / ".x.txt.same.tmp").read_text() == "someone else's"


def test_check_writable_dir(tmp_path):
    made = check_writable_dir(tmp_path / "new" / "dir")
    assert made.is_dir() and list(made.iterdir()) == []
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(NotADirectoryError) as err:
        check_writable_dir(blocker / "sub" / "dir")
    assert err.value.filename == str(blocker)
    assert not (blocker.parent / "sub").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_check_writable_dir_on_proc():
    with pytest.raises(OSError):
        check_writable_dir("/proc")
