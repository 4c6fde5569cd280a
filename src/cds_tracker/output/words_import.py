"""The words of what `cds import` finds in a table's cells beyond the plan's own words
(words_plans.py): a required cell left empty, text Word or Excel keeps out of sight, a cell
that holds no text at all (a time, a duration, true/false), the numbering and the groups."""

from __future__ import annotations

_TEXT_DEADLINE = (
    'ghi thời hạn bằng chữ như văn bản kế hoạch ("Tháng 6/2024", "Thường xuyên"), định dạng ô '
    "là Text, rồi nhập lại"
)
_TEXT_DEADLINE_EN = (
    'write the deadline as text, as the plan states it ("Tháng 6/2024", "Thường xuyên"), the '
    "cell formatted as Text, and import again"
)
IMPORT_LABELS: dict[str, tuple[str, str]] = {
    "import_empty_lead": (
        "ô 'Đơn vị chủ trì' trống: không có đơn vị nào để đôn đốc",
        "the 'Đơn vị chủ trì' (lead unit) cell is empty: no unit to urge",
    ),
    "import_empty_lead_hint": (
        "ghi đơn vị chủ trì vào ô đó (như văn bản kế hoạch) rồi nhập lại, hoặc ghi vào "
        "lead của chỉ tiêu trong tệp đã nhập",
        "write the lead unit in that cell (as the plan states it) and import again, or in the "
        "target's lead in the imported file",
    ),
    "rule.empty_lead": (
        "chỉ tiêu {id} không có đơn vị chủ trì (lead trống)",
        "target {id} has no lead unit (its lead is empty)",
    ),
    "rule.hint.empty_lead": (
        "ghi đơn vị chủ trì như văn bản kế hoạch, ví dụ `text: Phòng Nội vụ` và `units: "
        "[phong-noi-vu]`; chỉ tiêu không ai chủ trì thì không ai bị đôn đốc",
        "write the lead unit as the plan states it, e.g. text: Phòng Nội vụ and units: "
        "[phong-noi-vu]; a target nobody leads is urged to nobody",
    ),
    "late_nobody_owes": (
        "Không đơn vị nào phải báo cáo",
        "No unit must report",
    ),
    "import_read_tracked": (
        "ô có thay đổi được theo dõi (Track Changes) chưa chấp nhận: đọc như khi đã chấp nhận "
        "(giữ phần chèn, bỏ phần xóa)",
        "the cell holds tracked changes not accepted yet: read as if accepted (insertions kept, "
        "deletions dropped)",
    ),
    "import_read_tracked_hint": (
        "nếu không đúng ý, chấp nhận hoặc từ chối từng thay đổi (Review → Accept/Reject), lưu, "
        "rồi nhập lại",
        "if that is not what the plan says, accept or reject each change (Review → "
        "Accept/Reject), save, and import again",
    ),
    "import_read_nested": (
        "ô có bảng lồng bên trong: mỗi ô của bảng đó được đọc thành một dòng",
        "the cell holds a nested table: each of its cells is read as a line",
    ),
    "import_read_nested_hint": (
        "kiểm tra nội dung đã nhập của ô này; nếu cần, thay bảng lồng bằng các dòng văn bản "
        "rồi nhập lại",
        "check this cell's imported text; if needed, replace the nested table with lines of "
        "text and import again",
    ),
    "import_read_deleted_row": (
        "dòng đã bị xóa (thay đổi được theo dõi): bỏ qua",
        "a row deleted as a tracked change: skipped",
    ),
    "import_read_deleted_row_hint": (
        "nếu dòng này còn hiệu lực, từ chối thay đổi (Review → Reject), lưu, rồi nhập lại",
        "if the row still stands, reject the change (Review → Reject), save, and import again",
    ),
    "import_twin_column": (
        "hai cột cùng tiêu đề '{text}': không biết cột nào là cột cần đọc",
        "two columns are titled '{text}': which one to read cannot be told",
    ),
    "import_twin_column_hint": (
        "xóa hoặc đổi tiêu đề cột thừa (kể cả cột đang ẩn) rồi nhập lại",
        "delete or retitle the extra column (a hidden one too) and import again",
    ),
    "import_twin_group": (
        "nhóm {id} cùng tên với nhóm {first} ('{title}')",
        "group {id} has the same title as group {first} ('{title}')",
    ),
    "import_twin_group_hint": (
        "mỗi nhóm một tên riêng: sửa tên nhóm trong bảng (hoặc gộp hai nhóm) rồi nhập lại",
        "give each group its own title: correct it in the table (or merge the two groups) and "
        "import again",
    ),
    "import_number_gap": (
        "số thứ tự nhảy từ {before} lên {number}: không có {missing}",
        "the numbering jumps from {before} to {number}: there is no {missing}",
    ),
    "import_read_hidden_sheet": (
        "trang tính '{sheet}' đang ẩn: bỏ qua, không đọc",
        "sheet '{sheet}' is hidden: skipped, not read",
    ),
    "import_read_hidden_sheet_hint": (
        "nếu bảng phụ lục nằm ở trang đó, bỏ ẩn (chuột phải vào tên trang → Unhide), lưu, rồi "
        "nhập lại",
        "if the appendix table is on that sheet, unhide it (right-click a sheet tab → Unhide), "
        "save, and import again",
    ),
    "import_read_hidden_row": (
        "dòng đang ẩn: bỏ qua ({text})",
        "hidden row: skipped ({text})",
    ),
    "import_read_hidden_row_hint": (
        "nếu dòng này thuộc kế hoạch, bỏ ẩn (Unhide) rồi nhập lại",
        "if the row belongs to the plan, unhide it and import again",
    ),
    "import_read_flat_row": (
        "dòng thấp gần bằng 0 (dưới 3 pt), Excel hiện như dòng ẩn: bỏ qua ({text})",
        "row of almost no height (under 3 pt), which Excel shows as hidden: skipped ({text})",
    ),
    "import_read_flat_row_hint": (
        "nếu dòng này thuộc kế hoạch, đặt lại chiều cao dòng (Row Height, hoặc AutoFit) rồi "
        "nhập lại",
        "if the row belongs to the plan, set its height again (Row Height, or AutoFit) and "
        "import again",
    ),
    "import_sheet_copy": (
        "{where}: trang '{sheet}' chép lại phụ lục ở trang '{first}' (cùng các nhóm): không biết "
        "trang nào là kế hoạch, không nhập",
        "{where}: the sheet '{sheet}' copies the appendix on the sheet '{first}' (the same "
        "groups): which one is the plan is unknown, nothing imported",
    ),
    "import_sheet_copy_hint": (
        "giữ một trang: xóa (hoặc ẩn: chuột phải vào tên trang → Hide) trang không phải kế "
        "hoạch, '{sheet}' hay '{first}', lưu, rồi nhập lại",
        "keep one sheet: delete (or hide: right-click the sheet tab → Hide) the one that is not "
        "the plan, '{sheet}' or '{first}', save, and import again",
    ),
    "import_other_appendix": (
        "bảng này nằm dưới tiêu đề '{appendix}', một phụ lục khác: không đọc (số bảng bỏ qua, "
        "tính cả bảng này: {count})",
        "this table is under the heading '{appendix}', another appendix: not read (tables left "
        "out, this one included: {count})",
    ),
    "import_other_appendix_hint": (
        "nhập phụ lục đó riêng (chép bảng của nó sang một tệp mới); nếu bảng thuộc phụ lục đang "
        "nhập, xóa dòng tiêu đề đó rồi nhập lại",
        "import that appendix on its own (copy its table into a new file); if the table belongs "
        "to the appendix being imported, delete that heading line and import again",
    ),
    "import_deadline_before_plan": (
        "thời hạn '{text}' trước năm của kế hoạch ({year}): chỉ tiêu đến hạn trước khi có kế hoạch",
        "the deadline '{text}' is before the plan's year ({year}): the target falls due before "
        "the plan exists",
    ),
    "import_deadline_before_plan_hint": (
        "nếu năm gõ nhầm, sửa trong bảng rồi nhập lại; nếu là chỉ tiêu chưa xong của kế hoạch năm "
        "trước, chuyển sang bằng cds carry-over (ghi nguồn chuyển tiếp, `carried_from`)",
        "if the year was mistyped, correct it in the table and import again; if it is an "
        "unfinished target of the year before's plan, bring it over with cds carry-over (which "
        "records its origin, carried_from)",
    ),
    "import_deadline_after_plan": (
        "thời hạn '{text}' sau năm của kế hoạch ({year}): chỉ tiêu đến hạn khi kế hoạch năm "
        "{year} đã hết",
        "the deadline '{text}' is after the plan's year ({year}): the target falls due after "
        "the plan of {year} has ended",
    ),
    "import_deadline_after_plan_hint": (
        "nếu năm gõ nhầm, sửa trong bảng rồi nhập lại; nếu văn bản gốc ghi đúng như vậy (chỉ "
        "tiêu kéo dài sang năm sau), giữ nguyên",
        "if the year was mistyped, correct it in the table and import again; if the signed "
        "plan says so (the target runs into the next year), keep it",
    ),
    "import_auto_numbers": (
        "số thứ tự của bảng do Word tự đánh (Numbering), không có trong chữ của ô: đọc như Word "
        "hiện, từ '{text}'",
        "the table's numbers are Word's automatic numbering, not in the cells' text: read as "
        "Word shows them, from '{text}'",
    ),
    "import_auto_numbers_hint": (
        "so với văn bản Word hiện; để chắc chắn, gõ số thứ tự vào các ô (Home → Numbering → "
        "None) rồi nhập lại",
        "compare with what Word shows; to be sure, type the numbers into the cells (Home → "
        "Numbering → None) and import again",
    ),
    "import_auto_number": (
        "số thứ tự do Word tự đánh (Numbering) theo kiểu không đọc được chính xác; dòng này "
        "chưa thành chỉ tiêu",
        "the number is Word's automatic numbering in a format not read exactly; this row is "
        "not a target yet",
    ),
    "import_no_targets_auto": (
        "{count} dòng có số thứ tự do Word tự đánh (Numbering) theo kiểu không đọc được chính "
        "xác, dòng đầu ở {where}",
        "{count} {count:row is|rows are} numbered by Word's automatic numbering in a format not "
        "read exactly, "
        "the first at {where}",
    ),
    "import_auto_number_hint": (
        "gõ số thứ tự vào ô (Home → Numbering → None, rồi gõ 1, 2 …) rồi nhập lại",
        "type the number into the cell (Home → Numbering → None, then type 1, 2 …) and import "
        "again",
    ),
    "import_read_hidden_column": (
        "cột đang ẩn: bỏ qua ({text})",
        "hidden column: skipped ({text})",
    ),
    "import_read_hidden_column_hint": (
        "nếu cột này thuộc kế hoạch, bỏ ẩn (Unhide) rồi nhập lại",
        "if the column belongs to the plan, unhide it and import again",
    ),
    "import_deadline_time": (
        "ô giờ '{text}', không phải thời hạn",
        "a time cell '{text}', not a deadline",
    ),
    "import_deadline_duration": (
        "ô khoảng thời gian '{text}', không phải thời hạn",
        "a duration cell '{text}', not a deadline",
    ),
    "import_deadline_boolean": (
        "ô đúng/sai '{text}', không phải thời hạn",
        "a true/false cell '{text}', not a deadline",
    ),
    "import_deadline_time_hint": (_TEXT_DEADLINE, _TEXT_DEADLINE_EN),
    "import_deadline_duration_hint": (_TEXT_DEADLINE, _TEXT_DEADLINE_EN),
    "import_deadline_boolean_hint": (_TEXT_DEADLINE, _TEXT_DEADLINE_EN),
    "import.out_folder": (
        "'{out}' là một thư mục (kết thúc bằng '/'): --out là tên tệp sổ đăng ký; chưa ghi gì",
        "'{out}' names a folder (it ends with '/'): --out is the registry file's name; nothing "
        "was written",
    ),
    "import.hint.out_folder": (
        "ghi tên tệp, ví dụ --out plans/2024/phu_luc_01.yaml",
        "give a file name, e.g. --out plans/2024/phu_luc_01.yaml",
    ),
    # the appendix's header without a group row under it (app/importing.py, attack20 F8)
    "import_lettered_groups": (
        "{where}: dòng nhóm '{text}' đánh số bằng chữ cái; cds chỉ đọc nhóm đánh số La Mã (I., "
        "II., …), nên bảng có đủ tiêu đề cột của phụ lục mà không có nhóm nào; chưa ghi gì",
        "{where}: the group row '{text}' is numbered with a letter; cds reads groups numbered in "
        "Roman numerals (I., II., …), so the table has the appendix's columns but no group; "
        "nothing was written",
    ),
    "import_lettered_groups_hint": (
        "đánh lại số các dòng nhóm bằng số La Mã: nhóm đầu 'I.', nhóm sau 'II.' … (mã chỉ tiêu "
        "là I.1, I.2 …), lưu rồi nhập lại",
        "renumber the group rows in Roman numerals: the first group 'I.', the next 'II.' … "
        "(target ids are I.1, I.2 …), save and import again",
    ),
    "import_ungrouped": (
        "{where}: bảng có đủ tiêu đề cột của phụ lục nhưng không có dòng nhóm nào (I., II., …) "
        "trên các chỉ tiêu; chưa ghi gì",
        "{where}: the table has the appendix's column titles but no group row (I., II., …) above "
        "its targets; nothing was written",
    ),
    "import_ungrouped_hint": (
        "mỗi chỉ tiêu thuộc một nhóm (mã chỉ tiêu là I.1, I.2 …): thêm dòng nhóm như 'I. Dữ liệu "
        "số' ngay trên chỉ tiêu đầu tiên, như văn bản kế hoạch, lưu rồi nhập lại",
        "each target belongs to a group (target ids are I.1, I.2 …): add a group row such as "
        "'I. Dữ liệu số' just above the first target, as in the plan, save and import again",
    ),
    "import_no_targets": (
        "bảng phụ lục trong {file} không có chỉ tiêu nào (chỉ có dòng tiêu đề hoặc dòng nhóm); "
        "chưa ghi gì",
        "the appendix table in {file} holds no target (only header or group rows); nothing was "
        "written",
    ),
    "import_no_targets_hint": (
        "mỗi chỉ tiêu là một dòng đánh số 1, 2 … dưới dòng nhóm (I, II …): kiểm tra tệp đúng "
        "là phụ lục của kế hoạch",
        "each target is a row numbered 1, 2 … under a group row (I, II …): check the file is "
        "the plan's appendix",
    ),
    "import_zero_number": (
        "số thứ tự '{text}': chỉ tiêu đánh số từ 1; dòng này chưa thành chỉ tiêu",
        "number '{text}': targets are numbered from 1; this row is not made a target",
    ),
    "import_zero_number_hint": (
        "sửa số thứ tự trong bảng rồi nhập lại; nội dung dòng này được giữ trong `needs_review` "
        "(chỗ cần quyết định)",
        "correct the number in the table and import again; this row's text is kept in needs_review",
    ),
    "import_number_gap_first": (
        "số thứ tự của nhóm bắt đầu từ {number}: không có {missing}",
        "the group's numbering starts at {number}: there is no {missing}",
    ),
    "import_read_vanished": (
        "ô có chữ định dạng ẩn (Hidden), Word không hiện: bỏ qua ({text})",
        "the cell holds text formatted as hidden, which Word does not show: skipped ({text})",
    ),
    "import_read_vanished_hint": (
        "nếu phần chữ đó thuộc kế hoạch, bỏ định dạng ẩn (Font → Hidden) rồi nhập lại",
        "if that text belongs to the plan, clear its hidden format (Font → Hidden) and import "
        "again",
    ),
    "import_read_placeholder": (
        "ô có trường nhập liệu chưa điền, Word chỉ hiện chữ gợi ý màu xám: ô trống, không "
        "đọc ({text})",
        "the cell holds a content control nobody filled in, which Word shows as its grey "
        "prompt: read as empty ({text})",
    ),
    "import_read_placeholder_hint": (
        "nếu ô này cần nội dung, gõ vào trường đó (chữ gợi ý sẽ mất), lưu, rồi nhập lại",
        "if the cell needs a content, type it into the field (the prompt goes away), save, "
        "and import again",
    ),
    "import_number_format": (
        "ô có định dạng số '{format}' mà cds không đọc được: giữ giá trị lưu trong tệp '{text}', "
        "có thể khác chữ Excel hiện",
        "the cell's number format '{format}' is not one cds reads: the value stored in the file, "
        "'{text}', is kept, and may differ from what Excel shows",
    ),
    "import_number_format_hint": (
        "so với chữ Excel hiện trong ô: sửa chữ trong tệp đã nhập cho đúng rồi xóa dòng "
        "`needs_review` (chỗ cần quyết định), hoặc định dạng ô là Text, gõ lại như văn bản kế "
        "hoạch, rồi nhập lại",
        "compare it with what Excel shows in the cell: correct the text in the imported file and "
        "delete the needs_review line, or format the cell as Text, type it as the plan states "
        "it, and import again",
    ),
    "import_read_format_hidden": (
        "ô có giá trị '{text}' nhưng định dạng số '{format}' làm Excel không hiện gì: đọc là ô "
        "trống",
        "the cell holds '{text}' but its number format '{format}' makes Excel show nothing: read "
        "as empty",
    ),
    "import_read_format_hidden_hint": (
        "nếu giá trị đó thuộc kế hoạch, đổi định dạng ô (Format Cells → General hoặc Text), "
        "lưu, rồi nhập lại",
        "if that value belongs to the plan, change the cell's format (Format Cells → General or "
        "Text), save, and import again",
    ),
    "import_number_gap_hint": (
        "so với văn bản kế hoạch: nếu thiếu dòng, thêm dòng đó vào bảng rồi nhập lại; nếu số "
        "thứ tự gõ nhầm, sửa số trong bảng rồi nhập lại (mã chỉ tiêu theo số thứ tự)",
        "compare with the plan: if a row is missing, add it to the table and import again; if "
        "a number was mistyped, correct it in the table and import again (a target's id is its "
        "number)",
    ),
    "import_number_gap_first_hint": (
        "so với văn bản kế hoạch: nếu thiếu dòng đầu nhóm, thêm vào bảng rồi nhập lại; nếu số "
        "thứ tự gõ nhầm, sửa số trong bảng rồi nhập lại (mã chỉ tiêu theo số thứ tự)",
        "compare with the plan: if the group's first rows are missing, add them to the table "
        "and import again; if a number was mistyped, correct it in the table and import again "
        "(a target's id is its number)",
    ),
    "import_unseen_number": (
        "số thứ tự '{text}' có ký tự vô hình ({character}): đọc là '{number}'",
        "the number '{text}' holds an invisible character ({character}): read as '{number}'",
    ),
    "import_unseen_number_hint": (
        "xóa ký tự đó trong tệp gốc (gõ lại số thứ tự) để lần nhập sau không phải đoán",
        "delete that character in the source (retype the number) so that the next import need "
        "not guess",
    ),
    # A finding of validate's rules in the registry about to be written (app/import_check.py)
    "import_validate_refuses": (
        "'cds validate' sẽ từ chối sổ đăng ký được ghi",
        "'cds validate' would refuse the registry written",
    ),
    "import_heading_unseen": (
        "{field} có ký tự vô hình ({character}), giữ nguyên như trong tệp",
        "{field} holds an invisible character ({character}), kept as in the file",
    ),
    "import_heading_unseen_hint": (
        "xóa ký tự đó trong tệp đã nhập (hoặc trong tệp gốc rồi nhập lại): dấu hướng chữ đảo "
        "thứ tự chữ khi in trên mọi văn bản gửi đi; cds validate báo đến khi xóa",
        "delete that character in the imported file (or in the source, then import again): a "
        "direction mark reorders the words on every document sent; cds validate flags it until "
        "deleted",
    ),
    "rule.document_unseen": (
        "{field} có ký tự vô hình ({character})",
        "{field} holds an invisible character ({character})",
    ),
    # A heading field in words, its path after it (registry/rules_unseen.py `heading_field`).
    "rule.field_appendix": ("tên phụ lục ({field})", "the appendix's name ({field})"),
    "rule.field_title": ("tiêu đề phụ lục ({field})", "the appendix's title ({field})"),
    "rule.field_issuer": ("cơ quan ban hành ({field})", "the issuing body ({field})"),
    "rule.field_plan_reference": (
        "dòng trích dẫn kế hoạch ({field})",
        "the plan's reference line ({field})",
    ),
    "rule.field_group_title": ("tên nhóm {number} ({field})", "group {number}'s title ({field})"),
}
