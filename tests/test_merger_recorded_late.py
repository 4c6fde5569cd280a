"""A ward reports, then the office records (late, as mergers usually are) that the ward had
merged before the report's day (review 15, a15_09). `progress add` now refuses the ward's
report for such a day (hint: report as the heir), so the one in its file was written before
the merger was recorded: `validate` accepts it (progress files are never edited), and it
counts as the heir's own report after the merger — the ward's staff who wrote it are the
heir's — in every command, and the heir may correct it (`--corrects`).

The plan: I.1 led by "UBND các phường, xã" (nine wards and communes), Tháng 12/2024. UBND
phường Tân Bình reports it done on 10/07/2024; then `plans/don_vi_thay_doi.yaml` says Tân
Bình ended on 30/06/2024, merged into UBND phường Yên Bình (a member itself). On 15/08/2024
Yên Bình answers for two parts (its own and Tân Bình's): the report of 10/07, made after the
merger, speaks for both, as Yên Bình's own would — 2 of the 9 parts done, the other seven not
reported, so the target is in progress. Yên Bình correcting it to "in progress" on 12/07
leaves 0 of 9 done."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app

runner = CliRunner()

MERGED = """units:
  - id: phuong-tan-binh
    valid_to: 30/06/2024
    merged_into: phuong-yen-binh
"""


def _cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "250")
    plan = [("header",), ("group", "I. Kinh tế số"),
            ("1.", "Triển khai ví điện tử tại chợ.", "", "UBND các phường, xã", "",
             "Tháng 12/2024", "")]  # fmt: skip
    write_docx(tmp_path / "kh2024.docx", plan, HEADING_2024)
    assert _cds("init", "plans/2023").exit_code == 0
    out = "plans/2024/phu_luc_01.yaml"
    assert _cds("import", "kh2024.docx", "--out", out).exit_code == 0
    added = _cds("--plan", "2024", "progress", "add", "I.1", "--unit", "phuong-tan-binh",
                 "--status", "done", "--date", "10/07/2024")  # fmt: skip
    assert added.exit_code == 0, added.output
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGED, encoding="utf-8")
    return tmp_path


def _parts(lang: str = "vi") -> tuple[str, list[tuple[str, str, str | None, list[str]]]]:
    shown = _cds("--plan", "2024", "show", "I.1", "--as-of", "15/08/2024", "--format", "json",
                 "--lang", lang)  # fmt: skip
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    parts = [(p["unit"], p["status"], p["reported"], p["in_place_of"]) for p in data["parts"]]
    return f"{data['status']} {data['units_done']}/{data['units_required']}", parts


WAITING = ("not_started", None, [])
EXPECTED = [
    ("phuong-bac-son", *WAITING),
    ("phuong-nam-son", *WAITING),
    ("phuong-trung-son", *WAITING),
    ("phuong-tay-son", *WAITING),
    ("phuong-yen-binh", "done", "2024-07-10", []),
    ("phuong-yen-binh", "done", "2024-07-10", ["UBND phường Tân Bình"]),
    ("xa-dong-son", *WAITING),
    ("xa-quang-son", *WAITING),
    ("xa-yen-son", *WAITING),
]


@pytest.mark.parametrize(("lang", "valid"), [("vi", "Hợp lệ: 4 tệp."), ("en", "Valid: 4 files.")])
def test_a_report_written_before_the_merger_was_recorded_is_the_heirs(
    workspace: Path, lang: str, valid: str
) -> None:
    checked = _cds("validate", "--lang", lang)
    assert (checked.exit_code, checked.output.splitlines()) == (0, [valid])
    status, parts = _parts(lang)
    assert status == "in_progress 2/9"
    assert sorted(parts) == sorted(EXPECTED)
    late = _cds("--plan", "2024", "late", "--as-of", "15/01/2025", "--format", "json")
    assert late.exit_code == 0, late.output  # every command answers on the plan again
    # a new report of the ward for a day after the merger is still refused, the hint naming
    # the heir, whose report validates
    again = _cds("--plan", "2024", "progress", "add", "I.1", "--unit", "phuong-tan-binh",
                 "--status", "done", "--date", "11/07/2024", "--lang", lang)  # fmt: skip
    assert again.exit_code == 2
    words = {
        "vi": [
            "cds: lỗi: UBND phường Tân Bình không còn tồn tại ngày 11/07/2024: đã sáp nhập vào"
            " UBND phường Yên Bình từ 01/07/2024",
            '  gợi ý: báo cáo với --unit "UBND phường Yên Bình"',
        ],
        "en": [
            "cds: error: UBND phường Tân Bình did not exist on 11/07/2024: merged into UBND"
            " phường Yên Bình from 01/07/2024",
            '  hint: report as --unit "UBND phường Yên Bình"',
        ],
    }[lang]
    assert again.stderr.splitlines() == words
    heir = _cds("--plan", "2024", "progress", "add", "I.1", "--unit", "UBND phường Yên Bình",
                "--status", "done", "--date", "11/07/2024")  # fmt: skip
    assert heir.exit_code == 0, heir.output
    assert _cds("validate").exit_code == 0
    assert _parts()[0] == "in_progress 2/9"


def test_the_heir_corrects_the_wards_late_recorded_report(workspace: Path) -> None:
    ward = (workspace / "plans/2024/progress/phuong-tan-binh.yaml").read_text(encoding="utf-8")
    entry_id = json.loads(ward.splitlines()[-1].removeprefix("- "))["id"]
    heir = ("--unit", "UBND phường Yên Bình", "--status", "in_progress", "--date", "12/07/2024")
    fixed = _cds("--plan", "2024", "progress", "add", "I.1", *heir, "--corrects", entry_id)
    assert fixed.exit_code == 0, fixed.output
    checked = _cds("validate")
    assert (checked.exit_code, checked.output.splitlines()) == (0, ["Hợp lệ: 5 tệp."])
    status, parts = _parts()
    assert status == "in_progress 0/9"
    mine = [p for p in parts if p[0] == "phuong-yen-binh"]
    assert mine == [
        ("phuong-yen-binh", "in_progress", "2024-07-12", []),
        ("phuong-yen-binh", "in_progress", "2024-07-12", ["UBND phường Tân Bình"]),
    ]


def test_a_cached_answer_counts_it_the_same(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CDS_NO_CACHE")
    monkeypatch.setenv("CDS_CACHE_DIR", str(workspace / "cache"))
    cold, warm = _parts(), _parts()  # the cache written, then read
    assert cold == warm
    assert cold[0] == "in_progress 2/9"
