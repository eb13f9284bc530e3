"""Rebuild ``src/demojibake/data/words.bin``: the commonest words of each language that hold a
letter beyond ASCII, and of the languages written in Latin letters their commonest words of
ASCII letters, as hashes.

Source, and its licence: the word frequency lists of **wordfreq** 3.x by Robyn Speer et al.
(https://github.com/rspeer/wordfreq), whose code is under the Apache License 2.0 and whose data
is under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0); see
``tools/build_letter_model.py`` for the corpora behind the lists. The file this script writes
is derived from that data and is therefore under CC BY-SA 4.0 as well; its header says so.

What it holds: for every language wordfreq has a "best" list for, but Chinese, Japanese and
Korean (which put no spaces between words), its commonest words that consist of letters and
combining marks only, hold a character beyond ASCII and are at least two characters long: the
words a misread can change, and so the only ones whose readings the engine ever asks about.
Each language keeps ``TOP`` such words at most, among its ``SCAN`` commonest words, in two
tiers: the first ``COMMON`` among its ``COMMON_SCAN`` commonest (the *common* words, which
decide on their own, e.g. that a line of capitals is KOI8-R in small letters) and the rest (the
*known* words, asked only where a legacy reading of a line is judged; see ``languages_of`` in
``src/demojibake/_lexicon.py``). Words are case-folded as wordfreq folds them and in NFC.
Serbian in Cyrillic letters ("sr") is wordfreq's Serbo-Croatian list spelt in Cyrillic, as in
the letter model. A language most of whose ``PLAIN_SAMPLE`` commonest words are of Latin
letters also keeps its first ``PLAIN`` words of ASCII letters only among its ``COMMON_SCAN``
commonest (the *plain* words): no misread changes them, but they tell which language a line is
in where its words are too few for the letter model (see ``told_by_words``).

The file is a few lines of text (its format version, source, licence, how it was built, its
languages with how many common, known and plain words each has, ``cs:5000+7000+5000``, and for
each tier how many distinct values it holds and the sets of languages they belong to), a line
``# data``, and then, tier by tier (common, known, plain), the tier's values sorted, each once,
followed by the number of each value's set of languages (2 bytes, in the order of the tier's
sets), as little-endian unsigned integers. A set is written as a hexadecimal mask whose bit
``i`` is the ``i``-th language of the languages line. One lookup in a tier tells whether any
language lists a word and which ones do (format v4 kept a sorted run per language and tier,
which the library merged at run time to ask them all at once: the same values twice in
memory). A common word is the CRC-32 of its UTF-8 (as ``zlib.crc32`` computes it), 4 bytes: a
hash is all a lookup needs, at a third of the words' size, and a word not listed matches one of
a language's 5,000 at most once in 800,000 lookups. A known word is that CRC-32 times 2**32
plus its Adler-32 (``zlib.adler32``), 8 bytes: with some 230,000 of them, 4 bytes would match a
word of no language's somewhere about once in 18,000 lookups, and a known word may decide a
line alone. A plain word is hashed as a common one. ``--list`` prints the words themselves, one
language a line. (Format v1 used BLAKE2b, but ``hashlib`` loads OpenSSL, 4 MB of memory.)

wordfreq is needed only to run this script (``pip install '.[data]'``); the library reads the
file it writes and never imports wordfreq. Run ``python tools/build_lexicon.py`` from the
repository root. The output is deterministic for a given wordfreq version, which the header
records.
"""

from __future__ import annotations

import struct
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from build_letter_model import _to_serbian_cyrillic

# The hashes the library looks words up by, and the tiers it reads, in the order it reads them.
from demojibake._lexicon import _TIERS, known_key, word_hash

OUT = Path(__file__).resolve().parent.parent / "src" / "demojibake" / "data" / "words.bin"
FORMAT_VERSION = 5
#: How many words each language keeps at most ...
TOP = 12000
#: ... of how many of its commonest words.
SCAN = 400_000
#: Its common words: the first so many kept ...
COMMON = 5000
#: ... of so many of its commonest words (a language that writes few words beyond ASCII,
#: English, keeps fewer: further down its list are mojibake, "itís", and foreign names).
COMMON_SCAN = 100_000
#: wordfreq languages that do not put spaces between words.
SKIP = frozenset(("zh", "ja", "ko"))
#: Its plain words: the first so many of ASCII letters only among its COMMON_SCAN commonest,
#: for the languages written in Latin letters (most of whose commonest words are) ...
PLAIN = 5000
#: ... as so many of their commonest words show.
PLAIN_SAMPLE = 1000


def _kept(word: str) -> bool:
    return (
        len(word) >= 2
        and not word.isascii()
        and all(unicodedata.category(c)[0] in "LM" for c in word)
    )


def _latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN ") for c in word)


def _plain(word: str) -> bool:
    return len(word) >= 2 and word.isascii() and word.isalpha()


