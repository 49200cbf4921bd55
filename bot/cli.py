"""`khazar`: the one command for organisers and operators (typer).

    khazar run                      poll Telegram and Bale (migrates first)
    khazar migrate                  bring the database schema up to date
    khazar delegates import FILE    import delegations and delegates (.csv or .toml)
    khazar invites list             invitation codes, links, and QR code PNGs
    khazar agenda import FILE       import or update the programme (TOML or schedule.json)
    khazar agenda export --format F export the programme (schedule-json or ics)

The config file comes from --config, else KHAZAR_CONFIG, else ./config.toml. Every error
ends the command with a non-zero exit and one clear line per problem, never a traceback.
"""

from __future__ import annotations

import asyncio
import enum
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from bot.config import ConfigError, Settings, load_settings

T = TypeVar("T")

app = typer.Typer(
    no_args_is_help=True, add_completion=False, help="Khazar, the summit delegates' assistant."
)
delegates_app = typer.Typer(no_args_is_help=True, help="The delegations and delegates.")
invites_app = typer.Typer(no_args_is_help=True, help="Invitation codes.")
agenda_app = typer.Typer(no_args_is_help=True, help="The programme.")
app.add_typer(delegates_app, name="delegates")
app.add_typer(invites_app, name="invites")
app.add_typer(agenda_app, name="agenda")

EXIT_USAGE = 2


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"khazar: {message}", err=True)
    return typer.Exit(code)


def _settings(ctx: typer.Context) -> Settings:
    try:
        return load_settings(ctx.obj)
    except ConfigError as exc:
        for line in exc.lines:
            typer.echo(f"khazar: {line}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def _run(coroutine_factory: Callable[[], Awaitable[T]]) -> T:
    async def runner() -> T:
        return await coroutine_factory()

    return asyncio.run(runner())


def _read_text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail(f"{file}: no such file") from None
    except UnicodeDecodeError as exc:
        raise fail(f"{file}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def _import(settings: Settings, work: Callable[[Any, int], Awaitable[list[str]]]) -> None:
    """Run an all-or-nothing import; print its report, or every problem and exit 1."""
    from bot.core import build_services
    from bot.services.agenda import AgendaImportError
    from bot.services.roster import RosterImportError

    async def go() -> list[str]:
        services = build_services(settings)
        try:
            event = await services.prepare()
            return await work(services, event.id)
        finally:
            await services.close()

    try:
        lines = _run(go)
    except (RosterImportError, AgendaImportError) as exc:
        for problem in exc.problems:
            typer.echo(f"khazar: {exc.source}: {problem}", err=True)
        typer.echo("khazar: nothing was imported; fix the lines above and import again", err=True)
        raise typer.Exit(1) from None
    for line in lines:
        typer.echo(line)


@app.callback()
def main(
    ctx: typer.Context,
    config: Annotated[
        Path | None, typer.Option("--config", help="The config file (default: ./config.toml).")
    ] = None,
) -> None:
    ctx.obj = config


@app.command()
def migrate(ctx: typer.Context) -> None:
    """Bring the database schema up to date."""
    from bot.core import build_services

    settings = _settings(ctx)

    async def go() -> None:
        services = build_services(settings)
        try:
            await services.prepare()
        finally:
            await services.close()

    _run(go)
    typer.echo("khazar: the database is up to date")


@app.command()
def run(ctx: typer.Context) -> None:
    """Migrate the database, then serve delegates on Telegram and Bale until stopped."""
    from bot.app import TokenRefused, build_application
    from bot.core import build_services
    from bot.logging import configure_logging

    settings = _settings(ctx)

    async def prepare() -> None:
        services = build_services(settings)
        try:
            await services.prepare()
        finally:
            await services.close()

    _run(prepare)
    if not settings.enabled_platforms:
        raise fail(
            "no messenger is enabled: set enabled = true under [telegram] or [bale] in the config",
            EXIT_USAGE,
        )
    missing = settings.missing_tokens()
    if missing:
        raise fail(
            f"no bot token: set {' and '.join(missing)} in the environment "
            "(or disable that messenger with enabled = false in the config)",
            EXIT_USAGE,
        )
    configure_logging()
    application = build_application(settings)
    try:
        _run(application.run)
    except KeyboardInterrupt:
        pass
    except TokenRefused as exc:
        raise fail(str(exc), EXIT_USAGE) from None


@delegates_app.command("import")
def import_delegates(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="A .csv or .toml file of delegations and delegates.")
    ],
) -> None:
    """Import delegations and delegates; all or nothing. New delegates get invitation codes."""
    from bot.services.roster import describe

    settings = _settings(ctx)
    text = _read_text(file)

    async def work(services: Any, event_id: int) -> list[str]:
        return list(describe(await services.roster.import_file(event_id, str(file), text)))

    _import(settings, work)


