"""Instructions, not seconds: demojibake and ftfy counted by callgrind on bench/speed.py's inputs.

Wall-clock figures on a shared or virtual machine swing by a third from one run to the next,
which hides any change of a few per cent. Callgrind (valgrind's instruction counter) gives the
same count on every run of the same code and input (with PYTHONHASHSEED fixed), so two builds
can be compared exactly, and either one with ftfy.

For each of bench/speed.py's throughput inputs (built the same way, smaller), each tool is run
twice under callgrind: calling it once on the text, then twice. The difference is what one warm
whole-text call costs, without the interpreter's start-up, the imports and the first call's
table building. Both tools are called on the whole text (bench/speed.py also tries a per-line
loop, and takes the faster).

It is for comparing builds, not for issue 5's targets (bench/speed.py judges those): on an
input this small the second call finds in demojibake's caches most of what it needs, so its
ratio to ftfy reads far better than it does on megabytes of text.

Needs valgrind (``valgrind --tool=callgrind``); it runs the tools some 50 times slower than
usual, so the inputs are small (0.02 MB unless ``--mb``). Two runs at a time.

Run from the repository root:  python bench/instructions.py [--mb MB] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _shared import TOOLS, render_table, tested_build

#: The throughput inputs counted (clean ASCII is left out: demojibake returns it untouched).
INPUTS = (
    "clean multilingual",
    "multilingual, every 3rd line damaged",
    "CJK-heavy, every 3rd line damaged",
    "one long line (damaged multilingual)",
)
_COLLECTED = re.compile(r"Collected : (\d+)")


def run_child(name: str, megabytes: float, tool: str, calls: int) -> None:
    """In the counted process: build input ``name`` and call ``tool`` on it ``calls`` times."""
    import speed

    clean = speed.load_clean_lines()
    for input_name, _kind, build in speed.throughput_inputs(clean, megabytes):
        if input_name == name:
            text = build()
            break
    else:
        raise SystemExit(f"no input named {name!r}")
    fixer = TOOLS[tool]
    fixer("warm up: CafÃ©")  # (imports what the first call would)
    for _ in range(calls):
        fixer(text)


def count(name: str, megabytes: float, tool: str, calls: int) -> int:
    """Instructions callgrind counts for the whole child process."""
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, str(Path(__file__).resolve()),
        "--child", name, str(megabytes), tool, str(calls),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"callgrind on {tool} / {name} failed: {done.stderr[-500:]}")
    return int(found.group(1))


def one_call(job: tuple[str, float, str]) -> int:
    """Instructions of one warm call: two calls counted, less one."""
    name, megabytes, tool = job
    return count(name, megabytes, tool, 2) - count(name, megabytes, tool, 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Instructions per call, demojibake and ftfy.")
    parser.add_argument("--mb", type=float, default=0.02, help="size of each input (0.02)")
    parser.add_argument("--only", choices=INPUTS, help="count one input")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        name, megabytes, tool, calls = args.child
        run_child(name, float(megabytes), tool, int(calls))
        return 0
    if shutil.which("valgrind") is None:
        print("NOT RUN: valgrind is not installed (apt install valgrind)")
        return 1
    print(f"python {sys.version.split()[0]}, {tested_build()}")
    names = [args.only] if args.only else list(INPUTS)
    jobs = [(name, args.mb, tool) for name in names for tool in TOOLS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(jobs, pool.map(one_call, jobs), strict=True))
    rows = []
    for name in names:
        ours, theirs = counts[name, args.mb, "demojibake"], counts[name, args.mb, "ftfy"]
        rows.append([
            name, f"{args.mb:g}", f"{ours / 1e6:,.1f}", f"{theirs / 1e6:,.1f}",
            f"{ours / theirs:.1f}×",
        ])  # fmt: skip
    headers = ["input", "MB", "demojibake M instr.", "ftfy M instr.", "demojibake ÷ ftfy"]
    print(render_table(headers, rows))
    print(
        "Instructions of one warm whole-text call (callgrind, PYTHONHASHSEED=0): the same on"
        " every run, so two builds compare exactly. Not the targets' measure: on inputs this"
        " small demojibake's caches flatter its ratio to ftfy (see bench/speed.py)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
