"""Pairs of damaged and clean text, for testing and measuring demojibake.

The corpus has three parts, all in this folder:

* ``clean/<name>.txt`` — text written for this project, one text per line;
* ``cases/*.jsonl`` — hand-made damaged cases, each with the repair we expect;
* this module, which damages every clean line the way real software does and hands back
  ``(damaged, expected)`` pairs as :class:`Case` objects.

Everything is deterministic: the same seed gives the same cases, in the same order, under the
same labels, so a label quoted in a bug report still names the same text later. Random choices
are drawn from generators seeded by the seed, the category and the clean text's label (or
file), so adding a clean file or a category does not change the cases made from the others.

Which family applies to which text is decided by the text, never by the file name: a family is
tried on every clean line whose characters its source encoding can hold (and, for legacy
encodings, that is written in the script the encoding was made for), and a pair is kept only when
the damage changed the text and can be undone exactly (or is marked ``lossy``).

Standard library only, and nothing is read or generated at import time (the test suite and the
benchmarks import this module just to collect). Run ``python corpus/pairs.py --stats`` for the
counts per category and ``python corpus/pairs.py --dump CATEGORY [N]`` to look at some pairs.
"""

from __future__ import annotations

import argparse
import codecs
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "CAP_PER_CATEGORY",
    "CJK_MISREADS",
    "LAYERED_CODECS",
    "LEGACY_MISREADS",
    "SINGLE_BYTE_CODECS",
    "Case",
    "all_cases",
    "cases_from",
    "categories",
    "clean_texts",
    "generated_cases",
    "handmade_cases",
    "read_as",
]

# The corpus is repository data, not an installed package, so it is found next to this script.
_HERE = Path(__file__).resolve().parent
_CLEAN_DIR = _HERE / "clean"
_CASES_DIR = _HERE / "cases"

#: Codepages UTF-8 is misread as, one byte per character.
SINGLE_BYTE_CODECS: tuple[str, ...] = (
    "cp1252",
    "latin-1",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso-8859-2",
    "iso-8859-15",
    "mac_roman",
    "cp437",
    "cp850",
    "cp852",
    "koi8-r",
    "koi8-u",
    "cp866",
    "cp1256",
    "cp1255",
    "cp874",
    "iso-8859-7",
)

#: Codepages that also get two- and three-layer damage (``/x2``, ``/x3``): the four seen most in
#: the wild, plus one each from the Central European, DOS and KOI families.
LAYERED_CODECS: tuple[str, ...] = (
    "cp1252",
    "latin-1",
    "cp1251",
    "mac_roman",
    "cp1250",
    "cp437",
    "koi8-r",
)

#: Multi-byte codecs UTF-8 is misread as. Such a decode usually fails or loses bytes, so a pair is
#: kept only when the damaged text encodes back to exactly the original bytes.
CJK_MISREADS: tuple[str, ...] = ("gbk", "gb18030", "big5", "shift_jis", "cp932", "euc-kr", "cp949")

