"""Invitation codes: single-use, expiring, with a deep link per messenger and a QR code.

Codes come from `secrets` over an alphabet without look-alike characters (no 0/O, 1/I), so
they can be read aloud over a phone and typed from a printed card.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import segno
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.platforms import Platform
from bot.services.registration import CODE_ALPHABET
from bot.storage.database import Database, UnitOfWork
from bot.storage.models import Account, Delegate, Delegation, Invitation


class InvitationStatus(enum.StrEnum):
    PENDING = "pending"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class InvitationView:
    code: str
    delegate_ref: str
    delegate_name: str
    status: InvitationStatus
    expires_at: datetime
    links: dict[Platform, str]


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


class InvitationService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        code_length: int,
        valid_for: timedelta,
        link_templates: dict[Platform, tuple[str, str]],
    ) -> None:
        """`link_templates` maps a platform to (template, bot username), for example
        ("https://t.me/{username}?start={code}", "KhazarSummitBot")."""
        self._db = db
        self._clock = clock
        self._code_length = code_length
        self._valid_for = valid_for
        self._link_templates = link_templates

    def links(self, code: str) -> dict[Platform, str]:
        return {
            platform: template.format(username=username, code=code)
            for platform, (template, username) in self._link_templates.items()
            if template and username
        }

    def example_code(self) -> str:
        return "".join(
            CODE_ALPHABET[(i * 7 + 3) % len(CODE_ALPHABET)] for i in range(self._code_length)
        )

    @property
    def code_length(self) -> int:
        return self._code_length

    async def issue_within(self, uow: UnitOfWork, delegates: Iterable[Delegate]) -> int:
        """A fresh invitation for each delegate given, inside the caller's transaction."""
        now = self._clock.now()
        count = 0
        for delegate in delegates:
            code = await self._unused_code(uow)
            uow.invitations.add(
                Invitation(
                    code=code,
                    delegate_id=delegate.id,
                    created_at=now,
                    expires_at=now + self._valid_for,
                    note="",
                )
            )
            count += 1
        await uow.invitations.flush()
        return count

    async def _unused_code(self, uow: UnitOfWork) -> str:
        while True:
            code = new_code(self._code_length)
            if await uow.invitations.by_code(code) is None:
                return code

    def _status(self, invitation: Invitation) -> InvitationStatus:
        if invitation.revoked_at is not None:
            return InvitationStatus.REVOKED
        if invitation.used_at is not None:
            return InvitationStatus.USED
        if invitation.expires_at <= self._clock.now():
            return InvitationStatus.EXPIRED
        return InvitationStatus.PENDING

    async def list_for_event(self, event_id: int) -> list[InvitationView]:
        async with self._db.reading() as uow:
            rows = await uow.invitations.for_event(event_id)
            return [
                InvitationView(
                    code=invitation.code,
                    delegate_ref=delegate.ref,
                    delegate_name=delegate.full_name,
                    status=self._status(invitation),
                    expires_at=invitation.expires_at,
                    links=self.links(invitation.code),
                )
                for invitation, delegate in rows
            ]


@dataclass(frozen=True, slots=True)
class DelegateEntry:
    """A delegate as staff look them up: who, where, and how far their registration got."""

    id: int
    ref: str
    full_name: str
    role: str
    delegation: str
    platforms: list[str]
    invitation: InvitationStatus | None


class Directory:
    """Staff finding delegates and managing their invitations from the staff group."""

    def __init__(self, db: Database, invitations: InvitationService) -> None:
        self._db = db
        self._invitations = invitations

    async def find(self, event_id: int, text: str, limit: int = 20) -> list[DelegateEntry]:
        """Delegates whose ref, name or delegation code contains `text` (any case)."""
        needle = f"%{text.strip().lower()}%"

        def read(session: Session) -> list[DelegateEntry]:
            rows = session.execute(
                select(Delegate, Delegation.code)
                .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
                .where(
                    Delegate.event_id == event_id,
                    func.lower(Delegate.ref).like(needle)
                    | func.lower(Delegate.full_name).like(needle)
                    | func.lower(func.coalesce(Delegation.code, "")).like(needle),
                )
                .order_by(Delegate.ref)
                .limit(limit)
            ).all()
            return [self._entry(session, delegate, code) for delegate, code in rows]

        return await self._db.read(read)

    def _entry(self, session: Session, delegate: Delegate, code: str | None) -> DelegateEntry:
        platforms = sorted(
            p.value
            for p in session.scalars(
                select(Account.platform).where(Account.delegate_id == delegate.id)
            )
        )
        latest = session.scalar(
            select(Invitation)
            .where(Invitation.delegate_id == delegate.id)
            .order_by(Invitation.id.desc())
            .limit(1)
        )
        return DelegateEntry(
            delegate.id,
            delegate.ref,
            delegate.full_name,
            delegate.role.value,
            code or "",
            platforms,
            self._invitations._status(latest) if latest else None,
        )

    async def reissue(self, event_id: int, ref: str) -> InvitationView | None:
        """A fresh invitation for the delegate, the ones not yet used withdrawn: to resend
        when a code was lost, or to create one for a delegate added by hand."""
        async with self._db.writing() as uow:
            delegate = await uow.delegates.by_ref(event_id, ref)
            if delegate is None:
                return None
            await self._withdraw(uow, delegate.id)
            await self._invitations.issue_within(uow, [delegate])
            await uow.commit()
        found = [
            v for v in await self._invitations.list_for_event(event_id) if v.delegate_ref == ref
        ]
        return next(v for v in reversed(found) if v.status is InvitationStatus.PENDING)

    async def revoke(self, event_id: int, delegate_id: int) -> int:
        """Withdraw the delegate's unused invitations; returns how many."""
        async with self._db.writing() as uow:
            delegate = await uow.session.get(Delegate, delegate_id)
            if delegate is None or delegate.event_id != event_id:
                return 0
            count = await self._withdraw(uow, delegate_id)
            await uow.commit()
            return count

    async def _withdraw(self, uow: UnitOfWork, delegate_id: int) -> int:
        result = await uow.session.execute(
            update(Invitation)
            .where(
                Invitation.delegate_id == delegate_id,
                Invitation.used_at.is_(None),
                Invitation.revoked_at.is_(None),
            )
            .values(revoked_at=self._invitations._clock.now())
        )
        return int(result.rowcount or 0)


def write_qr_codes(invitation: InvitationView, folder: Path) -> list[Path]:
    """One PNG per messenger link, named <ref>-<platform>.png, to print on the delegate's card."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for platform, link in invitation.links.items():
        path = folder / f"{invitation.delegate_ref}-{platform.value}.png"
        segno.make(link, error="m").save(str(path), scale=8, border=2)
        written.append(path)
    return written
