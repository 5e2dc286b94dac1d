"""Relations between named entities claimed by a paper (OUTPERFORMS).

A sentence with a comparison cue ("outperforms", "surpasses", "superior to", "improvement over", "优于",
"超越", "较 X ... 更优") relates the method it is about (the subject: the nearest named method before the
cue, else the paper's proposed method) to every named method after the cue in the same clause.
Only names from the paper's :class:`Mention` list of type Method take part, so generic families
("CNN", "diffusion models") never become targets.
"""

from __future__ import annotations

import logging
import re

from ..model import Evidence, Mention, Paper, RelationMention, Section
from ..vocab import Rel
from .cues import evidence_sentence, lowered_for_scan
from .results import ASCII_NOT_WORD, BACKBONE_LEAD, name_positions, sentence_bounds, sentence_breaks

log = logging.getLogger(__name__)

OUTPERFORMS = Rel.OUTPERFORMS.name

# A cue after which the beaten methods are named.
_CUE_EN = (
    r"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|"
    r"(?:is|are|was|were)\s+superior\s+to|superior\s+(?:performance\s+)?(?:to|over)|"
    r"(?:improvements?|gains?|advantages?)\s+(?:of\s+[^.;]{0,30}?)?over|improv(?:es|ed|ing)\s+(?:over|upon)|"
    r"(?:points?|margins?)\s+over|(?:points?|pp)\s+above|"  # "by more than 9 points over MOTR", "3.1 points above X"
    r"better\s+than|ahead\s+of|"
    # "a 35% higher success rate than X", "3x faster than X", "improves SR by 8.2% over X", "preferred over X"
    r"(?:higher|greater|stronger|faster)\s+(?:(?!(?:latency|latencies|errors?|costs?|memory|loss|runtime|time|"
    r"perplexity|overhead|variance|energy|power)\b)[\w@-]+\s+){0,3}?than|"
    r"(?:improv(?:es|ed|ing)|gains?)\s+(?:[^.;,]|\.\d){1,40}?\bover|"
    r"preferred\s+(?:over|to)|wins?\s+against|"
    r"compared\s+(?:to|with)|relative\s+to|against|"
    r"underperform(?:s|ed|ing)?|lags?\s+behind|lagging\s+behind|falls?\s+short\s+of)\b"  # the other way round
)
# "比GPT-5提升13%", "比YOLO11n高5.1%": 比 before a Latin name and, in the clause, how it is better
_CUE = re.compile(rf"\b{_CUE_EN}|优于|超越|超过|胜过|领先于|相对于?|相比于?|(?<!比)较|"
                  rf"(?<![对相无好])比(?=\s*[A-Za-z][^，。；,;]{{0,40}}?(?:提升|提高|高|好|优|强|快|低|少))", re.IGNORECASE)
# _CUE for lower-cased text (see :func:`lowered_for_scan`): its matches' text is the lower-cased cue.
_CUE_LOWER = re.compile(_CUE.pattern)
# The English cues after one ASCII non-word character (group 1), for lower-cased ASCII text: see :func:`cue_spans`.
_CUE_GAP = re.compile(rf"{ASCII_NOT_WORD}({_CUE_EN})")
# A word every _CUE match contains (lower case).
_CUE_WORDS = ("outperform", "surpass", "beat", "exceed", "superior", "improv", "gain", "advantage", "better", "point",
              "pp", "margin", "ahead", "lag", "short", "underperform", "higher", "greater", "stronger", "faster",
              "preferred", "win",
              "compared", "relative", "against", "优于", "超越", "超过", "胜过", "领先于", "相对", "相比", "较", "比")
