"""The instance file schema (pydantic v2, strict).

Every model forbids unknown keys and is frozen; every quantity carries its unit in its
name; every field has a description, which `lamoopt schema` exports as JSON Schema.
Semantic checks that need more than one field live in `lamoopt.instance.checks`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from lamoopt.costmodel.precision import DTYPE_BYTES

PosFloat = Annotated[float, Field(gt=0, allow_inf_nan=False)]
NonNegFloat = Annotated[float, Field(ge=0, allow_inf_nan=False)]
# Integers above 2**53 are not exactly representable as floats (and overflow float arithmetic).
PosInt = Annotated[int, Field(gt=0, le=2**53)]
Fraction = Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)]


class Strict(BaseModel):
    """Base: unknown keys rejected, values immutable, no silent coercion of str -> number."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False,
                              use_attribute_docstrings=True)


# --------------------------------------------------------------------------- model
class HFConfig(Strict):
    """A decoder-only transformer, dense or mixture-of-experts, in Hugging Face `config.json`
    terms (the expert keys of Mixtral, Qwen2/Qwen3-MoE and DeepSeek-V2). A config.json given by
    `config_path` may hold more keys: lamoopt.instance.hf_fields says which are accepted."""

    hidden_size: PosInt
    """Model width h."""
    num_hidden_layers: PosInt
    """Number of decoder layers."""
    num_attention_heads: PosInt
    """Query heads n_h."""
    num_key_value_heads: PosInt | None = None
    """KV heads n_kv (GQA); defaults to num_attention_heads (MHA)."""
    intermediate_size: PosInt
    """FFN width f."""
    vocab_size: PosInt
    """Vocabulary size (embedding and LM-head rows)."""
    torch_dtype: Literal["float16", "bfloat16", "float32", "float8", "int8"] = "float16"
    """Stored weight type; sets the default weight precision."""
    head_dim: PosInt | None = None
    """Per-head dimension; defaults to hidden_size / num_attention_heads."""
    gated_ffn: bool = True
    """True for SwiGLU-style FFNs (3 matrices), False for a classic 2-matrix MLP (GPT-3)."""
    tie_word_embeddings: bool = False
    """True when the LM head shares the embedding matrix."""
    num_local_experts: PosInt | None = None
    """Routed experts per MoE layer E (Mixtral's key)."""
    num_experts: PosInt | None = None
    """Routed experts per MoE layer E (Qwen2/Qwen3-MoE's key)."""
    n_routed_experts: PosInt | None = None
    """Routed experts per MoE layer E (DeepSeek-V2's key)."""
    num_experts_per_tok: PosInt | None = None
    """Experts each token is routed to, k (top-k)."""
    moe_intermediate_size: PosInt | None = None
    """Width of one routed expert (Qwen-MoE, DeepSeek-V2); Mixtral's experts are intermediate_size wide."""
    n_shared_experts: Annotated[int, Field(ge=0, le=2**53)] | None = None
    """Shared experts every token runs, each moe_intermediate_size wide (DeepSeek-V2)."""
    shared_expert_intermediate_size: Annotated[int, Field(ge=0, le=2**53)] | None = None
    """Width of the one shared expert (Qwen2-MoE; 0 or absent: none)."""
    decoder_sparse_step: PosInt | None = None
    """Layer i is MoE only if (i + 1) % decoder_sparse_step == 0 (Qwen-MoE; default 1)."""
    mlp_only_layers: list[Annotated[int, Field(ge=0)]] | None = None
    """Layers that keep a dense FFN (Qwen-MoE)."""
    first_k_dense_replace: Annotated[int, Field(ge=0, le=2**53)] | None = None
    """The first k layers keep a dense FFN (DeepSeek-V2)."""
    moe_layer_freq: PosInt | None = None
    """Layer i is MoE only if i % moe_layer_freq == 0 (DeepSeek-V2; default 1)."""

    @model_validator(mode="after")
    def _experts_consistent(self) -> HFConfig:
        given = [k for k in ("num_local_experts", "num_experts", "n_routed_experts") if getattr(self, k)]
        if len(given) > 1:
            raise ValueError(f"give the number of routed experts once (got {given})")
        k = self.num_experts_per_tok
        if given and k is None:
            raise ValueError(f"{given[0]} needs num_experts_per_tok (top-k)")
        if given and k > getattr(self, given[0]):
            raise ValueError(f"num_experts_per_tok = {k} exceeds {given[0]} = {getattr(self, given[0])}")
        if self.n_shared_experts and self.shared_expert_intermediate_size:
            raise ValueError("give shared experts as n_shared_experts (DeepSeek) or "
                             "shared_expert_intermediate_size (Qwen2-MoE), not both")
        moe_only = [f for f in ("num_experts_per_tok", "moe_intermediate_size", "n_shared_experts",
                                "shared_expert_intermediate_size") if getattr(self, f)]
        if moe_only and not given:
            raise ValueError(f"{moe_only} need a number of routed experts "
                             f"(num_local_experts, num_experts or n_routed_experts)")
        if any(i >= self.num_hidden_layers for i in self.mlp_only_layers or ()):
            raise ValueError(f"mlp_only_layers must index layers 0..{self.num_hidden_layers - 1}")
        return self


