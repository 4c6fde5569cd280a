"""What a YAML syntax error means, Vietnamese and English, with a hint to fix it: part of the one
catalogue (the keys registry/yaml_problems.py picks from the parser's own complaint)."""

from __future__ import annotations

YAML_MESSAGES: dict[str, tuple[str, str]] = {
    "yaml.indent": (
        "YAML không hợp lệ: dòng này thụt lề không khớp với các dòng cùng cấp",
        "invalid YAML: this line is not indented like the lines at its level",
    ),
    "yaml.hint.indent": (
        "kiểm tra thụt lề: các dòng cùng cấp phải thẳng cột, dùng dấu cách, không dùng tab; "
        "nếu dòng trên có dấu nháy mở thì phải đóng nó",
        "check the indentation: lines at one level start in the same column, with spaces, not "
        "tabs; a quote opened on a line above must be closed",
    ),
    "yaml.colon": (
        "YAML không hợp lệ: dấu hai chấm ở chỗ không được có",
        "invalid YAML: a colon where none may stand",
    ),
    "yaml.hint.colon": (
        'giá trị có dấu hai chấm thì đặt trong dấu nháy kép, ví dụ: ghi_chu: "Đợt 1: xong"; '
        "hoặc dòng trên thiếu dấu hai chấm sau khóa",
        'a value holding a colon goes in double quotes, e.g. note: "Round 1: done"; or the line '
        "above lacks the colon after its key",
    ),
    "yaml.no_colon": (
        "YAML không hợp lệ: thiếu dấu hai chấm sau khóa",
        "invalid YAML: a key without its colon",
    ),
    "yaml.hint.no_colon": (
        "mỗi dòng của mapping có dạng 'khóa: giá trị' (dấu cách sau dấu hai chấm); giá trị dài "
        "sang dòng sau thì thụt vào sâu hơn khóa",
        "each mapping line reads 'key: value' (a space after the colon); a long value that "
        "goes on the next line is indented deeper than its key",
    ),
    "yaml.alias": (
        "YAML không hợp lệ: tham chiếu {alias} không trỏ tới neo (&) nào",
        "invalid YAML: the alias {alias} refers to no anchor (&)",
    ),
    "yaml.hint.alias": (
        "giá trị bắt đầu bằng * là tham chiếu YAML; nếu * là chữ thường thì đặt giá trị trong "
        "dấu nháy kép",
        "a value starting with * is a YAML alias; if the * is plain text, put the value in "
        "double quotes",
    ),
    "yaml.bad_start": (
        "YAML không hợp lệ: ký tự '{char}' không được đứng đầu một giá trị",
        "invalid YAML: the character '{char}' cannot start a value",
    ),
    "yaml.hint.bad_start": (
        "đặt giá trị trong dấu nháy kép (YAML dành riêng @ và ` ở đầu giá trị)",
        "put the value in double quotes (YAML reserves @ and ` at the start of a value)",
    ),
    "yaml.quote": (
        "YAML không hợp lệ: dấu nháy mở ở đây mà không đóng",
        "invalid YAML: a quote opened here and never closed",
    ),
    "yaml.hint.quote": (
        'đóng dấu nháy ở cuối giá trị; dấu nháy kép bên trong viết \\", dấu nháy đơn bên '
        "trong dấu nháy đơn viết ''",
        'close the quote at the end of the value; write a double quote inside as \\", a single '
        "quote inside single quotes as ''",
    ),
    "yaml.flow": (
        "YAML không hợp lệ: ngoặc {bracket} mở ở đây mà không đóng",
        "invalid YAML: a {bracket} opened here and never closed",
    ),
    "yaml.hint.flow": (
        "đóng ngoặc ở cuối danh sách, các mục cách nhau bằng dấu phẩy; giá trị có ngoặc hay "
        "dấu phẩy thì đặt trong dấu nháy kép",
        "close the bracket at the end of the list, items separated by commas; a value holding "
        "a bracket or a comma goes in double quotes",
    ),
    "yaml.hint.general": (
        "kiểm tra dòng này và các dòng ngay trên: thụt lề thẳng cột bằng dấu cách, dấu hai chấm "
        "sau mỗi khóa, dấu nháy và ngoặc đóng mở đủ đôi",
        "check this line and the ones just above: indentation in line with spaces, a colon "
        "after each key, quotes and brackets closed",
    ),
    "yaml.escape": (
        "YAML không hợp lệ: trong dấu nháy kép có một dấu \\ không tạo thành ký tự thoát nào",
        "invalid YAML: a \\ inside double quotes that starts no escape",
    ),
    "yaml.hint.escape": (
        "viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn",
        "write \\\\ for one \\, or put the value in single quotes",
    ),
    "yaml.anchor": (
        "YAML không hợp lệ: sau & hoặc * thiếu tên neo",
        "invalid YAML: an & or a * without an anchor name",
    ),
    "yaml.hint.anchor": (
        "giá trị bắt đầu bằng & hoặc * thì đặt trong dấu nháy kép",
        "put a value starting with & or * in double quotes",
    ),
    "yaml.block_scalar": (
        "YAML không hợp lệ: sau dấu | hoặc > có ký tự không được phép",
        "invalid YAML: a character after | or > that may not stand there",
    ),
    "yaml.hint.block_scalar": (
        "sau | hoặc > chỉ được có -, + hoặc một chữ số, rồi xuống dòng; văn bản viết ở các "
        "dòng sau, thụt vào sâu hơn khóa",
        "after | or > only -, + or a digit may follow, then a line break; the text goes on the "
        "next lines, indented deeper than the key",
    ),
    "yaml.document": (
        "YAML không hợp lệ: còn nội dung sau khi tài liệu đã kết thúc",
        "invalid YAML: more content after the document has ended",
    ),
    "yaml.hint.document": (
        "tệp chỉ chứa một tài liệu: xóa dòng --- hoặc ... thừa, hoặc dấu ngoặc đóng thừa",
        "the file holds one document: remove the extra --- or ... line, or the extra "
        "closing bracket",
    ),
    "yaml.no_value": (
        "YAML không hợp lệ: ở đây cần một giá trị",
        "invalid YAML: a value is needed here",
    ),
    "yaml.hint.no_value": (
        "viết giá trị sau dấu hai chấm hoặc dấu gạch đầu dòng; giá trị bắt đầu bằng dấu đóng "
        "ngoặc hoặc dấu phẩy thì đặt trong dấu nháy kép",
        "write the value after the colon or the dash; a value starting with a closing bracket "
        "or a comma goes in double quotes",
    ),
    "yaml.tag_here": (
        "YAML không hợp lệ: thẻ (!...) ở đây không dùng được",
        "invalid YAML: a tag (!...) that cannot be used here",
    ),
    "yaml.hint.tag_here": (
        "bỏ thẻ bắt đầu bằng ! ; giá trị bắt đầu bằng ! thì đặt trong dấu nháy kép",
        "remove the tag starting with ! ; put a value starting with ! in double quotes",
    ),
    "yaml.bad_tag": (
        "YAML không hợp lệ: không dùng được thẻ {tag}",
        "invalid YAML: {detail}",
    ),
    # A complaint the table in registry/yaml_problems.py does not know: no English in
    # Vietnamese; English runs keep the parser's own words.
    "yaml.unclear": (
        "YAML không hợp lệ: không đọc được cấu trúc ở đây",
        "invalid YAML: {detail}",
    ),
    # pydantic's error types in words (registry/pydantic_words.py)
    "load.range_both": (
        "phải từ {low} đến {high}, không phải {value}",
        "must be from {low} to {high}, not {value}",
    ),
    "load.range_low": (
        "phải từ {low} trở lên, không phải {value}",
        "must be {low} or more, not {value}",
    ),
    "load.range_high": (
        "phải không quá {high}, không phải {value}",
        "must be at most {high}, not {value}",
    ),
    "load.range_above": (
        "phải lớn hơn {limit}, không phải {value}",
        "must be above {limit}, not {value}",
    ),
    "load.range_below": (
        "phải nhỏ hơn {limit}, không phải {value}",
        "must be below {limit}, not {value}",
    ),
    "load.range_multiple": (
        "phải là bội của {limit}, không phải {value}",
        "must be a multiple of {limit}, not {value}",
    ),
    "load.hint.range": (
        "sửa thành một số trong khoảng cho phép (docs/registry-format.md)",
        "write a number within the allowed range (docs/registry-format.md)",
    ),
    "load.too_long": ("quá dài: tối đa {limit}", "too long: at most {limit}"),
    "load.too_short": ("quá ngắn: ít nhất {limit}", "too short: at least {limit}"),
    "load.want_one_of": ("phải là một trong: {options}", "must be one of: {options}"),
    "load.invalid_key": (
        "khóa không hợp lệ: khóa phải là một từ hay một số, không phải danh sách hay mapping",
        "invalid key: a key is a word or a number, not a list or a mapping",
    ),
    "load.hint.invalid_key": (
        "viết khóa như các dòng khác (ví dụ notes:), bỏ dấu '?' và ngoặc vuông quanh khóa",
        "write the key as the other lines do (e.g. notes:), without '?' or brackets around it",
    ),
    "load.recursive": (
        "giá trị tự chứa chính nó (bí danh YAML *… trỏ về chỗ chứa nó)",
        "the value contains itself (a YAML alias *… points back to where it stands)",
    ),
    "load.hint.recursive": (
        "viết giá trị ra thay cho bí danh (&… / *…)",
        "write the value out instead of the alias (&… / *…)",
    ),
    "load.want_null": ("phải để trống", "must be left empty"),
    "load.missing_value": ("thiếu giá trị", "a value is missing"),
    "load.not_allowed_here": ("không được có ở đây", "is not allowed here"),
    "load.wrong_kind": (
        "không đúng loại giá trị mà trường này nhận",
        "is not the kind of value this field takes",
    ),
    "load.hint.format": (
        "xem dạng của trường này trong docs/registry-format.md (hoặc docs/progress.md)",
        "see the form of this field in docs/registry-format.md (or docs/progress.md)",
    ),
    # control characters in a registry's texts (registry/rules_unseen.py)
    "rule.target_control": (
        "chỉ tiêu {target}: '{field}' có ký tự điều khiển ({character})",
        "target {target}: '{field}' holds a control character ({character})",
    ),
    "rule.document_control": (
        "{field} có ký tự điều khiển ({character})",
        "{field} holds a control character ({character})",
    ),
    "rule.hint.control": (
        "xóa ký tự đó: ký tự điều khiển (ESC, BEL …) không in ra được, trên màn hình lệnh nó "
        "đổi màu chữ, xóa màn hình; trong YAML nó thường là \\e, \\a … trong dấu nháy kép",
        "delete that character: a control character (ESC, BEL …) does not print, and on a "
        "terminal changes colours or clears the screen; in YAML it is usually \\e, \\a … "
        "inside double quotes",
    ),
}
