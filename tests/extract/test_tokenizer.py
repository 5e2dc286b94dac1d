"""The name-preserving tokenizer (issue 3)."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.tokenizer import make_tokenizer


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.tokenizer = make_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize("name", ["UI-Venus-1.5", "Grad-CAM++", "mAP@0.5", "YOLOv8n", "ViT-B/32", "Qwen3-VL-4B",
                                  "CIFAR-100", "Hunyuan3D-2.1"])
def test_names_stay_one_token(nlp, name: str) -> None:
    for text in (f"We compare {name}, and more.", f"({name})", f"on {name}.", f"在{name}上取得最佳"):
        assert name in [t.text for t in nlp(text)], text


@pytest.mark.parametrize("name", ["SAM 3D", "MVTec AD", "NYU Depth v2"])
def test_multi_word_names_are_whole_tokens_in_sequence(nlp, name: str) -> None:
    tokens = [t.text for t in nlp(f"results on {name} improve")]
    words = name.split()
    start = tokens.index(words[0])
    assert tokens[start:start + len(words)] == words


def test_chinese_runs_split_from_latin_names(nlp) -> None:
    tokens = [t.text for t in nlp("在ScreenSpot-Pro和AndroidWorld上达到SOTA，提出“Agent Banana”框架")]
    for name in ("ScreenSpot-Pro", "AndroidWorld", "SOTA", "Agent", "Banana"):
        assert name in tokens
    assert "在" in tokens and "和" in tokens


def test_sentence_punctuation_and_percent_split(nlp) -> None:
    tokens = [t.text for t in nlp("It reaches 69.6% on AndroidWorld.In addition, web/mobile apps (ECE).")]
    assert {"69.6", "%", "AndroidWorld", "In", "web", "mobile", "ECE", "("} <= set(tokens)


def test_urls_are_one_token(nlp) -> None:
    url = "https://github.com/inclusionAI/UI-Venus"
    assert url in [t.text for t in nlp(f"Code: {url} ")]


def test_ascii_brackets_between_chinese_and_latin_split(nlp) -> None:
    # regression: "模块(TPA)和" kept "TPA)" as one token, so the acronym was never a name candidate
    tokens = [t.text for t in nlp("包括时间感知模块(TPA)和对齐模块[ABC]以及Grad-CAM++")]
    assert {"TPA", "ABC", "(", ")", "[", "]", "Grad-CAM++"} <= set(tokens)


def test_a_sentence_break_written_without_its_blank_splits_before_a_name(nlp) -> None:
    # "... n-gram information.TASC-spec avoids ...": the name opens the next sentence
    assert [t.text for t in nlp("mixing task and context information.TASC-spec avoids training")][4:7] == [
        "information", ".", "TASC-spec"]
    assert [t.text for t in nlp("DR.Experts and Node.js")] == ["DR.Experts", "and", "Node.js"]  # names stay whole
