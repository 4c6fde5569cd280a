"""Words of `validate`'s checks on what `import --revise` writes into a target (`added`), and on
the numbers a plan prints its targets under, as a person may retype them."""

from __future__ import annotations

CHECK_LABELS: dict[str, tuple[str, str]] = {
    "rule.added_carried": (
        "chỉ tiêu {id} chuyển từ {origin} (nguồn chuyển tiếp, `carried_from`) không phải chỉ tiêu "
        "do bản điều chỉnh thêm: không ghi `added`",
        "target {id}, carried from {origin} (carried_from), is not one a revision added: it has "
        "no 'added'",
    ),
    "rule.hint.added_carried": (
        "xóa dòng `added:`: chỉ tiêu chuyển sang được theo dõi từ sau ngày chuyển (`carried_on` "
        "của kế hoạch cũ)",
        "delete the 'added:' line: a carried target is followed from the day after it was carried "
        "(carried_on in the plan it came from)",
    ),
    "rule.added_cancelled": (
        "chỉ tiêu {id} được thêm ngày {added}, không trước ngày bị bãi bỏ {cancelled}: chỉ tiêu "
        "chưa bao giờ có hiệu lực",
        "target {id} is added on {added}, not before it is annulled on {cancelled}: it would "
        "never be in force",
    ),
    "rule.hint.added_cancelled": (
        "ghi 'added' là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, trước {cancelled}; hoặc "
        "sửa 'cancelled' như văn bản bãi bỏ ghi",
        "write as 'added' the day the revision adding it took effect, before {cancelled}; or "
        "correct 'cancelled' as the annulling document says",
    ),
    "rule.added_year": (
        "chỉ tiêu {id} được thêm ngày {added}: bản điều chỉnh kế hoạch năm {year} có hiệu lực "
        "từ {first} đến {last}",
        "target {id} is added on {added}: a revision of the {year} plan takes effect from "
        "{first} to {last}",
    ),
    "rule.hint.added_year": (
        "ghi `added` là ngày bản điều chỉnh thêm chỉ tiêu có hiệu lực, như cds import … --revise "
        "--on ghi, ví dụ `added: 20/03/2024`",
        "write as 'added' the day the revision adding the target took effect, as cds import … "
        "--revise --on writes it, e.g. added: 20/03/2024",
    ),
    "progress.before_added": (
        "báo cáo ngày {day} cho chỉ tiêu {target}, mà bản điều chỉnh chỉ thêm chỉ tiêu này từ "
        "{added}",
        "entry dated {day} on target {target}, which a revision added only from {added}",
    ),
    "progress.hint.before_added": (
        "kiểm tra ngày báo cáo, hoặc 'added' của chỉ tiêu {target} trong sổ đăng ký (ngày bản "
        "điều chỉnh thêm nó có hiệu lực)",
        "check the entry's date, or the 'added' day of target {target} in the registry (the "
        "day the revision adding it took effect)",
    ),
    "entry.hint.before_added": (
        "chỉ tiêu có trong kế hoạch từ {added}: ghi ngày từ {added} trở đi (--date)",
        "the target is in the plan from {added}: date the report {added} or later (--date)",
    ),
    "model.not_printed": (
        "'{value}' không phải số thứ tự chỉ tiêu: số La Mã của nhóm, dấu chấm, số từ 1 đến 9999 "
        "không có số 0 ở đầu, ví dụ I.2",
        "'{value}' is not a target's number: the group's Roman numeral, a dot, a number from 1 "
        "to 9999 without leading zeros, e.g. I.2",
    ),
    "changes.hint.new_unit": (
        "phường, xã mới do sáp nhập: ghi vào tệp đơn vị thay đổi {file} (dưới 'units:', cho "
        "mọi kế hoạch), ví dụ '- id: {id}' rồi 'name: {name}', 'kind: ward', 'source: user', "
        "'valid_from: 01/07/2025'; và ở mỗi phường, xã cũ: '- id: …' rồi 'valid_to: "
        "30/06/2025', 'merged_into: {id}' (docs/huong-dan-su-dung.md, mục Đơn vị thay đổi)",
        "a ward or commune a merger made: record it in the unit changes file {file} (under "
        "'units:', for every plan), e.g. '- id: {id}' then 'name: {name}', 'kind: ward', "
        "'source: user', 'valid_from: 01/07/2025'; and at each ward or commune merged into it: "
        "'- id: …' then 'valid_to: 30/06/2025', 'merged_into: {id}' (docs/huong-dan-su-dung.md, "
        "section Đơn vị thay đổi)",
    ),
    "rule.revision_printed_unknown": (
        "bản điều chỉnh số {plan} ngày {date} ghi số thứ tự cho chỉ tiêu {id}, mà sổ đăng ký "
        "không có chỉ tiêu nào "
        "mã {id}",
        "revision No. {plan} of {date} gives a number to target {id}, but the registry has no "
        "target {id}",
    ),
    "rule.hint.revision_printed_unknown": (
        "sửa 'id: {id}' thành mã một chỉ tiêu có trong sổ (cds list), hoặc xóa mục này",
        "correct 'id: {id}' to the id of a target the registry has (cds list), or delete the item",
    ),
    "rule.revision_printed_twice": (
        "bản điều chỉnh số {plan} ngày {date} in số {number} cho cả chỉ tiêu {other} và {id}: "
        "bảng in mỗi số một lần",
        "revision No. {plan} of {date} prints number {number} for both {other} and {id}: a table "
        "prints each number once",
    ),
    "rule.hint.revision_printed_twice": (
        "ghi số mà bảng của bản điều chỉnh in cho từng chỉ tiêu; chỉ một chỉ tiêu mang số {number}",
        "write the number the revision's table prints for each target; only one target is "
        "numbered {number}",
    ),
    "rule.printed_not_latest": (
        "chỉ tiêu {id} ghi số thứ tự {own}, mà bản điều chỉnh mới nhất (số {plan} ngày {date}, "
        "mục {item} của danh sách bản điều chỉnh, `revisions`) in là {number}",
        "target {id} is numbered {own}, but the latest revision (No. {plan} of {date}, item "
        "{item} of "
        "document.revisions) prints it as {number}",
    ),
    "rule.hint.printed_not_latest": (
        "hai chỗ phải như nhau: ghi 'printed: {number}' ở chỉ tiêu {id} (không ghi khi số là "
        "mã), hoặc sửa danh sách printed của bản điều chỉnh; chạy lại cds import … --revise "
        "với bảng của bản điều chỉnh sẽ ghi lại cả hai",
        "the two must agree: write 'printed: {number}' in target {id} (none when the number is "
        "the id), or correct the revision's printed list; running cds import … --revise again "
        "with the revision's table writes both",
    ),
    "rule.cancelled_periods": (
        "chỉ tiêu {id}: thời gian bãi bỏ từ {day} chồng lên thời gian khác hoặc kết thúc trước "
        "khi bắt đầu",
        "target {id}: the annulment from {day} overlaps another or ends before it begins",
    ),
    "rule.hint.cancelled_periods": (
        "mỗi khoảng bãi bỏ trước đây (`cancelled_before`) có ngày bắt đầu (`since`) trước ngày "
        "kết thúc (`until`), theo thứ tự ngày, và trước ngày bãi bỏ (`cancelled`)",
        "each cancelled_before entry has since before until, in date order, before cancelled",
    ),
    "rule.lead_before_empty": (
        "chỉ tiêu {id}: mục lead_before (đơn vị chủ trì trước đây) không ghi đơn vị nào",
        "target {id}: a lead_before entry (former lead) names no unit",
    ),
    "rule.hint.lead_before": (
        "mỗi mục đơn vị chủ trì trước đây (`lead_before`) ghi mã đơn vị trong danh mục "
        "(`units`) và ngày bản điều chỉnh giao chỉ tiêu cho đơn vị mới (`until`), các mục theo "
        "thứ tự ngày",
        "each lead_before entry has units (catalog ids) and until (the day the revision gave "
        "the target to the new lead), entries in date order",
    ),
    "rule.entry_before": (
        "mục `before` (các ô trước bản điều chỉnh)",
        "before entry",
    ),
    "rule.entry_lead_before": (
        "mục `lead_before` (đơn vị chủ trì trước đây)",
        "lead_before entry",
    ),
    "rule.until_outside": (
        "chỉ tiêu {id}: {entry} ngày {day} nằm ngoài thời gian bản điều chỉnh kế hoạch năm "
        "{year} có hiệu lực (từ {first} đến {last})",
        "target {id}: the {entry} of {day} is outside the days a revision of the {year} plan "
        "takes effect ({first} to {last})",
    ),
    "rule.until_not_revision": (
        "chỉ tiêu {id}: {entry} ngày {day} không phải ngày của bản điều chỉnh nào trong danh "
        "sách bản điều chỉnh (`revisions`)",
        "target {id}: the {entry} of {day} is dated on no revision's day in document.revisions",
    ),
    "rule.hint.until_day": (
        "ghi 'until' là ngày bản điều chỉnh đã thay đổi các ô này có hiệu lực, như cds import "
        "… --revise ghi: {days}; nếu là văn bản khác (sửa bằng tay), ghi văn bản đó vào danh "
        "sách bản điều chỉnh (`revisions` trong `document`)",
        "write as 'until' the day the revision that changed these cells took effect, as cds "
        "import … --revise writes it: {days}; if another document revised the target (a hand "
        "edit), list that document under document.revisions",
    ),
    "rule.revision_days": (
        "một trong các ngày bản điều chỉnh đã ghi ({dates})",
        "one of the revision days recorded ({dates})",
    ),
    "rule.no_revision_days": (
        "kế hoạch chưa ghi bản điều chỉnh nào",
        "the plan records no revision yet",
    ),
    "rule.hint.until_written": (
        "ghi 'until' là ngày bản điều chỉnh đã thay đổi các ô này có hiệu lực, dd/mm/yyyy: ngày "
        "của bản điều chỉnh đó trong danh sách bản điều chỉnh (`revisions` trong `document`)",
        "write as 'until' the day the revision that changed these cells took effect, "
        "dd/mm/yyyy: that revision's date in document.revisions",
    ),
    "rule.until_twice": (
        "chỉ tiêu {id}: {entry} ngày {day} trùng ngày với mục {item}: mỗi bản điều chỉnh chỉ "
        "một mục",
        "target {id}: the {entry} of {day} has the day of item {item}: one entry per revision",
    ),
    "rule.hint.until_twice": (
        "gộp hai mục ngày {day} thành một (mỗi ô một giá trị trước bản điều chỉnh), hoặc sửa "
        "'until' của mục này thành ngày của bản điều chỉnh khác",
        "merge the two entries of {day} into one (one former value per cell), or correct this "
        "entry's 'until' to another revision's day",
    ),
    "rule.until_order": (
        "chỉ tiêu {id}: {entry} ngày {day} ghi sau mục {item} ngày {previous}: các mục theo "
        "thứ tự ngày, cũ trước",
        "target {id}: the {entry} of {day} comes after item {item} of {previous}: entries are "
        "oldest first",
    ),
    "rule.hint.until_order": (
        "chuyển mục ngày {day} lên trước mục ngày {previous}, theo thứ tự các bản điều chỉnh",
        "move the entry of {day} above the one of {previous}, in the order of the revisions",
    ),
    "rule.lead_before_twice": (
        "chỉ tiêu {id}: mục `lead_before` ngày {day} ghi đơn vị chủ trì trước đây cho cùng "
        "những ngày mà mục {item} của `before` (ngày {day}) đã ghi: sẽ hiện hai đơn vị chủ trì "
        "trước đây cho một ngày",
        "target {id}: the lead_before entry of {day} gives a former lead for the days item "
        "{item} of before (of {day}) already gives one: two former leads would be shown for "
        "one day",
    ),
    "rule.hint.lead_before_twice": (
        "chỉ giữ `before`: xóa mục `lead_before` này (cds nay ghi `before`; `lead_before` chỉ "
        "còn được đọc ở sổ ghi ngày 29/11/2026)",
        "keep only before: delete this lead_before entry (cds now writes before; lead_before is "
        "only read in registries written on 29/11/2026)",
    ),
    "rule.before_nothing": (
        "chỉ tiêu {id}: mục các ô trước bản điều chỉnh (`before`) ngày {day} không ghi ô nào",
        "target {id}: the before entry of {day} gives no cell as it stood before the revision",
    ),
    "rule.before_no_lead": (
        "chỉ tiêu {id}: mục `before` ngày {day} ghi ô chủ trì (`lead`) không có đơn vị nào",
        "target {id}: the before entry of {day} gives a lead cell that names no unit",
    ),
    "rule.hint.before": (
        "mỗi mục các ô trước bản điều chỉnh (`before`) ghi ngày bản điều chỉnh có hiệu lực "
        "(`until`) và những ô bản điều chỉnh đã thay đổi (`content`, `directing`, `lead`, "
        "`cooperating`, `deadline`) với giá trị trước đó; các mục theo thứ tự ngày",
        "each before entry has until (the day the revision took effect) and the cells the "
        "revision changed (content, directing, lead, cooperating, deadline) with their values "
        "before it; entries in date order",
    ),
    "rule.cancelled_year": (
        "chỉ tiêu {id} bị bãi bỏ ngày {cancelled}: bản điều chỉnh kế hoạch năm {year} có hiệu "
        "lực từ {first} đến {last}",
        "target {id} is annulled on {cancelled}: a revision of the {year} plan takes effect "
        "from {first} to {last}",
    ),
    "rule.hint.cancelled_year": (
        "ghi 'cancelled' là ngày văn bản bãi bỏ chỉ tiêu có hiệu lực, như cds import … --revise "
        "ghi, ví dụ cancelled: 20/03/2024",
        "write as 'cancelled' the day the document annulling the target took effect, as cds "
        "import … --revise writes it, e.g. cancelled: 20/03/2024",
    ),
    "rule.cancelled_not_revision": (
        "chỉ tiêu {id} bị bãi bỏ ngày {day}, không phải ngày của bản điều chỉnh nào trong danh "
        "sách bản điều chỉnh (`revisions`: {dates})",
        "target {id} is annulled on {day}, the date of no revision in document.revisions ({dates})",
    ),
    "rule.added_not_revision": (
        "chỉ tiêu {id} được thêm ngày {day}, không phải ngày của bản điều chỉnh nào trong danh "
        "sách bản điều chỉnh (`revisions`: {dates})",
        "target {id} is added on {day}, the date of no revision in document.revisions ({dates})",
    ),
    "rule.hint.day_not_revision": (
        "ghi văn bản điều chỉnh có hiệu lực từ {day} vào danh sách bản điều chỉnh (`revisions` "
        "trong `document`, theo thứ tự ngày): date: {day}, number, symbol để trống nếu chưa "
        "biết, như cds import … --revise --on {day} ghi; không đổi '{key}' sang ngày khác để "
        "hết báo lỗi (chỉ tiêu sẽ được tính theo ngày không phải của nó), chỉ sửa nếu ngày này "
        "ghi nhầm so với văn bản",
        "list the revision in effect from {day} under document.revisions (in date order): "
        "date: {day}, number and symbol blank if not known, as cds import … --revise --on {day} "
        "records one; do not move '{key}' to another day to silence this (the target would be "
        "counted from a day not its own), correct it only if it was mistyped from the document",
    ),
    "entry.carried_away": (
        "chỉ tiêu {target} đã chuyển sang kế hoạch {plan} (chỉ tiêu {new}) ngày {date}: báo "
        "cáo ngày {day} không ghi vào kế hoạch này nữa",
        "target {target} was carried over to plan {plan} (target {new}) on {date}: a report "
        "dated {day} no longer belongs to this plan",
    ),
    "entry.carried_away_on": (
        "chỉ tiêu {target} đã chuyển sang kế hoạch {first} (chỉ tiêu {first_id}) ngày {date}, "
        "rồi sang kế hoạch {plan} (chỉ tiêu {new}) ngày {on}: báo cáo ngày {day} thuộc kế hoạch "
        "{plan}",
        "target {target} was carried over to plan {first} (target {first_id}) on {date}, then "
        "to plan {plan} (target {new}) on {on}: a report dated {day} belongs to plan {plan}",
    ),
    "entry.hint.carried_away": (
        "ghi vào kế hoạch {plan}, chỉ tiêu {new}: {command} (việc "
        "xong trước khi chuyển thì ghi đúng ngày đó, đến hết {date})",
        "record it in plan {plan}, target {new}: {command} (work "
        "finished before the carry-over: give its real day, {date} or earlier)",
    ),
    "entry.hint.corrects_later": (
        "báo cáo {id} (ngày {rday}) ở kế hoạch này, ngày đúng {day} thuộc kế hoạch {plan}: sửa ở "
        "cả hai kế hoạch, theo thứ tự: (1) đính chính báo cáo {id} thành chưa hoàn thành vào ngày "
        "{rday}, để kế hoạch này thôi tính nó: {withdraw}; (2) {carry} — chép đính chính đó sang "
        "kế hoạch {plan}, theo dõi lại {there} ở đó nếu đã ghi bãi bỏ; (3) ghi báo cáo ngày {day} "
        "vào kế hoạch {plan}, chỉ tiêu {there}: {record}",
        "report {id} ({rday}) is in this plan, and the right day {day} belongs to plan {plan}: "
        "correct it in both plans, in this order: (1) correct report {id} to unfinished on "
        "{rday}, so that this plan stops counting it: {withdraw}; (2) {carry} — copies that "
        "correction to plan {plan}, and follows {there} there again if it was annulled; (3) "
        "record the report of {day} in plan {plan}, target {there}: {record}",
    ),
    "entry.hint.corrects_earlier": (
        "báo cáo {id} (ngày {rday}) ở kế hoạch này, ngày đúng {day} thuộc kế hoạch {plan}: (1) "
        "ghi báo cáo ngày {day} vào kế hoạch {plan}, chỉ tiêu {there}: {record}; (2) {carry} — "
        "chép sang kế hoạch này, hoặc ghi bãi bỏ {target} ở đây nếu mọi phần việc đã hoàn thành "
        "đến hết ngày chuyển; báo cáo {id} để nguyên: cùng trạng thái, ghi sau ngày {day}, không "
        "đổi ngày hoàn thành",
        "report {id} ({rday}) is in this plan, and the right day {day} belongs to plan {plan}: "
        "(1) record the report of {day} in plan {plan}, target {there}: {record}; (2) {carry} — "
        "copies it to this plan, or annuls {target} here if every part was finished by the carry "
        "day; leave report {id} as it is: the same status, later than {day}, it moves no "
        "finishing day",
    ),
    "entry.hint.corrects_earlier_fix": (
        "báo cáo {id} (ngày {rday}) ở kế hoạch này, ngày đúng {day} thuộc kế hoạch {plan}: sửa ở "
        "cả hai kế hoạch, theo thứ tự: (1) ghi báo cáo ngày {day} vào kế hoạch {plan}, chỉ tiêu "
        "{there}: {record}; (2) đính chính báo cáo {id} ở kế hoạch này, cùng ngày {rday}: {fix}; "
        "(3) {carry} — chép báo cáo ngày {day} sang kế hoạch này",
        "report {id} ({rday}) is in this plan, and the right day {day} belongs to plan {plan}: "
        "correct it in both plans, in this order: (1) record the report of {day} in plan {plan}, "
        "target {there}: {record}; (2) correct report {id} in this plan, on the same day {rday}: "
        "{fix}; (3) {carry} — copies the report of {day} to this plan",
    ),
    "entry.carried_in": (
        "chỉ tiêu {target} chuyển từ kế hoạch {plan} (chỉ tiêu {old}) vào kế hoạch này từ ngày "
        "{date}: báo cáo ngày {day} thuộc kế hoạch {plan}",
        "target {target} was carried into this plan from plan {plan} (target {old}) from {date}: "
        "a report dated {day} belongs to plan {plan}",
    ),
    "entry.carried_in_back": (
        "chỉ tiêu {target} chuyển từ kế hoạch {came} (chỉ tiêu {came_id}) vào kế hoạch này từ "
        "ngày {date}, trước đó thuộc kế hoạch {plan} (chỉ tiêu {old}): báo cáo ngày {day} thuộc "
        "kế hoạch {plan}",
        "target {target} was carried into this plan from plan {came} (target {came_id}) from "
        "{date}, and before that was in plan {plan} (target {old}): a report dated {day} belongs "
        "to plan {plan}",
    ),
    "entry.hint.carried_in": (
        "ghi vào kế hoạch {plan}, chỉ tiêu {old}: {command} (kế "
        "hoạch đó theo dõi chỉ tiêu đến hết {last})",
        "record it in plan {plan}, target {old}: {command} (that "
        "plan follows the target up to {last})",
    ),
    "entry.carried_leg": (
        "việc từ {start} đến hết {last} thuộc kế hoạch {plan}, chỉ tiêu {old} (cds {option} "
        "progress add {old} …); {rest}",
        "work from {start} to {last} belongs to plan {plan}, target {old} (cds {option} "
        "progress add {old} …); {rest}",
    ),
    "progress.hint.carried_in": (
        "báo cáo này thuộc kế hoạch {plan}, chỉ tiêu {old}: ghi vào kế hoạch đó trước, rồi "
        "mới xóa dòng này: {command} (việc xong từ {date} trở đi thì sửa ngày cho đúng)",
        "this report belongs to plan {plan}, target {old}: record it there first, then delete "
        "this line: {command} (work finished on {date} or later: correct its day)",
    ),
    "progress.hint.carried_away": (
        "báo cáo này thuộc kế hoạch {plan}, chỉ tiêu {new}: ghi vào kế hoạch đó trước, rồi "
        "mới xóa dòng này: {command} (việc xong đến hết {date} thì sửa ngày cho đúng)",
        "this report belongs to plan {plan}, target {new}: record it there first, then delete "
        "this line: {command} (work finished by {date}: correct its day)",
    ),
}
