"""Errors, hints and validation findings, Vietnamese and English: part of the one catalogue.

The core raises and collects `Msg(key, values)`; these are the words for each key. `output.words`
merges this table with the labels and the help texts, and a test checks that every key the code
uses is here with the same `{values}` in both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # prefixes the CLI puts before a message
    "cli.error": ("cds: lỗi", "cds: error"),
    "cli.interrupted": ("cds: đã dừng theo yêu cầu", "cds: interrupted"),
    "cli.excel_format": (
        "--excel tạo CSV; bỏ --format hoặc dùng --format csv",
        "--excel makes CSV; leave out --format or give --format csv",
    ),
    "cli.plan_and_registry": (
        "--plan và --registry cùng chọn sổ đăng ký; chỉ dùng một trong hai",
        "--plan and --registry both choose the registry; give only one of them",
    ),
    "cli.hint.plan_and_registry": (
        "--plan NĂM chọn kế hoạch của thư mục plans/; --registry ĐƯỜNG_DẪN chọn một tệp sổ",
        "--plan YEAR chooses a plan of the plans/ folder; --registry PATH chooses one file",
    ),
    "cli.all_plans_and_one": (
        "--all-plans hỏi mọi kế hoạch, {option} chỉ chọn một; chỉ dùng một trong hai",
        "--all-plans asks every plan, {option} chooses one; give only one of them",
    ),
    "cli.hint.all_plans_and_one": (
        "chỉ kế hoạch đó: {one}; mọi kế hoạch: {every}",
        "that plan alone: {one}; every plan: {every}",
    ),
    "cli.hint.all_plans_drop": (
        "bỏ --all-plans để hỏi riêng kế hoạch đó, hoặc bỏ {option} để hỏi mọi kế hoạch",
        "drop --all-plans to ask that plan alone, or {option} to ask every plan",
    ),
    "cli.internal": (
        "cds: lỗi nội bộ: {error}. Chi tiết: {log}. Xin báo lại lỗi này.",
        "cds: internal error: {error}. Details: {log}. Please report this.",
    ),
    "cli.no_log": ("(không ghi được nhật ký)", "(could not write a log)"),
    "hint.did_you_mean": ("có phải ý bạn là {options}?", "did you mean {options}?"),
    # why the system refused a file
    "os.not_found": ("không có tệp hay thư mục này", "No such file or directory"),
    "os.permission": ("không có quyền truy cập", "Permission denied"),
    "os.read_only": ("hệ thống tệp chỉ đọc", "Read-only file system"),
    "os.no_space": ("hết dung lượng đĩa", "No space left on device"),
    "os.is_folder": ("đây là một thư mục", "Is a directory"),
    "os.not_folder": (
        "một phần của đường dẫn không phải thư mục",
        "Not a directory",
    ),
    "os.exists": ("đã tồn tại", "File exists"),
    "os.name_too_long": ("tên quá dài", "File name too long"),
    "os.loop": ("quá nhiều liên kết tượng trưng lồng nhau", "Too many levels of symbolic links"),
    "os.io": ("lỗi đọc ghi trên đĩa (EIO)", "Input/output error"),
    "os.busy": ("tệp đang bị chương trình khác giữ", "Resource busy or temporarily unavailable"),
    "os.too_many_open": ("đang mở quá nhiều tệp", "Too many open files"),
    "load.text_too_long": (
        "giá trị dài {length} ký tự, quá giới hạn {limit} ký tự của một ô (như khi nhập từ Word "
        "hay Excel); chưa kiểm tra phần còn lại của tệp",
        "a value of {length} characters, over the limit of {limit} characters of one cell (as "
        "when importing from Word or Excel); the rest of the file is not checked yet",
    ),
    "load.hint.text_too_long": (
        "rút gọn giá trị đó (nội dung một chỉ tiêu thường chỉ vài trăm ký tự; có lẽ dán nhầm), "
        "rồi chạy lại cds validate",
        "shorten that value (a target's text is a few hundred characters; perhaps a paste gone "
        "wrong), then run cds validate again",
    ),
    "cache.inside_plan": (
        "thư mục bộ nhớ đệm CDS_CACHE_DIR '{cache}' trùng với thư mục kế hoạch '{plan}' (nằm "
        "trong nó hoặc chứa nó): khóa và tệp đệm sẽ lẫn với tệp của kế hoạch",
        "the cache folder CDS_CACHE_DIR '{cache}' overlaps the plan's folder '{plan}' (inside it "
        "or holding it): the cache's key and files would lie among the plan's files",
    ),
    "cache.hint.inside_plan": (
        "đặt CDS_CACHE_DIR là một thư mục ngoài kế hoạch, ví dụ ~/.cache/cds-tracker, hoặc bỏ "
        "biến đó để dùng chỗ mặc định; --no-cache để chạy không dùng bộ nhớ đệm",
        "set CDS_CACHE_DIR to a folder outside the plan, e.g. ~/.cache/cds-tracker, or unset it "
        "for the default place; --no-cache runs without the cache",
    ),
    "os.other": ("hệ điều hành báo lỗi {code}", "the system reported error {code}"),
    "os.failed": ("không truy cập được '{path}': {reason}", "cannot access '{path}': {reason}"),
    "os.refused": ("hệ điều hành từ chối: {reason}", "the system refused: {reason}"),
    # recording progress (progress/new_entry.py, progress/writing.py)
    "entry.collective": (
        "'{unit}' là một tập thể; hãy báo cáo với tư cách một thành viên của nó",
        "'{unit}' is a collective; report as one of its members",
    ),
    "entry.hint.member": ('ví dụ --unit "{member}"', 'e.g. --unit "{member}"'),
    "entry.future": ("--date {day} là ngày trong tương lai", "--date {day} is in the future"),
    "entry.hint.future": (
        "báo cáo việc đã diễn ra, ghi ngày hôm nay hoặc trước đó",
        "report what has happened, dated today or earlier",
    ),
    "entry.before_plan": (
        "ngày {day} trước khi kế hoạch năm {year} bắt đầu ({start})",
        "{day} is before the {year} plan began ({start})",
    ),
    "entry.hint.before_plan": (
        "kiểm tra năm của ngày (dd/mm/yyyy); kế hoạch năm {year} nhận báo cáo từ {start} (đầu kỳ "
        "báo cáo năm, Nghị định 09/2019); việc của kế hoạch khác ghi vào kế hoạch đó (--plan)",
        "check the year of the date (dd/mm/yyyy); the {year} plan takes reports from {start} (the "
        "start of the reporting year, Nghị định 09/2019); work of another plan goes in that plan "
        "(--plan)",
    ),
    "entry.not_assigned": (
        "{unit} không được phân công chỉ tiêu {target} (không được nêu tên, cũng không thuộc "
        "tập thể nào được giao chỉ đạo, chủ trì hay phối hợp)",
        "{unit} is not assigned to {target} (neither named nor in a collective named as "
        "directing, lead or cooperating)",
    ),
    "entry.handed_over": (
        "{unit} không còn chủ trì chỉ tiêu {target} từ {date}: bản điều chỉnh kế hoạch đã giao "
        "chỉ tiêu cho {lead} từ ngày đó",
        "{unit} no longer leads {target} from {date}: a revision of the plan gave the target to "
        "{lead} from that day",
    ),
    "entry.handed_over_part": (
        "{unit} không còn chủ trì chỉ tiêu {target} từ {date}: bản điều chỉnh kế hoạch đã giao "
        "chỉ tiêu cho {lead} từ ngày đó; báo cáo được ghi là phần phối hợp của {unit}, không "
        'tính là báo cáo của đơn vị chủ trì (báo cáo của đơn vị chủ trì: --unit "{heir}"; việc '
        "{unit} làm khi còn chủ trì thì ghi với --date trước {date})",
        "{unit} no longer leads {target} from {date}: a revision of the plan gave the target to "
        "{lead} from that day; the report is recorded as {unit}'s cooperating part, not as the "
        "lead's (the lead's report: --unit \"{heir}\"; work {unit} did while it led is recorded "
        "with a --date before {date})",
    ),
    "entry.hint.handed_over": (
        'báo cáo với --unit "{heir}"; việc {unit} làm trước {date} thì ghi với --date trước '
        "ngày đó",
        'report as --unit "{heir}"; work {unit} did before {date} is recorded with a --date '
        "before that day",
    ),
    "entry.hint.force": (
        "kiểm tra --unit và mã chỉ tiêu, hoặc thêm --force để vẫn ghi (được đánh dấu là ghi ép)",
        "check --unit and the target id, or add --force to record it anyway (marked as forced)",
    ),
    "entry.corrects_missing": (
        "--corrects: không có báo cáo '{id}'",
        "--corrects: no entry '{id}'",
    ),
    "entry.hint.list_ids": (
        "xem các mã bằng 'cds{again} progress list {target}'",
        "see the ids with 'cds{again} progress list {target}'",
    ),
    "entry.corrects_other": (
        "--corrects: báo cáo '{id}' là của chỉ tiêu {target} do {unit} báo cáo, không phải "
        "chỉ tiêu và đơn vị này",
        "--corrects: entry '{id}' is for {target} by {unit}, not this target and unit",
    ),
    "entry.value_which": (
        "--value {text}: hãy nói rõ chỉ số nào, dạng khóa=giá trị",
        "--value {text}: say which indicator, as key=value",
    ),
    "entry.hint.indicators_of": (
        "các chỉ số của {target}: {keys}",
        "indicators of {target}: {keys}",
    ),
    "entry.value_no_indicator": (
        "--value: {target} không có chỉ số '{key}'",
        "--value: {target} has no indicator '{key}'",
    ),
    "entry.value_not_number": (
        "--value {text}: '{number}' không phải là số",
        "--value {text}: '{number}' is not a number",
    ),
    "entry.hint.value_forms": (
        "viết một số (35; 27,5 hoặc 27.5), ví dụ --value {key}=35",
        "give a number (35; 27.5 or 27,5), e.g. --value {key}=35",
    ),
    "entry.hint.value_forms_counts": (
        "viết một số (35; 35%; 27,5 hoặc 27.5) hoặc số đếm (7/20: 7 trên 20), ví dụ --value "
        "{key}=7/20",
        "give a number (35; 35%; 27.5 or 27,5) or counts (7/20: 7 of 20), e.g. --value {key}=7/20",
    ),
    "entry.value_not_finite": (
        "--value {text}: '{number}' không phải là số hữu hạn",
        "--value {text}: '{number}' is not a finite number",
    ),
    "entry.value_percent": (
        "--value {text}: tỷ lệ phần trăm phải trong khoảng 0–100",
        "--value {text}: a percentage must be within 0–100",
    ),
    "entry.count_not_percent": (
        "--value {text}: dạng đếm (a/b) chỉ dùng cho tỷ lệ phần trăm",
        "--value {text}: counts (a/b) are for percentages only",
    ),
    "entry.not_count": (
        "--value {text}: '{number}' không phải là số đếm",
        "--value {text}: '{number}' is not a count",
    ),
    "entry.hint.count": (
        "viết số đếm bằng số nguyên, ví dụ 4/5 (4 trên 5)",
        "write counts as whole numbers, e.g. 4/5 (4 of 5)",
    ),
    # progress/typed_numbers.py: "1,000" in a count, read by no rule
    "entry.count_comma": (
        "--value {text}: '{number}' không rõ là số nào: dấu phẩy có thể là dấu thập phân hoặc "
        "dấu ngăn cách hàng nghìn",
        "--value {text}: '{number}' is ambiguous: a comma may be a decimal mark or a thousands "
        "separator",
    ),
    "entry.count_huge": (
        "--value {text}: số đếm dài quá {most} chữ số",
        "--value {text}: a count longer than {most} digits",
    ),
    "entry.hint.count_huge": (
        "ghi đúng số đếm (số người, hồ sơ, giao dịch…), không dán cả dãy số",
        "give the real count (people, records, payments…), not a pasted run of digits",
    ),
    "entry.hint.count_comma": (
        "số đếm là số nguyên: viết liền (1000) hoặc ngăn hàng nghìn bằng dấu chấm (1.000)",
        "a count is a whole number: write it without separators (1000) or with dots between "
        "thousands (1.000)",
    ),
    "entry.count_range": (
        "--value {text}: {numerator} không phải số đếm trên {denominator} (phải trong khoảng "
        "0–{denominator})",
        "--value {text}: {numerator} is not a count out of {denominator} "
        "(it must lie within 0–{denominator})",
    ),
    "entry.hint.count_range": (
        "viết số đếm dạng đã làm/tổng số, ví dụ 4/5 (4 trên 5)",
        "write counts as done/total, e.g. 4/5 (4 of 5)",
    ),
    "entry.not_finite": (
        "giá trị {value} không phải là số hữu hạn",
        "value {value} is not a finite number",
    ),
    "entry.not_faithful": (
        "không lưu được báo cáo này nguyên vẹn (ký tự lạ trong một trường văn bản?); chưa ghi gì",
        "this entry cannot be stored faithfully (unusual characters in a text field?); "
        "nothing was written",
    ),
    # appending to a progress file someone edited (progress/tail.py)
    "tail.refusal": (
        "không ghi thêm vào tệp ở trạng thái này: {reason}; chưa ghi gì",
        "will not append to a file in this state: {reason}; nothing was written",
    ),
    "tail.conflict": (
        "dòng {line} của {path} là dấu xung đột của git",
        "line {line} of {path} is a git conflict marker",
    ),
    "tail.marker": (
        "{path} có dấu tài liệu YAML ('{marker}')",
        "{path} holds a YAML document marker ('{marker}')",
    ),
    "tail.shape": (
        "{path} không kết thúc bằng các báo cáo theo dạng cds ghi",
        "{path} does not end with entries in the shape cds writes",
    ),
    "tail.cut": (
        "phần cuối của {path} không phải một báo cáo trọn vẹn",
        "the end of {path} is not a complete entry",
    ),
    "tail.hint.shape": (
        "cds ghi mỗi báo cáo một dòng ('- {...}') vào một danh sách; hãy viết lại phần cuối tệp "
        "thành các dòng như vậy (hoặc khôi phục bằng git), rồi chạy 'cds validate'",
        "cds appends one entry per line ('- {...}') to a list; rewrite the end of the file as "
        "such lines (or restore it with git), then run 'cds validate'",
    ),
    "tail.hint.cut": (
        "báo cáo cuối có vẻ bị cắt dở (sao chép hay sửa bị gián đoạn?): hãy viết nốt hoặc xóa nó, "
        "rồi chạy 'cds validate'",
        "the last entry looks cut off (an interrupted copy or edit?): complete or delete it, then "
        "run 'cds validate'",
    ),
    "tail.hint.marker": (
        "tệp tiến độ là một danh sách: xóa dòng '---' hoặc '...', rồi chạy 'cds validate'",
        "a progress file is one list: delete the '---' or '...' line, then run 'cds validate'",
    ),
    "tail.hint.conflict": (
        "git merge để lại dấu xung đột: giữ các dòng báo cáo của cả hai bên (mỗi báo cáo một dòng, "
        "nên giữ được cả hai), xóa các dòng <<<<<<<, ======= và >>>>>>>, rồi chạy 'cds validate'; "
        "dòng 'progress/*.yaml merge=union' trong .gitattributes (cds init ghi nó) để git tự làm "
        "việc này",
        "a git merge left conflict markers: keep the entry lines of both sides (each entry is one "
        "line, so both can stay), delete the <<<<<<<, ======= and >>>>>>> lines, then run "
        "'cds validate'; the line 'progress/*.yaml merge=union' in .gitattributes (cds init "
        "writes it) lets git do this itself",
    ),
    # files written
    # what --out may name (output/destinations.py)
    "out.wrong_suffix": (
        "--out {path}: --format {fmt} ghi tệp {suffix}; tên tệp phải có đuôi {suffix} để máy mở "
        "đúng chương trình, không báo lỗi định dạng",
        "--out {path}: --format {fmt} writes a {suffix} file; the name must end in {suffix} so "
        "that it opens in the right program without a format warning",
    ),
    "out.by_suffix": (  # no --format: the name's suffix chooses, and fits none of them
        "--out {path}: {command} --out ghi tệp {suffixes} hoặc {last}, định dạng theo đuôi tệp "
        "(hoặc theo --format); tên tệp phải có một trong các đuôi đó",
        "--out {path}: {command} --out writes a {suffixes} or {last} file, the format the name's "
        "suffix says (or --format's); the name must end in one of them",
    ),
    "out.wants_folder": (
        "--out {path}: cần một thư mục (mỗi đơn vị một tệp trong đó), không phải một tên tệp",
        "--out {path}: a folder is needed (one file per unit in it), not a file name",
    ),
    "out.form": (
        "--out {path}: phiếu báo cáo là tệp .xlsx: cho tên tệp .xlsx (phiếu của một đơn vị) hoặc "
        "một thư mục (mỗi đơn vị một phiếu)",
        "--out {path}: a return form is an .xlsx file: give a name ending in .xlsx (one unit's "
        "form) or a folder (one form per unit)",
    ),
    "out.hint.example": ("ví dụ --out {example}", "e.g. --out {example}"),
    "out.hint.form": (
        "ví dụ --out {stem}.xlsx hoặc --out {stem}/",
        "e.g. --out {stem}.xlsx or --out {stem}/",
    ),
    "file.cannot_create": ("không tạo được {path}: {reason}", "cannot create {path}: {reason}"),
    "file.unchanged": (
        "không ghi được {path}: {reason}; tệp vẫn giữ nguyên",
        "could not write {path}: {reason}; the file is unchanged",
    ),
    "file.exists": (
        "'{path}' đã tồn tại; chưa ghi gì",
        "'{path}' already exists; nothing was written",
    ),
    "file.hint.force": (
        "chọn --out khác, hoặc thêm --force để ghi đè",
        "choose another --out, or add --force to replace it",
    ),
    "file.is_folder": (
        "'{path}' là một thư mục; hãy cho --out một tên tệp",
        "'{path}' is a folder; give a file name for --out",
    ),
    "file.not_written": (
        "không ghi được {path}: {reason}; chưa ghi gì",
        "could not write {path}: {reason}; nothing was written",
    ),
    # the registry in use (app/)
    "find.no_registry": (
        "{source}: không có tệp sổ đăng ký tại '{path}'",
        "{source}: no registry file at '{path}'",
    ),
    "find.skipped": ("cds: bỏ qua {path}: {reason}", "cds: skipped {path}: {reason}"),
    "find.dangling": ("liên kết tới nơi không có", "a link to nothing"),
    "find.not_regular": ("không phải tệp thường", "not a regular file"),
    "find.no_plan_folder": (
        "không phải thư mục; mỗi kế hoạch là một thư mục plans/<tên>/ chứa phu_luc_01.yaml",
        "not a folder; each plan is a folder plans/<name>/ holding phu_luc_01.yaml",
    ),
    "find.shell_name": (
        "tên thư mục có ký tự mà dòng lệnh đọc thành lệnh ({chars}), không phải một kế hoạch; "
        "đặt lại tên chỉ bằng chữ, số, '-' hoặc '.' (ví dụ 2024-sua-doi)",
        "the folder's name has characters a command line reads as commands ({chars}), so it is "
        "no plan; rename it with letters, digits, '-' or '.' only (e.g. 2024-sua-doi)",
    ),
    "find.unseen_name": (
        "tên thư mục có ký tự không hiện ra trên màn hình ({chars}), nên lệnh trong gợi ý không "
        "gõ lại được tên đó, không phải một kế hoạch; đặt lại tên chỉ bằng chữ, số, '-' hoặc "
        "'.' (ví dụ 2024-sua-doi)",
        "the folder's name has characters the screen does not show as they are ({chars}), so "
        "no hint's command could name it, and it is no plan; rename it with letters, digits, "
        "'-' or '.' only (e.g. 2024-sua-doi)",
    ),
    "find.foreign_digits": (
        "tên thư mục có chữ số không phải 0–9, không phải một kế hoạch; đặt lại tên bằng "
        "chữ số 0–9 (ví dụ 2028)",
        "the folder's name has digits other than 0–9, so it is no plan; rename it with the "
        "digits 0–9 (e.g. 2028)",
    ),
    "find.outside": (
        "liên kết tới một tệp ngoài thư mục làm việc",
        "a link to a file outside the workspace",
    ),
    "find.no_cwd": (
        "không đọc được thư mục hiện tại ({reason}); nó có thể đã bị xoá: hãy cd tới một thư mục "
        "khác",
        "cannot read the current folder ({reason}); it may have been removed: cd to another one",
    ),
    "find.hint.registry": (
        "cho đường dẫn tới tệp .yaml của sổ đăng ký hoặc tới thư mục chứa {name}",
        "give the path of a registry .yaml file or of the folder holding {name}",
    ),
    "open.bundled_read_only": (
        "sổ đăng ký đang dùng là bản chỉ đọc kèm theo cds; chưa ghi gì",
        "the registry in use is the read-only copy bundled with cds; nothing was written",
    ),
    "open.hint.init": (
        "tạo sổ của riêng bạn bằng 'cds init THƯ_MỤC', rồi chạy cds trong thư mục đó "
        "(hoặc dùng --registry THƯ_MỤC, CDS_REGISTRY)",
        "make your own with 'cds init DIR', then run cds in that folder "
        "(or use --registry DIR, CDS_REGISTRY)",
    ),
    "open.invalid_registry": (
        "sổ đăng ký {path} có {count} lỗi; hãy sửa (xem 'cds validate')",
        "the registry {path} has {count} {count:problem|problems}; fix {count:it|them} (see 'cds "
        "validate')",
    ),
    "open.invalid_progress_files": (
        "các tệp tiến độ của {path} có {count} lỗi; hãy sửa (xem 'cds validate')",
        "the progress files of {path} have {count} {count:problem|problems}; fix {count:it|them} "
        "(see 'cds validate')",
    ),
    "open.invalid_progress_file": (
        "tệp tiến độ {path} có {count} lỗi; hãy sửa (xem 'cds validate')",
        "the progress file {path} has {count} {count:problem|problems}; fix {count:it|them} (see "
        "'cds validate')",
    ),
    "open.bundled_notice": (
        "cds: đang dùng bản sổ đăng ký kèm theo cds (chỉ đọc): {path}; "
        "tạo sổ riêng bằng 'cds init THƯ_MỤC'",
        "cds: using the registry bundled with cds (read-only): {path}; "
        "make your own with 'cds init DIR'",
    ),
    # on the warm path of `due --month` (tests/test_start_up.py): in this table, no other
    "month.past_today": (
        "ghi chú: tháng {month} đã qua; tình trạng tính đến hôm nay ({today}); để xem như cuối "
        "tháng đó, thêm --as-of {end}",
        "note: {month} is over; statuses are as of today ({today}); to see them as the month "
        "ended, add --as-of {end}",
    ),
    "open.registry_line": ("Sổ đăng ký: {path}", "Registry: {path}"),
    "init.exists": (
        "'{path}' đã tồn tại; chưa ghi gì",
        "'{path}' already exists; nothing was written",
    ),
    "init.empty": ("tên thư mục trống", "the folder's name is empty"),
    "init.hint.folder": (
        "ghi tên một thư mục (có sẵn hoặc sẽ được tạo), ví dụ: cds init plans/2024; "
        "thư mục hiện tại: cds init .",
        "name a folder (existing or to be made), e.g. cds init plans/2024; the current "
        "folder: cds init .",
    ),
    "init.hint.exists": (
        "chọn thư mục khác, hoặc dùng sổ đăng ký đã có ở đó",
        "choose another folder, or use the registry that is there",
    ),
    "init.other_year": (
        "{folder} là thư mục của kế hoạch {year}, mà cds init chỉ chép được Phụ lục 01 của kế "
        "hoạch {bundled} (bản đi kèm cds); chưa ghi gì",
        "{folder} is the folder of plan {year}, and cds init can only copy Appendix 01 of plan "
        "{bundled} (bundled with cds); nothing was written",
    ),
    "init.hint.other_year": (
        "kế hoạch {year} lấy từ bảng phụ lục của chính nó: cds import KE-HOACH-{year}.docx --out "
        "{out} (hoặc tệp .xlsx); kế hoạch {bundled}: cds init {own}",
        "plan {year} comes from its own appendix table: cds import PLAN-{year}.docx --out {out} "
        "(or its .xlsx); plan {bundled}: cds init {own}",
    ),
    "init.cannot_create": (
        "không tạo được sổ đăng ký trong '{path}': {reason}",
        "cannot create the registry in '{path}': {reason}",
    ),
    "init.done": (
        "Đã tạo sổ đăng ký: {path}\n"
        "Dùng: chạy cds trong thư mục {folder} (sổ đăng ký được tự tìm thấy, kể cả từ thư mục "
        "con),\n"
        "  hoặc thêm --registry {word}, hoặc đặt biến môi trường CDS_REGISTRY:\n"
        "    PowerShell: {powershell}\n"
        "    cmd: {cmd}\n"
        "    bash: {bash}",
        "Created the registry: {path}\n"
        "Use it: run cds in the folder {folder} (the registry is found, from subfolders too),\n"
        "  or add --registry {word}, or set the environment variable CDS_REGISTRY:\n"
        "    PowerShell: {powershell}\n"
        "    cmd: {cmd}\n"
        "    bash: {bash}",
    ),
    "validate.which_registry": (
        "không rõ tệp '{path}' thuộc sổ đăng ký nào",
        "cannot tell which registry '{path}' belongs to",
    ),
    "validate.hint.folder": (
        "hãy kiểm tra thư mục chứa sổ đăng ký",
        "validate the folder that holds the registry instead",
    ),
    "validate.no_yaml": (
        "thư mục '{path}' không có tệp .yaml nào",
        "no .yaml files in folder '{path}'",
    ),
    # questions and options (questions/, core/dates.py, app/commands.py)
    "query.unknown_target": ("không có chỉ tiêu '{target}'", "unknown target '{target}'"),
    "query.hint.list": ("chạy 'cds list' để xem các mã chỉ tiêu", "run 'cds list' to see the ids"),
    "query.unknown_carried": (
        "không có chỉ tiêu nào chuyển tiếp từ '{target}'",
        "no target is carried from '{target}'",
    ),
    "query.carried_ambiguous": (
        "nhiều chỉ tiêu chuyển tiếp từ '{target}': ghi mã của chỉ tiêu",
        "several targets are carried from '{target}': give the target's id",
    ),
    "query.hint.carried": (
        "gõ mã của chỉ tiêu muốn chọn: {choices}",
        "type the id of the one you mean: {choices}",
    ),
    "query.unknown_group": ("không có nhóm '{group}'", "unknown group '{group}'"),
    "query.hint.groups": ("các nhóm: {groups}", "groups are {groups}"),
    "query.role_needs_unit": ("--role cần đi cùng --unit", "--role needs --unit"),
    "query.hint.role": (
        'ví dụ --unit "Phòng Y tế" --role lead',
        'e.g. --unit "Phòng Y tế" --role lead',
    ),
    "date.not_month": (
        "giá trị không hợp lệ cho {option}: '{text}' không phải là tháng",
        "invalid value for {option}: '{text}' is not a month",
    ),
    "date.hint.month": (
        "viết tháng dạng mm/yyyy, ví dụ 10/2023 (hoặc 'tháng 10/2023', T10/2023, 2023-10)",
        "write the month as mm/yyyy, e.g. 10/2023 (also 2023-10 or 'Tháng 10/2023')",
    ),
    "date.not_date": (
        "giá trị không hợp lệ cho {option}: '{text}' không phải là ngày hợp lệ",
        "invalid value for {option}: '{text}' is not a valid date",
    ),
    "date.hint.date": (
        "viết ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2023 (hoặc ISO 2023-12-01)",
        "write the date day-first as dd/mm/yyyy, e.g. 01/12/2023 (or ISO 2023-12-01)",
    ),
    "date.year_range": (
        "giá trị không hợp lệ cho {option}: '{text}': năm phải trong khoảng {first}–{last}",
        "invalid value for {option}: '{text}': the year must be within {first}–{last}",
    ),
    "date.days_too_far": (
        "giá trị không hợp lệ cho {option}: {days} ngày kể từ {day} là sau 31/12/{last}",
        "invalid value for {option}: {days} {days:day|days} from {day} is after 31/12/{last}",
    ),
    # Why a text written as a date is none (core/dates.py `date_flaw`): said by every reader.
    "date.flawed": (
        "giá trị không hợp lệ cho {option}: '{text}': {why}",
        "invalid value for {option}: '{text}': {why}",
    ),
    "date.years": (
        "năm phải trong khoảng {first}–{last}",
        "the year must be within {first}–{last}",
    ),
    "date.because": ("{said}: {why}", "{said}: {why}"),
    "date.no_such_month": ("không có tháng {month}", "there is no month {month}"),
    "date.years_span": (
        "đây là một giai đoạn nhiều năm ({first}-{last}), không phải một tháng hay một ngày",
        "this is a period of years ({first}-{last}), not a month or a day",
    ),
    "date.no_day_zero": ("không có ngày 0", "there is no day 0"),
    "date.month_days": (
        "tháng {month} chỉ có {days} ngày",
        "month {month} has only {days} days",
    ),
    "date.february_days": (
        "tháng 2 năm {year} chỉ có {days} ngày",
        "February {year} has only {days} days",
    ),
    "date.hint.days": ("cho tối đa {most} ngày", "give at most {most} {most:day|days}"),
    "due.month_or_within": (
        "chỉ dùng một trong --month hoặc --within, không dùng cả hai",
        "give either --month or --within, not both",
    ),
    "remind.out_is_file": (
        "--out '{path}' là một tệp; hãy cho một thư mục để chứa các văn bản",
        "--out '{path}' is a file; give a folder for the documents",
    ),
    "unit.ambiguous": (
        "tên đơn vị '{query}' chưa rõ, có thể là {count} đơn vị: {names}",
        "unit '{query}' is ambiguous, it could be {count} units: {names}",
    ),
    "unit.hint.full": (
        "chọn một: ghi đủ tên đơn vị, hoặc mã của nó (trong ngoặc); 'cds units' liệt kê cả "
        "danh mục",
        "choose one: give the unit's full name, or its id (in brackets); 'cds units' lists them "
        "all",
    ),
    "unit.unknown": ("không có đơn vị '{query}'", "unknown unit '{query}'"),
    "unit.hint.did_you_mean": ("có phải ý bạn là: {names}?", "Did you mean: {names}?"),
    "unit.hint.list": (
        "chạy 'cds units' để xem danh mục đơn vị",
        "run 'cds units' to list the units",
    ),
    # the command line itself (cli/)
    "cli.hint.help": ("xem '{command} --help'", "see '{command} --help'"),
    "cli.hint.quote": (
        'tên hay giá trị có dấu cách thì đặt trong dấu nháy kép, ví dụ {option} "{value}"',
        'put a name or value with spaces in double quotes, e.g. {option} "{value}"',
    ),
    "cli.bad_lang": (
        "{source}: không hỗ trợ ngôn ngữ '{value}'",
        "{source}: unknown language '{value}'",
    ),
    "cli.hint.lang": (
        "dùng vi (tiếng Việt) hoặc en (tiếng Anh)",
        "use vi (Vietnamese) or en (English)",
    ),
    "cli.no_such_option": ("không có tùy chọn {name}", "no such option: {name}"),
    "cli.no_such_command": ("không có lệnh '{name}'", "no such command '{name}'"),
    "cli.missing": ("thiếu {name}", "missing {name}"),
    "cli.needs_value": ("tùy chọn {name} cần một giá trị", "option {name} needs a value"),
    "cli.takes_no_value": (
        "tùy chọn {name} là công tắc, không nhận giá trị; viết {name} hoặc bỏ hẳn",
        "option {name} is a switch and takes no value; write {name} or leave it out",
    ),
    "cli.bad_choice": (
        "giá trị không hợp lệ cho {name}: '{value}'; chọn một trong: {choices}",
        "invalid value for {name}: '{value}'; choose one of: {choices}",
    ),
    "cli.not_integer": (
        "giá trị không hợp lệ cho {name}: '{value}' không phải số nguyên",
        "invalid value for {name}: '{value}' is not a whole number",
    ),
    "cli.out_of_range": (
        "giá trị không hợp lệ cho {name}: {value} nằm ngoài khoảng cho phép",
        "invalid value for {name}: {value} is out of range",
    ),
    "cli.bad_value": ("giá trị không hợp lệ cho {name}", "invalid value for {name}"),
    "cli.extra": ("thừa tham số: {args}", "unexpected extra argument: {args}"),
    "cli.bad_usage": ("dòng lệnh không hợp lệ: {detail}", "invalid command line: {detail}"),
    "cli.bad_status": (
        "tình trạng không hợp lệ: '{value}'",
        "invalid status: '{value}'",
    ),
    "cli.hint.status": ("dùng một trong: {options}", "use one of: {options}"),
    "cli.computed_status": (
        "'{value}' là tình trạng cds tự tính từ thời hạn và các báo cáo, đơn vị không báo cáo "
        "tình trạng này",
        "'{value}' is a status cds works out from the deadline and the reports; a unit does not "
        "report it",
    ),
    "cli.hint.computed_status": (
        "báo cáo việc đơn vị đã làm: {options}; xem các chỉ tiêu có tình trạng đó bằng "
        'cds{again} list --status "{value}"',
        "report what the unit did: {options}; list the targets with that status with "
        'cds{again} list --status "{value}"',
    ),
    "cli.bad_role": ("vai trò không hợp lệ: '{value}'", "invalid role: '{value}'"),
    "cli.version_bundled": (  # the footers' label (open.registry_line), with what it is
        "Sổ đăng ký: {path} (bản kèm theo cds, chỉ đọc)",
        "Registry: {path} (bundled with cds, read-only)",
    ),
}
