"""Heat-map PNG of the logic-layer temperature, with site outlines and per-site peaks."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from lamoopt.report.files import write_bytes_atomic  # noqa: E402
from lamoopt.thermal.geometry import PackageGeometry  # noqa: E402
from lamoopt.thermal.solver import ThermalResult  # noqa: E402

M_TO_MM = 1e3
PNG_DPI = 150


def _draw_sites(ax, result: ThermalResult, geom: PackageGeometry) -> None:
    """Site grid (dashed), footprints (solid) and a label per site: type, logic peak."""
    p = geom.pitch_m * M_TO_MM
    for r, c in geom.sites:
        ax.add_patch(Rectangle((c * p, r * p), p, p, fill=False, lw=0.6, ls="--", ec="white"))
        site = result.sites.get((r, c))
        if site is None:
            ax.text((c + 0.5) * p, (r + 0.5) * p, f"r{r}c{c}\nempty", ha="center",
                    va="center", fontsize=7, color="white")
            continue
        x0, y0, side = (v * M_TO_MM for v in result.footprints_m[(r, c)])
        ax.add_patch(Rectangle((x0, y0), side, side, fill=False, lw=1.0, ec="black"))
        ax.text((c + 0.5) * p, (r + 0.5) * p,
                f"r{r}c{c} {site.chiplet}\nlogic {site.logic_peak_C:.1f} C", ha="center",
                va="center", fontsize=7, color="black",
                bbox=dict(boxstyle="round,pad=0.2", fc="white", alpha=0.7, lw=0))


def write_heatmap_png(path: str | Path, result: ThermalResult, geom: PackageGeometry,
                      title: str) -> Path:
    """Plot result.logic_plane_C (row 0 at the bottom, as in the HotSpot floorplans)."""
    extent = (0.0, geom.width_m * M_TO_MM, 0.0, geom.depth_m * M_TO_MM)
    fig, ax = plt.subplots(figsize=(6.4, 5.4))
    try:
        im = ax.imshow(result.logic_plane_C, origin="lower", extent=extent, cmap="inferno",
                       interpolation="nearest")
        fig.colorbar(im, ax=ax, label="logic-layer temperature (C)")
        _draw_sites(ax, result, geom)
        ax.set_xlabel("x (mm)")
        ax.set_ylabel("y (mm)")
        ax.set_title(f"{title}\npeak {result.peak_C:.1f} C, ambient {geom.ambient_C:.1f} C",
                     fontsize=9)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=PNG_DPI, bbox_inches="tight")
    finally:
        plt.close(fig)
    return write_bytes_atomic(path, buf.getvalue())
