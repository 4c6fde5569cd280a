"""Words of the CSV for Excel (`--excel`): each column's header, per kind of row, and the words
of the values that only that file spells out (merged by `words.catalogue`).

The machine CSV (`--format csv`) keeps the JSON keys as headers; these headers sit over the
same columns, in the same order (docs/output-formats.md).
"""

from __future__ import annotations

CSV_LABELS: dict[str, tuple[str, str]] = {
    # target rows: due, late, report, list
    "csv.target.unit": ("Đơn vị chủ trì còn nợ", "Lead unit owing"),
    "csv.target.id": ("Mã chỉ tiêu", "Target"),
    "csv.target.group": ("Nhóm", "Group"),
    "csv.target.group_title": ("Tên nhóm", "Group title"),
    "csv.target.content": ("Nội dung chỉ tiêu", "Target text"),
    "csv.target.deadline": ("Hạn (ngày/tháng)", "Due (day/month)"),  # "15/10/2024" or "05/2023"
    "csv.target.deadline_text": ("Thời gian hoàn thành", "Deadline as written"),
    "csv.target.directing": ("Trực tiếp chỉ đạo", "Directing"),
    "csv.target.lead": ("Đơn vị chủ trì", "Lead"),
    "csv.target.cooperating": ("Đơn vị phối hợp", "Cooperating"),
    "csv.target.notes": ("Ghi chú", "Notes"),
    "csv.target.directing_units": ("Đơn vị chỉ đạo (tên đầy đủ)", "Directing units (full names)"),
    "csv.target.lead_units": ("Đơn vị chủ trì (tên đầy đủ)", "Lead units (full names)"),
    "csv.target.cooperating_units": (
        "Đơn vị phối hợp (tên đầy đủ)",
        "Cooperating units (full names)",
    ),
    "csv.target.status": ("Tình trạng", "Status"),
    "csv.target.days_late": ("Số ngày quá hạn", "Days late"),
    "csv.target.units_done": ("Số đơn vị đã hoàn thành", "Units done"),
    "csv.target.units_required": ("Số đơn vị phải thực hiện", "Units required"),
    "csv.target.period": ("Kỳ báo cáo", "Reporting period"),
    "csv.target.indicators": ("Chỉ số", "Indicators"),
    "csv.target.flagged": ("Cảnh báo", "Flag"),
    "csv.target.carried_from": ("Chuyển từ (kế hoạch/mã)", "Carried from (plan/id)"),
    "csv.target.origin": ("Chuyển tiếp từ (số thứ tự, năm)", "Carried over from (number, year)"),
    "csv.target.carried_to": ("Chuyển sang (kế hoạch/mã)", "Carried to (plan/id)"),
    "csv.target.carried_on": ("Ngày chuyển tiếp", "Carried on"),
    "csv.target.added": ("Thêm từ ngày", "Added from"),
    "csv.target.printed": (
        "Số thứ tự trong bản điều chỉnh mới nhất",
        "Number printed (latest revision)",
    ),
    "csv.target.number": ("Số thứ tự theo kế hoạch đang hiệu lực", "Number in the plan in force"),
    "csv.target.cancelled": ("Bãi bỏ từ ngày", "Annulled from"),
    "csv.target.cancelled_reason": ("Lý do bãi bỏ", "Why annulled"),
    "csv.target.roles": ("Vai trò", "Roles"),
    "csv.target.via": ("Qua tập thể", "Via collective"),
    "csv.target.in_place_of": (
        "Thay đơn vị đã sáp nhập hoặc đổi tên",
        "In place of units merged or renamed",
    ),
    "csv.target.role_details": ("Vai trò chi tiết", "Role details"),
    "csv.target.unit_status": ("Phần của đơn vị", "Own part"),
    "csv.target.unit_reported": ("Đơn vị báo cáo gần nhất", "Unit's last report"),
    "csv.target.unit_finished_on": ("Phần của đơn vị hoàn thành ngày", "Own part finished on"),
    "csv.target.unit_last_status": (
        "Báo cáo gần nhất của phần đã đóng (chuyển kế hoạch, bãi bỏ)",
        "Closed part's latest report (carried over, annulled)",
    ),
    # progress entries: progress list
    "csv.entry.id": ("Mã mục", "Entry"),
    "csv.entry.target": ("Chỉ tiêu", "Target"),
    "csv.entry.unit": ("Mã đơn vị", "Unit id"),
    "csv.entry.status": ("Trạng thái", "Status"),
    "csv.entry.date": ("Ngày", "Date"),
    "csv.entry.values": ("Số liệu", "Values"),
    "csv.entry.note": ("Nội dung", "Note"),
    "csv.entry.obstacles": ("Khó khăn, vướng mắc", "Obstacles"),
    "csv.entry.proposals": ("Đề xuất, kiến nghị", "Proposals"),
    "csv.entry.evidence": ("Căn cứ", "Evidence"),
    "csv.entry.by": ("Người báo cáo", "Reported by"),
    "csv.entry.corrects": ("Đính chính mục", "Corrects"),
    "csv.entry.forced": ("Ghi khi không được phân công", "Not assigned"),
    "csv.entry.counts": ("Số đếm (tử/mẫu)", "Counts"),
    "csv.entry.written": ("Thời điểm ghi", "Written at"),
    "csv.entry.unit_name": ("Đơn vị", "Unit"),
    "csv.entry.corrected_by": ("Được đính chính bởi", "Corrected by"),
    "csv.entry.target_origin": (
        "Chỉ tiêu chuyển tiếp từ (số thứ tự, năm)",
        "Target carried over from (number, year)",
    ),
    # the unit catalog: units
    "csv.unit.id": ("Mã đơn vị", "Unit id"),
    "csv.unit.name": ("Tên đơn vị", "Name"),
    "csv.unit.kind": ("Loại", "Kind"),
    "csv.unit.source": ("Nguồn", "Source"),
    "csv.unit.aliases": ("Tên khác", "Aliases"),
    "csv.unit.members": ("Thành viên", "Members"),
    "csv.unit.scope": ("Phạm vi", "Scope"),
    "csv.unit.directing": ("Chỉ đạo (trực tiếp)", "Directs (named)"),
    "csv.unit.lead": ("Chủ trì (trực tiếp)", "Leads (named)"),
    "csv.unit.cooperating": ("Phối hợp (trực tiếp)", "Cooperates (named)"),
    "csv.unit.directing_via_collective": ("Chỉ đạo (qua tập thể)", "Directs (via collective)"),
    "csv.unit.lead_via_collective": ("Chủ trì (qua tập thể)", "Leads (via collective)"),
    "csv.unit.cooperating_via_collective": (
        "Phối hợp (qua tập thể)",
        "Cooperates (via collective)",
    ),
    # values
    "csv.yes": ("có", "yes"),
    "csv.source.appendix": ("Phụ lục", "Appendix"),
    "csv.source.decree": ("Nghị định", "Decree"),
    "csv.source.public-record": ("Thông tin công khai", "Public record"),
    "csv.source.user": ("Người dùng thêm", "Added by a user"),
    "csv.scope.all": ("Tất cả thành viên", "All members"),
    "csv.scope.concerned": ("Các đơn vị liên quan", "Those concerned"),
    "csv.scope.subset": ("Một số thành viên", "Some members"),
}
