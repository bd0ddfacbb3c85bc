"""The instances the benchmarks run: the shipped ones, then benchmarks/instances/ (shared by
bench_solve.py and bench_tables.py)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def instance_files(only: list[str] | None = None, shipped: bool = True) -> list[Path]:
    """Instance files in run order, restricted to the stems in `only` when given."""
    files = sorted((ROOT / "instances").glob("*.json")) if shipped else []
    files += sorted((ROOT / "benchmarks" / "instances").glob("*.json"))
    return [f for f in files if f.stem in only] if only else files
