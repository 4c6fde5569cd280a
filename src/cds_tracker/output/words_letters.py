"""Words of the Word letters and of sending them (merged by `words.catalogue`)."""

from __future__ import annotations

LETTER_LABELS: dict[str, tuple[str, str]] = {
    # Word letters and sending them (cds remind --format docx / --send)
    "docx_needs_out": (
        "--format docx cần --out: thư mục để ghi các văn bản .docx",
        "--format docx needs --out: the folder for the .docx letters",
    ),
    "summary_docx_needs_out": (
        "--format docx cần --out: tên tệp .docx của báo cáo",
        "--format docx needs --out: the .docx file for the report",
    ),
    "remind_nothing": (
        "Không có đơn vị nào cần đôn đốc trong tháng {month}.",
        "No unit needs urging in {month}.",
    ),
    "letters_written": (
        "Đã soạn {count} văn bản đôn đốc (.docx) trong {folder}/",
        "Drafted {count} urging {count:letter|letters} (.docx) in {folder}/",
    ),
    # a row of an urging note or letter (output/reminders.py): the report owed, the collective
    "letter_period": ("Báo cáo kỳ {start}–{end}", "Report for {start}–{end}"),
    "unowned_title": (
        "Không đơn vị nào đang tồn tại nhận phần việc của các chỉ tiêu sau, nên không có văn bản "
        "đôn đốc:",
        "No existing unit owes its part of these targets, so no letter urges it:",
    ),
    "unowned_line": ("- {target}: {why}", "- {target}: {why}"),
    "unowned_nobody": (
        "chưa hoàn thành, nhưng chỉ giao cho '{lead}', không nêu đơn vị cụ thể nào để đôn đốc",
        "not done, but assigned only to '{lead}', which names no unit in particular to urge",
    ),
    "unowned_nobody_hint": (
        "Gợi ý: giao chỉ tiêu cho đơn vị cụ thể (sửa đơn vị chủ trì trong sổ đăng ký), hoặc đề "
        "nghị đơn vị có liên quan ghi tiến độ (cds progress add): từ đó đơn vị ấy được đôn đốc.",
        "Hint: assign the target to a unit in particular (correct its lead in the registry), or "
        "ask the units concerned to record progress (cds progress add): from then on they are "
        "urged.",
    ),
    "letter_via": ("(giao chung cho: {unit})", "(assigned to: {unit})"),
    "letter_in_place_of": (
        "(đề nghị thực hiện phần việc nhận thay {unit}, đã sáp nhập)",
        "(asked for the part of {unit}, merged, that it took over)",
    ),
    "letter_own_and_taken": (
        "(đề nghị thực hiện phần việc của đơn vị và phần việc nhận thay {unit}, đã sáp nhập)",
        "(asked for its own part and the part of {unit}, merged, that it took over)",
    ),
    # a department renamed (registry/succession.renamed_as): its part under its former name
    "letter_in_place_of_renamed": (
        "(đề nghị thực hiện phần việc giao cho {unit}, tên trước đây của đơn vị)",
        "(asked for the part assigned to {unit}, the unit's former name)",
    ),
    "letter_own_and_taken_renamed": (
        "(đề nghị thực hiện phần việc của đơn vị, kể cả phần việc giao cho {unit}, tên trước"
        " đây của đơn vị)",
        "(asked for its own part and the part assigned to {unit}, the unit's former name)",
    ),
    "letter_own_done": (
        "phần việc của đơn vị đã hoàn thành ngày {date}",
        "the unit's own part done on {date}",
    ),
    "report_by_early": (
        "--report-by {report_by} không sau ngày của văn bản ({as_of}): không thể đề nghị báo cáo "
        "trước một ngày đã qua",
        "--report-by {report_by} is not after the letter's date ({as_of}): a report cannot be "
        "asked for by a day already past",
    ),
    "report_by_hint": (
        "cho một ngày sau {as_of}, ví dụ --report-by {example} (mặc định: 7 ngày sau --as-of)",
        "give a day after {as_of}, e.g. --report-by {example} (default: 7 days after --as-of)",
    ),
    "report_written": ("Đã soạn báo cáo: {file}", "Report written: {file}"),
    "send_no_address": (
        "Chưa gửi: {unit} chưa có địa chỉ e-mail (thêm email: cho đơn vị {id} trong danh mục)",
        "Not sent: {unit} has no e-mail address (add email: to unit {id} in the catalog)",
    ),
    "send_would": ("Sẽ gửi: {unit} <{to}> — {file}", "Would send: {unit} <{to}> — {file}"),
    "send_done": ("Đã gửi: {unit} <{to}> ({id})", "Sent: {unit} <{to}> ({id})"),
    "send_failed": ("Gửi lỗi: {unit} <{to}>: {error}", "Failed: {unit} <{to}>: {error}"),
    "send_summary": (
        "Đã gửi {count} thư; nhật ký gửi: {log}",
        "Sent {count} {count:message|messages}; send log: {log}",
    ),
    "send_incomplete": (
        "{failed} thư gửi lỗi, {missing} đơn vị chưa có địa chỉ; nhật ký gửi: {log}",
        "{failed} {failed:message|messages} failed, {missing} {missing:unit has|units have} no "
        "address; send log: {log}",
    ),
    "send_bundled": (
        "không gửi được từ sổ đăng ký đi kèm chương trình: nhật ký gửi phải ghi bên cạnh "
        "tệp tiến độ",
        "cannot send from the bundled registry: the send log is kept beside the progress files",
    ),
    "send_bundled_hint": (
        "tạo sổ riêng bằng 'cds init THƯ_MỤC', thêm email: cho các đơn vị, rồi dùng --registry",
        "make your own with 'cds init DIR', add email: to the units, then use --registry",
    ),
    "mail_subject": (
        "V/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng {month}",
        "Urging: digital transformation targets, {month}",
    ),
    "mail_body": (
        "Kính gửi: {unit}.\n\n{issuer} gửi kèm văn bản đôn đốc thực hiện các chỉ tiêu chuyển đổi "
        "số tháng {month}. Đề nghị quý đơn vị thực hiện và báo cáo về {issuer} (qua {contact}) "
        "trước ngày {report_by}.\n\nTrân trọng.\n",
        "To: {unit}.\n\n{issuer} sends the attached letter on the digital transformation targets "
        "of {month}. Please act on it and report to {issuer} (through {contact}) by {report_by}."
        "\n\nRegards.\n",
    ),
    "smtp_no_host": (
        "chưa cấu hình máy chủ thư: đặt biến môi trường CDS_SMTP_HOST",
        "no mail server configured: set CDS_SMTP_HOST",
    ),
    "smtp_settings_hint": (
        "CDS_SMTP_HOST, CDS_SMTP_PORT (587), CDS_SMTP_USER, CDS_SMTP_FROM; mật khẩu: "
        "CDS_SMTP_PASSWORD hoặc keyring (dịch vụ cds-tracker)",
        "CDS_SMTP_HOST, CDS_SMTP_PORT (587), CDS_SMTP_USER, CDS_SMTP_FROM; password: "
        "CDS_SMTP_PASSWORD or the keyring (service cds-tracker)",
    ),
    "smtp_bad_security": (
        "CDS_SMTP_SECURITY '{value}' không hợp lệ: dùng starttls, ssl hoặc none",
        "CDS_SMTP_SECURITY '{value}' is not one of starttls, ssl, none",
    ),
    "smtp_bad_port": (
        "CDS_SMTP_PORT '{value}' không phải số cổng (1–65535)",
        "CDS_SMTP_PORT '{value}' is not a port number (1–65535)",
    ),
    "smtp_no_password": (
        "thiếu mật khẩu cho tài khoản thư {user}: đặt CDS_SMTP_PASSWORD hoặc lưu vào keyring",
        "no password for mail user {user}: set CDS_SMTP_PASSWORD or store it in the keyring",
    ),
    "smtp_no_sender": (
        "chưa có địa chỉ người gửi: đặt CDS_SMTP_FROM (hoặc CDS_SMTP_USER là một địa chỉ e-mail)",
        "no sender address: set CDS_SMTP_FROM (or a CDS_SMTP_USER that is an address)",
    ),
    "smtp_cannot_connect": (
        "không kết nối được máy chủ thư {server} ({error}); chưa thư nào được gửi",
        "cannot connect to the mail server {server} ({error}); nothing was sent",
    ),
    "smtp_auth_failed": (
        "máy chủ thư {server} từ chối đăng nhập của {user} (sai tên hoặc mật khẩu); "
        "chưa thư nào được gửi",
        "the mail server {server} refused the login of {user} (wrong name or password); "
        "nothing was sent",
    ),
    "smtp_no_starttls": (
        "máy chủ thư {server} không hỗ trợ STARTTLS; chưa thư nào được gửi "
        "(CDS_SMTP_SECURITY=ssl nếu máy chủ dùng cổng 465)",
        "the mail server {server} does not offer STARTTLS; nothing was sent "
        "(CDS_SMTP_SECURITY=ssl if it listens on port 465)",
    ),
    "smtp_refused_recipient": (
        "máy chủ thư {server} từ chối địa chỉ người nhận",
        "the mail server {server} refused the recipient",
    ),
    "smtp_failed": ("lỗi khi gửi qua máy chủ thư {server}", "error sending through {server}"),
    "smtp_no_smtputf8": (
        "máy chủ thư {server} không hỗ trợ địa chỉ có dấu (SMTPUTF8): dùng địa chỉ không dấu "
        "cho đơn vị này, hoặc một máy chủ thư hỗ trợ SMTPUTF8",
        "the mail server {server} does not support non-ASCII addresses (SMTPUTF8): give this "
        "unit an ASCII address, or use a server that supports SMTPUTF8",
    ),
    "smtp_refused_sender": (
        "máy chủ thư {server} từ chối địa chỉ người gửi {sender}",
        "the mail server {server} refused the sender {sender}",
    ),
    "smtp_refused_message": (
        "máy chủ thư {server} từ chối nhận thư này",
        "the mail server {server} refused this message",
    ),
    "smtp_dropped": (
        "mất kết nối với máy chủ thư {server} khi đang gửi; thư này có thể chưa tới",
        "the connection to the mail server {server} was lost while sending; this message may "
        "not have arrived",
    ),
    "smtp_no_answer": (
        "máy chủ thư {server} không trả lời sau {seconds} giây; thư này có thể chưa tới",
        "the mail server {server} did not answer within {seconds} s; this message may not have "
        "arrived",
    ),
    "smtp_not_tried": (
        "chưa gửi: mất kết nối với máy chủ thư {server} và không kết nối lại được ({error})",
        "not tried: the connection to the mail server {server} was lost and could not be made "
        "again ({error})",
    ),
    "smtp_bad_sender": (
        "CDS_SMTP_FROM '{value}' không phải một địa chỉ e-mail (dạng ten@donvi.gov.vn, không "
        "kèm tên, không liệt kê nhiều địa chỉ)",
        "CDS_SMTP_FROM '{value}' is not one e-mail address (name@example.vn, no name, no list)",
    ),
}
