"""The compiled-pattern cache gives the patterns ``re`` compiles, from its file or without one."""

from __future__ import annotations

import re

import pytest

from kg.extract import pattern_cache
from kg.extract.pattern_cache import cached_compiles

PATTERNS = [
    (r"(?P<name>[A-Z][\w-]+)\s*\((?P<short>[A-Z]{2,})\)", 0),
    (r"\b(?:outperform(?:s|ed)?|surpass\w*)\b", re.IGNORECASE),
    (r"(?<![A-Za-z])(\d+(?:\.\d+)?)\s*%(?=\s|$)", re.MULTILINE),
    (r"^[\u4e00-\u9fff]{2,8}?(?:数据集|基准)", 0),
    (r"(?x) a \s+ (b)  # verbose", 0),
    (r"(?i:abc)|(?s:.)", re.ASCII),
]


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # (or ``re`` answers from its own cache without compiling)
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _expected() -> list[re.Pattern[str]]:
    re.purge()
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _assert_same(got: list[re.Pattern[str]], expected: list[re.Pattern[str]]) -> None:
    for a, b in zip(got, expected, strict=True):
        assert a is not b
        assert a == b  # pattern, flags and code
        assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)


@pytest.fixture()
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "kg"


def test_patterns_from_the_file_equal_those_re_compiles(cache_home, monkeypatch):
    expected = _expected()
    with cached_compiles("test"):
        first = _compile_all()  # no file yet: compiled by ``re``, stored
    _assert_same(first, expected)
    assert len(list(cache_home.glob("patterns-test-*"))) == 1

    def no_parse(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(pattern_cache._parser, "parse", no_parse)
    with cached_compiles("test"):
        second = _compile_all()  # from the file: nothing parsed
    monkeypatch.undo()
    _assert_same(second, expected)
    assert re._compiler.compile is not None and re.compile("x+y") == re.compile("x+y")  # ``re`` restored


def test_a_damaged_file_falls_back_to_re(cache_home):
    with cached_compiles("test"):
        _compile_all()
    (path,) = cache_home.glob("patterns-test-*")
    path.write_bytes(b"not a marshal file")
    with cached_compiles("test"):
        _assert_same(_compile_all(), _expected())
    assert path.read_bytes() != b"not a marshal file"  # rewritten


def test_a_damaged_entry_falls_back_to_re(cache_home):
    import marshal

    with cached_compiles("test"):
        _compile_all()
    (path,) = cache_home.glob("patterns-test-*")
    entries = marshal.loads(path.read_bytes())
    entries = {key: (flags, [0, 1, 2], groups, groupindex, indexgroup)
               for key, (flags, code, groups, groupindex, indexgroup) in entries.items()}
    path.write_bytes(marshal.dumps(entries))
    with cached_compiles("test"):
        _assert_same(_compile_all(), _expected())


def test_no_cache_folder_still_compiles(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file, not a folder: nothing can be written
    calls = []
    monkeypatch.setattr(pattern_cache, "_compile_args", lambda *args: calls.append(args))
    with cached_compiles("test"):
        _assert_same(_compile_all(), _expected())
    assert not calls  # not compiled twice for a file that cannot be written


def test_a_block_inside_another_leaves_its_patterns_to_the_outer_file(cache_home):
    with cached_compiles("outer"), cached_compiles("inner"):
        _assert_same(_compile_all(), _expected())
    assert [path.name.split("-")[1] for path in cache_home.iterdir()] == ["outer"]
