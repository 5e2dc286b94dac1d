"""Regression tests for classes of entity-extraction errors (issue 3, A5): each on a small invented sentence."""

from __future__ import annotations

import pytest

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import by_name, make_paper
from .test_results import make_paper as sections_paper


def methods(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions if m.type == "Method"}


def test_hardware_and_publishers_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Fast Filtering for Edge Cameras",
                       "We deploy FrameSieve on the Xilinx Kria KV260 and the Hailo-9 AI Accelerator, and compare it with "
                       "MobileNetV3. Studies were retrieved from ScienceDirect and PubMed. It runs on a real Unitree Go1.")
    found = methods(extractor.extract(paper))
    assert "MobileNetV3" in found  # a real named model in the same sentences is kept
    assert not {n for n in found if n.split()[0] in ("Xilinx", "Hailo-9", "ScienceDirect", "PubMed", "Unitree")}


def test_network_cards_memories_and_gpu_codes_are_not_methods_or_techniques(extractor: EntityExtractor) -> None:
    paper = make_paper("Remote Pointer Chasing",
                       "We offload lookups to the RDMA NIC, which serves them from high-bandwidth memory (HBM) and host "
                       "DRAM, and compare with FaRM. The gain holds on H100/B200 and within each GPU's memory; "
                       "principal component analysis (PCA) of the traces explains it.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert found.get("FaRM") == "Method" and found.get("PCA") == "Technique"  # names and techniques are kept
    assert not {"RDMA NIC", "HBM", "DRAM", "H100/B200", "GPU's"} & set(found)


def test_a_technique_found_by_its_short_and_its_long_form_is_one_entity(extractor: EntityExtractor) -> None:
    paper = make_paper("Splats for Street Scenes",
                       "3DGS renders fast. We build on 3D Gaussian Splatting (3DGS) and vision-language models, and a "
                       "VLM labels the splats; principal component analysis (PCA) compresses them before PCA whitening.")
    found = [m for m in extractor.extract(paper) if m.type == "Technique"]
    names = [m.name for m in found]
    assert len(names) == len({n.casefold() for n in names})
    for short, long_ in (("3DGS", "3D Gaussian Splatting"), ("PCA", "principal component analysis")):
        [entity] = [m for m in found if short in (m.name, *m.aliases) or long_ in (m.name, *m.aliases)]
        assert entity.name == short and long_ in entity.aliases


def test_acronym_compound_modifiers_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Controllable Faces",
                       "We balance the AU-fidelity trade-off and the RGB-only setting, and compare with StyleGAN2.")
    found = methods(extractor.extract(paper))
    assert "StyleGAN2" in found
    assert "AU-fidelity" not in found and "RGB-only" not in found


def metrics(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.name: m for m in mentions if m.type == "Metric"}


def test_metric_variants_are_one_entity_with_aliases(extractor: EntityExtractor) -> None:
    paper = make_paper("Leaf Counting", "LeafNet reaches an F1-score of 0.91 and a mean average precision of 88.2%. "
                       "Its F1 is 4 points higher and its mAP improves by 3%.")
    found = metrics(extractor.extract(paper))
    f1 = [m for m in found.values() if "F1" in [m.name, *m.aliases]]
    ap = [m for m in found.values() if "mAP" in [m.name, *m.aliases]]
    assert len(f1) == 1 and "F1-score" in [f1[0].name, *f1[0].aliases]
    assert len(ap) == 1 and "mean average precision" in [ap[0].name, *ap[0].aliases]


def test_granularity_modified_metrics_stay_distinct(extractor: EntityExtractor) -> None:
    paper = make_paper("Defect Finder", "DefNet achieves 96.1% pixel-level AUROC and 98.3% image-level AUROC.",
                       result="DefNet取得96.1%像素AUROC与98.3%图像AUROC。")
    found = metrics(extractor.extract(paper))
    assert {"pixel-level AUROC", "image-level AUROC"} <= set(found)
    assert "AUROC" not in found  # the summary's bare form is one of the two English ones
    assert "AUROC" not in found["pixel-level AUROC"].aliases  # else both would resolve to one metric


def test_narrowed_metric_keeps_base_as_alias(extractor: EntityExtractor) -> None:
    paper = make_paper("Watermarks", "Our decoder achieves higher extraction accuracy of 99.2% while improving accuracy.")
    found = metrics(extractor.extract(paper))
    assert "extraction accuracy" in found and "accuracy" in found["extraction accuracy"].aliases
    assert "improving accuracy" not in found  # a verb is not what is measured


def test_acronym_whose_long_form_is_no_metric_is_not_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Gait Forecasting", "We forecast the anterior-posterior (AP) center of pressure with an MAE of 21 mm "
                       "and an AP shift of 12%.")
    found = metrics(extractor.extract(paper))
    assert "MAE" in found and "AP" not in found


def proposed(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions if m.role == "proposed"}


def test_components_introduced_as_novel_or_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("RoadNet: Better Road Maps",
                       "Our model adds a novel Frequency Gate Block for thin roads, and the proposed Cascade Merge Unit "
                       "refines junctions. It also uses a novel KL divergence-based loss.")
    found = proposed(extractor.extract(paper))
    assert {"RoadNet", "Frequency Gate Block", "Cascade Merge Unit"} <= found
    assert "KL" not in found  # a modifier of a longer phrase, not a name


def test_chinese_glossed_numbered_components(extractor: EntityExtractor) -> None:
    paper = make_paper("TrackFlow: Tracking With Motion",
                       method="提出TrackFlow：1) 运动建模块（Motion Prior Block）捕捉帧间运动；2) 构造神经切线核（NTK）计算亲和度；"
                              "3) 使用骨干（Swin Transformer）提取特征。")
    found = proposed(extractor.extract(paper))
    assert "Motion Prior Block" in found
    assert "NTK" not in found and "Swin Transformer" not in found  # glossed after a verb: used, not introduced


def test_generic_acronym_after_novel_is_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Quantising Diffusion",
                       "While post-training quantization (PTQ) works for LLMs, we propose QuantDiT, a novel PTQ framework.")
    found = proposed(extractor.extract(paper))
    assert "QuantDiT" in found and "PTQ" not in found


def test_slash_joined_names_are_split_never_merged(extractor: EntityExtractor) -> None:
    paper = make_paper("Spiking Nets", "We convert ResNeXt/DenseNet/GhostNet into spiking models and evaluate them on "
                       "CIFAR-10/100 with ViT-B/16 as teacher.")
    mentions = extractor.extract(paper)
    names = {m.name for m in mentions}
    assert {"ResNeXt", "DenseNet", "GhostNet", "CIFAR-10", "CIFAR-100", "ViT-B/16"} <= names
    assert not {n for n in names if n.count("/") and n != "ViT-B/16"}
    found = by_name(mentions)
    assert found["CIFAR-10"] is not found["CIFAR-100"]
    assert found["CIFAR-100"].type in ("Dataset", "Benchmark")


def test_slashed_numbers_share_the_lists_unit_and_suffix(extractor: EntityExtractor) -> None:
    """"CIFAR-10/100-C" is CIFAR-10-C and CIFAR-100-C (the corrupted sets, not CIFAR-10); "Llama-2-7B/13B" is two
    sizes; a part that is not the previous name's number ("CL20/4-bromo") splits nothing."""
    paper = make_paper("Robust Nets", "We test on CIFAR-10/100-C and ImageNet-1K/22K with Llama-2-7B/13B and the "
                       "CL20/4-bromo cocrystal.")
    names = {m.name for m in extractor.extract(paper)}
    assert {"CIFAR-10-C", "CIFAR-100-C", "ImageNet-1K", "ImageNet-22K", "Llama-2-7B", "Llama-2-13B"} <= names
    assert not names & {"CIFAR-10", "CL4-bromo", "CL20"}


def test_list_members_share_the_lists_data_noun(extractor: EntityExtractor) -> None:
    paper = make_paper("Surgical Masks", "We test on the KvasirSeg and PolypGen2021 datasets and compare with UNet++.")
    found = by_name(extractor.extract(paper))
    assert found["KvasirSeg"].type in ("Dataset", "Benchmark")
    assert found["PolypGen2021"].type in ("Dataset", "Benchmark")


def test_bare_acronym_with_one_weak_cue_is_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Unified Learning", "We integrate four SSL components into one SSL framework design and compare "
                       "with MedFormer-X and baselines based on AV-HuBERT.")
    found = methods(extractor.extract(paper))
    assert "SSL" not in found
    assert "MedFormer-X" in found and "AV-HuBERT" in found


def test_acronyms_of_common_phrases_and_kinds_of_data_are_not_names(extractor: EntityExtractor) -> None:
    paper = make_paper("Scanning Lungs",
                       "Lung nodule (LN) detection matters. Colorectal cancer (CRC) screening uses the LIDC-IDRI dataset. "
                       "Experiments on four challenging NR-IQA benchmarks and on an LN data set show gains for ScanFormer.")
    found = by_name(extractor.extract(paper))
    assert found["LIDC-IDRI"].type in ("Dataset", "Benchmark")
    assert "NR-IQA" not in found or found["NR-IQA"].type not in ("Dataset", "Benchmark")
    assert "CRC" not in found or found["CRC"].type != "Method"
    assert "LN" not in found or found["LN"].type not in ("Dataset", "Benchmark", "Method")


def test_acronym_with_values_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Marking Scans", "MarkIt reaches a TDR of 98.5% on ChestX-ray14.",
                       result="MarkIt的TDR（真实检测率）98.5%，优于基线。")
    found = metrics(extractor.extract(paper))
    assert "TDR" in found


def test_named_and_our_models_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Token Alignment for Distillation",
                       "Features are fused by a gating module named the Adaptive Prior Fusion Module. "
                       "Our distilled TinyAlign-2B beats LLaVA-1.5-7B, and our RL agent learns fast.")
    found = proposed(extractor.extract(paper))
    assert {"Adaptive Prior Fusion Module", "TinyAlign-2B"} <= found
    assert "LLaVA-1.5-7B" not in found and "RL" not in found


def test_data_kinds_currencies_and_hardware_variants_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Cheap Pathology",
                       "Whole Slide Images (WSIs) are large. We compare against WSI models such as HistoNet-B and WSI "
                       "baselines, run on a Hailo-8L board, at a cost under USD 5.")
    found = methods(extractor.extract(paper))
    assert "HistoNet-B" in found
    assert not found & {"WSI", "Hailo-8L", "USD 5"}


def test_acronym_of_a_technique_phrase_is_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Quantising Video Diffusion",
                       "Post-training quantization (PTQ) is cheap. Existing PTQ methods and PTQ baselines fail on "
                       "video, unlike PTQ frameworks built on SVDQuant.")
    found = by_name(extractor.extract(paper))
    assert found["PTQ"].type != "Method"


def test_summary_sentences_opening_with_the_verb_propose(extractor: EntityExtractor) -> None:
    paper = make_paper("Fast Fusion for Multimodal Sentiment",
                       method="Proposes FuseLite, leveraging an interlaced mask with BERT features.")
    found = proposed(extractor.extract(paper))
    assert "FuseLite" in found and "BERT" not in found


def test_the_metric_word_of_something_is_not_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Robust Uncertainty", "Two new metrics quantify the sensitivity of confidence scores to noise. "
                       "Our detector reaches a recall of 91.2%.")
    found = metrics(extractor.extract(paper))
    assert "recall" in found and "sensitivity" not in found


def test_names_listed_after_methods_such_as_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Layer-Aware Merging", "Existing merging methods such as TIES, DARE, and Fisher-M treat layers alike.",
                       motivation="现有合并方法（如TIES、DARE）对各层一视同仁。")
    found = methods(extractor.extract(paper))
    assert {"TIES", "DARE", "Fisher-M"} <= found


def test_versioned_name_in_title_is_not_its_family(extractor: EntityExtractor) -> None:
    paper = make_paper("Single-View Reconstruction: A Comparative Study with SAM 3D",
                       "We compare TRELLIS and SAM 3D on medical volumes.")
    names = {m.name for m in extractor.extract(paper) if m.type == "Method"}
    assert "SAM 3D" in names and "SAM" not in names


def test_chinese_headline_prefix_is_not_a_method_name(extractor: EntityExtractor) -> None:
    paper = make_paper("探秘 Agentic RAG 系统：一场知识检索的革命", method="本文介绍GraphRAG的检索流程。")
    names = {m.name for m in extractor.extract(paper)}
    assert not any("探秘" in n for n in names)


@pytest.mark.parametrize(("word", "formula"), [
    ("TiO2", True), ("CsPbI3", True), ("Li0.29La0.57TiO3", True), ("Cs2AgBiBr6", True), ("CH3", True), ("CF3", True),
    ("COCO17", False), ("I2V", False), ("YOLO11n", False), ("SAM3", False), ("S4", False), ("P2P", False),
    ("ResNet50", False), ("C3D", False), ("BERT", False), ("SiC", False), ("ABX3", True), ("FAPbI3", True),
    ("Pb2+", True), ("Li+", True), ("Grad-CAM++", False), ("A2C", False), ("SPIN2", False), ("CAV2025", False),
    ("MoCo", False), ("KCl", True), ("NaCl", True), ("CsI", True), ("MAPbI3", True), ("PEA2PbI4", True),
    ("NeRF", False), ("CoCa", False), ("SiLU", False), ("MAE", False), ("GAN", False), ("TMCu4", True), ("TMD", False),
    ("TM5", False), ("CO2/N2", True), ("TiO2/SnO2", True), ("S4/S5", False), ("I2V/T2V", False)])
def test_chemical_formulas_are_told_from_names(word: str, formula: bool) -> None:
    from kg.extract.spacy_pipeline import is_chemical_formula

    assert is_chemical_formula(word) is formula


def test_chemical_formulas_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Stable Perovskite Cells",
                       "We passivate CsPbI3 films with PbI2 and a TiO2 layer, predict band gaps of Cs2AgBiBr6 with "
                       "CrystalNet, and compare with ResNet50 trained on COCO17.")
    found = by_name(extractor.extract(paper))
    assert "CrystalNet" in found and "ResNet50" in found and "COCO17" in found
    assert not {"CsPbI3", "PbI2", "TiO2", "Cs2AgBiBr6"} & set(found)


def test_formulas_with_their_counts_apart_and_ions_are_not_methods(extractor: EntityExtractor) -> None:
    """Subscripts flattened into words ("SnO 2") and ion charges ("Pb2+") in abstracts of materials papers."""
    paper = make_paper("Tin Oxide Layers",
                       "SnO 2 layers made with PerovNet suppress Pb2+ migration in ABX3 films, as with MambaOut.")
    found = by_name(extractor.extract(paper))
    assert "PerovNet" in found and "MambaOut" in found
    assert not {"SnO", "SnO 2", "SnO2", "Pb2+", "ABX3"} & set(found)


def test_a_possessive_is_not_part_of_a_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Reading Scene Graphs",
                       "Our GraphReader improves on Qwen2.5-VL's scene graphs and on OpenAI's captions.")
    mentions = extractor.extract(paper)
    found = by_name(mentions)
    assert "Qwen2.5-VL" in found and "Qwen2.5-VL's" not in found
    assert not {"OpenAI", "OpenAI's"} & set(found)
    text = paper.sections["abstract"].text
    for evidence in found["Qwen2.5-VL"].evidence:
        assert text[evidence.start:evidence.end] == "Qwen2.5-VL"


def test_adjectives_made_from_names_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Kernels and Interphases",
                       "We write FlashAttention-compatible kernels for a LiF-rich interphase on ALD-grown films, "
                       "reach Pareto-optimal trade-offs, and compare with Mamba2.")
    found = methods(extractor.extract(paper))
    assert "Mamba2" in found
    assert not {n for n in found if n.split()[0] in ("FlashAttention-compatible", "LiF-rich", "ALD-grown",
                                                     "Pareto-optimal")}


def test_a_plain_word_capitalised_only_at_sentence_starts_is_not_a_name(extractor: EntityExtractor) -> None:
    paper = make_paper("Planning Agents",
                       "Agentic pipelines present new challenges. Classical methods are slow. Mamba models are fast, "
                       "and we build on Mamba models for planning.",
                       tldr="Agentic pipelines challenge explainability in LLMs. Classical methods face noise.")
    found = by_name(extractor.extract(paper))
    assert "Agentic" not in found and "Classical" not in found
    assert "Mamba" in found  # written mid-sentence too: a name


@pytest.mark.parametrize("title", ["100 Days After DeepSeek-R1: A Survey on Replication Studies",
                                   "Extending AALpy with Passive Learning: A Generalized State-Merging Approach"])
def test_a_title_prefix_that_is_a_phrase_is_not_a_proposed_name(extractor: EntityExtractor, title: str) -> None:
    paper = make_paper(title, "We study replication and state merging with existing tools.")
    assert title.split(":")[0] not in proposed(extractor.extract(paper))


def test_a_title_prefix_name_is_still_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Hand2World: Generating Worlds from Hands", "We study world generation from hands.")
    assert "Hand2World" in proposed(extractor.extract(paper))


def test_a_sentence_adverb_after_a_numbered_point_is_not_a_component(extractor: EntityExtractor) -> None:
    paper = make_paper("How Agents Work",
                       "We introduce a toolkit and find that: (1) While agents plan well, they take a programmatic "
                       "approach. (2) Agents produce work of inferior quality. (3) Nonetheless, agents deliver results "
                       "88.3% faster and cost 90% less than humans.")
    assert "Nonetheless" not in by_name(extractor.extract(paper))


def test_a_problem_posed_is_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Hardening Directories",
                       "As verification requires manual effort, we formulate an Adaptive Path Removal Problem to "
                       "minimize the number of steps, and solve it with PathSolver.",
                       tldr="The paper introduces an Adaptive Path Removal Problem to minimize manual effort in "
                            "hardening systems, solved by PathSolver.")
    found = by_name(extractor.extract(paper))
    assert "PathSolver" in found
    assert "Adaptive Path Removal Problem" not in found


