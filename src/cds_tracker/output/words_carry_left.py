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
    # a carried target found finished by its carry day (app/carry_withdrawn.py, clerk20 F2)
    "carry_withdrawn_title": (
        "Đã hoàn thành ở kế hoạch {source} đến hết ngày chuyển, rút khỏi kế hoạch {to}:",
        "Finished in plan {source} by the day it was carried, taken out of plan {to}:",
    ),
    "carry_withdrawn_line": (
        "{id} ({source}): hoàn thành ngày {finished}, trước khi chuyển ({carried}): {new} của "
        "kế hoạch {to} ghi bãi bỏ từ ngày {since}, không tính vào chỉ tiêu của kế hoạch {to}",
        "{id} ({source}): finished on {finished}, before it was carried ({carried}): {new} of "
        "plan {to} is annulled from {since}, not counted among plan {to}'s targets",
    ),
    "carry_withdrawn_reason": (
        "đã hoàn thành ở kế hoạch {source} ({id}) ngày {finished}, trước ngày chuyển "
        "{carried}: không theo dõi ở kế hoạch này",
        "finished in plan {source} ({id}) on {finished}, before it was carried on {carried}: "
        "not followed in this plan",
    ),
    "carry_lifted_title": (
        "Không còn hoàn thành ở kế hoạch {source} đến hết ngày chuyển, theo dõi lại ở kế hoạch "
        "{to}:",
        "No longer finished in plan {source} by the day it was carried, followed again in plan "
        "{to}:",
    ),
    "carry_lifted_line": (
        "{id} ({source}): một báo cáo đính chính đã bỏ việc hoàn thành đến hết ngày {carried}: "
        "{new} của kế hoạch {to} bỏ ghi bãi bỏ, lại là chỉ tiêu của kế hoạch {to}",
        "{id} ({source}): a correction took back its finishing by {carried}: {new} of plan {to} "
        "is no longer annulled, a target of plan {to} again",
    ),
    "carry_lifted_written": (
        "Đã bỏ ghi bãi bỏ {count} chỉ tiêu, theo dõi lại trong {path}.",
        "Lifted the annulment of {count} {count:target|targets}, followed again in {path}.",
    ),
    "carry_withdrawn_written": (
        "Đã ghi bãi bỏ {count} chỉ tiêu đã hoàn thành ở kế hoạch {source} trong {path}.",
        "Annulled {count} {count:target|targets} finished in plan {source} in {path}.",
    ),
}
