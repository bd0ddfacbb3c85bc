"""Energy per operation (J) from FLOPs and bytes: compute, DRAM, D2D (bytes x hops)."""

from __future__ import annotations

import numpy as np

PJ = 1e-12


def compute_energy_J(flops, pJ_per_FLOP):
    return np.asarray(flops, float) * pJ_per_FLOP * PJ


def dram_energy_J(dram_bytes, pJ_per_bit):
    return np.asarray(dram_bytes, float) * 8.0 * pJ_per_bit * PJ


def d2d_energy_J(bytes_moved, pJ_per_bit_per_hop, hops=1):
    """Each byte pays the link energy on every hop it crosses."""
    return np.asarray(bytes_moved, float) * 8.0 * pJ_per_bit_per_hop * PJ * np.asarray(hops, float)
