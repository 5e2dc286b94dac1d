"""Regression tests for method and data error classes (session 16): each on a small invented sentence."""

from __future__ import annotations

from kg.extract.entities import EntityExtractor
from kg.model import Mention

from .test_entities import make_paper


def data_names(mentions: list[Mention]) -> set[str]:
    """Names typed as data sets or benchmarks."""
    return {m.name for m in mentions if m.type in ("Dataset", "Benchmark")}


def test_a_place_named_before_zh_on_is_no_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Scheduling Agents", "We propose TaskPilot, a scheduling agent.",
                       result="TaskPilot已在某公司的云平台CloudNova上部署一年，并在一台普通PC上高效运行；"
                              "它还分析了OSN中的信息传播。")
    assert not data_names(extractor.extract(paper)) & {"CloudNova", "PC", "OSN"}


def test_zh_evaluation_frame_still_names_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Scheduling Agents", "We propose TaskPilot, a scheduling agent.",
                       result="TaskPilot在SchedBench上取得最佳结果，在WebShop和ALFWorld基准上也优于基线。")
    assert {"SchedBench", "WebShop", "ALFWorld"} <= data_names(extractor.extract(paper))


def test_title_case_roles_of_a_proposed_system_are_its_parts(extractor: EntityExtractor) -> None:
    paper = make_paper("Agents for Daily Care",
                       "We propose CareMesh, a multi-agent system. It coordinates three agents: a dietary one, called "
                       "a Recipe Advisor Agent; a Schedule Keeper Agent; and the Safety Evaluator, which checks each "
                       "plan.")
    found = {m.name: m for m in extractor.extract(paper) if m.type == "Method"}
    assert {"Recipe Advisor Agent", "Schedule Keeper Agent", "Safety Evaluator"} <= set(found)
    assert found["Safety Evaluator"].role == "proposed"


def test_title_case_roles_without_a_proposal_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("A Study of Agents",
                       "We study how a Recipe Advisor Agent and the Safety Evaluator of deployed systems behave, and "
                       "how Software Engineering Agents fail.")
    assert not {m.name for m in extractor.extract(paper) if m.type == "Method"}


def test_question_answering_acronyms_alone_are_no_data(extractor: EntityExtractor) -> None:
    paper = make_paper("Grounded Answers",
                       "We propose AnsNet for context-aware VQA and KBQA, trained on ChartQA and MedVQA-Lite. VQA "
                       "models and KBQA systems built for ODQA gain from it.",
                       result="AnsNet提升了VQA和ODQA的效果。")
    found = data_names(extractor.extract(paper))
    assert not found & {"VQA", "KBQA", "ODQA"}
    assert {"ChartQA", "MedVQA-Lite"} <= found


def test_phrases_joining_families_are_no_methods(extractor: EntityExtractor) -> None:
    paper = make_paper("Tuning Compilers",
                       "We propose TuneLoop. Unlike ML-for-compilers methods and an SFT-then-RL recipe, TuneLoop "
                       "uses LLM-as-judge feedback; it outperforms Ansor-RL and CNN-for-code baselines.")
    found = {m.name: m.type for m in extractor.extract(paper)}
    assert not {n for n, t in found.items() if t == "Method"} & {"ML-for-compilers", "SFT-then-RL", "LLM-as-judge",
                                                                  "CNN-for-code"}
    assert found.get("TuneLoop") == "Method"
