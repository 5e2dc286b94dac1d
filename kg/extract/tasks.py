"""Research tasks a paper addresses: short English noun phrases.

Sources, strongest first: the title's purpose ("X for <task>", "... to Mitigate Hallucination", "Analysis of
<object>"), task-headed phrases and devices in the title, and task-headed phrases (or devices a materials paper
works on) of the English text that recur, name a Papers with Code task, share words with the title or stand in a
task cue ("the task of X", "X tasks").
Everything here is plain regular expressions over a few sections, linear in the text length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..model import Evidence, Mention, Section
from .cues import evidence_sentence, lowered_for_scan, sentence_bounds
from .lexicons import load_lexicons
from .results import ASCII_NOT_WORD
from .spacy_pipeline import long_form_for

MAX_TASKS = 3
# Head nouns of task phrases (general research vocabulary across CV, NLP, ML, robotics, science).
# kg.extract.entities types long forms by these heads too: change them with care.
HEADS = (
    "editing generation segmentation detection estimation recognition classification retrieval reconstruction "
    "synthesis prediction understanding tracking forecasting translation captioning answering reasoning navigation "
    "grounding localization localisation planning completion registration super-resolution assessment analysis "
    "search summarization summarisation parsing matching inpainting denoising deblurring compression verification "
    "diagnosis quantification extraction mitigation distillation merging clustering manipulation grasping "
    "locomotion control discovery screening modeling modelling simulation imputation labeling labelling tagging "
    "captioning restoration enhancement correction alignment attribution explanation interpretability unlearning "
    "watermarking anonymization deduplication transfer adaptation calibration repair protection categorization "
    "refinement monitoring perception editing animation rendering stylization upscaling comprehension "
    "interpretation linking quantization decision-making collaboration "
    "removal re-identification counting dehazing deraining desnowing matting colorization "
    "interpolation diarization transcription odometry spotting mapping pruning recommendation "
    "staging tracing proving harmonization allocation steganography dubbing profiling automation solving "
    "stabilization fabrication storage chunking analytics design identification"
).split()
_HEAD_SET = frozenset(HEADS)
# Process heads of materials papers ("phase stabilization", "methane storage"): a task only with what they act on.
_MATERIALS_PROCESS_HEADS = frozenset("stabilization fabrication storage".split())
_HEAD_STEMS = _HEAD_SET | {h.rstrip("s") for h in _HEAD_SET}
_STOP = frozenset("""a an the of for in on with via and or to by from our this that these those we is are be as at its their
its into using based new novel existing such than more most both each which while when where how what who can may
through beyond against despite along around behind upon throughout per versus unlike amid s t
also has have been being it they them his her via towards toward across under over between among without within
proposed first two three several various effective efficient robust accurate simple general large small high low
improve improves maintain maintains enable enables achieve achieves perform performs support supports reformulate
reformulates amplify amplifies boost boosts enhance enhances facilitate facilitates address addresses tackle study
studies deep automatic dynamic static poor better strong stronger good accurate precise reliable
""".split())


def _verb_forms(bases: str) -> frozenset[str]:
    """Base verbs with their -s, -ed and -ing forms (regular morphology is enough for a stop list).

    The base form itself is left out for verbs that are also nouns ("crop yield prediction", "span extraction")."""
    forms: set[str] = set()
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        forms |= {base + "s", base + "es", stem + "ed", stem + "ing"}
        if base not in _NOUN_VERBS:
            forms.add(base)
        if base.endswith("y"):
            forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return frozenset(forms)


_NOUN_VERBS = frozenset("use design present advance guide need lack yield benchmark aim focus call term release "
                        "cover span lead list scale support study".split())
# Words that end a task phrase when read leftwards from its head: verbs of abstract prose ("... integrates
# uncertainty quantification"), evaluative adjectives ("final quality prediction") and technique words
# ("deep learning analysis").
_NOT_MODIFIER = _STOP | _verb_forms(
    "use propose improve integrate achieve obtain observe design develop introduce present require handle show "
    "demonstrate reveal provide allow make include advance revisit guide leverage exploit employ apply conduct "
    "evaluate compare combine consider bridge incentivize incentivise accelerate need lack remain become yield "
    "outperform surpass explore investigate examine benchmark rethink unify unlock aim seek focus solve reduce "
    "increase extend rely suffer fail capture identify produce call term establish construct create collect "
    "curate release contain involve cover span lead moderate preserve like list automate decode delve mitigate "
    "decouple empower unleash harness scale revisit"
) | frozenset("""additional diverse optimal state-of-the-art traditional systematic comparative qualitative
quantitative simultaneous holistic final many further other different standard conventional classical previous prior
current recent modern typical common popular key main major critical crucial important significant challenging
difficult complex practical superior clear comprehensive extensive faithful unified generic overall individual
numerous downstream underlying corresponding related relevant subsequent besides including etc specific certain
particular best full entire whole-system learning learning-based technical professional-grade representative
theoretical empirical experimental synergistic step-by-step concise chain-of-thought cot
one four five six seven eight nine ten dozens hundreds thousands durable simpler cheaper safer
high-performance high-efficiency next-generation high‐performance high‐efficiency next‐generation
""".split())
# Verbs that open an infinitive before a task phrase ("to evade detection", "aims to inject grounding", "to guide
# monocular depth prediction"): after "to" they are the verb, not a modifier. (Base forms only: "optimized X" and
# "generalized X" stay modifiers.)
_INFINITIVE_VERBS = _NOUN_VERBS | frozenset("""ensure inject evade inform disentangle pinpoint mimic avoid promote explain
reconcile strengthen interleave replicate activate augment steer""".split())
_INFINITIVE_VERB_ENDS = ("ize", "ise", "yze", "yse", "ify")
FUNCTION_WORDS = frozenset("""a an the of for in on with via and or to by from into using based towards toward across
under over between among without within than as at its their our this that these those how what which while when
where who""".split())
# A title's "for X" names a task when X ends in a nominalisation ("... for Shadow Removal") but not these.
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ing", "ysis", "oval")
_NOT_PURPOSE_HEADS = frozenset("learning training representation performance application applications inference "
                               "information imaging computing engineering manufacturing processing driving sensing".split())
_LY_NOUNS = frozenset("anomaly family assembly supply poly italy rally reply ally fly".split())
# "-ing" words that are noun modifiers rather than verbs ("remote sensing image segmentation").
_ING_MODIFIERS = frozenset("""sensing driving talking moving walking building reading speaking computing programming
mining clothing lighting painting writing missing bounding swimming hearing""".split())
# "-s" words that are not plural nouns or third-person verbs ("time series forecasting").
_S_ENDINGS = ("ss", "us", "is", "ics", "ous", "ws", "series", "species")
_WORD = r"[A-Za-z0-9][A-Za-z0-9\-\u2010\u2011]*"


def _trie_pattern(words: list[str]) -> str:
    """One regex alternative for ``words`` with shared prefixes factored out (much faster to scan than a|b|c)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_HEAD_ALT = _trie_pattern(sorted(_HEAD_SET))
# A head followed by a method noun modifies it ("segmentation network", "Aggregation Module"): no task.
_HEAD_END = (r"(?![\w\-\u2010\u2011])(?!\s+(?:networks?|nets?|models?|modules?|frameworks?|methods?|approach(?:es)?|"
             r"systems?|pipelines?|architectures?|learning|loss|heads?|branch(?:es)?|blocks?|layers?|strateg(?:y|ies)|"
             r"mechanisms?|algorithms?|techniques?|tools?|encoders?|decoders?|backbones?|"
             r"metrics?|workflows?|traces?|stages?|operators?|barriers?|interventions?|capacit(?:y|ies)|"
             r"capabilit(?:y|ies)|parameters?|agents?)\b)")
_HEAD_RE = re.compile(rf"\b(?:{_HEAD_ALT}){_HEAD_END}", re.IGNORECASE)
# The same pattern without IGNORECASE, for lower-cased text: three times faster to scan (every literal is lower case).
_HEAD_RE_LOWER = re.compile(rf"\b(?:{_HEAD_ALT}){_HEAD_END}")
_BEFORE_HEAD = re.compile(rf"((?:{_WORD} ){{1,3}})$")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-\u2010\u2011")
_WORD_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_PURPOSE_END = r"(?=\s+(?:with|via|using|through|by|from|under|in|on|at|based|and)\b|\s*[:：,?]|\s*$)"
# Evaluative words that open a title's purpose, alone or coordinated ("for Accurate X", "for Efficient and Reliable
# X"): the purpose is what follows them.
_EVALUATIVE = ("accurate efficient robust reliable precise effective simple fast scalable faithful lightweight practical "
               "general unified universal generalizable versatile")