# Weight and KV-cache formats by name (bytes per element and matmul precision:
# lamoopt.costmodel.precision).
DtypeName = Literal["fp16", "bf16", "fp8", "int8", "int4"]


class ModelSpec(Strict):
    """The LLM: exactly one of `catalog`, `config` or `config_path`, plus precisions."""

    catalog: str | None = None
    """Name of a catalog model (see `lamoopt catalog models`)."""
    config: HFConfig | None = None
    """The architecture inline, in Hugging Face config.json terms."""
    config_path: str | None = None
    """Path to a Hugging Face config.json (relative paths are relative to the instance file)."""
    name: str | None = None
    """Display name (defaults to the catalog name or the file name)."""
    weight_dtype: DtypeName | None = None
    """Weight format by name: sets weight_bytes (fp16/bf16 2, fp8/int8 1, int4 0.5) and the
    precision the matmuls run at on a chiplet's `precisions` rates: fp8 and int8 are W8A8 (FP8 /
    INT8 rate), int4 is weight-only (dequantised, FP16 rate), fp16/bf16 the base rate."""
    weight_bytes: PosFloat | None = None
    """Bytes per weight; default from weight_dtype, else from torch_dtype (2 for float16/bfloat16).
    Given without weight_dtype, the matmuls run at the FP16 rate."""
    kv_dtype: DtypeName | None = None
    """KV-cache format by name (sets kv_bytes)."""
    kv_bytes: PosFloat | None = None
    """Bytes per KV-cache element; default from kv_dtype, else the weights' bytes."""
    activation_bytes: PosFloat = 2.0
    """Bytes per activation element moved between chiplets (FP16)."""

    @model_validator(mode="after")
    def _exactly_one_source(self) -> ModelSpec:
        given = [k for k in ("catalog", "config", "config_path") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                f"give exactly one of 'catalog', 'config' or 'config_path' (got {given or 'none'})")
        for name, size in (("weight", self.weight_bytes), ("kv", self.kv_bytes)):
            dtype = getattr(self, f"{name}_dtype")
            if dtype is not None and size is not None and size != DTYPE_BYTES[dtype]:
                raise ValueError(f"{name}_bytes = {size:g} contradicts {name}_dtype {dtype!r} "
                                 f"({DTYPE_BYTES[dtype]:g} bytes); give one of them")
        return self


# --------------------------------------------------------------------------- workload
class HistogramBin(Strict):
    """One bin of a joint length histogram."""

    input_tokens: PosInt
    """Prompt length of the bin."""
    output_tokens: PosInt
    """Generated length of the bin."""
    weight: PosFloat
    """Relative frequency (normalised over bins)."""


class Lengths(Strict):
    """Input/output lengths: exactly one of the mean pair, `histogram` or `trace_csv`."""

    input_tokens_mean: PosFloat | None = None
    """Mean prompt length (deterministic lengths when no histogram/trace is given)."""
    output_tokens_mean: PosFloat | None = None
    """Mean generated length."""
    histogram: list[HistogramBin] | None = Field(default=None, min_length=1)
    """Joint histogram of (input, output) lengths."""
    trace_csv: str | None = None
    """Azure LLM inference trace CSV (TIMESTAMP, ContextTokens, GeneratedTokens)."""

    @model_validator(mode="after")
    def _exactly_one(self) -> Lengths:
        mean = self.input_tokens_mean is not None or self.output_tokens_mean is not None
        if mean and (self.input_tokens_mean is None or self.output_tokens_mean is None):
            raise ValueError("give both 'input_tokens_mean' and 'output_tokens_mean'")
        n = sum([mean, self.histogram is not None, self.trace_csv is not None])
        if n != 1:
            raise ValueError("give exactly one of the mean pair, 'histogram' or 'trace_csv'")
        return self


