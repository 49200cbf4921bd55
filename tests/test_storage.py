"""The SQL store: migrations agree with the models, SQLite is set up for concurrency, and the
unit of work commits only when told."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from bot.platforms import Platform
from bot.storage.database import Database
from bot.storage.migrations import alembic_config, current_revision, head_revision, upgrade_to_head
from bot.storage.models import Account, Base


@pytest.fixture
async def database(tmp_path: Path):
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'store.sqlite3'}")
    await upgrade_to_head(db.engine)
    yield db
    await db.dispose()


async def _differences(db: Database) -> list:
    def compare(connection):
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)

    async with db.engine.connect() as connection:
        return await connection.run_sync(compare)


async def test_the_migrations_build_exactly_the_models(database: Database):
    assert await _differences(database) == []
    assert await current_revision(database.engine) == head_revision()


async def test_migrations_go_down_to_nothing_and_up_again(tmp_path: Path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'updown.sqlite3'}"
    config = alembic_config(url)
    # Alembic's async env runs its own event loop, so it gets a thread of its own here.
    await asyncio.to_thread(command.upgrade, config, "head")
    await asyncio.to_thread(command.downgrade, config, "base")
    await asyncio.to_thread(command.upgrade, config, "head")
    db = Database(url)
    try:
        assert await _differences(db) == []
    finally:
        await db.dispose()


async def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(database: Database):
    async with database.engine.connect() as connection:
        assert (await connection.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        assert (await connection.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        assert (await connection.execute(text("PRAGMA busy_timeout"))).scalar() >= 5000


def _account(user_id: int) -> Account:
    return Account(
        platform=Platform.TELEGRAM,
        user_id=user_id,
        chat_id=user_id,
        display_name="x",
        reachable=True,
        first_seen_at=datetime(2025, 11, 18, tzinfo=UTC),
    )


async def test_nothing_is_kept_unless_the_unit_of_work_commits(database: Database):
    async with database.writing() as uow:
        uow.accounts.add(_account(1))
        await uow.accounts.flush()
    async with database.writing() as uow:
        uow.accounts.add(_account(2))
        await uow.commit()
    async with database.reading() as uow:
        assert await uow.accounts.by_identity_values(Platform.TELEGRAM, 1) is None
        assert await uow.accounts.by_identity_values(Platform.TELEGRAM, 2) is not None


async def test_concurrent_writers_wait_for_each_other_instead_of_failing(database: Database):
    async def register(user_id: int) -> None:
        async with database.writing() as uow:
            # Read, then write: without BEGIN IMMEDIATE this fails with "database is locked".
            assert await uow.accounts.by_identity_values(Platform.TELEGRAM, user_id) is None
            uow.accounts.add(_account(user_id))
            await uow.commit()

    await asyncio.gather(*(register(n) for n in range(100, 160)))
    async with database.reading() as uow:
        assert await uow.accounts.count_all() == 60


async def test_datetimes_come_back_timezone_aware(database: Database):
    async with database.writing() as uow:
        uow.accounts.add(_account(7))
        await uow.commit()
    async with database.reading() as uow:
        account = await uow.accounts.by_identity_values(Platform.TELEGRAM, 7)
        assert account.first_seen_at == datetime(2025, 11, 18, tzinfo=UTC)
        assert account.first_seen_at.tzinfo is not None


POSTGRES_URL = os.environ.get("KHAZAR_TEST_POSTGRES_URL")


@pytest.mark.postgres
@pytest.mark.skipif(
    not POSTGRES_URL, reason="set KHAZAR_TEST_POSTGRES_URL to run against PostgreSQL"
)
async def test_the_same_migrations_run_on_postgresql():
    db = Database(POSTGRES_URL)
    try:
        async with db.engine.begin() as connection:
            # Whatever an earlier run of any version left there goes, dependents and all.
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await upgrade_to_head(db.engine)
        assert await _differences(db) == []
        await test_concurrent_writers_wait_for_each_other_instead_of_failing(db)
    finally:
        await db.dispose()
