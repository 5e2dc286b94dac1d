"""OUTPERFORMS relations (issue 3): cues in English and Chinese, subjects, negation, evidence spans."""

from __future__ import annotations

import pytest

from kg.extract.relations import OUTPERFORMS, extract_relations
from kg.model import Mention
from kg.vocab import Rel

from .test_results import make_paper


def methods(proposed: list[str], others: list[str]) -> list[Mention]:
    return [Mention(n, "Method", "proposed") for n in proposed] + [Mention(n, "Method", "used") for n in others]


def pairs(text: str, entities: list[Mention], section: str = "abstract") -> list[tuple[str, str]]:
    return [(r.source, r.target) for r in extract_relations(make_paper(**{section: text}), entities)]


def test_the_type_is_the_ontology_relation_name() -> None:
    assert OUTPERFORMS == Rel.OUTPERFORMS.name


def test_subject_outperforms_every_named_method_in_the_clause() -> None:
    text = "GeoFormer outperforms ResNet-50 and Swin Transformer on all cities, while ViT lags behind."
    entities = methods(["GeoFormer"], ["ResNet-50", "Swin Transformer", "ViT"])
    assert pairs(text, entities) == [("GeoFormer", "ResNet-50"), ("GeoFormer", "Swin Transformer")]


def test_our_method_is_the_proposed_method() -> None:
    text = "Our approach achieves 2.6% relative improvement over Vanilla KD."
    assert pairs(text, methods(["Align-TI"], ["Vanilla KD"])) == [("Align-TI", "Vanilla KD")]


def test_a_second_cue_starts_a_new_comparison_and_variants_are_not_beaten() -> None:
    text = ("Our approach achieves 2.6% improvement over Vanilla KD, and our distilled Align-TI-2B even "
            "outperforms LLaVA-1.5-7B by 7.0%.")
    entities = methods(["Align-TI"], ["Vanilla KD", "Align-TI-2B", "LLaVA-1.5-7B"])
    assert pairs(text, entities) == [("Align-TI", "Vanilla KD"), ("Align-TI-2B", "LLaVA-1.5-7B")]


def test_chinese_cues() -> None:
    entities = methods(["SCA-Net"], ["Change-Agent", "BIT"])
    assert pairs("SCA-Net在LEVIR-MCI上优于Change-Agent。", entities, "result") == [("SCA-Net", "Change-Agent")]
    assert pairs("较Change-Agent与其他SOTA取得更优结果。", entities, "result") == [("SCA-Net", "Change-Agent")]


def test_negated_or_neutral_comparisons_are_not_claims() -> None:
    entities = methods(["X-Net"], ["ResNet-50"])
    assert pairs("X-Net does not outperform ResNet-50 on small data.", entities) == []
    assert pairs("We compare X-Net to ResNet-50 on three datasets.", entities) == []


def test_only_methods_are_targets() -> None:
    entities = methods(["X-Net"], ["ResNet-50"]) + [Mention("ImageNet", "Dataset"), Mention("CNN", "Technique")]
    assert pairs("X-Net outperforms CNN baselines on ImageNet.", entities) == []


def test_evidence_span_is_the_beaten_method_and_pairs_are_unique() -> None:
    abstract = "X-Net surpasses ResNet-50 by 3%. Again, X-Net outperforms ResNet-50 on COCO."
    paper = make_paper(abstract=abstract, result="X-Net优于ResNet-50。")
    relations = extract_relations(paper, methods(["X-Net"], ["ResNet-50"]))
    assert len(relations) == 1
    ev = relations[0].evidence
    assert ev.section == "abstract"
    assert paper.sections["abstract"].text[ev.start:ev.end] == "ResNet-50"
    assert "ResNet-50" in ev.sentence and ev.rule.startswith("outperforms:")


