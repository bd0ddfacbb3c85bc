"""PNG plots of sweeps and Pareto fronts (matplotlib, Agg), written atomically."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from lamoopt.report.files import write_bytes_atomic


def _figure(rows: int = 1):
    """pyplot, the figure and its axes (a list of `rows`, sharing x)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(rows, 1, figsize=(8, 5 if rows == 1 else 7.5), dpi=110, sharex=True, squeeze=False)
    return plt, fig, list(axes[:, 0])


def _save(plt, fig, path: Path) -> Path:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return write_bytes_atomic(path, buf.getvalue())


def _floor(df: pd.DataFrame) -> float:
    """Where infeasible points are drawn: at the bottom of the feasible objectives."""
    ok = pd.to_numeric(df["objective"], errors="coerce").dropna()
    return float(ok.min()) if len(ok) else 0.0


def write_sweep_png(path: Path, df: pd.DataFrame, paths: list[str], objective_kind: str, title: str) -> Path:
    """Objective against the first swept parameter, a line per value of the second; design
    changes circled and marked by dotted vertical lines, infeasible points as red crosses at the
    bottom. A one-parameter sweep (a capacity-planning curve when the rate is swept) gets a
    second panel: the optimal design's chiplets per type and role at each point."""
    counts = [c for c in df.columns if c.startswith("chiplets_")] if len(paths) == 1 else []
    plt, fig, axes = _figure(rows=2 if counts else 1)
    ax = axes[0]
    x = paths[0]
    groups = df.groupby(paths[1], sort=False) if len(paths) > 1 else [(None, df)]
    floor = _floor(df)
    for key, g in groups:
        ax.plot(g[x], g["objective"], marker="o", ms=4, label=f"{paths[1]} = {key}" if key is not None else None)
    changed = df[df["design_changed"].astype(bool)]
    if len(changed):
        ax.scatter(changed[x], changed["objective"], s=120, facecolors="none", edgecolors="k",
                   linewidths=1.5, label="design changes", zorder=3)
        for a in axes:
            for v in changed[x]:
                a.axvline(v, color="k", ls=":", lw=0.8)
    bad = df[df["status"] != "optimal"]
    if len(bad):
        ax.scatter(bad[x], [floor] * len(bad), marker="x", color="red", s=60,
                   label="infeasible / not optimal", zorder=3)
    ax.set_ylabel(f"objective ({objective_kind})")
    ax.set_title(title)
    if counts:
        bottom = pd.Series(0.0, index=df.index)
        for col in counts:
            n = pd.to_numeric(df[col], errors="coerce").fillna(0.0)
            if n.any():
                axes[1].bar(df[x], n, bottom=bottom, width=_bar_width(df[x]), label=col.removeprefix("chiplets_"))
                bottom = bottom + n
        axes[1].set_ylabel("chiplets in the optimal design")
        axes[1].legend(fontsize=8, ncol=2)
    axes[-1].set_xlabel(x)
    for a in axes:
        a.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    return _save(plt, fig, path)


def _bar_width(xs: pd.Series) -> float:
    """70 % of the smallest spacing of the swept values (1 for a single value)."""
    v = sorted(set(pd.to_numeric(xs, errors="coerce").dropna()))
    gaps = [b - a for a, b in zip(v, v[1:])]
    return 0.7 * min(gaps) if gaps else 1.0


def write_pareto_png(path: Path, df: pd.DataFrame, metric: str, objective_kind: str, title: str) -> Path:
    """Objective against the second metric; the front as a step line, dominated points hollow."""
    plt, fig, (ax,) = _figure()
    ok = df[df["status"] == "optimal"]
    front = ok[ok["pareto"].astype(bool)].sort_values(metric)
    dominated = ok[~ok["pareto"].astype(bool)]
    ax.step(front[metric], front["objective"], where="post", color="C0", alpha=0.6)
    ax.scatter(front[metric], front["objective"], color="C0", zorder=3, label="Pareto-optimal (proven)")
    if len(dominated):
        ax.scatter(dominated[metric], dominated["objective"], facecolors="none", edgecolors="C0",
                   label="dominated", zorder=3)
    ax.set_xlabel(metric)
    ax.set_ylabel(f"objective ({objective_kind})")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _save(plt, fig, path)
