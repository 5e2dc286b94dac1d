"""Numeric results: value as written, number, unit, and the metric/dataset/method they belong to.

A result is an explicit number the paper reports about its findings: a score ("IC 0.871", "F1: 84.18%"),
a gain ("a 2.64% improvement in mIoU", "+3.2 mAP", "提升2.64%"), a speed-up ("20x faster", "快约20倍") or a
measured quantity ("MAE was 29.42mm", "2.27 meV/atom"). Counts that describe the data or the setup
("10 billion tokens", "30+ datasets", "2B and 8B" models, "a 250ms window", "4-class") are not results.

Candidates are found by one regular expression over each section and then kept or dropped by the words
around them (rules below). Numbers in lists ("29.42mm, 26.82, and 23.72mm") are judged as one group.
The English abstract is the primary source; the summary sections (often Chinese) only restate it, so
their numbers raise the confidence of a matching abstract result and are used on their own only when a
paper has no abstract.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..model import Evidence, Mention, Paper, ResultMention, Section
from .cues import MAX_EVIDENCE_SENTENCE, METRIC_GRANULARITY, VALUE_QUALIFIER, evidence_sentence

log = logging.getLogger(__name__)

# ----------------------------------------------------------------------------- lexicons

# Unit spellings -> normalised unit. Percent-like, multiplier-like and measured units.
_PERCENT_UNITS = {"%": "%", "\\%": "%", "％": "%", "percent": "%", "per cent": "%"}
_POINT_UNITS = {"pp": "pp", "p.p.": "pp", "percentage points": "pp", "percentage point": "pp",
                "points": "points", "point": "points", "个百分点": "pp", "百分点": "pp",
                "absolute points": "points", "absolute point": "points", "absolute percentage points": "pp",
                # a compound before its noun: "the 6.14-point gap", "a 2.1-percentage-point gain"
                "-point": "points", "\u2010point": "points", "-percentage-point": "pp", "-pp": "pp"}
_TIMES_UNITS = {"x": "x", "×": "x", "\\times": "x", "times": "x", "fold": "x", "-fold": "x", "\u2010fold": "x",
                "倍": "x"}
_MEASURE_UNITS = (
    "meV/atom", "eV/atom", "meV/Å", "eV/Å", "mAh g−1", "mAh g-1", "mAh g −1", "mAh/g", "mA h g−1", "mA h g-1",
    "mA h g −1", "mS cm−1", "mS cm-1", "mS cm −1", "S cm−1", "S cm-1", "mS/cm", "Wh kg−1", "Wh kg-1", "Wh/kg",
    "W/(m·K)", "W/(m K)", "W/(mK)", "W/mK",
    "mV", "V", "ps", "ns", "fs", "GPa", "MPa", "meV", "eV", "km/h", "m/s", "bpm", "mm", "cm", "km", "nm", "μm", "µm",
    "ms", "μs", "sec", "seconds", "s", "minutes", "min", "hours", "h", "FPS", "fps", "Hz", "kHz", "MHz", "GHz", "THz", "dB", "dBm",
    "dBc/Hz", "dBc", "dBi", "kbps", "Mbps", "Gbps", "GB",
    "MB", "TB", "GFLOPs", "TFLOPs", "FLOPs", "W", "mW", "kWh", "J", "mJ", "°C", "m", "ppm", "Jones", "毫秒", "秒", "帧/秒", "帧每秒",
    "Å", "orders of magnitude", "order of magnitude", "kPa", "Pa", "/cm",
    # units spelled out: "a threshold as low as 0.81 microwatt"
    "microwatts", "microwatt", "milliwatts", "milliwatt", "nanometers", "nanometres", "nanometer", "micrometers",
    "micrometres", "micrometer", "millimeters", "millimetres", "milliseconds", "microseconds", "nanoseconds",
    "picoseconds", "femtoseconds", "millivolts", "volts", "electronvolts",
)
# Metric names that can stand where a unit would ("+3.2 mAP", "0.5 dB PSNR" is handled by dB). Not F1: in
# "-19.9 F1 percentage points" its digit would read as part of the value; it is the value's metric instead.
# What a change is of, in plain words before its value: "reduces identity switches by 27%".
CHANGED_OBJECT_BEFORE = re.compile(
    r"\b(?:reduc(?:es|ed|ing|e)|lower(?:s|ed|ing)?|cut(?:s|ting)?|improv(?:es|ed|ing|e)|increas(?:es|ed|ing|e)|"
    r"boost(?:s|ed|ing)?|rais(?:es|ed|ing|e)|decreas(?:es|ed|ing|e))\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:by|to|from)\s+(?:about\s+|only\s+|up\s+to\s+|over\s+|nearly\s+)?\$?$")
# Units of cost and speed, and the words of the metrics such values may report ("2.3x higher throughput", "12 ms
# latency"): a value in these units takes no other metric.
_COST_UNITS = frozenset({"ms", "μs", "sec", "seconds", "milliseconds", "microseconds", "s", "minutes", "min", "hours", "h", "FPS", "fps", "GB", "MB", "TB",
                         "GFLOPs", "TFLOPs", "FLOPs", "W", "mW", "kWh", "J", "mJ", "毫秒", "秒", "帧/秒", "帧每秒"})
# Units of a rate the method runs at ("rendering at 142 FPS", "running at 85 Hz", "runs at 12.5 Gbps"): a result after a
# verb of running.
_RATE_UNITS = frozenset({"FPS", "fps", "Hz", "帧/秒", "帧每秒", "kbps", "Mbps", "Gbps"})
# The time a method takes to do its work: "takes 0.38 s", "requires only 12 ms", "generates an asset in 4.8 seconds",
# "reconstructs a scene in under 2 minutes" (not "trained for 10 hours", "within a 250 ms window": settings).
_TIME_UNITS = frozenset({"ms", "μs", "sec", "seconds", "milliseconds", "microseconds", "s", "minutes", "min"})
_TIME_TAKEN_BEFORE = re.compile(
    r"(?:\b(?:takes?|taking|took|requires?|requiring|needs?|needing)|\b(?:generat|produc|reconstruct|synthesi[sz]|"
    r"render|process|complet|finish|solv|answer|edit)\w*\b(?:(?!\b(?:for|within|with|after|per|every)\b)[^.;,]){0,40}"
    r"\bin)\s+(?:only\s+|just\s+|about\s+|around\s+|under\s+|less\s+than\s+|~\s*)?\$?$", re.IGNORECASE)
_COST_WORDS = re.compile(r"latenc|time|speed|throughput|memory|flop|fps|runtime|cost|energy|power|size|param|overhead|"
                         r"delay|duration|compression|token|error|mae|mse|速度|延迟|时间|内存|显存|参数|能耗", re.IGNORECASE)
_SPEED_AFTER = re.compile(r"\s*(?:faster|slower|speed-?ups?|acceleration|fewer|smaller|less|cheaper|lower\s+(?:cost|latency|"
                          r"memory)|more\s+efficient|加速|更快)", re.IGNORECASE)
_METRIC_UNITS = ("mAP", "AP", "mIoU", "IoU", "BLEU", "ROUGE-L", "CIDEr", "FID", "PSNR", "AUC", "AUROC")

# Words that say a sentence reports a measured outcome. English words are matched as lower-case words.
_METRIC_CUES_EN = (
    "accuracy", "acc", "precision", "recall", "f1", "f1-score", "f-score", "f-measure", "auc", "auroc", "aupr",
    "map", "ap", "iou", "miou", "dice", "psnr", "ssim", "lpips", "fid", "fvd", "clip score", "mae", "mse",
    "rmse", "error", "errors", "loss", "success rate", "rate", "score", "scores", "bleu", "rouge", "cider",
    "meteor", "perplexity", "ppl", "latency", "throughput", "speed", "speedup", "speed-up", "efficiency",
    "correlation", "kappa", "sensitivity", "specificity", "r2", "wer", "cer", "eer", "ndcg", "mrr", "hit rate",
    "pass@1", "exact match", "top-1", "top-5", "performance", "gain", "gains", "improvement",
    "improvements", "reduction", "increase", "decrease", "drop", "margin", "win rate", "fps", "map@0.5",
    "consistency", "fidelity", "agreement", "chamfer distance", "epe", "ade", "fde", "mpjpe", "abs rel",
    "absrel", "coverage", "recall@1", "r@1", "nme", "fpr", "tpr", "auprc", "hd95", "kappa", "κ", "mqm", "ccc",
    # plurals before a list of values: "AUROCs of 0.91 and 0.87"
    "aucs", "aurocs", "auprcs", "rmses", "maes", "mses", "psnrs", "ssims", "ious", "mious", "f1s", "f1-scores",
)
_RESULT_VERBS_EN = (
    "achieve", "achieves", "achieved", "achieving", "attain", "attains", "attained", "attaining", "reach",
    "reaches", "reached", "reaching", "obtain", "obtains", "obtained", "obtaining", "yield", "yields",
    "yielded", "yielding", "score", "scores", "scored", "scoring", "improve", "improves", "improved",
    "improving", "boost", "boosts", "boosted", "boosting", "increase", "increases", "increased", "increasing",
    "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "cut", "cuts",
    "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
    "surpassing", "exceed", "exceeds", "exceeded", "exceeding", "gain", "gains", "deliver", "delivers",
    "delivered", "delivering", "report", "reports", "was", "were", "is", "are", "by", "to", "of",
    "show", "shows", "demonstrate", "demonstrates", "accelerate", "accelerates", "speeds", "faster",
    "drops", "decreases", "rises", "raises", "running", "runs", "run",
    "consume", "consumes", "consumed", "consuming",  # "while consuming 69.9 mJ", "consumes 3.1 W"
)
_PREPOSITIONS = frozenset(("was", "were", "is", "are", "by", "to", "of"))
# Words after a multiplier that make it a comparison ("20x faster", "3.6 times" gain, "7–10 times smaller").
_COMPARATIVE = re.compile(
    r"\b(faster|slower|speed-?ups?|acceleration|accelerat\w*|smaller|larger|fewer|less|more|higher|lower|"
    r"cheaper|reduction|reduc\w+|improv\w+|increase\w*|gains?|efficien\w+|compression|better|memory|"
    r"throughput|lighter|over|than|(?:that|those)\s+of|amplif\w*)\b|提升|提高|加速|快|降低|减少|缩短|节省|压缩|高|低",
    re.IGNORECASE,
)
_METRIC_CUES_ZH = (
    "准确率", "精度", "精确率", "召回率", "误差", "成功率", "得分", "分数", "指标", "提升", "提高", "降低", "减少",
    "达到", "达", "取得", "实现", "为", "超过", "超越", "优于", "增益", "改进", "缩短", "加速", "下降", "增长",
    "性能", "效率", "时延", "延迟", "速度", "相关", "一致性", "保真", "胜率", "通过率",
)
# After a number these make it a count, a size or a setting rather than a result.
_COUNT_NOUNS = re.compile(
    r"^\s*(?:[-–]?\s*)?(?:\+\s*)?(?:(?:real|real-world|new|human|high|low|labeled|labelled|annotated|"
    r"public|different|diverse|distinct|unique|additional|synthetic|manually|expert|large|small|"
    r"representative|challenging|popular|standard|widely|common|benchmark|medical|natural)[\w-]*\s+)*"
    r"(?:datasets?|benchmarks?|tasks?|images?|videos?|frames?|samples?|examples?|subjects?|participants?|"
    r"patients?|models?|classes|categories|layers?|epochs?|steps?|iterations?|tokens?|words?|pairs?|"
    r"articles?|papers?|studies|questions?|instances?|scenes?|objects?|languages?|domains?|clips?|hours of|"
    r"annotations?|labels?|users?|respondents|experiments?|runs?|trials?|cases?|points? cloud|views?|"
    r"parameters?|params|modalities|sites?|centers?|centres?|institutions?|hospitals?|cameras?|sensors?|"
    r"volunteers?|people|persons?|individuals?|species|types?|kinds?|variants?|versions?|baselines?|methods?|"
    r"approaches|algorithms?|settings?|scenarios?|environments?|games?|prompts?|queries|documents?|"
    r"sentences?|slides?|scans?|regions?|cells?|nodes?|edges?|vertices|channels?|bits?|shots?|"
    r"billion|million|thousand|hundred)\b(?!-)",  # (not a granularity: "0.531 edge-level F1", "0.91 image-level AUROC")
    re.IGNORECASE,
)
# "10% of the training data": a share of the data, a setting.
_DATA_SHARE = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|its\s+)?(?:\w+\s+){0,2}?(?:data|dataset|samples|images|labels|annotations|"
    r"training|examples|tokens|pixels|parameters|weights|frames|patches|candidates|budget|image area|area)\b",
    re.IGNORECASE,
)
# Chinese settings: "学习率设为1e-4", "批大小为256", "采样温度为0.6", "top-p为0.95"; a share of the data: "10%的标注数据".
_ZH_SETTING_BEFORE = re.compile(r"(?:学习率|批大小|批量大小|批次大小|批处理大小|温度|系数|权重|阈值|top-?[pk]|步长|维度|秩|rank|"
                                r"dropout|衰减|轮数|迭代次数|epochs?|采样数|长度|窗口|比例)[^，。；\d]{0,6}?"
                                r"(?:(?:设为|设置为|设定为|取值为|取为|为|=|从)\s*\$?"
                                r"|从\s*[\d.]+\s*(?:提高|增加|增大|降低|减少|减小|调整|改)为?(?:到|至|为))\s*$", re.IGNORECASE)
_ZH_COUNTED_AFTER = re.compile(r"\s*(?:个|种|类|步|层|轮)")  # a count's classifier: "4个技能", "3种设置"
# A GPU's memory: "A800 80GB GPU", "A100 80GB", "80 GB 显存" (the hardware the work ran on)
_GPU_AFTER = re.compile(r"\s*(?:[A-Z]\w*\s+)?(?:GPUs?|显卡|显存|卡)(?![A-Za-z])")
_GPU_BEFORE = re.compile(r"\b(?:[AHLVT]\d{2,3}|RTX\s?\d{4}|MI\d{3}X?|GPUs?)\s*$")
_ZH_DATA_SHARE = re.compile(r"\s*的?(?:标注|训练|有标签|无标签|全部|原始)?(?:数据|样本|标签)")
# Setting words right before a measured value ("within a 250ms window", "at 150, 100, and 50ms").
_SETTING_BEFORE = re.compile(
    r"(?:\b(?:at|for|within|in|per|every|under|over|a|an|of|up to|each|with|from|than|between|about|after|"
    r"before|during|uniform)\s*$)"
    r"|(?:[@=<>≤≥]\s*$)",
    re.IGNORECASE,
)

_INTERVAL_BEFORE = re.compile(r"(?:\bCI|confidence intervals?)\s*[:=,]?\s*(?:of\s*|was\s*|is\s*)?[\[(]?\$?$")
# The channel a communications result is measured under: "at an SNR of 12 dB", "across SNRs from -20 dB to", "the
# transmit power is 30 dBm" (a condition, not a result).
_CHANNEL_CONDITION_BEFORE = re.compile(
    r"\b(?:at|under|across|for|with|in|when|where|the)\s+(?:an?\s+|the\s+|all\s+|low\s+|high\s+|different\s+|"
    r"various\s+|moderate\s+|medium\s+)?(?:(?:channel|input|received|receive|average|target)\s+)?(?:SI?NRs?|Eb/N0|E_b/N_0|signal-to-(?:interference-plus-)?noise ratios?|"
    r"transmit(?:ted)? powers?|noise levels?)\s*(?:of|=|is|from|between|values? of|levels? of|ranging from)?"
    r"(?:\s*[-−]?\d+(?:\.\d+)?\s*dBm?\s*(?:to|and|-|–)\s*)?\s*\$?$")

# ----------------------------------------------------------------------------- the candidate pattern

# (thousands apart by a space before a unit, as publishers write them: "200 000 cd/m 2")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ ]\d{3})+(?=[ ]?[a-zA-Zμ°Ω%])|\d+(?:\.\d+)?|\.\d+"  # [ ]: verbose
_UNIT_ALTS = sorted(
    list(_PERCENT_UNITS) + list(_POINT_UNITS) + list(_TIMES_UNITS) + list(_MEASURE_UNITS) + list(_METRIC_UNITS),
    key=len, reverse=True,
)
# Compound SI units as materials and device papers write them, superscripts flattened: "A·W −1", "Ω cm 2",
# "L kg −1 day −1", "μJ/cm 2", "mA cm−2" (two or more parts, or one part with an exponent); gas volumes at standard
# conditions ("173 cm3 (STP) cm−3"); charge and force ("178 pC N -1", "25 μC cm−2", "72 mN m−1"), a micro written "u"
# ("um 2"); a count per area or volume ("816/um 2", "10/cm 3").
# (a gram of a catalyst or of its metal: "1006 mmol g Co −1 h −1", "mmol gcat−1 h−1")
_SI_PART = (r"(?:g\s?(?:cat|[A-Z][a-z]?)(?=\s?[−-]\s?[1-3])|"
            r"[mμµunpkMG]?(?:Ω|A|W|V|S|J|g|L|Pa|eV|Wh|Ah|Hz|mol|cal|C|N)|cd|cm|mm|nm|μm|µm|um|m|s|h|day|Jones|K|°C)")
_SI_EXPONENT = r"(?:\s?[−-]\s?[1-3]|⁻?[¹²³]|(?<=m)\s?[23])"  # "g−1", "S cm⁻¹", "cm²", "cm 2"
_COMPOUND_UNIT = (rf"{_SI_PART}{_SI_EXPONENT}?(?:(?:\s?[·/]\s?|\s\(STP\)\s|\s){_SI_PART}{_SI_EXPONENT}?)+(?![A-Za-z])"
                  rf"|/?{_SI_PART}{_SI_EXPONENT}")
# Astronomy's units, also as LaTeX writes them: solar masses and luminosities ("M$_\odot$", "$M_{\odot}$", "L⊙"),
# parsecs, years, janskys, erg and keV, with exponents ("M$_\odot$ yr$^{-1}$", "erg s^{-1}", "km s$^{-1}$ Mpc$^{-1}$").
_LATEX_EXPONENT = r"(?:\$?\^\{?[-−]?\d\}?\$?|\^?[−-]\d(?!\d)|⁻?[¹²³])"
_ASTRO_PART = (r"(?:[MLR](?:\$?_\{?\\odot\}?\$?|⊙|_⊙)|[kMG]?pc|[kMG]?yr|[mμµ]?Jy|erg|[kMGT]eV|arcsec|arcmin)")
_ASTRO_UNIT = (rf"(?:{_ASTRO_PART}|km\s?s(?={_LATEX_EXPONENT}))(?:{_LATEX_EXPONENT})?"
               rf"(?:\s?(?:{_ASTRO_PART}|k?m|cm|s|Hz)(?:{_LATEX_EXPONENT})?)*(?![A-Za-z])")
# Kelvin only apart from its value ("a Tc of 60 K"; "4K video" and "32K tokens" are sizes).
_KELVIN = r"(?<=\d[ ])K(?![A-Za-z])"
_UNIT_RE = _ASTRO_UNIT + "|" + _COMPOUND_UNIT + "|" + _KELVIN + "|" + "|".join(re.escape(u) for u in _UNIT_ALTS)
_CANDIDATE = re.compile(
    rf"""
    (?:(?<=\\le)|(?<=\\leq)|(?<=\\ge)|(?<=\\geq)|   # a bound in LaTeX ("$\le95.04\%$"), else
    (?<![A-Za-z0-9_@/.\-\\^‐]))(?<!\d:)          # not inside a name (CIFAR-10, ResNet34, mAP@0.5, mAP@50:95)
    (?P<prefix>(?:\$?\\sim\s*|\$?\\approx\s*|[~≈∼]\s?|约\s?|[+±]\s?|[-−](?=\.?\d))?)
    \$?\s?
    (?P<num>{_NUM})
    (?P<exp>\s?(?:×|x|\\times|\*)\s?10\^\{{?[-−]?\d{{1,2}}\}}?|(?<=10)\^\{{?[-−]?\d{{1,2}}\}}?|e[-−]\d{{1,2}}
       |\s?(?:×|x|\\times|\*)\s?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}|(?<=10)[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}  # "1.2×10⁻³", "10⁵"
       |\s?×\s?10\s(?:[-−]\s?)?\d{{1,2}}(?=\s?[A-Za-zΩμµ])
       |(?<=\.\d)\s?×\s?10(?:[-−]\s?)?[1-9]\d?(?=\s[A-Za-zΩμµ]|/[A-Za-zμµ])  # "7.72 × 1012 Ω·cm", "7.95 × 104/cm"
       |(?<=\.\d\d)\s?×\s?10(?:[-−]\s?)?[1-9]\d?(?=\s[A-Za-zΩμµ]|/[A-Za-zμµ]))?  # 1.2×10^-3, 10^{{-5}}, 1e-4, "1.06 × 10 14 Jones\"
    (?:(?:\$(?=[-‐–—]\$))?\s?(?:--|[-‐–—~]|to|至)\s?(?:(?<=[-‐–—])\$)?(?P<num2>{_NUM})(?!\s?(?:×|\\times)\s?10))?  # a range: 7–10 times, 24–29mm, 5‐10% (U+2010), 30--43% (LaTeX), $39$-$52\%$
    # (not "from 3.00 × 10 15 to 1.65 × 10 15 cm −3": two values, each with its power)
    \$?
    (?:(?:\\[,;:]\s?|(?<=\d)~|\s?)\$?(?P<unit>{_UNIT_RE})\$?)?  # (LaTeX's thin and medium spaces and ties: "69.9\,mJ", "500~MHz")
    (?:(?<=[x×%])(?:--|[-‐])(?P<num3>{_NUM})\\?[x×%])?   # a range with its unit twice: "2.1x-54x", "10%-15%", "63%--75%", "8.9\%--26.6\%"
    (?![A-Za-z0-9_@]|\.\d)
    """,
    re.VERBOSE,
)
# A unit in brackets after its value, as some device papers write it: "16.71 (mA/cm2)", "1.08 (V)", "5.5 (eV)" (not a
# one-letter lower-case unit or a metric: "(s)", "(h)", "(AP)" say other things).
_BRACKETED_UNIT = re.compile(rf" ?\((?P<unit>{_UNIT_RE})\)")
_NOT_BRACKETED_UNITS = frozenset({"s", "h", "m", "x", "W", "J", *_METRIC_UNITS})


def _bracketed_unit(text: str, end: int) -> re.Match[str] | None:
    """The bracketed unit right after a value ending at ``end`` ("16.71 (mA/cm2)"), if any."""
    if not (text.startswith("(", end) or text.startswith(" (", end)):
        return None
    match = _BRACKETED_UNIT.match(text, end)
    return match if match is not None and match.group("unit") not in _NOT_BRACKETED_UNITS else None


# Separators inside a list of values: "29.42mm, 26.82, and 23.72mm", "85.9%/89.2%", "69.6%、75.0%", a series
# "(0.51 -> 0.57 -> 0.68)".
_LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*|、\s*|vs\.?\s+|和\s*|与\s*|(?:->|→|⇒)\s*)$")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[$\\])|(?<=[a-z)])\.(?=[A-Z][a-z])|(?<=[。！？；;])")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(slots=True)
class _Candidate:
    start: int  # span of the value in the section text
    end: int
    number: float
    unit: str | None  # normalised
    kind: str  # "percent" | "points" | "times" | "measure" | "metric" | "bare" | "count" (of a total: "57/120")
    error: bool = False  # written with its error bar: "0.95 ± 0.03", "$2.14^{+0.12}_{-0.17}$"


def _normal_unit(raw: str | None) -> tuple[str | None, str]:
    if not raw:
        return None, "bare"
    for table, kind in ((_PERCENT_UNITS, "percent"), (_POINT_UNITS, "points"), (_TIMES_UNITS, "times")):
        if raw in table:
            return table[raw], kind
    if raw in _METRIC_UNITS:
        return raw, "metric"
    return raw, "measure"


def _parse_number(text: str) -> float:
    text = text.replace(",", "").replace(" ", "")
    return float(text)


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _with_exponent(number: float, written: str) -> float:
    """``number`` with a written power of ten applied: "×10^-3", "^{-5}" (after 10), "e-4", "×10⁻³", "⁵" (after 10)."""
    written = written.translate(_SUPERSCRIPT_DIGITS)
    if written[:1].isdigit() or written[:1] == "-":
        return 10.0 ** int(written)  # "10⁵": the 10 is the base
    if "×" in written and "^" not in written:  # a PDF's flattened power: "× 10 14", "× 1012", "× 10−3"
        return number * 10.0 ** int(written.split("×")[-1].replace(" ", "").replace("−", "-")[2:])
    power = int(re.findall(r"[-−]?\d+", written)[-1].replace("−", "-"))
    if written.lstrip().startswith("^"):
        return 10.0 ** power  # "10^{-5}": the 10 is the base
    return number * 10.0 ** power


_BOUND_SIGNS = frozenset("<>≤≥=")
# How the text before a value ends when the "setting ratio" and "hyperparameter" patterns match it (their last
# words; for words that run on, like ``mask\w*``, stems the last word holds). See :func:`_may_end_like`.
_SETTING_RATIO_ENDS = ("sampling", "learning", "noise", "missing", "sparsity", "pruning", "split", "ratio", "rate",
                       "level", "of", "=", ":", "top")
_SETTING_RATIO_STEMS = ("mask", "drop", "train")
_HYPERPARAMETER_ENDS = ("learning", "dropout", "decay", "momentum", "weight", "temperature", "threshold", "lambda",
                        "alpha", "beta", "gamma", "epsilon", "of", "margin", "step", "batch", "window", "kernel",
                        "patch", "block", "chunk", "rate", "size", "ratio", "length", "=", ":", "is", "was", "to")


def _may_end_like(before: str, ends: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    r"""False only when an IGNORECASE pattern ending ``(?:words)\s*\$?\s*$`` cannot match ``before``: its last
    word (after blanks and one "$") is none of ``ends`` and holds none of ``stems``. Non-ASCII text is not
    judged (True): case-insensitive matching treats a few non-ASCII letters as ASCII ones."""
    if not before.isascii():
        return True
    tail = before.rstrip()
    if tail.endswith("$"):
        tail = tail[:-1].rstrip()
    tail = tail.lower()
    if tail.endswith(ends):
        return True
    last = tail.rsplit(None, 1)[-1] if tail else ""
    return any(stem in last for stem in stems)
_RANGE_GAP = re.compile(r"\s?\$?(?:--|[-‐–—~])\$?\s?")  # (LaTeX: "$2\%$--$50\%$")
_TO_GAP = re.compile(r"\s+to\s+")
_DEVIATION_GAP = re.compile(r"\s*(?:±|\$?\\pm\$?|\+/-)\s*")
# An asymmetric error bar in LaTeX after a value: "2.14^{+0.12}_{-0.17}" (either order).
_ASYMMETRIC_ERROR = re.compile(r"\^\{\s*\+\s*\d[\d.]*\s*\}\s*_\{\s*[-−]\s*\d[\d.]*\s*\}|"
                               r"_\{\s*[-−]\s*\d[\d.]*\s*\}\s*\^\{\s*\+\s*\d[\d.]*\s*\}")
# "$100\pm11$": a deviation run on to its "\pm" is no candidate of its own (a letter before it)
_RUN_ON_DEVIATION = re.compile(r"\s?\\pm\d+(?:\.\d+)?(?![\d.])")
# What LaTeX writes after a measured value: a closing bracket, a power of ten and a unit in text mode
# ("(5.5\pm4.4)\times10^{22}\,\mathrm{cm}^{-2}", "74.4 \pm 2.9 \text{ km s}^{-1} \text{ Mpc}^{-1}").
_LATEX_UNIT = r"(?:\s*(?:\\[,;: ]|~)?\s*\\(?:text|mathrm|rm|mbox)\s*\{(?:[^{}]|\{[^{}]*\})*\}(?:\s*\^\{?[-−]?\d\}?)?)"
_LATEX_VALUE_TAIL = re.compile(rf"(?P<close>\))?(?:\s*\\times\s*10\^\{{?(?P<power>[-−]?\d{{1,3}})\}}?)?{_LATEX_UNIT}*")
_RANGE_BEFORE = re.compile(r"\b(?:by|of|between)\s+(?:about\s+|approximately\s+|around\s+|up to\s+|~\s*)?\$?$",
                           re.IGNORECASE)


# "from" and a few words before a value ("from v1's 0.5824 to 0.6560", "from a never-demote baseline of 45.1% to
# 95.7%"): the value a change starts from, not the start of a range.
_CHANGED_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[A-Za-z][\w'’-]*\s+){1,6}\$?$", re.IGNORECASE)


def _changed_from_before(text: str, start: int) -> bool:
    """A value at ``start`` is the one a change starts from (see :data:`_CHANGED_FROM_BEFORE`)."""
    return "from" in text[max(0, start - 70):start] and \
        _CHANGED_FROM_BEFORE.search(text, max(0, start - 70), start) is not None


def _candidates(text: str) -> list[_Candidate]:
    """Value candidates in text order; "1%-10%" becomes one range, "from 0.79 to 0.87" two values."""
    merged: list[_Candidate] = []
    for cand in _raw_candidates(text):
        if merged and cand.start < merged[-1].end:
            continue  # inside the error bar the last value took
        gap = text[merged[-1].end:cand.start] if merged else ""
        if merged and merged[-1].unit and (_RANGE_GAP.fullmatch(gap) or (
                gap == "" and text[cand.start:cand.start + 1] in "-–—~") or (
                _TO_GAP.fullmatch(gap) and cand.unit == merged[-1].unit
                and _RANGE_BEFORE.search(text, max(0, merged[-1].start - 24), merged[-1].start)
                and not _changed_from_before(text, merged[-1].start))):
            # "by 19% to 27%", "improvements of 3.3% to 6.4%": one range; "ALFWorld (73% to 89%)" and "from 1.62 to
            # 1.08 s" are a value before and after
            merged[-1].end = cand.end
            continue
        if merged and (_DEVIATION_GAP.fullmatch(text, merged[-1].end, cand.start) or (
                not text[merged[-1].end:cand.start].strip() and text.startswith(("±", "+/-"), cand.start))):
            # "0.95 ± 0.03", "91.2 $\pm$ 0.4 mAP": the deviation belongs to the value; a unit after it is the value's
            merged[-1].end = cand.end
            merged[-1].error = True
            if merged[-1].unit is None:
                merged[-1].unit, merged[-1].kind = cand.unit, cand.kind
                _take_latex_tail(text, merged[-1])
            continue
        if text.startswith(("^{", "_{"), cand.end) and (error := _ASYMMETRIC_ERROR.match(text, cand.end)) is not None \
                or "\\pm" in text[cand.end:cand.end + 4] and \
                (error := _RUN_ON_DEVIATION.match(text, cand.end)) is not None:
            cand.end, cand.error = error.end(), True
            _take_latex_tail(text, cand)
        merged.append(cand)
    return merged


def _take_latex_tail(text: str, cand: _Candidate) -> None:
    """Extend a value with an error bar over what LaTeX writes after it: its bracket, power of ten and unit."""
    tail = _LATEX_VALUE_TAIL.match(text, cand.end)
    if tail.end() > cand.end and (not tail.group("close") or text.startswith("(", cand.start - 1)):
        cand.start -= 1 if tail.group("close") else 0
        cand.end = tail.end()
        if tail.group("power"):
            cand.number *= 10.0 ** int(tail.group("power").replace("−", "-"))
    if text.count("$", cand.start, cand.end) % 2 == 1 and text.startswith("$", cand.end):
        cand.end += 1  # close the math the value opened


_DIGIT_RUN = re.compile(r"\d+")
# A score out of a round scale is one value: "95.2/100", "8.5/10", "1/10".
_OUT_OF = re.compile(r"/(?:5|10|100|1000)(?![\d.%A-Za-z/])")
_FRACTION_OF_AFTER = re.compile(r"\s+of\b|\s*[,(（]?\s*(?:v/v|w/w|wt|vol)\b")
_VALUE_BEFORE_BRACKET = re.compile(r"\d(?:\s*%|\.\d+)\s*\($")
# A count out of a total of eight or more (tasks, samples, runs): "57/120", "9/40" (not "rates 2/3, 3/4": fractions).
# A count out of a total in words: " of 444", " out of 1,260" (a whole number: not " of 0.5", " of 10%").
_COUNT_OF_TOTAL = re.compile(r" (?:out )?of (\d{1,3}(?:,\d{3})+|\d+)(?![\d.,%]|\s?(?:%|percent))")
_COUNT_TOTAL = re.compile(r"/([1-9]\d{1,4}|[89])(?![\d%A-Za-z/]|\.\d)")
_SLASHED_VALUE = re.compile(r"/(\d+(?:\.\d+)?)(%?)(?![\d%A-Za-z]|\.\d)")
# Every character that can stand in a candidate before its first digit (prefixes, LaTeX, "$", ".", and blanks,
# tested with isspace): a superset is safe, it only means more positions are tried.
_BEFORE_DIGITS = frozenset("$\\simaprox~≈∼约+±-−.")


def candidate_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CANDIDATE.finditer(text)``, tried only where one can start.

    No digit stands right before a match (its look-behind), so a match's first digit opens a run of digits, and only
    characters of ``_BEFORE_DIGITS`` or blanks stand between the match's start and that digit. Each run is therefore
    tried from the leftmost such position up to the run itself, and the text between runs is never tried at every
    position by the long pattern (about three times faster on abstracts).
    """
    pos = 0  # where finditer would resume: the end of the last match
    for run in _DIGIT_RUN.finditer(text):
        digit = run.start()
        if digit < pos:
            continue  # a run inside the last match
        start = digit
        while start > pos and (text[start - 1] in _BEFORE_DIGITS or text[start - 1].isspace()):
            start -= 1
        for at in range(start, digit + 1):
            match = _CANDIDATE.match(text, at)
            if match:
                yield match
                pos = match.end()
                break


