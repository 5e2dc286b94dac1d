"""Context cues (English and Chinese) that type a candidate name and give its role.

Each cue is a regex over the text just left or right of an occurrence, inside its sentence. A cue votes
for an entity type with a weight; :mod:`kg.extract.entities` adds the votes over all occurrences.

Running every cue on every occurrence is the costly part of entity typing, and most cues cannot match
most windows. Each cue therefore lists the words one of which any match must contain (``needs``), and
:func:`matching_cues` runs a cue's regex only when its window (lower-cased) holds one of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_I = re.IGNORECASE
DIGIT = r"\d"
# Names before the one a left cue types, each with its separator (", and" too: "such as A, B, and C"); never the
# paper speaking of its own ("on A, B, and C, our backbone, X, ..."), nor a name and where it was tested ("outperforms
# GPT-4 on MMLU and GSM8K": GSM8K is no second beaten name).
_LIST = r"(?:(?!(?:our|we|its|their|this|these)\b)[A-Za-z0-9.+@/-]+(?: (?!(?:on|across|over|against|than|under|with|via|using|at|for|from|by|in)\b)[A-Za-z0-9.+@/-]+){0,3}\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:,\s*(?:and|or)\b|,|、|\band\b|\bor\b|&|和|与|以及|及)\s*){0,6}"
_LIST_OF_SEVERAL = _LIST.removesuffix("{0,6}") + "{1,6}"  # a list with at least one name before this one
# The rest of a list after one of its names, up to the kind noun: separators and names (each with a capital or a
# digit), then in Chinese "等" and a few words ("、B和C等主流3D跟踪基准").
_LIST_ITEMS = (r"(?:(?:[,;、]\s*(?:and\s|or\s|&|和|与|以及|及)?|and\s|or\s|&|和|与|以及|及)\s*"
               r"(?=[\w.+&@-]*[A-Z0-9])[A-Za-z0-9][\w.+&@-]*(?: [A-Z0-9][\w.+&@-]*){0,2}\s*)")
_LIST_REST = rf"{_LIST_ITEMS}{{1,6}}(?:等[^\s，。；、,.;]{{0,8}}?)?"
# What a non-empty _LIST ends with (before its blanks): one of its separators.
LIST_ENDS = (",", ";", "、", "and", "or", "&", "和", "与", "及")
# Between two names of one list and nothing else: "A, B", "A, and B", "A、B", "A和B", "A/B".
LIST_GAP = re.compile(r"\s*(?:,|，|、|;|/|and|or|&|和|与|以及|及)\s*(?:and\s+|or\s+)?")
# What may stand between a measure's name and its value: "of up to ~25%", "= $\approx 0.3".
VALUE_QUALIFIER = (r"(?:(?:up to|about|approximately|around|nearly|over|only|just|roughly|almost)\s+)?[~≈]?\s*\$?"
                   r"(?:\\approx\s*)?")
# A few describing characters between a name and its Chinese data noun ("VIDA视频式3D可供性数据集"): no function word,
# verb or count ("X生成的数据集", "X在Y数据集", "X等基准" are other cues' or none).
_ZH_DESCRIBING = r"(?:(?![的在上中用于和与及或对将把被从由通依赖生训构基使等个两三四五多到])[\u4e00-\u9fff]|3D|\d){1,8}?"


# What a name the paper beats stands after: a verb of beating, or a margin "over" it ("by 9 points over MOTR"),
# then maybe earlier names of the same list.
BEATEN_BEFORE = re.compile(rf"(?:\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|relative to|ahead of|"
                           rf"(?:more|better|higher|faster|lower|fewer)\s+(?:[a-z]+\s+){{0,2}}than)|优于|超越|超过|胜过|击败|"
                           rf"\b(?:points?|gains?|improvements?)\s+over|%\s+over|\b(?:points?|pp)\s+above|%\s+above)"
                           rf"\s*(?:the\s+)?{_LIST}$|(?:优于|超越|超过|胜过|击败)了{_LIST}$", _I)


# Satellite and sensor recordings after a name (see the imagery cues).
_IMAGERY = (r"^\s*(?:(?:satellite|SAR|optical|multispectral|hyperspectral)\s+(?:imagery|images|data|scenes)|"
            r"(?:[a-z]+\s+){0,2}imagery|卫星数据|卫星影像|遥感影像|(?:(?![的在上中和与及])[\u4e00-\u9fff]){0,6}?影像)")


@dataclass(frozen=True, slots=True)
class Cue:
    """A context pattern: which side, which type it votes for, weight, and the role it implies."""

    name: str
    side: str  # "left" | "right"
    pattern: re.Pattern[str]
    type: str
    weight: float
    role: str | None = None
    # Words (lower case) one of which every match contains; DIGIT for a digit. Empty: the cue always runs
    # (cheap regexes anchored at the name run faster than the word test).
    # A missing word here silently disables the cue where only that word occurs: tests/extract/test_fast_paths.py
    # checks these lists against every window of the real digests.
    needs: tuple[str, ...] = ()
    # Right-side cues: the characters one of which opens every match after its leading blanks (DIGIT for any
    # decimal digit), written out from the pattern (both cases, and the long s, for IGNORECASE letters). Empty:
    # no such test. Checked like ``needs`` by tests/extract/test_fast_paths.py.
    starts: str = ""
    # Left-side cues ending in ``{_LIST}$``: what the window (lower case, trailing blanks removed) ends with when the
    # cue matches: the cue's own last words, or a list separator (:data:`LIST_ENDS`); and, for last words that run
    # on (``adopt\w*``), stems one of which the window's last word then holds. Empty: no such test.
    ends: tuple[str, ...] = ()
    end_stems: tuple[str, ...] = ()


# A name's verb when it is what outperforms: "Chronos outperforms ...", "X consistently surpasses ..."
# (matched at a name's end with ``match(text, end)``; the cue runs on the window after the name)
OUTPERFORMS_AFTER = re.compile(
    r"\s+(?:(?:also|still|significantly|consistently|clearly|substantially|further|even|greatly|largely|"
    r"notably|remarkably)\s+)?(?:outperform(?:s|ed)?|surpass(?:es|ed)?|beats)\b")

CUES: tuple[Cue, ...] = (
    # right side: the noun that follows the name says what it is
    # "Toyota Smarthome video dataset": a modality word may stand between the name and its noun
    Cue("right_dataset", "right", re.compile(
        r"^\s*(?:-\s*)?(?:(?:video|image|audio|speech|text|point cloud|multimodal|multi-modal)\s+)?"
        r"(?:datasets?|corpus|corpora|data set|databases?|cohorts?|atlas|registry|catalogs?|catalogues?|survey|"
        r"(?:validation|val|test|training|dev|evaluation)\s+(?:sets?|splits?))\b|"  # "the Waymo validation set"
        r"^\s*(?:数据集|语料|数据库|星表|巡天)", _I),  # (a catalogue or a sky survey is data: "the CF4++ catalogue",
        # "CF4++星表", "the BUFFALO Survey"; not "X-ray surveys", a kind of survey)
        "Dataset", 2.5, starts="-dDcCvViIaAsStTpPmMrReE数语星巡"),
    Cue("right_benchmark", "right", re.compile(
        # (after what it tests: "the RoboTwin 2.0 simulation benchmark", "the LIBERO-Plus robustness benchmark")
        r"^\s*(?:-\s*)?(?:(?:simulation|simulated|robustness|manipulation|reasoning|evaluation|embodied|robotics?|"
        r"math|coding|video|retrieval|safety|agentic|multimodal|long-horizon|real-world)\s+)?"
        r"(?:benchmarks?|bench|suite|leaderboard|challenge|competition|contest|testbed|"
        r"(?:evaluation|benchmarking)\s+(?:framework|platform|toolkit|harness))\b|^\s*(?:基准|评测集|测试集|榜单|竞赛|比赛)",
        _I), "Benchmark", 2.5, "evaluated_on", starts="-bBsSſlLcCtTeErRmMvVaA基评测榜竞比"),
    # "在扩展的VirtualHome模拟家庭环境中", "RLBench模拟器": a simulator or a simulated environment is where one evaluates
    Cue("right_simulator_zh", "right", re.compile(
        rf"^\s*(?:{_ZH_DESCRIBING})?(?:(?:模拟|仿真)[\u4e00-\u9fff]{{0,4}}?环境|模拟器|仿真器)"), "Benchmark", 1.5,
        "evaluated_on", needs=("环境", "模拟器", "仿真器")),
    # "VIDA视频式3D可供性数据集", "GSM8K数学推理基准"
    Cue("right_data_zh", "right", re.compile(rf"^\s*{_ZH_DESCRIBING}数据集"), "Dataset", 2.0, needs=("数据集",)),
    Cue("right_benchmark_zh", "right", re.compile(rf"^\s*{_ZH_DESCRIBING}基准"), "Benchmark", 2.0, "evaluated_on",
        needs=("基准",)),
    Cue("right_method", "right", re.compile(
        r"^\s*(?:-based|-style)?\s*(?:models?|backbones?|architectures?|networks?|frameworks?|methods?|algorithms?|"
        r"encoders?|decoders?|detectors?|baselines?|modules?|agents?|pipelines?|polic(?:y|ies)|approach|system|"
        r"tokenizer|optimi[sz]er|solver|planner|variants?|family|series|classifier|segmenter|"
        # "RDKit descriptors", "ECFP4 fingerprints": what a tool computes (not "features": "ST features")
        r"descriptors|fingerprints)\b|^\s*(?:模型|方法|框架|骨干|网络|基线|模块|算法|系列)", _I),
        "Method", 1.5, starts="-mMbBaAnNfFeEdDpPsSſtToOvVcC模方框骨网基算系"),
    # "Optica, a 2B-parameter causal video model that ...": an appositive that says what the name is
    Cue("right_appositive_method", "right", re.compile(
        r"^\s*,\s+an?\s+(?:(?!(?:benchmark|dataset|corpus|suite)s?\b)[\w.-]+\s+){0,5}?"
        r"(?:model|framework|method|architecture|network|agent|pipeline|library|toolkit|algorithm)\b(?!-)", _I),
        "Method", 1.5, starts=","),
    # "finding that Chronos outperforms all other models": what outperforms is a method
    Cue("right_outperforms", "right", re.compile("^" + OUTPERFORMS_AFTER.pattern), "Method", 1.2,
        needs=("outperform", "surpass", "beats"), starts="ascfeglnrobs"),
    # "DELTR is outperformed by RhoNet": what is beaten is a method too
    Cue("right_outperformed", "right", re.compile(
        r"^\s+(?:is|are|was|were)\s+(?:(?:consistently|significantly|clearly|substantially|largely|also|often|even)\s+)?"
        r"(?:outperformed|surpassed|beaten|exceeded)\s+by\b", _I), "Method", 1.2, "compared",
        needs=("outperformed", "surpassed", "beaten", "exceeded"), starts="iIaAwW"),
    # "TSPLIB instances", "MuJoCo environments", "Atari games": the units a benchmark is made of
    Cue("right_benchmark_units", "right", re.compile(r"^\s+(?:instances|environments?|games|levels|maps)\b", _I),
        "Benchmark", 1.2, "evaluated_on", starts="iIeEgGlLmM"),
    # the first names of a list share its last name's noun: "EndoVis2017 and EndoVis2018 benchmarks"
    # (any separators, names holding a capital or a digit: "、KITTI-MOT和nuScenes数据集", "、B和C等主流跟踪基准")
    Cue("right_list_dataset", "right", re.compile(rf"^\s*{_LIST_REST}(?:datasets?\b|数据集)"),
        "Dataset", 2.0, needs=("dataset", "数据集"), starts=",;ao&和与及、"),
    # "Sentinel-2 imagery", "PlanetScope satellite images", "Sentinel-1卫星数据", "A、B和C卫星数据": what a satellite or
    # sensor recorded is the data a paper uses
    Cue("right_imagery", "right", re.compile(_IMAGERY, _I), "Dataset", 2.0, needs=("imagery", "satellite", "卫星", "影像")),
    Cue("right_list_imagery", "right", re.compile(rf"^\s*{_LIST_REST}(?:{_IMAGERY[4:]})", _I), "Dataset", 2.0,
        needs=("imagery", "satellite", "卫星", "影像"), starts=",;ao&和与及、"),
    Cue("right_list_benchmark", "right", re.compile(rf"^\s*{_LIST_REST}(?:benchmarks?\b|基准)"),
        "Benchmark", 2.0, "evaluated_on", needs=("benchmark", "基准"), starts=",;ao&和与及、"),
    Cue("right_list_method", "right", re.compile(
        rf"^\s*{_LIST_REST}(?:(?:models?|backbones?|architectures?|LLMs?|VLMs?|MLLMs?)\b|模型)"),
        "Method", 1.5, "used", needs=("model", "backbone", "architecture", "llm", "vlm", "模型"), starts=",;ao&和与及、"),
    Cue("right_metric_value", "right", re.compile(r"^\s*(?:of|=|:|score of)?\s*(?:0?\.\d+|\d+(?:\.\d+)?\s*%)(?!\s*[-\w])|^\s+of\s+\d", _I),
        "Metric", 0.8, starts="oO=:sSſ." + DIGIT),
    # "WSR（水印成功率）100%": a short form glossed in brackets, then its value
    Cue("right_glossed_metric_value", "right", re.compile(
        r"^\s*[(（][^)）]{1,15}[)）]\s*(?:of|=|:|：|为|达到?|达)?\s*(?:0?\.\d+|\d+(?:\.\d+)?\s*%)(?!\s*[-\w])", _I),
        "Metric", 0.8, needs=(DIGIT,), starts="(（"),
    # "APr 为 41.7", "CHAIR_S 从 48.0 降到 35.2": a name then the Chinese copula (or "from") and a value is a measure
    # (not "达到": "X 达到 96.8%" is as often a method or a benchmark)
    Cue("right_metric_value_zh", "right", re.compile(r"^\s*(?:为|从)\s*[~约]?\s*\$?\d"), "Metric", 1.0,
        needs=("为", "从"), starts="为从"),
    Cue("right_result", "right", re.compile(r"^\s*[(（:：]?\s*\d+(?:\.\d+)?\s*%"), "Benchmark", 0.6, "evaluated_on",
        starts="(（:：" + DIGIT),
    # "BLEU score", "FID scores", not the verb: "TauVL scores 7.8 on MT-Bench", "X scores higher"
    Cue("right_metric_noun", "right", re.compile(
        r"^\s*(?:scores?(?!\s+(?:[-+~≈$]?\d|an?\s|only|about|around|over|up\s|nearly|the\s|higher|lower|better|worse|"
        r"best|well|highest|lowest|consistently|significantly|comparably|competitively))|metrics?)\b|^\s*指标|"
        r"^\s*(?:得分|分数)(?:从|由)", _I),  # "GEO-BLEU得分从0.34提高到0.75" (not "X得分最高", a method scoring)
        "Metric", 1.5,
        starts="sSſmM指得分"),
    Cue("right_eval_zh", "right", re.compile(rf"^\s*(?:[\(（]?\s*\d[\d.]*\s*%?\s*[\)）]?\s*)?(?:{_LIST})?"
                                             rf"(?:{_LIST_ITEMS}{{0,6}}等[^\s，。；、,.;]{{0,8}}?(?:基准|数据集|测试集|验证集|子集|环境)|{_LIST_REST}(?:基准|数据集|测试集|验证集|子集|环境|benchmarks?)?|"
                                             rf"等?(?:多个|多项|两个|三个|四个|五个|主流|公开|标准)?\s*(?:基准|数据集|测试集|验证集|子集|环境|benchmarks?)?)"
                                             rf"(?:测试|评测)?\s*(?:上|中)"),
        "Benchmark", 1.2, "evaluated_on",
        needs=("上", "中"),
        starts="(（ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.+@/-等多两三四五主公标基数测评上中,;、&和与及环验子以" + DIGIT),
    # "在Bench2Drive闭环评测中", "在X零样本测试上": a described evaluation after the name (not its subject's: "X在若干评测上")
    Cue("right_eval_zh_described", "right", re.compile(
        r"^\s*(?:(?![在于和与及、等])[\u4e00-\u9fff]){1,4}?(?:测试|评测)\s*(?:上|中)"),
        "Benchmark", 1.2, "evaluated_on", needs=("测试", "评测")),
    # left side: what comes before the name
    Cue("left_data_list", "left", re.compile(
        # ("datasets (including MIMIC-III-WDB, ...)": the bracket may open with the list's word)
        rf"\b(?:datasets?|corpora)\s*(?:,|:|\(\s*(?:such as|including|like|e\.g\.,?|namely)?|such as|including|like|"
        rf"e\.g\.,?|namely|of)\s*{_LIST}$", _I), "Dataset", 2.0,
        needs=("dataset", "corpora"), ends=(",", ":", "(", "as", "including", "like", ".", "namely", "of") + LIST_ENDS),
    # "Based on the game of NetHack", "games such as Pong and Breakout": a game played is an environment
    Cue("left_game", "left", re.compile(rf"\bgames?\s*,?\s*(?:of|such as|including|like|e\.g\.,?)\s+{_LIST}$", _I),
        "Benchmark", 1.5, "evaluated_on", needs=("game",),
        ends=("of", "as", "including", "like", ".", ",") + LIST_ENDS),
    # "reasoning tasks such as ARC-Challenge and HellaSwag": named tasks are benchmarks
    Cue("left_task_list", "left", re.compile(
        rf"\btasks\s*,?\s*(?:such as|including|like|e\.g\.,?|namely|\(e\.g\.,?)\s+{_LIST}$", _I), "Benchmark", 1.5,
        "evaluated_on", needs=("tasks",), ends=("as", "including", "like", ".", ",", "namely") + LIST_ENDS),
    # "benchmarks: A, B", "benchmarks such as A", "across several benchmarks GAIA, PathVQA, and X"
    Cue("left_bench_list", "left", re.compile(
        rf"(?:\bbenchmarks?\s*(?:,|:|\((?:\s*(?:such as|including|like|e\.g\.,?|namely))?|"
        rf"(?:,\s*)?(?:such as|including|like|e\.g\.,?|namely))|"
        rf"\b(?:several|multiple|various|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"benchmarks)\s*{_LIST}$", _I),
        "Benchmark", 2.0, "evaluated_on",
        needs=("benchmark",), ends=(",", ":", "(", "as", "including", "like", ".", "namely", "benchmarks") + LIST_ENDS),
    Cue("left_eval_on", "left", re.compile(
        rf"\b(?:evaluat\w*|experiments?|results?|tests?|tested|achiev\w*|performance|sota|state-of-the-art|"
        rf"accuracy|scores?|improv\w*|gains?|reach\w*|attain\w*|set\w*|establish\w*|benchmark\w*|"
        rf"outperform\w*|surpass\w*|beat\w*|exceed\w*|reduc\w*|better|correlat\w*|competitive|generali[sz]\w*)\b"
        rf"(?:[^.;]|\.(?=\d)){{0,60}}"  # a decimal point is no sentence end: "achieves 45.2 AP on COCO"
        rf"\b(?:on|across|over)\s+(?:the\s+)?(?:challenging\s+|public\s+|standard\s+|widely[- ]used\s+)*{_LIST}$|"
        # "We evaluate in Overcooked-AI and Hanabi", "experiments in StarCraft II": environments one acts in
        rf"\b(?:evaluat\w*|experiments?|tested)\s+(?:(?:our\s+)?(?:agents?|polic(?:y|ies)|it|them|methods?)\s+)?in\s+"
        rf"(?:the\s+)?{_LIST}$", _I),
        "Benchmark", 0.9, "evaluated_on",
        needs=("evaluat", "experiment", "result", "test", "achiev", "performance", "sota", "state-of-the-art",
               "accuracy", "score", "improv", "gain", "reach", "attain", "set", "establish", "benchmark", "outperform",
               "surpass", "beat", "exceed", "reduc", "better", "correlat", "competitive", "generali"),
        ends=("on", "across", "over", "the", "challenging", "public", "standard", "used", "in") + LIST_ENDS),
    # "Ranks 1st in RoboChallenge", "ranked first on the LMArena leaderboard", "在X榜单上排名第一": a ranking is a benchmark's
    Cue("left_ranked_in", "left", re.compile(
        rf"\b(?:ranks?|ranked|ranking|plac(?:es|ed|ing))\s+(?:(?:1st|first|top(?:-\d+)?|2nd|second|3rd|third|#\s?\d+)\s+)+"
        rf"(?:overall\s+)?(?:in|on|at)\s+(?:the\s+)?{_LIST}$", _I),
        "Benchmark", 2.0, "evaluated_on", needs=("rank", "plac"), ends=("in", "on", "at", "the") + LIST_ENDS),
    # a score right before "on": "an average reward of 0.83 on ALFWorld", "45.2% on MMLU and GSM8K"
    Cue("left_value_on", "left", re.compile(rf"(?:\d\s*%|\d\.\d+)\s+(?:on|across)\s+(?:the\s+)?{_LIST}$", _I),
        "Benchmark", 0.9, "evaluated_on", needs=("on", "across"), ends=("on", "across", "the") + LIST_ENDS),
    # a sentence that opens with where it was evaluated: "On ImageNet, ...", "Across WebArena and OSWorld, ..."
    Cue("left_eval_opening", "left", re.compile(rf"(?:^|[.!?]\s+)(?:on|across)\s+(?:the\s+)?{_LIST}$", _I),
        "Benchmark", 0.9, "evaluated_on", needs=("on", "across"), ends=("on", "across", "the") + LIST_ENDS),
    # "trained on X", "we fine-tune T5-large and BERT-base on X"
    Cue("left_trained_on", "left", re.compile(
        rf"\b(?:(?:trained|pre-?trained|fine-?tuned)|(?:(?:pre-?)?train|fine-?tune)s?\b[^.;:]{{0,50}}?)\s+on\s+(?:the\s+)?{_LIST}$",
        _I), "Dataset", 1.2, "used",
        needs=("train", "tune"), ends=("on", "the") + LIST_ENDS),
    # "on data from EyePACS", "scans from ADNI and OASIS-3", "records collected from MIMIC-IV", "2 million molecules
    # from ZINC15", "10-K filings from SEC EDGAR": where data comes from
    Cue("left_data_from", "left", re.compile(
        rf"\b(?<!generated\s)(?<!synthesi[sz]ed\s)(?:data|images|scans|recordings|records|cases|patients|subjects|"
        rf"participants|cohorts?|slides|notes|molecules|compounds|proteins|structures|sequences|documents|filings|"
        rf"articles|questions|problems|queries|prompts|samples|examples|instances|sentences|utterances|dialogues|"
        rf"conversations|videos|clips|trajectories|episodes|programs|repositories|posts|reviews|galaxies)\s+"
        rf"(?:(?:are|is|were|was)\s+)?(?:collected\s+|obtained\s+|drawn\s+|"
        rf"sourced\s+|taken\s+|comes?\s+|came\s+|originat(?:e|es|ed)\s+)?from\s+"
        rf"(?:the\s+)?{_LIST}$|"
        # "a dataset of meshes curated from Objaverse-XL", "prompts sampled from LAION": only data is curated
        rf"\b(?:curated|sampled|drawn|sourced|mined|crawled|scraped)\s+from\s+(?:the\s+)?{_LIST}$", _I),
        "Dataset", 1.2, "used",
        needs=("data", "images", "scans", "recordings", "records", "cases", "patients", "subjects", "participants",
               "cohort", "slides", "notes", "curated", "sampled", "drawn", "sourced", "mined", "crawled", "scraped",
               "molecules", "compounds", "proteins", "structures", "sequences", "documents", "filings", "articles",
               "questions", "problems", "queries", "prompts", "samples", "examples", "instances", "sentences",
               "utterances", "dialogues", "conversations", "videos", "clips", "trajectories", "episodes", "programs",
               "repositories", "posts", "reviews", "galaxies"),
        ends=("from", "the") + LIST_ENDS),
    Cue("left_compared", "left", re.compile(
        rf"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared (?:with|to)|compar\w+ (?:with|to|against)|relative to|"
        rf"improv\w* upon|"
        rf"versus|vs\.?|against|baselines?(?:,| such as| including| like|:)|over|(?:points?|pp|%)\s+above|ahead of)"
        rf"\s+(?:the\s+|a\s+|strong\s+|"
        rf"state-of-the-art\s+|existing\s+|previous\s+|prior\s+|recent\s+|leading\s+)*"
        # "outperforms prior methods such as A, B and C"
        rf"(?:(?:methods|baselines|approaches|models|works|systems|algorithms|detectors|trackers),?\s+"
        rf"(?:such\s+as|including|like|e\.g\.,?)\s+)?{_LIST}$", _I),
        "Method", 1.2, "compared",
        needs=("outperform", "surpass", "beat", "exceed", "than", "compar", "relative", "versus", "vs", "against", "baseline",
               "over", "upon", "above", "ahead"),
        ends=("than", "with", "to", "against", "versus", "vs", "vs.", ",", "as", "including", "like", ":", "over", "upon",
              "above", "of",
              "the", "a", "strong", "state-of-the-art", "existing", "previous", "prior", "recent", "leading") + LIST_ENDS,
        end_stems=("outperform", "surpass", "beat", "exceed")),
    Cue("left_uses", "left", re.compile(
        rf"\b(?:based on|built (?:on|upon)|on top of|backbones?(?: such as| like| including)?|using|uses|adopt\w*|"
        rf"leverag\w*|employ\w*|fine-?tun\w*|distill\w* from|initiali[sz]ed (?:with|from)|extends?|plug\w* into|"
        rf"models? (?:such as|like|including))\s+(?:the\s+|a\s+|pretrained\s+|pre-trained\s+|frozen\s+)*{_LIST}$", _I),
        "Method", 1.0, "used",
        needs=("based on", "built", "on top of", "backbone", "using", "uses", "adopt", "leverag", "employ", "fine",
               "distill", "initiali", "extend", "plug", "model"),
        ends=("on", "upon", "of", "backbone", "backbones", "as", "like", "including", "using", "uses", "from", "with",
              "extend", "extends", "into", "the", "a", "pretrained", "pre-trained", "frozen") + LIST_ENDS,
        end_stems=("adopt", "leverag", "employ", "fine-tun", "finetun")),
    # "merging methods such as TIES, TSV-M, and Iso-C", "合并方法（如TIES、TSV-M）"
    # "tools such as EvoSuite and Randoop", "learned optimizers such as Bao and Balsa", "3D engines such as Blender or
    # Unreal": named tools of a kind
    Cue("left_method_list", "left", re.compile(
        rf"\b(?:methods|approaches|baselines|algorithms|frameworks|techniques|architectures|backbones|models|tools|toolkits|"
        rf"libraries|optimi[sz]ers|solvers|fuzzers|simulators|compilers|linters|planners|retrievers|engines)\s*,?\s*"
        rf"(?:such as|like|including|e\.g\.,?|\(e\.g\.,?)\s+{_LIST}$", _I), "Method", 2.0, "used",
        needs=("methods", "approaches", "baselines", "algorithms", "frameworks", "techniques", "architectures",
               "backbones", "models", "tools", "toolkits", "libraries", "optimizers", "optimisers", "solvers", "fuzzers",
               "simulators", "compilers", "linters", "planners", "retrievers", "engines"),
        ends=("as", "like", "including", ".", ",") + LIST_ENDS),
    # "token-free models (ByT5, CANINE)", "methods (Canny, CannySR)": the names of a bracketed list (the first only
    # when the list goes on, see kg.extract.entities: "models (LLMs)" glosses the kind)
    Cue("left_method_bracket_list", "left", re.compile(
        r"\b(?:models|methods|baselines|approaches|algorithms|architectures|backbones|detectors)\s*\(\s*"
        r"(?:[A-Za-z0-9][^()]{0,60}?(?:,|\band|&)\s*)?$", _I), "Method", 3.0, "used",
        needs=("models", "methods", "baselines", "approaches", "algorithms", "architectures", "backbones",
               "detectors"), ends=(",", "and", "&", "(")),
    # "with a multi-view depth-consistency filter (GEOM)": a name in brackets after one method a phrase describes,
    # whose initials it need not share
    Cue("left_method_bracket", "left", re.compile(
        r"\b(?:an?|our|the)\s+(?:[\w-]+\s+){0,4}?(?:model|method|filter|module|network|algorithm|framework|"
        r"architecture|detector|estimator|baseline|variant)\s*\(\s*$", _I), "Method", 2.0, "used",
        needs=("model", "method", "filter", "module", "network", "algorithm", "framework", "architecture", "detector",
               "estimator", "baseline", "variant")),
    # "MuJoCo locomotion tasks (HalfCheetah, Hopper, Walker2d)": the environments a benchmark is made of
    Cue("left_bench_bracket_list", "left", re.compile(
        r"\b(?:tasks|environments|games|domains|suites)\s*\(\s*(?:[A-Za-z0-9][^()]{0,60}?(?:,|\band|&)\s*)?$", _I),
        "Benchmark", 3.0, "evaluated_on", needs=("tasks", "environments", "games", "domains", "suites"),
        ends=(",", "and", "&", "(")),
    Cue("left_method_list_zh", "left", re.compile(rf"(?:方法|模型|算法|框架|基线)\s*[（(]?\s*(?:如|例如|包括|比如)\s*{_LIST}$"),
        "Method", 2.0, "used", needs=("如", "包括")),
    Cue("left_metric", "left", re.compile(
        rf"\b(?:(?:in terms of|measured (?:by|with|using|in)|metrics?\s*(?:such as|including|like|,|:)|"
        rf"evaluated (?:by|with|using))\s+|metrics?\s*\(\s*)(?:the\s+)?{_LIST}$", _I), "Metric", 1.5,
        needs=("in terms of", "measured", "metric", "evaluated"),
        ends=("of", "by", "with", "using", "in", "as", "including", "like", ",", ":", "(", "the") + LIST_ENDS),
    # "优于GRPO和DAPO": every name of the list after the verb
    Cue("left_method_zh", "left", re.compile(rf"(?:优于|超越|超过|胜过|击败|相比|对比|相较于?|(?<![比相])较)了?\s*{_LIST}$"),
        "Method", 1.2, "compared", needs=("优于", "超越", "超过", "胜过", "击败", "相比", "对比", "较"),
        ends=("优于", "超越", "超过", "胜过", "击败", "相比", "对比", "相较", "相较于", "较", "了") + LIST_ENDS),
    # "对比方法：RadarGNN、PointPillars、PointNet++", "基线：A、B": a summary's field that lists the methods compared
    Cue("left_method_label_zh", "left", re.compile(rf"(?:(?:对比|比较|基线)(?:方法|模型|算法|基线)|基线)\s*[：:]\s*{_LIST}$"),
        "Method", 1.2, "compared", needs=("对比", "比较", "基线"), ends=("：", ":") + LIST_ENDS),
    # "相比最新神经编解码器DCVC-RT", "优于SOTA（SVDQuant、ViDiT-Q）": the kind of thing beaten, then its names
    Cue("left_method_zh_described", "left", re.compile(
        rf"(?:优于|超越|超过|胜过|击败|相比于?|对比|相较于?)\s*(?:[\u4e00-\u9fff]{{0,10}}(?:方法|模型|基线|算法|框架|网络|系统|器)|"
        rf"SOTA|SoTA)\s*[（(]?\s*{_LIST}$"),
        "Method", 1.2, "compared", needs=("优于", "超越", "超过", "胜过", "击败", "相比", "对比", "相较")),
    # "在四个先进DiT模型（Flux-Dev、Flux-Schnell、Z-Image）上", "三个数据集（A、B和C）": a bracketed list after its kind
    # (kg.extract.entities drops the cue for a first name the list does not go on after: "高斯混合模型（GMM）" is a gloss)
    Cue("left_method_bracket_zh", "left", re.compile(rf"(?:模型|方法|基线|算法|框架|解码器|编码器|检测器|分类器)\s*[（(]\s*{_LIST}$"),
        "Method", 3.0, "used", needs=("模型", "方法", "基线", "算法", "框架", "解码器", "编码器", "检测器", "分类器")),
    # "信号保真度指标（CC、RRMSE、SNRI）": the measures a bracket lists after the word for metrics, from its second
    # (one name alone in the bracket glosses the words before it: "质量代用指标（Mass Proxy）", "双模拟度量（BSM）")
    Cue("left_metric_bracket_zh", "left", re.compile(rf"指标\s*[（(]\s*{_LIST_OF_SEVERAL}$"), "Metric", 3.0,
        needs=("指标",)),
    # "规划子分数（NC、DAC、TTC）": a bracket after the word for sub-scores lists them, from its first
    Cue("left_metric_parts_bracket_zh", "left", re.compile(rf"(?:子分数|子指标|分项(?:指标|得分|分数))\s*[（(]\s*{_LIST}$"),
        "Metric", 3.0, needs=("子分数", "子指标", "分项")),
    # "静态特征误删率（FRR）", "平均风险得分（ARS）": a short form in brackets after a Chinese rate, error or score names
    # that measure (not a resolution, "超分辨率（ISR）", nor an efficiency or a frequency)
    Cue("left_metric_gloss_zh", "left", re.compile(r"(?<![分效频概])(?:率|误差|精度|得分|分数|指数|系数)\s*[（(]\s*$"),
        "Metric", 3.0, needs=("率", "误差", "精度", "得分", "分数", "指数", "系数")),
    Cue("left_data_bracket_zh", "left", re.compile(rf"(?:数据集|语料库?)\s*[（(]\s*{_LIST}$"), "Dataset", 2.0,
        needs=("数据集", "语料")),
    # "三个机器人操作数据集：Calvin ABC、Bridge-v2（来自SimplerEnv）、Libero-Long", "三个模拟基准：A（…）、B": a list after
    # the word for data sets or benchmarks and a colon (not "对比基准：", the baselines compared)
    Cue("left_data_label_zh", "left", re.compile(rf"(?:数据集|语料库?)\s*[：:]\s*{_LIST}$"), "Dataset", 2.0,
        needs=("数据集", "语料"), ends=("：", ":") + LIST_ENDS),
    Cue("left_bench_label_zh", "left", re.compile(rf"(?<!对比)(?<!比较)(?:基准|测试集|评测集)\s*[：:]\s*{_LIST}$"),
        "Benchmark", 2.0, "evaluated_on", needs=("基准", "测试集", "评测集"), ends=("：", ":") + LIST_ENDS),
    Cue("left_bench_bracket_zh", "left", re.compile(rf"(?:基准|测试集|评测集)\s*[（(]\s*{_LIST}$"), "Benchmark", 2.0,
        "evaluated_on", needs=("基准", "测试集", "评测集")),
    Cue("left_uses_zh", "left", re.compile(rf"(?:基于|采用|使用|利用|结合|借助|引入|以)\s*{_LIST}$"), "Method", 1.0, "used",
        needs=("基于", "采用", "使用", "利用", "结合", "借助", "引入", "以"),
        ends=("基于", "采用", "使用", "利用", "结合", "借助", "引入", "以") + LIST_ENDS),
    Cue("left_eval_zh", "left", re.compile(rf"在\s*{_LIST}$"), "Benchmark", 0.6, "evaluated_on", needs=("在",)),
)

_DIGIT = re.compile(r"\d")
# The only characters that a case-insensitive regex matches to an ASCII letter although ``str.lower`` does not
# give that letter (dotted/dotless i, long s): windows holding one are checked by the regexes alone.
_CASE_TRICKY = re.compile("[\u0130\u0131\u017f]")


# Per cue, in order: the cue, whether it looks left, the words it needs, whether it needs a digit, and whether
# all its words are non-ASCII (Chinese cues: skipped at once in an all-ASCII window).
_PLAN = tuple((cue, cue.side == "left", tuple(w for w in cue.needs if w != DIGIT), DIGIT in cue.needs,
               bool(cue.needs) and not any(w.isascii() for w in cue.needs),
               frozenset(cue.starts.replace(DIGIT, "")) if cue.starts else None, DIGIT in cue.starts) for cue in CUES)


def matching_cues(left: str, right: str) -> list[Cue]:
    """The cues whose regex matches ``left`` (text before a name) or ``right`` (after it), in :data:`CUES` order.

    The same list as running every regex; a cue none of whose ``needs`` words is in its window is skipped.
    """
    left_ascii, right_ascii = left.isascii(), right.isascii()
    left_lower = left.lower() if left_ascii or not _CASE_TRICKY.search(left) else None
    right_lower = right.lower() if right_ascii or not _CASE_TRICKY.search(right) else None
    right_first = right.lstrip()[:1]
    hits = []
    for cue, on_left, words, digit, foreign, starts, digit_start in _PLAN:
        if starts is not None and right_first not in starts and not (digit_start and right_first.isdecimal()):
            continue  # the first character after the name cannot open a match
        window, lower, ascii_only = (left, left_lower, left_ascii) if on_left else (right, right_lower, right_ascii)
        if foreign and ascii_only:
            continue  # needs a Chinese word: none in an ASCII window
        if (words or digit) and lower is not None:
            for word in words:
                if word in lower:
                    break
            else:
                if not (digit and _DIGIT.search(window)):
                    continue  # no needed word: the regex cannot match
        if cue.pattern.search(window):
            hits.append(cue)
    return hits


# Characters of context read before and after a name, within its sentence.
LEFT_WINDOW = 120
RIGHT_WINDOW = 60
_RIGHT_PLAN = tuple(plan for plan in _PLAN if not plan[1])
_LEFT_PLAN = tuple(plan for plan in _PLAN if plan[1])
# Left cues as (cue, words); every left cue needs a word. Cues needing Chinese words cannot match an ASCII window.
_LEFT_ALL = tuple((cue, words) for cue, _, words, _, _, _, _ in _LEFT_PLAN)
_LEFT_ASCII = tuple((cue, words) for cue, _, words, _, foreign, _, _ in _LEFT_PLAN if not foreign)


def _left_cues_ending_uncached(last: str, ascii_only: bool) -> tuple[tuple[Cue, tuple[str, ...]], ...]:
    """The left cues (with their words) that can match a window whose last blank-free word is ``last`` (lower case,
    "" for a blank window): every ``Cue.ends`` is blank-free, so ``ends_like(cue, tail)`` depends on that word alone.
    ``ascii_only``: the window is all ASCII (cues that need Chinese words are left out)."""
    return tuple((cue, words) for cue, words in (_LEFT_ASCII if ascii_only else _LEFT_ALL)
                 if not cue.ends or ends_like(cue, last))


# A pure function of one word (bounded): windows end with a few hundred distinct words ("on", "the", "and", ...).
_left_cues_ending = lru_cache(maxsize=1 << 14)(_left_cues_ending_uncached)


def ends_like(cue: Cue, tail: str) -> bool:
    """Whether ``tail`` (a left window, lower case, trailing blanks removed) ends as ``cue`` needs to match."""
    if tail.endswith(cue.ends):
        return True
    if cue.end_stems:
        last = tail.rsplit(None, 1)[-1] if tail else ""
        return any(stem in last for stem in cue.end_stems)
    return False


@lru_cache(maxsize=4096)
def _right_cues_opened_by(first: str) -> tuple[tuple, ...]:
    """The right-side plans whose ``starts`` admit ``first`` (the first non-blank character after a name)."""
    return tuple(plan for plan in _RIGHT_PLAN
                 if plan[5] is None or first in plan[5] or (plan[6] and first.isdecimal()))


# Left cues ending in ``{_LIST}$`` -> the same pattern without the list (``PREFIX$``). A non-empty list ends with a
# separator and blanks, so a window that (trailing blanks removed) does not end with one of LIST_ENDS matches the cue
# only with an empty list: ``PREFIX$`` gives the same answer without trying every way to cut the window into list
# items (which backtracks for up to a few hundred microseconds on some windows).
_WITHOUT_LIST: dict[str, re.Pattern[str]] = {
    cue.name: re.compile(cue.pattern.pattern[:-len(_LIST) - 1] + "$", cue.pattern.flags)
    for cue in CUES if cue.side == "left" and cue.pattern.pattern.endswith(_LIST + "$")}
_TABLE_SIZE = 1 << 14
# (last word of a left window, window is ASCII) -> _left_cues_ending_uncached of it; filled as windows come.
_LEFT_BY_LAST: dict[tuple[str, bool], tuple[tuple[Cue, tuple[str, ...]], ...]] = {}
# First non-blank character after a name -> (cue, words, needs a digit, needs a Chinese word) of the right-side
# cues its ``starts`` admit, in CUES order.
_RIGHT_BY_FIRST: dict[str, tuple[tuple[Cue, tuple[str, ...], bool, bool], ...]] = {}


def _right_plans_opened_by(first: str) -> tuple[tuple[Cue, tuple[str, ...], bool, bool], ...]:
    """The right-side cues a window opening with ``first`` can match (see :func:`_right_cues_opened_by`), kept in
    :data:`_RIGHT_BY_FIRST` (bounded)."""
    plans = tuple((cue, words, digit, foreign) for cue, _, words, digit, foreign, _, _ in _right_cues_opened_by(first))
    if len(_RIGHT_BY_FIRST) < _TABLE_SIZE:
        _RIGHT_BY_FIRST[first] = plans
    return plans


class SectionCues:
    """The context cues of one section, prepared once for all the candidate names in it.

    The section is lower-cased and split into sentences once, not once per name. For a name's windows, right-side
    cues come from a table keyed by the first character after the name and run with ``match`` (each is anchored);
    a left-side cue runs its regex only when its window holds one of its words and ends as the cue needs
    (:attr:`Cue.ends`). :meth:`matching` gives the list :func:`matching_cues` gives for the same windows.

    (A pass over the whole section to find every cue word once, then testing names by offset, was measured slower:
    ``re`` scans of a long alternation cost 20-80 ns per character, more than the substring tests on the windows.)
    """

    __slots__ = ("text", "ends", "lowered")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = _sentence_ends(text)
        # Same length and no case-tricky character: a window's ``lower()`` is the slice of this (see lowered_for_scan)
        self.lowered = lowered_for_scan(text)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """:func:`sentence_bounds` of ``[start, end)`` from the section's precomputed sentence ends."""
        return bounds_in(self.text, self.ends, start, end)

    def windows(self, start: int, end: int) -> tuple[int, int]:
        """Start of the left window and end of the right window of a name at ``[start, end)``."""
        s_start, s_end = bounds_in(self.text, self.ends, start, end)
        return max(s_start, start - LEFT_WINDOW), min(s_end, end + RIGHT_WINDOW)

    def matching(self, start: int, end: int, left_start: int, right_end: int) -> list[Cue]:
        """The cues matching the windows ``text[left_start:start]`` and ``text[end:right_end]``, in :data:`CUES` order."""
        if self.lowered is None:
            return matching_cues(self.text[left_start:start], self.text[end:right_end])
        return self._hits(start, end, left_start, right_end)

    def context(self, start: int, end: int) -> tuple[int, int, int, int, list[Cue]]:
        """Everything the cues say about a name at ``[start, end)``: its sentence's bounds (:meth:`bounds`), the
        start of its left window and the end of its right window (:meth:`windows`), and the :meth:`matching` cues."""
        text, ends = self.text, self.ends
        i = bisect_right(ends, start)
        s_start = ends[i - 1] if i else 0
        j = bisect_right(ends, end, i)
        s_end = ends[j] if j < len(ends) else len(text)
        while s_start < start and text[s_start].isspace():
            s_start += 1
        left_start = start - LEFT_WINDOW
        if left_start < s_start:
            left_start = s_start
        right_end = end + RIGHT_WINDOW
        if right_end > s_end:
            right_end = s_end
        if self.lowered is None:
            return s_start, s_end, left_start, right_end, matching_cues(text[left_start:start], text[end:right_end])
        return s_start, s_end, left_start, right_end, self._hits(start, end, left_start, right_end)

    def _hits(self, start: int, end: int, left_start: int, right_end: int) -> list[Cue]:
        """:meth:`matching` when the section has a usable lower-cased copy."""
        text, lowered = self.text, self.lowered
        right = text[end:right_end]
        first = right[:1]
        if first.isspace():
            first = right.lstrip()[:1]
        plans = _RIGHT_BY_FIRST.get(first)
        if plans is None:
            plans = _right_plans_opened_by(first)
        hits = []
        right_lower: str | None = None
        right_ascii: bool | None = None
        for cue, words, digit, foreign in plans:
            if foreign:
                if right_ascii is None:
                    right_ascii = right.isascii()
                if right_ascii:
                    continue
            if words or digit:
                if right_lower is None:
                    right_lower = lowered[end:right_end]
                for word in words:
                    if word in right_lower:
                        break
                else:
                    if not (digit and _DIGIT.search(right)):
                        continue
            if cue.pattern.match(right):  # every right-side pattern is anchored at its start: match == search
                hits.append(cue)
        left_lower = lowered[left_start:start]
        tail = left_lower.rstrip()
        # the last blank-free word: after the last space, unless another blank (never printable) follows it
        last = tail[tail.rfind(" ") + 1:]
        if not last.isprintable():
            last = tail.rsplit(None, 1)[-1]
        key = (last, left_lower.isascii())
        left_plans = _LEFT_BY_LAST.get(key)
        if left_plans is None:
            left_plans = _left_cues_ending_uncached(last, key[1])
            # bounded: a pure function of one word (a Chinese run can be a long "word": not kept)
            if len(last) <= 40 and len(_LEFT_BY_LAST) < _TABLE_SIZE:
                _LEFT_BY_LAST[key] = left_plans
        left: str | None = None
        list_end: bool | None = None
        for cue, words in left_plans:
            for word in words:
                if word in left_lower:
                    break
            else:
                continue
            if left is None:
                left = text[left_start:start]
                list_end = tail.endswith(LIST_ENDS)
            pattern = cue.pattern if list_end else _WITHOUT_LIST.get(cue.name, cue.pattern)
            if pattern.search(left):
                hits.append(cue)
        return hits


