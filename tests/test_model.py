"""The letter model prices words by how their letters follow one another in some language.

It is what lets the engine tell "Vodičkova" from "Vodièkova": both are letters of real
alphabets, but only one is how a language strings them together.
"""

from __future__ import annotations

from importlib import resources

from hypothesis import given
from hypothesis import strategies as st

from demojibake import _model
from demojibake._model import (
    best_saving,
    compare,
    costs_in_bits,
    least_costs,
    letter_cost,
    pair_count,
    told_languages,
    word_costs,
)


def test_the_data_file_names_its_format_source_and_licence() -> None:
    """The shipped file starts with its versioned header, its source and its CC BY-SA licence."""
    path = resources.files("demojibake").joinpath("data", "letter_model.txt")
    head = path.read_text(encoding="utf-8").splitlines()[:4]
    assert head[0] == "# demojibake letter-model v1"
    assert "wordfreq" in head[1] and "Robyn Speer" in head[1]
    assert "CC BY-SA 4.0" in head[2]


def test_the_data_file_stays_small() -> None:
    """The model ships in under 500 KB."""
    path = resources.files("demojibake").joinpath("data", "letter_model.txt")
    assert len(path.read_bytes()) < 500_000


def test_the_model_knows_the_languages_legacy_codepages_wrote() -> None:
    """Central European, Cyrillic, Greek and Western languages each have a model."""
    languages = _model._tables()[0]
    for lang in ("cs", "pl", "hu", "sk", "sl", "ro", "ru", "uk", "bg", "sr", "el", "en", "fr"):
        assert lang in languages


def test_the_table_is_read_once() -> None:
    """Loading the table twice returns the same object: it is read once and kept."""
    assert _model._tables() is _model._tables()


def test_a_czech_word_costs_less_than_its_cp1252_misreading() -> None:
    """Czech "Vodičkova" fits a language better than "Vodièkova", its bytes shown by cp1252."""
    assert letter_cost(["Vodičkova"]) < letter_cost(["Vodièkova"]) - 10


def test_a_polish_word_costs_less_than_a_symbol_in_its_place() -> None:
    """Polish "półka" costs less than "pó³ka": a symbol inside a word costs as an unseen letter."""
    assert letter_cost(["półka"]) < letter_cost(["pó³ka"])


def test_russian_costs_less_than_its_koi8_r_misreading() -> None:
    """Russian read right costs fewer bits than the same bytes read in the other codepage."""
    right = "Привет мир".split()
    wrong = "Привет мир".encode("cp1251").decode("koi8-r").split()
    assert letter_cost(right) < letter_cost(wrong)


def test_case_does_not_change_the_price() -> None:
    """Words are case-folded first: "ŘEŠENÍ" costs what "řešení" costs."""
    assert letter_cost(["ŘEŠENÍ"]) == letter_cost(["řešení"])


def test_greek_final_sigma_is_priced_as_sigma() -> None:
    """Final sigma counts as "σ", as wordfreq folds it, so "Οδός" is ordinary Greek."""
    assert word_costs("Οδός") == word_costs("οδόσ")


def test_ascii_punctuation_and_digits_end_a_word() -> None:
    """Dots, digits and slashes end words: "d.o.o." is three one-letter words, "681/18," none."""
    assert letter_cost(["d.o.o."]) == letter_cost(["d", "o", "o"])
    assert pair_count(["681/18,"]) == 0


def test_quotes_at_a_word_edge_are_left_out() -> None:
    """Non-letters at either end of a word ("„Żuraw”") are left out, not priced as letters."""
    assert letter_cost(["\u201e\u017buraw\u201d"]) == letter_cost(["\u017buraw"])


def test_a_text_without_letters_costs_nothing() -> None:
    """No letters, no cost: "2024-01-01" is priced 0."""
    assert letter_cost(["2024-01-01"]) == 0.0
    assert letter_cost([]) == 0.0


def test_words_are_priced_in_one_language_together() -> None:
    """The best language is chosen for all words at once, never word by word."""
    mixed = ["Vodičkova", "schön"]
    assert letter_cost(mixed) >= letter_cost(["Vodičkova"]) + letter_cost(["schön"])


def test_a_right_reading_in_its_own_language_gains_and_matches_its_context() -> None:
    """Reading "pìt" as "pět" among Czech words saves bits, with a plausible cost per pair."""
    context = ["Za", "minut", "dvanáct", "jako", "vždycky"]
    fit = compare(context, ["pìt"], ["pět"])
    assert fit.gain > 10
    assert fit.per_pair < 4.5
    assert fit.mismatch == 0.0
    assert fit.context_pairs == pair_count(context)


def test_a_wrong_reading_costs_bits() -> None:
    """Reading clean French as cp1250 ("crème" as "crčme") costs more bits, not fewer."""
    fit = compare(["café", "brûlée"], ["crème"], ["crčme"])
    assert fit.gain < 0


def test_a_reading_with_no_letters_compares_as_nothing() -> None:
    """A reading that leaves no letters at all gains nothing and is priced 0 per pair."""
    fit = compare([], ["\u00b0"], ["\u00b1"])
    assert (fit.gain, fit.per_pair, fit.context_pairs, fit.mismatch) == (0.0, 0.0, 0, 0.0)


