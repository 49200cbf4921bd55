"""The real `khazar` command, run as an organiser runs it: a subprocess with a config file,
the environment, and no terminal. Each test checks what the organiser sees: the exit code,
one clear line per problem (never a traceback), and the files the command leaves behind.

Every run imports aiogram and takes a few seconds, so runs are shared where the story allows.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.storage.migrations import head_revision

SHIPPED_CONFIG = PROJECT_ROOT / "config.toml"
SAMPLE_CSV = PROJECT_ROOT / "samples" / "roster.csv"
TIMEOUT = 90  # seconds for one command; each needs a few (aiogram is slow to import)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FAKE_TELEGRAM_TOKEN = "7000000001:KHAZAR-FAKE-telegram-token-never-print-me"
FAKE_BALE_TOKEN = "8000000002:KHAZAR-FAKE-bale-token-never-print-me"
NOWHERE = "http://127.0.0.1:9"  # loopback, discard port: nothing listens, connection refused


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.splitlines()


def environment(**variables: str) -> dict[str, str]:
    """This process's environment without any KHAZAR_* variable, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KHAZAR_")}
    env.update(variables)
    return env


def khazar(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *map(str, args)],
        cwd=PROJECT_ROOT,
        env=environment() if env is None else env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    for output in (done.stdout, done.stderr):
        assert "Traceback" not in output, output
    return Result(done.returncode, done.stdout, done.stderr)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} should be in the shipped config.toml exactly once"
    return text.replace(old, new)


def write_config(
    folder: Path,
    *,
    bale: bool = True,
    api_base: str | None = None,
    extra: dict[str, str] | None = None,
) -> Path:
    """A copy of the shipped config.toml with the database and QR codes in `folder`.

    `extra` maps a line of the file to text that replaces it."""
    text = SHIPPED_CONFIG.read_text("utf-8")
    text = replace_once(
        text,
        'database_url = "sqlite+aiosqlite:///data/khazar.sqlite3"',
        f'database_url = "sqlite+aiosqlite:///{folder / "khazar.sqlite3"}"',
    )
    text = replace_once(
        text, 'invites_folder = "data/invites"', f'invites_folder = "{folder / "invites"}"'
    )
    if not bale:
        text = replace_once(text, "[bale]\nenabled = true", "[bale]\nenabled = false")
    if api_base:
        for shipped in ("https://api.telegram.org", "https://tapi.bale.ai"):
            text = replace_once(text, f'api_base = "{shipped}"', f'api_base = "{api_base}"')
    for old, new in (extra or {}).items():
        text = replace_once(text, old, new)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(text, "utf-8")
    return path


def schema_revision(database: Path) -> str | None:
    assert database.is_file(), f"no database at {database}"
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def table_count(database: Path, table: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def sample_refs() -> list[str]:
    with SAMPLE_CSV.open(encoding="utf-8", newline="") as file:
        return [row["ref"] for row in csv.DictReader(file)]


# --- khazar run ----------------------------------------------------------------------------


def test_run_without_tokens_names_both_variables_after_migrating(tmp_path):
    config = write_config(tmp_path)

    result = khazar("--config", config, "run")

    assert result.code == 2
    assert len(result.error_lines) == 1, result.stderr
    assert "KHAZAR_TELEGRAM_TOKEN" in result.stderr and "KHAZAR_BALE_TOKEN" in result.stderr
    assert result.stdout == ""
    assert schema_revision(tmp_path / "khazar.sqlite3") == head_revision()


def test_run_with_only_telegram_enabled_asks_only_for_its_token(tmp_path):
    config = write_config(tmp_path, bale=False)

    result = khazar("--config", config, "run")

    assert result.code == 2
    assert len(result.error_lines) == 1, result.stderr
    assert "KHAZAR_TELEGRAM_TOKEN" in result.stderr
    assert "KHAZAR_BALE_TOKEN" not in result.stderr


@dataclass
class Launch:
    """`khazar run` with fake tokens against an API address where nothing listens."""

    stdout: str
    stderr: str
    running_when_stopped: bool


@pytest.fixture(scope="module")
def unreachable_api_run(tmp_path_factory) -> Launch:
    folder = tmp_path_factory.mktemp("unreachable")
    config = write_config(folder, api_base=NOWHERE)
    env = environment(KHAZAR_TELEGRAM_TOKEN=FAKE_TELEGRAM_TOKEN, KHAZAR_BALE_TOKEN=FAKE_BALE_TOKEN)
    stdout, stderr = folder / "stdout.txt", folder / "stderr.txt"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "--config", str(config), "run"],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
        try:
            # Wait until the bot has reached the network (imports take a few seconds), then
            # leave it ~3 seconds of failing connections before stopping it.
            deadline = time.monotonic() + TIMEOUT
            while process.poll() is None and time.monotonic() < deadline:
                if NOWHERE.removeprefix("http://") in stderr.read_text("utf-8", "replace"):
                    break
                time.sleep(0.2)
            time.sleep(3)
            running = process.poll() is None
            if running:
                process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=15)
    return Launch(
        stdout.read_text("utf-8", "replace"), stderr.read_text("utf-8", "replace"), running
    )


