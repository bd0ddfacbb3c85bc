"""Reading a report page back (stdlib HTMLParser) for the report tests: sections, the numbers with
the path of their source value (data-field), table rows by site or instance, drawing texts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    text: str
    sections: list = field(default_factory=list)      # (id, h2 title)
    nav: list = field(default_factory=list)           # href targets of the header's links
    numbers: list = field(default_factory=list)       # (data-field, data-scale, text, section id)
    rows: dict = field(default_factory=dict)          # ("site" | "instance", value) -> [cell texts]
    svg_text: dict = field(default_factory=dict)      # section id -> [texts drawn in its SVGs]
    section_text: dict = field(default_factory=dict)  # section id -> all its text


class _Reader(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.p = page
        self.section = None
        self.in_h2 = self.in_nav = False
        self.svg_depth = 0
        self.field = None        # (field, scale, [text]) of the open data-field span
        self.row = None          # (key, [cells]) of the open data-site / data-instance row
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self.section = a.get("id")
            self.p.svg_text[self.section] = []
            self.p.section_text[self.section] = ""
        elif tag == "h2" and self.section:
            self.in_h2 = True
            self.p.sections.append([self.section, ""])
        elif tag == "nav":
            self.in_nav = True
        elif tag == "a" and self.in_nav:
            self.p.nav.append(a.get("href"))
        elif tag == "svg":
            self.svg_depth += 1
        elif tag == "span" and "data-field" in a:
            self.field = (a["data-field"], float(a.get("data-scale", 1.0)), [])
        elif tag == "tr" and ("data-site" in a or "data-instance" in a):
            key = ("site", a["data-site"]) if "data-site" in a else ("instance", a["data-instance"])
            self.row = (key, [])
        elif tag == "td" and self.row:
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "section":
            self.section = None
        elif tag == "h2":
            self.in_h2 = False
        elif tag == "nav":
            self.in_nav = False
        elif tag == "svg":
            self.svg_depth -= 1
        elif tag == "span" and self.field:
            f, scale, text = self.field
            self.p.numbers.append((f, scale, "".join(text).strip(), self.section))
            self.field = None
        elif tag == "td" and self.row and self.cell is not None:
            self.row[1].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row:
            self.p.rows[self.row[0]] = self.row[1]
            self.row = None

    def handle_data(self, data):
        if self.in_h2:
            self.p.sections[-1][1] += data
        if self.section:
            self.p.section_text[self.section] += data
        if self.svg_depth and self.section and data.strip():
            self.p.svg_text[self.section].append(data.strip())
        if self.field:
            self.field[2].append(data)
        if self.cell is not None:
            self.cell.append(data)


def read_page(text: str) -> Page:
    page = Page(text)
    _Reader(page).feed(text)
    page.sections = [tuple(s) for s in page.sections]
    return page


def lookup(data, path: str):
    """The value at a data-field path: keys and [index] parts, e.g. recheck.per_site[3].row."""
    for part in re.findall(r"\[\d+\]|[^.\[\]]+", path):
        data = data[int(part[1:-1])] if part.startswith("[") else data[part]
    return data


def significant_digits(text: str) -> int:
    mantissa = text.lower().split("e")[0].lstrip("+-")
    return len(mantissa.replace(".", "").lstrip("0"))


def printed_equals(text: str, value: float, scale: float = 1.0) -> bool:
    """The printed number is the value (times scale) rounded to the digits printed."""
    digits = significant_digits(text)
    if digits == 0:
        return float(text) == 0 and abs(value * scale) < 1e-12
    return float(text) == float(f"{value * scale:.{digits}g}")
