"""Session fixtures of the evaluator tests (helpers live in evalkit.py)."""

import pytest
from evalkit import DEFAULT_INSTANCE, instance, make_design

from lamoopt.instance.load import load_instance


@pytest.fixture(scope="session")
def default_problem():
    return load_instance(DEFAULT_INSTANCE)


@pytest.fixture(scope="session")
def default_design():
    """Llama3-70B on the 3x3 default package: prefill on 5 PCs (tp 1, pp 5; 32 GB each holds a
    fifth of the 141 GB of weights), decode on a 2x2 block of 4 DCs (tp 4)."""
    return make_design(
        instance("prefill-0", "prefill", "PC", 1, 5, 80, [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2]], batch=2),
        instance("decode-0", "decode", "DC", 4, 1, 80, [[1, 0], [1, 1], [2, 0], [2, 1]], batch=32))
