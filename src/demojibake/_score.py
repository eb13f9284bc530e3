"""The scorer: how implausible a piece of text looks, so two readings can be compared.

``cost(text)`` adds up

* what each character costs by itself (rare letters, unusual symbols, controls: ``char_info``);
* what neighbours cost: a script change between two letters, an unusual symbol glued to a
  letter, two unusual symbols in a row, a combining mark with nothing to combine with;
* a symbol or odd space between two letters of one word ("HÃ”TEL", "pi√π");
* what each word costs: letters no single language uses together ("ZURÃœCK"), a case pattern
  no writing system uses ("cafÃ"), a lone letter that is not a word by itself.

Mojibake is full of these; real text in any script has few. The engine compares the cost of a
span as it stands with the cost of a candidate repair in the same surroundings, and only
accepts a clear win. Weights are set by hand from what mojibake does to text and checked on the
corpus; the only statistics used are the shipped exemplar and CJK tables behind ``char_info``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from functools import lru_cache, reduce
from operator import and_
from typing import Final, TypeVar, cast

from demojibake._cache import memo_by_key, short_key_memo
from demojibake._chars import (
    JOIN_CONTROLS,
    CharInfo,
    Kind,
    char_info,
    letter_pairs,
    pair_class_info,
)

__all__ = [
    "MARGIN",
    "Surroundings",
    "alphabet_misfit",
    "alphabet_misfit_beside",
    "confidence",
    "cost",
    "cost_between",
    "island_cost",
    "required_delta",
    "surroundings",
]

#: The cost difference at which a repair reaches confidence 0.5 (the default threshold).
MARGIN: Final = 3.0
#: How quickly confidence grows past the margin.
_SCALE: Final = 1.5

_LETTERS: Final = frozenset((Kind.ASCII_LETTER, Kind.LETTER))
_ODD: Final = frozenset((Kind.SYMBOL, Kind.PUNCT, Kind.FORMAT, Kind.BAD))
#: Punctuation that joins words in ordinary prose ("Å—short", "and/or").
_JOINERS: Final = frozenset("\u2013\u2014\u2010\u2011/")
_WORDISH: Final = frozenset((Kind.ASCII_LETTER, Kind.LETTER, Kind.MARK))
#: The same kinds as bit sets (bit ``kind``), for _terms' loop: a test of an int, where a
#: set lookup must box it and hash it.
_LETTER_KINDS: Final = sum(1 << kind for kind in _LETTERS)
_ODD_KINDS: Final = sum(1 << kind for kind in _ODD)
_WORDISH_KINDS: Final = sum(1 << kind for kind in _WORDISH)
_ISLANDERS: Final = frozenset((Kind.ASCII_LETTER, Kind.LETTER, Kind.DIGIT, Kind.PUNCT, Kind.SYMBOL))

#: Non-ASCII letters that are common words on their own (French/Portuguese/Italian "à", "è",
#: "é", "ó", Scandinavian "å", "ö", the Slavic conjunctions and prepositions "и", "а", "в",
#: "с", "к", "о", "у", "я", "і", "ў", the Greek articles "ο", "η" and "ή"); any other lone
#: non-ASCII letter is a little suspicious.
_LONE_WORDS: Final = frozenset(
    "\u00e0\u00e8\u00e9\u00f3\u00f2\u00e5\u00f6"
    "\u0438\u0430\u0432\u0441\u043a\u043e\u0443\u044f\u0456\u045e"
    "\u03bf\u03b7\u03ae"
)
#: What a pair of letters costs that no clean word in our corpus has next to each other.
_UNSEEN_PAIR: Final = 0.5
#: ASCII letters that are common one-letter words in some language.
_LONE_ASCII: Final = frozenset("aAeEiIoOuUyYvVkKzZ")


_K = TypeVar("_K")
_V = TypeVar("_V")


class _Table(dict[_K, _V]):
    """What ``compute`` says of each key, computed on first use (for ``map`` and ``translate``).

    Bounded, so that text in many scripts cannot fill memory: when full, it starts over.
    """

    def __init__(self, compute: Callable[[_K], _V], size: int = 1 << 15) -> None:
        super().__init__()
        self._compute = compute
        self._size = size

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self._size:
            self.clear()
        value = self[key] = self._compute(key)
        return value


def confidence(delta: float) -> float:
    """Map a cost improvement to a confidence in [0, 1]; ``MARGIN`` maps to 0.5."""
    z = (delta - MARGIN) / _SCALE
    if z > 30:
        return 1.0
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def required_delta(threshold: float) -> float:
    """The cost improvement a repair needs to reach confidence ``threshold``."""
    if threshold <= 0.0:
        return -math.inf
    if threshold >= 1.0:
        return math.inf
    return MARGIN + _SCALE * math.log(threshold / (1.0 - threshold))


def _script_change(a: CharInfo, b: CharInfo) -> float:
    if a.script == b.script or not a.script or not b.script:
        return 0.0
    # Greek letters stand in Latin words as symbols ("IL2Rγc", "5μm"); other scripts do not.
    if {a.script, b.script} == {"GREEK", "LATIN"}:
        return 1.0
    return 4.0


def _pair_cost(a: CharInfo, b: CharInfo, ca: str, cb: str) -> float:
    total = 0.0
    ka, kb = a.kind, b.kind
    if ka in _LETTERS and kb in _LETTERS:
        total += _script_change(a, b)
    elif kb == Kind.MARK:
        if ka == Kind.SPACE:
            total += 3.0
        elif ka == Kind.DIGIT:
            total += 1.0  # overlays on digits exist ("6̶3̶")
        elif ka not in _LETTERS and ka != Kind.MARK and not (a.emoji_part and b.emoji_part):
            # (A joiner or a variation selector after an emoji is part of it: "❤\ufe0f".)
            total += 2.5
        else:
            total += _script_change(a, b)
    elif ka == Kind.DIGIT and kb == Kind.DIGIT and a.script != b.script:
        total += 2.0
    elif ka == Kind.DIGIT and kb == Kind.LETTER and b.upper:
        # A capital glued to a number: "2ème" is French, but no one writes "5Â" or "10Ã".
        total += 1.0
    elif (ka in _LETTERS and kb in _ODD) or (kb in _LETTERS and ka in _ODD):
        # One script's punctuation glued to a letter of another ("афа᪨" with a Tai Tham sign)
        # changes script inside a word, as a letter would.
        total += _script_change(a, b)
    # An unusual symbol glued to a letter: mojibake's commonest tell ("Ã¼", "Ð¸"). Common
    # punctuation after a word is just the end of the word ("MARQUÉ…", "Å—").
    if (ka in _LETTERS and kb in _ODD and b.cost >= 1.5) or (
        kb in _LETTERS and ka in _ODD and a.cost >= 1.5
    ):
        total += 1.0
    # A currency sign glued to a letter: prices put digits or a space there ("£ó", "â€").
    if (a.currency and kb in _LETTERS) or (b.currency and ka in _LETTERS):
        total += 1.0
    # Two unusual symbols in a row ("â€œ", "Â¢"), unless it is a repeated character or line art.
    if ka in _ODD and kb in _ODD and ca != cb and a.cost >= 0.5 and b.cost >= 0.5:
        if not (a.box and b.box):
            total += 1.0
    if a.box != b.box:
        if ka in _LETTERS or kb in _LETTERS:
            total += 2.0
        elif ka in _ODD and kb in _ODD:
            total += 1.0  # line art next to other symbols: "╪»", "┬½"
    return total


def _misfits(infos: list[CharInfo]) -> int:
    """The fewest letters of a word that the best-fitting single language lacks."""
    return _lacking([info.langs for info in infos if info.kind == Kind.LETTER and info.langs])


def _lacking(masks: list[int]) -> int:
    """Of letters with these language bit sets, how many the best-fitting language lacks."""
    if reduce(and_, masks, -1):
        return 0  # one language has them all: the common case, and quick to see
    if len(masks) <= _LACKING_CACHED:
        # The count does not depend on the order of the letters, and the same few sets recur
        # (the candidates of a span are read among the same letters).
        return _sorted_lacking(tuple(sorted(masks)))
    return _count_lacking(masks)


#: The most letters whose _lacking() is cached: a key holds one int per letter.
_LACKING_CACHED: Final = 32


@lru_cache(maxsize=1024)
def _sorted_lacking(masks: tuple[int, ...]) -> int:
    return _count_lacking(masks)


def _count_lacking(masks: Sequence[int]) -> int:
    """_lacking() of masks that no one language covers: the count itself."""
    counts = _Counts()
    counts.add(masks)
    return len(masks) - counts.most()


class _Counts:
    """How many of the masks added so far have each language's bit, for all languages at once:
    a binary counter per bit, stored across ``levels`` (levels[k] holds bit k of every
    count). Counting more masks goes on from a copy (see Surroundings)."""

    def __init__(self, levels: list[int] | None = None, present: int = 0) -> None:
        self.levels: list[int] = [] if levels is None else levels
        self.present = present  # (the languages any mask has)

    def copy(self) -> _Counts:
        return _Counts(self.levels.copy(), self.present)

    def add(self, masks: Sequence[int]) -> None:
        levels = self.levels
        present = self.present
        for mask in masks:
            present |= mask
            carry = mask
            for k, level in enumerate(levels):
                levels[k] = level ^ carry
                carry &= level
                if not carry:
                    break
            else:
                if carry:
                    levels.append(carry)
        self.present = present

    def most(self) -> int:
        """The largest count, from its top binary digit down: keep the languages that have
        it."""
        levels = self.levels
        present = self.present
        best = 0
        for k in range(len(levels) - 1, -1, -1):
            have = present & levels[k]
            if have:
                present = have
                best |= 1 << k
        return best


def _unseen_pairs(word: str, infos: list[CharInfo]) -> float:
    """What the word's letter pairs that clean text never shows cost ("гйюсгпт", "ĺł")."""
    total = 0.0
    known = letter_pairs()
    for i in range(len(word) - 1):
        a, b = infos[i], infos[i + 1]
        if a.script != b.script or a.script not in known:
            continue
        if word[i] < "\x80" and word[i + 1] < "\x80":
            continue
        pair = word[i : i + 2].lower()
        if len(pair) == 2 and pair not in known[a.script]:
            total += _UNSEEN_PAIR
    return total


