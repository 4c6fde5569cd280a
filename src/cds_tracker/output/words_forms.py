"""Words of the return form (`cds form`) and its import (merged by `words.catalogue`)."""

from __future__ import annotations

FORM_LABELS: dict[str, tuple[str, str]] = {
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
    "form_made": (
        "Đã lập {count} phiếu báo cáo trong {out}",
        "Made {count} return {count:form|forms} in {out}",
    ),
    "form_made_one": (
        "Đã lập phiếu báo cáo của {unit} ({rows} chỉ tiêu): {out}",
        "Made the return form of {unit} ({rows} {rows:target|targets}): {out}",
    ),
    "form_none": (
        "{unit} không có chỉ tiêu nào cần báo cáo trong kỳ này; không lập phiếu.",
        "{unit} owes no report this period; no form was made.",
    ),
    # `--out DIR`, no form made: nothing written, the folder not made (as `remind --out DIR`
    # with no unit to urge)
    "form_none_folder": (
        "Không đơn vị nào có chỉ tiêu cần báo cáo trong tháng {month}; không lập phiếu nào, không "
        "ghi gì vào {out}.",
        "No unit owes a report in {month}; no form was made, nothing was written to {out}.",
    ),
    "form_none_folder_unit": (
        "{unit} không có chỉ tiêu nào cần báo cáo trong tháng {month}; không lập phiếu nào, không "
        "ghi gì vào {out}.",
        "{unit} owes no report in {month}; no form was made, nothing was written to {out}.",
    ),
    "form_attached": (
        "**Kèm theo phiếu báo cáo** (điền các ô màu vàng, gửi lại tệp; không đổi tên trang tính):",
        "**Return form attached** (fill the yellow cells, send the file back, keep the sheet):",
    ),
    "import_new": ("ghi mới", "new"),
    "import_correction": ("đính chính {id}", "corrects {id}"),
    "import_same": ("đã nhập trước đó, bỏ qua", "already imported, skipped"),
    # a row of an old copy of the form (progress/form_entries.py): nothing written; the hint
    # under it records the row if the unit did mean it (a16_03)
    "import_superseded": (
        "đã nhập trước đó, sau đó đã được đính chính bằng {id} ({status}, {date}): dòng của "
        "bản phiếu cũ, bỏ qua",
        "already imported, since corrected by {id} ({status}, {date}): a row of an older copy "
        "of the form, skipped",
    ),
    "import_older_row": (
        "ghi ngày {day}, trước ngày của báo cáo {id} đã ghi cho dòng này ({status}, {date}): có "
        "thể là dòng của bản phiếu cũ, bỏ qua",
        "dated {day}, before the report {id} already recorded for this row ({status}, {date}): "
        "probably a row of an older copy of the form, skipped",
    ),
    "fi_hint_old_row": (
        "{before}nếu đơn vị đã sửa dòng này (kể cả Ngày báo cáo), ghi bằng: cds {on_plan}progress "
        "add {target} --id --unit {unit_word} --status {status} --date {day} --corrects {id}"
        "{extras}",
        "{before}if the unit did correct this row (its report date included), record it with: "
        "cds {on_plan}progress add {target} --id --unit {unit_word} --status {status} --date "
        "{day} --corrects {id}{extras}",
    ),
    "import_would": (
        "{file}: sẽ ghi {count} mục (chạy thử, chưa ghi gì)",
        "{file}: would write {count} {count:entry|entries} (dry run, nothing written)",
    ),
    "import_done": (
        "{file}: đã ghi {count} mục vào {out}",
        "{file}: wrote {count} {count:entry|entries} to {out}",
    ),
    "import_unwritten": (
        "{file}: không ghi được {count} mục vào {out} (xem lỗi), tệp đó giữ nguyên",
        "{file}: could not write {count} {count:entry|entries} to {out} (see the error), that file "
        "unchanged",
    ),
    "import_part_written": (
        "{file}: đã ghi {done} mục vào {out}, không ghi được {count} mục còn lại (xem lỗi)",
        "{file}: wrote {done} {done:entry|entries} to {out}, could not write the other {count} "
        "(see the error)",
    ),
    "import_nothing": (
        "{file}: không có gì mới để ghi",
        "{file}: nothing new to write",
    ),
    "fi_not_form": (
        "không phải phiếu báo cáo do cds lập (thiếu trang ẩn)",
        "not a return form made by cds (its hidden sheet is missing)",
    ),
    "fi_appendix": (
        "tệp này là phụ lục kế hoạch (bảng chỉ tiêu), không phải phiếu báo cáo do cds form lập; "
        "không nhập",
        "this file is a plan's appendix (a table of targets), not a return form made by cds "
        "form; not imported",
    ),
    "fi_hint_appendix": (
        "phụ lục kế hoạch đọc bằng cds import: cds import {file} (thêm --out và đường dẫn sổ "
        "đăng ký .yaml để ghi)",
        "a plan's appendix is read by cds import: cds import {file} (add --out and a registry "
        ".yaml path to write it)",
    ),
    "fi_added_row": (
        "dòng {row} không phải dòng của phiếu (thêm dưới bảng): cds không đọc dòng này; không "
        "nhập tệp này",
        "row {row} is not a row of the form (added under the table): cds does not read it; the "
        "file is not imported",
    ),
    "fi_hint_added_row": (
        "{before}ghi báo cáo ở dòng {row} bằng lệnh {command}, hoặc xin phiếu mới có chỉ tiêu "
        "đó: {form}; rồi xoá dòng {row} khỏi phiếu và nhập lại",
        "{before}record the report of row {row} with {command}, or ask for a new form that "
        "lists its target: {form}; then clear row {row} of the form and import again",
    ),
    "fi_hint_added_row_no_form": (
        "{before}ghi báo cáo ở dòng {row} bằng lệnh {command} (phiếu của đơn vị cho kỳ này không "
        "có chỉ tiêu này); rồi xoá dòng {row} khỏi phiếu và nhập lại",
        "{before}record the report of row {row} with {command} (the unit's form for this period "
        "does not list this target); then clear row {row} of the form and import again",
    ),
    "fi_added_row_not_assigned": (
        "dòng {row} không phải dòng của phiếu (thêm dưới bảng), cho chỉ tiêu {target} không "
        "giao cho {unit} (không chỉ đạo, chủ trì hay phối hợp): cds không đọc dòng này; không "
        "nhập tệp này",
        "row {row} is not a row of the form (added under the table), for target {target}, "
        "which is not {unit}'s (neither directing, lead nor cooperating): cds does not read "
        "it; the file is not imported",
    ),
    "fi_hint_added_row_not_assigned": (
        "{before}không phiếu nào của {unit} có chỉ tiêu {target} (cds {on_plan}show {target} "
        "cho biết đơn vị được giao); nếu đúng là việc của đơn vị, ghi báo cáo ở dòng {row} "
        "bằng lệnh {command} (đánh dấu là ghi ép); rồi xoá dòng {row} khỏi phiếu và nhập lại",
        "{before}no form of {unit} lists target {target} (cds {on_plan}show {target} says "
        "which units it is given to); if the work is the unit's, record the report of row "
        "{row} with {command} (marked as forced); then clear row {row} of the form and import "
        "again",
    ),
    "fi_hint_added_row_listed": (
        "{before}phiếu nhận một báo cáo cho mỗi chỉ tiêu, chỉ tiêu {target} ở dòng {line}: ghi "
        "báo cáo ở dòng {row} bằng lệnh {command}, hoặc xin đơn vị chép nó vào dòng {line} nếu "
        "nó thay cho báo cáo ở đó; rồi xoá dòng {row} khỏi phiếu và nhập lại",
        "{before}the form takes one report per target, target {target} on row {line}: record "
        "the report of row {row} with {command}, or ask the unit to copy it into row {line} if "
        "it replaces the report there; then clear row {row} of the form and import again",
    ),
    "fi_code_word": ("MÃ_CHỈ_TIÊU", "TARGET"),
    "fi_key_word": ("KHOÁ_CHỈ_SỐ", "INDICATOR_KEY"),
    "fi_status_word": ("TRẠNG_THÁI", "STATUS"),
    "fi_stray_cell": (
        "ô này không phải ô để điền (phiếu để trống, không đọc): cds không đọc những gì ghi ở "
        "đây; không nhập tệp này",
        "this is not a cell to fill (left empty by the form, not read): cds does not read what "
        "is written here; the file is not imported",
    ),
    "fi_locked_changed": (
        "ô được bảo vệ đã bị sửa; cds không đọc ô này (chỉ đọc các ô màu vàng), phiếu "
        "vẫn được nhập",
        "this protected cell was changed; cds does not read it (only the yellow cells), "
        "the form is still imported",
    ),
    "fi_format": ("không nhận ra định dạng phiếu báo cáo", "not a return form format cds knows"),
    "fi_hidden_edited": ("dòng trong trang ẩn bị sửa", "a row of the hidden sheet was edited"),
    "fi_no_target": (
        "chỉ tiêu {target} không có trong sổ đăng ký",
        "target {target} is not in the registry",
    ),
    "fi_cannot_open": (
        "không mở được tệp: {reason}; kiểm tra tệp còn đó và đọc được (chép ra thư mục của bạn "
        "rồi nhập bản chép), sau đó nhập lại; không nhập tệp này",
        "cannot open the file: {reason}; check that it is still there and readable (copy it "
        "into your own folder and import the copy), then import again; the file is not imported",
    ),
    "fi_not_xlsx": (
        "không đọc được, không phải tệp Excel (.xlsx)",
        "cannot be read: not an Excel file (.xlsx)",
    ),
    "fi_old_xls": (
        "tệp Excel 97-2003 (.xls), không phải phiếu báo cáo .xlsx do cds form lập; không nhập",
        "an Excel 97-2003 file (.xls), not a .xlsx return form made by cds form; not imported",
    ),
    "fi_hint_old_xls": (
        "mở tệp bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ làm việc Excel "
        "(.xlsx), rồi nhập tệp .xlsx đó",
        "open the file in Excel, choose File › Save As, type Excel Workbook (.xlsx), then import "
        "that .xlsx file",
    ),
    "fi_encrypted": (
        "tệp có đuôi {suffix} nhưng đã được đặt mật khẩu khi lưu (hoặc là tệp .xls cũ đổi tên): "
        "không đọc được; không nhập",
        "the file is named {suffix} but was saved with a password (or is an old .xls renamed): "
        "it cannot be read; not imported",
    ),
    "fi_hint_encrypted": (
        "mở tệp bằng Excel (nhập mật khẩu), vào Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa "
        "bằng Mật khẩu (File › Info › Protect Workbook › Encrypt with Password), xoá mật khẩu, "
        "bấm OK, lưu tệp, rồi nhập lại; tệp .xls cũ đổi tên thì Lưu thành (Save As) kiểu .xlsx",
        "open the file in Excel (give the password), go to File › Info › Protect Workbook › "
        "Encrypt with Password, clear the password, press OK, save the file and import it again; "
        "for an old .xls renamed, Save As .xlsx instead",
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
    "fi_other_year": (
        "phiếu lập cho kế hoạch năm {year}, còn kế hoạch đang dùng là năm {our_year}; không nhập",
        "the form was made for the plan of {year}, but the plan in use is of {our_year}; not "
        "imported",
    ),
    "fi_hint_other_year": (  # on a line of its own, as every hint (form_cells.Complaints)
        "{before}nhập vào kế hoạch đã lập phiếu: cds {option} progress import {file}",
        "{before}import it into the plan it was made for: cds {option} progress import {file}",
    ),
    "fi_other_text": (
        "nội dung chỉ tiêu {target} trên phiếu khác nội dung của {target} trong kế hoạch đang "
        "dùng (phiếu của kế hoạch khác, hoặc lập trước khi kế hoạch được điều chỉnh); không nhập "
        "tệp này",
        "the text of target {target} on the form differs from {target}'s text in the plan in "
        "use (a form of another plan, or made before the plan was revised); the file is not "
        "imported",
    ),
    "fi_hint_other_text": (
        "nhập vào kế hoạch đã lập phiếu, hoặc lập phiếu mới: {form}",
        "import it into the plan it was made for, or make a new form: {form}",
    ),
    "fi_plan_unconfirmed": (
        "phiếu lập bằng phiên bản cds cũ, không ghi năm kế hoạch và nội dung từng dòng: chỉ đối "
        "chiếu được số kế hoạch ({plan}) và phụ lục; hãy chắc phiếu lập cho kế hoạch này",
        "the form was made by an older cds, without the plan's year and each row's text: only "
        "the plan reference ({plan}) and appendix could be compared; make sure it was made for "
        "this plan",
    ),
    "note_word": ("lưu ý", "note"),
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
        "chỉ tiêu {target} không giao cho {unit} chủ trì vào ngày báo cáo {day}; không nhập tệp "
        "này",
        "{unit} does not lead target {target} on the report date {day}; the file is not imported",
    ),
    "fi_hint_not_lead": (
        "{before}kiểm tra Ngày báo cáo (cds {on_plan}show {target} cho biết đơn vị chủ trì từng "
        "ngày); nếu đúng là việc của đơn vị, ghi bằng: cds {on_plan}progress add {target} --id "
        "--unit {unit_word} --status {status} --date {day} --force{extras} (đánh dấu là ghi ép), "
        "rồi xoá dòng này khỏi phiếu và nhập lại",
        "{before}check the report date (cds {on_plan}show {target} says the lead of each day); "
        "if the work is the unit's, record it with: cds {on_plan}progress add {target} --id --unit "
        "{unit_word} --status {status} --date {day} --force{extras} (marked as forced), then clear "
        "this row of the form and import it again",
    ),
    "fi_handed_over": (
        "{unit} không còn chủ trì chỉ tiêu {target} từ {date}: bản điều chỉnh kế hoạch đã giao "
        "chỉ tiêu cho {lead} từ ngày đó; không nhập tệp này",
        "{unit} no longer leads {target} from {date}: a revision of the plan gave the target to "
        "{lead} from that day; the file is not imported",
    ),
    "fi_hint_handed_over": (
        "việc {unit} làm trước {date}: ghi Ngày báo cáo trước ngày đó rồi nhập lại; tiến độ từ "
        "{date} do {heir} báo cáo, trên phiếu mới ({form})",
        "work {unit} did before {date}: give a report date before that day and import again; "
        "progress from {date} is {heir}'s to report, on a new form ({form})",
    ),
    "fi_text_ended": (
        "phiếu ghi nội dung chỉ tiêu {target} trước ngày {date}, khi bản điều chỉnh kế hoạch sửa "
        "nội dung; ngày báo cáo {day} đã theo nội dung mới; không nhập tệp này",
        "the form shows the text target {target} had before {date}, when a revision of the plan "
        "rewrote it; the report date {day} falls under the new text; the file is not imported",
    ),
    "fi_hint_text_ended": (
        "việc làm trước {date}: ghi Ngày báo cáo trước ngày đó rồi nhập lại; việc từ {date}: "
        "lập phiếu mới (phiếu mới ghi nội dung mới): {form}",
        "work done before {date}: give a report date before that day and import again; work "
        "from {date}: make a new form (it shows the new text): {form}",
    ),
    "fi_figure_no_indicator": (
        "chỉ tiêu {target} không có chỉ số nên ô này không nhận số liệu (đang ghi '{text}'); "
        "không nhập tệp này",
        "target {target} has no indicator, so this cell takes no figure (it holds '{text}'); "
        "the file is not imported",
    ),
    "fi_figure_elsewhere": (
        "số liệu chung của thành phố cho chỉ tiêu {target} do đơn vị khác báo cáo nên ô này "
        "không nhận số liệu (đang ghi '{text}'); không nhập tệp này",
        "the city-wide figure of target {target} is reported by another unit, so this cell "
        "takes no figure (it holds '{text}'); the file is not imported",
    ),
    "fi_figure_predates": (
        "phiếu được lập khi chỉ tiêu {target} chưa có chỉ số nên ô này không nhận số liệu (đang "
        "ghi '{text}'); không nhập tệp này",
        "the form was made before target {target} had an indicator, so this cell takes no "
        "figure (it holds '{text}'); the file is not imported",
    ),
    "fi_figure_now_given": (
        "phiếu được lập khi đơn vị chưa báo cáo số liệu của chỉ tiêu {target} (nay đơn vị báo "
        "cáo số liệu đó) nên ô này không nhận số liệu (đang ghi '{text}'); không nhập tệp này",
        "the form was made before the unit gave the figure of target {target} (it gives it "
        "now), so this cell takes no figure (it holds '{text}'); the file is not imported",
    ),
    "fi_hint_figure_predates": (
        "{before}xin phiếu mới có ô số liệu của chỉ số: {form}, điền lại rồi nhập phiếu đó; hoặc "
        "ghi báo cáo ở dòng {line} bằng lệnh {command}, rồi xoá các ô đã điền của dòng {line} và "
        "nhập lại phiếu này",
        "{before}ask for a new form with a cell for the indicator's figure: {form}, fill it in "
        "and import it; or record the report of row {line} with {command}, then clear the cells "
        "filled on row {line} and import this form again",
    ),
    "fi_indicators_changed": (
        "chỉ số của chỉ tiêu {target} trong kế hoạch đã đổi sau khi lập phiếu (phiếu ghi "
        "{keys}; kế hoạch nay: {now}); không nhập tệp này",
        "the indicators of target {target} changed in the plan after the form was made (the "
        "form has {keys}; the plan now: {now}); the file is not imported",
    ),
    "fi_hint_indicators_changed": (
        "{before}xin phiếu mới theo kế hoạch hiện nay: {form}, điền lại rồi nhập phiếu đó; hoặc "
        "ghi báo cáo ở dòng {line} bằng lệnh {command}, rồi xoá các ô đã điền của chỉ tiêu và "
        "nhập lại phiếu này",
        "{before}ask for a new form made by the plan as it is now: {form}, fill it in and import "
        "it; or record the report of row {line} with {command}, then clear the target's filled "
        "cells and import this form again",
    ),
    "fi_no_indicator": ("không có chỉ số", "no indicator"),
    "fi_hint_figure_note": (
        "ghi số liệu vào cột Ghi chú, kết quả thực hiện (cột L) của chỉ tiêu, xoá ô này, rồi "
        "nhập lại",
        "write the figure in the Note column (column L) of the target, clear this cell, and "
        "import again",
    ),
    "fi_figure_not_counted": (
        "chỉ số '{indicator}' không phải tỷ lệ nên không có Số đạt, Tổng số: ô này không nhận "
        "số liệu (đang ghi '{text}'); không nhập tệp này",
        "indicator '{indicator}' is no percentage, so it has no count met or total: this cell "
        "takes no figure (it holds '{text}'); the file is not imported",
    ),
    "fi_hint_figure_value": (
        "ghi số liệu vào cột Giá trị (ô {cell}), xoá ô này, rồi nhập lại",
        "write the figure in the Value column (cell {cell}), clear this cell, and import again",
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
    "fi_impossible_date": (
        "'{text}' không phải là ngày: {why}",
        "'{text}' is not a date: {why}",
    ),
    "fi_bad_date": (
        "'{text}' không phải là ngày (ghi dd/mm/yyyy)",
        "'{text}' is not a date (write dd/mm/yyyy)",
    ),
    "fi_not_day": (
        "ô không chứa ngày (ghi dd/mm/yyyy)",
        "the cell holds no date (write dd/mm/yyyy)",
    ),
    "fi_future": (
        "ngày {date} ở tương lai; báo cáo việc đã làm",
        "{date} is in the future; report what has happened",
    ),
    "fi_not_number": ("'{text}' không phải là số", "'{text}' is not a number"),
    "fi_number_date": (
        "Excel đã đổi '{text}' thành ngày {date}, không phải là số",
        "Excel turned '{text}' into the date {date}, not a number",
    ),
    "fi_hint_number_date": (
        "định dạng ô là Văn bản hoặc Số rồi gõ lại; tỷ lệ ghi vào Số đạt và Tổng số",
        "format the cell as Text or Number and type it again; a ratio goes into the count met "
        "and the total",
    ),
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
    "fi_too_large": (
        "tệp quá lớn để là một phiếu báo cáo, không nhập: {what}",
        "too large for a return form, not imported: {what}",
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
    "fi_count_comma": (
        "'{text}' không rõ là số nào: dấu phẩy có thể là dấu thập phân hoặc dấu ngăn cách hàng "
        "nghìn",
        "'{text}' is ambiguous: a comma may be a decimal mark or a thousands separator",
    ),
    "fi_count_huge": (
        "số đếm dài quá {most} chữ số",
        "a count longer than {most} digits",
    ),
    "fi_hint_count_huge": (
        "ghi đúng Số đạt và Tổng số (số người, hồ sơ, giao dịch…), rồi nhập lại",
        "give the real count met and total (people, records, payments…), then import again",
    ),
    "fi_hint_count_comma": (
        "Số đạt và Tổng số là số nguyên: viết liền (1000) hoặc ngăn hàng nghìn bằng dấu chấm "
        "(1.000)",
        "the count met and the total are whole numbers: write them without separators (1000) or "
        "with dots between thousands (1.000)",
    ),
    "fi_whole_counts": (
        "Số đạt và Tổng số phải là số nguyên",
        "the count met and the total must be whole numbers",
    ),
    "fi_condition": (
        "định dạng số {format} của ô có điều kiện mà cds không đọc chắc được: không rõ số hiện "
        "dưới dạng phần trăm hay không",
        "the cell's number format {format} has a condition cds cannot read for sure: whether "
        "it shows the number as a percentage is unclear",
    ),
    "fi_hint_condition": (
        "đặt lại định dạng ô là Number hoặc Percentage (bỏ điều kiện trong ngoặc vuông), rồi "
        "nhập lại",
        "set the cell's format to Number or Percentage (without the bracketed condition), then "
        "import again",
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
    "sync_runs_code": (
        "cấu hình của kho git này (.git/config) đặt chương trình để git chạy: {settings};"
        " cds sync không chạy chương trình do kho đặt",
        "this git repository's config (.git/config) names programs for git to run: {settings};"
        " cds sync runs no program a repository names",
    ),
    "sync_runs_code_hint": (
        "nếu không phải bạn đặt (kho nhận từ người khác), xóa nó: git config --unset {key}",
        "unless you set it yourself (a repository received from someone), remove it:"
        " git config --unset {key}",
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
    "sync_committed": (
        "Đã ghi commit các mục tiến độ mới ({count}): {units}",
        "Committed the new progress entries ({count}): {units}",
    ),
    "sync_committed_files": (
        "Đã ghi commit các thay đổi của tệp tiến độ",
        "Committed the changes to the progress files",
    ),
    "sync_done": ("Đã đồng bộ với máy chủ ({upstream}).", "In sync with the server ({upstream})."),
    "sync_push_failed": ("không đẩy được lên máy chủ:\n{detail}", "could not push:\n{detail}"),
    "sync_busy": (
        "máy chủ liên tục có thay đổi mới, sau {count} lần vẫn chưa đẩy lên được",
        "the server kept changing; not pushed after {count} {count:attempt|attempts}",
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
        "{file}: {count} {count:problem|problems}, nothing written from this file",
    ),
}
