"""Errors and hints about recording and reading progress, Vietnamese and English: part of the one
catalogue (`output.words` merges it): corrections, units outside their time, `progress normalise`,
the lock, and files that are not what their path promises."""

from __future__ import annotations

PROGRESS_MESSAGES: dict[str, tuple[str, str]] = {
    # progress add (progress/new_entry.py)
    "entry.value_twice": (
        "--value: chỉ số '{key}' được nhập hai lần ({first}, {second})",
        "--value: '{key}' is given twice ({first}, {second})",
    ),
    "entry.hint.once": ("mỗi chỉ số chỉ nhập một lần", "give each indicator once"),
    "entry.count_zero": (
        "--value {text}: mẫu số {denominator} không cho ra tỷ lệ phần trăm",
        "--value {text}: a count out of {denominator} gives no percentage",
    ),
    "entry.hint.count_zero": (
        "đơn vị không có gì để đếm thì ghi giá trị (khóa=SỐ) hoặc bỏ chỉ số này",
        "a unit with nothing to count gives the plain value (key=NUMBER) or leaves the "
        "indicator out",
    ),
    "entry.not_met": (
        "báo hoàn thành nhưng {name} = {value} chưa đạt {threshold}",
        "marked done, but {name} = {value} does not meet {threshold}",
    ),
    "entry.corrects": ("--corrects: {problem}", "--corrects: {problem}"),
    # a value a hint's command leaves out (core/command_words.py), said before the command
    "cmd.withheld": (
        "giá trị của {options} có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo cách "
        "riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau "
        "{options} (thay cho dấu … nếu có)",
        "the value of {options} holds characters a command window (PowerShell, cmd) reads in "
        "its own way, so it is not printed; the command that follows lacks it and records "
        "nothing: type it in after {options} (in place of the … if any)",
    ),
    "cmd.withheld_file": (
        "tên tệp có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo cách riêng nên không "
        "in ra; hãy tự gõ nó vào lệnh sau, thay cho dấu …",
        "the file's name holds characters a command window (PowerShell, cmd) reads in its own "
        "way, so it is not printed; type it into the command that follows, in place of the …",
    ),
    "cmd.then": ("{first}; {command}", "{first}; {command}"),
    # a city-wide figure from a unit that does not give it (questions/figures.py figure_giver)
    "entry.city_figure": (
        "--value {text}: {name} của chỉ tiêu {target} là số liệu chung của thành phố, do "
        "{reporter} báo cáo; số liệu của {unit} không được tính; chưa ghi gì",
        "--value {text}: {name} of target {target} is one city-wide figure, reported by "
        "{reporter}; a figure from {unit} does not count; nothing written",
    ),
    "entry.hint.city_figure": (
        "ghi báo cáo không kèm số liệu này ({reporter} báo cáo số liệu đó): {command}",
        "record the report without that figure ({reporter} reports it): {command}",
    ),
    # progress/reopening.py: a report lowering a finished part is written, and said
    "entry.reopens": (
        "{unit} đã báo cáo hoàn thành chỉ tiêu {target} ngày {date}; báo cáo này ({status}) mở "
        "lại phần việc đã hoàn thành. Đã ghi; nếu ghi nhầm và việc vẫn hoàn thành, sửa báo cáo "
        "này thành hoàn thành, ngày sai thì đổi cả --date ({command})",
        "{unit} reported target {target} done on {date}; this report ({status}) reopens that "
        "finished part. Recorded; if it was a mistake and the work is still done, correct this "
        "report to done, and its --date too if that is wrong ({command})",
    ),
    # the correcting command in that warning, typed as printed (the status as a clerk types it)
    "entry.reopens_command": (
        "cds{again} progress add {target} --id --unit {unit} --status {status} --date {day} "
        "--corrects {id}{extras}",
        "cds{again} progress add {target} --id --unit {unit} --status {status} --date {day} "
        "--corrects {id}{extras}",
    ),
    "entry.again_withheld": (
        "{command} — lệnh này thiếu giá trị của {options} (có ký tự mà cửa sổ dòng lệnh "
        "(PowerShell, cmd) đọc theo cách riêng nên không in ra) nên chưa ghi gì: hãy tự gõ vào "
        "sau {options} giá trị chép từ trường {fields} của dòng này",
        "{command} — it lacks the value of {options} (which holds characters a command window "
        "(PowerShell, cmd) reads in its own way, so it is not printed) and records nothing as "
        "it stands: type after {options} the value copied from this line's {fields} field",
    ),
    "entry.typed_done": ('"hoàn thành"', "done"),
    "entry.typed_in_progress": ('"đang thực hiện"', "in_progress"),
    "entry.typed_not_started": ('"chưa thực hiện"', "not_started"),
    # a report a progress file holds, recorded again in another plan (progress/entry_commands.py)
    "entry.again_command": (
        "cds {option} progress add {target} --id --unit {unit} --status {status} --date {day}"
        "{force}{extras}",
        "cds {option} progress add {target} --id --unit {unit} --status {status} --date {day}"
        "{force}{extras}",
    ),
    # the same said by `progress import --dry-run` (app/forms.py): nothing is written yet
    "entry.reopens_dry": (
        "{unit} đã báo cáo hoàn thành chỉ tiêu {target} ngày {date}; báo cáo này ({status}) sẽ mở "
        "lại phần việc đã hoàn thành",
        "{unit} reported target {target} done on {date}; this report ({status}) would reopen that "
        "finished part",
    ),
    # corrections, the same from progress add and validate (progress/rules.py)
    "correction.again": (
        "báo cáo '{id}' đã được đính chính; lần đính chính mới nhất là '{latest}'",
        "entry '{id}' is already corrected; its latest correction is '{latest}'",
    ),
    "correction.hint.again": (
        "hãy đính chính lần đính chính mới nhất {latest}",
        "correct the latest correction {latest} instead",
    ),
    "correction.other": (
        "báo cáo '{id}' thuộc chỉ tiêu hoặc đơn vị khác",
        "entry '{id}' is of another target or unit",
    ),
    "correction.hint.other": (
        "một lần đính chính thay cho một báo cáo của cùng chỉ tiêu, cùng đơn vị",
        "a correction replaces an entry of the same target by the same unit",
    ),
    "correction.loop_self": (
        "báo cáo '{id}' tự đính chính chính mình: các báo cáo sẽ bị mất",
        "entry '{id}' corrects itself: the reports would vanish",
    ),
    "correction.loop_back": (
        "báo cáo '{id}' đính chính một báo cáo đính chính ngược lại nó: các báo cáo sẽ bị mất",
        "entry '{id}' corrects an entry that corrects it back: the reports would vanish",
    ),
    "correction.hint.loop": (
        "đính chính là sửa một báo cáo trước đó; hãy bỏ vòng lặp",
        "a correction corrects an earlier report; remove the loop",
    ),
    # progress normalise (progress/normalising.py, app/progress_commands.py)
    "normalise.not_faithful": (
        "không thể viết lại thành dòng JSON mà vẫn giữ nguyên nội dung",
        "cannot be rewritten as JSON lines without a change",
    ),
    "normalise.changed": ("tệp đã thay đổi trong lúc viết lại", "changed while being rewritten"),
    "normalise.hint.again": ("chạy lại lệnh", "run the command again"),
    "normalise.inline_comment": (
        "không thể giữ ghi chú ở cuối dòng trong một dòng JSON",
        "a comment at the end of a line cannot be kept in a JSON line",
    ),
    "normalise.hint.inline_comment": (
        "chuyển ghi chú lên một dòng riêng, rồi chạy lại lệnh",
        "put the comment on a line of its own, then run the command again",
    ),
    "normalise.rewritten": (
        "{path}: đã viết lại {count} mục thành dòng JSON",
        "{path}: {count} {count:entry|entries} rewritten as JSON lines",
    ),
    "normalise.already": ("{path}: đã là dòng JSON", "{path}: already JSON lines"),
    "normalise.left": (
        "{count} lỗi; các tệp đó được giữ nguyên",
        "{count} {count:problem|problems}; those files were left as they are",
    ),
    # the lock every writer takes (progress/locking.py)
    "lock.busy": (
        "một tiến trình cds khác đã ghi vào {folder} hơn {seconds} giây; chưa ghi gì",
        "another cds process has been writing to {folder} for over {seconds} s; nothing was "
        "written",
    ),
    "lock.hint.busy": (
        "thử lại; nếu không có cds nào đang chạy, xóa tệp khóa {path}",
        "try again; if no cds is running, delete the lock file {path}",
    ),
    "lock.cannot": (
        "không ghi được vào thư mục {folder}: {reason}; chưa ghi gì",
        "cannot write in the folder {folder}: {reason}; nothing was written",
    ),
    "lock.hint.cannot": (
        "xin quyền ghi vào thư mục {folder}, hoặc chép cả thư mục làm việc sang nơi ghi được rồi"
        " chạy lại lệnh ở đó",
        "ask for write access to the folder {folder}, or copy the whole workspace to a place you"
        " can write and run the command there",
    ),
    # what a path holds when it is not what it should be (core/files.py)
    "file.not_kind": (
        "{subject} là {kind}, không phải {expected}",
        "{subject} is {kind}, not {expected}",
    ),
    "file.it": ("đường dẫn này", "it"),
    "file.lock_beside": ("tệp khóa {name} bên cạnh", "the lock file {name} beside it"),
    "file.write_link": (
        "đây là một liên kết tượng trưng (symbolic link): cds không ghi qua liên kết, vì ghi sẽ"
        " thay liên kết bằng một tệp thường; hãy chỉ tới chính tệp mà liên kết trỏ tới",
        "it is a symbolic link: cds does not write through a link, as writing would replace the"
        " link with a plain file; name the file the link points to",
    ),
    "file.write_read_only": (
        "tệp chỉ cho đọc, người dùng này không được ghi (cds không thay một tệp bạn không được"
        " sửa); nếu cần sửa, hãy cấp quyền ghi (chmod u+w) rồi chạy lại",
        "the file is read-only, this user may not write it (cds does not replace a file you may"
        " not change); to change it, make it writable (chmod u+w) and run again",
    ),
    "file.write_folder": (
        "thư mục chứa tệp không cho tạo tệp mới (cds ghi bản mới bên cạnh rồi đổi tên thay tệp "
        "cũ, để tệp không bao giờ ghi dở); hãy cấp quyền ghi cho thư mục (chmod u+w) rồi chạy lại",
        "the file's folder does not let a new file be made (cds writes the new copy beside it and "
        "renames it over the old, so a file is never half written); make the folder writable "
        "(chmod u+w) and run again",
    ),
    "file.kind.link": ("một liên kết tượng trưng (symbolic link)", "a symbolic link"),
    "file.kind.folder": ("một thư mục", "a folder"),
    "file.kind.pipe": ("một ống có tên (named pipe, FIFO)", "a named pipe (FIFO)"),
    "file.kind.socket": ("một socket", "a socket"),
    "file.kind.device": ("một thiết bị", "a device"),
    "file.kind.file": ("một tệp", "a file"),
    "file.kind.other": ("không phải tệp thông thường", "not a regular file"),
    "file.kind.regular": ("tệp thông thường", "a regular file"),
    # `progress import FOLDER` (app/forms.py `folder_hint`): the forms in it, the command
    "import.hint.folder_forms": (
        "thư mục này có {count} phiếu .xlsx; progress import nhận nhiều phiếu một lần, ghi tên "
        "từng tệp: {command}",
        "this folder holds {count} .xlsx {count:form|forms}; progress import takes several "
        "forms at once, each file named: {command}",
    ),
    "import.hint.folder_all": (
        "thư mục này có {count} phiếu .xlsx; progress import nhận nhiều phiếu một lần, nhập cả "
        "thư mục: {command}",
        "this folder holds {count} .xlsx {count:form|forms}; progress import takes several "
        "forms at once, the whole folder: {command}",
    ),
    "import.hint.folder_none": (
        "thư mục này không có phiếu .xlsx nào; ghi tên từng phiếu đã điền (tệp .xlsx do cds "
        "form lập), nhiều phiếu một lần: cds progress import phieu-1.xlsx phieu-2.xlsx",
        "this folder holds no .xlsx form; name each filled-in form (the .xlsx file cds form "
        "made), several at once: cds progress import form-1.xlsx form-2.xlsx",
    ),
    "file.kind.regular_or_folder": (
        "tệp thông thường hay thư mục",
        "a regular file or a folder",
    ),
    # a path the user named that is not there (core/files.py check_named)
    "file.missing": ("không có tệp hay thư mục: '{path}'", "no such file or folder: '{path}'"),
    "file.named_dangling": (
        "'{path}' là một liên kết tượng trưng (symbolic link) trỏ tới chỗ không có gì",
        "'{path}' is a symbolic link to nothing",
    ),
}
