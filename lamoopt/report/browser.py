"""A report as a person sees it: headless Chromium lays the page out and photographs it.

Used by the browser test (tests/report/test_report_browser.py, skipped when no browser is
installed) and to make the README's screenshot:

    python -m lamoopt.report.browser REPORT.html docs/report_default.png [--width 1400] [--scale 0.6]

`layout` renders a copy of the page with a measuring script appended (the report itself has no
scripts) and reads every section's box and drawings' sizes back from the rendered DOM;
`screenshot` photographs the whole page.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TIMEOUT_S = 120
LAYOUT_ID = "lamoopt-layout"
MEASURE = f"""<script>
(function () {{
  const sections = [...document.querySelectorAll('section')].map(function (s) {{
    const r = s.getBoundingClientRect(), st = getComputedStyle(s);
    return {{id: s.id, title: (s.querySelector('h2') || {{}}).textContent, x: r.left + scrollX, y: r.top + scrollY,
             width: r.width, height: r.height, visible: st.display !== 'none' && st.visibility !== 'hidden',
             drawings: [...s.querySelectorAll('svg')].map(function (v) {{
               const b = v.getBoundingClientRect(); return [b.width, b.height]; }})}};
  }});
  const out = {{sections: sections, width: document.documentElement.scrollWidth,
               height: document.documentElement.scrollHeight}};
  const pre = document.createElement('pre');
  pre.id = '{LAYOUT_ID}';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}})();
</script>"""


def find_browser() -> str | None:
    """A headless-capable Chromium on PATH ($LAMOOPT_BROWSER first), or None."""
    for name in (os.environ.get("LAMOOPT_BROWSER"), *BROWSERS):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def _run(browser: str, page: Path, *flags: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="lamoopt-chromium-") as profile:
        cmd = [browser, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
               "--force-device-scale-factor=1", f"--user-data-dir={profile}", *flags]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--no-sandbox")   # Chromium refuses to run as root with its sandbox
        return subprocess.run(cmd + [page.resolve().as_uri()], capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=True)


def layout(browser: str, page: Path, width: int = 1400) -> dict:
    """{sections: [{id, title, x, y, width, height, visible, drawings: [[w, h], ...]}], width,
    height} of the page rendered `width` pixels wide."""
    with tempfile.TemporaryDirectory(prefix="lamoopt-layout-") as tmp:
        copy = Path(tmp) / page.name
        copy.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
        dom = _run(browser, copy, f"--window-size={width},1000", "--dump-dom").stdout
    m = re.search(rf'<pre id="{LAYOUT_ID}">(.*?)</pre>', dom, re.DOTALL)
    if not m:
        raise RuntimeError(f"the browser did not run the measuring script on {page}")
    return json.loads(html.unescape(m.group(1)))


def screenshot(browser: str, page: Path, png: Path, width: int = 1400, height: int | None = None) -> Path:
    """A PNG of the whole page (`height`: the page's own, measured, unless given)."""
    height = height or int(layout(browser, page, width)["height"])
    _run(browser, page, f"--window-size={width},{height}", f"--screenshot={png.resolve()}")
    return png


def shrink_png(png: Path, scale: float) -> bytes:
    """The PNG scaled by `scale` and reduced to a 256-colour palette (a small README image)."""
    from PIL import Image
    with Image.open(png) as im:
        im = im.convert("RGB")
        im = im.resize((round(im.width * scale), round(im.height * scale)), Image.LANCZOS)
        buf = io.BytesIO()
        im.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Photograph a report page with headless Chromium.")
    ap.add_argument("page", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--width", type=int, default=1400, help="window width in CSS pixels (default 1400)")
    ap.add_argument("--scale", type=float, default=1.0, help="scale the image by this factor (default 1)")
    args = ap.parse_args(argv)
    browser = find_browser()
    if browser is None:
        ap.error(f"no browser found (looked for {', '.join(BROWSERS)} and $LAMOOPT_BROWSER)")
    from lamoopt.report.files import write_bytes_atomic
    with tempfile.TemporaryDirectory() as tmp:
        raw = screenshot(browser, args.page, Path(tmp) / "page.png", args.width)
        data = shrink_png(raw, args.scale) if args.scale != 1.0 else raw.read_bytes()
    print(f"wrote {write_bytes_atomic(args.png, data)} ({len(data) / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
