"""Plainly clean lines are passed over; a line with any trace of a misread is read."""

from __future__ import annotations

import pytest

import demojibake
from demojibake._engine import _plainly_misread
from demojibake._plain import lines_to_read


def whole(text: str) -> list[tuple[int, int]]:
    """The one span of a text read as a whole."""
    return [(0, len(text))]


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt hat am Dienstag die Gebühren für Anwohner erhöht.",
        "Le café était fermé, mais la boulangerie à côté restait ouverte.",
        "Вчера вечером мы долго гуляли по старому парку.",
        "Η βροχή σταμάτησε νωρίς το πρωί.",
        "«\u00a0Oui\u00a0», répondit-elle ; l’été commençait.",
        "नमस्ते दुनिया",
        "Rua Augusta, nº 5, 1º andar, 2.ª edição revista",  # ordinals after numbers
    ],
)
def test_a_clean_line_in_one_language_is_passed_over(line: str) -> None:
    """Plain text the letter model reads as one language needs no reading."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "CafÃ© au lait",  # UTF-8 shown by cp1252: a sign glued to a letter
        "Ouvimos mÃºsica na praia",  # an ordinal sign after a letter: "Ãº" of "ú"
        "РџСЂРёРІРµС‚",  # UTF-8 shown by cp1251: capitals after small letters
        "Roman Simoniè",  # cp1250 shown by cp1252: "Simonič" reads better
        "Affedersiniz, en yakýn eczane nerede?",  # cp1254 shown by cp1252
        "DÝKKAT! ISLAK ZEMÝN",  # capitals beyond ASCII
        "Wes-Asi‰, Brasili‰",  # cp850 shown by cp1252: a sign after a letter
        "Str›get 12, 1160 K›benhavn K",  # a quote between letters
        "Cena: 5 zÅ‚, â‚¬ 1",  # a low quote after a letter: UTF-8 "ł" and "€" shown by cp1252
        "Kongo ‚Äì Kinshasa",  # a low quote before two letters: UTF-8 "–" shown by MacRoman
        "Otýlie Hrub\u00a0",  # a lost byte shown as a no-break space
        "Bosnia Š Herzegovina",  # a lone capital
        "NOVOSTI I DOGAÐAJI",  # capitals again
        "P?íliš žluťoučký kůň",  # a byte that could not be shown
        "OLÃ? Tudo bem",  # cp1252 leaves the second byte of UTF-8 "Á" undefined: "?"
        "浣犲ソ",  # East Asian characters: the detector's, not ours
        "Ã la carte",
        "Å kofja Loka",  # a Latin capital alone: Slovene "Škofja" that lost a byte
        "Strè prst skrz krk.",  # cp1250 shown by cp1252: the other words are Czech
        "nederlanឍs",  # ASCII letters and a Khmer one in a word: no word is of two scripts
    ],
)
def test_a_line_with_a_trace_of_a_misread_is_read(line: str) -> None:
    """Anything a misread leaves behind sends the line to the engine."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        # (A short word that a pair of codepages reads as a commoner one, "г" as "у" through
        # KOI8-R shown by cp1251, "ča" for "ça", where the pair makes no words of the rest.)
        "Адрес: гр. Варна, ул. „Шипка“ 3, ет. 2",
        "Доставка до 5 кг, срок — 2 дня, цена 300 г.",
        "Et ça, c’est la cuisine de ma grand-mère.",
    ],
)
def test_a_line_whose_words_no_one_misread_reads_better_is_passed_over(line: str) -> None:
    """A word's legacy reading that reads better alone does not send its line to the engine
    where reading every word of the line through that pair of codepages reads worse."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        # (Each word beyond ASCII, as it stands, is one of the commonest words of a language,
        # which a legacy reading of it would rival: the name "Seán", Catalan "àvia", French
        # "pêche".)
        "Seán MacManus, Head of Operations",
        "«Qui no s’arrisca, no pisca», deia sempre l’àvia.",
        "PÊCHE MELBA 4,50 €",
    ],
)
def test_a_line_whose_words_are_common_words_is_passed_over(line: str) -> None:
    """The legacy readings of a word that a language lists among its commonest words are
    not weighed: a misread seldom spells one."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        # (iso-8859-2 shown by cp1252: no one word's "ă" read reads better beside the others
        # as they stand, Portuguese "ã", but all of them read so read as Romanian.)
        "Casã nouã, masã mare, carte bunã",
        "Maria Popescu, profesoarã de limba românã",
    ],
)
def test_a_line_whose_words_one_misread_reads_better_is_read(line: str) -> None:
    """Where one pair of codepages reads all a line's words as words of a language it reads
    better in, the line goes to the engine."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "¿Dónde está la estación? ¡Qué lástima!",  # Spanish marks before a word
        "Morgen wird es −5 °C kalt, sagte er.",  # a degree sign before "C"
        "„Das ist gut“, sagte sie. »Ja«, sagte er.",  # German quotes closed after a word
        "Er nannte es ‚völlig übertrieben‘, sagte sie.",  # German single quotes
        "Kde je nádraží? Už jdu, počkej!",  # a question mark after a small letter
        "Договор подписал Иванов И. И., директор.",  # Cyrillic initials
        "Il est parti. À demain, dit-elle.",  # "À" alone: no codepage shows a UTF-8 lead so
        "Вчера было „хорошо“.",  # the same in Cyrillic
        "Smart Widget™ 2, made by Acme®.",  # trade marks after a name in ASCII
        "سلام، چطوری؟ خوبم؛ ممنون",  # Arabic punctuation after a word
        "من می\u200cروم به خانه",  # Persian's zero-width non-joiner inside a word
        "La col·lecció de la biblioteca és gran.",  # Catalan's middle dot between l's
        "Прогноза: слънчево, температури между 12° и 24°.",  # degrees after a number
        "© 2024 Gärtner & Söhne GmbH · Alle Rechte vorbehalten",  # a middle dot apart
        "Vodičkova 681/18, 110\u00a000 Praha\u00a01",  # a no-break space before a number
        "Москва\u00a0— столица России.",  # a no-break space before a dash apart
        "आपका OTP 482913 है। इसे किसी के साथ साझा न करें।",  # the danda after a word
        "Շնորհակալություն պատվերի համար։ Մի՛ անհանգստացիր",  # Armenian's stop and stress
        "Բարև, ես Երևանից եմ։",  # Armenian "և", a letter that case-folds to two
        "ሰላም፣ እንዴት ነህ? ልጆቹ በግቢው ውስጥ ኳስ ይጫወታሉ።",  # Ethiopic's comma and stop
        "נושא: חשבונית מס׳ 10234, ת״א, מחר ב־08:30",  # Hebrew's geresh, gershayim, maqaf
    ],
)
def test_signs_and_quotes_where_text_glues_them_to_words_are_passed_over(line: str) -> None:
    """Signs that text writes next to letters, where it writes them, are no trace."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Você já viu o pôr do sol? É de tirar o fôlego!",  # Portuguese "É"
        "Í nótt fer frostið niður í −12 °C.",  # Icelandic "Í"
    ],
)
def test_a_latin_1_capital_alone_that_leads_no_lost_utf8_is_passed_over(line: str) -> None:
    """A lone Latin-1 capital that no codepage shows for a UTF-8 lead whose second byte a
    lost byte could be is a word: cp1252's "É" with a lost no-break space is U+0260."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Смартфон Samsung Galaxy S24 Ultra, 256 ГБ, титановый серый",
        "ТОВ «Ромашка», м. Київ",
    ],
)
def test_capitals_beyond_latin_beside_small_letters_of_their_script_are_passed_over(
    line: str,
) -> None:
    """A word in Cyrillic or Greek capitals is priced as small letters where its line holds
    small letters of its script: KOI8-R shown by cp1251 turns them all to capitals."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "ВНИМАНИЕ! ОПАСНАЯ ЗОНА",  # capitals only: KOI8-R shown by cp1251 writes so too
        "Привет ПТЙЧЕФ мир",  # "привет" in KOI8-R shown by cp1251, among small letters
    ],
)
def test_capitals_beyond_latin_that_a_misread_may_make_are_read(line: str) -> None:
    """A line of capitals beyond Latin alone, or one whose capitals read better through a
    legacy pair, goes to the engine."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "Бумага офисная А4, 500 л.",  # the paper size, in Cyrillic
        "Он ушёл. А я остался.",  # Russian "а" starting a sentence
    ],
)
def test_a_cyrillic_capital_alone_beside_small_letters_is_passed_over(line: str) -> None:
    """A Greek or Cyrillic capital alone that leads no UTF-8 with a lost byte is a word
    where its line holds small letters of its script (KOI8-R shown by cp1251 leaves none)."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Он ушёл. В доме тихо.",  # cp1251 shows UTF-8's no-break space as "В" and one
        "Klasse Α",  # a Greek capital with no small Greek letter beside it
    ],
)
def test_a_cyrillic_capital_alone_that_a_misread_may_make_is_read(line: str) -> None:
    """A lone capital that leads UTF-8 with a lost byte, or one with no small letters of
    its script in its line, sends the line to the engine."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ã tout à l'heure",  # "à" that lost its no-break space
        "Ž bom",  # Portuguese "é bom" in MacRoman shown by cp1252: no Latin-1 capital
    ],
)
def test_a_capital_alone_that_a_misread_makes_is_read(line: str) -> None:
    """A lone capital that leads UTF-8 of a letter with a lost byte, or that is not Latin-1
    and so what codepages show DOS and Mac letters as, sends its line to the engine."""
    assert lines_to_read(line) == whole(line)


def test_a_no_break_space_before_a_dash_that_is_utf8_of_a_character_is_read() -> None:
    """cp1252 shows the UTF-8 of "頗" as "é", a no-break space and "—": the engine weighs
    that reading of French "payé\u00a0— enfin"."""
    assert lines_to_read("Il a payé\u00a0— enfin") == whole("Il a payé\u00a0— enfin")


@pytest.mark.parametrize(
    "line",
    [
        "estÃ¡ Ã‰cole",  # UTF-8 shown by cp1252: a sign after "Ã"
        "NUMÃ™ 3",  # "Ã™" of "Ù": a trade mark after a capital beyond ASCII
        "qué¿pasa",  # an inverted mark after a letter: "Â¿" of UTF-8 "¿" shows one
        "¡ndex partir?",  # before a small letter: Catalan "índex" in cp850 shown by cp1252
        "zhÃ“ hello",  # "Ã“" of "Ó": a quote after a capital beyond ASCII
        "ç«‹ is 立",  # "ç«‹" of "立": "«" after a letter, before no ASCII sign
        "5°Celsius",  # a degree sign before a word
        "S°ren og 2°r",  # cp437 "°" of cp1252 "ø", after a letter and before one
        "Hrub\u00a0 5",  # cp852 "á" shown by cp1252 as a no-break space, before a space
        "111\u0622\u00a021 Stockholm",  # UTF-8's no-break space shown by cp1256, "آ\u00a0"
        "Asi।",  # a danda after a letter of another script
        "5׳3",  # a geresh after no Hebrew letter: Latin-1 "×" shown by cp1255
    ],
)
def test_signs_where_misreads_put_them_are_read(line: str) -> None:
    """The same signs elsewhere send the line to the engine."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "ÉCOLE PRIMAIRE, PLACE DE LA RÉPUBLIQUE",  # Latin capitals of one language
        "Wir gehen die Straße entlang, weiß er.",  # "ß" after a vowel
        "Congrats to the team 🎉🎉, well done!",  # emoji beside a word
        "Café au lait ☕️ et croissant 🥐",  # an emoji with its variation selector
        "Ana 👩\u200d💻 programa todo el día.",  # emoji joined into one
        "Chloë went to the café.",  # legacy readings cased as no word is ("ChloÙ")
        "İstanbul’da hava bugün çok güzel.",  # Turkish "İ" in Turkish words
        "Fiyat: 50 ₺, teslimat ücretsiz.",  # a currency sign apart from words
    ],
)
def test_capitals_letters_and_signs_where_text_writes_them_are_passed_over(line: str) -> None:
    """Capitals, "ß", "İ", currency signs and emoji are no trace of a misread where text
    writes them."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "FENÃŠTRE",  # "ÃŠ" of "Ê": capitals, but a letter pair no language writes
        "ПРИВЕТ МИР",  # Cyrillic capitals: KOI8-R read as cp1251 writes them
        "Sßßdelk",  # "ß" after a consonant, and twice
        "Está bien, estß bien.",  # cp1252 "á" shown by cp437: "ß" after a consonant
        "ðŸŽ‰ party",  # UTF-8 of an emoji shown by cp1252
        "Wİe geht es dİr heute?",  # "İ" in words of a language that does not write it
    ],
)
def test_capitals_and_letters_where_misreads_put_them_are_read(line: str) -> None:
    """Capitals that read as no language, and "ß" or "İ" where no language that writes it
    would, are read."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "Шұғыла Әлиқызы, бас дәрігер",  # Kazakh "ұ", "ғ", "ә", "қ": no codepage shows them
        "Əli və Leyla Bakıda yaşayırlar.",  # Azerbaijani "ə"
    ],
)
def test_words_with_letters_no_codepage_shows_are_passed_over_unpriced(line: str) -> None:
    """A word the letter model cannot price (its language is not in the model) is as it was
    written where it holds a letter no codepage shows: no misread made it."""
    assert lines_to_read(line) == []


