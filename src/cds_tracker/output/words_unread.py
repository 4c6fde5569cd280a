"""Words of a revision read with care (issue 16, review 9): a row whose number could not be
read (registry/unread_rows.py), a revised table whose problems would need review (refused,
attack 11), a cell a person fixed that the revision repeats unchanged, a deadline the importer
could not read, and the carried part's rows whose origin is wrong."""

from __future__ import annotations

UNREAD_LABELS: dict[str, tuple[str, str]] = {
    "unread_kept": (
        "{id} không bãi bỏ: dòng {place} (số thứ tự '{number}' không đọc được) có cùng nội "
        "dung, ghép theo nội dung; các ô của dòng đó không được đọc, hãy so với {id} bằng mắt",
        "{id} not annulled: the row at {place} (its number '{number}' cannot be read) has the "
        "same text and is paired by it; that row's cells were not read, compare them with {id} "
        "by eye",
    ),
    "unread_undecided": (
        "{id} chưa quyết định (không bãi bỏ): bảng mới có dòng không đọc được số thứ tự, dòng "
        "đó có thể là chỉ tiêu này",
        "{id} undecided (not annulled): the new table has a row whose number cannot be read, "
        "which may be this target",
    ),
    "unread_row": (
        "không đọc được số thứ tự '{number}', nội dung không trùng đúng một chỉ tiêu: {cells}",
        "the number '{number}' cannot be read and the text is not that of exactly one target: "
        "{cells}",
    ),
    "revise.unread_refused": (
        "không ghi bản điều chỉnh: {count} dòng của {file} không đọc được số thứ tự và không "
        "ghép được chắc chắn với chỉ tiêu nào; ghi bây giờ sẽ bãi bỏ {ids} chỉ vì số thứ tự "
        "viết sai:\n{rows}",
        "the revision is not written: {count} {count:row|rows} of {file} {count:has|have} a number "
        "that cannot be read and pair surely with no target; writing now would annul {ids} only "
        "because a number is mistyped:\n"
        "{rows}",
    ),
    "revise.hint.unread_refused": (
        "sửa số thứ tự của dòng đó trong tệp (ví dụ '1.' hoặc '2.', không có ký tự ẩn) rồi "
        "chạy lại; cds diff cho xem trước",
        "correct that row's number in the file (e.g. '1.' or '2.', no invisible character) "
        "and run again; cds diff shows the result first",
    ),
    "revise.marks_refused": (
        "không ghi bản điều chỉnh vào {path}: bảng {file} có {count} chỗ cần quyết định (các "
        "dòng trên); ghi vào, các dòng `needs_review` đó sẽ làm mọi lệnh trên kế hoạch đang "
        "theo dõi dừng lại cho đến khi sửa xong",
        "the revision is not written to {path}: the table {file} has {count} {count:place|places} "
        "that {count:needs|need} a decision (above); written as `needs_review` lines, they would "
        "stop every command on the plan in use until fixed",
    ),
    "revise.hint.marks_refused": (
        "sửa các chỗ đó trong bảng (đơn vị lạ: thêm vào danh mục) rồi chạy lại; cds diff cho "
        "xem trước",
        "fix them in the table (an unknown unit: add it to the catalog) and run again; cds diff "
        "shows the result first",
    ),
    "diff_deadline_unread": (
        "không đọc được hạn '{text}' (cần người quyết định), không phải đổi hạn",
        "the deadline '{text}' cannot be read (left for a person to decide), not a change",
    ),
    "diff_annulled_kept": (
        "đã bãi bỏ từ {date}, bảng điều chỉnh không ghi: giữ nguyên, không đổi",
        "annulled since {date}, not listed by the revised table: left as it is, no change",
    ),
    "diff_due_unread": ("(không đọc được)", "(unreadable)"),
    "revise_fix_kept": (
        "{place}: giữ ô '{column}' của {id} như trong sổ đăng ký ('{kept}'): bản điều chỉnh "
        "ghi '{text}', không đọc được (có thể là lỗi của bản gốc đã sửa trong sổ); nếu bản điều "
        "chỉnh thực sự đổi ô này, sửa tay",
        "{place}: kept {id}'s '{column}' cell as the registry has it ('{kept}'): the revision "
        "writes '{text}', which cannot be read (perhaps the original's error, fixed in the "
        "registry); if the revision really changes it, edit it by hand",
    ),
    "import_carried_origin_twice": (
        "phần chuyển tiếp ghi hai lần chỉ tiêu gốc {origin} (dòng đầu ở {first}) với nội dung "
        "khác nhau",
        "the carried part names the origin {origin} twice (its first row at {first}) with "
        "different texts",
    ),
    "import_carried_origin_twice_hint": (
        "mỗi chỉ tiêu chuyển tiếp ghi đúng số thứ tự của nó trong kế hoạch gốc; sửa số của "
        "một trong hai dòng",
        "each carried target is numbered as in its origin plan; correct one of the two numbers",
    ),
    "import_carried_origin_unknown": (
        "chỉ tiêu chuyển tiếp {origin}: kế hoạch {year} không có chỉ tiêu {id}",
        "carried target {origin}: the {year} plan has no target {id}",
    ),
    "import_carried_origin_unknown_hint": (
        "ghi số thứ tự của chỉ tiêu trong kế hoạch gốc (cds {option} list)",
        "write the target's number in its origin plan (cds {option} list)",
    ),
    "import_carried_origin_future": (
        "chỉ tiêu chuyển tiếp {origin}: năm {year} không trước năm kế hoạch {plan_year}",
        "carried target {origin}: {year} is not before the plan's year {plan_year}",
    ),
    "import_carried_origin_future_hint": (
        "chỉ tiêu chuyển tiếp đến từ kế hoạch năm trước; sửa năm trong ngoặc của số thứ tự",
        "a carried target comes from an earlier year's plan; correct the year in brackets",
    ),
}
