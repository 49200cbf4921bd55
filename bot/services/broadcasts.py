"""Announcements from the staff group: an audience, a text per language (or a template the
locales render in every language), then the outbox and the per-platform senders, as for every
notification. A broadcast's messages are outbox rows of kind "broadcast" and ref "b<id>", so
its progress, its report, and later its correction or retraction are queries on them.

Every staff action here goes to the audit log.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.i18n import TranslatorHub
from bot.platforms import Identity, Platform
from bot.services.changes import parse_start
from bot.services.delivery import Outgoing, write_to_outbox
from bot.services.views import localized
from bot.storage import programme as programme_queries
from bot.storage.database import Database
from bot.storage.models import (
    Account,
    AgendaPick,
    AgendaSession,
    AuditEntry,
    Broadcast,
    BroadcastStatus,
    Delegate,
    Delegation,
    Delivery,
    DeliveryStatus,
    Invitation,
    Meeting,
    Role,
)

BROADCAST = "broadcast"
BROADCAST_CHANGE = "broadcast_change"
# Behind reminders, meeting answers and change notices: an announcement can wait a minute.
BROADCAST_PRIORITY = 200
TEXT_LIMIT = 4096
AUDIENCE_KEYS = ("country", "delegation", "role", "language", "platform", "session")
# Each template: its message and the fields staff fill in.
TEMPLATES = {
    "transport": ("template-transport", ("time", "place")),
    "moved": ("template-moved", ("session", "time")),
    "room": ("template-room", ("session", "room")),
    "cancelled": ("template-cancelled", ("session",)),
    "notice": ("template-notice", ("text",)),
}
DEFAULT_TEXT = "*"
_LANGUAGE_LINE = re.compile(r"^\s*([a-z]{2}|\*)\s*:\s?(.*)$")


class Problem(enum.StrEnum):
    NO_AUDIENCE = "broadcast-no-audience"
    UNKNOWN_KEY = "broadcast-unknown-key"
    UNKNOWN_VALUE = "broadcast-unknown-value"
    BAD_TIME = "broadcast-bad-time"
    NOBODY = "broadcast-nobody"
    EMPTY = "broadcast-empty"
    TOO_LONG = "broadcast-too-long"
    UNKNOWN_TEMPLATE = "broadcast-unknown-template"
    MISSING_FIELD = "broadcast-missing-field"
    NOT_YOURS = "broadcast-not-yours"
    HANDLED = "broadcast-handled"


@dataclass(frozen=True, slots=True)
class Refusal:
    problem: Problem
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reach:
    """Who an audience reaches: how many chats, by platform and by language."""

    filters: dict[str, list[str]]
    send_at: datetime | None
    total: int
    by_platform: dict[str, int]
    by_language: dict[str, int]


@dataclass(frozen=True, slots=True)
class Progress:
    broadcast_id: int
    status: BroadcastStatus
    recipients: int
    # platform → status → count
    counts: dict[str, dict[str, int]]

    def total(self, status: DeliveryStatus) -> int:
        return sum(by_status.get(status.value, 0) for by_status in self.counts.values())

    @property
    def pending(self) -> int:
        return self.total(DeliveryStatus.PENDING) + self.total(DeliveryStatus.SENDING)


@dataclass(frozen=True, slots=True)
class StatusMessage:
    broadcast_id: int
    platform: Platform
    chat_id: int
    message_id: int
    language: str | None


@dataclass(frozen=True, slots=True)
class _Person:
    platform: Platform
    chat_id: int
    language: str


class BroadcastService:
    def __init__(self, db: Database, clock: Clock, hub: TranslatorHub, *, timezone: str) -> None:
        self._db = db
        self._clock = clock
        self._hub = hub
        self.zone = ZoneInfo(timezone)

    # The audience

    async def reach(self, event_id: int, spec: str) -> Reach | Refusal:
        return await self._db.read(lambda s: self._reach(s, event_id, spec))

    def _reach(self, session: Session, event_id: int, spec: str) -> Reach | Refusal:
        parsed = self._parse_audience(session, event_id, spec)
        if isinstance(parsed, Refusal):
            return parsed
        filters, send_at = parsed
        people = self._people(session, event_id, filters)
        if not people:
            return Refusal(Problem.NOBODY)
        return Reach(
            filters,
            send_at,
            len(people),
            dict(Counter(p.platform.value for p in people)),
            dict(Counter(p.language for p in people)),
        )

    def _parse_audience(
        self, session: Session, event_id: int, spec: str
    ) -> tuple[dict[str, list[str]], datetime | None] | Refusal:
        words = spec.split()
        if not words:
            return Refusal(Problem.NO_AUDIENCE)
        filters: dict[str, list[str]] = {}
        send_at = None
        known = self._known_values(session, event_id)
        for word in words:
            if word.lower() in ("everyone", "all"):
                continue
            key, _, value = word.partition("=")
            key = key.lower()
            if key == "at":
                send_at = parse_start(value.replace("T", " "), self._clock.now(), self.zone)
                if send_at is None:
                    return Refusal(Problem.BAD_TIME, {"text": value})
                continue
            if key not in AUDIENCE_KEYS or not value:
                return Refusal(Problem.UNKNOWN_KEY, {"key": word, "keys": ", ".join(AUDIENCE_KEYS)})
            for item in value.split(","):
                item = item.upper() if key == "country" else item.lower()
                if item not in known[key]:
                    return Refusal(
                        Problem.UNKNOWN_VALUE,
                        {"key": key, "value": item, "values": ", ".join(sorted(known[key]))},
                    )
                filters.setdefault(key, []).append(item)
        return filters, send_at

    def _known_values(self, session: Session, event_id: int) -> dict[str, set[str]]:
        delegations = session.execute(
            select(Delegation.code, Delegation.country).where(Delegation.event_id == event_id)
        ).all()
        sessions = session.scalars(
            select(AgendaSession.key).where(AgendaSession.event_id == event_id)
        )
        return {
            "country": {country for _code, country in delegations},
            "delegation": {code for code, _country in delegations},
            "role": {role.value for role in Role},
            "language": set(self._hub.available),
            "platform": {platform.value for platform in Platform},
            "session": set(sessions),
        }

    def _people(
        self, session: Session, event_id: int, filters: dict[str, list[str]]
    ) -> list[_Person]:
        query = (
            select(
                Account.platform,
                Account.chat_id,
                Account.language,
                Delegate.language,
                Delegate.id,
                Delegate.role,
                Delegation.code,
                Delegation.country,
            )
            .join(Account, Account.delegate_id == Delegate.id)
            .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
            .where(Delegate.event_id == event_id, Account.reachable)
            .order_by(Account.id)
        )
        attendees: set[int] | None = None
        if "session" in filters:
            rows = session.execute(
                select(AgendaSession.id, AgendaSession.for_everyone).where(
                    AgendaSession.event_id == event_id, AgendaSession.key.in_(filters["session"])
                )
            ).all()
            if not any(everyone for _id, everyone in rows):
                attendees = set(
                    session.scalars(
                        select(AgendaPick.delegate_id).where(
                            AgendaPick.session_id.in_([row_id for row_id, _ in rows])
                        )
                    )
                )
        people = []
        default = self._hub.default
        for (
            platform,
            chat_id,
            account_lang,
            delegate_lang,
            delegate_id,
            role,
            code,
            country,
        ) in session.execute(query):
            language = account_lang or delegate_lang or default
            checks = {
                "country": country,
                "delegation": code,
                "role": role.value,
                "language": language,
                "platform": platform.value,
            }
            if any(key in filters and checks[key] not in filters[key] for key in checks):
                continue
            if attendees is not None and delegate_id not in attendees:
                continue
            people.append(_Person(platform, chat_id, language))
        return people

    # The text

    def parse_texts(self, event_id: int, text: str) -> dict[str, str] | Refusal:
        """One text for everyone, or sections that begin `fa:`, `ru:`, `*:` (every other
        language); or `template NAME field=value ...`."""
        text = text.strip()
        if not text:
            return Refusal(Problem.EMPTY)
        texts: dict[str, str] = {}
        current = DEFAULT_TEXT
        for line in text.splitlines():
            found = _LANGUAGE_LINE.match(line)
            if found and (found[1] == DEFAULT_TEXT or found[1] in self._hub.available):
                current = found[1]
                line = found[2]
            texts[current] = (texts.get(current, "") + "\n" + line).strip("\n")
        texts = {lang: body.strip() for lang, body in texts.items() if body.strip()}
        if not texts:
            return Refusal(Problem.EMPTY)
        for lang, body in texts.items():
            if len(body) > TEXT_LIMIT:
                return Refusal(
                    Problem.TOO_LONG, {"language": lang, "length": len(body), "limit": TEXT_LIMIT}
                )
        return texts

    async def template_texts(self, event_id: int, text: str) -> dict[str, str] | Refusal:
        """`template NAME field=value ...` rendered in every language from the locales."""
        words = text.strip().split(maxsplit=2)
        if len(words) < 2 or words[1] not in TEMPLATES:
            return Refusal(Problem.UNKNOWN_TEMPLATE, {"names": ", ".join(TEMPLATES)})
        name = words[1]
        message_id, names = TEMPLATES[name]
        fields = _fields(words[2] if len(words) > 2 else "", names)
        if any(not fields.get(f) for f in names):
            return Refusal(
                Problem.MISSING_FIELD,
                {"template": name, "fields": " ".join(f"{f}=…" for f in names)},
            )
        titles: dict[str, str] = {}
        if "session" in fields:
            row = await self._db.read(
                lambda s: programme_queries.session_by_key(s, event_id, fields["session"])
            )
            if row is None:
                return Refusal(
                    Problem.UNKNOWN_VALUE,
                    {"key": "session", "value": fields["session"], "values": "/sessions"},
                )
            titles = dict(row.titles)
        moment = None
        if "time" in fields:
            # HH:MM is today in event time, the way staff write times everywhere.
            moment = parse_start(fields["time"], self._clock.now(), self.zone)
            if moment is not None:
                moment = moment.astimezone(self.zone)
            if moment is None:
                return Refusal(Problem.BAD_TIME, {"text": fields["time"]})
        out = {}
        for lang in self._hub.available:
            t = self._hub.get(lang)
            args = {key: value for key, value in fields.items() if key not in ("session", "time")}
            if titles:
                args["title"] = localized(titles, t.chain)
            if moment is not None:
                args["time"] = moment
            out[lang] = t(message_id, **args)
        return out

    def coverage(self, texts: dict[str, str], languages: list[str]) -> dict[str, str]:
        """For each language, which text its readers get: their own, or a fallback's."""
        return {lang: self._pick(texts, lang) for lang in languages}

    def _pick(self, texts: dict[str, str], lang: str) -> str:
        for candidate in self._hub.get(lang).chain:
            if candidate in texts:
                return candidate
        if DEFAULT_TEXT in texts:
            return DEFAULT_TEXT
        return next(iter(texts))

    # Sending

    async def draft(
        self, event_id: int, by: Identity, by_name: str, reach: Reach, texts: dict[str, str]
    ) -> int:
        now = self._clock.now()

        def work(session: Session) -> int:
            row = Broadcast(
                event_id=event_id,
                audience=reach.filters,
                texts=texts,
                status=BroadcastStatus.DRAFT,
                send_at=reach.send_at,
                recipients=0,
                revision=0,
                created_by_platform=by.platform,
                created_by_user_id=by.user_id,
                created_by_name=by_name,
                created_at=now,
            )
            session.add(row)
            session.flush()
            return row.id

        return await self._db.transact(work)

    async def send(
        self, event_id: int, broadcast_id: int, by: Identity, by_name: str
    ) -> Progress | Refusal:
        now = self._clock.now()

        def work(session: Session) -> Progress | Refusal:
            row = self._own(session, event_id, broadcast_id, by)
            if isinstance(row, Refusal):
                return row
            if row.status is not BroadcastStatus.DRAFT:
                return Refusal(Problem.HANDLED)
            people = self._people(session, event_id, row.audience)
            if not people:
                return Refusal(Problem.NOBODY)
            ref = f"b{row.id}"
            messages = [
                Outgoing(
                    BROADCAST,
                    ref,
                    person.platform,
                    person.chat_id,
                    row.texts[self._pick(row.texts, person.language)],
                    priority=BROADCAST_PRIORITY,
                    not_before=row.send_at or now,
                )
                for person in people
            ]
            write_to_outbox(session, messages, self._clock)
            row.status = BroadcastStatus.SENDING
            row.recipients = len(messages)
            _audit(
                session,
                event_id,
                by,
                by_name,
                "broadcast_sent",
                f"#{row.id} to {len(messages)}: {row.audience}",
                now,
            )
            return self._progress(session, row)

        return await self._db.transact(work)

    async def texts_of(self, event_id: int, broadcast_id: int) -> dict[str, str] | None:
        row = await self._db.read(lambda s: s.get(Broadcast, broadcast_id))
        return dict(row.texts) if row is not None and row.event_id == event_id else None

    async def progress(self, event_id: int, broadcast_id: int) -> Progress | None:
        def read(session: Session) -> Progress | None:
            row = session.get(Broadcast, broadcast_id)
            if row is None or row.event_id != event_id:
                return None
            return self._progress(session, row)

        return await self._db.read(read)

    def _progress(self, session: Session, row: Broadcast) -> Progress:
        counts: dict[str, dict[str, int]] = {}
        for platform, status, count in session.execute(
            select(Delivery.platform, Delivery.status, func.count(Delivery.id))
            .where(Delivery.kind == BROADCAST, Delivery.ref == f"b{row.id}")
            .group_by(Delivery.platform, Delivery.status)
        ):
            counts.setdefault(platform.value, {})[status.value] = count
        return Progress(row.id, row.status, row.recipients, counts)

    async def follow_with(
        self,
        broadcast_id: int,
        platform: Platform,
        chat_id: int,
        message_id: int,
        language: str,
    ) -> None:
        """Remember the staff group's status message of a broadcast being sent."""
        await self._db.transact(
            lambda s: s.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(
                    status_platform=platform,
                    status_chat_id=chat_id,
                    status_message_id=message_id,
                    status_language=language,
                )
            )
        )

    async def followed(self, event_id: int) -> list[StatusMessage]:
        """The status messages of the broadcasts still being sent (after a restart)."""
        rows = await self._db.read(
            lambda s: s.execute(
                select(
                    Broadcast.id,
                    Broadcast.status_platform,
                    Broadcast.status_chat_id,
                    Broadcast.status_message_id,
                    Broadcast.status_language,
                ).where(
                    Broadcast.event_id == event_id,
                    Broadcast.status == BroadcastStatus.SENDING,
                    Broadcast.status_message_id.is_not(None),
                )
            ).all()
        )
        return [StatusMessage(*row) for row in rows]

    async def finish(self, event_id: int, broadcast_id: int) -> None:
        """Nothing is left to send: the broadcast is done."""
        await self._db.transact(
            lambda s: s.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status == BroadcastStatus.SENDING)
                .values(status=BroadcastStatus.DONE)
            )
        )

    async def cancel(
        self, event_id: int, broadcast_id: int, by: Identity, by_name: str
    ) -> Progress | Refusal:
        now = self._clock.now()

        def work(session: Session) -> Progress | Refusal:
            row = self._own(session, event_id, broadcast_id, by, anyone=True)
            if isinstance(row, Refusal):
                return row
            if row.status not in (BroadcastStatus.DRAFT, BroadcastStatus.SENDING):
                return Refusal(Problem.HANDLED)
            _stop_waiting(session, row, "cancelled by staff")
            row.status = BroadcastStatus.CANCELLED
            _audit(session, event_id, by, by_name, "broadcast_cancelled", f"#{row.id}", now)
            return self._progress(session, row)

        return await self._db.transact(work)

    async def change(
        self,
        event_id: int,
        broadcast_id: int,
        by: Identity,
        by_name: str,
        texts: dict[str, str] | None,
    ) -> int | Refusal:
        """Edit every delivered message to the new `texts`, or delete them all (`texts` None,
        which also stops what has not gone yet). Returns how many messages it reaches."""
        now = self._clock.now()

        def work(session: Session) -> int | Refusal:
            row = self._own(session, event_id, broadcast_id, by, anyone=True)
            if isinstance(row, Refusal):
                return row
            if row.status is BroadcastStatus.DRAFT:
                return Refusal(Problem.HANDLED)
            if texts is None:
                _stop_waiting(session, row, "retracted")
            delivered = session.execute(
                select(Delivery.platform, Delivery.chat_id, Delivery.message_id, Account.language)
                .outerjoin(
                    Account,
                    (Account.platform == Delivery.platform) & (Account.chat_id == Delivery.chat_id),
                )
                .where(
                    Delivery.kind == BROADCAST,
                    Delivery.ref == f"b{row.id}",
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.message_id.is_not(None),
                )
            ).all()
            row.revision += 1
            if texts is not None:
                row.texts = texts
            ref = f"b{row.id}r{row.revision}"
            messages = [
                Outgoing(
                    BROADCAST_CHANGE,
                    ref,
                    platform,
                    chat_id,
                    texts[self._pick(texts, language or self._hub.default)] if texts else "",
                    priority=BROADCAST_PRIORITY,
                    action="edit" if texts else "delete",
                    target_message_id=message_id,
                )
                for platform, chat_id, message_id, language in delivered
            ]
            write_to_outbox(session, messages, self._clock)
            if texts is None:
                row.status = BroadcastStatus.CANCELLED
            action = "broadcast_edited" if texts else "broadcast_retracted"
            _audit(session, event_id, by, by_name, action, f"#{row.id}: {len(messages)}", now)
            return len(messages)

        return await self._db.transact(work)

    def _own(
        self,
        session: Session,
        event_id: int,
        broadcast_id: int,
        by: Identity,
        *,
        anyone: bool = False,
    ) -> Broadcast | Refusal:
        row = session.get(Broadcast, broadcast_id)
        if row is None or row.event_id != event_id:
            return Refusal(Problem.HANDLED)
        if not anyone and (row.created_by_platform, row.created_by_user_id) != (
            by.platform,
            by.user_id,
        ):
            return Refusal(Problem.NOT_YOURS, {"name": row.created_by_name})
        return row

    # The audit log and the figures

    async def record(
        self, event_id: int, by: Identity, by_name: str, action: str, detail: str
    ) -> None:
        now = self._clock.now()
        await self._db.transact(lambda s: _audit(s, event_id, by, by_name, action, detail, now))

    async def audit(self, event_id: int, last: int = 20) -> list[AuditEntry]:
        return await self._db.read(
            lambda s: list(
                s.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.event_id == event_id)
                    .order_by(AuditEntry.id.desc())
                    .limit(last)
                )
            )
        )

    async def stats(self, event_id: int) -> dict[str, Any]:
        def read(session: Session) -> dict[str, Any]:
            accounts = session.execute(
                select(Account.platform, Account.language, Account.reachable, Delegation.code)
                .join(Delegate, Account.delegate_id == Delegate.id)
                .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
                .where(Delegate.event_id == event_id)
            ).all()
            pending = session.scalar(
                select(func.count(Invitation.id))
                .join(Delegate, Invitation.delegate_id == Delegate.id)
                .where(
                    Delegate.event_id == event_id,
                    Invitation.used_at.is_(None),
                    Invitation.revoked_at.is_(None),
                )
            )
            meetings = session.execute(
                select(Meeting.status, func.count(Meeting.id))
                .where(Meeting.event_id == event_id)
                .group_by(Meeting.status)
            ).all()
            broadcasts = list(
                session.scalars(
                    select(Broadcast)
                    .where(
                        Broadcast.event_id == event_id, Broadcast.status != BroadcastStatus.DRAFT
                    )
                    .order_by(Broadcast.id.desc())
                    .limit(3)
                )
            )
            return {
                "registered": len(accounts),
                "by_delegation": dict(Counter(code or "—" for *_rest, code in accounts)),
                "by_platform": dict(Counter(platform.value for platform, *_rest in accounts)),
                "by_language": dict(Counter(lang or "—" for _p, lang, *_rest in accounts)),
                "reachable": sum(1 for _p, _l, reachable, _c in accounts if reachable),
                "blocked": sum(1 for _p, _l, reachable, _c in accounts if not reachable),
                "invitations_pending": int(pending or 0),
                "meetings": {status.value: count for status, count in meetings},
                "broadcasts": [self._progress(session, row) for row in broadcasts],
            }

        return await self._db.read(read)


def _audit(
    session: Session,
    event_id: int,
    by: Identity,
    by_name: str,
    action: str,
    detail: str,
    now: datetime,
) -> None:
    session.add(
        AuditEntry(
            event_id=event_id,
            platform=by.platform,
            user_id=by.user_id,
            name=by_name,
            action=action,
            detail=detail[:1000],
            created_at=now,
        )
    )


def _stop_waiting(session: Session, row: Broadcast, reason: str) -> None:
    """The broadcast's messages not yet sent are not sent."""
    session.execute(
        update(Delivery)
        .where(
            Delivery.kind == BROADCAST,
            Delivery.ref == f"b{row.id}",
            Delivery.status == DeliveryStatus.PENDING,
        )
        .values(status=DeliveryStatus.CANCELLED, error=reason)
    )


def _fields(text: str, names: tuple[str, ...]) -> dict[str, str]:
    """`time=08:30 place=Anzali free zone` → {"time": "08:30", "place": "Anzali free zone"}:
    a value runs until the next `name=`."""
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")=")
    found = list(pattern.finditer(text))
    return {
        m[1]: text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)].strip()
        for i, m in enumerate(found)
    }