def test_regressions_from_the_seed() -> None:
    entities = methods(["GenSeg"], ["Qwen3-VL", "Seg-Zero-7B", "ReasonSeg", "YOLO", "Seg-R1"])
    # a second cue in the same clause keeps the subject (the first target is no subject)
    text = "GenSeg-8B reaches 0.73 mIoU, outperforming Qwen3-VL baselines and surpassing Seg-Zero-7B."
    assert pairs(text, entities) == [("GenSeg", "Qwen3-VL"), ("GenSeg", "Seg-Zero-7B")]
    # "在X上": X is where results are measured, not the subject
    assert pairs("在RefCOCOg/ReasonSeg上显著超越Seg-R1等现有方法。", entities, "result") == [("GenSeg", "Seg-R1")]
    # 比较 (to compare) is no claim of being better
    assert pairs("比较模型（YOLO、Seg-R1等）的优缺点。", entities, "result") == []



@pytest.mark.parametrize("claim", ["improving over", "improving upon", "and improves upon"])
def test_improving_over_or_upon_a_method_is_a_claim_to_beat_it(claim: str) -> None:
    found = pairs(f"SegQ reaches 85.3 mIoU, {claim} SegQNeXt by 3.2 points and surpassing MaskQ.",
                  methods(["SegQ"], ["SegQNeXt", "MaskQ"]))
    assert {("SegQ", "SegQNeXt"), ("SegQ", "MaskQ")} <= set(found)
    assert ("SegQNeXt", "MaskQ") not in found


def test_bi_before_a_name_and_how_it_is_better_is_a_chinese_comparison() -> None:
    found = pairs("在CocoQ数据集上，ZetaNet的准确率达到了90.1%，比ResNetQ高3.2%，比GPT-5提升13%；ViTQ的比例为1:2。",
                  methods(["ZetaNet"], ["ResNetQ", "GPT-5", "ViTQ"]), section="result")
    assert {("ZetaNet", "ResNetQ"), ("ZetaNet", "GPT-5")} <= set(found)
    assert not any(target == "ViTQ" for _, target in found)


def test_points_over_a_method_is_a_claim_to_beat_it() -> None:
    text = "On DanceTrack, MATRQ improves HOTA by more than 9 points over MOTRQ without additional data."
    assert pairs(text, methods(["MATRQ"], ["MOTRQ"])) == [("MATRQ", "MOTRQ")]


def test_a_chinese_comparison_goes_on_to_the_examples_of_its_kind() -> None:
    text = "DeepTravelQ在旅行规划任务中显著优于现有的前沿LLM，例如OpenAI o1Q、o3Q和DeepSeek R1Q，且更快。"
    entities = methods(["DeepTravelQ"], ["OpenAI o1Q", "o3Q", "DeepSeek R1Q"])
    assert pairs(text, entities, "result") == [("DeepTravelQ", "OpenAI o1Q"), ("DeepTravelQ", "o3Q"),
                                                ("DeepTravelQ", "DeepSeek R1Q")]


def test_a_margin_above_a_method_beats_it() -> None:
    text = "The proposed LiteSeg achieves 71.2% mIoU on Cityscapes, 3.1 points above BiSeNetV2."
    assert pairs(text, methods(["LiteSeg"], ["BiSeNetV2"])) == [("LiteSeg", "BiSeNetV2")]


def test_ahead_of_a_method_beats_it() -> None:
    text = "Our agent FixBot solves 30.1% on Terminal-Bench, ahead of OpenHands and SWE-agent."
    assert pairs(text, methods(["FixBot"], ["OpenHands", "SWE-agent"])) == [("FixBot", "OpenHands"), ("FixBot", "SWE-agent")]


def test_the_papers_own_method_wins_over_a_backbone_or_object_and_a_passive_turns_round() -> None:
    entities = methods(["StepJudgq", "CodeFixeq"], ["Llamq-3-8B", "Math-Shepherq", "Claudq 3.7", "OpenHandq"])
    assert pairs("StepJudgq improves Llamq-3-8B accuracy on GSM8K to 91.2%, exceeding Math-Shepherq.", entities) == \
        [("StepJudgq", "Math-Shepherq")]
    assert pairs("CodeFixeq with Claudq 3.7 resolves 62.4% of issues, surpassing OpenHandq.", entities) == \
        [("CodeFixeq", "OpenHandq")]
    others = methods([], ["ZetaAgenq", "o3q", "ToolRq", "GQN-3"])
    assert pairs("ZetaAgenq is outperformed only by o3q on OSWorld.", others) == [("o3q", "ZetaAgenq")]
    assert pairs("ToolRq with GQN-3 outperforms o3q.", others) == [("ToolRq", "o3q")]


