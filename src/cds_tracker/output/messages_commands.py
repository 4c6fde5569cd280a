"""Errors and hints of single commands, Vietnamese and English: part of the one catalogue
(`output.words` merges it): files written with --out, plans of a workspace, formats a command
lacks, appendices to import, forms and letters."""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, tuple[str, str]] = {
    # writing a finished file (output/files.py)
    "file.not_regular_out": (
        "'{path}' là {kind}, không phải tệp thông thường; chưa ghi gì",
        "'{path}' is {kind}, not a regular file; nothing was written",
    ),
    "file.hint.regular_out": (
        "cho --out đường dẫn của một tệp mới hoặc một tệp thông thường",
        "give --out the path of a new or regular file",
    ),
    # a batch of files into one folder, all checked first (output/files.py write_documents)
    "file.some_exist": (
        "{count} trong {total} tệp đã có trong '{path}'; chưa ghi gì:",
        "{count} of the {total} {total:file|files} already {count:exists|exist} in '{path}'; "
        "nothing was written:",
    ),
    "file.batch_exists": ("đã tồn tại", "already exists"),
    "file.batch_not_regular": (
        "là {kind}, không phải tệp thông thường; cds không ghi vào đó, kể cả với --force",
        "is {kind}, not a regular file; cds does not write there, even with --force",
    ),
    "file.batch_refused": ("{reason}", "{reason}"),
    "file.hint.force_all": (
        "chọn --out khác, hoặc thêm --force để ghi đè",
        "choose another --out, or add --force to replace them",
    ),
    "file.hint.force_regular": (
        "chọn --out khác, hoặc chuyển các tệp nêu trên đi chỗ khác (--force chỉ ghi đè tệp"
        " thường mà bạn được ghi)",
        "choose another --out, or move the files above away (--force replaces only regular"
        " files you may write)",
    ),
    "file.batch_part_written": (
        "không ghi được {path}: {reason}; đã ghi {done} trong {total} tệp vào '{folder}', còn"
        " {left} tệp chưa ghi:",
        "could not write {path}: {reason}; {done} of the {total} {total:file|files} {done:was|were}"
        " written into '{folder}', {left} {left:was|were} not:",
    ),
    "file.batch_written": ("đã ghi", "written"),
    "file.batch_unwritten": ("chưa ghi", "not written"),
    "file.hint.batch_again": (
        "khắc phục lỗi trên rồi chạy lại lệnh với --force (các tệp đã ghi sẽ được ghi lại)",
        "fix the cause above, then run the command again with --force (the files already"
        " written are written again)",
    ),
    "file.dangling": (
        "--out: '{path}' là liên kết tượng trưng trỏ tới chỗ không tồn tại ({target}); chưa ghi gì",
        "--out: '{path}' is a symbolic link to nothing ({target}); nothing was written",
    ),
    "file.hint.dangling": (
        "xóa liên kết đó, hoặc cho --out một thư mục khác",
        "remove the link, or give --out another folder",
    ),
    # the plans of a workspace (app/workspace.py)
    "plan.no_such": (
        "{option}: không có kế hoạch '{name}' trong thư mục làm việc này (các kế hoạch: {names})",
        "{option}: no plan '{name}' in this workspace (plans: {names})",
    ),
    "plan.none": ("không có", "none"),
    "find.padded_name": (
        "tên thư mục có dấu cách ở đầu hoặc cuối, nên --plan không chọn được nó (--plan '{name}' "
        "là kế hoạch cùng tên không có dấu cách); đặt lại tên thư mục",
        "the folder's name has spaces at its ends, so --plan cannot choose it (--plan '{name}' "
        "is the plan of that name without them); rename the folder",
    ),
    "find.same_name": (
        "tên thư mục này (ghi dạng {form}) và thư mục {folders} là cùng một tên '{name}', ghi "
        "theo hai cách mã hóa Unicode (NFD: dấu ghi rời, như máy Mac ghi), nên --plan không "
        "biết chọn thư mục nào; giữ một thư mục, gộp hoặc đổi tên thư mục kia",
        "this folder's name (written {form}) and the folder {folders} are one name '{name}' "
        "in two Unicode encodings (NFD: accents apart, as a Mac writes them), so --plan cannot "
        "tell which is meant; keep one folder, merge or rename the other",
    ),
    "plan.not_a_word": (
        "{option} {name}: tên thư mục '{folder}' có khoảng trắng, mà `carried_from` và "
        "`carried_to` ghi tên kế hoạch liền một từ (như 2023/II.4), nên không chuyển chỉ tiêu "
        "được; chưa ghi gì",
        "{option} {name}: the folder's name '{folder}' has spaces, while `carried_from` and "
        "`carried_to` write a plan's name as one word (as in 2023/II.4), so no target can be "
        "carried over; nothing written",
    ),
    "plan.hint.not_a_word": (
        "đổi tên thư mục '{folder}' thành {renamed} (một từ, không khoảng trắng), rồi chạy lại "
        "lệnh với {option} {word}",
        "rename the folder '{folder}' to {renamed} (one word, no spaces), then run the command "
        "again with {option} {word}",
    ),
    "plan.fallback": (
        "cds: không có kế hoạch {year}; dùng kế hoạch {plan}, kế hoạch mới nhất (năm {latest})"
        " (--plan để chọn kế hoạch khác)",
        "cds: no plan for {year}; using plan {plan}, the latest (year {latest}) (--plan to"
        " choose another)",
    ),
    "plan.fallback_tied": (
        "cds: không có kế hoạch {year}; dùng kế hoạch {plan}, kế hoạch mới nhất (năm {latest};"
        " trong các kế hoạch cùng năm {names}: thư mục mang đúng tên năm, nếu không thì tên xếp"
        " sau cùng) (--plan để chọn kế hoạch khác)",
        "cds: no plan for {year}; using plan {plan}, the latest (year {latest}; of the plans of"
        " that year, {names}: the folder named just the year, else the name that sorts last)"
        " (--plan to choose another)",
    ),
    "plan.fallback_unread": (
        "cds: không có kế hoạch {year}; dùng kế hoạch {plan}, tên xếp sau cùng (không đọc được"
        " năm ở đầu sổ đăng ký của kế hoạch nào) (--plan để chọn kế hoạch khác)",
        "cds: no plan for {year}; using plan {plan}, the name that sorts last (no plan's"
        " registry heading states a year that could be read) (--plan to choose another)",
    ),
    "plan.hint.list": ("chạy 'cds plans' để xem danh sách", "run 'cds plans' to list them"),
    "plan.no_workspace": (
        "{option}: không có thư mục plans/ ở đây hay ở các thư mục cha",
        "{option}: no plans/ folder here or above",
    ),
    "plan.hint.workspace": (
        "thư mục làm việc giữ mỗi kế hoạch ở plans/<tên>/phu_luc_01.yaml",
        "a workspace keeps each plan in plans/<name>/phu_luc_01.yaml",
    ),
    "plan.hint.default": (
        "kế hoạch {name} được dùng vì không chọn kế hoạch nào và {why}; dùng kế hoạch khác: "
        "--plan {other} (xem các kế hoạch: cds plans)",
        "plan {name} answered as no plan was chosen and {why}; to use another: --plan {other} "
        "(see the plans: cds plans)",
    ),
    "plan.because_asked": (
        "nó là kế hoạch của năm được hỏi ({year})",
        "it is the plan of the year asked about ({year})",
    ),
    "plan.because_this_year": (
        "nó là kế hoạch của năm nay ({year})",
        "it is this year's plan ({year})",
    ),
    "plan.because_latest": (
        "nó là kế hoạch mới nhất (không có kế hoạch {year})",
        "it is the latest (there is no plan {year})",
    ),
    "plans.no_workspace": (
        "ở đây không có thư mục làm việc nhiều kế hoạch (không có thư mục plans/ ở đây "
        "hay ở các thư mục cha)",
        "there is no workspace of plans here (no plans/ folder here or above)",
    ),
    "plans.hint.init": (
        "mỗi kế hoạch một thư mục: plans/2023/, plans/2024/ …; tạo bằng 'cds init plans/{year}' "
        "(kế hoạch {year} đi kèm cds) hoặc 'cds import KE-HOACH.docx --out "
        "plans/2024/phu_luc_01.yaml', rồi chạy cds ở thư mục chứa plans/",
        "one folder per plan: plans/2023/, plans/2024/ …; make one with 'cds init plans/{year}' "
        "(plan {year}, bundled with cds) or 'cds import PLAN.docx --out "
        "plans/2024/phu_luc_01.yaml', then run cds in the folder that holds plans/",
    ),
    "plans.left_out": (
        "{count} kế hoạch bị bỏ qua vì dữ liệu có lỗi: {names}; các kế hoạch khác vẫn được trả lời",
        "{count} {count:plan was|plans were} left out, {count:its|their} data is invalid: "
        "{names}; the others answered",
    ),
    "plans.hint.validate": ("xem mọi lỗi: {commands}", "see every problem: {commands}"),
    # a format a command does not have (output/emit.py)
    "emit.no_csv": ("'cds {command}' không có dạng CSV", "'cds {command}' has no CSV form"),
    "emit.hint.json": ("dùng --format json", "use --format json"),
    # a Word or Excel file past a sane size (registry/importing/limits.py)
    "import.limit.refused": (
        "{where}: tệp quá lớn để là một phụ lục, không đọc: {what}",
        "{where}: too large for an appendix, not read: {what}",
    ),
    "import.limit.refused_far": (
        "{where}: trang tính có ô ở quá xa bảng để là một phụ lục, không đọc: {what}",
        "{where}: the sheet has a cell too far past any appendix table, not read: {what}",
    ),
    "import.hint.far": (
        "có thể một ô gõ nhầm ở xa (Ctrl+End để đến ô đó): xóa các dòng và cột sau bảng, lưu, "
        "rồi nhập lại",
        "perhaps a cell typed far away by mistake (Ctrl+End goes to it): delete the rows and "
        "columns after the table, save, and import again",
    ),
    "import.limit.refused_deep": (
        "{where}: nội dung lồng nhau quá sâu để là một phụ lục, không đọc: {what}",
        "{where}: nested too deep for an appendix, not read: {what}",
    ),
    "import.hint.deep": (
        "một ô của phụ lục thật không chứa bảng trong bảng nhiều cấp: thay các bảng lồng bằng "
        "các dòng văn bản, lưu, rồi nhập lại",
        "a real appendix's cell holds no tables in tables many levels deep: replace the nested "
        "tables with lines of text, save, and import again",
    ),
    "import.limit.where": ("{file}, {place}", "{file}, {place}"),
    "import.limit.sheet": ("trang tính thứ {number}", "sheet {number}"),
    "import.limit.document": ("nội dung văn bản", "the document's body"),
    "import.limit.size": (
        "nặng {found} byte (tối đa {limit})",
        "is {found} bytes (at most {limit})",
    ),
    "import.limit.unpacked": (
        "giải nén ra {found} byte (tối đa {limit})",
        "unpacks to {found} bytes (at most {limit})",
    ),
    "import.limit.rows": (
        "có dòng thứ {found} (tối đa {limit})",
        "has row {found} (at most {limit})",
    ),
    "import.limit.columns": (
        "có cột thứ {found} (tối đa {limit})",
        "has column {found} (at most {limit})",
    ),
    "import.limit.listed": (
        "danh sách trang tính của sổ có hơn {limit} mục",
        "the workbook lists more than {limit} sheets",
    ),
    "import.limit.cells": (
        "có hơn {limit} ô (kể cả ô gộp)",
        "has more than {limit} cells (merged ones counted)",
    ),
    "import.limit.area": (
        "trải trên {found} ô (số dòng × số cột đến ô cuối, mọi trang tính cộng lại;"
        " tối đa {limit})",
        "spans {found} cells (rows × columns up to the last cell, all sheets together;"
        " at most {limit})",
    ),
    "import.limit.paragraphs": ("có hơn {limit} đoạn văn", "has more than {limit} paragraphs"),
    "import.limit.parts": (
        "có {found} phần XML (tối đa {limit})",
        "has {found} XML parts (at most {limit})",
    ),
    "import.limit.elements": (
        "có hơn {limit} phần tử XML",
        "has more than {limit} XML elements",
    ),
    "import.limit.records": (
        "có hơn {limit} mục ngoài các ô (kiểu định dạng, phông chữ, tên, quy tắc…)",
        "has more than {limit} entries besides cells (formats, fonts, names, rules…)",
    ),
    "import.limit.strings": (
        "có hơn {limit} chuỗi dùng chung (shared strings)",
        "has more than {limit} shared strings",
    ),
    "import.limit.span": (
        "một ô trải trên {found} cột (gridSpan; tối đa {limit})",
        "a cell spans {found} columns (gridSpan; at most {limit})",
    ),
    "import.limit.cell_text": (
        "một ô có {found} ký tự (tối đa {limit})",
        "a cell holds {found} characters (at most {limit})",
    ),
    "import.limit.table_text": (
        "các ô của bảng cộng lại có hơn {limit} ký tự, giới hạn của cả bảng (đến dòng {row} đã "
        "có {found})",
        "the table's cells together hold more than {limit} characters, the whole table's limit "
        "(up to row {row}: {found})",
    ),
    "import.limit.table": ("bảng {table}", "table {table}"),
    "import.limit.sheet_named": ("trang tính '{sheet}'", "the sheet '{sheet}'"),
    "import.limit.text": (
        "có một đoạn chữ {found} ký tự (tối đa {limit})",
        "holds a text of {found} characters (at most {limit})",
    ),
    "import.limit.before": (
        "các đoạn văn trước bảng {table}",
        "the paragraphs before table {table}",
    ),
    "import.limit.line": (
        "có {found} ký tự (tối đa {limit} một đoạn)",
        "hold {found} characters (at most {limit} a paragraph)",
    ),
    "import.limit.lines": (
        "có tất cả {found} ký tự (tối đa {limit})",
        "hold {found} characters in all (at most {limit})",
    ),
    "import.limit.depth": (
        "có phần tử lồng sâu {found} cấp, như bảng trong bảng (tối đa {limit})",
        "nests elements {found} deep, as tables in tables (at most {limit})",
    ),
    "import.hint.text": (
        "một ô của phụ lục thật chỉ dài vài trăm ký tự: xem lại ô này (tối đa {limit} ký tự một ô)",
        "a real appendix's cell holds some hundred characters: check this one"
        " (at most {limit} characters a cell)",
    ),
    "import.hint.table_text": (
        "đây là tổng của cả bảng, không phải một ô dài: gấp hàng chục lần một phụ lục thật "
        "(phụ lục 31 chỉ tiêu: khoảng 12.000 ký tự): xem bảng có các dòng bị chép lặp hay một "
        "bảng khác dán vào không, bỏ phần thừa, lưu rồi nhập lại (tối đa {limit} ký tự một bảng)",
        "this is the whole table's total, not one long cell: dozens of times a real appendix "
        "(the 31-target appendix: some 12,000 characters): look for rows copied over and over "
        "or another table pasted in, delete what does not belong, save and import again (at "
        "most {limit} characters a table)",
    ),
    "import.no_cell_above": (
        "{where}: ô gộp dọc (vMerge) nối vào ô phía trên nhưng phía trên không có ô nào ở cột này,"
        " không đọc",
        "{where}: a cell merged down (vMerge) continues the cell above, but no cell above starts"
        " at its column; not read",
    ),
    "import.bad_span": (
        "{where}: tệp hỏng: {tag} của ô là '{value}', không phải số cột (gridSpan: số nguyên từ 1;"
        " gridBefore, gridAfter: từ 0), không đọc",
        "{where}: the file is damaged: the cell's {tag} is '{value}', not a number of columns"
        " (gridSpan: a whole number from 1; gridBefore, gridAfter: from 0); not read",
    ),
    "import.hint.bad_span": (
        "mở tệp bằng Word, bỏ gộp rồi gộp lại các ô ở đó, lưu lại rồi nhập lại; hoặc chép riêng"
        " bảng phụ lục sang một tệp mới rồi nhập tệp đó",
        "open it in Word, unmerge and merge again the cells there, save and import again; or copy"
        " the appendix table alone into a new file and import that",
    ),
    "import.hint.no_cell_above": (
        "mở tệp bằng Word, bỏ gộp rồi gộp lại các ô ở đó, lưu lại rồi nhập lại",
        "open it in Word, unmerge and merge again the cells there, save and import again",
    ),
    "import.hint.limit": (
        "chép riêng bảng phụ lục sang một tệp mới rồi nhập tệp đó",
        "copy the appendix table alone into a new file and import that",
    ),
    "carry.changed_since": (
        "{path} đã thay đổi từ lúc đề xuất (một lệnh khác vừa ghi): chưa ghi gì, chạy lại lệnh",
        "{path} changed since the proposal (another command wrote it): nothing written, run again",
    ),
    "carry.taken_since": (
        "{count} chỉ tiêu của {path} đã được chuyển sang kế hoạch khác từ lúc đề xuất ({targets}):"
        " chưa ghi gì, chạy lại lệnh (các chỉ tiêu đã chuyển sẽ không được đề xuất nữa)",
        "{count} {count:target|targets} of {path} {count:was|were} carried to another plan since "
        "the proposal ({targets}): nothing written, run again (targets already carried are not "
        "proposed again)",
    ),
    # forms and letters (app/forms.py, questions/form_rows.py, app/document_commands.py,
    # app/documents.py)
    "form.out_one_unit": (
        "--out TỆP.xlsx chỉ chứa phiếu của một đơn vị",
        "--out FILE.xlsx holds the form of one unit",
    ),
    "form.hint.one_unit": (
        "cho --unit một đơn vị, hoặc cho --out một thư mục để mỗi đơn vị có một phiếu",
        "give --unit a single unit, or give --out a folder for one form per unit",
    ),
    "form.collective": (
        "'{unit}' là một tập thể: mỗi thành viên nhận một phiếu riêng",
        "'{unit}' is a collective: a form goes to each of its members",
    ),
    "form.hint.members": (
        "cho --out một thư mục để tạo phiếu cho từng thành viên",
        "give --out a folder to make one form per member",
    ),
    "remind.notice_wide": (
        "ghi chú: bảng trong văn bản đôn đốc rộng hơn màn hình; để đọc hoặc sửa, ghi ra tệp: "
        "--out nhac-viec/ (Markdown) hoặc --format docx --out don-doc/ (Word)",
        "note: the notes' tables are wider than the screen; to read or edit them, write them "
        "to files: --out notes/ (Markdown) or --format docx --out letters/ (Word)",
    ),
    "remind.json_out": (
        "--out ghi mỗi đơn vị một văn bản (markdown hoặc --format docx); --format json in ra một "
        "danh sách cho chương trình khác đọc, không ghi vào thư mục",
        "--out writes one note per unit (markdown or --format docx); --format json prints one "
        "list for other programs to read, not into a folder",
    ),
    "remind.hint.json_out": (
        "bỏ --out, hoặc ghi JSON vào tệp: cds remind --format json > nhac-viec.json",
        "leave out --out, or put the JSON in a file: cds remind --format json > reminders.json",
    ),
    "remind.with_form_needs_out": (
        "--with-form cần --out THƯ_MỤC: phiếu báo cáo là các tệp đặt cạnh văn bản đôn đốc",
        "--with-form needs --out DIR: the forms are files beside the notes",
    ),
    "remind.hint.docx_out": (
        "ví dụ: cds remind --format docx --out don-doc/",
        "e.g. cds remind --format docx --out letters/",
    ),
    "summary.hint.docx_out": ("ví dụ: --out bao-cao.docx", "e.g. --out report.docx"),
    "send.log_not_regular": (
        "{path}: nhật ký gửi phải là một tệp thông thường; không ghi thêm gì vào nhật ký",
        "{path}: the send log must be a regular file; nothing more was logged",
    ),
    "form.days_late": ("({days} ngày)", "({days} {days:day|days})"),
}
