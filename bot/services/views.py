"""Plain, immutable views that services hand out instead of ORM rows.

An ORM row read after its session closed would lazy-load in async code and fail; a view is
complete when it leaves the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.platforms import Identity
from bot.storage.models import AgendaSession, Delegate, Delegation, Event, Role


@dataclass(frozen=True, slots=True)
class EventView:
    id: int
    code: str
    names: dict[str, str]
    timezone: str
    starts_on: date
    ends_on: date

    @classmethod
    def of(cls, event: Event) -> EventView:
        return cls(
            event.id, event.code, dict(event.names), event.timezone, event.starts_on, event.ends_on
        )


@dataclass(frozen=True, slots=True)
class DelegationView:
    id: int
    code: str
    country: str
    names: dict[str, str]
    timezone: str

    @classmethod
    def of(cls, delegation: Delegation) -> DelegationView:
        return cls(
            delegation.id,
            delegation.code,
            delegation.country,
            dict(delegation.names),
            delegation.timezone,
        )


@dataclass(frozen=True, slots=True)
class DelegateView:
    id: int
    ref: str
    full_name: str
    role: Role
    language: str | None
    delegation: DelegationView | None

    @classmethod
    def of(cls, delegate: Delegate, delegation: Delegation | None) -> DelegateView:
        return cls(
            delegate.id,
            delegate.ref,
            delegate.full_name,
            delegate.role,
            delegate.language,
            DelegationView.of(delegation) if delegation else None,
        )


@dataclass(frozen=True, slots=True)
class Viewer:
    """The person behind an incoming message: their account and, once registered, who they are."""

    identity: Identity
    account_id: int
    chat_id: int
    language: str | None
    delegate: DelegateView | None
    reachable: bool = True

    @property
    def registered(self) -> bool:
        return self.delegate is not None


def localized(names: dict[str, str], chain: list[str]) -> str:
    """The first name given along a language chain; any name rather than none."""
    for lang in chain:
        if names.get(lang):
            return names[lang]
    return next(iter(names.values()), "")


@dataclass(frozen=True, slots=True)
class SummitInfo:
    """What anyone, registered or not, may know about the summit."""

    names: dict[str, str]
    venue: dict[str, str]
    starts_on: date
    ends_on: date
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class SessionView:
    """One session of the programme, as delegates see it."""

    id: int
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
    cancelled: bool
    updated_at: datetime | None = None

    @classmethod
    def of(cls, row: AgendaSession) -> SessionView:
        return cls(
            row.id,
            row.key,
            row.kind,
            row.starts_at,
            row.ends_at,
            dict(row.titles),
            dict(row.descriptions or {}),
            dict(row.room or {}),
            list(row.topics or []),
            list(row.speakers or []),
            row.spoken_language,
            list(row.interpretation or []),
            row.for_everyone,
            row.cancelled,
            row.updated_at,
        )

    def overlaps(self, other: SessionView) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


@dataclass(frozen=True, slots=True)
class Preferences:
    """A delegate's reminder and display choices."""

    reminder_minutes: int
    morning_briefing: bool
    home_time: bool
    # Their delegation's time zone, for home time beside event time.
    home_timezone: str | None
