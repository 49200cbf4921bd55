"""Outbox queries. They run inside `Database.transact` (synchronous SQLAlchemy), so claiming
and recording are one short transaction each, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.platforms import Platform
from bot.storage.models import Account, Delivery, DeliveryStatus


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message to write to the outbox."""

    kind: str
    ref: str
    platform: Platform
    chat_id: int
    text: str
    reply_markup: dict[str, Any] | None = None
    priority: int = 100
    not_before: datetime | None = None
    # "send", or "edit"/"delete" the message sent earlier as `target_message_id`.
    action: str = "send"
    target_message_id: int | None = None


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    platform: Platform
    chat_id: int
    text: str
    reply_markup: dict[str, Any] | None
    attempts: int
    action: str = "send"
    target_message_id: int | None = None


def add(session: Session, messages: Sequence[Outgoing], now: datetime) -> int:
    """Write messages to the outbox; one already there (same kind, ref, platform and chat)
    is left as it is. Returns how many were new."""
    if not messages:
        return 0
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    rows = [
        {
            "kind": m.kind,
            "ref": m.ref,
            "platform": m.platform,
            "chat_id": m.chat_id,
            "text": m.text,
            "reply_markup": m.reply_markup,
            "priority": m.priority,
            "status": DeliveryStatus.PENDING,
            "not_before": m.not_before or now,
            "attempts": 0,
            "error": "",
            "created_at": now,
            "action": m.action,
            "target_message_id": m.target_message_id,
        }
        for m in messages
    ]
    statement = insert(Delivery).on_conflict_do_nothing(
        index_elements=["kind", "ref", "platform", "chat_id"]
    )
    result = session.execute(statement.returning(Delivery.id), rows)
    return len(result.all())


def claim(
    session: Session, platform: Platform, now: datetime, limit: int, stale_before: datetime
) -> list[Claimed]:
    """Take up to `limit` due messages for sending. A message claimed before `stale_before`
    and never recorded (the sender died mid-send) is due again."""
    due = (
        select(Delivery.id)
        .where(
            Delivery.platform == platform,
            Delivery.not_before <= now,
            (Delivery.status == DeliveryStatus.PENDING)
            | ((Delivery.status == DeliveryStatus.SENDING) & (Delivery.claimed_at < stale_before)),
        )
        .order_by(Delivery.priority, Delivery.not_before, Delivery.id)
        .limit(limit)
    )
    ids = list(session.scalars(due))
    if not ids:
        return []
    # Only rows still claimable are taken, so two senders can never take the same row.
    claimed = session.execute(
        update(Delivery)
        .where(
            Delivery.id.in_(ids),
            (Delivery.status == DeliveryStatus.PENDING)
            | ((Delivery.status == DeliveryStatus.SENDING) & (Delivery.claimed_at < stale_before)),
        )
        .values(status=DeliveryStatus.SENDING, claimed_at=now, attempts=Delivery.attempts + 1)
        .returning(
            Delivery.id,
            Delivery.platform,
            Delivery.chat_id,
            Delivery.text,
            Delivery.reply_markup,
            Delivery.attempts,
            Delivery.action,
            Delivery.target_message_id,
        )
    ).all()
    return sorted((Claimed(*row) for row in claimed), key=lambda c: ids.index(c.id))


def sent(session: Session, delivery_id: int, now: datetime, message_id: int | None) -> None:
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=DeliveryStatus.SENT, sent_at=now, message_id=message_id, error="")
    )


def retry(session: Session, delivery_id: int, at: datetime, error: str) -> None:
    session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=DeliveryStatus.PENDING, not_before=at, claimed_at=None, error=error[:500])
    )


def give_up(session: Session, delivery_id: int, status: DeliveryStatus, error: str) -> None:
    session.execute(
        update(Delivery).where(Delivery.id == delivery_id).values(status=status, error=error[:500])
    )


def blocked(session: Session, platform: Platform, chat_id: int, now: datetime) -> int:
    """The person blocked the bot: their account is unreachable and nothing more waits for
    them. Returns how many waiting messages were dropped."""
    session.execute(
        update(Account)
        .where(Account.platform == platform, Account.chat_id == chat_id, Account.reachable)
        .values(reachable=False, blocked_at=now)
    )
    dropped = session.execute(
        update(Delivery)
        .where(
            Delivery.platform == platform,
            Delivery.chat_id == chat_id,
            Delivery.status == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.BLOCKED, error="the person blocked the bot")
    )
    return int(dropped.rowcount or 0)
