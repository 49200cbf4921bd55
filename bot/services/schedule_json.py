"""The c3voc schedule.json that pretalx and frab export and read
(https://c3voc.de/schedule/schema.json).

Import: every event of every room of every day becomes a session, or a problem that names its
JSON path and the reason; one problem refuses the whole file, as with the TOML file. Down to
the days, events, persons and links, the checks follow the schema's types and refuse fields
the schema does not allow (a typo, or another format), but they require only what the bot uses
(guid, date, duration or end, title) and leave alone the patterns of fields it does not use:
frab's own export breaks the schema's slug and acronym patterns, and an organiser cannot fix
a generated file.

The session's key is the event's `guid`, so re-importing an updated export updates sessions in
place. Texts (title, abstract or else description, room, speakers) are stored under the event's
`language` when the bot speaks it, else under the default language. The kind is the slugified
track, else the type, else "other": kinds from schedule.json are free-form.

Export: the stored sessions, cancelled ones left out, as a document that validates against
schema.json; re-importing it changes nothing.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.services.agenda import _KEY, SessionSpec
from bot.services.roster import Problem
from bot.services.views import SessionView, localized

if TYPE_CHECKING:
    from bot.services.views import EventView

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
# Fixed forever: the guids of exported sessions whose key is not a UUID are made from it.
GUID_NAMESPACE = uuid.UUID("5f6c1a53-6a8e-4c1e-9f1e-6b68617a6172")
KIND_LENGTH = 32

_TYPE_NAMES = {
    "string": "text",
    "integer": "an integer",
    "boolean": "true or false",
    "null": "null",
    "array": "a list",
    "object": "an object",
}
_TOP = {"schedule": ("object",), "$schema": ("string",), "generator": ("object",)}
_SCHEDULE = {"version": ("string",), "base_url": ("string",), "conference": ("object",)}
_CONFERENCE = {
    "acronym": ("string",),
    "title": ("string",),
    "description": ("string",),
    "start": ("string",),
    "end": ("string",),
    "daysCount": ("integer",),
    "timeslot_duration": ("string",),
    "time_zone_name": ("string",),
    "logo": ("string",),
    "colors": ("object",),
    "keywords": ("array",),
    "url": ("string",),
    "tracks": ("array",),
    "rooms": ("array",),
    "meta": ("object",),
    "days": ("array",),
}
_DAY = {
    "index": ("integer",),
    "date": ("string",),
    "day_start": ("string",),
    "day_end": ("string",),
    "rooms": ("object",),
}
_EVENT = {
    "guid": ("string",),
    "code": ("string",),
    "id": ("integer",),
    "logo": ("string", "null"),
    "date": ("string",),
    "start": ("string",),
    "end": ("string",),
    "duration": ("string",),
    "room": ("string",),
    "slug": ("string",),
    "url": ("string",),
    "title": ("string",),
    "subtitle": ("string", "null"),
    "track": ("string", "null"),
    "type": ("string",),
    "language": ("string", "null"),
    "abstract": ("string", "null"),
    "description": ("string", "null"),
    "recording_license": ("string",),
    "do_not_record": ("boolean", "null"),
    "do_not_stream": ("boolean", "string", "null"),
    "persons": ("array",),
    "links": ("array",),
    "feedback_url": ("string",),
    "origin_url": ("string",),
    "attachments": ("array",),
}
_PERSON = {
    "name": ("string",),
    "public_name": ("string",),
    "guid": ("string",),
    "id": ("integer",),
    "url": ("string",),
    "links": ("array",),
    "code": ("string",),
    "avatar": ("string", "null"),
    "biography": ("string", "null"),
}
_REFERENCE = {"type": ("string",), "url": ("string",), "title": ("string",)}
_DURATION = re.compile(r"^(\d+):([0-5]\d)(?::([0-5]\d))?$")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def slugify(text: str, limit: int = KIND_LENGTH) -> str:
    """Lowercase; every run of characters other than letters and digits becomes one '-'."""
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-")[:limit].rstrip("-")


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    expected = {"string": str, "boolean": bool, "array": list, "object": dict}.get(kind)
    return value is None if expected is None else isinstance(value, expected)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _items(value: Any) -> list[Any]:
    """The items of a list; nothing for anything else (its type is reported already)."""
    return value if isinstance(value, list) else []


def _key(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


class _Checker:
    def __init__(self, languages: list[str], default_language: str) -> None:
        self.languages = languages
        self.default_language = default_language
        self.problems: list[Problem] = []
        self.zone: ZoneInfo = ZoneInfo("UTC")

    def fail(self, path: str, reason: str) -> None:
        self.problems.append(Problem(None, f"{path}: {reason}"))

    def fields(
        self,
        path: str,
        raw: Any,
        types: dict[str, tuple[str, ...]],
        required: tuple[str, ...] = (),
        *,
        closed: bool = True,
    ) -> dict[str, Any] | None:
        """`raw` as an object whose known fields have the schema's types, or None."""
        if not isinstance(raw, dict):
            self.fail(path, f"must be an object, not {_shown(raw)}")
            return None
        for name in required:
            if name not in raw:
                self.fail(path, f"{name} is missing")
        for name, value in raw.items():
            kinds = types.get(name)
            if kinds is None:
                if closed:
                    self.fail(path, f"unknown field {name!r} (not in the schedule.json schema)")
            elif not any(_is(value, kind) for kind in kinds):
                wanted = " or ".join(_TYPE_NAMES[kind] for kind in kinds)
                self.fail(f"{path}.{name}", f"must be {wanted}, not {_shown(value)}")
        return raw

    def moment(self, path: str, raw: Any) -> datetime | None:
        """The time `raw` names, in UTC; None if it is absent or not text (already reported)."""
        if not isinstance(raw, str):
            return None
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            example = "2025-11-18T09:00:00+03:30"
            self.fail(path, f"must be a date and time such as {example}, not {_shown(raw)}")
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(ZoneInfo("UTC"))

    def event(self, path: str, room_name: str, raw: Any) -> SessionSpec | None:
        before = len(self.problems)
        event = self.fields(path, raw, _EVENT, ("guid", "date", "title"))
        if event is None:
            return None
        key = event.get("guid")
        if isinstance(key, str) and not (_UUID.match(key) and _KEY.match(key)):
            self.fail(f"{path}.guid", f"must be a UUID such as {GUID_NAMESPACE}, not {_shown(key)}")
        starts = self.moment(f"{path}.date", event.get("date"))
        length = None
        if isinstance(event.get("duration"), str):
            found = _DURATION.match(event["duration"])
            if not found:
                self.fail(
                    f"{path}.duration",
                    f"must be hours:minutes such as 01:30, not {_shown(event['duration'])}",
                )
            else:
                hours, minutes, seconds = (int(part or 0) for part in found.groups())
                length = timedelta(hours=hours, minutes=minutes, seconds=seconds)
        ends = self.moment(f"{path}.end", event.get("end"))
        if starts and length is not None:
            if ends and abs(ends - (starts + length)) >= timedelta(minutes=1):
                self.fail(f"{path}.end", "does not agree with date + duration")
            ends = ends or starts + length
        elif "duration" not in event and "end" not in event:
            self.fail(path, "duration is missing (or give end)")
        if starts and ends and ends <= starts:
            self.fail(path, "ends no later than it starts: the duration must be more than 0:00")
        clock = event.get("start")
        if isinstance(clock, str) and not _CLOCK.match(clock):
            self.fail(f"{path}.start", f"must be hours:minutes such as 09:00, not {_shown(clock)}")
        title = event.get("title")
        if isinstance(title, str) and not title.strip():
            self.fail(f"{path}.title", "is empty")
        speakers = []
        for index, person in enumerate(_items(event.get("persons"))):
            name = self.person(f"{path}.persons[{index}]", person)
            if name:
                speakers.append(name)
        for name in ("links", "attachments"):
            for index, reference in enumerate(_items(event.get(name))):
                self.fields(f"{path}.{name}[{index}]", reference, _REFERENCE, ("url",))
        if len(self.problems) > before or not starts or not ends:
            return None

        spoken = re.split(r"[-_]", event.get("language") or "")[0].lower() or None
        spoken = spoken if spoken in self.languages else None
        lang = spoken or self.default_language
        texts = (event.get("abstract") or "", event.get("description") or "")
        text = next((t.strip() for t in texts if t.strip()), "")
        room = (event["room"] if isinstance(event.get("room"), str) else room_name).strip()
        kind = slugify(event.get("track") or "") or slugify(event.get("type") or "") or "other"
        return SessionSpec(
            line=None,
            key=key,
            kind=kind,
            starts_at=starts,
            ends_at=ends,
            titles={lang: title.strip()},
            descriptions={lang: text} if text else {},
            room={lang: room} if room else {},
            topics=[],
            speakers=[{lang: name} for name in speakers],
            spoken_language=spoken,
            interpretation=[],
            for_everyone=False,
        )

    def person(self, path: str, raw: Any) -> str | None:
        person = self.fields(path, raw, _PERSON, closed=False)
        if person is None:
            return None
        for field in ("name", "public_name"):
            if isinstance(person.get(field), str) and person[field].strip():
                return person[field].strip()
        self.fail(path, "has no name (give name, or public_name)")
        return None