def test_the_losing_side_turns_the_comparison_round() -> None:
    entities = methods([], ["BaseRLq", "FooRQ", "ZetaQ", "OmegaNeq", "AlphaQx", "GammaQx"])
    text = "BaseRLq underperforms FooRQ by 3.4%. ZetaQ lags behind OmegaNeq on OSWorld. AlphaQx falls short of GammaQx."
    assert pairs(text, entities) == [("FooRQ", "BaseRLq"), ("OmegaNeq", "ZetaQ"), ("GammaQx", "AlphaQx")]


def test_more_comparative_wordings_and_not_a_higher_cost() -> None:
    entities = methods([], ["VLAQx", "OpenVLQ-OFT", "NavQx", "NaVQd", "VidQx", "KlinQ", "HunyuanVideQ", "LatQx", "FastQx"])
    text = ("VLAQx achieves a 35% higher success rate than OpenVLQ-OFT. NavQx improves SR by 8.2% over NaVQd. VidQx is "
            "preferred over KlinQ and wins against HunyuanVideQ. LatQx has higher inference latency than FastQx.")
    assert pairs(text, entities) == [("VLAQx", "OpenVLQ-OFT"), ("NavQx", "NaVQd"), ("VidQx", "KlinQ"),
                                     ("VidQx", "HunyuanVideQ")]


def test_chinese_comparison_names_the_compared_methods_before_its_cue() -> None:
    entities = methods(["FooQx"], ["GRPQ", "DAPQ", "PPQ"])
    assert pairs("与GRPQ和DAPQ相比，FooQx在MATH上准确率提升了3.2%。", entities, "result") == [
        ("FooQx", "GRPQ"), ("FooQx", "DAPQ")]
    assert pairs("同PPQ相较，本方法表现更好。", entities, "result") == [("FooQx", "PPQ")]
    assert pairs("与PPQ相比，FooQx推理速度较慢。", entities, "result") == []  # compared, no claim of being better


@pytest.mark.parametrize("text", [
    "ZetQ surpasses DeepQ-7B and matching o1-mini on AIME.",
    "ZetQ surpasses DeepQ-7B and achieves performance comparable to o1-mini.",
    "ZetQ improves SI-SDR by 2.1 dB over DeepQ-7B, and is on par with o1-mini.",
    "ZetQ outperforms DeepQ-7B, trailing only o1-mini.",
    "ZetQ outperforms DeepQ-7B, approaching the performance of o1-mini.",
])
def test_a_claim_of_parity_after_a_comparison_beats_nothing(text: str) -> None:
    assert pairs(text, methods(["ZetQ"], ["DeepQ-7B", "o1-mini"])) == [("ZetQ", "DeepQ-7B")]


def test_a_comparison_that_concedes_is_no_claim() -> None:
    text = "Compared with DeepQ-7B, our method has slightly lower PQ but is 2x faster."
    assert pairs(text, methods(["ZetQ"], ["DeepQ-7B"])) == []


def test_every_name_before_a_passive_loses_to_the_name_after_by() -> None:
    entities = methods(["ZetQ"], ["ResQ-152", "DenQ-201", "DelQ", "FaiQ"])
    assert pairs("Both ResQ-152 and DenQ-201 are surpassed by ZetQ.", entities) == [("ZetQ", "ResQ-152"),
                                                                                   ("ZetQ", "DenQ-201")]
    assert pairs("DelQ和FaiQ被ZetQ超越。", entities, "result") == [("ZetQ", "DelQ"), ("ZetQ", "FaiQ")]