# A sentence that introduces the paper's own contribution, and where the contribution's name may follow
# (English summaries also open with the bare verb: "Proposes GsiT, ...").
_VERBS = (r"(?:(?:propose|introduce|present|develop|design|build|construct|release|curate|create|contribute|establish|"
          r"formulate|collect|devise|provide|compile)(?:s|d|ed|es)?\b|"
          r"(?:propos|introduc|develop|design|build|construct|releas|curat|creat|establish|formulat|collect|devis|"
          r"provid|compil)ing\b|open-sourc(?:e|es|ed|ing)\b|built\b|put\s+forward\b|"  # "by introducing X", "we open-source X"
          # "we train Optica, a 2B-parameter causal video model": a model trained and named in an appositive
          r"train(?:s|ed)?(?=\s+[^\s,]{2,40}(?:\s[^\s,]{1,20})?,\s+an?\s)|"
          # "we derive HOPE (Higher-Order Pruning of Experts), a ...": a name and its long form derived
          r"deriv(?:e|es|ed)(?=\s+[^\s,()]{2,40}\s+\([^()]{8,80}\),\s+an?\s))")
_SUBJECT = (r"(?:we|this (?:paper|work|study|report|article)|the (?:authors?|paper|work|study|article)|authors|"
            r"our work)")
