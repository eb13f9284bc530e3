"""Candidate repairs of one suspicious span: re-encode in the codec it was read as, decode as UTF-8.

Each candidate records the chain of misreads it undoes and whether it had to guess a lost byte.
Deeper layers are tried when a decoded span is itself wholly a run of the same kind. This module
proposes; the scorer decides.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import pairwise, product
from typing import Final

from demojibake._chars import (
    CJK_UNRANKED,
    Kind,
    char_info,
    cjk_pair_level,
    cjk_rank_in,
    east_asian_language,
)
from demojibake._codecs import VARIANTS, char_class, single_byte
from demojibake._detect import UTF8_FOLLOWERS, Hole, first_sequence, run_pattern, sequence_bounds
from demojibake._lexicon import languages_of, listed_anywhere
from demojibake._model import blind_to, letter_cost, pair_count
from demojibake._sorted import bisect_ints_right
from demojibake._types import SINGLE_BYTE, Misread

__all__ = [
    "CJK_PAIR_LEAD",
    "LOST_BYTE",
    "MAX_LISTED_GUESSES",
    "Candidate",
    "candidates",
    "cjk_candidate",
    "cjk_hole_candidate",
    "decode_c1",
    "legacy_candidate",
    "legacy_misread",
    "lost_put_back",
    "marks_filled",
    "multibyte_text",
    "one_misread",
    "recasable",
    "recase_pattern",
    "recase_prefilter",
    "recased_candidates",
]

#: What stands for a lost byte in the bytes a run is read back into ("?" or U+FFFD).
LOST_BYTE: Final = ord("?")
_SEQ: Final = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf ?]|[\xe0-\xef][\x80-\xbf ?]{2}|[\xf0-\xf4][\x80-\xbf ?]{3}"
    rb"|[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf ?]|[\xf0-\xf4][\x80-\xbf ?]{1,2}"
)
#: How many bytes each kind of lead byte's sequence holds.
_LENGTH: Final = {lead: followers + 1 for lead, followers in UTF8_FOLLOWERS.items()}
_UTF8: Final = "utf-8"
#: Lead bytes of code points from U+40000 on: planes 4 to 13 hold no characters, plane 14
#: only tags and variation selectors (E0000-E01EF), planes 15 and 16 private use. UTF-8
#: that decodes there was never written; the bytes were something else.
_HIGH_LEAD: Final = re.compile(rb"[\xf1-\xf4]")
_UNWRITTEN: Final = re.compile("[\U00040000-\U000dffff\U000e01f0-\U0010ffff]")


class Candidate:
    """One reading of a span: its text, and how it came about.

    Immutable by contract (Final), a plain class rather than a frozen dataclass: the engine
    makes thousands, and a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, in Python even where the engine is compiled. Equal, and hashed
    alike, when every field is.
    """

    __slots__ = ("chain", "dropped", "evidence", "guessed", "lossy", "text")

    def __init__(
        self,
        text: str,
        chain: tuple[Misread, ...],
        lossy: bool,
        guessed: bool = False,
        evidence: int = 0,
        dropped: bool = False,
    ) -> None:
        self.text: Final = text
        #: Misreads undone, the first one that happened to the original text first.
        self.chain: Final = chain
        #: Whether a lost byte shows in the repair (as U+FFFD) or had to be guessed.
        self.lossy: Final = lossy
        #: Whether a lost byte's value was guessed (a space taken for a lost no-break space).
        self.guessed: Final = guessed
        #: Continuation characters that really were there: how much UTF-8 structure backs this.
        self.evidence: Final = evidence
        #: Whether the guess is of a byte dropped without a trace (see _dropped_inside).
        self.dropped: Final = dropped

    def _fields(self) -> tuple[str, tuple[Misread, ...], bool, bool, int, bool]:
        return (self.text, self.chain, self.lossy, self.guessed, self.evidence, self.dropped)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Candidate(text={self.text!r}, chain={self.chain!r}, lossy={self.lossy!r}, "
            f"guessed={self.guessed!r}, evidence={self.evidence!r}, dropped={self.dropped!r})"
        )


@lru_cache(maxsize=256)
def one_misread(encoding: str, read_as: str) -> tuple[Misread, ...]:
    """The chain of one misread, ``encoding`` read as ``read_as``: one shared tuple for each,
    since a text's candidates number in the thousands and most of them share a handful."""
    return (Misread(encoding, read_as),)


def _decode_utf8(data: bytes) -> tuple[str, bool, bool, int] | None:
    """Decode ``data`` as UTF-8 where ' ' stands for a lost A0 and '?' for an unknown byte.

    Returns the text, whether a byte was lost, whether one was guessed and how many real
    continuation bytes there were, or ``None`` when a sequence is not UTF-8 at all (then the
    span was not UTF-8 misread as this codec).
    """
    if _HIGH_LEAD.search(data) and _UNWRITTEN.search(data.decode(_UTF8, "replace")):
        return None
    if b" " not in data and b"?" not in data:
        try:
            text = data.decode(_UTF8)
            return text, False, False, len(data) - len(text)
        except UnicodeDecodeError:
            pass
    out: list[str] = []
    lossy = guessed = False
    evidence = 0
    pos = 0
    for m in _SEQ.finditer(data):
        if m.start() != pos:
            return None
        pos = m.end()
        seq = m.group()
        evidence += sum(1 for b in seq[1:] if b >= 0x80)
        if b"?" in seq:
            out.append("\ufffd")
            lossy = True
            continue
        if len(seq) < _LENGTH[seq[0]] and (len(seq) > 1 or pos < len(data)):
            # A byte dropped: only guesses read it (see _dropped_inside). A 2-byte lead alone
            # at the end is a lost no-break space, below.
            return None
        if b" " in seq:
            seq = seq.replace(b" ", b"\xa0")
            lossy = guessed = True
        elif len(seq) == 1:
            seq += b"\xa0"
            lossy = guessed = True
        try:
            out.append(seq.decode(_UTF8))
        except UnicodeDecodeError:
            try:
                out.append(seq.decode(_UTF8, "surrogatepass"))
            except UnicodeDecodeError:
                return None
    if pos != len(data):
        return None
    text = "".join(out)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        # CESU-8: a surrogate pair encoded as two 3-byte sequences.
        try:
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        except UnicodeDecodeError:
            return None
    return text, lossy, guessed, evidence


