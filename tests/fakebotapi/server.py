"""A fake Telegram / Bale Bot API server for Khazar's tests and benchmarks.

Why this exists: the bot must be tested through the same HTTP boundary it uses in production,
with a *real* aiogram ``Bot`` and ``Dispatcher``; mocking aiogram's methods would test our
guesses about aiogram instead of the bot. So this module plays "the outside world": an aiohttp
app on 127.0.0.1 that answers ``{base}/bot{token}/{method}`` the way Telegram does (JSON
envelope, HTTP status codes, error descriptions aiogram maps to its exception classes), holds
the chats the bot writes to, lets a test play users who type and press buttons, and injects
the failures a production bot meets (429 flood waits, 5xx, timeouts, users who blocked it).

The "bale" flavour copies Telegram but answers the methods Bale lacks with 404 and sends 429s
without ``retry_after``, as Bale does.

It depends on aiohttp and the standard library only, and never imports the project's code: the
fake must not share the bot's assumptions.

Typical use::

    async with FakeBotAPI() as server:
        bot = Bot(server.token, session=AiohttpSession(
            api=TelegramAPIServer.from_base(server.base_url)))
        ivan = server.add_user(1001, "Ivan", language_code="ru")
        server.send_text(ivan, "/start CODE")
        (req,) = await server.wait_for(method="sendMessage", chat_id=ivan.id)
        menu = server.last_message_to(ivan.id)
        server.press_button(ivan, menu, menu.callback_data_for("Register"))
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal, Self

from aiohttp import web

Flavour = Literal["telegram", "bale"]
TELEGRAM: Flavour = "telegram"
BALE: Flavour = "bale"

#: Methods the "bale" flavour answers with 404, because Bale's Bot API does not have them.
BALE_UNSUPPORTED_METHODS: frozenset[str] = frozenset(
    {
        "setMyCommands",
        "deleteMyCommands",
        "getMyCommands",
        "setMyName",
        "getMyName",
        "setMyDescription",
        "getMyDescription",
        "setMyShortDescription",
        "getMyShortDescription",
        "setChatMenuButton",
        "getChatMenuButton",
    }
)

#: Seconds a ``Fault.timeout()`` holds the answer back by default: longer than aiogram's
#: default 60 s session timeout, so the client always gives up first. ``stop()`` cuts it short.
DEFAULT_TIMEOUT_DELAY = 90.0

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
BLOCKED = "Forbidden: bot was blocked by the user"
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"

# Form fields arrive as strings; these are converted so tests can compare with plain values.
_INT_FIELDS = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "message_id",
        "user_id",
        "offset",
        "limit",
        "timeout",
        "message_thread_id",
        "reply_to_message_id",
        "cache_time",
        "until_date",
        "width",
        "height",
        "duration",
        "live_period",
        "heading",
        "proximity_alert_radius",
        "max_connections",
    }
)
_FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "disable_content_type_detection",
        "revoke_messages",
        "allow_paid_broadcast",
        "only_if_banned",
        "is_personal",
    }
)
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "media",
        "message_ids",
        "results",
        "options",
        "permissions",
        "menu_button",
    }
)
#: Update types Telegram knows; the first one present names an update's type.
UPDATE_TYPES: frozenset[str] = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
        "guest_message",
        "managed_bot",
        "subscription",
        "stopped_message_generation",
    }
)
#: Sent only when asked for explicitly in ``allowed_updates``.
NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


# --------------------------------------------------------------------------- data records


@dataclass
class FakeUser:
    """A person talking to the bot. Their private chat has the same id as the user."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The Telegram ``User`` object."""
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data

    def chat_dict(self) -> dict[str, Any]:
        """The Telegram ``Chat`` object of this user's private chat with the bot."""
        data: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        for key in ("last_name", "username"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass
class FakeChat:
    """A group chat (negative id). ``type`` is "group" or "supergroup"."""

    id: int
    title: str
    type: str = "group"
    username: str | None = None

    def chat_dict(self) -> dict[str, Any]:
        """The Telegram ``Chat`` object."""
        data: dict[str, Any] = {"id": self.id, "type": self.type, "title": self.title}
        if self.username is not None:
            data["username"] = self.username
        return data


@dataclass
class UploadedFile:
    """A file part of a multipart request (``sendDocument``/``sendPhoto`` uploads)."""

    field_name: str
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class MessageRecord:
    """A message the fake knows, in its *current* state (after edits and deletion).

    ``text`` is the text as the bot sent it (raw, before parse_mode rendering); ``history``
    keeps the texts it had before each edit. ``message`` is the Telegram ``Message`` object
    the API hands out for it (returned to the bot, embedded in callback queries).
    """

    chat_id: int
    message_id: int
    from_bot: bool
    kind: str
    message: dict[str, Any]
    text: str | None = None
    caption: str | None = None
    reply_markup: dict[str, Any] | None = None
    deleted: bool = False
    history: list[str | None] = field(default_factory=list)
    file: UploadedFile | None = None

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        if not self.reply_markup:
            return []
        return list(self.reply_markup.get("inline_keyboard") or [])

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """All inline buttons, row by row, flattened."""
        return [button for row in self.inline_keyboard for button in row]

    def callback_data_for(self, text: str) -> str:
        """The callback_data of the inline button labelled ``text`` (exact match first, then
        substring), so tests press buttons by what the user sees."""
        for exact in (True, False):
            for button in self.buttons:
                label = button.get("text", "")
                if (label == text if exact else text in label) and "callback_data" in button:
                    return str(button["callback_data"])
        labels = [b.get("text") for b in self.buttons]
        raise AssertionError(f"no inline button {text!r} on message {self.message_id}: {labels}")


@dataclass
class RecordedRequest:
    """One HTTP call the bot made. ``status`` is None while the fake is still answering it
    (e.g. a delayed fault) and 499 if the client hung up before the answer."""

    method: str
    params: dict[str, Any]
    flavour: str
    at: float
    http_method: str = "POST"
    status: int | None = None
    response: dict[str, Any] | None = None
    files: dict[str, UploadedFile] = field(default_factory=dict)
    fault: Fault | None = None

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    @property
    def ok(self) -> bool:
        return bool(self.response and self.response.get("ok"))

    @property
    def result(self) -> Any:
        return (self.response or {}).get("result")

    def summary(self) -> str:
        shown = " ".join(f"{k}={_short(v)}" for k, v in self.params.items())
        return f"{self.method} status={self.status} {shown}".rstrip()


@dataclass(frozen=True)
class Fault:
    """A failure to answer with instead of the real result.

    ``status`` 0 means "the real result" (only useful with ``delay``). ``delay`` holds the
    answer back (None: the server's ``timeout_delay``); ``applied`` runs the method's effect
    (e.g. the message is delivered) even though the answer fails, as real outages do.
    Build them with the class methods.
    """

    status: int = 0
    description: str = ""
    retry_after: int | None = None
    delay: float | None = 0.0
    applied: bool = False

    @classmethod
    def too_many_requests(cls, retry_after: int = 1) -> Fault:
        """429 flood wait. Telegram sends ``parameters.retry_after``; Bale flavour omits it."""
        return cls(429, "Too Many Requests", retry_after=retry_after)

    @classmethod
    def server_error(
        cls, status: int = 502, description: str = "Bad Gateway", applied: bool = False
    ) -> Fault:
        """5xx. ``applied=True`` models "Telegram delivered it but answered 502"."""
        return cls(status, description, applied=applied)

    @classmethod
    def timeout(cls, delay: float | None = None, applied: bool = False) -> Fault:
        """Hold the answer back ``delay`` seconds (default: longer than aiogram waits), then
        answer 504 if anyone still listens. ``applied=True``: the effect happened anyway."""
        return cls(504, "Gateway Timeout", delay=delay, applied=applied)

    @classmethod
    def slow(cls, delay: float) -> Fault:
        """Answer correctly, but only after ``delay`` seconds."""
        return cls(0, "", delay=delay, applied=True)

    @classmethod
    def blocked(cls) -> Fault:
        """403 "bot was blocked by the user"."""
        return cls(403, BLOCKED)

    @classmethod
    def forbidden(cls, description: str = "Forbidden: bot was kicked from the group chat") -> Fault:
        return cls(403, description)

    @classmethod
    def bad_request(cls, description: str = "Bad Request: chat not found") -> Fault:
        return cls(400, description)


@dataclass
class FaultRule:
    """An injected fault waiting for matching calls. ``times`` None = until removed."""

    method: str | None
    fault: Fault
    times: int | None
    chat_id: int | str | None = None
    hits: int = 0

    def matches(self, method: str, params: Mapping[str, Any]) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


class ApiError(Exception):
    """Raised inside a method implementation to answer ``{"ok": false, ...}``."""

    def __init__(
        self, status: int, description: str, parameters: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = dict(parameters) if parameters else None


@dataclass
class _Pending:
    update: dict[str, Any]
    # A redelivered update ignores the confirmed offset until it has been handed out once.
    protected: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


# --------------------------------------------------------------------------- helpers


def _clone(value: Any) -> Any:
    """A deep copy of JSON-shaped data (everything the Bot API carries), so a recorded or
    returned object never changes when the fake later edits its own copy. A JSON round trip
    does that several times faster than copy.deepcopy, which kept the fake busy enough to
    weigh on the benchmarks it serves."""
    return json.loads(json.dumps(value))


def _short(value: Any, limit: int = 80) -> str:
    if isinstance(value, UploadedFile):
        return f"<file {value.filename} {value.size}B>"
    text = (
        repr(value)
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, default=str)
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _TagStripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _render(text: str, parse_mode: Any) -> str:
    """What Telegram shows for ``text``: HTML tags stripped and entities unescaped."""
    if isinstance(parse_mode, str) and parse_mode.lower() == "html":
        stripper = _TagStripper()
        stripper.feed(text)
        stripper.close()
        return "".join(stripper.parts)
    return text


def command_entities(text: str) -> list[dict[str, Any]]:
    """The ``bot_command`` entity Telegram puts on a message starting with a command."""
    match = _COMMAND_RE.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(match.group(0))}]


