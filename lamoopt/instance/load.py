"""Loading an instance file: JSON -> schema -> resolved Problem (catalog look-ups, config.json,
trace CSV). Every failure is an InputError naming the field, the value and what was expected."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import ValidationError

from lamoopt.catalog import CHIPLETS, MODELS
from lamoopt.costmodel.arch import ModelArch, arch_from_config
from lamoopt.costmodel.precision import DTYPE_BYTES, compute_rate, matmul_precision
from lamoopt.instance import hf_fields
from lamoopt.instance.errors import InputError, from_pydantic
from lamoopt.instance.jsonfile import read_json  # noqa: F401  (re-exported: load.read_json)
from lamoopt.instance.schema import ChipletTemplateRef, ChipletType, HFConfig, Instance, ModelSpec

TRACE_COLUMNS = ("TIMESTAMP", "ContextTokens", "GeneratedTokens")


@dataclass(frozen=True)
class LengthDistribution:
    """Joint (input, output) token lengths with probabilities; optional trace arrival times."""

    input_tokens: np.ndarray
    output_tokens: np.ndarray
    probability: np.ndarray
    arrival_times_s: np.ndarray | None = field(default=None, compare=False)

    @property
    def mean_input_tokens(self) -> float:
        return float(np.dot(self.probability, self.input_tokens))

    @property
    def mean_output_tokens(self) -> float:
        return float(np.dot(self.probability, self.output_tokens))

    def input_percentile(self, pct: float) -> float:
        """Smallest prompt length with cumulative probability >= pct/100."""
        order = np.argsort(self.input_tokens, kind="stable")
        cum = np.cumsum(self.probability[order])
        idx = int(np.searchsorted(cum, pct / 100.0 - 1e-12))
        return float(self.input_tokens[order][min(idx, len(order) - 1)])


@dataclass(frozen=True)
class Problem:
    """A validated instance with every reference resolved."""

    instance: Instance
    arch: ModelArch
    lengths: LengthDistribution
    chiplets: tuple[ChipletType, ...]  # as the model runs on them: compute_TFLOPS and
    #   power.compute_pJ_per_FLOP at its matmul precision (chiplet_at_precision)
    source: str = "<memory>"

    @property
    def rate_req_per_s(self) -> float:
        """The design rate: the highest listed arrival rate."""
        r = self.instance.workload.arrival_rate_req_per_s
        return float(max(r) if isinstance(r, list) else r)

    @property
    def sites(self) -> int:
        return self.instance.package.grid_rows * self.instance.package.grid_cols


def parse_instance(data: dict, source: str = "<memory>") -> Instance:
    try:
        return Instance.model_validate(data)
    except ValidationError as err:
        raise from_pydantic(err, source, data=data) from None


def load_instance(path: str | Path) -> Problem:
    """Read, validate and resolve an instance file; raises InputError on any problem."""
    data = read_json(path)
    return resolve(parse_instance(data, str(path)), base_dir=Path(path).resolve().parent, source=str(path))


# ----------------------------------------------------------------------------- resolving
def resolve(inst: Instance, base_dir: Path | None = None, source: str = "<memory>") -> Problem:
    base_dir = base_dir or Path.cwd()
    arch = _resolve_model(inst.model, base_dir, source)
    lengths = _resolve_lengths(inst, base_dir, source)
    chiplets = tuple(chiplet_at_precision(c, arch.compute_precision) for c in _resolve_chiplets(inst, base_dir, source))
    return Problem(instance=inst, arch=arch, lengths=lengths, chiplets=chiplets, source=source)


def chiplet_at_precision(spec: ChipletType, precision: str) -> ChipletType:
    """The chiplet type as a model computing at `precision` sees it: compute_TFLOPS and
    power.compute_pJ_per_FLOP at that precision (costmodel.precision.compute_rate); the same
    object at the base precision, so FP16 models see their chiplets unchanged."""
    listed = spec.precisions.model_dump(exclude_none=True) if spec.precisions else {}
    rates = {k: (v["compute_TFLOPS"], v["compute_pJ_per_FLOP"]) for k, v in listed.items()}
    tflops, pj = compute_rate(spec.compute_TFLOPS, spec.power.compute_pJ_per_FLOP, rates, precision)
    if (tflops, pj) == (spec.compute_TFLOPS, spec.power.compute_pJ_per_FLOP):
        return spec
    power = spec.power.model_copy(update={"compute_pJ_per_FLOP": pj})
    return spec.model_copy(update={"compute_TFLOPS": tflops, "power": power})


def model_field(spec: str | ModelSpec, key: str) -> str:
    """Field path of architecture key `key` where the user gave it (inline config, config file)."""
    if isinstance(spec, ModelSpec) and spec.config is not None:
        return f"model.config.{key}"
    if isinstance(spec, ModelSpec) and spec.config_path is not None:
        return f"model.config_path({Path(spec.config_path).name}).{key}"
    return f"model.{key}"


def _resolve_model(spec: str | ModelSpec, base_dir: Path, source: str) -> ModelArch:
    given = spec
    if isinstance(spec, str):
        spec = ModelSpec(catalog=spec)
    if spec.catalog is not None:
        if spec.catalog not in MODELS:
            raise InputError([("model" if isinstance(given, str) else "model.catalog", spec.catalog,
                               f"a catalog model, one of {sorted(MODELS)}")], source)
        cfg, name = MODELS[spec.catalog], spec.name or spec.catalog
    elif spec.config is not None:
        cfg, name = spec.config.model_dump(), spec.name or "inline-model"
    else:
        path = Path(spec.config_path)
        path = path if path.is_absolute() else base_dir / path
        try:
            raw = read_json(path)
        except InputError as exc:  # name the field that points at the file
            at = f"model.config_path({path.name})"
            raise InputError([("model.config_path" if where == "<file>" else f"{at} {where}", value, expected)
                              for where, value, expected in exc.problems], source) from None
        at = f"model.config_path({path.name})"
        rejected = hf_fields.unmodelled_keys(raw, set(HFConfig.model_fields))
        if rejected:
            raise InputError([(f"{at}.{key}", value, why) for key, value, why in rejected], source)
        known = hf_fields.recognised_fields(raw, set(HFConfig.model_fields))
        try:
            cfg = HFConfig.model_validate(known).model_dump()
        except ValidationError as err:
            raise from_pydantic(err, source, prefix=at, data=known) from None
        name = spec.name or path.parent.name or path.stem
    cfg = dict(cfg)
    heads = cfg["num_attention_heads"]
    if cfg.get("head_dim") is None and cfg["hidden_size"] % heads:
        raise InputError([(model_field(given, "hidden_size"), cfg["hidden_size"],
                           f"a multiple of num_attention_heads = {heads}, or give head_dim")], source)
    weight_bytes = spec.weight_bytes if spec.weight_dtype is None else DTYPE_BYTES[spec.weight_dtype]
    kv_bytes = spec.kv_bytes if spec.kv_dtype is None else DTYPE_BYTES[spec.kv_dtype]
    return arch_from_config(name, cfg, weight_bytes, kv_bytes, spec.activation_bytes,
                            matmul_precision(spec.weight_dtype))


def _resolve_lengths(inst: Instance, base_dir: Path, source: str) -> LengthDistribution:
    lg = inst.workload.lengths
    if lg.input_tokens_mean is not None:
        return LengthDistribution(np.array([lg.input_tokens_mean]), np.array([lg.output_tokens_mean]),
                                  np.array([1.0]))
    if lg.histogram is not None:
        w = np.array([b.weight for b in lg.histogram], float)
        return LengthDistribution(np.array([b.input_tokens for b in lg.histogram], float),
                                  np.array([b.output_tokens for b in lg.histogram], float), w / w.sum())
    return read_trace(lg.trace_csv, base_dir, source)


def read_trace(trace: str, base_dir: Path, source: str) -> LengthDistribution:
    """Azure LLM inference trace CSV: TIMESTAMP, ContextTokens, GeneratedTokens."""
    field_path = "workload.lengths.trace_csv"
    path = Path(trace)
    path = path if path.is_absolute() else base_dir / path
    if not path.is_file():
        raise InputError([(field_path, trace, "an existing CSV file")], source)
    try:
        df = pd.read_csv(path)
    except Exception as exc:  # pandas raises many parser error types
        raise InputError([(field_path, trace, f"a readable CSV file ({exc.__class__.__name__}: {exc})")],
                         source) from None
    missing = [c for c in TRACE_COLUMNS if c not in df.columns]
    if missing:
        raise InputError([(field_path, trace, f"columns {list(TRACE_COLUMNS)}; missing {missing}")], source)
    if df.empty:
        raise InputError([(field_path, trace, "at least one request row")], source)
    lengths = {}
    for col in ("ContextTokens", "GeneratedTokens"):
        vals = pd.to_numeric(df[col], errors="coerce")
        arr = vals.to_numpy(float)
        with np.errstate(invalid="ignore"):
            bad = ~np.isfinite(arr) | (arr <= 0) | (arr % 1 != 0)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            raise InputError([(f"{field_path}[row {row + 2}].{col}", df[col].iloc[row],
                               "a positive integer token count")], source)
        lengths[col] = arr
    t, bad = _trace_seconds(df["TIMESTAMP"])
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError([(f"{field_path}[row {row + 2}].TIMESTAMP", df["TIMESTAMP"].iloc[row],
                           "a date-time or a number of seconds (the same kind in every row)")], source)
    # sort requests by arrival, keeping each request's lengths with its time
    order = np.argsort(t, kind="stable")
    t = t[order] - t[order][0]
    n = len(df)
    return LengthDistribution(lengths["ContextTokens"][order], lengths["GeneratedTokens"][order],
                              np.full(n, 1.0 / n), t)


def _trace_seconds(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Arrival times in seconds and a mask of unreadable rows: all numbers (seconds) or all
    date-times (Azure: '2023-11-16 18:15:46.6805900')."""
    numeric = pd.to_numeric(col, errors="coerce")
    if numeric.notna().all():
        t = numeric.to_numpy(float)
        return t, ~np.isfinite(t)
    try:
        ts = pd.to_datetime(col.astype(str), errors="coerce", format="mixed", utc=True)
        bad = (ts.isna() | numeric.notna()).to_numpy()
        if bad.any():
            return np.zeros(len(col)), bad
        t = (ts - ts.min()).dt.total_seconds().to_numpy(float)
    except (ValueError, TypeError, OverflowError, ArithmeticError):
        return np.zeros(len(col)), np.ones(len(col), bool)
    return t, ~np.isfinite(t)


