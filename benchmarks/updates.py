"""How fast Khazar answers updates, next to a bare aiogram echo bot on the same machine.

What it measures: N simulated people (default 100) talk to a bot at the same time. Each one
sends an update (``/start``, ``/language``, a language button, ``/help``, a main-menu button;
some first register with an invitation code from the shipped sample roster) and sends the
next one only once the bot has finished with the previous one: a closed loop, as a person
waits for the answer before tapping again (``--think-ms`` adds a pause; none by default, so
the bots run flat out). The same stream of updates goes to

* the full Khazar bot: ``build_application`` with the project's settings, a fresh SQLite file
  with migrations and the sample roster, polling the fake Telegram *and* the fake Bale Bot API
  (``tests/fakebotapi``) as in production, though only the Telegram one gets traffic;
* a bare aiogram echo bot (one handler answers each message with its text, one answers each
  button press) polling its own fake server with the same polling settings.

Per update, the reply latency is the time from putting the update in the fake server's queue
to the first request the bot makes to answer it (anything aimed at that chat, or the
``answerCallbackQuery`` of a press), from the fake server's recorded request timestamps.
Throughput is updates / wall time of the measured part (a few warm-up people go first).

The script prints both bots side by side and whether the targets hold: Khazar's throughput
at least 60 % of the echo bot's, and Khazar's reply p99 at most 50 ms. It reports and does
not judge: it exits 0 whether or not the targets hold. It exits 1 when something went wrong:
with the figures and a list of problems when a bot logged an error or a Bot API call failed,
with only the reason when the run could not finish (e.g. no reply within ``--timeout``).

Everything runs in one event loop, like the end-to-end tests: the fake servers and the
simulated people share the CPU with the bot under test, in both runs alike.

Run from the project root::

    .venv/bin/python -m benchmarks.updates [--users 100] [--updates-per-user 10]
        [--think-ms 0] [--warmup-users 10] [--timeout 30]
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import logging
import math
import os
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AsyncExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiogram
from aiogram import Bot, Dispatcher, F
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, Message, Update

from bot.clock import ManualClock
from bot.config import PollingSettings
from tests.conftest import SUMMIT_EVE, khazar_settings, running_khazar
from tests.fakebotapi import FakeBotAPI, MessageRecord, RecordedRequest

# The targets the figures are compared with.
THROUGHPUT_TARGET = 0.60  # Khazar's updates/s as a share of the echo bot's
P99_TARGET_MS = 50.0  # Khazar's reply p99
MAX_PROBLEMS_SHOWN = 8

FIRST_USER_ID = 700_001
WARMUP_USER_ID = 900_001
# App languages the simulated people have: Khazar's six, one it lacks, and none at all.
CLIENT_LANGUAGES = ("ru", "fa", "az", "kk", "tk", "en", "de", None)
PICKED_LANGUAGES = ("ru", "fa", "az", "kk", "tk", "en")
LANG = "lang"  # a press on the language picker; its callback data is chosen per person
# After the first update (a plain /start, or /start CODE to register), people go round these.
UNREGISTERED_ROUND = ("/language", LANG, "/help", "/start")
REGISTERED_ROUND = (
    "/start",
    "menu:about",
    "/help",
    "menu:language",
    LANG,
    "/language",
    LANG,
    "menu:help",
)


class BenchmarkError(Exception):
    """Something broke: the figures of this run mean nothing."""


# --------------------------------------------------------------------------- the stream


@dataclass(frozen=True)
class Step:
    """One update a person sends: a text message, or a press on an inline button."""

    press: bool
    payload: str  # the text, or the button's callback data

    @property
    def kind(self) -> str:
        """The step's label in the per-kind table."""
        if self.press:
            return self.payload.partition(":")[0] + " button"
        if self.payload.startswith("/start "):
            return "/start CODE"
        return self.payload


@dataclass(frozen=True)
class Person:
    user_id: int
    first_name: str
    language_code: str | None
    steps: tuple[Step, ...]


