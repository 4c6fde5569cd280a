"""The city People's Committee in the shipped catalogue: a 2024 plan typed in Word names its
Chủ tịch or Phó Chủ tịch in the directing column ("Đ/c Chủ tịch UBND thành phố", "Phó Chủ tịch
UBND TP", "chủ tịch ubnd tp"), and `cds import` resolves each with data/phu_luc_01.yaml as it
ships: the unit is UBND thành phố, the official's title kept for display."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
HEADING = HEADING_2024
ROWS: list[tuple[str, ...]] = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1.", "Số hóa hồ sơ.", "Đ/c Chủ tịch UBND thành phố", "Phòng Nội vụ", "", "Tháng 3/2024", ""),
    ("2.", "Cấp chữ ký số.", "Phó Chủ tịch UBND TP", "UBND P. Bắc Sơn", "", "Thường xuyên", ""),
    (
        "3.",
        "Lưu trữ số.",
        "chủ tịch ubnd tp",
        "Văn phòng HĐND và UBND thành phố",
        "UBND thành phố",
        "Tháng 6/2024",
        "",
    ),
]


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def imported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "ke-hoach-2024.docx", ROWS, HEADING)
    result = cds(
        "import", "ke-hoach-2024.docx", "--out", "so/phu_luc_01.yaml", "--registry", str(REGISTRY)
    )
    assert result.exit_code == 0, result.output
    assert "không có đơn vị" not in result.output  # every name resolved, none left to decide
    return tmp_path / "so"


def test_the_directing_officials_resolve_to_the_city_committee(imported: Path) -> None:
    data: Any = parse((imported / "phu_luc_01.yaml").read_text(encoding="utf-8"))
    targets = data["groups"][0]["targets"]
    assert [t["directing"] for t in targets] == [
        {"text": "Đ/c Chủ tịch UBND thành phố", "units": ["ubnd-thanh-pho"]},
        {"text": "Phó Chủ tịch UBND TP", "units": ["ubnd-thanh-pho"]},
        {"text": "chủ tịch ubnd tp", "units": ["ubnd-thanh-pho"]},
    ]
    assert targets[2]["lead"] == {
        "text": "Văn phòng HĐND và UBND thành phố",  # the longer name, not the committee
        "units": ["van-phong"],
    }
    assert targets[2]["cooperating"] == {"text": "UBND thành phố", "units": ["ubnd-thanh-pho"]}
    assert cds("validate", str(imported)).output.splitlines()[-1] == "Hợp lệ: 1 tệp."


def test_the_city_committee_answers_for_its_targets(imported: Path) -> None:
    """On 01/07/2024: I.1 (due 3/2024) and I.3 (due 6/2024) late, nothing reported; I.2
    ongoing, monthly: its period 15/06–14/07/2024 not yet reported."""
    rows = json.loads(
        cds(
            "report", "--unit", "UBND tp", "--as-of", "01/07/2024", "--format", "json",
            "--registry", str(imported),
        ).output
    )  # fmt: skip
    assert [(r["id"], r["status"], r["roles"]) for r in rows] == [
        ("I.1", "late", ["directing"]),
        ("I.2", "unreported", ["directing"]),
        ("I.3", "late", ["directing", "cooperating"]),
    ]
    assert rows[0]["directing_units"] == ["UBND thành phố"]
    shown = cds("show", "I.2", "--registry", str(imported), "--lang", "en").output.splitlines()
    assert shown[3:5] == [
        "Directing                    Phó Chủ tịch UBND TP",
        "                             → UBND thành phố (Phó Chủ tịch)",
    ]
