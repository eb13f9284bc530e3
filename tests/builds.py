"""Which build of the engine the tests run against (see tools/hatch_build.py).

The tests run against whatever ``demojibake`` imports: the pure Python modules of an editable
install (``pip install -e '.[test]'``, what CI does), or a wheel's modules compiled with mypyc.
A compiled module calls its own functions directly, so a test that patches one of them
(``monkeypatch.setattr(_engine, ...)``) can only run against the Python engine.
"""

from __future__ import annotations

import pytest

from demojibake._cli import engine_compiled

ENGINE_COMPILED = engine_compiled()

needs_python_engine = pytest.mark.skipif(
    ENGINE_COMPILED, reason="patches the engine's functions, which compiled code calls directly"
)
