"""Nothing lost, nothing broken: the command and the library on hostile input and failing disks.

* ``-i`` replaces a file atomically: a process killed at any moment leaves the old file or the
  new one, never half of one; a failing write, an unwritable directory or a file that is not
  text is reported in one line (status 2) while the other files are still processed.
* Undecodable bytes and input without mojibake come out of the filter byte for byte.
* Worst-case time and memory: ``fix`` on adversarial text stays within 20 times the time it
  takes on clean text of the same size, and the command holds a 20 MB single line in little
  memory.
* Regression tests for what fuzzing (``tests/test_fuzz.py``) found, named after the input.

Tests whose names start with ``test_slow_`` take minutes and are skipped unless
``DEMOJIBAKE_SLOW=1``. The helpers at the top are shared with ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signals import signals_answered

import demojibake
from demojibake._bytes import UnknownEncodingError
from demojibake._cli import main

BOM = codecs.BOM_UTF8
CAFE, CAFE_FIXED = "CafÃ©", "Café"
MONA = "doesnÃ¢â‚¬â„¢t"

_SRC = Path(demojibake.__file__).resolve().parent.parent
_CORPUS = Path(__file__).resolve().parent.parent / "corpus"

slow = pytest.mark.skipif(
    os.environ.get("DEMOJIBAKE_SLOW") != "1", reason="slow: set DEMOJIBAKE_SLOW=1 to run"
)


# --- helpers (also used by tests/test_fuzz.py) -------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What one run of the command gave."""

    status: int
    out: bytes
    err: str


def run_main(argv: list[str], stdin: bytes = b"") -> Outcome:
    """Call ``main(argv)`` in-process with standard streams over bytes, then restore them."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO(stdin)),
        io.TextIOWrapper(out, write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        status = main(argv)
        streams[1].flush()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Outcome(status, out.getvalue(), err.getvalue().decode("utf-8"))


def assert_cli_outcome(result: Outcome, allowed: set[int]) -> None:
    """The status is one of ``allowed`` and stderr holds only one-line ``demojibake:`` messages."""
    assert result.status in allowed, result
    assert "Traceback" not in result.err
    for line in result.err.splitlines():
        assert line.startswith("demojibake: "), result.err


def replay_report(data: bytes, report: bytes) -> bytes:
    """``data`` (UTF-8) with the changes a ``--json`` report lists applied at their places."""
    text = data.decode("utf-8", "surrogateescape")
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    bom = 1 if text.startswith("\ufeff") else 0
    pieces, pos = [], 0
    # Records end at a line feed only: a raw U+0085 or U+2028 inside a record is no line end.
    for line in report.split(b"\n")[:-1]:
        change = json.loads(line)
        start = starts[change["line"] - 1] + change["column"] - 1
        start += bom if change["line"] == 1 else 0
        before = change["before"]
        assert start >= pos
        assert text[start : start + len(before)] == before
        pieces += [text[pos:start], change["after"]]
        pos = start + len(before)
    pieces.append(text[pos:])
    return "".join(pieces).encode("utf-8", "surrogateescape")


def assert_changes_replay(text: str, result: demojibake.Repair) -> None:
    """A repair's changes are sorted, disjoint, quote the input and replay to its text."""
    end = 0
    for change in result.changes:
        assert end <= change.start <= change.end <= len(text), result.changes
        assert text[change.start : change.end] == change.before
        assert 0.0 <= change.confidence <= 1.0
        end = change.end
    assert demojibake.apply_changes(text, result.changes) == result.text


def undecodable(text: str) -> list[str]:
    """The lone surrogates in ``text``, in order: how bytes that were not text are kept."""
    return [char for char in text if "\ud800" <= char <= "\udfff"]


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _strays(folder: Path, *keep: Path) -> list[str]:
    """Files in ``folder`` other than ``keep``: temporary files left behind."""
    names = {p.name for p in keep}
    return sorted(p.name for p in folder.iterdir() if p.name not in names)


# --- -i replaces a file atomically ------------------------------------------------------------


def _temporary_name(name: str) -> re.Pattern[str]:
    """The name -i gives its temporary file for ``name``, in the same folder: the README says
    that a killed run may leave such a file behind, and nothing else."""
    return re.compile(re.escape(f".{name}.") + r"[A-Za-z0-9_]+\.demojibake")


def _killable_file() -> bytes:
    """About 600 KB of text with mojibake on every 40th line, so every chunk is repaired."""
    lines = []
    for i in range(12_000):
        mojibake = f" {CAFE} {MONA}" if i % 40 == 0 else ""
        lines.append(f"line {i}: lorem ipsum, dolor sit amet{mojibake}\n")
    return "".join(lines).encode()


def _command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "demojibake", *argv]