def build_language(lang: str) -> tuple[list[str], list[str], list[str]]:
    """One language's common, known and plain words (see the module's docstring), each most
    frequent first."""
    import wordfreq  # build-time only

    source = "sh" if lang == "sr" else lang
    words = wordfreq.top_n_list(source, SCAN, wordlist="best")
    common: list[str] = []
    known: list[str] = []
    seen: set[str] = set()
    for rank, word in enumerate(words):
        w = unicodedata.normalize("NFC", word.casefold())
        if lang == "sr":
            w = _to_serbian_cyrillic(w) or ""
        if _kept(w) and w not in seen:
            seen.add(w)
            if rank < COMMON_SCAN and len(common) < COMMON:
                common.append(w)
            else:
                known.append(w)
            if len(common) + len(known) == TOP:
                break
    plain: list[str] = []
    sample = [w for w in words[:PLAIN_SAMPLE] if w.isalpha()]
    if lang != "sr" and 2 * sum(1 for w in sample if _latin(w)) > len(sample):
        plain = list(dict.fromkeys(w for w in words[:COMMON_SCAN] if _plain(w)))[:PLAIN]
    return common, known, plain


def build(listing: bool = False) -> bytes:
    from importlib.metadata import version

    import wordfreq  # build-time only

    languages = sorted((set(wordfreq.available_languages("best")) - SKIP) | {"sr"})
    by_lang = {lang: build_language(lang) for lang in languages}
    if listing:
        return "".join(
            f"{lang}\t{' '.join(common + known + plain)}\n"
            for lang, (common, known, plain) in by_lang.items()
        ).encode()
    kept = {
        lang: (
            sorted({word_hash(w) for w in common}),
            sorted({known_key(w) for w in known}),
            sorted({word_hash(w) for w in plain}),
        )
        for lang, (common, known, plain) in by_lang.items()
        if common or known
    }
    tiers = [_tier(n, kept) for n in range(len(_TIERS))]
    header = [
        f"# demojibake words v{FORMAT_VERSION}",
        f"# source: wordfreq {version('wordfreq')} by Robyn Speer et al."
        " (https://github.com/rspeer/wordfreq), its 'best' word lists (see"
        " tools/build_letter_model.py for the corpora behind them)",
        "# licence: CC BY-SA 4.0 (derived from wordfreq's data, which is CC BY-SA 4.0; wordfreq's"
        " code is Apache-2.0)",
        f"# built by tools/build_lexicon.py: of each language's {SCAN} commonest words, the"
        f" first {TOP} of letters and marks only, two or more long, with a character beyond"
        f" ASCII (common: the first {COMMON} of them among its {COMMON_SCAN} commonest words;"
        " known: the rest); case-folded, NFC; sr is the sh list spelt in Cyrillic",
        f"# plain words: of each language most of whose {PLAIN_SAMPLE} commonest words are"
        f" Latin letters, the first {PLAIN} of ASCII letters only, two or more long, among its"
        f" {COMMON_SCAN} commonest words",
        "# values: a common or plain word is the CRC-32 of its UTF-8 (as zlib.crc32 computes"
        " it), 4 bytes; a known word that CRC-32 times 2**32 plus the word's Adler-32"
        " (zlib.adler32), 8 bytes",
        "# data: tier by tier (common, known, plain), its values sorted, each once, then for"
        " each value the number of its set of languages, 2 bytes, in the order of the tier's"
        " sets below; little-endian unsigned. A set is a hexadecimal mask: bit i is the i-th"
        " language of the languages line",
        "# languages: "
        + " ".join(
            f"{lang}:{len(common)}+{len(known)}+{len(plain)}"
            for lang, (common, known, plain) in kept.items()
        ),
        *(
            f"# {name} words {len(values)}, their language sets: "
            + " ".join(f"{mask:x}" for mask in sets)
            for (name, _code, _size), (values, _numbers, sets) in zip(_TIERS, tiers, strict=True)
        ),
        "# data",
    ]
    data = b"".join(
        struct.pack(f"<{len(values)}{code}", *values) + struct.pack(f"<{len(numbers)}H", *numbers)
        for (_name, code, _size), (values, numbers, _sets) in zip(_TIERS, tiers, strict=True)
    )
    return ("\n".join(header) + "\n").encode() + data


def _tier(
    n: int, kept: dict[str, tuple[list[int], list[int], list[int]]]
) -> tuple[list[int], list[int], list[int]]:
    """Tier ``n`` of every language in ``kept`` (its common, known and plain values) as one:
    its values sorted, each once; the number of each value's set of languages among the sets;
    and the sets, as masks of the languages' bits (in the order of ``kept``), sorted."""
    masks: dict[int, int] = {}
    for bit, lists in enumerate(kept.values()):
        for value in lists[n]:
            masks[value] = masks.get(value, 0) | 1 << bit
    sets = sorted(set(masks.values()))
    number = {mask: i for i, mask in enumerate(sets)}
    values = sorted(masks)
    if len(sets) > 1 << 16:
        raise RuntimeError(f"{len(sets)} sets of languages: more than 2 bytes can number")
    return values, [number[masks[v]] for v in values], sets


def main() -> int:
    if "--list" in sys.argv[1:]:
        sys.stdout.write(build(listing=True).decode())
        return 0
    data = build()
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