#: The letters cp1252 and Latin-1 show for bytes 80-FF.
_WESTERN_ACCENTED: Final = frozenset(
    c for c in bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore") if c.isalpha()
)
_ALL_ACCENTED_WORD: Final = 1.0
#: What a zero-width joiner or non-joiner costs at a word's edge, beyond its own cost.
_LOOSE_JOINER: Final = 1.2


def _word_cost(word: str, lone_ok: bool) -> float:
    """Costs of one word: language consistency, case pattern, lone letters (see _WORD_COSTS
    for them cached)."""
    infos = [char_info(c) for c in word]
    total = 0.0
    langs = -1
    constrained = 0
    for info in infos:
        if info.kind == Kind.LETTER and info.langs:
            langs &= info.langs
            constrained += 1
    if constrained >= 2 and langs == 0:
        # How many letters no single language would have: "Ïðèâåò" mixes six alphabets.
        total += 1.2 * _misfits(infos)
    if len(word) >= 2 and all(c in _WESTERN_ACCENTED for c in word) and len(set(word.lower())) > 1:
        # A word of accented Western letters only ("âœ", "ìû"): Latin alphabets write them
        # between plain letters; a word of nothing else is mojibake nearly always (Icelandic
        # "þú" is the rare exception, and pays only this; "Ôôô", one letter drawn out, is
        # an exclamation).
        total += _ALL_ACCENTED_WORD
    # (The letters on either side of an apostrophe are cased apart: "l’École", "JOSÉ’s".)
    parts = _cased_parts(infos)
    if any(len(cased) >= 2 and any(i.kind == Kind.LETTER for i in cased) for cased in parts):
        if any(
            a.lower and b.upper and b.kind == Kind.LETTER
            for cased in parts
            for a, b in itertools.pairwise(cased)
        ):
            # A small letter, then a non-ASCII capital: "cafÃ©", "voilÃ", "РџСЂ".
            total += 3.5
        elif any(
            a.upper and b.upper and c.lower and Kind.LETTER in (b.kind, c.kind)
            for cased in parts
            for a, b, c in zip(cased, cased[1:], cased[2:], strict=False)
        ):
            # Capitals, then a small letter next to a non-ASCII one: "VERIFICàacum".
            total += 3.0
        elif any(_mixed_tail(cased) for cased in parts):
            # Capitals and small letters mixed after the first (ASCII may camel-case itself).
            total += 2.0
    total += _unseen_pairs(word, infos)
    if len(word) > 1 and (word[-1] in JOIN_CONTROLS or word[0] in JOIN_CONTROLS):
        # A joiner joins nothing at a word's edge ("Hello\u200d", a quote that lost a byte);
        # alone, it stands between emoji (see _pair_cost for what it costs there).
        total += _LOOSE_JOINER
    if lone_ok and len(word) == 1:
        info = infos[0]
        if info.kind == Kind.LETTER and word not in _LONE_WORDS:
            total += 1.5 if info.upper else 1.0
        elif info.kind == Kind.ASCII_LETTER and word not in _LONE_ASCII:
            total += 0.5
    return total


