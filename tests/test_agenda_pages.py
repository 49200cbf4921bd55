"""The programme as delegates browse it on their phones: /agenda by day and by track, a
session's card with its ⭐ button, /my with overlaps and its calendar file, /now, /venue and
/settings; and what stale, tampered or unregistered presses get. The real bot against the
fake Telegram and Bale servers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.platforms import Platform
from bot.transport.callbacks import AgendaPage, Preference, SessionCard
from tests.conftest import Khazar
from tests.fakebotapi import FakeBotAPI
from tests.test_reminders import delegate_id, import_agenda, register

DAY_ONE = date(2025, 11, 18)
BAKU = ZoneInfo("Asia/Baku")


async def answer_to(api: FakeBotAPI, chat_id: int, count: int):  # type: ignore[no-untyped-def]
    """The bot's latest message in the chat once it has sent `count` there (new or edited)."""
    await api.wait_for(
        predicate=lambda r: (
            r.method in {"sendMessage", "editMessageText"}
            and r.params.get("chat_id") in (chat_id, str(chat_id))
        ),
        count=count,
    )
    return api.last_message_to(chat_id)


async def test_a_delegate_browses_a_day_opens_a_session_and_adds_it_to_their_agenda(
    khazar: Khazar,
):
    await import_agenda(khazar)
    person = await register(khazar, khazar.telegram, 701, "astrakhan-01", "ru")
    ru = khazar.t("ru")
    api = khazar.telegram
    api.clear_requests()

    api.send_text(person, "/agenda")
    days = await answer_to(api, 701, 1)
    assert days.text == ru("agenda-choose-day", event=khazar.services.summit.names["ru"])
    labels = [b["text"] for b in days.buttons]
    assert labels[:2] == [
        ru("agenda-day-button", day=DAY_ONE),
        ru("agenda-day-button", day=date(2025, 11, 19)),
    ]

    api.press_button(person, days, days.callback_data_for(labels[0]))
    day = await answer_to(api, 701, 2)
    assert day.message_id == days.message_id  # the page turned in place
    lines = day.text.splitlines()
    assert lines[0] == ru("agenda-day-title", day=DAY_ONE)
    # Six sessions on the first day, in order, in Russian, with their rooms.
    assert lines[2].startswith("09:00–10:00 Торжественное открытие") or lines[2].startswith(
        "09:00–10:00"
    )
    assert [line.split(" ", 1)[0] for line in lines[2:8]] == [
        "09:00–10:00",
        "10:30–12:30",
        "14:00–16:00",
        "14:00–16:00",
        "16:30–18:00",
        "19:00–21:00",
    ]
    assert "Главный зал администрации Гиляна" in lines[2]

    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    api.press_button(person, day, day.callback_data_for(economy.titles["ru"]))
    card = await answer_to(api, 701, 3)
    assert card.text.splitlines()[0] == economy.titles["ru"]
    assert "14:00–16:00" in card.text and economy.room["ru"] in card.text
    assert ru("kind-name", kind="economy") in card.text
    api.press_button(person, card, card.callback_data_for(ru("session-add")))
    await api.wait_for(
        "answerCallbackQuery",
        predicate=lambda r: r.params.get("text") == ru("session-added", minutes=15),
    )
    card = await answer_to(api, 701, 4)
    assert ru("session-in-agenda") in card.text
    assert card.buttons[0]["text"] == ru("session-remove")

    # Back to the day: the session now carries its ⭐.
    api.press_button(person, card, card.callback_data_for(ru("agenda-back")))
    day = await answer_to(api, 701, 5)
    assert any(
        line.startswith("14:00–16:00 ⭐ " + economy.titles["ru"]) for line in day.text.splitlines()
    )

    # Pressing "add" again from an old message adds nothing twice.
    api.press_button(person, card, SessionCard(action="add", id=economy.id).pack())
    await api.wait_for("answerCallbackQuery", count=4)
    assert await khazar.services.programme.picked(
        await delegate_id(khazar, Platform.TELEGRAM, 701)
    ) == {economy.id}


