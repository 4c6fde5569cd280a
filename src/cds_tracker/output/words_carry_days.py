"""Words of the carry day's checks (app/carry_day.py), of a report the carried copy lacks
(progress/carry_gap.py) and of an ongoing target's report the new plan takes before the carry
day (progress/carried_ahead.py), merged by `words.catalogue`."""

from __future__ import annotations

CARRY_DAY_LABELS: dict[str, tuple[str, str]] = {
    "carry.day_outside": (
        "--as-of {date}: ngày chuyển chỉ tiêu phải từ {first} (đầu năm của kế hoạch {source}) "
        "đến {last} (hết năm của kế hoạch {to})",
        "--as-of {date}: the carry day must be from {first} (the start of plan {source}'s "
        "year) to {last} (the end of plan {to}'s year)",
    ),
    "carry.hint.day_end": (
        "thường chuyển vào ngày cuối năm của kế hoạch cũ: --as-of {date}",
        "targets are usually carried on the old plan's last day: --as-of {date}",
    ),
    "carry.day_before_report": (
        "--as-of {date}: {unit} đã báo cáo ngày {report} về chỉ tiêu {target} của kế hoạch "
        "{source}, chỉ tiêu sẽ chuyển; chuyển trước ngày đó thì báo cáo không còn "
        "thuộc kế hoạch nào (cds validate sẽ báo lỗi); chưa ghi gì",
        "--as-of {date}: {unit} reported on {report} on target {target} of plan {source}, "
        "which would be carried; carried before that day, the report would belong to no "
        "plan (cds validate would fail); nothing was written",
    ),
    "carry.hint.day_after": (
        "chọn ngày chuyển không sớm hơn báo cáo mới nhất: --as-of {date} hoặc muộn hơn",
        "choose a carry day no earlier than the latest report: --as-of {date} or later",
    ),
    "carry.copy_missing": (
        "báo cáo chỉ tiêu {target} ngày {date} ghi ở kế hoạch này, trước khi chỉ tiêu chuyển "
        "sang kế hoạch {plan} ({new}) ngày {day}, nhưng chưa có ở kế hoạch {plan}: ở đó {new} "
        "vẫn tính như chưa báo cáo",
        "the report on target {target} dated {date} is recorded in this plan, before the target "
        "was carried to plan {plan} ({new}) on {day}, but plan {plan} does not have it: there "
        "{new} still counts as unreported",
    ),
    "carry.hint.copy_missing": (
        "chạy lại cds carry-over --from {source} --to {plan} (chỉ thêm những gì còn thiếu)",
        "run cds carry-over --from {source} --to {plan} again (it adds what is missing)",
    ),
    "carry.copy_note": (
        "chỉ tiêu {target} đã chuyển sang kế hoạch {plan} ({new}) ngày {day}: báo cáo này ghi ở "
        "đây nhưng chưa có ở kế hoạch {plan}; chạy lại cds carry-over --from {source} --to "
        "{plan} để chép sang (chỉ thêm những gì còn thiếu)",
        "target {target} was carried to plan {plan} ({new}) on {day}: this report is recorded "
        "here but plan {plan} does not have it; run cds carry-over --from {source} --to {plan} "
        "again to copy it (it adds what is missing)",
    ),
    "carry.copy_note_done": (
        "chỉ tiêu {target} đã chuyển sang kế hoạch {plan} ({new}) ngày {day}: báo cáo này ghi ở "
        "đây nhưng chưa có ở kế hoạch {plan}; chạy lại cds carry-over --from {source} --to "
        "{plan} để chép sang (chỉ thêm những gì còn thiếu); nếu mọi phần việc đã hoàn thành đến "
        "hết ngày {day}, chỉ tiêu là hoàn thành ở kế hoạch {source} và lệnh đó ghi bãi bỏ {new} "
        "ở kế hoạch {plan} (không tính là chỉ tiêu của kế hoạch {plan})",
        "target {target} was carried to plan {plan} ({new}) on {day}: this report is recorded "
        "here but plan {plan} does not have it; run cds carry-over --from {source} --to {plan} "
        "again to copy it (it adds what is missing); if every part was finished by {day}, the "
        "target is finished in plan {source} and that run annuls {new} in plan {plan} (not "
        "counted among plan {plan}'s targets)",
    ),
    "entry.carried_ahead": (
        "chỉ tiêu {target} đã chuyển sang kế hoạch {plan} (chỉ tiêu {new}) ngày {date}: báo "
        "cáo ngày {day} là báo cáo kỳ {start}–{end}, kỳ của kế hoạch {plan} (kế hoạch {plan} "
        "nhận báo cáo của chỉ tiêu này từ {first}), nên không ghi vào kế hoạch này",
        "target {target} was carried over to plan {plan} (target {new}) on {date}: a report "
        "dated {day} is the report for the period {start}–{end}, a period of plan {plan} (it "
        "takes this target's reports from {first}), so it does not belong to this plan",
    ),
    "entry.hint.carried_ahead": (
        "ghi vào kế hoạch {plan}, chỉ tiêu {new}: {command} (báo cáo của kỳ trước, ngày đến "
        "hết {last}, mới ghi vào kế hoạch này)",
        "record it in plan {plan}, target {new}: {command} (a report for an earlier period, "
        "dated {last} or before, goes in this plan)",
    ),
    # a carried target's report dated before its first plan began (progress/carried_away.py
    # `_before_all`): a mistyped year, sent to no plan (a23-05)
    "entry.carried_before_all": (
        "báo cáo ngày {day} có trước mọi kế hoạch có chỉ tiêu {target}: kế hoạch đầu tiên có "
        "chỉ tiêu này là kế hoạch {plan} (chỉ tiêu {old}), nhận báo cáo từ {start}",
        "a report dated {day} is before any plan that has target {target}: the first to have "
        "it is plan {plan} (target {old}), which takes reports from {start}",
    ),
    "entry.hint.carried_before_all": (
        "kiểm tra năm của ngày (dd/mm/yyyy): báo cáo của chỉ tiêu này ghi ngày từ {start} trở "
        "đi, và kế hoạch này nhận từ {taken}",
        "check the year of the date (dd/mm/yyyy): this target's reports are dated {start} or "
        "later, and this plan takes them from {taken}",
    ),
    "progress.hint.carried_before_all": (
        "kiểm tra năm của ngày ở dòng này (dd/mm/yyyy) rồi sửa cho đúng: báo cáo của chỉ tiêu "
        "này ghi ngày từ {start} trở đi, và kế hoạch này nhận từ {taken}",
        "check the year of this line's date (dd/mm/yyyy) and correct it: this target's reports "
        "are dated {start} or later, and this plan takes them from {taken}",
    ),
    # a report on a carried copy annulled from its first day here (progress/cancelled_entry.py
    # `_from_start`): no day of this plan takes it, the plan it came from does up to its eve
    "entry.cancelled_from_start": (
        "chỉ tiêu {target} (chuyển từ kế hoạch {plan}, chỉ tiêu {old}) đã bãi bỏ ở kế hoạch "
        "này ngay từ ngày đầu, {date}: không cần báo cáo ở kế hoạch này",
        "target {target} (carried from plan {plan}, target {old}) is annulled in this plan from "
        "its first day, {date}: it needs no reports in this plan",
    ),
    "entry.cancelled_from_start_done": (
        "chỉ tiêu {target} (chuyển từ kế hoạch {plan}, chỉ tiêu {old}) đã rút khỏi kế hoạch "
        "này ngay từ ngày đầu, {date}, vì đã hoàn thành ở kế hoạch {plan} trước ngày chuyển "
        "(lý do ghi ở `cancelled_reason`): không cần báo cáo ở kế hoạch này",
        "target {target} (carried from plan {plan}, target {old}) was withdrawn from this plan "
        "from its first day, {date}, as it was finished in plan {plan} before the carry-over "
        "(the reason is in `cancelled_reason`): it needs no reports in this plan",
    ),
    "entry.hint.cancelled_from_start": (
        "việc làm đến hết {last} thuộc kế hoạch {plan}, chỉ tiêu {old}: cds {option} progress "
        "add {old} …; việc sau đó không cần báo cáo; vẫn muốn ghi vào kế hoạch này: --force",
        "work done by {last} belongs to plan {plan}, target {old}: cds {option} progress add "
        "{old} …; later work needs no report; to record it in this plan anyway: --force",
    ),
    "progress.hint.carried_ahead": (
        "báo cáo này thuộc kế hoạch {plan}, chỉ tiêu {new}: ghi vào kế hoạch đó trước, rồi "
        "mới xóa dòng này: {command} (báo cáo của kỳ trước, ngày đến hết {last}, thì sửa ngày "
        "cho đúng)",
        "this report belongs to plan {plan}, target {new}: record it there first, then delete "
        "this line: {command} (a report for an earlier period, dated {last} or before: "
        "correct its day)",
    ),
}
