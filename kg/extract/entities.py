"""Paper-level entities: spaCy candidates from every usable section, typed by lexicons and context cues,
grouped by resolution key, with roles (proposed, introduced, evaluated_on, compared, used) and evidence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import SUMMARY_SECTIONS, Evidence, Mention, Paper, Section
from ..resolve.entities import normalise
from .cues import (
    APPOSITIVE_DATA, BEATEN_BEFORE, BENCH_WORDS, CUES, DATA_WORDS, GAP_OK, LIST_GAP, METRIC_GRANULARITY, METRIC_OBJECT,
    NAMING, OUTPERFORMS_AFTER, SETTING_HEADS, SETTING_MODIFIERS, TITLE_DATA, TITLE_METHOD, TITLE_NAME, ZH_KINDS,
    SectionCues,
    evidence_sentence, propose_spans, propose_spans_lowered, sentence_bounds,
)
from .lexicons import load_lexicons
from .spacy_pipeline import (
    AT_K_MEASURE_WORDS, GREEK_LETTER, STARTERS, abbreviations_in, at_sentence_start, build_nlp, doc_text, is_adjectival, is_chemical_formula,
    is_element_symbol, is_strong_word, names_in_sections, owns_a_name, spelled_before, token_edges,
)
from .tasks import FUNCTION_WORDS, HEADS, extract_tasks, without_own_method_names

ENGLISH_FIRST = ("abstract", "title")
# Between sections tokenised as one text: a whitespace run (see EntityExtractor._docs)
_SECTION_BREAK = "\n\n"
_ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9&.+-]*s?$")
_NAME_SUFFIX_TYPES = (
    (re.compile(r"(?:-|\b|[a-z])Bench(?:mark)?(?:-[\w.]+)?$|Arena$", re.IGNORECASE), "Benchmark", 2.5),
    (re.compile(r"\s(?:Challenge|Competition)$"), "Benchmark", 2.5),  # "CARE Liver 2025 Track 4 Challenge"
    (re.compile(r"-\d+(?:\.\d+)?[kKM]$|\d[kK]$"), "Dataset", 1.5),
    # a survey's data release: "SDSS DR16", "Gaia DR3", "the DESI Early Data Release"
    (re.compile(r"\s(?:DR\d{1,2}|(?:Early\s|Public\s|First\s|Second\s|Third\s)?Data\sRelease(?:\s\d+)?)$"), "Dataset", 2.0),
    # ... and a survey's release or year inside a longer name: "DESI-DR3-BAO", "DR4 CMB", "DES Year-5", "LSST-Y3-SNIa"
    (re.compile(r"^(?!DR\d{1,2}$).*(?:(?:^|[\s-])DR\d{1,2}|[\s-](?:Y|Year-)\d{1,2})(?:[\s-]|$)"), "Dataset", 2.0),
    # "ScienceQA", "DocVQA" are datasets; "BIQA", "NR-IQA" (image quality assessment) are tasks, and so are the
    # acronyms of kinds of question answering alone: "VQA", "KBQA", "ODQA" (open-domain), "MCQA" (multiple-choice)
    (re.compile(r"^(?!(?:V|KG|KB|OD|MC|LF|MH)?QAs?$).*(?<!I)(?:QA|VQA)(?:-[\w.]+)?$"), "Dataset", 1.0),
    # "AudioCaps", "ProteinDB", "SciCorpus", "TraceSet"; "HumanEval", "SWE-Gym" (not "-World": world models)
    (re.compile(r"(?:-|[a-z])(?:Caps|DB|Corpus|Set)(?:-[\w.]+)?$"), "Dataset", 1.0),
    (re.compile(r"(?:-|[a-z])(?:Eval|Gym)(?:-[\w.]+)?$"), "Benchmark", 1.0),
    (re.compile(r"(?:-Net|Net|Former|GPT|LM|BERT)(?:-?v?\d[\w.]*)?$"), "Method", 1.0),
    # "TM-score", "ICE-Score", "F-score": a score named after what it scores
    (re.compile(r"[A-Za-z0-9]-?[Ss]core$"), "Metric", 2.0),
    # "Precision@1", "HR@10", "Acc@0.5": a measure at a cut-off
    (re.compile(r"^[A-Za-z][A-Za-z-]*@(?:\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?|[kK])$"), "Metric", 3.0),
)


@lru_cache(maxsize=1 << 14)
def _name_suffix_votes(name: str) -> tuple[tuple[str, float], ...]:
    """The (type, weight) votes a name's own shape gives ("-Bench", "-Net", "QA"), in table order."""
    return tuple((type_, weight) for pattern, type_, weight in _NAME_SUFFIX_TYPES if pattern.search(name))


# Long forms ending in these are tasks or families, not named methods ("Monocular Depth Estimation (MDE)").
_NOT_METHOD_HEADS = frozenset(h.rstrip("s") for h in HEADS) | {
    "learning", "quantization", "distillation", "compression", "pruning", "augmentation", "tuning", "training",
    "regularization", "normalization", "network", "model", "intelligence", "vision", "processing", "language", "system"}
_NUMBER_NEAR = re.compile(r"\d+(?:\.\d+)?\s*\\?%|\b0?\.\d+\b|\b\d+(?:\.\d+)?\s*(?:ms|s|fps|FPS|mm)\b")
_METRIC_WORDS = re.compile(r"\b(?:metrics?|in terms of|measur\w*|(?:evaluated|assessed) (?:by|using|with)|achiev\w*|"
                           r"reach\w*|attain\w*)\b|指标", re.IGNORECASE)
# "a lower word error rate", "higher extraction accuracy": a claim about the measure
_COMPARATIVE_BEFORE = re.compile(r"\b(?:higher|lower|better|worse|improved|reduced)\s+(?:[a-z-]+\s+)?$")
# A list that ends with its kind: ", recall, F1-score, and AUROC metrics".
_LIST_OF_METRICS = re.compile(r",[^.;:]{0,100}?\b(?:and|or)\s[^.;:,]{1,40}?\s(?:metrics|measures)\b")
# A sentence about other work or the field opens so: "While recent advances in NeRFs achieve impressive accuracy",
# "In recent years, forecasting methods have achieved higher accuracy".
_BACKGROUND_OPENING = re.compile(r"\s*(?:While|Although|Though|Despite|However|In recent years|Recent(?:ly)?|Existing|"
                                 r"Current|Conventional|Traditional|Previous|Prior|Most|Many)\b")
# A claim that the method beats others in a measure: "outperforms the latest baseline in accuracy and reliability".
_IN_MEASURE_BEFORE = re.compile(r"\bin\s+(?:both\s+|terms\s+of\s+)?(?:the\s+)?$")
_BEATS = re.compile(r"\b(?:outperform|surpass|exceed|beat)\w*\b", re.IGNORECASE)
_THE_X_OF = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_NOT_VALUE = re.compile(r"\s+of\s+(?!\$?\d)")
# A granularity modifier makes a distinct metric ("pixel-level AUROC" != "image-level AUROC"): no base alias.
_METRIC_MODIFIER = re.compile(rf"\b((?:{METRIC_GRANULARITY})[ -])$", re.IGNORECASE)
# The kind a model's name may end in: "Qwen2.5-VL", "Qwen2.5-VLM", "DeepSeek-LLM".
_MODEL_KINDS = frozenset({"llm", "vlm", "mllm", "lvlm", "lmm", "vl", "vla"})
_NAMED_METHOD_WORDS = frozenset(e.text.lower() for e in load_lexicons().methods if " " not in e.text)
# Generic families ("CNN", "transformer"); a name made only of these ("CNN-Transformer") is a hybrid, not a named model.
_GENERIC_FAMILY_WORDS = frozenset(e.text.lower() for e in load_lexicons().techniques) | {
    "transformer", "cnn", "rnn", "vit", "mlp"}
_FAMILY_WORDS = _GENERIC_FAMILY_WORDS | _NAMED_METHOD_WORDS
_AFTER_PROPOSED_PHRASE = re.compile(r"^\s*(?:[,:(（，：]|which\b|that\b|to\b|for\b|$)")
# A coined phrase, then what kind of part it is: "we design an Annular-Flow diffusion strategy" (right after "a", "an",
# "novel" or "new": not "we devise an optimistic-gradient Mirror Prox algorithm", a known algorithm's variant).
_COINED_BEFORE = re.compile(r"(?:^|\s)(?:an?|novel|new)\s+$", re.IGNORECASE)
_KIND_AFTER_COINED = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:strategy|module|mechanism|framework|method|model|network|"
                                r"loss|algorithm|architecture|block|scheme|pipeline|paradigm|encoder|decoder)\b")
# (a quoted name may close its quote before or after the comma: 'We introduce "Sculpting," a ...')
_APPOSITIVE_AFTER = re.compile(r"^[\"”']?\s*,[\"”']?\s+(?:an?|the\s+first)\s")
_PARTS_VERB = re.compile(r"\b(?:introduces?|consists?|comprises?|includes?|contributions)\b")
_PARTS_STEMS = ("introduce", "consist", "comprise", "include", "contributions")


def _may_hold_parts_verb(text: str) -> bool:
    """False when ``_PARTS_VERB`` cannot match: none of its verbs' stems is in ``text`` (substring tests are much
    cheaper than the regex scan)."""
    for stem in _PARTS_STEMS:  # a loop: cheaper than any() over a generator
        if stem in text:
            return True
    return False


_LIST_MARKER = re.compile(r"[\(（]\s*(?:\d|i{1,3}|iv|v)\s*[\)）]\s*$|\d\)\s*$")
_AFTER_LIST_ITEM = re.compile(r"^\s*(?:[,:：(（]|which|that)")
# After a numbered item, the initials of a cited author: "(2) O'Leary, W.; Giordano, L.": a reference list, no parts.
_CITED_AUTHOR_AFTER = re.compile(r",\s*(?:[A-Z]\.\s?-?){1,3}[;,]")
# A sentence that lists what was found, not what was built: "Evaluating 9 models reveals: (1) Alignment Illusion: ...".
_FINDINGS_LEAD = re.compile(r"\b(?:reveal(?:s|ed)?|findings?|we (?:find|found|observe|observed)|observations?|"
                            r"insights?|lessons?)\b", re.IGNORECASE)
# Words right before a name that say the paper introduces it: "the proposed X", "a novel X", "two components: X".
_PROPOSED_BEFORE = re.compile(r"(?:\b(?:the|our)\s+(?:newly\s+)?proposed|\b(?:a|an|our)\s+novel|"
                              r"\bour(?:\s+(?:newly|own))?(?:\s+[a-z]+ed)?|"
                              r"\b(?:named|dubbed|termed|denoted|(?<!so-)called)(?:\s+the|\s+as)?|\b(?:components?|modules?)\s*[:：]|"
                              r"\bwe\s+(?:term|call|name|dub)(?:\s+(?:it|this(?:\s+[a-z-]+){0,2}|them|our\s+[a-z]+))?|"  # "a module we term X", "We call this approach X"
                              r"\bour\s+(?:[a-z-]+\s+)?(?:model|framework|method|approach|system|agent|network|pipeline|"
                              r"algorithm|architecture|scheduler|planner|detector|controller|compiler|simulator|"
                              r"toolkit|library|engine|platform|tool)|"  # "our method FoldLite predicts ..."
                              r"\b(?:first|second|third|fourth|final)\s+(?:module|component|stage|block|branch),)\s*$",
                              re.IGNORECASE)
# "our GUI grounding model, X": the paper's own method, named in apposition after its description.
_OUR_NOUN_BEFORE = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,4}?(?:model|framework|method|approach|system|agent|"
                              r"network|pipeline|algorithm|architecture|policy|planner|tool|backbone|detector|"
                              r"encoder|decoder|solver|estimator|codec|variant|tracker|retriever|generator|controller|"
                              r"scheduler|compiler|simulator|library|toolkit|engine|platform|(benchmark|dataset|corpus|"
                              r"suite))\s*,\s*(?:namely\s+)?$")  # (group 1: a data noun, "Our benchmark, CodeArena-X,")
# "a new asymmetric hole-transporting substrate, CPP-2PACz,", "reports a novel COF, X,": whatever its kind, a thing
# called new and then named is the paper's own (no preposition inside: not "a new state of the art on A, B").
_NEW_NOUN_BEFORE = re.compile(r"\b[Aa]n?\s+(?:new|novel)\s+(?:(?!(?:on|in|for|with|of|across|and|or|to|by|from|at|than|"
                              r"over|under|among|between|via|using)\b)[\w-]+\s+){0,5}?"
                              r"(?:(benchmark|dataset|corpus|suite)s?|[\w-]+)\s*,\s*(?:namely\s+)?$")
# What the paper's method yields or results in, named in apposition: "..., yielding a pruned architecture,
# SNN-SqueezeNet-P.", "The resulting system, Faster-GS, provides ...".
_RESULTING_NOUN_BEFORE = re.compile(r"(?:\b(?:yielding|producing|resulting\s+in)\s+an?|\b[Tt]he\s+resulting)\s+"
                                    r"(?:(?!(?:on|in|for|with|of|and|or|to|by|from|than|over)\b)[\w-]+\s+){0,3}?"
                                    r"(?:(benchmark|dataset|corpus|suite)s?|[\w-]+)\s*,\s*$")
# A name the paper gives a task it poses: "CLFEC: A New Task for ...", "XeMap, a task for contextual ...", "CLFEC
# (Chinese ... Correction), a new task for", "提出...联合校正任务CLFEC" (not "X: A New Benchmark Task", not "TAM, a
# Task-Aware Memory Distillation framework").
_NAMED_TASK_AFTER = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*[,:：]\s*(?:a|an)\s+(?:new|novel)?\s*"
                               r"(?:(?!benchmark|dataset|corpus)[\w-]+\s+){0,2}?task\b(?!-)", re.IGNORECASE)
# What one word before a title's colon says when it does not name the paper's method: its genre.
_TITLE_GENRES = frozenset("""position survey review tutorial perspective perspectives commentary editorial overview
correction erratum retraction opinion note letter preprint keynote abstract introduction chapter report vision roadmap
essay primer panel workshop challenge competition proceedings""".split())
# A subtitle that says the paper's genre: "X: A Survey of ...", "X: A Systematic Review".
_GENRE_SUBTITLE = re.compile(r"\s*[:：]\s*(?:an?|the)\s+(?:(?:comprehensive|systematic|brief|critical|short|concise|"
                             r"unified|practical|gentle|structured|scoping|literature)\s+)*(?:survey|review|overview|"
                             r"tutorial|primer|position paper|perspective|roadmap)\b", re.IGNORECASE)
_KIND_OF_DATA_AFTER = re.compile(r"\s+data\b(?!\s*set)")
# Propose verbs that make data.
_DATA_VERB = re.compile(r"curat|collect|annotat|crawl|compil", re.IGNORECASE)
# ... and after it: "X is proposed", "X, is introduced" (a passive sentence about the paper's own).
_PROPOSED_AFTER = re.compile(r"\s*[)）]?\s*,?\s+(?:is|are|was|were)\s+(?:(?:newly\s+|first\s+|hereby\s+|thus\s+)?"
                             r"(?:proposed|introduced|presented|developed|designed|constructed)\b"
                             r"(?!\s+(?:by|in\s+\d|at\s+[A-Z]))|an?\s+(?:novel|new)\b)")
# (not "GraphSAGE was proposed by Hamilton et al."; "RewardShield is a novel framework ...")
# "Avey是一种新的神经架构", "FAIR-RAG是一个新型代理框架", "…（HGX）是一个全新的框架": a Latin name inside Chinese text
# is capitalised as a name, not by its place, so one plain word counts (group 1: what it is, to tell data from a
# method).
_PROPOSED_AFTER_ZH = re.compile(r"\s*[)）]?\s*(?:是|为)(?:一种|一个|一款|一套)(?:新的?|新型|新颖的?|全新的?)([^，。；,;]{0,16})")
# "Here we describe X, a tool ...", "We implemented X, an open-source package": a verb that brings in the paper's own
# thing only when the name follows it at once and is described.
_DESCRIBE_VERB_BEFORE = re.compile(r"\b(?:[Ww]e|[Aa]uthors)\s+(?:\w+\s+)?(?:describe|report|implement|release)(?:s|d|ed)?\s+$")
# A word that names what follows it: "a lightweight network called Pylox", "an algorithm, named Quorvix,", "our
# architecture, Magnetrix,": one capitalised word there is a name.
_NAMED_WORD_BEFORE = re.compile(r"(?:(?<!so-)\bcalled|\bnamed|\bdubbed|\btermed|\bdenoted|\b[Oo]ur\s+[a-z-]+,|\bnamely)\s+$")
_MODIFIER_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\))?-(?:like|based|style|inspired|guided|driven)\b")
_NEW_KIND_OF_DATA = re.compile(r"\s+(?:is|are)\s+an?\s+(?:novel|new)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|corpus|suite)s?\b",
                               re.IGNORECASE)
# A sentence that opens with a name and says what kind of data it is: "RADAR is a benchmark for ...", "X是一个用于评估
# 语言模型的基准" (a known dataset described so comes from a lexicon and is skipped before this test).
_IS_A_KIND_OF_DATA = re.compile(
    r"\s*[)）]?\s*(?:(?:is|are)\s+(?:an?|the\s+first)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|corpus|suite)s?\b|"
    r"(?:是|为)\s*(?:一个|一套|一种|首个|第一个)[^，。；,;：:\n]{0,20}?(?:基准|数据集|评测集|语料库))", re.IGNORECASE)
_NAMED_WORD_ENDS = ("called ", "named ", "dubbed ", "termed ", "denoted ", ", ", "namely ")
_VARIANT_OF = re.compile(r"\b(?:variants?|versions?|extensions?|modifications?|generali[sz]ations?|adaptations?)"
                         r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PROPOSED_BEFORE_WORDS = ("proposed", "novel", "our", "Our", "named", "dubbed", "termed", "denoted", "called", ":", "：",
                          "we ", "We ", "module,", "component,", "stage,", "block,", "branch,", "Module,", "Component,",
                          "Stage,", "Block,", "Branch,")
# Whether any of those words is in a text, in one scan (cheaper than one substring test per word).
_PROPOSED_BEFORE_HINT = re.compile("|".join(map(re.escape, _PROPOSED_BEFORE_WORDS)))
# A name continued by a lower-case word is only a modifier: "a novel KL divergence-based loss".
_CONTINUED = re.compile(r"\s+[a-z][\w-]*-based\b|\s+(?!for\b|to\b|that\b|which\b|with\b|through\b|by\b|in\b|on\b|and\b|"
                        r"is\b|are\b|was\b|enables?\b|of\b|as\b)[a-z]+\s+(?:framework|module|method|model|network)\b")
# A numbered item glossed in Chinese with its English name in brackets: "1) 差异金字塔块（Difference Pyramid Block）".
# (not an item that uses what it glosses: "2) 组级使用条件风险价值（CVaR）聚合")
_LIST_GLOSS = re.compile(r"(?:[\(（]\s*(?:\d|i{1,3}|iv|v)\s*[\)）]|(?:^|(?<=[\s:：;；,，。]))\d(?:[\)）、]|\.(?=\s)))\s*"
                         r"(?:(?!使用|采用|利用|引入|基于|结合|借助|通过|构造|应用|调用)[\u4e00-\u9fff\w“”\"-]){1,20}?\s*[\(（]\s*$")
_TASK_HEADS = frozenset(h.rstrip("s") for h in HEADS)
# What a name written only before one of these heads names is a mathematical object or result, not a method nor data:
# "Gromov-Wasserstein distance", "CP分解" (decomposition), "KL散度" (divergence), "KL项" (term), "Lipschitz常数";
# even in the sentence that proposes the method whose loss they are part of.
_MATH_CONCEPT_AFTER = re.compile(r"[)）]?\s*(?:(?i:distance|divergence|decomposition|factori[sz]ation|norm|theorem|"
                                 r"inequality|equation|constant|term)s?\b|距离|散度|分解|范数|定理|不等式|方程|常数|项(?!目))")
_METRIC_HEAD = re.compile(r"(?:precision|recall|accuracy|error|rate|score|ratio|index|distance|similarity|coefficient|"
                          r"curve|measure|correlation|loss|likelihood|gain|rank|divergence|overlap|union|quality|"
                          r"length|time|second|displacement|perplexity|kappa|deviation|value|metric|scale|AUC|IoU|F1)s?\b",
                          re.IGNORECASE)
# Long forms ending in these name a technique ("knowledge distillation (KD)"), never a named method.
_TECHNIQUE_HEADS = frozenset("""learning quantization distillation compression pruning augmentation tuning training
regularization normalization""".split())
_DATA_KIND_HEADS = frozenset("""image video data signal scan slide imagery range text audio cloud record note
sequence""".split())
# Long forms that name a dataset or a benchmark: "Snow Radar Echogram Dataset (SRED)".
_DATA_NAME_HEADS = {"dataset": "Dataset", "corpus": "Dataset", "benchmark": "Benchmark", "suite": "Benchmark"}
_NOT_NAMES = frozenset(e.text.lower() for e in load_lexicons().not_names)
# Metrics the lexicon writes as plain lower-case words (accuracy, recall, perplexity): capitalised, they open a sentence
# or a title ("Recall failures under high load ...", "... Assessment of Grammatical Accuracy"), or name something else
# ("Perplexity", the company); like the lower-case word they name a metric only with a value or a metric cue.
_PLAIN_METRIC_WORDS = frozenset(e.text for e in load_lexicons().metrics if e.text.islower())
# Figures of merit of devices and materials ("ionic conductivity", "fill factor"): metrics wherever they are written.
_NAMED_MEASURES = frozenset(e.text.lower() for e in load_lexicons().measures)
# (also a network card or a memory, "the RDMA NIC", "HBM"; "a GPU's"; data-centre GPUs by their codes, "A100/B200")
_HARDWARE_HEAD = re.compile(r"\b(?:Accelerators?|GPUs?|CPUs?|TPUs?|NPUs?|FPGAs?|NICs?|SoC|Board|Chip|HBM\d?e?|[DS]RAM)"
                            r"(?:['’]s)?$|^[ABHPV][1-9]00(?:/[ABHPV][1-9]00)*$")
# "AU-quality", "RGB-only": an acronym hyphenated to an ordinary lower-case word is a compound modifier.
# ... and one hyphenated to an adjective describes data, never names it: "an ISTQB-aligned dataset".
# (also after more capitalised or numbered parts: "Responsible-AI-aligned design", "GPT-4-generated captions";
# not "SWE-bench-verified")
_MODIFIER_COMPOUND = re.compile(r"^[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9.]*)*?-(?:[a-z]+(?:ed|ing)|like|only|free|"
                                r"less|specific|level|style|aware|wise|centric|oriented|related)(?: |$)")
_ACRONYM_COMPOUND = re.compile(r"^[A-Z][A-Z0-9]*-(?!(?:nano|micro|mini|tiny|small|base|medium|large|huge|giant|lite)$)"
                               r"[a-z]{3,}$")  # (a size makes a model's name: "T5-large", "BERT-base")
# "Multi-UAV", "Non-IID", "In-IDE": a prefix on an acronym makes a modifier ("Multi-UAV tracking"), not a name.
_PREFIXED_ACRONYM = re.compile(r"^(?:Multi|Non|Inter|Intra|Anti|Sub|In|Cross|Semi)-[A-Z][A-Z0-9]+s?$")
_GENERIC_NOUN_AFTER = re.compile(r"^\s+(?:[a-z][\w-]*\s+)?(?:approach|method|framework|model|algorithm|scheme|technique|"
                                 r"paradigm|solution)s?\b")
# "we introduce Qwen2.5 as the backbone": the verb brings in a part the paper uses, not one it proposes.
_AS_A_ROLE = re.compile(r"^\s+as\s+(?:the|a|an|our)\s+(?:[\w-]+\s+)?(?:backbone|baseline|base model|encoder|decoder|"
                        r"teacher|student|judge|evaluator|tokenizer|reference|initiali[sz]ation)s?\b")
_GENERIC_SINGLE = frozenset("""model models framework method methods network networks approach system module benchmark dataset
agent agents pipeline baseline baselines""".split())


_DATA_NOUN_CUES = frozenset({"right_dataset", "right_benchmark", "right_eval_zh"})
_PHRASE_SOURCES = frozenset({"name:WEAK", "name:STRONG", "name:PART", "title_prefix"})
_PROBLEM_HEADS = frozenset({"Problem", "Problems", "problem", "problems"})
# An acronym followed by the word problem names the problem posed: "the Minimum Dominating Set (MDS) problem",
# "the LQR problem", "求解MDS问题".
_PROBLEM_AFTER = re.compile(r"\)?\s*(?:(?<=\s)problems?\b|问题)", re.IGNORECASE)
# Heads of a role one agent of a system plays ("a Meal Planner Agent", "the Cognitive Evaluator"): in Title Case, in a
# paper that proposes a method, the name of one of its own parts.
_ROLE_HEADS = frozenset({"Agent", "Planner", "Solver", "Evaluator", "Reasoner", "Executor", "Retriever", "Critic",
                         "Verifier", "Coordinator", "Orchestrator", "Reviewer", "Adapter", "Estimator", "Defender"})
_BRACKET_ONLY = re.compile(r"\s*[(（]\s*")
# The capitalised words a long form opens with, before its family word ("Compact Recurrent " of "... Transformer").
_TITLE_CASE_TAIL = re.compile(r"(?:[A-Z][\w-]*\s+)*$")
_LOWER_INITIAL_NAME = re.compile(r"[a-z]{1,6}-?[A-Z]")  # "mBERT", "nnU-Net", "eXplainable", "miniF2F", "ss-Mamba"
# Heads of long forms that name a method ("Graph Attention Network (GAT)"); kg.extract.entities needs one of them
# to type an acronym as a method when no cue says what it is.
_METHOD_HEADS = frozenset("""network net model transformer former algorithm optimization optimizer search attention
encoder decoder autoencoder framework method architecture machine regression forest tree filter policy agent
estimator solver sampler planner controller classifier detector generator discriminator embedding embeddings
mechanism module block layer unit operator kernel pipeline approach system engine tool toolkit library
descent gradient protocol embedder blender mixer router adapter refiner reasoner retriever ranker reranker
scheduler parser fuser aligner tracker tokenizer tokeniser predictor translator activator aggregator selector
extractor projector injector allocator simulator evaluator interpolator calibrator propagator modulator descriptor
compressor perceptor verifier critic scorer""".split())
_NAME_CONTINUES = re.compile(r"[)）]?\s[A-Z][a-z]")
# One modality mapped to another: "T2I", "I2V", "TTS"-like short forms and "Text-to-Image" long forms.
_MODALITY_PAIR = re.compile(r"^[TIVAS3]2[TIVAS3D]$")
_MODALITY_PAIR_LONG = re.compile(r"^[A-Za-z]+(?:[- ][A-Za-z]+)?-to-[A-Za-z]+(?:[- ][A-Za-z]+)?$")
# Plain capitalised words before a known family of several words: "Evidential Neural Radiance Fields" names a
# member of the family (unlike "COP MAE", a quantity and a metric, or "Qwen2.5 LLM", a name and its family word).
# A verb before a capitalised phrase that makes it the paper's own: "we develop a X", "we propose a novel X".
_OWN_PHRASE_BEFORE = re.compile(r"\b(?:propos|introduc|develop|design|present)\w*\s+(?:(?:an?|the|our)\s+)?"
                                r"(?:(?:novel|new)\s+)?$", re.IGNORECASE)
_NAMED_FAMILY = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)* )+[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+$")
# A title whose subtitle opens by evaluating ("MemEmo: Evaluating Emotion in Memory Systems of Agents") names a
# benchmark.
# "RADAR: Benchmarking Language Models on ...": a benchmark (not "X: Benchmarking and Empowering ...": a method too)
_TITLE_EVALUATES = re.compile(r"[\s:：]*(?:Evaluating|Benchmarking)\b(?!\s+and\b)")
_NOVEL = re.compile(r"\b(?:novel|new)\b", re.IGNORECASE)
# Capitalised parts joined by hyphens ("Super-Mimic"): a coined name, unlike one plain capitalised word.
_HYPHENATED_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")
# Genes, proteins, mutations and cell lines are named like models ("BRCA1", "ACE2", "N501Y", "HEK293T"); the words
# around them say what they are ("the ESM-2 protein language model" is a model).
_BIOLOGY_NOUN_AFTER = re.compile(r"-(?:positive|negative|mutant|mutated|deficient|knockout|null|expressing)\b|"
                                 r"\s+(?:mutations?|mutants?|genes?|expression|receptors?|inhibitors?|"
                                 r"proteins?(?!\s+(?:language\s+|foundation\s+|structure\s+)?models?\b)|"
                                 r"inhibition|pathways?|signal(?:l)?ing|knockout|knockdown|deletions?|amplification|"
                                 r"locus|loci|isoforms?|alleles?|mRNAs?|transcripts?|antibod(?:y|ies)|cells|cell lines?|"
                                 r"kinases?|ligands?|polymorphisms?|haplotypes?|carriers|binding)\b")
_BIOLOGY_BEFORE = re.compile(r"(?:\b(?:mutations?|expression|knockout|knockdown|deletions?|"
                             r"polymorphisms?)\s+(?:in|of)(?:\s+[\w-]+,)*(?:\s+[\w-]+,?\s+(?:and|or))?|"
                             r"\banti-|\bthe\s+gene)\s*$", re.IGNORECASE)
_BIOLOGY_BEFORE_WORDS = ("mutation", "expression", "knock", "deletion", "polymorphism", "anti-", "gene")


def _named_as_biology(occ: "Occurrence") -> bool:
    """Whether the words around ``occ`` say it names a gene, protein or cell line (:data:`_BIOLOGY_NOUN_AFTER`,
    :data:`_BIOLOGY_BEFORE`); lexicon names are what their lexicon says."""
    if occ.source.startswith("lexicon:"):
        return False
    text = occ.section.text
    if _BIOLOGY_NOUN_AFTER.match(text, occ.end):
        return True
    window = text[max(0, occ.start - 60):occ.start].lower()
    for word in _BIOLOGY_BEFORE_WORDS:  # a substring test first: the pattern searches the whole window
        if word in window:
            return _BIOLOGY_BEFORE.search(window) is not None
    return False


_MUTATION = re.compile(r"[ACDEFGHIKLMNPQRSTVWY][1-9]\d{1,3}[ACDEFGHIKLMNPQRSTVWY]")  # amino-acid substitutions: V600E, N501Y
# The paper's own numbered parts: "Algorithm 1", "Theorem 2", "Stage 3".
_NUMBERED_PART = re.compile(r"(?:Algorithm|Theorem|Lemma|Proposition|Corollary|Definition|Assumption|Remark|Equation|"
                            r"Eq\.?|Figure|Fig\.?|Table|Section|Appendix|Step|Stage|Phase|Case|Example|Problem|Task|"
                            r"Experiment|Setting|Scenario|Level|Part|Chapter|Severity|Grade|Tier|Round|Trial|Condition|"
                            r"Question|Group|Session|Study|Iteration|Pillar|Module|Component|Layer|Block|Track) "
                            r"(?:\d+|[IVX]+)|RQ ?\d{1,2}")
# What a metric's name goes on with: "Spearman correlation coefficient", "precision at rank 1", "recall at top-5".
_COEFFICIENT_AFTER = re.compile(r" coefficients?\b| at (?:rank |top-?)\d+\b(?![.,]\d|\s*%)")
_FALLBACK_CONFIDENCE = 0.45  # a name-shaped word typed a method for want of any cue
_NUMBER_BEFORE = re.compile(r"\d\s?$")
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")  # a capitalised word right before: a longer Title Case phrase
_NAME_NOUN_AFTER = re.compile(r" (?:Dataset|Benchmark|Corpus|Data Set)\b")
# "Qwen2.5-3B-Instruct", "Orca4-8B", "Llama-3-70B-Chat": a model's release, named by a version, then its size in
# billions of parameters, or by its tuning. A size with no version before it ("LAION-5B", "SA-1B") names a corpus.
_MODEL_RELEASE = re.compile(r"\d[\w.]*-(?:[\w.]+-)*\d+(?:\.\d+)?B(?:-A\d+B)?(?![\w.])|-(?:Instruct|Chat)$")
# A name and a size in billions ("Mistral-7B", "LLaMA-1.3B"): a model where only an evaluation cue says data ("by 97.4%
# on LLaMA-1.3B"); a corpus of that size where the text says data ("sampled from LAION-5B").
_MODEL_SIZE = re.compile(r"^[A-Za-z][\w.]*-\d+(?:\.\d+)?B(?:-[\w.]+)*$")
_EVALUATION_CUES = frozenset({"left_eval_on", "left_value_on", "left_eval_opening", "left_eval_zh", "right_eval_zh"})
# Cues that vote for no data type: a candidate whose only data cue is "X上"/"X中" keeps these.
_NON_DATA_CUES = frozenset(cue.name for cue in CUES if cue.type not in ("Dataset", "Benchmark"))
_COUNTED_BEFORE = re.compile(r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|various|\d+)"
                             r"\s+(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}|(?:两|二|三|四|五|六|七|八|九|十|多|几)个[^，。；,;]{0,10})$", re.IGNORECASE)
