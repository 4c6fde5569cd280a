"""`cds diff 2023 2024` of two plans pairs targets by carry-over only (final review 11, J).

2023's I.2 (finished, so not carried) read like 2024's own new I.1, and `registry/matching.py`
paired them by likeness: "~ I.1 (trước là I.2)", "? chưa chắc", the header counting it as
renumbered. Two plans' targets are the same target only when the new plan says so
(`carried_from: 2023/I.1`). And the 2024 plan's own revision (its I.2 annulled, its I.3 printed
as "2.") is that plan's: said once, apart, not "+ I.2 (bãi bỏ …)" and "x I.2" both. Two
versions of one plan (the same year) still pair by number and text (test_diff_names_as_revise,
test_revise_same_text)."""

from __future__ import annotations

import json
from typing import Any

from cds_tracker.output.diff_json import diff_json
from cds_tracker.output.diff_text import diff_text
from cds_tracker.registry.diff import compare

A = "Cung cấp dữ liệu mở ngành y tế theo danh mục của tỉnh."
SCHOOLS = "100% cơ sở giáo dục trên địa bàn thành phố triển khai thanh toán không dùng tiền mặt."
MARKETS = "100% chợ trên địa bàn thành phố triển khai thanh toán không dùng tiền mặt."
OLDER = "Số hóa hồ sơ lưu trữ của UBND các phường, xã."
TRAINED = "100% cán bộ, công chức, viên chức được tập huấn kỹ năng số cơ bản."
ROOMS = "100% phòng họp trực tuyến của UBND các phường, xã được kết nối với thành phố."
REVISION = "Kế hoạch số 80/KH-BCĐ ngày 15/06/2024"
LEAD = {"text": "Phòng Kinh tế", "units": []}


def _target(target_id: str, content: str, **more: Any) -> dict[str, Any]:
    return {"id": target_id, "content": content, "lead": LEAD, **more}


def plans(old_year: int = 2023) -> tuple[dict[str, Any], dict[str, Any]]:
    old = {
        "document": {"year": old_year},
        "groups": [
            {
                "id": "I",
                "title": "Dữ liệu số",
                "targets": [
                    _target("I.1", A, carried_to="2024/I.4", carried_on="31/12/2023"),
                    _target("I.2", SCHOOLS),  # finished in 2023: not carried
                    _target("I.3", OLDER, carried_from="2022/II.1"),  # finished too
                ],
            }
        ],
    }
    new = {
        "document": {"year": 2024},
        "groups": [
            {
                "id": "I",
                "title": "Dữ liệu số",
                "targets": [
                    _target("I.1", MARKETS),  # the 2024 plan's own: new
                    _target(
                        "I.2",
                        TRAINED,
                        cancelled="15/06/2024",
                        cancelled_reason=f"Bãi bỏ theo văn bản điều chỉnh: {REVISION}",
                    ),
                    _target("I.3", ROOMS, printed="I.2"),  # the revised table prints it "2."
                    _target("I.4", A, carried_from="2023/I.1"),
                ],
            }
        ],
    }
    return old, new


def test_two_plans_pair_only_what_carry_over_recorded() -> None:
    diff = compare(*plans())
    assert diff.plans
    assert (diff.changed, diff.uncertain, diff.removed) == ([], [], [])
    assert diff.added == [("I.1", MARKETS), ("I.3", ROOMS)]
    assert diff.finished == [("I.2", SCHOOLS), ("I.3", OLDER)]
    assert diff.carried_in == [("I.4", "2023/I.1")]
    assert diff_text(diff, "2023", "2024", "vi").splitlines() == [
        "2023 → 2024: thêm 2, bỏ 0, sửa 0 chỉ tiêu; bãi bỏ 1.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2023-]{+2024+}",
        f"+ I.1  {MARKETS}",
        f"+ I.3  {ROOMS}",
        f"= I.2  hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ): {SCHOOLS}",
        f"= I.3  hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ): {OLDER}",
        "Điều chỉnh của chính kế hoạch mới (không phải khác biệt với kế hoạch cũ):",
        f"x I.2  bãi bỏ từ 15/06/2024 theo văn bản điều chỉnh {REVISION}",
        f"    Nội dung chỉ tiêu: {TRAINED}",
        "= I.3  bảng điều chỉnh in là I.2",
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: 1",
        "  I.4 ← 2023/I.1",
    ]
    assert diff_text(diff, "2023", "2024", "en").splitlines() == [
        "2023 → 2024: 2 added, 0 removed, 0 changed targets; 1 annulled.",
        "~ Heading",
        "    Plan year: [-2023-]{+2024+}",
        f"+ I.1  {MARKETS}",
        f"+ I.3  {ROOMS}",
        f"= I.2  finished in the old plan, so not carried over (not removed): {SCHOOLS}",
        f"= I.3  finished in the old plan, so not carried over (not removed): {OLDER}",
        "The new plan's own revision (not a difference with the old plan):",
        f"x I.2  annulled from 15/06/2024 by the revision {REVISION}",
        f"    Content: {TRAINED}",
        "= I.3  the revised table prints I.2",
        "Targets carried from an earlier plan, on the new side only: 1",
        "  I.4 ← 2023/I.1",
    ]


def test_two_plans_as_json() -> None:
    data = json.loads(diff_json(compare(*plans()), "2023", "2024"))
    assert data["plans"] is True
    assert data["added"] == [
        {"id": "I.1", "content": MARKETS},
        {"id": "I.3", "printed": "I.2", "content": ROOMS},
    ]
    assert data["cancelled"] == [
        {
            "id": "I.2",
            "date": "15/06/2024",
            "reason": f"Bãi bỏ theo văn bản điều chỉnh: {REVISION}",
            "already": False,
            "content": TRAINED,
        }
    ]
    assert (data["changed"], data["uncertain"], data["removed"]) == ([], [], [])
    assert data["finished"] == [{"id": "I.2", "content": SCHOOLS}, {"id": "I.3", "content": OLDER}]
    assert data["carried_in"] == [{"id": "I.4", "carried_from": "2023/I.1"}]
    assert data["carried_kept"] == []


def test_pair_chosen_still_pairs_two_plans() -> None:
    """`--pair I.2=I.1`: the user's word ties two plans' targets, as it does two versions."""
    diff = compare(*plans(), {"I.2": "I.1"})
    assert [(c.id, c.was) for c in diff.changed] == [("I.1", "I.2")]
    assert diff.uncertain == []
    assert diff.finished == [("I.3", OLDER)]


def test_two_versions_of_one_plan_still_pair_by_text() -> None:
    """The same two sides, both of 2024: one plan's versions, so I.2 reworded is paired with I.1
    by likeness (sure: the same lead), as before; I.2 annulled is added and annulled; I.3 is
    printed under the number the table gives it."""
    diff = compare(*plans(old_year=2024))
    assert not diff.plans
    assert [(c.id, c.was) for c in diff.changed] == [("I.1", "I.2")]
    lines = diff_text(diff, "2024a", "2024b", "vi").splitlines()
    assert lines[0] == "2024a → 2024b: thêm 2, bỏ 0, sửa 1 chỉ tiêu; bãi bỏ 1; đánh số lại 1."
    assert "~ I.1 (trước là I.2)" in lines
    assert f"+ I.2 (bãi bỏ từ 15/06/2024)  {TRAINED}" in lines
    assert f"+ I.3 (bảng in là I.2)  {ROOMS}" in lines
    assert "Điều chỉnh của chính kế hoạch mới (không phải khác biệt với kế hoạch cũ):" not in lines
