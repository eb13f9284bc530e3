"""The ``demojibake`` command: a Unix filter, a checker for CI and a pre-commit fixer.

Every mode is a view of one stream of steps: the input is read as bytes, cut into chunks
(:mod:`demojibake._stream`), each chunk decoded with ``surrogateescape``, repaired with
:func:`demojibake.repair` (with ``--jobs``, in worker processes: see :mod:`demojibake._jobs`),
and encoded back. A chunk without a repair is written back as the very bytes that were read,
so line endings, byte order marks, a missing final newline and undecodable bytes pass through
unchanged.

Exit status: 0 nothing to report, 1 something was (or would be) repaired, 2 a usage error or
an input that could not be read (the other inputs are still processed), 141 when the reader
of our output went away (``| head``), 130 on Ctrl-C, 143 on SIGTERM and 129 on SIGHUP (each
after removing the temporary file of ``-i``).

This module does the plumbing (arguments, files, output formats); it may not decide what is
mojibake, which is the engine's job.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import FrameType
from typing import IO, Any, NoReturn

from demojibake._bytes import (
    UnknownEncodingError,
    detect_encoding,
    is_ascii_compatible,
    lookup_encoding,
)
from demojibake._jobs import (
    Failure,
    WorkerDied,
    Workers,
    collecting_less,
    cpu_count,
    signals_held,
)
from demojibake._stream import CHUNK_SIZE, LineDiff, Locator, iter_chunks
from demojibake._types import Change, Options, apply_changes

__all__ = ["engine_build", "engine_compiled", "main"]

#: Bytes read at a time.
_BLOCK = CHUNK_SIZE
#: The most bytes handed to the engine at once (a module attribute so tests can shrink it).
_CHUNK = CHUNK_SIZE
#: A file holding a NUL byte in its first this many bytes is binary (git's rule).
_BINARY_SNIFF = 8000
#: How much of an input --detect-encoding looks at.
_DETECT_SAMPLE = 1024 * 1024
#: In-place mode keeps output this small in memory before it needs a temporary file.
_SPILL = 1024 * 1024
#: The progress bar appears only once an input has taken this long (seconds).
_PROGRESS_DELAY = 0.5
_PROGRESS_INTERVAL = 0.1

_WIDE_BOMS = (
    b"\xff\xfe",  # UTF-16-LE, and the start of UTF-32-LE
    b"\xfe\xff",  # UTF-16-BE
    b"\x00\x00\xfe\xff",  # UTF-32-BE
)

_EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a program killed by SIGPIPE
_EXIT_INTERRUPTED = 128 + 2


class _Terminated(BaseException):
    """A termination signal arrived: unwind like Ctrl-C (so ``-i`` removes its temporary
    file), then exit. A BaseException, so that no ``except Exception`` on the way stops it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _UsageError(Exception):
    """A bad command line: reported in one line, exit status 2."""


