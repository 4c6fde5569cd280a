"""The words of what `cds import` refuses in a file's make-up rather than in a cell's text: a
merged cell whose text the reader would repeat where it is a guess (registry/importing/
merge_checks.py), a file in the Office 97-2003 container under a .docx/.xlsx name."""

from __future__ import annotations

IMPORT_CELL_LABELS: dict[str, tuple[str, str]] = {
    "import_merged_down": (
        "ô này nằm trong một ô gộp từ dòng {first} đến dòng {last}: Word và Excel chỉ giữ chữ"
        " của ô đầu, nên không biết chữ riêng của dòng này (chữ đã đọc là của ô đầu)",
        "this cell is part of a cell merged from row {first} to row {last}: Word and Excel keep"
        " only the first cell's text, so this row's own text is not known (the text read is"
        " the first cell's)",
    ),
    "import_merged_down_hint": (
        "bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells), ghi lại"
        " chữ của từng dòng theo văn bản kế hoạch, rồi nhập lại",
        "unmerge the cells (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells),"
        " write each row's own text as the plan states it, and import again",
    ),
    "import_merged_across": (
        "một ô gộp qua các cột {fields} ghi '{text}': không biết phần nào thuộc cột nào, nên"
        " chưa ghi gì vào các cột đó",
        "one cell merged across the columns {fields} reads '{text}': which part belongs to"
        " which column cannot be told, so nothing is written into those columns",
    ),
    "import_merged_across_empty": (
        "một ô gộp qua các cột {fields} để trống: không biết cột nào trống, cột nào mất chữ"
        " khi gộp, nên chưa ghi gì vào các cột đó",
        "one cell merged across the columns {fields} is empty: which column is empty and which"
        " lost its text in the merge cannot be told, so nothing is written into those columns",
    ),
    "import_merged_across_row": (
        "một ô gộp qua các cột {fields} ghi '{text}': không tách được số thứ tự khỏi phần còn"
        " lại, nên dòng này chưa thành chỉ tiêu",
        "one cell merged across the columns {fields} reads '{text}': its number cannot be told"
        " apart from the rest, so this row is no target yet",
    ),
    "import_merged_across_row_hint": (
        "bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells), ghi số"
        " thứ tự vào cột Stt và từng phần còn lại vào cột của nó như văn bản kế hoạch, rồi nhập"
        " lại",
        "unmerge the cell (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells),"
        " write the number into the Stt column and each other part into its own column as the"
        " plan states it, and import again",
    ),
    "import_merged_across_hint": (
        "bỏ gộp ô (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells), ghi"
        " riêng từng cột như văn bản kế hoạch rồi nhập lại; hoặc ghi từng phần vào trường của"
        " nó (lead, cooperating…) của chỉ tiêu trong tệp đã nhập rồi xóa dòng `needs_review`",
        "unmerge the cell (Excel: Merge & Center → Unmerge Cells; Word: Layout → Split Cells),"
        " write each column apart as the plan states it, and import again; or write each part"
        " into its field (lead, cooperating…) of the target in the imported file, then delete"
        " its `needs_review` line",
    ),
    # an Office 97-2003 container named .docx/.xlsx (registry/importing/cells.py OLE_MAGIC)
    "import.old_container": (
        "tệp có đuôi {suffix} nhưng là kiểu tệp Office 97-2003: một tệp {old} cũ đổi tên, hoặc"
        " một tệp có đặt mật khẩu (Office lưu tệp có mật khẩu bằng cùng kiểu tệp đó); không đọc"
        " được",
        "the file is named {suffix} but is in the Office 97-2003 format: an old {old} file"
        " renamed, or a password-protected file (Office saves a file with a password in that same"
        " format); it cannot be read",
    ),
    "import.hint.old_container": (
        "mở bằng Word hoặc Excel (nhập mật khẩu nếu được hỏi), chọn Lưu thành (Save As) kiểu"
        " .{kind} không đặt mật khẩu; hoặc, với tệp cũ không mật khẩu: đổi tên thành '{renamed}'"
        " rồi chạy: soffice --headless --convert-to {kind} '{renamed}'",
        "open it in Word or Excel (give the password if asked) and Save As .{kind} without a"
        " password; or, for an old file without one: rename it '{renamed}' and run: soffice"
        " --headless --convert-to {kind} '{renamed}'",
    ),
    # a plan's date that is no day (registry/rules_revised.py plan_date_flaw)
    "rule.plan_date": (
        "ngày của kế hoạch '{date}' không phải ngày có thật: {why}",
        "the plan's date '{date}' is no real day: {why}",
    ),
    "rule.hint.plan_date": (
        "ghi ngày như in trên văn bản kế hoạch, ví dụ 10/01/2024",
        "write the date as the plan prints it, e.g. 10/01/2024",
    ),
    "rule.plan_date_none": ("không có ngày đó", "there is no such day"),
    "rule.plan_date_year": (
        "năm {year} nằm ngoài các năm {first}–{last}",
        "the year {year} is outside the years {first}–{last}",
    ),
    "import_heading_date": (
        "phần đầu của tệp ghi ngày kế hoạch '{date}', không phải ngày có thật",
        "the file's heading gives the plan's date as '{date}', which is no real day",
    ),
    "import_heading_date_hint": (
        "sửa ngày trong phần đầu của tệp như in trên văn bản kế hoạch rồi nhập lại, hoặc sửa"
        " plan: date: trong tệp đã nhập",
        "correct the date in the file's heading as the plan prints it and import again, or"
        " correct plan: date: in the imported file",
    ),
    "revise.bad_day_refused": (
        "không ghi bản điều chỉnh: ngày trong phần đầu của {file} không phải ngày có thật",
        "the revision is not written: the date in the heading of {file} is no real day",
    ),
    "revise.bad_day": (
        "phần đầu của tệp ghi ngày của văn bản điều chỉnh '{date}', không phải ngày có thật: {why}",
        "the file's heading gives the revising document's date as '{date}', which is no"
        " real day: {why}",
    ),
    "revise.hint.bad_day": (
        "sửa ngày trong phần đầu của tệp như in trên văn bản điều chỉnh (ví dụ 10/06/2024) rồi"
        " nhập lại: ngày đó được ghi vào sổ đăng ký và in trên mọi văn bản",
        "correct the date in the file's heading as the revising document prints it (e.g."
        " 10/06/2024) and import again: that date is recorded and cited on every document",
    ),
    # app/importing.py _usable_base: the plan in use does not load, another plan's catalog serves
    "import.base_passed_over": (
        "{broken} chưa hợp lệ (cds validate chỉ từng lỗi) nên không dùng làm danh mục đơn vị;"
        " dùng danh mục của {base}",
        "{broken} is not valid (cds validate lists why), so its unit catalog is not used; the"
        " catalog of {base} is",
    ),
}
