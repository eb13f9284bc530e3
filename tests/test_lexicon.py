"""The word list: which common words each language writes (``demojibake._lexicon``)."""

from __future__ import annotations

from demojibake._lexicon import known_share, languages_of, listed_anywhere, told_by_words


def test_a_common_word_is_listed_for_the_languages_that_write_it() -> None:
    """Spanish and Portuguese both write "página"."""
    assert {"es", "pt"} <= languages_of("página")  # type: ignore[operator]


def test_a_misread_of_a_common_word_is_listed_for_no_language() -> None:
    """No language writes "pågina", the cp1250 reading of ISO 8859-2 "ĂĄ"."""
    assert languages_of("pågina") == frozenset()


def test_words_are_looked_up_case_folded() -> None:
    """A word at a sentence's start or in capitals is the same word."""
    assert languages_of("SIĘ") == languages_of("Się") == languages_of("się")
    assert "pl" in languages_of("się")  # type: ignore[operator]


def test_a_word_of_ascii_letters_only_is_not_asked_about() -> None:
    """The list holds only words a misread can change, so it says nothing of "website"."""
    assert languages_of("website") is None


def test_every_run_of_letters_of_a_token_must_be_listed() -> None:
    """Punctuation splits a token into runs of letters; each must be a word of the language."""
    assert languages_of("«página»,") == languages_of("página")
    assert languages_of("página-pågina") == frozenset()


def test_a_known_word_is_listed_only_when_asked_deep() -> None:
    """Czech "německy" is among its 12,000 commonest words beyond ASCII, not its 5,000."""
    assert languages_of("německy") == frozenset()
    assert languages_of("německy", deep=True) == {"cs"}


def test_a_known_word_is_looked_up_by_a_key_no_misread_shares() -> None:
    """With 4-byte hashes, some word of hundreds of thousands matches any text about once in
    15,000 lookups: Swedish "Kruspråk" read as cp1250, "krusprĺk", was a "Slovak" word."""
    assert languages_of("krusprĺk", deep=True) == frozenset()
    assert languages_of("indoeuropćiske", deep=True) == frozenset()


def test_a_common_word_is_listed_deep_as_well() -> None:
    """The known words add to the common ones: Spanish, Portuguese and Catalan write
    "página" commonly, and Italian text quotes it now and then."""
    common, known = languages_of("página"), languages_of("página", deep=True)
    assert common is not None and known is not None
    assert {"es", "pt", "ca"} <= common < known
    assert "it" in known - common


def test_the_share_counts_listed_runs_beyond_ascii() -> None:
    """Of "mañana", "pågina" and "casa", one of the two runs beyond ASCII is a Spanish word,
    and none a Polish one."""
    assert known_share(["mañana", "pågina", "casa"], frozenset({"es"})) == 0.5
    assert known_share(["mañana", "pågina", "casa"], frozenset({"pl"})) == 0.0
    assert known_share(["casa", "mesa"], frozenset({"es"})) is None


def test_a_line_s_words_tell_its_language_where_the_list_knows_most_of_them() -> None:
    """ "prst skrz krk" are Czech words of ASCII letters only; "Grzegorz" is Polish."""
    assert told_by_words(["prst", "skrz", "krk."]) == {"cs"}
    assert told_by_words(["Grzegorz"]) == {"pl"}


def test_words_the_list_mostly_does_not_know_tell_no_language() -> None:
    """Of Gaelic "Chan fhaod ach litrichean", only "chan" and "ach" are listed, in Czech,
    Slovak and Polish: half the words are no evidence of a language."""
    assert told_by_words(["Chan", "fhaod", "ach", "litrichean,"]) is None
    assert told_by_words(["12", "fhaod"]) is None


def test_a_short_word_alone_tells_no_language() -> None:
    """ "ods" is a listed word, but "ODS" in capitals is more likely an abbreviation."""
    assert told_by_words(["ODS"]) is None


def test_a_word_is_listed_anywhere_where_some_language_lists_it_common_or_known() -> None:
    """The merged lists answer as languages_of with ``deep`` does, in one lookup a run."""
    for word in ("página", "является", "SIĘ", "pågina", "Ñ\u008fвл", "website"):
        assert listed_anywhere(word) == bool(languages_of(word, deep=True))
