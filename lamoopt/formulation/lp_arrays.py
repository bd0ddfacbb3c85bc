"""A HiGHS model as plain arrays (what `Highs.getLp()` holds): picklable, so a Dask worker can
rebuild the very model the main process solves (formulation.subsolve_tasks), and `quiet_highs`,
the silent HiGHS every relaxation starts from."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from functools import cached_property

import highspy
import numpy as np
from pyomo.common.tee import capture_output


def quiet_highs(options: Mapping[str, bool | int | float | str]) -> highspy.Highs:
    """A HiGHS with no output (not even its banner) and these options set."""
    with capture_output(capture_fd=True):   # HiGHS prints a banner when it is created
        h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    for name, value in options.items():
        h.setOptionValue(name, value)
    return h


@dataclasses.dataclass(frozen=True, eq=False)
class LpArrays:
    """The model data of a HiGHS (its HighsLp): costs, bounds, the constraint matrix in the
    format HiGHS holds it (column- or row-wise starts, indices, values), integrality (empty for
    an LP), sense and offset. Names are left out: they do not change a solve."""

    col_cost: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray
    colwise: bool
    start: np.ndarray
    index: np.ndarray
    value: np.ndarray
    integrality: np.ndarray
    maximise: bool
    offset: float

    @classmethod
    def of(cls, h: highspy.Highs) -> LpArrays:
        lp = h.getLp()
        a = lp.a_matrix_
        return cls(col_cost=np.array(lp.col_cost_, dtype=float), col_lower=np.array(lp.col_lower_, dtype=float),
                   col_upper=np.array(lp.col_upper_, dtype=float), row_lower=np.array(lp.row_lower_, dtype=float),
                   row_upper=np.array(lp.row_upper_, dtype=float),
                   colwise=a.format_ != highspy.MatrixFormat.kRowwise,
                   start=np.array(a.start_, dtype=np.int32), index=np.array(a.index_, dtype=np.int32),
                   value=np.array(a.value_, dtype=float),
                   integrality=np.array([int(v) for v in lp.integrality_], dtype=np.int8),
                   maximise=lp.sense_ == highspy.ObjSense.kMaximize, offset=float(lp.offset_))

    @property
    def num_col(self) -> int:
        return len(self.col_cost)

    @property
    def num_row(self) -> int:
        return len(self.row_lower)

    @cached_property
    def token(self) -> str:
        """A digest of every field: equal tokens, the same model (workers key their caches on it)."""
        digest = hashlib.sha256()
        for f in dataclasses.fields(self):
            digest.update(f.name.encode())
            digest.update(np.ascontiguousarray(getattr(self, f.name)).tobytes())
        return digest.hexdigest()

    def highs(self, options: Mapping[str, bool | int | float | str]) -> highspy.Highs:
        """A new quiet HiGHS (quiet_highs(options)) holding this model."""
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = self.num_col, self.num_row
        lp.col_cost_, lp.col_lower_, lp.col_upper_ = self.col_cost, self.col_lower, self.col_upper
        lp.row_lower_, lp.row_upper_ = self.row_lower, self.row_upper
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise if self.colwise else highspy.MatrixFormat.kRowwise
        lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = self.start, self.index, self.value
        if self.integrality.size:
            lp.integrality_ = [highspy.HighsVarType(int(v)) for v in self.integrality]
        lp.sense_ = highspy.ObjSense.kMaximize if self.maximise else highspy.ObjSense.kMinimize
        lp.offset_ = self.offset
        h = quiet_highs(options)
        h.passModel(lp)
        return h