def _read_back(span: str, codec: str) -> tuple[bytes, int]:
    """The bytes ``span`` was before ``codec`` read it, with "?" for U+FFFD and each lost
    byte that can be told put back (see lost_put_back), and how many were."""
    table = single_byte(codec)
    data = table.to_bytes(span.replace("\ufffd", "?"))
    if b"?" not in data or not table.undefined:
        return data, 0
    return lost_put_back(data, table.undefined, dropped=False)


def lost_put_back(data: bytes, undefined: bytes, dropped: bool) -> tuple[bytes, int]:
    """``data`` with the byte each UTF-8 sequence of an East Asian character lost put back
    where the character can be told (see _likeliest), and how many were: a byte shown as
    "?" (a U+FFFD read back), or where ``dropped``, one dropped without a trace.

    A byte lost so is one the codepage leaves undefined (``undefined``), one of a handful:
    "ã?®" is "の" (E3 81 AE) or one of four characters no text writes ("㍮", "㏮", "㐮",
    "㝮"). Japanese shown by cp1252 loses the 81 of every "の", "は", "に" and "と", and a
    line holds more of them than the scorer can price every combination of
    (_MAX_GUESSED_MARKS); a character so sure needs no such pricing, and those left are
    guessed as before. Each pass reads the characters beside a lost byte with the guesses
    of the passes before: "に?" before "め" is "に初め" once "に" is known."""
    seqs = list(_SEQ.finditer(data))
    options = [_lost_options(m.group(), undefined, dropped) for m in seqs]
    chars = []  # (each sequence's character: "?" where it lost a byte, "" where no one)
    for m, found in zip(seqs, options, strict=True):
        try:
            char = "?" if found else m.group().decode(_UTF8)
        except UnicodeDecodeError:
            char = ""
        chars.append(char if len(char) == 1 else "")
    chosen: dict[int, str] = {}
    for _ in range(_HOLE_PASSES):
        progress = False
        language = east_asian_language(chars)
        for k, m in enumerate(seqs):
            if chars[k] != "?":
                continue
            left = chars[k - 1] if k and seqs[k - 1].end() == m.start() else ""
            right = chars[k + 1] if k + 1 < len(seqs) and seqs[k + 1].start() == m.end() else ""
            left, right = left.strip("?"), right.strip("?")  # (not yet known)
            char = _told_character(options[k], left, right, language)
            if char:
                chosen[k] = chars[k] = char
                progress = True
            elif chars[k + 1 : k + 2] == ["?"] and seqs[k + 1].start() == m.end():
                # Two lost bytes side by side: their characters may tell each other ("重要").
                after = (
                    chars[k + 2]
                    if k + 2 < len(seqs) and seqs[k + 2].start() == seqs[k + 1].end()
                    else ""
                )
                pair = _pair_choice(options[k], options[k + 1], left, after.strip("?"))
                if pair is not None:
                    chosen[k], chosen[k + 1] = chars[k], chars[k + 1] = pair
                    progress = True
        if not progress:
            break
    if not chosen:
        return data, 0
    pieces: list[bytes] = []
    pos = 0
    for k, char in sorted(chosen.items()):
        pieces += [data[pos : seqs[k].start()], char.encode(_UTF8)]
        pos = seqs[k].end()
    pieces.append(data[pos:])
    return b"".join(pieces), len(chosen)


def _lost_options(seq: bytes, undefined: bytes, dropped: bool) -> tuple[str, ...]:
    """The characters a UTF-8 sequence of three bytes or four (``seq``, see _SEQ) that lost
    bytes the codepage leaves undefined (``undefined``) can have been: with each "?" one of
    them, or where ``dropped``, with one of them put back anywhere after its lead; none where
    it lost none so."""
    if dropped:
        if len(seq) + 1 != _LENGTH[seq[0]] or len(seq) < 2:
            return ()
        return tuple(
            text
            for at in range(1, len(seq) + 1)
            for text in marks_filled(seq[:at] + b"?" + seq[at:], [at], undefined)
        )
    marks = [i for i, b in enumerate(seq) if b == LOST_BYTE]
    if not marks or len(marks) > _MAX_GUESSED_MARKS or len(seq) != _LENGTH[seq[0]] or len(seq) < 3:
        return ()
    return tuple(marks_filled(seq, marks, undefined))


def _dropped_before_spaces(data: bytes, undefined: bytes, text: str) -> str:
    """The reading of a run (``data``, read as ``text`` with each space inside a sequence a
    lost no-break space) where the sequences of three bytes that end in such a space (or of
    two, that make a digit after a letter so) instead lost a byte the codepage leaves
    undefined (``undefined``) before a real space, wherever the characters tell (see
    _likeliest); "" where none does.

    Korean shown by cp1252 drops the 9D of "을" (EC 9D 84) before the space that ends its
    word, and "ì„ " reads as "선" (EC 84 A0) with the space a lost no-break space; but
    "을" is far commoner, and so is "이" (EC 9D B4) than "촠" (EC B4 A0)."""
    seqs = list(_SEQ.finditer(data))
    if len(seqs) != len(text):
        return ""  # (a surrogate pair read as one character)
    chars = list(text)
    language = east_asian_language(text)
    changed = False
    for k, m in enumerate(seqs):
        seq = m.group()
        if len(seq) == 2 and seq[1] == _SPACE and k and text[k - 1].isalpha():
            # A digit after a letter is no lost no-break space either: "ÙŠÙ‚Ù " is "يقف "
            # (D9 81, 81 dropped), not "يق٠" (D9 A0), where no other letter fits.
            letters = [
                char
                for byte in undefined
                if (char := bytes((seq[0], byte)).decode(_UTF8, "replace")).isalpha()
            ]
            if unicodedata.category(text[k]) == "Nd" and len(letters) == 1:
                chars[k] = letters[0] + " "
                changed = True
            continue
        if len(seq) != 3 or _LENGTH[seq[0]] != 3 or seq[2] != _SPACE:
            continue
        lost = _lost_options(seq[:-1], undefined, dropped=True)
        char = _told_character((*lost, text[k]), text[k - 1] if k else "", "", language)
        if not char and cjk_rank_in(text[k], language) is None:
            # Nothing tells which byte was dropped, but one was: the no-break space would make
            # a character the language all but never writes ("ê° " is "갠", where "각", "감"
            # and "객" are common), so the character is shown as lost.
            char = "\ufffd" if any(cjk_rank_in(c, language) is not None for c in lost) else ""
        if char and char != text[k]:
            chars[k] = char + " "
            changed = True
    return "".join(chars) if changed else ""


