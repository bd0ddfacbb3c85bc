"""Class bounds computed on demand, over a tree of class groups (formulations/lamoopt_milp.md
section 6).

The fluid relaxation (fluid.py) with sum_{o in G} n_o >= t for a group G of classes bounds every
design that runs at least one instance of some class of G, so a group's bound is at least the
bound of each of its classes (forcing one class of G is more restrictive than forcing any). The
tree: the root (no forcing: the relaxation's optimum), then the pools (role, chip), then the
instance sizes tp x pp of a pool, then the classes (tile communication variants of one TP x PP).
A level with a single child is skipped.

The staged solve (solve/staged.py) asks only "which classes have a bound of at least x" and
"what bounds the classes outside a set": a node whose bound is below x answers for all its
classes without an LP of its own per class. `upper(q)` is the least bound proven for q or any
group holding it (LP or count master, and `beyond`'s solves): a valid bound either way. Children are solved as one
batch (fluid.group_bounds: fixed slices, so the same LPs in the same order every run), and so
are a level's count-master scores (CountMaster.scores): with `lamoopt solve --executor
dask://...` the batches run as Dask tasks (subsolve_tasks.py) and give the same bounds.

Scores are the bounds in "larger is better" form: the bound itself when the objective is
maximised, minus it when minimised; -inf marks an infeasible LP (no design runs the group: all
its classes are pruned), +inf an undecided one (kept, never pruned).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from lamoopt.formulation.build import ModelData
from lamoopt.formulation.configs import Tables
from lamoopt.formulation.count_master import CountMaster
from lamoopt.formulation.fluid import FluidRelaxation
from lamoopt.formulation.objective import ObjectiveSense
from lamoopt.formulation.subsolve_tasks import Remote

# A saturated ratio's count master only tests a threshold (count_master.py): where it cannot
# prune, its solves are lost. Measured on bench_6x6_4types (Dinkelbach at its optimum): 94 such
# solves over every level took 54 s and pruned 13 of 85 classes, so only the pools (depth 1),
# where one solve can prune many classes, are tested.
MASTER_DEPTH = 1


@dataclass
class Node:
    key: Hashable                       # the group's key in FluidRelaxation.force_row (a class: its key)
    classes: tuple[str, ...]
    children: list[Node] = field(default_factory=list)
    score: float | None = None          # None until its LP is solved
    master: float | None = None         # the integer-count bound (count_master.py), when proven
    master_tried: float = -math.inf     # the highest threshold a count-master solve proved nothing at

    def bound(self) -> float | None:
        """The tighter of the node's proven bounds (None before its LP)."""
        if self.score is None:
            return None
        return self.score if self.master is None else min(self.score, self.master)


def group_tree(tables: Tables) -> Node:
    """Root -> pools (role, chip) -> instance sizes -> classes; single-child levels skipped."""
    def node(key: Hashable, classes: list[str], children: list[Node]) -> Node:
        return children[0] if len(children) == 1 else Node(key, tuple(sorted(classes)), children)

    by_pool: dict[tuple[str, str], dict[int, list[str]]] = {}
    for q in sorted(tables.classes):
        c = tables.classes[q]
        by_pool.setdefault((c.role, c.chip), {}).setdefault(c.chiplets, []).append(q)
    pools = []
    for pool, sizes in sorted(by_pool.items()):
        size_nodes = [node(("size", *pool, n), qs, [Node(q, (q,)) for q in qs]) for n, qs in sorted(sizes.items())]
        pools.append(node(("pool", *pool), [q for qs in sizes.values() for q in qs], size_nodes))
    return Node(("root",), tuple(sorted(tables.classes)), pools)


def _groups(root: Node) -> dict[Hashable, tuple[str, ...]]:
    """Every inner node below the root (the classes have rows of their own)."""
    out: dict[Hashable, tuple[str, ...]] = {}
    stack = list(root.children)
    while stack:
        n = stack.pop()
        if n.children:
            out[n.key] = n.classes
            stack += n.children
    return out


class BoundsStopped(Exception):
    """The caller's time ran out (or it was interrupted) before the bounds it asked for were
    solved. Every bound proven so far stays valid (upper() reads them)."""


