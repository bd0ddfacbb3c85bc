"""The report's charts as inline SVG, drawn with matplotlib (object API: no pyplot state, so
drawing is safe next to other figures): the thermal map, the latency distribution, the power
breakdown and the what-if plot whose points link to their floorplans.

`svg_of` turns a figure into SVG text fit for inlining in HTML: no XML prologue, no namespace
URIs (HTML5 supplies the SVG namespace), text kept as text (searchable, small), element ids
prefixed with the figure's name so that several figures share a page without clashes.
"""

from __future__ import annotations

import functools
import io
import math
import re

import matplotlib
from matplotlib.figure import Figure

FONT_SIZE_PT = 9
PERCENT = 100.0
THERMAL_CMAP = "YlOrRd"
POWER_KINDS = (("static_W", "static", "#9e9e9e"), ("compute_W", "compute", "#e6862e"),
               ("dram_W", "DRAM", "#3f7fbf"), ("d2d_W", "D2D", "#8e44ad"))


RC = {"font.size": FONT_SIZE_PT, "svg.fonttype": "none", "axes.titlesize": FONT_SIZE_PT + 1}


def drawing(func):
    """Decorate a function that returns a matplotlib Figure: it is drawn with the report's style
    and returned as inline SVG (`svg_of`); the caller passes `name=` (the ids' prefix)."""
    @functools.wraps(func)
    def wrapper(*args, name: str, **kwargs) -> str:
        with matplotlib.rc_context(RC):
            return svg_of(func(*args, **kwargs), name)
    return wrapper


def new_figure(width_in: float, height_in: float) -> Figure:
    return Figure(figsize=(width_in, height_in), dpi=100)


def svg_of(fig: Figure, name: str) -> str:
    """The figure as inline SVG (see the module docstring); `name` prefixes its ids."""
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name}):
        fig.savefig(buf, format="svg", bbox_inches="tight",
                    metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r'\s+xmlns(:xlink)?="[^"]*"', "", text, count=2)
    text = text.replace(' target="_blank"', "")      # links (what-if points) stay in the page
    ids = set(re.findall(r'\sid="([^"]+)"', text))
    prefix = re.sub(r"[^\w-]", "-", name)

    def rename(m: re.Match) -> str:
        target = m.group(2)
        return f"{m.group(1)}{prefix}-{target}" if target in ids else m.group(0)
    text = re.sub(r'(\sid=")([^"]+)', rename, text)
    return re.sub(r'(href="#|url\(#)([^")]+)', rename, text)