def parse_schedule_json(
    text: str, languages: list[str], timezone: str, default_language: str
) -> tuple[list[SessionSpec], list[Problem]]:
    """The sessions of a schedule.json, and every problem found (the file is good if none).

    Dates without an offset are taken in the file's time_zone_name, else in `timezone`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [], [Problem(exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})")]
    checker = _Checker(languages, default_language)
    top = checker.fields("the document", data, _TOP, ("schedule",))
    schedule = conference = None
    if top and isinstance(top.get("schedule"), dict):
        schedule = checker.fields(
            "schedule", top["schedule"], _SCHEDULE, ("conference",), closed=False
        )
    if schedule and "rooms" in schedule:
        checker.fail(
            "schedule.rooms",
            "not allowed here; the list of rooms belongs in schedule.conference.rooms",
        )
    if schedule and isinstance(schedule.get("conference"), dict):
        conference = checker.fields(
            "schedule.conference", schedule["conference"], _CONFERENCE, ("days",)
        )
    if conference is None:
        return [], checker.problems
    zone_name = conference.get("time_zone_name")
    try:
        checker.zone = ZoneInfo(zone_name if isinstance(zone_name, str) else timezone)
    except (ZoneInfoNotFoundError, ValueError):
        checker.fail("schedule.conference.time_zone_name", f"{zone_name!r} is not a time zone")

    specs: list[SessionSpec] = []
    seen: dict[str, str] = {}
    events = 0
    days = conference.get("days")
    for day_index, raw_day in enumerate(_items(days)):
        day_path = f"schedule.conference.days[{day_index}]"
        day = checker.fields(day_path, raw_day, _DAY, ("rooms",))
        rooms = day.get("rooms") if day else None
        if not isinstance(rooms, dict):
            continue
        for room_name, room_events in rooms.items():
            room_path = f"{day_path}.rooms[{_key(room_name)}]"
            if not isinstance(room_events, list):
                checker.fail(room_path, f"must be a list of events, not {_shown(room_events)}")
                continue
            for index, raw_event in enumerate(room_events):
                events += 1
                path = f"{room_path}[{index}]"
                spec = checker.event(path, room_name, raw_event)
                if spec is None:
                    continue
                if spec.key in seen:
                    checker.fail(
                        f"{path}.guid", f"{spec.key} appears twice (also {seen[spec.key]})"
                    )
                    continue
                seen[spec.key] = path
                specs.append(spec)
    if not events and not checker.problems:
        checker.fail("schedule.conference.days", "the file has no events")
    return specs, checker.problems


def export_guid(event_code: str, key: str) -> str:
    """The key itself when it is a UUID (a session imported from schedule.json), else a UUID
    made from the event and the key, the same at every export."""
    if _UUID.match(key):
        return key
    return str(uuid.uuid5(GUID_NAMESPACE, f"{event_code}/{key}"))


def _acronym(code: str) -> str:
    # The schema's pattern allows no '-' inside the acronym (except a "-2025-name" suffix).
    acronym = re.sub(r"[^a-z0-9_]+", "_", code.lower()).strip("_")
    return acronym if len(acronym) >= 4 else (acronym + "____")[:4]


def _ascii_slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "session"


def _hours_minutes(length: timedelta) -> str:
    minutes = int(length.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def export_schedule_json(
    sessions: Iterable[SessionView],
    event: EventView,
    language_chain: Sequence[str],
) -> dict[str, Any]:
    """The programme as a schedule.json document; texts in the first language of the chain
    that has them. Cancelled sessions are left out. A session's `language` is the language it
    is held in (null if none is set), which is also where a re-import puts its texts."""
    zone = ZoneInfo(event.timezone)
    kept = sorted((s for s in sessions if not s.cancelled), key=lambda s: (s.starts_at, s.key))
    dates: set[date] = {
        event.starts_on + timedelta(days=n)
        for n in range((event.ends_on - event.starts_on).days + 1)
    }
    dates |= {s.starts_at.astimezone(zone).date() for s in kept}
    by_date: dict[date, dict[str, list[dict[str, Any]]]] = {day: {} for day in sorted(dates)}
    room_names: list[str] = []
    for session in kept:
        starts = session.starts_at.astimezone(zone)
        room = localized(session.room, language_chain)
        if room not in room_names:
            room_names.append(room)
        guid = export_guid(event.code, session.key)
        names = [localized(speaker, language_chain) for speaker in session.speakers]
        by_date[starts.date()].setdefault(room, []).append(
            {
                "guid": guid,
                "id": session.id,
                "date": starts.isoformat(),
                "start": f"{starts:%H:%M}",
                "end": session.ends_at.astimezone(zone).isoformat(),
                "duration": _hours_minutes(session.ends_at - session.starts_at),
                "room": room,
                "slug": f"{session.id}-{_ascii_slug(session.key)}",
                "url": f"urn:uuid:{guid}",
                "title": localized(session.titles, language_chain),
                "subtitle": "",
                "track": session.kind,
                "type": "other",
                "language": session.spoken_language,
                "abstract": localized(session.descriptions, language_chain),
                "description": "",
                "persons": [{"name": name, "public_name": name} for name in names if name],
                "links": [],
                "attachments": [],
            }
        )
    days = []
    for index, (day, rooms) in enumerate(by_date.items(), start=1):
        held = [e for room_events in rooms.values() for e in room_events]
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
        starts = min([datetime.fromisoformat(e["date"]) for e in held], default=midnight)
        ends = max(
            [datetime.fromisoformat(e["end"]) for e in held],
            default=midnight + timedelta(hours=23, minutes=59, seconds=59),
        )
        days.append(
            {
                "index": index,
                "date": day.isoformat(),
                "day_start": starts.isoformat(),
                "day_end": ends.isoformat(),
                "rooms": rooms,
            }
        )
    updated = max((s.updated_at for s in kept if getattr(s, "updated_at", None)), default=None)
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": "khazar"},
        "schedule": {
            "version": updated.astimezone(zone).isoformat() if updated else "0",
            "conference": {
                "acronym": _acronym(event.code),
                "title": localized(event.names, language_chain),
                "start": min(dates).isoformat(),
                "end": max(dates).isoformat(),
                "daysCount": len(days),
                "timeslot_duration": "00:05",
                "time_zone_name": event.timezone,
                "rooms": [
                    {"name": name, "guid": export_guid(event.code, f"room/{name}")}
                    for name in room_names
                ],
                "days": days,
            },
        },
    }
