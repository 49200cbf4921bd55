"""Meeting queries, for use inside `Database.read` and `Database.transact`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.storage.models import (
    Account,
    AgendaSession,
    Delegate,
    Delegation,
    Meeting,
    MeetingBooking,
    MeetingStatus,
    Role,
)
from bot.storage.programme import Recipient, recipient_columns, to_recipients

OPEN = (MeetingStatus.AWAITING_STAFF, MeetingStatus.PROPOSED)


def delegation_resource(delegation_id: int) -> str:
    return f"delegation:{delegation_id}"


def room_resource(room: str) -> str:
    return f"room:{room}"


def pair_key(a: int, b: int) -> str:
    return f"{min(a, b)}:{max(a, b)}"


def delegations(session: Session, event_id: int) -> list[Delegation]:
    return list(
        session.scalars(
            select(Delegation).where(Delegation.event_id == event_id).order_by(Delegation.id)
        )
    )


def delegation(session: Session, event_id: int, delegation_id: int) -> Delegation | None:
    row = session.get(Delegation, delegation_id)
    return row if row is not None and row.event_id == event_id else None


def delegation_by_code(session: Session, event_id: int, code: str) -> Delegation | None:
    return session.scalar(
        select(Delegation).where(Delegation.event_id == event_id, Delegation.code == code)
    )


def meeting(session: Session, event_id: int, meeting_id: int) -> Meeting | None:
    row = session.get(Meeting, meeting_id)
    return row if row is not None and row.event_id == event_id else None


def open_requests_of(session: Session, requester_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Meeting.id)).where(
                Meeting.requester_id == requester_id, Meeting.status.in_(OPEN)
            )
        )
        or 0
    )


def open_pair_exists(session: Session, a: int, b: int) -> bool:
    return session.scalar(select(Meeting.id).where(Meeting.open_pair == pair_key(a, b))) is not None


def booked(session: Session, event_id: int, resources: Iterable[str]) -> set[tuple[str, datetime]]:
    rows = session.execute(
        select(MeetingBooking.resource, MeetingBooking.starts_at).where(
            MeetingBooking.event_id == event_id, MeetingBooking.resource.in_(list(resources))
        )
    )
    return {(resource, starts_at) for resource, starts_at in rows}


def book(
    session: Session, event_id: int, meeting_id: int, resources: list[str], starts_at: datetime
) -> bool:
    """Take the slot for every resource; False when one is taken already (the caller then
    rolls back, so none is taken)."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    rows = [
        {"event_id": event_id, "resource": r, "starts_at": starts_at, "meeting_id": meeting_id}
        for r in resources
    ]
    inserted = session.execute(
        insert(MeetingBooking)
        .on_conflict_do_nothing(index_elements=["event_id", "resource", "starts_at"])
        .returning(MeetingBooking.id),
        rows,
    ).all()
    return len(inserted) == len(rows)


def release(session: Session, meeting_id: int, *, rooms_only: bool = False) -> None:
    query = delete(MeetingBooking).where(MeetingBooking.meeting_id == meeting_id)
    if rooms_only:
        query = query.where(MeetingBooking.resource.startswith("room:"))
    session.execute(query)


def sessions_for_everyone(session: Session, event_id: int) -> list[AgendaSession]:
    return list(
        session.scalars(
            select(AgendaSession).where(
                AgendaSession.event_id == event_id,
                AgendaSession.for_everyone,
                AgendaSession.cancelled.is_(False),
            )
        )
    )


def members(session: Session, delegation_ids: Iterable[int]) -> list[Recipient]:
    """Every reachable chat of a registered member of the delegations."""
    rows = session.execute(
        select(*recipient_columns())
        .join(Account, Account.delegate_id == Delegate.id)
        .where(Delegate.delegation_id.in_(list(delegation_ids)), Account.reachable)
        .order_by(Account.id)
    )
    return to_recipients(rows)


def answerers(session: Session, delegation_id: int) -> list[Recipient]:
    """Who answers for a delegation: its head and liaisons, or, if none of them has
    registered, every registered member."""
    rows = session.execute(
        select(Delegate.role, *recipient_columns())
        .join(Account, Account.delegate_id == Delegate.id)
        .where(Delegate.delegation_id == delegation_id, Account.reachable)
        .order_by(Account.id)
    ).all()
    leading = [row[1:] for row in rows if row[0] in (Role.HEAD, Role.LIAISON)]
    return to_recipients(leading or [row[1:] for row in rows])


def delegation_language(session: Session, delegation_id: int) -> str | None:
    """The language the delegation speaks: its head's, else its members' most common."""
    rows = session.execute(
        select(Delegate.role, Delegate.language).where(
            Delegate.delegation_id == delegation_id, Delegate.language.is_not(None)
        )
    ).all()
    for role, language in rows:
        if role is Role.HEAD:
            return language
    counts: dict[str, int] = {}
    for _role, language in rows:
        counts[language] = counts.get(language, 0) + 1
    return max(counts, key=lambda lang: counts[lang]) if counts else None


def meetings_of(session: Session, event_id: int, delegation_id: int) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(
                Meeting.event_id == event_id,
                (Meeting.requester_id == delegation_id) | (Meeting.target_id == delegation_id),
            )
            .order_by(Meeting.id)
        )
    )


def confirmed_between(
    session: Session, event_id: int, start: datetime | None, end: datetime | None
) -> list[Meeting]:
    query = select(Meeting).where(
        Meeting.event_id == event_id, Meeting.status == MeetingStatus.CONFIRMED
    )
    if start is not None:
        query = query.where(Meeting.starts_at >= start)
    if end is not None:
        query = query.where(Meeting.starts_at < end)
    return list(session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))


def open_requests(session: Session, event_id: int) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting).where(Meeting.event_id == event_id, Meeting.status.in_(OPEN))
        )
    )
