"""Speed of demojibake against ftfy and against a plain copy loop (issue 5).

Sections (``--only SECTION`` runs one):

* ``throughput`` — MB/s of ``demojibake.fix`` and ``ftfy.fix_encoding`` on a few MB of clean
  and damaged text, each tool's faster of one whole-text call and a per-line loop;
* ``import`` — ``python -X importtime -c 'import X'`` for demojibake and ftfy, best of 5;
* ``cli`` — ``python -m demojibake`` as a stdin→stdout filter on a large clean file and
  damaged ones (the corpus's words, far more words than that, and those run together), against
  a Python line-copy loop: throughput (the target is on clean text), peak RSS, and the time
  at growing sizes;
* ``adversarial`` — inputs built to be slow (runs of ``Ã``, Latin-1 noise, box drawing, random
  CJK, one very long line), each timed against clean text of the same size.

Before the timed sections each tool fixes a small warm-up text once, untimed (see warm_up):
the throughput and adversarial timings are of repairing text, not of a first call's set-up.

Every input is built at run time, deterministically, from the clean texts in ``corpus/clean``
(through ``corpus/pairs.py``'s ``clean_texts()``); large files go to a temporary directory that
is removed afterwards. MB means 10**6 bytes of UTF-8.

Run from the repository root:  python bench/speed.py [--quick] [--only SECTION]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import math
import multiprocessing
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import ftfy
from _shared import (
    TOOLS,
    Fixer,
    Unavailable,
    import_corpus,
    render_table,
    tested_build,
    verdict,
)

from demojibake._jobs import cpu_count

MB = 1_000_000
SECTIONS = ("throughput", "import", "cli", "adversarial")


# Targets from issue 5.
CLEAN_MULTILINGUAL_RATIO = 10.0  # demojibake at least this many times ftfy's throughput
DAMAGED_RATIO = 2.0
CLEAN_ASCII_RATIO = 1.0
IMPORT_RATIO = 0.5  # demojibake's import time at most this fraction of ftfy's
CLI_COPY_RATIO = 0.5  # CLI throughput at least this fraction of the line-copy loop's
CLI_PEAK_RSS_MB = 64.0
ADVERSARIAL_RATIO = 20.0  # an adversarial input at most this many times slower than clean text
WARM_UP_MB = 0.02  # the clean part of the text each tool fixes once before the timings

CLI = [sys.executable, "-m", "demojibake"]
LINE_COPY = [sys.executable, "-c", "import sys; sys.stdout.buffer.writelines(sys.stdin.buffer)"]


@dataclass(frozen=True)
class Settings:
    """How big each generated input is, in MB, and how long one measurement may take."""

    text: float  # each throughput input
    cli: float  # the CLI's large file
    growth: tuple[float, ...]  # the CLI's growth series
    adversarial: float  # each adversarial input but the long line
    long_line: float  # the adversarial single line
    limit: float  # seconds; a measurement that takes longer is stopped and shown as "> limit"


FULL = Settings(text=4, cli=200, growth=(1, 10, 100), adversarial=2, long_line=10, limit=60)
QUICK = Settings(text=0.5, cli=10, growth=(0.1, 1, 10), adversarial=0.25, long_line=1, limit=15)


# --------------------------------------------------------------------------------------------
# Inputs


def utf8_size(text: str) -> float:
    return len(text.encode("utf-8")) / MB


def fill(lines: Sequence[str], megabytes: float, rng: random.Random, what: str) -> list[str]:
    """Lines drawn from ``lines`` in shuffled rounds until they hold ``megabytes`` of UTF-8."""
    if not lines:
        raise Unavailable(f"corpus/clean has no {what} lines")
    sizes = {line: len(line.encode("utf-8")) + 1 for line in lines}
    pool, out, total = list(lines), [], 0
    while total < megabytes * MB:
        rng.shuffle(pool)
        for line in pool:
            out.append(line)
            total += sizes[line]
            if total >= megabytes * MB:
                break
    return out


# Latin-1 code point -> cp1252 character. cp1252's five undefined bytes keep their value (and
# so become C1 controls), as browsers decode them.
_LATIN1_TO_CP1252 = {
    byte: bytes([byte]).decode("cp1252", errors="replace").replace("\ufffd", chr(byte))
    for byte in range(256)
}


def utf8_as_cp1252(text: str) -> str:
    """``text`` encoded as UTF-8 and read back as cp1252."""
    return text.encode("utf-8").decode("latin-1").translate(_LATIN1_TO_CP1252)


def utf8_as_cp1252_lossy(text: str) -> str:
    """``text`` encoded as UTF-8 and read back as cp1252 by Python (``errors="replace"``):
    each of the five bytes cp1252 leaves undefined becomes U+FFFD, a byte lost."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def utf8_as_gbk(text: str) -> str:
    """UTF-8 read as GBK where that loses nothing, else UTF-8 read as cp1252."""
    data = text.encode("utf-8")
    try:
        damaged = data.decode("gbk")
    except UnicodeDecodeError:
        return utf8_as_cp1252(text)
    return damaged if damaged.encode("gbk") == data else utf8_as_cp1252(text)


