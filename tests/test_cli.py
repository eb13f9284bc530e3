"""The ``demojibake`` command, run in-process: ``main(argv)`` with standard streams as bytes."""

from __future__ import annotations

import gc
import io
import json
import multiprocessing
import os
import queue
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest
from builds import needs_python_engine
from hypothesis import given, settings
from hypothesis import strategies as st
from signals import signals_answered

import demojibake
from demojibake import _cli, _jobs
from demojibake._cli import main
from demojibake._jobs import Workers
from demojibake._types import Options

# Well-known damage the engine repairs, and what it becomes.
CAFE, CAFE_FIXED = "CafÃ©", "Café"
MONA = "The Mona Lisa doesnÃ¢â‚¬â„¢t have eyebrows."  # UTF-8 read as cp1252, twice
MONA_FIXED = "The Mona Lisa doesn’t have eyebrows."
CLEAN = "It’s done ➜ next — naïve Привет 你好\n"


@dataclass
class Result:
    status: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


class _Terminal(io.TextIOWrapper):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def invoke(argv: list[str], stdin: bytes = b"", *, tty: bool = False) -> Result:
    """Call ``main(argv)`` with standard streams over bytes, and restore them afterwards."""
    out, err = io.BytesIO(), io.BytesIO()
    err_type = _Terminal if tty else io.TextIOWrapper
    streams = (
        io.TextIOWrapper(io.BytesIO(stdin)),
        io.TextIOWrapper(out, write_through=True),
        err_type(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        status = main(argv)
        streams[1].flush()
        return Result(status, out.getvalue(), err.getvalue().decode("utf-8"))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run the command in-process, as if from a shell outside CI and pre-commit."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    monkeypatch.delenv("TERM", raising=False)

    def run(*argv: str | os.PathLike[str], stdin: bytes = b"", tty: bool = False) -> Result:
        return invoke([os.fspath(a) for a in argv], stdin, tty=tty)

    return run


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- The filter ----------------------------------------------------------------------------


def test_stdin_is_repaired_to_stdout_with_exit_status_0(cli) -> None:
    """With no arguments the command is a stdin-to-stdout filter that exits 0 after repairs."""
    result = cli(stdin=f"{CAFE}\n{MONA}\n".encode())
    assert result.status == 0
    assert result.text == f"{CAFE_FIXED}\n{MONA_FIXED}\n"
    assert result.err == ""


def test_dash_means_stdin(cli) -> None:
    """``-`` reads standard input."""
    assert cli("-", stdin=CAFE.encode()).out == CAFE_FIXED.encode()


def test_files_are_written_in_order_like_cat(cli, tmp_path: Path) -> None:
    """Several inputs (stdin among them) are repaired and concatenated in the order given."""
    a = write(tmp_path / "a.txt", f"a {CAFE}\n")
    b = write(tmp_path / "b.txt", "b clean")
    result = cli(a, "-", b, stdin=b"from stdin\n")
    assert result.text == f"a {CAFE_FIXED}\nfrom stdin\nb clean"
    assert result.status == 0


def test_clean_text_passes_through_byte_for_byte(cli) -> None:
    """Text without mojibake comes out exactly as it went in."""
    data = (CLEAN * 50).encode()
    assert cli(stdin=data).out == data


@pytest.mark.parametrize(
    ("ending"),
    [b"\n", b"\r\n", b"\r"],
    ids=["LF", "CRLF", "CR"],
)
def test_line_endings_are_kept(cli, ending: bytes) -> None:
    """LF, CRLF and lone CR line endings survive a repair on the same lines."""
    data = ending.join([CAFE.encode(), b"plain", MONA.encode(), b""])
    want = ending.join([CAFE_FIXED.encode(), b"plain", MONA_FIXED.encode(), b""])
    assert cli(stdin=data).out == want


def test_mixed_line_endings_are_kept(cli) -> None:
    """A file mixing LF, CRLF and CR keeps each ending where it was."""
    data = f"{CAFE}\r\nplain\n{CAFE}\rend {CAFE}\n\r\n".encode()
    assert cli(stdin=data).out == data.replace(CAFE.encode(), CAFE_FIXED.encode())


def test_missing_final_newline_stays_missing(cli) -> None:
    """Output ends without a newline when the input did."""
    assert cli(stdin=f"x\n{CAFE}".encode()).out == f"x\n{CAFE_FIXED}".encode()


def test_byte_order_mark_is_kept(cli) -> None:
    """A UTF-8 byte order mark is passed through and mojibake right after it is repaired."""
    data = b"\xef\xbb\xbf" + f"{CAFE}\n".encode()
    assert cli(stdin=data).out == b"\xef\xbb\xbf" + f"{CAFE_FIXED}\n".encode()


def test_invalid_utf8_passes_through_and_mojibake_beside_it_is_repaired(cli) -> None:
    """Bytes that are not UTF-8 are kept as they are; mojibake next to them is still fixed."""
    data = b"\xff\xfe bad " + CAFE.encode() + b" \xc3(\x80\n\xed\xa0\x80" + CAFE.encode()
    want = b"\xff\xfe bad " + CAFE_FIXED.encode() + b" \xc3(\x80\n\xed\xa0\x80" + b"Caf\xc3\xa9"
    assert cli(stdin=data).out == want


def test_empty_input_gives_empty_output(cli) -> None:
    """Nothing in, nothing out, status 0."""
    result = cli(stdin=b"")
    assert (result.status, result.out, result.err) == (0, b"", "")


def test_filter_agrees_with_the_library(cli) -> None:
    """For a small input the command writes exactly what ``demojibake.fix`` returns."""
    text = f"{CLEAN}{CAFE}, {MONA}\nРџСЂРёРІРµС‚ plain\n"
    assert cli(stdin=text.encode()).text == demojibake.fix(text)


def test_a_line_longer_than_a_chunk_is_repaired_everywhere(cli) -> None:
    """A single line of several chunks is cut only where no mojibake can be, so all is fixed."""
    data = (("word, " * 3000 + CAFE + " ") * 30).encode()  # about 540 KB, no newline
    assert len(data) > 8 * _cli.CHUNK_SIZE
    assert cli(stdin=data).out == data.replace(CAFE.encode(), CAFE_FIXED.encode())


def test_small_chunks_cut_between_mojibake_runs(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """With 64-byte chunks, dense mojibake separated by punctuation is still all repaired."""
    monkeypatch.setattr(_cli, "_CHUNK", 64)
    data = f"{MONA} {CAFE}; (x), {CAFE}! " * 40
    assert cli(stdin=data.encode()).text == demojibake.fix(data)


def test_a_line_without_punctuation_is_cut_beside_mojibake_not_inside(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no safe byte in a chunk, the cut falls after an ASCII letter, outside the run."""
    monkeypatch.setattr(_cli, "_CHUNK", 64)
    data = f"Привет {CAFE} " * 100
    assert cli(stdin=data.encode()).text == f"Привет {CAFE_FIXED} " * 100


def test_many_lines_across_chunks_are_repaired(cli) -> None:
    """Mojibake on lines spread over many chunks is repaired on each of them."""
    lines = [f"{i} {CAFE} ok\n" if i % 7 == 0 else f"{i} clean line\n" for i in range(6_000)]
    assert len("".join(lines).encode()) > _cli.CHUNK_SIZE
    out = cli(stdin="".join(lines).encode()).text
    assert out == "".join(lines).replace(CAFE, CAFE_FIXED)


class _Sink(io.RawIOBase):
    """A stdout that only counts what it is given."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        self.size += len(data)
        return len(data)


class _Endless(io.RawIOBase):
    """A stdin producing ``size`` bytes of one repeated pattern, never holding them all."""

    def __init__(self, pattern: bytes, size: int) -> None:
        self.pattern, self.left, self.pos = pattern, size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        n = min(len(buffer), self.left)
        reps = (self.pos % len(self.pattern) + n) // len(self.pattern) + 2
        start = self.pos % len(self.pattern)
        buffer[:n] = (self.pattern * reps)[start : start + n]
        self.pos += n
        self.left -= n
        return n


@pytest.mark.parametrize(
    "pattern", [b"abc, def " * 3 + b"\n", b"abcdefgh"], ids=["lines", "one-line"]
)
def test_memory_stays_bounded_on_a_large_input(monkeypatch: pytest.MonkeyPatch, pattern) -> None:
    """24 MB in many lines, or in one line without a safe cut, is processed in under 4 MB."""
    size = 24 * 1024 * 1024
    sink = _Sink()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(_Endless(pattern, size))))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(sink)))
    tracemalloc.start()
    try:
        status = main(["--quiet"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    sys.stdout.flush()
    assert status == 0
    assert sink.size == size
    assert peak < 4 * 1024 * 1024


# --- Binary files and the ignore marker ----------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + "CafÃ©".encode() + bytes(range(256))


def test_binary_input_passes_through_the_filter_untouched(cli) -> None:
    """Input with a NUL byte is not text: the filter copies it unchanged."""
    assert cli(stdin=PNG).out == PNG


def test_binary_files_are_skipped_with_a_note_under_verbose(cli, tmp_path: Path) -> None:
    """--check and -i leave a binary file alone; -v says so on stderr."""
    image = write(tmp_path / "image.png", PNG)
    assert cli("--check", image) == Result(0, b"", "")
    assert cli("-i", image).status == 0
    assert image.read_bytes() == PNG
    verbose = cli("--check", "-v", image)
    assert verbose.status == 0
    assert f"{image}: binary file" in verbose.err


def test_a_line_marked_ignore_is_left_alone(cli) -> None:
    """A line containing ``demojibake: ignore`` keeps its mojibake; other lines are repaired."""
    data = f"{CAFE}\nquoted {CAFE} on purpose  # demojibake: ignore\n{CAFE}\n"
    want = f"{CAFE_FIXED}\nquoted {CAFE} on purpose  # demojibake: ignore\n{CAFE_FIXED}\n"
    assert cli(stdin=data.encode()).text == want


def test_ignored_lines_are_not_reported(cli) -> None:
    """--check does not report mojibake on a line carrying the marker."""
    result = cli("--check", stdin=f"<!-- demojibake: ignore --> {CAFE}\n".encode())
    assert (result.status, result.out) == (0, b"")


def test_the_marker_protects_a_line_longer_than_a_chunk(cli) -> None:
    """On a line cut into chunks, the marker protects the text after it in later chunks."""
    line = "demojibake: ignore " + ("word, " * 3000 + CAFE + " ") * 10
    data = f"{line}\n{CAFE}\n"
    assert cli(stdin=data.encode()).text == f"{line}\n{CAFE_FIXED}\n"


# --- --check -------------------------------------------------------------------------------

CHECK_LINE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<before>.+) -> (?P<after>.+) "
    r"\((?P<chain>.+), confidence (?P<confidence>[01]\.\d\d)\)$"
)


