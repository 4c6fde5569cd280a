"""Carry-over's words, as the new plan will have them (attack23).

a23-01: a part finished after the old plan's deadline was previewed "giữ là hoàn thành", and
the new plan then showed it "Hoàn thành trễ hạn so với kế hoạch 2024"; the preview (and the
"Còn phải ghi" of a second carry-over, and JSON) now say what the new plan will show.
a23-11: every unfinished target left by --skip ended in "không còn chỉ tiêu chưa hoàn thành nào
để chuyển"; now it says --skip left them (JSON status "all_skipped").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

THREE = _cell(
    "Phòng Y tế, Phòng Tư pháp, Phòng Nội vụ", "phong-y-te", "phong-tu-phap", "phong-noi-vu"
)
TWO = _cell("Phòng Y tế, Phòng Tư pháp", "phong-y-te", "phong-tu-phap")
NOI_VU = _cell("Phòng Nội vụ", "phong-noi-vu")
NEW_OWN = [_target(1, "Trợ lý ảo.", (EMPTY, NOI_VU, EMPTY), "6/2025")]
DAY_SAID = [
    "Tính đến 31/12/2024, ngày cuối năm của kế hoạch 2024: các chỉ tiêu còn ở kế hoạch đó hết "
    "ngày này,",
    "từ hôm sau ở kế hoạch mới (--as-of để chọn ngày khác).",
]
DAY_SAID_EN = [
    "As of 31/12/2024, the last day of plan 2024's year: the targets stay in that plan to the "
    "end of that",
    "day, in the new plan from the next (--as-of for another day).",
]


def _add(unit: str, day: str) -> None:
    result = cds(
        "--plan", "2024", "progress", "add", "I.1", "--unit", unit, "--status", "hoàn thành",
        "--date", day,
    )  # fmt: skip
    assert result.exit_code == 0, result.output


@pytest.fixture
def late_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2024's I.1 (due 6/2024) led by three units: Phòng Tư pháp finished on 15/05/2024 (on
    time), Phòng Y tế on 15/08/2024 (late by 2024's deadline), Phòng Nội vụ never reported."""
    monkeypatch.chdir(tmp_path)
    _plan(tmp_path, 2024, [_target(1, "Số hóa sổ hộ tịch.", (EMPTY, THREE, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, NEW_OWN)
    _add("phong-tu-phap", "15/05/2024")
    _add("phong-y-te", "15/08/2024")
    return tmp_path


def test_a_part_finished_late_is_previewed_as_the_new_plan_shows_it(late_part: Path) -> None:
    said = cds("carry-over", "--from", "2024", "--to", "2025", input="k\n")
    assert said.exit_code == 0, said.output
    assert said.output.splitlines()[2:] == [
        "1 chỉ tiêu chưa hoàn thành của kế hoạch 2024 sẽ chuyển vào plans/2025/phu_luc_01.yaml:",
        "+-------------+--------+------------+------------------------------+",
        "| Chỉ tiêu cũ | Mã mới | Tình trạng | Thời hạn                     |",
        "|-------------+--------+------------+------------------------------|",
        "| I.1 (2024)  | I.2    | Quá hạn    | Tháng 6/2024 → Tháng 12/2025 |",
        "| Số hóa sổ hộ tịch.                                               |",
        "| vào nhóm I. Dữ liệu số                                           |",
        "| đã hoàn thành phần của Phòng Tư pháp ngày 15/05/2024: giữ là     |",
        "| hoàn thành ở kế hoạch mới                                        |",
        "| đã hoàn thành phần của Phòng Y tế ngày 15/08/2024: ở kế hoạch    |",
        "| mới giữ là “Hoàn thành trễ hạn so với kế hoạch 2024”             |",
        "+-------------+--------+------------+------------------------------+",
        "Ghi các chỉ tiêu này? [c/K]: k",
        "Chưa ghi gì.",
    ]
    english = cds("--lang", "en", "carry-over", "--from", "2024", "--to", "2025", input="n\n")
    assert english.exit_code == 0, english.output
    assert english.output.splitlines()[9:13] == [
        "| Phòng Tư pháp finished its part on 15/05/2024: kept as done |",
        "| in the new plan                                             |",
        "| Phòng Y tế finished its part on 15/08/2024: kept in the new |",
        "| plan as “Done late against the 2024 plan”                   |",
    ]
    data = json.loads(ok("carry-over", "--from", "2024", "--to", "2025", "--format", "json"))
    assert data["targets"][0]["parts_done"] == [
        {"unit": "phong-tu-phap", "date": "2024-05-15", "late": False, "late_against": None},
        {"unit": "phong-y-te", "date": "2024-08-15", "late": True, "late_against": "2024"},
    ]
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    shown = ok("--plan", "2025", "show", "I.2", "--as-of", "10/01/2025")
    assert "Phòng Y tế: Hoàn thành trễ hạn so" in shown  # what the preview said it would be
    assert "Phòng Tư pháp: Hoàn thành" in shown


@pytest.fixture
def carried_then_late(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The same plans; I.1 carried with only Phòng Tư pháp's part finished, then Phòng Y tế's
    report of 15/08/2024 recorded in 2024 afterwards: the second carry-over has it to copy."""
    monkeypatch.chdir(tmp_path)
    _plan(tmp_path, 2024, [_target(1, "Số hóa sổ hộ tịch.", (EMPTY, THREE, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, NEW_OWN)
    _add("phong-tu-phap", "15/05/2024")
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    _add("phong-y-te", "15/08/2024")
    return tmp_path


def test_the_part_still_to_write_is_said_late_too(carried_then_late: Path) -> None:
    said = cds("carry-over", "--from", "2024", "--to", "2025", input="k\n")
    assert said.exit_code == 0, said.output
    assert said.output.splitlines() == [
        *DAY_SAID,
        "Kế hoạch 2024 không còn chỉ tiêu chưa hoàn thành nào mới để chuyển.",
        "Đã chuyển trước đây, còn thiếu dấu 'đã chuyển' hoặc báo cáo của phần việc:",
        "+-------------+--------+---------------------------------------------------------------------------+",
        "| Chỉ tiêu cũ | Mã mới | Còn phải ghi                                                              |",  # noqa: E501
        "|-------------+--------+---------------------------------------------------------------------------|",
        "| I.1 (2024)  | I.2    | đã hoàn thành phần của Phòng Y tế ngày 15/08/2024: ở kế hoạch mới giữ là  |",  # noqa: E501
        "|             |        | “Hoàn thành trễ hạn so với kế hoạch 2024”                                 |",  # noqa: E501
        "+-------------+--------+---------------------------------------------------------------------------+",
        "Ghi các chỉ tiêu này? [c/K]: k",
        "Chưa ghi gì.",
    ]  # fmt: skip
    english = cds("--lang", "en", "carry-over", "--from", "2024", "--to", "2025", input="n\n")
    assert english.output.splitlines()[3:9] == [
        "Carried before, still without their mark or their parts' reports:",
        "+------------+--------+----------------------------------------------------------------------------+",
        "| Was        | New id | Still to write                                                             |",  # noqa: E501
        "|------------+--------+----------------------------------------------------------------------------|",
        "| I.1 (2024) | I.2    | Phòng Y tế finished its part on 15/08/2024: kept in the new plan as “Done  |",  # noqa: E501
        "|            |        | late against the 2024 plan”                                                |",  # noqa: E501
    ]  # fmt: skip
    data = json.loads(ok("carry-over", "--from", "2024", "--to", "2025", "--format", "json"))
    assert data["repairs"][0]["parts"] == [
        {
            "unit": "phong-y-te",
            "date": "2024-08-15",
            "status": "done",
            "late": True,
            "late_against": "2024",
        }
    ]


@pytest.fixture
def two_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2024: I.1 and I.2, both unfinished (nobody reported); 2025: one target of its own."""
    monkeypatch.chdir(tmp_path)
    yt = _cell("Phòng Y tế", "phong-y-te")
    _plan(
        tmp_path,
        2024,
        [
            _target(1, "Số hóa sổ hộ tịch.", (EMPTY, yt, EMPTY), "6/2024"),
            _target(2, "Bản đồ số.", (EMPTY, yt, EMPTY), "10/2024"),
        ],
    )
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo.", (EMPTY, yt, EMPTY), "6/2025")])
    return tmp_path


def test_every_unfinished_target_skipped_is_said_left_by_skip(two_open: Path) -> None:
    before = Path("plans/2025/phu_luc_01.yaml").read_bytes()
    args = ("carry-over", "--from", "2024", "--to", "2025", "--skip", "I.1", "--skip", "I.2")
    assert ok(*args, "--yes").splitlines() == [
        "Không chuyển, để lại kế hoạch 2024:",
        "- I.1 (2024): để lại theo --skip I.1",
        "- I.2 (2024): để lại theo --skip I.2",
        "Không chuyển chỉ tiêu nào vào plans/2025/phu_luc_01.yaml: 2 chỉ tiêu chưa hoàn thành của "
        "kế hoạch 2024 để lại theo --skip; chưa ghi gì.",
    ]
    assert ok("--lang", "en", *args).splitlines()[-1] == (
        "Nothing carried into plans/2025/phu_luc_01.yaml: 2 unfinished targets of plan 2024 "
        "left behind by --skip; nothing was written."
    )
    one = ok("--lang", "en", *args[:-2], "--skip", "I.2", "--skip", "I.1", "--skip", "I.1")
    assert "left behind by --skip" in one.splitlines()[-1]
    data = json.loads(ok(*args, "--yes", "--format", "json"))
    assert data["status"] == "all_skipped"
    assert [item["skipped"] for item in data["left"]] == [True, True]
    assert Path("plans/2025/phu_luc_01.yaml").read_bytes() == before
    # nothing left at all is still "nothing"
    assert json.loads(ok(*args[:5], "--format", "json"))["status"] == "proposed"


def test_one_target_skipped_of_one_is_said_in_the_singular(two_open: Path) -> None:
    ok("carry-over", "--from", "2024", "--to", "2025", "--skip", "I.2", "--yes")
    args = ("carry-over", "--from", "2024", "--to", "2025", "--skip", "I.2")
    assert ok(*args).splitlines()[-1] == (
        "Không chuyển chỉ tiêu nào vào plans/2025/phu_luc_01.yaml: 1 chỉ tiêu chưa hoàn thành "
        "của kế hoạch 2024 để lại theo --skip; chưa ghi gì."
    )
    assert ok("--lang", "en", *args).splitlines()[-1] == (
        "Nothing carried into plans/2025/phu_luc_01.yaml: 1 unfinished target of plan 2024 "
        "left behind by --skip; nothing was written."
    )
    assert json.loads(ok(*args, "--format", "json"))["status"] == "all_skipped"
