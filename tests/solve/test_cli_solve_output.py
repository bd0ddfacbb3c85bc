"""`lamoopt solve -o PATH`: the path is checked before solving, files get the umask's mode, and
a write that still fails exits 2 naming the path without losing the solution."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import lamoopt.orchestrate
import lamoopt.report.solution
from lamoopt.cli import EXIT_INPUT, main
from tests.small import small
from tests.solve.test_cli_solve import TINY

REPO = Path(__file__).resolve().parents[2]
HAS_PROC = Path("/proc/self").is_dir()


@pytest.fixture
def tiny_file(tmp_path):
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small(**TINY)))
    return path


@pytest.fixture
def no_solving(monkeypatch):
    """Fail the test if the solver is reached."""
    def solve(*a, **k):
        raise AssertionError("solved although the output path is unusable")
    monkeypatch.setattr(lamoopt.orchestrate, "solve_with_recheck", solve)


def bad_output(capsys, tiny_file, out, *needles):
    rc = main(["solve", str(tiny_file), "-o", str(out), "--no-recheck"])
    captured = capsys.readouterr()
    assert rc == EXIT_INPUT == 2, captured
    assert captured.err.startswith("lamoopt: error: -o/--output = ") and "Traceback" not in captured.err
    for needle in needles:
        assert needle in captured.err, (needle, captured.err)
    return captured


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_unwritable_location_is_refused_before_solving(capsys, tiny_file, no_solving):
    bad_output(capsys, tiny_file, "/proc/x.json", "'/proc/x.json'", "cannot create files in /proc")


def test_a_file_in_the_way_is_refused_before_solving(capsys, tiny_file, tmp_path, no_solving):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    bad_output(capsys, tiny_file, blocker / "sub" / "x.json", f"in {blocker / 'sub'}: Not a directory: {blocker}")
    assert blocker.read_text() == ""


def test_a_directory_as_output_is_refused_before_solving(capsys, tiny_file, tmp_path, no_solving):
    bad_output(capsys, tiny_file, tmp_path, f"a file name, not a directory ({tmp_path} is a directory)")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_solution_files_get_the_umask_mode(tiny_file, tmp_path):
    saved = os.umask(0o022)
    try:
        assert main(["solve", str(tiny_file), "-o", str(tmp_path / "out" / "s.json"), "--no-recheck"]) == 0
    finally:
        os.umask(saved)
    written = sorted((tmp_path / "out").iterdir())
    assert [p.name for p in written] == ["s.instances.csv", "s.json", "s.sites.csv"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in written)


def _fail_writes_to(monkeypatch, *dirs: Path):
    """write_solution raises for paths in `dirs`, as a full disk or a revoked mount would."""
    real = lamoopt.report.solution.write_solution

    def write(path, sol, design):
        if Path(path).parent in dirs:
            raise OSError(28, "No space left on device", str(path))
        return real(path, sol, design)
    monkeypatch.setattr(lamoopt.report.solution, "write_solution", write)


def test_a_failed_write_keeps_the_solution_elsewhere(capsys, tiny_file, tmp_path, monkeypatch):
    out = tmp_path / "out" / "s.json"
    _fail_writes_to(monkeypatch, out.parent)
    rc = main(["solve", str(tiny_file), "-o", str(out), "--no-recheck"])
    captured = capsys.readouterr()
    assert rc == 2 and "Traceback" not in captured.err
    assert f"could not write the solution to {out}: No space left on device" in captured.err
    assert "objective" in captured.out  # the summary was printed before the write
    rescue = Path(captured.err.split("wrote it to ")[1].split(",")[0])
    assert rescue.name == "s.json" and rescue.parent != out.parent
    sol = json.loads(rescue.read_text())
    assert sol["status"] == "optimal" and sol["design"]["instances"]
    assert (rescue.parent / "s.sites.csv").is_file()
    assert not out.exists()


def test_when_no_place_takes_the_solution_it_is_printed(capsys, tiny_file, tmp_path, monkeypatch):
    import tempfile
    out = tmp_path / "out" / "s.json"
    rescue_root = tmp_path / "rescue"
    rescue_root.mkdir()
    monkeypatch.setattr(tempfile, "mkdtemp", lambda prefix="": str(rescue_root))
    _fail_writes_to(monkeypatch, out.parent, rescue_root)
    rc = main(["solve", str(tiny_file), "-o", str(out), "--no-recheck"])
    captured = capsys.readouterr()
    assert rc == 2 and str(out) in captured.err and "printed above" in captured.err
    start = captured.out.index("\n{") + 1
    sol = json.loads(captured.out[start:captured.out.rindex("}") + 1])
    assert sol["status"] == "optimal" and sol["design"]["instances"]


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_subprocess_unwritable_output_exits_2_without_traceback(tmp_path):
    """The issue's command, as a separate process: no traceback, exit 2, nothing solved."""
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-m", "lamoopt.cli", "solve", str(REPO / "instances" / "default.json"),
                        "-o", "/proc/x.json"], cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "/proc/x.json" in r.stderr
    assert r.stdout == ""  # refused before solving: no summary
    assert os.listdir(tmp_path) == []