# What may follow a one-word name: punctuation, a list word or a preposition ("than Mythril and Slither."), not a
# lower-case noun it modifies ("better than Human experts").
# (or its own value in brackets: "outperforming Agentless (50.8%) and SWE-agent (33.6%)")
_NAME_PHRASE_ENDS = re.compile(r"\s*(?:[,;.:)），、]|(?:and|or|on|in|by|with|across|at|under|while|which)\b|$|"
                               r"[(（]\s*[~≈]?\s*[-+−]?\d[^()（）]{0,24}[)）])")
# An observing instrument, or what it records, written after its name: "the ESO HARPS spectrograph", "Keck/HIRES and
# ESO/HARPS spectrographs", "the SARAO MeerKAT telescope", "JWST NIRSpec PRISM spectra", "Gemini/GMOS long-slit
# spectroscopy", "NIRSpec（近红外光谱仪）", "GMOS长缝光谱仪"; and a Chinese instrument glossed by the name after it,
# "凯克望远镜高分辨率光谱仪(Keck/HIRES)": an instrument a paper observes with, not a method.
_INSTRUMENT_AFTER = re.compile(
    r"(?:/[\w.+-]+)*(?:\s*(?:,|and|or)\s+[\w/.+-]+){0,2}\s+(?:[a-z][\w-]*\s+)?(?:telescopes?|spectrographs?|"
    r"spectrometers?|photometers?|interferometers?|observator(?:y|ies)|photometry|spectroscopy|spectra|sensors?)\b|"
    r"(?:\s*(?:[、,，]|和|与|及)\s*[\w/.+-]+){0,3}"
    r"\s*(?:[（(][^（）()]{0,20}|[\u4e00-\u9fff]{0,4})(?:望远镜|光谱仪|摄谱仪|分光仪|干涉仪|天文台|测光|光谱|传感器)", re.IGNORECASE)
# A long form that names a piece of hardware: "Inertial Measurement Unit (IMU)", "Neural Processing Unit (NPU)".
_HARDWARE_LONG_FORM = re.compile(r"\b(?:Measurement|Processing)\s+Units?$", re.IGNORECASE)
# (the name may stand in a bracketed list after the instrument noun: "空间引力波探测器（LISA、Taiji、TianQin）")
_INSTRUMENT_BEFORE_ZH = re.compile(r"(?:望远镜|光谱仪|摄谱仪|分光仪|干涉仪|天文台|探测器)[^，。；、,;（(]{0,12}?[（(]"
                                   r"(?:\s*[\w/.+-]+\s*(?:[、,，]|和|与))*\s*$")
_INSTRUMENT_HEADS = frozenset({"telescope", "spectrograph", "spectrometer", "photometer", "interferometer",
                               "observatory", "instrument", "satellite", "array", "pathfinder"})
# A material written after its name, alone or closing a list ("MOF@MOF composites", "the CoFeNi-C@NF electrocatalyst",
# "Pt/C and RuO2 catalysts", "DRX cathodes", "CsPbBr3 films", "钙钛矿薄膜"): what a materials paper makes or compares
# with, not a method (a layer or a framework may be a model's too, so neither counts here; nor "composite" alone,
# an adjective as often: "the C2A Score, a composite measure").
_MATERIAL_AFTER = re.compile(
    r"(?:\s*(?:,|and|or)\s+(?=[\w/.@+-]*[A-Z0-9])[\w/.@+-]+(?:\s\d+)?){0,2}\s+(?:(?![a-z]+(?:ed|ing)\s)[a-z][\w-]*\s+)?"
    r"(?:(?:electro|photo)?catalysts?|electrodes?|"
    r"cathodes?|anodes?|electrolytes?|films?|thin films?|crystals?|nanocrystals?|nanoparticles?|nanosheets?|nanowires?|"
    r"nanotubes?|nanorods?|nanoarchitectures?|nanostructures?|composites|heterostructures?|alloys?|oxides?|"
    r"perovskites?|ceramics?|powders?|membranes?|coatings?|sorbents?|absorbers?|ligands?|monomers?|polymers?|"
    r"molecules?|precursors?|dopants?)\b|"
    r"\s*(?:薄膜|电?催化剂|电极|正极材料|负极材料|电解质|纳米颗粒|纳米片|复合材料|涂层|前驱体)")
# An adjective made from a person's name ("Bayesian", "Gaussian", "Euclidean", "Riemannian"): it qualifies a family of
# methods ("a Bayesian approach", "Gaussian process regression"), it names none.
_NAMED_AFTER_SOMEONE = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean)")
_DEVICE_AFTER = re.compile(r"\s+(?:(?:robot(?:ic)?|mobile|edge)\s+)?(?:arms?|robots?|grippers?|humanoids?|quadrupeds?|"
                           r"drones?|cameras?|GPUs?|boards?|chips?|headsets?|smartphones?)\b|\s*(?:机械臂|机器人|相机|显卡)")
# Words before a data set's name that say the authors made it: "our self-collected X dataset", "a newly built X
# benchmark", "the in-house X dataset", "自建的X数据集" (not "private": someone else's data may be private too).
_OWN_DATA_BEFORE = re.compile(r"(?:\b(?:newly|self)[\s-](?:collected|constructed|curated|built|created|annotated|"
                              r"assembled|gathered|compiled|recorded|acquired)|\bin-house|自建|自行构建|自行采集|自采|"
                              r"自主构建)的?\s*$", re.IGNORECASE)
_OWN_DATA_NOUN_AFTER = re.compile(r"\s*(?:datasets?\b|benchmarks?\b|corpus\b|data\s+set\b|数据集|基准)")
_DATA_NOUN_AFTER = re.compile(r"\s+(?:datasets?|benchmarks?|corpus|data\s+set|environments?|suite)\b")
_TOOL_NOUN_AFTER = re.compile(r"\s+(?:optimi[sz]er|algorithm|solver)\b")
_PART_NOUN_AFTER = re.compile(r"\s+(?:encoder|decoder|backbone|tokenizer)\b")  # "the Zipformer encoder"
# A size or variant written after a known model's name: part of the name of the model used.
_MODEL_SIZE_AFTER = re.compile(r"(?:[ -](?:(?:\d+x)?\d+(?:\.\d+)?[BMK]|mini|nano|turbo|flash|lite|pro|max|plus|instruct|chat)"
                               r"(?![A-Za-z0-9_@+]|[.-][A-Za-z0-9_]))+")  # (a Chinese character may follow)
def with_model_size(text: str, end: int, label: str, canonical: str | None) -> tuple[int, str | None]:
    """The end (and canonical form) of a lexicon match ending at ``end``, a known model's size or variant written
    after it included ("Mistral 7B", "GPT-4o mini": the model as released, no longer the lexicon's form)."""
    if label == "Method" and text[end:end + 1] in " -" and (size := _MODEL_SIZE_AFTER.match(text, end)):
        return size.end(), None
    if label in ("Dataset", "Benchmark") and text[end:end + 1] == " " and (version := _DATA_VERSION_AFTER.match(text, end)):
        return version.end(), None  # "Common Voice 17.0", "Open Images V7", "ScanNet v2": the release used
    return end, canonical


# A data set's release after its name: "v2", "V7", "17.0", a year, or a small number that ends the name.
_DATA_VERSION_AFTER = re.compile(r" (?:[vV]\d+(?:\.\d+)*|\d{1,2}\.\d{1,2}|(?:19|20)\d\d|\d{1,2}(?=[,;:)]|\.(?:\s|$)|\s+(?:and|or|"
                                 r"dataset|benchmark|corpus|split|test|val|validation)\b))(?![A-Za-z0-9_.%-])")
_SIZE_WORDS = frozenset("nano micro mini tiny small base medium large huge giant super ultra pro max plus lite".split())
_DATA_LIST_CUES = frozenset({"left_bench_list", "left_data_list"})
# A data noun and a comma right before a name: the name opens a list only if the list goes on after it.
_DATA_NOUN_COMMA = re.compile(r"\b(?:benchmarks?|datasets?|corpora)\s*,\s*$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*(?:[,;、，；&(（和与及]|and\b|or\b)")
_BRACKET_LIST_CUES = frozenset({"left_method_bracket_zh", "left_data_bracket_zh", "left_bench_bracket_zh",
                                "left_method_bracket_list", "left_bench_bracket_list"})
_INTO_ZH = frozenset("到入进至")
# Heads of lower-case long forms that name a measure ("overall accuracy (OA)", "mean absolute error (MAE)").
_MEASURE_HEADS = frozenset({"accuracy", "precision", "recall", "error", "score", "rate", "ratio", "distance",
                            "coefficient", "correlation"})
def _long_form_words(long_form: str) -> set[str]:
    """The lower-case words of a long form."""
    return set(long_form.lower().split())


_SHORT_FORM_AFTER = re.compile(r"\s*[(（]\s*([^()（）\s]{1,12})\s*[)）]")
# A list closed by "and"/"or" and its last item, then a comma: what follows is no longer listed.
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:(?:also|further|consistently|significantly|still)\s+)?"
                                 r"(?:is|are|was|were|can|could|has|have|achieves?|reaches|reached|attains?|obtains?|"
                                 r"outperforms?|surpasses|improves?|shows?|yields?|delivers?|sets?|scores?)\b")
_CLOSED_LIST_BEFORE = re.compile(r"\s(?:and|or)\s+[^,;]+,\s*$")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|、|和|与)\s*$")
_PLURAL_KIND_AFTER = re.compile(r"\s*(?:-based\s+)?(?:methods|approaches|algorithms|techniques|frameworks)\b|\s*方法",
                                re.IGNORECASE)
_USE_CUES = frozenset({"left_uses", "left_uses_zh"})  # "using X", "采用X": the weakest cues of a method
_MIXED_ACRONYM = re.compile(r"^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$")  # BaB, PnP, GeM: a short form written in mixed case
_NETWORKS_AFTER = re.compile(r"\s*networks\b", re.IGNORECASE)
_LISTED_DATA_CUES = frozenset({"left_data_list", "left_eval_on"})  # a plain word listed with names there is data
_BENCH_LIST_CUES = frozenset({"left_bench_list", "left_bench_bracket_list"})
_PLURAL_DATA_AFTER = re.compile(r"\s*(?:benchmarks|datasets|data sets)\b|\s*(?:基准|数据集)", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"^(.*?[A-Za-z-])(\d+(?:\.\d+)?)([A-Za-z]{0,2})$")  # ("Pythia-1B", "LLaVA-1.5")
# A number completing the previous name of a slashed list: digits, the previous number's unit ("7B/13B",
# "1K/22K") or a variant suffix the whole list shares ("CIFAR-10/100-C": CIFAR-10-C and CIFAR-100-C).
_COMPLETING_NUMBER = re.compile(r"(\d+(?:\.\d+)?)([A-Za-z]{0,2})([-_][A-Z]{1,3})?")  # ("2.8B" of "Pythia-1B/2.8B")
_SLASH_PART_GENERIC = frozenset({"bench", "benchmark", "dataset", "data", "set", "model", "net"})