#: A space inside a sequence, read as a lost no-break space (see _decode_utf8).
_SPACE: Final = ord(" ")


def candidates(
    span: str, codec: str, codecs: tuple[str, ...], layers: int, guesses: bool = True
) -> Iterator[Candidate]:
    """Every reading of ``span`` (a run found for ``codec``) up to ``layers`` misreads deep;
    without ``guesses``, none of those that guess lost bytes but the plain reading."""
    data, filled = _read_back(span, codec)
    first = _decode_utf8(data)
    if first is None:
        if guesses:
            yield from _dropped_inside(span, codec, one_misread(_UTF8, codec))
        return
    text, lossy, guessed, evidence = first
    lossy = lossy or filled > 0
    evidence -= filled  # (a byte put back is no evidence of UTF-8)
    chain = one_misread(_UTF8, codec)
    step = chain[0]
    guessing = guessed and guesses  # (whether lost bytes are guessed beyond this reading)
    if guessing and b" " in data:
        dropped = _dropped_before_spaces(data, single_byte(codec).undefined, text)
        if dropped:
            yield Candidate(dropped, chain, True, True, evidence, dropped=True)
            return
    yield Candidate(text, chain, lossy, guessed, evidence)
    if guesses:
        yield from _question_marks(data, codec, chain, filled)
    if guessing:
        # (A run that reads as UTF-8 lacks no byte; one that ends in a 2-byte lead alone, read
        # above as a lost no-break space, may lack an undefined one.)
        yield from _dropped_inside(span, codec, chain)
    if guessing and span.endswith(" ") and not text[-1:].isspace():
        # The final space may be a real one after a dropped no-break space ("Ã perturber"),
        # or after a dropped byte the codepage leaves undefined ("â€ from": ” lost its 9D).
        yield Candidate(text + " ", chain, True, True, evidence)
        yield from _dropped_undefined(span[:-1], codec, chain)
    # (Where no codec's run starts the reading, as one first_sequence() match tells, it was
    # misread only once.)
    if layers > 1 and not text.isascii() and first_sequence(codecs, lossy).match(text):
        for inner_codec in codecs:
            # A byte lost in an outer layer shows as U+FFFD in the inner one; only then may
            # the inner layer guess too.
            if run_pattern(inner_codec, lossy).fullmatch(text):
                for deeper in candidates(text, inner_codec, codecs, layers - 1, guesses):
                    if deeper.guessed and not guessed:
                        continue
                    yield Candidate(
                        deeper.text,
                        (*deeper.chain, step),
                        lossy or deeper.lossy,
                        guessed,
                        evidence + deeper.evidence,
                    )


#: The most "?" in one run whose lost bytes are guessed (each has a handful of choices).
_MAX_GUESSED_MARKS: Final = 2


def _question_marks(
    data: bytes, codec: str, chain: tuple[Misread, ...], filled: int
) -> Iterator[Candidate]:
    """Readings of a run (``data``: its bytes before ``codec`` read them, ``filled`` lost
    ones put back) whose "?" stood for a byte ``codec`` leaves undefined.

    Software that reads strictly turns a byte its codepage does not define into "?" (cp1252:
    81, 8D, 8F, 90, 9D); a "?" inside a UTF-8 run was most likely one of those, so each is
    tried ("Ñ?" is с, э, я, ѐ or ѝ) and the scorer picks. So is a U+FFFD, which software
    that reads leniently puts there instead ("SlovenÄ�ina" is "Slovenčina"); the reading
    that keeps it as U+FFFD is offered too (see ``candidates``), for where none fits.
    """
    table = single_byte(codec)
    marks = [i for i, b in enumerate(data) if b == LOST_BYTE]
    if not marks or not table.undefined or len(marks) > _MAX_LISTED_MARKS:
        return
    if len(marks) > _MAX_GUESSED_MARKS:
        if len(table.undefined) ** len(marks) <= MAX_LISTED_GUESSES:
            yield from _listed_marks(data, marks, table.undefined, chain, filled)
        return
    for text in marks_filled(data, marks, table.undefined):
        evidence = len(data) - len(text) - len(marks) - filled
        yield Candidate(text, chain, lossy=True, guessed=True, evidence=evidence)


def marks_filled(data: bytes, marks: list[int], undefined: bytes) -> Iterator[str]:
    """``data`` decoded as UTF-8 with each byte at ``marks`` one of ``undefined``, every way
    that decodes."""
    for choice in product(undefined, repeat=len(marks)):
        guess = bytearray(data)
        for i, b in zip(marks, choice, strict=True):
            guess[i] = b
        try:
            yield bytes(guess).decode(_UTF8)
        except UnicodeDecodeError:
            continue


#: The most "?" in one run that are guessed at all: beyond _MAX_GUESSED_MARKS only where one
#: guess alone makes a word the word list holds (see _listed_marks).
_MAX_LISTED_MARKS: Final = 4
#: The most guesses _listed_marks looks up: each is a lookup in every language's list, and
#: cp1252's five undefined bytes make 625 for four marks (cp1253's seventeen, 4,913 for three).
MAX_LISTED_GUESSES: Final = 625


def _listed_marks(
    data: bytes, marks: list[int], undefined: bytes, chain: tuple[Misread, ...], filled: int
) -> Iterator[Candidate]:
    """The one reading of a run whose many "?" (at ``marks`` of ``data``) stood for bytes its
    codepage leaves undefined that makes a word the word list holds, common or known; none
    where no guess or more than one does. Russian "является" shown by cp1252 is
    "Ñ?Ð²Ð»Ñ?ÐµÑ‚Ñ?Ñ?" with its 8F, 8F, 81 and 8F lost: 625 guesses, too many for the scorer
    to price each, of which the list knows one."""
    found: str | None = None
    for text in marks_filled(data, marks, undefined):
        if listed_anywhere(text):
            if found is not None:
                return
            found = text
    if found is not None and languages_of(found, deep=True):
        evidence = len(data) - len(found) - len(marks) - filled
        yield Candidate(found, chain, lossy=True, guessed=True, evidence=evidence)


