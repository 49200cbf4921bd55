"""The core, wired: database, services and translators, without any messenger.

The CLI's organiser commands (migrate, import, invitations) use this alone, so they start
without loading aiogram; `bot.app` adds the bots on top.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.clock import Clock, SystemClock
from bot.config import PROJECT_ROOT, Settings
from bot.i18n import TranslatorHub
from bot.platforms import Platform
from bot.services.agenda import AgendaService
from bot.services.broadcasts import BroadcastService
from bot.services.changes import ProgrammeChanges
from bot.services.events import EventSpec, ensure_event
from bot.services.exports import ExportService
from bot.services.invitations import Directory, InvitationService
from bot.services.meetings import MeetingService
from bot.services.programme import ProgrammeService
from bot.services.registration import RegistrationService
from bot.services.reminders import ReminderService
from bot.services.roster import RosterService
from bot.services.views import EventView, SummitInfo
from bot.storage.database import Database
from bot.storage.migrations import upgrade_to_head

LOCALES_DIR = PROJECT_ROOT / "locales"


@dataclass
class Services:
    """The core, usable without any messenger: the CLI uses it as the bots do."""

    settings: Settings
    clock: Clock
    db: Database
    hub: TranslatorHub
    registration: RegistrationService
    invitations: InvitationService
    roster: RosterService
    agenda: AgendaService
    programme: ProgrammeService
    reminders: ReminderService
    changes: ProgrammeChanges
    meetings: MeetingService
    broadcasts: BroadcastService
    directory: Directory
    exports: ExportService
    summit: SummitInfo
    event: EventView | None = None
    # Set when the bots run: use cases wake the platform's sender after writing to the outbox.
    outbox_senders: dict[Platform, Any] = field(default_factory=dict)
    # Set when the bots run: tells the reminder timer to look again now.
    reminder_listeners: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.programme.on_agenda_changed = self.agenda_changed

    def wake_senders(self) -> None:
        for sender in self.outbox_senders.values():
            sender.wake()

    def agenda_changed(self) -> None:
        """A session moved, or someone's agenda or lead time changed: a reminder may now
        fall due sooner than the timer expects."""
        for listener in self.reminder_listeners:
            listener()

    async def prepare(self) -> EventView:
        """Bring the database schema up to date and the event row in line with the config."""
        await upgrade_to_head(self.db.engine)
        e = self.settings.event
        self.event = await ensure_event(
            self.db, EventSpec(e.code, dict(e.name), e.timezone, e.starts_on, e.ends_on)
        )
        return self.event

    async def close(self) -> None:
        await self.db.dispose()


def build_services(
    settings: Settings, clock: Clock | None = None, locales_dir: Path = LOCALES_DIR
) -> Services:
    clock = clock or SystemClock()
    db = Database(settings.resolved_database_url)
    languages = settings.languages
    hub = TranslatorHub(locales_dir, languages.available, languages.chain, languages.default)
    invitations = InvitationService(
        db,
        clock,
        code_length=settings.registration.code_length,
        valid_for=timedelta(days=settings.registration.invitation_valid_days),
        link_templates={
            p: (settings.platform(p).deep_link, settings.platform(p).bot_username)
            for p in settings.enabled_platforms
        },
    )
    event = settings.event
    reminders = settings.reminders
    return Services(
        settings=settings,
        clock=clock,
        db=db,
        hub=hub,
        registration=RegistrationService(db, clock, languages.available),
        invitations=invitations,
        roster=RosterService(db, clock, invitations, languages.available),
        agenda=AgendaService(
            db, clock, languages.available, settings.event.timezone, languages.default
        ),
        programme=ProgrammeService(
            db,
            clock,
            event.timezone,
            reminders.lead_choices,
            reminders.default_lead_minutes,
        ),
        reminders=ReminderService(
            db,
            clock,
            hub,
            timezone=event.timezone,
            event_days=(event.starts_on, event.ends_on),
            lead_choices=reminders.lead_choices,
            default_lead=reminders.default_lead_minutes,
            briefing_hour=reminders.briefing_hour,
            briefing_window=timedelta(minutes=reminders.briefing_window_minutes),
        ),
        changes=ProgrammeChanges(
            db,
            clock,
            hub,
            timezone=event.timezone,
            languages=languages.available,
            merge_window=timedelta(seconds=reminders.change_merge_seconds),
        ),
        meetings=MeetingService(
            db,
            clock,
            hub,
            settings.meetings,
            timezone=event.timezone,
            event_days=(event.starts_on, event.ends_on),
            staff_chats={p: settings.platform(p).staff_chat_id for p in settings.enabled_platforms},
            staff_language=languages.staff or languages.default,
        ),
        broadcasts=BroadcastService(db, clock, hub, timezone=event.timezone),
        directory=Directory(db, invitations),
        exports=ExportService(db, event.timezone),
        summit=SummitInfo(
            dict(event.name),
            dict(event.venue),
            event.starts_on,
            event.ends_on,
            event.venue_latitude,
            event.venue_longitude,
        ),
    )
