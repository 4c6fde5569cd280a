"""Hints for a return form's row that `build_entry` refuses (merged by `words.catalogue`).

The refusal itself is said in the builder's words (progress/new_entry.py, the one home of each
rule); its hint there is written for `cds progress add` (`--date`, `--force`, `--id`), options a
clerk filling the form in Excel has not got. These say the step in the form instead: the cell to
change, the row to clear, or the command that is the only way (progress/form_refusals.py picks
one by the builder's reason). `{cell}` is the row's Ngày báo cáo cell (G8…); `{on_plan}` is
"--plan 2024 " where plans are kept in folders named by year, so a command names the form's plan.
"""

from __future__ import annotations

FORM_REFUSAL_LABELS: dict[str, tuple[str, str]] = {
    # a city-wide figure another unit gives (progress/new_entry.py CityFigure), at its cell
    "fi_city_figure": (
        "{name} của chỉ tiêu {target} là số liệu chung của thành phố, do {reporter} báo cáo; "
        "số liệu của {unit} ngày {day} không được tính (ô đang ghi '{number}'); không nhập "
        "tệp này",
        "{name} of target {target} is one city-wide figure, reported by {reporter}; a figure "
        "from {unit} on {day} does not count (the cell holds '{number}'); the file is not "
        "imported",
    ),
    "fi_hint_city_figure": (
        "xoá số liệu ở ô {cell} (và Số đạt, Tổng số bên cạnh), ghi vào cột Ghi chú nếu cần, "
        "rồi nhập lại: báo cáo được ghi không kèm số liệu đó, {reporter} báo cáo số liệu này",
        "clear the figure in cell {cell} (and Count met, Total beside it), write it in the Note "
        "column if it matters, and import again: the report is recorded without that figure, "
        "which {reporter} reports",
    ),
    "fi_hint_future": (
        "sửa ô Ngày báo cáo {cell} thành ngày hôm nay hoặc trước đó (ngày việc đã làm), rồi "
        "nhập lại; việc chưa làm thì xoá dòng này khỏi phiếu",
        "change the Report date cell {cell} to today or earlier (the day the work was done), "
        "then import again; for work not done yet, clear this row of the form",
    ),
    "fi_hint_before_plan": (
        "sửa ô Ngày báo cáo {cell} thành ngày từ {start} trở đi (kiểm tra năm, dd/mm/yyyy), rồi "
        "nhập lại; việc của kế hoạch năm khác thì xoá dòng này khỏi phiếu",
        "change the Report date cell {cell} to {start} or later (check the year, dd/mm/yyyy), "
        "then import again; work of another year's plan: clear this row of the form",
    ),
    "fi_hint_before_added": (
        "chỉ tiêu {target} có trong kế hoạch từ {added}: sửa ô Ngày báo cáo {cell} thành ngày "
        "từ {added} trở đi, rồi nhập lại; việc làm trước ngày đó thì xoá dòng này khỏi phiếu",
        "target {target} is in the plan from {added}: change the Report date cell {cell} to "
        "{added} or later, then import again; for work done before that day, clear this row "
        "of the form",
    ),
    "fi_hint_cancelled_from_start": (
        "việc làm đến hết {last} thuộc kế hoạch {plan}, chỉ tiêu {old} (cds {option} progress "
        "add {old} …); việc sau đó không cần báo cáo: xoá dòng này khỏi phiếu, rồi nhập lại; "
        "vẫn muốn ghi vào kế hoạch này: cds {on_plan}progress add {target} --id --unit "
        "{unit_word} --status {status} --date {day} --force{extras} (đánh dấu là ghi ép)",
        "work done by {last} belongs to plan {plan}, target {old} (cds {option} progress add "
        "{old} …); later work needs no report: clear this row of the form, then import again; "
        "to record it in this plan anyway: cds {on_plan}progress add {target} --id --unit "
        "{unit_word} --status {status} --date {day} --force{extras} (marked as forced)",
    ),
    "fi_hint_carried_before_all": (
        "kiểm tra năm ở ô Ngày báo cáo {cell} (dd/mm/yyyy): sửa thành ngày thật, từ {start} "
        "trở đi, rồi nhập lại",
        "check the year in the Report date cell {cell} (dd/mm/yyyy): change it to the real "
        "day, {start} or later, then import again",
    ),
    "fi_hint_carried_in": (
        "việc đến hết {last} thuộc kế hoạch {plan}: xoá dòng này khỏi phiếu, nhập lại, rồi ghi "
        "bằng lệnh cds {option} progress add {old} --id --unit {unit_word} --status {status} "
        "--date {day}{extras}; {between}việc từ {taken} trở đi: sửa ô Ngày báo cáo {cell} thành "
        "ngày thật, rồi nhập lại",
        "work up to {last} belongs to plan {plan}: clear this row of the form, import again, "
        "then record it with cds {option} progress add {old} --id --unit {unit_word} --status "
        "{status} --date {day}{extras}; {between}work from {taken} on: change the Report date cell "
        "{cell} to the real day, then import again",
    ),
    "fi_hint_carried_away": (
        "việc xong đến hết {date}: sửa ô Ngày báo cáo {cell} thành ngày xong thật, rồi nhập lại; "
        "{between}việc sau đó thuộc kế hoạch {plan}: xoá dòng này khỏi phiếu, nhập lại, rồi ghi "
        "bằng lệnh cds {option} progress add {new} --id --unit {unit_word} --status {status} "
        "--date {day}{extras}",
        "work finished by {date}: change the Report date cell {cell} to the real day, then "
        "import again; {between}work after it belongs to plan {plan}: clear this row of the "
        "form, import again, then record it with cds {option} progress add {new} --id --unit "
        "{unit_word} --status {status} --date {day}{extras}",
    ),
    "fi_hint_carried_ahead": (
        "báo cáo của kỳ trước, ngày đến hết {last}: sửa ô Ngày báo cáo {cell} cho đúng, rồi "
        "nhập lại; {between}báo cáo ngày {day} thuộc kế hoạch {plan}: xoá dòng này khỏi phiếu, "
        "nhập lại, rồi ghi bằng lệnh cds {option} progress add {new} --id --unit {unit_word} "
        "--status {status} --date {day}{extras}",
        "a report for an earlier period, dated {last} or before: correct the Report date cell "
        "{cell}, then import again; {between}a report dated {day} belongs to plan {plan}: clear "
        "this row of the form, import again, then record it with cds {option} progress add "
        "{new} --id --unit {unit_word} --status {status} --date {day}{extras}",
    ),
    "fi_hint_cancelled": (
        "việc làm trước khi bãi bỏ: sửa ô Ngày báo cáo {cell} thành ngày trước {date}, rồi nhập "
        "lại; nếu không, xoá dòng này khỏi phiếu (chỉ tiêu không cần báo cáo nữa); vẫn muốn "
        "ghi: cds {on_plan}progress add {target} --id --unit {unit_word} --status {status} --date "
        "{day} --force{extras} (đánh dấu là ghi ép)",
        "work done before the annulment: change the Report date cell {cell} to a day before "
        "{date}, then import again; otherwise clear this row of the form (the target needs no "
        "more reports); to record it anyway: cds {on_plan}progress add {target} --id --unit "
        "{unit_word} --status {status} --date {day} --force{extras} (marked as forced)",
    ),
    "fi_hint_cancelled_between": (
        "sửa ô Ngày báo cáo {cell} thành ngày trước {date} hoặc từ {back}, rồi nhập lại; nếu "
        "không, xoá dòng này khỏi phiếu; vẫn muốn ghi: cds {on_plan}progress add {target} --id "
        "--unit {unit_word} --status {status} --date {day} --force{extras} (đánh dấu là ghi ép)",
        "change the Report date cell {cell} to a day before {date} or from {back}, then import "
        "again; otherwise clear this row of the form; to record it anyway: cds "
        "{on_plan}progress add {target} --id --unit {unit_word} --status {status} --date "
        "{day} --force{extras} (marked as forced)",
    ),
    "fi_hint_heir": (
        "việc {unit} làm trước khi sáp nhập hoặc đổi tên: sửa ô Ngày báo cáo {cell} thành ngày "
        "đó, rồi nhập lại; việc từ {day}: xoá dòng này khỏi phiếu, nhập lại, rồi ghi cho {heir} "
        "bằng lệnh "
        "cds {on_plan}progress add {target} --id --unit {heir_word} --status {status} --date "
        "{day}{extras}",
        "work {unit} did before the merger or renaming: change the Report date cell {cell} to its "
        "day, then "
        "import again; work from {day}: clear this row of the form, import again, then record "
        "it for {heir} with cds {on_plan}progress add {target} --id --unit {heir_word} --status "
        "{status} "
        "--date {day}{extras}",
    ),
    "fi_hint_date": (
        "sửa ô Ngày báo cáo {cell} thành ngày đơn vị còn hoạt động, rồi nhập lại; nếu không, "
        "xoá dòng này khỏi phiếu",
        "change the Report date cell {cell} to a day the unit existed, then import again; "
        "otherwise clear this row of the form",
    ),
    "fi_hint_not_yet": (
        "{unit} chỉ có từ {since}: việc làm từ {since} thì sửa ô Ngày báo cáo {cell} thành ngày "
        "đó, rồi nhập lại; việc làm trước {since} là của {names}: xoá dòng này khỏi phiếu, nhập "
        "lại, rồi ghi cho đơn vị đã làm bằng lệnh {commands}",
        "{unit} exists from {since}: for work done from {since}, change the Report date cell "
        "{cell} to its day, then import again; work done before {since} belongs to {names}: "
        "clear this row of the form, import again, then record it for the unit that did it "
        "with {commands}",
    ),
    "fi_hint_not_yet_alone": (
        "{unit} chỉ có từ {since}: sửa ô Ngày báo cáo {cell} thành một ngày từ {since} trở đi, "
        "rồi nhập lại; nếu không, xoá dòng này khỏi phiếu",
        "{unit} exists from {since}: change the Report date cell {cell} to a day from {since} "
        "on, then import again; otherwise clear this row of the form",
    ),
    "fi_hint_refused": (
        "sửa dòng này theo lỗi trên, rồi nhập lại; nếu không sửa được trên phiếu, xoá dòng này "
        "khỏi phiếu và ghi bằng lệnh cds {on_plan}progress add {target} --id --unit {unit_word} "
        "--status {status} --date {day}{extras} (lệnh đó nói cách ghi)",
        "fix this row as the problem says, then import again; if the form cannot say it, "
        "clear this row of the form and record it with cds {on_plan}progress add {target} --id "
        "--unit {unit_word} --status {status} --date {day}{extras} (that command says how)",
    ),
    "fi_hint_not_xlsx": (
        "nhập tệp .xlsx do cds form lập và đơn vị điền: nếu tệp đã được lưu bằng chương trình "
        "khác, mở bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ làm việc Excel "
        "(.xlsx), rồi nhập tệp đó; tệp hỏng thì xin đơn vị gửi lại",
        "import the .xlsx file cds form made and the unit filled in: if it was saved by another "
        "program, open it in Excel, choose File › Save As, type Excel Workbook (.xlsx), then "
        "import that file; a damaged file: ask the unit to send it again",
    ),
    # a hint that would name a new form when no form of the period lists the target (the unit,
    # or the new lead, already finished its part: progress/form_commands.py `listing_form`):
    # the command that records the row instead, with all the row holds
    "fi_hint_figure_predates_no_form": (
        "{before}ghi báo cáo ở dòng {line} bằng lệnh {command} (phiếu của đơn vị cho kỳ này "
        "không có chỉ tiêu này), rồi xoá các ô đã điền của dòng {line} và nhập lại phiếu này",
        "{before}record the report of row {line} with {command} (the unit's form for this "
        "period does not list this target), then clear the cells filled on row {line} and "
        "import this form again",
    ),
    "fi_hint_indicators_changed_no_form": (
        "{before}ghi báo cáo ở dòng {line} bằng lệnh {command} (phiếu của đơn vị cho kỳ này "
        "không có chỉ tiêu này), rồi xoá các ô đã điền của chỉ tiêu và nhập lại phiếu này",
        "{before}record the report of row {line} with {command} (the unit's form for this "
        "period does not list this target), then clear the target's filled cells and import "
        "this form again",
    ),
    "fi_hint_text_ended_no_form": (
        "{before}việc làm trước {date}: ghi Ngày báo cáo trước ngày đó rồi nhập lại; việc từ "
        "{date}: ghi bằng lệnh {command} (phiếu của đơn vị cho kỳ này không có chỉ tiêu này), "
        "rồi xoá dòng này khỏi phiếu và nhập lại",
        "{before}work done before {date}: give a report date before that day and import again; "
        "work from {date}: record it with {command} (the unit's form for this period does not "
        "list this target), then clear this row of the form and import again",
    ),
    "fi_hint_handed_over_no_form": (
        "{before}việc {unit} làm trước {date}: ghi Ngày báo cáo trước ngày đó rồi nhập lại; "
        "tiến độ từ {date} do {heir} báo cáo, ghi bằng lệnh {command} (phiếu của {heir} cho kỳ "
        "này không có chỉ tiêu này), rồi xoá dòng này khỏi phiếu và nhập lại",
        "{before}work {unit} did before {date}: give a report date before that day and import "
        "again; progress from {date} is {heir}'s to report, recorded with {command} ({heir}'s "
        "form for this period does not list this target), then clear this row of the form and "
        "import again",
    ),
    "fi_hint_other_text_no_form": (
        "nhập vào kế hoạch đã lập phiếu (phiếu của đơn vị cho kỳ này không có chỉ tiêu {target})",
        "import it into the plan it was made for (the unit's form for this period does not "
        "list target {target})",
    ),
}