#: _word_cost, cached, by whether the word may stand alone: words recur, and most come after
#: a space in their piece, and may.
_WORD_COSTS: Final = (
    memo_by_key(_word_cost, False, maxsize=1024),
    memo_by_key(_word_cost, True, maxsize=4096),
)


def _cased_parts(infos: list[CharInfo]) -> list[list[CharInfo]]:
    """The cased characters of a word, in the parts its apostrophes cut it into."""
    parts: list[list[CharInfo]] = [[]]
    for info in infos:
        if info.kind == Kind.APOSTROPHE:
            parts.append([])
        elif info.upper or info.lower:
            parts[-1].append(info)
    return parts


def _mixed_tail(cased: list[CharInfo]) -> bool:
    """Whether the letters after the first of ``cased`` mix capitals and small letters."""
    tail = [i for i in cased[1:] if i.kind == Kind.LETTER]
    return bool(tail) and not (all(i.lower for i in tail) or all(i.upper for i in tail))


def _glued_symbols(text: str, infos: list[CharInfo], i: int) -> bool:
    """Whether one to three odd symbols stand between a letter and ``text[i]``.

    Between digits they are ordinary ("51°30′", "5×£35").
    """
    j = i - 1
    while j >= 0 and i - j <= 3:
        info = infos[j]
        if info.kind in _ODD and (info.cost >= 0.5 or info.box) and text[j] not in _JOINERS:
            j -= 1
            continue
        return j < i - 1 and infos[j].kind in _LETTERS
    return False