def test_a_word_no_codepage_made_does_not_shield_a_misread_beside_it() -> None:
    """The words around one that no codepage shows are still judged."""
    line = "Нұрлан РџСЂРёРІРµС‚"
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "ราคา 250 บาท สวัสดีครับ",  # Thai: the model lacks it
        "Ганна Уладзіміраўна паўтарыць",  # Belarusian "ў" is in cp1251
        "العِلْمُ نُورٌ وَالجَهْلُ ظَلامٌ.",  # Arabic with its vowel marks
    ],
)
def test_words_no_misread_made_are_passed_over_unpriced(line: str) -> None:
    """A word the letter model cannot price is as it was written where no legacy reading of
    it is a word and no codepage shows UTF-8 in it."""
    assert lines_to_read(line) == []


def test_an_unpriced_latin_word_mostly_beyond_ascii_is_read() -> None:
    """A Western codepage shows East Asian legacy text as Latin letters beyond ASCII, and no
    language writes most of a word's so: "ÀÏÎÎÓï" is GBK "老挝语" shown by cp1252."""
    assert lines_to_read("ÀÏÎÎÓï, ") == whole("ÀÏÎÎÓï, ")


@pytest.mark.parametrize(
    "line",
    [
        "Tõnu õigus",  # Estonian: reads as Hungarian "őigus" through ISO 8859-2
        # Walser German "Nördličs" (cp1250 shown by cp1252): the model lacks the language.
        "Iberišes Portugisiš, Nördliès Amerika",
        # Adyghe "инджылызыбзэ" (KOI8-R shown by cp1252); Welsh writes each of these letters.
        "ÉÎÄÖÙÌÙÚÙÂÚÜ",
    ],
)
def test_an_unpriced_word_with_a_reading_that_is_a_word_is_read(line: str) -> None:
    """A misread has a reading that is the word it was."""
    assert lines_to_read(line) == whole(line)


