"""A line longer than LONG_LINE characters is judged and read phrase by phrase."""

from __future__ import annotations

import pytest
from pairs import read_as

import demojibake
from demojibake._engine import _may_have_lost_bytes, _plainly_misread
from demojibake._plain import LONG_LINE, lines_to_read, phrases_of, utf8_that_lost_bytes

#: Clean sentences, each a phrase of its own.
_CLEAN = [
    "Le café était fermé, mais la boulangerie à côté restait ouverte. ",
    "Die Stadt hat am Dienstag die Gebühren für Anwohner erhöht. ",
    "Vi gick till sjön och badade hela eftermiddagen. ",
    "El tren salió tarde porque había nieve en las vías. ",
]


def _clean_line(longer_than: int) -> str:
    """Clean sentences in turn, together longer than ``longer_than`` characters."""
    out: list[str] = []
    while sum(map(len, out)) <= longer_than:
        out.append(_CLEAN[len(out) % len(_CLEAN)])
    return "".join(out)


def _utf8_shown_by(text: str, codec: str) -> str:
    return read_as(text.encode(), codec)


def test_a_phrase_ends_after_a_sign_and_a_space_once_it_is_long_enough() -> None:
    """No phrase is shorter than _PHRASE_LEAST: "Dr. " ends none, nor do "1, " and "2, "."""
    text = "Dr. Müller kam um acht Uhr an, 1, 2, 3, und wir gingen nach Hause; dann regnete es."
    cuts = [text[a:b] for a, b in phrases_of(text, 0, len(text))]
    assert cuts == [
        "Dr. Müller kam um acht Uhr an, ",
        "1, 2, 3, ",
        "und wir gingen nach Hause; ",
        "dann regnete es.",
    ]


def test_only_the_misread_phrase_of_a_long_line_is_read() -> None:
    """The clean phrases of a long line are passed over as clean lines are."""
    head = _clean_line(LONG_LINE)
    misread = "Nous avons bu un CafÃ© au lait près du port. "
    text = head + misread + _CLEAN[1] + "\n"
    assert lines_to_read(text) == [(len(head), len(head) + len(misread))]


def test_a_line_no_longer_than_long_line_is_judged_whole() -> None:
    text = _CLEAN[0] + "Nous avons bu un CafÃ© au lait près du port. " + _CLEAN[1]
    assert len(text) <= LONG_LINE
    assert lines_to_read(text) == [(0, len(text))]


def test_each_phrase_of_a_long_line_is_repaired_from_its_own_misread() -> None:
    """Misreads of different codecs in one long line (records run together) are each
    undone, as they would be on lines of their own, and the clean phrases stay as they are."""
    russian = "Вчера вечером мы долго гуляли по старому парку. "
    greek = "Η βροχή σταμάτησε νωρίς το πρωί και βγήκαμε έξω. "
    french = "Nous avons bu un café au lait près du port. "
    clean = _clean_line(LONG_LINE) + russian + _CLEAN[1] + greek + _CLEAN[2] + french
    text = (
        _clean_line(LONG_LINE)
        + _utf8_shown_by(russian, "cp1251")
        + _CLEAN[1]
        + _utf8_shown_by(greek, "cp1253")
        + _CLEAN[2]
        + _utf8_shown_by(french, "cp1252")
    )
    assert demojibake.fix(text) == clean


def test_a_phrase_too_weak_alone_is_repaired_where_its_line_vouches_for_it() -> None:
    """In a long line misread as a whole, a phrase whose one run would not be repaired on
    its own ("2.┬║" of "2.º") is, as the misread of the phrases around it explains it."""
    clean = (
        "João Conceição Magalhães Maria da Assunção Gonçalves Simões Estêvão Araújo e Inês "
        "Brandão Rua Augusta, 274, 2.º esq., 1100-053 Lisboa Avenida Paulista, 1578 — Bela "
        "Vista, São Paulo – SP, 01310-200 Praça da Liberdade, 133, 4000-322 Porto SÃO PAULO "
        "— ESTAÇÃO DA LUZ ATENÇÃO: PROIBIDO ESTACIONAR — SAÍDA DE VEÍCULOS PADARIA E "
        "CONFEITARIA CORAÇÃO DE OURO FARMÁCIA — ABERTA ATÉ ÀS 22H Construções Irmãos Gusmão, "
        "Lda. Assunto: Confirmação da sua inscrição no curso de verão RE: Reunião de "
        "orçamento — podemos passar para quinta-feira? Pastel de nata (caixa de 6);Belém;7,20 "
        "€ Feijoada completa;Rio de Janeiro;R$ 59,90 Bicicleta elétrica;Coimbra;1.349,00 € "
        "Amanhã a temperatura mínima será de 9 °C e a máxima de 23 °C. “Não há pressa”, "
        "disse a avó, “o pão ainda está no forno.” Você já viu o pôr do sol no Arpoador? É de "
        "tirar o fôlego! Ó pá, não te esqueças de trazer o guarda-chuva… A saudade é uma "
        "palavra que não se traduz, sente-se. Naquela aldeia transmontana, o inverno chegava "
        "sempre antes do calendário. As mulheres acendiam a lareira logo de manhã, e o cheiro "
        "a castanhas assadas espalhava-se pelas ruelas de granito."
    )
    assert len(clean) > LONG_LINE
    text = _utf8_shown_by(clean, "cp437")
    assert "2.┬║ esq." in text
    assert demojibake.fix(text) == clean


