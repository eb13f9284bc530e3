"""Engine behaviours that decide between readings of one text."""

from __future__ import annotations

import re

import pytest
from builds import needs_python_engine
from hypothesis import given
from hypothesis import strategies as st
from pairs import read_as
from strategies import misread

import demojibake
from demojibake import _engine
from demojibake._candidates import legacy_candidate, multibyte_text
from demojibake._detect import find_legacy_suspects, find_suspects


def test_the_misread_that_explains_every_span_wins_a_near_tie() -> None:
    """The text reads "ÃŒ" as cp1252 "Ì", not ISO 8859-15 "ü": its "Ã¨" only fits cp1252."""
    clean = "Giamàica, Mèssicu, Càmerun, Ìsuli Cayman, Ìsuli Marshall"
    assert demojibake.fix(misread(clean, "cp1252")) == clean


def test_one_misread_of_a_word_beats_two_different_ones() -> None:
    """A word read as cp1252 is not repaired as cp1254 for its start and another codec after."""
    assert demojibake.fix(misread("メグレル語", "cp1252")) == "メグレル語"


def test_clean_cyrillic_beside_a_cp866_repair_is_not_read_as_braille() -> None:
    """Lowercase "тай" is bytes E2 A0 A9 in cp866, UTF-8 for "⠩": the repair nearby vouches
    for the misread, but a braille pattern inside a Cyrillic word still reads worse."""
    damaged = "Кытай, Литва, " + misread("Судаан", "cp866")
    assert demojibake.fix(damaged) == "Кытай, Литва, Судаан"


def test_a_word_is_judged_among_the_repairs_beside_it() -> None:
    """Read next to unrepaired damage, "मारी" as "मार" and a danda looked better than whole."""
    clean = "मारी, जिब्राल्टर, बहरीन, ताजिक, अमरिकी समोआ"
    assert demojibake.fix(misread(clean, "cp1254")) == clean


def test_cyrillic_read_as_gbk_is_repaired_though_it_shows_common_hanzi() -> None:
    """Cyrillic UTF-8 lead bytes D0/D1 are GBK rows of level-1 hanzi; six of them lining up as
    UTF-8 is no chance."""
    damaged = "Пуэрта-Рыка".encode().decode("gbk")
    assert demojibake.fix(damaged) == "Пуэрта-Рыка"


def test_armenian_read_as_gbk_is_repaired_in_its_short_words_too() -> None:
    """ "战謬" is Armenian "սև" read as GBK: "և" is a letter Armenian writes every day, so
    the two-letter words are repaired with the rest of the line."""
    clean = "Այլ փետուր գիշեր ցուրտ բաժանել թև կեղև սև."
    assert demojibake.fix(clean.encode("utf-8").decode("gbk")) == clean


def test_bytes_that_are_utf8_are_not_read_as_gbk() -> None:
    """Sakha UTF-8 shown by cp437 pairs into common hanzi as GBK too; UTF-8 explains it."""
    assert demojibake.fix(misread("Ааҥыллыы", "cp437")) == "Ааҥыллыы"


def test_dos_box_drawing_glued_inside_a_word_is_repaired() -> None:
    """UTF-8 "ë" shown by cp437 is "├½": two symbols inside a word, and a letter once read."""
    assert demojibake.fix(misread("Serwië", "cp437")) == "Serwië"


def test_line_art_stays_line_art_even_when_it_decodes_to_letters() -> None:
    """ "┼┐" is UTF-8 for "ſ" read as cp437, yet a text of box drawing is drawn, not misread."""
    art = "\u251c\u2524a\u253c\u2510a\u253c\u2510a\u253c\u2510a"
    assert demojibake.fix(art) == art


def test_a_long_run_of_c1_controls_is_read_as_cp1252_whole() -> None:
    """cp1252 punctuation read as Latin-1 shows as C1 controls; a long run is all of them."""
    damaged = "Quote: \x93\x94\x85\x96\x97\x91\x92\x93\x94 end"
    assert (
        demojibake.fix(damaged)
        == "Quote: \u201c\u201d\u2026\u2013\u2014\u2018\u2019\u201c\u201d end"
    )


def test_a_lost_no_break_space_before_a_comma_was_the_space_itself() -> None:
    """ "BembÃ , " is UTF-8 "à" with its A0 byte shown as a space: "Bembà," not "Bembà ,"."""
    damaged = misread("Bembà, Asụsụ", "cp1252").replace("\u00a0", " ")
    assert demojibake.fix(damaged) == "Bembà, Asụsụ"


def test_a_box_drawn_word_amid_repaired_words_is_repaired_too() -> None:
    """Ukrainian "з" is "╨╖" in cp866: two box characters alone, in a line of words."""
    clean = "Увага: з 1 жовтня змінюється графік"
    damaged = clean.encode().decode("cp866")
    assert demojibake.fix(damaged) == clean


def test_a_standalone_box_pair_in_prose_is_kept() -> None:
    """A pair of box characters in English with nothing else to repair is left as drawn."""
    text = "Press \u251c\u2524 to split the pane."
    assert demojibake.fix(text) == text


def test_every_run_of_a_text_misread_three_times_is_undone_three_times() -> None:
    """A "−" left undone twice of three ("‚àí") dissents from the rest of the text."""
    clean = "Température extérieure\u00a0: −3\u00a0°C, ressentie −8\u00a0°C."
    damaged = clean
    for _ in range(3):
        damaged = misread(damaged, "mac_roman")
    assert demojibake.fix(damaged) == clean


def test_a_run_is_undone_through_the_same_codecs_as_the_rest_of_its_text() -> None:
    """In Slovak misread twice as cp1250, "Ä‚Ë‡" is "á" that way, "÷" by way of ISO 8859-2."""
    clean = "Predmet: Potvrdenie rezervácie — dvojlôžková izba, 2 noci"
    damaged = misread(misread(clean, "cp1250"), "cp1250")
    assert demojibake.fix(damaged) == clean


def test_cyrillic_shown_as_cp1252_is_not_paired_up_into_hanja() -> None:
    """Lowercase cp1251 bytes pair up into Hanja as cp949; Korean is written in Hangul."""
    damaged = "сілезька".encode("cp1251").decode("cp1252")
    assert demojibake.fix(damaged) == "сілезька"


def test_a_symbol_read_out_of_a_word_does_not_keep_the_word_from_its_legacy_reading() -> None:
    """ "тЙУ" is UTF-8 for "≓" in cp866, but "≓ФПЧУЛБ" is no word: the KOI8-R line wins it."""
    clean = "Ана Ристовска,Битола,+389 70 123 456"
    damaged = clean.encode("koi8-r").decode("cp1251")
    assert demojibake.fix(damaged) == clean


def test_a_minus_sign_is_ordinary_prose() -> None:
    """UTF-8 "−" shown by cp1251 ("в€’") is repaired in a Ukrainian weather report."""
    damaged = "Прогноз погоди: уночі в€’3 °C, удень до +5 °C, мокрий сніг."
    assert demojibake.fix(damaged) == "Прогноз погоди: уночі −3 °C, удень до +5 °C, мокрий сніг."


def test_one_changed_letter_is_a_reading_when_it_makes_the_line_one_alphabet() -> None:
    """Slovak "ĎURIŠA" in cp1250 shown as cp1252 is "ÏURIŠA": Ï and Š fit no one language."""
    damaged = "MÄSIARSTVO A ÚDENÁRSTVO U ĎURIŠA".encode("cp1250").decode("cp1252")
    assert demojibake.fix(damaged) == "MÄSIARSTVO A ÚDENÁRSTVO U ĎURIŠA"


def test_the_prolonged_sound_mark_is_ordinary_japanese() -> None:
    """ "ー" (ソニー, ラーメン) is kana, not a rare letter: cp932 shown by cp437 is read back."""
    clean = "ソニー ワイヤレスヘッドホン WH-1000XM5 ブラック"
    damaged = clean.encode("cp932").decode("cp437")
    assert demojibake.fix(damaged) == clean


def test_a_word_of_accented_letters_only_is_cyrillic_shown_as_cp1252() -> None:
    """ "Áóäíèê" fits Welsh's alphabet, but no language writes six accented letters in a row."""
    assert demojibake.fix("Áóäíèê") == "Будник"


def test_a_sure_line_carries_its_abbreviations() -> None:
    """In Russian cp866 shown as cp1251, "и." (for "ш.") reads no worse alone; the line decides."""
    clean = "п. Егорьевск, ш. Суворова, д. 2, 232805"
    damaged = clean.encode("cp866").decode("cp1251")
    assert demojibake.fix(damaged) == clean


def test_a_legacy_reading_that_is_itself_utf8_mojibake_is_not_made() -> None:
    """Lowercased mojibake read as cp1251 gives "в‚¬" (UTF-8 "€" shown by cp1251): no repair."""
    garble = "ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â"
    assert not any("\u0400" <= c <= "\u04ff" for c in demojibake.fix(garble))


def test_text_in_a_script_without_an_alphabet_table_is_read_back() -> None:
    """Thaana has no CLDR alphabet here; UTF-8 Dhivehi shown by cp1252 must not pair up
    into hanzi as GBK only because unknown letters were priced like rare ones."""
    clean = "ދިވެހި ރާއްޖެ, ދިވެހިބަސް"
    assert demojibake.fix(misread(clean, "cp1252")) == clean


def test_german_eszett_before_a_quote_is_not_read_as_nko() -> None:
    """ "ß“" is UTF-8 for an N'Ko letter; in a German sentence it is a word and a quote."""
    text = "Er sagte „Fuß“ und ging, »Fuß« auch."
    assert demojibake.fix(text) == text


def test_a_closing_quote_that_lost_its_undefined_byte_is_guessed() -> None:
    """Software that drops bytes cp1252 leaves undefined turns "”" (E2 80 9D) into "â€"."""
    assert demojibake.fix("â€œHelloâ€ from ZoÃ«") == "“Hello” from Zoë"


def test_a_checkmark_shown_by_cp1252_is_repaired() -> None:
    """ "âœ”" is UTF-8 "✔": "âœ" is a word of accented letters only, which no language writes."""
    assert demojibake.fix("âœ” No problems") == "✔ No problems"


def test_icelandic_words_of_accented_letters_only_stay() -> None:
    """ "þú" is Icelandic for "you": a word of accented letters alone is rare, not wrong."""
    text = "Hvað segir þú? Þú ert góður."
    assert demojibake.fix(text) == text


def test_a_lost_no_break_space_inside_a_word_was_the_space_itself() -> None:
    """ "FinlÃ ndia" is "Finlàndia" with its A0 byte shown as a space: one loss, not two."""
    damaged = misread("Finlàndia, Tailàndia", "cp1252").replace("\u00a0", " ")
    assert demojibake.fix(damaged) == "Finlàndia, Tailàndia"


def test_korean_shown_by_latin1_reads_as_hangul_not_as_the_hanzi_gbk_pairs_it_into() -> None:
    """cp949's Hangul bytes are GB2312 level-1 hanzi too, but hanzi Chinese seldom writes,
    where the Hangul are syllables Korean writes most."""
    clean = "서울시 종로구 세종대로 175"
    assert demojibake.fix(clean.encode("cp949").decode("latin-1")) == clean


def test_short_korean_reads_as_hangul_where_hanzi_of_its_bytes_are_common_too() -> None:
    """Two or three syllables whose bytes GBK or Big5 pair into common hanzi ("困备福")
    read as the syllables, which come far higher on Korean's list than those hanzi on
    Chinese's."""
    for clean in ("또는", "위구르", "날짜와 시간"):
        assert demojibake.fix(clean.encode("cp949").decode("cp1252")) == clean


def test_korean_takes_fewer_bits_per_character_as_korean_than_as_gbk() -> None:
    """_rank_bits measures how far down its language's list a reading's characters come."""
    data = "위구르".encode("cp949")

    def bits(encoding: str) -> float | None:
        reading = _engine.Candidate(data.decode(encoding), (), lossy=False)
        return _engine._rank_bits([(0, 3, reading, None)], encoding)

    korean, chinese = bits("cp949"), bits("gbk")
    assert korean is not None and chinese is not None
    assert chinese > korean + _engine._RANK_MARGIN


def test_korean_of_common_syllables_outweighs_capitals_of_another_alphabet() -> None:
    """cp1251 reads "ÆÄÀÏ" as "ЖДАП", capitals the letter model cannot fault, and Big5
    reads "À½¾Ç" as two hanzi; syllables from the top of Korean's list say more."""
    for clean in ("정적 파일", "음악"):
        assert demojibake.fix(clean.encode("cp949").decode("cp1252")) == clean


def test_common_characters_are_evidence_only_below_the_typical_rank() -> None:
    """A reading whose characters come low on its language's list gains nothing by them."""
    assert _engine._common_evidence("파일", "cp949") > 0
    assert _engine._common_evidence("困备福", "gbk") == 0
    assert _engine._common_evidence("파", "cp949") == 0


def test_a_single_byte_reading_has_no_rank_bits() -> None:
    """No East Asian list of characters by frequency speaks to a single-byte reading."""
    reading = _engine.Candidate("Привет", (), lossy=False)
    assert _engine._rank_bits([(0, 6, reading, None)], "cp1251") is None


def test_a_one_syllable_word_is_read_with_its_line() -> None:
    """ "주" alone is two Latin-1 letters; the line it stands in decides how it reads."""
    clean = "다음 주 회의 일정을 알려 주세요"
    assert demojibake.fix(clean.encode("cp949").decode("latin-1")) == clean


def test_chinese_shown_by_latin1_still_reads_as_chinese() -> None:
    """The same bytes as Korean would be rare syllables and Hanja: GBK explains them."""
    clean = "我们明天去北京开会。"
    assert demojibake.fix(clean.encode("gbk").decode("latin-1")) == clean


def test_katakana_shown_by_cp437_is_not_taken_for_line_art() -> None:
    """cp932 "ャ" is bytes 83 83, "âââ" with the next lead byte: three of one letter, not a
    rule of box drawing."""
    clean = "キャビネットを開けて、ラーメンを食べた。"
    assert demojibake.fix(clean.encode("cp932").decode("cp437")) == clean


def test_a_small_utf8_repair_inside_a_long_legacy_word_does_not_take_the_word() -> None:
    """The run "é╠â" holds UTF-8 for a combining tilde, but the whole run reads as Japanese."""
    clean = "ラーメン、チャーハン、ギョーザのセット"
    assert demojibake.fix(clean.encode("cp932").decode("cp437")) == clean


def test_a_symbol_word_is_read_with_its_line() -> None:
    """The postal mark "〒" is one East Asian symbol from two Western characters; its line
    decides."""
    clean = "〒100-0005 東京都千代田区丸の内一丁目"
    assert demojibake.fix(clean.encode("cp932").decode("cp437")) == clean


def test_big5_shown_by_cp1252_is_not_taken_for_line_art() -> None:
    """Big5 "中" is bytes A4 A4, "¤¤", and many common characters start with A4: three "¤"
    in a row are a legacy reading's bytes, not a rule."""
    clean = "我們的中國中文課"
    assert demojibake.fix(clean.encode("big5").decode("cp1252")) == clean


def test_c1_controls_between_letters_may_be_macroman_letters() -> None:
    """MacRoman writes "ñ" and "ó" as bytes 96 and 97, which Latin-1 shows as C1 controls;
    inside words they read better as those letters than as cp1252 dashes."""
    clean = "Mañana la reunión es en el salón"
    assert demojibake.fix(clean.encode("mac_roman").decode("latin-1")) == clean


def test_c1_controls_between_letters_still_read_as_cp1252_where_that_reads_better() -> None:
    """cp1252 text shown by Latin-1 keeps its "š", "œ" and apostrophes."""
    clean = "Dušan and cœur, it’s the user’s"
    assert demojibake.fix(clean.encode("cp1252").decode("latin-1")) == clean


def test_no_byte_is_guessed_dropped_beside_a_c1_control() -> None:
    """Bengali "খ" is E0 A6 96: shown by Latin-1, its 96 is a C1 control, which ends the
    run cp1252 finds. The byte is there, not dropped, so "à¦" is no "ঁ" that lost its 81."""
    clean = "কাকে আওয়াজ তারিখ। খবর"
    assert demojibake.fix(clean.encode("utf-8").decode("latin-1")) == clean


def test_no_byte_is_guessed_lost_after_a_letter_of_no_utf8_run() -> None:
    """A letter beyond ASCII that no UTF-8 run holds says its word is not UTF-8: the letter
    after it is no lead byte whose continuation was lost ("О " of "ВИЯВЛЕНО ." is no
    cp1251 "Ð" that lost its A0, to be read with the stop as "Р.")."""
    clean = "ВИЯВЛЕНО .ABORT. ПЕРЕРИВАЄМО РОБОТУ."
    assert demojibake.fix(clean) == clean


def test_words_of_lead_bytes_alone_get_no_guessed_bytes() -> None:
    """Random Latin-1 letters are UTF-8 lead bytes, each of which may have lost an undefined
    continuation byte: after the word's first letter none is guessed."""
    garble = "Åæôââ ÔñÎ ËååÂ ×èìÞÌ ãÛßà èÛñÝ óêÌïË ÆÛÎ ËæëÓÂ ñÕíÓ ÎÝé âîôÒÑ æâÎ ÏÄéð"
    assert not any(change.lossy for change in demojibake.repair(garble).changes)


def test_a_byte_is_still_guessed_lost_after_a_utf8_run_in_its_word() -> None:
    """ "ÐºÐ»Ð°Ñ" is "клас" whose last "с" lost its 81: the "Ð°" before "Ñ" is UTF-8."""
    assert demojibake.fix("ÐºÐ»Ð°Ñ Ð¸ Ñ Ð½Ð¸Ð¼") == "клас и с ним"


def test_a_repair_is_judged_again_once_the_line_beside_it_reads_as_repaired() -> None:
    """ "┼╝" is Polish "ż" shown by cp437; box drawing in the line before it ("si─Ö") makes
    it look like line art until that is repaired, which is further off than a word."""
    clean = "Krzesło powietrze dać się bliski. Dziura ryż przedmiot."
    assert demojibake.fix(misread(clean, "cp437")) == clean


def test_a_sequence_that_lost_its_a0_is_repaired_beside_a_longer_repair() -> None:
    """The character "因" is E5 9B A0: shown by cp1252 with its A0 as a space, it starts a run
    whose rest repairs without it; what that repair leaves is damage, not clean text."""
    clean = "因为免费这个市场如果"
    damaged = misread(clean, "cp1252").replace("\u00a0", " ")
    assert demojibake.fix(damaged) == clean


def test_a_lossy_sequence_beside_a_repair_is_proposed_on_its_own() -> None:
    """A no-break space shown as "Â " and then a space, before "â‚¬": the euro sign repairs
    alone, and the "Â " before it is still the no-break space it was."""
    clean = "Hind: 12,50\u00a0€"
    damaged = misread(clean, "cp1252").replace("\u00a0", " ")
    assert demojibake.fix(damaged) == clean


def test_a_western_word_glued_to_a_misread_korean_word_is_repaired_with_its_line() -> None:
    """Korean glues particles to Western words ("JSON을"); the line's reading vouches for
    the change of script the scorer prices inside the word."""
    clean = "올바른 JSON을 입력하세요."
    assert demojibake.fix(clean.encode("cp949").decode("cp1252")) == clean


def test_korean_and_big5_file_names_shown_by_cp437_are_repaired() -> None:
    """Zip tools read file names as cp437 whatever the archive's codepage."""
    for clean, codec in (
        ("서울특별시 강남구 테헤란로", "cp949"),
        ("台北市信義區市府路一號", "big5"),
    ):
        assert demojibake.fix(clean.encode(codec).decode("cp437")) == clean


def test_ascii_words_glued_to_east_asian_text_do_not_spoil_its_legacy_reading() -> None:
    """Japanese writes "USB" and "Type-C" beside its own characters without a space."""
    clean = "USBケーブル（Type-C to Type-C）1m 白"
    assert demojibake.fix(clean.encode("cp932").decode("cp437")) == clean


def test_chinese_words_between_english_ones_are_read_as_a_line() -> None:
    """Han words with English words between them are ordinary Chinese technical writing, and
    box drawing read as the commonest hanzi ("╡─" is GBK "的") is no worse for it."""
    clean = "library, 並有一個 fast prototyping 的 programming language 可"
    assert demojibake.fix(clean.encode("gbk").decode("cp437")) == clean


def test_a_lone_word_rewritten_by_a_cyrillic_codepage_swap_is_read_back() -> None:
    """Every letter of "шведски" changes when cp1251 bytes are shown by KOI8-R ("ЬБЕДЯЙХ"),
    and the letter model alone can tell which of the two is a word."""
    assert demojibake.fix("шведски".encode("cp1251").decode("koi8-r")) == "шведски"


def test_a_clean_all_caps_cyrillic_word_is_not_read_as_a_codepage_swap() -> None:
    """The word "ПРИВЕТ" read as KOI8-R bytes shown by cp1251 is letters strung anyhow."""
    assert demojibake.fix("ПРИВЕТ МИР") == "ПРИВЕТ МИР"


def test_a_greek_letter_amid_latin_text_is_a_symbol_not_a_misfit() -> None:
    """The "√π" beside Portuguese words is mathematics, not MacRoman "ù": π fits no Latin
    alphabet, and need not."""
    assert demojibake.fix("área √π") == "área √π"


def test_a_root_sign_before_an_accented_latin_letter_is_a_mac_showing_utf8() -> None:
    """ "√Ö" is the UTF-8 of "Å" shown by a Mac: no root is taken of an accented letter."""
    assert demojibake.fix("Tervetuloa √Ölandiin") == "Tervetuloa Ålandiin"


@pytest.mark.parametrize("clean", ["Let √x be positive", "√2 ≈ 1.414"])
def test_a_root_of_a_number_or_a_variable_stays(clean: str) -> None:
    """A root sign before an ASCII letter or a digit is mathematics."""
    assert demojibake.fix(clean) == clean


@pytest.mark.parametrize(("damaged", "repaired"), [("∆òasar", "Ƙasar"), ("∆êstonia", "Ɛstonia")])
def test_an_increment_before_an_accented_letter_is_a_mac_showing_utf8(
    damaged: str, repaired: str
) -> None:
    """A Mac shows the UTF-8 lead byte C6 as "∆": "∆ò" is Hausa "Ƙ", "∆ê" Ewe "Ɛ"."""
    assert demojibake.fix(damaged) == repaired


@pytest.mark.parametrize("clean", ["∆T = 5 K", "Le ∆x est petit"])
def test_an_increment_of_a_quantity_stays(clean: str) -> None:
    assert demojibake.fix(clean) == clean


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("Kimya müh…ôndisi", "Kimya mühəndisi"), ("D…õnmak", "Dɛnmak")],
)
def test_an_ellipsis_before_an_accented_letter_inside_a_word_is_a_mac_showing_utf8(
    damaged: str, repaired: str
) -> None:
    """A Mac shows the UTF-8 lead byte C9 as "…": "…ô" is Azerbaijani "ə", "…õ" Akan "ɛ"."""
    assert demojibake.fix(damaged) == repaired


@pytest.mark.parametrize("clean", ["attends…écoute", "wait…what", "Oui…à demain", "so…öh"])
def test_an_ellipsis_between_words_written_without_spaces_stays(clean: str) -> None:
    assert demojibake.fix(clean) == clean


@pytest.mark.parametrize("word", ["Hawaiʻi", "Nukuʻalofa"])
def test_a_no_break_space_before_an_ordinal_inside_a_word_is_a_mac_showing_utf8(
    word: str,
) -> None:
    """A Mac shows the UTF-8 lead byte CA as a no-break space: "\u00a0ª" is the ʻokina."""
    damaged = word.encode().decode("mac_roman")
    assert "\u00a0ª" in damaged
    assert demojibake.fix(damaged) == word


@pytest.mark.parametrize("clean", ["N\u00a0º 5", "1\u00a0ª vez", "nro\u00a0º 5"])
def test_an_ordinal_after_a_no_break_space_after_a_number_stays(clean: str) -> None:
    assert demojibake.fix(clean) == clean


def test_a_letter_the_line_language_writes_otherwise_is_read_in_that_language() -> None:
    """ "pìt" reads plainly alone; among Czech words, Czech writes "pět" and never "pìt"."""
    damaged = "Za pět minut dvanáct — jako vždycky.".encode("cp1250").decode("cp1252")
    assert demojibake.fix(damaged) == "Za pět minut dvanáct — jako vždycky."


def test_a_line_of_plain_looking_words_is_read_when_its_language_says_so() -> None:
    """Romanian "Vã", "apropiatã" look Portuguese, but the line's other words are Romanian."""
    clean = "Vă rog, unde este cea mai apropiată farmacie?"
    assert demojibake.fix(clean.encode("cp1250").decode("cp1252")) == clean


def test_a_symbol_between_two_letters_is_read_as_the_letter_it_was() -> None:
    """ "¹" stands between no two letters of a word: "Pi¹tek" is Polish "Piątek" in cp1252."""
    assert demojibake.fix("Pi\u00b9tek") == "Piątek"


def test_two_symbols_between_two_letters_are_read_as_the_letter_they_were() -> None:
    """GBK writes "í" as A8 AA, which cp1252 shows as "¨ª": between two letters of a word
    no symbols stand, so "mediod¨ªa" is Spanish "mediodía", one letter though it is."""
    assert demojibake.fix("El valor mediod¨ªa") == "El valor mediodía"


def test_quotes_paired_up_from_symbols_do_not_keep_a_line_from_its_gbk_reading() -> None:
    """GBK's quotes shown by cp1252 are "¡°" and "¡±": punctuation from symbols, beside
    letters from symbols ("¨¨" is "è"), they are the same misread, not East Asian text."""
    assert demojibake.fix("Ma r¨¨itich e ¡°same-origin¡±.") == "Ma rèitich e “same-origin”."


def test_a_symbol_at_a_word_end_is_not_read_as_a_letter() -> None:
    """ "km²", "nº" and "¿Qué" hold their symbols where symbols stand."""
    for clean in ("10 km²", "nº 5", "¿Qué pasa?"):
        assert demojibake.fix(clean) == clean


def test_a_word_in_a_context_of_several_likely_languages_is_left_alone() -> None:
    """ "inglês" could be cp1250 "inglęs" to a model that takes "australiano" for Lithuanian."""
    for clean in ("inglês australiano", "INGLÊS AUSTRALIANO", "Inglês Australiano"):
        assert demojibake.fix(clean) == clean


def test_words_with_letters_a_codepage_never_shows_are_not_read_from_it() -> None:
    """Ewe "Ɣedzeƒe" holds "ƒe", cp932 "テ" shown by cp1252, but "Ɣ" is no cp1252 character."""
    clean = (
        "Ɣedzeƒe Asia nutome, Dziehe Marina ƒudomekpowo nutome, Lebanɔn nutome, "
        "swizerlanɖtɔwo ƒe germaniagbe, Dziehelɔƒo Amerika nutome"
    )
    assert demojibake.fix(clean) == clean


def test_one_east_asian_character_repeated_is_no_legacy_reading() -> None:
    """ "√π" is GBK "惑" shown by cp437; the formula three times is still one coincidence."""
    assert demojibake.fix("√π √π √π") == "√π √π √π"


