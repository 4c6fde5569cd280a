"""Words of units that change: the workspace's unit changes file, mergers and renames."""

from __future__ import annotations

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "changes.not_units": (
        "tệp thay đổi đơn vị phải có một danh sách 'units:'",
        "the unit changes file must hold a 'units:' list",
    ),
    "changes.unit_twice": (
        "đơn vị '{unit}' đã có ở mục thứ {entry} của tệp này; mỗi đơn vị chỉ ghi một mục",
        "unit '{unit}' already has entry {entry} of this file; each unit has one entry",
    ),
    "changes.hint.unit_twice": (
        "gộp hai mục làm một (giữ các trường đúng) rồi xóa mục thừa",
        "merge the two entries into one (keeping the right fields), then delete the other",
    ),
    "changes.entry_without_id": (
        "mục này không có 'id' của đơn vị",
        "this entry has no unit 'id'",
    ),
    "changes.hint.shape": (
        "mỗi mục như trong danh mục: `- id: phuong-bac-son` rồi các trường thay đổi (`valid_to`, "
        "`successor` …); xem hướng dẫn, mục 'Đơn vị thay đổi'",
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
    "rule.successor_twice": (
        "đơn vị '{unit}' ghi cả `successor` ('{successor}') và `merged_into` ('{merged_into}'), "
        "khác nhau: đó là hai tên của cùng một trường (đơn vị kế thừa)",
        "unit '{unit}' gives both successor ('{successor}') and merged_into ('{merged_into}'), "
        "which differ: they are two names of one field",
    ),
    "rule.hint.successor_twice": (
        "giữ một trong hai (`successor` hoặc `merged_into`): đơn vị đã nhận lại công việc",
        "keep one of them (successor or merged_into): the unit that took over the work",
    ),
    "rule.successor_collective": (
        "đơn vị kế thừa của '{unit}' là '{successor}' ({name}), một tập thể: đơn vị kế thừa "
        "phải là một đơn vị",
        "the successor of unit '{unit}' is '{successor}' ({name}), a collective: a successor "
        "is one unit",
    ),
    "rule.collective_changes": (
        "'{unit}' ({name}) là một tập thể: tập thể không có ngày thôi tồn tại (`valid_to`) hay"
        " đơn vị kế thừa (`successor`, `merged_into`); các đơn vị thành viên mới sáp nhập",
        "'{unit}' ({name}) is a collective: a collective has no last day (`valid_to`) nor"
        " successor (`successor`, `merged_into`); its member units are merged",
    ),
    "rule.hint.collective_changes": (
        "xóa dòng này khỏi mục '{unit}'; ghi việc sáp nhập ở từng đơn vị thành viên (ví dụ"
        " `id: phuong-tan-binh`, `valid_to: 30/06/2024`, `merged_into: phuong-yen-binh`): tập thể"
        " tự tính theo các đơn vị còn tồn tại mỗi ngày",
        "delete this line from '{unit}'; record the merger on each member unit (e.g. `id:"
        " phuong-tan-binh`, `valid_to: 30/06/2024`, `merged_into: phuong-yen-binh`): the"
        " collective counts the members that exist on each day",
    ),
    "rule.hint.successor_one_unit": (
        "ghi id của đơn vị nhận lại công việc (ví dụ phường mới sau sáp nhập), không ghi tập thể",
        "write the id of the one unit that took over its work (the ward it was merged into), "
        "not a collective",
    ),
    "rule.role_directing": ("trực tiếp chỉ đạo", "directing"),
    "rule.role_lead": ("chủ trì", "lead"),
    "rule.role_cooperating": ("phối hợp", "cooperating"),
    "rule.gone_before_plan": (
        "đơn vị {role} '{name}' không còn tồn tại trong năm {year} của kế hoạch (chỉ đến {until})",
        "{role} unit '{name}' no longer existed in the plan's year {year} (only until {until})",
    ),
    "rule.hint.gone_changed": (
        "đã {how}: giao cho {heir} (sửa cả chữ trong ô, `text`, và mã đơn vị, `units`)",
        "{how}: assign it to {heir} (both the cell's text and units)",
    ),
    "rule.hint.gone_no_successor": (
        "giao cho đơn vị đang làm việc này, hoặc sửa ngày cuối cùng (`valid_to`) của '{unit}' "
        "trong danh mục",
        "assign it to the unit doing this work now, or correct valid_to of '{unit}' in the catalog",
    ),
    "rule.begins_after_plan": (
        "đơn vị {role} '{name}' chưa tồn tại trong năm {year} của kế hoạch (có từ {since})",
        "{role} unit '{name}' did not exist yet in the plan's year {year} (it exists from {since})",
    ),
    "rule.hint.begins_after_plan": (
        "giao cho đơn vị có trong năm {year}, hoặc sửa ngày đầu tiên (`valid_from`) của '{unit}' "
        "trong danh mục",
        "assign it to a unit that existed in {year}, or correct valid_from of '{unit}' in the "
        "catalog",
    ),
    "rule.gone_in_span": (
        "đơn vị chủ trì '{name}' chỉ tồn tại đến {until} và không có đơn vị kế thừa, nhưng chỉ "
        "tiêu cần đơn vị chủ trì đến {last}",
        "lead unit '{name}' exists only until {until}, with no successor, but the target needs "
        "its lead until {last}",
    ),
    "rule.hint.gone_in_span": (
        "ghi đơn vị nhận lại công việc của '{unit}' (đơn vị kế thừa, `merged_into`) trong danh "
        "mục hay plans/don_vi_thay_doi.yaml, hoặc giao chỉ tiêu cho đơn vị khác",
        "write the unit that took over the work of '{unit}' (merged_into) in the catalog or "
        "plans/don_vi_thay_doi.yaml, or assign the target to another unit",
    ),
    "rule.begins_in_span": (
        "đơn vị chủ trì '{name}' chỉ có từ {since}, nhưng chỉ tiêu cần đơn vị chủ trì từ {first} "
        "đến {last}",
        "lead unit '{name}' exists only from {since}, but the target needs its lead from {first} "
        "to {last}",
    ),
    "rule.hint.begins_in_span": (
        "giao chỉ tiêu cho đơn vị có từ {first}, ghi '{unit}' là đơn vị kế thừa (`merged_into`) "
        "của đơn vị làm việc này trước {since}, hoặc sửa ngày đầu tiên (`valid_from`) của "
        "'{unit}'",
        "assign the target to a unit that exists from {first}, write '{unit}' as the successor "
        "(merged_into) of the unit doing this work before {since}, or correct valid_from of "
        "'{unit}'",
    ),
    "rule.hint.begins_after_deadline": (
        "giao chỉ tiêu cho đơn vị có từ {first} đến {last}, hoặc sửa ngày đầu tiên (`valid_from`) "
        "của '{unit}'",
        "assign the target to a unit that exists from {first} to {last}, or correct valid_from "
        "of '{unit}'",
    ),
    "rule.carried_from_self": (
        "chỉ tiêu {target} ghi là chuyển từ chính nó (nguồn chuyển tiếp, `carried_from`)",
        "target {target} is carried from itself (carried_from)",
    ),
    "rule.carried_from_no_plan": (
        "nguồn chuyển tiếp (`carried_from`) '{origin}': thư mục làm việc không có kế hoạch "
        "'{plan}'",
        "carried_from '{origin}': the workspace has no plan '{plan}'",
    ),
    "rule.hint.carried_from_plan": (
        "kế hoạch '{plan}' là tệp plans/{plan}/phu_luc_01.yaml; sửa tên kế hoạch (cds plans liệt "
        "kê các kế hoạch)",
        "plan '{plan}' is the file plans/{plan}/phu_luc_01.yaml; correct the plan's name (cds "
        "plans lists the plans)",
    ),
    "rule.carried_from_unmarked": (
        "chỉ tiêu {origin} chưa ghi đã chuyển sang đây (`carried_to: {here}`): việc chuyển sang "
        "kế hoạch này chưa xong (lệnh carry-over bị dừng giữa chừng?), nên {origin} vẫn được tính "
        "ở kế hoạch cũ",
        "target {origin} has no carried_to: {here}: the carry-over into this plan did not finish"
        " (carry-over stopped half-way?), so {origin} still counts in the old plan",
    ),
    "rule.hint.carry_again": (
        "chạy lại cds carry-over --from {source} --to {destination}: lệnh ghi nốt phần còn thiếu",
        "run cds carry-over --from {source} --to {destination} again: it writes what is missing",
    ),
    "rule.cancelled_before_carried": (
        "chỉ tiêu {id} bị bãi bỏ từ {day}, trước ngày chuyển sang {copy} ({on}), nhưng {copy} "
        "vẫn đang được theo dõi ở kế hoạch đó",
        "target {id} is annulled from {day}, before it was carried over to {copy} ({on}), but "
        "{copy} is still followed in that plan",
    ),
    "rule.hint.cancelled_before_carried": (
        "nếu bỏ cả {copy}: áp dụng văn bản điều chỉnh của kế hoạch {plan} (cds {option} "
        "import TỆP --revise) hoặc ghi ngày bãi bỏ (`cancelled`) cho {copy}; nếu vẫn thực hiện: "
        "xóa `cancelled` và `cancelled_reason` ở đây",
        "to drop {copy} too: apply plan {plan}'s revision (cds {option} import FILE "
        "--revise) or write cancelled on {copy}; if it goes on: delete cancelled and "
        "cancelled_reason here",
    ),
    "rule.carried_plan_unprintable": (
        "{key} '{reference}': tên kế hoạch có ký tự mà dòng lệnh đọc thành lệnh hoặc không hiện "
        "ra trên màn hình ({chars}), nên không thư mục nào mang tên đó là một kế hoạch, và gợi ý "
        "không in được lệnh gọi kế hoạch đó",
        "{key} '{reference}': the plan's name has characters a command line reads as commands "
        "or the screen does not show as they are ({chars}), so no folder of that name is a "
        "plan, and no hint can print a command naming it",
    ),
    "rule.hint.carried_plan_unprintable": (
        "tên kế hoạch là tên thư mục của nó trong plans/ (cds plans liệt kê các kế hoạch), chỉ "
        "gồm chữ, số, '-' hoặc '.': sửa dòng {key} cho đúng tên đó (ví dụ 2024/II.1)",
        "a plan's name is its folder's name in plans/ (cds plans lists the plans), letters, "
        "digits, '-' or '.' only: correct the {key} line to that name (e.g. 2024/II.1)",
    ),
    "rule.carried_to_unmatched": (
        "ghi đã chuyển sang {destination}, nhưng kế hoạch đó không có chỉ tiêu {destination} với "
        "nguồn chuyển tiếp `carried_from: {here}`",
        "marked carried to {destination}, but that plan has no target {destination} with"
        " carried_from: {here}",
    ),
    "rule.hint.carried_to": (
        "nếu chỉ tiêu chưa được chuyển, xóa `carried_to` và `carried_on` (chuyển sang đâu, ngày "
        "nào) ở đây rồi chạy lại cds carry-over --from {source} --to {plan}",
        "if the target was not carried over, delete carried_to and carried_on here, then run"
        " cds carry-over --from {source} --to {plan} again",
    ),
    "rule.carried_from_no_target": (
        "nguồn chuyển tiếp (`carried_from`) '{origin}': kế hoạch {plan} không có chỉ tiêu {target}",
        "carried_from '{origin}': plan {plan} has no target {target}",
    ),
    "rule.hint.carried_from": (
        "nguồn chuyển tiếp (`carried_from`) ghi chỉ tiêu của kế hoạch trước mà chỉ tiêu này tiếp "
        "tục (ví dụ 2023/II.4); xóa dòng này nếu không có",
        "carried_from names the earlier plan's target this one continues (e.g. 2023/II.4); "
        "delete the line if there is none",
    ),
    "unit.changed": (
        "{unit} không còn tồn tại ngày {day}: đã {how}",
        "{unit} did not exist on {day}: {how}",
    ),
    # the steps from a unit to its heir (registry/unit_absence.changes_until)
    "unit.step_merged": ("sáp nhập vào {heir} từ {since}", "merged into {heir} from {since}"),
    "unit.step_renamed": ("đổi tên thành {heir} từ {since}", "renamed {heir} from {since}"),
    "unit.step_merged_short": ("sáp nhập từ {since}", "merged from {since}"),
    "unit.step_renamed_short": ("đổi tên từ {since}", "renamed from {since}"),
    "unit.step_none": ("không còn tồn tại", "no longer exists"),
    "unit.steps_then": ("{first}, rồi {then}", "{first}, then {then}"),
    "unit.steps_more": (
        "{first}, rồi {count} lần đổi tên hay sáp nhập khác, rồi {then}",
        "{first}, then {count} more {count:rename or merger|renames or mergers}, then {then}",
    ),
    "unit.not_yet": (
        "{unit} chưa tồn tại ngày {day} (có từ {since})",
        "{unit} did not exist yet on {day} (it exists from {since})",
    ),
    "unit.gone": (
        "{unit} không còn tồn tại ngày {day} (đến {until}; xem ngày cuối cùng, `valid_to`, trong "
        "danh mục)",
        "{unit} did not exist on {day} (until {until}; see valid_to in the catalog)",
    ),
    "unit.hint.report_as": ('báo cáo với --unit "{heir}"', 'report as --unit "{heir}"'),
    "unit.hint.ask_heir": (
        'dùng --unit "{heir}", hoặc --as-of sớm hơn',
        'use --unit "{heir}", or an earlier --as-of',
    ),
    "unit.gone_before_plan": (
        "{unit} không có phần việc trong kế hoạch này (bắt đầu ngày {start}): đã {how}",
        "{unit} has no part in this plan, which began on {start}: {how}",
    ),
    "unit.hint.use_heir": ('dùng --unit "{heir}"', 'use --unit "{heir}"'),
    "unit.hint.other_day": ("dùng --as-of khác", "use another --as-of"),
    # a unit not made yet on the day (registry/unit_absence.absence_hint)
    "unit.hint.or": ("{first} hoặc {then}", "{first} or {then}"),
    "unit.hint.ask_before": (
        "ngày {day}, đơn vị làm việc này là {names}: dùng {options}; hoặc --as-of từ {since} "
        "trở đi",
        "on {day} {names} answered for it: use {options}; or an --as-of from {since} on",
    ),
    "unit.hint.report_before": (
        "việc làm trước {since} là của {names}: báo cáo với {options}; việc từ {since}: ghi "
        "--date từ {since} trở đi",
        "work done before {since} belongs to {names}: report as {options}; work from {since}: "
        "a --date from {since} on",
    ),
    "unit.hint.or_word": ("hoặc", "or"),
    "unit.hint.ask_before_commands": (
        "ngày {day}, đơn vị làm việc này là {names}: {commands}; hoặc --as-of từ {since} trở đi",
        "on {day} {names} answered for it: {commands}; or an --as-of from {since} on",
    ),
    "unit.hint.report_before_commands": (
        "việc làm trước {since} là của {names}: {commands}; việc từ {since}: ghi --date từ "
        "{since} trở đi",
        "work done before {since} belongs to {names}: {commands}; work from {since}: a --date "
        "from {since} on",
    ),
    "unit.hint.from_day": ("dùng --as-of từ {since} trở đi", "use an --as-of from {since} on"),
    "unit.hint.date_from": (
        "ghi --date từ {since} trở đi, hoặc kiểm tra ngày đầu (`valid_from`) của đơn vị trong "
        "danh mục",
        "give a --date from {since} on, or check the unit's valid_from in the catalog",
    ),
    "unit.hint.check_date": (
        "kiểm tra ngày, hoặc ngày đầu, ngày cuối (`valid_from`, `valid_to`) của đơn vị trong danh "
        "mục",
        "check the date, or the unit's valid_from, valid_to in the catalog",
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
        "tệp hỏng hoặc không phải tệp Word/Excel",  # the reader's English: --lang en only
        "the file is damaged or not a Word/Excel file ({reason})",
    ),
    "import.hint.damaged": (
        "mở tệp bằng Word hoặc Excel rồi lưu lại (.docx, .xlsx)",
        "open it in Word or Excel and save it again (.docx, .xlsx)",
    ),
    # a .docx that is a workbook, an .xlsx that is a Word document (the extension changed)
    "import.really": (
        "tệp có đuôi {suffix} nhưng thực ra là {kind}",
        "the file is named {suffix} but is really {kind}",
    ),
    "import.kind.xlsx": ("một bảng tính Excel", "an Excel workbook"),
    "import.kind.docx": ("một văn bản Word", "a Word document"),
    "import.hint.really": (
        "đổi đuôi tệp thành {right} ('{renamed}') rồi chạy lại",
        "rename it to end in {right} ('{renamed}') and run again",
    ),
    # a yes/no question (cds carry-over): Vietnamese c/k, English y/n, both always understood
    "confirm_choices": ("[c/K]", "[y/N]"),
    "confirm_again": ("Trả lời c (có) hoặc k (không).", "Answer y (yes) or n (no)."),
    # `report --unit` of a unit that took over merged units' parts (questions/answers.py)
    "answer_own": ("(phần của đơn vị: {status})", "(own part: {status})"),
    "answer_own_reported": (
        "(phần của đơn vị: {status}, báo cáo ngày {date})",
        "(own part: {status}, reported {date})",
    ),
    "answer_taken": (
        "(phần nhận thay {unit} từ {since}: {status})",
        "(part of {unit}, taken over from {since}: {status})",
    ),
    "answer_taken_reported": (
        "(phần nhận thay {unit} từ {since}: {status}, {by} báo cáo ngày {date})",
        "(part of {unit}, taken over from {since}: {status}, reported by {by} on {date})",
    ),
    # the same of a unit renamed (registry/succession.renamed_as): its former name's part
    "answer_taken_renamed": (
        "(phần giao cho {unit}, tên trước đây của đơn vị, từ {since}: {status})",
        "(part assigned to {unit}, its former name, from {since}: {status})",
    ),
    "answer_taken_reported_renamed": (
        "(phần giao cho {unit}, tên trước đây của đơn vị, từ {since}: {status}, {by} báo cáo"
        " ngày {date})",
        "(part assigned to {unit}, its former name, from {since}: {status}, reported by {by}"
        " on {date})",
    ),
    # `late --by-unit`: what an heir owes on a target beside (or instead of) its own part
    "owes_own_and_taken": (
        "nợ phần của đơn vị và phần nhận thay {unit}, đã sáp nhập",
        "owes its own part and the part of {unit}, merged, it took over",
    ),
    "owes_taken_only": (
        "chỉ còn nợ phần nhận thay {unit}, đã sáp nhập; phần của đơn vị đã hoàn thành",
        "owes only the part of {unit}, merged, it took over; its own part is done",
    ),
    # the same of a unit renamed (registry/succession.renamed_as): its former name's part
    "owes_own_and_taken_renamed": (
        "nợ phần của đơn vị, kể cả phần giao cho {unit}, tên trước đây của đơn vị",
        "owes its own part and the part assigned to {unit}, its former name",
    ),
    "owes_taken_only_renamed": (
        "chỉ còn nợ phần giao cho {unit}, tên trước đây của đơn vị; phần của đơn vị đã hoàn thành",
        "owes only the part assigned to {unit}, its former name; its own part is done",
    ),
    "rule.heir_ends": (
        "'{name}' ({unit}) kết thúc ngày {until} và không có đơn vị kế thừa, nhưng nó đang nhận "
        "thay phần việc của đơn vị đã sáp nhập hoặc đổi tên ở chỉ tiêu {targets}, cần đến {last}: "
        "từ hôm sau "
        "không đơn vị nào được đôn đốc",
        "'{name}' ({unit}) ends on {until} with no successor, but it holds the part of a unit "
        "merged or renamed in targets {targets}, needed until {last}: from the next day no unit "
        "is urged",
    ),
    "rule.hint.heir_ends": (
        "ghi đơn vị nhận lại công việc của '{unit}' (đơn vị kế thừa, `merged_into`) trong danh "
        "mục hay plans/don_vi_thay_doi.yaml, hoặc sửa ngày cuối cùng (`valid_to`) của nó",
        "write the unit that took over the work of '{unit}' (merged_into) in the catalog or "
        "plans/don_vi_thay_doi.yaml, or correct its valid_to",
    ),
}
