"""How often demojibake and ftfy change the translated strings of this machine's gettext catalogs.

The catalogs under ``/usr/share/locale/*/LC_MESSAGES/*.mo`` (GTK, GLib, coreutils, ISO code
names and whatever else the machine has installed) hold real interface text in a couple of
hundred languages, written by people and never seen by demojibake's tuning: the most
realistic clean text at hand. Each translated string beyond ASCII is split into lines and
given to ``demojibake.fix`` and ``ftfy.fix_encoding``; ``--capitals`` upper-cases every line
first (headings, CSV exports of names), which moves many letters of Latin and Cyrillic
alphabets onto the bytes that UTF-8 uses for lead bytes.

A change is not always a wrong one: a few catalogs hold real mojibake (Nynorsk's
gettext-tools catalog writes "Â«%sÂ»"). So the counts are an upper bound on wrong changes,
and ``--show N`` prints the first N changes of each tool to judge them. Nothing here knows
a result in advance, and nothing is written anywhere. Machines differ in the catalogs they
have: compare runs on one machine only.

Run from the repository root:  python bench/catalogs.py [--capitals] [--per-catalog N]
[--show N] [--root DIR] [--jobs N]
"""

from __future__ import annotations

import argparse
import gettext
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from _shared import TOOLS, Unavailable, apply_to_all, render_table

ROOT = Path("/usr/share/locale")


def catalog_lines(root: Path, per_catalog: int, capitals: bool) -> list[tuple[str, str]]:
    """(language, line) for the translated lines beyond ASCII of every catalog under
    ``root``: at most ``per_catalog`` strings of each, drawn with a fixed seed."""
    paths = sorted(root.glob("*/LC_MESSAGES/*.mo"))
    if not paths:
        raise Unavailable(f"no gettext catalogs under {root}")
    rng = random.Random(1)
    lines: set[tuple[str, str]] = set()
    for path in paths:
        language = path.parts[-3]
        try:
            with path.open("rb") as stream:
                catalog = gettext.GNUTranslations(stream)._catalog  # type: ignore[attr-defined]
        except (OSError, ValueError, LookupError):
            continue  # (a broken catalog, or one in an unknown encoding)
        strings = sorted(
            {v.strip() for k, v in catalog.items() if k and isinstance(v, str) and not v.isascii()}
        )
        rng.shuffle(strings)
        for string in strings[:per_catalog]:
            for line in string.splitlines():
                if line.strip() and not line.isascii():
                    lines.add((language, line.upper() if capitals else line))
    return sorted(lines)


def changed_by(
    tool: str, items: Sequence[tuple[str, str]], jobs: int
) -> list[tuple[str, str, str]]:
    """(language, line, output) for each line ``tool`` changes; a line it raised on counts
    as changed, its output the error."""
    answers = apply_to_all(tool, [line for _, line in items], jobs, chunksize=200)
    return [
        (language, line, out if out is not None else f"(raised {error})")
        for (language, line), (out, error) in zip(items, answers, strict=True)
        if out != line
    ]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="where the locales are")
    parser.add_argument("--capitals", action="store_true", help="upper-case every line first")
    parser.add_argument(
        "--per-catalog", type=int, default=300, help="most strings read from one catalog"
    )
    parser.add_argument("--show", type=int, default=0, help="print the first N changes of each")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        items = catalog_lines(args.root, args.per_catalog, args.capitals)
    except Unavailable as exc:
        print(f"skipped: {exc}")
        return 0
    print(
        f"== {len(items)} translated lines beyond ASCII from the gettext catalogs under "
        f"{args.root}{' (upper-cased)' if args.capitals else ''}"
    )
    results = {}
    for tool in TOOLS:
        started = time.perf_counter()
        results[tool] = changed_by(tool, items, args.jobs)
        print(f"   {tool}: {time.perf_counter() - started:.1f} s")
    by_language = {
        tool: Counter(language for language, _, _ in got) for tool, got in results.items()
    }
    languages = sorted(
        set().union(*by_language.values()),
        key=lambda lang: (-sum(c[lang] for c in by_language.values()), lang),
    )
    rows = [["TOTAL", *(str(len(results[tool])) for tool in TOOLS)]]
    rows += [[lang, *(str(by_language[tool][lang]) for tool in TOOLS)] for lang in languages]
    print()
    print(render_table(["lines changed", *TOOLS], rows))
    ours = {(lang, line): out for lang, line, out in results["demojibake"]}
    theirs = {(lang, line): out for lang, line, out in results["ftfy"]}
    same = sum(1 for key, out in ours.items() if theirs.get(key) == out)
    both = len(ours.keys() & theirs.keys())
    print(
        f"\nchanged alike by both: {same}; by both, differently: {both - same}; "
        f"by demojibake alone: {len(ours) - both}; by ftfy alone: {len(theirs) - both}"
    )
    for tool, got in results.items():
        if args.show and got:
            print(f"\n{tool}: first {min(args.show, len(got))} of {len(got)} changes")
            for language, line, out in got[: args.show]:
                print(f"  {language}: {line!r}\n    -> {out!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
