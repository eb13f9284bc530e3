"""The corpus: what the generator promises, and how the engine does on every case.

The generator tests pin ``corpus/pairs.py`` (deterministic, unique labels, real damage, clean
files in shape). The engine tests run ``demojibake.fix`` over the corpus: clean text must come
back unchanged, each generated category must reach its floor, and each hand-made case must be
repaired unless it is listed in ``KNOWN_FAILING`` (strict xfail, so a surprise fix fails the run
until its label is removed from the list).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pairs
import pytest

import demojibake

# Minimum exact-repair rate (fix(damaged) == expected) per generated category, measured and
# written by `python tools/measure_corpus.py --write` (two points below the measured rate).
# Categories not listed here default to 0.0.
FLOORS: dict[str, float] = {
    "big5-as-cp1252": 0.98,
    "big5-as-cp437": 0.98,
    "big5-as-latin-1": 0.98,
    "cp1250-as-cp1251": 0.74,
    "cp1250-as-cp1252": 0.96,
    "cp1250-as-cp852": 0.52,
    "cp1250-as-koi8-r": 0.46,
    "cp1251-as-cp1252": 0.98,
    "cp1251-as-cp850": 0.90,
    "cp1251-as-cp866": 0.92,
    "cp1251-as-koi8-r": 0.98,
    "cp1251-as-mac_roman": 0.94,
    "cp1252-as-cp1251": 0.80,
    "cp1252-as-cp850": 0.68,
    "cp1252-as-koi8-r": 0.57,
    "cp1253-as-cp1252": 0.98,
    "cp1254-as-cp1252": 0.98,
    "cp1255-as-cp1252": 0.82,
    "cp1256-as-cp1252": 0.87,
    "cp437-as-cp1252": 0.52,
    "cp850-as-cp1252": 0.70,
    "cp850-as-latin-1": 0.68,
    "cp852-as-cp1250": 0.62,
    "cp866-as-cp1251": 0.98,
    "cp866-as-cp1252": 0.94,
    "cp932-as-cp1252": 0.98,
    "cp932-as-cp437": 0.98,
    "cp932-as-latin-1": 0.98,
    "cp949-as-cp1252": 0.98,
    "cp949-as-cp437": 0.98,
    "cp949-as-latin-1": 0.98,
    "euc_jp-as-cp1252": 0.93,
    "euc_jp-as-latin-1": 0.93,
    "gbk-as-cp1252": 0.98,
    "gbk-as-cp437": 0.98,
    "gbk-as-latin-1": 0.98,
    "iso-8859-2-as-cp1252": 0.96,
    "iso-8859-2-as-latin-1": 0.94,
    "koi8-r-as-cp1251": 0.98,
    "koi8-r-as-cp1252": 0.98,
    "koi8-r-as-latin-1": 0.95,
    "koi8-u-as-cp1251": 0.98,
    "lossy/c1": 0.98,
    "lossy/dropped": 0.64,
    "lossy/gbk-dropped": 0.03,
    "lossy/gbk-replacement": 0.08,
    "lossy/nbsp-space": 0.96,
    "lossy/question-mark": 0.80,
    "lossy/replacement": 0.60,
    "segment/utf8-as-cp1250": 0.98,
    "segment/utf8-as-cp1251": 0.98,
    "segment/utf8-as-cp1252": 0.98,
    "segment/utf8-as-cp1253": 0.96,
    "segment/utf8-as-cp1254": 0.98,
    "segment/utf8-as-cp1255": 0.98,
    "segment/utf8-as-cp1256": 0.98,
    "segment/utf8-as-cp1257": 0.96,
    "segment/utf8-as-cp437": 0.98,
    "segment/utf8-as-cp850": 0.98,
    "segment/utf8-as-cp852": 0.98,
    "segment/utf8-as-cp866": 0.98,
    "segment/utf8-as-cp874": 0.98,
    "segment/utf8-as-iso-8859-15": 0.98,
    "segment/utf8-as-iso-8859-2": 0.96,
    "segment/utf8-as-iso-8859-7": 0.98,
    "segment/utf8-as-koi8-r": 0.98,
    "segment/utf8-as-koi8-u": 0.98,
    "segment/utf8-as-latin-1": 0.98,
    "segment/utf8-as-mac_roman": 0.98,
    "utf8-as-big5": 0.96,
    "utf8-as-cp1250": 0.98,
    "utf8-as-cp1250/x2": 0.98,
    "utf8-as-cp1250/x3": 0.98,
    "utf8-as-cp1251": 0.98,
    "utf8-as-cp1251/x2": 0.98,
    "utf8-as-cp1251/x3": 0.98,
    "utf8-as-cp1252": 0.98,
    "utf8-as-cp1252/x2": 0.98,
    "utf8-as-cp1252/x3": 0.98,
    "utf8-as-cp1253": 0.98,
    "utf8-as-cp1254": 0.98,
    "utf8-as-cp1255": 0.98,
    "utf8-as-cp1256": 0.96,
    "utf8-as-cp1257": 0.98,
    "utf8-as-cp437": 0.98,
    "utf8-as-cp437/x2": 0.98,
    "utf8-as-cp437/x3": 0.98,
    "utf8-as-cp850": 0.98,
    "utf8-as-cp852": 0.96,
    "utf8-as-cp866": 0.98,
    "utf8-as-cp874": 0.98,
    "utf8-as-cp932": 0.98,
    "utf8-as-cp949": 0.98,
    "utf8-as-euc-kr": 0.96,
    "utf8-as-gb18030": 0.98,
    "utf8-as-gbk": 0.96,
    "utf8-as-iso-8859-15": 0.98,
    "utf8-as-iso-8859-2": 0.98,
    "utf8-as-iso-8859-7": 0.96,
    "utf8-as-koi8-r": 0.98,
    "utf8-as-koi8-r/x2": 0.98,
    "utf8-as-koi8-r/x3": 0.98,
    "utf8-as-koi8-u": 0.98,
    "utf8-as-latin-1": 0.98,
    "utf8-as-latin-1/x2": 0.98,
    "utf8-as-latin-1/x3": 0.98,
    "utf8-as-mac_roman": 0.96,
    "utf8-as-mac_roman/x2": 0.98,
    "utf8-as-mac_roman/x3": 0.98,
    "utf8-as-shift_jis": 0.98,
}

# Hand-made cases the engine does not repair yet, measured by running them; each maps to what
# goes wrong. Remove a label when the engine learns to repair it (strict xfail will insist).
KNOWN_FAILING: dict[str, str] = {
    "handmade/legacy/csv-de-cp850-as-latin-1": (
        "a line whose only sign of cp850 is a letter read as another (ß as á) is left"
    ),
    "handmade/lossy/dagger-nbsp-space": "a dagger whose no-break space became a space is left",
}

HANDMADE_CATEGORIES = frozenset(
    f"handmade/{name}" for name in ("utf8-single-byte", "cjk", "legacy", "lossy", "mixed")
)

CLEAN_DIR = Path(pairs.__file__).resolve().parent / "clean"
CLEAN_FILES = sorted(CLEAN_DIR.glob("*.txt"))
CLEAN_HEADER = "# demojibake clean corpus v1 \N{EM DASH} "


def _handmade_params() -> list[object]:
    params: list[object] = []
    for case in pairs.handmade_cases():
        marks = []
        if case.label in KNOWN_FAILING:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[case.label]))
        params.append(pytest.param(case, id=case.label, marks=marks))
    return params


def _clean_cases() -> list[pairs.Case]:
    return [case for case in pairs.all_cases() if case.category == "clean"]


def _unread(text: str, codec: str) -> bytes:
    """The bytes that ``pairs.read_as(..., codec)`` turns into ``text``."""
    if codec in pairs.CJK_MISREADS:
        return text.encode(codec)
    table = pairs.read_as(bytes(range(256)), codec)
    return bytes(table.index(char) for char in text)


def _has_source_text(category: str) -> bool:
    """Whether some clean line is one the family of ``category`` can damage."""
    texts = [text for _, text in pairs.clean_texts()]
    if category == "lossy/nbsp-space":
        return any(0xA0 in text.encode("utf-8") for text in texts)
    if category in ("lossy/c1", "lossy/question-mark", "lossy/replacement", "lossy/dropped"):
        return any(not pairs.CP1252_UNDEFINED.isdisjoint(text.encode("utf-8")) for text in texts)
    if category in ("lossy/gbk-replacement", "lossy/gbk-dropped"):
        return any("\ufffd" in text.encode("utf-8").decode("gbk", "replace") for text in texts)
    real, _, read = category.removeprefix("segment/").split("/")[0].partition("-as-")
    if real == "utf8" and read not in pairs.CJK_MISREADS:
        return any(not text.isascii() for text in texts)
    if real == "utf8":
        real = "utf-8"
        scripts = None
    else:
        scripts = {s for r, b, s in pairs.LEGACY_MISREADS if (r, b) == (real, read)}
    for text in texts:
        # The script rule is the generator's own: whether a line counts as Cyrillic or Chinese.
        if scripts and not any(pairs._written_in(text, script) for script in scripts):
            continue
        try:
            data = text.encode(real)
            damaged = pairs.read_as(data, read)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if damaged != text and _unread(damaged, read) == data:
            return True
    return False


# --- the generator -------------------------------------------------------------------------


def test_generation_is_deterministic_across_processes() -> None:
    """An interpreter with another hash seed generates exactly the same cases, in order."""
    here = hashlib.sha256(repr(pairs.all_cases()).encode("utf-8")).hexdigest()
    script = (
        "import hashlib, pairs; print(hashlib.sha256(repr(pairs.all_cases()).encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", script],
        cwd=CLEAN_DIR.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert there == here


def test_labels_are_unique() -> None:
    """No two cases in the corpus share a label."""
    labels = [case.label for case in pairs.all_cases()]
    duplicates = sorted({label for label in labels if labels.count(label) > 1})
    assert not duplicates


@pytest.mark.parametrize("category", pairs.categories())
def test_category_is_nonempty_when_its_source_texts_exist(category: str) -> None:
    """A generated category has cases whenever some clean line is one it can damage."""
    if not _has_source_text(category):
        pytest.skip(f"no clean text that {category} applies to yet")
    cases = [case for case in pairs.generated_cases() if case.category == category]
    assert 0 < len(cases) <= pairs.CAP_PER_CATEGORY


def test_only_clean_cases_are_undamaged() -> None:
    """Every case except the "clean" ones has damaged text different from the expected text."""
    for case in pairs.all_cases():
        assert (case.damaged == case.expected) == (case.category == "clean"), case.label


@pytest.mark.parametrize(
    "category", [c for c in pairs.categories() if "-as-" in c and not c.startswith("segment/")]
)
def test_whole_text_damage_is_undone_by_its_own_chain(category: str) -> None:
    """Re-encoding a whole-text case's damage layer by layer gives back the expected text."""
    family, _, layers = category.partition("/x")
    real, _, read = family.partition("-as-")
    real = "utf-8" if real == "utf8" else real
    for case in pairs.generated_cases():
        if case.category != category:
            continue
        text = case.damaged
        for _ in range(int(layers or 1)):
            text = _unread(text, read).decode(real)
        assert text == case.expected, case.label


