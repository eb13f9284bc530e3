"""The pipeline: detector → candidates → scorer → chosen, non-overlapping changes.

Data flows one way. The detector proposes spans, the candidate step proposes readings of each,
the scorer prices every reading against the span as it stands, and the best clear wins that do
not overlap become changes. A second pass lets a document's confident repairs vouch for weaker
ones of the same kind (a lone "Ã " is only repaired where the same misread is proven nearby).
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from typing import Final, NamedTuple, TypeVar

from demojibake._cache import short_key_cache, short_key_memo
from demojibake._candidates import (
    CJK_PAIR_LEAD,
    LOST_BYTE,
    MAX_LISTED_GUESSES,
    Candidate,
    candidates,
    cjk_candidate,
    cjk_hole_candidate,
    decode_c1,
    is_utf8,
    legacy_candidate,
    legacy_misread,
    lost_put_back,
    marks_filled,
    multibyte_text,
    one_misread,
    recasable,
    recase_pattern,
    recase_prefilter,
    recased_candidates,
)
from demojibake._chars import (
    CJK_UNRANKED,
    INDIC_TRIPLE_SCRIPTS,
    CharInfo,
    Kind,
    alphabets_holding,
    cased_as_a_word,
    char_info,
    cjk_frequency,
    cjk_language_rank,
    cjk_pair_level,
    cjk_rank,
    cjk_rank_in,
    east_asian_language,
    indic_triple_level,
    is_cased,
    language_bit,
    major_languages,
    mark_count,
)
from demojibake._codecs import C1_TWINS, LEGACY_PAIRS, VARIANTS, char_class, prior, single_byte
from demojibake._detect import (
    C1_RUN,
    HOLE_CODECS,
    Hole,
    Suspect,
    Word,
    count_east_asian,
    find_cjk_drops,
    find_cjk_holes,
    find_cjk_suspects,
    find_legacy_suspects,
    find_non_ascii_words,
    find_suspects,
    hinted_runs,
    holds_east_asian,
    holds_unshown_letter,
    legacy_pattern,
    run_pattern,
    showing_bit,
    whole_sequences,
    word_shown,
)
from demojibake._lexicon import (
    known_share,
    languages_of,
    listed_anywhere,
    one_run,
    plain_languages,
    told_by_words,
)
from demojibake._model import (
    UNWRITTEN,
    best_saving,
    blind_to,
    compare,
    fold,
    letter_cost,
    pair_count,
    told_languages,
    told_saving,
)
from demojibake._model import (
    languages as model_languages,
)
from demojibake._plain import (
    LONG_LINE,
    ascii_or_plainly_clean,
    lines_to_read,
    phrases_of,
    plain_as_a_reading,
    plainly_clean,
    utf8_that_lost_bytes,
)
from demojibake._score import (
    MARGIN,
    alphabet_misfit,
    alphabet_misfit_beside,
    confidence,
    cost,
    cost_between,
    island_cost,
    required_delta,
    surroundings,
)
from demojibake._sorted import bisect_ints_left, bisect_ints_right
from demojibake._types import (
    ALL_READ_AS,
    EAST_ASIAN,
    SINGLE_BYTE,
    SINGLE_BYTE_CODECS,
    Change,
    Finding,
    Misread,
    Options,
    Repair,
    apply_changes,
)

__all__ = ["detect_text", "repair_text"]

#: Characters of surrounding text the scorer sees on each side of a span.
_CONTEXT: Final = 3
#: How far the context reaches to take in the rest of a word.
_WORD_CONTEXT: Final = 12
#: Characters of surrounding text that tell which scripts the text around a span uses.
_ISLAND_CONTEXT: Final = 24
#: What guessing a lost byte costs a candidate, what a byte known to be lost costs (it shows
#: as U+FFFD), and what each extra layer costs.
_GUESS_PENALTY: Final = 1.0
_JOIN_PENALTY: Final = 0.2
_SPACE_BEFORE_PUNCT_PENALTY: Final = 1.0
_SECOND_LOSS_PENALTY: Final = 0.5
_BOX_ISLAND: Final = 2.5
#: What a space is seldom typed before ("" is the end of the text).
_NO_SPACE_BEFORE: Final = frozenset(("", "\n", "\r", ",", ".", ")", "]", "}"))
_LOSSY_PENALTY: Final = 0.5
_LAYER_PENALTY: Final = 0.5
_STRUCTURE: Final = 0.6
_STRUCTURE_MAX: Final = 3.0
#: What each East Asian character past the second whose bytes also line up as UTF-8 costs a
#: reading in an East Asian codepage, and the most it costs. Chinese GBK lines up as UTF-8
#: one character in six or seven (a lead C2-DF, a trail 80-BF), so five in a row are about
#: one chance in ten thousand; an alphabet's UTF-8 lines up always ("╤ü╙ò╨╣" shown by
#: cp437 is Ossetian "сӕй", and only by coincidence GBK "褋訒泄").
_CJK_STRUCTURE: Final = 2.0
_CJK_STRUCTURE_MAX: Final = 12.0
_SYMBOLS_ONLY_PENALTY: Final = 1.5
#: What a span that is one UTF-8 sequence of typographic punctuation proves besides its
#: structure (see _bonus).
_PUNCTUATION_EVIDENCE: Final = 1.5
_GENERAL_PUNCTUATION: Final = re.compile("[\u2010-\u2026\u2030\u2032\u2033\u2039\u203a]")
#: Latin-1's signs and ordinals (not the no-break space or the soft hyphen), which UTF-8
#: writes as C2 and a byte A1-BF.
_LATIN1_SIGN: Final = re.compile("[\u00a1-\u00ac\u00ae-\u00bf]")
_LETTER_LOST_PENALTY: Final = 1.5
#: A run with this many real continuation characters vouches for its own guessed bytes.
_SELF_EVIDENT: Final = 3
#: A repair that lost a byte vouches for others of its misread with this many real
#: continuation characters (see _stands_on_its_own).
_EVIDENT_LOSS: Final = 6
#: The most characters between two runs of one word that are joined into one proposal.
_MERGE_GAP: Final = 12
#: Each run joined so may score a little below nothing on its own: beside the others' damage
#: each run of Kikuyu "GÄŠthĹŠngĹŠ" (ISO 8859-2) scores -1.1, the word "Gĩthũngũ" far above.
_MERGE_PART_MIN: Final = -2.0
#: The least any non-ASCII character costs the scorer by itself (see _chars.char_info).
_MIN_CHAR_COST: Final = 0.3
#: Proposals this close to a chosen repair are judged again once it is made: as far as the
#: scorer's view reaches (see _window), scripts of the line included.
_NEAR: Final = max(_CONTEXT + _WORD_CONTEXT, _ISLAND_CONTEXT) + 1
#: A legacy reading of a whole text: what each letter that no one alphabet explains is
#: worth, how much worse a word may read and still be re-read with the rest, and what a
#: word re-read with a winning text gets beyond its own gain.
_ALPHABET_WEIGHT: Final = 1.5
#: What each letter that does not fit the surrounding text's alphabet costs a reading.
_ALPHABET_WEIGHT_NEAR: Final = 1.0
_LEGACY_TOLERANCE: Final = 0.5
_LONE_LEGACY_TOLERANCE: Final = 1.5
#: How much more a word may lose to a reading its line is sure of: a share of the line's
#: verdict beyond twice the margin, up to a limit.
_SURE_LINE_SHARE: Final = 0.25
_SURE_LINE_TOLERANCE: Final = 2.0
#: The fewest letters a legacy reading of a line must change.
_LEGACY_MIN_LETTERS: Final = 2
#: What each bit the letter model saves a line's legacy reading is worth to its verdict: a
#: changed letter that fits the line's language saves 20-30 bits (2-3 points). Above 0.1, clean
#: names in languages the model lacks start to read as Czech or Romanian ("Rãdi" as "Rădi").
_MODEL_WEIGHT: Final = 0.1
#: How far either side of a line's changed words the letter model looks for the line's language.
_MODEL_CONTEXT: Final = 160
#: A word, for the letter model: what lies between ASCII white space.
_TOKEN: Final = re.compile("[^ \t\n\r\f\v]+")
#: What marks a token as code rather than words: placeholders ("%(max_length)s", "{name}"),
#: markup ("<q>"), identifiers ("max_length"), addresses ("a@b.org", "/usr/bin"). Their
#: letters say nothing of the line's language: "max" and "length" would make Turkish
#: "(%(max_length)s karaktere kadar)" read as German.
_CODE: Final = re.compile(r"[%{}<>_=/\\@#$|\[\]]")
#: Words of at most this many capitals are abbreviations, no words of a language.
_ABBREVIATION: Final = 3
#: Bits a letter pair costs in real words of a language (3-4.5) and in letters strung
#: together (5 and more): a reading's saving counts in full below the first, not at all above
#: the second. For a reading that changes a letter here and there, which only a language the
#: model knows well can vouch for ...
_MODEL_TIGHT, _MODEL_LOOSE = 3.8, 4.8
#: ... and for one that changes most letters, which no language writes by chance.
_MODEL_FAR_TIGHT, _MODEL_FAR_LOOSE = 4.5, 6.0
#: Bits a letter pair costs, with the line's other words, in a legacy reading that is letters
#: strung together more anyhow than any language writes, over at least so many pairs: the
#: right readings of our corpus and of the CLDR names (languages the model knows or not) cost
#: at most 8.8 bits a pair, random letters of one alphabet about 8.5, and random Latin-1 bytes
#: read as Cyrillic or Greek 11 to 15 (letters and symbols mixed). A word or two is too few
#: pairs to say: Ossetian "къуырийы" costs 10 bits a pair over its 9.
_STRUNG_PER_PAIR: Final = 10.0
_STRUNG_PAIRS: Final = 24
#: A near reading's saving counts in full with this many letter pairs of context (and changed
#: letters) around it: the fewer, the less the model knows the line's language.
_MODEL_CONTEXT_FULL: Final = 6
#: What the model's word must reach to stand in for a second word ("Vodièkova"), and how many
#: letter pairs of context it needs for that.
_MODEL_SURE: Final = 2.0
#: Legacy readings that keep a line's script: their readings of lines that read plainly are
#: judged too (see _told_lines).
_SAME_SCRIPT_PAIRS: Final = frozenset(
    (
        ("cp1250", "cp1252"),
        ("cp1250", "latin-1"),
        ("cp1254", "cp1252"),
        ("cp1254", "latin-1"),
        ("iso-8859-2", "latin-1"),
        ("iso-8859-2", "cp1252"),
    )
)
#: Turkish "ı" or "İ" beside a vowel: Turkish words keep vowels apart, while Turkmen writes
#: its consonant "ý" where cp1254 has "ı" ("Demirgazyk Ýewropa" is no "İewropa", "aýmara"
#: no "aımara").
_I_BESIDE_VOWEL: Final = re.compile(
    "[\u0131\u0130][aeiouAEIOU\u0131\u0130\u00f6\u00fc\u00d6\u00dc]"
    "|[aeiouAEIOU\u00f6\u00fc\u00d6\u00dc]\u0131"
)
#: Codepages read as legacy text only where a commoner one that mostly agrees with them
#: leaves symbols (see _beyond_rival).
_RIVALS: Final = {"iso-8859-2": "cp1250"}
#: ... or where the letter model reads it better by this many bits: "Pi¹tek" is Polish
#: "Piątek" in cp1250 and "Pištek" in ISO 8859-2, which reads 1.5 bits better as Slovenian,
#: and "M¹ka" "Mška", 3 bits better; "predlo¹ci" is Croatian "predlošci" in ISO 8859-2, 5.5
#: bits better than "predloąci".
_RIVAL_SAVING: Final = 5.0
#: ... and that reading takes its line from the rival within this much of its verdict.
_RIVAL_LINE_TIE: Final = MARGIN
#: Legacy readings that swap the case of a script's letters: KOI8-R and cp1251 put capitals
#: where the other has small letters, so a line of small letters shows as one of capitals,
#: which reads plainly (see _flipped_lines).
_CASE_FLIP_PAIRS: Final = frozenset((("koi8-r", "cp1251"), ("cp1251", "koi8-r")))
#: How many bits the letter model must save with such a reading of a line's words, of any
#: case: "Привет" for "рТЙЧЕФ" saves 27, Moksha "Азиясь" for "бЪЙСУШ" 2.5, "Нч" for "мВ"
#: none. (And the words must hold letters enough: see _flip_letters_enough.)
_FLIP_MIN_GAIN: Final = 2.0
#: What a line of capitals must hold to be read as small letters by the letter model alone:
#: this many letters, a saving of this many bits, words as they stand costing at least this
#: much per letter pair (no language writes them) and a reading at most this much (it is
#: some language's words). No line of 18,176 in capitals from CLDR, Django's translations
#: and our corpus passes; 69 % of 19,049 in small letters misread so do.
_FLIP_LETTERS: Final = 5
_FLIP_SAVING: Final = 20.0
_FLIP_WAS_PER_PAIR: Final = 5.0
_FLIP_READ_PER_PAIR: Final = 4.6
#: ... or this many, where a word is a small letter before capitals (a capitalized word with
#: its cases swapped) and every word of the reading is a common word of one language and no
#: word of the line is one of any (see _newly_listed): "бЪЙС" is "Азия". Not of capitals
#: alone: one in 5,000 of the commonest Russian, Ukrainian, Bulgarian and Macedonian words
#: of four letters, in capitals, reads as a common word so ("ДЕРЕ" as "дете", "ЛЮКС" as
#: "малу").
_FLIP_SWAPPED_LETTERS: Final = 4
#: The verdict of such a line.
_FLIP_VERDICT: Final = MARGIN + 2.0
#: How many bits a reading must save in the language its line's other words tell for the
#: model to be sure of it, and what each bit saved then adds to the line's verdict.
_TOLD_SURE: Final = 10.0
_TOLD_WEIGHT: Final = 0.2
#: A reading that makes this many of its line's words common words of one language, where
#: no language lists any of them as they stand, is sure of itself; and adds this much, to a
#: verdict of at least the last.
_LISTED_LINE_WORDS: Final = 2
_LISTED_LINE_WEIGHT: Final = MARGIN
_LISTED_LINE_FLOOR: Final = MARGIN + 0.5
#: Legacy codepages whose reading one listed word may decide, where it is the only word it
#: changes, and the run of letters it changes is this long (see _reads_listed). cp1254 reads
#: "ı ş ğ İ Ş Ğ" where cp1252 shows "ý þ ð Ý Þ Ð", and only Turkish and Azerbaijani write
#: those, so a common word of theirs out of a word no language lists is no coincidence
#: ("Sunucu hatasý" is "hatası"). The letters cp1250 reads are many languages', and a word
#: of a language the list lacks may be a short listed one: Gaelic "Tìle" is Czech "těle",
#: Venetian "Èlena" "člena" and Kurdish "markê" Polish "markę".
_ONE_LISTED_WORD: Final = {"cp1254": 3, "cp1250": 6}
#: ... and in any codepage of _CONSOLE_PAIRS shown by another, whose reading a sign or a
#: capital in the word already told (see _console_evidence): "cÓrrecs" is "càrrecs".
_ONE_LISTED_CONSOLE_WORD: Final = 5
#: ... and the shortest run, in any codepage, where the reading turns every letter of the
#: word into a letter of another script (see _changes_script): a word of accented Latin
#: letters only, which no Latin alphabet writes, read as a common Cyrillic or Greek word
#: ("Èþíü", "Июнь") is no coincidence.
_ONE_LISTED_SCRIPT_WORD: Final = 3
#: ... or this long, where the line's other words tell a language that lists the word.
_TOLD_LISTED_WORD: Final = 3
#: (Tell, that is: fit no more than this many languages about as well.)
_TOLD_FEW: Final = 2
#: Legacy codepages whose reading makes letters only a few languages write: the letter model
#: may be sure of such a reading alone, once it saves this many bits (see _own_letters_sure).
#: cp1254 reads "ı ş ğ" where cp1252 shows "ý þ ð", and only Turkish and Azerbaijani write
#: them. (At 15 bits one word with one such letter is enough, "onayý" for "onayı"; a
#: Romanian "þ", ISO 8859-2's "ţ", is then read as "ş" now and then.)
_OWN_LETTERS: Final = frozenset({"cp1254"})
_OWN_LETTERS_SURE: Final = 15.0
#: What a join of two words into a common word adds to its repair's score (see
#: _join_listed_words).
_LISTED_JOIN_WEIGHT: Final = MARGIN
#: Where nothing else vouches for a lost no-break space, how many letters the listed word it
#: joins must have after the space ("Å kofja" is Slovene "Škofja"; Norwegian "Å ta" is no
#: Serbian "Šta"); and how many bits the letter model must save for a letter standing alone
#: (see _stands_alone).
_JOINED_TAIL: Final = 3
_ALONE_BITS: Final = 10.0
_MODEL_CONTEXT_PAIRS: Final = 4
#: A reading that changes this share of five letters or more may be judged by the model alone.
_REWRITTEN_LETTERS: Final = 5
_REWRITTEN_SHARE: Final = 0.9
#: What a word made only of accented Latin letters adds to a reading that is not.
_ACCENTED_WORD: Final = 1.5
_ACCENTED_MIN: Final = 3
#: What a legacy reading's word loses that holds letters beyond ASCII of two scripts, where
#: the word as it stands holds one: it counts as worse, whatever its letters cost.
_MIXED_WORD: Final = 20.0
#: Runs of a UTF-8 sequence of three bytes or more in a legacy reading that make it garbage.
_STILL_MOJIBAKE_RUN: Final = 3
#: Codepages whose bytes 80-BF are letters (DOS and KOI8 Cyrillic): their clean text is
#: full of what looks like UTF-8 runs.
_LETTERS_FOR_BYTES: Final = frozenset(("cp866", "koi8-r", "cp437", "cp850"))
#: What each of the commonest East Asian characters a legacy reading yields is worth.
_CJK_EVIDENCE: Final = 0.8
_CJK_KNOWN_EVIDENCE: Final = 0.4
_SPACED_HAN_PENALTY: Final = 1.5
_ASCII_LETTER: Final = re.compile("[A-Za-z]")
#: What an East Asian reading gets back for each ASCII word glued to two or more of its
#: characters (the scorer's price for a change of script inside a word, less a little).
_ASCII_AMONG_CJK: Final = 3.0
#: (The patterns on East Asian ranges are kept as text: count_east_asian compiles each once
#: some text holds a character from U+3000 up.)
_CJK_CLASS: Final = "[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff9f]"
_ASCII_BESIDE_CJK: Final = (
    f"[A-Za-z]{{2,}}(?={_CJK_CLASS}{{2}})|(?<={_CJK_CLASS}{{2}})[A-Za-z]{{2,}}"
)
#: Where an ASCII letter and an East Asian character meet inside a word.
_ASCII_GLUED_CJK: Final = f"[A-Za-z](?={_CJK_CLASS})|(?<={_CJK_CLASS})[A-Za-z]"
_CJK_RARE_PENALTY: Final = 0.5
#: What the scorer charges for a character text seldom holds, and more (see _odd_character).
_ODD_CHARACTER: Final = 2.5
#: How much more than its letters' own cost a word may cost and still read plainly.
_PLAIN_SLACK: Final = 0.5
#: A one-word text (a file name) must read this much better again to be re-read alone.
_SINGLE_WORD_MARGIN: Final = 1.0
#: Codepages whose reading wins a line only where two words read better: Hebrew's and
#: Arabic's letters are where cp1252 has small accented ones, so a word of those alone
#: ("àèìòù", a font sample) reads as Hebrew or Arabic as easily as it is them.
_SECOND_WORD_PAIRS: Final = frozenset(("cp1255", "cp1256"))
#: How much a reading so held back must lead every other reading of its line to win it, and
#: what verdict it needs to win a line no other reading wins (see _weigh_held).
_HELD_LEAD: Final = MARGIN
_HELD_ALONE: Final = 8.0
_LEGACY_WORD_BONUS: Final = MARGIN + 0.3
#: How many times the choice is made again in view of the repairs chosen before.
_PASSES: Final = 3
_LETTERS: Final = frozenset((Kind.ASCII_LETTER, Kind.LETTER))
#: Punctuation an East Asian codepage pairs up from two symbols (GBK's quotes "¡°" and "¡±").
_PAIRED_PUNCT: Final = frozenset((Kind.PUNCT, Kind.APOSTROPHE))
#: How many times as often as any other the guess's combining marks must be written for
#: the marks to choose among guesses the scorer likes alike (see _guess_by_marks).
_MARK_LEAD: Final = 2
#: How much the confident repairs elsewhere in the text vouch for a weaker one, times the share
#: of them the weaker one's codec explains.
_VOUCH: Final = 2.0
#: What each of the first two agreeing repairs adds, and what dissenting from the text's
#: commonest misread costs (times how much more common that misread is).
_VOUCH_EACH: Final = 0.5
_DISSENT: Final = 2.0
#: Readings of one span this close to its best one explain it equally well.
_TIE: Final = 1.0
#: How much lower a rival the word list knows may score, where ours it does not (see
#: _settle_by_language).
_LISTED_TIE: Final = MARGIN
#: How many bits fewer a rival near-tie repair must cost, with its line, for the letter
#: model to prefer it where the line's language and codepage tell nothing.
_TIE_BITS: Final = 6.0
#: ... where it reads as a language's words do (no more bits a letter pair than this), in a
#: word of this many letters at least: the model knows some languages, and a letter or two
#: of another ("S-Ɔ", Akan) reads better as one it knows ("S-Æ").
_TIE_PER_PAIR: Final = 4.5
_TIE_LETTERS: Final = 3
#: What reading one run of damage as shown by two codepages costs against reading it as
#: shown by one (see _narrow_reads_in).
_MIXED_CODEPAGES: Final = 3.0
#: A multibyte legacy reading of this many different characters at least, that share no
#: more lead bytes than this, and have this many for each, is UTF-8 of an alphabet (see
#: _one_row) ...
_ONE_ROW_CHARS: Final = 4
_ONE_ROW_LEADS: Final = 2
_ONE_ROW_SHARE: Final = 3
#: ... unless its codepage writes kana, which share a row each.
_KANA_ROWS: Final = frozenset(("shift_jis", "cp932", "euc_jp"))
#: What each pair read as Western punctuation or a Latin letter says for an East Asian
#: reading (see _marks_from_pairs), up to a most: "¡°X¡±" is "“X”" beyond coincidence.
_MARK_EVIDENCE: Final = 0.5
_MARK_EVIDENCE_MAX: Final = 2.0
#: The fewest letters of one alphabet a line's pairs must make to read as that alphabet in an
#: East Asian codepage (see _alphabet_from_pairs).
_ALPHABET_PAIRS: Final = 3
#: The least share of a line's words beyond ASCII the word list must know for it to settle
#: a tie (see _rival_reads_better).
_KNOWN_LINE: Final = 0.5
#: The fewest letters a word must have for the word list to vouch for a repair of it alone
#: (see _listed_word).
_LISTED_LETTERS: Final = 3
#: What is longer than this is no word: the word list and the rival readings of a span are
#: not asked about it (it would only cost time).
_WORD_MAX: Final = 64
#: The vowels German writes "ß" after (see _case_fits).
_VOWELS: Final = frozenset("aeiouyäöü")
#: Proposals below this confidence are not worth reporting from detect().
_REPORT_FLOOR: Final = 0.2
_DAMAGE: Final = re.compile("\ufffd+")
#: What shows a line read as it was written, where no proposal finds mojibake in it.
_AS_WRITTEN: Final = re.compile("[^\x00-\x7f]")
#: How many bits the letter model must save on a word to be sure of its repair (see
#: _sure_of_word).
_LETTERS_SURE: Final = 10.0
#: How much better than every other guess of the same lost byte one must read to be taken.
_GUESS_MARGIN: Final = 2.0
#: ... where the guess is punctuation or a sign: a lost byte of "”" (E2 80 9D) may have been
#: U+2001, a joiner, a mark of direction or "‐" as well, which text writes far less often
#: and the scorer prices so.
_SIGN_MARGIN: Final = 0.5
#: The variation selectors (combining marks by category, but no letter's): a lost byte of
#: "\ufe0f", the emoji style of "❤\ufe0f", may have been another of them.
_SELECTORS: Final = ("\ufe00", "\ufe0f")
#: ... or how many bits fewer the letter model must price it, reading as a language's words
#: do (no more bits a letter pair than this). One bit: the model's choice among letters that
#: differ in one byte is seldom wrong. (In our corpus's lossy/replacement, filling each U+FFFD
#: with the scorer's best guess instead wrote 25 wrong characters for 40 right ones; the
#: model at 1 bit rather than 5 made 5 more lines exact and wrote no wrong one.)
_GUESS_BITS: Final = 1.0
_GUESS_PER_PAIR: Final = 4.7
#: How many levels of data/indic_triples.txt (each twice as frequent as the one below) the
#: character a U+FFFD is read as must lead every other by, beside the characters around it
#: (see _guess_by_triples); a "?" or a dropped byte, guessed anyway, needs one.
_TRIPLE_LEAD_MARKED: Final = 4
#: Three of one symbol in a row ("═══", "───"): line art, which no legacy reading explains.
#: Not three of one letter or Latin-1 character: those are a legacy reading's bytes often
#: enough ("âââ" is cp932 "ャ" and the lead byte of the next katakana shown by cp437, "¤¤¤"
#: Big5 "中" and the lead byte of the next character shown by cp1252).
_LINE_ART: Final = re.compile(r"([^\x00-\xff\w])\1\1")
#: One character _DRAWN_OUT times in a row or more ("ÃÃÃÃ…", a letter held down or filler):
#: no legacy reading makes a word of that, only the same run of another letter, which the
#: scorer would price character by character on every line that holds it. (Far more than
#: a legacy reading's own runs: East Asian text indented by a few ideographic spaces is
#: "¡¡¡¡" in GBK shown by cp1252.)
_DRAWN_OUT: Final = 256
_DRAWN_OUT_RUN: Final = re.compile(f"(.)\\1{{{_DRAWN_OUT - 1}}}", re.DOTALL)
#: The longest word a single-byte legacy reading reads: no language writes a longer one, Thai
#: (written without spaces between its words) puts one between its sentences, and a run of
#: thousands of characters with no space is noise or a blob, which each reading would price
#: character by character. (Not a multibyte one: a paragraph of Chinese holds no ASCII
#: space, and GBK shown by cp1252 makes two characters of each of its own.)
_LONGEST_WORD: Final = 4096
#: DOS line art shown by cp1252 or Latin-1: runs of what they show for cp437's box drawing
#: (bytes B0-DF) holding three of one line or shade in a row ("ÚÄÄÄ¿" is "┌───┐", "ÉÍÍÍ»"
#: "╔═══╗"), which no legacy reading makes text of ("ÚÄÄÄ¿" is no GBK "谀哪目", "ÉÍÍÍ" no
#: cp1251 "ЙННН").
_DOS_LINE_ART: Final = re.compile(
    "[\u00b0-\u00df]*([\u00b0-\u00b2\u00c4\u00cd\u00db-\u00df])\\1\\1[\u00b0-\u00df]*"
)
_C1_CHAIN: Final = (Misread("cp1252", "latin-1"),)
_MAC_UTF8: Final = Misread("utf-8", "mac_roman")
_MAC_C1_CHAIN: Final = (Misread("mac_roman", "latin-1"),)
#: The codepages whose letters at 80-9F Latin-1 shows as C1 controls, each C1 control's
#: letter as one of them (see _propose).
_LETTER_C1_CHAINS: Final = (_MAC_C1_CHAIN, (Misread("cp850", "latin-1"),))
_C1_CHAINS: Final = frozenset((_C1_CHAIN, *_LETTER_C1_CHAINS))
_NEWLINE: Final = re.compile("\n")
#: cp1252's signs for bytes 80-9F that clean words start with (quotes, Swedish "”" too,
#: dashes, a bullet, an ellipsis) and end with (quotes, an ellipsis, dashes, a trade mark,
#: footnote daggers): a C1 control there is as likely cp1252's (see _c1_letters_listed).
_C1_OPENERS: Final = "\u2018\u2019\u201c\u201d\u201a\u201e\u2039\u203a\u2013\u2014\u2022\u2026"
_C1_CLOSERS: Final = "\u2019\u201d\u2018\u201c\u2026\u2122\u2020\u2021\u203a\u2039\u2013\u2014"
#: What a token may hold before and after a word (see _c1_letters_listed).
_WORD_OPENING: Final = "\"'([{¿¡«"
_WORD_CLOSING: Final = "\"')]}.,;:!?»"
#: C1 characters at each end of a run that may belong to a UTF-8 sequence beside it.
_C1_EDGE: Final = 3
#: A no-break space with neither a digit nor another such space beside it ("10\xa0km" is
#: typeset so): one beside a letter may be a DOS letter (see _nbsp_readings).
_NBSP_BY_LETTER: Final = re.compile(r"(?<![\d\xa0])\xa0(?![\d\xa0])")
#: What splits a word into the parts a no-break space may join (see _nbsp_readings).
_NON_WORD: Final = re.compile(r"\W+")
#: The single-byte pairs whose shown codepage shows a letter of the encoding as a no-break
#: space: DOS's "á" shown by Windows or Latin-1 ("spr\xa0vce" is cp852 "správce"), cp1251's
#: "я" shown by DOS, cp1252's "š" shown by KOI8-R.
_NBSP_PAIRS: Final = tuple(
    (encoding, shown_as)
    for encoding, shown_as in LEGACY_PAIRS
    if encoding in SINGLE_BYTE
    and shown_as in SINGLE_BYTE
    and (byte := single_byte(shown_as).encode.get(0xA0)) is not None
    and single_byte(encoding).decode[byte].isalpha()
)
#: One-letter words typesetting binds to the next with a no-break space: the Czech, Slovak
#: and Polish prepositions and conjunctions ("v\xa0Praze", "w\xa0domu"), English "a" and "I".
_ONE_LETTER_WORDS: Final = "aeiouyvkzsw"
#: What French typography sets after a no-break space, which is no letter there.
_NBSP_MARKS: Final = frozenset(":;!?»%")
#: The fewest letters a word a no-break space is read in holds (see _nbsp_readings).
_NBSP_WORD: Final = 4


class _Proposal:
    """A candidate repair of ``text[start:end]`` and what the engine found of it.

    Immutable by contract (Final): the ``with_`` methods make changed copies. A plain class,
    for the speed of making one (see Candidate); equal only to itself.
    """

    __slots__ = (
        "cand",
        "chains",
        "delta",
        "end",
        "needs_vouch",
        "preferred",
        "start",
        "whole_text",
    )

    def __init__(
        self,
        start: int,
        end: int,
        cand: Candidate,
        delta: float,
        chains: frozenset[tuple[Misread, ...]],
        needs_vouch: bool = False,
        whole_text: bool = False,
        preferred: float = 0.0,
    ) -> None:
        self.start: Final = start
        self.end: Final = end
        self.cand: Final = cand
        #: The scorer's verdict in the text as it stands (before any other repair).
        self.delta: Final = delta
        #: Every chain of misreads that gives the same repair (for the document-level
        #: vouching).
        self.chains: Final = chains
        #: A lost byte's value was guessed: only repaired where other repairs vouch for it or
        #: the span itself is glued to a word the way mojibake is ("voilÃ").
        self.needs_vouch: Final = needs_vouch
        #: The delta is the whole text's verdict (a legacy reading), not this span's own score.
        self.whole_text: Final = whole_text
        #: What the line's language adds for this repair over a near-tie rival (see
        #: _prefer_by_language), wherever the proposal is scored.
        self.preferred: Final = preferred

    def with_chains(self, chains: frozenset[tuple[Misread, ...]]) -> _Proposal:
        return self._copy(chains, self.preferred)

    def with_preferred(self, preferred: float) -> _Proposal:
        return self._copy(self.chains, preferred)

    def vouched(self) -> _Proposal:
        """This proposal, needing no other repair to vouch for it."""
        return self._copy(self.chains, self.preferred, needs_vouch=False)

    def _copy(
        self,
        chains: frozenset[tuple[Misread, ...]],
        preferred: float,
        *,
        needs_vouch: bool | None = None,
    ) -> _Proposal:
        """This proposal with ``chains``, ``preferred`` and ``needs_vouch`` (unless None)
        changed (what the with_ methods and vouched() change)."""
        return _Proposal(
            self.start,
            self.end,
            self.cand,
            self.delta,
            chains,
            self.needs_vouch if needs_vouch is None else needs_vouch,
            self.whole_text,
            preferred,
        )

    def __repr__(self) -> str:
        return (
            f"_Proposal(start={self.start!r}, end={self.end!r}, cand={self.cand!r}, "
            f"delta={self.delta!r}, chains={self.chains!r}, needs_vouch={self.needs_vouch!r}, "
            f"whole_text={self.whole_text!r}, preferred={self.preferred!r})"
        )

    @property
    def after(self) -> str:
        return self.cand.text

    @property
    def chain(self) -> tuple[Misread, ...]:
        return self.cand.chain

    @property
    def lossy(self) -> bool:
        return self.cand.lossy

    def change(self, text: str, delta: float) -> Change:
        # Report only what changes: a legacy run's unchanged letters stay outside the span.
        before, after = text[self.start : self.end], self.after
        head, tail = _common_ends(before, after)
        return Change(
            start=self.start + head,
            end=self.end - tail,
            before=before[head : len(before) - tail],
            after=after[head : len(after) - tail],
            chain=self.chain,
            confidence=round(confidence(delta), 4),
            lossy=self.lossy,
        )


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters ``a`` and ``b`` share at their start, and then at their end."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    return head, tail


class _Spans:
    """Non-overlapping spans kept sorted, with O(log n) overlap queries."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[_Proposal] = []

    def overlapping(self, start: int, end: int) -> list[_Proposal]:
        i = bisect_ints_left(self.starts, end)
        out = []
        while i > 0 and self.items[i - 1].end > start:
            i -= 1
            out.append(self.items[i])
        return out

    def add(self, p: _Proposal) -> None:
        i = bisect_ints_left(self.starts, p.start)
        self.starts.insert(i, p.start)
        self.items.insert(i, p)

    def fixed_left(self, text: str, pos: int, want: int, skip: list[_Proposal]) -> str:
        """Up to ``want`` characters before ``pos`` as they read once these spans are fixed."""
        pieces: list[str] = []
        i = bisect_ints_left(self.starts, pos)
        cur = pos
        while want > 0 and cur > 0:
            while i > 0 and (self.items[i - 1] in skip or self.items[i - 1].end > cur):
                i -= 1
            q = self.items[i - 1] if i > 0 else None
            floor = q.end if q is not None else 0
            seg = text[max(floor, cur - want) : cur]
            pieces.append(seg)
            want -= len(seg)
            cur -= len(seg)
            if want > 0 and q is not None and cur == q.end:
                tail = q.after[-want:] if want < len(q.after) else q.after
                pieces.append(tail)
                want -= len(tail)
                cur = q.start
                i -= 1
        return "".join(reversed(pieces))

    def fixed_right(self, text: str, pos: int, want: int, skip: list[_Proposal]) -> str:
        """Up to ``want`` characters from ``pos`` on as they read once these spans are fixed."""
        pieces: list[str] = []
        i = bisect_ints_left(self.starts, pos)
        cur = pos
        n = len(text)
        while want > 0 and cur < n:
            while i < len(self.items) and (self.items[i] in skip or self.items[i].start < cur):
                i += 1
            q = self.items[i] if i < len(self.items) else None
            ceiling = q.start if q is not None else n
            seg = text[cur : min(ceiling, cur + want)]
            pieces.append(seg)
            want -= len(seg)
            cur += len(seg)
            if want > 0 and q is not None and cur == q.start:
                head = q.after[:want]
                pieces.append(head)
                want -= len(head)
                cur = q.end
                i += 1
        return "".join(pieces)


class _Intervals:
    """Non-overlapping intervals with O(log n) overlap queries."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # The last interval starting before ``end`` is the only one that can reach past start.
        i = bisect_ints_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_ints_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _codecs(options: Options) -> tuple[str, ...]:
    if options.codecs is None:
        return ALL_READ_AS
    return tuple(c for c in ALL_READ_AS if c in options.codecs)


def _trim_left(raw: str, at_text_start: bool) -> str:
    """Keep the rest of the word before a span, and one character more."""
    keep = len(raw) - _CONTEXT
    while keep > 0 and not raw[keep - 1].isspace():
        keep -= 1
    out = raw[max(0, keep - 1) :]
    return " " + out if at_text_start and keep <= 0 else out


def _trim_right(raw: str, at_text_end: bool) -> str:
    """Keep the rest of the word after a span, and one character more."""
    keep = _CONTEXT
    while keep < len(raw) and not raw[keep].isspace():
        keep += 1
    out = raw[: keep + 1]
    return out + " " if at_text_end and keep >= len(raw) else out


@short_key_cache(maxsize=512, on=1)
def _reading_cost(left: str, piece: str, right: str, around: str) -> float:
    """The cost of ``piece`` between ``left`` and ``right``, with its script islands.

    Cached: every candidate of a span is compared with the same reading of the span.
    """
    # A repair should also fit the alphabet of the text around it: "KÊra" and "Kæra" read
    # alike alone, but among ð, ú and ö only one of them is Icelandic.
    # (Greek letters amid Latin text are symbols of science, "√π", as for island_cost.)
    letters = piece
    near = surroundings(around)
    scripts = near.scripts
    if "LATIN" in scripts and "GREEK" not in scripts:
        letters = "".join(c for c in piece if char_info(c).script != "GREEK")
    fit = _ALPHABET_WEIGHT_NEAR * alphabet_misfit_beside(letters, near)
    return (
        cost_between(left, piece, right)
        + island_cost(piece, scripts)
        + fit
        + _box_island(piece, around)
    )


def _box_island(piece: str, around: str) -> float:
    """What box drawing costs amid words with no line art around it ("Увага: ╨╖ 1 жовтня").

    Line art comes in drawings, next to more of itself; a pair of box characters alone in a
    line of words is a letter of it that a DOS codepage showed.
    """
    if not any(char_info(c).box for c in piece):
        return 0.0
    if any(char_info(c).box for c in around) or not any(c.isalpha() for c in around):
        return 0.0
    return _BOX_ISLAND


def _same_line(before: str, after: str) -> str:
    """The text around a span on its own line: ``before`` ends at it, ``after`` starts there."""
    return before[before.rfind("\n") + 1 :] + after.partition("\n")[0]


def _window(text: str, start: int, end: int, fixed: _Spans | None = None) -> tuple[str, str, str]:
    """The scorer's view around a span: left and right context, and the text for islands."""
    want = _CONTEXT + _WORD_CONTEXT
    if fixed is None:
        raw_left = text[max(0, start - want) : start]
        raw_right = text[end : end + want]
        near_left = text[max(0, start - _ISLAND_CONTEXT) : start]
        near_right = text[end : end + _ISLAND_CONTEXT]
    else:
        skip = fixed.overlapping(start, end)
        # Each side reads the same however far it reaches: the shorter view is a cut of the
        # longer one.
        reach = max(want, _ISLAND_CONTEXT)
        far_left = fixed.fixed_left(text, start, reach, skip)
        far_right = fixed.fixed_right(text, end, reach, skip)
        raw_left, raw_right = far_left[max(0, len(far_left) - want) :], far_right[:want]
        near_left = far_left[max(0, len(far_left) - _ISLAND_CONTEXT) :]
        near_right = far_right[:_ISLAND_CONTEXT]
    # A line is its own context: the next line may be in another language or script.
    cut = raw_left.rfind("\n")
    if cut >= 0:
        raw_left = raw_left[cut:]
    cut = raw_right.find("\n")
    if cut >= 0:
        raw_right = raw_right[: cut + 1]
    left = _trim_left(raw_left, len(raw_left) < want)
    right = _trim_right(raw_right, len(raw_right) < want)
    return left, right, _same_line(near_left, near_right)


def _score(
    text: str,
    start: int,
    end: int,
    cand: Candidate,
    fixed: _Spans | None = None,
    floor: float | None = None,
) -> float | None:
    """How much better ``cand`` reads than ``text[start:end]``, in the text's surroundings.

    With ``fixed``, the surroundings are read as they will be once those spans are repaired,
    so that a word with several damaged spans is judged as a word, not as mojibake each time.
    With ``floor``, returns None as soon as the candidate provably cannot reach it (the
    candidate's own reading would have to cost less than nothing): most of clean text's
    candidates end there, before their reading is priced.
    """
    return _score_in(text, start, end, cand, _window(text, start, end, fixed), floor)


def _score_in(
    text: str,
    start: int,
    end: int,
    cand: Candidate,
    window: tuple[str, str, str],
    floor: float | None = None,
) -> float | None:
    """_score() in a window already made (see _window): the score depends on nothing else."""
    left, right, around = window
    span = text[start:end]
    bonus = _bonus(span, cand, left, right)
    before = _reading_cost(left, span, right, around)
    if floor is not None:
        # Every non-ASCII character costs at least _MIN_CHAR_COST (see _chars), whatever
        # its neighbours: a bound on how well the candidate could possibly read.
        least = _MIN_CHAR_COST * _non_ascii(cand.text)
        if before - least + bonus + _VOUCH + 2 * _VOUCH_EACH < floor:
            return None
    return before - _reading_cost(left, cand.text, right, around) + bonus


#: Latin-1's math signs, which single-byte codepages show for bytes of other letters.
_LATIN1_MATH: Final = frozenset("\u00ac\u00b1\u00d7\u00f7")


def _sign_ends_word(left: str, reading: str, right: str) -> bool:
    """Whether ``reading`` ends a word with a Latin-1 math sign glued after its letters
    ("Príjazdn÷"): no language writes one there."""
    for i, c in enumerate(reading):
        if c in _LATIN1_MATH:
            before = reading[i - 1] if i else left[-1:]
            after = reading[i + 1 : i + 2] if i + 1 < len(reading) else right[:1]
            if before.isalpha() and not after.isalnum():
                return True
    return False


def _mac_lead_shown_as_a_sign(span: str, cand: Candidate, left: str) -> bool:
    """Whether ``span``, two characters after ``left``, is the UTF-8 of ``cand`` shown by a
    Mac as a sign and a character no text writes after that sign, though the scorer reads
    the two as a sign and a word.

    A Mac shows the lead bytes of Latin-1's capitals (C3) as a root sign ("√Öland" for
    "Åland", "√úber" for "Über"), and a root is taken of a number, a variable or a bracket
    ("√2", "√x", "√π"), never of an accented letter; and the lead byte C6 as an increment
    ("∆òasar" is Hausa "Ƙasar", "∆êstonia" Ewe "Ɛstonia"), which is taken of a quantity
    ("∆T", "∆x"), never of an accented letter either. It shows C9 as an ellipsis, so IPA and
    African letters (U+0240-027F) show as one and an accented letter ("D…õnmak" is Akan
    "Dɛnmak", "müh…ôndisi" Azerbaijani "mühəndisi"), and text puts an ellipsis after a word,
    not between a letter and an accented one ("wait…what", "attends…écoute"). And it shows
    CA as a no-break space: "\u00a0º" is the modifier apostrophe "ʼ" (CA BC) of K'iche' or
    Chickasaw, "\u00a0ª" the ʻokina "ʻ" (CA BB) of "Hawaiʻi"; an ordinal indicator follows a
    number or the "n" of número ("2\u00a0ª", "n\u00a0º"), not a no-break space after a
    word."""
    if len(span) != 2 or len(cand.chain) != 1 or cand.chain[0] != _MAC_UTF8:
        return False
    lead, shown = span[0], span[1]
    if lead in "\u221a\u2206":
        return not shown.isascii() and char_info(shown).script == "LATIN"
    if lead == "\u2026":
        return cand.text.isalpha() and cand.text.islower() and left[-1:].isalpha()
    return lead == "\u00a0" and shown in "\u00aa\u00ba" and left[-2:].isalpha()


def _bonus(span: str, cand: Candidate, left: str, right: str) -> float:
    """What a candidate gains or loses apart from how it reads: priors, evidence, guesses."""
    bonus = _prior(cand) + _structure(cand.evidence)
    if (
        len(span) == 3
        and len(cand.chain) == 1
        and cand.chain[0].encoding == "utf-8"
        and _GENERAL_PUNCTUATION.fullmatch(cand.text)
    ):
        # The commonest UTF-8 sequences of all: curly quotes, dashes and ellipses. MacRoman
        # shows their bytes as a low quote and a capital ("‚Äî" for "—"), which read like a
        # German quotation, but three characters that are exactly such a sequence are not.
        bonus += _PUNCTUATION_EVIDENCE
    if (
        len(span) == 2
        and span[0] == "\u00c2"
        and len(cand.chain) == 1
        and cand.chain[0].encoding == "utf-8"
        and _LATIN1_SIGN.fullmatch(cand.text)
        and left[-1:].isalpha()
    ):
        # "Â" before a Latin-1 sign is that sign's UTF-8 shown by Western software, after a
        # letter as well ("NÂ° 5", "NÂº 5"): no word ends in "Â" before a degree sign or an
        # ordinal, though the scorer reads "NÂ" as capitals.
        bonus += _PUNCTUATION_EVIDENCE
    if _mac_lead_shown_as_a_sign(span, cand, left):
        bonus += _PUNCTUATION_EVIDENCE
    if _sign_ends_word(left, cand.text, right):
        # A math sign glued to the end of a word's letters: ISO 8859-2 reads "Ăˇ" as "÷",
        # cp1250 as "á" ("platná"), and a misread misread again may read back to one
        # ("vybranÄ‚Ë‡", ISO 8859-2 inside cp1250). The word's own letter is the likelier
        # story, as for a legacy reading that loses letters.
        bonus -= _LETTER_LOST_PENALTY
    if cand.chain[-1].read_as in EAST_ASIAN:
        # East Asian text lines up as UTF-8 by chance for a character or two, seldom for more:
        # each further character of such a span is evidence again, where single-byte runs
        # are long by nature ("Ã©" is two characters for one).
        bonus += _alignment(len(span))
        if cand.chain[-1].encoding == "utf-8" and any(
            char_info(c).script == "CJK" for c in cand.text
        ):
            # (Cyrillic shown by GBK is common hanzi: "械薪" is "ен". East Asian text that
            # stays East Asian is another matter, see _written_evidence.)
            bonus -= _written_evidence(span)
    if not any(char_info(c).kind in _LETTERS for c in span) and (
        (all(char_info(c).box for c in span) and not _standalone(left, right))
        or not any(char_info(c).kind in _LETTERS for c in cand.text)
    ):
        # Symbols turned into other symbols ("¬´" into "«") prove little on their own, nor
        # does line art turned into anything ("┼┐" is "ſ", "───┐" ends in "Ŀ"). A letter from
        # symbols glued inside a word ("Serwi├½") is the usual mojibake of DOS codepages, and
        # so is a word of its own made of two box characters ("╨╗." is "л.").
        bonus -= _SYMBOLS_ONLY_PENALTY
    if cand.chain[-1].encoding in EAST_ASIAN:
        # The same bytes as UTF-8 would be no chance either: East Asian text seldom lines up
        # as UTF-8 for more than a character or two, so a reading of such bytes pays for it.
        bonus -= _utf8_alignment(span, cand.chain[-1].read_as)
        bonus += _native_evidence(cand.text, cand.chain[-1].encoding)
        bonus += min(0.0, _common_evidence(cand.text, cand.chain[-1].encoding))
    if cand.chain[-1].encoding != "utf-8":
        # Legacy text read as legacy turns letters into other letters; a reading that turns
        # letters into symbols or line art is not one.
        lost = _count_letters(span) - _count_letters(cand.text)
        if cand.chain[-1].encoding in EAST_ASIAN:
            # (Where each character read was two bytes shown as two letters, or one.)
            lost = _count_letters(span) // 2 - _count_letters(cand.text)
        if lost > 0:
            bonus -= _LETTER_LOST_PENALTY * lost
    if cand.guessed and not (span.endswith(" ") and _glued_to(left, span[:1])):
        # (A capital glued to a small letter or a digit and then a space, "voilÃ ", "5Â ",
        # ends no word of any language: the no-break space is no guess there.)
        bonus -= _GUESS_PENALTY
        if len(cand.text) < len(span) and span.endswith(" ") and not right.startswith(" "):
            # Taking the last space for the lost byte joins two words: only if it reads better.
            bonus -= _JOIN_PENALTY
        elif cand.text.endswith(" ") and span.endswith(" "):
            # Keeping the last space as a real one needs two losses (the byte dropped, and a
            # space after it), where reading it as the byte needs one: inside a word that is
            # the likelier story ("Finlà ndia" is "Finlàndia" with its A0 shown as a space),
            # while a run that starts a word may be a word of its own ("jusqu'à nos").
            if left[-1:].isalpha():
                bonus -= _SECOND_LOSS_PENALTY
            # Before a comma or at the end of the line ("Bembà ,") no one typed that space.
            if right[:1] in _NO_SPACE_BEFORE:
                bonus -= _SPACE_BEFORE_PUNCT_PENALTY
    elif cand.lossy:
        bonus -= _LOSSY_PENALTY
    return bonus


def _deletes_word(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a repair reads a word of letters of a script beside Latin, and the space after
    it, as a space alone.

    UTF-8's no-break space shown by cp1251 is "В" and a no-break space, and Russian
    typography puts a no-break space after a one-letter preposition: "В\u00a0Москве" is
    clean. A repair that would take such a word away needs another repair of the same
    misread beside it ("В\u00a0РњРѕСЃРєРІРµ"). Latin-1's "Â" before a no-break space is
    no word of any language, and the commonest mojibake there is.
    """
    span = text[start:end]
    letters = [c for c in span if c.isalpha()]
    return (
        bool(letters)
        and cand.text.strip() == ""
        and (start == 0 or not text[start - 1].isalnum())
        and all(char_info(c).script not in ("LATIN", "") for c in letters)
    )


def _only_loses_letters(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a reading writes nothing but U+FFFD for letters beside it that fit their
    line's alphabet (as far as the letter model reads it, see _model_window): only other
    repairs of the text can vouch for it.

    "уп" before a U+FFFD in Belarusian is cp866's E3 AF, a UTF-8 sequence short of its last
    byte, but a reading that only loses them recovers nothing and may lose a word. ("ZÃ�KAZ
    VSTUPU — STAVENIŠTĚ" holds an "Ã" no Czech word does, and "SlovenÄ�" a capital glued to
    small letters: those read as mojibake.)
    """
    if not cand.lossy or cand.text.strip("\ufffd"):
        return False
    letters = text[start:end].replace("\ufffd", "")
    if not letters or not _one_alphabet(letters) or _glued(text, start):
        return False
    around_start, around_end = _model_window(text, start, end)
    return alphabet_misfit("".join(c for c in text[around_start:around_end] if c.isalpha())) == 0


def _space_inside_word(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a guess makes a lost no-break space between two letters where the text holds
    no space: no text writes one inside a word ("ДјВу" is DjVu, not "Дј" and "у")."""
    return (
        cand.text.isspace()
        and text[start - 1 : start].isalpha()
        and text[end : end + 1].isalpha()
        and " " not in text[start:end]
    )


def _odd_in_word(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a UTF-8 repair reads a span glued to a letter as one modifier sign, a span
    of letters as one combining mark of no script, or letters of a word as one symbol amid
    its other letters: only other repairs of the text can vouch for it.

    Two characters of a legacy codepage are often UTF-8 of such a character: Ukrainian
    "ФАЙЛі" ends in "Лі", cp1251's CB B3, UTF-8 "˳"; "vtН " holds "Н" and a space, a lost
    no-break space of U+0360.
    """
    c = cand.text.strip()
    if len(c) != 1 or cand.chain[-1].encoding != "utf-8":
        return False
    category = unicodedata.category(c)
    beside = text[start - 1 : start] + text[end : end + 1]
    if category == "Mn" and not char_info(c).script:
        # (Jju writes "A̱", UTF-8 "AÌ±" shown by cp1252 or "A戔" by Big5, where a sign or
        # a hanzi is mojibake's; "í" and a soft hyphen, or "Н" and a space, are a word's.)
        if cand.chain[-1].read_as in EAST_ASIAN or any(
            unicodedata.category(s)[0] not in "LZ" and s != "\xad" for s in text[start:end]
        ):
            return False
    elif category == "So":
        # (A symbol from the letters of a word, amid its other letters: "уОБКРЕТ", KOI8-R
        # "Снайпер" shown by cp1251, holds "уОБ", cp866's E3 8E 81, UTF-8 "㎁". Not from
        # letters of another script than the word's: "180 ﾂｰC" is cp932's "180 °C".)
        # (Letters of no one language's alphabet are no word's own: "Nextâžœ" holds
        # cp1252's "âžœ", UTF-8 "➜", where no language writes "ž" beside "â" and "œ".)
        # (Small letters beside a letter of any script are a word's too: Ukrainian "тобi",
        # typed with a Latin "i", holds "тоб", cp866's E2 AE A1, UTF-8 "⮡".)
        span = text[start:end]
        scripts = {char_info(s).script for s in span}
        small = all(s.islower() for s in span)
        return (
            len(scripts) == 1
            and _one_alphabet(span)
            and any(
                char_info(b).kind in _LETTERS and (small or {char_info(b).script} == scripts)
                for b in beside
            )
        )
    elif category != "Sk":
        return False  # (IPA letters are some alphabets' letters: Kabiye "kʊja")
    return any(char_info(b).kind in _LETTERS for b in beside)


def _inside_own_word(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a UTF-8 repair reads two letters of a script whose letters are all beyond
    ASCII as one letter of that script, glued to a letter of it as it stands: only other
    repairs of the text can vouch for it. UTF-8 of Cyrillic shown by cp1251 turns every
    letter of a word into two, not one: Uzbek "Рўйхат" holds "Рў", cp1251's D0 A2, UTF-8
    "Т", and the letters after it read as they were written."""
    if cand.chain[-1].encoding != "utf-8" or end - start != 2 or len(cand.text) != 1:
        return False
    script = char_info(cand.text).script
    if script in ("LATIN", "") or char_info(cand.text).kind not in _LETTERS:
        return False
    # (Of one sequence of the letter's own script: a segment misread amid a word, as in
    # "ТрајкÐ¾Ð²ски", is Western characters.)
    if any(char_info(c).script != script for c in text[start:end]) or _glued(text, start):
        return False  # (nor where a capital is glued to small letters: "асебуанРѕ")
    beside = text[start - 1 : start] + text[end : end + 1]
    return any(char_info(b).kind in _LETTERS and char_info(b).script == script for b in beside)


def _one_alphabet(span: str) -> bool:
    """Whether ``span`` is letters only, all of them in one language's alphabet."""
    return all(char_info(c).kind in _LETTERS for c in span) and alphabet_misfit(span) == 0


def _glued_odd(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a repair reads one East Asian character glued to a Western word as an odd
    character: only other repairs of the text can vouch for it.

    East Asian writers glue Western words to their characters without a space ("iPhone前"),
    which the scorer prices as a change of script inside a word; one such character whose
    UTF-8 reading is an odd character ("ǰ") proves nothing alone, if it is one they write.
    """
    read_as = cand.chain[-1].read_as
    if end - start != 1 or read_as not in EAST_ASIAN or not _odd_character(cand.text):
        return False
    if _native_evidence(text[start:end], read_as) <= 0:
        return False  # (a character its own writers seldom write is no such word: "k蕣ja")
    beside = text[start - 1 : start] + text[end : end + 1]
    return any(c.isascii() and c.isalpha() for c in beside)


def _odd_character(text: str) -> bool:
    """Whether ``text`` is one character that text seldom holds: a letter few languages
    write, a modifier letter or a combining mark (not "ō", "ɛ", "²" or a no-break space)."""
    return len(text) == 1 and char_info(text).cost >= _ODD_CHARACTER


def _standalone(left: str, right: str) -> bool:
    """Whether a span stands apart: between spaces, punctuation or the ends of the text."""
    for neighbour in (left[-1:], right[:1]):
        if neighbour:
            info = char_info(neighbour)
            if info.box or info.kind not in (Kind.SPACE, Kind.PUNCT):
                return False
    return True


def _prior(cand: Candidate) -> float:
    """How likely the candidate's chain of misreads is, before reading it: as likely as its
    least likely misread, less a penalty for each layer beyond the first (a text misread by
    MacRoman and then by cp1252 is as rare as MacRoman's misreads are, "ÃƒÂ±" is "ñ" misread
    by cp1252 twice, not "̱" by MacRoman first)."""
    chain = cand.chain
    least = math.inf
    for m in chain:  # (a loop: min() of a comprehension makes a list, compares boxed floats)
        least = min(least, prior(m.encoding, m.read_as))
    return least - _LAYER_PENALTY * (len(chain) - 1)


def _structure(evidence: int) -> float:
    """What a run's valid multi-byte UTF-8 sequences prove: clean text seldom lines up lead
    and continuation characters by chance, and longer sequences less often."""
    return min(_STRUCTURE_MAX, _STRUCTURE * evidence)


def _alignment(characters: int) -> float:
    """What it proves that this many East Asian characters' bytes are well-formed UTF-8."""
    return min(_CJK_STRUCTURE_MAX, _CJK_STRUCTURE * max(0, characters - 2))


def _utf8_alignment(span: str, read_as: str) -> float:
    """_alignment() of the UTF-8 characters that ``span``'s bytes as ``read_as`` would be."""
    try:
        decoded = single_byte(read_as).to_bytes(span).decode("utf-8")
    except UnicodeError:  # a character read_as cannot show, or bytes that are not UTF-8
        return 0.0
    return _alignment(_non_ascii(decoded))


def _changed(before: str, after: str) -> int:
    """How many characters a same-length legacy reading changes (any length change counts 2)."""
    if len(before) != len(after):
        return 2
    return sum(1 for a, b in zip(before, after, strict=False) if a != b)


#: The language whose commonest characters (data/cjk_frequency.txt) each East Asian encoding
#: was made to write. A reading that yields characters its users seldom write (level-2 hanzi,
#: Hanja in Korean, or rare-but-valid hanzi from another alphabet's bytes paired up) is weak
#: evidence for that encoding, however well-formed its bytes are.
#: The East Asian languages data/cjk_frequency.txt knows.
_CJK_LANGUAGES: Final = ("zh-hans", "zh-hant", "ja", "ko")
_NATIVE_LANGUAGE: Final[dict[str, str]] = {
    "gbk": "zh-hans",
    "gb18030": "zh-hans",
    "big5": "zh-hant",
    "cp932": "ja",
    "shift_jis": "ja",
    "euc_jp": "ja",
    "cp949": "ko",
    "euc_kr": "ko",
}


def _written_evidence(span: str) -> float:
    """What it says against a UTF-8 reading of two East Asian characters or more that, as
    they stand, they are text of one East Asian language: its letters, each one its writers
    use (data/cjk_frequency.txt), count as _native_evidence() counts them, its punctuation
    nothing ("制。" is cp949 for UTF-8 "𤡣").

    Traditional Chinese shown by cp932 is rare kanji of JIS level 2, and such rows line up
    as UTF-8 ("讀取資", "read data", is cp932 for UTF-8 "椎掑"). Mojibake mixes what no
    one language writes together: rare characters, kana beside Hangul ("野배괌").
    """
    letters = [c for c in span if char_info(c).kind in _LETTERS]
    if len(span) < 2 or not letters:
        return 0.0
    best = 0.0
    for lang in _CJK_LANGUAGES:
        common, known = cjk_frequency(lang)
        if all(c in common or c in known for c in letters):
            evidence = sum(_CJK_EVIDENCE if c in common else _CJK_KNOWN_EVIDENCE for c in letters)
            best = max(best, evidence)
    return min(_STRUCTURE_MAX, best)


#: A character its language's list (data/cjk_frequency.txt, to 99 % of running text) does
#: not hold counts as coming this far down it.
_UNRANKED: Final = 8000
#: How many bits more per character than another East Asian reading of its line a reading
#: may need and still be proposed (see _rank_bits).
_RANK_MARGIN: Final = 1.5
#: Below this mean rank (in bits) an East Asian reading's characters are evidence for it,
#: each of the first _RANK_COUNTED worth _RANK_WEIGHT for every bit below (see
#: _common_evidence).
_TYPICAL_BITS: Final = 9.0
#: The mean rank, in bits, of an East Asian reading's characters strung together as its
#: writers never write, over at least so many characters: random bytes shown by Latin-1 read
#: in cp949, GBK or Big5 come to 11.5-12.7 bits (most characters beyond the list: 12.97), the
#: right readings of our corpus, of the CLDR names and of Faker's text to 10.9 at most over 12
#: or more characters (11.4 over fewer).
_STRUNG_RANK_BITS: Final = 11.4
_STRUNG_CHARACTERS: Final = 12
#: Above this mean rank, each bit over costs the same (see _common_evidence).
_RARE_BITS: Final = 10.5
_RANK_WEIGHT: Final = 0.6
_RANK_COUNTED: Final = 4


def _rank_bits(
    words: list[tuple[int, int, Candidate, float | None]], encoding: str
) -> float | None:
    """How far down its writers' list of characters by frequency an East Asian reading's
    East Asian letters come, on average, in bits (log2 of the rank); None for a single-byte
    reading, or one that makes no such letter.

    Text read in the wrong East Asian codepage pairs its bytes into characters of the same
    rows, whose order there is by sound, not by use: Korean read as GBK averages some 11
    bits per character, where Chinese averages 6 to 8 and Korean 6 ("위구르" 6.4, as GBK
    "困备福" 9.3). Names stray furthest: "黄磊", with a "磊" that running text seldom holds,
    comes to 11.2 bits, and its cp949 reading "뼝자" to 9.0.
    """
    found = _mean_rank_bits("".join(w[2].text for w in words), encoding)
    return None if found is None else found[0]


def _mean_rank_bits(reading: str, encoding: str) -> tuple[float, int] | None:
    """_rank_bits() of ``reading``, and how many East Asian letters it holds."""
    lang = _NATIVE_LANGUAGE.get(encoding)
    if lang is None:
        return None
    ranks = [
        cjk_language_rank(c, lang) or _UNRANKED for c in reading if c >= "\u2e80" and c.isalpha()
    ]
    if not ranks:
        return None
    return sum(map(math.log2, ranks)) / len(ranks), len(ranks)


def _common_evidence(reading: str, encoding: str) -> float:
    """What an East Asian reading's characters say for it by how common they are: a mean
    rank below _TYPICAL_BITS is the text its writers write most ("필터" 7.3 bits), which the
    characters of paired-up Western letters or of another codepage's bytes seldom make; one
    above _RARE_BITS is what they make ("刀雛套邑", Hanja in cp949 from Greek shown by
    cp1252, 13 bits)."""
    return _evidence_of_ranks(_mean_rank_bits(reading, encoding))


def _evidence_of_ranks(found: tuple[float, int] | None) -> float:
    """_common_evidence() of a reading whose _mean_rank_bits() are ``found``."""
    if found is None or found[1] < 2:
        return 0.0
    bits, count = found
    weight = _RANK_WEIGHT * min(count, _RANK_COUNTED)
    return weight * (max(0.0, _TYPICAL_BITS - bits) - max(0.0, bits - _RARE_BITS))


def _native_evidence(reading: str, encoding: str) -> float:
    """What the East Asian characters of a legacy reading in ``encoding`` say for it.

    The characters its own users write most (data/cjk_frequency.txt: those that make up 90 %
    of their running text) are evidence of their own, as UTF-8's structure is for UTF-8
    readings. Characters they seldom write (beyond 99 %: level-2 hanzi, Hanja for Korean,
    half-width kana) are where another alphabet's letters, or another language's bytes, land
    when paired up; the ones between count half.
    """
    common, known = cjk_frequency(_NATIVE_LANGUAGE.get(encoding, ""))
    evidence = rare = 0.0
    for c in reading:
        if c in common:
            evidence += _CJK_EVIDENCE
        elif c in known:
            evidence += _CJK_KNOWN_EVIDENCE
        elif char_info(c).script == "CJK":
            rare += _CJK_RARE_PENALTY
    return min(_STRUCTURE_MAX, evidence) - rare


def _writes_plausibly(
    text: str,
    start: int,
    end: int,
    reading: str,
    suspects: list[tuple[int, int, bytes]],
    breaks: list[int],
    lines: dict[int, tuple[int, int, bool, bool]],
) -> bool:
    """Whether a short UTF-8 reading of East Asian characters, one character beyond ASCII
    that is no letter of three bytes or more, or digits and marks alone, makes what a text
    could hold.

    Chinese or Japanese glued to a Western word is often also UTF-8 of two bytes: "告" (GBK
    B8 E6) is archaic Greek "ͱ", "站点" (cp932) "⋓_". So a reading that short is not taken
    where its line holds an East Asian character that no reading explains (UTF-8 read as an
    East Asian codepage leaves none: "X.allow_futureがFalseであるため" is Japanese, not
    Big5 "ư" amid it); nor, where it is all its line holds beyond ASCII and does not split
    a word ("iPhone告", not "k蕣ja", Kabiye "kʊja"), where it makes a digit of another
    script, a rare letter or a rare symbol (Latin-1's signs, "2ª", are common), or a word of
    one letter beyond Latin-1.

    ``breaks`` are where the text's line breaks are; ``lines`` keeps, for each line, where
    its first and last characters beyond ASCII are, whether it holds an East Asian
    character no suspect covers, and whether it holds a U+FFFD.
    """
    k = bisect_ints_left(breaks, start)
    line_start = breaks[k - 1] + 1 if k else 0
    line_end = breaks[k] if k < len(breaks) else len(text)
    if line_start not in lines:
        lines[line_start] = _line_of_suspects(text, line_start, line_end, suspects)
    first, last, unexplained, lossy = lines[line_start]
    if not lossy and _inside_east_asian(text, start, end, suspects):
        return False
    beyond = [c for c in reading if c > "\x7f"]
    if all(char_info(c).kind in (Kind.DIGIT, Kind.MARK) for c in beyond):
        pass  # (digits and marks alone are no word at any length: "命名" is cp949 "٤٣")
    elif len(beyond) > _PLAUSIBLE_SHORT or all(
        c >= "\u0800" and char_info(c).kind in _LETTERS for c in beyond
    ):
        return True  # (three bytes of UTF-8 that make a letter: "你" of "浣\xa0" is no accident)
    if unexplained:
        return False
    if first >= start and last < end and not _fits_glued_word(text, start, end, reading):
        return False
    if first < start or last >= end or _between_letters(text, start, end):
        return True
    if _alone_letter(text, start, end, reading) or _alone_sign(text, start, end, reading):
        return False
    for c in beyond:
        if "\u00a0" <= c <= "\u00bf":
            continue  # (Latin-1's signs: "2ª", "5°", "©")
        info = char_info(c)
        if info.kind == Kind.DIGIT:
            return False
        if info.kind in _LETTERS or info.kind == Kind.MARK:
            if info.cost >= _RARE_LETTER_COST:
                return False
        elif info.cost > _PLAUSIBLE_COST:
            return False
    return True


def _fits_glued_word(text: str, start: int, end: int, reading: str) -> bool:
    """Whether a reading of one character beyond ASCII, glued to ASCII letters, makes what
    their word could hold: a Latin letter (or a modifier letter, "ʻ") in the word's case,
    which a major language writes and which costs the letter model at most
    _GLUED_LETTER_BITS more there than its letter without marks ("Dankesch枚n" is
    "Dankeschön"); punctuation ("d鈥檃" is "d’a"), a sign of Latin-1 or a mark of
    Latin letters after one.

    Japanese and Chinese glue their words to Western ones ("iPhoneが", "iPad上", "Max款"),
    and a common East Asian character glued so is no misread of "iPhoneư", "iPad߾" or
    "Maxγ". Where the stretch holds a character East Asian text seldom writes, only the
    script and case are asked: "k蕣ja" is Kabiye "kʊja".
    """
    left = _ascii_letters_before(text, start)
    right = _ascii_letters_after(text, end)
    made = [c for c in reading if c > "\x7f"]
    if not (left or right) or len(made) != 1:
        return True
    info = char_info(made[0])
    rare = any(cjk_rank(c) is None for c in text[start:end] if c > "\x7f")
    if info.kind == Kind.MARK:
        return bool(left) and "\u0300" <= made[0] <= "\u036f"  # ("A̱", no Syriac "ܰspin")
    if info.kind not in _LETTERS:
        return rare or info.kind != Kind.SYMBOL or made[0] <= "\xff"
    if info.script not in ("LATIN", ""):
        return False  # (another script's letter in a Latin word: "Maxγ")
    if (info.upper and left[-1:].islower()) or (info.lower and len(left) > 1 and left.isupper()):
        return False  # (not in the word's case: "DataƦbase", "TVü")
    if rare:
        return True
    if not info.langs & sum(_major_alphabets()):
        return False  # (no major language writes it: "Dataƥbase", "ʷspin")
    if left and right:
        return True  # (a word split by it: "Z眉rich" is "Zürich")
    word = left + reading + right
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return letter_cost([word]) - letter_cost([bare]) <= _GLUED_LETTER_BITS


#: How many bits more than the same word without marks a letter read from a common East
#: Asian character glued to ASCII letters may cost the letter model (see _fits_glued_word):
#: a language's own letter costs up to 10 ("mañana"), one glued on by chance 14 or more
#: ("abcư", "iPhoneư").
_GLUED_LETTER_BITS: Final = 14.0


def _ascii_letters_before(text: str, at: int) -> str:
    """The ASCII letters right before ``at``."""
    start = at
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:at]


def _ascii_letters_after(text: str, at: int) -> str:
    """The ASCII letters right after ``at``."""
    end = at
    while end < len(text) and text[end].isascii() and text[end].isalpha():
        end += 1
    return text[at:end]


def _alone_letter(text: str, start: int, end: int, reading: str) -> bool:
    """Whether one East Asian character between spaces or the ends of a line reads as a
    word of one Latin letter beyond Latin Extended-A: no language writes such a word ("à",
    "ő" are words, and so are "и", "ο"; Romanian "ș." abbreviates), while Japanese sets a
    kana after a Western word ("struct task_struct) が" is Big5 for UTF-8 "ư")."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return (
        end - start == 1
        and len(reading) == 1
        and reading >= "\u0180"
        and char_info(reading).script == "LATIN"
        and char_info(reading).kind in _LETTERS
        and (before == "" or before.isspace())
        and (after == "" or after.isspace())
    )


def _alone_sign(text: str, start: int, end: int, reading: str) -> bool:
    """Whether one East Asian character standing apart reads as one character that is no
    Latin-1 character or small Latin letter: "小" alone is Chinese, not GBK for a Cyrillic
    "С" with nothing of its alphabet around it, "为" in "COMPSPEC 为 NULL" no Greek "Ϊ",
    and "키" in "키 ID" Korean, not cp949 for "Ű"."""
    if end - start != 1 or len(reading) != 1 or "\u00a0" <= reading <= "\u00ff":
        return False
    if reading <= "\u017f" and not char_info(reading).upper:
        return False  # (a small letter of Latin Extended-A may be a word: "ő")
    return _standalone(text[start - 1 : start], text[end : end + 1])


def _inside_east_asian(
    text: str, start: int, end: int, suspects: list[tuple[int, int, bytes]]
) -> bool:
    """Whether a span has East Asian characters that no suspect covers right before and
    right after it (or one of them, and the line ends on the other side): UTF-8 misread as
    an East Asian codepage makes a whole run of mojibake, not a few characters amid a
    sentence that reads as written ("正在讀取套件清單" holds cp932 bytes of UTF-8 "椎擅" in
    "讀取套"). (The caller asks only of lines that lost no byte: those hold characters no
    reading explains.)"""
    glued = False
    for at in (start - 1, end):
        if at < 0 or at >= len(text) or text[at] == "\n":
            continue  # (the start or end of a line: "讀取套件檔" holds cp932 "椎擅" too)
        if char_info(text[at]).script != "CJK":
            return False
        k = bisect_right(suspects, (at, len(text) + 1)) - 1
        if k >= 0 and suspects[k][0] <= at < suspects[k][1]:
            return False
        glued = True
    return glued


def _between_letters(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a word of ASCII letters ("k蕣ja"): Chinese
    and Japanese follow or precede a Western word ("iPhone告"), they do not split one."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _line_of_suspects(
    text: str, line_start: int, line_end: int, suspects: list[tuple[int, int, bytes]]
) -> tuple[int, int, bool, bool]:
    """For _writes_plausibly: where the line's first and last characters beyond ASCII are,
    whether it holds an East Asian character that none of ``suspects`` (in order) covers,
    and whether it holds a U+FFFD."""
    found = _NON_ASCII.search(text, line_start, line_end)
    first = found.start() if found else line_end
    last = line_start - 1
    for m in _NON_ASCII.finditer(text[line_start:line_end][::-1]):
        last = line_end - 1 - m.start()
        break
    gaps = []
    pos = line_start
    for s, e, _ in suspects[bisect_left(suspects, (line_start,)) :]:
        if s >= line_end:
            break
        gaps.append(text[pos:s])
        pos = max(pos, e)
    gaps.append(text[pos:line_end])
    unexplained = any(char_info(c).script == "CJK" for gap in gaps for c in gap if c > "\x7f")
    return first, last, unexplained, text.find("\ufffd", line_start, line_end) >= 0


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


#: The most characters beyond ASCII a UTF-8 reading of East Asian text may make and still
#: be held to _writes_plausibly (two are evidence: "浣犲ソ" makes "你好" beside "中文");
#: there, the most a sign may cost the scorer ("☕", "→" do, "⋓" does not), and the least a
#: rare letter or mark costs ("ͱ", "ʨ").
_PLAUSIBLE_SHORT: Final = 1
_PLAUSIBLE_COST: Final = 1.2
_RARE_LETTER_COST: Final = 3.0


def _count_han(text: str) -> int:
    return sum(1 for c in text if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


def _non_ascii(text: str) -> int:
    return sum(1 for c in text if c >= "\x80")


def _non_ascii_letters(text: str) -> int:
    return sum(1 for c in text if c > "\x7f" and char_info(c).kind in _LETTERS)


def _count_letters(text: str) -> int:
    return sum(1 for c in text if char_info(c).kind in _LETTERS)


def _unlists_word(text: str, start: int, end: int, guess: str) -> bool:
    """Whether ``guess`` for ``text[start:end]`` turns a word the word list holds (common or
    known, of _LISTED_LETTERS letters or more) into one it holds in no language.

    A dropped byte's guess that reads a lone lead character has nothing of the sequence to
    testify for it ("Ä" of "Đ", C4 90 shown by cp1252 with its 90 dropped), and the line's
    other mojibake vouches for any such guess: German "GESPRÄCHE" beside "GEBÃ„UDE" is no
    "GESPRĐCHE", nor Danish "SÅKALDTE" a "SŁKALDTE". Where both are words, the line's
    repairs decide (Swedish "NÅTT" is Hungarian "NŐTT" beside "Ã‰PÃœL").
    """
    shown = text[start:end].rstrip()
    head, tail, _, _ = _word_around(text, start, start + len(shown))
    was = head + shown + tail
    if sum(map(str.isalpha, was)) < _LISTED_LETTERS or not languages_of(was, deep=True):
        return False
    return not languages_of(head + guess.rstrip() + tail, deep=True)


def _glued(text: str, start: int) -> bool:
    """Whether the span starts with a capital right after a small letter of a word (as in
    "voilÃ") or a digit ("5Â minutes", a no-break space shown as "Â" and a space)."""
    return _glued_to(text[start - 1 : start], text[start])


def _plain_capital(c: str) -> bool:
    """Whether ``c`` is a capital with no mark beyond ASCII: glued to a small letter or a
    digit it may be a unit's ("кВ", "220В", "ГэВ"), where a marked one ("voilÃ") is no
    letter such a word ends in."""
    return not c.isascii() and unicodedata.decomposition(c) == ""


def _glued_to(left: str, first: str) -> bool:
    """_glued() of a span starting with ``first``, with ``left`` before it."""
    if not left:
        return False
    info = char_info(left[-1])
    glued = (info.lower and info.kind in _LETTERS) or info.kind == Kind.DIGIT
    return glued and char_info(first).upper


#: The fewest whole UTF-8 characters (of two bytes or more) a stretch that lost bytes must
#: hold beside them to stand on its own.
_HOLE_EVIDENCE: Final = 2


def _lone_east_asian(text: str, start: int, end: int, cand: Candidate) -> bool:
    """Whether a UTF-8 reading makes one character of an East Asian character standing
    alone, a word of its own: only other repairs of the text can vouch for it.

    UTF-8 "è" shown by GBK is "猫", and Italian writes "è" alone; but a Han character alone
    in a Western line is as often the character named ("The Chinese character 猫 means
    cat."). Where the line was misread, its other words vouch ("perch茅 猫 bello")."""
    return (
        len(cand.text) == 1
        and end - start == 1
        and not text[start - 1 : start].isalnum()
        and not text[end : end + 1].isalnum()
    )


def _hole_unproven(data: bytes, holes: tuple[Hole, ...]) -> bool:
    """Whether a stretch that lost bytes (see find_cjk_holes) holds too few whole UTF-8
    characters beside them to tell it is UTF-8 at all: only other repairs can vouch for it.

    A "?" or U+FFFD in clean Chinese lines up with the characters around it as UTF-8 now
    and then ("明�見！」" in cp949 is "明�I」"), and a stretch of a character or two beside
    a lost byte is as often such a chance as mojibake.
    """
    return whole_sequences(data, {at for at, _after, _mark in holes}) < _HOLE_EVIDENCE


def _after_stray_letters(text: str, suspects: list[Suspect]) -> frozenset[tuple[str, int]]:
    """(codec, start) of the runs ``suspects`` that start right after a letter beyond ASCII
    that no run of their codec holds.

    A byte lost from UTF-8 is guessed back where the rest of its word is UTF-8 too, or
    ASCII ("ÐºÐ»Ð°Ñ", "voilÃ"): after a letter of no run, the word is legacy text or
    garble, and a guess would read its last letter as another alphabet's ("ÙÝí " as
    "ÙÝ" and Armenian "ց")."""
    by_codec: dict[str, list[tuple[int, int]]] = {}
    for suspect in suspects:
        by_codec.setdefault(suspect.codec, []).append((suspect.start, suspect.end))
    out = set()
    for codec, spans in by_codec.items():
        spans.sort()
        starts = [start for start, _ in spans]
        reach: list[int] = []  # (the furthest end of the runs up to each)
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)
        for start, end in spans:
            before = text[start - 1] if start else ""
            # (A run that shows where it lost bytes, as U+FFFD or "?", is guessed all the
            # same: "ƒ" before "Ñ�Ñ�" is cp1252's UTF-8 "у" of "Ð ÑƒÑ�Ñ�ÐºÐ¸Ð¹", "Ру��кий".)
            if (
                not before.isascii()
                and before.isalpha()
                and "\ufffd" not in text[start:end]
                and "?" not in text[start:end]
            ):
                i = bisect_right(starts, start - 1) - 1
                if i < 0 or reach[i] < start:
                    out.add((codec, start))
    return frozenset(out)


def _propose(text: str, options: Options, floor: float) -> list[_Proposal]:
    """Every candidate repair of ``text`` that could reach ``floor``, scored as it stands."""
    read_as = _codecs(options)
    codecs = tuple(c for c in read_as if c in SINGLE_BYTE)
    best: dict[tuple[int, int, str], _Proposal] = {}

    def offer(
        start: int, end: int, cand: Candidate, given: float | None = None, vouch: bool = False
    ) -> None:
        if cand.text == text[start:end]:
            return
        key = (start, end, cand.text)
        old = best.get(key)
        outer = _alone(cand.chain)
        if (
            old is not None
            and given is None
            and len(cand.chain) >= len(old.chain)
            and (cand.lossy, cand.guessed) >= (old.cand.lossy, old.cand.guessed)
        ):
            # The same repair by another codec reads the same; only the codec's prior differs.
            last, was = cand.chain[-1], old.chain[-1]
            if prior(last.encoding, last.read_as) <= prior(was.encoding, was.read_as):
                best[key] = old.with_chains(_joined(old.chains, outer))
                return
        delta = _score(text, start, end, cand, floor=floor) if given is None else given
        if delta is None:
            return
        if old is None or delta > old.delta:
            needs_vouch = (
                vouch
                or _only_loses_letters(text, start, end, cand)
                or (
                    cand.guessed
                    and cand.evidence < _SELF_EVIDENT
                    and (
                        not _glued(text, start)
                        or _plain_capital(text[start])
                        or _space_inside_word(text, start, end, cand)
                    )
                )
                or _glued_odd(text, start, end, cand)
                or _odd_in_word(text, start, end, cand)
                or _inside_own_word(text, start, end, cand)
                or _deletes_word(text, start, end, cand)
            ) or (
                # One legacy character for another says little on its own ("MÄ£ÄM").
                given is None
                and cand.chain[-1].encoding != "utf-8"
                and cand.chain not in _C1_CHAINS
                and _changed(text[start:end], cand.text) < 2
            )
            chains_seen = outer if old is None else _joined(old.chains, outer)
            best[key] = _Proposal(
                start, end, cand, delta, chains_seen, needs_vouch, given is not None
            )
        else:
            best[key] = old.with_chains(_joined(old.chains, outer))

    if codecs:
        # (find_suspects rules out a text with no UTF-8 run at all in one search.)
        firsts: list[tuple[Suspect, Candidate]] = []
        found = find_suspects(text, codecs, options.lossy)
        stray = _after_stray_letters(text, found) if options.lossy else frozenset()
        # Spans that are a word's own letters (see _inside_plain_word) or lie in a list of
        # letters (see _lists_letters: "ÀÉ" of "ÀÉÎÕÜ" is no MacRoman "˃"), asked once a
        # span: the codecs that show a run alike each find it.
        passed_over: dict[tuple[int, int], bool] = {}
        for suspect in found:
            where = (suspect.start, suspect.end)
            passed = passed_over.get(where)
            if passed is None:
                passed = passed_over[where] = _inside_plain_word(
                    text, suspect.start, suspect.end
                ) or _in_letter_list(text, suspect.start, suspect.end)
            if passed:
                continue
            span = text[suspect.start : suspect.end]
            first: Candidate | None = None
            guesses = options.lossy and (suspect.codec, suspect.start) not in stray
            for i, cand in enumerate(
                candidates(span, suspect.codec, codecs, options.max_layers, guesses)
            ):
                if cand.lossy and not guesses:
                    continue
                if (
                    cand.dropped
                    and cand.evidence == 0
                    and _unlists_word(text, suspect.start, suspect.end, cand.text)
                ):
                    continue  # (a lone lead character: see _unlists_word)
                if cand.dropped and _beside_c1(text, suspect.start, suspect.end):
                    # (A C1 control beside the run says the text was read as Latin-1, which
                    # drops no byte: the run ends there, "à¦" before "\x96" of "খ".)
                    continue
                if cand.guessed and not cand.dropped and _lead_before_sign(text, suspect):
                    continue  # (no no-break space was lost there: see _lead_before_sign)
                offer(suspect.start, suspect.end, cand)
                known = best.get((suspect.start, suspect.end, cand.text))
                if i == 0 and not cand.lossy and known and known.delta >= _MERGE_PART_MIN:
                    first = cand
                elif len(cand.chain) > 1:
                    first = None  # a deeper reading exists: this run is judged on its own
            if first is not None:
                firsts.append((suspect, first))
        for start, end, cand in _merge_in_words(text, firsts):
            offer(start, end, cand)
    if codecs:
        for start, end, cand in _recased_runs(text, codecs):
            # (Letters of one alphabet that lower-casing could have left are as likely
            # letters written so: Slovak "dĺžka" holds "ĺž", ISO 8859-2's "Ĺž", UTF-8 "ž".)
            offer(start, end, cand, vouch=_one_alphabet(text[start:end]))
    if holds_east_asian(text):
        breaks = [m.start() for m in _NEWLINE.finditer(text)]
        runs = hinted_runs(text)
        for codec in read_as:
            if codec in EAST_ASIAN:
                suspects = find_cjk_suspects(text, codec, runs)
                marked, dropped = (
                    (find_cjk_holes(text, codec), find_cjk_drops(text, codec, suspects, runs))
                    if options.lossy and codec in HOLE_CODECS
                    else ([], [])
                )
                # (A stretch whose lost bytes left their marks explains its characters as the
                # others do, in order, as _writes_plausibly reads them. One that only a drop
                # explains does not: "閮庛仌" would be read alone, and "澶" before it kept.)
                explained = sorted(suspects + [(s, e, d) for s, e, d, _ in marked])
                seen: dict[int, tuple[int, int, bool, bool]] = {}
                for start, end, data in suspects:
                    cjk = cjk_candidate(data, codec)
                    if cjk is not None and _writes_plausibly(
                        text, start, end, cjk.text, explained, breaks, seen
                    ):
                        offer(start, end, cjk, vouch=_lone_east_asian(text, start, end, cjk))
                for start, end, data, holes in marked + dropped:
                    cjk = cjk_hole_candidate(data, holes, codec)
                    if cjk is not None:
                        offer(start, end, cjk, vouch=_hole_unproven(data, holes))
    # Where a UTF-8 repair also explains a word, the legacy reading of that word does not
    # get the whole text's verdict: the two readings compete on what the word shows.
    claimed = _Spans()
    for p in sorted(best.values(), key=lambda p: -p.delta):
        if (
            p.delta > 0
            and p.chain[-1].encoding == "utf-8"
            and not p.cand.guessed
            and _could_claim(text, p)
        ):
            if not claimed.overlapping(p.start, p.end):
                claimed.add(p)
    # A line is misread one way: of the legacy readings that win a line, only the one with
    # the best verdict is proposed there (words a UTF-8 repair also explains compete apart).
    best_line: dict[int, tuple[float, list[tuple[int, int, Candidate, float | None]]]] = {}
    suspect_words: dict[str, tuple[_Words, _Words]] = {}
    # What each line's words and each word as it stands are found to be, for every legacy
    # reading: the pairs that share a codec find the same words, and every reading of a
    # word compares it with the same original.
    plain: dict[tuple[tuple[int, int], ...], bool] = {}
    # Words of lines no reading won, by line, to score on their own once every reading of
    # their line is known.
    alone: dict[int, list[tuple[int, int, Candidate]]] = {}
    # (Which reading holds each line in best_line.)
    line_holder: dict[int, str] = {}
    # Words of each reading that a UTF-8 repair also explains: (line, encoding, start, end,
    # reading), to offer once every reading of their line is known.
    contested: list[tuple[int, str, int, int, Candidate]] = []
    originals: dict[tuple[int, int], tuple[float, bool, bool]] = {}
    # Every legacy reading of every line, by codec pair in order: (encoding, line, reading).
    gathered: list[tuple[str, int, _LineVerdict]] = []
    shown_by = frozenset(codecs)  # (asked of each pair)
    lined: list[tuple[int, Word]] | None = None  # (see _lined_words: made once, if needed)
    past_c1: list[str] = []  # (the encodings of C1_TWINS, read after the others)
    utf8_lines: list[set[int]] = []  # (see _utf8_lines: found once, if needed)
    console_signs: bool | None = None  # (see _CONSOLE_SIGN: asked once, if needed)
    final_signs: bool | None = None  # (the same, of _FINAL_SIGN)

    def off_utf8(lines: _Words) -> _Words:
        """``lines`` but those where a UTF-8 repair reads better: no Mac text (_utf8_lines)."""
        if not utf8_lines:
            utf8_lines.append(_utf8_lines(text, best.values()))
        return _off_lines(lines, utf8_lines[0])

    for encoding, shown_as in LEGACY_PAIRS:
        readings: Iterable[tuple[int, _LineVerdict]]
        if (encoding, shown_as) in C1_TWINS:
            # (Lines that hold C1 controls only, read past them once the others are read:
            # see _read_past_c1.)
            if shown_as in shown_by and "cp1252" in shown_by:
                past_c1.append(encoding)
            continue
        if (encoding, shown_as) in _CONSOLE_PAIRS:
            if console_signs is None:
                console_signs = _CONSOLE_SIGN.search(text) is not None
            if not console_signs:
                continue  # (no line of the text shows one: see _console_evidence)
        if shown_as in shown_by:
            if shown_as not in suspect_words:
                if lined is None:
                    lined = _lined_words(text)
                suspect_words[shown_as] = _suspect_words(text, lined, shown_as, plain)
            by_line, plain_lines = suspect_words[shown_as]
            if not by_line and not plain_lines:
                continue  # (no word of the text holds a character ``shown_as`` shows)
            if (encoding, shown_as) in _SAME_SCRIPT_PAIRS and plain_lines:
                by_line = by_line | _told_lines(text, encoding, shown_as, plain_lines)
            elif (encoding, shown_as) in _CONSOLE_PAIRS and plain_lines:
                if final_signs is None:
                    final_signs = _FINAL_SIGN.search(text) is not None
                if final_signs:
                    by_line = by_line | _final_sign_lines(text, plain_lines)
            if encoding == "mac_roman":
                by_line = off_utf8(by_line)
            readings = _legacy_reading(text, encoding, shown_as, claimed, by_line, originals)
            if (encoding, shown_as) in _CASE_FLIP_PAIRS:
                lines = suspect_words[shown_as][0] | plain_lines
                flipped = _flipped_lines(text, encoding, shown_as, claimed, lines)
                readings = itertools.chain(readings, flipped)
            gathered.extend((encoding, *reading) for reading in readings)
    c1_lines = _c1_lines(text) if past_c1 else None
    if c1_lines is not None and (c1_lines[1] or c1_lines[2]):
        for encoding in past_c1:
            fixed, by_line, plain_lines = c1_lines
            if encoding == "mac_roman":
                by_line, plain_lines = off_utf8(by_line), off_utf8(plain_lines)
            readings = _read_past_c1(
                text, encoding, claimed, originals, fixed, by_line, plain_lines
            )
            gathered.extend((encoding, *reading) for reading in readings)
    # Of a line's East Asian readings, those whose characters its writers seldom use next to
    # what another one makes are no reading of it (see _rank_bits).
    ranked = [_rank_bits(reading.words, encoding) for encoding, _line, reading in gathered]
    fewest: dict[int, float] = {}
    for (_encoding, line, _reading), bits in zip(gathered, ranked, strict=True):
        if bits is not None:
            fewest[line] = min(bits, fewest.get(line, bits))
    kept = [
        entry
        for entry, bits in zip(gathered, ranked, strict=True)
        if bits is None or bits <= fewest[entry[1]] + _RANK_MARGIN
    ]
    for encoding, line, (verdict, words, _held) in _weigh_held(kept, originals):
        held = best_line.get(line)
        if (
            held is None
            or verdict > held[0]
            or (
                # A reading proposed over its commoner rival (see _beyond_rival)
                # reads better than it, which a line's verdict weighs only a little
                # (see _letter_gain): it takes the line from the rival unless the
                # rival wins by a margin ("Thai¹æina" is Sorbian "Thaišćina" in
                # ISO 8859-2, not cp1250's "Thaiąćina").
                verdict > -math.inf
                and line_holder.get(line) == _RIVALS.get(encoding)
                and verdict >= held[0] - _RIVAL_LINE_TIE
            )
            or (
                # The same codepage's reading of the line's bytes shown by Latin-1 reads
                # its C1 controls too, which its cp1252 twin leaves (see C1_TWINS).
                verdict > -math.inf and line_holder.get(line) == encoding and _reads_c1(words)
            )
        ):
            best_line[line] = (verdict, [w for w in words if w[3] is not None])
            line_holder[line] = encoding
        for start, end, legacy, delta in words:
            # (_judge_line found whether a UTF-8 repair claims the word: see originals.)
            if delta is None and verdict == -math.inf and originals[start, end][2]:
                alone.setdefault(line, []).append((start, end, legacy))
            elif delta is None:
                contested.append((line, encoding, start, end, legacy))
    # The words a UTF-8 repair also explains, each reading's scored on its own; but where a
    # single-byte reading won the line, none that another single-byte reading makes letters
    # of another script of: a line is misread one way, and the scorer alone may like
    # another alphabet better in one word ("ßíè÷êî" beside "Ëèìîíàäîâ", Bulgarian "Яничко"
    # and "Лимонадов" in cp1251, is cp1253's Greek "ίνθχκξ"). (An East Asian reading's
    # words testify for no line when a UTF-8 repair explains them, so they still compete:
    # "鈴木保険株式会社" in cp932.)
    won_scripts: dict[int, set[str]] = {}  # (of each line's winning reading, once)
    for line, encoding, start, end, legacy in contested:
        held = best_line.get(line)
        if (
            held is None
            or held[0] == -math.inf
            or encoding in EAST_ASIAN
            or line_holder[line] in EAST_ASIAN
        ):
            offer(start, end, legacy)
            continue
        if line not in won_scripts:
            won_scripts[line] = _scripts_read(text, held[1])
        won = won_scripts[line]
        # (Offered unless it makes letters of no script that the winning reading makes.)
        if not won or not won.isdisjoint(_scripts_read(text, [(start, end, legacy, None)])):
            offer(start, end, legacy)
    # Where a reading of bytes shown by Latin-1 won its line, it reads the line's C1 controls
    # (see C1_TWINS): they are proposed as its words, not each one as cp1252's on its own,
    # which would take the words from it and leave its other words unvouched for.
    c1_read: set[int] = set()
    for _verdict, words in best_line.values():
        for start, end, legacy, delta in words:
            offer(start, end, legacy, delta)
            if (legacy.chain[-1].encoding, legacy.chain[-1].read_as) in C1_TWINS:
                c1_read.update(range(start, end))
    # The words of an East Asian reading that did not win its line, scored on their own (see
    # _judge_line); where another East Asian reading won the line, it reads them ("(À¯)" is
    # cp949 "(유)" beside the Korean words that won its line, not GBK "(蜡)"). A single-byte
    # reading that won does not: an East Asian line whose words UTF-8 also explains cannot
    # win ("ºä" is cp949 "뷰" beside "네임스페이스", though cp1251 "єд" wins the line).
    for line, lone_words in alone.items():
        if best_line[line][0] == -math.inf or line_holder[line] in SINGLE_BYTE:
            for start, end, legacy in lone_words:
                offer(start, end, legacy)
    for m in C1_RUN.finditer(text):
        # One proposal per character near the run's ends: a C1 character there may also belong
        # to a UTF-8 run beside it (a UTF-8 sequence holds at most three). The middle of a long
        # run is no UTF-8 and is proposed whole, so that C1 noise costs one proposal, not many.
        start, end = m.span()
        inner_start, inner_end = start + _C1_EDGE, end - _C1_EDGE
        if inner_end - inner_start < _C1_EDGE:
            inner_start = inner_end = end
        for i in (*range(start, inner_start), *range(inner_end, end)):
            if i in c1_read:
                continue
            offer(i, i + 1, Candidate(decode_c1(text[i]), _C1_CHAIN, lossy=False))
        if inner_start < inner_end:
            middle = text[inner_start:inner_end]
            offer(inner_start, inner_end, Candidate(decode_c1(middle), _C1_CHAIN, lossy=False))
        before, after = text[start - 1 : start], text[end : end + 1]
        if (
            end - start <= _C1_EDGE
            and start not in c1_read
            and (before.isalpha() or after.isalpha())
            and not (before.isdigit() or after.isdigit())
            and not "\u00c2" <= before <= "\u00df"
        ):
            # A lone C1 control between letters may be a Mac or DOS letter shown by Latin-1
            # ("tur\x92stico" is MacRoman "turístico", "fasts\x91ttes" cp850 "fastsættes");
            # not after a letter Latin-1 shows for a UTF-8 lead byte, with which it is a
            # character ("Ë\x80" is "ˀ"). So may a few that start or end a word, or stand
            # together in it, where the letters make a listed word that cp1252's signs do not
            # ("Vihre\x84" is cp850 "Vihreä", "societ\x85" "società", "p\x84\x84" "pää").
            lone = end - start == 1 and before.isalpha() and after.isalpha()
            for chain in _LETTER_C1_CHAINS:
                table = single_byte(chain[0].encoding).decode
                letters = "".join(table[ord(c)] for c in text[start:end])
                if letters.isalpha() and (lone or _c1_letters_listed(text, start, end, letters)):
                    offer(start, end, Candidate(letters, chain, lossy=False))
    for token, pairs in ((_CONSOLE_TOKEN, _CONSOLE_ORDER), (_KOI8_TOKEN, _KOI8_ORDER)):
        for m in token.finditer(text):
            for cand in _listed_console_readings(text, m.start(), m.end(), pairs):
                offer(m.start(), m.end(), cand, _LEGACY_WORD_BONUS)
    if "\xa0" in text:
        for m in _NBSP_BY_LETTER.finditer(text):
            for ws, we, cand in _nbsp_readings(text, m.start()):
                # (The word list vouches for it: no letter of it reads worse than a space.)
                offer(ws, we, cand, _LEGACY_WORD_BONUS)
    return _prefer_by_language(text, _unique_guesses(text, list(best.values())))


def _nbsp_readings(text: str, i: int) -> Iterator[tuple[int, int, Candidate]]:
    """Readings of the word that holds the no-break space ``text[i]`` beside a letter, by
    the pairs whose shown codepage shows a letter of the encoding so (see _NBSP_PAIRS):
    each that makes a common word of a language the line may be in, of _NBSP_WORD letters
    or more, where the word as it stands is none and its parts are not all words.

    Clean text writes a no-break space between words ("v\xa0Praze", "Mr\xa0Smith") and
    before French punctuation ("mot\xa0?"); a DOS letter shown by Windows software is one
    inside a word ("spr\xa0vce" is cp852 "správce", "n\xa0vrhy" cp850 "návrhy"). So
    "z\xa0vody", Czech "z vody" as typeset, stays, though cp852 reads "závody"; and the
    word list vouches for the reading, as the scorer finds a space no worse than a letter."""
    head, tail, line_start, line_end = _word_around(text, i, i + 1, _WORD_MAX)
    if not (head[-1:].isalpha() or tail[:1].isalpha()) or tail[:1] in _NBSP_MARKS:
        return  # (French sets "mot\xa0:" and "«\xa0mot\xa0»")
    word = head + "\xa0" + tail
    if len(word) > _WORD_MAX or _CODE.search(word):
        return
    if len(head) == 1 and head.lower() in _ONE_LETTER_WORDS:
        return  # (a preposition bound to its word, as Czech and Polish typeset it)
    parts = [p for p in _NON_WORD.split(word) if p]
    if parts and all(_languages_listing(p) for p in parts):
        return  # (words joined by no-break spaces, as typeset)
    start = i - len(head)
    context: list[str] | None = None
    for encoding, shown_as in _NBSP_PAIRS:
        shown = single_byte(shown_as).bytes_of(word) is not None
        cand = legacy_candidate(word, encoding, shown_as) if shown else None
        if cand is None or not all(
            b.isalpha() for a, b in zip(word, cand.text, strict=True) if a.isalpha() or a == "\xa0"
        ):
            continue  # (its letters, and the no-break space, all letters)
        run_start, run_end = len(head), len(head) + 1
        while run_start > 0 and cand.text[run_start - 1].isalpha():
            run_start -= 1
        while run_end < len(word) and cand.text[run_end].isalpha():
            run_end += 1
        if run_end - run_start < _NBSP_WORD:
            continue
        if context is None:
            context = _words_beside(text, line_start, line_end, i)
        if _listed_rival(word, cand.text, context):
            yield start, start + len(word), cand


def _listed_console_readings(
    text: str, start: int, end: int, pairs: tuple[tuple[str, str], ...]
) -> Iterator[Candidate]:
    """Readings of the word ``text[start:end]`` by the pairs of _CONSOLE_PAIRS that the word
    list vouches for: each makes a common word of a language the line may be in, of
    _ONE_LISTED_CONSOLE_WORD letters or more, of the word's letters and signs beyond ASCII
    all letters, where no language lists the word as it stands.

    DOS and Windows codepages show each other's letters as letters too ("Gesprńch", German
    "Gespräch" in cp850 shown by cp852), and as signs at a word's start ("¡ndex", Catalan
    "índex"), where no sign tells the misread: only the word list can."""
    word = text[start:end]
    if len(word) > _WORD_MAX or _CODE.search(word):
        return
    readings = _console_readings(word, pairs)
    if not readings:
        return
    context: list[str] | None = None
    for reading, encoding, shown_as in readings:
        if context is None:
            context = _words_beside(text, *_model_window(text, start, end), start)
        if not _listed_rival(word, reading, context):
            continue
        if all(a.isalpha() for a, b in zip(word, reading, strict=True) if a != b):
            # Letters for letters: the letter model must like the reading better too, as
            # a rare word may be one letter from a common one ("kladný", "kladně"); not in
            # capitals, which tell the model less (Albanian "FORMULË", Spanish "FORMULÓ").
            if word.isupper():
                continue
            fit = compare(context, [word], [reading])
            if fit.gain < _TIE_BITS or fit.per_pair > _TIE_PER_PAIR:
                continue
        elif _edge_sign_read(word, reading, context):
            continue
        yield Candidate(reading, legacy_misread(encoding, shown_as, reading), lossy=False)


@short_key_cache(maxsize=1024)
def _console_readings(
    word: str, pairs: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str, str], ...]:
    """The readings of ``word`` by the pairs of _CONSOLE_PAIRS that change it into letters
    that fit it (see _console_letters_fit), each with its pair (cached: words recur); none
    where some language knows the word as it stands, as it knows most clean words."""
    if listed_anywhere(word):
        return ()
    out = []
    chars = frozenset(word)
    for encoding, shown_as in pairs:
        if not chars <= _console_fitting(encoding, shown_as):
            continue  # (no reading, or none that fits: asked of each character first)
        reading = _word_reading(word, encoding, shown_as)
        if reading is not None and reading != word and _console_letters_fit(word, reading):
            out.append((reading, encoding, shown_as))
    return tuple(out)


@cache
def _console_fitting(encoding: str, shown_as: str) -> frozenset[str]:
    """The characters that ``shown_as`` shows and a reading as ``encoding`` leaves as they
    are or makes a Latin letter: a word with any other has no reading _console_letters_fit
    lets through (nor one at all, where ``shown_as`` cannot show it)."""
    table = _reading_table(encoding, shown_as)
    assert table is not None  # (console pairs are single-byte)
    fitting = set()
    for byte in range(0x100):
        char = table.shown.decode[byte]
        if table.shown.bytes_of(char) != bytes([byte]):
            continue
        read = table.read(char)
        if read == char or (read.isalpha() and unicodedata.name(read, "").startswith("LATIN")):
            fitting.add(char)
    return frozenset(fitting)


def _console_letters_fit(word: str, reading: str) -> bool:
    """Whether each character a console reading of ``word`` changes becomes a Latin letter in
    the word's case, in a run of _ONE_LISTED_CONSOLE_WORD letters or more: no "SOUBORů"
    for "SOUBOR…", "poverenÝ" for "poverení", Greek "ThailandΩs" for "Thailandês"."""
    capitals = all(c.isupper() for c in word if c.isalpha() and c.isascii())
    for i, (a, b) in enumerate(zip(word, reading, strict=True)):
        if a == b:
            continue
        if not b.isalpha() or not unicodedata.name(b, "").startswith("LATIN"):
            return False
        if i and reading[i - 1].isalpha() and b.isupper() != capitals:
            return False
        run_start, run_end = i, i + 1
        while run_start > 0 and reading[run_start - 1].isalpha():
            run_start -= 1
        while run_end < len(reading) and reading[run_end].isalpha():
            run_end += 1
        if run_end - run_start < _ONE_LISTED_CONSOLE_WORD:
            return False
    return True


def _edge_sign_read(word: str, reading: str, context: list[str]) -> bool:
    """Whether a console reading of ``word`` makes a letter of a quote, dash or ellipsis at
    the edge of its letters where the letters without it are a word of the line's language
    ("soubor…" is "soubor…", no Czech "souborů")."""
    for i, (a, b) in enumerate(zip(word, reading, strict=True)):
        if a == b or a not in _EDGE_SIGNS:
            continue
        if 0 < i < len(word) - 1 and word[i - 1].isalpha() and word[i + 1].isalpha():
            continue
        if _word_of_the_line("".join(_LETTER_RUN.findall(word)), context):
            return True
    return False


def _languages_listing(word: str) -> frozenset[str]:
    """The languages that list ``word`` as it stands: among their plain words where it is
    ASCII, else among their common or known words."""
    if word.isascii():
        return plain_languages(fold(word))
    return languages_of(word, deep=True) or frozenset()


def _word_of_the_line(word: str, context: list[str]) -> bool:
    """Whether ``word`` is a word of a language the line (its other words: ``context``) may
    be in, as far as its letters tell (see told_languages)."""
    langs = _languages_listing(word)
    if not langs:
        return False
    told = told_languages(context)
    return told is None or bool(langs & told)


def _words_beside(text: str, line_start: int, line_end: int, at: int) -> list[str]:
    """The words of ``text[line_start:line_end]`` as they stand, but the one at ``at`` and
    code (see _CODE): the context a word's reading is judged in (see _context_read for the
    same, each word read as the repairs chosen read it)."""
    return [
        m.group()
        for m in _TOKEN.finditer(text, line_start, line_end)
        if not m.start() <= at < m.end() and not _CODE.search(m.group())
    ]


def _weigh_held(
    gathered: list[tuple[str, int, _LineVerdict]],
    originals: dict[tuple[int, int], tuple[float, bool, bool]],
) -> list[tuple[str, int, _LineVerdict]]:
    """The legacy readings of each line, where one a codepage of _SECOND_WORD_PAIRS held back
    (see _LineVerdict) has its say: where another reading wins the line, the held one wins it
    instead if its verdict leads every other's by _HELD_LEAD, and if it only leads them, no
    reading wins the line; where none does, the held one wins only with a verdict of
    _HELD_ALONE (a list of accented letters, "àéèùç", comes to 6 as Hebrew; a Hebrew or
    Arabic word shown by cp1252, 10 to 15 most often).

    A word or two of Hebrew or Arabic shown by cp1252 is the same accented letters a Western
    word may be ("àèìòù"), so such a reading alone is not enough to re-read a line; but
    where the line must be some other codepage's instead, it is Hebrew or Arabic that the
    letters read best as ("áø÷ú" is Hebrew "ברקת", not cp1251's "бшчъ"), and a reading that
    reads worse than one held back is held back too.
    """
    held: dict[int, float] = {}
    rival: dict[int, float] = {}
    for _encoding, line, reading in gathered:
        if reading.held > held.get(line, -math.inf):
            held[line] = reading.held
        if reading.verdict > rival.get(line, -math.inf):
            rival[line] = reading.verdict
    if not held:
        return gathered
    out = []
    for encoding, line, reading in gathered:
        weighed = reading
        if line in held:
            top, other = held[line], rival.get(line, -math.inf)
            if reading.held == top and (
                top >= other + _HELD_LEAD if other > -math.inf else top >= _HELD_ALONE
            ):
                weighed = _LineVerdict(top, reading.words)
            elif reading.held > -math.inf or top > other:
                weighed = _held_back(reading, originals)
        out.append((encoding, line, weighed))
    return out


def _held_back(
    reading: _LineVerdict, originals: dict[tuple[int, int], tuple[float, bool, bool]]
) -> _LineVerdict:
    """``reading`` as one that does not win its line: its words a UTF-8 repair also
    explains (as ``originals`` records, see _judge_line) are still scored on their own, as
    those of any reading are, though one of them may have testified for the line (see
    _listed_past_claims)."""
    if reading.verdict == -math.inf and reading.held == -math.inf:
        return reading  # (it won nothing: what it proposes is that already)
    return _LineVerdict(
        -math.inf,
        [
            (ws, we, candidate, None)
            for ws, we, candidate, _delta in reading.words
            if (ws, we) in originals and not originals[ws, we][2]
        ],
    )


def _inside_plain_word(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is small letters (or letters of a script without
    case) glued to more letters of a word that reads as clean text (see _reads_plainly): no
    UTF-8 run to score.

    cp866 shows the lead byte of every three-byte UTF-8 sequence as a small letter (р–я) and
    a quarter of the bytes after it as small letters too (а–п): Russian "тел" of "телефон" is
    "⥫" as cp866 shows it, and a page of Russian holds hundreds of such runs. Mojibake's small
    letters come with a tell (a capital, a symbol) or stand apart from the words around them:
    "âžœ" of "Nextâžœ" is scored, and so is a word that is a run from end to end ("так").
    cp874, cp1256 and cp1255 do the same to Thai, Arabic and Hebrew, whose letters have no
    case. (A trailing space of a lossy run may be a lost no-break space: "лі " of "далі "; cp1256
    shows the bytes after the lead bytes of Arabic letters as letters, and some as the Arabic
    comma, semicolon and question mark that follow words: "ة،" of "القديمة،".)
    """
    run = text[start:end].rstrip(_AFTER_OWN_LETTERS)
    if not (run and all(map(_uncapital, run))):
        return False
    end = start + len(run)
    # (No further than _REACH letters either way: Thai writes no space between words, and a
    # line of letters would be walked again for each of its runs.)
    word_start, word_end = start, end
    first, last = max(0, start - _REACH), min(len(text), end + _REACH)
    while word_start > first and _in_word(text[word_start - 1]):
        word_start -= 1
    while word_end < last and _in_word(text[word_end]):
        word_end += 1
    return (word_start < start or word_end > end) and _reads_plainly(text[word_start:word_end])


#: What may follow a word's own letters in a run (see _inside_plain_word).
_AFTER_OWN_LETTERS: Final = " \u060c\u061b\u061f"
#: How many letters before and after a run _inside_plain_word reads with it.
_REACH: Final = 24


def _uncapital(c: str) -> bool:
    """Whether ``c`` is a small letter, a letter of a script without case (Thai, Arabic,
    Hebrew) or a combining mark: no capital, which would tell mojibake inside a word."""
    info = char_info(c)
    return info.kind in (Kind.LETTER, Kind.MARK) and not info.upper


def _in_word(c: str) -> bool:
    """Whether ``c`` is a letter or a combining mark (Thai vowels, Arabic vowel signs)."""
    return c.isalpha() or char_info(c).kind == Kind.MARK


def _scripts_read(text: str, words: list[tuple[int, int, Candidate, float | None]]) -> set[str]:
    """The scripts of the letters a legacy reading's ``words`` change ``text``'s characters
    into."""
    return {
        char_info(b).script
        for start, end, legacy, _delta in words
        for a, b in zip(text[start:end], legacy.text, strict=False)
        if a != b and b.isalpha()
    }


def _recased_runs(text: str, codecs: tuple[str, ...]) -> list[tuple[int, int, Candidate]]:
    """Readings of UTF-8 runs that were lower-cased after they were misread (see
    recased_candidates: "cafã©" is "café"), in lines with no capital letter at all.

    A run is read only where every character of its word is one the codepage shows, and not
    where it is part of a longer run that is UTF-8 as it stands ("ąø\x81" of Thai "ก" shown
    by cp1257 holds "ø\x81", no lower-cased "Ø\x81").
    """
    out: list[tuple[int, int, Candidate]] = []
    recased = tuple(filter(recasable, codecs))
    if not recased:
        return out
    # (A line where no codec's pattern can match is left at once: one search, not one each;
    # and a text where none can, at once, with no line looked at.)
    any_run = recase_prefilter(recased)
    if not any_run.search(text):
        return out
    lines = [
        m
        for m in _LINE.finditer(text)
        if not m.group().isascii()
        and m.group().lower() == m.group()
        and any_run.search(text, m.start(), m.end())
    ]
    if not lines:
        return out
    for codec in recased:
        pattern = recase_pattern(codec)
        table = single_byte(codec)
        high = legacy_pattern(codec, False)
        for line in lines:
            if not pattern.search(text, line.start(), line.end()):
                continue
            found: list[tuple[int, int, Candidate]] = []
            for word in _NON_SPACE.finditer(text, line.start(), line.end()):
                if not pattern.search(text, word.start(), word.end()) or any(
                    ord(c) not in table.encode for c in word.group()
                ):
                    continue
                for run in high.finditer(text, word.start(), word.end()):
                    if is_utf8(table.to_bytes(run.group())):
                        continue
                    for m in pattern.finditer(text, run.start(), run.end()):
                        for cand in recased_candidates(m.group(), codec):
                            found.append((m.start(), m.end(), cand))
            if found and not _signed_by_cp1252(text, line.start(), line.end(), found, pattern):
                out.extend(found)
    return out


def _signed_by_cp1252(
    text: str,
    start: int,
    end: int,
    found: list[tuple[int, int, Candidate]],
    pattern: re.Pattern[str],
) -> bool:
    """Whether a line's lower-cased readings (``found``) are rather cp1252 text shown by
    Latin-1, its C1 controls signs after letters: where the line holds a letter beyond ASCII
    that no run of lower-cased mojibake holds ("yhtenä\x99" beside "ylöspäin" is
    "yhtenä™", no "yhtenę"), or its one reading is one character at the end of a word whose
    C1 control cp1252 reads as a sign words end with ("porqué\x97" is "porqué—", no
    "porquɗ"; see _C1_CLOSERS)."""
    if _LETTER_BEYOND_ASCII.search(pattern.sub(" ", text[start:end])):
        return True
    spans = {(s, e) for s, e, _cand in found}
    if len(spans) != 1:
        return False
    ((s, e),) = spans
    return (
        e - s == 2
        and text[s - 1 : s].isalpha()
        and not text[e : e + 1].isalpha()
        and C1_RUN.fullmatch(text[e - 1]) is not None
        and decode_c1(text[e - 1]) in _C1_CLOSERS
    )


_LINE: Final = re.compile(r"[^\n]+")
#: A letter beyond ASCII (see _signed_by_cp1252).
_LETTER_BEYOND_ASCII: Final = re.compile(r"(?![\x00-\x7f])[^\W\d_]")
#: A word, as far as lower-cased mojibake goes: what lies between ASCII white space (a
#: no-break space or NEL is a byte of it: "Ã\xa0" is "à", "Ù\x85" Arabic "م").
_NON_SPACE: Final = re.compile(r"[^ \t\n\r\f\v]+")


def _unique_guesses(text: str, proposals: list[_Proposal]) -> list[_Proposal]:
    """Keep the guesses of a byte lost as U+FFFD only where one reads clearly best.

    U+FFFD says itself that a byte was lost, so it is filled in only where that is safe:
    where the guesses are letters, the letter model must prefer one with the line's other
    words ("SlovenÄ�ina" is "Slovenčina"; "българ�ки" may be "български" or "българяки" to
    it, so the U+FFFD stays), elsewhere the scorer must prefer one by a margin. A "?" says
    nothing of itself: it is guessed as the letter model prefers, where the guesses are
    letters ("ÐŸÐµÑ‚Ñ?" is "Петя", not "Петс", which the scorer likes as well), and
    elsewhere as the scorer likes best; and so is a byte dropped inside a word (see
    _dropped_inside). (A lost no-break space's guess is left to the scorer and
    _join_listed_words.)
    """
    guesses: dict[tuple[int, int], list[_Proposal]] = {}
    for p in proposals:
        if p.cand.guessed and (
            p.cand.dropped or any(c in "?\ufffd" for c in text[p.start : p.end])
        ):
            guesses.setdefault((p.start, p.end), []).append(p)
    dropped: set[int] = set()
    listed: dict[int, _Proposal] = {}
    fixed = _Spans()
    reads: list[tuple[int, int, str]] = []
    if any(len(group) > 1 for group in guesses.values()):
        # (How the words around each place read: asked only where there is a choice.)
        best = _best_reads(proposals)
        reads = [(p.start, p.end, p.after) for p in best]
        for q in best:
            fixed.add(q)
        joint = _guess_words_jointly(text, guesses, reads)
        for key, guess in joint.items():
            listed[id(guess)] = guess.vouched()
            dropped.update(id(p) for p in guesses.pop(key) if p is not guess)
        for p in proposals if joint else ():
            # (A repair of the word that keeps U+FFFD there keeps the guesses instead.)
            if not p.cand.guessed and "\ufffd" in p.after:
                filled = _guesses_filled(text, p, joint)
                if filled is not None:
                    listed[id(p)] = filled
    for (start, end), group in guesses.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda p: -p.delta)
        keep = _guess_by_brackets(text, group)
        if keep is None:
            keep = _guess_by_words(text, start, end, group, reads, fixed)
        if keep is not None:
            # (The word it makes vouches for it.)
            listed[id(keep)] = keep.vouched()
        else:
            keep = _guess_by_pairs(text, group, fixed)
        if keep is None:
            keep = _guess_by_letters(text, start, end, group, reads, fixed)
        if keep is None:
            keep = _guess_by_triples(
                text, group, fixed, _TRIPLE_LEAD_MARKED if "\ufffd" in text[start:end] else 1
            )
        if keep is None and "\ufffd" not in text[start:end]:
            # (The scorer's choice for a "?", but of the guesses it likes alike, the mark
            # text writes most: see _guess_by_marks.)
            marked = _guess_by_marks(group)
            if marked is None:
                marked = _guess_by_frequency(group)
            if marked is None and all(p.cand.dropped for p in group):
                marked = _guess_by_spelling(text, start, end, group, fixed)
            if marked is not None:
                dropped.update(id(p) for p in marked[1])
            continue
        if keep is None and "\ufffd" in text[start:end]:
            keep = _guess_by_signs(text, group, fixed)
            if keep is not None:
                listed[id(keep)] = keep.vouched()  # (see _guess_by_signs)
        if keep is None and group[0].delta - group[1].delta >= _GUESS_MARGIN:
            keep = group[0]
        dropped.update(id(p) for p in group if p is not keep)
    if not dropped:
        return proposals
    return [listed.get(id(p), p) for p in proposals if id(p) not in dropped]


#: The most ways the lost bytes of one word may be guessed together (see
#: _guess_words_jointly): three bytes of five guesses each.
_JOINT_MOST: Final = 125
#: How many bits the letter model must prefer one way of guessing them to the next by: more
#: than one place's guess needs (_GUESS_BITS), as the ways are many. Where it had only one
#: bit, it chose Belarusian "малагасійскас" over "малагасійская" (its lost bytes "с", "я"
#: and "я"), and Erzya "Азиссь" over "Азиясь"; "переносится" leads "переноситсс" by four.
_JOINT_GUESS_BITS: Final = 2.0


def _guess_words_jointly(
    text: str, guesses: dict[tuple[int, int], list[_Proposal]], reads: list[tuple[int, int, str]]
) -> dict[tuple[int, int], _Proposal]:
    """The guess to keep at each place (by start and end) of a word that lost more than one
    byte, or that a sign glues to more than spaces bound ("Бур�т.)"), where one way of
    guessing its lost bytes together, of one misread, makes it the one word the word list
    holds in a language the line may be in (see _word_told), or else the word the letter
    model prefers by far (see _way_by_letters).

    One place at a time (_guess_by_words, _guess_by_letters), each lost byte of such a word
    is read beside the others as they stand, or with the signs spaces bound, and makes no
    word: Russian "переносится" shown by cp1252, its lost bytes U+FFFD, is "перено�ит��"
    ("с" and "я" are D1 81 and D1 8F). A word of guesses that are not all letters, or of
    more ways than _JOINT_MOST, or of bytes dropped without a trace, is left to those."""
    tokens: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for key in guesses:
        tokens.setdefault(_token_at(text, *key), []).append(key)
    starts = [r[0] for r in reads]
    kept: dict[tuple[int, int], _Proposal] = {}
    for (ts, te), keys in tokens.items():
        # Each word of the token, by its places, and what each way of guessing it makes.
        ways: dict[tuple[tuple[int, int], ...], dict[str, tuple[float, list[_Proposal]]]] = {}
        for chain in {p.chain for key in keys for p in guesses[key]}:
            for places, made in _joint_words(text, ts, te, keys, guesses, chain):
                word_ways = ways.setdefault(places, {})
                for word, (delta, chosen) in made.items():
                    if word not in word_ways or delta > word_ways[word][0]:
                        word_ways[word] = (delta, chosen)
        if not ways:
            continue
        line_start, line_end = _model_window(text, ts, te)
        context = _context_read(text, line_start, line_end, ts, reads, starts)
        told = told_languages(context)
        for made in ways.values():
            listed = _word_told(list(made), told)
            way = made[listed][1] if listed is not None else _way_by_letters(made, context)
            for p in way or ():
                kept[p.start, p.end] = p
    return kept


def _way_by_letters(
    made: dict[str, tuple[float, list[_Proposal]]], context: list[str]
) -> list[_Proposal] | None:
    """Of the ways of guessing a word (by the word each makes), the one whose word, cased as
    a word (the model reads words case-folded: "SimoniĘ" is no guess), the letter model
    prefers by _JOINT_GUESS_BITS, with the line's other words (``context``), as
    _guess_by_letters asks of one place's guesses; None where it prefers none so."""
    cased = [word for word in made if cased_as_a_word(word)]
    if len(cased) < 2 or any(blind_to(word) for word in cased):
        return None
    ranked = sorted(cased, key=lambda word: letter_cost([*context, word]))
    fit = compare(context, [ranked[1]], [ranked[0]])
    if fit.gain >= _JOINT_GUESS_BITS and fit.per_pair <= _GUESS_PER_PAIR:
        return made[ranked[0]][1]
    return None


def _guesses_filled(
    text: str, p: _Proposal, guessed: dict[tuple[int, int], _Proposal]
) -> _Proposal | None:
    """``p``, a repair that keeps U+FFFD for lost bytes, with those of the places
    ``guessed`` within its span filled in as guessed there (lossy and guessed, scored as
    ``p`` was); None where no place is within it, or its misread does not read so."""
    inside = [(a, b) for a, b in sorted(guessed) if p.start <= a and b <= p.end]
    if not inside or any(guessed[key].chain != p.chain for key in inside):
        return None
    pieces, kept = [], []
    pos = p.start
    for a, b in inside:
        between = _misread_undone(text[pos:a], p.chain)
        if between is None:
            return None
        pieces += [between, guessed[a, b].after]
        kept += [between, "\ufffd" * len(guessed[a, b].after)]
        pos = b
    rest = _misread_undone(text[pos : p.end], p.chain)
    if rest is None or "".join([*kept, rest]) != p.after:
        return None
    cand = Candidate("".join([*pieces, rest]), p.chain, True, True, p.cand.evidence, p.cand.dropped)
    return _Proposal(p.start, p.end, cand, p.delta, p.chains, False, p.whole_text, p.preferred)


def _token_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of what spaces bound around ``text[start:end]`` (at most _WORD_MAX
    characters each side)."""
    ts, te = start, end
    while ts > 0 and start - ts < _WORD_MAX and not text[ts - 1].isspace():
        ts -= 1
    while te < len(text) and te - end < _WORD_MAX and not text[te].isspace():
        te += 1
    return ts, te


def _joint_words(
    text: str,
    ts: int,
    te: int,
    keys: list[tuple[int, int]],
    guesses: dict[tuple[int, int], list[_Proposal]],
    chain: tuple[Misread, ...],
) -> Iterator[tuple[tuple[tuple[int, int], ...], dict[str, tuple[float, list[_Proposal]]]]]:
    """For each word of the token ``text[ts:te]`` that holds places of ``keys`` guessed by
    ``chain``'s misread, its places, and each word (case-folded) a way of guessing them
    makes (one of each case-folded word: the way with the greatest deltas; see
    _guess_words_jointly); none where the places overlap, or a guess is not letters."""
    options: dict[tuple[int, int], list[_Proposal]] = {}
    for key in sorted(keys):
        seen: dict[str, _Proposal] = {}
        for p in sorted(guesses[key], key=lambda p: -p.delta):
            if p.chain == chain and (p.cand.dropped or not p.after):
                return  # (a byte dropped without a trace: see _guess_by_spelling)
            if p.chain == chain and all(_in_word(c) for c in p.after):
                seen.setdefault(p.after, p)
            elif p.chain == chain:
                return
        if seen:
            options[key] = list(seen.values())
    places = sorted(options)
    if not places or any(a[1] > b[0] for a, b in itertools.pairwise(places)):
        return
    between = _undone_between(text, ts, te, places, chain)
    if between is None:
        return
    probe = {key: options[key][0] for key in places}
    # (Which places share a word: guesses are letters, so the same whichever is taken.)
    for word_places, (_, whole) in _words_of_places(between, places, probe).items():
        if len(word_places) < 2 and whole:
            continue  # (a word of its own, with one place: see _guess_by_words)
        choices = [options[key] for key in word_places]
        if math.prod(map(len, choices)) > _JOINT_MOST:
            continue
        made: dict[str, tuple[float, list[_Proposal], str]] = {}
        for way in itertools.product(*choices):
            chosen = dict(probe)
            chosen.update(zip(word_places, way, strict=True))
            word = _words_of_places(between, places, chosen)[word_places][0]
            delta = sum(p.delta for p in way)
            folded = word.casefold()
            if folded not in made or delta > made[folded][0]:
                made[folded] = (delta, list(way), word)
        yield word_places, {word: (delta, way) for delta, way, word in made.values()}


def _misread_undone(span: str, chain: tuple[Misread, ...]) -> str | None:
    """``span`` with ``chain``'s misread undone, where it is one misread that a single-byte
    codepage shows; None where it is not, or the span is no such misread."""
    if len(chain) != 1 or chain[0].read_as not in SINGLE_BYTE:
        return None
    return _as_utf8_shown_by(span, chain[0].read_as, chain[0].encoding)


def _undone_between(
    text: str, ts: int, te: int, places: list[tuple[int, int]], chain: tuple[Misread, ...]
) -> list[str] | None:
    """The pieces of the token ``text[ts:te]`` before, between and after ``places`` (sorted,
    apart), each undone as ``chain``'s one misread undoes it; None where it does not."""
    pieces = []
    pos = ts
    for a, b in [*places, (te, te)]:
        piece = _misread_undone(text[pos:a], chain)
        if piece is None:
            return None
        pieces.append(piece)
        pos = b
    return pieces


def _words_of_places(
    between: list[str], places: list[tuple[int, int]], chosen: dict[tuple[int, int], _Proposal]
) -> dict[tuple[tuple[int, int], ...], tuple[str, bool]]:
    """A token read as its pieces ``between`` its ``places`` (see _undone_between) with the
    guesses ``chosen`` there: each word (run of letters and marks) that holds a place, by
    its places, and whether it is all the token holds."""
    out: list[str] = []
    marks: list[tuple[int, tuple[int, int]]] = []  # (where each guess starts in the reading)
    size = 0
    for piece, place in zip(between, [*places, None], strict=True):
        out.append(piece)
        size += len(piece)
        if place is not None:
            after = chosen[place].after
            marks.append((size, place))
            out.append(after)
            size += len(after)
    reading = "".join(out)
    words: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for at, key in marks:
        start = end = at
        while start > 0 and _in_word(reading[start - 1]):
            start -= 1
        while end < len(reading) and _in_word(reading[end]):
            end += 1
        words.setdefault((start, end), []).append(key)
    return {
        tuple(keys): (reading[start:end], end - start == len(reading))
        for (start, end), keys in words.items()
    }


#: The marks of CJK punctuation whose UTF-8 ends in a byte cp1252 leaves undefined (E3 80
#: 81, 8D, 8F, 90, 9D): the comma, two closing quotes, an opening bracket and the rare
#: opening double prime, which the scorer prices alike.
_IDEOGRAPHIC_MARKS: Final = "、」』【〝"
#: The closing quotes of those, each with its opening half, which no byte is lost of.
_QUOTES: Final = (("」", "「"), ("』", "『"))
#: What stands for a mark of punctuation that lost its byte (see _shown_marks) in the text
#: around a guess.
_LOST_MARK: Final = "\x00"


def _guess_by_brackets(text: str, group: list[_Proposal]) -> _Proposal | None:
    """Of guesses that differ only in which of _IDEOGRAPHIC_MARKS (or _QUOTE_MARKS) they
    make at each place (``group``), the one the line around them tells (see
    _ideographic_mark and _quote_mark); None where they are no such guesses, or the line
    does not tell.

    "ã€?" is "、", "」", "』", "【" or "〝" to UTF-8 shown by cp1252 and the scorer alike;
    but a quote opened before it and not closed after it is closed by it, a bracket closed
    after it and not opened before it ("【重要】") is opened by it, and the comma is the
    mark text writes far the most. So "â€?" after "â€œ" is "”", not a joiner or U+2001,
    wherever the scorer would take those for a sign between letters ("使用“git”命令")."""
    first = group[0]
    if len(first.chain) != 1 or first.chain[0].encoding != "utf-8":
        return None
    read_as = first.chain[0].read_as
    if read_as not in SINGLE_BYTE:
        return None
    rule = _mark_places([p.after for p in group])
    if rule is None:
        return None
    line_start, line_end = _line_bounds(text, first.start, first.end)
    before = _marks_shown(text[line_start : first.start], read_as)
    beyond = _marks_shown(text[first.end : line_end], read_as)
    wanted = _marks_told(first.after, *rule, before, beyond)
    return next((p for p in group if p.after == wanted), None)


def _mark_places(guesses: list[str]) -> tuple[list[int], Callable[[str, str], str]] | None:
    """Where ``guesses`` of the same length differ (each place), and the rule of
    _LOST_MARK_RULES that tells which mark each place is, where each place is one of that
    rule's marks in some guess or other; None where they differ otherwise."""
    first = guesses[0]
    if any(len(g) != len(first) for g in guesses):
        return None
    places = [i for i in range(len(first)) if any(g[i] != first[i] for g in guesses)]
    if not places:
        return None
    for marks, tell in _LOST_MARK_RULES:
        if all(marks <= {g[i] for g in guesses} for i in places):
            return places, tell
    return None


def _marks_told(
    guess: str, places: list[int], tell: Callable[[str, str], str], before: str, beyond: str
) -> str:
    """``guess`` with the mark at each of ``places`` the one ``tell`` tells between what
    comes ``before`` and ``beyond`` it (marks read back, see _marks_shown), place by place,
    the places not yet told standing as _LOST_MARK; "" where one is not told."""
    told = list(guess)
    for i in places:
        told[i] = _LOST_MARK
    for i in places:
        mark = tell(before + "".join(told[:i]), "".join(told[i + 1 :]) + beyond)
        if not mark:
            return ""
        told[i] = mark
    return "".join(told)


def _ideographic_mark(before: str, after: str) -> str:
    """Which of _IDEOGRAPHIC_MARKS a lost byte was, between ``before`` and ``after`` (where
    _LOST_MARK stands for others that lost theirs): the closing quote of a quote opened
    before it and not closed after it, the opening bracket of one closed after it and not
    opened before it, else the comma; "" where another lost one may have closed the quote
    instead ("「はい、そうです」" that lost both)."""
    for closing, opening in _QUOTES:
        opened = before.rfind(opening)
        if opened < 0 or closing in before[opened:] or closing in after:
            continue
        return "" if _LOST_MARK in before[opened:] or _LOST_MARK in after else closing
    halves = [c for c in after if c in "【】"]
    return "【" if halves[:1] == ["】"] else "、"


def _quote_mark(before: str, after: str) -> str:
    """Which of _QUOTE_MARKS a lost byte was, between ``before`` and ``after`` (see
    _ideographic_mark): the closing quote of a quote opened before it and not closed after
    it, where no other lost one may close it; else "" (a joiner between emoji, say)."""
    opened = before.rfind("“")
    if opened < 0 or "”" in before[opened:] or "”" in after:
        return ""
    return "" if _LOST_MARK in before[opened:] or _LOST_MARK in after else "”"


#: The marks of general punctuation whose UTF-8 ends in a byte cp1252 leaves undefined (E2
#: 80 81, 8D, 8F, 90, 9D): the closing quote, and U+2001, the joiner, the right-to-left
#: mark and the hyphen, which are no closing quote.
_QUOTE_MARKS: Final = "\u2001\u200d\u200f\u2010”"
#: Each set of marks one lost byte may leave to choose from, with what tells which it was.
_LOST_MARK_RULES: Final = (
    (frozenset(_IDEOGRAPHIC_MARKS), _ideographic_mark),
    (frozenset(_QUOTE_MARKS), _quote_mark),
)


@lru_cache(maxsize=64)
def _shown_marks(read_as: str) -> tuple[tuple[str, str], ...]:
    """How ``read_as`` shows each mark whose UTF-8 begins E2 80 (general punctuation,
    U+2000-U+203F) or E3 80 (CJK punctuation, U+3000-U+303F), where it shows all three
    bytes, with the mark; and last, what it shows of their first two bytes, with
    _LOST_MARK."""
    table = single_byte(read_as)
    shown = []
    lost = []
    for block in _MARK_BLOCKS:
        for code in range(block, block + 0x40):
            data = chr(code).encode("utf-8")
            if not any(b in table.undefined for b in data):
                shown.append((table.read(data), chr(code)))
        lost.append((table.read(chr(block).encode("utf-8")[:2]), _LOST_MARK))
    return (*shown, *lost)


#: The blocks of punctuation _shown_marks reads back.
_MARK_BLOCKS: Final = (0x2000, 0x3000)


def _marks_shown(text: str, read_as: str) -> str:
    """``text`` with the marks UTF-8 shown by ``read_as`` shows read back (see
    _shown_marks), and what is left of those that lost a byte as _LOST_MARK."""
    for shown, mark in _shown_marks(read_as):
        text = text.replace(shown, mark)
    return text


def _guess_by_signs(text: str, group: list[_Proposal], fixed: _Spans) -> _Proposal | None:
    """Of guesses that differ in punctuation or signs only (``group`` sorted best first),
    the one the scorer likes best by _SIGN_MARGIN with the repairs around it made (``fixed``);
    None where there is no such one.

    A lost byte of "”" (E2 80 9D) may as well have been U+2001, a joiner, a mark of direction
    or "‐", which text writes far less often and the scorer prices so; but a joiner between
    emoji is read as one only once the emoji beside it are repaired. The guess so taken
    vouches for itself, as a listed word does: "golden.â€�" is a repair on its own.
    """
    start, end = group[0].start, group[0].end
    if any(q.start < start or q.end > end for q in fixed.overlapping(start, end)):
        return None  # (a wider repair reads the characters beside it another way)
    head, tail = _common_ends_of(group)
    if any(
        unicodedata.category(c)[0] in "LM" and not _SELECTORS[0] <= c <= _SELECTORS[1]
        for p in group
        for c in p.after[head : len(p.after) - tail]
    ):
        return None
    scored = []
    for p in group:
        delta = _score(text, p.start, p.end, p.cand, fixed)
        if delta is not None:
            scored.append((delta, p))
    if len(scored) < 2:
        return None
    scored.sort(key=lambda pair: -pair[0])
    (best, keep), (second, _) = scored[0], scored[1]
    return keep if best - second >= _SIGN_MARGIN else None


def _guess_by_pairs(text: str, group: list[_Proposal], fixed: _Spans) -> _Proposal | None:
    """Of guesses where one at least differs from the others in Chinese, Japanese or Korean
    characters only, the one whose characters make pairs, with each other and with the
    characters beside them (as their repairs read, ``fixed``), that Chinese, Japanese and
    Korean words write far the most often (see cjk_pair_level and CJK_PAIR_LEAD); None
    where there is no such one. ("å¤?ç›®" lost the last byte of "夏" to a "?": "夁", "复",
    "夏", "夐" or "夝" before "目", and "夏目" is the pair words write. Particles are words
    of their own, so "石の" is no pair words write; but "の" is a character text writes, and
    "㍮" none.)"""
    head, tail = _common_ends_of(group)
    middles = [p.after[head : len(p.after) - tail] for p in group]
    if any(not m for m in middles) or not any(
        all(char_info(c).script == "CJK" for c in m) for m in middles
    ):
        return None
    first = group[0]
    skip = fixed.overlapping(first.start, first.end)
    near_left, near_right = _misread_beside(text, first)
    left = (
        first.after[head - 1] if head else near_left or fixed.fixed_left(text, first.start, 1, skip)
    )
    right = (
        first.after[len(first.after) - tail]
        if tail
        else near_right or fixed.fixed_right(text, first.end, 1, skip)
    )
    levels = []
    for m in middles:
        written = left + m + right
        pairs = sum(cjk_pair_level(written[k : k + 2]) for k in range(len(written) - 1))
        # A character no frequency list holds is rarer still than a pair a lead rarer.
        levels.append(pairs - CJK_PAIR_LEAD * sum(1 for c in m if cjk_rank(c) is None))
    order = sorted(range(len(group)), key=lambda i: -levels[i])
    if levels[order[0]] >= levels[order[1]] + CJK_PAIR_LEAD:
        return group[order[0]]
    return None


def _guess_by_triples(
    text: str, group: list[_Proposal], fixed: _Spans, lead: int
) -> _Proposal | None:
    """Of guesses that differ from the scorer's choice (``group`` sorted best first) only in
    characters of Hindi's, Bengali's or Tamil's script, the one whose characters their
    words write far the most often between the characters beside them (by ``lead`` levels
    of data/indic_triples.txt, each twice as frequent as the one below, summed over the
    characters guessed); None where there is no such one.

    UTF-8 of Indic text shown by cp1252 loses the last byte of the virama ("्", E0 A5 8D)
    and of the vowel sign "u" ("ु", E0 A5 81) alike, and of the letters "e" and "ai"; the
    mark text writes most (see _guess_by_marks) is wrong in 15-30 % of them. The characters
    beside it tell far better: "प्र" is a conjunct words write eight times as often as
    "पुर", and "दुल" one they write where "द्ल" is none. (Over every virama and vowel sign
    "u" in the Hindi, Bengali and Tamil of this machine's gettext catalogs, a lead of 4
    levels decides 60-80 % of them and is right in 94-98 % of those; in Marathi and Nepali,
    which the Hindi words stand for, in 89 %.)
    """
    first = group[0].after
    chosen = [p for p in group if len(p.after) == len(first)]  # (not other readings)
    guessed = sorted(
        {i for p in chosen for i, (a, b) in enumerate(zip(first, p.after, strict=True)) if a != b}
    )
    if len(chosen) < 2 or not guessed:
        return None
    script = char_info(first[guessed[0]]).script
    if script not in INDIC_TRIPLE_SCRIPTS or any(
        char_info(first[i]).script != script for i in guessed
    ):
        return None
    # (A guess of a code point the script leaves unassigned is no rival.)
    chosen = [p for p in chosen if all(char_info(p.after[i]).script == script for i in guessed)]
    if len(chosen) < 2:
        return None
    start, end = group[0].start, group[0].end
    skip = fixed.overlapping(start, end)
    near_left, near_right = _misread_beside(text, group[0])
    outside = (
        near_left or fixed.fixed_left(text, start, 1, skip),
        near_right or fixed.fixed_right(text, end, 1, skip),
    )
    # (What is no character of the script, as a space or "-", ends the word.)
    left, right = (c if c and char_info(c).script == script else "_" for c in outside)
    levels = []
    for k, p in enumerate(chosen):
        written = left + p.after + right
        levels.append((sum(indic_triple_level(written[i : i + 3]) for i in guessed), k))
    levels.sort(reverse=True)
    (best, k), (second, _) = levels[0], levels[1]
    return chosen[k] if best >= second + lead else None


def _misread_beside(text: str, p: _Proposal) -> tuple[str, str]:
    """The characters just before and after ``p``'s span, where they are whole UTF-8
    characters shown by the single-byte codepage ``p`` undoes ("" where not): a line of
    Chinese shown by cp1252 is one long run, whose best repair may overlap ``p``."""
    if len(p.chain) != 1 or p.chain[0].encoding != "utf-8" or p.chain[0].read_as not in SINGLE_BYTE:
        return "", ""
    table = single_byte(p.chain[0].read_as)
    before = table.bytes_of(text[max(0, p.start - 4) : p.start]) or b""
    after = table.bytes_of(text[p.end : p.end + 4]) or b""
    left = right = ""
    for n in range(1, min(4, len(before)) + 1):
        try:
            left = before[-n:].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    for n in range(1, min(4, len(after)) + 1):
        try:
            right = after[:n].decode("utf-8")
            break
        except UnicodeDecodeError:
            continue
    return left, right


def _common_ends_of(group: list[_Proposal]) -> tuple[int, int]:
    """How many characters every repair of ``group`` shares at its start, and at its end."""
    first = group[0].after
    head = min(_common_ends(first, p.after)[0] for p in group[1:])
    tail = min(_common_ends(first[head:], p.after[head:])[1] for p in group[1:])
    return head, tail


def _guess_by_frequency(group: list[_Proposal]) -> tuple[_Proposal, list[_Proposal]] | None:
    """Of the guesses the scorer likes best, all alike (``group`` sorted best first), those
    that differ from one another in one Chinese, Japanese or Korean character: the one whose
    character text writes most (see cjk_rank), and the others; None where there is no such
    one. (The scorer prices "원" and "웁" alike; Korean writes the first far more often.)
    Characters are ranked in the language the repair's own characters tell, where they
    tell one (see east_asian_language): "封装" in simplified Chinese, whose "数据" tell it,
    not the traditional "對装"."""
    ranked = []
    language = east_asian_language(group[0].after)
    for middle, p in _tied_middles(group):
        if len(middle) != 1 or char_info(middle).script != "CJK":
            return None
        ranked.append((cjk_rank_in(middle, language) or CJK_UNRANKED, p))
    if len(ranked) < 2:
        return None
    ranked.sort(key=lambda item: item[0])
    if ranked[0][0] == ranked[1][0]:
        return None
    return ranked[0][1], [p for _, p in ranked[1:]]


def _tied_middles(group: list[_Proposal]) -> list[tuple[str, _Proposal]]:
    """The guesses of ``group`` (sorted best first) the scorer likes as well as the first,
    each with what it writes where they differ (none where fewer than two are so liked)."""
    tied = [p for p in group if p.delta == group[0].delta]
    if len(tied) < 2:
        return []
    head, tail = _common_ends_of(tied)
    return [(p.after[head : len(p.after) - tail], p) for p in tied]


def _guess_by_spelling(
    text: str, start: int, end: int, group: list[_Proposal], fixed: _Spans
) -> tuple[_Proposal, list[_Proposal]] | None:
    """Of the guesses of a dropped byte the scorer likes best, all alike (``group`` sorted
    best first), the letter that makes its word cheapest to the letter model, read as the
    repairs around it read (``fixed``), and the others; None where none is cheapest.

    The scorer prices the capitals of one alphabet alike, and a byte dropped from "А" (D0
    90) is as well "Ё", "Н" or "Џ" to it ("ÐÑ€Ñ‚Ð¸Ð¼" is "Артим"); the letter model tells
    them apart even where it is not sure enough to overrule the scorer (_guess_by_letters),
    and is no worse than the bytes' order on a tie.
    """
    tied = [(middle, p) for middle, p in _tied_middles(group) if middle.isalpha()]
    if len(tied) < 2 or any(blind_to(middle) for middle, _ in tied):
        return None
    head, tail = _word_read_around(text, start, end, fixed)
    ranked = sorted(
        ((letter_cost([(head + p.after + tail).casefold()]), p) for _, p in tied),
        key=lambda item: item[0],
    )
    if ranked[0][0] + _SPELLING_LEAD > ranked[1][0]:
        return None
    return ranked[0][1], [p for _, p in ranked[1:]]


#: How many bits cheaper _guess_by_spelling's letter must make its word than the next.
_SPELLING_LEAD: Final = 1.0


def _guess_by_marks(group: list[_Proposal]) -> tuple[_Proposal, list[_Proposal]] | None:
    """Of the guesses the scorer likes best, all alike (``group`` sorted best first), those
    that differ from one another in one combining mark: the one whose mark text writes far
    the most (see mark_count), and the others; None where there is no such one.

    The scorer and the letter model price no combining mark above another, and UTF-8 of
    Indic text shown by cp1252 loses the last byte of the virama ("्", E0 A5 8D) and of
    the vowel sign "ु" (E0 A5 81) alike, as cp1252 leaves both undefined: "मल्होत्रा" is
    "मलुहोतुरा" when guessed by byte order, though every Indic script writes its virama
    far more often. Guesses of other characters stay as they were (a letter against a
    mark: the marks say nothing of it).
    """
    marks = []
    for middle, p in _tied_middles(group):
        if len(middle) == 1 and unicodedata.category(middle) in ("Mn", "Mc"):
            marks.append((mark_count(middle), p))
    if len(marks) < 2:
        return None
    marks.sort(key=lambda counted: -counted[0])
    (most, best), (second, _) = marks[0], marks[1]
    if most < _MARK_LEAD * max(second, 1):
        return None
    return best, [p for _, p in marks[1:]]


def _guess_by_words(
    text: str,
    start: int,
    end: int,
    group: list[_Proposal],
    reads: list[tuple[int, int, str]],
    fixed: _Spans,
) -> _Proposal | None:
    """The one guess that makes its word a word the word list holds (common or known) in a
    language the line may be in, where each other guess makes it none such; None if none or
    more than one does.

    The letter model prices "българяки" about as well as "български", and the Ukrainian
    "поляки" better than the Bulgarian "полски"; the list knows the words, and the line's
    letters its language. Where they do not tell a language, any language's word will do:
    a short line of names is seldom all in the list ("финикийски" is in none). The rest of
    the word is read as its best repairs read it (``fixed``): "PÅ˜Ã?LIÅ\xa0" is "PŘ?LIŠ".
    """
    line_start, line_end = _model_window(text, start, end)
    head, tail = _word_read_around(text, start, end, fixed)
    words: dict[str, tuple[str, _Proposal]] = {}  # (by the word case-folded: the word, its guess)
    for p in group:
        word = head + p.after + tail
        words.setdefault(word.casefold(), (word, p))
    if len(words) < 2:
        return None
    told: frozenset[str] | None = None
    asked = False
    found = None
    for word, p in words.values():
        # (Not case-folded first: "Hßgensen" would lose its run beyond ASCII to "hssgensen".)
        langs = languages_of(word, deep=True)
        if not langs:
            continue
        if not asked:
            starts = [r[0] for r in reads]
            told = told_languages(_context_read(text, line_start, line_end, start, reads, starts))
            asked = True
        if told is None or langs & told:
            if found is not None:
                return None
            found = p
    return found


def _word_read_around(text: str, start: int, end: int, fixed: _Spans) -> tuple[str, str]:
    """What the word holding ``text[start:end]`` has before and after it, read as the
    repairs in ``fixed`` read it (but those that overlap the span)."""
    skip = fixed.overlapping(start, end)
    left = fixed.fixed_left(text, start, _WORD_MAX, skip)
    right = fixed.fixed_right(text, end, _WORD_MAX, skip)
    cut = max(left.rfind(c) for c in " \t\n\r")
    head = left[cut + 1 :]
    ends = [i for i in (right.find(c) for c in " \t\n\r") if i >= 0]
    return head, right[: min(ends)] if ends else right


def _guess_by_letters(
    text: str,
    start: int,
    end: int,
    group: list[_Proposal],
    reads: list[tuple[int, int, str]],
    fixed: _Spans,
) -> _Proposal | None:
    """The guess the letter model prefers (see _GUESS_BITS), with the line's other words, if
    the guesses differ in letters only (None if they do not, or it prefers none so). The
    rest of the word is read as its best repairs read it (``fixed``): the "×?" of
    "×”×©×\xa0×™×?" is "ם" or "א", which the model tells apart only beside "השני"."""
    letters = [p for p in group if _letters_for_letters(p.after, group[0].after)]
    if len(letters) < 2 or any(blind_to(p.after) for p in letters):
        return None
    line_start, line_end = _model_window(text, start, end)
    head, tail = _word_read_around(text, start, end, fixed)
    context = _context_read(text, line_start, line_end, start, reads, [r[0] for r in reads])
    # The model reads words case-folded: of guesses that differ only in case ("č", "Č"), the
    # scorer's choice stands for them, of those read as its best guess is ("Ä?" of
    # "čínština" is cp1252's "č", not cp1257's "Č", where cp1252's "Đ" is the best).
    folded: dict[str, _Proposal] = {}
    for p in sorted(letters, key=lambda p: p.chain != group[0].chain):
        folded.setdefault((head + p.after + tail).casefold(), p)
    if len(folded) < 2:
        return None
    words = {id(p): head + p.after + tail for p in folded.values()}
    ranked = sorted(folded.values(), key=lambda p: letter_cost([*context, words[id(p)]]))
    best, second = ranked[0], ranked[1]
    fit = compare(context, [words[id(second)]], [words[id(best)]])
    if fit.gain >= _GUESS_BITS and fit.per_pair <= _GUESS_PER_PAIR:
        return best
    return None


def _shown_by(text: str, p: _Proposal) -> frozenset[str]:
    """The codepages that could have shown ``p``'s repair, in UTF-8, as the span it repairs;
    none if it undoes anything else."""
    if len(p.chain) != 1 or p.chain[0].encoding != "utf-8" or p.lossy:
        return frozenset()
    return _codepages_showing(text[p.start : p.end], p.after)


@short_key_cache(maxsize=1024)
def _codepages_showing(shown: str, text: str) -> frozenset[str]:
    """The codepages that show ``text``'s UTF-8 bytes as ``shown`` (cached)."""
    data = text.encode("utf-8", "surrogatepass")
    out = []
    for codec in SINGLE_BYTE_CODECS:
        table = single_byte(codec)
        if all(ord(c) in table.encode for c in shown) and table.to_bytes(shown) == data:
            out.append(codec)
    return frozenset(out)


def _best_reads(proposals: list[_Proposal]) -> list[_Proposal]:
    """The best proposal for each span, as far as they do not overlap, by start: how the
    words around a span read once repaired (the whole line may be misread)."""
    taken = _Intervals()
    winners: list[_Proposal] = []
    for p in sorted(proposals, key=lambda p: -p.delta):
        if p.delta > 0 and not taken.overlaps(p.start, p.end):
            taken.add(p.start, p.end)
            winners.append(p)
    winners.sort(key=lambda p: p.start)
    return winners


def _word_around(
    text: str, start: int, end: int, longest: int | None = None
) -> tuple[str, str, int, int]:
    """What the word holding ``text[start:end]`` has before and after it, and the window
    of its line the letter model reads (see _model_window); where the word is longer than
    ``longest``, as much of it as makes it longer (its length is all the caller needs)."""
    line_start, line_end = _model_window(text, start, end)
    most = line_end - line_start if longest is None else longest
    word_start, word_end = start, end
    while word_start > line_start and not text[word_start - 1].isspace():
        word_start -= 1
        if word_end - word_start > most:
            break
    while word_end < line_end and not text[word_end].isspace() and word_end - word_start <= most:
        word_end += 1
    return text[word_start:start], text[end:word_end], line_start, line_end


def _context_read(
    text: str,
    line_start: int,
    line_end: int,
    judged: int,
    reads: list[tuple[int, int, str]],
    starts: list[int],
) -> list[str]:
    """The words of ``text[line_start:line_end]`` but the one at ``judged``, each read as
    ``reads`` (sorted spans and their repairs; ``starts``: their starts) read it."""
    context = []
    for m in _TOKEN.finditer(text, line_start, line_end):
        if m.start() <= judged < m.end() or _CODE.search(m.group()):
            continue  # the word judged, or code (see _CODE)
        word = _read_as(text, m.start(), m.end(), reads, starts)
        if word is not None:
            context.append(word)
    return context


def _letters_for_letters(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ only in letters, one for one."""
    return len(a) == len(b) and all(
        x.isalpha() and y.isalpha() for x, y in zip(a, b, strict=True) if x != y
    )


def _shown_by_line(
    text: str, p: _Proposal, fixed: _Spans, counts: dict[int, tuple[int, Counter[str]]]
) -> frozenset[str] | None:
    """The codepages that show every other chosen UTF-8 repair of ``p``'s line (None where
    it has none): what the line was misread as, where its other damage tells.

    ``counts`` keeps, per line, how many such repairs it holds and how many of them each
    codepage shows, so that a line of many repairs is tallied once."""
    line_start, line_end = _line_bounds(text, p.start, p.end)
    tally = counts.get(line_start)
    if tally is None:
        n, seen = 0, Counter[str]()
        k = bisect_ints_left(fixed.starts, line_start)
        while k < len(fixed.items) and fixed.items[k].start < line_end:
            codepages = _shown_by(text, fixed.items[k])
            if codepages:
                n += 1
                seen.update(codepages)
            k += 1
        tally = counts[line_start] = (n, seen)
    n, seen = tally
    mine = _shown_by(text, p)
    others = n - 1 if mine else n
    if others < 1:
        return None
    return frozenset(c for c, m in seen.items() if m - (c in mine) == others)


def _stands_on_its_own(p: _Proposal) -> bool:
    """Whether a chosen repair is evidence of its misread for others: not one that lost a
    byte, unless at least _EVIDENT_LOSS continuation characters really were there and its
    lost byte was not guessed to have been dropped without a trace."""
    return not p.lossy or (not p.cand.dropped and p.cand.evidence >= _EVIDENT_LOSS)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (before its line break)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _line_at(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends, its line break included."""
    line_start, line_end = _line_bounds(text, start, end)
    return line_start, min(line_end + 1, len(text))


def _retally(
    text: str, was: _Proposal, now: _Proposal, counts: dict[int, tuple[int, Counter[str]]]
) -> None:
    """Keep a line's tally (see _shown_by_line) once ``now`` replaced ``was`` in it."""
    line_start = text.rfind("\n", 0, was.start) + 1
    tally = counts.get(line_start)
    if tally is None:
        return
    n, seen = tally
    old, new = _shown_by(text, was), _shown_by(text, now)
    seen.subtract(old)
    seen.update(new)
    counts[line_start] = (n - bool(old) + bool(new), seen)


def _letters_for_symbols(a: str, b: str) -> bool:
    """Whether ``b`` has a letter wherever ``a``, as long, differs from it by a symbol."""
    return len(a) == len(b) and all(
        y.isalpha() and not x.isalpha() and not x.isspace()
        for x, y in zip(a, b, strict=True)
        if x != y
    )


def _prefer_by_language(text: str, proposals: list[_Proposal]) -> list[_Proposal]:
    """Where UTF-8 read as different codepages gives a span near-tie repairs, let the
    language of its line choose, where the line's other words tell it.

    "ĂĄ" is "á" shown by ISO 8859-2 and "å" shown by cp1250: each letter is as plain as the
    other, and the codepages' priors decide. Among Spanish words ("Introduzca una dirección
    IPv4 vĂĄlida"), Spanish writes "válida" and never "vålida".

    The line's words also settle a repair the scorer prefers, but not by its margin (see
    _prefer_words_read_better).
    """
    groups: dict[tuple[int, int], list[_Proposal]] = {}
    for p in proposals:
        if p.chain[0].encoding == "utf-8" and not p.lossy:
            groups.setdefault((p.start, p.end), []).append(p)
    # (Of spans whose best repair reads no worse than the text: the language chooses
    # between readings, and says nothing of the text as it stands, "DEVÄŤ" of Slovak capitals,
    # which cp1250 reads as "DEVč" and ISO 8859-2 as "DEVī".)
    ties = [
        g
        for g in groups.values()
        if len({p.after for p in g}) > 1 and max(p.delta for p in g) >= 0.0
    ]
    # (Spans whose best repair reads better than the text, not by the margin.)
    short = [g for g in groups.values() if 0.0 <= max(p.delta for p in g) < MARGIN]
    if not ties and not short:
        return proposals
    # The line's other words are read as the best proposal for each of their spans reads
    # them (the whole line may be misread: "Giamàica, Mèssicu" are Sicilian read right).
    winners = _best_reads(proposals)
    reads = [(p.start, p.end, p.after) for p in winners]
    starts = [r[0] for r in reads]
    preferred: dict[int, float] = {}
    for group in ties:
        top = max(group, key=lambda p: p.delta)
        # (Only letters for letters: the model knows letters, and a reading with fewer of
        # them, or with symbols, looks like a shorter word to it.)
        rivals = [
            q
            for q in group
            if q.after != top.after
            and q.delta >= top.delta - _TIE
            and _letters_for_letters(q.after, top.after)
        ]
        if not rivals:
            continue
        start, end = top.start, top.end
        head, tail, line_start, line_end = _word_around(text, start, end)
        context = _context_read(text, line_start, line_end, start, reads, starts)
        ours = head + top.after + tail
        for q in rivals:
            theirs = head + q.after + tail
            for winner, fit in (
                (q, compare(context, [ours], [theirs])),
                (top, compare(context, [theirs], [ours])),
            ):
                if fit.settled >= _TOLD_SURE:
                    bonus = _TIE + _TOLD_WEIGHT * fit.settled
                    preferred[id(winner)] = max(preferred.get(id(winner), 0.0), bonus)
                    break
        if id(top) in preferred or any(id(q) in preferred for q in rivals):
            continue
        # Where the language cannot tell, the line can: it was shown by one codepage, and
        # its other repairs may rule some out ("×¤" is no ISO 8859-15, which shows A4 as "€",
        # so the Hebrew line it is in was not shown by it).
        lo, hi = bisect_ints_left(starts, line_start), bisect_ints_left(starts, line_end)
        others = [_shown_by(text, w) for w in winners[lo:hi] if w.start != start]
        others = [codepages for codepages in others if codepages]
        shown_by = frozenset.intersection(*others) if others else frozenset()
        if shown_by and not shown_by & _shown_by(text, top):
            for q in rivals:
                if shown_by & _shown_by(text, q):
                    preferred[id(q)] = 2 * _TIE
                    break
            continue
        # Where neither tells, the codepages' priors would, and nothing else: a reading that
        # some language writes far better is the likelier ("dátum" beside "Minden" is
        # Hungarian; no language writes "dåtum").
        for q in rivals:
            if blind_to(top.after + q.after):
                break
            fit = compare(context, [ours], [head + q.after + tail])
            if (
                fit.gain >= _TIE_BITS
                and fit.per_pair <= _TIE_PER_PAIR
                and sum(1 for c in ours if c.isalpha()) >= _TIE_LETTERS
            ):
                preferred[id(q)] = 2 * _TIE
                break
    _prefer_words_read_better(text, short, reads, starts, preferred)
    if not preferred:
        return proposals
    return [p.with_preferred(preferred[id(p)]) if id(p) in preferred else p for p in proposals]


def _prefer_words_read_better(
    text: str,
    short: list[list[_Proposal]],
    reads: list[tuple[int, int, str]],
    starts: list[int],
    preferred: dict[int, float],
) -> None:
    """Add to ``preferred`` the UTF-8 repairs that read better than the text as it stands,
    but not by the margin (the best of each group of ``short``), whose word the letter model
    is sure of with the line's other words read as repaired: "OÃ™ ET QUAND?" is "OÙ ET
    QUAND?", or that the word list knows (see _sure_of_word)."""
    for group in short:
        top = max(group, key=lambda p: p.delta)
        if id(top) in preferred:
            continue
        if _sure_of_word(text, top.start, top.end, top.after, reads, starts, listed=True):
            preferred[id(top)] = MARGIN


#: Words of a text that a legacy reading could change, by line: (start, end) of each.
_Words = dict[int, list[tuple[int, int]]]


def _lead_before_sign(text: str, suspect: Suspect) -> bool:
    """Whether ``suspect``'s run ends in a 2-byte UTF-8 lead alone, as its codec shows it,
    with something after it other than a space or a lost byte's mark.

    Such a lead lost its second byte. Before a space that byte may have been a no-break
    space, the space all that is left of it ("Ã le" of "à le"); before anything else it was
    dropped, as a byte the codepage leaves undefined is ("Ãsia" is "Ásia", not "àsia").
    """
    after = text[suspect.end : suspect.end + 1]
    if not after or after.isspace() or after in "?\ufffd":
        return False
    data = single_byte(suspect.codec).bytes_of(text[suspect.end - 1 : suspect.end])
    return data is not None and 0xC2 <= data[0] <= 0xDF


def _c1_letters_listed(text: str, start: int, end: int, letters: str) -> bool:
    """Whether the C1 controls ``text[start:end]``, read as ``letters``, make a common word
    of a language the line may be in, which the word with cp1252's signs is not ("altså"
    where "alts†" stands; see _listed_rival). The word must be the whole token but for
    punctuation outside it ("copine!\x92s" is "copine!’s", no "ís"). Where clean text
    writes cp1252's signs there (see _C1_OPENERS), the letters without them must be no word
    of the line's language either: "preguntar\x85" in Spanish is "preguntar…", no Catalan
    "preguntarà", but "societ\x85" in Italian is "società"."""
    head, tail, line_start, line_end = _word_around(text, start, end, _WORD_MAX)
    if len(head) + (end - start) + len(tail) > _WORD_MAX:
        return False
    word_start, word_end = start - len(head), end + len(tail)
    run_start, run_end = start, end  # (the letters the word has around them)
    while run_start > word_start and text[run_start - 1].isalpha():
        run_start -= 1
    while run_end < word_end and text[run_end].isalpha():
        run_end += 1
    if (run_start > word_start and text[run_start - 1] not in _WORD_OPENING) or (
        run_end < word_end and text[run_end] not in _WORD_CLOSING
    ):
        return False
    context = _words_beside(text, line_start, line_end, start)
    signs = decode_c1(text[start:end])
    if (signs[-1] in _C1_CLOSERS and end == run_end) or (
        signs[0] in _C1_OPENERS and start == run_start
    ):
        if _word_of_the_line(text[run_start:start] + text[end:run_end], context):
            return False
    ours = text[word_start:word_end]
    theirs = head + letters + tail
    return _listed_rival(_c1_read(ours), theirs, context)


def _beside_c1(text: str, start: int, end: int) -> bool:
    """Whether a C1 control stands just before or just after ``text[start:end]``."""
    return C1_RUN.search(text[start - 1 : start] + text[end : end + 1]) is not None


def _could_claim(text: str, p: _Proposal) -> bool:
    """Whether a UTF-8 repair could explain the word it is in, against a legacy reading.

    Not a symbol made from a word's letters with the word's other letters still beside it
    ("тЙУФПЧУЛБ" as "≓ФПЧУЛБ"): that leaves no word, so the legacy reading must not lose it.
    """
    if any(char_info(c).kind in _LETTERS for c in p.after):
        return True
    beside = text[p.start - 1 : p.start] if p.start else ""
    beside += text[p.end : p.end + 1]
    return not any(char_info(c).kind in _LETTERS for c in beside)


def _lined_words(text: str) -> list[tuple[int, Word]]:
    """The words of ``text`` holding a character beyond ASCII, but no line art nor a
    character drawn out (_DRAWN_OUT_RUN), each with its line: what every legacy codepage's
    suspect words are chosen from (see _suspect_words)."""
    out: list[tuple[int, Word]] = []
    line = line_start = 0
    for word in find_non_ascii_words(text):
        ws, we = word[0], word[1]
        line += text.count("\n", line_start, ws)  # how many line breaks come before the word
        line_start = ws
        if (
            not _LINE_ART.search(text, ws, we)
            and not _lists_letters(text, ws, we)
            and not (we - ws >= _DRAWN_OUT and _DRAWN_OUT_RUN.search(text, ws, we))
        ):
            out.append((line, word))
    twins = _case_twins(text, out)
    return [(line, word) for line, word in out if (line, word[0]) not in twins] if twins else out


def _case_twins(text: str, words: list[tuple[int, Word]]) -> set[tuple[int, int]]:
    """The (line, start) of each word of two or more letters beyond ASCII, each once, whose
    line also holds it with every case swapped: a list of letters in capitals and small ones ("ÄÖÜ
    äöü", "ÆØÅ æøå"), which cp1251 would read as Cyrillic ("ДЦЬ дць"), and no text's words."""
    seen: dict[tuple[int, str], int] = {}
    twins: set[tuple[int, int]] = set()
    for line, word in words:
        piece = text[word[0] : word[1]]
        twin = piece.swapcase()
        other = seen.get((line, twin))
        if other is not None and _listable(piece) and _listable(twin):
            twins.update(((line, other), (line, word[0])))
        seen[line, piece] = word[0]
    return twins


def _listable(piece: str) -> bool:
    """Whether ``piece`` may be half of a list of letters in both cases (see _case_twins): two
    or more letters beyond ASCII, each once, and a case. (Asked only of a word whose twin is on
    its line, which few are: most lines hold no such pair.)"""
    letters = [c.lower() for c in piece if c > "\x7f" and c.isalpha()]
    return (
        len(letters) >= 2 and len(set(letters)) == len(letters) and piece.lower() != piece.upper()
    )


def _lists_letters(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` holds a list of accented letters, which code and
    alphabet tables write and no language does: the vowels with one accent in their order
    ("áéíóú"), one letter with its accents ("éèêë"), letters grouped by the letter they
    accent ("àâäéèêëîïôöùûüÿç"), or letters in the order of their code points
    ("ÀÁÂÃÄÅÆÇÈÉÊË"). Such a list is every codepage's letters in order, and so reads as a
    legacy text in some other codepage ("[a-zàâäéèêë…]" as cp1251 "[a-zавдйикл…]"); a word
    of Cyrillic, Greek, Hebrew or Arabic shown by cp1252 is seldom one (3 of wordfreq's
    600,000 commonest, each as written, capitalized and in capitals: Bulgarian "дейност",
    whose letters are in alphabetical order). The a-group is left out of the second kind:
    cp1251 shows "а" to "е" as "à" to "å"."""
    return any(_letter_list(m.group()) for m in _LONG_NON_ASCII_RUN.finditer(text, start, end))


def _in_letter_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a list of accented letters (see _lists_letters):
    the characters beyond ASCII around it, no further than _REACH either way, are one."""
    if end - start > _REACH:
        return False
    run_start, run_end = start, end
    first, last = max(0, start - _REACH), min(len(text), end + _REACH)
    while run_start > first and text[run_start - 1] > "\x7f":
        run_start -= 1
    while run_end < last and text[run_end] > "\x7f":
        run_end += 1
    return _letter_list(text[run_start:run_end])


def _letter_list(run: str) -> bool:
    """Whether ``run``, characters beyond ASCII, is a list of accented letters (see
    _lists_letters)."""
    if len(run) < _LIST_SHORTEST or max(run) > _LAST_LATIN or not run.isalpha():
        return False  # (lists are of Latin letters: a word of another script is none at once)
    low = run.lower()
    if len(set(low)) != len(low):
        return False
    split = [unicodedata.normalize("NFD", c) for c in low]
    bases = [each[0] for each in split]
    marks = {each[1:] for each in split}
    if (
        (len(marks) == 1 or len(run) >= _VOWEL_LIST)
        and "" not in marks
        and bases == sorted(set(bases))
        and set(bases) <= _VOWELS
    ):
        return True  # the vowels with one accent, or five with theirs: "áéíóú", "àéîõü"
    if len(set(bases)) == 1:
        return bases[0] != "a"  # one letter with its accents: "éèêë"
    groups = [b for i, b in enumerate(bases) if i == 0 or bases[i - 1] != b]
    if (
        _LIST_GROUPS <= len(groups) <= len(run) / 2
        and len(set(groups)) == len(groups)
        and sum(1 for a, b in itertools.pairwise(groups) if b < a) <= 1
    ):
        return True  # letters grouped by the letter they accent (ç, ñ or ÿ may come last)
    # In code-point order, but for one slip in every eleven letters.
    slips = sum(1 for a, b in itertools.pairwise(low) if b <= a)
    return len(run) >= _LIST_IN_ORDER and slips <= (len(run) - 1) // 11


#: The fewest letters a list of them holds, and a run of characters beyond ASCII that many long.
_LIST_SHORTEST: Final = 4
_LONG_NON_ASCII_RUN: Final = re.compile(rf"[^\x00-\x7f]{{{_LIST_SHORTEST},}}")
#: The last letter of the Latin blocks lists of accented letters are written in.
_LAST_LATIN: Final = "\u024f"
#: How many accented vowels in their order make a list where their accents differ ("вину"
#: in cp1251 is "âèíó" shown by cp1252) ...
_VOWEL_LIST: Final = 5
#: ... how many groups of one letter's accents, and how many letters in code-point order, make
#: a list (fewer are ordinary words shown by cp1252 by chance).
_LIST_GROUPS: Final = 5
_LIST_IN_ORDER: Final = 7


def _c1_lines(text: str) -> tuple[str, _Words, _Words]:
    """``text`` with its C1 controls read as cp1252 reads their bytes, and the words of its
    lines that hold one, as _suspect_words finds them there for cp1252 (of lines that do not
    read plainly, then of those that do): what the pairs of C1_TWINS read (see
    _read_past_c1). No words where no line holds a C1 control."""
    if not C1_RUN.search(text):
        return text, {}, {}
    fixed = _c1_read(text)
    by_line, plain_lines = _suspect_words(fixed, _lined_words(fixed), "cp1252", {})

    def with_c1(lines: _Words) -> _Words:
        return {
            line: words
            for line, words in lines.items()
            if C1_RUN.search(text, *_line_bounds(text, words[0][0], words[-1][1]))
        }

    return fixed, with_c1(by_line), with_c1(plain_lines)


def _read_past_c1(
    text: str,
    encoding: str,
    claimed: _Spans,
    originals: dict[tuple[int, int], tuple[float, bool, bool]],
    fixed: str,
    by_line: _Words,
    plain_lines: _Words,
) -> Iterator[tuple[int, _LineVerdict]]:
    """The readings of ``encoding`` shown by Latin-1 (see C1_TWINS) of the lines of ``text``
    that hold C1 controls: the lines of ``fixed``, where those controls are cp1252's letters
    and punctuation ("op\x9atinska" is "opštinska"), read as the cp1252 pair reads them, and
    judged against them, so that only what the codepage reads beyond cp1252 testifies for
    it ("s\x9cur" is French "sœur", no cp1250 "sśur"). Each word is proposed as ``text``'s
    (the two are alike but for those controls). A line that no reading wins proposes no
    words of its own: its cp1252 pair's reading and the C1 repairs propose them."""
    own: dict[tuple[int, int], tuple[float, bool, bool]] = {}
    if (encoding, "cp1252") in _SAME_SCRIPT_PAIRS and plain_lines:
        by_line = by_line | _told_lines(fixed, encoding, "cp1252", plain_lines)
    elif (encoding, "cp1252") in _CONSOLE_PAIRS and plain_lines:
        by_line = by_line | _final_sign_lines(fixed, plain_lines)
    for line, judged in _legacy_reading(fixed, encoding, "cp1252", claimed, by_line, own):
        if max(judged.verdict, judged.held) == -math.inf:
            continue
        words = [
            (ws, we, _shown_by_latin1(cand, encoding), delta)
            for ws, we, cand, delta in judged.words
        ]
        # The line's other words that hold C1 controls are read as part of it, as sure as
        # the line ("op\x9atinska" beside "slièni": the two are one misread).
        read = {(ws, we) for ws, we, _cand, _delta in words}
        sure = min(judged.verdict, _LEGACY_WORD_BONUS) if judged.verdict >= MARGIN else None
        spans = [
            (ws, we)
            for ws, we in by_line.get(line) or plain_lines.get(line) or ()
            if (ws, we) not in read and C1_RUN.search(text, ws, we)
        ]
        readings = _line_readings(fixed, spans, encoding, "cp1252", every=True)
        for (ws, we), (_, _, reading) in zip(spans, readings, strict=False):
            cand = Candidate(reading, legacy_misread(encoding, "latin-1", reading), lossy=False)
            words.append((ws, we, cand, sure))
        words.sort(key=lambda w: w[0])
        yield line, judged._replace(words=words)
    # (Kept for the words the text's own readings did not judge: read last, these testify
    # for none of them.)
    for key, value in own.items():
        originals.setdefault(key, value)


def _shown_by_latin1(cand: Candidate, encoding: str) -> Candidate:
    """A reading of ``encoding`` shown by cp1252 as the same shown by Latin-1."""
    chain = legacy_misread(encoding, "latin-1", cand.text)
    return Candidate(cand.text, chain, cand.lossy, cand.guessed, cand.evidence, cand.dropped)


def _reads_c1(words: list[tuple[int, int, Candidate, float | None]]) -> bool:
    """Whether a line's legacy reading is one of C1_TWINS (it is made only on lines whose
    words hold C1 controls)."""
    last = words[0][2].chain[-1] if words else None
    return last is not None and (last.encoding, last.read_as) in C1_TWINS


def _c1_read(text: str) -> str:
    """``text`` with its C1 controls read as the cp1252 bytes they were (see decode_c1)."""
    return C1_RUN.sub(lambda m: decode_c1(m.group()), text)


def _suspect_words(
    text: str,
    lined: list[tuple[int, Word]],
    shown_as: str,
    plain: dict[tuple[tuple[int, int], ...], bool],
) -> tuple[_Words, _Words]:
    """The words holding characters ``shown_as`` shows for bytes 80–FF, by line: of the
    lines where some word does not read like clean text, and of those where every word does.
    ``lined``: _lined_words(text), the same for every codepage.

    On lines of the second kind a reading that changes letters into other letters of the
    same script is all any legacy reading could find (see ``_told_lines``): most lines of
    most texts are of this kind. The words are the same whether the legacy encoding is
    single- or multi-byte, so the legacy pairs that share ``shown_as`` share them. ``plain``
    keeps whether each line's words read plainly, for the other codecs that find the same
    words.
    """
    lines: _Words = {}
    bit = showing_bit(shown_as)
    for line, word in lined:
        if word_shown(word, bit):  # (the words find_legacy_words() finds)
            lines.setdefault(line, []).append((word[0], word[1]))
    out: _Words = {}
    plain_lines: _Words = {}
    for line, words in lines.items():
        key = tuple(words)
        reads_plainly = plain.get(key)
        if reads_plainly is None:
            reads_plainly = plain[key] = (
                all(_reads_plainly(text[ws:we]) for ws, we in words)
                and alphabet_misfit("".join(text[ws:we] for ws, we in words)) == 0
            )
        (plain_lines if reads_plainly else out)[line] = words
    return out, plain_lines


def _told_lines(text: str, encoding: str, shown_as: str, plain_lines: _Words) -> _Words:
    """Of lines whose words all read plainly, those whose other words tell the letter model
    their language, and that language writes the ``encoding`` reading of them far better.

    Central European text shown by Western software changes letters into other real letters
    ("Istoèna" for "Istočna"): every word may read plainly. Only the language of the line
    gives it away, and only where its other words say which language that is.
    """
    out: _Words = {}
    rival = _RIVALS.get(encoding)
    for line, spans in plain_lines.items():
        words = _line_readings(text, spans, encoding, shown_as)
        theirs = None if rival is None else _rival_readings(text, words, rival, shown_as)
        if theirs is not None and _rival_rules_out(words, theirs):
            continue  # (no reading of the line could get past _beyond_rival)
        if words and (
            _reads_listed(text, words, encoding)
            or _shared_letters_say(text, words, encoding)
            or (theirs is not None and _signs_left_by(words, theirs))
        ):
            out[line] = spans  # (the word list tells where the model may not: see _judge_line)
            continue
        if not words or best_saving(
            [text[ws:we] for ws, we, _ in words], [r for _, _, r in words]
        ) < min(_TOLD_SURE, _MODEL_SURE / _MODEL_WEIGHT):
            continue  # (the cheap bound of what _letter_gain could find)
        bits, _context, told, saving, _strung = _letter_gain(text, words, [True] * len(words))
        if (
            told >= _TOLD_SURE
            or (len(words) >= 2 and _MODEL_WEIGHT * bits >= _MODEL_SURE)
            or _own_letters_sure(text, words, encoding, saving)
        ):
            out[line] = spans
    return out


def _flipped_lines(
    text: str, encoding: str, shown_as: str, claimed: _Spans, lines: _Words
) -> Iterator[tuple[int, _LineVerdict]]:
    """Of ``lines``, those of capitals only whose ``encoding`` reading is small letters a
    language writes, where the capitals are no language's words.

    KOI8-R text in small letters shown by cp1251 is capitals ("ЧЕТУЙС" for "версия"), and
    the other way round: the words often read plainly, and the scorer, which sees letters
    one pair at a time, likes the capitals as well as the reading. The letter model tells them
    apart, but a line of capitals may be an abbreviation or a name, so it decides alone only
    far from doubt (see _FLIP_SAVING). A shorter line is read where the word list knows
    every word of the reading and no word of the line ("ДБОБУ" is Serbian "данас").

    A capitalized word shows as a small letter before capitals ("йПТДБОЙЕ"), which says the
    cases were swapped; the model then need only tell which way (see _flip_lead), and the
    line is read whole, over any reading of some of its words.
    """
    for line, spans in lines.items():
        if _holds_unshown_letters(text, spans[0][0], shown_as):
            continue  # (Kazakh "ЖЕКЕ МАҒЛҰМАТ" is no KOI8-R "целе": cp1251 has no "Ғ")
        words = _line_readings(text, spans, encoding, shown_as)
        if not words or any(claimed.overlapping(ws, we) for ws, we, _ in words):
            continue
        before = [text[ws:we] for ws, we, _ in words]
        after = [reading for _, _, reading in words]
        # (A word repeated is no more evidence than once: "ГБ ... “ГБ”" is one abbreviation.)
        letters = sum(1 for word in set(before) for c in word if c.isalpha())
        if (
            not _flip_letters_enough(before, after, letters)
            or not all(map(_flipped_case, before))
            or not all(map(_written_case, after))
            or _reads_as_signs(before, after)
        ):
            continue
        lead = 0.0
        if letters >= _FLIP_LETTERS and any(map(_small_before_capitals, before)):
            lead = _flip_lead(text, spans, words, encoding, shown_as)
        if (
            lead >= _FLIP_SAVING
            or _newly_listed(before, after)
            or (letters >= _FLIP_LETTERS and _flip_reads_far_better(before, after))
        ):
            # (Where a capitalized word shows the cases swapped, the line is read so, over
            # any reading that keeps the cases: by as much as the model leads the reverse.)
            verdict = _FLIP_VERDICT + _MODEL_WEIGHT * lead
            chain = one_misread(encoding, shown_as)  # (only for a line it reads)
            yield (
                line,
                _LineVerdict(
                    verdict,
                    [(ws, we, Candidate(r, chain, lossy=False), verdict) for ws, we, r in words],
                ),
            )


def _flipped_case(word: str) -> bool:
    """Whether the letters beyond ASCII of ``word`` are capitals, all of them or all but a
    small first letter: a word in small letters or a capitalized one, as a codepage that
    swaps the cases shows it ("ЧЕТУЙС" for "версия", "йПТДБОЙЕ" for "Иордание")."""
    return _cased_after_first(word, str.isupper)


def _cased_after_first(word: str, cased: Callable[[str], bool]) -> bool:
    """Whether every letter beyond ASCII of ``word`` is ``cased`` (str.isupper or
    str.islower), but for a letter that starts the word, which may be either."""
    letters = [c for c in word if c > "\x7f" and c.isalpha()]
    return all(map(cased, letters[1:])) and (
        letters[:1] == [word[:1]] or all(map(cased, letters[:1]))
    )


def _small_before_capitals(word: str) -> bool:
    """Whether ``word`` is a small letter beyond ASCII before two or more capitals and no
    small letter: a capitalized word as a codepage that swaps the cases shows it
    ("йПТДБОЙЕ" for "Иордание"), and seldom a writer's, then short ("мРНК")."""
    return (
        len(word) > 2
        and word[0] > "\x7f"
        and word[0].islower()
        and sum(1 for c in word[1:] if c.isupper()) >= 2
        and not any(c.islower() for c in word[1:])
    )


def _flip_lead(
    text: str,
    spans: list[tuple[int, int]],
    words: list[tuple[int, int, str]],
    encoding: str,
    shown_as: str,
) -> float:
    """How many bits the letter model saves with the ``encoding`` reading of a line of
    swapped cases over the reverse reading, which swaps the cases as well (0 unless it also
    saves _FLIP_SAVING over the words as they stand). Where a capitalized word shows the
    cases swapped, only which way is in doubt, and the model tells that of languages it was
    not built for too (Adyghe "арабыбзэ, Иордание" is KOI8-R shown by cp1251, not cp1251
    shown by KOI8-R "вфвчэчяш, Крфдвпке")."""
    before = [text[ws:we] for ws, we, _ in words]
    gain = compare([], before, [reading for _, _, reading in words]).gain
    if gain < _FLIP_SAVING:
        return 0.0
    reverse = {ws: reading for ws, _, reading in _line_readings(text, spans, shown_as, encoding)}
    theirs = [reverse.get(ws, text[ws:we]) for ws, we, _ in words]
    return max(0.0, gain - compare([], before, theirs).gain)


def _written_case(word: str) -> bool:
    """Whether the letters beyond ASCII of ``word`` are as a writer puts them after
    _flipped_case: small letters, but for a first capital."""
    return _cased_after_first(word, str.islower)


def _reads_as_signs(before: list[str], after: list[str]) -> bool:
    """Whether a reading turns punctuation into symbols, or a letter into anything that is
    no letter: KOI8-R shows cp1251's quotes "“ГБ”" as "⌠ца■", line art, which no text
    writes around a word, and cp1251's "І" as "╡", so "ДЕДІ" (Ukrainian capitals) is no
    "дед╡"."""
    return any(
        (a.isalpha() and not b.isalpha())
        or (char_info(a).kind == Kind.PUNCT and char_info(b).kind == Kind.SYMBOL)
        for was, read in zip(before, after, strict=True)
        if len(was) == len(read)
        for a, b in zip(was, read, strict=True)
        if a != b
    )


def _flip_reads_better(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether the letter model finds a reading that swaps the cases of a line's ``words``
    better than them by _FLIP_MIN_GAIN: swapped cases read as a writer's ("Нч" for "мВ"),
    which no scorer of letter pairs doubts, so the letters themselves must tell. A word
    of capitals beside small letters is common in clean text (Russian "мВ", "тРНК")."""
    lettered = [
        (text[ws:we], reading) for ws, we, reading in words if _letters_differ(text[ws:we], reading)
    ]
    if not lettered:
        return True  # (signs only: "⌠It▓s" is "“It’s", and the scorer judges signs)
    before = [was for was, _ in lettered]
    after = [reading for _, reading in lettered]
    letters = sum(1 for word in set(before) for c in word if c.isalpha())
    return (
        _flip_letters_enough(before, after, letters)
        and compare([], before, after).gain >= _FLIP_MIN_GAIN
    )


def _flip_letters_enough(before: list[str], after: list[str], letters: int) -> bool:
    """Whether ``before``, words whose reading ``after`` swaps their cases, holding
    ``letters`` distinct letters, are enough to read: _FLIP_LETTERS, or _FLIP_SWAPPED_LETTERS
    where a capitalized word shows swapped and the reading makes listed words. Fewer are
    units and abbreviations ("мВ", "дБ", "мРНК"), or words in capitals ("ДЕРЕ")."""
    return letters >= _FLIP_LETTERS or (
        letters >= _FLIP_SWAPPED_LETTERS
        and any(map(_small_before_capitals, before))
        and bool(_newly_listed(before, after))
    )


def _letters_differ(word: str, reading: str) -> bool:
    """Whether ``reading`` changes a letter of ``word``, or makes one."""
    return len(word) != len(reading) or any(
        a != b and (a.isalpha() or b.isalpha()) for a, b in zip(word, reading, strict=True)
    )


def _flip_reads_far_better(before: list[str], after: list[str]) -> bool:
    """Whether the letter model alone is far from doubt that ``after``, small letters, is
    what the capitals ``before`` were written as (see _FLIP_SAVING)."""
    fit = compare([], before, after)
    pairs = pair_count(after)
    return (
        fit.gain >= _FLIP_SAVING
        and fit.per_pair <= _FLIP_READ_PER_PAIR
        and (fit.gain / pairs + fit.per_pair) >= _FLIP_WAS_PER_PAIR
    )


def _one_row(words: list[tuple[int, int, str]], encoding: str) -> bool:
    """Whether a multibyte legacy reading makes characters that nearly all share a lead
    byte: UTF-8 of an alphabet does that (every Hebrew letter starts with D7, and GBK reads
    "ÎÖÎ®", Hebrew "יש" shown by cp850, as "沃萎"), and a line of Chinese or Korean seldom
    does (its characters spread over dozens of rows). Seldom, not never: Big5 orders
    characters by strokes, so simple ones share rows ("八千代市"); the caller asks only where
    a UTF-8 repair also explains the line. Japanese kana share rows in Shift_JIS, so that
    codepage is not asked."""
    if encoding in _KANA_ROWS:
        return False
    chars = {c for _, _, reading in words for c in reading if c > "\x7f"}
    if len(chars) < _ONE_ROW_CHARS:
        return False
    leads = set()
    for c in chars:
        try:
            data = c.encode(encoding)
        except UnicodeEncodeError:
            return False
        if len(data) > 1:
            leads.add(data[0])
    return len(leads) <= _ONE_ROW_LEADS and len(chars) >= _ONE_ROW_SHARE * len(leads)


def _newly_listed(before: list[str], after: list[str], deep: bool = False) -> frozenset[str]:
    """The languages that list every word of ``after`` among their common words (with
    ``deep``, their common or known words: see _lexicon), where none lists a word of
    ``before`` (else none): "ЧЕТУЙС" is no word, "версия" is Russian."""
    common: frozenset[str] | None = None
    for was, read in zip(before, after, strict=True):
        if languages_of(was, deep=deep):
            return frozenset()
        langs = languages_of(read, deep=deep)
        if not langs:
            return frozenset()
        common = langs if common is None else common & langs
    return common or frozenset()


def _alphabet_from_pairs(words: list[tuple[int, int, str]]) -> bool:
    """Whether a multibyte legacy reading turns pairs of Western characters into the letters
    of one alphabet other than Latin (Cyrillic, Greek): every character beyond ASCII that it
    makes a letter of that alphabet or punctuation, at least _ALPHABET_PAIRS of them letters.

    The East Asian codepages hold the Cyrillic and Greek alphabets too, each in a row of its
    own: GBK's Cyrillic is A7 and a second byte, which cp1252 shows as "§" and a letter
    ("§´§Ö§Ô§Ú" for "Теги"), Big5's is C7 or C8, which Latin-1 shows as "Ç" or "È"
    ("ÇºÇÍÇÛÇ×ÇÌ" for "Метод"). No Western text pairs characters up that way.
    """
    scripts: set[str] = set()
    letters = 0
    for _ws, _we, reading in words:
        for c in reading:
            if c.isascii():
                continue
            info = char_info(c)
            if info.kind in _LETTERS:
                if info.script in ("CJK", "LATIN") or (scripts and info.script not in scripts):
                    return False  # (not one alphabet other than Latin: seen at once)
                scripts.add(info.script)
                letters += 1
            elif info.kind not in _PAIRED_PUNCT and info.kind != Kind.PUNCT:
                return False
    return letters >= _ALPHABET_PAIRS


def _marks_from_pairs(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a multibyte legacy reading makes nothing beyond ASCII but Western punctuation
    and accented Latin letters: East Asian codepages hold both, and Western software shows
    them as pairs of symbols ("don¡¯t", "¡°X¡±", "cont¨¦" are GBK "don’t", "“X”",
    "conté").

    Only the punctuation of Western text counts (quotes, dashes, the ellipsis, the middle
    dot; not "、" or "「"), and only the letters of Latin alphabets (not the full-width
    "Ａ"): a pair of Western characters that only makes the one or the other is no accident.
    """
    found = False
    for ws, we, reading in words:
        if _non_ascii_letters(reading) < _non_ascii_letters(text[ws:we]):
            # (Letters are no pair of symbols: "Lüfter" is no cp932 "L’ter". Big5's dash
            # "¡X" takes an ASCII letter for its second byte, as its trail bytes may.)
            return False
        for c in reading:
            if c.isascii():
                continue
            if not (_western_mark(c) or (_latin_letter(c) and char_info(c).kind in _LETTERS)):
                return False
            found = True
    return found


def _marks_from_symbols(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a single-byte legacy reading changes nothing but symbols, each into Western
    punctuation or a no-break space where text sets it ("⌠X■" is cp1251 "“X”" shown by
    KOI8-R, "It▓s" is "It’s"): the letters of the line read the same either way, so only
    the marks tell. At least two of them: one symbol between letters may be meant ("x√y").
    """
    found = 0
    for ws, we, reading in words:
        was = text[ws:we]
        if len(was) != len(reading):
            return False
        padded = " " + reading + " "
        for i, (a, b) in enumerate(zip(was, reading, strict=True)):
            if a == b:
                continue
            if char_info(a).kind in _LETTERS or not _mark_fits(padded[i], b, padded[i + 2]):
                return False
            found += 1
    return found >= 2


#: Where Western text sets each mark: opening marks start a word, closing ones end it,
#: dashes stand between spaces or digits, the ellipsis ends a word, the no-break space and
#: the apostrophe stand next to a letter or digit.
_OPENING: Final = "\u201c\u201e\u2018\u00ab"
_CLOSING: Final = "\u201d\u00bb"
#: Punctuation that ends a word with no space before it (see _may_follow_word).
_AFTER_WORD: Final = frozenset(",.;:!?\u2026")


def _mark_fits(before: str, mark: str, after: str) -> bool:
    """Whether ``mark`` stands where Western text sets it, between ``before`` and ``after``
    (a space at either end of a word)."""
    if mark in _OPENING:
        return (before.isspace() or before in "([") and not after.isspace()
    if mark in _CLOSING:
        return not before.isspace() and (after.isspace() or after in ".,;:!?)]")
    if mark == "\u2019":
        return before.isalpha() or after.isalpha()
    if mark in "\u2013\u2014":
        return (before.isspace() and after.isspace()) or (before.isdigit() and after.isdigit())
    if mark == "\u2026":
        return not before.isspace() and (after.isspace() or after in '.,;:!?)]"\u201d')
    if mark == "\u00a0":
        return before.isalnum() and after.isalnum()
    return False


def _western_mark(c: str) -> bool:
    """Whether ``c`` is punctuation of Western text: a dash, quote, bullet or ellipsis of
    General Punctuation, or the middle dot."""
    return "\u2010" <= c <= "\u2027" or c == "\u00b7"


def _latin_letter(c: str) -> bool:
    """Whether ``c`` is in the Latin-1 letters or Latin Extended-A and -B (not "×", "÷")."""
    return "\u00c0" <= c <= "\u024f" and c not in "\u00d7\u00f7"


#: Three pairs of characters in a row that start with the same one beyond ASCII: an alphabet
#: in an East Asian codepage ("§´§Ö§Ô").
_ROW_OF_PAIRS: Final = re.compile(r"([^\x00-\x7f])\S\1\S\1")


def _alphabet_elsewhere(
    text: str, spans: list[tuple[int, int]], encoding: str, shown_as: str
) -> bool:
    """Whether another East Asian codepage reads the line's words as one alphabet's letters
    (see _alphabet_from_pairs): then ``encoding``'s reading of them as characters of one or
    two rows is the accident ("ÇÑÇÛÇÍ", Big5 "ите", is cp949 "한핼핏")."""
    if not any(_ROW_OF_PAIRS.search(text, ws, we) for ws, we in spans):
        return False  # (no word holds three pairs in a row with the same first character)
    for other, seen in LEGACY_PAIRS:
        if seen == shown_as and other != encoding and other not in SINGLE_BYTE:
            words = _line_readings(text, spans, other, shown_as)
            if words and _alphabet_from_pairs(words):
                return True
    return False


def _letters_from_pairs(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a multibyte legacy reading gives every word letters beyond ASCII where it had
    none (or punctuation only, where it had symbols), and no East Asian character: the East
    Asian codepages hold Western letters too, and Chinese software shows GBK "é" (A8 A6) as
    "¨¦" ("g¨¦n¨¦r¨¦" is "généré"), and its quotes as "¡°" and "¡±".

    Symbols paired up into letters are no coincidence the way two Western letters paired
    up into one East Asian character can be, so such a reading is judged like any other."""
    lettered = False
    for ws, we, reading in words:
        was = text[ws:we]
        if any(not c.isascii() and char_info(c).kind in _LETTERS for c in was):
            return False  # (ª and º are letters to Unicode, ordinal signs to prose)
        if any(char_info(c).script == "CJK" for c in reading):
            return False
        if any(c.isalpha() and not c.isascii() for c in reading):
            lettered = True
        elif any(not c.isascii() and char_info(c).kind in _LETTERS for c in reading):
            return False
        elif not any(char_info(c).kind in _PAIRED_PUNCT for c in reading):
            return False
    return lettered


def _line_readings(
    text: str, spans: list[tuple[int, int]], encoding: str, shown_as: str, every: bool = False
) -> list[tuple[int, int, str]]:
    """The words of one line that the ``encoding`` reading changes (or ``every`` word), with
    their readings; none if a word is no text in ``encoding`` at all (then neither is the
    line)."""
    words = []
    table = _reading_table(encoding, shown_as)  # (once for the line, not for each word)
    for ws, we in spans:
        word = text[ws:we]
        reading = _read_word(word, table, encoding, shown_as)
        if reading is None:
            return []
        words.append((ws, we, reading))
    if (encoding, shown_as) in _LATIN_ON_CYRILLIC:
        words = _western_words(text, words, shown_as)
    return [
        (ws, we, reading)
        for ws, we, reading in words
        if every or (reading != text[ws:we] and not _ordinal(text[ws:we]))
    ]


def _ordinal(word: str) -> bool:
    """Whether ``word`` holds an ordinal indicator where a language writes one (_ORDINAL)."""
    return ("\u00ba" in word or "\u00aa" in word) and _ORDINAL.search(word) is not None


#: An ordinal indicator where Spanish, Portuguese or Italian write one: after a digit
#: ("1º", "2ª") or after the "n" of número that starts a word ("nºs", "nºlin."; no word
#: starts with "nş"), and before the word ends: no legacy reading of a word that holds one
#: ("nşs") is read. (Where more follows, "1º¸´Ù" or "¦nªº®É", it is mojibake's.)
_ORDINAL: Final = re.compile(r"(?:\d|(?<![^\s(\[])[nN]\.?)[ºª][A-Za-z]*(?![^\s.,;:!?)\]/-])")


def _legacy_reading(
    text: str,
    encoding: str,
    shown_as: str,
    claimed: _Spans,
    by_line: _Words,
    originals: dict[tuple[int, int], tuple[float, bool, bool]],
) -> Iterator[tuple[int, _LineVerdict]]:
    """Re-read each line as ``encoding`` bytes shown as ``shown_as``, judged line by line.

    Legacy text read as legacy changes letters into other letters, often one per word
    ("Vodièkova" for "Vodičkova"), so no single word proves much. A line as a whole does:
    its letters fit one alphabet only when read right. The reading is scored word by word and
    over the line's alphabet; where it wins, every word it changes without making it worse is
    proposed, each with the line's verdict.
    """
    multibyte = encoding not in SINGLE_BYTE
    console = (encoding, shown_as) in _CONSOLE_PAIRS
    for line, found in by_line.items():
        spans = found
        if not multibyte and found[-1][1] - found[0][0] > _LONGEST_WORD:
            # (Only a line whose words span more than that can hold so long a word.)
            spans = [w for w in found if w[1] - w[0] <= _LONGEST_WORD]
            if not spans:
                continue
        if not multibyte and _holds_unshown_letters(text, spans[0][0], shown_as):
            continue
        if encoding == "cp1257" and _written_as_it_stands(text, spans):
            continue
        if encoding == "mac_roman" and not _mac_letters(text, spans):
            continue  # (asked of the line first, as few lines hold one; then of its changes)
        if console and not _CONSOLE_SIGN.search(text, spans[0][0], spans[-1][1]):
            continue  # (the same, see _console_evidence)
        words = [
            word
            for word in _line_readings(text, spans, encoding, shown_as)
            if not _DOS_LINE_ART.fullmatch(text, word[0], word[1])
        ]
        if encoding in _RIVALS:
            words = _beyond_rival(text, words, _RIVALS[encoding], shown_as, claimed)
        if encoding == "cp1254" and any(_I_BESIDE_VOWEL.search(w[2]) for w in words):
            continue  # (see _I_BESIDE_VOWEL)
        if not words or _still_mojibake(words, encoding):
            continue
        if console and (not _console_evidence(text, words) or _console_on_a_mac(text, words)):
            continue
        if (encoding, shown_as) in _CASE_FLIP_PAIRS and not _flip_reads_better(text, words):
            continue
        if not multibyte and len(words) > 1 and 2 * sum(map(_mixes_scripts, words)) > len(words):
            continue  # (see _mixes_scripts)
        if not multibyte and _cased_anyhow(text, words):
            continue
        # (A line of Cyrillic or Greek in an East Asian codepage: see _alphabet_from_pairs.)
        alphabet = multibyte and _alphabet_from_pairs(words)
        # (Western punctuation and letters in an East Asian codepage, see _marks_from_pairs;
        # in a single-byte one, symbols read as Western punctuation, see _marks_from_symbols.)
        marks = _marks_from_pairs(text, words) if multibyte else _marks_from_symbols(text, words)
        if (
            multibyte
            and len({c for w in words for c in w[2] if char_info(c).script == "CJK"}) < 2
            and not _letters_from_pairs(text, words)
            and not alphabet
            and not marks
        ):
            # (One East Asian character from two Western ones is too easily a coincidence, and
            # so is the same one from the same two repeated: "√π √π √π" is no "惑 惑 惑".)
            continue
        if (
            multibyte
            and any(claimed.overlapping(ws, we) for ws, we, _ in words)
            and not alphabet
            and not marks
            and _one_row(words, encoding)
        ):
            continue
        if not alphabet and _alphabet_elsewhere(text, spans, encoding, shown_as):
            # The pairs are one alphabet's letters in another East Asian codepage: any other
            # reading of them is an accident ("ÇèÇÓÇÍ", Big5 "яке", is cp1253 "ΗθΗΣΗΝ").
            continue
        if encoding == "cp1257" and (
            not any(_BALTIC_LETTER.search(w[2]) for w in words)
            or any(C1_RUN.search(w[2]) for w in words)
        ):
            # ("L¯b", Danish "Løb" shown by a Mac, is no cp1257 "LÆb"; nor is a reading that
            # makes a byte cp1257 leaves undefined any text: "ˆ" of "gˆr¸yorum" is 88.)
            continue
        if encoding == "mac_roman" and (
            not _mac_letters(text, ((ws, we) for ws, we, _ in words))
            or _windows_on_a_mac(text, words)
        ):
            continue
        if (
            encoding == "cp1251"
            and shown_as in _CYRILLIC_MISSHOWN
            and not _reads_cyrillic(words)
            and not (shown_as == "mac_roman" and _signs_read_as_cyrillic(text, words))
        ):
            continue
        if (encoding, shown_as) in _SMALL_CYRILLIC_PAIRS and not _reads_small_cyrillic(words):
            continue
        if (encoding, shown_as) == ("cp1251", "cp866") and not _keeps_letters(text, words):
            continue
        letters = _mostly_letters(text, words)
        if not letters and not marks:
            continue
        # One changed letter is no reading on its own, unless it is what keeps the line from
        # one alphabet, or a symbol no word holds, or the letter model is sure of it ("pìt"
        # for "pět" beside "dvanáct").
        lone = (
            not marks
            and letters < _LEGACY_MIN_LETTERS
            and not _fixes_alphabet(text, words)
            and not _fixes_inner_symbol(text, words)
            and not _fixes_script(text, words, encoding, shown_as)
        )
        if (
            lone
            and (multibyte or encoding == "cp1254")
            and not _reads_listed(text, words, encoding)
            and not _own_letters_sure(text, words, encoding)
        ):
            continue
        # (The chain is asked for only here: most lines of most texts get no verdict.)
        chain = one_misread(encoding, shown_as)
        yield line, _judge_line(text, words, chain, claimed, originals, multibyte, lone, marks)


#: Three Cyrillic letters in a row: what a Cyrillic reading of Mac text must make in a word
#: the word list holds (see _reads_cyrillic).
_CYRILLIC_WORD: Final = re.compile(r"[\u0400-\u04ff]{3}")
#: The languages of the letter model written in Cyrillic.
_CYRILLIC_LANGUAGES: Final = frozenset(("bg", "mk", "ru", "sr", "uk"))


#: What shows cp1251 text with letters and signs of its own, which Greek, Hebrew or Arabic
#: shown so reads as Cyrillic letters too: a Mac, and a Western DOS console (see
#: _reads_cyrillic; a console shows Greek letters and math signs, "∙∞σφ" of Hebrew "שלום"
#: in cp1255, so a sign inside a word tells only of a Mac: _signs_read_as_cyrillic).
_CYRILLIC_MISSHOWN: Final = frozenset(("mac_roman", "cp850", "cp437"))


def _reads_cyrillic(words: list[tuple[int, int, str]]) -> bool:
    """Whether a cp1251 reading of a line a Mac or a Western DOS console showed reads as
    Cyrillic text: some word is three Cyrillic letters or more that the word list holds, or
    the letter model tells a Cyrillic language from its words. A Mac shows cp1251's capitals
    as its symbols, which clean text writes ("√π √π", a root of pi, is no "Г№ Г№"), and
    Greek, Hebrew or Chinese shown by a Mac or a console reads as Cyrillic letters too, no
    language's words ("еоефЬуейу" of cp1253 "εξετάσεισ" shown by cp850)."""
    if any(_CYRILLIC_WORD.search(w[2]) and languages_of(w[2], deep=True) for w in words):
        return True
    told = told_languages([w[2] for w in words])
    return told is not None and not told.isdisjoint(_CYRILLIC_LANGUAGES)


def _signs_read_as_cyrillic(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a cp1251 reading of a line a Mac showed makes a word of Cyrillic letters alone
    of one that holds a sign between two of its characters, other than what clean words
    hold there (_WORD_JOINERS), and reads as a Cyrillic language's words do: the Mac shows
    cp1251's "а" as a dagger and its "г" as a low quote, which no clean word writes inside
    it ("Ò‡ÌÚ‡ÎË" is "сантали", a name the word list lacks, in a line too short for the
    letter model to tell its language)."""
    for ws, we, reading in words:
        word = text[ws:we]
        if (
            len(word) != len(reading)
            or len(reading) < _CYRILLIC_SIGNED
            or not all(c.isalpha() and char_info(c).script == "CYRILLIC" for c in reading)
            or not any(
                not c.isalpha() and c not in _WORD_JOINERS and not c.isspace() for c in word[1:-1]
            )
        ):
            continue
        if letter_cost([reading]) <= _CYRILLIC_PER_PAIR * pair_count([reading]):
            return True
    return False


#: The fewest letters a word must hold for a sign inside it to tell (see
#: _signs_read_as_cyrillic).
_CYRILLIC_SIGNED: Final = 4
#: The most bits a letter pair of that word's reading may cost on average in the Cyrillic
#: language that writes it best: Greek or Arabic shown by a Mac reads as Cyrillic letters
#: too ("мнзмпнйбкЮ" of "μνημονιακή", 7.7 bits a pair; "ЗбГМеТЙ" of "الأجهزة", 6.9),
#: names in Cyrillic at 2.9-4.4 ("свати", "бугийн").
_CYRILLIC_PER_PAIR: Final = 4.5


def _keeps_letters(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a reading makes a letter of every letter it changes, or a quote or dash
    that is not amid letters.

    cp866 shows Russian Windows text's letters as its own letters and line art ("╧ЁштхЄ"
    is "Привет"); a cp1251 reading of what cp866 showed makes signs of some of its letters
    ("Еўра" is Belarusian, not "…ча\xa0"; "%liд" is no "%li¤"), a reading of other text so
    shown, signs ("capМtol" is Catalan "capítol" in KOI8-R, not "capЊtol")."""
    for start, _end, reading in words:
        for i, new in enumerate(reading):
            old = text[start + i]
            if old == new or not old.isalpha() or new.isalpha():
                continue
            if new not in _QUOTES_AND_DASHES or (
                reading[i - 1 : i].isalpha() and reading[i + 1 : i + 2].isalpha()
            ):
                return False  # (a sign, or a quote amid letters: "rygs”kken")
    return True


#: cp1251's quotes and dashes, which cp866 shows as letters ("Д╠юёътрУ" is "„Москва“").
_QUOTES_AND_DASHES: Final = frozenset("«»„“”‘’–—")


#: Russian codepages shown by Western software whose readings must read as Russian text
#: does, mostly in small letters (see _reads_small_cyrillic).
_SMALL_CYRILLIC_PAIRS: Final = frozenset((("koi8-r", "cp1252"), ("cp866", "cp1252")))


def _reads_small_cyrillic(words: list[tuple[int, int, str]]) -> bool:
    """Whether a KOI8-R or cp866 reading of a line Western software showed reads as Cyrillic
    text: at most a third of the letters it makes are capitals, and it makes a word the word
    list holds, a line the letter model tells as Cyrillic, or Cyrillic letters alone,
    _KOI8_LETTERS of them or more.

    KOI8-R puts its small letters where Latin-1 has capitals ("ðÒÉ×ÅÔ" is "Привет"), so
    Russian text shown so is mostly capitals and reads mostly small; what reads mostly as
    capitals is other text, Hebrew ("àìé÷éí" is "אליקים", not "ЮЛИВИМ") or Russian in cp1251.
    A few letters of Western text read so ("Ã s" of "atÃ© Ã s" is no "ц s") are no line.
    cp866 puts its capitals where cp1252 has quotes and dashes ("”…Œ" is "ФЕМ"), and its
    readings of UTF-8 mojibake are Cyrillic strung with line art ("уВЛчЩ║"): neither reads so."""
    made = [c for w in words for c in w[2] if not c.isascii()]
    letters = [c for c in made if c.isalpha()]
    if 3 * sum(1 for c in letters if c.isupper()) > len(letters):
        return False
    if len(letters) >= _KOI8_LETTERS and all(
        char_info(c).script == "CYRILLIC" and c.isalpha() for c in made
    ):
        return True  # (asked first: the word list and the letter model cost more)
    return _reads_cyrillic(words)


#: The fewest Cyrillic letters a KOI8-R reading must make where no word or language vouches
#: for it (see _reads_small_cyrillic): "араб" of "ÁÒÁÂ".
_KOI8_LETTERS: Final = 4


def _utf8_lines(text: str, proposals: Iterable[_Proposal]) -> set[int]:
    """The lines of ``text`` where a UTF-8 repair reads better than what it repairs: Mac text
    read on Windows is one misread of a whole line, so a MacRoman reading is made on no such
    line, which is UTF-8 mojibake (a MacRoman reading of "â€˜the" makes "‚Äòthe", and reads
    the line's "’" as "í")."""
    lines, line, pos = set(), 0, 0
    for start in sorted(
        p.start for p in proposals if p.delta > 0 and p.chain[-1].encoding == "utf-8"
    ):
        line += text.count("\n", pos, start)  # (counted on from the one before: linear)
        lines.add(line)
        pos = start
    return lines


def _off_lines(by_line: _Words, lines: set[int]) -> _Words:
    """``by_line`` without ``lines``."""
    return {line: words for line, words in by_line.items() if line not in lines}


def _mac_letters(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a MacRoman reading of the words at ``spans`` of a line shown by cp1252 makes a
    letter of one of the characters cp1252 shows for bytes 80-BF, MacRoman's accented
    letters ("Ž" is "é", "Š" "ä", "‡" "á", "¾" "æ"), other than its quotes and dashes, which
    are MacRoman's "ë í ì î ï ñ ó" and which clean text writes in its words ("he’d", Uzbek
    "no‘g‘ay"). Its other changes are no sign of Mac text: cp1252's capitals "À" to "ÿ" are
    MacRoman's signs and capitals ("À" "¿", Albanian "Ë" "À"), which a line in capitals
    reads as well either way."""
    return any(_MAC_LETTER.search(text, start, end) for start, end in spans)


def _windows_on_a_mac(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether the words of a MacRoman reading of a line shown by cp1252 read at least as
    well as Windows text that a Mac showed: the two misreads look alike (Finnish "päivä" in
    cp1252 shown by a Mac is "p‰iv‰", which MacRoman shown by cp1252 reads as "pâivâ"),
    and the other is no reading of this one. (It is not read itself: clean text holds what
    a Mac shows for Windows letters, Catalan "l·l" for "lál".)"""
    was = [text[ws:we] for ws, we, _ in words]
    windows = [_word_reading(word, "cp1252", "mac_roman") or word for word in was]
    return best_saving(was, windows) >= best_saving(was, [w[2] for w in words])


def _console_on_a_mac(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a line that one of _CONSOLE_PAIRS reads is rather Windows text a Mac showed
    (see _windows_on_a_mac): Finnish "päivä" in cp1252 shown by a Mac, "p‰iv‰", is cp850
    "pëivë" shown by cp1252, and Catalan "atribuïa", "atribuÔa", cp1252 "atribuâa" shown by
    cp850. It is where the Mac's reading turns the same words into letters only, and no
    capital between two small letters, that the letter model prices lower in their best
    language (a reading into signs it would price lower for the letters it drops: "§rea"
    for "ßrea", and it reads capitals as small letters: "eingelÖst" for "eingel÷st")."""
    was = [text[ws:we] for ws, we, _ in words]
    read = [reading for _, _, reading in words]
    cost = letter_cost(read)
    # (Where a Mac shows the words as they stand, and the pair's reading makes letters only,
    # the letter model would price the reading's letters against signs it drops: "comunicaci¢"
    # is cp850 "comunicació", no Mac text. A reading that makes a letter a sign, "§eliç"
    # for "želiš", is still priced so.)
    letters = all(map(_letters_only, was, read))
    listed: int | None = None  # (how many words the pair's reading makes listed ones)
    for windows in _MAC_SHOWN:
        readings = [_word_reading(word, windows, "mac_roman") for word in was]
        on_a_mac = [reading for reading in readings if reading is not None]
        if (
            len(on_a_mac) == len(was)
            and (on_a_mac != was or not letters)
            and on_a_mac != read  # (the same text, whoever showed it)
            and all(map(_letters_only, was, on_a_mac))
            and letter_cost(on_a_mac) <= cost
        ):
            # (Where the letter model cannot tell, the word list may: "cÓncer" is Catalan
            # "càncer" in cp1252 shown by cp850, and a Mac's "cîncer" no word.)
            if listed is None:
                listed = sum(1 for r in read if languages_of(r, deep=True))
            if sum(1 for r in on_a_mac if languages_of(r, deep=True)) >= listed:
                return True
    return False


def _letters_only(word: str, reading: str) -> bool:
    """Whether ``reading`` changes ``word``'s characters into letters only, and none between
    two small letters into a capital (a single-byte reading, of as many characters)."""
    return len(word) == len(reading) and all(
        read == c
        or (
            read.isalpha()
            and not (
                read.isupper()
                and 0 < i < len(reading) - 1
                and reading[i - 1].islower()
                and reading[i + 1].islower()
            )
        )
        for i, (c, read) in enumerate(zip(word, reading, strict=True))
    )


#: What cp1252 shows for the bytes 80-BF that are MacRoman's letters, and other letters
#: than it shows ("µ" is both's), as a character class: its five undefined bytes as Latin-1
#: does (MacRoman's "Å ç è ê ù"), less its quotes, dashes and bullet (91-97).
_MAC_LETTER: Final = re.compile(
    "["
    + re.escape(
        "".join(
            sorted(
                {
                    single_byte("cp1252").decode[b]
                    for b in range(0x80, 0xC0)
                    if single_byte("mac_roman").decode[b].isalpha()
                    and single_byte("mac_roman").decode[b] != single_byte("cp1252").decode[b]
                }
                - set("\u2018\u2019\u201c\u201d\u2022\u2013\u2014")
            )
        )
    )
    + "]"
)


#: Western and Central European Windows text shown by Russian Windows or by a Russian
#: system's KOI8-R ("CafИ" is "Café"; see _western_word).
_LATIN_ON_CYRILLIC: Final = frozenset(
    (
        ("cp1252", "cp1251"),
        ("cp1250", "cp1251"),
        ("cp1252", "koi8-r"),
        ("cp1250", "koi8-r"),
        ("iso-8859-2", "koi8-r"),
    )
)


def _western_words(
    text: str, words: list[tuple[int, int, str]], shown_as: str
) -> list[tuple[int, int, str]]:
    """``words`` of a line cp1251 or KOI8-R (``shown_as``) showed, each with its Western or
    Central European reading where it may be read so (see _western_word), or as it stands.

    A word whose Cyrillic letters all look like Latin ones ("Bonаs", but "Gеrmаn" is written
    so to look Latin) is read only where another word of its line is surely read so
    ("Roig-Gьell i Montserrat Bonаs" is Catalan "Güell", "Bonàs"), or where the word list
    holds its reading; so is a Cyrillic letter standing alone that reads as the same letter
    in each Western codepage (Irish "й" of "é", Spanish "у" of "ó"), which any alphabet may
    set alone, and which a Western line shown so holds often. (Not French "а", which is
    cp1252's "à" and cp1250's "ŕ": a letter alone does not testify, see _judge_line, so
    the line's other words would choose between them, and they say nothing of it. Nor
    "Ђ" of "€": the line's words must be mostly letters, see _mostly_letters.)"""
    flipped = shown_as == "koi8-r"
    kinds = [_western_word(text[ws:we], reading, flipped) for ws, we, reading in words]
    sure = _WESTERN in kinds
    out = []
    for (ws, we, reading), kind in zip(words, kinds, strict=True):
        read = (
            kind == _WESTERN
            or (kind == _LOOKALIKE and (sure or bool(languages_of(reading))))
            or (kind == _ALONE and sure and _read_alike(text[ws:we], shown_as))
        )
        out.append((ws, we, reading if read else text[ws:we]))
    return out


@lru_cache(maxsize=256)
def _read_alike(word: str, shown_as: str) -> bool:
    """Whether every Western codepage that ``shown_as`` may show (_LATIN_ON_CYRILLIC) reads
    ``word`` alike, and as text (see _read_word)."""
    readings = {
        _read_word(word, _reading_table(encoding, shown), encoding, shown)
        for encoding, shown in _LATIN_ON_CYRILLIC
        if shown == shown_as
    }
    return len(readings) == 1 and None not in readings


#: What _western_word finds a word to be.
_WESTERN: Final = 1
_LOOKALIKE: Final = 2
_ALONE: Final = 3


def _western_word(word: str, reading: str, flipped: bool = False) -> int:
    """Whether a Western or Central European reading of a word cp1251 showed may change it
    (_WESTERN): a word of ASCII letters with fewer Cyrillic ones among them, in its case
    ("Mьller" is "Müller"; cp1251's "Я" is "ß" and "ї", "Ў" are "¿", "¡"); not a Cyrillic word
    ("Таgалоgча" is Tatar), nor one with capitals amid small letters, as KOI8-R shows them
    ("pЬМpadnЛ", "GцC"), nor a printf conversion and what follows it ("%liд"), nor a word
    that reads as it stands (0). A word that may be written so to look like the other
    script, Cyrillic with Latin letters that look like its own ("пpивeт", Ukrainian "iншi")
    or Latin with Cyrillic ones ("Gеrmаn"), is _LOOKALIKE, and a Cyrillic letter alone that
    reads as a letter ("а" of "à") _ALONE (see _western_words).

    KOI8-R (``flipped``) shows Western small letters as Cyrillic capitals and capitals as
    small letters ("CafИ", "CAFи" of "Café", "CAFÉ"): there the reading must be in case."""
    if reading == word:
        return 0
    cyrillic = [c for c in word if char_info(c).script == "CYRILLIC" and c not in _SHOWN_SIGNS]
    latin = [c for c in word if c.isascii() and c.isalpha()]
    if (
        not latin
        and len(cyrillic) == 1 == sum(1 for c in word if not c.isascii())
        and any(c.isalpha() and not c.isascii() for c in reading)
    ):
        return _ALONE  # (see _western_words)
    if (
        len(cyrillic) > len(latin)
        or not _in_case(reading if flipped else word)
        or _PRINTF.search(word)
    ):
        return 0
    if flipped and word.isalpha() and not _in_case(word):
        # (A Cyrillic capital amid small letters, as KOI8-R shows them: no one writes one
        # there to look Latin, "CanciСn", "ZoК".)
        return _WESTERN
    if all(c in _LATIN_LOOKALIKES for c in cyrillic) or (
        len(cyrillic) >= len(latin) and all(c in _CYRILLIC_LOOKALIKES for c in latin)
    ):
        return _LOOKALIKE
    return _WESTERN


#: cp1251's letters where cp1252 has "¿" and "¡".
_SHOWN_SIGNS: Final = frozenset("їЇўЎ")


def _in_case(word: str) -> bool:
    """Whether each part of ``word`` between apostrophes, hyphens and other ASCII signs and
    digits is in small letters or capitals after its first letter ("d’Йlectricitй",
    "Roig-Gьell", "йves;Pйcs", fields of a CSV line), as cp1251 shows Western words (its "Я"
    is "ß"; "ї" and "Ў" are no letters, see _SHOWN_SIGNS; and a no-break space may be a
    letter KOI8-R shows, "nheengatu\xa0Фina" of "nheengatušćina")."""
    for part in _WORD_PARTS.split(word):
        letters = [c for c in part if c.isalpha() and c not in _SHOWN_SIGNS]
        rest = [c for c in letters[1:] if c != "Я"]
        if not (all(c.islower() for c in rest) or all(c.isupper() for c in rest)):
            return False
    return True


_WORD_PARTS: Final = re.compile(r"[\u2019\x00-\x40\x5b-\x60\x7b-\x7f]+")
#: A printf conversion: its letters are no word's ("%liд" is Russian "%li days").
_PRINTF: Final = re.compile(r"%[-+ #0-9.*]*[a-zA-Z]")
#: Cyrillic letters that look like Latin ones, and the Latin ones they look like (see
#: _western_word).
_LATIN_LOOKALIKES: Final = frozenset("аеіјорсѕухАВЕІЈКМНОРСЅТХ")
_CYRILLIC_LOOKALIKES: Final = frozenset("aceijopsxyABCEHIJKMOPSTXY")


#: The fewest words a reading must change for their case to tell (see _cased_anyhow).
_CASED_WORDS: Final = 3


def _cased_anyhow(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether most words of a cased alphabet a single-byte reading changes (three or more)
    are cased anyhow: neither small, nor capitals, nor a capital and small letters. No
    alphabet's text is ("ХЭЛр МУфГ бЛп ЪЭоб", random Latin-1 letters read as cp1251), but
    random letters are, in any codepage."""
    cased = [
        reading
        for ws, we, reading in words
        if reading != text[ws:we] and any(map(is_cased, reading))
    ]
    if len(cased) < _CASED_WORDS:
        return False
    anyhow = sum(1 for w in cased if not cased_as_a_word(w))
    return 2 * anyhow > len(cased)


def _mixes_scripts(word: tuple[int, int, str]) -> bool:
    """Whether a word's legacy reading puts letters of another script among its ASCII
    letters ("Sociйtй" for "Société" read as cp1251): no writer's word, so a line most of
    whose words read so is not text of that legacy codepage. (Of letters beyond ASCII of two
    scripts in one word, see _scripts_beyond_ascii.)"""
    reading = word[2]
    return _ASCII_LETTER.search(reading) is not None and any(
        char_info(c).script not in ("LATIN", "") for c in reading if not c.isascii()
    )


def _holds_unshown_letters(text: str, at: int, shown_as: str) -> bool:
    """Whether the line at ``at`` holds a letter beyond ASCII that single-byte ``shown_as``
    cannot show: then no software showed that line as ``shown_as``, and its words are as
    they were written ("ê" in a table of Latin-1 letters named in Russian is no cp1251 "к"
    shown by cp1252; "Ýyl" beside Turkmen "ň" is no Turkish "İyl")."""
    start, end = _line_bounds(text, at, at)
    return holds_unshown_letter(text, start, end, shown_as)


def _beyond_rival(
    text: str, words: list[tuple[int, int, str]], rival: str, shown_as: str, claimed: _Spans
) -> list[tuple[int, int, str]]:
    """The words of a line to read as a codepage that a commoner ``rival`` mostly agrees
    with: none, unless the reading makes letters in some word where the rival's reading
    leaves symbols; never a word that holds UTF-8 as the line's codepage shows it ("CÊ¼hw"
    is Breton "Cʼhw", not ISO 8859-2 "CĘźhw"), and no word a UTF-8 repair also explains
    as evidence.

    ISO 8859-2 and cp1250 read most Central European letters alike. Where both read a word
    as letters, they differ in which ("j¹dra" is cp1250 "jądra", ISO 8859-2 "jšdra") and
    the commoner codepage is the likelier story, unless the letter model reads ISO 8859-2's
    words far better in their best language than cp1250's in theirs ("¾ivot ïal¹í" is cp1250
    "ľivot ďaląí", ISO 8859-2 "život ďalší"). Where ISO 8859-2 makes a letter of what
    cp1250 leaves a sign ("pi±tek", "¶roda"), only it tells (see _letters_of_signs).
    """
    theirs = _rival_readings(text, words, rival, shown_as)
    if _rival_rules_out(words, theirs):
        return []
    kept = [
        (w, other)
        for w, other in zip(words, theirs, strict=True)
        if not _holds_written_utf8(text, w[0], w[1], shown_as)
    ]
    words = [w for w, _ in kept]
    # (A word a UTF-8 repair also explains is no evidence either way, but it is read with
    # the rest where they decide: it then competes with that repair on its own, as in any
    # legacy reading of a line. Polish "czê¶æ" is "część", not MacRoman's UTF-8 "榮".)
    free_kept = [(w, other) for w, other in kept if not _claimed(text, w[0], w[1], claimed)]
    others = []
    for (ws, we, reading), other in free_kept:
        if other is not None and _letters_of_signs(reading, other):
            return words
        others.append(text[ws:we] if other is None else other)
    free = [w for w, _ in free_kept]
    readings = [w[2] for w in free]
    if free and (
        _lists_more(others, readings)
        or compare([], others, readings).gain >= _RIVAL_SAVING
        or _told_over_rival(text, words, free, others) >= _RIVAL_SAVING
    ):
        return words
    return []


def _rival_readings(
    text: str, words: list[tuple[int, int, str]], rival: str, shown_as: str
) -> list[str | None]:
    """Each of a line's ``words`` as the commoner ``rival`` reads it (None: no text in it),
    worked out once for what _rival_rules_out, _signs_left_by and _beyond_rival ask."""
    return [_word_reading(text[ws:we], rival, shown_as) for ws, we, _ in words]


def _rival_rules_out(words: list[tuple[int, int, str]], theirs: list[str | None]) -> bool:
    """Whether the readings of a line's ``words`` as a codepage that a commoner rival mostly
    agrees with (``theirs``: the rival's, see _rival_readings) are ruled out by that alone
    (see _beyond_rival).

    They are where one holds a C1 control, which is no text: ISO 8859-2 text holds no byte
    80-9F, cp1250 letters there ("Bia³oruœ" is Polish "Białoruś", not "Białoru" and a
    control). And they are where the rival reads each word alike: then no reading makes a
    letter or a word the rival does not, or reads any better. Most lines of Central European
    or Western text are of that kind, as the two codepages differ only in bytes 80-BF.
    """
    return any(C1_RUN.search(reading) for _, _, reading in words) or all(
        other == r for (_, _, r), other in zip(words, theirs, strict=True)
    )


def _holds_written_utf8(text: str, start: int, end: int, shown_as: str) -> bool:
    """Whether the word ``text[start:end]`` holds UTF-8 as ``shown_as`` shows it that reads
    as something text writes: a letter some language's alphabet lists, or a sign.

    Breton "CÊ¼hw" is "Cʼhw", and no ISO 8859-2 "CĘźhw". But a run that reads only as a
    letter no alphabet lists is a coincidence of the bytes: Czech "plá¹»" is ISO 8859-2
    "plášť", not "plṻ", and Polish "GÊ¦L¡" is "GĘŚLĄ", not "GʦL¡".
    """
    table = single_byte(shown_as)
    for m in run_pattern(shown_as, False).finditer(text, start, end):
        decoded = table.to_bytes(m.group()).decode("utf-8", "replace")
        if any(not _unwritten_letter(c) for c in decoded):
            return True
    return False


def _unwritten_letter(c: str) -> bool:
    """Whether ``c`` is a letter that no language's alphabet lists (data/letters.tsv)."""
    info = char_info(c)
    return info.kind == Kind.LETTER and not info.langs


def _told_over_rival(
    text: str,
    words: list[tuple[int, int, str]],
    free: list[tuple[int, int, str]],
    others: list[str],
) -> float:
    """How many bits fewer the readings of ``free``, the line's ``words`` that no UTF-8
    repair explains, cost than ``others``, the rival's readings of them, in the language the
    rest of their line tells (Comparison.settled): the words both codepages read alike and
    the words neither changes ("Polo¾ka typu ... rovnou ... neexistuje" is Czech, which
    writes "Položka", where Slovak writes "Poloľka" as well). The other ``words`` tell
    nothing: they are mojibake of one kind or another.
    """
    context = _other_words(text, words)
    context += [r for (_, _, r), o in zip(free, others, strict=True) if r == o]
    differ = [(o, r) for (_, _, r), o in zip(free, others, strict=True) if r != o]
    if not differ:
        return 0.0
    return compare(context, [o for o, _ in differ], [r for _, r in differ]).settled


def _lists_more(rivals: list[str], readings: list[str]) -> bool:
    """Whether ``readings`` make words some language lists (data/words.bin, its common or
    known words) of words that their ``rivals``, the same words read another way, leave
    unlisted, and the reverse of none: ISO 8859-2's "Záložky" is Czech, cp1250's "Záloľky"
    no word at all."""
    gained = lost = False
    for rival, reading in zip(rivals, readings, strict=True):
        if rival != reading:
            ours = bool(languages_of(reading, deep=True))
            theirs = bool(languages_of(rival, deep=True))
            gained |= ours and not theirs
            lost |= theirs and not ours
    return gained and not lost


def _other_words(text: str, words: list[tuple[int, int, str]]) -> list[str]:
    """The words of the line of ``words`` that the letter model reads around them (see
    _model_window), as they stand: neither ``words`` nor code (see _CODE)."""
    start, end = _model_window(text, words[0][0], words[-1][1])
    judged = {ws for ws, _, _ in words}
    return [
        m.group()
        for m in _TOKEN.finditer(text, start, end)
        if m.start() not in judged and not _CODE.search(m.group())
    ]


def _signs_left_by(words: list[tuple[int, int, str]], theirs: list[str | None]) -> bool:
    """Whether a reading of a line's ``words`` makes a letter inside a word where the
    commoner rival leaves a sign (``theirs``: its readings, see _rival_readings; and see
    _letters_of_signs): Slovene "8655 ©kofja Loka" is
    "8655 Škofja Loka" in ISO 8859-2, where cp1250 reads "©" as it stands. Every word may
    read plainly ("©" is a sign beside a word), so only the line's judge tells.
    Not where the rival leaves punctuation: quotes around a word are no letters of it ("«s»"
    is no ISO 8859-2 "Ťsť")."""
    for (_, _, reading), other in zip(words, theirs, strict=True):
        if (
            other is not None
            and _letters_of_signs(reading, other)
            and not any(
                unicodedata.category(a)[0] == "P"
                for a, b in zip(other, reading, strict=False)
                if a != b
            )
        ):
            return True
    return False


def _letters_of_signs(reading: str, other: str) -> bool:
    """Whether ``reading`` makes a letter inside a word where ``other``, a reading of the
    same bytes, has a sign: "pi±tek" is "piątek" to one and the same to the other. Unicode
    calls the micro sign a letter, and a sign before a digit is no letter ("±2"); nor is a
    quote or a bracket, which writers set against a word ("«Michal" is no ISO 8859-2
    "ŤMichal")."""
    padded = " " + reading + " "
    return len(reading) == len(other) and any(
        b.isalpha()
        and not a.isalpha()
        and unicodedata.category(a) not in _PAIRED_CATEGORIES
        and (padded[i].isalpha() or padded[i + 2].isalpha())
        for i, (a, b) in enumerate(zip(other, reading, strict=True))
    )


#: Unicode's categories of opening and closing quotes and brackets.
_PAIRED_CATEGORIES: Final = frozenset(("Ps", "Pe", "Pi", "Pf"))


def _word_reading(word: str, encoding: str, shown_as: str) -> str | None:
    """``word`` with its runs read as ``encoding`` bytes shown as ``shown_as``.

    None if a run is no text in ``encoding``. A single-byte reading reads each character
    on its own, and every byte is text in it (see legacy_candidate): one translation.
    """
    return _read_word(word, _reading_table(encoding, shown_as), encoding, shown_as)


@cache
def _reading_table(encoding: str, shown_as: str) -> _SingleByteReading | None:
    """A single-byte ``encoding``'s reading of what ``shown_as`` shows, made once; None
    where ``encoding`` is multi-byte."""
    return _SingleByteReading(encoding, shown_as) if encoding in SINGLE_BYTE else None


def _read_word(
    word: str, table: _SingleByteReading | None, encoding: str, shown_as: str
) -> str | None:
    """_word_reading(), given _reading_table(encoding, shown_as)."""
    if table is not None:
        return table.read(word)
    return _multibyte_reading(word, encoding, shown_as)


class _SingleByteReading:
    """What single-byte ``encoding`` reads for each character that ``shown_as`` shows for a
    byte 80-FF (as legacy_candidate reads it); any other character is left as it is."""

    def __init__(self, encoding: str, shown_as: str) -> None:
        self.shown = single_byte(shown_as)
        self.reader = single_byte(VARIANTS.get(encoding, encoding))
        shown = self.shown.decode
        # (For ``str.translate``, where some character of a word is none that ``shown_as``
        # shows. ASCII is listed for speed alone: ``str.translate`` reads a character the
        # table lacks by raising KeyError and catching it.)
        self.table: dict[int, int | str] = dict(zip(range(0x80), range(0x80), strict=True))
        for b in range(0x80, 0x100):
            legacy = legacy_candidate(shown[b], encoding, shown_as)
            if legacy is not None:
                self.table[ord(shown[b])] = legacy.text

    def read(self, word: str) -> str:
        """``word`` read: through the C codecs where ``shown_as`` shows every character."""
        data = self.shown.bytes_of(word)
        return word.translate(self.table) if data is None else self.reader.read(data)


@short_key_cache(maxsize=256)
def _multibyte_reading(word: str, encoding: str, shown_as: str) -> str | None:
    """_word_reading() in a multi-byte ``encoding``. Cached: words recur, and each line is
    read by several encodings."""
    pieces, pos = [], 0
    for start, run_end in find_legacy_suspects(word, shown_as, True):
        end = run_end
        legacy = multibyte_text(word[start:end], encoding, shown_as)
        if legacy is None and word[end - 1].isascii():
            end -= 1  # the last ASCII character was not a trail byte after all
            legacy = multibyte_text(word[start:end], encoding, shown_as)
        if legacy is None:
            return None
        pieces.append(word[pos:start])
        pieces.append(legacy)
        pos = end
    pieces.append(word[pos:])
    return "".join(pieces)


def _still_mojibake(words: list[tuple[int, int, str]], encoding: str) -> bool:
    """Whether a reading in single-byte ``encoding`` is itself UTF-8 shown by that codepage.

    Mojibake of mojibake read as some legacy codepage yields more of the same ("в‚¬" is
    UTF-8 "€" shown by cp1251): no repair, only other garbage.
    """
    if encoding not in SINGLE_BYTE or encoding in _LETTERS_FOR_BYTES:
        return False
    runs = run_pattern(encoding, False).finditer(" ".join(w[2] for w in words))
    garbled = [
        m.group()
        for m in runs
        if m.end() - m.start() >= _STILL_MOJIBAKE_RUN
        and any(char_info(c).kind not in _LETTERS for c in m.group())
    ]
    return len(garbled) >= 2


#: The DOS codepages of Western and Central Europe.
_DOS_LATIN: Final = frozenset(("cp437", "cp850", "cp852"))
#: Pairs of one of them and a Windows codepage (see _codecs.LEGACY_PAIRS), and their twins
#: shown by Latin-1. (Russian DOS text shown by Western software, cp866 shown by cp1252,
#: makes Cyrillic words of Latin letters and signs, which clean Western text never reads as:
#: it is judged as other such readings are.)
_CONSOLE_CODECS: Final = _DOS_LATIN | {"cp1250", "cp1252", "cp1257", "iso-8859-2"}
_CONSOLE_PAIRS: Final = frozenset(
    pair
    for pair in (*LEGACY_PAIRS, *C1_TWINS)
    if set(pair) <= _CONSOLE_CODECS | {"latin-1"} and not _DOS_LATIN.isdisjoint(pair)
)
#: The Windows codepages whose text a Mac showed, which those pairs read otherwise (see
#: _windows_on_a_mac).
_MAC_SHOWN: Final = ("cp1252", "cp1250")
#: What clean words hold between two of their letters that is no letter: apostrophes and
#: accents written for them, Catalan's middle dot ("col·lecció"), a no-break space (Czech
#: "v\u00a0Praze") or soft hyphen, hyphens.
_WORD_JOINERS: Final = "'\u2019\u2018\u02bc\u02bb\u00b4`\u00b7\u00a0\u00ad\u2010\u2011-"
#: Letters and numbers to Unicode that clean words hold as signs only: the micro sign (of
#: units, "µg"), the ordinal indicators ("1ª"), the florin sign, superscripts and fractions.
_SIGN_LETTERS: Final = "\u00b5\u00aa\u00ba\u0192\u00b2\u00b3\u00b9\u00bc-\u00be"
_SIGN_LETTER: Final = re.compile(f"[{_SIGN_LETTERS}]")
#: Line art: box drawing, blocks and squares, which clean text never writes beside letters.
_LINE_ART_CHAR: Final = re.compile("[\u2500-\u25a0]")
#: The fewest letters a word's reading must hold for its symbols to tell (see
#: _console_evidence).
_CONSOLE_WORD_LETTERS: Final = 4
#: What the codepages of _CONSOLE_PAIRS show for bytes 80-FF (Latin-1 shows C1 controls,
#: read as cp1252's first: see _read_past_c1).
_CONSOLE_SHOWN: Final = frozenset(
    single_byte(codec).decode[b] for codec in _CONSOLE_CODECS for b in range(0x80, 0x100)
)
#: A word that holds a character beyond ASCII that a DOS or Windows codepage shows (see
#: _listed_console_readings).
_CONSOLE_TOKEN: Final = re.compile(
    # (From a word's start only: tried inside a long word too, it would scan the rest of the
    # word from each of its characters.)
    "(?<![^ \t\n\r\f\v])[^ \t\n\r\f\v]*"
    + char_class("".join(sorted(c for c in _CONSOLE_SHOWN if not c.isspace())))
    + "[^ \t\n\r\f\v]*"
)
_CONSOLE_ORDER: Final = tuple(sorted(_CONSOLE_PAIRS))
#: A word of Latin and Cyrillic letters side by side, as KOI8-R shows Western and Central
#: European text: its small accented letters as Cyrillic capitals ("VМtr" is Czech "Vítr").
_KOI8_TOKEN: Final = re.compile(
    "(?<![^ \t\n\r\f\v])[^ \t\n\r\f\v]*"
    "(?:[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z])[^ \t\n\r\f\v]*"
)
_KOI8_ORDER: Final = tuple(
    sorted(pair for pair in LEGACY_PAIRS if pair[1] == "koi8-r" and pair[0] in _CONSOLE_CODECS)
)
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")
#: Signs clean words start or end with: quotes, dashes, an ellipsis (see _edge_sign_read).
_EDGE_SIGNS: Final = frozenset(_C1_OPENERS + _C1_CLOSERS + "\u00ab\u00bb")
_CONSOLE_SMALL: Final = char_class("".join(c for c in _CONSOLE_SHOWN if c.islower()))[1:-1]


def _console_sign(c: str) -> bool:
    """Whether ``c`` is no letter to a reader: no letter to Unicode, one of _SIGN_LETTERS or
    a modifier letter (the circumflex "ˆ")."""
    return not c.isalpha() or _SIGN_LETTER.match(c) is not None or unicodedata.category(c) == "Lm"


#: Signs no clean word ends with, which these codepages show for letters words end with:
#: "orientaci¢" is Catalan "orientació" in cp850 shown by cp1252, "caf‚" French "café",
#: "Jard¡" "Jardí", "informaciˇ" "informació" in cp1250 shown by cp852. (Not quotes,
#: ellipses, dashes, daggers, superscripts or trade marks, which clean words end with:
#: "theme“", "Smith†", "Azul™".)
_FINAL_SIGNS: Final = (
    "\u201a\u0192\u2030"  # ‚ ƒ ‰
    "\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7"  # ¡ ¢ £ ¤ ¥ ¦ §
    "\u00ac\u00af\u00b1\u00b8\u00bc\u00bd\u00be\u00bf\u00d7\u00f7"  # ¬ ¯ ± ¸ ¼ ½ ¾ ¿ × ÷
    "\u02c7\u02d8\u02d9\u02db\u02dd"  # ˇ ˘ ˙ ˛ ˝
)


#: One of them at the end of a word of three letters or more.
_FINAL_SIGN: Final = re.compile(char_class(_FINAL_SIGNS) + r"(?<=[^\W\d_]{3}.)(?![^\W\d_])")
#: The signs those codepages show (they agree on ASCII) that no clean word holds between
#: two letters, and the capitals they show.
_CONSOLE_SIGNS: Final = char_class(
    "".join(
        c for c in _CONSOLE_SHOWN if _console_sign(c) and c not in _WORD_JOINERS and not c.isspace()
    )
)
_CONSOLE_CAPITALS: Final = char_class("".join(c for c in _CONSOLE_SHOWN if c.isupper()))


#: Where a line may show what _console_evidence looks for (asked before its words are read):
#: signs those codepages show (they agree on ASCII) or modifier letters between two letters,
#: a capital they show between two small letters, line art beside a letter, and a capital
#: after three small letters or one of _FINAL_SIGNS after three letters, ending a word.
_CONSOLE_SIGN: Final = re.compile(
    # (Each alternative starts with the character it is about, and looks behind only once
    # that matches: asked of every line of most texts, the search is then cheap.)
    _CONSOLE_SIGNS
    + r"(?<=[^\W\d_].)"
    + _CONSOLE_SIGNS
    + r"*(?=[^\W\d_])|"
    + _CONSOLE_CAPITALS
    + "(?<=[a-z"
    + _CONSOLE_SMALL
    + "].)(?=[a-z"
    + _CONSOLE_SMALL
    + "])|"
    + _CONSOLE_CAPITALS
    + "(?<=[a-z"
    + _CONSOLE_SMALL
    + "]{3}.)(?![^\\W\\d_])|[^\\W\\d_]"
    + _LINE_ART_CHAR.pattern
    + "|"
    + _LINE_ART_CHAR.pattern
    + "[^\\W\\d_]|"
    + _FINAL_SIGN.pattern
)


def _final_sign_lines(text: str, plain_lines: _Words) -> _Words:
    """Of lines whose words all read plainly, those where a word ends with one of
    _FINAL_SIGNS: the scorer takes "Jard¡" and "caf‚" for a word and a sign, but a console
    pair's reading may tell otherwise (see _console_evidence)."""
    return {
        line: spans
        for line, spans in plain_lines.items()
        if any(_FINAL_SIGN.search(text, ws, we) for ws, we in spans)
    }


def _console_evidence(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a reading of one of _CONSOLE_PAIRS turns a sign between two letters of a word
    into a letter ("t„llaisia" is Finnish "tällaisia" in cp850 shown by cp1252, "b³rger"
    German "bürger" in cp1252 shown by cp850, "R\x81\x81tli" Estonian "Rüütli": a neighbour
    may be a sign the reading makes a letter too), other than what clean words hold there
    (_WORD_JOINERS), or a capital between two small letters into a small one ("liÐsforingi"
    is Icelandic "liðsforingi", "salvÚs" Catalan "salvés"), or line art beside two letters
    into a letter, where all the word's line art reads as letters ("CAF╔" is "CAFÉ", "─mne"
    Swedish "Ämne"; a symbol only in a word of four letters or more; none that is UTF-8
    shown by cp1252 with the letter before it, "Ä±" of "YÄ±ldÄ±rÄ±m"); and nowhere splits a
    word with a space or a control, puts a small letter between two capitals ("G‹C‹N‹" is
    no "GïCïNï") or line art beside a letter ("´ßbelskÚ" is no cp852 "┤▀belsk┌").
    Elsewhere these pairs swap letters and quotes for letters that clean text holds as they
    stand (Finnish quotes ”…” read as "ö…ö", Estonian "Õ" as "ı", Irish "á" as "ß"): only
    such a sign tells that a line is misread."""
    told = False
    for ws, we, reading in words:
        word = text[ws:we]
        if len(word) != len(reading) or len(word) > _WORD_MAX:
            continue  # (no word is longer: "Ã©Ã©Ã©…" of 20,000 characters is none)
        # (In a word of fewer letters a symbol is as likely a formula's or an accent's: "x√y"
        # is no "xûy", and "L¯b", Danish "Løb" shown by a Mac, no cp1257 "Līb".)
        worded = sum(map(str.isalpha, reading)) >= _CONSOLE_WORD_LETTERS
        # (Line art tells where the word reads all of it as letters, beside a word's letters:
        # "├┤a┼┐a", leet line art, reads "┤" as no letter in cp1250 and holds no word.)
        art_read = all(
            r.isalpha() for c, r in zip(word, reading, strict=True) if _LINE_ART_CHAR.match(c)
        )
        last = len(word) - 1
        for i, (c, read) in enumerate(zip(word, reading, strict=True)):
            if read == c:
                continue
            before = word[i - 1] if i else ""
            after = word[i + 1] if i < last else ""
            if read.islower() and reading[i - 1 : i].isupper() and reading[i + 1 : i + 2].isupper():
                return False
            if _LINE_ART_CHAR.match(read) and (
                reading[i - 1 : i].isalpha() or reading[i + 1 : i + 2].isalpha()
            ):
                return False  # (DOS line art is read back whole: "ÚÄÄ¿" is "┌──┐")
            if (
                (read.isspace() or unicodedata.category(read)[0] == "C")
                and reading[i - 1 : i].isalpha()
                and reading[i + 1 : i + 2].isalpha()
            ):
                return False  # (Czech "á" is cp850's byte A0, a no-break space to cp1250)
            if told or not (read.isalpha() or read in _APOSTROPHES) or c in _WORD_JOINERS:
                continue
            if not worded and unicodedata.category(c)[0] == "S":
                continue
            if _utf8_pair_shown(word, i):
                continue  # ("YÄ±ldÄ±rÄ±m" is UTF-8 "Yıldırım" shown by cp1252)
            if _LINE_ART_CHAR.match(c):
                told = art_read and (word[i - 2 : i].isalpha() or word[i + 1 : i + 3].isalpha())
            elif _console_sign(c):
                told = _letter_read(word, reading, i - 1) and (
                    _letter_read(word, reading, i + 1)
                    or (i == last and c in _FINAL_SIGNS and word[i - 3 : i].isalpha())
                )
            else:
                told = (
                    c.isupper()
                    and (read.islower() or read in _APOSTROPHES)
                    and before.islower()
                    and (after.islower() or (i == last and word[i - 3 : i].islower()))
                )
    return told


#: Apostrophes, which a capital between two small letters may be read as too: cp1252's "’"
#: (92) is cp850's and cp437's "Æ" ("dÆabril" is Aragonese "d’abril"), cp1250's cp852's "Ĺ".
_APOSTROPHES: Final = "\u2019\u02bc'"


def _utf8_pair_shown(word: str, i: int) -> bool:
    """Whether character ``i`` of a word is the second of two that cp1252 shows for a
    two-byte UTF-8 sequence (lead byte C2-DF, continuation 80-BF)."""
    data = single_byte("cp1252").bytes_of(word[i - 1 : i + 1]) if i else None
    return data is not None and not data.isascii() and is_utf8(data)


def _letter_read(word: str, reading: str, i: int) -> bool:
    """Whether character ``i`` of a word is a letter, or a sign its reading makes one."""
    return 0 <= i < len(word) and (
        word[i].isalpha() or (reading[i] != word[i] and reading[i].isalpha())
    )


def _fixes_inner_symbol(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a reading turns symbols between two letters of a word into letters.

    A symbol stands between words or at their ends ("km²", "nº", "¿Qué"), never between two
    letters of one: "Pi¹tek" is Polish "Piątek" shown by cp1252, as a line of one word, and
    "d¨ªa" Spanish "día" in GBK shown by cp1252 (two bytes a letter there).
    """
    for ws, we, reading in words:
        word = text[ws:we]
        # What the reading changed: the word less the start and end it leaves as they are.
        head, tail = _common_ends(word, reading)
        was = word[head : len(word) - tail]
        read = reading[head : len(reading) - tail]
        if (
            was
            and read
            and 0 < head
            and tail > 0
            and word[head - 1].isalpha()
            and word[len(word) - tail].isalpha()
            and any(char_info(c).kind not in _LETTERS for c in was)
            and all(char_info(c).kind in _LETTERS for c in read)
        ):
            return True
    return False


def _fixes_script(
    text: str, words: list[tuple[int, int, str]], encoding: str, shown_as: str
) -> bool:
    """Whether a reading of Western text cp1251 or KOI8-R showed makes a Latin word of one
    that holds a Cyrillic letter no Latin one looks like ("Hausjдrvi" is Finnish
    "Hausjärvi", "HofstДtter" German "Hofstätter"): no writer puts one there, so one
    changed letter is a reading."""
    flipped = shown_as == "koi8-r"  # (its capitals are Western small letters: _western_word)
    return (encoding, shown_as) in _LATIN_ON_CYRILLIC and any(
        _western_word(text[ws:we], reading, flipped) == _WESTERN for ws, we, reading in words
    )


def _fixes_alphabet(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a reading turns letters no one language has together into one alphabet.

    One changed letter is no reading on its own, unless it is the one letter that keeps the
    line's others from fitting one language ("ÏURIŠA": Ï and Š, no language; Ď and Š,
    Slovak).
    """
    before = "".join(text[ws:we] for ws, we, _ in words)
    return alphabet_misfit(before) > 0 and alphabet_misfit("".join(w[2] for w in words)) == 0


@short_key_memo(maxsize=4096)
def _reads_plainly(word: str) -> bool:
    """Whether a word costs no more than its characters: no odd pair, case or alphabet in it."""
    own = sum(char_info(c).cost for c in word)
    return cost(" " + word + " ") <= own + _PLAIN_SLACK


#: A unit symbol: one to three letters, and a comma or stop after it ("кБ", "мА", "В,").
_UNIT: Final = re.compile(r"[^\W\d_]{1,3}[.,;:]?")
#: ... or a number and a unit glued to it ("436µm", "220В").
_NUMBERED_UNIT: Final = re.compile(r"[+-]?\d+(?:[.,]\d+)?[^\W\d_]{1,3}[.,;:]?")
#: A number just before a word, or one and a space.
_NUMBER_BEFORE: Final = re.compile(r"\d ?$")


def _unit_after_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a unit after a number ("2800 кБ", "+12 В,", "436µm"):
    a symbol more than a word, whose case ("кБ" is kilobytes) or letters ("µm" is no
    ISO 8859-2 "ľm") say nothing of a misread."""
    return bool(_NUMBERED_UNIT.fullmatch(text, start, end)) or (
        bool(_UNIT.fullmatch(text, start, end))
        and bool(_NUMBER_BEFORE.search(text, max(0, start - 2), start))
    )


#: One character beyond ASCII four times in a row or more ("ÃÃÃÃÃÃ", "Äàààà"): a key held
#: down, filler, or a word drawn out ("Дааааа"), which a single-byte reading makes the same
#: run of another letter. The letter model prices such a run pair by pair, as though each
#: pair were a word's ("ΓΓΓΓ" costs Greek little: "γγ" is its "ng"), so it says nothing of
#: which alphabet the line is in: it is read only as its line is (three are an abbreviation's
#: often enough: "ООО" of Russian company names is "ÎÎÎ" shown by cp1252; and two of GBK's
#: bytes make one character, "ÃÃÃÃ" being "妹妹"). From _DRAWN_OUT times on, a run is not
#: read at all, in any codepage: that bound is on work, this one on evidence.
_HELD_DOWN: Final = re.compile(r"([^\x00-\x7f])\1{3}")
#: A letter with an exponent or a footnote mark ("x³", "a¹"): cp1250 and ISO 8859-2 read
#: "¹" and "³" as "š"/"ą" and "ł", but no word is one letter and one of those.
_EXPONENT: Final = re.compile("[A-Za-z][\u00b9\u00b2\u00b3]+")


def _lone_character(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is one character beyond ASCII and punctuation
    around it: no word of its own, but a sign or a letter any alphabet may set alone."""
    return sum(1 for c in text[start:end] if not c.isascii() or c.isalnum()) == 1 and any(
        not c.isascii() and c.isalnum() for c in text[start:end]
    )


def _word_tolerance(text: str, start: int, end: int, reading: str) -> float:
    """How much worse a word may read in a line's reading and not count against it: a word
    of one letter that the reading leaves one letter ("č." for "è.", "č" for "číslo") reads
    much the same either way. (Not one that the reading makes letters of signs: "«%s»" is
    no "Ť%sť".)"""
    if _count_letters(text[start:end]) == 1 == _count_letters(reading):
        return _LONE_LEGACY_TOLERANCE
    return _LEGACY_TOLERANCE


class _LineVerdict(NamedTuple):
    """A legacy reading of a line as _judge_line finds it: ``verdict``, -inf where it does
    not win the line, and each word's proposal (``words``: start, end, candidate, and how
    much better it reads, or None where it is to be scored on its own). ``held`` is the
    verdict of a reading that won but for _SECOND_WORD_PAIRS, which leaves the choice to
    the line's other readings (see _weigh_held), and -inf for any other."""

    verdict: float
    words: list[tuple[int, int, Candidate, float | None]]
    held: float = -math.inf


def _judge_line(
    text: str,
    words: list[tuple[int, int, str]],
    chain: tuple[Misread, ...],
    claimed: _Spans,
    originals: dict[tuple[int, int], tuple[float, bool, bool]],
    multibyte: bool,
    lone: bool = False,
    marks: bool = False,
) -> _LineVerdict:
    """The legacy reading of one line's words: the line's verdict, and each word's proposal.

    A word a UTF-8 repair also explains is proposed with no delta (to be scored on its own).
    ``originals`` keeps, for each word as it stands, its cost, whether it is all accented,
    and whether no UTF-8 repair claims it: the same for every reading of the line.
    ``marks``: whether a multibyte reading makes only Western marks (_marks_from_pairs, as
    the caller found).
    """
    step = chain[0]
    # Where no word is claimed, a line that cannot win proposes nothing: once so many words
    # read worse that the rest could not make up for them, the rest need not be priced.
    every_word_free = not claimed.overlapping(words[0][0], words[-1][1])
    if (
        not multibyte
        and not every_word_free
        and any(_surely_claimed(text, *word, claimed) for word in words)
        and _strung_together([w[2] for w in words], step.encoding)
    ):
        # (What the line comes to below, where a word a UTF-8 repair explains does not
        # testify: asked first, it spares pricing each word of random bytes read as Arabic or
        # Hebrew letters, which read better word by word than the accented letters shown.)
        return _LineVerdict(-math.inf, [])
    gains = []
    # Words a UTF-8 repair also explains do not testify for or against this reading.
    free = []
    better = worse = 0
    # Each word's gain as the tally of better and worse words sees it (a word read as the
    # commonest East Asian characters is no worse for costing more than the box drawing it
    # was shown as: "╡─" is GBK "的"), and how much worse it may read (see _word_tolerance).
    judged: list[tuple[float, float]] = []
    # The words that testify for or against the reading, claimed or not: not a unit after a
    # number ("2800 кБ", "10 мА"), a symbol more than a word, whose case is no evidence of a
    # misread, nor a character standing alone ("æ", a footnote's "¹"), which may be a sign
    # or a letter in any alphabet, nor in a single-byte reading a character held down (see
    # _HELD_DOWN); it is read only as its line is.
    counted: list[bool] = []
    for i, (ws, we, reading) in enumerate(words):
        left = text[ws - 1 : ws] if ws else " "
        right = text[we : we + 1] or " "
        original = originals.get((ws, we))
        if original is None:
            word = text[ws:we]
            original = originals[ws, we] = (
                cost(left + word + right),
                _all_accented(word),
                not _claimed(text, ws, we, claimed),
            )
        was, accented, unclaimed = original
        gain = was - cost(left + reading + right)
        if not unclaimed and not multibyte:
            unclaimed = _listed_past_claims(text, ws, we, reading, claimed, gain)
        free.append(unclaimed)
        if accented and not _all_accented(reading):
            # A word of three or more letters, every one accented: no Latin alphabet writes
            # that (one word in 15,000 of our clean and CLDR text), and Cyrillic or Greek
            # shown by cp1252 writes nothing else ("Áóäíèê" for "Будник").
            gain += _ACCENTED_WORD
        if not multibyte and _scripts_beyond_ascii(reading) > 1 >= _scripts_beyond_ascii(
            text[ws:we]
        ):
            gain -= _MIXED_WORD
        gains.append(gain)
        tally = gain + max(0.0, _native_evidence(reading, step.encoding)) if multibyte else gain
        tolerance = _word_tolerance(text, ws, we, reading)
        judged.append((tally, tolerance))
        counted.append(
            multibyte
            or not (
                _unit_after_number(text, ws, we)
                or _lone_character(text, ws, we)
                or _EXPONENT.fullmatch(text, ws, we) is not None
                or _HELD_DOWN.search(text, ws, we) is not None
            )
        )
        if every_word_free and counted[-1]:
            if tally > 0:
                better += 1
            elif tally < -tolerance:
                worse += 1
            if better + len(words) - 1 - i < 2 * worse:
                # (What the whole line would come to: see ``won``.)
                return _LineVerdict(-math.inf, [])
    # (And those no UTF-8 repair claims.)
    testify = [f and c for f, c in zip(free, counted, strict=True)]
    better = sum(1 for (g, _t), f in zip(judged, testify, strict=False) if f and g > 0)
    worse = sum(1 for (g, t), f in zip(judged, testify, strict=False) if f and g < -t)
    if better < 2 * worse and all(free):
        # (A line that cannot win, with no word a UTF-8 repair also explains, proposes
        # nothing: see ``won`` and the words proposed below.)
        return _LineVerdict(-math.inf, [])
    before = alphabet_misfit(
        "".join(text[w[0] : w[1]] for w, f in zip(words, testify, strict=False) if f)
    )
    after = alphabet_misfit("".join(w[2] for w, f in zip(words, testify, strict=False) if f))
    verdict = sum(g for g, f in zip(gains, testify, strict=False) if f) + _ALPHABET_WEIGHT * (
        before - after
    )
    verdict += prior(step.encoding, step.read_as)
    model, context, told, saving, strung = 0.0, 0, 0.0, 0.0, False
    if not multibyte and better >= 2 * worse:
        # (Only where the line can win: the model is the dearest part, and clean lines seldom
        # get this far.)
        bits, context, told, saving, strung = _letter_gain(text, words, testify)
        model = _MODEL_WEIGHT * bits
    verdict += model
    # The letter model may stand in for a second word only where the line's other words tell
    # it the line's language: a lone word may be of a language it does not know ("Kõrgõzstan"
    # is Estonian, not Hungarian "Kőrgőzstan").
    sure = model >= _MODEL_SURE and (context >= _MODEL_CONTEXT_PAIRS or _rewritten(text, words))
    if told >= _TOLD_SURE and not _unmodelled_alphabet(text, words):
        # Where the line's other words say which language it is in, and it writes the reading
        # far better than the words as they stand ("pìt" beside "dvanáct", "vždycky"), that
        # says as much as a second word does.
        sure = True
        verdict += _TOLD_WEIGHT * told
    elif not multibyte and _own_letters_sure(text, words, step.encoding, saving):
        # Or where the reading makes letters only the line's language writes (see
        # _own_letters_sure).
        sure = True
        verdict += _TOLD_WEIGHT * saving
    if not multibyte and not sure and _shared_letters_say(text, words, step.encoding, claimed):
        sure = True
        verdict = max(verdict + _LISTED_LINE_WEIGHT, _LISTED_LINE_FLOOR)
    if not multibyte and _reads_listed(text, words, step.encoding, testify, step.read_as):
        sure = True
        # (At least enough to be chosen: a word that reads a little worse letter by letter
        # does not outweigh the list, "deðil" as "değil".)
        verdict = max(verdict + _LISTED_LINE_WEIGHT, _LISTED_LINE_FLOOR)
    if multibyte:
        # Western characters that pair up into the commonest East Asian characters are
        # evidence of their own, as UTF-8's structure is for UTF-8 readings.
        testified = "".join(w[2] for w, f in zip(words, free, strict=False) if f)
        verdict += _native_evidence(testified, step.encoding)
        ranked = _mean_rank_bits(testified, step.encoding)
        verdict += _evidence_of_ranks(ranked)
        strung = _strung_ranks(ranked)
        if marks:
            # Pairs that make only Western punctuation and letters are evidence of their own,
            # as paired-up characters are for East Asian ones.
            pairs = sum(1 for w in words for c in w[2] if not c.isascii())
            verdict += min(_MARK_EVIDENCE * pairs, _MARK_EVIDENCE_MAX)
        # But Chinese and Japanese put no spaces between words: a line of short Han "words"
        # between spaces is some alphabet's words paired up into characters. (Han words with
        # a Western word between them are ordinary: "fast prototyping 的 programming".)
        han = [w for w, f in zip(words, free, strict=False) if f and _count_han(w[2]) >= 1]
        spaced = sum(
            1 for a, b in itertools.pairwise(han) if not _ASCII_LETTER.search(text, a[1], b[0])
        )
        verdict -= _SPACED_HAN_PENALTY * spaced
        # And it writes ASCII words among its own without a space ("USBケーブル"), which the
        # scorer prices as a change of script inside a word.
        verdict += _ASCII_AMONG_CJK * sum(
            count_east_asian(_ASCII_BESIDE_CJK, w[2])
            for w, f in zip(words, free, strict=False)
            if f
        )
    won = (
        verdict > 0
        # Symbols read as letters strung together anyhow are no language's words, however
        # much plainer than the symbols the scorer finds them: random bytes shown by cp1252
        # read as random Cyrillic in cp1251 ("¸È¬÷ÁËØöÈøÐÓÒ¡Ê±" as "ёИ¬чБЛШцИшРУТЎК±"), and
        # as characters no one writes in an East Asian codepage (see _STRUNG_RANK_BITS).
        and not strung
        and better >= 2 * worse
        and (better >= 2 or before > after or verdict >= MARGIN + _SINGLE_WORD_MARGIN or sure)
        and (not lone or sure)
    )
    # A reading of a codepage that needs a second word (see _SECOND_WORD_PAIRS) proposes its
    # words all the same: the caller weighs it against the line's other readings.
    held = won and better < 2 and step.encoding in _SECOND_WORD_PAIRS
    out: list[tuple[int, int, Candidate, float | None]] = []
    if not all(free) and _strung_together([w[2] for w in words], step.encoding):
        # A word a UTF-8 repair also explains is scored on its own (see below), by the
        # character scorer alone, which finds random Cyrillic or Hangul plainer than the
        # symbols it was shown as: where the line's reading is letters strung together
        # anyhow, it reads none of them.
        return _LineVerdict(-math.inf, out)
    for (ws, we, reading), gain, unclaimed in zip(words, gains, free, strict=False):
        # A one-letter word ("и", "à") reads much the same either way: the line decides.
        tolerance = _LEGACY_TOLERANCE if we - ws > 1 else _LONE_LEGACY_TOLERANCE
        # And the surer the line, the more it decides for its short words and abbreviations
        # ("Є." for "к." in a line of Russian shown as cp1251).
        tolerance += min(_SURE_LINE_TOLERANCE, max(0.0, verdict - 2 * MARGIN) * _SURE_LINE_SHARE)
        if multibyte:
            # A word of a line read as East Asian text may glue a Western word to it ("JSON을",
            # "X의"): the scorer prices the change of script, the line's verdict vouches for it.
            tolerance += _ASCII_AMONG_CJK * count_east_asian(_ASCII_GLUED_CJK, reading)
        # A line of East Asian text whose words a UTF-8 repair also explains testifies
        # through none of them, so it cannot win; its other words are then scored on their
        # own, as those are, where repairs of the same misread beside them may vouch ("ºä",
        # cp949 "뷰", after "³×ÀÓ½ºÆäÀÌ½º", "네임스페이스").
        alone = multibyte and unclaimed and not won and not all(free) and gain >= -tolerance
        if not alone and (gain < -tolerance or (unclaimed and not won)):
            continue
        delta: float | None
        if not unclaimed or alone:
            # A UTF-8 repair explains part of this word too: the legacy reading is scored
            # like any other candidate of the word, and the two compete on that.
            delta = None
        elif verdict >= MARGIN:
            delta = min(verdict, max(gain, 0.0) + _LEGACY_WORD_BONUS)
        else:
            delta = verdict
        misread = legacy_misread(step.encoding, step.read_as, reading)
        out.append((ws, we, Candidate(reading, misread, lossy=False), delta))
    if held:
        return _LineVerdict(-math.inf, out, verdict)
    return _LineVerdict(verdict if won else -math.inf, out)


def _written_as_it_stands(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the letters beyond ASCII of the line of ``spans``, as it stands, are all of
    some language's alphabet: then it is no cp1257 text shown by cp1252, whose Lithuanian and
    Latvian letters show as letters of no one alphabet ("Aèiû uþ pagalbà"), while the letters
    of languages the letter model does not know read as Baltic ones (Kurdish "Komara Îtalî"
    as "Ītalī", Albanian "përfundon" as "pėrfundon")."""
    return alphabets_holding(text, *_line_bounds(text, spans[0][0], spans[-1][1])) > 0


def _cased_letters(codec: str) -> str:
    """The letters with a case that single-byte ``codec`` holds at 80-FF."""
    shown = bytes(range(0x80, 0x100)).decode(codec, "ignore")
    return "".join(c for c in shown if c.lower() != c.upper())


#: The letters cp1257 holds and cp1252 does not: Lithuanian's and Latvian's own ("ą ė ų ā
#: ē ķ ļ ņ"). A cp1257 reading that makes none of them makes letters Western alphabets write
#: too, which other misreads make as well.
_BALTIC_LETTER: Final = re.compile(
    "[" + "".join(sorted(set(_cased_letters("cp1257")) - set(_cased_letters("cp1252")))) + "]"
)


def _unmodelled_alphabet(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether the letters beyond ASCII of the line of ``words``, as it stands, are all of
    the alphabet of a major language the letter model does not know, and of none it knows:
    then the language its other words tell is only the nearest the model knows, and says
    nothing ("sarnane võtmele ... ülimalt" is Estonian, which writes "õ" and "ü" both, and
    the model tells Hungarian, which would write "vőtmele"). (Not a minor language's, whose
    alphabet fits mojibake by chance: Walser writes "é ö ü á ó õ", as Hungarian shown by
    Latin-1 does.)"""
    mask = alphabets_holding(text, *_line_bounds(text, words[0][0], words[-1][1]))
    if mask <= 0:
        return False
    known, unknown = _major_alphabets()
    return bool(mask & unknown) and not mask & known


@cache
def _major_alphabets() -> tuple[int, int]:
    """The CharInfo.langs bits of the major languages the letter model knows, and of those
    it does not (see _unmodelled_alphabet): the same for every line, so made once."""
    known = unknown = 0
    modelled = set(model_languages())
    for lang in major_languages():
        if lang in modelled:
            known |= language_bit(lang)
        else:
            unknown |= language_bit(lang)
    return known, unknown


def _shared_letters_say(
    text: str, words: list[tuple[int, int, str]], encoding: str, claimed: _Spans | None = None
) -> bool:
    """Whether a cp1250 reading of a line shown by cp1252 changes a letter into a letter
    where the line holds "š" or "ž", which both codepages show alike (see _SHARED_LETTER),
    outside what a UTF-8 repair in ``claimed`` explains (ISO 8859-15 shows "è" as "Ãš").

    Central European text shown by cp1252 keeps its "š" and "ž" and changes its "č" into
    "è" ("Hoètitš", "kreolšæina"): a Western line seldom holds "š" or "ž" at all, and a
    line that does seldom holds "è", "æ" or "ò" too. Estonian writes "õ" beside "š"
    ("šokolaadõ"), and Finnish "å" in Swedish names: those changes say nothing (see
    _SAY_NOTHING). Nor does a reading of a word that reads no better so in any language
    the letter model knows: a French name in Czech, "Cœur d'Alène", is no "Cśur". Nor a
    letter standing alone, which is a sign more than a letter of a word: "ø 20 mm" is a
    diameter, no "ř 20 mm".
    """
    if encoding != "cp1250" or not words:
        return False
    line_start, line_end = _line_bounds(text, words[0][0], words[-1][1])
    if not any(
        (m.start() == line_start or text[m.start() - 1].isalpha() or text[m.start() - 1].isspace())
        and not (claimed and claimed.overlapping(m.start(), m.end()))
        for m in _SHARED_LETTER.finditer(text, line_start, line_end)
    ):
        return False  # (none, or only in mojibake of UTF-8: "â€ž" is "„")
    changed = [(text[ws:we], reading) for ws, we, reading in words if text[ws:we] != reading]
    return any(
        a != b and a.isalpha() and b.isalpha() and a not in _SAY_NOTHING and _count_letters(was) > 1
        for was, reading in changed
        for a, b in zip(was, reading, strict=False)
    ) and all(best_saving([was], [reading]) > 0 for was, reading in changed)


#: Letters cp1250 and cp1252 show alike that Western European languages seldom write.
_SHARED_LETTER: Final = re.compile("[ŠŽšž]")
#: Letters that lines holding "š" write as they stand: Estonian "õ", "å" of Swedish names
#: in Finnish, "ã" of São Tomé beside Finnish "tšagatai".
_SAY_NOTHING: Final = frozenset("õÕåÅãÃ")


def _own_letters_sure(
    text: str, words: list[tuple[int, int, str]], encoding: str, saving: float | None = None
) -> bool:
    """Whether the letter model alone is sure of a reading that makes letters only a few
    languages write (see _OWN_LETTERS): it saves _OWN_LETTERS_SURE bits or more before the
    discounts of _letter_gain (``saving``, where the caller has it).

    A reading a letter here and there from the words as they stand is discounted unless the
    line's other words tell its language: one alphabet's words are a letter or two from
    another's ("Èdè" as "Čdč"). "ı ğ ş" are no other alphabet's letters: a line that reads
    far better with them reads as Turkish ("Ondalýk sayý" is "Ondalık sayı"), and a Czech
    or Icelandic one reads worse ("Malý princ", "Þetta er það").
    """
    if encoding not in _OWN_LETTERS or not words:
        return False
    if _folds_to_ascii(text, words):
        return False
    if saving is None:
        saving = _letter_gain(text, words, [True] * len(words))[3]
    return saving >= _OWN_LETTERS_SURE


def _folds_to_ascii(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether every letter a reading changes is an ASCII letter once case-folded, as the
    letter model and the word list see it, and none starts a word: capital "İ", for "Ý", is
    every language's "i" to them, so "GUYANSKİ" reads as Polish and "ŠVİCARSKİ" as
    Croatian, where the Slovak words are best as they stand. (Where "İ" starts a word,
    "İngilizce", the word is Turkish or Azerbaijani more often than Turkmen, "Ýyl".)"""
    return all(
        fold(b).isascii() and i > 0 and reading[i - 1].isalpha()
        for ws, we, reading in words
        for i, (a, b) in enumerate(zip(text[ws:we], reading, strict=False))
        if a != b
    )


def _reads_listed(
    text: str,
    words: list[tuple[int, int, str]],
    encoding: str,
    free: list[bool] | None = None,
    shown_as: str | None = None,
) -> bool:
    """Whether a legacy reading as ``encoding`` makes at least two of its line's words
    words of one language the line may be in (its common or known words: see _lexicon),
    where no language lists one of them as it stands; or the one word it changes, where that
    is long enough (see _ONE_LISTED_WORD). Only the words ``free`` marks count, if given.

    cp1250 text shown by cp1252 changes one letter a word, to letters other languages
    have: "ACASÃ NU SE UITÃ" is no word of any language, "ACASĂ NU SE UITĂ" Romanian, and
    "Hõsök Lõrinc, ügyvezetõ" Hungarian only as "Hősök Lőrinc, ügyvezető". One short word is
    not enough: Gaelic "Tìle" is Czech "těle" shown by cp1252, and the list holds no Gaelic.
    """
    if _folds_to_ascii(text, words):
        return False
    pairs = [
        (text[ws:we], reading)
        for i, (ws, we, reading) in enumerate(words)
        if (free is None or free[i])
        and text[ws:we] != reading
        # (A number is no word of any list: "411˙36", cp852's "411\u00a036", says nothing.)
        and any(map(str.isalpha, reading))
    ]
    if len(pairs) == 1:
        was, read = pairs[0]
        shortest = _ONE_LISTED_WORD.get(encoding)
        if shortest is None and (encoding, shown_as) in _CONSOLE_PAIRS:
            shortest = _ONE_LISTED_CONSOLE_WORD
        if _changes_script(was, read):
            shortest = _ONE_LISTED_SCRIPT_WORD
        if shortest is None:
            return False
        run = _longest_changed_run(was, read)
        if run < shortest:
            # (Shorter, where the line's other words say it is in a language that lists
            # it: "nevû" beside "Adjon meg egy új jelszót" is Hungarian "nevű". Where they
            # fit many languages alike, they tell none: "Sant'Èlena" beside "Isterlina de"
            # is Sardinian, not Slovenian "Sant'Člena".)
            if run < _TOLD_LISTED_WORD:
                return False
            langs = _newly_listed([was], [read], deep=True)
            if not langs:
                return False
            context = _other_words(text, words)
            told = told_languages(context)
            if told is None:
                told = told_by_words(context)  # ("Zadejte èíslo.": too few letters to tell)
            return told is not None and len(told) <= _TOLD_FEW and bool(langs & told)
    elif len(pairs) < _LISTED_LINE_WORDS:
        return False
    langs = _newly_listed([was for was, _ in pairs], [read for _, read in pairs], deep=True)
    if not langs:
        return False
    starts = [w[0] for w in words]
    # (The whole line read must fit the alphabet of a language that lists them: Kurdish
    # "Kurdî: pergalê" is no Lithuanian "pergalę", which writes no "î".)
    whole = _read_as(text, *_line_bounds(text, words[0][0], words[-1][1]), words, starts)
    if not _alphabet_may_write(langs, (whole or "").split()):
        return False
    line = _read_as(text, words[0][0], words[-1][1], words, starts)
    return _line_may_write(langs, (line or "").split())


def _listed_past_claims(
    text: str, start: int, end: int, reading: str, claimed: _Spans, gain: float
) -> bool:
    """Whether a single-byte reading of the word ``text[start:end]`` turns it into a
    common word of another script (see _ONE_LISTED_SCRIPT_WORD) where the UTF-8 repairs that
    claim the word read only a little better than it, or than the reading does (by less
    than MARGIN; ``gain``: how much better the reading reads than the word): the word then
    testifies for the reading ("Òèï" is cp1251 "Тип", not cp850's UTF-8 "㊋"; "ÛíÑ" cp1256
    "غير", not cp850's "ꡥ", a Phags-pa letter)."""
    return all(
        p.delta < max(gain, 0.0) + MARGIN for p in claimed.overlapping(start, end)
    ) and _listed_in_its_script(text[start:end], reading)


def _listed_in_its_script(word: str, reading: str) -> bool:
    """Whether a single-byte reading of ``word`` turns it into a common word of another
    script: what _listed_past_claims asks beyond the claims' deltas."""
    return (
        _changes_script(word, reading)
        and _longest_changed_run(word, reading) >= _ONE_LISTED_SCRIPT_WORD
        and bool(_newly_listed([word], [reading], deep=True))
    )


def _surely_claimed(text: str, start: int, end: int, reading: str, claimed: _Spans) -> bool:
    """Whether UTF-8 repairs explain the word ``text[start:end]`` (see _claimed) and no gain
    of a single-byte ``reading`` of it could make it testify all the same (see
    _listed_past_claims)."""
    return _claimed(text, start, end, claimed) and not _listed_in_its_script(
        text[start:end], reading
    )


def _changes_script(was: str, read: str) -> bool:
    """Whether ``read`` holds letters of one script only, which ``was`` holds none of, and
    turns every letter of ``was`` into one ("Èþíü" as "Июнь"; and "÷èåò" as "χθες", a sign
    as well)."""
    before = [char_info(c).script for c in was if c.isalpha()]
    after = [char_info(c).script for c in read if c.isalpha()]
    return 0 < len(before) <= len(after) and len(set(after)) == 1 and after[0] not in before


def _longest_changed_run(was: str, read: str) -> int:
    """How many letters the longest run of letters in ``read`` that holds a letter changed
    from ``was`` has ("Sant’Člena": 5)."""
    longest = run = 0
    changed = False
    for a, b in zip(was, read, strict=False):
        if b.isalpha():
            run += 1
            changed = changed or a != b
        else:
            run, changed = 0, False
        if changed:
            longest = max(longest, run)
    return longest


def _claimed(text: str, start: int, end: int, claimed: _Spans) -> bool:
    """Whether UTF-8 repairs explain at least half of the word ``text[start:end]``'s
    non-ASCII characters.

    A UTF-8 repair of two characters inside a long run that a legacy reading turns into a
    line of Japanese ("ラーメン、チャーハン…" shown by cp437 holds "┼ì", UTF-8 "ō") explains
    too little of the word to take it from the line.
    """
    covered = 0
    for p in claimed.overlapping(start, end):
        lo, hi = max(start, p.start), min(end, p.end)
        covered += hi - lo - sum(1 for c in text[lo:hi] if c < "\x80")
    return covered > 0 and 2 * covered >= _non_ascii(text[start:end])


def _letter_gain(
    text: str, words: list[tuple[int, int, str]], free: list[bool]
) -> tuple[float, int, float, float, bool]:
    """What the letter model says of the line's reading, in bits: how many fewer it needs for
    the line's words once read, in the language that fits the line best (negative: the line
    reads better as it stands).

    The line's other words nearby in the reading's script come in unchanged on both sides:
    they say which language the line is in, and a changed letter fits that language or does
    not ("pìt" is Italian enough alone, not beside "dvanáct"). Short capitals are left out:
    abbreviations ("ГБ", "ОЗП") are no words of any language, so any reading of them looks
    better.

    A saving counts only as far as the reading itself reads like a language: letters of any
    alphabet strung together anyhow ("ХЕО" for Chinese) cost less than symbols, but far more
    per pair than words do.

    Also how many letter pairs the line's other words hold: what the model knows of the
    line's language besides the words it judges; what the reading saves in the language
    those words tell, if they tell one (``Comparison.told``, or where the model cannot tell,
    the languages the word list knows them in: see told_by_words); and what it saves before
    the discounts above (see _own_letters_sure); and whether the reading is letters strung
    together anyhow, more so than any language writes (see _STRUNG_PER_PAIR).
    """
    mine = [(ws, we, r) for (ws, we, r), f in zip(words, free, strict=False) if f]
    mine = [(ws, we, r) for ws, we, r in mine if not _abbreviation(text[ws:we])]
    if not mine:
        return 0.0, 0, 0.0, 0.0, False
    start, end = _model_window(text, words[0][0], words[-1][1])
    # (In a line of capitals only, short words are words: "SUÍ" says the line is no
    # Romanian, as "suí" does.)
    capitals = not any(c.islower() for c in text[start:end])
    # (The script of the letters the reading changes: "Богtown" is a Cyrillic reading.)
    scripts = {
        char_info(b).script
        for ws, we, r in mine
        for a, b in zip(text[ws:we], r, strict=False)
        if a != b and b.isalpha()
    }
    around = [
        word
        for word in _other_words(text, words)
        if (capitals or not _abbreviation(word))
        and any(char_info(c).script in scripts for c in word if c.isalpha())
    ]
    before = [_as_letters(text[ws:we], r) for ws, we, r in mine]
    after = [r for *_, r in mine]
    fit = compare(around, before, after)
    told = fit.told
    if not told and best_saving(before, after) >= _TOLD_SURE:
        # Where the letter model cannot tell the line's language, its words may: "Grzegorz"
        # is Polish, and "Brzęczyszczykiewicz" reads far better so in Polish. (Only where
        # the reading could be sure so: it saves no more in one language than in the best.)
        langs = told_by_words(around)
        if langs is not None and len(langs) <= _TOLD_FEW:
            told = told_saving(langs, before, after)
    gain = fit.gain
    saving = gain - fit.mismatch
    if gain > 0:
        letters = changed = 0
        for ws, we, r in mine:
            letters += sum(1 for c in text[ws:we] if c.isalpha())
            changed += sum(1 for a, b in zip(text[ws:we], r, strict=False) if a != b)
        if 2 * changed < letters:
            # A reading a letter here and there from the words as they stand ("Èdè" as
            # "Čdč"): one alphabet's words are only a letter or two from another's, so it
            # must read as a language well, among words that say which.
            tight, loose = _MODEL_TIGHT, _MODEL_LOOSE
            gain *= min(1.0, (fit.context_pairs + changed) / _MODEL_CONTEXT_FULL)
        else:
            tight, loose = _MODEL_FAR_TIGHT, _MODEL_FAR_LOOSE
        gain *= min(1.0, max(0.0, (loose - fit.per_pair) / (loose - tight)))
    strung = fit.per_pair >= _STRUNG_PER_PAIR and pair_count(after) >= _STRUNG_PAIRS
    return gain - fit.mismatch, fit.context_pairs, told, saving, strung


def _strung_together(readings: list[str], encoding: str) -> bool:
    """Whether ``readings``, a line's words read in legacy ``encoding``, are letters strung
    together more anyhow than any language writes them, by themselves: too dear a pair in
    the letter model (see _STRUNG_PER_PAIR), or in an East Asian codepage characters too far
    down their writers' list (see _STRUNG_RANK_BITS)."""
    if encoding not in SINGLE_BYTE:
        return _strung_ranks(_mean_rank_bits("".join(readings), encoding))
    pairs = pair_count(readings)
    return pairs >= _STRUNG_PAIRS and letter_cost(readings) >= _STRUNG_PER_PAIR * pairs


def _strung_ranks(found: tuple[float, int] | None) -> bool:
    """Whether an East Asian reading whose _mean_rank_bits() are ``found`` is characters
    strung together as its writers never write them (see _STRUNG_RANK_BITS)."""
    return found is not None and found[1] >= _STRUNG_CHARACTERS and found[0] >= _STRUNG_RANK_BITS


def _as_letters(was: str, read: str) -> str:
    """``was`` with each sign its reading ``read`` turns into a letter made a letter no
    language writes: the letter model leaves signs at a word's ends out, so "©tìpánská"
    would be priced as "tìpánská", a letter shorter than its reading "Štěpánská"."""
    if len(was) != len(read):
        return was
    return "".join(
        UNWRITTEN if not a.isalpha() and b.isalpha() else a for a, b in zip(was, read, strict=True)
    )


def _model_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[start:end]``'s line that the letter model reads around it: the
    line, but no further than _MODEL_CONTEXT each side (and searched no further, so that the
    work stays bounded however long the line)."""
    lo, hi = max(0, start - _MODEL_CONTEXT), min(len(text), end + _MODEL_CONTEXT)
    line_end = text.find("\n", end, hi)
    return max(lo, text.rfind("\n", lo, start) + 1), hi if line_end < 0 else line_end


def _rewritten(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a reading changes nearly every letter of its words, five or more of them.

    A reading that changes a letter here and there may turn a word of a language the letter
    model does not know into one of a language it does ("Kõrgõzstan" into Hungarian
    "Kőrgőzstan"); one that rewrites a whole word turns a real word into letters strung
    anyhow, unless the word was no word as it stood ("БЖБТУЛЙ", KOI8-R "афарски" shown by
    cp1251), so the model alone may judge it.
    """
    letters = changed = 0
    for ws, we, reading in words:
        for a, b in zip(text[ws:we], reading, strict=False):
            if a.isalpha():
                letters += 1
                changed += a != b
    return letters >= _REWRITTEN_LETTERS and changed >= _REWRITTEN_SHARE * letters


def _abbreviation(word: str) -> bool:
    """Whether ``word`` is at most three capitals (with whatever else is no letter), or
    such abbreviations between slashes ("ГБ", "ПНМ/ПБМ")."""
    for part in word.split("/"):
        letters = [c for c in part if c.isalpha()]
        if len(letters) > _ABBREVIATION or not all(c.isupper() for c in letters):
            return False
    return True


def _scripts_beyond_ascii(word: str) -> int:
    """How many scripts the letters of ``word`` beyond ASCII are of (those of none aside:
    "ª", "µ"). Two, in a legacy reading, is a word no text writes ("صىكçو", cp1256's reading
    of Latin-1 letters, which keeps the French ones); a reading that puts them beside ASCII
    letters is another matter (see _mixes_scripts)."""
    return len({char_info(c).script for c in word if c >= "\x80" and c.isalpha()} - {""})


def _all_accented(word: str) -> bool:
    """Whether ``word`` has three letters or more and each is a non-ASCII Latin letter."""
    letters = [c for c in word if char_info(c).kind in _LETTERS]
    return len(letters) >= _ACCENTED_MIN and all(
        c >= "\x80" and char_info(c).script == "LATIN" for c in letters
    )


def _mostly_letters(text: str, words: list[tuple[int, int, str]]) -> int:
    """How many letters a legacy reading yields, or 0 if it changes more than letters.

    Misread text is words, not symbols: a legacy reading yields mostly letters, some of them
    from letters (not only from symbols, as "¯" into "Ї" would); and one changed letter in a
    line is no reading.
    """
    letters = changed = kept = 0
    for ws, we, reading in words:
        word_letters, word_changed, word_kept = _letter_changes(text[ws:we], reading)
        letters += word_letters
        changed += word_changed
        kept += word_kept
    return letters if 2 * letters >= changed and kept else 0


@short_key_cache(maxsize=1024)
def _letter_changes(original: str, reading: str) -> tuple[int, int, int]:
    """For _mostly_letters(), of one word: the letters its reading yields, the characters it
    changes, and the yielded letters that come from letters (cached, as _word_reading is)."""
    letters = changed = kept = 0
    if len(original) == len(reading):
        for i, (a, b) in enumerate(zip(original, reading, strict=False)):
            if a != b:
                changed += 1
                if char_info(b).kind in _LETTERS:
                    letters += 1
                    # A letter, or a symbol inside a word ("pó³ka"), became a letter.
                    kept += char_info(a).kind in _LETTERS or any(
                        char_info(c).kind in _LETTERS
                        for c in original[max(0, i - 1) : i + 2]
                        if c != a
                    )
    else:
        # (Punctuation paired up from symbols, GBK's quotes "¡°" and "¡±", is neither: it
        # stands beside the letters a line of such pairs holds.)
        new = [c for c in reading if c >= "\x80" and char_info(c).kind not in _PAIRED_PUNCT]
        changed += len(new)
        yielded = sum(1 for c in new if char_info(c).kind in _LETTERS)
        letters += yielded
        kept += yielded  # multi-byte readings turn pairs of characters into one
    return letters, changed, kept


def _merge_in_words(
    text: str, firsts: list[tuple[Suspect, Candidate]]
) -> Iterator[tuple[int, int, Candidate]]:
    """Join runs of one codec that lie in one word into one proposal ("ievƒìlƒìtƒÅs").

    Judged one at a time, each run of such a word still sits beside the others' damage and
    looks only half as much better; judged together the word reads as a word.
    """
    by_codec: dict[str, list[tuple[Suspect, Candidate]]] = {}
    for suspect, cand in firsts:
        by_codec.setdefault(suspect.codec, []).append((suspect, cand))
    for items in by_codec.values():
        group: list[tuple[Suspect, Candidate]] = []
        for item in [*items, None]:
            if item is not None and group:
                gap = text[group[-1][0].end : item[0].start]
                if len(gap) <= _MERGE_GAP and all(c.isalpha() for c in gap):
                    group.append(item)
                    continue
            if len(group) > 1 and not _one_run_repeated(text, group):
                pieces = []
                for j, (suspect, cand) in enumerate(group):
                    if j:
                        pieces.append(text[group[j - 1][0].end : suspect.start])
                    pieces.append(cand.text)
                yield (
                    group[0][0].start,
                    group[-1][0].end,
                    Candidate(
                        "".join(pieces),
                        group[0][1].chain,
                        lossy=False,
                        evidence=sum(c.evidence for _, c in group),
                    ),
                )
            group = [item] if item is not None else []


def _one_run_repeated(text: str, group: list[tuple[Suspect, Candidate]]) -> bool:
    """Whether one run of ``group`` recurs three times or more and makes two thirds of it:
    a pattern, line art ("├┤a┼┐a┼┐a┼┐"), whose runs are not joined into one word."""
    top = max(Counter(text[s.start : s.end] for s, _ in group).values())
    return top >= 3 and 3 * top >= 2 * len(group)


def _choose(
    text: str, proposals: list[_Proposal], threshold: float
) -> list[tuple[_Proposal, float]]:
    """Pick the best non-overlapping proposals that clear ``threshold``.

    The first pass judges every proposal in the text as it stands. Later passes judge each
    one again with the repairs chosen so far applied around it, and let those repairs vouch
    for weaker proposals explained by the same codec.
    """
    chosen = _Spans()
    result: list[tuple[_Proposal, float]] = []
    # (Each proposal's kinds, worked out once: every pass asks for them.)
    number = _numbering()
    kinds = {id(p): number(_kinds(text, p)) for p in proposals}
    explains = _explaining(proposals, kinds)
    # The window each proposal was last scored in, and its score there. A proposal whose
    # window reads as it did scores as it did; in a long text the scorer's caches no longer
    # hold what the pass before worked out.
    last: dict[int, tuple[tuple[str, str, str], float | None]] = {}
    # The windows of each span, as it stands and in this pass: its proposals share them.
    unfixed: dict[tuple[int, int], tuple[str, str, str]] = {}
    # What _split_wider() found in each pass, for the next (see _narrow_reads_better).
    split: _Splits = {}
    # Where some proposal finds mojibake (see _reads_as_written_beside).
    explained = _covered(proposals)
    # A window does not reach past its line (see _window): where no repair chosen in a line
    # changed since the pass before, its proposals score as they did there. Each proposal's
    # lines, and what it scored in the last pass that judged it.
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    lines = {
        id(p): (bisect_ints_left(breaks, p.start), bisect_ints_left(breaks, p.end))
        for p in proposals
    }
    judged: dict[int, float | None] = {}
    before: list[_Proposal] = []
    for round_ in range(_PASSES):
        windows: dict[tuple[int, int], tuple[str, str, str]] = {}
        dirty = _changed_lines(text, before, chosen.items, breaks)
        before = chosen.items
        # Only repairs that stand on their own vouch: two guesses must not prop each other up.
        # A repair that lost a byte stands on its own where its UTF-8 is evident enough
        # ("Î Î±Î½Ï„Î¶Î±Ï…": a lost no-break space, and ten continuation characters).
        sure = [p for p in chosen.items if not p.needs_vouch and _stands_on_its_own(p)]
        vouchers = {id(p) for p in sure}
        vouch: dict[int, int] = {}
        for p in sure:
            for codec in explains(p):
                vouch[codec] = vouch.get(codec, 0) + 1
        top = max(vouch.values(), default=0)
        scored = []
        for p in proposals:
            # What the other repairs say: a proposal does not vouch for itself or its rivals.
            # (Only those that vouch at all are taken off: a repair that needs another to
            # vouch for it, chosen in the pass before, took no vote it could take back.)
            own = [
                q for q in chosen.overlapping(p.start, p.end) if not q.lossy and id(q) in vouchers
            ]
            total = len(sure) - len(own)
            # The most votes any kind of p gets, less those of its own rivals (0 if it has no
            # kind). Written out: it runs for every proposal in every pass.
            votes = 0
            first = True
            for c in kinds[id(p)]:
                v = vouch.get(c, 0)
                for q in own:
                    if c in explains(q):
                        v -= 1
                if first or v > votes:
                    votes, first = v, False
            if p.needs_vouch and votes <= 0:
                judged.pop(id(p), None)
                continue
            share = votes / total if total > 0 else 0.0
            # The misread the other repairs agree on most: a proposal that is not one of it
            # dissents, and a text seldom has two misreads of one kind.
            dissent = max(0.0, top / len(sure) - share) if len(sure) >= 2 else 0.0
            rescored = None
            first_line, last_line = lines[id(p)]
            if id(p) in judged and (
                dirty is not None and not any(dirty[first_line : last_line + 1])
            ):
                rescored = judged[id(p)]
            elif round_ and not p.whole_text and chosen.overlapping(p.start - _NEAR, p.end + _NEAR):
                span = (p.start, p.end)
                window = windows.get(span)
                if window is None:
                    window = windows[span] = _window(text, p.start, p.end, chosen)
                seen = last.get(id(p))
                if seen is None:
                    # (The delta a proposal comes with is its score in the text as it stands.)
                    if span not in unfixed:
                        unfixed[span] = _window(text, p.start, p.end)
                    seen = (unfixed[span], p.delta)
                if seen[0] == window:
                    rescored = seen[1]
                else:
                    rescored = _score_in(text, p.start, p.end, p.cand, window)
                    last[id(p)] = (window, rescored)
            judged[id(p)] = rescored
            # With nothing chosen nearby its surroundings read the same as before.
            delta = (p.delta if rescored is None else rescored) + p.preferred
            bonus = _VOUCH * share + _VOUCH_EACH * min(votes, 2) - _DISSENT * dissent
            if (
                bonus > 0
                and confidence(delta) < threshold <= confidence(delta + bonus)
                and _reads_as_written_beside(text, p, explained, chosen)
            ):
                continue
            scored.append((p, delta + bonus))
        passing = [(p, d) for p, d in scored if confidence(d) >= threshold]
        passing.sort(key=lambda pd: (-pd[1], pd[0].start))
        taken = _Spans()
        result = []
        for p, delta in passing:
            if not taken.overlapping(p.start, p.end):
                taken.add(p)
                result.append((p, delta))
        result, taken = _split_wider(text, result, passing, taken, split)
        if [p for p, _ in result] == chosen.items:
            break
        chosen = taken
    result.sort(key=lambda pd: pd[0].start)
    return result


def _changed_lines(
    text: str, was: list[_Proposal], now: list[_Proposal], breaks: list[int]
) -> list[bool] | None:
    """Which lines of ``text`` (split at ``breaks``) hold a repair chosen in one of ``was``
    and ``now`` but not the other; None where a repair's span or reading holds a line break,
    and the lines no longer part the windows."""
    dirty = [False] * (len(breaks) + 1)
    kept = {id(p) for p in was} & {id(p) for p in now}
    for p in itertools.chain(was, now):
        if "\n" in p.after or "\n" in text[p.start : p.end]:
            return None
        if id(p) in kept:
            continue
        for line in range(bisect_ints_left(breaks, p.start), bisect_ints_left(breaks, p.end) + 1):
            dirty[line] = True
    return dirty


def _fixed_reads(
    chosen: list[tuple[_Proposal, float]],
) -> tuple[_Spans, list[tuple[int, int, str]]]:
    """The chosen repairs as spans, and each one's span and repair in the same order: what
    the windows and the words around a repair see (see _window, _read_as)."""
    fixed = _Spans()
    for o, _d in chosen:
        fixed.add(o)
    return fixed, [(o.start, o.end, o.after) for o in fixed.items]


def _settle_by_language(
    text: str, proposals: list[_Proposal], chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """Where a chosen UTF-8 repair has a rival reading of its span that the scorer likes as
    well once the repairs around it are made, let the word's case, the letter model and the
    word list choose between them (see _rival_reads_better; a C1 control's readings, and a
    letter against a symbol, by the word list alone: see _listed_rival); then, where that
    leaves a repair no other repair of its line agrees with, the line's misread.

    cp1250 and ISO 8859-2 show the same letters for different bytes: "ĂĄ" is "å" shown by
    the one and "á" by the other, and each is as plain a letter as the other. Which of two
    such rivals ties is known only once the word's other damage is repaired ("szĂłtĂĄrnak":
    before "Ăł" is "ó", "å" looks the worse). Here every rival is judged in the text as it
    will read, among the word's and the line's other repairs: "szótárnak", not "szótårnak".
    And "Ăˇ" is cp1250's "á" or ISO 8859-2's "÷": in "nenĂ\xad platnĂˇ moĹľnost", where
    "Ĺľ" is "ž" shown by cp1250 only, it is "á" ("platná" is too rare for the word list).
    """
    rivals_of: dict[tuple[int, int], list[_Proposal]] = {}
    for q in proposals:
        if (q.chain[0].encoding == "utf-8" or q.chain in _C1_CHAINS) and not q.lossy:
            rivals_of.setdefault((q.start, q.end), []).append(q)
    out = list(chosen)
    # The chosen repairs, as the windows and the words around each see them: a repair's own
    # span is left out of its window (see _window) and of its word's reading.
    fixed, reads = _fixed_reads(out)
    starts = fixed.starts
    for by_line in (False, True):
        # (The line's misread is asked last: before the words are settled, a repair that
        # the language is about to overrule would testify for its codepage.)
        line_counts: dict[int, tuple[int, Counter[str]]] = {}
        for i, (p, delta) in enumerate(out):
            c1 = p.chain in _C1_CHAINS
            if (p.chain[0].encoding != "utf-8" and not c1) or p.lossy or (by_line and c1):
                continue
            rivals = [
                q
                for q in rivals_of.get((p.start, p.end), [])
                if q.after != p.after
                and (
                    q.chain in _C1_CHAINS
                    if c1
                    else _letters_for_letters(q.after, p.after)
                    or _letters_for_symbols(p.after, q.after)
                )
            ]
            if not rivals:
                continue
            shown = _shown_by_line(text, p, fixed, line_counts) if by_line else None
            if by_line and (not shown or _shown_by(text, p) & shown):
                continue
            head0, tail0, line_start, line_end = _word_around(text, p.start, p.end)
            head = _read_as(text, p.start - len(head0), p.start, reads, starts) or head0
            tail = _read_as(text, p.end, p.end + len(tail0), reads, starts) or tail0
            if len(head) + len(p.after) + len(tail) > _WORD_MAX:
                continue
            context = _context_read(text, line_start, line_end, p.start, reads, starts)
            ours = head + p.after + tail
            window: tuple[str, str, str] | None = None
            mine = None
            for q in rivals:
                # (The line's misread and language first: they rule out most rivals, and
                # scoring is the dearer.)
                theirs = head + q.after + tail
                # A line is misread one way: a rival is judged among the line's other
                # repairs as its own chain would make them, where it has their rivals too
                # ("Szalai ĂŠs tĂĄrsa" is cp1250's "Ês tårsa" or ISO 8859-2's "és társa":
                # "társa" is judged beside "és", not beside "Ês").
                # (A letter for a letter: the language judges it, else only the word list.)
                by_letters = not c1 and _letters_for_letters(q.after, p.after)
                as_theirs = None
                if by_letters and shown is None:
                    as_theirs = _misread_alike(fixed, p, q, line_start, line_end, rivals_of)
                if as_theirs is not None:
                    their_reads = [(o.start, o.end, o.after) for o in as_theirs.items]
                    their_starts = as_theirs.starts
                    word = p.start - len(head0), p.end + len(tail0)
                    theirs = _read_as(text, *word, their_reads, their_starts) or theirs
                    line_words = _line_words_read(
                        text, line_start, line_end, reads, starts, their_reads, their_starts
                    )
                if shown is not None:
                    if not _shown_by(text, q) & shown:
                        continue
                elif not (
                    _listed_rival(ours, theirs, context)
                    if not by_letters
                    else _rival_reads_better(ours, theirs, context)
                    if as_theirs is None
                    else _line_reads_better(*line_words)
                ):
                    continue
                if window is None:
                    window = _window(text, p.start, p.end, fixed)
                    mine = _score_in(text, p.start, p.end, p.cand, window)
                score = _score_in(
                    text,
                    q.start,
                    q.end,
                    q.cand,
                    window if as_theirs is None else _window(text, q.start, q.end, as_theirs),
                )
                # (A rival the word list knows, where ours it does not, may score a little
                # lower: the scorer reads a capital after an apostrophe as no word does,
                # "L'Île-de-France", and likes ISO 8859-15's "L'ôle" better.)
                tie = (
                    _LISTED_TIE
                    if not _capital_inside(ours, theirs) and _listed_rival(ours, theirs, context)
                    else _TIE
                )
                if mine is not None and score is not None and score >= mine - tie:
                    out[i] = (q, delta)
                    k = bisect_ints_left(starts, p.start)
                    fixed.items[k] = q
                    reads[k] = (q.start, q.end, q.after)
                    _retally(text, p, q, line_counts)
                    break
    return out


def _line_words_read(
    text: str,
    line_start: int,
    line_end: int,
    reads: list[tuple[int, int, str]],
    starts: list[int],
    their_reads: list[tuple[int, int, str]],
    their_starts: list[int],
) -> tuple[list[str], list[str], list[str]]:
    """The words of ``text[line_start:line_end]`` that ``reads`` and ``their_reads`` read
    apart, as each reads them, and those they read alike (see _context_read)."""
    ours, theirs, alike = [], [], []
    for m in _TOKEN.finditer(text, line_start, line_end):
        if _CODE.search(m.group()):
            continue
        a = _read_as(text, m.start(), m.end(), reads, starts)
        b = _read_as(text, m.start(), m.end(), their_reads, their_starts)
        if a is None or b is None:
            continue
        if a == b:
            alike.append(a)
        else:
            ours.append(a)
            theirs.append(b)
    return ours, theirs, alike


def _line_reads_better(ours: list[str], theirs: list[str], context: list[str]) -> bool:
    """_rival_reads_better() of a line's words as two rival misreads read them, all at once."""
    if len(ours) <= 1:
        return bool(ours) and _rival_reads_better(ours[0], theirs[0], context)
    if blind_to("".join(ours + theirs)) or any(
        _case_fits(a, b) is False for a, b in zip(ours, theirs, strict=True)
    ):
        return False
    fit = compare(context, ours, theirs)
    return fit.gain >= _TIE_BITS and fit.per_pair <= _TIE_PER_PAIR


#: How far from a repair, in characters of the text as it stands, _misread_alike() keeps
#: the repairs around it: past its model window (_MODEL_CONTEXT), and past the reach of its
#: scorer's window however much three layers of UTF-8 shrink (36 characters for one, read).
_SWAP_REACH: Final = 1024


def _misread_alike(
    fixed: _Spans,
    p: _Proposal,
    q: _Proposal,
    line_start: int,
    line_end: int,
    rivals_of: dict[tuple[int, int], list[_Proposal]],
) -> _Spans | None:
    """The repairs ``fixed`` with ``p`` and, in its line (``line_start`` to ``line_end``),
    every other one that has a rival of ``q``'s chain, that rival in its place; None where no
    other repair of the line has one. Only those near enough to ``p`` to change its word, its
    line's words or its window (see _SWAP_REACH): the work stays bounded however many
    repairs the text holds."""
    swapped = _Spans()
    changed = False
    lo, hi = min(line_start, p.start - _SWAP_REACH), max(line_end, p.end + _SWAP_REACH)
    for o in reversed(fixed.overlapping(lo, hi)):
        kept = q if o is p else o
        if o is not p and line_start <= o.start and o.end <= line_end:
            for r in rivals_of.get((o.start, o.end), ()):
                if r.chain == q.chain and r.after != o.after:
                    kept, changed = r, True
                    break
        swapped.add(kept)
    return swapped if changed else None


def _join_listed_words(
    text: str, proposals: list[_Proposal], chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """Where a space may be a lost no-break space, joining two words, let the word list say
    whether it is: a common word of a language the line may be in (see _line_may_write), or
    the space splits no word it knows (see _splits_no_listed_word).

    "Ã quele" is "à" and a space, or "à" whose A0 byte became the space. The first needs two
    losses and the second joins words, so the scorer cannot tell; the language can: Portuguese
    writes "àquele", Vietnamese "hài" ("hĂ i" shown by cp1250). So a join replaces its rival
    that kept the space (or kept it after guessing another lost byte: "á±" and a space is
    Santali "ᱠ", not "᱐" and a space); and where neither was chosen ("TÃ i" may be capitals,
    "TÃ"), a join is made beside a repair of the same misread in its line, which vouches for
    the lost byte; or alone, where the word says so itself: a listed word long enough after
    the space, or a letter standing alone that only its reading writes so (see
    _stands_alone). Clean text has no such repair, and none of its words reads so.
    """
    joins = [
        q
        for q in proposals
        if q.cand.guessed and text[q.end - 1 : q.end] == " " and not q.after.endswith(" ")
    ]
    if not joins:
        return chosen
    out = list(chosen)
    fixed, reads = _fixed_reads(out)
    starts = fixed.starts
    for q in joins:
        k = bisect_ints_left(starts, q.start)
        if k < len(starts) and starts[k] == q.start and fixed.items[k].end == q.end:
            p = fixed.items[k]
            if not (p.cand.guessed and p.after.endswith(" ")):
                continue
        elif fixed.overlapping(q.start, q.end):
            continue
        else:
            p = None
        vouched = p is not None or _vouched_in_line(text, q, fixed)
        as_is = _word_around(text, q.start, q.end)
        head, tail, line_start, line_end = as_is
        if any(
            not (o.chains & q.chains)
            for o in fixed.overlapping(q.start - len(head), q.end + len(tail))
            if o is not p
        ):
            # (Part of the word is another misread's: "Р¦УМС РПМХДОС" is KOI8-U "після
            # полудня", whose space no UTF-8 letter "Ѡ" of "С" and a no-break space took.)
            continue
        head = _read_as(text, q.start - len(head), q.start, reads, starts) or head
        tail = _read_as(text, q.end, q.end + len(tail), reads, starts) or tail
        if _small_amid_capitals(head, q.after, tail):
            continue  # (Vietnamese "ĐI-NĂ I-RẮC": "Ă" and a space are no "à" amid capitals)
        if not vouched and (head or tail) and not _long_tail_joined(q.after, tail):
            continue  # (what the word list or the line would say cannot make it: see below)
        langs = languages_of(head + q.after + tail)
        context = _context_read(text, line_start, line_end, q.start, reads, starts)
        # (What follows the space must be able to follow the word: "ЦЕНТР (МОСКВА)" is two
        # listed words, whose "Р" and space are no "Р" of UTF-8, and so is "СО %(FIELD)S".)
        # (And the join must make one word of letters: "g" and "studiować" either side of
        # the symbol "꜠", cp1250's "ęś" and a space, are no word "g꜠studiować".)
        listed = (
            bool(langs and _line_may_write(langs, context))
            and _may_follow_word(tail)
            and one_run(q.after)
        )
        if not vouched:
            # Nothing vouches for the lost byte but the word: a listed word no shorter than
            # _JOINED_TAIL letters after the space, or a letter that stands alone where
            # the one shown could not (see _stands_alone).
            if not (
                (listed and _long_tail_joined(q.after, tail))
                or (
                    not (head or tail)
                    and _stands_alone(text[q.start : q.end - 1], q.after, context)
                )
            ):
                continue
        elif not listed and not (
            # (Where nothing was chosen here, only in a word repaired beside it: "stáť
            # približne" is clean Slovak, though cp1250 reads "áť" and a no-break space.)
            (p is not None or (head, tail) != as_is[:2])
            and _splits_no_listed_word(head, q.after, tail)
        ):
            continue
        if p is not None and p.cand.dropped and _dropped_reads_better(head, p.after, q.after, tail):
            continue  # (see _dropped_reads_better)
        if p is not None:
            i = next(i for i, (o, _d) in enumerate(out) if o is p)
            out[i] = (q, out[i][1])
            fixed.items[k] = q
            reads[k] = (q.start, q.end, q.after)
        else:
            out.append((q, q.delta + _LISTED_JOIN_WEIGHT))
            fixed.add(q)
            reads.insert(k, (q.start, q.end, q.after))
    out.sort(key=lambda pd: pd[0].start)
    return out


def _dropped_reads_better(head: str, dropped: str, joined: str, tail: str) -> bool:
    """Whether ``head`` + ``dropped`` (a guess of a dropped byte, with the space after it)
    and then ``tail`` read better than ``head`` + ``joined`` + ``tail``, the one word a lost
    no-break space would make of them: the first is a listed word ("Lielā iela"), or the
    letter model prices it lower ("спря пред", not "спрѠпред")."""
    word = head + dropped[:-1]
    if languages_of(word):
        return True
    split = letter_cost([word.casefold(), tail.casefold()])
    return split < letter_cost([(head + joined + tail).casefold()])


def _long_tail_joined(letter: str, tail: str) -> bool:
    """Whether a join of ``letter`` (read from what stood before a space) to the word after
    it, ``tail``, makes a letter that _JOINED_TAIL letters or more follow."""
    return letter.isalpha() and sum(1 for c in tail if c.isalpha()) >= _JOINED_TAIL


def _small_amid_capitals(head: str, letter: str, tail: str) -> bool:
    """Whether joining would set a small letter between two capitals: a word of capitals
    holds none, and UTF-8's capitals come from other bytes ("À" is C3 80, "à" C3 A0)."""
    return any(c.islower() for c in letter) and head[-1:].isupper() and tail[:1].isupper()


def _may_follow_word(tail: str) -> bool:
    """Whether ``tail`` may follow a word with no space between: nothing, a letter, or
    punctuation that closes or ends something (not a bracket that opens, nor "%")."""
    return (
        not tail
        or tail[0].isalpha()
        or tail[0] in _AFTER_WORD
        or unicodedata.category(tail[0]) in ("Pe", "Pf")
    )


def _stands_alone(shown: str, letter: str, context: list[str]) -> bool:
    """Whether ``letter``, read from the one letter ``shown`` and the space after it, is a
    word standing alone where ``shown`` could not be: the letter model, among the line's
    other words, saves _ALONE_BITS or more on it ("Relation un Ã  un" is French "à"; no
    language writes "Ã" alone, while Norwegian writes "Å", so "Å" is not Slovene "Š")."""
    return (
        len(shown) == 1
        and shown.isalpha()
        and len(letter) == 1
        and letter.isalpha()
        and compare(context, [shown], [letter]).gain >= _ALONE_BITS
    )


def _splits_no_listed_word(head: str, letter: str, tail: str) -> bool:
    """Whether a space that may be a lost no-break space after ``letter`` (read from what
    stood before the space), between ``head`` and ``tail``, is no space of the text: the word
    list knows no word ``head`` and ``letter`` would end, and the space splits a word.

    Text whose no-break spaces became spaces holds such splits in words no list knows
    ("FinlÃ ndia", Catalan "Finlàndia"; "× ×™×’×¢×¨×™×¢", Yiddish "ניגעריע"). Text whose spaces
    were squeezed, a no-break space and a space into one, holds "à" and a real space; then a
    word the list knows ends at the space ("voilÃ tout"), or a one-letter word stands either
    side of it ("Ã perturber", "LucÃ e NicolÃ²"), or a capital starts a word after it
    ("BÃ¹kinÃ FasÃ²", Burkina Faso).
    """
    if not letter[-1:].isalpha() or not tail[:1].isalpha() or tail[0].isupper():
        return False
    script = char_info(letter[-1]).script
    if any(char_info(c).script != script for c in (head[-1:] + tail[0]) if c.isalpha()):
        return False  # a word of another script ("nemyslíš vĂˇĹľnÄ›" has no Hangul "횠")
    if not head[-1:].isalpha() and script == "LATIN":
        return False  # a one-letter word ("à", "jusqu'à") before the space
    return len(tail) >= 2 and tail[1].isalpha() and not languages_of(head + letter)


def _vouched_in_line(text: str, q: _Proposal, fixed: _Spans) -> bool:
    """Whether a repair chosen in ``q``'s line undoes one of the misreads ``q`` would."""
    line_start, line_end = _line_bounds(text, q.start, q.end)
    k = bisect_ints_left(fixed.starts, line_start)
    while k < len(fixed.items) and fixed.items[k].start < line_end:
        if fixed.items[k].chains & q.chains:
            return True
        k += 1
    return False


def _rival_reads_better(ours: str, theirs: str, context: list[str]) -> bool:
    """Whether the word ``theirs`` reads better than ``ours``, a rival repair of the same
    damage, among the words ``context`` of its line."""
    fits = _case_fits(ours, theirs)
    if fits is not None:
        return fits
    if not blind_to(ours + theirs) and sum(1 for c in ours if c.isalpha()) >= _TIE_LETTERS:
        fit = compare(context, [ours], [theirs])
        if fit.gain >= _TIE_BITS and fit.per_pair <= _TIE_PER_PAIR:
            return True
    return _listed_rival(ours, theirs, context)


def _capital_inside(ours: str, theirs: str) -> bool:
    """Whether ``theirs`` differs from ``ours`` in a capital after a letter, in a word not
    all capitals: "LÚp" and "dÀ" (ISO 8859-15's "Lèp" and "dä" read by cp1252) are listed
    words of no language."""
    if all(c.isupper() for c in theirs if c.isalpha()):
        return False
    return any(
        a != b and b.isupper() and i > 0 and theirs[i - 1].isalpha()
        for i, (a, b) in enumerate(zip(ours, theirs, strict=False))
    )


def _listed_rival(ours: str, theirs: str, context: list[str]) -> bool:
    """Whether the word ``theirs`` is a common word of a language its line may be in, and
    ``ours`` one of none.

    Where the letters tell nothing, the words may: some language writes "página", none
    "pågina". Only a language the line may be in, where its other words tell (Nynorsk "frå"
    beside "kva som helst" is no Icelandic "frá"), and only where the list knows the line's
    other words beyond ASCII: a language it lacks ("содан", Kazakh) may be one letter from
    one it has. The same settles a lone byte 92 between letters, cp1252's "’" or MacRoman's
    "í": Spanish writes "turístico" (the letter model would also like "donít" better than
    "don’t", so it is not asked there).
    """
    written = _newly_listed([ours], [theirs])
    return bool(written) and _line_may_write(written, context)


def _line_may_write(langs: frozenset[str], context: list[str]) -> bool:
    """Whether a line whose other words are ``context`` may be in one of ``langs``: one of
    them lists at least half of its words beyond ASCII (if it has any) among its common or
    known words, and one of them is as likely its language as any, where its letters tell.
    (Ukrainian "тілі" beside it makes no Greek word of a Kazakh line.)"""
    share = known_share(context, langs)
    if share is not None and share < _KNOWN_LINE:
        return False
    told = told_languages(context)
    return told is None or bool(langs & told)


def _alphabet_may_write(langs: frozenset[str], words: list[str]) -> bool:
    """Whether one of ``langs`` has every letter of ``words`` beyond ASCII in its alphabet,
    or data/letters.tsv does not know one of them (the word list's "sh", Serbo-Croatian)."""
    masks = [language_bit(lang) for lang in langs]
    if not all(masks):
        return True
    letters = {c for word in words for c in word.lower() if not c.isascii() and c.isalpha()}
    found = [char_info(c).langs for c in letters]
    return any(all(have & mask for have in found) for mask in masks)


def _case_fits(ours: str, theirs: str) -> bool | None:
    """Whether ``theirs`` writes its word's letters in the case and order a Western script
    allows better than ``ours`` (True), worse (False), or neither (None).

    Where the two differ in a letter's case, the letter is a capital in a word of capitals
    and small inside a word of small letters (mostly: other repairs in it may be rivals'
    too): "emërhapësirë", not "emÍrhapÍsirÍ". At a word's start either may be right (names,
    German nouns). And German writes "ß" after a vowel only ("gültig", not "gßltig").
    """
    verdicts = set()
    for i, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a == b:
            continue
        if "ß" in (a, b) and (a if b == "ß" else b).isalpha():
            # (What comes before it tells; at a word's start nothing does: "ß" alone is the
            # letter named, "ÃŸ ist ein Buchstabe", not ISO 8859-15's "þ".)
            if i > 0 and ours[i - 1].isalpha():
                verdicts.add((b == "ß") == (ours[i - 1].lower() in _VOWELS))
            continue
        if not (a.isalpha() and b.isalpha()) or a.isupper() == b.isupper():
            continue
        first = last = i
        while first > 0 and ours[first - 1].isalpha():
            first -= 1
        while last + 1 < len(ours) and ours[last + 1].isalpha():
            last += 1
        cased = [
            c
            for j, c in enumerate(ours[first : last + 1], first)
            if j != i and j < len(theirs) and c == theirs[j] and (c.isupper() or c.islower())
        ]
        if len(cased) < 2:
            continue
        if all(c.isupper() for c in cased):
            verdicts.add(b.isupper())
        elif i > first and 3 * sum(1 for c in cased if c.islower()) >= 2 * len(cased):
            verdicts.add(b.islower())
    return verdicts.pop() if len(verdicts) == 1 else None


def _read_as(
    text: str, start: int, end: int, reads: list[tuple[int, int, str]], starts: list[int]
) -> str | None:
    """``text[start:end]`` read as ``reads`` (sorted spans and their repairs) read it; None
    where one of them reaches past its end (it reads as more than that)."""
    pieces, pos = [], start
    for i in range(bisect_ints_left(starts, start), bisect_ints_left(starts, end)):
        a, b, after = reads[i]
        pieces += [text[pos:a], after]
        pos = b
    return "".join(pieces) + text[pos:end] if pos <= end else None


def _covered(proposals: Iterable[_Proposal]) -> _Intervals:
    """Where ``proposals`` stand, as disjoint intervals."""
    out = _Intervals()
    start = end = -1
    for p in sorted(proposals, key=lambda p: p.start):
        if p.start >= end:
            if end > start:
                out.add(start, end)
            start = p.start
        end = max(end, p.end)
    if end > start:
        out.add(start, end)
    return out


def _reads_as_written_beside(
    text: str, p: _Proposal, explained: _Intervals, chosen: _Spans
) -> bool:
    """Whether ``p``'s line, near it, reads as it was written: it holds a character beyond
    ASCII that no proposal finds mojibake in (``explained``), no repair chosen so far
    beside ``p``, and the letter model is not sure of ``p``'s repair of its word.

    Vouching says which misread a text suffered, not where. Where a line shows text that
    was read right ("Рік не вказано"), the other lines' misread is no evidence for a span of
    it that reads nearly as well either way ("Рі" is cp1251's "г"): a proposal that passes
    only because other repairs vouch for it must not be there. A repair in the line itself
    is the line's own evidence: a misread segment vouches for its weaker spans ("SeΓ΅n Γ“
    Súilleabháin": "Γ“" is "Ó"). So is a word the letter model reads far better repaired
    ("√öltimos 7 días" is "Últimos").
    """
    lo, hi = _model_window(text, p.start, p.end)
    if any(q.end <= p.start or q.start >= p.end for q in chosen.overlapping(lo, hi)):
        return False  # a misread segment of the line, repaired beside it
    for m in _AS_WRITTEN.finditer(text, lo, hi):
        at = m.start()
        if p.start <= at < p.end:
            continue
        if not explained.overlaps(at, at + 1):
            # (The line as it stands: other lines vouch for this repair, not its own.)
            return not _sure_of_word(text, p.start, p.end, p.after, [], [])
    return False


def _sure_of_word(
    text: str,
    start: int,
    end: int,
    after: str,
    reads: list[tuple[int, int, str]],
    starts: list[int],
    *,
    listed: bool = False,
) -> bool:
    """Whether the letter model is sure of the word holding ``text[start:end]`` read with
    ``after`` there, with the line's other words read as ``reads`` read them (see
    _context_read): it saves _LETTERS_SURE bits and reads as a language's words do.

    Only a reading with as many letter pairs as the word has is judged: the model prices
    words by the bits their pairs cost, so a reading with fewer looks cheaper whatever its
    letters ("Рё" read as "и" saves a pair of "Рёв").

    With ``listed``, also where the word is a common word of some language the line may be
    in once read, and of none as it stands (see _listed_word): "ƒçetvrtak" is Croatian
    "četvrtak" shown by MacRoman.
    """
    head, tail, line_start, line_end = _word_around(text, start, end)
    was, read = head + text[start:end] + tail, head + after + tail
    context: list[str] | None = None
    was_pairs, read_pairs = pair_count([was]), pair_count([read])
    if was_pairs == read_pairs and not blind_to(was + read):
        context = _context_read(text, line_start, line_end, start, reads, starts)
        fit = compare(context, [was], [read])
        if fit.gain >= _LETTERS_SURE and fit.per_pair <= _TIE_PER_PAIR:
            return True
    elif after.isalpha() and 0 < read_pairs < was_pairs and not blind_to(was + read):
        # A reading with fewer pairs, letters for the span, is judged by what its pairs cost
        # on average against what the word's pairs cost, over as many pairs as it has (the
        # words alone: the line's pairs would thin both averages): "Åšwiebodzice" (6.5 bits
        # a pair) is Polish "Świebodzice" (3.6), 35 bits saved over its 12 pairs; "Рёв"
        # read as "ив" saves 7.
        word_was, word_read = compare([], [read], [was]), compare([], [was], [read])
        saved = (word_was.per_pair - word_read.per_pair) * read_pairs
        if saved >= _LETTERS_SURE and word_read.per_pair <= _TIE_PER_PAIR:
            return True
    langs = _listed_word(was, read, after) if listed else frozenset()
    if not langs:
        return False
    if context is None:
        context = _context_read(text, line_start, line_end, start, reads, starts)
    return _line_may_write(langs, context)


def _listed_word(was: str, read: str, after: str) -> frozenset[str]:
    """The languages whose common words include ``read``, ``was`` with ``after`` in it
    (letters only), where ``was`` holds letters beyond ASCII and is one of none (else none).

    At least _LISTED_LETTERS letters and at most _WORD_MAX, and a word in capitals must stay
    one: "КРІ" read as "Кв" is a word of no one's.
    """
    letters = [c for c in read if c.isalpha()]
    if (
        not after.isalpha()
        or not _LISTED_LETTERS <= len(letters) <= _WORD_MAX
        or (all(c.isupper() for c in was if c.isalpha()) and not all(map(str.isupper, letters)))
    ):
        return frozenset()
    langs = languages_of(read)
    return langs if langs and languages_of(was) == frozenset() else frozenset()


def _kinds(text: str, p: _Proposal) -> frozenset[tuple[Misread, ...]]:
    """The kinds of misread a proposal undoes: each chain of misreads that gives its repair,
    and for UTF-8 shown once, each codepage that shows it so.

    A text misread three times is misread three times throughout, and the same way: a run
    that reads once or twice undone ("‚àí" for "−"), or undone through another codec on the
    way, is evidence for a different kind, and dissents.
    """
    shown_by = _shown_by(text, p)
    if not shown_by:
        return _with_variants(p.chains)
    return _joined(p.chains, _utf8_shown_by(shown_by))


@lru_cache(maxsize=256)
def _with_variants(chains: _Chains) -> _Chains:
    """``chains``, and for each legacy misread of a codepage that has a variant (KOI8-R's
    KOI8-U), the same misread of the variant: a word of KOI8-R letters reads so as KOI8-U
    too, and agrees with the Ukrainian words of its line ("ЛПТЕЛФОХ" is "коректну" beside
    "чЧЕД¦ФШ", "Введіть")."""
    extra = {
        tuple(Misread(VARIANTS[m.encoding], m.read_as) if m.encoding in VARIANTS else m for m in c)
        for c in chains
    }
    return chains | frozenset(extra)


# Sets of chains, shared: a text's proposals number in the thousands and their sets of
# misreads a few dozen, and each would otherwise hold its own copy of them in every pass.
_Chains = frozenset[tuple[Misread, ...]]


@lru_cache(maxsize=256)
def _alone(chain: tuple[Misread, ...]) -> _Chains:
    return frozenset((chain,))


@lru_cache(maxsize=1024)
def _joined(a: _Chains, b: _Chains) -> _Chains:
    return a | b


@lru_cache(maxsize=256)
def _utf8_shown_by(codecs: frozenset[str]) -> _Chains:
    """The kinds of UTF-8 shown once by each of ``codecs``."""
    return frozenset(one_misread("utf-8", codec) for codec in codecs)


def _numbering() -> Callable[[_Chains], frozenset[int]]:
    """A numbering of kinds of misread, for sets of them (_kinds): the same number for the
    same chain of misreads. Hashing a chain calls the __hash__ of each Misread in it, in
    Python; a number's hash is itself, and a set of chains keeps its hash once worked out."""
    numbers: dict[tuple[Misread, ...], int] = {}
    numbered: dict[_Chains, frozenset[int]] = {}

    def number(chains: _Chains) -> frozenset[int]:
        found = numbered.get(chains)
        if found is None:
            found = frozenset([numbers.setdefault(c, len(numbers)) for c in chains])
            numbered[chains] = found
        return found

    return number


def _explaining(
    proposals: list[_Proposal], kinds: dict[int, frozenset[int]]
) -> Callable[[_Proposal], frozenset[int]]:
    """The misreads (numbered as ``kinds`` numbers them) that explain a span about as well as
    the proposal chosen for it.

    "ÃŒ" reads as "Ì" through cp1252 and as "ü" through ISO 8859-15, nearly as well: the span
    is evidence for both, so that the misread that explains every span of a text ("Ã¨" is "è"
    through cp1252 only) is the one the text's repairs agree on.
    """
    best: dict[tuple[int, int], float] = {}
    for p in proposals:
        key = (p.start, p.end)
        best[key] = max(best.get(key, p.delta), p.delta)
    near: dict[tuple[int, int], frozenset[int]] = {}
    for p in proposals:
        key = (p.start, p.end)
        if not p.lossy and p.delta >= best[key] - _TIE:
            near[key] = near.get(key, frozenset()) | kinds[id(p)]
    # (Asked again for the same proposals in every pass.)
    known: dict[int, frozenset[int]] = {}

    def explains(p: _Proposal) -> frozenset[int]:
        found = known.get(id(p))
        if found is None:
            found = known[id(p)] = kinds[id(p)] | near.get((p.start, p.end), frozenset())
        return found

    return explains


#: Whether narrow repairs read better than a wide one, by the ids of the wide one and the
#: narrow ones and the window they were read in.
_Splits = dict[tuple[int, tuple[int, ...], tuple[str, str, str]], bool]


def _split_wider(
    text: str,
    result: list[tuple[_Proposal, float]],
    passing: list[tuple[_Proposal, float]],
    taken: _Spans,
    split: _Splits,
) -> tuple[list[tuple[_Proposal, float]], _Spans]:
    """Where one repair covers several smaller ones, keep whichever reads better.

    A wide repair and the narrow ones inside it were each scored in their own window, so their
    scores do not compare; here both readings of the wide span are priced in the same window
    ("Ã\x85Â\xa0tÃ\x84..." read as GBK is one wide span; read as UTF-8 twice, several).
    """
    out: list[tuple[_Proposal, float]] = []
    # The passing proposals by start, keeping their order of merit within each start.
    rank = {id(p): i for i, (p, _d) in enumerate(passing)}
    merit = {id(p): d for p, d in passing}

    def _by_rank(pd: tuple[_Proposal, float]) -> int:
        return rank[id(pd[0])]

    by_start = sorted(passing, key=lambda pd: pd[0].start)
    starts = [p.start for p, _d in by_start]
    for wide, delta in result:
        if wide.end - wide.start < 2:
            out.append((wide, delta))
            continue
        inner = _Spans()
        lo, hi = bisect_ints_left(starts, wide.start - _NEAR), bisect_ints_left(starts, wide.end)
        for q, _d in sorted(by_start[lo:hi], key=lambda pd: rank[id(pd[0])]):
            if q.end <= wide.start or (q.start <= wide.start and q.end >= wide.end):
                continue  # beside the wide repair, or as wide as it
            # A narrow repair may reach past the wide one's ends, into text no other repair
            # takes: the wide one had kept it out ("Â\xa0Ã¤" beside a wide run ending in Â\xa0).
            if any(o is not wide for o in taken.overlapping(q.start, q.end)):
                continue
            if not inner.overlapping(q.start, q.end):
                inner.add(q)
        if (
            inner.items
            and not _leaves_word_damaged(text, wide, inner.items)
            and _narrow_reads_better(text, wide, inner.items, taken, split)
        ):
            out.extend(sorted(((q, merit[id(q)]) for q in inner.items), key=_by_rank))
        else:
            out.append((wide, delta))
    taken = _Spans()
    for p, _delta in out:
        taken.add(p)
    return sorted(out, key=lambda pd: pd[0].start), taken


def _leaves_word_damaged(text: str, wide: _Proposal, inner: list[_Proposal]) -> bool:
    """Whether the repairs ``inner`` of a legacy reading's word ``wide`` leave most of its
    characters beyond ASCII as they stand, or a letter beyond ASCII of their own script.

    A line's legacy reading is judged on the line, which the scorer cannot see: "ХУР¦ЫОП" is
    KOI8-U "успішно" shown by cp1251, where "Р¦" alone is also UTF-8 "Ц"; read so, the rest
    of the word stays damaged, and the line's verdict says it is. Text misread as UTF-8
    shows every letter so: "чУЈ" is KOI8-R "Всё", not "ч" beside UTF-8's Tajik "ӣ"; and a
    symbol leaves no letter bare either ("вҐ¬\xa0в\xa0" is cp866 "темата", not "⥬" and "в").
    """
    if wide.chain[0].encoding == "utf-8":
        return False
    covered = sum(_non_ascii(text[q.start : q.end]) for q in inner)
    if 2 * covered < _non_ascii(text[wide.start : wide.end]):
        return True
    scripts = {char_info(c).script for q in inner for c in q.after if c.isalpha()}
    pos, left = wide.start, []
    for q in inner:
        left.append(text[pos : max(pos, q.start)])
        pos = max(pos, q.end)
    left.append(text[pos : wide.end])
    return any(
        c > "\x7f" and c.isalpha() and (not scripts or char_info(c).script in scripts)
        for c in "".join(left)
    )


def _narrow_reads_better(
    text: str, wide: _Proposal, inner: list[_Proposal], taken: _Spans, split: _Splits
) -> bool:
    """Whether ``inner`` (non-overlapping, sorted, from inside ``wide``) beats its reading.

    Both are read among the other repairs ``taken``: next to damage left as it is, a reading
    with fewer letters looks better only because the damage spoils every letter's alphabet.
    The answer depends on nothing else than the window they are read in, so ``split`` keeps
    it for the next pass.
    """
    first = min(wide.start, inner[0].start)
    reach = max(wide.end, *(q.end for q in inner))
    window = _window(text, first, reach, taken)
    key = (id(wide), tuple(map(id, inner)), window)
    found = split.get(key)
    if found is None:
        found = split[key] = _narrow_reads_in(text, wide, inner, first, reach, window)
    return found


def _narrow_reads_in(
    text: str,
    wide: _Proposal,
    inner: list[_Proposal],
    first: int,
    reach: int,
    window: tuple[str, str, str],
) -> bool:
    """_narrow_reads_better() of ``text[first:reach]``, in its window."""
    left, right, around = window
    span = text[wide.start : wide.end]
    pieces, pos, bonus = [], first, 0.0
    evidence, priors = 0, []
    for q in inner:
        pieces.append(text[pos : q.start])
        pieces.append(q.after)
        pos = q.end
        # Each piece's own gains and losses, but the evidence of structure is the pieces'
        # together (capped as for one run), and the narrow reading is only as likely as the
        # least likely of its misreads: several misreads are not more likely than one.
        bonus += _bonus(
            text[q.start : q.end],
            q.cand,
            text[max(0, q.start - 1) : q.start],
            text[q.end : q.end + 1],
        )
        bonus -= _structure(q.cand.evidence) + _prior(q.cand)
        evidence += q.cand.evidence
        priors.append(_prior(q.cand))
    bonus += _structure(evidence) + min(priors)
    shown_by = [_shown_by(text, q) for q in inner]
    if all(shown_by) and not frozenset.intersection(*shown_by) and _shown_by(text, wide):
        # One run of damage was shown by one codepage: pieces of it that only different
        # codepages explain read it as two misreads where the wide repair needs one
        # (Georgian "á\x83\x9e" holds a byte cp1250 shows as "ž", so the "á\x83Ą" beside it
        # is ISO 8859-2 "ს", not cp1250 "ქ").
        bonus -= _MIXED_CODEPAGES
    if wide.cand.guessed:
        # What the narrow repairs leave of a wide one that guessed a lost byte is the
        # sequence that lost it ("å› " before "ä¸º", 因 with its A0 shown as a space): damage
        # known to be there, which costs the narrow reading what guessing costs the wide one.
        edges = [wide.start, *(e for q in inner for e in (q.start, q.end)), wide.end]
        gaps = zip(edges[::2], edges[1::2], strict=True)
        if any(_non_ascii(text[max(a, wide.start) : min(b, wide.end)]) for a, b in gaps):
            bonus -= _GUESS_PENALTY
    pieces.append(text[pos:reach])
    broad_reading = text[first : wide.start] + wide.after + text[wide.end : reach]
    if "".join(pieces) == broad_reading:
        # The same repair either way: the narrow ones say which misread explains each part.
        return True
    narrow = _reading_cost(left, "".join(pieces), right, around) - bonus
    wide_right = text[wide.end : wide.end + 1]
    wide_left = text[max(0, wide.start - 1) : wide.start]
    broad = _reading_cost(left, broad_reading, right, around) - _bonus(
        span, wide.cand, wide_left, wide_right
    )
    return narrow < broad


def repair_text(text: str, options: Options) -> Repair:
    """Repair ``text``: the engine behind :func:`demojibake.repair`.

    Where a repair leaves UTF-8 mojibake of its own (a text misread twice, inconsistently:
    "â\x80â\x80\x9c" is "â€“" once undone), the text is repaired again, and each change of the
    second pass is joined to the changes of the first it touches.
    """
    first = _repair_once(text, options)
    second = _second_pass(first, options)
    if second is None:
        return first
    changes = _compose(text, first.changes, second.changes)
    return Repair(text=second.text, changes=changes, unrepaired=first.unrepaired)


def _second_pass(first: Repair, options: Options) -> Repair | None:
    """The repair of what ``first`` left misread, if it left any and may go deeper."""
    if not first.changes:
        return None
    deeper = options.max_layers - max(len(c.chain) for c in first.changes)
    if deeper < 1:
        return None
    lines = _lines_left_misread(first, options)
    if not lines:
        return None
    # (Strictly: a lost byte the first pass left as U+FFFD is no evidence of a second misread.)
    inner = replace(options, lossy=False, max_layers=deeper)
    # Only the lines that hold what was left misread are read again: a line is read on its own
    # (see _window), and in a long text most lines were repaired once and for all.
    second = _read_in_lines(first.text, lines, lambda text: _repair_lines(text, inner))
    return second if second.changes else None


def _repair_once(text: str, options: Options) -> Repair:
    """One pass of repair_text: of the lines that are not plainly clean (see _plain; a long
    line's phrases, each as a line), those plainly misread as a whole (see _read_plainly),
    and the rest read together, as though the others were not there (a line is read on its
    own, see _window)."""
    if text.isascii():
        return Repair(text=text)
    lines = lines_to_read(text)
    if not lines:
        return Repair(text=text)
    lines, plainly = _plainly_misread(text, lines, options)
    return _read_in_lines(text, lines, lambda sub: _repair_lines(sub, options), plainly)


def _repair_lines(text: str, options: Options) -> Repair:
    """One pass of repair_text over every line of ``text``."""
    proposals, chosen, changes = _first_pass(text, options, required_delta(options.threshold))
    fixed = apply_changes(text, changes) if changes else text
    unrepaired = tuple(_unrepaired(text, proposals, chosen))
    return Repair(text=fixed, changes=changes, unrepaired=unrepaired)


def _read_in_lines(
    text: str,
    lines: list[tuple[int, int]],
    read: Callable[[str], Repair],
    plainly: tuple[Change, ...] = (),
) -> Repair:
    """What ``read`` makes of ``lines`` of ``text`` (start and end, line break included, in
    order; a phrase of a long line read as a line of its own, see _plain.lines_to_read),
    read together as one text, as a repair of ``text`` together with the changes
    ``plainly`` made to other lines (see _plainly_misread); of the whole text where a change
    or finding crosses from one of them to the next where they do not meet."""
    if not lines:
        return Repair(apply_changes(text, plainly), plainly)
    if lines == [(0, len(text))]:
        return read(text)
    parts = [text[a:b] if _at_line_break(text, b) else text[a:b] + "\n" for a, b in lines]
    found = read("".join(parts))
    starts = list(itertools.accumulate(map(len, parts), initial=0))
    changes = _moved_back(found.changes, lines, starts)
    unrepaired = _moved_back(found.unrepaired, lines, starts)
    if changes is None or unrepaired is None:
        return read(text)
    if plainly:
        changes = tuple(sorted(changes + plainly, key=lambda c: c.start))
    return Repair(apply_changes(text, changes), changes, unrepaired)


def _plainly_misread(
    text: str, lines: list[tuple[int, int]], options: Options
) -> tuple[list[tuple[int, int]], tuple[Change, ...]]:
    """Of ``lines`` of ``text`` (as lines_to_read gives them: lines, and phrases of long
    ones), those left to read, lines next to each other as one, and the changes that repair
    the lines plainly misread (see _read_plainly), in order. A long line is taken whole where
    it is plainly misread as a whole, and else phrase by phrase, the phrases repaired
    vouching for the others; where none is, it is read whole (see _read_phrases)."""
    codecs = tuple(c for c in _codecs(options) if c in SINGLE_BYTE)
    if not codecs or options.max_layers < 1:
        left: list[tuple[int, int]] = []
        for start, stop in lines:
            _add_line(left, start, stop)
        return left, ()
    floor = required_delta(options.threshold)
    guess = options.lossy  # (whether the bytes a line lost as U+FFFD may be guessed)
    left = []
    changes: list[Change] = []
    long_line = (0, 0)  # (the last long line met, start and end)
    whole: tuple[Change, ...] | None = None  # (its repair, where it is plainly misread whole)
    phrases: list[tuple[int, int]] = []  # (its phrases not plainly misread on their own)
    chains: set[tuple[Misread, ...]] = set()  # (the misreads of its phrases repaired)
    for start, stop in lines:
        if phrases and start >= long_line[1]:
            _read_phrases(text, long_line, phrases, frozenset(chains), codecs, floor, left, changes)
            phrases, chains = [], set()
        if not long_line[0] <= start < long_line[1] and not (
            _at_line_break(text, start) and _at_line_break(text, stop)
        ):
            long_line = _line_at(text, start, stop)
            whole = _read_plainly(text[long_line[0] : long_line[1]], codecs, floor, guess=guess)
            if whole is not None:
                changes.extend(_moved_by(whole, long_line[0]))
        in_long_line = long_line[0] <= start < long_line[1]
        if in_long_line and whole is not None:
            continue  # (repaired with its line)
        # (A phrase's lost bytes are left to the engine: a phrase repaired makes the others
        # be read on their own, not with the whole line, which may tell a "?" they do not.)
        found = _read_plainly(text[start:stop], codecs, floor, guess=guess and not in_long_line)
        if found is None:
            if in_long_line:
                phrases.append((start, stop))
            else:
                _add_line(left, start, stop)
        else:
            changes.extend(_moved_by(found, start))
            if in_long_line:
                chains.update(c.chain for c in found)
    _read_phrases(text, long_line, phrases, frozenset(chains), codecs, floor, left, changes)
    changes.sort(key=lambda c: c.start)
    return left, tuple(changes)


def _read_phrases(
    text: str,
    line: tuple[int, int],
    phrases: list[tuple[int, int]],
    chains: frozenset[tuple[Misread, ...]],
    codecs: tuple[str, ...],
    floor: float,
    left: list[tuple[int, int]],
    changes: list[Change],
) -> None:
    """Add to ``left`` what is left to read of the long ``line`` (start and end) of ``text``
    whose ``phrases`` the fast path did not take, or add their repairs to ``changes``.

    Where it took none of the line's phrases, the line is read whole, as a line is: a
    paragraph of legacy text misread as a whole (Cyrillic Windows text shown by cp1252)
    is told by all its words, and each phrase alone by too few. Else each phrase is read
    once more with the misreads of those it took (``chains``) vouching (see _read_plainly),
    and the rest are left to read, each a line of its own."""
    if not phrases:
        return
    if not chains:
        _add_line(left, *line)
        return
    shown_by = tuple(c[0].read_as for c in chains if len(c) == 1 and c[0].encoding == "utf-8")
    for start, stop in phrases:
        found = _read_plainly(text[start:stop], codecs, floor, chains)
        if found is not None:
            changes.extend(_moved_by(found, start))
            continue
        amid = _read_amid_clean(text, start, stop, shown_by, codecs, floor, chains)
        if amid is None:
            left.append((start, stop))
        else:
            changes.extend(amid)


def _read_amid_clean(
    text: str,
    start: int,
    stop: int,
    shown_by: tuple[str, ...],
    codecs: tuple[str, ...],
    floor: float,
    chains: frozenset[tuple[Misread, ...]],
) -> list[Change] | None:
    """The repairs of the phrase from ``start`` to ``stop`` of a long line of ``text`` made
    of stretches of words that are UTF-8 shown by one of the codepages that showed the
    line's phrases repaired (``shown_by``; their ``chains``), each plainly misread (see
    _read_plainly), and of stretches of words that are plainly clean (see
    _plain.plainly_clean): text from several sources run together with no sign between
    them ("… HAVA YAĞMURLU ÐŸÑ€Ð¸Ð²ÐµÑ‚ …"). Each stretch is read as the phrase it would be,
    but with less to tell its misread by, as the clean words beside it are not weighed: no
    other codec may read a misread stretch as other text shaped as text ("KÅ¨lea" is
    Hawaiian "Kōlea" shown by cp1257, which the "ū" of "Lūkia" beside it tells, and "KŨlea"
    shown by cp1252). A word beside a misread stretch that is not UTF-8 so shown may be a
    part of it that lost a byte (see _may_have_lost_bytes), and is none of the clean words.
    None where the phrase is no such phrase."""
    words = [
        (m.start(), m.end()) for m in _WORD.finditer(text, start, stop) if not m.group().isascii()
    ]
    shown = [
        any(_as_utf8_shown_by(text[a:b], codec) is not None for codec in shown_by) for a, b in words
    ]
    if not any(shown) or all(shown):
        return None
    for n, (a, b) in enumerate(words):
        beside = shown[n - 1 : n] + shown[n + 1 : n + 2]
        if not shown[n] and any(beside) and _may_have_lost_bytes(text[a:b], shown_by):
            return None
    changes: list[Change] = []
    clean_from = start  # (where the stretch of clean words being read starts)
    for is_shown, group in itertools.groupby(zip(words, shown, strict=True), lambda w: w[1]):
        if not is_shown:
            continue
        spans = [span for span, _ in group]
        first, last = spans[0][0], spans[-1][1]
        found = _read_plainly(text[first:last], codecs, floor, chains, sole=True)
        if found is None or not ascii_or_plainly_clean(text[clean_from:first]):
            return None
        changes.extend(_moved_by(found, first))
        clean_from = last
    return changes if ascii_or_plainly_clean(text[clean_from:stop]) else None


def _may_have_lost_bytes(word: str, codecs: tuple[str, ...]) -> bool:
    """Whether ``word`` may be UTF-8 shown by one of the single-byte ``codecs`` that lost
    bytes (see _plain.utf8_that_lost_bytes), or holds the replacement character."""
    return "\ufffd" in word or any(utf8_that_lost_bytes(word, codec) for codec in codecs)


#: A word of a phrase: what stands between spaces.
_WORD: Final = re.compile("[^ ]+")


def _add_line(spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Add the line from ``start`` to ``end`` to ``spans`` (in order), joined to the last
    span where it meets it."""
    if spans and spans[-1][1] == start:
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def _at_line_break(text: str, at: int) -> bool:
    """Whether a line of ``text`` starts or ends at ``at`` (after its line break)."""
    return at == 0 or at == len(text) or text[at - 1] == "\n"


def _moved_by(changes: tuple[Change, ...], shift: int) -> Iterator[Change]:
    """``changes`` of a part of a text, as changes of the text, where the part starts at
    ``shift``."""
    return (replace(c, start=c.start + shift, end=c.end + shift) for c in changes)


#: A run of characters beyond ASCII: each character's UTF-8 shown by a single-byte codepage is
#: one (its bytes are all beyond ASCII, and each such byte shows as a character beyond it).
_HIGH_RUN: Final = re.compile("[^\x00-\x7f]+")


def _read_plainly(
    line: str,
    codecs: tuple[str, ...],
    floor: float,
    vouched: frozenset[tuple[Misread, ...]] = frozenset(),
    sole: bool = False,
    guess: bool = False,
) -> tuple[Change, ...] | None:
    """The repair of ``line`` (a line of a text, or a phrase of a long line) where it is
    UTF-8 shown by a single-byte codepage, plainly: read back through the codecs that show
    every character of it, it is UTF-8 in one reading that is plain text (see
    _plain.plain_as_a_reading: that the letter model vouches for, or in a language's
    alphabet, and with what no codepage shows plain too, East Asian writing or another
    script's), and that reading is the one the likeliest of them gives (by prior: no codec
    as likely or likelier reads it as another text). Each run of characters beyond ASCII is
    then one misread's, and the line is repaired run by run, the engine's rivals unweighed:
    every character is explained by the one misread, and the reading is plain. Each run must
    reach ``floor`` as it stands, or with the others repaired and those that reach it
    vouching for it, or (a phrase) with the phrases of its line that were repaired vouching
    for it, where each of its runs is misread as one of them was (its chain is one of
    ``vouched``). With ``sole``, only where no other reading is shaped as text (see
    _shaped_as_text). With ``guess``, a line that lost bytes as U+FFFD is read so where its
    words tell each byte (see _read_lost_plainly). None where any of that fails: the engine
    reads the line."""
    if "\ufffd" in line:
        return _read_lost_plainly(line, codecs, floor, vouched, sole) if guess else None
    readings: dict[str, tuple[float, str]] = {}
    first = _HIGH_RUN.search(line)
    if first is None:
        return None
    lead = first.group()[0]
    for codec in codecs:
        if lead not in single_byte(codec).leads:
            continue  # (a run starts with a lead byte: most lines end here)
        reading = _as_utf8_shown_by(line, codec)
        if reading is not None:
            likely = prior("utf-8", codec)
            if reading not in readings or likely > readings[reading][0]:
                readings[reading] = (likely, codec)
    # (Two plain readings are left to the engine, even where the letter model vouches for
    # one only: it may lack the other's language, ISO 8859-2's Irish "Seán" beside cp1250's
    # "Seån".)
    plain = [r for r in readings if plain_as_a_reading(r)]
    if len(plain) != 1:
        return None
    if sole and any(r != plain[0] and _shaped_as_text(r) for r in readings):
        return None
    likely, codec = readings[plain[0]]
    if any(p >= likely for r, (p, _) in readings.items() if r != plain[0]):
        return None
    runs = [
        (m.start(), m.end(), _run_read(m.group(), codec, codecs)) for m in _HIGH_RUN.finditer(line)
    ]
    # Each run as it stands; one short of ``floor`` is scored again with the others repaired,
    # and those that reach it on their own, if any, vouch for it, as they would in the engine
    # (see _choose: one misread explains them all).
    deltas = []
    for start, end, cand in runs:
        delta = _score(line, start, end, cand)
        deltas.append(-math.inf if delta is None else delta)
    sure = sum(1 for d in deltas if d >= floor)
    if sure < len(runs):
        repaired = _Spans()
        for start, end, cand in runs:
            repaired.add(_Proposal(start, end, cand, 0.0, frozenset(), False, False))
        if vouched and all(cand.chain in vouched for _, _, cand in runs):
            sure += 1  # (the phrases of its line so repaired vouch as one run would)
        bonus = _VOUCH + _VOUCH_EACH * min(sure, 2) if sure else 0.0
        for n, (start, end, cand) in enumerate(runs):
            if deltas[n] < floor:
                again = _score(line, start, end, cand, repaired)
                if again is None or again + bonus < floor:
                    return None
                deltas[n] = again + bonus
    changes = []
    for (start, end, cand), delta in zip(runs, deltas, strict=True):
        run = line[start:end]
        head, tail = _common_ends(run, cand.text)
        changes.append(
            Change(
                start=start + head,
                end=end - tail,
                before=run[head : len(run) - tail],
                after=cand.text[head : len(cand.text) - tail],
                chain=cand.chain,
                confidence=round(confidence(delta), 4),
            )
        )
    return tuple(changes)


def _read_lost_plainly(
    line: str,
    codecs: tuple[str, ...],
    floor: float,
    vouched: frozenset[tuple[Misread, ...]],
    sole: bool,
) -> tuple[Change, ...] | None:
    """_read_plainly's repair of ``line`` where it is UTF-8 shown by a single-byte codepage
    that turned each byte it leaves undefined into U+FFFD (Python's cp1252 with
    ``errors="replace"``: "Ñ\ufffd" of "с", "э" or "я"), and its words tell each byte (see
    _lost_filled): the line with those bytes put back, as a codepage that kept them would
    show it, read plainly by the codecs that leave them all undefined; each change that puts
    one back is marked lossy. None where no codec's or more than one's words tell the bytes
    so, or the line so filled is not plainly misread."""
    fills: dict[str, tuple[float, str]] = {}  # (each reading: the likeliest codec's line)
    for codec in codecs:
        filled = _lost_filled(line, codec)
        reading = None if filled is None else _as_utf8_shown_by(filled, codec)
        if filled is not None and reading is not None:
            likely = prior("utf-8", codec)
            if reading not in fills or likely > fills[reading][0]:
                fills[reading] = (likely, filled)
    if len(fills) != 1:
        return None
    ((_, filled),) = fills.values()
    lost = [i for i, c in enumerate(line) if c == "\ufffd"]
    shown = {filled[i] for i in lost}
    codecs = tuple(c for c in codecs if all(_shows_undefined(c, char) for char in shown))
    found = _read_plainly(filled, codecs, floor, vouched, sole)
    if found is None:
        return None
    put_back = [sum(1 for i in lost if c.start <= i < c.end) for c in found]
    if sum(put_back) != len(lost):
        return None  # (a byte put back that no change repairs)
    return tuple(
        replace(c, before=line[c.start : c.end], lossy=n > 0)
        for c, n in zip(found, put_back, strict=True)
    )


def _shows_undefined(codec: str, char: str) -> bool:
    """Whether ``codec`` shows ``char`` for a byte it leaves undefined."""
    table = single_byte(codec)
    byte = table.encode.get(ord(char))
    return byte is not None and byte in table.undefined


def _lost_filled(line: str, codec: str) -> str | None:
    """``line``, read as UTF-8 shown by ``codec`` with each U+FFFD a byte ``codec`` leaves
    undefined, with each U+FFFD the character ``codec`` shows for its byte where the line
    tells the byte: the characters beside an East Asian character tell it, as the engine
    reads a run (see _candidates.lost_put_back; only where the line holds no "?" that would
    pass for a lost byte); else, where the guesses of its word differ only in a mark of
    punctuation, the marks around it tell the mark, as _guess_by_brackets tells it (a quote
    opened before it and not closed after it is closed by it); else the word tells it (see
    _word_told). None where ``codec`` shows no such line, or a byte is not so told."""
    table = single_byte(codec)
    if not table.undefined:
        return None
    data = table.bytes_of(line.replace("\ufffd", "?"))
    if data is None:
        return None
    if "?" not in line:
        told_chars, _ = lost_put_back(data, table.undefined, dropped=False)
        if len(told_chars) == len(data):
            data = told_chars
    out = [table.decode[b] if c == "\ufffd" else c for c, b in zip(line, data, strict=True)]
    words = []  # (the spans of the words that lost bytes not yet told)
    context = []  # (the other words, read)
    for m in _TOKEN.finditer(line):
        if LOST_BYTE in data[m.start() : m.end()] and "\ufffd" in m.group():
            words.append((m.start(), m.end()))
            continue
        try:
            word = data[m.start() : m.end()].decode()
        except UnicodeDecodeError:
            return None
        if not _CODE.search(word):
            context.append(word)
    told = told_languages(context) if words else None
    for start, end in words:
        marks = [
            i - start for i in range(start, end) if data[i] == LOST_BYTE and line[i] == "\ufffd"
        ]
        if len(table.undefined) ** len(marks) > MAX_LISTED_GUESSES:
            return None
        guesses = list(marks_filled(data[start:end], marks, table.undefined))
        if not guesses:
            return None
        rule = _mark_places(guesses)
        if rule is not None:
            # (Marks of punctuation, told as the engine tells them: see _guess_by_brackets.)
            before = _marks_shown(line[:start], codec)
            chosen = _marks_told(guesses[0], *rule, before, _marks_shown(line[end:], codec))
        else:
            chosen = _word_told(guesses, told) or ""
        if chosen not in guesses:
            return None
        chosen_bytes = chosen.encode()  # (the word's bytes, each guess among them)
        for i in marks:
            out[start + i] = table.decode[chosen_bytes[i]]
    return "".join(out)


def _word_told(guesses: list[str], told: frozenset[str] | None) -> str | None:
    """Of the ``guesses`` of a word that lost bytes, the one that makes a word the word list
    holds (common or known) in one of the languages ``told`` (any where None), as
    _guess_by_words tells a guess, or where more than one does, the one of them cased as a
    word; None where none is so told. (The letter model's choice, which the engine weighs
    against keeping U+FFFD, is left to it: alone it fills in "Македонис" for "Македония".)"""
    listed = []
    for word in guesses:
        # (Not case-folded first: "Hßgensen" would lose its run beyond ASCII to "hssgensen".)
        langs = languages_of(word, deep=True)
        if langs and (told is None or langs & told):
            listed.append(word)
    if len(listed) > 1:
        # (The list holds words case-folded: of guesses that differ in case, only those cased
        # as words are words, "vásárolt" and not "vÁsárolt".)
        listed = [word for word in listed if cased_as_a_word(word)]
    return listed[0] if len(listed) == 1 else None


def _shaped_as_text(reading: str) -> bool:
    """Whether ``reading`` is plain by every check of _plain but the letter model's: its
    words each of one alphabet and cased as words are (see _plain.plainly_clean)."""
    return plainly_clean(reading, priced=False, reading=True)


def _as_utf8_shown_by(text: str, codec: str, encoding: str = "utf-8") -> str | None:
    """What ``text`` reads as where it is UTF-8 (or ``encoding``) that the single-byte
    ``codec`` showed; None where the codec shows no such text."""
    data = single_byte(codec).bytes_of(text)
    if data is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


#: How many runs' readings _run_read keeps, some 460 bytes each (with 4,096, the command's
#: peak memory on the bench's vast vocabulary was 1.1 MB more; the damaged text of
#: bench/speed.py ran some 2 % faster, as its 3,177 runs then all fit).
_RUNS_KEPT: Final = 2048


@short_key_cache(maxsize=_RUNS_KEPT, longest=64)
def _run_read(run: str, codec: str, codecs: tuple[str, ...]) -> Candidate:
    """The reading of ``run`` as UTF-8 shown by ``codec``, by the likeliest of ``codecs`` to
    have shown it so (by prior, the first of those as likely): the misread the engine would
    name for it."""
    reading = _as_utf8_shown_by(run, codec)
    shown_as = max(
        (c for c in codecs if _as_utf8_shown_by(run, c) == reading), key=lambda c: prior("utf-8", c)
    )
    return next(candidates(run, shown_as, codecs, 1, False))


#: What a text read in lines reports by where it stands: a change, or a finding.
_Placed = TypeVar("_Placed", Change, Finding)


def _moved_back(
    items: tuple[_Placed, ...], lines: list[tuple[int, int]], starts: list[int]
) -> tuple[_Placed, ...] | None:
    """``items`` of the text made of ``lines`` joined, each line at ``starts`` in it (and a
    line break after a phrase of a long line), each where it stands in the text the lines are
    of; None where one crosses from a line to the next where they do not meet."""
    if not items:
        return items
    moved = []
    for item in items:
        i = bisect_ints_right(starts, item.start) - 1
        if item.end > starts[i] + lines[i][1] - lines[i][0]:
            return None
        shift = lines[i][0] - starts[i]
        moved.append(replace(item, start=item.start + shift, end=item.end + shift))
    return tuple(moved)


def _first_pass(
    text: str, options: Options, floor: float
) -> tuple[list[_Proposal], list[tuple[_Proposal, float]], tuple[Change, ...]]:
    """What repair() and detect() both find in ``text``: every proposal that could reach
    ``floor``, the ones chosen with their scores, and the changes they make."""
    proposals = _propose(text, options, floor)
    if not proposals:
        return proposals, [], ()  # (nothing to choose from: most texts, once they are short)
    chosen = _settle_by_language(text, proposals, _choose(text, proposals, options.threshold))
    chosen = _join_listed_words(text, proposals, chosen)
    chosen = _agree_by_line(text, proposals, chosen)
    chosen = _drops_vouched_in_line(text, chosen)
    chosen = _clear_of_garble(text, chosen)
    chosen = _guessed_as_a_whole(text, proposals, chosen)
    return proposals, chosen, tuple(p.change(text, delta) for p, delta in chosen)


def _guessed_as_a_whole(
    text: str, proposals: list[_Proposal], chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """``chosen``, where the repairs chosen inside a wider span that lost bytes read it as the
    span's own guess does but for the lost bytes they leave marked or as they stand, with that
    guess in their place.

    A lost byte is guessed from what is beside it (see cjk_hole_candidate, _unique_guesses),
    which only the whole span holds: "鍗曚竴娴侀" that lost the last byte of "一" is "单一流",
    and "×•×œ×?×—×¨" that lost Hebrew "א" is the word "ולאחר". But the span is also read in
    pieces, and the piece of the lost byte alone knows no neighbour ("涓\ufffd" is "一",
    "个", "中" or four rarer ones), or no piece reads it ("×?"). The pieces may score higher
    together than the whole; where they read it alike, the whole's guesses are what they
    leave out, and it is chosen instead (at the lowest confidence of theirs). Only where a
    repair that guessed nothing is among them, and the whole needs no other repair to vouch
    for it (but an East Asian stretch's, which its pieces vouch for): guesses do not vouch
    for each other ("gioved\ufffd" is no "gioved˘").
    """
    taken = {id(p) for p, _ in chosen}
    # (A guess among others for its span is one of a guesser's options, not its choice.)
    guesses = Counter((q.start, q.end) for q in proposals if q.cand.guessed and id(q) not in taken)
    if not guesses:
        return chosen
    order = sorted(chosen, key=lambda pd: pd[0].start)
    starts = [p.start for p, _ in order]
    replaced: dict[int, tuple[_Proposal, float]] = {}  # (first piece's id: the whole)
    wholes = _Spans()  # (the same wholes, for overlap queries)
    dropped: set[int] = set()
    for q in proposals:
        if (
            id(q) in taken
            or not q.cand.guessed
            or len(q.chain) != 1
            or guesses[q.start, q.end] > 1
            or (q.needs_vouch and q.chain[0].read_as not in EAST_ASIAN)
        ):
            continue
        i = bisect_ints_left(starts, q.start)
        if i > 0 and order[i - 1][0].end > q.start:
            continue  # (a chosen repair reaches into the span from before it)
        pieces = []
        while i < len(order) and order[i][0].start < q.end:
            pieces.append(order[i])
            i += 1
        if (
            not pieces
            or pieces[-1][0].end > q.end
            or all(p.cand.guessed for p, _ in pieces)
            or any(id(p) in dropped or p.chain != q.chain for p, _ in pieces)
            or wholes.overlapping(q.start, q.end)
            or not _reads_alike_but_lost(text, q, [p for p, _ in pieces])
        ):
            continue
        replaced[id(pieces[0][0])] = (q, min(delta for _, delta in pieces))
        wholes.add(q)
        dropped.update(id(p) for p, _ in pieces)
    if not replaced:
        return chosen
    out = []
    for p, delta in chosen:
        if id(p) in replaced:
            out.append(replaced[id(p)])
        elif id(p) not in dropped:
            out.append((p, delta))
    return out


def _reads_alike_but_lost(text: str, whole: _Proposal, pieces: list[_Proposal]) -> bool:
    """Whether ``pieces`` (in order, inside ``whole``'s span) read it as ``whole`` does but
    for lost bytes: each piece's repair stands in ``whole``'s, a mark it keeps ("\ufffd",
    "?") for any other character, and what lies between them holds a mark and stands for one
    to as many characters as it has. At least one mark or such stretch."""
    after = whole.after
    at = 0  # (where in ``after`` the next piece or stretch starts)
    lost = False
    pos = whole.start
    for p in [*pieces, None]:
        gap_end = whole.end if p is None else p.start
        if gap_end > pos:
            # What no piece repaired: a lost byte's stretch ("×?"), as short as its reading.
            if not _MARK_OF_LOSS.search(text, pos, gap_end):
                return False
            if p is None:
                taken = len(after) - at
            else:
                found = _matched_at(after, p.after, at + 1, at + gap_end - pos)
                if found < 0:
                    return False
                taken = found - at
            if not 1 <= taken <= gap_end - pos:
                return False
            at += taken
            lost = True
        if p is None:
            break
        if _matched_at(after, p.after, at, at) != at:
            return False
        lost = lost or p.after != after[at : at + len(p.after)]
        at += len(p.after)
        pos = p.end
    return lost and at == len(after)


def _matched_at(after: str, piece: str, lo: int, hi: int) -> int:
    """The first place from ``lo`` to ``hi`` where ``piece`` stands in ``after``, each mark
    of a lost byte in it for any character but a mark; -1 where none."""
    for at in range(lo, min(hi, len(after) - len(piece)) + 1):
        if all(
            a == b or (a in "\ufffd?" and b not in "\ufffd?")
            for a, b in zip(piece, after[at : at + len(piece)], strict=True)
        ):
            return at
    return -1


#: The mark a decoder leaves for a byte it could not read (see _guessed_as_a_whole).
_MARK_OF_LOSS: Final = re.compile("[\ufffd?]")


def _clear_of_garble(
    text: str, chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """``chosen`` but the UTF-8 repairs whose word keeps, beside them, what no repair
    touched and no text of their script writes (see _garble_beside).

    Garble that no codepage explains as a whole ("ÕÝ¶²\xad¨¾þ", Greek shown by a DOS
    console) holds a pair of characters here and there that reads as UTF-8 ("Õ\xad" ...):
    each such pair is a better span than it was, and the scorer, asked of it alone, finds a
    letter in a word of garble better than the garble. But a word repaired in one place and
    left garbled in the next is no repair: "ص¶²¨¾" is not Arabic. Real mojibake is undone
    across its word, or sits in a word of its own script's letters ("Ã©" of "café", which
    leaves ASCII beside it).

    Each word is judged once for each kind of repair in it (see _garble_kind): a line with
    no space, Chinese misread, holds hundreds of repairs in one word.
    """
    if not chosen:
        return chosen
    covered = _Spans()
    for p, _ in chosen:
        covered.add(p)
    spaces: list[int] | None = None  # (where the text's spaces are, found once if needed)
    verdicts: dict[tuple[int, int, frozenset[str], bool], bool] = {}
    kept = []
    for p, delta in chosen:
        kind = _garble_kind(p) if any(m.encoding == "utf-8" for m in p.chain) else None
        if kind is not None:
            if spaces is None:
                spaces = [m.start() for m in _SPACE.finditer(text)]
            i = bisect_ints_left(spaces, p.start)
            start = spaces[i - 1] + 1 if i > 0 else 0
            j = bisect_ints_left(spaces, p.end)
            end = spaces[j] if j < len(spaces) else len(text)
            key = (start, end, *kind)
            if key not in verdicts:
                verdicts[key] = _garble_beside(text, start, end, kind, covered)
            if verdicts[key]:
                continue
        kept.append((p, delta))
    return kept if len(kept) < len(chosen) else chosen


#: A space, as str.isspace() has it (where _clear_of_garble's words end).
_SPACE: Final = re.compile(r"\s")


def _garble_kind(p: _Proposal) -> tuple[frozenset[str], bool] | None:
    """The scripts ``p``'s repair writes in (see _script_written), and whether it writes a
    Latin letter beyond Latin-1 that the alphabets seldom hold; None where it writes no
    letter, mark or modifier (then no garble is beside it)."""
    scripts = frozenset(
        _script_written(info, c)
        for c in p.after
        if not c.isascii() and _writes(info := char_info(c), c)
    )
    if not scripts:
        return None
    # (Where the repair writes a Latin letter beyond Latin-1 that the alphabets seldom hold,
    # "ǩ" of "Ç©", the Latin-1 letters beside it are what codepages show as well:
    # "ÉìäkÇ∑Ç≤ǩÇΩǫ" is Japanese a Mac showed. Beside "ť" or "Ő", they are Czech's or
    # Hungarian's own.)
    odd_latin = any(
        c > "\u00ff" and (info := char_info(c)).script == "LATIN" and info.cost >= _ODD_LETTER
        for c in p.after
    )
    return scripts, odd_latin


def _garble_beside(
    text: str, start: int, end: int, kind: tuple[frozenset[str], bool], covered: _Spans
) -> bool:
    """Whether the word ``text[start:end]`` holds at least as much garble beside a repair
    of ``kind`` (see _garble_kind) as the repairs in ``covered`` read in it.

    Garble is a letter of a script the repair does not write, or a sign that codepages show
    for high bytes (_GARBLE_SIGNS), left outside every repair or carried through one
    unchanged; the repairs read the characters they cover but those. (A word read in full
    but for a byte or two it lost, "그리스ë„êµ", is mostly repaired, and its repairs stand.)
    """
    scripts, odd_latin = kind

    def garbled(c: str) -> bool:
        if c.isascii():
            return False
        info = char_info(c)
        if _writes(info, c):
            written = _script_written(info, c)
            return bool(written) and (written not in scripts or (odd_latin and c <= "\u00ff"))
        return _GARBLE_SIGNS.match(c) is not None

    repaired = garble = 0
    at = start
    for q in sorted(covered.overlapping(start, end), key=lambda q: q.start):
        garble += sum(map(garbled, text[at : q.start]))
        before = text[q.start : q.end]
        carried = sum(garbled(c) and c in before for c in q.after)
        garble += carried
        repaired += sum(not c.isascii() for c in before) - carried
        at = q.end
    garble += sum(map(garbled, text[at:end]))
    return garble >= repaired


def _writes(info: CharInfo, c: str) -> bool:
    """Whether ``c`` (with ``info``) is a letter, a combining mark or a spacing modifier
    (_MODIFIER)."""
    return info.kind in _LETTERS_OR_MARKS or (
        info.kind == Kind.SYMBOL and _MODIFIER.match(c) is not None
    )


def _script_written(info: CharInfo, c: str) -> str:
    """The script ``c`` writes in, for _garble_beside: its own, "" for a combining mark (any
    script's), _MODIFIERS for a spacing modifier."""
    if info.kind == Kind.MARK:
        return ""
    return info.script if info.kind != Kind.SYMBOL else _MODIFIERS


#: What a letter costs the scorer by itself (CharInfo.cost) where few alphabets or none
#: hold it ("ǐ" of Pinyin, "ǩ"); a letter of a modelled language's alphabet costs 0.3.
_ODD_LETTER: Final = 1.0
#: Letters and combining marks.
_LETTERS_OR_MARKS: Final = frozenset((Kind.ASCII_LETTER, Kind.LETTER, Kind.MARK))
#: Spacing modifier letters and accents ("ː", "ˤ", "˛"), which the character table counts
#: as signs (but the apostrophe "ʼ", which Ukrainian writes inside words): a UTF-8 repair
#: that makes one writes in a script of its own (_MODIFIERS), and one beside another
#: repair's letters is garble ("Ū––’˛" is no text).
_MODIFIER: Final = re.compile("[\u02b0-\u02ff]")
_MODIFIERS: Final = "MODIFIER"
#: Signs that single-byte codepages show for high bytes and that text seldom writes inside a
#: word beside letters: Latin-1's signs but the quotation marks, "¡", "¿", "°" and the middle
#: dot; box drawing and block elements; mathematical operators and technical signs (DOS
#: consoles and the Mac show them); the Mac's private-use apple.
_GARBLE_SIGNS: Final = re.compile(
    "[\u00a2-\u00aa\u00ac-\u00af\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00be\u00d7\u00f7"
    "\u2200-\u23ff\u2500-\u25ff\uf8ff]"
)


def _drops_vouched_in_line(
    text: str, chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """``chosen`` but the guesses of a byte dropped from a sequence that stands alone inside
    a word (see _lone_short), in a line where no repair that guessed nothing undoes their
    misread.

    A repair elsewhere in the text vouches for a guess as much as one beside it, and lines
    of a document misread as one are repaired alike; but a lead character alone ("Ä" of
    "HÄN") is a letter of its line's clean text unless the line itself was misread: a line
    of clean Finnish among lines of cp1252 mojibake is no "HāN" that lost its 81.
    """
    fixed = _Spans()
    guesses = []
    for p, _ in chosen:
        if not p.cand.guessed:
            fixed.add(p)
        elif p.cand.dropped and _alone_before_word(text, p):
            guesses.append(p)
    unvouched = {id(p) for p in guesses if not _vouched_in_line(text, p, fixed)}
    if not unvouched:
        return chosen
    return [(p, delta) for p, delta in chosen if id(p) not in unvouched]


def _alone_before_word(text: str, p: _Proposal) -> bool:
    """Whether ``p`` reads one character of one or two (one sequence one byte short) before
    more of its word."""
    after = text[p.end : p.end + 1]
    return len(p.after) == 1 and p.end - p.start <= 2 and after != "" and not after.isspace()


def _agree_by_line(
    text: str, proposals: list[_Proposal], chosen: list[tuple[_Proposal, float]]
) -> list[tuple[_Proposal, float]]:
    """Where the UTF-8 repairs chosen in a line are shown by no one codepage, read the ones
    the most common codepage does not show as it shows them; where it cannot, refuse the line.

    A line is misread as one codepage: "되면" shown by ISO 8859-15 ("ë\x90\x98ë©Ž") holds
    "ë©Ž", which cp1252 also shows, as the rarer "멎". Once the line's other words have
    told ISO 8859-15, the word is read that way too. A line whose repairs cannot be made to
    agree ("ã†â€™ãƒâ€ ã¢â‚¬â„¢…", mojibake lower-cased, which readings by cp1252,
    MacRoman and cp850 turn into other garble; clean "сай" read by cp866 beside "Ñ‚") is
    not understood, and is left as it is: its damage is still reported.
    """
    if len(chosen) < 2:
        return chosen
    breaks = [m.end() for m in _NEWLINE.finditer(text)]
    ordered = sorted(chosen, key=lambda x: x[0].start)
    lines: dict[int, list[int]] = {}
    for i, (p, _d) in enumerate(ordered):
        lines.setdefault(bisect_ints_right(breaks, p.start), []).append(i)
    out: list[tuple[_Proposal, float] | None] = list(ordered)
    by_line: dict[int, list[_Proposal]] | None = None
    refused: set[int] = set()
    for line, members in lines.items():
        shown = [s for i in members if (s := _shown_by(text, ordered[i][0]))]
        if len(shown) < 2 or frozenset.intersection(*shown):
            continue
        if by_line is None:
            by_line = {}
            for q in sorted(proposals, key=lambda q: q.start):
                if q.delta > 0 and _shown_by(text, q):
                    by_line.setdefault(bisect_ints_right(breaks, q.start), []).append(q)
        tally = Counter(c for codepages in shown for c in codepages)
        most = max(tally.values())
        for codepage in sorted(c for c, n in tally.items() if n == most):
            made = _read_line_as(text, by_line.get(line, []), out, members, codepage)
            if made is not None:
                for i, item in made.items():
                    out[i] = item
                break
        else:
            refused.add(line)
    return [
        x for x in out if x is not None and bisect_ints_right(breaks, x[0].start) not in refused
    ]


def _read_line_as(
    text: str,
    proposals: list[_Proposal],
    chosen: list[tuple[_Proposal, float] | None],
    members: list[int],
    codepage: str,
) -> dict[int, tuple[_Proposal, float] | None] | None:
    """What becomes of ``chosen`` (by start) once each of its line's ``members`` that
    ``codepage`` does not show is replaced by the narrowest of the line's ``proposals`` (by
    start) that ``codepage`` shows and that holds it and the whole of each other member it
    overlaps (those are dropped: None); None where one has no such proposal."""
    made: dict[int, tuple[_Proposal, float] | None] = {}

    def now(at: int) -> tuple[_Proposal, float] | None:
        i = members[at]
        return made[i] if i in made else chosen[i]

    starts = [q.start for q in proposals]
    longest = max((q.end - q.start for q in proposals), default=0)
    for at, i in enumerate(members):
        item = now(at)
        if item is None or codepage in _shown_by(text, item[0]):
            continue
        p, delta = item
        best: _Proposal | None = None
        k = bisect_ints_right(starts, p.start)
        while k > 0 and proposals[k - 1].start >= p.end - longest:
            k -= 1
            q = proposals[k]
            if q.end < p.end or (best is not None and q.end - q.start >= best.end - best.start):
                continue
            if codepage in _shown_by(text, q) and all(
                q.start <= x.start and x.end <= q.end
                for _k, x in _overlapping(now, len(members), at, q)
            ):
                best = q
        if best is None:
            return None
        for k, _x in _overlapping(now, len(members), at, best):
            made[members[k]] = None
        # (The line's other repairs vouch for the reading as they did for the one it
        # replaces: it keeps that one's verdict.)
        made[i] = (best, delta)
    return made


def _overlapping(
    now: Callable[[int], tuple[_Proposal, float] | None], count: int, at: int, q: _Proposal
) -> Iterator[tuple[int, _Proposal]]:
    """Which of a line's ``count`` repairs, ``now(k)`` for k < count (by start, none
    overlapping another), overlap ``q`` besides the one at ``at``, which does."""
    for step in (-1, 1):
        k = at + step
        while 0 <= k < count:
            item = now(k)
            if item is not None:
                if item[0].end <= q.start or item[0].start >= q.end:
                    break
                yield k, item[0]
            k += step


def _lines_left_misread(repair: Repair, options: Options) -> list[tuple[int, int]]:
    """The lines of ``repair.text`` (start and end, line break included) where a repaired
    span, read with the characters beside it, is UTF-8 misread again, in order; of a long
    line, the phrases (see _plain.phrases_of) that hold such a span."""
    codecs = tuple(c for c in _codecs(options) if c in SINGLE_BYTE)
    text = repair.text
    lines: list[tuple[int, int]] = []
    # The last long line met (start and end), its phrases from the one last read on.
    long_line = (0, 0)
    phrases: Iterator[tuple[int, int]] = iter(())
    phrase = (0, 0)
    for start, end in _spans_made(repair.changes):
        if lines and start < lines[-1][1]:
            continue  # (its line is read again already)
        lo = max(0, start - _CONTEXT)
        window = text[lo : end + _CONTEXT]
        if any(
            s.start + lo < end and s.end + lo > start
            for s in find_suspects(window, codecs, lossy=False, pieces=True)
        ):
            if long_line[0] <= start < long_line[1]:
                line_start, line_end = long_line
            else:
                line_start, line_end = _line_at(text, start, max(start, end - 1))
            if line_end - line_start > LONG_LINE:
                # (Its phrases, as lines_to_read reads them; the spans come in order.)
                if long_line != (line_start, line_end):
                    long_line = (line_start, line_end)
                    phrases = phrases_of(text, line_start, line_end)
                    phrase = next(phrases)
                while phrase[1] <= start and phrase[1] < line_end:
                    phrase = next(phrases)
                line_start = phrase[0]
                while phrase[1] < end and phrase[1] < line_end:
                    phrase = next(phrases)
                line_end = phrase[1]
            if lines and line_start < lines[-1][1]:
                lines[-1] = (lines[-1][0], max(lines[-1][1], line_end))
            else:
                lines.append((line_start, line_end))
    return lines


def _spans_made(changes: tuple[Change, ...]) -> list[tuple[int, int]]:
    """Where each of ``changes`` (sorted, as a repair lists them) stands in the text they make."""
    spans, shift = [], 0
    for c in changes:
        start = c.start + shift
        spans.append((start, start + len(c.after)))
        shift += len(c.after) - (c.end - c.start)
    return spans


def _compose(
    text: str, first: tuple[Change, ...], second: tuple[Change, ...]
) -> tuple[Change, ...]:
    """The changes of two passes as changes of ``text``: the second pass's are in the text
    the first made, and each is joined to the first-pass changes it overlaps."""
    # Each first-pass change's span in the text it made.
    made: list[tuple[int, int, Change | None, Change | None]] = [
        (start, end, c, None) for (start, end), c in zip(_spans_made(first), first, strict=True)
    ]
    spans = sorted(made + [(c.start, c.end, None, c) for c in second], key=lambda x: x[:2])
    groups: list[list[tuple[int, int, Change | None, Change | None]]] = []
    for item in spans:
        if groups and item[0] < max(g[1] for g in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])
    middle = apply_changes(text, first)
    # How far each first-pass change moved the text after it, summed, by where it ends.
    ends = [e for _, e, _, _ in made]
    moved = list(itertools.accumulate(len(c.after) - (c.end - c.start) for _, _, c, _ in made if c))

    def original(pos: int, at_end: bool) -> int:
        # (A group's ends lie outside every first-pass change's span, or on its ends.) A
        # change that removed its text made nothing at ``pos``: the text it removed comes
        # before the group that starts there, and after the one that ends there.
        i = bisect_ints_right(ends, pos)
        while at_end and i and made[i - 1][0] == pos:
            i -= 1
        return pos - (moved[i - 1] if i else 0)

    out: list[Change] = []
    for group in groups:
        olds = [c for _, _, c, _ in group if c is not None]
        news = [c for _, _, _, c in group if c is not None]
        if not news:
            out.extend(olds)
            continue
        start, end = min(g[0] for g in group), max(g[1] for g in group)
        inner = [replace(c, start=c.start - start, end=c.end - start) for c in news]
        after = apply_changes(middle[start:end], inner)
        lo, hi = original(start, False), original(end, True)
        outer = max(olds, key=lambda c: c.end - c.start, default=None)
        out.append(
            Change(
                start=lo,
                end=hi,
                before=text[lo:hi],
                after=after,
                chain=max(news, key=lambda c: c.end - c.start).chain
                + (outer.chain if outer is not None else ()),
                confidence=min(c.confidence for c in olds + news),
                lossy=any(c.lossy for c in olds + news),
            )
        )
    return tuple(out)


def detect_text(text: str, options: Options) -> tuple[Finding, ...]:
    """Report suspicious spans without changing anything: the engine behind ``detect``
    (of the lines that are not plainly clean, as repair_text reads them)."""
    if text.isascii():
        return ()
    lines = lines_to_read(text)
    if not lines:
        return ()
    lines, plainly = _plainly_misread(text, lines, options)
    found = _read_in_lines(
        text, lines, lambda sub: Repair(sub, (), _detect_lines(sub, options)), plainly
    )
    if not found.changes:
        return found.unrepaired  # (none plainly misread, or the text was read whole)
    # The changes are those of the lines plainly misread (see _read_plainly): reported as
    # _detect_lines reports what repair() changes, its second pass included.
    changes = found.changes
    second = _second_pass(found, options)
    if second is not None:
        changes = _compose(text, changes, second.changes)
    out = [*found.unrepaired, *(_finding(c, True) for c in changes)]
    out.sort(key=lambda f: f.start)
    return tuple(out)


def _detect_lines(text: str, options: Options) -> tuple[Finding, ...]:
    """detect_text over every line of ``text``."""
    floor = required_delta(min(options.threshold, _REPORT_FLOOR))
    proposals, chosen, changes = _first_pass(text, options, floor)
    unrepaired = _unrepaired(text, proposals, chosen)
    second = _second_pass(Repair(apply_changes(text, changes), changes), options)
    if second is not None:
        # What repair() does in two passes is reported as it reports it, beside what was
        # found and not repaired.
        changes = _compose(text, changes, second.changes)
        covered = _Intervals()
        for c in changes:
            covered.add(c.start, c.end)
        unrepaired = [f for f in unrepaired if not covered.overlaps(f.start, f.end)]
    # (Each repairable finding is the same minimal span as the change repair() reports.)
    out = [_finding(c, True) for c in changes] + unrepaired
    out.sort(key=lambda f: f.start)
    return tuple(out)


def _finding(c: Change, repairable: bool) -> Finding:
    """What detect() reports of a change, repaired or not."""
    return Finding(c.start, c.end, c.before, c.chain, c.after, c.confidence, repairable, c.lossy)


def _unrepaired(
    text: str, proposals: list[_Proposal], chosen: list[tuple[_Proposal, float]]
) -> list[Finding]:
    """What was found and not chosen: proposals worth reporting outside the chosen spans,
    best first, and lost bytes (U+FFFD) nothing explains; by start."""
    found: list[Finding] = []
    covered = _Intervals()
    for p, _ in chosen:
        covered.add(p.start, p.end)
    rest = [p for p in proposals if confidence(p.delta) >= _REPORT_FLOOR]
    rest.sort(key=lambda p: -p.delta)
    for p in rest:
        if covered.overlaps(p.start, p.end):
            continue
        covered.add(p.start, p.end)
        found.append(_finding(p.change(text, p.delta), False))
    for m in _DAMAGE.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        found.append(Finding(m.start(), m.end(), m.group(), (), None, 0.0, False, True))
    found.sort(key=lambda f: f.start)
    return found
