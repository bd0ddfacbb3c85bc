"""Chiplet and device catalog, in the instance schema's `ChipletType` terms.

PC and DC are the LaMoSys3.5D chiplets (arXiv 2512.08731, Table of chiplet parameters):
PC 16x16 PEs x cores, 32 GB 4-high DRAM, 10.6 TB/s, 400 TFLOPS, 546 mm2, 438 W peak;
DC 32x8, 64 GB 8-high, 26.2 TB/s, 400 TFLOPS, 584 mm2, 638 W peak. Logic 7 nm at 800 MHz,
~0.7 pJ/bit DRAM access, AIB 2.0 D2D at 800 GB/s per chiplet.

Derived numbers (not published, reasoning given):
- compute_pJ_per_FLOP = 0.8: the paper's "~1 TFLOPS/W" is the whole chiplet; at peak the PC's
  438 W must also hold DRAM (10.6 TB/s x 8 x 0.7 pJ = 59 W) and static power, so compute
  can take at most ~0.9 pJ/FLOP; 0.8 leaves a static share of ~13% of peak.
- static_W + dram_refresh_W = peak - compute at peak - DRAM at peak - D2D at peak (the
  remainder of the published peak): PC 438 - 320 - 59.4 - 3.2 = 55.4 W; DC 638 - 320 - 146.7
  - 3.2 = 168.1 W (the DC has twice the DRAM dies and capacity: background power).
- dram_refresh_W: ~80 mW per GB below 85 C (estimate from JEDEC IDD5B-class refresh currents of
  8 Gb DRAM dies at 1.2 V): PC 32 GB -> 2.5 W, DC 64 GB -> 5.0 W; doubles per +10 C above 85 C.
- d2d_pJ_per_bit = 0.5: AIB 2.0 specification target (<= 0.5 pJ/bit).
- sram_MB = 128: not published; ~20% of a 550 mm2 7 nm die at ~1 MB/mm2 of SRAM macros.
- cost_usd: lamoopt.chipdesign.cost on the paper's designs (lamoopt.chipdesign.template
  PAPER_DESIGNS; tests/chipdesign check these numbers against the model). Per chiplet, the
  cost of a good DRAM-on-logic stack plus its micro-bumps, amortised over assembly of the
  reference 9-chiplet package (attach yield 0.95 per chiplet, substrate 0.99: / 0.624):
    PC: 7 nm logic die 546 mm2, 91 dies/wafer, Y = 0.619 -> $166.6 tested ($9,346 wafer, CSET);
        4 DRAM dies 546 mm2, Y = 0.687 -> $59.1 each ($3,677 wafer); 4 hybrid bonds $5.5 each;
        stack yield 0.994 x (0.995 x 0.95)^4 = 0.795 -> $536 per good stack; + $5.5 micro-bumps;
        / 0.624 -> $868.
    DC: logic 584 mm2, 84 dies/wafer, Y = 0.599 -> $186.1; 8 DRAM dies 584 mm2 $65.6 each;
        8 bonds $5.8 each; stack yield 0.634 -> $1,198 per good stack; -> $1,929.
  The interposer and substrate are package constants, not in cost_usd
  (lamoopt.chipdesign.cost.package_cost).
- Thermal stacks and temperature limits: lamoopt.catalog.stacks (shared with the chiplet
  template, lamoopt.chipdesign).
"""

from lamoopt.catalog.stacks import DRAM_ON_LOGIC_THERMAL_LIMITS as _3D_THERMAL_LIMITS
from lamoopt.catalog.stacks import dram_on_logic_stack

