"""The tables. Every person-facing row is keyed by `(platform, user_id)`, never by user id alone.

Datetimes are stored timezone-aware in UTC (`UtcDateTime`), because SQLite keeps no zone and
a naive datetime read back would silently be taken as local time.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false as sa_false
from sqlalchemy.sql.expression import true as sa_true

from bot.platforms import Platform

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime that comes back aware (in UTC) from every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use an aware one")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Role(enum.StrEnum):
    HEAD = "head"
    MEMBER = "member"
    LIAISON = "liaison"
    STAFF = "staff"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as the readable value; a CHECK constraint keeps bad values out on every backend.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [m.value for m in members],
    )


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    timezone: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


class Delegation(Base):
    __tablename__ = "delegations"
    __table_args__ = (UniqueConstraint("event_id", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    timezone: Mapped[str] = mapped_column(String(64))


class Delegate(Base):
    __tablename__ = "delegates"
    __table_args__ = (UniqueConstraint("event_id", "ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    # The organiser's own key for this person, so that a re-import updates instead of duplicating.
    ref: Mapped[str] = mapped_column(String(64))
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    # None until the delegate (or the import) chooses; then the account's language is used.
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # How long before a session the delegate is reminded; None until they choose, meaning
    # the summit's default (config.toml, [reminders]).
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    morning_briefing: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    # Show the delegation's home time beside event time.
    home_time: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())


class Account(Base):
    """A messenger account that has talked to the bot, registered or not."""

    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    username: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    delegate_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegates.id", ondelete="SET NULL"), index=True
    )
    reachable: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    registered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Invitation(Base):
    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    used_by_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Delivery(Base):
    """One message to one chat, written in the same transaction as the change that causes
    it and sent later by the platform's sender. The unique key makes writing it twice (a
    retried transaction, a second reminder sweep) a no-op instead of a second message."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("kind", "ref", "platform", "chat_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(String(128))
    platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    reply_markup: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Lower goes first: a meeting answer before a broadcast.
    priority: Mapped[int] = mapped_column(Integer, default=100)
    status: Mapped[DeliveryStatus] = mapped_column(
        _enum(DeliveryStatus, "delivery_status"), default=DeliveryStatus.PENDING, index=True
    )
    not_before: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # "send" a new message, or "edit" / "delete" the one sent earlier as `target_message_id`
    # (a broadcast corrected or retracted).
    action: Mapped[str] = mapped_column(String(8), default="send", server_default="send")
    target_message_id: Mapped[int | None] = mapped_column(BigInteger)


class AgendaSession(Base):
    """One item of the programme. `key` is the organisers' stable id, so a re-import updates
    the session in place and the people who added it to their agenda keep it."""

    __tablename__ = "agenda_sessions"
    __table_args__ = (UniqueConstraint("event_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    titles: Mapped[dict[str, str]] = mapped_column(JSON)
    descriptions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    room: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    topics: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    speakers: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    spoken_language: Mapped[str | None] = mapped_column(String(8))
    interpretation: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Sessions everyone is reminded of (the opening, the general panel).
    for_everyone: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AgendaPick(Base):
    """A session in a delegate's personal agenda."""

    __tablename__ = "agenda_picks"
    __table_args__ = (UniqueConstraint("delegate_id", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegates.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ChangeStatus(enum.StrEnum):
    PROPOSED = "proposed"
    APPLIED = "applied"
    DISCARDED = "discarded"


class ProgrammeChange(Base):
    """A change to a session proposed in the staff group, applied once its proposer confirms.

    `before` and `after` hold the changed fields (starts_at/ends_at as ISO text, room per
    language, cancelled). `notice_ref` names the change notices written to the outbox; a
    change confirmed while an earlier change's notices still wait joins them (one notice
    saying old → newest), and `notice_before` keeps the state those notices start from.
    """

    __tablename__ = "programme_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_sessions.id", ondelete="CASCADE"), index=True
    )
    proposed_by_platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    proposed_by_user_id: Mapped[int] = mapped_column(BigInteger)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[ChangeStatus] = mapped_column(
        _enum(ChangeStatus, "change_status"), default=ChangeStatus.PROPOSED
    )
    notice_ref: Mapped[str | None] = mapped_column(String(128))
    notice_before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notify_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class MeetingStatus(enum.StrEnum):
    # Protocol mode: staff approve the request before the other delegation sees it.
    AWAITING_STAFF = "awaiting_staff"
    # Waiting for the delegation named in `awaiting_id` to accept, counter-propose or decline.
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class Meeting(Base):
    """A bilateral meeting between two delegations, from request to confirmed slot and room.

    `version` grows with every step, and every button carries the version it was made for, so
    a button pressed after the request moved on is recognised as stale. `open_pair` names the
    two delegations while a request between them waits for an answer; its unique constraint
    keeps a second one from being opened, even by two requests racing.
    """

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    awaiting_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="CASCADE")
    )
    topic: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MeetingStatus] = mapped_column(_enum(MeetingStatus, "meeting_status"))
    # Proposed start times (UTC, ISO) while the request is open.
    slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    room: Mapped[str | None] = mapped_column(String(120))
    requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegates.id", ondelete="SET NULL")
    )
    # Who gave the last answer (accepted, declined, cancelled, approved), by name: the others
    # of their delegation are shown who handled it.
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    open_pair: Mapped[str | None] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    nudged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MeetingBooking(Base):
    """A slot taken by a confirmed meeting, for a delegation or a room. One row per resource
    and start time: two acceptances racing for the same slot cannot both insert theirs."""

    __tablename__ = "meeting_bookings"
    __table_args__ = (UniqueConstraint("event_id", "resource", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    # "delegation:<id>" or "room:<name>"
    resource: Mapped[str] = mapped_column(String(160))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )


class BroadcastStatus(enum.StrEnum):
    DRAFT = "draft"
    SENDING = "sending"
    CANCELLED = "cancelled"
    DONE = "done"


class Broadcast(Base):
    """An announcement from the staff group to a chosen audience, each recipient getting it in
    their own language. Its messages are outbox rows of kind "broadcast" and ref "b<id>"."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    # The audience as staff wrote it, parsed: {"country": ["AZ"], "role": ["head"], ...}
    audience: Mapped[dict[str, list[str]]] = mapped_column(JSON)
    # The text per language ("*" for every language not given).
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    status: Mapped[BroadcastStatus] = mapped_column(_enum(BroadcastStatus, "broadcast_status"))
    send_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    # Edits and retractions made so far, so each gets its own outbox ref.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_by_platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    created_by_user_id: Mapped[int] = mapped_column(BigInteger)
    created_by_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The staff group's status message that follows the sending, so that a restart picks it
    # up again, in the language it was written in.
    # (its own constraint name: the table's CHECK constraints are named after the enum)
    status_platform: Mapped[Platform | None] = mapped_column(_enum(Platform, "status_platform"))
    status_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    status_message_id: Mapped[int | None] = mapped_column(BigInteger)
    status_language: Mapped[str | None] = mapped_column(String(8))


class AuditEntry(Base):
    """Who did what from the staff group, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    platform: Mapped[Platform] = mapped_column(_enum(Platform, "platform"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
