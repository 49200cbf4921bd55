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

from bot.clock import Clock
from bot.platforms import Platform
from bot.services.registration import CODE_ALPHABET
from bot.storage.database import Database, UnitOfWork
from bot.storage.models import Delegate, Invitation


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


def write_qr_codes(invitation: InvitationView, folder: Path) -> list[Path]:
    """One PNG per messenger link, named <ref>-<platform>.png, to print on the delegate's card."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for platform, link in invitation.links.items():
        path = folder / f"{invitation.delegate_ref}-{platform.value}.png"
        segno.make(link, error="m").save(str(path), scale=8, border=2)
        written.append(path)
    return written