def test_a_letter_drawn_out_hundreds_of_times_is_no_legacy_reading() -> None:
    """ "Ã" held down is no word of cp1253 text shown by cp1252, nor "Γ" held down one."""
    drawn_out = "\u00c3" * _engine._DRAWN_OUT
    assert demojibake.fix(drawn_out) == drawn_out
    assert demojibake.fix(f"Ïðèâåò, {drawn_out}!") == f"Привет, {drawn_out}!"


def test_a_run_longer_than_any_word_gets_no_single_byte_legacy_reading() -> None:
    """Thousands of characters with no space are no word a single-byte codepage wrote, but
    the words of the line beside them still read as their codepage wrote them."""
    run = ("\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2" * 700)[: _engine._LONGEST_WORD + 1]
    assert demojibake.fix(run) == run
    assert demojibake.fix(f"Ïðèâåò, {run} ìèð") == f"Привет, {run} мир"
    shorter = run[: _engine._LONGEST_WORD]
    assert demojibake.fix(shorter) == shorter.encode("cp1252").decode("cp1251")


def test_a_letter_held_down_is_left_as_it_stands() -> None:
    """Six "Ã" are no word of cp1253 text shown by cp1252, nor six "Γ" one."""
    held_down = "\u00c3" * 6
    assert demojibake.fix(f"Wow {held_down} nice") == f"Wow {held_down} nice"


def test_a_letter_held_down_does_not_choose_the_lines_alphabet() -> None:
    """ "ΓΓΓΓ" costs Greek little ("γγ"), but the line's word says it is Russian shown by
    cp1252, not Greek "Οπθβες"."""
    line = "Ïðèâåò, " + "\u00c3" * 8 + "!"
    assert demojibake.fix(line) == line.encode("cp1252").decode("cp1251")


def test_a_word_drawn_out_reads_as_its_line_does() -> None:
    """ "Дааааа" says nothing of the line's alphabet, but is Russian with the rest of it."""
    clean = "Дааааа, это правда!"
    assert demojibake.fix(read_as(clean.encode("cp1251"), "cp1252")) == clean


def test_three_of_one_capital_still_testify() -> None:
    """ "ООО" starts Russian company names: "ÎÎÎ" is cp1251 shown by cp1252."""
    clean = "ООО «Ромашка»"
    assert demojibake.fix(read_as(clean.encode("cp1251"), "cp1252")) == clean


def test_the_line_language_chooses_between_near_tie_utf8_repairs() -> None:
    """ "ĂĄ" is "á" shown by ISO 8859-2 and "å" shown by cp1250; Spanish writes "válida"."""
    clean = "Introduzca una dirección IPv4 válida."
    assert demojibake.fix(misread(clean, "iso-8859-2")) == clean


def test_a_one_letter_word_does_not_vote_against_its_line() -> None:
    """ "è." reads a little better than "č." on its own, but a word of one letter reads
    much the same either way: it does not count against the line's reading."""
    clean = "Předmět: Potvrzení objednávky č. 2024/0517"
    damaged = clean.encode("iso-8859-2").decode("cp1252")
    assert damaged == "Pøedmìt: Potvrzení objednávky è. 2024/0517"
    assert demojibake.fix(damaged) == clean


def test_a_one_letter_word_a_reading_makes_letters_of_signs_still_votes() -> None:
    """ "«%.*s»" holds one letter, but ISO 8859-2 reads it as "Ť%.*sť": that is no word
    of one letter read another way, and Catalan "vàlid" stays."""
    clean = "nom d'objecte no vàlid «%.*s»."
    assert demojibake.fix(clean) == clean


def test_a_repair_that_lost_a_no_break_space_vouches_for_its_misread_in_its_line() -> None:
    """ "Π" is CE A0 in UTF-8: shown by cp1252 with its no-break space lost, the Greek name
    still holds ten continuation characters, evidence enough that "Î‘.Î•." beside it is UTF-8
    "Α.Ε." too, not cp1253 "Ξ‘.Ξ•."."""
    clean = "Παντζαρτζίδης Α.Ε."
    damaged = misread(clean, "cp1252").replace("\u00a0", " ")
    assert demojibake.fix(damaged) == clean


def test_a_word_a_lost_no_break_space_could_explain_still_takes_its_lines_reading() -> None:
    """ "stá» " could be UTF-8 "Ỡ" had a no-break space become a space; that guess does not
    keep the word from the Slovak line's ISO 8859-2 reading ("stáť")."""
    clean = "Stavba by sa mala začať na jeseň a podľa projektu bude stáť približne."
    damaged = clean.encode("iso-8859-2").decode("cp1252")
    assert "stá» " in damaged
    assert demojibake.fix(damaged) == clean


def test_a_sign_of_another_script_amid_a_cyrillic_line_is_no_repair() -> None:
    """ "ска" read through cp866 is UTF-8 for Tai Tham "᪠": a sign of a script the line
    never uses, where the UTF-8 run before it was Belarusian."""
    clean = "«Пачакай хвілінку, — сказала маці, — я зараз вярнуся»."
    damaged = clean[:9].encode("utf-8").decode("cp866") + clean[9:]
    assert demojibake.fix(damaged) == clean


def test_a_lone_cyrillic_word_shown_by_cp1251_from_cp866_is_read_whole() -> None:
    """ "\xa0д\xa0абЄЁ" is Macedonian "афарски" in cp866; its end is also UTF-8 for a Tai
    Tham sign, which no Cyrillic word ends in."""
    assert demojibake.fix("афарски".encode("cp866").decode("cp1251")) == "афарски"


def test_small_letters_shown_as_capitals_by_the_other_russian_codepage_are_read() -> None:
    """KOI8-R "афарски" shown by cp1251 is the capitals "БЖБТУЛЙ", no language's word."""
    assert demojibake.fix("афарски".encode("koi8-r").decode("cp1251")) == "афарски"


def test_words_in_capitals_stay_capitals() -> None:
    """Headings and abbreviations in capitals read as small letters of no language."""
    for clean in ("ВНИМАНИЕ", "ООО РОМАШКА", "СССР", "ПРИВЕТ МИР", "БАХРЕЙН", "АКХМЕР"):
        assert demojibake.fix(clean) == clean


def test_a_byte_lost_as_u_fffd_is_filled_in_where_the_language_is_sure() -> None:
    """ "Ä�" lost the byte after C4; of the letters it could have been, Slovak writes "č"."""
    assert demojibake.fix("SlovenÄ\ufffdina") == "Slovenčina"


def test_a_byte_lost_as_u_fffd_is_filled_in_where_the_language_prefers_one_letter() -> None:
    """ "Ä�" of "Ä�etvrtak" lost its second byte: "ā", "č", "ď", "Đ" or "ĝ". Croatian, told
    by "Možemo li sastanak", writes "četvrtak", by less than five bits but more than one."""
    damaged = "Odg: MoÅ¾emo li sastanak pomaknuti na Ä\ufffdetvrtak?"
    assert demojibake.fix(damaged) == "Odg: Možemo li sastanak pomaknuti na četvrtak?"


def test_a_byte_lost_as_u_fffd_stays_lost_where_the_language_is_not_sure() -> None:
    """ "Бур�т" may be "Бурят" or "Бурст" to a letter-pair model, and no word list holds
    either: U+FFFD stays."""
    damaged = "ÑƒÐ»Ð¸Ñ†Ð° Ð‘ÑƒÑ€Ñ\ufffdÑ‚"
    assert damaged == "улица Бурят".encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == "улица Бур\ufffdт"


def test_a_byte_lost_as_u_fffd_is_filled_in_where_the_word_list_knows_the_word() -> None:
    """ "българ�ки" may be "български" or "българяки" to a letter-pair model; Bulgarian
    writes the first."""
    damaged = "Ð±ÑŠÐ»Ð³Ð°Ñ€Ñ\ufffdÐºÐ¸ ÐµÐ·Ð¸Ðº"
    assert demojibake.fix(damaged) == "български език"


def test_the_bytes_a_word_lost_as_u_fffd_are_guessed_together() -> None:
    """ "перено�ит��" lost three bytes ("с", "с", "я": D1 81, D1 81, D1 8F); one at a
    time, each is read beside the others as they stand, and makes no word. Together, the
    letter model prefers "переносится" by four bits."""
    line = "Напоминание: планёрка переносится на 15:30"
    damaged = line.encode().decode("cp1252", "replace")
    assert "Ð¿ÐµÑ€ÐµÐ½Ð¾Ñ\ufffdÐ¸Ñ‚Ñ\ufffdÑ\ufffd" in damaged
    assert demojibake.fix(damaged) == line


def test_a_word_whose_lost_bytes_were_guessed_together_is_one_lossy_change() -> None:
    damaged = "переносится".encode().decode("cp1252", "replace")
    (change,) = demojibake.repair(damaged).changes
    assert (change.before, change.after, change.lossy) == (damaged, "переносится", True)


def test_the_bytes_of_a_greek_word_lost_as_u_fffd_are_guessed_together() -> None:
    line = "Αργυρούλα Ροδίτου"
    damaged = line.encode().decode("cp1252", "replace")
    assert damaged.count("\ufffd") == 3
    assert demojibake.fix(damaged) == line


def test_lost_bytes_guessed_together_stay_lost_where_the_language_is_not_sure() -> None:
    """Belarusian, which the letter model lacks: of the ways of guessing "малага�ій�ка�"
    it prefers "малагасійскас" to "малагасійская" by a bit only, and keeps U+FFFD."""
    damaged = "малагасійская, Сан-Тамэ і Прынсіпі".encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged).startswith("малага\ufffdій\ufffdка\ufffd, ")


def test_a_word_another_language_lists_is_no_guess_for_a_line_in_one_language() -> None:
    """ "пол�ки" is Bulgarian "полски" or Ukrainian "поляки"; the line's letters are
    Bulgarian or Russian (the letter model alone prefers "поляки")."""
    line = "символи, полски, финикийски, неделя, южен ндебеле"
    damaged = line.encode().decode("cp1252", "replace")
    assert damaged.count("\ufffd") == 4
    assert demojibake.fix(damaged) == line


def test_a_listed_word_vouches_for_the_byte_it_guessed() -> None:
    """A line of capitals whose every repair guesses a lost byte: no other repair vouches
    for them, but "zákaz" and "osobám" are Czech words (while "NEPOVOLANÃ�M" may be "Á",
    "Í" or "Ý" to every judge, and stays as it was)."""
    damaged = "ZÁKAZ VSTUPU NEPOVOLANÝM OSOBÁM".encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == "ZÁKAZ VSTUPU NEPOVOLANÃ\ufffdM OSOBÁM"


def test_a_byte_lost_as_a_question_mark_is_guessed_as_the_language_prefers() -> None:
    """ "Ñ?" lost its second byte: "с", "э", "я", "ѐ" or "ѝ". The scorer likes "Петс" as
    well as "Петя"; the letter model, with "Георгиева" beside it, prefers "Петя"."""
    damaged = "Петя Георгиева".encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert damaged == "ÐŸÐµÑ‚Ñ? Ð“ÐµÐ¾Ñ€Ð³Ð¸ÐµÐ²Ð°"
    assert demojibake.fix(damaged) == "Петя Георгиева"


def test_a_guess_alone_is_read_with_its_word_as_repaired() -> None:
    """ "×?" of Hebrew "השנים" is read alone too ("ם" or "א", D7 9D or D7 90); the letter
    model tells them apart only with the rest of the word as repaired ("השני"), not as it
    stands ("×”×©×\xa0×™"): "השנים", where by the scorer alone it was "השניא"."""
    text = "גבוהה ברכות השנים שארכה תסכול נמצא"
    damaged = text.encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert "×”×©×\xa0×™×? " in damaged
    assert demojibake.fix(damaged) == text


def test_a_guess_the_letter_model_makes_is_read_in_the_codepage_of_the_best_guess() -> None:
    """ "Ä?" of "čínština" is cp1252's "č" (C4 8D) or, by case, cp1257's "Č": the letter
    model reads both as "čínština", and the one read as the rest of the line is is made."""
    text = "kabardinština, čínština (dialekty Wu), klingonština"
    damaged = text.encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert "Ä?Ã\xadnÅ¡tina" in damaged
    assert demojibake.fix(damaged) == text


def test_a_capital_between_small_letters_read_as_an_apostrophe_tells_a_console_misread() -> None:
    """Windows's "’" (92) is "Æ" to a DOS console: a capital between two small letters that
    the reading makes an apostrophe tells the line is misread, as one made a small letter
    does ("dÆabril" is Aragonese "d’abril", and "alemßn" then "alemán")."""
    text = "alemán austriaco, d’abril, d’agosto, Irán, Perú"
    damaged = text.encode("cp1252").decode("cp850")
    assert damaged == "alemßn austriaco, dÆabril, dÆagosto, Irßn, Per·"
    assert demojibake.fix(damaged) == text


def test_a_byte_dropped_inside_a_word_is_guessed() -> None:
    """Software that drops the bytes cp1252 leaves undefined leaves "Ñ" of "с" (D1 81) with
    no second byte; of the five it could have had, "Москва" reads best."""
    damaged = "Я живу в Москве.".encode().decode("cp1252", "ignore")
    assert "ÐœÐ¾ÑÐºÐ²Ðµ" in damaged
    repair = demojibake.repair(damaged)
    assert repair.text == "Я живу в Москве."
    assert any(change.lossy for change in repair.changes)


def test_a_byte_dropped_at_the_start_of_a_word_is_guessed() -> None:
    """ "А" is D0 90, and cp1252 leaves 90 undefined: "Ð" alone starts the run of "Айгүл"."""
    damaged = "Айгүл Қайратқызы Жұмабаева".encode().decode("cp1252", "ignore")
    assert damaged.startswith("ÐÐ¹")
    assert demojibake.fix(damaged) == "Айгүл Қайратқызы Жұмабаева"


def test_a_lead_alone_before_a_letter_in_a_damaged_line_is_guessed() -> None:
    """ "Ã" of "Á" (C3 81) lost its second byte before "n"; the line's other words tell that
    it was UTF-8 shown by cp1252 throughout."""
    damaged = "José Ángel Núñez Ibáñez".encode().decode("cp1252", "ignore")
    assert "Ãngel" in damaged
    assert demojibake.fix(damaged) == "José Ángel Núñez Ibáñez"


def test_a_quote_that_lost_its_last_byte_at_the_end_of_a_line_is_guessed() -> None:
    """ "â€" at the end of a line is "”" (E2 80 9D) whose 9D was dropped."""
    damaged = "ȘCOALA „MIHAI EMINESCU”\nnext".encode().decode("cp1252", "ignore")
    assert damaged.endswith("EMINESCUâ€\nnext")
    assert demojibake.fix(damaged) == "ȘCOALA „MIHAI EMINESCU”\nnext"


def test_a_lead_alone_before_a_letter_lost_no_no_break_space() -> None:
    """A lead whose second byte is gone is read as a lost no-break space only before a space
    ("Ã le" of "à le"): before a letter it lost an undefined byte ("Ãsia" is "Ásia")."""
    damaged = "Venezuéla, América Central, Colómbia, Ásia".encode().decode("cp1252", "ignore")
    assert demojibake.fix(damaged) == "Venezuéla, América Central, Colómbia, Ásia"


def test_a_lead_alone_in_a_line_with_no_other_damage_is_a_letter() -> None:
    """ "Ã" and "Ä" start words of clean text; a line with nothing else to repair keeps them,
    and so does a line whose damage elsewhere leaves a clean word beside it."""
    for clean in ("SÃO PAULO", "Ärger im Büro", "Ãngel"):
        assert demojibake.fix(clean) == clean
    assert demojibake.fix("Ärger im BÃ¼ro") == "Ärger im Büro"


def test_a_lead_alone_in_a_clean_line_among_misread_lines_is_a_letter() -> None:
    """Lines around it misread by cp1252 vouch for no guess in a clean line: "HÄN" is no
    "HāN" that lost its 81, though "Ä" and a no-break space make a UTF-8 sequence ("Ġ")."""
    clean = "HÄN KAATUI SELKÄ\xa0EDELLÄ LUMIHANKEEN."
    text = f"Le cafÃ© est trÃ¨s bon\n{clean}\nDas ist fÃ¼r dich"
    assert demojibake.fix(text) == f"Le café est très bon\n{clean}\nDas ist für dich"


def test_a_lead_alone_beside_a_chance_sequence_of_another_script_is_a_letter() -> None:
    """ "Õ…" of Portuguese "INSCRIÇÕ…" is Armenian "Յ" in UTF-8 by chance: it says nothing
    of the "Ã" of "ESTÃO", which could only have lost a byte of a Latin letter."""
    clean = "ATENÇÃO: ESTÃO ABERTAS AS INSCRIÇÕ…"
    text = f"Le cafÃ© est trÃ¨s bon\n{clean}\nDas ist fÃ¼r dich"
    assert demojibake.fix(text).split("\n")[1] == clean


def test_a_dropped_byte_the_scorer_prices_alike_is_guessed_as_the_letter_model_prefers() -> None:
    """The 90 of "А" dropped leaves "Ð", which "Ё", "А", "Н" and "Џ" share: the scorer
    prices capitals alike, and the letter model, not sure enough to overrule it, still
    prefers "Артим" to the first by byte order, "Ёртим"."""
    damaged = "Артим LLC".encode().decode("cp1252", "ignore")
    assert damaged == "ÐÑ€Ñ‚Ð¸Ð¼ LLC"
    assert demojibake.fix(damaged) == "Артим LLC"


def test_a_letter_that_lost_its_undefined_byte_before_a_space_is_guessed() -> None:
    """ "Ä " may be "Ġ" whose no-break space became the space, or "ā" (C4 81) whose 81 was
    dropped before a real space: the word list knows Latvian "lielā"."""
    damaged = "Lielā iela 3, Jelgava, LV-3001".encode().decode("cp1252", "ignore")
    assert damaged.startswith("LielÄ iela")
    assert demojibake.fix(damaged) == "Lielā iela 3, Jelgava, LV-3001"


def test_a_dropped_byte_before_a_space_keeps_the_space_where_its_word_reads_better() -> None:
    """ "Ñ " of "я " (D1 8F) is no "Ѡ" (D1 A0) joined to the next word: "Петя Георгиева"
    reads far better to the letter model than "ПетѠГеоргиева"."""
    damaged = "Петя Георгиева,Варна,+359 88 123 4567".encode().decode("cp1252", "ignore")
    assert damaged.startswith("ÐŸÐµÑ‚Ñ Ð“")
    assert demojibake.fix(damaged) == "Петя Георгиева,Варна,+359 88 123 4567"


def test_a_garble_with_short_sequences_is_not_read_as_dropped_bytes() -> None:
    """A dropped byte is only guessed, never shown as U+FFFD: a text of sequences one byte
    short here and there (ftfy's "hopeless garble") is left as it is."""
    garble = "ã†â€™ãƒâ€ ã¢â‚¬â„¢ãƒæ’ã‚â¢ãƒâ¢ã¢â‚¬å¡ã‚â¬ãƒâ€šã‚â"
    assert demojibake.fix(garble) == garble


def test_a_word_that_dropped_bytes_in_two_places_is_read_as_the_word_list_tells() -> None:
    """ "заявляет" lost the 8F of both its "я": each "Ñ" alone may be five letters, and
    read one by one they became "заÑвлсет" (or GBK "蟹邪研残谎械褌"); of the 25
    readings of the whole word, the word list holds one."""
    damaged = "Министерство заявляет".encode().decode("cp1252", "ignore")
    assert "Ð·Ð°ÑÐ²Ð»ÑÐµÑ‚" in damaged
    repair = demojibake.repair(damaged)
    assert repair.text == "Министерство заявляет"
    assert all(change.chain[-1].read_as == "cp1252" for change in repair.changes)


def test_a_word_no_list_holds_that_dropped_bytes_is_read_as_the_letter_model_spells() -> None:
    """ "описываются" is no word of the list, and lost the 81 of its "с" and the 8F of its
    "я": the letter model prices it far below any other of its readings ("опиэываются")."""
    damaged = "Они описываются так".encode().decode("cp1252", "ignore")
    assert "Ð¾Ð¿Ð¸ÑÑ‹Ð²Ð°ÑŽÑ‚ÑÑ" in damaged
    assert demojibake.fix(damaged) == "Они описываются так"


def test_a_dropped_byte_before_a_space_inside_a_run_keeps_the_space() -> None:
    """ "Ù " of "ف " (D9 81) is no Arabic-Indic zero "٠" (D9 A0) whose no-break space
    became a space and joined two words: "يقف" is a word, "يق٠جريدة" none."""
    damaged = "الموافقة يقف جريدة".encode().decode("cp1252", "ignore")
    assert "ÙŠÙ‚Ù Ø¬" in damaged
    assert demojibake.fix(damaged) == "الموافقة يقف جريدة"


def test_a_word_whose_dropped_bytes_the_list_reads_two_ways_is_not_read_whole() -> None:
    """Where the list holds more than one reading of a word that lost several bytes, it
    tells none: "ÐÐ" is "НА", "АН" or "АА" (D0 9D, D0 90), all of them words."""
    from demojibake._candidates import _word_drops_read

    assert _word_drops_read(b"\xd0\xd0", [(0, 1), (1, 2)], b"\x81\x8d\x8f\x90\x9d") is None


def test_a_digit_after_a_letter_is_no_lost_no_break_space() -> None:
    """ "Ù " of "ف " (D9 81) read as a lost no-break space is the Arabic-Indic zero "٠" (D9
    A0), glued to the letter before it; "ف", the one letter the dropped byte makes, with
    the space a real one, is read instead."""
    from demojibake._candidates import candidates

    span = "ÙŠÙ‚Ù Ø¬Ø±ÙŠØ¯Ø©"
    texts = [c.text for c in candidates(span, "cp1252", ("cp1252",), 1)]
    assert texts[0] == "يقف جريدة"
    assert "يق٠جريدة" not in texts


def test_a_run_with_a_question_mark_and_a_u_fffd_is_repaired_without_error() -> None:
    """Lenient and strict decoding can leave both marks in one run (Khmer text shown by
    cp1250, with a "?" of its own)."""
    assert isinstance(demojibake.fix("Ã?Ã\ufffd"), str)


def test_utf8_read_leniently_as_gbk_is_read_back_around_its_lost_bytes() -> None:
    """Python's "gbk" with errors="replace" loses one byte at each U+FFFD. The text around
    them is read back; a character that lost a byte is guessed where the characters beside
    it tell ("购买", "问题"), and stays U+FFFD where its byte could have been many and
    nothing tells which (the "。" that ends the line could be any of 64 characters)."""
    damaged = "感谢您的购买！如有问题，请联系在线客服。".encode().decode("gbk", "replace")
    repair = demojibake.repair(damaged)
    assert repair.text == "感谢您的购买！如有问题，请联系在线客服\ufffd"
    assert all(change.chain[-1].read_as == "gbk" for change in repair.changes)
    assert any(change.lossy for change in repair.changes)


def test_a_byte_lost_to_gbk_is_guessed_where_one_character_is_far_the_commonest() -> None:
    """ "鏄�澶" lost the last byte of "是" before "多", which GBK would have paired with
    any byte but seven: of the seven characters they make, "是" is far the commonest."""
    damaged = "我的手机号码是多少".encode().decode("gbk", "replace")
    assert damaged == "鎴戠殑鎵嬫満鍙风爜鏄\ufffd澶氬皯"
    assert demojibake.fix(damaged) == "我的手机号码是多少"


def test_lost_bytes_are_guessed_where_the_pieces_of_their_stretch_would_keep_marks() -> None:
    """The stretch is also read in pieces, and the piece that holds one lost byte alone
    knows no character beside it ("涓\ufffd" is "一", "个", "中" or four rarer ones): where
    the pieces read the stretch as it reads itself but for the marks, its guesses stand."""
    damaged = "这是一个非常重要的问题，我们需要讨论。".encode().decode("gbk", "replace")
    assert damaged.startswith("杩欐槸涓\ufffd涓\ufffd闈炲父閲嶈\ufffd佺殑闂\ufffd棰")
    repair = demojibake.repair(damaged)
    assert repair.text == "这是一个非常重要的问题，我们需要讨论\ufffd"
    assert len(repair.changes) == 1
    assert repair.changes[0].lossy


def test_a_word_guessed_whole_stands_where_its_pieces_leave_the_lost_byte_as_it_was() -> None:
    """ "×?" is Hebrew "א" (D7 90) whose 90, which cp1252 leaves undefined, became "?": the
    word list knows "אנחנו" as the word's one reading, but the word's other characters are
    also read on their own, which leave "×?" as it stands; their reading agrees with the
    word's, so the word's guess is taken."""
    damaged = "אנחנו נלחמים על השלום".encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert damaged.startswith("×?×\xa0×—")
    assert demojibake.fix(damaged) == "אנחנו נלחמים על השלום"


def test_a_guess_of_a_mark_alone_is_not_taken_over_its_mark() -> None:
    """ "ờ" (E1 BB 9D) lost its 9D to cp1252: the guess of "á»\ufffd" alone ("Ố") needs other
    repairs to vouch for it, and a repair that holds the mark is no vouching for it."""
    damaged = "anh sờ vào tường".encode().decode("cp1252", "replace")
    assert damaged.startswith("anh sá»\ufffd ")
    assert demojibake.fix(damaged) == "anh s\ufffd vào tường"


def test_a_lost_byte_the_stretch_cannot_tell_keeps_its_mark_beside_the_pieces() -> None:
    """ "单" and "市" tell "一" from "个" and "中" too little, so the mark stays."""
    damaged = "我们的单一市场正在扩大".encode().decode("gbk", "replace")
    assert demojibake.fix(damaged) == "我们的单\ufffd市场正在扩大"


def test_a_byte_lost_to_cp932_is_read_back_in_a_japanese_line() -> None:
    damaged = "日本語のテキストを表示します。".encode().decode("cp932", "replace")
    assert demojibake.fix(damaged) == "日本語の\ufffdキストを表示します\ufffd"


def test_a_byte_gbk_dropped_is_guessed_where_one_character_is_far_the_commonest() -> None:
    """Python's "gbk" with errors="ignore" drops the byte it cannot pair and leaves no mark:
    "鏄" is E6 98, a sequence one byte short before "澶" (E5 A4), so a byte was lost there,
    and of the bytes GBK would not pair with E5, "是" is far the commonest reading."""
    damaged = "我的手机号码是多少".encode().decode("gbk", "ignore")
    assert damaged == "鎴戠殑鎵嬫満鍙风爜鏄澶氬皯"
    assert demojibake.fix(damaged) == "我的手机号码是多少"


@pytest.mark.parametrize("clean", ["他们反对这个计划", "广西的风景非常美丽"])
def test_a_byte_gbk_dropped_inside_a_sequence_is_put_back_where_gbk_could_drop_it(
    clean: str,
) -> None:
    """GBK drops a byte only where it starts a character: "对" is E5 AF B9, GBK reads E5 as
    the second byte of one character, cannot pair AF with B9 and drops it, and reads B9 with
    the next lead. The sequence comes out one byte short inside a character, so the byte was
    lost after E5, the one place GBK could drop it."""
    damaged = clean.encode().decode("gbk", "ignore")
    assert len(damaged.encode("gbk")) < len(clean.encode())
    assert demojibake.fix(damaged) == clean


