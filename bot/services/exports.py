"""Files staff take away from the staff group: delegates, meetings and broadcast reports, as
CSV (for any tool) and XLSX (for the protocol office's spreadsheets), with openpyxl."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bot.storage.database import Database
from bot.storage.models import (
    Account,
    Broadcast,
    Delegate,
    Delegation,
    Delivery,
    DeliveryStatus,
    Meeting,
)

KINDS = ("delegates", "meetings", "broadcasts")
Table = tuple[list[str], list[list[object]]]


class ExportService:
    def __init__(self, db: Database, timezone: str) -> None:
        self._db = db
        self._zone = ZoneInfo(timezone)

    async def table(self, event_id: int, kind: str) -> Table:
        readers = {
            "delegates": self._delegates,
            "meetings": self._meetings,
            "broadcasts": self._broadcasts,
        }
        return await self._db.read(lambda session: readers[kind](session, event_id))

    def _delegates(self, session: Session, event_id: int) -> Table:
        header = ["ref", "name", "role", "delegation", "language", "telegram", "bale", "reachable"]
        rows = []
        for delegate, code in session.execute(
            select(Delegate, Delegation.code)
            .outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
            .where(Delegate.event_id == event_id)
            .order_by(Delegate.ref)
        ):
            accounts = session.execute(
                select(Account.platform, Account.reachable).where(
                    Account.delegate_id == delegate.id
                )
            ).all()
            platforms = {platform.value for platform, _ in accounts}
            rows.append(
                [
                    delegate.ref,
                    delegate.full_name,
                    delegate.role.value,
                    code or "",
                    delegate.language or "",
                    "yes" if "telegram" in platforms else "",
                    "yes" if "bale" in platforms else "",
                    "yes" if accounts and all(r for _, r in accounts) else "",
                ]
            )
        return header, rows

    def _meetings(self, session: Session, event_id: int) -> Table:
        header = ["number", "from", "to", "topic", "status", "start", "room", "answered by"]
        requester, target = aliased(Delegation), aliased(Delegation)
        rows = [
            [
                meeting.id,
                first,
                second,
                meeting.topic,
                meeting.status.value,
                meeting.starts_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
                if meeting.starts_at
                else "",
                meeting.room or "",
                meeting.answered_by,
            ]
            for meeting, first, second in session.execute(
                select(Meeting, requester.code, target.code)
                .join(requester, Meeting.requester_id == requester.id)
                .join(target, Meeting.target_id == target.id)
                .where(Meeting.event_id == event_id)
                .order_by(Meeting.id)
            )
        ]
        return header, rows

    def _broadcasts(self, session: Session, event_id: int) -> Table:
        statuses = [DeliveryStatus.SENT, DeliveryStatus.BLOCKED, DeliveryStatus.FAILED]
        header = ["number", "by", "audience", "status", "recipients", *[s.value for s in statuses]]
        rows = []
        for row in session.scalars(
            select(Broadcast).where(Broadcast.event_id == event_id).order_by(Broadcast.id)
        ):
            counts = dict(
                session.execute(
                    select(Delivery.status, func.count(Delivery.id))
                    .where(Delivery.kind == "broadcast", Delivery.ref == f"b{row.id}")
                    .group_by(Delivery.status)
                ).all()
            )
            audience = " ".join(f"{k}={','.join(v)}" for k, v in row.audience.items())
            rows.append(
                [
                    row.id,
                    row.created_by_name,
                    audience or "everyone",
                    row.status.value,
                    row.recipients,
                    *[counts.get(s, 0) for s in statuses],
                ]
            )
        return header, rows


def as_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    # With a byte-order mark, spreadsheet programs read the Persian and Cyrillic text right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
