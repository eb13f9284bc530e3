"""Build hook: a wheel's engine modules compiled to C extensions with mypyc (issue 5).

mypyc (part of mypy) compiles type-annotated Python into C extension modules; our modules
are ``mypy --strict`` clean, which is what it needs. The compiled modules do exactly what the
Python ones do (``tests/test_compiled.py`` checks that their output is the same, byte for
byte), in a half to two-thirds of the time.

- ``pip install .`` (and any wheel build) compiles ``COMPILED`` and puts the extension
  modules in the wheel beside the ``.py`` files, which Python then no longer imports. The
  wheel is tagged for the platform that built it.
- An editable install (``pip install -e .``, what development and the tests use) compiles
  nothing: edits take effect at once and tests may patch the engine's functions.
- ``DEMOJIBAKE_PURE=1`` builds a pure Python wheel all the same.
- Where mypyc cannot compile (no C compiler, no Python headers) the wheel is built pure, with
  a warning: demojibake works the same, only slower. ``DEMOJIBAKE_COMPILE=1`` makes that an
  error instead.

Nothing is written into the source tree: the modules are copied to a temporary directory and
built there (setuptools' ``build_ext``, two jobs). ``demojibake --version`` says which kind of
build is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled: the engine and what it calls per character, word and line. The API,
#: CLI, streaming and job modules stay Python (start-up, I/O, signals, subclasses of built-in
#: exceptions, which mypyc does not compile).
COMPILED = (
    "_cache",
    "_candidates",
    "_chars",
    "_codecs",
    "_detect",
    "_engine",
    "_lexicon",
    "_model",
    "_plain",
    "_score",
    "_sorted",
)

#: The shared library mypyc builds for the modules: ``demojibake__mypyc`` at the top level.
GROUP = "demojibake"

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="demojibake-compiled",
    ext_modules=mypycify(
        sys.argv[1:], opt_level="3", debug_level="0", group_name={group!r}, multi_file=True
    ),
    script_args=["build_ext", "--build-lib", "out", "--build-temp", "tmp", "--parallel", "2"],
)
"""


def compile_modules(source: Path, work: Path) -> list[Path]:
    """Compile ``COMPILED`` of the package at ``source`` (``src/demojibake``) in ``work``; the
    extension modules built, under ``work / "out"``. Raises ``CalledProcessError`` (with
    mypyc's and the compiler's output) where they fail."""
    package = work / "demojibake"
    shutil.copytree(source, package, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (work / "setup.py").write_text(_SETUP.format(group=GROUP), encoding="utf-8")
    paths = [f"demojibake/{name}.py" for name in COMPILED]
    subprocess.run(
        [sys.executable, "setup.py", *paths],
        cwd=work,
        check=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    return sorted((work / "out").rglob("*.so")) + sorted((work / "out").rglob("*.pyd"))


class MypycHook(BuildHookInterface):
    """Compiles the engine for wheels; see the module's docstring."""

    PLUGIN_NAME = "demojibake-mypyc"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("DEMOJIBAKE_PURE") == "1":
            self.app.display_info("demojibake: DEMOJIBAKE_PURE=1, building pure Python")
            return
        work = Path(tempfile.mkdtemp(prefix="demojibake-mypyc-"))
        self._work = str(work)
        source = Path(self.root) / "src" / "demojibake"
        self.app.display_info("demojibake: compiling the engine with mypyc (about a minute)")
        try:
            built = compile_modules(source, work)
        except (OSError, subprocess.CalledProcessError) as error:
            output = getattr(error, "stdout", b"") or b""
            detail = output.decode("utf-8", "replace")[-2000:]
            if os.environ.get("DEMOJIBAKE_COMPILE") == "1":
                raise RuntimeError(f"demojibake: mypyc failed:\n{detail}") from error
            self.app.display_warning(
                "demojibake: mypyc could not compile the engine, so this wheel is pure Python"
                f" (the same results, slower):\n{detail}"
            )
            return
        out = work / "out"
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(out).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_work", None):
            shutil.rmtree(self._work, ignore_errors=True)
