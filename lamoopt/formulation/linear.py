"""Linear expressions over numbered columns, for the models that lamoopt.formulation.families'
rows are written into without Pyomo: the fluid relaxation (fluid.py) and the flow LP of a fixed
layout (flow_lp.py). The same row functions build Pyomo constraints in build.py; here they build
`Row`s, which `RowSet` stacks into a sparse matrix for HiGHS or scipy.

A `LinExpr` is sum_k a_k x_k + const. It supports what the row functions use: +, -, * and / by a
number, sum(), and <=, >=, == against another expression or a number, which give a `Row`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Union

import numpy as np
import scipy.sparse as sp

Operand = Union["LinExpr", float, int]


class LinExpr:
    """sum_k terms[k] x_k + const."""

    __slots__ = ("terms", "const")
    # == builds a row, as in Pyomo, so expressions are not hashable
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, terms: dict[int, float] | None = None, const: float = 0.0):
        self.terms = terms if terms is not None else {}
        self.const = float(const)

    @staticmethod
    def of(x: Operand) -> LinExpr:
        return x if isinstance(x, LinExpr) else LinExpr({}, float(x))

    @property
    def is_constant(self) -> bool:
        return not any(self.terms.values())

    def _combine(self, other: Operand, sign: float) -> LinExpr:
        o = LinExpr.of(other)
        terms = dict(self.terms)
        for k, v in o.terms.items():
            terms[k] = terms.get(k, 0.0) + sign * v
        return LinExpr(terms, self.const + sign * o.const)

    def __add__(self, other: Operand) -> LinExpr:
        return self._combine(other, 1.0)

    __radd__ = __add__

    def __sub__(self, other: Operand) -> LinExpr:
        return self._combine(other, -1.0)

    def __rsub__(self, other: Operand) -> LinExpr:
        return LinExpr.of(other)._combine(self, -1.0)

    def __neg__(self) -> LinExpr:
        return self * -1.0

    def __mul__(self, other: Operand) -> LinExpr:
        if isinstance(other, LinExpr):
            if not other.is_constant:
                if not self.is_constant:
                    raise ValueError("a product of two non-constant expressions is not linear")
                return other * self.const
            other = other.const
        a = float(other)
        return LinExpr({k: a * v for k, v in self.terms.items()}, a * self.const)

    __rmul__ = __mul__

    def __truediv__(self, other: float) -> LinExpr:
        return self * (1.0 / float(other))

    def __le__(self, other: Operand) -> Row:
        d = self - other
        return Row(d.terms, -math.inf, -d.const)

    def __ge__(self, other: Operand) -> Row:
        d = self - other
        return Row(d.terms, -d.const, math.inf)

    def __eq__(self, other: Operand) -> Row:   # type: ignore[override]
        d = self - other
        return Row(d.terms, -d.const, -d.const)


@dataclass
class Row:
    """lower <= sum_k terms[k] x_k <= upper."""

    terms: dict[int, float]
    lower: float
    upper: float

    @property
    def is_constant(self) -> bool:
        """No variable left (every coefficient zero)."""
        return not any(self.terms.values())

    def holds_without_variables(self, tol: float = 1e-9) -> bool:
        """For a row with no variables left (every one fixed): whether 0 lies in [lower, upper]."""
        scale = tol * max(1.0, abs(self.lower) if math.isfinite(self.lower) else 0.0,
                          abs(self.upper) if math.isfinite(self.upper) else 0.0)
        return self.lower <= scale and self.upper >= -scale


@dataclass
class Columns:
    """Column numbers by key ((variable name, index) pairs), handed out on first use, with bounds."""

    index: dict[Hashable, int] = field(default_factory=dict)
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)

    def var(self, key: Hashable, lower: float = 0.0, upper: float = math.inf) -> LinExpr:
        k = self.index.get(key)
        if k is None:
            k = self.index[key] = len(self.lower)
            self.lower.append(lower)
            self.upper.append(upper)
        return LinExpr({k: 1.0})

    def __len__(self) -> int:
        return len(self.lower)


@dataclass
class RowSet:
    """Rows by name and index, in the order added."""

    rows: list[Row] = field(default_factory=list)
    keys: list[tuple[str, Hashable]] = field(default_factory=list)

    def add(self, name: str, index: Hashable, row: Row) -> int:
        self.rows.append(row)
        self.keys.append((name, index))
        return len(self.rows) - 1

    def matrix(self, n_cols: int) -> sp.csc_matrix:
        data, ri, ci = [], [], []
        for r, row in enumerate(self.rows):
            for k, v in row.terms.items():
                if v != 0.0:
                    ri.append(r)
                    ci.append(k)
                    data.append(v)
        return sp.csc_matrix((data, (ri, ci)), shape=(len(self.rows), n_cols))

    def dense(self, n_cols: int) -> np.ndarray:
        A = np.zeros((len(self.rows), n_cols))
        for r, row in enumerate(self.rows):
            for k, v in row.terms.items():
                A[r, k] += v
        return A

    @property
    def lower(self) -> np.ndarray:
        return np.array([r.lower for r in self.rows])

    @property
    def upper(self) -> np.ndarray:
        return np.array([r.upper for r in self.rows])