def _dropped_inside(span: str, codec: str, chain: tuple[Misread, ...]) -> Iterator[Candidate]:
    """Readings of a run with a sequence one byte short inside it, the byte one ``codec``
    leaves undefined: software that drops such bytes leaves "ÐœÐ¾ÑÐºÐ²Ð°" of "Москва" (the
    81 of "с" gone). Each undefined byte is tried at each place the sequence could have lost
    it. The bytes of East Asian characters that can be told are put back first, however
    many (see lost_put_back: Japanese drops the 81 of every "の"); a run short of bytes in
    more than one place besides, or with a space in it, is read once, each word as the word
    list or the letter model tells (see _word_drops_read), or not at all. Nothing reads a
    dropped byte as U+FFFD: that would turn garble into other garble."""
    table = single_byte(codec)
    if not table.undefined or any(c in "?\ufffd" for c in span):
        return
    if " " in span:
        # (Each space a real one, not a lost no-break space: "Ð¾Ð¿Ð¸ÑÑ‹Ð²Ð°ÑŽÑ‚ÑÑ Ð¸Ð´ÐµÑ‚" is
        # "описываются идет", with three 81 and 8F lost, one of them before the space.)
        data = table.to_bytes(span)
        read = _drops_read(data, table.undefined)
        if read is not None:
            evidence = len(data) - len(read)
            yield Candidate(read, chain, lossy=True, guessed=True, evidence=evidence, dropped=True)
        return
    data, filled = lost_put_back(table.to_bytes(span), table.undefined, dropped=True)
    short = _short_sequences(data)
    if filled and not short:
        guesses = [data]
    elif len(short) == 1:
        guesses = list(_drops_put_back(data, short, table.undefined))
    else:
        read = _word_drops_read(data, short, table.undefined)
        if read is not None:
            evidence = len(data) - len(read) - filled
            yield Candidate(read, chain, lossy=True, guessed=True, evidence=evidence, dropped=True)
        return
    for guess in guesses:
        try:
            text = guess.decode(_UTF8)
        except UnicodeDecodeError:
            continue
        evidence = len(data) - len(text) - filled
        yield Candidate(text, chain, lossy=True, guessed=True, evidence=evidence, dropped=True)


def _short_sequences(data: bytes) -> list[tuple[int, int]]:
    """Where the UTF-8 sequences of ``data`` (a run with no space) that lack a byte are."""
    return [
        (m.start(), m.end()) for m in _SEQ.finditer(data) if len(m.group()) < _LENGTH[m.group()[0]]
    ]


def _drops_read(data: bytes, undefined: bytes) -> str | None:
    """``data``, a run of words whose UTF-8 sequences lost bytes its codepage leaves
    undefined (``undefined``) without a trace, each space a real one, read word by word
    (see _word_drops_read); None where a word cannot be read so."""
    words: list[str] = []
    for word in data.split(b" "):
        short = _short_sequences(word)
        if short:
            read = _word_drops_read(word, short, undefined)
        else:
            try:
                read = word.decode(_UTF8)
            except UnicodeDecodeError:
                read = None
        if read is None:
            return None
        words.append(read)
    return " ".join(words)


def _drops_put_back(data: bytes, short: list[tuple[int, int]], undefined: bytes) -> Iterator[bytes]:
    """``data`` with a byte of ``undefined`` put back in each of its sequences ``short``
    (each one byte short), at each place after the lead it could have been lost from: every
    way, in order."""
    options = [
        [(at, byte) for at in range(start + 1, end + 1) for byte in undefined]
        for start, end in short
    ]
    for choice in product(*options):
        pieces: list[bytes] = []
        pos = 0
        for at, byte in choice:
            pieces += [data[pos:at], bytes([byte])]
            pos = at
        pieces.append(data[pos:])
        yield b"".join(pieces)


def _word_drops_read(word: bytes, short: list[tuple[int, int]], undefined: bytes) -> str | None:
    """The reading of ``word`` whose sequences ``short`` each lost a byte of ``undefined``
    that the word list holds, where it holds one; where it holds none, the one the letter
    model likes best by far (see _SPELT_LEAD); else None (or if there are too many to try).

    Russian "заявляет" shown by cp1252 by software that drops what cp1252 does not define
    is "Ð·Ð°ÑÐ²Ð»ÑÐµÑ‚", its 8F lost twice: each "Ñ" alone may be "с", "э", "я", "ѐ"
    or "ѝ", and the letter model, reading one at a time, likes "засвлсет" about as well;
    of the 25 readings of the word, the list holds one. (As _listed_marks does for "?".)"""
    if math.prod(len(undefined) * (end - start) for start, end in short) > MAX_LISTED_GUESSES:
        return None
    readings: dict[str, None] = {}
    for guess in _drops_put_back(word, short, undefined):
        try:
            readings[guess.decode(_UTF8)] = None
        except UnicodeDecodeError:
            continue
    listed = [text for text in readings if listed_anywhere(text)]
    if len(listed) == 1:
        return listed[0]
    return _spelt_best(list(readings)) if not listed else None


#: How many bits cheaper the letter model must price the reading of a word that lost bytes
#: in several places than any other, where the word list holds none of them, to read it so
#: (see _spelt_best). Over our sweep of lost bytes, 3 bits read 22 more phrases right and
#: none wrong; 1.5 bits 29 right and 2 wrong.
_SPELT_LEAD: Final = 3.0
#: The most bits a letter pair of that reading may cost on average: more, and the model does
#: not know its language (Tamil, which it lacks, costs far more).
_SPELT_PER_PAIR: Final = 4.5