def test_a_long_line_misread_twice_is_repaired_in_two_passes() -> None:
    """The second pass reads again the phrases the first left misread."""
    head = _clean_line(LONG_LINE)
    twice = _utf8_shown_by(_utf8_shown_by("Il a dit « à demain » à l’été. ", "cp1252"), "cp1252")
    assert demojibake.fix(head + twice + _CLEAN[3]) == (
        head + "Il a dit « à demain » à l’été. " + _CLEAN[3]
    )


@pytest.mark.parametrize(
    ("encoding", "shown_as"), [("cp1252", "cp850"), ("cp1252", "cp437"), ("mac_roman", "cp1252")]
)
def test_a_long_line_of_legacy_text_misread_as_a_whole_is_read_whole(
    encoding: str, shown_as: str
) -> None:
    """Where the fast path takes no phrase of a long line, the engine reads the line whole:
    a phrase of legacy text misread (Spanish Windows text shown by a DOS codepage) is told
    by all the words of its line, and alone by too few ("½pero ... cambiar╗" is "«pero ...
    cambiar»")."""
    clean = (
        "El año pasado viajamos en tren desde Sevilla hasta Córdoba para visitar a la abuela. "
        "Llegamos a la estación poco después del mediodía, cuando el sol ya calentaba las "
        "calles estrechas del centro. La abuela nos esperaba en el patio, rodeada de macetas "
        "con geranios y jazmín, y enseguida nos sirvió un gazpacho muy frío. Después de comer, "
        "mi hermano pequeño se durmió en el sofá mientras los mayores hablábamos de los viejos "
        "tiempos. Por la tarde paseamos junto al río y cruzamos el puente romano; había músicos "
        "en la plaza y niños que jugaban al fútbol entre los naranjos. Cenamos en una taberna "
        "donde el camarero recordaba el nombre de mi abuelo y nos contó anécdotas de su "
        "juventud. Al día siguiente fuimos a la mezquita temprano, antes de que llegaran los "
        "autobuses de turistas, y nos quedamos un buen rato mirando los arcos. La vuelta fue "
        "más lenta de lo previsto, porque el tren se detuvo media hora en una estación "
        "pequeña sin explicación alguna. Aun así, llegamos a casa contentos, con una caja de "
        "pasteles y la promesa de volver en otoño. «No os olvidéis de mí», nos dijo la abuela, "
        "«que el año se pasa enseguida»."
    )
    assert len(clean) > LONG_LINE
    assert demojibake.fix(clean.encode(encoding).decode(shown_as)) == clean


def _left_to_read(text: str) -> list[str]:
    """What the engine is left to read of ``text`` once the fast path has taken its part."""
    left, _changes = _plainly_misread(text, lines_to_read(text), demojibake.Options())
    return [text[a:b] for a, b in left]


#: A phrase that, misread as UTF-8 shown by cp1252, vouches for others of its line so misread.
_FRENCH = "Nous avons bu un café au lait près du port. "
#: A clean phrase with no sign at its end, which runs into the next.
_UNENDED = "İstanbul’da bugün hava yağmurlu "
_RUSSIAN = "Вчера вечером мы долго гуляли по старому парку. "


def test_misread_words_run_on_from_clean_ones_are_repaired_without_the_engine() -> None:
    """A phrase of a long line whose clean words run into misread ones with no sign between
    them (records from two sources run together) is read as the two phrases it is: the
    clean words pass, and the misread ones are repaired as the line's other phrases are."""
    head = _clean_line(LONG_LINE)
    clean = head + _FRENCH + _UNENDED + _RUSSIAN + _CLEAN[1]
    text = (
        head
        + _utf8_shown_by(_FRENCH, "cp1252")
        + _UNENDED
        + _utf8_shown_by(_RUSSIAN, "cp1252")
        + _CLEAN[1]
    )
    assert _left_to_read(text) == []
    assert demojibake.fix(text) == clean


