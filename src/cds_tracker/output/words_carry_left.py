"""Words of the targets carry-over leaves in the old plan (questions/carry_left.py), of one it
carries that the new plan may already restate (`carry_retold`), and of an
heir's part carried half done (app/carry_marks.py), merged by `words.catalogue`."""

from __future__ import annotations

CARRY_LEFT_LABELS: dict[str, tuple[str, str]] = {
    "carry_left_title": (
        "Không chuyển, để lại kế hoạch {source}:",
        "Not carried, left in plan {source}:",
    ),
    "carry_left_same": (
        "{origin}: kế hoạch {to} đã có chỉ tiêu {ids} cùng nội dung, cùng đơn vị chủ trì; theo "
        "dõi ở đó, không thêm chỉ tiêu thứ hai (thêm thì đơn vị bị đôn đốc hai lần một việc)",
        "{origin}: plan {to} already lists it as target {ids}, with the same content and lead; "
        "followed there, no second target added (its units would be urged twice)",
    ),
    "carry_left_skip": (
        "{origin}: để lại theo --skip {id}",
        "{origin}: left out by --skip {id}",
    ),
    "carry_retold_title": (
        "Cần xem lại trước khi ghi:",
        "To check before writing:",
    ),
    "carry_retold": (
        "{origin}: kế hoạch {to} đã có chỉ tiêu cùng nội dung, cùng đơn vị chủ trì: {ids}; nếu là "
        "một việc, bỏ qua bằng {command}",
        "{origin}: plan {to} already has a target of the same content and lead: {ids}; if they "
        "are one work, leave it out with {command}",
    ),
    "carry.skip_unknown": (
        "--skip {id}: kế hoạch {source} không có chỉ tiêu {id}",
        "--skip {id}: plan {source} has no target {id}",
    ),
    "carry.hint.skip": (
        "--skip nhận mã chỉ tiêu ở kế hoạch cũ, ví dụ --skip I.2 (xem: cds {option} list)",
        "--skip takes a target's id in the old plan, e.g. --skip I.2 (see: cds {option} list)",
    ),
    "carry_part_heir": (
        "{unit} nhận các phần việc khi sáp nhập ({parts}): giữ là '{status}' ở kế hoạch mới, "
        "báo cáo ngày {date}",
        "{unit} took over parts in a merger ({parts}): kept as '{status}' in the new plan, a "
        "report dated {date}",
    ),
    "carry_heir_note": (
        "Phần việc nhận khi sáp nhập, chuyển theo chỉ tiêu ({origin}): {parts}",
        "Parts taken over in a merger, carried with the target ({origin}): {parts}",
    ),
    "carry_heir_part": ("{unit}: {status} ngày {date}", "{unit}: {status} on {date}"),
    "carry_heir_none": ("{unit}: chưa báo cáo", "{unit}: not reported"),
}