def test_released_model_variants_are_methods_not_benchmarks(extractor: EntityExtractor) -> None:
    """"在Qwen2.5-3B-Instruct上实验": the model a method is run on, named by its release (size, tuning), is no benchmark."""
    paper = make_paper("Sparse Rewards for Reasoning",
                       "SparseRL helps small models reason; we also evaluate on Mistral-7B and on LAION-5B.",
                       result="在Nimbus2.5-3B-Instruct和Orca4-8B上实验，SparseRL在多个基准测试上平均提升4.5%。")
    found = by_name(extractor.extract(paper))
    assert found["Nimbus2.5-3B-Instruct"].type == "Method"
    assert found["Orca4-8B"].type == "Method"
    assert found["Mistral-7B"].type == "Method"  # a size with no version before it: a model too (session 14)
    assert found["LAION-5B"].type in ("Dataset", "Benchmark")


def test_variants_of_the_papers_own_method_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("FoldSeg: Reasoning Segmentation with Rewards",
                       "We propose FoldSeg. Our best model (FoldSeg-8B) reaches 0.71 cIoU, above Qwen3-VL-8B, and "
                       "the training of our models, FoldSeg and FoldSegV, uses GRPO; FoldSegmenter is a baseline.")
    found = by_name(extractor.extract(paper))
    assert found["FoldSeg"].role == "proposed"
    assert found["FoldSeg-8B"].role == "proposed"
    assert found["FoldSegV"].role == "proposed"
    assert found["Qwen3-VL-8B"].role != "proposed"
    assert "FoldSegmenter" not in found or found["FoldSegmenter"].role != "proposed"


def test_a_name_extending_the_papers_own_that_it_beats_is_a_baseline(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "SegQ: Fast Segmentation", "SegQ reaches 85.3 mIoU on ADE20K, outperforming SegQNeXt by 3.2 points.")))
    assert found["SegQ"].role == "proposed"
    assert found["SegQNeXt"].role == "compared"


def test_generic_acronyms_and_families_are_techniques_not_methods(extractor: EntityExtractor) -> None:
    """Paradigms written like names ("ReLU networks", "an on-demand TTA framework", "VLA models")."""
    paper = make_paper("Probing Robot Policies",
                       "We study ReLU networks and ConvNets, propose an on-demand TTA framework for VLA models, and "
                       "model reasoning with a finite state machine (FSM) and a Gaussian Process (GP)-based policy "
                       "over MOFs; DreamPolicy outperforms OpenVLA.")
    mentions = extractor.extract(paper)
    found = by_name(mentions)
    assert {"DreamPolicy", "OpenVLA"} <= methods(mentions)
    for name in ("ReLU", "ConvNets", "TTA", "VLA", "FSM", "Gaussian Process", "MOFs"):
        assert name not in found or found[name].type == "Technique", name


def test_a_fields_acronym_before_approach_is_not_the_proposed_name(extractor: EntityExtractor) -> None:
    """"We study Offline Safe Reinforcement Learning (OSRL). We propose a novel OSRL approach ..." names no method."""
    paper = make_paper("Online Optimization for Offline Safe Reinforcement Learning",
                       "We study the problem of Offline Safe Reinforcement Learning (OSRL). We propose a novel OSRL "
                       "approach that solves a minimax objective. We also propose SafeMix, a practical variant.")
    found = by_name(extractor.extract(paper))
    assert "OSRL" not in found or found["OSRL"].role != "proposed"
    assert found["SafeMix"].role == "proposed"


def test_a_prefixed_acronym_is_a_modifier_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("DroneFL: Federated Learning for Multi-UAV Visual Target Tracking",
                       "DroneFL tracks targets with Multi-UAV teams under Non-IID data and beats FedAvg.")
    found = by_name(extractor.extract(paper))
    assert "DroneFL" in found
    assert not {"Multi-UAV", "Non-IID"} & set(found)


def test_a_capitalised_data_noun_after_a_name_is_kept_as_an_alias(extractor: EntityExtractor) -> None:
    """"the Waymo Open Motion Dataset": the name as the paper writes it, with the noun, is one of its forms."""
    paper = make_paper("Scenario Generation", "Experiments on the Waymo Open Motion Dataset show that CrashGen "
                                              "outperforms baselines; the ARC Benchmark is harder.")
    found = by_name(extractor.extract(paper))
    assert found["Waymo Open Motion Dataset"].type in ("Dataset", "Benchmark")
    assert "Waymo Open Motion Dataset" in found["Waymo Open Motion Dataset"].aliases + [found["Waymo Open Motion Dataset"].name]


def test_a_unit_after_its_number_is_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("DroneFL: Federated Tracking",
                       "DroneFL runs on a Raspberry Pi 5 with just 1.56 KBps of data rate and a responsivity of "
                       "5.90 A/W, and beats FedProx.")
    found = by_name(extractor.extract(paper))
    assert "FedProx" in found and "DroneFL" in found
    assert not {"KBps", "A/W"} & set(found)


def test_a_numbered_glossed_part_named_by_a_task_word_is_proposed(extractor: EntityExtractor) -> None:
    """"Inter-frame Motion Modeling (IMM)" and "1）帧间运动建模（IMM）模块": the paper's part, not a task; a family
    glossed the same way ("1）多实例学习（MIL）基线") stays what it is."""
    paper = make_paper("FocusTrack: One-Stage 3D Tracking",
                       "We present FocusTrack with two core innovations: Inter-frame Motion Modeling (IMM) and a gate. "
                       "We compare with Multi-Instance Learning (MIL) baselines.",
                       method="提出FocusTrack框架，包含两个核心创新：1）帧间运动建模（IMM）模块，捕捉运动；"
                              "对比：1）多实例学习（MIL）基线。")
    found = by_name(extractor.extract(paper))
    assert found["IMM"].type == "Method" and found["IMM"].role == "proposed"
    assert "MIL" not in found or found["MIL"].role != "proposed"


def test_a_shot_setting_makes_its_own_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Low-bit Quantization", "QuantX improves the zero-shot accuracy of the 2-bit model by up to "
                                               "130% and reaches 71.2% few-shot accuracy.")
    found = by_name(extractor.extract(paper))
    assert {"zero-shot accuracy", "few-shot accuracy"} <= set(found)
    assert found["zero-shot accuracy"].type == "Metric"


def test_a_name_whose_title_calls_it_an_environment_is_an_introduced_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("ArenaCraft-2: a learning environment for Large Language Models",
                       "We introduce ArenaCraft-2, where LLM agents play strategy games, and evaluate GPT-4 on it.")
    found = by_name(extractor.extract(paper))
    assert found["ArenaCraft-2"].type == "Benchmark" and found["ArenaCraft-2"].role == "introduced"
    # a domain named in the plural is a setting, not what the paper introduces
    other = by_name(extractor.extract(make_paper("XeMapper: Contextual Referring in Remote Sensing Environments",
                                                 "We propose XeMapper for referring.")))
    assert other["XeMapper"].type == "Method"


def test_names_before_the_units_a_benchmark_is_made_of_are_benchmarks(extractor: EntityExtractor) -> None:
    paper = make_paper("Routing with Reinforcement", "Results on random and RouteLIB instances and on ProcWorld "
                                                     "environments show that RouteRL finds near-best solutions.")
    found = by_name(extractor.extract(paper))
    assert found["RouteLIB"].type == "Benchmark"
    assert found["ProcWorld"].type == "Benchmark"


def test_a_name_with_only_evaluation_evidence_is_a_benchmark_not_a_method(extractor: EntityExtractor) -> None:
    """"validates its effectiveness on MetaWorld": weak evidence, all of it for data; with none for a method the
    name is not a method by default."""
    paper = make_paper("DAWN: Diffusion Policies for Robot Control",
                       "DAWN performs well on the challenging CALVIN benchmark and further validates its "
                       "effectiveness on RoboWorld. We build DAWN on GRPO.")
    found = by_name(extractor.extract(paper))
    assert found["RoboWorld"].type == "Benchmark" and found["RoboWorld"].role == "evaluated_on"
    assert found["GRPO"].type == "Method"


def test_a_measure_at_a_cut_off_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("Financial Answer Ranking", "FinRank improves Precision@1 by 4 points and R@5 to 0.91, "
                                                   "and pass@3 to 61%, over BM25.")
    found = by_name(extractor.extract(paper))
    for name in ("Precision@1", "R@5", "pass@3"):
        assert found[name].type == "Metric", name


def test_a_short_form_after_a_family_headed_long_form_is_the_proposed_name(extractor: EntityExtractor) -> None:
    """"proposes a novel Self-Supervised Transformer (SSTransformer) framework": the long form ends in a family word
    the lexicon knows, so the first candidate after the verb is that word; the bracketed short form is the name."""
    paper = make_paper("Detecting Unusable Shared Bikes",
                       "This paper proposes a novel Self-Supervised Transformer (SSTransformer) framework for "
                       "detecting unusable bikes, and we introduce the Motion-Aware Transformer (MATR) as well. "
                       "We use a Transformer (ViT) backbone.")
    found = by_name(extractor.extract(paper))
    assert found["SSTransformer"].role == "proposed"
    assert found["MATR"].role == "proposed"
    assert "ViT" not in found or found["ViT"].role != "proposed"


def test_what_a_propose_verb_brings_in_as_a_part_or_a_field_is_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("FlowDub: Lip-Synced Dubbing",
                       "We propose FlowDub. First, we introduce Qwen2.5 as the backbone of the LLM. Text-to-image "
                       "(TTI) models are strong; a concept-driven TTI personalization framework is proposed.")
    found = by_name(extractor.extract(paper))
    assert found["FlowDub"].role == "proposed"
    assert found["Qwen2.5"].role != "proposed"
    assert "TTI" not in found or found["TTI"].role != "proposed"


def test_the_paper_as_subject_of_a_propose_verb_marks_the_proposed_name(extractor: EntityExtractor) -> None:
    """English TL;DRs say "The paper introduces X, a method ..." where abstracts say "we introduce"."""
    paper = make_paper("Label-Free Recognition of Fine-Grained Species",
                       "Querying large models per image is costly. Our labels come from a small unlabeled set.",
                       tldr="The paper introduces LabelNN, a method that fine-tunes CLIP with generated labels. "
                            "The study builds SpeciesSet-7K, a dataset of 7,000 images.")
    found = by_name(extractor.extract(paper))
    assert found["LabelNN"].role == "proposed"
    assert found["SpeciesSet-7K"].role == "introduced"
    assert found["CLIP"].role != "proposed"


def test_a_capitalised_word_with_a_numbered_release_is_a_name(extractor: EntityExtractor) -> None:
    """"Atari-100k", "Claude-Opus-4": one capitalised word and a number is a name; "Level-5" is an ordinal."""
    paper = make_paper("Safe Exploration in Offline-to-Online Learning",
                       "We introduce GuardRL and show state-of-the-art performance on Atari-100k. It outperforms "
                       "Claude-Opus-4 at Level-5 autonomy.")
    found = by_name(extractor.extract(paper))
    assert found["Atari-100k"].type == "Benchmark"
    assert found["Claude-Opus-4"].type == "Method"
    assert "Level-5" not in found


def test_a_title_that_calls_its_name_a_model_proposes_a_method(extractor: EntityExtractor) -> None:
    """A name shaped like a dataset ("...QA") is the paper's method when its subtitle's head noun is a model word;
    a subtitle whose first noun phrase is data keeps it a dataset, whatever model words follow."""
    method_paper = make_paper("HeartLungQA: A Cardiac and Respiratory Audio Question Answering Model for Diagnosis",
                              "We propose HeartLungQA, an audio-language model that integrates an audio encoder with "
                              "large language models. Alongside HeartLungQA, we introduce HeartSet, a benchmark dataset "
                              "of annotated recordings. HeartLungQA achieves 86.2% accuracy on reasoning tasks.")
    assert by_name(extractor.extract(method_paper))["HeartLungQA"].role == "proposed"
    data_paper = make_paper("FablesQA-3M: Three Million Synthetic Fables for Training Small Language Models",
                            "We release FablesQA-3M, a corpus of fables. FablesQA-3M trains models well.")
    found = by_name(extractor.extract(data_paper))["FablesQA-3M"]
    assert (found.type, found.role) == ("Dataset", "introduced")


def test_a_name_in_apposition_to_our_model_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Learning GUI Grounding from Visual Feedback",
                       "We train our GUI grounding model, PointerNet-G, with reinforcement learning. PointerNet-G, "
                       "based on Qwen2.5-VL-7B, improves accuracy. Our baseline, CursorBase, is weaker.")
    found = by_name(extractor.extract(paper))
    assert found["PointerNet-G"].role == "proposed"
    assert found["Qwen2.5-VL-7B"].role != "proposed"
    assert "CursorBase" not in found or found["CursorBase"].role != "proposed"


def test_a_name_with_no_cue_takes_the_data_type_of_its_sibling(extractor: EntityExtractor) -> None:
    """"on ClickBench-v2 (88.8% -> 93.9%) and ClickBench-Pro (26.8% -> 56.5%)": the bracketed values cut the list
    cue off the second name; its stem says it is the first one's kind."""
    paper = make_paper("Learning GUI Grounding from Visual Feedback",
                       "Our agent achieves state-of-the-art results on ScreenTest-v2 ($88.8\\% \\rightarrow 93.9\\%$) "
                       "and ScreenTest-Pro ($26.8\\% \\rightarrow 56.5\\%$). We compare with Qwen2.5-VL-7B and "
                       "Qwen2.5-VL-72B.")
    found = by_name(extractor.extract(paper))
    assert found["ScreenTest-v2"].type == "Benchmark"
    assert found["ScreenTest-Pro"].type == "Benchmark"
    assert found["Qwen2.5-VL-72B"].type == "Method"


def test_names_that_open_with_lower_case_letters_are_found(extractor: EntityExtractor) -> None:
    """"mAP@50:95", "nnU-Net": the name scan starts at capitals and digits; these need a cue like any name, so a
    stylised word ("eXplainable") with none is not one."""
    paper = make_paper("Fruit Segmentation for Harvesting",
                       "FruitSeg reaches a precision of 0.844, mAP@50 of 0.914 and mAP@50:95 of 0.636, and outperforms "
                       "nnU-Net and mBERT-style baselines such as xFormer. It is eXplainable and eXtendable.")
    found = by_name(extractor.extract(paper))
    assert found["mAP@50"].type == "Metric" and found["mAP@50:95"].type == "Metric"
    assert found["mAP@50"] is not found["mAP@50:95"]
    assert found["nnU-Net"].type == "Method"
    assert "eXplainable" not in found


def test_names_that_open_with_four_or_more_lower_case_letters_are_found(extractor: EntityExtractor) -> None:
    """"miniF2F", "distilBERT": longer lower-case prefixes, taken when a digit or a second capital follows, so a
    stylised word ("conteXtual", "reproDucible") still is none."""
    paper = make_paper("Shorter Proofs: Contextual Proof Simplification",
                       "Our prover reduces proof length by 87% on miniF2F and 57% on PutnamBench, and outperforms "
                       "distilBERT. It is conteXtual and reproDucible.")
    found = by_name(extractor.extract(paper))
    assert found["miniF2F"].type == "Benchmark"
    assert found["distilBERT"].type == "Method"
    assert "conteXtual" not in found and "reproDucible" not in found


def test_an_owner_before_a_name_is_not_part_of_it(extractor: EntityExtractor) -> None:
    paper = make_paper("Diagnosing Image Generation",
                       "We study OpenAI's GPT4o model and compare it with Google's PaLI-X. GPT4o is strong. We "
                       "evaluate on several benchmarks GAIA, PathVQA, and Humanity's Last Exam.")
    found = by_name(extractor.extract(paper))
    assert "GPT4o" in found and "PaLI-X" in found
    assert not [name for name in found if "'s" in name and name != "Humanity's Last Exam"]
    assert "Last Exam" not in found  # a possessive inside a plain name is part of it


def test_a_name_with_its_release_number_is_one_name(extractor: EntityExtractor) -> None:
    """"Gemini 2.0 Flash" is not the lexicon's "Gemini"; "Figures 4" and "Layer 3" are not names."""
    paper = make_paper("Multi-Round Image Editing",
                       "We compare EditNet with Gemini 2.0 Flash and Claude 3.5 Sonnet. Figures 4 and 7 show that "
                       "Layer 3 of EditNet helps.")
    found = by_name(extractor.extract(paper))
    assert found["Gemini 2.0 Flash"].type == "Method"
    assert found["Claude 3.5 Sonnet"].type == "Method"
    assert "Gemini" not in found
    assert not [name for name in found if name.startswith(("Figures", "Layer"))]


def test_the_short_form_of_a_proposed_long_form_is_proposed(extractor: EntityExtractor) -> None:
    """"we propose Action-aware Dynamic Pruning (ADP), a ... framework": the long form has an adjectival word, so
    it is no candidate and the bracketed short form is the first after the verb; a lower-case long form (a
    chemical, "phenylethylammonium (PEA)") is introduced as a material, not proposed."""
    paper = make_paper("Pruning Tokens for Manipulation",
                       "We propose Action-aware Dynamic Pruning (ADP), a multi-modal pruning framework. ADP cuts FLOPs. "
                       "We introduce phenylethylammonium (PEA) into the precursor film.")
    found = by_name(extractor.extract(paper))
    assert found["ADP"].role == "proposed"
    assert "PEA" not in found or found["PEA"].role != "proposed"


def test_an_acronym_of_a_concept_with_no_cue_is_not_a_method(extractor: EntityExtractor) -> None:
    """With no cue, an acronym is typed a method only when its long form is headed like one ("Sparse Routing
    Transformer (SRT)") or its name goes on after the bracket ("(ASQL) Conditioner")."""
    paper = make_paper("Explanations and Cognition in Decision-Making",
                       "Participants high in Need for Cognition (NFC) relied less on AI. Depth came from "
                       "Time-of-Flight (ToF) sensors. A Sparse Routing Transformer (SRT) summarises the scene. "
                       "The Attribute-Size-Quantity-Location (ASQL) Conditioner produces visual conditions.")
    found = by_name(extractor.extract(paper))
    assert "NFC" not in found and "ToF" not in found
    assert found["SRT"].type == "Method"
    assert found["ASQL"].type == "Method"


