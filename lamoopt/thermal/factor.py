"""Sparse direct factorisations of the conduction matrix, reused for many right-hand sides.

Two interchangeable factorisations with `.solve(b)` for b of shape (n,) or (n, m):

- `NestedDissectionCholesky` (default): multifrontal Cholesky on the structured
  (nz, ny, nx) grid, ordered by geometric nested dissection (George 1973): a box of cells is
  cut by a mid-plane across its longest axis, both halves are eliminated first (recursively),
  the plane last. Every front is a dense matrix factorised with LAPACK/BLAS (~90 GFLOP/s on
  one core here). Needed because the fill of a 3-D conduction matrix is inherent (~7e7
  factor entries, ~120 GFLOP for the 66 x 66 x 28 cells of the benchmark): measured on the
  default instance at that size, SciPy's SuperLU took 40-56 s with its MMD ordering and 14 s
  with this module's ordering (its kernels are not BLAS), this class ~4.5 s.
- `SuperLUFactor`: scipy.sparse.linalg.splu (general sparse LU), the reference the tests
  compare against; fine for small grids.

Both solve the same SPD system; they agree to round-off.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
from collections.abc import Iterator

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
from scipy.sparse.linalg import splu

# Boxes of at most this many cells are eliminated as one dense front (no further cutting).
# Measured once on the default instance at 66 x 66 x 28 cells: 256 gave the least time
# (4.9 s; 128: 5.1 s, 512: 5.2 s, 64: 6.1 s) and 25% less fill than 512.
LEAF_CELLS = 256
# BLAS threads during factorisation. The fronts are many mid-size BLAS calls between numpy
# memory operations; on the 2-vCPU development VM, OpenBLAS's second (spin-waiting) thread
# made the 66 x 66 x 28 factorisation 3x SLOWER (14 s vs 4.5 s), so one thread is the default.
DEFAULT_BLAS_THREADS = 1


class SuperLUFactor:
    """scipy's SuperLU with a minimum-degree ordering on A + A^T (A is symmetric)."""

    def __init__(self, matrix: sp.spmatrix):
        self._lu = splu(sp.csc_matrix(matrix), permc_spec="MMD_AT_PLUS_A")

    def solve(self, b: np.ndarray) -> np.ndarray:
        return self._lu.solve(np.ascontiguousarray(b, dtype=float))


