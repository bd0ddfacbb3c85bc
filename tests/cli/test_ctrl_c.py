"""Ctrl-C (SIGINT) during `lamoopt whatif --sweep/--pareto` and `lamoopt study`, the real CLI in a
subprocess: the first stops the run and writes every file with the points solved so far (the
others marked not_solved in a what-if table, left out of a study's report), says how many on
stderr and exits 130; a second quits at once with 130. No traceback, no temporary file left.

Each test waits for a progress line (a sweep's bar, a study's per-instance line) before sending
the signal, so it is sent while the run is under way whatever the machine's speed."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from lamoopt.exitcodes import EXIT_INTERRUPTED
from lamoopt.whatif.pareto import INTERRUPTED_NOTE
from tests.baselines.conftest import tiny_data
from tests.small import small
from tests.whatif.conftest import TINY

REPO = Path(__file__).resolve().parents[2]
WAIT_S = 120   # a bound against a hung test, not a timing assertion
SOLVED_LINE = re.compile(r"lamoopt: interrupted \(Ctrl-C\): (\d+) of (\d+) (points solved|instances compared)")
UNSOLVED = ("not_solved", "interrupted")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Cli:
    """`python -m lamoopt.cli ARGS` in a subprocess, its stdout and stderr collected by threads
    so that a test can wait for a line while the command runs."""

    def __init__(self, args: list[str], cwd: Path):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
        self.proc = subprocess.Popen([sys.executable, "-m", "lamoopt.cli", *args], cwd=cwd, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.text = {"out": "", "err": ""}
        self._readers = [threading.Thread(target=self._read, args=(name, stream), daemon=True)
                         for name, stream in (("out", self.proc.stdout), ("err", self.proc.stderr))]
        for t in self._readers:
            t.start()

    def _read(self, name: str, stream) -> None:
        while chunk := stream.read1(4096):
            self.text[name] += chunk.decode(errors="replace")

    def wait_for(self, name: str, pattern: str) -> re.Match:
        """The first match of `pattern` in stdout ('out') or stderr ('err'), once it is there."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            found = re.search(pattern, self.text[name])
            if found:
                return found
            if self.proc.poll() is not None and not any(t.is_alive() for t in self._readers):
                break
            time.sleep(0.05)
        raise AssertionError(f"no {pattern!r} in std{name}:\n{self.text['out']}\n{self.text['err']}")

    def ctrl_c(self) -> None:
        self.proc.send_signal(signal.SIGINT)

    def finish(self) -> int:
        code = self.proc.wait(WAIT_S)
        for t in self._readers:
            t.join(WAIT_S)
        return code

    def worker_pids(self) -> list[int]:
        """The command's pool workers: its child processes started by multiprocessing's spawn."""
        pids = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
                spawned = b"spawn_main" in (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if parent == self.proc.pid and spawned:
                pids.append(int(proc.name))
        return pids


@pytest.fixture
def cli(tmp_path):
    """Start commands in tmp_path; any still running at the end of the test is killed."""
    started: list[Cli] = []

    def start(*args: str) -> Cli:
        started.append(Cli(list(args), tmp_path))
        return started[-1]
    yield start
    for c in started:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait()


def instance(tmp_path: Path, data: dict, name: str = "tiny") -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps({**data, "name": name}))
    return str(path)


def temporaries(directory: Path) -> list[Path]:
    """Files the atomic writer (lamoopt.report.files) left behind: .NAME.RANDOM.tmp."""
    return [p for p in directory.rglob("*") if p.name.startswith(".") and p.name.endswith(".tmp")]


def solved_line(err: str) -> tuple[int, int]:
    found = SOLVED_LINE.search(err)
    assert found, err
    return int(found[1]), int(found[2])


