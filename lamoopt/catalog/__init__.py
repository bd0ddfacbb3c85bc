"""Catalogs of models, chiplets/devices and workloads, each entry with its source."""

from lamoopt.catalog.chiplets import BASELINE_DEVICES, CHIPLETS
from lamoopt.catalog.models import MODELS, PUBLISHED_ACTIVE_PARAMS_B, PUBLISHED_PARAMS_B
from lamoopt.catalog.workloads import PAPER_RATES_REQ_PER_S, WORKLOADS

__all__ = ["CHIPLETS", "BASELINE_DEVICES", "MODELS", "PUBLISHED_PARAMS_B", "PUBLISHED_ACTIVE_PARAMS_B", "WORKLOADS",
           "PAPER_RATES_REQ_PER_S"]