async def test_my_agenda_marks_overlaps_and_downloads_as_a_calendar_with_alarms(khazar: Khazar):
    await import_agenda(khazar)
    person = await register(khazar, khazar.bale, 711, "gilan-01", "fa")
    services = khazar.services
    delegate = await delegate_id(khazar, Platform.BALE, 711)
    event_id = services.event.id
    economy = await services.changes.session_by_key(event_id, "economy")
    transit = await services.changes.session_by_key(event_id, "transit")
    for session in (economy, transit):
        await services.programme.add(event_id, delegate, session.id)
    await services.programme.set_lead(delegate, 30)
    fa = khazar.t("fa")
    api = khazar.bale
    api.clear_requests()

    api.send_text(person, "/my")
    page = await answer_to(api, 711, 1)
    text = page.text
    assert text.startswith(fa("my-title"))
    # Persian wraps each formatted time and date in isolation marks (FSI … PDI).
    plain = text.replace("\u2068", "").replace("\u2069", "")
    # The opening, the general panel and the closing are everyone's; the two picks clash.
    for key in ("opening", "general-panel", "economy", "transit", "closing"):
        session = await services.changes.session_by_key(event_id, key)
        assert session.titles["fa"] in text, key
    assert fa("my-overlap", other=transit.titles["fa"]) in text
    assert fa("my-overlap", other=economy.titles["fa"]) in text
    assert "۱۴:۰۰–۱۶:۰۰" in plain and "14:00" not in plain
    assert "۲۷ آبان ۱۴۰۴" in plain  # Solar Hijri

    api.press_button(person, page, page.callback_data_for(fa("my-calendar-button")))
    await api.wait_for("sendDocument", chat_id=711)
    document = api.last_message_to(711)
    assert document.caption == fa("my-calendar-caption", minutes=30)
    calendar = Calendar.from_ical(document.file.data)
    events = calendar.walk("VEVENT")
    assert len(events) == 5
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts[0] == datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
    economy_event = next(e for e in events if str(e["summary"]) == economy.titles["fa"])
    (alarm,) = economy_event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(minutes=-30)


async def test_reminder_settings_are_chosen_with_buttons_and_kept(khazar: Khazar):
    await import_agenda(khazar)
    person = await register(khazar, khazar.telegram, 721, "baku-01", "az")
    az = khazar.t("az")
    api = khazar.telegram
    api.clear_requests()
    api.send_text(person, "/settings")
    page = await answer_to(api, 721, 1)
    assert page.text == az("settings-title", minutes=15)
    assert "✓ " + az("settings-lead", minutes=15) in [b["text"] for b in page.buttons]
    api.press_button(person, page, page.callback_data_for(az("settings-lead", minutes=60)))
    page = await answer_to(api, 721, 2)
    assert page.text == az("settings-title", minutes=60)
    api.press_button(person, page, page.callback_data_for(az("settings-briefing-on")))
    page = await answer_to(api, 721, 3)
    assert az("settings-briefing-off") in [b["text"] for b in page.buttons]
    api.press_button(person, page, page.callback_data_for(az("settings-home-off")))
    page = await answer_to(api, 721, 4)
    prefs = await khazar.services.programme.preferences(
        await delegate_id(khazar, Platform.TELEGRAM, 721)
    )
    assert (prefs.reminder_minutes, prefs.morning_briefing, prefs.home_time) == (60, False, True)
    assert prefs.home_timezone == "Asia/Baku"

    # With home time on, a session card shows Baku time (UTC+4) beside summit time.
    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    api.send_text(person, "/agenda")
    days = await answer_to(api, 721, 5)
    api.press_button(person, days, SessionCard(action="show", id=economy.id).pack())
    card = await answer_to(api, 721, 6)
    assert (
        az(
            "session-home-time",
            start=datetime(2025, 11, 18, 14, 30, tzinfo=BAKU),
            end=datetime(2025, 11, 18, 16, 30, tzinfo=BAKU),
        )
        in card.text
    )