def _raw_candidates(text: str) -> Iterator[_Candidate]:
    for match in candidate_matches(text):
        num = match.group("num")
        unit_raw = match.group("unit")
        if unit_raw in ("W", "J", "x") and text[match.start("unit") - 1].isspace():
            # these one-letter units only right after the digits ("20x"), not a following word "x"
            unit_raw = None
        bracketed = _bracketed_unit(text, match.end()) if not unit_raw and not match.group("num3") else None
        if bracketed is not None:  # "16.71 (mA/cm2)": the unit in brackets
            unit_raw = bracketed.group("unit")
        unit, kind = _normal_unit(unit_raw)
        unit_end = bracketed.end() if bracketed is not None else match.end("unit") if unit_raw else -1
        if match.group("num2") and (re.search(r"\bfrom\s*\$?$|从\s*$", text[max(0, match.start() - 8):match.start()]) or
                                    _changed_from_before(text, match.start())):
            # "from 0.79 to 0.87": a before and an after value, not a range
            yield _Candidate(match.start("num"), match.end("num"), _parse_number(num), unit, kind)
            yield _Candidate(match.start("num2"), unit_end if unit_raw else match.end("num2"),
                             _parse_number(match.group("num2")), unit, kind)
            continue
        end = match.end() if match.group("num3") else unit_end if unit_raw else \
            match.end("num2") if match.group("num2") else match.end("exp") if match.group("exp") else match.end("num")
        start = match.start("prefix") if match.group("prefix") else match.start("num")
        if match.group("prefix") and match.group("prefix").startswith("$"):
            start = match.start("prefix") + 1
        if text.count("$", start, end) % 2 == 1:
            if text[end:end + 1] == "$":
                end += 1  # "5$\times$": close the LaTeX math the unit opened
            elif start > 0 and text[start - 1] == "$":
                start -= 1  # "$20.4$ percentage points", "$\sim 10$ s": open the math the value closes
        kind_here = kind
        if not unit_raw and text.startswith("/", end) and not match.group("num2") and \
                (scale := _OUT_OF.match(text, end)) is not None:
            end = scale.end()
        elif not unit_raw and text.startswith("/", end) and not match.group("num2") and num.isdigit() and \
                (total := _COUNT_TOTAL.match(text, end)) is not None and int(num) <= int(total.group(1)):
            end, kind_here = total.end(), "count"  # "from 57/120 to 18/120", "(39/43 against 35/43)"
        elif not unit_raw and not match.group("num2") and num.isdigit() and text.startswith((" of ", " out of "), end) \
                and (total := _COUNT_OF_TOTAL.match(text, end)) is not None and \
                int(num) <= (whole := int(total.group(1).replace(",", ""))) and whole >= 8:
            end, kind_here = total.end(), "count"  # "solves 12 of 14 tasks", "flags 247 of 444 cases"
        number = _parse_number(num)
        if match.group("exp"):
            number = _with_exponent(number, match.group("exp"))
        yield _Candidate(start, end, number, unit, kind_here)
        while text.startswith("/", end) and (unit_raw == "%" or "." in num and not unit_raw):
            second = _SLASHED_VALUE.match(text, end)
            if not (second and bool(second.group(2)) == bool(unit_raw) and (unit_raw or "." in second.group(1))):
                break
            # "EM/F1 of 78.2/85.1", "81.2%/95.3%", "PSNR/SSIM/LPIPS of 31.2/0.95/0.04": one value after each slash
            # (the look-behind keeps "B/16" and "1/10" whole)
            yield _Candidate(second.start(1), second.end(), _parse_number(second.group(1)), unit, kind)
            end = second.end()