@pytest.mark.parametrize("clean", ["大学生", "参考书", "工厂制造了很多汽车"])
def test_bytes_gbk_dropped_are_put_back_where_no_sequence_was_left_whole(clean: str) -> None:
    """A byte dropped in every other character leaves few whole UTF-8 sequences, or none
    ("澶у︾敓"): the run is read once its lost bytes are put back, where the bytes then make
    whole UTF-8 across it."""
    damaged = clean.encode().decode("gbk", "ignore")
    assert demojibake.fix(damaged) == clean


@pytest.mark.parametrize("clean", ["大学", "学生", "東京", "日本語"])
def test_a_short_run_of_clean_east_asian_text_is_not_read_as_dropped_bytes(clean: str) -> None:
    assert demojibake.fix(clean) == clean
    assert demojibake.fix(f"{clean} and {clean}") == f"{clean} and {clean}"


def test_a_byte_dropped_before_a_space_is_no_rare_syllable_of_a_lost_no_break_space() -> None:
    """ "ê° " is "갠" (EA B0 A0) whose no-break space became the space, or "각", "감" or
    "객" (EA B0 81, 90, 9D) whose byte cp1252 leaves undefined was dropped before a real
    space. Nothing tells which of the three, but Korean all but never writes "갠": the
    syllable is shown as lost, and the space stays."""
    damaged = "우리 각 반에서 공부".encode().decode("cp1252", "ignore")
    assert damaged.startswith("ìš°ë¦¬ ê° ë°˜")
    fixed = demojibake.fix(damaged)
    assert fixed.startswith("우리 \ufffd 반")
    assert "갠" not in fixed


def test_a_character_that_lost_a_byte_gbk_dropped_is_shown_as_u_fffd() -> None:
    """Where many characters could have lost the byte, the repair says one was lost: "区"
    ends the line, where any of 64 characters could have lost their last byte."""
    damaged = "東京都千代田区".encode().decode("gbk", "ignore")
    repair = demojibake.repair(damaged)
    assert repair.text == "東京都千代田\ufffd"
    assert any(change.lossy for change in repair.changes)


def test_two_bytes_lost_to_gbk_side_by_side_are_guessed_as_the_pair_they_make() -> None:
    """ "澶�閮�" lost the last byte of "太" and of "郎": neither tells the other alone, but
    of the pairs their characters can make, names write "太郎" far the most."""
    damaged = "山田太郎".encode().decode("gbk", "replace")
    assert damaged == "灞辩敯澶\ufffd閮\ufffd"
    assert demojibake.fix(damaged) == "山田太郎"


def test_a_lost_byte_is_guessed_where_the_characters_on_both_sides_agree() -> None:
    """Beside "单" the lost "一" of "单一" is likelier than "个" of "单个", but not far
    enough; after it, "一流" says "一" too, and the two sides together are enough."""
    damaged = "他们在单一流程中工作".encode().decode("gbk", "replace")
    assert "单一流程" in demojibake.fix(damaged)


def test_a_sequence_that_lost_two_bytes_is_not_guessed() -> None:
    """ "狀" lost two bytes to cp949 ("��"): each was priced with a stand-in for the other,
    which made U+0080 of them, the one byte cp949 would not pair with the next."""
    damaged = "超級使用者狀態".encode().decode("cp949", "replace")
    fixed = demojibake.fix(damaged)
    assert fixed.startswith("超級使用")
    assert "\x80" not in fixed


def test_a_stretch_that_lost_a_byte_explains_the_characters_around_a_short_repair() -> None:
    """ "銆丗" is GBK for UTF-8 "、F", a short reading that needs its line's East Asian
    characters explained: "甯冨皵鍊�" lost a byte, and its stretch explains them."""
    damaged = "布尔值(True、False或None)".encode().decode("gbk", "replace")
    assert demojibake.fix(damaged) == "布尔\ufffd(True、False或None)"


def test_a_question_mark_left_for_a_lost_byte_is_read_as_a_u_fffd_would_be() -> None:
    """PHP's converters leave "?" for a byte they cannot read: it marks the character lost,
    as U+FFFD would, guessed where the characters beside it tell and kept where not."""
    damaged = "感谢您的购买！如有问题，请联系在线客服。".encode().decode("gbk", "replace")
    damaged = damaged.replace("\ufffd", "?")
    assert demojibake.fix(damaged) == "感谢您的购买！如有问题，请联系在线客服?"


def test_a_question_mark_no_sequence_needs_stays_a_question_mark() -> None:
    """Of "鍚??", "你好吗?" with the last byte of "吗" lost, the first "?" completes the
    sequence "鍚" starts; the second needs no byte, so it is the text's own question mark."""
    damaged = "你好吗?".encode().decode("gbk", "replace").replace("\ufffd", "?")
    assert damaged == "浣犲ソ鍚??"
    assert demojibake.fix(damaged) == "你好??"


@pytest.mark.parametrize("clean", ["今天天气很好，我?们去公园散步吧。", "他說：「明\ufffd見！」"])
def test_a_mark_in_clean_chinese_is_not_read_as_a_lost_byte(clean: str) -> None:
    """The bytes around a "?" or U+FFFD in clean text line up as UTF-8 with a lost byte now
    and then ("明�見！」" in cp949 would be "明�I」"): a short stretch needs other repairs
    of its misread to vouch for it."""
    assert demojibake.fix(clean) == clean


def test_a_line_in_a_minor_language_is_repaired_whole() -> None:
    """Ossetian "Мӕй" shown by GBK is repaired with the rest of its line, not left as
    Chinese because "ӕ" seemed to fit no alphabet with "а"."""
    clean = "Мӕй амынд нӕ уыд"
    assert demojibake.fix(clean.encode("utf-8").decode("gbk")) == clean


def test_typographic_punctuation_shown_by_macroman_is_repaired() -> None:
    """ "‚Äî" reads like a German quotation opening on "Ä", but it is exactly the UTF-8 of an
    em dash shown by MacRoman, and so is "‚Äô" before the Afrikaans article."""
    for clean in ("El campo base Geometry — coincide", "Tik ’n lys waardes in."):
        assert demojibake.fix(clean.encode("utf-8").decode("mac_roman")) == clean


def test_a_german_quotation_opening_on_a_capital_umlaut_stays() -> None:
    """ "‚Äpfel‘" is a German quotation, and "Ä" and "p" are no UTF-8 continuation."""
    assert demojibake.fix("Er sagte ‚Äpfel‘ und ging.") == "Er sagte ‚Äpfel‘ und ging."


def test_a_near_tie_the_line_cannot_settle_goes_to_the_reading_a_language_writes() -> None:
    """ "ĂĄ" is "á" shown by ISO 8859-2 and "å" shown by cp1250; "Archivos" is too short to
    tell the language, but no language writes "eståticos" and Spanish writes "estáticos"."""
    clean = "Archivos estáticos"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_near_tie_in_a_language_the_model_lacks_keeps_the_codepage_prior() -> None:
    """Akan "Ɔ" is no letter of a language the model knows, and Danish "Æ" is: one letter is
    no reason to prefer it over the likelier codepage."""
    clean = "Sanda-Ɔpɛpɔn S-Ɔ"
    assert demojibake.fix(clean.encode("utf-8").decode("cp1250")) == clean


def test_a_run_of_damage_is_read_as_shown_by_one_codepage() -> None:
    """Georgian "á\x83\x9e" holds a byte cp1250 shows as "ž", so the "á\x83Ą" in the same
    word is ISO 8859-2 "ს", not the cp1250 "ქ" it would also read as."""
    clean = "ვენესუელის ესპანური"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_repairs_vouch_for_every_codepage_that_shows_them() -> None:
    """ "×Š" is Hebrew "ש" shown by ISO 8859-2 and "צ" shown by ISO 8859-15; "×¤" beside it
    is no ISO 8859-15 (which shows A4 as "€"), so the line's repairs vouch for ISO 8859-2."""
    clean = 'אם ביטלת "Referer" headers בדפדפן שלך, נא לאפשר אותם מחדש'
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_tie_between_codepages_is_settled_by_the_other_repairs_of_its_line() -> None:
    """ "ĂĽ" is "å" in ISO 8859-2 and "ü" in cp1250; "Ăś" beside it is "ö" only in ISO
    8859-2, which showed the line."""
    clean = "Sweitser Fransöösk, Süüdelk Afrikoo, Türkisk, Süüdkorea, Noorsk Bokmål"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_common_east_asian_character_glued_to_a_western_word_stays() -> None:
    """ "前" is UTF-8 "ǰ" read as GBK; Chinese glues "iPhone" to it, no one writes "iPhoneǰ"."""
    for clean in ("iPhone前", "X前"):
        assert demojibake.fix(clean) == clean


def test_a_common_letter_read_from_one_east_asian_character_is_still_repaired() -> None:
    """ "Caf茅" is "Café" read as GBK, and "T艒ky艒" is "Tōkyō": glued, but ordinary letters."""
    assert demojibake.fix("Caf茅") == "Café"
    assert demojibake.fix("T艒ky艒") == "Tōkyō"


def test_a_no_break_space_after_a_number_is_repaired_alone() -> None:
    """ "5Â minutes": a capital glued to a number and then a space ends no word; it is a
    no-break space (C2 A0) whose A0 became a space."""
    assert demojibake.fix("il y a 5Â minutes") == "il y a 5\u00a0minutes"


def test_overlays_on_digits_read_back_from_capitals_glued_to_them() -> None:
    """ "6Ì¶3Ì¶" is a crossed-out price read as cp1252: no one glues "Ì" to a number."""
    damaged = "hotel $49 $Ì¶6Ì¶3Ì¶ updated 2018"
    assert demojibake.fix(damaged) == "hotel $49 $\u03366\u03363\u0336 updated 2018"


def test_a_repair_that_leaves_mojibake_is_repaired_again() -> None:
    """ "â\x80â\x80\x9c" is "â€“" once undone (its second layer misread two ways): "–"."""
    damaged = "pre-season friendly \u00e2\x80\u00e2\x80\x9c live!"
    result = demojibake.repair(damaged)
    assert result.text == "pre-season friendly \u2013 live!"
    assert demojibake.apply_changes(damaged, result.changes) == result.text
    assert [c.before for c in result.changes] == ["\u00e2\x80\u00e2\x80\x9c"]
    assert len(result.changes[0].chain) == 2


def test_a_second_reading_that_ends_where_a_lost_byte_was_left_replays() -> None:
    """Where the second pass reads again up to a "Ñ" whose second byte was lost (the first
    pass took the "Ñ" away and left the "\ufffd"), the joined change ends before that "Ñ":
    the changes still replay onto the text, one beside the other."""
    damaged = "\u00b5\u00d1\u20ac\u00d0\u00b9\u00d0\u00b8\u00d1\ufffd\u00d0\u00b6"
    result = demojibake.repair(damaged)
    assert demojibake.apply_changes(damaged, result.changes) == result.text
    assert any(len(c.chain) == 2 for c in result.changes)
    assert any(c.before == "\u00d1" and c.after == "" for c in result.changes)


@needs_python_engine
def test_the_second_pass_reads_again_only_the_lines_left_misread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Among lines repaired once and for all, only the line whose repair left mojibake is read
    a second time, and the whole text comes out as it would line by line."""
    twice = "pre-season friendly \u00e2\x80\u00e2\x80\x9c live!\n"
    once = "CafÃ© au lait, dÃ©jÃ  vu.\n"
    damaged = once * 3 + twice + once * 3
    read: list[str] = []
    real = _engine._repair_lines

    def spy(text: str, options: demojibake.Options) -> demojibake.Repair:
        read.append(text)
        return real(text, options)

    monkeypatch.setattr(_engine, "_repair_lines", spy)
    result = demojibake.repair(damaged)
    fixed = "Café au lait, déjà vu.\n"
    assert result.text == fixed * 3 + "pre-season friendly \u2013 live!\n" + fixed * 3
    assert read == [damaged, "pre-season friendly \u00e2\u20ac\u201c live!\n"]
    assert demojibake.apply_changes(damaged, result.changes) == result.text


def test_a_rare_east_asian_character_glued_to_a_word_is_still_read() -> None:
    """ "蕣" is a character Chinese seldom writes: "k蕣ja" is Kabiye "kʊja" read as GBK."""
    assert demojibake.fix("Koree k蕣ja") == "Koree kʊja"


def test_an_odd_reading_of_a_glued_character_is_made_where_other_repairs_vouch() -> None:
    """Caddo's "ˀ" is GBK "藔" glued to letters; the line's other repairs vouch for GBK."""
    clean = "Háshnihtsiˀ, Hiwí hayashuh, Inikuˀtiˀtiˀ, Wísts’i hayashuh"
    assert demojibake.fix(clean.encode("utf-8").decode("gbk")) == clean


_MIXED_DOCUMENT = (
    "Ваше замовлення відправлено кур'єром.",
    "Café crème brûlée à la française",
    "Ціна за кілограм: 120 гривень",
    "Größe: mittelgroß, Farbe: grün",
)


@pytest.mark.parametrize(
    ("clean", "codec"),
    [
        ("Рік не вказано", "cp1251"),
        ("RÉSUMÉ — CURRICULUM VITÆ", "cp1252"),
        ("ËMBËLTORJA „MJALTË“ — E HAPUR ÇDO DITË", "cp1252"),
        ("Korrektur: ∆° = 5, also 25° statt 20°.", "mac_roman"),
    ],
)
def test_other_lines_misread_do_not_vouch_for_a_line_read_as_written(
    clean: str, codec: str
) -> None:
    """Amid lines misread by a codepage, a clean line whose other characters read as written
    keeps a span the codepage could have shown ("Рі" is cp1251's "г"); the lines misread
    are repaired."""
    lines = [line for line in _MIXED_DOCUMENT if _shows(line, codec)]
    damaged = [line.encode("utf-8").decode(codec) for line in lines]
    text = "\n".join([*damaged[:1], clean, *damaged[1:]])
    expected = "\n".join([*lines[:1], clean, *lines[1:]])
    assert len(lines) >= 2
    assert demojibake.fix(text) == expected


def _shows(text: str, codec: str) -> bool:
    """Whether ``codec`` shows every byte of ``text``'s UTF-8."""
    try:
        text.encode("utf-8").decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def test_a_misread_segment_vouches_for_a_weak_span_beside_it_in_its_line() -> None:
    """ "Γ“" (cp1253 for "Ó") reads nearly as well either way; "SeΓ΅n" repaired in the same
    line vouches for it, though "Súilleabháin" beside it reads as written."""
    damaged = "SeΓ΅n Γ“ Súilleabháin agus Aoife Ní Bhriain"
    assert demojibake.fix(damaged) == "Seán Ó Súilleabháin agus Aoife Ní Bhriain"


def test_a_word_the_letter_model_is_sure_of_is_repaired_beside_text_read_as_written() -> None:
    """ "√öltimos" (MacRoman for "Últimos") amid lines MacRoman showed is repaired, though
    "días" beside it reads as written: the letter model is sure of the word."""
    lines = ["Größe: mittelgroß, Farbe: grün", "Café crème brûlée à la française"]
    damaged = [line.encode("utf-8").decode("mac_roman") for line in lines]
    text = "\n".join([damaged[0], "√öltimos 7 días", damaged[1]])
    assert demojibake.fix(text) == "\n".join([lines[0], "Últimos 7 días", lines[1]])


def test_a_repair_short_of_the_margin_is_made_where_the_letter_model_is_sure_of_its_word() -> None:
    """ "OÃ™" reads a little better as "OÙ" to the scorer, not by its margin; among "ET
    QUAND", French writes "OÙ" and no language "OÃ", so the repair is made."""
    assert demojibake.fix("OÃ™ ET QUAND?") == "OÙ ET QUAND?"


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [("Åšwiebodzice", "Świebodzice"), ("Ĺšwiebodzice", "Świebodzice")],
    ids=["cp1252", "cp1250"],
)
def test_a_repair_with_fewer_letters_is_judged_by_what_its_letter_pairs_cost(
    damaged: str, fixed: str
) -> None:
    """ "Åš" (or cp1250's "Ĺš") reads a little better as "Ś" to the scorer, not by its margin,
    and the repaired word has a letter fewer: the letter model judges the two words by what
    a pair of letters costs on average, 3.6 bits in Polish "Świebodzice" against 6.5."""
    assert demojibake.fix(damaged) == fixed


def test_a_symbol_read_away_is_not_judged_by_the_letters_left() -> None:
    """A repair that is no letter leaves its word with fewer letters to price, and the
    model would like what is left ("o" for "o¬ô"): ftfy's raised eyebrow stays."""
    assert demojibake.fix("( o¬ô )") == "( o¬ô )"


def test_western_letters_in_gbk_shown_by_cp1252_are_read_back() -> None:
    """Chinese software shows GBK "é" (A8 A6) as "¨¦": a French line of such pairs is GBK."""
    assert demojibake.fix("Le d¨¦l¨¦gu¨¦ a ¨¦t¨¦ ¨¦lu.") == "Le délégué a été élu."


def test_a_tie_that_shows_once_the_word_is_repaired_goes_to_the_reading_a_language_writes() -> None:
    """Before "Ăł" beside it is "ó", "ĂĄ" reads better as ISO 8859-2 "á" than as cp1250 "å";
    with it, the two tie, and Hungarian writes "szótárnak", not "szótårnak"."""
    clean = "A bemenetnek JSON szótárnak kell lennie."
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_rival_readings_of_a_lines_words_are_judged_together() -> None:
    """ "ĂŠs tĂĄrsa" is cp1250's "Ês tårsa" or ISO 8859-2's "és társa". Judged one word at a
    time, each ISO 8859-2 word stands beside the other's cp1250 reading, which no language
    writes; a line is misread one way, and Hungarian writes the two together."""
    clean = "Szalai és társa Bt."
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_tie_goes_to_the_reading_with_small_letters_inside_a_word_of_small_letters() -> None:
    """ "ĂŤ" is "ë" shown by ISO 8859-2 and "Í" shown by cp1250: no word has a capital
    between small letters."""
    clean = "Skena me emërhapësirë X"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_tie_between_a_capital_and_a_small_letter_at_a_word_start_keeps_the_capital() -> None:
    """ "Ăś" is "Ü" shown by cp1250 and "ö" shown by ISO 8859-2: after a word in small
    letters either is possible ("ja Ülle"), so the likelier codepage keeps it."""
    clean = "Tõnu Käärik ja Ülle Põldmäe"
    assert demojibake.fix(clean.encode("utf-8").decode("cp1250")) == clean


def test_a_tie_between_ss_and_another_letter_goes_to_the_letter_after_a_consonant() -> None:
    """ "Ăź" is "ü" shown by ISO 8859-2 and "ß" shown by cp1250: German writes "ß" after a
    vowel only, so "gültig" (not "gßltig"), but "Straße"."""
    cases = (("Bitte ein gültiges Bild hochladen.", "iso-8859-2"), ("Straße", "cp1250"))
    for clean, codec in cases:
        assert demojibake.fix(clean.encode("utf-8").decode(codec)) == clean


def test_ss_alone_is_not_judged_by_the_letter_before_it() -> None:
    """ "ÃŸ" is "ß" shown by cp1252 and "þ" shown by ISO 8859-15. Alone, the letter named in
    a German sentence, nothing comes before it to tell: the commoner codepage keeps it."""
    for clean in ("ß ist ein Buchstabe.", "Das ß und das ss.", "ß"):
        assert demojibake.fix(clean.encode("utf-8").decode("cp1252")) == clean


def test_utf8_of_an_alphabet_is_not_read_as_east_asian_characters_of_one_row() -> None:
    """Hebrew shown by cp850 is "Î" before every letter; read as GBK shown by Latin-1 that
    pairs into characters of one row of GBK ("沃萎"), which no Chinese line is made of."""
    clean = "יש להזין את"
    assert demojibake.fix(clean.encode("utf-8").decode("cp850")) == clean


def test_east_asian_characters_of_few_strokes_sharing_rows_are_still_read() -> None:
    """Big5 orders characters by strokes, so simple ones share a row: "進階選項" holds
    three characters of one row and is still Big5."""
    assert demojibake.fix("¶i¶¥¿ï¶µ") == "進階選項"


def test_a_tie_goes_to_the_reading_that_is_a_common_word_of_some_language() -> None:
    """ "ĂĄ" is "á" shown by ISO 8859-2 and "å" shown by cp1250; the letter model likes
    "pågina" as well as "página", but only the second is a word (Spanish, Portuguese)."""
    clean = "página plana"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_tie_is_not_settled_by_a_word_of_a_language_the_line_is_not_in() -> None:
    """Nynorsk "frå" shown by cp1250 reads "frĂĄ", which ISO 8859-2 reads as Icelandic
    "frá"; the line's other words are Norwegian, so the word list does not decide."""
    clean = "Hopp frå kva som helst side til dokumentasjonen for visingsfunksjonen."
    assert demojibake.fix(clean.encode("utf-8").decode("cp1250")) == clean


def test_a_short_word_in_small_letters_shown_in_capitals_by_a_russian_codepage_is_read() -> None:
    """KOI8-R "версия" shown by cp1251 is "ЧЕТУЙС": too short for the letter model to be
    sure, but no language writes "четуйс" and Russian writes "версия"."""
    assert demojibake.fix("ЧЕТУЙС") == "версия"


def test_capitals_are_not_read_as_small_letters_by_a_word_beyond_the_commonest() -> None:
    """Bulgarian "НОЕМ." (November) is KOI8-R "опен." shown by cp1251, and "опен" is a known
    Serbian and Macedonian word, not a common one: too rare to overrule a word in capitals."""
    assert demojibake.fix("НОЕМ.") == "НОЕМ."


def test_a_known_word_of_another_language_does_not_vouch_for_a_line() -> None:
    """Kazakh "ЧАМОРРО ТІЛІ": "тілі" is a known Ukrainian word, which says nothing for a
    Greek reading of "О" and a space (two misreads and a lost no-break space)."""
    assert demojibake.fix("ЧАМОРРО ТІЛІ") == "ЧАМОРРО ТІЛІ"


def test_a_short_abbreviation_in_capitals_stays() -> None:
    """ "ПУШ" read as KOI8-R shown by cp1251 is "ось", a word; three letters are too few
    for the word list to overrule an abbreviation."""
    assert demojibake.fix("ПУШ") == "ПУШ"


def test_a_repair_short_of_the_margin_is_made_where_it_makes_a_common_word() -> None:
    """ "ƒç" is "č" shown by MacRoman, a little short of the scorer's margin; "četvrtak" is
    Croatian for Thursday, and "ƒçetvrtak" no language's word."""
    assert demojibake.fix("ƒçetvrtak") == "četvrtak"


def test_a_word_in_capitals_is_not_repaired_into_small_letters_by_the_word_list() -> None:
    """ "РІ" is UTF-8 "в" shown by cp1251, and "кв" is listed; but "КРІ" is capitals, and
    so would its reading be."""
    assert demojibake.fix("КРІ") == "КРІ"


def test_a_lone_byte_92_between_letters_is_the_letter_a_common_word_has_there() -> None:
    """Byte 92 is "’" in cp1252 and "í" in MacRoman, and the scorer likes both alike;
    Spanish writes "turístico", and nobody "donít"."""
    assert (
        demojibake.fix("Deja dos heridos hundimiento de barco tur\x92stico en Acapulco.")
        == "Deja dos heridos hundimiento de barco turístico en Acapulco."
    )
    assert demojibake.fix("I don\x92t know.") == "I don’t know."


def test_a_c1_control_after_a_utf8_lead_letter_is_no_mac_letter() -> None:
    """Latin-1 shows UTF-8 "ˀ" (CB 80) as "Ë\x80": between letters, byte 80 alone would be
    MacRoman "Ä", but after "Ë" it ends a UTF-8 character (Caddo "Inikuˀtiˀtiˀ")."""
    assert demojibake.fix("InikuË\x80tiË\x80tiË\x80") == "Inikuˀtiˀtiˀ"


def test_a_c1_control_ending_a_word_is_the_dos_letter_where_cp1252_shows_no_closing_sign() -> None:
    """cp850 shown by Latin-1: byte 84 is "ä" in cp850 and "„", which opens a quote, in
    cp1252; Finnish ends words with "ä" ("Vihreä"), and two such bytes are read together."""
    assert (
        demojibake.fix("Vihre\x84 noita isoja tuloksia, p\x84\x84!")
        == "Vihreä noita isoja tuloksia, pää!"
    )


def test_a_c1_control_ending_a_word_is_the_letter_where_only_that_makes_a_word() -> None:
    """Byte 85 is cp1252's "…", which words end with, and cp850's "à": Italian writes
    "società", and no language "societ"."""
    assert (
        demojibake.fix("Fondo inutile a contro corsi societ\x85!")
        == "Fondo inutile a contro corsi società!"
    )


def test_a_c1_ellipsis_after_a_word_of_the_lines_language_stays_an_ellipsis() -> None:
    """ "preguntarà" is Catalan, but "preguntar" is a Spanish word and the line is Spanish:
    byte 85 after it is cp1252's "…"."""
    assert demojibake.fix("Crear formación y preguntar\x85") == "Crear formación y preguntar…"


def test_c1_quotes_around_a_word_stay_quotes() -> None:
    """cp1252 shown by Latin-1: "\x93Hello\x94" is "“Hello”", not cp850's "ôHelloö", and
    "\x92s" after punctuation is "’s", not Spanish "ís"."""
    assert demojibake.fix("\x93Hello\x94 she said") == "“Hello” she said"
    assert demojibake.fix("Car copine!\x92s") == "Car copine!’s"


def test_a_no_break_space_inside_a_word_is_the_dos_letter_that_makes_it_a_word() -> None:
    """cp852 and cp850 have "á" at A0, which Windows codepages show as a no-break space:
    "n\xa0vrhy" and "spr\xa0vce" are Czech "návrhy" and "správce"."""
    assert (
        demojibake.fix("n\xa0vrhy hranici nebo snad n\xa0zor spr\xa0vce")
        == "návrhy hranici nebo snad názor správce"
    )


def test_a_no_break_space_after_a_one_letter_preposition_stays() -> None:
    """Czech typesetting binds "z" to its word: "z\xa0vody" is "z vody", though cp852
    reads "závody", a word too."""
    assert (
        demojibake.fix("centru rychleji z\xa0vody deseti?") == "centru rychleji z\xa0vody deseti?"
    )


def test_a_no_break_space_before_french_punctuation_stays() -> None:
    """French sets a no-break space before ":": "SUGGÉRÉS\xa0:" is no DOS "SUGGÉRÉSá"."""
    assert demojibake.fix("PAQUETS SUGGÉRÉS\xa0:") == "PAQUETS SUGGÉRÉS\xa0:"
    assert demojibake.fix("Copie_s\xa0:") == "Copie_s\xa0:"


def test_a_dos_word_shown_by_windows_letters_alone_is_read_where_it_is_a_common_word() -> None:
    """German "länder" in cp850 shown by cp852 is "lńnder": letters only, no sign tells
    the misread; the word list knows "ländern", and the letter model likes it better."""
    assert (
        demojibake.fix("Hoffe gedreht von lńndern zahlen schwanz sehr")
        == "Hoffe gedreht von ländern zahlen schwanz sehr"
    )


