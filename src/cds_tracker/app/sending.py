"""E-mailing each unit its letter (`cds remind --send`), and the log that proves it was urged.

Server settings come from the environment: CDS_SMTP_HOST (required), CDS_SMTP_PORT (587),
CDS_SMTP_USER, CDS_SMTP_FROM (default: the user), CDS_SMTP_SECURITY (starttls, the default; ssl;
or none, for a relay on the same machine only). The password comes from CDS_SMTP_PASSWORD or, when
the `keyring` package is installed, from the system keyring (service "cds-tracker", the user's
name) — never from the registry, which lives in git. Every message handed to the server, or that
failed, is one JSON line appended to progress/nhat-ky-gui-thu.jsonl beside the progress files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import smtplib
import socket
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from cds_tracker.core.constraints import Pattern
from cds_tracker.core.errors import DataError, UsageError, msg
from cds_tracker.core.records import EMAIL
from cds_tracker.output.words import Lang, label

LOG_NAME = "nhat-ky-gui-thu.jsonl"
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
SECURITY = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class Outgoing:
    unit_id: str
    unit: str
    address: str
    filename: str
    data: bytes
    forms: tuple[tuple[str, bytes], ...] = ()  # return forms sent with the letter (--with-form)


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    user: str
    password: str
    sender: str
    security: str = "starttls"
    timeout: float = 30.0


def settings_from(environ: Mapping[str, str], lang: Lang = "vi") -> Settings:
    host = environ.get("CDS_SMTP_HOST", "").strip()
    if not host:
        raise UsageError(label("smtp_no_host", lang), hint=label("smtp_settings_hint", lang))
    security = environ.get("CDS_SMTP_SECURITY", "starttls").strip().lower()
    if security not in SECURITY:
        raise UsageError(label("smtp_bad_security", lang, value=security))
    port_text = environ.get("CDS_SMTP_PORT", "465" if security == "ssl" else "587").strip()
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise UsageError(label("smtp_bad_port", lang, value=port_text))
    user = environ.get("CDS_SMTP_USER", "").strip()
    password = environ.get("CDS_SMTP_PASSWORD") or (_keyring_password(user) if user else "")
    if user and not password:
        raise UsageError(label("smtp_no_password", lang, user=user))
    given = environ.get("CDS_SMTP_FROM", "").strip()
    sender = given or user
    if "@" not in sender:
        raise UsageError(label("smtp_no_sender", lang), hint=label("smtp_settings_hint", lang))
    if not Pattern(EMAIL).accepts(sender):  # the very check a unit's email: passes
        shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in sender)
        raise UsageError(label("smtp_bad_sender", lang, value=shown))
    return Settings(host, int(port_text), user, password, sender, security)


def _keyring_password(user: str) -> str:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return ""
    try:
        return str(keyring.get_password("cds-tracker", user) or "")
    except Exception:  # any keyring backend failure means: no password stored
        return ""


def message(item: Outgoing, settings: Settings, subject: str, body: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = settings.sender
    mail["To"] = item.address
    mail["Subject"] = subject
    mail["Date"] = format_datetime(dt.datetime.now(dt.timezone.utc))
    mail["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    mail.set_content(body)
    mail.add_attachment(
        item.data, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename=item.filename
    )
    for name, data in item.forms:
        mail.add_attachment(data, maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=name)
    return mail


@dataclass(frozen=True)
class Outcome:
    item: Outgoing
    message_id: str
    error: str | None  # None: the server accepted the message


def send_all(
    items: Sequence[Outgoing],
    settings: Settings,
    log: Path,
    compose: Callable[[Outgoing], tuple[str, str]],
    lang: Lang = "vi",
) -> list[Outcome]:
    """Send each letter, logging every outcome. A failure to connect or log in before anything
    is sent stops there: each letter is logged as failed and DataError is raised. A connection
    lost mid-run (reset, closed, no answer) fails that letter only: the next one reconnects, and
    if that fails too, the letters left are logged as not tried."""
    mails = [message(item, settings, *compose(item)) for item in items]
    outcomes: list[Outcome] = []
    try:
        server: smtplib.SMTP | None = _connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        reason = _reason(exc, settings, lang, connecting=True)
        for item, mail in zip(items, mails, strict=True):
            append_log(log, _record(item, mail, settings, reason))
        raise DataError(reason) from None
    lost = ""  # why the connection could not be made again, once it could not
    try:
        for item, mail in zip(items, mails, strict=True):
            error: str | None = None
            if server is None and not lost:
                try:
                    server = _connect(settings)
                except (OSError, smtplib.SMTPException) as exc:
                    where = f"{settings.host}:{settings.port}"
                    lost = label("smtp_not_tried", lang, server=where, error=_detail(exc))
            if lost:
                error = lost
            else:
                assert server is not None
                try:
                    server.send_message(mail)
                except (OSError, smtplib.SMTPException) as exc:
                    error = _reason(exc, settings, lang)
                    if _lost(exc):
                        _close(server)  # the connection is gone or unusable: a new one next
                        server = None
            append_log(log, _record(item, mail, settings, error))
            outcomes.append(Outcome(item, str(mail["Message-ID"]), error))
    finally:
        if server is not None:
            _quit(server)
    return outcomes


def _close(server: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):  # closing a socket the server already dropped
        server.close()


def _quit(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        _close(server)  # everything is sent and logged; a rude goodbye changes nothing


def _connect(settings: Settings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    server: smtplib.SMTP
    if settings.security == "ssl":
        server = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            server.starttls(context=context)
        if settings.user:
            server.login(settings.user, settings.password)
    except BaseException:
        server.close()
        raise
    return server


def _reason(exc: BaseException, settings: Settings, lang: Lang, connecting: bool = False) -> str:
    """One Vietnamese (or English) line for what went wrong; what the server or the system said
    follows as a detail in brackets ("(554: rejected content)"), never as the message itself."""
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return label("smtp_auth_failed", lang, server=where, user=settings.user)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return label("smtp_no_starttls" if connecting else "smtp_no_smtputf8", lang, server=where)
    if connecting and _lost(exc):
        return label("smtp_cannot_connect", lang, server=where, error=_detail(exc) or "—")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = list(exc.recipients.values())
        said = _said(*answers[0]) if answers else ""
        return label("smtp_refused_recipient", lang, server=where) + said
    if isinstance(exc, smtplib.SMTPSenderRefused):
        said = _said(exc.smtp_code, exc.smtp_error)
        return label("smtp_refused_sender", lang, server=where, sender=exc.sender) + said
    if isinstance(exc, smtplib.SMTPResponseException):
        said = _said(exc.smtp_code, exc.smtp_error)
        return label("smtp_refused_message", lang, server=where) + said
    if isinstance(exc, socket.timeout | TimeoutError) or isinstance(
        exc.__cause__ or exc.__context__, socket.timeout | TimeoutError
    ):
        return label("smtp_no_answer", lang, server=where, seconds=f"{settings.timeout:g}")
    if _lost(exc):
        detail = _detail(exc)
        return label("smtp_dropped", lang, server=where) + (f" ({detail})" if detail else "")
    return label("smtp_failed", lang, server=where) + f" ({_detail(exc)})"


def _lost(exc: BaseException) -> bool:
    """The connection is gone (a socket error, or the server hung up), as opposed to an answer
    from the server. SMTPException is an OSError too: it is not a lost connection."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return True
    return isinstance(exc, OSError) and not isinstance(exc, smtplib.SMTPException)