_EVALUATIVE_LEAD = rf"(?:(?:{'|'.join(_EVALUATIVE.split())})(?:\s*,\s*|\s+(?:and|&)\s+|\s+))*"
_TITLE_FOR = re.compile(rf"\b(?:for|towards?|(?:approach|method|framework|solution)\s+to)\s+(?:the\s+)?{_EVALUATIVE_LEAD}(.+?)"
                        rf"{_PURPOSE_END}", re.IGNORECASE)  # "A Variational-Generative Approach to Crack Detection in Paintings"
# Where a title stops naming the task and starts naming the means ("... via Trajectory Smoothing").
_TITLE_MEANS = re.compile(r"\s+(?:via|using|with|by|through|based on|from)\s+.*$", re.IGNORECASE)
# "Mitigating Hallucinations in X" -> "hallucination mitigation": verb forms nominalised.
_VERB_NOUN = {"mitigat": "mitigation", "detect": "detection", "generat": "generation", "segment": "segmentation",
              "estimat": "estimation", "recogni": "recognition", "classif": "classification", "retriev": "retrieval",
              "reconstruct": "reconstruction", "predict": "prediction", "forecast": "forecasting",
              "extract": "extraction", "edit": "editing", "track": "tracking", "locali": "localization",
              "evaluat": "evaluation", "compress": "compression", "align": "alignment", "distill": "distillation",
              "summari": "summarization", "translat": "translation", "synthesi": "synthesis",
              "quantif": "quantification", "diagnos": "diagnosis", "restor": "restoration", "denois": "denoising",
              "navigat": "navigation", "verif": "verification", "caption": "captioning", "reduc": "reduction",
              "prun": "pruning", "remov": "removal", "count": "counting", "decod": "decoding", "steer": "steering",
              "defend": "defense", "accelerat": "acceleration", "mapp": "mapping", "identif": "identification",
              "rank": "ranking", "unlearn": "unlearning", "solv": "solving", "animat": "animation",
              "analy": "analysis", "anticipat": "anticipation", "correct": "correction",
              "suppress": "suppression", "measur": "measurement", "prevent": "prevention"}
_VERB_ENDING = r"(?:ing|e|es|ed|s|zing|ze|zes|sing|se|ses|ying|y|ies)?"
_TITLE_VERB = re.compile(r"(?:^|\bto\s+|\bfor\s+|\bin\s+|:\s*)(" + "|".join(_VERB_NOUN) + rf"){_VERB_ENDING}\s+"
                         r"((?:[A-Za-z0-9][A-Za-z0-9-]*\s+){0,3}[A-Za-z0-9][A-Za-z0-9-]*)", re.IGNORECASE)
_AND_HEAD = re.compile(rf"\s+(?:and|&)\s+((?:{_HEAD_ALT})s?){_HEAD_END}", re.IGNORECASE)
_TITLE_SUB = re.compile(r"[:：]\s*(.+?)(?=\s+(?:with|via|using|through|by|for|from|under|based)\b|\s*[:：,?]|\s*$)",
                        re.IGNORECASE)
# Task cues around a phrase in running text: "the task of X", "for X", "X tasks", "X is a challenging problem".
_CUE_BEFORE = re.compile(r"(?:\b(?:task|problem|challenge)s?\s+of|\bfor|\baddress(?:es|ing)?|\btackl\w*|\bstud(?:y|ies))"
                         r"\s+(?:the\s+)?$", re.IGNORECASE)
# Where a paper says how well something is done, what follows is the task it is done on: "superior performance in
# X", "effectiveness in X", "remarkable progress in X", "by 4-15% in X", "a fundamental task in X". Strong enough
# alone for a phrase written once (most of the phrases it finds are the papers' tasks).
_STRONG_CUE_BEFORE = re.compile(
    r"(?:\b(?:performance|progress|effectiveness|efficacy|results?|advances?|improvements?|gains?|accuracy|"
    r"agreement|robustness|proficiency)\s+(?:[a-z]+\s+)?(?:in|on|for)|\b(?:task|problem)s?\s+(?:in|of)|"
    r"\b(?:we|(?:this|the)\s+(?:paper|work|study|authors))\s+(?:tackles?|address(?:es)?|stud(?:y|ies)|investigates?|"
    r"focus(?:es)?\s+on)(?:\s+the\s+(?:challenge|problem|task)\s+of)?|"
    r"\boutperform\w*\s+(?:[\w-]+\s+){0,3}(?:in|on)|"
    r"\b(?:effectiveness|efficacy)\s+of\s+(?:our|the|this)\s+(?:[\w-]+\s+){0,2}in|"
    r"\d\\?%\s+(?:in|on))\s+(?:both\s+|the\s+)?$", re.IGNORECASE)
# What every match of _STRONG_CUE_BEFORE ends with (a cheap test first: the pattern is tried at every position).
_STRONG_CUE_ENDS = (" in", " on", " for", " of", " both", " the", "ackle", "ckles", "dress", "esses", "study", "udies",
                    "igate", "gates")  # (the last five characters at most: "we tackle", "we investigate")
_CUE_AFTER = re.compile(r"\s*(?:tasks?|problems?|challenges?)\b|\s+(?:is|remains)\s+(?:a|an)\s+", re.IGNORECASE)
# Where a phrase written once is named in passing: as an example of an application ("e.g., drug discovery",
# "applications such as fraud detection"), as what something matters for ("plays an important role in information
# retrieval") or as the means ("leverages cross-modal alignment", "integrates image segmentation and registration",
# "a block for X"). Examples of tasks are no such thing ("dense prediction tasks (e.g., semantic segmentation)").
_PASSING_BEFORE = re.compile(
    r"(?:\b(?:(?<!tasks\s\()(?<!tasks,\s)e\.g\.|(?<!tasks\s)such\s+as|applications?\s+(?:like|including))[^.;:()]*|"
    r"\b(?:role|essential|crucial|central|important|importance|vital)\s+(?:in|for|to)\s+(?:the\s+)?|"
    r"\b(?:leverag\w+|us(?:es|ing)|via|through|based\s+on|employ\w*|trained\s+on|prior\s+to|"
    r"(?:block|module|layer|branch|component)s?\s+for)\s+(?:the\s+|a\s+)?|"
    r"\b(?:combin\w+|integrat\w+)\s+[^.;:()]*)$", re.IGNORECASE)
# Examples a paper gives of the tasks it works on: "parallelizable tasks like financial reasoning", "tasks such as
# image synthesis", "downstream tasks (e.g., semantic segmentation)": strong enough alone for a phrase written once.
_TASK_EXAMPLE_BEFORE = re.compile(r"\btasks?\s*(?:,\s*)?(?:\(\s*)?(?:such\s+as|like|including|e\.g\.,?)\s+(?:the\s+)?$",
                                  re.IGNORECASE)
# What a paper says of its task right after naming it: "3D affordance grounding aims to highlight ...", "X is a
# fundamental task in ...": strong enough alone.
_STRONG_CUE_AFTER = re.compile(r"\s+tasks?\b|\s+(?:aims|seeks)\s+to\b|\s+(?:is|remains|has become)\s+(?:a|an)\s+"
                               r"(?:[a-z-]+\s+){0,2}(?:task|problem|challenge)s?\b", re.IGNORECASE)
# The noun phrase a title opens with, up to its first function word: with a purpose it names the method.
_LEAD_NP = re.compile(r"(?:[^\s:：]+\s+)*?[^\s:：]+(?=\s+(?:of|for|to|in|on|with|via|using|through|by|from|and)\b|[:：,]|$)",
                      re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[a-z0-9]+")

# Scores: a title's purpose and title phrases outrank text phrases; a text phrase needs two kinds of support.
_SCORE_PURPOSE = 6.0
_SCORE_TITLE = 5.0
_MIN_SCORE = 2.0
_CONFIDENCE, _FALLBACK_CONFIDENCE = 0.6, 0.4  # (a title's fallback phrase is right about half the time)
_W_PWC, _W_TITLE, _W_CUE, _W_STRONG_CUE = 1.0, 0.5, 0.5, 1.0


@lru_cache(maxsize=1)
def _pwc_tasks() -> frozenset[str]:
    return frozenset(e.text.lower() for e in load_lexicons().tasks)


@lru_cache(maxsize=1)
def _technique_names() -> frozenset[str]:
    return frozenset(e.text.lower() for e in load_lexicons().techniques)


# A word that is a quantity: "a 5,700-fold enhancement", "a 3x reduction", "20% improvement".
_QUANTITY_WORD = re.compile(r"[\d.,]+(?:-?fold|x|×|%|-times?)")


def _is_modifier(word: str) -> bool:
    """Whether ``word`` can modify a task head: not a function word, verb, adverb, evaluative adjective or quantity."""
    low = word.lower()
    if low in _NOT_MODIFIER or (low.endswith("ly") and low not in _LY_NOUNS) or not low[0].isalnum() or \
            _QUANTITY_WORD.fullmatch(low):
        return False
    return not (low.endswith("s") and len(low) > 3 and "-" not in low and low not in _HEAD_SET
                and not low.endswith(_S_ENDINGS))


def _verb_like_ing(word: str) -> bool:
    """An "-ing" word that opens a phrase as a verb ("Bridging X"), unlike "sensing" in "remote sensing"."""
    low = word.lower()
    return low.endswith("ing") and "-" not in low and low not in _HEAD_SET and low not in _ING_MODIFIERS


def _modifiers(words: list[str]) -> list[str]:
    """The longest run of modifiers ending ``words`` (read leftwards until the first non-modifier), without a
    leading verb-like "-ing" word."""
    kept: list[str] = []
    for word in reversed(words):
        if not _is_modifier(word):
            break
        kept.insert(0, word)
    while kept and _verb_like_ing(kept[0]):
        kept.pop(0)
    return kept


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith(("series", "species")):
        return word  # the same in the singular ("time series forecasting")
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith("s") and len(low) > 3 and not low.endswith(_S_ENDINGS):
        return word[:-1]
    return word


def _content(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.lower())) - _STOP


