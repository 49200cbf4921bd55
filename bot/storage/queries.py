"""SQL statements shared by the async repositories and the synchronous write functions that
run through `Database.transact`, so each query is written once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Update, select, update

from bot.platforms import Platform
from bot.storage.models import Account, Delegate, Delegation, Invitation


def account(platform: Platform, user_id: int) -> Select[tuple[Account]]:
    return select(Account).where(Account.platform == platform, Account.user_id == user_id)


def account_with_delegate(platform: Platform, user_id: int) -> Select[Any]:
    """The account with its delegate and delegation (either may be missing), in one query."""
    return (
        select(Account, Delegate, Delegation)
        .outerjoin(Delegate, Account.delegate_id == Delegate.id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .where(Account.platform == platform, Account.user_id == user_id)
    )


def set_account_language(platform: Platform, user_id: int, language: str) -> Update:
    """Returns the account's delegate id, so the delegate's language can follow."""
    return (
        update(Account)
        .where(Account.platform == platform, Account.user_id == user_id)
        .values(language=language)
        .returning(Account.delegate_id)
    )


def set_delegate_language(delegate_id: int, language: str) -> Update:
    return update(Delegate).where(Delegate.id == delegate_id).values(language=language)


def invitation(code: str) -> Select[tuple[Invitation]]:
    return select(Invitation).where(Invitation.code == code)