@short_key_memo(maxsize=4096, maxchars=1 << 17)
def cost(text: str) -> float:
    """How implausible ``text`` looks: 0 for plain ASCII prose, more for anything odd.

    The first and last word of ``text`` may be cut off by the window the caller chose, so they
    are not judged as lone letters.
    """
    return _cost_after(0.0, text)


def _cost_after(total: float, text: str) -> float:
    """``total`` plus the terms of ``text``'s cost, one by one in the order of the text."""
    # Nothing reaches across a space: a space costs nothing by itself or next to anything, and
    # ends every word and every run of glued symbols. So the text is judged piece by piece
    # between spaces (each piece with the space before it), and the short pieces, which recur
    # from one window to the next, are cached. The terms are summed in the order of the text, so
    # the total is the same, to the last bit, as summing them in one pass.
    pieces = text.split(" ")
    last = len(pieces) - 1
    if not last:
        return _sum(_terms(text, False, True), total)
    total = _sum(_short_terms(pieces[0], False, False), total)
    for i in range(1, last):
        total = _sum(_short_terms(pieces[i], True, False), total)
    return _sum(_short_terms(pieces[last], True, True), total)


def _sum(terms: tuple[float, ...], total: float) -> float:
    """``total`` plus ``terms``, added one by one in order (a loop of machine floats when
    compiled, where ``reduce`` makes an object of each partial sum)."""
    for term in terms:
        total += term
    return total


#: Pieces up to this long are cached: words recur, long runs without spaces hardly do, and
#: each would hold a term per character.
_SHORT: Final = 32