CHIPLETS: dict[str, dict] = {
    "PC": dict(
        name="PC", roles=["prefill", "decode"], compute_TFLOPS=400.0,
        dram_bandwidth_GBps=10600.0, dram_capacity_GB=32.0, dram_layers=4, sram_MB=128.0,
        d2d_ports=4, d2d_bandwidth_GBps=800.0, area_mm2=546.0, cost_usd=868.0,
        power=dict(static_W=52.9, dram_refresh_W=2.5, compute_pJ_per_FLOP=0.8, dram_pJ_per_bit=0.7,
                   d2d_pJ_per_bit=0.5, peak_W=438.0),
        thermal=dict(stack=dram_on_logic_stack(4), **_3D_THERMAL_LIMITS),
    ),
    "DC": dict(
        name="DC", roles=["prefill", "decode"], compute_TFLOPS=400.0,
        dram_bandwidth_GBps=26200.0, dram_capacity_GB=64.0, dram_layers=8, sram_MB=128.0,
        d2d_ports=4, d2d_bandwidth_GBps=800.0, area_mm2=584.0, cost_usd=1929.0,
        power=dict(static_W=163.1, dram_refresh_W=5.0, compute_pJ_per_FLOP=0.8, dram_pJ_per_bit=0.7,
                   d2d_pJ_per_bit=0.5, peak_W=638.0),
        thermal=dict(stack=dram_on_logic_stack(8), **_3D_THERMAL_LIMITS),
    ),
    # NVIDIA A100 80GB SXM datasheet: 312 TFLOPS dense FP16 tensor, 2039 GB/s HBM2e, 80 GB,
    # 400 W max TDP, NVLink 600 GB/s; die 826 mm2 (GA100). HBM2 access ~3.9 pJ/bit
    # (O'Connor et al., MICRO'17). Static 60 W: measured A100 idle power is 50-60 W.
    # compute_pJ_per_FLOP 0.865: (400 W - 60 W - 2039 GB/s x 8 x 3.9 pJ - NVLink 6 W) / 312 TFLOPS.
    # Correction (issue 6): "80GB" is 80 GiB = 85.9 GB (nvidia-smi reports 81920 MiB total on an
    # A100-SXM4-80GB); the schema's GB are decimal like every other size.
    "A100-80GB": dict(
        name="A100-80GB", roles=["prefill", "decode"], compute_TFLOPS=312.0,
        dram_bandwidth_GBps=2039.0, dram_capacity_GB=80 * 2**30 / 1e9, dram_layers=8, sram_MB=40.0,
        d2d_ports=12, d2d_bandwidth_GBps=600.0, area_mm2=826.0, cost_usd=0.0,
        power=dict(static_W=60.0, compute_pJ_per_FLOP=0.865, dram_pJ_per_bit=3.9,
                   d2d_pJ_per_bit=1.3, peak_W=400.0),
        thermal=dict(stack=[dict(name="die", thickness_um=775.0, conductivity_W_per_mK=120.0,
                                 heat_source="logic")],
                     logic_temp_limit_C=92.0, dram_temp_limit_C=95.0,
                     dram_refresh_threshold_C=85.0),
    ),
    # Google TPU v4 (Jouppi et al., ISCA'23, Table 1): 275 TFLOPS bf16, 32 GiB HBM2 at
    # 1200 GB/s, 192 W max (170 W mean); 6 ICI links x 50 GB/s. Die "< 600 mm2": 400 mm2 assumed.
    # Static 40 W assumed (~20% of max); compute_pJ_per_FLOP 0.4: (192 - 40 - 1200 GB/s x 8 x
    # 3.9 pJ) / 275 TFLOPS ~ 0.4.
    # Correction (issue 6): capacity 32 GiB = 34.36 GB, not 32 GB: the schema's GB are decimal
    # and Cloud TPU's v4 page (docs.cloud.google.com/tpu/docs/v4, "HBM2 capacity and bandwidth
    # 32 GiB, 1200 GBps"; "Measured min/mean/max power 90/170/192 W") gives GiB.
    "TPUv4": dict(
        name="TPUv4", roles=["prefill", "decode"], compute_TFLOPS=275.0,
        dram_bandwidth_GBps=1200.0, dram_capacity_GB=32 * 2**30 / 1e9, dram_layers=4, sram_MB=160.0,
        d2d_ports=6, d2d_bandwidth_GBps=300.0, area_mm2=400.0, cost_usd=0.0,
        power=dict(static_W=40.0, compute_pJ_per_FLOP=0.4, dram_pJ_per_bit=3.9,
                   d2d_pJ_per_bit=1.3, peak_W=192.0),
        thermal=dict(stack=[dict(name="die", thickness_um=775.0, conductivity_W_per_mK=120.0,
                                 heat_source="logic")],
                     logic_temp_limit_C=95.0, dram_temp_limit_C=95.0,
                     dram_refresh_threshold_C=85.0),
    ),
}

# Device kinds that are baselines (separate packages, not interposer chiplets).
BASELINE_DEVICES = ("A100-80GB", "TPUv4")
