"""The lines the engine need not read: plain text in one language, with no trace of a misread.

Most lines of a corpus are clean, and the engine reads each of them as it reads a damaged one
(every detector, every legacy reading of its words), to find nothing. A line is passed over
where all of these hold, each a cheap check of what a misread leaves behind:

* every character beyond ASCII is a letter or mark of an alphabet, a digit, a space, a
  quote or dash, or one of a few common signs (no C1 control, U+FFFD, box drawing, East
  Asian character or other symbol: what UTF-8 and East Asian text shown by the wrong
  codepage are made of, "Ã©", "â€”", "浣犲ソ"; but see below for East Asian writing);
* a sign stands apart from letters ("Asi‰", "€ingiz" are Dutch and Turkish shown by DOS
  codepages) but where text glues one to a word ("¿Qué", "−5 °C", Arabic "،"; see
  _glued_where_text_glues), a no-break space or quote stands where text puts one (after a
  word or before one, not after a capital beyond ASCII: "Ã " of "à", "Ñ‘" of "ё"), and no
  "?" touches a letter beyond ASCII but as a question mark ends a word, after a small one
  (else it is a byte that could not be shown, see _lost_byte; a reading, UTF-8 decoded,
  shows every byte, and may also hold a capital alone: Irish "Ó");
* each word is of one alphabet (not "nederlanឍs"), with no capital after a small letter
  ("РџСЂРёРІРµС‚"), not all capitals beyond ASCII but Latin ones (KOI8-R read as cp1251:
  "ЙНЕ,ЗТБД"; Latin capitals answer to the letter model as small letters do: "FENÃŠTRE"
  holds a pair no language writes) or ones beside small letters of their script ("256
  ГБ", priced as small letters: see _shouted), and no single capital beyond ASCII
  standing alone but a Greek or Cyrillic one that starts the line or an initial, or that
  leads no UTF-8 of a letter with a byte lost after it beside small letters of its script
  ("А4"), or a Latin-1 one that leads none ("É", "Í"; "Å kofja" is Slovene "Škofja" that
  lost a byte; see _stands_alone); "ß" only after a vowel, as German writes it, and "İ"
  only in a language that writes it (the model reads both folded, as "ss" and "i");
* an emoji stands anywhere (no codepage shows one, and no East Asian one shows UTF-8 as
  one);
* its letters beyond ASCII (the words that hold one) are of one language the letter model
  knows: each letter pair costs at most _PAIR_MOST bits in it, and the pairs _MEAN_MOST on
  average (legacy text read as legacy makes pairs no language writes, "Vodièkova" for
  "Vodičkova");
* and no legacy reading of the line (LEGACY_PAIRS, single-byte; each word read through one
  pair of codepages, and cased as words are: not "ChloÙ" of "Chloë", the model reads
  case-folded) reads better in the letter model, its ASCII words too, than the line as it
  stands, where one word's reading reads _RIVAL_LEAD bits better than the word ("Simoniè"
  is cp1250 "Simonič", "yakýn" cp1254 "yakın") or makes the line read better beside its
  other words as they stand ("Strè prst skrz krk" reads better as Czech "Strč"). One
  word's reading alone says little where the pair makes no words of the line's others
  ("г" of a Russian address reads as "у"), but a line of one word and no ASCII words
  goes by it. A word that one of the 5,000 commonest words of a language spells as it
  stands ("ça", "àvia", "Seán", "PÊCHE"; see _lexicon) has no readings weighed: a misread
  seldom makes one, and its other words tell it (Czech "Strè", Turkish "yakýn" and
  Romanian "avarã" are none); weighing them was two fifths of the check on clean text.

A line of East Asian writing passes where its East Asian characters are ideographs, kana
and Hangul, seldom rare ones, and the engine's detectors find in them no UTF-8 an East
Asian codec showed that reads as plain text, nor any with bytes lost (see
_plain_east_asian). A word in a language the letter model lacks, which it cannot price,
passes where no misread made it: where it holds a letter no codepage shows (Kazakh
"Нұрлан", Azerbaijani "Əliyev"), or where no legacy reading of it is a word and no
codepage shows UTF-8 in it (Thai, Belarusian, Arabic with its vowel marks; Estonian
"õigus" reads as Hungarian "őigus", and its line is read: see _written_verdict). Over our
corpus and the held-out CLDR and Faker text (54,523 damaged cases, 3,171 clean), no output
changes with this pass, which passes over 1,156 of the 1,331 distinct lines of the speed
benchmark's clean multilingual text. What it costs: a look at each character of a line
beyond ASCII, and for each word seen anew its letter pairs and, unless it is a common
word, its legacy readings (words recur: those are kept).

A line longer than LONG_LINE characters (a paragraph, records run together, a text whose line
breaks were lost) is judged phrase by phrase (see phrases_of), and the engine reads the
phrases left as lines of their own: read whole, one misread phrase sent the whole line to the
engine, which read a line of many misreads as it reads a line of one.

The engine asks the same of the reading of a line that is UTF-8 shown by one codepage as a
whole, and that what no codepage shows in it be plain as well (see plain_as_a_reading), to
repair the line without weighing rivals (see _engine._read_plainly).

Pure functions over tables built once, lazily, from the codec tables and the letter model.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from demojibake._cache import short_key_memo
from demojibake._candidates import cjk_candidate
from demojibake._chars import alphabets_holding, cased_as_a_word, char_info, cjk_rank
from demojibake._codecs import LEGACY_PAIRS, SingleByte, single_byte
from demojibake._detect import (
    HOLE_CODECS,
    find_cjk_drops,
    find_cjk_holes,
    find_cjk_suspects,
    hinted_runs,
)
from demojibake._lexicon import languages_of
from demojibake._model import (
    costs_in_bits,
    dotted_i_languages,
    least_costs,
    least_in_bits,
    letter_pairs,
    pair_languages,
    priced,
    repriced,
    word_costs,
)
from demojibake._types import CJK_CODECS, SINGLE_BYTE, SINGLE_BYTE_CODECS

__all__ = [
    "LONG_LINE",
    "ascii_or_plainly_clean",
    "lines_to_read",
    "phrases_of",
    "plain_as_a_reading",
    "plainly_clean",
    "utf8_that_lost_bytes",
]

#: The most a letter pair of a line's words may cost, in bits, in the language they are of
#: (the model prices what it does not list at 17.5: a language's words cost 3 to 4.5 bits a
#: pair on average, and pairs no language writes come of misreads).
_PAIR_MOST: Final = 13.0
#: The most its letter pairs may cost on average in that language, in bits.
_MEAN_MOST: Final = 5.5
#: How many bits better a legacy reading of a word must read for the word to be read.
_RIVAL_LEAD: Final = 2.0

#: How many words' verdicts are kept (see _word_verdict), and what their legacy readings
#: cost (see _rivals_cost): words recur, but a cost takes 180 bytes, and the command's
#: memory has little room to spare.
_WORDS_KEPT: Final = 4096
_READINGS_KEPT: Final = 4096
#: ... and of the words fewer are asked about (those the letter model cannot price, or not
#: plainly clean).
_FEWER_WORDS_KEPT: Final = 2048

#: How many verdicts of _plain_east_asian are kept, of lines up to how long: its detectors
#: cost more than the engine's reading of a line it has read before (its windows are kept),
#: and corpora repeat lines (headers, boilerplate, a CSV's column of cities).
_LINES_KEPT: Final = 1024
_LINE_KEPT_LONGEST: Final = 256

#: Kinds of character (see _kind).
_ASCII: Final = 0
_LETTER: Final = 1  # a letter or mark of an alphabet some single-byte codepage shows
_OTHER_LETTER: Final = 2  # a letter, mark or digit of a script no single-byte codepage shows
_SPACE: Final = 3  # a no-break or thin space
_QUOTE: Final = 4  # a quote, dash or ellipsis
_SIGN: Final = 5  # a common sign: degrees, currency, numero...
_BAD: Final = 6  # anything else: the line is read
_PICTURE: Final = 7  # an emoji or pictograph: no codepage shows one, and it may stand anywhere

_SPACES: Final = frozenset("\u00a0\u2009\u200a\u202f")
_QUOTES: Final = frozenset("’‘“”„‚«»‹›…—–‐‑‒")
_SIGNS: Final = frozenset(
    "°€£¥¢₺₽₴₸₹₱₩₪₦₫№§©®™±×÷¹²³½¼¾‰·•′″−¿¡،؛؟٪״׳־։՝՛՞՜።፣፤፥।॥ºª\u200b\u200c\u200d\u2060"
)
#: Quotes that open: no letter comes right before one.
_OPENERS: Final = frozenset("‘“„‚«‹")
#: Quotes that close: no letter comes right after one, unless one came before ("”» of
#: "Frans””sk" is cp850 "Fransöösk"). The apostrophe comes between letters too ("l’été").
_CLOSERS: Final = frozenset("”»›…’")
#: Dashes: between letters, or apart from them, or before a word ("—No" opens a line of
#: dialogue), not after a word ("o—", DOS "où" shown by cp1252).
_DASHES: Final = frozenset("—–‐‑‒")
#: What follows a no-break space that follows a word: French puts one before these.
_AFTER_A_WORD: Final = frozenset(":;!?»›%")
#: Kinds no sign stands beside.
_MARKS: Final = frozenset((_QUOTE, _SIGN))
#: Letters that case-fold to more than one letter and are letters all the same: "ß" and "İ",
#: which the letter model reads folded (see _word_verdict), and Armenian "և", which no
#: codepage shows. Any other is what a misread may make ("ﬁ" is MacRoman's byte 0xDE).
_FOLDED_LONGER: Final = frozenset("ßİև")
#: Letters that are also what cp1252 shows of UTF-8 continuation bytes, and rare otherwise.
_ODD_LETTERS: Final = frozenset("µƒ")
#: The scripts whose letters single-byte codepages show (by the first word of their names).
_CODEPAGE_SCRIPTS: Final = frozenset(("LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI"))
#: Blocks of emoji and pictographs (no codepage shows one, nor does UTF-8 read as one: see
#: _kind), and what builds emoji of them: variation selectors, the keycap, tags.
_PICTURES: Final = ((0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF), (0xE0020, 0xE007F))
_EMOJI_PARTS: Final = frozenset("\ufe0e\ufe0f\u20e3")
#: The vowels after which German writes "ß" (as no misread does: cp437 shows cp1252's "á" as
#: "ß", "estß", "ßcido").
_BEFORE_SHARP_S: Final = frozenset("aeiouyäöüAEIOUYÄÖÜ")
#: East Asian blocks: Hangul Jamo, CJK radicals to ideographs, Hangul syllables, compatibility
#: ideographs and forms, fullwidth and halfwidth forms.
_EAST_ASIAN: Final = (
    (0x1100, 0x11FF),
    (0x2E80, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)


@lru_cache(maxsize=1)
def _codepage_letters() -> frozenset[str]:
    """Every character that some single-byte codepage shows for a byte beyond ASCII."""
    return frozenset("".join(single_byte(codec).decode[0x80:] for codec in SINGLE_BYTE_CODECS))


#: How many characters' kinds are kept (see _kind, _reading_kind), some 170 bytes each: more
#: than the 2,200 distinct characters of the corpus's clean text, and than China's 3,500
#: common characters, which make up some 99.5 % of Chinese text (with 2,048 kept, lines of
#: 2,800 distinct characters took a fifth longer to check).
_CHARS_KEPT: Final = 4096


@short_key_memo(maxsize=_CHARS_KEPT, longest=1)
def _kind(char: str) -> tuple[int, str]:
    """What ``char`` is to the checks (one of the kinds above), and its script where it is a
    letter (the first word of its name; "LATIN" for an ASCII letter, "" for a mark)."""
    if char.isascii():
        return _ASCII, "LATIN" if char.isalpha() else ""
    if char in _SPACES:
        return _SPACE, ""
    if char in _QUOTES:
        return _QUOTE, ""
    if char in _SIGNS:
        return _SIGN, ""
    code = ord(char)
    category = unicodedata.category(char)
    if char in _EMOJI_PARTS or (
        category in ("So", "Sk", "Cf")
        and _within(code, _PICTURES)
        and char not in _codepage_letters()
    ):
        # (UTF-8 read as GB18030, the one East Asian codec that shows characters beyond
        # U+FFFF, cannot make one: its four-byte sequences put an ASCII digit second.)
        return _PICTURE, ""
    if (
        char in _ODD_LETTERS
        or code > 0xFFFF
        or _east_asian(char)
        or (char.isalpha() and len(char.casefold()) > 1 and char not in _FOLDED_LONGER)
    ):
        return _BAD, ""
    if category[0] in "LM":
        name = unicodedata.name(char, "")
        script = "" if category[0] == "M" and name.startswith("COMBINING") else name.split(" ")[0]
        if char in _codepage_letters() or script in _CODEPAGE_SCRIPTS:
            return _LETTER, script
        return _OTHER_LETTER, script
    if category == "Nd":
        return _OTHER_LETTER, ""
    return _BAD, ""


def lines_to_read(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that the engine must read (start and end, line break included),
    in order: every line but those plainly clean (see the module), a line longer than
    LONG_LINE judged phrase by phrase (see phrases_of), each phrase as a line."""
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end + 1
        pieces: Iterable[tuple[int, int]] = (
            [(start, end)] if end - start <= LONG_LINE else phrases_of(text, start, end)
        )
        for piece_start, piece_end in pieces:
            piece = text[piece_start:piece_end]
            if not ascii_or_plainly_clean(piece):
                spans.append((piece_start, piece_end))
        start = end
    return spans