#: (real encoding, read as, script): text in a legacy encoding read with the wrong one. Only
#: lines written in ``script`` (see ``_SCRIPT_RULES``) that the real encoding can hold are used.
LEGACY_MISREADS: tuple[tuple[str, str, str], ...] = (
    ("cp1251", "cp1252", "cyrillic"),
    ("koi8-r", "cp1251", "cyrillic"),
    ("cp1251", "koi8-r", "cyrillic"),
    ("cp866", "cp1251", "cyrillic"),
    # Russian Windows text shown by a DOS console (cp866).
    ("cp1251", "cp866", "cyrillic"),
    ("cp1250", "cp1252", "latin"),
    ("cp1253", "cp1252", "greek"),
    # Unix-era Central European text (ISO 8859-2) shown as Western, Turkish Windows text
    # shown by Western Windows, Ukrainian KOI8-U shown by Russian Windows.
    ("iso-8859-2", "latin-1", "latin"),
    ("iso-8859-2", "cp1252", "latin"),
    ("cp1254", "cp1252", "latin"),
    ("koi8-u", "cp1251", "cyrillic"),
    # Russian mail and web pages in KOI8-R shown by Western software.
    ("koi8-r", "cp1252", "cyrillic"),
    ("koi8-r", "latin-1", "cyrillic"),
    # Western and Central European Windows text shown by Russian Windows.
    ("cp1252", "cp1251", "latin"),
    ("cp1250", "cp1251", "latin"),
    # Arabic and Hebrew Windows text shown by Western software.
    ("cp1256", "cp1252", "arabic"),
    ("cp1255", "cp1252", "hebrew"),
    # Cyrillic Windows text shown by a Mac.
    ("cp1251", "mac_roman", "cyrillic"),
    # Zip archives store file names in the creator's codepage and many unzippers read cp437;
    # old e-mail and web forms read them as latin-1 or cp1252.
    ("gbk", "latin-1", "chinese"),
    ("gbk", "cp1252", "chinese"),
    ("gbk", "cp437", "chinese"),
    ("big5", "latin-1", "chinese"),
    ("big5", "cp1252", "chinese"),
    ("big5", "cp437", "chinese"),
    ("cp932", "latin-1", "japanese"),
    ("cp932", "cp1252", "japanese"),
    ("cp932", "cp437", "japanese"),
    # Japanese Unix mail and web pages were EUC-JP.
    ("euc_jp", "latin-1", "japanese"),
    ("euc_jp", "cp1252", "japanese"),
    ("cp949", "latin-1", "korean"),
    ("cp949", "cp1252", "korean"),
    ("cp949", "cp437", "korean"),
    # DOS text (a DOS program's files, a console's redirected output) shown by Windows
    # software, and Windows text shown by a DOS console: Western, Central European, Russian.
    ("cp850", "cp1252", "latin"),
    ("cp850", "latin-1", "latin"),
    ("cp437", "cp1252", "latin"),
    ("cp852", "cp1250", "latin"),
    ("cp1252", "cp850", "latin"),
    ("cp1250", "cp852", "latin"),
    ("cp866", "cp1252", "cyrillic"),
    # Russian Windows text shown by a Western DOS console.
    ("cp1251", "cp850", "cyrillic"),
    # Western and Central European Windows text shown by a Russian system's KOI8-R.
    ("cp1252", "koi8-r", "latin"),
    ("cp1250", "koi8-r", "latin"),
)

#: Generated categories are sampled down to this many cases, spread over the clean files, so the
#: whole corpus stays at a few thousand cases and the test suite stays fast.
CAP_PER_CATEGORY = 50

#: Damaged texts longer than this are not used. Real mojibake is mostly names, titles and short
#: fields (nobody pastes 3 KB of ``ÃƒÂ`` into a form twice), and the test suite runs the engine on
#: every case, so a few very long texts would cost more time than the rest together.
MAX_DAMAGED_CHARS = 400

#: cp1252 leaves these five bytes undefined; software that decodes them anyway (browsers, most
#: databases) turns each into the C1 control of the same value.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

_HANDMADE_KEYS = frozenset({"label", "category", "damaged", "expected", "note", "lossy"})
_HANDMADE_REQUIRED = frozenset({"label", "category", "damaged", "expected"})

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"

#: script -> (a character the line must contain, characters it must not contain). The second
#: part keeps Japanese (whose kanji GBK can also hold) out of the Chinese families.
_SCRIPT_RULES: dict[str, tuple[str, str | None]] = {
    "cyrillic": ("\u0400-\u04ff", None),
    "greek": ("\u0370-\u03ff\u1f00-\u1fff", None),
    "arabic": ("\u0600-\u06ff", None),
    "hebrew": ("\u05d0-\u05ea", None),
    "thai": ("\u0e01-\u0e5b", None),
    "latin": ("\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff", None),
    "chinese": (_HAN, _KANA + _HANGUL),
    "japanese": (_KANA, _HANGUL),
    "korean": (_HANGUL, _KANA),
}