def cut(text: str, megabytes: float) -> str:
    """``text`` cut to at most ``megabytes`` of UTF-8, at a character boundary."""
    return text.encode("utf-8")[: int(megabytes * MB)].decode("utf-8", errors="ignore")


def scramble_words(lines: list[str], rng: random.Random) -> list[str]:
    """``lines`` with two inner letters of each word beyond ASCII swapped at random: words
    shaped as the corpus's are, but far more of them than any cache of the engine holds
    (a web crawl's vocabulary, not the few thousand words the corpus repeats)."""

    def scrambled(word: str) -> str:
        if word.isascii() or len(word) < 4:
            return word
        letters = list(word)
        i, j = rng.randrange(1, len(word) - 1), rng.randrange(1, len(word) - 1)
        letters[i], letters[j] = letters[j], letters[i]
        return "".join(letters)

    return [" ".join(map(scrambled, line.split(" "))) for line in lines]


def run_together(lines: list[str]) -> list[str]:
    """``lines`` with their spaces taken out: runs of dozens of characters with no space, as
    Thai, Chinese and Japanese are written, and as hashtags and file names are, which the
    engine prices chunk by chunk and keeps in caches of their own."""
    return [line.replace(" ", "") for line in lines]


def damage_every_third(lines: list[str], misreads: Sequence[Callable[[str], str]]) -> list[str]:
    """Lines 3, 6, 9, … misread, cycling through ``misreads``; the others left clean."""
    out = list(lines)
    for count, index in enumerate(range(2, len(out), 3)):
        out[index] = misreads[count % len(misreads)](out[index])
    return out


_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def is_cjk_heavy(line: str) -> bool:
    return len(_CJK.findall(line)) * 2 >= len(line)


@dataclass(frozen=True)
class CleanLines:
    """The corpus's clean lines, sorted into the pools the inputs are drawn from."""

    all: list[str]
    ascii: list[str]  # few of the corpus's lines are pure ASCII; most are English or Dutch
    non_ascii: list[str]
    cjk: list[str]


def load_clean_lines() -> CleanLines:
    pairs = import_corpus()
    texts: list[str] = [text for _, text in pairs.clean_texts()]
    if not texts:
        raise Unavailable("corpus/pairs.py clean_texts() returned no texts")
    return CleanLines(
        all=texts,
        ascii=[t for t in texts if t.isascii()],
        non_ascii=[t for t in texts if not t.isascii()],
        cjk=[t for t in texts if is_cjk_heavy(t)],
    )


def joined(lines: Iterable[str]) -> str:
    return "\n".join(lines) + "\n"


def throughput_inputs(
    clean: CleanLines, megabytes: float
) -> Iterator[tuple[str, str, Callable[[], str]]]:
    """(name, target kind, build the text) for each throughput input.

    Built on demand, so that one input the corpus cannot supply skips that row only.
    """

    @functools.cache
    def multilingual() -> list[str]:
        return fill(clean.non_ascii, megabytes, random.Random("multilingual"), "non-ASCII")

    @functools.cache
    def damaged() -> list[str]:
        return damage_every_third(multilingual(), [utf8_as_cp1252])

    def lossy() -> list[str]:
        # (As real mojibake often is: Python's own cp1252, or a browser's, replaces the bytes
        # it cannot read. The engine reads such lines itself, not the fast path.)
        return damage_every_third(multilingual(), [utf8_as_cp1252_lossy])

    def ascii_text() -> str:
        return joined(fill(clean.ascii, megabytes, random.Random("ascii"), "ASCII-only"))

    def cjk() -> str:
        lines = fill(clean.cjk, megabytes, random.Random("cjk"), "CJK-heavy")
        return joined(damage_every_third(lines, [utf8_as_cp1252, utf8_as_gbk]))

    yield "clean ASCII (mostly English)", "clean ascii", ascii_text
    yield "clean multilingual", "clean multilingual", lambda: joined(multilingual())
    yield "multilingual, every 3rd line damaged", "damaged", lambda: joined(damaged())
    yield "the same, its lost bytes U+FFFD", "damaged", lambda: joined(lossy())
    yield "CJK-heavy, every 3rd line damaged", "damaged", cjk
    yield "one long line (damaged multilingual)", "damaged", lambda: " ".join(damaged())