def finite(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


# ----------------------------------------------------------------------------- thermal map
@drawing
def thermal_svg(rows: int, cols: int, sites: list[dict]) -> Figure:
    """Two maps (logic and DRAM peak temperature per site, measured) with the limits.

    `sites`: dicts with row, col, logic_C, dram_C, logic_limit_C, dram_limit_C (None where
    unknown). Colours run from the coolest site to the highest limit, so the colour says how
    close a site is to its limit; each site is labelled with its temperature and limit.
    """
    fig = new_figure(9.0, 3.6 * rows / max(cols, 1) + 0.8)
    for k, (key, label) in enumerate((("logic", "logic die"), ("dram", "DRAM stack"))):
        ax = fig.add_subplot(1, 2, k + 1)
        vals = [s[f"{key}_C"] for s in sites if finite(s[f"{key}_C"])]
        limits = sorted({s[f"{key}_limit_C"] for s in sites if finite(s[f"{key}_limit_C"])})
        grid = [[math.nan] * cols for _ in range(rows)]
        for s in sites:
            if finite(s[f"{key}_C"]):
                grid[s["row"]][s["col"]] = s[f"{key}_C"]
        lo = min(vals) - 2.0 if vals else 0.0
        hi = max(limits + vals) if vals or limits else 1.0
        cmap = matplotlib.colormaps[THERMAL_CMAP].with_extremes(bad="#eeeeee")
        im = ax.imshow(grid, cmap=cmap, vmin=lo, vmax=hi, extent=(-0.5, cols - 0.5, rows - 0.5, -0.5))
        for s in sites:
            t, lim = s[f"{key}_C"], s[f"{key}_limit_C"]
            text = "empty" if not finite(t) else f"{t:.1f} °C" + (f"\n≤ {lim:g}" if finite(lim) else "")
            ax.text(s["col"], s["row"], text, ha="center", va="center", fontsize=8,
                    color="black" if not finite(t) or t < lo + 0.7 * (hi - lo) else "white")
        ax.set_xticks(range(cols), [f"col {c}" for c in range(cols)])
        ax.set_yticks(range(rows), [f"row {r}" for r in range(rows)])
        ax.set_title(f"{label}: peak temperature (°C)" + (f", limit {', '.join(f'{v:g}' for v in limits)} °C"
                                                          if limits else ""))
        bar = fig.colorbar(im, ax=ax, shrink=0.85)
        for v in limits:
            bar.ax.axhline(v, color="k", lw=1.5)
        bar.set_label("°C (black line: limit)")
    fig.tight_layout()
    return fig


# ----------------------------------------------------------------------------- latency
@drawing
def latency_svg(dist: dict, targets: dict, intervals: dict, predicted: dict) -> Figure:
    """TTFT and TPOT (ms) against the percentile (logit axis: the tail spread out).

    `dist`: {"percentile": [...], "ttft": [...], "tpot": [...]} measured; `targets`:
    {metric: (percentile, limit_ms)}; `intervals`: {metric: [lo, hi]} the 95 % interval of the
    target percentile; `predicted`: {metric: the MILP's value at the target percentile}.
    """
    fig = new_figure(9.0, 3.2)
    pct = [p / PERCENT for p in dist["percentile"]]
    for k, (key, label) in enumerate((("ttft", "TTFT"), ("tpot", "TPOT"))):
        ax = fig.add_subplot(1, 2, k + 1)
        ys = dist.get(key) or []
        pts = [(p, y) for p, y in zip(pct, ys) if finite(y)]
        if pts:
            ax.plot(*zip(*pts), marker="o", ms=4, color="C0", label="measured (evaluator)")
        if key in targets:
            p_t, limit = targets[key]
            ax.axhline(limit, color="red", ls="--", lw=1, label=f"target p{p_t:g} ≤ {limit:g} ms")
            ax.axvline(p_t / PERCENT, color="red", ls=":", lw=0.8)
            ci = intervals.get(key)
            if ci and all(finite(v) for v in ci):
                ax.plot([p_t / PERCENT] * 2, ci, color="C0", lw=4, alpha=0.35, label="95 % interval (measured)")
            if finite(predicted.get(key)):
                ax.plot([p_t / PERCENT], [predicted[key]], marker="x", ms=9, mew=2, color="k", ls="none",
                        label="predicted (MILP)")
        if len(pts) > 1 and pts[0][0] > 0 and pts[-1][0] < 1:
            ax.set_xscale("logit")
            ticks = [p for p in pct if p in (0.01, 0.1, 0.5, 0.9, 0.99, 0.999)]
            ax.set_xticks(ticks, [f"p{p * PERCENT:g}" for p in ticks])
            ax.minorticks_off()
        ax.set_xlabel("percentile of the steady-state requests")
        ax.set_ylabel(f"{label} (ms)")
        ax.set_title(f"{label} distribution")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


# ----------------------------------------------------------------------------- power
@drawing
def power_svg(by_type: dict[str, dict]) -> Figure:
    """Stacked bars per chiplet type: static, compute, DRAM and D2D power (W, measured)."""
    types = list(by_type)
    fig = new_figure(9.0, 1.0 + 0.55 * len(types))
    ax = fig.add_subplot()
    left = [0.0] * len(types)
    for key, label, color in POWER_KINDS:
        w = [by_type[t].get(key, 0.0) or 0.0 for t in types]
        ax.barh(types, w, left=left, color=color, label=label, height=0.6)
        left = [a + b for a, b in zip(left, w)]
    for y, total in enumerate(left):
        ax.text(total, y, f"  {total:.0f} W", va="center", fontsize=8)
    ax.set_xlim(0, max(left + [1.0]) * 1.12)
    ax.set_xlabel("power (W), all chiplets of the type")
    ax.invert_yaxis()
    ax.legend(ncol=4, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig


# ----------------------------------------------------------------------------- what-if
@drawing
def whatif_svg(points: list[dict], xlabel: str, ylabel: str, step: bool = False) -> Figure:
    """The objective of each what-if point; every point links to `#<anchor>` (its floorplan).

    `points`: dicts with x, y (None: no optimum, drawn as a red cross at the bottom), line
    (a key: one line per value, e.g. the second swept parameter), hollow (e.g. dominated), anchor.
    """
    fig = new_figure(9.0, 4.2)
    ax = fig.add_subplot()
    ok = [p for p in points if finite(p["y"])]
    floor = min((p["y"] for p in ok), default=0.0)
    lines: dict = {}
    for p in ok:
        lines.setdefault(p["line"], []).append(p)
    for k, (line, pts) in enumerate(lines.items()):
        color = f"C{k % 10}"
        pts = sorted(pts, key=lambda p: p["x"])
        draw = ax.step if step else ax.plot
        kw = {"where": "post"} if step else {}
        draw([p["x"] for p in pts], [p["y"] for p in pts], color=color, alpha=0.6, label=line, **kw)
        for hollow in (False, True):
            sel = [p for p in pts if bool(p.get("hollow")) == hollow]
            if sel:
                sc = ax.scatter([p["x"] for p in sel], [p["y"] for p in sel], s=40, zorder=3,
                                facecolors="none" if hollow else color, edgecolors=color)
                sc.set_urls([f"#{p['anchor']}" for p in sel])
    bad = [p for p in points if not finite(p["y"]) and finite(p["x"])]
    if bad:
        sc = ax.scatter([p["x"] for p in bad], [floor] * len(bad), marker="x", color="red", s=50, zorder=3,
                        label="no optimum")
        sc.set_urls([f"#{p['anchor']}" for p in bad])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    fig.tight_layout()
    return fig
