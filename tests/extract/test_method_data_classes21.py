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


def test_open_source_notes_read_as_comments_keep_their_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Video-Enhanced Audio Tokenization",
                       "We fuse visual features into an audio tokenizer.",
                       comment="数据集：实验主要使用公开的 AudioSet 和 AVQA 数据集。")
    found = {m.name for m in extractor.extract(paper)}
    assert {"AudioSet", "AVQA"} <= found


def test_sources_instruments_ions_and_unit_ranges_are_no_methods(extractor: EntityExtractor) -> None:
    """Physics and astronomy notation (audit 6): what is observed, with what, and in which lines or energies."""
    paper = make_paper("FRB20250613A: A Repeating Burst with Varying Scattering",
                       "FRB20250613A is a repeating FRB discovered by the Australian SKA Pathfinder. Spectra show "
                       "O VII-VIII and N VI lines. The emission of HESS J1825-137 spans the GeV-TeV range.",
                       tldr="论文综合分析了ASKAP、MeerKAT和Parkes望远镜的数据，特征应变峰位于未来空间引力波探测器（LISA、"
                            "Taiji、TianQin）的灵敏度范围内。")
    assert not {m.name for m in extractor.extract(paper)} & {
        "FRB20250613A", "Australian SKA Pathfinder", "O VII-VIII", "N VI", "HESS J1825-137", "GeV-TeV", "MeerKAT",
        "TianQin"}


def test_physical_models_and_objects_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Phase Transitions of the 2D XY Model via Generative Modeling",
                       "We simulate the Heisenberg XXX chain with ScoreFlow. Geodesics around a black hole in a "
                       "dark matter (DM) halo reach the innermost stable circular orbit (ISCO); extreme mass-ratio "
                       "inspirals (EMRIs) follow. We distil with knowledge distillation (KD).")
    found = {m.name for m in extractor.extract(paper)}
    assert "ScoreFlow" in found and "KD" in found
    assert not found & {"XY", "Heisenberg XXX", "XXX", "DM", "ISCO", "EMRIs", "EMRI"}


def test_interconnects_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("TD-Flow: Pipeline Parallelism for LLM Inference",
                       "We propose TD-Flow for GPU nodes with only PCIe interconnect, unlike NVLink or InfiniBand "
                       "clusters.", result="TD-Flow在仅有PCIe互连的GPU节点上将吞吐量提高了1.91倍。")
    found = {m.name for m in extractor.extract(paper)}
    assert "TD-Flow" in found
    assert not found & {"PCIe", "NVLink", "InfiniBand"}


def test_what_a_paper_does_without_is_not_used(extractor: EntityExtractor) -> None:
    paper = make_paper("Zero-Shot Log Analysis",
                       "LogLens works without any fine-tuning and needs no reinforcement learning; it uses "
                       "retrieval-augmented generation.", tldr="无需微调即可部署。")
    found = {m.name for m in extractor.extract(paper)}
    assert "LogLens" in found and "retrieval-augmented generation" in {n.lower() for n in found}
    assert not found & {"fine-tuning", "reinforcement learning"}


def test_practices_initials_and_languages_are_no_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Log Analysis for Continuous Delivery",
                       "We propose LogLens for CI/CD pipelines and DevOps teams, across programming languages (PLs) "
                       "and natural language (NL) queries.")
    found = {m.name for m in extractor.extract(paper)}
    assert "LogLens" in found
    assert not found & {"CI", "CD", "CI/CD", "DevOps", "PLs", "PL", "NL"}


def test_a_data_set_that_shares_a_metric_s_name_is_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Molecular Foundation Models", "We train MolFM on the SPICE dataset.")
    assert {m.name: m.type for m in extractor.extract(paper)}.get("SPICE") == "Dataset"
    captions = make_paper("Caption Models", "Captions were scored with SPICE and CIDEr.")
    assert {m.name: m.type for m in extractor.extract(captions)}.get("SPICE") == "Metric"


def test_frameworks_systematic_names_and_cation_formulas_are_materials(extractor: EntityExtractor) -> None:
    paper = make_paper("Functionalized UiO-66 in Transesterification",
                       "We design thiophene-2-hydrazide (ThCH) as a spacer, grow a 1D TPAPb2I5 phase and add the ionic "
                       "liquid 1-methyl-3-propylimidazolium iodide (MPII) with ZIF-8. A 3-layer (MLP) head and the "
                       "HKUST-1 sorbent are simulated with LAMMPS.")
    found = {m.name for m in extractor.extract(paper)}
    assert "LAMMPS" in found and "MLP" in found
    assert not found & {"UiO-66", "ThCH", "TPAPb2I5", "MPII", "ZIF-8", "HKUST-1"}


def test_a_known_name_a_hyphenated_modifier_is_built_on_is_used(extractor: EntityExtractor) -> None:
    paper = make_paper("Layout Pipelines for Polytonic Greek",
                       "We combine YOLO-based layout detection with BERT-based tagging and a DETR-style decoder.",
                       method="结合YOLO-based布局检测和CRNN-based文本识别。")
    found = {m.name: m.role for m in extractor.extract(paper) if m.type == "Method"}
    assert found.get("YOLO") == found.get("BERT") == found.get("DETR") == "used"


def test_a_name_connected_to_a_simulator_is_not_the_simulator(extractor: EntityExtractor) -> None:
    paper = make_paper("Virtual ECU Twins", method="通过GDB连接到参考模拟器，生成指令级精确的处理器模型；在CARLA模拟器中评测。")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("GDB") not in ("Benchmark", "Dataset")
    assert found.get("CARLA") in ("Benchmark", "Dataset")
