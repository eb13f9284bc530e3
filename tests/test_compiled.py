"""The wheel's engine, compiled with mypyc (tools/hatch_build.py), repairs exactly as the
Python engine does, and a machine that cannot compile it still gets a working wheel.

Each wheel is built as ``pip install .`` builds it on a fresh machine: by the pip of a new
virtual environment, which holds nothing but pip, with pip's build isolation (PyPI gives the
build backend, mypy, setuptools and what mypy must see of our dependencies). It is then
unpacked and run in a subprocess beside the Python engine these tests import. Building the
compiled wheel takes about a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pairs
import pytest
from builds import ENGINE_COMPILED

import demojibake

ROOT = Path(__file__).resolve().parent.parent

if ENGINE_COMPILED:  # pragma: no cover - the tests compare a compiled engine with Python's
    pytest.skip("the engine under test is already the compiled one", allow_module_level=True)
if shutil.which(os.environ.get("CC", "cc")) is None:  # pragma: no cover - CI has gcc
    pytest.skip("no C compiler to build the engine with", allow_module_level=True)

#: What the subprocess prints for each text: fix(), and each change of repair() in full.
_RUN = """\
import json, sys
import demojibake
from demojibake._cli import engine_build
texts = json.load(sys.stdin)
out = []
for text in texts:
    result = demojibake.repair(text)
    changes = [
        [c.start, c.end, c.after, c.explanation, c.confidence, c.lossy] for c in result.changes
    ]
    out.append([demojibake.fix(text), changes])
json.dump({"engine": engine_build(), "out": out}, sys.stdout)
"""


@pytest.fixture(scope="module")
def fresh_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python of a new virtual environment: no package beside pip, as on a fresh
    machine (this one's environment holds the dependencies the build must fetch itself)."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    (python,) = [
        p for p in (venv / "bin" / "python", venv / "Scripts" / "python.exe") if p.exists()
    ]
    return python


def _build(
    python: Path, into: Path, **environ: str
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The wheel ``pip wheel`` of ``python`` builds of this working tree, unpacked in ``into``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEMOJIBAKE_")}
    env.pop("PYTHONPATH", None)
    env.update(environ)
    done = subprocess.run(
        [str(python), "-m", "pip", "wheel", "--no-deps", "-w", str(into), str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = into.glob("demojibake-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(into / "site")
    return wheel, done


def _run(site: Path, *args: str, stdin: str = "") -> str:
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, *args], input=stdin, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory, fresh_python: Path) -> tuple[Path, Path]:
    """The compiled wheel and where it is unpacked (mypyc failing is an error here)."""
    into = tmp_path_factory.mktemp("compiled")
    wheel, _done = _build(fresh_python, into, DEMOJIBAKE_COMPILE="1")
    return wheel, into / "site"


def _texts() -> list[str]:
    """Every third case of the corpus (damaged, lossy and clean), and ftfy-style edge cases."""
    cases = pairs.all_cases()
    return [c.damaged for c in cases[::3]] + ["", "\n", "CafÃ©\r\n", "\ufeffÃ©", "Ã" * 500]


def test_the_wheel_holds_each_engine_module_compiled_for_this_platform(
    compiled: tuple[Path, Path],
) -> None:
    """The wheel is tagged for this platform and holds an extension module for each module
    the hook compiles (tools/hatch_build.py's COMPILED), and the shared library they call."""
    wheel, site = compiled
    assert not wheel.name.endswith("-none-any.whl")
    suffix = EXTENSION_SUFFIXES[0]
    names = "_cache _candidates _chars _codecs _detect _engine _lexicon _model _score _sorted"
    for name in names.split():
        assert (site / "demojibake" / f"{name}{suffix}").is_file()
    assert (site / f"demojibake__mypyc{suffix}").is_file()


def test_the_compiled_engine_repairs_exactly_as_the_python_engine(
    compiled: tuple[Path, Path],
) -> None:
    """fix() and every change of repair() (span, text, chain, confidence) are the same, on
    a third of the corpus, from the compiled engine and from the Python one."""
    _wheel, site = compiled
    texts = json.dumps(_texts())
    got = json.loads(_run(site, "-c", _RUN, stdin=texts))
    expected = json.loads(_run(Path(demojibake.__file__).parent.parent, "-c", _RUN, stdin=texts))
    assert got["engine"] == "compiled with mypyc"
    assert expected["engine"] == "pure Python"
    assert got["out"] == expected["out"]


def test_the_compiled_wheel_says_so_in_its_version(compiled: tuple[Path, Path]) -> None:
    """``demojibake --version`` names the compiled engine."""
    _wheel, site = compiled
    out = _run(site, "-m", "demojibake", "--version")
    assert out == f"demojibake {demojibake.__version__} (engine: compiled with mypyc)\n"


def test_a_machine_that_cannot_compile_gets_a_pure_python_wheel(
    tmp_path: Path, fresh_python: Path
) -> None:
    """Where the C compiler fails, the wheel is built all the same, pure Python, and works."""
    wheel, _done = _build(fresh_python, tmp_path, CC="false")
    assert wheel.name.endswith("-py3-none-any.whl")
    site = tmp_path / "site"
    assert not list(site.rglob(f"*{EXTENSION_SUFFIXES[0]}"))
    out = _run(site, "-m", "demojibake", "--version")
    assert out == f"demojibake {demojibake.__version__} (engine: pure Python)\n"
    assert _run(site, "-m", "demojibake", stdin="CafÃ©\n") == "Café\n"
