"""A tiny stderr progress bar (no dependency): percentage, count and rate, redrawn at most
every `min_interval_s` (default 0.1 s, i.e. ~10 redraws per second) and once when closed."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """`with ProgressBar(total, "simulate") as bar: ... bar.update(k)`; disabled bars do nothing."""

    def __init__(self, total: int, label: str = "", stream: TextIO | None = None,
                 min_interval_s: float = 0.1, width: int = 30, enabled: bool = True):
        self.total, self.label, self.width = max(int(total), 0), label, width
        self.stream = stream if stream is not None else sys.stderr
        self.min_interval_s, self.enabled = min_interval_s, enabled
        self.count, self.redraws = 0, 0
        self._start = self._last = time.monotonic()
        self._closed = False

    def update(self, n: int = 1) -> None:
        """Advance by n; redraw if the last redraw is older than min_interval_s."""
        self.count += n
        if self.enabled:
            now = time.monotonic()
            if now - self._last >= self.min_interval_s:
                self._last = now
                self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The bar's current text."""
        now = time.monotonic() if now is None else now
        frac = min(self.count / self.total, 1.0) if self.total else 1.0
        filled = int(round(frac * self.width))
        rate = self.count / max(now - self._start, 1e-9)
        return (f"{self.label} [{'#' * filled}{'.' * (self.width - filled)}] {100 * frac:5.1f}% "
                f"{self.count}/{self.total} {rate:,.0f}/s")

    def _draw(self, now: float) -> None:
        self.redraws += 1
        self.stream.write("\r" + self.line(now))
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state and end the line (once)."""
        if self.enabled and not self._closed:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
        self._closed = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