class NestedDissectionCholesky:
    """Multifrontal Cholesky A = L L^T of an SPD 7-point-stencil matrix on an (nz, ny, nx) grid.

    Cells are numbered row-major over (z, y, x). Each tree node eliminates its separator cells
    `sep`; its front couples them with `bnd`, the face neighbours of the node's box outside it
    (all of them lie on ancestors' separators, so after eliminating the box the Schur
    complement lives exactly on `bnd`). Stored per node: sep, bnd, L11 (dense lower Cholesky
    factor of the front's sep block) and W = L11^-1 F[sep, bnd], so that L21 = W^T.
    """

    def __init__(self, matrix: sp.spmatrix, shape: tuple[int, int, int],
                 leaf_cells: int = LEAF_CELLS, blas_threads: int | None = DEFAULT_BLAS_THREADS):
        self.shape = tuple(int(s) for s in shape)
        self.n = int(np.prod(self.shape))
        if matrix.shape != (self.n, self.n):
            raise ValueError(f"matrix {matrix.shape} does not match grid {self.shape}")
        self._a = sp.csr_matrix(matrix)
        self._a.sum_duplicates()
        self._idx = np.arange(self.n).reshape(self.shape)
        self._pos = np.full(self.n, -1, dtype=np.int64)
        self._leaf = leaf_cells
        self._fronts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self._blas_threads = blas_threads
        self._buffer = np.empty(0)
        with blas_thread_limit(blas_threads):
            bnd, update = self._factor_box(tuple(slice(0, s) for s in self.shape))
        assert len(bnd) == 0 and update.size == 0
        del self._a, self._pos, self._buffer

    @property
    def factor_entries(self) -> int:
        """Stored factor entries (L11 lower triangles counted in full)."""
        return int(sum(l11.size + w.size for _, _, l11, w in self._fronts))

    # -- factorisation ---------------------------------------------------------------------
    def _split(self, box: tuple[slice, ...]) -> tuple[list[tuple[slice, ...]], tuple[slice, ...]]:
        """Children boxes and the separator box of `box` (mid-plane across its longest axis)."""
        sizes = [b.stop - b.start for b in box]
        if int(np.prod(sizes)) <= self._leaf or max(sizes) < 3:
            return [], box
        axis = int(np.argmax(sizes))
        lo_start, hi_stop = box[axis].start, box[axis].stop
        mid = (lo_start + hi_stop) // 2

        def with_axis(s: slice) -> tuple[slice, ...]:
            return tuple(s if a == axis else b for a, b in enumerate(box))

        children = [with_axis(slice(lo_start, mid)), with_axis(slice(mid + 1, hi_stop))]
        return [c for c in children if c[axis].stop > c[axis].start], with_axis(slice(mid, mid + 1))

    def _boundary(self, box: tuple[slice, ...]) -> np.ndarray:
        """Cells outside `box` sharing a face with it."""
        out = []
        for axis, s in enumerate(box):
            for plane in (s.start - 1, s.stop):
                if 0 <= plane < self.shape[axis]:
                    face = tuple(slice(plane, plane + 1) if a == axis else b
                                 for a, b in enumerate(box))
                    out.append(self._idx[face].ravel())
        return np.concatenate(out) if out else np.empty(0, dtype=np.int64)

    def _assemble_front(self, sep: np.ndarray, bnd: np.ndarray,
                        updates: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Dense front: A's rows of `sep` restricted to sep+bnd, plus the children's updates."""
        front = np.concatenate([sep, bnd])
        self._pos[front] = np.arange(len(front))
        rows = self._a[sep].tocoo()
        local = self._pos[rows.col]
        keep = local >= 0  # columns already eliminated in a child have no place in the front
        f = self._front_buffer(len(front))
        # only f[sep, :] and f[bnd, bnd] are read later (the lower-left block is never used)
        f[rows.row[keep], local[keep]] = rows.data[keep]
        for child_bnd, child_update in updates:
            _extend_add(f, self._pos[child_bnd], child_update)
        self._pos[front] = -1
        return f

    def _front_buffer(self, size: int) -> np.ndarray:
        """A zeroed (size, size) work array. Only one front is alive at a time, so one buffer
        is reused (fresh large allocations page-fault on first touch, slow on the development
        VM: single extend-adds into fresh fronts took up to 10x their usual time)."""
        if self._buffer.size < size * size:
            self._buffer = np.empty(size * size)
        f = self._buffer[:size * size].reshape(size, size)
        f.fill(0.0)
        return f

    def _factor_box(self, box: tuple[slice, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Eliminate every cell of `box`; return (bnd, Schur-complement update on bnd)."""
        children, sep_box = self._split(box)
        updates = [self._factor_box(c) for c in children]
        sep, bnd = self._idx[sep_box].ravel(), self._boundary(box)
        f = self._assemble_front(sep, bnd, updates)
        del updates
        ns = len(sep)
        l11 = la.cholesky(f[:ns, :ns], lower=True, check_finite=False)
        w = la.solve_triangular(l11, f[:ns, ns:], lower=True, check_finite=False)
        update = w.T @ w
        np.subtract(f[ns:, ns:], update, out=update)
        self._fronts.append((sep, bnd, l11, w))
        return bnd, update

    # -- solving ---------------------------------------------------------------------------
    def solve(self, b: np.ndarray) -> np.ndarray:
        """x with A x = b; b of shape (n,) or (n, m)."""
        x = np.array(b, dtype=float, copy=True).reshape(self.n, -1)
        with blas_thread_limit(self._blas_threads):
            for sep, bnd, l11, w in self._fronts:  # forward: L y = b
                xs = la.solve_triangular(l11, x[sep], lower=True, check_finite=False)
                x[sep] = xs
                if len(bnd):
                    x[bnd] -= w.T @ xs
            for sep, bnd, l11, w in reversed(self._fronts):  # backward: L^T x = y
                rhs = x[sep] - w @ x[bnd] if len(bnd) else x[sep]
                x[sep] = la.solve_triangular(l11, rhs, lower=True, trans="T", check_finite=False)
        return x.reshape(np.shape(b))


def _runs(positions: np.ndarray) -> list[tuple[int, int, int]]:
    """Maximal runs of consecutive values: (source start, source stop, destination start)."""
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    starts = np.concatenate([[0], breaks])
    stops = np.concatenate([breaks, [len(positions)]])
    return [(int(a), int(b), int(positions[a])) for a, b in zip(starts, stops)]


def _extend_add(front: np.ndarray, positions: np.ndarray, update: np.ndarray) -> None:
    """front[ix_(positions, positions)] += update, done block-wise.

    A child's boundary is a few faces that map onto contiguous pieces of the parent front,
    so the update goes in by runs of consecutive rows: with few runs as (row run) x (column
    run) slices, otherwise each row run with one fancy-indexed column add. Both beat 2-D
    fancy indexing, and neither allocates a front-sized temporary (fresh large allocations
    page-fault, which is slow on the development VM)."""
    runs = _runs(positions)
    few = len(runs) ** 2 * 2000 < update.size
    for r0, r1, rd in runs:
        dst_rows = front[rd:rd + (r1 - r0)]
        if few:
            for c0, c1, cd in runs:
                dst_rows[:, cd:cd + (c1 - c0)] += update[r0:r1, c0:c1]
        else:
            dst_rows[:, positions] += update[r0:r1]


# ----------------------------------------------------------------------------- BLAS threads
@functools.lru_cache(maxsize=1)
def _loaded_openblas_setters() -> tuple:
    """`openblas_set_num_threads_local` of every OpenBLAS loaded in this process (numpy's and
    scipy's wheels each bundle one). Linux only (reads /proc/self/maps); () elsewhere."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as fh:
            paths = {line.split()[-1] for line in fh if "openblas" in line.lower()}
    except OSError:
        return ()
    setters = []
    for path in sorted(p for p in paths if p.endswith(".so") or ".so." in p):
        try:
            fn = ctypes.CDLL(path).openblas_set_num_threads_local
        except (OSError, AttributeError):  # not loadable, or an OpenBLAS older than 0.3.27
            continue
        fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
        setters.append(fn)
    return tuple(setters)


@contextlib.contextmanager
def blas_thread_limit(threads: int | None) -> Iterator[None]:
    """Limit OpenBLAS to `threads` threads (this thread only) inside the block; None = no change.

    Best effort (what threadpoolctl does, without the dependency): a no-op where no
    OpenBLAS with the thread-local API is loaded."""
    setters = _loaded_openblas_setters() if threads else ()
    previous = [fn(int(threads)) for fn in setters]
    try:
        yield
    finally:
        for fn, prev in zip(setters, previous):
            fn(prev)