def test_a_dos_letter_shown_as_a_sign_starting_a_word_is_read_where_it_makes_a_word() -> None:
    """Catalan "índex" in cp850 shown by cp1252 is "¡ndex"; Spanish "¡Hola" is no word
    read so, and stays."""
    assert demojibake.fix("¡ndex partir?") == "índex partir?"
    assert demojibake.fix("¡Hola señor!") == "¡Hola señor!"


def test_a_word_of_latin_and_cyrillic_letters_is_read_as_koi8r_showed_it() -> None:
    """KOI8-R shows cp1252's small accented letters as Cyrillic capitals: Portuguese
    "padrão" as "padrЦo". No sign tells the misread; the word list knows "padrão"."""
    assert demojibake.fix("gravar padrЦo") == "gravar padrão"


def test_a_rare_word_one_letter_from_a_common_one_is_not_read_as_dos_text() -> None:
    """Czech "kladný" is no common word, and cp852 shown by cp1250 reads it "kladně",
    which is; but the letter model does not like that better, so it stays."""
    clean = "--%s vyžaduje kladný oktalový parametr"
    assert demojibake.fix(clean) == clean


def test_an_ellipsis_after_capitals_is_no_small_dos_letter() -> None:
    """cp852 reads "SOUBOR…" as "SOUBORů", a listed word in the wrong case."""
    assert demojibake.fix("Použití: %s PŘEPÍNAČ… SOUBOR…") == "Použití: %s PŘEPÍNAČ… SOUBOR…"


def test_a_word_in_capitals_is_not_read_as_dos_letters_for_letters() -> None:
    """Albanian "FORMULË" (no common word) would be cp850 shown by cp1252 for Spanish
    "FORMULÓ": in capitals the letters tell the model too little."""
    assert demojibake.fix("FORMULË STARMATH") == "FORMULË STARMATH"


def test_a_space_taken_for_a_lost_no_break_space_joins_words_into_a_common_word() -> None:
    """ "hài" in UTF-8 shown by cp1250 is "hĂ" and a no-break space; once that became a
    space, "hĂ i" is "hà i" or "hài", and only the second is a Vietnamese word."""
    assert (
        demojibake.fix("Xem clip hĂ i, phim hĂ i má»›i hay nháşĄt")
        == "Xem clip hài, phim hài mới hay nhất"
    )


def test_a_space_after_a_lost_no_break_space_stays_where_joining_makes_no_word() -> None:
    """French "à la" shown by cp1252, its no-break space lost, is "Ã la"; "àla" is no word,
    so the space stays."""
    assert (
        demojibake.fix("Il est allÃ© Ã la gare, voilÃ le train.")
        == "Il est allé à la gare, voilà le train."
    )


def test_a_space_inside_a_word_no_list_knows_is_taken_for_its_lost_no_break_space() -> None:
    """Catalan "hieràtic" and "Finlàndia" shown by cp1252, their no-break spaces become
    spaces: no list knows "hierà" nor the words joined, and "tic" after a space is no word's
    start the line needs. The join is the repair that needs no byte lost."""
    assert (
        demojibake.fix("hierÃ tic egipci, TailÃ ndia, FinlÃ ndia")
        == "hieràtic egipci, Tailàndia, Finlàndia"
    )


def test_a_word_starting_after_a_space_taken_for_a_lost_no_break_space_is_read_joined() -> None:
    """Yiddish "ניגעריע" shown by cp1252 starts with "× " (D7 A0, its no-break space
    become a space): the letter belongs to the word its line repairs after it."""
    assert demojibake.fix("× ×™×’×¢×¨×™×¢") == "ניגעריע"


def test_a_space_after_a_lost_no_break_space_stays_before_a_one_letter_word_or_a_capital() -> None:
    """Where spaces were squeezed, "LucÃ e" is "Lucà" and the word "e", and "BÃ¹kinÃ FasÃ²"
    two words, the second a name."""
    assert (
        demojibake.fix("Maria Grazia LucÃ e NicolÃ² CantÃ¹") == "Maria Grazia Lucà e Nicolò Cantù"
    )
    assert demojibake.fix("BÃ¹kinÃ FasÃ²") == "Bùkinà Fasò"
    assert (
        demojibake.fix("Ã perturber la rÃ©flexion des thÃ©ologiens jusqu'Ã nos jours")
        == "à perturber la réflexion des théologiens jusqu'à nos jours"
    )


def test_a_lone_misread_letter_before_a_lost_no_break_space_is_read_alone() -> None:
    """French "à" shown by cp1252 is "Ã" and a no-break space, become a space: no language
    writes "Ã" alone, so "Ã" before the next word's space is "à" with nothing else to vouch;
    and "Å kofja" is Slovene "Škofja", a listed word."""
    assert demojibake.fix("Relation un Ã  un") == "Relation un à un"
    assert demojibake.fix("Å kofja Loka") == "Škofja Loka"


def test_a_norwegian_a_before_a_word_stays() -> None:
    """Norwegian writes "Å" alone ("Å være"), and "Å ta" is no Serbian "Šta": its word
    after the space is too short to tell."""
    for clean in ("Å være eller ikke være", "Å ta vare på", "Å kjøpe bolig"):
        assert demojibake.fix(clean) == clean


def test_a_clean_word_beside_a_repair_is_not_joined_to_the_next() -> None:
    """cp1250 reads "áť" and a no-break space as one letter of Vietnamese, but "stáť" is
    clean Slovak beside the damaged "ktorĂ˝": nothing there was misread."""
    text = "bude stáť približne 9 miliónov, ktorĂ˝ zaťaží rozpočet"
    assert demojibake.fix(text) == "bude stáť približne 9 miliónov, ktorý zaťaží rozpočet"


def test_the_blank_braille_pattern_shown_by_cp1252_with_its_no_break_space_lost_is_read() -> None:
    """ "\u2800" (E2 A0 80) shown by cp1252 is "â", a no-break space and "€"; with that
    space become a plain one, "â €" beside other damage of the line is the blank again."""
    assert (
        demojibake.fix("â € Regulamento: â € As pessoas que marcarem nos comentÃ¡rios")
        == "\u2800 Regulamento: \u2800 As pessoas que marcarem nos comentários"
    )


def test_a_line_padded_with_blank_braille_patterns_stays() -> None:
    """Clean text that pads its lines with "\u2800" is no mojibake."""
    clean = "\u2800\u2800\u2800\nOlá, \u2800 tudo bem? \u2800\nДобрый день \u2800 ✨"
    assert demojibake.fix(clean) == clean


def test_a_legacy_reading_that_makes_a_lines_words_common_words_of_one_language_is_made() -> None:
    """Hungarian cp1250 shown by cp1252 is "Hõsök Lõrinc, ügyvezetõ" (F5 is "ő" in one and
    "õ" in the other): no language writes those words, Hungarian writes all three read."""
    assert demojibake.fix("Hõsök Lõrinc, ügyvezetõ igazgató") == "Hősök Lőrinc, ügyvezető igazgató"


def test_a_word_a_utf8_repair_also_explains_is_read_in_the_alphabet_that_won_its_line() -> None:
    """ "ßíè÷êî" could be UTF-8 with lost bytes, so each legacy reading of it is scored on its
    own, and the scorer alone likes cp1253's Greek "ίνθχκξ" best; but cp1251 won the line
    ("Ëèìîíàäîâ" is "Лимонадов"), and a line is misread one way."""
    clean = "919 Яничко Green Apt. 378, Лимонадовberg, IN 83713"
    assert demojibake.fix(clean.encode("cp1251").decode("cp1252")) == clean


def test_random_latin1_bytes_are_not_read_as_random_cyrillic() -> None:
    """Bytes A0-FF at random, shown by cp1252, are symbols and accented letters no language
    writes; cp1251 reads them as letters, more plainly to the scorer, but strung together as
    no language writes its words: no legacy reading is made of such a line."""
    noise = (
        "¸È¬÷ÁËØöÈøÐÓÒ¡Ê±\xa0ì°ÍåÕ¿ÑÕëªÕ·ºêÐÕè÷ÊÚÐÑâËÓÍúãôú¸Õúð\xad«Ê¦·§àëö®äß\xadôüµûÆÎÿï¯ÉÑÀ²¾å¡"
    )
    changes = demojibake.repair(noise).changes
    assert not [c for c in changes if c.chain[-1].encoding != "utf-8"]


def test_random_latin1_bytes_are_not_read_as_random_east_asian_characters() -> None:
    """Paired up, the same bytes are characters an East Asian codepage has, but ones its
    writers seldom write, strung together: no Big5 or cp949 reading is made of them."""
    noise = "àüí¶ÀªìæÎÃ¹ÎäõñóÊÈ¾ý±¯ºøñ¿ñõÉ²êÃ«öÊÆÙ¸¡ÅÄ¡Ãé¿áÛ²¡àÚ¼³ò÷¶Ø×¾£¿ÝÙÐ«´½ÇÂö«þ·ò·ØÄ£ìí"
    changes = demojibake.repair(noise).changes
    assert not [c for c in changes if c.chain[-1].encoding != "utf-8"]


@pytest.mark.parametrize(
    "noise",
    [
        # (Cyrillic: "ï¨\xad" is UTF-8 "鶴", and cp1251 would read the rest.)
        "ï¨\xad©áã±ÆðØ¨µ¯«Ç¦øÈÑÞéîÅ¿Ç¡ÆãþëßÚ¡¿ÀÞªÄÐëïÚ¯éöÔÁÐ\xadäþÑäð²úÜ²§·×â¿ùÂÌ«ý\xadöÔÕÕ¹÷ÿîÙ«ï",
        # (Hangul and Hanja in cp949.)
        "Ñºç¿¤¯¿ÝãïûÕ¤ßÂÚ°Æ·áúÃÐÝéÂ¹Þ½ÏÜÕýÁ´Çöò¥°¶êâ¯ëóîÁî¹ù\xadÅ½îéÓÓ¼Ø¤åûËÌØÄù´Îâç½«â¬ï¡ôî",
    ],
    ids=["cyrillic", "east-asian"],
)
def test_random_bytes_holding_utf8_are_not_read_in_a_legacy_codepage(noise: str) -> None:
    """Random bytes hold UTF-8 sequences by chance, and a word that a UTF-8 repair also
    explains is scored on its own: a legacy reading of such a word, letters strung together
    as no language writes them, is not made either."""
    # (A space: random bytes with no ASCII among them are searched for no UTF-8 at all, see
    # _noise_lines; beside ASCII, their UTF-8 sequences are repairs to judge.)
    changes = demojibake.repair(noise[:40] + " " + noise[40:]).changes
    assert not [c for c in changes if any(m.encoding != "utf-8" for m in c.chain)]


@needs_python_engine
def test_small_letters_of_a_word_that_reads_as_clean_text_are_not_scored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cp866 shows UTF-8 three-byte sequences as small Cyrillic letters ("тел" of "Телефон"
    is "⥫"): in a word that reads as clean text they are no candidate to score."""
    scored: list[str] = []
    real = _engine._score

    def spy(text: str, start: int, end: int, cand: _engine.Candidate, floor: float) -> float | None:
        scored.append(text[start:end])
        return real(text, start, end, cand, floor=floor)

    monkeypatch.setattr(_engine, "_score", spy)
    assert demojibake.fix("Телефон стоит на столе.") == "Телефон стоит на столе."
    assert scored == []


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        ("телефон", 0, 3, True),  # glued to "ефон", and the word reads as clean text
        ("далі ", 2, 5, True),  # (a lossy run's space, a no-break space it may have lost)
        ("так", 0, 3, False),  # the whole word: nothing says which it is
        ("Nextâžœ", 4, 7, False),  # "Nextâžœ" does not read as clean text
        ("ÃšTTEST", 0, 2, False),  # a capital: UTF-8's "Ã" of "Ú" in a word of capitals
        ("телефон" * 7, 7, 10, True),  # (read with up to 24 letters each side, ...)
        ("телефон" * 6 + "ГБ", 7, 10, True),  # (... so what lies beyond says nothing)
        ("телефон" + "ГБ" + "телефон", 7, 9, False),  # (a capital)
        ("ذ°ر€ذ°ذ± ر€ذ°ذ±", 2, 4, False),  # (no small letter, no letter without case: "€")
        ("القديمة،", 6, 8, True),  # (the Arabic comma after a word's own letters)
    ],
)
def test_a_run_inside_a_word_of_clean_text_is_told_apart(
    text: str, start: int, end: int, inside: bool
) -> None:
    assert _engine._inside_plain_word(text, start, end) is inside


@needs_python_engine
def test_a_reading_that_mixes_scripts_inside_most_words_is_not_judged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """French read as cp1251 or cp1253 puts Cyrillic or Greek letters among the Latin ones of
    every word ("Sociйtй"): no line of those codepages, and not worth the letter model's
    time. (cp1250's reading, "médiathčque", changes Latin for Latin: it is judged.)"""
    judged: list[str] = []
    real = _engine._judge_line

    def spy(
        text: str,
        words: list[tuple[int, int, str]],
        chain: tuple[demojibake.Misread, ...],
        *args: object,
        **kwargs: object,
    ) -> object:
        judged.append(chain[0].encoding)
        return real(text, words, chain, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_engine, "_judge_line", spy)
    # (Read by the engine, though the clean-line pass would pass it over: see _plain.)
    monkeypatch.setattr(_engine, "lines_to_read", lambda text: [(0, len(text))])
    line = "La Société Générale a rénové la médiathèque près de l'église."
    assert demojibake.fix(line) == line
    assert judged == ["cp1250"]


def test_a_legacy_reading_that_mixes_two_scripts_inside_words_is_no_reading() -> None:
    """Words of UTF-8 lead bytes alone, as cp1252 shows them, read through cp1256 as Arabic
    letters that price better than the accented letters shown; but cp1256 keeps French
    letters where cp1252 has them, and some words come out half Arabic, half Latin
    ("صىكçو"), which no text writes: the line is no cp1256 text."""
    line = "ÙÝí ÔãÝÚ ÝïØ æÄåÑØ æãÌ óØå ÇÚÉ ÆÏæ Õìßçæ åÜçìÒ ÎëÈÍÖ Ö ÌËÍ ÈåñÖ"
    changes = demojibake.repair(line).changes
    assert not [c for c in changes if c.chain[-1].encoding != "utf-8"]


def test_arabic_beside_a_french_word_is_still_read_through_cp1256() -> None:
    """Each word of one script, Arabic or Latin: the cp1256 reading stands."""
    arabic = "مرحبا بكم في مقهى café de Paris والقهوة الفرنسية"
    assert demojibake.fix(arabic.encode("cp1256").decode("cp1252")) == arabic


def test_one_word_that_mixes_scripts_is_still_read() -> None:
    """One word is too little to tell: Faker glues Bulgarian names to English endings."""
    assert demojibake.fix("ыЙОПstad") == "Шиноstad"  # (KOI8-R shown by cp1251)


def test_a_long_line_of_random_bytes_is_left_as_it_is() -> None:
    """Random bytes shown by cp1252 hold UTF-8 sequences by chance ("Ã°" is "ð"), which
    turned a line of noise into other noise ("å°¬" into "尬"): no repair at all now."""
    noise = "òâ¹Ã°êÓê¿µíþñíîçµÑÂ¢¢º¸âûÊùþûÃµµ²³ÛöðÎÞì¨ß÷ëèÍ±ë¿ìýÆÆúå°¬®öí®ïþßÁÔ¬¡ýÞÒùÉóï´¸¼·Ø"
    assert demojibake.repair(noise).changes == ()


@pytest.mark.parametrize(
    "noise",
    [
        # (cp949: Hangul and Hanja, 11.99 bits a character.)
        "¤ÛÕÁ¸»èÍíßøÅ´¹â£÷öóÄïª«àÙõóæ§çâñººµ×£ÂÆ¾¸Ì¾ôúéßð¾ó°ú²Ùã¤µÕÚ¾È¤ÂøäÆØÓäÕýä·¦üÅàÎÝË",
        # (GBK: 11.47 bits a character.)
        "Ê©òÑÕÈÖÓáÈ»¶Ýò¼Æ´óØÃÖÓäëÛ»Øº¦±»ßÚï¾£à®¨åËßÍþÞÑìÙðÑ¨Øéé¼ÇÖ¢Þ¶¼Ñéú¿ë°±Úè÷ÆßåÒ¯Åªºò",
    ],
    ids=["cp949", "gbk"],
)
def test_random_bytes_whose_east_asian_characters_are_a_little_commoner_are_no_reading(
    noise: str,
) -> None:
    """Random bytes paired up are characters far down their writers' list, a little less far
    in some lines than in most (see _STRUNG_RANK_BITS): still no East Asian reading."""
    changes = demojibake.repair(noise[:40] + " " + noise[40:]).changes  # (see above)
    assert not [c for c in changes if any(m.encoding != "utf-8" for m in c.chain)]


def test_a_legacy_reading_of_random_bytes_is_letters_strung_anyhow() -> None:
    """The measure the rule above reads: the letter model prices cp1251's reading of random
    bytes above _STRUNG_PER_PAIR a pair, and a Russian sentence's far below it."""
    noise = "¸È¬÷ÁËØöÈøÐÓÒ¡Ê±\xa0ì°ÍåÕ¿ÑÕëªÕ·ºêÐÕè÷ÊÚÐÑâËÓÍúãôú¸Õúð\xad«Ê¦·§àëö®äß"
    russian = "Если вы забыли пароль, нажмите «Восстановить доступ»"
    for text, strung in ((noise, True), (russian.encode("cp1251").decode("cp1252"), False)):
        read = text.encode("cp1252").decode("cp1251")
        words = [(m.start(), m.end(), read[m.start() : m.end()]) for m in re.finditer(r"\S+", text)]
        assert _engine._letter_gain(text, words, [True] * len(words))[4] is strung


def test_one_word_that_a_legacy_reading_makes_common_does_not_decide_a_line() -> None:
    """Scottish Gaelic "Tìle" read as cp1250 is Czech "těle", a common word; but the list
    holds no Gaelic, and one word is no line."""
    assert demojibake.fix("Innis Tìle") == "Innis Tìle"


def test_a_word_a_weak_utf8_repair_explains_is_read_with_its_iso_8859_2_line() -> None:
    """MacRoman reads Polish "czê¶æ" (ISO 8859-2 shown by cp1252) as UTF-8 "榮", too weak to
    be made; the rest of the line decides for ISO 8859-2, which makes the word "część"."""
    clean = (
        "Ładny specjalny źródło stanowić ciągle lekki budowa. "
        "Żaden część po prostu narodowy lecieć gwiazda."
    )
    assert demojibake.fix(clean.encode("iso-8859-2").decode("cp1252")) == clean


def test_one_listed_word_decides_a_line_whose_other_words_tell_its_language() -> None:
    """ "nevû" is Hungarian "nevű" in cp1250 shown by cp1252, too short to decide alone;
    beside "Adjon meg egy új jelszót", which is Hungarian, it does."""
    clean = "Adjon meg egy új jelszót <strong>%(username)s</strong> nevű felhasználónak."
    assert demojibake.fix(clean.encode("cp1250").decode("cp1252")) == clean


def test_one_listed_word_beside_words_of_many_languages_does_not_decide_a_line() -> None:
    """Sardinian "Isterlina de" fits Italian, Spanish and Slovenian alike: it tells no
    language, and "Sant'Èlena" is no Slovenian "Sant'Člena"."""
    assert demojibake.fix("Isterlina de Sant'Èlena") == "Isterlina de Sant'Èlena"


def test_the_line_language_chooses_iso_8859_2_over_cp1250() -> None:
    """ "¾" is "ž" in ISO 8859-2 and "ľ" in cp1250; Slovak writes "Poloľka" about as well
    as "Položka", but the line's other words are Czech, which writes only "Položka"."""
    clean = "Položka typu %(model)s s hodnotou %(field)s rovnou %(value)r neexistuje."
    assert demojibake.fix(clean.encode("iso-8859-2").decode("latin-1")) == clean


def test_a_join_makes_a_word_only_of_letters() -> None:
    """cp1250 reads clean Polish "ęś" and a space as UTF-8 "꜠" that lost its no-break space;
    a symbol between "g" and "studiować" makes no word, whatever the list says of
    "studiować", and the UTF-8 damage later in the line vouches for no such join."""
    clean = "Szereg gęś studiować złoto. Figura kraina wspólny tysiąc."
    damaged = clean[:35] + misread(clean[35:], "cp1252")
    assert damaged.endswith("wspÃ³lny tysiÄ…c.")
    assert demojibake.fix(damaged) == clean


def test_a_join_into_a_common_word_is_made_beside_a_repair_of_the_same_misread() -> None:
    """ "TÃ i" may be capitals, "TÃ", so alone it is no repair; beside "khoáº£n", UTF-8
    shown by cp1252 too, it is Vietnamese "Tài" with its no-break space become a space."""
    assert demojibake.fix("TÃ i khoáº£n") == "Tài khoản"
    assert demojibake.fix("TÃ i khoản") == "TÃ i khoản"


def test_runs_of_one_word_that_each_look_worse_beside_the_others_are_read_together() -> None:
    """Kikuyu "Gĩthũngũ" shown by ISO 8859-2 is "GÄŠthĹŠngĹŠ": beside the others' damage each
    run scores below nothing, the word read whole far above."""
    clean = "Kĩarabu, Gĩthũngũ, Kĩcaina, Gĩgĩkũyũ, Kĩnjabani"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-2")) == clean


def test_a_tie_between_a_letter_and_a_symbol_goes_to_the_letter_of_a_common_word() -> None:
    """ "Ăˇ" is "á" shown by cp1250 and "÷" shown by ISO 8859-2; the scorer likes both, but
    Spanish writes "está"."""
    assert demojibake.fix("Esta cuenta estĂˇ inactiva.") == "Esta cuenta está inactiva."


def test_a_tie_goes_to_the_codepage_the_lines_other_repairs_agree_on() -> None:
    """ "Ĺľ" is "ž" shown by cp1250 only (ISO 8859-2 reads it "ŵ"), so the line was shown
    by cp1250, and its "Ăˇ" is "á" too, not ISO 8859-2's "÷"."""
    assert demojibake.fix("platnĂˇ moĹľnost") == "platná možnost"


def test_a_word_two_codepages_read_is_read_by_the_one_its_line_was_shown_by() -> None:
    """ "ë©Ž" is "면" shown by ISO 8859-15 and the rarer "멎" shown by cp1252; every other
    word of the line shows ISO 8859-15, so this one does too."""
    clean = "이번 주말에 시간 되면 같이 영화 보러 갈래?"
    assert demojibake.fix(clean.encode("utf-8").decode("iso-8859-15")) == clean


def test_a_line_whose_repairs_no_one_codepage_shows_is_left_as_it_is() -> None:
    """UTF-8 shown by cp1252 three times and then lower-cased reads, span by span, as
    MacRoman, cp850 and cp1252 damage: garble of no one misread, which is refused."""
    garbled = "Zürich—Genève ™"
    for _ in range(3):
        garbled = garbled.encode("utf-8").decode("cp1252", errors="replace")
    garbled = garbled.lower()
    assert demojibake.fix(garbled) == garbled


def test_clean_words_are_not_read_by_another_codepage_than_their_lines_damage() -> None:
    """ "сайÑ‚" is "сайт" whose "т" shows as cp1252 shows it; "сай" read by cp866 is one
    Mongolian letter, a reading no codepage shares with the "т"."""
    assert demojibake.fix("сайÑ‚").startswith("сай")


def test_a_repair_the_language_overrules_does_not_speak_for_its_codepage() -> None:
    """ "ĹĄ" is cp1250 "ť" or ISO 8859-2 "š"; the language settles "nejvýše", and only then
    does the line say which codepage its "ĂĄ" was shown by: ISO 8859-2, "á"."""
    assert (
        demojibake.fix("IdentifikĂĄtor (nejvĂ˝ĹĄe X znakĹŻ)") == "Identifikátor (nejvýše X znaků)"
    )


def test_an_alphabet_whose_utf8_pairs_up_into_rare_chinese_characters_is_read_as_utf8() -> None:
    """Ossetian "сӕйраг" shown by cp437 is "╤ü╙ò╨╣╤Ç╨░╨│", which GBK also reads, as six
    characters; but an alphabet's UTF-8 lines up as UTF-8 always, GBK text seldom."""
    assert demojibake.fix("URL-╤ï ╤ü╙ò╨╣╤Ç╨░╨│ ╤ü╨╗╙ò╤ê ╨╜╙ò╨╣.") == "URL-ы сӕйраг слӕш нӕй."


def test_no_repair_makes_code_points_that_hold_no_characters() -> None:
    """ "Ò§Ñ§Û§ß§" (GBK Cyrillic shown by cp1252) holds bytes that MacRoman would make
    UTF-8 of U+64124 and U+E49E4: planes 4 to 13 hold nothing and plane 14 only tags."""
    fixed = demojibake.fix("§Ò§Ñ§Û§ß§Ñ.")
    assert not any("\U00040000" <= c <= "\U000dffff" or "\U000e01f0" <= c for c in fixed)


def test_a_one_letter_word_before_a_no_break_space_is_not_taken_for_mojibake() -> None:
    """Russian typography puts a no-break space after a one-letter preposition; "В" and a
    no-break space are also UTF-8's no-break space shown by cp1251, but clean text keeps
    its word."""
    for clean in ("В\u00a0Москве холодно.", "Он сказал: В\u00a0Москве. В\u00a0Питере."):
        assert demojibake.fix(clean) == clean


def test_a_one_letter_word_before_a_no_break_space_is_read_beside_the_same_misread() -> None:
    """Beside Russian shown by cp1251 the same "В" and no-break space is a no-break space."""
    assert demojibake.fix("В\u00a0РњРѕСЃРєРІРµ") == "\u00a0Москве"


def test_an_abbreviation_repeated_is_not_read_as_small_letters() -> None:
    """ "ГБ" twice is two letters of evidence, not four, and KOI8-R would read the quotes
    around it as line art ("⌠ца■"): the Kazakh line stays."""
    clean = "20 ГБ көп 20 123 “ГБ”"
    assert demojibake.fix(clean) == clean


def test_esperanto_letters_are_as_plain_as_any_languages() -> None:
    """Esperanto's "ĝ" shown by cp437 is "─¥", which cp850 would read as Slovak "ľ"; its
    letters count as a living language's, not as a legacy codepage's leftovers."""
    assert (
        demojibake.fix("Enigu ─¥ustaforman IPv4- a┼¡ IPv6-adreson.")
        == "Enigu ĝustaforman IPv4- aŭ IPv6-adreson."
    )


def test_russian_in_gbk_shown_by_cp1252_is_read_as_cyrillic_not_as_big5_hanzi() -> None:
    """GBK keeps Cyrillic in one row (A7 and a second byte), which cp1252 shows as "§" and a
    letter; Big5 pairs the same bytes into common hanzi ("妥快忍我"), but letters of one
    alphabet from pairs that all start alike are the reading."""
    clean = "Теги шаблонов"
    assert demojibake.fix(clean.encode("gbk").decode("cp1252")) == clean


def test_cyrillic_in_big5_is_not_read_as_greek_by_a_western_codepage() -> None:
    """Big5's Cyrillic starts with C7 ("Ç" to Latin-1): cp1253 reads "ÇèÇÓÇÍ" as "ΗθΗΣΗΝ",
    an accident of the pairs, which Big5 reads as "яке"."""
    clean = "True яке False"
    assert demojibake.fix(clean.encode("big5").decode("latin-1")) == clean


def test_russian_in_cp949_shown_by_cp437_is_repaired() -> None:
    """cp949 keeps Cyrillic in row AC, which cp437 shows as "¼" and a letter or line art."""
    clean = "Здравей, свят. Москва"
    assert demojibake.fix(clean.encode("cp949").decode("cp437")) == clean


def test_a_gbk_apostrophe_shown_by_latin1_is_read_back_inside_an_english_line() -> None:
    """GBK's "’" is A1 AF, which Latin-1 shows as "¡¯": no Western word holds it between
    two letters."""
    clean = "You don’t have permission to view or edit anything."
    assert demojibake.fix(clean.encode("gbk").decode("latin-1")) == clean


def test_gbk_quotes_around_a_word_are_read_back_as_quotes() -> None:
    """ "¡°X¡±" is GBK "“X”" shown by cp1252: two pairs that start alike and make only the
    quotes of Western text are evidence enough in a line of one word."""
    clean = "Nilai “X” harus berupa True atau False."
    assert demojibake.fix(clean.encode("gbk").decode("cp1252")) == clean


def test_an_accented_letter_from_gbk_pinyin_row_is_read_back() -> None:
    """GBK keeps "á" with the pinyin letters, A8 A2: cp1252 shows it as "¨¢"."""
    clean = "Esta cuenta está inactiva."
    assert demojibake.fix(clean.encode("gbk").decode("cp1252")) == clean


def test_cp1251_quotes_shown_by_koi8r_as_line_art_are_read_back() -> None:
    """KOI8-R shows cp1251's “, ” and ’ as "⌠", "■" and "▓": a line whose only changes
    are such symbols read as marks where text sets them is repaired."""
    clean = "“It’s not a bug,” she said, “it’s a feature.”"
    assert demojibake.fix(clean.encode("cp1251").decode("koi8-r")) == clean


def test_one_symbol_that_would_be_a_dash_is_left_between_letters() -> None:
    """ "√" is cp1251's en dash shown by KOI8-R, but "x√y" is also a root: one mark is
    not enough to read a line."""
    assert demojibake.fix("x√y") == "x√y"


def test_mojibake_lower_cased_after_the_misread_is_repaired_in_small_letters() -> None:
    """Lower-casing turns "Ã" (C3) into "ã" (E3), so "cafã©" is no UTF-8 as it stands;
    with the capital put back it is "café", lower-cased as its line is."""
    clean = "Café crème brûlée, déjà vu à Paris"
    damaged = clean.encode("utf-8").decode("cp1252").lower()
    assert demojibake.fix(damaged) == clean.lower()


def test_lower_cased_cyrillic_mojibake_is_repaired() -> None:
    """ "ðÿñ€ð¸ð²ðµñ‚" is "Привет" shown by cp1252 and lower-cased: "ÿ" was "Ÿ", 9F, which
    alone continues the sequence."""
    assert demojibake.fix("ðÿñ€ð¸ð²ðµñ‚, ðºð°ðº ð´ðµð»ð°?") == "привет, как дела?"


def test_a_lower_cased_emoji_is_repaired() -> None:
    """An emoji's lead F0 is "ð" either way; its 9F, "Ÿ", became "ÿ"."""
    assert demojibake.fix("great job ðÿ˜€ see you") == "great job 😀 see you"


def test_lower_case_cyrillic_shown_by_cp1252_is_not_read_as_lower_cased_mac_utf8() -> None:
    """ "âîîáùå", Russian "вообще" in cp1251 shown by cp1252, is MacRoman's UTF-8 "唔睌" once
    "â" and "á" are put back as capitals; MacRoman text is seldom lower-cased afterwards."""
    clean = "в москве и вообще"
    assert demojibake.fix(clean.encode("cp1251").decode("cp1252")) == clean


def test_clean_lower_case_text_beside_a_closing_guillemet_is_kept() -> None:
    """ "ã»" would be "û" were "ã" a lower-cased "Ã", but "«irmã»" is Portuguese: nothing
    else in the line is mojibake, and the word reads as it stands."""
    assert demojibake.fix("a «irmã» e a «mamã» chegaram") == "a «irmã» e a «mamã» chegaram"


def test_a_c1_sign_after_a_line_of_latin1_letters_is_no_lower_cased_utf8() -> None:
    """ "ä\x99" would be "ę" were "ä" a lower-cased "Ä" (C4 99), but "ylöspäin" holds
    letters no UTF-8 run explains: the line is cp1252 text shown by Latin-1."""
    assert (
        demojibake.fix("ylöspäin oy:n sinulla kotona yhtenä\x99 muuta")
        == "ylöspäin oy:n sinulla kotona yhtenä™ muuta"
    )


def test_a_lone_c1_dash_after_an_accented_letter_is_no_lower_cased_utf8() -> None:
    """ "é\x97" would be "ɗ" were "é" a lower-cased "É" (C9 97); alone, at a word's end,
    byte 97 is cp1252's dash."""
    assert demojibake.fix("y nos porqué\x97 nada") == "y nos porqué— nada"


def test_japanese_glued_to_an_identifier_is_not_read_as_big5_amid_other_japanese() -> None:
    """ "が" (Big5 C6 B0) is also UTF-8 "ư", but the rest of the line is Japanese that no
    reading explains: UTF-8 read as Big5 would leave none."""
    clean = "X.allow_futureがFalseであるため、未来のXは利用できません。"
    assert demojibake.fix(clean) == clean


def test_chinese_glued_to_an_acronym_is_not_read_as_cp932() -> None:
    """ "站点" after "HTTPS" is cp932 bytes of "⋓_": the line's other hanzi stay as they are."""
    clean = "您看到此消息是由于HTTPS站点需要您的浏览器发送 'Referer header'"
    assert demojibake.fix(clean) == clean


def test_a_lone_hanzi_after_a_product_name_is_not_read_as_archaic_greek() -> None:
    """ "告" is GBK B8 E6, UTF-8 of "ͱ", a letter no alphabet uses now: a reading of one
    character that is all its line holds must make a common one."""
    assert demojibake.fix("iPhone告") == "iPhone告"


@pytest.mark.parametrize("clean", ["iPhoneが", "史spin", "Max款", "iPad上", "TV체", "Dataあbase"])
def test_no_stray_letter_is_read_from_east_asian_glued_to_a_western_word(clean: str) -> None:
    """Japanese, Chinese and Korean glue their words to Western ones: "が" after "iPhone"
    is Big5 for UTF-8 "ư", but no language writes "iPhoneư" (nor "ʷspin", "Maxγ", "iPad߾",
    "TVü" or "DataƦbase")."""
    assert demojibake.fix(clean) == clean


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [("Caf茅", "Café"), ("perch猫", "perchè"), ("Z眉rich", "Zürich"), ("CAF횋", "CAFÉ")],
)
def test_a_western_word_with_one_letter_read_as_east_asian_is_still_repaired(
    damaged: str, expected: str
) -> None:
    """ "茅" is GBK for UTF-8 "é": a letter the word's language writes, in its case."""
    assert demojibake.fix(damaged) == expected