@pytest.mark.parametrize("path", CLEAN_FILES, ids=[path.name for path in CLEAN_FILES])
def test_clean_file_starts_with_the_v1_header(path: Path) -> None:
    """Every clean file's first line is the versioned corpus header."""
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line.startswith(CLEAN_HEADER)


@pytest.mark.parametrize("path", CLEAN_FILES, ids=[path.name for path in CLEAN_FILES])
def test_clean_file_is_nfc_without_control_characters(path: Path) -> None:
    """Clean files are NFC and hold no control characters besides the line feeds."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        assert unicodedata.is_normalized("NFC", line), f"{path.name}:{number}"
        controls = [hex(ord(ch)) for ch in line if unicodedata.category(ch) == "Cc"]
        assert not controls, f"{path.name}:{number}: {controls}"


def test_handmade_cases_cover_the_five_kinds() -> None:
    """There are at least 60 hand-made cases, each in one of the five hand-made categories."""
    cases = pairs.handmade_cases()
    assert len(cases) >= 60
    assert {case.category for case in cases} == HANDMADE_CATEGORIES


def test_known_failing_labels_exist() -> None:
    """Every label in KNOWN_FAILING names a hand-made case, so the list cannot go stale."""
    labels = {case.label for case in pairs.handmade_cases()}
    assert set(KNOWN_FAILING) <= labels


def test_stats_lists_every_category(capsys: pytest.CaptureFixture[str]) -> None:
    """``pairs.py --stats`` prints a count for every category that has cases."""
    assert pairs.main(["--stats"]) == 0
    names = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert {case.category for case in pairs.all_cases()} <= names


def test_dump_prints_the_requested_number_of_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    """``pairs.py --dump CATEGORY N`` prints N pairs of that category."""
    assert pairs.main(["--dump", "handmade", "3"]) == 0
    out = capsys.readouterr().out
    assert out.count("  damaged:  ") == 3


# --- the engine on the corpus --------------------------------------------------------------


@pytest.mark.parametrize("case", _clean_cases(), ids=lambda case: case.label)
def test_clean_text_is_unchanged(case: pairs.Case) -> None:
    """The engine returns every clean corpus line exactly as it was."""
    assert demojibake.fix(case.damaged) == case.damaged


@pytest.mark.parametrize("category", pairs.categories())
def test_category_repair_rate_meets_its_floor(
    category: str, record_property: Callable[[str, object], None]
) -> None:
    """The engine repairs at least its floor's share of a category's cases exactly."""
    cases = [case for case in pairs.generated_cases() if case.category == category]
    if not cases:
        pytest.skip(f"no cases in {category}")
    failed = [case.label for case in cases if demojibake.fix(case.damaged) != case.expected]
    rate = 1 - len(failed) / len(cases)
    record_property("repair_rate", round(rate, 4))
    floor = FLOORS.get(category, 0.0)
    assert rate >= floor, f"{rate:.3f} < {floor} in {category}; e.g. {failed[:5]}"


# Lossy categories where a lost character can at best become U+FFFD, so that exact repairs
# say little: the least share of the expected characters the repairs must hold, in order
# (bench/accuracy.py's 'chars' column). Measured 88.4 % and 61.4 % at 0697c1e.
CHARACTER_FLOORS: dict[str, float] = {
    "lossy/gbk-replacement": 0.86,
    "lossy/gbk-dropped": 0.58,
}


@pytest.mark.parametrize("category", sorted(CHARACTER_FLOORS))
def test_lossy_category_keeps_its_share_of_characters(category: str) -> None:
    """The repairs of a category whose lost characters stay lost hold at least its floor's
    share of the original characters."""
    cases = [case for case in pairs.generated_cases() if case.category == category]
    assert cases, f"no cases in {category}"
    right = total = 0
    for case in cases:
        matcher = difflib.SequenceMatcher(
            None, demojibake.fix(case.damaged), case.expected, autojunk=False
        )
        right += sum(block.size for block in matcher.get_matching_blocks())
        total += len(case.expected)
    floor = CHARACTER_FLOORS[category]
    assert right / total >= floor, f"{right / total:.3f} < {floor} in {category}"


@pytest.mark.parametrize("case", _handmade_params())
def test_handmade_case_is_repaired(case: pairs.Case) -> None:
    """The engine turns a hand-made damaged text into exactly the expected repair."""
    assert demojibake.fix(case.damaged) == case.expected
