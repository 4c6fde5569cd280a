"""Words of units that change: the workspace's unit changes file, mergers and renames."""

from __future__ import annotations

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "changes.not_units": (
        "tệp thay đổi đơn vị phải có một danh sách 'units:'",
        "the unit changes file must hold a 'units:' list",
    ),
    "changes.entry_without_id": (
        "mục này không có 'id' của đơn vị",
        "this entry has no unit 'id'",
    ),
    "changes.hint.shape": (
        "mỗi mục như trong danh mục: '- id: phuong-bac-son' rồi các trường thay đổi "
        "(valid_to, successor …); xem hướng dẫn, mục 'Đơn vị thay đổi'",
        "each entry as in the catalog: '- id: phuong-bac-son' then the fields that change "
        "(valid_to, successor …); see the guide, 'Đơn vị thay đổi'",
    ),
    "changes.plan_disagrees": (
        "{key} của đơn vị '{unit}' ({value}) ghi trong danh mục của kế hoạch này nhưng {file} "
        "không ghi như vậy: thay đổi đơn vị áp dụng cho mọi kế hoạch",
        "{key} of unit '{unit}' ({value}) is written in this plan's catalog but {file} does not "
        "say so: unit changes hold for every plan",
    ),
    "changes.hint.record_once": (
        "ghi thay đổi một lần trong {file} (áp dụng cho mọi kế hoạch) và xóa dòng này",
        "record the change once in {file} (it holds for every plan) and delete this line",
    ),
    "unit.merged": (
        "{unit} không còn tồn tại ngày {day}: đã sáp nhập vào {heir} từ {since}",
        "{unit} did not exist on {day}: merged into {heir} from {since}",
    ),
    "unit.renamed": (
        "{unit} không còn tồn tại ngày {day}: đã đổi tên thành {heir} từ {since}",
        "{unit} did not exist on {day}: renamed {heir} from {since}",
    ),
    "unit.not_yet": (
        "{unit} chưa tồn tại ngày {day} (có từ {since})",
        "{unit} did not exist yet on {day} (it exists from {since})",
    ),
    "unit.gone": (
        "{unit} không còn tồn tại ngày {day} (đến {until}; xem valid_to trong danh mục)",
        "{unit} did not exist on {day} (until {until}; see valid_to in the catalog)",
    ),
    "unit.hint.report_as": ('báo cáo với --unit "{heir}"', 'report as --unit "{heir}"'),
    "unit.hint.ask_heir": (
        'dùng --unit "{heir}", hoặc --as-of sớm hơn',
        'use --unit "{heir}", or an earlier --as-of',
    ),
    "unit.hint.other_day": ("dùng --as-of khác", "use another --as-of"),
    "unit.hint.check_date": (
        "kiểm tra ngày, hoặc valid_from, valid_to của đơn vị trong danh mục",
        "check the date, or the unit's valid_from, valid_to in the catalog",
    ),
    "unit.hint.report_as_id": ("ghi báo cáo cho '{heir}'", "report as '{heir}'"),
    "fi_hint_heir": (
        'ngày này ghi vào phiếu của {heir} (cds form --unit "{heir}"); không nhập tệp này',
        'report this day on the form of {heir} (cds form --unit "{heir}"); the file is not '
        "imported",
    ),
    "fi_hint_date": (
        "sửa ngày cho đúng; không nhập tệp này",
        "correct the date; the file is not imported",
    ),
    "unit_renamed_to": ("rồi đổi tên thành {unit}", "then renamed {unit}"),
    "unit_renamed": ("đã đổi tên thành {unit} ({span})", "renamed {unit} ({span})"),
    "note_reported_by": (
        "{date}, do {by} báo cáo trước khi sáp nhập",
        "{date}, by {by} before the merger",
    ),
    "note_reported_as": ("{date}, với tên cũ {by}", "{date}, under its former name {by}"),
    # cds import of a file it cannot read (registry/importing/cells.py)
    "import.wrong_kind": (
        "không nhập được '{file}': chỉ đọc tệp .docx (Word) và .xlsx (Excel)",
        "cannot import '{file}': only .docx (Word) and .xlsx (Excel) files are read",
    ),
    "import.hint.kind": (
        "lưu phụ lục từ Word thành .docx, hoặc từ Excel thành .xlsx",
        "save the appendix from Word as .docx, or from Excel as .xlsx",
    ),
    "import.hint.doc": (
        "tệp Word 97-2003 (.doc): mở bằng Word, chọn Lưu thành (Save As) kiểu .docx; hoặc "
        "chạy: soffice --headless --convert-to docx '{file}'",
        "a Word 97-2003 file (.doc): open it in Word and Save As .docx; or run: "
        "soffice --headless --convert-to docx '{file}'",
    ),
    "import.hint.xls": (
        "tệp Excel 97-2003 (.xls): mở bằng Excel, chọn Lưu thành (Save As) kiểu .xlsx; hoặc "
        "chạy: soffice --headless --convert-to xlsx '{file}'",
        "an Excel 97-2003 file (.xls): open it in Excel and Save As .xlsx; or run: "
        "soffice --headless --convert-to xlsx '{file}'",
    ),
    "import.unreadable": ("không đọc được '{file}'", "cannot read '{file}'"),
    "import.damaged": (
        "tệp hỏng hoặc không phải tệp Word/Excel ({reason})",
        "the file is damaged or not a Word/Excel file ({reason})",
    ),
    "import.hint.damaged": (
        "mở tệp bằng Word hoặc Excel rồi lưu lại (.docx, .xlsx)",
        "open it in Word or Excel and save it again (.docx, .xlsx)",
    ),
    # a yes/no question (cds carry-over): Vietnamese c/k, English y/n, both always understood
    "confirm_choices": ("[c/K]", "[y/N]"),
    "confirm_again": ("Trả lời c (có) hoặc k (không).", "Answer y (yes) or n (no)."),
}
