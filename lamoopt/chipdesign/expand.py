"""Expanding a chiplet template over its ranges into candidate chiplet types.

Every combination of the ranges' values (Cartesian product, in the order the ranges are given)
is one design; its name is the template's name followed by one `<code><value>` part per ranged
parameter, e.g. `T-L8-f0.8` for dram_layers 8 at clock_GHz 0.8. Bad input raises InputError
naming the field (`ranges.dram_layers[2]`), the value and what was expected.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from pydantic import ValidationError

from lamoopt.chipdesign.template import chiplet_type
from lamoopt.instance.errors import InputError, from_pydantic
from lamoopt.instance.jsonfile import read_json
from lamoopt.instance.schema import ChipletDesign, ChipletTemplate

MAX_VARIANTS = 1000
"""A template expanding to more designs is refused (the MILP grows with every type)."""

NAME_CODES: dict[str, str] = {
    "logic_node": "n", "cores": "c", "pes_per_core": "p", "macs_per_pe": "m", "clock_GHz": "f",
    "sram_MB": "s", "dram_layers": "L", "dram_capacity_per_layer_GB": "g", "dram_channels_per_layer": "ch",
    "dram_channel_width_bits": "w", "dram_pin_rate_Gbps": "r", "d2d_ports": "d", "d2d_port_bandwidth_GBps": "b",
}
"""Short codes of the parameters that may be ranged, used in the generated names."""


def _value_text(v: int | float | str) -> str:
    """Injective text of a range value: 8 -> '8', 0.8 -> '0.8', '7nm' -> '7nm'."""
    return repr(v) if isinstance(v, float) else str(v)


def expand_template(tpl: ChipletTemplate, ranges: dict | None = None, field: str = "ranges",
                    source: str | None = None) -> list[dict]:
    """ChipletType dicts of every design of `tpl` over `ranges` (default: the template's own).
    `field` is the path of the ranges in the user's file (for error messages)."""
    ranges = tpl.ranges if ranges is None else ranges
    problems = []
    for key, values in ranges.items():
        if key not in NAME_CODES:
            problems.append((f"{field}.{key}", values, f"a template parameter, one of {sorted(NAME_CODES)}"))
    if problems:
        raise InputError(problems, source)
    count = math.prod(len(v) for v in ranges.values())
    if count > MAX_VARIANTS:
        raise InputError([(field, {k: len(v) for k, v in ranges.items()},
                           f"at most {MAX_VARIANTS} combinations (these ranges give {count})")], source)
    base = tpl.base.model_dump()
    # each value on its own first: the message names the one bad value
    for key, values in ranges.items():
        for i, v in enumerate(values):
            try:
                ChipletDesign.model_validate({**base, key: v})
            except ValidationError as err:
                msgs = "; ".join(e.get("msg", "invalid") for e in err.errors())
                problems.append((f"{field}.{key}[{i}]", v, msgs))
    if problems:
        raise InputError(problems, source)
    out, names = [], {}
    keys = list(ranges)
    for combo in itertools.product(*(ranges[k] for k in keys)):
        params = dict(zip(keys, combo))
        try:
            design = ChipletDesign.model_validate({**base, **params})
        except ValidationError as err:  # pragma: no cover - every value was checked alone
            raise from_pydantic(err, source, prefix=field) from None
        name = "-".join([tpl.name, *(f"{NAME_CODES[k]}{_value_text(v)}" for k, v in params.items())])
        if name in names:
            raise InputError([(field, [names[name], params], "values that differ (two combinations give the "
                                                             f"same chiplet name {name!r})")], source)
        names[name] = params
        out.append(chiplet_type(name, design))
    return out


def read_template(path: str | Path, field: str | None = None, source: str | None = None) -> ChipletTemplate:
    """Read and validate a template file. Errors name `field` (e.g. 'chiplet_template.path') when
    given, else the file itself."""
    at = f"{field}({Path(path).name})" if field else ""
    try:
        data = read_json(path)
    except InputError as exc:
        if not field:
            raise
        raise InputError([(field if where == "<file>" else f"{at} {where}", value, expected)
                          for where, value, expected in exc.problems], source) from None
    try:
        return ChipletTemplate.model_validate(data)
    except ValidationError as err:
        raise from_pydantic(err, source if field else str(path), prefix=at, data=data) from None