def _short_terms(piece: str, after_space: bool, at_end: bool) -> tuple[float, ...]:
    if len(piece) <= _SHORT:
        return _PIECE_TERMS[2 * after_space + at_end](piece)
    return _terms(piece, after_space, at_end)


def _terms(piece: str, after_space: bool, at_end: bool) -> tuple[float, ...]:
    """The nonzero terms of ``cost`` for ``piece``, in order.

    ``after_space``: a space comes before ``piece`` (else it starts the text); ``at_end``:
    ``piece`` ends the text (else a space follows it).
    """
    text = " " + piece if after_space else piece
    return _terms_from(text, 0, at_end) if text else ()


def _terms_from(text: str, start: int, at_end: bool) -> tuple[float, ...]:
    """The terms of ``text[start:]``, the characters before ``start`` its context (see
    _run_terms), priced chunk by chunk where they are more than _LONG_RUN characters.

    Each chunk is cut after a character that ends any word before it (see _closes), and its
    terms are cached with the few characters before it that they look back at (see
    _context): in a run without spaces ("Ã¾¢Ò±Ë¤ÄŠ…"), which no cache holds whole, the same
    chunks recur from one window to the next.
    """
    infos = list(map(char_info, text))
    n = len(text)
    if n - start <= _LONG_RUN:
        # (A word or two: cut into chunks, it would cost more than it saves.)
        return _run_terms(text, infos, start, at_end)
    terms: list[float] = []
    back = start
    cut = False
    for i in range(start + 1, n):
        if _closes(infos[i - 1], text[i - 1]):
            terms.extend(_CHUNK_TERMS[2 * back](text[start - back : i]))
            start, back, cut = i, _context(text, i), True
    if not cut:
        return _run_terms(text, infos, start, at_end)
    terms.extend(_CHUNK_TERMS[2 * back + at_end](text[start - back :]))
    return tuple(terms)


def _closes(info: CharInfo, c: str) -> bool:
    """Whether character ``c`` ends any word before it: no term of the characters after it
    looks further back than its _context."""
    return bool((1 << info.kind) & _CLOSING_KINDS) and c not in _JOINERS


def _context(text: str, at: int) -> int:
    """How many characters before ``at`` the terms of the characters from ``at`` on look
    back at, where ``text[at - 1]`` ends any word: a space, or _LOOK_BACK."""
    return 1 if text[at - 1] == " " else min(at, _LOOK_BACK)


def cost_between(left: str, piece: str, right: str) -> float:
    """``cost(left + piece + right)``, to the last bit, with what ``left`` and ``right``
    decide by themselves cached: the engine prices every reading of a span between the same
    two sides of its window.

    The text is cut where ``left`` last ends a word and where ``right`` first does (see
    _closes): the terms before the first cut, summed, and those after the second are each
    side's own, and only the middle is priced for each piece. Where the piece's run without
    spaces is short, or the sides would keep less than _SIDES_WORTH characters apart, the
    text goes to cost() whole: it holds the words, or the text itself.
    """
    text = left + piece + right
    run = len(left) - left.rfind(" ") + len(piece) + _space_or_end(right)
    if run <= _LONG_RUN or len(left) + len(right) < _SIDES_WORTH:
        return cost(text)
    start, back, total = _HEADS(left)
    end = len(text) - len(right) + _FIRST_CUT(right)
    if start - back + len(text) - end < _SIDES_WORTH:
        return cost(text)
    if back == 0 or text[start - 1] == " ":
        # (Nothing before the middle, or only a space: the middle is priced as cost() prices
        # a text, its words cached.)
        total = _cost_after(total, text[start - back : end])
    else:
        total = _sum(_terms_from(text[start - back : end], back, True), total)
    if end < len(text):
        back = _context(text, end)
        total = _sum(_TAIL_TERMS[back](text[end - back :]), total)
    return total


#: A run without spaces longer than this is priced in chunks (see _terms_from), and apart
#: from the sides of its window (see cost_between).
_LONG_RUN: Final = 24


def _space_or_end(text: str) -> int:
    """Where the first space of ``text`` is, or its length."""
    at = text.find(" ")
    return len(text) if at < 0 else at