class Targets(Strict):
    """Service-level targets."""

    ttft_ms: PosFloat
    """Time-to-first-token target."""
    tpot_ms: PosFloat
    """Time-per-output-token (time between tokens) target."""
    percentile: Annotated[float, Field(ge=50, lt=100)] = 90.0
    """Percentile at which both targets must hold (e.g. 90 for p90)."""


class Workload(Strict):
    """The request stream."""

    catalog: str | None = None
    """Catalog workload this was derived from (informational; see `lamoopt catalog workloads`)."""
    arrival_rate_req_per_s: PosFloat | Annotated[list[PosFloat], Field(min_length=1)]
    """Poisson arrival rate; a list means the design must meet the targets at every rate
    (the highest binds) and metrics are reported at the highest."""
    lengths: Lengths
    """Prompt and generation lengths."""
    targets: Targets
    """TTFT/TPOT targets."""
    num_requests: PosInt = 200
    """Requests simulated by the evaluator (the paper uses 200-request traces)."""
    prefix_cache_hit_rate: Annotated[float, Field(ge=0, lt=1, allow_inf_nan=False)] = 0.0
    """Fraction of every prompt's tokens whose KV cache a prefix cache already holds (a shared
    prefix): prefill computes only the other tokens but attends over the whole prompt, and the
    whole prompt's KV still moves to decode (lamoopt.costmodel.passes). 0: no prefix cache."""


# --------------------------------------------------------------------------- chiplets
class StackLayer(Strict):
    """One layer of a chiplet's vertical stack, listed bottom (interposer side) to top."""

    name: str
    """Layer name (e.g. 'logic', 'bond', 'dram0')."""
    thickness_um: PosFloat
    """Thickness."""
    conductivity_W_per_mK: PosFloat
    """Thermal conductivity."""
    heat_capacity_J_per_m3K: PosFloat = 1.75e6
    """Volumetric heat capacity (silicon ~1.75e6)."""
    heat_source: Literal["logic", "dram", "none"] = "none"
    """Which power this layer dissipates: the logic die's, a share of the DRAM's, or none."""


class ChipletThermal(Strict):
    """Thermal data of a chiplet type."""

    stack: list[StackLayer] = Field(min_length=1)
    """Vertical layer stack, bottom (interposer side) to top (cold-plate side)."""
    logic_temp_limit_C: PosFloat
    """Maximum logic junction temperature."""
    dram_temp_limit_C: PosFloat
    """Maximum DRAM temperature (extended range with doubled refresh)."""
    dram_refresh_threshold_C: PosFloat = 85.0
    """Above this DRAM retention halves every +10 C, so refresh doubles (JEDEC)."""


class ChipletPower(Strict):
    """Power model of a chiplet type."""

    static_W: NonNegFloat
    """Static (leakage + clock tree + DRAM background) power at the reference temperature."""
    static_reference_C: float = 65.0
    """Temperature at which static_W holds."""
    leakage_fraction_of_static: Fraction = 0.5
    """Share of static_W that is temperature-dependent logic leakage."""
    leakage_increase_per_40K: NonNegFloat = 0.20
    """Relative leakage increase over +40 K (paper: ~20% from 65 to 105 C)."""
    compute_pJ_per_FLOP: PosFloat
    """Energy per FLOP (~1 TFLOPS/W => 1 pJ/FLOP)."""
    dram_pJ_per_bit: PosFloat
    """DRAM access energy."""
    d2d_pJ_per_bit: PosFloat
    """D2D PHY energy per bit per hop."""
    dram_refresh_W: NonNegFloat = 0.0
    """DRAM refresh power below the refresh threshold (doubles every +10 C above it)."""
    peak_W: PosFloat
    """Maximum design power (used for budget-style accounting)."""


