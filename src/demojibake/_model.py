"""How well words fit the language they fit best, by the letters that follow one another.

Text read in the wrong legacy codepage keeps its shape but changes letters into other letters
("Vodièkova" for "Vodičkova"): every letter is a real letter of some alphabet, so what gives the
misreading away is which letters stand next to each other. ``letter_cost`` prices words with a
per-language letter-bigram model (data/letter_model.txt, derived from wordfreq's word lists,
CC BY-SA 4.0) and returns the price in the language that makes it lowest, so that two readings
of the same words can be compared: the reading a language writes costs fewer bits.

Only letters are modelled. ASCII characters other than letters (digits, punctuation) end a
word, as they read the same in every codepage a reading could come from, and so does anything
else that is no letter at a word's start or end (quotes); any other character that is not a
letter of the language (a symbol inside a word, "pó³ka") costs what an unseen letter does. So
two readings of one text in single-byte codepages are priced over nearly the same letter
pairs, and their totals compare directly.

Pure functions over a table loaded once, lazily; nothing here reaches the network or wordfreq.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from functools import lru_cache
from importlib import resources
from typing import Final

from demojibake._cache import short_key_memo

__all__ = [
    "UNWRITTEN",
    "Comparison",
    "best_saving",
    "blind_to",
    "compare",
    "costs_in_bits",
    "dotted_i_languages",
    "fold",
    "least_costs",
    "least_in_bits",
    "letter_cost",
    "letter_pairs",
    "pair_count",
    "pair_languages",
    "repriced",
    "told_languages",
    "told_saving",
    "word_costs",
]

#: A word's start and end, as a letter of the model.
_BOUNDARY: Final = "_"
#: What a pair the model does not list costs, in bits (the data file's "unseen" cost).
_UNSEEN: Final = 17.5
#: Costs in the file are -log2(p) in these steps of a bit.
_STEPS: Final = 2
#: The fewest letter pairs a context must hold to tell its language (Comparison.told) ...
_TOLD_PAIRS: Final = 10
#: ... and the most each pair of it, and of the reading, may cost in that language: the
#: words of a language cost 3-4.5 bits a pair in it. (Estonian, which the model lacks,
#: costs 4.4-4.6 in Hungarian, and at 4.7 Hungarian was told: "võivad" became "vőivad".)
_TOLD_PER_PAIR: Final = 4.5
#: How many bits more than the best language another may cost the context and still be as
#: likely its language (16 times less likely).
_TOLD_AMBIGUITY: Final = 4.0
#: How many bits fewer the line read must cost in the language told than the line as it
#: stands in any language: a reading no likelier than the words as another language writes
#: them is told by no context (Icelandic "maður" beside "panta gömul", which read as
#: Swedish or Turkish, is no Turkish "mağur", 1.5 bits apart; Occitan "Amagar totas las
#: fenèstras normalas", whose other words read as Latvian, no Latvian "fenčstras", 4.5
#: apart). At 12 bits no output over our corpus and the held-out sets changes either.
_TOLD_OVER_ANY: Final = 8.0
#: ASCII characters that end a word here: everything but letters (and white space splits).
_ASCII_BREAK: Final = re.compile(r"[\x00-\x40\x5b-\x60\x7b-\x7f]+")


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, ...], dict[str, int], int, int]:
    """The languages, and the model's costs packed for adding up: for each letter pair, one
    integer holding its cost in each language, in steps of 1/_STEPS bit, _FIELD bits a
    language; the same for a pair no language lists; and the fields of the languages in
    _DOTTED_I, all ones.

    A word's or a line's costs in every language are then one sum of integers, which Python
    adds as fast as two numbers, and are unpacked once (see _unpacked). A field holds the
    cost of 2**_FIELD / 35 pairs at the least, more than any text has.
    """
    text = resources.files("demojibake").joinpath("data", "letter_model.txt").read_text("utf-8")
    lines = text.splitlines()
    if not lines or lines[0] != "# demojibake letter-model v1":
        raise RuntimeError(f"data/letter_model.txt has an unknown format: {lines[:1]!r}")
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    langs = tuple(sorted({lang for lang, _first, _followers in rows}))
    shift = {lang: _FIELD * i for i, lang in enumerate(langs)}
    unseen_steps = round(_UNSEEN * _STEPS)
    unseen = sum(unseen_steps << shift[lang] for lang in langs)
    # What each cost digit adds in each language, worked out once: a row's costs are then
    # added by the letter that follows, and made pairs at the end, not each of the 41,000
    # made a pair, parsed and shifted anew (a quarter of the load, which a first call waits
    # for: 44 ms compiled).
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    adds = {
        lang: {d: (int(d, 36) - unseen_steps) << shift[lang] for d in digits + digits.upper()}
        for lang in langs
    }
    by_first: dict[str, dict[str, int]] = {}
    for lang, first, followers in rows:
        add = adds[lang]
        costs = by_first.setdefault(first, {})
        for letter, digit in zip(followers[0::2], followers[1::2], strict=True):
            costs[letter] = costs.get(letter, unseen) + add[digit]
    packed = {
        first + letter: value
        for first, costs in by_first.items()
        for letter, value in costs.items()
    }
    ones = (1 << _FIELD) - 1
    dotted_i = sum(ones << shift[lang] for lang in langs if lang in _DOTTED_I)
    return langs, packed, unseen, dotted_i


def fold(word: str) -> str:
    """``word`` case-folded as the model's words were (tools/build_letter_model.py): Turkish
    "İ" is "i" (``str.casefold`` makes it "i" and a combining dot, which no language's words
    hold), and in NFC, as casefold splits Greek "ΰ" and "ΐ" into a letter and two marks, and
    a word's last letter would be priced without them ("Κυμεπρόκΰ" as "...κυ")."""
    return unicodedata.normalize("NFC", word.replace("\u0130", "i").casefold())


