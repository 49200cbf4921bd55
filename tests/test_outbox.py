"""The delivery path: the outbox and the per-platform sender.

First against a scripted messenger (no aiogram, no network) with a real SQLite file and a
clock the test moves; then end to end, the real bots sending through the fake Telegram and
Bale servers while those answer 429 and 403."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.core import Services
from bot.platforms import Identity, Platform
from bot.services.delivery import (
    Blocked,
    DeliveryError,
    OutboxSender,
    Outgoing,
    Rejected,
    RetryAfter,
    Unavailable,
    write_to_outbox,
)
from bot.services.registration import Contact
from bot.storage import outbox
from bot.storage.models import Account, Delivery, DeliveryStatus
from tests.conftest import Khazar
from tests.fakebotapi import Fault


class ScriptedMessenger:
    """Delivers, or fails as told, and remembers what arrived where."""

    def __init__(self, platform: Platform = Platform.TELEGRAM) -> None:
        self.platform = platform
        self.failures: dict[int, list[DeliveryError]] = defaultdict(list)
        self.received: dict[int, list[str]] = defaultdict(list)
        self.attempts = 0

    async def send(self, chat_id: int, text: str, reply_markup: dict[str, Any] | None) -> int:
        self.attempts += 1
        if self.failures[chat_id]:
            raise self.failures[chat_id].pop(0)
        self.received[chat_id].append(text)
        return 1000 + self.attempts


def notice(
    chat_id: int, ref: str = "session-1", platform: Platform = Platform.TELEGRAM
) -> Outgoing:
    return Outgoing("reminder", ref, platform, chat_id, f"reminder {ref} for {chat_id}")


async def write(services: Services, messages: list[Outgoing]) -> int:
    return await services.db.transact(lambda s: write_to_outbox(s, messages, services.clock))


async def statuses(services: Services) -> dict[int, DeliveryStatus]:
    async with services.db.reading() as uow:
        rows = (await uow.session.execute(select(Delivery.chat_id, Delivery.status))).all()
    return {chat: status for chat, status in rows}


def sender_for(services: Services, messenger: ScriptedMessenger, **options: Any) -> OutboxSender:
    return OutboxSender(
        services.db,
        services.clock,
        messenger,
        messages_per_second=1000,
        per_chat_interval=0,
        **options,
    )


async def test_each_recipient_gets_a_message_once_even_when_it_is_written_twice(backend):
    services, _codes = backend
    assert await write(services, [notice(1), notice(2), notice(3)]) == 3
    assert await write(services, [notice(1), notice(2)]) == 0, (
        "the same notice is not written twice"
    )
    messenger = ScriptedMessenger()
    sender = sender_for(services, messenger)
    assert await sender.drain() == 3
    assert await sender.drain() == 0
    assert {chat: len(texts) for chat, texts in messenger.received.items()} == {1: 1, 2: 1, 3: 1}
    assert set((await statuses(services)).values()) == {DeliveryStatus.SENT}
    async with services.db.reading() as uow:
        ids = (await uow.session.scalars(select(Delivery.message_id))).all()
    assert all(ids), "the message ids are kept, for editing or retracting later"


async def test_too_many_requests_waits_and_then_sends_once(backend):
    services, _codes = backend
    await write(services, [notice(1), notice(2)])
    messenger = ScriptedMessenger()
    messenger.failures[1] = [RetryAfter(0.05)]
    sender = sender_for(services, messenger)
    await sender.drain()
    assert messenger.received[2] and not messenger.received[1]
    assert (await statuses(services))[1] is DeliveryStatus.PENDING
    assert await sender.drain() == 0, "not due before retry_after has passed"
    services.clock.advance(seconds=1)
    assert await sender.drain() == 1
    assert messenger.received[1] == ["reminder session-1 for 1"]
    assert sender.stats.rate_limited == 1 and sender.stats.sent == 2


async def test_bale_429_without_retry_after_backs_off(backend):
    services, _codes = backend
    await write(services, [notice(5, platform=Platform.BALE)])
    messenger = ScriptedMessenger(Platform.BALE)
    messenger.failures[5] = [RetryAfter(None), RetryAfter(None)]
    sender = sender_for(services, messenger)
    await sender.drain()
    services.clock.advance(seconds=1)
    await sender.drain()
    assert not messenger.received[5]
    assert await sender.drain() == 0, "the second wait is longer than the first"
    services.clock.advance(seconds=2)
    await sender.drain()
    assert messenger.received[5] == ["reminder session-1 for 5"]


async def test_a_person_who_blocked_the_bot_is_marked_and_not_retried(backend):
    services, _codes = backend
    viewer = await services.registration.viewer(
        Contact(Identity(Platform.TELEGRAM, 7), 7, "Boris", None, "ru")
    )
    await write(services, [notice(7, "session-1"), notice(7, "session-2"), notice(8)])
    messenger = ScriptedMessenger()
    messenger.failures[7] = [Blocked("bot was blocked by the user")]
    sender = sender_for(services, messenger, in_flight=1)
    await sender.drain()
    services.clock.advance(hours=1)
    await sender.drain()
    assert messenger.received[8] and not messenger.received[7]
    assert messenger.attempts == 2, "one try for the blocked person, none for their other notice"
    async with services.db.reading() as uow:
        account = await uow.accounts.by_identity(viewer.identity)
        assert account.reachable is False and account.blocked_at is not None
        rows = (
            await uow.session.execute(
                select(Delivery.ref, Delivery.status).where(Delivery.chat_id == 7)
            )
        ).all()
    assert {ref: status for ref, status in rows} == {
        "session-1": DeliveryStatus.BLOCKED,
        "session-2": DeliveryStatus.BLOCKED,
    }


async def test_transient_failures_are_retried_then_given_up(backend):
    services, _codes = backend
    await write(services, [notice(1), notice(2)])
    messenger = ScriptedMessenger()
    messenger.failures[1] = [Unavailable("502 Bad Gateway")]
    messenger.failures[2] = [Unavailable("timeout")] * 3
    sender = sender_for(services, messenger, max_attempts=3)
    for _ in range(4):
        await sender.drain()
        services.clock.advance(minutes=10)
    assert messenger.received[1] == ["reminder session-1 for 1"]
    assert not messenger.received[2]
    assert (await statuses(services))[2] is DeliveryStatus.FAILED


async def test_a_refusal_is_recorded_as_failed_at_once(backend):
    services, _codes = backend
    await write(services, [notice(3)])
    messenger = ScriptedMessenger()
    messenger.failures[3] = [Rejected("Bad Request: chat not found")]
    sender = sender_for(services, messenger)
    await sender.drain()
    services.clock.advance(hours=1)
    assert await sender.drain() == 0
    assert (await statuses(services))[3] is DeliveryStatus.FAILED


async def test_messages_claimed_by_a_sender_that_died_go_out_after_the_lease(backend):
    services, _codes = backend
    await write(services, [notice(1), notice(2)])
    now = services.clock.now()
    # A sender claimed them and died before sending.
    claimed = await services.db.transact(
        lambda s: outbox.claim(s, Platform.TELEGRAM, now, 10, now - timedelta(minutes=1))
    )
    assert len(claimed) == 2
    messenger = ScriptedMessenger()
    restarted = sender_for(services, messenger, lease=timedelta(minutes=1))
    assert await restarted.drain() == 0, "still held by the dead sender's lease"
    services.clock.advance(minutes=2)
    assert await restarted.drain() == 2
    assert await restarted.drain() == 0
    assert {chat: len(texts) for chat, texts in messenger.received.items()} == {1: 1, 2: 1}


async def test_two_senders_never_claim_the_same_message(backend):
    services, _codes = backend
    await write(services, [notice(n) for n in range(40)])
    messenger = ScriptedMessenger()
    first, second = (
        sender_for(services, messenger, batch=7),
        sender_for(services, messenger, batch=7),
    )
    while await asyncio.gather(first.drain(), second.drain()) != [0, 0]:
        pass
    assert sorted(messenger.received) == list(range(40))
    assert all(len(texts) == 1 for texts in messenger.received.values())


async def test_end_to_end_429s_and_a_blocked_person_lose_nothing_and_duplicate_nothing(
    khazar: Khazar,
):
    telegram_people = [
        khazar.telegram.add_user(n, f"Delegate {n}", language_code="ru") for n in range(3001, 3006)
    ]
    bale_people = [
        khazar.bale.add_user(n, f"Delegate {n}", language_code="fa") for n in range(3001, 3004)
    ]
    blocked = khazar.telegram.add_user(3999, "Blocked", language_code="ru")
    for person in [*telegram_people, blocked]:
        await khazar.services.registration.viewer(
            Contact(
                Identity(Platform.TELEGRAM, person.id), person.id, person.first_name, None, "ru"
            )
        )
    khazar.telegram.block_user(3999)
    khazar.telegram.inject_fault("sendMessage", Fault.too_many_requests(retry_after=1), times=2)
    # The Bale flavour answers 429 without retry_after, as Bale does.
    khazar.bale.inject_fault("sendMessage", Fault.too_many_requests(), times=1)

    messages = [notice(p.id, "opening") for p in [*telegram_people, blocked]]
    messages += [notice(p.id, "opening", Platform.BALE) for p in bale_people]
    await write(khazar.services, messages)
    khazar.services.wake_senders()

    # The retries become due as time passes.
    async def let_time_pass() -> None:
        for _ in range(40):
            await asyncio.sleep(0.25)
            khazar.clock.advance(seconds=2)

    ticking = asyncio.create_task(let_time_pass())
    await khazar.telegram.wait_for(
        "sendMessage", predicate=lambda r: r.ok and r.chat_id != 3999, count=5, timeout=10
    )
    await khazar.bale.wait_for("sendMessage", predicate=lambda r: r.ok, count=3, timeout=10)
    await khazar.telegram.settle(quiet=0.5)
    ticking.cancel()

    for person in telegram_people:
        assert khazar.telegram.texts_to(person.id) == [f"reminder opening for {person.id}"]
    for person in bale_people:
        assert khazar.bale.texts_to(person.id) == [f"reminder opening for {person.id}"]
    assert khazar.telegram.texts_to(3999) == []
    rate_limited = [r for r in khazar.telegram.requests_for("sendMessage") if r.status == 429]
    assert len(rate_limited) == 2
    async with khazar.services.db.reading() as uow:
        account = await uow.session.scalar(
            select(Account).where(Account.platform == Platform.TELEGRAM, Account.user_id == 3999)
        )
        assert account.reachable is False
    final = await statuses_by_platform(khazar.services)
    assert final[Platform.TELEGRAM] == {
        **{p.id: DeliveryStatus.SENT for p in telegram_people},
        3999: DeliveryStatus.BLOCKED,
    }
    assert final[Platform.BALE] == {p.id: DeliveryStatus.SENT for p in bale_people}


async def statuses_by_platform(services: Services) -> dict[Platform, dict[int, DeliveryStatus]]:
    async with services.db.reading() as uow:
        rows = (
            await uow.session.execute(select(Delivery.platform, Delivery.chat_id, Delivery.status))
        ).all()
    result: dict[Platform, dict[int, DeliveryStatus]] = defaultdict(dict)
    for platform, chat, status in rows:
        result[platform][chat] = status
    return result
