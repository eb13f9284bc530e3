"""Domain exceptions. Each subclasses the builtin it means, so callers may catch either."""

from __future__ import annotations

__all__ = ["NotTextError", "UnknownEncodingError"]


class NotTextError(TypeError):
    """Raised when a text function is given something other than ``str``."""


class UnknownEncodingError(LookupError, ValueError):
    """Raised for an encoding name Python does not know (or one that is not a text encoding).

    It is a ``LookupError``, like the error :func:`codecs.lookup` raises, and a ``ValueError``,
    so callers may catch either.
    """


def require_text(value: object, function: str) -> str:
    """Return ``value`` if it is a ``str``; otherwise raise a :class:`NotTextError` that helps."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise NotTextError(
            f"{function}() takes str, not {type(value).__name__}; "
            "to repair bytes of unknown encoding use demojibake.fix_bytes()"
        )
    raise NotTextError(f"{function}() takes str, not {type(value).__name__}")
