"""Instance schema, loading and semantic checks."""

from lamoopt.instance.checks import check_problem
from lamoopt.instance.errors import InputError
from lamoopt.instance.load import LengthDistribution, Problem, load_instance, resolve


def load_and_check(path) -> Problem:
    """Load, validate, resolve and semantically check an instance file."""
    p = load_instance(path)
    check_problem(p)
    return p


__all__ = ["InputError", "LengthDistribution", "Problem", "load_instance", "resolve", "check_problem",
           "load_and_check"]