def test_check_reports_each_repair_and_changes_nothing(cli, tmp_path: Path) -> None:
    """--check prints PATH:LINE:COL: BEFORE -> AFTER (CHAIN, confidence N) and exits 1."""
    path = write(tmp_path / "doc.md", f"# Title\n\nA {CAFE} and {MONA}\n")
    before = path.read_bytes()
    result = cli("--check", path)
    assert result.status == 1
    assert path.read_bytes() == before
    lines = result.text.splitlines()
    assert len(lines) == 2
    first, second = (CHECK_LINE.match(line) for line in lines)
    assert first and second
    assert first["path"] == str(path)
    assert (first["line"], first["col"], first["before"], first["after"]) == ("3", "6", "Ã©", "é")
    assert first["chain"] == "UTF-8 read as cp1252"
    assert (second["line"], second["after"]) == ("3", "’")
    assert second["chain"] == "UTF-8 read as cp1252, twice"
    change = demojibake.repair(path.read_text()).changes[0]
    assert first["confidence"] == f"{change.confidence:.2f}"


def test_check_exits_0_and_prints_nothing_for_clean_files(cli, tmp_path: Path) -> None:
    """--check on clean text is silent and succeeds."""
    path = write(tmp_path / "clean.md", CLEAN)
    assert cli("--check", path) == Result(0, b"", "")


