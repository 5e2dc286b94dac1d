"""The README documents what kg has: set-up commands first, every command, every label and type."""

from __future__ import annotations

import re

import typer.main

from kg.cli import app
from kg.vocab import Cls, Rel

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_first_lines_are_the_two_setup_commands() -> None:
    first = README.splitlines()[:4]
    assert first[0] == "```bash" and first[3] == "```"
    # (bytecode compiled once, as pip does for a regular install: an editable one leaves it to the first run, which
    # cannot write it where PYTHONDONTWRITEBYTECODE is set, and every run then compiles kg again)
    assert re.fullmatch(r"pip install -e \. && (python -m compileall -q kg && )?kg build examples/\S+ --out exports",
                        first[1])
    assert first[2].startswith('pip install -e ".[test]" && python -m pytest')


def test_every_command_has_help_and_is_in_the_readme() -> None:
    for name, command in commands().items():
        assert (command.help or "").strip(), name
        assert re.search(rf"\bkg {name}\b", README), f"`kg {name}` is not in the README"


def test_every_label_and_relationship_type_is_documented() -> None:
    for cls in Cls:
        assert f"`{cls.value}`" in README, cls
    for rel in Rel:
        assert f"`{rel.name}`" in README and f"`kg:{rel.value}`" in README, rel