def words_before_head(text: str, start: int, end: int) -> int | None:
    """Start of group 1 of ``_BEFORE_HEAD.search(text, start, end)``: up to three words, each followed by one
    blank, that end exactly at ``end``, the first from its leftmost possible letter (None when there is none).

    Walks back from ``end`` word by word instead of trying the regex at every position of the window.
    """
    first = None
    pos = end - 1 if end > start and text[end - 1] == "\n" else end  # "$" also matches before a final newline
    for _ in range(3):
        if pos - 1 < start or text[pos - 1] != " ":
            break
        run = pos - 1
        while run > start and text[run - 1] in _WORD_CHARS:
            run -= 1
        letter = run
        while letter < pos - 1 and text[letter] not in _WORD_FIRST:
            letter += 1
        if letter == pos - 1:
            break  # no word before this blank
        first = letter
        if letter != run:
            break  # a hyphen opens the run: no blank can come right before the word
        pos = letter
    return first


def _head_matches(text: str):
    """``_HEAD_RE.finditer(text)``, scanned over the lower-cased text when that gives the same matches."""
    lowered = lowered_for_scan(text)
    return _HEAD_RE.finditer(text) if lowered is None else _HEAD_RE_LOWER.finditer(lowered)


# A pattern opening with ``\b`` is tried at every character; one opening with a character class lets ``re`` jump
# from one such character to the next. In ASCII text, ``\b`` before a head's first letter is an ASCII non-word
# character before it (or the start of the text): the scan consumes that character (``ASCII_NOT_WORD``) and the
# head is group 1.
_HEAD_AFTER_GAP = re.compile(rf"{ASCII_NOT_WORD}({_HEAD_ALT}){_HEAD_END}")


# Title patterns that open with ``\b`` before a word: the pattern itself (IGNORECASE), and the same without the ``\b``
# after one ASCII non-word character, scanned over the lower-cased ASCII title (see :func:`_gap_matches`).
# (Its words are no function words, so that a head coordinated with a later one is still read: "Person Detection and
# Re-Identification in ...".)
_TITLE_FUNCTION_WORD = r"(?:and|or|of|for|in|on|with|via|to|by|from|the|a|an)\s"
_TASK_PHRASE_BODY = rf"((?:(?!{_TITLE_FUNCTION_WORD}){_WORD}\s+){{0,3}}(?:{_HEAD_ALT})){_HEAD_END}"
_TASK_PHRASE = re.compile(rf"\b{_TASK_PHRASE_BODY}", re.IGNORECASE)
_TASK_PHRASE_GAP = re.compile(rf"{ASCII_NOT_WORD}{_TASK_PHRASE_BODY}")
# A title's method named by what it does: "Zero-Shot Vision-Language Navigation System", "Lyrics Editing Model".
# A title's "X Evaluation" names the task (an evaluation paper's: "Scientific Summarization Evaluation", "Code
# Instruction-Following Evaluation"); in running text "human evaluation", "extensive evaluation" name how a paper
# is tested, so "evaluation" is a task head in titles only.
_TITLE_EVALUATION = re.compile(rf"\b((?:(?!{_TITLE_FUNCTION_WORD}){_WORD}\s+){{1,3}}evaluation){_HEAD_END}", re.IGNORECASE)
_TITLE_TASK_BEFORE_METHOD = re.compile(rf"(?:^|(?<=[\s:：]))((?:(?!{_TITLE_FUNCTION_WORD}){_WORD}\s+){{1,3}}(?:{_HEAD_ALT}))\s+"
                                       r"(systems?|models?|frameworks?|networks?|benchmarks?|methods?|agents?)\b",
                                       re.IGNORECASE)
# "Deep Analysis of Graphic Charts" -> "graphic chart analysis".
_TITLE_OF_BODY = rf"({_HEAD_ALT})s?\s+of\s+((?:the\s+)?(?:{_WORD}\s+){{0,3}}{_WORD})"
_TITLE_OF = re.compile(rf"\b{_TITLE_OF_BODY}", re.IGNORECASE)
_TITLE_OF_GAP = re.compile(rf"{ASCII_NOT_WORD}{_TITLE_OF_BODY}")


def _gap_matches(pattern: re.Pattern[str], gap: re.Pattern[str], text: str) -> list[re.Match[str]]:
    r"""The matches of ``pattern.finditer(text)`` for their groups' spans (read the groups from ``text``).

    ``pattern`` is IGNORECASE and opens with ``\b`` before a word character; ``gap`` is the rest of it after one
    ASCII non-word character, with lower-case literals. In ASCII text that ``\b`` is such a character or the start,
    so the gap pattern over the lower-cased text, after a match of ``pattern`` at the start, finds the same groups,
    and ``re`` jumps between non-word characters instead of trying the pattern at every one.
    """
    if not text.isascii():
        return list(pattern.finditer(text))
    first = pattern.match(text)
    if first is None:
        return list(gap.finditer(text.lower()))
    return [first, *gap.finditer(text.lower(), first.end())]


