"""The roster: delegations and delegates imported from the organisers' CSV or TOML file.

An import is all or nothing. Every row is checked first; if any is wrong, the whole file is
refused with each bad row's line number and reason, and the database is not touched. A
re-import updates people in place by their `ref`, so organisers can fix a spelling and
import again. Each new delegate gets an invitation code.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.clock import Clock
from bot.services.invitations import InvitationService
from bot.storage.database import Database
from bot.storage.models import Delegate, Delegation, Role

_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class Problem:
    line: int | None
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}" if self.line else self.reason


class RosterImportError(Exception):
    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


@dataclass(slots=True)
class DelegationRow:
    line: int | None
    code: str
    country: str
    timezone: str
    names: dict[str, str]


@dataclass(slots=True)
class DelegateRow:
    line: int | None
    ref: str
    full_name: str
    role: Role
    delegation: str | None
    language: str | None
    title: str


@dataclass(slots=True)
class ImportReport:
    delegations_created: list[str] = field(default_factory=list)
    delegations_updated: list[str] = field(default_factory=list)
    delegates_created: list[str] = field(default_factory=list)
    delegates_updated: list[str] = field(default_factory=list)
    invitations_created: int = 0


class _Checker:
    """Collects every problem of a file instead of stopping at the first."""

    def __init__(self, languages: list[str]) -> None:
        self.languages = languages
        self.problems: list[Problem] = []

    def fail(self, line: int | None, reason: str) -> None:
        self.problems.append(Problem(line, reason))

    def text(self, line: int | None, raw: Any, name: str, *, required: bool = True) -> str:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.fail(line, f"{name} is missing")
            return ""
        if not isinstance(raw, str):
            self.fail(line, f"{name} must be text, not {type(raw).__name__}")
            return ""
        value = raw.strip()
        if len(value) > MAX_NAME:
            self.fail(line, f"{name} is longer than {MAX_NAME} characters")
        return value

    def delegation(self, line: int | None, raw: dict[str, Any]) -> DelegationRow:
        code = self.text(line, raw.get("code"), "code")
        if code and not _REF.match(code):
            self.fail(line, f"code {code!r} may hold only Latin letters, digits, '-', '_' and '.'")
        country = self.text(line, raw.get("country"), "country").upper()
        if country and not _COUNTRY.match(country):
            self.fail(line, f"country {country!r} must be a two-letter ISO code such as IR or RU")
        timezone = self.text(line, raw.get("timezone"), "timezone")
        if timezone:
            try:
                ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                self.fail(line, f"timezone {timezone!r} is not a known time zone (e.g. Asia/Baku)")
        names_raw = raw.get("names") or {}
        names: dict[str, str] = {}
        if not isinstance(names_raw, dict):
            self.fail(line, "names must be a table of language = name")
        else:
            for lang, value in names_raw.items():
                if lang not in self.languages:
                    self.fail(
                        line, f"names has language {lang!r}, not one of {', '.join(self.languages)}"
                    )
                elif text := self.text(line, value, f"names.{lang}", required=False):
                    names[lang] = text
        if not names:
            self.fail(line, "the delegation needs a name in at least one language")
        return DelegationRow(line, code, country, timezone, names)

    def delegate(self, line: int | None, raw: dict[str, Any]) -> DelegateRow:
        ref = self.text(line, raw.get("ref"), "ref")
        if ref and not _REF.match(ref):
            self.fail(line, f"ref {ref!r} may hold only Latin letters, digits, '-', '_' and '.'")
        name = self.text(line, raw.get("name"), "name")
        role_text = self.text(line, raw.get("role"), "role").lower()
        role = Role.MEMBER
        if role_text:
            try:
                role = Role(role_text)
            except ValueError:
                self.fail(
                    line, f"role {role_text!r} is not one of {', '.join(r.value for r in Role)}"
                )
        delegation = self.text(line, raw.get("delegation"), "delegation", required=False) or None
        if delegation is None and role is not Role.STAFF:
            self.fail(line, "delegation is missing (only staff may have none)")
        language = self.text(line, raw.get("language"), "language", required=False).lower() or None
        if language and language not in self.languages:
            self.fail(line, f"language {language!r} is not one of {', '.join(self.languages)}")
        title = self.text(line, raw.get("title"), "title", required=False)
        return DelegateRow(line, ref, name, role, delegation, language, title)


def toml_header_lines(text: str, table: str) -> list[int]:
    pattern = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(table)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]


def parse_toml(
    text: str, languages: list[str]
) -> tuple[list[DelegationRow], list[DelegateRow], list[Problem]]:
    checker = _Checker(languages)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return (
            [],
            [],
            [
                Problem(
                    int(m[1]) if (m := re.search(r"at line (\d+)", str(exc))) else None,
                    f"not valid TOML: {exc}",
                )
            ],
        )
    unknown = set(data) - {"delegation", "delegate"}
    for key in sorted(unknown):
        checker.fail(None, f"unknown section {key!r}; expected [[delegation]] and [[delegate]]")
    rows: dict[str, list[Any]] = {}
    for table in ("delegation", "delegate"):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            checker.fail(None, f"{table} must be written as [[{table}]] tables")
            entries = []
        lines = toml_header_lines(text, table)
        parsed = []
        for index, entry in enumerate(entries):
            line = lines[index] if len(lines) == len(entries) else None
            if not isinstance(entry, dict):
                checker.fail(line, f"{table} #{index + 1} is not a table")
                continue
            parsed.append(getattr(checker, table)(line, entry))
        rows[table] = parsed
    return rows["delegation"], rows["delegate"], checker.problems


CSV_COLUMNS = ("ref", "name", "role", "delegation", "language", "title")


def parse_csv(
    text: str, languages: list[str]
) -> tuple[list[DelegationRow], list[DelegateRow], list[Problem]]:
    """Delegates, one a row. A delegation is described by the columns `country`, `timezone`
    and `delegation_name_<lang>` on (at least) its first row."""
    checker = _Checker(languages)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = reader.fieldnames or []
    missing = [c for c in ("ref", "name", "role", "delegation") if c not in header]
    if missing:
        return [], [], [Problem(1, f"the header lacks the column(s): {', '.join(missing)}")]
    delegations: dict[str, DelegationRow] = {}
    delegates: list[DelegateRow] = []
    for row in reader:
        line = reader.line_num
        if None in row:
            checker.fail(line, "more values than header columns (a stray comma?)")
            continue
        if not any((value or "").strip() for value in row.values()):
            continue
        delegates.append(checker.delegate(line, row))
        code = (row.get("delegation") or "").strip()
        described = any((row.get(c) or "").strip() for c in ("country", "timezone")) or any(
            (row.get(f"delegation_name_{lang}") or "").strip() for lang in languages
        )
        if code and described:
            names = {lang: row.get(f"delegation_name_{lang}") or "" for lang in languages}
            candidate = checker.delegation(
                line,
                {
                    "code": code,
                    "country": row.get("country"),
                    "timezone": row.get("timezone"),
                    "names": {k: v for k, v in names.items() if v.strip()},
                },
            )
            earlier = delegations.get(code)
            if earlier is None:
                delegations[code] = candidate
            elif (earlier.country, earlier.timezone) != (candidate.country, candidate.timezone):
                checker.fail(
                    line, f"delegation {code!r} is described differently on line {earlier.line}"
                )
    return list(delegations.values()), delegates, checker.problems


class RosterService:
    def __init__(
        self, db: Database, clock: Clock, invitations: InvitationService, languages: list[str]
    ) -> None:
        self._db = db
        self._clock = clock
        self._invitations = invitations
        self._languages = languages

    def parse(self, source: str, text: str) -> tuple[list[DelegationRow], list[DelegateRow]]:
        suffix = Path(source).suffix.lower()
        if suffix == ".toml":
            delegations, delegates, problems = parse_toml(text, self._languages)
        elif suffix == ".csv":
            delegations, delegates, problems = parse_csv(text, self._languages)
        else:
            raise RosterImportError(source, [Problem(None, "the file must end in .csv or .toml")])
        problems += self._check_references(delegations, delegates)
        if problems:
            raise RosterImportError(source, sorted(problems, key=lambda p: (p.line or 0, p.reason)))
        return delegations, delegates

    @staticmethod
    def _check_references(
        delegations: list[DelegationRow], delegates: list[DelegateRow]
    ) -> list[Problem]:
        problems = []
        seen_codes: dict[str, int | None] = {}
        for row in delegations:
            if row.code in seen_codes:
                problems.append(
                    Problem(
                        row.line,
                        f"delegation {row.code!r} appears twice (also line {seen_codes[row.code]})",
                    )
                )
            seen_codes[row.code] = row.line
        seen_refs: dict[str, int | None] = {}
        for row in delegates:
            if row.ref and row.ref in seen_refs:
                problems.append(
                    Problem(
                        row.line, f"ref {row.ref!r} appears twice (also line {seen_refs[row.ref]})"
                    )
                )
            seen_refs[row.ref] = row.line
        return problems

    async def import_file(self, event_id: int, source: str, text: str) -> ImportReport:
        delegations, delegates = self.parse(source, text)
        report = ImportReport()
        async with self._db.writing() as uow:
            known: dict[str, Delegation] = {
                d.code: d for d in await uow.delegations.for_event(event_id)
            }
            for row in delegations:
                delegation = known.get(row.code)
                if delegation is None:
                    delegation = Delegation(event_id=event_id, code=row.code)
                    uow.delegations.add(delegation)
                    known[row.code] = delegation
                    report.delegations_created.append(row.code)
                else:
                    report.delegations_updated.append(row.code)
                delegation.country = row.country
                delegation.timezone = row.timezone
                delegation.names = row.names
            unknown = [
                Problem(
                    row.line,
                    f"delegation {row.delegation!r} is neither in the file nor imported before",
                )
                for row in delegates
                if row.delegation and row.delegation not in known
            ]
            if unknown:
                raise RosterImportError(source, unknown)
            await uow.delegations.flush()
            new_people: list[Delegate] = []
            for row in delegates:
                delegate = await uow.delegates.by_ref(event_id, row.ref)
                if delegate is None:
                    delegate = Delegate(
                        event_id=event_id, ref=row.ref, created_at=self._clock.now()
                    )
                    uow.delegates.add(delegate)
                    new_people.append(delegate)
                    report.delegates_created.append(row.ref)
                else:
                    report.delegates_updated.append(row.ref)
                delegate.full_name = row.full_name
                delegate.role = row.role
                delegate.title = row.title
                delegate.delegation_id = known[row.delegation].id if row.delegation else None
                if row.language:
                    delegate.language = row.language
            await uow.delegates.flush()
            report.invitations_created = await self._invitations.issue_within(uow, new_people)
            await uow.commit()
        return report


def describe(report: ImportReport) -> Iterable[str]:
    yield (
        f"delegations: {len(report.delegations_created)} new, "
        f"{len(report.delegations_updated)} updated; "
        f"delegates: {len(report.delegates_created)} new, {len(report.delegates_updated)} updated; "
        f"invitations: {report.invitations_created} new"
    )
