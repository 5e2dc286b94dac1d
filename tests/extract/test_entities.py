"""Entity extraction (issue 3): components on small sentences, paper-level typing and roles, evidence spans."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.extract.spacy_pipeline import build_nlp, is_strong_word, long_form_for
from kg.model import Mention, Paper, Provenance, Section


def make_paper(title: str, abstract: str = "", **summary: str) -> Paper:
    """A paper with a title, an English abstract and optional summary sections (Chinese when CJK)."""
    sections = {"title": Section("title", title, "en", 1, 1, 0)}
    for name, text in summary.items():
        lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
        sections[name] = Section(name, text, lang, 2, 2, 0)
    if abstract:
        sections["abstract"] = Section("abstract", abstract, "en", 3, 3, 0)
    return Paper("2601.00001", "arxiv", "https://arxiv.org/abs/2601.00001", title, [], ["cs.CV"], sections,
                 Provenance("t.md", 1, 3, "t"))


def by_name(mentions: list[Mention]) -> dict[str, Mention]:
    out = {}
    for m in mentions:
        out[m.name] = m
        for alias in m.aliases:
            out.setdefault(alias, m)
    return out



def typed(mentions: list[Mention], type_: str) -> set[str]:
    """Names (and aliases) of the mentions of one type."""
    return {name for m in mentions if m.type == type_ for name in (m.name, *m.aliases)}

# ----------------------------------------------------------------------------- components


def test_lexicon_matcher_types_known_names() -> None:
    doc = build_nlp()("We report FID and accuracy on ImageNet and CIFAR-100 using a CNN.")
    found = {(s.text, s.label_) for s in doc.spans["lexicon"]}
    assert {("FID", "Metric"), ("accuracy", "Metric"), ("ImageNet", "Dataset"), ("CIFAR-100", "Dataset"),
            ("CNN", "Technique")} <= found


def test_name_candidates_find_shaped_words_and_phrases() -> None:
    doc = build_nlp()("Extensive results show that UI-Venus-1.5 beats SAM 3D and GUI baselines.")
    names = {s.text: s.label_ for s in doc.spans["names"]}
    assert names["UI-Venus-1.5"] == "STRONG" and names["SAM 3D"] == "STRONG"
    assert "Extensive" not in names and "GUI" not in names  # sentence starter, common acronym


@pytest.mark.parametrize("word,strong", [("ScreenSpot-Pro", True), ("ViT", True), ("SAM3", True), ("U-Net", True),
                                         ("Mid-Training", False), ("VLM-based", False), ("2B", False), ("GUI", False),
                                         ("FünfNet", True), ("Über", False)])  # Latin-1 letters: inner capitals count
def test_strong_word_shapes(word: str, strong: bool) -> None:
    assert is_strong_word(word) is strong


def test_abbreviation_linker_pairs_long_and_short_forms() -> None:
    doc = build_nlp()("We measure Expected Calibration Error (ECE) of convolutional neural networks (CNNs).")
    pairs = {(s.text, l.text) for s, l in zip(doc.spans["abbrev_short"], doc.spans["abbrev_long"])}
    assert ("ECE", "Expected Calibration Error") in pairs
    assert any(short.startswith("CNN") and long == "convolutional neural networks" for short, long in pairs)


def test_long_form_needs_matching_initials() -> None:
    assert long_form_for("we use the Fréchet Inception Distance".split(), "FID") == 3
    assert long_form_for("we use a new model".split(), "FID") is None


# ----------------------------------------------------------------------------- paper level


def test_title_prefix_is_the_proposed_method(extractor: EntityExtractor) -> None:
    paper = make_paper("FooNet: Robust Depth Estimation via Diffusion",
                       "We propose FooNet, a diffusion model for depth. FooNet outperforms DepthPro on KITTI.")
    found = by_name(extractor.extract(paper))
    assert found["FooNet"].type == "Method" and found["FooNet"].role == "proposed"
    assert found["KITTI"].type in ("Dataset", "Benchmark")
    assert found["DepthPro"].type == "Method" and found["DepthPro"].role == "compared"


def test_title_benchmark_is_introduced_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("ZetaBench: A Benchmark for Video Reasoning",
                       "We introduce ZetaBench, a benchmark of 5k questions. GPT-4o scores 41% on ZetaBench.")
    found = by_name(extractor.extract(paper))
    assert found["ZetaBench"].type == "Benchmark" and found["ZetaBench"].role == "introduced"


def test_regression_subtitle_mentioning_dataset_is_not_a_data_title(extractor: EntityExtractor) -> None:
    paper = make_paper("Q-Mark: Robust Dataset Ownership Verification for Imaging",
                       "We propose Q-Mark, a watermarking method.")
    found = by_name(extractor.extract(paper))
    assert found["Q-Mark"].type == "Method" and found["Q-Mark"].role == "proposed"


def test_chinese_sentences_with_latin_names(extractor: EntityExtractor) -> None:
    paper = make_paper("A study of agents", "",
                       tldr="提出了FlowAgent框架，在WebShop和ALFWorld基准上优于ReAct。",
                       result="FlowAgent在WebShop上达到 61.2% 的成功率。")
    found = by_name(extractor.extract(paper))
    assert found["FlowAgent"].role == "proposed"
    assert found["WebShop"].type == "Benchmark" and found["ALFWorld"].type == "Benchmark"
    assert found["ReAct"].type == "Method" and found["ReAct"].role == "compared"


def test_generic_families_are_techniques_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Learning to segment", "We train a CNN and large language models (LLMs) with LoRA and "
                       "reinforcement learning, then compare with ResNet-50.")
    found = by_name(extractor.extract(paper))
    for name in ("CNN", "LoRA", "reinforcement learning", "LLMs"):
        assert found[name].type == "Technique", name
    assert found["ResNet-50"].type == "Method"


def test_abbreviation_becomes_one_entity_named_by_short_form(extractor: EntityExtractor) -> None:
    paper = make_paper("Calibrated models", "We report Expected Calibration Error (ECE) of 0.03. ECE drops by half.")
    metrics = [m for m in extractor.extract(paper) if m.type == "Metric"]
    assert len(metrics) == 1
    assert metrics[0].name == "ECE" and "Expected Calibration Error" in metrics[0].aliases


def test_regression_plain_metric_word_needs_a_reported_value(extractor: EntityExtractor) -> None:
    vague = make_paper("Better models", "Our idea improves accuracy in many settings.")
    stated = make_paper("Better models", "Our idea reaches 91.2% accuracy on the test split.")
    assert not [m for m in extractor.extract(vague) if m.type == "Metric"]
    assert [m.name for m in extractor.extract(stated) if m.type == "Metric"] == ["accuracy"]


def test_regression_adjectival_names_and_single_capitalised_words_are_dropped(extractor: EntityExtractor) -> None:
    paper = make_paper("A method", "A VLM-based pipeline is trained on our App dataset. Extensive tests follow.")
    names = {m.name for m in extractor.extract(paper)}
    assert not names & {"VLM-based", "App", "Extensive"}  # ("the App dataset" names one: see the error classes)


def test_agreement_between_abstract_and_summary_raises_confidence(extractor: EntityExtractor) -> None:
    both = make_paper("Tests", "We compare with YOLOv8n on COCO.", result="YOLOv8n在COCO上表现一般。")
    one = make_paper("Tests", "We compare with YOLOv8n on COCO.")
    assert by_name(extractor.extract(both))["YOLOv8n"].confidence > by_name(extractor.extract(one))["YOLOv8n"].confidence


def test_tasks_from_title(extractor: EntityExtractor) -> None:
    paper = make_paper("GazeNet: Mitigating Hallucinations for Video Question Answering",
                       "We study video question answering.")
    tasks = [m for m in extractor.extract(paper) if m.type == "Task"]
    assert 1 <= len(tasks) <= 3
    assert any("question answering" in t.name for t in tasks)


def test_evidence_spans_point_at_the_mention(extractor: EntityExtractor, seed_path) -> None:
    from kg.readers import read_digests

    papers = list(read_digests([seed_path]))
    checked = 0
    for paper in papers:
        for mention in extractor.extract(paper):
            assert mention.evidence, mention
            forms = {mention.name, *mention.aliases}
            for ev in mention.evidence:
                text = paper.sections[ev.section].text
                assert text[ev.start:ev.end] in forms, (paper.id, mention.name, ev)
                assert text[ev.start:ev.end] in ev.sentence or ev.sentence in text
                assert 0.0 <= ev.confidence <= 1.0 and ev.paper == paper.id
                checked += 1
            assert any(paper.sections[ev.section].text[ev.start:ev.end] == mention.name or
                       mention.type == "Task" for ev in mention.evidence) or mention.aliases
    assert checked > 500


def test_same_input_same_output(extractor: EntityExtractor) -> None:
    paper = make_paper("FooNet: Depth", "We propose FooNet and compare with DepthPro on KITTI and NYUv2.")
    first = [m.to_json() for m in extractor.extract(paper)]
    assert first == [m.to_json() for m in EntityExtractor().extract(paper)]


def test_regression_hybrids_fragments_and_joined_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Hybrids", "We compare a CNN-Transformer with ViT-B/32, B/16 and ResNet34+DA, and a "
                       "Slice-to-3D pipeline. The COP MAE is 2.1 mm. SCA-Net beats others; SCA-Nets scale.")
    found = by_name(extractor.extract(paper))
    assert found["CNN-Transformer"].type == "Technique"
    assert "B/16" not in found and "Slice-to-3D" not in found and "COP MAE" not in found
    assert found["ResNet34"].type == "Method" and "ResNet34+DA" not in found
    assert found["MAE"].type == "Metric"
    assert len([m for m in extractor.extract(paper) if m.name in ("SCA-Net", "SCA-Nets")]) == 1


def test_a_sentence_without_full_stops_is_quoted_as_a_window_around_each_mention() -> None:
    from kg.extract import Extractor
    from kg.extract.cues import MAX_EVIDENCE_SENTENCE

    text = " ".join(f"| Model{i}-X | {i % 90}.5% | on BenchQ-{i} |" for i in range(300))  # a table pasted as text
    extraction = Extractor().extract(make_paper("Tables", text))
    evidence = [e for m in extraction.entities for e in m.evidence] + [r.evidence for r in extraction.results]
    assert len(extraction.entities) > 100 and extraction.results
    for ev in evidence:
        assert len(ev.sentence) <= MAX_EVIDENCE_SENTENCE and text[ev.start:ev.end] in ev.sentence
