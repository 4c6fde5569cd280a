"""A refused carry-over names each target it refused, by the old plan's id and its new one, once,
the roles of one gone unit joined, and a hint carry-over can act on (a successor in the changes
file); written, the work then passes to that successor. Workspace of test_plans.py; Phòng Y tế
ends on 31/12/2023 with no successor: it directs and leads III.4, IV.7 and IV.8 of 2023, none
finished, so the 2024 plan would name a unit that no longer exists in its year."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_tracker.registry.yamlio import parse
from test_plans import cds, ok, workspace  # noqa: F401  (the fixture)

GONE = "units:\n  - id: phong-y-te\n    valid_to: 31/12/2023\n"
CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
VI = (
    "cds: lỗi: chuyển các chỉ tiêu sẽ làm plans/2024/phu_luc_01.yaml không hợp lệ; chưa ghi gì",
    "plans/2024/phu_luc_01.yaml: 2023/{old} (mã mới {new}): đơn vị trực tiếp chỉ đạo, chủ trì "
    "'Phòng Y tế' không còn tồn tại trong năm 2024 của kế hoạch (chỉ đến 31/12/2023)",
    "  gợi ý: nếu đơn vị khác đã nhận công việc của 'phong-y-te', ghi vào "
    "plans/don_vi_thay_doi.yaml (`- id: phong-y-te`, `merged_into: <id đơn vị đó>`) rồi chạy lại "
    "cds carry-over: công việc chuyển sang đơn vị đó; nếu 'phong-y-te' vẫn còn, sửa ngày cuối "
    "cùng (`valid_to`) của nó",
)
EN = (
    "cds: error: carrying over would make plans/2024/phu_luc_01.yaml invalid; nothing was written",
    "plans/2024/phu_luc_01.yaml: 2023/{old} (new id {new}): directing, lead unit 'Phòng Y tế' "
    "no longer existed in the plan's year 2024 (only until 31/12/2023)",
    "  hint: if another unit took over the work of 'phong-y-te', write it in "
    "plans/don_vi_thay_doi.yaml (- id: phong-y-te, merged_into: <that unit's id>) and run cds "
    "carry-over again: the work passes to that unit; if 'phong-y-te' still exists, correct its "
    "valid_to",
)


@pytest.mark.parametrize(("lang", "words"), [("vi", VI), ("en", EN)])
def test_each_refused_target_once_with_a_hint_carry_over_can_act_on(
    workspace: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    words: tuple[str, str, str],
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # each problem on one line
    (workspace / "plans" / "don_vi_thay_doi.yaml").write_text(GONE, encoding="utf-8")
    ok("validate")  # Phòng Y tế exists throughout 2023
    result = cds("--lang", lang, *CARRY)
    assert result.exit_code == 1
    first, line, hint = words
    assert result.stderr.splitlines() == [
        first,
        line.format(old="III.4", new="III.4"),
        hint,  # said once, at the first target it concerns
        line.format(old="IV.7", new="IV.7"),
        line.format(old="IV.8", new="IV.8"),
    ]
    assert "carried_from" not in (workspace / "plans/2024/phu_luc_01.yaml").read_text("utf-8")


def test_the_hint_carries_the_work_to_the_successor(workspace: Path) -> None:  # noqa: F811
    merged = GONE + "    merged_into: phong-van-hoa-thong-tin\n"
    (workspace / "plans" / "don_vi_thay_doi.yaml").write_text(merged, encoding="utf-8")
    ok(*CARRY)
    written = parse((workspace / "plans/2024/phu_luc_01.yaml").read_text("utf-8"))
    carried = {
        t["carried_from"]: t for g in written["groups"] for t in g["targets"] if "carried_from" in t
    }
    for origin in ("2023/III.4", "2023/IV.7", "2023/IV.8"):  # Phòng Y tế's work, now its heir's
        assert carried[origin]["lead"] == {
            "text": "Phòng Văn hóa và Thông tin",
            "units": ["phong-van-hoa-thong-tin"],
        }
    ok("validate")