class PrecisionRate(Strict):
    """Peak compute and its energy at one reduced precision."""

    compute_TFLOPS: PosFloat
    """Peak dense compute at this precision (TOPS for integer formats)."""
    compute_pJ_per_FLOP: PosFloat
    """Energy per operation at this precision."""


class ChipletPrecisions(Strict):
    """Reduced-precision rates of a chiplet type (its FP16/BF16 rate is compute_TFLOPS)."""

    fp8: PrecisionRate | None = None
    """FP8 (E4M3/E5M2) tensor rate: used by models with weight_dtype fp8 (W8A8)."""
    int8: PrecisionRate | None = None
    """INT8 tensor rate: used by models with weight_dtype int8 (W8A8)."""


class ChipletType(Strict):
    """A chiplet type of the catalog."""

    name: str
    """Unique name."""
    roles: list[Literal["prefill", "decode"]] = Field(default=["prefill", "decode"], min_length=1)
    """Roles this type may take."""
    compute_TFLOPS: PosFloat
    """Peak dense FP16 compute."""
    precisions: ChipletPrecisions | None = None
    """Optional FP8 / INT8 rates; a model computing at a precision not listed here runs at the
    FP16 rate and energy (lamoopt.costmodel.precision)."""
    dram_bandwidth_GBps: PosFloat
    """Peak stacked-DRAM bandwidth."""
    dram_capacity_GB: PosFloat
    """Stacked-DRAM capacity."""
    dram_layers: PosInt
    """Number of stacked DRAM dies."""
    sram_MB: PosFloat
    """On-logic-die SRAM."""
    d2d_ports: PosInt = 4
    """D2D PHYs (one per edge on a mesh)."""
    d2d_bandwidth_GBps: PosFloat
    """Aggregate D2D bandwidth of the chiplet (all ports)."""
    compute_efficiency: Fraction = 0.8
    """Achievable share of peak compute on large GEMMs."""
    bandwidth_efficiency: Fraction = 0.85
    """Achievable share of peak DRAM bandwidth on streaming reads."""
    area_mm2: PosFloat
    """Die area (footprint on the interposer)."""
    cost_usd: NonNegFloat = 0.0
    """Unit cost (for the cost objectives and cost limits)."""
    nre_usd: NonNegFloat = 0.0
    """One-time cost of making this type at all (design, masks, tape-out): charged once if the
    design uses the type, spread over package.production_volume_packages."""
    max_count: PosInt | None = None
    """Optional cap on the number of chiplets of this type."""
    power: ChipletPower
    """Power model."""
    thermal: ChipletThermal
    """Thermal data."""


# --------------------------------------------------------------------------- chiplet template
LogicNode = Literal["5nm", "7nm", "12nm"]


class ChipletDesign(Strict):
    """The parameters of a DRAM-on-logic chiplet (lamoopt.chipdesign.template turns them into a
    ChipletType: compute, bandwidth, area, power, thermal stack and unit cost). The defaults are
    the paper's PC; its DC is cores 8, pes_per_core 32, dram_layers 8, dram_pin_rate_Gbps 6.4."""

    roles: list[Literal["prefill", "decode"]] = Field(default=["prefill", "decode"], min_length=1)
    """Roles the generated chiplet may take."""
    logic_node: LogicNode = "7nm"
    """Process node of the logic die (wafer price, defect density, area and energy scaling)."""
    cores: PosInt = 16
    """Cores on the logic die."""
    pes_per_core: PosInt = 16
    """Processing elements per core."""
    macs_per_pe: PosInt = 1024
    """FP16 multiply-accumulate units per PE (32 x 32 array)."""
    clock_GHz: Annotated[float, Field(gt=0, le=5, allow_inf_nan=False)] = 0.8
    """Logic clock."""
    sram_MB: PosFloat = 128.0
    """On-die SRAM."""
    dram_layers: Annotated[int, Field(ge=1, le=16)] = 4
    """Stacked DRAM dies (the thermal stack follows)."""
    dram_capacity_per_layer_GB: PosFloat = 8.0
    """Capacity of one DRAM die."""
    dram_channels_per_layer: PosInt = 32
    """Independent DRAM channels per die, each with its own TSV/bond data bus."""
    dram_channel_width_bits: PosInt = 128
    """Data bits per channel."""
    dram_pin_rate_Gbps: Annotated[float, Field(gt=0, le=32, allow_inf_nan=False)] = 5.2
    """Data rate per bit line of the TSV bus."""
    d2d_ports: PosInt = 4
    """D2D PHYs (one per edge on a mesh)."""
    d2d_port_bandwidth_GBps: PosFloat = 200.0
    """Bandwidth of one D2D port."""
    max_count: PosInt | None = None
    """Optional cap on the number of chiplets of each generated type."""


