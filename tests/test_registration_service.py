"""The registration service on a real database: SQLite always, PostgreSQL when
KHAZAR_TEST_POSTGRES_URL names one. The write paths differ per backend (SQLite writes inline
or on a writer thread, PostgreSQL through run_sync), so both run the same cases."""

from __future__ import annotations

import asyncio
import sqlite3

from bot.clock import ManualClock
from bot.core import Services, build_services
from bot.platforms import Identity, Platform
from bot.services.registration import Contact, RedeemOutcome, normalize_code
from tests.conftest import SUMMIT_EVE, make_settings


def contact(
    user_id: int, platform: Platform = Platform.TELEGRAM, lang: str | None = "ru"
) -> Contact:
    return Contact(Identity(platform, user_id), user_id, f"User {user_id}", None, lang)


async def test_first_contact_registration_and_language(backend: tuple[Services, dict[str, str]]):
    services, codes = backend
    registration = services.registration

    first = await registration.viewer(contact(501))
    assert first.language == "ru" and not first.registered
    again = await registration.viewer(contact(501))
    assert again.account_id == first.account_id

    # The same number on the other messenger is someone else.
    other = await registration.viewer(contact(501, Platform.BALE, "fa"))
    assert other.account_id != first.account_id and other.language == "fa"

    result = await registration.redeem(first.identity, codes["astrakhan-01"])
    assert result.outcome is RedeemOutcome.REGISTERED
    assert result.viewer.delegate is not None and result.viewer.delegate.ref == "astrakhan-01"

    changed = await registration.set_language(first.identity, "kk")
    assert changed.language == "kk" and changed.registered
    async with services.db.reading() as uow:
        delegate = await uow.delegates.by_ref(services.event.id, "astrakhan-01")
        assert delegate.language == "kk"
        account = await uow.accounts.by_identity(first.identity)
        assert account.language == "kk" and account.delegate_id == delegate.id

    refused = await registration.redeem(other.identity, codes["astrakhan-01"])
    assert refused.outcome is RedeemOutcome.USED and not refused.viewer.registered


async def test_concurrent_first_contacts_each_get_one_account(backend):
    services, _codes = backend
    viewers = await asyncio.gather(
        *(services.registration.viewer(contact(n)) for n in range(700, 760))
    )
    # A person writing twice at once is still one account.
    twice = await asyncio.gather(*(services.registration.viewer(contact(800)) for _ in range(5)))
    assert len({v.account_id for v in viewers}) == 60
    assert len({v.account_id for v in twice}) == 1
    async with services.db.reading() as uow:
        assert await uow.accounts.count_all() == 61


async def test_a_blocked_person_is_unreachable_until_they_write_again(backend):
    services, _codes = backend
    registration = services.registration
    viewer = await registration.viewer(contact(901))
    await registration.mark_unreachable(viewer.identity)
    async with services.db.reading() as uow:
        assert (await uow.accounts.by_identity(viewer.identity)).reachable is False
    back = await registration.viewer(contact(901))
    assert back.reachable
    async with services.db.reading() as uow:
        assert (await uow.accounts.by_identity(viewer.identity)).reachable is True


async def test_a_write_waits_off_the_event_loop_while_another_process_holds_the_lock(tmp_path):
    settings = make_settings(tmp_path)
    services = build_services(settings, ManualClock(SUMMIT_EVE))
    await services.prepare()
    path = settings.resolved_database_url.removeprefix("sqlite+aiosqlite:///")
    other_process = sqlite3.connect(path, isolation_level=None)
    try:
        other_process.execute("BEGIN IMMEDIATE")  # as a CLI import would
        ticks = 0

        async def loop_keeps_running() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(loop_keeps_running())
        write = asyncio.create_task(services.registration.viewer(contact(42)))
        await asyncio.sleep(0.5)
        assert not write.done(), "the write waits for the lock"
        assert ticks >= 20, "and the event loop is not blocked meanwhile"
        other_process.execute("COMMIT")
        viewer = await asyncio.wait_for(write, 10)
        assert viewer.identity.user_id == 42
        ticker.cancel()
    finally:
        other_process.close()
        await services.close()


def test_codes_are_read_as_people_type_them():
    assert normalize_code("k7xq-4mpa") == "K7XQ4MPA"
    assert normalize_code(" К7ХQ 4МРА ") == "K7XQ4MPA"  # Cyrillic К, Х, М, Р, А
    assert normalize_code("ABCD۲۳۴۵") == "ABCD2345"
    assert normalize_code("hello, is this the bot?") is None
    assert normalize_code("") is None
