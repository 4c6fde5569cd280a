"""Words of what `cds import` says of a table's columns (registry/importing/header_notes.py): a
required column missing, with the titles it is known by, and each column not read, at its
title, so that nothing a table holds is dropped without a word."""

from __future__ import annotations

COLUMN_LABELS: dict[str, tuple[str, str]] = {
    "import_missing_column_hint": (
        "cột này bắt buộc (đơn vị chủ trì là đơn vị được đôn đốc; thời hạn cho biết khi nào quá "
        "hạn); cds nhận các tiêu đề {accepted} (không phân biệt chữ hoa, dấu; bỏ qua phần trong "
        "ngoặc): đặt tiêu đề cột như vậy, hoặc thêm cột vào bảng, rồi nhập lại; hoặc ghi ô đó "
        "cho từng chỉ tiêu trong sổ đăng ký rồi xóa dòng `needs_review` (chỗ cần quyết định)",
        "this column is required (the lead units are whom the tool urges; the deadline says when "
        "a target is late); cds knows it by the titles {accepted} (in any case, with or without "
        "diacritics, what is in brackets aside): title the column so, or add it to the table, "
        "and import again; or write that cell into each target of the registry, then delete the "
        "needs_review line",
    ),
    "import_column_unread": (
        "cột '{text}' không được đọc: cds không biết tiêu đề này, các ô của cột không vào sổ "
        "đăng ký",
        "the column '{text}' is not read: cds does not know this title, its cells do not go "
        "into the registry",
    ),
    "import_column_unread_hint": (
        "nếu đây là một cột của sổ đăng ký, đặt một tiêu đề cds nhận rồi nhập lại: {accepted}; "
        "nếu không, không cần làm gì",
        "if it is one of the registry's columns, give it a title cds knows and import again: "
        "{accepted}; if not, nothing to do",
    ),
    "import_column_codes": (
        "cột '{text}' không được đọc: '{code}' không phải mã chỉ tiêu của cds (số La Mã của nhóm "
        "và số thứ tự, như 'I.1'); các ô của cột không vào sổ đăng ký",
        "the column '{text}' is not read: '{code}' is no cds target id (the group's Roman "
        "numeral and the number, as 'I.1'); its cells do not go into the registry",
    ),
    "import_column_codes_hint": (
        "cds đặt mã chỉ tiêu theo nhóm và số thứ tự ở cột 'Stt'; muốn giữ mã riêng của kế hoạch, "
        "chép mã vào cột 'Ghi chú' rồi nhập lại; nếu không, không cần làm gì",
        "cds gives each target its id from its group and its number in the 'Stt' column; to keep "
        "the plan's own codes, copy them into the 'Ghi chú' column and import again; if not, "
        "nothing to do",
    ),
    "import_column_untitled": (
        "cột không có tiêu đề nhưng có ô ghi chữ: không được đọc",
        "a column without a title holds text: not read",
    ),
    "import_column_untitled_hint": (
        "nếu đây là một cột của sổ đăng ký, đặt một tiêu đề cds nhận rồi nhập lại: {accepted}; "
        "nếu không, không cần làm gì",
        "if it is one of the registry's columns, give it a title cds knows and import again: "
        "{accepted}; if not, nothing to do",
    ),
    "import_column_start": (
        "cột '{text}' là thời gian bắt đầu hoặc thời gian thực hiện, không phải thời hạn hoàn "
        "thành: không đọc",
        "the column '{text}' is when a target starts or is carried out, not its deadline: not read",
    ),
    "import_column_start_hint": (
        "nếu chính cột này ghi thời hạn hoàn thành, đặt tiêu đề 'Thời gian hoàn thành' cho nó "
        "(và đổi tiêu đề của cột kia) rồi nhập lại",
        "if this column is the one that holds the deadline, title it 'Thời gian hoàn thành' "
        "(and retitle the other) and import again",
    ),
    "import_column_computed": (
        "cột '{text}' là kết quả theo dõi, cds tự tính từ tiến độ đã ghi: không đọc",
        "the column '{text}' is a tracking result, which cds computes from recorded progress: "
        "not read",
    ),
    "import_column_computed_hint": (
        "tiến độ ghi bằng `cds progress add` hoặc phiếu báo cáo (`cds forms import`), không ghi "
        "trong bảng chỉ tiêu",
        "progress is recorded with `cds progress add` or a return form (`cds forms import`), not "
        "in the targets' table",
    ),
    "import_column_figure": (
        "cột '{text}' (con số chỉ tiêu cần đạt) được ghi vào nội dung của mỗi chỉ tiêu, thành "
        "dòng cuối '{text}: …'",
        "the column '{text}' (the figure a target must reach) is written into each target's "
        "content, as its last line '{text}: …'",
    ),
    "import_column_figure_hint": (
        "kiểm tra nội dung đã nhập; nhập với --indicators để cds đề xuất chỉ số theo dõi từ con "
        "số đó",
        "check the imported content; import with --indicators for cds to propose an indicator "
        "from that figure",
    ),
    "import_column_period_deadline": (
        "cột '{text}' được đọc là thời hạn hoàn thành: bảng không có cột 'Thời gian hoàn thành'",
        "the column '{text}' is read as the deadline: the table has no 'Thời gian hoàn thành' "
        "column",
    ),
    "import_column_period_deadline_hint": (
        "nếu cột này ghi khoảng thời gian hoặc ngày bắt đầu, thêm cột 'Thời gian hoàn thành' ghi "
        "thời hạn của từng chỉ tiêu rồi nhập lại",
        "if this column gives a period or a start, add a 'Thời gian hoàn thành' column giving "
        "each target's deadline and import again",
    ),
}
