"""Bilateral meetings between delegations: request, approval by the protocol office (when on),
accept, counter-propose or decline, the room, cancellation, expiry.

Every step is one transaction that changes the meeting and writes the notices it causes to the
outbox, each rendered in its reader's language. A step is taken only if the meeting is still
at the version the button was made for (`version`), so a second answer, an old button or a
forged one changes nothing. A confirmed meeting takes its slot for both delegations (and later
its room) in `meeting_bookings`, whose unique key lets exactly one of two acceptances racing
for a slot win, on SQLite and PostgreSQL alike.

Buttons in the notices carry callback data in the transport's format (`bot.transport.
callbacks.MeetingAnswer` and `MeetingStaff`); a test keeps the two in step.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.config import MeetingSettings
from bot.i18n import Translator, TranslatorHub
from bot.platforms import Platform
from bot.services import texts
from bot.services.changes import parse_start
from bot.services.delivery import Outgoing, write_to_outbox
from bot.services.reminders import REMINDER, meeting_reminder_prefix
from bot.services.views import DelegateView, DelegationView, SessionView, localized
from bot.storage import meetings as queries
from bot.storage import programme as programme_queries
from bot.storage.database import Database
from bot.storage.models import Meeting, MeetingStatus
from bot.storage.programme import Recipient

TOPICS = ("economy", "transit", "environment", "culture", "other")
MEETING = "meeting"
MEETING_PRIORITY = 10
_UTC = ZoneInfo("UTC")


class Refusal(enum.StrEnum):
    NO_DELEGATION = "no_delegation"
    OWN = "own"
    ALREADY_OPEN = "already_open"
    TOO_MANY = "too_many"
    BAD_TOPIC = "bad_topic"
    BAD_SLOTS = "bad_slots"
    NOTE_TOO_LONG = "note_too_long"
    UNKNOWN = "unknown"
    NOT_YOURS = "not_yours"
    HANDLED = "handled"
    SLOT_TAKEN = "slot_taken"
    ROOM_TAKEN = "room_taken"
    BAD_TIME = "bad_time"


@dataclass(frozen=True, slots=True)
class MeetingView:
    id: int
    requester: DelegationView
    target: DelegationView
    awaiting_id: int | None
    topic: str
    note: str
    status: MeetingStatus
    slots: list[datetime]
    starts_at: datetime | None
    ends_at: datetime | None
    room: str | None
    answered_by: str
    reason: str
    version: int
    expires_at: datetime | None

    def other(self, delegation_id: int) -> DelegationView:
        return self.target if delegation_id == self.requester.id else self.requester


@dataclass(frozen=True, slots=True)
class Result:
    refusal: Refusal | None = None
    meeting: MeetingView | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


class _Abort(Exception):
    """Raised inside a transaction to roll back what it wrote and answer `result`."""

    def __init__(self, result: Result) -> None:
        super().__init__(result.refusal)
        self.result = result


def answer_data(action: str, meeting_id: int, version: int, slot: int = 0) -> str:
    """Callback data of a delegation's answer button (MeetingAnswer in the transport)."""
    return f"ma:{action}:{meeting_id}:{version}:{slot}"


def staff_data(action: str, meeting_id: int, version: int, room: int = 0) -> str:
    """Callback data of a staff button (MeetingStaff in the transport)."""
    return f"ms:{action}:{meeting_id}:{version}:{room}"


