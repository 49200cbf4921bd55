"""The iCalendar export: one VEVENT per session at the right UTC time, a display alarm at the
chosen lead time, texts in the first language of the chain that has them, cancelled sessions
marked so, and UIDs that stay the same when a session changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from bot.config import PROJECT_ROOT
from bot.services.calendar import sessions_to_ics
from bot.services.views import SessionView

SAMPLE = PROJECT_ROOT / "samples" / "agenda.toml"
UPDATED = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)


def session(key: str, starts: datetime, minutes: int, **fields) -> SessionView:
    values = {
        "id": 1,
        "key": key,
        "kind": "economy",
        "starts_at": starts,
        "ends_at": starts + timedelta(minutes=minutes),
        "titles": {"en": f"{key} in English"},
        "descriptions": {},
        "room": {},
        "topics": [],
        "speakers": [],
        "spoken_language": None,
        "interpretation": [],
        "for_everyone": False,
        "cancelled": False,
        "updated_at": UPDATED,
    }
    return SessionView(**{**values, **fields})


PANEL = session(
    "economy",
    datetime(2025, 11, 18, 10, 30, tzinfo=UTC),
    120,
    titles={"az": "İqtisadiyyat paneli", "ru": "Секция «Экономика»", "en": "Economy"},
    room={"ru": "Зал B", "en": "Hall B"},
    descriptions={"en": "Investment; trade, tourism"},
)
TRANSIT = session(
    "transit",
    datetime(2025, 11, 18, 13, 0, tzinfo=UTC),
    90,
    titles={"ru": "Секция «Транзит»", "en": "Transit"},
    room={"fa": "سالن ج"},
)
DINNER = session("dinner", datetime(2025, 11, 18, 16, 0, tzinfo=UTC), 120, cancelled=True)


def events(ics: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def export(sessions, chain=("az", "ru", "en"), lead=15) -> bytes:
    return sessions_to_ics(
        sessions, list(chain), lead, "Asia/Tehran", "Caspian summit", "caspian.khazar"
    )


def test_each_session_is_an_event_at_its_utc_time_with_an_alarm():
    ics = export([TRANSIT, PANEL, DINNER])

    calendar = Calendar.from_ical(ics)
    assert str(calendar["X-WR-CALNAME"]) == "Caspian summit"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Tehran"
    found = events(ics)
    assert list(found) == [
        "economy@caspian.khazar",
        "transit@caspian.khazar",
        "dinner@caspian.khazar",
    ]
    panel = found["economy@caspian.khazar"]
    assert panel.decoded("DTSTART") == datetime(2025, 11, 18, 10, 30, tzinfo=UTC)
    assert panel.decoded("DTEND") == datetime(2025, 11, 18, 12, 30, tzinfo=UTC)
    assert b"DTSTART:20251118T103000Z" in ics
    assert str(panel["STATUS"]) == "CONFIRMED"
    (alarm,) = panel.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    assert str(alarm["DESCRIPTION"]) == "İqtisadiyyat paneli"
    assert b"TRIGGER:-PT15M" in ics


def test_the_lead_time_is_the_one_asked_for():
    (alarm,) = events(export([PANEL], lead=60))["economy@caspian.khazar"].walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-60)


def test_texts_come_in_the_first_language_of_the_chain_that_has_them():
    found = events(export([PANEL, TRANSIT]))
    panel, transit = found["economy@caspian.khazar"], found["transit@caspian.khazar"]
    assert str(panel["SUMMARY"]) == "İqtisadiyyat paneli"
    assert str(panel["LOCATION"]) == "Зал B", "no Azerbaijani room name: Russian, next"
    assert str(panel["DESCRIPTION"]) == "Investment; trade, tourism"
    assert str(transit["SUMMARY"]) == "Секция «Транзит»"
    assert str(transit["LOCATION"]) == "سالن ج", "in no language of the chain: the one there is"
    assert "DESCRIPTION" not in transit

    english = events(export([PANEL], chain=["en"]))["economy@caspian.khazar"]
    assert (str(english["SUMMARY"]), str(english["LOCATION"])) == ("Economy", "Hall B")


def test_a_cancelled_session_is_marked_and_has_no_alarm():
    dinner = events(export([DINNER]))["dinner@caspian.khazar"]
    assert str(dinner["STATUS"]) == "CANCELLED"
    assert dinner.walk("VALARM") == []


def test_a_changed_session_keeps_its_uid():
    moved = session(
        "economy",
        datetime(2025, 11, 18, 11, 0, tzinfo=UTC),
        120,
        titles={"en": "Economy, moved"},
        updated_at=UPDATED + timedelta(days=1),
    )
    before = events(export([PANEL]))["economy@caspian.khazar"]
    after = events(export([moved]))["economy@caspian.khazar"]
    assert after.decoded("DTSTART") == datetime(2025, 11, 18, 11, 0, tzinfo=UTC)
    assert after.decoded("DTSTAMP") > before.decoded("DTSTAMP")
    assert after.decoded("LAST-MODIFIED") == UPDATED + timedelta(days=1)


async def test_the_stored_sample_programme_exports(services):
    event_id = services.event.id
    await services.agenda.import_file(event_id, "agenda.toml", SAMPLE.read_text("utf-8"))
    sessions = await services.agenda.sessions(event_id)

    found = events(export(sessions, chain=["kk", "ru", "en"], lead=30))

    assert len(found) == len(sessions) == 10
    opening = found["opening@caspian.khazar"]
    # 09:00 in Tehran (UTC+03:30) is 05:30 UTC.
    assert opening.decoded("DTSTART") == datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
    assert str(opening["SUMMARY"]) == "Ашылу салтанаты"
    assert str(opening["LOCATION"]) == "Гилян әкімдігінің үлкен залы"
    assert [a.decoded("TRIGGER") for a in opening.walk("VALARM")] == [timedelta(minutes=-30)]
