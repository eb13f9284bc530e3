"""Test-suite setup shared by every test module.

The corpus generator (``corpus/pairs.py``) is repository data, not part of the installed package,
so its folder is put on ``sys.path`` here and tests import it as ``pairs``. Keep this file light:
it runs before every test session, including ones that never touch the corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CORPUS = Path(__file__).resolve().parent.parent / "corpus"

if str(_CORPUS) not in sys.path:
    sys.path.insert(0, str(_CORPUS))
