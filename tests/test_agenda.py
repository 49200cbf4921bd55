"""The programme import: the shipped sample, updates by key with a report of what changed,
and broken files refused whole with the line and the reason."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from bot.config import PROJECT_ROOT
from bot.services.agenda import AgendaImportError
from bot.storage.models import AgendaSession

SAMPLE = PROJECT_ROOT / "samples" / "agenda.toml"
LANGUAGES = {"fa", "ru", "az", "kk", "tk", "en"}


async def sessions(services) -> dict[str, SimpleNamespace]:
    """The stored sessions as plain values (rows expire when their session closes)."""
    async with services.db.reading() as uow:
        rows = (await uow.session.scalars(select(AgendaSession))).all()
        columns = AgendaSession.__table__.columns
        return {
            row.key: SimpleNamespace(**{c.key: getattr(row, c.key) for c in columns})
            for row in rows
        }


async def count(services) -> int:
    async with services.db.reading() as uow:
        return await uow.session.scalar(select(func.count()).select_from(AgendaSession))


async def import_text(services, text: str, source: str = "agenda.toml"):
    return await services.agenda.import_toml(services.event.id, source, text)


async def test_the_sample_programme_imports_in_event_time(backend):
    services, _codes = backend
    report = await import_text(services, SAMPLE.read_text("utf-8"))
    assert len(report.created) == 10 and not report.changed
    imported = await sessions(services)
    opening = imported["opening"]
    # 09:00 in Tehran (UTC+03:30) is 05:30 UTC.
    assert opening.starts_at == datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
    assert set(opening.titles) == LANGUAGES
    assert {key for key, s in imported.items() if s.for_everyone} == {
        "opening",
        "general-panel",
        "closing",
    }
    assert imported["transit"].topics[0]["en"].startswith("Logistics")
    assert all(set(s.titles) == LANGUAGES for s in imported.values())


async def test_a_reimport_updates_in_place_and_says_what_changed(backend):
    services, _codes = backend
    text = SAMPLE.read_text("utf-8")
    await import_text(services, text)
    before = await sessions(services)
    again = await import_text(services, text)
    assert len(again.unchanged) == 10 and not again.created and not again.changed

    moved = text.replace(
        "starts = 2025-11-18T14:00:00\nends = 2025-11-18T16:00:00\n",
        "starts = 2025-11-18T14:30:00\nends = 2025-11-18T16:30:00\n",
        1,
    ).replace('en = "Hall B"', 'en = "Hall D"')
    report = await import_text(services, moved)
    assert report.changed == {
        "economy": ["starts_at", "ends_at"],
        "transit": ["room"],
    }
    after = await sessions(services)
    assert after["economy"].id == before["economy"].id, "the same session, moved"
    assert after["economy"].starts_at == datetime(2025, 11, 18, 11, 0, tzinfo=UTC)

    shorter = text.split('[[session]]\nkey = "dinner"')[0]
    report = await import_text(services, shorter)
    assert report.not_in_file == ["dinner"]
    assert "dinner" in await sessions(services), "a session missing from the file is not deleted"


BROKEN = """\
[[session]]
key = "opening"
kind = "opening"
starts = 2025-11-18T09:00:00
ends = 2025-11-18T10:00:00
title = { en = "Opening" }

[[session]]
key = "keynote"
kind = "keynote"
starts = 2025-11-18T11:00:00
ends = 2025-11-18T10:00:00
title = { de = "Grundsatzrede" }

[[session]]
key = "opening"
kind = "social"
starts = 2025-11-18T19:00:00
ends = 2025-11-18T21:00:00
title = { en = "Dinner" }
dresscode = "formal"
"""


async def test_a_broken_file_is_refused_whole_with_lines_and_reasons(backend):
    services, _codes = backend
    with pytest.raises(AgendaImportError) as caught:
        await import_text(services, BROKEN)
    problems = [(p.line, p.reason) for p in caught.value.problems]
    reasons = "\n".join(f"{line}: {reason}" for line, reason in problems)
    assert any(line == 8 and "kind 'keynote'" in reason for line, reason in problems), reasons
    assert any(line == 8 and "ends is not after starts" in reason for line, reason in problems), (
        reasons
    )
    assert any(line == 8 and "'de'" in reason for line, reason in problems), reasons
    assert any(line == 15 and "dresscode" in reason for line, reason in problems), reasons
    assert await count(services) == 0, "not even the good first session is imported"


async def test_duplicate_keys_and_invalid_toml_are_explained(backend):
    services, _codes = backend
    duplicate = BROKEN.split('[[session]]\nkey = "keynote"')[0] * 2
    with pytest.raises(AgendaImportError) as caught:
        await import_text(services, duplicate)
    assert [(p.line, p.reason) for p in caught.value.problems] == [
        (8, "key 'opening' appears twice (also line 1)")
    ]
    with pytest.raises(AgendaImportError) as caught:
        await import_text(services, '[[session]]\nkey = "x\n')
    assert (
        caught.value.problems[0].line == 2 and "not valid TOML" in caught.value.problems[0].reason
    )
    assert await count(services) == 0


def khazar(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = (
        (PROJECT_ROOT / "config.toml")
        .read_text("utf-8")
        .replace(
            'database_url = "sqlite+aiosqlite:///data/khazar.sqlite3"',
            f'database_url = "sqlite+aiosqlite:///{tmp_path}/khazar.sqlite3"',
        )
    )
    (tmp_path / "config.toml").write_text(config, "utf-8")
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "--config", str(tmp_path / "config.toml"), *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin"},
    )


def test_the_command_line_imports_and_refuses(tmp_path: Path):
    imported = khazar(tmp_path, "agenda", "import", str(SAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert "sessions: 10 new, 0 changed, 0 unchanged" in imported.stdout

    broken = tmp_path / "broken.toml"
    broken.write_text(BROKEN, "utf-8")
    refused = khazar(tmp_path, "agenda", "import", str(broken))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"khazar: {broken}: line 8: kind 'keynote'" in refused.stderr
    assert "nothing was imported" in refused.stderr