def head_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every ``_HEAD_RE.finditer(text)`` match (about 40% faster on ASCII text)."""
    if not text.isascii():
        return [m.span() for m in _head_matches(text)]
    lowered = text.lower()  # ASCII: same length, and no character case-folds to an ASCII letter otherwise
    first = _HEAD_RE_LOWER.match(lowered)
    if first is None:
        return [m.span(1) for m in _HEAD_AFTER_GAP.finditer(lowered)]
    return [first.span(), *(m.span(1) for m in _HEAD_AFTER_GAP.finditer(lowered, first.end()))]


def _opens_infinitive(text: str, head_start: int, kept: list[str]) -> bool:
    """Whether the first of ``kept`` (the words before the head at ``head_start``) is a verb after "to"."""
    word = kept[0]
    if not word.islower() or "-" in word:
        return False
    if word not in _INFINITIVE_VERBS and not (len(word) > 6 and word.endswith(_INFINITIVE_VERB_ENDS)):
        return False
    start = head_start - len(" ".join(kept)) - 1
    before = text[max(0, start - 4):start].lower()
    return before.endswith("to ") and (len(before) < 4 or not before[0].isalnum())


# Words that open a description of a shortcoming in running text ("limited storage capacity", "weak cross-modal
# alignment", "inaccurate segmentation", "either excessive privacy protection ... or ..."), not a task phrase.
_SHORTCOMING_WORDS = frozenset("""limited weak inadequate insufficient inaccurate inefficient suboptimal unreliable
unnecessary excessive severe either neither""".split())


def _phrase_spans(section: Section) -> list[tuple[int, int]]:
    """Task-headed noun phrases in one section (up to three modifiers before the head)."""
    spans = []
    text = section.text
    for head_start, head_end in head_spans(text):
        first = words_before_head(text, max(0, head_start - 60), head_start)
        kept = _modifiers(text[first:head_start].split()) if first is not None else []
        if not kept or _opens_infinitive(text, head_start, kept):
            continue  # (what "to evade detection" acts on is named in passing)
        if kept[0].lower() in _SHORTCOMING_WORDS:
            continue  # "limited interpretability", "weak causal control": a shortcoming, not a task
        phrase = " ".join([*kept, text[head_start:head_end]])
        start = head_end - len(phrase)
        if _BASELINES_AFTER.match(text, head_end):
            continue  # "matches iterative refinement baselines": the methods compared with, not a task
        if text[start:head_end] == phrase:
            spans.append((start, head_end))
    return spans


_BASELINES_AFTER = re.compile(r"\s+baselines?\b")


class _Candidates:
    """Task keys with their evidence occurrences and scores; ``means`` are title phrases naming the method."""

    def __init__(self) -> None:
        self.found: dict[str, list[tuple[Section, int, int, str]]] = {}
        self.scores: Counter[str] = Counter()
        self.means: set[str] = set()

    def add(self, key: str, section: Section, start: int, end: int, rule: str, score: float) -> None:
        key = key.lower()
        self.found.setdefault(key, []).append((section, start, end, rule))
        self.scores[key] = max(self.scores[key], score) if rule.startswith("task_title") else self.scores[key] + score


def _is_known_task_head(key: str) -> bool:
    """Whether a Papers with Code entry ends like a task ("land cover classification", "image editing"), not like a
    thing ("time series", "knowledge graphs") or a learning technique ("ensemble learning")."""
    last = key.rsplit(" ", 1)[-1]
    return last in _HEAD_STEMS or (last not in _TECHNIQUE_ENDS and last.endswith(("tion", "sion", "ment", "ysis", "ing")))


_CARRIER_WORDS = frozenset("charge carrier hole electron exciton".split())
_TECHNIQUE_ENDS = frozenset("learning attention convolution engineering".split())


# What a materials or device paper's title is "for": the kind of device is the problem it works on.
_APPLICATION_HEADS = frozenset("""cells cell batteries battery photovoltaics electrodes electrolytes leds
photodetectors supercapacitors transistors lasers membranes electrocatalysts anodes cathodes""".split())


# The devices a materials paper's text says something is for or in ("top cells for perovskite/silicon tandem solar
# cells", "lithium-ion transport in quasi solid-state electrolytes"): the problem it works on, as in its title.
# (Substrings one of which every device phrase holds: a cheap test before the pattern, which is tried at every
# position; "electro" covers electrodes, electrolytes and electrocatalysts, "LED" the plural "LEDs".)
_DEVICE_STEMS = ("cell", "batter", "photovolt", "electro", "LED", "photodetect", "capacitor", "transistor", "laser",
                 "membrane", "anode", "cathode")
_DEVICE_PHRASE = re.compile(rf"\b(?:for|in)\s+((?:[\w/\u2010-]+\s+){{1,5}}(?:{'|'.join(sorted(_APPLICATION_HEADS))}))\b",
                            re.IGNORECASE)
_DEVICE_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(_APPLICATION_HEADS))})\b", re.IGNORECASE)  # (titles: short)


def _device_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the device phrases after "for" or "in" (two words at least, without evaluative words before the
    modifiers, numbers or units)."""
    for stem in _DEVICE_STEMS:  # (a loop: faster than any() over a generator)
        if stem in text:
            break
    else:
        return []
    spans = []
    for match in _DEVICE_PHRASE.finditer(text):
        words = match.group(1).split()
        kept = _device_words(words)
        if kept >= 2:
            spans.append((match.end(1) - len(" ".join(words[-kept:])), match.end(1)))
    return spans


def _device_words(words: list[str]) -> int:
    """How many of the last ``words`` (up to six) name the device their last word is: its modifiers, read leftwards,
    without evaluative words, a number or its unit ("for 1.68 eV Wide-Bandgap Perovskite Solar Cells")."""
    kept = 1
    while kept < min(len(words), 6) and _is_modifier(words[-kept - 1]) and not any(
            w[:1].isdigit() for w in words[-kept - 2:-kept]):
        kept += 1
    return kept


def _is_purpose_head(word: str) -> bool:
    """Whether a title's "for X" ends in a task-like head: a task head or a nominalisation ("... Removal")."""
    low = word.lower()
    if low in _HEAD_STEMS or low.rstrip("s") in _HEAD_STEMS or low == "problem":
        return True
    return low not in _NOT_PURPOSE_HEADS and "-" not in low and low.endswith(_NOMINAL_SUFFIXES)


def _is_purpose_modifier(word: str) -> bool:
    """Whether ``word`` can modify the head of a title's "for X": a modifier, or a plural or possessive noun (in a
    title's purpose it is no verb: "for Sales Chatbot Evaluation", "for Alzheimer's Disease Detection")."""
    if _is_modifier(word):
        return True
    low = word.lower()
    return low.endswith(("s", "'s", "’s")) and low not in _NOT_MODIFIER and low[0].isalnum()


def _is_served_inference(words: list[str]) -> bool:
    """A title's "for High-Throughput LLM Inference", "for Energy-Efficient DNN Inference": serving a kind of model is
    the problem (a bare "for Efficient Inference" or "for Bayesian Inference" is not)."""
    return words[-1].lower() == "inference" and (len(words) >= 3 or len(words) == 2 and words[0].isupper()) and \
        not any(word[0].isdigit() for word in words)  # (not a size: "for Replicated 27B Inference")


def _is_learning_setting(words: list[str]) -> bool:
    """A title's "for Offline Reinforcement Learning", "for Continual Learning": a learning setting is the problem
    the paper addresses (a bare "for Learning", "for Deep Learning" or "for Machine Learning" is not)."""
    return len(words) >= 2 and words[-1].lower() == "learning" and words[-2].lower() not in _GENERIC_LEARNING


_INDEFINITE = frozenset("anything everything something all any every".split())
_GENERIC_LEARNING = frozenset("deep machine statistical".split())


# Title verbs whose "-ed" form opening a title is an adjective ("Accelerated Discovery of ...", "Mapped ...").
_TITLE_START_PARTICIPLES = frozenset("accelerat mapp identif correct count decod steer prun remov rank solv animat "
                                     "analy anticipat".split())
_AGAINST = re.compile(rf"\s+against\s+((?:{_WORD}\s+){{0,2}}{_WORD})", re.IGNORECASE)
# Prepositions that end a title verb's object as function words do ("Defending X Against Y").
_OBJECT_END = frozenset("against beyond through versus vs despite upon along amid".split())


def _goes_on(text: str, end: int) -> bool:
    """Whether the noun phrase ending at ``end`` goes on with another word (not a function word or punctuation)."""
    rest = text[end:end + 40].split(maxsplit=1)
    if not rest or not text[end:end + 1].isspace():
        return False
    word = rest[0].lower()
    return word[:1].isalnum() and word not in FUNCTION_WORDS and word not in _OBJECT_END


def _object_words(words: list[str]) -> list[str]:
    """The words of a title's object phrase up to the first function word ("Hallucinations in X" -> Hallucinations);
    none for an indefinite object ("Segment Anything in ...")."""
    kept: list[str] = []
    if words and words[0].lower() in _INDEFINITE:
        return kept
    for word in words:
        if word.lower() in FUNCTION_WORDS or word.lower() in _OBJECT_END:
            if kept:
                break
            continue
        kept.append(word)
    return kept


