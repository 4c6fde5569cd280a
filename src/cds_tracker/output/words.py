"""Words shown to users, Vietnamese by default and English on request (--lang en, CDS_LANG=en).

The one catalogue of the program: every key maps to its (Vietnamese, English) words. The labels
are below, those of single features in `words_plans`, `words_forms`, `words_letters` and
`words_csv`; errors and hints (`messages`, `messages_progress`, `messages_commands`),
validation findings (`findings`, `findings_files`) and `--help` texts (`helps`) live beside
this module only to keep each file readable, and are merged here. We keep
the catalogue as Python rather than gettext .po/.mo files: there is no compile step for the
package build, a test can check every key the code uses and every `{value}` in both languages,
and `cds --help` reads a dictionary instead of opening a .mo file.
"""

from __future__ import annotations

import functools
import os
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from cds_tracker.core.errors import Figure, Text

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # statuses
    "done": ("Hoàn thành", "Done"),
    "done_late": ("Hoàn thành trễ hạn", "Done late"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "not_started": ("Chưa thực hiện", "Not started"),
    "late": ("Quá hạn", "Late"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    "unreported": ("Chưa báo cáo kỳ này", "Not reported this period"),
    "unreported_last": ("Chưa báo cáo kỳ cuối", "Last period not reported"),  # plan's year over
    "carried_over": ("Đã chuyển sang kế hoạch sau", "Carried over"),
    "cancelled": ("Bãi bỏ", "Annulled"),
    # reporting periods of ongoing targets (Nghị định 09/2019/NĐ-CP)
    "monthly": ("Hằng tháng", "Monthly"),
    "quarterly": ("Hằng quý", "Quarterly"),
    "half-yearly": ("6 tháng", "Half-yearly"),
    "yearly": ("Hằng năm", "Yearly"),
    "period": ("kỳ {start}–{end}", "period {start}–{end}"),
    "period_ended": (
        "kế hoạch đã hết năm, kỳ cuối {start}–{end}",
        "the plan's year is over, last period {start}–{end}",
    ),
    "period_ended_unreported": (
        "kế hoạch đã hết năm, kỳ cuối {start}–{end} thiếu báo cáo",
        "the plan's year is over, last period {start}–{end} not fully reported",
    ),
    # indicator figures
    "incomplete": (
        "chưa đủ số liệu ({reported}/{expected} đơn vị)",
        "incomplete ({reported}/{expected} {expected:unit|units})",
    ),
    "estimate": ("ước tính, trung bình không trọng số", "estimate, unweighted mean"),
    "trend": ("diễn biến", "trend"),
    "parts_title": (
        "Phần việc của từng đơn vị ({done}/{total} hoàn thành)",
        "Each unit's part ({done}/{total} done)",
    ),
    "unit_part": ("(phần của đơn vị: {status})", "(own part: {status})"),
    "unit_part_reported": (
        "(phần của đơn vị: {status}, báo cáo ngày {date})",
        "(own part: {status}, reported {date})",
    ),
    "part_cancelled": ("(chỉ tiêu bãi bỏ từ {date})", "(target annulled from {date})"),
    "part_cancelled_by": (
        "(chỉ tiêu bãi bỏ từ {date} theo {source})",
        "(target annulled from {date} by {source})",
    ),
    "part_cancelled_because": (
        "(chỉ tiêu bãi bỏ từ {date}: {reason})",
        "(target annulled from {date}: {reason})",
    ),
    # roles
    "directing": ("Trực tiếp chỉ đạo", "Directing"),
    "lead": ("Chủ trì", "Lead"),
    "cooperating": ("Phối hợp", "Cooperating"),
    # validate
    "targets": ("chỉ tiêu", "targets"),
    "units": ("đơn vị", "units"),
    # the last line of `cds validate` (output/problems.py)
    "validate_valid": ("Hợp lệ: {files} tệp.", "Valid: {files} {files:file|files}."),
    "validate_problems": (
        "{problems} lỗi trong {wrong} tệp (đã kiểm tra {files} tệp).",
        "{problems} {problems:problem|problems} in {wrong} {wrong:file|files} "
        "({files} {files:file|files} checked).",
    ),
    "hint": ("gợi ý", "hint"),
    # unit kinds
    "city-office": ("Văn phòng", "City office"),
    "department": ("Phòng, đơn vị", "Department"),
    "section": ("Bộ phận", "Section"),
    "police": ("Công an", "Police"),
    "ward": ("Phường", "Ward"),
    "commune": ("Xã", "Commune"),
    "provincial": ("Cơ quan cấp tỉnh", "Provincial body"),
    "agency": ("Cơ quan trung ương", "Central agency"),
    "enterprise": ("Doanh nghiệp", "Enterprise"),
    "collective": ("Tập thể", "Collective"),
    # titles and messages ({…} filled in by the command)
    "due_title": (
        "Chỉ tiêu đến hạn tháng {month} (tình trạng đến ngày {as_of})",
        "Targets due in {month} (status as of {as_of})",
    ),
    "due_within_title": (
        "Chỉ tiêu đến hạn từ {start} đến {end}",
        "Targets due from {start} to {end}",
    ),
    "due_empty": (
        "Không có chỉ tiêu nào đến hạn trong thời gian này.",
        "No targets are due in this period.",
    ),
    "ongoing_title": (
        "Báo cáo định kỳ của các chỉ tiêu thực hiện thường xuyên:",
        "Periodic reports of ongoing targets:",
    ),
    "late_title": (
        "Chỉ tiêu quá hạn chưa hoàn thành, đến ngày {as_of}",
        "Late targets not done, as of {as_of}",
    ),
    "late_empty": (
        "Không có chỉ tiêu nào quá hạn đến ngày {as_of}.",
        "No targets are late as of {as_of}.",
    ),
    "report_title": (
        "Chỉ tiêu {unit} phụ trách (tình trạng đến ngày {as_of})",
        "Targets {unit} answers for (status as of {as_of})",
    ),
    "report_empty": (
        "{unit} không được phân công chỉ tiêu nào.",
        "{unit} is not assigned any target.",
    ),
    "list_title": (
        "Danh sách chỉ tiêu (tình trạng đến ngày {as_of})",
        "Targets (status as of {as_of})",
    ),
    "list_empty": (
        "Không có chỉ tiêu nào khớp với điều kiện lọc.",
        "No target matches the filters.",
    ),
    "total": ("Tổng: {count} chỉ tiêu", "Total: {count} {count:target|targets}"),
    "units_title": ("Danh mục đơn vị", "Unit catalog"),
    "met": ("đạt", "met"),
    "not_met": ("chưa đạt", "not met"),
    "no_value": ("chưa có số liệu", "no value yet"),
    "flagged": (
        "⚠ báo hoàn thành nhưng chỉ số chưa đạt",
        "⚠ reported done but a value misses its threshold",
    ),
    "recorded": (
        "Đã ghi tiến độ {id}: {unit}, chỉ tiêu {target}, {status} → {file}",
        "Recorded {id}: {unit}, target {target}, {status} → {file}",
    ),
    "warning": ("cảnh báo", "warning"),
    "history_title": ("Tiến độ đã báo cáo (mới nhất trước)", "Progress reports (newest first)"),
    "history_empty": ("Chưa có báo cáo tiến độ nào.", "No progress reported yet."),
    "no_report": ("chưa báo cáo", "not reported"),
    "corrected": ("đã được đính chính bởi {id}", "corrected by {id}"),
    # a city figure from a unit that does not give it: kept, never counted (a16_06)
    "figure_uncounted": ("(không tính: do {unit} báo cáo)", "(not counted: given by {unit})"),
    "forced": ("ghi khi không được phân công", "recorded though not assigned"),
    # column headers of the terminal and Markdown tables
    "col_id": ("Mã", "ID"),
    "col_content": ("Nội dung chỉ tiêu", "Target"),
    "col_lead_units": ("Đơn vị chủ trì", "Lead units"),
    "col_deadline": ("Thời hạn", "Deadline"),
    "col_status": ("Trạng thái", "Status"),
    "col_days_late": ("Số ngày quá hạn", "Days late"),
    "col_roles": ("Vai trò", "Role"),
    "col_unit_name": ("Tên đơn vị", "Name"),
    "col_kind": ("Loại", "Kind"),
    "col_aliases": ("Tên khác / thành viên", "Aliases / members"),
    "col_directs": ("Chỉ đạo", "Directs"),
    "col_leads": ("Chủ trì", "Leads"),
    "col_cooperates": ("Phối hợp", "Cooperates"),
    "col_entry": ("Mã mục", "Entry"),
    "col_date": ("Ngày", "Date"),
    "col_target": ("Chỉ tiêu", "Target"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_values": ("Số liệu", "Values"),
    "col_details": ("Nội dung", "Details"),
    "col_group": ("Nhóm", "Group"),
    "col_progress": ("Tiến độ", "Progress"),
    "col_lead_unit": ("Đơn vị chủ trì", "Lead unit"),
    "col_indicator": ("Chỉ số", "Indicator"),
    # the Excel workbook
    "xl_code": ("Mã", "Code"),
    "xl_number": ("Stt", "No."),
    "xl_content": ("Nội dung chỉ tiêu", "Target"),
    "xl_directing": ("Trực tiếp chỉ đạo", "Directing"),
    "xl_lead": ("Đơn vị chủ trì", "Lead units"),
    "xl_cooperating": ("Đơn vị phối hợp", "Cooperating units"),
    "xl_deadline": ("Thời gian hoàn thành", "Deadline"),
    "xl_notes": ("Ghi chú", "Notes"),
    "xl_status": ("Tình trạng", "Status"),
    "xl_days_late": ("Số ngày quá hạn", "Days late"),
    "xl_latest": ("Giá trị mới nhất", "Latest values"),
    "xl_last_report": ("Ngày báo cáo gần nhất", "Last report"),
    "xl_entry": ("Mã mục", "Entry"),
    "xl_target": ("Chỉ tiêu", "Target"),
    "xl_unit": ("Đơn vị", "Unit"),
    "xl_unit_id": ("Mã đơn vị", "Unit id"),
    "xl_entry_status": ("Trạng thái", "Status"),
    "xl_date": ("Ngày", "Date"),
    "xl_values": ("Số liệu", "Values"),
    "xl_counts": ("Số đếm (tử/mẫu)", "Counts"),
    "xl_note": ("Nội dung", "Note"),
    "xl_obstacles": ("Khó khăn, vướng mắc", "Obstacles"),
    "xl_proposals": ("Đề xuất, kiến nghị", "Proposals"),
    "xl_evidence": ("Căn cứ", "Evidence"),
    "xl_by": ("Người báo cáo", "Reported by"),
    "xl_corrects": ("Đính chính mục", "Corrects"),
    "xl_forced": ("Ghi khi không được phân công", "Not assigned"),
    "xl_written": ("Thời điểm ghi", "Written at"),
    "xl_target_origin": ("Chuyển tiếp từ (số thứ tự, năm)", "Carried over from (number, year)"),
    "xl_main_sheet": ("Phụ lục 01", "Appendix 01"),
    "xl_history_sheet": ("Lịch sử tiến độ", "Progress history"),
    "xl_attached": ("(Kèm theo {plan})", "(Attached to {plan})"),
    "xl_as_of": ("Tình hình thực hiện đến ngày {date}", "Progress as of {date}"),
    "xl_history_title": (
        "Lịch sử tiến độ: mọi báo cáo đã ghi, cũ nhất trước",
        "Progress history: every report recorded, oldest first",
    ),
    "xl_page": ("Trang &P/&N", "Page &P of &N"),  # Excel's codes: this page, the page count
    # documents: the urging note, the calendar, the printable page
    "note_heading": (
        "Đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng {month}",
        "Urging the digital transformation targets of {month}",
    ),
    "note_to": ("Kính gửi:", "To:"),
    "note_intro": (
        "Thực hiện {plan}, tính đến ngày {as_of}, các chỉ tiêu do {unit} chủ trì "
        "dưới đây đến hạn trong tháng {month} hoặc đã quá hạn mà phần việc của đơn vị chưa hoàn "
        "thành{periodic}:",
        "Under {plan}, as of {as_of}, the targets {unit} leads below are due in "
        "{month} or late with the unit's part not done{periodic}:",
    ),
    "note_periodic": (
        ", cùng các báo cáo định kỳ đến hạn trong tháng",
        ", with the periodic reports due in the month",
    ),
    "note_columns": (
        "| STT | Chỉ tiêu | Nội dung | Thời hạn | Tình trạng | Báo cáo gần nhất |",
        "| No. | Target | Content | Deadline | Status | Latest report |",
    ),
    "note_request": (
        "Đề nghị {unit} khẩn trương triển khai thực hiện và báo cáo kết quả, khó khăn, vướng mắc "
        "(nếu có) về Ban Chỉ đạo chuyển đổi số thành phố (qua Phòng Văn hóa và Thông tin) "
        "trước ngày {report_by} để tổng hợp, báo cáo.",
        "{unit} is asked to carry these out without delay and to report results and difficulties "
        "(if any) to the city's digital transformation steering committee (through the Culture "
        "and Information Office) by {report_by}.",
    ),
    "note_draft": (
        "*(Dự thảo do cds-tracker tạo; cán bộ kiểm tra trước khi ban hành.)*",
        "*(Draft made by cds-tracker; to be checked before it is issued.)*",
    ),
    "calendar_name": (
        "Chỉ tiêu chuyển đổi số — {appendix}",
        "Digital transformation targets — {appendix}",
    ),
    "status_on": ("Tình trạng ngày {date}: {status}", "Status on {date}: {status}"),
    "page_attached": (
        "(Kèm theo {plan}) — tình trạng đến ngày {date}",
        "(Attached to {plan}) — status as of {date}",
    ),
    "page_by_group": ("Tổng hợp theo nhóm", "By group"),
    "page_by_unit": ("Theo đơn vị chủ trì", "By lead unit"),
    "page_leads": ("Số chỉ tiêu chủ trì", "Targets led"),
    "page_targets": ("Bảng chỉ tiêu", "Targets"),
    # output: headings, field names and phrases of the views and documents
    "via": ("qua", "via"),
    "days_count": ("{days} ngày", "{days} {days:day|days}"),
    "as_of": ("đến ngày", "as of"),
    "as_of_status": ("tính đến ngày", "as of"),  # not "đến ngày": "Bãi bỏ từ … (đến ngày …)"
    # a part finished in the plan a carried target came from, after that plan's deadline
    "done_late_against": (
        "Hoàn thành trễ hạn so với kế hoạch {plan}",
        "Done late against the {plan} plan",
    ),
    "part_closed_report": ("báo cáo gần nhất: {status}, {date}", "latest report: {status}, {date}"),
    "until": ("đến hết ngày", "until"),
    "group": ("Nhóm", "Group"),
    "target": ("Nội dung chỉ tiêu", "Target"),
    "deadline_full": ("Thời gian hoàn thành", "Deadline"),
    "notes": ("Ghi chú", "Notes"),
    "status": ("Trạng thái", "Status"),
    "indicator": ("Chỉ số", "Indicator"),
    "members": ("thành viên", "members"),
    "aliases_word": ("tên khác", "other names"),
    "obstacles": ("Khó khăn: ", "Obstacles: "),
    "proposals": ("Đề xuất: ", "Proposals: "),
    "evidence": ("Căn cứ: ", "Evidence: "),
    "reported_by": ("Người báo cáo: ", "By: "),
    "corrects": ("Đính chính ", "Corrects "),
    "summary_no_indicators": (  # `cds summary`, and section II of its Word report
        "Không chỉ tiêu nào đặt chỉ số đo lường được.",
        "No target sets a measurable indicator.",
    ),
    "summary_title": ("Tổng hợp tình hình thực hiện, đến ngày {as_of}", "Summary, as of {as_of}"),
    "summary_heading": (
        "Tổng hợp tình hình thực hiện (đến ngày {as_of})",
        "Summary (as of {as_of})",
    ),
    "progress": ("Tiến độ", "Progress"),
    "leads": ("Chủ trì", "Leads"),
    "no_reminders": (
        "Không có đơn vị nào cần đôn đốc trong tháng {month}.",
        "No unit needs urging in {month}.",
    ),
    "reminders_written": (
        "Đã soạn {count} văn bản đôn đốc trong {folder}/",
        "Drafted {count} urging {count:note|notes} in {folder}/",
    ),
    "exported": ("Đã xuất {fmt}: {out}", "Exported {fmt}: {out}"),
}


def parse_lang(text: str) -> Lang | None:
    """`vi`, `en`, also `vi_VN.UTF-8`, `en-GB`, `tiếng việt`; None for anything else."""
    first = text.strip().lower().replace("-", "_").replace(".", "_").split("_")[0]
    if first in ("vi", "tiếng việt", "tieng viet", "vietnamese"):
        return "vi"
    if first in ("en", "english", "tiếng anh", "tieng anh"):
        return "en"
    return None


# The `--lang` of this command-line run, wherever it stood on the line (`cds --lang en list`),
# set by the CLI for the run and cleared after it (cli/language.py); None: not given.
run_lang: list[Lang | None] = [None]


def resolve_lang(option: str | None) -> Lang:
    """The language asked for: the command's option, else the run's --lang, else CDS_LANG (the
    CLI has already refused unknown ones), Vietnamese by default."""
    return parse_lang(option or run_lang[0] or os.environ.get("CDS_LANG") or "vi") or "vi"


@functools.cache
def catalogue() -> dict[str, tuple[str, str]]:
    from cds_tracker.output.findings import FINDINGS
    from cds_tracker.output.findings_files import FILE_FINDINGS
    from cds_tracker.output.helps import HELPS
    from cds_tracker.output.helps_plans import HELPS_PLANS
    from cds_tracker.output.messages import MESSAGES
    from cds_tracker.output.messages_commands import COMMAND_MESSAGES
    from cds_tracker.output.messages_progress import PROGRESS_MESSAGES
    from cds_tracker.output.messages_yaml import YAML_MESSAGES
    from cds_tracker.output.words_carried import CARRIED_LABELS
    from cds_tracker.output.words_carry_days import CARRY_DAY_LABELS
    from cds_tracker.output.words_carry_left import CARRY_LEFT_LABELS
    from cds_tracker.output.words_checks import CHECK_LABELS
    from cds_tracker.output.words_columns import COLUMN_LABELS
    from cds_tracker.output.words_csv import CSV_LABELS
    from cds_tracker.output.words_diff import DIFF_LABELS
    from cds_tracker.output.words_form_hints import FORM_HINT_LABELS
    from cds_tracker.output.words_form_refusals import FORM_REFUSAL_LABELS
    from cds_tracker.output.words_forms import FORM_LABELS
    from cds_tracker.output.words_import import IMPORT_LABELS
    from cds_tracker.output.words_import_cells import IMPORT_CELL_LABELS
    from cds_tracker.output.words_letters import LETTER_LABELS
    from cds_tracker.output.words_plans import PLAN_LABELS
    from cds_tracker.output.words_revise import REVISE_LABELS
    from cds_tracker.output.words_unit_report import UNIT_REPORT_LABELS
    from cds_tracker.output.words_units import UNIT_LABELS
    from cds_tracker.output.words_unread import UNREAD_LABELS

    return {
        **_LABELS,
        **PLAN_LABELS,
        **IMPORT_LABELS,
        **IMPORT_CELL_LABELS,
        **COLUMN_LABELS,
        **REVISE_LABELS,
        **UNREAD_LABELS,
        **CHECK_LABELS,
        **DIFF_LABELS,
        **UNIT_LABELS,
        **FORM_LABELS,
        **FORM_REFUSAL_LABELS,
        **FORM_HINT_LABELS,
        **LETTER_LABELS,
        **CARRIED_LABELS,
        **CARRY_DAY_LABELS,
        **CARRY_LEFT_LABELS,
        **CSV_LABELS,
        **UNIT_REPORT_LABELS,
        **MESSAGES,
        **PROGRESS_MESSAGES,
        **COMMAND_MESSAGES,
        **FINDINGS,
        **FILE_FINDINGS,
        **YAML_MESSAGES,
        **HELPS,
        **HELPS_PLANS,
    }


def _words_of(key: str) -> tuple[str, str]:
    """A key's words, looked up in `messages` (what a query prints beside its table: the
    registry it answers from) before the whole catalogue is merged: a warm `cds due` loads one
    table, not twelve. A key is in one table only (tests/test_catalogue.py), so the answer is
    the catalogue's."""
    from cds_tracker.output.messages import MESSAGES

    found = MESSAGES.get(key)
    return found if found is not None else catalogue()[key]


def label(key: str, lang: Lang, /, **values: object) -> str:
    """A catalogue text with its values, an English noun agreeing with its count (`plural`); a
    path among them is shown on one line, its control characters as pictures
    (`sanitize.visible_line`): a folder's name is nobody's command."""
    vi, en = _LABELS[key] if key in _LABELS else _words_of(key)
    text = en if lang == "en" else vi
    if not values:
        return text
    shown = {k: _one_line(v) if isinstance(v, PurePath) else v for k, v in values.items()}
    if "|" not in text:  # no count to agree with: a warm `cds due` never imports `plural`
        return text.format(**shown)
    from cds_tracker.output.plural import fill

    return fill(text, shown)


def say(text: Text | None, lang: Lang) -> str:
    """A message in words: a `Msg` from the catalogue with its values (themselves put into words
    first), a plain string as it is (it is the user's data, a name or a path)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    from cds_tracker.core.errors import Figure, Msg

    values = {
        k: say(v, lang)
        if isinstance(v, Msg)
        else _figure(v, lang)
        if isinstance(v, Figure)
        else quoted(v, QUOTED if k in _CELL_VALUES else QUOTED_OTHER)
        if isinstance(v, str)
        else _one_line(v)
        if isinstance(v, PurePath)
        else v
        for k, v in text.values
    }
    return label(text.key, lang, **values)


def _figure(figure: Figure, lang: Lang) -> str:
    from cds_tracker.core.text import quantity

    written = quantity(figure.value, figure.unit, comma=lang == "vi")
    return f"{figure.sign} {written}" if figure.sign else written


QUOTED = 120  # characters of a value quoted in a message
# A message's `text`/`value` is a file's cell or field, quoted short; its other values (a path, a
# list of ids the program made) are kept whole up to a bound no real path or list reaches, so
# only a hostile megabyte is ever cut: a path in a message must stay a path.
_CELL_VALUES = frozenset(("text", "value"))
QUOTED_OTHER = 65_536  # a loop of 1,000 units is named whole (~7,000 characters)


def quoted(value: str, limit: int = QUOTED) -> str:
    """A value of the user's quoted in a message: on one line (`_one_line`) and cut after
    `limit` characters with "…" (a cell of a thousand words, a deadline of megabytes, a 309-digit
    number would fill the screen; the file keeps it whole). The one home: every `Msg`'s text
    values (`say`), and `cds import`'s problems, which it words by key."""
    return _one_line(shortened(value, limit))


def shortened(value: str, limit: int = QUOTED) -> str:
    """The value cut after `limit` characters with "…", as `quoted` shows it, kept as written
    (a `needs_review` line `cds import` writes into the registry)."""
    return value if len(value) <= limit else value[:limit] + "…"


def _one_line(value: str | PurePath) -> str:
    """A value put into a message is the user's data: a line break in it is shown, not obeyed,
    so a name, a path or a file's text can never print a line of its own (a forged
    `file:line:col` or CI annotation); control characters are shown as pictures (␛), and a
    character nobody sees (a zero-width space, a direction mark) as <U+200B>, so a name
    refused for one says why."""
    text = str(value)
    if text.isprintable():
        return text
    from cds_tracker.core.text import show_unseen
    from cds_tracker.output.sanitize import visible_line

    return show_unseen(visible_line(text))