def build_stream(users: int, per_user: int, codes: Sequence[str], first_id: int) -> list[Person]:
    """The people and what each of them sends, the same for every bot."""
    people = []
    registering = min(len(codes), users // 2)
    for i in range(users):
        registered = i < registering
        first = f"/start {codes[i]}" if registered else "/start"
        round_ = REGISTERED_ROUND if registered else UNREGISTERED_ROUND
        steps = [Step(False, first)]
        while len(steps) < per_user:
            name = round_[(len(steps) - 1) % len(round_)]
            if name == LANG:
                code = PICKED_LANGUAGES[(i + len(steps)) % len(PICKED_LANGUAGES)]
                steps.append(Step(True, f"lang:{code}"))
            else:
                steps.append(Step(name.startswith("menu:"), name))
        language = CLIENT_LANGUAGES[i % len(CLIENT_LANGUAGES)]
        people.append(Person(first_id + i, f"Delegate{i}", language, tuple(steps[:per_user])))
    return people


# --------------------------------------------------------------------------- one run


@dataclass(frozen=True)
class Sample:
    """One update sent: when, to which chat, and when the bot was done with it."""

    chat_id: int
    kind: str
    query_id: str | None
    sent_at: float
    handled_at: float


@dataclass(frozen=True)
class Result:
    name: str
    updates: int
    seconds: float
    latencies_ms: list[float]
    by_kind_ms: dict[str, list[float]]
    api_calls: int  # requests the bot made to the Bot API, getUpdates aside
    problems: list[str]  # what went wrong inside the bot; the figures still stand

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    def percentile(self, q: float, values: Sequence[float] | None = None) -> float:
        return percentile(self.latencies_ms if values is None else values, q)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


class HandledSignal:
    """Tells when the dispatcher has finished an update, so a person can send the next one.

    It wraps ``Dispatcher.feed_update``, which polling calls for every update: the wrapper
    only sets a future after the real one returns, whatever the update was.
    """

    def __init__(self, dispatcher: Dispatcher, bot_id: int) -> None:
        self._bot_id = bot_id
        self._waiting: dict[int, asyncio.Future[float]] = {}
        feed_update = dispatcher.feed_update

        async def feed_and_signal(bot: Bot, update: Update, **kwargs: Any) -> Any:
            try:
                return await feed_update(bot, update, **kwargs)
            finally:
                future = (
                    self._waiting.pop(update.update_id, None) if bot.id == self._bot_id else None
                )
                if future is not None and not future.done():
                    future.set_result(time.monotonic())

        dispatcher.feed_update = feed_and_signal  # type: ignore[method-assign]

    def expect(self, update_id: int) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self._waiting[update_id] = future
        return future


def press_target(
    server: FakeBotAPI, chat_id: int, data: str, problems: list[str] | None
) -> MessageRecord:
    """The latest bot message with a button carrying ``data``, else the latest bot message.
    With ``problems`` (a bot that has such buttons) a missing button is noted there."""
    messages = server.messages_to(chat_id, include_deleted=False)
    for message in reversed(messages):
        if any(button.get("callback_data") == data for button in message.buttons):
            return message
    if not messages:
        raise BenchmarkError(f"chat {chat_id}: the bot never wrote, so there is nothing to press")
    if problems is not None:
        problems.append(
            f"chat {chat_id}: no {data!r} button to press; pressed it on the last message"
        )
    return messages[-1]


@dataclass(frozen=True)
class Pace:
    """How the people behave: how long they wait for a reply, and think before the next."""

    reply_timeout: float  # seconds; a reply later than this breaks the run
    think: float = 0.0  # mean seconds between a reply and the next update (0: none)


async def converse(
    server: FakeBotAPI,
    handled: HandledSignal,
    person: Person,
    problems: list[str] | None,
    pace: Pace,
) -> list[Sample]:
    """One person: send, wait until the bot is done (and think), send the next."""
    user = server.users[person.user_id]
    thinking = random.Random(person.user_id)  # the same pauses for every bot
    samples = []
    for number, step in enumerate(person.steps):
        if pace.think:  # people arrive spread over one think time, then pause between taps
            await asyncio.sleep(pace.think * thinking.uniform(0.5 if number else 0.0, 1.5))
        query_id = None
        if step.press:
            target = press_target(server, user.id, step.payload, problems)
            sent_at = time.monotonic()
            update = server.press_button(user, target, step.payload)
            query_id = update["callback_query"]["id"]
        else:
            sent_at = time.monotonic()
            update = server.send_text(user, step.payload)
        try:
            done = handled.expect(update["update_id"])
            handled_at = await asyncio.wait_for(done, pace.reply_timeout)
        except TimeoutError:
            raise BenchmarkError(
                f"user {user.id}: {step.payload!r} not handled within {pace.reply_timeout:g} s\n"
                f"{server.dump()}"
            ) from None
        samples.append(Sample(user.id, step.kind, query_id, sent_at, handled_at))
    return samples


def reply_times(samples: Iterable[Sample], requests: Sequence[RecordedRequest]) -> list[float]:
    """Seconds from each update to the first request the bot made to answer it.

    A person sends nothing while the bot is busy with their previous update, so a request
    aimed at their chat between sending and the end of handling belongs to this update.
    """
    to_chat: dict[int, list[float]] = defaultdict(list)  # request times per chat, in order
    query_answered: dict[str, float] = {}
    for request in requests:
        if request.method.lower() == "answercallbackquery":
            query_answered[str(request.params.get("callback_query_id"))] = request.at
        elif isinstance(request.chat_id, int):
            to_chat[request.chat_id].append(request.at)
    times = []
    for sample in samples:
        candidates = []
        chat_times = to_chat[sample.chat_id]
        first = bisect.bisect_left(chat_times, sample.sent_at)
        if first < len(chat_times) and chat_times[first] <= sample.handled_at:
            candidates.append(chat_times[first])
        if sample.query_id is not None and sample.query_id in query_answered:
            candidates.append(query_answered[sample.query_id])
        if not candidates:
            raise BenchmarkError(f"chat {sample.chat_id}: the bot never answered {sample.kind}")
        times.append(min(candidates) - sample.sent_at)
    return times


class LoggedErrors(logging.Handler):
    """Keeps ERROR records: a bot that logged an error did not answer as it should."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message += f": {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        self.messages.append(f"logged: {message}")


async def drive(
    name: str,
    server: FakeBotAPI,
    dispatcher: Dispatcher,
    people: Sequence[Person],
    warmup: Sequence[Person],
    *,
    has_buttons: bool,
    errors: LoggedErrors,
    pace: Pace,
) -> Result:
    """Send the warm-up people's updates, then the measured people's, all at once."""
    handled = HandledSignal(dispatcher, server.bot_id)
    problems: list[str] = []
    first_error = len(errors.messages)
    for person in [*warmup, *people]:
        server.add_user(person.user_id, person.first_name, language_code=person.language_code)

    async def everyone(group: Sequence[Person]) -> list[Sample]:
        runs = [
            asyncio.create_task(
                converse(server, handled, p, problems if has_buttons else None, pace)
            )
            for p in group
        ]
        try:
            results = await asyncio.gather(*runs)
        finally:  # one person failed: stop the others too
            for run in runs:
                run.cancel()
            await asyncio.gather(*runs, return_exceptions=True)
        return [sample for samples in results for sample in samples]

    first_warmup_request = len(server.requests)
    await everyone(warmup)
    first_request = len(server.requests)
    started = time.monotonic()
    samples = await everyone(people)
    seconds = time.monotonic() - started
    requests = server.requests[first_request:]
    failed = [r for r in server.requests[first_warmup_request:] if (r.status or 0) >= 400]
    problems += [f"failed call: {r.summary()}" for r in failed]
    problems += errors.messages[first_error:]
    latencies = [t * 1000 for t in reply_times(samples, requests)]
    by_kind: dict[str, list[float]] = defaultdict(list)
    for sample, latency in zip(samples, latencies, strict=True):
        by_kind[sample.kind].append(latency)
    api_calls = sum(r.method.lower() != "getupdates" for r in requests)
    return Result(name, len(samples), seconds, latencies, dict(by_kind), api_calls, problems)


# --------------------------------------------------------------------------- the two bots


def echo_dispatcher() -> Dispatcher:
    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    @dispatcher.callback_query()
    async def pressed(query: CallbackQuery) -> None:
        await query.answer()

    return dispatcher


async def start_polling(
    dispatcher: Dispatcher, bots: Sequence[Bot], polling_timeout: int, concurrency: int
) -> Callable[[], Awaitable[None]]:
    """Poll as ``Application.poll`` does; returns the coroutine function that stops it."""
    task = asyncio.create_task(
        dispatcher.start_polling(
            *bots,
            polling_timeout=polling_timeout,
            tasks_concurrency_limit=concurrency,
            handle_signals=False,
            close_bot_session=True,
        )
    )

    async def stop() -> None:
        with suppress(RuntimeError):  # polling never got going
            await dispatcher.stop_polling()
        await asyncio.wait_for(task, 10)

    return stop


async def polling_started(*servers: FakeBotAPI) -> None:
    """Wait until a bot long-polls each server."""
    try:
        await asyncio.gather(*(s.wait_for("getUpdates", timeout=10) for s in servers))
    except AssertionError as exc:
        raise BenchmarkError(f"a bot did not start polling: {exc}") from None


async def run_echo(
    people: Sequence[Person],
    warmup: Sequence[Person],
    polling: PollingSettings,
    errors: LoggedErrors,
    pace: Pace,
) -> Result:
    async with FakeBotAPI("telegram") as server:
        api = TelegramAPIServer.from_base(server.base_url)
        bot = Bot(server.token, session=AiohttpSession(api=api))
        dispatcher = echo_dispatcher()
        stop = await start_polling(
            dispatcher, [bot], polling.timeout_seconds, polling.concurrent_updates
        )
        try:
            await polling_started(server)
            return await drive(
                "echo",
                server,
                dispatcher,
                people,
                warmup,
                has_buttons=False,
                errors=errors,
                pace=pace,
            )
        finally:
            await stop()


async def benchmark(args: argparse.Namespace, errors: LoggedErrors) -> tuple[Result, Result, int]:
    """Both runs: the echo bot first, then Khazar. Returns their results and the number of
    people who registered."""
    async with AsyncExitStack() as stack:
        tmp_path = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="khazar-bench-")))
        telegram = await stack.enter_async_context(FakeBotAPI("telegram"))
        bale = await stack.enter_async_context(FakeBotAPI("bale"))
        settings = khazar_settings(tmp_path, telegram, bale)
        # Khazar starts first (migrations, roster import) for the invitation codes the stream
        # needs; it long-polls idly while the echo bot runs.
        khazar = await stack.enter_async_context(
            running_khazar(settings, telegram, bale, ManualClock(SUMMIT_EVE))
        )
        await polling_started(telegram, bale)
        codes = sorted(khazar.codes.values())
        people = build_stream(args.users, args.updates_per_user, codes, FIRST_USER_ID)
        warmup = build_stream(args.warmup_users, 4, [], WARMUP_USER_ID)
        registered = sum(p.steps[0].payload.startswith("/start ") for p in people)

        pace = Pace(reply_timeout=args.timeout, think=args.think_ms / 1000)
        echo = await run_echo(people, warmup, settings.polling, errors, pace)
        full = await drive(
            "khazar",
            telegram,
            khazar.app.dispatcher,
            people,
            warmup,
            has_buttons=True,
            errors=errors,
            pace=pace,
        )
        return echo, full, registered


# --------------------------------------------------------------------------- reporting


def report(echo: Result, full: Result, args: argparse.Namespace, registered: int) -> None:
    print(
        f"Khazar update benchmark: Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, aiogram {aiogram.__version__}"
    )
    thinking = f"{args.think_ms:g} ms think time (mean)" if args.think_ms else "no think time"
    print(
        f"{args.users} concurrent users x {args.updates_per_user} updates "
        f"({registered} registered with invitation codes), closed loop, {thinking}\n"
    )
    header = ("bot", "updates", "seconds", "updates/s", "p50 ms", "p90 ms", "p99 ms", "max ms")
    print("{:<8}{:>9}{:>9}{:>11}{:>9}{:>9}{:>9}{:>9}{:>11}".format(*header, "calls/upd"))
    for r in (echo, full):
        print(
            f"{r.name:<8}{r.updates:>9}{r.seconds:>9.2f}{r.per_second:>11.1f}"
            f"{r.percentile(50):>9.1f}{r.percentile(90):>9.1f}{r.percentile(99):>9.1f}"
            f"{max(r.latencies_ms):>9.1f}{r.api_calls / r.updates:>11.2f}"
        )
    print("(calls/upd: Bot API requests per update, getUpdates aside)")

    print("\nreply latency by update kind, p50 / p99 ms")
    print(f"{'kind':<16}{'count':>7}{'echo':>18}{'khazar':>18}")
    for kind in sorted(full.by_kind_ms):
        cells = [
            f"{percentile(values, 50):.1f} / {percentile(values, 99):.1f}"
            for values in (echo.by_kind_ms[kind], full.by_kind_ms[kind])
        ]
        print(f"{kind:<16}{len(full.by_kind_ms[kind]):>7}{cells[0]:>18}{cells[1]:>18}")

    ratio = full.per_second / echo.per_second
    p99 = full.percentile(99)
    print(
        f"\nthroughput khazar/echo: {ratio:.0%} "
        f"(target >= {THROUGHPUT_TARGET:.0%}: {'met' if ratio >= THROUGHPUT_TARGET else 'MISSED'})"
    )
    print(
        f"khazar reply p99 at {args.users} users: {p99:.1f} ms "
        f"(target <= {P99_TARGET_MS:g} ms: {'met' if p99 <= P99_TARGET_MS else 'MISSED'})"
    )
    for r in (echo, full):
        if r.problems:
            print(f"\n{r.name}: {len(r.problems)} problems during the run:")
            for problem in r.problems[:MAX_PROBLEMS_SHOWN]:
                print(f"  {problem}")
            if len(r.problems) > MAX_PROBLEMS_SHOWN:
                print(f"  ... and {len(r.problems) - MAX_PROBLEMS_SHOWN} more")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.updates", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--users", type=int, default=100, help="concurrent users (100)")
    parser.add_argument(
        "--updates-per-user", type=int, default=10, help="updates each user sends (10)"
    )
    parser.add_argument(
        "--warmup-users",
        type=int,
        default=10,
        help="users whose 4 updates each go first, unmeasured, to warm the bots up (10)",
    )
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause of a person between a reply and their next update, in ms (0)",
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds to wait for one reply (30)"
    )
    args = parser.parse_args(argv)
    if args.users < 1 or args.updates_per_user < 1:
        parser.error("--users and --updates-per-user must be positive")
    if args.warmup_users < 0 or args.think_ms < 0 or args.timeout <= 0:
        parser.error("--warmup-users and --think-ms cannot be negative, --timeout must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # aiogram logs every update at INFO; only problems are of interest here.
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    errors = LoggedErrors()
    logging.getLogger().addHandler(errors)
    try:
        echo, full, registered = asyncio.run(benchmark(args, errors))
    except BenchmarkError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    report(echo, full, args, registered)
    return 1 if echo.problems or full.problems else 0


if __name__ == "__main__":
    sys.exit(main())