class _InputError(Exception):
    """One input could not be processed: reported in one line, the others go on."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _parser() -> _Parser:
    parser = _Parser(
        prog="demojibake",
        description=(
            "Repair mojibake (text decoded with the wrong codec, such as 'CafÃ©' for 'Café') "
            "and change nothing else. With no FILE, or when FILE is -, read standard input."
        ),
        epilog=(
            "Exit status: 0 nothing found, 1 something was (or would be) repaired, 2 usage "
            "error or unreadable input. A line containing 'demojibake: ignore' is left alone."
        ),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to read (default: -)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check",
        action="store_true",
        help="change nothing; print PATH:LINE:COL for each repair that would be made",
    )
    mode.add_argument("--diff", action="store_true", help="change nothing; print a unified diff")
    mode.add_argument(
        "-i",
        "--in-place",
        action="store_true",
        help="rewrite the files that need a repair (and only those)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print each repair as a JSON object, one per line (implies --check unless -i)",
    )
    encoding = parser.add_mutually_exclusive_group()
    encoding.add_argument(
        "--encoding",
        metavar="ENC",
        help="read and write ENC instead of UTF-8 (a Python codec name)",
    )
    encoding.add_argument(
        "--detect-encoding",
        action="store_true",
        help="guess each input's encoding (charset-normalizer) and write UTF-8",
    )
    tuning = parser.add_argument_group("repair options")
    tuning.add_argument(
        "--threshold",
        type=float,
        metavar="N",
        help="confidence (0 to 1) a repair needs to be applied; higher changes less",
    )
    tuning.add_argument(
        "--max-layers",
        type=int,
        metavar="N",
        help="how many misreads deep a repair may go (1 to 8, default 3)",
    )
    tuning.add_argument(
        "--codecs",
        metavar="LIST",
        help="only undo misreads as these codecs, comma-separated (e.g. cp1252,cp1251)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="repair in N processes at once (0: one per CPU; default 1); the output is the "
        "same, and a slow input shows a few chunks later",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no 'fixed' notes"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="say which inputs were skipped, and why"
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    try:
        with _terminate_by_unwinding():
            return _main(argv)
    except _UsageError as error:
        _message(f"error: {error} (see demojibake --help)")
        return 2
    except WorkerDied as error:
        # (The inputs before stand repaired; -i has removed its temporary file.)
        _message(f"error: {error}")
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return _EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except _Terminated as terminated:
        return 128 + terminated.signum


@contextlib.contextmanager
def _terminate_by_unwinding() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`_Terminated` while the command runs.

    Their default is to end the process on the spot, which would leave the temporary file of
    ``-i`` behind (CI cancelling a job sends SIGTERM). A signal the caller ignores (``nohup``)
    stays ignored. Outside the main thread handlers cannot be set, and nothing changes.
    """

    def unwind(signum: int, frame: FrameType | None) -> None:
        # Ignore a second signal while unwinding, so the cleanup is not cut short.
        for caught in saved:
            signal.signal(caught, signal.SIG_IGN)
        raise _Terminated(signum)

    saved: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None or signal.getsignal(signum) == signal.SIG_IGN:
            continue
        try:
            saved[signum] = signal.signal(signum, unwind)
        except ValueError:  # not the main thread
            break
    try:
        yield
    finally:
        for signum, handler in saved.items():
            # None: a handler set outside Python, which cannot be put back; the default is.
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def engine_compiled() -> bool:
    """Whether the installed engine is compiled with mypyc (a wheel, see
    tools/hatch_build.py) rather than pure Python (an editable install, or a machine that
    could not compile it): whether its module is an extension module."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from demojibake import _engine

    return (_engine.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def engine_build() -> str:
    """How the installed engine was built, in words (see engine_compiled)."""
    return "compiled with mypyc" if engine_compiled() else "pure Python"


def _main(argv: list[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help
        return exit_.code if isinstance(exit_.code, int) else 0
    if args.version:
        import demojibake

        sys.stdout.write(f"demojibake {demojibake.__version__} (engine: {engine_build()})\n")
        return 0
    if args.json and args.diff:
        raise _UsageError("--json and --diff cannot be combined")
    if args.jobs < 0:
        raise _UsageError(f"--jobs must be 0 (one per CPU) or more, not {args.jobs}")
    options = _options(args)
    with collecting_less():
        run = _Run(
            options=options,
            encoding=_encoding(args.encoding),
            detect=args.detect_encoding,
            verbose=args.verbose,
            quiet=args.quiet,
            progress=_progress_wanted(args.quiet),
            out=sys.stdout.buffer,
            workers=Workers(options, args.jobs or cpu_count()),
        )
        try:
            return _process(args, run)
        finally:
            run.workers.close()


def _process(args: argparse.Namespace, run: _Run) -> int:
    """Process every input as ``args`` ask; return the exit status."""
    if args.in_place and not args.files:
        raise _UsageError("--in-place needs file names")
    view = _view(args, run)
    paths: list[str] = args.files or ["-"]
    status = 0
    for path in paths:
        try:
            failures = run.failures
            if view.process(path):
                status = max(status, 1)
            if run.failures > failures:
                status = 2
        except _InputError as error:
            _message(f"{_display(path)}: {error}")
            status = 2
        except BrokenPipeError:
            raise
        except OSError as error:
            _message(f"{_display(path)}: {error.strerror or error}")
            status = 2
        except UnicodeError as error:
            _message(f"{_display(path)}: cannot be decoded: {error}")
            status = 2
        finally:
            run.out.flush()
    return status


def _view(args: argparse.Namespace, run: _Run) -> _View:
    if args.in_place:
        return _InPlace(run, json=args.json)
    if args.diff:
        return _Diff(run)
    if args.check or args.json:
        return _Check(run, json=args.json)
    return _Filter(run)


def _options(args: argparse.Namespace) -> Options:
    default = Options()
    codecs: frozenset[str] | None = default.codecs
    if args.codecs is not None:
        names = [name.strip().lower() for name in args.codecs.split(",") if name.strip()]
        if not names:
            raise _UsageError("--codecs needs at least one codec name")
        for name in names:
            try:
                lookup_encoding(name)
                Options(codecs=frozenset({name}))
            except (UnknownEncodingError, ValueError) as error:
                raise _UsageError(f"--codecs: {error}") from None
        codecs = frozenset(names)
    try:
        return Options(
            threshold=default.threshold if args.threshold is None else args.threshold,
            max_layers=default.max_layers if args.max_layers is None else args.max_layers,
            codecs=codecs,
            lossy=default.lossy,
        )
    except ValueError as error:
        raise _UsageError(str(error)) from None


def _encoding(name: str | None) -> str:
    if name is None:
        return "utf-8"
    try:
        codec = lookup_encoding(name)
    except UnknownEncodingError as error:
        raise _UsageError(f"--encoding: {error}") from None
    if codec == "utf-8-sig":
        # A byte order mark is passed through as it is anyway.
        return "utf-8"
    if not is_ascii_compatible(codec):
        raise _UsageError(
            f"--encoding {name} is not supported: its ASCII bytes do not always stand for "
            "themselves, so it cannot be read a line at a time (use --detect-encoding to "
            "convert such files to UTF-8)"
        )
    return codec


# --- The stream of steps -------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A change, located in its input."""

    line: int
    column: int
    change: Change


