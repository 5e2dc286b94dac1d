"""Stand-in modules while a library is imported: gone afterwards, real modules untouched."""

from __future__ import annotations

import subprocess
import sys
import types

from kg.stand_ins import stand_ins


def test_stand_ins_are_placed_for_the_block_and_removed_after() -> None:
    with stand_ins({"kg_test_pkg": {"x": 1}, "kg_test_pkg.sub": {"y": 2}}):
        import kg_test_pkg  # type: ignore[import-not-found]
        from kg_test_pkg.sub import y  # type: ignore[import-not-found]

        assert kg_test_pkg.x == 1 and y == 2
        assert kg_test_pkg.sub is sys.modules["kg_test_pkg.sub"]
    assert "kg_test_pkg" not in sys.modules and "kg_test_pkg.sub" not in sys.modules


def test_a_module_already_imported_is_left_as_it_is() -> None:
    real = sys.modules["json"]
    with stand_ins({"json": {"loads": None}}):
        import json

        assert json is real and json.loads is not None
    assert sys.modules["json"] is real


def test_a_stand_in_is_taken_off_its_real_parent_too() -> None:
    parent = types.ModuleType("kg_test_parent")
    sys.modules["kg_test_parent"] = parent
    try:
        with stand_ins({"kg_test_parent.child": {}}):
            from kg_test_parent import child  # type: ignore[import-not-found]

            assert child is sys.modules["kg_test_parent.child"]
            parent.child = child  # as an import that loads a submodule leaves it
        assert not hasattr(parent, "child") and "kg_test_parent.child" not in sys.modules
    finally:
        del sys.modules["kg_test_parent"]


def test_spacy_is_imported_without_its_command_line_which_still_works_afterwards() -> None:
    code = ("import sys; import kg.extract.spacy_pipeline; import spacy; "
            "assert 'spacy.cli' not in sys.modules and 'weasel' not in sys.modules, 'spacy.cli imported'; "
            "assert 'cli' not in vars(spacy), 'stand-in left on spacy'; "
            "import spacy.cli; assert callable(spacy.cli.download); "
            "from spacy.cli.info import info; print(type(spacy.info(markdown=True)).__name__, callable(info))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["str", "True"]
