"""The scorer's shortcuts give the same numbers, to the last bit, as the rules they stand for.

``cost`` judges text piece by piece between spaces and caches the pieces; ``alphabet_misfit``
and the word rule count languages with bit arithmetic. Each test states the plain rule and
checks the fast one against it.
"""

from __future__ import annotations

import functools
import operator
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, damaged_text

from demojibake._chars import Kind, char_info, pair_class_info
from demojibake._score import (
    _CLASSES,
    _PAIR_COSTS,
    _TERM_VALUES,
    _lacking,
    _pair_cost,
    _run_terms,
    _terms,
    alphabet_misfit,
    alphabet_misfit_beside,
    cost,
    cost_between,
    surroundings,
)

#: Characters the scorer's rules single out, to build short texts that trip them.
_TRICKY = (
    "aAzZeEiIyY1 \t\n'`/-.,$\u00a0\u00c3\u00a9\u00e0\u00c9\u0410\u0430\u0416\u03b1\u0391"
    "\u00b5\u2019\u02bc\u2013\u2014\u2010\u2011\u201d\u20ac\u00a2\u00a6\u2500\u2554\u2591"
    "\u0301\u0308\u05d0\u0627\u4e2d\u3042\u00ad\u200b\u0080\u0001\ufffd\u0192\u0131\u0130"
    "\u00df\u01c5\u02c6\u0660\u2800\u00ba\u2026\u00d7\u212a\u03a3"
)


def _one_pass(text: str) -> float:
    """``cost`` without splitting at spaces or into chunks: all of ``text`` judged in one
    loop."""
    return functools.reduce(operator.add, _whole_terms(text, True), 0.0)


def _whole_terms(text: str, at_end: bool) -> tuple[float, ...]:
    """_terms of ``text`` in one loop over all of it, not chunk by chunk."""
    return _run_terms(text, [char_info(c) for c in text], 0, at_end) if text else ()


@settings(max_examples=1000, derandomize=True, database=None)
@given(
    st.one_of(st.sampled_from(_TRICKY), st.characters(codec="utf-8")),
    st.one_of(st.sampled_from(_TRICKY), st.characters(codec="utf-8")),
)
def test_two_characters_cost_what_their_pair_classes_say(a: str, b: str) -> None:
    """A pair's cost found by the two characters' pair classes is the rule's, for any two
    characters, the same one twice included."""
    for x, y in ((a, b), (a, a)):
        differ, same = _PAIR_COSTS[char_info(x).pair_class * _CLASSES + char_info(y).pair_class]
        found = same if x == y else differ
        assert found == _pair_cost(char_info(x), char_info(y), x, y), (x, y)
    assert pair_class_info(char_info(a).pair_class).pair_class == char_info(a).pair_class


def test_a_space_costs_nothing_by_itself_or_after_any_character() -> None:
    """No character makes a pair with a following space cost anything (what splitting needs)."""
    space = char_info(" ")
    assert space.cost == 0.0
    for o in range(sys.maxunicode + 1):
        c = chr(o)
        assert _pair_cost(char_info(c), space, c, " ") == 0.0, hex(o)


@settings(max_examples=500, derandomize=True, database=None)
@given(st.text(st.sampled_from(_TRICKY), max_size=24))
def test_cost_split_at_spaces_equals_one_pass_on_tricky_text(text: str) -> None:
    """Summing the pieces between spaces gives the very float one pass over the text gives."""
    assert cost(text).hex() == _one_pass(text).hex()


@settings(max_examples=1000, derandomize=True, database=None)
@given(
    st.text(st.sampled_from(_TRICKY.replace(" ", "")), max_size=60)
    | st.text(st.characters(min_codepoint=0xA0, max_codepoint=0xFF), max_size=60),
    st.booleans(),
    st.booleans(),
)
def test_a_piece_priced_by_chunks_has_the_terms_of_the_whole(
    piece: str, after_space: bool, at_end: bool
) -> None:
    """Each chunk's cached terms, one after another, are the terms of the piece in one loop,
    in the same order (a run of Latin-1 is cut after most of its symbols)."""
    text = " " + piece if after_space else piece
    assert _terms(piece, after_space, at_end) == _whole_terms(text, at_end)


_SIDES = st.text(st.sampled_from(_TRICKY), max_size=24) | st.text(
    st.characters(min_codepoint=0xA0, max_codepoint=0xFF), max_size=24
)


@settings(max_examples=1000, derandomize=True, database=None)
@given(_SIDES, _SIDES, _SIDES)
def test_a_piece_between_two_sides_costs_what_the_three_cost_together(
    left: str, piece: str, right: str
) -> None:
    """cost_between(), which keeps what each side decides alone, is cost() of the text the
    three make, to the last bit."""
    text = left + piece + right
    assert cost_between(left, piece, right).hex() == _one_pass(text).hex(), text


@settings(max_examples=200, derandomize=True, database=None)
@given(st.one_of(any_text(), damaged_text()))
def test_cost_split_at_spaces_equals_one_pass_on_generated_text(text: str) -> None:
    """Pieces and one pass agree on generated damaged and arbitrary text too."""
    assert cost(text).hex() == _one_pass(text).hex()


def _lacking_by_counting(masks: list[int]) -> int:
    counts: dict[int, int] = {}
    for mask in masks:
        for bit in range(mask.bit_length()):
            if mask >> bit & 1:
                counts[bit] = counts.get(bit, 0) + 1
    return len(masks) - max(counts.values(), default=0)