def _spelt_best(readings: list[str]) -> str | None:
    """Of ``readings`` of a word, each a letter or mark where it lost a byte, the one the
    letter model prices lowest by _SPELT_LEAD bits or more, in a language it knows; else
    None. A reading that makes a sign of a lost byte ("پرو\u06dd" for "پروہ") is none."""
    worded = [text for text in readings if all(map(_in_word, text))]
    if len(worded) < 2 or any(map(blind_to, worded)):
        return None
    (best, text), (second, _) = sorted((letter_cost([text]), text) for text in worded)[:2]
    pairs = pair_count([text])
    if pairs and best <= _SPELT_PER_PAIR * pairs and best + _SPELT_LEAD <= second:
        return text
    return None


def _in_word(char: str) -> bool:
    """Whether ``char`` is ASCII, a letter or a combining mark: what a word is made of."""
    return char.isascii() or char.isalpha() or unicodedata.category(char)[0] == "M"


def _dropped_undefined(span: str, codec: str, chain: tuple[Misread, ...]) -> Iterator[Candidate]:
    """Readings of a run before a space that ends one byte short, the byte one ``codec``
    leaves undefined (the space stays).

    Software that drops the bytes its codepage does not define leaves "â€" of "”" (its 9D
    gone); each undefined byte that completes the last sequence is tried. A two-byte
    sequence is more often a lost no-break space ("Ã " of "à"), and is completed only where
    that makes a letter ("Ñ " of "я ", "Ä " of Latvian "ā "), which the word list and the
    letter model can judge against it.
    """
    table = single_byte(codec)
    if not table.undefined or not span or any(c in "? \ufffd" for c in span):
        return
    data = table.to_bytes(span)
    try:
        data.decode(_UTF8)
        return  # nothing is missing
    except UnicodeDecodeError as error:
        if error.end != len(data):
            return
        two_byte = data[error.start] < 0xE0
    for byte in table.undefined:
        try:
            text = (data + bytes([byte])).decode(_UTF8)
        except UnicodeDecodeError:
            continue
        if two_byte and not text[-1].isalpha():
            continue  # (see above: a letter only)
        evidence = len(data) - len(text)
        yield Candidate(
            text + " ", chain, lossy=True, guessed=True, evidence=evidence, dropped=True
        )


def decode_c1(span: str) -> str:
    """Read C1 controls as the cp1252 bytes they were (undefined bytes stay as they are)."""
    table = single_byte("cp1252").decode
    return "".join(table[ord(c)] for c in span)


def cjk_candidate(data: bytes, codec: str) -> Candidate | None:
    """UTF-8 that an East Asian codec read: ``data`` is the span's bytes in that codec."""
    try:
        text = data.decode(_UTF8)
    except UnicodeDecodeError:
        return None
    return Candidate(text, one_misread(_UTF8, codec), lossy=False, evidence=len(data) - len(text))


#: How sure a guess of a lost byte must be: the share of the likelihood of every character
#: the byte could complete that the commonest one holds (characters as likely as 1/rank,
#: Zipf's law, by cjk_rank). Below it, the character is shown by the decoder's mark.
_HOLE_SURE: Final = 0.9
#: The most characters a lost byte may complete for one of them to be guessed: a byte lost
#: before anything the codec could pair it with (the end of a line) completes any of 64,
#: and which of those a name or a rare word held, frequency does not tell.
_HOLE_CHOICES: Final = 32
#: How many levels of data/cjk_pairs.txt (each twice as frequent as the one below) the
#: pairs a lost byte's likeliest character makes with the characters beside it must lead
#: every other's by for it to be guessed (the levels of both sides added). (Over the 174
#: GBK cases of our corpus and the held-out sets, a lead of 4 writes 106 lost characters
#: more, one of them wrong; a lead of 2, 159 more, 19 of them wrong; measured on the
#: higher side's level alone.)
CJK_PAIR_LEAD: Final = 4
#: How many times the lost bytes of a stretch are read, each time with the guesses of the
#: times before beside them.
_HOLE_PASSES: Final = 3


def cjk_hole_candidate(data: bytes, holes: tuple[Hole, ...], codec: str) -> Candidate | None:
    """UTF-8 that an East Asian codec read leniently, a byte lost at each of ``holes`` (see
    find_cjk_holes: ``data`` holds a stand-in for each).

    Each lost byte is one the codec could not read where it stood (it left one U+FFFD), so
    it completes a character in few ways: where another byte followed, only bytes that make
    no character with it ("澶�" before "閮" is "太", "夫" or one of five rarer ones; GBK
    pairs the others). The character is guessed where, with the characters beside it, it
    makes pairs that Chinese, Japanese and Korean words write far more often than any other
    would (see _hole_choice and _pair_choice), or where it is far commoner than the rest
    together (see _HOLE_SURE) and the byte had few to choose from (see _HOLE_CHOICES); else
    it is shown by the mark the decoder left (U+FFFD or "?"). None where no byte fits.
    """
    bounds = sequence_bounds(data)
    ends = dict(pairwise(bounds))
    lost: dict[int, list[Hole]] = {}
    for hole in holes:
        lost.setdefault(bounds[bisect_ints_right(bounds, hole[0]) - 1], []).append(hole)
    chosen: dict[int, str] = {}
    guessed = False
    # Each pass reads the characters beside a lost byte as whole ones and the guesses of the
    # passes before tell them: "澶�閮�" is "太" once "郎" is known, and "郎" once "太" is.
    for first in [True, *[False] * (_HOLE_PASSES - 1)]:
        progress = False
        for start, its in lost.items():
            if start in chosen:
                continue
            k = bisect_ints_right(bounds, start) - 1
            left = _char_at(data, bounds, k - 1, lost, chosen)
            right = _char_at(data, bounds, k + 1, lost, chosen)
            if len(its) == 1 and k + 1 < len(bounds) - 1 and not right:
                # Two lost bytes side by side: their characters may tell each other.
                nxt = lost.get(bounds[k + 1], [])
                if len(nxt) == 1 and bounds[k + 1] not in chosen:
                    (at, after, _mark), (at2, after2, _mark2) = its[0], nxt[0]
                    pair = _pair_choice(
                        _hole_options(data[start:at], data[at + 1 : ends[start]], after, codec),
                        _hole_options(
                            data[bounds[k + 1] : at2],
                            data[at2 + 1 : ends[bounds[k + 1]]],
                            after2,
                            codec,
                        ),
                        left,
                        _char_at(data, bounds, k + 2, lost, chosen),
                    )
                    if pair is not None:
                        chosen[start], chosen[bounds[k + 1]] = pair
                        guessed = progress = True
                        continue
            for at, after, _mark in its if first or len(its) == 1 else ():
                choice = _hole_choice(
                    data[start:at], data[at + 1 : ends[start]], after, codec, left, right
                )
                if choice is None:
                    return None
                char, many = choice
                if char and len(its) == 1:
                    # (A sequence that lost two bytes, each priced with a stand-in for the
                    # other, stays lost.)
                    chosen[start] = char
                    guessed = guessed or many
                    progress = True
        if not progress:
            break
    for start, its in lost.items():
        chosen.setdefault(start, its[-1][2])
    pieces = []
    pos = 0
    try:
        for start, char in sorted(chosen.items()):
            pieces += [data[pos:start].decode(_UTF8), char]
            pos = ends[start]
        pieces.append(data[pos:].decode(_UTF8))
    except UnicodeDecodeError:
        return None  # (a surrogate's bytes, which the stretches let pass)
    text = "".join(pieces)
    return Candidate(
        text, one_misread(_UTF8, codec), lossy=True, guessed=guessed, evidence=len(data) - len(text)
    )