# A known model's release after its name: a version, a size or a tier ("-2.5-pro", " Sonnet 4", "-Mini-4K").
_RELEASE_TAIL = re.compile(r"(?:[ -](?:v?\d+(?:\.\d+)*[a-z]?|\d+[kKmM]|mini|nano|pro|flash|lite|turbo|max|plus|ultra|"
                           r"instruct|chat|base|large|small|medium|sonnet|opus|haiku|exp|preview))+", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def _release_of_known_model(surface: str) -> bool:
    """A lexicon model's name followed by its release: "Gemini-2.5-pro", "Claude Sonnet 4", "Phi-3-Mini-4K"."""
    for separator in re.finditer(r"[ -]", surface):
        known = _lexicon_types().get(surface[:separator.start()])
        if known is not None and known[0] == "Method" and _RELEASE_TAIL.fullmatch(surface, separator.start()):
            return True
    return False


@lru_cache(maxsize=1)
def _lexicon_types() -> dict[str, tuple[str, str]]:
    """Lexicon surface form -> (entity type, canonical form), to type the parts of a split slashed name."""
    lex = load_lexicons()
    out: dict[str, tuple[str, str]] = {}
    for type_, entries in (("Metric", lex.metrics), ("Technique", lex.techniques), ("Method", lex.methods),
                           ("Benchmark", lex.benchmarks), ("Dataset", lex.datasets)):
        for entry in entries:
            out.setdefault(entry.text, (type_, entry.canonical))
    return out


def _known_metric_long_form(long_form: str) -> bool:
    """A long form the metric lexicons list, so that its short form names that metric: "outage probability (OP)",
    "limit of detection (LOD)"."""
    known = _lexicon_types()
    if any(known.get(form, ("",))[0] == "Metric" for form in (long_form, long_form.lower())):
        return True
    # "Mean Top-5 Recall (MT5R)", "Macro-averaged F1": an aggregate of a metric word
    return _AGGREGATE_BEFORE.match(long_form) is not None and _METRIC_HEAD.fullmatch(long_form.rsplit(" ", 1)[-1]) is not None


_AGGREGATE_BEFORE = re.compile(r"^(?:[Mm]ean|[Aa]verage|[Mm]acro|[Mm]icro|[Ww]eighted|[Oo]verall)[- ]")


def _split_slashed(occ: Occurrence) -> list[Occurrence]:
    """"ShuffleNet/SqueezeNet/MnasNet" is three names and "CIFAR-10/100" is CIFAR-10 and CIFAR-100 (never one).

    A list is split only when every part is a name or a number completing the previous name's own number
    ("EndoVis2017/2018"); "ViT-B/16" and "SnO2/perovskite" stay whole.
    """
    raw = occ.raw
    if "/" not in raw or not occ.source.startswith("name:") or raw.startswith("/") or raw.endswith("/"):
        return [occ]
    parts = raw.split("/")
    if all(len(part) <= 2 and part.isalpha() and part.isupper() and part not in _lexicon_types() for part in parts):
        return []  # "CI/CD pipelines", "I/O", "UI/UX": a compound of initials, no name
    out: list[Occurrence] = []
    at = occ.start
    previous = ""
    numbered_from = 0  # where the run of names differing only in their number starts in ``out``
    for part in parts:
        start, end = at, at + len(part)
        at = end + 1
        if part[:1].isdigit():
            number = _TRAILING_NUMBER.match(previous)
            completing = _COMPLETING_NUMBER.fullmatch(part)
            if not number or not completing or completing.group(2) != number.group(3):
                return [occ]  # "CL20/4-bromo", "ResNet-50/101M": not a list of one name's numbers
            written = number.group(1) + part
            out.append(_completed(occ, written))
            if completing.group(3):  # the suffix is the whole run's: "CIFAR-10/100-C" holds CIFAR-10-C
                out[numbered_from:-1] = [_completed(occ, o.text + completing.group(3)) for o in out[numbered_from:-1]]
            previous = number.group(1) + completing.group(1) + completing.group(2)
            continue
        numbered_from = len(out)
        letters = sum(ch.isalpha() for ch in part)
        lexicon = _lexicon_types().get(part)
        if lexicon is None and (letters < 2 or part.lower() in _SLASH_PART_GENERIC or not (
                part[0].isupper() or is_strong_word(part))):
            return [occ]  # (a known name whatever its shape: the "F1" of "EM/F1")
        out.append(Occurrence(occ.section, start, end, f"lexicon:{lexicon[0]}" if lexicon else occ.source,
                              lexicon[1] if lexicon else None))
        previous = part
    return out


# "CIFAR-10(0)-LT": a digit in brackets written once for two names, CIFAR-10-LT and CIFAR-100-LT.
_OPTIONAL_DIGIT = re.compile(r"(?<![\w-])([A-Z][\w.-]*?\d)\((\d{1,2})\)((?:-[A-Za-z]\w*)*)(?![\w(-])")
_OPTIONAL_DIGIT_HINT = re.compile(r"\d\(\d{1,2}\)")


def _may_hold_optional_digit(text: str) -> bool:
    """Whether ``_OPTIONAL_DIGIT_HINT.search(text)`` finds a digit in brackets after a digit ("10(0)"), looked up from
    each "(" (``str.find``) instead of trying the pattern at every digit (``\\d`` is ``str.isdecimal`` of one character)."""
    at = text.find("(", 1)
    while at > 0:
        if text[at - 1].isdecimal() and text[at + 1:at + 2].isdecimal() and (
                text[at + 2:at + 3] == ")" or text[at + 2:at + 3].isdecimal() and text[at + 3:at + 4] == ")"):
            return True
        at = text.find("(", at + 1)
    return False


def _optional_digit_names(section: Section) -> list[Occurrence]:
    """The two names a bracketed optional digit writes ("CIFAR-10(0)-LT"), each quoting the whole span."""
    out: list[Occurrence] = []
    if not _may_hold_optional_digit(section.text):
        return out
    for match in _OPTIONAL_DIGIT.finditer(section.text):
        occ = Occurrence(section, match.start(), match.end(), "name:STRONG")
        stem, digit, suffix = match.groups()
        out += [_completed(occ, stem + suffix), _completed(occ, stem + digit + suffix)]
    return out


def _completed(occ: Occurrence, written: str) -> Occurrence:
    """A name completed from the slashed list ``occ``, typed by the lexicon when it knows the name."""
    lexicon = _lexicon_types().get(written)
    return Occurrence(occ.section, occ.start, occ.end, f"lexicon:{lexicon[0]}" if lexicon else occ.source,
                      lexicon[1] if lexicon else None, written=written)


def _introduced_measures(mentions: list[Mention]) -> list[Mention]:
    """A measure the paper introduces ("introduces a Facet-aware Metric (FM)") is its proposed method and a metric
    it uses: a Metric mention beside the proposed one."""
    return [Mention(m.name, "Metric", None, list(m.aliases), m.confidence, list(m.evidence)) for m in mentions
            if m.type == "Method" and m.role == "proposed" and (
                any(map(_MEASURE_NAME.fullmatch, [m.name, *m.aliases])) or
                any("metric_appositive" in e.rule for e in m.evidence))]


# Names in the not_names lexicon (web platforms such as GitHub and Hugging Face, vendors) are no method wherever they
# are named, except as the platform a system is built on: "an open-source assistant built on GitHub, designed to ...", "a framework built on top of Hugging
# Face that ...", "基于GitHub构建": then a tool it uses. Not "built on GitHub issues" (data from it).
_PLATFORMS = "|".join(sorted((re.escape(e.text) for e in load_lexicons().not_names), key=len, reverse=True))
_BUILT_ON_PLATFORM = {
    "built": re.compile(rf"built\s+(?:on\s+top\s+of|on|upon)\s+(?:the\s+)?({_PLATFORMS})"
                        rf"(?=\s*[,.;:)]|\s+(?:that|which|and|to|designed)\b)"),
    "基于": re.compile(rf"基于({_PLATFORMS})(?:构建|搭建)")}


def _platforms_built_on(sections: list[Section], paper_id: str, mentions: list[Mention]) -> list[Mention]:
    """Method mentions of the web platforms a system is built on (see _BUILT_ON_PLATFORM), unless already named."""
    found: dict[str, Mention] = {}
    for section in sections:
        text = section.text
        for word, pattern in _BUILT_ON_PLATFORM.items():
            at = text.find(word)
            while at >= 0:
                if match := pattern.match(text, at):
                    _add_platform(found, section, paper_id, match)
                at = text.find(word, at + 1)
    named = {normalise(n) for m in mentions for n in (m.name, *m.aliases)}
    return [m for key, m in found.items() if key not in named]


def _add_platform(found: dict[str, Mention], section: Section, paper_id: str, match: re.Match[str]) -> None:
    """Add the platform ``match`` names, with its evidence, to ``found`` (keyed by its normalised name)."""
    text = section.text
    start, end = match.span(1)
    s_start, s_end = sentence_bounds(text, start, end)
    mention = found.setdefault(normalise(match.group(1)), Mention(match.group(1), "Method", "used", [], 0.6, []))
    mention.evidence.append(Evidence(paper_id, section.name, evidence_sentence(text, s_start, s_end, start, end),
                                     start, end, "built_on_platform", 0.6))


def _drop_cut_model_names(mentions: list[Mention], sections: list[Section]) -> list[Mention]:
    """A method or data set (mostly a lexicon name) read only as the start or the end of a longer name the paper also
    names (a method's or a data set's, or an alias) is that longer name cut short ("Claude 3" in "Claude 3 Haiku表现出",
    "Gemini" in "Gemini 1.5 Flash performed", "AutoControl" of the title's "AutoControl Arena", "AgentBench" in the
    summary's "General AgentBench是..."): not one more."""
    named = [m for m in mentions if m.type in ("Method", "Dataset", "Benchmark") and m.evidence]
    if not named:
        return mentions
    longer = [(m, name) for m in named for name in (m.name, *m.aliases) if " " in name]
    if not longer:
        return mentions
    texts = {section.name: section.text for section in sections}
    cut: set[int] = set()
    for short in named:
        prefix, suffix = short.name.lower() + " ", " " + short.name.lower()
        rests = [" " + name[len(prefix):] for m, name in longer if m is not short and name.lower().startswith(prefix)]
        heads = [name[:-len(suffix)] + " " for m, name in longer
                 if m is not short and name.lower().endswith(suffix)]
        if (rests or heads) and all(e.section in texts and (
                any(texts[e.section].startswith(rest, e.end) for rest in rests) or
                any(texts[e.section].endswith(head, 0, e.start) for head in heads)) for e in short.evidence):
            cut.add(id(short))
    return [m for m in mentions if id(m) not in cut] if cut else mentions


# The rest of a long form after its opening words, up to the short form in brackets: "Multi-Task Reinforcement Learning
# [for MLLM-as-a-Judge (MT-RL-Judge)]".
_LONG_FORM_REST = re.compile(r"\s+(?:for|of|with|via|in|on)\s+[^.;:()（）]{1,50}?\s*[(（]\s*([^()（）\s]{2,24})\s*[)）]")


def _long_form_openings_dropped(mentions: list[Mention], sections: list[Section]) -> list[Mention]:
    """A weak proposed name read only as the opening words of the long form of another proposed name ("we propose
    Multi-Task Reinforcement Learning for MLLM-as-a-Judge (MT-RL-Judge)") is that name cut short, not one more."""
    own = {m.name: m for m in mentions if m.role == "proposed" and m.type == "Method"}
    if len(own) < 2:
        return mentions
    texts = {section.name: section.text for section in sections}
    dropped: set[int] = set()
    for m in own.values():
        if not all("name:WEAK" in e.rule and e.section in texts for e in m.evidence):
            continue
        targets = {rest.group(1) if rest else None for e in m.evidence
                   for rest in [_LONG_FORM_REST.match(texts[e.section], e.end)]}
        target = own.get(next(iter(targets))) if len(targets) == 1 else None
        if target is not None and target is not m:
            dropped.add(id(m))  # (not an alias: cut short, the words name a family, "multi-task reinforcement learning")
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _family_suffixes_folded(mentions: list[Mention]) -> list[Mention]:
    """A method named with a family's short form after its name ("MACE MLFF", the paper's "machine learning force
    fields (MLFFs)", beside "MACE") is that method: its name becomes an alias of the shorter one."""
    families = {n.lower().rstrip("s") for m in mentions if m.type == "Technique" for n in (m.name, *m.aliases)}
    methods = {m.name: m for m in mentions if m.type == "Method"}
    if not families or len(methods) < 2:
        return mentions
    folded: set[int] = set()
    for m in methods.values():
        head, _, last = m.name.rpartition(" ")
        base = methods.get(head)
        if base is not None and base is not m and last.lower().rstrip("s") in families and m.role != "proposed":
            _fold_into(base, m)
            folded.add(id(m))
    return [m for m in mentions if id(m) not in folded] if folded else mentions


_METHOD_EVIDENCE = ("right_method", "lexicon:Method", "propose", "title_prefix", "compared", "outperform")


def _data_variants_typed(mentions: list[Mention]) -> None:
    """A name built on one of the paper's data sets or benchmarks with a hyphen, and no method cue of its own, is a
    variant of that data ("RoboTwin-IF", "RoboTwin-XE" beside the RoboTwin benchmark): typed as it is."""
    # (not one spelled out, which may be a field typed as data: "standard ToM benchmarks", "Theory of Mind (ToM)")
    data = {m.name: m for m in mentions if m.type in ("Dataset", "Benchmark") and not m.aliases}
    if not data:
        return
    for mention in mentions:
        if mention.type != "Method" or "-" not in mention.name or mention.role == "proposed":
            continue
        base = data.get(mention.name.split("-", 1)[0])
        if base is not None and not any(cue in e.rule for e in mention.evidence for cue in _METHOD_EVIDENCE):
            mention.type = base.type
            mention.role = "evaluated_on" if base.type == "Benchmark" else "used"


def _family_acronym(cand: Candidate, long_forms: dict[str, tuple[str, bool]] | None) -> bool:
    """An acronym the paper spells out as a generic phrase ("post-training quantization (PTQ)")."""
    long = (long_forms or {}).get(cand.key)
    if long is None:
        return False
    text, lower = long
    head = _long_form_head(text)
    return lower or text[:1].islower() or head in _NOT_METHOD_HEADS or head in _TASK_HEADS


def _named_part_long_form(cand: Candidate, long_forms: dict[str, tuple[str, bool]] | None) -> bool:
    """The paper spells the acronym out in Title Case ending in a task word ("Inter-frame Motion Modeling (IMM)",
    "Persistent Topology Alignment (PTA)"), as it names the parts of its method; a family's long form ends in a
    family word instead ("Gaussian Mixture Model (GMM)", "Multi-Instance Learning (MIL)")."""
    long = (long_forms or {}).get(cand.key)
    if long is None or not long[0].split():
        return False
    words = long[0].split()
    return words[-1].lower().rstrip("s") in _TASK_HEADS and all(
        w[:1].isupper() for w in words if w.lower() not in FUNCTION_WORDS)


def _singular_measure_aliases(mentions: list[Mention]) -> None:
    """A figure of merit named in the plural ("power conversion efficiencies") is also named in the singular."""
    for m in mentions:
        if m.type != "Metric" or not m.name.endswith("s"):
            continue
        singular = m.name[:-3] + "y" if m.name.endswith("ies") else m.name[:-1]
        if singular.lower() in _NAMED_MEASURES and singular.lower() not in {a.lower() for a in m.aliases}:
            m.aliases.append(singular)


def _drop_summary_only_bare_metrics(mentions: list[Mention]) -> list[Mention]:
    """A bare metric seen only in the summary ("97.9%像素AUROC", "by 4.31% in precision") when the English text names
    it more precisely ("pixel-level AUROC", "image-level AUROC", "mean average precision") is that same metric: the
    English form wins."""
    english: set[str] = set()
    for m in mentions:
        if m.type == "Metric" and any(ev.section in ENGLISH_FIRST for ev in m.evidence):
            english.add(m.name.lower())
    def refined(name: str) -> bool:
        return any(e.endswith(" " + name) or (e.endswith(name) and _METRIC_MODIFIER.search(e[:-len(name)]))
                   for e in english if e != name)
    return [m for m in mentions if not (m.type == "Metric" and m.name.lower() not in english
                                        and refined(m.name.lower()))]


# What the English text writes after a data set's name to say which release or split ("MS-COCO 2014", "BFCL v3",
# "LibriSpeech test-clean", "RULER 128K"): one word.
_DATA_RELEASE_SUFFIX = re.compile(r" (?:v?\d[\w.]*|test[\w-]*|val\w*|minival|dev\w*)")


def _summary_short_data_merged(mentions: list[Mention]) -> list[Mention]:
    """A data set named only in the summary ("在 MS-COCO 上", "BFCL") whose English text names it with its release or
    split ("MS-COCO 2014", "BFCL v3") is that same data set: the English form wins, the short one is its alias."""
    data = [m for m in mentions if m.type in ("Dataset", "Benchmark")]
    if len(data) < 2:
        return mentions
    english = {m.name: m for m in data if any(ev.section in ENGLISH_FIRST for ev in m.evidence)}
    merged: set[int] = set()
    for m in data:
        if m.name in english or m.role == "introduced":
            continue
        longer = [e for name, e in english.items() if name.startswith(m.name + " ") and
                  _DATA_RELEASE_SUFFIX.fullmatch(name, len(m.name))]
        if len(longer) != 1:
            continue  # none, or several releases ("COCO 2014" and "COCO 2017"): which one is unsaid
        _fold_into(longer[0], m)
        merged.add(id(m))
    return [m for m in mentions if id(m) not in merged] if merged else mentions


def _own_named_data(cand: Candidate, paper_id: str) -> list[Mention]:
    """The data the paper's own method lends its name ("We present GeoSketch, a framework ... we introduce the GeoSketch
    Benchmark"): one data set it introduces, apart from the method (they share a key, the head noun is no name word)."""
    named = [(occ, head) for occ in cand.occurrences if (head := _NAME_NOUN_AFTER.match(occ.section.text, occ.end))]
    if not named:
        return []
    first, head = named[0]
    kind = "Benchmark" if head.group(0) == " Benchmark" else "Dataset"
    evidence = []
    for occ, head in named:
        s_start, s_end = occ.sentence or sentence_bounds(occ.section.text, occ.start, occ.end)
        evidence.append(Evidence(paper_id, occ.section.name, evidence_sentence(
            occ.section.text, s_start, s_end, occ.start, head.end()), occ.start, head.end(), "own_named_data", 0.6))
    return [Mention(first.text + head.group(0), kind, "introduced", [], 0.6, evidence)]


def _fold_into(target: Mention, other: Mention) -> None:
    """Make ``other`` part of ``target``: its name and aliases become aliases, its evidence is added."""
    for alias in [other.name, *other.aliases]:
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)
    target.evidence += other.evidence
    target.confidence = max(target.confidence, other.confidence)


def _short_and_long_forms_merged(mentions: list[Mention]) -> list[Mention]:
    """A technique or a method the paper does not propose, found twice, once by its short form and once by its long
    form ("3DGS" and "3D Gaussian Splatting (3DGS)", "PCA" and "principal component analysis (PCA)"), is one entity,
    named by the shorter form, as the guidelines name it."""
    by_key: dict[tuple[str, str], Mention] = {}
    merged: set[int] = set()
    for m in mentions:
        if m.type not in ("Technique", "Method") or m.role == "proposed":
            continue
        for form in (m.name, *m.aliases):
            other = by_key.get((m.type, form.casefold()))
            if other is not None and id(other) not in merged and other is not m:
                short, long_ = (m, other) if len(m.name) < len(other.name) else (other, m)
                _fold_into(short, long_)
                merged.add(id(long_))
                if long_ is m:
                    break
        if id(m) not in merged:
            for form in (m.name, *m.aliases):
                key = (m.type, form.casefold())
                if key not in by_key or id(by_key[key]) in merged:
                    by_key[key] = m
    return [m for m in mentions if id(m) not in merged] if merged else mentions


_ZH_SCORE_AFTER = re.compile(r"\s*(?:分数|得分|评分)")


def _drop_summary_only_score_prefixes(mentions: list[Mention]) -> list[Mention]:
    """"CLIP 分数为 32.4" is the paper's "CLIP score" in Chinese: a name seen only in the summary, each time right before
    the word for score, when the paper's metrics hold "<name> score", is part of that metric's name, not a method."""
    scores = {m.name.lower()[:-6] for m in mentions if m.type == "Metric" and m.name.lower().endswith(" score")}
    if not scores:
        return mentions
    def part_of_score(m: Mention) -> bool:
        if m.type == "Metric" or m.role == "proposed" or m.name.lower() not in scores:
            return False
        for ev in m.evidence:
            at = ev.sentence.find(m.name)
            if ev.section in ENGLISH_FIRST or at < 0 or not _ZH_SCORE_AFTER.match(ev.sentence, at + len(m.name)):
                return False
        return True
    return [m for m in mentions if not part_of_score(m)]


_SCORE_WORD_AFTER = re.compile(r"\s+([Ss]core)\b(?!s)")


def _score_word_aliases(mentions: list[Mention]) -> None:
    """A measure known only by its name that the English text writes with "score" after it ("FilBERT score decreases
    from 0.24 to 0.19", "we propose the C2A Score, a composite measure") is also named with that word: the name with
    it becomes an alias."""
    for m in mentions:
        if m.type != "Metric" or " " in m.name or not all(ev.rule.startswith("name:") for ev in m.evidence):
            continue
        for ev in m.evidence:
            at = ev.sentence.find(m.name)
            word = _SCORE_WORD_AFTER.match(ev.sentence, at + len(m.name)) if ev.section in ENGLISH_FIRST and at >= 0 \
                else None
            if word:
                alias = f"{m.name} {word.group(1)}"
                if alias not in m.aliases:
                    m.aliases.append(alias)
                break


def _long_form_start(text: str, short_start: int, long_text: str) -> int | None:
    """Where ``long_text`` starts when it is written right before the bracket of the short form at ``short_start``
    ("Flow-based Voice Enhancing (FVE)"), else None."""
    head = text[:short_start].rstrip()
    if not head.endswith(("(", "（")):
        return None
    head = head[:-1].rstrip()
    return len(head) - len(long_text) if head.endswith(long_text) else None


def _short_form_after_its_long_form(text: str, occs: list[tuple[Occurrence, Candidate]], at: int, s_end: int,
                                    long_forms: dict[str, tuple[str, bool]]) -> int | None:
    """The index in ``occs`` of a short form whose capitalised long form starts where ``occs[at]`` does and is written
    right before it in brackets ("Chain of Merges (CoM)"), within the sentence ending at ``s_end``; else None."""
    start = occs[at][0].start
    for index in range(at + 1, min(at + 6, len(occs))):
        occ, cand = occs[index]
        if occ.start >= s_end:
            break
        long = long_forms.get(cand.key)
        if long is not None and not long[1] and _long_form_start(text, occ.start, long[0]) == start:
            return index
    return None


def _proposed_before_long_form(text: str, short_start: int, long: tuple[str, bool] | None) -> bool:
    """Whether a capitalised long form written right before its bracketed short form (at ``short_start``) follows
    "the proposed", "a novel", "our" ... ("the proposed Flow-based Voice Enhancing (FVE)")."""
    if long is None or long[1]:
        return False
    lead = _long_form_start(text, short_start, long[0])
    return lead is not None and _PROPOSED_BEFORE.search(text[max(0, lead - 24):lead]) is not None


def _long_form_head(long: str) -> str:
    """The head noun of a long form, singular, lower case: its last word, past a release number ("Segment
    Anything Model 2" -> "model")."""
    words = long.split()
    if len(words) > 1 and _RELEASE_NUMBER.match(words[-1]):
        words.pop()
    return words[-1].lower().rstrip("s") if words else ""


_RELEASE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d)?$")
# Long forms ending in these name a medical condition, which kg does not type ("mild cognitive impairment (MCI)").
# Heads of lower-case long forms that name a material or a structure made of one ("self-assembled monolayer (SAM)").
_MATERIAL_HEADS = frozenset("""monolayer layer film crystal nanocrystal particle nanoparticle molecule polymer composite
electrolyte oxide ligand nanosheet nanowire nanotube perovskite alloy membrane coating""".split())
_CONDITION_HEADS = frozenset("""disorder disease cancer syndrome tumor tumour carcinoma impairment infection injury
fibrillation diabetes lymphoma leukemia leukaemia sclerosis dementia pneumonia arrhythmia hypertension""".split())
# ... or a physical phenomenon, property or kind of object ("time-reversal symmetry (TRS)", "spontaneous symmetry
# breaking (SSB)", "Fermi surface (FS)", "gamma-ray bursts (GRBs)", "active galactic nuclei (AGN)", "black holes (BHs)",
# "dark matter (DM)", "innermost stable circular orbit (ISCO)", "extreme mass-ratio inspirals (EMRIs)")
_PHENOMENON_HEADS = frozenset("""symmetry breaking surface burst nuclei nucleu hole galaxy galaxie star background
oscillation supernova supernovae effect boundary boundarie defect vacancy vacancie dislocation matter orbit inspiral
halo merger pulsar nebula nebulae binarie quasar blazar magnetar remnant""".split())
# A phenomenon or failure the paper names: "a phenomenon we formalize as X", "a failure mode we call X", "this
# effect, termed X".
_PHENOMENON_NAMED_BEFORE = re.compile(
    r"\b(?:phenomen(?:on|a)|effect|behaviou?r|failure modes?|pathology|tendency)\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?:we\s+)?(?:call(?:s|ed)?|terms?|termed|dub(?:s|bed)?|names?|named|formali[sz]e[sd]?\s+as|"
    r"refer(?:red)?\s+to\s+as|coin(?:s|ed)?|known\s+as)\s*[\"“']?$", re.IGNORECASE)
# An acronym whose noun comes after it: "the anomalous photovoltaic (APV) effect", "APV effect".
_PHENOMENON_AFTER = re.compile(r"(?:\)|['’](?=\s))?\s*(?:effects?|boundar(?:y|ies)|defects?|transitions|points|equations?|PDEs?)\b"
                               # "Gisin's argument", "Hastad's theorem": a person's result, not a method
                               r"|(?:'s|’s)\s+(?:argument|theorem|conjecture|lemma|inequality|law|paradox|principle|"
                               r"criterion|hypothesis|problem|bound|equation)s?\b"
                               # "Lyapunov稳定性理论", "Hall效应": a theory, theorem, equation or effect named for someone
                               # (not "理论上", in theory: "Recall@10和Hit@10理论上与v1一致")
                               r"|\s?(?:稳定性)?(?:理论(?!上)|定理|引理|猜想|方程|不等式|效应)", re.IGNORECASE)
# The names of a list that ends in such a noun: "resolves D0X, FX 1LO, and FX 2LO transitions".
_LISTED_BEFORE_PHENOMENON = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?[A-Z][\w\'-]*(?: [\w\'-]+)?){0,4}\s*,?\s+(?:and|or)\s+"
                                       r"[A-Z][\w\'-]*(?: [\w\'-]+)?\s+(?:transitions|points|equations|PDEs)\b")


def _title_case_headed(heads: str) -> re.Pattern[str]:
    """A Title Case long form of two to six words whose last word is one of ``heads`` (an alternation)."""
    return re.compile(rf"(?:[A-Z][\w-]*\s+){{1,5}}(?:{heads})s?")


# A long form in Title Case headed by one of these names a measure: "Facet-aware Metric (FM)", "Intersectional
# Divergence (ID)" (not "PREdict with Matching ScorEs", a method's name).
_MEASURE_NAME = _title_case_headed("Metric|Measure|Score|Index|Divergence|Criterion")
# A long form in Title Case headed by a measure word names a measure too, unless it is a setting ("Attack Success
# Rates (ASR)", "Balanced Accuracy (BA)"; not "Learning Rate (LR)").
_MEASURE_WORD_NAME = _title_case_headed("Rate|Error|Accuracy|Ratio")


_OPENING, _CLOSING = ("(", "（"), (")", "）")
_KIND_AFTER_BRACKET_CUES = tuple(c for c in CUES if c.name in ("right_dataset", "right_benchmark"))
_SIBLING_SOURCES = frozenset(f"lexicon:{kind}" for kind in ("Method", "Dataset", "Benchmark", "Metric"))


def _vote_list_siblings(text: str, listed: list[tuple[Occurrence, "Candidate"]]) -> None:
    """A name listed next to a lexicon method or dataset ("TIES、TSV-M、Iso-C", "MobileNet、YOLOX等") is likely of
    the same kind: one vote for that type, when the name itself is in no lexicon (and, for data, not yet data)."""
    if not any(occ.source in _SIBLING_SOURCES for occ, _ in listed):
        return  # most sections: no known method or dataset to be listed with
    listed = sorted(listed, key=lambda pair: pair[0].start)
    for (a, ca), (b, cb) in zip(listed, listed[1:]):
        if b.start - a.end > 8 or ca is cb or (a.source in _SIBLING_SOURCES) == (b.source in _SIBLING_SOURCES) or \
                not LIST_GAP.fullmatch(text, a.end, b.start):
            continue  # not one known and one unknown name side by side in a list
        known, other, occ = (a, cb, b) if a.source in _SIBLING_SOURCES else (b, ca, a)
        if occ.source.startswith("lexicon:"):
            continue
        kind = known.source[8:]
        if kind != "Method" and (other.votes.get("Dataset") or other.votes.get("Benchmark")):
            continue  # already data: the sibling says nothing about dataset or benchmark
        other.votes[kind] += 1.0
        other.rules.add("list_sibling")


# A name and its release written apart: "NAVSIM v2", "Argoverse 2".
_RELEASED_NAME = re.compile(r"(\S+) v?\d[\w.]*")


def _sibling_stem(name: str) -> str | None:
    """The part a family of names shares: before the first hyphen ("ScreenSpot" of "ScreenSpot-Pro"), or before a
    release written apart ("NAVSIM" of "NAVSIM v2")."""
    if (released := _RELEASED_NAME.fullmatch(name)) is not None:
        return released.group(1)
    return name.split("-", 1)[0] if "-" in name else None


def _type_by_siblings(mentions: list[Mention]) -> list[Mention]:
    """A name typed a method only for want of any cue ("... on ScreenSpot-v2 (88.8%) and ScreenSpot-Pro (56.5%)",
    "NAVSIM v2 上达 89.9 EPDMS" beside "在 NAVSIM v1 上") whose stem is a dataset's or benchmark's in the same paper
    (its stem, or the name itself written with a release) is that kind of data too."""
    data = {stem: m for m in mentions if m.type in ("Dataset", "Benchmark") and (stem := _sibling_stem(m.name))}
    data.update((m.name, m) for m in mentions if m.type in ("Dataset", "Benchmark") and m.name not in data
                and " " not in m.name and "-" not in m.name)
    if not data:
        return mentions
    for m in mentions:
        if m.type == "Method" and m.role == "used" and m.confidence <= _FALLBACK_CONFIDENCE and (
                stem := _sibling_stem(m.name)) is not None and ("-" in m.name or " " in m.name):
            sibling = data.get(stem)
            if sibling is not None and len(stem) >= 4 and sibling is not m:
                m.type, m.role = sibling.type, sibling.role if sibling.role != "introduced" else "used"
    return mentions


# What a variant adds to the name of the paper's own method: a size, version or letter ("-8B", "V", "-G", " 2").
_VARIANT_SUFFIX = re.compile(r"(?:[-_ ]?[A-Z0-9][A-Za-z0-9.]{0,5}|[-_][a-z0-9]{1,5})")


def _own_variants_proposed(mentions: list[Mention]) -> None:
    """The paper's own method in another size or version ("GenSeg-R1-8B" of "GenSeg-R1", "JanusCoderV" of
    "JanusCoder") is proposed too, wherever it is only used; one the paper beats is a baseline ("improving over
    SegNeXt" in a paper proposing Seg)."""
    proposed = [m.name for m in mentions if m.role == "proposed" and m.type == "Method"]
    if not proposed:
        return
    for m in mentions:
        if m.type == "Method" and m.role == "used" and any(
                m.name.startswith(name) and _VARIANT_SUFFIX.fullmatch(m.name, len(name)) for name in proposed):
            m.role = "proposed"


def _own_name_extensions_merged(mentions: list[Mention]) -> list[Mention]:
    """The paper's own method named with words after its name ("CoreThink Agentic Reasoner" and "CoreThink",
    "VTS-LLM Agent" and "VTS-LLM"), or in the title only with words before it ("I Am AdMan" and "AdMan"), is one
    entity: the longer form becomes an alias of the shorter."""
    own = {m.name: m for m in mentions if m.role == "proposed" and m.type == "Method"}
    if len(own) < 2:
        return mentions
    merged: set[int] = set()
    for m in own.values():
        words = m.name.split(" ")
        stem = next((own[" ".join(words[:n])] for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in own),
                    None)
        if stem is None and all(e.section == "title" for e in m.evidence):
            # "I Am AdMan: A Pipeline for ...": the title's words before the name the paper uses
            stem = next((own[" ".join(words[n:])] for n in range(1, len(words)) if " ".join(words[n:]) in own), None)
        if stem is None:
            continue
        _fold_into(stem, m)
        merged.add(id(m))
    return [m for m in mentions if id(m) not in merged] if merged else mentions


# The parts a method is built of, as heads of Title Case long forms: "Dynamic Feature Blender (DFB)".
_COMPONENT_LONG_FORM = _title_case_headed(
    "Block|Module|Layer|Unit|Translator|Predictor|Blender|Activator|Bridge|Head|Mechanism|Generator|Extractor|"
    "Aggregator|Adapter|Selector|Refiner|Estimator|Enhancer|Encoder|Decoder|Fusion|Attention|Router|Injector|"
    "Calibrator|Integrator|Synthesizer|Planner|Controller|Perceptor|Reasoner|Retriever|Verifier|Critic|Scorer")
_ACRONYM = re.compile(r"[A-Z]{2,6}\d?")
# The same heads in lower case: a part of a method, when a paper designs one ("a cross-feature bridge (CFB)").
# Heads of a lower-case long form that names the paper's own model after a propose verb: "we present a cardiac sensing
# foundation model (CSFM)" (not a compound it makes: "phenylethylammonium (PEA)").
_MODEL_HEADS = frozenset("model network framework architecture".split())
_PART_HEADS = frozenset("""block module layer unit bridge head mechanism generator extractor aggregator adapter selector
refiner estimator enhancer encoder decoder fusion attention router injector calibrator integrator planner controller
""".split())


def _own_components_proposed(mentions: list[Mention]) -> None:
    """A part spelled out in Title Case with its short form and named nowhere else in a cue ("a Human Intent
    Translator (HIT) parses the input video") is a part of the paper's own method, when the paper proposes one."""
    own = [m.name for m in mentions if m.role == "proposed" and m.type == "Method"]
    if not own:
        return
    for m in mentions:
        if m.type == "Method" and m.role == "used" and _ACRONYM.fullmatch(m.name) and \
                any(map(_COMPONENT_LONG_FORM.fullmatch, m.aliases)) and all(
                    e.rule in ("name:STRONG", "name:WEAK") or
                    # "DARTer leverages a Dynamic Feature Blender (DFB)": what the paper's own method uses
                    set(e.rule.split("+")) <= {"name:STRONG", "name:WEAK", "left_uses", "left_uses_zh"} and
                    (at := min((i for form in (m.name, *m.aliases) if (i := e.sentence.find(form)) >= 0),
                               default=-1)) > 0 and any(name in e.sentence[:at] for name in own)
                    for e in m.evidence):
            m.role = "proposed"


_CJK = re.compile("[\u3400-\u9fff]")
# One word, or one word and its version ("SAM 3D", "Llama 3"): the only phrases a Title Case title names reliably.
_VERSIONED = re.compile(r"^\S+(?: (?:\d[\w.]*|v\d[\w.]*))?$")