@dataclass(frozen=True)
class _Step:
    """One chunk of an input, before and after repair."""

    old: bytes
    new: bytes
    found: tuple[_Found, ...] = ()


@dataclass
class _Run:
    """What every input is processed with."""

    options: Options
    encoding: str
    detect: bool
    verbose: bool
    quiet: bool
    progress: bool
    out: IO[bytes]
    workers: Workers
    #: How many chunks the engine failed to repair (see fail).
    failures: int = 0

    def note(self, path: str, text: str) -> None:
        if self.verbose:
            _message(f"{_display(path)}: {text}")

    def fail(self, path: str, locator: Locator, chunk: str, error: str) -> None:
        """Say that the engine failed on ``chunk``, the current chunk of ``path``, which is
        left as it was: a bug, reported in one line, and the exit status 2 (see _process)."""
        self.failures += 1
        first = locator.position(0)[0]
        last = first + chunk.count("\n", 0, len(chunk) - 1)
        where = f"line {first} is" if first == last else f"lines {first}-{last} are"
        _message(
            f"{_display(path)}: {where} left as {'it was' if first == last else 'they were'}: "
            f"the repair failed ({error}); this is a bug of demojibake, please report it"
        )

    def open(self, path: str) -> _Input:
        """Open ``path`` (``-`` is standard input) and look at its start."""
        if path == "-":
            stream: IO[bytes] = sys.stdin.buffer
            owned = False
        else:
            stream = open(path, "rb")
            owned = True
        try:
            return _Input.start(path, stream, owned, self)
        except BaseException:
            if owned:
                stream.close()
            raise

    def steps(self, source: _Input) -> Iterator[_Step]:
        """Repair ``source`` chunk by chunk (in the worker processes, with ``--jobs``)."""
        encoding = source.encoding
        locator = Locator()
        for piece, repaired in self.workers.repaired(_chunks(source, encoding)):
            chunk, text, bom, body = piece.raw, piece.text, piece.bom, piece.body
            locator.start(body)
            changes: tuple[Change, ...] = ()
            if isinstance(repaired, Failure):
                self.fail(source.path, locator, body, repaired.error)
            else:
                changes = repaired
            kept = [c for c in changes if _keep(c, locator)]
            kept = self._writable(kept, source.path, encoding)
            new = chunk
            if kept:
                try:
                    new_text = bom + apply_changes(body, kept)
                except ValueError as error:  # (changes that do not replay: the engine's bug)
                    self.fail(source.path, locator, body, f"ValueError: {error}")
                    kept = []
                else:
                    if encoding != "utf-8" and text.encode(encoding, "surrogateescape") != chunk:
                        # This codec does not read and write these bytes back identically, so
                        # re-encoding the chunk could change more than the repair: leave it.
                        self.note(
                            source.path, "a repair was skipped: the encoding does not round-trip"
                        )
                        kept = []
                    else:
                        new = new_text.encode(encoding, "surrogateescape")
            found = tuple(_Found(*locator.position(c.start), c) for c in kept)
            locator.advance()
            yield _Step(chunk, new, found)

    def _writable(self, changes: list[Change], path: str, encoding: str) -> list[Change]:
        if encoding == "utf-8" or not changes:
            return changes
        kept = []
        for change in changes:
            try:
                change.after.encode(encoding)
            except UnicodeEncodeError:
                self.note(path, f"a repair to {change.after!r} was skipped: not in {encoding}")
            else:
                kept.append(change)
        return kept


