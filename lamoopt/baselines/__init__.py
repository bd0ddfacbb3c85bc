"""Baselines for the paper's comparison: DGX-A100 and TPUv4 clusters, homogeneous 3D-DRAM
designs, the `compare` table and the A100 calibration against published measurements."""

from lamoopt.baselines.cluster import Baseline, cluster_baseline, problem_with_chiplets
from lamoopt.baselines.systems import CLUSTERS, DGX_A100, REFERENCE_KEY, TPU_V4

__all__ = ["Baseline", "cluster_baseline", "problem_with_chiplets", "CLUSTERS", "DGX_A100", "TPU_V4",
           "REFERENCE_KEY"]
