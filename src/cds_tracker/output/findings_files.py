"""Findings about reading the files users write, Vietnamese and English: a registry's bytes,
YAML and shape (registry/loading.py, registry/yamlio.py, registry/models.py) and a progress
file's lines (progress/). Part of the one catalogue (see `output.words`), apart from the rules'
findings on what a readable registry says (findings.py).
"""

from __future__ import annotations

FILE_FINDINGS: dict[str, tuple[str, str]] = {
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
    "load.bad_entry_id": (
        "mã báo cáo '{value}' không hợp lệ: phải gồm 6 đến 32 chữ thường không dấu hoặc chữ số,"
        " không có dấu gạch ngang",
        "invalid entry id '{value}': it must be 6 to 32 lowercase letters or digits, no hyphens",
    ),
    "load.hint.entry_id": (
        "mã báo cáo do cds progress add (hoặc progress import) ghi, đừng sửa tay; nếu đã sửa, trả"
        " lại mã cũ",
        "entry ids are written by cds progress add (or progress import); do not edit them by hand;"
        " if one was edited, put the old id back",
    ),
    "load.hint.unit_day": (
        "ghi một ngày có thật, dạng dd/mm/yyyy (ví dụ 30/06/2025) hoặc yyyy-mm-dd",
        "write a day that exists, as dd/mm/yyyy (e.g. 30/06/2025) or yyyy-mm-dd",
    ),
    "load.hint.successor": (
        "ghi mã của đúng một đơn vị, đơn vị đã nhận lại công việc (ví dụ phuong-son-moi): mỗi"
        " đơn vị chỉ có một đơn vị kế thừa",
        "write the id of exactly one unit, the one that took over the work (e.g."
        " phuong-son-moi): a unit has one successor",
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