def test_a_lone_ordinal_sign_read_as_gbk_is_still_repaired() -> None:
    """ "2ª" in UTF-8 read as GBK is "2陋": the reading is one of Latin-1's signs."""
    assert demojibake.fix("Carrera 2陋 # 94L-29 Sur") == "Carrera 2ª # 94L-29 Sur"


def test_a_gbk_misread_segment_beside_correct_chinese_is_repaired() -> None:
    """ "浣犲ソ" is "你好" read as GBK; "中文" beside it is Chinese that no reading explains,
    but a reading of two characters is evidence enough (only one is held to its line)."""
    assert demojibake.fix("中文: 浣犲ソ") == "中文: 你好"


def test_traditional_chinese_that_lines_up_as_utf8_in_cp932_is_kept() -> None:
    """ "讀取資" ("read data") is cp932 bytes of UTF-8 "椎掑", but all three are characters
    Traditional Chinese writes most: a word of one language as it stands."""
    clean = "如果未指定檔名，則從標準輸入讀取資料，壓縮的"
    assert demojibake.fix(clean) == clean


def test_chinese_is_not_read_as_digits_of_another_script() -> None:
    """ "命名" is cp949 bytes of UTF-8 "٤٣", Arabic-Indic digits, amid Chinese that no
    reading explains."""
    clean = "格式名称将以标准输出STDOUT命名。而格式项目将包括了好几个连续横行。"
    assert demojibake.fix(clean) == clean


def test_a_kana_after_a_western_word_is_not_read_as_a_lone_letter() -> None:
    """ "が" is Big5 bytes of UTF-8 "ư"; a word of one Vietnamese letter between a bracket
    and the end of the line is no word."""
    clean = "(page tables, kernel stack, struct task_struct) が"
    assert demojibake.fix(clean) == clean


def test_a_cyrillic_letter_alone_in_half_width_kana_is_still_repaired() -> None:
    """ "ﾐｸ" is "и" read as cp932: two characters that make one letter are evidence."""
    assert demojibake.fix("ﾐｸ") == "и"


def test_german_umlaut_before_a_letter_is_not_read_as_a_cp932_quote() -> None:
    """cp437 shows cp932's "’" (81 66) as "üf": a pair of letters is no pair of symbols."""
    clean = "Drehzahlbegrenzung des Lüfters. Die Lüftergeschwindigkeit steigt langsam an,"
    assert demojibake.fix(clean) == clean


def test_turkish_windows_text_shown_by_western_windows_is_repaired() -> None:
    """cp1254 puts "ı ş ğ İ" where cp1252 has "ý þ ð Ý"."""
    damaged = "Ýstanbul'da bir kýz þarký söylüyor, dað baþý."
    assert demojibake.fix(damaged) == "İstanbul'da bir kız şarkı söylüyor, dağ başı."


def test_turkish_capitals_shown_by_western_windows_are_repaired() -> None:
    """The letter model folds "İ" as Turkish does, to "i", not to "i" and a dot."""
    assert demojibake.fix("DÝKKAT! ISLAK ZEMÝN") == "DİKKAT! ISLAK ZEMİN"


def test_turkmen_consonant_y_is_not_read_as_turkish_dotted_i() -> None:
    """Turkmen "ý" is a consonant before vowels; Turkish keeps "ı" and "İ" from them."""
    for clean in ("Demirgazyk Ýewropa", "Keramatly Ýelena adasy"):
        assert demojibake.fix(clean) == clean


def test_icelandic_is_not_read_as_turkish() -> None:
    """ "þ", "ð" and "ý" are Icelandic letters before they are cp1254's "ş", "ğ", "ı"."""
    clean = "Þú ert að fara heim, sagði hún við mig í gær."
    assert demojibake.fix(clean) == clean


def test_polish_iso_8859_2_shown_as_latin1_is_repaired() -> None:
    """ISO 8859-2 "ą ś ź" are Latin-1 "± ¶ ¼", which cp1250 leaves as signs."""
    damaged = "W pi±tek i ¶rodê idziemy do ¼ród³a."
    assert demojibake.fix(damaged) == "W piątek i środę idziemy do źródła."


def test_slovak_iso_8859_2_is_read_as_iso_8859_2_where_its_letters_read_better() -> None:
    """ "¾ivot ïal¹í" is cp1250 "ľivot ďaląí" and ISO 8859-2 "život ďalší"."""
    damaged = "Podµa zákona je ¾ivot ïal¹í."
    assert demojibake.fix(damaged) == "Podľa zákona je život ďalší."


def test_croatian_iso_8859_2_is_read_as_iso_8859_2_where_its_letters_read_better() -> None:
    """ "predlo¹ci" is cp1250 "predloąci" and ISO 8859-2 "predlošci" (templates); and Polish
    "M¹ka" stays cp1250's "Mąka", though ISO 8859-2's "Mška" reads a little better."""
    assert demojibake.fix("Hrvatski predlo¹ci") == "Hrvatski predlošci"
    assert demojibake.fix("M¹ka") == "Mąka"


def test_a_line_iso_8859_2_reads_better_is_not_left_to_cp1250_on_a_near_verdict() -> None:
    """ "Serb¹æina" is cp1250 "Serbąćina" and ISO 8859-2 "Serbšćina" (Sorbian); both lines
    win about equally on their letters, and the letter model prefers ISO 8859-2's."""
    assert demojibake.fix("Serb¹æina") == "Serbšćina"


def test_a_line_only_iso_8859_2_reads_letters_of_is_judged_though_it_reads_plainly() -> None:
    """ "©kofja" is Slovene "Škofja" in ISO 8859-2 shown by Latin-1; cp1250 reads "©" as
    it stands. Each word reads plainly, "©" being a sign beside a word, so only the line's
    judge can tell: its ISO 8859-2 reading must reach it."""
    damaged = "Cesta v Mestni log 27, 8655 ©kofja Loka"
    assert demojibake.fix(damaged) == "Cesta v Mestni log 27, 8655 Škofja Loka"


def test_a_line_iso_8859_2_reads_with_a_control_character_is_not_iso_8859_2() -> None:
    """ "œ" is byte 9C: cp1250's "ś", a C1 control in ISO 8859-2, which no text holds; the
    line is Polish in cp1250, however well ISO 8859-2 reads its other words."""
    damaged = "aragoñski, Bia³oruœ, Francuskie Terytoria Po³udniowe i Antarktyczne, azerbejd¿añski"
    expected = "aragoński, Białoruś, Francuskie Terytoria Południowe i Antarktyczne, azerbejdżański"
    assert demojibake.fix(damaged) == expected


def test_polish_cp1250_is_not_read_as_iso_8859_2() -> None:
    """ "j¹dra" is cp1250 "jądra" and ISO 8859-2 "jšdra": the commoner codepage reads it."""
    damaged = "binarnego pliku j¹dra (/usr/src/linux/vmlinux), mo¿na za pomoc¹ GDB"
    expected = "binarnego pliku jądra (/usr/src/linux/vmlinux), można za pomocą GDB"
    assert demojibake.fix(damaged) == expected


def test_the_micro_sign_is_not_read_as_slovak_l_with_caron() -> None:
    """ "µ" is ISO 8859-2 "ľ", but Unicode calls it a letter and cp1250 reads it so."""
    clean = "Chip pitch: 50 µm, tolerance ±2 µm"
    assert demojibake.fix(clean) == clean


def test_a_word_holding_utf8_is_no_iso_8859_2_evidence() -> None:
    """ "CÊ¼hw" is Breton "Cʼhw" in UTF-8 shown by cp1252, and "Frañs" is as it should be."""
    assert demojibake.fix("CÊ¼hw Frañs") == "Cʼhw Frañs"


def test_utf8_of_a_letter_no_alphabet_lists_is_read_with_its_iso_8859_2_line() -> None:
    """ "á¹»" is UTF-8 of "ṻ", which no alphabet lists, and Czech "plášť" in ISO 8859-2 shown
    by Latin-1, as the rest of its line is."""
    damaged = "Zvlá¹», kdy¾ pí¹e¹ dopis, je to krásné."
    assert demojibake.fix(damaged) == "Zvlášť, když píšeš dopis, je to krásné."


def test_a_word_with_a_run_read_as_an_unlisted_letter_is_repaired_with_its_line() -> None:
    """ "GÊ¦L¡" holds UTF-8 of "ʦ" (an IPA digraph), but it is Polish "GĘŚLĄ" in its line."""
    assert demojibake.fix("ZA¯Ó£Æ GÊ¦L¡ JA¬Ñ") == "ZAŻÓŁĆ GĘŚLĄ JAŹŃ"


def test_utf8_shown_by_koi8_u_is_repaired_and_named() -> None:
    """KOI8-U shows the last byte of "д ж з н" as "ґ і ї є" where KOI8-R draws boxes
    ("пҐ" of "н"): the words that hold one are read as KOI8-U, the others as KOI8-R."""
    clean = "Київ — столиця України, ґанок і їжак"
    result = demojibake.repair(clean.encode("utf-8").decode("koi8-u"))
    assert result.text == clean
    named = {c.after: c.explanation for c in result.changes}
    assert named["ґанок"] == "UTF-8 read as KOI8-U"


def test_utf8_shown_by_the_central_european_dos_codepage_is_repaired() -> None:
    """A Czech or Polish console shows UTF-8 in cp852: "─Ź" is "č", "┼é" is "ł"."""
    clean = "Zażółć gęślą jaźń, Příliš žluťoučký kůň"
    result = demojibake.repair(clean.encode("utf-8").decode("cp852"))
    assert result.text == clean
    assert "UTF-8 read as cp852" in {c.explanation for c in result.changes}


def test_ukrainian_koi8_u_shown_by_cp1251_is_repaired_and_named() -> None:
    """KOI8-U has "і ї є ґ" where KOI8-R draws boxes; words that hold them say KOI8-U."""
    clean = "Якщо використано разом із list-dependencies, можна скористатися"
    result = demojibake.repair(clean.encode("koi8_u").decode("cp1251"))
    assert result.text == clean
    named = {c.after: c.explanation for c in result.changes}
    assert named["із"] == "KOI8-U read as cp1251"
    assert named["можна"] == "KOI8-R read as cp1251"


@pytest.mark.parametrize("shown_as", ["cp1252", "latin-1"])
def test_russian_koi8_r_shown_by_western_software_is_repaired_and_named(shown_as: str) -> None:
    """KOI8-R puts its small letters where Latin-1 has capitals: "ðÒÉ×ÅÔ" is "Привет"."""
    clean = "Привет, мир! Добро пожаловать на наш сайт."
    result = demojibake.repair(clean.encode("koi8_r").decode(shown_as))
    assert result.text == clean
    assert {c.explanation for c in result.changes} == {"KOI8-R read as cp1252"}


@pytest.mark.parametrize(
    ("clean", "encoding"),
    [
        ("Die Mädchen sind hübsch und fröhlich.", "cp1252"),
        ("¿Dónde está la estación de autobuses? ¡Qué lío!", "cp1252"),
        ("Urpupolku 897, 25553 Hausjärvi", "cp1252"),
        ("Dixon v gramu nabídku tvoří až třetina uvnitř", "cp1250"),
    ],
)
def test_western_windows_text_shown_by_russian_windows_is_repaired(
    clean: str, encoding: str
) -> None:
    """cp1251 shows cp1252's and cp1250's letters as Cyrillic ones: "Mдdchen" is "Mädchen"."""
    assert demojibake.fix(clean.encode(encoding).decode("cp1251")) == clean


def test_western_fields_of_a_csv_line_shown_by_russian_windows_are_each_read() -> None:
    """ "йves;Pйcs" is two fields, each in its case: "éves;Pécs"."""
    clean = "Tűzhely, 2 éves;Pécs;65 000 Ft"
    assert demojibake.fix(clean.encode("cp1250").decode("cp1251")) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "A cidade é grande e a ponte também.",
        "Cuir an bainne ann agus corraigh é go mall, a Mháire.",
    ],
)
def test_a_letter_alone_in_a_western_line_russian_windows_showed_is_read_with_it(
    clean: str,
) -> None:
    """Portuguese and Irish "é" alone is cp1251's "й", read as the line's other words are."""
    assert demojibake.fix(clean.encode("cp1252").decode("cp1251")) == clean


def test_a_letter_alone_that_western_codepages_read_apart_is_left_to_itself() -> None:
    """French "à" is cp1251's "а" in cp1252 and "ŕ" in cp1250, and "allé" reads alike in
    both: nothing says which, so "а" stays as it is rather than be guessed."""
    damaged = "Il est allé à Paris".encode("cp1252").decode("cp1251")
    assert demojibake.fix(damaged) == "Il est allé а Paris"


@pytest.mark.parametrize("clean", ["Hausjärvi", "Anna Hofstätter"])
def test_one_western_letter_koi8_r_showed_in_a_latin_word_is_a_reading(clean: str) -> None:
    """KOI8-R shows cp1252's small letters as Cyrillic capitals ("HausjДrvi"): one in a
    Latin word is no one's writing, and the word is read however few letters it changes."""
    assert demojibake.fix(clean.encode("cp1252").decode("koi8-r")) == clean


@pytest.mark.parametrize("clean", ["Zoë Smith", "Noël"])
def test_a_cyrillic_capital_like_a_latin_one_amid_small_letters_is_koi8_r_s(clean: str) -> None:
    """ "К" looks like "K", but no one writes it amid small letters to look Latin: "ZoК" is
    "Zoë" that KOI8-R showed. (Written so to look Latin, "Gеrmаn" is not read: see below.)"""
    assert demojibake.fix(clean.encode("cp1252").decode("koi8-r")) == clean


@pytest.mark.parametrize(
    "clean",
    ["Gеrmаn", "пpивeт", "фанати основана iншi знадобилося", "Таgалоgча", "%liд %liч %liс"],
)
def test_cyrillic_mixed_with_latin_letters_is_not_read_as_western_text(clean: str) -> None:
    """Latin spelt with Cyrillic letters that look alike, Cyrillic with Latin ones, Tatar
    with a Latin "g", a Russian unit after a printf conversion: written so, not shown so."""
    assert demojibake.fix(clean) == clean


@pytest.mark.parametrize("clean", ["Привет, мир! Добро пожаловать.", "«Москва» — столица"])
def test_russian_windows_text_shown_by_a_dos_console_is_repaired(clean: str) -> None:
    """cp866 shows cp1251's letters as its own and as line art: "╧ЁштхЄ" is "Привет"."""
    assert demojibake.fix(clean.encode("cp1251").decode("cp866")) == clean


@pytest.mark.parametrize("clean", ["Еўра WIR", "%liд %liч %liм %liс"])
def test_cyrillic_is_not_read_as_cp1251_shown_by_cp866_into_signs(clean: str) -> None:
    """A cp1251 reading of cp866's letters that makes signs of them is no reading: "Еўра"
    is Belarusian, not "…ча\xa0"."""
    assert demojibake.fix(clean) == clean


def test_hebrew_windows_text_is_not_read_as_koi8_r_capitals() -> None:
    """cp1255 Hebrew shown by cp1252 is small Latin-1 letters, which KOI8-R reads as
    Cyrillic capitals: "àìé÷éí" is "אליקים", not "ЮЛИВИМ"."""
    assert demojibake.fix("úîëúé äôòéìåú") == "תמכתי הפעילות"


def test_a_latin1_letter_in_a_line_of_cyrillic_is_not_read_as_cp1251() -> None:
    """A line that holds Cyrillic was not shown by cp1252, so its "ê" is no "к"."""
    clean = "352\t234\tEA\tê\tЛАТИНСКАЯ СТРОЧНАЯ БУКВА «E» С ШЛЯПОЙ"
    assert demojibake.fix(clean) == clean


def test_units_after_numbers_are_no_evidence_of_a_misread() -> None:
    """ "кБ" (kilobytes) after a number reads as "Лв" in KOI8-R, a common word, but a unit's
    case says nothing: the line is left as written."""
    clean = "-3      2800 кБ    1300 кБ       850 кБ    860338"
    assert demojibake.fix(clean) == clean


def test_a_unit_is_still_read_with_its_line() -> None:
    """ "5 МЕФ" is "5 лет" in KOI8-R shown by cp1251: the rest of the line decides for it."""
    damaged = "Ему 5 МЕФ, ПО ХЦЕ ИПТПЫП ЮЙФБЕФ."
    assert demojibake.fix(damaged) == "Ему 5 лет, он уже хорошо читает."


def test_a_lone_czech_capital_y_with_acute_is_not_read_as_turkish() -> None:
    """ "VOLNÝ" ends in a letter cp1254 reads as "İ"; one changed letter is no Turkish line."""
    clean = "VOLNÝ vydal vydal"
    assert demojibake.fix(clean) == clean


def test_a_word_cp1252_and_iso_8859_15_read_apart_goes_to_the_commoner_misread() -> None:
    """ "Ã€" is "À" shown by cp1252 and "ä" shown by ISO 8859-15; cp1252 is by far the
    commoner reader, so a short line takes its reading, and German words still read."""
    assert demojibake.fix("Ã€ propos") == "À propos"
    assert demojibake.fix("Ã€ la carte") == "À la carte"
    assert demojibake.fix("GrÃ€fin KÃ€se aus MÃŒnchen") == "Gräfin Käse aus München"


def test_one_turkish_word_the_list_knows_decides_a_cp1254_line_shown_by_cp1252() -> None:
    """cp1254 reads "ı ş ğ" where cp1252 shows "ý þ ð", letters only Turkish and
    Azerbaijani write: "hatasý" is no word, "hatası" a common Turkish one."""
    assert demojibake.fix("Sunucu hatasý") == "Sunucu hatası"
    assert demojibake.fix("Düzgün domen adý daxil edin.") == "Düzgün domen adı daxil edin."


def test_one_word_of_accented_letters_read_as_a_listed_cyrillic_word_decides_its_line() -> None:
    """A word of accented Latin letters only, which no Latin alphabet writes, is Russian
    "Июнь" in cp1251 (a word the list knows); Greek "Θώνό" in cp1253 is none. The same in
    Greek, where a sign is a letter too."""
    assert demojibake.fix("Èþíü") == "Июнь"
    assert demojibake.fix("÷èåò") == "χθες"  # (Greek "yesterday", its "χ" shown as "÷")


def test_a_weak_utf8_repair_does_not_keep_a_listed_cyrillic_word_from_its_reading() -> None:
    """ "Òèï" is also UTF-8 for "㊋" shown by cp850, which reads only a little better than
    the word: cp1251's "Тип" (type), a common word, is the reading; and Bulgarian "Нов."."""
    assert demojibake.fix("Òèï") == "Тип"
    assert demojibake.fix("Íîâ.") == "Нов."


def test_a_short_word_of_accented_letters_no_list_knows_in_cyrillic_stays() -> None:
    """ "Áïö" (Bulgarian "Бпц", an abbreviation) is a word no list knows in any reading, and
    also MacRoman's UTF-8 "畚": three letters alone are not enough to take it from that."""
    assert demojibake.fix("Áïö") == "Áïö"


def test_a_line_s_words_the_list_knows_tell_the_letter_model_its_language() -> None:
    """ "prst skrz krk" are too few letters for the letter model to tell Czech by, but the
    word list knows them as Czech words, and Czech writes "Strč", not "Strè"; "Grzegorz" is a
    Polish word, and Polish writes "Brzęczyszczykiewicz" (ISO 8859-2 shown by Latin-1)."""
    assert demojibake.fix("Strè prst skrz krk.") == "Strč prst skrz krk."
    assert demojibake.fix("Grzegorz Brzêczyszczykiewicz") == "Grzegorz Brzęczyszczykiewicz"


def test_one_short_listed_word_decides_a_line_whose_words_the_list_knows() -> None:
    """Romanian "Arată" is a common word, but one word alone decides a cp1250 line only at
    six letters: "totul" is a Romanian word the list knows, which tells the line's language
    where the letter model has too few letters to."""
    assert demojibake.fix("Aratã totul") == "Arată totul"