def _pieces(word: str) -> list[str]:
    """The runs of ``word`` that the model prices, case-folded as wordfreq folds its words
    ("ς" as "σ"), each between boundaries; what is no letter at either end of a run is left
    out ("„Родопско“")."""
    folded = fold(word)
    if folded.isalpha():
        return [_BOUNDARY + folded + _BOUNDARY]  # (most words: one run, letters end to end)
    pieces = []
    for run in _ASCII_BREAK.split(folded):
        start, end = 0, len(run)
        while start < end and not run[start].isalpha():
            start += 1
        while end > start and not run[end - 1].isalpha():
            end -= 1
        if start < end:
            pieces.append(_BOUNDARY + run[start:end] + _BOUNDARY)
    return pieces


@short_key_memo(maxsize=2048)
def word_costs(word: str) -> int | None:
    """What ``word`` costs in each language of the model, packed (see _tables), or
    None where it holds no letters (cached: words recur; see priced for one that is
    priced once)."""
    return priced(word)


def priced(word: str) -> int | None:
    """word_costs, not kept.

    Capital "İ" is "i" only to the languages that write it (see _DOTTED_I): to the others
    it is a letter they do not write, as "ı" is. Folded to "i" for all of them, Slovak
    capitals read as cp1254 ("NEPLATNİ VİRAZ" for "NEPLATNÝ VÝRAZ") are Croatian.
    """
    pairs = letter_pairs(word)
    if not pairs:
        return None
    _langs, packed, unseen, dotted_i = _tables()
    costs = sum(packed.get(pair, unseen) for pair in pairs)
    if "\u0130" in word:
        dotted = sum(
            packed.get(pair, unseen) for pair in letter_pairs(word.replace("\u0130", UNWRITTEN))
        )
        costs = (costs & dotted_i) | (dotted & ~dotted_i)
    return costs