# ----------------------------------------------------------------------------- judging candidates


def _words_before(text: str, pos: int, limit: int = 60) -> str:
    return text[max(0, pos - limit):pos]


_CUE_EN = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(re.escape(c) for c in sorted(_METRIC_CUES_EN, key=len, reverse=True))
    + r")(?![a-z0-9])")


# A qualifier between a value and its metric: "54.2 average accuracy", "61.3 mean IoU", "0.71 macro F1".
_METRIC_QUALIFIER = re.compile(r"^(?:average|mean|overall|macro|micro|weighted|top-1|top-5|balanced|box|mask)\s+")
_ALONE_AFTER = re.compile(r"\s*(?:[,;)，。；）、]|\.(?:\s|$)|(?:and|or|on|in|for|with|at|while|compared|versus|vs)\b|$)")
_TO_VALUE = re.compile(r"\s*(?:[:：=]|of|is|was|were|to|reaches|reached|为|达到|达|降至|降低至|降低到|提升至|提高到|提升到|至)?"
                       r"\s*\$?$")


def _named_metric_right_before(window: str, metric_names: tuple[str, ...]) -> bool:
    """Whether one of the paper's metric names (not a generic cue word) ends ``window`` but for "of", "=", "to" ..."""
    for name in metric_names:
        if name and name in window:
            for match in _latin_bounded_pattern(name).finditer(window):
                if _TO_VALUE.fullmatch(window, match.end()):
                    return True
    return False


@lru_cache(maxsize=4096)
def _latin_bounded_pattern(name: str) -> re.Pattern[str]:
    """``name`` not inside a longer Latin word (a Chinese character may touch it: "在MSR-VTT上FVD为212")."""
    return re.compile(rf"(?<![A-Za-z0-9_-]){re.escape(name)}s?(?![A-Za-z0-9_-])")


def _has_cue(window: str, extra: tuple[str, ...]) -> bool:
    if _CUE_EN.search(window.lower()):
        return True
    # Chinese cues cannot be in an ASCII window; a name must be in the window before its boundaries are checked
    if not window.isascii() and any(cue in window for cue in _METRIC_CUES_ZH):
        return True
    return any(name and name in window and _bounded_name_pattern(name).search(window) for name in extra)


