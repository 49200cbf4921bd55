"""Transport pieces that the end-to-end tests do not reach directly."""

from __future__ import annotations

from aiogram.fsm.storage.memory import DisabledEventIsolation, MemoryStorage
from aiogram.fsm.strategy import FSMStrategy

from bot.platforms import CAPABILITIES, Platform
from bot.transport.bots import create_bot
from bot.transport.fsm import PlatformFSMContextMiddleware


async def test_fsm_state_of_the_same_numbers_on_two_messengers_is_kept_apart():
    # Same bot id and same user id on both platforms: the worst case for a collision.
    telegram = create_bot(Platform.TELEGRAM, "4242:telegram-token", "http://127.0.0.1:9")
    bale = create_bot(Platform.BALE, "4242:bale-token", "http://127.0.0.1:9")
    assert telegram.id == bale.id
    middleware = PlatformFSMContextMiddleware(
        storage=MemoryStorage(),
        strategy=FSMStrategy.USER_IN_CHAT,
        events_isolation=DisabledEventIsolation(),
    )
    on_telegram = middleware.get_context(telegram, chat_id=1001, user_id=1001)
    on_bale = middleware.get_context(bale, chat_id=1001, user_id=1001)
    await on_telegram.set_state("meeting:choose-slot")
    assert await on_telegram.get_state() == "meeting:choose-slot"
    assert await on_bale.get_state() is None
    await telegram.session.close()
    await bale.session.close()


def test_bale_lacks_what_the_capability_table_says():
    assert CAPABILITIES[Platform.TELEGRAM].set_my_commands
    assert not CAPABILITIES[Platform.BALE].set_my_commands
    assert not CAPABILITIES[Platform.BALE].retry_after_always_given


async def test_the_bot_waits_for_an_unreachable_messenger_and_stops_on_a_refused_token():
    import pytest

    from bot.app import TokenRefused, wait_for_messenger
    from tests.fakebotapi import FakeBotAPI, Fault

    async with FakeBotAPI("bale") as server:
        server.inject_fault("getMe", Fault.server_error(), times=2)
        bot = create_bot(Platform.BALE, server.token, server.base_url)
        await wait_for_messenger(bot, first_delay=0.01)
        assert [r.status for r in server.requests_for("getMe")] == [502, 502, 200]

        wrong = create_bot(Platform.BALE, "1:not-the-token", server.base_url)
        with pytest.raises(TokenRefused, match="KHAZAR_BALE_TOKEN"):
            await wait_for_messenger(wrong, first_delay=0.01)
        await bot.session.close()
        await wrong.session.close()