def slot_number(moment: datetime) -> int:
    """A slot's start as minutes since the epoch: short enough for a button."""
    return int(moment.timestamp() // 60)


def slot_moment(number: int) -> datetime:
    return datetime.fromtimestamp(number * 60, _UTC)


class MeetingService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        hub: TranslatorHub,
        settings: MeetingSettings,
        *,
        timezone: str,
        event_days: tuple[date, date],
        staff_chats: dict[Platform, int | None],
        staff_language: str,
    ) -> None:
        self._db = db
        self._clock = clock
        self._hub = hub
        self.settings = settings
        self.zone = ZoneInfo(timezone)
        self._event_days = event_days
        self._staff_chats = {p: c for p, c in staff_chats.items() if c is not None}
        self._staff_language = staff_language
        self.slot_length = timedelta(minutes=settings.slot_minutes)

    async def _transact(self, work: Any) -> Any:
        try:
            return await self._db.transact(work)
        except _Abort as abort:
            return abort.result

    # Reading

    async def delegations(self, event_id: int) -> list[DelegationView]:
        rows = await self._db.read(lambda s: queries.delegations(s, event_id))
        return [DelegationView.of(row) for row in rows]

    async def meeting(self, event_id: int, meeting_id: int) -> MeetingView | None:
        return await self._db.read(
            lambda s: self._view(s, queries.meeting(s, event_id, meeting_id))
        )

    async def of_delegation(self, event_id: int, delegation_id: int) -> list[MeetingView]:
        def read(session: Session) -> list[MeetingView]:
            rows = queries.meetings_of(session, event_id, delegation_id)
            return [view for row in rows if (view := self._view(session, row)) is not None]

        return await self._db.read(read)

    async def agenda_items(self, event_id: int, delegation_id: int) -> list[SessionView]:
        """The delegation's confirmed meetings, as items of its members' agendas."""
        found = await self.of_delegation(event_id, delegation_id)
        return [
            self.as_session(m, delegation_id)
            for m in found
            if m.status is MeetingStatus.CONFIRMED and m.starts_at is not None
        ]

    async def confirmed_on(self, event_id: int, day: date) -> list[tuple[MeetingView, str]]:
        """A day's confirmed meetings, each with the interpreting it needs ('fa ↔ ru', or '')."""
        start = datetime.combine(day, datetime.min.time(), self.zone)

        def read(session: Session) -> list[tuple[MeetingView, str]]:
            rows = queries.confirmed_between(session, event_id, start, start + timedelta(days=1))
            out = []
            for row in rows:
                view = self._known(session, row)
                out.append((view, self._interpreting(session, row)))
            return out

        return await self._db.read(read)

    async def free_slots(self, event_id: int, a: int, b: int) -> list[datetime]:
        return await self._db.read(lambda s: self._free_slots(s, event_id, a, b))

    def grid(self) -> list[datetime]:
        first, last = self._event_days
        out = []
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            moment = datetime.combine(day, self.settings.day_starts, self.zone)
            end = datetime.combine(day, self.settings.day_ends, self.zone)
            while moment + self.slot_length <= end:
                out.append(moment.astimezone(_UTC))
                moment += self.slot_length
        return out

    def _free_slots(self, session: Session, event_id: int, a: int, b: int) -> list[datetime]:
        now = self._clock.now()
        busy = queries.sessions_for_everyone(session, event_id)
        taken = {
            starts
            for _resource, starts in queries.booked(
                session, event_id, [queries.delegation_resource(a), queries.delegation_resource(b)]
            )
        }
        free = []
        for start in self.grid():
            end = start + self.slot_length
            if start <= now or start in taken:
                continue
            if any(s.starts_at < end and start < s.ends_at for s in busy):
                continue
            free.append(start)
        return free

    async def check_target(self, event_id: int, by: DelegateView, target_id: int) -> Refusal | None:
        """Whether `by`'s delegation may ask `target_id` for a meeting now."""
        return await self._db.read(lambda s: self._check_target(s, event_id, by, target_id))

    def _check_target(
        self, session: Session, event_id: int, by: DelegateView, target_id: int
    ) -> Refusal | None:
        if by.delegation is None:
            return Refusal.NO_DELEGATION
        if queries.delegation(session, event_id, target_id) is None:
            return Refusal.UNKNOWN
        if target_id == by.delegation.id:
            return Refusal.OWN
        if queries.open_pair_exists(session, by.delegation.id, target_id):
            return Refusal.ALREADY_OPEN
        if queries.open_requests_of(session, by.delegation.id) >= self.settings.max_open_requests:
            return Refusal.TOO_MANY
        return None

    # Requesting

    async def request(
        self,
        event_id: int,
        by: DelegateView,
        target_id: int,
        topic: str,
        slots: Sequence[datetime],
        note: str,
    ) -> Result:
        now = self._clock.now()
        note = note.strip()

        def work(session: Session) -> Result:
            refusal = self._check_target(session, event_id, by, target_id)
            if refusal is not None:
                return Result(refusal)
            assert by.delegation is not None
            if topic not in TOPICS:
                return Result(Refusal.BAD_TOPIC)
            if len(note) > self.settings.note_max_length:
                return Result(Refusal.NOTE_TOO_LONG)
            chosen = self._choice(session, event_id, by.delegation.id, target_id, slots)
            if chosen is None:
                return Result(Refusal.BAD_SLOTS)
            protocol = self.settings.protocol_mode
            row = Meeting(
                event_id=event_id,
                requester_id=by.delegation.id,
                target_id=target_id,
                awaiting_id=None if protocol else target_id,
                topic=topic,
                note=note,
                status=MeetingStatus.AWAITING_STAFF if protocol else MeetingStatus.PROPOSED,
                slots=[s.isoformat() for s in chosen],
                requested_by_id=by.id,
                answered_by="",
                reason="",
                version=1,
                open_pair=queries.pair_key(by.delegation.id, target_id),
                expires_at=self._expiry(now, chosen),
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            view = self._known(session, row)
            if protocol:
                self._tell_staff(session, view, "approve")
            else:
                self._ask(session, view, "meeting-request")
            return Result(None, view)

        return await self._transact(work)

    def _choice(
        self, session: Session, event_id: int, a: int, b: int, slots: Sequence[datetime]
    ) -> list[datetime] | None:
        """The proposed slots in order, or None unless there are 1 to the configured most
        and every one is free for both delegations."""
        chosen = sorted(set(slots))
        free = set(self._free_slots(session, event_id, a, b))
        if not 1 <= len(chosen) <= self.settings.max_proposed_slots or not set(chosen) <= free:
            return None
        return chosen

    def _expiry(self, now: datetime, slots: Sequence[datetime]) -> datetime:
        return min(now + timedelta(hours=self.settings.expires_after_hours), min(slots))

    # Answering

    async def accept(
        self, event_id: int, meeting_id: int, version: int, slot: int, by: DelegateView
    ) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            found = self._answerable(session, event_id, meeting_id, version, by)
            if isinstance(found, Result):
                return found
            row = found
            start = slot_moment(slot)
            if start.isoformat() not in row.slots or start <= now:
                return Result(Refusal.BAD_SLOTS, self._view(session, row))
            resources = _both_delegations(row)
            if not self._advance(session, row, version):
                return Result(Refusal.HANDLED, self._view(session, row))
            if not queries.book(session, event_id, row.id, resources, start):
                raise _Abort(Result(Refusal.SLOT_TAKEN, self._view(session, row)))
            row.status = MeetingStatus.CONFIRMED
            row.starts_at, row.ends_at = start, start + self.slot_length
            self._close(row, by.full_name, now)
            view = self._known(session, row)
            self._tell_both(session, view, "meeting-confirmed")
            self._tell_staff(session, view, "room")
            return Result(None, view)

        return await self._transact(work)

    async def check_answer(
        self, event_id: int, meeting_id: int, version: int, by: DelegateView
    ) -> Result:
        """Whether `by` may answer the request now (before they write a reason or choose
        other times)."""

        def read(session: Session) -> Result:
            found = self._answerable(session, event_id, meeting_id, version, by)
            return found if isinstance(found, Result) else Result(None, self._known(session, found))

        return await self._db.read(read)

    async def counter(
        self,
        event_id: int,
        meeting_id: int,
        version: int,
        slots: Sequence[datetime],
        by: DelegateView,
    ) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            found = self._answerable(session, event_id, meeting_id, version, by)
            if isinstance(found, Result):
                return found
            row = found
            chosen = self._choice(session, event_id, row.requester_id, row.target_id, slots)
            if chosen is None:
                return Result(Refusal.BAD_SLOTS, self._view(session, row))
            if not self._advance(session, row, version):
                return Result(Refusal.HANDLED, self._view(session, row))
            row.slots = [s.isoformat() for s in chosen]
            row.awaiting_id = _asking_side(row)
            row.answered_by = by.full_name
            row.expires_at = self._expiry(now, chosen)
            row.nudged_at = None
            row.updated_at = now
            view = self._known(session, row)
            self._ask(session, view, "meeting-counter")
            return Result(None, view)

        return await self._transact(work)

    async def decline(
        self, event_id: int, meeting_id: int, version: int, reason: str, by: DelegateView
    ) -> Result:
        now = self._clock.now()
        reason = reason.strip()

        def work(session: Session) -> Result:
            found = self._answerable(session, event_id, meeting_id, version, by)
            if isinstance(found, Result):
                return found
            row = found
            if len(reason) > self.settings.note_max_length:
                return Result(Refusal.NOTE_TOO_LONG, self._view(session, row))
            if not self._advance(session, row, version):
                return Result(Refusal.HANDLED, self._view(session, row))
            asker = _asking_side(row)
            row.status = MeetingStatus.DECLINED
            row.reason = reason
            self._close(row, by.full_name, now)
            view = self._known(session, row)
            self._tell(session, view, [asker], "meeting-declined")
            return Result(None, view)

        return await self._transact(work)

    async def cancel(
        self,
        event_id: int,
        meeting_id: int,
        version: int,
        by: DelegateView | None,
        by_name: str = "",
    ) -> Result:
        """Either delegation (any registered member) or staff (`by` None) cancels."""
        now = self._clock.now()

        def work(session: Session) -> Result:
            row = queries.meeting(session, event_id, meeting_id)
            if row is None:
                return Result(Refusal.UNKNOWN)
            if by is not None and (
                by.delegation is None or by.delegation.id not in (row.requester_id, row.target_id)
            ):
                return Result(Refusal.NOT_YOURS, self._view(session, row))
            if row.status not in (MeetingStatus.CONFIRMED, *queries.OPEN) or not self._advance(
                session, row, version
            ):
                return Result(Refusal.HANDLED, self._view(session, row))
            row.status = MeetingStatus.CANCELLED
            queries.release(session, row.id)
            programme_queries.withdraw(session, REMINDER, meeting_reminder_prefix(row.id))
            self._close(row, by.full_name if by else by_name, now)
            view = self._known(session, row)
            self._tell_both(session, view, "meeting-cancelled")
            return Result(None, view)

        return await self._transact(work)

    # The protocol office

    async def approve(self, event_id: int, meeting_id: int, version: int, by_name: str) -> Result:
        return await self._staff_decision(event_id, meeting_id, version, by_name, "", True)

    async def reject(
        self, event_id: int, meeting_id: int, version: int, by_name: str, reason: str
    ) -> Result:
        return await self._staff_decision(event_id, meeting_id, version, by_name, reason, False)

    async def _staff_decision(
        self,
        event_id: int,
        meeting_id: int,
        version: int,
        by_name: str,
        reason: str,
        approved: bool,
    ) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            row = queries.meeting(session, event_id, meeting_id)
            if row is None:
                return Result(Refusal.UNKNOWN)
            if row.status is not MeetingStatus.AWAITING_STAFF or not self._advance(
                session, row, version
            ):
                return Result(Refusal.HANDLED, self._view(session, row))
            if approved:
                row.status = MeetingStatus.PROPOSED
                row.awaiting_id = row.target_id
                row.answered_by = by_name
                row.updated_at = now
                view = self._known(session, row)
                self._ask(session, view, "meeting-request")
            else:
                row.status = MeetingStatus.REJECTED
                row.reason = reason.strip()[: self.settings.note_max_length]
                self._close(row, by_name, now)
                view = self._known(session, row)
                self._tell(session, view, [row.requester_id], "meeting-rejected")
            return Result(None, view)

        return await self._transact(work)

    async def assign_room(
        self, event_id: int, meeting_id: int, version: int, room_index: int
    ) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            row = queries.meeting(session, event_id, meeting_id)
            if row is None or not 0 <= room_index < len(self.settings.rooms):
                return Result(Refusal.UNKNOWN)
            if row.status is not MeetingStatus.CONFIRMED or row.version != version:
                return Result(Refusal.HANDLED, self._view(session, row))
            assert row.starts_at is not None
            room = self.settings.rooms[room_index]
            queries.release(session, row.id, rooms_only=True)
            if not queries.book(
                session, event_id, row.id, [queries.room_resource(room)], row.starts_at
            ):
                raise _Abort(Result(Refusal.ROOM_TAKEN, self._view(session, row)))
            row.room = room
            row.updated_at = now
            view = self._known(session, row)
            self._tell_both(session, view, "meeting-room")
            return Result(None, view)

        return await self._transact(work)

    async def staff_create(
        self, event_id: int, first_code: str, second_code: str, when: str, by_name: str
    ) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            first = queries.delegation_by_code(session, event_id, first_code)
            second = queries.delegation_by_code(session, event_id, second_code)
            if first is None or second is None:
                return Result(Refusal.NO_DELEGATION)
            if first.id == second.id:
                return Result(Refusal.OWN)
            start = self._slot_from_text(session, event_id, when, first.id, second.id)
            if start is None:
                return Result(Refusal.BAD_TIME)
            row = Meeting(
                event_id=event_id,
                requester_id=first.id,
                target_id=second.id,
                topic="other",
                note="",
                status=MeetingStatus.CONFIRMED,
                slots=[],
                starts_at=start,
                ends_at=start + self.slot_length,
                answered_by=by_name,
                reason="",
                version=1,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            resources = _both_delegations(row)
            if not queries.book(session, event_id, row.id, resources, start):
                raise _Abort(Result(Refusal.SLOT_TAKEN))
            view = self._known(session, row)
            self._tell_both(session, view, "meeting-confirmed")
            self._tell_staff(session, view, "room")
            return Result(None, view)

        return await self._transact(work)

    async def staff_move(self, event_id: int, meeting_id: int, when: str, by_name: str) -> Result:
        now = self._clock.now()

        def work(session: Session) -> Result:
            row = queries.meeting(session, event_id, meeting_id)
            if row is None:
                return Result(Refusal.UNKNOWN)
            if row.status is not MeetingStatus.CONFIRMED or row.starts_at is None:
                return Result(Refusal.HANDLED, self._view(session, row))
            queries.release(session, row.id)
            start = self._slot_from_text(
                session, event_id, when, row.requester_id, row.target_id, row.starts_at
            )
            if start is None:
                raise _Abort(Result(Refusal.BAD_TIME, self._view(session, row)))
            resources = _both_delegations(row)
            if row.room:
                resources.append(queries.room_resource(row.room))
            if not queries.book(session, event_id, row.id, resources, start):
                raise _Abort(Result(Refusal.SLOT_TAKEN, self._view(session, row)))
            self._advance(session, row, row.version)
            programme_queries.withdraw(session, REMINDER, meeting_reminder_prefix(row.id))
            row.starts_at, row.ends_at = start, start + self.slot_length
            row.answered_by = by_name
            row.updated_at = now
            view = self._known(session, row)
            self._tell_both(session, view, "meeting-moved")
            return Result(None, view)

        return await self._transact(work)

    def _slot_from_text(
        self,
        session: Session,
        event_id: int,
        text: str,
        a: int,
        b: int,
        current: datetime | None = None,
    ) -> datetime | None:
        """A free grid slot for the two delegations, written as staff write times."""
        first_day = datetime.combine(self._event_days[0], self.settings.day_starts, self.zone)
        start = parse_start(text, current or first_day, self.zone)
        if start is None or start not in set(self.grid()):
            return None
        return start if start in self._free_slots(session, event_id, a, b) else None

    # Expiry and nudges, run with the reminders

    async def run_due(self, event_id: int) -> tuple[int, int, datetime | None]:
        """Expire what is due, nudge who must answer; returns (expired, nudged, next due)."""
        now = self._clock.now()

        def work(session: Session) -> tuple[int, int, datetime | None]:
            expired = nudged = 0
            upcoming: list[datetime] = []
            nudge = timedelta(minutes=self.settings.nudge_before_minutes)
            for row in queries.open_requests(session, event_id):
                assert row.expires_at is not None
                if row.expires_at <= now:
                    asker = row.requester_id
                    row.status = MeetingStatus.EXPIRED
                    self._close(row, "", now)
                    row.version += 1
                    view = self._known(session, row)
                    self._tell(session, view, [asker], "meeting-expired")
                    expired += 1
                    continue
                upcoming.append(row.expires_at)
                if row.status is MeetingStatus.PROPOSED and row.nudged_at is None:
                    nudge_at = row.expires_at - nudge
                    if nudge_at <= now:
                        row.nudged_at = now
                        view = self._view(session, row)
                        assert view is not None
                        self._ask(session, view, "meeting-nudge", ref_suffix="nudge")
                        nudged += 1
                    else:
                        upcoming.append(nudge_at)
            return expired, nudged, min(upcoming, default=None)

        return await self._transact(work)

    # Steps shared by the use cases

    def _answerable(
        self, session: Session, event_id: int, meeting_id: int, version: int, by: DelegateView
    ) -> Meeting | Result:
        row = queries.meeting(session, event_id, meeting_id)
        if row is None:
            return Result(Refusal.UNKNOWN)
        delegation = by.delegation.id if by.delegation else None
        if delegation not in (row.requester_id, row.target_id):
            return Result(Refusal.NOT_YOURS, self._view(session, row))
        if row.status is not MeetingStatus.PROPOSED or row.version != version:
            return Result(Refusal.HANDLED, self._view(session, row))
        if delegation != row.awaiting_id or by.id not in {
            r.delegate_id for r in queries.answerers(session, delegation)
        }:
            return Result(Refusal.NOT_YOURS, self._view(session, row))
        return row

    @staticmethod
    def _advance(session: Session, row: Meeting, version: int) -> bool:
        """Move the meeting to its next version, if nobody else has: the one statement that
        decides which of two simultaneous answers counts."""
        result = session.execute(
            update(Meeting)
            .where(Meeting.id == row.id, Meeting.version == version)
            .values(version=version + 1)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            return False
        row.version = version + 1
        return True

    @staticmethod
    def _close(row: Meeting, by_name: str, now: datetime) -> None:
        row.open_pair = None
        row.awaiting_id = None
        row.answered_by = by_name
        row.updated_at = now

    def _view(self, session: Session, row: Meeting | None) -> MeetingView | None:
        if row is None:
            return None
        requester = queries.delegation(session, row.event_id, row.requester_id)
        target = queries.delegation(session, row.event_id, row.target_id)
        assert requester is not None and target is not None
        return MeetingView(
            row.id,
            DelegationView.of(requester),
            DelegationView.of(target),
            row.awaiting_id,
            row.topic,
            row.note,
            row.status,
            [datetime.fromisoformat(s) for s in row.slots or []],
            row.starts_at,
            row.ends_at,
            row.room,
            row.answered_by,
            row.reason,
            row.version,
            row.expires_at,
        )

    def _known(self, session: Session, row: Meeting) -> MeetingView:
        view = self._view(session, row)
        assert view is not None
        return view

    def _interpreting(self, session: Session, row: Meeting) -> str:
        first = queries.delegation_language(session, row.requester_id)
        second = queries.delegation_language(session, row.target_id)
        if first and second and first != second:
            return f"{first} ↔ {second}"
        return ""

    # Notices

    def _ask(
        self, session: Session, view: MeetingView, message_id: str, ref_suffix: str = "ask"
    ) -> None:
        """The side that must answer gets the request with its answer buttons."""
        assert view.awaiting_id is not None
        people = queries.answerers(session, view.awaiting_id)
        self._write(
            session,
            view,
            people,
            f"m{view.id}:v{view.version}:{ref_suffix}",
            lambda t: self.request_text(t, view, view.awaiting_id, message_id),
            lambda t: self.answer_buttons(t, view),
        )

    def _tell_both(self, session: Session, view: MeetingView, message_id: str) -> None:
        self._tell(session, view, [view.requester.id, view.target.id], message_id)

    def _tell(
        self, session: Session, view: MeetingView, delegation_ids: Iterable[int], message_id: str
    ) -> None:
        for delegation_id in delegation_ids:
            people = queries.members(session, [delegation_id])
            self._write(
                session,
                view,
                people,
                f"m{view.id}:v{view.version}:{message_id}",
                lambda t, d=delegation_id: self.notice_text(t, view, d, message_id),
                lambda _t: None,
            )

    def _tell_staff(self, session: Session, view: MeetingView, what: str) -> None:
        t = self._hub.get(self._staff_language)
        if what == "approve":
            text = self.staff_request_text(t, view)
            buttons = _keyboard(
                [
                    [
                        (t("staff-meeting-approve"), staff_data("approve", view.id, view.version)),
                        (t("staff-meeting-reject"), staff_data("reject", view.id, view.version)),
                    ]
                ]
            )
        else:
            text = self.staff_confirmed_text(
                t, view, self._interpreting(session, _row(session, view))
            )
            buttons = _keyboard(
                [
                    [(room, staff_data("room", view.id, view.version, index))]
                    for index, room in enumerate(self.settings.rooms)
                ]
            )
        messages = [
            Outgoing(
                MEETING,
                f"m{view.id}:v{view.version}:staff-{what}",
                platform,
                chat_id,
                text,
                reply_markup=buttons,
                priority=MEETING_PRIORITY,
            )
            for platform, chat_id in self._staff_chats.items()
        ]
        write_to_outbox(session, messages, self._clock)

    def _write(
        self,
        session: Session,
        view: MeetingView,
        people: list[Recipient],
        ref: str,
        text_for: Any,
        buttons_for: Any,
    ) -> None:
        rendered: dict[str, tuple[str, dict[str, Any] | None]] = {}
        messages = []
        for person in people:
            t = self._hub.get(person.language)
            if t.lang not in rendered:
                rendered[t.lang] = (text_for(t), buttons_for(t))
            text, buttons = rendered[t.lang]
            messages.append(
                Outgoing(
                    MEETING,
                    ref,
                    person.platform,
                    person.chat_id,
                    text,
                    reply_markup=buttons,
                    priority=MEETING_PRIORITY,
                )
            )
        write_to_outbox(session, messages, self._clock)

    # Texts

    def when(self, t: Translator, view: MeetingView, moment: datetime | None = None) -> str:
        start = moment or view.starts_at
        assert start is not None
        slot = _Slot(start, start + self.slot_length)
        return texts.when(t, slot, self.zone)  # type: ignore[arg-type]

    def request_text(
        self, t: Translator, view: MeetingView, reader_id: int | None, message_id: str
    ) -> str:
        other = view.other(reader_id) if reader_id is not None else view.requester
        lines = [
            t(message_id, delegation=localized(other.names, t.chain)),
            t("meeting-topic", topic=t("meeting-topic-name", topic=view.topic)),
        ]
        if view.note:
            lines.append(t("meeting-note", note=view.note))
        lines.append(t("meeting-slots"))
        lines += ["• " + self.when(t, view, slot) for slot in view.slots]
        if view.expires_at is not None:
            lines.append(t("meeting-expires", time=texts.local(view.expires_at, self.zone)))
        return "\n".join(lines)

    def answer_buttons(self, t: Translator, view: MeetingView) -> dict[str, Any]:
        rows = [
            [
                (
                    t(
                        "meeting-accept",
                        time=texts.local(slot, self.zone),
                        day=texts.local(slot, self.zone),
                    ),
                    answer_data("accept", view.id, view.version, slot_number(slot)),
                )
            ]
            for slot in view.slots
        ]
        rows.append(
            [
                (t("meeting-counter-button"), answer_data("counter", view.id, view.version)),
                (t("meeting-decline-button"), answer_data("decline", view.id, view.version)),
            ]
        )
        return _keyboard(rows)

    def notice_text(self, t: Translator, view: MeetingView, reader_id: int, message_id: str) -> str:
        other = localized(view.other(reader_id).names, t.chain)
        lines = [t(message_id, delegation=other, name=view.answered_by or "—")]
        if view.starts_at is not None and message_id != "meeting-expired":
            lines.append("🕘 " + self.when(t, view))
        if message_id in ("meeting-confirmed", "meeting-room", "meeting-moved"):
            lines.append("📍 " + (view.room or t("meeting-room-pending")))
        if view.reason and message_id in ("meeting-declined", "meeting-rejected"):
            lines.append(t("meeting-reason", reason=view.reason))
        return "\n".join(lines)

    def staff_request_text(self, t: Translator, view: MeetingView) -> str:
        lines = [
            t(
                "staff-meeting-request",
                requester=localized(view.requester.names, t.chain),
                target=localized(view.target.names, t.chain),
            ),
            t("meeting-topic", topic=t("meeting-topic-name", topic=view.topic)),
        ]
        if view.note:
            lines.append(t("meeting-note", note=view.note))
        lines.append(t("meeting-slots"))
        lines += ["• " + self.when(t, view, slot) for slot in view.slots]
        return "\n".join(lines)

    def staff_confirmed_text(self, t: Translator, view: MeetingView, interpreting: str) -> str:
        lines = [
            t(
                "staff-meeting-confirmed",
                requester=localized(view.requester.names, t.chain),
                target=localized(view.target.names, t.chain),
                id=view.id,
            ),
            "🕘 " + self.when(t, view),
        ]
        if interpreting:
            lines.append(t("staff-meeting-interpreter", languages=interpreting))
        lines.append(t("staff-meeting-choose-room"))
        return "\n".join(lines)

    def as_session(self, view: MeetingView, reader_id: int) -> SessionView:
        """A confirmed meeting as an item of the reader's agenda (timeline, calendar)."""
        assert view.starts_at is not None and view.ends_at is not None
        other = view.other(reader_id)
        titles = {
            lang: self._hub.get(lang)("meeting-title", delegation=localized(other.names, [lang]))
            for lang in self._hub.available
        }
        room = dict.fromkeys(self._hub.available, view.room) if view.room else {}
        return SessionView(
            -view.id,
            f"meeting-{view.id}",
            "bilateral",
            view.starts_at,
            view.ends_at,
            titles,
            {},
            room,
            [],
            [],
            None,
            [],
            False,
            False,
        )


@dataclass(frozen=True, slots=True)
class _Slot:
    starts_at: datetime
    ends_at: datetime


def _asking_side(row: Meeting) -> int:
    """The delegation that is not the one to answer now."""
    return row.requester_id if row.awaiting_id == row.target_id else row.target_id


def _both_delegations(row: Meeting) -> list[str]:
    return [
        queries.delegation_resource(row.requester_id),
        queries.delegation_resource(row.target_id),
    ]


def _row(session: Session, view: MeetingView) -> Meeting:
    row = session.get(Meeting, view.id)
    assert row is not None
    return row


def _keyboard(rows: list[list[tuple[str, str]]]) -> dict[str, Any]:
    return {
        "inline_keyboard": [
            [{"text": text, "callback_data": data} for text, data in row] for row in rows
        ]
    }
