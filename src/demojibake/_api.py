"""The public functions. Thin: they check their input and hand it to the engine.

The engine (its patterns and tables) is imported on the first call that needs it, so that
``import demojibake`` stays cheap for programs that may never repair anything, and plain ASCII
never needs it at all.
"""

from __future__ import annotations

from demojibake._errors import require_text
from demojibake._types import Finding, Options, Repair

__all__ = ["detect", "fix", "fix_bytes", "repair"]

_DEFAULT = Options()


def fix(text: str, options: Options | None = None) -> str:
    """Return ``text`` with its mojibake repaired; clean text comes back unchanged.

    >>> fix("The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> fix("Привет, мир")
    'Привет, мир'
    """
    text = require_text(text, "fix")
    if text.isascii():
        return text
    from demojibake._engine import repair_text

    return repair_text(text, options or _DEFAULT).text


def repair(text: str, options: Options | None = None) -> Repair:
    """Repair ``text`` and explain every change (span, before, after, chain, confidence)."""
    from demojibake._engine import repair_text

    return repair_text(require_text(text, "repair"), options or _DEFAULT)


def detect(text: str, options: Options | None = None) -> tuple[Finding, ...]:
    """Report the spans of ``text`` that look like mojibake, changing nothing."""
    from demojibake._engine import detect_text

    return detect_text(require_text(text, "detect"), options or _DEFAULT)


def fix_bytes(data: bytes, *, encoding: str | None = None, options: Options | None = None) -> str:
    """Decode ``data`` (in ``encoding``, or detected when ``None``) and repair the text."""
    from demojibake._bytes import decode_bytes

    return fix(decode_bytes(data, encoding), options)
