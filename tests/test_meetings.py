"""Bilateral meetings end to end: a Bale delegation and a Telegram delegation, the real bot
against the fake servers, the staff group on both; and the race for a slot on SQLite and
PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import select

from bot.platforms import Identity, Platform
from bot.services.meetings import Refusal, answer_data, slot_number
from bot.services.registration import Contact
from bot.storage.models import Meeting, MeetingStatus
from bot.transport.callbacks import MeetingAnswer, MeetingStaff, MeetStep
from tests.conftest import (
    BALE_STAFF_CHAT,
    TELEGRAM_STAFF_CHAT,
    Khazar,
    khazar_settings,
    running_khazar,
)
from tests.fakebotapi import FakeBotAPI
from tests.test_agenda_pages import answer_to
from tests.test_reminders import import_agenda, register, run_reminders, settle

RASHT = ZoneInfo("Asia/Tehran")
# 18 November, 19:00 and 19:30 in Rasht: free for everyone (the evening of the first day).
SEVEN_PM = datetime(2025, 11, 18, 19, 0, tzinfo=RASHT)
HALF_PAST_SEVEN = datetime(2025, 11, 18, 19, 30, tzinfo=RASHT)


def plain(text: str) -> str:
    """Persian text without the isolation marks around formatted values."""
    return text.replace("\u2068", "").replace("\u2069", "")


async def delegates_of(khazar: Khazar, platform: Platform, user_id: int):  # type: ignore[no-untyped-def]
    contact = Contact(Identity(platform, user_id), user_id, "", None, None)
    viewer = await khazar.services.registration.viewer(contact)
    assert viewer.delegate is not None
    return viewer.delegate


async def meeting_row(khazar: Khazar) -> SimpleNamespace:
    """The latest meeting, as plain values (rows expire when their session closes)."""
    async with khazar.services.db.reading() as uow:
        row = await uow.session.scalar(select(Meeting).order_by(Meeting.id.desc()))
        assert row is not None
        return SimpleNamespace(
            id=row.id, status=row.status, starts_at=row.starts_at, version=row.version
        )


async def turn(api: FakeBotAPI, person, page, label: str):  # type: ignore[no-untyped-def]
    """Press the button labelled `label` on a page the bot edits in place; the page after."""
    edits = len(api.requests_for("editMessageText", chat_id=page.chat_id))
    api.press_button(person, page, page.callback_data_for(label))
    await api.wait_for("editMessageText", chat_id=page.chat_id, count=edits + 1)
    return api.last_message_to(page.chat_id)


async def new_messages(api: FakeBotAPI, chat_id: int, marker: str, count: int = 1) -> list[str]:
    """Texts sent (or pages turned to) in the chat that contain `marker`."""
    found = await api.wait_for(
        chat_id=chat_id,
        count=count,
        predicate=lambda r: (
            r.method in {"sendMessage", "editMessageText"} and marker in str(r.params.get("text"))
        ),
    )
    return [str(r.params["text"]) for r in found]


async def test_a_bale_delegation_asks_a_telegram_delegation_and_the_meeting_is_confirmed(
    khazar: Khazar,
):
    await import_agenda(khazar)
    governor = await register(khazar, khazar.bale, 901, "mazandaran-01", "fa")
    head = await register(khazar, khazar.telegram, 902, "astrakhan-01", "ru")
    liaison = await register(khazar, khazar.telegram, 903, "astrakhan-02", "ru")
    fa, ru = khazar.t("fa"), khazar.t("ru")
    staff_t = khazar.t("fa")
    bale, telegram = khazar.bale, khazar.telegram
    bale.clear_requests()

    # The governor of Mazandaran asks, tapping through the pages in Persian.
    bale.send_text(governor, "/meet")
    page = await answer_to(bale, 901, 1)
    assert page.text == fa("meet-choose-country")
    page = await turn(bale, governor, page, fa("country-name", code="RU"))
    page = await turn(bale, governor, page, "آستراخان")
    assert page.text == fa("meet-choose-topic", delegation="آستراخان")
    page = await turn(bale, governor, page, fa("meeting-topic-name", topic="transit"))
    # 09:00–10:00 and 10:30–12:30 are the opening and the general panel: not offered.
    labels = [b["text"] for b in page.buttons]
    assert fa("meet-slot-button", time=datetime(2025, 11, 18, 9, 0, tzinfo=RASHT)) not in labels
    assert fa("meet-slot-button", time=datetime(2025, 11, 18, 11, 0, tzinfo=RASHT)) not in labels
    assert fa("meet-slot-button", time=SEVEN_PM) in labels
    for moment in (SEVEN_PM, HALF_PAST_SEVEN):
        page = await turn(bale, governor, page, fa("meet-slot-button", time=moment))
        assert "✓ " + fa("meet-slot-button", time=moment) in [b["text"] for b in page.buttons]
    page = await turn(bale, governor, page, fa("meet-done-button"))
    assert page.text == fa("meet-write-note", most=300)
    bale.send_text(governor, "دربارهٔ خط کشتیرانی انزلی–آستاراخان")
    await new_messages(bale, 901, fa("meet-summary", delegation="آستراخان"))
    summary = bale.last_message_to(901)
    bale.press_button(governor, summary, summary.callback_data_for(fa("meet-send-button")))
    await new_messages(bale, 901, "📨")

    # Both who answer for Astrakhan get it in Russian, with a button per proposed time.
    requests = {chat: (await new_messages(telegram, chat, "🤝"))[0] for chat in (902, 903)}
    for text in requests.values():
        assert text.startswith(ru("meeting-request", delegation="Мазендеран"))
        assert ru("meeting-note", note="دربارهٔ خط کشتیرانی انزلی–آستاراخان") in text
    request = telegram.last_message_to(903)
    accept = request.callback_data_for(
        ru("meeting-accept", day=HALF_PAST_SEVEN, time=HALF_PAST_SEVEN)
    )
    telegram.press_button(liaison, request, accept)
    await telegram.wait_for(
        "answerCallbackQuery", predicate=lambda r: r.params.get("text") == ru("meeting-done")
    )
    # The head's copy is now handled; pressing it says by whom.
    own_copy = telegram.last_message_to(902)
    telegram.press_button(head, own_copy, own_copy.callback_data_for(ru("meeting-counter-button")))
    liaison_name = (await delegates_of(khazar, Platform.TELEGRAM, 903)).full_name
    await telegram.wait_for(
        "answerCallbackQuery",
        predicate=lambda r: r.params.get("text") == ru("meeting-handled-by", name=liaison_name),
    )

    confirmed_fa = (await new_messages(bale, 901, "✅"))[-1]
    assert confirmed_fa.startswith(fa("meeting-confirmed", delegation="آستراخان"))
    assert "۱۹:۳۰" in plain(confirmed_fa)
    for chat in (902, 903):
        (confirmed_ru,) = await new_messages(telegram, chat, "✅")
        assert confirmed_ru.startswith(ru("meeting-confirmed", delegation="Мазендеран"))
        assert "19:30–20:00" in confirmed_ru and ru("meeting-room-pending") in confirmed_ru

    # The protocol office is asked for a room, on both messengers, told the interpreting.
    (staff_note,) = await new_messages(telegram, TELEGRAM_STAFF_CHAT, "🤝")
    assert staff_t("staff-meeting-interpreter", languages="fa ↔ ru") in staff_note
    await new_messages(bale, BALE_STAFF_CHAT, "🤝")
    officer = telegram.add_user(4401, "Sara", language_code="fa")
    room_request = telegram.last_message_to(TELEGRAM_STAFF_CHAT)
    rooms = khazar.services.settings.meetings.rooms
    telegram.press_button(officer, room_request, room_request.callback_data_for(rooms[0]))
    for chat in (902, 903):
        (room_notice,) = await new_messages(telegram, chat, rooms[0])
        assert room_notice.startswith(ru("meeting-room", delegation="Мазендеран"))
    (room_fa,) = await new_messages(bale, 901, rooms[0])
    assert room_fa.startswith(fa("meeting-room", delegation="آستراخان"))

    # The meeting is in /my and in the calendar file, and reminds both sides.
    bale.send_text(governor, "/my")
    await new_messages(bale, 901, fa("my-title"))
    my = bale.last_message_to(901)
    title_fa = fa("meeting-title", delegation="آستراخان")
    assert title_fa in my.text
    bale.press_button(governor, my, my.callback_data_for(fa("my-calendar-button")))
    await bale.wait_for("sendDocument", chat_id=901)
    calendar = Calendar.from_ical(bale.last_message_to(901).file.data)
    (meeting_event,) = [e for e in calendar.walk("VEVENT") if str(e["summary"]) == title_fa]
    assert meeting_event.decoded("dtstart") == HALF_PAST_SEVEN.astimezone(UTC)
    assert str(meeting_event["location"]) == rooms[0]
    assert meeting_event.walk("VALARM")

    khazar.clock.set(HALF_PAST_SEVEN - timedelta(minutes=15))
    await run_reminders(khazar)
    (reminder_ru,) = await new_messages(telegram, 902, "⏰")
    assert reminder_ru.startswith(
        ru("reminder-title", minutes=15, title=ru("meeting-title", delegation="Мазендеран"))
    )
    assert rooms[0] in reminder_ru
    await new_messages(bale, 901, "⏰")


async def test_a_counter_proposal_is_accepted_and_a_second_request_is_declined(khazar: Khazar):
    await import_agenda(khazar)
    gilan_user = await register(khazar, khazar.bale, 911, "gilan-01", "fa")
    baku = await register(khazar, khazar.telegram, 912, "baku-01", "az")
    services = khazar.services
    gilan = await delegates_of(khazar, Platform.BALE, 911)
    az, fa = khazar.t("az"), khazar.t("fa")
    baku_delegation = (await delegates_of(khazar, Platform.TELEGRAM, 912)).delegation
    baku_id = baku_delegation.id
    first = await services.meetings.request(
        services.event.id, gilan, baku_id, "economy", [SEVEN_PM.astimezone(UTC)], ""
    )
    assert first.ok
    # A second request between the same two delegations waits for the first.
    again = await services.meetings.request(
        services.event.id, gilan, baku_id, "culture", [HALF_PAST_SEVEN.astimezone(UTC)], ""
    )
    assert again.refusal is Refusal.ALREADY_OPEN
    services.wake_senders()
    await new_messages(khazar.telegram, 912, "🤝")
    request = khazar.telegram.last_message_to(912)
    khazar.telegram.press_button(
        baku, request, request.callback_data_for(az("meeting-counter-button"))
    )
    await new_messages(khazar.telegram, 912, az("meet-choose-slots", most=3))
    picker = khazar.telegram.last_message_to(912)
    picker = await turn(khazar.telegram, baku, picker, az("meet-slot-button", time=HALF_PAST_SEVEN))
    picker = await turn(khazar.telegram, baku, picker, az("meet-done-button"))
    await new_messages(khazar.telegram, 912, "📨")

    (counter,) = await new_messages(khazar.bale, 911, "🔁")
    assert counter.startswith(fa("meeting-counter", delegation=baku_delegation.names["fa"]))
    offer = khazar.bale.last_message_to(911)
    assert len([b for b in offer.buttons if b["text"].startswith("✅")]) == 1
    khazar.bale.press_button(gilan_user, offer, offer.buttons[0]["callback_data"])
    await new_messages(khazar.bale, 911, "✅")
    (confirmed,) = await new_messages(khazar.telegram, 912, "✅")
    assert confirmed.startswith(az("meeting-confirmed", delegation=gilan.delegation.names["az"]))
    assert "19:30" in confirmed
    row = await meeting_row(khazar)
    assert row.status is MeetingStatus.CONFIRMED
    assert row.starts_at == HALF_PAST_SEVEN.astimezone(UTC)

    # Another request, from Gilan to Baku again, now declined with a reason.
    second = await services.meetings.request(
        services.event.id, gilan, baku_id, "culture", [SEVEN_PM.astimezone(UTC)], ""
    )
    assert second.ok
    services.wake_senders()
    await new_messages(khazar.telegram, 912, "🤝", count=2)
    request = khazar.telegram.last_message_to(912)
    khazar.telegram.press_button(
        baku, request, request.callback_data_for(az("meeting-decline-button"))
    )
    await new_messages(khazar.telegram, 912, az("meet-write-reason", most=300)[:20])
    khazar.telegram.send_text(baku, "Qubernator həmin axşam Bakıya qayıdır")
    await new_messages(khazar.telegram, 912, az("meet-declined"))
    (declined,) = await new_messages(
        khazar.bale, 911, fa("meeting-declined", delegation=baku_delegation.names["fa"])[:10]
    )
    assert fa("meeting-reason", reason="Qubernator həmin axşam Bakıya qayıdır") in declined


async def test_in_protocol_mode_staff_approve_one_request_and_reject_another(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock
):
    settings = khazar_settings(tmp_path, telegram_api, bale_api, meetings={"protocol_mode": True})
    async with running_khazar(settings, telegram_api, bale_api, clock) as khazar:
        await import_agenda(khazar)
        await register(khazar, bale_api, 921, "golestan-01", "fa")
        await register(khazar, telegram_api, 922, "dagestan-01", "ru")
        await register(khazar, telegram_api, 923, "kalmykia-01", "ru")
        services = khazar.services
        golestan = await delegates_of(khazar, Platform.BALE, 921)
        dagestan_id = (await delegates_of(khazar, Platform.TELEGRAM, 922)).delegation.id
        kalmykia = (await delegates_of(khazar, Platform.TELEGRAM, 923)).delegation
        kalmykia_id = kalmykia.id
        fa = khazar.t("fa")
        for target in (dagestan_id, kalmykia_id):
            result = await services.meetings.request(
                services.event.id, golestan, target, "environment", [SEVEN_PM.astimezone(UTC)], ""
            )
            assert result.ok and result.meeting.status is MeetingStatus.AWAITING_STAFF
        services.wake_senders()
        staff_requests = await new_messages(telegram_api, TELEGRAM_STAFF_CHAT, "🛂", count=2)
        assert staff_requests[0].startswith(
            fa("staff-meeting-request", requester="گلستان", target="داغستان")
        )
        # Nothing has reached the delegations yet.
        assert telegram_api.texts_to(922)[-1].find("🤝") == -1
        officer = telegram_api.add_user(4501, "Sara", language_code="fa")
        first, second = telegram_api.messages_to(TELEGRAM_STAFF_CHAT)[-2:]
        telegram_api.press_button(
            officer, first, first.callback_data_for(fa("staff-meeting-approve"))
        )
        await new_messages(telegram_api, 922, "🤝")
        telegram_api.press_button(
            officer, second, second.callback_data_for(fa("staff-meeting-reject"))
        )
        await new_messages(
            telegram_api, TELEGRAM_STAFF_CHAT, fa("staff-meeting-reason", name="Sara")[:10]
        )
        telegram_api.send_text(officer, "برنامهٔ استاندار کالمیکیا پر است", chat=TELEGRAM_STAFF_CHAT)
        await new_messages(
            telegram_api, TELEGRAM_STAFF_CHAT, fa("staff-meeting-rejected", name="Sara")
        )
        (rejected,) = await new_messages(
            bale_api, 921, fa("meeting-rejected", delegation=kalmykia.names["fa"])
        )
        assert "برنامهٔ استاندار کالمیکیا پر است" in rejected
        await settle(khazar)
        assert not [t for t in telegram_api.texts_to(923) if "🤝" in t]
        # Approving the rejected one from the old message changes nothing.
        telegram_api.press_button(
            officer,
            second,
            MeetingStaff(action="approve", id=(await meeting_row(khazar)).id, version=1).pack(),
        )
        await telegram_api.wait_for(
            "answerCallbackQuery",
            predicate=lambda r: r.params.get("text") == fa("meeting-handled-by", name="Sara"),
        )
        assert (await meeting_row(khazar)).status is MeetingStatus.REJECTED


async def test_wrong_people_old_buttons_and_forged_ids_are_refused_and_change_nothing(
    khazar: Khazar,
):
    await import_agenda(khazar)
    head = await register(khazar, khazar.bale, 931, "mazandaran-01", "fa")
    member = await register(khazar, khazar.bale, 932, "mazandaran-02", "fa")
    stranger = await register(khazar, khazar.telegram, 933, "baku-01", "az")
    atyrau = await register(khazar, khazar.telegram, 934, "atyrau-01", "kk")
    services = khazar.services
    asker = await delegates_of(khazar, Platform.TELEGRAM, 934)
    mazandaran_id = (await delegates_of(khazar, Platform.BALE, 931)).delegation.id
    result = await services.meetings.request(
        services.event.id, asker, mazandaran_id, "economy", [SEVEN_PM.astimezone(UTC)], ""
    )
    meeting = result.meeting
    services.wake_senders()
    await new_messages(khazar.bale, 931, "🤝")
    # Only the head answers for Mazandaran: the member gets nothing to answer.
    await settle(khazar)
    assert not [t for t in khazar.bale.texts_to(932) if "🤝" in t]
    fa, az, kk = khazar.t("fa"), khazar.t("az"), khazar.t("kk")
    slot = slot_number(SEVEN_PM)
    cases = [
        (
            khazar.bale,
            member,
            932,
            answer_data("accept", meeting.id, 1, slot),
            fa("meeting-not-yours"),
        ),
        (
            khazar.telegram,
            stranger,
            933,
            answer_data("accept", meeting.id, 1, slot),
            az("meeting-not-yours"),
        ),
        # The asking side cannot accept its own request.
        (
            khazar.telegram,
            atyrau,
            934,
            answer_data("accept", meeting.id, 1, slot),
            kk("meeting-not-yours"),
        ),
        (khazar.bale, member, 932, answer_data("accept", 99999, 1, slot), fa("stale-button")),
        (khazar.bale, member, 932, "ma:accept:x:1:0", fa("stale-button")),
        (khazar.bale, member, 932, MeetStep(step="send").pack(), fa("stale-button")),
    ]
    for api, person, chat, data, expected in cases:
        await api.wait_for("sendMessage", chat_id=chat)
        anchor = api.last_message_to(chat)
        api.press_button(person, anchor, data)
        await api.wait_for(
            "answerCallbackQuery", predicate=lambda r, e=expected: r.params.get("text") == e
        )
    request = khazar.bale.last_message_to(931)
    # A time that was not proposed, forged onto the head's own button.
    forged = MeetingAnswer(action="accept", id=meeting.id, version=1, slot=slot + 30).pack()
    khazar.bale.press_button(head, request, forged)
    await khazar.bale.wait_for(
        "answerCallbackQuery", predicate=lambda r: r.params.get("text") == fa("meet-slots-gone")
    )
    row = await meeting_row(khazar)
    assert (row.status, row.version) == (MeetingStatus.PROPOSED, 1)


async def test_a_request_nobody_answers_is_nudged_once_then_expires(khazar: Khazar):
    await import_agenda(khazar)
    await register(khazar, khazar.telegram, 941, "mangystau-01", "kk")
    await register(khazar, khazar.telegram, 942, "balkan-01", "tk")
    services = khazar.services
    asker = await delegates_of(khazar, Platform.TELEGRAM, 941)
    balkan = (await delegates_of(khazar, Platform.TELEGRAM, 942)).delegation
    balkan_id = balkan.id
    khazar.clock.set(datetime(2025, 11, 18, 6, 0, tzinfo=UTC))
    result = await services.meetings.request(
        services.event.id, asker, balkan_id, "transit", [SEVEN_PM.astimezone(UTC)], ""
    )
    expires = result.meeting.expires_at
    assert expires == SEVEN_PM.astimezone(UTC)  # before the 24 hours, at its earliest slot
    services.wake_senders()
    await new_messages(khazar.telegram, 942, "🤝")
    tk, kk = khazar.t("tk"), khazar.t("kk")
    khazar.clock.set(expires - timedelta(minutes=121))
    await run_reminders(khazar)
    khazar.clock.set(expires - timedelta(minutes=120))
    await run_reminders(khazar)
    await run_reminders(khazar)
    (nudge,) = await new_messages(khazar.telegram, 942, "⏳")
    assert nudge.startswith(tk("meeting-nudge", delegation=asker.delegation.names["tk"]))
    khazar.clock.set(expires)
    await run_reminders(khazar)
    (expired,) = await new_messages(khazar.telegram, 941, "⌛")
    assert expired == kk("meeting-expired", delegation=balkan.names["kk"])
    await settle(khazar)
    assert len([t for t in khazar.telegram.texts_to(942) if "⏳" in t]) == 1
    assert (await meeting_row(khazar)).status is MeetingStatus.EXPIRED


async def test_two_delegations_accepting_the_same_slot_at_once_exactly_one_wins(backend):
    services, codes = backend
    people = {}
    for user_id, ref in ((951, "mazandaran-01"), (952, "astrakhan-01"), (953, "baku-01")):
        identity = Identity(Platform.TELEGRAM, user_id)
        await services.registration.viewer(Contact(identity, user_id, ref, None, "ru"))
        people[ref] = (await services.registration.redeem(identity, codes[ref])).viewer.delegate
    await services.agenda.import_toml(
        services.event.id,
        "agenda.toml",
        (Path(__file__).parents[1] / "samples" / "agenda.toml").read_text("utf-8"),
    )
    slot = SEVEN_PM.astimezone(UTC)
    asker = people["mazandaran-01"]
    requests = [
        await services.meetings.request(
            services.event.id, asker, people[ref].delegation.id, "economy", [slot], ""
        )
        for ref in ("astrakhan-01", "baku-01")
    ]
    answers = await asyncio.gather(
        *(
            services.meetings.accept(
                services.event.id, r.meeting.id, r.meeting.version, slot_number(slot), people[ref]
            )
            for r, ref in zip(requests, ("astrakhan-01", "baku-01"), strict=True)
        )
    )
    assert sorted(a.refusal is None for a in answers) == [False, True]
    loser = next(a for a in answers if not a.ok)
    assert loser.refusal is Refusal.SLOT_TAKEN
    async with services.db.reading() as uow:
        statuses = sorted(
            (await uow.session.scalars(select(Meeting.status).order_by(Meeting.id))).all()
        )
    assert statuses == sorted([MeetingStatus.CONFIRMED, MeetingStatus.PROPOSED])
    # Mazandaran's slot is taken now; it is no longer offered to either.
    free = await services.meetings.free_slots(
        services.event.id, asker.delegation.id, people["baku-01"].delegation.id
    )
    assert slot not in free


def test_the_services_answer_buttons_parse_as_the_transports_callback_data():
    data = answer_data("accept", 12, 3, slot_number(SEVEN_PM))
    parsed = MeetingAnswer.unpack(data)
    assert (parsed.action, parsed.id, parsed.version, parsed.slot) == (
        "accept",
        12,
        3,
        slot_number(SEVEN_PM),
    )
    assert MeetingStaff.unpack("ms:room:12:4:1").room == 1


async def test_staff_arrange_move_and_cancel_a_meeting_and_both_sides_see_it(khazar: Khazar):
    await import_agenda(khazar)
    baku = await register(khazar, khazar.telegram, 961, "baku-01", "az")
    await register(khazar, khazar.bale, 962, "gilan-01", "fa")
    az, fa, en = khazar.t("az"), khazar.t("fa"), khazar.t("en")
    officer = khazar.telegram.add_user(4601, "Omid", language_code="en")
    staff = TELEGRAM_STAFF_CHAT

    async def staff_says(command: str) -> str:
        before = len(khazar.telegram.requests_for("sendMessage", chat_id=staff))
        khazar.telegram.send_text(officer, command, chat=staff)
        found = await khazar.telegram.wait_for("sendMessage", chat_id=staff, count=before + 1)
        return str(found[before].params["text"])

    assert await staff_says("/meeting baku") == en("staff-meeting-usage")
    assert await staff_says("/meeting baku nowhere 19:00") == en("meet-no-delegation")
    assert await staff_says("/meeting baku gilan 11:00") == en("staff-meeting-bad-time")
    done = await staff_says("/meeting baku gilan 2025-11-18 19:00")
    meeting = await meeting_row(khazar)
    assert done == en("staff-meeting-done", id=meeting.id)
    gilan_names = (await delegates_of(khazar, Platform.BALE, 962)).delegation.names
    baku_names = (await delegates_of(khazar, Platform.TELEGRAM, 961)).delegation.names
    (told_az,) = await new_messages(khazar.telegram, 961, "✅")
    assert told_az.startswith(az("meeting-confirmed", delegation=gilan_names["az"]))
    await new_messages(khazar.bale, 962, "✅")

    moved = await staff_says(f"/meeting_move {meeting.id} 19:30")
    assert moved == en("staff-meeting-done", id=meeting.id)
    (moved_fa,) = await new_messages(khazar.bale, 962, "🔁")
    assert "۱۹:۳۰" in plain(moved_fa)
    assert (await meeting_row(khazar)).starts_at == HALF_PAST_SEVEN.astimezone(UTC)

    # Staff today's list, on the summit's first day.
    khazar.clock.set(datetime(2025, 11, 18, 8, 0, tzinfo=UTC))
    listing = await staff_says("/meetings")
    assert listing.startswith(en("staff-meetings-title", day=date(2025, 11, 18)))
    assert "19:30–20:00" in listing and baku_names["en"] in listing
    assert en("staff-meeting-interpreter", languages="az ↔ fa") in listing

    # The delegation sees it in /meetings and cancels it there; both sides are told.
    khazar.telegram.send_text(baku, "/meetings")
    (overview,) = await new_messages(khazar.telegram, 961, az("meetings-title"))
    assert az("meeting-status", status="confirmed") in overview
    page = khazar.telegram.last_message_to(961)
    khazar.telegram.press_button(
        baku,
        page,
        page.callback_data_for(az("meetings-cancel-button", delegation=gilan_names["az"])),
    )
    baku_name = (await delegates_of(khazar, Platform.TELEGRAM, 961)).full_name
    (cancelled_fa,) = await new_messages(khazar.bale, 962, "❌")
    assert cancelled_fa.startswith(
        fa("meeting-cancelled", delegation=baku_names["fa"], name=baku_name)
    )
    assert (await meeting_row(khazar)).status is MeetingStatus.CANCELLED
    # Staff cancelling is asked first; by now the delegation has cancelled it.
    asked = await staff_says(f"/meeting_cancel {meeting.id}")
    assert asked.startswith(
        en("staff-meeting-cancel-confirm", id=meeting.id, requester="", target="")[:15]
    )
    confirm = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, confirm, confirm.callback_data_for(en("staff-meeting-cancel-yes"))
    )
    await khazar.telegram.wait_for(
        "answerCallbackQuery",
        predicate=lambda r: r.params.get("text") == en("meeting-handled-by", name=baku_name),
    )
