"""A lead unit that does not exist for the whole time its target asks (from 01/01 of the plan's
year to the deadline) is refused at the unit's place in the target's lead cell
(registry/rules_plans.py `_outside_span`): gone before with no successor, or begun after with
no predecessor, or after the deadline. Phòng Y tế leads III.4 (Tháng 10/2023, its lead unit at
line 909 of data/phu_luc_01.yaml), IV.7 (10/2023, line 1155) and IV.8 (11/2023, line 1183); one
line written into its catalog entry (line 129) moves those to 910, 1156 and 1184."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "phu_luc_01.yaml"
runner = CliRunner()
NAME = "      name: Phòng Y tế\n"
GONE = (
    "{path}:{line}:15: đơn vị chủ trì 'Phòng Y tế' chỉ tồn tại đến 30/06/2023 và không có đơn vị "
    "kế thừa, nhưng chỉ tiêu cần đơn vị chủ trì đến {last}"
)
GONE_HINT = (
    "  gợi ý: ghi đơn vị nhận lại công việc của 'phong-y-te' (đơn vị kế thừa, `merged_into`) "
    "trong danh mục hay plans/don_vi_thay_doi.yaml, hoặc giao chỉ tiêu cho đơn vị khác"
)


def _registry(tmp_path: Path, *lines: str) -> Path:
    text = REGISTRY.read_text(encoding="utf-8")
    assert text.splitlines()[908] == "            - phong-y-te"  # III.4's lead, line 909
    path = tmp_path / "r.yaml"
    path.write_text(text.replace(NAME, NAME + "".join(lines), 1), encoding="utf-8")
    return path


def _problems(path: Path, lang: str = "vi") -> tuple[int, list[str]]:
    result = runner.invoke(app, ["--lang", lang, "validate", str(path)])
    excerpt = re.compile(r"^ +[0-9]* \|")  # the source line and its caret, under each place
    return result.exit_code, [
        line for line in result.stdout.splitlines() if not excerpt.match(line)
    ]


def test_a_lead_gone_before_the_deadline_with_no_successor(tmp_path: Path) -> None:
    path = _registry(tmp_path, "      valid_to: 30/06/2023\n")
    code, lines = _problems(path)
    assert code == 1
    assert lines == [
        GONE.format(path=path, line=910, last="31/10/2023"),
        GONE_HINT,
        GONE.format(path=path, line=1156, last="31/10/2023"),
        GONE.format(path=path, line=1184, last="30/11/2023"),
        "3 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    code, lines = _problems(path, "en")
    assert lines[0] == (
        f"{path}:910:15: lead unit 'Phòng Y tế' exists only until 30/06/2023, with no successor, "
        "but the target needs its lead until 31/10/2023"
    )


def test_a_successor_or_an_end_after_the_deadline_is_fine(tmp_path: Path) -> None:
    merged = _registry(
        tmp_path, "      valid_to: 30/06/2023\n      successor: phong-van-hoa-thong-tin\n"
    )
    assert _problems(merged)[0] == 0
    # ends 31/10/2023: III.4 and IV.7 are due then; only IV.8 (30/11/2023) outlives it
    path = _registry(tmp_path, "      valid_to: 31/10/2023\n")
    code, lines = _problems(path)
    assert code == 1
    assert lines[0] == (
        f"{path}:1184:15: đơn vị chủ trì 'Phòng Y tế' chỉ tồn tại đến 31/10/2023 và không có "
        "đơn vị kế thừa, nhưng chỉ tiêu cần đơn vị chủ trì đến 30/11/2023"
    )
    assert lines[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)."


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_lead_that_begins_after_its_target_starts(tmp_path: Path, lang: str) -> None:
    path = _registry(tmp_path, "      valid_from: 01/11/2023\n")
    code, lines = _problems(path, lang)
    assert code == 1
    if lang == "en":
        assert lines[:2] == [
            f"{path}:910:15: lead unit 'Phòng Y tế' exists only from 01/11/2023, but the target "
            "needs its lead from 01/01/2023 to 31/10/2023",
            "  hint: assign the target to a unit that exists from 01/01/2023 to 31/10/2023, or "
            "correct valid_from of 'phong-y-te'",
        ]
        return
    # III.4 and IV.7 are due before it begins; IV.8 (30/11/2023) from before it: no predecessor
    assert lines == [
        f"{path}:910:15: đơn vị chủ trì 'Phòng Y tế' chỉ có từ 01/11/2023, nhưng chỉ tiêu cần "
        "đơn vị chủ trì từ 01/01/2023 đến 31/10/2023",
        "  gợi ý: giao chỉ tiêu cho đơn vị có từ 01/01/2023 đến 31/10/2023, hoặc sửa ngày đầu "
        "tiên (`valid_from`) của 'phong-y-te'",
        f"{path}:1156:15: đơn vị chủ trì 'Phòng Y tế' chỉ có từ 01/11/2023, nhưng chỉ tiêu cần "
        "đơn vị chủ trì từ 01/01/2023 đến 31/10/2023",
        f"{path}:1184:15: đơn vị chủ trì 'Phòng Y tế' chỉ có từ 01/11/2023, nhưng chỉ tiêu cần "
        "đơn vị chủ trì từ 01/01/2023 đến 30/11/2023",
        "  gợi ý: giao chỉ tiêu cho đơn vị có từ 01/01/2023, ghi 'phong-y-te' là đơn vị kế thừa "
        "(`merged_into`) của đơn vị làm việc này trước 01/11/2023, hoặc sửa ngày đầu tiên "
        "(`valid_from`) của 'phong-y-te'",
        "3 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