def test_check_counts_columns_in_code_points(cli) -> None:
    """Columns count characters, not bytes: a CJK prefix moves the column by one per character."""
    result = cli("--check", stdin=f"ok\n你好你好 {CAFE}\n".encode())
    match = CHECK_LINE.match(result.text.strip())
    assert match
    assert (match["path"], match["line"], match["col"]) == ("-", "2", "9")


def test_check_columns_do_not_count_the_byte_order_mark(cli) -> None:
    """A byte order mark is not a column: mojibake at the start of the first line is column 4."""
    match = CHECK_LINE.match(cli("--check", stdin=b"\xef\xbb\xbf" + CAFE.encode()).text.strip())
    assert match
    assert (match["line"], match["col"]) == ("1", "4")


def test_check_locates_repairs_after_long_lines(cli) -> None:
    """Line and column stay right across chunk boundaries and CRLF line endings."""
    long_line = "x, " * 50_000
    text = f"{long_line}{CAFE}\r\n{CAFE}\r\n"
    matches = [
        CHECK_LINE.match(line) for line in cli("--check", stdin=text.encode()).text.splitlines()
    ]
    assert [(m["line"], m["col"]) for m in matches if m] == [
        ("1", str(len(long_line) + 4)),
        ("2", "4"),
    ]


def test_check_escapes_invisible_characters(cli) -> None:
    """A C1 control or no-break space in a reported span is shown as an escape, not raw."""
    text = "voilÃ\u00a0le travail, He’s Justinâ\x9d¤\n"
    result = cli("--check", stdin=text.encode())
    assert result.status == 1
    assert "\x9d" not in result.text and "\u00a0" not in result.text
    assert "\\x9d" in result.text or "\\xa0" in result.text


# --- --diff --------------------------------------------------------------------------------


def test_diff_prints_a_unified_diff_and_changes_nothing(cli, tmp_path: Path) -> None:
    """--diff shows the lines that would change with three lines of context, and exits 1."""
    lines = [f"line {i}\n" for i in range(1, 11)]
    lines[4] = f"line 5 {CAFE}\n"
    path = write(tmp_path / "notes.txt", "".join(lines))
    result = cli("--diff", path)
    assert result.status == 1
    assert path.read_text() == "".join(lines)
    assert result.text == (
        f"--- {path}\n+++ {path}\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n"
        f"-line 5 {CAFE}\n+line 5 {CAFE_FIXED}\n line 6\n line 7\n line 8\n"
    )


def test_diff_marks_a_missing_final_newline(cli) -> None:
    """A last line without a newline is marked the way diff -u marks it."""
    assert cli("--diff", stdin=CAFE.encode()).text == (
        f"--- -\n+++ -\n@@ -1 +1 @@\n-{CAFE}\n\\ No newline at end of file\n"
        f"+{CAFE_FIXED}\n\\ No newline at end of file\n"
    )


def test_diff_applies_with_patch(cli, tmp_path: Path) -> None:
    """The diff is a real patch: ``patch`` turns the file into the command's own output."""
    patch = pytest.importorskip("shutil").which("patch")
    if patch is None:
        pytest.skip("patch is not installed")
    text = "".join(f"{i} {CAFE}\r\n" if i % 9 == 0 else f"{i} ok\n" for i in range(100))
    path = write(tmp_path / "data.csv", text)
    fixed = cli(path).out
    diff = cli("--diff", path).out
    subprocess.run([patch, "-s", str(path)], input=diff, check=True)
    assert path.read_bytes() == fixed


def test_diff_is_silent_for_clean_input(cli) -> None:
    """Nothing to change: no diff, status 0."""
    assert cli("--diff", stdin=CLEAN.encode()) == Result(0, b"", "")