@pytest.mark.parametrize(
    "line",
    [
        "ยูซุฟ นิลวรเธฃเธ“",  # Thai "วรรณ" at the end shown by cp874: "ร", "ณ" in a row
        "ЁЮДЬЁЮДд",  # Nyiakeng Puachue Hmong "𞄜𞄤" shown by cp866: UTF-8, every byte
        "ขอบคุณเธ”",  # Thai "ด" shown by cp874: UTF-8 with the quote glued on
    ],
)
def test_an_unpriced_word_that_shows_utf8_is_read(line: str) -> None:
    """A word whose bytes in a codepage that shows it are UTF-8 (all of them, or two
    characters people write in a row), with what is glued to it, is read."""
    assert lines_to_read(line) == whole(line)


def test_each_line_to_read_holds_its_break() -> None:
    text = "Müller ist da\nCafÃ©\nÃ©t\nschön\nCafÃ©"
    assert lines_to_read(text) == [(14, 20), (20, 24), (30, 35)]


def test_lines_left_to_read_next_to_each_other_are_read_as_one_span() -> None:
    """What the fast path leaves is read in spans, lines that meet joined."""
    text = "Roman Simoniè\nDÝKKAT! ISLAK ZEMÝN\nschön\nWes-Asi‰, Brasili‰\n"
    left, changes = _plainly_misread(text, lines_to_read(text), demojibake.Options())
    assert (left, changes) == ([(0, 34), (40, 59)], ())