def test_in_place_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    """SIGKILL at 20 random moments of -i leaves the file old or new, never partial."""
    original = _killable_file()
    path = write(tmp_path / "big.txt", original)
    started = time.monotonic()
    calibration = subprocess.run(_command("-i", "-q", str(path)), check=False, timeout=120)
    assert calibration.returncode == 1
    full = time.monotonic() - started
    repaired = path.read_bytes()
    assert repaired != original
    assert _strays(tmp_path, path) == []
    temporary = _temporary_name(path.name)
    pick = random.Random(6)
    outcomes = {"old": 0, "new": 0, "temporary left": 0}
    for _ in range(20):
        write(path, original)
        with subprocess.Popen(_command("-i", "-q", str(path))) as process:
            time.sleep(pick.uniform(0.0, full * 1.1))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        data = path.read_bytes()
        assert data in (original, repaired), f"partial file of {len(data)} bytes"
        outcomes["old" if data == original else "new"] += 1
        strays = _strays(tmp_path, path)
        assert all(temporary.fullmatch(name) for name in strays), strays
        for name in strays:
            outcomes["temporary left"] += 1
            (tmp_path / name).unlink()
    # Kills that all came before the temporary file existed would test nothing.
    assert outcomes["temporary left"] >= 1, outcomes


def test_in_place_interrupted_by_ctrl_c_removes_its_temporary_file(tmp_path: Path) -> None:
    """SIGINT during -i exits 130, leaves the file as it was and no temporary file."""
    original = _killable_file() * 16
    path = write(tmp_path / "big.txt", original)
    with (
        signals_answered(signal.SIGINT),
        subprocess.Popen(_command("-i", "-q", str(path)), stderr=subprocess.PIPE) as process,
    ):
        _wait_for_temporary(tmp_path, path, process)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (130, b"")
    assert path.read_bytes() == original
    assert _strays(tmp_path, path) == []


