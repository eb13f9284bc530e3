"""What the scorer knows of single characters: the shipped frequency tables."""

from __future__ import annotations

from demojibake._chars import (
    Kind,
    alphabets_holding,
    char_info,
    cjk_frequency,
    cjk_pair_level,
    indic_triple_level,
    language_bit,
    major_languages,
    mark_count,
)


def test_the_commonest_characters_of_each_east_asian_language_are_common() -> None:
    """ "的" in Chinese, "の" in Japanese and "이" in Korean are among each one's commonest."""
    assert "的" in cjk_frequency("zh-hans")[0]
    assert "們" in cjk_frequency("zh-hant")[0]
    assert "の" in cjk_frequency("ja")[0]
    assert "이" in cjk_frequency("ko")[0]


def test_a_character_a_language_does_not_write_is_neither_common_nor_known() -> None:
    """Hangul is not Chinese, and traditional "們" is not simplified Chinese."""
    common, known = cjk_frequency("zh-hans")
    assert "이" not in common | known
    assert "們" not in common | known


def test_an_unknown_language_has_no_characters() -> None:
    """A language the table does not cover has empty sets, not an error."""
    assert cjk_frequency("xx") == (frozenset(), frozenset())


def test_punctuation_of_a_script_without_alphabet_data_belongs_to_that_script() -> None:
    """Tai Tham "᪨" is a sign of one script, as the Devanagari danda is; the em dash and the
    multiplication sign belong to every script."""
    assert char_info("\u1aa8").script == "TAI"
    assert char_info("\u0964").script == "DEVANAGARI"
    assert char_info("\u2014").script == char_info("\u00d7").script == ""


def test_the_blank_braille_pattern_is_a_space_and_the_other_patterns_are_symbols() -> None:
    """Social media pad lines with "\u2800", a blank no app collapses; "\u2801" is braille."""
    assert char_info("\u2800").kind == Kind.SPACE
    assert char_info("\u2801").kind == Kind.SYMBOL


def test_the_armenian_ligature_ech_yiwn_is_a_letter_armenian_writes() -> None:
    """ "և" ("and") is an everyday letter of Armenian that CLDR's standard exemplars leave
    out: it costs what the other Armenian letters cost, not what an unknown letter does."""
    assert char_info("և").cost == char_info("ե").cost
    assert char_info("և").langs == char_info("ե").langs


def test_plain_is_printable_ascii_and_nothing_else() -> None:
    # (_terms prices no pair of two plain characters: see test_score.)
    for o in range(0x300):
        c = chr(o)
        assert char_info(c).plain == (c.isascii() and c.isprintable()), hex(o)


def test_a_mark_is_counted_by_its_name_in_every_script() -> None:
    """data/marks.txt counts "SIGN VIRAMA" once for every script: Gujarati's, which our
    corpus does not write, counts as Devanagari's, and far above the vowel sign "u"."""
    assert mark_count("\u0acd") == mark_count("\u094d") > 2 * mark_count("\u0941") > 0
    assert mark_count("a") == mark_count("\u0915") == 0  # (no marks: a letter, and ka)


def test_the_zero_width_joiners_are_cheap_marks_and_other_format_characters_are_not() -> None:
    """Persian writes U+200C inside words ("حرف‌نگاری"), Indic scripts and emoji U+200D."""
    for joiner in "\u200c\u200d":
        assert char_info(joiner).kind == Kind.MARK
        assert char_info(joiner).cost < 0.5
    assert char_info("\u200e").kind == Kind.FORMAT  # (the left-to-right mark)


def test_the_emoji_style_selector_is_a_cheap_mark_that_belongs_to_its_emoji() -> None:
    """U+FE0F asks for the emoji style of the symbol before it ("❤\ufe0f"); the other
    variation selectors stay costly marks of no alphabet."""
    selector = char_info("\ufe0f")
    assert selector.kind == Kind.MARK and selector.cost < 0.5 and selector.emoji_part
    assert char_info("❤").emoji_part and char_info("\U0001f468").emoji_part
    assert not char_info("\ufe01").emoji_part and char_info("\ufe01").cost > 1.0
    assert not char_info("a").emoji_part


def test_pairs_of_cjk_characters_are_leveled_by_how_often_words_write_them() -> None:
    """data/cjk_pairs.txt: "中国" is written far more often than "太郎", and in traditional
    characters ("中國") as often; a pair no word writes, or of no CJK characters, is 0."""
    assert cjk_pair_level("中国") == cjk_pair_level("中國") > cjk_pair_level("太郎") > 0
    assert cjk_pair_level("郎太") == 0
    assert cjk_pair_level("ab") == cjk_pair_level("") == 0


def test_indic_characters_are_leveled_by_how_often_words_write_them_between_two() -> None:
    """data/indic_triples.txt: Hindi writes the conjunct "प्र" (a virama between two letters)
    more often than "पुर", and "दुल" where it writes no "द्ल"; Tamil and Bengali as well."""
    assert indic_triple_level("प्र") > indic_triple_level("पुर") > 0
    assert indic_triple_level("दुल") > indic_triple_level("द्ल") == 0
    assert indic_triple_level("ண்ட") > 0 and indic_triple_level("ন্ত") > 0
    assert indic_triple_level("abc") == indic_triple_level("") == 0


def test_the_word_lists_serbo_croatian_is_croatian_and_bosnian_in_the_alphabets() -> None:
    assert language_bit("sh") == language_bit("hr") | language_bit("bs") != 0
    assert language_bit("xx") == 0


def test_major_languages_are_those_data_letters_marks_so() -> None:
    assert {"et", "hu", "ru"} <= major_languages()
    assert "wae" not in major_languages()


def test_the_alphabets_holding_a_text_are_those_with_all_its_letters_beyond_ascii() -> None:
    """Turkish writes "İ" and "ş"; no alphabet holds both "ş" and Greek "λ"; ASCII asks none."""
    assert alphabets_holding("İzmir'de kış") & language_bit("tr")
    assert not alphabets_holding("İzmir'de kış") & language_bit("de")
    assert alphabets_holding("kış λ") == 0
    assert alphabets_holding("plain ASCII") == -1
    assert alphabets_holding("xx ş λ", 0, 4) & language_bit("tr")
