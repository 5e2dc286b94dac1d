"""Regression tests for method error classes found on the fresh real papers of session 20 (real8 dev): invented
sentences."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor

from .test_entities import make_paper, typed


def test_a_maths_term_in_the_proposing_sentence_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Probabilistic Contrastive Learning",
                       "We propose PCL, a decoder-free framework for contrastive learning.",
                       method="本文提出了概率对比学习（PCL），通过添加KL散度正则化器并将归一化KL项纳入损失中。")
    found = typed(extractor.extract(paper), "Method")
    assert "PCL" in found
    assert "KL" not in found


def test_names_only_in_the_arxiv_comment_are_venues(extractor: EntityExtractor) -> None:
    paper = make_paper("Federated Learning within an Energy Budget",
                       "We propose FedWatt, a client selection method that beats FedAvg.",
                       comment="Preprint of paper to appear in the proceedings of the 31st International European "
                               "Conference on Parallel and Distributed Computing (EuroPar). MIDL 2025 Oral.")
    found = {m.name for m in extractor.extract(paper)}
    assert {"FedWatt", "FedAvg"} <= found
    assert not found & {"EuroPar", "MIDL 2025 Oral", "MIDL"}
