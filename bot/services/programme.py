"""The programme as a delegate uses it: by day, by track, now and next, one session, their own
agenda and their reminder choices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.services.views import Preferences, SessionView
from bot.storage import programme as queries
from bot.storage.database import Database


class PickOutcome:
    ADDED = "added"
    REMOVED = "removed"
    ALREADY = "already"
    NOT_THERE = "not_there"
    GONE = "gone"
    FOR_EVERYONE = "for_everyone"


@dataclass(frozen=True, slots=True)
class Day:
    """A day of the programme and what is on it."""

    day: date
    sessions: list[SessionView]


class ProgrammeService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        timezone: str,
        lead_choices: list[int],
        default_lead: int,
        on_agenda_changed: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        self._clock = clock
        self.zone = ZoneInfo(timezone)
        self.lead_choices = list(lead_choices)
        self.default_lead = default_lead
        # Adding a session or changing the lead time can bring a reminder closer than the
        # reminder timer's next wake-up; this tells it to look again.
        self.on_agenda_changed = on_agenda_changed

    async def days(self, event_id: int) -> list[date]:
        rows = await self._db.read(lambda s: queries.sessions(s, event_id))
        return sorted({row.starts_at.astimezone(self.zone).date() for row in rows})

    async def kinds(self, event_id: int) -> list[str]:
        rows = await self._db.read(lambda s: queries.sessions(s, event_id))
        seen: dict[str, None] = {}
        for row in rows:
            seen.setdefault(row.kind, None)
        return list(seen)

    async def on_day(self, event_id: int, day: date) -> list[SessionView]:
        start = datetime.combine(day, time(0), self.zone)
        end = start + timedelta(days=1)
        rows = await self._db.read(
            lambda s: queries.sessions(s, event_id, starting_from=start, starting_before=end)
        )
        return [SessionView.of(row) for row in rows]

    async def of_kind(self, event_id: int, kind: str) -> list[SessionView]:
        rows = await self._db.read(lambda s: queries.sessions(s, event_id, kind=kind))
        return [SessionView.of(row) for row in rows]

    async def session(self, event_id: int, session_id: int) -> SessionView | None:
        row = await self._db.read(lambda s: queries.session_by_id(s, event_id, session_id))
        return SessionView.of(row) if row else None

    async def now_and_next(
        self, event_id: int, upcoming: int = 3
    ) -> tuple[list[SessionView], list[SessionView]]:
        now = self._clock.now()
        rows = await self._db.read(
            lambda s: queries.sessions(s, event_id, ending_after=now, with_cancelled=False)
        )
        current = [SessionView.of(r) for r in rows if r.starts_at <= now]
        later = [SessionView.of(r) for r in rows if r.starts_at > now][:upcoming]
        return current, later

    async def picked(self, delegate_id: int) -> set[int]:
        return await self._db.read(lambda s: queries.picked_ids(s, delegate_id))

    async def personal(self, event_id: int, delegate_id: int) -> list[SessionView]:
        rows = await self._db.read(lambda s: queries.personal_sessions(s, event_id, delegate_id))
        return [SessionView.of(row) for row in rows]

    async def add(self, event_id: int, delegate_id: int, session_id: int) -> str:
        return await self._pick(event_id, delegate_id, session_id, add=True)

    async def remove(self, event_id: int, delegate_id: int, session_id: int) -> str:
        return await self._pick(event_id, delegate_id, session_id, add=False)

    async def _pick(self, event_id: int, delegate_id: int, session_id: int, *, add: bool) -> str:
        now = self._clock.now()

        def change(session: Session) -> str:
            row = queries.session_by_id(session, event_id, session_id)
            if row is None:
                return PickOutcome.GONE
            if row.for_everyone:
                return PickOutcome.FOR_EVERYONE
            if add:
                if row.cancelled:
                    return PickOutcome.GONE
                done = queries.add_pick(session, delegate_id, session_id, now)
                return PickOutcome.ADDED if done else PickOutcome.ALREADY
            done = queries.remove_pick(session, delegate_id, session_id)
            return PickOutcome.REMOVED if done else PickOutcome.NOT_THERE

        outcome = await self._db.transact(change)
        if outcome == PickOutcome.ADDED:
            self.on_agenda_changed()
        return outcome

    async def preferences(self, delegate_id: int) -> Preferences:
        found = await self._db.read(lambda s: queries.preferences(s, delegate_id))
        if found is None:
            return Preferences(self.default_lead, True, False, None)
        delegate, home = found
        return Preferences(
            delegate.reminder_minutes or self.default_lead,
            delegate.morning_briefing,
            delegate.home_time,
            home,
        )

    async def set_lead(self, delegate_id: int, minutes: int) -> bool:
        if minutes not in self.lead_choices:
            return False
        await self._set(delegate_id, reminder_minutes=minutes)
        self.on_agenda_changed()
        return True

    async def set_briefing(self, delegate_id: int, on: bool) -> None:
        await self._set(delegate_id, morning_briefing=on)

    async def set_home_time(self, delegate_id: int, on: bool) -> None:
        await self._set(delegate_id, home_time=on)

    async def _set(self, delegate_id: int, **values: object) -> None:
        await self._db.transact(lambda s: queries.set_preference(s, delegate_id, **values))