def _char_at(
    data: bytes, bounds: list[int], k: int, lost: dict[int, list[Hole]], chosen: dict[int, str]
) -> str:
    """The character of the ``k``-th UTF-8 sequence of ``data`` (``bounds``: where each
    starts), where it lost no byte, or was guessed (``chosen``); else ""."""
    if not 0 <= k < len(bounds) - 1:
        return ""
    start = bounds[k]
    if start in lost:
        return chosen.get(start, "")
    try:
        char = data[start : bounds[k + 1]].decode(_UTF8)
    except UnicodeDecodeError:
        return ""
    return char if len(char) == 1 else ""


@lru_cache(maxsize=4096)
def _hole_choice(
    before: bytes, after_hole: bytes, after: int | None, codec: str, left: str, right: str
) -> tuple[str, bool] | None:
    """The character a UTF-8 sequence that lost a byte between ``before`` and
    ``after_hole`` was, where it can be told ("" where it cannot), and whether more than one
    byte was possible; None where no byte fits (see cjk_hole_candidate). ``left`` and
    ``right``: the characters beside it, where known (else "").

    Of the characters the byte could complete, the one that the words of Chinese, Japanese
    and Korean write far the most often beside ``left`` or ``right`` (see CJK_PAIR_LEAD): "山田
    澶�" is "山田太" and then "郎"'s first two bytes, as "太郎" is a pair names write; else
    the commonest where it is far the commonest (see _HOLE_SURE)."""
    options = _hole_options(before, after_hole, after, codec)
    if not options:
        return None
    return _likeliest(options, left, right), len(options) > 1


def _likeliest(options: tuple[str, ...], left: str, right: str, language: str = "") -> str:
    """Of the characters a lost byte could complete, the one that the words of Chinese,
    Japanese and Korean write far the most often beside ``left`` and ``right`` (the
    characters beside it, "" where unknown; the levels of the pairs it makes on both sides
    add up, as each side is evidence of its own: "单" before and "流" after both say "一",
    where "个" makes a pair with "单" only; see CJK_PAIR_LEAD); else the commonest where it
    is far the commonest (see _HOLE_SURE) and the byte had few to choose from (see
    _HOLE_CHOICES), in ``language`` where it is known (see cjk_rank_in); else ""."""
    if not options:
        return ""
    weights = [1 / (cjk_rank_in(c, language) or CJK_UNRANKED) for c in options]
    if left or right:
        levels = [
            (cjk_pair_level(left + c) if left else 0) + (cjk_pair_level(c + right) if right else 0)
            for c in options
        ]
        order = sorted(range(len(options)), key=lambda i: (-levels[i], -weights[i]))
        runner_up = levels[order[1]] if len(order) > 1 else 0
        if levels[order[0]] >= runner_up + CJK_PAIR_LEAD:
            return options[order[0]]
    if len(options) > _HOLE_CHOICES:
        return ""
    best = max(range(len(options)), key=weights.__getitem__)
    return options[best] if weights[best] >= _HOLE_SURE * sum(weights) else ""


def _told_character(options: tuple[str, ...], left: str, right: str, language: str) -> str:
    """The character of ``options`` a lost byte made, where the characters beside it or
    their frequency tell it (see _likeliest, _only_ranked) and ``language`` writes it at
    all; else ""."""
    char = _likeliest(options, left, right, language) or _only_ranked(options, language)
    return char if char and cjk_rank_in(char, language) is not None else ""


def _only_ranked(options: tuple[str, ...], language: str) -> str:
    """The one of ``options`` the frequency lists hold (see cjk_rank_in), where the others are
    characters text all but never writes ("板" of "æ?¿": "恿", "捿", "揿" and "搿" are
    none of the 99 % of any running text); else ""."""
    ranked = [c for c in options if cjk_rank_in(c, language) is not None]
    return ranked[0] if len(ranked) == 1 else ""


@lru_cache(maxsize=4096)
def _hole_options(
    before: bytes, after_hole: bytes, after: int | None, codec: str
) -> tuple[str, ...]:
    """The characters a UTF-8 sequence that lost a byte between ``before`` and
    ``after_hole`` can have been: those whose byte ``codec`` reads alone before ``after``."""
    options = []
    for byte in range(0x80, 0x100):
        try:
            char = (before + bytes([byte]) + after_hole).decode(_UTF8)
        except UnicodeDecodeError:
            continue
        if _read_alone(byte, after, codec):
            options.append(char)
    return tuple(options)


