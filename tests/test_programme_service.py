"""Personal agendas, the reminder run and programme changes on a real database: SQLite always,
PostgreSQL when KHAZAR_TEST_POSTGRES_URL names one (the outbox's ON CONFLICT and the notice
rewrite differ per backend)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.core import Services
from bot.platforms import Identity, Platform
from bot.services.changes import Decision, Refusal
from bot.services.programme import PickOutcome
from bot.services.registration import Contact
from bot.storage.models import Delivery, DeliveryStatus
from tests.test_reminders import ECONOMY_STARTS, SAMPLE_AGENDA

STAFF = Identity(Platform.TELEGRAM, 9001)


async def registered(services: Services, code: str, user_id: int, platform: Platform, lang: str):  # type: ignore[no-untyped-def]
    identity = Identity(platform, user_id)
    await services.registration.viewer(Contact(identity, user_id, f"User {user_id}", None, lang))
    result = await services.registration.redeem(identity, code)
    assert result.viewer.delegate is not None
    return result.viewer.delegate.id


async def prepared(backend):  # type: ignore[no-untyped-def]
    services, codes = backend
    await services.agenda.import_toml(
        services.event.id, str(SAMPLE_AGENDA), SAMPLE_AGENDA.read_text("utf-8")
    )
    return services, codes


async def deliveries(services: Services, kind: str) -> list[tuple[str, int, str, DeliveryStatus]]:
    async with services.db.reading() as uow:
        rows = await uow.session.execute(
            select(Delivery.ref, Delivery.chat_id, Delivery.text, Delivery.status)
            .where(Delivery.kind == kind)
            .order_by(Delivery.chat_id)
        )
        return [tuple(row) for row in rows]


async def test_reminders_are_written_once_at_each_delegates_lead_time(backend):
    services, codes = await prepared(backend)
    event_id = services.event.id
    ivan = await registered(services, codes["astrakhan-01"], 801, Platform.TELEGRAM, "ru")
    sara = await registered(services, codes["gilan-01"], 802, Platform.BALE, "fa")
    economy = await services.changes.session_by_key(event_id, "economy")
    assert await services.programme.add(event_id, ivan, economy.id) == PickOutcome.ADDED
    assert await services.programme.add(event_id, ivan, economy.id) == PickOutcome.ALREADY
    assert await services.programme.add(event_id, sara, economy.id) == PickOutcome.ADDED
    opening = await services.changes.session_by_key(event_id, "opening")
    assert await services.programme.add(event_id, sara, opening.id) == PickOutcome.FOR_EVERYONE
    assert await services.programme.set_lead(ivan, 60)
    assert not await services.programme.set_lead(ivan, 45)

    services.clock.set(ECONOMY_STARTS - timedelta(minutes=61))
    report = await services.reminders.run_due(event_id)
    assert (report.reminders, report.next_due) == (0, ECONOMY_STARTS - timedelta(minutes=60))
    services.clock.set(ECONOMY_STARTS - timedelta(minutes=60))
    assert (await services.reminders.run_due(event_id)).reminders == 1
    services.clock.set(ECONOMY_STARTS - timedelta(minutes=15))
    assert (await services.reminders.run_due(event_id)).reminders == 1
    assert (await services.reminders.run_due(event_id)).reminders == 0
    written = await deliveries(services, "reminder")
    assert [(chat, status) for _ref, chat, _text, status in written] == [
        (801, DeliveryStatus.PENDING),
        (802, DeliveryStatus.PENDING),
    ]
    ru = services.hub.get("ru")
    assert written[0][2].startswith(ru("reminder-title", minutes=60, title=economy.titles["ru"]))
    assert economy.titles["fa"] in written[1][2]


async def test_changes_within_the_window_make_one_notice_and_move_the_reminders(backend):
    services, codes = await prepared(backend)
    event_id = services.event.id
    ivan = await registered(services, codes["astrakhan-01"], 811, Platform.TELEGRAM, "ru")
    await registered(services, codes["baku-01"], 812, Platform.TELEGRAM, "az")  # not concerned
    economy = await services.changes.session_by_key(event_id, "economy")
    await services.programme.add(event_id, ivan, economy.id)
    services.clock.set(ECONOMY_STARTS - timedelta(minutes=15))
    assert (await services.reminders.run_due(event_id)).reminders == 1

    moved = await services.changes.propose_move(event_id, STAFF, "economy", "2025-11-19 11:00")
    assert moved.audience == 1
    assert moved.after.starts_at == datetime(2025, 11, 19, 7, 30, tzinfo=UTC)
    assert moved.after.ends_at - moved.after.starts_at == timedelta(hours=2)
    # Nothing changes until it is confirmed, and only by the one who proposed it.
    assert (await services.changes.session_by_key(event_id, "economy")).starts_at == ECONOMY_STARTS
    someone_else = Identity(Platform.BALE, 9001)
    assert (await services.changes.confirm(event_id, moved.id, someone_else)).decision is (
        Decision.NOT_YOURS
    )
    applied = await services.changes.confirm(event_id, moved.id, STAFF)
    assert (applied.decision, applied.notified) == (Decision.APPLIED, 1)
    assert (await services.changes.confirm(event_id, moved.id, STAFF)).decision is Decision.DECIDED
    # The reminder written for the old time and not yet sent is taken back.
    assert await deliveries(services, "reminder") == []

    services.clock.advance(seconds=60)
    room = await services.changes.propose_room(event_id, STAFF, "economy", "  Hall   D ")
    assert room.after.room["ru"] == "Hall D"
    second = await services.changes.confirm(event_id, room.id, STAFF)
    assert second.notify_at == applied.notify_at
    notices = await deliveries(services, "change")
    assert len(notices) == 1
    _ref, chat, text, status = notices[0]
    assert (chat, status) == (811, DeliveryStatus.PENDING)
    assert "14:00–16:00" in text and "11:00–13:00" in text and "Hall D" in text

    # After the window, a further change is a new notice.
    services.clock.advance(seconds=300)
    cancel = await services.changes.propose_cancel(event_id, STAFF, "economy")
    await services.changes.confirm(event_id, cancel.id, STAFF)
    assert len(await deliveries(services, "change")) == 2
    again = await services.changes.propose_cancel(event_id, STAFF, "economy")
    assert again is Refusal.CANCELLED


async def test_a_proposal_overtaken_by_another_change_is_not_applied(backend):
    services, _codes = await prepared(backend)
    event_id = services.event.id
    first = await services.changes.propose_move(event_id, STAFF, "transit", "15:00")
    second = await services.changes.propose_room(event_id, STAFF, "transit", "Hall E")
    assert (await services.changes.confirm(event_id, second.id, STAFF)).decision is Decision.APPLIED
    outdated = await services.changes.confirm(event_id, first.id, STAFF)
    assert outdated.decision is Decision.OUTDATED
    transit = await services.changes.session_by_key(event_id, "transit")
    assert transit.room["en"] == "Hall E"
    assert transit.starts_at == ECONOMY_STARTS