_PARTS_SPLIT = re.compile(r"[-/]")
_DIMENSION = re.compile(r"^[1-4]d$")  # "3D" in "3D-CNN"
_IN_DIMENSIONS = re.compile(r"^[1-4]D-([^-]+)$")  # "3D-IoU"
# Capitalised words ending in a data head that is no stop word ("Dataset" is: it never joins a phrase).
_CORPUS_NAME = re.compile(r"^[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:Corpus|Database|Treebank)$")
_NAME_PART_BEFORE = re.compile(r"[A-Z][\w-]*\s+(?:and|of|for|on|in|&)\s+$")
# A comparison after the data a result is on: "on LaSOT, exceeding OSTrack (71.1%) and ..." (what follows is beaten).
_BEATEN_AFTER_ON = re.compile(r"\b(?:on|across)\s(?:[^.;]|\.(?=\d))*?\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|"
                              r"compared\s+(?:with|to))\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE)
_CONTEST_AFTER = re.compile(r"[)）]?\s*(?:competition|challenge)\b", re.IGNORECASE)
_SURFACE_ORDER = {"abstract": 0, "title": 1}  # where a surface form is taken from first (then English, then the rest)
# Sort rank of a candidate source after its length: lexicon entries (absent here: 0), then names.
# The parts a paper lists as its method's own after a parts cue ("two core components: (1) Vision-Centric Contextual
# Conflict Reasoning, which ...; and (2) ...", "two key innovations: Inter-frame Motion Modeling (IMM) and
# Focus-and-Suppress Attention."): Title Case phrases, hyphenated adjectives included (the name scan leaves phrases
# with "-Centric", "-Guided", "-aware" out), maybe closed by a lower-case kind word ("an Adaptive Multi-scale
# Processing module").
_PARTS_CUE = re.compile(r"\b(?:two|three|four|five|several|key|core|main|major|novel|complementary)\s+(?:[a-z-]+\s+)?"
                        r"(?:components|modules|innovations|mechanisms|parts|blocks)\s*:\s*|"
                        r"[两三四五]个(?:核心|关键|主要)?(?:组件|模块|创新点?|机制|部分)\s*[:：]\s*")
_PARTS_CUE_WORDS = ("components:", "modules:", "innovations:", "mechanisms:", "parts:", "blocks:", "个核心", "个关键",
                    "个主要", "个组件", "个模块", "个创新", "个机制", "个部分")
_TITLE_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
_LISTED_PART = re.compile(rf"(?:[\(（]\s*(?:\d|i{{1,3}}|iv)\s*[\)）]\s*)?(?:(?:an?|the)\s+(?:novel\s+|new\s+)?)?"
                          rf"({_TITLE_WORD}(?:\s+(?:and\s+|of\s+)?{_TITLE_WORD})+"
                          r"(?:\s+(?:module|block|mechanism|unit|layer|network|attention|agent|encoder|decoder|head))?)"
                          r"(?=\s*(?:[,;.(（，。；、和与]|$|\s(?:which|that|with|to|for|featuring|combining|enabling)\b))")
# ... or a lower-case long form with its short form, which names the part: "two key modules: object-background
# distinguishing (OBD) and object-object distinguishing (OOD)", "两个关键模块：背景区分（OBD）和目标区分（OOD）".
_LISTED_SHORT_FORM = re.compile(r"(?:(?:an?|the)\s+)?(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}|[\u4e00-\u9fff]{2,12})\s*"
                                r"[\(（]\s*([A-Z][A-Za-z]*[A-Z]s?)\s*[\)）]")
_NEXT_PART = re.compile(r"(?:(?!\sand\s)[^;,.；，。、和与])*(?:[;,；，、]\s*(?:and\s+)?|\s+and\s+|\s*[和与]\s*)")


@lru_cache(maxsize=1 << 10)
def listed_parts(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the Title Case parts a section lists after a parts cue (see ``_PARTS_CUE``)."""
    if ("s:" not in text and "个" not in text) or not any(word in text for word in _PARTS_CUE_WORDS):
        return ()  # (two substring tests settle most sections)
    found = []
    for cue in _PARTS_CUE.finditer(text):
        end = min((at for at in (text.find(".", cue.end()), text.find("。", cue.end())) if at >= 0), default=len(text))
        pos = cue.end()
        while pos < end:
            item = _LISTED_PART.match(text, pos, end) or _LISTED_SHORT_FORM.match(text, pos, end)
            if item is not None:
                found.append(item.span(1))
            step = _NEXT_PART.search(text, item.end() if item else pos, end)
            if step is None:
                break
            pos = step.end()
    return tuple(found)


_SOURCE_RANK = {"name:STRONG": 1, "name:PART": 1, "name:WEAK": 2}
_LEXICON_SOURCE = {label: f"lexicon:{label}" for label in ("Dataset", "Benchmark", "Metric", "Technique", "Method", "Task")}
_NAME_SOURCE = {label: f"name:{label}" for label in ("STRONG", "WEAK", "PART")}


@dataclass(slots=True)
class SectionCandidates:
    """What the spaCy components found in one section, as character offsets (see :mod:`.spacy_pipeline`)."""

    lexicon: list[tuple[int, int, str, str]]  # (start, end, entity type, canonical form)
    names: list[tuple[int, int, str]]  # (start, end, STRONG | WEAK | PART)
    abbreviations: list[tuple[int, int, int, int]]  # (short start, short end, long start, long end)


@dataclass(slots=True)
class Occurrence:
    """One place a candidate name is written."""

    section: Section
    start: int
    end: int
    source: str  # lexicon:<Type> | name:STRONG | name:WEAK | name:PART | title_prefix
    canonical: str | None = None
    base: str | None = None  # the metric a narrowed phrase refines ("accuracy" of "extraction accuracy"): an alias
    written: str | None = None  # a name completed from a slashed list ("CIFAR-100" of "CIFAR-10/100")
    sentence: tuple[int, int] | None = None  # its sentence's bounds, once the context cues have found them

    @property
    def text(self) -> str:
        return self.written or self.section.text[self.start:self.end]

    @property
    def raw(self) -> str:
        """The characters of the evidence span (the slashed list itself for a completed name)."""
        return self.section.text[self.start:self.end]


@dataclass(slots=True)
class Candidate:
    """A paper-level entity being assembled from its occurrences."""

    key: str
    occurrences: list[Occurrence] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    roles: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    rules: set[str] = field(default_factory=set)
    proposed: float = 0.0
    data_strong: float = 0.0  # evidence that the name is a dataset/benchmark (noun after it, title, appositive)
    long_forms: list[str] = field(default_factory=list)
    long_form_lower: bool = False
    named_first: bool = False  # the short form is written first and glossed after it: the paper's name for a thing
    short_form: str | None = None

    def vote_own_data(self, kind: str) -> None:
        """The paper says the name is data of its own ("we introduce two new benchmarks, A and B", "(2) B, a
        dataset of ...")."""
        self.votes[kind] += 2.0
        self.data_strong += 2.0


# A slash to a plain word or between single letters: an interface or a ratio ("ETL/perovskite", "P/N").
# ... and a size code alone ("ViT模型（B/32、B/16、L/14）": the variants of a model named before, not names).
_SLASHED_PLAIN = re.compile(r"/[a-z]+$|^[a-z]+/|^[A-Za-z]/[A-Za-z]$|^[A-Z]/\d+$")
# Programming languages: what a system is written in or tested on, never a named method or dataset of a paper.
_PROGRAMMING_LANGUAGES = frozenset("""python java go golang rust javascript typescript kotlin swift c++ c# scala
haskell fortran cobol verilog solidity""".split())


_ZH_LIST_SEPARATORS = ("、", "和", "与", "及")
# After a family word in a description, the lower-case words that end it and the comma before its name: " method, ".
_FAMILY_THEN_APPOSITIVE = re.compile(r"(?:\s+[a-z][\w-]*){1,3},\s+")
_SOFTWARE_KIND = re.compile(r" (?:Python |R |Julia )?(?:Package|Library|Toolkit|Toolbox)$")
_LOWER_TITLE_NAME = re.compile(r"(?=.{4})[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$")
# Lexicon sources a paper's own method can be named like, and the method noun right after such a name that says it
# is one: "提出RACE框架", "we propose the MAE framework" (not techniques: "we propose a deep learning model").
_NAMED_LIKE_DATA = frozenset({"lexicon:Dataset", "lexicon:Benchmark", "lexicon:Metric"})
# What a proposed name is, after it in Chinese: "发布了一个名为X的大规模驾驶数据集" (after a propose verb only: "基于X的数据集"
# is data made with X).
# "X的评测基准", "MedVQA-ZH中文数据集", "SceneMix大规模多模态数据集": the kind of data after the name
_DATA_AFTER_ZH = re.compile(r"\s*(?:的[^，。；,;：:]{0,10}?|[\u4e00-\u9fff]{0,8}?)(数据集|基准|评测集|语料库?|数据库)")
# "我们引入了SimBank：一个专为...设计的模拟器", "X是一个...的沙盒": the paper's own simulator or sandbox, glossed after it,
# is an environment one evaluates in (like ", a sandbox framework for creating diverse environments")
_SIMULATOR_GLOSS_ZH = re.compile(r"\s*(?:[：:]|是)\s*一(?:个|款|种)[^，。；;,\n]{0,30}?(模拟器|仿真器|沙盒)")
# "构建了包含12K样本的X基准": an attributive clause ending in 的 before the name
_ZH_ATTRIBUTIVE = re.compile(r"[^，。；,;：:\n]{1,24}的\s*")
# A description in Chinese words only, ending in 的, between a propose verb and the name that ends its clause
# ("提出按教师预测熵逐词切换的 Switch Distillation。", "提出了高效的 X 方法"): the name is what the paper proposes
# (not an acronym: "最小化生成分布与参考分布的 MMD", "开发更通用的PLL模型" name a known concept).
_ZH_WORDS_ATTRIBUTIVE = re.compile(r"[\u4e00-\u9fff“”、]{1,32}的\s*")
_CLAUSE_END_AFTER_ZH = re.compile(rf"\s*(?:[。；;，,]|$|(?:{ZH_KINDS}))")  # (or the kind of thing named: "X 方法")
# A Chinese description with Latin words in it, ending in the kind of thing named next ("一种基于Transformer的蛋白质
# 语言模型"): no clause break, at most 30 characters.
_ZH_DESCRIPTION_BEFORE_NAME = re.compile(rf"[^，。；,;：:、\n]{{0,30}}?(?:{ZH_KINDS})\s*")
# The last words of a Chinese phrase naming a task ("人体活动识别", "场景文本移除").
_ZH_TASK_WORDS = "识别|检测|分割|估计|预测|分类|跟踪|追踪|重建|检索|定位|推荐|问答|翻译|移除|去除"
# A Chinese description glossed by the bracketed name right after a propose verb ("提出了一种随机量子脉冲（SQS）神经元模型",
# "提出了一种新颖的多轮DPO（MrDPO）方法",
# "引入了严格子目标执行（SSE），一个..."): no clause break or dash, no means ("基于X（Y）的", "利用X（Y）"), no task the
# name stands for ("人体活动识别（HAR）系统"), and after the bracket a clause break or a kind, not 的 ("一种基于大语言
# 模型（LLM）的框架": the name glosses a means).
_ZH_GLOSSED_BEFORE_NAME = re.compile(r"(?:(?!基于|利用|使用|采用|结合|通过|借助)[^，。；,;：:、—\n（()）]){2,24}"
                                     rf"(?<=[\u4e00-\u9fffA-Za-z0-9])(?<!{_ZH_TASK_WORDS})[（(]\s*")
# A bracketed short form right after a Chinese phrase ending in a task word, the only gloss of an acronym: "用于光学音乐
# 识别（OMR）", "过滤近似最近邻搜索（FANNS）算法", "处方流程监控(PresPM)方法" name the task (searching and monitoring
# too), not a method, whatever kind of thing follows; not a phrase the paper uses as a means ("基于核密度估计(KDE)",
# "采用变邻域搜索（VNS）": techniques). (group 1: the phrase)
_ZH_TASK_GLOSS_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{1,10}}(?:{_ZH_TASK_WORDS}|搜索|监控|监测))\s*[（(]\s*$")
_ZH_MEANS = re.compile("基于|利用|使用|采用|结合|通过|借助")
_GLOSSED_ACRONYM = re.compile(r"[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,8}")  # OMR, PresPM, FANNS (not "WMT'14 En-De")
_ZH_GLOSS_CLOSED_AFTER = re.compile(rf"\s*[）)]\s*(?:[，,。；;]|(?:(?!的|作为)[\u4e00-\u9fff]){{0,4}}?(?:{ZH_KINDS}))")
# "模块A和注意力机制B": the next of a Chinese list of described names.
_ZH_COORDINATED_DESCRIPTION = re.compile(rf"\s*(?:和|与|及|以及|、)[^，。；,;：:、\n]{{0,20}}?(?:{ZH_KINDS}|损失|损失函数)\s*")
# Chinese words describing a kind, then the kind, after a name: "AU解耦引导策略" (not "RACE框架": the kind alone).
_ZH_DESCRIBED_KIND_AFTER = re.compile(rf"[\u4e00-\u9fff]{{2,8}}?(?:{ZH_KINDS})")
_ZH_AND = re.compile(r"[和与及、，,]")  # "模块A和机制B": two names, not a name inside the other's description
_METHOD_KIND_AFTER_BRACKET = re.compile(r"\s*[)）]\s*(?:strategy|method|framework|approach|algorithm|module|mechanism|"
                                        r"scheme|paradigm|pipeline)\b")
_METHOD_NOUN_AFTER = re.compile(r"\s*(?:框架|方法|模型|算法|(?:framework|method|model|approach|algorithm)\b)")
# What a single capitalised word right after 提出 is, said in Chinese: "提出了Cascade框架", "提出 Gavel，一个轻量的裁决器".
# A measure introduced by its kind: "a new metric called X", "a novel evaluation measure, X", "X指标".
_METRIC_KIND = re.compile(r"\b(?:a|an|the|new|novel|our|this)\s+(?:[\w-]+\s+){0,2}(?:metric|measure|score|index)\s*,?\s*"
                          r"(?:(?:called|named|dubbed|termed|coined|namely|i\.e\.,?)\s*)?[\"“']?$", re.IGNORECASE)
_METRIC_KIND_AFTER_ZH = re.compile(r"\s*(?:评价|评估|评测)?指标")
# "we propose RadRScore, a metric evaluating ...": the appositive says the name is a measure
_METRIC_KIND_AFTER = re.compile(r"\s*,\s*(?:a|an)\s+(?:new\s+|novel\s+)?(?:(?!(?:for|of|in|on|with|to)\b)[\w-]+\s+){0,2}?"
                                r"(?:metric|measure)(?!\s+(?:learning|space))\b", re.IGNORECASE)
_ZH_NAMED_KIND_AFTER = re.compile(r"\s*(?:框架|方法|模型|算法|系统|架构)|\s*[，,]\s*(?:一个|一种|一款)")


# The rest of a sentence-opening list of names, then its comma: "Across WebArena and OSWorld, ...", "On nuPlan and
# the interaction-focused interPlan benchmarks, ..." (not "On Llama-2/3 and OPT models, ...", whose list ends in a
# kind of thing that is no data).
_OPENING_LIST_CLOSED = re.compile(r"(?:\s*(?:,|;|/|、|and|or|&)\s*(?:the\s+)?(?:[a-z][\w-]*\s+)??(?:[A-Z0-9]|[a-z]{1,6}[A-Z]|"
                                  rf"{GREEK_LETTER}[²³]?-)"
                                  r"[\w.+@-]*(?: [A-Z0-9][\w.+@-]*){0,2})*(?:\s+(?:benchmarks?|datasets?))?\s*,")


# Between two names the paper proposes, the first one's description: ", an agent for long videos, and ".
_DESCRIBED_THEN_AND = re.compile(r"\s*,\s+(?:a|an)\s[^,;.()]{3,80}?,\s*and\s+(?:the\s+)?")


def _coordinated_proposed(text: str, occs: list[tuple[Occurrence, "Candidate"]], first: Occurrence, end: int,
                          data_kind: str | None) -> None:
    """The names listed right after a proposed one are proposed too, and of the same kind: "we present ReasonQ and
    ThinkQ, two open models", "two new benchmarks, A-Bench and B-Bench" (not known names, nor plain capitalised
    words)."""
    at = next(i for i, (occ, _) in enumerate(occs) if occ is first)
    previous = first
    listed = [occs[at][1]]
    for occ, cand in occs[at + 1:]:
        described = False
        if occ.start >= end or not (LIST_GAP.fullmatch(text, previous.end, occ.start) or
                                    _ZH_COORDINATED_DESCRIPTION.fullmatch(text, previous.end, occ.start)):
            if occ.start >= end or not _DESCRIBED_THEN_AND.fullmatch(text, previous.end, occ.start):
                break
            described = True  # "We propose X, an agent for long videos, and Y, a benchmark of 2K questions"
        if not occ.source.startswith("lexicon:") and occ.source != "name:WEAK" and cand.proposed < 1.0:
            cand.proposed += 2.0
            cand.rules.add("propose_cue")
            if described:
                if appositive := APPOSITIVE_DATA.match(text[occ.end:min(end, occ.end + 100)]):
                    cand.vote_own_data("Benchmark" if BENCH_WORDS.search(appositive.group(1)) else "Dataset")
                break  # its own description says what it is; the first one's kind is not its kind
            if data_kind:
                cand.vote_own_data(data_kind)
            listed.append(cand)
        elif described:
            break
        previous = occ
    if data_kind is None and len(listed) > 1 and (appositive := APPOSITIVE_DATA.match(text[previous.end:end])):
        kind = "Benchmark" if BENCH_WORDS.search(appositive.group(1)) else "Dataset"
        for cand in listed:  # "We release LapQA and ToolHop-Noisy, two new benchmarks"
            cand.vote_own_data(kind)


# "a large-scale OCR dataset", "existing VQA benchmarks", "两个ASR数据集": an acronym naming the kind of data (a task
# or a modality), not one data set; "the VQA dataset" is left alone.
# (one lower-case word may come between: "general STEM reasoning benchmarks including GPQA-Diamond")
_DATA_KIND_NOUN_AFTER = re.compile(r"\s*(?:[a-z][a-z-]*\s+)?(?:(datasets|benchmarks|corpora)\b|(dataset|benchmark|corpus)\b|"
                                   r"(数据集|基准))")
_INDEFINITE_BEFORE = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|six|several|multiple|various|many|existing|public|new|our|their|other|"
    r"large-scale|publicly\s+available)\s+(?:[\w-]+\s+){0,2}|(?:一个|多个|两个|三个|几个|公开的?|现有的?|新的?)\s*)$",
    re.IGNORECASE)


_LIST_SEPARATOR_BEFORE = re.compile(r"(?:[,，、;/&和与及]|\b(?:and|or))\s*$")


def _names_a_kind_of_data(occ: Occurrence) -> bool:
    """An acronym standing for the kind of data it heads, not for a data set of that name (see above)."""
    text = occ.section.text
    after = _DATA_KIND_NOUN_AFTER.match(text, occ.end)
    if after is None:
        return False
    if after.group(1) and not _LIST_SEPARATOR_BEFORE.search(text, max(0, occ.start - 12), occ.start):
        return True  # a plural head with no list before: "existing VQA benchmarks" (not "GQA and VQA benchmarks")
    return _INDEFINITE_BEFORE.search(text, max(0, occ.start - 40), occ.start) is not None


_PRODUCT_CODE = re.compile(r"\d[a-z0-9]{0,2}")


def _not_a_thing(surface: str) -> bool:
    """Publishers, web sites and hardware ("Jetson Orin Nano", "Hailo-8L", "Hailo-8 AI Accelerator"): never a method
    nor data, whatever the cues around them say ("在Jetson Orin Nano、Hailo-8加速器上")."""
    first = surface.split()[0].lower()
    if first not in _NOT_NAMES and _PRODUCT_CODE.fullmatch(first.partition("-")[2]):
        first = first.split("-")[0]  # "Hailo-8L", not "YouTube-VOS" or "GitHub-Code"
    if first in _CODE_HOSTS and " " in surface:
        return False  # a code host's product is a tool: "GitLab CI", "GitHub Actions"
    return surface.lower() in _NOT_NAMES or first in _NOT_NAMES or bool(_HARDWARE_HEAD.search(surface)) or (
        _LICENSE.fullmatch(surface) is not None)


_CODE_HOSTS = frozenset({"github", "gitlab", "gitee", "bitbucket"})
# A software or content licence: "released under Apache 2.0", "GPL-3.0", "CC BY-NC 4.0".
_LICENSE = re.compile(r"Apache(?: License)?[ -]?v?2(?:\.0)?|[AL]?GPL[ -]?v?[23](?:\.0)?|BSD-[23]-Clause|"
                      r"CC[ -]BY(?:[ -](?:NC|SA|ND))*(?: [1-4]\.0)?|MIT License")

# ... or a clause right after it, with no comma: "On PIE-Bench 2024 it achieves ...", "On HyperNeRF our model surpasses".
_OPENING_CLAUSE_AFTER = re.compile(r"\s+(?:it|we|our\s+[\w-]+|the\s+(?:proposed\s+)?(?:model|method|framework|approach))\s+"
                                   r"(?:also\s+|further\s+|still\s+|even\s+|consistently\s+)?(?:achiev|reach|obtain|attain|"
                                   r"surpass|outperform|improv|yield|scor|exceed|beat|deliver|set)\w*\b")


# A named standard test a result is measured under: "under the ISOS-L-1 protocol", "under ISOS-L-1 testing", and
# "under ISOS-L-3 conditions" for a coded name (not any conditions: "under N2 conditions", "under UV conditions").
_TEST_PROTOCOL_AFTER = re.compile(r"\s+(?:protocols?|testing|test\s+conditions|(conditions))\b")
_TEST_CODE = re.compile(r"[A-Za-z]-\d")
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?$")
_PHRASE_JOINERS = frozenset({"for", "as", "then", "to", "of", "in", "with", "via", "over", "on"})
# One plain capitalised word joined to a field's acronym ("Responsible-AI", "Gen-AI", "Human-AI", "Deep-RL"), or the
# acronym for one ("AI-for-Science"): the name of a field or a kind of work, not of a method.
_FIELD_COMPOUND = re.compile(r"[A-Z][a-z]{1,14}-(?:AI|ML|DL|RL)|(?:AI|ML|DL|RL)-(?:for|in|to)-[A-Z][a-z]{1,14}")


def _family_phrase(surface: str) -> bool:
    """A hyphenated phrase of known families joined by a function word and lower-case words ("ML-for-systems",
    "LLM-as-judge", "SFT-then-RL"), with no name-like part."""
    parts = [p for p in _PARTS_SPLIT.split(surface) if p]
    return any(p in _PHRASE_JOINERS for p in parts) and any(p.lower() in _GENERIC_FAMILY_WORDS for p in parts) and \
        all(p.lower() in _GENERIC_FAMILY_WORDS or p.islower() for p in parts)


def _ends_with_one_of(text: str, names: set[str]) -> bool:
    """Whether ``text`` ends with one of ``names`` as a whole word ("... the pdms" ends with "pdms", "xpdms" not)."""
    return any(text.endswith(name) and not text[-len(name) - 1:-len(name)].isalnum() for name in names)


# A bracket that lists the parts of what stands before it: "PDMS（含 NC、DAC、TTC）", "EPDMS (including NC, EP)".
_PARTS_BRACKET_OPENING = re.compile(r"[(（]\s*(?:含|包括|包含|including|incl\.)\s*")
_PARTS_LISTED_BEFORE = re.compile(r"(?:[A-Za-z0-9][\w.+@/-]*(?: [\w.+@/-]+){0,2}\s*(?:,|，|、|;|/|\band\b|\bor\b|和|与|及)\s*)*")


def _listed_as_part_of(occ: Occurrence, names: set[str]) -> bool:
    """Whether ``occ`` stands in a bracket that lists the parts of one of ``names`` (lower case): "PDMS（含 NC、DAC）"."""
    text = occ.section.text
    window = text[max(0, occ.start - 80):occ.start]
    opening = max(window.rfind("("), window.rfind("（"))
    if opening < 0 or ")" in window[opening:] or "）" in window[opening:]:
        return False
    match = _PARTS_BRACKET_OPENING.match(window, opening)
    if match is None or not _PARTS_LISTED_BEFORE.fullmatch(window, match.end()):
        return False
    return _ends_with_one_of(window[:opening].rstrip().lower(), names)


# What the paper's own method holds, said of it by name: "MARI maintains a Decision Memory Bank (DMB)", "X consists of
# a Spatial Router (SR) and ...": a part spelled out in Title Case with its short form.
_HELD_BY = re.compile(r"\s+(?:also\s+|further\s+)?(?:maintains|keeps|employs|comprises|contains|includes|incorporates|"
                      r"features|consists\s+of|is\s+composed\s+of|integrates|couples)\s+"
                      r"(?:an?\s+|the\s+|two\s+|three\s+)?"
                      r"(?:(?:novel|new|dedicated|learnable|lightweight)\s+)?(?P<long>(?:[A-Z][\w-]*\s+){1,5})\($")


def _held_by_own_method(occ: Occurrence, long_forms: list[str], own: set[str]) -> bool:
    """Whether ``occ`` is the bracketed short form of a part the paper's own method (``own``, lower case) is said
    to hold, spelled out as one of ``long_forms``: "MARI maintains a Decision Memory Bank (DMB)" (not "employs a
    Reverse Bayesian Personalized Ranking (BPR) objective": BPR is not what it holds)."""
    text = occ.section.text
    before = text[max(0, occ.start - 120):occ.start]
    match = _HELD_BY.search(before)
    if match is None or match.group("long").strip() not in long_forms:
        return False
    return _ends_with_one_of(before[:match.start()].rstrip().lower(), own)


def _names_a_role(cand: "Candidate") -> bool:
    """Plain Title Case words ending in the singular of a role ("Reminder Agent", "Cognitive Evaluator"), with no cue
    and in no lexicon: a part of the paper's own system if the paper proposes one."""
    if cand.proposed or cand.votes.get("Dataset") or cand.votes.get("Benchmark") or cand.votes.get("Metric"):
        return False
    return all(o.source == "name:WEAK" and " " in o.text and o.text.rsplit(" ", 1)[1] in _ROLE_HEADS
               for o in cand.occurrences)


def _only_placed_in_zh(rules: set[str]) -> bool:
    """Whether the only data cue is a Chinese "X上"/"X中" without the "在" that opens an evaluation frame before X.

    Alone it says where something is or runs (a device, a platform, a field), not what is evaluated on."""
    return "right_eval_zh" in rules and "left_eval_zh" not in rules and rules - {"right_eval_zh"} <= _NON_DATA_CUES


def _says_evaluated_on(cand: "Candidate", surface: str) -> bool:
    """Whether a name with no type of its own is something the paper evaluates on: an English or a closed Chinese
    evaluation cue, a sentence opening with it ("Across WebArena and OSWorld, ..."), or a data-like shape; not a
    model's release ("Qwen2.5-3B-Instruct") or a known model's variant ("by 2.1% on ViT-B/16")."""
    if _MODEL_RELEASE.search(surface) or _MODEL_SIZE.match(surface) or \
            _PARTS_SPLIT.split(surface, 1)[0].lower() in _FAMILY_WORDS:
        return False
    rules = cand.rules
    return "left_eval_on" in rules or "left_value_on" in rules or {"left_eval_zh", "right_eval_zh"} <= rules or (
        "left_eval_opening" in rules and any(
            _OPENING_LIST_CLOSED.match(o.section.text, o.end) or _OPENING_CLAUSE_AFTER.match(o.section.text, o.end)
            for o in cand.occurrences)) or any(
        t != "Method" for t, _ in _name_suffix_votes(surface))


def _beaten(occ: Occurrence) -> bool:
    """Whether the occurrence stands in a list of what the paper beats ("outperforms GRPO and DAPO", "9 points over
    MOTR"), not after a plain "over" ("Question Answering over FHIR")."""
    text = occ.section.text
    start = occ.sentence[0] if occ.sentence else 0
    return BEATEN_BEFORE.search(text, max(start, occ.start - 80), occ.start) is not None or \
        _BEATEN_AFTER.match(text, occ.end) is not None


# A list of what is beaten, then the passive: "DELTR is outperformed by", "ResNet-152 and DenseNet-201 are surpassed
# by", "DELTR和FairGBM被RhoNet超越".
_BEATEN_AFTER = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w.+-]*)*\s+(?:is|are|was|were)\s+(?:(?:consistently|significantly|"
    r"clearly|substantially|largely|also|often|even)\s+)?(?:outperformed|surpassed|beaten|exceeded)\s+by\b|"
    r"(?:[、和与及][A-Za-z][\w.+-]*)*被[^，。；,;]{1,40}?(?:超越|超过|击败|胜过)")


# "experiments on Cora, Citeseer and Pubmed": a capitalised word between list separators, next to another one.
_LISTED_BEFORE = re.compile(r"[A-Z][\w-]*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LISTED_AFTER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")
_NATURAL_LANGUAGES = frozenset("""english chinese mandarin cantonese french german spanish portuguese italian dutch
russian japanese korean arabic hindi bengali urdu turkish persian vietnamese thai indonesian malay swahili greek
latin hebrew polish czech swedish norwegian danish finnish ukrainian romanian hungarian bulgarian serbian croatian
slovak slovenian lithuanian latvian estonian icelandic irish welsh basque catalan galician tamil telugu marathi gujarati
punjabi kannada malayalam nepali sinhala burmese khmer lao tagalog filipino uzbek kazakh tibetan uyghur mongolian pashto
amharic hausa yoruba igbo zulu xhosa somali tigrinya wolof kinyarwanda luganda quechua guarani""".split())


def _in_english_list(occ: Occurrence) -> bool:
    """A capitalised word listed with another ("on Cora, Citeseer and Pubmed"), not a language ("English and
    French")."""
    text = occ.section.text
    return occ.text.lower() not in _NATURAL_LANGUAGES and (
        _LISTED_BEFORE.search(text, max(0, occ.start - 30), occ.start) is not None
        or _LISTED_AFTER.match(text, occ.end) is not None)


# Between two metrics of one list: separators and plain words only ("precision, recall, and F1-score").
_METRIC_LIST_GAP = re.compile(r"(?=[^.;:]*(?:,|\band\b|\bor\b|/))[a-z0-9\s,/&-]*")


def _plain_metric_word(text: str) -> bool:
    """A metric written in plain words, in lower case or capitalised ("Accuracy" of "accuracy")."""
    return text.islower() or text[1:].islower() and text.lower() in _PLAIN_METRIC_WORDS


def _listed_with_named_metric(occ: Occurrence, occs: list[Occurrence]) -> bool:
    """A plain metric word in a list with a metric written as a name ("report precision, recall, and F1-score"):
    the list names the paper's measures."""
    text = occ.section.text
    for other in occs:
        if other.source != "lexicon:Metric" or other.text.islower() or other.section is not occ.section:
            continue
        first, second = (occ, other) if occ.end <= other.start else (other, occ)
        if second.start - first.end <= 40 and _METRIC_LIST_GAP.fullmatch(text, first.end, second.start):
            return True
    return False


def _written_as_a_phrase(surface: str, canonical: str) -> bool:
    """A data set's capitalised name ("Tanks and Temples") written in lower case ("tanks and temples")."""
    return any(word[:1].islower() and name[:1].isupper() for word, name in zip(surface.split(), canonical.split()))


# What a named thing holds, counted right after it: "We introduce X, containing 10K question-answer pairs", "We present
# X with 10,000 questions", "X，包含1万个问答对" (data; not "X with 7B parameters", "X，包含2个模块").
_DATA_CONTENTS = re.compile(r",?\s*(?:which\s+)?(?:contain(?:s|ing)|compris(?:es|ing)|consist(?:s|ing)\s+of|with)\s+"
                            r"(?:over\s+|more\s+than\s+|about\s+|nearly\s+|approximately\s+|around\s+)?\d[\d,.]*\s*[KkM]?\+?\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:images|videos|samples|pairs|questions|instances|clips|hours|utterances|"
                            r"sentences|documents|annotations|frames|scans|trajectories|episodes|examples|problems|queries|"
                            r"dialogues|conversations|articles|molecules|subjects|patients|records|prompts|captions|"
                            r"recordings|photos)\b|"
                            r"[，,]\s*(?:包含|包括|涵盖|含有|共有)[^。；，,]{0,8}?\d[\d,.]*\s*[万千]?\+?\s*[个张段条道组对例名]?"
                            r"[\u4e00-\u9fff]{0,4}?(?:图像|图片|视频|样本|问答对|问题|题目|实例|片段|小时|句子|文档|标注|轨迹|"
                            r"对话|分子|患者|病例|记录)", re.IGNORECASE)
# What the paper's work produces, named and described: ", producing CarbonCLIP, a family of CLIP models".
_PRODUCING_BEFORE = re.compile(r",\s+(?:producing|yielding|resulting\s+in|leading\s+to)\s+$")
# What the construction of a named thing yields, later in its sentence: "we construct AndroidCode by translating ...,
# yielding a corpus of over 80K pairs".
_DATA_YIELDED = re.compile(r"\b(?:yielding|resulting\s+in|producing|which\s+(?:yields|contains|comprises))\s+(?:a|an)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:corpus|dataset|benchmark|collection|suite)\b", re.IGNORECASE)


def _the_named(occ: Occurrence, noun_after: re.Pattern[str] = _DATA_NOUN_AFTER) -> bool:
    """"the Waymo dataset", "the Adam optimizer": a capitalised word between "the" and a data (or method) noun,
    inside a sentence, is a name (authors capitalise nothing else there)."""
    text = occ.section.text
    return text[max(0, occ.start - 4):occ.start].lower() == "the " and not at_sentence_start(text, occ.start - 4) \
        and noun_after.match(text, occ.end) is not None


_LOWER_HYPHEN_PREFIX = re.compile(r"[a-z]{1,6}-[A-Z]")  # "ss-Mamba", "diffu-GRPO", "user-LLM"


def _lexicon_type_of(occs: list[Occurrence]) -> str | None:
    """The type of the first lexicon occurrence, else None."""
    for o in occs:
        if o.source.startswith("lexicon:"):
            return o.source[8:]
    return None


# Units that look like names ("24.5 mA cm2"), nanostructures of a material ("Au NPs", "CsPbBr3 NCs") and
# crystallographic space groups ("P421m", "P63/mmc", "Pnma", "Fm3m").
_UNIT_NAMES = frozenset("""cm2 cm3 mm2 m2 m3 nm2 μm2 mA mV kV mW kW MW GW mJ kJ mAh Ah Wh kWh mWh eV meV keV MeV GeV kPa
MPa GPa kHz MHz GHz THz mS""".split())
_RANGE_SPLIT = re.compile(r"[-–/]")
_RANGE_UNITS = frozenset("eV meV keV MeV GeV TeV PeV EeV Hz kHz MHz GHz THz nm μm mm cm km pc kpc Mpc Gpc".split())
# An ion by its element and ionisation stages, as spectral lines are written: "O VII-VIII", "N VI", "Fe XXV".
_ION_STAGES = re.compile(r"([A-Z][a-z]?) (?:[IVX]+)(?:[-–/][IVX]+)?")
# An astronomical source by its catalogue designation: "FRB20250613A", "GRB 221009A", "SN 2023ixf", "PSR J0437-4715",
# "GW150914", "HESS J1825-137", "NGC 1068" (a catalogue's prefix, then its number).
# What says a technique or method is not used: "without any fine-tuning", "needs no reinforcement learning",
# "training-free ... without retraining", "无需微调".
_NEGATED_BEFORE = re.compile(r"(?:\b(?:without|w/o|needs?\s+no|requires?\s+no|no\s+need\s+(?:for|of)|free\s+of|"
                             r"(?:does|do)\s+not\s+(?:require|need|use|rely\s+on))\s+(?:any\s+|additional\s+|extra\s+|"
                             r"further\s+|explicit\s+|costly\s+|expensive\s+|task-specific\s+)*|(?:无需|无须|不需要|不依赖)\s*)$",
                             re.IGNORECASE)
# One of these is in every window _NEGATED_BEFORE matches: substring tests before the regex.
_NEGATION_WORDS = ("without", "w/o", "no ", "not ", "free of", "无需", "无须", "不需要", "不依赖")
# A note on where a paper is published, as an arXiv comment gives it ("Accepted to CVPR 2026", "to appear in the
# proceedings of ...", "MIDL 2025 Oral"); not a digest's open-source notes, read as comments too ("使用AudioSet数据集").
_VENUE_NOTE = re.compile(r"\b(?:accepted|appears?|appeared|proceedings|conference|workshop|symposium|journal|"
                         r"transactions|submitted|under review|oral|poster|spotlight|camera[- ]ready|preprint|published|"
                         r"(?:19|20)\d\d)\b|[A-Za-z](?:19|20)\d\d\b", re.IGNORECASE)
# Metal-organic and covalent frameworks and zeolites by their family and number: materials ("UiO-66", "MIL-101",
# "ZIF-8", "HKUST-1", "ZSM-5").
_FRAMEWORK_MATERIAL = re.compile(r"(?:UiO|MIL|ZIF|HKUST|MOF|COF|PCN|IRMOF|CAU|MIP|NU|SAPO|ZSM)-\d{1,3}[A-Za-z]?(?:\([A-Za-z]+\))?")
# A systematic chemical name: locants between lower-case parts ("thiophene-2-hydrazide", "1,3-dimethyl-...",
# "2-phenylethylammonium").
_CHEMICAL_SUFFIX = r"[a-z]*(?:ide|ate|ite|ine|ene|ane|yne|ol|one|yl|ium|ole)"
_CHEMICAL_NAME = re.compile(rf"(?:^|[a-z(\s-])\d+(?:,\d+)*-{_CHEMICAL_SUFFIX}\b|[a-z]{{3,}}-\d+(?:,\d+)*-{_CHEMICAL_SUFFIX}\b")
_CHEMICAL_NAME_BEFORE = re.compile(rf"(?:[a-z]{{3,}}-\d+(?:,\d+)*-{_CHEMICAL_SUFFIX}|(?:^|[\s(])\d+(?:,\d+)*-"
                                   rf"{_CHEMICAL_SUFFIX})\s*[(（]\s*$")
# A name a hyphenated modifier is built on: "YOLO-based", "CLIP-guided", "GPT-powered", "BERT-derived" (group 1: the
# name).
_KNOWN_NAME_BASED = re.compile(r"(?<![\w-])([A-Z][\w.]*?)-(?:based|driven|guided|powered|style|inspired|assisted|"
                               r"augmented|initiali[sz]ed|pretrained|distilled|derived)\b")
_BASED_HINT = re.compile(r"-(?:based|driven|guided|powered|style|inspired|assisted|augmented|initiali|pretrained|"
                         r"distilled|derived)")  # (one search of the section before the scan: most hold none)
# A name and a colon inside a title: "... with MUDMAN: Meta-Unlearning with ..." (group 1: the name).
_TITLE_NAME_COLON = re.compile(r"(?<![\w-])([A-Z][\w-]*[A-Z][\w-]*):\s+")
_SOURCE_DESIGNATION = re.compile(r"(?:FRB|GRB|SN|PSR|GW|AT|SGR|XTE|MAXI|NGC|IC|UGC|PGC|Mrk|PKS|HESS|LHAASO|HAWC|"
                                 r"1ES|3C|4C|HD|HIP|TIC|TOI|KOI|WASP|HAT-P|GJ)\s?[-–]?[JB]?\d{3,}[\w.+−–-]*")
_DESIGNATION_FIRST = frozenset("FGSPAXMNIUHLTWK134")  # the first letters of those prefixes: a cheap test first
# A physical (spin or lattice) model of the system a paper studies, not a method: "the 2D XY model", "the Heisenberg
# XXX chain", "a Bose-Hubbard model".
_PHYSICAL_MODEL = re.compile(r"(?:(?:\d+D|[12]-?d)\s+)?(?:XY|XXZ|XXX|XYZ|Ising|Heisenberg(?:\s+XX[XZ])?|(?:Bose-|Fermi-)?Hubbard|"
                             r"Potts|Kitaev|SYK|Schwinger|Dicke|Rabi|Jaynes-Cummings|Kondo|Anderson|Haldane|t-J)")
_PHYSICAL_MODEL_FIRST = frozenset("XIHBFPKSDRJAt0123456789")  # (the first letters of those names)
_PHYSICAL_MODEL_AFTER = re.compile(r"\s*(?:(?:spin\s+)?(?:models?|chains?|Hamiltonians?|lattices?)\b|模型|自旋链)",
                                   re.IGNORECASE)
_NANOSTRUCTURES = frozenset("NP NPs NC NCs QD QDs NW NWs NR NRs NS NSs NF NFs".split())
_SPACE_GROUP = re.compile(r"[PIFCRA]-?\d[\d/-]*[mcnabd][mcnabd/]*|[PIFC][mcnabd](?:-?\d)?[mcnabd]+")  # (not "Adam")
# A two-letter element symbol, a hyphen and a sample number, another element or a framework family: samples of a
# metal ("Ce-1", "Ce-3"), bonds and alloys ("Co-O", "Fe-Ni"), a metal's frameworks ("Ce-MOFs", "Bi-MOF"). (group 1:
# the first symbol, group 2: a second one)
_ELEMENT_PREFIXED = re.compile(r"([A-Z][a-z])-(?:\d{1,2}|([A-Z][a-z]?)|(?:MOF|COF|ZIF|HOF)s?)")


# Element symbols alone, run together (four or more, two of them of two letters: "NiCoFeCrMn"; "CoNaLa" or "SPICY" may
# be names) or joined by hyphens (three or more: "Cu-Cr-O"; two are _ELEMENT_PREFIXED's).
_ELEMENT_RUN = re.compile(r"(?:[A-Z][a-z]?){3,}")
# A ranking measure at a cut-off, ending a name: "Asset Recall@100", "NDCG@10", "Pass@1", "R@1".
_AT_K_MEASURE = re.compile(r"(?<![\w-])(?:[Rr]ecall|[Pp]recision|[Hh]its?|HR|N?DCG|nDCG|MRR|mAP|AP|[Aa]cc(?:uracy)?|"
                           rf"[Ss]uccess|[Pp]ass|R|P|F1|SR|{AT_K_MEASURE_WORDS})@\d+$")  # (and as written in lower case)
# A compound adjective, a name and a past participle: "CVaR-Constrained", "AI-Augmented", "LLM-Guided".
_PARTICIPLE_COMPOUND = re.compile(r"[\w.]+[-‐](?:[A-Z][a-z]+ed|Driven|Written|Given|Proven|Chosen)")
_METAL_CLUSTER = re.compile(r"([A-Z][a-z])\d{1,2}")
_ELEMENT_SYSTEM = re.compile(r"[A-Z][a-z]?(?:-[A-Z][a-z]?){2,}")
# J2000 coordinates as a sky object's name gives them ("J0138.0-2155", LaTeX's "J2129.7$+$0005"), to the first two
# digits of the declination.
_J2000 = r"J\d{4}(?:\.\d+)?\s?(?:[+−-]|\$[+−-]\$)\s?\d{2}"
# A sky object named by a catalogue and its J2000 coordinates: "MACS J0138.0-2155", "PSR J0437-4715".
_SKY_DESIGNATION = re.compile(rf"(?:[A-Z][A-Za-z0-9]{{0,7}}[\s-]?)?{_J2000}\d{{0,2}}(?:\.\d+)?")
_METRIC_LIST_CUES = frozenset({"left_metric", "left_metric_bracket_zh"})
# A number that ends a name, and the unit after it that makes it a value ("Sol 3.8 倍", "Astra 2.9×").
_NUMBER_ENDING_NAME = re.compile(r"\s\d+(?:\.\d+)?$")
_VALUE_UNIT_AFTER = re.compile(r"\s*(?:倍|%|×|x(?![\w-])|times\b|个百分点|秒|分钟)")
_COORDINATES_AFTER = re.compile(rf" ?{_J2000}")  # the coordinates after a catalogue's name ("MACS" of the above)
# Letters standing for any element of a group in a system's name: a rare earth, a lanthanide, a metal, a transition metal.
_ELEMENT_PLACEHOLDERS = frozenset({"R", "RE", "Ln", "M", "TM"})


def _materials_notation(surface: str) -> bool:
    """Units, nanostructures of a named material, space groups and formulas (also with the counts set apart, as a
    PDF's subscripts: "Ba 7 Nb 4 MoO", "Ti 2 AlC"): notation, never a method or data set."""
    words = surface.split()
    if len(words) > 2 and any(map(str.isdigit, words)) and is_chemical_formula("".join(words)):
        return True
    if len(words) == 1 and (_ELEMENT_RUN.fullmatch(surface) or "-" in surface and _ELEMENT_SYSTEM.fullmatch(surface)):
        symbols = re.findall(r"[A-Z][a-z]?", surface)
        elements = [s for s in symbols if is_element_symbol(s)]
        if len(elements) == len(symbols) and ("-" in surface or sum(len(s) == 2 for s in symbols) >= 2):
            return True  # an alloy or a material system by its elements: "NiCoFeCrMn", "Cu-Cr-O", "Ga-In-Sn"
        if "-" in surface and len(elements) >= 2 and all(s in _ELEMENT_PLACEHOLDERS for s in symbols if s not in elements):
            return True  # a family of systems, one element standing for a group: "R-Fe-B" (R a rare earth), "M-N-C"
    if len(words) == 1 and (cluster := _METAL_CLUSTER.fullmatch(surface)) and is_element_symbol(cluster.group(1)):
        return True  # an atomically precise cluster: "Ag6", "Au25"
    if len(words) == 2 and words[1] in _NANOSTRUCTURES:
        return is_element_symbol(words[0]) or is_chemical_formula(words[0])
    if len(words) == 1 and "-" in surface and (prefixed := _ELEMENT_PREFIXED.fullmatch(surface)) is not None:
        return is_element_symbol(prefixed.group(1)) and (prefixed.group(2) is None or is_element_symbol(prefixed.group(2)))
    if len(words) == 2 and (ion := _ION_STAGES.fullmatch(surface)) is not None and is_element_symbol(ion.group(1)):
        return True  # "O VII-VIII", "N VI": an ion's spectral lines
    if len(words) == 1 and ("-" in surface or "/" in surface or "–" in surface) and \
            all(part in _RANGE_UNITS for part in _RANGE_SPLIT.split(surface)):
        return True  # "GeV-TeV", "MHz/GHz": a range of units
    return len(words) == 1 and (surface in _UNIT_NAMES or _SPACE_GROUP.fullmatch(surface) is not None
                                or is_chemical_formula(surface))  # "C@Li" of "HE-MOF/C@Li": a part of a stack


# A variable count a PDF wrote apart from its formula: "BaZr x Ti 1-x O 3", "LiNi x Co y Mn z O 2".
_VARIABLE_COUNT_AFTER = re.compile(r" (?:\d+(?:\.\d+)?[-+])?[xyzδ](?![\w-])")


def _flattened_formula(occs: list["Occurrence"]) -> bool:
    """Element symbols whose variable count follows apart ("BaZr" of "BaZr x Ti 1-x O 3"): a doped formula, not a
    name (``is_chemical_formula`` reads "BaZrx" as one)."""
    return any(_VARIABLE_COUNT_AFTER.match(o.section.text, o.end) is not None and is_chemical_formula(o.text + "x")
               for o in occs)  # (the cheap test first: almost no name is followed by a lone x, y, z or δ)


# A chemical name after its stereo configuration: "L-proline", "L/D-naphthylalanine", "DL-alanine", "(S)-ibuprofen".
_STEREO_NAMED = re.compile(r"^(?:[LD]|DL|L/D|D/L|\([RSZE]\))-[a-z]")
# Words before a plural acronym ("Type-1 AGNs", "Galactic BCs"); a survey's data release alone ("DR3").
_KIND_OF_THINGS = re.compile(r"(?:\S+ )+[A-Z][A-Z0-9]*[A-Z]s")
_BARE_RELEASE = re.compile(r"DR\d{1,2}")
# A part of an architecture named by its family: "DiT-blocks", "Transformer layers", "CNN-branch".
_FAMILY_PART = re.compile(r"(.+?)[- ](?:blocks?|layers?|modules?|branch(?:es)?|backbones?|encoders?|decoders?)")
# A licence a release is under: "CC BY 4.0", "CC BY-NC-SA", "CC0", "the Apache 2.0 License", "MIT licence".
_LICENCE = re.compile(r"(?i:CC[ -]?BY(?:-[A-Z]{2})*|CC0)(?:\s+\d(?:\.\d)?)?|.*\s(?i:licen[cs]e)")
# A contest written after its name, maybe after the capitalised words of its track ("ABAW Expression Recognition
# Challenge", "Argoverse2 Scenario Mining Challenges", "BioNNE 2025 ... Entity Linking shared task", "ABAW表情挑战").
_CONTEST_NAMED_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w-]*|\d{4})){0,4}\s+(?i:challenges?|competitions?|contests?|"
                                  r"shared tasks?)\b|\s*[\u4e00-\u9fff]{0,4}?(?:挑战赛?|竞赛|比赛)")