def _pair_choice(
    firsts: tuple[str, ...], seconds: tuple[str, ...], left: str, right: str
) -> tuple[str, str] | None:
    """Of the characters two lost bytes side by side can have completed, the two that make
    the pairs Chinese, Japanese and Korean words write far the most often with each other and
    the characters beside them (``left``, ``right``: "" where unknown); None where no two
    lead the rest by CJK_PAIR_LEAD. ("澶�閮�" after "山田" is "太郎".)"""
    scored = []
    # (What each second character makes with ``right`` is asked once, not once for each first.)
    tails = [cjk_pair_level(b + right) if right else 0 for b in seconds]
    for a in firsts:
        head = cjk_pair_level(left + a) if left else 0
        for b, tail in zip(seconds, tails, strict=True):
            level = head + cjk_pair_level(a + b) + tail
            if level:
                scored.append((level, a, b))
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0  # (the pairs no word writes: 0)
    if best[0] < runner_up + CJK_PAIR_LEAD:
        return None
    return best[1], best[2]


@lru_cache(maxsize=1024)
def _read_alone(byte: int, after: int | None, codec: str) -> bool:
    """Whether ``codec``, reading ``byte`` and then ``after`` (None: nothing), turns ``byte``
    alone into U+FFFD (so that it can have been lost there)."""
    if after is None:
        return bytes([byte]).decode(codec, "replace") == "\ufffd"
    rest = bytes([after]).decode(codec, "replace")
    return bytes([byte, after]).decode(codec, "replace") == "\ufffd" + rest


@cache
def _variant_letters(encoding: str) -> frozenset[str]:
    """What ``encoding``'s variant reads where ``encoding`` does not (see VARIANTS)."""
    variant = VARIANTS.get(encoding)
    if variant is None:
        return frozenset()
    return frozenset(single_byte(variant).decode) - frozenset(single_byte(encoding).decode)


def legacy_misread(encoding: str, read_as: str, reading: str) -> tuple[Misread, ...]:
    """The chain of a legacy reading: ``encoding`` shown by ``read_as``, or its variant
    where the reading holds letters only the variant has."""
    extra = _variant_letters(encoding)
    if extra and not extra.isdisjoint(reading):
        return one_misread(VARIANTS[encoding], read_as)
    return one_misread(encoding, read_as)


def legacy_candidate(span: str, encoding: str, read_as: str) -> Candidate | None:
    """Legacy ``encoding`` bytes that single-byte ``read_as`` showed as ``span``."""
    if encoding in SINGLE_BYTE:
        data = single_byte(read_as).to_bytes(span)
        text = single_byte(VARIANTS.get(encoding, encoding)).read(data)
        return Candidate(text, legacy_misread(encoding, read_as, text), lossy=False)
    decoded = multibyte_text(span, encoding, read_as)
    if decoded is None:
        return None
    return Candidate(decoded, one_misread(encoding, read_as), lossy=False)


def multibyte_text(span: str, encoding: str, read_as: str) -> str | None:
    """What multi-byte legacy ``encoding`` reads for the bytes single-byte ``read_as`` showed
    as ``span`` (legacy_candidate's text, without the candidate), or None if they are no text
    in it."""
    try:
        return single_byte(read_as).to_bytes(span).decode(encoding)
    except UnicodeDecodeError:
        return None


def recased_candidates(span: str, codec: str) -> Iterator[Candidate]:
    """Readings of ``span``, UTF-8 shown by single-byte ``codec`` and then lower-cased.

    Lower-casing moves a lead byte out of place: "Ã" (C3) becomes "ã" (E3), so "café"
    shown as "cafÃ©" and lower-cased, "cafã©", is no UTF-8 as it stands. Each character
    that UTF-8 needs as its capital is put back as that ("ã" before "©" must be "Ã"), and the
    reading is lower-cased as its text was. Where a character and its capital both continue
    a sequence (cp1252 "š" and "Š"), the likelier character is read, and both where they
    are small letters alike (see _recased). A lead byte may be read either way ("ð" is F0,
    the lead of an emoji, or "Ð", D0, of Cyrillic). Nothing is yielded unless some byte had
    to be a capital, a lead or a continuation whose small letter continues nothing: that is
    what lower-casing leaves (Hebrew shown by ISO 8859-2 holds "ł", and "Ł" would do as
    well), nor where the reading is itself lower-cased mojibake (a text misread twice), nor
    where it makes a two-byte character that is neither letter nor mark.
    """
    if not recasable(codec):
        return
    table = single_byte(codec)
    choices: list[tuple[int, ...]] = []
    for c in span:
        own = table.encode.get(ord(c))
        if own is None:
            return
        upper = c.upper()
        capital = table.encode.get(ord(upper)) if len(upper) == 1 and upper != c else None
        choices.append((own,) if capital is None else (own, capital))
    if is_utf8(bytes(c[0] for c in choices)):
        return  # UTF-8 as it stands: its case was never lost
    if len(span) > _MAX_RECASED_RUN:
        return  # (one word of mojibake this long that was lower-cased is no real case)
    readings = _recased(choices, 0, {})
    for data, recased, ambiguous in readings:
        if not recased:
            continue
        text = data.decode(_UTF8)
        if recase_pattern(codec).search(text.lower()):
            continue  # (still lower-cased mojibake: misread twice, which this cannot undo)
        if not all(map(_recased_plausibly, text)):
            continue
        evidence = len(data) - len(text)
        # (Only a toss-up is a guess: where one capital alone makes UTF-8, it was that.)
        yield Candidate(
            text.lower(),
            one_misread(_UTF8, codec),
            lossy=False,
            guessed=ambiguous > 0,
            evidence=evidence,
        )


