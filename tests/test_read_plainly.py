"""A line that is UTF-8 shown by one codepage as a whole, and reads as plain text, is repaired
run by run without the engine weighing rivals; any doubt sends it to the engine."""

from __future__ import annotations

import math

import demojibake
from demojibake._engine import _read_plainly
from demojibake._plain import lines_to_read, plain_as_a_reading, plainly_clean
from demojibake._score import required_delta
from demojibake._types import SINGLE_BYTE_CODECS, Misread

_FLOOR = required_delta(0.5)


def test_a_line_plainly_misread_is_repaired_run_by_run() -> None:
    """Each run of characters beyond ASCII is one change, named by its misread."""
    found = _read_plainly("KurfÃ¼rstendamm 204, GrÃ¶ÃŸe\n", SINGLE_BYTE_CODECS, _FLOOR)
    assert found is not None
    assert [(c.start, c.end, c.before, c.after) for c in found] == [
        (4, 6, "Ã¼", "ü"),
        (23, 27, "Ã¶ÃŸ", "öß"),
    ]
    assert all(c.chain == (Misread("utf-8", "cp1252"),) for c in found)
    assert all(0.5 <= c.confidence <= 1.0 for c in found)


def test_a_run_is_named_by_the_likeliest_codepage_that_shows_it_so() -> None:
    """A run that cp1252 and Latin-1 show alike is cp1252's, as the engine names it, though
    only Latin-1 shows the C1 control of the line's other run."""
    found = _read_plainly("Ã¼ber die StraÃ\x9fe\n", SINGLE_BYTE_CODECS, _FLOOR)
    assert found is not None
    assert [(c.after, c.chain[-1].read_as) for c in found] == [("ü", "cp1252"), ("ß", "latin-1")]


def test_a_reading_in_a_script_no_codepage_shows_is_left_to_the_engine() -> None:
    """cp850 shows the UTF-8 of Phags-pa "ꡥ" as "ÛíÑ": cp1256's Arabic "غير" too."""
    assert _read_plainly("ÛíÑ", SINGLE_BYTE_CODECS, _FLOOR) is None
    assert demojibake.fix("ÛíÑ") == "غير"


def test_a_reading_of_one_symbol_beyond_codepages_is_left_to_the_engine() -> None:
    """cp866 shows the UTF-8 of "⮡" as "тоб", a word typed with a Latin "i" after it."""
    assert not plain_as_a_reading("⮡i")
    assert _read_plainly("тобi", SINGLE_BYTE_CODECS, _FLOOR) is None


def _misread(text: str) -> str:
    """``text`` as UTF-8 shown by cp1252 (a byte it leaves undefined as its C1 control)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in text.encode())


def test_a_reading_in_east_asian_writing_is_taken() -> None:
    """Kana, Hangul syllables and unified ideographs, rare ones too, with East Asian
    punctuation, are plain in a reading; each run is one change."""
    for text in (
        "「また明日ね」と彼女は言った。",
        "이번 주말에 시간 되면 같이 영화 보러 갈래? 티타늄",
        "這家店的牛肉麵湯頭濃郁，麵條也很有嚼勁。",
    ):
        line = _misread(text)
        found = _read_plainly(line, SINGLE_BYTE_CODECS, _FLOOR)
        assert found is not None
        assert demojibake.apply_changes(line, found) == text


def test_a_reading_in_an_alphabet_no_codepage_shows_is_taken() -> None:
    """Devanagari, Armenian, Georgian, Bengali: letters of an alphabet some language writes."""
    for text in ("आपका OTP 482913 है", "Շնորհակալություն պատվերի համար", "მადლობა შეკვეთისთვის!"):
        assert plain_as_a_reading(text)
        found = _read_plainly(_misread(text), SINGLE_BYTE_CODECS, _FLOOR)
        assert found is not None
        assert demojibake.apply_changes(_misread(text), found) == text


def test_an_emoji_beyond_the_basic_plane_stands_in_a_reading() -> None:
    """Four bytes from F0 on: no legacy word reads as "ðŸ"; a symbol of three does."""
    assert plain_as_a_reading("Great job, everyone 👏👏 see you Monday.")
    assert not plain_as_a_reading("Great job, everyone ✓✓ see you Monday.")


def test_a_reading_too_short_odd_or_of_two_scripts_is_left_to_the_engine() -> None:
    """One ideograph (three bytes) has rivals; halfwidth kana, radicals and compatibility
    ideographs are no plain East Asian text, nor are two scripts beyond codepages in one
    line."""
    assert not plain_as_a_reading("Made in 中 today")
    assert not plain_as_a_reading("ｶﾀｶﾅ walking")
    assert not plain_as_a_reading("⼈⼈ walking")
    assert not plain_as_a_reading("\uf900\uf900 walking")
    assert plain_as_a_reading("中国 today")
    assert not plain_as_a_reading("আপনার მადლობა")


def test_a_reading_of_ideographs_few_write_is_left_to_the_engine() -> None:
    """MacRoman shows the UTF-8 of "愂钊", two ideographs no frequency list ranks, as
    "ÊÑÇÈíä": cp1256's Arabic "ترابين" shown by cp1252, as the engine finds."""
    assert _read_plainly("ÊÑÇÈíä Ltd", SINGLE_BYTE_CODECS, _FLOOR) is None
    assert demojibake.fix("ÊÑÇÈíä Ltd") == "ترابين Ltd"


