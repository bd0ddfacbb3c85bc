"""The default solution's report as a person sees it: headless Chromium lays the page out, every
section is there, visible, side by side without overlapping or spilling off the page, with its
drawings at a readable size; the screenshot shows drawn content in every section and the
chiplets of both types on the floorplan. Skipped when no Chromium is installed
(lamoopt.report.browser.find_browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamoopt.report.browser import find_browser, layout, screenshot
from lamoopt.report.floorplan_svg import TYPE_COLORS
from lamoopt.report.pages import write_report

ROOT = Path(__file__).resolve().parents[2]
BROWSER = find_browser()
WIDTH = 1400
DRAWN = {"floorplan": 1, "thermal": 1, "latency": 1, "power": 1}   # inline drawings per section

pytestmark = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium on PATH (chromium, google-chrome)")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser")
    page = write_report(ROOT / "solutions" / "default.json", out / "default.html")
    boxes = layout(BROWSER, page, WIDTH)
    png = screenshot(BROWSER, page, out / "default.png", WIDTH, int(boxes["height"]))
    return boxes, png


def test_every_section_is_laid_out_visible_and_on_the_page(rendered):
    boxes, _ = rendered
    sections = {s["id"]: s for s in boxes["sections"]}
    assert list(sections) == ["floorplan", "thermal", "mapping", "proof", "recheck", "latency", "power"]
    assert boxes["width"] <= WIDTH                                    # nothing spills sideways
    for sid, s in sections.items():
        assert s["visible"] and s["width"] > 400 and s["height"] > 100, sid
        assert s["x"] >= 0 and s["x"] + s["width"] <= WIDTH and s["y"] + s["height"] <= boxes["height"], sid
        assert len(s["drawings"]) == DRAWN.get(sid, 0), sid
        for w, h in s["drawings"]:
            assert w > 300 and h > 100, (sid, w, h)                    # drawn at a readable size
    rects = list(sections.values())
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                     or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
            assert apart, (a["id"], b["id"])


def test_the_screenshot_shows_content_in_every_section_and_both_chiplet_types(rendered):
    from PIL import Image
    boxes, png = rendered
    with Image.open(png) as im:
        im = im.convert("RGB")
        assert im.width == WIDTH and im.height >= boxes["height"] - 1
        for s in boxes["sections"]:
            crop = im.crop((int(s["x"]), int(s["y"]), int(s["x"] + s["width"]), int(s["y"] + s["height"])))
            colors = crop.getcolors(maxcolors=1 << 20)
            ink = sum(n for n, c in colors if sum(c) < 600) / (crop.width * crop.height)
            assert len(colors) > 20 and ink > 0.02, (s["id"], len(colors), ink)   # text and drawings, not blank
        plan = next(s for s in boxes["sections"] if s["id"] == "floorplan")
        crop = im.crop((int(plan["x"]), int(plan["y"]), int(plan["x"] + plan["width"]), int(plan["y"] + plan["height"])))
        present = {c for _, c in crop.getcolors(maxcolors=1 << 20)}
        for fill in TYPE_COLORS[:2]:                                  # DC and PC footprints are drawn
            rgb = tuple(int(fill[k:k + 2], 16) for k in (1, 3, 5))
            assert rgb in present, fill
