"""`--help` texts, Vietnamese and English: part of the one catalogue (see `output.words`).

Commands and options name a key (`help.…`); the CLI puts it into words when help is shown, in the
language of `--lang` or CDS_LANG. Keys that are English sentences are the words typer and click
print themselves, answered here in Vietnamese.
"""

from __future__ import annotations

_EX = ("Ví dụ:", "Example:")


def _cmd(vi: str, en: str, example: str | tuple[str, str]) -> tuple[str, str]:
    """A command's help: its text, then the example (one command line, or one per language).

    The example's paragraph starts with click's "\\b" mark: it is printed as written, never
    re-wrapped (a wrapped example, `--out don-` over `doc/`, cannot be copied)."""
    vi_example, en_example = (example, example) if isinstance(example, str) else example
    return (
        f"{vi}\n\n{_EX[0]}\n\n\b\n{vi_example}",
        f"{en}\n\n{_EX[1]}\n\n\b\n{en_example}",
    )


HELPS: dict[str, tuple[str, str]] = {
    "help.app": (
        "Theo dõi, kiểm tra, đôn đốc các chỉ tiêu chuyển đổi số (Phụ lục 01).",
        "Follow, check and urge the digital transformation targets of Appendix 01.",
    ),
    "help.version": (
        "In phiên bản và sổ đăng ký đang dùng, rồi thoát.",
        "Print the version and the registry in use, then exit.",
    ),
    "help.no_cache": (
        "Đọc lại mọi tệp, không dùng bộ nhớ đệm (cũng như CDS_NO_CACHE=1).",
        "Read every file afresh, not from the cache (also CDS_NO_CACHE=1).",
    ),
    "help.registry": (
        "Tệp hoặc thư mục sổ đăng ký (mặc định: $CDS_REGISTRY, rồi phu_luc_01.yaml hoặc "
        "data/phu_luc_01.yaml tìm từ thư mục hiện tại trở lên, rồi bản kèm theo cds).",
        "Registry file or folder (default: $CDS_REGISTRY, then phu_luc_01.yaml or "
        "data/phu_luc_01.yaml found upward, then the bundled copy).",
    ),
    "help.lang": (
        "Ngôn ngữ: vi (mặc định) hoặc en; cũng có thể đặt $CDS_LANG.",
        "Language: vi (default) or en; also $CDS_LANG.",
    ),
    "help.as_of": (
        "Tình trạng tính đến ngày này, dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay).",
        "Status as of this day, dd/mm/yyyy or yyyy-mm-dd (default: today).",
    ),
    "help.format": (
        "table (mặc định), json, csv hoặc markdown.",
        "table (default), json, csv or markdown.",
    ),
    "help.validate": _cmd(
        "Kiểm tra sổ đăng ký và các tệp tiến độ; báo mọi lỗi, mỗi lỗi dạng tệp:dòng:cột: nội dung."
        "\n\nMột thư mục nghĩa là các tệp sổ đăng ký trong đó và các tệp trong progress/. Mã "
        "thoát 0 khi hợp lệ, 1 khi có tệp không hợp lệ, 2 khi đường dẫn không tồn tại.",
        "Check registry and progress files; report every problem, each as file:line:col: message."
        "\n\nA folder means the registry files in it and their progress/ files. Exit 0 when valid, "
        "1 when any file is invalid, 2 when a path does not exist.",
        "    cds validate data/",
    ),
    "help.validate.paths": (
        "Các tệp hoặc thư mục sổ đăng ký cần kiểm tra (mặc định: sổ đăng ký đang dùng).",
        "Registry files or folders to check (default: the registry in use).",
    ),
    "help.validate.format": (
        "text, json hoặc github (chú thích cho CI).",
        "text, json, or github (CI annotations).",
    ),
    "help.schema": _cmd(
        "In JSON Schema của sổ đăng ký (hoặc của tệp tiến độ), sinh từ các mô hình dữ liệu.\n\n"
        "Trình soạn thảo dùng nó (qua chú thích yaml-language-server ở dòng đầu tệp) để kiểm "
        "tra và gợi ý khi gõ.",
        "Print the JSON Schema of the registry (or of progress files), generated from the models."
        "\n\nEditors use it (through the file's first-line yaml-language-server comment) to check "
        "and complete the file as you type.",
        "    cds schema > data/schema/registry.schema.json\n"
        "    cds schema progress > data/schema/progress.schema.json",
    ),
    "help.schema.kind": ("registry (mặc định) hoặc progress.", "registry (default) or progress."),
    "help.init": _cmd(
        "Chép sổ đăng ký kèm theo cds vào một thư mục của bạn, sẵn sàng ghi tiến độ.\n\n"
        "Tạo THƯ_MỤC/phu_luc_01.yaml, schema, thư mục progress/ và tệp .gitattributes để git gộp "
        "tệp tiến độ từ nhiều nhánh không xung đột. Không bao giờ ghi đè sổ đăng ký đã có. Chạy "
        "cds trong thư mục đó (hay thư mục con) là dùng sổ này.",
        "Copy the bundled registry into a folder you own, ready to record progress.\n\n"
        "Creates DIR/phu_luc_01.yaml, its schema, a progress/ folder and a .gitattributes that "
        "lets git merge progress files from several branches without conflicts. Never overwrites "
        "a registry. Running cds in that folder (or below it) uses this registry.",
        "    cds init data",
    ),
    "help.init.folder": ("Thư mục để tạo sổ đăng ký.", "Folder to create the registry in."),
    "help.progress": _cmd(
        "Ghi và đọc báo cáo tiến độ của các đơn vị.",
        "Record and read progress reports (tiến độ) of the units.",
        (
            '    cds progress add II.4 --unit "VP HĐND-UBND" --status "đang thực hiện" '
            "--value online_payment_share=27.5",
            '    cds progress add II.4 --unit "VP HĐND-UBND" --status in_progress '
            "--value online_payment_share=27.5",
        ),
    ),
    "help.progress.add": _cmd(
        "Ghi một báo cáo tiến độ: nối vào tệp của đơn vị, không sửa các báo cáo trước.",
        "Record one progress report: appended to the unit's file, never editing earlier ones.",
        (
            '    cds progress add II.4 --unit "VP HĐND-UBND" --status "đang thực hiện"\n'
            '        --date 15/10/2023 --value online_payment_share=27.5 --note "Đã triển khai"\n'
            '        --evidence "Văn bản số 123/UBND-VP" --by "Nguyễn Văn A"',
            '    cds progress add II.4 --unit "VP HĐND-UBND" --status in_progress\n'
            "        --date 15/10/2023 --value online_payment_share=27.5 --note Deployed\n"
            '        --evidence "123/UBND-VP" --by "Nguyen Van A"',
        ),
    ),
    "help.target_id": ("Mã chỉ tiêu, ví dụ II.4.", "Target id, e.g. II.4."),
    "help.add.unit": (
        "Đơn vị báo cáo (tên, tên viết tắt hoặc mã).",
        "The reporting unit (name, abbreviation or id).",
    ),
    "help.add.status": (
        "hoàn thành, đang thực hiện hoặc chưa thực hiện (có dấu hay không dấu); "
        "hoặc done, in_progress, not_started.",
        "done, in_progress or not_started (the Vietnamese words are accepted too).",
    ),
    "help.add.date": (
        "Ngày mà báo cáo nói đến, dd/mm/yyyy (mặc định: hôm nay).",
        "Day the report speaks of, dd/mm/yyyy (default: today).",
    ),
    "help.add.value": (
        "Giá trị chỉ số dạng khóa=số (chỉ cần số khi chỉ tiêu có một chỉ số). Lặp lại được.",
        "Indicator value as key=number (a plain number when the target has one indicator). "
        "Repeatable.",
    ),
    "help.add.note": ("Những việc đã làm.", "What was done."),
    "help.add.obstacles": ("Khó khăn, vướng mắc.", "Difficulties (khó khăn, vướng mắc)."),
    "help.add.proposals": ("Đề xuất, kiến nghị.", "Proposals (đề xuất, kiến nghị)."),
    "help.add.evidence": (
        "Số văn bản hoặc đường dẫn minh chứng. Lặp lại được.",
        "Document number or link. Repeatable.",
    ),
    "help.add.by": ("Người báo cáo.", "Who reports."),
    "help.add.corrects": (
        "Mã của báo cáo mà báo cáo này đính chính.",
        "Id of the entry this one corrects.",
    ),
    "help.add.by_id": (
        "Mã chỉ tiêu gõ là mã (id), kể cả khi sau điều chỉnh nó cũng là số thứ tự in của chỉ "
        "tiêu khác.",
        "The code given is the target's id, even where a revision prints another target under "
        "that number.",
    ),
    "help.add.force": (
        "Vẫn ghi dù đơn vị không được phân công chỉ tiêu này (đánh dấu là ghi ép).",
        "Record even if the unit is not assigned to the target (marked as forced).",
    ),
    "help.progress.list": _cmd(
        "Lịch sử báo cáo tiến độ, mới nhất trước.",
        "The progress history, newest first.",
        "    cds progress list II.4 --from 01/10/2023",
    ),
    "help.list.target": ("Chỉ chỉ tiêu này.", "Only this target."),
    "help.list.unit": ("Chỉ đơn vị báo cáo này.", "Only this reporting unit."),
    "help.list.from": ("Báo cáo ghi từ ngày này trở đi.", "Reports dated on or after this day."),
    "help.list.to": ("Báo cáo ghi đến ngày này.", "Reports dated on or before this day."),
    "help.due": _cmd(
        "Các chỉ tiêu đến hạn trong một tháng (hoặc N ngày tới), kèm tình trạng.\n\n"
        "Các chỉ tiêu thường xuyên được liệt kê riêng ở cuối.",
        "Targets due in a month (or the next N days), with their status.\n\n"
        'Ongoing targets ("Thường xuyên") follow in a section of their own.',
        "    cds due --month 10/2023 --as-of 15/10/2023",
    ),
    "help.due.month": (
        "Tháng: mm/yyyy (cũng nhận 'tháng 10/2023', T10/2023, 2023-10). "
        "Mặc định: tháng của --as-of.",
        "The month: mm/yyyy (also 'tháng 10/2023', T10/2023, 2023-10). "
        "Default: the month of --as-of.",
    ),
    "help.due.within": (
        "Thay cho tháng: N ngày tới kể từ --as-of.",
        "Instead of a month: the next N days from --as-of.",
    ),
    "help.due.no_ongoing": (
        "Bỏ các chỉ tiêu thường xuyên.",
        "Leave out the ongoing (Thường xuyên) targets.",
    ),
    "help.late": _cmd(
        "Các chỉ tiêu quá hạn mà chưa hoàn thành, quá hạn lâu nhất trước.",
        "Targets past their deadline and not done, the longest overdue first.",
        "    cds late --as-of 01/12/2023 --by-unit",
    ),
    "help.late.by_unit": (
        "Nhóm theo từng đơn vị còn nợ phần việc (thành viên của tập thể, đơn vị kế thừa đơn vị"
        " đã sáp nhập hoặc đổi tên): danh sách để đôn đốc từng đơn vị.",
        "Group by each unit that still owes its part (a collective's members, the successor of"
        " a unit merged or renamed): the list for urging each unit.",
    ),
    "help.report": _cmd(
        "Mọi chỉ tiêu một đơn vị phụ trách: được nêu tên, hoặc qua một tập thể mà nó thuộc về."
        "\n\nMỗi dòng nêu vai trò của đơn vị và, nếu qua tập thể (các phòng, đơn vị; UBND các "
        "phường, xã…), tập thể nào. Cuối cùng là số chỉ tiêu theo tình trạng.",
        "Everything a unit answers for: named, or through a collective it belongs to.\n\n"
        "Each row shows the unit's role(s) and, where it came through a collective (all "
        "departments, all wards and communes…), which one. Ends with counts by status.",
        '    cds report --unit "Phòng Y tế"\n'
        '    cds report --unit "Phòng Y tế" --out bao-cao-y-te.docx',
    ),
    "help.report.unit": (
        "Tên đơn vị, tên viết tắt (VH&TT, GD&ĐT…) hoặc mã; không phân biệt hoa thường, có dấu "
        "hay không.",
        "Unit name, abbreviation (VH&TT, GD&ĐT…) or id; case and diacritics do not matter.",
    ),
    "help.list": _cmd(
        "Mọi chỉ tiêu, có lọc; các điều kiện lọc kết hợp với nhau (VÀ).",
        "All targets, filtered; filters combine (AND).",
        '    cds list --group II --unit "VP HĐND-UBND" --role lead',
    ),
    "help.list.group": ("Nhóm: I, II, III, IV hoặc V.", "Group: I, II, III, IV or V."),
    "help.list.unit_only": (
        "Chỉ các chỉ tiêu đơn vị này phụ trách.",
        "Only targets this unit answers for.",
    ),
    "help.list.role": (
        "Đi cùng --unit: chỉ vai trò này: chỉ đạo, chủ trì hoặc phối hợp (có dấu hay không dấu; "
        "hoặc directing, lead, cooperating).",
        "With --unit: only this role: directing, lead or cooperating (the Vietnamese words are "
        "accepted too).",
    ),
    "help.list.status": (
        "Chỉ các chỉ tiêu có tình trạng này: hoàn thành, hoàn thành trễ hạn, đang thực hiện, "
        "chưa thực hiện, quá hạn (hay trễ hạn), thường xuyên, chưa báo cáo kỳ này (hoặc mã: "
        "done, done_late, in_progress, not_started, late, ongoing, unreported).",
        "Only targets with this status: done, done_late, in_progress, not_started, late (or "
        "overdue), ongoing, unreported (also the Vietnamese words).",
    ),
    "help.list.deadline_from": (
        "Thời hạn trong hoặc sau tháng này.",
        "Deadline in or after this month.",
    ),
    "help.list.deadline_to": (
        "Thời hạn trong hoặc trước tháng này.",
        "Deadline in or before this month.",
    ),
    "help.show": _cmd(
        "Toàn bộ một chỉ tiêu: nguyên văn các ô, đơn vị đã xác định, chỉ số, thời hạn, tình trạng.",
        "One target in full: verbatim cells, resolved units, indicators, deadline and status.",
        "    cds show II.4",
    ),
    "help.units": _cmd(
        "Danh mục đơn vị: loại, tên gọi khác, số chỉ tiêu mỗi đơn vị chỉ đạo, chủ trì, phối hợp."
        '\n\nSố đếm dạng "nêu tên (+ qua tập thể)". Tập thể liệt kê các thành viên.',
        "The unit catalog: kind, aliases, how many targets each directs, leads, cooperates on."
        '\n\nCounts are "named (+ through a collective)". Collectives list their members.',
        "    cds units --format markdown",
    ),
    "help.remind": _cmd(
        "Soạn văn bản đôn đốc: mỗi đơn vị còn nợ phần việc của mình ở chỉ tiêu đến hạn hoặc quá "
        "hạn một văn bản.\n\nChỉ tiêu giao cho tập thể (UBND các phường, xã…) được tính cho "
        "từng thành viên: mỗi thành viên chưa xong phần mình nhận văn bản riêng, không có văn "
        "bản chung cho tập thể. Đơn vị không còn việc tồn đọng thì không có văn bản. Markdown, "
        "json và --format docx (công văn Word theo thể thức) nêu cùng các đơn vị, cùng các chỉ "
        "tiêu; --send gửi thư điện tử.",
        "Draft urging notes (văn bản đôn đốc): one per unit still owing its part of targets due "
        "or late.\n\nA target led by a collective (UBND các phường, xã…) counts for each member: "
        "each member that has not finished its part gets its own note, and the collective none. "
        "Units with nothing outstanding get nothing. Markdown, json and --format docx (Word "
        "letters in the state layout) list the same units and targets; --send e-mails them.",
        "    cds remind --month 11/2023 --as-of 01/11/2023 --format docx --out don-doc/",
    ),
    "help.remind.month": (
        "Tháng (mặc định: tháng của --as-of).",
        "The month (default: the month of --as-of).",
    ),
    "help.remind.report_by": (
        "Đề nghị báo cáo trước ngày này (mặc định: --as-of + 7 ngày).",
        "Ask for a report by this day (default: --as-of + 7 days).",
    ),
    "help.remind.out": (
        "Thư mục để ghi mỗi đơn vị một văn bản (Markdown) hoặc công văn (.docx) "
        "(mặc định: in ra màn hình).",
        "Folder for one note (Markdown) or letter (.docx) per unit (default: print).",
    ),
    "help.remind.force": (
        "Ghi đè các văn bản đã có trong --out.",
        "Replace notes already in --out.",
    ),
    "help.remind.format": (
        "markdown (mặc định), json hoặc docx.",
        "markdown (default), json or docx.",
    ),
    "help.remind.unit": (
        "Chỉ văn bản hoặc công văn của đơn vị này.",
        "Only this unit's note or letter.",
    ),
    "help.remind.send": (
        "Gửi thư điện tử cho mỗi đơn vị công văn .docx của nó (docs/documents.md).",
        "E-mail each unit its .docx letter (docs/documents.md).",
    ),
    "help.remind.dry_run": (
        "Liệt kê --send sẽ gửi gì cho ai; không gửi gì.",
        "List what --send would send where; send nothing.",
    ),
    "help.summary.out": (
        "Ghi vào tệp thay vì in ra: .md (markdown), .json hoặc .docx; định dạng theo --format, "
        "không có --format thì theo đuôi tệp.",
        "Write to a file instead of printing: .md (markdown), .json or .docx; the format is "
        "--format's, or without --format the file's suffix.",
    ),
    "help.summary.force": ("Ghi đè --out nếu đã có.", "Replace --out if it exists."),
    "help.remind.with_form": (
        "Kèm phiếu báo cáo Excel của mỗi đơn vị (--out, --send).",
        "Add each unit's Excel return form (--out, --send).",
    ),
    "help.progress.import": _cmd(
        "Ghi tiến độ mà một đơn vị điền vào phiếu báo cáo: mỗi dòng đã điền là một báo cáo.\n\n"
        "Mỗi dòng qua đúng các kiểm tra của 'progress add'. Tệp có lỗi nào thì không ghi gì; lỗi "
        "hiện dạng tệp:trang!ô: nội dung. Nhập lại một phiếu không thêm gì; phiếu đã sửa thêm "
        "các báo cáo đính chính.",
        "Record the progress a unit filled in its return form: one entry per filled row.\n\n"
        "Each row passes the same checks as 'progress add'. A file with any problem writes "
        "nothing; problems are shown as file:sheet!cell: message. Importing a form again adds "
        "nothing; a corrected form adds corrections of the earlier entries.",
        "    cds progress import phieu-bao-cao-phong-y-te-2023-11.xlsx --dry-run",
    ),
    "help.import.files": (
        "Các phiếu báo cáo đã điền (cds form).",
        "Filled return forms (cds form).",
    ),
    "help.import.dry_run": (
        "Cho xem những gì sẽ được ghi; không ghi gì.",
        "Show what would be written; write nothing.",
    ),
    "help.import.unit": (
        "Từ chối phiếu làm cho đơn vị khác.",
        "Refuse a form made for another unit.",
    ),
    "help.form": _cmd(
        "Tạo phiếu báo cáo Excel để một đơn vị điền và gửi lại.\n\n"
        "Phiếu liệt kê các chỉ tiêu đơn vị còn nợ phần của mình (những gì 'remind' đôn đốc, và "
        "các chỉ tiêu thường xuyên), với ô cho tình trạng, ngày báo cáo, giá trị, ghi chú và "
        "minh chứng; đọc lại bằng 'cds progress import'.",
        "Make the Excel return form (phiếu báo cáo) a unit fills and sends back.\n\n"
        "It lists the targets the unit still owes its own part of (what 'remind' urges, and its "
        "ongoing targets), with cells for status, report date, values, note and evidence; read "
        "it back with 'cds progress import'.",
        '    cds form --unit "Phòng Y tế" --month 11/2023 --out phieu-y-te.xlsx',
    ),
    "help.form.out": (
        "TỆP.xlsx cho một đơn vị, hoặc một thư mục cho mỗi đơn vị một phiếu.",
        "FILE.xlsx for one unit, or a folder for one form per unit.",
    ),
    "help.form.unit": (
        "Đơn vị (tập thể: mỗi thành viên một phiếu; bỏ trống: mọi đơn vị).",
        "The unit (a collective: one form per member; none: every unit).",
    ),
    "help.form.force": ("Ghi đè các phiếu đã có.", "Replace forms already there."),
    "help.sync": _cmd(
        "Với bản sao git: kéo về (pull), ghi nhận (commit) các dòng tiến độ mới của bạn, đẩy lên "
        "(push).\n\nTự nó không ghi báo cáo nào. Các tệp tiến độ được gộp theo kiểu hợp; xung "
        "đột ở chỗ khác thì dừng lại và nói cần làm gì.",
        "For a git checkout: pull, commit your new progress lines, push.\n\n"
        "Records nothing by itself. Progress files merge by union; a conflict elsewhere stops "
        "with what to do.",
        "    cds sync",
    ),
    "help.summary": _cmd(
        "Tổng quan cho Ban Chỉ đạo: tình trạng theo nhóm, chỉ tiêu quá hạn theo đơn vị, chỉ số.",
        "The overview for the committee: status by group, late targets by unit, indicators.",
        "    cds summary --as-of 01/12/2023 --format markdown",
    ),
    "help.summary.format": (
        "table (mặc định), markdown, json hoặc docx.",
        "table (default), markdown, json or docx.",
    ),
    "help.export": _cmd(
        "Xuất phụ lục kèm tình trạng: bảng tính Excel, lịch các thời hạn, trang để in.\n\n"
        "Ghi trọn vẹn một lần và không bao giờ ghi đè tệp nếu thiếu --force.",
        "Export the appendix with status: Excel workbook, calendar of deadlines, printable page."
        "\n\nWrites atomically and never replaces a file without --force.",
        "    cds export --format xlsx --out bao-cao-thang-11.xlsx",
    ),
    "help.export.format": ("xlsx, ics, html hoặc docx.", "xlsx, ics, html or docx."),
    "help.export.out": ("Tệp cần ghi.", "The file to write."),
    "help.export.force": ("Ghi đè nếu tệp đã có.", "Replace the file if it exists."),
    # typer's and click's own words
    "Show this message and exit.": ("Hiện hướng dẫn này rồi thoát.", "Show this message and exit."),
    "Usage:": ("Cách dùng:", "Usage:"),
    "Arguments": ("Tham số", "Arguments"),
    "Options": ("Tùy chọn", "Options"),
    "Commands": ("Lệnh", "Commands"),
    "default: {default}": ("mặc định: {default}", "default: {default}"),
    "required": ("bắt buộc", "required"),
    "env var: {var}": ("biến môi trường: {var}", "env var: {var}"),
    "(dynamic)": ("(tính khi chạy)", "(dynamic)"),
    "Aborted!": ("Đã hủy.", "Aborted!"),
    "[OPTIONS]": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "COMMAND [ARGS]...": ("LỆNH [THAM_SỐ]...", "COMMAND [ARGS]..."),
    # what an option's or an argument's value is (cli/language.py puts them into --help)
    "TEXT": ("VĂN_BẢN", "TEXT"),
    "PATH": ("ĐƯỜNG_DẪN", "PATH"),
    "INTEGER": ("SỐ", "INTEGER"),
    "DIR": ("THƯ_MỤC", "DIR"),
    "FILE": ("TỆP", "FILE"),
    "FILE.xlsx...": ("TỆP.xlsx...", "FILE.xlsx..."),
    "OLD": ("CŨ", "OLD"),
    "NEW": ("MỚI", "NEW"),
    "OLD=NEW": ("CŨ=MỚI", "OLD=NEW"),
    "ID": ("MÃ", "ID"),
    "[ID]": ("[MÃ]", "[ID]"),
    "DATE": ("NGÀY", "DATE"),
    "MONTH": ("THÁNG", "MONTH"),
    "MONTH|DATE": ("THÁNG|NGÀY", "MONTH|DATE"),
    "PLAN": ("KẾ_HOẠCH", "PLAN"),
    "UNIT": ("ĐƠN_VỊ", "UNIT"),
    "GROUP": ("NHÓM", "GROUP"),
    "ROLE": ("VAI_TRÒ", "ROLE"),
    "STATUS": ("TÌNH_TRẠNG", "STATUS"),
}