@settings(max_examples=1000, derandomize=True, database=None)
@given(st.lists(st.integers(min_value=0, max_value=(1 << 300) - 1), max_size=40))
def test_lacking_is_what_the_best_language_lacks(masks: list[int]) -> None:
    """The bit-parallel count finds the language shared by the most letters, as counting does."""
    assert _lacking(masks) == _lacking_by_counting(masks)


@settings(max_examples=1000, derandomize=True, database=None)
@given(st.lists(st.sampled_from([1, 2, 3, 4, 6, 7, 8, 12, 15, 16]), max_size=12))
def test_lacking_with_few_languages_and_many_ties(masks: list[int]) -> None:
    """Small masks with shared and tied languages count as counting does."""
    assert _lacking(masks) == _lacking_by_counting(masks)


def _misfit_by_definition(text: str) -> int:
    letters = {c.lower() if len(c.lower()) == 1 else c for c in text if c >= "\x80"}
    masks = [char_info(c).langs for c in letters if char_info(c).kind == Kind.LETTER]
    return _lacking_by_counting([m for m in masks if m])


@settings(max_examples=500, derandomize=True, database=None)
@given(
    st.text(st.sampled_from(_TRICKY + "\u00f2\u00cf\u0161\u00e1\u00f0\u00fa\u00f6"), max_size=30)
)
def test_alphabet_misfit_counts_distinct_non_ascii_letters_in_lower_case(text: str) -> None:
    """Each non-ASCII letter counts once, in lower case, whatever its case in the text."""
    assert alphabet_misfit(text) == _misfit_by_definition(text)


def test_alphabet_misfit_of_czech_with_codepage_letters() -> None:
    """ò and Ï are not Czech, so the best language lacks them ("Zdeòka Ïurišová")."""
    text = "Zde\u00f2ka \u00cfuri\u0161ov\u00e1"
    assert alphabet_misfit(text) == _misfit_by_definition(text) >= 1


def test_a_letter_of_a_minor_language_fits_the_common_letters_of_its_alphabet() -> None:
    """Ossetian writes "ӕ" beside the Cyrillic letters every Russian text has."""
    assert alphabet_misfit("Мӕй амынд нӕ уыд") == 0


def test_a_sign_of_one_script_glued_to_a_letter_of_another_costs_a_change_of_script() -> None:
    """Tai Tham "᪨" after Cyrillic letters changes script inside a word; the danda after
    Devanagari letters ends a Hindi sentence."""
    assert cost(" афа\u1aa8 ") >= cost(" афарски ") + 3.0
    assert cost(" नमस्ते\u0964 ") <= cost(" नमस्ते ") + 1.5


_LETTERS_OF_MANY_ALPHABETS = st.text(
    alphabet=st.sampled_from("aeiouéèçàœøåäöüßšžčřěłąőıİğşþðæÆØÅÄÖÜŠŽČабвгджийёіїєαβγδ ,"),
    max_size=40,
)


@given(_LETTERS_OF_MANY_ALPHABETS, _LETTERS_OF_MANY_ALPHABETS)
def test_misfit_beside_text_is_the_misfit_of_both(piece: str, around: str) -> None:
    assert alphabet_misfit_beside(piece, surroundings(around)) == alphabet_misfit(piece + around)


@given(any_text())
def test_surroundings_know_the_scripts_of_their_letters(around: str) -> None:
    letters = (Kind.ASCII_LETTER, Kind.LETTER)
    scripts = {char_info(c).script for c in around if char_info(c).kind in letters}
    assert surroundings(around).scripts == scripts - {None}


def test_printable_ascii_costs_nothing_in_pairs() -> None:
    # (_terms skips the lookup of these pairs: most of any window's pairs.)
    printable = [chr(o) for o in range(0x20, 0x7F)]
    for a in printable:
        for b in printable:
            assert _pair_cost(char_info(a), char_info(b), a, b) == 0.0, a + b


def test_an_emoji_with_its_style_selector_or_joiner_reads_as_text() -> None:
    """A joiner or U+FE0F after an emoji is part of it, not a mark glued to a symbol; after
    other symbols it still is one."""
    assert cost("I \u2764\ufe0f Paris") < cost("I \u2764\ufe10 Paris")
    assert cost("\U0001f468\u200d\U0001f469") < cost("\U0001f468\u201d\U0001f469")
    assert cost("\u23f2\u0300") > cost("\u23f2") + 2.0


def test_the_letters_either_side_of_an_apostrophe_are_cased_apart() -> None:
    """French "l’École" and an English possessive after capitals, "JOSÉ’s", are no small
    letter glued to a capital ("cafÃ©"): the apostrophe and its letter add little."""
    assert cost(" l’École ") <= cost(" École ") + 1.0
    assert cost(" JOSÉ’s ") <= cost(" JOSÉ ") + 1.0
    assert cost(" cafÃ© ") >= cost(" caf ") + 3.0


def test_equal_terms_of_a_cost_are_one_float_object() -> None:
    """The memos of a cost's terms hold each value once: equal terms, whatever made them
    (a character's cost, a pair's, a word's), are the same float object, not one each."""
    _TERM_VALUES.clear()  # (as in a new process: the values shared are the first met)
    terms = _terms("Ã©tÃ©", True, True) + _terms("Ã¨re", True, True)
    objects: dict[float, set[int]] = {}
    for term in terms:
        objects.setdefault(term, set()).add(id(term))
    assert len(terms) > len(objects)  # (some value comes more than once)
    assert all(len(ids) == 1 for ids in objects.values())