def test_ascii_lines_are_passed_over() -> None:
    """ASCII holds no mojibake."""
    assert lines_to_read("plain\nascii\n") == []


def test_repairs_of_lines_read_apart_stand_where_they_are_in_the_text() -> None:
    """Changes and findings in the lines read are placed in the whole text."""
    text = "Müller ist da.\nCafÃ© au lait\nschön und gut\nРџСЂРёРІРµС‚"
    repair = demojibake.repair(text)
    assert repair.text == "Müller ist da.\nCafé au lait\nschön und gut\nПривет"
    assert [text[c.start : c.end] for c in repair.changes] == ["Ã©", "РџСЂРёРІРµС‚"]
    found = demojibake.detect(text)
    assert [(f.start, f.end) for f in found] == [(c.start, c.end) for c in repair.changes]


@pytest.mark.parametrize(
    "line",
    [
        "今天天气很好，我们去公园散步吧。",  # Chinese, its punctuation fullwidth
        "「また明日ね」と彼女は言った。",  # Japanese: kana, kanji, corner brackets
        "지난 주말에 가족과 함께 경주에 다녀왔습니다.",  # Korean
        "请点击登录页面上的“找回密码”",  # curly quotes glued to ideographs
        "华为Mate 60 智能手机",  # a Latin name glued to ideographs
    ],
)
def test_a_clean_line_of_east_asian_writing_is_passed_over(line: str) -> None:
    """Ideographs, kana and Hangul whose bytes in no East Asian codec are UTF-8 of plain
    text, whole or with bytes lost, are no trace of a misread."""
    assert lines_to_read(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "浣犲ソ",  # "你好" shown by GBK
        "袩褉懈胁械褌",  # Russian "Привет" shown by GBK
        "澶?閮?",  # "太郎" shown by GBK, a byte lost at each "?"
        "澶閮",  # the same, the bytes dropped
        "븞뀞븯꽭슂",  # Korean shown by cp949, the bytes it could not pair dropped
        "ｶﾀｶﾅ",  # halfwidth kana: what Shift JIS shows of other bytes
        "林美玲",  # one ideograph in three that the frequency table does not rank
        "Ella Sj枚blom och B盲ck",  # Latin text shown by GBK: one ideograph a letter
        "Dr. 艦眉kr眉 K谋l谋莽da臒谋",  # the same, most of its letters beyond ASCII
    ],
)
def test_east_asian_characters_a_misread_makes_are_read(line: str) -> None:
    """UTF-8 an East Asian codec showed, halfwidth kana and rare ideographs send the line to
    the engine."""
    assert lines_to_read(line) == whole(line)
