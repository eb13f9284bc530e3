"""demojibake: repair mojibake, and nothing else.

>>> import demojibake
>>> demojibake.fix("CafÃ©")
'Café'
"""

from demojibake._api import detect, fix, fix_bytes, repair
from demojibake._errors import NotTextError, UnknownEncodingError
from demojibake._types import Change, Finding, Misread, Options, Repair, apply_changes

__all__ = [
    "Change",
    "Finding",
    "Misread",
    "NotTextError",
    "Options",
    "Repair",
    "UnknownEncodingError",
    "__version__",
    "apply_changes",
    "detect",
    "fix",
    "fix_bytes",
    "repair",
]


def __getattr__(name: str) -> str:
    # The version lives in pyproject.toml only; reading package metadata costs a few
    # milliseconds, so it is done on first use rather than at import.
    if name == "__version__":
        from importlib.metadata import version

        return version("demojibake")
    raise AttributeError(f"module 'demojibake' has no attribute {name!r}")