@lru_cache(maxsize=4096)
def _bounded_name_pattern(name: str) -> re.Pattern[str]:
    """``name`` not inside a longer word or hyphenated name (a pure function of the name: memoised)."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])")  # "AUROCs of 0.91 and 0.87": plurals too


def _first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


_RESULT_VERBS = frozenset(_RESULT_VERBS_EN)
_RESULT_VERBS_STRICT = _RESULT_VERBS - _PREPOSITIONS
_RESULT_VERBS_ZH = ("达到", "达", "取得", "实现", "提升", "提高", "降低", "减少", "为", "超过", "超越")
_LOWER_WORD = re.compile(r"[a-z]+")


def _has_result_verb(window: str, strict: bool = False) -> bool:
    words = _LOWER_WORD.findall(window.lower())
    verbs = _RESULT_VERBS_STRICT if strict else _RESULT_VERBS
    return any(w in verbs for w in words[-8:]) or (not window.isascii() and any(
        cue in window for cue in _RESULT_VERBS_ZH))


# In ASCII text, ``\b`` before a word is an ASCII non-word character before it (or the start of the text). A pattern
# opening with this class instead of ``\b`` lets ``re`` jump between such characters rather than try every position.
ASCII_NOT_WORD = r"[\x00-/:-@\[-^`{-\x7f]"
# The paper's own method as the subject: "our", "we", "the proposed", a pronoun ("It achieves ...", "This yields
# ..."), or its experiments ("Extensive experiments show ..., with 84.1% mIoU").
_SELF_REFERENCE = re.compile(r"\b(?:our|we|proposed|it|its|this|experiments?)\b|本文|所提|该方法|该模型|该框架",
                             re.IGNORECASE)
_SELF_REFERENCE_GAP = re.compile(rf"{ASCII_NOT_WORD}(?:our|we|proposed|it|its|this|experiments?)\b")


def _self_reference(sentence: str) -> bool:
    """``_SELF_REFERENCE.search(sentence)`` as a truth value; ASCII sentences are scanned lower-cased after a blank."""
    if not sentence.isascii():
        return _SELF_REFERENCE.search(sentence) is not None
    return _SELF_REFERENCE_GAP.search(" " + sentence.lower()) is not None


# Tests on the text before a value that end in ``\s*$`` (or ``\$?$``): ``search`` tries such a pattern at every
# position of the window. Each has no look-around at its start, so it matches somewhere iff the reversed pattern
# (``_REV``) matches at the start of the reversed window, which is one attempt (see :func:`_ends_like`).


def _reversed_words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word[::-1]) for word in words)


_REFERENCE_BEFORE = re.compile(r"(?<!\w)(?:Table|Fig\.?|Figure|Section|Sec\.|Eq\.?|Equation|Appendix|Chapter|Stage|Phase|Level|"
                               r"Version|v|Top|top|Rank|rank|step|Step|k|K|N|n)\s*[-=]?\s*$")
_REFERENCE_BEFORE_REV = re.compile(r"\s*[-=]?\s*(?:" + _reversed_words((
    "Table", "Fig.", "Fig", "Figure", "Section", "Sec.", "Eq.", "Eq", "Equation", "Appendix", "Chapter", "Stage", "Phase",
    "Level", "Version", "v", "Top", "top", "Rank", "rank", "step", "Step", "k", "K", "N", "n")) + r")(?!\w)")
_SETTING_RATIO_BEFORE = re.compile(
    r"(?:mask\w*|drop\w*|sampling|learning|noise|missing|sparsity|pruning|split|train\w*)\s*"
    r"(?:ratio|rate|level)?\s*(?:of|=|:)?\s*$|\btop\s*$", re.IGNORECASE)
_SETTING_RATIO_BEFORE_REV = re.compile(
    r"\s*(?:fo|=|:)?\s*(?:oitar|etar|level)?\s*(?:\w*(?:ksam|pord|niart)|"
    + _reversed_words(("sampling", "learning", "noise", "missing", "sparsity", "pruning", "split")) + r")|\s*pot\b",
    re.IGNORECASE)
_HYPERPARAMETER_WORDS = ("learning", "dropout", "decay", "momentum", "weight", "temperature", "threshold", "lambda",
                         "alpha", "beta", "gamma", "epsilon", "coefficient of", "margin", "step", "batch", "window",
                         "kernel", "patch", "block", "chunk")
_HYPERPARAMETER_BEFORE = re.compile(
    r"(?:learning|dropout|decay|momentum|weight|temperature|threshold|lambda|alpha|beta|gamma|epsilon|"
    r"coefficient of|margin|step|batch|window|kernel|patch|block|chunk)\s*(?:rate|size|ratio|length)?\s*"
    r"(?:of|=|:|is|was|set to|to)?\s*\$?\s*$", re.IGNORECASE)
_HYPERPARAMETER_BEFORE_REV = re.compile(
    r"\s*\$?\s*(?:" + _reversed_words(("of", "=", ":", "is", "was", "set to", "to")) + r")?\s*(?:"
    + _reversed_words(("rate", "size", "ratio", "length")) + r")?\s*(?:" + _reversed_words(_HYPERPARAMETER_WORDS) + ")",
    re.IGNORECASE)
# A metric name right before a value ("IC 0.871", "F1: 0.84", "AUC of 0.93"). It ends in ``\$?$``, which also matches
# before a final newline (``\n?`` in the reversal).
_NAME_BEFORE_VALUE = re.compile(
    r"(?:[A-Za-z][\w@.\-]*\)?|[\u4e00-\u9fff]+)\s*(?:[:：=(（]|of|is|was|were|reaches|reached|achieves|achieved|"
    r"为|达到|达)?\s*(?:only\s+|about\s+|approximately\s+|around\s+|nearly\s+|over\s+|up to\s+)?\$?$")
_NAME_BEFORE_VALUE_REV = re.compile(
    r"\n?\$?(?:\s+(?:" + _reversed_words(("only", "about", "approximately", "around", "nearly", "over", "up to"))
    + r"))?\s*(?:[:：=(（]|" + _reversed_words(("of", "is", "was", "were", "reaches", "reached", "achieves", "achieved",
                                              "为", "达到", "达"))
    + r")?\s*(?:\)?[\w@.\-]*[A-Za-z]|[\u4e00-\u9fff]+)")
_PLUS_MINUS = ("\\pm", "±", "+/-")


def _ends_like(reversed_pattern: re.Pattern[str], before: str) -> bool:
    """Whether the end-anchored pattern whose reversal is ``reversed_pattern`` matches the end of ``before``."""
    return reversed_pattern.match(before[::-1]) is not None


def _is_result(text: str, group: list[_Candidate], metric_names: tuple[str, ...]) -> tuple[bool, str, float]:
    """Decide whether a group of values is a reported result; return (keep, rule, confidence)."""
    first, last = group[0], group[-1]
    before = _words_before(text, first.start)
    after = text[last.end:last.end + 60].lstrip("$")
    kinds = {c.kind for c in group}
    units = {c.unit for c in group if c.unit}
    raw_first = text[first.start:first.end]
    # Citations, section numbers, equations and ordinals
    # cheap tests first throughout: set comparisons and the last character before the value, then the regexes
    bare = kinds == {"bare"}
    stripped = before.rstrip()  # what \s*$ leaves (str.rstrip and re's \s agree on what a blank is)
    last = stripped[-1:]  # the last character before the value that is not a blank
    if bare and "." not in raw_first and last in ("[", "(") and re.match(r"^\s*[\]),]", after):
        return False, "citation", 0.0  # "[12]", "(3)"; "precision (0.8889)" is a value
    if bare and _ends_like(_REFERENCE_BEFORE_REV, before):
        return False, "reference", 0.0
    if bare and last.isalpha() and _FORMULA_SUBSCRIPT_AROUND.match(stripped[-2:] + "|" + after[:6]):
        return False, "formula_subscript", 0.0  # "BaZr 0.1 Ti 0.9 O 3": a PDF's flattened chemical formula
    if bare and after[:1] in (")", "）") and raw_first.isdigit() and len(raw_first) <= 2 and "(" not in before[-12:] \
            and "（" not in before[-12:]:
        return False, "list_marker", 0.0  # "两个方向：1) ...", "two goals: 1) ...": an item number, no value
    if bare and len(group) > 1 and last in ("(", "（") and _ZH_COUNTED_AFTER.match(after):
        return False, "enumerated_setting", 0.0  # "不同长度（2、4、6个技能）的任务": the settings a result is taken over
    if "GB" in units and (_GPU_AFTER.match(after) or _GPU_BEFORE.search(stripped[-12:])):
        return False, "hardware", 0.0  # "8块 A800 80GB GPU", "在单块 A100 80GB 上": the hardware, no result
    if kinds == {"bare"} and len(group) == 1 and _YEAR.match(raw_first.strip()) and not _CYCLES_AFTER.match(after):
        return False, "year", 0.0
    if raw_first.endswith("0s") and re.fullmatch(r"(?:1[5-9]|20)\d0s", raw_first.strip()):
        return False, "decade", 0.0
    if raw_first.startswith("±") or (("DOI" in before or "doi" in before) and re.search(r"(?:DOI|doi)\s*:?\s*$", before)) or (
            kinds == {"bare"} and re.match(r"^/[A-Za-z]", after)):
        return False, "tolerance_or_identifier", 0.0
    if ("percent" in kinds or "points" in kinds) and re.match(r"^\s*(?:RH\b|relative humidity|humidity)", after):
        return False, "condition", 0.0
    if stripped.endswith("在") and _ZH_UNDER_CONDITION_AFTER.match(after):
        return False, "condition", 0.0  # "在8倍加速下", "在10%噪声下": the condition a result is measured under
    if "under" in before[-30:] and _ILLUMINATION_AFTER.match(after) and _UNDER_BEFORE.search(before[-30:]):
        return False, "condition", 0.0  # "under AM 1.5 G illumination", "under 1 sun illumination"
    if ("CI" in before[-12:] or "interval" in before[-30:]) and _INTERVAL_BEFORE.search(before):
        return False, "confidence_interval", 0.0  # "0.91 (95% CI: 0.89-0.93)": the interval is no result

    if kinds == {"count"}:
        if last in ("{", "^") or _FRACTION_OF_AFTER.match(after):
            return False, "fraction", 0.0  # "$N^{1/14}$", "only 1/26 of its energy", "(50/50, v/v)"
        if last == "(" and _VALUE_BEFORE_BRACKET.search(stripped):
            return False, "restated_count", 0.0  # "pass@1 = 61.54% (16/26)": the count the percentage was taken of
        return True, "count_of_total", 0.6  # "reduces denials from 57/120 to 18/120", "(39/43 against 35/43)"
    if not stripped.isascii() and _ZH_SETTING_BEFORE.search(stripped[-24:]):
        return False, "hyperparameter", 0.0  # "学习率设为1e-4", "采样温度为0.6", "KL系数设为0.01"
    if "percent" in kinds or "points" in kinds:
        if "points" in kinds and _SCALE_AFTER.match(after) and re.search(r"[-\u2010]point\$?$", raw_first):
            return False, "scale", 0.0  # "a 5-point Likert scale", "a 9-point stencil": how something is measured
        if (_DATA_SHARE.match(after) or not after.isascii() and _ZH_DATA_SHARE.match(after)) and \
                not _has_result_verb(before[-25:], strict=True) and not _SOLVES_BEFORE.search(before[-30:]):
            return False, "data_share", 0.0  # "10% of the training data", "10%的标注数据" (not "localizes 15.8% of images")
        if raw_first.rstrip("%").isdigit() and _PERCENTILE_AFTER.match(after):
            return False, "percentile", 0.0  # "a 95% Hausdorff distance of 12.3 mm": the 95th percentile
        if _may_end_like(before, _SETTING_RATIO_ENDS, _SETTING_RATIO_STEMS) and _ends_like(
                _SETTING_RATIO_BEFORE_REV, before):
            return False, "setting_ratio", 0.0
        if _composition_share(stripped, after):
            return False, "composition", 0.0  # "Cr‐substituted BaSnO3 (1%, 3%, and 5%)", "0.85% Bi", "5-10% CO2:N2 mixtures"
        if re.match(r"^\s*(?:confidence|CI|significance)", after):
            return False, "confidence_level", 0.0
        if len(group) == 1 and _CONDITION_SHARE_AFTER.match(after) and _AT_SHARE_BEFORE.search(before[-16:]):
            return False, "condition_share", 0.0  # "under 10% label noise", "with 50% sparsity", "at a 5% FPR"
        return True, "percent", 0.9
    if "times" in kinds:
        if _COMPARATIVE.search(after[:40]) or _COMPARATIVE.search(before[-40:]) or re.search(
                r"\bby\s*(?:about|approximately|around|nearly|roughly|up to|over|~)?\s*$", before):
            if re.match(r"^\s*(?:super-?resolution|upsampl|downsampl|zoom|magnif)", after, re.IGNORECASE):
                return False, "scale_setting", 0.0
            if _AT_SETTING_BEFORE.search(before[-12:]) and _ACCELERATION_SETTING_AFTER.match(after):
                return False, "scale_setting", 0.0  # "at 8x acceleration", "under 4x and 8x undersampling" (MRI)
            return True, "multiplier", 0.85
        return False, "multiplier_without_comparison", 0.0
    if (units & _DURATION_UNITS or kinds == {"bare"} and _CYCLES_AFTER.match(after)) and \
            _DURABILITY_BEFORE.search(before[-60:]):
        return True, "durability", 0.7  # "stable cycling for over 10000 h", "remains stable for 2300 cycles"
    if raw_first.startswith("+") and re.search(r"\bby\s*$", before):
        return True, "signed_gain", 0.8
    if bare and raw_first.startswith("+") and "." in raw_first and not stripped.endswith(_PLUS_MINUS) and \
            not stripped.endswith(("^", "^{", "_", "_{")):
        # "a best-seed result of +0.611", "seeds 456 and 789 at +0.554 and +0.559" (not an error bar written as a
        # superscript, "15.2^{+4.3}_{-3.6}")
        return True, "signed_decimal", 0.6
    # "$\\mu=78\\pm7$", "a magnification of 78 ± 7": a value with its error bar was measured (not a condition with its
    # tolerance: "tracking at 55°C ± 5°C")
    if first.error and "times" not in kinds and all(c.error for c in group) and \
            not _AT_SETTING_BEFORE.search(before[-12:]):
        return True, "value_with_error", 0.7
    if "metric" in kinds:
        # "+3.2 mAP": a signed value or one after a result verb
        if re.match(r"[+±\-−]", raw_first) or _has_result_verb(before):
            return True, "metric_unit", 0.8
        return False, "metric_unit_without_verb", 0.0
    if _COUNT_NOUNS.match(after) and "measure" not in kinds:
        return False, "count", 0.0
    if re.match(r"^[-‐](?!fold)[A-Za-z]", after):  # "4-class", "3-stage", "1.5‐nm" (U+2010)
        return False, "compound", 0.0
    close_before = before[-30:]
    if stripped.endswith(_PLUS_MINUS) or (last == "$" and stripped[:-1].rstrip().endswith(_PLUS_MINUS)) or (
            last in ("x", "×") and re.search(r"\d\s*[a-zA-Z]*\s*[x×]\s*$", before)):
        return False, "deviation_or_dimension", 0.0
    if last == "=" and "." in raw_first and _STATISTIC_BEFORE.search(close_before):
        return True, "statistic_value", 0.7  # "(ρ=0.82)", "Pearson r = 0.91", "κ = 0.78": a reported statistic
    if last == "=" and "measure" in kinds and _SYMBOL_MEASURED_BEFORE.search(close_before):
        return True, "symbol_value", 0.7  # "predicts Ea = 0.20 eV", "a reference value of Ea = 0.24 eV"
    if (last in _BOUND_SIGNS or last in "$eq") and re.search(r"(?:[<>≤≥=]|\\[lg]eq?)\s*\$?\s*$", before) and not (
            "percent" in kinds or "times" in kinds):
        return False, "bound_or_assignment", 0.0
    if bare and _may_end_like(before, _HYPERPARAMETER_ENDS, ()) and _ends_like(_HYPERPARAMETER_BEFORE_REV, before):
        return False, "hyperparameter", 0.0
    if bare and last in ("(", "（") and _may_end_like(stripped[:-1], _HYPERPARAMETER_ENDS, ()) and _ends_like(
            _HYPERPARAMETER_BEFORE_REV, stripped[:-1]):
        return False, "hyperparameter", 0.0  # "a learning rate (0.001)"
    if units & _RATE_UNITS and re.search(
            r"run|operat|render|speed|real-time|achiev|reach|inference|process|throughput|速度|运行|渲染", before,
            re.IGNORECASE):
        return True, "frame_rate", 0.8
    if units & _TIME_UNITS and _TIME_TAKEN_BEFORE.search(before[-70:]):
        return True, "time_taken", 0.7  # "takes 0.38 s on an H100", "generates an asset in 4.8 seconds"
    if "measure" in kinds and _has_cue(_first_words(after, 2), metric_names) and not _COUNT_NOUNS.match(after):
        return True, "measure_then_metric", 0.7
    if last in ("h", "o", "s", "t", ".") and _COMPARED_VALUE_BEFORE.search(close_before) and \
            _OTHERS_VALUE_AFTER.match(after) and ("measure" in kinds or _has_cue(before, metric_names)):
        return True, "compared_value", 0.7  # "compared with 35.9 dB for E2E-VarNet", "versus 406 for Open-Sora"
    if units == {"K"}:  # a temperature in kelvin is the condition of a measurement unless named as measured
        if _TEMPERATURE_BEFORE.search(before) and not _HELD_AT_TEMPERATURE.search(before[-40:]):
            return True, "temperature", 0.7
        return False, "temperature_condition", 0.0
    if "measure" in kinds:
        if _CLAUSE_BOUND_BEFORE.search(close_before):
            return False, "condition", 0.0  # "Below 5 GeV center-of-mass energy, we identify ...": the range studied
        if " at " in before[-70:] and (condition := _AT_CONDITION_OF.search(before[-70:])) is not None and \
                not _COST_WORDS.search(condition.group(1)):
            return False, "condition", 0.0  # "at an electric field strength of 3 kV mm-1", "at a SiO2 thickness of 10 nm"
        if ("SNR" in before or "SINR" in before or "N0" in before or "N_0" in before or "power" in before or
                "noise" in before) and _CHANNEL_CONDITION_BEFORE.search(before):
            return False, "channel_condition", 0.0  # "at an SNR of 12 dB", "SNRs from -20 dB to 30 dB"
        if _SETTING_BEFORE.search(before) and not re.search(
                r"(?:error|MAE|RMSE|latency|time|distance|deviation|accuracy|improvement|reduction|of|by)\s*"
                r"(?:of\s*)?(?:only\s*)?(?:about\s*|approximately\s*|around\s*|up to\s*)?$",
                before, re.IGNORECASE) and not (" at" in close_before and _STAYS_AT_BEFORE.search(close_before)):
            return False, "measure_setting", 0.0
        if _SETTING_BEFORE.search(before) and re.search(r"\b(?:a|an|per|every|each|within)\s*$", before,
                                                        re.IGNORECASE):
            return False, "measure_setting", 0.0
        if last == "(" and _CONDITION_NOUN_BEFORE.search(stripped[:-1].rstrip()[-14:]) or \
                units and any(_AREA_UNIT.fullmatch(u) for u in units) and _SIZED_THING_AFTER.match(after):
            return False, "size_condition", 0.0  # "Large-area (47.84 cm 2 ) modules", "a 1 cm2 device": what was measured
        if _has_cue(before, metric_names) or _has_cue(_first_words(after, 3), metric_names) or \
                _has_result_verb(close_before) or re.match(r"^\s*(?:faster|lower|higher|less|more|"
                                                                     r"improvement|reduction|gain)", after) or (
                " at" in close_before and _STAYS_AT_BEFORE.search(close_before)):
            return True, "measure", 0.75
        if " as " in close_before and _AS_FAR_AS_BEFORE.search(close_before):
            return True, "as_far_as", 0.7  # "a threshold as low as 11.4 µJ/cm2"
        if last == "(" and (len(group) == 1 or _VERSUS.search(text, group[0].end, group[-1].start)) and \
                not any(_AREA_UNIT.fullmatch(u) for u in units) and _bracketed_value_of(stripped, after, _BRACKET_MEASURE_AFTER):
            # "record-breaking responsivity (5.90 A·W−1)", "FRET (∼20 ps)"; not a list of limits ("a sandbox (2 s / 256 MB)")
            return True, "bracketed_measure", 0.7
        if raw_first.startswith(_APPROX_SIGNS) or stripped.endswith(_APPROX_SIGNS):
            return True, "approximate_value", 0.65  # "a piezoelectric coefficient (d 33 ≈ 178 pC N -1)"
        return False, "measure_without_context", 0.0
    # bare numbers: decimals right after a metric name ("IC 0.871", "F1: 0.84", "AUC of 0.93")
    # the metric words first: the name-before-value pattern backtracks (several µs per window)
    if _has_cue(before[-45:], metric_names) and _ends_like(_NAME_BEFORE_VALUE_REV, close_before):
        # (a power of ten is a decimal too: "a BER of 10^-5")
        if "." in raw_first or len(group) > 1 or re.search(r"[:：=]\s*$", close_before) or (
                "^" in raw_first or "e-" in raw_first or "e−" in raw_first):
            return True, "metric_value", 0.75
        if raw_first.strip().isdigit() and _ALONE_AFTER.match(after) and \
                _named_metric_right_before(close_before, metric_names):
            return True, "metric_integer", 0.7  # "an FVD of 312", "an Elo rating of 1250"
    # "1.0 recall and 0.95 accuracy": a decimal followed by a metric word
    if "." in raw_first and _CUE_EN.match(_METRIC_QUALIFIER.sub("", after.lstrip(" $").lower(), 1)):
        return True, "value_then_metric", 0.7
    if "." in raw_first and (_NAMED_MEASURE_AFTER.match(after) or (
            granular := _GRANULARITY_AFTER.match(after)) is not None and _has_cue(after[granular.end():][:24], metric_names)
            and _CUE_EN.match(after[granular.end():].lower()) or granular is not None and any(
                after.startswith(n, granular.end()) for n in metric_names if n)):
        # "0.953 Weighted Knowledge Efficiency (WKE) for product types", "0.531 edge-level F1 for value extraction"
        return True, "value_then_named_metric", 0.7
    # "0.7127 cIoU": a decimal followed by an acronym-like name
    if "." in raw_first and re.match(r"^\s?(?=[\w@\-]*[A-Z][\w@\-]*[A-Z])[A-Za-z][\w@\-]*(?![\w-])(?!\s*\d)",
                                     after):
        return True, "value_acronym", 0.7
    # "IC 0.871, SSIM-OM 0.84": an acronym-like name (two capitals or more) right before a decimal (not a software
    # version: "PyTorch 2.0", "TensorFlow 2.15")
    if "." in raw_first and first.number <= 100 and not _VERSION_BEFORE.search(close_before) and re.search(r"(?<![\w-])(?=[\w@\-]*[A-Z][\w@\-]*[A-Z])[A-Za-z][\w@\-]*\)?\s*"
                                                  r"(?:[:：=]|of|is|was)?\s*\$?$", close_before) \
            and re.match(r"^\$?\s*(?:[,;)\]]|and\b|vs\b|$|\.(?:\s|$))", after):
        return True, "acronym_value", 0.7
    if len(group) > 1 and any(c.kind != "bare" for c in group):
        return True, "listed_with_unit", 0.7
    # "TauVL achieves 54.2 on MMMU", "attains 54.2 and 61.8 on MMMU and MathVista": a score where it was measured
    if bare and first.number <= 100 and _SCORE_ON_AFTER.match(after) and _RESULT_VERB_JUST_BEFORE.search(close_before):
        return True, "score_on", 0.65
    if bare and last == "(" and "." in raw_first and (first.number <= 100 or raw_first[:1] in "~≈∼" or "×" in raw_first) and \
            not _TUPLE_GOES_ON.match(text, first.end) and _bracketed_value_of(stripped, after, _BRACKET_DECIMAL_AFTER):
        # (not a point: "CIE coordinates of (0.696, 0.303)")
        return True, "bracketed_decimal", 0.65  # "comparable to unwatermarked outputs (0.838)", "(63.2 vs. 58.1)"
    if bare and len(group) > 1 and "respectively" in after[:16] and _RESPECTIVELY_AFTER.match(after) and \
            all("." in text[c.start:c.end] for c in group) and _has_cue(_sentence_so_far(text, first.start), metric_names):
        # "the Spearman correlation coefficient median ρ values for A, B, and C are 0.62, 0.55 and 0.53, respectively"
        return True, "respective_values", 0.65
    if bare and len(group) == 1 and _measured_bare_range(raw_first, close_before):
        return True, "bare_range", 0.6  # "an oxidation state range of 2.68-2.91", "(Approx. 277-294)"
    if bare and (raw_first.startswith(_APPROX_SIGNS) or stripped.endswith(_APPROX_SIGNS)):
        return True, "approximate_value", 0.6  # "storage capacity limits ($\\approx 0.14$ P/N)"
    return False, "bare_number", 0.0


# A measure named after a decimal in Title Case with its short form, or with a granularity first.
_NAMED_MEASURE_AFTER = re.compile(r"\s?(?:[A-Z][\w-]*\s){1,5}\((?=[\w@-]*[A-Z][\w@-]*[A-Z])[A-Za-z][\w@-]{1,10}\)")
_GRANULARITY_AFTER = re.compile(rf"\s?(?:{METRIC_GRANULARITY})\s")


# "≈" says a value was measured or estimated (a setting is written with "=", a rough count with "~": "~1K issues");
# it is the value's prefix, or stands before it glued to a symbol ("d33≈178 pC N -1").
_APPROX_SIGNS = ("≈", "\\approx")
_SCALE_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:scales?|likert|ratings?|grids?|stencils?|stars?|systems?|lattices?|"
                          r"items?|questionnaires?|rubrics?|criteria)\b", re.IGNORECASE)
# A clause opened by a bound: what follows is measured within it.
_CLAUSE_BOUND_BEFORE = re.compile(r"(?:^\s*|[.;,:]\s)(?:Below|Above|Beyond|Within|Under)\s+"
                                  r"(?:about\s+|approximately\s+)?\$?$")


# A range of plain numbers, as written: "2.68-2.91", "277–294", "约277-294" (a dash, no unit).
_BARE_RANGE = re.compile(r"([~≈∼约]\s?)?\d+(\.\d+)?\s?[-‐–—]\s?\d+(\.\d+)?")
# A hedge before a value: it states a measured amount ("Approx. 277-294", "about 12-15").
_HEDGE_BEFORE = re.compile(r"(?:\b(?:approx\.?|approximately|about|around|roughly)|[~≈∼])\s*\$?$", re.IGNORECASE)
# A word before a range that makes it the span a setting is varied over ("for λ in 0.1-0.5", "between 0.2-0.8").
_SWEPT_BEFORE = re.compile(r"\b(?:in|for|with|at|under|over|across|from|between|within|to|when|if|set)\s*\$?$",
                           re.IGNORECASE)


def _measured_bare_range(raw: str, close_before: str) -> bool:
    """Whether a unitless range (its text ``raw``, the text before it ``close_before``) is a measured result: both
    ends decimals ("2.68-2.91", not after a name: "Python 3.8-3.11") or hedged ("approx. 277-294"), and neither a
    span a setting is varied over ("for λ in 0.1-0.5") nor the interval of the value before it ("0.87 (0.81-0.93)")."""
    match = _BARE_RANGE.fullmatch(raw)
    if match is None or _SWEPT_BEFORE.search(close_before) or _INTERVAL_BRACKET_BEFORE.search(close_before):
        return False
    if match.group(1) or _HEDGE_BEFORE.search(close_before) is not None:
        return True
    return bool(match.group(2) and match.group(3)) and _NAME_RIGHT_BEFORE.search(close_before) is None


# A bracket opened right after a value: a range in it is the value's interval ("0.87 (0.81-0.93)", "91.2% [88.1–93.6]").
_INTERVAL_BRACKET_BEFORE = re.compile(r"[\d%]\$?\s*[(\[]\s*\$?$")
# A name right before a number is the name's release or part ("Python 3.8-3.11", "Llama 3.1").
_NAME_RIGHT_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*\s*\$?$")


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")


def _sentence_so_far(text: str, pos: int, limit: int = 200) -> str:
    """The words of the sentence before ``pos`` (at most ``limit`` characters back)."""
    window = text[max(0, pos - limit):pos]
    cut = max(window.rfind(". "), window.rfind("。"), window.rfind("; "))
    return window[cut + 1:]


# How long a device or material lasts: a duration or a number of cycles after a word of stability and "for", "over"
# ("stable cycling for over 10000 h", "remains stable for 2300 cycles", "no degradation over 200 h"); not the time a
# share is retained after ("retains 90% of its initial PCE after 1000 h": the share is the result), nor how long
# something was trained or run ("trained for 10 hours").
_DURATION_UNITS = frozenset({"h", "hours"})
_CYCLES_AFTER = re.compile(r"\s?(?:cycles\b|charge|次|圈)")  # "2000 cycles" (no year), "循环寿命超过2000次"
_DURABILITY_BEFORE = re.compile(
    r"\b(?:stabl\w*|stability|stably|degrad\w*|cycl\w*|lifetime|lifespan|durab\w*)"
    r"\b(?:(?!\.\s)[^;,，。])*?\b(?:for|over|beyond|exceeding)\s+(?:over\s+|more\s+than\s+|up\s+to\s+|"
    r"about\s+|nearly\s+|~\s*|∼\s*)?\$?$"
    r"|(?:循环|寿命|稳定)[^，。；,;\d]{0,8}(?:超过|达到|达|高达)\s*$", re.IGNORECASE)  # "循环寿命超过2000次"
# The condition a value is measured at, named before "of": "at an electric field strength of 3 kV mm-1", "at a SiO2
# thickness of 10 nm", "at a radiance of 10 W sr-1 m-2" (not a cost: "at a latency of 12 ms").
_AT_CONDITION_OF = re.compile(r"\bat\s+(?:an?\s+|the\s+)?((?:[\w‐-]+\s+){0,3}?)of\s+(?:about\s+|approximately\s+|"
                              r"~\s*|∼\s*)?\$?$")
# The level a quantity stays at or is centred at: "JSC remains nearly constant at about 23.7 mA/cm2", "stays at 1.2 V",
# "a narrow pore size distribution centered at 3.6 Å".
_STAYS_AT_BEFORE = re.compile(r"\b(?:remain\w*|stay\w*|constant|steady|cent(?:ere|re)d|peak(?:s|ed|ing)?)\s+at\s+"
                              r"(?:about\s+|around\s+|approximately\s+|nearly\s+|~\s*)?\$?$", re.IGNORECASE)
# "as low as 11.4 µJ/cm2", "as high as 0.93": the value a quantity reaches.
_AS_FAR_AS_BEFORE = re.compile(r"\bas\s+(?:low|high|small|large|short|long|fast|little|much)\s+as\s*\$?$",
                               re.IGNORECASE)
# A subscript of a chemical formula a PDF flattened: an element symbol before and after it ("BaZr 0.1 Ti 0.9 O 3"),
# matched on the last two characters before the value, "|", and the first six after it (the next element and its
# subscript).
_FORMULA_SUBSCRIPT_AROUND = re.compile(r".?[A-Z][a-z]?\|(?:\s[A-Z][a-z]?\s?\d|\s?\)\s?\d)")  # "(Br 0.5 Cl 0.5 ) 3"
# An area in brackets is the size of what it follows, a setting: "large-area devices (900 mm²)".
_AREA_UNIT = re.compile(r"[mck]?m\s?[2²]")
# A device or sample sized by the area before it: "a 47.84 cm2 module", "1 cm 2 devices".
_SIZED_THING_AFTER = re.compile(r"\s*\)?\s*(?:modules?|devices?|cells?|films?|substrates?|wafers?|electrodes?|samples?)\b")
# What closes a value that opens a bracket after the phrase it measures: the bracket, a comparison, a condition.
_VERSUS = re.compile(r"\bvs\b|\bversus\b")  # "(73.5 mV vs. 126.2 mV)": one value set against another
_BRACKET_MEASURE_AFTER = re.compile(r"\s*(?:\)|,|vs\b|versus\b|at\b)")
_BRACKET_DECIMAL_AFTER = re.compile(r"\s*\$?\s*(?:\)|,\s*respectively\s*\))")
# A second number in the bracket after a comma: a tuple ("(0.696, 0.303)", "(± 0.01, ± 0.01)").
_TUPLE_GOES_ON = re.compile(r"\s*,\s*[-+−±]?\s*\d")
# A word before the bracket whose value is a condition of the experiment, not an outcome: "a laser (808 nm)".
_CONDITION_NOUN_BEFORE = re.compile(
    r"(?:temperatures?|wavelengths?|thickness|area|illumination|irradiation|concentrations?|loadings?|pressures?|"
    r"frequenc(?:y|ies)|bias|humidity|sizes?|lengths?|windows?|budgets?|limits?|doses?|lasers?|"
    r"excitation|duration|steps?|version)$", re.IGNORECASE)


def _bracketed_value_of(stripped: str, after: str, closes: re.Pattern[str]) -> bool:
    """Whether a value opening a bracket ("... responsivity (5.90 A·W−1)") measures the word right before it: a
    word (not a setting noun, a citation or an equation) ends ``stripped`` (the text before the value, ending in
    "("), and ``closes`` matches what follows the value."""
    word = stripped[:-1].rstrip()
    if not word or not (word[-1].isalpha() or word[-1] == "-") or closes.match(after) is None:
        return False
    return _CONDITION_NOUN_BEFORE.search(word[-14:]) is None


# The composition of a material or a mixture, a setting: an element or a doping word after the share ("0.85% Bi", "10%
# Zr substitution", "10 wt% loading", "5-10% CO2:N2 mixtures", "a 30% renewable energy mix"), or the share in brackets after a doped material or a
# concentration ("Cr‐substituted BaSnO3 (1%, 3%, and 5%)", "a minimal concentration (0.3%)").
_ELEMENTS = ("Li|Na|Mg|Al|Si|Ca|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|Se|Br|Rb|Sr|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|Sn|Sb|Te|Cs|Ba|La|Ce|"
             "Pr|Nd|Sm|Eu|Gd|Tb|Dy|Er|Yb|Hf|Ta|Ir|Pt|Au|Hg|Tl|Pb|Bi")
_COMPOSITION_AFTER = re.compile(
    rf"\s*(?:(?:mol|wt|at|vol)\.?\s*%\s*)?(?:(?:{_ELEMENTS})(?![\w‐-])|(?:(?!(?:over|of|the|than|on|in|for|with|by|and|or|to|from|at|a|an)\b)[\w‐-]+\s+){{0,2}}(?:substitution|doping|dopants?|"
    r"additives?|loading|incorporation|mix|blend)\b|[A-Z][\w:/]*\s+mixtures?\b)")
_COMPOSITION_BEFORE = re.compile(
    r"(?:\b(?:concentrations?|content|loadings?|dosage|doping\s+levels?)\s*(?:\(|of|=|:)|(?:substituted|doped|alloyed)"
    r"(?:\s+[A-Z0-9][\w‐-]*){1,3}\s*\()\s*(?:\$|~|∼)?$")


def _composition_share(stripped: str, after: str) -> bool:
    """Whether a share (its text before, right-stripped, and after) is the composition of a material or mixture."""
    if _COMPOSITION_AFTER.match(after) is not None:
        return True
    tail = stripped.rstrip("$~∼")
    return (tail.endswith(("(", ":", "=", "of"))) and _COMPOSITION_BEFORE.search(stripped[-60:]) is not None


# A share an experiment is run under, not an outcome: "under 10% label noise", "with 50% sparsity", "at a 5% false
# positive rate" (an operating point).
_AT_SHARE_BEFORE = re.compile(r"\b(?:at|under|with)\s+(?:an?\s+|only\s+)?\$?$", re.IGNORECASE)
_CONDITION_SHARE_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:label\s+|annotation\s+)?(?:noise|sparsity|pruning|masking|mask\s+ratio|missing|occlusion|"
    r"corruption|outliers?|contamination|poison\w*|FPR|FAR|false\s+(?:positive|alarm|acceptance)\s+rates?)\b",
    re.IGNORECASE)
# A factor an experiment is run at, not a gain: "at 8x acceleration", "under 4× undersampling", "at 2x speed".
_AT_SETTING_BEFORE = re.compile(r"\b(?:at|under)\s+(?:an?\s+)?\$?$", re.IGNORECASE)
_ACCELERATION_SETTING_AFTER = re.compile(r"\s*(?:acceleration|accelerated|undersampl|subsampl|sampling|speed\b|"
                                         r"compression\b)", re.IGNORECASE)
# Chinese "在 VALUE ... 下": the condition a result is measured under ("在8倍加速下", "在10%噪声下").
_ZH_UNDER_CONDITION_AFTER = re.compile(r"\s*[^，。；,;\d\s]{0,6}下")
# Light a solar cell is measured under: "under AM 1.5 G illumination", "under 1 sun illumination".
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:(?:the\s+|an?\s+)?(?:AM|standard|simulated|one|1)\s*)?\$?$", re.IGNORECASE)
_ILLUMINATION_AFTER = re.compile(r"\s*(?:G\s+|G\b)?(?:suns?\s+)?(?:illumination|irradiation|irradiance)\b",
                                 re.IGNORECASE)


# A baseline's value the paper sets against its own: "(an FVD of 312,) compared with 406 for Open-Sora 1.2", "versus
# 35.9 dB for E2E-VarNet"; the value comes after the comparison and is followed by whose it is.
# A temperature the paper measures, named right before its value in kelvin: "a glass transition temperature of 352.3 K",
# "a Tc\\_onset of 60 K", "$T\\_c \\approx 64$", "a phase transition at 317 K", "激发温度约25 K" (not the temperature
# something was held at: "at temperatures of 300 K", "a temperature range of 30-300 K").
_TEMPERATURE_BEFORE = re.compile(
    r"(?:\btemperatures?|(?<![A-Za-z])T(?:\\?_\{?|_?)c(?:\\?_\{?\w+\}?|\w*)\}?|\btransition\s+at|温度)\s*\$?\s*(?:\([^()]{1,12}\)\s*)?"
    r"(?:of|is|was|reaches|reached|=|≈|\\approx|约|为|达到?|[(（])?\s*(?:about|approximately|around|nearly|~|∼|\\sim|\$)?\s*\$?$")
_HELD_AT_TEMPERATURE = re.compile(r"\b(?:at|under|to|below|above|over)\s+(?:\w+\s+){0,2}temperatures?\b")
_COMPARED_VALUE_BEFORE = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|against|relative to)\s+\$?$")
_OTHERS_VALUE_AFTER = re.compile(r"\s*(?:for|of|by|from|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?[A-Z]")
# What follows a score and names where it was measured: "on MMMU", "across the LIBERO suites" (a name, not "on
# average" or "on 8 GPUs").
_SCORE_ON_AFTER = re.compile(r"\s*(?:,\s*respectively,?\s*)?(?:on|across)\s+(?:the\s+)?(?:[A-Z][\w.+-]*[A-Z0-9]|[A-Z]"
                             r"[a-z]+[A-Z])")
# A result verb right before the score ("achieves 54.2", "scores an average of 71.3", "reaching only 41.0").
_RESULT_VERB_JUST_BEFORE = re.compile(
    r"\b(?:achiev|attain|reach|obtain|scor|yield)\w*\s+(?:(?:only|about|around|approximately|up\s+to|nearly|over|"
    r"an?\s+(?:average|mean|overall)(?:\s+score)?\s+of|a\s+score\s+of)\s+)?\$?$", re.IGNORECASE)


# A verb that says what share of the items the method gets right: "localizes 15.8% of images", "resolves 31.7% of
# issues", "correctly classifies 92% of samples".
_SOLVES_BEFORE = re.compile(r"\b(?:locali[sz]\w*|resolv\w*|solv\w*|detect\w*|classif\w*|identif\w*|retriev\w*|"
                            r"recover\w*|answer\w*|complet\w*|pass\w*|succeed\w*)\s+(?:about\s+|only\s+|over\s+|"
                            r"nearly\s+|up\s+to\s+)?\$?$", re.IGNORECASE)
# A percentage naming the percentile of the distance after it: "a 95% Hausdorff distance of 12.3 mm".
_PERCENTILE_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:Hausdorff\s+)?distance\s+(?:of|=|:)\s+\$?\d")
# A statistic's symbol before "=": correlations and agreement ("ρ=0.82", "Pearson r = 0.91", "R² = 0.87", "κ = 0.78").
# A quantity's symbol set to a measured value after a verb of finding or "value of": "the fine-tuned model predicts Ea =
# 0.20 eV", "the reference value of Ea = 0.24 eV" (a setting has no such verb: "with U = 4 eV", "at T = 300 K").
_SYMBOL_MEASURED_BEFORE = re.compile(r"\b(?:predict(?:s|ed)?|yield(?:s|ed)?|gives?|gave|shows?|showed|achieves?|achieved|"
                                     r"reach(?:es|ed)?|obtain(?:s|ed)?|exhibits?|exhibited|measured|values?\s+of)"
                                     r"\s+(?:an?\s+|the\s+)?[A-Za-z][A-Za-z0-9_]{0,3}\s*=\s*\$?$")
_STATISTIC_BEFORE = re.compile(r"(?<![\w\\])(?:ρ|r|R²|R\^2|R2|κ|τ|\\rho|\\kappa|\\tau|rho|kappa)\s*=\s*\$?$")
# A CamelCase name (a capital, lower-case letters, another capital) right before a value: software and its version.
_VERSION_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+[A-Z][\w-]*\s+\$?$")


def _groups(text: str, cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Consecutive values joined only by list separators form one group."""
    groups: list[list[_Candidate]] = []
    for cand in cands:
        if groups and _LIST_SEP.match(text[groups[-1][-1].end:cand.start]):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    # a group without a unit takes the unit kind of the group for judgement; members keep their own
    return groups