_SUBJECT_GAP = r"\s+(?:\w+\s+){0,6}?"  # "We identify this failure mode and propose X"
PROPOSE = re.compile(
    rf"\b{_SUBJECT}{_SUBJECT_GAP}{_VERBS}|"
    r"(?:^|(?<=[.!?]\s))(?:it\s+(?:also\s+)?)?(?:propose|introduce|present|develop)(?:s|d|ed)\b|"
    # "We argue that ..., and present LGWM, a ...": the subject's verb after a long clause
    r",\s+and\s+(?:propose|introduce|present)\b|"
    r"(?:提出|构建|推出|设计|开发|引入|发布|建立|打造)了?", _I)
_PROPOSE_AND = re.compile(r",\s+and\s+(?:propose|introduce|present)\b")
# PROPOSE split into its three branches (English subject + verb; a sentence opening with the bare verb; Chinese
# verbs), each scanned over the lower-cased text without IGNORECASE: together about twice as fast as PROPOSE.
_PROPOSE_SUBJECT = re.compile(rf"\b{_SUBJECT}{_SUBJECT_GAP}{_VERBS}")
# The same matches, written to open with a literal (w, t, a, o) so that ``re`` skips straight to those letters: the
# word boundary before the subject becomes ``(?<!\w.)`` after its first letter (about twice as fast to scan).
_NOT_AFTER_WORD = r"(?<!\w.)"
_PROPOSE_SUBJECT_SCAN = re.compile(
    rf"(?:w{_NOT_AFTER_WORD}e|"
    rf"t{_NOT_AFTER_WORD}h(?:is (?:paper|work|study|report|article)|e (?:authors?|paper|work|study|article))|"
    rf"a{_NOT_AFTER_WORD}uthors|o{_NOT_AFTER_WORD}ur work){_SUBJECT_GAP}" + _VERBS)