def _title_candidates(title: Section, cands: _Candidates) -> None:
    text = title.text
    colon = re.search(r"[:：]\s*", text)
    body_start = colon.end() if colon else 0
    body = _TITLE_MEANS.sub("", text[body_start:])
    means_start = body_start + len(body)
    purpose_start = len(text)  # title phrases before a stated purpose describe the method
    for match in _TITLE_FOR.finditer(text):
        words = match.group(1).split()
        end = match.end(1)
        if len(words) >= 2 and words[-1].lower() in ("tasks", "task"):
            words = words[:-1]  # "for Multi-Robot Coordination Tasks": the kind of task is the task
            end = match.start(1) + len(" ".join(words))
        if len(words) == 1 and words[0].lower().endswith("ing") and words[0].lower() not in _HEAD_SET and \
                text.startswith(",", match.end(1)):
            continue  # "for Designing, Developing, and Deploying X": verbs in a row, their object later
        if len(words) == 1 and words[0].lower() in _MATERIALS_PROCESS_HEADS:
            continue  # "... Frameworks for Storage": what is stored names the task, not the bare process
        if _singular(words[-1]).lower() in _STUDIED_AFTER_FOR:
            continue  # "Regularity for the Sigma-2 Equation": what is studied, no task
        if 1 <= len(words) <= 6 and (_is_purpose_head(words[-1]) or _is_learning_setting(words) or
                                     _is_served_inference(words)) and all(
                _is_purpose_modifier(w) for w in words[:-1]):
            cands.add(text[match.start(1):end], title, match.start(1), end, "task_title_for", _SCORE_PURPOSE)
            purpose_start = min(purpose_start, match.start())
            other = _AND_HEAD.match(text, end)
            if other and len(words) > 1:  # "for Video Generation and Editing" -> also "video editing"
                key = " ".join([*words[:-1], other.group(1)])
                cands.add(key, title, other.start(1), other.end(1), "task_title_for", _SCORE_PURPOSE)
        elif words[-1].lower() in _APPLICATION_HEADS:  # "... for Efficient Flexible Perovskite Solar Cells"
            kept = _device_words(words)
            if kept >= 2:  # the devices the paper is for, without its evaluative words
                start = end - len(" ".join(words[-kept:]))
                cands.add(text[start:end], title, start, end, "task_title_for", _SCORE_PURPOSE)
                purpose_start = min(purpose_start, match.start())
    # The devices a materials title names anywhere: "Stable and Eco-Friendly Inorganic Lead-Free Perovskite Solar
    # Cells: ...", "Breaking Barriers in FAPbI3 Perovskite Photovoltaics".
    for match in _DEVICE_HEAD.finditer(text):
        words = text[:match.end()].split()
        kept = _device_words(words)
        if kept >= 2:
            start = match.end() - len(" ".join(words[-kept:]))
            cands.add(text[start:match.end()], title, start, match.end(), "task_title_device", _SCORE_TITLE)
    for match in _TITLE_VERB.finditer(text, colon.start() if colon else 0):
        purpose = match.group(0).split()[0].lower() in ("to", "for")
        if match.start() >= means_start and not purpose:
            continue  # "... via Generating Y" names the means
        verb = match.group(1).lower()
        if text[match.start(1):match.end(1) + 3].lower().endswith("ed ") and (
                purpose or verb in _TITLE_START_PARTICIPLES):
            continue  # "Accelerated Discovery of X", "... to Measured Data": an adjective
        kept = _object_words(match.group(2).split())
        if not kept or match.group(2).split()[0].lower() in FUNCTION_WORDS:
            continue
        end = match.start(2) + len(" ".join(kept))
        threat = _AGAINST.match(text, end) if verb == "defend" else None
        if threat:  # "Defending X Against Jailbreaks" -> "jailbreak defense"
            kept = _object_words(threat.group(1).split()) or kept
            end = threat.start(1) + len(" ".join(kept)) if kept[0] in threat.group(1) else end
        key = " ".join([*map(_singular, kept), _VERB_NOUN[verb]])
        if _VERB_NOUN[verb] == "solving" and _singular(kept[-1].lower()) == "problem":
            key = " ".join(map(_singular, kept))  # "Solving Vehicle Routing Problems": the problem names the task
        cands.add(key, title, match.start(1), end, "task_title_verb", _SCORE_PURPOSE)
        if purpose:
            purpose_start = min(purpose_start, match.start())

    lead = _LEAD_NP.match(text, body_start)
    lead_end = lead.end() if lead else body_start

    def add_title(key: str, start: int, end: int, rule: str) -> None:
        if start < lead_end and end <= purpose_start < len(text):
            cands.means.add(key.lower())
        else:
            cands.add(key, title, start, end, rule, _SCORE_TITLE)

    for match in _gap_matches(_TITLE_OF, _TITLE_OF_GAP, text):
        head = _singular(text[match.start(1):match.end(1)])
        written = text[match.start(2):match.end(2)]
        kept = _object_words(written.split())
        if kept and kept[-1] == written.split()[-1] and _goes_on(text, match.end(2)):
            continue  # the object is cut after four words ("Synthesis of Redox-Active Piperazine-Linked Covalent
            # Organic Frameworks"): its last word, the thing itself, is missing
        if kept and all(_is_modifier(w) for w in kept[:-1]):
            end = match.start(2) + written.find(kept[-1]) + len(kept[-1])
            add_title(" ".join([*map(_singular, kept), head]), match.start(1), end, "task_title_of")
    title_phrases = _gap_matches(_TASK_PHRASE, _TASK_PHRASE_GAP, body)
    if "valuation" in body:
        title_phrases += list(_TITLE_EVALUATION.finditer(body))
    for match in title_phrases:
        written = body[match.start(1):match.end(1)].split()
        words = _modifiers(written[:-1])
        if words:
            phrase = " ".join([*words, written[-1]])
            start = body_start + match.end(1) - len(phrase)
            add_title(phrase, start, start + len(phrase), "task_title_phrase")
            other = _AND_HEAD.match(body, match.end(1))
            if other:  # "Single Image Inpainting and Super-Resolution": the second task shares the modifiers
                add_title(" ".join([*words, other.group(1)]), body_start + other.start(1), body_start + other.end(1),
                          "task_title_phrase")
    for match in _TITLE_TASK_BEFORE_METHOD.finditer(text):
        written = match.group(1).split()
        words = [w for w in _modifiers(written[:-1]) if not w.lower().endswith("-based")]  # (the means)
        if match.start() >= means_start or text[:match.start()].rstrip().lower().endswith((" in", " of", "'s", "’s")):
            continue  # the means ("via A Goal Enhancement Framework") or what is studied ("Bias in X's Captioning System")
        if words and not (written[-1].lower() == "reasoning" and match.group(2).lower().startswith("model")):
            phrase = " ".join([*words, written[-1]])
            start = match.end(1) - len(phrase)
            add_title(phrase, start, match.end(1), "task_title_method")
    for match in _TITLE_SUB.finditer(text):
        words = match.group(1).split()
        if 1 <= len(words) <= 6 and words[-1].lower().rstrip("s") in _HEAD_STEMS \
                and all(_is_modifier(w) for w in words[:-1]):
            add_title(match.group(1), match.start(1), match.end(1), "task_title_subtitle")
    _improved_object(title, purpose_start, cands)


# A title that opens by improving or rethinking something ("Rethinking KL Regularization in RLHF", "FlowSearch:
# Advancing deep research with ...", "Enabling Sign Language Processing in X"): what it improves is the problem it
# works on, with what it concerns ("in RLHF"), up to the means.
_TITLE_IMPROVES = re.compile(
    r"(?:^|[:：]\s*)(?:enhanc|improv|advanc|rethink|revisit|enabl|empower|boost|unlock)ing\s+(?:the\s+)?"
    r"([^:：,;?]+?)(?=\s+(?:via|with|using|through|by|from|based\s+on)\b|\s*[:：,;?]|\.?\s*$)", re.IGNORECASE)


# Qualities an improvement verb names before the problem they are qualities of.
_QUALITY_NOUNS = frozenset("performance efficiency stability robustness accuracy quality reliability scalability "
                           "generalization generalisation".split())


def _improved_object(title: Section, purpose_start: int, cands: _Candidates) -> None:
    """The object of a title's opening improvement verb as a task: two to eight words whose head (the word before
    their first function word) is no plural thing ("Improving Contrastive Audio-Visual Mask Autoencoders",
    "Advancing Radiology Foundation Models": a model), no bare quality and no means of a purpose after it ("Enhancing
    Feature Fusion for Object Detection")."""
    text = title.text
    for match in _TITLE_IMPROVES.finditer(text):
        if match.start(1) < purpose_start < match.end(1):
            continue
        words = match.group(1).split()
        noun = next((i for i, w in enumerate(words) if w.lower() in FUNCTION_WORDS), len(words))
        if noun == 0 or not 2 <= len(words) <= 8:
            continue
        head = words[noun - 1]
        if head.lower() in _QUALITY_NOUNS:  # "Improving Continual Learning Performance and Efficiency with X"
            words = words[:noun - 1]
            if len(words) < 2:
                continue  # "Enhancing Efficiency and Stability of X": a quality, the task named elsewhere
            head = words[-1]
        if _singular(head) != head or not head[:1].isalnum():
            continue
        end = match.start(1) + len(" ".join(words))
        cands.add(" ".join(words), title, match.start(1), end, "task_title_improves", _SCORE_TITLE)


# The last resort for a paper no other rule gives a task: the title's first noun phrase that ends in a
# nominalisation ("Deterministic Nonsmooth Nonconvex Optimization", "Locally Private Sampling with Public Data", "...
# in Multi-Party Collaboration"). Phrases are the runs between these separators; those after a means word
# ("via X", "using X") name the method, and phrases opening with a verb ("Decoupling Exploration") are not noun
# phrases.
_TITLE_CHUNK_SEPARATOR = re.compile(
    r"\s*[;,?!]\s*|\s+(?:for|via|with|using|in|of|on|by|from|through|towards?|to|under|across|and|or|based\s+on|"
    r"enables?|improves?|shapes?|meets?|as|at|beyond|without|within|into|vs\.?|versus|&)\s+", re.IGNORECASE)
_MEANS_SEPARATORS = frozenset(("via", "with", "using", "through", "by", "from", "based on"))
# Nominalisations that name no problem ("Future-imposed Conditions", "More Directions").
_NOT_TASK_NOUNS = frozenset("""learning training representation performance application information computing
engineering processing setting condition solution direction decision environment occupation implication perspective
question limitation foundation preference capability distance thing consumption dimension""".split())
# Nouns in -tion that name an object a paper studies, not a problem it solves (unless a verb governs them in the title:
# "Modeling Protein-Nucleic Acid Interactions").
_OBJECT_NOUNS = frozenset("equation function interaction".split())
_STUDIED_AFTER_FOR = frozenset(("equation", "function"))  # (not "interaction": "for Smartphone Interaction" is a task)
_PARTICLES = frozenset("up down out off over back away".split())
_TASK_NOUN_SUFFIXES = _NOMINAL_SUFFIXES + ("ance", "ence", "ity", "ics")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b")