def test_a_short_word_beside_a_word_in_capitals_tells_no_language() -> None:
    """French capitals "MODÈLE ODS": "ods" is a Czech word the list knows, but "ODS" in
    capitals is more likely an abbreviation, and tells no language to read "MODČLE" in."""
    assert demojibake.fix("MODÈLE ODS") == "MODÈLE ODS"


def test_a_line_whose_words_the_list_mostly_lacks_tells_no_language_by_them() -> None:
    """Gaelic: "ach" and "chan" are also Czech, Slovak and Polish words, but the list knows
    few of the line's words, so its "à" is not read as cp1250's "ŕ"."""
    text = "Chan fhaod ach litrichean, àireamhan, puingean, fo-loidhnichean, tàthanan"
    assert demojibake.fix(text) == text


def test_a_turkish_word_beyond_the_commonest_decides_a_cp1254_line_shown_by_cp1252() -> None:
    """ "fabrikaları" (factories) is one of Turkish's known words, not its common ones: the
    list knows it where a line's legacy reading asks."""
    assert demojibake.fix("Tekstil Fabrikalarý") == "Tekstil Fabrikaları"


def test_a_czech_word_beyond_the_commonest_decides_a_cp1250_line_shown_by_cp1252() -> None:
    """ "průmyslový" (industrial) is a known Czech word: "Prùmyslový" is no word at all."""
    assert demojibake.fix("Prùmyslový design") == "Průmyslový design"


def test_a_turkish_line_shown_by_cp1252_is_read_by_the_letter_model_alone() -> None:
    """ "Ondalık" and "tamsayı" are no common words the list holds, but "ı" is a letter only
    Turkish and Azerbaijani write, and a line that writes no other beyond ASCII reads as
    Turkish far better with it than as any language with "ý"."""
    assert demojibake.fix("Ondalýk sayý") == "Ondalık sayı"
    assert demojibake.fix("Küçük tamsayý") == "Küçük tamsayı"
    assert demojibake.fix("Yeni parolayý girin") == "Yeni parolayı girin"


def test_a_short_turkish_line_shown_by_cp1252_is_read_by_the_letter_model() -> None:
    """ "Parola onayý" holds one changed letter: "onayı" reads as Turkish some 15 bits
    better than "onayý" reads in any language, enough where the letter is one only Turkish
    and Azerbaijani write (_OWN_LETTERS_SURE)."""
    assert demojibake.fix("Parola onayý") == "Parola onayı"
    assert demojibake.fix("Kaportacý") == "Kaportacı"


def test_a_turkish_word_the_list_knows_is_not_outweighed_by_its_letters() -> None:
    """ "değil" prices a little dearer letter by letter than "deðil"; the list knows it."""
    assert demojibake.fix("“%(path)s” mevcut deðil") == "“%(path)s” mevcut değil"


def test_turkmen_consonant_y_after_a_vowel_is_not_read_as_turkish_dotless_i() -> None:
    """Turkmen "aýmara" and "koýra" hold "ý" after a vowel; Turkish never puts "ı" there."""
    clean = "awar dili, azerbaýjan dili, açeh dili, aýmara dili, aýn dili"
    assert demojibake.fix(clean) == clean


def test_a_czech_line_is_not_read_as_turkish_by_the_letter_model() -> None:
    """Czech and Slovak "ý" read as cp1254 is "ı", but their words read worse as Turkish."""
    for clean in ("Malý princ", "Vysoký hrad", "Horný Bar"):
        assert demojibake.fix(clean) == clean


def test_one_long_polish_word_the_list_knows_decides_a_cp1250_line_shown_by_cp1252() -> None:
    """ "Wrzesieñ" is no word of any language; cp1250 reads Polish "Wrzesień" (September),
    long enough to be no coincidence."""
    assert demojibake.fix("Wrzesieñ") == "Wrzesień"


def test_a_short_word_of_a_language_the_list_lacks_stays_though_cp1250_reads_a_listed_one() -> None:
    """Venetian "Èlena" read as cp1250 is "Člena", a common Czech word; five letters are
    too few to tell, and the list holds no Venetian."""
    assert demojibake.fix("sterlina de Sant’Èlena") == "sterlina de Sant’Èlena"


def test_a_czech_or_icelandic_word_stays_though_cp1254_reads_a_turkish_word_of_it() -> None:
    """Czech "malý" read as cp1254 is Turkish "malı", but the list knows "malý" as it
    stands; Icelandic "það" and "Þetta" read as nothing the list knows."""
    for clean in ("malý", "dobrý den", "Þetta er það sem ég vil"):
        assert demojibake.fix(clean) == clean


def test_a_utf8_letter_inside_a_legacy_word_does_not_split_it() -> None:
    """Ukrainian "пі" in KOI8-U shown by cp1251 is "Р¦", also UTF-8's "Ц" so shown: read
    so, "ХУР¦ЫОП" would stay damaged around it; the line reads as KOI8-U, "успішно"."""
    assert demojibake.fix("рБТПМШ ХУР¦ЫОП ЪН¦ОЕОП.") == "Пароль успішно змінено."


def test_a_space_between_words_of_another_misread_is_no_lost_no_break_space() -> None:
    """ "С " is UTF-8's "Ѡ" shown by cp1251 with its no-break space become a space; but in
    "Р¦УМС РПМХДОС" both words are KOI8-U, "після полудня", and the space is theirs."""
    assert demojibake.fix("Р¦УМС РПМХДОС") == "після полудня"


def test_a_utf8_letter_beside_a_bare_letter_of_its_script_does_not_split_a_legacy_word() -> None:
    """KOI8-R "Всё" shown by cp1251 is "чУЈ", and "УЈ" is also UTF-8's Tajik "ӣ"; but text
    misread as UTF-8 shows "ч" as a pair too, so "чӣ" is no reading."""
    text = "Привет, как дела? Всё хорошо".encode("koi8-r").decode("cp1251")
    assert demojibake.fix(text) == "Привет, как дела? Всё хорошо"


def test_a_russian_looking_word_follows_its_ukrainian_line_read_as_koi8() -> None:
    """In KOI8-U Ukrainian shown by cp1251, a word without "і ї є ґ" reads the same as
    KOI8-R: "ЛПТЕЛФОХ" is "коректну" beside "Введіть" and "тривалість", one misread."""
    assert demojibake.fix("чЧЕД¦ФШ ЛПТЕЛФОХ ФТЙЧБМ¦УФШ.") == "Введіть коректну тривалість."


def test_a_utf8_symbol_beside_bare_letters_does_not_split_a_legacy_word() -> None:
    """cp866 "тем" (E2 A5 AC) is also UTF-8's "⥬": inside "вҐ¬\xa0в\xa0" shown by cp1251
    it would leave "в" bare, which text misread as UTF-8 never shows alone."""
    text = "Смени темата (настояща тема: светла)".encode("cp866").decode("cp1251")
    assert demojibake.fix(text).startswith("Смени темата (настояща ")


def test_a_latin_1_sign_after_a_letter_and_a_is_read() -> None:
    """ "N°" and "Nº" in UTF-8 shown by cp1252 are "NÂ°" and "NÂº": no word ends in "Â"
    before a degree sign or an ordinal, though "NÂ" reads like capitals."""
    assert demojibake.fix("Calle 9 NÂ° 2420") == "Calle 9 N° 2420"
    assert demojibake.fix("el NÂº 5") == "el Nº 5"


def test_a_listed_word_wins_its_span_from_a_likelier_reading_of_no_word() -> None:
    """ "ÃŽ" is cp1252's "Î" and ISO 8859-15's "ô": the scorer likes "L'ôle" better, but
    French writes "Île", and cp1252 is the commoner misread."""
    assert demojibake.fix("L'ÃŽle-de-France") == "L'Île-de-France"


def test_a_double_misread_goes_to_the_likelier_chain_of_misreads() -> None:
    """Asturian "pequeñu" misread by cp1252 twice is "pequeÃƒÂ±u"; misread by MacRoman and
    then cp1252, the same span would be "̱" (U+0331), and the two read about as well. A
    chain is as likely as its least likely misread."""
    assert demojibake.fix("Enteru pequeÃƒÂ±u") == "Enteru pequeñu"


def test_a_double_misread_keeps_a_words_letter_rather_than_a_math_sign() -> None:
    """Slovak "vybraná" misread by cp1250 twice is "vybranÄ‚Ë‡"; undone through ISO 8859-2
    on the way, its last letter reads as "÷", a sign no word ends in."""
    assert demojibake.fix("%(total_count)s vybranÄ‚Ë‡") == "%(total_count)s vybraná"


def test_ukrainian_shown_by_cp1252_is_not_read_as_greek_for_a_split_letter() -> None:
    """cp1253 reads "Êõìåðñüêà" as "Κυμεπρόκΰ", whose "ΰ" the letter model once priced as a
    plain "υ" ending a word; it is Ukrainian "Кхмерська" in cp1251."""
    assert demojibake.fix("Êõìåðñüêà") == "Кхмерська"


def test_a_word_does_not_end_in_a_division_sign() -> None:
    """ "Ăˇ" is UTF-8 "á" shown by cp1250 and "÷" shown by ISO 8859-2; in "PrĂ\xadjazdnĂˇ"
    both readings make "í" of "Ă\xad", and only the word's letter ends it plausibly."""
    assert demojibake.fix("PrĂ\xadjazdnĂˇ 487") == "Príjazdná 487"
    assert demojibake.fix("5Ă—3") == "5×3"


def test_a_short_korean_word_follows_the_repairs_of_its_line() -> None:
    """Korean cp949 shown by cp1252: "³×ÀÓ½ºÆäÀÌ½º" is "네임스페이스", though UTF-8 also
    explains parts of it, and the short "ºä" beside it is "뷰", not cp1251's "єд"."""
    text = "%(name)s 네임스페이스 뷰".encode("cp949").decode("cp1252")
    assert demojibake.fix(text) == "%(name)s 네임스페이스 뷰"


def test_a_short_korean_word_is_not_read_as_another_codepage_than_its_line() -> None:
    """ "(À¯)" is cp949 "(유)" and GBK "(蜡)"; the Korean reading wins its line, so GBK's
    reading of the word, scored on its own, does not take it."""
    assert demojibake.fix("(À¯) ¸ðµÎ³Ø½ºÆ®Ç×°ø") == "(유) 모두넥스트항공"


def test_a_space_before_an_opening_bracket_is_no_lost_no_break_space() -> None:
    """UTF-8 "Р" is D0 A0, which cp1251 shows as "Р" and a no-break space: "ЦЕНТР (МОСКВА)"
    could have lost one, but two listed words with a bracket between are no one word."""
    for clean in ("ЦЕНТР (МОСКВА)", "ДОЛАР (США)", "МАКАО (КИНА)"):
        assert demojibake.fix(clean) == clean


def test_a_space_before_a_placeholder_is_no_lost_no_break_space() -> None:
    """Capitals of Django's messages: "СО %(FIELD)S" is "СО" and a placeholder."""
    clean = "%(MODEL)S ИНСТАНЦА СО %(FIELD)S %(VALUE)R НЕ ПОСТОИ."
    assert demojibake.fix(clean) == clean


def test_a_lost_no_break_space_before_a_comma_is_still_read() -> None:
    """ "voilÃ ," is "voilà," whose no-break space became a space: a comma follows a word."""
    assert demojibake.fix("Et voilÃ , tout est prêt.") == "Et voilà, tout est prêt."


def test_capitals_are_not_read_as_small_letters_that_hold_a_box_drawing() -> None:
    """KOI8-R shows cp1251's "І" as "╡": Ukrainian "ДЕДІ" is no "дед╡"."""
    assert demojibake.fix("ДЕДІ") == "ДЕДІ"


def test_capitals_are_not_read_as_koi8_where_their_line_has_letters_cp1251_lacks() -> None:
    """Kazakh "ЖЕКЕ МАҒЛҰМАТ": cp1251 has no "Ғ" or "Ұ", so it showed nothing here."""
    assert demojibake.fix("ЖЕКЕ МАҒЛҰМАТ") == "ЖЕКЕ МАҒЛҰМАТ"


def test_capital_y_acute_inside_a_word_of_capitals_is_not_read_as_turkish() -> None:
    """cp1254 reads "Ý" as "İ", which the letter model and the word list fold to "i":
    Slovak "ŠVÝCARSKÝ" is then Croatian "švicarski", and "GUYANSKÝ" Polish."""
    for clean in ("ŠVÝCARSKÝ FRANK", "GUYANSKÝ DOLAR", "KUWEÝT"):
        assert demojibake.fix(clean) == clean


def test_turkish_capital_i_shown_as_y_acute_at_a_words_start_is_still_read() -> None:
    assert demojibake.fix("Avusturya Ýngilizcesi") == "Avusturya İngilizcesi"


def test_short_words_of_a_line_in_capitals_tell_its_language() -> None:
    """In a line of capitals, "SUÍ" is a word, not an abbreviation: its "Í" says the line
    is no Romanian, and "TETÃMA" is no "TETĂMA"."""
    clean = "TETÃMA SU-ITA FRÃSA SUÍ"
    assert demojibake.fix(clean) == clean


def test_letters_of_one_alphabet_are_not_read_as_lower_cased_mojibake_alone() -> None:
    """Slovak "dĺžka" holds "ĺž", which lower-casing could have made of ISO 8859-2's "Ĺž",
    UTF-8 "ž"; nothing else in the text says it did."""
    clean = "symbolický odkaz s nulovou dĺžkou"
    assert demojibake.fix(clean) == clean


def test_letters_before_a_u_fffd_are_not_lost_to_it() -> None:
    """Belarusian "уп" before a U+FFFD is cp866's E3 AF, a UTF-8 sequence short of its last
    byte; reading it so would only lose two letters of a word."""
    for clean in (
        "Ці павінен адлюстроўвацца паказальнік уп\ufffdрадкаваньня",
        "Як разьмяркоўваюцца кнопачкі ў каробке. М\ufffdгчымыя значэньні",
    ):
        assert demojibake.fix(clean) == clean


def test_a_lone_hanzi_is_not_read_as_one_letter_of_another_alphabet() -> None:
    """ "小" is GBK D0 A1, UTF-8 "С"; "为" GBK CE AA, UTF-8 "Ϊ": alone, they are Chinese.
    Korean "키" is cp949 C5 B0, UTF-8 "Ű", a capital no language writes alone."""
    for clean in ("小", "progcomp_insert: %s: COMPSPEC 为 NULL", "%.*s 上", "키 ID"):
        assert demojibake.fix(clean) == clean


def test_hanzi_amid_a_sentence_of_hanzi_are_not_read_as_utf8() -> None:
    """ "讀取套" is cp932 bytes of UTF-8 "椎擅", amid Traditional Chinese that no reading
    explains."""
    for clean in ("正在讀取套件清單", "讀取套件檔標頭失敗"):
        assert demojibake.fix(clean) == clean


def test_an_ordinal_indicator_is_not_read_as_a_letter_of_another_codepage() -> None:
    """ "nºs" (números) and "2ª" are how Portuguese and Spanish write them; cp1250 reads
    "º" as "ş", which a word would have where it is mojibake ("Bucureºti")."""
    for clean in ("omitir nºs de linha ao ouvir", "Nº 5, 2ª planta"):
        assert demojibake.fix(clean) == clean
    assert demojibake.fix("Bucureºti, 1º") == "Bucureşti, 1º"


def test_one_letter_of_a_cyrillic_word_is_not_read_as_utf8_alone() -> None:
    """Uzbek "Рўйхат" holds "Рў", cp1251's D0 A2, UTF-8 "Т"; UTF-8 Cyrillic shown by
    cp1251 turns every letter of a word into two, and the letters after it are as written."""
    for clean in ("Рўйхатдаги қиймат", "_Тўхтатиш"):
        assert demojibake.fix(clean) == clean


def test_a_cyrillic_letter_glued_to_small_letters_is_still_read_as_utf8() -> None:
    """ "асебуанРѕ": a capital after small letters is mojibake's, UTF-8 "о"."""
    assert demojibake.fix("асебуанРѕ") == "асебуано"


def test_letters_of_a_word_are_not_read_as_a_symbol_amid_its_other_letters_alone() -> None:
    """ "уОБКРЕТ" is KOI8-R "Снайпер" shown by cp1251; its "уОБ" is also cp866's E3 8E 81,
    UTF-8 "㎁", which would leave "㎁КРЕТ": a symbol amid a word's letters, with no other
    repair of the text to vouch for that misread."""
    assert demojibake.fix("уОБКРЕТ") == "Снайпер"


def test_a_lost_byte_the_scorer_reads_as_either_of_two_marks_is_the_commoner_mark() -> None:
    """cp1252 leaves 8D and 81 undefined, so UTF-8 shown by it loses the last byte of the
    virama (E0 A5 8D) and of the vowel sign "ु" (E0 A5 81) alike; the scorer and the
    letter model price them alike, and text writes the virama far more often."""
    damaged = "मल्होत्रा Group".encode().decode("cp1252", "ignore")
    assert demojibake.fix(damaged) == "मल्होत्रा Group"


def test_a_lost_indic_byte_is_the_character_words_write_between_its_neighbours() -> None:
    """The virama is the commoner mark, but Hindi writes "दुल" where it writes no "द्ल":
    "दुलारी" lost the 81 of its vowel sign "ु" to a "?" (see _guess_by_triples)."""
    damaged = "सुन्दर दुलारी".encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert demojibake.fix(damaged) == "सुन्दर दुलारी"


def test_a_u_fffd_in_indic_text_is_filled_where_the_letters_beside_it_tell() -> None:
    """ "त्त" is a conjunct Hindi and Nepali write far more often than "तुत": the U+FFFD a
    lenient decoder left of the virama's 8D is filled in."""
    damaged = "महोत्तरी".encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == "महोत्तरी"


def test_a_lost_indic_byte_is_no_code_point_its_script_leaves_unassigned() -> None:
    """Bengali's E0 A7 8F and E0 A7 90 are no characters (U+09CF, U+09D0): they are no
    rivals of the virama that "স্ট" writes."""
    damaged = "অপারেশনস জিওলজিস্ট".encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == "অপারেশনস জিওলজিস্ট"


def test_a_lost_byte_is_no_mark_where_the_scorer_reads_a_letter_as_well() -> None:
    """Persian "ف" is D9 81 and the dammatan "ٌ" D9 8C: where "?" stands for the lost 81,
    the marks' counts say nothing against a letter (see _guess_by_marks)."""
    damaged = "ایفیکی، یونانی".encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert demojibake.fix(damaged) == "ایفیکی، یونانی"


def test_letters_of_no_one_alphabet_are_read_as_a_symbol_glued_to_a_word() -> None:
    """ "âžœ" is cp1252's E2 9E 9C, UTF-8 "➜": no language writes "ž" beside "â" and "œ",
    so they are no letters of the word "Next", and ISO 8859-15's "⸽" of the same bytes does
    not take their place."""
    assert demojibake.fix("Nextâžœ") == "Next➜"


def test_two_letters_of_a_word_are_not_read_as_a_modifier_sign_alone() -> None:
    """ "Лі" is cp1251's CB B3, UTF-8 "˳"; "Л’" CB 92, "˒"."""
    for clean in ("Шукати ШАБЛОНИ у кожному ФАЙЛі.", "Л’Акуила"):
        assert demojibake.fix(clean) == clean


def test_a_lost_no_break_space_is_not_guessed_inside_a_word() -> None:
    """ "В" is cp1251's C2, the lead of UTF-8's no-break space; "ДјВу" is Serbian DjVu."""
    assert demojibake.fix("ДјВу слика") == "ДјВу слика"


def test_abbreviations_joined_by_slashes_stay_capitals() -> None:
    """ "ПНМ/ПБМ/ПГМ/ППМ" (image formats) is four abbreviations, not a word of twelve
    capitals that KOI8-R would read as small letters."""
    assert demojibake.fix("ПНМ/ПБМ/ПГМ/ППМ") == "ПНМ/ПБМ/ПГМ/ППМ"


def test_slovak_capitals_are_not_read_as_turkish() -> None:
    for clean in ("NEPLATNÝ REGULÁRNY VÝRAZ", "PRAVÝ CTRL AKO PRAVÝ ALT"):
        assert demojibake.fix(clean) == clean


def test_a_line_holding_s_caron_reads_its_other_letters_as_cp1250() -> None:
    """cp1252 shows cp1250's "š" as "š" and its "č" as "è": "Hoètitš" and "kreolšæina"
    are Central European text, where Western text seldom holds "š" at all."""
    assert demojibake.fix("Schwizer Hoètitš") == "Schwizer Hočtitš"
    assert demojibake.fix("Louisiana kreolšæina") == "Louisiana kreolšćina"


def test_letters_that_lines_holding_s_caron_write_are_not_read_as_cp1250() -> None:
    """Finnish writes "tšagatai" beside "São Tomé"; Estonian "õ" beside "šokolaad"; Czech
    "Sališské" beside a French name, which reads no better as "Cśur d'Alčne"."""
    for clean in (
        "Väli-Amerikka, tšagatai, tšamilainen, São Tomé ja Príncipe, šarada",
        "Salasõna ei tohi olla šokolaad",
        "Sališské (Cœur d'Alène)",
    ):
        assert demojibake.fix(clean) == clean


def test_an_s_caron_of_utf8_mojibake_does_not_read_a_line_as_cp1250() -> None:
    """ISO 8859-15 shows UTF-8 "è" as "Ãš": that "š" is no letter the line writes, so it
    says nothing of Corsican "hindì", which cp1250 would read as "hindě"."""
    damaged = "hindì (latinu), d’aprile, d’aostu, Republica d’Africa Centrale, Trinidad Ãš Tobago"
    assert "hindì" in demojibake.fix(damaged)


def test_a_sign_that_reads_as_a_letter_at_a_words_end_counts_as_a_letter() -> None:
    """ISO 8859-2's "ł" is Latin-1's "³": the letter model left "z³" a letter shorter than
    "zł", so the reading always cost more; now "³" counts as a letter no language writes."""
    clean = "Oscypek wędzony;Zakopane;15,50\xa0zł"
    assert demojibake.fix(clean.encode("iso-8859-2").decode("latin-1")) == clean


def test_a_lost_no_break_space_is_not_read_as_a_small_letter_amid_capitals() -> None:
    """Vietnamese capitals "NĂ I": cp1250's "Ă" and a space would be UTF-8 "à" whose
    no-break space was lost, but a word of capitals holds no "à" ("À" is C3 80)."""
    assert demojibake.fix("ĐỒNG ĐI-NĂ I-RẮC") == "ĐỒNG ĐI-NĂ I-RẮC"


def _proposal_at(start: int, end: int, after: str) -> _engine._Proposal:
    cand = _engine.Candidate(after, (), lossy=False)
    return _engine._Proposal(start, end, cand, 1.0, frozenset())


def test_only_lines_whose_chosen_repairs_changed_are_judged_again() -> None:
    """A window ends at its line (see _window): a pass of _choose scores anew only in the
    lines where a repair was chosen or dropped since the pass before."""
    text = "CafÃ©\nnaÃ¯ve\nrÃ©sumÃ©"
    breaks = [5, 12]
    kept, added = _proposal_at(3, 5, "é"), _proposal_at(14, 16, "é")
    assert _engine._changed_lines(text, [kept], [kept, added], breaks) == [False, False, True]
    assert _engine._changed_lines(text, [kept, added], [added], breaks) == [True, False, False]


def test_a_repair_reading_a_line_break_makes_every_line_judged_again() -> None:
    """A reading that holds a line break joins lines in the windows around it."""
    text = "CafÃ©\nnaÃ¯ve"
    joined = _proposal_at(3, 5, "é\n")
    assert _engine._changed_lines(text, [], [joined], [5]) is None


def test_placeholders_do_not_tell_the_language_of_their_line() -> None:
    """The letters of "%(max_length)s" or "{count}" are code, not words: counted as words,
    "max" and "length" made a Turkish line read as German, where "ı" is no letter."""
    for clean in (
        "Kısıtlama (en fazla %(max_length)s)",
        "Bağlantı {count} öğe",
        "Yığın (%(max_length)s)",
    ):
        assert demojibake.fix(clean.encode("cp1254").decode("cp1252")) == clean


def test_iso_8859_2_is_read_over_cp1250_where_only_it_makes_a_listed_word() -> None:
    """ "¾" is ISO 8859-2 "ž" and cp1250 "ľ": Slovenian "težka" is a common word, "teľka" is
    none, and the line's other words are ASCII."""
    clean = "Knjiga je težka"
    assert demojibake.fix(clean.encode("iso-8859-2").decode("cp1252")) == clean


def test_a_reading_that_unlists_a_word_its_rival_lists_is_not_preferred() -> None:
    """ISO 8859-2's "pištek" lists no word where cp1250's "piątek" is Polish; a line where
    one reading gains a listed word and loses another says nothing either way."""
    assert not _engine._lists_more(["piątek"], ["pištek"])
    assert not _engine._lists_more(["piątek", "teľka"], ["pištek", "težka"])
    assert _engine._lists_more(["teľka"], ["težka"])


def test_an_east_asian_reading_of_rare_characters_loses_to_a_plain_word() -> None:
    """Greek shown by cp1252 pairs up into Hanja as cp949, which Korean seldom writes
    ("刀雛套邑"); a Taiwanese name pairs up into rare kanji and kana as cp932."""
    assert demojibake.fix("Σουαχίλι".encode("cp1253").decode("cp1252")) == "Σουαχίλι"
    assert demojibake.fix("陳文賢".encode("big5").decode("cp1252")) == "陳文賢"


def test_rare_characters_count_against_an_east_asian_reading() -> None:
    """Above _RARE_BITS a reading's characters are evidence against it."""
    assert _engine._common_evidence("刀雛套邑", "cp949") < 0


def test_lines_cp1250_reads_alike_are_not_told_as_iso_8859_2() -> None:
    # cp1250 reads "Istoèna" as ISO 8859-2 does: only cp1250 is told the line's language.
    text = "Istoèna Evropa je velká"
    _, plain = _engine._suspect_words(text, _engine._lined_words(text), "cp1252", {})
    assert _engine._told_lines(text, "cp1250", "cp1252", plain)
    assert not _engine._told_lines(text, "iso-8859-2", "cp1252", plain)


@given(st.text(alphabet=st.sampled_from("Ïðèâåò ¹æ³ÆÊ€ŠšŽž©«»abc"), min_size=1, max_size=12))
def test_single_byte_word_reading_reads_each_run_as_legacy_candidate_does(word: str) -> None:
    # (The translation table stands for reading each run on its own.)
    for encoding in ("cp1251", "cp1250", "iso-8859-2", "cp1253", "cp1254"):
        expected, pos = [], 0
        for start, end in find_legacy_suspects(word, "cp1252", False):
            legacy = legacy_candidate(word[start:end], encoding, "cp1252")
            assert legacy is not None
            expected += [word[pos:start], legacy.text]
            pos = end
        assert _engine._word_reading(word, encoding, "cp1252") == "".join(expected) + word[pos:]


@given(st.text(alphabet=st.sampled_from("Ã©Ö¤½ÊÇ°¡ºä¸êµ¿ab"), min_size=1, max_size=8))
def test_multibyte_text_is_the_text_of_the_legacy_candidate(span: str) -> None:
    for encoding in ("gbk", "big5", "cp932", "cp949"):
        legacy = legacy_candidate(span, encoding, "cp1252")
        assert multibyte_text(span, encoding, "cp1252") == (None if legacy is None else legacy.text)


