"""`cds show` of a target a revision cancelled (issue 16, review 8): each part says the day the
target was cancelled, then the unit's own latest report (not the report's day as if it were the
cancellation's); the status says "tính đến ngày" (not "đến ngày", read as the end of the
cancellation); an assignment cell left empty shows "—" like any empty field, not a lone "→"."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, ok


@pytest.fixture
def cancelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    target = _target(1, "Xây dựng cơ sở dữ liệu về đối ngoại.", (EMPTY, _cell(
        "Phòng Nội vụ", "phong-noi-vu"), EMPTY), "12/2024")  # fmt: skip
    target.update(cancelled="15/06/2024", cancelled_reason="Kế hoạch số 130/KH-BCĐ")
    _plan(tmp_path, 2024, [target])
    ok("--plan", "2024", "progress", "add", "I.1", "--unit", "Phòng Nội vụ", "--status",
       "đang thực hiện", "--date", "10/04/2024")  # fmt: skip
    return tmp_path


def _lines(*args: str) -> list[str]:
    """The grid's lines, its two columns joined back where a value wraps."""
    return [" ".join(line.split()) for line in ok(*args).splitlines()]


def test_a_cancelled_targets_part_shows_the_cancellation_day_then_its_report(
    cancelled: Path,
) -> None:
    text = " ".join(_lines("--plan", "2024", "show", "I.1", "--as-of", "01/07/2024"))
    assert "Trực tiếp chỉ đạo — Chủ trì Phòng Nội vụ → Phòng Nội vụ Phối hợp —" in text
    assert "Trạng thái Bãi bỏ từ 15/06/2024 (tính đến ngày 01/07/2024)" in text
    assert (
        "Phần việc của từng đơn vị (0/1 hoàn thành) Phòng Nội vụ: Bãi bỏ (15/06/2024; báo cáo "
        "gần nhất: Đang thực hiện, 10/04/2024)"
    ) in text
    english = " ".join(
        _lines("--lang", "en", "--plan", "2024", "show", "I.1", "--as-of", "01/07/2024")
    )
    assert "Status Annulled from 15/06/2024 (as of 01/07/2024)" in english
    assert "Phòng Nội vụ: Annulled (15/06/2024; latest report: In progress, 10/04/2024)" in (
        english
    )


def test_before_the_cancellation_the_part_shows_its_report(cancelled: Path) -> None:
    text = " ".join(_lines("--plan", "2024", "show", "I.1", "--as-of", "01/05/2024"))
    assert "Trạng thái Đang thực hiện (tính đến ngày 01/05/2024)" in text
    assert "Phòng Nội vụ: Đang thực hiện (10/04/2024)" in text
