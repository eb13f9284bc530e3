"""Bytes to text: choosing an encoding and decoding without ever failing on a bad byte.

Used by :func:`demojibake.fix_bytes` and by the command line. This module decides how bytes
become text; it knows nothing about mojibake and never repairs anything itself.

The rules, in one place:

* An explicit ``encoding`` is used exactly as ``bytes.decode`` would use it (a byte order mark
  stays in the text as U+FEFF), except that bytes the encoding cannot decode never raise: each
  becomes a lone surrogate (``errors="surrogateescape"``), so encoding the text back with
  ``surrogateescape`` restores them. In the rare case where that is impossible (an encoding such
  as UTF-16 meeting a stray ASCII byte) they become U+FFFD instead.
* With ``encoding=None`` the encoding is detected: a byte order mark decides first (and is
  dropped, as it only names the encoding); then valid UTF-8 is UTF-8; then charset-normalizer
  guesses (near-ties go to the more widely used encoding); when it cannot, the bytes are read
  as UTF-8 with ``surrogateescape`` as above.
* So the text may hold lone surrogates (U+DC80 to U+DCFF) standing for bytes that were not
  text. Write it with ``errors="surrogateescape"`` to get those bytes back unchanged;
  ``text.encode("utf-8")`` without it refuses them.
* Only an encoding *name* that Python does not know raises, with
  :class:`UnknownEncodingError` (a ``LookupError`` and a ``ValueError``).
"""

from __future__ import annotations

import codecs
import warnings

from demojibake._errors import UnknownEncodingError

__all__ = [
    "UnknownEncodingError",
    "decode_bytes",
    "detect_encoding",
    "is_ascii_compatible",
    "lookup_encoding",
]

# Byte order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Encodings that pass the ASCII test below but still give ASCII bytes another meaning depending
# on what came before (escape sequences), so a line cannot be decoded on its own.
_STATEFUL_PREFIXES = ("iso2022", "raw_unicode_escape", "unicode_escape")

# Codecs that read backslash escapes and warn (DeprecationWarning) about an invalid one such
# as "\]" instead of failing: under warnings as errors (python -W error, pytest) the warning
# is an exception. The bytes are data, not Python source, so the warning tells the caller
# nothing; decoding with these codecs silences it (only for them: the silencing changes the
# process's warning filters for a moment, which other threads would see).
_WARNING_CODECS = frozenset({"unicode-escape"})

_ASCII = bytes(range(128))

# How much more "chaos" (charset-normalizer's measure of implausible characters) a more widely
# used encoding may show and still be preferred.
_CHAOS_TOLERANCE = 0.05

# Legacy encodings, most widely used first (roughly as web usage surveys rank them); among
# near-ties the earlier one wins. Encodings not listed come after all of these.
_BY_USAGE = (
    "cp1252",
    "gb18030",
    "gbk",
    "cp932",
    "shift_jis",
    "cp1251",
    "cp949",
    "euc_kr",
    "euc_jp",
    "big5",
    "cp950",
    "cp1250",
    "iso8859_2",
    "cp1254",
    "iso8859_9",
    "cp1256",
    "cp1253",
    "iso8859_7",
    "cp1255",
    "koi8_r",
    "cp874",
    "cp1257",
    "iso8859_15",
    "latin_1",
    "mac_roman",
    "cp866",
    "cp437",
    "cp850",
)


def lookup_encoding(name: str) -> str:
    """Return Python's canonical name for the text encoding ``name`` (``"UTF8"`` -> ``"utf-8"``).

    Raises :class:`UnknownEncodingError` when there is no such text encoding.
    """
    try:
        info = codecs.lookup(name)
        # Bytes-to-bytes codecs (base64, rot13, zlib) are found by lookup but are not text
        # encodings; decoding refuses them with a LookupError, which is what we want to know.
        # (Empty input is not enough: it is decoded without asking the codec.)
        try:
            b"a".decode(info.name, "surrogateescape")
        except UnicodeDecodeError:
            pass  # a codec that decodes text, just not this one byte (UTF-16, UTF-32)
    except (LookupError, UnicodeError, ValueError):
        # (UnicodeError: codecs such as "idna" and "undefined" cannot decode text at all;
        # ValueError: a name holding a NUL character.)
        raise UnknownEncodingError(
            f"unknown encoding {name!r}; use a Python codec name such as 'utf-8', 'cp1252' "
            "or 'shift_jis'"
        ) from None
    return info.name


