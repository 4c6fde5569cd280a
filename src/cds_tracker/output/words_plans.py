"""Words of `cds import`, `diff`, `plans` and `carry-over` (merged by `words.catalogue`)."""

from __future__ import annotations

PLAN_LABELS: dict[str, tuple[str, str]] = {
    # import, diff, plans, carry-over (issue 16)
    "import_missing_column": (
        "tiêu đề bảng không có cột '{field}'",
        "the table's header has no '{field}' column",
    ),
    "import_optional_column": (
        "bảng không có cột '{field}' (cột không bắt buộc): ô này để trống ở mọi chỉ tiêu",
        "the table has no '{field}' column (an optional one): that cell is left empty in every "
        "target",
    ),
    "import_no_table_hint": (
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
    "import_roman_target": (
        "dòng số '{text}' có đơn vị hoặc thời hạn: không phải dòng nhóm, mà chỉ tiêu không đánh "
        "số Ả Rập; bỏ qua",
        "row '{text}' has units or a deadline: not a group row but a target without an Arabic "
        "number; skipped",
    ),
    "import_roman_target_hint": (
        "đánh số chỉ tiêu 1, 2 … trong nhóm; dòng nhóm (I, II …) chỉ có tên nhóm",
        "number targets 1, 2 … within their group; a group row (I, II …) holds only its title",
    ),
    "import_duplicate_group": ("nhóm {id} xuất hiện hai lần", "group {id} occurs twice"),
    "import_duplicate_group_hint": (
        "mỗi nhóm một số La Mã riêng",
        "give each group its own numeral",
    ),
    "import_duplicate_target": (
        "số thứ tự trùng: {id} đã có ở {first}; dòng này chưa thành chỉ tiêu",
        "repeated number: {id} is already at {first}; this row is not made a target",
    ),
    "import_duplicate_target_hint": (
        "sửa số thứ tự trong bảng rồi nhập lại; nội dung dòng này được giữ trong `needs_review` "
        "(chỗ cần quyết định) của chỉ tiêu trùng số",
        "correct the number in the table and import again; this row's text is kept in the "
        "needs_review of the target with that number",
    ),
    "import_title_row": (
        "dòng đánh số '{text}' nhưng các ô là tiêu đề cột; chưa thành chỉ tiêu",
        "a row numbered '{text}' whose cells are column titles; not made a target",
    ),
    "import_title_row_hint": (
        "tiêu đề lặp lại thì xóa số thứ tự ở dòng đó; chỉ tiêu thì ghi nội dung của nó, "
        "rồi nhập lại",
        "a repeated header: delete the number in that row; a target: write its content, then "
        "import again",
    ),
    "import_formula_hint": (
        "hoặc mở tệp bằng Excel rồi lưu lại: Excel tính và lưu kết quả của công thức",
        "or open the file in Excel and save it: Excel computes and stores the formula's result",
    ),
    "import_unseen": (
        "ô có ký tự vô hình ({character}), giữ nguyên như trong tệp; xóa nó đi (cds validate "
        "báo đến khi xóa)",
        "the cell holds an invisible character ({character}), kept as in the file; delete it "
        "(cds validate flags it until deleted)",
    ),
    "import_unseen_hint": (
        "xóa ký tự đó trong tệp đã nhập (hoặc trong tệp gốc rồi nhập lại): dấu cách độ rộng 0, "
        "dấu hướng chữ làm hai nội dung trông giống nhau mà khác nhau (không ghép được với bản "
        "điều chỉnh, tên đơn vị không khớp) hoặc đảo thứ tự chữ khi in",
        "delete that character in the imported file (or in the source, then import again): "
        "zero-width spaces and direction marks make two texts that look the same differ (a "
        "revision no longer pairs, a unit's name no longer matches) or reorder the words in print",
    ),
    "import_empty_content": ("ô nội dung chỉ tiêu trống", "the target's content cell is empty"),
    "import_empty_content_hint": (
        "ghi nội dung chỉ tiêu vào ô đó (như văn bản kế hoạch) rồi nhập lại, hoặc ghi vào "
        "content của chỉ tiêu trong tệp đã nhập",
        "write the target's text in that cell (as the plan states it) and import again, or in "
        "the target's content in the imported file",
    ),
    "import_no_group": (
        "chỉ tiêu đứng trước mọi dòng nhóm (I., II., …); bỏ qua",
        "a target comes before any group row (I., II., …); skipped",
    ),
    "import_no_group_hint": (
        "thêm dòng nhóm, ví dụ 'I. Dữ liệu số', phía trên",
        "add a group row, e.g. 'I. Dữ liệu số', above it",
    ),
    "import_note": ("ghi chú", "note"),
    # What openpyxl met reading a workbook (registry/importing/heard.py), in our words.
    "import_read_date_out_of_range": (
        "ô định dạng ngày nhưng số {value} không phải một ngày Excel hiểu được; đọc là '#VALUE!'",
        "the cell is formatted as a date, but {value} is no date Excel can show; read as '#VALUE!'",
    ),
    "import_read_date_out_of_range_hint": (
        "gõ lại ô trong Excel: tháng dạng '10/2023' hoặc 'Tháng 10/2023' (định dạng ô: Văn bản),"
        " hay một ngày thật; rồi chạy lại cds import",
        "retype the cell in Excel: a month as '10/2023' or 'Tháng 10/2023' (cell format: Text),"
        " or a real date; then import again",
    ),
    "import_read_sheet_skipped": (
        "tệp có trang '{sheet}' nhưng không đọc được trang này (tệp hỏng một phần): bảng trên"
        " trang đó không được nhập",
        "the file lists the sheet '{sheet}' but it cannot be read (the file is partly damaged):"
        " a table on it is not imported",
    ),
    "import_read_sheet_skipped_hint": (
        "mở tệp bằng Excel và lưu lại thành tệp .xlsx mới (Tệp > Lưu thành), rồi chạy lại"
        " cds import với tệp mới",
        "open the file in Excel and save it as a new .xlsx file (File > Save As), then import"
        " the new file",
    ),
    "import_indicator_proposed": (
        "đề xuất chỉ số {key}: '{text}' ({comparator} {value}%), cần người xác nhận",
        "proposed the indicator {key}: '{text}' ({comparator} {value}%), to be confirmed",
    ),
    "import_indicators_more": (
        "ô này nêu thêm {count} ngưỡng %, không được đề xuất (mỗi chỉ tiêu tối đa {limit});"
        " thêm chỉ số bằng tay nếu cần",
        "this cell states {count} more % {count:threshold|thresholds}, not proposed (at most "
        "{limit} a target); add indicators by hand if needed",
    ),
    "import_indicators_proposed": (
        "{count} chỉ số đề xuất từ ngưỡng % trong nội dung của {target_count} chỉ tiêu:\n"
        "{targets}.\n"
        "Xem lại `key`, `measures`, `scope` (docs/registry-format.md, mục Indicators),\n"
        "rồi xóa dòng `needs_review` (chỗ cần quyết định) của từng chỉ số.",
        "{count} {count:indicator|indicators} proposed from the % thresholds in the texts (targets:"
        " {target_count}):\n{targets}.\n"
        "Review key, measures, scope (docs/registry-format.md, section Indicators),\n"
        "then delete each indicator's needs_review line.",
    ),
    "import_indicators_possible": (
        "{count} ngưỡng % trong nội dung của {target_count} chỉ tiêu chưa có chỉ số"
        ":\n{targets}.\n"
        "Chạy lại với --indicators để ghi đề xuất (người xác nhận từng chỉ số),\n"
        "hoặc thêm bằng tay theo docs/registry-format.md, mục Indicators.",
        "{count} % {count:threshold|thresholds} in the texts {count:has|have} no indicator "
        "(targets: {target_count}):\n"
        "{targets}.\n"
        "Import again with --indicators to write proposals (each to be confirmed),\n"
        "or add them by hand as docs/registry-format.md, section Indicators, shows.",
    ),
    "import_indicators_countable": (
        "Chỉ tiêu nêu số lượng nhưng chưa có chỉ số: {targets}; thêm bằng tay\n"
        "nếu cần theo dõi (docs/registry-format.md, mục Indicators).",
        "Targets that state a count but have no indicator: {targets}; add one by\n"
        "hand to follow it (docs/registry-format.md, section Indicators).",
    ),
    "import_reporting_read": (
        "cột Ghi chú '{text}': đã đọc kỳ báo cáo là {name} (`reporting: {period}`, "
        "docs/registry-format.md)",
        "the Ghi chú (notes) cell '{text}': reporting period read as {name} (`reporting: "
        "{period}`, docs/registry-format.md)",
    ),
    "import_reporting_unread": (
        "cột Ghi chú '{text}' nói về báo cáo nhưng không nêu kỳ sổ đăng ký hỗ trợ: tạm để "
        "hằng tháng",
        "the Ghi chú (notes) cell '{text}' speaks of reporting but names no period the "
        "registry supports: left monthly",
    ),
    "import_reporting_unread_hint": (
        "ghi kỳ báo cáo vào chỉ tiêu: `reporting: monthly` (hằng tháng), `quarterly` (hằng quý), "
        "`half-yearly` (6 tháng) hoặc `yearly` (hằng năm) (docs/registry-format.md)",
        "write reporting: monthly, quarterly, half-yearly or yearly in the target "
        "(docs/registry-format.md)",
    ),
    "import_unit_read_as": (
        "đã đọc '{text}' là '{name}'",
        "read '{text}' as '{name}'",
    ),
    "import_bad_deadline": (
        "không đọc được thời hạn '{text}'",
        "cannot read the deadline '{text}'",
    ),
    "import_no_month_hint": (
        "tháng chỉ từ 1 đến 12: sửa theo văn bản gốc, ví dụ 'Tháng 12/{year}'",
        "months run from 1 to 12: correct it from the signed plan, e.g. 'Tháng 12/{year}'",
    ),
    "import_no_day_hint": (
        "sửa theo văn bản gốc thành một ngày có thật, ví dụ '30/6/{year}', hoặc 'Tháng 6/{year}'",
        "correct it from the signed plan to a real day, e.g. '30/6/{year}', or 'Tháng 6/{year}'",
    ),
    "import_deadline_years_hint": (
        # What cds reads (docs/registry-format.md, Deadline wordings): a period is none of them
        "cds đọc một tháng, quý, ngày hoặc năm ('Tháng 12/{year}', 'Quý IV/{year}', "
        "'31/12/{year}', 'Năm {year}') hoặc 'Thường xuyên': ghi hạn cuối của giai đoạn, hoặc "
        "'Thường xuyên' nếu việc làm suốt giai đoạn",
        "cds reads a month, a quarter, a day or a year ('Tháng 12/{year}', 'Quý IV/{year}', "
        "'31/12/{year}', 'Năm {year}') or 'Thường xuyên': write the period's end, or "
        "'Thường xuyên' if the work runs through the period",
    ),
    "import_bad_deadline_hint": (
        # The four kinds (a month, a quarter, a day, ongoing) in one 80-column line; the
        # half-year and year wordings are in docs/registry-format.md, Deadline wordings.
        "viết 'Tháng 9/{year}', 'Quý III/{year}', '30/11/{year}' hoặc 'Thường xuyên'",
        "write 'Tháng 9/{year}', 'Quý III/{year}', '30/11/{year}' or 'Thường xuyên'",
    ),
    "import_where": ("bảng {table}, dòng {row}, cột {col}", "table {table}, row {row}, col {col}"),
    "import_where_cell": ("trang {sheet}, ô {cell}", "sheet {sheet}, cell {cell}"),
    "import_where_row": ("bảng {table}, dòng {row}", "table {table}, row {row}"),
    "import_where_sheet_row": ("trang {sheet}, dòng {row}", "sheet {sheet}, row {row}"),
    "import_no_table": (
        "không tìm thấy bảng chỉ tiêu trong '{file}'",
        "no table of targets found in '{file}'",
    ),
    "import_is_form": (
        "'{file}' là phiếu báo cáo tiến độ (do cds form lập), không phải phụ lục kế hoạch",
        "'{file}' is a progress return form (made by cds form), not a plan's appendix",
    ),
    "import_is_form_hint": (
        "nhập phiếu báo cáo bằng: {command}",
        "import the return form with: {command}",
    ),
    "import_written": (
        "Đã ghi {targets} chỉ tiêu ({groups} nhóm) vào {path}.",
        "Wrote {targets} {targets:target|targets} ({groups} {groups:group|groups}) to {path}.",
    ),
    "import_review": (
        "{count} chỗ cần quyết định (`needs_review`): cds validate báo lỗi đến khi sửa xong.",
        "{count} {count:place needs|places need} a decision (needs_review): cds validate flags "
        "{count:it|them} until fixed.",
    ),
    "carry_title": (
        "{count} chỉ tiêu chưa hoàn thành của kế hoạch {source} sẽ chuyển vào {path}:",
        "{count} unfinished {count:target|targets} of plan {source} would be carried into {path}:",
    ),
    "carry_group": ("vào nhóm {group}", "joins group {group}"),
    "carry_group_new": (
        "vào nhóm mới {group} (kế hoạch mới chưa có nhóm này)",
        "joins a new group {group} (the new plan has no group of that name)",
    ),
    "carry_day_today": (
        "Tính đến hôm nay, {date} (--as-of để chọn ngày khác).",
        "As of today, {date} (--as-of for another day).",
    ),
    "carry_day_end": (
        "Tính đến {date}, ngày cuối năm của kế hoạch {plan}: các chỉ tiêu còn ở kế hoạch đó hết "
        "ngày này, từ hôm sau ở kế hoạch mới (--as-of để chọn ngày khác).",
        "As of {date}, the last day of plan {plan}'s year: the targets stay in that plan to the "
        "end of that day, in the new plan from the next (--as-of for another day).",
    ),
    "carry_day_gap": (
        "Tính đến {date}, ngày cuối năm {year}, trước năm của kế hoạch {to} (không có kế hoạch "
        "năm {year}): các chỉ tiêu còn ở kế hoạch {plan} hết ngày này, từ hôm sau ở kế hoạch "
        "mới (--as-of để chọn ngày khác).",
        "As of {date}, the last day of {year}, the year before plan {to}'s (there is no plan "
        "of {year}): the targets stay in plan {plan} to the end of that day, in the new plan "
        "from the next (--as-of for another day).",
    ),
    "carry_new_groups": (
        "Nhóm mới (nhóm cũ → nhóm mới): {pairs}. Kế hoạch mới có nhóm đó dưới tên khác thì "
        "chọn nhóm bằng --group {old}=MÃ-NHÓM-MỚI.",
        "New groups (old group → new group): {pairs}. If the new plan has that group under "
        "another name, choose it with --group {old}=NEW-GROUP-ID.",
    ),
    "carry_unit_moved": ("{unit} → {heir} ({how})", "{unit} → {heir} ({how})"),
    "carry_unknown_unit": (
        "đơn vị '{unit}' không có trong danh mục của kế hoạch mới",
        "unit '{unit}' is not in the new plan's catalog",
    ),
    "carry_confirm": ("Ghi các chỉ tiêu này?", "Write these targets?"),
    "carry_written": (
        "Đã ghi {count} chỉ tiêu vào {path}.",
        "Wrote {count} {count:target|targets} to {path}.",
    ),
    "carry_nothing": (
        "Kế hoạch {source} không còn chỉ tiêu chưa hoàn thành nào để chuyển vào {path}; chưa "
        "ghi gì.",
        "Plan {source} has no unfinished target to carry into {path}; nothing was written.",
    ),
    "carry_all_skipped": (
        "Không chuyển chỉ tiêu nào vào {path}: {count} chỉ tiêu chưa hoàn thành của kế hoạch "
        "{source} để lại theo --skip; chưa ghi gì.",
        "Nothing carried into {path}: {count} unfinished {count:target|targets} of plan "
        "{source} left behind by --skip; nothing was written.",
    ),
    "carry_nothing_carried": (
        "Kế hoạch {source} không còn chỉ tiêu chưa hoàn thành nào để chuyển vào {path} "
        "({count} chỉ tiêu đã chuyển trước đây); chưa ghi gì.",
        "Plan {source} has no unfinished target left to carry into {path} ({count} carried "
        "before); nothing was written.",
    ),
    "carry_none_new": (
        "Kế hoạch {source} không còn chỉ tiêu chưa hoàn thành nào mới để chuyển.",
        "Plan {source} has no new unfinished target to carry.",
    ),
    "carry_repair_title": (
        "Đã chuyển trước đây, còn thiếu dấu 'đã chuyển' hoặc báo cáo của phần việc:",
        "Carried before, still without their mark or their parts' reports:",
    ),
    "carry_col_origin": ("Chỉ tiêu cũ", "Was"),
    "carry_col_new": ("Mã mới", "New id"),
    "carry_col_status": ("Tình trạng", "Status"),
    "carry_col_deadline": ("Thời hạn", "Deadline"),
    "carry_col_todo": ("Còn phải ghi", "Still to write"),
    "carry_todo_mark": ("dấu 'đã chuyển' ở kế hoạch cũ", "the 'carried' mark in the old plan"),
    "carry_part_done": (
        "đã hoàn thành phần của {unit} ngày {date}: giữ là hoàn thành ở kế hoạch mới",
        "{unit} finished its part on {date}: kept as done in the new plan",
    ),
    "carry_part_done_late": (
        "đã hoàn thành phần của {unit} ngày {date}: ở kế hoạch mới giữ là “{late}”",
        "{unit} finished its part on {date}: kept in the new plan as “{late}”",
    ),
    "carry_part_open": (
        "{unit} đã báo cáo '{status}' ngày {date}: giữ báo cáo đó ở kế hoạch mới",
        "{unit} reported '{status}' on {date}: that report kept in the new plan",
    ),
    "carry_part_periodic": (
        "{unit} đã báo cáo '{status}' ngày {date}: báo cáo của kỳ đó (chỉ tiêu thường xuyên), "
        "không chép; ở kế hoạch mới đơn vị báo cáo từng kỳ",
        "{unit} reported '{status}' on {date}: that period's report (an ongoing target), not "
        "copied; under the new plan the unit reports each period",
    ),
    "heir_since": ("{unit} (từ {date})", "{unit} (from {date})"),
    "carried_to_status": (
        "Đã chuyển sang kế hoạch {plan}, chỉ tiêu {target} ở đó (“{start}”)",
        "Carried over to plan {plan}, target {target} there (“{start}”)",
    ),
    "cancelled_status": ("Bãi bỏ từ {date}", "Annulled from {date}"),
    "cancelled_between": (
        "từ {date} đến {last} (áp dụng lại sau đó)",
        "from {date} to {last} (in force again after)",
    ),
    "number_short": ("STT {number}", "no. {number}"),
    "carried_in_status": (
        "Chưa có trong kế hoạch ngày này: chuyển từ {origin} sang ngày {date}",
        "Not in the plan on that day: carried from {origin} on {date}",
    ),
    "added_status": (
        "Chưa có trong kế hoạch ngày này: thêm từ {date}",
        "Not yet in the plan on that day: added from {date}",
    ),
    "carried_from": ("Chuyển từ", "Carried from"),
    "carried_from_id": (
        "{origin} (mã {id} trong sổ đăng ký của kế hoạch đó)",
        "{origin} (id {id} in that plan's registry)",
    ),
    "carried_to": ("Chuyển sang", "Carried to"),
    "carried_to_value": ("{target} (từ ngày {date})", "{target} (from {date})"),
    "carry_part_note": (
        "Phần việc đã hoàn thành trong kế hoạch cũ ({origin})",
        "Part finished in the earlier plan ({origin})",
    ),
    "carry_report_note": (
        "Báo cáo trong kế hoạch cũ ({origin}), chuyển theo chỉ tiêu",
        "Report made under the earlier plan ({origin}), carried with the target",
    ),
    "carry_marked": (
        "Đã ghi dấu 'đã chuyển' cho {count} chỉ tiêu trong {path}.",
        "Marked {count} {count:target|targets} as carried over in {path}.",
    ),
    "carry_parts_copied": (
        "Đã chép {count} phần việc đã hoàn thành sang kế hoạch mới.",
        "Copied {count} finished {count:part|parts} into the new plan.",
    ),
    "carry_reports_copied": (
        "Đã chép {count} báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới.",
        "Copied the last {count:report|reports} of {count} unfinished {count:part|parts} into the "
        "new plan.",
    ),
    "carry_not_written": ("Chưa ghi gì.", "Nothing was written."),
    "plans_title": ("Các kế hoạch trong thư mục làm việc", "Plans in this workspace"),
    "plans_apart": ("{status} (không tính vào Chỉ tiêu)", "{status} (not in Targets)"),
    "plans_carried_counted": (
        "Chỉ tiêu đã chuyển sang kế hoạch sau vẫn tính vào Chỉ tiêu của kế hoạch cũ (chưa hoàn "
        "thành ở đó) và cũng là chỉ tiêu của kế hoạch nhận.",
        "Targets carried over to a later plan still count in the old plan's Targets (left "
        "unfinished there) and are targets of the plan they went to as well.",
    ),
    "plans_unreported_last": (
        "Kế hoạch đã hết năm ({plans}): dòng Chưa báo cáo kỳ này đếm các chỉ tiêu thường xuyên "
        "chưa báo cáo đủ kỳ cuối của kế hoạch (Chưa báo cáo kỳ cuối).",
        "Plans whose year is over ({plans}): the row Not reported this period counts the ongoing "
        "targets whose last period was not fully reported (Last period not reported).",
    ),
    "plans_note": (
        "* kế hoạch đang dùng (chọn kế hoạch khác bằng --plan)",
        "* the plan in use (choose another with --plan)",
    ),
    "plan_heading": ("Kế hoạch {name}", "Plan {name}"),
    "plan_left_out": (
        "(bỏ qua kế hoạch này vì dữ liệu có lỗi; lỗi đầu tiên: {problem}; xem mọi lỗi: {command})",
        "(this plan is left out, its data is invalid; first problem: {problem}; "
        "see them all: {command})",
    ),
    "plans_registries": ("Sổ đăng ký:", "Registries:"),
    "plans_invalid_row": (
        "Dữ liệu có lỗi, không đếm được; lỗi đầu tiên: {problem}; xem mọi lỗi: {command}",
        "Invalid data, not counted; first problem: {problem}; see them all: {command}",
    ),
    "csv.plan": ("Kế hoạch", "Plan"),
    "diff_title": (
        "{old} → {new}: thêm {added}, bỏ {removed}, sửa {changed} chỉ tiêu.",
        "{old} → {new}: {added} added, {removed} removed, {changed} changed targets.",
    ),
    "diff_same": ("Không có khác biệt.", "No differences."),
    "diff_invalid_side": (
        "cảnh báo: {side} không hợp lệ (cds validate từ chối, {count} lỗi); so sánh với tệp này "
        "có thể sai:",
        "warning: {side} is invalid (cds validate refuses it, {count} {count:problem|problems}); a "
        "comparison with it may be wrong:",
    ),
    "diff_marked_side": (
        "ghi chú: {side} có {count} chỗ cần người quyết định, đã đánh dấu khi nhập từ Word/Excel "
        "(`needs_review`; cds validate báo đến khi sửa xong), không làm hỏng phép so sánh:",
        "note: {side} has {count} {count:place|places} awaiting a decision, marked when imported "
        "from Word/Excel (needs_review; cds validate reports them until fixed), no fault of the "
        "comparison:",
    ),
    "diff_more": ("… và {count} chỗ khác: {command}", "… and {count} more: {command}"),
    "diff_field_group": ("Nhóm", "Group"),
    "diff_field_content": ("Nội dung chỉ tiêu", "Content"),
    "diff_field_directing_text": ("Trực tiếp chỉ đạo", "Directing"),
    "diff_field_directing_units": (
        "Trực tiếp chỉ đạo (theo danh mục)",
        "Directing (catalog units)",
    ),
    "diff_field_lead_text": ("Đơn vị chủ trì", "Lead"),
    "diff_field_lead_units": ("Đơn vị chủ trì (theo danh mục)", "Lead (catalog units)"),
    "diff_field_cooperating_text": ("Đơn vị phối hợp", "Cooperating"),
    "diff_field_cooperating_units": (
        "Đơn vị phối hợp (theo danh mục)",
        "Cooperating (catalog units)",
    ),
    "diff_field_deadline_text": ("Thời gian hoàn thành", "Deadline"),
    "diff_field_deadline_due": ("Hạn (ngày/tháng)", "Due (day/month)"),
    "diff_field_notes": ("Ghi chú", "Notes"),
    "diff_field_indicators": ("Chỉ số", "Indicators"),
    "diff_field_carried_from": ("Chuyển từ", "Carried from"),
    # What an appendix's heading did not state (registry/importing/heading.py): left blank, never
    # taken from another plan; the line goes into the registry too, for `cds validate`.
    "import_heading_plan": (
        'tệp không ghi số, ngày kế hoạch (dòng "(Kèm theo Kế hoạch số …/KH-BCĐ ngày … của …)" '
        "trên bảng): để trống; hãy viết số (`plan.number`), ký hiệu (`plan.symbol`), ngày "
        "(`plan.date`), cả dòng trích dẫn (`plan.reference`) và cơ quan ban hành (`issuer`) như "
        "in trên kế hoạch",
        "the file does not state the plan's number and date (the line \"(Kèm theo Kế hoạch số "
        '…/KH-BCĐ ngày … của …)" above the table): left blank; write the number (plan.number), '
        "symbol (plan.symbol), date (plan.date), the whole citation (plan.reference) and the "
        "issuer (issuer) as printed on the plan",
    ),
    "import_heading_appendix": (
        'tệp không ghi tên phụ lục (dòng "Phụ lục 01" trên bảng): để trống; hãy viết vào appendix',
        'the file does not name the appendix (the line "Phụ lục 01" above the table): left '
        "blank; write it in appendix",
    ),
    "import_heading_title": (
        'tệp không ghi tiêu đề phụ lục (dòng dưới "Phụ lục 01"): để trống; hãy viết vào title',
        'the file does not state the appendix\'s title (the line under "Phụ lục 01"): left '
        "blank; write it in title",
    ),
    "import_heading_year": (
        "không biết năm của kế hoạch (tệp không ghi ngày kế hoạch, không có thư mục plans/<năm>, "
        "không có thời hạn theo tháng): hãy viết năm vào year",
        "the plan's year is unknown (the file states no plan date, there is no plans/<year> "
        "folder, no monthly deadline): write it in year",
    ),
    # units over time (registry/succession.py, the validity rules in registry/rules_plans.py)
    "model.not_day": (
        "'{value}' không phải là ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
        "'{value}' is not a day (dd/mm/yyyy or yyyy-mm-dd)",
    ),
    "report_no_part": (
        "Không có phần riêng (chỉ đạo, phối hợp): {count}",
        "No part of its own (directing, cooperating): {count}",
    ),
    "in_place_of": ("thay {unit}, đã sáp nhập", "in place of {unit}, merged"),
    "in_place_of_renamed": ("trước đây là {unit}, đã đổi tên", "formerly {unit}, renamed"),
    "col_validity": ("Thời gian tồn tại", "In existence"),
    "units_title_on": ("Danh mục đơn vị ngày {day}", "Unit catalog on {day}"),
    "unit_valid_from": ("từ {day}", "from {day}"),
    "unit_valid_to": ("đến {day}", "until {day}"),
    "unit_successor": ("rồi sáp nhập vào {unit}", "then merged into {unit}"),
    "unit_merged": ("đã sáp nhập vào {unit} ({span})", "merged into {unit} ({span})"),
    "unit_now": (", nay là {unit}", ", now {unit}"),
    "import_row_text": ("nội dung dòng: {cells}", "the row reads: {cells}"),
    "rule.needs_review": (
        "giá trị nhập cần người quyết định: {note}",
        "an imported value needs a decision: {note}",
    ),
    "rule.hint.review_target": (
        "sửa trường đó, rồi xóa dòng này (và dòng `needs_review:` khi đã trống)",
        "correct that field, then delete this line (and needs_review: if empty)",
    ),
    "rule.year_not_folder": (
        "kế hoạch năm {year} nằm trong thư mục của kế hoạch {folder}",
        "a plan of {year} is in the folder of plan {folder}",
    ),
    "rule.hint.year_not_folder": (
        "đây là đầu văn bản của kế hoạch khác: viết năm {year}, số, ngày kế hoạch như in trên kế "
        "hoạch {folder}; hoặc chuyển tệp sang thư mục đúng năm",
        "this is another plan's heading: write the year {year} and the plan's number and date as "
        "printed on plan {folder}; or move the file to its year's folder",
    ),
    "rule.hint.review_document": (
        "viết điều dòng này nêu như in trên văn bản kế hoạch, rồi xóa dòng này (và dòng "
        "`needs_review:` khi đã trống); đến khi đó văn bản in chỗ trống …………",
        "write what this line says as printed on the plan, then delete this line (and "
        "needs_review: if empty); until then documents print blanks …………",
    ),
    "rule.hint.review_file": (
        "thêm chỉ tiêu vào nhóm (hoặc sửa bảng, nhập lại), rồi xóa dòng này",
        "add the target to its group (or fix the table), then delete this line",
    ),
    "rule.hint.review_column": (
        "ghi ô của cột này (đơn vị chủ trì, thời hạn) cho từng chỉ tiêu, hoặc thêm cột vào bảng "
        "rồi nhập lại; sau đó xóa dòng này",
        "write this column's cell (lead units, deadline) into each target, or add the column to "
        "the table and import again; then delete this line",
    ),
    "load.review_not_list": (
        "`needs_review` (chỗ cần quyết định) phải là danh sách các dòng chữ",
        "needs_review must be a list of lines of text",
    ),
    "diff_unit": ("đơn vị", "unit"),
    "diff_field_reporting": ("Kỳ báo cáo", "Reporting"),
    "diff_field_indicator": ("Chỉ số {key}, {field}", "Indicator {key}, {field}"),
    "carry.same_plan": (
        "--from và --to là cùng một kế hoạch",
        "--from and --to name the same plan",
    ),
    "carry.hint.same_plan": (
        "chuyển sang kế hoạch sau, ví dụ --from 2023 --to 2024",
        "carry over to the next plan, e.g. --from 2023 --to 2024",
    ),
    "revise.no_day": (
        "--revise cần --on: phần đầu của {file} không ghi ngày của văn bản điều chỉnh",
        "--revise needs --on: the heading of {file} states no date of the revising document",
    ),
    "revise.on_range": (
        "--on {day}: bản điều chỉnh kế hoạch năm {year} có hiệu lực trong năm {year} hoặc {next}",
        "--on {day}: a revision of the {year} plan takes effect in {year} or {next}",
    ),
    "revise.on_not_heading": (
        "--on {day}: phần đầu của {file} ghi văn bản điều chỉnh ngày {stated}; bản điều chỉnh "
        "có hiệu lực từ ngày của văn bản",
        "--on {day}: the heading of {file} dates the revising document {stated}; a revision "
        "takes effect on its document's date",
    ),
    "revise.on_before_plan": (
        "--on {day}: trước ngày {plan} của kế hoạch được điều chỉnh; bản điều chỉnh không thể có "
        "hiệu lực trước khi có kế hoạch",
        "--on {day}: before {plan}, the date of the plan being revised; a revision cannot take "
        "effect before the plan exists",
    ),
    "revise.hint.on_before_plan": (
        "ghi ngày ký văn bản điều chỉnh, từ {plan} trở đi, ví dụ --on {plan}",
        "give the day the revising document was signed, {plan} or later, e.g. --on {plan}",
    ),
    "revise.hint.on_not_heading": (
        "bỏ --on (ngày {stated} được lấy từ phần đầu), hoặc ghi --on {stated}; nếu phần đầu ghi "
        "sai ngày, sửa nó trong tệp rồi chạy lại",
        "leave out --on (the heading's {stated} is taken), or write --on {stated}; if the "
        "heading's date is wrong, correct it in the file and run again",
    ),
    "revise.hint.no_day": (
        "ngày bản điều chỉnh có hiệu lực, ví dụ --on 10/06/2024 (các chỉ tiêu bị bỏ được bãi "
        "bỏ từ ngày đó)",
        "the day the revision takes effect, e.g. --on 10/06/2024 (dropped targets are annulled "
        "from that day)",
    ),
    "carry.group_form": (
        "--group '{value}': cần dạng NHÓM-CŨ=NHÓM-MỚI",
        "--group '{value}': expected OLD-GROUP=NEW-GROUP",
    ),
    "carry.hint.group_form": (
        "mã hoặc tên nhóm, ví dụ --group I=II hoặc --group 'Dữ liệu số=Chính quyền số'",
        "a group's id or name, e.g. --group I=II or --group 'Dữ liệu số=Chính quyền số'",
    ),
    "carry.group_unknown": (
        "--group '{value}': kế hoạch {plan} không có nhóm '{name}'",
        "--group '{value}': plan {plan} has no group '{name}'",
    ),
    "carry.group_no_numeral": (
        "--group '{value}': kế hoạch mới không có nhóm {name}",
        "--group '{value}': the new plan has no group {name}",
    ),
    "carry.hint.group_no_numeral": (
        "các nhóm: {names}; để lập nhóm mới, ghi tên nhóm (số La Mã tự đánh tiếp), ví dụ "
        "--group '{old}={title}'",
        "its groups: {names}; for a new group, give its name (numbered next), e.g. "
        "--group '{old}={title}'",
    ),
    "carry.hint.group_unknown": ("các nhóm: {names}", "its groups: {names}"),
    "carry.group_invisible": (
        "--group '{value}': tên nhóm mới có ký tự vô hình hoặc ký tự điều khiển ({character})",
        "--group '{value}': the new group's name holds an invisible or control character "
        "({character})",
    ),
    "carry.group_twice": (
        "--group: nhóm {group} được chuyển vào hai nhóm khác nhau: '{first}' và '{second}'",
        "--group: group {group} is sent to two different groups: '{first}' and '{second}'",
    ),
    "carry.hint.group_twice": (
        "mỗi nhóm cũ chỉ vào một nhóm mới: giữ một --group {group}=…",
        "each old group goes to one new group: keep one --group {group}=…",
    ),
    "carry.not_later": (
        "kế hoạch {destination} (năm {year}) không sau kế hoạch {source} (năm {source_year}):"
        " chỉ chuyển chỉ tiêu sang kế hoạch của năm sau",
        "plan {destination} (year {year}) is not later than plan {source} (year {source_year}):"
        " targets are only carried over into a later year's plan",
    ),
    "carry.hint.swap": (
        "nếu --from và --to bị đổi chỗ: cds carry-over --from {to} --to {source}",
        "if --from and --to were swapped: cds carry-over --from {to} --to {source}",
    ),
    "carry.hint.not_later": (
        "chọn với --to kế hoạch của năm {year} hoặc sau nữa",
        "give --to a plan of {year} or later",
    ),
    "carry.half_done": (
        "cds: chú ý: kế hoạch {plan} chưa nhận xong {count} chỉ tiêu chuyển từ kế hoạch "
        "{source} ({targets}): lệnh carry-over bị dừng giữa chừng, các phần việc đã báo cáo ở "
        "kế hoạch {source} chưa được chép sang và kế hoạch {source} vẫn tính các chỉ tiêu đó, "
        "nên số liệu của hai kế hoạch chưa đúng. Chạy lại để ghi nốt: {command}",
        "cds: note: plan {plan} has not finished taking {count} {count:target|targets} carried "
        "from plan {source} ({targets}): carry-over stopped half-way, the parts reported in "
        "plan {source} are not copied and plan {source} still counts those targets, so neither "
        "plan's figures are right. Run it again to finish: {command}",
    ),
    "carry.plan_between": (
        "kế hoạch {between} (năm {between_year}) nằm giữa kế hoạch {source} (năm {source_year}) "
        "và kế hoạch {destination} (năm {year}): chỉ tiêu chỉ chuyển sang kế hoạch kế tiếp, "
        "mỗi kế hoạch theo dõi chỉ tiêu trong năm của nó",
        "plan {between} (year {between_year}) lies between plan {source} (year {source_year}) "
        "and plan {destination} (year {year}): targets are carried into the next plan only, "
        "each plan following them through its year",
    ),
    "carry.hint.plan_between": (
        "chuyển sang kế hoạch kế tiếp trước: cds carry-over --from {source} --to {between}, "
        "rồi cds carry-over --from {between} --to {to}",
        "carry into the next plan first: cds carry-over --from {source} --to {between}, then "
        "cds carry-over --from {between} --to {to}",
    ),
    "carry.deadline_before": (
        "--deadline {month} ở trước năm {year} của kế hoạch nhận",
        "--deadline {month} is before {year}, the year of the plan carried into",
    ),
    "carry.deadline_after": (
        "--deadline {month} ở sau năm {last}, quá xa năm {year} của kế hoạch nhận",
        "--deadline {month} is after {last}: too far from {year}, the year of the plan carried "
        "into",
    ),
    "carry.hint.deadline": (
        "chọn một tháng hay một ngày của năm {year}, ví dụ --deadline 6/{year} hay --deadline "
        "15/10/{year}",
        "choose a month or a day of {year}, e.g. --deadline 6/{year} or --deadline 15/10/{year}",
    ),
    "carry.would_be_invalid": (
        "chuyển các chỉ tiêu sẽ làm {path} không hợp lệ; chưa ghi gì",
        "carrying over would make {path} invalid; nothing was written",
    ),
    "carry.problem_of": ("{origin} (mã mới {new}): {said}", "{origin} (new id {new}): {said}"),
    "carry.problem_and": ("{first}; {then}", "{first}; {then}"),
    "carry.roles_and": ("{first}, {then}", "{first}, {then}"),
    "carry.hint.gone_no_successor": (
        "nếu đơn vị khác đã nhận công việc của '{unit}', ghi vào {path} (`- id: {unit}`, "
        "`merged_into: <id đơn vị đó>`) rồi chạy lại cds carry-over: công việc chuyển sang đơn vị "
        "đó; nếu '{unit}' vẫn còn, sửa ngày cuối cùng (`valid_to`) của nó",
        "if another unit took over the work of '{unit}', write it in {path} (- id: {unit}, "
        "merged_into: <that unit's id>) and run cds carry-over again: the work passes to that "
        "unit; if '{unit}' still exists, correct its valid_to",
    ),
    "carry.cannot_write": (
        "không ghi được {path}: {reason}; chưa ghi gì",
        "could not write {path}: {reason}; nothing was written",
    ),
    "carry.partly_written": (
        "không ghi được {path}: {reason}; đã ghi: {written}",
        "could not write {path}: {reason}; written already: {written}",
    ),
    "carry.partly_written_said": (
        "{said}; đã ghi: {written}",
        "{said}; written already: {written}",
    ),
    "carry.hint.partly_written": (
        "việc chuyển mới làm một nửa: cds validate báo phần còn thiếu; sửa nguyên nhân rồi chạy "
        "lại cds carry-over để hoàn tất",
        "the carry-over is half done: cds validate says what is missing; fix the cause and run "
        "cds carry-over again to finish it",
    ),
    "rule.unit_ends_before": (
        "đơn vị '{unit}' kết thúc (`valid_to`) trước khi bắt đầu (`valid_from`)",
        "unit '{unit}' ends (valid_to) before it begins (valid_from)",
    ),
    "rule.hint.unit_days": (
        "`valid_from` là ngày đầu tiên, `valid_to` là ngày cuối cùng đơn vị tồn tại (dd/mm/yyyy)",
        "valid_from is the first day the unit existed, valid_to the last (dd/mm/yyyy)",
    ),
    "rule.unknown_successor": (
        "đơn vị kế thừa '{successor}' của đơn vị '{unit}' không có trong danh mục",
        "unknown successor '{successor}' of unit '{unit}'",
    ),
    "rule.successor_loop": (
        "chuỗi đơn vị kế thừa của '{unit}' quay vòng: {chain}",
        "the successors of unit '{unit}' go round in a loop: {chain}",
    ),
    "rule.hint.successor_loop": (
        "đơn vị kế thừa của một đơn vị đã sáp nhập phải là đơn vị không sáp nhập ngược lại vào nó",
        "a merged unit's successor must be a unit that was not merged back into it",
    ),
    "changes.unknown_unit": (
        "không có đơn vị '{unit}' trong danh mục của kế hoạch nào: thay đổi này không áp dụng được",
        "no plan's catalog has a unit '{unit}': this change applies to nothing",
    ),
    "changes.hint.unknown_unit": (
        "ghi đúng mã đơn vị như trong danh mục, hoặc thêm 'name' (và kind, source) nếu đây là "
        "đơn vị mới",
        "write the unit's id as the catalog does, or add 'name' (and kind, source) for a new unit",
    ),
    "rule.successor_absent": (
        "đơn vị kế thừa '{successor}' của '{unit}' không tồn tại vào ngày {day}, ngày nó nhận "
        "việc (tồn tại từ {since} đến {until})",
        "successor '{successor}' of '{unit}' does not exist on {day}, the day it takes over "
        "(it exists from {since} to {until})",
    ),
    "rule.hint.successor_absent": (
        "sửa ngày cuối cùng (`valid_to`) của '{unit}' hoặc ngày đầu, ngày cuối (`valid_from`, "
        "`valid_to`) của '{successor}' để đơn vị kế thừa bắt đầu ngay ngày sau khi '{unit}' kết "
        "thúc, hoặc chọn đơn vị kế thừa khác",
        "correct valid_to of '{unit}' or valid_from/valid_to of '{successor}' so that the "
        "successor exists from the day after '{unit}' ends, or name another successor",
    ),
    "rule.successor_gone": (
        "đơn vị kế thừa '{successor}' của '{unit}' không còn tồn tại vào ngày {day}, ngày nó "
        "nhận việc: đã {how}",
        "successor '{successor}' of '{unit}' no longer exists on {day}, the day it takes over: "
        "{how}",
    ),
    "rule.hint.successor_gone": (
        "ghi đơn vị còn tồn tại ngày {day}: `merged_into: {heir}`, hoặc sửa ngày cuối cùng "
        "(`valid_to`) của '{unit}'",
        "name the unit that existed on {day}: merged_into: {heir}, or correct valid_to of '{unit}'",
    ),
    "rule.successor_no_end": (
        "đơn vị '{unit}' có đơn vị kế thừa (`successor`) nhưng không có ngày cuối cùng "
        "(`valid_to`)",
        "unit '{unit}' has a successor but no valid_to",
    ),
    "rule.hint.successor_no_end": (
        "ghi `valid_to:` ngày cuối cùng trước khi sáp nhập (dd/mm/yyyy)",
        "write valid_to: the last day before the merger (dd/mm/yyyy)",
    ),
    "diff.not_well_formed": (
        "'{old}' hoặc '{new}' không phải là một sổ đăng ký đúng dạng",
        "'{old}' or '{new}' is not a well-formed registry",
    ),
    "diff.hint.validate": ("chạy cds validate với cả hai tệp", "run cds validate on both"),
    "diff.no_such_side": (
        "'{arg}' không phải là tệp, cũng không phải tên kế hoạch",
        "'{arg}' is neither a file nor a plan",
    ),
    "diff.hint.sides": (
        "ghi một sổ đăng ký .yaml, một phụ lục .docx/.xlsx, hoặc tên một kế hoạch (cds plans)",
        "give a registry .yaml, a .docx/.xlsx appendix, or a plan name (cds plans)",
    ),
    "diff.cannot_read": ("không đọc được '{arg}': {reason}", "cannot read '{arg}': {reason}"),
    "diff.not_registry": ("'{arg}' không phải là sổ đăng ký", "'{arg}' is not a registry"),
    "diff.invalid": (
        "đã so sánh với tệp không hợp lệ: {sides}; khác biệt ở trên có thể sai",
        "compared with an invalid file: {sides}; the differences above may be wrong",
    ),
    "diff.hint.invalid": (
        "sửa các lỗi cds validate {side} báo (liệt kê trước phần so sánh), rồi so sánh lại",
        "fix what cds validate {side} reports (listed before the comparison), then compare again",
    ),
    "diff.hint.one": ("chạy cds validate với tệp đó", "run cds validate on it"),
    "import_heading": (
        "Sổ đăng ký chỉ tiêu, nhập bằng `cds import {source}`; kiểm tra bằng `cds validate`.\n"
        "Nội dung các ô giữ nguyên văn như trong bảng; đơn vị được nhận theo danh mục của\n"
        "{base}. Các dòng `needs_review` ghi những gì người dùng còn phải quyết định.",
        "The registry of targets, imported with `cds import {source}`; check it with `cds "
        "validate`.\nTexts as written in the table; units resolved with the catalog of\n"
        "{base}. Lines under needs_review mark what a person must still decide.",
    ),
    "import.base_invalid": (
        "sổ đăng ký {path} không hợp lệ; hãy chạy cds validate",
        "the registry {path} is invalid; run cds validate",
    ),
    "import.hint.no_file": (
        "ghi đường dẫn của một tệp .docx hoặc .xlsx",
        "give the path of a .docx or .xlsx file",
    ),
    "import.year_not_folder": (
        "bảng là kế hoạch năm {year} mà '{out}' thuộc thư mục của kế hoạch {folder}; chưa ghi gì",
        "the table is the plan of {year} but '{out}' is in the folder of plan {folder}; nothing "
        "was written",
    ),
    "import.hint.year_not_folder": (
        "ghi vào thư mục của năm {year}: --out {path}",
        "write it into the folder of {year}: --out {path}",
    ),
    "import.base_replaced": (
        "'{out}' sắp được ghi đè nên không dùng làm danh mục đơn vị; dùng danh mục của {base}",
        "'{out}' is being replaced, so its unit catalog is not used; the catalog of {base} is",
    ),
    # --excel headers of the units' validity columns (output/excel_rows.py)
    "csv.unit.valid_from": ("Tồn tại từ ngày", "Existed from"),
    "csv.unit.valid_to": ("Tồn tại đến ngày", "Existed until"),
    "csv.unit.successor": ("Đơn vị kế thừa", "Successor"),
    # who answers for it (on the day asked): a merger's or a rename's, said by `succession`
    "csv.unit.merged_into": ("Sáp nhập vào hoặc đổi tên thành", "Merged into or renamed"),
    "csv.unit.succession": ("Thay đổi", "Change"),
    "csv.succession.rename": ("đổi tên", "renamed"),
    "csv.succession.merger": ("sáp nhập", "merged"),
}
