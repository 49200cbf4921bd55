"""How punctually one session's reminder reaches its subscribers (default 1,000) when the real
reminder timer (APScheduler, on the system clock) fires it by itself.

The whole application runs as in production, against the project's fake Telegram Bot API over
HTTP (Bale disabled) with a fresh SQLite file: the dispatcher's startup starts the Telegram
sender and the reminder timer, the timer's first run reports the next due time and sets its
APScheduler job for it, and at that moment the reminder run writes the reminders to the outbox
and wakes the sender, which sends them within the configured rate limit.

Set-up, all through the services and before the bot starts: N registered delegates with
Telegram accounts (bulk-inserted in one transaction, languages mixed over the six), one
session imported from a small TOML agenda and added to every delegate's agenda with
ProgrammeService.add, then re-imported with its start moved so that the reminder falls due
5 to 6 s (`--due-after`, rounded up to a whole second) after the bot is started.

Prints the due time; how many reminders arrived (each chat exactly once); for each, the delay
from the due time to the moment the fake server received it (first, p50, p99, last); the
sending rate achieved as a fraction of the limit; and how late the reminder run began and how
long it took to write the outbox rows. Targets are printed beside the figures.

    .venv/bin/python benchmarks/reminders.py [--subscribers 1000] [--rate 30] [--lead 15]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import statistics
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from benchmarks.population import (
    FIRST_USER_ID,
    add_delegates,
    make_settings,
    percentile,
)
from bot.app import Application, build_application
from bot.config import PROJECT_ROOT
from bot.services.reminders import RunReport
from tests.fakebotapi import FakeBotAPI

SESSION_KEY = "bench-panel"

# Targets (for 1,000 subscribers at 30 messages/s).
FIRST_TARGET = 1.0
LAST_TARGET_AT_30 = 35.0
RATE_TARGET = 0.95


def agenda_toml(starts: datetime, ends: datetime) -> str:
    def stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    return f"""\
