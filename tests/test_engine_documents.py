"""Documents that mix clean lines with lines misread by one codepage.

Repairs vouch for the misread they share, across a whole text. These tests pin that vouching
stays with the lines it comes from: every clean line of the corpus, set among lines of the
corpus misread by each single-byte codepage, comes back unchanged.
"""

from __future__ import annotations

import random

import pairs
import pytest

import demojibake

#: Codepages that show UTF-8 as text, each with the corpus category of its lines.
_CODEPAGES = (
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp437",
    "iso-8859-2",
    "iso-8859-15",
    "mac_roman",
)
#: Clean lines per document; each sits between two misread lines.
_CLEAN_PER_DOCUMENT = 12


def _clean_lines() -> list[str]:
    lines = []
    for _, text in pairs.clean_texts():
        lines += [line for line in text.split("\n") if not line.isascii() and "\r" not in line]
    return lines


def _misread_lines(codec: str) -> list[str]:
    return [
        case.damaged
        for case in pairs.generated_cases()
        if case.category == f"utf8-as-{codec}" and "\n" not in case.damaged
    ]


@pytest.mark.parametrize("codec", _CODEPAGES)
def test_clean_lines_among_misread_lines_come_back_unchanged(codec: str) -> None:
    """Every clean line of the corpus, among lines misread by ``codec``, is left as it is."""
    clean = _clean_lines()
    misread = _misread_lines(codec)
    assert len(misread) >= 20
    rng = random.Random(codec)
    changed = []
    for i in range(0, len(clean), _CLEAN_PER_DOCUMENT):
        chunk = clean[i : i + _CLEAN_PER_DOCUMENT]
        lines = []
        for line in chunk:
            lines += [rng.choice(misread), line]
        lines.append(rng.choice(misread))
        out = demojibake.fix("\n".join(lines)).split("\n")
        assert len(out) == len(lines)
        changed += [
            (line, out[2 * k + 1]) for k, line in enumerate(chunk) if out[2 * k + 1] != line
        ]
    assert changed == []