#: A line longer than this many characters is judged phrase by phrase (see phrases_of): a
#: paragraph of a web page, a text whose line breaks were lost, a line the command line cut
#: out of a longer one. Read whole, a line with mojibake in one phrase of it goes to the
#: engine whole.
LONG_LINE: Final = 1024
#: The fewest characters of a phrase (see phrases_of): "Dr. " and "1, " are none, but records
#: of a word or two run together ("T¢ngan; Fiji; ") may each be another misread's.
_PHRASE_LEAST: Final = 8
#: What ends a phrase: an ASCII sign below "0" other than a space, or ";", "<", "=", ">",
#: and the space after it. No such sign is in a run of mojibake: UTF-8 shown by a single-byte
#: codepage is all beyond ASCII, and the ASCII bytes of Shift_JIS, Big5 and GBK characters
#: are "@" and beyond (the command line cuts a long line at the same signs, see _stream). A
#: question mark may be a byte that could not be shown, and a colon is in times and URLs.
_PHRASE_END: Final = re.compile("[\x21-\x2f\x3b-\x3e] ")


def phrases_of(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The phrases of the line from ``start`` to ``end`` in ``text`` (start and end, in
    order): cut after each phrase end (_PHRASE_END) that leaves _PHRASE_LEAST characters or
    more before it (the first words of a line, "Dr. ", "1, 2, ", are no phrase)."""
    at = start
    for found in _PHRASE_END.finditer(text, start, end):
        cut = found.end()
        if cut - at >= _PHRASE_LEAST and cut < end:
            yield at, cut
            at = cut
    yield at, end


#: A word's verdict (see _word_verdict): the languages it may be of, as a mask of the
#: letter model's languages; how many letter pairs it has; and what it costs in each
#: language, packed (word_costs).
_Verdict = tuple[int, int, int]

#: Where a line has no character (before its start, after its end): not a letter.
_NOTHING: Final = (_ASCII, "")


def ascii_or_plainly_clean(text: str) -> bool:
    """Whether ``text`` is ASCII or plainly clean (see plainly_clean): no line or phrase
    the engine need read."""
    return text.isascii() or plainly_clean(text)


def plainly_clean(line: str, priced: bool = True, reading: bool = False) -> bool:
    """Whether ``line`` (not ASCII) is plain text the engine need not read (see the module);
    not ``priced``, as far as its characters and their places tell, the letter model unasked
    (each word of one alphabet, cased as words are), for a reading's sake: Greek and
    Cyrillic capitals, in words or alone, stand there (KOI8-R shown by cp1251 writes them in
    a line as it stands, not in a line that is UTF-8 as a whole). East Asian characters
    are read as _reading_kind tells in a ``reading``, and in a line as it stands where they
    are plain (see _plain_east_asian); elsewhere they send the line to the engine."""
    kinds = [_reading_kind(c) for c in line] if reading else [_kind(c) for c in line]
    if not reading and any(kind[0] == _BAD for kind in kinds):
        if not any(_east_asian(c) for c in line) or not _plain_east_asian(line):
            return False
        # (Any character beyond East Asian writing that no codepage shows stays _BAD.)
        kinds = [_reading_kind(c) for c in line]
    size = len(line)
    languages = -1  # (every language, as a mask)
    costs = pairs = 0
    # The line's words of ASCII letters (they tell its language too: see _told, priced only
    # where that is asked), and its words beyond ASCII with what each costs, packed.
    told: list[tuple[int, int]] = []
    words: list[tuple[str, int]] = []
    shouted = ""  # (the script of a word in capitals beyond Latin's, if any: see _shouted)
    run_start = -1
    run_letters = run_others = run_ascii = False
    for i in range(size + 1):
        kind, script = kinds[i] if i < size else _NOTHING
        if kind in (_LETTER, _OTHER_LETTER) or script:
            # (A word: a run of letters and marks.)
            if run_start < 0:
                run_start, run_letters, run_others, run_ascii = i, False, False, False
            run_letters = run_letters or kind == _LETTER
            run_others = run_others or kind == _OTHER_LETTER
            run_ascii = run_ascii or kind == _ASCII
            continue
        if run_start >= 0:
            if run_letters:
                word = line[run_start:i]
                if run_others or (
                    len(word) == 1
                    and word.isupper()
                    and not reading
                    and not _stands_alone(line, i, not priced or (not costs and not told))
                ):
                    return False
                verdict = _word_verdict(word) if priced else _shape_verdict(word)
                if verdict is None and priced and not reading and _shouted(word):
                    # (Priced as small letters, where the line has some: see _shouted.)
                    verdict = _word_verdict(word.lower())
                    shouted = shouted or _kind(word[0])[1]
                if verdict is None and not reading:
                    verdict = _written_verdict(word)
                    if verdict is not None and _shows_utf8(_glued(line, run_start, i)):
                        return False
                if verdict is None:
                    return False
                languages &= verdict[0]
                if not languages:
                    return False
                costs += verdict[2]
                pairs += verdict[1]
                words.append((word, verdict[2]))
            elif not run_others and i - run_start > 1:
                told.append((run_start, i))
            elif run_ascii and not _one_script(line[run_start:i]):
                return False  # (ASCII letters in a word of another script: "nederlanឍs")
            run_start = -1
        if i == size:
            break
        if kind == _ASCII:
            if line[i] == "?" and not reading and _lost_byte(line, kinds, i):
                return False  # (a reading shows every byte)
            continue
        if kind == _PICTURE:
            continue
        if kind == _BAD or not _fits_beside(line, kinds, i, kind):
            return False
    if shouted and not _holds_small_letters(line, shouted):
        return False
    if not pairs or not priced:
        return True
    bits = costs_in_bits(costs)
    if min(b for n, b in enumerate(bits) if languages >> n & 1) > _MEAN_MOST * pairs:
        return False
    rivalled, ahead = _rivalled(words)
    if not rivalled:
        return True
    # (What its ASCII words cost is asked only where some word has rivals.)
    line_costs = costs + _told(line, told)
    return not _rivals_read_better(words, rivalled, ahead, line_costs, not told, reading)


def _told(line: str, words: list[tuple[int, int]]) -> int:
    """What the words of ASCII letters of ``line`` at ``words`` (start and end) cost in each
    language, packed (see _model.word_costs)."""
    return sum(word_costs(line[start:end]) or 0 for start, end in words)


def plain_as_a_reading(line: str) -> bool:
    """Whether ``line`` (not ASCII) is plain as a reading: in alphabets some codepage shows,
    plain by every check of the module, or by every check but the letter model's where one
    language's alphabet (CLDR's letters) holds all its letters beyond ASCII (the model
    lacks Estonian: "võro"; no language writes "Poʝalua"); and where it holds characters
    no codepage shows, those plain as well (see _plain_beyond_codepages). That is what a
    reading must be for the engine to take it without weighing its rivals."""
    if not _plain_beyond_codepages(line):
        return False
    return plainly_clean(line, reading=True) or (
        plainly_clean(line, priced=False, reading=True)
        and alphabets_holding("".join(c for c in line if not _east_asian(c))) != 0
    )


def _plain_beyond_codepages(line: str) -> bool:
    """Whether the characters of ``line`` that no single-byte codepage shows, if any, are
    plain in a reading: letters and marks of one script, each in some language's alphabet
    (CLDR's letters), or East Asian letters (see _reading_kind), at most one in
    _RARE_SHARE of them one that data/cjk_frequency.txt does not rank, with East Asian
    punctuation; digits; emoji beyond U+FFFF; and at least _BEYOND_LEAST bytes of them. A
    short or rare reading of that kind has rivals the engine weighs: cp850 shows the UTF-8
    of Phags-pa "ꡥ" as "ÛíÑ", which is cp1256's Arabic "غير"; cp866 shows that of "⮡" as
    "тоб", a Ukrainian word typed with a Latin "i": "тобi"; MacRoman shows that of "愂钊",
    two ideographs no one writes, as "ÊÑÇÈíä", cp1256's Arabic "ترابين" shown by cp1252."""
    if _east_asian_letters(line) is None:
        return False
    scripts: set[str] = set()
    size = 0
    for c in line:
        kind = _kind(c)[0]
        if kind == _PICTURE:
            if ord(c) <= 0xFFFF and c not in _EMOJI_PARTS:
                return False
        elif _east_asian(c):
            if _reading_kind(c)[0] == _OTHER_LETTER:
                scripts.add("CJK")
        elif kind == _OTHER_LETTER:
            if unicodedata.category(c) != "Nd":
                if not char_info(c).langs:
                    return False
                scripts.add(char_info(c).script)
        else:
            continue
        size += len(c.encode())
    return size == 0 or (size >= _BEYOND_LEAST and len(scripts - {""}) <= 1)


def _east_asian_letters(line: str) -> int | None:
    """How many East Asian letters ``line`` holds, where each of its East Asian characters is
    a letter or punctuation of East Asian writing (see _reading_kind) and at most one in
    _RARE_SHARE of those letters one that data/cjk_frequency.txt does not rank; else None."""
    letters = rare = 0
    for c in line:
        if _east_asian(c):
            kind = _reading_kind(c)
            if kind == _NOTHING_PLAIN:
                return None
            if kind == _EAST_ASIAN_LETTER:
                letters += 1
                rare += cjk_rank(c) is None
    return letters if rare * _RARE_SHARE <= letters else None


#: At most one East Asian letter in this many may be one that data/cjk_frequency.txt does
#: not rank (see _east_asian_letters).
_RARE_SHARE: Final = 4


@short_key_memo(maxsize=_LINES_KEPT, longest=_LINE_KEPT_LONGEST, maxchars=_LINES_KEPT * 64)
def _plain_east_asian(line: str) -> bool:
    """Whether the East Asian characters of ``line`` (as it stands) are plain: letters and
    punctuation of East Asian writing, seldom rare ones (_east_asian_letters), where
    the detectors the engine reads them by find no UTF-8 that an East Asian codec showed:
    none that reads as plain text whose UTF-8 takes _SHOWN_LEAST bytes more than its
    characters or beyond ("浣犲ソ" is "你好" shown by GBK; a pair of characters may be UTF-8 of
    two by chance, "园散" is "԰ɢ" and "慢慢" cp949's "طط"), and none with bytes lost ("澶?閮?" and
    "澶閮" are "太郎"); and where its East Asian letters are as many as its other letters at
    least and no word weaves them in and out of others (UTF-8 Latin text shown by an East
    Asian codec holds one for each letter beyond ASCII, and the detectors look for two at
    least: "Caf茅" is "Café" shown by GBK, "K谋l谋莽da臒谋" Turkish "Kılıçdağı")."""
    east_asian = _east_asian_letters(line)
    if east_asian is None:
        return False
    if east_asian < sum(1 for c in line if c.isalpha()) - east_asian or _woven(line):
        return False  # (see the docstring)
    runs = hinted_runs(line)
    for codec in CJK_CODECS:
        suspects = find_cjk_suspects(line, codec, runs)
        for _start, _end, data in suspects:
            cand = cjk_candidate(data, codec)
            if (
                cand is not None
                and len(cand.text.encode()) - len(cand.text) >= _SHOWN_LEAST
                and plain_as_a_reading(cand.text)
            ):
                return False
        if codec in HOLE_CODECS and (
            find_cjk_holes(line, codec) or find_cjk_drops(line, codec, suspects, runs)
        ):
            return False
    return True


def _woven(line: str) -> bool:
    """Whether a word of ``line`` goes from East Asian letters to others and back, or from
    others to East Asian letters and back ("K谋l谋莽", "眉kr眉"): East Asian writing glues
    a Latin name to its letters once ("华为Mate", "iPhone前")."""
    turns = 0
    before = None
    for c in line:
        if not c.isalpha():
            turns, before = 0, None
            continue
        now = _reading_kind(c) == _EAST_ASIAN_LETTER
        if before is not None and now != before:
            turns += 1
            if turns > 1:
                return True
        before = now
    return False


#: How many bytes more than its characters a reading of UTF-8 shown by an East Asian codec
#: must take for the line to be read (see _plain_east_asian): three letters of two bytes
#: (a pair of them, "طط", is what chance makes of two East Asian characters).
_SHOWN_LEAST: Final = 3


#: The fewest bytes of UTF-8 the characters no codepage shows take in a reading taken
#: unweighed (see _plain_beyond_codepages): two East Asian letters, or one emoji.
_BEYOND_LEAST: Final = 4


def _east_asian(c: str) -> bool:
    """Whether ``c`` is of the East Asian blocks (_EAST_ASIAN)."""
    code = ord(c)
    return code >= _EAST_ASIAN[0][0] and _within(code, _EAST_ASIAN)


def _within(code: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    """Whether code point ``code`` is in one of ``blocks`` (first and last, inclusive)."""
    for lo, hi in blocks:
        if lo <= code <= hi:
            return True
    return False


@short_key_memo(maxsize=_CHARS_KEPT, longest=1)
def _reading_kind(char: str) -> tuple[int, str]:
    """_kind of ``char`` where East Asian writing is read (in a reading, and in a line whose
    East Asian characters are plain: see _plain_east_asian): its letters are letters of a
    script no codepage shows (the ideographs of the unified block, kana and Hangul
    syllables: _EAST_ASIAN_LETTERS) and East Asian punctuation and fullwidth forms are as
    ASCII signs are (_NOTHING_PLAIN: any other East Asian character, radicals, compatibility
    ideographs, halfwidth kana or jamo, which is no plain reading)."""
    if not _east_asian(char):
        return _kind(char)
    code = ord(char)
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or char == "\u30fb":
        return _ASCII, ""
    if char.isalpha() and _within(code, _EAST_ASIAN_LETTERS):
        return _EAST_ASIAN_LETTER
    return _NOTHING_PLAIN


#: The blocks of East Asian letters (see _reading_kind): kana, the unified ideographs, Hangul
#: syllables.
_EAST_ASIAN_LETTERS: Final = ((0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3))


#: What _reading_kind makes of an East Asian letter.
_EAST_ASIAN_LETTER: Final = (_OTHER_LETTER, "CJK")
#: What _reading_kind makes of an East Asian character no plain reading holds.
_NOTHING_PLAIN: Final = (_BAD, "")


def _rivalled(words: list[tuple[str, int]]) -> tuple[list[tuple[int, int]], bool]:
    """Of a line's ``words`` beyond ASCII (each with what it costs, packed), what those with
    legacy readings that are words cost, each with the least its readings cost (see
    _rivals_cost); and whether a reading of one of them reads _RIVAL_LEAD bits better than
    the word."""
    rivalled: list[tuple[int, int]] = []
    ahead = False
    for word, costs in words:
        readings, leads = _rivals_cost(word)
        if readings:
            rivalled.append((costs, readings))
            ahead = ahead or leads
    return rivalled, ahead


def _rivals_read_better(
    words: list[tuple[str, int]],
    rivalled: list[tuple[int, int]],
    ahead: bool,
    line_costs: int,
    alone: bool,
    reading: bool,
) -> bool:
    """Whether legacy readings of the line's ``words`` beyond ASCII (each with what it costs,
    packed; ``rivalled`` and ``ahead`` as _rivalled tells of them) make it read better than
    it does (``line_costs``: what all its words cost; ``alone``: whether it has no words of
    ASCII letters), in the language that prices it lowest: where a reading of one word reads
    _RIVAL_LEAD bits better than the word ("yakýn" is cp1254 "yakın"), or makes the line
    read better beside its other words as they stand ("Strè" costs less than "Strč" in
    Italian, but beside "prst skrz krk" the line reads better as Czech with "Strč"), and
    then, in a line as it stands, where one pair of codepages reads all its words so (see
    _misread_reads_better). A ``reading``, and a word ``alone``, go by the first test only."""
    if not rivalled or not (ahead or _one_reads_better(rivalled, line_costs)):
        return False
    if reading or (alone and len(words) == 1):
        return True
    return _misread_reads_better(words, line_costs)


def _one_reads_better(rivalled: list[tuple[int, int]], line_costs: int) -> bool:
    """Whether a legacy reading of one word makes the line read better, in the language
    that prices it lowest, than the word as it stands does (``rivalled``: each word's cost
    and the least its readings cost in each language, which is what the line's least cost
    with its best reading comes to)."""
    best = least_in_bits(line_costs)
    for word, readings in rivalled:
        others = line_costs - word  # (packed costs add up field by field, and so subtract)
        if others and least_in_bits(others + readings) < best:
            return True
    return False


def _misread_reads_better(words: list[tuple[str, int]], line_costs: int) -> bool:
    """Whether the line whose ``words`` beyond ASCII (each with what it costs) and all of
    whose words cost ``line_costs`` reads better, in the language that prices it lowest,
    with all those words read through one legacy pair of codepages (see _reading_tables)
    than as it stands. A misread turns every word: one word's reading that reads better
    beside the others as they stand ("г" of a Russian address reads "у" through KOI8-R
    shown by cp1251, "ça" reads as Czech "ča") says little where the pair turns the
    line's other words into none a language writes, and much where it turns them all into
    words of one language (Romanian "avarã, hatranã" is iso-8859-2 "avară, hatrană" shown
    by cp1252, and no one word of them reads better beside the others as they stand)."""
    best = least_in_bits(line_costs)
    highs = [_beyond_ascii(word) for word, _costs in words]
    line_high = frozenset().union(*highs)
    # (Pairs that read the line's words alike are priced once: a line that reads better
    # through a pair is read so whichever the pair.)
    weighed: set[tuple[str, ...]] = set()
    for table, shown in _reading_tables():
        if not line_high <= shown:
            continue  # (the second codepage cannot show the line)
        read_words: list[str] = []
        for (word, _costs), high in zip(words, highs, strict=True):
            read = _read_through(word, high, table, shown)
            if read is None:
                break  # (the pair makes no words of them)
            read_words.append(read)
        else:
            key = tuple(read_words)
            if key in weighed:
                continue
            weighed.add(key)
            total = line_costs
            for (word, costs), read in zip(words, read_words, strict=True):
                if read != word:
                    # (Packed costs add up field by field; the total's fields stay whole.)
                    total += (priced(read) or 0) - costs
            if total != line_costs and least_in_bits(total) < best:
                return True
    return False


def _stands_alone(line: str, end: int, first: bool) -> bool:
    """Whether the capital beyond ASCII standing alone before ``line[end]`` (``first``: with
    no word the letter model prices before it) is a word: a Greek or Cyrillic one that
    starts a line ("Η", "В") or is an initial ("Щербаков Е. Ю."), or one beside small
    letters of its script (KOI8-R shown by cp1251 leaves none) that no codepage shows for a
    byte leading two of UTF-8 whose second a lost byte could be (see _leads_lost_utf8):
    "А4", "А я" ("В" and a no-break space are UTF-8's no-break space shown by cp1251); or a
    Latin-1 one that no codepage shows so: Portuguese "É", Icelandic "Í", French "À"
    (cp1252's C0 and C1 lead none). "Å kofja" is Slovene "Škofja" that lost a no-break
    space, "Ã" alone "à". Other Latin capitals are what codepages show DOS and Mac letters
    as ("Bosnia Š Herzegovina" is cp850 "è", "Ž" MacRoman's Portuguese "é"), and the
    line's other words are judged with the capital's legacy readings (see
    _rivals_read_better)."""
    capital = line[end - 1]
    script = _kind(capital)[1]
    if script == "LATIN":
        return "\u00c0" <= capital <= "\u00de" and not _leads_lost_utf8(capital)
    if script not in ("GREEK", "CYRILLIC"):
        return False
    if first or line[end : end + 1] == ".":
        return True
    return not _leads_lost_utf8(capital) and _holds_small_letters(line, script)


def _holds_small_letters(line: str, script: str) -> bool:
    """Whether ``line`` holds a small letter of ``script``: KOI8-R shown by cp1251 writes
    each of a line's small letters as a capital, and leaves none (see _stands_alone and
    _shouted)."""
    return any(c.islower() and _kind(c)[1] == script for c in line)


@short_key_memo(maxsize=256, longest=1)
def _leads_lost_utf8(char: str) -> bool:
    """Whether some single-byte codepage shows ``char`` for a byte that leads two of UTF-8
    that, with the byte after it lost, are the UTF-8 of a character people write (see
    _one_byte_short): "Å kofja" is Slovene "Škofja", "Ã" alone "à"."""
    for codec in SINGLE_BYTE_CODECS:
        page = single_byte(codec)
        data = page.bytes_of(char)
        if data is not None and 0xC2 <= data[0] <= 0xDF and _one_byte_short(data, page, True):
            return True
    return False


def utf8_that_lost_bytes(word: str, codec: str) -> bool:
    """Whether ``word`` may be UTF-8 shown by the single-byte ``codec`` that lost bytes:
    each sequence of it that is cut short is one byte short of a character people write
    (see _one_byte_short), the byte dropped, shown as "?", or at the word's end made a
    space ("MÄori" is "Māori", "Ä?tvrtek" "čtvrtek", "Î Î±Ï\x81Î±" "Παρα"). Clean words
    are seldom so: "études" and "Châtelain" hold sequences two bytes short, and "Gebühren"
    a byte that is in no UTF-8; a capital beyond ASCII before a small letter may be
    ("Ärger")."""
    page = single_byte(codec)
    data = page.bytes_of(word)
    if data is None:
        return False
    cut = False
    i, size = 0, len(data)
    while i < size:
        lead = data[i]
        if lead < 0x80:
            i += 1
            continue
        if not 0xC2 <= lead <= 0xF4:
            # (A continuation byte with no lead, which lost its lead where the codec leaves
            # one undefined, or a byte that is in no UTF-8.)
            return lead <= 0xBF and any(0xC2 <= b <= 0xF4 for b in page.undefined)
        need = 1 if lead <= 0xDF else 2 if lead <= 0xEF else 3
        end = i + 1
        while end < size and end - i <= need and 0x80 <= data[end] <= 0xBF:
            end += 1
        if end - i <= need:
            if end - i != need or not _one_byte_short(data[i:end], page, end == size):
                return False  # (two bytes short or more, or no character people write)
            cut = True
            if end < size and data[end] == 0x3F:
                end += 1  # (the "?" shown for it)
        i = end
    return cut


def _one_byte_short(data: bytes, page: SingleByte, at_end: bool) -> bool:
    """Whether ``data``, UTF-8 that ``page`` showed one byte short, is the UTF-8 of a
    character people write (see _written) with the byte it lost: one the codepage leaves
    undefined, dropped (cp1252 leaves 0x81 undefined: "MÄori" is "Māori"), or, ``at_end``
    of a word, one it shows as a no-break space, which the text made a space ("Å kofja")."""
    for lost in range(0x80, 0xC0):
        if bytes((lost,)) in page.undefined or (at_end and page.decode[lost] in _SPACES):
            try:
                char = (data + bytes((lost,))).decode()
            except UnicodeDecodeError:
                continue
            if _written(char):
                return True
    return False


def _lost_byte(line: str, kinds: list[tuple[int, str]], i: int) -> bool:
    """Whether the "?" ``line[i]`` may stand for a byte that could not be shown: next to a
    letter beyond ASCII ("Ã?" of "Á", cp1252 leaves byte 0x81 undefined; "P?íliš"), but
    for one that ends a question, after a small letter and before a space, an ASCII sign
    or the line's end ("środę?", "¿Qué?"). A codepage shows UTF-8 lead bytes of two-byte
    sequences as capitals (or as letters of no case), and the lead byte of a longer one
    that shows as a small letter has a byte after the lost one, which is no ASCII."""
    if i + 1 < len(kinds) and kinds[i + 1][0] == _LETTER:
        return True
    return (
        i > 0
        and kinds[i - 1][0] == _LETTER
        and not (line[i - 1].islower() and _ascii_sign_or_end(line, i + 1))
    )


def _is_letter(kind: tuple[int, str]) -> bool:
    return kind[0] in (_LETTER, _OTHER_LETTER) or kind[1] != ""


def _fits_beside(line: str, kinds: list[tuple[int, str]], i: int, kind: int) -> bool:
    """Whether the space, quote or sign ``line[i]`` (of ``kind``) stands where clean text
    puts one (see the module)."""
    before = kinds[i - 1] if i > 0 else _NOTHING
    after = kinds[i + 1] if i + 1 < len(kinds) else _NOTHING
    letter_before, letter_after = _is_letter(before), _is_letter(after)
    char = line[i]
    if char == "‚" and not line[i + 1 : i + 2].isascii() and not line[i + 2 : i + 3].isascii():
        # (A low quote before two characters beyond ASCII: MacRoman shows UTF-8's
        # punctuation so, "‚Äî" of "—", "‚Äú" of "“". German opens a word with it, "‚Äpfel‘".)
        return False
    if kind != _SIGN and _EAST_ASIAN_LETTER in (before, after):
        return True  # (East Asian text glues quotes to its letters: "的“找回密码”")
    if kind == _SIGN:
        if char in _GLUED_SIGNS:
            return _glued_where_text_glues(line, kinds, i, before, after)
        return not (letter_before or letter_after) and not {before[0], after[0]} & _MARKS
    if before[0] == _LETTER and line[i - 1].isupper():
        return False  # ("Â " of a no-break space, "Ñ‘" of "ё", "Ð—" of "З")
    if kind == _SPACE:
        if letter_before and letter_after:
            return False
        if letter_before:
            # (Before a colon, a question mark or a closing quote, "mot\u00a0:", a dash apart
            # (see _before_a_dash), or a number after ASCII, "Praha\u00a01": after a letter
            # beyond ASCII it may be UTF-8's, "111آ\u00a021" is cp1256's. Elsewhere after a
            # word it is a lost byte: "Hrub\u00a0" of cp852 "Hrubá", "Alcal\u00a0,".)
            return (
                line[i + 1 : i + 2] in _AFTER_A_WORD
                or (before[0] == _ASCII and _ascii_digit(line, i + 1))
                or _before_a_dash(line, i)
            )
        if letter_after:
            # (After a number, an abbreviation or an opening quote: "100\u00a0km",
            # "M.\u00a0Dupont"; not at the line's start nor after a space: "\u00a0oti".)
            return line[i - 1 : i].strip() != ""
        return True
    if letter_before and letter_after:
        # (An apostrophe, or a dash between ASCII letters: not "в–є" of "►", nor "Str›get"
        # and "M“naco", Danish and Italian shown by DOS codepages.)
        return char == "’" or (char in _DASHES and before[0] == after[0] == _ASCII)
    if letter_before:
        # (Not "«" after a word, nor "”" before another quote: "Frans””sk"; but German and
        # Slavic text close a quote with "“", and German with "«" as well, before a space or
        # an ASCII sign: "„Ja“, sagte er", "»Ja«." UTF-8 shown by cp1252 puts a byte after
        # one that is no ASCII, "ç«‹" of "立", "å“ˆ" of "哈".)
        if char in _OPENERS:
            return char in _GERMAN_CLOSERS and _ascii_sign_or_end(line, i + 1)
        if after[0] == _QUOTE:
            return False
        return char not in _DASHES
    if letter_after:
        if char == "»":
            # (German opens a quote with it: " »Ja«".)
            return not line[i - 1 : i].strip()
        return char not in _CLOSERS and before[0] != _QUOTE
    return True


#: Quotes that open in English and close in German or Slavic text ("„Ja“", "‚Ja‘", "»Ja«").
_GERMAN_CLOSERS: Final = frozenset("“‘«")
#: Signs that text glues to letters, each where it does (see _glued_where_text_glues).
_GLUED_SIGNS: Final = frozenset("¿¡°™®·ºª،؛؟\u200c\u200d։՝՛՞՜።፣፤፥।॥׳״־")
#: Signs of one script's own, and the scripts each follows a letter of (see
#: _glued_where_text_glues): Armenian's full stop and marks of stress, Ethiopic's stops, the
#: danda of the Indic scripts, Hebrew's geresh, gershayim and maqaf.
_SCRIPT_SIGNS: Final = {
    **dict.fromkeys("։՝՛՞՜", frozenset(("ARMENIAN",))),
    **dict.fromkeys("።፣፤፥", frozenset(("ETHIOPIC",))),
    **dict.fromkeys("।॥", frozenset("DEVANAGARI BENGALI GURMUKHI GUJARATI ORIYA".split())),
    **dict.fromkeys("׳״־", frozenset(("HEBREW",))),
}


def _before_a_dash(line: str, i: int) -> bool:
    """Whether the no-break space ``line[i]``, after a word, stands before a dash that
    stands apart, as Russian and French typesetting puts one ("Москва\u00a0— столица"),
    where no codepage shows in the letter before, the space and the dash the UTF-8 of a
    character people write (see _written): cp1252 shows "栗" so, "æ\u00a0—"."""
    if line[i + 1 : i + 2] not in _DASHES or line[i + 2 : i + 3].strip():
        return False
    return not any(_written_utf8(c) for read in _utf8_readings(line[i - 1 : i + 2]) for c in read)


def _ascii_digit(line: str, i: int) -> bool:
    """Whether ``line[i]`` is an ASCII digit ("Praha\u00a01", "č.\u00a05")."""
    return "0" <= line[i : i + 1] <= "9"


def _ascii_sign_or_end(line: str, i: int) -> bool:
    """Whether ``line[i]`` is an ASCII space, sign or digit, or the line ends before it."""
    return i >= len(line) or (line[i].isascii() and not line[i].isalpha())


def _glued_where_text_glues(
    line: str,
    kinds: list[tuple[int, str]],
    i: int,
    before: tuple[int, str],
    after: tuple[int, str],
) -> bool:
    """Whether the sign ``line[i]``, one of _GLUED_SIGNS, stands where text glues it to a
    letter: Spanish "¿" and "¡" before a capital, not after a letter (as a UTF-8
    continuation byte shows after the letter its lead byte shows as, "Â¿"), nor before a
    small letter (cp1252 shows cp850's "í" as "¡": Catalan "¡ndex"); a script's own
    stops and marks after a letter of it, before none of another ("है।", "Մի՛", Hebrew
    "ת״א"; not Latin-1's "5×3" shown by cp1255, "5׳3"); "°" after a digit, before no letter
    ("24°."; not cp437's "S°ren" of "Søren"), or before the "C" or "F" of a temperature
    ("−5 °C"); the ordinal "º" or "ª" after a number or "n", before no letter ("2.º",
    "1ª", "nº"; not "Ãº" of "ú"); "™" and "®" after a name in ASCII letters, before a
    space or an ASCII sign (not after "Ã", as UTF-8's "Ù" and "î" show); Arabic
    punctuation after a word, not before a letter ("¡" of Spanish read as cp1256 is "،");
    "·" apart from letters, a separator, or Catalan's between two l's ("col·lecció"); a
    zero-width non-joiner or joiner between two letters of one script beyond Latin
    (Persian "می\u200cرود")."""
    char = line[i]
    letter_before, letter_after = _is_letter(before), _is_letter(after)
    if char in "¿¡":
        return not letter_before and (line[i + 1 : i + 2].isupper() or after[0] == _QUOTE)
    if char in _SCRIPT_SIGNS:
        scripts = _SCRIPT_SIGNS[char]
        return before[1] in scripts and (not letter_after or after[1] in scripts)
    if char == "°":
        if _ascii_digit(line, i - 1):
            return not letter_after  # ("12°", "24°.")
        return (
            not letter_before
            and line[i + 1 : i + 2] in ("C", "F")
            and (not _is_letter(kinds[i + 2]) if i + 2 < len(kinds) else True)
        )
    if char in "ºª":
        return not letter_after and (
            _ascii_digit(line, i - 1)
            or (line[i - 1 : i] == "." and _ascii_digit(line, i - 2))
            or (line[i - 1 : i] in ("n", "N") and (i < 2 or not _is_letter(kinds[i - 2])))
        )
    if char in "™®":
        return before == (_ASCII, "LATIN") and _ascii_sign_or_end(line, i + 1)
    if char == "·":
        if not (letter_before or letter_after):
            return not {before[0], after[0]} & _MARKS  # (a separator: "GmbH · Alle")
        return line[i - 1 : i] in ("l", "L") and line[i + 1 : i + 2] in ("l", "L")
    if char in "\u200c\u200d":
        if char == "\u200d" and before[0] == after[0] == _PICTURE:
            return True  # (emoji joined into one: "👩\u200d💻")
        return (
            before[0] == after[0]
            and before[0] in (_LETTER, _OTHER_LETTER)
            and before[1] == after[1] not in ("", "LATIN")
        )
    return not letter_after and after[0] not in _MARKS


@short_key_memo(maxsize=_WORDS_KEPT)
def _word_verdict(word: str) -> _Verdict | None:
    """``word``'s languages, costs and pairs (see _Verdict), or None where it is no plain
    word: of two scripts, with a capital after a small letter, in capitals beyond ASCII,
    or with a pair no language writes cheaply. (Its legacy readings are weighed with the
    line's other words: see _rivals_read_better.)"""
    if not _word_shaped(word):
        return None
    # (The model folds "İ" to "i" in every language, but only Turkish writes it.)
    languages = dotted_i_languages() if "İ" in word else -1
    pairs = letter_pairs(word)
    for pair in pairs:
        languages &= _pair_languages(pair)
        if not languages:
            return None
    costs = word_costs(word)
    if costs is None:
        return None
    return languages, len(pairs), costs


@short_key_memo(maxsize=_FEWER_WORDS_KEPT)
def _written_verdict(word: str) -> _Verdict | None:
    """_shape_verdict of a ``word`` the letter model cannot price (its language is not in
    the model: Kazakh "Нұрлан", Thai "ราคา", Belarusian "паўтарыць", Arabic with its vowel
    marks "العِلْمُ"), where one language's alphabet (CLDR's letters) holds all its letters
    and no legacy misread made it: it holds a letter no single-byte codepage shows, or it is
    no Latin word mostly beyond ASCII and no legacy reading of it (see _reading_tables) is
    a word (see _reads_as_a_word). A misread has a reading that is the word it was:
    Estonian "õigus" reads as Hungarian "őigus" through ISO 8859-2 shown by cp1252, and
    its line is read; Welsh writes each letter of "ÉÎÄÖÙÌÙÚÙÂÚÜ", which is Adyghe
    "инджылызыбзэ" in KOI8-R shown by cp1252. A word of marks alone is none. (Whether a
    codepage shows UTF-8 in it is asked of the word with what is glued to it: see
    _shows_utf8.)"""
    if not any(c.isalpha() for c in word) or alphabets_holding(word) == 0:
        return None
    shown = _codepage_letters()
    if all(c in shown for c in word if not c.isascii()) and (
        _latin_mostly_beyond_ascii(word) or _reads_as_a_word(word)
    ):
        return None
    return _shape_verdict(word)


def _latin_mostly_beyond_ascii(word: str) -> bool:
    """Whether most of the Latin letters of ``word`` are beyond ASCII, as no language writes
    them, and as a Western codepage shows East Asian legacy text ("ÀÏÎÎÓï" is GBK "老挝语"
    shown by cp1252)."""
    latin = [c for c in word if c.isalpha() and _kind(c)[1] == "LATIN"]
    return 2 * sum(1 for c in latin if not c.isascii()) > len(latin)


def _reads_as_a_word(word: str) -> bool:
    """Whether a legacy reading of ``word`` (through one of _reading_tables) that differs
    from it is a word: one the letter model prices, in capitals as in small letters (KOI8-R
    shown by cp1251 writes Russian's small letters as capitals), or one shaped as words are
    whose letters one language's alphabet holds (Walser German "Nördličs" is cp1250 shown
    by cp1252 as "Nördliès", and the model lacks the language)."""
    for read in _readings(word, _beyond_ascii(word)):
        if _word_verdict(read.lower() if read.isupper() else read) is not None:
            return True
        if _word_shaped(read) and alphabets_holding(read) != 0:
            return True
    return False


@short_key_memo(maxsize=_FEWER_WORDS_KEPT)
def _shows_utf8(token: str) -> bool:
    """Whether some single-byte codepage that shows ``token`` (a word with what is glued to
    it) shows UTF-8 in it: its bytes there are UTF-8, or hold the UTF-8 of two characters
    in a row that people write (see _written). The letters of a clean word make UTF-8 by
    chance, but seldom of two characters in a row: Thai "ราคา" in cp874 is UTF-8 "Ҥ"
    between two bytes that are none, where Thai "วรรณ" shown so is "วรเธฃเธ“"."""
    for read in _utf8_readings(token):
        if "\ufffd" not in read:
            return True  # (every byte beyond ASCII is UTF-8's)
        before = False
        for c in read:
            written = _written_utf8(c)
            if written and before:
                return True
            before = written
    return False


def _written_utf8(char: str) -> bool:
    """Whether ``char``, of a text's UTF-8 read back (see _utf8_readings), is a character
    beyond ASCII that people write (see _written), not one that marks bytes no UTF-8."""
    return not char.isascii() and char != "\ufffd" and _written(char)


def _utf8_readings(text: str) -> Iterator[str]:
    """What each single-byte codepage that shows ``text``, beyond ASCII, shows of UTF-8 in
    it: its bytes there decoded as UTF-8, with U+FFFD for each that is none."""
    for codec in SINGLE_BYTE_CODECS:
        data = single_byte(codec).bytes_of(text)
        if data is not None and not data.isascii():
            yield data.decode("utf-8", "replace")


def _glued(line: str, start: int, end: int) -> str:
    """The word of ``line`` from ``start`` to ``end`` with the characters beyond ASCII glued
    to it (no space between), up to three on each side: a character's UTF-8 is four bytes
    at most, each shown as a character."""
    first, last = max(0, start - 3), min(len(line), end + 3)
    while start > first and not line[start - 1].isascii() and line[start - 1] not in _SPACES:
        start -= 1
    while end < last and not line[end].isascii() and line[end] not in _SPACES:
        end += 1
    return line[start:end]


def _written(char: str) -> bool:
    """Whether ``char`` is what people write: a letter or mark of a language's alphabet
    (CLDR's letters), an East Asian character data/cjk_frequency.txt ranks, or no letter."""
    if unicodedata.category(char)[0] not in "LM" or char in _SIGNS:
        return True
    return char_info(char).langs != 0 or cjk_rank(char) is not None


def _shape_verdict(word: str) -> _Verdict | None:
    """_word_verdict with the letter model unasked: of every language, with no pair priced,
    no legacy reading weighed and no cost, where ``word`` is shaped as a word (see
    _word_shaped)."""
    return (-1, 0, 0) if _word_shaped(word, caps=True) else None


def _word_shaped(word: str, caps: bool = False) -> bool:
    """Whether ``word`` is of one alphabet, with no capital after a small letter, not in
    capitals beyond ASCII but Latin ones (any, with ``caps``), and with "ß" only where German
    writes it."""
    if not _one_script(word):
        return False
    small = False
    for c in word:
        if small and c.isupper():
            return False
        small = c.islower()
    if (
        not caps
        and len(word) > 1
        and not word.isascii()
        and word.isupper()
        and _kind(word[0])[1] != "LATIN"
    ):
        return False
    return "ß" not in word or _sharp_s_as_german_writes_it(word)


def _shouted(word: str) -> bool:
    """Whether ``word`` is in capitals of a script beyond Latin ("ГБ", "ТОВ", "ΠΡΟΣΟΧΗ"),
    and otherwise shaped as a word. KOI8-R shown by cp1251 writes small letters so
    ("ЙНЕ,ЗТБД"), and all of a line's: such a word is priced as small letters where its
    line holds small letters of its script too, and the line's legacy readings weighed
    as a whole tell whether its capitals read better so (see _misread_reads_better)."""
    return (
        len(word) > 1
        and word.isupper()
        and not word.isascii()
        and _kind(word[0])[1] not in ("", "LATIN")
        and _word_shaped(word, caps=True)
    )


def _one_script(word: str) -> bool:
    """Whether the letters of ``word`` are of one script (marks of none aside)."""
    return len({_kind(c)[1] for c in word} - {""}) <= 1


def _sharp_s_as_german_writes_it(word: str) -> bool:
    """Whether each "ß" of ``word`` follows a vowel, one "ß" at a time ("Straße", "weiß";
    not "estß", cp1252 "está" shown by cp437). (The letter model reads "ß" as "ss", which
    it prices as any "ss": "Sßßdelk" as "Sssssdelk".)"""
    return all(
        i > 0 and word[i - 1] in _BEFORE_SHARP_S and word[i + 1 : i + 2] != "ß"
        for i, c in enumerate(word)
        if c == "ß"
    )


@short_key_memo(maxsize=4096, longest=2)
def _pair_languages(pair: str) -> int:
    """The languages (a mask of the letter model's) in which the letter pair ``pair`` costs
    at most _PAIR_MOST bits."""
    return pair_languages(pair, _PAIR_MOST)


@short_key_memo(maxsize=_READINGS_KEPT)
def _rivals_cost(word: str) -> tuple[int, bool]:
    """_least_reading_costs of ``word``, kept for the words seen last, and whether it is
    _RIVAL_LEAD bits less in the language that prices it lowest than what the word costs
    in its own; none for one of the commonest words of a language (see _lexicon)."""
    if languages_of(word):
        return 0, False  # (a word some language writes among its commonest: see the module)
    readings = _least_reading_costs(word)
    if not readings:
        return 0, False
    costs = word_costs(word) or 0
    return readings, least_in_bits(readings) < least_in_bits(costs) - _RIVAL_LEAD


def _least_reading_costs(word: str) -> int:
    """The least that a single-byte legacy reading of ``word`` that differs from it and is
    all letters costs in each language, packed (see _model.word_costs); 0 where it has none."""
    high = _beyond_ascii(word)
    costs = word_costs(word)
    if not high or costs is None:
        return 0
    found = _readings(word, high)
    return least_costs(repriced(word, costs, found)) if found else 0


def _readings(word: str, high: frozenset[str]) -> list[str]:
    """The legacy readings of ``word`` (whose characters beyond ASCII are ``high``) through
    each of _reading_tables that differ from it and are words (see _read_through), each
    once. A word with one character beyond ASCII (most words of Latin script) is read
    through each character the pairs read that one as, once."""
    found: set[str] = set()
    if len(high) == 1:
        (char,) = high
        code = ord(char)
        tried: set[str] = set()
        for table, shown in _reading_tables():
            read_as = table.get(code) if char in shown else None
            if read_as is not None and read_as not in tried:
                tried.add(read_as)
                read = word.replace(char, read_as)
                if _a_word(read):
                    found.add(read)
        return list(found)
    for table, shown in _reading_tables():
        reading = _read_through(word, high, table, shown)
        if reading is not None and reading != word:
            found.add(reading)
    return list(found)


def _beyond_ascii(word: str) -> frozenset[str]:
    """The characters of ``word`` beyond ASCII."""
    return frozenset(c for c in word if not c.isascii())


def _read_through(
    word: str, high: frozenset[str], table: dict[int, str], shown: frozenset[str]
) -> str | None:
    """``word`` (whose characters beyond ASCII are ``high``) read through one legacy pair of
    codepages (its ``table``, and ``shown``, what the second codepage shows; see
    _reading_tables): the word itself where the pair leaves it as it is, and None where it
    is no text that codepage shows or its reading is no word (not all letters, or not cased
    as words are)."""
    if not high <= shown:
        return None
    read = word.translate(table)
    return read if read == word or _a_word(read) else None


def _a_word(reading: str) -> bool:
    """Whether a legacy ``reading`` of a word is a word: all letters, cased as words are."""
    return reading.isalpha() and cased_as_a_word(reading)


@lru_cache(maxsize=1)
def _reading_tables() -> tuple[tuple[dict[int, str], frozenset[str]], ...]:
    """For each legacy pair of two single-byte codepages (what the bytes were, what showed
    them): a table of what each character the second shows beyond ASCII reads as in the
    first where that is another ("\x00", no letter, where the first leaves its byte
    undefined), and the characters the second shows (one set for each codepage, and one
    string for each character: some 200 KB in all)."""
    tables = []
    shown_by: dict[str, frozenset[str]] = {}
    chars: dict[str, str] = {}
    for encoding, shown_as in LEGACY_PAIRS:
        if encoding not in SINGLE_BYTE or shown_as not in SINGLE_BYTE:
            continue
        table: dict[int, str] = {}
        shown_chars = []
        for byte in range(0x80, 0x100):
            try:
                shown = bytes([byte]).decode(shown_as)
            except UnicodeDecodeError:
                continue
            shown_chars.append(shown)
            try:
                reading = bytes([byte]).decode(encoding)
            except UnicodeDecodeError:
                reading = "\x00"
            if reading != shown:
                table[ord(shown)] = chars.setdefault(reading, reading)
        shown_set = shown_by.setdefault(shown_as, frozenset(shown_chars))
        tables.append((table, shown_set))
    return tuple(tables)
