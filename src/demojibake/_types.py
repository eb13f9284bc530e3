"""The data demojibake hands back: options in, explanations out.

Everything here is a frozen dataclass of plain values, so a result can be compared, hashed,
serialised (``dataclasses.asdict``) and replayed. Nothing in this module knows how repairs are
found; it only describes them.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "Change",
    "Finding",
    "Misread",
    "Options",
    "Repair",
    "apply_changes",
    "describe_chain",
]

#: Every codec a misread can be undone through, by family. Names are Python codec names.
SINGLE_BYTE_CODECS: tuple[str, ...] = (
    "cp1252",
    "latin-1",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso-8859-2",
    "iso-8859-15",
    "mac_roman",
    "cp437",
    "cp850",
    "cp852",
    "koi8-r",
    "koi8-u",
    "cp866",
    "cp1256",
    "cp1255",
    "cp874",
    "iso-8859-7",
)
#: Multi-byte East Asian codecs text may have been wrongly read as.
CJK_CODECS: tuple[str, ...] = ("gbk", "gb18030", "big5", "cp932", "shift_jis", "cp949", "euc_kr")
#: Every codec text may have been wrongly read as, for :attr:`Options.codecs`.
ALL_READ_AS: tuple[str, ...] = SINGLE_BYTE_CODECS + CJK_CODECS
#: The same families as sets, for asking whether a codec is of one: a set finds a name by its
#: hash, where a tuple compares it with each name in turn (the engine asks thousands of times).
SINGLE_BYTE: frozenset[str] = frozenset(SINGLE_BYTE_CODECS)
EAST_ASIAN: frozenset[str] = frozenset(CJK_CODECS)


@dataclass(frozen=True, kw_only=True)
class Options:
    """What a caller may tune. Accepted by :func:`fix`, :func:`repair` and :func:`detect`.

    The defaults are the ones the accuracy benchmark is measured with.
    """

    #: A candidate repair is applied only when its confidence reaches this value (0 to 1).
    #: Raise it to change less; lower it to repair more at the risk of false fixes.
    threshold: float = 0.5
    #: The codecs text may have been wrongly *read as* (Python codec names, as in
    #: ``ALL_READ_AS``). ``None`` means every codec demojibake knows; a smaller set is faster and
    #: can only ever change less.
    codecs: frozenset[str] | None = None
    #: How many misreads deep a repair may go ("UTF-8 read as cp1252, twice" is two layers).
    max_layers: int = 3
    #: Whether repairs that must guess a lost byte are allowed (a no-break space that became a
    #: space, a byte that became ``?`` or U+FFFD). Each such change is marked ``lossy``.
    lossy: bool = True

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {self.threshold!r}")
        if not 1 <= self.max_layers <= 8:
            raise ValueError(f"max_layers must be between 1 and 8, not {self.max_layers!r}")
        if self.codecs is not None:
            if isinstance(self.codecs, str):
                raise TypeError("codecs must be a set of codec names, not one string")
            object.__setattr__(self, "codecs", frozenset(_known_name(c) for c in self.codecs))


@dataclass(frozen=True)
class Misread:
    """One layer of damage: bytes in ``encoding`` that were decoded as ``read_as``."""

    encoding: str
    read_as: str

    def __str__(self) -> str:
        return f"{_display_name(self.encoding)} read as {_display_name(self.read_as)}"


def describe_chain(chain: Iterable[Misread]) -> str:
    """Say a chain of misreads the way a person would: ``UTF-8 read as cp1252, twice``."""
    steps = list(chain)
    if not steps:
        return "no misread"
    parts: list[str] = []
    i = 0
    while i < len(steps):
        j = i
        while j + 1 < len(steps) and steps[j + 1] == steps[i]:
            j += 1
        count = j - i + 1
        text = str(steps[i])
        if count > 1:
            text += ", " + {2: "twice", 3: "three times"}.get(count, f"{count} times")
        parts.append(text)
        i = j + 1
    return ", then ".join(parts)


@dataclass(frozen=True)
class Change:
    """One repaired span of the input.

    ``text[start:end] == before`` in the input; the repaired text has ``after`` in its place.
    ``chain`` lists the misreads undone, the first one applied to the original text first (so
    for text damaged twice it reads "UTF-8 read as cp1252, twice").
    """

    start: int
    end: int
    before: str
    after: str
    chain: tuple[Misread, ...]
    confidence: float
    #: True when the repair had to guess a lost byte (see :attr:`Options.lossy`).
    lossy: bool = False

    @property
    def explanation(self) -> str:
        """The chain in words, for people."""
        return describe_chain(self.chain)


@dataclass(frozen=True)
class Finding:
    """A suspicious span reported by :func:`detect` (nothing is changed).

    ``suggestion`` is the text the span would be repaired to, or ``None`` when it looks damaged
    but no repair could be found (for instance when the bytes that would tell are lost).
    ``confidence`` is the scorer's confidence in the suggestion (0 when there is none);
    ``repairable`` says whether :func:`repair` with the same options would apply it.
    """

    start: int
    end: int
    text: str
    chain: tuple[Misread, ...]
    suggestion: str | None
    confidence: float
    repairable: bool
    lossy: bool = False

    @property
    def explanation(self) -> str:
        """What the span looks like, in words."""
        if not self.chain:
            return "damaged, no repair found"
        return describe_chain(self.chain)


@dataclass(frozen=True)
class Repair:
    """The result of :func:`repair`: the repaired text and every change that made it."""

    text: str
    changes: tuple[Change, ...] = field(default=())
    #: Spans that look damaged but could not be repaired with confidence (left unchanged).
    unrepaired: tuple[Finding, ...] = field(default=())

    @property
    def changed(self) -> bool:
        """Whether anything was repaired."""
        return bool(self.changes)


def apply_changes(text: str, changes: Iterable[Change]) -> str:
    """Replay ``changes`` on ``text``; ``apply_changes(t, repair(t).changes) == repair(t).text``.

    The changes must not overlap. Each change's ``before`` must match the text at its span, so a
    stale list of changes is refused rather than silently misapplied.
    """
    out: list[str] = []
    pos = 0
    for change in sorted(changes, key=lambda c: c.start):
        if change.start < pos:
            raise ValueError(f"changes overlap at offset {change.start}")
        if text[change.start : change.end] != change.before:
            raise ValueError(
                f"change at {change.start}:{change.end} expects {change.before!r}, "
                f"found {text[change.start : change.end]!r}"
            )
        out.append(text[pos : change.start])
        out.append(change.after)
        pos = change.end
    out.append(text[pos:])
    return "".join(out)


def _known_name(name: str) -> str:
    """The name demojibake uses for codec ``name`` ("windows-1252" is "cp1252").

    A name Python does not know, or a codec demojibake never considers as the wrong reader
    (UTF-16, say, which would silently select nothing), is an error naming the choices.
    """
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown codec {name!r} in Options.codecs") from None
    for known in ALL_READ_AS:
        if codecs.lookup(known).name == canonical:
            return known
    choices = ", ".join(ALL_READ_AS)
    raise ValueError(
        f"{name!r} is not a codec demojibake repairs misreads of; choose from {choices}"
    )


_DISPLAY_NAMES = {
    "utf-8": "UTF-8",
    "cesu-8": "CESU-8",
    "latin-1": "Latin-1",
    "mac_roman": "MacRoman",
    "koi8-r": "KOI8-R",
    "koi8-u": "KOI8-U",
    "iso-8859-2": "ISO-8859-2",
    "iso-8859-15": "ISO-8859-15",
}


def _display_name(codec: str) -> str:
    return _DISPLAY_NAMES.get(codec, codec)
