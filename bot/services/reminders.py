"""Session reminders and the morning briefing.

The database is the source of truth: nothing about a reminder lives in the scheduler. Each
`run_due` looks at the programme and the personal agendas as they are now, writes to the
outbox every reminder and briefing that has fallen due, and says when the next one falls due,
so the scheduler can sleep until then. The outbox's unique key (kind, ref, platform, chat)
makes a second run a no-op, so a restart, a second sweep or a retried transaction never sends
anything twice. A reminder's ref names the session and its start time: when a session moves,
its waiting reminders are withdrawn and new ones fall due for the new time.

A reminder that fell due while the bot was down goes out at the next run if its session has
not begun; once the session has begun it is no longer offered. The morning briefing likewise
goes out within a window after its hour, never in the afternoon.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.i18n import Translator, TranslatorHub
from bot.services import texts
from bot.services.delivery import Outgoing, write_to_outbox
from bot.services.views import SessionView, localized
from bot.storage import meetings as meeting_queries
from bot.storage import programme as queries
from bot.storage.database import Database
from bot.storage.models import AgendaSession, Meeting

REMINDER = "reminder"
BRIEFING = "briefing"
# Reminders go before other bulk messages: a reminder late is a reminder lost.
REMINDER_PRIORITY = 20
BRIEFING_PRIORITY = 40


def reminder_ref(row: AgendaSession | SessionView) -> str:
    return f"{reminder_ref_prefix(row.id)}{row.starts_at:%Y%m%dT%H%MZ}"


def reminder_ref_prefix(session_id: int) -> str:
    return f"s{session_id}@"


def meeting_reminder_ref(meeting: Meeting) -> str:
    assert meeting.starts_at is not None
    return f"{meeting_reminder_prefix(meeting.id)}{meeting.starts_at:%Y%m%dT%H%MZ}"


def meeting_reminder_prefix(meeting_id: int) -> str:
    return f"m{meeting_id}@"


@dataclass(frozen=True, slots=True)
class RunReport:
    reminders: int
    briefings: int
    next_due: datetime | None


class ReminderService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        hub: TranslatorHub,
        *,
        timezone: str,
        event_days: tuple[date, date],
        lead_choices: list[int],
        default_lead: int,
        briefing_hour: int,
        briefing_window: timedelta,
    ) -> None:
        self._db = db
        self._clock = clock
        self._hub = hub
        self.zone = ZoneInfo(timezone)
        self._event_days = event_days
        self._leads = sorted(set(lead_choices))
        self._default_lead = default_lead
        self._briefing_hour = briefing_hour
        self._briefing_window = briefing_window

    def briefing_times(self) -> list[tuple[date, datetime]]:
        first, last = self._event_days
        return [
            (day, datetime.combine(day, time(self._briefing_hour), self.zone).astimezone(_UTC))
            for day in (first + timedelta(days=n) for n in range((last - first).days + 1))
        ]

    async def run_due(self, event_id: int) -> RunReport:
        now = self._clock.now()
        return await self._db.transact(lambda session: self._run(session, event_id, now))

    def _run(self, session: Session, event_id: int, now: datetime) -> RunReport:
        upcoming = queries.sessions(session, event_id, starting_from=now, with_cancelled=False)
        upcoming = [row for row in upcoming if row.starts_at > now]
        meetings = meeting_queries.confirmed_between(session, event_id, now, None)
        reminders = self._reminders(session, event_id, upcoming, now)
        reminders += self._meeting_reminders(session, meetings, now)
        briefings = self._briefings(session, event_id, now)
        write_to_outbox(session, reminders + briefings, self._clock)
        starts = [row.starts_at for row in upcoming]
        starts += [m.starts_at for m in meetings if m.starts_at is not None]
        return RunReport(len(reminders), len(briefings), self._next_due(starts, now))

    def _lead(self, minutes: int | None) -> int:
        return minutes if minutes in self._leads else self._default_lead

    def _reminders(
        self, session: Session, event_id: int, upcoming: list[AgendaSession], now: datetime
    ) -> list[Outgoing]:
        horizon = now + timedelta(minutes=max(self._leads))
        near = [row for row in upcoming if row.starts_at <= horizon]
        if not near:
            return []
        refs = {row.id: reminder_ref(row) for row in near}
        done = queries.written(session, REMINDER, list(refs.values()))
        audiences = queries.audiences(session, event_id, near)
        rendered: dict[tuple[int, str, int], str] = {}
        out: list[Outgoing] = []
        for row in near:
            ref = refs[row.id]
            view = SessionView.of(row)
            for person in audiences[row.id]:
                lead = self._lead(person.reminder_minutes)
                if row.starts_at - timedelta(minutes=lead) > now:
                    continue
                if (ref, person.platform, person.chat_id) in done:
                    continue
                t = self._hub.get(person.language)
                # Late (the bot was down, or the session was added late): say how long is
                # really left, not the lead time.
                minutes = min(lead, math.ceil((row.starts_at - now).total_seconds() / 60))
                key = (row.id, t.lang, minutes)
                text = rendered.get(key)
                if text is None:
                    text = rendered[key] = self._reminder_text(view, t, minutes)
                out.append(
                    Outgoing(
                        REMINDER,
                        ref,
                        person.platform,
                        person.chat_id,
                        text,
                        priority=REMINDER_PRIORITY,
                    )
                )
        return out

    def _meeting_reminders(
        self, session: Session, meetings: list[Meeting], now: datetime
    ) -> list[Outgoing]:
        """Confirmed bilateral meetings remind both delegations' registered members."""
        horizon = now + timedelta(minutes=max(self._leads))
        near = [m for m in meetings if m.starts_at is not None and now < m.starts_at <= horizon]
        if not near:
            return []
        refs = {m.id: meeting_reminder_ref(m) for m in near}
        done = queries.written(session, REMINDER, list(refs.values()))
        out: list[Outgoing] = []
        for meeting in near:
            assert meeting.starts_at is not None and meeting.ends_at is not None
            for side, other_side in (
                (meeting.requester_id, meeting.target_id),
                (meeting.target_id, meeting.requester_id),
            ):
                other = meeting_queries.delegation(session, meeting.event_id, other_side)
                assert other is not None
                for person in meeting_queries.members(session, [side]):
                    if (refs[meeting.id], person.platform, person.chat_id) in done:
                        continue
                    lead = self._lead(person.reminder_minutes)
                    if meeting.starts_at - timedelta(minutes=lead) > now:
                        continue
                    t = self._hub.get(person.language)
                    minutes = min(lead, math.ceil((meeting.starts_at - now).total_seconds() / 60))
                    title = t("meeting-title", delegation=localized(other.names, t.chain))
                    view = SessionView(
                        -meeting.id, "", "bilateral", meeting.starts_at, meeting.ends_at,
                        {t.lang: title}, {}, {t.lang: meeting.room} if meeting.room else {},
                        [], [], None, [], False, False,
                    )  # fmt: skip
                    out.append(
                        Outgoing(
                            REMINDER,
                            refs[meeting.id],
                            person.platform,
                            person.chat_id,
                            self._reminder_text(view, t, minutes),
                            priority=REMINDER_PRIORITY,
                        )
                    )
        return out

    def _reminder_text(self, s: SessionView, t: Translator, lead: int) -> str:
        lines = [
            t("reminder-title", minutes=lead, title=texts.title(t, s)),
            "🕘 " + texts.when(t, s, self.zone, day=False),
        ]
        if where := texts.room(t, s):
            lines.append("📍 " + where)
        return "\n".join(lines)

    def _briefings(self, session: Session, event_id: int, now: datetime) -> list[Outgoing]:
        due = [
            (day, at) for day, at in self.briefing_times() if at <= now < at + self._briefing_window
        ]
        out: list[Outgoing] = []
        for day, _at in due:
            start = datetime.combine(day, time(0), self.zone)
            rows = queries.sessions(
                session,
                event_id,
                starting_from=start,
                starting_before=start + timedelta(days=1),
                with_cancelled=False,
            )
            if not rows:
                continue
            ref = f"{event_id}:{day.isoformat()}"
            done = queries.written(session, BRIEFING, [ref])
            picks = queries.picks_of(session, [row.id for row in rows if not row.for_everyone])
            views = [SessionView.of(row) for row in rows]
            for person in queries.registered(session, event_id):
                if not person.morning_briefing or (ref, person.platform, person.chat_id) in done:
                    continue
                mine = [
                    s for s in views if s.for_everyone or s.id in picks.get(person.delegate_id, ())
                ]
                if not mine:
                    continue
                t = self._hub.get(person.language)
                out.append(
                    Outgoing(
                        BRIEFING,
                        ref,
                        person.platform,
                        person.chat_id,
                        self._briefing_text(t, day, mine),
                        priority=BRIEFING_PRIORITY,
                    )
                )
        return out

    def _briefing_text(self, t: Translator, day: date, sessions: Iterable[SessionView]) -> str:
        lines = [t("briefing-title", day=day)]
        lines += [texts.line(t, s, self.zone) for s in sessions]
        return "\n".join(lines)

    def _next_due(self, starts: list[datetime], now: datetime) -> datetime | None:
        # Every lead time a delegate may have chosen is a possible wake-up; waking when nobody
        # chose it costs one empty run.
        candidates = [
            start - timedelta(minutes=lead)
            for start in starts
            for lead in self._leads
            if start - timedelta(minutes=lead) > now
        ]
        candidates += [at for _day, at in self.briefing_times() if at > now]
        return min(candidates, default=None)


_UTC = ZoneInfo("UTC")