@agenda_app.command("import")
def import_agenda(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="The programme: a TOML file of [[session]]s, or a schedule.json "
            "exported by pretalx or frab."
        ),
    ],
) -> None:
    """Import or update the programme; all or nothing. Prints what changed."""
    settings = _settings(ctx)
    text = _read_text(file)

    async def work(services: Any, event_id: int) -> list[str]:
        return (await services.agenda.import_file(event_id, str(file), text)).lines()

    _import(settings, work)


class ExportFormat(enum.StrEnum):
    SCHEDULE_JSON = "schedule-json"
    ICS = "ics"


@agenda_app.command("export")
def export_agenda(
    ctx: typer.Context,
    export_format: Annotated[
        ExportFormat,
        typer.Option("--format", help="schedule-json (pretalx, frab) or ics (calendar apps)."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="The file to write (default: stdout).")
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(help="The language of the texts (default: the config's default)."),
    ] = None,
    lead: Annotated[
        int | None,
        typer.Option(min=0, help="Minutes before each session for the calendar alarm (ics)."),
    ] = None,
) -> None:
    """Export the programme; texts missing in LANGUAGE come from its fallback languages."""
    import json

    from bot.core import build_services
    from bot.services.calendar import sessions_to_ics
    from bot.services.schedule_json import export_schedule_json
    from bot.services.views import localized

    settings = _settings(ctx)
    languages = settings.languages
    language = language or languages.default
    if language not in languages.available:
        raise fail(
            f"--language {language!r} is not one of {', '.join(languages.available)}", EXIT_USAGE
        )
    chain = languages.chain(language)

    async def go():  # type: ignore[no-untyped-def]
        services = build_services(settings)
        try:
            event = await services.prepare()
            return event, await services.agenda.sessions(event.id)
        finally:
            await services.close()

    event, sessions = _run(go)
    if export_format is ExportFormat.ICS:
        data = sessions_to_ics(
            sessions,
            chain,
            settings.reminders.default_lead_minutes if lead is None else lead,
            event.timezone,
            localized(event.names, chain),
            f"{event.code}.khazar",
        )
    else:
        document = export_schedule_json(sessions, event, chain)
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror}") from None
    written = [s for s in sessions if export_format is ExportFormat.ICS or not s.cancelled]
    typer.echo(f"khazar: wrote {len(written)} sessions to {output}")


@invites_app.command("list")
def list_invites(
    ctx: typer.Context,
    qr: Annotated[bool, typer.Option("--qr/--no-qr", help="Write a QR code PNG per link.")] = True,
) -> None:
    """Every invitation: delegate, code, status, links; and QR code PNGs to print."""
    from bot.core import build_services
    from bot.services.invitations import InvitationStatus, write_qr_codes

    settings = _settings(ctx)

    async def go():  # type: ignore[no-untyped-def]
        services = build_services(settings)
        try:
            event = await services.prepare()
            return await services.invitations.list_for_event(event.id)
        finally:
            await services.close()

    invitations = _run(go)
    if not invitations:
        typer.echo(
            "khazar: no invitations yet; import delegates first (khazar delegates import FILE)"
        )
        return
    folder = settings.resolve(settings.registration.invites_folder)
    for invitation in invitations:
        links = "  ".join(f"{p.value}: {link}" for p, link in invitation.links.items())
        typer.echo(
            f"{invitation.delegate_ref}\t{invitation.delegate_name}\t{invitation.code}\t"
            f"{invitation.status.value}\t{invitation.expires_at:%Y-%m-%d}\t{links}"
        )
        if qr and invitation.status is InvitationStatus.PENDING:
            write_qr_codes(invitation, folder)
    if qr:
        typer.echo(f"QR codes of pending invitations: {folder}")


if __name__ == "__main__":
    sys.exit(app())