def _recased(
    choices: list[tuple[int, ...]], start: int, memo: dict[int, list[tuple[bytes, bool, int]]]
) -> list[tuple[bytes, bool, int]]:
    """The ways, a few at most, to pick one byte of each choice from ``start`` on that make
    UTF-8, with whether a capital was picked for a lead byte or where only it continues a
    sequence, and how many sequences were a toss-up between two small letters.

    Where a continuation byte may be the small letter or its capital, the sequence that
    makes the likelier character is taken (cp1251 "рє" is "к", D0 BA, not "Ъ", D0 AA), and
    between two as likely the one that keeps the byte as it stands.
    """
    if start == len(choices):
        return [(b"", False, 0)]
    if start in memo:
        return memo[start]
    out: list[tuple[bytes, bool, int]] = []
    memo[start] = out
    for i, lead in enumerate(choices[start]):
        if 0xC2 <= lead <= 0xDF:
            need = 1
        elif 0xE0 <= lead <= 0xEF:
            need = 2
        elif 0xF0 <= lead <= 0xF4:
            need = 3
        else:
            continue
        if start + 1 + need > len(choices):
            continue
        conts = [
            [b for b in choices[k] if 0x80 <= b <= 0xBF] for k in range(start + 1, start + 1 + need)
        ]
        if not all(conts):
            continue
        readings = []
        for picks in product(*conts):
            seq = bytes([lead, *picks])
            try:
                char = seq.decode(_UTF8)
            except UnicodeDecodeError:
                continue
            capitals = sum(1 for k, b in enumerate(picks) if b != choices[start + 1 + k][0])
            readings.append((_char_rank(char), capitals, seq))
        if not readings:
            continue
        readings.sort()
        # (A capital that alone continues the sequence is lower-casing's mark too: "ðÿ˜€" is
        # an emoji whose 9F, "Ÿ", became "ÿ", FF.)
        forced = any(not 0x80 <= choices[k][0] <= 0xBF for k in range(start + 1, start + 1 + need))
        # Two small letters are a toss-up (cp1252 "ñœ" is "ь" or "ќ"): both are read, the
        # likelier first, and the scorer settles it with the word around them.
        seqs = [r[2] for r in readings if r[0][:2] == readings[0][0][:2] == (0, 0)][:2]
        seqs = seqs or [readings[0][2]]
        tossup = int(len(seqs) > 1)
        rests = _recased(choices, start + 1 + need, memo)
        for rest, rest_recased, rest_tossups in rests:
            for seq in seqs:
                if len(out) >= _MAX_RECASED_READINGS:
                    return out
                out.append((seq + rest, i > 0 or forced or rest_recased, tossup + rest_tossups))
    return out


#: Codepages whose letters are not Latin are not read so: half their continuation bytes are
#: letters with a capital that is one too ("і" B3, "І" B2), so that lower-casing leaves a
#: toss-up in nearly every word ("рі" is "в" or "г"), which the letters alone cannot settle.
_OTHER_ALPHABETS: Final = frozenset(("cp1251", "koi8-r", "cp866", "cp1253"))
#: Nor are the Mac's and DOS's Western codepages: they show UTF-8's lead bytes as capitals and
#: its continuation bytes as small accented letters ("Â" E5 and "î" 94 in MacRoman), so that
#: small letters of any word shown by cp1252 make East Asian characters once one is put back
#: as its capital (Russian "вообще" in cp1251 shown as "âîîáùå" is MacRoman "唔睌"), while
#: text they showed is seldom lower-cased afterwards.
_SELDOM_LOWERED: Final = frozenset(("mac_roman", "cp850", "cp437"))
#: The most readings of one lower-cased run (each lead byte may be read either way), and the
#: longest run read: the readings are worked out from each position on, once.
_MAX_RECASED_READINGS: Final = 8
_MAX_RECASED_RUN: Final = 300


def _char_rank(text: str) -> tuple[int, int, float]:
    """How likely a character is, for choosing among readings: letters first, small letters
    (most of any text) before capitals, then the commoner (char_info's cost)."""
    info = char_info(text)
    return (
        0 if info.kind in (Kind.LETTER, Kind.ASCII_LETTER) else 1,
        0 if text.islower() else 1,
        info.cost,
    )


def _recased_plausibly(char: str) -> bool:
    """Whether a two-byte character is one text writes: a letter, a mark, or one of Latin-1's
    signs (C2 80-BF: "°", "©", the no-break space). Three- and four-byte ones pass (quotes,
    dashes, East Asian text, emoji); IPA's modifiers and the like, which legacy letters
    lower-cased can pair up into ("ò³ë³", cp1251 "тілі" shown by cp1252, as "ҳ˳"), do not;
    nor the combining marks past the ogonek (U+0329 on), which few texts write but
    Czech "í" and "š" shown by Latin-1 and lower-cased make ("í\x9a", "Í\x9a", is "͚")."""
    if not "\u00c0" <= char < "\u0800":
        return True
    return char_info(char).kind in (Kind.LETTER, Kind.MARK) and not _RARE_MARK <= char <= "\u036f"


#: The first combining mark of those past the accents Latin alphabets write (see
#: _recased_plausibly).
_RARE_MARK: Final = "\u0329"


def is_utf8(data: bytes) -> bool:
    """Whether ``data`` decodes as UTF-8 as it stands."""
    try:
        data.decode(_UTF8)
    except UnicodeDecodeError:
        return False
    return True


def recasable(codec: str) -> bool:
    """Whether lower-cased mojibake of single-byte ``codec`` is read (see _OTHER_ALPHABETS
    and _SELDOM_LOWERED)."""
    return codec not in _OTHER_ALPHABETS and codec not in _SELDOM_LOWERED


@cache
def recase_pattern(codec: str) -> re.Pattern[str]:
    """Runs that may be UTF-8 shown by ``codec`` and then lower-cased: lead characters (as
    they are, or lower-cased) each followed by one or two continuation characters (as they
    are, or lower-cased)."""
    lead, cont = _recased_bytes(codec)
    return re.compile(f"(?:{char_class(lead)}{char_class(cont)}{{1,3}})+")


@cache
def recase_prefilter(codecs: tuple[str, ...]) -> re.Pattern[str]:
    """What every match of recase_pattern() of any of ``codecs`` holds: a lead character
    followed by a continuation character, as any of them shows those (or lower-cases them).
    Where it finds nothing, none of the codecs' patterns need be tried."""
    lead = cont = ""
    for codec in codecs:
        more_lead, more_cont = _recased_bytes(codec)
        lead += more_lead
        cont += more_cont
    return re.compile(char_class(lead) + char_class(cont))


def _recased_bytes(codec: str) -> tuple[str, str]:
    """The characters ``codec`` shows for UTF-8 lead bytes and for continuation bytes, each
    with its small letter where the codec shows that too."""
    table = single_byte(codec)

    def with_small(chars: str) -> str:
        small = (c.lower() for c in chars)
        return chars + "".join(c for c in small if len(c) == 1 and ord(c) in table.encode)

    return with_small(table.decode[0xC2:0xF5]), with_small(table.decode[0x80:0xC0])
