"""Words of `validate`'s checks on what `import --revise` writes into a target (`added`), and on
the numbers a plan prints its targets under, as a person may retype them."""

from __future__ import annotations

CHECK_LABELS: dict[str, tuple[str, str]] = {
    "rule.added_carried": (
        "chỉ tiêu {id} chuyển từ {origin} (carried_from) không phải chỉ tiêu do bản điều chỉnh "
        "thêm: không ghi 'added'",
        "target {id}, carried from {origin} (carried_from), is not one a revision added: it has "
        "no 'added'",
    ),
    "rule.hint.added_carried": (
        "xóa dòng 'added:': chỉ tiêu chuyển sang được theo dõi từ ngày chuyển (carried_on của "
        "kế hoạch cũ)",
        "delete the 'added:' line: a carried target is followed from the day it was carried "
        "(carried_on in the plan it came from)",
    ),
    "rule.added_cancelled": (
        "chỉ tiêu {id} được thêm ngày {added}, không trước ngày bị bãi bỏ {cancelled}: chỉ tiêu "
        "chưa bao giờ có hiệu lực",
        "target {id} is added on {added}, not before it is annulled on {cancelled}: it would "
        "never be in force",
    ),
    "rule.hint.added_cancelled": (
        "ghi 'added' là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, trước {cancelled}; hoặc "
        "sửa 'cancelled' như văn bản bãi bỏ ghi",
        "write as 'added' the day the revision adding it took effect, before {cancelled}; or "
        "correct 'cancelled' as the annulling document says",
    ),
    "rule.added_year": (
        "chỉ tiêu {id} được thêm ngày {added}: bản điều chỉnh kế hoạch năm {year} có hiệu lực "
        "từ {first} đến {last}",
        "target {id} is added on {added}: a revision of the {year} plan takes effect from "
        "{first} to {last}",
    ),
    "rule.hint.added_year": (
        "ghi 'added' là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, như cds import … "
        "--revise --on ghi, ví dụ added: 20/03/2024",
        "write as 'added' the day the revision adding the target took effect, as cds import … "
        "--revise --on writes it, e.g. added: 20/03/2024",
    ),
    "progress.before_added": (
        "báo cáo ngày {day} cho chỉ tiêu {target}, mà bản điều chỉnh chỉ thêm chỉ tiêu này từ "
        "{added}",
        "entry dated {day} on target {target}, which a revision added only from {added}",
    ),
    "progress.hint.before_added": (
        "kiểm tra ngày báo cáo, hoặc 'added' của chỉ tiêu {target} trong sổ đăng ký (ngày bản "
        "điều chỉnh thêm nó có hiệu lực)",
        "check the entry's date, or the 'added' day of target {target} in the registry (the "
        "day the revision adding it took effect)",
    ),
    "entry.hint.before_added": (
        "chỉ tiêu có trong kế hoạch từ {added}: ghi ngày từ {added} trở đi (--date)",
        "the target is in the plan from {added}: date the report {added} or later (--date)",
    ),
    "model.not_printed": (
        "'{value}' không phải số thứ tự chỉ tiêu: số La Mã của nhóm, dấu chấm, số từ 1 đến 9999 "
        "không có số 0 ở đầu, ví dụ I.2",
        "'{value}' is not a target's number: the group's Roman numeral, a dot, a number from 1 "
        "to 9999 without leading zeros, e.g. I.2",
    ),
    "changes.hint.new_unit": (
        "phường, xã mới do sáp nhập: ghi vào tệp đơn vị thay đổi {file} (dưới 'units:', cho "
        "mọi kế hoạch), ví dụ '- id: {id}' rồi 'name: {name}', 'kind: ward', 'source: user', "
        "'valid_from: 01/07/2025'; và ở mỗi phường, xã cũ: '- id: …' rồi 'valid_to: "
        "30/06/2025', 'merged_into: {id}' (docs/huong-dan-su-dung.md, mục Đơn vị thay đổi)",
        "a ward or commune a merger made: record it in the unit changes file {file} (under "
        "'units:', for every plan), e.g. '- id: {id}' then 'name: {name}', 'kind: ward', "
        "'source: user', 'valid_from: 01/07/2025'; and at each ward or commune merged into it: "
        "'- id: …' then 'valid_to: 30/06/2025', 'merged_into: {id}' (docs/huong-dan-su-dung.md, "
        "section Đơn vị thay đổi)",
    ),
}
