"""`cds progress import A.xlsx B.xlsx` where B's unit progress file is read-only (a11-05): A's
entry was written, yet the only output was B's error ("… tệp vẫn giữ nguyên"), exit 1 — the
clerk took neither form as recorded. Each file is imported on its own (a file with problems
writes nothing, the others are written: app/forms.py), so a file whose progress file refuses
the write is such a problem: A is said recorded, B said not, with the reason, exit 1.

Run as root too (CI does): `setpriv` drops the capabilities that let root write a 0444 file's
file (tests/unprivileged.py)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from unprivileged import run_cds

runner = CliRunner()


def _ok(*args: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output


@pytest.fixture
def forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 2023 registry, and October's forms of Bắc Sơn and Nam Sơn, each with II.8 done on
    20/10/2023; Nam Sơn's progress file made read-only (0444) after one entry."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path)
    for unit, name in (("Bắc Sơn", "fb.xlsx"), ("Nam Sơn", "fn.xlsx")):
        _ok("form", "--unit", unit, "--month", "10/2023", "--as-of", "31/10/2023", "--out", name)
        book = load_workbook(tmp_path / name)
        sheet = book.worksheets[0]
        row = next(r for r in range(1, sheet.max_row + 1) if sheet[f"B{r}"].value == "II.8")
        sheet[f"F{row}"] = "Hoàn thành"
        sheet[f"G{row}"] = dt.datetime(2023, 10, 20)
        book.save(tmp_path / name)
    _ok("progress", "add", "II.1", "--unit", "Nam Sơn", "--status", "in_progress",
        "--date", "01/10/2023")  # fmt: skip
    (tmp_path / "progress" / "phuong-nam-son.yaml").chmod(0o444)
    return tmp_path


def _env() -> dict[str, str]:
    return {**os.environ, "CDS_NO_CACHE": "1", "COLUMNS": "200"}


def test_the_files_recorded_and_the_one_not_are_each_said(forms: Path) -> None:
    nam_son = (forms / "progress" / "phuong-nam-son.yaml").read_bytes()
    done = run_cds(["progress", "import", "fb.xlsx", "fn.xlsx"], cwd=forms, env=_env())
    assert done.returncode == 1, done.stderr
    said = done.stdout.splitlines()
    assert [line for line in said if not line.startswith("  ")] == [
        "fb.xlsx: đã ghi 1 mục vào ./progress/phuong-bac-son.yaml",
        "fn.xlsx: không ghi được 1 mục vào ./progress/phuong-nam-son.yaml (xem lỗi), tệp đó giữ "
        "nguyên",
    ]
    assert done.stderr.splitlines() == [
        "fn.xlsx: không ghi được ./progress/phuong-nam-son.yaml: không có quyền truy cập; tệp vẫn "
        "giữ nguyên"
    ]
    bac_son = (forms / "progress" / "phuong-bac-son.yaml").read_text(encoding="utf-8")
    assert bac_son.count('"target": "II.8"') == 1
    assert (forms / "progress" / "phuong-nam-son.yaml").read_bytes() == nam_son


def test_in_english_the_file_after_the_refused_one_is_imported(forms: Path) -> None:
    """B first, then A: B's failure does not stop A (each file on its own)."""
    done = run_cds(
        ["progress", "import", "fn.xlsx", "fb.xlsx", "--lang", "en"], cwd=forms, env=_env()
    )
    assert done.returncode == 1, done.stderr
    assert [line for line in done.stdout.splitlines() if not line.startswith("  ")] == [
        "fn.xlsx: could not write 1 entry to ./progress/phuong-nam-son.yaml (see the error), "
        "that file unchanged",
        "fb.xlsx: wrote 1 entry to ./progress/phuong-bac-son.yaml",
    ]
    assert done.stderr.splitlines() == [
        "fn.xlsx: could not write ./progress/phuong-nam-son.yaml: Permission denied; the file is "
        "unchanged"
    ]