# Cues that only compare ("compared to", "较") need a claim of being better in the same clause.
_WEAK_CUE = re.compile(r"^(?:compared|relative|against|相对|相比|较)", re.IGNORECASE)
_BETTER = re.compile(
    r"\b(?:better|higher|improv\w*|outperform\w*|surpass\w*|gains?|superior|faster|stronger|best|"
    r"state-of-the-art|SOTA|boost\w*|increase\w*|reduc\w+|lower)\b|更优|更好|更高|提升|提高|优于|领先|显著|降低",
    re.IGNORECASE,
)
_BY_ZH = re.compile(r"被\s*$")  # the passive's agent follows 被
# A comparison that concedes something: no claim of being better overall.
_MIXED = re.compile(r"\b(?:but|although|though|slightly\s+(?:lower|worse|behind))\b|，但|但是|略低|稍低", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|fails?\s+to|cannot|never|unable\s+to|underperform\w*)\s+$|未能|没有|不$",
                      re.IGNORECASE)
# The clause a cue governs ends at these.
_CLAUSE_END = re.compile(r"[;；。]|\b(?:while|whereas|but|although|though)\b|,\s+and\s+(?:our|we|the|it|its)\b|"
                         # a claim of parity, not of beating: "... and matching o1-mini", ", trailing only GPT-4"
                         r"\b(?:match(?:es|ing)?|comparabl[ey]|on\s+par|approach(?:es|ing)|trail(?:s|ing)|"
                         r"second\s+only|competitive|rival(?:s|ing)?|close\s+to|similar\s+to)\b|"
                         r"\band\s+(?:is|are|was|were|achiev\w*|attain\w*|reach\w*|obtain\w*|remain\w*|perform\w*)\b|"
                         r"，而|，但")
# A Chinese comparison names its target right away: "优于A、B，..." ends at the next comma or bracket.
_CLAUSE_END_ZH = re.compile(r"[，,。；;）)]")
# "，例如A、B": the beaten methods named after their kind
_EXAMPLES_AFTER = re.compile(r"\s*(?:例如|比如|如|包括|诸如)")
# "on X," / "在X上": X is where something is measured, not who compares
_PLACE_BEFORE = re.compile(r"(?:\b[Oo]n|在)\s*$")
_PLACE_AFTER = re.compile(r"\s*(?:上|中|数据集|基准)")
# "X underperforms Y", "X lags behind Y", "X falls short of Y": Y is the better one.
_LOSING_CUES = ("underperform", "lag", "fall")
# "X is outperformed (only) by Y": the passive turns the comparison round.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|being)\s+(?:only\s+|slightly\s+|consistently\s+|clearly\s+)?$",
                             re.IGNORECASE)
# "与GRPO和DAPO相比，X ...", "同基线相较": the compared methods stand before the cue, the subject after it
_COMPARED_BEFORE_ZH = re.compile(r"(?:与|同|跟|和)[^，。；,;]{1,60}?相?$")
_SELF_REFERENCE = re.compile(r"\b(?:our|we|ours|proposed|this\s+(?:method|model|approach|framework)|it)\b|"
                             r"本文|所提|该方法|我们", re.IGNORECASE)


def _occurrences(methods: list[Mention], text: str) -> list[tuple[int, int, Mention]]:
    """(start, end, mention) of every method surface form in ``text``, longest first at a position."""
    found: list[tuple[int, int, Mention]] = []
    for mention in methods:
        for surface in {mention.name, *mention.aliases}:
            for at in name_positions(surface, text):
                found.append((at, at + len(surface), mention))
    found.sort(key=lambda o: (o[0], -(o[1] - o[0])))
    kept: list[tuple[int, int, Mention]] = []
    for occ in found:  # drop mentions nested in a longer one ("Iso-C" inside "Iso-C + LARV")
        if kept and occ[0] < kept[-1][1]:
            continue
        kept.append(occ)
    return kept


