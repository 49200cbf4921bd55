"""Repositories: the queries, nothing else. They flush when they need ids but never commit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.platforms import Identity, Platform
from bot.storage import queries
from bot.storage.models import Account, Delegate, Delegation, Event, Invitation


class _Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def flush(self) -> None:
        await self.session.flush()


class EventRepository(_Repository):
    async def by_code(self, code: str) -> Event | None:
        return await self.session.scalar(select(Event).where(Event.code == code))

    def add(self, event: Event) -> None:
        self.session.add(event)


class DelegationRepository(_Repository):
    async def by_code(self, event_id: int, code: str) -> Delegation | None:
        return await self.session.scalar(
            select(Delegation).where(Delegation.event_id == event_id, Delegation.code == code)
        )

    async def get(self, delegation_id: int) -> Delegation | None:
        return await self.session.get(Delegation, delegation_id)

    async def for_event(self, event_id: int) -> Sequence[Delegation]:
        result = await self.session.scalars(
            select(Delegation).where(Delegation.event_id == event_id).order_by(Delegation.code)
        )
        return result.all()

    def add(self, delegation: Delegation) -> None:
        self.session.add(delegation)


class DelegateRepository(_Repository):
    async def get(self, delegate_id: int) -> Delegate | None:
        return await self.session.get(Delegate, delegate_id)

    async def by_ref(self, event_id: int, ref: str) -> Delegate | None:
        return await self.session.scalar(
            select(Delegate).where(Delegate.event_id == event_id, Delegate.ref == ref)
        )

    def add(self, delegate: Delegate) -> None:
        self.session.add(delegate)


class AccountRepository(_Repository):
    async def by_identity(self, identity: Identity) -> Account | None:
        return await self.by_identity_values(identity.platform, identity.user_id)

    async def by_identity_values(self, platform: Platform, user_id: int) -> Account | None:
        return await self.session.scalar(*queries.account(platform, user_id))

    async def with_delegate(
        self, platform: Platform, user_id: int
    ) -> tuple[Account, Delegate | None, Delegation | None] | None:
        row = (
            await self.session.execute(*queries.account_with_delegate(platform, user_id))
        ).first()
        return (row[0], row[1], row[2]) if row is not None else None

    async def count_all(self) -> int:
        return int(await self.session.scalar(select(func.count()).select_from(Account)) or 0)

    def add(self, account: Account) -> None:
        self.session.add(account)


class InvitationRepository(_Repository):
    async def by_code(self, code: str) -> Invitation | None:
        return await self.session.scalar(*queries.invitation(code))

    async def for_event(self, event_id: int) -> Sequence[tuple[Invitation, Delegate]]:
        result = await self.session.execute(
            select(Invitation, Delegate)
            .join(Delegate, Invitation.delegate_id == Delegate.id)
            .where(Delegate.event_id == event_id)
            .order_by(Delegate.ref, Invitation.id)
        )
        return [(row[0], row[1]) for row in result.all()]

    def add(self, invitation: Invitation) -> None:
        self.session.add(invitation)
