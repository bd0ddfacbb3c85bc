"""Temperature dependence of leakage and DRAM (shared by the MILP's bounds and the evaluator).

- Logic leakage rises ~20% from 65 C to 105 C (LaMoSys3.5D paper); modelled as exponential
  in T: leak(T) = leak(T_ref) * (1 + r)^((T - T_ref) / 40 K).
- DRAM retention is 64 ms below 85 C and halves every +10 C above (JEDEC; paper), so refresh
  rate, refresh power and the refresh share of DRAM time double every +10 C above the
  threshold (step-wise, as DRAM controllers switch refresh mode in 10 K steps).
- Refresh time share at the base rate: tRFC / tREFI = 350 ns / 7.8 us = 4.5% (DDR4/HBM2 8 Gb
  dies, JEDEC JESD79-4 / JESD235); usable bandwidth is (1 - share).
"""

from __future__ import annotations

import numpy as np

BASE_REFRESH_TIME_SHARE = 350e-9 / 7.8e-6  # tRFC / tREFI, see module docstring


def leakage_factor(T_C, T_ref_C: float, increase_per_40K: float):
    """Multiplier on leakage power at T relative to T_ref."""
    return np.power(1.0 + increase_per_40K, (np.asarray(T_C, float) - T_ref_C) / 40.0)


def refresh_multiplier(T_C, threshold_C: float):
    """Refresh-rate multiplier: 1 below the threshold, doubling per started 10 K above it."""
    excess = np.asarray(T_C, float) - threshold_C
    steps = np.where(excess > 0, np.ceil(excess / 10.0), 0.0)
    return np.power(2.0, steps)


def usable_bandwidth_factor(T_C, threshold_C: float):
    """Share of DRAM bandwidth left after refresh at T, relative to below the threshold."""
    share = BASE_REFRESH_TIME_SHARE * refresh_multiplier(T_C, threshold_C)
    return (1.0 - np.minimum(share, 0.99)) / (1.0 - BASE_REFRESH_TIME_SHARE)


def static_power_W(T_logic_C, T_dram_C, static_W: float, T_ref_C: float, leakage_fraction: float,
                   increase_per_40K: float, refresh_W: float, refresh_threshold_C: float):
    """Static power at temperature: non-leakage part + leakage(T_logic) + refresh(T_dram)."""
    leak = static_W * leakage_fraction * leakage_factor(T_logic_C, T_ref_C, increase_per_40K)
    fixed = static_W * (1.0 - leakage_fraction)
    return fixed + leak + refresh_W * refresh_multiplier(T_dram_C, refresh_threshold_C)