[[session]]
key = "{SESSION_KEY}"
kind = "economy"
starts = {stamp(starts)}
ends = {stamp(ends)}
title = {{ fa = "پنل تخصصی اقتصاد", ru = "Секция «Экономика»", az = "«İqtisadiyyat» paneli", \
kk = "«Экономика» секциясы", tk = "«Ykdysadyýet» bölümi", en = "Specialist panel: Economy" }}
room = {{ fa = "سالن ب", ru = "Зал B", az = "B zalı", kk = "B залы", tk = "B zaly", \
en = "Hall B" }}
"""


async def import_session(app: Application, starts: datetime) -> int:
    services = app.services
    assert services.event is not None
    text = agenda_toml(starts, starts + timedelta(hours=1))
    await services.agenda.import_toml(services.event.id, "bench-agenda.toml", text)
    session = await services.changes.session_by_key(services.event.id, SESSION_KEY)
    assert session is not None
    return session.id


@dataclass
class RunTimes:
    """Each reminder run: when it began and ended (wall clock) and what it reported."""

    runs: list[tuple[datetime, float, RunReport]] = field(default_factory=list)

    def wrap(self, app: Application) -> None:
        reminders = app.services.reminders
        original = reminders.run_due

        async def timed(event_id: int) -> RunReport:
            began, start = datetime.now(UTC), time.perf_counter()
            report = await original(event_id)
            self.runs.append((began, time.perf_counter() - start, report))
            return report

        reminders.run_due = timed  # type: ignore[method-assign]


async def run(subscribers: int, rate: float, lead: int, due_after: float) -> bool:
    logging.basicConfig(level=logging.WARNING)
    async with FakeBotAPI("telegram") as api:
        with tempfile.TemporaryDirectory() as folder_name:
            folder = Path(folder_name)
            settings = make_settings(
                folder,
                api,
                telegram={"messages_per_second": rate},
                reminders={"default_lead_minutes": lead},
            )
            app = build_application(settings)  # the system clock
            await app.start()
            assert app.services.event is not None
            event_id = app.services.event.id

            t0 = time.perf_counter()
            delegates = await add_delegates(app, api, subscribers)
            t_delegates = time.perf_counter() - t0
            # Far ahead while the agendas are filled; moved close just before the start.
            t0 = time.perf_counter()
            session_id = await import_session(app, datetime.now(UTC) + timedelta(days=1))
            for delegate in delegates:
                await app.services.programme.add(event_id, delegate, session_id)
            t_picks = time.perf_counter() - t0
            print(
                f"set-up: {subscribers} delegates and accounts in {t_delegates:.2f} s, "
                f"{subscribers} agenda picks (ProgrammeService.add) in {t_picks:.2f} s"
            )

            due = (datetime.now(UTC) + timedelta(seconds=due_after)).replace(microsecond=0)
            due += timedelta(seconds=1)
            starts = due + timedelta(minutes=lead)
            await import_session(app, starts)
            times = RunTimes()
            times.wrap(app)

            api.clear_requests()
            started_wall = datetime.now(UTC)
            poll = asyncio.create_task(app.poll(handle_signals=False))
            # Wall -> the fake server's time.monotonic() timestamps.
            offset = time.time() - time.monotonic()
            due_mono = due.timestamp() - offset
            try:
                with contextlib.suppress(AssertionError):  # timed out: reported as missing
                    await api.wait_for(
                        "sendMessage",
                        predicate=lambda r: r.ok and r.chat_id >= FIRST_USER_ID,
                        count=subscribers,
                        timeout=due_after + 2 + subscribers / rate * 2 + 20,
                    )
                # Anything sent twice would come within the sender's next round.
                await api.settle(quiet=1.0, timeout=30)
            finally:
                with contextlib.suppress(RuntimeError):
                    await app.dispatcher.stop_polling()
                await asyncio.wait_for(poll, 15)
                await app.services.close()
            sent = [
                r
                for r in api.requests
                if r.method == "sendMessage" and r.ok and r.chat_id >= FIRST_USER_ID
            ]
            next_due = app.timer.next_due if app.timer else None

    return report(
        subscribers=subscribers,
        rate=rate,
        lead=lead,
        due=due,
        due_mono=due_mono,
        started_wall=started_wall,
        requests=sent,
        times=times,
        next_due=next_due,
    )


def report(
    *,
    subscribers: int,
    rate: float,
    lead: int,
    due: datetime,
    due_mono: float,
    started_wall: datetime,
    requests: list[Any],
    times: RunTimes,
    next_due: datetime | None,
) -> bool:
    per_chat: dict[int, list[float]] = {}
    for request in requests:
        per_chat.setdefault(int(request.chat_id), []).append(request.at)
    expected = {FIRST_USER_ID + n for n in range(subscribers)}
    missing = sorted(expected - per_chat.keys())
    duplicates = {chat: len(ats) for chat, ats in per_chat.items() if len(ats) > 1}
    firsts = sorted(min(ats) for ats in per_chat.values())
    delays = [at - due_mono for at in firsts]

    print(
        f"reminder punctuality: 1 session, {subscribers} subscribers on Telegram, "
        f"lead {lead} min, limit {rate:g} messages/s, system clock, APScheduler timer"
    )
    print(
        f"  bot started {started_wall:%H:%M:%S.%f}"[:-3] + f" UTC; reminder due {due:%H:%M:%S} UTC "
        f"({(due - started_wall).total_seconds():.2f} s later), session starts "
        f"{due + timedelta(minutes=lead):%H:%M:%S} UTC"
    )
    for began, took, run_report in times.runs:
        late = (began - due).total_seconds()
        when = f"{late:+.3f} s from due" + (" (the timer's start)" if late < 0 else "")
        after = f"{run_report.next_due:%H:%M:%S} UTC" if run_report.next_due else "none"
        print(
            f"  reminder run at {when}: {run_report.reminders} reminders written in "
            f"{took * 1000:.0f} ms; next due {after}"
        )
    ok = True
    delivered_ok = len(per_chat) == subscribers and not missing and not duplicates
    ok &= delivered_ok
    print(
        f"  delivered: {len(per_chat)} of {subscribers} chats, "
        f"{len(requests)} sendMessage; missing {len(missing)}, duplicates {len(duplicates)}"
        f"   [target: all, each once: {'met' if delivered_ok else 'MISSED'}]"
    )
    if missing:
        print(f"    missing chats (first 10): {missing[:10]}")
    if duplicates:
        print(f"    duplicated chats (first 10): {list(duplicates.items())[:10]}")
    if not delays:
        print("  nothing was sent")
        return False

    first, last = delays[0], delays[-1]
    ideal_last = (subscribers - 1) / rate
    # 35 s for 1,000 at 30/s (999 gaps of 1/30 s plus 1.7 s); other sizes and rates pro rata.
    last_target = LAST_TARGET_AT_30 * (subscribers - 1) / 999 * (30 / rate)
    span = firsts[-1] - firsts[0]
    achieved = (len(firsts) - 1) / span if span > 0 else float("inf")
    first_ok = 0 <= first <= FIRST_TARGET
    last_ok = last <= last_target
    rate_ok = achieved >= RATE_TARGET * rate
    ok &= first_ok and last_ok and rate_ok
    print(
        f"  due -> sent: first {first:.3f} s   [target <= {FIRST_TARGET:g} s: "
        f"{'met' if first_ok else 'MISSED'}]"
    )
    print(
        f"               p50 {percentile(delays, 0.5):.2f} s, p99 {percentile(delays, 0.99):.2f} s"
    )
    print(
        f"               last {last:.2f} s (ideal {first + ideal_last:.2f} s)   "
        f"[target <= {last_target:.1f} s: {'met' if last_ok else 'MISSED'}]"
    )
    print(
        f"  rate achieved: {achieved:.2f} messages/s = {achieved / rate:.1%} of the limit   "
        f"[target >= {RATE_TARGET:.0%}: {'met' if rate_ok else 'MISSED'}]"
    )
    gaps = [b - a for a, b in pairwise(firsts)]
    slow = [g for g in gaps if g > 2 / rate]
    print(
        f"  gaps between sends: mean {statistics.mean(gaps) * 1000:.1f} ms "
        f"(limit {1000 / rate:.1f} ms), max {max(gaps) * 1000:.0f} ms, "
        f"{len(slow)} longer than {2000 / rate:.0f} ms adding {sum(slow) - len(slow) / rate:.2f} s"
    )
    if next_due is not None:
        print(f"  timer's next wake-up after the run: {next_due:%H:%M:%S} UTC")
    print(f"  result: {'all targets met' if ok else 'some targets MISSED'}")
    return ok


def configured_lead_choices() -> list[int]:
    raw = tomllib.loads((PROJECT_ROOT / "config.toml").read_text(encoding="utf-8"))
    return list(raw["reminders"]["lead_choices"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=30.0, help="Telegram messages per second")
    parser.add_argument("--lead", type=int, default=15, help="reminder lead time, minutes")
    parser.add_argument(
        "--due-after", type=float, default=5.0, help="min. seconds from start to due"
    )
    args = parser.parse_args()
    choices = configured_lead_choices()
    if args.lead not in choices:
        parser.error(f"--lead must be one of the configured lead choices {choices}")
    asyncio.run(run(args.subscribers, args.rate, args.lead, args.due_after))


if __name__ == "__main__":
    main()
