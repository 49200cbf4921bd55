"""Wakes the reminder run (reminders, briefings, expiring meeting requests) at the next due
time, with APScheduler 3.

APScheduler holds no reminder: the only job is "run the reminders", set each time for the next
due time the run reports, plus a periodic sweep that catches anything a wake-up missed (a
clock jump, a run that failed). Its in-memory job store is all it needs; a restart starts
with one run that sends what fell due while the bot was down (see bot.services.reminders).

The due times come from the service's clock; the job is set that far ahead on the wall
clock, so an injected clock in tests and the system clock in production behave alike.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.core import Services
from bot.services.reminders import RunReport

log = logging.getLogger(__name__)

_NEXT = "reminders-next"
_SWEEP = "reminders-sweep"


class ReminderTimer:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._scheduler: AsyncIOScheduler | None = None
        # One run at a time: a wake-up and a sweep landing together would only repeat work
        # (the outbox's unique key keeps it from sending twice).
        self._running = asyncio.Lock()
        self.next_due: datetime | None = None
        self._pokes: set[asyncio.Task[RunReport | None]] = set()

    async def start(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self.run,
            IntervalTrigger(seconds=self._services.settings.reminders.sweep_seconds),
            id=_SWEEP,
            max_instances=1,
            coalesce=True,
        )
        self._scheduler.start()
        self._services.reminder_listeners.append(self.poke)
        await self.run()

    async def stop(self) -> None:
        if self.poke in self._services.reminder_listeners:
            self._services.reminder_listeners.remove(self.poke)
        for task in list(self._pokes):
            task.cancel()
        await asyncio.gather(*self._pokes, return_exceptions=True)
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    def poke(self) -> None:
        """Run now, outside the caller's handling of an update."""
        task = asyncio.get_running_loop().create_task(self.run())
        self._pokes.add(task)
        task.add_done_callback(self._pokes.discard)

    async def run(self) -> RunReport | None:
        event = self._services.event
        if event is None:
            return None
        async with self._running:
            try:
                report = await self._services.reminders.run_due(event.id)
                expired, nudged, meetings_due = await self._services.meetings.run_due(event.id)
            except Exception:
                log.exception("the reminder run failed; the sweep will try again")
                return None
            if report.reminders or report.briefings or expired or nudged:
                log.info(
                    "%d reminders, %d briefings, %d expired requests, %d nudges",
                    report.reminders,
                    report.briefings,
                    expired,
                    nudged,
                )
                self._services.wake_senders()
            dues = [due for due in (report.next_due, meetings_due) if due is not None]
            self._schedule(min(dues, default=None))
            return report

    def _schedule(self, due: datetime | None) -> None:
        self.next_due = due
        if self._scheduler is None:
            return
        if due is None:
            if self._scheduler.get_job(_NEXT):
                self._scheduler.remove_job(_NEXT)
            return
        wall = datetime.now(UTC) + (due - self._services.clock.now())
        self._scheduler.add_job(
            self.run, DateTrigger(run_date=wall), id=_NEXT, replace_existing=True
        )
