"""The word list: which common words each language writes (``demojibake._lexicon``)."""

from __future__ import annotations

from demojibake._lexicon import known_share, languages_of


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


def test_the_share_counts_listed_runs_beyond_ascii() -> None:
    """Of "mañana", "pågina" and "casa", one of the two runs beyond ASCII is listed."""
    assert known_share(["mañana", "pågina", "casa"]) == 0.5
    assert known_share(["casa", "mesa"]) is None
