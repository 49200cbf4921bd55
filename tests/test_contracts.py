"""Architecture contracts: the core (services, storage, languages) imports nothing of aiogram,
and layers only import downwards. The contracts live in pyproject.toml ([tool.importlinter])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_the_core_modules_really_load_without_aiogram():
    # Independent of import-linter: import the core in a fresh interpreter with aiogram hidden.
    code = (
        "import sys; sys.modules['aiogram'] = None\n"
        "import bot.services.registration, bot.services.roster, bot.services.invitations\n"
        "import bot.storage.database, bot.storage.migrations, bot.i18n\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.stdout.strip() == "ok", result.stderr
