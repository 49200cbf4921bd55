"""Importing the roster (delegations and delegates) from the organisers' CSV or TOML file,
against a real SQLite database: the samples import, re-imports update in place, and a broken
file is refused as a whole, with every bad line and its reason, writing nothing at all."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from textwrap import dedent

import pytest
from sqlalchemy import func, select

from bot.app import Services, build_services
from bot.clock import ManualClock
from bot.config import PROJECT_ROOT
from bot.services.invitations import InvitationStatus
from bot.services.registration import CODE_ALPHABET
from bot.services.roster import ImportReport, Problem, RosterImportError
from bot.storage.models import Delegate, Delegation, Invitation
from tests.conftest import make_settings

SAMPLES = PROJECT_ROOT / "samples"
SAMPLE_TOML = SAMPLES / "roster.toml"
SAMPLE_CSV = SAMPLES / "roster.csv"
SAMPLE_DELEGATIONS = 15
SAMPLE_DELEGATES = 22  # 20 in delegations, 2 staff

CSV_HEADER = "ref,name,role,delegation,language,title,country,timezone,delegation_name_en"
# Line 2 of every CSV below: a valid delegate who also describes the delegation "gilan".
GILAN_HEAD = "gilan-01,Dariush Farzaneh,head,gilan,fa,Governor of Gilan,IR,Asia/Tehran,Gilan"


def csv_text(*rows: str) -> str:
    """A CSV file: the header on line 1, then the rows on lines 2, 3, ..."""
    return "\n".join([CSV_HEADER, *rows]) + "\n"


def line_of(text: str, marker: str) -> int:
    """The 1-based number of the only line of `text` that contains `marker`."""
    found = [n for n, line in enumerate(text.splitlines(), start=1) if marker in line]
    assert len(found) == 1, f"{marker!r} should be on exactly one line"
    return found[0]


async def import_text(services: Services, source: str, text: str) -> ImportReport:
    assert services.event is not None
    return await services.roster.import_file(services.event.id, source, text)


async def import_sample(services: Services, sample=SAMPLE_TOML) -> ImportReport:
    return await import_text(services, str(sample), sample.read_text("utf-8"))


async def row_counts(services: Services) -> dict[str, int]:
    async with services.db.reading() as uow:
        return {
            model.__tablename__: await uow.session.scalar(select(func.count()).select_from(model))
            for model in (Delegation, Delegate, Invitation)
        }


async def delegations(services: Services) -> dict[str, tuple]:
    async with services.db.reading() as uow:
        rows = await uow.session.execute(
            select(Delegation.code, Delegation.country, Delegation.timezone, Delegation.names)
        )
        return {code: (country, tz, names) for code, country, tz, names in rows}


async def delegates(services: Services) -> dict[str, tuple]:
    """Each delegate by ref: (id, name, role, delegation code, language, title)."""
    async with services.db.reading() as uow:
        rows = await uow.session.execute(
            select(
                Delegate.ref,
                Delegate.id,
                Delegate.full_name,
                Delegate.role,
                Delegation.code,
                Delegate.language,
                Delegate.title,
            ).outerjoin(Delegation, Delegate.delegation_id == Delegation.id)
        )
        return {ref: tuple(rest) for ref, *rest in rows}


def without_ids(people: dict[str, tuple]) -> dict[str, tuple]:
    return {ref: values[1:] for ref, values in people.items()}


async def refused(services: Services, source: str, text: str) -> list[Problem]:
    """Imports a broken file: it must be refused and leave every table as it was."""
    before = await row_counts(services)
    with pytest.raises(RosterImportError) as caught:
        await import_text(services, source, text)
    assert caught.value.problems, "a refused import must say what is wrong"
    assert await row_counts(services) == before, "a refused import must write nothing"
    return caught.value.problems


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# --- the shipped samples -------------------------------------------------------------------


async def test_both_samples_import_the_same_delegations_and_delegates(
    services: Services, tmp_path, clock: ManualClock
):
    report = await import_sample(services, SAMPLE_TOML)
    assert len(report.delegations_created) == SAMPLE_DELEGATIONS
    assert len(report.delegates_created) == SAMPLE_DELEGATES
    assert report.invitations_created == SAMPLE_DELEGATES
    assert not report.delegations_updated and not report.delegates_updated

    from_csv = build_services(make_settings(tmp_path / "csv"), clock)
    try:
        await from_csv.prepare()
        csv_report = await import_sample(from_csv, SAMPLE_CSV)
        assert len(csv_report.delegations_created) == SAMPLE_DELEGATIONS
        assert len(csv_report.delegates_created) == SAMPLE_DELEGATES
        assert await delegations(from_csv) == await delegations(services)
        assert without_ids(await delegates(from_csv)) == without_ids(await delegates(services))
    finally:
        await from_csv.close()

    people = await delegates(services)
    assert len(people) == SAMPLE_DELEGATES
    assert people["astrakhan-01"][1:] == (
        "Игорь Волгин",
        "head",
        "astrakhan",
        "ru",
        "Governor of Astrakhan Oblast",
    )
    country, timezone, names = (await delegations(services))["baku"]
    assert (country, timezone, names["az"], names["en"]) == ("AZ", "Asia/Baku", "Bakı", "Baku")


@pytest.mark.parametrize("sample", [SAMPLE_TOML, SAMPLE_CSV], ids=["toml", "csv"])
async def test_every_new_delegate_gets_exactly_one_pending_invitation(
    services: Services, clock: ManualClock, sample
):
    await import_sample(services, sample)

    assert services.event is not None
    invitations = await services.invitations.list_for_event(services.event.id)
    per_delegate = Counter(i.delegate_ref for i in invitations)
    assert set(per_delegate) == set(await delegates(services))
    assert set(per_delegate.values()) == {1}

    length = services.settings.registration.code_length
    valid_for = timedelta(days=services.settings.registration.invitation_valid_days)
    for invitation in invitations:
        assert invitation.status is InvitationStatus.PENDING
        assert len(invitation.code) == length
        assert set(invitation.code) <= set(CODE_ALPHABET), invitation.code
        assert invitation.expires_at == clock.now() + valid_for
    assert len({i.code for i in invitations}) == len(invitations), "codes must be unique"


# --- re-imports ------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", [SAMPLE_TOML, SAMPLE_CSV], ids=["toml", "csv"])
async def test_a_reimport_creates_nothing_and_issues_no_invitations(services: Services, sample):
    await import_sample(services, sample)
    people_before = await delegates(services)
    codes_before = {i.code for i in await services.invitations.list_for_event(services.event.id)}

    report = await import_sample(services, sample)

    assert report.delegations_created == [] and report.delegates_created == []
    assert len(report.delegations_updated) == SAMPLE_DELEGATIONS
    assert len(report.delegates_updated) == SAMPLE_DELEGATES
    assert report.invitations_created == 0
    assert await row_counts(services) == {
        "delegations": SAMPLE_DELEGATIONS,
        "delegates": SAMPLE_DELEGATES,
        "invitations": SAMPLE_DELEGATES,
    }
    assert await delegates(services) == people_before
    codes_after = {i.code for i in await services.invitations.list_for_event(services.event.id)}
    assert codes_after == codes_before


async def test_the_csv_sample_after_the_toml_sample_only_updates(services: Services):
    await import_sample(services, SAMPLE_TOML)

    report = await import_sample(services, SAMPLE_CSV)

    assert report.delegates_created == [] and report.invitations_created == 0
    assert len(report.delegates_updated) == SAMPLE_DELEGATES


@pytest.mark.parametrize("sample", [SAMPLE_TOML, SAMPLE_CSV], ids=["toml", "csv"])
async def test_a_corrected_name_updates_the_person_in_place(services: Services, sample):
    await import_sample(services, sample)
    before = (await delegates(services))["astrakhan-01"]
    code_before = {
        i.delegate_ref: i.code for i in await services.invitations.list_for_event(services.event.id)
    }["astrakhan-01"]

    text = sample.read_text("utf-8")
    assert text.count("Игорь Волгин") == 1
    report = await import_text(
        services, str(sample), text.replace("Игорь Волгин", "Игорь Волгин-Каспийский")
    )

    assert report.delegates_created == [] and report.invitations_created == 0
    after = (await delegates(services))["astrakhan-01"]
    assert after[0] == before[0], "the same row, not a new person"
    assert after[1] == "Игорь Волгин-Каспийский"
    assert after[2:] == before[2:]
    invitations = await services.invitations.list_for_event(services.event.id)
    assert [i.code for i in invitations if i.delegate_ref == "astrakhan-01"] == [code_before]
    assert {i.delegate_name for i in invitations if i.delegate_ref == "astrakhan-01"} == {
        "Игорь Волгин-Каспийский"
    }


# --- broken CSV files --------------------------------------------------------------------------


async def test_csv_with_a_bad_role_is_refused_naming_the_line_and_the_value(services: Services):
    text = csv_text(
        GILAN_HEAD,
        "gilan-02,Mina Rastegar,liaison,gilan,fa,Protocol liaison,,,",
        "gilan-03,Kaveh Nikpour,governor,gilan,fa,Deputy,,,",  # line 4
    )

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 4
    assert str(problem).startswith("line 4: ")
    assert "'governor'" in problem.reason and "role" in problem.reason
    assert "head, member, liaison, staff" in problem.reason


async def test_csv_with_a_missing_name_is_refused(services: Services):
    text = csv_text(GILAN_HEAD, "gilan-02,,liaison,gilan,fa,Protocol liaison,,,")

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 3
    assert problem.reason == "name is missing"


async def test_csv_with_an_unknown_language_is_refused(services: Services):
    text = csv_text(GILAN_HEAD, "gilan-02,Mina Rastegar,liaison,gilan,de,Protocol liaison,,,")

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 3
    assert "language 'de'" in problem.reason
    assert "fa, ru, az, kk, tk, en" in problem.reason


async def test_csv_with_a_duplicate_ref_names_both_lines(services: Services):
    text = csv_text(
        GILAN_HEAD,
        "gilan-02,Mina Rastegar,liaison,gilan,fa,Protocol liaison,,,",
        "gilan-01,Someone Else,member,gilan,fa,Adviser,,,",  # line 4, same ref as line 2
    )

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 4
    assert "'gilan-01'" in problem.reason and "line 2" in problem.reason


async def test_csv_naming_a_delegation_never_described_is_refused(services: Services):
    text = csv_text(GILAN_HEAD, "tehran-01,Ali Tehrani,head,tehran,fa,Mayor,,,")

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 3
    assert "'tehran'" in problem.reason
    assert "neither in the file nor imported before" in problem.reason


async def test_a_delegation_imported_before_may_be_named_without_describing_it(
    services: Services,
):
    await import_text(services, "first.csv", csv_text(GILAN_HEAD))

    report = await import_text(
        services, "second.csv", csv_text("gilan-02,Mina Rastegar,liaison,gilan,fa,Liaison,,,")
    )

    assert report.delegates_created == ["gilan-02"]
    assert (await delegates(services))["gilan-02"][3] == "gilan"


async def test_csv_row_with_more_values_than_columns_is_refused(services: Services):
    text = csv_text(GILAN_HEAD, "gilan-02,Rastegar, Mina,liaison,gilan,fa,Protocol liaison,,,")

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 3
    assert "more values than header columns" in problem.reason


async def test_csv_header_without_a_required_column_is_refused(services: Services):
    text = "ref,name,delegation,language\ngilan-01,Dariush Farzaneh,gilan,fa\n"

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 1
    assert "role" in problem.reason and "header" in problem.reason


async def test_every_problem_of_a_file_is_reported_at_once(services: Services):
    text = csv_text(
        GILAN_HEAD,
        "gilan-02,,liaison,gilan,fa,,,,",  # line 3: no name
        "gilan-03,Kaveh Nikpour,chief,gilan,fa,,,,",  # line 4: bad role
        "gilan-04,Shirin Akbari,member,gilan,xx,,,,",  # line 5: bad language
    )

    problems = await refused(services, "roster.csv", text)

    assert [p.line for p in problems] == [3, 4, 5]


async def test_a_valid_row_is_not_imported_when_another_row_is_bad(services: Services):
    text = csv_text(GILAN_HEAD, "gilan-02,Mina Rastegar,secretary,gilan,fa,,,,")

    await refused(services, "roster.csv", text)

    assert await row_counts(services) == {"delegations": 0, "delegates": 0, "invitations": 0}


async def test_a_refused_reimport_changes_nobody(services: Services):
    await import_sample(services, SAMPLE_CSV)
    before = await delegates(services), await delegations(services)

    text = SAMPLE_CSV.read_text("utf-8").replace("Игорь Волгин", "Someone Else").rstrip("\n")
    text += "\ncaspian-99,New Person,observer,gilan,fa,,,,,,,,,\n"  # the last line: bad role
    problem = only_problem(await refused(services, str(SAMPLE_CSV), text))

    assert problem.line == len(text.splitlines())
    assert (await delegates(services), await delegations(services)) == before


# --- broken TOML files -------------------------------------------------------------------------


GOOD_TOML = dedent(
    """\
    [[delegation]]
    code = "gilan"
    country = "IR"
    timezone = "Asia/Tehran"
    names = { fa = "گیلان", en = "Gilan" }

    [[delegate]]
    ref = "gilan-01"
    name = "Dariush Farzaneh"
    role = "head"
    delegation = "gilan"
    """
)

BAKU_TOML = dedent(
    """\
    [[delegation]]  # baku
    code = "baku"
    country = "AZ"
    timezone = "Asia/Baku"
    names = { az = "Bakı", en = "Baku" }
    """
)


async def test_the_small_toml_used_below_is_valid(services: Services):
    report = await import_text(services, "roster.toml", GOOD_TOML + "\n" + BAKU_TOML)

    assert report.delegations_created == ["gilan", "baku"]
    assert report.delegates_created == ["gilan-01"]


async def test_toml_with_invalid_syntax_is_refused_with_its_line(services: Services):
    text = GOOD_TOML + 'title = "Governor of Gilan\n'  # an unterminated string
    bad_line = line_of(text, "title =")

    problem = only_problem(await refused(services, "roster.toml", text))

    assert problem.line == bad_line
    assert str(problem).startswith(f"line {bad_line}: not valid TOML")


async def test_toml_bad_timezone_points_at_its_delegation_header(services: Services):
    text = GOOD_TOML + "\n" + BAKU_TOML.replace("Asia/Baku", "Asia/Caspian")

    problem = only_problem(await refused(services, "roster.toml", text))

    assert problem.line == line_of(text, "[[delegation]]  # baku")
    assert "timezone 'Asia/Caspian'" in problem.reason


async def test_toml_bad_country_code_is_refused(services: Services):
    text = GOOD_TOML + "\n" + BAKU_TOML.replace('country = "AZ"', 'country = "AZE"')

    problem = only_problem(await refused(services, "roster.toml", text))

    assert problem.line == line_of(text, "[[delegation]]  # baku")
    assert "country 'AZE'" in problem.reason and "two-letter" in problem.reason


async def test_toml_problem_in_the_sample_points_at_that_delegate_header(services: Services):
    text = SAMPLE_TOML.read_text("utf-8").replace('name = "Анна Соколова"', 'name = ""')
    header = line_of(text, 'ref = "astrakhan-02"') - 1
    assert text.splitlines()[header - 1] == "[[delegate]]"

    problem = only_problem(await refused(services, str(SAMPLE_TOML), text))

    assert (problem.line, problem.reason) == (header, "name is missing")


async def test_toml_with_an_unknown_section_is_refused(services: Services):
    text = GOOD_TOML + '\n[[delegats]]\nref = "gilan-02"\nname = "Mina Rastegar"\n'

    problem = only_problem(await refused(services, "roster.toml", text))

    assert "unknown section 'delegats'" in problem.reason


async def test_a_file_that_is_neither_csv_nor_toml_is_refused(services: Services):
    problem = only_problem(await refused(services, "roster.xlsx", csv_text(GILAN_HEAD)))

    assert ".csv or .toml" in problem.reason


# --- who needs a delegation --------------------------------------------------------------------


async def test_staff_may_have_no_delegation(services: Services):
    text = csv_text("staff-01,Sara Amini,staff,,fa,Summit secretariat,,,")

    report = await import_text(services, "roster.csv", text)

    assert report.delegates_created == ["staff-01"]
    assert report.invitations_created == 1
    assert (await delegates(services))["staff-01"][2:4] == ("staff", None)


@pytest.mark.parametrize("role", ["head", "member", "liaison"])
async def test_anyone_but_staff_must_have_a_delegation(services: Services, role: str):
    text = csv_text(GILAN_HEAD, f"someone-01,Some One,{role},,fa,,,,")

    problem = only_problem(await refused(services, "roster.csv", text))

    assert problem.line == 3
    assert "delegation is missing" in problem.reason
