"""The evaluator's constraint checks as typed records: what is checked (`kind`), where (`site`,
for temperatures), the measured value, the limit and whether it is met. The re-check loop
(orchestrate.tighten) dispatches on `kind` and `site`; the solution file stores `as_dict()`,
whose `name` is the display name ("ttft_p90_ms", "logic_C[0,2]")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class CheckKind(str, Enum):  # noqa: UP042 (StrEnum would change what str() prints)
    TTFT = "ttft"
    TPOT = "tpot"
    POWER = "power"
    REQUESTS_COMPLETED = "requests_completed"
    BACKLOG = "backlog"
    THERMAL_CONVERGED = "thermal_converged"
    LOGIC_TEMPERATURE = "logic_temperature"
    DRAM_TEMPERATURE = "dram_temperature"
    AREA = "area"
    COST = "cost"
    CHIPLET_TYPES = "chiplet_types"


@dataclass(frozen=True, kw_only=True)
class Check:
    kind: CheckKind
    name: str
    value: float | None
    limit: float
    met: bool
    site: tuple[int, int] | None = None
    inconclusive: bool = False
    """The test could not decide (a run too short for the backlog test): reported, not a violation."""

    def as_dict(self) -> dict:
        out = {"name": self.name, "value": self.value, "limit": self.limit, "met": self.met}
        if self.kind == CheckKind.BACKLOG:
            out["inconclusive"] = self.inconclusive
        return out