def test_a_modality_pair_is_a_technique_not_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("Concept-driven Image Generation",
                       "Existing Text-to-image (TTI) models struggle with entangled concepts. We evaluate T2I models "
                       "and compare with DreamBooth.")
    found = by_name(extractor.extract(paper))
    assert found["TTI"].type == "Technique"
    assert found["T2I"].type == "Technique"
    assert found["DreamBooth"].type == "Method"


def test_a_titled_name_made_of_a_family_with_a_modifier_is_proposed(extractor: EntityExtractor) -> None:
    """"Evidential Neural Radiance Fields" (the title) is the paper's method, not the family "Neural Radiance
    Fields"; a family inside a phrase the title does not name stays the family."""
    paper = make_paper("Evidential Neural Radiance Fields",
                       "We introduce Evidential Neural Radiance Fields, a probabilistic approach to uncertainty. "
                       "Prior Online Reinforcement Learning work is slow.")
    found = by_name(extractor.extract(paper))
    assert found["Evidential Neural Radiance Fields"].role == "proposed"
    assert "Online Reinforcement Learning" not in found


def test_a_proposed_long_form_before_its_short_form_makes_it_proposed(extractor: EntityExtractor) -> None:
    """"the proposed Flow-based Voice Enhancing (FVE)" in the abstract, "flow-based voice enhancing (FVE)" in the
    summary: the capitalised long form is the one that says it is a name."""
    paper = make_paper("FlowDub: Movie Dubbing",
                       "We propose FlowDub. Finally, the proposed Flow-based Voice Enhancing (FVE) improves quality.",
                       method="A flow-based voice enhancing (FVE) step improves quality.")
    found = by_name(extractor.extract(paper))
    assert found["FVE"].role == "proposed"


def test_a_modality_word_between_a_name_and_dataset_still_names_a_dataset(extractor: EntityExtractor) -> None:
    paper = make_paper("Compact Recurrent Transformers",
                       "CRT excels on the Kitchen Smarthome video dataset and the ReadAloud speech corpus.")
    found = by_name(extractor.extract(paper))
    assert found["Kitchen Smarthome"].type == "Dataset"
    assert found["ReadAloud"].type == "Dataset"


def test_a_subtitle_that_opens_by_evaluating_names_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("EmoMem: Evaluating Emotion in Memory Systems of Agents",
                       "We propose an emotion-enhanced memory evaluation benchmark for memory systems.")
    found = by_name(extractor.extract(paper))["EmoMem"]
    assert (found.type, found.role) == ("Benchmark", "introduced")


def test_a_release_number_closes_a_long_form_and_its_short_form(extractor: EntityExtractor) -> None:
    """"Segment Anything Model 2 (SAM2)": one method, whose long form is no family despite its head "Model"."""
    paper = make_paper("Motion-Guided Segmentation",
                       "The recent Segment Anything Model 2 (SAM2) segments videos. SAM2 relies on memory.")
    found = by_name(extractor.extract(paper))
    assert found["SAM2"].type == "Method"
    assert found["Segment Anything Model 2"] is found["SAM2"]


def test_two_hyphens_are_a_dash_not_part_of_a_name(extractor: EntityExtractor) -> None:
    paper = make_paper("In-Context Agents", "We reach 91% on ALFWorld--matching more complex approaches. "
                                            "Results on ALFWorld (73% to 89%) improve.")
    found = by_name(extractor.extract(paper))
    assert found["ALFWorld"].type == "Benchmark"
    assert not [name for name in found if "--" in name]


def test_a_summary_opening_with_a_past_propose_verb_proposes_its_name(extractor: EntityExtractor) -> None:
    """"Developed DynaWrite, a modular tutoring app": summaries open with the bare verb in the past too; "-a" after
    a name is a dash written as a hyphen; "In-IDE" is a modifier."""
    paper = make_paper("Does In-IDE Tutoring Work at Scale?",
                       "We developed DynaWrite-a modular tutoring app. DynaWrite helps learners in In-IDE settings.",
                       method="Developed DynaWrite, a modular tutoring app supporting multiple LLMs.")
    found = by_name(extractor.extract(paper))
    assert found["DynaWrite"].role == "proposed"
    assert "DynaWrite-a" not in found and "In-IDE" not in found


def test_coined_hyphenated_names_and_novel_lower_case_long_forms_are_proposed(extractor: EntityExtractor) -> None:
    """"we introduce Super-Mimic, a hierarchical framework"; "we develop a novel spectral graph network based on
    information bottleneck theory (SGNN-IB)"; still not "we introduce phenylethylammonium (PEA) into the film"."""
    paper = make_paper("Zero-Shot Imitation and Fraud Detection",
                       "We introduce Watch-Imitate, a hierarchical framework for imitation. We develop a novel spectral "
                       "graph network based on information bottleneck theory (SGNN-IB) for fraud detection. We "
                       "introduce phenylethylammonium (PEA) into the precursor film.")
    found = by_name(extractor.extract(paper))
    assert found["Watch-Imitate"].role == "proposed"
    assert found["SGNN-IB"].role == "proposed"
    assert "PEA" not in found or found["PEA"].role != "proposed"


def test_modules_named_by_ordinal_or_by_we_term_are_proposed(extractor: EntityExtractor) -> None:
    """"The first module, Model Feature Assessment (MFA), ..."; "a module we term Structured Evidence Assessment
    (SEA)": named parts of the paper's method, even with a task word at the end of the long form."""
    paper = make_paper("Explainable Deepfake Detection",
                       "We propose a novel framework called XDFD with three modules. The first module, Model Feature "
                       "Assessment (MFA), ranks features. The second module, Strong Feature Strengthening (SFS), "
                       "tunes the model. Its core is a module we term Structured Evidence Assessment (SEA).")
    found = by_name(extractor.extract(paper))
    for name in ("MFA", "SFS", "SEA"):
        assert (found[name].type, found[name].role) == ("Method", "proposed"), name


def test_a_plain_word_listed_after_benchmarks_is_a_benchmark(extractor: EntityExtractor) -> None:
    paper = make_paper("Self-Generated Examples for Agents",
                       "Accumulating trajectories boosts test performance on three benchmarks: ALFWorld (73% to 89%), "
                       "Wordcraft (55% to 64%), and InterCode-SQL (75% to 79%). The App dataset is small.")
    found = by_name(extractor.extract(paper))
    assert found["Wordcraft"].type == "Benchmark"
    assert "App" not in found


def test_a_metric_keeps_its_coefficient(extractor: EntityExtractor) -> None:
    paper = make_paper("Conformer Energies", "The Spearman correlation coefficient reaches 0.87 for the DFT method.")
    found = by_name(extractor.extract(paper))
    assert found["Spearman correlation coefficient"].type == "Metric"


def test_reasoning_models_and_state_space_models_are_known_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Agentic Travel Planning",
                       "Our planner outperforms OpenAI o1 and o3 and builds on a Mamba backbone.")
    found = by_name(extractor.extract(paper))
    assert {found[n].type for n in ("OpenAI o1", "o3", "Mamba")} == {"Method"}


def test_the_first_noun_phrase_of_a_subtitle_decides_between_method_and_data(extractor: EntityExtractor) -> None:
    """"An MDL-based Framework for ... in the ARC Benchmark" and "A Visualization Tool" name methods; "A Multimodal
    Acoustic Dataset and ... Framework" names both, so the text decides."""
    cases = {
        "MADL: An MDL-based Framework for Program Synthesis in the ARC Benchmark": ("Method", "proposed"),
        "NeMoView: A Visualization Tool for LLM Generation Analysis": ("Method", "proposed"),
    }
    for title, expected in cases.items():
        name = title.split(":")[0]
        paper = make_paper(title, f"We introduce {name}, an open-source tool designed to simplify the analysis of "
                                  "synthetic datasets.")
        found = by_name(extractor.extract(paper))[name]
        assert (found.type, found.role) == expected, title
    data_paper = make_paper("SMSQ: A Multimodal Acoustic Dataset and Contrastive Learning Framework for Meditation",
                            "The paper introduces the SMSQ dataset and the CAMF framework for affect recognition.")
    assert by_name(extractor.extract(data_paper))["SMSQ"].type in ("Dataset", "Benchmark")



def test_a_short_form_written_before_its_long_form_is_one_named_thing(extractor: EntityExtractor) -> None:
    """"MTCT (Multi-Task Cross-Training)": short form first, glossed after; one entity, a name even when the gloss
    ends in a task word ("FedGWC (Federated Gaussian Weighting Clustering)")."""
    paper = make_paper("Reasoning-Driven Domain Generalization",
                       "We propose RD-MLDG, a framework with two components: (i) MTCT (Multi-Task Cross-Training), "
                       "which adds a classification path; and (ii) SARR (Self-Aligned Reasoning Regularization). "
                       "We compare with FedGWC (Federated Gaussian Weighting Clustering).")
    found = by_name(extractor.extract(paper))
    assert found["Multi-Task Cross-Training"] is found["MTCT"]
    assert found["Self-Aligned Reasoning Regularization"] is found["SARR"]
    assert found["FedGWC"].type == "Method"


def test_translation_metrics_are_known_and_wireless_standards_are_not_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Terminology Rarity in LLM Translation",
                       "Quality drops by 4.1 COMET, 3.2 BLEURT and 5.0 chrF++ points on rare terms. Links use "
                       "Wi-Fi 6 and Wi-Fi 8 radios.")
    found = by_name(extractor.extract(paper))
    assert {found[n].type for n in ("COMET", "BLEURT", "chrF++")} == {"Metric"}
    assert not [name for name in found if name.startswith("Wi-Fi")]


def test_a_title_name_before_a_double_dash_is_the_papers_own(extractor: EntityExtractor) -> None:
    tool = make_paper("PitchView -- A software for guided visual pitch tracking",
                      "PitchView is a real-time pitch tracking software.")
    assert by_name(extractor.extract(tool))["PitchView"].role == "proposed"
    data = make_paper("FireCube -- a detailed creation of a spatio-temporal dataset for wildfire risk assessment",
                      "This work introduces FireCube, a spatio-temporal datacube at 1 km resolution.")
    found = by_name(extractor.extract(data))["FireCube"]
    assert (found.type, found.role) == ("Dataset", "introduced")


def test_plain_metric_words_in_a_list_of_metrics_are_metrics(extractor: EntityExtractor) -> None:
    paper = make_paper("Topic Classification in Nepali",
                       "Ten pre-trained models were fine-tuned on the balanced Nepali dataset containing 25,006 sentences "
                       "across five conceptual domains and the performance was evaluated using accuracy, weighted "
                       "precision, recall, F1-score, and AUROC metrics. Tuning improves accuracy, robustness and speed.")
    found = metrics(extractor.extract(paper))
    assert {"accuracy", "weighted precision", "recall"} <= set(found)
    assert len(found["accuracy"].evidence) == 1  # "improves accuracy, robustness and speed" is no list of metrics
    other = metrics(extractor.extract(make_paper(
        "Plant Disease Detection", "The LSTM model reached a validation loss of 0.2. Performance was evaluated using "
        "precision, recall, and confusion matrix, confirming the reliability of the models.")))
    assert {"precision", "recall"} <= set(other)


def test_every_name_of_a_chinese_list_takes_the_lists_data_noun(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Occupancy Flow", "We estimate occupancy flow without labels.",
        result="在UrbanScan、TrackSet-MOT和nuRoads数据集上验证了方法的有效性；在KITTI、nuScenes和Roadway等主流3D跟踪"
               "基准测试中，FlowNetX实现了新的SOTA性能。"))}
    assert {"UrbanScan", "TrackSet-MOT", "nuRoads"} <= set(found)  # separators before a name, not only after
    assert found["TrackSet-MOT"].type == "Dataset"
    assert found["Roadway"].type == "Benchmark"  # a plain word, but listed with names in a Chinese sentence
    assert found["Roadway"].role == "evaluated_on"


def test_programming_languages_are_neither_methods_nor_datasets(extractor: EntityExtractor) -> None:
    found = {m.name for m in extractor.extract(make_paper(
        "Test Generation", "We evaluated TestGenX on open-source projects spanning Java, Go, and Python.",
        result="在Java、Go和Python项目上评估，TestGenX提升了覆盖率。"))}
    assert "TestGenX" in found and not {"Java", "Go", "Python"} & found


def test_components_named_by_agent_nouns_are_methods(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Robot Learning from Videos", "Our framework is composed of two sequential modules. First, a Scene Intent "
        "Translator (SIT) parses the input video. These subtasks then condition a Trajectory Hint Predictor (THP), "
        "which synthesizes motion. The Simple Harmonic Oscillator (SHO) is one of the test systems."))}
    assert found["SIT"].type == "Method" and found["THP"].type == "Method"
    assert "SHO" not in found  # a system studied, not a component


def test_interfaces_and_ratios_written_with_a_slash_are_not_methods(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "Buried Interface Passivation", "The additive passivates the ETL/perovskite interface using ZnNet, and the "
        "network stores patterns up to 4.0 P/N with ViT-B/16 features.")))
    assert "ZnNet" in found and "ViT-B/16" in found
    assert not {"ETL/perovskite", "P/N"} & found


def test_numbered_releases_written_with_a_slash_and_listed_models_are_methods(extractor: EntityExtractor) -> None:
    found = {m.name: m.type for m in extractor.extract(make_paper(
        "ModComp: Modular Compression of Language Models",
        "On Tamarin-2/3 and OPT models, ModComp keeps 90% of zero-shot accuracy. We evaluate on Heron-1 and "
        "Heron-2 models, combining ANN and Transformer models."))}
    assert {found.get(n) for n in ("Tamarin-2", "Tamarin-3", "Heron-1", "Heron-2")} == {"Method"}
    assert found.get("ANN") == "Technique"  # a family listed with a family


def test_a_dataset_named_with_its_long_form_in_the_title_is_introduced(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "AI-ready Ice Core Profile Dataset (ICPD) for climate monitoring",
        "ICPD holds 13,717 labelled profiles. We evaluate tracking baselines on the OceanScan dataset."))}
    assert (found["ICPD"].type, found["ICPD"].role) == ("Dataset", "introduced")
    assert found["OceanScan"].role != "introduced"  # only the one the title names
    proposed = {m.name: m for m in extractor.extract(make_paper(
        "Glacier Benchmark Suite (GBS): Evaluating Ice Models", "We propose GBS, with 40 tasks."))}
    assert (proposed["GBS"].type, proposed["GBS"].role) == ("Benchmark", "introduced")


def test_later_names_of_a_bracketed_list_after_a_kind_noun_are_methods(extractor: EntityExtractor) -> None:
    found = {m.name: m.type for m in extractor.extract(make_paper(
        "Sarcasm Detection", "Token-free models (ByteNet5, CANOE) outperform token-based ones, and large language "
        "models (LLMs) lag behind. The RoI features are aligned first."))}
    assert found.get("CANOE") == "Method"  # a bare acronym, but the second name of "models (X, Y)"
    assert found.get("LLMs") != "Method" and "RoI" not in found


def test_a_name_right_after_a_full_stop_without_a_blank_is_found(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "Speculative Decoding", "Drafts mix task and context n-gram information.DraftNet avoids any training and "
        "outperforms EAGLE-2.")))
    assert "DraftNet" in found


def test_a_paper_method_named_like_a_known_dataset_or_metric_is_proposed(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(sections_paper(
        title="Reasoning Completeness", tldr="RACE框架用于评估LLM生成解释的完整性。",
        method="提出RACE框架，在四个文本分类数据集上比较LLM解释与特征重要性；并提出MAE框架实现自进化。"))}
    assert (found["RACE"].type, found["RACE"].role) == ("Method", "proposed")
    assert (found["MAE"].type, found["MAE"].role) == ("Method", "proposed")
    used = {m.name: m for m in extractor.extract(sections_paper(
        title="Reading Comprehension", abstract="We propose to evaluate on RACE and report MAE, and we propose a "
                                                "deep learning model."))}
    assert used["RACE"].type in ("Dataset", "Benchmark") and used["MAE"].type == "Metric"
    assert used["deep learning"].type == "Technique"


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("greenfit: Learning Empirical Green's Functions from Data",
     "We present a mesh-independent, data-driven library, greenfit, to model one-dimensional systems.", "greenfit"),
    ("geo-embed: A Unified Interface for Remote Sensing Embeddings",
     "geo-embed is a Python library that provides a unified interface.", "geo-embed"),
])
def test_a_title_opening_with_a_lower_case_name_the_text_introduces_proposes_it(
        extractor: EntityExtractor, title: str, abstract: str, name: str) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(title, abstract))}
    assert (found[name].type, found[name].role) == ("Method", "proposed")


def test_a_title_opening_with_a_lower_case_word_the_text_does_not_introduce_names_nothing(
        extractor: EntityExtractor) -> None:
    assert not {m.name for m in extractor.extract(make_paper("improving: A Study", "We study improving things."))
                if m.type != "Task"}


def test_known_numbered_releases_written_in_lower_case_are_methods(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "Prompt Inversion", "We compare prompting strategies across three model generations (gpt-4o-mini, gpt-4o, "
        "gpt-5) on arithmetic word problems, and our tool t5 (unrelated) is small.")))
    assert {"gpt-4o-mini", "gpt-4o", "gpt-5"} <= found
    assert "t5" not in found  # short entries keep their case


def test_names_opening_with_a_number_are_name_shaped(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "3DSformer: Dual Transformers for Wind Power Forecasting",
        "We propose 3DSformer and evaluate it on HotpotQA and 2WikiHopSet benchmarks with 30B-A3B and 4B/8B models "
        "in 3D scenes."))}
    assert (found["3DSformer"].type, found["3DSformer"].role) == ("Method", "proposed")
    assert found["2WikiHopSet"].type == "Benchmark"
    assert not {"30B-A3B", "4B/8B", "3D"} & set(found)


def test_a_name_after_a_described_method_and_a_comma_is_the_one_proposed(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Gaussian Weighting for Clustered Federated Learning",
        "Federated learning (FL) is popular. In this work, we propose a novel clustered FL method, FedGWX "
        "(Federated Gaussian Weighting Clustering), which groups clients by their data distribution."))}
    assert (found["FedGWX"].type, found["FedGWX"].role) == ("Method", "proposed")
    assert found["FL"].role != "proposed"


