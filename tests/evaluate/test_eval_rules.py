"""House rules of the evaluator package and the progress bar."""

import ast
import io
from pathlib import Path

from lamoopt.evaluate.progress import ProgressBar

EVALUATE = Path(__file__).resolve().parents[2] / "lamoopt" / "evaluate"
FORBIDDEN = ("lamoopt.formulation", "lamoopt.solve")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
    return out


def test_evaluate_never_imports_formulation_or_solve():
    files = sorted(EVALUATE.glob("*.py"))
    assert any(f.name == "serving.py" for f in files)
    for f in files:
        bad = [m for m in imported_modules(f) if m.startswith(FORBIDDEN)
               or m in ("lamoopt", "lamoopt.formulation", "lamoopt.solve")]
        assert not [m for m in bad if m.startswith(FORBIDDEN)], f"{f.name} imports {bad}"


def test_progress_bar_redraws_at_most_ten_times_a_second():
    out = io.StringIO()
    bar = ProgressBar(200_000, "x", stream=out, min_interval_s=0.1)
    import time
    start = time.monotonic()
    for _ in range(200_000):
        bar.update()
    elapsed = time.monotonic() - start
    bar.close()
    assert bar.redraws <= elapsed / 0.1 + 2
    assert out.getvalue().endswith("\n") and "100.0%" in out.getvalue() and "/s" in out.getvalue()


def test_disabled_progress_bar_writes_nothing():
    out = io.StringIO()
    with ProgressBar(10, stream=out, enabled=False) as bar:
        bar.update(10)
    assert out.getvalue() == ""
