"""E-mailing each unit its letter (`cds remind --send`), and the log that proves it was urged.

Server settings come from the environment: CDS_SMTP_HOST (required), CDS_SMTP_PORT (587),
CDS_SMTP_USER, CDS_SMTP_FROM (default: the user), CDS_SMTP_SECURITY (starttls, the default; ssl;
or none, for a relay on the same machine only). The password comes from CDS_SMTP_PASSWORD or, when
the `keyring` package is installed, from the system keyring (service "cds-tracker", the user's
name) — never from the registry, which lives in git. Every message handed to the server, or that
failed, is one JSON line appended to progress/nhat-ky-gui-thu.jsonl beside the progress files.
"""

from __future__ import annotations

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

from cds_tracker.core.errors import DataError, UsageError
from cds_tracker.output.words import Lang, label, resolve_lang

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


def settings_from(environ: Mapping[str, str]) -> Settings:
    lang = resolve_lang(None)
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
    sender = environ.get("CDS_SMTP_FROM", "").strip() or user
    if "@" not in sender:
        raise UsageError(label("smtp_no_sender", lang), hint=label("smtp_settings_hint", lang))
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
) -> list[Outcome]:
    """Send each letter over one connection; log every outcome. A failure to connect or log in
    stops before anything is sent: each letter is logged as failed and DataError is raised."""
    lang = resolve_lang(None)
    mails = [message(item, settings, *compose(item)) for item in items]
    outcomes: list[Outcome] = []
    try:
        server = _connect(settings)
    except (OSError, smtplib.SMTPException) as exc:
        reason = _reason(exc, settings, lang)
        for item, mail in zip(items, mails, strict=True):
            append_log(log, _record(item, mail, settings, reason))
        raise DataError(reason) from None
    with server:
        for item, mail in zip(items, mails, strict=True):
            error: str | None = None
            try:
                server.send_message(mail)
            except (OSError, smtplib.SMTPException) as exc:
                error = _reason(exc, settings, lang)
            append_log(log, _record(item, mail, settings, error))
            outcomes.append(Outcome(item, str(mail["Message-ID"]), error))
    return outcomes


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


def _reason(exc: BaseException, settings: Settings, lang: Lang) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return label("smtp_auth_failed", lang, server=where, user=settings.user)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return label("smtp_no_starttls", lang, server=where)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return label("smtp_refused_recipient", lang, server=where)
    if isinstance(exc, ConnectionRefusedError | socket.timeout | socket.gaierror | TimeoutError):
        return label("smtp_cannot_connect", lang, server=where, error=str(exc))
    return label("smtp_failed", lang, server=where, error=str(exc) or type(exc).__name__)


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
        raise DataError(f"{log}: the send log must be a regular file; nothing more was logged")
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