@dataclass(frozen=True)
class _Chunk:
    """One chunk of an input as read: its bytes, its text, the byte order mark it starts
    with (if any) and the text after it, which is what is repaired."""

    raw: bytes
    text: str
    bom: str
    body: str


def _chunks(source: _Input, encoding: str) -> Iterator[tuple[_Chunk, str | None]]:
    """Each chunk of ``source``, and the text to repair in it (None where it may not be)."""
    first = True
    for chunk in iter_chunks(source.blocks(), _CHUNK):
        try:
            text = chunk.decode(encoding, "surrogateescape")
        except UnicodeDecodeError:
            # Only possible with a multi-byte codec choking on an ASCII byte: locate, but
            # leave the chunk exactly as it is.
            text, repairable = chunk.decode(encoding, "replace"), False
        else:
            repairable = True
        # A byte order mark is no part of the text: not repaired, not counted in columns.
        bom = "\ufeff" if first and text.startswith("\ufeff") else ""
        first = False
        body = text[len(bom) :]
        yield _Chunk(chunk, text, bom, body), body if repairable else None


def _keep(change: Change, locator: Locator) -> bool:
    # A repair never adds or removes a line feed (they are ASCII in every codec we stream);
    # refusing one that would keeps line numbers and diffs aligned.
    if "\n" in change.before or "\n" in change.after:
        return False
    return not locator.ignored(change.start)