def _wait_for_temporary(folder: Path, path: Path, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while not _strays(folder, path):
        assert process.poll() is None, "finished before a temporary file was seen"
        assert time.monotonic() < deadline
        time.sleep(0.005)


def test_a_signal_while_the_temporary_file_is_made_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM that arrives as the temporary file of -i comes into being, before its name
    is kept for the cleanup, is held back until it is: no file is left behind."""
    original = _killable_file() * 2
    path = write(tmp_path / "big.txt", original)
    made = tempfile.mkstemp

    def made_then_terminated(*args: Any, **kwargs: Any) -> tuple[int, str]:
        found = made(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)
        return found

    monkeypatch.setattr(tempfile, "mkstemp", made_then_terminated)
    assert main(["-i", "-q", "-j", "1", str(path)]) == 128 + signal.SIGTERM
    assert path.read_bytes() == original
    assert _strays(tmp_path, path) == []


_HANGUPS = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])


@pytest.mark.parametrize("signum", _HANGUPS, ids=lambda signum: signal.Signals(signum).name)
def test_in_place_terminated_removes_its_temporary_file(tmp_path: Path, signum: int) -> None:
    """SIGTERM or SIGHUP during -i (CI cancelling a job, a closed terminal) exits 128 + the
    signal's number, silently, and leaves the file as it was and no temporary file."""
    original = _killable_file() * 16
    path = write(tmp_path / "big.txt", original)
    with (
        signals_answered(signum),
        subprocess.Popen(_command("-i", "-q", str(path)), stderr=subprocess.PIPE) as process,
    ):
        _wait_for_temporary(tmp_path, path, process)
        process.send_signal(signum)
        _, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (128 + signum, b"")
    assert path.read_bytes() == original
    assert _strays(tmp_path, path) == []


def test_main_puts_the_signal_handlers_back() -> None:
    """main() catches SIGTERM only while it runs: called from a program, it restores them."""
    before = {signum: signal.getsignal(signum) for signum in _HANGUPS}
    assert run_main([], CAFE.encode()).out == CAFE_FIXED.encode()
    assert {signum: signal.getsignal(signum) for signum in _HANGUPS} == before


def test_a_hangup_ignored_by_the_caller_stays_ignored(tmp_path: Path) -> None:
    """Under nohup (SIGHUP ignored) -i does not start catching SIGHUP: it finishes the file."""
    if not hasattr(signal, "SIGHUP"):
        pytest.skip("no SIGHUP on this platform")
    original = _killable_file() * 16
    path = write(tmp_path / "big.txt", original)
    # What nohup does: ignore SIGHUP, then run the command (an ignored signal survives exec).
    nohup = (
        "import os, signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN); "
        "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
    )
    with subprocess.Popen(
        [sys.executable, "-c", nohup, *_command("-i", "-q", str(path))[1:]]
    ) as process:
        _wait_for_temporary(tmp_path, path, process)
        process.send_signal(signal.SIGHUP)
        assert process.wait(timeout=120) == 1
    assert path.read_bytes() == run_main([], original).out
    assert _strays(tmp_path, path) == []


# --- -i when the disk or the file system says no ---------------------------------------------


class _FullDisk(io.RawIOBase):
    """A file that accepts ``room`` bytes and then fails with ENOSPC, as on a full disk."""

    def __init__(self, fd: int, room: int) -> None:
        self.fd, self.room = fd, room

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return os.write(self.fd, data)

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def _fail_first(
    monkeypatch: pytest.MonkeyPatch, target: object, name: str, fail: Callable[..., object]
) -> None:
    """Make ``target.name`` call ``fail`` instead, the first time only (for the first file)."""
    real = getattr(target, name)
    calls = []

    def patched(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return fail(real, *args, **kwargs) if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(target, name, patched)


def _raise(error: OSError) -> Callable[..., object]:
    def fail(real: Callable[..., object], *args: object, **kwargs: object) -> object:
        raise error

    return fail


def _enospc() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _two_damaged_files(tmp_path: Path, lines: int = 100_000) -> tuple[Path, Path, bytes]:
    """Two copies of a file needing a repair: ``lines`` clean lines after the damaged one."""
    data = f"A {CAFE}\n".encode() + b"clean, text\n" * lines
    return write(tmp_path / "first.txt", data), write(tmp_path / "second.txt", data), data


def _assert_reported_then_fixed(result: Outcome, failed: Path, message: str, fixed: Path) -> None:
    """Status 2, ``failed`` reported with ``message`` in one line, then ``fixed`` fixed."""
    assert result.status == 2
    assert result.err.splitlines() == [
        f"demojibake: {failed}: {message}",
        f"demojibake: fixed {fixed}",
    ]


def _assert_first_failed(
    tmp_path: Path, files: tuple[Path, Path, bytes], result: Outcome, message: str
) -> None:
    """The first file failed with ``message`` and is intact; the second was fixed; no strays."""
    first, second, data = files
    _assert_reported_then_fixed(result, first, message, second)
    assert first.read_bytes() == data
    assert second.read_bytes() == data.replace(CAFE.encode(), CAFE_FIXED.encode())
    assert _strays(tmp_path, first, second) == []


def test_a_failing_fsync_is_reported_and_the_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fsync failing with ENOSPC: one line, status 2, file intact, next file still fixed."""
    files = _two_damaged_files(tmp_path)
    first, second, _ = files
    _fail_first(monkeypatch, os, "fsync", _raise(_enospc()))
    result = run_main(["-i", str(first), str(second)])
    _assert_first_failed(tmp_path, files, result, "No space left on device")


def _full_disk(room: int) -> Callable[..., object]:
    def full(real: Callable[..., object], fd: int, *args: object, **kwargs: object) -> object:
        return io.BufferedWriter(_FullDisk(fd, room))

    return full


@pytest.mark.parametrize("room", [0, 100_000], ids=["at-once", "midway"])
def test_a_full_disk_is_reported_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    """Writes of a 1 MB file failing with ENOSPC: one line, status 2, file intact, no temp file."""
    files = _two_damaged_files(tmp_path)
    first, second, _ = files
    _fail_first(monkeypatch, os, "fdopen", _full_disk(room))
    result = run_main(["-i", str(first), str(second)])
    _assert_first_failed(tmp_path, files, result, "No space left on device")


def test_a_full_disk_on_a_small_file_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-line file on a full disk: one line, status 2, file intact, no temp file left."""
    files = _two_damaged_files(tmp_path, lines=0)
    first, second, _ = files
    _fail_first(monkeypatch, os, "fdopen", _full_disk(0))
    result = run_main(["-i", str(first), str(second)])
    _assert_first_failed(tmp_path, files, result, "No space left on device")


@pytest.mark.parametrize(
    ("function", "error", "message"),
    [
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
        ("replace", OSError(errno.EXDEV, "Invalid cross-device link"), "Invalid cross-device link"),
        (
            "chmod",
            PermissionError(errno.EPERM, "Operation not permitted"),
            "Operation not permitted",
        ),
    ],
    ids=["replace-refused", "replace-cross-device", "chmod-refused"],
)
def test_a_refused_rename_is_reported_and_the_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, function: str, error: OSError, message: str
) -> None:
    """os.replace or os.chmod refused: one line, status 2, file intact, no temp, next file fixed."""
    files = _two_damaged_files(tmp_path)
    first, second, _ = files
    _fail_first(monkeypatch, os, function, _raise(error))
    result = run_main(["-i", str(first), str(second)])
    _assert_first_failed(tmp_path, files, result, message)


def test_a_folder_refusing_new_files_is_reported_and_the_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No temporary file can be made beside the file: one line, status 2, next file fixed."""
    files = _two_damaged_files(tmp_path)
    first, second, _ = files
    _fail_first(
        monkeypatch, tempfile, "mkstemp", _raise(PermissionError(errno.EACCES, "Permission denied"))
    )
    result = run_main(["-i", str(first), str(second)])
    _assert_first_failed(tmp_path, files, result, "Permission denied")


# The same, for real, as a user who may not write (root may write anything).


def _unprivileged_python() -> str | None:
    """A Python >= 3.10 that user ``nobody`` may run, or None."""
    for candidate in (sys.executable, shutil.which("python3"), "/usr/bin/python3"):
        if not candidate:
            continue
        try:
            version = subprocess.run(
                [candidate, "-c", "import sys; print(sys.version_info >= (3, 10))"],
                user=65534,
                group=65534,
                extra_groups=[],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except OSError:
            continue
        if version.stdout.strip() == "True":
            return candidate
    return None


@pytest.fixture
def unprivileged() -> Iterator[tuple[Path, Callable[..., Outcome]]]:
    """A folder owned by an unprivileged user, and a way to run the command as that user."""
    folder = Path(tempfile.mkdtemp(prefix="demojibake-reliability-"))
    try:
        if os.geteuid() != 0:
            yield folder, lambda *argv: run_main([os.fspath(a) for a in argv])
            return
        # The interpreter running the tests may live where nobody can reach (~root/.pyenv);
        # any Python >= 3.10 will do, with demojibake's source on its path.
        python = _unprivileged_python()
        if python is None:
            pytest.skip("no Python that user nobody may run")
        os.chown(folder, 65534, 65534)
        folder.chmod(0o755)

        def run(*argv: str | os.PathLike[str]) -> Outcome:
            code = "import sys; from demojibake._cli import main; sys.exit(main(sys.argv[1:]))"
            done = subprocess.run(
                [python, "-c", code, *map(os.fspath, argv)],
                user=65534,
                group=65534,
                extra_groups=[],
                env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(_SRC)},
                capture_output=True,
                timeout=60,
                check=False,
            )
            return Outcome(done.returncode, done.stdout, done.stderr.decode())

        yield folder, run
    finally:
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


def _owned(path: Path, data: bytes | str, mode: int) -> Path:
    """Write ``path`` as the unprivileged user would have."""
    write(path, data)
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    path.chmod(mode)
    return path


def test_a_read_only_folder_is_reported_and_the_others_still_fixed(unprivileged) -> None:
    """-i on a file in a folder the user may not write: one line, status 2, file intact."""
    folder, run = unprivileged
    locked = folder / "locked"
    locked.mkdir()
    inside = _owned(locked / "doc.txt", CAFE, 0o644)
    if os.geteuid() == 0:
        os.chown(locked, 65534, 65534)
    locked.chmod(0o555)
    other = _owned(folder / "other.txt", CAFE, 0o644)
    result = run("-i", inside, other)
    _assert_reported_then_fixed(result, inside, "Permission denied", other)
    assert inside.read_text() == CAFE
    assert other.read_text() == CAFE_FIXED
    assert sorted(p.name for p in locked.iterdir()) == ["doc.txt"]


def test_an_unreadable_file_is_reported_and_the_others_still_fixed(unprivileged) -> None:
    """A file the user may not read (mode 000): one line, status 2, the next file fixed."""
    folder, run = unprivileged
    secret = _owned(folder / "secret.txt", CAFE, 0o000)
    other = _owned(folder / "other.txt", CAFE, 0o644)
    result = run("-i", secret, other)
    _assert_reported_then_fixed(result, secret, "Permission denied", other)
    secret.chmod(0o644)
    assert secret.read_text() == CAFE


READ_ONLY = "read-only file, not rewritten"


def test_a_read_only_file_is_not_rewritten(unprivileged) -> None:
    """-i on a file of mode 444: one line, status 2, file intact, the next file still fixed."""
    folder, run = unprivileged
    read_only = _owned(folder / "read-only.txt", CAFE, 0o444)
    other = _owned(folder / "other.txt", CAFE, 0o644)
    result = run("-i", read_only, other)
    _assert_reported_then_fixed(result, read_only, READ_ONLY, other)
    assert read_only.read_text() == CAFE
    assert other.read_text() == CAFE_FIXED
    assert sorted(p.name for p in folder.iterdir()) == ["other.txt", "read-only.txt"]


@pytest.mark.parametrize("via", ["file", "symlink"])
def test_a_read_only_file_is_not_rewritten_by_root_either(tmp_path: Path, via: str) -> None:
    """Whoever runs -i (root may write anything), a file whose mode forbids its owner to
    write it, named directly or through a link, is reported and left as it is."""
    read_only = write(tmp_path / "read-only.txt", CAFE)
    read_only.chmod(0o444)
    name = read_only
    if via == "symlink":
        name = tmp_path / "link.txt"
        name.symlink_to(read_only.name)
    other = write(tmp_path / "other.txt", CAFE)
    result = run_main(["-i", str(name), str(other)])
    _assert_reported_then_fixed(result, name, READ_ONLY, other)
    assert (read_only.read_text(), stat.S_IMODE(read_only.stat().st_mode)) == (CAFE, 0o444)
    assert _strays(tmp_path, read_only, other, name) == []


def test_a_clean_read_only_file_needs_no_rewrite_and_is_no_error(tmp_path: Path) -> None:
    """-i on a read-only file without mojibake: nothing to write, so status 0 and no message."""
    clean = write(tmp_path / "clean.txt", CAFE_FIXED)
    clean.chmod(0o444)
    assert run_main(["-i", str(clean)]) == Outcome(0, b"", "")


def test_a_read_only_file_is_checked_as_usual(tmp_path: Path) -> None:
    """--check and --diff only read: a read-only file is reported like any other."""
    read_only = write(tmp_path / "read-only.txt", CAFE)
    read_only.chmod(0o444)
    assert run_main(["--check", str(read_only)]).status == 1
    assert run_main(["--diff", str(read_only)]).status == 1
    assert read_only.read_text() == CAFE


as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")

#: What -i says of a file whose owner it cannot keep.
NOT_OWNED = "owned by another user, not rewritten"


@as_root
def test_in_place_as_root_keeps_the_owner_of_the_file(tmp_path: Path) -> None:
    """A file owned by another user keeps its owner, group and mode when root repairs it."""
    path = write(tmp_path / "theirs.txt", CAFE)
    os.chown(path, 65534, 65534)
    path.chmod(0o640)
    assert run_main(["-i", "-q", str(path)]).status == 1
    assert path.read_text() == CAFE_FIXED
    info = path.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o640)


@as_root
def test_a_file_of_another_user_is_not_given_away(unprivileged) -> None:
    """-i as a user who may write another user's file (mode 666) but not own it: one line,
    status 2, the file intact and still theirs, the next file fixed."""
    folder, run = unprivileged
    theirs = write(folder / "theirs.txt", CAFE)
    theirs.chmod(0o666)
    other = _owned(folder / "other.txt", CAFE, 0o644)
    result = run("-i", theirs, other)
    _assert_reported_then_fixed(result, theirs, NOT_OWNED, other)
    assert (theirs.read_text(), theirs.stat().st_uid) == (CAFE, 0)
    assert sorted(p.name for p in folder.iterdir()) == ["other.txt", "theirs.txt"]


@as_root
@pytest.mark.parametrize("owner", ["same", "other"])
def test_an_owner_that_cannot_be_kept_stops_the_rewrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, owner: str
) -> None:
    """os.fchown refused: a file of another user is not rewritten (one line, status 2); the
    user's own file is, even if its group cannot be kept."""
    uid = 0 if owner == "same" else 65534
    first = write(tmp_path / "first.txt", CAFE)
    os.chown(first, uid, 65534)
    second = write(tmp_path / "second.txt", CAFE)
    _fail_first(monkeypatch, os, "fchown", _raise(PermissionError(errno.EPERM, "no")))
    result = run_main(["-i", str(first), str(second)])
    if owner == "same":
        assert (result.status, first.read_text()) == (1, CAFE_FIXED)
        assert first.stat().st_uid == 0
    else:
        _assert_reported_then_fixed(result, first, NOT_OWNED, second)
        assert (first.read_text(), first.stat().st_uid) == (CAFE, 65534)
    assert second.read_text() == CAFE_FIXED
    assert _strays(tmp_path, first, second) == []


@pytest.mark.parametrize("kind", ["dangling", "loop", "to-a-folder"])
def test_a_broken_symlink_is_reported_and_the_others_still_fixed(tmp_path: Path, kind: str) -> None:
    """A dangling, looping or folder symlink: one line, status 2, the next file still fixed."""
    link = tmp_path / "link.txt"
    if kind == "dangling":
        link.symlink_to("missing.txt")
        message = "No such file or directory"
    elif kind == "loop":
        link.symlink_to("link.txt")
        message = "Too many levels of symbolic links"
    else:
        (tmp_path / "folder").mkdir()
        link.symlink_to("folder")
        message = "Is a directory"
    other = write(tmp_path / "other.txt", CAFE)
    result = run_main(["-i", str(link), str(other)])
    _assert_reported_then_fixed(result, link, message, other)
    assert other.read_text() == CAFE_FIXED


def test_bytes_that_do_not_round_trip_leave_the_file_untouched(tmp_path: Path) -> None:
    """In cp932, a chunk holding NEC's 0x8790 (it encodes back as 0x81E0) is left as it is."""
    data = "縺薙ｓ縺ｫ縺｡縺ｯ\n".encode("cp932") + b"\x87\x90 = about\n"
    path = write(tmp_path / "notes.txt", data)
    result = run_main(["-i", "-v", "--encoding", "cp932", str(path)])
    assert result.status == 0
    note = "a repair was skipped: the encoding does not round-trip"
    assert result.err == f"demojibake: {path}: {note}\n"
    assert path.read_bytes() == data
    assert run_main(["--encoding", "cp932", str(path)]).out == data


def test_bytes_that_round_trip_are_repaired_in_that_encoding(tmp_path: Path) -> None:
    """Without the odd byte, the same cp932 mojibake is repaired and written back in cp932."""
    data = "縺薙ｓ縺ｫ縺｡縺ｯ\n".encode("cp932") + b"= about\n"
    path = write(tmp_path / "notes.txt", data)
    assert run_main(["-i", "-q", "--encoding", "cp932", str(path)]).status == 1
    assert path.read_bytes() == "こんにちは\n= about\n".encode("cp932")


# --- the filter passes through what is not mojibake ------------------------------------------

#: Bytes that can never be (part of) mojibake: ASCII, and bytes that start no UTF-8 character
#: (lone continuation bytes, C0, C1, F5 to FF), so no non-ASCII character is ever decoded.
NOT_MOJIBAKE = st.lists(
    st.one_of(
        st.binary(max_size=6).map(lambda b: bytes(x & 0x7F for x in b)),
        st.sampled_from([b"\n", b"\r\n", b"\r", b" ", b"?", b"demojibake: ignore"]),
        st.sampled_from([bytes([x]) for x in (*range(0x80, 0xC2), *range(0xF5, 0x100))]),
    ),
    max_size=60,
).map(b"".join)


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(st.booleans(), NOT_MOJIBAKE)
def test_bytes_without_mojibake_pass_through_the_filter_unchanged(bom: bool, data: bytes) -> None:
    """ASCII mixed with undecodable bytes (and maybe a BOM) comes out byte for byte, status 0."""
    data = (BOM if bom else b"") + data
    assert run_main([], data) == Outcome(0, data, "")
    assert run_main(["--check"], data) == Outcome(0, b"", "")


def test_undecodable_bytes_beside_mojibake_are_kept() -> None:
    """Invalid UTF-8 right before and after a repair stays, the repair between is made."""
    data = b"\xff\xc3" + CAFE.encode() + b"\xa9\xed\xa0\x80\n"
    result = run_main([], data)
    assert result == Outcome(0, b"\xff\xc3" + CAFE_FIXED.encode() + b"\xa9\xed\xa0\x80\n", "")


# --- worst-case time ---------------------------------------------------------------------------

#: fix may take this many times as long on adversarial text as on clean text of the same size.
SLOWDOWN = 20
#: Kinds whose time stands at that limit, measured on either side of it from run to run: each
#: held to a ceiling of its own above it, with what was measured, so that the test is not a
#: coin toss and still catches a kind that gets slower. (Issue 5's target of 20x stays missed
#: for them; bench/speed.py reports it.)
AT_THE_LIMIT = {
    # (At 85d0dcf 0.98 s and 15x. e68c60e made clean text read a second time 40% faster,
    # 0.065 s to 0.039 s; this text got 10% faster by 5ffe7e8, not as much. On a later
    # machine, def6757 took 1.11-1.18 s, 21.7-22.9x; the per-call work after it made clean
    # text 8% faster and this text 4%: 1.08-1.14 s, 22.6-23.8x, and once 25.0x in CI. Run
    # after other tests it has taken 1.42 s, 29.3x: this machine's timings swing by a third.
    # At 0739d85 it takes 0.77-1.05 s, less than ever, but clean text got faster still, 0.045
    # s to 0.025-0.031 s: 26.3-38.8x in 9 runs, and the ceiling moved from 40x to 60x. Clean
    # text got faster again by afdb55b, 0.017-0.019 s, and this text less: 0.85-0.93 s,
    # 47.9-53.4x in 21 runs at 8cc9596 and c5e5feb, which time it alike.)
    "misread-as-gbk-leniently": (60, "0.85-0.93 s, 47.9-53.4x clean text in 21 runs at c5e5feb"),
}
#: ... and never longer than this many seconds, however slow the clean text was.
CAP = {20_000: 10.0, 50_000: 60.0, 200_000: 60.0}

# Run in a child process, so that a regex gone quadratic is killed rather than hanging the
# tests: builds the texts, warms the engine up, times clean text (best of three) and then the
# adversarial text under an alarm at the allowed time; prints both times as JSON. Times are
# CPU seconds of the child, so other processes on the machine do not skew the ratio; with
# DEMOJIBAKE_TIMING_NO_LIMIT=1 the alarm is off and the full time is measured.
_TIMING_CHILD = r"""
import json, os, random, signal, sys, time
kind, size, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[5]
slowdown, cap = float(sys.argv[3]), float(sys.argv[4])
sys.path.insert(0, corpus)
import pairs
import demojibake

clean = "\n".join(text for _, text in pairs.clean_texts())
clean = (clean * (size // len(clean) + 1))[:size]
pick = random.Random(6)

def noise(low, high):
    return "".join(chr(pick.randrange(low, high)) for _ in range(size))

def cp1252_noise():
    data = bytes(pick.randrange(0x80, 0x100) for _ in range(size * 2))
    return data.decode("cp1252", "ignore")[:size]

def misread_everywhere():
    return clean.encode("utf-8").decode("cp1252", "ignore")[:size]

texts = {
    "a-tilde": lambda: "\u00c3" * size,
    "a-tilde-copyright": lambda: "\u00c3\u00a9" * (size // 2),
    "latin-1-noise": lambda: noise(0xA0, 0x100),
    "cp1252-noise": cp1252_noise,
    "box-drawing": lambda: noise(0x2500, 0x2580),
    "random-cjk": lambda: noise(0x4E00, 0xA000),
    "question-mark-then-random-cjk": lambda: "? " + noise(0x4E00, 0xA000)[2:],
    "misread-as-gbk-leniently": lambda: clean.encode("utf-8").decode("gbk", "replace")[:size],
    "c1-controls": lambda: noise(0x80, 0xA0),
    "nbsp-space": lambda: "\u00a0 " * (size // 2),
    "clean-misread-as-cp1252": misread_everywhere,
}
text = texts[kind]()
demojibake.fix(clean[:2000] + text[:2000])
took_clean = float("inf")
for _ in range(3):
    started = time.process_time()
    demojibake.fix(clean)
    took_clean = min(took_clean, time.process_time() - started)
allowed = min(slowdown * took_clean, cap)

def alarm(*_):
    raise TimeoutError

signal.signal(signal.SIGPROF, alarm)
if os.environ.get("DEMOJIBAKE_TIMING_NO_LIMIT") != "1":
    signal.setitimer(signal.ITIMER_PROF, allowed)
started = time.process_time()
try:
    demojibake.fix(text)
    stopped = False
except TimeoutError:
    stopped = True
took = time.process_time() - started
signal.setitimer(signal.ITIMER_PROF, 0)
result = {"clean": took_clean, "took": took, "allowed": allowed, "stopped": stopped}
print(json.dumps(result))
"""


def _time_fix(kind: str, size: int, *, limit: bool = True) -> dict[str, float | bool]:
    """Time fix on ``size`` characters of ``kind`` and of clean text, in a child process.

    With ``limit`` the child stops fix once it has taken longer than allowed.
    """
    slowdown = AT_THE_LIMIT[kind][0] if kind in AT_THE_LIMIT else SLOWDOWN
    argv = [kind, str(size), str(slowdown), str(CAP[size]), str(_CORPUS)]
    env = dict(os.environ, DEMOJIBAKE_TIMING_NO_LIMIT="0" if limit else "1")
    # The alarm cannot interrupt a regex stuck in C; the hard limit kills the child then.
    hard_limit = CAP[size] * 3 + 60
    try:
        done = subprocess.run(
            [sys.executable, "-c", _TIMING_CHILD, *argv],
            capture_output=True,
            text=True,
            timeout=hard_limit,
            check=True,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"fix on {kind} did not return within {hard_limit} s (a stuck regex?)")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _assert_within_bound(kind: str, size: int) -> None:
    times = _time_fix(kind, size)
    ratio = times["took"] / times["clean"]
    summary = (
        f"fix on {size} chars of {kind}: {times['took']:.2f} CPU s"
        f"{' (stopped there)' if times['stopped'] else ''}, {ratio:.1f}x clean text "
        f"({times['clean']:.3f} s); allowed {times['allowed']:.2f} s"
    )
    print(summary)
    # Stopped means it ran out of its allowance: the CPU timer stops it there, a hair before
    # or after the allowed time.
    assert not times["stopped"], summary
    assert times["took"] < times["allowed"], summary


#: The kinds of adversarial text, each built by _TIMING_CHILD.
_KINDS = (
    "a-tilde",
    "a-tilde-copyright",
    "latin-1-noise",
    "cp1252-noise",
    "box-drawing",
    "random-cjk",
    "question-mark-then-random-cjk",
    "misread-as-gbk-leniently",
    "c1-controls",
    "nbsp-space",
    "clean-misread-as-cp1252",
)

# Kinds fix is known to be too slow on, with what was measured: CPU seconds on one core of
# the 2-core development machine, the Python engine; at 20,000 characters engine 1ad0419 with
# clean text taking 0.032-0.043 s, at 200,000 engine b27851e (clean 0.65 s; not re-measured
# since). Remove an entry when the engine gets fast enough (the strict xfail fails then, as a
# reminder).

#: More than 20 times clean text, at 20,000 characters.
_TOO_SLOW = {
    "clean-misread-as-cp1252": "1.9-2.2 s, 76-78x clean text in 3 runs at 0739d85: a whole "
    "text misread is the slowest real case",
}
#: More than 20 times clean text, at 200,000 characters.
_TOO_SLOW_200K = {
    "clean-misread-as-cp1252": "67 s, 100x clean text",
}
#: Growing more than 8 times from 50,000 to 200,000 characters.
_SUPERLINEAR: dict[str, str] = {}


def _kinds(known: dict[str, str]) -> list[object]:
    """Every kind of adversarial text, the ``known`` failures marked as such."""
    return [
        pytest.param(
            kind,
            marks=[pytest.mark.xfail(strict=True, reason=known[kind])] if kind in known else [],
            id=kind,
        )
        for kind in _KINDS
    ]


@pytest.mark.parametrize("kind", _kinds(_TOO_SLOW))
def test_fix_on_adversarial_text_takes_at_most_20_times_clean_text(kind: str) -> None:
    """fix on 20,000 characters of adversarial text takes < 20x clean text of that size (a kind
    AT_THE_LIMIT: under its own ceiling), < 10 s."""
    _assert_within_bound(kind, 20_000)


@slow
@pytest.mark.parametrize("kind", _kinds(_TOO_SLOW_200K))
def test_slow_fix_on_200_000_adversarial_characters_takes_at_most_20_times_clean_text(
    kind: str,
) -> None:
    """fix on 200,000 characters of adversarial text takes < 20x clean text of that size, < 60 s."""
    _assert_within_bound(kind, 200_000)


@slow
@pytest.mark.parametrize("kind", _kinds(_SUPERLINEAR))
def test_slow_fix_time_grows_linearly_with_the_text(kind: str) -> None:
    """Four times the adversarial text takes at most eight times as long (quadratic is 16x)."""
    small = _time_fix(kind, 50_000, limit=False)
    large = _time_fix(kind, 200_000, limit=False)
    growth = large["took"] / max(small["took"], 0.01)
    summary = f"{kind}: 50,000 chars {small['took']:.2f} s, 200,000 chars {large['took']:.2f} s"
    print(summary)
    assert growth < 8, f"{summary}: {growth:.1f}x"


# --- worst-case memory -------------------------------------------------------------------------

#: Memory the command may use on a huge single line, interpreter included.
MAX_RSS = 100 * 1024 * 1024

# The peak memory of a process counts the memory of its parent at the fork, so the command is
# started from a small Python rather than from this (large) test process.
_RSS_CHILD = r"""
import resource, subprocess, sys, time
started = time.monotonic()
with open(sys.argv[1], "wb") as out:
    status = subprocess.run(sys.argv[2:], stdout=out).returncode
took = time.monotonic() - started
print(status, took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
"""


def _run_measured(argv: list[str], out: Path) -> tuple[int, float, int]:
    """Run ``argv`` with stdout to ``out``; return its status, seconds and peak RSS in bytes."""
    done = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(out), *argv],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    status, took, peak = done.stdout.split()
    return int(status), float(took), int(peak)


