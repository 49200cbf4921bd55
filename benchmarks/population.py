"""What the benchmarks share: a bot against the fake Telegram, and thousands of registered
delegates written straight into its database (registering them one by one through the bot
would take longer than the thing measured)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from bot.app import Application
from bot.config import PROJECT_ROOT, Settings
from bot.platforms import Platform
from bot.storage.models import Account, Delegate, Role
from tests.conftest import deep_merge
from tests.fakebotapi import FakeBotAPI

LANGUAGES = ("fa", "ru", "az", "kk", "tk", "en")
FIRST_USER_ID = 700_000_001


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def make_settings(folder: Path, api: FakeBotAPI, **overrides: Any) -> Settings:
    """The shipped config.toml, the database in `folder`, Telegram at the fake, Bale off."""
    raw = tomllib.loads((PROJECT_ROOT / "config.toml").read_text(encoding="utf-8"))
    base: dict[str, Any] = {
        "database_url": f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
        "base_dir": str(folder),
        "registration": {"invites_folder": str(folder / "invites")},
        "polling": {"timeout_seconds": 5},
        "telegram": {"api_base": api.base_url},
        "bale": {"enabled": False},
        "telegram_token": api.token,
        "bale_token": None,
    }
    return Settings(**deep_merge(raw, deep_merge(base, overrides)))


async def add_delegates(
    app: Application,
    api: FakeBotAPI,
    count: int,
    delegation_of: Callable[[int], int | None] = lambda _n: None,
) -> list[int]:
    """`count` registered delegates with a Telegram account each, reading the six languages
    in turn, in one transaction; returns their ids. `delegation_of(n)` places the n-th."""
    services = app.services
    assert services.event is not None
    event_id = services.event.id
    now = services.clock.now()
    for n in range(count):
        api.add_user(FIRST_USER_ID + n, f"Delegate{n}", language_code=LANGUAGES[n % 6])

    def write(session: Any) -> list[int]:
        session.execute(
            insert(Delegate),
            [
                {
                    "event_id": event_id,
                    "ref": f"bench-{n:05d}",
                    "delegation_id": delegation_of(n),
                    "full_name": f"Delegate {n}",
                    "title": "",
                    "role": Role.MEMBER,
                    "language": LANGUAGES[n % 6],
                    "created_at": now,
                    "reminder_minutes": None,
                    "morning_briefing": True,
                    "home_time": False,
                }
                for n in range(count)
            ],
        )
        ids = dict(
            session.execute(
                select(Delegate.ref, Delegate.id).where(
                    Delegate.event_id == event_id, Delegate.ref.startswith("bench-")
                )
            ).all()
        )
        session.execute(
            insert(Account),
            [
                {
                    "platform": Platform.TELEGRAM,
                    "user_id": FIRST_USER_ID + n,
                    "chat_id": FIRST_USER_ID + n,
                    "display_name": f"Delegate {n}",
                    "username": None,
                    "language": LANGUAGES[n % 6],
                    "delegate_id": ids[f"bench-{n:05d}"],
                    "reachable": True,
                    "blocked_at": None,
                    "first_seen_at": now,
                    "registered_at": now,
                }
                for n in range(count)
            ],
        )
        return [ids[f"bench-{n:05d}"] for n in range(count)]

    return await services.db.transact(write)