class LazyClassBounds:
    """The class bounds of one table set, solved as the staged solve needs them. time_left: the
    seconds the caller still allows (a Ctrl-C makes it 0); once none are left, a request for
    bounds not yet solved raises BoundsStopped, and the count master's solves stop at the limit
    with their (valid) dual bounds."""

    def __init__(self, tables: Tables, d: ModelData, threads: int, remote: Remote | None = None,
                 time_left: Callable[[], float] = lambda: math.inf):
        """remote: where the group-bound LP slices and the count master's group scores run (None:
        here; subsolve_tasks.py), with the same bounds either way."""
        self.time_left = time_left
        self.root = group_tree(tables)
        self.fluid = FluidRelaxation(tables, d.max_instances, len(d.sites), threads, groups=_groups(self.root),
                                     self_rise_K_per_W={c: d.thermal.self_rise_K_per_W(c) for c in tables.chips},
                                     remote=remote)
        self.sign = 1.0 if ObjectiveSense.of(tables.problem.instance).maximised else -1.0
        self.root.score = self.sign * self.fluid.bound()
        self.lps = 1
        self.master = CountMaster(self.fluid)
        self.master.time_left = time_left
        # the best integer-count design: its classes start the search, its bound covers all
        self.master_classes, self.root.master = self.master.best()
        self.proven: list[tuple[frozenset[str], float]] = []   # (classes, score bound): beyond's solves
        self._path: dict[str, list[Node]] = {}   # class -> its nodes from the root down
        stack: list[tuple[Node, list[Node]]] = [(self.root, [])]
        while stack:
            n, above = stack.pop()
            if not n.children:
                self._path[n.classes[0]] = [*above, n]
            stack += [(c, [*above, n]) for c in n.children]

    @property
    def undecided(self) -> int:
        return self.fluid.undecided

    def check(self) -> None:
        """Raise BoundsStopped when no time is left."""
        if self.time_left() <= 0.0:
            raise BoundsStopped

    def _expand(self, nodes: list[Node]) -> None:
        """Solve the children of the given nodes (one batch). A child left unsolved because the
        time ran out (or a stopped remote executor, fluid.group_bounds) takes its parent's LP
        bound: valid, since forcing a subset of the parent's classes can only lower it, and it
        ranks the child as the parent; then BoundsStopped is raised."""
        todo = [(n, c) for n in nodes for c in n.children if c.score is None]
        if not todo:
            return
        self.check()
        values = self.fluid.group_bounds([c.key for _, c in todo], stop=lambda: self.time_left() <= 0.0)
        self.lps += len(values)
        for n, c in todo:
            c.score = self.sign * values[c.key] if c.key in values else n.score
        if len(values) < len(todo):
            raise BoundsStopped

    def upper(self, q: str) -> float:
        """A valid score bound of class q: the least bound proven for it or a group holding it."""
        return min([b for n in self._path[q] if (b := n.bound()) is not None]
                   + [b for group, b in self.proven if q in group])

    def beyond(self, space: set[str], threshold: float) -> set[str]:
        """Classes outside `space` that designs scoring above `threshold` may need: the count
        master over "at least one instance of a class outside" (one MILP); while its bound is
        above the threshold, the classes its best design uses join the answer and it is solved
        again without them. The bound that ends the loop is recorded for those classes (upper).
        If a solve proves nothing, the group tree answers (above, exact)."""
        found: set[str] = set()
        while True:
            outside = set(self.root.classes) - space - found
            if not outside:
                return found
            self.check()
            score, used = self.master.score_of(outside, threshold)
            if score is not None:
                self.proven.append((frozenset(outside), score))
                if score <= threshold:
                    return found
            new = used & outside
            if score is None or not new:
                return found | self.above(threshold, exact=True, outside=outside)
            found |= new

    def _refine(self, nodes: list[Node], threshold: float) -> None:
        """Solve the count master for each node (once; at a higher threshold again when a
        saturated-ratio test proved nothing): one batch (CountMaster.scores)."""
        todo = [n for n in nodes if n.master is None and n.master_tried < threshold and n is not self.root]
        if todo:
            self.check()
        for n, got in zip(todo, self.master.scores([n.key for n in todo], threshold)):
            if got is None:
                n.master_tried = threshold
            else:
                n.master = got

    def own(self, q: str) -> float:
        """q's own bound once solved (else upper(q)): what ranks q against other classes."""
        b = self._path[q][-1].bound()
        return self.upper(q) if b is None else b

    def above(self, threshold: float, exact: bool = False, outside: set[str] | None = None) -> set[str]:
        """Every class (of `outside`, default all) whose bound is at least threshold, solving what
        that needs; exact: the bounds include the count master's, one small MILP per group the
        LP cannot prune (a saturated ratio's master only tests at the pool level, MASTER_DEPTH).
        Groups with no class of `outside` are not looked into."""
        frontier, found = [self.root], set()
        depth = 0
        while frontier:
            live = [n for n in frontier if (b := n.bound()) is not None and b >= threshold
                    and (outside is None or not outside.isdisjoint(n.classes))]
            if exact and depth <= (MASTER_DEPTH if self.master.dinkelbach else math.inf):
                self._refine(live, threshold)
                live = [n for n in live if (b := n.bound()) is not None and b >= threshold]
            depth += 1
            found |= {n.classes[0] for n in live if not n.children and (outside is None or n.classes[0] in outside)}
            inner = [n for n in live if n.children]
            self._expand(inner)
            frontier = [c for n in inner for c in n.children]
        return found

    def best(self, classes: set[str] | None = None) -> str | None:
        """The class with the largest own bound (among `classes`, default all) that is finite,
        or None: best-first, expanding the node with the largest bound until it is a class."""
        inside = set(self.root.classes) if classes is None else classes
        frontier = [self.root]
        while frontier:
            frontier = [n for n in frontier if (b := n.bound()) is not None and b > -math.inf
                        and inside & set(n.classes)]
            if not frontier:
                return None
            top = max(frontier, key=lambda n: (n.bound(), n.classes))
            if not top.children:
                if math.isfinite(top.bound() or 0.0):
                    return top.classes[0]
                frontier.remove(top)   # undecided: no rank; try the others
                continue
            self._expand([top])
            frontier.remove(top)
            frontier += top.children
        return None

    def viable(self) -> set[str]:
        """The classes no solved LP has shown infeasible."""
        return {q for q in self.root.classes if self.upper(q) > -math.inf}
