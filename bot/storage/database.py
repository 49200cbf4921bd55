"""Engine and unit of work.

SQLite is the default store, so it is set up to behave under a bot's concurrency: WAL lets
readers go on while one writer writes, `busy_timeout` makes a second writer wait instead of
failing, and a writing unit of work starts with `BEGIN IMMEDIATE`, taking the write lock up
front. Without that, a transaction that read first and writes later fails at once with
SQLITE_BUSY when another writer committed in between (https://sqlite.org/isolation.html,
https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl).
The same code runs on PostgreSQL, where a plain BEGIN is used.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session

from bot.storage import repositories as repos

T = TypeVar("T")

_WRITE_OPTION = "khazar_write"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
)
BUSY_TIMEOUT_MS = 10_000
# How long a write on the event loop's own thread may wait for another process's lock
# before it moves to the writer thread, where waiting blocks nobody.
INLINE_BUSY_TIMEOUT_MS = 50


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, **kwargs)
        _prepare_sqlite(engine.sync_engine)
        return engine
    return create_async_engine(url, pool_pre_ping=True, **kwargs)


def _prepare_sqlite(engine: Engine, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, say when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (*SQLITE_PRAGMAS, f"PRAGMA busy_timeout={busy_timeout_ms}"):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class UnitOfWork:
    """One transaction. Repositories never commit; `commit()` here does, and leaving without
    committing rolls everything back, so a failed use case changes nothing."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        write: bool,
        write_lock: asyncio.Lock | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._write = write
        self._write_lock = write_lock if write else None

    async def __aenter__(self) -> UnitOfWork:
        if self._write_lock is not None:
            await self._write_lock.acquire()
        self.session = self._session_factory()
        if self._write:
            await self.session.connection(execution_options={_WRITE_OPTION: True})
        self.events = repos.EventRepository(self.session)
        self.delegations = repos.DelegationRepository(self.session)
        self.delegates = repos.DelegateRepository(self.session)
        self.accounts = repos.AccountRepository(self.session)
        self.invitations = repos.InvitationRepository(self.session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.session.rollback()
        finally:
            await self.session.close()
            if self._write_lock is not None:
                self._write_lock.release()

    async def commit(self) -> None:
        await self.session.commit()


class Database:
    """The engine and a way to open units of work; one per process."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = create_engine(url, **engine_kwargs)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time. Writers of this process queue here, in the event
        # loop, instead of inside SQLite's busy handler, which sleeps in steps of up to 100 ms
        # and made replies wait seconds under load. Other processes (the CLI) still meet
        # busy_timeout.
        self._write_lock = asyncio.Lock() if is_sqlite(url) else None
        # The hot write paths (see `transact`) use plain sqlite3 connections. aiosqlite makes
        # a thread hop per statement, and under load each hop waits for a busy event loop;
        # a whole short transaction run right here costs less than one such hop.
        self._writer: ThreadPoolExecutor | None = None
        self._inline_engine: Engine | None = None
        self._writer_engine: Engine | None = None
        if is_sqlite(url):
            sync_url = make_url(url).set(drivername="sqlite")
            self._inline_engine = create_sync_engine(sync_url)
            _prepare_sqlite(self._inline_engine, INLINE_BUSY_TIMEOUT_MS)
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="khazar-writer")
            self._writer_engine = create_sync_engine(sync_url)
            _prepare_sqlite(self._writer_engine)

    async def transact(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one write transaction and commit; roll back if it raises.

        `work` is plain synchronous SQLAlchemy code, so the same function runs on SQLite's
        own connections and, through `AsyncSession.run_sync`, on PostgreSQL.
        """
        if self._inline_engine is None:
            async with self._sessions() as session:
                result = await session.run_sync(work)
                await session.commit()
                return result
        return await self._on_sqlite(self._transact_on, work)

    async def transact_statements(self, work: Callable[[Connection], T]) -> T:
        """Like `transact`, for work that is a few plain statements: without an ORM session
        such a write costs a quarter of the time, and on SQLite it blocks the loop for it."""
        if self._inline_engine is None:
            async with self.engine.begin() as connection:
                return await connection.run_sync(work)
        return await self._on_sqlite(self._statements_on, work)

    async def read(self, work: Callable[[Session], T]) -> T:
        """Run read-only `work` (plain synchronous SQLAlchemy) and hand back its result. On
        SQLite it runs right here: in WAL mode a reader never waits for a writer, and a short
        query costs less than the thread hop of the async driver."""
        if self._inline_engine is None:
            async with self._sessions() as session:
                return await session.run_sync(work)
        with Session(self._inline_engine, expire_on_commit=False) as session:
            return work(session)

    async def _on_sqlite(self, run: Callable[[Engine, Any], T], work: Any) -> T:
        """Run `run(engine, work)` on the loop's own connection, or on the writer thread while
        the database is locked (by another process such as the CLI, or an async writer of
        ours), so the loop is never blocked for longer than the inline busy timeout."""
        assert self._inline_engine is not None and self._writer_engine is not None
        if self._write_lock is None or not self._write_lock.locked():
            try:
                return run(self._inline_engine, work)
            except OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, run, self._writer_engine, work)

    @staticmethod
    def _statements_on(engine: Engine, work: Callable[[Connection], T]) -> T:
        with engine.connect().execution_options(**{_WRITE_OPTION: True}) as connection:
            with connection.begin():
                return work(connection)

    @staticmethod
    def _transact_on(engine: Engine, work: Callable[[Session], T]) -> T:
        with Session(engine, expire_on_commit=False) as session:
            session.connection(execution_options={_WRITE_OPTION: True})
            result = work(session)
            session.commit()
            return result

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=False)

    def writing(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, write=True, write_lock=self._write_lock)

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
        for engine in (self._inline_engine, self._writer_engine):
            if engine is not None:
                engine.dispose()
