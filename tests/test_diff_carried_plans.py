"""`cds diff 2023 2024` of a plan and the plan it was carried into (issue 16, a clerk's read).

2023's I.2 was finished, so carry-over left it behind: not "removed" by the 2024 plan. And the
2024 plan titles its group "CHỈ TIÊU VỀ DỮ LIỆU SỐ" where 2023 wrote "Dữ liệu số": one group by
carry-over's rule (registry/group_names.py), its name only written otherwise, not a change."""

from __future__ import annotations

import json
from typing import Any

from cds_tracker.output.diff_json import diff_json
from cds_tracker.output.diff_text import diff_text
from cds_tracker.registry.diff import compare

I1 = "Cung cấp dữ liệu mở."
I2 = "100% cơ sở y tế thanh toán không dùng tiền mặt."
OWN = "Số hóa hồ sơ lưu trữ."


def _target(target_id: str, content: str, **more: str) -> dict[str, Any]:
    return {"id": target_id, "content": content, **more}


def plans() -> tuple[dict[str, Any], dict[str, Any]]:
    old = {
        "document": {"year": 2023},
        "groups": [
            {
                "id": "I",
                "title": "Dữ liệu số",
                "targets": [
                    _target("I.1", I1, carried_to="2024/I.2", carried_on="31/12/2023"),
                    _target("I.2", I2),  # finished in 2023: not carried
                ],
            }
        ],
    }
    new = {
        "document": {"year": 2024},
        "groups": [
            {
                "id": "I",
                "title": "CHỈ TIÊU VỀ DỮ LIỆU SỐ",
                "targets": [_target("I.1", OWN), _target("I.2", I1, carried_from="2023/I.1")],
            }
        ],
    }
    return old, new


def test_a_target_left_behind_by_the_carry_over_is_finished_not_removed() -> None:
    old, new = plans()
    diff = compare(old, new)
    assert diff.removed == []
    assert diff.finished == [("I.2", I2)]
    assert diff.groups == []
    assert diff_text(diff, "2023", "2024", "vi").splitlines() == [
        "2023 → 2024: thêm 1, bỏ 0, sửa 0 chỉ tiêu.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2023-]{+2024+}",
        f"+ I.1  {OWN}",
        f"= I.2  hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ): {I2}",
        "= Nhóm I: 'Dữ liệu số' và 'CHỈ TIÊU VỀ DỮ LIỆU SỐ' là cùng một nhóm, tên chỉ viết khác "
        "(như cds carry-over xếp nhóm)",
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: 1",
        "  I.2 ← 2023/I.1",
    ]
    assert diff_text(diff, "2023", "2024", "en").splitlines()[4:6] == [
        f"= I.2  finished in the old plan, so not carried over (not removed): {I2}",
        "= Group I: 'Dữ liệu số' and 'CHỈ TIÊU VỀ DỮ LIỆU SỐ' are the same group, its name only "
        "written differently (as cds carry-over pairs groups)",
    ]
    data = json.loads(diff_json(diff, "2023", "2024"))
    assert data["finished"] == [{"id": "I.2", "content": I2}]
    assert data["removed"] == []
    assert data["groups"] == {}
    assert data["groups_respelled"] == {"I": {"old": "Dữ liệu số", "new": "CHỈ TIÊU VỀ DỮ LIỆU SỐ"}}


def test_without_the_carry_over_between_them_a_missing_target_is_removed() -> None:
    """The same plans, 2023's I.1 not marked as carried to 2024: nothing ties the two, so I.2
    missing from 2024 is removed; a title that names another group is still a change."""
    old, new = plans()
    del old["groups"][0]["targets"][0]["carried_to"]
    new["groups"][0]["title"] = "Chính quyền số"
    diff = compare(old, new)
    assert diff.finished == []
    assert diff.removed == [("I.2", I2)]
    lines = diff_text(diff, "2023", "2024", "vi").splitlines()
    assert f"- I.2  {I2}" in lines
    assert "~ Nhóm I: [-Dữ liệu-]{+Chính quyền+} số" in lines
