"""`cds remind --send` against a real SMTP server on 127.0.0.1 (aiosmtpd) with STARTTLS and login:
the right recipients, attachments that open, the send log; refusal and bad logins."""

from __future__ import annotations

import contextlib
import io
import json
import socket
import ssl
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from docx import Document
from typer.testing import CliRunner

from cds_tracker.app.sending import Outgoing, Settings, send_all
from cds_tracker.cli import app

runner = CliRunner()
LOG = "nhat-ky-gui-thu.jsonl"


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"vhtt", b"bi-mat")
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made once: key generation is slow)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def smtp(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Inbox, int]]:
    """A server that requires STARTTLS before login, with a certificate for 127.0.0.1 that the
    client trusts through SSL_CERT_FILE."""
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        authenticator=_authenticate,
        auth_require_tls=True,
    )
    controller.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv("CDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("CDS_SMTP_PORT", str(port))
    monkeypatch.setenv("CDS_SMTP_USER", "vhtt")
    monkeypatch.setenv("CDS_SMTP_PASSWORD", "bi-mat")
    monkeypatch.setenv("CDS_SMTP_FROM", "vhtt@tamdiep.example")
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def registry(own_registry: Path) -> Path:
    """Two units with an address, one urged without; only Phòng Y tế and Công an owe (Tháng 11)."""
    path = own_registry / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    for name, address in (("Phòng Y tế", "yte@tamdiep.example"),
                          ("Công an thành phố", "conganh@tamdiep.example")):  # fmt: skip
        old = f"      name: {name}\n"
        assert old in text
        text = text.replace(old, f"{old}      email: {address}\n", 1)
    path.write_text(text, encoding="utf-8")
    return own_registry


def send(registry: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(
        app,
        ["remind", "--month", "11/2023", "--as-of", "01/11/2023", "--send",
         "--registry", str(registry), *extra],
    )  # fmt: skip
    return result.exit_code, result.output


def log_lines(registry: Path) -> list[dict[str, Any]]:
    path = registry / "progress" / LOG
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_send_mails_each_unit_its_letter(smtp: tuple[Inbox, int], registry: Path) -> None:
    inbox, _ = smtp
    code, output = send(registry, "--unit", "Phòng Y tế")
    assert code == 0, output
    assert output.startswith("Đã gửi: Phòng Y tế <yte@tamdiep.example> (<")
    (envelope,) = inbox.envelopes
    assert envelope.rcpt_tos == ["yte@tamdiep.example"]
    assert envelope.mail_from == "vhtt@tamdiep.example"
    mail = message_from_bytes(envelope.content, policy=policy.default)
    assert mail["Subject"] == "V/v đôn đốc thực hiện các chỉ tiêu chuyển đổi số tháng 11/2023"
    assert "Kính gửi: Phòng Y tế." in mail.get_body().get_content()  # type: ignore[union-attr]
    (attachment,) = list(mail.iter_attachments())
    assert attachment.get_filename() == "don-doc-2023-11-phong-y-te.docx"
    letter = Document(io.BytesIO(attachment.get_content()))
    assert "Kính gửi: Phòng Y tế." in [p.text for p in letter.paragraphs]
    (line,) = log_lines(registry)
    assert line["unit"] == "phong-y-te" and line["to"] == "yte@tamdiep.example"
    assert line["result"] == "sent" and line["message_id"] == mail["Message-ID"]
    assert line["attachment"] == "don-doc-2023-11-phong-y-te.docx"


def test_units_without_address_are_reported(smtp: tuple[Inbox, int], registry: Path) -> None:
    inbox, _ = smtp
    code, output = send(registry)
    assert code == 1
    assert sorted(e.rcpt_tos[0] for e in inbox.envelopes) == [
        "conganh@tamdiep.example", "yte@tamdiep.example",
    ]  # fmt: skip
    assert "Chưa gửi: Phòng Nội vụ chưa có địa chỉ e-mail" in output
    assert "0 thư gửi lỗi, 21 đơn vị chưa có địa chỉ" in output
    assert [line["result"] for line in log_lines(registry)] == ["sent", "sent"]
    code, _ = send(registry, "--unit", "Phòng Y tế")  # the log only grows
    assert code == 0 and len(log_lines(registry)) == 3


def test_dry_run_sends_and_logs_nothing(smtp: tuple[Inbox, int], registry: Path) -> None:
    inbox, _ = smtp
    code, output = send(registry, "--dry-run", "--unit", "Công an thành phố")
    assert (code, output) == (
        0,
        "Sẽ gửi: Công an thành phố <conganh@tamdiep.example> — don-doc-2023-11-cong-an.docx\n",
    )
    assert inbox.envelopes == [] and not (registry / "progress" / LOG).exists()


def test_wrong_password_is_a_clear_error(
    smtp: tuple[Inbox, int], registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    monkeypatch.setenv("CDS_SMTP_PASSWORD", "sai")
    code, output = send(registry, "--unit", "Phòng Y tế")
    assert code == 1
    assert (
        f"cds: lỗi: máy chủ thư 127.0.0.1:{port} từ chối đăng nhập của vhtt (sai tên hoặc mật "
        "khẩu); chưa thư nào được gửi\n"
    ) in output
    assert inbox.envelopes == []
    (line,) = log_lines(registry)
    assert line["result"] == "failed" and "từ chối đăng nhập" in line["error"]


def test_refused_connection_is_a_clear_error(
    registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _free_port()  # nothing listens there
    monkeypatch.setenv("CDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("CDS_SMTP_PORT", str(port))
    monkeypatch.setenv("CDS_SMTP_FROM", "vhtt@tamdiep.example")
    code, output = send(registry)
    assert code == 1
    assert f"cds: lỗi: không kết nối được máy chủ thư 127.0.0.1:{port}" in output
    assert "chưa thư nào được gửi" in output
    lines = log_lines(registry)
    assert [(line["unit"], line["result"]) for line in lines] == [
        ("phong-y-te", "failed"), ("cong-an", "failed"),
    ]  # fmt: skip


def test_settings_must_be_given(registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = send(registry)
    assert code == 2
    assert "chưa cấu hình máy chủ thư: đặt biến môi trường CDS_SMTP_HOST" in output
    monkeypatch.setenv("CDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("CDS_SMTP_USER", "vhtt")
    code, output = send(registry)
    assert code == 2 and "thiếu mật khẩu cho tài khoản thư vhtt" in output
    assert not (registry / "progress" / LOG).exists()


def test_send_and_keep_the_files(smtp: tuple[Inbox, int], registry: Path, tmp_path: Path) -> None:
    inbox, _ = smtp
    out = tmp_path / "don-doc"
    code, output = send(registry, "--unit", "Công an thành phố", "--out", str(out))
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == f"Đã soạn 1 văn bản đôn đốc (.docx) trong {out}/"
    assert lines[1].startswith("Đã gửi: Công an thành phố <conganh@tamdiep.example> (<")
    assert lines[2] == f"Đã gửi 1 thư; nhật ký gửi: {registry / 'progress' / LOG}"
    sent = message_from_bytes(inbox.envelopes[0].content, policy=policy.default)
    (attachment,) = list(sent.iter_attachments())
    assert attachment.get_content() == (out / "don-doc-2023-11-cong-an.docx").read_bytes()


class RawServer:
    """A plain SMTP server (no TLS, no login) on 127.0.0.1, by hand, so that it can misbehave
    exactly: `after_data` says, message by message, what it does once a message's DATA ends —
    "ok" (250), "reset" (drop the connection), "hang" (say nothing), or a reply like "554 …".
    `smtputf8`: whether EHLO offers SMTPUTF8; `one_connection`: refuse any after the first."""

    def __init__(
        self, after_data: list[str], smtputf8: bool = True, one_connection: bool = False
    ) -> None:
        self.after_data = list(after_data)
        self.one_connection = one_connection
        self.smtputf8 = smtputf8
        self.received: list[bytes] = []
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = int(self.sock.getsockname()[1])
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            if self.one_connection:
                self.sock.close()  # a second connection is refused
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            self._session(conn, conn.makefile("rb"))

    def _session(self, conn: socket.socket, reader: Any) -> None:
        conn.sendall(b"220 raw ESMTP\r\n")
        while line := reader.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                conn.sendall(b"250-raw\r\n" + (b"250-SMTPUTF8\r\n" if self.smtputf8 else b"")
                             + b"250 8BITMIME\r\n")  # fmt: skip
            elif verb == b"DATA":
                conn.sendall(b"354 go on\r\n")
                body = b""
                while (chunk := reader.readline()) not in (b".\r\n", b""):
                    body += chunk
                what = self.after_data.pop(0) if self.after_data else "ok"
                if what == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return  # closed with linger 0: the client sees 'Connection reset by peer'
                if what == "hang":
                    time.sleep(3)
                    return
                if what == "ok":
                    self.received.append(body)
                conn.sendall(b"250 queued\r\n" if what == "ok" else what.encode() + b"\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    def close(self) -> None:
        self.sock.close()


def _outgoing(*addresses: str) -> list[Outgoing]:
    return [
        Outgoing(f"u{i}", f"Đơn vị {i}", address, f"don-doc-{i}.docx", b"PK")
        for i, address in enumerate(addresses, 1)
    ]


def _send_raw(server: RawServer, items: list[Outgoing], log: Path) -> list[str | None]:
    settings = Settings("127.0.0.1", server.port, "", "", "vhtt@tamdiep.example", "none", 1.0)
    outcomes = send_all(items, settings, log, lambda item: ("V/v", "Kính gửi."))
    return [outcome.error for outcome in outcomes]


@pytest.mark.parametrize("trouble", ["reset", "hang"])
def test_a_dropped_connection_fails_one_letter_and_the_others_still_go(
    tmp_path: Path, trouble: str
) -> None:
    server = RawServer([trouble, "ok", "ok"])
    try:
        items = _outgoing("a@x.vn", "b@x.vn", "c@x.vn")
        errors = _send_raw(server, items, tmp_path / LOG)
    finally:
        server.close()
    where = f"127.0.0.1:{server.port}"
    first = {
        "reset": f"mất kết nối với máy chủ thư {where} khi đang gửi; thư này có thể chưa tới "
        "(Connection reset by peer)",
        "hang": f"máy chủ thư {where} không trả lời sau 1 giây; thư này có thể chưa tới",
    }[trouble]
    assert errors == [first, None, None]
    assert len(server.received) == 2 and server.connections == 2
    lines = [json.loads(line) for line in (tmp_path / LOG).read_text().splitlines()]
    assert [(line["to"], line["result"]) for line in lines] == [
        ("a@x.vn", "failed"), ("b@x.vn", "sent"), ("c@x.vn", "sent"),
    ]  # fmt: skip


def test_letters_left_when_the_server_is_gone_are_logged_not_tried(tmp_path: Path) -> None:
    server = RawServer(["reset"], one_connection=True)
    try:
        errors = _send_raw(server, _outgoing("a@x.vn", "b@x.vn", "c@x.vn"), tmp_path / LOG)
    finally:
        server.close()
    where = f"127.0.0.1:{server.port}"
    assert errors[0] is not None and errors[0].startswith(f"mất kết nối với máy chủ thư {where}")
    not_tried = (
        f"chưa gửi: mất kết nối với máy chủ thư {where} và không kết nối lại được "
        "(Connection refused)"
    )
    assert errors[1:] == [not_tried, not_tried]
    lines = [json.loads(line) for line in (tmp_path / LOG).read_text().splitlines()]
    assert [line["result"] for line in lines] == ["failed", "failed", "failed"]


def test_a_refused_message_is_said_in_vietnamese_with_the_servers_words(tmp_path: Path) -> None:
    server = RawServer(["554 5.7.1 rejected content", "ok"])
    try:
        errors = _send_raw(server, _outgoing("a@x.vn", "b@x.vn"), tmp_path / LOG)
    finally:
        server.close()
    assert errors == [
        f"máy chủ thư 127.0.0.1:{server.port} từ chối nhận thư này (554: 5.7.1 rejected content)",
        None,
    ]
    assert server.connections == 1  # a refusal does not drop the connection


def test_a_unicode_address_needs_smtputf8_and_says_so(tmp_path: Path) -> None:
    server = RawServer([], smtputf8=False)
    try:
        errors = _send_raw(server, _outgoing("thư@tamdiệp.vn", "b@x.vn"), tmp_path / LOG)
    finally:
        server.close()
    assert errors[1] is None
    assert errors[0] == (
        f"máy chủ thư 127.0.0.1:{server.port} không hỗ trợ địa chỉ có dấu (SMTPUTF8): dùng địa "
        "chỉ không dấu cho đơn vị này, hoặc một máy chủ thư hỗ trợ SMTPUTF8"
    )


@pytest.mark.parametrize(
    "sender", ["vhtt@tamdiep.example\nBcc: evil@x.y", "a@b.vn, evil@x.y", "Văn thư <vt@b.vn>"]
)
def test_the_sender_is_one_plain_address(
    registry: Path, monkeypatch: pytest.MonkeyPatch, sender: str
) -> None:
    monkeypatch.setenv("CDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("CDS_SMTP_FROM", sender)
    code, output = send(registry)
    assert code == 2, output
    shown = sender.replace("\n", "\\x0a")
    assert f"cds: lỗi: CDS_SMTP_FROM '{shown}' không phải một địa chỉ e-mail" in output
    assert not (registry / "progress" / LOG).exists()


def test_with_form_attaches_the_units_return_form(
    smtp: tuple[Inbox, int], registry: Path, tmp_path: Path
) -> None:
    import openpyxl

    inbox, _ = smtp
    out = tmp_path / "thu"
    code, output = send(registry, "--unit", "Phòng Y tế", "--with-form", "--out", str(out))
    assert code == 0, output
    form = "phieu-bao-cao-phong-y-te-2023-11.xlsx"
    assert sorted(p.name for p in out.iterdir()) == ["don-doc-2023-11-phong-y-te.docx", form]
    (envelope,) = inbox.envelopes
    mail = message_from_bytes(envelope.content, policy=policy.default)
    letter, sheet = list(mail.iter_attachments())
    assert letter.get_filename() == "don-doc-2023-11-phong-y-te.docx"
    assert sheet.get_filename() == form
    assert sheet.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert sheet.get_content() == (out / form).read_bytes()
    book = openpyxl.load_workbook(io.BytesIO(sheet.get_content()))
    info = {row[0]: row[1] for row in book["_cds"].iter_rows(values_only=True)}
    assert info["unit_id"] == "phong-y-te"
    (line,) = log_lines(registry)
    assert line["forms"] == [form]
