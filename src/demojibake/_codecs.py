"""Codec tables: how text that was read as codec B maps back to the bytes it came from.

Single-byte codepages are taken from Python's own codecs. A byte a codepage leaves undefined
(0x81 in cp1252, for example) is taken to have been read as the Latin-1 character of the same
value, which is what browsers (the WHATWG Encoding Standard) and Windows do; that is how C1
control characters end up in mojibake, and why such text can still be undone.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final

from demojibake._types import CJK_CODECS

if TYPE_CHECKING:
    from _codecs import _EncodeCharMap

__all__ = [
    "C1_TWINS",
    "CJK_CODECS",
    "LEGACY_PAIRS",
    "PRIOR",
    "VARIANTS",
    "SingleByte",
    "char_class",
    "prior",
    "single_byte",
]

#: How often each codec is the wrong reader in real text, as an additive bonus for the scorer.
#: cp1252/Latin-1 misreads dwarf every other kind; the order elsewhere follows how widely each
#: codepage was a system default. ISO 8859-15 is cp1252 with eight letters moved: "Ã€" is
#: "À" shown by cp1252 and "ä" shown by ISO 8859-15, and the rarer codepage must not win a
#: lone word by its commoner letter ("Ã€ propos" is French "À propos"). KOI8-U is KOI8-R with
#: Ukrainian's "є і ї ґ" for eight of its box-drawing bytes, all of them UTF-8 continuation
#: bytes, so what it shows of UTF-8 ("пҐ" of "н") KOI8-R reads only in part; cp852, the DOS
#: codepage of Central Europe, is what a Czech or Polish console shows UTF-8 as ("─Ź" of "č").
#: Each is rarer than its family's commoner codepage.
PRIOR: Final[dict[str, float]] = {
    "cp1252": 1.0,
    "latin-1": 1.0,
    "iso-8859-15": 0.3,
    "cp1251": 0.8,
    "cp1250": 0.3,
    "iso-8859-2": 0.2,
    "mac_roman": -0.5,
    "cp1253": 0.0,
    "cp1254": 0.3,
    "cp1257": 0.0,
    "cp437": -0.5,
    "cp850": -0.5,
    "koi8-r": -0.2,
    "koi8-u": -0.4,
    "cp852": -0.6,
    "cp866": -0.2,
    "cp1256": 0.0,
    "cp1255": 0.0,
    "cp874": 0.0,
    "iso-8859-7": 0.0,
}


#: Legacy encodings read as another legacy encoding: (what the bytes were, what read them),
#: with how often each happens, as for PRIOR. Cyrillic and Central European text shown by
#: Western software, Russian codepages confused with each other, and East Asian file names
#: and mail shown by Western or DOS software.
LEGACY_PAIRS: Final[dict[tuple[str, str], float]] = {
    ("cp1251", "cp1252"): 0.5,
    # Cyrillic Windows text shown by a Mac ("ÃÓÒÍ‚‡" is "Москва"). Not Greek, Hebrew or
    # Arabic Windows text shown so: with those pairs, more Western Windows text shown by a Mac
    # ("CafÈ", which is not read) came out in their letters than their own text came out right.
    ("cp1251", "mac_roman"): 0.0,
    ("koi8-r", "cp1251"): 0.3,
    ("cp1251", "koi8-r"): 0.3,
    ("cp866", "cp1251"): 0.2,
    ("cp1251", "cp866"): 0.2,
    # Russian mail and web pages in KOI8-R shown by Western software ("ðÒÉ×ÅÔ" is "Привет"):
    # cp1252 and Latin-1 show KOI8-R's letters alike.
    ("koi8-r", "cp1252"): 0.2,
    # Western and Central European Windows text shown by Russian Windows ("Zьrich ist
    # schцn" is "Zürich ist schön", "hlavбch naшнdit" is "hlavách nařídit").
    ("cp1252", "cp1251"): 0.2,
    ("cp1250", "cp1251"): 0.1,
    ("cp1250", "cp1252"): 0.3,
    ("cp1253", "cp1252"): 0.3,
    ("cp1254", "cp1252"): 0.3,
    # Lithuanian and Latvian Windows text ("Aèiû uþ pagalbà" is "Ačiū už pagalbą"), read only
    # where the line's letters are no language's alphabet as they stand (see
    # _engine._written_as_it_stands).
    ("cp1257", "cp1252"): 0.0,
    # Arabic and Hebrew Windows text shown by Western software: rarer than Cyrillic shown
    # so, whose lone words ("шведийн") read as Hebrew too (see also _SECOND_WORD_PAIRS).
    ("cp1256", "cp1252"): -1.0,
    ("cp1255", "cp1252"): -1.0,
    # Mac text shown by Windows software ("CafŽ" is "Café"). Not Windows text shown by a Mac
    # ("CafÈ"): clean text holds what a Mac shows for Windows letters (Catalan "l·l" for
    # "lál"), and the letter model reads too much of it so (see _engine._windows_on_a_mac).
    ("mac_roman", "cp1252"): 0.0,
    ("iso-8859-2", "latin-1"): 0.2,
    ("iso-8859-2", "cp1252"): 0.2,
    ("gbk", "latin-1"): 0.3,
    ("gbk", "cp1252"): 0.3,
    ("gbk", "cp437"): 0.3,
    ("big5", "latin-1"): 0.2,
    ("big5", "cp1252"): 0.2,
    ("big5", "cp437"): 0.2,
    ("cp932", "cp437"): 0.2,
    ("cp932", "cp1252"): 0.2,
    ("cp932", "latin-1"): 0.2,
    # (Japanese Unix mail and web pages, in EUC-JP.)
    ("euc_jp", "latin-1"): 0.2,
    ("euc_jp", "cp1252"): 0.2,
    ("cp949", "latin-1"): 0.2,
    ("cp949", "cp1252"): 0.2,
    ("cp949", "cp437"): 0.2,
    # DOS text shown by Windows software: the files of DOS programs and of a console's
    # redirected output, Western (cp850, cp437: "t„llaisia", "mi‚rcoles" are "tällaisia",
    # "miércoles"), Central European (cp852) and Russian (cp866: "¯à¨¢¥â" is "привет").
    # Then Windows (and ISO 8859-2) text shown by a DOS console, Western or Central European
    # ("b³rger" is "bürger", "Polo×ka" Czech "Položka"); Central European and Baltic text in
    # a Western console reads as the Western codepage's letters in part ("dìlá" for "dělá"),
    # so those pairs are here too. Each but cp866 is read only where a word shows the
    # misread between two of its letters (see _engine._console_evidence).
    ("cp850", "cp1252"): 0.1,
    ("cp437", "cp1252"): 0.0,
    ("cp852", "cp1250"): 0.0,
    ("cp852", "cp1252"): 0.0,
    ("cp866", "cp1252"): 0.0,
    ("cp1252", "cp850"): 0.0,
    ("cp1252", "cp437"): -0.1,
    ("cp1250", "cp852"): 0.0,
    ("cp1250", "cp850"): -0.1,
    ("cp1250", "cp437"): -0.1,
    ("iso-8859-2", "cp850"): -0.2,
    ("iso-8859-2", "cp437"): -0.2,
    ("cp1257", "cp850"): -0.2,
    # Russian Windows text shown by a Western DOS console ("­Óß¯‗Ó" is "работа" in cp850).
    ("cp1251", "cp850"): -0.2,
    ("cp1251", "cp437"): -0.2,
    # Western and Central European Windows text shown by a Russian system's KOI8-R, which
    # shows small accented letters as Cyrillic capitals ("CafИ" is "Café"); rarer than the
    # same text shown by Russian Windows (cp1251). Polish and Czech from Unix mail in ISO
    # 8859-2 likewise ("wzi╠Ё" is "wziął"), rarer still.
    ("cp1252", "koi8-r"): -0.1,
    ("cp1250", "koi8-r"): -0.2,
    ("iso-8859-2", "koi8-r"): -0.3,
}

#: The Windows, Mac and DOS codepages above shown by Latin-1 software, which shows bytes 80-9F
#: as C1 controls: Czech "š" and "ž" (cp1250 9A, 9E) as "\x9a" and "\x9e", Persian "پ" and
#: "گ" (cp1256 81, 90) as "\x81" and "\x90", German "ü" and "ö" of DOS (cp850 81, 94) as
#: "\x81" and "\x94", where cp1252 shows all but 81, 8D, 8F, 90 and 9D as letters or
#: punctuation. Latin-1 is cp1252 with C1 controls there, so these pairs read only the lines
#: that hold one, as their cp1252 pair reads them once the controls are cp1252's (see
#: _engine._read_past_c1); they are as likely.
C1_TWINS: Final = frozenset(
    (encoding, "latin-1")
    for encoding in (
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "mac_roman",
        "cp850",
        "cp437",
        "cp852",
        "cp866",
    )
)
LEGACY_PAIRS.update({twin: LEGACY_PAIRS[twin[0], "cp1252"] for twin in sorted(C1_TWINS)})

_CJK_PRIOR: Final = {
    "gbk": 0.5,
    "gb18030": 0.4,
    "big5": 0.3,
    "cp932": 0.4,
    "shift_jis": 0.4,
    "cp949": 0.3,
    "euc_kr": 0.3,
}


#: Codepages that are another with letters in place of some of its symbols: KOI8-U is KOI8-R
#: with Ukrainian's "є і ї ґ" where KOI8-R draws boxes. Bytes of the one are read as the
#: other (see _candidates.legacy_candidate), and are misread as often.
VARIANTS: Final = {"koi8-r": "koi8-u"}
_BASE: Final = {variant: base for base, variant in VARIANTS.items()}


def prior(encoding: str, read_as: str) -> float:
    """How likely this misread is a priori, as a bonus for the scorer."""
    if encoding == "utf-8":
        return PRIOR.get(read_as, _CJK_PRIOR.get(read_as, 0.0))
    if (encoding, read_as) == ("cp1252", "latin-1"):
        return 1.0  # quotes and dashes as C1 controls: the commonest legacy mix-up
    return LEGACY_PAIRS.get((_BASE.get(encoding, encoding), read_as), 0.0)


@cache
def encodes_as(codec: str) -> dict[str, bytes | None]:
    """A per-codec cache of how single characters encode (None: not encodable)."""
    return {}


#: How many characters' bytes are kept per codec.
_CHAR_BYTES_KEPT: Final = 1 << 13


def char_bytes(ch: str, codec: str) -> bytes | None:
    """The bytes ``ch`` encodes to in ``codec``, or None (cached per codec)."""
    cache = encodes_as(codec)
    try:
        return cache[ch]
    except KeyError:
        try:
            data: bytes | None = ch.encode(codec)
        except UnicodeEncodeError:
            data = None
        if len(cache) >= _CHAR_BYTES_KEPT:
            cache.clear()  # text in every script must not fill memory: start over
        cache[ch] = data
        return data


@dataclass(frozen=True)
class SingleByte:
    """A single-byte codepage, completed so that every byte decodes."""

    name: str
    #: ``decode[b]`` is the character byte ``b`` is read as.
    decode: str
    #: Maps a character's ordinal to the byte value it was read from (for ``str.translate``).
    encode: dict[int, int]
    #: Character classes (regex fragments) for UTF-8 lead bytes of 2, 3 and 4 byte sequences
    #: and for continuation bytes, as this codec shows them.
    lead2: str
    lead3: str
    lead4: str
    cont: str
    #: A class of every character shown for a byte 80–FF.
    high: str
    #: The characters shown for lead bytes C2–F4: a run holds one at each of its sequences.
    leads: frozenset[str]
    #: ``encode`` as the C charmap codec takes it: for every character that ``decode`` holds.
    charmap: _EncodeCharMap
    #: The bytes the codepage leaves undefined: what strict software turns into "?".
    undefined: bytes = b""

    def to_bytes(self, text: str) -> bytes:
        """The bytes ``text`` was read from; every character must be encodable."""
        data = self.bytes_of(text)
        return text.translate(self.encode).encode("latin-1") if data is None else data

    def bytes_of(self, text: str) -> bytes | None:
        """The bytes ``text`` was read from, or None if some character is no byte here.

        (Encoded leaving out what is no byte, one byte a character: a character left out
        makes it shorter. Strict, a character that is no byte raised an exception, which
        Python builds with the whole text in it: most texts in another script than the
        codepage's end there, and it took 2 to 3 % of the command's time on text of many
        scripts.)"""
        data = codecs.charmap_encode(text, "ignore", self.charmap)[0]
        return data if len(data) == len(text) else None

    def read(self, data: bytes) -> str:
        """What the codepage shows for ``data`` (every byte is some character)."""
        return codecs.charmap_decode(data, "strict", self.decode)[0]


def char_class(chars: str) -> str:
    """A regex character class of ``chars``, each once, in order, each run of three or more
    consecutive code points as a range ("[a-d]")."""
    points = sorted(set(map(ord, chars)))
    parts = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{re.escape(chr(points[i]))}-{re.escape(chr(points[j]))}")
        else:
            parts.extend(re.escape(chr(p)) for p in points[i : j + 1])
        i = j + 1
    return "[" + "".join(parts) + "]"


@cache
def single_byte(name: str) -> SingleByte:
    """The completed table for codec ``name`` (cached)."""
    chars = []
    undefined = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(name))
        except UnicodeDecodeError:
            chars.append(chr(b))
            undefined.append(b)
    table = "".join(chars)
    encode = {}
    # Later duplicates never happen in these codepages, but keep the first byte if they did.
    for b in range(255, -1, -1):
        encode[ord(table[b])] = b
    return SingleByte(
        name=name,
        decode=table,
        encode=encode,
        charmap=codecs.charmap_build(table),
        lead2=char_class(table[0xC2:0xE0]),
        lead3=char_class(table[0xE0:0xF0]),
        lead4=char_class(table[0xF0:0xF5]),
        cont=char_class(table[0x80:0xC0]),
        high=char_class(table[0x80:]),
        leads=frozenset(table[0xC2:0xF5]),
        undefined=bytes(undefined),
    )
