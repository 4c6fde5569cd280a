"""The Word urging letter asks a unit only for the figures it gives (clerk 14, F2): Bắc Sơn's
letter for 11/2023 asked for III.2 (e-commerce share), IV.6 and V.3 — city-wide figures the
bundled registry has another unit report — while the form in the same envelope greys their
cells. The one rule is questions/form_rows.py `reported_indicators`.

Bắc Sơn owes 9 targets with indicators due or late by 01/11/2023 (hand-listed from
data/phu_luc_01.yaml): I.3, I.4, I.5, II.3, II.4 (two), II.6 (two), II.8, V.1, V.2 — each of
`scope: each` — and III.2, IV.6, V.3, of `scope: city`, reported by another unit."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app


def test_a_ward_s_letter_asks_only_for_its_own_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "r")
    result = CliRunner().invoke(app, ["--registry", "r", "remind", "--month", "11/2023",
                                      "--as-of", "01/11/2023", "--format", "docx", "--unit",
                                      "Bắc Sơn", "--out", "thu"])  # fmt: skip
    assert result.exit_code == 0, result.output
    (letter,) = Path("thu").glob("*.docx")
    asked = [
        p.text.split(":")[0].removeprefix("+ ")
        for p in docx.Document(str(letter)).paragraphs
        if p.text.startswith("+ ")
    ]
    assert asked == ["I.3", "I.4", "I.5", "II.3", "II.4", "II.4", "II.6", "II.6", "II.8",
                     "V.1", "V.2"]  # fmt: skip