@dataclass(frozen=True)
class Case:
    """One test case: ``damaged`` is the input, ``expected`` what a perfect repair returns."""

    label: str  # unique and stable, e.g. "utf8-as-cp1252/x2/fr/3" (category / file / line)
    category: str  # e.g. "utf8-as-cp1252", "segment/utf8-as-cp1251", "handmade/cjk", "clean"
    damaged: str  # for "clean" cases, the clean text itself
    expected: str
    lossy: bool = False  # a perfect repair has to guess bytes the damage destroyed


# --- decoding like real software -----------------------------------------------------------


@cache
def _single_byte_names() -> frozenset[str]:
    names = {*SINGLE_BYTE_CODECS, *(read for _, read, _ in LEGACY_MISREADS)}
    return frozenset(codecs.lookup(name).name for name in names - set(CJK_MISREADS))


def _is_single_byte(codec: str) -> bool:
    # Asked of the codec's canonical name: probing byte by byte cannot tell, because a lone GBK
    # or Shift_JIS lead byte fails to decode just like an undefined cp1252 byte does.
    return codecs.lookup(codec).name in _single_byte_names()


@cache
def _decoding_table(codec: str) -> str:
    """The 256 characters ``codec`` gives each byte; undefined bytes keep their value (WHATWG)."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    table = "".join(chars)
    if len(table) != 256 or len(set(table)) != 256:
        raise ValueError(f"{codec} does not map bytes one-to-one onto characters")
    return table


@cache
def _encoding_map(codec: str) -> dict[str, int]:
    return {char: byte for byte, char in enumerate(_decoding_table(codec))}


def read_as(data: bytes, codec: str) -> str:
    """Decode ``data`` as ``codec`` the way real software does.

    Single-byte codepages never fail and never lose a byte: an undefined byte becomes the
    character of the same value (so cp1252 turns byte 0x9D into U+009D), as browsers do.
    Multi-byte codecs decode strictly and raise ``UnicodeDecodeError`` on invalid input; their
    lossy decodes are not modelled.
    """
    if _is_single_byte(codec):
        return codecs.charmap_decode(data, "strict", _decoding_table(codec))[0]
    return data.decode(codec)


def _unread(text: str, codec: str) -> bytes | None:
    """The bytes ``text`` was read from as ``codec``, or None if no bytes give exactly ``text``."""
    if not _is_single_byte(codec):
        try:
            return text.encode(codec)
        except UnicodeEncodeError:
            return None
    mapping = _encoding_map(codec)
    try:
        return bytes(mapping[char] for char in text)
    except KeyError:
        return None


def _misread(text: str, real: str, read: str) -> str | None:
    """``text`` stored as ``real`` and read back as ``read``, or None when that is not exact.

    None also when the damage changes nothing or cannot be undone byte for byte, and when
    ``real`` itself does not round-trip ``text`` (cp932 encodes some characters one way only).
    """
    try:
        data = text.encode(real)
        damaged = read_as(data, read)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if damaged == text or _unread(damaged, read) != data or data.decode(real) != text:
        return None
    return damaged


# --- clean texts and hand-made cases -------------------------------------------------------


@cache
def _clean_lines() -> tuple[tuple[str, str, str], ...]:
    """(file stem, label, text) for every text line, files in name order, lines in file order."""
    lines: list[tuple[str, str, str]] = []
    for path in sorted(_CLEAN_DIR.glob("*.txt")):
        stem = path.stem
        # split("\n"), not splitlines(): the latter also breaks at U+0085, U+2028 and friends.
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            if line.startswith("#") or not line.strip():
                continue
            lines.append((stem, f"{stem}/{number}", line))
    return tuple(lines)


def clean_texts() -> list[tuple[str, str]]:
    """Every clean text as ``(label, text)``; the label is ``<file stem>/<line number>``."""
    return [(label, text) for _, label, text in _clean_lines()]


def _handmade_case(record: object, where: str) -> Case:
    if not isinstance(record, dict):
        raise ValueError(f"{where}: expected a JSON object")
    unknown = set(record) - _HANDMADE_KEYS
    missing = _HANDMADE_REQUIRED - set(record)
    if unknown or missing:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    fields = {key: record[key] for key in _HANDMADE_REQUIRED}
    if not all(isinstance(value, str) for value in fields.values()):
        raise ValueError(f"{where}: label, category, damaged and expected must be strings")
    if not fields["category"].startswith("handmade/"):
        raise ValueError(f"{where}: category must start with 'handmade/'")
    lossy = record.get("lossy", False)
    if not isinstance(lossy, bool):
        raise ValueError(f"{where}: lossy must be true or false")
    return Case(fields["label"], fields["category"], fields["damaged"], fields["expected"], lossy)


@cache
def _handmade() -> tuple[Case, ...]:
    cases: list[Case] = []
    seen: dict[str, str] = {}
    for path in sorted(_CASES_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            case = _handmade_case(json.loads(line), where)
            if case.label in seen:
                raise ValueError(
                    f"{where}: label {case.label!r} already used at {seen[case.label]}"
                )
            seen[case.label] = where
            cases.append(case)
    return tuple(cases)


def handmade_cases() -> list[Case]:
    """The hand-made cases from ``cases/*.jsonl``, files in name order, lines in file order."""
    return list(_handmade())


# --- generation ----------------------------------------------------------------------------

# A damage function takes a clean text and a key to seed any random choice with, and returns
# the damaged text, or None when the family does not apply to that text.
_Damage = Callable[[str, str], "str | None"]


def _utf8_as(codec: str, layers: int = 1) -> _Damage:
    def damage(text: str, _key: str) -> str | None:
        damaged = text
        for _ in range(layers):
            damaged = read_as(damaged.encode("utf-8"), codec)
            if len(damaged) > MAX_DAMAGED_CHARS:
                return None
        return damaged

    return damage


def _utf8_as_cjk(codec: str) -> _Damage:
    def damage(text: str, _key: str) -> str | None:
        return _misread(text, "utf-8", codec)

    return damage


@cache
def _script_patterns(script: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    need, forbid = _SCRIPT_RULES[script]
    return re.compile(f"[{need}]"), re.compile(f"[{forbid}]") if forbid else None


def _written_in(text: str, script: str) -> bool:
    need, forbid = _script_patterns(script)
    return need.search(text) is not None and (forbid is None or forbid.search(text) is None)


def _legacy(real: str, read: str, script: str) -> _Damage:
    def damage(text: str, _key: str) -> str | None:
        return _misread(text, real, read) if _written_in(text, script) else None

    return damage


def _nbsp_to_space(text: str, _key: str) -> str | None:
    damaged = read_as(text.encode("utf-8"), "cp1252")
    if "\u00a0" not in damaged:
        return None
    return damaged.replace("\u00a0", " ")


def _c1_controls(text: str, _key: str) -> str | None:
    data = text.encode("utf-8")
    if CP1252_UNDEFINED.isdisjoint(data):
        return None
    return read_as(data, "cp1252")


def _undefined_as(mark: str) -> _Damage:
    """UTF-8 read as cp1252 by software that turns each byte cp1252 leaves undefined into
    ``mark`` ("?" or U+FFFD; "" drops it)."""

    def damage(text: str, _key: str) -> str | None:
        data = text.encode("utf-8")
        if CP1252_UNDEFINED.isdisjoint(data):
            return None
        return "".join(
            mark if byte in CP1252_UNDEFINED else read_as(bytes([byte]), "cp1252") for byte in data
        )

    return damage


def _gbk_replacing(text: str, _key: str) -> str | None:
    """UTF-8 read as GBK by software that turns what GBK cannot decode into U+FFFD (Python's
    ``errors="replace"``): a byte whose pair is broken is lost."""
    data = text.encode("utf-8")
    damaged = data.decode("gbk", "replace")
    return damaged if "\ufffd" in damaged and _written_in(text, "chinese") else None


def _gbk_dropping(text: str, _key: str) -> str | None:
    """UTF-8 read as GBK by software that drops what GBK cannot decode (Python's
    ``errors="ignore"``): a byte whose pair is broken is lost without a trace."""
    data = text.encode("utf-8")
    damaged = data.decode("gbk", "ignore")
    lost = len(data.decode("gbk", "replace")) != len(damaged)
    return damaged if lost and _written_in(text, "chinese") else None


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _segment_span(text: str, rng: random.Random) -> tuple[int, int] | None:
    """A span of ``text`` to damage: one to three words with a non-ASCII letter in the first.

    Text written without spaces (Chinese, Japanese, Thai) gets a run of two to eight characters
    instead. The span never starts on a combining mark, so no mark is cut from its base letter.
    """
    words = [(m.start(), m.end()) for m in _word_pattern().finditer(text)]
    if len(words) >= 3:
        starts = [i for i, (a, b) in enumerate(words) if not text[a:b].isascii()]
        if not starts:
            return None
        first = rng.choice(starts)
        last = min(len(words) - 1, first + rng.randrange(3))
        span = (words[first][0], words[last][1])
    else:
        starts = [i for i, ch in enumerate(text) if not ch.isascii() and not _is_mark(ch)]
        if not starts:
            return None
        start = rng.choice(starts)
        end = min(len(text), start + rng.randint(2, 8))
        while end < len(text) and _is_mark(text[end]):
            end += 1
        span = (start, end)
    if span == (0, len(text)):
        return None  # the whole text: that is the plain category, not a segment
    return span


@cache
def _word_pattern() -> re.Pattern[str]:
    return re.compile(r"\S+")


def _segment(codec: str) -> _Damage:
    def damage(text: str, key: str) -> str | None:
        span = _segment_span(text, random.Random(key))
        if span is None:
            return None
        start, end = span
        piece = read_as(text[start:end].encode("utf-8"), codec)
        return text[:start] + piece + text[end:]

    return damage


def _category_specs() -> list[tuple[str, _Damage, bool]]:
    """(category, damage, lossy) for every generated category, in output order."""
    specs: list[tuple[str, _Damage, bool]] = []
    specs += [(f"utf8-as-{codec}", _utf8_as(codec), False) for codec in SINGLE_BYTE_CODECS]
    specs += [
        (f"utf8-as-{codec}/x{layers}", _utf8_as(codec, layers), False)
        for codec in LAYERED_CODECS
        for layers in (2, 3)
    ]
    specs += [(f"utf8-as-{codec}", _utf8_as_cjk(codec), False) for codec in CJK_MISREADS]
    specs += [(f"segment/utf8-as-{codec}", _segment(codec), False) for codec in SINGLE_BYTE_CODECS]
    specs += [
        (f"{real}-as-{read}", _legacy(real, read, script), False)
        for real, read, script in LEGACY_MISREADS
    ]
    specs += [("lossy/nbsp-space", _nbsp_to_space, True), ("lossy/c1", _c1_controls, True)]
    specs += [
        ("lossy/question-mark", _undefined_as("?"), True),
        ("lossy/replacement", _undefined_as("\ufffd"), True),
        ("lossy/dropped", _undefined_as(""), True),
        ("lossy/gbk-replacement", _gbk_replacing, True),
        ("lossy/gbk-dropped", _gbk_dropping, True),
    ]
    return specs


def categories() -> list[str]:
    """Every generated category name, in the order :func:`generated_cases` emits them."""
    return [name for name, _, _ in _category_specs()]


def _sample(candidates: Sequence[tuple[str, Case]], key: str, cap: int) -> list[Case]:
    """At most ``cap`` of the (file stem, case) candidates, taken round-robin over the files.

    Each file's candidates are shuffled by a generator of their own, so adding a file changes
    only how many cases each file gives, not which. The result keeps the candidates' order.
    """
    if len(candidates) <= cap:
        return [case for _, case in candidates]
    by_stem: dict[str, list[int]] = {}
    for index, (stem, _) in enumerate(candidates):
        by_stem.setdefault(stem, []).append(index)
    queues = []
    for stem in sorted(by_stem):
        indices = by_stem[stem]
        random.Random(f"{key}:{stem}").shuffle(indices)
        queues.append(indices)
    chosen: list[int] = []
    while len(chosen) < cap:
        for queue in queues:
            if queue and len(chosen) < cap:
                chosen.append(queue.pop())
    return [candidates[i][1] for i in sorted(chosen)]


def cases_from(
    lines: Sequence[tuple[str, str, str]], seed: int = 0, cap: int = CAP_PER_CATEGORY
) -> list[Case]:
    """Damaged/clean pairs made from any clean ``(group, label, text)`` lines.

    Every generated category is applied to every line; at most ``cap`` cases per category are
    kept, taken round-robin over the groups (the files, for our corpus). Labels are
    ``<category>/<label>``. This is how :func:`generated_cases` is made from corpus/clean, and
    how a benchmark makes cases from text that is not ours.
    """
    cases: list[Case] = []
    for category, damage, lossy in _category_specs():
        candidates: list[tuple[str, Case]] = []
        for group, label, text in lines:
            damaged = damage(text, f"{seed}:{category}:{label}")
            if damaged is None or damaged == text or len(damaged) > MAX_DAMAGED_CHARS:
                continue
            candidates.append((group, Case(f"{category}/{label}", category, damaged, text, lossy)))
        cases += _sample(candidates, f"{seed}:{category}", cap)
    return cases


@cache
def _generated(seed: int) -> tuple[Case, ...]:
    return tuple(cases_from(_clean_lines(), seed))


def generated_cases(seed: int = 0) -> list[Case]:
    """Damaged/clean pairs made from the clean texts, at most ``CAP_PER_CATEGORY`` per category.

    Categories come in the order of :func:`categories`; within a category cases keep the clean
    texts' order. Labels are ``<category>/<file stem>/<line number>``.
    """
    return list(_generated(seed))


def _clean_cases() -> list[Case]:
    return [Case(f"clean/{label}", "clean", text, text) for _, label, text in _clean_lines()]


def all_cases(seed: int = 0) -> list[Case]:
    """Clean cases, then generated cases, then hand-made cases."""
    return [*_clean_cases(), *generated_cases(seed), *handmade_cases()]


# --- command line --------------------------------------------------------------------------


def _visible(text: str) -> str:
    """``text`` with controls, format characters and unusual spaces written as escapes."""
    out = []
    for char in text:
        if char != " " and unicodedata.category(char) in {"Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cn"}:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    return "".join(out)


def _stats(cases: Iterable[Case]) -> str:
    counts: dict[str, int] = {}
    lossy = 0
    for case in cases:
        counts[case.category] = counts.get(case.category, 0) + 1
        lossy += case.lossy
    width = max(map(len, [*counts, "total (lossy)"]))
    rows = [f"{name:<{width}}  {count:>5}" for name, count in counts.items()]
    rows.append(f"{'total':<{width}}  {sum(counts.values()):>5}")
    rows.append(f"{'total (lossy)':<{width}}  {lossy:>5}")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the number of cases per category, or some pairs of one category."""
    parser = argparse.ArgumentParser(prog="python corpus/pairs.py", description=main.__doc__)
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--stats", action="store_true", help="print the number of cases per category"
    )
    group.add_argument(
        "--dump", metavar="CATEGORY", help="print pairs of CATEGORY and its subcategories"
    )
    parser.add_argument(
        "n", metavar="N", nargs="?", type=int, default=10, help="how many pairs --dump prints"
    )
    args = parser.parse_args(argv)

    cases = all_cases(args.seed)
    if args.stats:
        print(_stats(cases) if cases else "no cases: corpus/clean and corpus/cases are empty")
        return 0
    chosen = [c for c in cases if c.category == args.dump or c.category.startswith(args.dump + "/")]
    if not chosen:
        parser.error(f"no cases in category {args.dump!r}")
    for case in chosen[: args.n]:
        flag = "  (lossy)" if case.lossy else ""
        print(f"{case.label}{flag}\n  damaged:  {_visible(case.damaged)}")
        print(f"  expected: {_visible(case.expected)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