def _detail(exc: BaseException) -> str:
    """What the system said, without Python's decoration: 'Connection reset by peer'."""
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timeout"
    cause = exc.__cause__ or exc.__context__  # smtplib wraps the socket's own error
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _detail(cause) if isinstance(cause, OSError) else ""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _said(code: int, text: bytes | str) -> str:
    """The server's own answer, as a detail: ' (mã 554: rejected content)'."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(text.split())[:200]
    if not code and not text:
        return ""
    return f" ({code}: {text})" if code else f" ({text})"


def _record(
    item: Outgoing, mail: EmailMessage, settings: Settings, error: str | None
) -> dict[str, object]:
    return {
        "time": dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
        "unit": item.unit_id,
        "to": item.address,
        "from": settings.sender,
        "subject": str(mail["Subject"]),
        "attachment": item.filename,
        "sha256": hashlib.sha256(item.data).hexdigest(),
        **({"forms": [name for name, _ in item.forms]} if item.forms else {}),
        "message_id": str(mail["Message-ID"]),
        "result": "sent" if error is None else "failed",
        **({"error": error} if error is not None else {}),
    }


def append_log(log: Path, record: dict[str, object]) -> None:
    """One complete JSON line per message, appended and flushed to disk before going on."""
    line = json.dumps(record, ensure_ascii=False) + "\n"
    if log.is_symlink() or (log.exists() and not log.is_file()):
        raise DataError(msg("send.log_not_regular", path=log))
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