def _single_line(size: int, every: int) -> bytes:
    """``size`` bytes on one line: words and punctuation, mojibake every ``every`` bytes."""
    filler = b"lorem ipsum, dolor sit amet; "
    block = (filler * (every // len(filler) + 1))[: every - len(CAFE.encode()) - 1]
    unit = CAFE.encode() + b" " + block
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    "mode", [[], ["--json"], ["-i", "-q"], ["--diff"]], ids=["filter", "json", "in-place", "diff"]
)
def test_a_20_mb_single_line_is_processed_in_little_memory(tmp_path: Path, mode: list[str]) -> None:
    """A 20 MB line (mojibake every MB) is repaired whole with a peak RSS under 100 MB."""
    data = _single_line(20 * 1024 * 1024, 1024 * 1024)
    path = write(tmp_path / "line.txt", data)
    status, took, peak = _run_measured(_command(*mode, str(path)), tmp_path / "out")
    print(f"{mode}: {took:.1f} s, peak RSS {peak / 2**20:.0f} MB")
    expected = data.replace(CAFE.encode(), CAFE_FIXED.encode())
    out = (tmp_path / "out").read_bytes()
    if mode == []:
        assert (status, out) == (0, expected)
    elif mode == ["--json"]:
        assert status == 1
        assert len(out.splitlines()) == data.count(CAFE.encode())
    elif mode == ["--diff"]:
        name = os.fsencode(path)
        no_newline = b"\n\\ No newline at end of file\n"
        header = b"--- %s\n+++ %s\n@@ -1 +1 @@\n" % (name, name)
        assert status == 1
        assert out == header + b"-" + data + no_newline + b"+" + expected + no_newline
    else:
        assert (status, path.read_bytes()) == (1, expected)
    assert peak < MAX_RSS, f"peak RSS {peak / 2**20:.0f} MB"


@slow
@pytest.mark.parametrize(
    ("size", "every"),
    [(100 * 1024 * 1024, 1024 * 1024), (20 * 1024 * 1024, 4096)],
    ids=["100MB-sparse", "20MB-dense"],
)
def test_slow_a_huge_single_line_is_processed_in_little_memory(
    tmp_path: Path, size: int, every: int
) -> None:
    """A 100 MB line, or 20 MB with mojibake every 4 KB, is repaired with a peak RSS < 100 MB."""
    data = _single_line(size, every)
    path = write(tmp_path / "line.txt", data)
    status, took, peak = _run_measured(_command(str(path)), tmp_path / "out")
    print(f"{size >> 20} MB, mojibake every {every} bytes: {took:.1f} s, peak RSS {peak >> 20} MB")
    assert status == 0
    assert (tmp_path / "out").read_bytes() == data.replace(CAFE.encode(), CAFE_FIXED.encode())
    assert peak < MAX_RSS


# --- regressions found by fuzzing (tests/test_fuzz.py) ---------------------------------------


@pytest.mark.parametrize("encoding", ["idna", "punycode", "undefined"])
def test_fix_bytes_b_a_with_a_codec_that_refuses_error_handlers(encoding: str) -> None:
    """fix_bytes(b"a", encoding="idna") returns str or raises UnknownEncodingError, nothing else."""
    try:
        assert isinstance(demojibake.fix_bytes(b"a", encoding=encoding), str)
    except UnknownEncodingError:
        pass


def test_fix_bytes_with_an_encoding_name_holding_nul() -> None:
    """fix_bytes(b"", encoding="\\x00") raises UnknownEncodingError, like any unknown name."""
    with pytest.raises(UnknownEncodingError):
        demojibake.fix_bytes(b"", encoding="\x00")


@pytest.mark.parametrize(
    "argv",
    [["--encoding", "idna"], ["--encoding", "undefined"], ["--codecs", "idna"]],
    ids=["encoding-idna", "encoding-undefined", "codecs-idna"],
)
def test_encoding_idna_is_a_usage_error_not_a_traceback(argv: list[str]) -> None:
    """demojibake --encoding idna: one line on stderr and status 2 (or a plain run), no trace."""
    try:
        result = run_main(argv, CAFE.encode())
    except Exception as error:  # what the real command shows as a traceback
        pytest.fail(f"main() raised {error!r}")
    assert_cli_outcome(result, allowed={0, 2})


def test_encoding_unicode_escape_is_refused_even_with_warnings_as_errors() -> None:
    """demojibake --encoding unicode_escape under -W error: one line on stderr, status 2."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            result = run_main(["--encoding", "unicode_escape"], CAFE.encode())
        except Exception as error:  # what the real command shows as a traceback
            pytest.fail(f"main() raised {error!r}")
    assert_cli_outcome(result, allowed={2})
    assert "--encoding unicode_escape is not supported" in result.err


def test_fix_bytes_a_backslash_bracket_b_in_unicode_escape_even_with_warnings_as_errors() -> None:
    """fix_bytes(b"a\\\\]b", encoding="unicode_escape") keeps the invalid escape under -W error
    too, and leaves the warning filters as they were."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        filters = list(warnings.filters)
        assert demojibake.fix_bytes(b"a\\]b", encoding="unicode_escape") == "a\\]b"
        assert warnings.filters == filters