def test_a_line_a_likelier_codepage_reads_otherwise_is_left_to_the_engine() -> None:
    """cp1257 reads "nĆ¦rmeste" as Norwegian "nærmeste", plain; cp1250, a likelier misread
    of UTF-8, reads it as "nƦrmeste". The engine weighs the two."""
    line = "Unnskyld, hvor er nĆ¦rmeste apotek?"
    assert _read_plainly(line, SINGLE_BYTE_CODECS, _FLOOR) is None
    assert demojibake.fix(line) == "Unnskyld, hvor er nærmeste apotek?"


def test_a_reading_in_a_language_the_letter_model_lacks_is_taken_in_one_alphabet() -> None:
    """Estonian "võro" is no language of the letter model's, but its letters are all of
    Estonian's alphabet; MacRoman's "v̵ro" holds a mark of none."""
    found = _read_plainly("vÃµro", SINGLE_BYTE_CODECS, _FLOOR)
    assert found is not None
    assert [c.after for c in found] == ["õ"]


def test_a_reading_no_one_alphabet_holds_is_left_to_the_engine() -> None:
    """ "Poʝalua" (cp1250) puts an IPA letter among Latin ones: no language writes it."""
    assert not plain_as_a_reading("Poʝalua, Palani")


def test_a_run_short_of_the_floor_as_it_stands_is_vouched_for_by_the_others() -> None:
    """ "Ã„" of "BÄCKEREI" reads badly among garbled capitals; with the line's other runs
    repaired, and those vouching for it, it reaches the floor."""
    found = _read_plainly("BÃ„CKEREI & KONDITOREI MÃœLLER", SINGLE_BYTE_CODECS, _FLOOR)
    assert found is not None
    assert [c.after for c in found] == ["Ä", "Ü"]
    assert all(c.confidence >= 0.5 for c in found)


def test_a_line_with_a_run_short_of_the_floor_is_left_to_the_engine() -> None:
    """Every run must reach the confidence asked for."""
    assert _read_plainly("KurfÃ¼rstendamm", SINGLE_BYTE_CODECS, math.inf) is None


def test_a_line_not_all_utf8_is_left_to_the_engine() -> None:
    """A Latin-1 letter beside the runs is no UTF-8 ("é" before a space)."""
    assert _read_plainly("cafÃ© et thé au lait", SINGLE_BYTE_CODECS, _FLOOR) is None


def test_repair_and_detect_report_a_plainly_misread_line_alike() -> None:
    """detect() reports each change repair() makes as a repairable finding, and the lines
    around keep their places."""
    repaired = _repaired_as_detected("clean line\nKurfÃ¼rstendamm 204\nnoch eine Zeile")
    assert repaired.text == "clean line\nKurfürstendamm 204\nnoch eine Zeile"
    assert [(c.start, c.end) for c in repaired.changes] == [(15, 17)]


def test_a_reading_not_priced_is_held_to_every_other_check() -> None:
    """Without the letter model's word, the sign after a word is still checked: "‰" glued
    to "Öhman" is what cp850 shows of "ä"."""
    assert plain_as_a_reading("Tuulikki Öhman sanoi")
    assert not plain_as_a_reading("Tuulikki Öhman‰ sanoi")


def test_greek_and_cyrillic_capitals_stand_in_a_reading_not_priced() -> None:
    """A line as it stands with Cyrillic words in capitals, or a lone capital inside it, is
    read (KOI8-R shown by cp1251 writes them); a reading may hold them, in one alphabet."""
    line = "ЗАПОРІЗЬКА СІЧ — ІСТОРИЧНИЙ КОМПЛЕКС"
    assert lines_to_read(line) == [(0, len(line))]
    assert plain_as_a_reading(line)
    assert plain_as_a_reading("Миналата есен общината я ремонтира. В събота сутрин.")


def test_detect_reports_a_plainly_misread_line_read_twice_as_repair_changes_it() -> None:
    """ "Ã…Å¡wiebodzice" is UTF-8 shown by cp1252 twice: the plain reading leaves "Åš",
    which the second pass reads; detect() reports the one change repair() makes."""
    assert _repaired_as_detected("Ã…Å¡wiebodzice").text == "Świebodzice"


def _repaired_as_detected(text: str) -> demojibake.Repair:
    """repair(text), once detect(text) is found to report each of its changes as a
    repairable finding, and nothing else."""
    repaired = demojibake.repair(text)
    found = demojibake.detect(text)
    assert [(f.start, f.end, f.suggestion, f.repairable) for f in found] == [
        (c.start, c.end, c.after, True) for c in repaired.changes
    ]
    return repaired


def test_a_reading_may_hold_a_capital_alone_and_a_question_mark_after_a_letter() -> None:
    """A reading is UTF-8 decoded: a capital alone is a word there ("Ó"), not a byte left of
    a letter, and a "?" no byte that could not be shown, even after a capital. A line as it
    stands is read."""
    for line in ("Seán Ó Súilleabháin", "AR GALĖTUME PERKELTI Į KETVIRTADIENĮ?"):
        assert plain_as_a_reading(line)
        assert not plainly_clean(line)