def cue_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every ``_CUE.finditer(text)`` match; the text is lower-cased when the scan is.

    Lower-case scans when exact (:func:`lowered_for_scan`), after substring tests for the cue words (most sections
    have none); in ASCII text only the English cues can match, and their ``\\b`` is an ASCII non-word character
    before them or the start, so ``re`` jumps between such characters instead of trying ``\\b`` at each one.
    """
    lowered = lowered_for_scan(text)
    if lowered is None:
        return [(m.start(), m.end(), m.group(0)) for m in _CUE.finditer(text)]
    if not any(word in lowered for word in _CUE_WORDS):  # substring tests: far cheaper than the scan, which most fail
        return []
    if not lowered.isascii():
        return [(m.start(), m.end(), m.group(0)) for m in _CUE_LOWER.finditer(lowered)]
    first = _CUE_LOWER.match(lowered)
    spans = [] if first is None else [(first.start(), first.end(), first.group(0))]
    spans += [(m.start(1), m.end(1), m.group(1)) for m in _CUE_GAP.finditer(lowered, 0 if first is None else first.end())]
    return spans


def _section_relations(paper: Paper, section: Section, methods: list[Mention],
                       proposed: list[Mention]) -> list[RelationMention]:
    text = section.text
    relations: list[RelationMention] = []
    # the cues first: most sections have none, and finding them is cheaper than finding every method's names
    cues = cue_spans(text)
    if not cues:
        return relations
    occurrences = _occurrences(methods, text)
    if not occurrences:
        return relations
    breaks = sentence_breaks(text)  # once per section, not once per cue
    for i, (cue_start, cue_end, cue_text) in enumerate(cues):
        s_start, s_end = sentence_bounds(text, cue_start, breaks)
        if _NEGATED.search(text[max(s_start, cue_start - 20):cue_start]):
            continue
        clause_end = s_end
        chinese = not cue_text[0].isascii()
        stop = (_CLAUSE_END_ZH if chinese else _CLAUSE_END).search(text, cue_end, s_end)
        while stop and chinese and _EXAMPLES_AFTER.match(text, stop.end()):
            stop = _CLAUSE_END_ZH.search(text, stop.end(), s_end)  # "优于现有的前沿LLM，例如A、B和C"
        if stop:
            clause_end = stop.start()
        if i + 1 < len(cues) and cues[i + 1][0] < clause_end:
            clause_end = cues[i + 1][0]  # the next cue starts a new comparison
        if _WEAK_CUE.match(cue_text) and (not _BETTER.search(text, s_start, s_end) or
                                          _MIXED.search(text, s_start, s_end)):
            continue  # "Compared with X, ours has slightly lower PQ but is 2x faster": no claim of beating X
        # the subject comes before the clause's first cue: in "X outperforms Y and surpasses Z", Y is no subject
        clause_start = s_start
        for end_match in (_CLAUSE_END_ZH if chinese else _CLAUSE_END).finditer(text, s_start, cue_start):
            clause_start = end_match.end()
        first_cue = next(c[0] for c in cues if c[1] > clause_start)
        before = [o for o in occurrences if clause_start <= o[0] and o[1] <= min(cue_start, first_cue)
                  and not _PLACE_BEFORE.search(text, max(s_start, o[0] - 4), o[0])
                  and not _PLACE_AFTER.match(text, o[1])]
        targets = [o for o in occurrences if cue_end <= o[0] and o[1] <= clause_end]
        if cue_text in ("较", "比") or cue_text.startswith(("相对", "相比")):
            targets = targets[:1]  # "较Change-Agent与其他SOTA取得更优结果": the compared method comes right after
        if not targets and chinese and cue_text in ("较", "相比", "相比于"):
            compared = _COMPARED_BEFORE_ZH.search(text, max(clause_start, cue_start - 64), cue_start)
            if compared:  # "与GRPO和DAPO相比，FooNet提升了3.2%": the subject follows, if named
                targets = [o for o in occurrences if compared.start() < o[0] and o[1] <= cue_start]
                after = [o for o in occurrences if cue_end <= o[0] and o[1] <= s_end]
                own_after = [o for o in after if o[2].role == "proposed"] or after
                before = own_after[:1]
        if not targets and chinese and len(before) > 1 and _BY_ZH.search(text, before[-2][1], before[-1][0]):
            # "DELTR和FairGBM被RhoNet超越": the names before 被 lose to the name after it
            relations += _all_lose_to(paper, section, before[-1][2], before[:-1], text, s_start, s_end, cue_text)
            continue
        if not targets:
            continue
        passive = (_PASSIVE_BEFORE.search(text, max(s_start, cue_start - 24), cue_start) is not None and
                   cue_text.lower().endswith("ed")) or cue_text.lower().startswith(_LOSING_CUES)
        if passive and before and not cue_text.lower().startswith(_LOSING_CUES):
            # "Both ResNet-152 and DenseNet-201 are surpassed by ZetaNet": every subject listed loses to the first name
            # after "by"
            relations += _all_lose_to(paper, section, targets[0][2], before, text, s_start, s_end, cue_text)
            continue
        if before:
            source = before[-1][2]
            if source.role != "proposed":
                own_before = [o for o in before if o[2].role == "proposed"]
                if own_before:  # "StepJudge improves Llama-3.1-8B accuracy ..., exceeding Math-Shepherd"
                    source = own_before[-1][2]
                elif len(before) > 1 and BACKBONE_LEAD.search(text, max(s_start, before[-1][0] - 30), before[-1][0]):
                    source = before[-2][2]  # "CodeFixer with Claude 3.7 Sonnet resolves 62.4%, surpassing X"
        elif proposed and (_SELF_REFERENCE.search(text, s_start, cue_start) or len(proposed) == 1):
            source = proposed[0]
        else:
            continue
        own = {source.name, *(m.name for m in proposed)}
        for start, end, target in targets:
            if any(target.name == name or target.name.startswith(name + "-") for name in own):
                continue  # the method itself or one of its variants ("Align-TI-2B")
            winner, loser = (target, source) if passive else (source, target)  # "X lags behind Y"
            relations.append(_outperforms(paper, section, winner, loser, text, s_start, s_end, start, end, cue_text,
                                          0.8 if before else 0.7))
    return relations


def _all_lose_to(paper: Paper, section: Section, winner: Mention, losers: list[tuple[int, int, Mention]], text: str,
                 s_start: int, s_end: int, cue_text: str) -> list[RelationMention]:
    """``winner OUTPERFORMS`` each of the ``losers`` a passive lists (not the winner itself nor what it is a variant
    of), each with its own mention as the evidence span."""
    return [_outperforms(paper, section, winner, loser, text, s_start, s_end, start, end, cue_text, 0.8)
            for start, end, loser in losers
            if loser.name != winner.name and not winner.name.startswith(loser.name + "-")]


def _outperforms(paper: Paper, section: Section, winner: Mention, loser: Mention, text: str, s_start: int, s_end: int,
                 start: int, end: int, cue_text: str, confidence: float) -> RelationMention:
    """``winner OUTPERFORMS loser``, with the evidence span ``[start, end)`` (a mention in the comparison)."""
    return RelationMention(
        type=OUTPERFORMS, source=winner.name, target=loser.name,
        evidence=Evidence(paper.id, section.name, evidence_sentence(text, s_start, s_end, start, end), start, end,
                          f"outperforms:{cue_text.lower()}", 0.7),
        confidence=confidence,
    )


def extract_relations(paper: Paper, entities: list[Mention]) -> list[RelationMention]:
    """Relations such as ``X OUTPERFORMS Y`` stated in the paper, one per (source, target) pair.

    The abstract is read first so its evidence wins; summary sections add pairs it does not state.
    """
    methods = [m for m in entities if m.type == "Method"]
    if len(methods) < 2:
        return []
    proposed = [m for m in methods if m.role == "proposed"]
    sections = sorted(paper.usable_sections(), key=lambda s: (s.name != "abstract", s.name == "title"))
    seen: dict[tuple[str, str], RelationMention] = {}
    for section in sections:
        if section.name == "title":
            continue
        for relation in _section_relations(paper, section, methods, proposed):
            key = (relation.source, relation.target)
            if key in seen:
                seen[key].confidence = min(1.0, seen[key].confidence + 0.1)
            else:
                seen[key] = relation
    log.debug("%s: %d OUTPERFORMS relations", paper.id, len(seen))
    return list(seen.values())
