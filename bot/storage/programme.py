"""Queries of the programme as delegates use it: sessions, personal agendas, and who is to be
told about a session. For use inside `Database.read` and `Database.transact`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.platforms import Platform
from bot.storage.models import (
    Account,
    AgendaPick,
    AgendaSession,
    Delegate,
    Delegation,
    Delivery,
    DeliveryStatus,
)


@dataclass(frozen=True, slots=True)
class Recipient:
    """One chat to tell, with what is needed to write to it."""

    delegate_id: int
    platform: Platform
    chat_id: int
    language: str | None
    reminder_minutes: int | None
    morning_briefing: bool


def sessions(
    session: Session,
    event_id: int,
    *,
    starting_from: datetime | None = None,
    starting_before: datetime | None = None,
    ending_after: datetime | None = None,
    kind: str | None = None,
    with_cancelled: bool = True,
) -> list[AgendaSession]:
    query = select(AgendaSession).where(AgendaSession.event_id == event_id)
    if starting_from is not None:
        query = query.where(AgendaSession.starts_at >= starting_from)
    if starting_before is not None:
        query = query.where(AgendaSession.starts_at < starting_before)
    if ending_after is not None:
        query = query.where(AgendaSession.ends_at > ending_after)
    if kind is not None:
        query = query.where(AgendaSession.kind == kind)
    if not with_cancelled:
        query = query.where(AgendaSession.cancelled.is_(False))
    return list(session.scalars(query.order_by(AgendaSession.starts_at, AgendaSession.id)))


def session_by_id(session: Session, event_id: int, session_id: int) -> AgendaSession | None:
    row = session.get(AgendaSession, session_id)
    return row if row is not None and row.event_id == event_id else None


def session_by_key(session: Session, event_id: int, key: str) -> AgendaSession | None:
    return session.scalar(
        select(AgendaSession).where(AgendaSession.event_id == event_id, AgendaSession.key == key)
    )


def picked_ids(session: Session, delegate_id: int) -> set[int]:
    return set(
        session.scalars(select(AgendaPick.session_id).where(AgendaPick.delegate_id == delegate_id))
    )


def add_pick(session: Session, delegate_id: int, session_id: int, now: datetime) -> bool:
    """Returns False when the session was in the agenda already."""
    insert = postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    result = session.execute(
        insert(AgendaPick)
        .values(delegate_id=delegate_id, session_id=session_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["delegate_id", "session_id"])
        .returning(AgendaPick.id)
    )
    return result.first() is not None


def remove_pick(session: Session, delegate_id: int, session_id: int) -> bool:
    result = session.execute(
        delete(AgendaPick).where(
            AgendaPick.delegate_id == delegate_id, AgendaPick.session_id == session_id
        )
    )
    return bool(result.rowcount)


def personal_sessions(session: Session, event_id: int, delegate_id: int) -> list[AgendaSession]:
    """The delegate's agenda: what they added, and what every delegate attends."""
    picked = select(AgendaPick.session_id).where(AgendaPick.delegate_id == delegate_id)
    query = (
        select(AgendaSession)
        .where(
            AgendaSession.event_id == event_id,
            AgendaSession.for_everyone | AgendaSession.id.in_(picked),
        )
        .order_by(AgendaSession.starts_at, AgendaSession.id)
    )
    return list(session.scalars(query))


def preferences(session: Session, delegate_id: int) -> tuple[Delegate, str | None] | None:
    row = session.execute(
        select(Delegate, Delegation.timezone)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .where(Delegate.id == delegate_id)
    ).first()
    return (row[0], row[1]) if row else None


def set_preference(session: Session, delegate_id: int, **values: object) -> None:
    session.execute(update(Delegate).where(Delegate.id == delegate_id).values(**values))


def recipient_columns():  # type: ignore[no-untyped-def]
    return (
        Delegate.id,
        Account.platform,
        Account.chat_id,
        Account.language,
        Delegate.language,
        Delegate.reminder_minutes,
        Delegate.morning_briefing,
    )


def to_recipients(rows: Iterable[tuple[object, ...]]) -> list[Recipient]:
    return [
        Recipient(delegate_id, platform, chat_id, account_lang or delegate_lang, minutes, briefing)  # type: ignore[arg-type]
        for delegate_id, platform, chat_id, account_lang, delegate_lang, minutes, briefing in rows
    ]


def registered(session: Session, event_id: int) -> list[Recipient]:
    """Every reachable chat of a registered delegate of the event."""
    rows = session.execute(
        select(*recipient_columns())
        .join(Account, Account.delegate_id == Delegate.id)
        .where(Delegate.event_id == event_id, Account.reachable)
        .order_by(Account.id)
    )
    return to_recipients(rows)


def audiences(
    session: Session, event_id: int, rows: list[AgendaSession]
) -> dict[int, list[Recipient]]:
    """Who is to hear about each session: everyone for sessions marked so, else those who
    have it in their agenda."""
    result: dict[int, list[Recipient]] = {row.id: [] for row in rows}
    if any(row.for_everyone for row in rows):
        everyone = registered(session, event_id)
        for row in rows:
            if row.for_everyone:
                result[row.id] = everyone
    picked_ids_ = [row.id for row in rows if not row.for_everyone]
    if picked_ids_:
        found = session.execute(
            select(AgendaPick.session_id, *recipient_columns())
            .join(Delegate, AgendaPick.delegate_id == Delegate.id)
            .join(Account, Account.delegate_id == Delegate.id)
            .where(AgendaPick.session_id.in_(picked_ids_), Account.reachable)
            .order_by(Account.id)
        )
        grouped: dict[int, list[tuple[object, ...]]] = defaultdict(list)
        for session_id, *rest in found:
            grouped[session_id].append(tuple(rest))
        for session_id, members in grouped.items():
            result[session_id] = to_recipients(members)
    return result


def picks_of(session: Session, session_ids: list[int]) -> dict[int, set[int]]:
    """delegate id → the given sessions in their agenda."""
    result: dict[int, set[int]] = defaultdict(set)
    if session_ids:
        for delegate_id, session_id in session.execute(
            select(AgendaPick.delegate_id, AgendaPick.session_id).where(
                AgendaPick.session_id.in_(session_ids)
            )
        ):
            result[delegate_id].add(session_id)
    return result


def written(session: Session, kind: str, refs: list[str]) -> set[tuple[str, Platform, int]]:
    """(ref, platform, chat) of the messages of `kind` already in the outbox for `refs`."""
    if not refs:
        return set()
    rows = session.execute(
        select(Delivery.ref, Delivery.platform, Delivery.chat_id).where(
            Delivery.kind == kind, Delivery.ref.in_(refs)
        )
    )
    return {(ref, platform, chat_id) for ref, platform, chat_id in rows}


def withdraw(session: Session, kind: str, ref_prefix: str) -> int:
    """Take back the waiting messages of `kind` whose ref starts with `ref_prefix` (a moved
    session's reminders, a notice about to be rewritten); returns how many. They are deleted,
    not marked, so that the same key is free should the session move back."""
    result = session.execute(
        delete(Delivery).where(
            Delivery.kind == kind,
            Delivery.ref.startswith(ref_prefix, autoescape=True),
            Delivery.status == DeliveryStatus.PENDING,
        )
    )
    return int(result.rowcount or 0)
