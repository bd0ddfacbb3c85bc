"""The queue models behind the utilisation caps, against exact results and simulations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lamoopt.catalog import CHIPLETS
from lamoopt.costmodel.temperature import static_power_W
from lamoopt.formulation import power_pieces
from lamoopt.formulation.configs import effective_chip
from lamoopt.formulation.decode_slots import DecodeSlots, cdf_quantile
from lamoopt.formulation.prefill_queue import PrefillQueue
from lamoopt.instance.schema import ChipletType


def lindley_tandem_ttft(lam: float, stages_s: np.ndarray, n: int, seed: int) -> np.ndarray:
    """Sojourn times of a FIFO tandem with deterministic stage times, Poisson arrivals: stage by
    stage D_i = C_i + cummax(A_i - C_{i-1}) (C the cumulative service), exact per sample path."""
    rng = np.random.default_rng(seed)
    arrival = np.cumsum(rng.exponential(1.0 / lam, n))
    t = arrival
    for s in stages_s:
        c = np.arange(1, n + 1) * s
        t = c + np.maximum.accumulate(t - (c - s))
    return t - arrival


@pytest.mark.parametrize("rho", [0.3, 0.7, 0.9])
def test_prefill_ttft_quantile_matches_a_tandem_simulation(rho):
    """Batch 1, one prompt length: the model (M/D/1 wait at the slowest stage + all stage times,
    Friedman's reduction) against a 2-million-job sample path of the tandem itself; the lattice
    rounds up, so the model may only be high, by at most 2 % (plus sampling, 2 %)."""
    stages = np.array([0.10, 0.16, 0.12])
    q = PrefillQueue(1, np.array([stages.max()]), np.array([1.0]), np.array([stages.sum()]))
    lam = rho / stages.max()
    sim = float(np.percentile(lindley_tandem_ttft(lam, stages, 2_000_000, seed=3)[200_000:], 90))
    model = q.ttft_quantile_s(lam, 90.0)
    assert sim * 0.98 <= model <= sim * 1.04


def test_prefill_larger_batch_is_never_below_batch_one():
    one = PrefillQueue(1, np.array([0.1]), np.array([1.0]), np.array([0.3]))
    four = PrefillQueue(4, np.array([0.1]), np.array([1.0]), np.array([1.2]))
    for lam in (0.5, 3.0, 8.0):
        assert four.ttft_quantile_s(lam, 90) >= one.ttft_quantile_s(lam, 90)
    assert one.ttft_quantile_s(10.0, 90) == math.inf          # at saturation


def test_decode_chain_with_one_slot_is_the_m_m_1_queue():
    """b = 1, pp = 1: departures at 1 / (kv + steps * period) whatever the state: M/M/1, so
    P(N = 0) = 1 - rho and P(wait) = rho; an idle instance's TPOT is one period + kv / steps."""
    q = DecodeSlots(1, 1, np.array([0.0, 0.004]), steps=24.0, kv_s=0.01, pass_weight_J=1.0, token_J=0.1)
    mu = 1.0 / (0.01 + 24 * 0.004)
    assert q.capacity_req_per_s == pytest.approx(mu)
    pi, beyond = q.occupancy(0.6 * mu)
    assert pi[0] == pytest.approx(0.4) and pi[1] + beyond == pytest.approx(0.6)
    assert q.tpot_quantile_s(0.0, 90) == pytest.approx(0.004 + 0.01 / 24)
    # mean power: busy with one member whenever a request is there: (E_w + E_r) / period
    assert q.dynamic_W(0.6 * mu) == pytest.approx(0.6 * 1.1 / 0.004)


def test_decode_tpot_grows_with_load_and_a_smoother_stream_waits_less():
    q = DecodeSlots(4, 2, np.array([0.0, 3e-3, 3e-3, 3.5e-3, 3.5e-3]), steps=100.0, kv_s=5e-3,
                    pass_weight_J=2.0, token_J=0.2)
    mu = q.capacity_req_per_s
    tpots = [q.tpot_quantile_s(r * mu, 90) for r in (0.1, 0.5, 0.9, 0.98)]
    assert tpots == sorted(tpots)
    assert q.tpot_quantile_s(0.98 * mu, 90, wait_scale=0.2) < q.tpot_quantile_s(0.98 * mu, 90)


def test_cdf_quantile_finds_the_smallest_x():
    F = lambda x: min(max(x, 0.0), 1.0)   # noqa: E731  uniform on [0, 1]
    assert cdf_quantile(F, 0.0, 0.1, 90.0) == pytest.approx(0.9, rel=1e-5)


def test_power_line_is_above_the_curve_and_exact_at_its_end():
    rho = power_pieces.utilisation_grid(0.95)
    curve = 100.0 * (1.0 - np.exp(-3.0 * rho))              # concave, like a decode instance's
    (piece,) = power_pieces.pieces(rho, curve)
    line = piece.intercept_W + piece.slope_W * rho
    assert np.all(line >= curve - 1e-9)
    assert line[-1] == pytest.approx(curve[-1])
    assert piece.excess_W == pytest.approx(float((line - curve).max()))
    linear = power_pieces.pieces(rho, 50.0 * rho)[0]          # a linear curve: exact everywhere
    assert linear.intercept_W == pytest.approx(0.0, abs=1e-9) and linear.excess_W == pytest.approx(0.0, abs=1e-9)


def test_leakage_chord_bounds_the_law_from_above_between_its_ends():
    spec = ChipletType.model_validate(CHIPLETS["DC"])
    chip = effective_chip(spec, 0, ambient_C=45.0)
    pw, th = spec.power, spec.thermal
    for T in np.linspace(chip.leak_from_C, th.logic_temp_limit_C, 23):
        exact = float(static_power_W(T, th.dram_temp_limit_C, pw.static_W, pw.static_reference_C,
                                     pw.leakage_fraction_of_static, pw.leakage_increase_per_40K,
                                     pw.dram_refresh_W, th.dram_refresh_threshold_C))
        model = chip.base_static_W + chip.leakage_W(T)
        assert exact <= model + 1e-9
        assert model - exact <= 0.03 * pw.static_W * pw.leakage_fraction_of_static + 1e-9   # the stated bound
    assert chip.base_static_W + chip.leakage_W(th.logic_temp_limit_C) == pytest.approx(chip.static_W)


def test_moe_pass_energy_table_sums_the_slots_members_exactly():
    """k residents over a slots hold floor(k/a) or ceil(k/a) members each; with a per-m pass
    energy table (MoE: concave in m) the active slots' energy is the sum over the slots."""
    table = np.array([0.0, 2.0, 3.0, 3.5])        # e(1), e(2), e(3): concave
    q = DecodeSlots(batch=6, pp=2, period_s=np.full(7, 1e-3), steps=10.0, kv_s=0.0,
                    pass_weight_J=0.0, token_J=0.0, pass_J=table)
    k, a = np.array([5.0, 4.0, 1.0]), np.array([2.0, 2.0, 1.0])
    # 5 over 2 slots: 3 + 2 members; 4 over 2: 2 + 2; 1 over 1
    assert q.slots_pass_J(k, a) == pytest.approx([3.5 + 3.0, 3.0 + 3.0, 2.0])
    dense = DecodeSlots(batch=6, pp=2, period_s=np.full(7, 1e-3), steps=10.0, kv_s=0.0,
                        pass_weight_J=1.5, token_J=0.25)
    assert dense.slots_pass_J(k, a) == pytest.approx(a * 1.5 + k * 0.25)
