"""Words shown to users, Vietnamese by default and English on request (--lang en, CDS_LANG=en)."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["vi", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    # statuses
    "done": ("Hoàn thành", "Done"),
    "done_late": ("Hoàn thành trễ hạn", "Done late"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "not_started": ("Chưa thực hiện", "Not started"),
    "late": ("Quá hạn", "Late"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    # roles
    "directing": ("Trực tiếp chỉ đạo", "Directing"),
    "lead": ("Chủ trì", "Lead"),
    "cooperating": ("Phối hợp", "Cooperating"),
    # validate
    "valid": ("Hợp lệ", "Valid"),
    "targets": ("chỉ tiêu", "targets"),
    "units": ("đơn vị", "units"),
    "problems_in": ("lỗi trong", "problems in"),
    "problem_in": ("lỗi trong", "problem in"),
    "files": ("tệp", "files"),
    "file": ("tệp", "file"),
    "hint": ("gợi ý", "hint"),
    # unit kinds
    "city-office": ("Văn phòng", "City office"),
    "department": ("Phòng, đơn vị", "Department"),
    "section": ("Bộ phận", "Section"),
    "police": ("Công an", "Police"),
    "ward": ("Phường", "Ward"),
    "commune": ("Xã", "Commune"),
    "provincial": ("Cơ quan cấp tỉnh", "Provincial body"),
    "agency": ("Cơ quan trung ương", "Central agency"),
    "enterprise": ("Doanh nghiệp", "Enterprise"),
    "collective": ("Tập thể", "Collective"),
    # titles and messages ({…} filled in by the command)
    "due_title": (
        "Chỉ tiêu đến hạn tháng {month} (tình trạng đến ngày {as_of})",
        "Targets due in {month} (status as of {as_of})",
    ),
    "due_within_title": (
        "Chỉ tiêu đến hạn từ {start} đến {end}",
        "Targets due from {start} to {end}",
    ),
    "due_empty": (
        "Không có chỉ tiêu nào đến hạn trong thời gian này.",
        "No targets are due in this period.",
    ),
    "ongoing_title": (
        "Chỉ tiêu thực hiện thường xuyên (không có hạn cụ thể):",
        "Ongoing targets (no end date):",
    ),
    "late_title": (
        "Chỉ tiêu quá hạn chưa hoàn thành, đến ngày {as_of}",
        "Late targets not done, as of {as_of}",
    ),
    "late_empty": (
        "Không có chỉ tiêu nào quá hạn đến ngày {as_of}.",
        "No targets are late as of {as_of}.",
    ),
    "report_title": (
        "Chỉ tiêu {unit} phụ trách (tình trạng đến ngày {as_of})",
        "Targets {unit} answers for (status as of {as_of})",
    ),
    "report_empty": (
        "{unit} không được phân công chỉ tiêu nào.",
        "{unit} is not assigned any target.",
    ),
    "list_title": (
        "Danh sách chỉ tiêu (tình trạng đến ngày {as_of})",
        "Targets (status as of {as_of})",
    ),
    "list_empty": (
        "Không có chỉ tiêu nào khớp với điều kiện lọc.",
        "No target matches the filters.",
    ),
    "total": ("Tổng: {count} chỉ tiêu", "Total: {count} targets"),
    "units_title": ("Danh mục đơn vị", "Unit catalog"),
    "met": ("đạt", "met"),
    "not_met": ("chưa đạt", "not met"),
    "no_value": ("chưa có số liệu", "no value yet"),
    "flagged": (
        "⚠ báo hoàn thành nhưng chỉ số chưa đạt",
        "⚠ reported done but a value misses its threshold",
    ),
    "recorded": (
        "Đã ghi tiến độ {id}: {unit}, chỉ tiêu {target}, {status} → {file}",
        "Recorded {id}: {unit}, target {target}, {status} → {file}",
    ),
    "warning": ("cảnh báo", "warning"),
    "history_title": ("Tiến độ đã báo cáo (mới nhất trước)", "Progress reports (newest first)"),
    "history_empty": ("Chưa có báo cáo tiến độ nào.", "No progress reported yet."),
    "matrix_title": (
        "Các đơn vị chủ trì ({done}/{total} hoàn thành)",
        "Lead units ({done}/{total} done)",
    ),
    "no_report": ("chưa báo cáo", "not reported"),
    "corrected": ("đã được đính chính bởi {id}", "corrected by {id}"),
    "forced": ("ghi khi không được phân công", "recorded though not assigned"),
    # the return form (cds form) and its import (cds progress import)
    "form_title": (
        "PHIẾU BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ",
        "DIGITAL TRANSFORMATION TARGETS: PROGRESS RETURN FORM",
    ),
    "form_unit": ("Đơn vị báo cáo: {unit}", "Reporting unit: {unit}"),
    "form_plan": ("Kế hoạch: {plan} — {appendix}", "Plan: {plan} — {appendix}"),
    "form_period": (
        "Kỳ báo cáo: tháng {month}; tình trạng tính đến ngày {as_of}",
        "Period: {month}; status as of {as_of}",
    ),
    "form_help": (
        "Cách điền: chỉ điền các ô màu vàng. Trạng thái: chọn trong danh sách. Ngày báo cáo: "
        "dd/mm/yyyy. Số liệu: một số, dấu thập phân là dấu phẩy hoặc dấu chấm (81,5); với chỉ "
        "số tỷ lệ có thể ghi Số đạt và Tổng số thay cho tỷ lệ. Dòng không chọn Trạng thái thì "
        "không được nhập. Gửi lại tệp này, không đổi tên trang tính.",
        "How to fill: fill only the yellow cells. Status: pick from the list. Report date: "
        "dd/mm/yyyy. Values: a number, decimal comma or point (81,5); for a percentage you may "
        "give the count met and the total instead. Rows without a status are not imported. "
        "Send this file back without renaming its sheet.",
    ),
    "form_sheet": ("Phiếu báo cáo", "Return form"),
    "form_no": ("STT", "No."),
    "form_code": ("Mã chỉ tiêu", "Target"),
    "form_content": ("Nội dung chỉ tiêu", "Target text"),
    "form_deadline": ("Thời hạn", "Deadline"),
    "form_current": ("Tình trạng hiện tại", "Current status"),
    "form_status": ("Trạng thái (chọn)", "Status (pick)"),
    "form_date": ("Ngày báo cáo", "Report date"),
    "form_indicator": ("Chỉ số", "Indicator"),
    "form_value": ("Giá trị", "Value"),
    "form_numerator": ("Số đạt (tử số)", "Count met (numerator)"),
    "form_denominator": ("Tổng số (mẫu số)", "Total (denominator)"),
    "form_note": ("Ghi chú, kết quả thực hiện", "Note, what was done"),
    "form_evidence": ("Văn bản, minh chứng (số hiệu hoặc đường dẫn)", "Evidence (number or link)"),
    "form_no_indicator": ("(không có chỉ số)", "(no indicator)"),
    "form_own_report": ("Đơn vị đã báo: {status} ({date})", "Unit reported: {status} ({date})"),
    "form_own_none": ("Đơn vị chưa báo cáo", "Unit has not reported"),
    "form_status_error": (
        "Chọn một trạng thái trong danh sách.",
        "Pick a status from the list.",
    ),
    "form_date_warning": ("Ghi ngày dạng dd/mm/yyyy.", "Write the date as dd/mm/yyyy."),
    "form_made": ("Đã lập {count} phiếu báo cáo trong {out}", "Made {count} return forms in {out}"),
    "form_made_one": (
        "Đã lập phiếu báo cáo của {unit} ({rows} chỉ tiêu): {out}",
        "Made the return form of {unit} ({rows} targets): {out}",
    ),
    "form_none": (
        "{unit} không có chỉ tiêu nào cần báo cáo trong kỳ này; không lập phiếu.",
        "{unit} owes no report this period; no form was made.",
    ),
    "import_new": ("ghi mới", "new"),
    "import_correction": ("đính chính {id}", "corrects {id}"),
    "import_same": ("đã nhập trước đó, bỏ qua", "already imported, skipped"),
    "import_would": (
        "{file}: sẽ ghi {count} mục (chạy thử, chưa ghi gì)",
        "{file}: would write {count} entries (dry run, nothing written)",
    ),
    "import_done": (
        "{file}: đã ghi {count} mục vào {out}",
        "{file}: wrote {count} entries to {out}",
    ),
    "import_nothing": (
        "{file}: không có gì mới để ghi",
        "{file}: nothing new to write",
    ),
    "fi_not_form": (
        "không phải phiếu báo cáo do cds lập (thiếu trang ẩn)",
        "not a return form made by cds (its hidden sheet is missing)",
    ),
    "fi_format": ("không nhận ra định dạng phiếu báo cáo", "not a return form format cds knows"),
    "fi_hidden_edited": ("dòng trong trang ẩn bị sửa", "a row of the hidden sheet was edited"),
    "fi_no_target": (
        "chỉ tiêu {target} không có trong sổ đăng ký",
        "target {target} is not in the registry",
    ),
    "fi_cannot_open": ("không mở được tệp: {reason}", "cannot open the file: {reason}"),
    "fi_not_xlsx": (
        "không đọc được, không phải tệp Excel (.xlsx)",
        "cannot be read: not an Excel file (.xlsx)",
    ),
    "fi_no_unit": (
        "đơn vị '{unit}' không có trong danh mục đơn vị",
        "unit '{unit}' is not in the unit catalog",
    ),
    "fi_other_unit": (
        "phiếu này lập cho {unit}, không phải {expected}; không nhập",
        "this form was made for {unit}, not {expected}; not imported",
    ),
    "fi_other_plan": (
        "phiếu lập cho {appendix} của {plan}, còn sổ đăng ký đang dùng là {our_appendix} của "
        "{our_plan}; không nhập",
        "the form was made for {appendix} of {plan}, but the registry in use is {our_appendix} "
        "of {our_plan}; not imported",
    ),
    "fi_no_sheet": (
        "thiếu trang tính '{sheet}' (đã bị đổi tên?)",
        "the sheet '{sheet}' is missing (renamed?)",
    ),
    "fi_not_worksheet": (
        "trang '{sheet}' không phải trang tính của phiếu",
        "'{sheet}' is not the form's worksheet",
    ),
    "fi_code_changed": (
        "ô mã chỉ tiêu được bảo vệ đã bị sửa (phiếu lập cho {target}, nay ghi '{found}'); "
        "không nhập tệp này",
        "the protected target code was changed (made for {target}, now '{found}'); "
        "the file is not imported",
    ),
    "fi_not_lead": (
        "chỉ tiêu {target} không giao cho {unit} chủ trì; không nhập tệp này",
        "{unit} does not lead target {target}; the file is not imported",
    ),
    "fi_no_status": (
        "chưa chọn Trạng thái mà đã điền các ô khác của dòng",
        "no status chosen, yet other cells of the row are filled",
    ),
    "fi_bad_status": (
        "trạng thái '{text}' không hợp lệ; chọn {choices}",
        "status '{text}' is not valid; pick {choices}",
    ),
    "fi_or": ("hoặc", "or"),
    "fi_no_date": ("thiếu ngày báo cáo (dd/mm/yyyy)", "the report date is missing (dd/mm/yyyy)"),
    "fi_bad_date": (
        "'{text}' không phải là ngày (ghi dd/mm/yyyy)",
        "'{text}' is not a date (write dd/mm/yyyy)",
    ),
    "fi_future": (
        "ngày {date} ở tương lai; báo cáo việc đã làm",
        "{date} is in the future; report what has happened",
    ),
    "fi_not_number": ("'{text}' không phải là số", "'{text}' is not a number"),
    "fi_half_count": (
        "ghi cả Số đạt và Tổng số, hoặc để trống cả hai",
        "give both the count met and the total, or neither",
    ),
    "fi_bad_count": (
        "Số đạt phải từ 0 đến Tổng số, Tổng số lớn hơn 0",
        "the count met must be 0 to the total, and the total above 0",
    ),
    "fi_mismatch": (
        "{value}% không khớp Số đạt/Tổng số {top}/{bottom} = {share}%",
        "{value}% does not match count met/total {top}/{bottom} = {share}%",
    ),
    "fi_percent": ("tỷ lệ phải trong khoảng 0–100", "a percentage must be within 0–100"),
    "import_refused": (
        "{file}: {count} lỗi, không ghi mục nào từ tệp này",
        "{file}: {count} problems, nothing written from this file",
    ),
}


def resolve_lang(option: str | None) -> Lang:
    chosen = (option or os.environ.get("CDS_LANG") or "vi").strip().lower()
    return "en" if chosen.startswith("en") else "vi"


def label(key: str, lang: Lang, **values: object) -> str:
    vi, en = _LABELS[key]
    text = en if lang == "en" else vi
    return text.format(**values) if values else text
