"""Words of one unit's report as a document (`cds report --unit U --out FILE.docx|FILE.xlsx`):
the Word document's heading and body, the Excel sheet's title and column headers (merged by
`words.catalogue`)."""

from __future__ import annotations

UNIT_REPORT_LABELS: dict[str, tuple[str, str]] = {
    "ur_heading": ("BÁO CÁO", "REPORT"),
    "ur_title": (
        "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm {year} của {unit}",
        "Progress of {unit} on the digital transformation targets of {year}",
    ),
    "ur_as_of": ("(tính đến ngày {date})", "(as of {date})"),
    "ur_intro": (
        "Thực hiện {plan}, {unit} báo cáo kết quả thực hiện các chỉ tiêu được giao "
        "tính đến ngày {date} như sau:",
        "Under {plan}, {unit} reports its progress on the targets assigned to it as of {date}:",
    ),
    # the state layout's words a document says in its reader's language (output/docx/common.py)
    "doc_number": ("Số:", "No."),
    "doc_recipients": ("Nơi nhận:", "Recipients:"),
    "doc_archive": ("Lưu: {archive}.", "Archived: {archive}."),
    "ur_no_part": ("Không có phần riêng", "No part of its own"),
    "ur_sheet": ("Báo cáo đơn vị", "Unit report"),
    "ur_col_number": ("STT", "No."),
    "ur_col_id": ("Mã chỉ tiêu", "Target"),
    "ur_col_content": ("Nội dung chỉ tiêu", "Target text"),
    "ur_col_roles": ("Vai trò của đơn vị", "The unit's role"),
    "ur_col_deadline": ("Thời gian hoàn thành", "Deadline"),
    "ur_col_due": ("Hạn chót", "Due by"),
    "ur_col_period": ("Kỳ báo cáo", "Reporting period"),
    "ur_col_status": ("Tình trạng chỉ tiêu", "Target status"),
    "ur_col_days_late": ("Số ngày quá hạn", "Days late"),
    "ur_col_part": ("Phần của đơn vị", "The unit's own part"),
    "ur_col_reported": ("Báo cáo gần nhất", "Last report"),
    "ur_col_indicators": ("Chỉ số", "Indicators"),
    "report.needs_out": (
        "--format {fmt} cần --out: tên tệp để ghi báo cáo của đơn vị",
        "--format {fmt} needs --out: the file to write the unit's report into",
    ),
    "report.hint.out": ("ví dụ: --out bao-cao-don-vi{suffix}", "e.g. --out unit-report{suffix}"),
    "report.out_all_plans": (
        "--out ghi báo cáo của một kế hoạch, không ghi được --all-plans vào một tệp",
        "--out writes one plan's report; --all-plans cannot go into one file",
    ),
    "report.hint.out_all_plans": (
        "ghi từng kế hoạch vào một tệp: thay --all-plans bằng --plan TÊN_KẾ_HOẠCH và --out bằng "
        "tệp {suffix} của kế hoạch đó (cds plans liệt kê các kế hoạch)",
        "write each plan to its own file: --plan PLAN_NAME in place of --all-plans, and --out "
        "that plan's {suffix} file (cds plans lists the plans)",
    ),
    "report.hint.out_each_plan": (
        "ghi từng kế hoạch vào một tệp: {commands}",
        "write each plan to its own file: {commands}",
    ),
    "help.report.out": (
        "Ghi báo cáo của đơn vị vào tệp: .docx (văn bản Word theo thể thức Nghị định "
        "30/2020/NĐ-CP), .xlsx (bảng Excel), .md, .json hoặc .csv; định dạng theo --format, "
        "không có --format thì theo đuôi tệp.",
        "Write the unit's report to a file: .docx (a Word document in the state layout of "
        "Decree 30/2020/NĐ-CP), .xlsx (an Excel sheet), .md, .json or .csv; the format is "
        "--format's, or without --format the file's suffix.",
    ),
    "help.report.force": ("Ghi đè --out nếu đã có.", "Replace --out if it exists."),
    "help.report.format": (
        "table (mặc định), json, csv, markdown; với --out còn docx hoặc xlsx.",
        "table (default), json, csv, markdown; with --out also docx or xlsx.",
    ),
}