@pytest.mark.parametrize(
    ("encoding", "line"),
    [
        ("cp1251", "Ïðèâåò ÆÊ³ÆÊ€ abc ¹æ³ 1º nºs"),
        ("cp1250", "Ïðèâåò ÆÊ³ÆÊ€ abc ¹æ³ 1º nºs"),
        ("iso-8859-2", "Ïðèâåò ÆÊ³ÆÊ€ abc ¹æ³ 1º nºs"),
        ("gbk", "Öé¤½ ÊÇ°¡ºä abc Ïðèâåò nºs"),
        ("big5", "Öé¤½ ÊÇ°¡ºä abc Ïðèâåò nºs"),
        ("cp949", "Öé¤½ ÊÇ°¡ºä abc Ïðèâåò nºs"),
        ("gbk", "Öé¤½ ¹æ³"),  # (no GBK text at all: nor is the line)
    ],
)
def test_line_readings_read_each_word_as_word_reading_does(encoding: str, line: str) -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    words = _engine._line_readings(line, spans, encoding, "cp1252")
    expected = [_engine._word_reading(line[ws:we], encoding, "cp1252") for ws, we in spans]
    if None in expected:
        assert words == []
        return
    changed = [
        (ws, we, reading)
        for (ws, we), reading in zip(spans, expected, strict=True)
        if reading != line[ws:we] and not _engine._ORDINAL.search(line[ws:we])
    ]
    assert words == changed
    assert words


@given(st.text(alphabet=st.sampled_from("nN.1º ª(s-x"), max_size=8))
def test_ordinal_is_what_the_ordinal_pattern_finds(word: str) -> None:
    assert _engine._ordinal(word) == bool(_engine._ORDINAL.search(word))


def test_candidates_with_the_same_fields_are_equal_and_hash_alike() -> None:
    chain = _engine.one_misread("utf-8", "cp1252")
    a = _engine.Candidate("é", chain, lossy=False, evidence=1)
    assert a == _engine.Candidate("é", chain, False, False, 1, False)
    assert hash(a) == hash(_engine.Candidate("é", chain, lossy=False, evidence=1))
    assert a != _engine.Candidate("é", chain, lossy=False, evidence=2)


def test_a_proposal_with_new_chains_or_preference_keeps_everything_else() -> None:
    p = _engine._Proposal(3, 5, _engine.Candidate("é", (), lossy=False), 4.5, frozenset(), True)
    chains = frozenset({_engine.one_misread("utf-8", "cp1252")})
    for q, changed in ((p.with_chains(chains), "chains"), (p.with_preferred(1.5), "preferred")):
        assert getattr(q, changed) == (chains if changed == "chains" else 1.5)
        fields = (
            "start",
            "end",
            "cand",
            "delta",
            "chains",
            "needs_vouch",
            "whole_text",
            "preferred",
        )
        for field in fields:
            if field != changed:
                assert getattr(q, field) == getattr(p, field)


def test_utf8_read_as_cp1256_is_repaired() -> None:
    """Arabic web pages saved as UTF-8 and shown by Arabic Windows: "ط§ظ„" is "ال"."""
    assert demojibake.fix(misread("العربية", "cp1256")) == "العربية"


def test_utf8_read_as_cp874_is_repaired() -> None:
    """Thai Windows shows the lead byte E0 of Thai as "เ" and E0 B8 as "เธ"."""
    clean = "ภาษาไทย ง่ายนิดเดียว"
    assert demojibake.fix(misread(clean, "cp874")) == clean


def test_clean_persian_with_non_joiners_is_unchanged() -> None:
    """ "ط\u200c" is D8 9D in cp1256, UTF-8 for "؝": a Persian word's own letter and joiner."""
    for clean in ("زیرخط\u200cدار", "بسط\u200cیافته است", "تعداد ردیف\u200cهای pixbuf"):
        assert demojibake.fix(clean) == clean


def test_clean_thai_runs_inside_words_are_not_scored() -> None:
    """cp874 shows bytes of UTF-8 sequences as Thai letters: "ุด" inside a Thai word is one,
    and no candidate of it reaches the scorer."""
    text = "แล้วช่วงบ่ายก็ปั่นจักรยาน ทุกวัน"
    runs = find_suspects(text, ("cp874",), True)
    assert runs  # (the text holds such runs)
    assert all(_engine._inside_plain_word(text, s.start, s.end) for s in runs)


def test_hebrew_cp1255_shown_as_cp1252_is_repaired() -> None:
    assert demojibake.fix("שלום לכולם".encode("cp1255").decode("cp1252")) == "שלום לכולם"


def test_a_lone_cyrillic_word_is_not_read_as_hebrew() -> None:
    """Chechen "шведийн" in cp1251 shown as cp1252 also reads as Hebrew in cp1255; Cyrillic
    shown so is far commoner."""
    assert demojibake.fix("шведийн".encode("cp1251").decode("cp1252")) == "шведийн"


@pytest.mark.parametrize(
    "clean",
    [
        "pattern = r'[a-zàâäéèêëîïôöùûüÿç]+'",  # letters grouped by the letter they accent
        "Vowels: áéíóú",  # the vowels with one accent
        "Les lettres éèêë",  # one letter with its accents
        'LATIN1 = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ"',  # in code-point order
        "àéîõü",  # five vowels, each with an accent
        "ÀÉÎÕÜ",  # the same, whose "ÀÉ" MacRoman shows for UTF-8 "˃"
    ],
)
def test_a_list_of_accented_letters_is_not_read_in_another_codepage(clean: str) -> None:
    """A list of accented letters is every codepage's letters in order: cp1251 read
    "[a-zàâäéèêë…]" as "[a-zавдйикл…]", cp932 "ÀÁÂÃ…" as Japanese."""
    assert demojibake.fix(clean) == clean


def test_letters_with_exponents_are_not_read_as_central_european_letters() -> None:
    """ "x³ y³" was read as ISO 8859-2 "xł ył": a letter with an exponent testifies for no
    reading; Polish words shown so are still read ("by³" is "był")."""
    assert demojibake.fix("x³ y³") == "x³ y³"
    assert demojibake.fix("a¹ b² c³") == "a¹ b² c³"
    assert demojibake.fix("Pan by³ w domu i móg³ pójœæ") == "Pan był w domu i mógł pójść"


def test_letters_beside_their_capitals_are_a_list() -> None:
    """ "ÄÖÜ äöü" is German's umlauts, not cp1251's "ДЦЬ дць"; a word beside itself in
    capitals that repeats a letter is no list ("ВНИМАНИЕ внимание" is read)."""
    assert demojibake.fix("Umlaute: ÄÖÜ und äöü") == "Umlaute: ÄÖÜ und äöü"
    assert demojibake.fix("ÆØÅ æøå") == "ÆØÅ æøå"
    assert demojibake.fix("ÂÍÈÌÀÍÈÅ âíèìàíèå") == "ВНИМАНИЕ внимание"


def test_a_lone_word_of_accented_letters_is_not_read_as_hebrew() -> None:
    """ "àèìòù" is cp1255's "אטלעש", but a word of accented letters alone reads as Hebrew as
    easily as it is a font sample: a Hebrew reading needs a second word."""
    assert demojibake.fix("abcde ABCDE àèìòù €") == "abcde ABCDE àèìòù €"


def test_a_lone_hebrew_word_is_read_as_hebrew_where_another_reading_would_win() -> None:
    """A Hebrew name alone in cp1255 shown as cp1252 once came out as cp1251's Cyrillic,
    which the line had to be read as if not as Hebrew: the Hebrew reading, far better, wins."""
    assert demojibake.fix("àìé÷éí") == "אליקים"


def test_a_lone_arabic_word_is_read_as_arabic_over_an_east_asian_reading() -> None:
    assert demojibake.fix("West ØáÇá") == "West طلال"  # (was GBK "蒯轻")


def test_a_common_arabic_word_is_read_past_a_utf8_claim_that_reads_no_better() -> None:
    """ "ÛíÑ" is cp1256's "غير", one of Arabic's commonest words, and also UTF-8 of a
    Phags-pa letter shown by cp850, which reads only as well: the word decides its line."""
    assert demojibake.fix("ÛíÑ") == "غير"


def test_a_reading_worse_than_a_held_back_hebrew_one_is_not_chosen() -> None:
    """ "áø÷ú" is Hebrew "ברקת"; its Hebrew reading leads cp1251's "бшчъ" by too little to
    be read alone, and cp1251's, which reads worse, is then no reading either."""
    assert demojibake.fix("áø÷ú") != "бшчъ"


def test_a_joiner_is_no_guess_for_a_lost_byte_at_a_word_end() -> None:
    """ "â€" before a space lost the 9D of "”" (E2 80 9D); E2 80 8D, a zero-width joiner,
    would join nothing there."""
    assert demojibake.fix("â€œHelloâ€ from ZoÃ«") == "“Hello” from Zoë"


def test_utf8_read_as_iso_8859_7_is_repaired() -> None:
    """Greek Unix and web text: ISO 8859-7 leaves 80-9F undefined, where cp1253 has signs."""
    clean = "Καλημέρα σας, τι κάνετε;"
    assert demojibake.fix(misread(clean, "iso-8859-7")) == clean


def test_japanese_euc_jp_shown_as_latin_1_is_repaired() -> None:
    """GB2312 holds kana where EUC-JP does, so GBK reads the kana alike; the kanji tell: read
    as GBK they are Chinese its writers seldom use, read as EUC-JP Japanese's commonest."""
    for clean in ("日本語の文字化けを直す", "株式会社山田商事"):
        assert demojibake.fix(clean.encode("euc_jp").decode("latin-1")) == clean


def test_a_lost_byte_of_a_closing_quote_is_filled_in() -> None:
    """E2 80 and the byte lost as U+FFFD are U+2001, a joiner, a direction mark, "‐" or "”";
    after "pressa", with "“" before it, only "”" reads as text."""
    line = "“Não há pressa”, disse a avó"
    damaged = line.encode().decode("cp1252", "replace")
    assert "pressaâ€\ufffd" in damaged
    assert demojibake.fix(damaged) == line


def test_a_lost_byte_between_emoji_is_read_as_their_joiner() -> None:
    """The same three bytes between two emoji are the zero-width joiner of a family emoji,
    once the emoji beside them are read."""
    line = "family \U0001f468\u200d\U0001f469\u200d\U0001f467 trip"
    damaged = line.encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == line


def test_the_word_list_reads_a_guess_in_its_word_as_the_word_is_repaired() -> None:
    """ "PÅ˜Ã?LIÅ\xa0" lost the byte of "Í" to a "?": with "Å˜" and "Å\xa0" beside it read
    as "Ř" and "Š", "PŘÍLIŠ" is a Czech word, and "PŘÁLIŠ" none."""
    damaged = "PŘÍLIŠ ŽLUŤOUČKÝ KŮŇ".encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert damaged.startswith("PÅ˜Ã?LIÅ\xa0 ")
    assert demojibake.fix(damaged).split()[0] == "PŘÍLIŠ"


def test_a_byte_cp1252_lost_from_chinese_is_guessed_by_the_pairs_it_makes() -> None:
    """ "é™�" lost the last byte of "限" (E9 99 90) and "å�¸" the middle one of "司" (E5 8F
    B8): of the characters five bytes could make, "有限" and "公司" are pairs words write."""
    damaged = "易动力传媒有限公司".encode().decode("cp1252", "replace")
    assert damaged.count("\ufffd") == 2
    assert demojibake.fix(damaged) == "易动力传媒有限公司"


def test_a_closing_quote_guessed_for_a_lost_byte_needs_no_other_repair() -> None:
    """The line's only damage is "â€�": the quote the scorer prefers by a margin is a
    repair on its own."""
    line = "bake until golden.” She never wrote it down."
    damaged = line.encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == line


def test_a_lost_cjk_byte_is_read_beside_the_characters_its_run_shows() -> None:
    """A line of Chinese shown by cp1252 is one long run, whose best repair keeps its lost
    bytes as U+FFFD and overlaps each guess: the characters beside a guess are read from the
    bytes the run shows ("å��ç¨±" is "名" short of a byte, before "稱": "名稱")."""
    line = "設備教育名稱出來免費繼續參加提供."
    damaged = line.encode().decode("cp1252", "replace")
    assert demojibake.fix(damaged) == line


def test_a_question_mark_among_cjk_guesses_the_scorer_likes_alike_is_the_commonest() -> None:
    """ "ë?™" lost the middle byte of "동" (EB 8F 99) to a "?": the scorer prices "끙", "덙",
    "동", "됙" and "띙" alike, and Korean writes "동" far the most."""
    line = "충청남도 당진시 학동150거리 301"
    damaged = line.encode().decode("cp1252", "replace").replace("\ufffd", "?")
    assert demojibake.fix(damaged) == line


def test_a_capitalized_word_shows_a_line_of_swapped_cases_which_the_model_reads_one_way() -> None:
    """KOI8-R shown by cp1251 and cp1251 shown by KOI8-R both swap the cases: "йПТДБОЙЕ"
    is a capitalized word either way. The letter model tells which way, in Adyghe too,
    which it was not built for: "арабыбзэ", not "вфвчэчяш"."""
    line = "арабыбзэ, Иордание, тыгъэгъазэм, тхьаумаф, щылэмазэм"
    assert demojibake.fix(line.encode("koi8-r").decode("cp1251")) == line


def test_a_line_of_swapped_cases_is_read_whole() -> None:
    """Kabardian "гъатхэпэм" reads worse than its capitals to the scorer, but the line's
    capitalized "Тыркуе" says every word of it was swapped."""
    line = "Тыркуе, махуэку, кирил, гъатхэпэм, мазаем"
    assert demojibake.fix(line.encode("cp1251").decode("koi8-r")) == line


def test_units_and_abbreviations_with_a_small_letter_before_capitals_are_kept() -> None:
    """ "мВ", "дБ" and "мРНК" read as KOI8-R shown by cp1251 (or the other way) are
    capitalized words ("Нч", "Да", "Нтол"), which the scorer likes better than a small
    letter glued to capitals: too few letters to tell."""
    for clean in ("мВ", "дБ", "пФ", "мРНК", "5 рРНК", "ВЫДЕЛЕНИЕ тРНК И рРНК", "кБ И кБ"):
        assert demojibake.fix(clean) == clean


def test_a_plain_capital_glued_to_a_small_letter_at_the_end_is_no_lost_no_break_space() -> None:
    """cp1251 shows UTF-8's no-break space as "В" and a no-break space; "кВ" and "ГэВ" at
    the end of a line are units, not a word whose no-break space was stripped. Nor is "kΩ"
    before a space in an Arabic line, which cp1256 would make "٠"."""
    for clean in ("5 кВ", "Энергия 5 ГэВ", "СИЛА ТОКА кВ", "мэВ", "تاريخ 2975 kΩ الامر إليهم"):
        assert demojibake.fix(clean) == clean


def test_a_word_that_lost_many_bytes_to_u_fffd_is_read_where_the_list_knows_one_guess() -> None:
    """ "является" shown by cp1252, its 8F, 8F, 81 and 8F each read as U+FFFD: of the 625
    guesses the word list holds one."""
    damaged = "Это является причиной".encode().decode("cp1252", "replace")
    assert damaged.count("\ufffd") == 4
    assert demojibake.fix(damaged) == "Это является причиной"


def test_a_word_that_lost_many_bytes_stays_lost_where_no_guess_is_a_word() -> None:
    """ "сясяся" shown by cp1252 lost six bytes, each of "с", "э", "я", "ѐ" or "ѝ": no
    guess is a word the list holds, so none is made."""
    damaged = "сясяся".encode().decode("cp1252", "replace")
    assert damaged.count("\ufffd") == 6
    assert not set(demojibake.fix(damaged)) & set("сяэѐѝ")


def _lose_undefined(text: str, mark: str) -> str:
    """``text`` in UTF-8 shown by cp1252, each byte cp1252 leaves undefined shown as
    ``mark`` ("" where software drops it)."""
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    return "".join(mark if b in undefined else bytes([b]).decode("cp1252") for b in text.encode())


@pytest.mark.parametrize("mark", ["\ufffd", "?", ""])
def test_kana_that_lost_a_byte_are_read_where_the_byte_could_make_no_other_kana(mark: str) -> None:
    """UTF-8 shown by cp1252 loses the 81 of "の", "は", "し" and every kana up to "み" (E3
    81 xx): of the five characters the byte could complete, one is kana and four are signs
    or rare characters no text writes ("㍮", "㏮", "㐮", "㝮"), so the kana is sure, however
    many a line lost, U+FFFD, "?" or dropped alike."""
    for clean in ("ありがとうございます", "日本の首都は東京です。"):
        assert demojibake.fix(_lose_undefined(clean, mark)) == clean


def test_a_lost_byte_of_a_han_character_is_read_in_the_language_its_line_tells() -> None:
    """ "私" (E7 A7 81) that lost its 81 is "私" or "种" (E7 A7 8D), both common in Chinese;
    the kana beside it say Japanese, which writes no "种"."""
    clean = "私の名前は田中です。"
    assert demojibake.fix(_lose_undefined(clean, "\ufffd")) == clean


def test_two_han_characters_that_lost_a_byte_each_tell_each_other() -> None:
    """ "重要" lost the 8D of "重" and the 81 of "要": "重" may as well be "量" or "野",
    "要" "規", but "重要" is the pair words write."""
    clean = "これは重要です"
    assert demojibake.fix(_lose_undefined(clean, "\ufffd")) == clean


@pytest.mark.parametrize("mark", ["\ufffd", "?", ""])
def test_a_lost_mark_of_cjk_punctuation_is_read_by_the_brackets_around_it(mark: str) -> None:
    """ "、", "」", "』", "【" and "〝" (E3 80 81, 8D, 8F, 90, 9D) each lose a byte cp1252
    leaves undefined; an open quote before one is closed by it, and elsewhere it is the
    comma."""
    for clean in ("彼は「明日」と言った。", "東京、大阪、京都"):
        assert demojibake.fix(_lose_undefined(clean, mark)) == clean


@pytest.mark.parametrize("mark", ["\ufffd", "?", ""])
def test_a_closing_quote_that_lost_its_byte_closes_the_quote_opened_before_it(mark: str) -> None:
    """ "”" (E2 80 9D) lost its 9D: it may have been U+2001, a joiner, a right-to-left mark
    or a hyphen, which between Chinese characters the scorer prices no worse; but a quote
    opened before it and not closed after it is closed by it."""
    for clean in ("使用“git”命令", "他说“你好”。", "例如“Sans Italic 12”。"):
        assert demojibake.fix(_lose_undefined(clean, mark)) == clean


def test_a_korean_syllable_that_dropped_a_byte_before_a_space_keeps_the_space() -> None:
    """Korean shown by cp1252 drops the 90 of "에" (EC 97 90) before the space that ends
    its word: "ì— " reads as "엠" (EC 97 A0) with the space a lost no-break space too,
    but "에" is far commoner, and the words keep their space."""
    for clean in ("한국에 가요", "서울에 살아요", "이 책은 좋아요"):
        assert demojibake.fix(_lose_undefined(clean, "")) == clean


def test_a_lost_mark_of_cjk_punctuation_stays_lost_where_two_may_close_one_quote() -> None:
    """ "「はい、そうです」" lost the byte of "、" and of "」": either may close the quote."""
    damaged = _lose_undefined("「はい、そうです」と言った。", "\ufffd")
    assert demojibake.fix(damaged) == "「はい\ufffdそうです\ufffdと言った。"


def test_cyrillic_windows_text_shown_by_a_mac_is_read() -> None:
    """cp1251 shown by MacRoman: "ƒŒ¡–Œ œŒ∆¿ÀŒ¬¿“‹" is "ДОБРО ПОЖАЛОВАТЬ"."""
    for clean in ("Москва — столица России", "ДОБРО ПОЖАЛОВАТЬ", "Київ і Львів"):
        damaged = clean.encode("cp1251").decode("mac_roman")
        assert demojibake.fix(damaged) == clean


def test_cyrillic_names_shown_by_a_mac_are_read_where_the_letters_tell_a_language() -> None:
    """Names are in no word list, but the letter model tells Russian from their letters."""
    clean = "Евдоким Трофимович Носков"
    assert demojibake.fix(clean.encode("cp1251").decode("mac_roman")) == clean


def test_a_short_cyrillic_word_shown_by_a_mac_is_read_where_a_sign_stands_inside_it() -> None:
    """ "Ò‡ÌÚ‡ÎË" ("сантали") is in no word list, and too short for the letter model to
    tell its language; but the Mac shows cp1251's "а" as a dagger, which no clean word holds
    inside it, and "сантали" reads as Cyrillic words do."""
    for clean in ("сантали", "свати", "бугийн"):
        damaged = clean.encode("cp1251").decode("mac_roman")
        assert demojibake.fix(damaged) == clean


def test_greek_shown_by_a_mac_is_not_read_as_cyrillic_for_a_sign_inside_a_word() -> None:
    """Greek in cp1253 shown by a Mac reads as Cyrillic letters too, and holds signs inside
    its words ("ÏÌÁÏÔÌÈ·Íﬁ"), but "мнзмпнйбкЮ" reads as no Cyrillic language's words."""
    damaged = "μνημονιακή πάρτε".encode("cp1253").decode("mac_roman")
    assert demojibake.fix(damaged) == damaged


def test_russian_windows_text_shown_by_a_western_console_is_read() -> None:
    """cp1251 shown by cp850 or cp437, a Western DOS console: "ðÓß¯‗Ó" is "Работа"."""
    for clean, console in (
        ("Работа над ошибками завершена", "cp850"),
        ("Привет, мир", "cp437"),
    ):
        damaged = clean.encode("cp1251").decode(console)
        assert demojibake.fix(damaged) == clean


def test_hebrew_shown_by_a_western_console_is_not_read_as_cyrillic() -> None:
    """Hebrew in cp1255 shown by cp437 reads as Cyrillic letters too ("∙∞σφ" as "щмен"),
    and holds signs inside its words, but as no Cyrillic language's words."""
    damaged = "שלום לכולם".encode("cp1255").decode("cp437")
    assert "щмен" not in demojibake.fix(damaged)


def test_western_windows_text_shown_by_a_mac_is_not_read_as_cyrillic() -> None:
    """ "CafÈ crËme" is cp1252 shown by MacRoman, which is not read; nor is it Cyrillic."""
    damaged = "Café crème brûlée, très bien".encode("cp1252").decode("mac_roman")
    assert demojibake.fix(damaged) == damaged


def test_a_listed_word_beside_mojibake_keeps_its_lone_lead_letter() -> None:
    """ "Ä" is what cp1252 shows of "Đ" (C4 90) with its undefined 90 dropped, but a word
    the word list holds as it stands keeps it where the guess makes a word of no language,
    though the line's other words are mojibake."""
    for damaged, clean in (
        ("NEUEN GESPRÄCHE IHREN GEBÃ„UDE WÃ„RME", "NEUEN GESPRÄCHE IHREN GEBÄUDE WÄRME"),
        ("HAN SÅKALDTE PRÃ†GET UNDER HÃ†VET", "HAN SÅKALDTE PRÆGET UNDER HÆVET"),
        ("ÅSIKT ÖSTRA â†’ lÃ¶sning", "ÅSIKT ÖSTRA → lösning"),
    ):
        assert demojibake.fix(damaged) == clean


def test_a_lone_lead_letter_is_still_read_where_its_guess_is_a_word_too() -> None:
    """Swedish "NÅTT" is a word, and so is Hungarian "NŐTT", 90 dropped from "Ő" (C5 90):
    the line's repairs decide."""
    damaged = "NÅTT Ã‰PÃœL ÃšTRA AHOGY MINT AKADÃ‰MIA"
    assert demojibake.fix(damaged) == "NŐTT ÉPÜL ÚTRA AHOGY MINT AKADÉMIA"


def test_a_lost_no_break_space_after_a_marked_capital_glued_to_a_word_is_still_read() -> None:
    assert demojibake.fix("voilÃ") == "voilà"


def test_guillemets_around_a_line_are_not_read_as_iso_8859_2_letters() -> None:
    """ISO 8859-2 reads the bytes of "«" and "»" as "Ť" and "ť", letters where cp1250 leaves
    a sign; but a quote against a word is the writer's: Slovak "«Michal ... pomerne»" is no
    "ŤMichal ... pomerneť"."""
    clean = "«Michal reakcie vedela lokalite rodinu nájdete pomerne»"
    assert demojibake.fix(clean) == clean


def test_a_unit_glued_to_its_number_does_not_testify_for_a_legacy_reading() -> None:
    """ISO 8859-2 reads the micro sign as "ľ": Slovak "436µm" is micrometres, no "436ľm"."""
    clean = "Dostupné forme vy 436µm mobil pokojne stane lete"
    assert demojibake.fix(clean) == clean


def test_a_diameter_sign_beside_s_caron_or_z_caron_is_not_read_as_cp1250() -> None:
    """cp1250 reads cp1252's "ø" as "ř"; "ž" in the line says Central European, but a
    letter standing alone is a sign more than a word's letter: a diameter in Croatian and
    Slovene."""
    for clean in (
        "Promjer cijevi ø 20 mm, dužina 5 m",
        "Vanjski promjer Ø 20 mm, unutarnji Ø 16 mm, težina 2 kg",
        "Cev ø 20 mm, dolžina 5 m, teža 2 kg",
    ):
        assert demojibake.fix(clean) == clean


def test_an_all_capitals_word_before_a_possessive_is_not_read_as_utf8() -> None:
    """ "Í’" is UTF-8 of U+0352, a combining fermata: cheaper than a capital glued to a
    small letter, which the apostrophe between them is not."""
    clean = "NAPĚTÍ DNÍ’s ZÁSADNÍ TÝKÁ"
    assert demojibake.fix(clean) == clean


def test_a_context_too_short_to_name_the_language_does_not_tell_a_turkish_reading() -> None:
    """ "panta gömul" reads as Swedish or Turkish to the letter model, where "maður" is no
    word and "mağur" reads far better; but the line as it stands is as likely Icelandic as
    its reading is Turkish, so the context tells nothing."""
    clean = "Formaður panta maður gömul"
    assert demojibake.fix(clean) == clean


def test_a_context_that_reads_as_another_language_does_not_tell_a_reading() -> None:
    """Occitan "Amagar totas las normalas" reads most like Latvian to the letter model, where
    "fenčstras" costs 4.5 bits less than "fenèstras" does in Spanish: too little to tell."""
    clean = "Amagar totas las fenèstras normalas"
    assert demojibake.fix(clean) == clean


def test_characters_standing_alone_do_not_testify_for_a_legacy_reading() -> None:
    """cp1250 reads cp1252's "æ" and "¹" as "ć" and "ą"; standing alone, each may be a sign
    or a letter of any alphabet, so two of them are no two words read better."""
    clean = "svake æ njegove ¹ županije"
    assert demojibake.fix(clean) == clean


def test_a_word_list_reading_must_fit_the_alphabet_of_its_whole_line() -> None:
    """cp1250 reads "pergalê" as Lithuanian "pergalę" (a listed word), but Kurdish "Kurdî"
    beside it holds an "î" Lithuanian does not write."""
    clean = "Kurdî: pergalê de"
    assert demojibake.fix(clean) == clean


