"""Validation findings about the files users write, Vietnamese and English: part of the one
catalogue (see `output.words`), kept apart from the errors of commands only for size."""

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
    # reading files (registry/loading.py, registry/yamlio.py, registry/models.py)
    "load.cannot_read": ("không đọc được tệp: {reason}", "cannot read file: {reason}"),
    "load.empty": (
        "tệp trống: sổ đăng ký cần có document, catalog và groups",
        "the file is empty: a registry needs document, catalog and groups",
    ),
    "load.not_mapping": (
        "sổ đăng ký phải là một mapping với các khóa document, catalog và groups",
        "a registry must be a mapping with keys document, catalog and groups",
    ),
    "load.titles_not_list": (
        "'official_titles' phải là một danh sách chức danh",
        "'official_titles' must be a list of titles",
    ),
    "load.catalog_not_mapping": (
        "'catalog' phải là một mapping với `official_titles` và `units`",
        "'catalog' must be a mapping with official_titles and units",
    ),
    "load.group_not_mapping": (
        "một nhóm phải là mapping với id, title, targets",
        "a group must be a mapping with id, title, targets",
    ),
    "load.not_list": ("'{name}' phải là một danh sách", "'{name}' must be a list"),
    "load.unknown_key": ("khóa lạ '{key}'", "unknown key '{key}'"),
    "load.missing_key": ("thiếu khóa '{key}'", "missing key '{key}'"),
    "load.not_one_of": (
        "'{name}' phải là một trong {options}, không phải '{value}'",
        "'{name}' must be one of {options}, not '{value}'",
    ),
    "load.bad_id": (
        "mã '{value}' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang",
        "invalid id '{value}': use lowercase letters, digits and hyphens",
    ),
    "load.field": ("'{name}': {problem}", "'{name}': {problem}"),
    "load.want_text": ("phải là chuỗi văn bản", "must be text"),
    "load.want_integer": ("phải là số nguyên", "must be a whole number"),
    "load.want_number": ("phải là một số", "must be a number"),
    "load.want_bool": ("phải là true hoặc false", "must be true or false"),
    "load.want_list": ("phải là một danh sách", "must be a list"),
    "load.want_mapping": ("phải là một mapping (khóa: giá trị)", "must be a mapping (key: value)"),
    "load.want_nonempty": ("không được để trống", "must not be empty"),
    "load.want_pattern": (
        "không đúng dạng (mẫu {pattern})",
        "does not have the expected form (pattern {pattern})",
    ),
    "load.invalid_value": ("giá trị không hợp lệ", "invalid value"),
    "model.not_month": (
        "Hạn (ngày/tháng) '{value}' không phải là một tháng (năm-tháng, ví dụ 2024-09) "
        "hay ngày (năm-tháng-ngày, ví dụ 2024-10-15) hay thường xuyên ('{ongoing}')",
        "Due (day/month) '{value}' is not a month (year-month, e.g. 2024-09) "
        "nor a day (year-month-day, e.g. 2024-10-15) nor ongoing ('{ongoing}')",
    ),
    "model.due_moment": (
        # an unquoted YAML date with a time (`due: 2024-10-15 10:00:00`) is read as a moment
        "Hạn (ngày/tháng) '{value}' có cả giờ: hạn là một tháng hoặc một ngày, không có giờ",
        "Due (day/month) '{value}' has a time of day: a deadline is a month or a day, "
        "without a time",
    ),
    "model.hint.due": (
        "viết `due: 2024-10` cho một tháng, `due: 2024-10-15` cho một ngày hoặc `due: ongoing` "
        "cho 'Thường xuyên'",
        "write `due: 2024-10` for a month, `due: 2024-10-15` for a day or `due: ongoing` for "
        "'Thường xuyên' (ongoing)",
    ),
    "model.counts": (
        "số đếm {numerator}/{denominator} của '{key}': cần 0 ≤ tử số ≤ mẫu số, mẫu số > 0",
        "counts {numerator}/{denominator} for '{key}': "
        "need 0 ≤ numerator ≤ denominator, denominator > 0",
    ),
    "model.not_symbol": (
        "'{value}' không phải ký hiệu văn bản: chỉ viết phần sau 'Số: …/', ví dụ 'BCĐ' hoặc "
        "'UBND-VHTT' (số để trống cho văn thư)",
        "'{value}' is not a document symbol: write only what follows 'Số: …/', e.g. 'BCĐ' or "
        "'UBND-VHTT' (the number is left blank for the văn thư)",
    ),
    "model.not_email": (
        "'{value}' không phải một địa chỉ thư điện tử (ten@example.vn, không kèm tên, không "
        "danh sách)",
        "'{value}' is not one e-mail address (name@example.vn, no name, no list)",
    ),
    "model.not_date": (
        "'{value}' không phải là ngày (yyyy-mm-dd)",
        "'{value}' is not a date (yyyy-mm-dd)",
    ),
    "model.year_range": (
        "'{value}': năm phải trong khoảng {first}–{last}",
        "'{value}': the year must be within {first}–{last}",
    ),
    "model.not_moment": (
        "'{value}' không phải là ngày giờ (ISO 8601)",
        "'{value}' is not a date and time (ISO 8601)",
    ),
    "yaml.too_big": (
        "tệp nặng {size} MB; cds chỉ đọc tệp tối đa {limit} MB",
        "file is {size} MB; cds reads files of at most {limit} MB",
    ),
    "yaml.hint.too_big": (
        "sổ đăng ký hay tệp tiến độ của một đơn vị nhỏ hơn nhiều: đây có đúng là tệp cần đọc?",
        "a registry or one unit's progress file is far smaller: is this the right file?",
    ),
    "yaml.utf16": ("tệp được mã hóa UTF-16, không phải UTF-8", "file is UTF-16 encoded, not UTF-8"),
    "yaml.hint.save_utf8": ("lưu lại tệp với bảng mã 'UTF-8'", "save it again as 'UTF-8'"),
    "yaml.nul": (
        "tệp chứa byte NUL (có phải tệp nhị phân?)",
        "file contains a NUL byte (is it a binary file?)",
    ),
    "yaml.not_utf8": (
        "tệp không phải UTF-8 hợp lệ (byte {byte})",
        "file is not valid UTF-8 (byte {byte})",
    ),
    "yaml.hint.legacy": (
        "có vẻ là {encoding}, bảng mã tiếng Việt cũ; hãy chuyển sang UTF-8 (ví dụ bằng công cụ "
        "chuyển mã của Unikey, hoặc lưu với bảng mã 'UTF-8' trong trình soạn thảo)",
        "it looks like {encoding}, a legacy Vietnamese encoding; convert it to UTF-8 (e.g. with "
        "Unikey's converter, or save as 'UTF-8' in your editor)",
    ),
    "yaml.invalid": ("YAML không hợp lệ: {detail}", "invalid YAML: {detail}"),
    "yaml.tab": (
        "YAML không hợp lệ: ký tự tab ở chỗ YAML cần dấu cách",
        "invalid YAML: a tab character where YAML needs spaces",
    ),
    "yaml.hint.tab": ("thụt lề bằng dấu cách, không dùng tab", "indent with spaces, not tabs"),
    "yaml.duplicate_key": (
        "YAML không hợp lệ: khóa {key} bị lặp",
        "invalid YAML: found duplicate key {key}",
    ),
    "yaml.hint.duplicate_key": (
        "mỗi khóa chỉ được xuất hiện một lần trong một mapping; xóa hoặc đổi tên một khóa",
        "each key may appear once in a mapping; remove or rename one",
    ),
    "yaml.hint.tags": (
        "không được dùng thẻ như !!python/object; hãy viết giá trị thường",
        "tags such as !!python/object are not allowed; write plain values",
    ),
    "yaml.too_deep": (
        "tài liệu lồng nhau quá sâu, không đọc được",
        "document is nested too deeply to read",
    ),
    "yaml.version": (
        "YAML không hợp lệ: chỉ thị phiên bản '%YAML {version}' (cds đọc YAML 1.2)",
        "invalid YAML: version directive '%YAML {version}' (cds reads YAML 1.2)",
    ),
    "yaml.hint.version": (
        "xóa dòng này: theo YAML 1.1 các giá trị như yes, on hay 0777 đổi nghĩa, và không phải "
        "trình đọc YAML nào cũng theo nó",
        "delete this line: under YAML 1.1 values such as yes, on or 0777 change meaning, and not "
        "every YAML reader follows it",
    ),
    "yaml.tag": (
        "YAML không dùng được với cds: không cho phép thẻ {tag}",
        "invalid YAML for cds: the tag {tag} is not allowed",
    ),
    "yaml.hint.tag": (
        "viết mapping thường (khóa: giá trị) hoặc danh sách (- mục) không có thẻ",
        "write a plain mapping (key: value) or list (- item) without the tag",
    ),
    "yaml.too_deep_levels": (
        "tài liệu lồng nhau quá sâu (quá {levels} cấp)",
        "document is nested too deeply (over {levels} levels)",
    ),
    "yaml.alias_bomb": (
        "tài liệu bung ra quá nhiều giá trị (bom alias?)",
        "document expands to too many values (an alias bomb?)",
    ),
    "yaml.hint.alias_bomb": (
        "bỏ các anchor (&) và alias (*) và viết đầy đủ giá trị",
        "remove the anchors (&) and aliases (*) and write the values out",
    ),
    # progress files (progress/)
    "progress.file_not_unit": (
        "tên tệp '{name}' không phải mã đơn vị",
        "file name '{name}' is not a unit id",
    ),
    "progress.not_list": (
        "tệp tiến độ phải là danh sách các báo cáo (các dòng bắt đầu bằng '- ')",
        "a progress file must be a list of entries (lines starting with '- ')",
    ),
    "progress.unknown_target": ("không có chỉ tiêu '{target}'", "unknown target '{target}'"),
    "progress.wrong_file": (
        "báo cáo của đơn vị '{unit}' nằm trong tệp của '{file_unit}'",
        "entry of unit '{unit}' in the file of '{file_unit}'",
    ),
    "progress.hint.move": (
        "chuyển nó sang progress/{unit}.yaml",
        "move it to progress/{unit}.yaml",
    ),
    "progress.dated_after_written": (
        "báo cáo ghi ngày {day}, sau ngày nó được ghi ({written})",
        "entry is dated {day}, after it was written ({written})",
    ),
    "progress.no_indicator": (
        "chỉ tiêu {target} không có chỉ số '{key}'",
        "target {target} has no indicator '{key}'",
    ),
    "progress.hint.indicators": ("các chỉ số của nó: {keys}", "its indicators: {keys}"),
    "progress.hint.no_indicators": (
        "{target} chưa có chỉ số nào: thêm mục `indicators:` vào chỉ tiêu trong tệp kế hoạch "
        "(mẫu: docs/registry-format.md, mục Indicators), rồi chạy cds validate",
        "{target} has no indicators yet: add an indicators: list to the target in the plan's "
        "file (example: docs/registry-format.md, section Indicators), then run cds validate",
    ),
    "progress.value_range": (
        "giá trị {value} của '{key}' nằm ngoài khoảng 0–100",
        "value {value} for '{key}' is outside 0–100",
    ),
    "progress.counts_need_value": (
        "số đếm của '{key}' cần có giá trị phần trăm của '{key}' đi kèm",
        "counts for '{key}' need a percentage value for '{key}' beside them",
    ),
    "progress.hint.counts_both": (
        "ghi cả hai, như 'cds progress add --value key=4/5' vẫn làm",
        "write both, as 'cds progress add --value key=4/5' does",
    ),
    "progress.counts_mismatch": (
        "số đếm {numerator}/{denominator} của '{key}' không cho ra giá trị {value}",
        "counts {numerator}/{denominator} for '{key}' do not give its value {value}",
    ),
    "progress.hint.counts_value": ("giá trị phải là {value}", "the value should be {value}"),
    "progress.duplicate_id": ("mã báo cáo '{id}' bị trùng", "duplicate entry id '{id}'"),
    "progress.corrects_unknown": (
        "đính chính một báo cáo không tồn tại '{id}'",
        "corrects unknown entry '{id}'",
    ),
    "progress.corrects_other": (
        "đính chính báo cáo '{id}' của chỉ tiêu hoặc đơn vị khác",
        "corrects entry '{id}' of another target or unit",
    ),
}
