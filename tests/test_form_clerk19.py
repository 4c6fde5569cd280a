"""Returned forms as clerk review 19 met them: a row added under the table for a target the
form's unit is not assigned (clerk19 F2).

Phòng Y tế's form for 11/2023 (tests/test_forms.py `make`) lists 13 targets on rows 8–20; III.5
is Phòng Kinh tế's to lead, Phòng Y tế neither directs, leads nor cooperates on it.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from typer.testing import CliRunner

from cds_tracker.cli import app
from test_forms import SHEET, cds, entries, fill, make

ADDED = {"A21": 14, "B21": "III.5", "F21": "Đang thực hiện", "G21": "25/11/2023"}


def test_a_row_added_for_a_target_the_unit_is_not_assigned_says_so(
    own_registry: Path, tmp_path: Path
) -> None:
    """The import says III.5 is not Phòng Y tế's, offers no new form (none of the unit lists
    it) and gives `progress add … --force`, which, typed as printed, records the report."""
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    fill(path, {**ADDED, "L21": "đã triển khai"})
    command = (
        f'cds {R}progress add III.5 --unit "Phòng Y tế" --status "đang thực hiện" '
        '--date 25/11/2023 --force --note "đã triển khai"'
    )
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stdout) == (1, f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n")
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!A21: dòng 21 không phải dòng của phiếu (thêm dưới bảng), cho chỉ tiêu "
        "III.5 không giao cho Phòng Y tế (không chỉ đạo, chủ trì hay phối hợp): cds không đọc "
        "dòng này; không nhập tệp này",
        "  gợi ý: không phiếu nào của Phòng Y tế có chỉ tiêu III.5 "
        f"(cds {R}show III.5 cho biết đơn vị được giao); nếu đúng là việc của đơn vị, ghi báo "
        f"cáo ở dòng 21 bằng lệnh {command} (đánh dấu là ghi ép); rồi xoá dòng 21 khỏi phiếu "
        "và nhập lại",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    in_english = command.replace('"đang thực hiện"', "in_progress")
    assert (code, stderr.splitlines()) == (
        1,
        [
            f"{path}:{SHEET}!A21: row 21 is not a row of the form (added under the table), for "
            "target III.5, which is not Phòng Y tế's (neither directing, lead nor cooperating): "
            "cds does not read it; the file is not imported",
            "  hint: no form of Phòng Y tế lists target III.5 "
            f"(cds {R}show III.5 says which units it is given to); if the work is the unit's, "
            f"record the report of row 21 with {in_english} (marked as forced); then clear row "
            "21 of the form and import again",
        ],
    )
    assert entries(own_registry) == []
    shown = CliRunner().invoke(app, shlex.split(f"cds {R}show III.5")[1:])
    assert (shown.exit_code, "Phòng Kinh tế" in shown.stdout) == (0, True)
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0
    (found,) = entries(own_registry)
    assert (found.target, found.date, found.status, found.note) == (
        "III.5",
        "2023-11-25",
        "in_progress",
        "đã triển khai",
    )


def test_a_row_added_for_an_assigned_target_keeps_its_hint(
    own_registry: Path, tmp_path: Path
) -> None:
    """I.2, which Phòng Y tế cooperates on but its form does not list: no --force."""
    path = make(own_registry, tmp_path)
    fill(path, {**ADDED, "B21": "I.2"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert code == 1
    assert stderr.splitlines()[0].endswith(
        "!A21: row 21 is not a row of the form (added under the table): cds does not read it; "
        "the file is not imported"
    )
    assert "--force" not in stderr