# A name that ends in a year ("ISIC 2019", "ArcPrize 2024", "CAV 2025") names data, a contest or an event, not a method.
_YEAR_SUFFIX = re.compile(r"[ -](?:19|20)\d\d$")
# A value scored at or on what follows: "7% at ", "reaching 41.2 on the ".
_VALUE_AT_BEFORE = re.compile(r"\d%?\)?\s+(?:at|on|in)\s+(?:the\s+)?$")


def _plain_word_only_listed(cand: Candidate, mention: Mention) -> bool:
    """A capitalised plain word that only a bracketed list calls a name ("five architectures (Single, Hybrid)")."""
    name = mention.name
    return mention.role != "proposed" and mention.type in ("Method", "Dataset", "Benchmark") and name.isalpha() \
        and name[0].isupper() and name[1:].islower() and all(o.source == "name:WEAK" for o in cand.occurrences) \
        and bool(cand.rules) and cand.rules <= _BRACKET_LIST_CUES
    # (only a list says it is a name: "compared with ConvNeXt and Swin" beside "swin transformer")


def _plain_word_written_lower(cand: Candidate, mention: Mention, paper_text: str) -> bool:
    """A capitalised plain word the paper also writes in lower case is a word, not a name: "five architectures
    (Single, Independent, Centralized, ...)" beside "independent agents", "centralized coordination"."""
    return _plain_word_only_listed(cand, mention) and _lower_word_at(paper_text, mention.name.lower()) is not None


def _listed_with_plain_words(listed: list[tuple[Candidate, Mention]], words_at: set[tuple[int, int]]) -> list[Mention]:
    """The plain words of bracketed lists that hold plain words written in lower case elsewhere (at ``words_at``:
    section and sentence start): "(Single, Independent, Centralized, Decentralized, Hybrid)" is a list of words
    even where the paper never writes "hybrid" in lower case. The other mentions are returned."""
    return [mention for cand, mention in listed if not (_plain_word_only_listed(cand, mention) and all(
        o.sentence is not None and (id(o.section), o.sentence[0]) in words_at for o in cand.occurrences))]


def _described_before_clause_end(text: str, gap: str, end: int) -> bool:
    """A Chinese description ending in 的 between a propose verb and a name that ends its clause (see
    :data:`_ZH_WORDS_ATTRIBUTIVE`)."""
    return gap[-1:] in ("的", " ") and _ZH_WORDS_ATTRIBUTIVE.fullmatch(gap.lstrip("了")) is not None and \
        _CLAUSE_END_AFTER_ZH.match(text, end) is not None


def _word_of_the_text(name: str, text: str) -> bool:
    """A capitalised plain word the text also writes in lower case ("1) Anomaly: root cause nodes ..." beside "an
    anomaly"): a word, not a part's name."""
    return name.isalpha() and name[0].isupper() and name[1:].islower() and _lower_word_at(text, name.lower()) is not None


def _lower_word_at(text: str, word: str) -> int | None:
    """Where ``word`` (lower case) stands alone in ``text`` (a hyphen may follow: "single-agent"), or None."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(word, at + 1)
    return None


def _named_as_task(occ: Occurrence) -> bool:
    """The paper calls the name a task: "X: A New Task for ...", "X, a task for ...", "...任务X"."""
    text = occ.section.text
    return text.endswith("任务", 0, occ.start) or (
        "task" in text[occ.end:occ.end + 120].lower() and _NAMED_TASK_AFTER.match(text, occ.end) is not None)


def _glossed_as_task_zh(occ: Occurrence) -> bool:
    """The name is the bracketed short form of a Chinese task phrase: "处方流程监控（PresPM）方法"."""
    text = occ.section.text
    if text[occ.end:occ.end + 2].lstrip()[:1] not in (")", "）") or not _GLOSSED_ACRONYM.fullmatch(occ.text):
        return False
    phrase = _ZH_TASK_GLOSS_BEFORE.search(text, max(0, occ.start - 14), occ.start)
    return phrase is not None and not _ZH_MEANS.search(phrase.group(1))


_INITIALS_SPLIT = re.compile(r"[\s-]+")


def _acronym_tasks_folded(mentions: list[Mention], tasks: list[Mention]) -> list[Mention]:
    """``mentions`` without the acronyms typed Task whose letters are the initials of a task phrase found in the text
    ("PresPM" and "prescriptive process monitoring"): the acronym becomes that task's alias."""
    kept = []
    for m in mentions:
        if m.type == "Task" and _GLOSSED_ACRONYM.fullmatch(m.name):
            letters = "".join(ch for ch in m.name if ch.isupper()).lower()
            task = next((t for t in tasks if "".join(w[:1] for w in _INITIALS_SPLIT.split(t.name.lower())) == letters),
                        None)
            if task is not None:
                _fold_into(task, m)
                continue
        kept.append(m)
    return kept