def test_run_never_prints_a_bot_token(unreachable_api_run: Launch):
    output = unreachable_api_run.stdout + unreachable_api_run.stderr

    assert "no bot token" not in output, "the tokens should have been found"
    assert "127.0.0.1:9" in output, "the bot should have tried to reach the API"
    for token in (FAKE_TELEGRAM_TOKEN, FAKE_BALE_TOKEN):
        assert token not in output
        assert token.split(":")[1] not in output


def test_run_keeps_retrying_while_the_api_is_unreachable(unreachable_api_run: Launch):
    assert "Traceback" not in unreachable_api_run.stderr
    assert unreachable_api_run.running_when_stopped
    assert "not reachable yet" in unreachable_api_run.stderr


# --- the config file -----------------------------------------------------------------------


def test_each_wrong_setting_is_one_line_naming_its_key(tmp_path):
    config = write_config(
        tmp_path,
        extra={
            'timezone = "Asia/Tehran"': 'timezone = "Mars/Olympus"',
            "[telegram]\n": "[telegram]\nstafff_chat_id = 1\n",
        },
    )

    result = khazar("--config", config, "migrate")

    assert result.code != 0
    assert len(result.error_lines) == 2, result.stderr
    timezone, typo = sorted(result.error_lines)
    assert timezone.startswith(f"khazar: {config}: event.timezone: ")
    assert "Mars/Olympus" in timezone
    assert typo.startswith(f"khazar: {config}: telegram.stafff_chat_id: ")
    assert "unknown setting" in typo
    assert not (tmp_path / "khazar.sqlite3").exists(), "nothing is done with a wrong config"


def test_a_missing_config_file_is_one_clear_line(tmp_path):
    missing = tmp_path / "nowhere" / "config.toml"

    result = khazar("--config", missing, "migrate")

    assert result.code != 0
    assert len(result.error_lines) == 1, result.stderr
    assert str(missing) in result.stderr and "no such config file" in result.stderr


def test_khazar_config_selects_the_file_without_config_option(tmp_path):
    config = write_config(tmp_path)

    result = khazar("migrate", env=environment(KHAZAR_CONFIG=str(config)))

    assert result.code == 0, result.stderr
    assert schema_revision(tmp_path / "khazar.sqlite3") == head_revision()


def test_khazar_database_url_overrides_the_file(tmp_path):
    config = write_config(tmp_path)
    elsewhere = tmp_path / "elsewhere" / "override.sqlite3"

    result = khazar(
        "--config",
        config,
        "migrate",
        env=environment(KHAZAR_DATABASE_URL=f"sqlite+aiosqlite:///{elsewhere}"),
    )

    assert result.code == 0, result.stderr
    assert schema_revision(elsewhere) == head_revision()
    assert not (tmp_path / "khazar.sqlite3").exists()


# --- khazar migrate --------------------------------------------------------------------------


def test_migrate_twice_is_fine(tmp_path):
    config = write_config(tmp_path)

    first = khazar("--config", config, "migrate")
    second = khazar("--config", config, "migrate")

    for result in (first, second):
        assert result.code == 0, result.stderr
        assert "up to date" in result.stdout
    assert schema_revision(tmp_path / "khazar.sqlite3") == head_revision()


# --- khazar delegates import and khazar invites list -----------------------------------------


@dataclass
class Summit:
    folder: Path
    imported: Result
    listed_without_qr: Result
    qr_files_after_no_qr: list[Path]
    listed: Result


@pytest.fixture(scope="module")
def summit(tmp_path_factory) -> Summit:
    """The sample roster imported, then the invitations listed without and with QR codes."""
    folder = tmp_path_factory.mktemp("summit")
    config = write_config(folder)
    imported = khazar("--config", config, "delegates", "import", "samples/roster.csv")
    without_qr = khazar("--config", config, "invites", "list", "--no-qr")
    qr_files = sorted((folder / "invites").glob("*")) if (folder / "invites").exists() else []
    listed = khazar("--config", config, "invites", "list")
    return Summit(folder, imported, without_qr, qr_files, listed)


def test_importing_the_sample_prints_the_counts(summit: Summit):
    assert summit.imported.code == 0, summit.imported.stderr
    assert summit.imported.stdout.splitlines() == [
        "delegations: 15 new, 0 updated; delegates: 22 new, 0 updated; invitations: 22 new"
    ]


def invitation_lines(result: Result) -> dict[str, list[str]]:
    """The listing's rows by ref: ref, name, code, status, expiry, links."""
    rows = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    return {row[0]: row for row in rows}


