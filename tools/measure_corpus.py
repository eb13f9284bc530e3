"""Measure the engine on the corpus and rewrite the expectations in tests/test_corpus.py.

``python tools/measure_corpus.py`` prints the exact-repair rate of every generated category
and the hand-made cases that fail. With ``--write`` it also rewrites the ``FLOORS`` dict
(each floor set a little below the measured rate, so that a regression fails the tests while
noise between machines does not) and the ``KNOWN_FAILING`` dict (keeping the reasons already
written for labels that still fail). Run it after changing the engine, then read the diff.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus"))
sys.path.insert(0, str(ROOT / "src"))

import pairs  # noqa: E402

import demojibake  # noqa: E402

TESTS = ROOT / "tests" / "test_corpus.py"
#: How far below the measured rate a floor is set: one case in fifty.
SLACK = 0.02


def measure() -> tuple[dict[str, tuple[int, int]], list[pairs.Case]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failing = []
    for case in pairs.all_cases():
        ok = demojibake.fix(case.damaged) == case.expected
        if case.category.startswith("handmade/"):
            if not ok:
                failing.append(case)
            continue
        if case.category == "clean":
            continue
        counts[case.category][0] += ok
        counts[case.category][1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}, failing


def floor_of(ok: int, total: int) -> float:
    return max(0.0, math.floor((ok / total - SLACK) * 100) / 100)


def rewrite(rates: dict[str, tuple[int, int]], failing: list[pairs.Case]) -> None:
    source = TESTS.read_text(encoding="utf-8")
    old_reasons = dict(re.findall(r'^    "(handmade/[^"]+)": "([^"]*)",$', source, re.M))
    floors = "".join(f'    "{cat}": {floor_of(*rates[cat]):.2f},\n' for cat in sorted(rates))
    known = "".join(
        f'    "{case.label}": "{old_reasons.get(case.label, "not repaired yet")}",\n'
        for case in sorted(failing, key=lambda c: c.label)
    )
    source = _replace_body(source, r"FLOORS: dict\[str, float\]", floors)
    source = _replace_body(source, r"KNOWN_FAILING: dict\[str, str\]", known)
    TESTS.write_text(source, encoding="utf-8")


def _replace_body(source: str, header: str, body: str) -> str:
    """Replace the entries of the dict literal that ``header`` (a regex) assigns."""
    return re.sub(
        rf"({header} = \{{\n).*?(^\}})",
        lambda m: m.group(1) + body + m.group(2),
        source,
        count=1,
        flags=re.S | re.M,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite tests/test_corpus.py")
    args = parser.parse_args()
    rates, failing = measure()
    for cat in sorted(rates):
        ok, total = rates[cat]
        print(f"{cat:32} {ok:4}/{total:<4} {ok / total:6.1%}  floor {floor_of(ok, total):.2f}")
    print(f"hand-made cases failing: {len(failing)}")
    for case in failing:
        print(f"  {case.label}")
    if args.write:
        rewrite(rates, failing)
        print(f"rewrote {TESTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
