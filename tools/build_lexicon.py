"""Rebuild ``src/demojibake/data/words.bin``: the commonest words of each language that hold a
letter beyond ASCII, as hashes.

Source, and its licence: the word frequency lists of **wordfreq** 3.x by Robyn Speer et al.
(https://github.com/rspeer/wordfreq), whose code is under the Apache License 2.0 and whose data
is under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0); see
``tools/build_letter_model.py`` for the corpora behind the lists. The file this script writes
is derived from that data and is therefore under CC BY-SA 4.0 as well; its header says so.

What it holds: for every language wordfreq has a "best" list for, but Chinese, Japanese and
Korean (which put no spaces between words), the ``TOP`` commonest words, of which those kept
consist of letters and combining marks only, hold a character beyond ASCII and are at least
two characters long: the words a misread can change, and so the only ones whose readings the
engine ever asks about. Words are case-folded as wordfreq folds them and in NFC. Serbian in
Cyrillic letters ("sr") is wordfreq's Serbo-Croatian list spelt in Cyrillic, as in the letter
model.

The file is a few lines of text (its format version, source, licence, how it was built, and
its languages with how many words each has), a line ``# data``, and then, language by
language in that order, one 4-byte hash per word: the CRC-32 of the word's UTF-8 (as
``zlib.crc32`` computes it) as a little-endian unsigned integer, sorted. A hash is all a
lookup needs, at a third of the words' size; a word not listed matches one of a language's
5,000 hashes at most once in 800,000 lookups. ``--list`` prints the words themselves, one
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

from demojibake._lexicon import word_hash  # the one the library looks words up by

OUT = Path(__file__).resolve().parent.parent / "src" / "demojibake" / "data" / "words.bin"
FORMAT_VERSION = 2
#: How many words each language keeps at most ...
TOP = 5000
#: ... of how many of its commonest words.
SCAN = 100_000
#: wordfreq languages that do not put spaces between words.
SKIP = frozenset(("zh", "ja", "ko"))


def _kept(word: str) -> bool:
    return (
        len(word) >= 2
        and not word.isascii()
        and all(unicodedata.category(c)[0] in "LM" for c in word)
    )


def build_language(lang: str) -> list[str]:
    """The kept words among one language's ``TOP`` commonest, most frequent first."""
    import wordfreq  # build-time only

    source = "sh" if lang == "sr" else lang
    out: list[str] = []
    seen: set[str] = set()
    for word in wordfreq.top_n_list(source, SCAN, wordlist="best"):
        w = unicodedata.normalize("NFC", word.casefold())
        if lang == "sr":
            w = _to_serbian_cyrillic(w) or ""
        if _kept(w) and w not in seen:
            seen.add(w)
            out.append(w)
            if len(out) == TOP:
                break
    return out


def build(listing: bool = False) -> bytes:
    from importlib.metadata import version

    import wordfreq  # build-time only

    languages = sorted((set(wordfreq.available_languages("best")) - SKIP) | {"sr"})
    by_lang = {lang: build_language(lang) for lang in languages}
    if listing:
        return "".join(f"{lang}\t{' '.join(w)}\n" for lang, w in by_lang.items()).encode()
    kept = {lang: sorted({word_hash(w) for w in words}) for lang, words in by_lang.items() if words}
    header = [
        f"# demojibake words v{FORMAT_VERSION}",
        f"# source: wordfreq {version('wordfreq')} by Robyn Speer et al."
        " (https://github.com/rspeer/wordfreq), its 'best' word lists (see"
        " tools/build_letter_model.py for the corpora behind them)",
        "# licence: CC BY-SA 4.0 (derived from wordfreq's data, which is CC BY-SA 4.0; wordfreq's"
        " code is Apache-2.0)",
        f"# built by tools/build_lexicon.py: of each language's {TOP} commonest words, those of"
        " letters and marks only, two or more long, with a character beyond ASCII; case-folded,"
        " NFC; sr is the sh list spelt in Cyrillic",
        "# hashes: each word's CRC-32 (of its UTF-8, as zlib.crc32 computes it),"
        " little-endian unsigned, sorted, language by language in the order below",
        f"# languages: {' '.join(f'{lang}:{len(h)}' for lang, h in kept.items())}",
        "# data",
    ]
    data = b"".join(struct.pack(f"<{len(h)}I", *h) for h in kept.values())
    return ("\n".join(header) + "\n").encode() + data


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
