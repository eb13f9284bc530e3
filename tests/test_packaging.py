"""Facts about the package itself: typing, hooks, data files."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_source_is_mypy_strict_clean() -> None:
    """``mypy --strict`` (configured in pyproject.toml) finds nothing in src/."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_hook_is_documented_in_the_readme() -> None:
    """Each hook id in .pre-commit-hooks.yaml appears in the README."""
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ids = [line.split(":", 1)[1].strip() for line in hooks.splitlines() if line.startswith("- id:")]
    assert ids == ["fix-mojibake", "check-mojibake"]
    for hook_id in ids:
        assert hook_id in readme


@pytest.mark.parametrize(
    "name",
    [
        "letters.tsv",
        "cjk.txt",
        "bigrams.txt",
        "marks.txt",
        "cjk_frequency.txt",
        "cjk_pairs.txt",
        "indic_triples.txt",
        "letter_model.txt",
    ],
)
def test_data_files_ship_with_a_versioned_header(name: str) -> None:
    """Each data file is in the package and starts with its format version."""
    text = resources.files("demojibake").joinpath("data", name).read_text(encoding="utf-8")
    assert text.startswith("# demojibake ")
    assert text.splitlines()[0].endswith(" v1")


def test_the_word_list_ships_with_a_versioned_header() -> None:
    """data/words.bin starts with its format version and says how many values each tier of
    words holds (common, known and plain), which its data holds, each with the number of its
    set of languages."""
    blob = resources.files("demojibake").joinpath("data", "words.bin").read_bytes()
    head, marker, data = blob.partition(b"# data\n")
    assert marker and head.startswith(b"# demojibake words v5\n")
    counts = {
        line.split()[1]: int(line.split()[3].rstrip(","))
        for line in head.decode("utf-8").splitlines()
        if " words " in line and "their language sets: " in line
    }
    assert set(counts) == {"common", "known", "plain"}
    # (A common or plain word's hash is 4 bytes, a known word's key 8, and the number of its
    # set of languages 2: see tools/build_lexicon.py.)
    assert len(data) == 6 * counts["common"] + 10 * counts["known"] + 6 * counts["plain"] > 0


def test_every_data_file_names_its_source_and_licence() -> None:
    """data/SOURCES.md has a row for each shipped table, with a licence in it."""
    data = resources.files("demojibake").joinpath("data")
    sources = data.joinpath("SOURCES.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in sources.splitlines() if "| `" in line}
    names = {item.name for item in data.iterdir() if item.name != "SOURCES.md"}
    assert names == set(rows)
    for row in rows.values():
        assert any(word in row for word in ("License", "CC0", "CC BY-SA"))


def test_importing_demojibake_loads_no_heavy_module() -> None:
    """``import demojibake`` imports neither charset-normalizer, importlib.metadata nor the
    engine (its patterns and tables load on the first repair)."""
    heavy = (
        "('charset_normalizer', 'importlib.metadata', 'demojibake._engine', 'demojibake._detect')"
    )
    code = f"import sys, demojibake; print(any(m.startswith({heavy}) for m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
