#!/usr/bin/env python3
"""The two README commands, for a fresh machine that has only Python 3.11+ and pip.

    python3 manage.py run    # make .venv, install Khazar, migrate the database, start the bot
    python3 manage.py test   # make .venv, install Khazar with its test tools, run every test

It uses only the standard library, so it can run before anything is installed. The virtual
environment is reinstalled whenever pyproject.toml changes (a stamp file remembers its hash).
Anything after the command is passed on: `manage.py run --config other.toml`,
`manage.py test -k registration`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
PYTEST_NO_TESTS_COLLECTED = 5


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script is what tells an old Python
        sys.exit(f"Khazar needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = f"{extras}:{hashlib.sha256((ROOT / 'pyproject.toml').read_bytes()).hexdigest()}"
    installed = STAMP.read_text().splitlines() if STAMP.exists() else []
    if wanted not in installed:
        print(f"Installing Khazar{f' [{extras}]' if extras else ''} ...", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--editable",
                target,
            ],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text("\n".join([*installed, wanted]) + "\n")
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "run":
            python = ensure_environment("")
            return subprocess.call([str(python), "-m", "bot.cli", "run", *rest], cwd=ROOT)
        python = ensure_environment("test")
    except subprocess.CalledProcessError as exc:
        print(f"manage.py: installing failed ({exc}); see pip's message above.", file=sys.stderr)
        return 1
    code = subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    if code == PYTEST_NO_TESTS_COLLECTED:
        print("manage.py: pytest collected no tests; that is a failure here.", file=sys.stderr)
    return code


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