#: How many characters the sides of a window must decide alone for cost_between() to keep
#: them apart.
_SIDES_WORTH: Final = 8


def _head(left: str) -> tuple[int, int, float]:
    """Where ``left`` last ends a word (0 if nowhere), its _context there, and the cost of
    ``left`` up to there."""
    start = len(left)
    while start and not _closes(char_info(left[start - 1]), left[start - 1]):
        start -= 1
    return start, _context(left, start) if start else 0, cost(left[:start])


def _first_cut(right: str) -> int:
    """Where ``right`` first ends a word (the index after that character), or its length."""
    for i, c in enumerate(right):
        if _closes(char_info(c), c):
            return i + 1
    return len(right)


_HEADS: Final = short_key_memo(maxsize=1024, longest=128)(_head)
_FIRST_CUT: Final = short_key_memo(maxsize=1024, longest=128)(_first_cut)


#: The kinds of character after which no word goes on (a word may go on through an
#: apostrophe or a joiner, see _run_terms): a piece is cut after one of them.
_CLOSING_KINDS: Final = sum(1 << kind for kind in range(Kind.BAD + 1)) & ~(
    _WORDISH_KINDS | 1 << Kind.APOSTROPHE
)
#: How far back from a character its terms look (the glued symbols before a letter, see
#: _glued_symbols; a no-break space between a capital and a small letter).
_LOOK_BACK: Final = 3


def _run_terms(text: str, infos: list[CharInfo], start: int, at_end: bool) -> tuple[float, ...]:
    """The terms of ``text[start:]`` (see _terms), with ``infos`` those of ``text``: the
    characters before ``start`` only say what its first characters follow, and end any word."""
    # (Only nonzero terms are kept: adding zero changes no sum.)
    terms: list[float] = []
    n = len(text)
    if start:
        info = infos[start - 1]
        word_start = -1
    else:
        # (A hot loop: the first character of the text is done apart.)
        info = infos[0]
        if info.cost:
            terms.append(info.cost)
        word_start = 0 if info.kind in _WORDISH else -1
        start = 1
    prev_kind: int = info.kind
    prev_plain = info.plain
    prev_class = info.pair_class
    for i in range(start, n):
        info = infos[i]
        kind: int = info.kind
        if info.cost:
            terms.append(info.cost)
        if not (prev_plain and info.plain):
            # (Printable ASCII costs nothing, alone or in pairs: most of a window's pairs.)
            differ, same = _PAIR_COSTS[prev_class * _CLASSES + info.pair_class]
            pair_cost = differ if differ == same or text[i - 1] != text[i] else same
            if pair_cost:
                terms.append(pair_cost)
        if i >= 2:
            # The first symbol of a glued run comes right before the letter.
            if (
                (1 << kind) & _LETTER_KINDS
                and (1 << prev_kind) & _ODD_KINDS
                and _glued_symbols(text, infos, i)
            ):
                # Symbols between two letters of one word ("HÃ”TEL", "pi√π", "r├¡a").
                terms.append(3.0)
            if info.lower and text[i - 1] == "\u00a0":
                p2 = infos[i - 2]
                if p2.upper and p2.kind == Kind.LETTER:
                    # A capital, a no-break space, a small letter: "GÃ\u00a0idhlig".
                    terms.append(2.5)
        prev_kind = kind
        prev_plain = info.plain
        prev_class = info.pair_class
        if (1 << kind) & _WORDISH_KINDS or (
            (kind == Kind.APOSTROPHE or text[i] in _JOINERS)
            and word_start >= 0
            and i + 1 < n
            and (1 << infos[i + 1].kind) & _LETTER_KINDS
        ):
            if word_start < 0:
                word_start = i
        elif word_start >= 0:
            word = _WORD_COSTS[word_start > 0](text[word_start:i])
            if word:
                terms.append(word)
            word_start = -1
    if word_start >= 0:
        word = _WORD_COSTS[word_start > 0 and not at_end](text[word_start:])
        if word:
            terms.append(word)
    return _shared_terms(terms)


