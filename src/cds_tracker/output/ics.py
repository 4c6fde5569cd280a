"""The deadlines as an iCalendar file (RFC 5545), for Outlook or Google Calendar."""

from __future__ import annotations

import datetime as dt

from cds_tracker.core.dates import format_date
from cds_tracker.core.deadline_words import with_year
from cds_tracker.core.statuses import NOT_IN_FORCE
from cds_tracker.output.carried import UNREAD, Origins
from cds_tracker.output.reminders import status_phrase
from cds_tracker.output.sanitize import ics_text
from cds_tracker.output.tables import id_line
from cds_tracker.output.words import label
from cds_tracker.questions.tracker import Tracker


def ics(tracker: Tracker, as_of: dt.date, origins: Origins = UNREAD) -> bytes:
    """Each dated target as an all-day event on its deadline, named as the documents cite it:
    the number in force of the plan's own target, a carried one's 'II.4 (2023)' (its UID keeps
    the registry's id, which never changes)."""
    from cds_tracker.registry.numbering import numbers_on

    index = tracker.index
    numbers = numbers_on(tracker.registry, as_of)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    calendar_name = label("calendar_name", "vi", appendix=tracker.registry.document.appendix)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//cds-tracker//Phu luc 01//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_text(calendar_name)}",
    ]
    for row in tracker.rows(as_of):
        month = row.target.deadline.month
        if month is None or row.status.code in NOT_IN_FORCE:
            continue  # an annulled target has no deadline left, nor a number (its old one is taken)
        day = month.last_day
        content = row.target.content
        short = content if len(content) <= 80 else content[:79].rsplit(" ", 1)[0] + "…"
        description = "\n".join(
            [
                content,
                # The plan's own words ("Quý III/2024"): the event's day is only its month's end;
                # "Quý III" the plan printed without its year, with it (core/deadline_words.py).
                f"{label('deadline_full', 'vi')}: {with_year(row.target.deadline.text, month)}",
                f"{label('lead', 'vi')}: "
                + "; ".join(index.name(u) for u in row.target.lead.units),
                f"{label('cooperating', 'vi')}: "
                + "; ".join(index.name(u) for u in row.target.cooperating.units),
                label("status_on", "vi", date=format_date(as_of), status=status_phrase(row)),
            ]
        )
        # as every table names it: 'I.3 (STT I.2)' once a revision renumbered it, never the bare
        # 'I.2' another target had (output/tables.py id_line)
        named = id_line(row.target, "vi", origins, numbers.get(row.target.id))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_text(row.target.id)}-{month.iso()}@cds-tracker",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_text(named + ' ' + short)}",
            f"DESCRIPTION:{_text(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines).encode("utf-8")


def _text(text: str) -> str:
    """A TEXT value: controls gone (`sanitize.ics_text`), line breaks and separators escaped."""
    return (
        ics_text(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a
    UTF-8 character."""
    out: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)