# "Proposes GsiT, ...", "Developed DynaWrite, a modular tutoring app": summaries open with the verb, present or past
# (and a summary's "It also proposes IDLoss for ...": the paper)
# (written as one branch per opening word, each opening with a letter, so that ``re`` jumps to "i", "p" and "d" instead
# of trying an optional "it" at every character: about three times faster, the same matches)
_PROPOSE_BARE = re.compile(r"it\s+(?:also\s+)?(?:propose|introduce|present|develop)(?:s|d|ed)\b|"
                           r"propose(?:s|d|ed)\b|introduce(?:s|d|ed)\b|present(?:s|d|ed)\b|develop(?:s|d|ed)\b")
_PROPOSE_ZH = re.compile(r"(?:提出|构建|推出|设计|开发|引入|发布|建立|打造)了?")
# Characters that a case-insensitive regex matches to an ASCII letter although ``str.lower`` does not give that
# letter (dotted/dotless i, long s, Kelvin sign).
_CASE_TRICKY_ALL = re.compile("[\u0130\u0131\u017f\u212a]")


def lowered_for_scan(text: str) -> str | None:
    """``text.lower()`` when a lower-case pattern scanned over it finds what the IGNORECASE pattern finds in
    ``text`` (same length, no character that case-folds to an ASCII letter otherwise), else None."""
    lowered = text.lower()
    if text.isascii():
        return lowered  # ASCII: same length, no case-tricky character
    if len(lowered) != len(text) or _CASE_TRICKY_ALL.search(text):
        return None
    return lowered