# ----------------------------------------------------------------------------- attaching names


_PUNCT = re.compile(r"[.!?。！？；;]")
_SPACE = re.compile(r"\s+")


def sentence_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence break of ``text``, in order; computed once per section.

    Same breaks as ``_SENTENCE_END.finditer`` (the spaces after ". " before a capital, a "." glued to the
    next sentence "challenging.In", or the point right after 。！？；;), found from the punctuation only,
    which is much faster than trying the pattern at every character.
    """
    breaks: list[tuple[int, int]] = []
    for m in _PUNCT.finditer(text):
        i = m.start()
        char = text[i]
        if char in "。！？；;":
            breaks.append((i + 1, i + 1))
            continue
        space = _SPACE.match(text, i + 1)
        if space and space.end() < len(text) and (text[space.end()] in "([$\\" or "A" <= text[space.end()] <= "Z"):
            breaks.append((i + 1, space.end()))
        elif char == "." and i > 0 and (text[i - 1] == ")" or "a" <= text[i - 1] <= "z") \
                and i + 2 < len(text) and "A" <= text[i + 1] <= "Z" and "a" <= text[i + 2] <= "z":
            breaks.append((i, i + 1))
    return breaks


def sentence_bounds(text: str, pos: int, breaks: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Start and end offsets of the sentence (or ``;``-clause) of ``text`` that holds ``pos``."""
    if breaks is None:
        breaks = sentence_breaks(text)
    i = bisect_right(breaks, (pos, len(text) + 1))  # breaks starting at or before pos
    start = 0
    for j in range(i - 1, -1, -1):
        if breaks[j][1] <= pos:
            start = breaks[j][1]
            break
    end = next((b_start for b_start, b_end in breaks[i - 1 if i else 0:] if b_start >= pos and b_end > pos),
               len(text))
    return start, end


