"""Thermal model of the 2.5D package: 3-D steady conduction, influence matrices, exports.

- geometry: Layer, ChipletStack, PackageGeometry, geometry_from_problem
- solver: build_thermal_model -> ThermalModel.solve(site_power) -> ThermalResult;
  solve_with_feedback (leakage/refresh fixed point), ThermalRunaway
- influence: influence_matrices (MILP resistance matrices), vertical_resistance_K_per_W
- hotspot: write_hotspot (HotSpot 6 grid-model inputs, run_hotspot.sh), read_steady_file, compare_sites
- heatmap: write_heatmap_png
- power: peak_power_split_W
"""

from lamoopt.thermal.geometry import (
    SPACER_CONDUCTIVITY_W_PER_MK,
    ChipletStack,
    Layer,
    PackageGeometry,
    geometry_from_problem,
    stack_from_chiplet,
)
from lamoopt.thermal.heatmap import write_heatmap_png
from lamoopt.thermal.hotspot import HotSpotFiles, write_hotspot
from lamoopt.thermal.influence import influence_matrices, vertical_resistance_K_per_W
from lamoopt.thermal.power import peak_power_split_W
from lamoopt.thermal.solver import (
    FeedbackSolution,
    SiteTemperature,
    ThermalError,
    ThermalModel,
    ThermalNotConverged,
    ThermalResult,
    ThermalRunaway,
    build_thermal_model,
    solve_with_feedback,
)

__all__ = [
    "Layer", "ChipletStack", "PackageGeometry", "geometry_from_problem", "stack_from_chiplet",
    "SPACER_CONDUCTIVITY_W_PER_MK",
    "ThermalModel", "ThermalResult", "SiteTemperature", "FeedbackSolution", "build_thermal_model",
    "solve_with_feedback", "ThermalError", "ThermalRunaway", "ThermalNotConverged",
    "influence_matrices", "vertical_resistance_K_per_W",
    "write_hotspot", "HotSpotFiles", "write_heatmap_png", "peak_power_split_W",
]