def test_a_context_that_tells_its_language_vouches_for_a_reading_it_writes() -> None:
    """Among Czech words, "pět" saves bits in Czech itself: the context tells the language."""
    fit = compare(["Za", "minut", "dvanáct", "jako", "vždycky"], ["pìt"], ["pět"])
    assert fit.told >= 10


def test_a_context_that_fits_several_languages_tells_none() -> None:
    """ "australiano" is about as Portuguese as Lithuanian, and Portuguese writes "inglês"."""
    fit = compare(["australiano"], ["inglês"], ["inglęs"])
    assert fit.told <= 0


def test_a_short_context_tells_no_language() -> None:
    """One short word ("Sekot") is too little to tell a language by."""
    assert compare(["Sekot"], ["Gaèlik"], ["Gačlik"]).told == 0.0


def test_no_context_saves_more_than_the_best_saving_of_the_words_alone() -> None:
    """``best_saving`` bounds what ``compare`` finds, whatever the context."""
    before, after = ["pìt", "Vã"], ["pět", "Vă"]
    bound = best_saving(before, after)
    for context in ([], ["Za", "minut", "dvanáct"], ["unde", "este", "cea", "mai"]):
        fit = compare(context, before, after)
        assert fit.gain <= bound and fit.told <= bound


def test_between_two_repairs_the_context_language_settles_even_where_neither_fits_well() -> None:
    """Italian fits "Tipo de geometria" best and writes neither "inválido" nor "invålido"
    well, but it and every language near it write "á" there sooner than "å"."""
    fit = compare(["Tipo", "de", "geometria."], ["invålido"], ["inválido"])
    assert fit.settled >= 10


def test_a_context_tells_its_language_where_a_near_one_fits_the_reading() -> None:
    """Croatian words fit Slovenian a little better, which writes no "ć"; Croatian, nearly as
    likely, writes "već" and never "veæ"."""
    context = (
        "Link za resetiranje lozinke je neispravan, vjerojatno jer je korišten. Molimo "
        "zatražite novo resetiranje lozinke."
    ).split()
    assert compare(context, ["veæ"], ["već"]).told >= 10


def test_a_context_whose_best_language_knows_neither_reading_tells_none() -> None:
    """The best fit of a mixed list writes neither "mercoledì" nor "mercoledě": a language
    near it that writes the second says nothing of the line."""
    context = "afgani (1927–2002), bolívar venezuelano, métchif, meta’,".split()
    assert compare(context, ["mercoledì"], ["mercoledě"]).told == 0.0


def test_turkish_dotted_capital_i_folds_to_a_plain_i() -> None:
    """ "İ".casefold() is "i" and a combining dot, which no language's words hold."""
    assert _model.fold("İstanbul") == "istanbul"
    assert letter_cost(["İstanbul"]) == letter_cost(["istanbul"])


def test_greek_upsilon_with_dialytika_and_tonos_is_priced_as_one_letter() -> None:
    """``str.casefold`` splits "ΰ" into "υ" and two combining marks; the model's words were
    folded and then put in NFC, so "ΰ" is a letter of its own, not a "υ" ending a word."""
    assert _model.fold("ΚΥΜΕΠΡΌΚΰ") == "κυμεπρόκΰ"
    assert letter_cost(["κυμεπρόκΰ"]) > letter_cost(["κυμεπρόκυ"])


def test_capital_dotted_i_is_i_only_to_the_languages_that_write_it() -> None:
    """cp1254 reads Slovak "NEPLATNÝ" as "NEPLATNİ": folded to "neplatni" for every
    language, it would read as Croatian; only Turkish writes "İ" for "i"."""
    assert letter_cost(["NEPLATNİ"]) > letter_cost(["NEPLATNÝ"])
    assert letter_cost(["İSTANBUL"]) == letter_cost(["istanbul"])


def test_words_of_a_language_the_model_lacks_tell_no_language() -> None:
    """Estonian costs over 4.5 bits a letter pair even in Hungarian, the language it fits
    best: it tells none, and Hungarian's "ő" is no better a reading of its "õ"."""
    assert told_languages("süsteemi andmed vigane puudub ühendus katkenud".split()) is None


_LANGUAGES = len(_model._tables()[0])


def _packed(steps: list[int]) -> int:
    return sum(cost << (_model._FIELD * n) for n, cost in enumerate(steps))


@given(
    st.lists(
        st.lists(
            st.integers(min_value=0, max_value=2 ** (_model._FIELD - 1) - 1),
            min_size=_LANGUAGES,
            max_size=_LANGUAGES,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_least_costs_are_the_least_in_each_language(costs: list[list[int]]) -> None:
    """Packed costs compared field by field give each language's least, ties and extremes
    too."""
    least = least_costs([_packed(steps) for steps in costs])
    lowest = [min(column) / _model._STEPS for column in zip(*costs, strict=True)]
    assert costs_in_bits(least) == lowest
