"""The public API: its surface, its types and how it treats its input."""

from __future__ import annotations

import dataclasses

import pytest

import demojibake
from demojibake import Change, Misread, Options, Repair


def test_public_names_are_exported_and_sorted() -> None:
    """``__all__`` lists the public surface, sorted, and every name in it exists."""
    assert demojibake.__all__ == sorted(demojibake.__all__)
    for name in demojibake.__all__:
        assert hasattr(demojibake, name)


def test_version_comes_from_package_metadata() -> None:
    """The version is read from the installed metadata, not written twice."""
    from importlib.metadata import version

    assert demojibake.__version__ == version("demojibake")


def test_fix_repairs_utf8_read_as_cp1252() -> None:
    """The commonest mojibake is repaired."""
    assert demojibake.fix("CafÃ©") == "Café"


def test_fix_returns_clean_text_unchanged() -> None:
    """Text without mojibake is returned as it is, including odd but correct characters."""
    text = "Ça coûte 5\u00a0€ — «\u00a0vraiment\u00a0» ?\r\n"
    assert demojibake.fix(text) is text or demojibake.fix(text) == text


@pytest.mark.parametrize("value", [b"Caf\xc3\xa9", bytearray(b"x"), memoryview(b"x")])
def test_fix_refuses_bytes_and_points_to_fix_bytes(value: object) -> None:
    """Bytes raise a TypeError whose message names fix_bytes."""
    with pytest.raises(TypeError, match="fix_bytes"):
        demojibake.fix(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("function", [demojibake.fix, demojibake.repair, demojibake.detect])
def test_non_text_raises_a_not_text_error(function: object) -> None:
    """Every text function raises NotTextError (a TypeError) for a non-str argument."""
    with pytest.raises(demojibake.NotTextError):
        function(42)  # type: ignore[operator]


def test_repair_explains_each_change() -> None:
    """A change records its span, before and after text, chain and confidence."""
    result = demojibake.repair("Le cafÃ© est prÃªt")
    assert isinstance(result, Repair)
    assert result.text == "Le café est prêt"
    first = result.changes[0]
    assert (first.start, first.end, first.before, first.after) == (6, 8, "Ã©", "é")
    assert first.chain == (Misread("utf-8", "cp1252"),)
    assert first.explanation == "UTF-8 read as cp1252"
    assert 0.5 <= first.confidence <= 1.0


def test_replaying_changes_reproduces_the_repaired_text() -> None:
    """apply_changes(input, changes) gives the repaired text."""
    text = "naÃ¯ve cafÃ© and РџСЂРёРІРµС‚"
    result = demojibake.repair(text)
    assert demojibake.apply_changes(text, result.changes) == result.text


def test_apply_changes_refuses_stale_changes() -> None:
    """A change whose ``before`` does not match the text is refused, not misapplied."""
    change = Change(0, 2, "Ã©", "é", (Misread("utf-8", "cp1252"),), 0.9)
    with pytest.raises(ValueError, match="expects"):
        demojibake.apply_changes("ab", [change])


def test_explanation_counts_repeated_layers() -> None:
    """A chain of identical misreads reads as "twice" or "three times"."""
    result = demojibake.repair("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.")
    assert result.changes[0].explanation == "UTF-8 read as cp1252, three times"


def test_detect_changes_nothing_and_reports_spans() -> None:
    """detect() reports what repair() would do, with the suggestion, and returns no text."""
    findings = demojibake.detect("CafÃ© au lait")
    assert [(f.start, f.end, f.text, f.suggestion, f.repairable) for f in findings] == [
        (3, 5, "Ã©", "é", True)
    ]


def test_detect_reports_unrecoverable_damage() -> None:
    """A replacement character with nothing to repair is reported as damaged, not repairable."""
    findings = demojibake.detect("Lost: caf\ufffd au lait")
    assert [(f.text, f.suggestion, f.repairable) for f in findings] == [("\ufffd", None, False)]


def test_options_are_frozen_and_keyword_only() -> None:
    """Options is immutable and takes keywords only."""
    options = Options(threshold=0.8)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.threshold = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Options(0.8)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"threshold": 1.5}, "threshold"), ({"max_layers": 0}, "max_layers")],
)
def test_options_reject_values_out_of_range(kwargs: dict[str, float], message: str) -> None:
    """Out-of-range options raise ValueError naming the option."""
    with pytest.raises(ValueError, match=message):
        Options(**kwargs)  # type: ignore[arg-type]


def test_options_reject_a_single_codec_string() -> None:
    """``codecs="cp1252"`` is a mistake for ``codecs={"cp1252"}`` and is refused."""
    with pytest.raises(TypeError, match="set of codec names"):
        Options(codecs="cp1252")  # type: ignore[arg-type]


def test_restricting_codecs_only_ever_changes_less() -> None:
    """With cp1251 left out, cp1251 mojibake stays; cp1252 mojibake is still repaired."""
    only = Options(codecs=frozenset({"cp1252"}))
    assert demojibake.fix("РџСЂРёРІРµС‚", only) == "РџСЂРёРІРµС‚"
    assert demojibake.fix("CafÃ©", only) == "Café"


def test_max_layers_limits_depth() -> None:
    """With one layer allowed, double mojibake is undone only once or not at all."""
    text = "Iggy Pop (nÃƒÂ© Jim Osterberg)"
    assert demojibake.fix(text) == "Iggy Pop (né Jim Osterberg)"
    assert demojibake.fix(text, Options(max_layers=1)) != "Iggy Pop (né Jim Osterberg)"


def test_a_higher_threshold_changes_less() -> None:
    """A weak repair applied at the default threshold is refused at threshold 0.99."""
    text = "âžœ Install"
    assert demojibake.fix(text) == "➜ Install"
    assert demojibake.fix(text, Options(threshold=0.99)) == text


def test_lossy_repairs_can_be_turned_off() -> None:
    """With lossy=False, a repair that must guess a lost byte is not made."""
    text = "voilÃ le travail"
    assert demojibake.fix(text) == "voilà le travail"
    assert demojibake.fix(text, Options(lossy=False)) == text


def test_options_accept_any_spelling_of_a_codec_name() -> None:
    """Codec aliases ("windows-1251", "latin1") select the codec they name."""
    options = Options(codecs=frozenset({"windows-1251", "latin1"}))
    assert options.codecs == frozenset({"cp1251", "latin-1"})
    assert demojibake.fix("РџСЂРёРІРµС‚", options) == "Привет"


def test_options_refuse_a_codec_no_misread_is_undone_for() -> None:
    """UTF-16 is a codec, but not one text is misread as here: an error, not silence."""
    with pytest.raises(ValueError, match="'utf-16' is not a codec demojibake repairs"):
        Options(codecs=frozenset({"utf-16"}))


def test_options_refuse_a_codec_python_does_not_know() -> None:
    """A codec name Python cannot look up is a ValueError naming it."""
    with pytest.raises(ValueError, match="no-such-codec"):
        Options(codecs=frozenset({"no-such-codec"}))


def test_an_unknown_encoding_name_raises_the_exported_error() -> None:
    """fix_bytes(encoding="klingon") raises demojibake.UnknownEncodingError, a LookupError."""
    with pytest.raises(demojibake.UnknownEncodingError) as info:
        demojibake.fix_bytes(b"x", encoding="klingon")
    assert isinstance(info.value, LookupError)