@pytest.mark.parametrize(("title", "abstract", "name"), [
    ("The Reef Protocol: Open Infrastructure Connecting Agents", "The Reef Protocol connects agents.", "Reef Protocol"),
    ("The GRADIX Python Package: An End-to-End System for Feature Learning", "GRADIX learns features.", "GRADIX"),
])
def test_title_names_after_the_or_before_a_software_kind_are_proposed(
        extractor: EntityExtractor, title: str, abstract: str, name: str) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(title, abstract))}
    assert (found[name].type, found[name].role) == ("Method", "proposed")


@pytest.mark.parametrize(("abstract", "summary"), [
    ("RAPO outperforms GRPO and DRPX on code editing.", {}),
    ("", {"tldr": "提出RAPO方法，在真实代码编辑任务中表现优于GRPO和DRPX。"}),
    ("On DanceTrack, RAPO improves HOTA by more than 9 points over DRPX without additional data.", {}),
])
def test_a_bare_acronym_the_paper_beats_is_a_compared_method(
        extractor: EntityExtractor, abstract: str, summary: dict[str, str]) -> None:
    found = {m.name: m for m in extractor.extract(make_paper("RAPO: Robust Advantages", abstract, **summary))}
    assert (found["DRPX"].type, found["DRPX"].role) == ("Method", "compared")


def test_a_bare_acronym_after_a_plain_over_needs_a_second_cue(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Question Answering over FHIX Records", "Optical reflectance dominates over SARX in the ablation."))}
    assert "FHIX" not in found and "SARX" not in found


@pytest.mark.parametrize(("abstract", "summary", "name"), [
    ("", {"method": "在边缘设备上，结合Transformer模型（含MobileNet、YOLOZ等）评估多类别目标。"}, "YOLOZ"),
    ("The detectors MobileNet, YOLOZ and ResNet run on the board.", {}, "YOLOZ"),
])
def test_a_name_listed_next_to_a_known_method_is_a_method(
        extractor: EntityExtractor, abstract: str, summary: dict[str, str], name: str) -> None:
    found = {m.name: m for m in extractor.extract(make_paper("Edge Detectors", abstract, **summary))}
    assert found[name].type == "Method"


def test_a_known_dataset_next_to_a_benchmark_keeps_its_own_kind(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Sound Localisation", "We evaluate on AudioSet, VGG Soundz and the ADE20K Sound benchmark."))}
    assert found["VGG Soundz"].type == "Benchmark"  # its own cue ("evaluate on"), not the lexicon neighbour's kind


def test_release_names_with_a_variant_after_the_number_are_name_shaped(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Code Worlds", "", result="表现接近Gemini-3-Pro-Image；使Gemini-2.5-Flash的导航提升9.5%。"))}
    assert found["Gemini-3-Pro-Image"].type == found["Gemini-2.5-Flash"].type == "Method"


def test_a_technique_report_title_names_the_paper_s_model(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper("Kelox Technique Report", "We present Kelox."))}
    assert (found["Kelox"].type, found["Kelox"].role) == ("Method", "proposed")


def test_a_name_the_chinese_summary_evaluates_in_is_data_but_hardware_is_not(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "UI Prediction", "", result="在AndroidWorldX和OSWorldY测试集上提升9.5%；在Hailo-8、Jetson Orin Nano加速器上部署；"
                                    "在FHIRPathX查询合成中表现较差。"))}
    assert found["AndroidWorldX"].type in ("Dataset", "Benchmark")
    assert found["FHIRPathX"].type == "Method"  # "in X query synthesis": where, not what it is evaluated on
    assert "Hailo-8" not in found and "Jetson Orin Nano" not in found


@pytest.mark.parametrize(("summary", "name", "types"), [
    ("提出VIDX视频式3D可供性数据集，实现更强的分割。", "VIDX", ("Dataset",)),
    ("基于APPX编码挑战基准评估代码生成。", "APPX", ("Benchmark",)),
])
def test_describing_chinese_words_may_stand_between_a_name_and_its_data_noun(
        extractor: EntityExtractor, summary: str, name: str, types: tuple[str, ...]) -> None:
    found = {m.name: m for m in extractor.extract(make_paper("Affordance", "", tldr=summary))}
    assert found[name].type in types


def test_a_name_that_made_a_dataset_is_not_the_dataset(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Affordance", "", tldr="使用GPT-5生成的数据集训练，并与LLaMA等基线比较。"))}
    assert found["GPT-5"].type == "Method"


def test_a_vendor_before_a_model_name_is_not_part_of_it(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "Reflection", "We study three models (OpenAI GPT-4o-mini, Anthropic Clade 3 Haiku, and ByteDance Doubao-2).")))
    assert {"Clade 3 Haiku", "Doubao-2"} <= found
    assert not {n for n in found if n.split()[0] in ("Anthropic", "ByteDance")}


def test_an_appositive_model_trained_on_a_dataset_is_a_method(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Attribute Editing", "", tldr="We propose InstructAttrix, an instruction-based model trained on a new "
                                      "attribute dataset. We also introduce FooBench, a challenging benchmark."))}
    assert (found["InstructAttrix"].type, found["InstructAttrix"].role) == ("Method", "proposed")
    assert (found["FooBench"].type, found["FooBench"].role) == ("Benchmark", "introduced")


def test_a_chinese_name_proposed_as_a_dataset_is_introduced_data(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Driving Scenes", "", tldr="本文发布了一个名为DriveMindX的大规模驾驶数据集，并提出基线方法；基于GPT-4的数据集生成也被讨论。"))}
    assert (found["DriveMindX"].type, found["DriveMindX"].role) == ("Dataset", "introduced")
    assert found["GPT-4"].type == "Method"


def test_a_decimal_between_a_result_verb_and_on_keeps_the_evaluation_cue(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Generation", "SegZ achieves an FID of 3.2 on ImageNetX and improves accuracy by 2.1% on ViT-B/16."))}
    assert found["ImageNetX"].role == "evaluated_on"
    assert found["ViT-B/16"].type == "Method"  # a known model's variant evaluated on is no benchmark


@pytest.mark.parametrize(("abstract", "name", "kind", "role"), [
    ("We evaluate on three benchmarks: ADE20KX, CityscapesX, and PascalQX.", "PascalQX", "Benchmark", "evaluated_on"),
    ("SegZ outperforms MaskFormerX, SegNeXtX, and UperNetQX on every split.", "UperNetQX", "Method", "compared"),
])
def test_the_last_name_after_an_oxford_comma_keeps_the_lists_cue(
        extractor: EntityExtractor, abstract: str, name: str, kind: str, role: str) -> None:
    found = {m.name: m for m in extractor.extract(make_paper("Segmentation", abstract))}
    assert (found[name].type, found[name].role) == (kind, role)


def test_a_sentence_opening_with_where_it_was_evaluated_names_benchmarks(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Web Agents", "Across WebArenaQ and OSWorldQ, our agent improves the success rate from 14.2% to 31.5%. "
                      "On top of LLaVA-1.5, it adds a planner."))}
    assert (found["WebArenaQ"].type, found["WebArenaQ"].role) == ("Benchmark", "evaluated_on")
    assert (found["OSWorldQ"].type, found["OSWorldQ"].role) == ("Benchmark", "evaluated_on")
    assert found["LLaVA-1.5"].type == "Method"


def test_every_name_of_a_chinese_list_closed_by_shang_is_evaluated_on(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Segmentation", "", result="实验表明，SegQ在ADEQ、CityQ和PascalQ上均优于现有方法；在AMD Alveo U50、Jetson Orin "
                                   "Nano上部署。"))}
    assert {found[n].role for n in ("ADEQ", "CityQ", "PascalQ")} == {"evaluated_on"}
    assert "Jetson Orin Nano" not in found and "AMD Alveo U50" not in found


def test_names_coordinated_with_a_proposed_one_are_proposed(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Reasoning Models", "We present ReasonQ and ThinkQ, two open models for math reasoning, and compare them with "
                            "GPT-4o and DeepSeek-R1.")))
    assert found["ReasonQ"].role == found["ThinkQ"].role == "proposed"
    assert found["GPT-4o"].role != "proposed" and found["DeepSeek-R1"].role != "proposed"


@pytest.mark.parametrize(("abstract", "expected"), [
    ("We introduce two new benchmarks, AlphaQ-Bench and BetaQ-Bench, and evaluate 12 models.",
     {"AlphaQ-Bench": ("Benchmark", "introduced"), "BetaQ-Bench": ("Benchmark", "introduced")}),
    ("Comprehensive evaluation on our newly introduced SEA-Q Benchmark Suite reveals a paradox.",
     {"SEA-Q Benchmark Suite": ("Benchmark", "introduced")}),
    ("Extensive experiments on our newly collected MedQ dataset demonstrate the effectiveness.",
     {"MedQ": ("Dataset", "introduced")}),
])
def test_data_the_paper_introduces_in_plural_lists_and_with_newly(
        extractor: EntityExtractor, abstract: str, expected: dict[str, tuple[str, str]]) -> None:
    found = {m.name: (m.type, m.role) for m in extractor.extract(make_paper("Spatial Reasoning", abstract))}
    assert {name: found.get(name) for name in expected} == expected


def test_a_name_after_a_data_noun_and_its_comma_opens_a_list_only_if_it_goes_on(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Planning", "We test it. On nuPlanQ and the interaction-focused InterPlanQ benchmarks, FlowDriveQ reaches the "
                    "best scores. We evaluate on three benchmarks, GSMQ, MathQ and AimeQ."))}
    assert found["FlowDriveQ"].type == "Method"  # the clause after the comma, not a listed benchmark
    for name in ("nuPlanQ", "InterPlanQ", "GSMQ", "MathQ", "AimeQ"):
        assert (found[name].type, found[name].role) == ("Benchmark", "evaluated_on"), name


def test_a_lower_case_initial_name_the_paper_evaluates_on_is_data(extractor: EntityExtractor) -> None:
    found = {m.name: m for m in extractor.extract(make_paper(
        "Planning", "We test it on nuPlanQ, where FlowDriveQ wins. Many like mBERTQ a lot."))}
    assert (found["nuPlanQ"].type, found["nuPlanQ"].role) == ("Benchmark", "evaluated_on")
    assert "mBERTQ" not in found  # no cue: a lower-case-initial word alone is no name


def test_a_named_challenge_is_a_benchmark(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Liver Staging", "Based on the CARE Liver 2025 Track 4 Challenge, this study introduces a framework. It runs "
                         "the Multi-Agent Grid Challenge (MAGC) tasks.")))
    assert found["CARE Liver 2025 Track 4 Challenge"].type == "Benchmark"
    assert found["MAGC"].type == "Benchmark"


def test_plain_capitalised_words_listed_where_the_paper_evaluates_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Graph Mixing", "Extensive experiments on Corax, Citeserx and Flickrx show that GraphMixQ wins. Results on "
                        "English, French and German are good. The Quality of it is high.")))
    assert (found["Corax"].type, found["Corax"].role) == ("Benchmark", "evaluated_on")
    assert found["Citeserx"].type == "Benchmark" and found["Flickrx"].type == "Benchmark"
    assert not {"English", "French", "German", "Quality"} & set(found)  # languages; a word alone


def test_our_method_before_a_name_and_we_call_it_propose_the_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Protein Folding", "Building on AlphaFoldQ, our method FoldLiteQ predicts structures faster. We call it "
                           "BlendQ. We call our approach MixerQ.")))
    for name in ("FoldLiteQ", "BlendQ", "MixerQ"):
        assert (found[name].type, found[name].role) == ("Method", "proposed"), name
    assert found["AlphaFoldQ"].role != "proposed"


def test_r_squared_written_with_a_caret_or_superscript_is_the_metric_r2(extractor: EntityExtractor) -> None:
    found = metrics(extractor.extract(make_paper(
        "Property Prediction", "The model reaches an R^2 of 0.97 and a Spearman correlation of 0.85; its R² is 0.91.")))
    r2 = [m for m in found.values() if "R2" in (m.name, *m.aliases)]
    assert len(r2) == 1 and {"R^2", "R²"} <= {r2[0].name, *r2[0].aliases}


def test_a_capitalised_phrase_the_paper_claims_to_beat_is_a_compared_method(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Grasping", "GraspGenQ reaches a 92% success rate, outperforming Diffusion Steering and ACTQ. Grasp Quality "
                    "matters, and we use Motion Planning.")))
    assert (found["Diffusion Steering"].type, found["Diffusion Steering"].role) == ("Method", "compared")
    assert "Grasp Quality" not in found and "Motion Planning" not in found  # no claim to beat them


def test_chinese_bracketed_lists_after_their_kind_and_described_beaten_methods(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Quantization", "", result="在四个先进DiT模型（Flux-DevQ、Flux-SchnellQ、ZImageQ）上，AdaQ显著优于SOTA（SVDQuantQ、"
                                   "ViDiT-QQ），在两个数据集（CocoQ、FlickrQ）上更好；相比最新神经编解码器DCVC-RTQ码率更低。"
                                   "提出高斯混合模型（GMMQ）验证，ViT模型（B/32、L/14）均提升。")))
    for name in ("Flux-DevQ", "Flux-SchnellQ", "ZImageQ"):
        assert (found[name].type, found[name].role) == ("Method", "used"), name
    for name in ("SVDQuantQ", "ViDiT-QQ", "DCVC-RTQ"):
        assert (found[name].type, found[name].role) == ("Method", "compared"), name
    assert found["CocoQ"].type == "Dataset" and found["FlickrQ"].type == "Dataset"
    assert not any("bracket" in e.rule for e in found.get("GMMQ", Mention("", "")).evidence)  # a gloss, no list
    assert "B/32" not in found and "L/14" not in found  # a model's size codes, not names


def test_a_proposed_name_shaped_like_a_benchmark_is_introduced_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Charts", "We curate ChartBench-LiteQ from existing benchmarks and evaluate 12 open models on it. We also "
                  "propose ChartQAQ, a model that answers chart questions.")))
    assert (found["ChartBench-LiteQ"].type, found["ChartBench-LiteQ"].role) == ("Benchmark", "introduced")
    assert (found["ChartQAQ"].type, found["ChartQAQ"].role) == ("Method", "proposed")  # "QA": no data by shape alone


def test_a_name_after_relative_to_is_a_compared_method(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Quantization", "ICQuantQ improves the zero-shot accuracy by up to 130% relative to QTIPQ and QuIPQ.")))
    assert (found["QTIPQ"].type, found["QTIPQ"].role) == ("Method", "compared")


def test_an_ing_modifier_between_the_propose_verb_and_the_name_is_no_verb(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Beamforming", "We propose a deep unfolding network, DU-BFQ, for hybrid beamforming. We propose using "
                       "JudgeLMQ as a judge.")))
    assert (found["DU-BFQ"].type, found["DU-BFQ"].role) == ("Method", "proposed")
    assert found["JudgeLMQ"].role != "proposed"  # "using X": a verb taking the name as its object


def test_plain_capitalised_words_the_paper_claims_to_beat_are_compared_methods(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Fuzzing", "VulnHunterQ finds 31% more bugs than Mythrilx and Slitherx. TestGenQ outperforms EvoSuiteQ and "
                   "Randoopx. It is better than Human experts. Randomx wins.")))
    for name in ("Mythrilx", "Slitherx", "Randoopx"):
        assert (found[name].type, found[name].role) == ("Method", "compared"), name
    assert "Human" not in found and "Randomx" not in found  # a modifier of a noun; a sentence's first word


def test_a_name_always_followed_by_a_device_noun_is_hardware(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Manipulation", "We evaluate GraspQ on real-robot tasks with a WidowQ arm and a FrankaQ robot, and compare "
                        "it with PolicyNetQ.")))
    assert "WidowQ" not in found and "FrankaQ" not in found
    assert found["PolicyNetQ"].type == "Method"


def test_a_score_right_before_on_names_where_it_was_evaluated(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "The agent attains a 71.2% success rate and an average reward of 0.83 on ALFWorldQ. LARVQ reaches "
                  "85.9% on ViT-B/32 and 89.2% on ViT-L/14. We train 16 GPUQs on ImageNet.")))
    assert (found["ALFWorldQ"].type, found["ALFWorldQ"].role) == ("Benchmark", "evaluated_on")
    assert found["ViT-B/32"].type == "Method" and found["ViT-L/14"].type == "Method"  # a known model's variants


def test_the_papers_own_noun_ends_a_list_of_where_it_was_evaluated(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Backbones", "Through extensive experiments on ImageNetQ, CocoQ, and AdeQ, our backbone, NeoViTQ, delivers "
                     "84.1% top-1 accuracy.")))
    assert (found["NeoViTQ"].type, found["NeoViTQ"].role) == ("Method", "proposed")
    assert found["AdeQ"].type in ("Dataset", "Benchmark")


def test_a_chinese_description_ending_in_its_kind_may_stand_between_the_verb_and_the_name(
        extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Medical QA", "", tldr="本文构建了首个大规模多模态医学问答基准MedVQA-BenchQ，并提出了基线模型MedLLaVAQ，在该基准上"
                               "准确率达到67.3%，超过GPT-4V 5.2个百分点。")))
    assert (found["MedVQA-BenchQ"].type, found["MedVQA-BenchQ"].role) == ("Benchmark", "introduced")
    assert (found["MedLLaVAQ"].type, found["MedLLaVAQ"].role) == ("Method", "proposed")
    assert found["GPT-4V"].role == "compared"


def test_a_name_that_is_proposed_in_a_passive_sentence_is_the_papers_own(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Attention", "A novel attention mechanism, FocalAttnQ, is proposed to reduce memory. A variant of NesterovQ is "
                     "proposed, too. BERTQ is evaluated on GLUE.")))
    assert (found["FocalAttnQ"].type, found["FocalAttnQ"].role) == ("Method", "proposed")
    assert "NesterovQ" not in found or found["NesterovQ"].role != "proposed"  # the variant is proposed, not it


