"""What the benchmark scripts share: the tools they compare and how to run one over many
texts, finding the corpus, and printing fixed-width tables.

Not a public module; it is imported by the scripts, which put this directory on sys.path by
being run as ``python bench/<script>.py``.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType

import ftfy

import demojibake

REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO / "corpus"

Fixer = Callable[[str], str]
#: The tools compared, by name: demojibake, and ftfy through its public API.
TOOLS: dict[str, Fixer] = {"demojibake": demojibake.fix, "ftfy": ftfy.fix_encoding}


def tested_build() -> str:
    """Which demojibake the scripts measure: its version, its engine's build (compiled with
    mypyc, or pure Python: see tools/hatch_build.py) and where it is imported from."""
    from demojibake._cli import engine_build

    where = Path(demojibake.__file__).parent
    return f"demojibake {demojibake.__version__} (engine: {engine_build()}) from {where}"


def apply_tool(job: tuple[str, str]) -> tuple[str | None, str | None]:
    """(output, None) from the named tool on a text, or (None, the error) when it raised."""
    tool, text = job
    try:
        return TOOLS[tool](text), None
    except Exception as exc:  # a crash is a failed text, shown as such, not a lost run
        return None, f"{type(exc).__name__}: {exc}"


def apply_to_all(
    tool: str, texts: Sequence[str], jobs: int, chunksize: int
) -> list[tuple[str | None, str | None]]:
    """apply_tool() for ``tool`` on each of ``texts``, in order, spread over ``jobs`` forked
    worker processes when above 1 (they inherit the imported tools)."""
    work = [(tool, text) for text in texts]
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            return pool.map(apply_tool, work, chunksize=chunksize)
    return [apply_tool(job) for job in work]


class Unavailable(Exception):
    """Something a section needs is missing; the message says what, and the section is skipped."""


def import_corpus(corpus_dir: Path = CORPUS_DIR) -> ModuleType:
    """``corpus/pairs.py`` as a module, imported from the repository next to this script."""
    sys.path.insert(0, str(corpus_dir))
    try:
        return importlib.import_module("pairs")
    except ImportError as exc:
        raise Unavailable(f"cannot import {corpus_dir / 'pairs.py'} ({exc})") from exc
    finally:
        sys.path.remove(str(corpus_dir))


def render_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    spans: Sequence[tuple[str, int]] = (),
    right: bool = True,
) -> str:
    """Fixed-width columns, the first left-aligned; ``spans`` titles groups of columns."""
    body = [list(row) for row in rows]
    widths = [max(len(line[i]) for line in [list(headers), *body]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        pad = str.rjust if right else str.ljust
        rest = [pad(cell, width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    lines = []
    if spans:
        titles, column = [], 0
        for title, span in spans:
            width = sum(widths[column : column + span]) + 2 * (span - 1)
            titles.append(title.center(width, "-" if title else " "))
            column += span
        lines.append("  ".join(titles).rstrip())
    lines += [line(headers), "  ".join("-" * width for width in widths)]
    return "\n".join(lines + [line(cells) for cells in body])


def verdict(met: bool) -> str:
    """How a target's outcome is shown: quietly when met, loudly when not."""
    return "met" if met else "MISSED"