#: One float object for each value a term takes, for the first so many values (see
#: _shared_terms): the terms are a few dozen values in all.
_TERM_VALUES: Final[dict[object, object]] = {}
_TERM_VALUES_KEPT: Final = 1024


def _shared_terms(terms: list[float]) -> tuple[float, ...]:
    """``terms`` as a tuple whose equal terms are one float object. Compiled, each term is
    a float made anew (the engine keeps a character's cost as a machine number), and the
    memos of terms held 84,000 floats of 44 values between them on the speed bench's vast
    vocabulary: 2 MB of its peak memory."""
    values = _TERM_VALUES
    shared: list[object] = []
    for term in terms:
        same = values.get(term)
        if same is None:
            same = term
            if len(values) < _TERM_VALUES_KEPT:
                values[same] = same
        shared.append(same)
    return cast("tuple[float, ...]", tuple(shared))


#: How many characters each memo of a chunk's terms keeps in its keys: a chunk misread has
#: about a term for each of its characters.
_TERMS_KEPT_CHARS: Final = 1 << 13


def _chunk_terms(back: int, at_end: bool) -> Callable[[str], tuple[float, ...]]:
    """_run_terms of a chunk whose first ``back`` characters come before it (cached)."""

    def terms(chunk: str) -> tuple[float, ...]:
        return _run_terms(chunk, list(map(char_info, chunk)), back, at_end)

    return short_key_memo(maxsize=2048, longest=64, maxchars=_TERMS_KEPT_CHARS)(terms)


#: The terms of a chunk with ``back`` characters before it, by ``2 * back + at_end``.
_CHUNK_TERMS: Final = tuple(
    _chunk_terms(back, at_end) for back in range(_LOOK_BACK + 1) for at_end in (False, True)
)


#: The terms of the end of a window after its first cut in ``right``, by ``back``: the
#: _terms_from of a text whose first ``back`` characters come before it (cached; see
#: cost_between).
_TAIL_TERMS: Final = tuple(
    memo_by_key(_terms_from, back, True, maxsize=1024, longest=128, maxchars=_TERMS_KEPT_CHARS)
    for back in range(_LOOK_BACK + 1)
)