# --- --in-place ----------------------------------------------------------------------------


def test_in_place_rewrites_changed_files_and_exits_1(cli, tmp_path: Path) -> None:
    """-i repairs the file, keeps its mode, says ``fixed PATH`` on stderr and exits 1."""
    path = write(tmp_path / "doc.md", f"A {CAFE}\r\nend")
    path.chmod(0o640)
    result = cli("-i", path)
    assert result.status == 1
    assert result.out == b""
    assert result.err == f"demojibake: fixed {path}\n"
    assert path.read_bytes() == f"A {CAFE_FIXED}\r\nend".encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.md"]


def test_in_place_leaves_clean_files_untouched(cli, tmp_path: Path) -> None:
    """A file that needs no repair is not rewritten at all (same inode, same mtime)."""
    path = write(tmp_path / "clean.md", CLEAN)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = path.stat()
    assert cli("-i", path) == Result(0, b"", "")
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_in_place_second_run_passes(cli, tmp_path: Path) -> None:
    """After a fix, running again finds nothing: status 0."""
    path = write(tmp_path / "doc.md", f"{MONA}\n")
    assert cli("-i", path).status == 1
    assert cli("-i", path) == Result(0, b"", "")
    assert path.read_text() == f"{MONA_FIXED}\n"


def test_in_place_writes_through_a_symlink(cli, tmp_path: Path) -> None:
    """A symbolic link stays a link; the file it points to is repaired."""
    target = write(tmp_path / "real.txt", CAFE)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert cli("-i", link).status == 1
    assert link.is_symlink()
    assert target.read_text() == CAFE_FIXED


