"""PNG plots of sweeps and Pareto fronts (matplotlib, Agg), written atomically."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from lamoopt.report.files import write_bytes_atomic
from lamoopt.whatif.figures import NOT_SOLVED


def _figure(rows: int = 1, height_in: float | None = None):
    """pyplot, the figure and its axes (a list of `rows`, sharing x); height 5 in a panel row
    (7.5 in for two) unless given."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    height = height_in if height_in is not None else (5.0 if rows == 1 else 7.5)
    fig, axes = plt.subplots(rows, 1, figsize=(8, height), dpi=110, sharex=True, squeeze=False)
    return plt, fig, list(axes[:, 0])


def _save(plt, fig, path: Path, bottom: float = 0.0) -> Path:
    """Write the figure as PNG (atomically), its axes laid out above `bottom` (figure fraction)."""
    buf = io.BytesIO()
    fig.tight_layout(rect=(0, bottom, 1, 1))
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
    bottom (points a Ctrl-C left unsolved as grey bars there). A one-parameter sweep (a capacity-planning curve when the rate is swept) gets a
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
    unsolved = df["status"] == NOT_SOLVED
    bad = df[(df["status"] != "optimal") & ~unsolved]
    if len(bad):
        ax.scatter(bad[x], [floor] * len(bad), marker="x", color="red", s=60,
                   label="infeasible / not optimal", zorder=3)
    if unsolved.any():
        ax.scatter(df[unsolved][x], [floor] * int(unsolved.sum()), marker="|", color="grey", s=60,
                   label="not solved (Ctrl-C)", zorder=3)
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


def write_pareto_png(path: Path, df: pd.DataFrame, metric: str, objective_kind: str, title: str,
                     designs: dict[str, str] | None = None) -> Path:
    """Objective against the second metric; the front as a step line, dominated points hollow,
    each point labelled with its design letter, the points where the design changes circled
    with a dotted line, and the designs listed under the axes."""
    designs = designs or {}
    text_in = 0.15 * len(designs) + (0.1 if designs else 0.0)   # room for the design list
    plt, fig, (ax,) = _figure(height_in=5 + text_in)
    ok = df[df["status"] == "optimal"]
    front = ok[ok["pareto"].astype(bool)].sort_values(metric)
    dominated = ok[~ok["pareto"].astype(bool)]
    ax.step(front[metric], front["objective"], where="post", color="C0", alpha=0.6)
    ax.scatter(front[metric], front["objective"], color="C0", zorder=3, label="Pareto-optimal (proven)")
    if len(dominated):
        ax.scatter(dominated[metric], dominated["objective"], facecolors="none", edgecolors="C0",
                   label="dominated", zorder=3)
    _mark_designs(ax, ok, metric)
    ax.set_xlabel(metric)
    ax.set_ylabel(f"objective ({objective_kind})")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    if designs:
        fig.text(0.01, 0.01, "\n".join(f"{k}: {v}" for k, v in designs.items()), fontsize=7,
                 family="monospace", va="bottom")
    return _save(plt, fig, path, bottom=text_in / (5 + text_in))


def _mark_designs(ax, ok: pd.DataFrame, metric: str) -> None:
    """Design letters beside the points; circles and dotted lines where the design changes."""
    if "design" not in ok.columns:
        return
    for x, y, label in zip(ok[metric], ok["objective"], ok["design"]):
        ax.annotate(str(label), (x, y), textcoords="offset points", xytext=(4, 4), fontsize=8)
    changed = ok[ok["design_changed"].astype(bool)] if "design_changed" in ok.columns else ok.iloc[:0]
    if len(changed):
        ax.scatter(changed[metric], changed["objective"], s=140, facecolors="none", edgecolors="k",
                   linewidths=1.2, label="design changes", zorder=4)
        for x in changed[metric]:
            ax.axvline(x, color="k", linestyle=":", linewidth=0.8, alpha=0.6)