def _negated(occ: Occurrence) -> bool:
    """A word of negation stands right before the occurrence ("without any fine-tuning", "无需微调")."""
    window = occ.section.text[max(0, occ.start - 40):occ.start]
    lowered = window.lower()
    return any(word in lowered for word in _NEGATION_WORDS) and _NEGATED_BEFORE.search(window) is not None


def _glossed_chemical(occ: Occurrence) -> bool:
    """The occurrence is the bracketed short form of a systematic chemical name ("thiophene-2-hydrazide (ThCH)")."""
    text = occ.section.text
    at = occ.start - 1 if occ.start and text[occ.start - 1] == " " else occ.start  # "( ThCH )" too
    return at > 0 and text[at - 1] in "(（" and _has_locant(text) and \
        _CHEMICAL_NAME_BEFORE.search(text, max(0, at - 60), at) is not None


@lru_cache(maxsize=64)
def _has_locant(text: str) -> bool:
    """Whether ``text`` holds a chemical locant ("2-hydrazide", "1,3-dimethyl"): most sections hold none."""
    return _LOCANT.search(text) is not None


_LOCANT = re.compile(r"\d-[a-z]{3}")


def _in_venue_note(occ: Occurrence) -> bool:
    """The occurrence stands in an arXiv comment's sentence about where the paper is published."""
    if occ.section.name != "comment":
        return False
    start, end = sentence_bounds(occ.section.text, occ.start, occ.end)
    return _VENUE_NOTE.search(occ.section.text, start, end) is not None


def _names_an_instrument(occ: Occurrence) -> bool:
    """The occurrence names an observing instrument or a sensor: an instrument noun or its records follow the name, or
    a Chinese instrument noun glosses it ("凯克望远镜高分辨率光谱仪(Keck/HIRES)")."""
    text = occ.section.text
    return _INSTRUMENT_AFTER.match(text, occ.end) is not None or \
        _INSTRUMENT_BEFORE_ZH.search(text, max(0, occ.start - 48), occ.start) is not None


def _names_a_material(occ: Occurrence) -> bool:
    """A material noun follows the occurrence, maybe after the rest of a list: "MOF@MOF composites", "Pt/C and RuO2
    catalysts", "DRX cathodes"."""
    return _MATERIAL_AFTER.match(occ.section.text, occ.end) is not None


_ET_AL_AFTER = re.compile(r"\s+et\.?\s*al\b")


def _cited_as_authors(occ: Occurrence) -> bool:
    """The name is followed by "et al.": the first author of a cited work."""
    return _ET_AL_AFTER.match(occ.section.text, occ.end) is not None


