"""Hints for a return form's problems said without one of their own (merged by `words.catalogue`).

Every problem of an imported form is said with a hint on a line of its own (the guide promises
it, clerk13 F1): `progress/form_cells.Complaints.add` picks one of these by the problem's key
(`DEFAULT_HINTS` there) when the caller names none. `{cell}` is the cell the problem is said
at (G8…), or the file's name.
`fi_cannot_open` alone has none: its message is its hint ("kiểm tra tệp còn đó…").
"""

from __future__ import annotations

_DATE = (
    "sửa ô {cell} thành một ngày dd/mm/yyyy, ví dụ 28/05/2024 (hoặc định dạng ô là Ngày), rồi "
    "nhập lại",
    "change cell {cell} to a date dd/mm/yyyy, e.g. 28/05/2024 (or format the cell as a Date), "
    "then import again",
)
_ASK_AGAIN = (
    "phiếu đã bị sửa ngoài các ô màu vàng: xin đơn vị điền lại vào phiếu mới do cds lập, rồi "
    "nhập phiếu đó",
    "the form was edited outside its yellow cells: ask the unit to fill in a new form made by "
    "cds, then import that one",
)

FORM_HINT_LABELS: dict[str, tuple[str, str]] = {
    "fi_hint_no_status": (
        "chọn Trạng thái ở ô {cell} trong danh sách, hoặc xoá các ô đã điền của dòng nếu chưa "
        "báo cáo, rồi nhập lại",
        "pick a status in cell {cell} from the list, or clear the row's filled cells if there is "
        "nothing to report, then import again",
    ),
    "fi_hint_bad_status": (
        "chọn lại Trạng thái ở ô {cell} trong danh sách, rồi nhập lại",
        "pick the status in cell {cell} again from the list, then import again",
    ),
    "fi_hint_bad_date": _DATE,
    "fi_hint_stray_cell": (
        "chuyển nội dung ô {cell} vào ô màu vàng của dòng đó (số liệu vào ô Giá trị, lời vào ô "
        "Ghi chú), hoặc ghi bằng cds progress add; rồi xoá ô {cell} và nhập lại",
        "move what cell {cell} holds into the row's yellow cells (a figure into Value, words "
        "into Note), or record it with cds progress add; then clear cell {cell} and import again",
    ),
    "fi_hint_number": (
        "sửa ô {cell} thành một số, ví dụ 81,5 (hoặc xoá ô), rồi nhập lại",
        "change cell {cell} to a number, e.g. 81,5 (or clear it), then import again",
    ),
    "fi_hint_whole_counts": (
        "sửa ô {cell} thành số nguyên, ví dụ 70, rồi nhập lại",
        "change cell {cell} to a whole number, e.g. 70, then import again",
    ),
    "fi_hint_half_count": (
        "điền ô {cell}, hoặc xoá cả Số đạt và Tổng số, rồi nhập lại",
        "fill cell {cell}, or clear both the count met and the total, then import again",
    ),
    "fi_hint_bad_count": (
        "sửa Số đạt (ô {cell}) và Tổng số cho đúng, rồi nhập lại",
        "correct the count met (cell {cell}) and the total, then import again",
    ),
    "fi_hint_mismatch": (
        "sửa ô {cell} thành {share} hoặc xoá ô đó (tỷ lệ tính từ Số đạt/Tổng số), rồi nhập lại",
        "change cell {cell} to {share} or clear it (the share follows from the counts), then "
        "import again",
    ),
    "fi_hint_percent": (
        "sửa ô {cell} thành tỷ lệ từ 0 đến 100, rồi nhập lại",
        "change cell {cell} to a percentage from 0 to 100, then import again",
    ),
    "fi_hint_formula": (
        "gõ giá trị vào ô {cell} thay cho công thức (hoặc mở tệp bằng Excel và lưu lại), rồi "
        "nhập lại",
        "type the value into cell {cell} instead of the formula (or open the file in Excel and "
        "save it), then import again",
    ),
    "fi_hint_code_changed": (
        "trả ô {cell} về {target}, rồi nhập lại",
        "change cell {cell} back to {target}, then import again",
    ),
    "fi_hint_ask_again": _ASK_AGAIN,
    "fi_hint_other_unit": (
        "nhập phiếu này không kèm --unit, hoặc với --unit của đơn vị đã lập phiếu",
        "import this form without --unit, or with the --unit of the unit it was made for",
    ),
    "fi_hint_other_plan": (
        "nhập phiếu vào sổ đăng ký của kế hoạch đã lập phiếu (--registry hoặc --plan)",
        "import the form into the registry of the plan it was made for (--registry or --plan)",
    ),
    "fi_hint_too_big": (
        "phiếu do cds lập chỉ vài chục KB: xin đơn vị gửi lại đúng tệp phiếu đã điền",
        "a form made by cds is a few tens of KB: ask the unit to send the filled form again",
    ),
}