@dataclass
class _Input:
    """An opened input: its name, the bytes already read and how to read the rest."""

    path: str
    stream: IO[bytes]
    owned: bool
    head: bytes
    encoding: str
    binary: bool
    #: Bytes are decoded from this encoding and written as UTF-8 (--detect-encoding).
    convert_from: str | None
    progress: _Progress | None = field(default=None, repr=False)

    @classmethod
    def start(cls, path: str, stream: IO[bytes], owned: bool, run: _Run) -> _Input:
        if run.detect:
            head = _read_at_least(stream, _DETECT_SAMPLE)
        else:
            # One read only: a slow stream (`tail -f`) must not wait for a full block.
            head = getattr(stream, "read1", stream.read)(_BLOCK)
        encoding, convert_from = run.encoding, None
        binary = b"\0" in head[:_BINARY_SNIFF]
        # UTF-16 and UTF-32 are full of NULs; with --detect-encoding and a byte order mark
        # they are text. Binary data is never handed to detection, which would guess anyway.
        if run.detect and (not binary or head.startswith(_WIDE_BOMS)):
            detected = detect_encoding(head, truncated=len(head) >= _DETECT_SAMPLE)
            run.note(path, f"detected {detected}")
            if detected != "utf-8":
                encoding, convert_from = "utf-8", detected
                binary = False
        total = _size(stream)
        progress = _Progress(path, total) if run.progress and not binary else None
        return cls(path, stream, owned, head, encoding, binary, convert_from, progress)

    def blocks(self) -> Iterator[bytes]:
        """The input's bytes (converted to UTF-8 if needed), the head included."""
        blocks = self.raw_blocks()
        if self.progress is not None:
            blocks = self.progress.track(blocks)
        if self.convert_from is not None:
            blocks = _convert(blocks, self.convert_from)
        return blocks

    def raw_blocks(self) -> Iterator[bytes]:
        """The input's bytes as they are, the head included."""
        if self.head:
            yield self.head
        read = getattr(self.stream, "read1", self.stream.read)
        while block := read(_BLOCK):
            yield block

    def close(self) -> None:
        if self.progress is not None:
            self.progress.close()
        if self.owned:
            self.stream.close()

    def __enter__(self) -> _Input:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_at_least(stream: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    read = getattr(stream, "read1", stream.read)
    while got < size:
        part = read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _size(stream: IO[bytes]) -> int | None:
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _convert(blocks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """Re-encode a stream of ``encoding`` bytes as UTF-8 (undecodable bytes kept as they are)."""
    # surrogateescape keeps a stray byte through to the UTF-8 output; it cannot stand in for
    # an ASCII byte, which only a wide encoding (UTF-16, UTF-32) can choke on.
    errors = "surrogateescape" if is_ascii_compatible(encoding) else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    for block in blocks:
        yield decoder.decode(block).encode("utf-8", "surrogateescape")
    yield decoder.decode(b"", final=True).encode("utf-8", "surrogateescape")


# --- Views ---------------------------------------------------------------------------------


class _View:
    """What to do with the steps of each input."""

    def __init__(self, run: _Run) -> None:
        self.run = run

    def process(self, path: str) -> bool:
        """Process one input; return whether it had (or would have had) a repair."""
        with self.run.open(path) as source:
            if source.binary:
                self.run.note(path, "binary file (it holds a NUL byte), left as it is")
                self.binary(source)
                return False
            return self.text(source)

    def binary(self, source: _Input) -> None:
        """Handle an input that is not text (by default: ignore it)."""

    def text(self, source: _Input) -> bool:
        raise NotImplementedError


class _Filter(_View):
    """Write the repaired text to standard output, like ``cat``."""

    def binary(self, source: _Input) -> None:
        # A filter must not lose data: what it cannot read as text it passes on untouched.
        for block in source.raw_blocks():
            self.run.out.write(block)

    def text(self, source: _Input) -> bool:
        out = self.run.out
        for step in self.run.steps(source):
            out.write(step.new)
            # Flush per chunk so that `tail -f log | demojibake` shows lines as they come.
            out.flush()
        # A filter reports through its output, not its exit status.
        return False


class _Check(_View):
    """Report each repair as ``PATH:LINE:COL: BEFORE -> AFTER (CHAIN, confidence N)`` or JSON."""

    def __init__(self, run: _Run, *, json: bool) -> None:
        super().__init__(run)
        self.json = json

    def text(self, source: _Input) -> bool:
        found = False
        for step in self.run.steps(source):
            for item in step.found:
                self.report(source.path, item)
                found = True
        return found

    def report(self, path: str, item: _Found) -> None:
        out = self.run.out
        if self.json:
            out.write(_json_line(path, item))
        else:
            change = item.change
            line = (
                f"{path}:{item.line}:{item.column}: {_show(change.before)} -> "
                f"{_show(change.after)} ({change.explanation}, "
                f"confidence {change.confidence:.2f})\n"
            )
            out.write(line.encode("utf-8", "surrogateescape"))


class _Diff(_View):
    """Print a unified diff of what would change."""

    def text(self, source: _Input) -> bool:
        out = self.run.out
        name = os.fsencode(source.path)
        diff = LineDiff(name, name)
        for step in self.run.steps(source):
            out.writelines(diff.feed(step.old, step.new))
        out.writelines(diff.finish())
        return diff.changed


class _InPlace(_Check):
    """Rewrite each file that needs a repair, atomically, keeping its mode."""

    def process(self, path: str) -> bool:
        if path == "-":
            raise _InputError("cannot rewrite standard input in place; give file names")
        return super().process(path)

    def text(self, source: _Input) -> bool:
        # Write through a symbolic link, not over it.
        target = os.path.realpath(source.path)
        if _read_only(source, target):
            # os.replace needs only the folder's permission; the file's says not to rewrite it.
            needs_repair = source.convert_from is not None or any(
                step.found for step in self.run.steps(source)
            )
            if needs_repair:
                raise _InputError("read-only file, not rewritten")
            return False
        output = _Replacement(target)
        try:
            changed = source.convert_from is not None
            for step in self.run.steps(source):
                output.write(step.new)
                if self.json:
                    for item in step.found:
                        self.report(source.path, item)
                changed = changed or bool(step.found)
                if changed:
                    output.spill()
            if changed:
                output.commit(os.stat(target))
        finally:
            output.discard()
        if changed and not self.run.quiet:
            _message(f"fixed {_display(source.path)}")
        return changed


def _read_only(source: _Input, target: str) -> bool:
    """Whether the file may not be written: its owner has no write permission (root could
    write it all the same, but the mode says the file is not to be changed), or the user has
    none."""
    mode = os.fstat(source.stream.fileno()).st_mode
    return not mode & stat.S_IWUSR or not os.access(target, os.W_OK)


class _Replacement:
    """The new content of a file: held in memory while small, then in a temporary file in the
    same directory, and moved over the file only by :meth:`commit` (``os.replace``)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.pending = bytearray()
        self.file: IO[bytes] | None = None
        self.name: str | None = None

    def write(self, data: bytes) -> None:
        if self.file is None:
            self.pending += data
            if len(self.pending) > _SPILL:
                self.spill()
        else:
            self.file.write(data)

    def spill(self) -> None:
        if self.file is None:
            import tempfile

            directory, base = os.path.split(self.target)
            # (A signal that arrived between the file's creation and its name being kept
            # would leave the file behind: see signals_held.)
            with signals_held("SIGINT", "SIGTERM", "SIGHUP"):
                fd, self.name = tempfile.mkstemp(
                    prefix=f".{base}.", suffix=".demojibake", dir=directory or "."
                )
                self.file = os.fdopen(fd, "wb")
        self.file.write(self.pending)
        self.pending.clear()

    def commit(self, original: os.stat_result) -> None:
        """Move the new content over the file, with the ``original`` file's owner and mode."""
        self.spill()
        assert self.file is not None and self.name is not None
        self.file.flush()
        os.fsync(self.file.fileno())
        self.keep_owner(original)
        self.file.close()
        # After the owner: changing it may clear the set-user-ID and set-group-ID bits.
        os.chmod(self.name, original.st_mode & 0o7777)
        os.replace(self.name, self.target)
        self.file = self.name = None

    def keep_owner(self, original: os.stat_result) -> None:
        """Give the temporary file the ``original`` file's owner and group.

        Root may; another user may only pick one of their groups. A file that would change
        hands is not rewritten; one that would only change group is, as editors do.
        """
        assert self.file is not None
        fd = self.file.fileno()
        mine = os.fstat(fd)
        if (mine.st_uid, mine.st_gid) == (original.st_uid, original.st_gid):
            return
        if not hasattr(os, "fchown"):  # Windows has no owners to keep this way
            return
        try:
            os.fchown(fd, original.st_uid, original.st_gid)
        except PermissionError:
            if mine.st_uid != original.st_uid:
                raise _InputError("owned by another user, not rewritten") from None

    def discard(self) -> None:
        """Remove the temporary file, if any (after :meth:`commit`, there is none)."""
        file, name = self.file, self.name
        self.file = self.name = None
        try:
            if file is not None:
                # Closing flushes what is still buffered, which fails again on a full disk;
                # the file (closed all the same) is being thrown away, so that is no error.
                with contextlib.suppress(OSError):
                    file.close()
        finally:
            if name is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name)


# --- Output helpers ------------------------------------------------------------------------


def _json_line(path: str, item: _Found) -> bytes:
    import json

    change = item.change
    record = {
        "path": path,
        "line": item.line,
        "column": item.column,
        "before": change.before,
        "after": change.after,
        "chain": [{"encoding": m.encoding, "read_as": m.read_as} for m in change.chain],
        "explanation": change.explanation,
        "confidence": change.confidence,
        "lossy": change.lossy,
    }
    line = json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS_ESCAPED)
    # An undecodable byte in a path is a lone surrogate; backslashreplace writes it as the
    # JSON escape "\udcXX", which JSON readers accept.
    return (line + "\n").encode("utf-8", "backslashreplace")