def test_invites_list_shows_each_delegates_code_and_both_links(summit: Summit):
    assert summit.listed.code == 0, summit.listed.stderr
    rows = invitation_lines(summit.listed)

    assert sorted(rows) == sorted(sample_refs())
    assert len(summit.listed.stdout.splitlines()) == len(rows) + 1  # and where the QR codes are
    for ref, (_, _name, code, status, _expires, links) in rows.items():
        assert status == "pending", ref
        assert f"https://t.me/KhazarSummitBot?start={code}" in links
        assert f"https://ble.ir/KhazarSummitBot?start={code}" in links
    assert rows["astrakhan-01"][1] == "Игорь Волгин"
    assert invitation_lines(summit.listed_without_qr) == rows


def test_invites_list_writes_a_qr_png_per_delegate_and_messenger(summit: Summit):
    invites = summit.folder / "invites"
    expected = {f"{ref}-{app}.png" for ref in sample_refs() for app in ("telegram", "bale")}

    assert {path.name for path in invites.iterdir()} == expected
    for name in expected:
        assert (invites / name).read_bytes().startswith(PNG_SIGNATURE), name
    assert str(invites) in summit.listed.stdout


def test_invites_list_with_no_qr_writes_none(summit: Summit):
    assert summit.listed_without_qr.code == 0, summit.listed_without_qr.stderr
    assert summit.qr_files_after_no_qr == []
    assert "QR codes" not in summit.listed_without_qr.stdout


def test_a_broken_csv_is_refused_line_by_line_and_nothing_is_imported(tmp_path):
    config = write_config(tmp_path)
    broken = tmp_path / "roster.csv"
    broken.write_text(
        "ref,name,role,delegation,language,title,country,timezone,delegation_name_en\n"
        "gilan-01,Dariush Farzaneh,head,gilan,fa,Governor,IR,Asia/Tehran,Gilan\n"
        "gilan-02,Mina Rastegar,chief,gilan,fa,,,,\n"  # line 3: no such role
        "gilan-03,,member,gilan,fa,,,,\n",  # line 4: no name
        "utf-8",
    )

    result = khazar("--config", config, "delegates", "import", broken)

    assert result.code == 1
    assert result.error_lines == [
        f"khazar: {broken}: line 3: role 'chief' is not one of head, member, liaison, staff",
        f"khazar: {broken}: line 4: name is missing",
        "khazar: nothing was imported; fix the lines above and import again",
    ]
    assert result.stdout == ""
    database = tmp_path / "khazar.sqlite3"
    for table in ("delegations", "delegates", "invitations"):
        assert table_count(database, table) == 0, table


def test_importing_a_file_that_does_not_exist_is_one_clear_line(tmp_path):
    config = write_config(tmp_path)
    missing = tmp_path / "no-such-roster.csv"

    result = khazar("--config", config, "delegates", "import", missing)

    assert result.code == 1
    assert result.error_lines == [f"khazar: {missing}: no such file"]


# --- khazar agenda import and export -------------------------------------------------------

SCHEDULE_JSON = PROJECT_ROOT / "tests" / "fixtures" / "schedule-json"


def test_agenda_imports_schedule_json_and_exports_it_and_a_calendar(tmp_path):
    config = write_config(tmp_path)
    invalid = SCHEDULE_JSON / "invalid-example.json"

    refused = khazar("--config", config, "agenda", "import", invalid)
    imported = khazar("--config", config, "agenda", "import", SCHEDULE_JSON / "frab-camp2019.json")
    ics = khazar("--config", config, "agenda", "export", "--format", "ics", "--lead", "10")
    output = tmp_path / "schedule.json"
    exported = khazar(
        "--config", config, "agenda", "export", "--format", "schedule-json", "-o", output
    )

    assert refused.code == 1 and refused.stdout == ""
    assert len(refused.error_lines) == 5, refused.stderr
    assert (
        f'khazar: {invalid}: schedule.conference.days[0].rooms["Winterchaos"][0].id: '
        'must be an integer, not "2814"'
    ) in refused.error_lines
    assert refused.error_lines[-1].startswith("khazar: nothing was imported")
    assert imported.code == 0, imported.stderr
    assert imported.stdout.splitlines() == ["sessions: 79 new, 0 changed, 0 unchanged"]
    assert ics.code == 0, ics.stderr
    assert ics.stdout.startswith("BEGIN:VCALENDAR")
    assert ics.stdout.count("BEGIN:VEVENT") == 79
    assert ics.stdout.count("TRIGGER:-PT10M") == 79
    assert "UID:117f530f-a20b-4071-b208-39e989a42408@caspian-governors-2025.khazar" in ics.stdout
    assert exported.code == 0, exported.stderr
    assert exported.stdout == f"khazar: wrote 79 sessions to {output}\n"
    document = json.loads(output.read_text("utf-8"))
    days = document["schedule"]["conference"]["days"]
    assert sum(len(events) for day in days for events in day["rooms"].values()) == 79