def gone(pid: int) -> bool:
    """No such process any more (or a zombie waiting to be reaped)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def check_table(table: Path, err: str) -> pd.DataFrame:
    """The CSV holds every point; the count of points solved is the one printed (at least one)."""
    solved, total = solved_line(err)
    df = pd.read_csv(table)
    assert len(df) == total
    assert (~df.status.isin(UNSOLVED)).sum() == solved >= 1
    assert df[df.status == "not_solved"].objective.isna().all()
    return df


# ----------------------------------------------------------------------------- what-if
SWEEP = ["--sweep", "workload.arrival_rate_req_per_s=0.1:20:0.1"]   # 200 points, one solve each
FIRST_POINT = r"{} \[[#.]*\] +[\d.]+% [1-9]\d*/\d+"                 # the progress bar past its first point


def started_sweep(cli, tmp_path, workers: str):
    """A sweep running past its first point: (the run, its output folder, its workers' pids)."""
    out = tmp_path / "out"
    run = cli("whatif", instance(tmp_path, small(**TINY)), *SWEEP, "-o", str(out), "--workers", workers)
    run.wait_for("err", FIRST_POINT.format("sweep"))
    return run, out, run.worker_pids()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_a_sweep_and_writes_the_points_solved(cli, tmp_path, workers):
    run, out, pids = started_sweep(cli, tmp_path, workers)
    run.ctrl_c()
    assert run.finish() == EXIT_INTERRUPTED
    err = run.text["err"]
    assert "no new point starts" in err and "Traceback" not in err
    df = check_table(out / "sweep.csv", err)
    assert (df.status == "not_solved").any()                    # the sweep was cut short
    assert (out / "sweep.png").read_bytes().startswith(PNG_MAGIC)
    assert json.loads((out / "whatif.json").read_text())["changes"] == {}
    assert temporaries(tmp_path) == []
    assert all(gone(pid) for pid in pids)                       # the pool's workers ended with it


def test_ctrl_c_stops_a_tpot_front(cli, tmp_path):
    out = tmp_path / "out"
    run = cli("whatif", instance(tmp_path, small(**TINY)), "--pareto", "tpot", "--points", "400",
              "-o", str(out))
    run.wait_for("err", FIRST_POINT.format("pareto"))
    run.ctrl_c()
    assert run.finish() == EXIT_INTERRUPTED
    assert "Traceback" not in run.text["err"]
    check_table(out / "pareto.csv", run.text["err"])
    summary = json.loads((out / "pareto.json").read_text())
    assert summary["note"] == INTERRUPTED_NOTE and summary["points"] == solved_line(run.text["err"])[1]
    assert INTERRUPTED_NOTE in run.text["out"]
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_second_ctrl_c_quits_at_once(cli, tmp_path, workers):
    run, out, pids = started_sweep(cli, tmp_path, workers)
    run.ctrl_c()
    run.wait_for("err", "Ctrl-C again to quit at once")
    run.ctrl_c()
    assert run.finish() == EXIT_INTERRUPTED
    err = run.text["err"]
    assert "lamoopt: interrupted" in err and "Traceback" not in err
    assert temporaries(tmp_path) == []
    if (out / "sweep.csv").exists():                            # written whole, or not at all
        assert len(pd.read_csv(out / "sweep.csv")) == 200
    assert all(gone(pid) for pid in pids)


# ----------------------------------------------------------------------------- study
def fast_instance(k: int) -> dict:
    """A study instance whose comparison takes a few seconds (short requests)."""
    data = tiny_data()
    data["workload"]["arrival_rate_req_per_s"] = 1.0 + k
    data["workload"]["lengths"] = {"input_tokens_mean": 256, "output_tokens_mean": 8}
    return data


def test_ctrl_c_stops_a_study_and_reports_the_instances_compared(cli, tmp_path):
    for k in range(3):
        instance(tmp_path, fast_instance(k), f"fast_{k}")
    out = tmp_path / "study"
    run = cli("study", "--instances", str(tmp_path / "fast_*.json"), "-o", str(out), "--requests", "40")
    run.wait_for("out", r"\n  fast_\d: [\d.]+ s\n")          # the first instance is compared
    run.ctrl_c()
    assert run.finish() == EXIT_INTERRUPTED
    err = run.text["err"]
    assert "no new instance starts" in err and "Traceback" not in err
    done, total = solved_line(err)
    assert total == 3 and 1 <= done < 3
    assert pd.read_csv(out / "study.csv").instance.nunique() == done
    assert len(list((out / "instances").glob("*/comparison.json"))) == done
    runs = json.loads((out / "runs.json").read_text())
    assert len(runs["elapsed_s"]) == done and len(runs["not_finished"]) == total - done
    md = (out / "study.md").read_text()
    assert f"Interrupted (Ctrl-C): {done} of {total} instances compared" in md
    assert all(Path(f).name in md for f in runs["not_finished"])
    assert temporaries(tmp_path) == []
