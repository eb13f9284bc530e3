"""Domain exceptions. Each subclasses the builtin it means, so callers may catch either."""

from __future__ import annotations

__all__ = ["NotTextError"]


class NotTextError(TypeError):
    """Raised when a text function is given something other than ``str``."""


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