def _unpacked(costs: int) -> list[int]:
    """The cost in each language that ``costs``, packed, holds, in steps of 1/_STEPS bit.

    The model's arithmetic stays in steps, whole numbers, and each figure it returns is turned
    into bits last: halves of whole numbers are exact in floating point, so the figures are
    those that adding and comparing bits would give, and no loop over the languages makes a
    float of each.
    """
    langs = _tables()[0]
    return array(_FIELD_TYPE, costs.to_bytes(len(langs) * _FIELD // 8, sys.byteorder)).tolist()


#: How many bits each language's cost takes in a packed integer (see _tables) ...
_FIELD: Final = 32
#: ... as an array type of that many bits.
_FIELD_TYPE: Final = "I" if array("I").itemsize * 8 == _FIELD else "L"


def letter_pairs(word: str) -> list[str]:
    """The letter pairs the model prices in ``word`` (see _pieces), case-folded, "_" at its
    ends ("_c", "ca", "af", "fé", "é_" for "Café")."""
    return [p[i : i + 2] for p in _pieces(word) for i in range(len(p) - 1)]


def pair_languages(pair: str, most: float) -> int:
    """The languages (a mask of the model's, by their order in it) in which the letter pair
    ``pair`` (as letter_pairs makes them) costs at most ``most`` bits (what the model does
    not list: _UNSEEN)."""
    _langs, packed, unseen, _dotted_i = _tables()
    most_steps = most * _STEPS
    mask = 0
    for n, steps in enumerate(_unpacked(packed.get(pair, unseen))):
        if steps <= most_steps:
            mask |= 1 << n
    return mask


def repriced(word: str, costs: int, readings: list[str]) -> list[int]:
    """What each of ``readings`` of ``word`` costs in each language, packed, where ``costs``
    is what ``word`` costs (as word_costs prices them both): where a reading has the word's
    number of letter pairs, only the pairs it changes are priced."""
    _langs, packed, unseen, _dotted_i = _tables()
    pairs: list[str] | None = None  # (the word's, where a reading asks for them)
    # Where the word folds to letters alone (most words: one run, see _pieces), so does a
    # reading that is priced beside it: their pairs are those of the two folded strings
    # between boundaries, and a pair changes where either of its letters does.
    folded = fold(word)
    plain = folded.isalpha() and "\u0130" not in word
    ends = _BOUNDARY + folded + _BOUNDARY
    out = []
    for reading in readings:
        if plain and "\u0130" not in reading:
            read_folded = fold(reading)
            if len(read_folded) == len(folded) and read_folded.isalpha():
                now = _BOUNDARY + read_folded + _BOUNDARY
                out.append(_changed_by(costs, ends, now, packed, unseen))
                continue
        if pairs is None:
            pairs = letter_pairs(word)
        others = letter_pairs(reading)
        if len(others) != len(pairs) or "\u0130" in word + reading:
            priced_anew = priced(reading)
            if priced_anew is not None:
                out.append(priced_anew)
            continue
        # (Packed costs are sums of each language's costs, so one pair's come off exactly.)
        cost = costs
        for was, now in zip(pairs, others, strict=True):
            if was != now:
                cost += packed.get(now, unseen) - packed.get(was, unseen)
        out.append(cost)
    return out


def _changed_by(costs: int, was: str, now: str, packed: dict[str, int], unseen: int) -> int:
    """``costs``, what the letter pairs of ``was`` cost, with each pair that ``now`` (as
    long) changes priced anew (``packed``, ``unseen``: the model's costs, see _tables)."""
    cost = costs
    for i in range(len(was) - 1):
        if was[i] != now[i] or was[i + 1] != now[i + 1]:
            cost += packed.get(now[i : i + 2], unseen) - packed.get(was[i : i + 2], unseen)
    return cost


def least_costs(costs: list[int]) -> int:
    """The least of ``costs`` (each packed, as word_costs returns them, a word's or a few
    words') in each language, packed the same way.

    Worked out on the packed integers, field by field, none unpacked: ``(a | tops) - b``
    holds in each field a's cost plus 2**(_FIELD - 1) less b's, which stays within the field
    where each cost is less than 2**(_FIELD - 1) (a word's is, by far: see _tables), and
    whose top bit is set where a's cost is at least b's.
    """
    tops = _field_tops()
    ones = (1 << _FIELD) - 1
    least = costs[0]
    for other in costs[1:]:
        # (A field of ones where ``least`` costs at least ``other``: those take other's.)
        more = ((((least | tops) - other) & tops) >> (_FIELD - 1)) * ones
        least = (other & more) | (least & ~more)
    return least


@lru_cache(maxsize=1)
def _field_tops() -> int:
    """The top bit of each language's field (see _tables), all set."""
    return sum(1 << (_FIELD * n + _FIELD - 1) for n in range(len(_tables()[0])))


def costs_in_bits(costs: int) -> list[float]:
    """The cost in each language of the model, in bits, that ``costs`` (as word_costs
    returns them, or their sum) holds packed."""
    return [steps / _STEPS for steps in _unpacked(costs)]


def least_in_bits(costs: int) -> float:
    """The least of costs_in_bits(``costs``), with no list of them made."""
    return min(_unpacked(costs)) / _STEPS


#: The languages of the model that write capital "İ" as the capital of "i".
_DOTTED_I: Final = frozenset({"tr", "az"})


@lru_cache(maxsize=1)
def dotted_i_languages() -> int:
    """The languages that write capital "İ" (_DOTTED_I), as a mask of the model's languages
    (bit n for the n-th, as costs_in_bits lists them); worked out once."""
    return sum(1 << n for n, lang in enumerate(_tables()[0]) if lang in _DOTTED_I)


#: A letter no language's words hold ("ꙮ", Cyrillic multiocular O, of one manuscript): what
#: "İ" is to a language that does not write it, and a sign a reading turns into a letter.
UNWRITTEN: Final = "\ua66e"


def blind_to(text: str) -> bool:
    """Whether the model cannot price ``text`` as written: it reads words case-folded, as its
    word lists are, and "ß" folds to "ss" ("Sßßdelk" costs what "Sssssdelk" does)."""
    return any(len(c.casefold()) > 1 for c in text)


def letter_cost(words: list[str]) -> float:
    """What ``words`` cost, in bits, in the one language that prices them lowest.

    0 for no letters at all. The words are priced as one text: the best language is the one
    best for all of them together, as a line is written in one language.
    """
    totals = _totals(words)
    return min(totals) / _STEPS if totals is not None else 0.0


def _totals(words: list[str], packed: int | None = None) -> list[int] | None:
    """What ``words`` cost together in each language, in steps (see _unpacked), or None if
    they hold no letters; with ``packed``, after other words whose costs those are (packed
    costs add up as integers, so the sum is the same whichever words come first)."""
    total = _packed(words)
    if packed is not None:
        total = packed if total is None else packed + total
    return _unpacked(total) if total is not None else None


def _packed(words: list[str]) -> int | None:
    """What ``words`` cost together in each language, packed (see _tables), or None if they
    hold no letters."""
    costs = [c for c in map(word_costs, words) if c is not None]
    return sum(costs) if costs else None


class Comparison:
    """What the model says of a reading of some words against the words as they stand.

    Immutable by contract (Final): a plain class, as the engine's Candidate is, for a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__`` in Python.
    """

    __slots__ = ("context_pairs", "gain", "mismatch", "per_pair", "settled", "told")

    def __init__(
        self,
        gain: float,
        per_pair: float,
        context_pairs: int,
        mismatch: float,
        told: float = 0.0,
        settled: float = 0.0,
    ) -> None:
        #: How many bits fewer the reading costs than the words as they stand, each priced
        #: with the unchanged context in the language that fits it best (negative: the reading
        #: costs more).
        self.gain: Final = gain
        #: What the reading with its context costs per letter pair in that language (real
        #: words cost 3-4.5 bits a pair; letters strung together anyhow cost 5 and more).
        self.per_pair: Final = per_pair
        #: How many letter pairs the context holds.
        self.context_pairs: Final = context_pairs
        #: How many bits more the context costs in the reading's best language than in the
        #: language that fits the context best: a reading in another language than its line.
        self.mismatch: Final = mismatch
        #: How many bits fewer the reading costs than the words as they stand in the language
        #: the context alone tells, where it tells one: where the context holds enough pairs,
        #: both it and the reading read as that language's words do, and no other language
        #: that fits the context nearly as well writes the words better as they stand (else
        #: the most bits any of those loses, negative). Else 0.
        self.told: Final = told
        #: ``told``, but whatever the reading costs in the context's language: between two
        #: repairs of one span, one of them is right, and the language decides which.
        self.settled: Final = settled

    def __repr__(self) -> str:
        return (
            f"Comparison(gain={self.gain!r}, per_pair={self.per_pair!r}, "
            f"context_pairs={self.context_pairs!r}, mismatch={self.mismatch!r}, "
            f"told={self.told!r}, settled={self.settled!r})"
        )


def compare(context: list[str], before: list[str], after: list[str]) -> Comparison:
    """Compare ``after``, a reading of the words ``before``, with them, in ``context``.

    Two readings of the same words are priced over nearly the same letter pairs, so the
    totals compare directly: see the module's docstring.
    """
    # (The context is priced once, for all three totals.)
    packed = _packed(context)
    read = _totals(after, packed)
    if read is None:
        return Comparison(0.0, 0.0, 0, 0.0)
    best = read.index(min(read))  # (the first language of the lowest cost)
    was = _totals(before, packed)
    gain = ((min(was) if was is not None else 0) - read[best]) / _STEPS
    pairs = pair_count(context + after)
    around = _unpacked(packed) if packed is not None else None
    mismatch = (around[best] - min(around)) / _STEPS if around is not None else 0.0
    context_pairs = pair_count(context)
    told = settled = 0.0
    if around is not None and was is not None and context_pairs >= _TOLD_PAIRS:
        told = _told(around, was, read, context_pairs, pairs - context_pairs, fit=True)
        settled = _told(around, was, read, context_pairs, pairs - context_pairs, fit=False)
    per_pair = read[best] / _STEPS / max(1, pairs)
    return Comparison(gain, per_pair, context_pairs, mismatch, told, settled)


def _told(
    around: list[int],
    was: list[int],
    read: list[int],
    context_pairs: int,
    pairs: int,
    *,
    fit: bool,
) -> float:
    """Comparison.told from the totals of the context, and of it with the words as they
    stand and with their reading (``pairs``: the reading's letter pairs).

    The languages told are the one that fits the context best and those that fit it nearly
    as well, where the context reads as their words do. They tell only as far as none of
    them writes the words better as they stand ("australiano" is as Portuguese as it is
    Lithuanian, and Portuguese writes "inglês", not "inglęs"); one that knows neither
    reading says nothing against it. The best of them must prefer the reading too; the
    saving is counted in the best of them where the reading reads as its words do
    (Croatian words fit Slovenian a little better, which writes no "ć": Croatian writes
    "već"). And the line read must cost _TOLD_OVER_ANY less in it than the line as it
    stands in any language. Without ``fit`` the reading need not read as the language's
    words do, nor beat the words in another language, which are then another reading of
    them (Comparison.settled).
    """
    near = _near_best(around, context_pairs)
    if not near:
        return 0.0
    worst = min(was[i] - read[i] for i in near)
    if worst < 0:
        return worst / _STEPS
    lang = min(near, key=around.__getitem__)
    if was[lang] <= read[lang]:
        return 0.0
    if fit:
        most = _TOLD_PER_PAIR * _STEPS * max(1, pairs)
        near = [i for i in near if read[i] - around[i] <= most]
        if not near:
            return 0.0
    lang = min(near, key=around.__getitem__)
    if fit and min(was) - read[lang] < _TOLD_OVER_ANY * _STEPS:
        return 0.0
    return (was[lang] - read[lang]) / _STEPS


def told_saving(langs: frozenset[str], before: list[str], after: list[str]) -> float:
    """What ``after``, a reading of the words ``before``, saves in the one of ``langs`` where it
    saves least, where a line's other words tell those languages some other way (see
    Comparison.told): 0 where the model lacks one of them, or the reading does not read as
    its words do (over _TOLD_PER_PAIR bits a pair)."""
    names = _tables()[0]
    was, read = _totals(before), _totals(after)
    if was is None or read is None or not langs or not langs <= set(names):
        return 0.0
    at = [names.index(lang) for lang in sorted(langs)]
    most = _TOLD_PER_PAIR * _STEPS * max(1, pair_count(after))
    if any(read[i] > most for i in at):
        return 0.0
    return min(was[i] - read[i] for i in at) / _STEPS


def best_saving(before: list[str], after: list[str]) -> float:
    """The most bits ``after`` saves over ``before`` in any one language.

    No context changes that: ``compare`` prices a context the same on both sides, so neither
    its ``gain`` nor its ``told`` can be more, and this is much cheaper to know.
    """
    was, read = _totals(before), _totals(after)
    if was is None or read is None:
        return 0.0
    return max(a - b for a, b in zip(was, read, strict=True)) / _STEPS


def languages() -> tuple[str, ...]:
    """The languages the letter model knows."""
    return _tables()[0]


def told_languages(words: list[str]) -> frozenset[str] | None:
    """The languages ``words`` are as likely to be in as any (within _TOLD_AMBIGUITY bits of
    the best), where they hold enough letter pairs to tell and read as those languages' words
    do; else None."""
    totals = _totals(words)
    pairs = pair_count(words)
    if totals is None or pairs < _TOLD_PAIRS:
        return None
    near = _near_best(totals, pairs)
    if not near:
        return None
    langs = _tables()[0]
    return frozenset(langs[i] for i in near)


def _near_best(totals: list[int], pairs: int) -> list[int]:
    """The languages (by index) that some words, costing ``totals`` (in steps) over ``pairs``
    letter pairs, are as likely to be in as any: within _TOLD_AMBIGUITY bits of the best;
    none where the words read as no language's words do (over _TOLD_PER_PAIR bits a pair in
    the best)."""
    best = min(totals)
    if best > _TOLD_PER_PAIR * _STEPS * pairs:
        return []
    near = best + _TOLD_AMBIGUITY * _STEPS
    return [i for i, cost in enumerate(totals) if cost <= near]


def pair_count(words: list[str]) -> int:
    """How many letter pairs (with word boundaries) ``letter_cost`` prices in ``words``."""
    return sum(map(_word_pairs, words))


@short_key_memo(maxsize=4096)
def _word_pairs(word: str) -> int:
    """How many letter pairs ``letter_cost`` prices in one word (cached: words recur)."""
    return sum(len(piece) - 1 for piece in _pieces(word))
