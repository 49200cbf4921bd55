"""The c3voc schedule.json: the real pretalx and frab exports import, a file the schema refuses
is refused with the JSON path and the reason, and the export validates against schema.json and
re-imports without a change."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select

from bot.config import PROJECT_ROOT
from bot.services.agenda import AgendaImportError
from bot.services.schedule_json import (
    GUID_NAMESPACE,
    export_schedule_json,
    parse_schedule_json,
    slugify,
)
from bot.storage.models import AgendaSession

REFERENCE = PROJECT_ROOT / "tests" / "fixtures" / "schedule-json"
PRETALX = REFERENCE / "pretalx-democon.json"
FRAB = REFERENCE / "frab-camp2019.json"
INVALID = REFERENCE / "invalid-example.json"
SAMPLE = PROJECT_ROOT / "samples" / "agenda.toml"
LANGUAGES = ["fa", "ru", "az", "kk", "tk", "en"]


def read(path: Path) -> str:
    return path.read_text("utf-8")


def parse(text: str, default_language: str = "en"):
    return parse_schedule_json(text, LANGUAGES, "Asia/Tehran", default_language)


def by_key(specs):
    return {spec.key: spec for spec in specs}


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads((REFERENCE / "schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def schema_errors(document: dict) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator().iter_errors(document)]


# --- import, without a database --------------------------------------------------------------


def test_the_pretalx_export_imports_with_times_in_utc():
    specs, problems = parse(PRETALX.read_text("utf-8"))

    assert problems == []
    assert len(specs) == 36
    sessions = by_key(specs)
    first = sessions["8079583e-8321-506c-95af-fd2903a5f075"]
    assert first.titles == {"en": "Focused 5thgeneration hardware"}
    # 09:00 at +01:00 is 08:00 UTC; the duration is 00:30.
    assert first.starts_at == datetime(2020, 12, 14, 8, 0, tzinfo=UTC)
    assert first.ends_at - first.starts_at == timedelta(minutes=30)
    assert first.room == {"en": "Gray Room"}
    assert first.speakers == [{"en": "Brian Robinson"}]
    assert first.spoken_language == "en"
    assert first.kind == "phased"
    assert first.descriptions == {"en": "Brand back-end models!"}, "the abstract, not the long text"

    workshop = sessions["ba72da9d-a522-54f6-9301-4bf4f3446425"]
    assert workshop.titles == {"en": "Secured grid-enabled policy"}
    assert (workshop.starts_at, workshop.ends_at) == (
        datetime(2020, 12, 14, 10, 30, tzinfo=UTC),
        datetime(2020, 12, 14, 12, 0, tzinfo=UTC),
    )
    assert workshop.room == {"en": "Tan Room"}
    assert workshop.speakers == [{"en": "Amy Sanchez"}, {"en": "Teresa Terrell"}]
    assert workshop.kind == "horizontal"
    assert {spec.kind for spec in specs} == {"horizontal", "phased"}


def test_the_frab_export_imports_german_talks_under_the_default_language():
    specs, problems = parse(FRAB.read_text("utf-8"))

    assert problems == []
    assert len(specs) == 79
    sessions = by_key(specs)
    german = sessions["977957d7-ef42-4ea0-8380-b9a48bd583f0"]
    assert german.titles == {"en": "Knoten 101"}
    assert german.spoken_language is None, "German is not one of the bot's languages"
    assert german.starts_at == datetime(2019, 8, 21, 10, 0, tzinfo=UTC)
    assert german.room == {"en": "Meitner"}
    assert german.kind == "hardware-making"

    lightning = sessions["117f530f-a20b-4071-b208-39e989a42408"]
    assert lightning.titles == {"en": "Lightning Talks"}
    assert lightning.ends_at - lightning.starts_at == timedelta(hours=3)
    assert lightning.speakers == [{"en": "bigalex"}, {"en": "honky"}]
    assert lightning.descriptions == {}, "neither abstract nor description"

    review = sessions["4263620e-f36f-4408-b702-01481e0efbd7"]
    assert review.titles == {"en": "Infrastructure Review"} and review.speakers == []
    assert {spec.kind for spec in specs} == {
        "art-culture",
        "ccc",
        "entertainment",
        "ethics-society-politics",
        "hardware-making",
        "science",
        "security",
    }


def test_texts_of_a_talk_in_another_default_language_go_there():
    specs, _ = parse(FRAB.read_text("utf-8"), default_language="ru")
    sessions = by_key(specs)
    assert sessions["977957d7-ef42-4ea0-8380-b9a48bd583f0"].titles == {"ru": "Knoten 101"}
    assert sessions["117f530f-a20b-4071-b208-39e989a42408"].titles == {"en": "Lightning Talks"}


def test_the_invalid_example_is_refused_with_paths_and_reasons():
    specs, problems = parse(INVALID.read_text("utf-8"))

    event = 'schedule.conference.days[0].rooms["Winterchaos"][0]'
    assert len(schema_errors(json.loads(read(INVALID)))) == 5, "the schema refuses it too"
    assert specs == []
    assert all(p.line is None for p in problems)
    assert sorted(p.reason for p in problems) == sorted(
        [
            "schedule.rooms: not allowed here; the list of rooms belongs in "
            "schedule.conference.rooms",
            f'{event}.id: must be an integer, not "2814"',
            f"{event}: unknown field 'answers' (not in the schedule.json schema)",
            f'{event}.persons[0].id: must be an integer, not "dsadf"',
        ]
    )


def test_broken_json_is_refused_with_its_line():
    text = PRETALX.read_text("utf-8").replace('"title": "DemoCon",', '"title": "DemoCon"', 1)
    line = text[: text.index('"title": "DemoCon"')].count("\n") + 2

    specs, problems = parse(text)

    assert specs == []
    assert [p.line for p in problems] == [line]
    assert problems[0].reason.startswith("not valid JSON: Expecting ',' delimiter")


def small_document(*events: dict) -> str:
    return json.dumps(
        {
            "schedule": {
                "version": "1",
                "conference": {
                    "acronym": "demo",
                    "title": "Demo",
                    "days": [{"index": 1, "rooms": {"Main Hall": list(events)}}],
                },
            }
        }
    )


def event(**fields) -> dict:
    base = {
        "guid": str(uuid.uuid4()),
        "date": "2025-11-18T09:00:00+03:30",
        "duration": "01:00",
        "room": "Main Hall",
        "title": "Opening",
        "language": "fa",
        "persons": [],
    }
    return {**base, **fields}


def test_every_broken_event_is_named_by_its_path():
    twin = str(uuid.uuid4())
    text = small_document(
        event(guid=twin),
        event(guid=twin),
        event(duration="90 minutes"),
        event(duration="0:00"),
        event(title="  "),
        event(guid="opening"),
        event(date="tomorrow morning"),
        event(persons=[{"biography": "no name"}]),
        event(end="2025-11-18T11:00:00+03:30"),
    )

    specs, problems = parse(text)

    at = 'schedule.conference.days[0].rooms["Main Hall"]'
    assert len(specs) == 1, "only the first of the twins is good"
    assert [p.reason for p in problems] == [
        f"{at}[1].guid: {twin} appears twice (also {at}[0])",
        f'{at}[2].duration: must be hours:minutes such as 01:30, not "90 minutes"',
        f"{at}[3]: ends no later than it starts: the duration must be more than 0:00",
        f"{at}[4].title: is empty",
        f'{at}[5].guid: must be a UUID such as {GUID_NAMESPACE}, not "opening"',
        f"{at}[6].date: must be a date and time such as 2025-11-18T09:00:00+03:30, "
        'not "tomorrow morning"',
        f"{at}[7].persons[0]: has no name (give name, or public_name)",
        f"{at}[8].end: does not agree with date + duration",
    ]


def test_a_good_small_file_maps_language_duration_and_kind():
    specs, problems = parse(
        small_document(
            event(
                duration="1:30:00",
                track="Ekonomi / Tijarat",
                language="ru-RU",
                persons=[{"name": "Ирина"}, {"public_name": "Али", "id": 7}],
                abstract="",
                description="Пленарное заседание",
            ),
            event(date="2025-11-18T12:00:00", track=None, type="Panel discussion", language="de"),
            event(date="2025-11-18T14:00:00Z", room="", language=None),
        )
    )

    assert problems == []
    economy, panel, bare = specs
    assert economy.kind == "ekonomi-tijarat"
    assert economy.spoken_language == "ru"
    assert economy.titles == {"ru": "Opening"} and economy.room == {"ru": "Main Hall"}
    assert economy.descriptions == {"ru": "Пленарное заседание"}, "description when no abstract"
    assert economy.speakers == [{"ru": "Ирина"}, {"ru": "Али"}]
    assert economy.ends_at - economy.starts_at == timedelta(minutes=90)
    assert panel.kind == "panel-discussion" and panel.spoken_language is None
    # Without an offset a date is taken in the file's time zone, else the event's (Tehran).
    assert panel.starts_at == datetime(2025, 11, 18, 8, 30, tzinfo=UTC)
    assert bare.kind == "other" and bare.room == {} and bare.titles == {"en": "Opening"}
    assert bare.starts_at == datetime(2025, 11, 18, 14, 0, tzinfo=UTC)


def test_slugs_are_lowercase_dashes_and_at_most_32_characters():
    assert slugify("Ethics, Society & Politics") == "ethics-society-politics"
    assert slugify("  __Hardware_&_Making!  ") == "hardware-making"
    assert slugify("Экономика и транзит") == "экономика-и-транзит"
    long = slugify("A very long track name that goes on and on and on")
    assert long == "a-very-long-track-name-that-goes" and len(long) == 32
    assert slugify("!!!") == ""


# --- import, export and round trip through the database --------------------------------------


async def stored(services) -> dict[str, AgendaSession]:
    async with services.db.reading() as uow:
        rows = (await uow.session.scalars(select(AgendaSession))).all()
        return {row.key: row for row in rows}


@pytest.mark.parametrize("reference", [PRETALX, FRAB], ids=["pretalx", "frab"])
async def test_an_imported_export_reimports_without_a_change(services, reference: Path):
    event_id = services.event.id
    first = await services.agenda.import_file(event_id, reference.name, read(reference))
    assert len(first.created) == {PRETALX: 36, FRAB: 79}[reference]
    exported = export_schedule_json(
        await services.agenda.sessions(event_id), services.event, ["fa", "en"]
    )
    assert schema_errors(exported) == []

    again = await services.agenda.import_file(event_id, "export.json", json.dumps(exported))

    assert again.lines()[0] == f"sessions: 0 new, 0 changed, {len(first.created)} unchanged"
    assert sorted(again.unchanged) == sorted(first.created)
    assert again.not_in_file == []


async def test_import_file_tells_toml_from_json_and_refuses_a_bad_file_whole(services):
    event_id = services.event.id
    toml = await services.agenda.import_file(event_id, "agenda.toml", SAMPLE.read_text("utf-8"))
    assert len(toml.created) == 10

    with pytest.raises(AgendaImportError) as caught:
        await services.agenda.import_file(event_id, "invalid.json", INVALID.read_text("utf-8"))
    assert caught.value.source == "invalid.json" and len(caught.value.problems) == 4
    assert set(await stored(services)) == set(toml.created), "nothing of the bad file is stored"

    json_report = await services.agenda.import_file(event_id, "x.json", PRETALX.read_text())
    assert len(json_report.created) == 36
    assert sorted(json_report.not_in_file) == sorted(toml.created)


async def test_the_sample_programme_exports_to_a_valid_schedule_json(services):
    event_id = services.event.id
    await services.agenda.import_file(event_id, "agenda.toml", SAMPLE.read_text("utf-8"))

    def cancel_dinner(session):
        session.scalars(
            select(AgendaSession).where(AgendaSession.key == "dinner")
        ).one().cancelled = True

    await services.db.transact(cancel_dinner)
    sessions = await services.agenda.sessions(event_id)
    english = export_schedule_json(sessions, services.event, ["en"])
    azerbaijani = export_schedule_json(sessions, services.event, ["az", "ru", "en"])

    assert schema_errors(english) == []
    conference = english["schedule"]["conference"]
    assert conference["acronym"] == "caspian_governors_2025"
    assert (
        conference["title"]
        == "First International Summit of Governors of the Caspian Coastal Provinces"
    )
    assert (conference["start"], conference["end"], conference["daysCount"]) == (
        "2025-11-18",
        "2025-11-19",
        2,
    )
    assert conference["time_zone_name"] == "Asia/Tehran"
    events = {
        e["guid"]: e for day in conference["days"] for room in day["rooms"].values() for e in room
    }
    assert len(events) == 9, "the cancelled dinner is left out"
    ids = {s.key: s.id for s in sessions}
    opening = events[str(uuid.uuid5(GUID_NAMESPACE, "caspian-governors-2025/opening"))]
    assert opening["id"] == ids["opening"]
    assert opening["date"] == "2025-11-18T09:00:00+03:30"
    assert (opening["start"], opening["duration"]) == ("09:00", "01:00")
    assert opening["title"] == "Opening ceremony"
    assert opening["room"] == "Main hall, Gilan governorate"
    assert opening["track"] == "opening" and opening["language"] == "fa"
    assert opening["persons"][0]["name"] == "Minister of Foreign Affairs of Iran"
    assert conference["days"][0]["rooms"]["Main hall, Gilan governorate"][0] is opening

    az_events = [
        e
        for day in azerbaijani["schedule"]["conference"]["days"]
        for room in day["rooms"].values()
        for e in room
    ]
    az_opening = next(e for e in az_events if e["id"] == ids["opening"])
    assert az_opening["title"] == "Açılış mərasimi"
    assert az_opening["room"] == "Gilan ostandarlığının böyük zalı"
    # The speaker has no Azerbaijani name: the Russian one, next in the chain.
    assert az_opening["persons"][0]["name"] == "Министр иностранных дел Ирана"
    assert azerbaijani["schedule"]["conference"]["title"].startswith("Xəzəryanı dövlətlərin")
