"""Number formats: bytes per element, and the precision (hence the compute rate) a matmul runs at.

Storage (bytes per element): fp32 4, fp16/bf16 2, fp8 (E4M3/E5M2) and int8 1, int4 0.5 (two
values per byte; per-group scales, ~1-3 % extra for group size 128 at FP16 scales, neglected).

Compute precision of the matmuls, decided by the weight format (the common serving kernels):
- fp16 / bf16 weights: FP16/BF16 tensor math, the chiplet's base `compute_TFLOPS`
  (FP16 and BF16 peak rates are equal on A100, H100 and TPU-class hardware).
- fp8 weights: W8A8 FP8 -- activations are quantised to FP8 on the fly and the GEMM runs on
  FP8 tensor units (e.g. FP8 inference in vLLM / TensorRT-LLM on H100): the chiplet's `fp8` rate.
- int8 weights: W8A8 INT8 (SmoothQuant-style, activations quantised to INT8): the `int8` rate.
- int4 weights: W4A16 weight-only quantisation (AWQ / GPTQ kernels dequantise the weights to
  FP16 in registers): FP16 compute. INT4 saves DRAM bytes, not FLOP time.
A chiplet that lists no rate for the chosen precision runs it at its FP16 rate and energy
(the values are dequantised to FP16): conservative for speed.

One precision per model: attention (QK^T, AV) runs at the matmul precision too, whatever the
KV-cache format. Error: with FP8 weights but an FP16 KV cache, attention FLOPs are timed at the
FP8 rate although FlashAttention would run them in FP16; only compute-bound attention (long
prefill) is affected, by at most its share of the prefill FLOPs.
"""

from __future__ import annotations

# Bytes per element of each named format (module docstring).
DTYPE_BYTES: dict[str, float] = {"fp32": 4.0, "fp16": 2.0, "bf16": 2.0, "fp8": 1.0, "int8": 1.0,
                                 "int4": 0.5}
# Hugging Face torch_dtype names -> the formats above.
TORCH_DTYPE_FORMAT: dict[str, str] = {"float32": "fp32", "float16": "fp16", "bfloat16": "bf16",
                                      "float8": "fp8", "int8": "int8"}
BASE_PRECISION = "fp16"  # the precision of ChipletType.compute_TFLOPS and power.compute_pJ_per_FLOP
# The precision a weight format's matmuls run at (module docstring).
MATMUL_PRECISION: dict[str, str] = {"fp32": BASE_PRECISION, "fp16": BASE_PRECISION,
                                    "bf16": BASE_PRECISION, "fp8": "fp8", "int8": "int8",
                                    "int4": BASE_PRECISION}


def matmul_precision(weight_format: str | None) -> str:
    """The compute precision of a model whose weights are stored as `weight_format` (None: the
    weights were given in bytes only, which says nothing about the math: FP16)."""
    return BASE_PRECISION if weight_format is None else MATMUL_PRECISION[weight_format]


def compute_rate(base_TFLOPS: float, base_pJ_per_FLOP: float, rates: dict[str, tuple[float, float]],
                 precision: str) -> tuple[float, float]:
    """(peak TFLOPS, pJ per FLOP) of a chiplet at `precision`: its base (FP16) figures, or the
    (TFLOPS, pJ/FLOP) it lists for that precision in `rates`; a precision it does not list runs
    at the base figures (module docstring)."""
    if precision == BASE_PRECISION or precision not in rates:
        return base_TFLOPS, base_pJ_per_FLOP
    return rates[precision]
