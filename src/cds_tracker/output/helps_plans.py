"""`--help` texts of the plans commands (`import`, `diff`, `plans`, `carry-over`) and of the
options shared with them (`--plan`, `--all-plans`, `--excel`), Vietnamese and English; part of
`output.helps.HELPS`."""

from __future__ import annotations

_EX = ("Ví dụ:", "Example:")


def _cmd(vi: str, en: str, example: str) -> tuple[str, str]:
    return (f"{vi}\n\n{_EX[0]}\n\n{example}", f"{en}\n\n{_EX[1]}\n\n{example}")


HELPS_PLANS: dict[str, tuple[str, str]] = {
    "help.plan": (
        "Kế hoạch của thư mục plans/ cần dùng, ví dụ 2024 (mặc định: kế hoạch của năm --as-of "
        "hoặc --month, nếu không có thì kế hoạch năm nay, rồi kế hoạch mới nhất); có thể đặt "
        "sau lệnh, hoặc $CDS_PLAN.",
        "The plan of a plans/ workspace to use, e.g. 2024 (default: the plan of the year of "
        "--as-of or --month, else this year's, else the latest); also after the command, and "
        "$CDS_PLAN.",
    ),
    "help.all_plans": (
        "Lần lượt mọi kế hoạch của thư mục plans/.",
        "Every plan of the plans/ workspace, one after another.",
    ),
    "help.excel": (
        "CSV để mở bằng Excel: tiêu đề cột, tình trạng, chỉ số, ngày tháng viết bằng chữ "
        "theo --lang; UTF-8 có BOM, xuống dòng CRLF (tức là --format csv).",
        "CSV to open in Excel: headers, statuses, indicators and dates in words of --lang; "
        "UTF-8 with a byte-order mark, CRLF line ends (implies --format csv).",
    ),
    "help.progress.normalise": _cmd(
        "Viết lại các tệp tiến độ cũ thành các dòng JSON (làm một lần; giữ mọi báo cáo và chú "
        "thích).\n\nTệp do phiên bản trước hoặc do người viết tay được đọc như YAML, chậm hơn; "
        "lệnh này viết lại trọn vẹn từng tệp, và chỉ sau khi chứng minh văn bản mới giữ đúng các "
        "báo cáo. Tệp có chú thích ở cuối một dòng được để nguyên, kèm dòng đó.",
        "Rewrite older progress files as JSON lines (one-off; every entry and comment kept)."
        "\n\nFiles written by earlier versions, or by hand, are read as YAML, which is slower; "
        "this rewrites each such file atomically and only after proving the new text holds the "
        "same entries. A file with a comment at the end of a line is left as it is, with its "
        "line shown.",
        "    cds progress normalise --registry du-lieu",
    ),
    "help.plan_import": _cmd(
        "Đọc bảng phụ lục của một kế hoạch từ Word hoặc Excel và ghi thành sổ đăng ký.\n\n"
        "Các cột được nhận theo tiêu đề; đơn vị được tra theo danh mục của sổ đăng ký đang dùng. "
        "Mỗi ô không đọc được được báo dạng tệp:bảng:dòng:cột (Word) hay tệp:trang!ô (Excel) "
        "và đánh dấu `needs_review` (chỗ cần quyết định), mà "
        "cds validate còn báo cho đến khi có người quyết định. Mã thoát 1 khi còn điều cần "
        "quyết định.\n\nVới --revise, bản điều chỉnh của kế hoạch được ghi vào chính sổ đăng ký "
        "của kế hoạch: giữ mã, chỉ số và các chỉ tiêu chuyển sang; chỉ tiêu bảng mới không còn "
        "thì bãi bỏ (giữ báo cáo tiến độ); ghi khi được xác nhận.",
        "Read a plan's appendix table from Word or Excel and write it as a registry.\n\n"
        "Columns are found by their titles; units are resolved with the catalog of the registry "
        "in use. Each cell it cannot read is reported as file:table:row:column (Word) or "
        "file:sheet!cell (Excel) and marked "
        "needs_review, which cds validate flags until a person decides. Exit 1 when anything "
        "needs a decision.\n\nWith --revise, a revision of the plan goes into the plan's own "
        "registry: ids, indicators and carried targets kept, a target it no longer lists "
        "annulled (its progress kept), written once confirmed.",
        "\b\n    cds import ke-hoach-2024.docx --out plans/2024/phu_luc_01.yaml\n"
        "    cds import ke-hoach-2024-sua-doi.docx --revise --plan 2024",
    ),
    "help.plan_import.file": (
        "Phụ lục dạng .docx (Word) hoặc .xlsx (Excel).",
        "The appendix as .docx (Word) or .xlsx (Excel).",
    ),
    "help.plan_import.out": (
        "Tệp sổ đăng ký cần ghi (mặc định: in ra màn hình).",
        "Registry file to write (default: print it).",
    ),
    "help.plan_import.force": ("Ghi đè nếu tệp đã có.", "Replace the file if it exists."),
    "help.plan_import.revise": (
        "Nhập bản điều chỉnh vào sổ đăng ký của kế hoạch đang dùng (--plan, --registry).",
        "Apply a revision to the registry of the plan in use (--plan, --registry).",
    ),
    "help.plan_import.on": (
        "Ngày bãi bỏ các chỉ tiêu bản điều chỉnh không còn (dd/mm/yyyy; mặc định: ngày của văn "
        "bản điều chỉnh ghi ở phần đầu của nó; không ghi thì phải cho --on).",
        "Day the targets the revision drops are annulled (dd/mm/yyyy; default: the date of the "
        "revising document its heading states; without one, --on is required).",
    ),
    "help.plan_import.reason": (
        "Lý do ghi vào chỉ tiêu bị bãi bỏ (mặc định: theo văn bản điều chỉnh …).",
        "Reason written into each annulled target (default: by the revision …).",
    ),
    "help.plan_import.yes": ("Ghi không hỏi lại.", "Write without asking."),
    "help.pair": (
        "CŨ=MỚI (lặp lại được): chỉ tiêu mã CŨ là dòng số MỚI của bảng mới, hoặc CŨ=- nếu bảng "
        "mới bỏ nó (mặc định: ghép theo nội dung, đơn vị và thời hạn; số thứ tự chỉ để phân "
        "định khi ngang nhau).",
        "OLD=NEW (repeatable): the target OLD is the new table's row NEW, or OLD=- if the new "
        "table drops it (default: paired by wording, units and deadline; the number only breaks "
        "ties).",
    ),
    "help.carry_over.format": (
        "table (văn bản, mặc định) hoặc json (không hỏi: thiếu --yes thì chỉ đề xuất, chưa ghi "
        "gì).",
        "table (text, default) or json (never asks: without --yes only the proposal, nothing "
        "written).",
    ),
    "help.plan_import.format": (
        "Với --revise: table (văn bản, mặc định) hoặc json (không hỏi: thiếu --yes thì chỉ đề "
        "xuất, chưa ghi gì).",
        "With --revise: table (text, default) or json (never asks: without --yes only the "
        "proposal, nothing written).",
    ),
    "help.plan_import.indicators": (
        "Ghi chỉ số (`indicators`) đọc từ ngưỡng % trong nội dung chỉ tiêu, mỗi chỉ số kèm một "
        "dòng `needs_review` (chỗ cần quyết định) để người xác nhận.",
        "Write the indicators read from the % thresholds in the targets' texts, each marked "
        "needs_review for a person to confirm.",
    ),
    "help.diff": _cmd(
        "Những gì thay đổi giữa hai kế hoạch: chỉ tiêu thêm, bớt, và sửa theo từng trường.\n\n"
        "Văn bản được so từng từ: [-2023-]{+2024+}. Phụ lục .docx/.xlsx được đọc như "
        "cds import đọc, không ghi gì.",
        "What changed between two plans: targets added, removed, and changed field by field."
        "\n\nTexts are compared word by word: [-2023-]{+2024+}. A .docx/.xlsx appendix is "
        "read as cds import reads it, without writing anything.",
        "    cds diff plans/2024/phu_luc_01.yaml ke-hoach-2024-sua-doi.docx",
    ),
    "help.diff.old": (
        "Tệp .yaml sổ đăng ký, thư mục, tên kế hoạch, hoặc .docx/.xlsx.",
        "Registry .yaml, folder, plan name, or .docx/.xlsx.",
    ),
    "help.diff.new": (
        "Cùng các loại đó, để so với CŨ.",
        "The same kinds, compared with OLD.",
    ),
    "help.diff.format": (
        "table (văn bản, mặc định) hoặc json.",
        "table (text, default) or json.",
    ),
    "help.plans": _cmd(
        "Các kế hoạch của thư mục này (plans/<tên>/phu_luc_01.yaml), đếm chỉ tiêu theo tình trạng.",
        "The plans of this workspace (plans/<name>/phu_luc_01.yaml) with targets counted by "
        "status.",
        "    cds plans --as-of 31/12/2023",
    ),
    "help.plans.format": ("table (mặc định) hoặc json.", "table (default) or json."),
    "help.carry_over": _cmd(
        "Đề xuất chuyển các chỉ tiêu chưa hoàn thành của một kế hoạch sang kế hoạch sau; ghi "
        "khi được xác nhận.\n\nMỗi chỉ tiêu giữ nguồn gốc ở trường nguồn chuyển tiếp, "
        "`carried_from` (ví dụ 2023/II.4); chỉ tiêu đã chuyển thì bỏ qua.",
        "Propose a plan's unfinished targets as entries of the next; write them once confirmed."
        "\n\nEach keeps its origin as carried_from (e.g. 2023/II.4); a target already carried "
        "is skipped.",
        "    cds carry-over --from 2023 --to 2024 --as-of 31/12/2023",
    ),
    "help.carry_over.from": (
        "Kế hoạch có các chỉ tiêu chưa hoàn thành cần chuyển.",
        "The plan whose unfinished targets carry over.",
    ),
    "help.carry_over.to": ("Kế hoạch nhận các chỉ tiêu đó.", "The plan that receives them."),
    "help.carry_over.yes": ("Ghi mà không hỏi lại.", "Write without asking."),
    "help.carry_over.group": (
        "NHÓM-CŨ=NHÓM-MỚI (mã hoặc tên; lặp lại được): đưa các chỉ tiêu của một nhóm cũ vào "
        "nhóm này của kế hoạch mới (mặc định: nhóm cùng tên, bỏ qua số thứ tự, chữ hoa, dấu "
        "và phần mở đầu như 'Chỉ tiêu về').",
        "OLD-GROUP=NEW-GROUP (id or name; repeatable): put an old group's targets into this "
        "group of the new plan (default: the group of the same name, ignoring numbering, case, "
        "diacritics and lead-ins such as 'Chỉ tiêu về').",
    ),
    "help.carry_over.skip": (
        "MÃ (mã ở kế hoạch cũ; lặp lại được): để chỉ tiêu này lại kế hoạch cũ, không chuyển; "
        "chỉ tiêu thường xuyên mà kế hoạch mới đã có (cùng nội dung, cùng đơn vị chủ trì) thì "
        "tự để lại.",
        "ID (its id in the old plan; repeatable): leave this target in the old plan, not "
        "carried; an ongoing target the new plan already lists (same content and lead) is left "
        "out anyway.",
    ),
    "help.carry_over.as_of": (
        "Ngày các chỉ tiêu rời kế hoạch cũ, dd/mm/yyyy (mặc định: hôm nay, hoặc ngày cuối năm "
        "của kế hoạch cũ khi năm đó đã qua).",
        "The day the targets leave the old plan, dd/mm/yyyy (default: today, or the last day of "
        "the old plan's year once that year is over).",
    ),
    "help.units.as_of": (
        "Danh mục ngày này, dd/mm/yyyy: các đơn vị còn tồn tại, và các đơn vị đã sáp nhập kèm "
        "đơn vị kế thừa (mặc định: cả danh mục, mọi thời kỳ).",
        "The catalog on this day, dd/mm/yyyy: the units existing then, and those merged by then "
        "with the unit they merged into (default: the whole catalog, all periods).",
    ),
    "help.carry_over.deadline": (
        "Thời hạn, mm/yyyy (một tháng) hoặc dd/mm/yyyy (trước ngày đó), cho các chỉ tiêu có hạn "
        "trước năm của kế hoạch nhận (mặc định: tháng 12 của năm đó); chỉ tiêu thường xuyên hoặc "
        "có hạn trong năm đó giữ hạn của mình.",
        "The deadline, mm/yyyy (a month) or dd/mm/yyyy (by that day), of the carried targets due "
        "before the receiving plan's year "
        "(default: December of that year); ongoing ones, and those due within that year, keep "
        "their own.",
    ),
}