def name_positions(name: str, text: str) -> list[int]:
    """Offsets where ``name`` occurs in ``text`` as a whole name (not inside a longer one)."""
    if not name:
        return []
    if name.islower():
        if not name.isascii() or _CASE_TRICKY.search(text):
            return [m.start() for m in _name_pattern(name).finditer(text)]
        haystack = _lowered(text)  # lower-case names match in any case, like the IGNORECASE pattern
    else:
        haystack = text
    # The same positions as ``_name_pattern(name).finditer(text)``, found by substring search: compiling a
    # regex for every new name cost more than the rest of result extraction.
    found: list[int] = []
    size = len(name)
    at = haystack.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or text[at - 1] not in _NAME_BEFORE) and (end == len(text) or (
                text[end] not in _NAME_AFTER and not (text[end] == "-" and text[end + 1:end + 2] in _NAME_AFTER_HYPHEN))):
            found.append(at)
            at = haystack.find(name, end)
        else:
            at = haystack.find(name, at + 1)
    return found


_ASCII_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_NAME_BEFORE = frozenset(_ASCII_ALNUM + "_-")  # (?<![A-Za-z0-9_\-])
_NAME_AFTER = frozenset(_ASCII_ALNUM + "_")  # (?![A-Za-z0-9_]|-[A-Za-z0-9])
_NAME_AFTER_HYPHEN = frozenset(_ASCII_ALNUM)
# Characters an IGNORECASE regex matches to an ASCII letter although ``str.lower`` does not give that letter
# (dotted and dotless i, long s, Kelvin sign): texts holding one are searched with the regex itself.
_CASE_TRICKY = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=256)
def _lowered(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    # lower-case names (metric words such as "accuracy") match in any case; proper names exactly
    return re.compile(rf"(?<![A-Za-z0-9_\-]){re.escape(name)}(?![A-Za-z0-9_]|-[A-Za-z0-9])",
                      re.IGNORECASE if name.islower() else 0)


# A metric bound to the value after it: "an AUC of 0.95", "Recall@10 = 45.2", "F1: 0.91" (it beats a closer name
# after the value: "Recall@10 of 45.2, R@1 of 30.1").
_BOUND_BEFORE = re.compile(rf"\s*(?:\([^()]{{1,12}}\)\s*)?(?:(?:of|by|=|:|is|was|reaches|reached)\s+|"
                           rf"(?:值|分数|得分)?(?:为|达到|达|是|：)\s*){VALUE_QUALIFIER}")  # "F1值为0.91"


def _nearest(names: list[Mention], sentence: str, pos: int, after_limit: int = 0, bound: bool = False) -> str | None:
    """The mention whose surface form is nearest before ``pos`` (or within ``after_limit`` chars after); with
    ``bound``, one joined to the value by "of", "=", ":" ... comes first."""
    best = _nearest_scored(names, sentence, pos, after_limit, bound)
    return best[1] if best else None


def _nearest_scored(names: list[Mention], sentence: str, pos: int, after_limit: int = 0,
                    bound: bool = False) -> tuple[int, str] | None:
    """:func:`_nearest` with its distance."""
    best: tuple[int, str] | None = None
    for mention in names:
        for surface in [mention.name, *mention.aliases]:
            for at in name_positions(surface, sentence):
                if at < pos:
                    dist = pos - (at + len(surface))
                    if bound and _BOUND_BEFORE.fullmatch(sentence, at + len(surface), pos):
                        dist = -1
                elif at - pos <= after_limit and not _NEXT_CLAUSE.search(sentence, pos, at):
                    dist = (at - pos) // 2  # "95.8% mAP@0.5": a name right after the value binds tightly
                else:
                    continue  # (not one in the next clause: "a Sharpe ratio ... of 2.1, and the Sortino ratio ...")
                if best is None or dist < best[0]:
                    best = (dist, mention.name)
    return best


# (and "... 92.1% and on MBPP"; in Chinese, "提升了4.2个百分点，推理速度达到45 FPS": the next clause after "，")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|while|whereas|but)\s|;|\band\s+(?:on|in)\s|[，；]")


# Metric words of the Chinese summaries that name one metric only (not 精度, accuracy or precision), in English.
CHINESE_METRICS = {"准确率": "accuracy", "召回率": "recall", "精确率": "precision", "成功率": "success rate",
                   "胜率": "win rate", "通过率": "pass rate", "平均绝对误差": "MAE", "均方根误差": "RMSE", "均方误差": "MSE",
                   "敏感性": "sensitivity", "灵敏度": "sensitivity", "特异性": "specificity", "特异度": "specificity",
                   "峰值信噪比": "PSNR", "交并比": "IoU", "字错误率": "CER", "词错误率": "WER", "困惑度": "perplexity",
                   "攻击成功率": "attack success rate", "拒绝率": "refusal rate", "功率转换效率": "PCE",
                   "光电转换效率": "PCE", "开路电压": "open-circuit voltage", "填充因子": "fill factor",
                   "外量子效率": "EQE", "总体精度": "overall accuracy", "总体准确率": "overall accuracy",
                   "平均精度均值": "mAP", "平均精度": "AP", "F1分数": "F1", "F1值": "F1", "Kappa系数": "kappa",
                   "命中率": "hit rate", "推理速度": "inference speed", "结构相似度": "SSIM", "结构相似性": "SSIM",
                   "吞吐量": "throughput", "精确度": "precision"}
_LEXICON_METRICS = ("accuracy", "precision", "recall", "F1", "AUROC", "AUC", "mIoU", "IoU", "mAP", "Dice",
                    "PSNR", "SSIM", "LPIPS", "FID", "MAE", "RMSE", "success rate", "latency", "BLEU", "精度", "解决率",
                    *CHINESE_METRICS)


_LEXICON_METRIC_RE = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:" + "|".join(re.escape(n) for n in sorted(_LEXICON_METRICS, key=len, reverse=True))
    + r")(?![A-Za-z0-9_]|-[A-Za-z0-9])")


# A value (matched from its start, with its unit), then "的" and the metric it is of: "85.2%的Top-1准确率".
_ZH_METRIC_AFTER = re.compile(r"[^\s，。；,;的]{1,14}?\s*的\s*(?:[A-Za-z0-9@-]+\s*)?("
                              + "|".join(n for n in _LEXICON_METRICS if not n.isascii()) + ")")


def _nearest_lexicon_metric(sentence: str, pos: int, after_limit: int) -> tuple[int, str] | None:
    """A well-known metric word nearest to ``pos`` and its distance (same distance rule as :func:`_nearest`)."""
    best: tuple[int, str] | None = None
    for m in _LEXICON_METRIC_RE.finditer(sentence):
        if m.start() < pos:
            dist = pos - m.end()
        elif m.start() - pos <= after_limit and not _NEXT_CLAUSE.search(sentence, pos, m.start()):
            dist = (m.start() - pos) // 2
        else:
            break
        if best is None or dist < best[0]:
            best = (dist, m.group(0))
    return best


# A value compared by a word and a noun after it ("11x fewer MACs", "27.3% fewer exemplars", "15.7x higher energy
# efficiency"): it measures what the comparison is of, named right after, or no metric the sentence names elsewhere
# (without a noun, "accuracy (only 1% lower)", "latency, up to 90x slower than", the metric before stays).
_COMPARED_AFTER = re.compile(r"\s*(?:fewer|less|more|smaller|larger|faster|slower|higher|lower|greater|cheaper|"
                             r"shorter|longer)\s+(?!(?:than|and|or|while|with|in|on|at|for|to|by|when|compared|but)\b)"
                             r"(?=[A-Za-z])")
_NO_CLAUSE_BREAK = re.compile(r"[^,.;:()]*")


def _metric_compared_after(sentence: str, pos: int, entities: list[Mention]) -> str | None:
    """The metric named within the few words after ``pos`` (the end of a comparative), before any clause break."""
    reach = _NO_CLAUSE_BREAK.match(sentence, pos).end()
    reach = min(reach, pos + 30)
    best: tuple[int, str] | None = None
    for mention in entities:
        if mention.type != "Metric":
            continue
        for surface in (mention.name, *mention.aliases):
            for at in name_positions(surface, sentence):
                if pos <= at < reach and (best is None or at < best[0]):
                    best = (at, mention.name)
    if best is None and (word := _LEXICON_METRIC_RE.search(sentence, pos, reach)) is not None:
        best = (word.start(), word.group(0))
    return best[1] if best else None


