"""Building blocks of the self-contained HTML reports (`lamoopt report`): escaping, numbers that
name their source, tables, sections and the page with its inline style sheet.

The page needs nothing outside itself: no scripts, no fonts, no style sheets or images from the
network; drawings are inline SVG (lamoopt.report.figures_svg, floorplan_svg). Every number
written with `num` carries `data-field`, the path of the value in the file it came from, so a
test can check each printed number against that file.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

SIGNIFICANT_DIGITS = 6   # numbers are printed to this many significant digits unless told otherwise

# Where a number comes from, shown beside it (the issue asks every number to say whether it is
# proven or measured).
PROVEN = "proven (MILP)"
PREDICTED = "predicted (MILP's linear model)"
MEASURED = "measured (evaluator)"
DECIDED = "decided (MILP)"
MISSING = "not in this solution file; re-run lamoopt solve"

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 0 auto; max-width: 1500px; padding: 12px 20px;
       color: #222; font-size: 14px; }
header { border-bottom: 2px solid #444; margin-bottom: 8px; }
h1 { font-size: 22px; margin: 6px 0; } h2 { font-size: 18px; margin: 4px 0 8px 0; }
h3 { font-size: 15px; margin: 10px 0 4px 0; }
nav a { margin-right: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(640px, 1fr)); gap: 14px; }
section { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; background: #fff; }
section.wide { grid-column: 1 / -1; }
table { border-collapse: collapse; font-size: 12.5px; margin: 4px 0 8px 0; }
.scroll { overflow-x: auto; }
th, td { border: 1px solid #ddd; padding: 2px 7px; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.src { color: #666; font-size: 12px; }
.note { color: #555; font-size: 12px; margin: 4px 0; }
.bad { color: #b00; font-weight: bold; } .ok { color: #070; }
svg { max-width: 100%; height: auto; display: block; }
figure { margin: 4px 0; }
"""


@dataclass(frozen=True)
class Raw:
    """HTML that is already safe (built by this module or a drawing)."""

    text: str

    def __str__(self) -> str:
        return self.text


def esc(value) -> str:
    """Escaped text of a value; Raw passes through."""
    return value.text if isinstance(value, Raw) else html.escape(str(value))


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def fmt(value, digits: int = SIGNIFICANT_DIGITS, scale: float = 1.0) -> str:
    """A number to `digits` significant digits ('–' for None or NaN, text as is)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) and scale == 1.0:
        return str(value)
    return f"{value * scale:.{digits}g}"


def num(value, field: str | None = None, digits: int = SIGNIFICANT_DIGITS, scale: float = 1.0) -> Raw:
    """A number for a table cell; `field` is its path in the source file (data-field), `scale`
    the factor it is printed at (data-scale, e.g. 100 for a percentage)."""
    attrs = ""
    if field is not None and is_number(value):
        attrs = f' data-field="{html.escape(field)}"' + (f' data-scale="{scale:g}"' if scale != 1.0 else "")
    return Raw(f"<span{attrs}>{html.escape(fmt(value, digits, scale))}</span>")


def _is_num_cell(c) -> bool:
    return is_number(c) or (isinstance(c, Raw) and c.text.startswith("<span"))


def _cell(c) -> str:
    return esc(fmt(c) if is_number(c) else c)


def table(headers: list, rows: list[list], row_attrs: list[str] | None = None) -> Raw:
    """An HTML table; columns whose cells are all numbers (or `num` spans) are right-aligned;
    `row_attrs` are extra attributes of each <tr> (e.g. data-site)."""
    numeric = {k for k in range(len(headers)) if rows and all(_is_num_cell(r[k]) for r in rows)}
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for i, r in enumerate(rows):
        attrs = f" {row_attrs[i]}" if row_attrs else ""
        cells = "".join(f"<td{' class=n' if k in numeric else ''}>{_cell(c)}</td>" for k, c in enumerate(r))
        body.append(f"<tr{attrs}>{cells}</tr>")
    return Raw(f"<div class=scroll><table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def key_values(rows: list[tuple]) -> Raw:
    """A table of (name, value[, source]) rows: a row per value, its source in small print."""
    body = []
    for name, value, *source in rows:
        src = f"<td class=src>{esc(source[0])}</td>" if source else ""
        body.append(f"<tr><th>{esc(name)}</th><td{' class=n' if _is_num_cell(value) else ''}>{_cell(value)}</td>{src}</tr>")
    return Raw(f"<table><tbody>{''.join(body)}</tbody></table>")


def h3(text) -> Raw:
    return Raw(f"<h3>{esc(text)}</h3>")


def para(text, cls: str = "note") -> Raw:
    return Raw(f'<p class="{cls}">{esc(text)}</p>')


def figure(svg: str, caption: str) -> Raw:
    return Raw(f"<figure>{svg}<figcaption class=note>{esc(caption)}</figcaption></figure>")


@dataclass(frozen=True)
class Section:
    """One titled part of a page (an anchor `id` for the table of contents)."""

    id: str
    title: str
    parts: list
    wide: bool = False
    in_nav: bool = True

    def html(self) -> str:
        body = "\n".join(esc(p) for p in self.parts)
        cls = ' class="wide"' if self.wide else ""
        return f'<section id="{self.id}"{cls}>\n<h2>{esc(self.title)}</h2>\n{body}\n</section>'


def page(title: str, subtitle: list, sections: list[Section]) -> str:
    """The whole document: title, a line per subtitle item, contents, the sections in a grid."""
    nav = " ".join(f'<a href="#{s.id}">{esc(s.title)}</a>' for s in sections if s.in_nav)
    sub = "".join(f"<div class=note>{esc(s)}</div>" for s in subtitle)
    body = "\n".join(s.html() for s in sections)
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<header><h1>{esc(title)}</h1>{sub}<nav>{nav}</nav></header>\n"
            f"<div class=\"grid\">\n{body}\n</div>\n</body>\n</html>\n")
