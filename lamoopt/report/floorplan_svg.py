"""The floorplan drawing: the interposer grid to scale, each chiplet with its type and role, each
serving instance outlined, its pipeline stages (the TP groups) outlined inside it, and the KV
transfer paths from prefill to decode drawn on the mesh.

The KV paths are the evaluator's: `costmodel.routes.kv_transfer_flows` (each prefill stage
sends the layers each decode stage holds, split over the TP ranks) routed by
`evaluate.network.xy_route` (columns first, then rows); a path's width is its share of one
prompt's KV cache. Nothing is simulated: the flows follow from the design alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import matplotlib
import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from scipy.ndimage import distance_transform_edt

from lamoopt.costmodel.routes import kv_transfer_flows
from lamoopt.design import Design
from lamoopt.evaluate import network as net
from lamoopt.report.figures_svg import drawing, new_figure

SCHEMATIC_FILL = 0.86          # chiplet side / pitch when the drawing is not to scale
RASTER_PER_SITE = 40           # outline resolution (pixels per site pitch)
KV_COLOR = "#c2185b"
TYPE_COLORS = ("#fdd9b5", "#cfe3f7", "#d8f0d2", "#eadcf5", "#f9f3c2", "#f6d0d0")
INSTANCE_CMAP = "Dark2"        # outlines: dark, apart from the pastel type fills
MARGIN = 0.04                  # drawing margin around the grid (pitches)


@dataclass(frozen=True)
class Scale:
    """Site pitch and chiplet footprints (mm); `to_scale` False draws a schematic (unit pitch)."""

    pitch_mm: float = 1.0
    side_mm: dict = field(default_factory=dict)
    to_scale: bool = False
    note: str = "schematic: not to scale"

    @classmethod
    def of_problem(cls, problem, source: str) -> Scale:
        """From an instance: the package's site pitch and each chiplet's square footprint
        (the thermal model's geometry, lamoopt.thermal.geometry)."""
        from lamoopt.thermal.geometry import geometry_from_problem
        geom, stacks = geometry_from_problem(problem)
        pitch = geom.pitch_m * 1e3
        sides = {name: st.side_m * 1e3 for name, st in stacks.items()}
        text = ", ".join(f"{n} {s:.1f} mm" for n, s in sides.items())
        return cls(pitch, sides, True, f"to scale (from {source}): site pitch {pitch:g} mm; chiplet sides {text}")

    def side(self, chiplet: str) -> float:
        return min(self.side_mm.get(chiplet, SCHEMATIC_FILL * self.pitch_mm), self.pitch_mm)


def kv_paths(design: Design) -> list[tuple[str, str, list[tuple[int, int]], float]]:
    """(prefill id, decode id, sites along the XY route, share of one prompt's KV) per flow."""
    out = []
    for p in design.by_role("prefill"):
        for d in design.by_role("decode"):
            if not (p.sites and d.sites):
                continue
            flows = kv_transfer_flows(p.layers_per_stage, net.stage_nodes(p), d.layers_per_stage, net.stage_nodes(d))
            for src, dst, share in flows:
                if src != dst:
                    out.append((p.id, d.id, [src] + [link[1] for link in net.xy_route(src, dst)], share))
    return out


def region_mask(cells: set, rows: int, cols: int, inset: float) -> np.ndarray:
    """Raster of the points of `cells` at least `inset` (in pitches) from every site outside
    them: the region a group outline follows. RASTER_PER_SITE pixels per site, plus a border of
    outside pixels all round (so an outline along the grid's edge closes)."""
    n = RASTER_PER_SITE
    inside = np.zeros((rows * n + 2, cols * n + 2), bool)
    for r, c in cells:
        inside[1 + r * n:1 + (r + 1) * n, 1 + c * n:1 + (c + 1) * n] = True
    return distance_transform_edt(inside) / n >= inset + 0.5 / n


def _outline(ax, cells: set, rows: int, cols: int, pitch: float, inset: float, **style) -> None:
    n = RASTER_PER_SITE
    x = (np.arange(cols * n + 2) - 0.5) / n * pitch     # pixel centres, the border included
    y = (np.arange(rows * n + 2) - 0.5) / n * pitch
    ax.contour(x, y, region_mask(cells, rows, cols, inset).astype(float), levels=[0.5], **style)


def _label_size(site_pt: float) -> float:
    """Chiplet label font size (pt) for a site drawn `site_pt` points wide."""
    return max(4.0, min(8.0, site_pt / 16.0))


@drawing
def floorplan_svg(design: Design, scale: Scale, width_in: float = 7.0):
    """The floorplan of a placed design (see the module docstring); x right, row 0 on top, mm."""
    rows, cols = design.grid_rows or 0, design.grid_cols or 0
    p = scale.pitch_mm
    legend_in = 0.25 * math.ceil((len(design.instances) + len({i.chiplet for i in design.instances}) + 2) / 3)
    fig = new_figure(width_in, width_in * rows / max(cols, 1) + legend_in)
    ax = fig.add_subplot()
    types = sorted({i.chiplet for i in design.instances})
    type_color = {t: TYPE_COLORS[k % len(TYPE_COLORS)] for k, t in enumerate(types)}
    inst_color = {i.id: matplotlib.colormaps[INSTANCE_CMAP](k % 8) for k, i in enumerate(design.instances)}
    fs = _label_size(width_in * 72 / max(cols, 1))
    used = {tuple(s) for i in design.instances for s in i.sites}
    for r in range(rows):
        for c in range(cols):
            ax.add_patch(Rectangle((c * p, r * p), p, p, fill=False, ec="#bbbbbb", lw=0.6, ls=":"))
            if (r, c) not in used:
                ax.text((c + 0.5) * p, (r + 0.5) * p, f"[{r},{c}]\nempty", ha="center", va="center",
                        fontsize=fs, color="#999999")
    gap = max(min((p - scale.side(t)) / 2 / p for t in types), 0.0) if types else 0.05
    for inst in design.instances:
        side = scale.side(inst.chiplet)
        for k, (r, c) in enumerate(inst.sites):
            x0, y0 = c * p + (p - side) / 2, r * p + (p - side) / 2
            ax.add_patch(Rectangle((x0, y0), side, side, fc=type_color[inst.chiplet], ec="#555555", lw=0.8))
            ax.text((c + 0.5) * p, (r + 0.5) * p,
                    f"{inst.chiplet} · {inst.role}\n{inst.id}\nstage {k // inst.tp} · rank {k % inst.tp}\n[{r},{c}]",
                    ha="center", va="center", fontsize=fs, linespacing=1.25)
        if not inst.sites:
            continue
        color = inst_color[inst.id]
        _outline(ax, {tuple(s) for s in inst.sites}, rows, cols, p, max(gap * 0.35, 0.01), colors=[color],
                 linewidths=2.4)
        for stage in net.stage_nodes(inst):
            _outline(ax, set(stage), rows, cols, p, gap + 0.06, colors=[color], linewidths=1.3,
                     linestyles="dashed")
    for k, (_, _, sites, share) in enumerate(kv_paths(design)):
        off = (0.28 + 0.05 * (k % 3)) * p
        xs = [c * p + p / 2 + off for _, c in sites]
        ys = [r * p + p / 2 + off for r, _ in sites]
        ax.plot(xs, ys, color=KV_COLOR, lw=0.8 + 4 * share, alpha=0.75, solid_capstyle="round")
        ax.annotate("", xy=(xs[-1], ys[-1]), xytext=(xs[-2], ys[-2]),
                    arrowprops={"arrowstyle": "-|>", "color": KV_COLOR, "lw": 0.8, "shrinkA": 0, "shrinkB": 0})
    ax.set_xlim(-MARGIN * p, (cols + MARGIN) * p)
    ax.set_ylim((rows + MARGIN) * p, -MARGIN * p)
    ax.set_aspect("equal")
    unit = "mm" if scale.to_scale else "site pitches"
    ax.set_xlabel(f"x ({unit})")
    ax.set_ylabel(f"y ({unit})")
    handles = [Patch(fc=type_color[t], ec="#555555", label=f"{t} chiplet") for t in types]
    handles += [Line2D([], [], color=inst_color[i.id], lw=2.4, label=f"{i.id} ({i.role}, TP{i.tp} PP{i.pp})")
                for i in design.instances if i.sites]
    handles += [Line2D([], [], color="#555555", lw=1.3, ls="--", label="pipeline stage (its TP group)"),
                Line2D([], [], color=KV_COLOR, lw=2.5, label="KV transfer prefill → decode (width: share)")]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=7, frameon=False)
    fig.tight_layout(rect=(0, legend_in / fig.get_figheight(), 1, 1))
    return fig
