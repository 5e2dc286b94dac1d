"""Task extraction (issue 3): title purposes, nominalised verbs, text phrases and their support; one test per
class of error fixed, on small made-up titles and sentences."""

from __future__ import annotations

import pytest

from kg.extract.lexicons import load_lexicons
from kg.extract.tasks import HEADS, MAX_TASKS, extract_tasks
from kg.model import Mention, Section


def sections(title: str, abstract: str = "", **summary: str) -> list[Section]:
    out = [Section("title", title, "en", 1, 1, 0)]
    for name, text in summary.items():
        lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
        out.append(Section(name, text, lang, 2, 2, 0))
    if abstract:
        out.append(Section("abstract", abstract, "en", 3, 3, 0))
    return out


def tasks(title: str, abstract: str = "", **summary: str) -> list[Mention]:
    return extract_tasks("2601.00001", sections(title, abstract, **summary))


def names(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions}


# ----------------------------------------------------------------------------- title purposes


def test_title_purpose_outranks_the_method_phrase_before_it() -> None:
    found = names(tasks("VLM-Guided Iterative Refinement for Surgical Image Segmentation with Foundation Models"))
    assert "surgical image segmentation" in found
    assert not any("refinement" in n for n in found)


def test_method_phrase_after_a_colon_is_not_a_task_when_a_purpose_follows() -> None:
    found = names(tasks("XNet: Resolution Guided Feature Alignment for Unsupervised Anomaly Detection",
                        "We align features. Feature alignment across resolutions helps."))
    assert "unsupervised anomaly detection" in found
    assert not any("alignment" in n for n in found)


@pytest.mark.parametrize("title, task", [
    ("XRec: Matching-based Prediction for Accurate Review Recommendation", "review recommendation"),
    ("XPO: Error-Aware Policy Optimization for Efficient and Reliable Reasoning", "reasoning"),
    ("Frequency-Aware Feature Distillation for Robust, Accurate Low-Light Image Enhancement",
     "low-light image enhancement"),
    ("Toward General Semantic Chunking: A Discriminative Framework", "semantic chunking"),
    ("Towards Unified Scene Parsing with Transformers", "scene parsing")])
def test_a_title_purpose_after_evaluative_words_is_the_task(title: str, task: str) -> None:
    found = names(tasks(title))
    assert task in found
    assert not any("prediction" in n or "distillation" in n for n in found)  # the means before "for"


@pytest.mark.parametrize("title, task", [
    ("Pruning Redundant Attention Heads in Vision-Language Models", "redundant attention head pruning"),
    ("Removing Reflections from Smartphone Photos", "reflection removal"),
    ("Counting Objects in Aerial Images", "object counting"),
    ("Decoding Inner Speech from Intracranial Recordings", "inner speech decoding"),
    ("XRank: Learning to Rank Retrieved Documents for Question Answering", "retrieved document ranking"),
    ("XDef: Defending Vision Language Models Against Jailbreaks", "jailbreak defense"),
    ("XCache: Accelerating Diffusion Model Inference via Caching", "diffusion model inference acceleration")])
def test_more_title_verbs_are_nominalised(title: str, task: str) -> None:
    assert task in names(tasks(title))


@pytest.mark.parametrize("title, task", [
    ("Rethinking Sparse Reward Shaping in Offline Agents: From A to B", "sparse reward shaping in offline agents"),
    ("XSearch: Advancing open-domain fact checking with dynamic evidence graphs", "open-domain fact checking"),
    ("XHub: Enabling Speech Emotion Processing in Open Toolkits", "speech emotion processing in open toolkits"),
    ("Improving Planning for Masked Language Models via Group Rewards", "planning for masked language models"),
    ("Improving Continual Learning Performance and Efficiency with Auxiliary Heads", "continual learning"),
    ("Rethinking Time Encoding via Learnable Functions", "time encoding"),
    ("Improving Routing in Sparse Mixture of Experts with Graph of Tokens", "routing in sparse mixture of experts")])
def test_what_a_title_improves_or_rethinks_is_a_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


@pytest.mark.parametrize("title", [
    "Improving Contrastive Audio-Visual Mask Autoencoders via Fine-Grained Alignment",
    "Enhancing Efficiency and Stability of Tandem Perovskites Through Electron-Rich Radicals",
    "Enhancing Feature Fusion for Small Object Detection"])
def test_an_improved_model_quality_or_means_is_no_task(title: str) -> None:
    found = names(tasks(title))
    assert not any(n.startswith(("contrastive", "efficiency", "feature fusion")) for n in found)


@pytest.mark.parametrize("title, task", [
    ("XCoach: Coaching Agents with Foundation Models for Multi-Drone Coordination Tasks", "multi-drone coordination"),
    ("Distilling Solution Traces for Table Reasoning Tasks", "table reasoning")])
def test_a_title_purpose_ending_in_tasks_names_the_kind_of_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_a_title_opening_with_a_participle_names_no_verb_task() -> None:
    assert not any("acceleration" in n for n in names(tasks("Accelerated Discovery of Heat-Resistant Alloys")))


@pytest.mark.parametrize("title, task", [
    ("Suppressing Ion Migration for Wide-Bandgap Perovskite Solar Cells via Crosslinking", "ion migration suppression"),
    ("XDiv: Measuring Fairness in Regression", "fairness measurement"),
    ("Preventing Catastrophic Forgetting in Continual Learning", "catastrophic forgetting prevention")])