async def test_tampered_stale_and_unregistered_presses_get_a_clear_answer_and_change_nothing(
    khazar: Khazar,
):
    await import_agenda(khazar)
    person = await register(khazar, khazar.telegram, 731, "astrakhan-02", "ru")
    ru = khazar.t("ru")
    api = khazar.telegram
    api.send_text(person, "/agenda")
    days = await answer_to(api, 731, 2)
    forged = [
        AgendaPage(view="day", day=date(2030, 1, 1).toordinal()).pack(),
        AgendaPage(view="day", day=DAY_ONE.toordinal(), page=7).pack(),
        AgendaPage(view="kind", kind=99).pack(),
        AgendaPage(view="secret").pack(),
        SessionCard(action="delete", id=1).pack(),
        Preference(name="lead", value=7).pack(),
        Preference(name="admin", value=1).pack(),
        "ag:day:notanumber:0:0",
        "ses:show",
    ]
    for number, data in enumerate(forged, start=1):
        api.press_button(person, days, data)
        await api.wait_for(
            "answerCallbackQuery", count=number, predicate=lambda r: r.params.get("show_alert")
        )
    alerts = [
        r.params["text"]
        for r in api.requests_for("answerCallbackQuery")
        if r.params.get("show_alert")
    ]
    assert alerts == [ru("stale-button")] * len(forged)
    api.press_button(person, days, SessionCard(action="add", id=99999).pack())
    await api.wait_for(
        "answerCallbackQuery", predicate=lambda r: r.params.get("text") == ru("session-gone")
    )
    prefs = await khazar.services.programme.preferences(
        await delegate_id(khazar, Platform.TELEGRAM, 731)
    )
    assert prefs.reminder_minutes == 15
    assert (
        await khazar.services.programme.picked(await delegate_id(khazar, Platform.TELEGRAM, 731))
        == set()
    )

    stranger = api.add_user(732, "Stranger", language_code="ru")
    api.send_text(stranger, "/agenda")
    await api.wait_for("sendMessage", chat_id=732)
    assert api.texts_to(732) == [ru("agenda-register-first")]


async def test_now_and_next_and_the_venue_pin(khazar: Khazar):
    await import_agenda(khazar)
    person = await register(khazar, khazar.bale, 741, "mazandaran-01", "fa")
    fa = khazar.t("fa")
    api = khazar.bale
    api.clear_requests()
    khazar.clock.set(datetime(2025, 11, 18, 10, 45, tzinfo=UTC))  # 14:15 in Rasht
    api.send_text(person, "/now")
    page = await answer_to(api, 741, 1)
    economy = await khazar.services.changes.session_by_key(khazar.services.event.id, "economy")
    environment = await khazar.services.changes.session_by_key(
        khazar.services.event.id, "environment"
    )
    now_part, next_part = page.text.split(fa("agenda-next-heading"))
    assert economy.titles["fa"] in now_part and environment.titles["fa"] in next_part
    api.send_text(person, "/venue")
    (location,) = await api.wait_for("sendLocation", chat_id=741)
    assert float(location.params["latitude"]) == khazar.services.summit.latitude
    assert khazar.services.summit.venue["fa"] in api.texts_to(741)[-1]


async def test_a_long_day_is_shown_a_page_at_a_time(khazar: Khazar):
    services = khazar.services
    sessions = "\n".join(
        f"""
[[session]]
key = "workshop-{n}"
kind = "economy"
starts = 2025-11-18T{9 + n:02d}:00:00
ends = 2025-11-18T{9 + n:02d}:45:00
title = {{ en = "Workshop {n}" }}
"""
        for n in range(9)
    )
    await services.agenda.import_toml(services.event.id, "workshops.toml", sessions)
    person = await register(khazar, khazar.telegram, 751, "astrakhan-01", "en")
    en = khazar.t("en")
    api = khazar.telegram
    api.clear_requests()
    api.send_text(person, "/agenda")
    days = await answer_to(api, 751, 1)
    api.press_button(person, days, days.callback_data_for(en("agenda-day-button", day=DAY_ONE)))
    first = await answer_to(api, 751, 2)
    assert en("agenda-page", page=1, pages=2) in first.text
    assert "Workshop 5" in first.text and "Workshop 6" not in first.text
    assert en("agenda-previous") not in [b["text"] for b in first.buttons]
    api.press_button(person, first, first.callback_data_for(en("agenda-next")))
    second = await answer_to(api, 751, 3)
    assert en("agenda-page", page=2, pages=2) in second.text
    assert "Workshop 6" in second.text and "Workshop 8" in second.text
    assert "Workshop 0" not in second.text
    assert en("agenda-next") not in [b["text"] for b in second.buttons]