def warm_up(clean: CleanLines) -> str:
    """Each tool once, untimed, on a small text of every kind the timings use; says how long.

    The timings run in forks of this process: warmed here, they measure how fast a tool
    repairs text, not what its first call sets up once (tables read, patterns compiled),
    which the import section's first-call table measures. The text is drawn apart
    from the timed inputs (its own seed), so it caches none of their lines by design.
    """
    lines = fill(clean.non_ascii, WARM_UP_MB, random.Random("warm-up"), "non-ASCII")
    lines += fill(clean.cjk, WARM_UP_MB / 4, random.Random("warm-up"), "CJK-heavy")
    text = joined(lines) + joined(damage_every_third(lines, [utf8_as_cp1252, utf8_as_gbk]))
    spent = []
    for name, fixer in TOOLS.items():
        start = time.perf_counter()
        fixer(text)
        spent.append(f"{name} {time.perf_counter() - start:.2f} s")
    return f"warm-up, untimed below: {utf8_size(text):.2f} MB, " + ", ".join(spent)


def _in_lines(words: Iterable[str], width: int) -> Iterator[str]:
    """``words`` joined by spaces into lines of about ``width`` characters."""
    line: list[str] = []
    size = 0
    for word in words:
        line.append(word)
        size += len(word) + 1
        if size >= width:
            yield " ".join(line)
            line, size = [], 0
    if line:
        yield " ".join(line)


