"""A target one revision cancels and a later one lists again: `cds diff PLAN NEXT.docx` and the
`import NEXT.docx --revise` preview describe it by one change (attack 11, a11-13), the days it
was cancelled kept as `cancelled_before` (registry/revision.py `as_filed`, `_lifted`).

Plan 5/KH-BCĐ of 10/01/2024: I.1, I.2 (Quý II/2024). Revision 40 of 20/03/2024 leaves I.2 out
(cancelled from 20/03/2024); revision 60 of 20/05/2024 lists it again due Quý III/2024. By hand:
I.2's deadline Quý II → III (due 06 → 09/2024), its annulment lifted (from 20/03/2024, with its
reason) and kept as window 1: since 20/03/2024, in force again from 20/05/2024, the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
TITLE = ["Phụ lục 01", "Phân công phụ trách các chỉ tiêu năm 2024"]


def _line(number: int, day: str) -> str:
    return (
        f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số thành phố)"
    )


ONE = (
    "1.",
    "100% các phòng, đơn vị sử dụng chữ ký số.",
    "",
    "Phòng Nội vụ",
    "",
    "Tháng 9/2024",
    "",
)
TWO = ("2.", "50% thanh toán trực tuyến.", "", "Phòng Y tế", "", "Quý II/2024", "")
LATER = ("2.", "50% thanh toán trực tuyến.", "", "Phòng Y tế", "", "Quý III/2024", "")
GROUP = ("group", "I. Chính quyền số")
REASON = "Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 40/KH-BCĐ ngày 20/03/2024"
VI = [
    "~ I.2",
    "Thời gian hoàn thành: Quý [-II-]{+III+}/2024",
    "Hạn (ngày/tháng): [-06-]{+09+}/2024",
    "Bãi bỏ từ ngày: [-20/03/2024-]",
    f"Lý do bãi bỏ: [-{REASON}-]",
    "Đã bãi bỏ (lần 1), từ ngày: {+20/03/2024+}",
    "Đã bãi bỏ (lần 1), áp dụng lại từ ngày: {+20/05/2024+}",
    f"Đã bãi bỏ (lần 1), lý do: {{+{REASON}+}}",
]
EN = [
    "~ I.2",
    "Deadline: Quý [-II-]{+III+}/2024",
    "Due (day/month): [-06-]{+09+}/2024",
    "Annulled on: [-20/03/2024-]",
    f"Reason annulled: [-{REASON}-]",
    "Annulled before (1), from: {+20/03/2024+}",
    "Annulled before (1), in force again from: {+20/05/2024+}",
    f"Annulled before (1), why: {{+{REASON}+}}",
]


@pytest.fixture
def cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(
        tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], [*TITLE, _line(5, "10/01/2024")]
    )
    write_docx(tmp_path / "dc1.docx", [("header",), GROUP, ONE], [*TITLE, _line(40, "20/03/2024")])
    write_docx(
        tmp_path / "dc2.docx", [("header",), GROUP, ONE, LATER], [*TITLE, _line(60, "20/05/2024")]
    )
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    first = runner.invoke(app, ["--registry", REGISTRY, "import", "dc1.docx", "--revise", "--yes"])
    assert first.exit_code == 0, first.output
    return tmp_path


def _target(output: str, target: str) -> list[str]:
    """The lines of one target's change, from its '~ I.2' line to the next unindented one."""
    lines = output.splitlines()
    start = lines.index(f"~ {target}")
    found = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.startswith("    "):
            break
        found.append(line.strip())
    return found


@pytest.mark.parametrize(("lang", "expected"), [("vi", VI), ("en", EN)])
def test_diff_and_the_revise_preview_say_one_change(
    cancelled: Path, lang: str, expected: list[str]
) -> None:
    diff = runner.invoke(app, ["diff", REGISTRY, "dc2.docx", "--lang", lang])
    assert diff.exit_code == 0, diff.output
    args = ["--registry", REGISTRY, "import", "dc2.docx", "--revise", "--lang", lang]
    preview = runner.invoke(app, args, input="n\n")
    assert preview.exit_code == 0, preview.output
    assert _target(diff.output, "I.2") == expected
    assert _target(preview.output, "I.2") == expected


def test_diff_json_gives_the_kept_window(cancelled: Path) -> None:
    data = json.loads(runner.invoke(app, ["diff", REGISTRY, "dc2.docx", "--format", "json"]).output)
    changed = {c["id"]: c for c in data["changed"]}["I.2"]
    fields = {name: (f["old"], f["new"]) for name, f in changed["fields"].items()}
    assert {k: v for k, v in fields.items() if k.startswith("cancelled_before")} == {
        "cancelled_before.1.since": ("", "20/03/2024"),
        "cancelled_before.1.until": ("", "20/05/2024"),
        "cancelled_before.1.reason": ("", REASON),
    }
