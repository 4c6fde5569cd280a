"""Words shown to users, Vietnamese by default and English on request (--lang en, CDS_LANG=en).

The one catalogue of the program: every key maps to its (Vietnamese, English) words. The labels
are below; errors and hints (`messages`), validation findings (`findings`) and `--help` texts
(`helps`) live beside this module only to keep each file readable, and are merged here. We keep
the catalogue as Python rather than gettext .po/.mo files: there is no compile step for the
package build, a test can check every key the code uses and every `{value}` in both languages,
and `cds --help` reads a dictionary instead of opening a .mo file.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from cds_tracker.core.errors import Text

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # statuses
    "done": ("Hoàn thành", "Done"),
    "done_late": ("Hoàn thành trễ hạn", "Done late"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "not_started": ("Chưa thực hiện", "Not started"),
    "late": ("Quá hạn", "Late"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    "unreported": ("Chưa báo cáo kỳ này", "Not reported this period"),
    # reporting periods of ongoing targets (Nghị định 09/2019/NĐ-CP)
    "monthly": ("Hằng tháng", "Monthly"),
    "quarterly": ("Hằng quý", "Quarterly"),
    "half-yearly": ("6 tháng", "Half-yearly"),
    "yearly": ("Hằng năm", "Yearly"),
    "period": ("kỳ {start}–{end}", "period {start}–{end}"),
    # indicator figures
    "incomplete": (
        "chưa đủ số liệu ({reported}/{expected} đơn vị)",
        "incomplete ({reported}/{expected} units)",
    ),
    "estimate": ("ước tính, trung bình không trọng số", "estimate, unweighted mean"),
    "trend": ("diễn biến", "trend"),
    "parts_title": (
        "Phần việc của từng đơn vị ({done}/{total} hoàn thành)",
        "Each unit's part ({done}/{total} done)",
    ),
    "unit_part": ("(phần của đơn vị: {status})", "(own part: {status})"),
    "unit_part_reported": (
        "(phần của đơn vị: {status}, báo cáo ngày {date})",
        "(own part: {status}, reported {date})",
    ),
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
        "Báo cáo định kỳ của các chỉ tiêu thực hiện thường xuyên:",
        "Periodic reports of ongoing targets:",
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
    # import, diff, plans, carry-over (issue 16)
    "import_missing_column": (
        "tiêu đề bảng không có cột '{field}'",
        "the table's header has no '{field}' column",
    ),
    "import_missing_column_hint": (
        "tiêu đề cột như Phụ lục: Stt, Nội dung chỉ tiêu, Trực tiếp chỉ đạo, Đơn vị chủ trì, "
        "Đơn vị phối hợp, Thời gian hoàn thành, Ghi chú",
        "column titles as in the appendix: Stt, Nội dung chỉ tiêu, Trực tiếp chỉ đạo, "
        "Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Ghi chú",
    ),
    "import_bad_number": ("không đọc được số thứ tự '{text}'", "cannot read the number '{text}'"),
    "import_bad_number_hint": (
        "chỉ tiêu đánh số 1, 2 … (có hoặc không có dấu chấm), nhóm đánh số I, II …",
        "number targets 1, 2 … (with or without a dot) and groups I, II …",
    ),
    "import_duplicate_group": ("nhóm {id} xuất hiện hai lần", "group {id} occurs twice"),
    "import_duplicate_group_hint": (
        "mỗi nhóm một số La Mã riêng",
        "give each group its own numeral",
    ),
    "import_duplicate_target": (
        "chỉ tiêu {id} xuất hiện hai lần; chỉ giữ dòng đầu",
        "target {id} occurs twice; only the first row is kept",
    ),
    "import_duplicate_target_hint": ("sửa số thứ tự trong bảng", "correct the number in the table"),
    "import_no_group": (
        "chỉ tiêu đứng trước mọi dòng nhóm (I., II., …); bỏ qua",
        "a target comes before any group row (I., II., …); skipped",
    ),
    "import_no_group_hint": (
        "thêm dòng nhóm, ví dụ 'I. Dữ liệu số', phía trên",
        "add a group row, e.g. 'I. Dữ liệu số', above it",
    ),
    "import_unknown_unit": (
        "không có đơn vị nào tên '{name}' trong danh mục",
        "no unit in the catalog is named '{name}'",
    ),
    "import_unknown_unit_hint": (
        "thêm vào catalog.units (hoặc làm bí danh của đơn vị đó) rồi chạy lại cds import",
        "add it to catalog.units (or as an alias of the unit it means), then import again",
    ),
    "import_near": ("có phải '{near}'? ", "did you mean '{near}'? "),
    "import_bad_deadline": (
        "không đọc được thời gian hoàn thành '{text}'",
        "cannot read the deadline '{text}'",
    ),
    "import_bad_deadline_hint": (
        "viết 'Tháng mm/yyyy' hoặc 'Thường xuyên'",
        "write 'Tháng mm/yyyy' or 'Thường xuyên'",
    ),
    "import_where": ("bảng {table}, dòng {row}, cột {col}", "table {table}, row {row}, col {col}"),
    "import_no_table": (
        "không tìm thấy bảng chỉ tiêu trong '{file}'",
        "no table of targets found in '{file}'",
    ),
    "import_written": (
        "Đã ghi {targets} chỉ tiêu ({groups} nhóm) vào {path}.",
        "Wrote {targets} targets ({groups} groups) to {path}.",
    ),
    "import_review": (
        "{count} chỗ cần quyết định (needs_review): cds validate báo lỗi đến khi sửa xong.",
        "{count} places need a decision (needs_review): cds validate flags them until fixed.",
    ),
    "carry_title": (
        "{count} chỉ tiêu chưa hoàn thành của kế hoạch {source} sẽ chuyển vào {path}:",
        "{count} unfinished targets of plan {source} would be carried into {path}:",
    ),
    "carry_unknown_unit": (
        "đơn vị '{unit}' không có trong danh mục của kế hoạch mới",
        "unit '{unit}' is not in the new plan's catalog",
    ),
    "carry_confirm": ("Ghi các chỉ tiêu này?", "Write these targets?"),
    "carry_written": ("Đã ghi {count} chỉ tiêu vào {path}.", "Wrote {count} targets to {path}."),
    "carry_nothing": ("Không có gì để chuyển.", "Nothing to carry over."),
    "carry_not_written": ("Chưa ghi gì.", "Nothing was written."),
    "plans_title": ("Các kế hoạch trong thư mục làm việc", "Plans in this workspace"),
    "plans_note": (
        "* kế hoạch đang dùng (chọn kế hoạch khác bằng --plan)",
        "* the plan in use (choose another with --plan)",
    ),
    "plan_heading": ("Kế hoạch {name}", "Plan {name}"),
    "diff_title": (
        "{old} → {new}: thêm {added}, bỏ {removed}, sửa {changed} chỉ tiêu.",
        "{old} → {new}: {added} added, {removed} removed, {changed} changed targets.",
    ),
    "diff_same": ("Không có khác biệt.", "No differences."),
    "diff_field_group": ("Nhóm", "Group"),
    "diff_field_content": ("Nội dung chỉ tiêu", "Content"),
    "diff_field_directing_text": ("Trực tiếp chỉ đạo", "Directing"),
    "diff_field_directing_units": ("Trực tiếp chỉ đạo (mã đơn vị)", "Directing (unit ids)"),
    "diff_field_lead_text": ("Đơn vị chủ trì", "Lead"),
    "diff_field_lead_units": ("Đơn vị chủ trì (mã đơn vị)", "Lead (unit ids)"),
    "diff_field_cooperating_text": ("Đơn vị phối hợp", "Cooperating"),
    "diff_field_cooperating_units": ("Đơn vị phối hợp (mã đơn vị)", "Cooperating (unit ids)"),
    "diff_field_deadline_text": ("Thời gian hoàn thành", "Deadline"),
    "diff_field_deadline_due": ("Hạn (yyyy-mm)", "Due (yyyy-mm)"),
    "diff_field_notes": ("Ghi chú", "Notes"),
    "diff_field_indicators": ("Chỉ số", "Indicators"),
    "diff_field_carried_from": ("Chuyển từ", "Carried from"),
    "import_document_kept": (
        "tệp không ghi số, ngày kế hoạch: mục document lấy từ {base}; hãy kiểm tra lại",
        "the file does not state the plan: its document section is copied from {base}; check it",
    ),
    # column headers of the terminal and Markdown tables
    "col_id": ("Mã", "ID"),
    "col_content": ("Nội dung chỉ tiêu", "Target"),
    "col_lead_units": ("Đơn vị chủ trì", "Lead units"),
    "col_deadline": ("Thời hạn", "Deadline"),
    "col_status": ("Trạng thái", "Status"),
    "col_days_late": ("Số ngày quá hạn", "Days late"),
    "col_roles": ("Vai trò", "Role"),
    "col_unit_name": ("Tên đơn vị", "Name"),
    "col_kind": ("Loại", "Kind"),
    "col_aliases": ("Tên khác / thành viên", "Aliases / members"),
    "col_directs": ("Chỉ đạo", "Directs"),
    "col_leads": ("Chủ trì", "Leads"),
    "col_cooperates": ("Phối hợp", "Cooperates"),
    "col_entry": ("Mã mục", "Entry"),
    "col_date": ("Ngày", "Date"),
    "col_target": ("Chỉ tiêu", "Target"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_values": ("Số liệu", "Values"),
    "col_details": ("Nội dung", "Details"),
    "col_group": ("Nhóm", "Group"),
    "col_progress": ("Tiến độ", "Progress"),
    "col_lead_unit": ("Đơn vị chủ trì", "Lead unit"),
    "col_indicator": ("Chỉ số", "Indicator"),
    # the Excel workbook
    "xl_code": ("Mã", "Code"),
    "xl_number": ("Stt", "No."),
    "xl_content": ("Nội dung chỉ tiêu", "Target"),
    "xl_directing": ("Trực tiếp chỉ đạo", "Directing"),
    "xl_lead": ("Đơn vị chủ trì", "Lead units"),
    "xl_cooperating": ("Đơn vị phối hợp", "Cooperating units"),
    "xl_deadline": ("Thời gian hoàn thành", "Deadline"),
    "xl_notes": ("Ghi chú", "Notes"),
    "xl_status": ("Tình trạng", "Status"),
    "xl_days_late": ("Số ngày quá hạn", "Days late"),
    "xl_latest": ("Giá trị mới nhất", "Latest values"),
    "xl_last_report": ("Ngày báo cáo gần nhất", "Last report"),
    "xl_entry": ("Mã mục", "Entry"),
    "xl_target": ("Chỉ tiêu", "Target"),
    "xl_unit": ("Đơn vị", "Unit"),
    "xl_unit_id": ("Mã đơn vị", "Unit id"),
    "xl_entry_status": ("Trạng thái", "Status"),
    "xl_date": ("Ngày", "Date"),
    "xl_values": ("Số liệu", "Values"),
    "xl_counts": ("Số đếm (tử/mẫu)", "Counts"),
    "xl_note": ("Nội dung", "Note"),
    "xl_obstacles": ("Khó khăn, vướng mắc", "Obstacles"),
    "xl_proposals": ("Đề xuất, kiến nghị", "Proposals"),
    "xl_evidence": ("Căn cứ", "Evidence"),
    "xl_by": ("Người báo cáo", "Reported by"),
    "xl_corrects": ("Đính chính mục", "Corrects"),
    "xl_forced": ("Ghi khi không được phân công", "Not assigned"),
    "xl_written": ("Thời điểm ghi", "Written at"),
    "xl_main_sheet": ("Phụ lục 01", "Appendix 01"),
    "xl_history_sheet": ("Lịch sử tiến độ", "Progress history"),
    # documents: the urging note, the calendar, the printable page
    "note_heading": (
        "Đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng {month}",
        "Urging the digital transformation targets of {month}",
    ),
    "note_to": ("Kính gửi:", "To:"),
    "note_intro": (
        "Thực hiện {plan} ({appendix}), tính đến ngày {as_of}, các chỉ tiêu do {unit} chủ trì "
        "dưới đây đến hạn trong tháng {month} hoặc đã quá hạn mà phần việc của đơn vị chưa hoàn "
        "thành{periodic}:",
        "Under {plan} ({appendix}), as of {as_of}, the targets {unit} leads below are due in "
        "{month} or late with the unit's part not done{periodic}:",
    ),
    "note_periodic": (
        ", cùng các báo cáo định kỳ đến hạn trong tháng",
        ", with the periodic reports due in the month",
    ),
    "note_unreported": (
        "chưa báo cáo kỳ này (lần gần nhất: {date})",
        "not reported this period (last: {date})",
    ),
    "note_columns": (
        "| STT | Chỉ tiêu | Nội dung | Thời hạn | Tình trạng |",
        "| No. | Target | Content | Deadline | Status |",
    ),
    "note_members": ("Tình hình báo cáo của các đơn vị:", "Reports of the units:"),
    "note_target": ("Chỉ tiêu {id}:", "Target {id}:"),
    "note_reported": ("đã báo cáo: {status} ({date})", "reported: {status} ({date})"),
    "note_request": (
        "Đề nghị {unit} khẩn trương triển khai thực hiện và báo cáo kết quả, khó khăn, vướng mắc "
        "(nếu có) về Ban Chỉ đạo chuyển đổi số thành phố (qua Phòng Văn hóa và Thông tin) "
        "trước ngày {report_by} để tổng hợp, báo cáo.",
        "{unit} is asked to carry these out without delay and to report results and difficulties "
        "(if any) to the city's digital transformation steering committee (through the Culture "
        "and Information Office) by {report_by}.",
    ),
    "note_draft": (
        "*(Dự thảo do cds-tracker tạo; cán bộ kiểm tra trước khi ban hành.)*",
        "*(Draft made by cds-tracker; to be checked before it is issued.)*",
    ),
    "calendar_name": (
        "Chỉ tiêu chuyển đổi số — {appendix}",
        "Digital transformation targets — {appendix}",
    ),
    "status_on": ("Tình trạng ngày {date}: {status}", "Status on {date}: {status}"),
    "page_attached": (
        "(Kèm theo {plan}) — tình trạng đến ngày {date}",
        "(Attached to {plan}) — status as of {date}",
    ),
    "page_by_group": ("Tổng hợp theo nhóm", "By group"),
    "page_by_unit": ("Theo đơn vị chủ trì", "By lead unit"),
    "page_leads": ("Số chỉ tiêu chủ trì", "Targets led"),
    "page_targets": ("Bảng chỉ tiêu", "Targets"),
    # output: headings, field names and phrases of the views and documents
    "via": ("qua", "via"),
    "days": ("ngày", "days"),
    "as_of": ("đến ngày", "as of"),
    "until": ("đến hết ngày", "until"),
    "group": ("Nhóm", "Group"),
    "target": ("Nội dung chỉ tiêu", "Target"),
    "target_short": ("Chỉ tiêu", "Target"),
    "deadline_full": ("Thời gian hoàn thành", "Deadline"),
    "notes": ("Ghi chú", "Notes"),
    "status": ("Trạng thái", "Status"),
    "indicator": ("Chỉ số", "Indicator"),
    "members": ("thành viên", "members"),
    "obstacles": ("Khó khăn: ", "Obstacles: "),
    "proposals": ("Đề xuất: ", "Proposals: "),
    "evidence": ("Căn cứ: ", "Evidence: "),
    "reported_by": ("Người báo cáo: ", "By: "),
    "corrects": ("Đính chính ", "Corrects "),
    "summary_title": ("Tổng hợp tình hình thực hiện, đến ngày {as_of}", "Summary, as of {as_of}"),
    "summary_heading": (
        "Tổng hợp tình hình thực hiện (đến ngày {as_of})",
        "Summary (as of {as_of})",
    ),
    "progress": ("Tiến độ", "Progress"),
    "lead_unit": ("Đơn vị chủ trì", "Lead unit"),
    "leads": ("Chủ trì", "Leads"),
    "no_reminders": (
        "Không có đơn vị nào cần đôn đốc trong tháng {month}.",
        "No unit needs urging in {month}.",
    ),
    "reminders_written": (
        "Đã soạn {count} văn bản đôn đốc trong {folder}/",
        "Drafted {count} urging notes in {folder}/",
    ),
    "exported": ("Đã xuất {fmt} / exported: {out}", "Exported {fmt}: {out}"),
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
    "form_indicator_elsewhere": (
        "(số liệu chung của thành phố do đơn vị khác báo cáo)",
        "(the city-wide figure is reported by another unit)",
    ),
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
    "form_attached": (
        "**Kèm theo phiếu báo cáo** (điền các ô màu vàng, gửi lại tệp; không đổi tên trang tính):",
        "**Return form attached** (fill the yellow cells, send the file back, keep the sheet):",
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
    "fi_year": (
        "ngày '{text}': năm phải từ {first} đến {last} (ghi dd/mm/yyyy)",
        "date '{text}': the year must be within {first}–{last} (write dd/mm/yyyy)",
    ),
    "fi_formula": (
        "ô chứa công thức chưa có kết quả (tệp chưa được Excel tính lại); gõ giá trị vào ô "
        "thay cho công thức",
        "the cell holds a formula with no stored result (never recalculated by Excel); type "
        "the value instead of a formula",
    ),
    "fi_too_big": (
        "tệp quá lớn khi giải nén ({size} MB); phiếu báo cáo chỉ vài chục KB, không nhập",
        "the file is too large once unpacked ({size} MB); a return form is a few tens of KB; "
        "not imported",
    ),
    "fi_older_copy": (
        "bản phiếu này được lưu trước khi ghi {id}: có thể là bản cũ, mục mới sẽ đính chính "
        "(thay) nội dung của {id}; nếu không muốn, nhập bản phiếu mới nhất",
        "this copy of the form was saved before {id} was written: it may be an older copy, and "
        "the new entry corrects (replaces) {id}; if unintended, import the latest copy",
    ),
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
    "fi_whole_counts": (
        "Số đạt và Tổng số phải là số nguyên",
        "the count met and the total must be whole numbers",
    ),
    "fi_percent": ("tỷ lệ phải trong khoảng 0–100", "a percentage must be within 0–100"),
    "sync_no_git": (
        "không tìm thấy lệnh git trên máy này",
        "the git command is not found on this computer",
    ),
    "sync_no_git_hint": (
        "cài git (https://git-scm.com), hoặc gửi tiến độ bằng phiếu báo cáo Excel",
        "install git (https://git-scm.com), or send progress on the Excel return form",
    ),
    "sync_git_failed": (
        "git {command} không thành công:\n{detail}",
        "git {command} failed:\n{detail}",
    ),
    "sync_bundled": (
        "sổ đăng ký đang dùng là bản đi kèm cds, không nằm trong kho git nào",
        "the registry in use is the copy bundled with cds, in no git repository",
    ),
    "sync_bundled_hint": (
        "làm việc trong bản sao (clone) kho git của sổ đăng ký, hoặc dùng --registry",
        "work in a clone of the registry's git repository, or use --registry",
    ),
    "sync_not_repo": (
        "'{folder}' không nằm trong kho git",
        "'{folder}' is not in a git repository",
    ),
    "sync_not_repo_hint": (
        "cds sync dành cho người dùng git; không dùng git thì gửi phiếu báo cáo Excel (cds form)",
        "cds sync is for git users; without git, send the Excel return form (cds form)",
    ),
    "sync_merging": (
        "đang có một lần gộp (merge) chưa xong",
        "a merge is in progress and not finished",
    ),
    "sync_merging_hint": (
        "sửa xong các tệp xung đột, chạy 'git add <tệp>' và 'git commit' (hoặc 'git merge "
        "--abort' để huỷ), rồi chạy lại cds sync",
        "finish the conflicted files, run 'git add <file>' and 'git commit' (or 'git merge "
        "--abort' to give up), then run cds sync again",
    ),
    "sync_no_upstream": (
        "nhánh hiện tại chưa gắn với nhánh nào trên máy chủ",
        "the current branch tracks no branch on the server",
    ),
    "sync_no_upstream_hint": (
        "chạy một lần: git push -u origin <tên nhánh>",
        "run once: git push -u origin <branch>",
    ),
    "sync_no_union": (
        "tệp tiến độ chưa được gộp theo kiểu hợp (union), hai người cùng ghi sẽ xung đột",
        "progress files are not merged by union: two people recording would conflict",
    ),
    "sync_no_union_hint": (
        "thêm dòng '{pattern} merge=union' vào tệp .gitattributes cạnh sổ đăng ký (cds init đã "
        "tạo sẵn tệp này), commit, rồi chạy lại cds sync",
        "add the line '{pattern} merge=union' to the .gitattributes beside the registry (cds "
        "init writes it), commit, and run cds sync again",
    ),
    "sync_invalid": (
        "dữ liệu không hợp lệ {when}; sửa các lỗi dưới đây rồi chạy lại cds sync (nếu lỗi là "
        "hai dòng trùng mã — cùng một phiếu nhập ở hai máy — hãy xoá một trong hai dòng đó trong "
        "tệp tiến độ, rồi nhập lại phiếu đúng nếu cần)",
        "the data is invalid {when}; fix the problems below and run cds sync again (if two lines "
        "share an id — one form imported on two machines — delete one of the two lines from the "
        "progress file, then import the right form again if needed)",
    ),
    "sync_before_commit": ("trước khi ghi commit", "before committing"),
    "sync_after_merge": (
        "sau khi gộp với bản trên máy chủ; chưa đẩy lên",
        "after merging with the server's copy; nothing was pushed",
    ),
    "sync_edited": (
        "tệp tiến độ {path} có dòng bị sửa hoặc xoá; tiến độ chỉ được thêm, không sửa",
        "progress file {path} has lines changed or removed; progress is only ever added",
    ),
    "sync_edited_hint": (
        "xem bằng 'git diff {path}', trả lại bằng 'git checkout -- {path}', rồi ghi đính chính "
        "bằng cds progress add --corrects",
        "see 'git diff {path}', restore with 'git checkout -- {path}', then record a correction "
        "with cds progress add --corrects",
    ),
    "sync_committed": ("Đã ghi commit: {subject}", "Committed: {subject}"),
    "sync_done": ("Đã đồng bộ với máy chủ ({upstream}).", "In sync with the server ({upstream})."),
    "sync_push_failed": ("không đẩy được lên máy chủ:\n{detail}", "could not push:\n{detail}"),
    "sync_busy": (
        "máy chủ liên tục có thay đổi mới, sau {count} lần vẫn chưa đẩy lên được",
        "the server kept changing; not pushed after {count} attempts",
    ),
    "sync_conflict": (
        "Git không tự gộp được thay đổi của bạn với bản trên máy chủ ở các tệp sau:\n{files}\n"
        "Tiến độ bạn vừa ghi đã nằm trong commit của bạn, không bị mất. Cách xử lý:\n"
        "  1. Mở từng tệp trên, tìm các đoạn giữa <<<<<<< và >>>>>>>, giữ lại nội dung đúng và "
        "xoá các dòng đánh dấu.\n"
        "  2. Chạy: git add <tệp>   rồi   git commit\n"
        "  3. Chạy lại: cds sync\n"
        "Muốn huỷ lần gộp này và trở lại như trước: git merge --abort",
        "Git could not merge your changes with the server's copy in these files:\n{files}\n"
        "The progress you recorded is in your commit and is not lost. What to do:\n"
        "  1. Open each file, find the parts between <<<<<<< and >>>>>>>, keep what is right "
        "and delete the marker lines.\n"
        "  2. Run: git add <file>   then   git commit\n"
        "  3. Run again: cds sync\n"
        "To give up this merge and go back: git merge --abort",
    ),
    "sync_overwrite": (
        "bản trên máy chủ sửa những tệp mà bạn cũng đang sửa dở (chưa commit):\n{detail}",
        "the server's copy changes files you are editing (not committed):\n{detail}",
    ),
    "sync_overwrite_hint": (
        "commit các thay đổi đó (git commit) hoặc cất đi (git stash), rồi chạy lại cds sync",
        "commit those changes (git commit) or put them aside (git stash), then run cds sync again",
    ),
    "sync_pull_failed": (
        "không kéo được bản mới từ máy chủ:\n{detail}",
        "could not pull from the server:\n{detail}",
    ),
    "import_refused": (
        "{file}: {count} lỗi, không ghi mục nào từ tệp này",
        "{file}: {count} problems, nothing written from this file",
    ),
    # Word letters and sending them (cds remind --format docx / --send)
    "docx_needs_out": (
        "--format docx cần --out: thư mục để ghi các văn bản .docx",
        "--format docx needs --out: the folder for the .docx letters",
    ),
    "summary_docx_needs_out": (
        "--format docx cần --out: tên tệp .docx của báo cáo",
        "--format docx needs --out: the .docx file for the report",
    ),
    "remind_nothing": (
        "Không có đơn vị nào cần đôn đốc trong tháng {month}.",
        "No unit needs urging in {month}.",
    ),
    "letters_written": (
        "Đã soạn {count} văn bản đôn đốc (.docx) trong {folder}/",
        "Drafted {count} urging letters (.docx) in {folder}/",
    ),
    "report_written": ("Đã soạn báo cáo: {file}", "Report written: {file}"),
    "send_no_address": (
        "Chưa gửi: {unit} chưa có địa chỉ e-mail (thêm email: cho đơn vị {id} trong danh mục)",
        "Not sent: {unit} has no e-mail address (add email: to unit {id} in the catalog)",
    ),
    "send_would": ("Sẽ gửi: {unit} <{to}> — {file}", "Would send: {unit} <{to}> — {file}"),
    "send_done": ("Đã gửi: {unit} <{to}> ({id})", "Sent: {unit} <{to}> ({id})"),
    "send_failed": ("Gửi lỗi: {unit} <{to}>: {error}", "Failed: {unit} <{to}>: {error}"),
    "send_summary": (
        "Đã gửi {count} thư; nhật ký gửi: {log}",
        "Sent {count} messages; send log: {log}",
    ),
    "send_incomplete": (
        "{failed} thư gửi lỗi, {missing} đơn vị chưa có địa chỉ; nhật ký gửi: {log}",
        "{failed} messages failed, {missing} units have no address; send log: {log}",
    ),
    "send_bundled": (
        "không gửi được từ sổ đăng ký đi kèm chương trình: nhật ký gửi phải ghi bên cạnh "
        "tệp tiến độ",
        "cannot send from the bundled registry: the send log is kept beside the progress files",
    ),
    "send_bundled_hint": (
        "tạo sổ riêng bằng 'cds init THƯ_MỤC', thêm email: cho các đơn vị, rồi dùng --registry",
        "make your own with 'cds init DIR', add email: to the units, then use --registry",
    ),
    "mail_subject": (
        "V/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng {month}",
        "Urging: digital transformation targets, {month}",
    ),
    "mail_body": (
        "Kính gửi: {unit}.\n\n{issuer} gửi kèm văn bản đôn đốc thực hiện các chỉ tiêu chuyển đổi "
        "số tháng {month}. Đề nghị quý đơn vị thực hiện và báo cáo về {issuer} (qua {contact}) "
        "trước ngày {report_by}.\n\nTrân trọng.\n",
        "To: {unit}.\n\n{issuer} sends the attached letter on the digital transformation targets "
        "of {month}. Please act on it and report to {issuer} (through {contact}) by {report_by}."
        "\n\nRegards.\n",
    ),
    "smtp_no_host": (
        "chưa cấu hình máy chủ thư: đặt biến môi trường CDS_SMTP_HOST",
        "no mail server configured: set CDS_SMTP_HOST",
    ),
    "smtp_settings_hint": (
        "CDS_SMTP_HOST, CDS_SMTP_PORT (587), CDS_SMTP_USER, CDS_SMTP_FROM; mật khẩu: "
        "CDS_SMTP_PASSWORD hoặc keyring (dịch vụ cds-tracker)",
        "CDS_SMTP_HOST, CDS_SMTP_PORT (587), CDS_SMTP_USER, CDS_SMTP_FROM; password: "
        "CDS_SMTP_PASSWORD or the keyring (service cds-tracker)",
    ),
    "smtp_bad_security": (
        "CDS_SMTP_SECURITY '{value}' không hợp lệ: dùng starttls, ssl hoặc none",
        "CDS_SMTP_SECURITY '{value}' is not one of starttls, ssl, none",
    ),
    "smtp_bad_port": (
        "CDS_SMTP_PORT '{value}' không phải số cổng (1–65535)",
        "CDS_SMTP_PORT '{value}' is not a port number (1–65535)",
    ),
    "smtp_no_password": (
        "thiếu mật khẩu cho tài khoản thư {user}: đặt CDS_SMTP_PASSWORD hoặc lưu vào keyring",
        "no password for mail user {user}: set CDS_SMTP_PASSWORD or store it in the keyring",
    ),
    "smtp_no_sender": (
        "chưa có địa chỉ người gửi: đặt CDS_SMTP_FROM (hoặc CDS_SMTP_USER là một địa chỉ e-mail)",
        "no sender address: set CDS_SMTP_FROM (or a CDS_SMTP_USER that is an address)",
    ),
    "smtp_cannot_connect": (
        "không kết nối được máy chủ thư {server} ({error}); chưa thư nào được gửi",
        "cannot connect to the mail server {server} ({error}); nothing was sent",
    ),
    "smtp_auth_failed": (
        "máy chủ thư {server} từ chối đăng nhập của {user} (sai tên hoặc mật khẩu); "
        "chưa thư nào được gửi",
        "the mail server {server} refused the login of {user} (wrong name or password); "
        "nothing was sent",
    ),
    "smtp_no_starttls": (
        "máy chủ thư {server} không hỗ trợ STARTTLS; chưa thư nào được gửi "
        "(CDS_SMTP_SECURITY=ssl nếu máy chủ dùng cổng 465)",
        "the mail server {server} does not offer STARTTLS; nothing was sent "
        "(CDS_SMTP_SECURITY=ssl if it listens on port 465)",
    ),
    "smtp_refused_recipient": (
        "máy chủ thư {server} từ chối địa chỉ người nhận",
        "the mail server {server} refused the recipient",
    ),
    "smtp_failed": ("lỗi khi gửi qua máy chủ thư {server}", "error sending through {server}"),
    "smtp_no_smtputf8": (
        "máy chủ thư {server} không hỗ trợ địa chỉ có dấu (SMTPUTF8): dùng địa chỉ không dấu "
        "cho đơn vị này, hoặc một máy chủ thư hỗ trợ SMTPUTF8",
        "the mail server {server} does not support non-ASCII addresses (SMTPUTF8): give this "
        "unit an ASCII address, or use a server that supports SMTPUTF8",
    ),
    "smtp_refused_sender": (
        "máy chủ thư {server} từ chối địa chỉ người gửi {sender}",
        "the mail server {server} refused the sender {sender}",
    ),
    "smtp_refused_message": (
        "máy chủ thư {server} từ chối nhận thư này",
        "the mail server {server} refused this message",
    ),
    "smtp_dropped": (
        "mất kết nối với máy chủ thư {server} khi đang gửi; thư này có thể chưa tới",
        "the connection to the mail server {server} was lost while sending; this message may "
        "not have arrived",
    ),
    "smtp_no_answer": (
        "máy chủ thư {server} không trả lời sau {seconds} giây; thư này có thể chưa tới",
        "the mail server {server} did not answer within {seconds} s; this message may not have "
        "arrived",
    ),
    "smtp_not_tried": (
        "chưa gửi: mất kết nối với máy chủ thư {server} và không kết nối lại được ({error})",
        "not tried: the connection to the mail server {server} was lost and could not be made "
        "again ({error})",
    ),
    "smtp_bad_sender": (
        "CDS_SMTP_FROM '{value}' không phải một địa chỉ e-mail (dạng ten@donvi.gov.vn, không "
        "kèm tên, không liệt kê nhiều địa chỉ)",
        "CDS_SMTP_FROM '{value}' is not one e-mail address (name@example.vn, no name, no list)",
    ),
}


def parse_lang(text: str) -> Lang | None:
    """`vi`, `en`, also `vi_VN.UTF-8`, `en-GB`, `tiếng việt`; None for anything else."""
    first = text.strip().lower().replace("-", "_").replace(".", "_").split("_")[0]
    if first in ("vi", "tiếng việt", "tieng viet", "vietnamese"):
        return "vi"
    if first in ("en", "english", "tiếng anh", "tieng anh"):
        return "en"
    return None


def resolve_lang(option: str | None) -> Lang:
    """The language asked for (the CLI has already refused unknown ones), Vietnamese by default."""
    return parse_lang(option or os.environ.get("CDS_LANG") or "vi") or "vi"


@functools.cache
def catalogue() -> dict[str, tuple[str, str]]:
    from cds_tracker.output.findings import FINDINGS
    from cds_tracker.output.helps import HELPS
    from cds_tracker.output.helps_plans import HELPS_PLANS
    from cds_tracker.output.messages import MESSAGES

    return {**_LABELS, **MESSAGES, **FINDINGS, **HELPS, **HELPS_PLANS}


def label(key: str, lang: Lang, /, **values: object) -> str:
    vi, en = _LABELS[key] if key in _LABELS else catalogue()[key]
    text = en if lang == "en" else vi
    return text.format(**values) if values else text


def say(text: Text | None, lang: Lang) -> str:
    """A message in words: a `Msg` from the catalogue with its values (themselves put into words
    first), a plain string as it is (it is the user's data, a name or a path)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    from cds_tracker.core.errors import Msg

    values = {k: say(v, lang) if isinstance(v, Msg) else v for k, v in text.values}
    return label(text.key, lang, **values)
