"""Rebuild the data files in src/demojibake/data/ from their sources.

Sources, and their licences:

* ``letters.tsv`` — the standard exemplar characters of every language in the Unicode CLDR, as
  shipped with ICU (read through PyICU: ``pip install pyicu`` needs the ICU headers, e.g. Debian's
  ``libicu-dev``). CLDR data is under the Unicode License v3 (free use, keep the notice).
  Han ideographs, kana and Hangul syllables are left out: ``cjk.txt`` covers them.
* ``bigrams.txt`` — which pairs of letters occur next to each other in words, per script,
  counted in our own clean corpus (``corpus/clean``, our writing, CC0). Only every other line
  is read, so that the other half of the corpus measures how well the table generalises.
* ``marks.txt`` — how often each kind of combining mark (its Unicode name less its script's:
  "SIGN VIRAMA", "VOWEL SIGN U") is written in our own clean corpus (``corpus/clean``, CC0).
* ``cjk.txt`` — the first frequency level of the national CJK character sets, read from the codec
  tables that ship with CPython (PSF licence): GB 2312 level 1 (GBK bytes B0A1–D7F9), Big5
  frequently used characters (A440–C67E), JIS X 0208 level 1 (EUC-JP B0A1–CFD3) and the 2,350
  KS X 1001 Hangul syllables (EUC-KR B0A1–C8FE).
* ``cjk_frequency.txt`` — the characters of Chinese, Japanese and Korean in order of how often
  they are written, down to the ones that make up 99 % of running text: summed over the word
  frequency lists of wordfreq 3.1 (https://github.com/rspeer/wordfreq, by Robyn Speer and
  contributors; its data is CC BY-SA 4.0, drawn from Wikipedia, OpenSubtitles, Google Books
  Ngrams, the Leeds Internet Corpus, SUBTLEX, Twitter, Reddit and web text via OSCAR — see its
  README). This derived table is therefore CC BY-SA 4.0 too. Traditional Chinese ranks each
  Big5 character by its simplified form (wordfreq's own traditional-to-simplified map), as
  wordfreq's Chinese list is simplified. Needs ``pip install wordfreq==3.1.1`` (build time only).
* ``cjk_pairs.txt`` — the pairs of characters written most inside Chinese, Japanese and Korean
  words (``CJK_PAIRS`` of them, about 96 % of such pairs written), by level of frequency, from
  the same word lists of wordfreq 3.1, and the same pairs in traditional characters (each Big5
  character for its simplified form, by wordfreq's map). CC BY-SA 4.0 as well.
* ``indic_triples.txt`` — for Hindi, Bengali and Tamil, how often each character whose UTF-8
  a Western codepage can lose a byte of (one that cp1252, cp1250, cp1254 or cp1257 leaves
  undefined: the virama, the vowel sign "u", the letters "e", "ai", "jha") is written between
  the characters beside it, word boundaries included, by level of frequency: from the word
  frequency lists of wordfreq 3.1 (CC BY-SA 4.0, as above), so CC BY-SA 4.0 too. Needs
  ``pip install wordfreq==3.1.1`` (build time only).
* ``letter_model.txt`` — not built here but by ``tools/build_letter_model.py``: per language, how
  likely each letter follows another (word boundaries included), derived from the word frequency
  lists of wordfreq by Robyn Speer et al. (data CC BY-SA 4.0, code Apache-2.0; compiled from
  Wikipedia, OpenSubtitles, SUBTLEX, news, Google Books Ngrams, OSCAR, ParaCrawl, Twitter and
  Reddit). The file is CC BY-SA 4.0 as its source is, and says so in its header.

Run ``python tools/build_data.py`` from the repository root; it rewrites the files and prints
what it wrote (``--only NAME`` rebuilds one, e.g. ``--only cjk_frequency.txt``). The output
is deterministic for a given ICU, wordfreq and Python version, which the header of each file
records.
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "demojibake" / "data"
FORMAT_VERSION = 1

#: Languages with many writers on the web and in business data. Their letters count as common;
#: letters only the other CLDR languages use count as uncommon (still plausible, but weaker).
MAJOR = set(
    """af am ar as az be bg bn bs ca cs cy da de el en es et eu fa fi fil fo fr ga gd gl gu ha he
    hi hr hu hy id ig is it ja jv ka kk km kn ko ky lb lo lt lv mk ml mn mr ms mt my nb ne nl nn
    no or pa pl ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tr tt uk ur uz vi xh yo zh zu
    ckb ku ug sd eo""".split()
)


#: Single-byte codepages whose letters count as common (see build_letters).
LEGACY_CODECS = (
    "cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 iso-8859-2 iso-8859-3 "
    "iso-8859-4 iso-8859-5 iso-8859-7 iso-8859-9 iso-8859-10 iso-8859-13 iso-8859-14 "
    "iso-8859-15 iso-8859-16 koi8-r koi8-u cp874 mac_roman mac_latin2 mac_cyrillic mac_greek "
    "mac_turkish mac_iceland"
).split()


def _is_cjk_bulk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "HIRAGANA", "KATAKANA", "HANGUL SYLLABLE"))


def build_letters() -> str:
    import icu  # build-time only

    languages = sorted({str(loc).split("_")[0] for loc in icu.Locale.getAvailableLocales()})
    lines = [
        f"# demojibake letters v{FORMAT_VERSION}",
        f"# source: Unicode CLDR standard exemplar characters via ICU {icu.ICU_VERSION}"
        " (Unicode License v3), with the everyday letters they leave out (EVERYDAY);"
        " built by tools/build_data.py",
        "# columns: language, major (1) or not (0), its non-ASCII letters and marks;"
        " a language starting with ~ is a pseudo-language (common letters, no language bit)",
    ]
    # Letters of the legacy single-byte codepages: people typed every one of them for years
    # (Romanian ş ţ with cedilla, for instance, which CLDR has since replaced). Common, but
    # they say nothing about the language, so they carry no language bit.
    legacy = set()
    for codec in LEGACY_CODECS:
        for b in range(0x80, 0x100):
            try:
                ch = bytes([b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if ch.isalpha():
                legacy.add(ch)
    lines.append(f"~legacy\t1\t{''.join(sorted(legacy))}")
    for lang in languages:
        exemplars = icu.LocaleData(lang).getExemplarSet(0, 0)
        chars: set[str] = set()
        for item in exemplars:
            for ch in item:
                for form in {ch, ch.upper(), ch.lower()}:
                    if len(form) == 1 and ord(form) >= 0x80 and not _is_cjk_bulk(form):
                        chars.add(form)
            # Precomposed forms of clusters such as "ё" given as base + mark.
            composed = unicodedata.normalize("NFC", item)
            if len(composed) == 1 and ord(composed) >= 0x80 and not _is_cjk_bulk(composed):
                chars.update({composed, composed.upper(), composed.lower()})
        chars.update(EVERYDAY.get(lang, ""))
        chars = {c for c in chars if len(c) == 1}
        if not chars:
            continue
        major = "1" if lang in MAJOR else "0"
        lines.append(f"{lang}\t{major}\t{''.join(sorted(chars))}")
    return "\n".join(lines) + "\n"


#: Letters a language writes every day that CLDR's standard exemplar set leaves out: Armenian
#: "և", the ligature of "ե" and "ւ", is a letter of its own in Eastern Armenian spelling and
#: the word "and" (without it, every Armenian line holding it read as damage).
EVERYDAY = {"hy": "և"}


def _decode_range(codec: str, first: int, last: int) -> list[str]:
    out = []
    for lead in range(first >> 8, (last >> 8) + 1):
        for trail in range(0, 256):
            code = (lead << 8) | trail
            if not first <= code <= last:
                continue
            try:
                ch = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.append(ch)
    return out


def build_cjk() -> str:
    sets = {
        "gb2312-level1": _decode_range("gbk", 0xB0A1, 0xD7F9),
        "big5-frequent": _decode_range("big5", 0xA440, 0xC67E),
        "jisx0208-level1": _decode_range("euc_jp", 0xB0A1, 0xCFD3),
        "ksx1001-hangul": _decode_range("euc_kr", 0xB0A1, 0xC8FE),
    }
    lines = [
        f"# demojibake cjk v{FORMAT_VERSION}",
        f"# source: CPython {sys.version.split()[0]} codec tables (first frequency levels); "
        "built by tools/build_data.py",
        "# columns: set name, its characters",
    ]
    for name, chars in sets.items():
        lines.append(f"{name}\t{''.join(chars)}")
    return "\n".join(lines) + "\n"


#: Shares of running text that the common and the known characters of each language cover.
COMMON_COVERAGE = 0.90
KNOWN_COVERAGE = 0.99


def _ranked(weights: dict[str, float]) -> tuple[str, str]:
    """The characters of ``weights`` by weight: those that make up COMMON_COVERAGE of the
    total, then those that make up the rest of KNOWN_COVERAGE."""
    total = sum(weights.values())
    common: list[str] = []
    known: list[str] = []
    covered = 0.0
    for ch, weight in sorted(weights.items(), key=lambda item: (-item[1], item[0])):
        if covered >= KNOWN_COVERAGE * total:
            break
        (common if covered < COMMON_COVERAGE * total else known).append(ch)
        covered += weight
    return "".join(common), "".join(known)


def _is_cjk_char(ch: str) -> bool:
    """A character the CJK tables count: _is_cjk_bulk's, and CJK Extension A's."""
    return _is_cjk_bulk(ch) or "\u3400" <= ch <= "\u4dbf"


def _to_simplified() -> dict[int, str]:
    """wordfreq's map of traditional Chinese characters to simplified ones (a translate
    table; build time only, with wordfreq and msgpack)."""
    import gzip

    import msgpack
    import wordfreq

    mapping_path = Path(wordfreq.__file__).parent / "data" / "_chinese_mapping.msgpack.gz"
    with gzip.open(mapping_path) as f:
        mapping: dict[int, str] = msgpack.load(f, raw=False, strict_map_key=False)
    return mapping


def build_cjk_frequency() -> str:
    from importlib import metadata

    import wordfreq  # build-time only

    def char_weights(lang: str) -> dict[str, float]:
        weights: dict[str, float] = {}
        for word, freq in wordfreq.get_frequency_dict(lang).items():
            for ch in word:
                if _is_cjk_char(ch):
                    weights[ch] = weights.get(ch, 0.0) + freq
        return weights

    hans = char_weights("zh")
    to_simplified = _to_simplified()
    hant = {}
    for ch in _decode_range("big5", 0xA440, 0xF9D5):
        weight = hans.get(ch.translate(to_simplified), 0.0)
        if weight:
            hant[ch] = weight
    ranked = {
        "zh-hans": _ranked(hans),
        "zh-hant": _ranked(hant),
        "ja": _ranked(char_weights("ja")),
        "ko": _ranked(char_weights("ko")),
    }
    lines = [
        f"# demojibake cjk-frequency v{FORMAT_VERSION}",
        f"# source: wordfreq {metadata.version('wordfreq')}"
        " word frequencies (CC BY-SA 4.0; see tools/build_data.py); built by tools/build_data.py",
        "# licence of this file: CC BY-SA 4.0",
        "# columns: language, its commonest characters (by frequency) that make up"
        f" {COMMON_COVERAGE:.0%} of running text, then the next ones up to {KNOWN_COVERAGE:.0%}",
    ]
    for lang, (common, known) in ranked.items():
        lines.append(f"{lang}\t{common}\t{known}")
    return "\n".join(lines) + "\n"


#: How many pairs of characters cjk_pairs.txt keeps: those written most (about 96 % of the
#: pairs written inside Chinese, Japanese and Korean words), before their traditional forms.
CJK_PAIRS = 60_000
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def build_cjk_pairs() -> str:
    import math
    from importlib import metadata

    import wordfreq  # build-time only

    weights: dict[str, float] = {}
    for lang in ("zh", "ja", "ko"):
        for word, freq in wordfreq.get_frequency_dict(lang).items():
            for a, b in itertools.pairwise(word):
                if _is_cjk_char(a) and _is_cjk_char(b):
                    weights[a + b] = weights.get(a + b, 0.0) + freq
    kept = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:CJK_PAIRS]
    floor = kept[-1][1]
    # Traditional Chinese writes the same pairs in its own characters (wordfreq's Chinese is
    # simplified): each Big5 character stands in for its simplified form.
    to_simplified = _to_simplified()
    traditional: dict[str, list[str]] = {}
    for ch in _decode_range("big5", 0xA440, 0xC67E):  # (Big5's common characters)
        simple = ch.translate(to_simplified)
        if simple != ch:
            traditional.setdefault(simple, []).append(ch)
    levels: dict[str, int] = {}
    for pair, weight in kept:
        level = round(math.log2(weight / floor)) + 1
        a, b = pair
        for written in [pair] + [
            x + y for x in traditional.get(a, [a]) for y in traditional.get(b, [b]) if x + y != pair
        ]:
            levels[written] = max(levels.get(written, 0), level)
    ordered = sorted(levels)
    lines = [
        f"# demojibake cjk-pairs v{FORMAT_VERSION}",
        f"# source: wordfreq {metadata.version('wordfreq')}"
        " word frequencies (CC BY-SA 4.0; see tools/build_data.py); built by tools/build_data.py",
        "# licence of this file: CC BY-SA 4.0",
        f"# the {CJK_PAIRS:,} pairs of characters written most inside the Chinese, Japanese"
        " and Korean words of wordfreq (summed over the three lists), and the same pairs in"
        " traditional characters",
        "# lines: 'pairs', then every pair, two characters each, in code point order; 'levels',"
        " then each pair's level in base 36 (1 + log2 of its frequency over the rarest kept"
        " pair's, rounded)",
        "pairs\t" + "".join(ordered),
        "levels\t" + "".join(_BASE36[levels[pair]] for pair in ordered),
    ]
    return "\n".join(lines) + "\n"


#: The Indic languages of wordfreq, by the script whose characters indic_triples.txt counts.
INDIC_LANGUAGES = {"hi": "DEVANAGARI", "bn": "BENGALI", "ta": "TAMIL"}
#: The codepages whose undefined bytes Indic UTF-8 loses (to "?", U+FFFD or nothing): those
#: that show most Western text in Windows.
INDIC_LOSING = ("cp1252", "cp1250", "cp1254", "cp1257")
#: The rarest triple kept, as a share of all triples a language writes around such characters.
INDIC_FLOOR = 1e-6


def build_indic_triples() -> str:
    import math
    from importlib import metadata

    import wordfreq  # build-time only

    undefined = set()
    for codec in INDIC_LOSING:
        for byte in range(0x80, 0x100):
            try:
                bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                undefined.add(byte)
    levels: dict[str, int] = {}
    for lang, script in INDIC_LANGUAGES.items():
        weights: dict[str, float] = {}
        for word, freq in wordfreq.get_frequency_dict(lang, wordlist="best").items():
            padded = "_" + unicodedata.normalize("NFC", word) + "_"
            for i in range(1, len(padded) - 1):
                ch = padded[i]
                if _script(ch) == script and undefined.intersection(ch.encode("utf-8")[1:]):
                    # (What is no character of the script, as "." in "এ.", ends the word.)
                    before, after = (
                        c if _script(c) == script else "_" for c in padded[i - 1 : i + 2 : 2]
                    )
                    triple = before + ch + after
                    weights[triple] = weights.get(triple, 0.0) + freq
        floor = INDIC_FLOOR * sum(weights.values())
        for triple, weight in weights.items():
            if weight >= floor:
                levels[triple] = round(math.log2(weight / floor)) + 1
    ordered = sorted(levels)
    lines = [
        f"# demojibake indic-triples v{FORMAT_VERSION}",
        f"# source: wordfreq {metadata.version('wordfreq')}"
        " word frequencies (CC BY-SA 4.0; see tools/build_data.py); built by tools/build_data.py",
        "# licence of this file: CC BY-SA 4.0",
        f"# for {', '.join(INDIC_LANGUAGES)}: each character of their script whose UTF-8 has a"
        f" byte {', '.join(INDIC_LOSING)} leave undefined, with the characters before and after"
        " it in a word ('_' at its start or end), as often as the words write them",
        "# lines: 'triples', then every triple, three characters each, in code point order;"
        " 'levels', then each one's level in base 36 (1 + log2 of its frequency over"
        f" {INDIC_FLOOR:g} of all its language's triples, rounded)",
        "triples\t" + "".join(ordered),
        "levels\t" + "".join(_BASE36[levels[triple]] for triple in ordered),
    ]
    return "\n".join(lines) + "\n"


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0]


def _corpus_texts() -> list[list[str]]:
    """The texts of each file of our clean corpus (``corpus/clean``), in order of file name."""
    corpus = DATA.parent.parent.parent / "corpus" / "clean"
    return [
        [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ]
        for path in sorted(corpus.glob("*.txt"))
    ]


def build_bigrams() -> str:
    pairs: dict[str, set[str]] = {}
    for lines in _corpus_texts():
        for line in lines[::2]:
            word = ""
            for ch in line.lower() + " ":
                if ch.isalpha() and len(ch) == 1:
                    word += ch
                    continue
                for a, b in itertools.pairwise(word):
                    script = _script(a)
                    if (
                        script == _script(b)
                        and script not in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
                        and (a + b) >= "\x80"
                    ):
                        if a >= "\x80" or b >= "\x80":
                            pairs.setdefault(script, set()).add(a + b)
                word = ""
    lines_out = [
        f"# demojibake bigrams v{FORMAT_VERSION}",
        "# source: corpus/clean (every other line), our own writing (CC0); built by "
        "tools/build_data.py",
        "# columns: script, the letter pairs seen in words (two characters each, lower case)",
    ]
    for script in sorted(pairs):
        lines_out.append(f"{script}\t{''.join(sorted(pairs[script]))}")
    return "\n".join(lines_out) + "\n"


def build_marks() -> str:
    """How often each kind of combining mark is written in our clean corpus (every line),
    a mark's kind being its Unicode name less the script's ("SIGN VIRAMA" of Devanagari,
    Bengali and Tamil alike), so that the counts of the scripts the corpus writes speak for
    the scripts of the same family it does not."""
    counts: dict[str, int] = {}
    for lines in _corpus_texts():
        for line in lines:
            for ch in line:
                name = unicodedata.name(ch, "")
                if unicodedata.category(ch) in ("Mn", "Mc") and " " in name:
                    kind = name.split(" ", 1)[1]
                    counts[kind] = counts.get(kind, 0) + 1
    lines_out = [
        f"# demojibake marks v{FORMAT_VERSION}",
        "# source: corpus/clean (every line), our own writing (CC0); built by tools/build_data.py",
        "# columns: a combining mark's Unicode name less its script's, how many times the",
        "# corpus writes a mark of that name (commonest first)",
    ]
    for kind, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        lines_out.append(f"{kind}\t{n}")
    return "\n".join(lines_out) + "\n"


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    builders = {
        "bigrams.txt": build_bigrams,
        "marks.txt": build_marks,
        "letters.tsv": build_letters,
        "cjk.txt": build_cjk,
        "cjk_frequency.txt": build_cjk_frequency,
        "cjk_pairs.txt": build_cjk_pairs,
        "indic_triples.txt": build_indic_triples,
    }
    if "--only" in sys.argv:
        wanted = sys.argv[sys.argv.index("--only") + 1]
        builders = {wanted: builders[wanted]}
    elif "--bigrams-only" in sys.argv:
        builders = {"bigrams.txt": build_bigrams}
    outputs = [(name, build()) for name, build in builders.items()]
    for name, text in outputs:
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote {DATA / name} ({len(text.encode('utf-8')):,} bytes)")


if __name__ == "__main__":
    main()
