"""SQL statements shared by the async repositories and the synchronous write functions that
run through `Database.transact`, so each query is written once.

The statements on the path of every update are built once, with bound parameters, and each
function returns the statement with its parameters: `connection.execute(*queries.x(...))`.
Building a SQLAlchemy statement costs more than SQLite takes to run it; a statement built
once also hits SQLAlchemy's compiled cache every time.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Insert, Select, Update, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.platforms import Platform
from bot.storage.models import Account, Delegate, Delegation, Invitation

Statement = tuple[Any, dict[str, Any]]


@cache
def _account() -> Select[tuple[Account]]:
    return select(Account).where(
        Account.platform == bindparam("platform_"), Account.user_id == bindparam("user_id_")
    )


def account(platform: Platform, user_id: int) -> Statement:
    return _account(), {"platform_": platform, "user_id_": user_id}


@cache
def _account_with_delegate() -> Select[Any]:
    return (
        select(Account, Delegate, Delegation)
        .outerjoin(Delegate, Account.delegate_id == Delegate.id)
        .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        .where(Account.platform == bindparam("platform_"), Account.user_id == bindparam("user_id_"))
    )


def account_with_delegate(platform: Platform, user_id: int) -> Statement:
    """The account with its delegate and delegation (either may be missing), in one query."""
    return _account_with_delegate(), {"platform_": platform, "user_id_": user_id}


@cache
def _new_account(dialect: str) -> Insert:
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(Account)
        .on_conflict_do_nothing(index_elements=["platform", "user_id"])
        .returning(Account.id)
    )


def new_account(dialect: str, values: dict[str, Any]) -> Statement:
    """Insert an account unless one exists for its (platform, user_id); returns the new id,
    or nothing when it existed. ON CONFLICT is spelled the same on SQLite and PostgreSQL."""
    return _new_account(dialect), values


@cache
def _set_account_language() -> Update:
    return (
        update(Account)
        .where(Account.platform == bindparam("platform_"), Account.user_id == bindparam("user_id_"))
        .values(language=bindparam("language_"))
        .returning(Account.delegate_id)
    )


def set_account_language(platform: Platform, user_id: int, language: str) -> Statement:
    """Returns the account's delegate id, so the delegate's language can follow."""
    params = {"platform_": platform, "user_id_": user_id, "language_": language}
    return _set_account_language(), params


@cache
def _set_delegate_language() -> Update:
    return (
        update(Delegate)
        .where(Delegate.id == bindparam("delegate_id_"))
        .values(language=bindparam("language_"))
    )


def set_delegate_language(delegate_id: int, language: str) -> Statement:
    return _set_delegate_language(), {"delegate_id_": delegate_id, "language_": language}


@cache
def _invitation() -> Select[tuple[Invitation]]:
    return select(Invitation).where(Invitation.code == bindparam("code_"))


def invitation(code: str) -> Statement:
    return _invitation(), {"code_": code}
