"""No module of kg binds a top-level name twice: a second pattern under an old name silently replaces the first
for every use before it in the file (session 22 lost the slash-split names "Llama-2/3" that way)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = {name: n for name, n in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if n > 1}
    assert not twice, f"{path}: bound more than once at the top level: {twice}"


def test_a_second_binding_is_found() -> None:
    assert _top_level_names(ast.parse("A = 1\ndef f(): pass\nA = 2\n"))["A"] == 2