def test_a_papers_numbered_contributions_are_its_own_methods_and_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Traces", "Our contributions are threefold: (1) QTraceBench, a benchmark of 2k traces; (2) QTraceSet, a large "
                  "dataset of logs; (3) QTraceLM, a model fine-tuned on it.")))
    assert (found["QTraceBench"].type, found["QTraceBench"].role) == ("Benchmark", "introduced")
    assert (found["QTraceSet"].type, found["QTraceSet"].role) == ("Dataset", "introduced")
    assert (found["QTraceLM"].type, found["QTraceLM"].role) == ("Method", "proposed")


def test_plain_metric_words_listed_with_a_named_metric_are_metrics(extractor: EntityExtractor) -> None:
    found = metrics(extractor.extract(make_paper(
        "Detection", "We report precision, recall, and F1-score for detection. It improves accuracy and robustness.")))
    assert {"precision", "recall"} <= set(found)
    assert "accuracy" not in found  # "improves accuracy": no list with a named metric, no value


def test_a_capitalised_word_between_the_and_a_data_noun_inside_a_sentence_is_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Driving", "We train on the Waymox dataset and test on the Argoversex benchmark. The Appx dataset is small, "
                   "and our Notex dataset too.")))
    assert found["Waymox"].type == "Dataset"
    assert (found["Argoversex"].type, found["Argoversex"].role) == ("Benchmark", "evaluated_on")
    assert "Appx" not in found and "Notex" not in found  # capitalised by its place; the paper's own description


def test_a_known_models_size_or_variant_after_its_name_is_part_of_it(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "LLMs", "We evaluate GPT-4o mini and Mistral 7B against GPT-4, which pro-actively helps.")))
    assert {"GPT-4o mini", "Mistral 7B", "GPT-4"} <= found
    assert "GPT-4o" not in found and "Mistral" not in found


def test_a_mixture_of_experts_size_after_a_known_model_is_part_of_it(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper("LLMs", "We compare against Mixtral 8x7B and Mixtral 8x22B.")))
    assert {"Mixtral 8x7B", "Mixtral 8x22B"} <= found and "Mixtral" not in found


def test_the_first_name_of_a_bracketed_list_after_its_kind_and_bare_size_words(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Edges", "It improves over traditional methods (Cannyx, CannySRQ) and large models (LLMs). Our models (Nano, "
                 "Super, Ultra) are fast.")))
    assert (found["Cannyx"].type, found["Cannyx"].role) == ("Method", "used")
    assert not {"Nano", "Super", "Ultra"} & set(found)  # sizes of a model, not names
    assert found["LLMs"].type == "Technique"  # a short form glossing its kind


def test_we_provide_introduces_data_only(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Referring", "To support the task, we provide a novel, annotated dataset, XeMap-setQ, tailored for it. We provide "
                     "QwenQ-2 with tools.")))
    assert (found["XeMap-setQ"].type, found["XeMap-setQ"].role) == ("Dataset", "introduced")
    assert found["QwenQ-2"].role != "proposed"


def test_where_a_beaten_method_was_beaten_is_data_and_no_second_beaten_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Reasoning", "Our model outperforms GPT-4 on MMLUQ and GSMQ. It reduces the error by 12% on KITTIQ.")))
    assert found["GPT-4"].role == "compared"
    for name in ("MMLUQ", "GSMQ", "KITTIQ"):
        assert (found[name].type, found[name].role) == ("Benchmark", "evaluated_on"), name


def test_or_inside_a_word_is_no_list_separator(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Transport", "This structure is metrizable by a tree metric, which yields a closed-form expression for OTQ. "
                     "Many variants of Optimal Transport (OTQ) exist.")))
    assert "OTQ" not in found or found["OTQ"].type != "Metric"  # "for" is no "f" + "or" ending a list of metrics


def test_a_year_in_a_name_is_no_count_of_the_data(extractor: EntityExtractor) -> None:
    """"five BIQA benchmarks" counts a kind of data; in "the BraTS 2021 and KiTQ19 datasets" the number is a name's."""
    found = by_name(extractor.extract(make_paper("Segmentation", "Models are compared on the BraTS 2021 and KiTQ19 datasets.")))
    assert found["KiTQ19"].type in ("Dataset", "Benchmark")


def test_plain_words_listed_after_a_data_noun_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Recommendation", "Experiments on three public datasets (Amazon-Bok, Yelp2018, Gowallq) demonstrate gains. "
                          "The App dataset is small.")))
    assert found["Amazon-Bok"].type == found["Gowallq"].type == "Dataset"
    assert "App" not in found  # one capitalised word before a data noun is still a description


def test_what_outperforms_inside_a_sentence_is_a_method(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Water levels", "We compare forecasting models, finding that Chronoq outperforms all other models. "
                        "Weights are trained with the Adamq optimiser.")))
    assert found["Chronoq"].type == "Method" and found["Adamq"].type == "Method"


def test_environments_listed_in_brackets_after_tasks_are_benchmarks(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Control", "We evaluate on the MuJoCo locomotion tasks (HalfCheetaq, Hoppeq, Walker2q) and outperform SAC.")))
    for name in ("HalfCheetaq", "Hoppeq", "Walker2q"):
        assert (found[name].type, found[name].role) == ("Benchmark", "evaluated_on"), name


def test_a_name_ending_in_score_is_a_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Proteins", "ProtDiffQ reaches a median TMQ-score of 0.82. Few alternatives such as ICEQ-Score exist.")))
    assert found["TMQ-score"].type == "Metric" and found["ICEQ-Score"].type == "Metric"


def test_our_system_noun_then_a_name_is_proposed(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Scheduling", "Compared with the default scheduler, our scheduler Tetriq-K reduces job completion time by 23%.")))
    assert found["Tetriq-K"].role == "proposed"


def test_methods_beaten_by_a_margin_above_or_after_le_are_compared(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Segmentation", "The proposed LiteSeq achieves 71.2% mIoU on Cityscapes, 3.1 points above BiSeNetQ2.",
        result="在nuScenes验证集上，NDS达到72.3，超过了BEVFormeq和StreamPETQ。")))
    for name in ("BiSeNetQ2", "BEVFormeq", "StreamPETQ"):
        assert found[name].role == "compared", name


def test_sized_models_are_names_and_what_they_are_tuned_on_is_data(extractor: EntityExtractor) -> None:
    """"T5-large" is a model, unlike "CNN-based"; "we fine-tune A and B on X" trains on X."""
    found = by_name(extractor.extract(make_paper(
        "QA", "We fine-tune T7-large and BERQ-base on SciQQ. CNN-based and LLM-driven methods fail.")))
    assert found["T7-large"].type == found["BERQ-base"].type == "Method"
    assert found["SciQQ"].type == "Dataset"
    assert "CNN-based" not in found and "LLM-driven" not in found


def test_a_modality_pair_is_a_kind_and_a_named_model_keeps_its_kind_suffix(extractor: EntityExtractor) -> None:
    """"VL decoders" names a kind of model; "Qwen2.5-VL" and "Qwen2.5-VLM" are named models (the hybrid-of-families
    rule, "CNN-ViT", must not take them); "AM 1.5 G" is a test condition."""
    found = by_name(extractor.extract(make_paper(
        "Decoders", "We benchmark VL decoders such as Qwen2.5-VL and Qwen2.5-VLM against CNN-ViT. Devices delivered "
                    "25.31% under AM 1.5 G illumination.")))
    assert found["VL"].type == "Technique" and found["CNN-ViT"].type == "Technique"
    assert found["Qwen2.5-VL"].type == found["Qwen2.5-VLM"].type == "Method"
    assert "AM 1.5 G" not in found


def test_a_named_measure_is_a_metric_and_an_introduced_one_also_proposed(extractor: EntityExtractor) -> None:
    mentions = extractor.extract(make_paper(
        "Fairness", "We report the Structural Consistenqy Index (SCQ). The paper introduces Intersectional Divergenq "
                    "Score (IDQ), a fairness measure. PREMQ (PREdict with Matching ScorEs) is a model we propose."))
    kinds = {(m.name, m.type, m.role) for m in mentions}
    assert ("SCQ", "Metric", None) in kinds
    idq = {(t, r) for n, t, r in kinds if n in ("IDQ", "Intersectional Divergenq Score")}
    assert idq == {("Method", "proposed"), ("Metric", None)}
    assert not any(n == "PREMQ" and t == "Metric" for n, t, r in kinds)


def test_ahead_of_beats_and_a_hyphenated_bench_name_is_a_benchmark(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "Our codec, TinyCodeq, runs well. Our agent solves 30.1% on Terminaq-Bench, ahead of OpenHandq "
                  "and SWQ-agent. We compare with RGB-only baselines in the Arena.")))
    assert found["TinyCodeq"].role == "proposed"
    assert (found["Terminaq-Bench"].type, found["Terminaq-Bench"].role) == ("Benchmark", "evaluated_on")
    assert found["OpenHandq"].role == found["SWQ-agent"].role == "compared"
    assert "RGB-only" not in found and "Arena" not in found


def test_a_method_after_jiao_is_compared(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "VLA", result="FooVLQ在LIBERO基准上平均成功率达到94.1%，较OpenVLQ提升12.4%，比较复杂的BarNeq更快。")))
    assert found["OpenVLQ"].role == "compared"


def test_parts_spelled_out_in_title_case_are_the_papers_own(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Robots", "We propose RoboPlaq. Our framework is composed of two modules. First, a Human Intenq Translator (HIQ) "
                  "parses the video; then a Future Dynamiq Predictor (FDQ) synthesizes motion. It is built on the "
                  "Feature Pyramiq Network (FPQ).")))
    assert found["HIQ"].role == found["FDQ"].role == "proposed"
    assert found["FPQ"].role != "proposed"  # a network the method is built on, and no part's head


def test_an_acronym_hyphenated_to_an_adjective_describes_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Testing", "We create a comprehensive ISTQQ-aligned dataset and an LLMQ-free benchmark, and use the COCQ-Stuff "
                   "dataset.")))
    assert "ISTQQ-aligned" not in found and "LLMQ-free" not in found
    assert found["COCQ-Stuff"].type == "Dataset"


def test_a_metric_at_a_rank_is_its_own_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Units", "Precision at rank 1 was 83.39%, and recall at rank 5 was 94.66%, at 30 FPS.")))
    assert {"Precision at rank 1", "recall at rank 5"} <= set(found) and "precision" not in found


def test_numbered_parts_are_no_names_and_beaten_on_lists_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Graphs", "We propose HypeGNQ, which beats GAQ and GraphSAGQ on Corq, Citeseq and Amazoq node classification. "
                  "Algorithm 1 achieves a regret of O(T) by Theorem 2.")))
    assert "Algorithm 1" not in found and "Theorem 2" not in found
    for name in ("Corq", "Citeseq", "Amazoq"):
        assert found[name].type in ("Dataset", "Benchmark"), name


def test_a_title_case_long_form_ending_in_a_family_names_a_model(extractor: EntityExtractor) -> None:
    """"Skeletal Graph DiT (Sk-DiT)" is a model of a known family, unlike "Need for Cognition (NFC)" or the family
    variant "open-set TTA (OSTTA)"."""
    found = by_name(extractor.extract(make_paper(
        "Rigs", "Then the Skeletal Grapq DiT (Sq-DiT) generates an embedding. Current open-set TTA (OSTQA) methods "
                "fail, and Need for Cognitioq (NFQ) varies.")))
    assert found["Sq-DiT"].type == "Method"
    assert "OSTQA" not in found or found["OSTQA"].type != "Method"
    assert "NFQ" not in found


def test_families_and_fields_are_techniques(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Solvers", "Our solver outperforms EM-based methods and matches PINNs; it runs under TinyML budgets and beats "
                   "sparse mixture of experts (SMoE) models.")))
    for name in ("PINNs", "TinyML", "SMoE"):
        assert found[name].type == "Technique", name


def test_a_bare_acronym_before_a_plural_kind_is_a_family(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Privacy", "This addresses the limits of LDQ methods. We show DQN and DDPQ algorithms control traffic.")))
    assert found["LDQ"].type == "Technique"
    assert found["DDPQ"].type == "Method"  # the last of a list shares the plural kind with the others


def test_knowledge_bases_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Tables", "Cells are labeled using DBpedia classes and matched with OpenStreetMap (OSM) nodes.")))
    assert found["DBpedia"].type == "Dataset" and found["OSM"].type == "Dataset"


def test_an_ampersand_inside_a_word_keeps_the_name_whole(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "We fine-tune on the M&Mq dataset.", result="在Whq&When基准测试中，CHIEF优于八个基线方法。")))
    assert found["Whq&When"].type == "Benchmark" and found["M&Mq"].type == "Dataset"


def test_names_right_after_a_counted_benchmarks_are_benchmarks(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "Across several benchmarks GAIQ, PathVQQ, and Humanity's Last Exaq, our agent attains strong gains. "
                  "This study benchmarks multilingual, Indiq and Nepaliq BERT variants.")))
    for name in ("GAIQ", "PathVQQ", "Humanity's Last Exaq"):
        assert (found[name].type, found[name].role) == ("Benchmark", "evaluated_on"), name
    assert "Indiq" not in found  # "benchmarks" as a verb lists no benchmarks


def test_a_name_put_into_something_is_not_evaluated_on(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Tools", method="将其抽象为参数化原语并整合到MCQ Box中，在GAIQ-2上评测。")))
    assert found["MCQ Box"].type not in ("Benchmark", "Dataset")
    assert found["GAIQ-2"].type == "Benchmark"


def test_more_ways_to_propose(extractor: EntityExtractor) -> None:
    """"we put forward X", "we develop and validate X", "our proposed framework, namely X"."""
    for text, name in (("In this paper, we put forward GraphRAQ++, a retrieval framework.", "GraphRAQ++"),
                       ("Here we develop and validate CardioNeq, a model for ECG classification.", "CardioNeq"),
                       ("Our proposed framework, namely TrajFormeq, predicts trajectories.", "TrajFormeq")):
        found = by_name(extractor.extract(make_paper("Methods", text)))
        assert found[name].role == "proposed", text


def test_what_the_paper_curates_or_names_as_its_benchmark_is_its_data(extractor: EntityExtractor) -> None:
    cases = (("We curate SciDocs-QQ from arXiv papers and evaluate 12 LLMs on it.", "SciDocs-QQ", "Dataset"),
             ("Our benchmark, CodeArenq-X, contains 1,200 tasks.", "CodeArenq-X", "Benchmark"))
    for text, name, kind in cases:
        found = by_name(extractor.extract(make_paper("Data", text)))
        assert (found[name].type, found[name].role) == (kind, "introduced"), text
    found = by_name(extractor.extract(make_paper("Data", "", tldr="作者发布了包含5万条样本的多语言指令数据集PolyInstruq，并训练了模型。")))
    assert (found["PolyInstruq"].type, found["PolyInstruq"].role) == ("Dataset", "introduced")
    found = by_name(extractor.extract(make_paper("Spatial", "We are the first to curate VQQ data with 3D relations.")))
    assert "VQQ" not in found or found["VQQ"].role not in ("proposed", "introduced")


def test_one_plain_word_before_a_titles_colon_names_the_papers_method(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Guardiaq: Decoupling Exploration from Safety in Reinforcement Learning", "We present a safe explorer.")))
    assert found["Guardiaq"].role == "proposed"
    found = by_name(extractor.extract(make_paper("Position: Enough of Scaling LLMs", "We argue for downscaling.")))
    assert "Position" not in found


def test_the_subject_after_a_closed_compared_list_is_not_compared(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Segmentation", "Compared to U-Neq, Attention U-Neq and TransUNeq, MedFormeq yields a mean Dice of 0.89. "
                        "It outperforms A-Neq, B-Neq, and C-Neq.")))
    assert found["MedFormeq"].role != "compared"
    for name in ("TransUNeq", "A-Neq", "B-Neq", "C-Neq"):
        assert found[name].role == "compared", name


def test_a_lower_case_measure_spelled_out_names_a_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Scenes", "Our classifier reaches 98.7% quadrant overall accuracy (QOA). The learning rate (LR) is 0.01.")))
    assert found["QOA"].type == "Metric"
    assert "LR" not in found or found["LR"].type != "Metric"


def test_a_plain_word_listed_with_names_where_the_paper_evaluates_is_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Remote sensing", "We evaluate on the LoveDQ, iSAIQ and Potsdaq datasets, where SegRQ improves mIoU.")))
    assert found["Potsdaq"].type in ("Dataset", "Benchmark")


def test_a_thing_called_new_and_then_named_is_the_papers_own(extractor: EntityExtractor) -> None:
    """"A new asymmetric hole-transporting substrate, X, ...", "reports a new ... COF, X, ...": whatever its kind."""
    for text, name in (("A new asymmetric hole-transporting substrate, QRX-2PACq, improves film growth.", "QRX-2PACq"),
                       ("The paper reports a new piperazine-linked COF, CoPc-NH-TABQ-iZq, with dense redox sites.",
                        "CoPc-NH-TABQ-iZq")):
        found = by_name(extractor.extract(make_paper("Materials", text)))
        assert (found[name].type, found[name].role) == ("Method", "proposed"), text
    found = by_name(extractor.extract(make_paper("Segmentation", "It sets a new state of the art on CityScapeq, "
                                                                 "PASCAQ-Context and ADE21K.")))
    assert all(found[name].role != "proposed" for name in ("PASCAQ-Context", "ADE21K") if name in found)


def test_a_topic_before_a_titles_colon_is_no_name(extractor: EntityExtractor) -> None:
    """"Massive MIMO Detection: A Deep Unfolding Approach" names the topic; "DetNeq: ..." the method."""
    for title in ("Massive MIQO Detection: A Deep Unfolding Approach", "Cell-Free QIMO Power Control: A New Approach",
                  "TQ53 Mutations and Immune Evasion: A Pan-Cancer Analysis"):
        found = by_name(extractor.extract(make_paper(title, "We study this problem.")))
        assert not any(m.role == "proposed" for m in found.values()), title
    found = by_name(extractor.extract(make_paper("MIQO DetNeq: A Deep Unfolding Approach to Detection", "")))
    assert found["MIQO DetNeq"].role == "proposed"
    found = by_name(extractor.extract(make_paper("Online Mixture of Expertq: No-Regret Learning",
                                                 "We call it online mixture-of-expertq (OMoQ) and propose two OMoQ algorithms.")))
    assert found["OMoQ"].role == "proposed"


