"""Tests of the fake Bot API server itself, driven by a real aiogram ``Bot`` and ``Dispatcher``.

They pin down that the fake answers the way aiogram expects from Telegram (and from Bale), so
the bot's own tests can trust it as "the outside world".
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import aiohttp
import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from tests.fakebotapi import NOT_MODIFIED, FakeBotAPI, FakeUser, Fault, UploadedFile

BotFactory = Callable[..., Bot]


@pytest.fixture
async def server() -> AsyncIterator[FakeBotAPI]:
    async with asyncio.timeout(5), FakeBotAPI() as fake:
        yield fake


@pytest.fixture
async def bale() -> AsyncIterator[FakeBotAPI]:
    async with asyncio.timeout(5), FakeBotAPI(flavour="bale") as fake:
        yield fake


@pytest.fixture
async def make_bot() -> AsyncIterator[BotFactory]:
    """Real aiogram Bots pointed at a fake; their sessions are closed after the test."""
    bots: list[Bot] = []

    def factory(fake: FakeBotAPI, timeout: float = 5.0) -> Bot:
        api = TelegramAPIServer.from_base(fake.base_url)
        bot = Bot(fake.token, session=AiohttpSession(api=api, timeout=timeout))
        bots.append(bot)
        return bot

    yield factory
    await asyncio.gather(*(bot.session.close() for bot in bots))


@pytest.fixture
def ivan(server: FakeBotAPI) -> FakeUser:
    return server.add_user(1001, "Ivan", "Petrov", username="ivan", language_code="ru")


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    buttons = [[InlineKeyboardButton(text=text, callback_data=data)] for text, data in pairs]
    return InlineKeyboardMarkup(inline_keyboard=buttons)


async def test_get_me(server: FakeBotAPI, make_bot: BotFactory) -> None:
    bot = make_bot(server)
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (bot.id, True, "KhazarSummitBot")
    (request,) = server.requests_for("getMe")
    assert (request.status, request.flavour, request.ok) == (200, "telegram", True)


async def test_send_message_records_parsed_params(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    sent = await bot.send_message(ivan.id, "Hello", reply_markup=keyboard(("Yes", "yes")))

    assert sent.from_user is not None and sent.from_user.id == bot.id
    assert sent.chat.id == ivan.id and sent.chat.type == "private"
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "yes"
    (request,) = server.requests_for("sendMessage", chat_id=ivan.id)
    assert request.params["chat_id"] == ivan.id  # converted from the multipart string
    assert request.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]
    }
    assert server.texts_to(ivan.id) == ["Hello"]
    last = server.last_message_to(ivan.id)
    assert (last.message_id, last.callback_data_for("Yes")) == (sent.message_id, "yes")


async def test_edit_and_delete_known_messages_only(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    sent = await bot.send_message(ivan.id, "v1", reply_markup=keyboard(("A", "a")))

    edited = await bot.edit_message_text(
        text="v2", chat_id=ivan.id, message_id=sent.message_id, reply_markup=keyboard(("A", "a"))
    )
    assert isinstance(edited, Message) and edited.text == "v2" and edited.edit_date
    with pytest.raises(TelegramBadRequest, match="message is not modified") as not_modified:
        await bot.edit_message_text(
            text="v2",
            chat_id=ivan.id,
            message_id=sent.message_id,
            reply_markup=keyboard(("A", "a")),
        )
    assert not_modified.value.message == NOT_MODIFIED
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(text="x", chat_id=ivan.id, message_id=999)

    await bot.edit_message_reply_markup(
        chat_id=ivan.id, message_id=sent.message_id, reply_markup=keyboard(("B", "b"))
    )
    record = server.last_message_to(ivan.id)
    assert (record.text, record.history, record.callback_data_for("B")) == ("v2", ["v1"], "b")

    assert await bot.delete_message(ivan.id, sent.message_id) is True
    assert server.messages_to(ivan.id)[0].deleted
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await bot.delete_message(ivan.id, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text(text="v3", chat_id=ivan.id, message_id=sent.message_id)
    assert [r.status for r in server.requests_for("deleteMessage")] == [200, 400]


async def test_long_poll_wakes_on_update_and_offset_confirms(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await server.wait_for("getUpdates")
    server.send_text(ivan, "/start ABC")
    async with asyncio.timeout(1):
        (update,) = await poll
    assert time.monotonic() - started < 0.5

    message = update.message
    assert message is not None and message.text == "/start ABC"
    assert message.from_user is not None and message.from_user.language_code == "ru"
    assert [(e.type, e.offset, e.length) for e in message.entities or []] == [("bot_command", 0, 6)]
    # Not confirmed yet: handed out again; confirmed by the offset: gone.
    assert [u.update_id for u in await bot.get_updates()] == [update.update_id]
    assert await bot.get_updates(offset=update.update_id + 1) == []
    assert server.pending_updates == []

    second = server.send_text(ivan, "hi")
    assert second["update_id"] == update.update_id + 1
    assert "entities" not in second["message"]


async def test_redelivered_update_comes_back_once(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    first = server.send_text(ivan, "/help")
    (got,) = await bot.get_updates()
    offset = got.update_id + 1
    assert await bot.get_updates(offset=offset) == []

    server.enqueue_raw_update(first, redeliver=True)
    assert [u.update_id for u in await bot.get_updates(offset=offset)] == [first["update_id"]]
    assert await bot.get_updates(offset=offset) == []


async def test_only_asked_for_update_types_are_delivered(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    await bot.send_message(ivan.id, "Menu", reply_markup=keyboard(("Go", "go")))
    server.press_button(ivan, server.last_message_to(ivan.id), "go")
    server.send_text(ivan, "hello")
    (update,) = await bot.get_updates(allowed_updates=["message"])
    assert update.message is not None and update.message.text == "hello"
    assert [next(iter(u.keys() - {"update_id"})) for u in server.dropped_updates] == [
        "callback_query"
    ]
    server.enqueue_raw_update({"my_chat_member": {}})
    assert await bot.get_updates(offset=update.update_id + 1) == []  # still only "message"


async def test_malformed_update_breaks_the_whole_batch_in_aiogram(
    server: FakeBotAPI, make_bot: BotFactory
) -> None:
    bot = make_bot(server)
    server.enqueue_raw_update({"message": {"message_id": 1, "text": "no chat, no date"}})
    with pytest.raises(ClientDecodeError):
        await bot.get_updates()


async def test_press_button_sends_callback_query(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    await bot.send_message(ivan.id, "Menu", reply_markup=keyboard(("Register", "reg:1")))
    menu = server.last_message_to(ivan.id)
    server.press_button(ivan, menu, menu.callback_data_for("Register"))

    (update,) = await bot.get_updates(timeout=1)
    query = update.callback_query
    assert query is not None and query.data == "reg:1" and query.chat_instance
    assert query.from_user.id == ivan.id
    assert isinstance(query.message, Message) and query.message.message_id == menu.message_id
    assert query.message.reply_markup is not None
    assert query.message.reply_markup.model_dump() == keyboard(("Register", "reg:1")).model_dump()

    assert await bot.answer_callback_query(query.id, text="ok") is True
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query.id)


async def test_too_many_requests_on_telegram_carries_retry_after(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    server.inject_fault("sendMessage", Fault.too_many_requests(retry_after=3), times=2)
    for _ in range(2):
        with pytest.raises(TelegramRetryAfter) as flood:
            await bot.send_message(ivan.id, "hi")
        assert flood.value.retry_after == 3
    await bot.send_message(ivan.id, "hi")
    assert [r.status for r in server.requests_for("sendMessage")] == [429, 429, 200]
    assert server.texts_to(ivan.id) == ["hi"]  # the refused calls delivered nothing


async def test_too_many_requests_on_bale_has_no_retry_after(
    bale: FakeBotAPI, make_bot: BotFactory
) -> None:
    bot = make_bot(bale)
    user = bale.add_user(2002, "Sara", language_code="fa")
    bale.inject_fault("sendMessage", Fault.too_many_requests(retry_after=3), chat_id=user.id)
    with pytest.raises(TelegramAPIError) as flood:
        await bot.send_message(user.id, "salam")
    assert not isinstance(flood.value, TelegramRetryAfter)
    (request,) = bale.requests_for("sendMessage")
    assert request.status == 429 and request.flavour == "bale"
    assert request.response == {"ok": False, "error_code": 429, "description": "Too Many Requests"}


async def test_blocked_user_is_forbidden_until_unblocked(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    server.block_user(ivan.id)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(ivan.id, "hi")
    server.unblock_user(ivan.id)
    await bot.send_message(ivan.id, "hi")

    server.inject_fault("sendChatAction", Fault.blocked(), chat_id=ivan.id)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_chat_action(ivan.id, "typing")
    assert await bot.send_chat_action(ivan.id, "typing") is True


async def test_server_error_and_applied_server_error(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    server.inject_fault("sendMessage", Fault.server_error())
    with pytest.raises(TelegramServerError, match="Bad Gateway"):
        await bot.send_message(ivan.id, "lost")
    server.inject_fault(None, Fault.server_error(500, "Internal Server Error", applied=True))
    with pytest.raises(TelegramServerError):
        await bot.send_message(ivan.id, "delivered anyway")
    assert [m.text for m in server.messages_to(ivan.id)] == ["delivered anyway"]
    assert server.faults == []  # both rules used up


async def test_timeout_fault_makes_the_client_give_up(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server, timeout=0.2)
    server.inject_fault("sendMessage", Fault.timeout())
    with pytest.raises(TelegramNetworkError, match="Request timeout"):
        await bot.send_message(ivan.id, "hi")
    # aiogram hung up; the fake's handler was cancelled and says so.
    await server.wait_for("sendMessage", predicate=lambda r: r.status == 499, timeout=1)
    assert server.messages_to(ivan.id) == []


async def test_slow_answers_and_latency(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    server.inject_fault("sendMessage", Fault.slow(0.15))
    started = time.monotonic()
    await bot.send_message(ivan.id, "slow")
    assert time.monotonic() - started >= 0.15
    server.latency = 0.05
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.05


async def test_commands_on_telegram_but_not_on_bale(
    server: FakeBotAPI, bale: FakeBotAPI, make_bot: BotFactory
) -> None:
    commands = [BotCommand(command="start", description="Start")]
    telegram_bot, bale_bot = make_bot(server), make_bot(bale)
    assert await telegram_bot.set_my_commands(commands) is True
    assert [c.command for c in await telegram_bot.get_my_commands()] == ["start"]
    with pytest.raises(TelegramNotFound, match="method not found"):
        await bale_bot.set_my_commands(commands)
    with pytest.raises(TelegramNotFound):
        await bale_bot.delete_my_commands()
    assert [r.status for r in bale.requests] == [404, 404]


async def test_send_document_and_photo_record_uploads(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    payload = b"%PDF-1.4 agenda" * 100
    sent = await bot.send_document(
        ivan.id, BufferedInputFile(payload, "agenda.pdf"), caption="Agenda"
    )
    (request,) = server.requests_for("sendDocument", chat_id=ivan.id)
    upload = request.params["document"]
    assert isinstance(upload, UploadedFile)
    assert (upload.filename, upload.size, upload.data) == ("agenda.pdf", len(payload), payload)
    assert sent.document is not None and sent.document.file_name == "agenda.pdf"
    assert sent.caption == "Agenda"
    downloaded = await bot.download(sent.document.file_id)
    assert downloaded is not None and downloaded.read() == payload

    photo = await bot.send_photo(ivan.id, BufferedInputFile(b"\x89PNG", "badge.png"))
    assert photo.photo and photo.photo[-1].file_size == 4
    location = await bot.send_location(ivan.id, latitude=36.56, longitude=53.06)
    assert location.location is not None and location.location.latitude == 36.56
    assert [m.kind for m in server.messages_to(ivan.id)] == ["document", "photo", "location"]


async def test_groups_and_unknown_chats(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    staff = server.add_group(-100500, "Staff")
    server.send_text(ivan, "/report@KhazarSummitBot now", chat=staff)
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.chat.type == "group"
    assert update.message.entities is not None and update.message.entities[0].length == 23
    await bot.send_message(staff.id, "noted")
    assert server.texts_to(staff.id) == ["noted"]
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(4242, "who?")


async def test_raw_http_json_query_unknown_method_and_bad_token(server: FakeBotAPI) -> None:
    base = f"{server.base_url}/bot{server.token}"
    async with aiohttp.ClientSession() as http:
        server.add_user(7, "Raw")
        async with http.post(f"{base}/sendMessage", json={"chat_id": 7, "text": "j"}) as r:
            assert r.status == 200 and (await r.json())["result"]["text"] == "j"
        async with http.get(f"{base}/sendmessage", params={"chat_id": "7", "text": "q"}) as r:
            assert r.status == 200
        async with http.post(f"{base}/sendMessage", data={"chat_id": "7", "text": "u"}) as r:
            assert r.status == 200
        async with http.post(f"{base}/fooBar") as r:
            assert r.status == 404
            assert await r.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        async with http.post(f"{server.base_url}/bot1:wrong/getMe") as r:
            assert r.status == 401
    assert server.texts_to(7) == ["j", "q", "u"]
    assert [r.params["chat_id"] for r in server.requests_for("sendMessage")] == [7, 7, 7]


async def test_wait_for_and_settle(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)

    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(ivan.id, "late")

    task = asyncio.create_task(later())
    (request,) = await server.wait_for("sendMessage", chat_id=ivan.id, timeout=1)
    assert request.params["text"] == "late" and server.texts_to(ivan.id) == ["late"]
    await task
    await server.settle(quiet=0.05, timeout=1)
    with pytest.raises(AssertionError, match=r"sendMessage status=200 chat_id=1001 text='late'"):
        await server.wait_for("sendMessage", count=2, timeout=0.05)


async def test_stop_ends_pending_long_poll(make_bot: BotFactory) -> None:
    fake = FakeBotAPI()
    await fake.start()
    bot = make_bot(fake)
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await fake.wait_for("getUpdates")
    started = time.monotonic()
    await fake.stop()
    async with asyncio.timeout(1):
        assert await poll == []
    assert time.monotonic() - started < 0.5


async def test_dispatcher_polls_answers_and_stops_fast(
    server: FakeBotAPI, make_bot: BotFactory, ivan: FakeUser
) -> None:
    bot = make_bot(server)
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        await message.answer(f"Welcome, code {command.args}")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    polling = asyncio.create_task(dispatcher.start_polling(bot, handle_signals=False))
    server.send_text(ivan, "/start ABC")

    (reply,) = await server.wait_for("sendMessage", chat_id=ivan.id, timeout=2)
    assert reply.params["text"] == "Welcome, code ABC"
    await server.settle(quiet=0.1, timeout=2)
    assert len(server.requests_for("sendMessage")) == 1
    poll = server.requests_for("getUpdates")[-1]
    assert poll.params["timeout"] == 10 and poll.params["allowed_updates"] == ["message"]

    started = time.monotonic()
    async with asyncio.timeout(2):
        await dispatcher.stop_polling()
        await polling
    # Includes aiogram's AiohttpSession.close(), which always sleeps 0.25 s.
    assert time.monotonic() - started < 0.6
