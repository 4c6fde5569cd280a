"""Validation findings about the files users write, Vietnamese and English: part of the one
catalogue (see `output.words`), kept apart from the errors of commands only for size. Here the
registry rules' findings; a file that cannot be read as a registry or a progress file is said
in findings_files.py."""

from __future__ import annotations

FINDINGS: dict[str, tuple[str, str]] = {
    # registry rules (registry/rules.py)
    "rule.duplicate_unit_id": ("mã đơn vị '{id}' bị trùng", "duplicate unit id '{id}'"),
    "rule.hint.own_id": ("đặt cho mỗi đơn vị một mã riêng", "give each unit its own id"),
    "rule.name_taken": (
        "tên '{name}' của đơn vị '{unit}' đã được đơn vị '{other}' dùng",
        "name '{name}' of unit '{unit}' is already used by unit '{other}'",
    ),
    "rule.hint.names_unique": (
        "tên và tên gọi khác (aliases) không được trùng nhau",
        "names and aliases must be unique",
    ),
    "rule.hint.name_in_changes": (
        "tên này được thêm trong {file}: xóa '{name}' khỏi đó, hoặc ghi một tên khác",
        "this name was added in {file}: remove '{name}' there, or write another name",
    ),
    "rule.members_not_collective": (
        "đơn vị '{unit}' có thành viên (members) nhưng loại của nó là '{kind}'",
        "unit '{unit}' has members but its kind is '{kind}'",
    ),
    "rule.hint.only_collective_members": (
        "chỉ đơn vị kind: collective mới có members",
        "only kind: collective has members",
    ),
    "rule.scope_not_collective": (
        "đơn vị '{unit}' có scope nhưng không phải tập thể (collective)",
        "unit '{unit}' has a scope but is not a collective",
    ),
    "rule.collective_needs_scope": (
        "tập thể '{unit}' cần có scope",
        "collective '{unit}' needs a scope",
    ),
    "rule.hint.scope": ("scope: all, concerned hoặc subset", "scope: all, concerned or subset"),
    "rule.collective_no_members": (
        "tập thể '{unit}' không có thành viên nào",
        "collective '{unit}' has no members",
    ),
    "rule.hint.list_members": (
        "liệt kê mã các đơn vị mà nó đại diện trong members",
        "list the unit ids it stands for under members",
    ),
    "rule.unknown_member": (
        "không có đơn vị '{member}' (trong members của '{unit}')",
        "unknown unit '{member}' in members of '{unit}'",
    ),
    "rule.nested_collective": (
        "tập thể '{unit}' liệt kê một tập thể khác '{member}'",
        "collective '{unit}' lists another collective '{member}'",
    ),
    "rule.hint.list_its_members": (
        "hãy liệt kê các thành viên của nó",
        "list its members instead",
    ),
    "rule.member_twice": (
        "tập thể '{unit}' liệt kê '{member}' {count} lần (lần đầu ở vị trí {first})",
        "collective '{unit}' lists '{member}' {count} times (first at position {first})",
    ),
    "rule.hint.member_twice": (
        "xoá dòng lặp: mỗi thành viên được liệt kê một lần",
        "remove the repeated line: each member is listed once",
    ),
    "rule.group_invisible": (
        "tên nhóm {group} có ký tự vô hình hoặc ký tự điều khiển ({character})",
        "the title of group {group} holds an invisible or control character ({character})",
    ),
    "rule.hint.group_invisible": (
        "gõ lại tên nhóm trên một dòng: tên nhóm được in ở đầu nhóm trong mọi bảng, thư và báo "
        "cáo; ký tự điều khiển (xuống dòng, tab) làm vỡ dòng đó, ký tự vô hình (dấu cách độ "
        "rộng 0, dấu hướng chữ) làm tên trông giống mà khác hoặc in đảo thứ tự chữ",
        "retype the group's title on one line: it heads the group in every table, letter and "
        "report; a control character (line break, tab) breaks that line, an invisible one "
        "(zero-width space, direction mark) makes a title that looks the same and differs, or "
        "reverses its words in print",
    ),
    # A control character has no Unicode name: said by what it does (core/text.py)
    "char.control": ("{code}, {what}", "{code}, {what}"),
    "char.tab": ("dấu tab", "tab"),
    "char.line_feed": ("xuống dòng", "line feed"),
    "char.carriage_return": ("về đầu dòng", "carriage return"),
    "char.next_line": ("xuống dòng NEL", "next line"),
    "char.other": ("ký tự điều khiển", "control character"),
    "rule.target_unseen": (
        "chỉ tiêu {target}: '{field}' có ký tự vô hình ({character})",
        "target {target}: '{field}' holds an invisible character ({character})",
    ),
    "rule.hint.target_unseen": (
        "xóa ký tự đó (gõ lại chữ quanh nó): dấu cách độ rộng 0, dấu hướng chữ làm hai nội dung "
        "trông giống nhau mà khác nhau (không ghép được với bản điều chỉnh, tên đơn vị không "
        "khớp) hoặc đảo thứ tự chữ khi in",
        "delete that character (retype the words around it): zero-width spaces and direction "
        "marks make two texts that look the same differ (a revision no longer pairs, a unit's "
        "name no longer matches) or reorder the words in print",
    ),
    "rule.invisible": (
        "tên của đơn vị '{unit}' có ký tự vô hình ({character})",
        "name of unit '{unit}' holds an invisible character ({character})",
    ),
    "rule.shell_character": (
        "tên của đơn vị '{unit}' có ký tự {character}, không có trong tên cơ quan và làm hỏng "
        "lệnh cds mà gợi ý in ra",
        "name of unit '{unit}' holds the character {character}, which no office's name has and "
        "which breaks the cds commands hints print",
    ),
    "rule.hint.shell_character": (
        'bỏ các ký tự " “ ” „ $ ` ! khỏi tên, và \\ ở cuối hoặc hai dấu liền nhau, % bao quanh '
        "một chữ (như %DATE%): cửa sổ dòng lệnh đọc chúng theo cách riêng (viết tên như trên văn "
        "bản của cơ quan)",
        'remove the characters " “ ” „ $ ` ! from the name, and a \\ at its end or doubled, % '
        "around a word (as %DATE%): a command window reads them in its own way (write it as the "
        "office's documents do)",
    ),
    "rule.hint.invisible": (
        "gõ lại tên: ký tự vô hình (dấu cách độ rộng 0, dấu hướng chữ) làm tên trông giống "
        "nhưng không bao giờ khớp",
        "retype the name: invisible characters (zero-width spaces, direction marks) make a name "
        "that looks the same but never matches",
    ),
    "rule.mixed_scripts": (
        "tên '{name}' của đơn vị '{unit}' trộn chữ {script} với '{letter}' ({letter_name})",
        "name '{name}' of unit '{unit}' mixes {script} letters with '{letter}' ({letter_name})",
    ),
    "rule.hint.mixed_scripts": (
        "gõ lại tên bằng bàn phím tiếng Việt: một chữ trông giống từ bảng chữ cái khác tạo ra "
        "một tên khác",
        "retype the name with a Vietnamese keyboard: a look-alike letter from another alphabet "
        "makes a different name",
    ),
    "rule.name_too_long": (
        "tên của đơn vị '{unit}' dài {length} ký tự; tối đa {limit}",
        "name of unit '{unit}' is {length} characters long; at most {limit}",
    ),
    "rule.hint.name_one_line": (
        "tên đơn vị là một dòng sau 'Kính gửi:' trong văn bản, không phải một đoạn văn",
        "a unit's name is one line in a letter's 'Kính gửi:', not a paragraph",
    ),
    "rule.office_too_long": (
        "{key} dài {length} ký tự; tối đa {limit}",
        "{key} is {length} characters long; at most {limit}",
    ),
    "rule.hint.office_one_line": (
        "đây là một dòng của phần tiêu đề hoặc phần ký văn bản, không phải một đoạn văn",
        "it is one line of the letterhead or signature, not a paragraph",
    ),
    "rule.office_invisible": (
        "{key} có ký tự vô hình hoặc ký tự điều khiển ({character})",
        "{key} holds an invisible or control character ({character})",
    ),
    "rule.hint.office_invisible": (
        "gõ lại: ký tự điều khiển, tab, xuống dòng và dấu hướng chữ in sai hoặc đảo thứ tự phần "
        "tiêu đề văn bản",
        "retype it: control characters, tabs, line breaks and direction marks print wrongly or "
        "reorder the letterhead",
    ),
    "rule.office_mixed_scripts": (
        "{key} '{text}' trộn chữ {script} với '{letter}' ({letter_name})",
        "{key} '{text}' mixes {script} letters with '{letter}' ({letter_name})",
    ),
    "rule.hint.office_mixed_scripts": (
        "gõ lại bằng bàn phím tiếng Việt: một chữ trông giống từ bảng chữ cái khác in ra giống "
        "hệt nhưng là chữ khác",
        "retype it with a Vietnamese keyboard: a look-alike letter from another alphabet prints "
        "the same and is not",
    ),
    "rule.bad_reporter": (
        "người báo cáo '{reporter}' không phải một đơn vị trong danh mục "
        "(tập thể không báo cáo được)",
        "reporter '{reporter}' is not a unit of the catalog (a collective cannot report)",
    ),
    "rule.no_reporter": (
        "chỉ số '{key}' là một số liệu chung toàn thành phố, nhưng không có đơn vị chủ trì riêng "
        "nào báo cáo nó",
        "indicator '{key}' is one city-wide figure, but no single lead unit reports it",
    ),
    "rule.hint.reporter": (
        "nêu đơn vị bằng 'reporter: MÃ-ĐƠN-VỊ', hoặc dùng 'scope: each'",
        "name the unit with 'reporter: UNIT-ID', or use 'scope: each'",
    ),
    "rule.duplicate_group_id": ("mã nhóm '{id}' bị trùng", "duplicate group id '{id}'"),
    "rule.target_id_mismatch": (
        "mã chỉ tiêu '{id}' không khớp với nhóm '{group}' và số thứ tự {number}",
        "target id '{id}' does not match its group '{group}' and number {number}",
    ),
    "rule.duplicate_target_id": ("mã chỉ tiêu '{id}' bị trùng", "duplicate target id '{id}'"),
    # The one wording of a cell's name no unit has: `validate` and `cds import` both say it.
    "rule.no_such_unit_name": (
        "danh mục không có đơn vị nào tên '{name}'",
        "no unit in the catalog is named '{name}'",
    ),
    "rule.hint.add_unit": (
        "thêm đơn vị vào danh mục đơn vị của sổ đăng ký, dưới dòng 'units:' của phần"
        " 'catalog:', như các đơn vị đã có, ví dụ: '- id: phong-dan-toc' rồi 'name: Phòng Dân"
        " tộc', 'kind: department', 'source: appendix'; hoặc thêm tên này vào 'aliases:' (tên"
        " gọi khác) của đơn vị nó chỉ",
        "add the unit to the registry's unit catalog, under the line"
        " 'units:' of its 'catalog:' section, like the units there, e.g. '- id: phong-dan-toc'"
        " then 'name: Phòng Dân tộc', 'kind: department', 'source: appendix'; or add this name"
        " to the 'aliases:' (other names) of the unit it means",
    ),
    # A person's name alone ("Đ/c Trần Thị B"): by `validate` and `cds import` alike.
    "rule.hint.add_person": (
        "thêm '{person}' vào 'aliases:' (tên gọi khác) của đơn vị người này lãnh đạo trong danh"
        " mục (có hay không có 'Đ/c' đều được), hoặc ghi chức danh hay lĩnh vực phụ trách sau"
        " tên, ví dụ '{said}, Phó Chủ tịch UBND thành phố' hoặc '{said}, phụ trách khối kinh tế'",
        "add '{person}' to the 'aliases:' (other names) of the unit this person leads in the"
        " catalog (with or without 'Đ/c'), or write the title or the portfolio after the name,"
        " e.g. '{said}, Phó Chủ tịch UBND thành phố' or '{said}, phụ trách khối kinh tế'",
    ),
    # Said by `validate` and by `cds import` alike (app/importing.py `words_keys`).
    "rule.hint.near_unit": ("có phải '{near}'? {then}", "did you mean '{near}'? {then}"),
    "rule.unknown_unit": ("không có đơn vị '{unit}'", "unknown unit '{unit}'"),
    "rule.units_mismatch": (
        "mã đơn vị (`units`) [{listed}] không khớp với văn bản, văn bản nêu [{wanted}]",
        "units [{listed}] do not match the text, which names [{wanted}]",
    ),
    "rule.hint.set_units": ("đặt mã đơn vị thành `units: [{wanted}]`", "set units to [{wanted}]"),
    "rule.bad_deadline": (
        "không đọc được thời hạn '{text}'",
        "cannot read deadline '{text}'",
    ),
    "rule.hint.deadline": (
        # The four kinds (a month, a quarter, a day, ongoing) in one 80-column line; the
        # half-year and year wordings are in docs/registry-format.md, Deadline wordings.
        "viết 'Tháng 9/{year}', 'Quý III/{year}', '30/11/{year}' hoặc 'Thường xuyên'",
        "write 'Tháng 9/{year}', 'Quý III/{year}', '30/11/{year}' or 'Thường xuyên'",
    ),
    "rule.deadline_outside_plan": (
        "thời hạn '{text}' nằm ngoài thời gian của kế hoạch năm {year} (từ tháng 1/{first} đến "
        "tháng 12/{last})",
        "the deadline '{text}' is outside the time of the plan of {year} (from 1/{first} to "
        "12/{last})",
    ),
    "rule.hint.deadline_outside_plan": (
        "sửa theo văn bản gốc, ví dụ 'Tháng 6' của năm kế hoạch; số 6 gõ vào ô Excel định dạng "
        "ngày tháng thành ngày 06/01/1900",
        "correct it from the signed plan, e.g. 'Tháng 6' of the plan's year; 6 typed into an "
        "Excel cell formatted as a date becomes 06/01/1900",
    ),
    "rule.due_mismatch": (
        "Hạn (ngày/tháng) '{due}' không khớp với thời hạn ghi '{text}', nghĩa là {means}",
        "Due (day/month) '{due}' does not match the deadline text '{text}', which means {means}",
    ),
    # `due: ongoing` is the file's own word: said with what it means, for a reader of Vietnamese.
    "rule.due_ongoing_mismatch": (
        "Hạn '{due}' (thường xuyên) không khớp với thời hạn ghi '{text}', nghĩa là {means}",
        "Due '{due}' (no fixed month) does not match the deadline text '{text}', which means "
        "{means}",
    ),
    "rule.ongoing": ("thường xuyên", "ongoing"),
    "rule.means_month": ("tháng {month}", "month {month}"),
    "rule.means_day": ("ngày {day}", "the day {day}"),
    "rule.duplicate_indicator": (
        "mã chỉ số '{key}' bị trùng",
        "duplicate indicator key '{key}'",
    ),
    "rule.indicator_not_in_content": (
        "văn bản chỉ số '{text}' không có trong nội dung chỉ tiêu",
        "indicator text '{text}' does not occur in the target's content",
    ),
    "rule.hint.quote_threshold": (
        "trích ngưỡng đúng như nội dung chỉ tiêu ghi",
        "quote the threshold exactly as the content states it",
    ),
    "rule.percentage_range": (
        "tỷ lệ phần trăm {value} nằm ngoài khoảng 0–100",
        "percentage {value} is outside 0–100",
    ),
}