def adversarial_inputs(clean: CleanLines, settings: Settings) -> Iterator[tuple[str, str]]:
    """(name, text) for each adversarial input."""
    rng = random.Random(7)
    chars = int(settings.adversarial * MB)

    def noise(alphabet: Sequence[str], bytes_per_char: int, width: int) -> str:
        count = chars // bytes_per_char
        text = "".join(rng.choices(alphabet, k=count))
        return joined(text[i : i + width] for i in range(0, count, width))

    yield "runs of Ã (10 000 per line)", noise(["\u00c3"], 2, 10_000)
    latin1 = [chr(c) for c in range(0xA0, 0x100)]
    yield "Latin-1 noise (U+00A0–U+00FF)", noise(latin1, 2, 80)
    yield "box drawing (U+2500–U+257F)", noise([chr(c) for c in range(0x2500, 0x2580)], 3, 80)
    yield "random CJK (U+4E00–U+9FFF)", noise([chr(c) for c in range(0x4E00, 0xA000)], 3, 40)
    # Words of UTF-8 lead bytes alone, as cp1252 shows them ("ÐÑØÙ ×ÐÑ"): each word is a
    # run that lost every continuation byte, which the lossy readings try to put back, and
    # Latin-1 letters only, as Cyrillic or Greek Windows text shown by cp1252 is, which the
    # legacy readings judge line by line. (Their own generator: the long line stays the same.)
    leads = [chr(c) for c in range(0xC2, 0xF5)]
    pick = random.Random("leads")
    words = ("".join(pick.choices(leads, k=pick.randint(3, 5))) for _ in range(chars // 8))
    text = cut(joined(_in_lines(words, 80)), settings.adversarial)
    yield "words of UTF-8 leads alone (Â–ô)", text
    damaged = damage_every_third(
        fill(clean.non_ascii, settings.long_line, rng, "non-ASCII"), [utf8_as_cp1252]
    )
    line = cut(" ".join(damaged), settings.long_line)
    yield f"one {settings.long_line:g} MB line (damaged multilingual)", line


# --------------------------------------------------------------------------------------------
# Timing


@contextmanager
def quiet_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def best_time(
    work: Callable[[], object], *, budget: float = 1.0, runs: int = 3
) -> tuple[float, float]:
    """The fastest of up to ``runs`` runs, stopping early once ``budget`` seconds are spent,
    and the first of them: the engine keeps what it found of the words it met, so a run after
    the first finds most of the text's words known, as a text read once does not."""
    times: list[float] = []
    for _ in range(runs):
        with quiet_gc():
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        if sum(times) >= budget:
            break
    return min(times), times[0]


def rate(megabytes: float, seconds: float) -> str:
    """MB/s with enough digits to tell slow from very slow."""
    speed = megabytes / seconds
    return f"{speed:.1f}" if speed >= 1 else f"{speed:.3f}"


@dataclass(frozen=True)
class Timing:
    seconds: float  # when ``capped``, the time limit: the real time is longer
    way: str  # "whole" (one call) or "lines" (a per-line loop)
    capped: bool = False
    first: float = 0.0  # the first run's seconds (see best_time); 0 where unknown

    def rate(self, megabytes: float) -> str:
        return f"{'<' if self.capped else ''}{rate(megabytes, self.seconds)}"

    def first_rate(self, megabytes: float) -> str:
        """The first run's MB/s, or the bound a stopped run gives."""
        if self.capped or not self.first:
            return self.rate(megabytes)
        return rate(megabytes, self.first)

    def shown(self) -> str:
        return f"> {self.seconds:.0f}" if self.capped else f"{self.seconds:.3f}"


@dataclass(frozen=True)
class Ratio:
    """A measured ratio; when a run was stopped at the limit, only a bound on it."""

    value: float
    bound: str = ""  # "" exact, ">" the real ratio is higher, "<" lower, "?" unknown

    @classmethod
    def of(cls, top: Timing, bottom: Timing) -> Ratio:
        """``top.seconds ÷ bottom.seconds``; a stopped run makes it a bound."""
        bound = "?" if top.capped and bottom.capped else ">" if top.capped else ""
        bound = "<" if bottom.capped and not top.capped else bound
        return cls(top.seconds / bottom.seconds, bound)

    def shown(self, digits: int) -> str:
        return "?" if self.bound == "?" else f"{self.bound}{self.value:.{digits}f}×"

    def judge(self, *, at_least: float | None = None, at_most: float | None = None) -> str:
        """Whether the target is met: "met", "MISSED", or "unknown" when a bound cannot tell."""
        low = self.value if self.bound in ("", ">") else float("-inf")
        high = self.value if self.bound in ("", "<") else float("inf")
        if self.bound == "?":
            low, high = float("-inf"), float("inf")
        if at_least is not None and high < at_least:
            return verdict(False)
        if at_most is not None and low > at_most:
            return verdict(False)
        if (at_least is None or low >= at_least) and (at_most is None or high <= at_most):
            return verdict(True)
        return "unknown"


def time_with_limit(work: Callable[[], object], limit: float) -> tuple[float, float] | None:
    """``best_time(work)`` in a forked child, or None when it needs more than ``limit`` seconds.

    A slow or quadratic engine would otherwise hold the whole benchmark hostage; the fork
    shares the input with the child, so nothing is copied or pickled.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return best_time(work)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=lambda: send.send(best_time(work)), daemon=True)
    child.start()
    send.close()
    try:
        times: tuple[float, float] | None = receive.recv() if receive.poll(limit) else None
    except EOFError:  # the child died without an answer (the fixer raised, or ran out of memory)
        times = None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if times is None and child.exitcode not in (0, -signal.SIGKILL):
        raise RuntimeError(f"timing child failed with exit code {child.exitcode}")
    return times


def fastest_way(fixer: Fixer, text: str, limit: float) -> Timing:
    """``fixer`` on ``text``: the faster of one call and a per-line loop, each within ``limit``."""
    lines = text.splitlines(keepends=True)
    ways = {"whole": lambda: fixer(text)}
    if len(lines) > 1:
        ways["lines"] = lambda: "".join([fixer(line) for line in lines])
    timings = []
    for way, work in ways.items():
        times = time_with_limit(work, limit)
        timings.append(
            Timing(limit, way, True) if times is None else Timing(times[0], way, first=times[1])
        )
    return min(timings, key=lambda timing: timing.seconds)


# --------------------------------------------------------------------------------------------
# Sections


def section_throughput(clean: CleanLines, settings: Settings) -> None:
    targets = {
        "clean ascii": CLEAN_ASCII_RATIO,
        "clean multilingual": CLEAN_MULTILINGUAL_RATIO,
        "damaged": DAMAGED_RATIO,
    }
    rows, notes = [], []
    for name, kind, build in throughput_inputs(clean, settings.text):
        print(f"  … {name}", file=sys.stderr)
        try:
            text = build()
        except Unavailable as exc:
            rows.append([name, "-", "-", "-", "", "-", "", "-", "", "NOT RUN"])
            notes.append(f"{name}: not run, {exc}.")
            continue
        size = utf8_size(text)
        mine, theirs = (fastest_way(fixer, text, settings.limit) for fixer in TOOLS.values())
        times_faster = Ratio.of(theirs, mine)
        wanted = targets[kind]
        rows.append([
            name, f"{size:.1f}", mine.rate(size), mine.first_rate(size), mine.way,
            theirs.rate(size), theirs.way,
            times_faster.shown(2), f"≥ {wanted:g}×", times_faster.judge(at_least=wanted),
        ])  # fmt: skip
    headers = ["input", "MB", "MB/s", "1st", "way", "MB/s", "way", "ratio", "target", ""]
    spans = [("", 2), (" demojibake ", 3), (" ftfy ", 2), ("", 3)]
    print(render_table(headers, rows, spans=spans))
    for note in notes:
        print(note)
    print(
        "ratio = demojibake MB/s ÷ ftfy MB/s; way = the faster of one whole-text call ('whole')"
        f" and a per-line loop ('lines'); '<' marks a run stopped at {settings.limit:g} s."
    )
    print(
        "MB/s is the best of up to three runs on the text; 1st = demojibake's first run, before"
        " its memos held the text's words (a text read once runs at about that speed)."
    )


def import_ms(module: str, runs: int = 5) -> float:
    """Best of ``runs`` cumulative import times of ``module`` (and its submodules), in ms."""
    best = float("inf")
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        )
        total = 0
        for line in done.stderr.splitlines():
            # "import time: self [us] | cumulative | imported package"; nesting indents the name.
            parts = line.removeprefix("import time:").split("|")
            if len(parts) != 3 or not parts[1].strip().isdigit():
                continue
            name = parts[2]
            top_level = not name.startswith("  ")
            name = name.strip()
            if top_level and (name == module or name.startswith(module + ".")):
                total += int(parts[1])
        best = min(best, total / 1000)
    return best


#: Short texts for a first call: what a command or a pre-commit hook run on a small file
#: waits for, import and first repair, before its first line is out.
FIRST_CALLS = {
    "clean Latin": "Café crème brûlée",
    "damaged Latin": "CafÃ© crÃ¨me brÃ»lÃ©e",
    "damaged Cyrillic": "РџСЂРёРІРµС‚, РјРёСЂ",
    "damaged Chinese": "浣犲ソ锛屼笘鐣岋紒",
    # (Python's cp1252 with errors="replace": the 81 of "с" lost as U+FFFD, which the
    # engine looks up in its word lists to tell.)
    "damaged Cyrillic, bytes lost": "Спасибо, всё хорошо".encode().decode("cp1252", "replace"),
}
FIRST_CALL_CODE = {"demojibake": "demojibake.fix", "ftfy": "ftfy.fix_encoding"}
_FIRST_CALL = """
import sys, time
start = time.perf_counter()
import {module}
{call}(sys.argv[1])
print(time.perf_counter() - start)
"""


def first_call_ms(module: str, text: str, runs: int = 5) -> float:
    """Best of ``runs`` times, in ms, of importing ``module`` and its first call on ``text``,
    each in a new interpreter (its own start-up not counted)."""
    code = _FIRST_CALL.format(module=module, call=FIRST_CALL_CODE[module])
    best = float("inf")
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code, text], capture_output=True, text=True, check=True
        )
        best = min(best, float(done.stdout) * 1000)
    return best


def section_import() -> None:
    mine, theirs = import_ms("demojibake"), import_ms("ftfy")
    rows = [["demojibake", f"{mine:.1f}"], ["ftfy", f"{theirs:.1f}"]]
    print(render_table(["module", "import ms (best of 5)"], rows))
    share = mine / theirs if theirs else float("inf")
    met = verdict(share <= IMPORT_RATIO)
    print(f"demojibake ÷ ftfy = {share:.2f}   target ≤ {IMPORT_RATIO:g}   {met}")
    rows = []
    for name, text in FIRST_CALLS.items():
        first = {module: first_call_ms(module, text) for module in FIRST_CALL_CODE}
        ratio = first["demojibake"] / first["ftfy"]
        rows.append([name, f"{first['demojibake']:.1f}", f"{first['ftfy']:.1f}", f"{ratio:.2f}"])
    print()
    print(render_table(["first call on", "demojibake ms", "ftfy ms", "ratio"], rows))
    print(
        "import and first call, best of 5, each in a new interpreter (no target: demojibake"
        " loads its tables and compiles its patterns on first use, which the import time"
        " above leaves out)."
    )


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_mb: float
    returncode: int | None  # None when stopped at the time limit
    stderr: str
    written_mb: float  # what the command had written when it ended or was stopped

    def mb_per_s(self, megabytes: float) -> float:
        """Its throughput on ``megabytes`` of input; where it was stopped, what it had written
        by then (its output runs a chunk or a few behind its input)."""
        return (megabytes if self.returncode is not None else self.written_mb) / self.seconds

    def rate(self, megabytes: float) -> str:
        shown = rate(self.mb_per_s(megabytes), 1.0)
        return shown if self.returncode is not None else f"~{shown}"

    def peak(self) -> str:
        """Its peak RSS in MB; where it was stopped, the peak it had reached by then ("≥")."""
        if math.isnan(self.peak_rss_mb):
            return "unknown"
        return f"{'≥' if self.returncode is None else ''}{self.peak_rss_mb:.1f}"


# Runs one command and reports its wall time, peak RSS and exit code. It sits between this
# process and the command because Linux carries the RSS high-water mark of the process that
# spawns a command into the command's own ru_maxrss: spawned from here, every command would
# report at least this benchmark's size. Spawned from this small helper, the floor is the
# helper's few MB, below any Python process's own. Sent SIGTERM at the time limit, it kills
# the command and still reports the peak RSS the command had reached ("stopped").
_MEASURE = """
import os, signal, sys, time
report, argv = sys.argv[1], sys.argv[2:]
pid = None
stopped = False
def stop(signum, frame):
    global stopped
    stopped = True
    if pid is not None:
        os.kill(pid, signal.SIGKILL)
signal.signal(signal.SIGTERM, stop)
start = time.perf_counter()
pid = os.posix_spawn(argv[0], argv, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
code = "stopped" if stopped else os.waitstatus_to_exitcode(status)
with open(report, "w") as out:
    out.write(f"{seconds} {usage.ru_maxrss} {code}")
"""


def run_filter(command: Sequence[str], source: Path, limit: float) -> Run:
    """Run ``command`` with ``source`` on stdin and stdout to a scratch file; time it, and
    measure its peak RSS and how much it wrote."""
    with (
        source.open("rb") as stdin,
        tempfile.TemporaryFile() as stdout,
        tempfile.TemporaryFile() as stderr,
        tempfile.TemporaryDirectory() as scratch,
    ):
        report = Path(scratch) / "report"
        helper = [sys.executable, "-I", "-S", "-c", _MEASURE, str(report), *command]
        # A session of its own, so that at the time limit the helper and the command it
        # started can be stopped together, and nothing else.
        with subprocess.Popen(
            helper, stdin=stdin, stdout=stdout, stderr=stderr, start_new_session=True
        ) as process:
            try:
                process.wait(timeout=limit)
            except subprocess.TimeoutExpired:
                written = os.fstat(stdout.fileno()).st_size / MB
                process.terminate()  # (the helper kills the command and reports its peak)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=10)
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)  # and anything left: -j's workers
                process.wait()
                fields = report.read_text().split() if report.exists() else []
                peak = int(fields[1]) / 1024 if len(fields) == 3 else float("nan")
                return Run(limit, peak, None, "", written)
        stderr.seek(0)
        message = stderr.read().decode("utf-8", "replace").strip()
        if process.returncode != 0 or not report.exists():
            raise RuntimeError(f"measuring {command} failed: {message[-300:]}")
        seconds, peak_kb, returncode = report.read_text().split()
        written = os.fstat(stdout.fileno()).st_size / MB
    # ru_maxrss is in kilobytes on Linux.
    return Run(float(seconds), int(peak_kb) / 1024, int(returncode), message, written)


def cli_problem(workdir: Path) -> str | None:
    """Why ``python -m demojibake`` cannot be measured as a filter, or None when it can."""
    if not hasattr(os, "wait4") or not hasattr(os, "posix_spawn"):
        return "measuring a command's peak RSS needs os.wait4 and os.posix_spawn (Unix)"
    probe = "Hello, world.\nCafé, Привет, 你好.\n".encode()
    try:
        done = subprocess.run(
            CLI, input=probe, capture_output=True, timeout=60, cwd=workdir, check=False
        )
    except subprocess.TimeoutExpired:
        return "`python -m demojibake` did not finish on two clean lines within 60 s"
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"]
        return f"`python -m demojibake` exited {done.returncode}: {reason[-1]}"
    if done.stdout != probe:
        return f"`python -m demojibake` changed clean input: {done.stdout[:80]!r}"
    return None


def write_file(path: Path, block: bytes, megabytes: float) -> None:
    """``megabytes`` of ``block`` repeated, cut at a line end."""
    wanted = int(megabytes * MB)
    with path.open("wb") as out:
        written = 0
        while written < wanted:
            piece = block[: wanted - written]
            if len(piece) < len(block):
                piece = piece[: piece.rfind(b"\n") + 1] or piece
            out.write(piece)
            written += len(piece)
            if len(piece) < len(block):
                break


def section_cli(clean: CleanLines, settings: Settings) -> None:
    rng = random.Random(11)
    lines = fill(clean.all, 4, rng, "clean")
    # The throughput target is on clean text; memory must stay bounded on any text, so the
    # damaged file (every third line misread) is measured too, and grown, and so are one of
    # words the engine's caches cannot all hold and one of those words run together.
    vast = scramble_words(fill(clean.non_ascii, 4, rng, "non-ASCII"), rng)
    blocks = {
        "clean": joined(lines).encode("utf-8"),
        "every 3rd line damaged": joined(damage_every_third(lines, [utf8_as_cp1252])).encode(),
        "vast vocabulary, every 3rd line damaged": joined(
            damage_every_third(vast, [utf8_as_cp1252])
        ).encode(),
        "vast vocabulary run together, every 3rd line damaged": joined(
            damage_every_third(run_together(vast), [utf8_as_cp1252])
        ).encode(),
    }
    with tempfile.TemporaryDirectory(prefix="demojibake-bench-") as scratch:
        workdir = Path(scratch)
        problem = cli_problem(workdir)
        if problem is not None:
            print(f"CLI not available: {problem}")
            return
        cli_against_copy(workdir, blocks, settings)
        print("\nGrowth (the damaged text, cut to each size):")
        cli_growth(workdir, blocks["every 3rd line damaged"], settings)


def cli_against_copy(workdir: Path, blocks: dict[str, bytes], settings: Settings) -> None:
    """The CLI and the line-copy loop on one large file of each text: throughput on the clean
    one (the target), and peak RSS on every one."""
    every_cpu = f"python -m demojibake -j 0 ({cpu_count()} CPUs)"
    commands = {
        "python -m demojibake": CLI,
        every_cpu: [*CLI, "-j", "0"],
        "line-copy loop": LINE_COPY,
    }
    runs: dict[tuple[str, str], Run] = {}
    sizes: dict[str, float] = {}
    for text, block in blocks.items():
        big = workdir / "input.txt"
        write_file(big, block, settings.cli)
        sizes[text] = big.stat().st_size / MB
        for name, command in commands.items():
            print(f"  … {name} on {text} text", file=sys.stderr)
            runs[text, name] = run_filter(command, big, settings.limit)
        big.unlink()
    print(render_table(["input", "command", "MB", "seconds", "MB/s", "peak RSS MB", "exit"], [
        [text, name, f"{sizes[text]:.0f}", f"{run.seconds:.2f}", run.rate(sizes[text]),
         run.peak(), "stopped" if run.returncode is None else str(run.returncode)]
        for (text, name), run in runs.items()
    ]))  # fmt: skip
    for (text, name), run in runs.items():
        if run.returncode is None:
            print(
                f"STOPPED: {name} on {text} text ran past the {settings.limit:g} s limit"
                " (~: its MB/s from what it had written by then)"
            )
        elif run.returncode != 0:
            print(f"FAILED: {name} on {text} text exited {run.returncode}: {run.stderr[-300:]}")
    size, copy = sizes["clean"], runs["clean", "line-copy loop"]
    for name, label in (("python -m demojibake", "CLI"), (every_cpu, "CLI -j 0")):
        run = runs["clean", name]
        if copy.returncode != 0 or run.returncode not in (0, None):
            continue  # a failed run measures nothing; the FAILED line above says why
        if run.returncode == 0:
            share = Ratio(run.mb_per_s(size) / copy.mb_per_s(size))
            shown = share.shown(3)
        else:
            # Stopped: it was slower than the whole file in the time limit allows, and about as
            # fast as what it had written by then shows.
            share = Ratio(size / run.seconds / copy.mb_per_s(size), "<")
            shown = f"~{run.mb_per_s(size) / copy.mb_per_s(size):.4f}×"
        print(
            f"{label} ÷ line-copy throughput on clean text = {shown}"
            f"   target ≥ {CLI_COPY_RATIO:g}×   {share.judge(at_least=CLI_COPY_RATIO)}"
        )
    for text in blocks:
        mine = runs[text, "python -m demojibake"]
        if mine.returncode is None:
            # Stopped at the limit: the peak it had reached by then bounds its peak from below.
            if math.isnan(mine.peak_rss_mb):
                peak, met = "unknown (stopped)", "unknown"
            else:
                peak = f"{mine.peak()} MB by the stop at {settings.limit:g} s"
                met = verdict(False) if mine.peak_rss_mb >= CLI_PEAK_RSS_MB else "met so far"
        elif mine.returncode != 0:
            continue
        else:
            peak, met = f"{mine.peak()} MB", verdict(mine.peak_rss_mb < CLI_PEAK_RSS_MB)
        print(f"CLI peak RSS on {text} text = {peak}   target < {CLI_PEAK_RSS_MB:g} MB   {met}")


def cli_growth(workdir: Path, block: bytes, settings: Settings) -> None:
    """The CLI's time at growing sizes: linear growth keeps 'ms per MB' steady."""
    rows = []
    smallest: float | None = None
    note = (
        "Linear growth shows as a steady 'ms per MB' (the smallest size also carries"
        " start-up time, so it reads high)."
    )
    for megabytes in settings.growth:
        path = workdir / f"input-{megabytes:g}.txt"
        write_file(path, block, megabytes)
        size = path.stat().st_size / MB
        run = run_filter(CLI, path, settings.limit)
        path.unlink()
        per_mb = run.seconds / size
        smallest = smallest or per_mb
        rows.append([
            f"{megabytes:g}", f"{run.seconds:.2f}", run.rate(size),
            f"{'>' if run.returncode is None else ''}{per_mb * 1000:.1f}",
            f"{per_mb / smallest:.2f}", run.peak(),
        ])  # fmt: skip
        if run.returncode is None:
            note = f"Stopped at {megabytes:g} MB: larger sizes skipped. " + note
            break
    headers = ["MB", "seconds", "MB/s", "ms per MB", "vs smallest", "peak RSS MB"]
    print(render_table(headers, rows))
    print(note)


def section_adversarial(clean: CleanLines, settings: Settings) -> None:
    fixer = TOOLS["demojibake"]
    rng = random.Random(13)
    references: dict[int, Timing] = {}
    rows = []
    for name, text in adversarial_inputs(clean, settings):
        print(f"  … {name}", file=sys.stderr)
        size = utf8_size(text)
        timing = fastest_way(fixer, text, settings.limit)
        key = round(size * 10)  # one clean reference per size, to 0.1 MB
        if key not in references:
            reference = joined(fill(clean.non_ascii, size, rng, "non-ASCII"))
            references[key] = fastest_way(fixer, reference, settings.limit)
        clean_timing = references[key]
        slower = Ratio.of(timing, clean_timing)
        rows.append([
            name, f"{size:.1f}", timing.shown(), timing.way, clean_timing.shown(),
            slower.shown(1), f"≤ {ADVERSARIAL_RATIO:g}×", slower.judge(at_most=ADVERSARIAL_RATIO),
        ])  # fmt: skip
    headers = ["input", "MB", "seconds", "way", "clean seconds", "ratio", "target", ""]
    print(render_table(headers, rows))
    print(
        "demojibake.fix only; clean seconds = clean multilingual text of the same size;"
        f" ratio = seconds ÷ clean seconds; '>' marks a run stopped at {settings.limit:g} s."
    )


# --------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Speed of demojibake against ftfy (issue 5).")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", choices=SECTIONS, help="run one section")
    parser.add_argument("--size-mb", type=float, help="size of the CLI's large file (200)")
    parser.add_argument("--text-mb", type=float, help="size of each throughput input (4)")
    parser.add_argument("--adversarial-mb", type=float, help="size of each adversarial input (2)")
    parser.add_argument("--line-mb", type=float, help="size of the adversarial long line (10)")
    parser.add_argument(
        "--limit", type=float, help="seconds one measurement may take before it is stopped (60)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    base = QUICK if args.quick else FULL
    settings = Settings(
        text=args.text_mb or base.text,
        cli=args.size_mb or base.cli,
        growth=base.growth,
        adversarial=args.adversarial_mb or base.adversarial,
        long_line=args.line_mb or base.long_line,
        limit=args.limit or base.limit,
    )
    started = time.perf_counter()
    print(f"python {sys.version.split()[0]}, ftfy {ftfy.__version__}, {tested_build()}")
    missing = False
    clean: CleanLines | None = None
    reason = ""
    try:
        clean = load_clean_lines()
    except Unavailable as exc:
        reason = str(exc)
    sections = [args.only] if args.only else SECTIONS
    if clean is not None and {"throughput", "adversarial"} & set(sections):
        print(warm_up(clean))
    for section in sections:
        print(f"\n== {section}")
        section_started = time.perf_counter()
        if section == "import":
            section_import()
        elif clean is None:
            print(f"NOT RUN: corpus clean texts not available ({reason})")
            missing = True
            continue
        elif section == "throughput":
            section_throughput(clean, settings)
        elif section == "cli":
            section_cli(clean, settings)
        else:
            section_adversarial(clean, settings)
        print(f"({time.perf_counter() - section_started:.1f} s)")
    print(f"\n{time.perf_counter() - started:.1f} s in all")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