def _resolve_chiplets(inst: Instance, base_dir: Path, source: str) -> tuple[ChipletType, ...]:
    out: list[ChipletType] = []
    for i, c in enumerate(inst.chiplets):
        if isinstance(c, str):
            if c not in CHIPLETS:
                raise InputError([(f"chiplets[{i}]", c, f"a catalog chiplet, one of {sorted(CHIPLETS)}")], source)
            c = ChipletType.model_validate(CHIPLETS[c])
        out.append(c)
    if inst.chiplet_template is not None:
        out.extend(_template_chiplets(inst.chiplet_template, base_dir, source))
    names = [c.name for c in out]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise InputError([("chiplets", dup, "unique chiplet names")], source)
    return tuple(out)


def _template_chiplets(ref: ChipletTemplateRef, base_dir: Path, source: str) -> list[ChipletType]:
    """The chiplet types a template generates over its ranges (or the ranges given beside it)."""
    from lamoopt.chipdesign.expand import expand_template, read_template  # the template imports the schema
    if ref.template is not None:
        tpl, field = ref.template, "chiplet_template.template"
    else:
        path = Path(ref.path)
        path = path if path.is_absolute() else base_dir / path
        tpl = read_template(path, field="chiplet_template.path", source=source)
        field = f"chiplet_template.path({path.name})"
    if ref.ranges is not None:
        field = "chiplet_template"
    return [ChipletType.model_validate(c)
            for c in expand_template(tpl, ref.ranges, field=f"{field}.ranges", source=source)]