class ChipletTemplate(Strict):
    """A chiplet template: a base design and ranges of parameters to expand over. Every
    combination of the ranges' values (their Cartesian product) becomes one chiplet type named
    after its parameters."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.\-]+$")
    """Name prefix of the generated chiplet types."""
    description: str = ""
    """Free text."""
    base: ChipletDesign = ChipletDesign()
    """Parameters shared by every generated chiplet (defaults: the paper's PC)."""
    ranges: dict[str, Annotated[list[int | float | str], Field(min_length=1)]] = Field(default_factory=dict)
    """Parameter name -> the values to try (any field of `base` except roles and max_count),
    e.g. {"dram_layers": [4, 8, 12], "clock_GHz": [0.8, 1.0]}."""


class ChipletTemplateRef(Strict):
    """An instance's chiplet template: a template file or an inline template, optionally with
    ranges that replace the template's own."""

    path: str | None = None
    """Template JSON file (relative paths are relative to the instance file)."""
    template: ChipletTemplate | None = None
    """The template inline."""
    ranges: dict[str, Annotated[list[int | float | str], Field(min_length=1)]] | None = None
    """Ranges replacing the template's (same form as ChipletTemplate.ranges)."""

    @model_validator(mode="after")
    def _exactly_one(self) -> ChipletTemplateRef:
        if (self.path is None) == (self.template is None):
            raise ValueError("give exactly one of 'path' or 'template'")
        return self


# --------------------------------------------------------------------------- package
class PackageLayer(Strict):
    """A layer spanning the whole package (interposer, TIM, lid...)."""

    name: str
    """Layer name."""
    thickness_um: PosFloat
    """Thickness."""
    conductivity_W_per_mK: PosFloat
    """Thermal conductivity."""
    heat_capacity_J_per_m3K: PosFloat = 1.75e6
    """Volumetric heat capacity."""


class Cooling(Strict):
    """Heat removal from the top of the package (cold plate) and the bottom (board)."""

    kind: Literal["liquid_cold_plate", "air_heatsink"] = "liquid_cold_plate"
    """Cooling technology (informational)."""
    top_heat_transfer_W_per_m2K: PosFloat
    """Effective heat-transfer coefficient from the lid top to the coolant/ambient."""
    bottom_heat_transfer_W_per_m2K: NonNegFloat = 0.0
    """Secondary path from the interposer bottom through substrate and board (0 = adiabatic)."""


class Package(Strict):
    """The 2.5D interposer, its links, cooling and limits."""

    grid_rows: PosInt
    """Rows of chiplet sites."""
    grid_cols: PosInt
    """Columns of chiplet sites."""
    site_pitch_mm: PosFloat
    """Centre-to-centre distance of sites."""
    link_bandwidth_GBps: PosFloat
    """Bandwidth of one D2D link between neighbouring sites, one direction."""
    link_latency_ns: NonNegFloat
    """Latency per hop."""
    link_energy_pJ_per_bit: PosFloat
    """Energy per bit per hop (PHY + interposer wire)."""
    ambient_C: float
    """Coolant / ambient temperature."""
    cooling: Cooling
    """Cooling."""
    below_chiplets: list[PackageLayer] = Field(default_factory=list)
    """Package layers under the chiplets, bottom to top (e.g. substrate, interposer)."""
    above_chiplets: list[PackageLayer] = Field(default_factory=list)
    """Package layers over the chiplets, bottom to top (e.g. TIM, lid)."""
    gap_fill_conductivity_W_per_mK: PosFloat = 0.9
    """Mould/underfill between chiplets (epoxy mould compound ~0.9)."""
    power_budget_W: PosFloat
    """Total package power budget."""
    area_limit_mm2: PosFloat | None = None
    """Optional cap on the summed chiplet area."""
    cost_limit_usd: PosFloat | None = None
    """Optional cap on the package's chiplet cost (units plus the NRE share of the types used)."""
    max_chiplet_types: PosInt | None = None
    """Optional cap on the number of distinct chiplet types the design uses (the source paper
    makes two: one compute-rich, one bandwidth-rich)."""
    production_volume_packages: PosInt = 1
    """Packages built: each chiplet type used adds nre_usd / this to the cost of one package."""


# --------------------------------------------------------------------------- objective, solver
ObjectiveKind = Literal["max_tokens_per_s_per_W", "max_tokens_per_s_per_usd", "max_throughput", "min_power",
                        "min_latency", "min_cost"]


ObjectiveRate = Literal["arrival", "saturated"]
ObjectivePower = Literal["activity", "design_peak"]
# The rate each kind is judged at when `rate` is not given, and the rates it allows: only
# the two ratios are meaningful at both (throughput at the arrival rate is a constant; power,
# latency and cost of a saturated design answer no serving question; tokens/s per dollar at a
# saturated rate is the capacity a dollar buys).
KIND_RATES: dict[str, tuple[str, ...]] = {
    "max_tokens_per_s_per_W": ("arrival", "saturated"), "max_tokens_per_s_per_usd": ("arrival", "saturated"),
    "max_throughput": ("saturated",),
    "min_power": ("arrival",), "min_latency": ("arrival",), "min_cost": ("arrival",)}


class Objective(Strict):
    """What to optimise, at which rate, counting which power.

    The default, "serve this workload", is tokens/s/W at the instance's arrival rate with the
    activity power the design draws at that load: the design serves exactly
    workload.arrival_rate_req_per_s, so maximising tokens/s/W is minimising its power."""

    kind: ObjectiveKind = "max_tokens_per_s_per_W"
    """max_tokens_per_s_per_W (exact), max_tokens_per_s_per_usd (exact: tokens/s per dollar of
    chiplet cost), max_throughput, min_power, min_latency (end-to-end) or min_cost."""
    rate: ObjectiveRate | None = None
    """The rate the objective is judged at. 'arrival': the design serves exactly the workload's
    arrival rate and is judged at that load (the default of every kind but max_throughput).
    'saturated': the design serves as much as it can (at least the arrival rate) and is judged
    at that capacity (max_throughput always; max_tokens_per_s_per_W optionally: capacity per
    watt). Left out: the kind's default."""
    power: ObjectivePower = "activity"
    """The power counted by max_tokens_per_s_per_W and min_power. 'activity': static plus dynamic
    power at the judged rate (what the package draws). 'design_peak': the sum of the chosen
    chiplets' peak_W, the source paper's accounting (fixed by the chiplets, not by the load)."""
    tokens_counted: Literal["output", "input_and_output"] = "output"
    """Which tokens count in tokens/s: generated only, or prompt plus generated."""

    @model_validator(mode="after")
    def _rate_fits_kind(self) -> Objective:
        allowed = KIND_RATES[self.kind]
        if self.rate is None:
            object.__setattr__(self, "rate", allowed[0])
        elif self.rate not in allowed:
            raise ValueError(f"objective.rate {self.rate!r} does not fit objective.kind {self.kind!r} "
                             f"(expected {' or '.join(repr(r) for r in allowed)})")
        if self.power == "design_peak" and self.kind not in ("max_tokens_per_s_per_W", "min_power"):
            raise ValueError(f"objective.power 'design_peak' has no effect on objective.kind {self.kind!r} "
                             f"(expected 'activity', or kind max_tokens_per_s_per_W or min_power)")
        return self


class Solver(Strict):
    """HiGHS settings."""

    time_limit_s: PosFloat = 600.0
    """Wall-clock limit of one MILP solve."""
    mip_gap: Annotated[float, Field(ge=0, lt=1)] = 1e-4
    """Relative MIP gap at which a solve stops as optimal."""
    threads: PosInt = 1
    """HiGHS threads (keep 1 for reproducible results)."""
    seed: Annotated[int, Field(ge=0)] = 0
    """HiGHS random seed."""


class Search(Strict):
    """The discrete space the MILP and the enumerator search."""

    tp_degrees: list[PosInt] = Field(default=[1, 2, 4, 8], min_length=1)
    """Tensor-parallel degrees considered (must divide the attention heads)."""
    pp_degrees: list[PosInt] = Field(default=[1, 2, 3, 4, 5, 6, 8], min_length=1)
    """Pipeline-parallel degrees considered."""
    ep_degrees: list[PosInt] = Field(default=[1, 2, 4, 8], min_length=1)
    """Expert-parallel degrees considered for mixture-of-experts models (ignored for dense ones):
    ep groups of an instance's TP ranks, each holding num_experts/ep whole experts; a degree is
    used with a TP degree it divides (and that divides the experts). 1 (experts TP-split) is
    always considered."""
    attention_modes: list[Literal["tp", "dp"]] = Field(default=["tp", "dp"], min_length=1)
    """How decode instances of mixture-of-experts models may split attention (ignored for dense
    models): "tp" splits it over the TP ranks (experts by ep_degrees); "dp" runs it data-parallel,
    each rank with its own requests, the whole attention and E/tp whole experts, tokens reaching
    their experts by all-to-all (lamoopt.costmodel.dp_attention). Modes not listed are not
    considered for decode instances of tp >= 2 (prefill and tp = 1 always run "tp")."""
    decode_batches: list[PosInt] = Field(default=[1, 2, 4, 8, 16, 32, 64, 128, 256], min_length=1)
    """Decode batch caps (iteration-level batching) considered."""
    prefill_batches: list[PosInt] = Field(default=[1, 2, 4], min_length=1)
    """Prefill batch sizes considered."""
    max_utilisation: Annotated[float, Field(gt=0, lt=1)] = 0.95
    """Upper cap on any instance's utilisation, on top of the latency-derived cap."""
    link_utilisation_cap: Fraction = 0.8
    """Share of D2D bandwidth usable for traffic."""


class ChunkedPrefill(Strict):
    """Chunked prefill with piggybacked decode (Sarathi-Serve): the MILP may also choose
    "combined" instances (one pipeline stage) that serve a request from prompt to last token,
    each iteration carrying up to `chunk_tokens` prompt tokens plus one decode token of every
    running request (formulations/lamoopt_milp.md section 1)."""

    chunk_tokens: Annotated[list[PosInt], Field(min_length=1)]
    """Prompt tokens per iteration (the chunk) the MILP may choose among; a single number is
    read as a one-entry list."""

    @field_validator("chunk_tokens", mode="before")
    @classmethod
    def _one_size(cls, value: object) -> object:
        return [value] if isinstance(value, int) and not isinstance(value, bool) else value


class Serving(Strict):
    """Serving modes beyond disaggregated prefill and decode instances."""

    chunked_prefill: ChunkedPrefill | None = None
    """Offer combined (chunked-prefill) instances; None (the default): prefill and decode
    instances only, exactly as without this section."""


class Instance(Strict):
    """A lamoopt instance: model, workload, chiplet catalog, package, objective, solver."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.\-]+$")
    """Instance name (file-name safe); names the default solution file."""
    description: str = ""
    """Free text."""
    model: str | ModelSpec
    """Catalog model name, or a model specification."""
    workload: Workload
    """Request stream and targets."""
    chiplet_template: ChipletTemplateRef | None = None
    """Candidate chiplet types generated from a template over its ranges (`lamoopt chiplets
    generate`), offered in addition to `chiplets`."""
    chiplets: list[str | ChipletType] = Field(default_factory=list, validate_default=True)
    """Chiplet types: catalog names or inline definitions (at least one, unless
    `chiplet_template` is given)."""
    package: Package
    """Interposer, cooling and limits."""
    objective: Objective = Objective()
    """Objective."""
    solver: Solver = Solver()
    """Solver settings."""
    search: Search = Search()
    """Discrete search space."""
    serving: Serving = Serving()
    """Serving modes (chunked prefill)."""

    @field_validator("chiplets")
    @classmethod
    def _some_chiplets(cls, value: list, info: ValidationInfo) -> list:
        """At least one chiplet type, listed here or generated by `chiplet_template` (declared
        before this field so that it is validated first)."""
        if not value and "chiplet_template" in info.data and info.data["chiplet_template"] is None:
            raise ValueError("at least one chiplet type (or give a 'chiplet_template')")
        return value