# The nearest method before a value is not its method when it is beaten by that value's margin ("FooRL outperforms
# GRPO by 4.2 points", "surpassing FB-OCC by 3.1 mIoU") or is the backbone the method is built on ("ToolWeaver built on
# Qwen3-8B achieves 67.2%"): the method named before it is (or the paper's own).
_ATTACHED_TO_NAME = re.compile(r"\S+\s*(?:[(（][^()（）]*|[:：=]\s*|,?\s*(?:(?:which|that|only|still|also)\s+)*"
                               r"(?:of|is|was|reaches|reached|achieves|achieved|attains|obtains|scores|gets)\s+(?:an?\s+|only\s+)?"
                               r"(?:[\w@-]+\s+){0,3}?(?:of\s+)?)$")
_VALUE_THEN_ON = re.compile(r"\S+(?:\s+(?!(?:and|or|but)\b)[A-Za-z@.\-]+){0,2}?\s+on\s+(?:the\s+)?")
_BEATEN_LEAD = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|over|than|compared\s+(?:with|to)|versus|vs\.?|"
                          r"match(?:es|ing)?|on\s+par\s+with|comparable\s+to|rival(?:s|ing)?)"
                          r"\s+(?:the\s+|strong\s+|state-of-the-art\s+|baseline\s+)*"
                          # "over the episode-level baseline GRPO": a baseline named with what kind it is
                          r"(?:(?:[a-z][\w-]*\s+){1,3}?baselines?\s+)?$|"
                          # the next of a pair of margins: "surpassing Point-MAE by 1.3% and PointNeXt by 2.0%"
                          r"\bby\s+[-+]?\d[\d.]*\s*(?:%|\\%|x|×|points?|pp)?\s*(?:,\s*and|,|and)\s+$", re.IGNORECASE)
# A value in brackets after what a method is compared with, when that is no named method: the other side's value.
_UNNAMED_COMPARED_BRACKET = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|match(?:es|ing)?|than|versus|vs\.?|compared\s+(?:to|with))\s+"
    r"(?:the\s+)?[a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*){0,3}\s*[(（]\s*(?:[A-Za-z][\w@-]*\s*)?[:=]?\s*\$?$")
# What a bracket of names after it is compared with: "against similar agentic RAG assistants (", "than prior methods (".
_COMPARED_BEFORE_BRACKET = re.compile(r"\b(?:against|than|versus|vs\.?|compared\s+(?:to|with)|outperform\w*|surpass\w*|"
                                      r"beat\w*|exceed\w*)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s*$", re.IGNORECASE)
# A value that is a margin by what follows it: "0.7% higher than X", "10x fewer parameters".
_VALUE_THEN_COMPARATIVE = re.compile(r"[^\s,;]+\s*(?:points?\s+|pp\s+)?(?:higher|lower|better|more|less|faster|slower|"
                                     r"fewer|smaller|greater|larger)\b")
# "CodeFixer with Claude 3.7 Sonnet", "X built on Qwen3-8B": the method named after these is the backbone (also read
# by kg.extract.relations for the subject of a comparison).
BACKBONE_LEAD = re.compile(r"\b(?:built\s+(?:on|upon)|based\s+on|on\s+top\s+of|powered\s+by|fine-?tuned\s+from|"
                           r"initiali[sz]ed\s+from|with|using)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# "GeoFuse的mAP较BEVFusion提高3.2": the Chinese comparison before the beaten name, and the margin after it
_BEATEN_LEAD_ZH = re.compile(r"(?:较|比|相较于?|相比于?|相对于?|超过了?|领先于?|优于)\s*$")
_MARGIN_BEFORE_ZH = re.compile(r"(?:提高|提升|高出|高了|高|降低|减少|领先|超出|超过)了?\s*$")
# "与UniAD [19] 相比，参数减少了78%", "与传统模型（FastSpeech 2 + HiFi-GAN）相比，...实现了10.6倍加速": the name framed by
# 与/和/同 ... 相比 is what the values after the frame are set against, not whose they are.
_COMPARED_FRAME_OPEN_ZH = re.compile(r"(?:与|和|同)[^，。；,;:：]{0,30}$")
_COMPARED_FRAME_CLOSE_ZH = re.compile(r"[^，。；,;:：]{0,30}?(?:相比|相较|比较|对比)")
# "outperforming LineVul, ReVeal and CodeBERT by 4.1 points": the last of a beaten list
_BEATEN_LIST_LEAD = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:the\s+)?"
                               r"(?:[\w.+@-]+(?:\s[\w.+@-]+)?(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+))+$", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"\bby\s+(?:[-+]?\d[\d.]*\s*(?:%|\\%|x|×|points?|pp)?\s*(?:,\s*and|,|and)\s+)*"
                            r"(?:about\s+|approximately\s+|up\s+to\s+|over\s+|nearly\s+|~\s*|\+)?\$?\s*$")


def _method_of_value(sentence: str, pos: int, methods: list[Mention]) -> str | None:
    """The method a value at ``pos`` is of: the nearest one named before it, unless that one is beaten by the value's
    margin or is the backbone of the one named before it (see :data:`_BEATEN_LEAD`)."""
    at, at_end, name = -1, -1, None  # the method named last before the value
    for mention in methods:
        for surface in (mention.name, *mention.aliases):
            for start in name_positions(surface, sentence):
                if at < start and start + len(surface) <= pos:
                    at, at_end, name = start, start + len(surface), mention.name
    if name is None:
        return None
    if not sentence.isascii() and (opening := _COMPARED_FRAME_OPEN_ZH.search(sentence, max(0, at - 30), at)) and \
            (closing := _COMPARED_FRAME_CLOSE_ZH.match(sentence, at_end)) and closing.end() <= pos:
        return _winner_before(sentence, opening.start(), methods)
    opening = sentence.rfind("(", 0, at)
    if opening >= 0 and ")" not in sentence[opening:at] and ")" in sentence[at:pos] and \
            _COMPARED_BEFORE_BRACKET.search(sentence, max(0, opening - 70), opening):
        # "evaluated against similar assistants (OpenEvidence, Pathway.md), it maintains a lead with a score of 0.54":
        # the bracket lists what the paper is compared with; the value after it is not theirs
        own = [m.name for m in methods if m.role == "proposed"]
        return own[0] if len(own) == 1 else None
    unnamed = _UNNAMED_COMPARED_BRACKET.search(sentence, max(0, pos - 70), pos)
    if unnamed is not None and at < unnamed.start():
        return None  # "outperformed radiologists (AUC 0.84)", "matching the 50-step teacher (FID 2.10)": not the winner's
    lead_start = max(0, at - 40)
    beaten = _BEATEN_LEAD.search(sentence, lead_start, at) or _BEATEN_LIST_LEAD.search(sentence, max(0, at - 100), at)
    margin = beaten is not None and (
        sentence.startswith("+", pos) or _MARGIN_BEFORE.search(sentence, max(0, pos - 40), pos) is not None or
        _VALUE_THEN_COMPARATIVE.match(sentence, pos) is not None)
    if beaten is None and not sentence.isascii() and (zh := _BEATEN_LEAD_ZH.search(sentence, lead_start, at)):
        beaten, margin = zh, _MARGIN_BEFORE_ZH.search(sentence, max(0, pos - 12), pos) is not None
    if beaten is not None and margin:
        return _winner_before(sentence, beaten.start(), methods)
    backbone = BACKBONE_LEAD.search(sentence, lead_start, at)
    if backbone is not None:
        before = _methods_named_before(sentence, backbone.start(), methods)
        return before[-1] if before else name
    if pos - at > 25 and any(m.name == name and m.role == "compared" for m in methods) and \
            not _ATTACHED_TO_NAME.match(sentence, at, pos):
        # "X outperformed A (AUROC 0.86) and B (AUROC 0.83), reaching an AUROC of 0.91": a value well after a beaten
        # method, not in its brackets, is the paper's own method's
        own = [m.name for m in methods if m.role == "proposed"]
        return own[0] if len(own) == 1 else name
    return name


def _winner_before(sentence: str, end: int, methods: list[Mention]) -> str | None:
    """The side of a comparison that wins, named before ``end`` (where the comparison opens): the paper's own method
    named there, else the last method there, else the paper's own."""
    own = {m.name for m in methods if m.role == "proposed"}
    before = _methods_named_before(sentence, end, methods)
    return next((n for n in reversed(before) if n in own), before[-1] if before else next(iter(sorted(own)), None))


def _methods_named_before(sentence: str, end: int, methods: list[Mention]) -> list[str]:
    """The methods named in ``sentence`` before ``end``, in text order."""
    named = sorted((start, mention.name) for mention in methods for surface in (mention.name, *mention.aliases)
                   for start in name_positions(surface, sentence) if start < end)
    return [name for _, name in named]


# A clause with its own subject: a metric named before it does not report a value after it ("Latency drops from 120
# ms to 45 ms, while memory usage falls by 38%").
_NEW_CLAUSE = re.compile(r",\s+(?:while|whereas)\s|;\s")


def _data_right_before(sentence: str, pos: int, data: list[Mention]) -> str | None:
    """The data set named right before a value, with at most a colon or "=" between ("ADE20K 52.3", "Yelp2018:
    0.071")."""
    before = sentence[max(0, pos - 60):pos].rstrip(" $:=\u00a0")
    for mention in data:
        for surface in (mention.name, *mention.aliases):
            if before.endswith(surface) and not before[-len(surface) - 1:-len(surface)].isalnum():
                return mention.name
    return None


# A list item or bracket that opens with a capitalised label right before its value: "(Rubrics Score 62.22%, CRS 0.87)",
# "; Exact: 67.8%".
_VALUE_LABEL = re.compile(r"(?:^|[(（,，;；:：]\s*)((?:[A-Z][A-Za-z0-9@-]*\s+){0,3}[A-Z][A-Za-z0-9@-]*)\s*[:：=]?\s*\$?$")


def _names_entity(label: str, entities: list[Mention]) -> bool:
    """Whether ``label`` is, or ends with, a name or alias of one of ``entities`` ("ImageNet 84.1", "AUROC 0.86")."""
    lowered = label.lower()
    return any(lowered == name.lower() or lowered.endswith(" " + name.lower())
               for m in entities for name in (m.name, *m.aliases))


def _attach(sentence: str, pos: int, entities: list[Mention]) -> tuple[str | None, str | None, str | None]:
    metrics = [m for m in entities if m.type == "Metric"]
    data = [m for m in entities if m.type in ("Dataset", "Benchmark")]
    methods = [m for m in entities if m.type == "Method"]
    clause = 0
    if sentence.isascii():
        for clause_break in _NEW_CLAUSE.finditer(sentence, 0, pos):
            clause = clause_break.end()
    named = _nearest_scored(metrics, sentence[clause:], pos - clause, after_limit=25, bound=True)
    if named is None and not sentence.isascii() and (after := _ZH_METRIC_AFTER.match(sentence, pos)):
        named = (0, after.group(1))  # "85.2%的Top-1准确率"
    if named is None:
        named = _nearest_lexicon_metric(sentence[clause:], pos - clause, after_limit=25)
    elif named[0] > 0 and not sentence.isascii():
        # the Chinese summary's own metric word, nearer before the value ("...mAP提升2.3%，召回率达到88%") or joined
        # to it after ("85.2%的Top-1准确率"), names it rather than an English name farther off
        after = _ZH_METRIC_AFTER.match(sentence, pos)
        word = (0, after.group(1)) if after else _nearest_lexicon_metric(sentence, pos, after_limit=0)
        if word is not None and word[0] < named[0] and not word[1].isascii():
            named = word
    metric = named[1] if named else None
    if metric is not None and (label := _VALUE_LABEL.search(sentence, max(0, pos - 50), pos)) is not None and \
            not _names_entity(label.group(1), entities):
        # "平均准确率达71.70%，...（Rubrics Score 62.22%， CRS 0.87）": a value labelled by a name of its own that no
        # entity is measures that, not the metric named before it
        metric = None
    dataset = _nearest(data, sentence, pos, after_limit=90)  # "97.9% AUROC ... on the MVTec AD dataset"
    if data and (right_before := _data_right_before(sentence, pos, data)) is not None:
        dataset = right_before  # "Cityscapes 84.1, ADE20K 52.3", "MovieLens-1M: 0.412": a table written as text
    on = _VALUE_THEN_ON.match(sentence, pos) if " on " in sentence[pos:pos + 40] else None
    if on is not None:  # "81.3 mAP on DOTA-v1.0 and 90.7 mAP on HRSC2016": the data named right after "on"
        dataset = next((m.name for m in data for name in (m.name, *m.aliases)
                        if sentence.startswith(name, on.end())), dataset)
    method = _method_of_value(sentence, pos, methods)
    if method is None and _self_reference(sentence):
        proposed = [m for m in methods if m.role == "proposed"]
        method = proposed[0].name if proposed else None
    return metric, dataset, method


_RESPECTIVELY = re.compile(r"\W{0,3}\s*(?:on|in|for|across)?\s*[^.;。；]{0,80}?\brespectively\b")


def _names_in_order(text: str, start: int, end: int, entities: list[Mention], types: tuple[str, ...]) -> list[str]:
    """The distinct names of ``types`` entities named in ``text[start:end]``, in text order."""
    found = sorted((at, m.name) for m in entities if m.type in types for surface in (m.name, *m.aliases)
                   for at in name_positions(surface, text[start:end]))
    return list(dict.fromkeys(name for _, name in found))


def _respective_names(text: str, group: list[_Candidate], entities: list[Mention],
                      start: int) -> dict[int, dict[str, str]]:
    """For a list of values closed by "respectively": the i-th metric named in the same sentence before the values
    (or the i-th dataset named before "respectively") for the i-th value, when there are as many as values."""
    end = group[-1].end
    if "分别" in text[max(start, group[0].start - 12):group[0].start]:
        # "在LoCoMo和LongMemEval上分别取得了68.2%和59.4%", "mAP和NDS分别达到72.4%和74.1%": the data and the
        # metrics named before, in order
        zh_pairs: dict[int, dict[str, str]] = {i: {} for i in range(len(group))}
        for kind, types in (("Dataset", ("Dataset", "Benchmark")), ("Metric", ("Metric",))):
            names = _names_in_order(text, start, group[0].start, entities, types)
            if len(names) == len(group):
                for i, name in enumerate(names):
                    zh_pairs[i][kind] = name
        return zh_pairs
    if "respectively" not in text[end:end + 90]:
        return {}
    tail = _RESPECTIVELY.match(text, end)
    if tail is None:
        return {}
    # metrics named after the values ("by 5.1%, 1.3% and 1.0% in precision, mAP@50 and mAP@50:95, respectively") or,
    # failing that, before them; datasets after them
    pairs: dict[int, dict[str, str]] = {i: {} for i in range(len(group))}
    for names in (_names_in_order(text, end, tail.end(), entities, ("Metric",)),
                  _names_in_order(text, start, group[0].start, entities, ("Metric",))):
        if len(names) == len(group):
            for i, name in enumerate(names):
                pairs[i]["Metric"] = name
            break
    # datasets after the values or, failing that, before them ("On BFCL and τ-bench, X reaches 78.2% and 61.5%,
    # respectively")
    for data in (_names_in_order(text, end, tail.end(), entities, ("Dataset", "Benchmark")),
                 _names_in_order(text, start, group[0].start, entities, ("Dataset", "Benchmark"))):
        if len(data) == len(group):
            for i, name in enumerate(data):
                pairs[i]["Dataset"] = name
            break
    methods = _names_in_order(text, start, group[0].start, entities, ("Method",))
    if len(methods) == len(group) > 1:  # "A-T, A-S and A-B achieve 80.2, 82.5 and 84.1, respectively"
        for i, name in enumerate(methods):
            pairs[i]["Method"] = name
    return pairs


