"""The tokenizer's gated infix and URL tests (session 16) give the answers of the patterns they gate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.tokenizer_exceptions import URL_MATCH

from kg.extract import tokenizer
from kg.extract.spacy_pipeline import build_nlp

from .test_fast_paths import _real_section_texts


def _infix_spans(chunk: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    return ([m.span() for m in tokenizer.infix_finditer(chunk)], [m.span() for m in tokenizer._INFIX.finditer(chunk)])


def _url_spans(chunk: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    fast, spec = tokenizer.url_match(chunk), URL_MATCH(chunk)
    return (fast and fast.span()), (spec and spec.span())


def test_gated_infix_and_url_tests_equal_their_patterns_on_the_digests() -> None:
    chunks = {c for text in _real_section_texts() for c in text.split()}
    urls = 0
    for chunk in chunks:
        for cut in range(min(len(chunk), 4)):  # what is left after prefixes and suffixes are split off
            for part in (chunk[cut:], chunk[:len(chunk) - cut]):
                fast, spec = _infix_spans(part)
                assert fast == spec, part
                fast_url, spec_url = _url_spans(part)
                assert fast_url == spec_url, part
                urls += spec_url is not None
    assert len(chunks) > 5000 and urls > 10


# Letters, digits, the infix characters, URL pieces and Chinese.
_CHUNK = st.lists(st.sampled_from(
    ["a", "Z", "1", "ab", "AB", ")", "]", "(", "[", "+", ".", ",", "/", "–", "—", "…", "...", "“", "’", "中文", "。",
     "://", "www", "com", "org", "@", ":", "8080", "10", "192.168", "github", "io", "x-y", "é"]), max_size=10).map("".join)


@given(_CHUNK)
@settings(max_examples=1500, deadline=None)
def test_gated_infix_and_url_tests_equal_their_patterns_on_generated_chunks(chunk: str) -> None:
    fast, spec = _infix_spans(chunk)
    assert fast == spec
    fast_url, spec_url = _url_spans(chunk)
    assert fast_url == spec_url


def test_new_words_get_spacy_s_lower_and_is_space() -> None:
    """The pipeline's lexeme getters are the ``str`` methods spaCy's own getters call."""
    vocab = build_nlp().vocab
    for word in ("ÄBC-Net", "Straße", "ſpeed", "İstanbul", "\u3000", "KELVIN\u212a"):
        lexeme = vocab[word]
        assert lexeme.lower_ == word.lower() and lexeme.is_space == word.isspace()
