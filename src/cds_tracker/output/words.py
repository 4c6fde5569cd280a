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
}


def resolve_lang(option: str | None) -> Lang:
    chosen = (option or os.environ.get("CDS_LANG") or "vi").strip().lower()
    return "en" if chosen.startswith("en") else "vi"


def label(key: str, lang: Lang, **values: object) -> str:
    vi, en = _LABELS[key]
    text = en if lang == "en" else vi
    return text.format(**values) if values else text
