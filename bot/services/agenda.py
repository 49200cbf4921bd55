"""The programme: sessions imported from the organisers' TOML file.

A file is taken whole or not at all: every session is checked first, and a broken one is
reported with the line of its `[[session]]` and the reason. Sessions are matched by their
`key`, so re-importing a corrected file updates them in place (people keep them in their
agenda) and the report says, per session, which fields changed. Times in the file are event
time (the event's time zone) unless they carry their own offset.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.services.roster import Problem, toml_header_lines
from bot.services.views import SessionView
from bot.storage import agenda as agenda_queries
from bot.storage import programme as programme_queries
from bot.storage.database import Database
from bot.storage.models import AgendaSession

KINDS = (
    "opening",
    "general-panel",
    "economy",
    "transit",
    "environment",
    "expo",
    "bilateral",
    "ceremony",
    "social",
    "transport",
)
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
FIELDS = (
    "kind",
    "starts_at",
    "ends_at",
    "titles",
    "descriptions",
    "room",
    "topics",
    "speakers",
    "spoken_language",
    "interpretation",
    "for_everyone",
)


# The fields of a [[session]] in the file; `title`, `description`, `starts` and `ends` are
# stored as `titles`, `descriptions`, `starts_at` and `ends_at`.
FILE_FIELDS = frozenset(
    {"key", "title", "description", "starts", "ends"}
    | {name for name in FIELDS if name not in {"titles", "descriptions", "starts_at", "ends_at"}}
)


class AgendaImportError(Exception):
    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


@dataclass(frozen=True, slots=True)
class SessionSpec:
    line: int | None
    key: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    titles: dict[str, str]
    descriptions: dict[str, str]
    room: dict[str, str]
    topics: list[dict[str, str]]
    speakers: list[dict[str, str]]
    spoken_language: str | None
    interpretation: list[str]
    for_everyone: bool


@dataclass
class AgendaImportReport:
    created: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    not_in_file: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"sessions: {len(self.created)} new, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged"
        ]
        out += [f"  {key}: {', '.join(fields)} changed" for key, fields in self.changed.items()]
        if self.not_in_file:
            out.append(
                "  not in the file, left as they were (cancel them from the staff group): "
                + ", ".join(self.not_in_file)
            )
        return out


class _SessionChecker:
    def __init__(self, languages: list[str], zone: ZoneInfo) -> None:
        self.languages = languages
        self.zone = zone
        self.problems: list[Problem] = []

    def fail(self, line: int | None, reason: str) -> None:
        self.problems.append(Problem(line, reason))

    def names(self, line: int | None, raw: Any, name: str, *, required: bool) -> dict[str, str]:
        if raw is None:
            if required:
                self.fail(
                    line, f'{name} is missing; give it per language, e.g. {name} = {{ en = "..." }}'
                )
            return {}
        if not isinstance(raw, dict):
            self.fail(line, f"{name} must be a table of language = text")
            return {}
        result = {}
        for lang, text in raw.items():
            if lang not in self.languages:
                self.fail(
                    line, f"{name} has language {lang!r}, not one of {', '.join(self.languages)}"
                )
            elif not isinstance(text, str) or not text.strip():
                self.fail(line, f"{name}.{lang} must be non-empty text")
            else:
                result[lang] = text.strip()
        if required and not result and not any(p.line == line for p in self.problems):
            self.fail(line, f"{name} needs text in at least one language")
        return result

    def moment(self, line: int | None, raw: Any, name: str) -> datetime | None:
        if isinstance(raw, datetime):
            local = raw if raw.tzinfo else raw.replace(tzinfo=self.zone)
            return local.astimezone(ZoneInfo("UTC"))
        if isinstance(raw, date | time) or raw is not None:
            self.fail(line, f"{name} must be a date and time such as 2025-11-18T09:30:00")
        else:
            self.fail(line, f"{name} is missing")
        return None

    def session(self, line: int | None, raw: dict[str, Any]) -> SessionSpec | None:
        before = len(self.problems)
        key = raw.get("key")
        if not isinstance(key, str) or not _KEY.match(key):
            self.fail(line, "key must be Latin letters, digits, '-', '_' or '.' (at most 64)")
        kind = raw.get("kind")
        if kind not in KINDS:
            self.fail(line, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        starts = self.moment(line, raw.get("starts"), "starts")
        ends = self.moment(line, raw.get("ends"), "ends")
        if starts and ends and ends <= starts:
            self.fail(line, "ends is not after starts")
        titles = self.names(line, raw.get("title"), "title", required=True)
        descriptions = self.names(line, raw.get("description"), "description", required=False)
        room = self.names(line, raw.get("room"), "room", required=False)
        topics = [self.names(line, t, "topics[]", required=True) for t in raw.get("topics", [])]
        speakers = [
            self.names(line, s, "speakers[]", required=True) for s in raw.get("speakers", [])
        ]
        spoken = raw.get("spoken_language")
        if spoken is not None and spoken not in self.languages:
            self.fail(line, f"spoken_language {spoken!r} is not one of {', '.join(self.languages)}")
        interpretation = raw.get("interpretation", [])
        if not isinstance(interpretation, list) or any(
            i not in self.languages for i in interpretation
        ):
            self.fail(line, f"interpretation must list languages among {', '.join(self.languages)}")
        for_everyone = raw.get("for_everyone", False)
        if not isinstance(for_everyone, bool):
            self.fail(line, "for_everyone must be true or false")
        unknown = set(raw) - FILE_FIELDS
        for name in sorted(unknown):
            self.fail(line, f"unknown field {name!r} (a typo?)")
        if len(self.problems) > before or starts is None or ends is None:
            return None
        return SessionSpec(
            line,
            key,
            kind,
            starts,
            ends,
            titles,
            descriptions,
            room,
            topics,
            speakers,
            spoken,
            list(interpretation),
            for_everyone,
        )


def parse_agenda_toml(
    text: str, languages: list[str], timezone: str
) -> tuple[list[SessionSpec], list[Problem]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        return [], [Problem(int(found[1]) if found else None, f"not valid TOML: {exc}")]
    checker = _SessionChecker(languages, ZoneInfo(timezone))
    for name in sorted(set(data) - {"session"}):
        checker.fail(None, f"unknown section {name!r}; sessions are written as [[session]]")
    entries = data.get("session", [])
    if not isinstance(entries, list):
        return [], [Problem(None, "sessions must be written as [[session]] tables")]
    lines = toml_header_lines(text, "session")
    specs: list[SessionSpec] = []
    seen: dict[str, int | None] = {}
    for index, entry in enumerate(entries):
        line = lines[index] if len(lines) == len(entries) else None
        spec = checker.session(line, entry) if isinstance(entry, dict) else None
        if spec is None:
            continue
        if spec.key in seen:
            checker.fail(line, f"key {spec.key!r} appears twice (also line {seen[spec.key]})")
            continue
        seen[spec.key] = line
        specs.append(spec)
    if not entries:
        checker.fail(None, "the file has no [[session]]")
    return specs, checker.problems


class AgendaService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        languages: list[str],
        timezone: str,
        default_language: str | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._languages = languages
        self._timezone = timezone
        # Where texts of a schedule.json event in a language the bot does not speak go.
        self._default_language = default_language or ("en" if "en" in languages else languages[0])

    async def import_toml(self, event_id: int, source: str, text: str) -> AgendaImportReport:
        specs, problems = parse_agenda_toml(text, self._languages, self._timezone)
        problems.sort(key=lambda p: (p.line or 0, p.reason))
        return await self._apply(event_id, source, specs, problems)

    async def _apply(
        self, event_id: int, source: str, specs: list[SessionSpec], problems: list[Problem]
    ) -> AgendaImportReport:
        """Store the sessions of a whole file, matched by key; or none if it had problems."""
        if problems:
            raise AgendaImportError(source, problems)
        now = self._clock.now()

        def apply(session: Any) -> AgendaImportReport:
            report = AgendaImportReport()
            existing = agenda_queries.sessions_by_key(session, event_id)
            for spec in specs:
                row = existing.pop(spec.key, None)
                values = {name: getattr(spec, name) for name in FIELDS}
                if row is None:
                    session.add(
                        AgendaSession(event_id=event_id, key=spec.key, updated_at=now, **values)
                    )
                    report.created.append(spec.key)
                    continue
                changed = [name for name, value in values.items() if getattr(row, name) != value]
                if changed:
                    for name in changed:
                        setattr(row, name, values[name])
                    row.updated_at = now
                    report.changed[spec.key] = changed
                else:
                    report.unchanged.append(spec.key)
            report.not_in_file = sorted(existing)
            return report

        return await self._db.transact(apply)

    async def import_file(self, event_id: int, source: str, text: str) -> AgendaImportReport:
        """Import the TOML file or a schedule.json (pretalx, frab), told apart by content."""
        text = text.removeprefix("\ufeff")  # a byte order mark, as some Windows editors write
        if not text.lstrip().startswith("{"):
            return await self.import_toml(event_id, source, text)
        from bot.services.schedule_json import parse_schedule_json  # it imports this module

        specs, problems = parse_schedule_json(
            text, self._languages, self._timezone, self._default_language
        )
        return await self._apply(event_id, source, specs, problems)

    async def sessions(self, event_id: int) -> list[SessionView]:
        """Every session of the event, cancelled ones too, by start time."""
        rows = await self._db.read(lambda session: programme_queries.sessions(session, event_id))
        return [SessionView.of(row) for row in rows]