def propose_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``PROPOSE.finditer(text)`` match, from its three branches scanned separately.

    Matches of different branches cannot overlap except a Chinese verb inside an English subject's words
    ("we 提出 propose"): merging the sorted matches and dropping any that starts inside the one before gives
    the combined regex's leftmost, non-overlapping answers.
    """
    return propose_spans_lowered(text, lowered_for_scan(text))


_BARE_VERBS = ("proposes", "introduces", "presents", "develops", "proposed", "introduced", "presented", "developed")
# Stems of the verbs of _VERBS, one of which every English PROPOSE match contains.
_VERB_WORDS = ("propos", "introduc", "present", "develop", "design", "build", "construct", "releas", "curat",
               "creat", "contribut", "establish", "formulat", "collect", "devis", "provid", "forward", "built",
               "open-sourc", "compil", "train", "deriv")


def propose_spans_lowered(text: str, lowered: str | None) -> list[tuple[int, int]]:
    """:func:`propose_spans` with ``lowered_for_scan(text)`` given (a section's analysis computes it once)."""
    if lowered is None:
        return [m.span() for m in PROPOSE.finditer(text)]
    # both English branches need one of the verbs: substring tests are cheaper than scanning for them
    for verb in _VERB_WORDS:  # a loop: cheaper than any() over a generator
        if verb in lowered:
            has_verb = True
            break
    else:
        has_verb = False
    found = [m.span() for m in _PROPOSE_SUBJECT_SCAN.finditer(lowered)] if has_verb else []
    if has_verb and any(verb in lowered for verb in _BARE_VERBS):
        for m in _PROPOSE_BARE.finditer(lowered):
            at = m.start()
            if at == 0 or (at >= 2 and lowered[at - 2] in ".!?" and lowered[at - 1].isspace()):
                found.append(m.span())
    if has_verb and ", and" in lowered:
        found += [m.span() for m in _PROPOSE_AND.finditer(lowered)]
        found.sort()
    if not text.isascii():
        found += [m.span() for m in _PROPOSE_ZH.finditer(text)]
        found.sort()
    elif len(found) > 1:
        found.sort()
    spans: list[tuple[int, int]] = []
    for span in found:
        if not spans or span[0] >= spans[-1][1]:
            spans.append(span)
    return spans


# The kinds a Chinese description of the paper's own thing ends in ("一种轻量级遥感目标检测器X", "多尺度特征融合模块X").
ZH_KINDS = ("基准|数据集|框架|模型|方法|算法|系统|网络|平台|工具|智能体|检测器|分割器|编码器|解码器|生成器|模块|机制|策略|范式|"
            "流水线|管线|架构|代理|求解器|控制器|规划器")
NAMING = re.compile(r"\b(?:called|named|dubbed|termed|coined|namely|i\.e\.,?)\s*[\"“']?$|(?:名为|称为|称作)\s*[\"“「]?$", _I)
# Words allowed between a propose verb and the proposed name ("we propose a novel framework, named X").
GAP_OK = re.compile(r"^[\s\"“”'「」,:(（]*(?:(?:a|an|the|new|novel|simple|unified|general|first|our|two|three|"
                    r"lightweight|efficient|effective|scalable|deep|[a-z]+-[a-z-]+|[\w-]+(?:al|ive|ed|ic|ent|ble|ar|ous|ful|less|wise)|"
                    # "a deep unfolding network, DU-BF": an -ing modifier, not a verb taking the name as its object
                    r"(?!(?:us|leverag|employ|apply|adopt|exploit|utiliz|utilis|combin|integrat|incorporat|extend|"
                    r"modify|train|fine-tun|build|mak|tak|add)ing\b)[a-z]{3,}ing|"
                    r"(?:framework|method|model|approach|system|benchmark|dataset|suite|pipeline|architecture|"
                    r"network|agent|paradigm|strateg(?:y|ie)|algorithm|module|technique)s?|called|named|dubbed|termed|"
                    # "we develop and validate CardioNet"
                    r"and\s+(?:validat|evaluat|test|deploy|releas|implement|open-sourc)(?:e|es|ed|s)?|"
                    r"一种|一个|一套|新的|新型|名为|称为|全新|统一的|的|"
                    # "构建了首个大规模多模态医学问答基准X", "提出了基线模型X": a description ending in its kind
                    rf"[\u4e00-\u9fff\d.%]{{0,24}}(?:{ZH_KINDS}))"
                    r"[\s\"“”'「」,:(（]*){0,8}$", _I)
# A title's "Name: subtitle"; a subtitle or nearby text that says the name is a benchmark or dataset.
TITLE_NAME = re.compile(r"^\s*([^:：]{2,60}?)\s*(?:[:：]\s*\S|\s(?:--|—|–)\s+\S|"  # "GVPT -- A software for ..."
                        r"\s(?=(?:Techni(?:cal|que) Report|Tech Report|System Card)$))")
# The subtitle's head noun is a benchmark/dataset ("A Benchmark for ...", "... Evaluation Suite").
TITLE_DATA = re.compile(r"(?:^|\s)(?:(?:benchmark|dataset|suite|corpus|testbed|arena|leaderboard)s?|environment)(?=\s*$|\s+(?:for|of|on|to|with|in|and|towards?)\b|[,:])"
                        r"|(?:^|\s)evaluation\s*$",  # "CIFE: Code Instruction-Following Evaluation" (not "... Evaluation for X")
                        re.IGNORECASE)
# The subtitle's first noun phrase (up to its first preposition) ends in a method noun ("A Cardiac ... Question
# Answering Model for ...", "A Neural-Symbolic Approach to ..."; not "... Fables for Training Language Models").
TITLE_METHOD = re.compile(r"^\W*(?:(?!(?:for|of|on|to|with|in|via|using|towards?|from|by)\b)[^\s:]+\s+){0,8}?"
                          r"(?:model|framework|method|approach|network|architecture|agent|system|algorithm|"
                          r"pipeline|solver|toolkit|tool|software|library|engine|planner|detector|tracker|encoder|"
                          r"generator|"
                          r"optimizer|policy)s?(?=\s*$|\s+(?:for|of|on|to|with|in|and|towards?|via|using|that)\b|[,:])",
                          re.IGNORECASE)
# ", a large-scale benchmark ...", not ", an instruction-based model trained on a new dataset": the appositive's
# head comes before any method noun.
APPOSITIVE_DATA = re.compile(r"^\s*[,(（]\s*(?:a|an|the|two|three|four|five|several)\b(?:(?!\b(?:models?|methods?|"
                             r"frameworks?|networks?|approach|systems?|architectures?|algorithms?|agents?|pipelines?)\b)"
                             r"[^.;]){0,60}?\b(benchmark|dataset|suite|corpus|testbed|database|atlas|cohort|registry|"
                             r"knowledge base|(?:training|test|evaluation) set|environment|competition|sandbox|simulator|"
                             r"benchmarking (?:framework|platform|toolkit))(?:s|es)?\b", re.IGNORECASE)
# Granularity modifiers make a distinct metric ("pixel-level AUROC" != "image-level AUROC", "macro F1", "top-5 error").
METRIC_GRANULARITY = (r"[a-z]+-level|(?:macro|micro)-averaged|macro|micro|weighted|top-\d+|zero-shot|few-shot|one-shot|"
                      r"\d+-shot")
# What is measured narrows a metric ("extraction accuracy", "harvesting success rates"): a "-tion"/"-ing" word right
# before it (the text before the metric ends with it), not a verb ("improving accuracy"), nor an evaluative
# adjective ("outstanding responsivity", "record-breaking PCE").
METRIC_OBJECT = re.compile(r"\b((?!(?:improv|reduc|measur|maintain|compromis|boost|enhanc|achiev|increas|sacrific|"
                           r"decreas|preserv|trad|balanc|lower|rais|hurt|degrad|yield|report|keep|los|gain|minimiz|"
                           r"maximiz|optimiz|outstand|promis|interest|lead|surpris|strik|break|amaz|astonish|encourag|"
                           r"compell|excit)ing\b)"
                           r"[a-z]{4,}(?:tion|ing)\s)$")
DATA_WORDS = re.compile(r"\b(?:benchmark\w*|datasets?|suite|corpus|corpora|leaderboard|arena|databases?|atlas(?:es)?|"
                        r"cohorts?|registry|knowledge bases?|(?:training|test|evaluation) sets?|environments?)\b|"
                        r"基准|数据集|数据库", _I)
BENCH_WORDS = re.compile(r"\b(?:benchmark\w*|suite|leaderboard|arena|evaluation|environment)\b|基准|评测", _I)


# (a full stop glued to a capital ends a sentence, "noise.Extensive", unless a capital stands before it too: a name,
# "DR.INFO", "DR.Experts", or initials, "U.S.")
_SENTENCE_END = re.compile(r"[。！？；\n]|[.!?](?=\s|$)|(?<![A-Z])[.!?](?=[A-Z])")
# The same matches, opening with one character class so that ``re`` skips to punctuation (about 2.5 times faster).
_SENTENCE_END_SCAN = re.compile(r"[.!?。！？；\n](?:(?<=[。！？；\n])|(?=\s|$)|(?<![A-Z].)(?=[A-Z]))")


def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends (see :func:`sentence_bounds`)."""
    return tuple(m.end() for m in _SENTENCE_END_SCAN.finditer(text))


_sentence_ends = lru_cache(maxsize=512)(sentence_ends)


# Measures named like settings: a rate, ratio or fraction after one of these words is a hyperparameter ("learning rate
# (LR)", "masking ratio") or a composition ("a volume fraction of 20%"), not a metric.
SETTING_HEADS = frozenset(("rate", "rates", "ratio", "ratios", "fraction"))
SETTING_MODIFIERS = frozenset("""learning dropout sampling mask masking frame bit compression sparsity pruning noise
missing decay warmup keep drop volume mass weight mole molar""".split())
# A sentence longer than this (a table, a list or pasted code without full stops) is quoted as a window around
# the mention: each mention quotes its sentence, so whole long "sentences" would make the output quadratic.
MAX_EVIDENCE_SENTENCE = 1000


def evidence_sentence(text: str, s_start: int, s_end: int, start: int, end: int) -> str:
    """The sentence ``text[s_start:s_end]`` quoted as the evidence of the mention ``[start, end)`` (stripped), or
    for a very long one about :data:`MAX_EVIDENCE_SENTENCE` characters around the mention, cut at blanks."""
    if s_end - s_start <= MAX_EVIDENCE_SENTENCE:
        return text[s_start:s_end].strip()
    half = max(0, (MAX_EVIDENCE_SENTENCE - (end - start)) // 2)
    left, right = max(s_start, start - half), min(s_end, end + half)
    if left > s_start and (blank := text.find(" ", left, start)) >= 0:
        left = blank + 1
    if right < s_end and (blank := text.rfind(" ", end, right)) >= 0:
        right = blank
    return text[left:right].strip()


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``: split at . ! ? 。！？；and newlines.

    A full stop inside the span itself ("DR.Experts") never splits it.
    """
    return bounds_in(text, _sentence_ends(text), start, end)


def bounds_in(text: str, ends: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """:func:`sentence_bounds` with the sentence ends of ``text`` given."""
    i = bisect_right(ends, start)
    left = ends[i - 1] if i else 0
    j = bisect_right(ends, end)
    right = ends[j] if j < len(ends) else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right