def _title_chunks(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, separator before it)`` of the runs of ``text`` between title separators, from ``start``
    (the separator lower-cased, its blanks single; "" for the first run)."""
    before = ""
    for sep in _TITLE_CHUNK_SEPARATOR.finditer(text, start):
        yield start, sep.start(), before
        start, before = sep.end(), " ".join(sep.group(0).lower().split())
    yield start, len(text), before


def _title_fallback(title: Section, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Offsets of the title's first noun phrase (two to five words) ending in a task-like nominalisation, after a
    "Name:" prefix, that is not the means, a name the paper's entities hold (``named``: their title spans) or the
    long form of an acronym in the title ("GAPO: Group Adaptive Policy Optimization ...")."""
    text = title.text
    colon = re.search(r"[:：]\s*", text)
    body_start = colon.end() if colon else 0
    acronyms = _ACRONYM.findall(text)
    return _fallback_phrase(text, body_start, len(text), named, acronyms)


def _topic_fallback(title: Section, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The last resort after :func:`_title_fallback`: the first task-like noun phrase before the title's colon when
    that part is a topic phrase, not a name ("Global Optimality of Actor-Critic: A Study on ...")."""
    text = title.text
    colon = re.search(r"[:：]", text)
    if colon is None or not _TOPIC_BEFORE_COLON.search(text, 0, colon.start()):
        return None
    return _fallback_phrase(text, 0, colon.start(), named, _ACRONYM.findall(text))


# What a title's part after its colon says the paper is: a study, benchmark or dataset of the topic before it
# ("Filtered Approximate Nearest Neighbor Search: A Unified Benchmark and ...", "Deceptive Humor: A Synthetic
# Multilingual Benchmark Dataset for ...").
_STUDY_AFTER_COLON = re.compile(r"[:：]\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?(?:benchmark|dataset|study|survey|review|"
                                r"evaluation|analysis|investigation|comparison|overview|corpus)s?\b(?!\s+(?:on|of|in)\b)",
                                re.IGNORECASE)  # (not "Preference Packing: A Study on Convergence Rates": its topic)


def _studied_topic(title: Section, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The last resort after :func:`_topic_fallback`: the noun phrase before the title's colon (two to five words,
    no acronym, digit or plural head: not a name, a clause or a kind of thing) when the part after it says the paper
    studies or benchmarks it."""
    text = title.text
    match = _STUDY_AFTER_COLON.search(text)
    if match is None:
        return None
    words = text[:match.start()].split()
    if not 2 <= len(words) <= 5 or _ACRONYM.search(text, 0, match.start()) or \
            any(ch.isdigit() for ch in text[:match.start()]) or _verb_like_ing(words[0]):
        return None
    if _singular(words[-1]) != words[-1] or not all(_is_modifier(w) for w in words[:-1]):
        return None
    start, end = text.find(words[0]), match.start()
    end = start + len(text[start:end].rstrip())
    if any(s < end and start < e for s, e in named):
        return None
    return start, end


# A part before a title's colon that holds a function word is a topic phrase, not a name ("Zero-Incoherence Capacity of
# Interactive Encoding Systems: Achievability, ...", "On Generalization in Agentic Tool Calling: ...").
_TOPIC_BEFORE_COLON = re.compile(r"\s(?:of|in|for|on|from|with|under)\s", re.IGNORECASE)
_EVALUATIVE_WORDS = frozenset(_EVALUATIVE.split())


def _fallback_phrase(text: str, body_start: int, body_end: int, named: Sequence[tuple[int, int]],
                     acronyms: list[str]) -> tuple[int, int] | None:
    """The first task-like noun phrase of ``text[body_start:body_end]`` (see :func:`_title_fallback`)."""
    for start, end, separator_before in _title_chunks(text[:body_end], body_start):
        words = text[start:end].split()
        while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _EVALUATIVE_WORDS or
                         words[0].lower().endswith(("-driven", "-based", "-guided"))):
            words.pop(0)  # "Efficient Preference Optimization", "Cascade-driven Opinion Dynamics": the evaluative
            # word or the means is no part of the task
        lead = 1 if len(words) > 3 and words[0].lower().endswith("ly") and _verb_like_ing(words[1]) else 0
        verbed = len(words) > lead + 2 and _verb_like_ing(words[lead]) and words[lead + 1].lower() not in _PARTICLES
        if verbed:
            del words[:lead + 1]  # "(Efficiently) Scaling GUI Automation": the verb's object is the task
        if separator_before in _MEANS_SEPARATORS or not 2 <= len(words) <= 5:
            continue
        phrase = " ".join(words)
        start = text.find(phrase, start)
        if start < 0 or "$" in phrase or phrase.isupper() or _verb_like_ing(words[0]) or \
                re.search(r"n['’]t\b", phrase):  # a clause with a negated verb ("Don't Pay Attention")
            continue
        last = _singular(words[-1]).lower()
        if words[0].lower() in _CARRIER_WORDS:
            continue  # a physical process or quantity of charge carriers ("Charge Density, Urbach Energy ...")
        if last in _NOT_TASK_NOUNS or last in _STUDY_NOUNS or last in _INDEFINITE or not (last.endswith(_TASK_NOUN_SUFFIXES) or _is_learning_setting(words)):
            continue
        if last in _OBJECT_NOUNS and not verbed and not words[0].lower().endswith("ing"):
            continue  # "the Euler Equations", "Harmonic Functions", "Long-Range Interactions": what is studied, no task
        if not all(_is_modifier(w) or w.lower().endswith(("ed", "ly")) for w in words[:-1]):
            continue  # a verb or a plural inside: a clause ("Zeolites Synergistically Boost Alkane Activation")
        if any(s < start + len(phrase) and start < e for s, e in named) or any(
                _spells(words, short) for short in acronyms if short not in words):
            continue
        return start, start + len(phrase)
    return None


# A title's single nominalisation with what it concerns: "Fairness in Regression", "Stagnation in Evolutionary
# Algorithms", "the Exploration of High-Dimensional Images" (the object up to four words, ended as a title purpose is).
_NOUN_TOPIC = re.compile(r"\b([A-Z][a-z]+(?:tion|sion|ment|ing|ysis|ity|ance|ence|ness))\s+(?:in|of)\s+"
                         rf"(?:the\s+)?(?:{_WORD}\s+){{0,3}}{_WORD}{_PURPOSE_END}")
_AUXILIARIES = frozenset("is are was were be been can could does do did will would should may might must has have had"
                         .split())
_COORDINATED = re.compile(r"(?:\s(?:and|or|&)|,)\s+$", re.IGNORECASE)
# Nouns that name a study of a topic, not a problem ("Influence of X", "An Investigation of X").
_STUDY_NOUNS = frozenset("""investigation influence impact role comparison comparability importance relevance
significance existence emergence integration implementation validation improvement""".split())