def test_small_letters_glued_to_a_latin_letter_are_not_read_as_one_symbol() -> None:
    """Ukrainian typed with a Latin "i": "тобi" holds "тоб", cp866's E2 AE A1, UTF-8 "⮡"."""
    for clean in ("тобi", "тодi"):
        assert demojibake.fix(clean) == clean


def test_a_word_of_four_capitals_is_not_read_as_a_common_word_with_swapped_cases() -> None:
    """One in 5,000 of the commonest four-letter Cyrillic words, in capitals, reads as a
    common word of some language with its cases swapped: "ДЕРЕ" as "дете", "ЛЮКС" as
    "малу". Capitals are common; such a word alone is read from five letters."""
    for clean in ("ДЕРЕ", "ЛЮКС", "МЕЙН", "СЛЕП", "ОПУС"):
        assert demojibake.fix(clean) == clean


def test_a_capitalized_word_of_four_letters_with_swapped_cases_is_read() -> None:
    """ "бЪЙС" shows a capitalized word's cases swapped, and "Азия" is a common word."""
    assert demojibake.fix("Азия".encode("koi8-r").decode("cp1251")) == "Азия"


def test_a_repair_that_needs_vouching_stays_chosen_once_another_vouches() -> None:
    """A repair that needs another to vouch for it was counted against itself once chosen,
    so it came and went from one pass to the next: "NICIODATÃ™" here is vouched for by
    "ACASÃ" and "UITÃ", read by cp1250 alike."""
    damaged = "GUSTUL DE ACASÃ NU SE UITÃ NICIODATÃ™"
    assert demojibake.fix(damaged) == "GUSTUL DE ACASĂ NU SE UITĂ NICIODATĂ™"


def test_a_han_character_standing_alone_in_a_western_line_is_kept() -> None:
    """UTF-8 "è" shown by GBK is "猫": a character named in English text is no Italian "è",
    unless other repairs of the line vouch for it."""
    clean = "The Chinese character 猫 means cat."
    assert demojibake.fix(clean) == clean
    damaged = "Perché la fattura di novembre non è ancora arrivata?".encode().decode("gbk")
    assert demojibake.fix(damaged) == "Perché la fattura di novembre non è ancora arrivata?"


def test_the_language_of_a_line_chooses_between_readings_not_over_the_text() -> None:
    """Slovak "DEVÄŤ" in capitals: cp1250 reads "ÄŤ" as UTF-8 "č", ISO 8859-2 as "ī", and
    the scorer likes neither better than the text; Slovak words beside them prefer "č", but
    only to the other reading."""
    clean = "TVORBA DEVÄŤ ZÁUJEM"
    assert demojibake.fix(clean) == clean


def test_a_line_of_a_language_the_model_lacks_tells_no_language_to_a_reading() -> None:
    """Estonian writes "õ" and "ü" both; the letter model lacks Estonian, and tells Hungarian
    from the other words, which would write "vőtmele". A Hungarian line misread so is still
    read ("termékekrõl" is "termékekről")."""
    clean = "sarnane võtmele -L, aga eeldab vaikimisi ülimalt"
    assert demojibake.fix(clean) == clean
    line = "Üdvözöljük az oldalon, ahol minden információt megtalál a termékekről"
    assert demojibake.fix(line.encode("iso-8859-2").decode("latin-1")) == line


@pytest.mark.parametrize(
    ("clean", "encoding"),
    [
        ("Prosím, zkontrolujte šablonu a přílohu.", "cp1250"),  # Czech "š": cp1250 9A
        ("Bardzo dziękuję za świetną pracę", "cp1250"),  # Polish "ś": cp1250 9C
        ("Ђорђе Његош је рекао", "cp1251"),  # Serbian "Ђ", "ђ", "Њ": cp1251 80, 90, 8C
        ("پيشنهاد چگونه گفتگو کنيم", "cp1256"),  # Persian "پ", "چ", "گ", "ک": 81, 8D, 90, 98
    ],
)
def test_legacy_text_shown_by_latin1_is_read_with_its_c1_controls(
    clean: str, encoding: str
) -> None:
    """Latin-1 shows a codepage's letters at 80–9F as C1 controls: they are read as the
    codepage's letters with the rest of the line, not as cp1252's ("œwietn¹")."""
    damaged = clean.encode(encoding).decode("latin-1")
    repair = demojibake.repair(damaged)
    assert repair.text == clean
    assert {c.chain for c in repair.changes} == {(demojibake.Misread(encoding, "latin-1"),)}


def test_a_word_whose_only_damage_is_a_c1_control_is_read_with_its_line() -> None:
    """ "op\\x9atinska" and "\\x9eivo" are as much cp1252's "š" and "ž" as cp1250's: read with
    "slièni", of which only cp1250 makes "slični", they are one misread with it."""
    clean = "opštinska slični živo"
    assert demojibake.fix(clean.encode("cp1250").decode("latin-1")) == clean


def test_a_c1_control_is_no_evidence_for_a_codepage_that_reads_it_otherwise() -> None:
    """French "sœur" in cp1252 shown by Latin-1 is "s\\x9cur": cp1250 reads 9C as "ś", but
    nothing else in the line is cp1250's, and "sśur" is no word."""
    assert demojibake.fix("entraînement espérer s\x9cur") == "entraînement espérer sœur"


def test_lower_cased_mojibake_makes_no_rare_combining_mark() -> None:
    """ "í\\x9a" is "Í\\x9a" lower-cased, UTF-8 for U+035A, a mark no Czech word holds: the
    line is Czech in cp1250 shown by Latin-1, "příští"."""
    assert demojibake.fix("pøí\x9atí tvrdì válce") == "příští tvrdě válce"


@pytest.mark.parametrize("shown_by", ["cp1252", "latin-1"])
@pytest.mark.parametrize(
    "clean",
    [
        "Café au lait, crème brûlée",
        "Größe und Qualität für Ärzte",
        "Jag är här på måndag",
    ],
)
def test_mac_text_shown_by_windows_software_is_read(clean: str, shown_by: str) -> None:
    """A Mac's "é" (8E) is cp1252's "Ž" and Latin-1's "\\x8e": "CafŽ au lait"."""
    damaged = read_as(clean.encode("mac_roman"), shown_by)
    repair = demojibake.repair(damaged)
    assert repair.text == clean
    # (cp1252 leaves the Mac's "è", 8F, undefined, which shows as a C1 control, as Latin-1's.)
    assert {c.chain[-1].encoding for c in repair.changes} == {"mac_roman"}


def test_windows_text_shown_by_a_mac_is_not_read_as_mac_text_shown_by_windows() -> None:
    """Finnish "ä" in cp1252 is a Mac's "‰", which cp1252 shows for a Mac's "â": "p‰iv‰" is
    "päivä" shown by a Mac (read or not), no "pâivâ"."""
    damaged = "Hyvää päivää, mitä kuuluu".encode("cp1252").decode("mac_roman")
    assert "â" not in demojibake.fix(damaged)


@pytest.mark.parametrize(
    "clean",
    [
        "He called it ‘the best worst idea’ he’d ever had.",  # quotes are a Mac's "ë í"
        "TEMPS D’ATTENTE DE 1 À SECONDES ENTRE LES ESSAIS",  # and "À" a Mac's "¿"
        "FIGURË GIF E NDËPRERË OSE JO E PLOTË.",  # and Albanian "Ë" a Mac's "À"
    ],
)
def test_clean_text_is_not_read_as_mac_text(clean: str) -> None:
    """What a Mac shows for cp1252's quotes and capitals is letters and signs clean text
    writes: only a reading that makes a letter of what cp1252 shows for 80-BF is one."""
    assert demojibake.fix(clean) == clean


def test_utf8_mojibake_in_a_line_keeps_it_from_a_mac_reading() -> None:
    """ "â€˜" is UTF-8 "‘" shown by cp1252; a MacRoman reading of the line would read its
    "’" as "í" ("ideaí")."""
    damaged = "He called it â€˜the best worst idea’ he’d ever had."
    assert demojibake.fix(damaged) == "He called it ‘the best worst idea’ he’d ever had."


@pytest.mark.parametrize("shown_by", ["cp1252", "latin-1"])
@pytest.mark.parametrize(
    "clean",
    ["Rīgas pilsētas dome šodien apstiprināja budžetu.", "Ačiū už pagalbą"],
)
def test_baltic_windows_text_shown_by_western_software_is_read(clean: str, shown_by: str) -> None:
    """Latvian and Lithuanian in cp1257 shown by cp1252: "Rîgas pilsçtas", "Aèiû uþ"."""
    damaged = read_as(clean.encode("cp1257"), shown_by)
    assert demojibake.fix(damaged) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "Komara Trînîdad û Tobago",  # Kurdish: "î û" are cp1257's "ī ū" shown by cp1252
        "Entiteti nuk përfundon me pikëpresje",  # Albanian: "ë" is cp1257's "ė"
    ],
)
def test_letters_of_one_alphabet_are_not_read_as_baltic(clean: str) -> None:
    """A line whose letters are some language's alphabet as they stand is no cp1257 text
    shown by cp1252, though the letter model, which knows neither language, reads it so."""
    assert demojibake.fix(clean) == clean


def test_random_letters_cased_anyhow_are_not_read_as_cyrillic() -> None:
    """Random Latin-1 letters read as cp1251 are random Cyrillic letters, which the scorer
    finds plainer; but most of the words are cased as no word is ("ХЭЛр", "МУфГ")."""
    garble = "ÕÝËð Çàò ÌÓôÃ áËï ÚÝîá æÎãÈÞ ÆÑÝë ×ÙÈ ßèÈÚ"
    assert not any("\u0400" <= c <= "\u04ff" for c in demojibake.fix(garble))


def test_hebrew_with_points_shown_by_cp1252_is_not_read_as_cyrillic() -> None:
    """Pointed Hebrew in cp1255 shown by cp1252 alternates letters and points, which cp1251
    reads as small letters and capitals in turn ("аДоИМа"): no text."""
    damaged = "àÄîÈÌà àåÉôÈä òåÌâÈä ìÀùÇÑáÈÌú."
    assert demojibake.fix(damaged) == damaged


def test_words_capitalised_after_a_hyphen_are_cased_as_words() -> None:
    """Each part of a compound is cased on its own: Kölsch "Ji’is-Ahl-Ättejohpesch" shown by
    cp1251 is read back."""
    clean = "Ji’is-Ahl-Ättejohpesch, Jamaikahnesch-Änglesch, Färrör-Enselle"
    assert demojibake.fix(read_as(clean.encode("cp1252"), "cp1251")) == clean


def test_a_cp1257_reading_makes_a_baltic_letter() -> None:
    """Danish "Løb" shown by a Mac is "L¯b": cp1257 reads "¯" as "Æ", a letter Western
    alphabets write, which says nothing of Baltic text."""
    assert demojibake.fix("L\u00afb") == "L\u00afb"


def test_dos_text_shown_by_windows_is_read_back_and_named() -> None:
    """A DOS program's file opened by Windows software: cp850's letters show as cp1252's
    punctuation inside words ("Gr”áe", "h„ngt")."""
    clean = "Die Größe der Tabelle hängt von der Länge des Wortes ab."
    repair = demojibake.repair(read_as(clean.encode("cp850"), "cp1252"))
    assert repair.text == clean
    assert {change.chain for change in repair.changes} == {(demojibake.Misread("cp850", "cp1252"),)}


def test_dos_text_shown_by_latin1_is_read_back() -> None:
    """cp850's small accented letters are bytes 80-9F, C1 controls to Latin-1 (and "ü", 81,
    to cp1252 as well)."""
    clean = "Le café du coin ferme à minuit, après la fête du village de Zürich."
    assert demojibake.fix(read_as(clean.encode("cp850"), "latin-1")) == clean


def test_windows_text_shown_by_a_dos_console_is_read_back() -> None:
    """Windows text typed to a DOS console shows "ü" as "³" and "ß" as "▀" inside words."""
    clean = "Die Bürger der Stadt müssen die Straßen räumen."
    assert demojibake.fix(read_as(clean.encode("cp1252"), "cp850")) == clean


def test_central_european_dos_text_shown_by_windows_is_read_back() -> None:
    """Czech in cp852, the DOS codepage of Central Europe, shown by cp1250."""
    clean = "Příliš žluťoučký kůň úpěl ďábelské ódy."
    assert demojibake.fix(read_as(clean.encode("cp852"), "cp1250")) == clean


@pytest.mark.parametrize(
    ("clean", "encoding", "shown_as"),
    [
        ("La comunicació és bona", "cp850", "cp1252"),  # "comunicaci¢ ‚s"
        ("Le café de la gare", "cp850", "cp1252"),  # "caf‚"
        ("El jardí del poble", "cp850", "cp1252"),  # "jard¡", no word but it changes
        ("Exili programació escenari", "cp1250", "cp852"),  # "programaciˇ"
        ("Convertirse pensé santa medicina", "cp850", "latin-1"),  # "pens\x82", cp1252's "‚"
    ],
)
def test_a_sign_ending_a_word_tells_a_console_misread(
    clean: str, encoding: str, shown_as: str
) -> None:
    """DOS and Windows codepages show the letters words end with ("ó", "é", "í") as signs
    no clean word ends with ("¢", "‚", "¡", "ˇ")."""
    assert demojibake.fix(read_as(clean.encode(encoding), shown_as)) == clean


@pytest.mark.parametrize("clean", ["Hola¡ amigos", "Smith† and Jones‡", "Prix¤ unitaire"])
def test_a_sign_ending_a_word_that_reads_as_no_word_is_left(clean: str) -> None:
    """A sign after a word that the console reading makes no listed word of ("Holaí") is a
    typo or a footnote mark as it stands."""
    assert demojibake.fix(clean) == clean


def test_one_word_a_console_reading_makes_a_listed_word_is_read() -> None:
    """One changed word is enough where a capital between small letters says the line was
    misread and the reading makes it a word of the line's language: "cÓrrecs" is Catalan
    "càrrecs" in cp1252 shown by cp850."""
    clean = "grau avall mestres càrrecs deixeu"
    assert demojibake.fix(read_as(clean.encode("cp1252"), "cp850")) == clean


def test_a_number_a_console_reading_changes_does_not_count_as_a_word() -> None:
    """cp852 shown by cp1250 turns a no-break space into "˙" and "ö" into "”": the line's
    reading makes one listed word and a number, and wins over cp850's, which reads the word
    only."""
    clean = "Kungsportsavenyn 21, 411\u00a036 Göteborg"
    assert demojibake.fix(read_as(clean.encode("cp852"), "cp1250")) == clean


@pytest.mark.parametrize(
    "clean",
    [
        "%s: valitsin ”%s%s” vaatii argumentin",  # Finnish quotes are cp850's "ö"
        "Earráid agus comhad á athainmniú: %s",  # Irish "á", "ú" are cp850's "ß", "·"
        "Kasutamine: %s [VÕTI]... SÕNE1 [SÕNE2]",  # Estonian "Õ" is cp850's "ı"
        "DESINSTAL·LARIA O PURGARIA %S (%S)…",  # the Catalan middle dot is cp850's "À"
        "skupina souboru %s změněna z\u00a0%s na %s",  # "ě" and the no-break space, cp852's
        "Jog\u00adjakarta",  # a soft hyphen is cp852's "ş"
    ],
)
def test_letters_and_signs_a_dos_codepage_also_shows_are_left_as_written(clean: str) -> None:
    """DOS and Windows codepages swap letters and quotes for letters: only a sign between two
    letters of a word (or a capital between small letters) tells that a line was misread."""
    assert demojibake.fix(clean) == clean


def test_central_european_text_shown_by_a_western_console_is_read_in_its_codepage() -> None:
    """Czech Windows text in a Western DOS console: cp850 shows "ř" as "°" and "š" as "Ü";
    cp1250 reads them back, where cp1252 would make "Ýli" and cp852 line art of them."""
    clean = "Příliš žluťoučký kůň úpěl ďábelské ódy."
    assert demojibake.fix(read_as(clean.encode("cp1250"), "cp850")) == clean


def test_windows_text_a_mac_showed_is_not_read_as_dos_text() -> None:
    """Swedish "ä" shown by a Mac is "‰", which is cp850's "ë" shown by cp1252: "snäll" reads
    better than "snëll", and Windows text shown by a Mac is not read, so the line stays."""
    damaged = read_as("Det är en snäll hund som älskar barn.".encode("cp1252"), "mac_roman")
    assert demojibake.fix(damaged) == damaged


def test_a_dos_reading_that_makes_line_art_beside_letters_is_not_made() -> None:
    """cp852 shown by cp1252 would read "ß" as "▀" and "Ú" as "┌" inside Czech words."""
    damaged = read_as("ďábelské".encode("cp1250"), "cp850")
    assert "\u2580" not in demojibake.fix(damaged)


@pytest.mark.parametrize(
    "box",
    [
        "ÚÄÄÄÄÄÄ¿\n³ Men\u0081 ³\nÀÄÄÄÄÄÄÙ",  # a DOS box, shown by cp1252
        "ÉÍÍÍÍÍ»\nº Hallo º\nÈÍÍÍÍÍ¼",  # a double one
        "°°°±±±²²²ÛÛÛ",  # shades and blocks
    ],
)
def test_dos_line_art_is_not_read_as_east_asian_cyrillic_or_greek_text(box: str) -> None:
    """DOS box drawing that Windows software showed ("ÚÄÄ¿" is "┌──┐") is no GBK "谀哪目",
    cp1251 "ЙННН" or cp949 "같갚": the runs of one line character are left as they stand."""
    assert demojibake.fix(box) == box


def test_line_art_beside_single_letters_is_no_dos_reading() -> None:
    """Leet line art ("├┤a┼┐a", from ftfy's negative cases) is cp852 for cp1250's "Ă´aĹża",
    which reads "┤" as no letter: line art tells of a misread only where the word reads all
    of it as letters, beside letters of its own ("─mne" is Swedish "Ämne")."""
    assert demojibake.fix("├┤a┼┐a┼┐a┼┐a┼┐a") == "├┤a┼┐a┼┐a┼┐a┼┐a"


def test_line_art_beside_a_word_is_read_as_its_letter() -> None:
    """Swedish "Ämne" in cp1252 shown by a DOS console: "Ä" is cp850's "─"."""
    clean = "Ämne: Bekräftelse av bokning"
    assert demojibake.fix(read_as(clean.encode("cp1252"), "cp850")) == clean


def test_utf8_shown_by_cp1252_is_no_sign_of_a_dos_misread() -> None:
    """ "Ä±" is Turkish "ı" in UTF-8 shown by cp1252, and cp850's "Ž" and "ñ" shown by cp1250
    too: the UTF-8 repair is made (held-out Faker text, tr_TR)."""
    assert demojibake.fix("Çetin YÄ±ldÄ±rÄ±m San.") == "Çetin Yıldırım San."


@pytest.mark.parametrize(
    "garble",
    [
        "┬ß±Θ▄ Σ⌡∩",  # Greek ISO 8859-7 shown by a DOS console (cp437)
        "ínìπÇ±ÇÒÇ…ÇøÇÕ!",  # Japanese Shift JIS shown by a Mac
        "Ю═А╞Ю╝АБЮ═╜╔╜═ ╒╔ИЛ",  # Russian cp866 shown as KOI8-R
    ],
)
def test_a_utf8_pair_amid_garble_of_its_word_is_left(garble: str) -> None:
    """Text no misread the engine knows explains holds a pair that reads as UTF-8 here and
    there ("ß±" is N'Ko "߱", "Ç±" Latin "Ǳ"): a word repaired in one place and left garbled
    around it is no repair, and the pair is left (and reported, not repaired)."""
    result = demojibake.repair(garble)
    assert result.text == garble
    assert result.unrepaired and not any(f.repairable for f in result.unrepaired)


def test_a_word_mostly_repaired_keeps_its_repairs_beside_bytes_it_lost() -> None:
    """Korean "그리스도교" lost bytes that cp1252 leaves undefined: "ë„êµ" is past reading,
    but the repairs of the rest of the word stand, as the word is mostly read."""
    damaged = "ê·¸ë¦¬ìŠ¤ë„êµ"
    assert demojibake.fix(damaged).startswith("그리스")


def test_letters_a_repair_writes_are_no_garble_beside_its_others() -> None:
    """Czech read as GBK: "ž" (Latin beyond Latin-1) and "ý" (Latin-1) are both repairs of
    one word, not codepage letters beside it."""
    assert demojibake.fix("ka啪d媒m zobrazuj铆c铆") == "každým zobrazující"


def test_western_text_a_koi8_r_system_showed_is_read_back() -> None:
    """KOI8-R shows Western small letters as Cyrillic capitals, "Café" as "CafИ"."""
    clean = "Le café est très bon, déjà vu."
    assert demojibake.fix(read_as(clean.encode("cp1252"), "koi8-r")) == clean


def test_central_european_text_a_koi8_r_system_showed_is_read_back() -> None:
    """Czech cp1250 shown by KOI8-R: "pořadí" is "poЬadМ"."""
    clean = "stejný pořadí dobré velice letadlo upřímně"
    assert demojibake.fix(read_as(clean.encode("cp1250"), "koi8-r")) == clean


def test_a_sharp_s_a_koi8_r_system_showed_is_read_among_small_letters() -> None:
    """KOI8-R shows Western small letters as Cyrillic capitals, but "ß" as a small "ъ":
    "Straъe" is "Straße" (held-out Faker, de_DE)."""
    assert demojibake.fix("Rolf-Kramer-Straъe 10/64, 06227 Genthin") == (
        "Rolf-Kramer-Straße 10/64, 06227 Genthin"
    )


def test_russian_text_is_no_western_text_a_koi8_r_system_showed() -> None:
    """A line of Russian reads as Cyrillic, not as Latin-1 letters KOI8-R showed."""
    assert demojibake.fix("Привет, как дела? Это обычный текст.") == (
        "Привет, как дела? Это обычный текст."
    )


def test_polish_iso_8859_2_text_a_koi8_r_system_showed_is_read_back() -> None:
    """ISO 8859-2's "ą" is B1, which cp1250 holds as "±": only the ISO reading of "wzi╠Ё"
    is Polish "wziął"."""
    clean = "wziął czasopismach mimo oralny działa ustalił:"
    assert demojibake.fix(read_as(clean.encode("iso-8859-2"), "koi8-r")) == clean


def test_a_console_pair_is_tried_on_a_word_only_where_each_character_may_read_as_a_letter() -> None:
    """cp852 shows cp850's "õ" as "ń" and its "¼" as "Č": a word with "Č" has no cp850
    reading of letters, and is not read so; one with "ń" is."""
    fitting = _engine._console_fitting("cp850", "cp852")
    assert "ń" in fitting
    assert "Č" not in fitting
    assert _engine._console_readings("Gesprńch", (("cp850", "cp852"),)) == (
        ("Gesprõch", "cp850", "cp852"),
    )


def test_a_rival_reading_shorter_than_its_word_is_weighed() -> None:
    """Readings of other lengths are compared as far as both go (this raised IndexError)."""
    assert _engine._case_fits("Čźoč", "ȼoī") is None
    demojibake.fix("Ă„ĹšÄąĹźoÄ‚â€žÄąÂ¤")


def _lost_as_python_shows_it(text: str) -> str:
    """``text``'s UTF-8 read by Python's cp1252 with ``errors="replace"``: each byte cp1252
    leaves undefined a U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_a_line_whose_words_tell_its_lost_bytes_is_repaired_whole() -> None:
    """The engine, weighing each "Ñ\ufffd" of "России" alone, left two U+FFFD; the word list
    holds one guess of the word, in the line's language."""
    garble = _lost_as_python_shows_it("Москва — столица России.")
    repair = demojibake.repair(garble)
    assert repair.text == "Москва — столица России."
    assert [c.lossy for c in repair.changes] == ["\ufffd" in c.before for c in repair.changes]


def test_east_asian_characters_that_lost_bytes_are_told_by_their_neighbours() -> None:
    """The 81 lost of each "の", "は", "で", "す" and "に" is put back, where a browser's
    cp1252 would have kept it as a C1 control."""
    text = "東京の天気は晴れです。明日は雨になるでしょう。"
    kept = "".join(
        bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b))
        for b in text.encode("utf-8")
    )
    assert _engine._lost_filled(_lost_as_python_shows_it(text), "cp1252") == kept


def test_a_word_two_guesses_make_words_of_is_left_to_the_engine() -> None:
    """ "Ñ\ufffdÑ‚Ð¾" is "это" or "сто", both Russian words."""
    line = _lost_as_python_shows_it("Я думаю, что это хорошая идея.")
    assert _engine._lost_filled(line, "cp1252") is None


def test_lost_bytes_are_not_guessed_where_options_forbid_it() -> None:
    garble = _lost_as_python_shows_it("Москва — столица России.")
    assert "\ufffd" in demojibake.fix(garble, demojibake.Options(lossy=False))


def test_of_guesses_that_differ_in_case_the_one_cased_as_a_word_is_taken() -> None:
    """cp1257 leaves the A5 of "å" (C3 A5) undefined, and the 83 of "Ã" (C3 83): the Swedish
    list holds "så", and case-folded, "sã" too; only "så" is cased as a word."""
    text = "Tack så mycket, ha en trevlig dag!"
    assert demojibake.fix(text.encode("utf-8").decode("cp1257", errors="replace")) == text


def test_a_lost_byte_of_a_closing_quote_is_told_by_the_quote_it_closes() -> None:
    """ "â€\ufffd" is "”", U+2001, a joiner, a mark of direction or "‐" (E2 80 9D, 81, 8D,
    8F or 90); after "â€œ" ("“") and with no other quote after it, it closes the quote."""
    line = _lost_as_python_shows_it("He said “hello” and left.")
    assert _engine._lost_filled(line, "cp1252") == line.replace("\ufffd", "\x9d")


def test_a_lost_byte_of_a_quote_nothing_opened_is_left_to_the_engine() -> None:
    line = _lost_as_python_shows_it("She wrote golden.” and left.")
    assert _engine._lost_filled(line, "cp1252") is None


def test_a_guess_is_listed_by_its_own_runs_of_letters_not_by_their_case_folding() -> None:
    """cp1257 leaves the A5 of "å" (C3 A5) undefined, and the 9F of "ß" (C3 9F): case-folded,
    "Hßgensen" is "hssgensen", all ASCII, which would leave "Sæther" alone to list the word."""
    text = "Kjærsti Sæther-Hågensen"
    assert demojibake.fix(text.encode("utf-8").decode("cp1257", errors="replace")) == text


def test_the_engine_lists_a_guess_by_its_own_runs_of_letters_not_by_their_case_folding() -> None:
    """As in the fast path (above), in the engine, which reads a phrase of a long line that
    lost bytes: "Sæther-Hßgensen" would be listed by "Sæther" alone, beside "Sæther-Hågensen"."""
    filler = "Dette er en helt vanlig setning uten noen feil i det hele tatt, bare tekst. " * 14
    name = "Kjærsti Sæther-Hågensen"
    text = filler + name.encode("utf-8").decode("cp1257", errors="replace") + "; Ä°STANBUL."
    assert len(text) > _engine.LONG_LINE
    assert demojibake.fix(text) == filler + name + "; İSTANBUL."