def _a_cited_author(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by its initials: an author in a numbered reference list."""
    return _CITED_AUTHOR_AFTER.match(text, end) is not None


def _lists_findings(text: str, start: int) -> bool:
    """The sentence before the numbered item at ``start`` says it lists findings ("... reveals: (1) X: ...")."""
    s_start, _ = sentence_bounds(text, start, start)
    return _FINDINGS_LEAD.search(text, s_start, start) is not None


def _in_chinese_list(occ: Occurrence) -> bool:
    """A name in a Chinese sentence between list separators ("、nuScenes和Waymo等")."""
    text = occ.section.text
    return occ.section.lang == "zh" and (text[occ.start - 1:occ.start] in _ZH_LIST_SEPARATORS or
                                         text[occ.end:occ.end + 1] in _ZH_LIST_SEPARATORS)


class EntityExtractor:
    """Finds the named entities of one paper (see the module docstring)."""

    def __init__(self) -> None:
        self.nlp = build_nlp()
        self._tokenizer = self.nlp.tokenizer
        self._lexicon = self.nlp.get_pipe("kg_lexicon_matcher")

    # ------------------------------------------------------------------ candidates

    def _docs(self, sections: list[Section]) -> list[SectionCandidates]:
        """The pipeline's components on each section, through their offset interface (no ``Span`` objects).

        The sections are tokenised as one text, joined by blank lines: the tokenizer splits each blank-separated
        chunk on its own, so every section gets the tokens it gets alone, and no lexicon pattern (none holds a
        line break) matches across the break. One ``Doc`` and one pass of each matcher per paper instead of one
        per section (4,736 sections for 696 papers) costs about a third less.
        """
        texts = [section.text for section in sections]
        offsets = []
        at = 0
        for text in texts:
            offsets.append(at)
            at += len(text) + len(_SECTION_BREAK)
        doc = self._tokenizer(_SECTION_BREAK.join(texts))
        lexicon: list[list[tuple[int, int, str, str]]] = [[] for _ in texts]
        for start, end, label, canonical in self._lexicon.find(doc):  # in order: each section's list keeps it
            i = bisect_right(offsets, start) - 1
            lexicon[i].append((start - offsets[i], end - offsets[i], label, canonical))
        starts, ends = token_edges(doc)
        names = names_in_sections(doc_text(doc), starts, ends, offsets)
        return [SectionCandidates(lexicon[i], names[i], abbreviations_in(text, doc, offset))
                for i, (text, offset) in enumerate(zip(texts, offsets))]

    @staticmethod
    def _spans(section: Section, doc: SectionCandidates, paper_title: str = "") -> list[Occurrence]:
        """Non-overlapping candidate spans of one section: lexicon first, then names, longest first."""
        text = section.text
        title = section.name == "title"
        # (is a WEAK name, minus length, source rank, position in the lexicon + names order, ...): sorting these
        # tuples is the stable sort of the candidates by their first three
        ranked = []
        for i, (start, end, label, canonical) in enumerate(doc.lexicon):
            if label in ("Dataset", "Benchmark") and " " in canonical and _written_as_a_phrase(text[start:end], canonical):
                continue  # "chest X-ray images", "3D shapes": a plain phrase, not the data set "Chest X-Ray Images"
            end, canonical = with_model_size(text, end, label, canonical)
            ranked.append((False, start - end, 0, i, start, end, _LEXICON_SOURCE[label], canonical))
        if "-" in text and _BASED_HINT.search(text):
            # "YOLO-based layout detection", "BERT-based tagging": the known name the word is built on
            for found in _KNOWN_NAME_BASED.finditer(text):
                known = _lexicon_types().get(found.group(1))
                if known is not None and known[0] in _LEXICON_SOURCE and known[0] != "Task":
                    start, end = found.span(1)
                    ranked.append((False, start - end, 0, len(ranked), start, end, _LEXICON_SOURCE[known[0]], known[1]))
        i = len(ranked)
        named_families: set[tuple[int, int]] = set()
        for start, end, label in doc.names:
            if title:  # Title Case makes phrases unreliable: strong words only
                if label != "PART" and not (label == "STRONG" and _VERSIONED.match(text[start:end])):
                    continue
            elif label == "PART":
                continue
            source = _NAME_SOURCE[label]
            weak = label == "WEAK"
            if weak and " " in text[start:end] and text[start:end] in paper_title and _NAMED_FAMILY.match(
                    text, start, end) and any(
                    e == end and s > start and label_ == "Technique" and " " in text[s:e]
                    for s, e, label_, _ in doc.lexicon):
                named_families.add((start, end))
                weak = False  # "Evidential Neural Radiance Fields", the title's name: ranked with names, it wins
            elif weak and " " in text[start:end] and _OWN_PHRASE_BEFORE.search(text, max(0, start - 40), start) and \
                    _NAMED_FAMILY.match(text, start, end) and any(
                    e == end and s > start and label_ == "Technique" for s, e, label_, _ in doc.lexicon):
                named_families.add((start, end))
                weak = False  # "we further develop a Masked Cross-Attention": the paper's own, named after the
                # family it refines
            ranked.append((weak, start - end, _SOURCE_RANK[source], i, start, end, source, None))
            i += 1
        if not title:  # the parts a section lists as its method's own, whatever their words' shapes
            for start, end in listed_parts(text):
                ranked.append((False, start - end, 1, i, start, end, "name:STRONG", None))
                i += 1
        ranked.sort()
        # A phrase that swallows a known metric or technique ("COP MAE") is two things, not one name.
        generic = [(s, e) for s, e, label, _ in doc.lexicon if label in ("Metric", "Technique")]
        taken = bytearray(len(text))
        out: list[Occurrence] = []
        for _, _, rank, _, start, end, source, canonical in ranked:
            if generic and rank and " " in text[start:end] and any(
                    start <= s and e <= end and (s, e) != (start, end) for s, e in generic) and (
                    start, end) not in named_families:
                continue
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append(Occurrence(section, start, end, source, canonical))
        return out

    # ------------------------------------------------------------------ main

    def extract(self, paper: Paper) -> list[Mention]:
        sections = list(paper.usable_sections())
        if not sections:
            return []
        docs = self._docs(sections)
        abbrev_short: dict[str, str] = {}  # key of long form -> key of short form
        short_info: dict[str, tuple[str, bool]] = {}  # short key -> (long text, long form is lower case)
        named_first: set[str] = set()  # short keys written before their long form: "MTCT (Multi-Task Cross-Training)"
        for section, doc in zip(sections, docs):
            for short_start, short_end, long_start, long_end in doc.abbreviations:
                short = section.text[short_start:short_end]
                long = section.text[long_start:long_end]
                short_text = short.rstrip("s") if short.endswith("s") and short[:-1].isupper() else short
                skey = normalise(short_text)
                abbrev_short[normalise(long)] = skey
                if short_start < long_start:
                    named_first.add(skey)
                # "Colorectal cancer (CRC)": capitalised only as the sentence's first word, still a common phrase
                lower = long[1:] == long[1:].lower()
                if skey not in short_info or (short_info[skey][1] and not lower):
                    short_info[skey] = (long, lower)  # the capitalised form when one section writes it so
        candidates: dict[str, Candidate] = {}

        def key_of(text: str) -> str:
            key = normalise(text)
            if text.endswith("s") and len(text) > 2 and _ALL_CAPS.match(text):
                key = normalise(text[:-1])  # CNNs -> CNN
            return abbrev_short.get(key, key)

        section_cues: dict[int, SectionCues] = {}  # id(section) -> its cues, lower-cased text and sentence ends
        known_tasks: list[Occurrence] = []
        lists: list[tuple[str, list[tuple[Occurrence, Candidate]]]] = []  # each section's candidates, for siblings
        for section, doc in zip(sections, docs):
            cues: SectionCues | None = None  # made for the first candidate (a quarter of the sections have none)
            listed: list[tuple[Occurrence, Candidate]] = []
            occs = [part for span in self._spans(section, doc, paper.title) for part in (
                    _split_slashed(span) if "/" in section.text[span.start:span.end] else (span,))]
            if "(" in section.text:
                occs += _optional_digit_names(section)
            for occ in occs:
                source = occ.source
                if source == "lexicon:Task":
                    known_tasks.append(occ)
                    continue  # tasks are chosen per paper by kg.extract.tasks
                if source == "lexicon:Metric":
                    if _plain_metric_word(occ.text) and not self._reported(occ) and not _listed_with_named_metric(occ, occs) \
                            and not (" " in occ.text and occ.canonical and occ.canonical != occ.text) \
                            and not (occ.section.name in ENGLISH_FIRST and occ.text.lower() in _NAMED_MEASURES):
                        # (a long form with a known short form, "word error rate", names the metric wherever it is;
                        # so does a figure of merit of a device or material the abstract or title writes, "improving
                        # ionic conductivity": summaries restate the abstract's "efficiency" in such words)
                        continue  # "improves accuracy" names no metric; "95% accuracy" does
                    self._extend_metric(occ)
                elif source == "lexicon:Method" and " " in occ.text and occ.canonical and occ.canonical != occ.text \
                        and _TITLE_WORD_BEFORE.search(section.text, max(0, occ.start - 40), occ.start):
                    continue  # "AP-GRPO (Advantage Preference Group Relative Policy Optimization)": another's name
                name = occ.text
                # "F1 score" and "F1", "mean average precision" and "mAP": one metric, keyed by its short form
                key = key_of(occ.canonical if source == "lexicon:Metric" and occ.canonical else name)
                if not key or key in _GENERIC_SINGLE:
                    continue
                cand = candidates.get(key)
                if cand is None:  # not setdefault: a Candidate (four containers) per occurrence costs
                    cand = candidates[key] = Candidate(key)
                cand.occurrences.append(occ)
                if source.startswith("lexicon:"):
                    cand.votes[source[8:]] += 3.0
                    cand.rules.add(source)
                if cues is None:
                    cues = section_cues[id(section)] = SectionCues(section.text)
                self._context_votes(cand, occ, cues, name)
                listed.append((occ, cand))
            if len(listed) > 1:
                lists.append((section.text, listed))
        for text, listed in lists:  # once every candidate has its own votes
            _vote_list_siblings(text, listed)
        for key in [k for k in candidates if k.endswith("s") and k[:-1] in candidates]:
            plural = candidates.pop(key)  # "SCA-Nets" is "SCA-Net"
            candidates[key[:-1]].occurrences += plural.occurrences
            for type_, weight in plural.votes.items():
                candidates[key[:-1]].votes[type_] += weight
            for role, weight in plural.roles.items():
                candidates[key[:-1]].roles[role] += weight
            candidates[key[:-1]].rules |= plural.rules
        for skey, (long_text, lower) in short_info.items():
            if skey in candidates:
                candidates[skey].long_forms.append(long_text)
                candidates[skey].long_form_lower = lower
                candidates[skey].named_first = skey in named_first
        self._title_prefix(paper, sections, candidates, key_of)
        self._propose_cues(sections, candidates, key_of, short_info, section_cues)
        paper_text = "\n".join(section.text for section in sections)
        decided = []
        roles_named: list[Candidate] = []  # Title Case roles ("a Reminder Agent"): parts when the paper proposes
        plain_listed: list[tuple[Candidate, Mention]] = []  # plain words only a bracketed list calls names
        words_at: set[tuple[int, int]] = set()  # where such a word was dropped: its section and sentence
        undecided: list[Candidate] = []  # phrases no cue made a name: maybe parts named after the paper's method
        for cand in candidates.values():
            if cand.occurrences[0].section.name == "comment" and all(map(_in_venue_note, cand.occurrences)):
                continue  # "to appear in ... (EuroPar)", "MIDL 2025 Oral": the arXiv comment names venues
            if all(map(_cited_as_authors, cand.occurrences)):
                continue  # "(e.g., Wang et al., 2024b)": a work cited by its first author, no name of a method
            mention = self._decide(cand, paper.id)
            if mention is None and _names_a_role(cand):
                roles_named.append(cand)
            elif mention is None:
                undecided.append(cand)
            elif mention is not None and _plain_word_written_lower(cand, mention, paper_text):
                words_at.update((id(o.section), o.sentence[0]) for o in cand.occurrences if o.sentence is not None)
            elif mention is not None and _plain_word_only_listed(cand, mention):
                plain_listed.append((cand, mention))
            elif mention is not None:
                decided.append(mention)
                if mention.type == "Method" and mention.role == "proposed":
                    decided += _own_named_data(cand, paper.id)
        decided += _listed_with_plain_words(plain_listed, words_at) if words_at else [m for _, m in plain_listed]
        own = {m.name.lower() for m in decided if m.type == "Method" and m.role == "proposed"}
        for cand in undecided if own else ():
            stem, hyphen, part = cand.occurrences[0].text.partition("-")
            if hyphen and stem.lower() in own and part[:1].isupper() and " " not in part or \
                    cand.long_forms and any(_held_by_own_method(o, cand.long_forms, own) for o in cand.occurrences):
                cand.proposed = 1.0  # "PERSONA ... 1) Persona-Base ...; 2) Persona-Algebra": parts named after it
                if (mention := self._decide(cand, paper.id)) is not None:
                    decided.append(mention)
        if roles_named and any(m.type == "Method" and m.role == "proposed" for m in decided):
            for cand in roles_named:  # "synchronizes four agents: ... called a Meal Planner Agent; ..."
                cand.proposed = 1.0
                if (mention := self._decide(cand, paper.id)) is not None:
                    decided.append(mention)
        metrics = {m.name.lower() for m in decided if m.type == "Metric"}
        for cand in undecided if metrics else ():
            if any(_listed_as_part_of(o, metrics) for o in cand.occurrences):
                cand.votes["Metric"] += 3.0  # "PDMS（含 NC、DAC、TTC）": the sub-scores a metric is made of
                cand.rules.add("metric_part")
                if (mention := self._decide(cand, paper.id)) is not None:
                    decided.append(mention)
        mentions = _type_by_siblings(_drop_summary_only_bare_metrics(decided))
        _own_variants_proposed(mentions)
        _own_components_proposed(mentions)
        mentions = _drop_summary_only_score_prefixes(_summary_short_data_merged(_own_name_extensions_merged(mentions)))
        mentions = _short_and_long_forms_merged(mentions)
        _singular_measure_aliases(mentions)
        _score_word_aliases(mentions)
        mentions += _introduced_measures(mentions)
        mentions += _platforms_built_on(sections, paper.id, mentions)
        mentions = _drop_cut_model_names(mentions, sections)
        mentions = _long_form_openings_dropped(mentions, sections)
        mentions = _family_suffixes_folded(mentions)
        _data_variants_typed(mentions)
        named = [(e.start, e.end) for m in mentions for e in m.evidence if e.section == "title"]
        tasks = without_own_method_names(
            extract_tasks(paper.id, sections, [(o.section, o.start, o.end) for o in known_tasks], named), mentions)
        return _acronym_tasks_folded(mentions, tasks) + tasks

    # ------------------------------------------------------------------ cues

    @staticmethod
    def _reported(occ: Occurrence) -> bool:
        """A number (or a metric cue) near a plain-word metric in the same sentence."""
        text = occ.section.text
        s_start, s_end = sentence_bounds(text, occ.start, occ.end)
        window = text[max(s_start, occ.start - 50):min(s_end, occ.end + 50)]
        if _NUMBER_NEAR.search(window) or _COMPARATIVE_BEFORE.search(text, max(s_start, occ.start - 30), occ.start):
            return True
        if text.startswith(",", occ.end) and _LIST_OF_METRICS.match(text, occ.end, s_end):
            return True  # "evaluated using accuracy, weighted precision, recall, F1-score, and AUROC metrics"
        if occ.section.name in ENGLISH_FIRST and _BEATS.search(text, s_start, occ.start) and \
                _IN_MEASURE_BEFORE.search(text, max(s_start, occ.start - 20), occ.start):
            return True  # "outperforms prior methods in both accuracy and interpretability" (summaries restate it)
        if _THE_X_OF.search(text, max(0, occ.start - 5), occ.start) and _OF_NOT_VALUE.match(text, occ.end):
            return False  # "quantify the sensitivity of UQ scores": the word, not the metric
        return bool(_METRIC_WORDS.search(window)) and not _BACKGROUND_OPENING.match(text, s_start)

    @staticmethod
    def _extend_metric(occ: Occurrence) -> None:
        """Include a granularity modifier ("pixel-level AUROC", "macro F1") or what is measured ("extraction accuracy"),
        and a trailing "coefficient" or cut-off ("Spearman correlation coefficient", "precision at rank 1")."""
        text = occ.section.text
        tail = _COEFFICIENT_AFTER.match(text, occ.end)
        if tail:
            occ.end, occ.canonical = tail.end(), None
        match = _METRIC_MODIFIER.search(text, max(0, occ.start - 30), occ.start)
        if match:
            occ.start, occ.canonical = match.start(1), None
            return
        if occ.text.islower() and occ.text not in _NAMED_MEASURES and (
                match := METRIC_OBJECT.search(text, max(0, occ.start - 30), occ.start)):  # a measure names itself
            occ.base, occ.canonical = occ.canonical or occ.text, None
            occ.start = match.start(1)

    @staticmethod
    def _context_votes(cand: Candidate, occ: Occurrence, cues: SectionCues, name: str) -> None:
        """Votes and roles from the cues around ``occ`` (whose text is ``name``) and from the name's own shape."""
        text = occ.section.text
        s_start, s_end, left_start, right_end, hits = cues.context(occ.start, occ.end)
        occ.sentence = (s_start, s_end)
        for cue in hits:
            if cue.name == "left_value_on" and any(c.name == "left_eval_on" for c in hits):
                continue  # one piece of evidence: "reaches 85.9% on ViT-B/32" is not two cues
            if cue.name in _DATA_NOUN_CUES and _COUNTED_BEFORE.search(text[left_start:occ.start]) and \
                    _PLURAL_DATA_AFTER.match(text[occ.end:right_end]):
                continue  # "five challenging BIQA benchmarks": a kind of data, not the name of one
            if cue.name in _DATA_LIST_CUES and _DATA_NOUN_COMMA.search(text, left_start, occ.start) and \
                    not _LIST_GOES_ON.match(text, occ.end):
                continue  # "On the A and B benchmarks, FlowDrive achieves ...": a clause after the comma, no list
            if cue.name in _BRACKET_LIST_CUES and text[left_start:occ.start].rstrip()[-1:] in "（(" and \
                    not _LIST_GOES_ON.match(text, occ.end):
                continue  # "高斯混合模型（GMM）": a short form glossing its kind, not a list of names
            if cue.name == "left_eval_opening" and text[left_start:occ.start].rstrip().endswith(",") and \
                    _SUBJECT_VERB_AFTER.match(text, occ.end):
                continue  # "On BFCL, AgentX reaches 71%": the clause's subject after the opening, not listed with it
            if cue.name in ("left_eval_on", "right_result") and any(c.name == "left_compared" for c in hits) and \
                    _BEATEN_AFTER_ON.search(text, left_start, occ.start):
                continue  # "75.1% AUC on LaSOT, exceeding OSTrack (71.1%) and SeqTrack (72.5%)": beaten, not data
            if cue.name == "left_compared" and _CLOSED_LIST_BEFORE.search(text, left_start, occ.start):
                continue  # "Compared to U-Net, Attention U-Net and TransUNet, MedFormer yields ...": the subject
            if cue.name == "left_metric_gloss_zh" and text[occ.end:occ.end + 1] not in ")）,，;；":
                continue  # "收敛速率(KKT 残差范数)", "三重线比率（G和R参数）": the bracket says more than a short form
                # (not "驾驶得分（DS，定义为...）")
            if cue.name == "left_method_bracket" and spelled_before(text, text.rindex("(", left_start, occ.start), name):
                continue  # "a hidden Markov model (HMM)": the short form of a long form, which says what it is
            if cue.name == "right_eval_zh" and text[max(0, occ.start - 1):occ.start] in _INTO_ZH:
                continue  # "整合到MCP Box中": put into it, not evaluated on it
            if cue.name == "right_method" and (
                    (_PLURAL_KIND_AFTER.match(text, occ.end) and (_ALL_CAPS.match(name) or _MIXED_ACRONYM.match(name))
                     and not any(ch.isdigit() for ch in name)) or (
                    occ.source == "name:WEAK" and " " not in name and _NETWORKS_AFTER.match(text, occ.end))) and \
                    not _LIST_BEFORE.search(text, left_start, occ.start):
                # "LDP methods", "BaB methods": a bare acronym before a plural kind names a family of methods (unlike
                # the last of a list, "DQN and DDPG algorithms"); so does a plain word before "networks" ("Hopfield
                # networks")
                cand.votes["Technique"] += cue.weight
                continue
            cand.votes[cue.type] += cue.weight
            cand.rules.add(cue.name)
            if cue.role:
                cand.roles[cue.role] += cue.weight
            if cue.name in ("right_dataset", "right_benchmark", "right_data_zh", "right_benchmark_zh"):
                cand.data_strong += cue.weight
        if text.startswith(_CLOSING, occ.end) and occ.start and text.startswith(_OPENING, occ.start - 1):
            # "the Alzheimer's Disease Neuroimaging Initiative (ADNI) database": the kind after the bracket
            after = text[occ.end + 1:right_end + 1]
            for cue in _KIND_AFTER_BRACKET_CUES:
                if cue.pattern.match(after):
                    cand.votes[cue.type] += cue.weight
                    cand.rules.add(cue.name)
                    cand.data_strong += cue.weight
                    if cue.role:
                        cand.roles[cue.role] += cue.weight
        if text.startswith(" ", occ.end) and (protocol := _TEST_PROTOCOL_AFTER.match(text, occ.end)) and \
                _UNDER_BEFORE.search(text, max(0, occ.start - 10), occ.start) and \
                (protocol.group(1) is None or _TEST_CODE.search(name)):
            # "retained 90% after 800 h under the ISOS-L-1 protocol": a standard test the result is measured under
            cand.votes["Benchmark"] += 2.0
            cand.roles["evaluated_on"] += 2.0
            cand.data_strong += 2.0
            cand.rules.add("under_test_protocol")
        for type_, weight in _name_suffix_votes(name):
            cand.votes[type_] += weight / 2  # once per occurrence, halved: shape is weaker than context
            if type_ in ("Dataset", "Benchmark"):
                cand.data_strong += weight / 2

    @staticmethod
    def _spelled_out_in_title(title: Section, candidates: dict[str, Candidate], key_of) -> None:
        """A name the title spells out after a colon is the paper's own, wherever it stands: "Robust LLM Unlearning
        with MUDMAN: Meta-Unlearning with Disruption Masking And Normalization"."""
        if ":" not in title.text:
            return
        for colon in _TITLE_NAME_COLON.finditer(title.text):
            if colon.start() == 0:
                continue  # an opening "Name: ..." is the title prefix's
            cand = candidates.get(key_of(colon.group(1)))
            after = title.text[colon.end():].lower()
            if cand is not None and any(after.startswith(long.lower()) for long in cand.long_forms):
                cand.proposed += 3.0
                cand.rules.add("title_spelled_out")

    def _title_prefix(self, paper: Paper, sections: list[Section], candidates: dict[str, Candidate], key_of) -> None:
        """``Name: subtitle`` titles name the paper's own method (or benchmark/dataset)."""
        title = next((s for s in sections if s.name == "title"), None)
        if title is None:
            return
        self._spelled_out_in_title(title, candidates, key_of)
        match = TITLE_NAME.match(title.text)
        if not match:
            return
        name = match.group(1).strip()
        if _CJK.search(name):
            return  # "探秘 Agentic RAG 系统：...": a Chinese headline, the names in it are its Latin words
        words = name.split()
        if len(words) > 1 and words[0] == "The":  # "The Coral Protocol: Open Infrastructure ..."
            words = words[1:]
            name = " ".join(words)
        kind = _SOFTWARE_KIND.search(name)
        if kind and kind.start() > 0 and is_strong_word(name[:kind.start()].split()[-1]):
            name = name[:kind.start()]  # "The GRADIEND Python Package: ...": the package is GRADIEND
            words = name.split()
        if len(words) > 6 or words[0] in STARTERS or words[0].lower() in ("how", "when", "why", "what", "can", "do", "does", "is", "are"):
            return
        if len(words) > 1 and words[-1] in ("Survey", "Surveys"):
            return  # "The BUFFALO Survey: The Subhalo Mass Function ...": an observing programme, its data read in the text
        if any(w.endswith(("'s", "’s")) for w in words[:-1]):
            return  # "AI's Euclid's Elements Moment: From Language Models to ...": a phrase, not a name
        if (words[0][0].isdigit() and not is_strong_word(words[0])) or (
                len(words) > 1 and words[0].endswith("ing") and not is_strong_word(words[0])):
            return  # "100 Days After DeepSeek-R1: ...", "Extending AALpy with Passive Learning: ...": a phrase
        # "Massive MIMO Detection: ...", "TP53 Mutations and Immune Evasion: ...": the topic, not a name (unless the
        # text names it so: "Online Mixture of Experts: ..." with "online mixture-of-experts (OMoE)")
        topic = len(words) > 1 and words[-1].lower().rstrip("s") in _TASK_HEADS or (
            len(words) > 2 and any(w in FUNCTION_WORDS for w in words[1:]))
        if not (any(is_strong_word(w) for w in words) or len(words) <= 4):
            return
        # a title opens with a capital unless it opens with a name written in lower case ("chebgreen: Learning ...",
        # "rs-embed: ..."): one such word that the text introduces ("we introduce X", "X is a ...") is the paper's own
        lower_name = name.lower() == name and bool(_LOWER_TITLE_NAME.match(name)) and any(
            s is not title and re.search(
                rf"(?:\b(?:introduce|present|propose|develop|release)\w*|\b(?:library|toolkit|tool|package|framework|"
                rf"software|platform|system|model|method|algorithm),)\s+{re.escape(name)}(?![\w-])|"
                rf"(?<![\w-]){re.escape(name)}(?:,\s+an?\s|\s+is\s+an?\s)", s.text) for s in sections)
        if (not any(ch.isupper() for ch in name) or name.lower() == name) and not lower_name:
            return
        key = key_of(name)
        if topic and key not in candidates:
            return
        one_word_name = len(words) == 1 and words[0].isalpha() and words[0][:1].isupper() and \
            words[0][1:].islower() and words[0].lower() not in _TITLE_GENRES
        if not any(is_strong_word(w) for w in words) and key not in candidates and not lower_name and \
                not one_word_name:
            # "Decoding Future Risk: ..." is a phrase unless the text uses it as a name again (one word before the
            # colon names the paper's own, "Guardian: Decoupling Exploration ...", unless it is the paper's genre,
            # "Position: ...")
            return
        if _GENRE_SUBTITLE.match(title.text, match.end(1)):
            return  # "AI4Research: A Survey of ...": the name of the survey, not of a method
        cand = candidates.setdefault(key, Candidate(key))
        start = title.text.index(name)
        if not any(o.section is title and o.start == start for o in cand.occurrences):
            cand.occurrences.insert(0, Occurrence(title, start, start + len(name), "title_prefix"))
        subtitle = title.text[match.end(1):]
        cand.proposed += 3.0
        cand.rules.add("title_prefix")
        if "lexicon:Method" in cand.rules:
            cand.rules.add("proposed_over_lexicon")  # "Llama-Nemotron: Efficient Reasoning Models": a known model's release
        method_head = TITLE_METHOD.search(subtitle)
        evaluates = _TITLE_EVALUATES.match(subtitle)
        if evaluates:  # "RADAR: Benchmarking Language Models on ...": what the models are evaluated on, not a model
            method_head = None
        if method_head and DATA_WORDS.search(subtitle, 0, method_head.end()):
            pass  # "A Multimodal Acoustic Dataset and Deep Contrastive Learning Framework": the text's cues decide
        elif method_head and not re.search(r"bench", name, re.IGNORECASE):
            # the subtitle's first noun phrase ends in a model word ("An MDL-based Framework for ... in the ARC
            # Benchmark", "A Human Preference Dataset and Reward Modeling Framework"): its shape ("CaReAQA" ends like
            # "PubMedQA") or a later data word says data; the title says not
            cand.rules.add("title_method")
        elif TITLE_DATA.search(subtitle) or evaluates or re.search(r"bench", name, re.IGNORECASE):
            bench = BENCH_WORDS.search(subtitle) or evaluates or "bench" in name.lower()
            cand.votes["Benchmark" if bench else "Dataset"] += 3.0
            cand.data_strong += 3.0

    def _propose_cues(self, sections: list[Section], candidates: dict[str, Candidate], key_of,
                      long_forms: dict[str, tuple[str, bool]] | None = None,
                      section_cues: dict[int, SectionCues] | None = None) -> None:
        """"we propose X", "X, named Y", "提出X": the first candidate after the verb is the paper's own."""
        by_section: dict[int, list[tuple[Occurrence, Candidate]]] = defaultdict(list)
        for cand in candidates.values():
            for occ in cand.occurrences:
                by_section[id(occ.section)].append((occ, cand))
        proposing: set[int] = set()  # sections with a propose verb
        for section in sections:
            occs = by_section.get(id(section))
            if not occs:
                continue  # no candidate to propose (and none for the numbered components below)
            occs = sorted(occs, key=lambda oc: oc[0].start)
            starts = [occ.start for occ, _ in occs]
            text = section.text
            cues = (section_cues or {}).get(id(section))
            for verb_start, verb_end in (propose_spans(text) if cues is None else
                                         propose_spans_lowered(text, cues.lowered)):
                proposing.add(id(section))
                s_start, s_end = sentence_bounds(text, verb_start, verb_end)
                at = bisect_left(starts, verb_end)  # only the first candidate after the verb counts
                if at == len(occs) or starts[at] >= s_end:
                    continue
                occ, cand = occs[at]
                gap_end = occ.start
                if occ.source == "lexicon:Technique" and at + 1 < len(occs) and occs[at + 1][0].source == "name:STRONG" \
                        and _BRACKET_ONLY.fullmatch(text, occ.end, occs[at + 1][0].start):
                    # "a novel Self-Supervised Transformer (SSTransformer) framework": the family word heads the
                    # long form, and the bracketed short form after it is the paper's name
                    occ, cand = occs[at + 1]
                    spelled = (long_forms or {}).get(cand.key)
                    if spelled is not None and _long_form_start(text, occ.start, spelled[0]) is not None:
                        gap_end = occ.start  # "we present a cardiac sensing foundation model (CSFM)": its long form
                    else:
                        gap_end = _TITLE_CASE_TAIL.search(text, verb_end, gap_end).start()
                elif at + 1 < len(occs) and occs[at + 1][0].source == "name:STRONG" and occs[at + 1][0].start < s_end and \
                        _FAMILY_THEN_APPOSITIVE.fullmatch(text, occ.end, occs[at + 1][0].start):
                    # "we propose a novel clustered FL method, FedGWC (...)": the first name describes the method the
                    # name after the comma names
                    occ, cand = occs[at + 1]  # (the gap is the one before the description, " a novel clustered ")
                elif at + 1 < len(occs) and occs[at + 1][0].start < s_end and not text.isascii() and \
                        _ZH_DESCRIPTION_BEFORE_NAME.fullmatch(text, verb_end, occs[at + 1][0].start) and \
                        not occs[at + 1][0].source.startswith("lexicon:") and \
                        not _ZH_DESCRIPTION_BEFORE_NAME.fullmatch(text, verb_end, occ.start) and \
                        not _ZH_AND.search(text, occ.end, occs[at + 1][0].start):
                    # "提出了基于Transformer的蛋白质语言模型ProtLingo", "构建了脑部MRI基础模型NeuroVista": a name inside the
                    # Chinese description before its kind; the name after the kind is the paper's own
                    occ, cand = occs[at + 1]
                    gap_end = verb_end
                elif occ.source == "name:WEAK" and at + 1 < len(occs) and occs[at + 1][0].source == "name:STRONG" and \
                        _BRACKET_ONLY.fullmatch(text, occ.end, occs[at + 1][0].start) and \
                        text[occs[at + 1][0].end:occs[at + 1][0].end + 1] in (")", "）"):
                    # "This paper introduces Modular Decomposition (MoDeGPT), a ...": plain words glossed by a
                    # name-shaped word in brackets that does not abbreviate them; the name is the paper's own
                    occ, cand = occs[at + 1]
                elif at + 1 < len(occs) and occs[at + 1][0].start < s_end and not text.isascii() and \
                        not occs[at + 1][0].source.startswith("lexicon:") and \
                        _ZH_GLOSSED_BEFORE_NAME.fullmatch(text, verb_end, occs[at + 1][0].start) and \
                        _ZH_GLOSS_CLOSED_AFTER.match(text, occs[at + 1][0].end):
                    # "提出了一种神经规范Polyadic分解(NCPF)模型": a Latin word inside the glossed description; the
                    # bracketed name after it is the paper's own
                    occ, cand = occs[at + 1]
                    gap_end = occ.start
                elif long_forms and occ.source in _PHRASE_SOURCES and (
                        short_at := _short_form_after_its_long_form(text, occs, at, s_end, long_forms)) is not None:
                    # "we propose Chain of Merges (CoM)": the long form is split into names at its lower-case word;
                    # the bracketed short form after it is the name proposed
                    occ, cand = occs[short_at]
                    gap_end = occ.start
                elif occ.source.startswith("lexicon:"):
                    if occ.source not in _NAMED_LIKE_DATA or not _METHOD_NOUN_AFTER.match(text, occ.end):
                        continue  # a known dataset/method right after the verb is used, not proposed
                    cand.rules.add("proposed_over_lexicon")  # "提出RACE框架": the paper's framework, named like a dataset
                gap = text[verb_end:gap_end]
                long = (long_forms or {}).get(cand.key)
                lead = _long_form_start(text, gap_end, long[0]) if long else None
                # "we propose Action-aware Dynamic Pruning (ADP), ...", "we develop a novel spectral graph network
                # ... (SGNN-IB)"; not a lower-case long form without "novel" ("phenylethylammonium (PEA)")
                if lead is not None and lead >= verb_end and (not long[1] or _NOVEL.search(text, verb_end, lead) or
                                                              long[0].rsplit(" ", 1)[-1].lower() in _PART_HEADS or
                                                              _long_form_head(long[0]) in _MODEL_HEADS or
                                                              _METHOD_KIND_AFTER_BRACKET.match(text, occ.end)):
                    # (a lower-case part the paper designs: "we design a cross-feature bridge (CFB)"; a lower-case long
                    # form the bracket then calls a method: "we introduce a region-aware preference optimization
                    # (RA-PO) strategy")
                    gap = text[verb_end:lead]
                after = text[occ.end:occ.end + 40]
                if long is not None and long[1] and _long_form_head(long[0]) in _TASK_HEADS:
                    continue  # "establishing event-based VAD", VAD spelled out "video anomaly detection": a task
                if _GENERIC_NOUN_AFTER.match(after) and _family_acronym(cand, long_forms):
                    continue  # "a novel OSRL approach": the field's acronym modifies an unnamed approach
                if _AS_A_ROLE.match(after):
                    continue  # "we introduce Qwen2.5 as the backbone of LLM"
                if _KIND_OF_DATA_AFTER.match(after):
                    continue  # "we curate VQA data that ...": the kind of data curated, not its name
                if _MODIFIER_AFTER.match(after):
                    continue  # "by introducing an Expectation Maximization (EM)-like procedure": a modifier
                if cand.long_forms and not after.isascii() and _ALL_CAPS.match(occ.text) and \
                        _ZH_DESCRIBED_KIND_AFTER.match(after):
                    continue  # "引入AU解耦引导策略", "建立统一的UVP管理系统": a concept the paper spells out elsewhere
                    # ("Action Units (AUs)"), modifying the description of what is introduced
                if occ.source == "name:WEAK" and not NAMING.search(gap) and not (
                        (" " in occ.text.strip() or _HYPHENATED_NAME.match(occ.text))
                        and (_AFTER_PROPOSED_PHRASE.match(after) or
                             _KIND_AFTER_COINED.match(after) and _COINED_BEFORE.search(gap))) and not (
                        not gap.strip(" \"“'") and _APPOSITIVE_AFTER.match(after)) and not (
                        not gap.strip(" 了") and _ZH_NAMED_KIND_AFTER.match(after)) and not \
                        _NAME_NOUN_AFTER.match(after) and not (
                        " " in occ.text.strip() and _described_before_clause_end(text, gap, occ.end)):
                    # a capitalised single word after "we propose" is not enough, unless it is named right after the
                    # verb and described ("We propose Vantrel, a diffusion-based scheme ...", "提出了Cascade框架") or
                    # named with its data noun ("we constructed the Attribute Dataset", "We introduce the Kitchen
                    # Benchmark")
                    continue
                if "provide" in text[verb_start:verb_end].lower() and not DATA_WORDS.search(gap):
                    continue  # "we provide X" introduces data only ("a novel, annotated dataset, XeMap-set")
                if _METRIC_KIND_AFTER.match(text, occ.end):
                    cand.rules.add("metric_appositive")  # "we propose U3D, a metric that ...": proposed, and a metric
                elif _METRIC_KIND.search(gap) or _METRIC_KIND_AFTER_ZH.match(text, occ.end):
                    cand.votes["Metric"] += 3.0  # "we introduce a new metric called F-AE Score", "提出新的F-AE Score指标":
                    continue  # a measure the paper defines, not a method it proposes
                if GAP_OK.match(gap) or NAMING.search(gap) or (not gap.isascii() and (
                        _ZH_DESCRIPTION_BEFORE_NAME.fullmatch(gap) or (
                            _ZH_GLOSSED_BEFORE_NAME.fullmatch(gap) and _ZH_GLOSS_CLOSED_AFTER.match(text, occ.end)) or (
                            _ZH_ATTRIBUTIVE.fullmatch(gap) and _DATA_AFTER_ZH.match(text, occ.end, s_end)) or
                        not _ALL_CAPS.match(occ.text) and _described_before_clause_end(text, gap, occ.end))):
                    cand.proposed += 2.0
                    cand.rules.add("propose_cue")
                    appositive = APPOSITIVE_DATA.match(text[occ.end:min(s_end, occ.end + 100)]) or \
                        _DATA_AFTER_ZH.match(text, occ.end, s_end) or _SIMULATOR_GLOSS_ZH.match(text, occ.end, s_end)
                    data_kind = None
                    if DATA_WORDS.search(gap) or appositive or _DATA_VERB.search(text, verb_start, verb_end) or \
                            _DATA_YIELDED.search(text, occ.end, min(s_end, occ.end + 200)) or \
                            _DATA_CONTENTS.match(text, occ.end, s_end):
                        # (what one curates, collects or annotates is data: "We curate SciDocs-QA from arXiv papers")
                        bench = BENCH_WORDS.search(gap) or (appositive and BENCH_WORDS.search(appositive.group(1)))
                        data_kind = "Benchmark" if bench else "Dataset"
                        cand.vote_own_data(data_kind)
                    _coordinated_proposed(text, occs, occ, s_end, data_kind)
        for section in sections:  # "the proposed X", "a novel X", "1) 中文名（X）"
            for occ, cand in by_section.get(id(section), []):
                if occ.source.startswith("lexicon:") or cand.proposed >= 1.0:
                    continue
                text = section.text
                if (occ.start, occ.end) in listed_parts(text):
                    cand.proposed += 1.0
                    cand.rules.add("listed_part")
                    continue
                before = text[max(0, occ.start - 24):occ.start]
                if occ.source == "name:WEAK" and " " not in occ.text and not (
                        before.endswith(_NAMED_WORD_ENDS) and _NAMED_WORD_BEFORE.search(before)) and not (
                        "是" in text[occ.end:occ.end + 3] and _PROPOSED_AFTER_ZH.match(text, occ.end)):
                    continue  # "1) 中期训练（Mid-Training）": one ordinary capitalised word names a stage, not a component
                family = _family_acronym(cand, long_forms) and not _named_part_long_form(cand, long_forms) and not (
                    before.rstrip().endswith(("(", "（")) and _proposed_before_long_form(
                        text, occ.start, (long_forms or {}).get(cand.key)))
                # ("our novel Contrastive Trigger Learning (CTL)": the paper's own, whatever the head of its long form)
                if family:
                    continue
                # cheap tests first: a gloss ends in an opening bracket, the modifiers need one of their words
                if (before.rstrip()[-1:] in ("(", "（") and text[occ.end:occ.end + 2].lstrip()[:1] in (")", "）")
                        and _LIST_GLOSS.search(text, max(0, occ.start - 30), occ.start)):
                    # "1）帧间运动建模（IMM）模块" with "Inter-frame Motion Modeling (IMM)" in the abstract: a numbered,
                    # glossed part of the paper's method, even when its long form ends in a task word
                    rule = "glossed_component"
                elif family:
                    continue
                elif _PROPOSED_BEFORE_HINT.search(before) and \
                        _PROPOSED_BEFORE.search(before) and not _CONTINUED.match(text, occ.end) and (
                        occ.source != "name:WEAK" or "our" not in before.lower()[-16:] or (
                            "novel" in before.lower() and _METHOD_NOUN_AFTER.match(text, occ.end))):
                    # (plain capitalised words after "our" only as "our novel Recursive Sampling method")
                    rule = "proposed_modifier"
                    if (kind := DATA_WORDS.search(before)) is not None:  # "The dataset, named SkyTrack-5K, ..."
                        cand.vote_own_data("Benchmark" if BENCH_WORDS.search(kind.group(0)) else "Dataset")
                elif ("newly" in before or "self" in before or "house" in before or "自" in before) and \
                        _OWN_DATA_BEFORE.search(before) and (noun := _OWN_DATA_NOUN_AFTER.match(text, occ.end)):
                    rule = "own_data_modifier"  # "our self-collected X dataset", "a newly built X benchmark", "自建的X数据集"
                    cand.vote_own_data("Benchmark" if BENCH_WORDS.search(noun.group(0)) else "Dataset")
                elif before.rstrip().endswith(("(", "（")) and _proposed_before_long_form(
                        text, occ.start, (long_forms or {}).get(cand.key)):
                    rule = "proposed_modifier"  # "the proposed Flow-based Voice Enhancing (FVE)"
                elif before.endswith((", ", "namely ")) and (
                        our := _OUR_NOUN_BEFORE.search(text, max(0, occ.start - 70), occ.start) or
                        _NEW_NOUN_BEFORE.search(text, max(0, occ.start - 80), occ.start) or
                        _RESULTING_NOUN_BEFORE.search(text, max(0, occ.start - 80), occ.start)) is not None:
                    rule = "our_noun_appositive"  # "We train our GUI grounding model, GUI-Cursor, ...", "our
                    # proposed framework, namely TrajFormer, ...", "a new substrate, CPP-2PACz, ...", "yielding a
                    # pruned architecture, SNN-SqueezeNet-P"
                    if our.group(1):
                        cand.vote_own_data("Benchmark" if our.group(1).lower().startswith("bench") else "Dataset")
                elif occ.source != "name:WEAK" and _PROPOSED_AFTER.match(text, occ.end) and \
                        not _VARIANT_OF.search(before):
                    rule = "proposed_passive"  # "A novel attention mechanism, FocalAttn, is proposed to ..." (not
                    # "A variant of NAG is proposed": the variant is)
                    described = text[occ.end:occ.end + 60]
                    if _NEW_KIND_OF_DATA.match(described):  # "X is a new benchmark for ..."
                        cand.vote_own_data("Benchmark" if BENCH_WORDS.search(described) else "Dataset")
                elif occ.source != "name:WEAK" and at_sentence_start(text, occ.start) and \
                        (kind := _IS_A_KIND_OF_DATA.match(text, occ.end)) is not None:
                    rule = "described_own_data"  # "RADAR is a benchmark for evaluating ...", "RADAR是一个基准"
                    cand.vote_own_data("Benchmark" if BENCH_WORDS.search(kind.group(0)) else "Dataset")
                elif "是" in text[occ.end:occ.end + 3] and (zh := _PROPOSED_AFTER_ZH.match(text, occ.end)) and \
                        not _VARIANT_OF.search(before):
                    rule = "proposed_passive"  # "Avey是一种新的神经架构", "Ref-Adv是一个新的指称表达式理解基准"
                    if DATA_WORDS.search(zh.group(1)):
                        cand.vote_own_data("Benchmark" if BENCH_WORDS.search(zh.group(1)) else "Dataset")
                elif before.endswith(("e ", "t ", "d ", "s ")) and _DESCRIBE_VERB_BEFORE.search(before) and \
                        _APPOSITIVE_AFTER.match(text[occ.end:occ.end + 16]):
                    rule = "described_own"  # "Here we describe CardioVex, a tool for ECG analysis"
                elif before.endswith("g ") and occ.source != "name:WEAK" and _PRODUCING_BEFORE.search(before) and \
                        _APPOSITIVE_AFTER.match(text[occ.end:occ.end + 16]):
                    rule = "produced_own"  # "We apply our framework to CLIP models, producing CarbonCLIP, a family of"
                else:
                    continue
                if _METRIC_KIND_AFTER_ZH.match(text, occ.end) or _METRIC_KIND.search(before):
                    cand.votes["Metric"] += 3.0  # "提出新的F-AE Score指标", "a novel metric, X": a measure it defines
                    continue
                cand.proposed += 1.0
                cand.rules.add(rule)
        for section in sections:  # "(1) Context Folding, which ..." inside a proposing paragraph
            occs = by_section.get(id(section))
            if not occs or id(section) not in proposing and not (
                    _may_hold_parts_verb(section.text) and _PARTS_VERB.search(section.text)):
                continue
            for occ, cand in occs:
                before = section.text[max(0, occ.start - 6):occ.start]
                if ")" not in before and "）" not in before:
                    continue  # every list marker ends with a closing bracket
                after = section.text[occ.end:occ.end + 8]
                if _LIST_MARKER.search(before) and _AFTER_LIST_ITEM.match(after) and not _a_cited_author(
                        section.text, occ.end) and not _lists_findings(section.text, occ.start) and \
                        not _word_of_the_text(section.text[occ.start:occ.end], section.text):
                    if cand.proposed < 1.0 and not occ.source.startswith("lexicon:"):
                        cand.proposed += 1.0
                        cand.rules.add("numbered_component")
                        appositive = APPOSITIVE_DATA.match(section.text[occ.end:occ.end + 100])
                        if appositive:  # "(2) TraceSet, a large dataset of logs": the paper's own data
                            cand.vote_own_data("Benchmark" if BENCH_WORDS.search(appositive.group(1)) else "Dataset")

    # ------------------------------------------------------------------ decision

    def _decide(self, cand: Candidate, paper_id: str) -> Mention | None:
        occs = cand.occurrences
        if not occs:
            return None
        sources = {o.source for o in occs}
        if sources == {"name:WEAK"} and cand.proposed < 1.0 and all(
                o.sentence is not None and o.start == o.sentence[0] and " " not in o.text for o in occs):
            return None  # "Classical methods ...", "Agentic pipelines ...": capitalised by its place, not a name
        if sources <= {"name:WEAK", "name:STRONG"} and cand.proposed < 1.0 and all(
                " " in o.text and is_adjectival(o.text.split(" ", 1)[0]) for o in occs):
            return None  # "a module for Context-Aware Multi-Cue Exploitation": only the paper's own coined name counts
        if sources <= _PHRASE_SOURCES and " " in occs[0].text and occs[0].text.rsplit(" ", 1)[1] in _PROBLEM_HEADS:
            return None  # "Adaptive Path Removal Problem", "Markov Decision Problems": a problem posed, not a method
        votes = dict(cand.votes)
        surface = self._name(cand)
        if surface.lower() in _PROGRAMMING_LANGUAGES and cand.proposed < 1.0:
            return None  # "projects spanning Java, Go, and Python"
        if "-" in surface and _MODIFIER_COMPOUND.match(surface) and not any(o.source.startswith("lexicon:") for o in occs):
            return None  # "a comprehensive ISTQB-aligned dataset": a description, not a name
        if _STEREO_NAMED.match(surface) or _materials_notation(surface) or _flattened_formula(occs):
            return None  # "L/D-proline", "Au NPs", "P421m", "cm2": chemistry and physics notation, not methods
        if sources == {"name:WEAK"} and " " not in surface and cand.rules and cand.rules <= _METRIC_LIST_CUES \
                and not any(_NAME_PHRASE_ENDS.match(o.section.text, o.end) for o in occs):
            return None  # "lexical metrics (Jaccard specificity)": the first word of the measure's phrase
        if surface[-1:].isdigit() and all(_VALUE_UNIT_AFTER.match(o.section.text, o.end) for o in occs) and \
                _NUMBER_ENDING_NAME.search(surface):
            return None  # "Sol 3.8 倍", "Astra 2.9×": a name and the value after it, not a release
        if "J" in surface and _SKY_DESIGNATION.fullmatch(surface) or all(
                _COORDINATES_AFTER.match(o.section.text, o.end) for o in occs):
            return None  # "MACS J0138.0-2155", "RX J2129.7+0005": a sky object by its catalogue and coordinates
        if cand.proposed < 1.0 and all(owns_a_name(o.section.text, o.end) for o in occs):
            return None  # "DeepSeek" of "DeepSeek's V3-0324 and R1": the owner of the names, not one of them
        if _LICENCE.fullmatch(surface):
            return None  # "released under the Apache 2.0 License", "声明了CC BY 4.0许可": the terms of a release
        if cand.proposed < 1.0 and occs[0].source == "lexicon:Technique" and all(map(_negated, occs)):
            return None  # "works without any fine-tuning", "needs no reinforcement learning", "无需微调": not used
        if "-" in surface and _FRAMEWORK_MATERIAL.fullmatch(surface):
            return None  # "functionalized UiO-66", "ZIF-8", "ZSM-5": a framework material or zeolite, not a method
        if cand.proposed < 1.0 and (cand.long_forms and all(map(_CHEMICAL_NAME.search, cand.long_forms)) or any(
                map(_glossed_chemical, occs))):
            return None  # "thiophene-2-hydrazide (ThCH)": a compound by its systematic name, not a method
        if surface[0] in _DESIGNATION_FIRST and _SOURCE_DESIGNATION.fullmatch(surface):
            return None  # "FRB20250613A: a remarkable repeating FRB", "HESS J1825-137": a source observed, not a method
        if " " in surface and surface.rsplit(" ", 1)[1].lower().rstrip("s") in _INSTRUMENT_HEADS and \
                cand.proposed < 1.0:
            return None  # "discovered by the Australian SKA Pathfinder", "Fermi Large Area Telescope": an instrument
        if cand.proposed < 1.0 and surface[0] in _PHYSICAL_MODEL_FIRST and _PHYSICAL_MODEL.fullmatch(surface) and any(
                _PHYSICAL_MODEL_AFTER.match(o.section.text, o.end) for o in occs):
            return None  # "the 2D XY model", "the Heisenberg XXX chain": the physical system studied, not a method
        if _BARE_RELEASE.fullmatch(surface) and cand.proposed < 1.0:
            return None  # "相比DR2", "盖亚DR3": a survey's data release cut from its survey's name
        if _NUMBERED_PART.fullmatch(surface):
            return None  # "Algorithm 1 achieves a regret of ...": a numbered part of the paper, not a named method
        if cand.proposed < 1.0 and (part := _FAMILY_PART.fullmatch(surface)) and \
                _lexicon_types().get(part.group(1), ("",))[0] == "Technique":
            return None  # "across different DiT-blocks", "the ViT layers": a part of a known family's architecture
        strong = "name:STRONG" in sources or "name:PART" in sources
        # first lexicon occurrence, not set order: a name in two lexicons ("ViT", "ViTs") types the same every run
        lexicon_type = _lexicon_type_of(occs)
        if not lexicon_type and any(_PHENOMENON_NAMED_BEFORE.search(o.section.text, max(0, o.start - 80), o.start)
                                    for o in occs):
            return None  # "a phenomenon we formalize as Mandate Salience Decay (MSD)": what the paper observes
        if not lexicon_type and cand.proposed < 1.0 and any(_PHENOMENON_AFTER.match(o.section.text, o.end) or (
                o.section.text.startswith((",", " and", " or"), o.end) and
                _LISTED_BEFORE_PHENOMENON.match(o.section.text, o.end)) for o in occs):
            return None  # "the anomalous photovoltaic (APV) effect", "APV effect": a physical effect, not a method
        if not lexicon_type and _LOWER_HYPHEN_PREFIX.match(surface) and \
                surface.split("-", 1)[1].lower() in _GENERIC_FAMILY_WORDS:
            return None  # "user-LLM interactions", "human-AI teams": a compound with a family, not a name
        if lexicon_type and cand.proposed >= 1.0 and "proposed_over_lexicon" in cand.rules:
            lexicon_type = None
        if lexicon_type == "Metric" and cand.rules & {"right_dataset", "right_data_zh"}:
            lexicon_type = None  # "trained on the SPICE dataset": a data set that shares a metric's name
        if lexicon_type == "Method" and cand.long_form_lower and cand.proposed < 1.0 and \
                _long_form_head(cand.long_forms[-1]) in _MATERIAL_HEADS:
            return None  # "self-assembled monolayers (SAMs)": the paper's acronym names a material, not the method
        if not lexicon_type and any(_named_as_task(o) for o in occs):
            cand.proposed, votes = 0.0, {"Task": 9.0}  # "CLFEC: A New Task for ...": the task posed, not a method
        if not lexicon_type and cand.proposed < 1.0 and not cand.long_forms and _PARTICIPLE_COMPOUND.fullmatch(surface):
            return None  # "CVaR-Constrained", "AI-Augmented": a modifier of the title's phrase, not a name
        if not lexicon_type and "@" in surface and cand.proposed < 1.0 and _AT_K_MEASURE.search(surface):
            votes = {"Metric": 9.0}  # "Asset Recall@100", "Hit@10": a measure at a cut-off
        if not lexicon_type and not cand.long_forms and cand.proposed < 1.0 and not (
                votes.get("Dataset") or votes.get("Benchmark")) and any(map(_glossed_as_task_zh, occs)):
            votes = {"Task": 9.0}  # "用于光学音乐识别（OMR）": the task the acronym stands for, not a method
        if not lexicon_type and cand.proposed < 1.0 and (
                _MUTATION.fullmatch(surface.rsplit(" ", 1)[-1]) or " " not in surface and any(map(_named_as_biology, occs))):
            return None  # "mutations in BRCA1", "EGFR expression", "HeLa cells", "KRAS G12C": biology, not a method
        all_caps = bool(_ALL_CAPS.match(surface)) and not any(ch.isdigit() for ch in surface)
        if all_caps and not lexicon_type and all(map(_names_a_kind_of_data, occs)):
            return None  # "a large-scale OCR dataset", "two public ASR datasets": the kind of data, not its name
        if cand.proposed < 1.0 and not lexicon_type and not cand.data_strong and _only_placed_in_zh(cand.rules):
            # "在一台普通PC上运行", "部署在某云平台X上", "在OSN中传播": where something is or runs, not data
            votes.pop("Dataset", None)
            votes.pop("Benchmark", None)
            cand.rules.discard("right_eval_zh")
        released = bool(cand.long_forms) and _RELEASE_NUMBER.match(cand.long_forms[-1].rsplit(" ", 1)[-1]) is not None
        if released and not lexicon_type:  # "Segment Anything Model 2 (SAM2)": a family has no release number
            votes["Method"] = votes.get("Method", 0) + 1.0
        elif cand.long_forms and not lexicon_type:
            head = _long_form_head(cand.long_forms[-1])
            if (_MEASURE_NAME.fullmatch(cand.long_forms[-1]) or _known_metric_long_form(cand.long_forms[-1]) or
                    (cand.long_form_lower and head in _MEASURE_HEADS or _MEASURE_WORD_NAME.fullmatch(cand.long_forms[-1]))
                    and not (head in SETTING_HEADS and _long_form_words(cand.long_forms[-1]) & SETTING_MODIFIERS)) \
                    and cand.proposed < 1.0:
                # a named measure, "the Structural Consistency Index (SCI)", or a measure's short form, "98.7%
                # overall accuracy (OA)"
                votes = {"Metric": 9.0}
            elif head in _TASK_HEADS and cand.proposed < 1.0 and not cand.named_first and not any(
                    _CONTEST_AFTER.match(o.section.text, o.end) for o in occs):
                # (a contest is named for its task: "the Machine Learning for Physical Simulation (ML4PhySim)
                # competition"; not "a modern REC benchmark")
                votes = {"Task": 9.0}
            elif (head in _CONDITION_HEADS or head in _PHENOMENON_HEADS or cand.long_form_lower and
                  head == "language") and cand.proposed < 1.0 and not cand.named_first:
                return None  # "autism spectrum disorder (ASD)", "non-small cell lung cancer (NSCLC)": a condition
            elif cand.long_form_lower and head in _MATERIAL_HEADS and head != "layer" and cand.proposed < 1.0 and \
                    not cand.named_first:
                return None  # "carbon nanotube (CNT) fibers", "metal oxide (MO)": a material, whatever it types as
            elif head in _INSTRUMENT_HEADS and cand.proposed < 1.0:
                return None  # "JWST (James Webb Space Telescope)": an instrument observed with, not a method
            elif head in _DATA_KIND_HEADS and cand.proposed < 1.0 and max(
                    votes.get("Dataset", 0), votes.get("Benchmark", 0), votes.get("Metric", 0)) < 2:
                return None  # "Whole Slide Image (WSI)", "Low Dynamic Range (LDR)": a kind of data, not a named thing
            elif not cand.long_form_lower and head.rsplit("-", 1)[-1] not in _METHOD_HEADS and cand.proposed < 1.0 \
                    and not cand.named_first and cand.rules and cand.rules <= _USE_CUES and \
                    not any(map(is_strong_word, cand.long_forms[-1].split())):
                # "leverages the Minimum Description Length (MDL) principle", "using Event Knowledge Graphs (EKGs)":
                # a concept the paper uses, named by a Title Case long form headed by no method word
                votes = {"Technique": 9.0}
            elif (cand.long_form_lower or head in _NOT_METHOD_HEADS) and cand.proposed < 1.0 and \
                    not cand.named_first and max(
                    votes.get("Dataset", 0), votes.get("Benchmark", 0), votes.get("Metric", 0)) < 2:
                votes["Technique"] = votes.get("Technique", 0) + 2.0
                if head in _TECHNIQUE_HEADS:  # "post-training quantization (PTQ)": a technique whatever its context
                    votes.pop("Method", None)
        if all_caps and not lexicon_type and not (votes.get("Dataset") or votes.get("Benchmark") or votes.get("Task")) \
                and (any(_PROBLEM_AFTER.match(o.section.text, o.end) for o in occs) or
                     any(f.rsplit(" ", 1)[-1] in _PROBLEM_HEADS for f in cand.long_forms)):
            return None  # "the MDS problem", "the orienteering problem (OP)": a problem posed, not a method (but
            # "500 AIME problems" are a benchmark's items, "the VPR problem" is a task)
        if cand.proposed < 1.0 and not lexicon_type and "Task" not in votes and (_MODALITY_PAIR.match(surface) or any(
                _MODALITY_PAIR_LONG.match(f) for f in cand.long_forms)):
            votes = {"Technique": 9.0}  # "Text-to-Image (T2I) models", "TTI", "I2V": a kind of model, not a name
        if lexicon_type == "Metric" and cand.long_forms and not any(
                _METRIC_HEAD.search(f) or _known_metric_long_form(f) for f in cand.long_forms):
            return None  # "AP (anterior-posterior)": the paper's own long form says this acronym is no metric
        data_votes = votes.get("Dataset", 0) + votes.get("Benchmark", 0)
        best = max(votes.items(), key=lambda kv: kv[1], default=(None, 0.0))
        type_: str | None = best[0] if best[1] >= 1.0 else None
        if type_ in ("Dataset", "Benchmark") or (data_votes >= best[1] and data_votes >= 1.0):
            type_ = "Benchmark" if votes.get("Benchmark", 0) >= votes.get("Dataset", 0) else "Dataset"
        if lexicon_type in ("Metric", "Technique", "Method", "Task") and votes.get(lexicon_type, 0) >= 3.0 and cand.proposed < 3.0:
            type_ = lexicon_type
        if cand.proposed < 1.0 and ("-" in surface or "/" in surface):  # else one part: no hybrid
            parts = [p.lower() for p in _PARTS_SPLIT.split(surface) if p]
            if len(parts) > 1 and all(p in _GENERIC_FAMILY_WORDS or _DIMENSION.match(p) for p in parts):
                # "CNN-Transformer", "CNN-ViT": a hybrid of families, not a named method (but "Qwen2.5-VLM" is a
                # named model and its kind); "3D-CNN", "2D-CNNs": a family in some dimensions
                type_ = "Technique"
            elif _family_phrase(surface) or (
                    not data_votes and type_ not in ("Dataset", "Benchmark") and _FIELD_COMPOUND.fullmatch(surface)):
                type_ = "Technique"  # "ML-for-systems methods", "an SFT-then-RL recipe": a phrase about families;
                # "Responsible-AI considerations", "AI-for-Science discovery", "Human-AI teams": a field, not a name
                # (but "evaluate in Overcooked-AI": an environment)
        if cand.proposed < 1.0 and (dimension := _IN_DIMENSIONS.match(surface)) and \
                (known := _lexicon_types().get(dimension.group(1))) and known[0] in ("Metric", "Technique"):
            type_ = known[0]  # "3D-IoU": a known measure (or family) in some dimensions, not a named method
        known_release = not lexicon_type and _release_of_known_model(surface)
        if type_ in ("Dataset", "Benchmark") and not lexicon_type and (_MODEL_RELEASE.search(surface) or (
                _MODEL_SIZE.match(surface) and cand.rules <= _EVALUATION_CUES) or known_release):
            # "在Qwen2.5-3B-Instruct上实验", "在GPT-4o、Gemini-2.5-pro和Claude Sonnet 4上攻击成功率超过90%": the model
            # the experiments run on, not a benchmark
            type_ = "Method"
        role: str | None = None
        confidence, listed = 0.5, False
        data_head = _DATA_NAME_HEADS.get(_long_form_head(cand.long_forms[-1])) if cand.long_forms else None
        own_head = _DATA_NAME_HEADS.get(surface.rsplit(" ", 1)[-1].lower()) if " " in surface else None
        if cand.proposed >= 1.0 and not lexicon_type:
            if data_head and not cand.named_first:
                type_, role = data_head, "introduced"  # "AI-ready Snow Radar Echogram Dataset (SRED) for ..."
            elif own_head:
                type_, role = own_head, "introduced"  # "our newly introduced SEA-Omni Benchmark Suite"
            elif any(t == "Benchmark" for t, _ in _name_suffix_votes(surface)):
                type_, role = "Benchmark", "introduced"  # "we curate ChartBench-Lite from existing benchmarks"
            elif cand.data_strong >= 2.0 and data_votes >= votes.get("Method", 0) and "title_method" not in cand.rules:
                type_ = "Benchmark" if votes.get("Benchmark", 0) >= votes.get("Dataset", 0) else "Dataset"
                role = "introduced"
            else:
                type_, role = "Method", "proposed"
            confidence = 0.6 + 0.1 * min(cand.proposed, 3.0)
        elif type_ is None:
            only_weak, listed = sources <= {"name:WEAK"}, False
            if only_weak and " " not in surface and "left_eval_on" in cand.rules and data_votes >= 0.5 and \
                    not votes.get("Method") and any(map(_in_english_list, occs)):
                # "experiments on Cora, Citeseer and Pubmed": plain capitalised words, but listed where the paper
                # says it evaluates
                type_ = "Benchmark" if votes.get("Benchmark", 0) >= votes.get("Dataset", 0) else "Dataset"
                confidence, listed = 0.4, True
            elif only_weak and _CORPUS_NAME.search(surface) and not votes.get("Method") and not any(
                    _NAME_PART_BEFORE.search(o.section.text, max(0, o.start - 40), o.start) for o in occs):
                # "the Diorisis Ancient Greek Corpus": named with its head noun (not the end of a longer name cut at
                # a function word: "The Abstraction and Reasoning Corpus")
                type_, confidence = "Dataset", 0.4
            else:
                if only_weak or not strong or (all_caps and not cand.long_forms and not (
                        {"left_eval_on", "left_value_on", "left_eval_opening"} & cand.rules and data_votes >= 0.5)):
                    return None  # (a bare acronym the paper says it evaluates on may be data: "12% on KITTI")
                lower_initial = _LOWER_INITIAL_NAME.match(surface) is not None
                if data_votes >= 0.5 and not votes.get("Method") and not self._not_a_method(surface) and \
                        _says_evaluated_on(cand, surface):
                    # "validates its effectiveness on MetaWorld", "在VIPSeg、VidOR和SVG2测试集上", "benchmarks GAIA,
                    # PathVQA, ...": weak evidence, but all of it says data; a name-shaped word is a method only when
                    # nothing says otherwise (hardware is neither: "在Jetson Orin Nano、Hailo-8 AI加速器上")
                    type_ = "Benchmark" if votes.get("Benchmark", 0) >= votes.get("Dataset", 0) else "Dataset"
                    confidence = 0.45
                elif lower_initial:
                    return None  # a lower-case-initial word ("mBERT", "eXplainable") needs a cue to be a name
                elif cand.long_forms and not cand.named_first and \
                        _long_form_head(cand.long_forms[-1]) not in _METHOD_HEADS and \
                        not (cand.long_forms[-1][:1].isupper() and
                             cand.long_forms[-1].rsplit(" ", 1)[-1].lower() in _FAMILY_WORDS) and \
                        not any(_NAME_CONTINUES.match(o.section.text, o.end) for o in occs):
                    # "Need for Cognition (NFC)", "Time-of-Flight (ToF)": a concept, not a named method (unlike
                    # "Attribute-Size-Quantity-Location (ASQL) Conditioner", whose name goes on after the bracket,
                    # and "Skeletal Graph DiT (Sk-DiT)", a model of a known family)
                    return None
                else:
                    type_, confidence = "Method", _FALLBACK_CONFIDENCE
        else:
            confidence = min(0.95, 0.45 + 0.1 * best[1])
        if type_ in ("Method", "Dataset", "Benchmark") and not lexicon_type and all(
                _MATH_CONCEPT_AFTER.match(o.section.text, o.end) for o in cand.occurrences):
            return None  # "Gromov-Wasserstein距离", "CP分解", "Kullback-Leibler (KL) divergence": a concept of maths
        if type_ in ("Dataset", "Benchmark", "Technique") and not lexicon_type and cand.proposed < 1.0 and \
                _not_a_thing(surface):
            return None  # "在AMD Alveo U50、Jetson Orin Nano上", "high-bandwidth memory (HBM)": the hardware it ran on
        if type_ in ("Dataset", "Benchmark") and cand.long_form_lower and not lexicon_type and cand.proposed < 1.0:
            return None  # "a brain tumor (BT) data set": an unnamed description with a short form, not a name
        if type_ in ("Dataset", "Benchmark") and sources <= {"name:WEAK"} and not lexicon_type and \
                surface.lower() in _NATURAL_LANGUAGES:
            return None  # "在FLEURS的Swahili、Yoruba和Igbo方向上", "on Hausa and Yoruba": languages, not data sets
        if type_ in ("Dataset", "Benchmark") and sources <= {"name:WEAK"} and " " not in surface and \
                cand.proposed < 1.0 and not cand.rules & _BENCH_LIST_CUES and not any(map(_in_chinese_list, occs)) \
                and not ("-" in surface and any(t == "Benchmark" for t, _ in _name_suffix_votes(surface))) \
                and not listed and not any(map(_the_named, occs)) and not (
                    cand.rules & _LISTED_DATA_CUES and any(map(_in_english_list, occs))):
            # "App dataset", "Arena": one ordinary capitalised word is a description, not a name (unless shaped like
            # a benchmark's, "Terminal-Bench", or listed after "benchmarks:", "three benchmarks: ALFWorld (73%),
            # Wordcraft (55%), ...", with others after "datasets" or an evaluation cue, "datasets (Amazon-Book,
            # Yelp2018, Gowalla)", "on the LoveDA, iSAID and Potsdam datasets", or with other names in a Chinese
            # sentence, "在KITTI、nuScenes和Waymo等基准上")
            return None
        if type_ == "Method" and role is None and not lexicon_type and cand.proposed < 1.0 and all(
                is_strong_word(word) or word.isdigit() for word in surface.split()) and any(
                _CONTEST_NAMED_AFTER.match(o.section.text, o.end) for o in occs):
            # "the 10th ABAW Expression Recognition Challenge", "在ABAW表情挑战中": a contest (a name that runs on
            # into its track's words, "BioNNE 2025 Multilingual Biomedical ...", is not typed by it)
            type_ = "Benchmark"
            cand.roles["evaluated_on"] += 1.0
        if type_ == "Method" and role is None and not lexicon_type and cand.proposed < 1.0 and \
                _YEAR_SUFFIX.search(surface):
            if not any(_VALUE_AT_BEFORE.search(o.section.text, max(0, o.start - 30), o.start) for o in occs):
                return None  # "Accepted at CAV 2025", "(NeLaMKRR 2025)": an event, not a method
            type_ = "Benchmark"  # "7% at ArcPrize 2024": a contest the paper scores on
            cand.roles["evaluated_on"] += 1.0
        if type_ == "Method" and role is None:
            if self._not_a_method(surface) and not (
                    _ACRONYM_COMPOUND.match(surface) and votes.get("Method", 0) >= 1.0 and
                    all(_NAME_PHRASE_ENDS.match(o.section.text, o.end) for o in occs)):
                # (a compound that modifies nothing, with a cue that names a method, is a name: "ahead of SWE-agent.")
                return None
            if "lexicon:Method" not in cand.rules and all(
                    _NUMBER_BEFORE.search(o.section.text, max(0, o.start - 12), o.start) for o in occs):
                return None  # "1.56 KBps", "5.90 A/W": a unit after its number wherever it is written (not a known
                # model counted: "458 DNABERT-based models")
            if cand.proposed < 1.0 and all(_DEVICE_AFTER.match(o.section.text, o.end) for o in occs):
                return None  # "a WidowX arm", "on a Franka robot": the hardware it ran on, not a method
            if cand.proposed < 1.0 and _KIND_OF_THINGS.fullmatch(surface):
                return None  # "Type-1 AGNs", "Galactic BCs", "NIR LEDs": a kind of things in the plural, not a method
            if cand.proposed < 1.0 and (any(map(_names_an_instrument, occs)) or
                                        any(map(_HARDWARE_LONG_FORM.search, cand.long_forms))):
                return None  # "the ESO HARPS spectrograph", "NIRSpec（近红外光谱仪）", "GelSight tactile sensors",
                # "Inertial Measurement Unit (IMU)": an instrument or a device, not a method
            if cand.proposed < 1.0 and not lexicon_type and _NAMED_AFTER_SOMEONE.fullmatch(surface):
                return None  # "a Bayesian approach", "via a Gaussian kernel": an adjective of a family, not a name
            if cand.proposed < 1.0 and any(map(_names_a_material, occs)):
                return None  # "MOF@MOF composites", "commercial Pt/C and RuO2 catalysts": a material, not a method
            if sources <= {"name:WEAK"} and not known_release and votes.get("Method", 0) < 3.0 and not (
                    votes.get("Method", 0) >= 1.0 and any(
                        _beaten(o) and (" " in surface or (o.sentence is None or o.start > o.sentence[0]) and
                                        _NAME_PHRASE_ENDS.match(o.section.text, o.end)) or
                        OUTPERFORMS_AFTER.match(o.section.text, o.end) and (
                            " " in surface or o.sentence is None or o.start > o.sentence[0]) for o in occs)) and \
                    not any(_the_named(o, _TOOL_NOUN_AFTER) for o in occs) and not (" " not in surface and (
                        "left_method_list" in cand.rules and any(map(_in_english_list, occs)) or
                        "left_method_label_zh" in cand.rules or any(_the_named(o, _PART_NOUN_AFTER) for o in occs))):
                # plain capitalised words need a clear cue to count as a named method (the paper claiming to beat
                # them is one: "outperforming Diffusion Policy and ACT", "31% more than Mythril and Slither"; and
                # beating something inside a sentence: "finding that Chronos outperforms all other models"; and
                # "the Adam optimizer"; and a list of names after their kind, "optimizers such as Bao and Balsa"; and
                # one word naming the model a part comes from, "the Zipformer encoder")
                return None
            # A bare acronym ("SSL components", "结合ANN") is more often a family or a field than a named method:
            # it needs two cues, or one for a compound acronym ("CAV-MAE"), one the paper beats ("优于GRPO和DAPO")
            # or one listed with a known method ("MobileNet、YOLOX") or in a field of compared methods ("对比方法：PWM、LAW").
            if all_caps and not cand.long_forms and votes.get("Method", 0) < (1.0 if "-" in surface else 2.0) and not (
                    votes.get("Method", 0) >= 1.0 and ("list_sibling" in cand.rules or "left_method_label_zh" in cand.rules
                                                       or any(map(_beaten, occs)))):
                return None
            role = "compared" if cand.roles.get("compared", 0) >= 1.0 else "used"
        elif type_ in ("Dataset", "Benchmark") and role is None:
            if data_head and not cand.named_first and any(o.section.name == "title" for o in occs):
                role = "introduced"  # a title naming "... Echogram Dataset (SRED)": the paper's own dataset
            else:
                role = "evaluated_on" if cand.roles.get("evaluated_on", 0) > 0 else "used"
        elif type_ == "Technique":
            role = "used"
        english = summary = False  # seen in the English abstract or title; in a summary section
        for o in occs:
            name = o.section.name
            if name in SUMMARY_SECTIONS:
                summary = True
            elif name in ENGLISH_FIRST and o.section.lang == "en":
                english = True
        if english and summary:
            confidence += 0.1  # the abstract and the summary agree
        confidence = round(min(0.99, confidence), 3)
        # every other form, in order: as written, the slashed lists completed names come from, long forms, canonical
        aliases: list[str] = []
        known = {surface}
        for text in [o.written or o.section.text[o.start:o.end] for o in occs]:
            if text and text not in known:
                known.add(text)
                aliases.append(text)
        for text in [o.section.text[o.start:o.end] for o in occs if o.written] + cand.long_forms + [
                o.canonical or o.base for o in occs if o.canonical or o.base]:
            if text and text not in known:
                known.add(text)
                aliases.append(text)
        if cand.long_forms and normalise(surface) != cand.key:
            for o in occs:  # "success rate (SR)" with a known long form: the paper's short form is a name of it too
                short = _SHORT_FORM_AFTER.match(o.section.text, o.end)
                if short and normalise(short.group(1)) == cand.key and short.group(1) not in known:
                    known.add(short.group(1))
                    aliases.append(short.group(1))
                    break
        if type_ in ("Dataset", "Benchmark"):
            for o in occs:  # "the Waymo Open Motion Dataset": the capitalised noun is part of the name as written
                noun = _NAME_NOUN_AFTER.match(o.section.text, o.end)
                if noun and (full := o.section.text[o.start:noun.end()]) not in known:
                    known.add(full)
                    aliases.append(full)
                    if " " not in surface and not is_strong_word(surface):
                        # "the Kitchen Benchmark": one plain word is no name without its noun
                        aliases[aliases.index(full)] = surface
                        surface = full
        evidence = []
        seen = set()
        rules: dict[str, str] = {}  # occurrence source -> the evidence's rule string
        for occ in occs:
            marker = (occ.section.name, occ.start, occ.end)
            if marker in seen:
                continue
            seen.add(marker)
            s_start, s_end = occ.sentence or sentence_bounds(occ.section.text, occ.start, occ.end)
            rule = rules.get(occ.source)
            if rule is None:
                rule = rules[occ.source] = "+".join(sorted(cand.rules | {occ.source}))
            evidence.append(Evidence(paper_id, occ.section.name, evidence_sentence(occ.section.text, s_start, s_end, occ.start, occ.end), occ.start, occ.end,
                                     rule, confidence))
        return Mention(surface, type_, role, aliases, confidence, evidence)

    @staticmethod
    def _not_a_method(surface: str) -> bool:
        """Publishers, web sites, hardware, one-letter symbols, acronym compounds and bare size words ("Models (Nano,
        Super, Ultra)": sizes of a model named elsewhere) are not named methods."""
        return (len(surface) < 2 or surface.lower() in _SIZE_WORDS or _not_a_thing(surface)
                or bool(_ACRONYM_COMPOUND.match(surface))
                or bool(_PREFIXED_ACRONYM.match(surface)) or bool(_SLASHED_PLAIN.search(surface)))

    @staticmethod
    def _name(cand: Candidate) -> str:
        """The surface form: as written in the English abstract or title, else in the summary.

        The first occurrence of the least (not the candidate's key, section order, offset).
        """
        occs = cand.occurrences
        if len(occs) == 1:
            return occs[0].text
        best, best_rank = "", (True, 4, 0)
        for o in occs:
            text = o.written or o.section.text[o.start:o.end]
            order = _SURFACE_ORDER.get(o.section.name)
            if order is None:
                order = 2 if o.section.lang == "en" else 3
            rank = (normalise(text) != cand.key, order, o.start)
            if rank < best_rank:
                best, best_rank = text, rank
        return best