def is_ascii_compatible(encoding: str) -> bool:
    """Whether every ASCII byte means its ASCII character on its own in ``encoding``.

    Such an encoding can be cut at a line break and decoded piece by piece, which is what the
    command line's streaming relies on. UTF-8, the single-byte codepages and the common CJK
    encodings qualify; UTF-16, UTF-32, UTF-7, EBCDIC and ISO-2022 do not.
    """
    name = lookup_encoding(encoding)
    if name.replace("-", "_").startswith(_STATEFUL_PREFIXES):
        return False
    try:
        return (
            _ASCII.decode(name) == _ASCII.decode("ascii")
            and _ASCII.decode("ascii").encode(name) == _ASCII
        )
    except UnicodeError:
        return False


def detect_encoding(data: bytes, *, truncated: bool = False) -> str:
    """Name the encoding ``data`` is most likely in.

    A byte order mark decides first; then valid UTF-8 (or pure ASCII) is ``"utf-8"``; then
    charset-normalizer guesses; when it cannot (binary data, too little text) the answer is
    ``"utf-8"``, which :func:`decode_bytes` reads with ``surrogateescape``. Pass
    ``truncated=True`` when ``data`` is the start of something longer, so that a character
    cut at the end does not count against UTF-8.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _is_utf8(data, truncated=truncated):
        return "utf-8"
    # charset-normalizer costs ~20 ms to import; only text that is not UTF-8 pays for it.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return "utf-8"
    # charset-normalizer ranks by "chaos", and on short or Western European text several
    # single-byte codepages come out nearly equal (French in cp1252 is read as cp1257). Among
    # the near-ties, the encoding in wider use is the better bet.
    least = min(match.chaos for match in matches)
    near = [match for match in matches if match.chaos <= least + _CHAOS_TOLERANCE]
    best = min(near, key=lambda match: (_usage_rank(match.encoding), match.chaos))
    return lookup_encoding(best.encoding)


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data`` in ``encoding`` (detected when ``None``), never failing on a bad byte.

    See the module docstring for the rules. Raises :class:`UnknownEncodingError` only for an
    unknown encoding name.

    >>> decode_bytes(b"Caf\\xc3\\xa9")
    'Café'
    >>> decode_bytes(b"Caf\\xe9", "cp1252")
    'Café'
    >>> decode_bytes(b"ok \\xff", "utf-8")
    'ok \\udcff'
    """
    if encoding is not None:
        return decode_lenient(data, lookup_encoding(encoding))
    detected = detect_encoding(data)
    # A byte order mark only names the encoding; these codecs drop it (and pick the byte order).
    codec = "utf-8-sig" if detected == "utf-8" else detected
    return decode_lenient(data, codec)


def decode_lenient(data: bytes, encoding: str) -> str:
    """``data.decode(encoding)``, with undecodable bytes escaped rather than raising."""
    try:
        return _decode(data, encoding, "surrogateescape")
    except UnicodeDecodeError:
        # surrogateescape can only stand in for bytes >= 0x80; a wide encoding (UTF-16) that
        # chokes on an ASCII byte gets the replacement character instead.
        return _decode(data, encoding, "replace")


def _decode(data: bytes, encoding: str, errors: str) -> str:
    if codecs.lookup(encoding).name not in _WARNING_CODECS:
        return data.decode(encoding, errors)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return data.decode(encoding, errors)


def _usage_rank(encoding: str) -> int:
    canonical = codecs.lookup(encoding).name
    for rank, name in enumerate(_BY_USAGE):
        if codecs.lookup(name).name == canonical:
            return rank
    return len(_BY_USAGE)


def _is_utf8(data: bytes, *, truncated: bool) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut in the middle of a character is still UTF-8 if only the cut is bad.
        return truncated and error.reason == "unexpected end of data"
    return True
