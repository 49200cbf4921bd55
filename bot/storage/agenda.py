"""Agenda queries, for use inside `Database.transact`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import AgendaSession


def sessions_by_key(session: Session, event_id: int) -> dict[str, AgendaSession]:
    rows = session.scalars(select(AgendaSession).where(AgendaSession.event_id == event_id))
    return {row.key: row for row in rows}
