"""Rebuild ``src/demojibake/data/letter_model.txt``: how likely each letter follows another, per
language.

Source, and its licence: the word frequency lists of **wordfreq** 3.x by Robyn Speer et al.
(https://github.com/rspeer/wordfreq), whose code is under the Apache License 2.0 and whose data
is under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0). wordfreq's lists
are compiled by Exquisite Corpus from Wikipedia, OPUS OpenSubtitles 2018 and the SUBTLEX lists
(Marc Brysbaert et al.; freely available data), NewsCrawl 2014 and GlobalVoices, Google Books
Ngrams 2012, OSCAR web text, ParaCrawl, the Leeds Internet Corpus, Twitter and Reddit. The file
this script writes is derived from that data and is therefore under CC BY-SA 4.0 as well; its
header says so.

What it holds: for every language wordfreq has (its "best" list) that is written in an alphabet
(Latin, Cyrillic, Greek, Hebrew, Arabic; not Chinese, Japanese, Korean or the Indic scripts),
the probability of each letter given the letter before it, with the start and the end of a word
as a letter of their own ("_"). Every word of the list counts as often as wordfreq says it is
used; words are case-folded (as wordfreq folds them) and must consist of letters only. Serbian
in Cyrillic letters ("sr") is wordfreq's Serbo-Croatian list spelt in Cyrillic, letter by
letter, as that list is in Latin letters only. Probabilities are stored as
-log2(p) in half bits, rounded (one base-36 digit each), and pairs rarer than 2**-15 in their
context, or after a letter the language hardly uses, are dropped: the model charges them the
language's "unseen" cost instead.

wordfreq is needed only to run this script (``pip install wordfreq``); the library reads the
file it writes and never imports wordfreq. Run ``python tools/build_letter_model.py`` from the
repository root. The output is deterministic for a given wordfreq version, which the header
records.
"""

from __future__ import annotations

import itertools
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "demojibake" / "data" / "letter_model.txt"
FORMAT_VERSION = 1

#: wordfreq languages not written in an alphabet (or in a script no legacy codepage holds).
SKIP = frozenset(("zh", "ja", "ko", "hi", "bn", "ta"))
#: The start and the end of a word, as a letter of the model.
BOUNDARY = "_"
#: Costs are -log2(p) in steps of 1/STEPS bits, one base-36 digit each: 0 to 35.
STEPS = 2
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
#: Pairs costlier than this are left out (charged the unseen cost).
MAX_COST = 30
#: What a pair or letter the model leaves out costs, in the same steps: dearer than any kept.
UNSEEN = 35
#: Letters rarer than this share of a language's letters are left out as contexts: loan words
#: and names bring every alphabet into every list, a few times a million.
MIN_LETTER_SHARE = 2e-6


#: Serbian in Latin letters, as Serbian Cyrillic spells it: wordfreq's Serbo-Croatian list ("sh")
#: is in Latin letters only, and Cyrillic "ђ", "ћ" are Serbian alone. Digraphs first.
_SERBIAN_CYRILLIC = (
    ("dž", "џ"), ("lj", "љ"), ("nj", "њ"),
    *zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True),
)  # fmt: skip


def _to_serbian_cyrillic(word: str) -> str | None:
    out = []
    i = 0
    while i < len(word):
        for latin, cyrillic in _SERBIAN_CYRILLIC:
            if word.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            return None  # a letter Serbian does not write (a foreign word)
    return "".join(out)


def _words(lang: str) -> dict[str, float]:
    import wordfreq  # build-time only

    source = "sh" if lang == "sr" else lang
    words: dict[str, float] = defaultdict(float)
    for word, freq in wordfreq.get_frequency_dict(source, wordlist="best").items():
        w = unicodedata.normalize("NFC", word.casefold())
        if lang == "sr":
            w = _to_serbian_cyrillic(w) or ""
        if w.isalpha():
            words[w] += freq
    return words


def build_language(lang: str) -> list[str]:
    """The lines of one language: one per context letter, its followers and their costs."""
    pairs: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    letters: dict[str, float] = defaultdict(float)
    for word, freq in _words(lang).items():
        padded = BOUNDARY + word + BOUNDARY
        for a, b in itertools.pairwise(padded):
            pairs[a][b] += freq
        for c in word:
            letters[c] += freq
    total_letters = sum(letters.values())
    lines = []
    for a in sorted(pairs):
        if a != BOUNDARY and letters[a] < MIN_LETTER_SHARE * total_letters:
            continue
        followers = pairs[a]
        total = sum(followers.values())
        kept = []
        for b in sorted(followers):
            if b != BOUNDARY and letters[b] < MIN_LETTER_SHARE * total_letters:
                continue
            q = round(-math.log2(followers[b] / total) * STEPS)
            if q <= MAX_COST:
                kept.append(b + DIGITS[q])
        if kept:
            lines.append(f"{lang}\t{a}\t{''.join(kept)}")
    return lines


def build() -> str:
    import wordfreq  # build-time only

    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("wordfreq")
    languages = sorted((set(wordfreq.available_languages("best")) - SKIP) | {"sr"})
    header = [
        f"# demojibake letter-model v{FORMAT_VERSION}",
        f"# source: wordfreq {version} by Robyn Speer et al. (https://github.com/rspeer/wordfreq),"
        " its 'best' word lists, compiled from Wikipedia, OPUS OpenSubtitles 2018, SUBTLEX"
        " (Brysbaert et al.), NewsCrawl, GlobalVoices, Google Books Ngrams, OSCAR, ParaCrawl,"
        " the Leeds Internet Corpus, Twitter and Reddit",
        "# licence: CC BY-SA 4.0 (derived from wordfreq's data, which is CC BY-SA 4.0; wordfreq's"
        " code is Apache-2.0)",
        "# built by tools/build_letter_model.py: words case-folded, letters only, weighted by"
        " frequency; '_' is a word's start and end; sr is the sh list spelt in Cyrillic",
        f"# columns: language, a letter, then each letter that follows it with its cost,"
        f" -log2(p) in 1/{STEPS} bits as one base-36 digit; anything not listed costs"
        f" {UNSEEN} ({UNSEEN / STEPS:g} bits)",
        f"# languages: {' '.join(languages)}",
    ]
    lines = list(header)
    for lang in languages:
        lines.extend(build_language(lang))
    return "\n".join(lines) + "\n"


def main() -> int:
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode('utf-8')):,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