def _coerce(key: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        if key in _INT_FIELDS:
            return int(value) if value.lstrip("-").isdigit() else value
        if key in _FLOAT_FIELDS:
            return float(value)
        if key in _BOOL_FIELDS:
            return value.strip().lower() in ("true", "1")
        if key in _JSON_FIELDS:
            return json.loads(value)
    except ValueError:
        return value
    return value


def _resolve_attachments(value: Any, files: Mapping[str, UploadedFile], used: set[str]) -> Any:
    if isinstance(value, str) and value.startswith("attach://"):
        name = value.removeprefix("attach://")
        if name in files:
            used.add(name)
            return files[name]
        return value
    if isinstance(value, list):
        return [_resolve_attachments(v, files, used) for v in value]
    if isinstance(value, dict):
        return {k: _resolve_attachments(v, files, used) for k, v in value.items()}
    return value


def _chat_key(chat: FakeUser | FakeChat | int) -> int:
    return chat if isinstance(chat, int) else chat.id


# --------------------------------------------------------------------------- the server


class FakeBotAPI:
    """The fake Bot API server. See the module docstring for why and how.

    Everything runs on the test's event loop; the query helpers are plain attributes and
    methods, so a test can look at what the bot did without extra plumbing.
    """

    def __init__(
        self,
        flavour: Flavour = TELEGRAM,
        token: str | None = None,
        bot_id: int | None = None,
        bot_username: str = "KhazarSummitBot",
        bot_first_name: str = "Khazar",
        *,
        latency: float = 0.0,
        strict_chats: bool = True,
        timeout_delay: float = DEFAULT_TIMEOUT_DELAY,
        unsupported_methods: Iterable[str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """
        :param flavour: "telegram" or "bale".
        :param token: the bot token the fake accepts (others get 401); defaults per flavour.
        :param bot_id: getMe's id; defaults to the token's numeric prefix, as aiogram's
            ``Bot.id`` assumes.
        :param latency: seconds added before answering every request (benchmarks).
        :param strict_chats: sends to chats never added answer 400 "chat not found", as
            Telegram does; False creates them on the fly.
        :param timeout_delay: how long ``Fault.timeout()`` holds answers by default.
        :param unsupported_methods: override the methods this flavour answers with 404.
        :param clock: wall clock for message dates (seconds since the epoch).
        """
        if flavour not in (TELEGRAM, BALE):
            raise ValueError(f"unknown flavour {flavour!r}")
        self.flavour: Flavour = flavour
        default_token = "123456:TEST-telegram" if flavour == TELEGRAM else "654321:TEST-bale"
        self.token = token or default_token
        prefix = self.token.partition(":")[0]
        self.bot_id = bot_id if bot_id is not None else int(prefix) if prefix.isdigit() else 1
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.latency = latency
        self.strict_chats = strict_chats
        self.timeout_delay = timeout_delay
        if unsupported_methods is None:
            unsupported_methods = BALE_UNSUPPORTED_METHODS if flavour == BALE else ()
        self.unsupported_methods = frozenset(m.lower() for m in unsupported_methods)
        self.clock = clock

        self.users: dict[int, FakeUser] = {}
        self.groups: dict[int, FakeChat] = {}
        self.requests: list[RecordedRequest] = []
        self.messages: dict[int, dict[int, MessageRecord]] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.stored_files: dict[str, UploadedFile] = {}
        self.faults: list[FaultRule] = []
        self.blocked_users: set[int] = set()
        self.callback_queries: dict[str, dict[str, Any]] = {}

        #: update types asked for by the last getUpdates (None: Telegram's default set).
        self.allowed_updates: list[str] | None = None
        #: updates thrown away because the bot did not ask for their type.
        self.dropped_updates: list[dict[str, Any]] = []
        self._pending: list[_Pending] = []
        self._last_update_id = 0
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._updates_event = asyncio.Event()
        self._activity_event = asyncio.Event()
        self._last_activity = time.monotonic()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot's own ``User`` object (``getMe``, ``from`` of its messages)."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``; pass it to ``TelegramAPIServer.from_base``."""
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._port}"

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        self._closing.clear()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: when aiogram gives up on a request (timeout, stop_polling) the
        # fake's handler is cancelled too, so a dead long poll can't swallow an update.
        self._runner = web.AppRunner(
            app, handle_signals=False, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self._port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        """End pending long polls and delayed answers at once, then close the server."""
        self._closing.set()
        self._wake_updates()
        self._touch()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ------------------------------------------------------------------ people and chats

    def add_user(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> FakeUser:
        """A user (and their private chat with the bot, same id)."""
        user = FakeUser(user_id, first_name, last_name, username, language_code)
        self.users[user_id] = user
        return user

    def add_group(
        self, chat_id: int, title: str, type: str | None = None, username: str | None = None
    ) -> FakeChat:
        """A group chat; ids of -100xxxxxxxxxx style are supergroups unless ``type`` says."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        kind = type or ("supergroup" if chat_id <= -1_000_000_000_000 else "group")
        group = FakeChat(chat_id, title, kind, username)
        self.groups[chat_id] = group
        return group

    def chat_dict(self, chat_id: int | str) -> dict[str, Any]:
        """The ``Chat`` object for a chat id; 400 "chat not found" for strangers."""
        if isinstance(chat_id, int):
            if chat_id in self.users:
                return self.users[chat_id].chat_dict()
            if chat_id in self.groups:
                return self.groups[chat_id].chat_dict()
            if not self.strict_chats:
                if chat_id > 0:
                    return self.add_user(chat_id, f"User{chat_id}").chat_dict()
                return self.add_group(chat_id, f"Group{chat_id}").chat_dict()
        else:
            for group in self.groups.values():
                if group.username and chat_id == f"@{group.username}":
                    return group.chat_dict()
        raise ApiError(400, "Bad Request: chat not found")

    def block_user(self, user_id: int) -> None:
        """From now on every call aimed at this user's private chat answers 403 blocked."""
        self.blocked_users.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        self.blocked_users.discard(user_id)

    # ------------------------------------------------------------------ injecting updates

    def send_text(
        self,
        user: FakeUser,
        text: str,
        chat: FakeChat | FakeUser | int | None = None,
        *,
        reply_to: MessageRecord | int | None = None,
    ) -> dict[str, Any]:
        """``user`` writes ``text`` in their private chat (or in ``chat``); commands get
        their ``bot_command`` entity. Returns the enqueued update."""
        fields: dict[str, Any] = {"text": text}
        entities = command_entities(text)
        if entities:
            fields["entities"] = entities
        return self.send_content(user, chat, reply_to=reply_to, **fields)

    def send_content(
        self,
        user: FakeUser,
        chat: FakeChat | FakeUser | int | None = None,
        *,
        reply_to: MessageRecord | int | None = None,
        **fields: Any,
    ) -> dict[str, Any]:
        """``user`` sends a message with arbitrary content fields (``contact={...}``,
        ``location={...}``, ...). Returns the enqueued update."""
        chat_id = user.id if chat is None else _chat_key(chat)
        chat_obj = self.chat_dict(chat_id)
        message_id = self._next_message_id(chat_id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": user.to_dict(),
            "chat": chat_obj,
            "date": int(self.clock()),
            **_clone(fields),
        }
        if reply_to is not None:
            target = self._find_message(chat_id, reply_to)
            message["reply_to_message"] = _clone(target.message)
        kind = "text" if "text" in fields else next(iter(fields), "empty")
        self.messages.setdefault(chat_id, {})[message_id] = MessageRecord(
            chat_id, message_id, False, kind, message, text=fields.get("text")
        )
        return self._enqueue({"message": message})

    def press_button(
        self,
        user: FakeUser,
        message: MessageRecord | int,
        data: str,
        chat: FakeChat | FakeUser | int | None = None,
    ) -> dict[str, Any]:
        """``user`` presses an inline button with ``data`` under a message the bot sent
        (looked up in ``chat``, default the message's chat or the user's private chat).
        The data is not checked against the keyboard, so tests can forge presses; use
        ``MessageRecord.callback_data_for(label)`` to press a real button."""
        if isinstance(message, MessageRecord):
            chat_id = message.chat_id if chat is None else _chat_key(chat)
        else:
            chat_id = user.id if chat is None else _chat_key(chat)
        record = self._find_message(chat_id, message)
        query_id = str(next(self._callback_ids) * 1_000_003 + self.bot_id % 1000)
        self.callback_queries[query_id] = {"user_id": user.id, "answered": False, "data": data}
        query = {
            "id": query_id,
            "from": user.to_dict(),
            "message": _clone(record.message),
            "chat_instance": str(abs(chat_id) * 7919 + 17),
            "data": data,
        }
        return self._enqueue({"callback_query": query})

    def enqueue_raw_update(
        self, update: Mapping[str, Any], redeliver: bool = False
    ) -> dict[str, Any]:
        """Queue ``update`` exactly as given (malformed ones included). Without an
        ``update_id`` it gets the next one. ``redeliver=True`` hands an already delivered
        (confirmed) ``update_id`` out once more, as Telegram does after a lost confirmation."""
        data = _clone(dict(update))
        if redeliver:
            if "update_id" not in data:
                raise ValueError("redeliver=True needs the update_id to deliver again")
            self._pending.append(_Pending(data, protected=True))
            self._pending.sort(key=lambda p: p.update_id)
            self._wake_updates()
            return data
        if "update_id" in data:
            self._last_update_id = max(self._last_update_id, int(data["update_id"]))
            self._pending.append(_Pending(data))
            self._pending.sort(key=lambda p: p.update_id)
            self._wake_updates()
            return data
        return self._enqueue(data)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a getUpdates offset."""
        return [p.update for p in self._pending]

    def _drop_unwanted_updates(self) -> None:
        """Telegram never delivers update types the bot did not ask for (``allowed_updates``
        of its last getUpdates; by default all but chat_member and reactions)."""
        allowed = set(self.allowed_updates or ()) or None
        keep: list[_Pending] = []
        for pending in self._pending:
            kinds = [k for k in pending.update if k in UPDATE_TYPES]
            wanted = not kinds or (
                kinds[0] in allowed if allowed else kinds[0] not in NOT_DEFAULT_UPDATES
            )
            if wanted:
                keep.append(pending)
            else:
                self.dropped_updates.append(pending.update)
        self._pending = keep

    def _enqueue(self, body: dict[str, Any]) -> dict[str, Any]:
        self._last_update_id += 1
        update = {"update_id": self._last_update_id, **body}
        self._pending.append(_Pending(update))
        self._wake_updates()
        return _clone(update)

    def _wake_updates(self) -> None:
        self._updates_event.set()
        self._updates_event = asyncio.Event()

    # ------------------------------------------------------------------ queries

    def requests_for(
        self, method: str | None = None, chat_id: int | str | None = None
    ) -> list[RecordedRequest]:
        """Recorded requests, oldest first, filtered by method (case-insensitive) and chat."""
        return [r for r in self.requests if self._request_matches(r, method, chat_id, None)]

    def messages_to(self, chat_id: int, include_deleted: bool = True) -> list[MessageRecord]:
        """Messages the bot sent to a chat, in order, in their current state."""
        return [
            m
            for m in self.messages.get(chat_id, {}).values()
            if m.from_bot and (include_deleted or not m.deleted)
        ]

    def texts_to(self, chat_id: int) -> list[str]:
        """Texts the bot sent to a chat with ``sendMessage``, in order, as first sent (edits
        not applied, deleted ones included; ``messages_to`` has the current state)."""
        return [
            str(m.history[0] if m.history else m.text)
            for m in self.messages_to(chat_id)
            if m.kind == "text"
        ]

    def last_message_to(self, chat_id: int, include_deleted: bool = False) -> MessageRecord:
        """The latest message the bot sent to a chat (with its reply_markup to press)."""
        messages = self.messages_to(chat_id, include_deleted=include_deleted)
        if not messages:
            raise AssertionError(f"the bot has sent nothing to chat {chat_id}\n{self.dump()}")
        return messages[-1]

    def clear_requests(self) -> None:
        """Forget recorded requests (not messages or state), e.g. after a test's setup."""
        self.requests.clear()

    def dump(self, last: int = 20) -> str:
        """Recent requests, one line each, for assertion messages."""
        lines = [r.summary() for r in self.requests[-last:]]
        return "recent requests:\n  " + ("\n  ".join(lines) if lines else "(none)")

    async def wait_for(
        self,
        method: str | None = None,
        chat_id: int | str | None = None,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's whole point
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> list[RecordedRequest]:
        """Wait until at least ``count`` recorded requests match, and return all matching.
        Requests already recorded count too (``clear_requests()`` first to look ahead only).
        The effect of a normal request (e.g. the stored message) exists once it matches."""
        deadline = time.monotonic() + timeout
        while True:
            event = self._activity_event
            found = [
                r for r in self.requests if self._request_matches(r, method, chat_id, predicate)
            ]
            if len(found) >= count:
                return found
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"waited {timeout}s for {count} x {method or 'any method'}"
                    f" (chat_id={chat_id}), got {len(found)}\n{self.dump()}"
                )
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                pass

    async def settle(
        self,
        quiet: float = 0.2,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline is this helper's whole point
        ignore: Iterable[str] = ("getUpdates",),
    ) -> None:
        """Return once no request has arrived for ``quiet`` seconds: call it before asserting
        "exactly once". Empty long polls (``ignore``) are not activity; one delivering
        updates is."""
        ignored = {m.lower() for m in ignore}
        deadline = time.monotonic() + timeout
        while True:
            last = self._last_activity
            for r in reversed(self.requests):
                if r.method.lower() not in ignored:
                    last = max(last, r.at)
                    break
            remaining_quiet = last + quiet - time.monotonic()
            if remaining_quiet <= 0:
                return
            if time.monotonic() + remaining_quiet > deadline:
                raise AssertionError(f"traffic did not settle within {timeout}s\n{self.dump()}")
            await asyncio.sleep(remaining_quiet)

    @staticmethod
    def _request_matches(
        r: RecordedRequest,
        method: str | None,
        chat_id: int | str | None,
        predicate: Callable[[RecordedRequest], bool] | None,
    ) -> bool:
        if method is not None and r.method.lower() != method.lower():
            return False
        if chat_id is not None and r.params.get("chat_id") != chat_id:
            return False
        return predicate is None or predicate(r)

    def _touch(self) -> None:
        """Something happened that ``settle`` should wait out."""
        self._last_activity = time.monotonic()
        self._notify()

    def _notify(self) -> None:
        """Wake ``wait_for`` callers to look at the requests again."""
        self._activity_event.set()
        self._activity_event = asyncio.Event()

    # ------------------------------------------------------------------ faults

    def inject_fault(
        self,
        method: str | None,
        fault: Fault,
        times: int | None = 1,
        chat_id: int | str | None = None,
    ) -> FaultRule:
        """Answer the next ``times`` calls of ``method`` (None: any method, getUpdates
        included) aimed at ``chat_id`` (None: any) with ``fault``. Rules apply in the order
        injected; ``times=None`` keeps it until ``clear_faults()``."""
        rule = FaultRule(method, fault, times, chat_id)
        self.faults.append(rule)
        return rule

    def clear_faults(self) -> None:
        self.faults.clear()

    def _take_fault(self, method: str, params: Mapping[str, Any]) -> Fault | None:
        for rule in self.faults:
            if rule.matches(method, params):
                rule.hits += 1
                if rule.exhausted:
                    self.faults.remove(rule)
                return rule.fault
        return None

    def _fault_error(self, fault: Fault) -> ApiError:
        if fault.status == 429:
            if self.flavour == BALE or fault.retry_after is None:
                return ApiError(429, "Too Many Requests")
            return ApiError(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                {"retry_after": fault.retry_after},
            )
        return ApiError(fault.status, fault.description)

    # ------------------------------------------------------------------ HTTP plumbing

    async def _parse(self, request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        params: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.body_exists:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    params.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(
                            key, value.filename, value.content_type, value.file.read()
                        )
                    elif isinstance(value, bytes | bytearray):
                        params[key] = bytes(value).decode()
                    else:
                        params[key] = value
        params = {key: _coerce(key, value) for key, value in params.items()}
        used: set[str] = set()
        params = _resolve_attachments(params, files, used)
        for name, upload in files.items():
            if name not in used:
                params.setdefault(name, upload)
        return params, files

    async def _handle(self, request: web.Request) -> web.Response:
        if self.latency:
            await asyncio.sleep(self.latency)
        try:
            params, files = await self._parse(request)
        except (ValueError, UnicodeDecodeError) as exc:
            params, files = {"_parse_error": str(exc)}, {}
        method = request.match_info["method"]
        record = RecordedRequest(
            method, params, self.flavour, time.monotonic(), request.method, files=files
        )
        self.requests.append(record)
        self._notify()
        try:
            result = await self._answer(request, record)
        except ApiError as err:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": err.status,
                "description": err.description,
            }
            if err.parameters:
                body["parameters"] = err.parameters
            return self._finish(record, err.status, body)
        except asyncio.CancelledError:
            record.status = 499  # the client went away before the answer
            self._touch()
            raise
        except Exception as exc:  # a bug in the fake: say so in Telegram's envelope
            description = f"Internal Server Error: fake server bug: {type(exc).__name__}: {exc}"
            return self._finish(
                record, 500, {"ok": False, "error_code": 500, "description": description}
            )
        return self._finish(record, 200, {"ok": True, "result": result})

    def _finish(self, record: RecordedRequest, status: int, body: dict[str, Any]) -> web.Response:
        record.status = status
        record.response = body
        if record.method.lower() != "getupdates" or (status == 200 and body.get("result")):
            self._touch()
        else:
            self._notify()
        return web.json_response(body, status=status)

    async def _answer(self, request: web.Request, record: RecordedRequest) -> Any:
        if request.match_info["token"] != self.token:
            raise ApiError(401, "Unauthorized")
        if "_parse_error" in record.params:
            raise ApiError(400, f"Bad Request: {record.params['_parse_error']}")
        impl = _METHODS.get(record.method.lower())
        if impl is None:
            raise ApiError(404, "Not Found")
        record.method = impl.__name__.removeprefix("_m_")
        if record.method.lower() in self.unsupported_methods:
            raise ApiError(404, "Not Found: method not found")
        chat_id = record.params.get("chat_id")
        if isinstance(chat_id, int) and chat_id in self.blocked_users:
            raise ApiError(403, BLOCKED)
        fault = self._take_fault(record.method, record.params)
        record.fault = fault
        if fault is None:
            return await impl(self, record.params)
        result: Any = None
        if fault.applied:
            result = await impl(self, record.params)
        delay = self.timeout_delay if fault.delay is None else fault.delay
        if delay > 0:
            try:
                await asyncio.wait_for(self._closing.wait(), delay)
            except TimeoutError:
                pass
            else:
                raise ApiError(503, "Service Unavailable: the fake server is shutting down")
        if fault.status == 0:
            return result if fault.applied else await impl(self, record.params)
        raise self._fault_error(fault)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            raise web.HTTPUnauthorized()
        upload = self.stored_files.get(request.match_info["path"].removeprefix("files/"))
        if upload is None:
            raise web.HTTPNotFound()
        return web.Response(body=upload.data, content_type=upload.content_type)

    # ------------------------------------------------------------------ message store

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _find_message(self, chat_id: int, message: MessageRecord | int) -> MessageRecord:
        message_id = message.message_id if isinstance(message, MessageRecord) else message
        record = self.messages.get(chat_id, {}).get(message_id)
        if record is None:
            raise KeyError(f"no message {message_id} in chat {chat_id}")
        return record

    def _known_message(self, params: Mapping[str, Any], action: str) -> MessageRecord:
        chat_id, message_id = params.get("chat_id"), params.get("message_id")
        if "inline_message_id" in params and chat_id is None:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        if chat_id is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        self.chat_dict(chat_id)
        record = None
        if isinstance(chat_id, int) and isinstance(message_id, int):
            record = self.messages.get(chat_id, {}).get(message_id)
        if record is None or record.deleted:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return record

    def _store_bot_message(
        self, params: Mapping[str, Any], kind: str, content: dict[str, Any], **extra: Any
    ) -> MessageRecord:
        chat_id = params.get("chat_id")
        if chat_id is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat = self.chat_dict(chat_id)
        chat_id = chat["id"]
        markup = self._check_markup(params.get("reply_markup"))
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "from": self.bot_user,
            "chat": chat,
            "date": int(self.clock()),
            **content,
        }
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        reply = params.get("reply_parameters") or {}
        reply_id = reply.get("message_id") if isinstance(reply, dict) else None
        reply_id = reply_id or params.get("reply_to_message_id")
        target = self.messages.get(chat_id, {}).get(reply_id) if reply_id else None
        if target is not None:
            message["reply_to_message"] = _clone(target.message)
        record = MessageRecord(
            chat_id, message["message_id"], True, kind, message, reply_markup=markup, **extra
        )
        self.messages.setdefault(chat_id, {})[record.message_id] = record
        return record

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard") or []:
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= CALLBACK_DATA_LIMIT:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    @staticmethod
    def _check_text(text: Any, parse_mode: Any, limit: int = TEXT_LIMIT) -> str:
        if text is None or not str(text).strip():
            raise ApiError(400, "Bad Request: message text is empty")
        rendered = _render(str(text), parse_mode)
        if _utf16_len(rendered) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return rendered

    def _store_upload(self, value: Any, kind: str) -> tuple[str, UploadedFile | None]:
        if isinstance(value, UploadedFile):
            upload_id = f"fake-{kind}-{next(self._file_ids)}"
            self.stored_files[upload_id] = value
            return upload_id, value
        if not value:
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        return str(value), self.stored_files.get(str(value))

    def _caption(self, params: Mapping[str, Any]) -> dict[str, Any]:
        caption = params.get("caption")
        if caption is None:
            return {}
        rendered = _render(str(caption), params.get("parse_mode"))
        if _utf16_len(rendered) > CAPTION_LIMIT:
            raise ApiError(400, "Bad Request: message caption is too long")
        return {"caption": rendered}


# --------------------------------------------------------------------------- methods
# Each ``_m_<methodName>`` implements one Bot API method: params in, ``result`` out, or an
# ApiError. Names are matched case-insensitively, as Telegram does.


async def _m_getMe(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return api.bot_user


async def _m_getUpdates(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    offset = params.get("offset")
    limit = params.get("limit") or 100
    timeout = params.get("timeout") or 0
    limit = max(1, min(100, int(limit))) if isinstance(limit, int) else 100
    if isinstance(offset, int) and offset < 0:
        keep = api._pending[offset:]
        api._pending = [p for p in api._pending if p in keep or p.protected]
        offset = None
    if isinstance(offset, int):
        api._pending = [p for p in api._pending if p.protected or p.update_id >= offset]
    allowed = params.get("allowed_updates")
    if isinstance(allowed, list):
        # Like Telegram, remember the choice; an empty list means "the default set".
        api.allowed_updates = [str(kind) for kind in allowed] or None
    deadline = time.monotonic() + (float(timeout) if isinstance(timeout, int | float) else 0.0)
    while True:
        event = api._updates_event
        api._drop_unwanted_updates()
        batch = api._pending[:limit]
        if batch or api._closing.is_set():
            for pending in batch:
                pending.protected = False
            return _clone([p.update for p in batch])
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return []
        try:
            await asyncio.wait_for(event.wait(), remaining)
        except TimeoutError:
            return []


async def _m_sendMessage(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    text = params.get("text")
    rendered = api._check_text(text, params.get("parse_mode"))
    content: dict[str, Any] = {"text": rendered}
    if isinstance(params.get("entities"), list):
        content["entities"] = params["entities"]
    record = api._store_bot_message(params, "text", content, text=str(text))
    return _clone(record.message)


async def _m_editMessageText(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    record = api._known_message(params, "edit")
    if not record.from_bot:
        raise ApiError(400, "Bad Request: message can't be edited")
    if record.kind != "text":
        raise ApiError(400, "Bad Request: there is no text in the message to edit")
    text = params.get("text")
    rendered = api._check_text(text, params.get("parse_mode"))
    # Like Telegram, an edit without reply_markup removes the inline keyboard.
    markup = api._check_markup(params.get("reply_markup"))
    if str(text) == record.text and _inline(markup) == _inline(record.reply_markup):
        raise ApiError(400, NOT_MODIFIED)
    record.history.append(record.text)
    record.text = str(text)
    record.message["text"] = rendered
    _apply_markup(record, markup)
    record.message["edit_date"] = int(api.clock())
    return _clone(record.message)


async def _m_editMessageReplyMarkup(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    record = api._known_message(params, "edit")
    if not record.from_bot:
        raise ApiError(400, "Bad Request: message can't be edited")
    markup = api._check_markup(params.get("reply_markup"))
    if _inline(markup) == _inline(record.reply_markup):
        raise ApiError(400, NOT_MODIFIED)
    _apply_markup(record, markup)
    record.message["edit_date"] = int(api.clock())
    return _clone(record.message)


def _inline(markup: dict[str, Any] | None) -> Any:
    """The part of a reply_markup a message keeps: only inline keyboards are attached."""
    return markup.get("inline_keyboard") or None if markup else None


def _apply_markup(record: MessageRecord, markup: dict[str, Any] | None) -> None:
    record.reply_markup = markup
    if markup and "inline_keyboard" in markup:
        record.message["reply_markup"] = markup
    else:
        record.message.pop("reply_markup", None)


async def _m_deleteMessage(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    record = api._known_message(params, "delete")
    record.deleted = True
    return True


async def _m_answerCallbackQuery(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    query = api.callback_queries.get(str(params.get("callback_query_id")))
    if query is None or query["answered"]:
        raise ApiError(400, QUERY_INVALID)
    query["answered"] = True
    query["answer"] = {k: v for k, v in params.items() if k != "callback_query_id"}
    return True


def _commands_key(params: Mapping[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")


async def _m_setMyCommands(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise ApiError(400, "Bad Request: can't parse commands JSON object")
    api.commands[_commands_key(params)] = commands
    return True


async def _m_deleteMyCommands(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    api.commands.pop(_commands_key(params), None)
    return True


async def _m_getMyCommands(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return api.commands.get(_commands_key(params), [])


async def _m_sendDocument(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    file_id, upload = api._store_upload(params.get("document"), "document")
    document: dict[str, Any] = {"file_id": file_id, "file_unique_id": f"u-{file_id}"}
    if upload is not None:
        document.update(
            file_name=upload.filename, mime_type=upload.content_type, file_size=upload.size
        )
    content = {"document": document, **api._caption(params)}
    record = api._store_bot_message(
        params, "document", content, caption=params.get("caption"), file=upload
    )
    return _clone(record.message)


async def _m_sendPhoto(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    file_id, upload = api._store_upload(params.get("photo"), "photo")
    size = {"file_id": file_id, "file_unique_id": f"u-{file_id}", "width": 320, "height": 320}
    if upload is not None:
        size["file_size"] = upload.size
    content = {"photo": [size], **api._caption(params)}
    record = api._store_bot_message(
        params, "photo", content, caption=params.get("caption"), file=upload
    )
    return _clone(record.message)


async def _m_sendLocation(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    latitude, longitude = params.get("latitude"), params.get("longitude")
    if not isinstance(latitude, float) or not isinstance(longitude, float):
        raise ApiError(400, "Bad Request: wrong latitude or longitude")
    content = {"location": {"latitude": latitude, "longitude": longitude}}
    record = api._store_bot_message(params, "location", content)
    return _clone(record.message)


async def _m_sendChatAction(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    if params.get("chat_id") is None:
        raise ApiError(400, "Bad Request: chat_id is empty")
    api.chat_dict(params["chat_id"])
    if not params.get("action"):
        raise ApiError(400, "Bad Request: wrong parameter action in request")
    return True


async def _m_getFile(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    file_id = str(params.get("file_id"))
    upload = api.stored_files.get(file_id)
    if upload is None:
        raise ApiError(400, "Bad Request: invalid file_id")
    return {
        "file_id": file_id,
        "file_unique_id": f"u-{file_id}",
        "file_size": upload.size,
        "file_path": f"files/{file_id}",
    }


async def _m_getWebhookInfo(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


async def _m_deleteWebhook(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    if params.get("drop_pending_updates"):
        api._pending.clear()
    return True


async def _m_setWebhook(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return True


async def _m_close(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return True


async def _m_logOut(api: FakeBotAPI, params: dict[str, Any]) -> Any:
    return True


_METHODS: dict[str, Callable[[FakeBotAPI, dict[str, Any]], Any]] = {
    fn.__name__.removeprefix("_m_").lower(): fn
    for fn in (
        _m_getMe,
        _m_getUpdates,
        _m_sendMessage,
        _m_editMessageText,
        _m_editMessageReplyMarkup,
        _m_deleteMessage,
        _m_answerCallbackQuery,
        _m_setMyCommands,
        _m_deleteMyCommands,
        _m_getMyCommands,
        _m_sendDocument,
        _m_sendPhoto,
        _m_sendLocation,
        _m_sendChatAction,
        _m_getFile,
        _m_getWebhookInfo,
        _m_deleteWebhook,
        _m_setWebhook,
        _m_close,
        _m_logOut,
    )
}

#: The Bot API methods the fake implements (canonical spelling).
SUPPORTED_METHODS: frozenset[str] = frozenset(
    fn.__name__.removeprefix("_m_") for fn in _METHODS.values()
)