def _run_together(middle: str) -> str:
    """A long line with a phrase that vouches for UTF-8 shown by cp1252, then ``middle``
    run on from a clean phrase with no sign at its end."""
    return _clean_line(LONG_LINE) + _utf8_shown_by(_FRENCH, "cp1252") + _UNENDED + middle


def test_clean_words_not_plainly_clean_leave_their_phrase_to_the_engine() -> None:
    """Where the clean words run together with misread ones are not plainly clean (box
    drawing in a line of words), the engine reads the phrase whole."""
    misread = _utf8_shown_by(_RUSSIAN, "cp1252")
    text = _run_together("Tabelle ├── Wörter " + misread)
    assert _left_to_read(text) == [_UNENDED + "Tabelle ├── Wörter " + misread]


def test_a_word_beside_misread_ones_that_may_have_lost_a_byte_is_no_clean_word() -> None:
    """A word beside misread ones that is not UTF-8 shown by cp1252 as it stands, but would
    be with a byte it lost, may be a part of the misread ("MÄori" is "Māori" that lost the
    0x81 cp1252 leaves undefined), though it reads as a clean word beside those after it:
    the engine reads its phrase whole, and puts the byte back."""
    damaged = _utf8_shown_by("Tāne ", "cp1252") + "MÄori " + _CLEAN[1]
    assert _left_to_read(_run_together(damaged)) == [_UNENDED + damaged]


@pytest.mark.parametrize(
    ("word", "lost"),
    [
        ("MÄori", True),  # (Māori: 0x81, undefined in cp1252, dropped)
        ("Ä?tvrtek", True),  # (čtvrtek: 0x8D shown as "?")
        ("Î", True),  # (Π: its 0xA0 a no-break space, made a space after the word)
        ("ÐŸÑ€Ð", True),  # (Пр and the lead of Р)
        ("études", False),  # (0x92 leads nothing; 0xE9 leads three bytes)
        ("Châtelain", False),  # (0xE2 two bytes short)
        ("Gebühren", False),  # (0xFC is in no UTF-8)
        ("Kraków", False),  # (0xF3 three bytes short)
        ("Ñoño", False),  # (0xF1 three bytes short)
    ],
)
def test_a_word_may_be_utf8_that_lost_bytes_where_each_sequence_cut_short_lost_one(
    word: str, lost: bool
) -> None:
    assert utf8_that_lost_bytes(word, "cp1252") is lost


def test_a_continuation_byte_with_no_lead_may_have_lost_one_the_codec_leaves_undefined() -> None:
    """cp1253 leaves 0xD2 undefined, a lead of Cyrillic UTF-8 ("Ҁ"): its "΄" (0xB4) alone
    may be what is left of one; cp1252 defines every lead, and its "´" (0xB4) is none."""
    assert utf8_that_lost_bytes("x\u0384", "cp1253")
    assert not utf8_that_lost_bytes("x\u00b4", "cp1252")


def test_a_word_that_holds_a_replacement_character_may_have_lost_bytes() -> None:
    assert _may_have_lost_bytes("Ð¿Ñ\ufffd", ("cp1252",))
    assert not _may_have_lost_bytes("études", ("cp1252",))


def test_misread_words_read_as_other_utf8_through_another_codec_are_left_to_the_engine() -> None:
    """Misread words run together with clean ones are read apart from them only where no
    other codec reads them as other UTF-8: "KÅ¨lea" is "Kōlea" shown by cp1257 and "KŨlea"
    shown by cp1252, and the engine, which weighs the words around them, tells which."""
    text = _run_together("KÅ¨lea " + _CLEAN[1])
    assert _left_to_read(text) == [_UNENDED + "KÅ¨lea " + _CLEAN[1]]
    assert "Kōlea" in demojibake.fix(text)


def test_misread_words_not_plainly_misread_leave_their_phrase_to_the_engine() -> None:
    """Where the misread words run together with clean ones do not read plainly ("ééé" is no
    word), the engine reads the phrase whole, as it reads any other."""
    text = _run_together("Ã©Ã©Ã© " + _CLEAN[1])
    assert _left_to_read(text) == [_UNENDED + "Ã©Ã©Ã© " + _CLEAN[1]]


def test_words_misread_as_no_phrase_of_the_line_was_leave_their_phrase_to_the_engine() -> None:
    """Only words that are UTF-8 shown by a codepage that showed the line's phrases repaired
    are read apart from the clean words before them: Russian shown by cp1251, in a line
    whose French was shown by cp1252, is left to the engine with its phrase."""
    misread = _utf8_shown_by(_RUSSIAN, "cp1251")
    assert _left_to_read(_run_together(misread)) == [_UNENDED + misread]
