"""How punctually and how fast the outbox sender delivers a burst: a reminder falling due for
N subscribers at once (default 1,000) at the configured rate limit (default 30 messages/s,
Telegram's). The real sender and the real aiogram bot send to the project's fake Bot API
over HTTP, with a fresh SQLite file; optionally a share of the answers are 429s.

Prints, for the N messages: from the moment they fell due to the moment each was sent
(p50, p99, last), the first one's delay, and the sending rate achieved as a fraction of the
limit. It reports and does not judge.

    .venv/bin/python -m benchmarks.outbox [--recipients 1000] [--rate 30] [--too-many 0.0]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from bot.clock import SystemClock
from bot.platforms import Platform
from bot.services.delivery import OutboxSender, Outgoing, write_to_outbox
from bot.storage.database import Database
from bot.storage.migrations import upgrade_to_head
from bot.transport.bots import create_bot
from bot.transport.messenger import BotMessenger
from tests.fakebotapi import FakeBotAPI, Fault


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def run(recipients: int, rate: float, too_many: float) -> None:
    clock = SystemClock()
    async with FakeBotAPI("telegram", strict_chats=False) as api:
        with tempfile.TemporaryDirectory() as folder:
            db = Database(f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}")
            await upgrade_to_head(db.engine)
            bot = create_bot(Platform.TELEGRAM, api.token, api.base_url)
            sender = OutboxSender(db, clock, BotMessenger(bot), messages_per_second=rate)
            chats = list(range(10_000, 10_000 + recipients))
            if too_many:
                api.inject_fault(
                    "sendMessage",
                    Fault.too_many_requests(retry_after=1),
                    times=int(recipients * too_many),
                )
            messages = [
                Outgoing(
                    "reminder",
                    "opening-ceremony",
                    Platform.TELEGRAM,
                    chat,
                    "Reminder: the opening ceremony starts in 15 minutes, Hall A.",
                )
                for chat in chats
            ]
            await db.transact(lambda session: write_to_outbox(session, messages, clock))
            due = time.monotonic()
            task = asyncio.create_task(sender.run())
            sent = await api.wait_for(
                "sendMessage",
                predicate=lambda r: r.ok,
                count=recipients,
                timeout=recipients / rate * 3 + 30,
            )
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await bot.session.close()
            await db.dispose()

    first_per_chat: dict[int, float] = {}
    for request in sent:
        first_per_chat.setdefault(int(request.params["chat_id"]), request.at)
    delays = [at - due for at in first_per_chat.values()]
    times = sorted(first_per_chat.values())
    span = times[-1] - times[0]
    achieved = (len(times) - 1) / span if span > 0 else float("inf")
    duplicates = len(sent) - len(first_per_chat)
    print(
        f"outbox sender: {recipients} recipients, limit {rate:g} messages/s, "
        f"{too_many:.0%} answered 429 first"
    )
    print(f"  delivered: {len(first_per_chat)} of {recipients}, duplicates: {duplicates}")
    print(
        f"  due -> sent: first {min(delays):.3f} s, "
        f"p50 {percentile(delays, 0.5):.2f} s, p99 {percentile(delays, 0.99):.2f} s, "
        f"last {max(delays):.2f} s "
        f"(ideal last: {(recipients - 1) / rate:.2f} s)"
    )
    print(
        f"  rate achieved: {achieved:.1f} messages/s = {achieved / rate:.0%} of the limit; "
        f"mean gap {statistics.mean(b - a for a, b in pairwise(times)) * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--too-many", type=float, default=0.0, help="share of 429 answers")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.recipients, args.rate, args.too_many))


if __name__ == "__main__":
    main()