# Valid raw inside a JSON string, but line breaks to str.splitlines (and, for U+2028 and
# U+2029, to older JavaScript): a JSON Lines reader would cut the record there. Outside
# strings JSON holds only ASCII, so escaping them everywhere touches strings only.
_LINE_BREAKS_ESCAPED = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def _show(text: str) -> str:
    """``text`` with invisible and control characters escaped (``\\xa0``, ``\\x81``)."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in text
    )


def _display(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _message(text: str) -> None:
    sys.stderr.write(f"demojibake: {text}\n")
    sys.stderr.flush()


def _silence_stdout() -> None:
    # The reader has gone; point stdout at /dev/null so that the interpreter's final flush
    # does not print a second BrokenPipeError.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# --- Progress ------------------------------------------------------------------------------


def _progress_wanted(quiet: bool) -> bool:
    """A progress bar only for a person at a terminal: never in CI logs or under pre-commit."""
    if quiet or os.environ.get("CI") or os.environ.get("PRE_COMMIT"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
    """A one-line progress bar on stderr for an input that takes a while."""

    def __init__(
        self, path: str, total: int | None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.label = _display(path)
        if len(self.label) > 40:
            self.label = "..." + self.label[-37:]
        self.total = total
        self.done = 0
        self.clock = clock
        self.started = clock()
        self.next_draw = self.started + _PROGRESS_DELAY
        self.drawn = False

    def track(self, blocks: Iterable[bytes]) -> Iterator[bytes]:
        for block in blocks:
            yield block
            self.done += len(block)
            now = self.clock()
            if now >= self.next_draw:
                self.draw()
                self.next_draw = now + _PROGRESS_INTERVAL

    def draw(self) -> None:
        if self.total:
            fraction = min(self.done / self.total, 1.0)
            bar = "#" * int(fraction * 20)
            line = (
                f"{self.label} [{bar:<20}] {int(fraction * 100):3d}% "
                f"{_size_text(self.done)} of {_size_text(self.total)}"
            )
        else:
            line = f"{self.label} {_size_text(self.done)}"
        sys.stderr.write(f"\r\x1b[K{line}")
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024**2:
        return f"{size / 1024:.1f} KiB"
    if size < 1024**3:
        return f"{size / 1024**2:.1f} MiB"
    return f"{size / 1024**3:.1f} GiB"