def _pair_costs_of(key: int) -> tuple[float, float]:
    """_pair_cost of a character of pair class ``key // _CLASSES`` and one of class
    ``key % _CLASSES``: where the two differ, and where they are the same character."""
    a, b = pair_class_info(key // _CLASSES), pair_class_info(key % _CLASSES)
    return _pair_cost(a, b, "a", "b"), _pair_cost(a, b, "a", "a")


#: More than there are pair classes (see _chars.pair_class_info), for a key of two of them.
_CLASSES: Final = 1 << 12


def _pieces_kept(after_space: bool, at_end: bool) -> int:
    """How many pieces' terms are kept, of those ``after_space`` and ``at_end`` or not: most
    are words between spaces; a piece that starts or ends a window is cut off where the
    window was."""
    return 4096 if after_space and not at_end else 1024


#: The terms of a short piece of a text, cached, by ``2 * after_space + at_end`` (see _terms).
_PIECE_TERMS: Final = tuple(
    memo_by_key(
        _terms,
        after_space,
        at_end,
        maxsize=_pieces_kept(after_space, at_end),
        longest=_SHORT,
        maxchars=8 * _pieces_kept(after_space, at_end),
    )
    for after_space in (False, True)
    for at_end in (False, True)
)

#: ``_pair_cost`` of two characters in a row, by their pair classes, memoized: it depends
#: on nothing else but whether they are the same character.
_PAIR_COSTS: Final = _Table(_pair_costs_of, 1 << 13)


def alphabet_misfit(text: str) -> int:
    """How many distinct letters of ``text`` the best-fitting single language lacks.

    A text in one language uses one alphabet; legacy text read in the wrong codepage borrows
    letters from several ("Zdeòka Ïurišová": ò and Ï are not Czech).
    """
    return _lacking(list(_letters(text).values()))


def _letters(text: str) -> dict[str, int]:
    """The letters of ``text`` that some language lists, each as one small letter, with the
    languages that have it: a dict keeps each letter once, whatever its case in the text.
    (Each distinct character once: the letters' order does not change the misfit.)"""
    return {c: langs for c, langs, _script in map(_LETTER_FACTS.__getitem__, set(text)) if langs}


def alphabet_misfit_beside(piece: str, near: Surroundings) -> int:
    """``alphabet_misfit(piece + around)``, with what ``around`` holds worked out once
    (``near``: surroundings(around)) for the many pieces read beside it (each candidate of a
    span, in each of the scorer's passes)."""
    letters = near.letters
    # (The piece's letters that its surroundings lack, each once, as _letters keeps them.)
    extra: dict[str, int] = {}
    for c in piece:
        folded, langs, _script = _LETTER_FACTS[c]
        if langs and folded not in letters:
            extra[folded] = langs
    if not extra:
        return near.misfit()
    if reduce(and_, extra.values(), near.all_have):
        return 0  # (as in _lacking: one language has them all)
    counts = near.counts().copy()
    counts.add(list(extra.values()))
    return len(letters) + len(extra) - counts.most()


class Surroundings:
    """What the scorer asks of the text around the pieces it reads (see surroundings())."""

    def __init__(self, around: str) -> None:
        letters: dict[str, int] = {}
        all_have = -1
        scripts: set[str | None] = set()
        for c in set(around):
            folded, langs, script = _LETTER_FACTS[c]
            if langs:
                letters[folded] = langs
                all_have &= langs
            scripts.add(script)
        #: The letters of ``around`` as alphabet_misfit counts them (each as one small
        #: letter, with the languages that have it; none that no language lists).
        self.letters = letters
        #: The languages that have every one of them.
        self.all_have = all_have
        scripts.discard(None)
        #: The scripts of its letters.
        self.scripts = frozenset(scripts)
        self._counts: _Counts | None = None
        self._misfit = -1

    def misfit(self) -> int:
        """alphabet_misfit(around), worked out when first asked: beside most pieces, where
        the piece brings a letter of its own, it is not."""
        if self._misfit < 0:
            self._misfit = 0 if self.all_have else len(self.letters) - self.counts().most()
        return self._misfit

    def counts(self) -> _Counts:
        """How many of its letters each language has: counted only when asked, as it is only
        where no one language has them all (with the letters of a piece, or alone)."""
        if self._counts is None:
            self._counts = _Counts()
            self._counts.add(list(self.letters.values()))
        return self._counts


@lru_cache(maxsize=512)
def surroundings(around: str) -> Surroundings:
    """What the scorer asks of ``around``, worked out once for the many pieces read beside
    it: a span's candidates are read one after another, each beside the same text."""
    return Surroundings(around)


def island_cost(piece: str, seen: frozenset[str | None]) -> float:
    """What it costs ``piece`` to bring in a script its surroundings never use (``seen``: the
    scripts of their letters, Surroundings.scripts).

    A lone Armenian or Hebrew letter inside a Latin sentence is far likelier to be a misread
    than a quotation; a whole word of another script is only a little suspicious. Greek letters
    in Latin text are symbols of science and cost nothing.
    """
    if not seen:
        return 0.0
    counts: dict[str, int] = {}
    for c in piece:
        script = _ISLAND_SCRIPT[c]
        if script and script not in seen:
            if script == "GREEK" and "LATIN" in seen:
                continue
            counts[script] = counts.get(script, 0) + 1
    return sum(2.5 if n <= 2 else 1.0 for n in counts.values())


def _letter_facts(c: str) -> tuple[str, int, str | None]:
    """``c`` as one small letter (if its lower case is one character), the languages that
    have that letter (none for ASCII and anything not a letter), and the script of ``c`` if it
    is a letter."""
    low = c.lower()
    folded = low if len(low) == 1 else c
    info = char_info(folded)
    own = char_info(c)
    return (
        folded,
        info.langs if info.kind == Kind.LETTER else 0,
        own.script if own.kind in _LETTERS else None,
    )


def _island_script(c: str) -> str:
    info = char_info(c)
    return info.script if info.kind in _ISLANDERS else ""


_LETTER_FACTS: Final = _Table(_letter_facts)
_ISLAND_SCRIPT: Final = _Table(_island_script)
