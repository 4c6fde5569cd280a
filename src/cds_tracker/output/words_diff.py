"""Words of `cds diff` for the fields outside a target's columns: the plan's heading, the office
that sends letters, a unit of the catalog, an indicator. Each field is named as a person reads it
on the plan or a letter, never by its key in the file (the JSON keeps the keys)."""

from __future__ import annotations

DIFF_LABELS: dict[str, tuple[str, str]] = {
    "diff_heading": ("Đầu văn bản", "Heading"),
    "diff_office": ("Cơ quan gửi thư, báo cáo", "The office that sends letters and reports"),
    "diff_titles": (
        "Chức danh trước tên đơn vị (cột Trực tiếp chỉ đạo)",
        "Titles before a unit's name (Directing column)",
    ),
    "diff_doc_appendix": ("Phụ lục", "Appendix"),
    "diff_doc_title": ("Tên phụ lục", "Appendix title"),
    "diff_doc_plan_reference": ('Dòng "Kèm theo Kế hoạch"', 'Line "Kèm theo Kế hoạch"'),
    "diff_doc_plan_number": ("Số kế hoạch", "Plan number"),
    "diff_doc_plan_symbol": ("Ký hiệu kế hoạch", "Plan symbol"),
    "diff_doc_plan_date": ("Ngày kế hoạch", "Plan date"),
    "diff_doc_issuer": ("Cơ quan ban hành", "Issued by"),
    "diff_doc_revises": ("Kế hoạch được điều chỉnh", "Plan revised"),
    "diff_doc_year": ("Năm kế hoạch", "Plan year"),
    "diff_doc_needs_review": ("Chỗ cần người quyết định", "Left for a person to decide"),
    "diff_doc_office_superior": ("Cơ quan cấp trên", "Superior body"),
    "diff_doc_office_issuer": ("Cơ quan ban hành văn bản", "Issuing body"),
    "diff_doc_office_place": ("Địa danh", "Place"),
    "diff_doc_office_symbol": ("Ký hiệu văn bản", "Letters' symbol"),
    "diff_doc_office_report_symbol": ("Ký hiệu báo cáo", "Reports' symbol"),
    "diff_doc_office_authority": ("Thẩm quyền ký", "Signing authority"),
    "diff_doc_office_deputy": ("Ký thay", "Signing on behalf"),
    "diff_doc_office_signer_title": ("Chức vụ người ký", "Signer's title"),
    "diff_doc_office_signer_name": ("Họ tên người ký", "Signer's name"),
    "diff_doc_office_recipients": ("Nơi nhận", "Recipients"),
    "diff_doc_office_archive": ("Lưu", "Archive"),
    "diff_doc_office_contact": ("Đơn vị nhận báo cáo", "Department receiving reports"),
    "diff_unit_name": ("Tên", "Name"),
    "diff_unit_kind": ("Loại", "Kind"),
    "diff_unit_source": ("Nguồn", "Source"),
    "diff_unit_aliases": ("Tên gọi khác", "Other names"),
    "diff_unit_members": ("Thành viên", "Members"),
    "diff_unit_scope": ("Phạm vi", "Scope"),
    "diff_unit_note": ("Ghi chú", "Note"),
    "diff_unit_email": ("Thư điện tử", "E-mail"),
    "diff_unit_valid_from": ("Từ ngày", "From"),
    "diff_unit_valid_to": ("Đến ngày", "Until"),
    "diff_unit_successor": ("Đơn vị kế thừa", "Successor"),
    "diff_added_cancelled": (" (bãi bỏ từ {date})", " (annulled from {date})"),
    "diff_indicator_measures": ("nội dung đo", "what it measures"),
    "diff_field_cancelled_before": (
        "Đã bãi bỏ (lần {key}), {field}",
        "Annulled before ({key}), {field}",
    ),
    "diff_cancelled_before_since": ("từ ngày", "from"),
    "diff_cancelled_before_until": ("áp dụng lại từ ngày", "in force again from"),
    "diff_cancelled_before_reason": ("lý do", "why"),
    "diff_field_before": (
        "Trước bản điều chỉnh ({key}), {field}",
        "Before a revision ({key}), {field}",
    ),
    "diff_before_until": ("bản điều chỉnh có hiệu lực từ ngày", "revised from"),
    "diff_field_lead_before": (
        "Chủ trì trước đây ({key}), {field}",
        "Former lead ({key}), {field}",
    ),
    "diff_lead_before_text": ("ô chủ trì", "lead cell"),
    "diff_lead_before_units": ("đơn vị", "units"),
    "diff_lead_before_until": ("giao cho đơn vị mới từ ngày", "handed over from"),
    "diff_indicator_text": ("câu chữ", "wording"),
    "diff_indicator_comparator": ("so sánh", "comparison"),
    "diff_indicator_value": ("ngưỡng", "threshold"),
    "diff_indicator_unit": ("đơn vị tính", "unit of measure"),
    "diff_indicator_scope": ("phạm vi", "scope"),
    # an indicator's scope in words (registry-format.md, Indicators)
    "diff_scope_city": ("một số liệu chung của thành phố", "one city-wide figure"),
    "diff_scope_each": ("mỗi đơn vị báo cáo số liệu riêng", "each unit reports its own figure"),
    "diff_indicator_reporter": ("đơn vị báo cáo", "reporting unit"),
    "diff.no_registry_in": (
        "'{arg}' là thư mục nhưng không có sổ đăng ký: không có {arg}/phu_luc_01.yaml",
        "'{arg}' is a folder without a registry: there is no {arg}/phu_luc_01.yaml",
    ),
    "diff.hint.no_registry_in": (
        "ghi thư mục có phu_luc_01.yaml (ví dụ plans/2023), tệp .yaml của sổ đăng ký, một phụ "
        "lục .docx/.xlsx, hoặc tên một kế hoạch (cds plans); bảng phụ lục của kế hoạch mới thì "
        "nhập trước: cds import TỆP.docx --out {arg}/phu_luc_01.yaml",
        "give a folder holding phu_luc_01.yaml (e.g. plans/2023), a registry .yaml, a .docx/.xlsx "
        "appendix, or a plan name (cds plans); a new plan's appendix table is imported first: "
        "cds import FILE.docx --out {arg}/phu_luc_01.yaml",
    ),
}