def test_in_place_handles_a_large_file(cli, tmp_path: Path) -> None:
    """A file bigger than what is held in memory is rewritten completely."""
    text = "".join(f"{i} clean, text\n" for i in range(150_000)) + f"{CAFE}\n"
    path = write(tmp_path / "big.txt", text)
    assert cli("-i", "-q", path) == Result(1, b"", "")
    assert path.read_text() == text.replace(CAFE, CAFE_FIXED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


def test_in_place_quiet_says_nothing(cli, tmp_path: Path) -> None:
    """--quiet drops the ``fixed PATH`` note but keeps the status."""
    path = write(tmp_path / "doc.md", CAFE)
    assert cli("-i", "--quiet", path) == Result(1, b"", "")


def test_in_place_with_json_reports_what_it_fixed(cli, tmp_path: Path) -> None:
    """-i --json writes the repairs it made as JSON Lines on stdout."""
    path = write(tmp_path / "doc.md", CAFE)
    result = cli("-i", "--json", path)
    assert result.status == 1
    assert [json.loads(line)["after"] for line in result.out.splitlines()] == ["é"]


# --- --json --------------------------------------------------------------------------------


def test_json_gives_one_object_per_change_with_the_library_data(cli, tmp_path: Path) -> None:
    """--json prints JSON Lines: path, line, column, before, after, chain, confidence..."""
    text = f"x\n  {CAFE} {MONA}\n"
    path = write(tmp_path / "doc.txt", text)
    result = cli("--json", path)
    assert result.status == 1
    records = [json.loads(line) for line in result.out.splitlines()]
    changes = demojibake.repair(text).changes
    assert len(records) == len(changes) == 2
    for record, change in zip(records, changes, strict=True):
        assert set(record) == {
            "path", "line", "column", "before", "after", "chain", "explanation",
            "confidence", "lossy",
        }  # fmt: skip
        assert record["path"] == str(path)
        assert record["line"] == 2
        assert record["column"] == change.start - 1  # "x\n" is two code points
        assert (record["before"], record["after"]) == (change.before, change.after)
        assert record["chain"] == [
            {"encoding": m.encoding, "read_as": m.read_as} for m in change.chain
        ]
        assert record["explanation"] == change.explanation
        assert record["confidence"] == change.confidence
        assert record["lossy"] == change.lossy
    assert path.read_text() == text


def test_json_keeps_undecodable_bytes_as_json_escapes(cli) -> None:
    """A change next to a byte that is not UTF-8 still gives valid JSON."""
    result = cli("--json", stdin=b"\xff" + CAFE.encode())
    record = json.loads(result.out)
    assert (record["path"], record["column"], record["after"]) == ("-", 5, "é")


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029"])
def test_json_escapes_the_characters_that_end_a_line_for_some_readers(
    cli, tmp_path: Path, separator: str
) -> None:
    """U+0085, U+2028 and U+2029 are written as \\u escapes: valid raw in JSON, but
    str.splitlines and JavaScript would cut a JSON Lines record there."""
    text = f"{CAFE}{separator}{CAFE}\n"
    path = write(tmp_path / f"a{separator}b.txt", text)
    result = cli("--json", path)
    assert result.status == 1
    assert separator.encode() not in result.out
    assert f"\\u{ord(separator):04x}".encode() in result.out
    records = [json.loads(line) for line in result.text.splitlines()]
    changes = demojibake.repair(text).changes
    assert [(r["path"], r["before"], r["after"]) for r in records] == [
        (str(path), change.before, change.after) for change in changes
    ]


def test_json_with_check_is_the_same_as_json(cli) -> None:
    """--check --json and --json print the same thing."""
    data = f"{CAFE}\n".encode()
    assert cli("--check", "--json", stdin=data) == cli("--json", stdin=data)


def test_json_prints_nothing_for_clean_input(cli) -> None:
    """No change, no line, status 0."""
    assert cli("--json", stdin=CLEAN.encode()) == Result(0, b"", "")


# --- Encodings -----------------------------------------------------------------------------


def test_encoding_reads_and_writes_that_encoding(cli) -> None:
    """--encoding cp1252: mojibake stored in cp1252 is repaired and written back in cp1252."""
    data = "Prix: CafÃ© 3€\r\n".encode("cp1252")
    assert cli("--encoding", "cp1252", stdin=data).out == "Prix: Café 3€\r\n".encode("cp1252")


def test_encoding_skips_a_repair_the_encoding_cannot_write(cli) -> None:
    """A repair to characters outside the file's encoding is not made (nor reported)."""
    data = "Ð¿Ñ€Ð¸Ð²ÐµÑ‚\n".encode("cp1252")
    assert cli("--encoding", "cp1252", stdin=data).out == data
    assert cli("--check", "--encoding", "cp1252", stdin=data).status == 0
    assert "skipped" in cli("--check", "-v", "--encoding", "cp1252", stdin=data).err


def test_encoding_shift_jis_keeps_bytes_exact(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """In Shift_JIS, clean text with 0x5C trail bytes (表) passes through byte for byte."""
    monkeypatch.setattr(_cli, "_CHUNK", 64)
    data = ("表示, ソフト\\n 表表表表表表表表表表表表表表表表表表表表表表 " * 200).encode(
        "shift_jis"
    )
    assert cli("--encoding", "shift_jis", stdin=data).out == data


def test_unknown_encoding_is_a_usage_error(cli) -> None:
    """An encoding Python does not know gives one line on stderr and status 2."""
    result = cli("--encoding", "no-such-codec", stdin=b"x")
    assert result.status == 2
    assert result.out == b""
    assert result.err.count("\n") == 1
    assert "unknown encoding 'no-such-codec'" in result.err


def test_wide_encodings_are_refused_with_a_way_out(cli) -> None:
    """--encoding utf-16 is refused (status 2) with a pointer to --detect-encoding."""
    result = cli("--encoding", "utf-16", stdin=b"")
    assert result.status == 2
    assert "--detect-encoding" in result.err


FRENCH = (
    "Le café de la gare était fermé. Déjà l'été, les élèves répétaient leurs leçons "
    "à côté de la fenêtre; on entendait les cloches de l'église et le bruit des rues.\n"
)


def test_detect_encoding_converts_to_utf8(cli) -> None:
    """--detect-encoding reads cp1252 text and writes it as UTF-8."""
    assert cli("--detect-encoding", stdin=(FRENCH * 5).encode("cp1252")).text == FRENCH * 5


def test_detect_encoding_repairs_after_converting(cli) -> None:
    """Mojibake inside text of another encoding is repaired in the UTF-8 output."""
    data = (FRENCH * 5 + "Prix: CafÃ©\n").encode("cp1252")
    assert cli("--detect-encoding", stdin=data).text == FRENCH * 5 + "Prix: Café\n"


def test_detect_encoding_reads_utf16_with_a_byte_order_mark(cli) -> None:
    """UTF-16 with a BOM is text for --detect-encoding (not binary) and comes out as UTF-8."""
    data = f"{CAFE}\r\nПривет\r\n".encode("utf-16")
    assert cli("--detect-encoding", stdin=data).text == f"{CAFE_FIXED}\r\nПривет\r\n"


def test_detect_encoding_leaves_utf8_bytes_exact(cli) -> None:
    """UTF-8 input (BOM, invalid bytes and all) is not converted, only repaired."""
    data = b"\xef\xbb\xbf" + CLEAN.encode() + b"\xff\n"
    assert cli("--detect-encoding", stdin=data).out == data


def test_encoding_and_detect_encoding_exclude_each_other(cli) -> None:
    """Both encoding flags at once is a usage error."""
    assert cli("--encoding", "cp1252", "--detect-encoding").status == 2


# --- Options -------------------------------------------------------------------------------


def test_codecs_limits_which_misreads_are_undone(cli) -> None:
    """--codecs cp1251 does not undo a cp1252 misread, and does undo a cp1251 one."""
    data = f"{CAFE} РџСЂРёРІРµС‚\n".encode()
    assert cli("--codecs", "cp1251", stdin=data).text == f"{CAFE} Привет\n"


def test_threshold_one_repairs_only_certain_cases(cli) -> None:
    """--threshold 1 keeps every repair whose confidence is below 1."""
    confidence = demojibake.repair(CAFE).changes[0].confidence
    result = cli("--threshold", "1", stdin=CAFE.encode())
    assert result.text == (CAFE_FIXED if confidence >= 1 else CAFE)


@pytest.mark.parametrize(
    "argv",
    [
        ["--threshold", "1.5"],
        ["--threshold", "high"],
        ["--max-layers", "0"],
        ["--max-layers", "two"],
        ["--codecs", "cp1252,bogus"],
        ["--codecs", "cp1252,utf-16"],
        ["--codecs", ","],
        ["--check", "--diff"],
        ["--check", "-i", "x"],
        ["--json", "--diff"],
        ["-i"],
        ["--no-such-flag"],
    ],
)
def test_usage_errors_give_one_line_and_status_2(cli, argv: list[str]) -> None:
    """A bad command line: one message line on stderr, nothing on stdout, status 2."""
    result = cli(*argv, stdin=CAFE.encode())
    assert result.status == 2
    assert result.out == b""
    assert result.err.startswith("demojibake: error: ")
    assert result.err.count("\n") == 1


# --- Errors and plumbing -------------------------------------------------------------------


def test_missing_file_is_reported_and_the_others_still_processed(cli, tmp_path: Path) -> None:
    """A missing file gives a one-line message and status 2; the other files are still done."""
    good = write(tmp_path / "good.txt", CAFE)
    result = cli(tmp_path / "missing.txt", good)
    assert result.status == 2
    assert result.out == CAFE_FIXED.encode()
    assert result.err == f"demojibake: {tmp_path / 'missing.txt'}: No such file or directory\n"


def test_a_directory_is_reported_not_a_traceback(cli, tmp_path: Path) -> None:
    """A directory given as a file is an error for that argument only."""
    good = write(tmp_path / "good.txt", CAFE)
    result = cli("-i", tmp_path, good)
    assert result.status == 2
    assert result.err.splitlines() == [
        f"demojibake: {tmp_path}: Is a directory",
        f"demojibake: fixed {good}",
    ]


def test_an_unreadable_file_is_reported(cli, tmp_path: Path, monkeypatch) -> None:
    """A file that cannot be opened (here: permission denied) gives one line and status 2."""
    path = write(tmp_path / "secret.txt", CAFE)

    def refuse(name: str, mode: str = "r") -> None:
        raise PermissionError(13, "Permission denied", name)

    # Refused in the command's module only (tests often run as root, who may read anything).
    monkeypatch.setattr(_cli, "open", refuse, raising=False)
    result = cli("--check", path)
    assert (result.status, result.out) == (2, b"")
    assert result.err == f"demojibake: {path}: Permission denied\n"


def test_in_place_refuses_stdin_but_does_the_other_files(cli, tmp_path: Path) -> None:
    """``-i -`` cannot rewrite stdin: an error for ``-``, the files are still fixed."""
    path = write(tmp_path / "doc.md", CAFE)
    result = cli("-i", "-", path)
    assert result.status == 2
    assert "standard input" in result.err
    assert path.read_text() == CAFE_FIXED


def test_errors_outrank_findings_in_the_exit_status(cli, tmp_path: Path) -> None:
    """With a finding and a missing file, the status is 2."""
    path = write(tmp_path / "doc.md", CAFE)
    assert cli("--check", path, tmp_path / "missing").status == 2


class _BrokenPipe(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_ends_quietly(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the reader goes away (``| head``) the command stops without a traceback."""
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x\n" * 100_000)))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(_BrokenPipe())))
    monkeypatch.setattr(sys, "stderr", err)
    assert main([]) == 141
    assert err.getvalue() == ""
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO()))


def test_broken_pipe_in_a_real_pipeline_is_quiet(tmp_path: Path) -> None:
    """``demojibake big | head -1`` prints one line and no error message."""
    path = write(tmp_path / "big.txt", f"{CAFE}\n" + "clean line\n" * 200_000)
    script = f'"{sys.executable}" -m demojibake "{path}" | head -n 1'
    done = subprocess.run(["sh", "-c", script], capture_output=True, check=False)
    assert done.stdout == f"{CAFE_FIXED}\n".encode()
    assert done.stderr == b""


def test_python_dash_m_runs_the_command() -> None:
    """``python -m demojibake`` is the same filter."""
    done = subprocess.run(
        [sys.executable, "-m", "demojibake"],
        input=CAFE.encode(),
        capture_output=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, CAFE_FIXED.encode(), b"")


def test_help_exits_0(cli) -> None:
    """--help describes the command and succeeds."""
    result = cli("--help")
    assert result.status == 0
    assert b"--check" in result.out


@needs_python_engine
def test_version_prints_the_package_version_and_the_engine_build(cli) -> None:
    """--version prints the installed version, and that the engine is pure Python where it
    is (an editable install; a compiled wheel says so: see test_compiled.py)."""
    assert cli("--version").text == f"demojibake {demojibake.__version__} (engine: pure Python)\n"


# --- Progress ------------------------------------------------------------------------------


@pytest.fixture
def instant_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    """Draw the progress bar from the first block on."""
    monkeypatch.setattr(_cli, "_PROGRESS_DELAY", 0.0)
    monkeypatch.setattr(_cli, "_PROGRESS_INTERVAL", 0.0)


@pytest.mark.usefixtures("instant_progress")
def test_progress_bar_shows_on_a_terminal(cli, tmp_path: Path) -> None:
    """On a terminal a long input shows a progress bar on stderr, then clears it."""
    path = write(tmp_path / "big.txt", "clean line\n" * 50_000)
    result = cli(path, tty=True)
    assert "big.txt [" in result.err and "%" in result.err
    assert result.err.endswith("\r\x1b[K")
    assert result.out == path.read_bytes()


@pytest.mark.parametrize(
    "case",
    [(["--quiet"], None, True), ([], "CI", True), ([], "PRE_COMMIT", True), ([], None, False)],
    ids=["quiet", "CI", "pre-commit", "not-a-terminal"],
)
@pytest.mark.usefixtures("instant_progress")
def test_progress_bar_is_hidden(
    cli, tmp_path: Path, monkeypatch, case: tuple[list[str], str | None, bool]
) -> None:
    """No progress bar with --quiet, in CI, under pre-commit or when stderr is not a terminal."""
    argv, env, tty = case
    if env:
        monkeypatch.setenv(env, "1")
    path = write(tmp_path / "big.txt", "clean line\n" * 50_000)
    assert cli(*argv, path, tty=tty).err == ""


def test_progress_bar_is_not_drawn_for_quick_inputs(cli, tmp_path: Path) -> None:
    """An input done before the delay never shows a bar, even on a terminal."""
    path = write(tmp_path / "small.txt", CLEAN)
    assert cli(path, tty=True).err == ""


# --- Properties ----------------------------------------------------------------------------

_pieces = st.sampled_from(
    ["a", " ", "\n", "\r\n", "\r", "é", "Привет", "你好", "’", "\ufeff", CAFE, MONA, "?", ","]
)
_raw = st.sampled_from([b"\xff", b"\xc3", b"\x80", b"\xed\xa0\x80", b"\xf0\x9f"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_pieces.map(str.encode), _raw), max_size=30))
def test_output_differs_from_input_only_where_check_reports(parts: list[bytes]) -> None:
    """For any bytes the filter succeeds, and differs from its input only by what --json reports."""
    data = b"".join(parts)
    result = invoke([], data)
    fixed, report = result.out, invoke(["--json"], data).out
    assert result.status == 0
    # Replaying the reported changes at their line and column on the input gives the output.
    text = data.decode("utf-8", "surrogateescape")
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    bom = 1 if text.startswith("\ufeff") else 0
    out, pos = [], 0
    for line in report.splitlines():
        change = json.loads(line)
        start = line_starts[change["line"] - 1] + change["column"] - 1
        start += bom if change["line"] == 1 else 0
        assert text[start : start + len(change["before"])] == change["before"]
        out += [text[pos:start], change["after"]]
        pos = start + len(change["before"])
    out.append(text[pos:])
    assert "".join(out).encode("utf-8", "surrogateescape") == fixed


def test_a_slow_stream_is_repaired_line_by_line() -> None:
    """``tail -f log | demojibake``: each line comes out as soon as it has gone in."""
    with subprocess.Popen(
        [sys.executable, "-m", "demojibake"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdin and process.stdout
        lines: queue.Queue[bytes] = queue.Queue()
        stdout = process.stdout
        threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
        try:
            for _ in range(3):
                process.stdin.write(f"{CAFE}\n".encode())
                process.stdin.flush()
                # Timing out here means the line was held back until more input came.
                assert lines.get(timeout=30) == f"{CAFE_FIXED}\n".encode()
        finally:
            process.stdin.close()
        assert process.wait(timeout=30) == 0


# --- Worker processes (--jobs) ------------------------------------------------------------

# Damage and clean text of several scripts, over many lines: with chunks of _SMALL bytes,
# some chunks hold repairs, some only clean text and some only ASCII.
_LINES = [
    f"{CAFE} au lait",
    "plain ASCII only",
    "Ïðèâåò, ìèð",
    "It’s done ➜ next — naïve Привет 你好",
    MONA,
    "浣犲ソ",
    "Zürich, Genève",
]
_TEXT = "".join(f"{i}: {_LINES[i % len(_LINES)]}\n" for i in range(120))
_SMALL = 200


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cli, "_CHUNK", _SMALL)


@pytest.mark.parametrize("mode", [[], ["--check"], ["--json"], ["--diff"]], ids=str)
def test_two_jobs_give_the_same_output_as_one(cli, small_chunks, tmp_path: Path, mode) -> None:
    path = write(tmp_path / "mixed.txt", _TEXT)
    one = cli(*mode, "-j", "1", path)
    two = cli(*mode, "-j", "2", path)
    assert one.out  # (the input holds repairs in every mode)
    assert (two.status, two.out, two.err) == (one.status, one.out, one.err)


def test_jobs_rewrite_in_place_as_one_job_does(cli, small_chunks, tmp_path: Path) -> None:
    one, two = write(tmp_path / "one.txt", _TEXT), write(tmp_path / "two.txt", _TEXT)
    assert cli("-i", "-q", one).status == cli("-i", "-q", "-j", "2", two).status == 1
    assert two.read_bytes() == one.read_bytes() != _TEXT.encode()


def test_jobs_zero_means_one_per_cpu(cli, small_chunks) -> None:
    result = cli("-j", "0", stdin=_TEXT.encode())
    assert result.status == 0
    assert result.text == cli(stdin=_TEXT.encode()).text


def test_negative_jobs_are_a_usage_error(cli) -> None:
    result = cli("-j", "-1", stdin=CAFE.encode())
    assert result.status == 2
    assert "--jobs" in result.err


def test_one_chunk_starts_no_worker_process(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(method: str) -> None:
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(multiprocessing, "get_context", refuse)
    assert cli("-j", "4", stdin=f"{CAFE}\n".encode()).text == f"{CAFE_FIXED}\n"


def test_workers_hand_back_every_item_in_order() -> None:
    texts = [CAFE if i % 3 else "ascii" for i in range(40)] + [None, MONA]
    workers = Workers(Options(), 3)
    try:
        got = list(workers.repaired((i, text) for i, text in enumerate(texts)))
    finally:
        workers.close()
    assert [i for i, _ in got] == list(range(len(texts)))
    assert [len(changes) for _, changes in got] == [
        0 if text is None or text.isascii() else 1 for text in texts
    ]


_TEST_PROCESS = os.getpid()
_REAL_CHANGES_OF = _jobs.changes_of


def _dying_in_a_worker(text: str, options: Options) -> tuple[demojibake.Change, ...]:
    """changes_of, in this process; in a worker, the end a SIGKILL would bring."""
    if os.getpid() != _TEST_PROCESS:
        os._exit(9)
    return _REAL_CHANGES_OF(text, options)


def test_a_worker_that_dies_is_an_error_not_a_hang(
    cli, small_chunks, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-run (out of memory, say) ends the command with status 2 and a
    message, and -i leaves the file as it was."""
    monkeypatch.setattr(_jobs, "changes_of", _dying_in_a_worker)
    path = write(tmp_path / "mixed.txt", _TEXT)
    result = cli("-i", "-j", "2", path)
    assert result.status == 2
    assert "worker process ended" in result.err
    assert path.read_text(encoding="utf-8") == _TEXT
    assert [p.name for p in tmp_path.iterdir()] == ["mixed.txt"]


def _failing_on_boom(text: str, options: Options) -> demojibake.Repair:
    """repair, but for a text that holds "boom", which it fails on as a bug would."""
    if "boom" in text:
        raise RuntimeError("boom")
    return demojibake.repair(text, options)


_DAMAGED_LINES = [f"{CAFE} {i}\n" for i in range(12)]


def test_a_chunk_the_engine_fails_on_is_left_as_it_was_and_the_rest_repaired(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the engine raises on a chunk (a bug), the filter writes that chunk as it was,
    repairs the chunks after it, names the lines in one line on stderr, and exits 2."""
    monkeypatch.setattr(_cli, "_CHUNK", 64)
    monkeypatch.setattr(_jobs, "repair", _failing_on_boom)
    lines = [*_DAMAGED_LINES[:6], f"{CAFE} boom\n", *_DAMAGED_LINES[6:]]
    result = cli(stdin="".join(lines).encode())
    assert result.status == 2
    assert "<stdin>: lines 7-12 are left as they were" in result.err
    assert "RuntimeError: boom" in result.err
    assert result.err.count("\n") == 1
    out = result.text.splitlines(keepends=True)
    assert out[6:12] == lines[6:12]
    assert out[:6] + out[12:] == [line.replace(CAFE, CAFE_FIXED) for line in lines[:6] + lines[12:]]


def test_changes_that_do_not_replay_leave_their_chunk_as_it_was(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changes from the engine that overlap (a bug) are not applied: the chunk is written
    as it was, with one line on stderr and exit status 2, and nothing is lost."""

    def overlapping(text: str, options: Options) -> demojibake.Repair:
        found = demojibake.repair(text, options)
        return demojibake.Repair(found.text, found.changes * 2, found.unrepaired)

    monkeypatch.setattr(_jobs, "repair", overlapping)
    result = cli(stdin=f"{CAFE} au lait\n".encode())
    assert result.status == 2
    assert result.text == f"{CAFE} au lait\n"
    assert "changes overlap" in result.err
    assert result.err.count("\n") == 1


def test_workers_refuse_fewer_than_one_job() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Workers(Options(), 0)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_ctrl_c_is_held_while_work_is_handed_to_the_workers() -> None:
    """The first chunk handed over forks the workers, and a Ctrl-C during os.fork's at-fork
    callbacks would be raised inside one, where Python ignores it: it is held back until the
    chunk is handed over, then delivered."""
    held = []

    class Pool:
        def submit(self, *args: object) -> object:
            held.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
            return ()

    Workers(Options(), 2)._submit(Pool(), "text")  # type: ignore[arg-type]
    assert held == [True]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def _processes_reading(path: Path) -> list[int]:
    """The processes whose command line names ``path`` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and os.fsencode(path) in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_ends_the_workers_too(tmp_path: Path) -> None:
    """SIGINT to the command exits 130 and leaves no worker process behind."""
    path = write(tmp_path / "big.txt", _TEXT * 400)
    command = [sys.executable, "-m", "demojibake", "-j", "2", "-q", path]
    with (
        signals_answered(signal.SIGINT),
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as process,
    ):
        deadline = time.monotonic() + 20
        while len(_processes_reading(path)) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_processes_reading(path)) == 3  # the command and its two workers
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 130
    while _processes_reading(path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes_reading(path) == []


def test_the_command_collects_garbage_less_often_and_then_as_before(tmp_path: Path) -> None:
    """The command raises the cyclic collector's thresholds while it runs (see
    collecting_less), and leaves them as they were: a program that calls main goes on as
    before."""
    from demojibake import _jobs

    before = gc.get_threshold()
    inside: list[tuple[int, int, int]] = []
    real = _jobs.repair

    def spy(text: str, options: demojibake.Options) -> demojibake.Repair:
        inside.append(gc.get_threshold())
        return real(text, options)

    path = tmp_path / "notes.txt"
    path.write_text("CafÃ© au lait\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_jobs, "repair", spy)
        assert main(["--check", "-q", str(path)]) == 1
    assert inside and all(t == _jobs._COMMAND_GC_THRESHOLDS for t in inside)
    assert gc.get_threshold() == before
