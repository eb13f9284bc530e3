"""A line longer than LONG_LINE characters is judged and read phrase by phrase."""

from __future__ import annotations

import pytest
from pairs import read_as

import demojibake
from demojibake._plain import LONG_LINE, lines_to_read, phrases_of

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
