"""Words of a plan's revision: `cds import --revise`, and how `cds diff` sets apart the targets
a revision cancels and those carried from an earlier plan."""

from __future__ import annotations

REVISE_LABELS: dict[str, tuple[str, str]] = {
    "revise_optional_column": (
        "bảng không có cột '{field}' (cột không bắt buộc): giữ nguyên ô này của các chỉ tiêu "
        "trong sổ đăng ký",
        "the table has no '{field}' column (an optional one): the registry's cells of that "
        "column are kept",
    ),
    "diff_title_cancelled": ("; bãi bỏ {count}.", "; {count} annulled."),
    "diff_title_renumbered": ("; đánh số lại {count}.", "; {count} renumbered."),
    "diff_renumbered": (" (trước là {was})", " (was {was})"),
    "diff_renumbered_only": ("chỉ đánh số lại", "renumbered only"),
    "diff_title_moved": ("; chuyển nhóm {count}.", "; {count} moved to another group."),
    "diff_moved_group": (
        "chuyển từ nhóm {old} sang nhóm {new}",
        "moved from group {old} to group {new}",
    ),
    "diff_revising": ("Văn bản điều chỉnh: {plan}", "Revising plan: {plan}"),
    "diff_printed": (" (bảng in là {number})", " (the table prints {number})"),
    # a plan's totals count the targets in force: annulled ones apart (core/statuses.py)
    "annulled_apart": (
        "Không tính vào tổng số và tỷ lệ ({count} chỉ tiêu): {targets}.",
        "Not counted in the total and the shares ({count}): {targets}.",
    ),
    "annulled_one": ("{target} từ {date}", "{target} from {date}"),
    "annulled_footer": (
        " (không tính {count} chỉ tiêu đã bãi bỏ)",
        " (not counting {count} annulled)",
    ),
    # shown only when the rounded shares do not add up to 100 (core/statuses.py percentages)
    "shares_rounded": (
        "Các tỷ lệ trên được làm tròn riêng từng tỷ lệ đến 1% (hai trạng thái có số chỉ tiêu bằng "
        "nhau luôn có tỷ lệ bằng nhau), nên tổng các tỷ lệ là {sum}% chứ không đúng 100%.",
        "Each share above is rounded to 1% on its own (two statuses with as many targets always "
        "show the same share), so the shares add up to {sum}%, not exactly 100%.",
    ),
    "summary_unnamed": (
        "{units}: tập thể không nêu tên đơn vị nào (phân công mở), nên không đơn vị nào bị đôn "
        "đốc theo tên về các chỉ tiêu tập thể này chủ trì; chỉ tiêu quá hạn vẫn được tính vào "
        "dòng của tập thể. Muốn đôn đốc, hãy ghi tên các đơn vị chủ trì vào sổ đăng ký (mã các "
        "đơn vị chủ trì: `units` dưới `lead` của chỉ tiêu, docs/registry-format.md).",
        "{units}: a collective that names no unit (an open-ended assignment), so no unit is urged "
        "by name for the targets it leads; a late one still counts in its row. To urge, name the "
        "lead units in the registry (the target's lead.units, docs/registry-format.md).",
    ),
    "diff_cancelled": ("bãi bỏ từ {date}", "annulled from {date}"),
    "diff_cancelled_by": (" theo văn bản điều chỉnh {source}", " by the revision {source}"),
    "diff_already_cancelled": (
        "đã bãi bỏ từ {date}, bên mới không có",
        "annulled since {date}, not on the new side",
    ),
    "diff_carried_kept": (
        "Chỉ tiêu chuyển từ kế hoạch trước, bên mới không có (không phải bị bỏ: bảng của tệp "
        "không ghi các chỉ tiêu này): {count}",
        "Targets carried from an earlier plan, not on the new side (not removed: the file's table "
        "does not list them): {count}",
    ),
    "diff_carried_in": (
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: {count}",
        "Targets carried from an earlier plan, on the new side only: {count}",
    ),
    "diff_field_cancelled": ("Bãi bỏ từ ngày", "Annulled on"),
    "diff_field_cancelled_reason": ("Lý do bãi bỏ", "Reason annulled"),
    "diff_field_carried_to": ("Chuyển sang", "Carried to"),
    "diff_field_carried_on": ("Ngày chuyển", "Carried on"),
    "revise.moved_group": (
        "bảng điều chỉnh in chỉ tiêu sang nhóm khác ({moves}): cds không chuyển chỉ tiêu giữa "
        "các nhóm (mã {id} gắn với nhóm của nó và với các báo cáo tiến độ); không ghi gì",
        "the revised table prints a target in another group ({moves}): cds does not move "
        "targets between groups (the id {id} belongs to its group and its progress reports); "
        "nothing written",
    ),
    "revise.hint.moved_group": (
        "nếu đúng là chuyển nhóm: --pair {id}=- ({id} bãi bỏ, {number} thành chỉ tiêu mới, báo "
        "cáo cũ ở lại {id}); nếu ghép nhầm: --pair {id}=<số trong bảng>; hoặc in lại nó ở nhóm "
        "{group} trong bảng",
        "if it really moves: --pair {id}=- ({id} annulled, {number} a new target, the old "
        "reports stay with {id}); if paired wrongly: --pair {id}=<number in the table>; or print "
        "it in group {group} in the table",
    ),
    "revise_report_of": ("{unit}: {status}, {date}", "{unit}: {status}, {date}"),
    "revise_reports_left": (
        "Lưu ý: {id} bị bãi bỏ và {new} (cùng nội dung) được thêm mới; các báo cáo đã có "
        "({reports}) ở lại với {id}, {new} bắt đầu chưa có báo cáo nào: các đơn vị cần báo cáo "
        "lại cho {new} (cds {again}progress add {new} …), nếu không sẽ bị đôn đốc như chưa thực "
        "hiện.",
        "Note: {id} is annulled and {new} (the same text) is added; its reports ({reports}) "
        "stay with {id} and {new} starts with none: the units must report again on {new} (cds "
        "{again}progress add {new} …), or they will be urged as not started.",
    ),
    "revise_finished_dropped": (
        "Lưu ý: {unit} đã báo cáo hoàn thành phần của mình ở {id} ngày {date}; bản điều chỉnh "
        "giao {id} cho đơn vị khác từ {day}: phần đó được tính cho những ngày trước {day} (sổ "
        "ghi đơn vị chủ trì cũ ở mục `before`), từ {day} đơn vị chủ trì mới phải thực hiện "
        "{id}.",
        "Note: {unit} reported its part of {id} done on {date}; the revision gives {id} to "
        "other units from {day}: that part counts for the days before {day} (the registry keeps "
        "the former lead in its before entries), from {day} the new lead units owe {id}.",
    ),
    "lead_before": ("Chủ trì trước đây", "Former lead"),
    "done_after_hand_over": ("Báo cáo sau ngày bàn giao", "Reported after the hand-over"),
    "done_after_hand_over_value": (
        "{unit} báo cáo hoàn thành ngày {date}, từ ngày {day} bản điều chỉnh đã giao chỉ tiêu "
        "cho {lead}: không tính là báo cáo của đơn vị chủ trì, {lead} vẫn phải thực hiện",
        "{unit} reported it done on {date}; from {day} a revision gave the target to {lead}: "
        "not counted as the lead's report, {lead} still owes it",
    ),
    "revise_done_after": (
        "Lưu ý: {unit} đã báo cáo hoàn thành {id} ngày {date}, khi bản điều chỉnh đã giao {id} "
        "cho {lead} từ {day}: báo cáo đó không còn được tính là của đơn vị chủ trì, {id} được tính "
        "là chưa hoàn thành và {lead} phải thực hiện (bị đôn đốc nếu quá hạn). Nếu việc đã xong "
        "trước {day}: ghi đính chính báo cáo đó (--corrects) với ngày thực tế.",
        "Note: {unit} reported {id} done on {date}, when the revision had given {id} to "
        "{lead} from {day}: that report no longer counts as the lead's, {id} counts as not "
        "finished and {lead} owes it (urged once late). If the work was done before {day}: "
        "record a correction of that report (--corrects) with the real day.",
    ),
    "lead_before_value": ("{lead} (đến hết ngày {last})", "{lead} (until {last})"),
    "before_day": ("Trước ngày {day}", "Before {day}"),
    "revise_finished_kept": (
        "Lưu ý: {unit} đã hoàn thành {id} ngày {date}, trước khi bản điều chỉnh giao {id} cho "
        "đơn vị khác từ {day}: {id} vẫn được tính là đã hoàn thành, đơn vị chủ trì mới không "
        "phải thực hiện lại (sổ ghi đơn vị chủ trì cũ ở mục `before`).",
        "Note: {unit} finished {id} on {date}, before the revision gives {id} to other units "
        "from {day}: {id} still counts as finished, the new lead units owe nothing (the "
        "registry keeps the former lead in its before entries).",
    ),
    "revise_carried_cancelled": (
        "Lưu ý: {id} đã được chuyển sang {copy} ngày {on}; bản điều chỉnh bãi bỏ nó từ {day}, "
        "nhưng chỉ tiêu {copy} ở kế hoạch sau vẫn được theo dõi, đôn đốc (cds validate báo mâu "
        "thuẫn này). Muốn bỏ cả {copy}: áp dụng văn bản điều chỉnh của kế hoạch đó (cds {option} "
        "import TỆP --revise) để {copy} cũng được ghi bãi bỏ.",
        "Note: {id} was carried over to {copy} on {on}; the revision annuls it from {day}, but "
        "{copy} in the later plan is still followed and urged (cds validate reports this "
        "contradiction). To drop {copy} too: apply that plan's revision (cds {option} "
        "import FILE --revise) so that {copy} is annulled as well.",
    ),
    "revise_reason_unnamed": (
        "ngày {date} (không ghi số; đọc từ tệp {file})",
        "of {date} (no number stated; read from the file {file})",
    ),
    "revise_reason": (
        "Bãi bỏ theo văn bản điều chỉnh: {source}",
        "Annulled by the revision: {source}",
    ),
    "revise_review_indicator": (
        "Nội dung chỉ tiêu đổi theo bản điều chỉnh: chỉ số '{key}' ghi ngưỡng '{text}', nội "
        "dung mới không còn ngưỡng đó; sửa text, value của chỉ số rồi xóa dòng này",
        "The revision changed the target's text: indicator '{key}' quotes the threshold "
        "'{text}', which the new text no longer holds; correct its text and value, then delete "
        "this line",
    ),
    "revise_redated_cancelled": (
        "{id}: ngày bãi bỏ {before} (ghi trước đây) sửa thành {day}, ngày của văn bản điều "
        "chỉnh không còn liệt kê chỉ tiêu này.",
        "{id}: annulled from {before} (written before), now from {day}, the date of the "
        "revising document that no longer lists it.",
    ),
    "revise_redated_added": (
        "{id}: ngày thêm {before} (ghi trước đây) sửa thành {day}, ngày của văn bản điều chỉnh "
        "đã liệt kê chỉ tiêu này.",
        "{id}: added from {before} (written before), now from {day}, the date of the revising "
        "document that already lists it.",
    ),
    "revise_renumbered": (
        "{id}: bảng in là {number} (cùng chỉ tiêu); giữ mã {id} và các báo cáo tiến độ.",
        "{id}: printed {number} in the table (the same target); keeps the id {id} and its "
        "progress.",
    ),
    "diff_uncertain": (
        "? ghép với {old} nhưng chưa chắc là cùng chỉ tiêu: kiểm tra; nếu không phải, chọn "
        "bằng --pair {old}=SỐ-MỚI (hoặc {old}=- nếu bên mới bỏ chỉ tiêu đó)",
        "? paired with {old}, not certainly the same target: check it; if not, choose with "
        "--pair {old}=NEW-NUMBER (or {old}=- if the new side drops it)",
    ),
    "diff_uncertain_same": (
        "? cùng nội dung với {others}, các cột khác không phân biệt được: chưa chắc ghép đúng "
        "dòng; kiểm tra; nếu không phải, chọn bằng --pair {old}=SỐ-MỚI (hoặc {old}=- nếu bên mới "
        "bỏ chỉ tiêu đó)",
        "? the same text as {others}, no other cell telling them apart: perhaps paired with the "
        "wrong row; check it; if so, choose with --pair {old}=NEW-NUMBER (or {old}=- if the new "
        "side drops it)",
    ),
    "same_text_new": ("{id} bên mới", "new {id}"),
    "same_text_old": ("{id} bên cũ", "old {id}"),
    "revise_uncertain_same": (
        "{id}: ghép với dòng {number} của bảng nhưng {others} cùng nội dung, các cột khác không "
        "phân biệt được: chưa chắc đúng dòng; ghi dấu cần xem lại (ghép khác: --pair {id}=SỐ, "
        "hoặc --pair {id}=- nếu bảng đã bỏ chỉ tiêu này).",
        "{id}: paired with the table's row {number}, but {others} the same text, no other cell "
        "telling them apart: perhaps the wrong row; marked for review (another pairing: --pair "
        "{id}=NUMBER, or --pair {id}=- if the table drops it).",
    ),
    "revise_uncertain": (
        "{id}: ghép với dòng {number} của bảng nhưng chưa chắc là cùng chỉ tiêu; ghi dấu cần "
        "xem lại (ghép khác: --pair {id}=SỐ, hoặc --pair {id}=- nếu bảng đã bỏ chỉ tiêu này).",
        "{id}: paired with the table's row {number}, not certainly the same target; marked for "
        "review (another pairing: --pair {id}=NUMBER, or --pair {id}=- if the table drops it).",
    ),
    "revise_review_pairing": (
        "Ghép với dòng {number} của bản điều chỉnh nhưng chưa chắc là cùng chỉ tiêu: kiểm tra "
        "rồi xóa dòng này",
        "Paired with the revision's row {number}, not certainly the same target: check it, "
        "then delete this line",
    ),
    "pair.unknown": (
        "{choice}: {side} không có chỉ tiêu {id}",
        "{choice}: {side} has no target {id}",
    ),
    "pair.ambiguous": (
        "{choice}: bảng mới có {count} dòng số {id} (mỗi nhóm đánh số lại từ 1)",
        "{choice}: the new table has {count} rows numbered {id} (each group numbered from 1)",
    ),
    "pair.hint.ambiguous": (
        "ghi số {id} kèm nhóm của nó: {rows}",
        "write {id} with its group: {rows}",
    ),
    "pair.twice": (
        "{choices}: dòng {id} của bảng mới chỉ ghép được với một chỉ tiêu",
        "{choices}: the new table's row {id} pairs with one target only",
    ),
    "pair.hint.unknown": (
        "--pair CŨ=MỚI: CŨ là mã chỉ tiêu trong kế hoạch đang có, MỚI là số thứ tự trong bảng mới "
        "(mỗi số một lần), hoặc '-' nếu bảng mới bỏ chỉ tiêu đó",
        "--pair OLD=NEW: OLD is a target's id in the current plan, NEW its number in the new table "
        "(each number once), or '-' if the new table drops it",
    ),
    "pair.again": (
        "{choices}: chỉ tiêu {id} được chọn hai cách; chỉ chọn một",
        "{choices}: target {id} is chosen two ways; choose one",
    ),
    "pair.carried": (
        "{choice}: chỉ tiêu {id} chuyển tiếp từ {origin}, không có trong bảng của kế hoạch này "
        "nên không ghép hay bỏ được",
        "{choice}: target {id} is carried over from {origin}, not in this plan's table, so it "
        "cannot be paired or dropped",
    ),
    "pair.hint.carried": (
        "bỏ --pair {id}=…: chỉ tiêu chuyển tiếp giữ nguyên khi điều chỉnh kế hoạch",
        "leave out --pair {id}=…: a carried target stays as it is when the plan is revised",
    ),
    "pair.bad": (
        "--pair {choice}: cần dạng CŨ=MỚI, ví dụ --pair I.3=I.2",
        "--pair {choice}: expected OLD=NEW, e.g. --pair I.3=I.2",
    ),
    "pair.too_many": (
        "{old} và {new}: còn {olds} chỉ tiêu cũ và {news} chỉ tiêu mới khác nội dung phải ghép "
        "theo độ giống nhau ({olds} × {news} cặp), quá giới hạn {limit} cặp; không ghép, không "
        "ghi gì",
        "{old} and {new}: {olds} old and {news} new targets with different texts left to pair by "
        "likeness ({olds} × {news} pairs), over the limit of {limit} pairs; nothing paired or "
        "written",
    ),
    "pair.too_many_same": (
        "{old} và {new}: {olds} chỉ tiêu cũ và {news} chỉ tiêu mới cùng một nội dung, khác nhau ở "
        "các cột khác theo quá nhiều cách để so từng cặp (quá giới hạn {limit} lần so); không "
        "ghép, không ghi gì",
        "{old} and {new}: {olds} old and {news} new targets of one text, their other cells "
        "differing in too many ways to compare pair by pair (over the limit of {limit} "
        "comparisons); nothing paired or written",
    ),
    "pair.hint.too_many": (
        "kiểm tra đã chọn đúng hai tệp (một phụ lục kế hoạch thường chỉ vài chục chỉ tiêu); ghép "
        "trước những chỉ tiêu đã biết bằng --pair CŨ=MỚI để bớt số phải ghép",
        "check that these are the right two files (a plan's appendix has a few dozen targets); "
        "pair the targets you know first with --pair OLD=NEW, leaving fewer to pair",
    ),
    "pair_side_old": ("bên cũ", "the old side"),
    "pair_side_new": ("bên mới", "the new side"),
    "revise_new_number": (
        "{number} của bảng là chỉ tiêu mới: ghi mã {id} (mã {number} đã có).",
        "The table's {number} is a new target: written as {id} ({number} is taken).",
    ),
    "revise_carried_kept": (
        "Giữ nguyên {count} chỉ tiêu chuyển từ kế hoạch trước (bảng của tệp không ghi các chỉ tiêu "
        "này): {ids}.",
        "Kept as {count:it is|they are}: {count} {count:target|targets} carried from an earlier "
        "plan (the file's table does not list them): {ids}.",
    ),
    "revise_stale_indicator": (
        "{id}: chỉ số '{key}' ghi ngưỡng '{text}' mà nội dung mới không còn; đã ghi "
        "`needs_review` (chỗ cần quyết định) để sửa chỉ số.",
        "{id}: indicator '{key}' quotes '{text}', which the new text no longer holds; marked "
        "needs_review so that the indicator is corrected.",
    ),
    "revise_confirm": (
        "Ghi bản điều chỉnh vào sổ đăng ký?",
        "Write the revision into the registry?",
    ),
    "revise_nothing": (
        "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký.",
        "The revised table changes nothing in the registry.",
    ),
    "revise_written": (
        "Đã ghi bản điều chỉnh vào {path}: sửa {updated}, thêm {added}, bãi bỏ {cancelled} "
        "chỉ tiêu.",
        "Wrote the revision to {path}: {updated} changed, {added} added, {cancelled} annulled "
        "targets.",
    ),
    "revise.cannot_write": (
        "không ghi được {path}: {reason}; chưa ghi gì",
        "could not write {path}: {reason}; nothing was written",
    ),
    "revise.changed_since": (
        "{path} đã thay đổi từ lúc đề xuất (một lệnh khác vừa ghi): chưa ghi gì, chạy lại lệnh",
        "{path} changed since the proposal (another command wrote it): nothing written, run again",
    ),
    "revise.would_be_invalid": (
        "bản điều chỉnh sẽ làm {path} không hợp lệ; chưa ghi gì",
        "the revision would make {path} invalid; nothing was written",
    ),
    "revise.not_with": (
        "--revise ghi vào sổ đăng ký của kế hoạch đang dùng; không dùng cùng {option}",
        "--revise writes into the plan's own registry; it does not go with {option}",
    ),
    "revise.hint.not_with": (
        "chọn kế hoạch bằng --plan hoặc --registry",
        "choose the plan with --plan or --registry",
    ),
    "revise.hint.not_with_indicators": (
        "bỏ --indicators: bản điều chỉnh giữ nguyên các chỉ số đã có; chỉ số cho chỉ tiêu mới "
        "thì thêm tay sau khi ghi (muốn xem đề xuất: cds import TỆP --indicators --out "
        "ban-nhap.yaml, rồi chép chỉ số cần dùng vào sổ đăng ký)",
        "leave out --indicators: a revision keeps the indicators already written; add those of "
        "new targets by hand once written (to see proposals: cds import FILE --indicators --out "
        "draft.yaml, then copy the ones you want into the registry)",
    ),
    "revise.other_year": (
        "{file} là bảng của kế hoạch năm {year}, còn {path} là kế hoạch năm {plan_year}: không "
        "nhập bản điều chỉnh của kế hoạch năm khác; chưa ghi gì",
        "{file} is the table of the {year} plan, and {path} is the {plan_year} plan: a revision "
        "of another year's plan is not applied; nothing was written",
    ),
    "revise.hint.other_year": (
        "bản điều chỉnh của kế hoạch năm {year}: cds {option} import {file} --revise; nếu "
        "đúng là bảng của năm {plan_year}, sửa năm ở tiêu đề bảng (Kèm theo Kế hoạch số …) "
        "trong tệp",
        "a revision of the {year} plan: cds {option} import {file} --revise; if the table "
        "is indeed the {plan_year} plan's, correct the year in its heading (Kèm theo Kế hoạch "
        "số …) in the file",
    ),
    "printed_in": ("Số thứ tự trong Kế hoạch {plan}", "Number in Plan {plan}"),
    "printed_in_revision": ("Số thứ tự trong bản điều chỉnh", "Number in the revision"),
    # beside a target the plan in force no longer lists, cancelled: 'II.2 (đã bãi bỏ)'
    "cancelled_cited": ("đã bãi bỏ", "annulled"),
    "printed_now": (
        "{number} là số thứ tự của chỉ tiêu mã {now}",
        "{number} is the number of the target with id {now}",
    ),
    "cancelled_by": ("Bãi bỏ từ {date} theo {plan}", "Annulled from {date} by {plan}"),
    "cancelled_because": ("Bãi bỏ từ {date} ({reason})", "Annulled from {date} ({reason})"),
    "revise_next_year": (
        "Lưu ý: bản điều chỉnh có hiệu lực từ {day}, sau năm của kế hoạch ({year}): các chỉ "
        "tiêu vẫn là của kế hoạch năm {year}, thời hạn được đọc theo năm {year}.",
        "Note: the revision takes effect on {day}, after the plan's year ({year}): the targets "
        "stay the {year} plan's, their deadlines read against {year}.",
    ),
    "revise_recorded": (
        "Ghi nhận văn bản điều chỉnh: {plan}.",
        "Records the revising plan: {plan}.",
    ),
    "revise_recorded_blank": (
        "Ghi nhận bản điều chỉnh có hiệu lực từ {day} vào danh sách bản điều chỉnh "
        '(`revisions`), chưa có số, ký hiệu: công văn, báo cáo trích "đã điều chỉnh theo Kế '
        'hoạch số …………/………… ngày {day}"; điền number, symbol khi biết.',
        "Records the revision in effect from {day} in document.revisions, with no number or "
        'symbol yet: letters and reports cite "đã điều chỉnh theo Kế hoạch số …………/………… '
        'ngày {day}"; fill in number and symbol once known.',
    ),
    "revised_by": ("đã điều chỉnh theo {plans}", "revised by {plans}"),
    "revised_by_many": (
        "đã điều chỉnh {count} lần, lần gần nhất theo {plan}",
        "revised {count} times, most recently by {plan}",
    ),
    "rule.printed_taken": (
        "số thứ tự {number} (chỉ tiêu {id}) đã là số của chỉ tiêu {other} trong kế hoạch đang "
        "có hiệu lực",
        "number {number} (target {id}) is already the number of target {other} in the plan in "
        "force",
    ),
    "rule.plan_invisible": (
        "'{key}' có ký tự vô hình hoặc ký tự điều khiển ({character})",
        "'{key}' holds an invisible or control character ({character})",
    ),
    "rule.hint.plan_invisible": (
        "gõ lại như in trên văn bản: ký tự điều khiển và dấu hướng chữ in sai hoặc đảo thứ tự "
        "câu trích dẫn kế hoạch",
        "retype it as the document prints it: control characters and direction marks print "
        "wrongly or reorder the plan's citation",
    ),
    "rule.printed_group": (
        "số thứ tự {number} (chỉ tiêu {id}) thuộc nhóm {group}, nhưng danh mục không có nhóm này",
        "number {number} (target {id}) is in group {group}, which the registry does not have",
    ),
    "rule.hint.printed_group": (
        "ghi số thứ tự như bảng của bản điều chỉnh in, trong một nhóm đã có: {groups}",
        "write the number the revision's table prints, in an existing group: {groups}",
    ),
    "rule.hint.printed_taken": (
        "mỗi số thứ tự chỉ thuộc một chỉ tiêu còn hiệu lực: sửa 'printed' theo bảng của bản "
        "điều chỉnh, hoặc xóa dòng đó",
        "each number belongs to one target in force: correct 'printed' as the revision's table "
        "prints it, or delete that line",
    ),
    "rule.revision_is_plan": (
        "bản điều chỉnh {number}/{symbol} chính là kế hoạch này",
        "the revision {number}/{symbol} is this plan itself",
    ),
    "rule.hint.revision_is_plan": (
        "xóa mục này khỏi danh sách bản điều chỉnh (`revisions` trong `document`): chỉ ghi các kế "
        "hoạch điều chỉnh kế hoạch này",
        "delete this entry of document.revisions: list only the plans that revise this one",
    ),
    "rule.revision_date": (
        "ngày của bản điều chỉnh '{date}' không phải ngày dd/mm/yyyy",
        "the revision's date '{date}' is not a dd/mm/yyyy day",
    ),
    "rule.revision_before_plan": (
        "bản điều chỉnh ngày {date} có trước kế hoạch nó điều chỉnh (ngày {plan})",
        "the revision dated {date} is earlier than the plan it revises ({plan})",
    ),
    "rule.revision_after_year": (
        "bản điều chỉnh ngày {date} có sau ngày {latest}: kế hoạch năm {year} được điều chỉnh "
        "trong năm của nó",
        "the revision dated {date} is later than {latest}: the plan of {year} is revised "
        "during its year",
    ),
    "rule.revision_twice": (
        "bản điều chỉnh số {number}/{symbol} ngày {date} đã có ở mục thứ {first} của danh sách "
        "bản điều chỉnh (`revisions`)",
        "the revision no. {number}/{symbol} dated {date} is already item {first} of "
        "document.revisions",
    ),
    "rule.hint.revision_twice": (
        "xoá mục lặp: văn bản sẽ dẫn bản điều chỉnh này hai lần",
        "remove the repeated item: letters would cite this revision twice",
    ),
    "rule.revision_order": (
        "bản điều chỉnh ngày {date} được ghi sau bản ngày {before} (mục thứ {item}): danh sách "
        "bản điều chỉnh (`revisions`) phải theo thứ tự ngày, cũ trước",
        "the revision dated {date} is listed after the one dated {before} (item {item}): "
        "document.revisions must be in date order, oldest first",
    ),
    "rule.hint.revision_order": (
        "xếp lại các mục theo ngày ban hành; nếu bản nhập sau cùng (cds import … --revise) "
        "không phải bản mới nhất, nhập lại bản mới nhất để số thứ tự (printed) theo bản đó",
        "reorder the items by the day each was issued; if the revision imported last (cds "
        "import … --revise) is not the latest, import the latest again so that the numbers "
        "(printed) are its own",
    ),
    "rule.revision_number_reused": (
        "bản điều chỉnh số {number}/{symbol} ghi hai ngày khác nhau trong một năm: {other} và "
        "{date}",
        "the revision no. {number}/{symbol} is given two different days in one year: {other} "
        "and {date}",
    ),
    "rule.hint.revision_number_reused": (
        "một số văn bản chỉ ban hành một lần trong năm: sửa số hoặc ngày như in trên văn bản",
        "a document number is issued once a year: correct the number or the day as printed on "
        "the document",
    ),
    "rule.hint.revision_date": (
        "ghi ngày ban hành như in trên bản điều chỉnh, ví dụ 10/6/2024",
        "write the day the revision was issued, as printed on it, e.g. 10/6/2024",
    ),
    "entry.cancelled": (
        "chỉ tiêu {target} đã bãi bỏ từ {date}: không cần báo cáo nữa",
        "target {target} is annulled from {date}: it needs no more reports",
    ),
    "entry.hint.cancelled": (
        "việc đã làm trước khi bãi bỏ thì ghi ngày trước {date} (--date); vẫn muốn ghi: --force",
        "date work done before the annulment before {date} (--date); to record it anyway: --force",
    ),
    "entry.cancelled_between": (
        "chỉ tiêu {target} bị bãi bỏ từ {date} đến {last} (áp dụng lại từ {back}): ngày {day} "
        "nằm trong thời gian bãi bỏ",
        "target {target} was annulled from {date} to {last} (in force again from {back}): "
        "{day} falls while it was annulled",
    ),
    "entry.hint.cancelled_between": (
        "việc đã làm thì ghi ngày trước {date} hoặc từ {back} (--date); vẫn muốn ghi: --force",
        "date the work before {date} or from {back} (--date); to record it anyway: --force",
    ),
    "entry.ambiguous": (
        "mã {id} cũng là số thứ tự in của chỉ tiêu khác tại Kế hoạch số {plan}: chỉ tiêu mã {id} "
        "(in số {own}) hay chỉ tiêu mã {other} (in số {id})? chưa ghi gì",
        "{id} is also the number Plan No. {plan} prints another target under: the target with "
        "id {id} (printed {own}) or the one with id {other} (printed {id})? nothing recorded",
    ),
    "entry.hint.ambiguous": (
        "ghi cho chỉ tiêu mã {id}: thêm --id (cds{again} progress add {id} … --id); nếu là chỉ "
        "tiêu in số {id}: cds{again} progress add {other} … --id",
        "to record for the target with id {id}: add --id (cds{again} progress add {id} … --id); "
        "for the target printed {id}: cds{again} progress add {other} … --id",
    ),
    "entry.ambiguous_ask": (
        "Mã {id} cũng là số thứ tự in của chỉ tiêu khác. Ý bạn là:",
        "{id} is also the printed number of another target. Which one do you mean:",
    ),
    "entry.ambiguous_choice": (
        "  {n}) {id} (in số {number}): {content}",
        "  {n}) {id} (printed {number}): {content}",
    ),
    "entry.ambiguous_prompt": (
        "Chọn 1 hoặc 2 (bỏ trống: không ghi)",
        "Choose 1 or 2 (empty: record nothing)",
    ),
    "entry.ambiguous_again": ("Trả lời 1 hoặc 2.", "Answer 1 or 2."),
    "entry.hint.cancelled_printed": (
        "số thứ tự {number} trong Kế hoạch {plan} là chỉ tiêu mã {now}: cds{again} progress add "
        "{now} --id …; việc đã làm cho {number} trước khi bãi bỏ thì ghi ngày trước {date} "
        "(--date)",
        "number {number} in Plan {plan} is the target with id {now}: cds{again} progress add "
        "{now} --id …; date work done on {number} before the annulment before {date} (--date)",
    ),
    "entry.hint.cancelled_printed_plain": (
        "số thứ tự {number} trong bản điều chỉnh là chỉ tiêu mã {now}: cds{again} progress add "
        "{now} --id …; việc đã làm cho {number} trước khi bãi bỏ thì ghi ngày trước {date} "
        "(--date)",
        "number {number} in the revision is the target with id {now}: cds{again} progress add "
        "{now} --id …; date work done on {number} before the annulment before {date} (--date)",
    ),
    "progress.hint.cancelled_target": (
        "chỉ tiêu bản điều chỉnh bỏ đi phải được giữ trong sổ đăng ký và ghi 'cancelled: "
        "dd/mm/yyyy' (cds import … --revise làm việc này), để báo cáo của nó vẫn hợp lệ",
        "a target a revision drops must stay in the registry, marked 'cancelled: dd/mm/yyyy' "
        "(cds import … --revise does this), so that its reports stay valid",
    ),
    "progress.hint.cancelled_target_near": (
        "{near}; còn nếu bản điều chỉnh đã bỏ chỉ tiêu này: giữ nó trong sổ đăng ký và ghi "
        "'cancelled: dd/mm/yyyy' (cds import … --revise làm việc này), để báo cáo của nó vẫn "
        "hợp lệ",
        "{near}; or, if a revision dropped this target: keep it in the registry, marked "
        "'cancelled: dd/mm/yyyy' (cds import … --revise does this), so that its reports stay "
        "valid",
    ),
    "revise.out_has_progress": (
        "{path} đã có {count} tệp tiến độ: ghi đè sẽ làm mất các chỉ tiêu chuyển sang và làm báo "
        "cáo của chỉ tiêu bị bỏ không còn hợp lệ; chưa ghi gì",
        "{path} has {count} progress {count:file|files}: replacing it would lose the carried "
        "targets and orphan the reports of dropped targets; nothing was written",
    ),
    "revise.hint.out_has_progress": (
        "bản điều chỉnh của kế hoạch này: cds import TỆP --revise --registry {path}",
        "a revision of this plan: cds import FILE --revise --registry {path}",
    ),
    "revise.only_with": (
        "{option} chỉ dùng với --revise",
        "{option} goes only with --revise",
    ),
    # a revision refused for its table's problems writes nothing: a problem's hint says no
    # `needs_review` line is kept (app/import_problems.py `_UNWRITTEN`, a11 follow-up)
    "import_duplicate_target_unwritten_hint": (
        "sửa số thứ tự trong bảng rồi nhập lại",
        "correct the number in the table and import again",
    ),
    "import_zero_number_unwritten_hint": (
        "sửa số thứ tự trong bảng rồi nhập lại",
        "correct the number in the table and import again",
    ),
    "import_number_format_unwritten_hint": (
        "so với chữ Excel hiện trong ô: định dạng ô là Text, gõ lại như văn bản kế hoạch, rồi "
        "nhập lại",
        "compare it with what Excel shows in the cell: format the cell as Text, type it as the "
        "plan states it, and import again",
    ),
}
