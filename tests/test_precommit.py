"""The pre-commit hooks, end to end, with the real ``pre-commit`` from PyPI.

The hook repository is a temporary git commit of this working tree (the package, its
``pyproject.toml`` and our ``.pre-commit-hooks.yaml``), so what pre-commit installs and runs is
exactly what a user's ``repo:`` line would get. pre-commit builds the hook's environment with
pip, which needs PyPI for the build backend and charset-normalizer; the environment is built
once per test session.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is part of the [test] extra")
if shutil.which("git") is None:  # pragma: no cover - every CI image has git
    pytest.skip("git is not installed", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent

DAMAGED = "# Menu\r\n\r\nCafÃ© au lait, crÃ¨me brÃ»lÃ©e.\r\nIt doesnÃ¢â‚¬â„¢t matter.\r\n"
FIXED = "# Menu\r\n\r\nCafé au lait, crème brûlée.\r\nIt doesn’t matter.\r\n"
QUOTED = "Mojibake looks like CafÃ©.  <!-- demojibake: ignore -->\n"
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + "CafÃ©".encode() + bytes(range(256))

# What a user's .pre-commit-config.yaml holds, with our repository's address filled in.
CONFIG = """\
repos:
  - repo: {repo}
    rev: {rev}
    hooks:
      - id: {hook}
"""


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=demojibake tests", "-c", "user.email=tests@invalid", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@dataclass(frozen=True)
class HookRepo:
    path: Path
    rev: str


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> HookRepo:
    """A git repository holding this working tree's package and hook definitions."""
    path = tmp_path_factory.mktemp("hook-repo")
    # What pip needs to build the package, and the hook definitions under test.
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "tools/hatch_build.py"):
        (path / name).parent.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, path / name)
    for license_file in ROOT.glob("LICENSE*"):
        shutil.copy2(license_file, path / license_file.name)
    shutil.copytree(
        ROOT / "src", path / "src", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    _git(path, "init", "--quiet")
    _git(path, "add", ".")
    _git(path, "commit", "--quiet", "--no-verify", "-m", "demojibake under test")
    return HookRepo(path, _git(path, "rev-parse", "HEAD"))


@pytest.fixture(scope="module")
def environ(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The environment for pre-commit: its own cache, shared by the tests of this module."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path_factory.mktemp("pre-commit-home"))
    env["PRE_COMMIT_COLOR"] = "never"
    # (A user's hook environment holds the engine compiled with mypyc, a minute's build;
    # test_compiled.py checks that build, so here the wheel is pure Python.)
    env["DEMOJIBAKE_PURE"] = "1"
    yield env


@dataclass
class Project:
    """A user's repository with a damaged file, a file quoting mojibake and a binary file."""

    path: Path
    environ: dict[str, str]

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files"],
            cwd=self.path,
            env=self.environ,
            capture_output=True,
            text=True,
            check=False,
        )

    def read(self, name: str) -> bytes:
        return (self.path / name).read_bytes()


def _project(root: Path, hook: str, repo: HookRepo, environ: dict[str, str]) -> Project:
    root.mkdir()
    (root / ".pre-commit-config.yaml").write_text(
        CONFIG.format(repo=repo.path.as_uri(), rev=repo.rev, hook=hook)
    )
    (root / "menu.md").write_bytes(DAMAGED.encode())
    (root / "quoted.md").write_bytes(QUOTED.encode())
    (root / "logo.png").write_bytes(BINARY)
    _git(root, "init", "--quiet")
    _git(root, "add", ".")
    return Project(root, environ)


def test_fix_mojibake_repairs_then_passes(
    tmp_path: Path, hook_repo: HookRepo, environ: dict[str, str]
) -> None:
    """fix-mojibake fails its first run and repairs the file; the second run passes."""
    project = _project(tmp_path / "project", "fix-mojibake", hook_repo, environ)

    first = project.run()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "fix mojibake" in first.stdout
    assert "Failed" in first.stdout
    assert "fixed menu.md" in first.stdout
    assert project.read("menu.md") == FIXED.encode()  # CRLF kept, mojibake gone
    assert project.read("quoted.md") == QUOTED.encode()  # the ignore marker is honoured
    assert project.read("logo.png") == BINARY  # binary files are never touched

    second = project.run()
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def test_check_mojibake_fails_without_changing_anything(
    tmp_path: Path, hook_repo: HookRepo, environ: dict[str, str]
) -> None:
    """check-mojibake reports PATH:LINE:COL and fails, and every file stays as it was."""
    project = _project(tmp_path / "project", "check-mojibake", hook_repo, environ)

    result = project.run()
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"^menu\.md:3:\d+: \S+ -> \S+ \(UTF-8 read as cp1252", result.stdout, re.M)
    assert re.search(r"^menu\.md:4:\d+: ", result.stdout, re.M)
    assert "quoted.md" not in result.stdout
    assert project.read("menu.md") == DAMAGED.encode()
    assert project.read("logo.png") == BINARY