def _noun_topic_fallback(title: Section, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The last resort after :func:`_topic_fallback`: the title's first single nominalisation with the "in"/"of"
    phrase it concerns, unless the noun names a study, no problem, or a name the paper's entities hold."""
    for match in _NOUN_TOPIC.finditer(title.text):
        noun = match.group(1).lower()
        if noun in _STUDY_NOUNS or noun in _NOT_TASK_NOUNS or noun.endswith("thing") or \
                _COORDINATED.search(title.text, 0, match.start()):  # ("Segment Anything in X": no noun)
            continue  # (a noun coordinated with another, "Ownership and Integrity in X", is not the one topic)
        if any(w.lower() in _AUXILIARIES for w in match.group(0).split()[2:]):
            continue  # a clause: "Causality in Video Diffusers is Separable"
        if any(s < match.end(1) and match.start(1) < e for s, e in named):
            continue
        return match.span()
    return None


# A title that opens with the property of an object it establishes, the way theory papers are titled: "Well-posedness of
# the compressible boundary layer equations with ...", "Global Existence for a Class of Keyfitz--Kranzer Systems with
# ...", "Remarks on Lifespan and Continuation Criteria of ... Models", "Jet-Density of Finite-Gap Solutions for ...".
# The property (one or two coordinated nominalisations, a modifier each at most), "of"/"for"/"to" and its object, up to
# the means or the end.
_PROPERTY_NOUN = r"(?:[A-Z]?[a-z]+[-‐])?[A-Za-z]*(?:ness|ity|ence|ance|tion|sion|ment|span|(?i:density|criteria|bounds?))"
_PROPERTY_TOPIC = re.compile(
    rf"^(?:(?:Remarks|Notes?|A\s+[Nn]ote|Results)\s+on\s+|On\s+)?(?:the\s+)?((?:(?!(?i:{_TITLE_FUNCTION_WORD}|from\s|towards?\s|beyond\s|why\s|how\s|when\s|what\s))[A-Za-z-]+\s+)?"
    rf"{_PROPERTY_NOUN}"
    rf"(?:\s+(?:and|&)\s+(?:[A-Za-z-]+\s+)?{_PROPERTY_NOUN})?\s+(?:of|for|to)\s+(?:(?!with\b|via\b|using\b|through\b|"
    rf"under\b|by\b|from\b)[^\s:：,;]+\s+){{0,7}}?[^\s:：,;]+?)(?=\s+(?:with|via|using|through|by|under|from|and\s+its|"
    rf"and\s+applications?)\b|\s*[:：,;]|\s*$)")


_REPORT_NOUNS = (_STUDY_NOUNS - {"existence"}) | frozenset("description introduction discussion presentation".split())


def _property_topic(title: Section, named: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The last resort of a title with no task-like phrase: the property of an object it opens with (see
    :data:`_PROPERTY_TOPIC`), unless a name the paper's entities hold is in it."""
    match = _PROPERTY_TOPIC.match(title.text)
    if match is None or "$" in match.group(1) or match.group(1).split()[0].lower() in _REPORT_NOUNS:
        return None  # ("Description of the Training Process of ...": what the paper gives, not a property)
    start, end = match.span(1)
    if any(s < end and start < e for s, e in named):
        return None
    return start, end


def _without_means(title: str) -> str:
    """The lower-cased title without its means ("FlowCritic: Bridging Value Estimation" of "... with Flow Matching")."""
    colon = re.search(r"[:：]\s*", title)
    body_start = colon.end() if colon else 0
    return " ".join((title[:body_start] + _TITLE_MEANS.sub("", title[body_start:])).lower().split())


# A short form in brackets right after its long form: "multimodal large language models (MLLMs)".
_BRACKETED_SHORT = re.compile(r"\(([A-Za-z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*?)s?\)")


def _short_forms(sections: list[Section]) -> dict[str, str]:
    """The long forms of two words or more that the English text abbreviates (lower-cased, without a plural "s"),
    with their short forms."""
    pairs: dict[str, str] = {}
    for section in sections:
        if section.lang != "en" or "(" not in section.text:
            continue
        text = section.text
        for match in _BRACKETED_SHORT.finditer(text):
            words = text[max(0, match.start() - 120):match.start()].split()
            short = match.group(1)
            if any(ch.isdigit() for ch in short) or sum(ch.islower() for ch in short) > 1:
                continue  # a name ("EMO-R3", "LiSeg"), not an abbreviation
            count = long_form_for(words, short)
            if count is not None and count >= 2:
                pairs[" ".join([*words[-count:-1], _singular(words[-1])]).lower()] = short
    return pairs


# Long forms the field writes short whether or not a paper defines them ("evaluating large language model reasoning"
# is also "evaluating LLM reasoning"), longest first.
_COMMON_SHORT_FORMS = {"multimodal large language model": "MLLM", "large language model": "LLM",
                       "vision-language model": "VLM", "vision language model": "VLM",
                       "retrieval-augmented generation": "RAG", "reinforcement learning": "RL",
                       "natural language processing": "NLP", "visual question answering": "VQA"}


def _with_short_forms(names: list[str], short_forms: dict[str, str]) -> list[str]:
    """``names`` with a long form the paper abbreviates written short inside a longer name ("MLLM distillation" for
    "multimodal large language model distillation"): the guidelines name an entity by its short form."""
    out: list[str] = []
    for name in names:
        low = name.lower()
        for long_form, short in short_forms.items():
            if long_form in low:
                written = re.sub(rf"\b{re.escape(long_form)}s?\b", short, low)
                if written not in (low, short) and written not in out:  # (a bare short form is ambiguous across
                    out.append(written)  # papers: "SE" is speech enhancement here, software engineering there)
    return out


# The subject an abstract opens with, when the sentence says what it is or does: "GUI agents have emerged as ...",
# "Continual learning is crucial for ...", "Multi-task reinforcement learning aims to ...". A bare noun phrase of two
# to five words (no determiner), a bracketed short form allowed after it.
_OPENING_SUBJECT = re.compile(
    r"((?:[A-Za-z][\w\-]*\s+){1,4}[A-Za-z][\w\-]*)\s+(?:\([^()]{1,30}\)\s+)?"
    r"(?:is|are|has|have|aims?|remains?|represents?|promises?|plays?|seeks?|refers?|constitutes?|enables?)\b")
# Or the field it opens in: "In combinatorial semi-bandits, a learner ...", "Recent advances in 3D scene
# representation have ...".
_OPENING_FIELD = re.compile(
    r"(?:In|(?:The\s+)?(?:[Rr]ecent\s+)?(?:[a-z]+\s+)?(?:advances|progress|developments?)\s+(?:in|of))\s+"
    r"((?:[a-z0-9][\w\-]*\s+){0,4}[a-z0-9][\w\-]*)(?:\s+\([^()]{1,30}\))?(?:,|\s+(?:has|have|represents?)\b)")
_OPENING_NOT_TASK = frozenset("models model networks network llms llm methods method approaches approach "
                              "architectures transformers".split())
# Words that open no task phrase: pronouns and words of time or concession ("Recent advances ...", "While ...").
_STOP_OPENERS = frozenset("""we it they there here recent recently existing current modern despite although while as
when since given""".split())


def _opening_subject(sections: list[Section], cands: _Candidates) -> list[str]:
    """The last resort for a paper nothing else gives a task: the noun phrase the English abstract opens with, when
    it is the subject of "is/are/has/aims ..." or the field the sentence is set in ("In X, ...", "Recent advances in
    X have ..."), and not a kind of model or method ("Large language models are ...")."""
    abstract = next((s for s in sections if s.name == "abstract" and s.lang == "en"), None)
    if abstract is None:
        return []
    match = _OPENING_SUBJECT.match(abstract.text) or _OPENING_FIELD.match(abstract.text)
    if match is None:
        return []
    words = match.group(1).split()
    if len(words) < 2 or words[0].lower() in FUNCTION_WORDS or words[0].lower() in _STOP_OPENERS or \
            words[-1].lower() in _OPENING_NOT_TASK or not all(_is_modifier(w) for w in words[:-1]):
        return []
    key = match.group(1).lower()
    cands.found[key] = [(abstract, match.start(1), match.end(1), "task_opening_subject")]
    return [key]



def _fallback_chosen(title: Section, span: tuple[int, int] | None, cands: _Candidates) -> list[str]:
    """The key of a fallback title phrase at ``span`` (none without one), its evidence recorded in ``cands``."""
    if span is None:
        return []
    key = title.text[span[0]:span[1]].lower()
    cands.found[key] = [(title, *span, "task_title_fallback")]
    return [key]


def _spells(words: list[str], short: str) -> bool:
    """Whether ``words`` are the long form of ``short``, or of its first part ("Index Coding" and "ICQuant")."""
    if long_form_for(words, short) == len(words):
        return True
    initials = "".join(w[0] for w in re.split(r"[\s\-\u2010\u2011]+", " ".join(words)) if w).upper()
    return short.upper().startswith(initials)


def _title_words(text: str) -> frozenset[str]:
    """Singular content words that are not task heads (shared words tie a text phrase to the title)."""
    singular = {_singular(w) for w in _content(text)}
    return frozenset(w for w in singular if len(w) > 2 and w not in _HEAD_STEMS)


# Task phrases recur across papers ("semantic segmentation"): their words are memoised (bounded, a pure function).
_phrase_words = lru_cache(maxsize=1 << 14)(_title_words)


def _choose(cands: _Candidates, min_score: float, among: set[str] | None = None) -> list[str]:
    """Up to :data:`MAX_TASKS` candidates (of ``among`` when given) scoring at least ``min_score``, best first,
    without the title's means and without a phrase whose words hold, or are held by, those of one chosen before
    ("image editing" after "multi-turn image editing")."""
    chosen: list[str] = []
    for key, score in sorted(cands.scores.items(), key=lambda kv: -kv[1]):
        if len(chosen) >= MAX_TASKS or score < min_score:
            break
        if key in cands.means or (among is not None and key not in among):
            continue
        words = set(_CONTENT_WORD.findall(key))
        if any(words <= set(_CONTENT_WORD.findall(c)) or set(_CONTENT_WORD.findall(c)) <= words for c in chosen):
            continue
        chosen.append(key)
    return chosen


# Summary parts of a digest that say why and with what outcome a paper works (not how).
_GOAL_SUMMARY_PARTS = frozenset({"motivation", "result", "conclusion"})


def _describes_means(section_names: set[str]) -> bool:
    """Whether a text phrase found in ``section_names`` names how a method works rather than its task: a digest's
    method summary names it, and no summary part that says what the paper is for or achieves does (the abstract and
    the one-line summary aside). Measured on the dev sets: 29 such phrases wrong, 2 right ("multi-stage screening",
    "elemental mapping", "fuzzy retrieval", "bandwidth adaptation", "line search")."""
    return "method" in section_names and not section_names & _GOAL_SUMMARY_PARTS


def extract_tasks(paper_id: str, sections: list[Section],
                  known: Sequence[tuple[Section, int, int]] = (),
                  named: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Up to :data:`MAX_TASKS` task mentions, title-derived first, then well-supported text phrases; when none is,
    the last resorts in turn: the title's first task-like noun phrase (:func:`_title_fallback`), the text phrases
    tied to the title, a topic phrase before the title's colon, a single title noun with its topic, and the subject
    or field the abstract opens with (:func:`_opening_subject`). Tasks get the short forms the paper defines for their
    long forms as aliases.

    ``known``: where the text names a Papers with Code task (the lexicon matcher's spans); one that shares a word
    with the title is a text phrase too, whatever its head. ``named``: the title spans of the paper's entities.
    """
    pwc = _pwc_tasks()
    techniques = _technique_names()
    cands = _Candidates()
    title = next((s for s in sections if s.name == "title"), None)
    title_words: frozenset[str] = frozenset()
    title_purpose = ""
    if title is not None:
        _title_candidates(title, cands)
        title_words = _title_words(title.text)
        title_purpose = _without_means(title.text)
    text_counts: Counter[str] = Counter()
    cued: set[str] = set()
    strongly_cued: set[str] = set()
    in_passing: set[str] = set()
    found_in: dict[str, set[str]] = {}
    for section in sections:
        if section.lang != "en" or section.name == "title":
            continue
        for start, end in _phrase_spans(section):
            key = section.text[start:end].lower()
            cands.found.setdefault(key, []).append((section, start, end, "task_phrase"))
            text_counts[key] += 1
            found_in.setdefault(key, set()).add(section.name)
            if section.text[max(0, start - 6):start].rstrip().lower().endswith(_STRONG_CUE_ENDS) and \
                    _STRONG_CUE_BEFORE.search(section.text, max(0, start - 50), start):
                strongly_cued.add(key)
            elif _STRONG_CUE_AFTER.match(section.text, end) or (
                    "task" in section.text[max(0, start - 30):start] and
                    _TASK_EXAMPLE_BEFORE.search(section.text, max(0, start - 30), start)):
                strongly_cued.add(key)
            elif _CUE_BEFORE.search(section.text, max(0, start - 30), start) or _CUE_AFTER.match(section.text, end):
                cued.add(key)
            elif _PASSING_BEFORE.search(section.text, max(0, start - 80), start):
                in_passing.add(key)
        for start, end in _device_spans(section.text):
            key = section.text[start:end].lower()
            cands.found.setdefault(key, []).append((section, start, end, "task_device"))
            text_counts[key] += 1
            strongly_cued.add(key)
    from_lexicon: set[str] = set()
    for section, start, end in known:
        if section.lang != "en" or section.name == "title":
            continue
        key = section.text[start:end].lower()
        if key not in from_lexicon and (key in text_counts or any(k.endswith(" " + key) for k in text_counts)):
            continue  # already a task-headed phrase, or part of a narrower one ("tabular question answering")
        if not title_words & _phrase_words(key) or not _is_known_task_head(key):
            continue  # a known task named in passing is not the paper's unless its title says so too
        from_lexicon.add(key)
        cands.found.setdefault(key, []).append((section, start, end, "task_lexicon"))
        text_counts[key] += 1
    titled: set[str] = set()  # text phrases that share a word with the title
    for key, count in text_counts.items():
        in_title = bool(title_words & _phrase_words(key))
        if in_title:
            titled.add(key)
        if (key in techniques or key.replace("-", " ") in techniques) and key not in title_purpose:
            continue  # "model merging" used as a technique, not the problem the paper addresses (unless its title
            # names it outside the means: "... Neural Architecture Search Method", not "... with Flow Matching")
        if key.endswith(" analysis") and key not in title_purpose and key not in strongly_cued:
            continue  # "SHAP analysis", "thermogravimetric analysis": how the paper studies its problem
        if key.split(" ", 1)[0] in _CARRIER_WORDS or key.startswith("energy level"):
            continue  # "charge extraction", "energy level alignment": device physics, not the problem addressed
        if count == 1 and key in in_passing and not in_title:
            continue  # "leverages cross-modal alignment", "applications such as fraud detection"
        if not in_title and key not in pwc and _describes_means(found_in.get(key, set())):
            continue  # "a multi-stage screening workflow", "fuzzy retrieval": how the method works
        cands.scores[key] += count + _W_PWC * (key in pwc) + _W_TITLE * in_title + _W_CUE * (key in cued) + \
            _W_STRONG_CUE * (key in strongly_cued)
    chosen = _choose(cands, _MIN_SCORE)
    chosen_first = bool(chosen)
    if not chosen and title is not None:
        chosen = _fallback_chosen(title, _title_fallback(title, named), cands)
    if not chosen:  # nothing else names a task: the text phrases tied to the title, one weak support short
        chosen = _choose(cands, _MIN_SCORE - _W_CUE, titled)
    if not chosen and title is not None:
        chosen = _fallback_chosen(title, _topic_fallback(title, named), cands)
    if not chosen and title is not None:
        chosen = _fallback_chosen(title, _studied_topic(title, named), cands)
    if not chosen and title is not None:
        chosen = _fallback_chosen(title, _noun_topic_fallback(title, named), cands)
    if not chosen and title is not None:
        chosen = _fallback_chosen(title, _property_topic(title, named), cands)
    if not chosen:
        chosen = _opening_subject(sections, cands)
    fallback = set(chosen) if chosen and not chosen_first else set()
    short_forms = _short_forms(sections) if chosen else {}
    mentions = []
    for key in chosen:
        evidence = []
        aliases: list[str] = []
        confidence = _FALLBACK_CONFIDENCE if key in fallback else _CONFIDENCE
        for section, start, end, rule in cands.found[key]:
            s_start, s_end = sentence_bounds(section.text, start, end)
            evidence.append(Evidence(paper_id, section.name, evidence_sentence(section.text, s_start, s_end, start, end), start, end, rule,
                                     confidence))
            surface = section.text[start:end]
            if surface != key and surface not in aliases:
                aliases.append(surface)  # the words as written; for nominalised verbs, the verb phrase
        aliases += [a for a in _with_short_forms([key, *aliases], {**_COMMON_SHORT_FORMS, **short_forms})
                    if a not in aliases]
        if (plain := _without_evaluative_lead(key)) is not None and plain not in aliases:
            aliases.append(plain)  # "energy-efficient fast object detection": also "object detection"
        mentions.append(Mention(key, "Task", None, aliases, confidence, evidence))
    return mentions


def _without_evaluative_lead(key: str) -> str | None:
    """A task phrase without the evaluative words that open it ("energy-efficient fast object detection" -> "object
    detection", "robust classification" -> None: one word is left), or None when none opens it."""
    words = key.split()
    lead = 0
    while lead < len(words) - 2 and (words[lead] in _LEAD_WORDS or words[lead].endswith(_EVALUATIVE_SUFFIXES)):
        lead += 1
    return " ".join(words[lead:]) if lead else None


_EVALUATIVE_SUFFIXES = ("-efficient", "-effective", "-robust", "-accurate", "-fast")
# Besides the evaluative words, comparatives and intensifiers open a task phrase without being part of the task
# ("faster plan generation", "giant magnetization enhancement", "improved image retrieval").
_LEAD_WORDS = _EVALUATIVE_WORDS | frozenset(
    "faster better stronger cheaper safer smaller lighter improved enhanced giant novel high-quality high-performance "
    "low-cost real-time".split())


def _name_words(name: str) -> frozenset[str]:
    """The singular lower-case words of a name, hyphens and case aside ("Bi-directional Domain Adaptation")."""
    return frozenset(_singular(w) for w in re.split(r"[^0-9a-z]+", name.lower()) if w)


def without_own_method_names(tasks: list[Mention], entities: Sequence[Mention]) -> list[Mention]:
    """``tasks`` without those that are the long form of a method the paper proposes ("we propose Circular
    Convolution Adaptation (C3A)", "a Blur-adaptive Latent Camera Estimation (BLCE) method"): the paper names its
    method that way, not the problem it addresses. A title's purpose or verb ("... for Emotional Reasoning",
    "Generating Animated Layouts as ...") stays."""
    own = {words for m in entities if m.type == "Method" and m.role == "proposed"
           for words in map(_name_words, (m.name, *m.aliases)) if len(words) >= 2}
    if not own:
        return tasks
    return [t for t in tasks if _name_words(t.name) not in own or
            any(e.rule in ("task_title_for", "task_title_verb") for e in t.evidence)]