def test_measures_of_other_fields_are_metrics(extractor: EntityExtractor) -> None:
    """Communications, finance, recommendation and structural biology name their measures too."""
    found = by_name(extractor.extract(make_paper(
        "Metrics", "QuantRec reaches a Sharpe ratio of 2.1 with a maximum drawdown of 12% and a LogLoss of 0.438, "
                   "outperforming DeepFQ. FoldQ attains a median RMSD of 1.4 and a C-index of 0.74, with lower block "
                   "error rate (BLER) and error vector magnitude (EVM).")))
    for name in ("Sharpe ratio", "maximum drawdown", "LogLoss", "RMSD", "C-index", "BLER", "EVM"):
        assert found[name].type == "Metric", name


def test_one_capitalised_word_the_text_names_is_the_papers_own(extractor: EntityExtractor) -> None:
    """"We propose Vantreq, a ...", "a network called Pyloq", "an algorithm, named Quorviq,", "Our architecture,
    Magnetriq,": a plain capitalised word is a name where the text says it names something."""
    for text, name in (("We propose Vantreq, a diffusion-based scheme for image transmission.", "Vantreq"),
                       ("We train a lightweight network called Pyloq on the data.", "Pyloq"),
                       ("A new algorithm, named Quorviq, is proposed for routing.", "Quorviq"),
                       ("Our architecture, Magnetriq, is evaluated on three tasks.", "Magnetriq")):
        found = by_name(extractor.extract(make_paper("Methods", text)))
        assert (found[name].type, found[name].role) == ("Method", "proposed"), text
    found = by_name(extractor.extract(make_paper(
        "Methods", "We introduce Bayesian methods to the field. We compare with the so-called Transformeq baseline.")))
    assert "Bayesian" not in found and ("Transformeq" not in found or found["Transformeq"].role != "proposed")


def test_past_tense_propose_verbs_and_new_data_nouns(extractor: EntityExtractor) -> None:
    """"The authors developed X", "We designed X", "developed and validated a model, X,"; "X, a single-cell atlas"
    and "X, a database of ..." are data the paper introduces."""
    for text, name in (("The authors developed CardioVeq to detect arrhythmia.", "CardioVeq"),
                       ("We designed PlanQ to plan routes.", "PlanQ"),
                       ("We developed and validated a deep learning model, CardioVeq, for arrhythmia detection.",
                        "CardioVeq")):
        found = by_name(extractor.extract(make_paper("Methods", text)))
        assert (found[name].type, found[name].role) == ("Method", "proposed"), text
    found = by_name(extractor.extract(make_paper("Data", "We introduce HepaAtlaq, a single-cell atlas of the liver.")))
    assert (found["HepaAtlaq"].type, found["HepaAtlaq"].role) == ("Dataset", "introduced")


def test_a_latin_word_inside_a_chinese_description_does_not_hide_the_name_after_it(extractor: EntityExtractor) -> None:
    for text, name in (("本文提出了基于Transformer的蛋白质语言模型ProtLinqo，在多个任务上优于ESM-2。", "ProtLinqo"),
                       ("本文构建了脑部MRI基础模型NeuroVisqa，并在ADNI上验证。", "NeuroVisqa")):
        found = by_name(extractor.extract(make_paper("Models", "", tldr=text)))
        assert (found[name].type, found[name].role) == ("Method", "proposed"), text


def test_genes_mutations_and_cell_lines_are_not_methods(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Variants", "Mutations in BRQA1, TQ53 and PTQN drive tumours. EGQR expression, HeQa cells and ACQ2 binding "
                    "were profiled; KRQS G12C and N501Y were studied. We outperform CADQ and REVEQ.")))
    assert set(found) == {"CADQ", "REVEQ"}
    found = by_name(extractor.extract(make_paper(
        "CNNs", "We construct spiking variants of ShuffleNeq, SqueezeNeq and MixNeq, and test them on C03Q.")))
    assert {"ShuffleNeq", "SqueezeNeq", "MixNeq"} <= set(found)


def test_data_releases_and_where_data_comes_from_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Surveys", "Redshifts come from SDQS DR16 and the DESQ Early Data Release. We train TriNeq on data from "
                   "EyePACQ and scans from ADNQ-3, and compare with images generated from StableDiffq.")))
    for name in ("SDQS DR16", "DESQ Early Data Release", "EyePACQ", "ADNQ-3"):
        assert found[name].type == "Dataset", name
    assert found["StableDiffq"].type == "Method" and found["TriNeq"].type == "Method"


def test_medical_conditions_spelled_out_are_no_entities(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Clinical", "We detect autism spectrum disorder (ASD) in patients with colorectal cancer (CRC) or mild "
                    "cognitive impairment (MCI), and outperform GraphSAQE.")))
    assert not {"ASD", "CRC", "MCI"} & set(found) and "GraphSAQE" in found


def test_the_kind_after_a_bracketed_short_form_types_it(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Data", "We use the Brain Imaging Qata Exchange (BIQE) database and the Heart Failure Qohort (HFQ) cohort.")))
    assert found["BIQE"].type == "Dataset" and found["HFQ"].type == "Dataset"


def test_described_and_passively_developed_names_are_the_papers_own(extractor: EntityExtractor) -> None:
    for text, name in (("Here we describe CardioVeq, a tool for ECG analysis.", "CardioVeq"),
                       ("We implemented PlanQ, an open-source Python package for routing.", "PlanQ"),
                       ("A deep learning model (CardioNeq) was developed to detect arrhythmia.", "CardioNeq")):
        found = by_name(extractor.extract(make_paper("Tools", text)))
        assert (found[name].type, found[name].role) == ("Method", "proposed"), text
    found = by_name(extractor.extract(make_paper(
        "Graphs", "GraphSAQE was proposed by Hamilton et al. in 2017. We implement our method in PyTorQ, a framework.")))
    assert found["GraphSAQE"].role != "proposed" and found["PyTorQ"].role != "proposed"


def test_a_version_at_a_sentence_end_stays_in_the_name_and_is_no_value(extractor: EntityExtractor) -> None:
    from kg.extract import Extractor

    paper = make_paper("Video", "It outperforms Wanq 2.1. We test on RoboTwiq 2.0. It reaches a win rate of 52.1% on "
                                "AlpacaEvaq 2.0.")
    found = by_name(extractor.extract(paper))
    assert {"Wanq 2.1", "RoboTwiq 2.0", "AlpacaEvaq 2.0"} <= set(found)
    assert [r.value for r in Extractor().extract(paper).results] == ["52.1%"]


def test_well_known_lower_case_models_and_recent_suites_are_found(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Reasoning", "ZetaReasoneq outperforms o1-preview and gpt-3.5-turbo on Humanity's Last Exam and AMC 2023.")))
    assert (found["o1-preview"].type, found["o1-preview"].role) == ("Method", "compared")
    assert found["gpt-3.5-turbo"].type == "Method"
    assert found["Humanity's Last Exam"].type == found["AMC 2023"].type == "Benchmark"


def test_more_phrasings_that_introduce_the_papers_own(extractor: EntityExtractor) -> None:
    for text, name, kind in (("We identify this failure mode and propose RewardShielq, a guard.", "RewardShielq", "Method"),
                             ("We call this approach StepSkiq.", "StepSkiq", "Method"),
                             ("We address this by introducing LeanAgenq, which plans.", "LeanAgenq", "Method"),
                             ("RewardShielq is a novel framework for safe alignment.", "RewardShielq", "Method"),
                             ("We open-source PolyCodeq-R, a code model.", "PolyCodeq-R", "Method"),
                             ("CodeArenq is a new benchmark for code agents.", "CodeArenq", "Benchmark")):
        found = by_name(extractor.extract(make_paper("Agents", text)))
        assert (found[name].type, found[name].role) == (kind, "introduced" if kind == "Benchmark" else "proposed"), text
    found = by_name(extractor.extract(make_paper(
        "EM", "We do so by introducing an Expectation Maximizatioq (EM)-like optimization procedure.")))
    assert all(m.role != "proposed" for m in found.values())


def test_baselines_named_after_such_as_are_compared_and_anything_is_no_task(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Segment Anything in Medical Images with Prompts",
        "SplatFuseq outperforms prior methods such as PixelSplaq, MVSplaq and DepthSplaq.")))
    assert all(found[n].role == "compared" for n in ("PixelSplaq", "MVSplaq", "DepthSplaq"))
    assert not any("anything" in m.name.lower() for m in found.values() if m.type == "Task")


def test_serving_measures_are_metrics_and_three_digit_sizes_stay_in_names(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Serving", "It reduces time to first token (TTFT) by 40%, raising tokens per second, and beats Llamq 3.1 405B.")))
    assert found["TTFT"].type == "Metric" and found["tokens per second"].type == "Metric"
    assert "Llamq 3.1 405B" in found


def test_chinese_descriptions_ending_in_more_kinds_and_coordinated_ones(extractor: EntityExtractor) -> None:
    for text, names in (("提出了一种轻量级遥感目标检测器LiteRS-Deq，在DOTA上评测。", ("LiteRS-Deq",)),
                        ("设计了多尺度特征融合模块MSFQx和注意力机制CAQx。", ("MSFQx", "CAQx"))):
        found = by_name(extractor.extract(make_paper("Models", "", tldr=text)))
        assert all(found[n].role == "proposed" for n in names), text


def test_scene_datasets_and_a_title_before_a_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Splats", "AlignQx outperforms Dr. GRPO on AIME. We test on Mip-NeRF 360 and Deep Blending. Dr. Smith helped.")))
    assert found["Mip-NeRF 360"].type == found["Deep Blending"].type == "Dataset"
    assert found["Dr. GRPO"].role == "compared" and "Dr" not in found


def test_chinese_data_the_paper_builds_and_versions_before_chinese_text(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("Case", "", tldr=(
        "构建了包含12K样本的MedReasonSeq基准。发布了MedVQA-ZQ中文数据集。构建了SceneMiq大规模多模态数据集。"
        "GeoQx优于Claudq 3.5 Sonnet和Spidoq 2.0。"))))
    assert (found["MedReasonSeq"].type, found["MedReasonSeq"].role) == ("Benchmark", "introduced")
    assert found["MedVQA-ZQ"].role == found["SceneMiq"].role == "introduced"
    assert found["MedVQA-ZQ"].type == found["SceneMiq"].type == "Dataset"
    assert {"Claudq 3.5 Sonnet", "Spidoq 2.0"} <= set(found)


def test_robot_arms_are_hardware_not_methods(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("Robots", "We deploy RoboQx on a WidowX 250 arm and a UR5e robot.")))
    assert set(found) == {"RoboQx"}


def test_a_name_before_its_split_is_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("Driving", "We evaluate on the KITTQ test split and the NuScenQ-X "
                                                             "validation set.")))
    assert found["KITTQ"].type == found["NuScenQ-X"].type == "Dataset"


def test_a_sentence_opening_names_its_data_not_the_subject_after_it(extractor: EntityExtractor) -> None:
    from kg.extract import Extractor

    paper = make_paper("Agents", "On BFCQ, AgentQx reaches 71.2% accuracy and reduces peak memory by 65%.")
    found = by_name(extractor.extract(paper))
    assert found["BFCQ"].role == "evaluated_on" and found["AgentQx"].type == "Method"
    assert {r.value: r.metric for r in Extractor().extract(paper).results}["65%"] == "peak memory"


def test_compiled_data_is_introduced_and_descriptor_tools_are_not_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Chemistry", "We compiled ViroQB, a dataset of viral proteins. Models are trained on RDKiq descriptors and "
                     "ECFQ4 fingerprints.")))
    assert (found["ViroQB"].type, found["ViroQB"].role) == ("Dataset", "introduced")
    assert found["RDKiq"].type == found["ECFQ4"].type == "Method"


def test_systems_and_security_names_are_known(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Systems", "ZetaQx improves MCC by 0.12 and MFU by 8% on TPC-H, BigVul and NSL-KDD.")))
    assert found["MCC"].type == found["MFU"].type == "Metric"
    assert found["TPC-H"].type == "Benchmark" and found["BigVul"].type == found["NSL-KDD"].type == "Dataset"


def test_data_curated_or_sampled_from_a_source_is_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Meshes", "We build RigQa, a dataset of textured meshes curated from Objaverq-XL. Prompts are sampled from "
                  "LAIQN-5B.")))
    assert found["Objaverq-XL"].type == found["LAIQN-5B"].type == "Dataset"
    assert (found["RigQa"].type, found["RigQa"].role) == ("Dataset", "introduced")


def test_a_capitalised_word_named_as_an_environment_is_a_benchmark(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "We adapt AgentQx to solve 20 embodied tasks from the Miniqrid environment and test it in the "
                  "Craftiq suite.")))
    assert found["Miniqrid"].type == found["Craftiq"].type == "Benchmark"


def test_training_on_a_name_makes_it_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Training", "We train on FooSeq-7, pre-train on BarSeq-8 and evaluate on BazSeq-2.")))
    assert found["FooSeq-7"].type == found["BarSeq-8"].type == "Dataset"
    assert found["BazSeq-2"].role == "evaluated_on"


def test_benchmarks_comma_including_lists_benchmarks(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Math", "We report results on six math benchmarks, including AIMQ24 and AMQ23.")))
    assert found["AIMQ24"].type == found["AMQ23"].type == "Benchmark"


def test_a_data_sets_capitalised_name_written_as_a_plain_phrase_is_no_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Shapes", "We detect pneumonia from chest X-ray images and generate 3D shapes. We evaluate on Tanks and "
                  "Temples.")))
    assert "chest X-ray images" not in found and "3D shapes" not in found
    assert found["Tanks and Temples"].type == "Dataset"


def test_the_verb_scores_does_not_make_its_subject_a_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Chat", "TauQx scores 7.8 on MT-Bench. We report BLEU scores and the FooQA score.")))
    assert found["TauQx"].type == "Method" and found["FooQA"].type == "Metric"


def test_a_long_form_with_a_known_short_form_or_after_a_comparative_names_a_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Speech", "Existing systems focus on reducing the word error rate. TauQx yields higher accuracy. We train by "
                  "minimizing mean squared error (MSE).")))
    assert found["word error rate"].type == found["accuracy"].type == found["MSE"].type == "Metric"
    assert "minimizing mean squared error" not in found
    plain = by_name(extractor.extract(make_paper("Speech", "We aim to improve accuracy of speech systems.")))
    assert "accuracy" not in plain  # a goal names no metric


def test_an_acronym_heading_a_described_kind_of_data_is_no_data_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Data", "We collect a large-scale OCQ dataset, release two public ASQ datasets, evaluate on five LNQ "
                "benchmarks and build 一个VQQ数据集. We also test on the GQQ and VQQX benchmarks and the MOQ dataset.")))
    assert not {"OCQ", "ASQ", "LNQ", "VQQ"} & set(found)
    assert {"GQQ", "VQQX", "MOQ"} <= set(found)


def test_a_web_sites_name_with_a_hyphenated_part_names_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Video", "We evaluate on the YouTube-VOQ dataset and train on GitHub-Codq. It runs on a Hailo-8L.")))
    assert found["YouTube-VOQ"].type == found["GitHub-Codq"].type == "Dataset"
    assert "Hailo-8L" not in found


def test_data_introduced_as_a_set_environment_or_listed_with_its_kind_after(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Data", "We construct a training set called UrbanQx-100K and a test set named LegalQz-Eval. The dataset, named "
                "SkyQk-5K, contains 5k videos. We release LapQo and ToolHoq-Noisy, two new benchmarks. We also "
                "construct SWE-Gymq-Lite, a training environment for agents.")))
    for name in ("UrbanQx-100K", "LegalQz-Eval", "SkyQk-5K", "LapQo", "ToolHoq-Noisy", "SWE-Gymq-Lite"):
        assert found[name].type in ("Dataset", "Benchmark") and found[name].role == "introduced", name


def test_an_acronym_the_paper_says_is_outperformed_is_a_compared_method(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("RhoQx: x", "We propose RhoQx. DELQR is outperformed by RhoQx.")))
    assert (found["DELQR"].type, found["DELQR"].role) == ("Method", "compared")


def test_better_correlation_or_generalisation_on_a_name_is_evaluation_on_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "SumQx: x", "We propose SumQx. SumQx correlates better with humans on SummEvq and RealSumq, and generalizes "
                    "well on CityScapq.")))
    assert {found[n].role for n in ("SummEvq", "RealSumq", "CityScapq")} == {"evaluated_on"}


def test_environments_evaluated_in_are_benchmarks(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "We evaluate in Overcookq-AI and Hanabq.", result="在ALFWorlq和WebShoq环境中取得最好成绩。")))
    assert {found[n].type for n in ("Overcookq-AI", "Hanabq", "ALFWorlq", "WebShoq")} == {"Benchmark"}


def test_a_name_listed_next_to_a_known_metric_is_a_metric(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("OOD", "We report AUROC, FPQ95 and AUPR on CIFAR-10.")))
    assert found["FPQ95"].type == "Metric"


def test_short_forms_of_rates_and_distances_name_metrics_and_settings_do_not(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Nav", "We measure success rate (SR), oracle success rate (OSR) and warping distance (WD). We tune the "
               "learning rate (LR).")))
    assert "SR" in found["success rate"].aliases  # (real initials: a short form must spell its long form)
    assert found["OSR"].type == found["WD"].type == "Metric" and found["LR"].type != "Metric"


def test_names_shaped_like_data_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Data", "We curate samples from ZetqCorpus and ZetqDB, train on ZetqCaps and test on ZetqEval and Zetq-Gym.")))
    assert {found[n].type for n in ("ZetqCorpus", "ZetqDB", "ZetqCaps")} == {"Dataset"}
    assert found["ZetqEval"].type == found["Zetq-Gym"].type == "Benchmark"


def test_data_sources_chinese_splits_and_yiji_lists(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Data", "Training data come from ShareGPQ4V and DataComq-1B.",
        result="在ScanNeq v2验证集上达到最优，在Objaverq-XL子集上也表现良好，在HumanEvaq、MBPQ以及LiveCodeBencq上均取得提升。")))
    assert found["ShareGPQ4V"].type == found["DataComq-1B"].type == "Dataset"
    assert {found[n].type for n in ("ScanNeq v2", "Objaverq-XL", "HumanEvaq", "MBPQ", "LiveCodeBencq")} == {"Benchmark"}


