"""Research tasks a paper addresses: short English noun phrases from the title ("X for <task>",
"Name: <task> via ..."), task-headed phrases in the text ("... image segmentation") and PwC task names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import Evidence, Mention, Section
from .cues import sentence_bounds
from .lexicons import load_lexicons

MAX_TASKS = 3
# Head nouns of task phrases (general research vocabulary across CV, NLP, ML, robotics, science).
HEADS = (
    "editing generation segmentation detection estimation recognition classification retrieval reconstruction "
    "synthesis prediction understanding tracking forecasting translation captioning answering reasoning navigation "
    "grounding localization localisation planning completion registration super-resolution assessment analysis "
    "search summarization summarisation parsing matching inpainting denoising deblurring compression verification "
    "diagnosis quantification extraction mitigation distillation merging clustering manipulation grasping "
    "locomotion control discovery screening modeling modelling simulation imputation labeling labelling tagging "
    "captioning restoration enhancement correction alignment attribution explanation interpretability unlearning "
    "watermarking anonymization deduplication transfer adaptation calibration repair protection categorization "
    "refinement monitoring perception editing animation rendering stylization upscaling"
).split()
_HEAD_SET = frozenset(HEADS)
_STOP = frozenset("""a an the of for in on with via and or to by from our this that these those we is are be as at its their
its into using based new novel existing such than more most both each which while when where how what who can may
also has have been being it they them his her via towards toward across under over between among without within
proposed first two three several various effective efficient robust accurate simple general large small high low
improve improves maintain maintains enable enables achieve achieves perform performs support supports reformulate
reformulates amplify amplifies boost boosts enhance enhances facilitate facilitates address addresses tackle study
studies deep automatic dynamic static poor better strong stronger good accurate precise reliable
""".split())
_WORD = r"[A-Za-z0-9][A-Za-z0-9-]*"
_HEAD_RE = re.compile(rf"\b(?:{'|'.join(sorted(_HEAD_SET, key=len, reverse=True))})\b", re.IGNORECASE)
_BEFORE_HEAD = re.compile(r"((?:[A-Za-z0-9][A-Za-z0-9-]* ){1,3})$")
_TASK_PHRASE = re.compile(rf"\b((?:{_WORD}\s+){{0,3}}(?:{'|'.join(sorted(_HEAD_SET, key=len, reverse=True))}))\b", re.IGNORECASE)
_TITLE_FOR = re.compile(r"\b(?:for|towards?)\s+(.+?)(?=\s+(?:with|via|using|through|by|from|under|in|on|at|based|and)\b|[:,?]|$)",
                        re.IGNORECASE)
# Where a title stops naming the task and starts naming the means ("... via Trajectory Smoothing").
_TITLE_MEANS = re.compile(r"\s+(?:via|using|with|by|through|based on|from)\s+.*$", re.IGNORECASE)
# "Mitigating Hallucinations in X" -> "hallucinations mitigation": verb forms nominalised.
_VERB_NOUN = {"mitigat": "mitigation", "detect": "detection", "generat": "generation", "segment": "segmentation",
              "estimat": "estimation", "recogni": "recognition", "classif": "classification", "retriev": "retrieval",
              "reconstruct": "reconstruction", "predict": "prediction", "forecast": "forecasting",
              "extract": "extraction", "edit": "editing", "track": "tracking", "locali": "localization",
              "evaluat": "evaluation", "compress": "compression", "align": "alignment", "detect": "detection"}
_TITLE_VERB = re.compile(r"(?:^|\bto\s+|\bfor\s+|\bin\s+|:\s*)(" + "|".join(_VERB_NOUN) + r")\w*\s+((?:[A-Za-z0-9-]+\s+){0,2}[A-Za-z0-9-]+)", re.IGNORECASE)
_TITLE_SUB = re.compile(r"[:：]\s*(.+?)(?=\s+(?:with|via|using|through|by|for|from|under|based)\b|[:,?]|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pwc_tasks() -> frozenset[str]:
    return frozenset(e.text.lower() for e in load_lexicons().tasks)


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower() in _STOP:
        words = words[1:]
    return words


def _phrase_spans(section: Section) -> list[tuple[int, int]]:
    """Task-headed noun phrases in one section (up to three words before the head, no function words)."""
    spans = []
    text = section.text
    for head in _HEAD_RE.finditer(text):
        before = _BEFORE_HEAD.search(text, max(0, head.start() - 60), head.start())
        words = before.group(1).split() if before else []
        kept: list[str] = []
        for word in reversed(words):
            if word.lower() in _STOP or word.lower().endswith("ly"):
                break
            kept.insert(0, word)
        if not kept:
            continue
        phrase = " ".join([*kept, head.group(0)])
        start = head.end() - len(phrase)
        if text[start:head.end()] == phrase:
            spans.append((start, head.end()))
    return spans


def extract_tasks(paper_id: str, sections: list[Section]) -> list[Mention]:
    """Up to :data:`MAX_TASKS` task mentions, title-derived first, then the most frequent phrases."""
    pwc = _pwc_tasks()
    found: dict[str, list[tuple[Section, int, int, str]]] = {}
    scores: Counter[str] = Counter()
    title = next((s for s in sections if s.name == "title"), None)
    if title is not None:
        colon = re.search(r"[:：]\s*", title.text)
        body_start = colon.end() if colon else 0
        body = _TITLE_MEANS.sub("", title.text[body_start:])
        for match in _TASK_PHRASE.finditer(body):
            words = _trim(match.group(1).split())
            if len(words) >= 2 and not any(w.lower() in _STOP for w in words):
                phrase = " ".join(words)
                start = body_start + match.end(1) - len(phrase)
                key = phrase.lower()
                found.setdefault(key, []).append((title, start, start + len(phrase), "task_title_phrase"))
                scores[key] += 5
        for match in _TITLE_VERB.finditer(body):
            obj = match.group(2)
            if any(w.lower() in _STOP for w in obj.split()):
                continue
            start = body_start + match.start(2)
            key = f"{obj} {_VERB_NOUN[match.group(1).lower()]}".lower()
            found.setdefault(key, []).append((title, start, start + len(obj), "task_title_verb"))
            scores[key] += 4
        for pattern, rule in ((_TITLE_FOR, "task_title_for"), (_TITLE_SUB, "task_title_subtitle")):
            for match in pattern.finditer(title.text):
                words = match.group(1).split()
                if not 1 <= len(words) <= 6 or words[-1].lower().rstrip("s") not in _HEAD_SET | {h.rstrip("s") for h in _HEAD_SET}:
                    continue
                key = match.group(1).lower()
                found.setdefault(key, []).append((title, match.start(1), match.end(1), rule))
                scores[key] += 5
    title_words = set(re.findall(r"[a-z0-9]+", title.text.lower())) - _STOP if title is not None else set()
    for section in sections:
        if section.lang != "en" or section.name == "title":
            continue
        for start, end in _phrase_spans(section):
            text = section.text[start:end]
            key = text.lower()
            found.setdefault(key, []).append((section, start, end, "task_phrase"))
            overlap = title_words & set(re.findall(r"[a-z0-9]+", key)) - _HEAD_SET
            scores[key] += 1 + (1 if key in pwc else 0) + (1 if overlap else 0)
    chosen: list[str] = []
    for key, score in scores.most_common():
        if len(chosen) >= MAX_TASKS or (score < 2 and chosen):
            break
        words = set(re.findall(r"[a-z0-9]+", key))
        if any(words <= set(re.findall(r"[a-z0-9]+", c)) or set(re.findall(r"[a-z0-9]+", c)) <= words for c in chosen):
            continue
        chosen.append(key)
    mentions = []
    for key in chosen:
        occs = found[key]
        evidence = []
        aliases = []
        for section, start, end, rule in occs:
            s_start, s_end = sentence_bounds(section.text, start, end)
            evidence.append(Evidence(paper_id, section.name, section.text[s_start:s_end].strip(), start, end, rule, 0.6))
            surface = section.text[start:end]
            if surface.lower() != key:
                key_surface = surface  # nominalised title verb: the evidence is the object phrase
                if key_surface not in aliases:
                    aliases.append(key_surface)
                continue
            if surface != key and surface not in aliases:
                aliases.append(surface)
        mentions.append(Mention(key, "Task", None, aliases, 0.6, evidence))
    return mentions