def test_verbs_of_suppressing_and_measuring_are_nominalised(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_a_participle_after_to_or_for_names_no_verb_task() -> None:
    found = names(tasks("The Comparability of Model Fusion to Measured Data in Confuser Rejection"))
    assert not any("measurement" in n for n in found)
    assert "object detection" not in names(tasks("Attending to Detected Objects in Dense Video Captioning"))


def test_nominalised_title_verb_stops_at_the_preposition() -> None:
    found = names(tasks("XMind: Mitigating Hallucinations in Multimodal Large Language Models via Bridges"))
    assert "hallucination mitigation" in found


def test_purpose_clause_after_the_means_is_read() -> None:
    found = names(tasks("Scalpel: Fine-Grained Alignment of Attention Maps via Gaussian Bridges to Mitigate "
                        "Multimodal Hallucination"))
    assert found == {"multimodal hallucination mitigation"}


def test_verb_in_the_means_part_is_not_a_task() -> None:
    found = names(tasks("Robust Depth Super-Resolution via Generating Synthetic Pairs"))
    assert "depth super-resolution" in found
    assert not any("pair" in n for n in found)


def test_head_of_object_is_inverted() -> None:
    found = names(tasks("Decoding Risk: Deep Learning Analysis of Tubular Adenoma Whole-Slide Images"))
    assert "tubular adenoma whole-slide image analysis" in found
    assert "learning analysis" not in found


def test_coordinated_title_purpose_gives_both_tasks() -> None:
    found = names(tasks("Tele-Omni: a Unified Multimodal Framework for Video Generation and Editing"))
    assert {"video generation", "video editing"} <= found


def test_domain_after_for_is_not_a_purpose() -> None:
    found = names(tasks("X-Mark: Saliency-Guided Robust Dataset Ownership Verification for Medical Imaging"))
    assert "dataset ownership verification" in found
    assert "medical imaging" not in found


def test_title_for_nominalisation_outside_the_head_list() -> None:
    found = names(tasks("A Lightweight Network for Document Shadow Removal"))
    assert "document shadow removal" in found


def test_unicode_hyphen_keeps_the_compound_together() -> None:
    found = names(tasks("Monomer\u2010Driven Crystallization Control in Perovskite Films"))
    assert "driven crystallization control" not in found


# ----------------------------------------------------------------------------- text phrases


def test_verbs_end_a_text_phrase() -> None:
    text = ("The model integrates uncertainty quantification into training. Uncertainty quantification matters.")
    found = names(tasks("A Study of Calibration", text))
    assert "uncertainty quantification" in found
    assert not any(n.startswith(("integrates", "model integrates")) for n in found)


def test_leading_verb_ing_is_dropped_but_noun_ing_kept() -> None:
    found = names(tasks("A Deep Multi-Modal Method for Patient Wound Healing Assessment",
                        "Bridging neural reconstruction is hard. Bridging neural reconstruction again."))
    assert "patient wound healing assessment" in found
    assert "bridging neural reconstruction" not in found


def test_evaluative_adjective_is_not_part_of_a_task() -> None:
    text = "We predict the final quality prediction twice. The final quality prediction is averaged."
    found = names(tasks("QNet", text))
    assert "final quality prediction" not in found
    assert "quality prediction" in found


def test_head_followed_by_a_method_noun_is_no_task() -> None:
    text = "We train a lesion segmentation network. The lesion segmentation network is small."
    assert not tasks("LNet", text)


@pytest.mark.parametrize("thing", ["traces", "workflow", "stage", "operator", "barrier functions", "intervention",
                                   "capacity", "capabilities", "parameters", "agents"])
def test_head_followed_by_a_part_or_property_noun_is_no_task(thing: str) -> None:
    text = f"We study tulip petal segmentation {thing}. The tulip petal segmentation {thing} are long."
    assert "tulip petal segmentation" not in names(tasks("LNet", text))
    assert "tulip petal segmentation" in names(tasks("LNet", text.replace(f" {thing}", "")))


def test_single_passing_mention_is_not_a_task_but_repetition_is() -> None:
    phrase = "tulip petal segmentation"
    assert phrase not in {e.text.lower() for e in load_lexicons().tasks}
    once = f"We compare against methods for {phrase} and other things."
    assert not tasks("FarmNet", once)
    twice = once + f" {phrase.capitalize()} is hard because {phrase} depends on light."
    assert phrase in names(tasks("FarmNet", twice))


def test_a_phrase_only_the_method_summary_names_is_how_it_works_not_its_task() -> None:
    phrase = "tulip petal screening"
    assert phrase not in {e.text.lower() for e in load_lexicons().tasks}
    abstract = f"The pipeline runs the {phrase} on each image."
    method = f"It performs the {phrase} in three stages."
    assert phrase not in names(tasks("FarmNet", abstract, method=method))
    # the summary says the paper is for it, or what it achieves in it: its task
    assert phrase in names(tasks("FarmNet", abstract, method=method, motivation=f"Growers depend on the {phrase}."))
    assert phrase in names(tasks("FarmNet", abstract, method=method, result=f"It makes the {phrase} faster."))
    assert phrase in names(tasks(f"FarmNet for {phrase.title()}", abstract, method=method))


@pytest.mark.parametrize("shortcoming", ["limited", "weak", "inaccurate", "insufficient", "either excessive"])
def test_a_shortcoming_in_the_text_is_no_task(shortcoming: str) -> None:
    text = (f"Current farm robots suffer from {shortcoming} tulip petal segmentation. "
            f"Their {shortcoming} tulip petal segmentation wastes crops.")
    assert not tasks("FarmNet", text)
    # the phrase itself, without the shortcoming, stays a task
    assert "tulip petal segmentation" in names(tasks("FarmNet", text.replace(f"{shortcoming} ", "")))


def test_technique_named_in_passing_is_not_a_task() -> None:
    technique = next(e.text.lower() for e in load_lexicons().techniques
                     if e.text.islower() and e.text.split()[-1] in HEADS and len(e.text.split()) > 1)
    text = f"We use {technique} to build one model. With {technique} the model is small."
    assert technique not in names(tasks("UI-Agent Technical Report", text))
    assert technique in names(tasks(f"Layer-wise Rescaling for {technique.title()}", text))


def test_chinese_sections_do_not_yield_english_phrases() -> None:
    found = tasks("Agent Banana: High-Fidelity Image Editing with Agentic Thinking",
                  tldr="提出一个用于图像编辑的智能体框架，在多个基准上取得领先。")
    assert names(found) == {"high-fidelity image editing"}


# ----------------------------------------------------------------------------- output shape


@pytest.mark.parametrize("title,abstract", [
    ("SCA-Net: Aggregation Network for Enhanced Small Building and Road Change Detection",
     "Automated change detection in remote sensing imagery is critical. We study building change detection, "
     "road change detection and multi-scale change analysis. Change detection benchmarks are scarce."),
    ("Tele-Omni: a Unified Multimodal Framework for Video Generation and Editing",
     "We handle text-to-video generation, image-to-video generation and in-context video editing."),
])
def test_evidence_spans_quote_the_name_or_an_alias(title: str, abstract: str) -> None:
    secs = sections(title, abstract)
    by_name = {s.name: s for s in secs}
    found = extract_tasks("2601.00001", secs)
    assert 1 <= len(found) <= MAX_TASKS
    for mention in found:
        assert mention.type == "Task"
        quoted = {by_name[e.section].text[e.start:e.end] for e in mention.evidence}
        assert quoted & ({mention.name} | set(mention.aliases))
        for e in mention.evidence:
            assert by_name[e.section].text[e.start:e.end] in e.sentence


def test_same_input_same_tasks() -> None:
    args = ("Mitigating Hallucinations in LVLMs for Visual Question Answering",
            "Visual question answering suffers from hallucinations. We study visual question answering.")
    first, second = tasks(*args), tasks(*args)
    assert [(m.name, m.aliases) for m in first] == [(m.name, m.aliases) for m in second]


def test_space_before_a_colon_is_not_part_of_the_task() -> None:
    found = names(tasks("Coding Agents for Embodied Controller Generation : A Study in Grid Worlds"))
    assert "embodied controller generation" in found
    assert all(n == n.strip() for n in found)


def test_possessive_tails_and_prepositions_are_not_modifiers() -> None:
    found = names(tasks("Sparse Probes for Reasoning Models",
                        "We probe the LRM's hierarchical reasoning. Probes cut the LRM's hierarchical reasoning cost. "
                        "We study reasoning through state machine simulation and through state machine simulation."))
    assert not {n for n in found if n.startswith(("s ", "through "))}


def test_a_learning_setting_after_for_in_the_title_is_the_task() -> None:
    assert "offline safe reinforcement learning" in names(tasks("Online Optimization for Offline Safe Reinforcement Learning"))
    assert "continual learning" in names(tasks("Sparse Adapters for Continual Learning"))
    assert not names(tasks("Sparse Adapters for Deep Learning"))
    assert not names(tasks("Sparse Adapters for Learning"))


def test_comprehension_interpretation_and_linking_head_tasks() -> None:
    found = names(tasks("Tables in the Wild",
                        "We study entity linking and table interpretation. Entity linking in tables is hard, and "
                        "table interpretation needs reading comprehension; reading comprehension models help."))
    assert {"entity linking", "table interpretation", "reading comprehension"} & found == {
        "entity linking", "table interpretation", "reading comprehension"}


def test_decision_making_collaboration_and_quantization_head_tasks() -> None:
    found = names(tasks("Agents at Work",
                        "We study sequential decision-making with multi-agent collaboration. Sequential "
                        "decision-making is hard, and multi-agent collaboration needs weight quantization. Weight "
                        "quantization helps."))
    assert {"sequential decision-making", "multi-agent collaboration", "weight quantization"} <= found


@pytest.mark.parametrize("phrase", ["single image shadow removal", "person re-identification", "dense crowd counting",
                                    "image dehazing", "video frame interpolation", "speaker diarization",
                                    "music transcription", "visual odometry", "keyword spotting", "visual token pruning",
                                    "sequential recommendation", "image matting"])
def test_task_only_head_nouns_head_tasks(phrase: str) -> None:
    """Nouns that only ever name a task (removal, counting, diarization ...) head text phrases like detection."""
    found = names(tasks("Zero: A New Approach", f"{phrase[0].upper()}{phrase[1:]} is a fundamental problem. We "
                                                "propose Zero."))
    assert phrase in found


@pytest.mark.parametrize("phrase", ["neural theorem proving", "disease staging", "source tracing", "gui automation",
                                    "unit harmonization", "resource allocation", "linguistic steganography",
                                    "movie dubbing", "dataset profiling", "geometric problem solving"])
def test_more_task_only_head_nouns_head_tasks(phrase: str) -> None:
    """Proving, staging, tracing, harmonization, allocation, steganography, dubbing, profiling, automation and solving
    name tasks too."""
    found = names(tasks("Zero: A New Approach", f"{phrase[0].upper()}{phrase[1:]} is a fundamental problem. We "
                                                "propose Zero."))
    assert phrase in found


@pytest.mark.parametrize(("title", "task"), [
    ("Forecasting Multivariate Time Series with Transformers", "multivariate time series forecasting"),
    ("Deep Analysis of Animal Species Distributions", "animal species distribution analysis")])
def test_series_and_species_stay_whole_in_a_title_object(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_a_title_head_coordinated_with_a_later_one_is_read() -> None:
    found = names(tasks("Pedestrian Detection and Tracking in Crowded Stores", "We study retail analysis."))
    assert {"pedestrian detection", "retail analysis"} <= found


def test_counts_and_representative_modify_no_task() -> None:
    found = names(tasks("Learning with Fewer Labels", "We evaluate on six representative robot manipulation tasks and "
                        "eight representative visual reasoning tasks."))
    assert "robot manipulation" in found
    assert not any(n.split()[0] in ("six", "eight", "representative") for n in found)


def test_prepositions_open_no_task_phrase() -> None:
    found = names(tasks("Beyond Detection -- Orchestrating Robot Assistance via an Internet of Things Paradigm",
                        "Robots act beyond detection. We rank items along reasoning steps."))
    assert not {n for n in found if n.split()[0] in ("beyond", "along", "against")}


def test_driving_and_sensing_after_for_are_domains_not_purposes() -> None:
    found = names(tasks("Seeking to Collide: Online Safety-Critical Scenario Generation for Autonomous Driving"))
    assert "online safety-critical scenario generation" in found
    assert "autonomous driving" not in found


def test_a_known_task_that_shares_the_titles_words_is_a_task() -> None:
    """A Papers with Code task written once in the abstract counts when the title names its subject too; one
    named in passing, or a technique-like entry ("ensemble learning"), does not."""
    from kg.extract.entities import EntityExtractor

    from .test_entities import make_paper

    paper = make_paper("Occlusion-Robust Person Matching across Cameras",
                       "We study person re-identification with a lightweight model and ensemble learning; "
                       "code generation tools helped us write the pipeline.")
    found = {m.name for m in EntityExtractor().extract(paper) if m.type == "Task"}
    assert "person re-identification" in found
    assert not {"code generation", "ensemble learning"} & found


@pytest.mark.parametrize("sentence", [
    "The resulting model demonstrates superior performance in fine-grained leaf perception.",
    "Ten models were fine-tuned to evaluate their effectiveness in Tamil topic classification.",
    "It outperforms rule-based baselines by 4-15% in lane merge recognition.",
    r"It outperforms rule-based baselines by 4-15\% in lane merge recognition.",  # a LaTeX percent sign
    "It reaches an average accuracy of 46.6% on tabular math reasoning.",
    "It outperforms existing methods in coral reef segmentation.",
    "Our experiments on large-scale hull modelling tasks use decoders.",  # the phrase before "tasks"
    "Experiments validate the efficacy of our approach in aerial leaf perception.",
    "Contradiction mining is a fundamental task in claim analysis.",
    "3D leaf perception aims to highlight the actionable regions on leaves.",  # what the task is said to do
    "Topic classification is a long-standing problem for archives.",
])
def test_a_phrase_named_once_where_the_paper_says_how_well_it_does_is_a_task(sentence: str) -> None:
    found = names(tasks("Learning with Fewer Labels", "We study label-efficient training. " + sentence))
    phrase = next(p for p in ("leaf perception", "topic classification", "recognition", "analysis", "reasoning",
                                    "segmentation", "modelling")
                  if p in sentence.lower())
    assert any(n.endswith(phrase) for n in found)


@pytest.mark.parametrize("sentence, phrase", [
    ("It benefits applications such as credit scoring and fraud detection.", "fraud detection"),
    ("Our clustering leverages cross-modal alignment in pretrained encoders.", "cross-modal alignment"),
    ("Temporal grounding plays an important role in information retrieval.", "information retrieval"),
    ("The model integrates image segmentation and registration.", "image segmentation"),
    ("Decision problems (e.g., resource management, drug discovery) need many objectives.", "drug discovery")])
def test_a_known_task_named_once_in_passing_is_not_a_task(sentence: str, phrase: str) -> None:
    """A Papers with Code task written once as an application example, as what something matters for, or as the
    means is not what the paper addresses; one listed as an example of tasks is."""
    assert phrase not in names(tasks("Sparse Experts at Scale", f"We train sparse experts. {sentence}"))
    listed = names(tasks("Sparse Experts at Scale", f"We train sparse experts. It helps dense prediction tasks "
                                                    f"(e.g., {phrase})."))
    assert phrase in listed


def test_a_phrase_named_once_without_such_a_cue_is_not_a_task() -> None:
    found = names(tasks("Learning with Fewer Labels", "We study label-efficient training, inspired by recent work "
                        "on fine-grained leaf perception."))
    assert not any("perception" in n for n in found)


@pytest.mark.parametrize(("title", "task"), [
    ("Interfacial Crystallization Engineering for Efficient Flexible Perovskite Solar Cells",
     "flexible perovskite solar cells"),
    ("Suppressing Ion Migration for 1.68 eV Wide-Bandgap Perovskite Solar Cells via Bulk Crosslinking",
     "wide-bandgap perovskite solar cells"),  # not the evaluative word, nor the number and its unit
    ("A Porous Framework for Aqueous Zinc-Ion Batteries", "aqueous zinc-ion batteries"),
])
def test_the_devices_a_materials_title_is_for_are_its_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


@pytest.mark.parametrize(("sentence", "task"), [
    ("Wide-bandgap perovskites are promising top cells for perovskite/silicon tandem solar cells.",
     "perovskite/silicon tandem solar cells"),
    ("The additive improves lithium-ion transport in quasi solid-state electrolytes.", "quasi solid-state electrolytes"),
    ("Such films are essential for high-efficiency all-perovskite tandem solar cells.",
     "all-perovskite tandem solar cells"),  # without the evaluative word
])
def test_the_devices_a_materials_text_is_for_are_its_task(sentence: str, task: str) -> None:
    assert task in names(tasks("Interlayer Chemistry Insights", sentence))


def test_a_device_phrase_needs_a_modifier_that_is_no_number() -> None:
    assert not names(tasks("Interlayer Chemistry Insights", "The films reach 21.3% efficiency in 1.2 cm2 cells and "
                                                            "are stable for cells."))


@pytest.mark.parametrize(("title", "task"), [
    ("Stable and Eco-Friendly Inorganic Lead-Free Perovskite Solar Cells: Structural and Defect Engineering",
     "inorganic lead-free perovskite solar cells"),
    ("Breaking Barriers in FAPbI3 Perovskite Photovoltaics: Synergistic Strategies", "fapbi3 perovskite photovoltaics"),
    ("Interface Energy Transfer Stabilizes Efficient Inverted Perovskite Solar Cells", "inverted perovskite solar cells"),
])
def test_the_devices_a_materials_title_names_anywhere_are_its_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_evaluative_words_before_a_device_are_no_part_of_its_task() -> None:
    found = names(tasks("Durable Inverted Perovskite Solar Cells via Buried Interface Healing"))
    assert "inverted perovskite solar cells" in found
    found = names(tasks("Exsolved Nanoparticles in Layered Oxides",
                        "Exsolution is a tool for designing highly active and durable electrodes for solid oxide "
                        "fuel cells. Anode-free batteries promise a simpler cell design."))
    assert not any(n.startswith(("durable", "simpler")) for n in found)


def test_a_title_for_a_plain_device_word_alone_names_no_task() -> None:
    assert not names(tasks("Learning Representations for Cells"))


# ----------------------------------------------------------------------------- title fallback


@pytest.mark.parametrize(("title", "task"), [
    ("Temporal Graph Partitioning: A Unified Benchmark and Systematic Experimental Study",
     "temporal graph partitioning"),
    ("Sarcastic Irony: A Multilingual Benchmark Dataset for Bridging Claims with Humour", "sarcastic irony"),
    ("Code Review Triage: An Empirical Study", "code review triage")])
def test_the_topic_a_title_says_it_benchmarks_or_studies_is_a_task(title: str, task: str) -> None:
    found = tasks(title)
    assert [m.name for m in found] == [task]
    assert found[0].confidence < 0.6


@pytest.mark.parametrize("title", [
    "Task Complexity Matters: An Empirical Study of Reasoning",  # a clause
    "GraphBench 2: A Unified Benchmark",  # a name
    "Sparse Adapters: A Study of Efficiency"])  # a plural thing
def test_a_name_clause_or_plural_before_a_study_colon_is_no_task(title: str) -> None:
    assert not any(title.lower().startswith(n) for n in names(tasks(title)))


@pytest.mark.parametrize(("title", "task"), [
    ("Deterministic Nonsmooth Nonconvex Optimization", "deterministic nonsmooth nonconvex optimization"),
    ("Locally Private Sampling with Public Data", "locally private sampling"),
    ("Fair Division Under Inaccurate Preferences", "fair division"),
    ("Humans and LLMs Diverge on Probabilistic Inferences", "probabilistic inferences"),
    ("TreeQ: Efficiently Scaling Task Orchestration with Trees", "task orchestration"),  # a verb's object
])
def test_a_title_no_rule_reads_gives_its_first_task_like_noun_phrase(title: str, task: str) -> None:
    found = tasks(title)
    assert [m.name for m in found] == [task]
    evidence = found[0].evidence[0]
    assert evidence.rule == "task_title_fallback"
    assert title[evidence.start:evidence.end].lower() == task
    assert found[0].confidence < 0.6


@pytest.mark.parametrize("title", [
    "GAPO: Group Adaptive Policy Optimization for Real-World Code Edit",  # the acronym's long form: the method
    "Stabilizing Temporal Difference Learning via Implicit Stochastic Approximation",  # the means
    "A Minimax Framework with Future-imposed Conditions",  # a noun that names no problem
    "Zeolites Synergistically Boost Alkane Activation",  # a clause
    "Decoupling Exploration from Safety",  # a verb phrase
    "Slowing Down Perovskite Crystallization",  # a verb and its particle
])
def test_the_title_fallback_skips_names_means_and_clauses(title: str) -> None:
    assert tasks(title) == []


@pytest.mark.parametrize("title", [
    "A Systematic Investigation of Spin Transport in Graphene Ribbons",  # a study noun
    "Hardware Validation of a Soft Gripper Prototype",
    "Throughput Improvement for Edge Inference Servers",
    "Power Consumption of Mobile Vision Transformers",  # a quantity measured
    "A Hidden Dimension of Ensemble Voting"])
def test_the_title_fallback_skips_study_and_quantity_heads(title: str) -> None:
    assert not {n for n in names(tasks(title)) if n.endswith(("investigation", "validation", "improvement",
                                                                "consumption", "dimension"))}


@pytest.mark.parametrize("title", [
    "Sharp Decay Bounds for the Damped Plate Equations",  # an equation studied
    "A Lower Bound on the Zero Sets of Caloric Functions",
    "Spin Chains with Competing Three-Body Interactions",
    "Decay Estimates for the Damped Beam Equation"])  # after "for" too
def test_the_title_fallback_skips_the_objects_a_paper_studies(title: str) -> None:
    assert not {n for n in names(tasks(title)) if n.rstrip("s").endswith(("equation", "function", "interaction"))}


def test_the_title_fallback_keeps_an_object_a_verb_governs() -> None:
    assert "modeling drug-target interactions" in names(tasks("Graph Transformers for Modeling Drug-Target Interactions"))


def test_the_title_fallback_skips_the_long_form_of_the_names_first_part() -> None:
    assert names(tasks("ICQuant: Index Coding enables Low-bit Quantization")) == {"low-bit quantization"}


def test_the_title_fallback_skips_what_the_papers_entities_name() -> None:
    title = "Kernel Ridge Regression Beyond Hopfield Networks"
    assert names(tasks(title)) == {"kernel ridge regression"}
    named = [(0, len("Kernel Ridge Regression"))]
    assert extract_tasks("2601.00001", sections(title), named=named) == []


@pytest.mark.parametrize(("title", "task"), [
    ("Global Optimality of Policy Gradient under Linear Dynamics: A Study on Convergence Rates", "global optimality"),
    ("On Generalization in Agentic Tool Calling: A Reasoner and a Dataset", "agentic tool calling"),
    ("Zero-Error Capacity of Interactive Channels: Achievability and Converse", "zero-error capacity"),
])
def test_the_title_fallback_reads_a_topic_phrase_before_the_colon(title: str, task: str) -> None:
    """A part before the colon that holds a function word is a topic, not a name: the last resort reads it."""
    found = tasks(title)
    assert [m.name for m in found] == [task]
    assert found[0].evidence[0].rule == "task_title_fallback"


def test_the_title_fallback_reads_no_name_before_the_colon() -> None:
    assert tasks("Preference Packing: A Study on Convergence Rates") == []
    # a text phrase tied to the title comes first
    assert names(tasks("Global Optimality of Policy Gradient: A Study",
                       "We improve policy gradient estimation. It runs fast.")) == {"policy gradient estimation"}


def test_the_title_fallback_leaves_out_an_evaluative_word() -> None:
    assert names(tasks("Efficient Graph Partitioning with Learned Heuristics")) == {"graph partitioning"}


@pytest.mark.parametrize(("title", "task"), [
    ("Stagnation in Evolutionary Algorithms: Convergence Is Not Optimality", "stagnation in evolutionary algorithms"),
    ("Superpixel Hierarchies for the Exploration of High-Dimensional Images", "exploration of high-dimensional images"),
])
def test_the_last_resort_is_a_single_title_noun_with_its_topic(title: str, task: str) -> None:
    found = tasks(title)
    assert [m.name for m in found] == [task]
    assert found[0].confidence < 0.6


@pytest.mark.parametrize("title", [
    "Reasoning Capabilities and Invariability of Large Language Models",  # one of two coordinated nouns
    "Causality in Video Diffusers is Separable from Denoising",  # a clause
    "Seeing the Influence of Narrative Features on Persuasion",  # a study, no problem
    "Segment Anything in Medical Images",  # an indefinite pronoun
])
def test_the_last_resort_skips_coordinated_nouns_clauses_and_studies(title: str) -> None:
    assert tasks(title) == []


def test_the_title_fallback_only_fills_a_paper_without_tasks() -> None:
    found = tasks("Locally Private Sampling for Image Segmentation")
    assert names(found) == {"image segmentation"}


def test_a_paper_nothing_else_gives_a_task_gets_its_phrases_tied_to_the_title() -> None:
    """Written once and sharing a word with the title, a phrase is a task only where the paper has no other."""
    found = tasks("Zeta: A Unified Agent for Fact Tables", "Zeta advances tabular fact verification. It runs fast.")
    assert names(found) == {"tabular fact verification"}
    assert found[0].confidence < 0.6
    assert not tasks("Zeta: A Unified Agent for Fact Tables", "Zeta advances tabular fact verification. It runs fast.")[1:]
    found = tasks("Zeta: A Unified Agent for Image Segmentation with Fact Tables",
                  "Zeta advances tabular fact verification. It runs fast.")
    assert names(found) == {"image segmentation"}
    assert not tasks("Zeta: A Unified Agent", "Zeta advances tabular fact verification. It runs fast.")


@pytest.mark.parametrize("opening", ["We tackle", "This paper addresses", "We investigate", "This work studies",
                                     "The authors tackle", "The paper addresses the challenge of", "We focus on"])
def test_a_phrase_the_paper_says_it_tackles_is_a_task_when_written_once(opening: str) -> None:
    found = names(tasks("HiPlanQ", f"{opening} long-horizon robotic manipulation. Our method wins."))
    assert "long-horizon robotic manipulation" in found


def test_a_task_named_by_the_benchmarks_evaluated_on_is_a_task() -> None:
    found = names(tasks("ZetQ: A Lightweight Network",
                        "We propose ZetQ. Experiments on three cardiac image segmentation benchmarks show that ZetQ "
                        "improves cardiac image segmentation accuracy."))
    assert "cardiac image segmentation" in found


def test_a_technique_is_a_task_only_where_the_title_names_it_outside_its_means() -> None:
    abstract = "FlowX uses flow matching to model values. With flow matching, values become distributions."
    assert "flow matching" not in names(tasks("FlowX: Bridging Value Estimation with Flow Matching in Control", abstract))
    abstract = "We guide Monte-Carlo tree search with a learned prior. Monte-Carlo tree search then expands nodes."
    assert not any("search" in n for n in names(tasks("Adaptive Tree Exploration for Network Verification", abstract)))
    abstract = "We study neural architecture search. Our neural architecture search finds compact networks."
    assert "neural architecture search" in names(tasks("A Transformer-based Neural Architecture Search Method", abstract))


def test_a_task_holding_a_long_form_the_paper_abbreviates_takes_the_short_form_as_an_alias() -> None:
    """The guidelines name an entity by its short form: "MLLM distillation", "low-latency single-channel SE"."""
    abstract = "Multimodal large language models (MLLMs) are costly. Speech enhancement (SE) removes noise."
    found = {m.name: m for m in tasks("XDistill: Distilling Multimodal Large Language Models via Token Interactions",
                                      abstract)}
    assert "MLLM distillation" in found["multimodal large language model distillation"].aliases
    found = {m.name: m for m in tasks("Low-Latency Single-Channel Speech Enhancement in Distant Microphone Scenarios",
                                      abstract)}
    assert "low-latency single-channel SE" in found["low-latency single-channel speech enhancement"].aliases
    found = {m.name: m for m in tasks("Speech Enhancement with Diffusion", abstract)}
    assert "SE" not in found["speech enhancement"].aliases  # a bare short form is ambiguous across papers


def test_a_name_in_brackets_is_no_short_form_of_a_task() -> None:
    found = tasks("Emotional Reasoning in Dialogue Agents", "We study emotional reasoning (EMO-R3). EMO-R3 is a model.")
    assert all("EMO-R3" not in m.aliases for m in found)


@pytest.mark.parametrize(("title", "abstract", "task"), [
    ("XAgent-1.5 Technical Report", "GUI agents have emerged as a powerful paradigm. We present XAgent.", "gui agents"),
    ("Auxiliary Classifiers Help", "Continual learning is crucial for dynamic environments. We add classifiers.",
     "continual learning"),
    ("Guardian: Decoupling Exploration from Safety",
     "Hybrid offline-online reinforcement learning (O2O RL) promises sample efficiency. We fix it.",
     "hybrid offline-online reinforcement learning"),
])
def test_the_last_resort_after_the_title_is_the_subject_the_abstract_opens_with(title: str, abstract: str,
                                                                               task: str) -> None:
    found = tasks(title, abstract)
    assert [m.name for m in found] == [task]
    assert found[0].confidence < 0.6 and found[0].evidence[0].rule == "task_opening_subject"


@pytest.mark.parametrize("abstract", [
    "Large language models (LLMs) are powerful. We probe them.",  # a kind of model
    "Recent advances in robotics have been large. We study them.",  # no bare noun phrase
    "The field of robotics is growing. We study it.",  # a determiner
    "We show that robots are useful.",  # a clause
])
def test_the_opening_subject_is_no_model_kind_clause_or_determined_phrase(abstract: str) -> None:
    assert tasks("Auxiliary Classifiers Help", abstract) == []


def test_a_paper_with_a_task_does_not_take_its_opening_subject() -> None:
    found = names(tasks("Auxiliary Classifiers for Image Segmentation", "Continual learning is crucial. We add heads."))
    assert found == {"image segmentation"}


def test_a_title_head_of_an_object_cut_after_four_words_names_no_task() -> None:
    found = names(tasks("Solvothermal Synthesis of Redox-Active Piperazine-Linked Covalent Organic Frameworks"))
    assert not any("covalent organic synthesis" in n for n in found)
    assert "graphic chart analysis" in names(tasks("Deep Analysis of Graphic Charts with Curves"))
    assert "covalent organic framework synthesis" in names(tasks("Synthesis of Covalent Organic Frameworks for Storage"))


@pytest.mark.parametrize(("abstract", "task"), [
    ("In combinatorial semi-bandits, a learner selects arms. We bound the regret.", "combinatorial semi-bandits"),
    ("Recent significant advances in 3D scene representation have been driven by splatting. We prune it.",
     "3d scene representation"),
])
def test_the_opening_field_is_the_last_resort_too(abstract: str, task: str) -> None:
    assert [m.name for m in tasks("Auxiliary Classifiers Help", abstract)] == [task]


@pytest.mark.parametrize("abstract", ["In this paper, we study robots.", "In recent years, robots spread.",
                                      "In practice, robots fail.", "In many real-world settings, robots fail."])
def test_the_opening_field_is_no_determined_or_single_word(abstract: str) -> None:
    assert tasks("Auxiliary Classifiers Help", abstract) == []


# ----------------------------------------------------------------------------- session 15


@pytest.mark.parametrize(("title", "task"), [
    ("Tabu Search for the Capacitated Facility Location Problem", "capacitated facility location problem"),
    ("A Genetic Algorithm for Multi-Depot Inventory Routing Problem", "multi-depot inventory routing problem"),
])
def test_a_named_problem_after_for_in_the_title_is_the_task(title: str, task: str) -> None:
    found = names(tasks(title))
    assert task in found
    assert "tabu search" not in found  # the means before the purpose


def test_a_class_of_problems_after_for_in_the_title_is_no_task() -> None:
    assert "learning-augmented problems" not in names(tasks("A Robust Framework for Learning-augmented Problems"))


def test_a_plural_title_head_of_an_object_is_inverted() -> None:
    found = names(tasks("A Stable Flux Scheme for Robust Simulations of Supersonic Jets"))
    assert "supersonic jet simulation" in found


def test_a_gerund_in_a_list_of_verbs_after_for_is_no_task() -> None:
    found = names(tasks("A Practical Guide for Building, Testing, and Shipping Multi-Agent Pipelines"))
    assert "building" not in found


def test_a_text_phrase_headed_by_analysis_is_the_study_not_the_task() -> None:
    abstract = ("We detect cracks in bridges. Thermogravimetric analysis and SHAP analysis explain the model. "
                "Thermogravimetric analysis shows stability; SHAP analysis ranks features.")
    found = names(tasks("Crack Detection in Bridges with Drones", abstract))
    assert not any(n.endswith("analysis") for n in found)
    assert "wheat crop analysis" in names(tasks("Advances in Wheat Crop Analysis",
                                                "Wheat crop analysis matters. Wheat crop analysis is hard."))


def test_charge_carrier_processes_are_no_tasks() -> None:
    abstract = ("The additive improves charge extraction and energy level alignment at the interface. "
                "Faster charge extraction and better energy level alignment raise the efficiency. "
                "Hole extraction also improves, and hole extraction losses fall.")
    found = names(tasks("Additive Passivation in Inverted Perovskite Solar Cells", abstract))
    assert not any(n.startswith(("charge", "energy level", "hole")) for n in found)
    assert tasks("Charge Density and Band Gaps of Doped Oxides") == []


def test_a_kind_of_study_modifies_no_task() -> None:
    found = names(tasks("A Theoretical Analysis of Reward Shaping", "A theoretical analysis follows. We give a "
                        "theoretical analysis and experimental screening, then more experimental screening."))
    assert not any(n.startswith(("theoretical", "experimental")) for n in found)


@pytest.mark.parametrize(("title", "task"), [
    ("NavX: Zero-Shot Vision-Language Navigation System with Graph Memory", "zero-shot vision-language navigation"),
    ("A Cardiac Audio Question Answering Model for Clinicians", "cardiac audio question answering"),
])
def test_a_title_method_named_by_its_task_gives_the_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


@pytest.mark.parametrize("title", [
    "Creative Naming via A Novel Multiple Goal Enhancement Framework",  # the means
    "Dialect Bias in YouTube's Spanish Captioning System",  # what is studied
    "Recursive Non-Convergence in Generative Reasoning Systems",
])
def test_a_title_method_in_the_means_or_under_study_gives_no_task(title: str) -> None:
    found = names(tasks(title))
    assert not any(n.endswith(("enhancement", "captioning", "reasoning")) for n in found)


@pytest.mark.parametrize(("title", "task"), [
    ("On the Mechanism of Phase Stabilization in Doped Zirconia", "phase stabilization"),
    ("Room-Temperature Fabrication of Perovskite Films", "room-temperature fabrication"),
    ("Flexible Frameworks for Methane Storage", "methane storage"),
])
def test_materials_process_heads_head_tasks(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_synergistic_modifies_no_task() -> None:
    found = names(tasks("Dual Additives in Perovskite Films", "A synergistic stabilization results. The synergistic "
                        "stabilization lasts."))
    assert not any(n.startswith("synergistic") for n in found)


def test_a_reasoning_style_modifies_no_task() -> None:
    abstract = ("Models need step-by-step reasoning and concise reasoning. Step-by-step reasoning helps; concise "
                "reasoning is cheaper. Chain-of-thought reasoning is common; chain-of-thought reasoning costs.")
    found = names(tasks("Reward Shaping Helps", abstract))
    assert not any(n.startswith(("step-by-step", "concise", "chain-of-thought")) for n in found)


def test_a_title_clause_with_a_negated_verb_is_no_fallback_task() -> None:
    assert not any("attention" in n for n in names(tasks("Don't Pay Attention")))


@pytest.mark.parametrize(("title", "task"), [
    ("Cascade-driven Opinion Dynamics on Social Networks", "opinion dynamics"),
    ("Diffusion-Based Adversarial Purification of Image Classifiers", "adversarial purification"),
])
def test_the_means_before_a_fallback_phrase_is_no_part_of_the_task(title: str, task: str) -> None:
    assert [m.name for m in tasks(title)] == [task]


@pytest.mark.parametrize("abstract, phrase", [
    ("Misinformation adopts humorous tones to evade detection. Such posts use irony to evade detection.",
     "evade detection"),
    ("Depth priors are used to guide monocular depth prediction. The priors serve as anchors to guide monocular "
     "depth prediction.", "guide monocular depth prediction"),
    ("We propose a method to prioritize sensor calibration. The agent learns to prioritize sensor calibration.",
     "prioritize sensor calibration"),
])
def test_a_verb_after_to_opens_no_task_phrase(abstract: str, phrase: str) -> None:
    assert phrase not in names(tasks("A Study of Online Posts", abstract))


def test_a_noun_after_to_still_opens_a_task_phrase() -> None:
    abstract = "We apply the model to image segmentation. Results extend to image segmentation of scans."
    assert "image segmentation" in names(tasks("A Study of Scans", abstract))


@pytest.mark.parametrize("title, task", [
    ("ShopTalk: A Synthetic Dataset for Sales Chatbot Evaluation", "sales chatbot evaluation"),
    ("A Multi-Agent Framework for Alzheimer's Disease Detection", "alzheimer's disease detection"),
    ("convolutional feature upsampling for materials micrograph segmentation", "materials micrograph segmentation"),
])
def test_a_plural_or_possessive_noun_modifies_a_title_purpose(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_a_verb_in_a_title_purpose_still_ends_it() -> None:
    assert "makes detection" not in names(tasks("A Framework for What Makes Detection"))


@pytest.mark.parametrize("abstract, task", [
    ("Centralized coordination helps on parallelizable tasks like financial reasoning. It costs more elsewhere.",
     "financial reasoning"),
    ("The bridge also serves tasks such as unpaired domain translation. It converges fast.",
     "unpaired domain translation"),
    ("It handles downstream tasks (e.g., lesion boundary segmentation) well. It is small.",
     "lesion boundary segmentation"),
])
def test_an_example_of_the_tasks_worked_on_is_a_task(abstract: str, task: str) -> None:
    assert task in names(tasks("Coordination of Many Agents", abstract))


def test_an_example_of_an_application_is_still_named_in_passing() -> None:
    abstract = "Such models matter for applications such as fraud detection. We study their calibration."
    assert "fraud detection" not in names(tasks("Coordination of Many Agents", abstract))


@pytest.mark.parametrize("title, task", [
    ("CodeBench: Code Instruction-Following Evaluation", "code instruction-following evaluation"),
    ("Acoustic evaluation of a neural network dedicated to the detection of bird songs", "acoustic evaluation"),
])
def test_a_title_evaluation_phrase_is_a_task(title: str, task: str) -> None:
    assert task in names(tasks(title))


def test_an_evaluation_phrase_of_the_text_is_no_task() -> None:
    abstract = "A human evaluation confirms the gains. The human evaluation uses five raters."
    assert "human evaluation" not in names(tasks("Sparse Attention for Long Documents", abstract))


def test_an_evaluation_framework_in_a_title_is_no_task() -> None:
    assert not any("evaluation" in n for n in names(tasks("Synthetic Users: an Evaluation Framework for Dialogue")))


# ----------------------------------------------------------------------------- the paper's own method names


def test_the_long_form_of_the_proposed_method_is_no_task() -> None:
    from kg.extract.entities import EntityExtractor

    from .test_entities import make_paper
    paper = make_paper("C3A: Parameter-Efficient Fine-Tuning via Circular Convolution",
                       "Low-rank adaptation is popular for fine-tuning large models. In this paper, we propose Circular "
                       "Convolution Adaptation (C3A), which achieves high-rank adaptation with enhanced performance. "
                       "Circular Convolution Adaptation outperforms LoRA on GLUE.",
                       method="提出循环卷积适配（C3A），以循环卷积实现高秩适配。")
    mentions = EntityExtractor().extract(paper)
    assert any(m.name == "C3A" and m.role == "proposed" for m in mentions)
    assert not any(m.type == "Task" and "convolution" in m.name for m in mentions)


def test_a_title_purpose_named_like_the_proposed_method_stays_a_task() -> None:
    from kg.extract.tasks import without_own_method_names
    from kg.model import Evidence

    own = Mention("EMO-R", "Method", "proposed", ["Emotional Reasoning"], 0.9, [])
    title_task = Mention("emotional reasoning", "Task", None, [], 0.6,
                         [Evidence("2601.00001", "title", "X for Emotional Reasoning", 6, 25, "task_title_for", 0.6)])
    text_task = Mention("emotional reasoning", "Task", None, [], 0.6,
                        [Evidence("2601.00001", "abstract", "We study emotional reasoning.", 9, 28, "task_phrase", 0.6)])
    assert without_own_method_names([title_task], [own]) == [title_task]
    assert without_own_method_names([text_task], [own]) == []


def test_a_quantity_is_no_part_of_a_task() -> None:
    found = names(tasks("Plasmonic Colorimetric Sensing of Nitrite",
                  "The sensor yields a 5,700-fold enhancement and a 3x reduction of the detection limit. The 5,700-fold "
                  "enhancement holds across samples, with a 20% improvement in selectivity."))
    assert found and not [name for name in found if any(ch.isdigit() for ch in name)]


@pytest.mark.parametrize(("title", "task"), [
    ("TD-Flow: Pipeline Parallelism for High-Throughput LLM Inference", "high-throughput llm inference"),
    ("Energy-Aware Scheduling for DNN Inference", "dnn inference"),
])
def test_serving_a_kind_of_model_is_a_title_purpose(title: str, task: str) -> None:
    assert task in names(tasks(title))


@pytest.mark.parametrize("title", ["Sparse Caching for Efficient Inference", "Shared Caching for Replicated 27B Inference"])
def test_bare_inference_is_no_title_purpose(title: str) -> None:
    assert not any("inference" in name for name in names(tasks(title)))


def test_a_phrase_naming_baselines_is_no_task() -> None:
    found = names(tasks("Cutting Through the Noise: Outlier Detection for Robust Training of Interatomic Potentials",
                        "Existing mitigation strategies such as manual filtering or iterative refinement of "
                        "outliers require expert effort. Our scheme matches the performance of iterative refinement "
                        "baselines with less overhead."))
    assert "iterative refinement" not in found