def test_greek_initial_names_task_lists_and_cut_off_measures(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Agents", "On BFCQ v3 and τ-benchq, AgentQx reaches 78.2% and 61.5%, respectively. We compare with β-VAQ; "
                  "α-helix is no name. We evaluate on reasoning tasks such as ARC-Challenqe and HellaSwaq. "
                  "Recall@100 also improves.")))
    assert found["BFCQ v3"].type == found["τ-benchq"].type == "Benchmark"
    assert found["β-VAQ"].type == "Method" and "α-helix" not in found
    assert found["ARC-Challenqe"].type == found["HellaSwaq"].type == "Benchmark"
    assert found["Recall@100"].type == "Metric"


def test_respectively_pairs_values_with_data_named_before_them() -> None:
    from kg.extract import Extractor

    results = Extractor().extract(make_paper(
        "Agents", "On BFCQ v3 and τ-benchq, AgentQx reaches 78.2% and 61.5%, respectively.")).results
    assert {r.value: r.dataset for r in results} == {"78.2%": "BFCQ v3", "61.5%": "τ-benchq"}


def test_well_known_image_classification_sets_of_plain_words_are_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("Few-shot", "We evaluate on Oxford Flowers, Stanford Dogs and DTD.")))
    assert {found[n].type for n in ("Oxford Flowers", "Stanford Dogs", "DTD")} == {"Dataset"}


def test_a_list_after_a_cue_stops_at_a_preposition_or_a_semicolon(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Comms", "FooQx is compared in terms of BER under AWGN and Rayleiqh channels. Experiments on the CAMELQ-US "
                 "dataset; RotQDet achieves 81% accuracy.")))
    assert "Rayleiqh" not in found or found["Rayleiqh"].type != "Metric"
    assert found["RotQDet"].type == "Method"


def test_retrieval_and_re_identification_cut_offs_are_metrics(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("ReID", "ReidQx reaches 96.2% Rank-1 on MarkeQ and R@1 of 45.2.")))
    assert found["Rank-1"].type == found["R@1"].type == "Metric"


def test_what_a_construction_yields_later_in_its_sentence_says_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "GUI", "We construct AndroidQode by translating GUI trajectories into HTML, yielding a corpus of over 80K "
               "pairs. We also build TrajQNet, a model that predicts screens.")))
    assert (found["AndroidQode"].type, found["AndroidQode"].role) == ("Dataset", "introduced")
    assert found["TrajQNet"].type == "Method"


def test_what_the_papers_work_produces_named_and_described_is_its_own(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Carbon", "We apply our framework to multi-modal CLIP-based models, producing CarbQnCLIP, a family of CLIP "
                  "models with lower emissions.")))
    assert found["CarbQnCLIP"].role == "proposed"


def test_a_spelled_out_part_the_papers_own_method_uses_is_proposed(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "DARTqr: Tracking", "We propose DARTqr, a tracker. DARTqr leverages a Dynamic Feature Blender (DFB) to fuse "
                           "features. Baselines use a Temporal Token Mixer (TTM) from prior work.")))
    assert found["DFB"].role == "proposed"


def test_a_lower_case_part_the_paper_designs_with_its_short_form_is_proposed(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "RDQx: x", "We propose RDQx. We design a cross-feature bridge (CFB) to fuse features. We add "
                   "phenylethylammonium (PEA) to the film.")))
    assert (found["CFB"].type, found["CFB"].role) == ("Method", "proposed")
    assert "PEA" not in found or found["PEA"].role != "proposed"


def test_a_summary_saying_it_also_proposes_names_the_papers_own(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Fairness", "We study fairness in regression.", tldr="Introduces a fairness measure. It also proposes IDLosq "
                                                           "for optimization.")))
    assert found["IDLosq"].role == "proposed"


def test_a_known_data_sets_release_after_its_name_is_part_of_it(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Speech", "We evaluate on Common Voice 17, Open Images V7 and ScanNet v2, reaching 81.2% on CIFAR-10 10 "
                  "times faster.")))
    assert {"Common Voice 17", "Open Images V7", "ScanNet v2", "CIFAR-10"} <= set(found)


def test_open_graph_benchmark_sets_are_written_in_lower_case(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper("Graphs", "We evaluate on ogbn-arxiv, ogbn-products and ogbg-molhiv.")))
    assert {found[n].type for n in ("ogbn-arxiv", "ogbn-products", "ogbg-molhiv")} == {"Dataset"}


def test_parts_listed_after_a_parts_cue_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("KBNet: Conflict-Aware Answering",
                       "We propose KBNet. Our method comprises two core components: (1) Vision-Centric Contextual "
                       "Conflict Reasoning, which analyses conflicts; and (2) Correlation-Guided Encoding and Decoding, "
                       "featuring compression. It adds two key innovations: Inter-frame Motion Modeling (IMM) and "
                       "Focus-and-Suppress Attention. The model also has several key innovations: a novel Difference "
                       "Pyramid Block for change analysis and an Adaptive Multi-scale Processing module combining blocks.")
    found = proposed(extractor.extract(paper))
    assert {"Vision-Centric Contextual Conflict Reasoning", "Correlation-Guided Encoding and Decoding",
            "Focus-and-Suppress Attention", "Adaptive Multi-scale Processing module"} <= found
    zh = make_paper("FuseNet: Depth Fusion", method="提出FuseNet，包含三个关键组件：Motion-Aware Token Merging、Depth-Guided "
                                                    "Fusion与Query Refinement Head，分别用于合并、融合与细化。")
    assert {"Motion-Aware Token Merging", "Depth-Guided Fusion", "Query Refinement Head"} <= proposed(extractor.extract(zh))
    # no parts cue: a hyphenated description stays no name
    plain = make_paper("Foo: Bar", "We use Vision-Centric Contextual Reasoning as in prior work.")
    assert "Vision-Centric Contextual Reasoning" not in {m.name for m in extractor.extract(plain)}


def test_what_the_method_yields_or_is_denoted_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("Pruned Spiking Networks",
                       "We prune redundant modules, yielding a pruned architecture, SqueezeSpike-P. It improves accuracy. "
                       "The resulting material with uniform mesopores, denoted MP-ZIF-90, exhibits faster uptake. "
                       "The resulting system, Rapid-GS, provides a 3x speed-up.")
    assert {"SqueezeSpike-P", "MP-ZIF-90", "Rapid-GS"} <= proposed(extractor.extract(paper))
    used = make_paper("Pruned Spiking Networks", "We fine-tune the model on ImageNet, yielding a gain over ResNet-50, "
                                                 "DenseNet-121 and ViT-B.")
    assert not {"DenseNet-121", "ViT-B"} & proposed(extractor.extract(used))


def test_mixed_case_acronym_or_plain_word_before_a_plural_kind_is_a_family(extractor: EntityExtractor) -> None:
    paper = make_paper("ABONN: Adaptive Verification",
                       "Existing BaB methods explore sub-problems inefficiently. Traditional Hopfield networks have low "
                       "capacity. We compare against MobileViT networks and the DQN and DDPG algorithms.")
    found = methods(extractor.extract(paper))
    assert not {"BaB", "Hopfield"} & found
    assert {"MobileViT", "DDPG"} <= found


def test_a_name_the_paper_gives_a_task_is_a_task(extractor: EntityExtractor) -> None:
    paper = make_paper("CLFEC: A New Task for Unified Error Correction",
                       "We introduce CLFEC (Chinese Linguistic and Factual Error Correction), a new task for joint "
                       "correction. We also propose ProofNet, a model that solves it.")
    found = by_name(extractor.extract(paper))
    assert found["CLFEC"].type == "Task" and found["ProofNet"].role == "proposed"
    summary = make_paper("Contextual Referring", tldr="The paper introduces GeoRef, a task for contextual localization.")
    assert by_name(extractor.extract(summary))["GeoRef"].type == "Task"
    zh = make_paper("Unified Error Correction", method="提出中文语言与事实错误联合校正任务CLFEC，并构建多领域数据集。")
    assert by_name(extractor.extract(zh))["CLFEC"].type == "Task"
    bench = make_paper("TaskBench: A New Benchmark Task for Agents", "We introduce TaskBench, a new benchmark task.")
    assert by_name(extractor.extract(bench))["TaskBench"].type == "Benchmark"


def test_a_quoted_name_in_apposition_is_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("You Need No Prompt Engineering",
                       "We introduce \"Sculpting,\" a constrained, rule-based prompting method. We also introduce "
                       "“Carving”, a scheme for pruning rules.")
    assert {"Sculpting", "Carving"} <= proposed(extractor.extract(paper))
    plain = make_paper("You Need No Prompt Engineering", "We introduce \"Sculpting\" into the prompt.")
    assert "Sculpting" not in proposed(extractor.extract(plain))


def test_own_name_and_its_longer_form_are_one_entity(extractor: EntityExtractor) -> None:
    paper = make_paper("On Tool Calling: CoreThink Agentic Reasoner and a New Dataset",
                       "We propose CoreThink Agentic Reasoner, a framework for tool calling. The CoreThink framework "
                       "generalizes across benchmarks.", method="提出CoreThink框架，结合轻量级符号推理层。")
    own = [m for m in extractor.extract(paper) if m.role == "proposed" and m.type == "Method"]
    assert [(m.name, m.aliases) for m in own] == [("CoreThink", ["CoreThink Agentic Reasoner"])]
    two = make_paper("Seg and SegNet: Two Segmenters", "We propose Seg, a segmenter, and SegNet, a second segmenter.")
    assert {"Seg", "SegNet"} <= proposed(extractor.extract(two))  # no space after the name: two names


def test_beaten_plain_words_followed_by_their_values_in_brackets_are_methods(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "RepairPilot: Fixing Issues", "RepairPilot resolves 58.4% of the issues, outperforming Agentlesz (50.8%) and "
                                      "SWE-agentq (33.6%). It also beats Openfixer (41.2 points).",
        result="RepairPilot优于Agentlesz（50.8%）。")))
    assert {"Agentlesz", "SWE-agentq", "Openfixer"} <= found


def test_a_release_or_size_right_before_chinese_text_stays_part_of_the_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "ProtDesq: Design", "We propose ProtDesq.",
        result="在CATH 4.2测试集上恢复率为58.3%，比NLLB-200 3.3B高4.7，Qwen2.5-VL 7B表现较差。")))
    assert {"CATH 4.2", "NLLB-200 3.3B", "Qwen2.5-VL 7B"} <= set(found)
    assert "NLLB-200" not in found and "CATH" not in found


def test_well_known_measures_of_other_fields_are_metrics(extractor: EntityExtractor) -> None:
    found = metrics(extractor.extract(make_paper(
        "SketchQx: Design Critique", "Participants rated SketchQx with a System Usability Scale (SUS) score of 82.5 and "
                                     "a lower NASA-TLX workload. Reports reach a RadGraph F1 of 0.297; the solver "
                                     "closes the optimality gap, and designs refold with high scTM.")))
    assert {"SUS", "NASA-TLX", "RadGraph F1", "optimality gap", "scTM"} <= set(found)
    assert "F1" not in found


def test_a_name_the_paper_takes_items_from_is_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "MolQx: Molecules", "MolQx is pre-trained with masking on 2 million molecules from ZINC15. We annotate 1,050 "
                            "10-K filings from SEC EDGAR. MolQx outperforms GROVER and GraphMVP.")))
    assert found["ZINC15"].type == "Dataset" and found["SEC EDGAR"].type == "Dataset"
    assert found["GROVER"].type == "Method"


def test_low_resource_languages_listed_where_a_paper_evaluates_are_not_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "AfriQx: Translation", "AfriQx improves BLEU by 6.1 and 5.4 on Hausa and Yoruba, and by 2.0 on Amharic, "
                               "Tamil and Nepali. We evaluate on Cora, Citeseer and FLORES-200.")))
    assert not {"Hausa", "Yoruba", "Amharic", "Tamil", "Nepali"} & set(found)
    assert {"Cora", "Citeseer", "FLORES-200"} <= set(found)


def test_plain_words_listed_after_a_kind_of_tool_are_methods(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "QuOTx: Query Plans", "Learned query optimizers such as Baoq and Balsq pick bad plans, and search-based tools "
                              "such as EvoSuitq and Randoq write tests. Traditional linters like Checkstylq are rigid.")))
    assert {"Baoq", "Balsq", "EvoSuitq", "Randoq"} <= found
    assert "Checkstylq" not in found  # one plain word alone is still not enough


def test_one_plain_word_naming_the_model_a_part_comes_from_is_a_method(extractor: EntityExtractor) -> None:
    found = methods(extractor.extract(make_paper(
        "DyLQ: Streaming Speech", "DyLQ augments the Zipformq encoder with a policy, keeps the Whispeq decoder frozen "
                                  "and adds the Orthogonal Bottleneck encoder. The Vision encoder is frozen.")))
    assert {"Zipformq", "Whispeq"} <= found
    assert "Orthogonal Bottleneck" not in found and "Vision" not in found



def test_languages_listed_in_a_chinese_sentence_are_not_data(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "SwiftQx: Speech Translation", "SwiftQx improves BLEU on FLEURS.",
        result="在FLEURS的Swahili、Yoruba和Igbo方向上BLEU平均提升3.8，在VCTK、LibriTTS和AISHELL-3上也有提升。")))
    assert not {"Swahili", "Yoruba", "Igbo"} & set(found)
    assert {"FLEURS", "VCTK", "LibriTTS"} <= set(found)


def test_a_name_before_protein_language_model_is_a_model_not_a_protein(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Proteins", "We fine-tune the ESQ-2 protein language model and the ProtQ5 protein foundation model, and "
                    "measure BRQA1 protein levels.")))
    assert found["ESQ-2"].type == "Method" and found["ProtQ5"].type == "Method" and "BRQA1" not in found


def test_a_release_with_its_variant_after_a_blank_is_part_of_the_name(extractor: EntityExtractor) -> None:
    found = by_name(extractor.extract(make_paper(
        "Models", "We fine-tune Qwen 2.5-VL and compare with InternQ 3-8B on Spidex 2.0-Lite and MMBench.")))
    assert {"Qwen 2.5-VL", "InternQ 3-8B", "Spidex 2.0-Lite"} <= set(found)
    assert found["Spidex 2.0-Lite"].type in ("Dataset", "Benchmark") and found["Qwen 2.5-VL"].type == "Method"


def test_used_acronym_of_a_title_case_concept_is_no_method(extractor: EntityExtractor) -> None:
    paper = make_paper("MADIL: Pattern Decomposition",
                       "MADIL leverages the Minimum Description Length (MDL) principle for decomposition. It builds "
                       "Event Knowledge Graphs (EKGs) for indexing, using EKGs for retrieval. We adapt Mini-SWE-Agent "
                       "(MSWEA) using MSWEA tools, and fuse features using a Dynamic Feature Blender (DFB).")
    found = methods(extractor.extract(paper))
    assert not {"MDL", "EKGs", "EKG"} & found
    assert {"MSWEA", "DFB"} <= found
    zh = make_paper("Spiking SqueezeNets", "Leaky Integrate-and-Fire (LIF) neurons are simulated.",
                    method="采用LIF神经元与代理梯度直接训练。")
    assert "LIF" not in methods(extractor.extract(zh))


def test_short_forms_of_parts_listed_after_a_parts_cue_are_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("CDNet: Few-Shot Detection",
                       "We propose CDNet. It tackles confusion through two key modules: object-background "
                       "distinguishing (OBD) and object-object distinguishing (OOD). The OBD module learns a token.")
    assert {"OBD", "OOD"} <= proposed(extractor.extract(paper))
    zh = make_paper("CDNet: Few-Shot Detection", method="CDNet包含两个关键模块：背景区分（BGD）和目标区分（OJD），分别用于区分背景与目标。")
    assert {"BGD", "OJD"} <= proposed(extractor.extract(zh))


def test_spelled_out_acronym_modifying_a_chinese_description_is_not_proposed(extractor: EntityExtractor) -> None:
    paper = make_paper("A Review of Urban Visual Pollution", "Urban Visual Pollution (UVP) harms cities.",
                       conclusion="建议建立统一的UVP管理系统。")
    assert "UVP" not in proposed(extractor.extract(paper))
    own = make_paper("Reasoning Alignment", "We study Reasoning Alignment for Chain Evaluation (RACE).",
                     method="提出RACE框架，用于对齐推理链。")
    assert "RACE" in proposed(extractor.extract(own))


@pytest.mark.parametrize("abstract,names", [
    ("Camera poses are estimated with COLMAP and outliers are removed by RANSAC before meshing.", {"COLMAP", "RANSAC"}),
    ("Trajectories were simulated in GROMACS and sequences aligned with BLAST.", {"GROMACS", "BLAST"}),
    ("The policy is trained with REINFORCE in Isaac Sim, and retrieval uses FAISS.", {"REINFORCE", "Isaac Sim", "FAISS"}),
    ("Lesions are segmented by nnU-Net, and speech is encoded by HuBERT.", {"nnU-Net", "HuBERT"}),
])
def test_well_known_tools_named_without_a_cue_are_methods(extractor: EntityExtractor, abstract: str,
                                                          names: set[str]) -> None:
    """A well-known tool, model or algorithm of any field (vision, chemistry, biology, RL, retrieval, medicine,
    speech) mentioned with no cue word is a method: the methods lexicon knows it."""
    assert names <= methods(extractor.extract(make_paper("A Study of Something", abstract)))


def test_well_known_tool_in_chinese_text_is_a_method(extractor: EntityExtractor) -> None:
    paper = make_paper("A Study of Something", method="我们先用COLMAP估计相机位姿，再用GROMACS进行分子动力学模拟。")
    assert {"COLMAP", "GROMACS"} <= methods(extractor.extract(paper))


