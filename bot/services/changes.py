"""Programme changes made from the staff group: move a session, change its room, cancel it.

A change is first proposed (nothing changes), then confirmed by the staff member who proposed
it. Confirming applies it and, in the same transaction, writes one notice per affected chat
to the outbox: those with the session in their agenda, or everyone for sessions marked so.
Nobody else is told. The notices wait a short window before they go; a further change to the
same session confirmed within it rewrites them, so people get one notice saying old → newest
(and none at all if the session is back where it was). Moving or cancelling a session takes
back its waiting reminders; the reminder run writes new ones for the new time.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.i18n import Translator, TranslatorHub, to_ascii_digits
from bot.platforms import Identity
from bot.services import texts
from bot.services.delivery import Outgoing, write_to_outbox
from bot.services.reminders import REMINDER, reminder_ref_prefix
from bot.services.views import SessionView
from bot.storage import programme as queries
from bot.storage.database import Database
from bot.storage.models import AgendaSession, ChangeStatus, ProgrammeChange

CHANGE_NOTICE = "change"
CHANGE_PRIORITY = 30
ROOM_MAX_LENGTH = 120

_TIME = re.compile(r"^(?:(\d{4})-(\d{1,2})-(\d{1,2})[ T]+)?(\d{1,2})[:.](\d{2})$")


class Refusal(enum.StrEnum):
    UNKNOWN_SESSION = "unknown_session"
    CANCELLED = "cancelled"
    NO_CHANGE = "no_change"
    BAD_TIME = "bad_time"
    ROOM_TOO_LONG = "room_too_long"


class Decision(enum.StrEnum):
    APPLIED = "applied"
    DISCARDED = "discarded"
    NOT_YOURS = "not_yours"
    DECIDED = "decided"
    OUTDATED = "outdated"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    before: SessionView
    after: SessionView
    audience: int


@dataclass(frozen=True, slots=True)
class Outcome:
    decision: Decision
    proposal: Proposal | None = None
    notified: int = 0
    notify_at: datetime | None = None


def parse_start(text: str, current_start: datetime, zone: ZoneInfo) -> datetime | None:
    """'14:30' (same day) or '2025-11-19 14:30', in event time; Persian digits welcome."""
    found = _TIME.match(to_ascii_digits(text.strip()))
    if not found:
        return None
    year, month, day, hour, minute = found.groups()
    local_day = current_start.astimezone(zone).date()
    try:
        if year:
            local_day = date(int(year), int(month), int(day))
        return datetime(
            local_day.year, local_day.month, local_day.day, int(hour), int(minute), tzinfo=zone
        ).astimezone(ZoneInfo("UTC"))
    except ValueError:
        return None


def _snapshot(row: AgendaSession | SessionView) -> dict[str, Any]:
    return {
        "starts_at": row.starts_at.isoformat(),
        "ends_at": row.ends_at.isoformat(),
        "room": dict(row.room),
        "cancelled": row.cancelled,
    }


def _apply(view: SessionView, snapshot: dict[str, Any]) -> SessionView:
    return dataclasses.replace(
        view,
        starts_at=datetime.fromisoformat(snapshot["starts_at"]),
        ends_at=datetime.fromisoformat(snapshot["ends_at"]),
        room=dict(snapshot["room"]),
        cancelled=snapshot["cancelled"],
    )


class ProgrammeChanges:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        hub: TranslatorHub,
        *,
        timezone: str,
        languages: list[str],
        merge_window: timedelta,
    ) -> None:
        self._db = db
        self._clock = clock
        self._hub = hub
        self.zone = ZoneInfo(timezone)
        self._languages = languages
        self._merge_window = merge_window

    async def session_by_key(self, event_id: int, key: str) -> SessionView | None:
        row = await self._db.read(lambda s: queries.session_by_key(s, event_id, key))
        return SessionView.of(row) if row else None

    async def list_sessions(self, event_id: int) -> list[SessionView]:
        rows = await self._db.read(lambda s: queries.sessions(s, event_id))
        return [SessionView.of(row) for row in rows]

    async def propose_move(
        self, event_id: int, by: Identity, key: str, new_start: str
    ) -> Proposal | Refusal:
        def change(row: AgendaSession) -> dict[str, Any] | Refusal:
            starts = parse_start(new_start, row.starts_at, self.zone)
            if starts is None:
                return Refusal.BAD_TIME
            ends = starts + (row.ends_at - row.starts_at)
            return {"starts_at": starts.isoformat(), "ends_at": ends.isoformat()}

        return await self._propose(event_id, by, key, change)

    async def propose_room(
        self, event_id: int, by: Identity, key: str, room: str
    ) -> Proposal | Refusal:
        room = " ".join(room.split())
        if len(room) > ROOM_MAX_LENGTH:
            return Refusal.ROOM_TOO_LONG
        # Staff type the room once, as the signs on the doors read; everyone sees that.
        return await self._propose(
            event_id, by, key, lambda _row: {"room": dict.fromkeys(self._languages, room)}
        )

    async def propose_cancel(self, event_id: int, by: Identity, key: str) -> Proposal | Refusal:
        return await self._propose(event_id, by, key, lambda _row: {"cancelled": True})

    async def _propose(
        self, event_id: int, by: Identity, key: str, change: Any
    ) -> Proposal | Refusal:
        now = self._clock.now()

        def propose(session: Session) -> Proposal | Refusal:
            row = queries.session_by_key(session, event_id, key)
            if row is None:
                return Refusal.UNKNOWN_SESSION
            if row.cancelled:
                return Refusal.CANCELLED
            changed = change(row)
            if isinstance(changed, Refusal):
                return changed
            before = _snapshot(row)
            after = before | changed
            if after == before:
                return Refusal.NO_CHANGE
            record = ProgrammeChange(
                session_id=row.id,
                proposed_by_platform=by.platform,
                proposed_by_user_id=by.user_id,
                before=before,
                after=after,
                status=ChangeStatus.PROPOSED,
                created_at=now,
            )
            session.add(record)
            session.flush()
            view = SessionView.of(row)
            audience = len(queries.audiences(session, event_id, [row])[row.id])
            return Proposal(record.id, view, _apply(view, after), audience)

        return await self._db.transact(propose)

    async def discard(self, event_id: int, change_id: int, by: Identity) -> Outcome:
        now = self._clock.now()

        def discard(session: Session) -> Outcome:
            found = self._decidable(session, event_id, change_id, by)
            if isinstance(found, Outcome):
                return found
            record, row = found
            record.status = ChangeStatus.DISCARDED
            record.decided_at = now
            view = SessionView.of(row)
            return Outcome(Decision.DISCARDED, Proposal(record.id, view, view, 0))

        return await self._db.transact(discard)

    async def confirm(self, event_id: int, change_id: int, by: Identity) -> Outcome:
        now = self._clock.now()

        def confirm(session: Session) -> Outcome:
            found = self._decidable(session, event_id, change_id, by)
            if isinstance(found, Outcome):
                return found
            record, row = found
            if _snapshot(row) != record.before:
                # Someone changed the session since; confirming would undo their change.
                record.status = ChangeStatus.DISCARDED
                record.decided_at = now
                return Outcome(Decision.OUTDATED)
            before_view = SessionView.of(row)
            after = record.after
            row.starts_at = datetime.fromisoformat(after["starts_at"])
            row.ends_at = datetime.fromisoformat(after["ends_at"])
            row.room = dict(after["room"])
            row.cancelled = after["cancelled"]
            row.updated_at = now
            record.status = ChangeStatus.APPLIED
            record.decided_at = now
            if after["starts_at"] != record.before["starts_at"] or after["cancelled"]:
                queries.withdraw(session, REMINDER, reminder_ref_prefix(row.id))
            notified, notify_at = self._notify(session, event_id, record, row, now)
            return Outcome(
                Decision.APPLIED,
                Proposal(record.id, before_view, SessionView.of(row), notified),
                notified,
                notify_at,
            )

        return await self._db.transact(confirm)

    def _decidable(
        self, session: Session, event_id: int, change_id: int, by: Identity
    ) -> tuple[ProgrammeChange, AgendaSession] | Outcome:
        record = session.get(ProgrammeChange, change_id)
        row = session.get(AgendaSession, record.session_id) if record else None
        if record is None or row is None or row.event_id != event_id:
            return Outcome(Decision.UNKNOWN)
        if record.status is not ChangeStatus.PROPOSED:
            return Outcome(Decision.DECIDED)
        if (record.proposed_by_platform, record.proposed_by_user_id) != (by.platform, by.user_id):
            return Outcome(Decision.NOT_YOURS)
        return record, row

    def _notify(
        self,
        session: Session,
        event_id: int,
        record: ProgrammeChange,
        row: AgendaSession,
        now: datetime,
    ) -> tuple[int, datetime]:
        waiting = session.scalar(
            select(ProgrammeChange)
            .where(
                ProgrammeChange.session_id == row.id,
                ProgrammeChange.status == ChangeStatus.APPLIED,
                ProgrammeChange.id != record.id,
                ProgrammeChange.notify_at > now,
            )
            .order_by(ProgrammeChange.id.desc())
            .limit(1)
        )
        if waiting is not None and waiting.notice_ref and waiting.notice_before:
            record.notice_ref = waiting.notice_ref
            record.notice_before = waiting.notice_before
            record.notify_at = waiting.notify_at
            queries.withdraw(session, CHANGE_NOTICE, waiting.notice_ref)
        else:
            record.notice_ref = f"s{row.id}#c{record.id}"
            record.notice_before = record.before
            record.notify_at = now + self._merge_window
        assert record.notice_before is not None and record.notify_at is not None
        current = SessionView.of(row)
        old = _apply(current, record.notice_before)
        if _snapshot(old) == _snapshot(current):
            return 0, record.notify_at
        rendered: dict[str, str] = {}
        messages = []
        for person in queries.audiences(session, event_id, [row])[row.id]:
            t = self._hub.get(person.language)
            text = rendered.get(t.lang)
            if text is None:
                text = rendered[t.lang] = self.notice_text(t, old, current)
            messages.append(
                Outgoing(
                    CHANGE_NOTICE,
                    record.notice_ref,
                    person.platform,
                    person.chat_id,
                    text,
                    priority=CHANGE_PRIORITY,
                    not_before=record.notify_at,
                )
            )
        write_to_outbox(session, messages, self._clock)
        return len(messages), record.notify_at

    def notice_text(self, t: Translator, old: SessionView, new: SessionView) -> str:
        name = texts.title(t, new)
        if new.cancelled:
            return "\n".join(
                [t("change-cancelled", title=name), "🕘 " + texts.when(t, old, self.zone)]
            )
        lines = [t("change-title", title=name)]
        if (old.starts_at, old.ends_at) != (new.starts_at, new.ends_at):
            same_day = (
                texts.local(old.starts_at, self.zone).date()
                == texts.local(new.starts_at, self.zone).date()
            )
            was = texts.times(t, old, self.zone) if same_day else texts.when(t, old, self.zone)
            lines.append(t("change-time", old=was, new=texts.when(t, new, self.zone)))
        else:
            lines.append("🕘 " + texts.when(t, new, self.zone))
        if texts.room(t, old) != texts.room(t, new):
            lines.append(
                t("change-room", old=texts.room(t, old) or "—", new=texts.room(t, new) or "—")
            )
        elif where := texts.room(t, new):
            lines.append("📍 " + where)
        return "\n".join(lines)
