"""`lamoopt chiplets`: design chiplets from a parametric template.

    lamoopt chiplets balance TEMPLATE.json [--instances GLOB] [--max-types 2] -o DIR
        For every instance, the optimal types to make from the template, proven (see
        `lamoopt chiplets balance --help`).
    lamoopt chiplets generate TEMPLATE.json -o CATALOG.json
        Expand the template's base design over its ranges (every combination) into candidate
        chiplet types, each named after its parameters, and write them (written atomically) as
        {"template": ..., "chiplets": [ChipletType, ...]}; the list fits an instance's
        `chiplets`. Prints one line per type: compute, bandwidth, capacity, area, peak power
        and unit cost.

A template file:

    {"name": "T", "base": {"dram_pin_rate_Gbps": 6.4},
     "ranges": {"dram_layers": [4, 8, 12], "clock_GHz": [0.8, 1.0]}}

`base` holds any ChipletDesign field (`lamoopt schema`, defaults: the paper's PC); `ranges`
maps parameters to the values to try. An instance can name a template directly:
"chiplet_template": {"path": "templates/t.json", "ranges": {...}}.
Exit codes: 0 written, 2 bad input (the message names the field, the value and what was
expected; nothing is written).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_generate(args) -> int:
    from lamoopt.chipdesign.expand import expand_template, read_template
    from lamoopt.commands import check_output_file
    from lamoopt.exitcodes import EXIT_OK
    from lamoopt.report.files import write_json_atomic
    out = Path(args.output)
    check_output_file(out)
    tpl = read_template(args.template)
    chiplets = expand_template(tpl, source=str(args.template))
    for c in chiplets:
        print(f"  {c['name']:28s} {c['compute_TFLOPS']:6.0f} TFLOPS  {c['dram_bandwidth_GBps'] / 1e3:5.1f} TB/s  "
              f"{c['dram_capacity_GB']:5.0f} GB  {c['area_mm2']:5.0f} mm2  peak {c['power']['peak_W']:5.0f} W  "
              f"${c['cost_usd']:8,.0f}")
    write_json_atomic(out, {"template": tpl.name, "template_file": str(args.template), "chiplets": chiplets})
    print(f"wrote {len(chiplets)} chiplet types to {out}")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("chiplets", help="design chiplets: expand a parametric chiplet template into candidate types",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    g = actions.add_parser("generate", help="expand TEMPLATE.json over its ranges into a chiplet catalog",
                           description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g.add_argument("template", help="template JSON file (name, base, ranges)")
    g.add_argument("-o", "--output", required=True, metavar="CATALOG.json", help="the generated chiplet types")
    g.set_defaults(func=cmd_generate)
    b = actions.add_parser("balance", help="the balance question: the proven optimal chiplet types per instance, "
                           "made from a template", description=_balance_doc(),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("template", help="template JSON file (name, base, ranges)")
    b.add_argument("--instances", default="instances/*_*rps.json", metavar="GLOB",
                   help="instances to solve (default: the paper's 27, 'instances/*_*rps.json')")
    b.add_argument("--ranges", metavar="JSON", help="ranges replacing the template's, e.g. "
                   "'{\"dram_layers\": [4, 8, 12]}'")
    b.add_argument("--max-types", type=int, default=2, metavar="K", help="distinct chiplet types a design may "
                   "use (package.max_chiplet_types; default 2, the paper's)")
    b.add_argument("--jobs", type=int, default=1, metavar="N", help="instances solved side by side")
    b.add_argument("--recheck", action="store_true", help="also measure each design with the evaluator")
    b.add_argument("-o", "--output", required=True, metavar="DIR", help="balance.csv, balance.md, balance.png")
    b.set_defaults(func=_cmd_balance)


def _balance_doc() -> str:
    from lamoopt.chipdesign import balance
    return balance.__doc__ or ""


def _cmd_balance(args) -> int:
    from lamoopt.chipdesign.balance import cmd_balance
    return cmd_balance(args)