def test_a_named_model_joined_to_a_family_is_a_variant_not_a_hybrid(extractor: EntityExtractor) -> None:
    """"CNN-Transformer" and "CNN-ViT" join two families (a technique); "SNN-MobileNet" is a variant of a named
    model, however many models the methods lexicon names."""
    found = by_name(extractor.extract(make_paper(
        "Variants", "We compare a CNN-Transformer and a CNN-ViT with SNN-MobileNet and SNN-SqueezeNet on our data.")))
    assert found["CNN-Transformer"].type == found["CNN-ViT"].type == "Technique"
    assert found["SNN-MobileNet"].type == found["SNN-SqueezeNet"].type == "Method"


def test_a_known_model_naming_the_title_is_the_papers_own_release(extractor: EntityExtractor) -> None:
    """"Name: subtitle" titles name the paper's own model even when the methods lexicon knows the name (a technical
    report of a listed family's release); the models it compares with stay used."""
    paper = make_paper("Qwen3: Thinking Deeper with Open Weights",
                       "We introduce Qwen3, a family of open models, and compare it with DeepSeek-V3.",
                       tldr="本文发布Qwen3系列模型，并与DeepSeek-V3比较。")
    found = by_name(extractor.extract(paper))
    assert (found["Qwen3"].type, found["Qwen3"].role) == ("Method", "proposed")
    assert found["DeepSeek-V3"].role != "proposed"


def test_a_name_before_the_chinese_copula_and_a_value_is_a_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("RegionDet: Rare Categories", "RegionDet attains 44.1 AP and 41.7 APr on LVIS.",
                       tldr="RegionDet 在 LVIS 上 AP 达到 44.1，稀有类 APr 为 41.7。",
                       result="零样本迁移时 APr 为 41.7，HalluS 从 48.0 降到 35.2。")
    found = extractor.extract(paper)
    assert {"APr", "HalluS"} <= set(metrics(found))
    assert "APr" not in methods(found) and "HalluS" not in methods(found)


def test_data_named_short_in_the_summary_and_with_its_release_in_english_is_one(extractor: EntityExtractor) -> None:
    paper = make_paper("QuickGen: Fast Images", "QuickGen reaches an FID of 18.7 on MS-COCO 2014 and 62.5% on BFCL v3.",
                       tldr="QuickGen 在 MS-COCO 上 FID 为 18.7，并在 BFCL 上表现优异。")
    data = {m.name: m for m in extractor.extract(paper) if m.type in ("Dataset", "Benchmark")}
    assert set(data) == {"MS-COCO 2014", "BFCL v3"}
    assert "MS-COCO" in data["MS-COCO 2014"].aliases and "BFCL" in data["BFCL v3"].aliases
    two = make_paper("QuickGen: Fast Images", "QuickGen is trained on COCO 2017 and tested on COCO 2014.",
                     tldr="QuickGen 在 COCO 上训练。")
    assert "COCO" in {m.name for m in extractor.extract(two)}  # which release the summary means is unsaid


def test_a_name_before_the_chinese_word_for_score_is_part_of_that_metric(extractor: EntityExtractor) -> None:
    paper = make_paper("TexGen: Fast Assets", "TexGen reaches a CLIP score of 31.6 and beats TRELLIS.",
                       result="CLIP 分数达到 31.6，优于 TRELLIS。", conclusion="其 CLIP得分 较高。")
    found = extractor.extract(paper)
    assert "CLIP" not in {m.name for m in found} and "CLIP score" in metrics(found)
    used = make_paper("TexGen: Fast Assets", "TexGen reaches a CLIP score of 31.6 with a CLIP encoder.",
                      result="CLIP 分数达到 31.6。")
    assert "CLIP" in methods(extractor.extract(used))  # named in English too: the encoder it uses


def test_well_known_robot_policies_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("GraspFlow: Dexterous Manipulation",
                       "GraspFlow outperforms π0 and OpenVLA on LIBERO, and π0.5 on real tasks.",
                       result="在 LIBERO 上超越 π0 与 OpenVLA。")
    assert {"π0", "π0.5", "OpenVLA"} <= methods(extractor.extract(paper))


def test_well_known_vlms_a_method_is_applied_on_are_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("SeeAgain: Decoding", "Consistent gains are observed on InstructBLIP and Qwen-VL, where SeeAgain "
                       "outperforms VCD.", result="在 InstructBLIP 和 Qwen-VL 上也有一致提升。")
    found = extractor.extract(paper)
    assert {"InstructBLIP", "Qwen-VL"} <= methods(found)
    assert not {m.name for m in found if m.type in ("Dataset", "Benchmark")} & {"InstructBLIP", "Qwen-VL"}


def test_a_sentence_opening_on_a_name_then_its_clause_without_comma_names_data(extractor: EntityExtractor) -> None:
    paper = make_paper("EditFlash: One-Step Editing", "On PIE-Bench 2024 it achieves a CLIP score of 26.4. On HyperNeRF "
                       "our model surpasses MagicBrush. On Qwen2.5-7B it also improves accuracy.")
    found = extractor.extract(paper)
    data = {m.name for m in found if m.type in ("Dataset", "Benchmark")}
    assert {"PIE-Bench 2024", "HyperNeRF"} <= data
    assert "Qwen2.5-7B" not in data  # a model's release the method runs on


def test_plain_words_listed_in_brackets_and_written_in_lower_case_elsewhere_are_no_names(
        extractor: EntityExtractor) -> None:
    """"five architectures (Single, Independent, Centralized, Decentralized, Hybrid)" beside "independent agents" and
    "centralized coordination": category labels, not named methods (names with other evidence are not tested so:
    "相比ConvNeXt与Swin" beside "swin transformer series")."""
    paper = make_paper("Scaling Agent Systems",
                       "Using four canonical architectures (Single, Independent, Centralized, Decentralized) and the "
                       "baselines (Claude, Gemini), we find that independent agents amplify errors while centralized "
                       "coordination contains them, and single-agent baselines saturate, while decentralized coordination "
                       "helps.")
    found = by_name(extractor.extract(paper))
    assert not {"Single", "Independent", "Centralized", "Decentralized"} & set(found)
    assert found["Claude"].type == "Method" and found["Gemini"].type == "Method"


def test_a_name_that_ends_in_a_year_is_no_method(extractor: EntityExtractor) -> None:
    """"Accepted at CAV 2025", "(NeLaMKRR 2025)": an event; "7% at ArcPrize 2024": a contest scored on."""
    paper = make_paper("Proceedings of the Workshop on Language Models and Reasoning (LMRW 2025)",
                       "We present ProgSynth, which reaches 7% at ArcPrize 2024 while being interpretable. "
                       "Accepted at CAV 2025.")
    found = by_name(extractor.extract(paper))
    assert "LMRW 2025" not in found and "CAV 2025" not in found
    assert found["ArcPrize 2024"].type == "Benchmark" and found["ArcPrize 2024"].role == "evaluated_on"


def test_a_long_form_with_a_lower_case_word_before_its_short_form_names_what_is_proposed(
        extractor: EntityExtractor) -> None:
    """"we propose Chain of Merges (CoM)": the name scan splits the long form at "of"; the short form after it is the
    method proposed, not a plain word of the long form."""
    paper = make_paper("Rethinking Layer-wise Model Merging",
                       "Merging degrades with depth. To address it, we propose Chain of Merges (CoM), a layer-wise "
                       "merging procedure. CoM achieves state-of-the-art performance.")
    found = by_name(extractor.extract(paper))
    assert found["CoM"].type == "Method" and found["CoM"].role == "proposed"
    assert "Chain" not in found and "Merges" not in found


def test_a_known_method_acronym_that_the_paper_spells_out_as_a_material_is_no_method(
        extractor: EntityExtractor) -> None:
    """"self-assembled monolayers (SAMs)" in a solar-cell paper are not the Segment Anything Model."""
    paper = make_paper("SAM-Based Perovskite Photovoltaics",
                       "We print perovskite solar cells on self-assembled monolayers (SAMs) and show that SAM surface "
                       "energy controls crystallization, reaching 26.1% efficiency.")
    found = by_name(extractor.extract(paper))
    assert "SAM" not in found and "SAMs" not in found


def test_a_phrase_opened_by_a_modifier_compound_is_a_description(extractor: EntityExtractor) -> None:
    """"a GUI-less OS", "CsI-terminated surfaces", "Gray-coded M-QAM": a name-shaped word made an adjective by its
    suffix opens a description, not a named method."""
    paper = make_paper("Machine-Generated Code for User Intentions",
                       "We prompt an LLM with a simplified API for a GUI-less OS and study CsI-terminated surfaces "
                       "with Gray-coded M-QAM. Our agent outperforms AutoGen.")
    found = by_name(extractor.extract(paper))
    assert not {"GUI-less OS", "CsI-terminated", "Gray-coded M-QAM"} & set(found)
    assert found["AutoGen"].type == "Method"


def test_a_model_name_with_a_size_after_a_hyphen_is_a_model_not_data(extractor: EntityExtractor) -> None:
    """"reduces the perplexity gap by 97.4% on LLaMA-1.3B": the size says a model the experiments run on."""
    paper = make_paper("Sparse Spectral Training",
                       "SST reduces the perplexity gap by 97.4% on LLaMA-1.3B and by 80% on OPT-2.7B compared to "
                       "other low-rank methods.")
    found = by_name(extractor.extract(paper))
    assert found["LLaMA-1.3B"].type == "Method"
    assert found["OPT-2.7B"].type == "Method"


def test_a_long_form_written_with_publisher_hyphens_spells_its_short_form(extractor: EntityExtractor) -> None:
    """"Self‐assembled molecules (SAMs)" with U+2010 hyphens: the long form still spells the short form, so a known
    method's acronym that the paper spells out as a material is no method."""
    paper = make_paper("Interface Passivation With a Self‐Assembled Molecule",
                       "Self‐assembled molecules (SAMs) have emerged as hole‐selective contacts. We introduce SMA‐76, "
                       "a newly designed SAM that delivers a power conversion efficiency of 22.4%.")
    found = by_name(extractor.extract(paper))
    assert "SAM" not in found and "SAMs" not in found


def test_a_coined_title_case_name_that_opens_with_a_compound_is_proposed(extractor: EntityExtractor) -> None:
    """"we propose Generation-Assisted Multimodal Querying, which ...": a Title Case name the paper coins may open with
    a compound ending in -assisted; such a phrase the paper only uses is not kept ("a module for Context-Aware
    Multi-Cue Fusion"), nor an adjective made from a name ("VLM-based Retrieval Agents")."""
    paper = make_paper("Enhancing Audio Captioning",
                       "In contrast, we propose Generation-Assisted Multimodal Querying, which generates a text "
                       "description of the input audio. It plugs into a module for Context-Aware Multi-Cue Fusion, "
                       "unlike VLM-based Retrieval Agents.")
    found = by_name(extractor.extract(paper))
    assert found["Generation-Assisted Multimodal Querying"].role == "proposed"
    assert "Context-Aware Multi-Cue Fusion" not in found and "VLM-based Retrieval Agents" not in found


def test_a_family_formula_with_a_transition_metal_placeholder_is_no_method(extractor: EntityExtractor) -> None:
    """"magnetic TMCu4 clusters (TMCu 4, TM = W, Os)": TM stands for a transition metal in a formula."""
    paper = make_paper("Valley-Polarized Antiferromagnetic MOFs",
                       "We assemble triangular bipyramidal clusters (TMCu 4, TM = W, Os) into 2D MOFs built from "
                       "magnetic TMCu4 clusters, showing a valley polarization of 143.3 meV.")
    found = by_name(extractor.extract(paper))
    assert not [name for name in found if name.startswith("TMCu")]


def test_a_compound_named_with_its_stereo_configuration_is_no_method(extractor: EntityExtractor) -> None:
    """"L/D-proline", "D-glucose", "(S)-ibuprofen": chemistry, not methods ("L-BFGS" stays a name)."""
    paper = make_paper("Diastereomeric Peptides",
                       "Dipeptides of L/D-proline and L/D-naphthylalanine form droplets with D-glucose and "
                       "(S)-ibuprofen. We fit the model with L-BFGS, which outperforms Adam.")
    found = by_name(extractor.extract(paper))
    assert not {"L/D-proline", "L/D-naphthylalanine", "D-glucose", "(S)-ibuprofen"} & set(found)
    assert found["L-BFGS"].type == "Method"


def test_a_competition_or_contest_after_a_name_makes_it_a_benchmark(extractor: EntityExtractor) -> None:
    """"the CEC-12 competition", "在CEC-12竞赛中": a contest the paper is scored in."""
    paper = make_paper("Variable Neighborhood Search for Vehicle Routing",
                       "Our solver won the CEC-12 competition held at WCCI 2020 and placed first in the GVR-7 contest.")
    found = by_name(extractor.extract(paper))
    assert found["CEC-12"].type == "Benchmark" and found["GVR-7"].type == "Benchmark"


def test_names_that_open_with_lower_case_letters_and_a_hyphen_are_found(extractor: EntityExtractor) -> None:
    """"We propose ss-Mamba", "outperforms diffu-GRPO": a lower-case prefix and a hyphen before a name; not an
    English prefix ("non-IID", "multi-GPU"), a compound with a family ("user-LLM interactions") or a classic
    technique ("mutual k-NN graph")."""
    paper = make_paper("Semantic-Spline Selective State-Space Models",
                       "We propose ss-Mamba, a foundation model for forecasting. It outperforms diffu-GRPO under "
                       "non-IID data on multi-GPU nodes, uses real user-LLM interactions and builds a mutual k-NN "
                       "graph.")
    found = by_name(extractor.extract(paper))
    assert found["ss-Mamba"].role == "proposed"
    assert found["diffu-GRPO"].type == "Method"
    assert not {"non-IID", "multi-GPU", "user-LLM"} & set(found)
    assert "k-NN" not in found or found["k-NN"].type == "Technique"


def test_the_name_of_a_survey_before_its_genre_is_no_method(extractor: EntityExtractor) -> None:
    """"AI4Research: A Survey of Artificial Intelligence for Scientific Research": the survey's name."""
    paper = make_paper("AI4Research: A Survey of Artificial Intelligence for Scientific Research",
                       "We survey AI for research, covering scientific comprehension and academic survey generation.")
    found = by_name(extractor.extract(paper))
    assert "AI4Research" not in found or found["AI4Research"].role != "proposed"
    paper = make_paper("DeepSurv4: A Systematic Study of Survival Models",
                       "We present DeepSurv4, which outperforms CoxPH.")
    assert by_name(extractor.extract(paper))["DeepSurv4"].role == "proposed"


def test_units_nanostructures_and_space_groups_are_no_methods(extractor: EntityExtractor) -> None:
    """"16.7 mA cm2", "Al NPs", "CsPbBr3 NCs", "the P-421m phase", "Pnma": notation of materials papers ("Adam" and
    "C3D" stay names)."""
    paper = make_paper("Nanophotonic Engineering of Carbon-Based Solar Cells",
                       "Embedding Al NPs and CsPbBr3 NCs raises the current to 16.7 mA cm2. The P-421m phase and the "
                       "Pnma phase are stable. We train C3D with the Adam optimizer.")
    found = by_name(extractor.extract(paper))
    assert not {"Al NPs", "CsPbBr3 NCs", "cm2", "mA", "P-421m", "Pnma"} & set(found)
    assert "C3D" in found and found["Adam"].type == "Method"


def test_a_lower_case_long_form_headed_by_model_names_what_is_proposed(extractor: EntityExtractor) -> None:
    """"we present a cardiac sensing foundation model (CSFM) that ...": the family words inside the long form do not
    hide the paper's own model; a compound the paper makes stays unproposed ("we add phenylethylammonium (PEA)")."""
    paper = make_paper("Sensing Cardiac Health Across Devices",
                       "In this study, we present a cardiac sensing foundation model (CSFM) that leverages transformer "
                       "architectures. CSFM outperforms ECGFounder. We add phenylethylammonium (PEA) to the film.")
    found = by_name(extractor.extract(paper))
    assert found["CSFM"].role == "proposed"
    assert "PEA" not in found or found["PEA"].role != "proposed"


def test_a_title_name_whose_subtitle_ends_in_evaluation_is_a_benchmark_introduced(extractor: EntityExtractor) -> None:
    """"CIFE: Code Instruction-Following Evaluation": the paper's benchmark; "PrefRank: Efficient Preference Evaluation
    for Visual Generation" stays a method (the subtitle goes on after "Evaluation")."""
    paper = make_paper("CIFE: Code Instruction-Following Evaluation",
                       "We evaluate 14 models on 1,000 Python tasks with developer constraints.")
    found = by_name(extractor.extract(paper))
    assert found["CIFE"].type == "Benchmark" and found["CIFE"].role == "introduced"
    paper = make_paper("PrefRank: Efficient Preference Evaluation for Visual Generation",
                       "PrefRank ranks generators with few human votes.")
    assert by_name(extractor.extract(paper))["PrefRank"].type == "Method"


def test_a_digit_inside_a_short_form_may_multiply_the_letter_before_it(extractor: EntityExtractor) -> None:
    """"Circular Convolution Adaptation (C3A)": the long form spells C-C-C-A, so the paper's method is C3A, not a
    task "Convolution Adaptation"; "Image-to-Video (I2V)" still pairs."""
    paper = make_paper("Parameter-Efficient Fine-Tuning via Circular Convolution",
                       "We introduce Circular Convolution Adaptation (C3A), which not only achieves high-rank "
                       "adaptation but also saves memory. C3A outperforms LoRA.")
    found = by_name(extractor.extract(paper))
    assert found["C3A"].type == "Method" and found["C3A"].role == "proposed"
    assert "Circular Convolution Adaptation" in found["C3A"].aliases


def test_an_acronym_for_a_field_before_a_described_kind_of_benchmark_is_no_data(extractor: EntityExtractor) -> None:
    """"on general STEM reasoning benchmarks including GPQA-Diamond", "STEM benchmarks like SuperGPQA": the field of
    the benchmarks, not one of them."""
    paper = make_paper("Distilling Reasoning Traces",
                       "Our data outperforms existing datasets on general STEM reasoning benchmarks including "
                       "GPQA-Diamond and SuperGPQA.", result="It wins on STEM benchmarks like GPQA-Diamond.")
    found = by_name(extractor.extract(paper))
    assert "STEM" not in found
    assert found["GPQA-Diamond"].type == "Benchmark"
