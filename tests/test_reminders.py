"""Reminders, the morning briefing and programme changes, end to end: the real bot polling the
fake Telegram and Bale servers, a real SQLite file, and a clock the test moves.

The reminder timer (APScheduler) wakes the reminder run at the due time it reports; here the
test moves the injected clock and asks for the run itself, which is what the timer's job does.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.config import PROJECT_ROOT
from bot.platforms import Identity, Platform
from bot.services import texts
from bot.storage.models import Account, Delivery, DeliveryStatus
from tests.conftest import (
    BALE_STAFF_CHAT,
    TELEGRAM_STAFF_CHAT,
    Khazar,
    khazar_settings,
    running_khazar,
)
from tests.fakebotapi import FakeBotAPI, Fault
from tests.fakebotapi.server import FakeUser

SAMPLE_AGENDA = PROJECT_ROOT / "samples" / "agenda.toml"
# The economy panel: 14:00–16:00 Tehran time on 18 November 2025, 10:30 UTC.
ECONOMY_STARTS = datetime(2025, 11, 18, 10, 30, tzinfo=UTC)


async def import_agenda(khazar: Khazar) -> None:
    services = khazar.services
    assert services.event is not None
    await services.agenda.import_toml(
        services.event.id, str(SAMPLE_AGENDA), SAMPLE_AGENDA.read_text("utf-8")
    )


async def register(khazar: Khazar, api: FakeBotAPI, user_id: int, ref: str, lang: str) -> FakeUser:
    """A delegate opens their invitation link; returns them once greeted."""
    person = api.add_user(user_id, ref, language_code=lang)
    api.send_text(person, f"/start {khazar.codes[ref]}")
    await api.wait_for("sendMessage", chat_id=user_id)
    await api.settle(quiet=0.1)
    return person


async def delegate_id(khazar: Khazar, platform: Platform, user_id: int) -> int:
    async with khazar.services.db.reading() as uow:
        account = await uow.session.scalar(
            select(Account).where(Account.platform == platform, Account.user_id == user_id)
        )
        assert account is not None and account.delegate_id is not None
        return account.delegate_id


async def pick(khazar: Khazar, platform: Platform, user_id: int, key: str) -> None:
    services = khazar.services
    assert services.event is not None
    session = await services.changes.session_by_key(services.event.id, key)
    assert session is not None
    delegate = await delegate_id(khazar, platform, user_id)
    await services.programme.add(services.event.id, delegate, session.id)


async def run_reminders(khazar: Khazar):  # type: ignore[no-untyped-def]
    assert khazar.app.timer is not None
    report = await khazar.app.timer.run()
    assert report is not None
    return report


async def settle(khazar: Khazar) -> None:
    await asyncio.gather(khazar.telegram.settle(quiet=0.3), khazar.bale.settle(quiet=0.3))


def reminders_to(api: FakeBotAPI, chat_id: int, marker: str) -> list[str]:
    return [text for text in api.texts_to(chat_id) if marker in text]


async def test_a_reminder_goes_at_the_exact_lead_time_in_each_language_on_both_messengers(
    khazar: Khazar,
):
    await import_agenda(khazar)
    await register(khazar, khazar.telegram, 501, "astrakhan-01", "ru")
    await register(khazar, khazar.bale, 502, "gilan-01", "fa")
    await register(khazar, khazar.telegram, 503, "baku-01", "az")  # economy not in their agenda
    await pick(khazar, Platform.TELEGRAM, 501, "economy")
    await pick(khazar, Platform.BALE, 502, "economy")
    # The Russian delegate wants half an hour's notice; the Persian one keeps the default 15.
    assert await khazar.services.programme.set_lead(
        await delegate_id(khazar, Platform.TELEGRAM, 501), 30
    )
    ru, fa = khazar.t("ru"), khazar.t("fa")
    ru_marker = ru("reminder-title", minutes=30, title="").split(":")[0]
    fa_marker = fa("reminder-title", minutes=15, title="").split(":")[0]

    # After the general panel has begun, the next thing due is the economy panel at 30 min.
    khazar.clock.set(ECONOMY_STARTS - timedelta(hours=3))
    report = await run_reminders(khazar)
    assert report.next_due == ECONOMY_STARTS - timedelta(minutes=60)

    khazar.clock.set(ECONOMY_STARTS - timedelta(minutes=30, seconds=1))
    assert (await run_reminders(khazar)).reminders == 0
    khazar.clock.set(ECONOMY_STARTS - timedelta(minutes=30))
    assert (await run_reminders(khazar)).reminders == 1
    await khazar.telegram.wait_for(
        "sendMessage", chat_id=501, predicate=lambda r: "⏰" in str(r.params.get("text"))
    )
    await settle(khazar)
    reminder = reminders_to(khazar.telegram, 501, ru_marker)
    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    zone = khazar.services.reminders.zone
    assert reminder == [
        "\n".join(
            [
                ru("reminder-title", minutes=30, title=texts.title(ru, economy)),
                "🕘 " + texts.when(ru, economy, zone, day=False),
                "📍 " + economy.room["ru"],
            ]
        )
    ]
    assert reminders_to(khazar.bale, 502, "⏰") == []

    khazar.clock.set(ECONOMY_STARTS - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 1
    await khazar.bale.wait_for(
        "sendMessage", chat_id=502, predicate=lambda r: "⏰" in str(r.params.get("text"))
    )
    await settle(khazar)
    persian = reminders_to(khazar.bale, 502, fa_marker)
    assert len(persian) == 1
    assert texts.title(fa, economy) in persian[0] and "۱۴:۰۰" in persian[0]
    assert economy.room["fa"] in persian[0]

    # Running again, as the periodic sweep does, sends nothing more; nobody else heard a thing.
    assert (await run_reminders(khazar)).reminders == 0
    await settle(khazar)
    assert len(reminders_to(khazar.telegram, 501, "⏰")) == 1
    assert len(reminders_to(khazar.bale, 502, "⏰")) == 1
    assert reminders_to(khazar.telegram, 503, "⏰") == []


async def test_sessions_for_everyone_remind_every_registered_delegate(khazar: Khazar):
    await import_agenda(khazar)
    await register(khazar, khazar.telegram, 511, "astrakhan-02", "ru")
    await register(khazar, khazar.bale, 512, "gilan-02", "fa")
    opening = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)  # 09:00 in Rasht
    khazar.clock.set(opening - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 2
    await khazar.telegram.wait_for(
        "sendMessage", chat_id=511, predicate=lambda r: "⏰" in str(r.params.get("text"))
    )
    await khazar.bale.wait_for(
        "sendMessage", chat_id=512, predicate=lambda r: "⏰" in str(r.params.get("text"))
    )
    opening_session = await khazar.services.changes.session_by_key(
        khazar.services.event.id, "opening"
    )
    assert opening_session.titles["ru"] in reminders_to(khazar.telegram, 511, "⏰")[0]
    assert opening_session.titles["fa"] in reminders_to(khazar.bale, 512, "⏰")[0]


async def test_a_restart_between_scheduling_and_the_due_time_sends_the_reminder_once(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock
):
    settings = khazar_settings(tmp_path, telegram_api, bale_api)
    clock.set(ECONOMY_STARTS - timedelta(hours=2))
    async with running_khazar(settings, telegram_api, bale_api, clock) as first:
        await import_agenda(first)
        await register(first, telegram_api, 521, "dagestan-01", "ru")
        await pick(first, Platform.TELEGRAM, 521, "economy")
        report = await run_reminders(first)
        assert report.next_due == ECONOMY_STARTS - timedelta(minutes=60)
        assert first.app.timer.next_due == report.next_due
    # Down across nothing: back before the due time, then the due time comes.
    async with running_khazar(settings, telegram_api, bale_api, clock) as second:
        clock.set(ECONOMY_STARTS - timedelta(minutes=15))
        await run_reminders(second)
        await run_reminders(second)
        await telegram_api.wait_for(
            "sendMessage", chat_id=521, predicate=lambda r: "⏰" in str(r.params.get("text"))
        )
        await settle(second)
        assert len(reminders_to(telegram_api, 521, "⏰")) == 1
    async with running_khazar(settings, telegram_api, bale_api, clock) as third:
        # The start runs the reminders itself; the one sent is not sent again.
        await run_reminders(third)
        await settle(third)
        assert len(reminders_to(telegram_api, 521, "⏰")) == 1


async def test_after_downtime_a_missed_reminder_goes_if_its_session_has_not_begun(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock
):
    settings = khazar_settings(tmp_path, telegram_api, bale_api)
    clock.set(ECONOMY_STARTS - timedelta(hours=2))
    async with running_khazar(settings, telegram_api, bale_api, clock) as first:
        await import_agenda(first)
        await register(first, telegram_api, 531, "kalmykia-01", "ru")
        await pick(first, Platform.TELEGRAM, 531, "economy")  # 14:00–16:00
        await pick(first, Platform.TELEGRAM, 531, "environment")  # 16:30–18:00
        await run_reminders(first)
    # Down from two hours before the economy panel until 16:25, five minutes before the
    # environment panel: the economy reminder fell due and its session began meanwhile, so it
    # is dropped; the environment reminder fell due at 16:15 and still makes sense.
    clock.set(datetime(2025, 11, 18, 12, 55, tzinfo=UTC))
    async with running_khazar(settings, telegram_api, bale_api, clock) as second:
        await telegram_api.wait_for(
            "sendMessage", chat_id=531, predicate=lambda r: "⏰" in str(r.params.get("text"))
        )
        await run_reminders(second)
        await settle(second)
        ru = second.t("ru")
        sent = reminders_to(telegram_api, 531, "⏰")
        environment = await second.services.changes.session_by_key(
            second.services.event.id, "environment"
        )
        economy = await second.services.changes.session_by_key(second.services.event.id, "economy")
        assert len(sent) == 1
        assert sent[0].startswith(ru("reminder-title", minutes=5, title=environment.titles["ru"]))
        assert economy.titles["ru"] not in sent[0]


async def test_a_moved_session_is_announced_once_to_those_concerned_and_its_reminder_follows(
    khazar: Khazar,
):
    await import_agenda(khazar)
    await register(khazar, khazar.telegram, 541, "astrakhan-01", "ru")
    await register(khazar, khazar.bale, 542, "gilan-01", "fa")
    await register(khazar, khazar.telegram, 543, "baku-01", "az")  # has not picked it
    await pick(khazar, Platform.TELEGRAM, 541, "economy")
    await pick(khazar, Platform.BALE, 542, "economy")
    khazar.clock.set(ECONOMY_STARTS - timedelta(hours=3))
    await run_reminders(khazar)

    officer = khazar.telegram.add_user(4001, "Sara", language_code="en")
    other_officer = khazar.telegram.add_user(4002, "Omid", language_code="en")
    en = khazar.t("en")

    async def propose_and_confirm(command: str) -> None:
        before = len(khazar.telegram.messages_to(TELEGRAM_STAFF_CHAT))
        khazar.telegram.send_text(officer, command, chat=TELEGRAM_STAFF_CHAT)
        await khazar.telegram.wait_for("sendMessage", chat_id=TELEGRAM_STAFF_CHAT, count=before + 1)
        proposal = khazar.telegram.last_message_to(TELEGRAM_STAFF_CHAT)
        assert proposal.text.startswith(en("staff-confirm-title"))
        assert en("staff-confirm-audience", count=2) in proposal.text
        confirm = proposal.callback_data_for(en("staff-confirm-button"))
        # Another staff member cannot confirm someone else's change.
        khazar.telegram.press_button(other_officer, proposal, confirm)
        await khazar.telegram.wait_for(
            "answerCallbackQuery",
            predicate=lambda r: r.params.get("text") == en("staff-change-not-yours"),
        )
        khazar.telegram.press_button(officer, proposal, confirm)
        await khazar.telegram.wait_for("sendMessage", chat_id=TELEGRAM_STAFF_CHAT, count=before + 2)
        assert khazar.telegram.last_message_to(TELEGRAM_STAFF_CHAT).text.startswith("✅")

    khazar.telegram.clear_requests()
    await propose_and_confirm("/move economy 17:00")
    khazar.clock.advance(seconds=30)
    await propose_and_confirm("/room economy Hall D")
    # Within the merge window nothing has gone out yet.
    await settle(khazar)
    assert not [t for t in khazar.telegram.texts_to(541) if "📢" in t]

    khazar.clock.advance(seconds=120)
    khazar.services.wake_senders()
    await khazar.telegram.wait_for(
        "sendMessage", chat_id=541, predicate=lambda r: "📢" in str(r.params.get("text"))
    )
    await khazar.bale.wait_for(
        "sendMessage", chat_id=542, predicate=lambda r: "📢" in str(r.params.get("text"))
    )
    await settle(khazar)
    ru = khazar.t("ru")
    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    zone = khazar.services.changes.zone
    notices = [t for t in khazar.telegram.texts_to(541) if "📢" in t]
    assert len(notices) == 1
    assert ru("change-title", title=economy.titles["ru"]) in notices[0]
    assert "14:00–16:00" in notices[0] and "17:00–19:00" in notices[0]
    assert ru("change-room", old="Главный зал администрации Гиляна", new="Hall D") in notices[0]
    persian = [t for t in khazar.bale.texts_to(542) if "📢" in t]
    assert len(persian) == 1 and "۱۷:۰۰" in persian[0] and "۱۴:۰۰" in persian[0]
    assert khazar.bale.texts_to(543) == [] and not [
        t for t in khazar.telegram.texts_to(543) if "📢" in t
    ]
    assert texts.when(ru, economy, zone, day=False).startswith("17:00")

    # The reminder follows: nothing at the old time, one at the new.
    khazar.clock.set(ECONOMY_STARTS - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 0
    khazar.clock.set(economy.starts_at - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 2
    await khazar.telegram.wait_for(
        "sendMessage", chat_id=541, predicate=lambda r: "⏰" in str(r.params.get("text"))
    )
    await settle(khazar)
    assert len(reminders_to(khazar.telegram, 541, "⏰")) == 1
    assert "17:00" in reminders_to(khazar.telegram, 541, "⏰")[0]


async def test_a_change_moved_back_within_the_window_tells_nobody(khazar: Khazar):
    await import_agenda(khazar)
    await register(khazar, khazar.bale, 551, "mazandaran-01", "fa")
    await pick(khazar, Platform.BALE, 551, "transit")
    services = khazar.services
    staff = khazar.bale.add_user(4101, "Reza", language_code="fa")
    by = Identity(Platform.BALE, staff.id)
    first = await services.changes.propose_move(services.event.id, by, "transit", "15:00")
    assert (await services.changes.confirm(services.event.id, first.id, by)).notified == 1
    back = await services.changes.propose_move(services.event.id, by, "transit", "14:00")
    assert (await services.changes.confirm(services.event.id, back.id, by)).notified == 0
    khazar.clock.advance(seconds=300)
    services.wake_senders()
    await settle(khazar)
    assert [t for t in khazar.bale.texts_to(551) if "📢" in t] == []


async def test_a_cancelled_session_is_announced_and_reminds_nobody(khazar: Khazar):
    await import_agenda(khazar)
    await register(khazar, khazar.bale, 561, "golestan-01", "fa")
    await pick(khazar, Platform.BALE, 561, "environment")
    officer = khazar.bale.add_user(4201, "Sara", language_code="fa")
    fa = khazar.t("fa")
    khazar.bale.send_text(officer, "/cancel environment", chat=BALE_STAFF_CHAT)
    await khazar.bale.wait_for("sendMessage", chat_id=BALE_STAFF_CHAT)
    proposal = khazar.bale.last_message_to(BALE_STAFF_CHAT)
    confirm = proposal.callback_data_for(fa("staff-confirm-button"))
    khazar.bale.press_button(officer, proposal, confirm)
    await khazar.bale.wait_for("sendMessage", chat_id=BALE_STAFF_CHAT, count=2)
    # A second press of the same (now stale) button changes nothing.
    khazar.bale.press_button(officer, proposal, confirm)
    await khazar.bale.wait_for(
        "answerCallbackQuery",
        predicate=lambda r: r.params.get("text") == fa("staff-change-decided"),
    )
    khazar.clock.advance(seconds=180)
    khazar.services.wake_senders()
    await khazar.bale.wait_for(
        "sendMessage", chat_id=561, predicate=lambda r: "❌" in str(r.params.get("text"))
    )
    environment = await khazar.services.changes.session_by_key(
        khazar.services.event.id, "environment"
    )
    notices = [t for t in khazar.bale.texts_to(561) if "❌" in t]
    assert notices[0].startswith(fa("change-cancelled", title=environment.titles["fa"]))
    khazar.clock.set(environment.starts_at - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 0


async def test_staff_get_a_clear_answer_for_every_bad_change(khazar: Khazar):
    await import_agenda(khazar)
    officer = khazar.telegram.add_user(4301, "Sara", language_code="en")
    en = khazar.t("en")
    cases = [
        ("/move", en("staff-move-usage")),
        ("/move economy", en("staff-move-usage")),
        ("/move keynote 10:00", en("staff-session-unknown", key="keynote")),
        ("/move economy 25:99", en("staff-time-invalid", text="25:99")),
        ("/move economy 14:00", en("staff-no-change")),
        ("/room economy " + "x" * 200, en("staff-room-too-long", max=120)),
        ("/cancel", en("staff-cancel-usage")),
    ]
    for number, (command, answer) in enumerate(cases, start=1):
        khazar.telegram.send_text(officer, command, chat=TELEGRAM_STAFF_CHAT)
        await khazar.telegram.wait_for("sendMessage", chat_id=TELEGRAM_STAFF_CHAT, count=number)
        assert khazar.telegram.last_message_to(TELEGRAM_STAFF_CHAT).text == answer, command
    # Nothing changed, and a delegate's private chat does not take staff commands.
    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    assert economy.starts_at == ECONOMY_STARTS and not economy.cancelled
    delegate = khazar.telegram.add_user(4302, "Ivan", language_code="en")
    khazar.telegram.send_text(delegate, "/cancel economy")
    await khazar.telegram.wait_for("sendMessage", chat_id=4302)
    assert khazar.telegram.texts_to(4302) == [en("unknown-command")]


async def test_the_morning_briefing_lists_each_delegates_day_for_those_who_keep_it(
    khazar: Khazar,
):
    await import_agenda(khazar)
    await register(khazar, khazar.telegram, 571, "astrakhan-01", "ru")
    await register(khazar, khazar.telegram, 572, "astrakhan-02", "ru")
    await pick(khazar, Platform.TELEGRAM, 571, "transit")
    await khazar.services.programme.set_briefing(
        await delegate_id(khazar, Platform.TELEGRAM, 572), False
    )
    ru = khazar.t("ru")
    eight = datetime(2025, 11, 18, 4, 30, tzinfo=UTC)  # 08:00 in Rasht
    khazar.clock.set(eight - timedelta(seconds=1))
    assert (await run_reminders(khazar)).briefings == 0
    khazar.clock.set(eight)
    assert (await run_reminders(khazar)).briefings == 1
    await khazar.telegram.wait_for(
        "sendMessage", chat_id=571, predicate=lambda r: "☀️" in str(r.params.get("text"))
    )
    await settle(khazar)
    briefing = [t for t in khazar.telegram.texts_to(571) if t.startswith("☀️")]
    assert len(briefing) == 1
    lines = briefing[0].splitlines()
    assert lines[0] == ru("briefing-title", day=date(2025, 11, 18))
    # The opening, the general panel (for everyone) and their own pick, in order.
    assert [line.split(" ", 1)[0] for line in lines[1:]] == [
        "09:00–10:00",
        "10:30–12:30",
        "14:00–16:00",
    ]
    assert [t for t in khazar.telegram.texts_to(572) if t.startswith("☀️")] == []
    # Past the window (the bot was down all morning), no briefing comes in the afternoon.
    khazar.clock.set(datetime(2025, 11, 19, 9, 0, tzinfo=UTC))
    assert (await run_reminders(khazar)).briefings == 0


async def test_reminders_through_429s_and_a_blocked_person_lose_nothing_and_duplicate_nothing(
    khazar: Khazar,
):
    await import_agenda(khazar)
    people = [(601, "gilan-02"), (602, "mazandaran-02"), (603, "hormozgan-01")]
    for user_id, ref in people:
        await register(khazar, khazar.telegram, user_id, ref, "fa")
    await register(khazar, khazar.bale, 604, "sistan-baluchestan-01", "fa")
    khazar.telegram.block_user(603)
    khazar.telegram.inject_fault("sendMessage", Fault.too_many_requests(retry_after=1), times=2)
    khazar.bale.inject_fault("sendMessage", Fault.too_many_requests(), times=1)
    opening = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
    khazar.clock.set(opening - timedelta(minutes=15))
    assert (await run_reminders(khazar)).reminders == 4

    async def let_time_pass() -> None:
        for _ in range(40):
            await asyncio.sleep(0.25)
            khazar.clock.advance(seconds=2)

    ticking = asyncio.create_task(let_time_pass())
    for user_id in (601, 602):
        await khazar.telegram.wait_for(
            "sendMessage",
            chat_id=user_id,
            timeout=10,
            predicate=lambda r: r.ok and "⏰" in str(r.params.get("text")),
        )
    await khazar.bale.wait_for(
        "sendMessage",
        chat_id=604,
        timeout=10,
        predicate=lambda r: r.ok and "⏰" in str(r.params.get("text")),
    )
    await settle(khazar)
    ticking.cancel()
    for user_id in (601, 602):
        assert len(reminders_to(khazar.telegram, user_id, "⏰")) == 1
    assert len(reminders_to(khazar.bale, 604, "⏰")) == 1
    assert reminders_to(khazar.telegram, 603, "⏰") == []
    async with khazar.services.db.reading() as uow:
        statuses = dict(
            (
                await uow.session.execute(
                    select(Delivery.chat_id, Delivery.status).where(Delivery.kind == "reminder")
                )
            ).all()
        )
    assert statuses == {
        601: DeliveryStatus.SENT,
        602: DeliveryStatus.SENT,
        603: DeliveryStatus.BLOCKED,
        604: DeliveryStatus.SENT,
    }