# "compared to 52.1% for DiffDock", "versus 0.0447 and 0.0264 for TIGER", "0.84 (95% CI 0.81-0.87) for the X score":
# the values before "for NAME" are NAME's.
_FOR_AFTER_VALUE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s*(?:,|and|,\s*and)\s*[-−+]?\d[\d.,]*\s*%?(?:\s*\([^()]{0,40}\))?)*"
                              r"\s+for\s+(?:the\s+|an?\s+)?(?:baseline\s+|strongest\s+baseline\s+)?")


def _method_named_after(text: str, end: int, s_end: int, entities: list[Mention]) -> str | None:
    """The method named right after "for" behind a value (and the values listed with it), if any."""
    match = _FOR_AFTER_VALUE.match(text, end, s_end)
    if match is None:
        return None
    after = text[match.end():s_end]
    for m in entities:
        if m.type == "Method":
            for name in (m.name, *m.aliases):
                if after.startswith(name) and not after[len(name):len(name) + 1].isalnum():
                    return m.name
    return None


# ----------------------------------------------------------------------------- the component


_NOT_DIGIT_OR_POINT = re.compile(r"[^0-9.]")


def value_digits(value: str) -> str:
    """The digits and decimal points of a value as written: one result however it is written ("27.8 L kg-1")."""
    return _NOT_DIGIT_OR_POINT.sub("", value).strip(".")


def _has_digit(text: str) -> bool:
    r"""``_DIGIT.search(text)`` as a truth value: substring tests for the ASCII digits, then (only in non-ASCII text,
    where ``\d`` also matches other scripts' digits) the scan."""
    return any(digit in text for digit in "0123456789") or (not text.isascii() and _DIGIT.search(text) is not None)


# "EM/F1 of 78.2/85.1": slashed metric names before as many slashed values.
_SLASHED_NAMES_BEFORE = re.compile(r"([\w@.+\-]+(?: ?/ ?[\w@.+\-]+)+)\s*(?:of|=|:|is|was|are|were|reaches|reached)?\s*\$?$")


def _slashed_metrics(text: str, group: list[_Candidate], metric_names: tuple[str, ...]) -> dict[int, str | None]:
    """The metric of each value of a slashed run of values preceded by as many slashed names ("PSNR/SSIM of
    32.1/0.91"), by the value's position in ``group`` (a name no metric of the paper is gives None)."""
    paired: dict[int, str | None] = {}
    run_start = 0
    for i in range(1, len(group) + 1):
        if i < len(group) and text[group[i - 1].end:group[i].start].strip() == "/":
            continue
        if i - run_start > 1:
            names = _SLASHED_NAMES_BEFORE.search(text, max(0, group[run_start].start - 60), group[run_start].start)
            parts = [part.strip() for part in names.group(1).split("/")] if names else []
            if len(parts) == i - run_start:
                known = {n.lower(): n for n in metric_names}
                # a name-shaped part the paper names no metric by is still the value's metric ("minADE/minFDE")
                paired.update((run_start + j, known.get(part.lower()) or (part if _NAME_SHAPED.search(part) else None))
                              for j, part in enumerate(parts))
        run_start = i
    return paired


_NAME_SHAPED = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]|@")
# "from 1.62 to 1.08 s": the first value of a change, then the second.
# Between a kept value and the next one of the same list: the first value's own words, then ", and" (no clause or
# sentence break, no setting preposition).
_LIST_GOES_ON = re.compile(r"\$?(?:\s+[\w-]+){0,3}\s*,\s*and\s+(?:an?\s+)?")
_FROM_BEFORE = re.compile(r"\bfrom\s+\$?$")
# (what the first value is of may come between: "from 16.71 (mA/cm2) for a planar reference device to 23.09 (mA/cm2)")
_FROM_TO_GAP = re.compile(r"(?:\s+(?:for|of|in|with)\s+[^.;,\d]{1,50}?)?\s+to\s+\$?")


# An efficiency claim made in counts: "with only 2.3 million parameters", "approximately 27K parameters and 2.21M
# MACs" (the count after a hedge; not a model's size, "models with over 70 billion parameters", "an 8B model").
_COUNTED_COST = r"(\d+(?:\.\d+)?)\s?(K|k|M|G|million|thousand)\s+(?:trainable\s+|learnable\s+)?(parameters|params|MACs|FLOPs)\b"
_COUNT_RESULT = re.compile(r"\b(?:only|just|merely|approximately|about|around|roughly|fewer than|less than|under)\s+"
                           + _COUNTED_COST + r"(?:\s*,?\s*(?:and\s+)?" + _COUNTED_COST + ")?")
_COUNT_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "g": 1e9}
COUNT_RULE = "counted_cost"


_SPACED_NUMBER = re.compile(r"\s\d")


def versioned_names(entities: list[Mention]) -> list[str]:
    """The names (and aliases) of non-metric entities with a number after a blank ("AlpacaEval 2.0", "Claude 3.5
    Sonnet", "Llama 3.1 8B")."""
    return [n for m in entities if m.type != "Metric" for n in (m.name, *m.aliases)
            if " " in n and _SPACED_NUMBER.search(n)]


def _counted_costs(text: str) -> Iterator[tuple[_Candidate, str]]:
    """Values of :data:`_COUNT_RESULT` with the thing they count ("parameters", "MACs")."""
    for match in _COUNT_RESULT.finditer(text):
        for group in (1, 4):
            if match.group(group):
                number = _parse_number(match.group(group)) * _COUNT_SCALE[match.group(group + 1).lower()]
                yield _Candidate(match.start(group), match.end(group + 1), number, None, "count"), match.group(group + 2)


_NEAR = MAX_EVIDENCE_SENTENCE // 2  # how far from a value in an overlong sentence its metric, data and method are sought


def extract_section_results(paper_id: str, section: Section, entities: list[Mention],
                            only: set[str] | None = None,
                            versioned: list[str] | None = None) -> list[ResultMention]:
    """Results stated in one section, in text order; with ``only``, just those whose digits are in it.
    ``versioned``: the entities' names that end in a release number (:func:`versioned_names`; computed when None)."""
    text = section.text
    if not _has_digit(text):
        return []
    breaks: list[tuple[int, int]] | None = None  # computed when the first result is kept
    metric_names = tuple(n for m in entities if m.type == "Metric" for n in (m.name, *m.aliases))
    results: list[ResultMention] = []
    previous: _Candidate | None = None  # the last kept value
    candidates = _candidates(text)
    named = versioned_names(entities) if versioned is None else versioned
    if named:  # "AlpacaEval 2.0", "Hunyuan3D 2.0": a version inside a name is no value
        inside = [(at, at + len(n)) for n in named for at in name_positions(n, text)]
        candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in inside)]
    if only is not None:
        candidates = [c for c in candidates if value_digits(text[c.start:c.end]) in only]
    def emit(group: list[_Candidate], rule: str, confidence: float, counted: str | None = None) -> None:
        nonlocal breaks
        has_unit = any(c.unit for c in group)
        paired = _slashed_metrics(text, group, metric_names)
        respective: dict[int, dict[str, str]] = {}
        for i, cand in enumerate(group):
            if cand.kind == "bare" and rule != "statistic_value" and not cand.error and re.search(
                    r"(?<!-)[=<>≤≥]\s*\$?\s*$", text[max(0, cand.start - 4):cand.start]):
                continue  # "for n = 1000" inside a list of results (not "0.51 -> 0.57": a series)
            if cand.kind == "bare" and has_unit and "." not in text[cand.start:cand.end]:
                continue  # "83.39% precision at rank 1 and 94.66%": an integer among unit values is a setting
            value = text[cand.start:cand.end]
            if breaks is None:
                breaks = sentence_breaks(text)
            s_start, s_end = sentence_bounds(text, cand.start, breaks)
            if s_end - s_start > MAX_EVIDENCE_SENTENCE:  # a table or list without full stops: read near the value
                s_start, s_end = max(s_start, cand.start - _NEAR), min(s_end, cand.end + _NEAR)
            sentence = evidence_sentence(text, s_start, s_end, cand.start, cand.end)
            metric, dataset, method = _attach(text[s_start:s_end], cand.start - s_start, entities)
            if metric and (cand.unit in _COST_UNITS or cand.kind == "times" and _SPEED_AFTER.match(text, cand.end)) \
                    and not _COST_WORDS.search(metric):
                metric = None  # "80.1% top-1 accuracy with only 4.2 GFLOPs, and runs 2.3x faster": no accuracy
            if metric and (changed := CHANGED_OBJECT_BEFORE.search(text, max(s_start, cand.start - 60), cand.start)) \
                    and not any(name.lower() in changed.group(1) for name in (metric, *metric_names)) \
                    and not _COST_WORDS.search(changed.group(1)):
                metric = None  # "improves IDF1 to 78.2% and reduces identity switches by 27%": not IDF1
            if i == 0 and len(group) > 1:
                respective = _respective_names(text, group, entities, s_start)
            compared = _COMPARED_AFTER.match(text, cand.end)
            if compared is not None:
                metric = _metric_compared_after(text[s_start:s_end], compared.end() - s_start, entities)
            if i in paired:
                metric = paired[i]  # "PSNR/SSIM of 32.1/0.91": each value its own metric, in order
            if i in respective:  # "a sensitivity and specificity of 0.89 and 0.92, respectively"
                metric = respective[i].get("Metric", metric)
                dataset = respective[i].get("Dataset", dataset)
                method = respective[i].get("Method", method)
            if counted:
                metric = counted  # "27K parameters": the value counts what its metric is
            if "for" in text[cand.end:cand.end + 60]:
                method = _method_named_after(text, cand.end, s_end, entities) or method
            evidence = Evidence(paper_id, section.name, sentence, cand.start, cand.end, f"result:{rule}",
                                confidence)
            results.append(ResultMention(value=value, number=cand.number, unit=cand.unit, metric=metric,
                                         dataset=dataset, method=method, evidence=evidence,
                                         confidence=confidence))

    pending_from: list[_Candidate] | None = None  # "from 1.62" of "from 1.62 to 1.08 s", dropped alone
    for group in _groups(text, candidates):
        keep, rule, confidence = _is_result(text, group, metric_names)
        first = group[0]
        if not keep and rule in ("bare_number", "multiplier_without_comparison") and previous is not None \
                and first.start - previous.end < 40 and first.unit == previous.unit \
                and (first.unit or "." in text[first.start:first.end]) \
                and not re.search(r"[.!?。]\s", text[previous.end:first.start]):
            # "macro F1: 0.941 for 16 classes; 0.969 for 14 merged classes": a value continuing a result
            keep, rule, confidence = True, "continued", 0.6
        elif not keep and rule == "measure_without_context" and previous is not None \
                and first.start - previous.end < 60 and previous.kind == "measure" \
                and not re.search(r"[.!?。;；]\s", text[previous.end:first.start]):
            # "... of 2.27 meV/atom and 3.79 meV/atom for energy, and 13.83 meV/Å ... for forces": the list goes on
            keep, rule, confidence = True, "continued", 0.6
        elif not keep and rule == "measure_without_context" and previous is not None \
                and _LIST_GOES_ON.fullmatch(text, previous.end, first.start):
            # "a 93% PLQY, a 27.1% peak EQE, and 22.8 h of T50": a measured value listed after kept results
            keep, rule, confidence = True, "continued", 0.6
        if keep and pending_from is not None and _FROM_TO_GAP.fullmatch(text, pending_from[-1].end, first.start):
            emit(pending_from, "from_to", 0.6)  # the value a kept result changed from is stated as well
        pending_from = None
        if keep:
            previous = group[-1]
        if not keep:
            log.debug("%s %s: dropped %r (%s)", paper_id, section.name,
                      text[group[0].start:group[-1].end], rule)
            if len(group) == 1 and _FROM_BEFORE.search(text, max(0, first.start - 6), first.start):
                pending_from = group
            continue
        emit(group, rule, confidence)
    counted = [pair for pair in _counted_costs(text)
               if only is None or value_digits(text[pair[0].start:pair[0].end]) in only] \
        if "param" in text or "MACs" in text or "FLOPs" in text else None
    if counted:
        for cand, noun in counted:
            emit([cand], COUNT_RULE, 0.7, noun)
        results.sort(key=lambda r: r.evidence.start)
    return results


# Sections read when a paper has no abstract, best first.
_FALLBACK_SECTIONS = ("abstract_translation", "ai_abstract", "result", "tldr", "conclusion", "method", "data", "motivation")


def extract_results(paper: Paper, entities: list[Mention],
                    summarised: list[ResultMention] | None = None) -> list[ResultMention]:
    """Results stated in the paper; ``entities`` are the paper's mentions, used to attach names.

    The same value (same digits) stated twice is one result, with the first evidence in reading order of
    the primary source (the abstract; titles do not state results and hold version numbers); a restatement in a summary section raises its confidence.
    A value only an English summary section states is no result of a paper with an abstract (the annotators take
    results from the abstract); with ``summarised``, such values are appended to it (they still name metrics), and
    so are an English summary's restatements of the abstract's values (their words may name what the abstract's
    do not).
    """
    primary = [s for s in (paper.sections.get("abstract"),) if s and s.usable]
    has_abstract = any(s.name == "abstract" for s in primary)
    # (a reviewer's comments on the paper restate its settings and others' numbers, "a 0-30 s window hard-coded":
    # not results the paper reports)
    summaries = [s for s in paper.usable_sections() if s.name not in ("title", "abstract", "ai_comments")]
    if not has_abstract:
        order = {name: i for i, name in enumerate(_FALLBACK_SECTIONS)}
        summaries.sort(key=lambda s: order.get(s.name, len(order)))
    by_digits: dict[str, ResultMention] = {}
    versioned = versioned_names(entities)
    for section in primary:
        for result in extract_section_results(paper.id, section, entities, versioned=versioned):
            by_digits.setdefault(value_digits(result.value), result)
    for section in summaries:
        only = set(by_digits) if has_abstract else None  # with an abstract, summaries only confirm it
        if only is not None and (summarised is None or section.lang != "en"):
            if not only:
                continue  # nothing in the abstract to confirm
        else:
            only = None
        for result in extract_section_results(paper.id, section, entities, only, versioned):
            key = value_digits(result.value)
            known = by_digits.get(key)
            if known is not None:
                known.confidence = min(1.0, known.confidence + 0.1)  # two sections agree
                if summarised is not None and section.lang == "en":
                    summarised.append(result)
                known.metric = known.metric or result.metric
                known.dataset = known.dataset or result.dataset
                known.method = known.method or result.method
            elif not has_abstract:
                by_digits[key] = result
            elif summarised is not None:
                summarised.append(result)
    return list(by_digits.values())
