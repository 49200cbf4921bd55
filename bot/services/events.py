"""The summit itself: configured in config.toml, kept as a row so data can refer to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.services.views import EventView
from bot.storage.database import Database
from bot.storage.models import Event


@dataclass(frozen=True, slots=True)
class EventSpec:
    code: str
    names: dict[str, str]
    timezone: str
    starts_on: date
    ends_on: date


async def ensure_event(db: Database, spec: EventSpec) -> EventView:
    """Create the configured event or bring its row in line with the configuration."""
    async with db.writing() as uow:
        event = await uow.events.by_code(spec.code)
        if event is None:
            event = Event(code=spec.code)
            uow.events.add(event)
        event.names = dict(spec.names)
        event.timezone = spec.timezone
        event.starts_on = spec.starts_on
        event.ends_on = spec.ends_on
        await uow.events.flush()
        view = EventView.of(event)
        await uow.commit()
        return view
