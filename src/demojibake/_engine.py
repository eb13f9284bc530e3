"""Temporary engine stub: replaced by the real pipeline."""

from __future__ import annotations

from demojibake._types import Finding, Options, Repair


def repair_text(text: str, options: Options) -> Repair:
    return Repair(text=text)


def detect_text(text: str, options: Options) -> tuple[Finding, ...]:
    return ()
