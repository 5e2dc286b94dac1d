"""The compiled-pattern cache gives the patterns ``re`` compiles, from its file or without one."""

from __future__ import annotations

import marshal
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


# ----------------------------------------------------------------------------- tokenised lexicon entries

TEXTS = ["ScreenSpot-Pro", "mAP@0.5", "Grad-CAM++", "top-1 accuracy", "在ScreenSpot-Pro上", "ViT-B/32"]


def _split(texts: list[str]) -> list[list[str]]:
    return [text.replace("-", " - ").split() for text in texts]


def test_token_lists_are_stored_and_read_back(cache_home):
    texts = [f"{text} {i}" for i in range(20) for text in TEXTS]
    calls: list[list[str]] = []

    def tokenize(texts: list[str]) -> list[list[str]]:
        calls.append(texts)
        return _split(texts)

    first = pattern_cache.cached_token_lists(texts, "v1", tokenize)
    assert first == _split(texts) and calls == [texts]
    calls.clear()
    assert pattern_cache.cached_token_lists(texts, "v1", tokenize) == first
    assert len(calls) == 1 and len(calls[0]) < len(texts) / 2  # read back: only a sample tokenised again
    assert len(list(cache_home.glob("tokens-*.marshal"))) == 1
    pattern_cache.cached_token_lists(texts, "v2", tokenize)  # another tokenizer: another file, the old one goes
    assert len(list(cache_home.glob("tokens-*.marshal"))) == 1


def test_a_stale_or_damaged_token_file_is_tokenised_again(cache_home):
    pattern_cache.cached_token_lists(TEXTS, "v1", _split)
    path = next(cache_home.glob("tokens-*.marshal"))
    path.write_bytes(marshal.dumps([["stale"]] * len(TEXTS)))  # what a changed tokenizer would disagree with
    assert pattern_cache.cached_token_lists(TEXTS, "v1", _split) == _split(TEXTS)
    path.write_bytes(b"\x00garbage")
    assert pattern_cache.cached_token_lists(TEXTS, "v1", _split) == _split(TEXTS)


def test_token_lists_without_a_cache_folder(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert pattern_cache.cached_token_lists(TEXTS, "v1", _split) == _split(TEXTS)


def test_the_lexicon_patterns_from_the_cache_equal_those_tokenised(cache_home):
    from kg.extract.spacy_pipeline import _pattern_keys, _token_lists, build_nlp

    nlp = build_nlp()
    stored = _pattern_keys(nlp, TEXTS)  # stored, then read back
    assert _pattern_keys(nlp, TEXTS) == stored
    doc_keys = {text: ([t.orth for t in nlp.make_doc(text)], [t.lower for t in nlp.make_doc(text)]) for text in TEXTS}
    assert stored == doc_keys
    assert [len(tokens) for tokens in _token_lists(nlp, TEXTS)] == [len(nlp.make_doc(t)) for t in TEXTS]
