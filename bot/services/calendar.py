"""Sessions as an iCalendar file (RFC 5545), for the programme's export and a delegate's own
agenda: calendar apps import it, and its alarms remind without the bot.

Times are written in UTC, so no VTIMEZONE is needed and every app shows them in its own zone;
X-WR-TIMEZONE names the event's zone for the apps that display it. A session's UID is made
from its key, so importing a newer file updates the entries instead of adding copies, and a
cancelled session stays in the file with STATUS:CANCELLED (and no alarm) so that the apps drop
it rather than keep the old entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from icalendar import Alarm, Calendar, Event

from bot.services.views import localized

PRODUCT_ID = "-//Khazar//Summit agenda//EN"


class CalendarSession(Protocol):
    """What a calendar entry needs of a session: an AgendaSession row, or any view of one."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def starts_at(self) -> datetime: ...
    @property
    def ends_at(self) -> datetime: ...
    @property
    def titles(self) -> Mapping[str, str]: ...
    @property
    def descriptions(self) -> Mapping[str, str]: ...
    @property
    def room(self) -> Mapping[str, str]: ...
    @property
    def cancelled(self) -> bool: ...


def sessions_to_ics(
    sessions: Iterable[CalendarSession],
    language_chain: Sequence[str],
    lead_minutes: int,
    event_timezone: str,
    calendar_name: str,
    uid_domain: str,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """A VCALENDAR with one VEVENT per session, texts in the first language of the chain
    that has them, and a display alarm `lead_minutes` before each session that is on.

    `uid_domain` makes the UIDs unique beyond this programme (e.g. "<event code>.khazar").
    DTSTAMP is the session's `updated_at` when it has one, else `stamp`, else now."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", event_timezone)
    now = stamp or datetime.now(UTC)
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.key)):
        summary = localized(session.titles, language_chain)
        entry = Event()
        entry.add("uid", f"{session.key}@{uid_domain}")
        updated = getattr(session, "updated_at", None)
        entry.add("dtstamp", (updated or now).astimezone(UTC))
        if updated is not None:
            entry.add("last-modified", updated.astimezone(UTC))
        entry.add("dtstart", session.starts_at.astimezone(UTC))
        entry.add("dtend", session.ends_at.astimezone(UTC))
        entry.add("summary", summary)
        location = localized(session.room, language_chain)
        if location:
            entry.add("location", location)
        description = localized(session.descriptions, language_chain)
        if description:
            entry.add("description", description)
        entry.add("categories", [session.kind])
        entry.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
        if not session.cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", timedelta(minutes=-lead_minutes))
            alarm.add("description", summary)
            entry.add_component(alarm)
        calendar.add_component(entry)
    return calendar.to_ical()
