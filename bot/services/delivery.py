"""One delivery path for every notification: reminders, change notices, meeting notices,
broadcasts.

A use case writes `Outgoing` messages to the outbox in the same transaction as the change that
causes them (`write_to_outbox`), then wakes the platform's `OutboxSender`. The sender claims
due rows, sends them within the platform's rate limit and records each outcome:
- sent: done, with the message id (so a broadcast can later be edited or retracted);
- the messenger says "too many requests": the row waits `retry_after` (or a growing backoff
  when Bale gives none) and the whole sender pauses as long, since flood control is per bot;
- the person blocked the bot: their account is marked unreachable and nothing more is sent
  to them; never retried;
- a transient failure (network, 5xx): retried with backoff, up to `max_attempts`;
- a permanent refusal (chat not found, text refused): recorded as failed.
A sender that dies mid-send leaves its rows claimed; after `lease` they are due again, so a
restart loses nothing (a message sent but not yet recorded may then go out twice: the
messenger gives no way to ask whether it arrived).

Telegram allows about 30 messages a second per bot and one a second per chat
(https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this); Bale
publishes no limits, so its rate comes from config.toml. Replies to people chatting with the
bot do not go through the outbox at all, so bulk sending never delays them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from aiolimiter import AsyncLimiter

from bot.clock import Clock
from bot.platforms import Platform
from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.models import DeliveryStatus
from bot.storage.outbox import Claimed, Outgoing

log = logging.getLogger(__name__)

__all__ = ["OutboxSender", "Outgoing", "write_to_outbox"]


class DeliveryError(Exception):
    """What a messenger can say instead of delivering."""


class RetryAfter(DeliveryError):
    def __init__(self, seconds: float | None) -> None:
        super().__init__(f"too many requests; retry after {seconds} s")
        self.seconds = seconds


class Blocked(DeliveryError):
    pass


class Rejected(DeliveryError):
    pass


class Unavailable(DeliveryError):
    pass


class Messenger(Protocol):
    """Sends one message to one chat on one platform; raises a DeliveryError subclass."""

    platform: Platform

    async def send(
        self, chat_id: int, text: str, reply_markup: dict[str, Any] | None
    ) -> int | None:
        """Returns the message id the messenger gave the message."""
        ...

    async def edit(self, chat_id: int, message_id: int, text: str) -> None:
        """Replace the text of a message sent earlier."""
        ...

    async def delete(self, chat_id: int, message_id: int) -> None:
        """Take back a message sent earlier."""
        ...


def write_to_outbox(session: Any, messages: Sequence[Outgoing], clock: Clock) -> int:
    """Inside a `Database.transact` of the change that causes the messages."""
    return outbox.add(session, messages, clock.now())


@dataclass
class SenderStats:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    retried: int = 0
    rate_limited: int = 0


@dataclass
class OutboxSender:
    db: Database
    clock: Clock
    messenger: Messenger
    messages_per_second: float
    per_chat_interval: float = 1.0
    batch: int = 50
    in_flight: int = 16
    lease: timedelta = timedelta(seconds=60)
    max_attempts: int = 8
    idle_poll_seconds: float = 1.0
    monotonic: Callable[[], float] = time.monotonic
    stats: SenderStats = field(default_factory=SenderStats)

    def __post_init__(self) -> None:
        self.platform = self.messenger.platform
        # One message every 1/rate seconds, no burst: a burst of 30 on top of 30 a second
        # is what makes Telegram answer 429.
        self._limiter = AsyncLimiter(1, 1.0 / self.messages_per_second)
        self._wake = asyncio.Event()
        self._paused_until = 0.0
        self._chat_ready_at: dict[int, float] = {}
        # Chats that answered "blocked" in the current batch: their other messages claimed
        # with it are dropped without another try. Later batches ask the database, which
        # knows when the person has come back.
        self._blocked_chats: set[int] = set()
        self._slots = asyncio.Semaphore(self.in_flight)

    def wake(self) -> None:
        """Something was written to the outbox: look now rather than at the next poll."""
        self._wake.set()

    async def run(self) -> None:
        """Send until cancelled."""
        log.info("%s sender started (%.0f messages/s)", self.platform, self.messages_per_second)
        while True:
            try:
                handled = await self.drain()
            except Exception:
                log.exception("%s sender failed a round; going on", self.platform)
                handled = 0
            if handled:
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.idle_poll_seconds)

    async def drain(self) -> int:
        """Claim what is due and send it; returns how many messages were handled."""
        await self._wait_out_pause()
        now = self.clock.now()
        claimed = await self.db.transact(
            lambda session: outbox.claim(session, self.platform, now, self.batch, now - self.lease)
        )
        if not claimed:
            return 0
        self._blocked_chats = set()
        tasks = [asyncio.create_task(self._deliver(message)) for message in claimed]
        await asyncio.gather(*tasks)
        return len(claimed)

    async def _wait_out_pause(self) -> None:
        delay = self._paused_until - self.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _wait_for_chat(self, chat_id: int) -> None:
        ready_at = self._chat_ready_at.get(chat_id, 0.0)
        now = self.monotonic()
        self._chat_ready_at[chat_id] = max(now, ready_at) + self.per_chat_interval
        if ready_at > now:
            await asyncio.sleep(ready_at - now)

    async def _deliver(self, message: Claimed) -> None:
        async with self._slots:
            await self._wait_for_chat(message.chat_id)
            if message.chat_id in self._blocked_chats:
                await self._blocked(message)
                return
            await self._wait_out_pause()
            await self._limiter.acquire()
            # A 429 may have come while this message waited its turn at the limiter; flood
            # control is per bot, so it waits the pause out too instead of sending into it.
            await self._wait_out_pause()
            try:
                message_id = await self._act(message)
            except RetryAfter as exc:
                await self._rate_limited(message, exc.seconds)
            except Blocked:
                await self._blocked(message)
            except Rejected as exc:
                self.stats.failed += 1
                reason = str(exc)
                log.warning("%s delivery %s refused: %s", self.platform, message.id, reason)
                await self.db.transact(
                    lambda s: outbox.give_up(s, message.id, DeliveryStatus.FAILED, reason)
                )
            except Unavailable as exc:
                await self._transient(message, str(exc))
            else:
                self.stats.sent += 1
                now = self.clock.now()
                await self.db.transact(lambda s: outbox.sent(s, message.id, now, message_id))

    async def _act(self, message: Claimed) -> int | None:
        if message.action == "send":
            return await self.messenger.send(message.chat_id, message.text, message.reply_markup)
        if message.target_message_id is None:
            raise Rejected("nothing to change: the message was never delivered")
        if message.action == "edit":
            await self.messenger.edit(message.chat_id, message.target_message_id, message.text)
        elif message.action == "delete":
            await self.messenger.delete(message.chat_id, message.target_message_id)
        else:
            raise Rejected(f"unknown action {message.action!r}")
        return message.target_message_id

    async def _rate_limited(self, message: Claimed, seconds: float | None) -> None:
        # Bale may answer 429 without retry_after: back off, doubling with each attempt.
        wait = seconds if seconds is not None else min(2.0 ** (message.attempts - 1), 60.0)
        self.stats.rate_limited += 1
        self._paused_until = max(self._paused_until, self.monotonic() + wait)
        at = self.clock.now() + timedelta(seconds=wait)
        log.info("%s says too many requests; pausing %.1f s", self.platform, wait)
        await self.db.transact(lambda s: outbox.retry(s, message.id, at, "too many requests"))

    async def _blocked(self, message: Claimed) -> None:
        self.stats.blocked += 1
        self._blocked_chats.add(message.chat_id)
        now = self.clock.now()

        def record(session: Any) -> None:
            outbox.give_up(
                session, message.id, DeliveryStatus.BLOCKED, "the person blocked the bot"
            )
            outbox.blocked(session, self.platform, message.chat_id, now)

        await self.db.transact(record)

    async def _transient(self, message: Claimed, error: str) -> None:
        if message.attempts >= self.max_attempts:
            self.stats.failed += 1
            log.warning(
                "%s delivery %s failed %d times: %s",
                self.platform,
                message.id,
                message.attempts,
                error,
            )
            await self.db.transact(
                lambda s: outbox.give_up(s, message.id, DeliveryStatus.FAILED, error)
            )
            return
        self.stats.retried += 1
        at = self.clock.now() + timedelta(seconds=min(2.0**message.attempts, 300.0))
        await self.db.transact(lambda s: outbox.retry(s, message.id, at, error))
