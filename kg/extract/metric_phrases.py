"""Metrics named by the values they report, where no lexicon knows them.

"a power-conversion efficiency of 25.31%", "a 75% collision rate", "reduces prediction error by 6%-83%", "the mean
minimum time-to-collision from 1.62 to 1.08 s": a lower-case phrase ending in a measure word (efficiency, rate,
error, distance, ...) bound to a kept result by "of", "by", "from ... to" or by standing right after the value is
the name of what the paper measures. Held-out digests (materials, robotics, systems) are full of such metrics,
and no lexicon lists them all. Only values the result rules keep are looked at, so settings ("a learning rate of
1e-4") and counts never name a metric.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Evidence, Mention, Paper, ResultMention, Section
from .cues import (
    METRIC_GRANULARITY,
    SETTING_HEADS,
    SETTING_MODIFIERS,
    VALUE_QUALIFIER,
    evidence_sentence,
    sentence_bounds,
)
from .lexicons import load_lexicons
from .results import CHANGED_OBJECT_BEFORE, CHINESE_METRICS, COUNT_RULE, value_digits

# The last word of a metric phrase. Words marked generic name a metric only with a modifier ("collision rate",
# "prediction error"), never alone ("a rate of 5%").
_HEADS_ALONE = frozenset("""accuracy efficiency conductivity perplexity throughput latency fidelity precision recall
sensitivity specificity speedup responsivity detectivity diffusivity validity uniqueness novelty diversity
acceleration resistivity permittivity hardness toughness brightness overpotential bandgap
""".split())
_HEADS_GENERIC = frozenset("""rate rates ratio error errors score scores distance similarity coefficient correlation
capacity capacitance time overhead density mobility lifetime uncertainty emissions consumption footprint usage
cost costs coverage factor voltage loss yield impedance uptake speed barrier threshold memory utilization slope
return reward relevance consistency quality faithfulness gap gaps fraction recovery strength strengths modulus
anisotropy polarization current constant potential adherence compliance retention completion success removal
noise linewidth stability power width
""".split())
# Words that are not part of a metric's name: determiners, evaluative adjectives, verbs.
_NOT_MODIFIERS = frozenset("""the a an its their our this these that which with and or of in on for to by at from as
than while whereas but also only up about nearly over under higher lower better worse best worst high low improved
reduced increased decreased enhanced achieved reported observed obtained measured required superior competitive
comparable significant significantly substantial remarkable outstanding excellent strong good great overall
champion highest lowest achieving reaching improving reducing yielding maintaining obtaining attaining showing delivering increasing
decreasing boosting lowering enhancing outperforming retaining having using including incurs incur incurring
achieves reaches improves reduces yields maintains obtains attains shows delivers increases decreases boosts lowers
enhances retains has have had is are was were be been being new state-of-the-art sota record level record-level
average aggregate similar same final initial relative absolute corresponding respective respectively without
impressive raises raise raised compromising sacrificing faster slower smaller larger greater fewer less more longer
shorter minimal maximal exceptional balanced reduce improve increase decrease boost lower enhance raise cut cuts
cutting retain maintain achieve reach obtain attain show deliver save saves saving saved demonstrate demonstrates
demonstrated demonstrating exhibit exhibits exhibited exhibiting provide provides provided providing offer offers
offered offering bring brings brought narrower wider narrow wide large small steady-state steady‐state certified
stabilized stabilised maximum ultrahigh ultra-high ultralow ultra-low giant colossal notable noteworthy considerable
marked dramatic promising favorable favourable competitive-level unprecedented predicts predict predicted gives give
gave reveals reveal revealed displays display displayed possesses possess features produces produced estimated estimates
calculated computed""".split())
# Words that say which value or which direction of a quantity is reported, not which quantity: "a peak efficiency of
# 78.7%", "an indirect band gap of 1.14 eV", "out-of-plane magnetic anisotropy (11 meV)" measure efficiency, band gap
# and magnetic anisotropy; the phrase keeps them as an alias.
_VALUE_KIND_WORDS = frozenset("""peak indirect direct spontaneous out-of-plane in-plane""".split())
# Words that are no modifiers elsewhere ("relative improvement") but name which error is measured before an error.
_ERROR_KINDS = frozenset({"absolute", "relative"})
_ERROR_HEADS = frozenset({"error", "errors", "deviation", "deviations"})
# "-ing" words that name what is measured ("tracking distance", "training time"); other "-ing" words opening a
# phrase are verbs ("without compromising accuracy").
_ING_MODIFIERS = frozenset("""tracking training matching ranking reasoning grounding planning parsing routing
clustering harvesting screening sensing driving lasing switching charging coupling solving decoding rendering
encoding""".split())
# Modifiers that make a rate or ratio a setting, not a measure ("learning rate", "mask ratio"; "bit accuracy" is one).
# Measures named after a person or effect ("Coulombic efficiency", "Seebeck coefficient", "Tafel slope") and of a
# hardware part ("GPU utilization", "KV cache memory").
_NAMED_MEASURE_WORD = re.compile(r"[A-Z][a-z]{2,}(?:'s|’s)?$")  # "Coulombic efficiency", "Young's modulus"
_NAMED_HEADS = frozenset("efficiency coefficient slope mobility constant bound number modulus".split())
_HARDWARE_WORD = re.compile(r"(?:GPU|CPU|KV|DRAM|HBM|SRAM|NPU|TPU)$")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}|[A-Z][A-Za-z]?\d(?:[A-Z][a-z]?\d?)*")  # "ASE threshold", "CO2 uptake", "H2 evolution"
_WORD = re.compile(r"[a-z][a-z0-9]*(?:[-‐‑][a-z0-9]+)*$")
_SLASH_AFTER = re.compile(r"\s?/\s?\d")
_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,6})\s*\)")
# The text between a phrase and its value: "... efficiency (PCE) of about 25%", "... error by up to 6%".
_BEFORE_VALUE = re.compile(
    r"(?:\s*\(\s*[A-Z][A-Za-z]{1,6}\s*\))?(?:\s+(?:gains?|improvements?|reductions?|increases?|decreases?|drops?|"
    r"savings?)(?=\s+(?:of|by)\s))?(?:\s+(?:of|by|to|at|reaching|was|were|is|are|above|exceeding|(?:can\s+)?exceeds?|=|:|"
    r"(?:is|was|are|were)\s+(?:determined|found|estimated|calculated|computed|measured)\s+(?:to\s+be|as|at)|"
    r"(?:up|down)\s+to|as\s+(?:high|low|large|small|short|long|fast|much)\s+as|below)\s+"
    rf"{VALUE_QUALIFIER}"
    r"|\s*\(\s*[~≈]?\s*)$")  # or the value in brackets: "condensation efficiency (94%)"
# "... from 126.2 mV to 73.5 mV", "ASE threshold decreased from 120 to 60", "... energy was also increased from":
# both values, the one after "from" and the one after "to".
_FROM_VALUE = re.compile(r"(?:\s+(?:was|were|is|are))?(?:\s+also)?"
                         r"(?:\s+(?:de|in)creas(?:ed|es|ing)|\s+reduc(?:ed|es|ing)|\s+improv(?:ed|es|ing)|"
                         r"\s+(?:dropp|rais|lower|declin|enhanc|boost|surg|jump|climb|soar)(?:e|ed|es|ing|s)?|\s+rose|"
                         r"\s+fell|\s+grew)?"
                         r"\s+from\s+(?:\$?[-+−]?[\d.,]+\s*(?:\\?%|[A-Za-zμµ/]{1,8}\d?)?\s+to\s+)?\$?$")
# "the CO2 uptake increased by 65%", "accuracy improved by 5.2 points": the change of the measure before the verb.
_CHANGED_BY = re.compile(r"(?:\s+(?:was|were|is|are))?(?:\s+also)?(?:\s+(?:de|in)creas(?:ed|es)|\s+reduc(?:ed|es)|"
                         r"\s+improv(?:ed|es)|\s+(?:dropp|rais|lower|declin|enhanc|boost)(?:ed|es)|\s+rose|\s+fell|\s+grew)"
                         r"\s+by\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?\$?$")
# What the text before a value ends with (blanks stripped) when each pattern above can match it: its last word or
# sign (a connective, a qualifier, a bracket). These end-anchored patterns are tried at every position of the window,
# so a window that ends otherwise (most do: "achieves 25.3%") is not searched.
_BOUND_BEFORE = (
    (_BEFORE_VALUE, ("of", "by", "to", "at", "be", "as", "reaching", "was", "were", "is", "are", "above", "exceeding", "exceed",
                     "exceeds", "as", "below", "=", ":", "about", "approximately", "around", "nearly", "over", "only", "just",
                     "roughly", "almost", "~", "≈", "$", "\\approx", "(")),
    (_FROM_VALUE, ("from", "to", "$")),
    (_CHANGED_BY, ("by", "to", "about", "nearly", "over", "$")),
)
_HEAD_WORDS = _HEADS_ALONE | _HEADS_GENERIC
# "improves the long rollout accuracy of neural PDE solvers by over 20%", "improve the thermal conductivity of HMX by
# about 8.16%": a verb of change, the measure, "of" and what it is measured on, then "by" and the value.
_CHANGED_OF_BY = re.compile(r"\b(?:improv|enhanc|boost|increas|reduc|lower|decreas|rais)(?:e|es|ed|ing|s)?\s+"
                            r"(?:the\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*){0,3}?)\s+of\s+[^.;:]{1,120}?\s+by\s+"
                            rf"{VALUE_QUALIFIER}$")
_CHANGED_OF_REACH = 200  # characters before the value: the verb, the measure and a long chemical or model name
# The count a second count is changed from: "from 57/120 to" before "18/120".
_FROM_COUNT_TO = re.compile(r"\d+/\d+\s+to\s+$")
_BY_TAIL = re.compile(r"\sby\s+(?:[a-z]+\s+){0,2}[~≈$]?$")
# A measure written as a short name after its value ("41.6 mHOTA", "0.7127 cIoU"): two capitals or more, then the
# end of the list item.
_ACRONYM_AFTER = re.compile(r" (?=[\w@-]*[A-Z][\w@-]*[A-Z])([A-Za-z][\w@-]{1,12})(?=[,;)]|\.(?:\s|$)|\s+(?:and|on|in|for)\b|$)")
_ACRONYM_AFTER_PERCENT = re.compile(
    r" (?:(?:peak|average|mean|maximum|max|overall) )?(?=[\w@]*[A-Z][\w@]*[A-Z])([A-Za-z][\w@]{1,12})"
    r"(?=[,;)]|\.(?:\s|$)|\s+(?:and|on|in|for|at|under|with|retention|improvement)\b|$)")
# Quantities that state a condition when a percentage comes before them (relative humidity, weight, volume).
_CONDITIONS = frozenset({"RH", "wt", "vol", "SOC", "DOD"})
_CONDITION_BEFORE = re.compile(r"\b(?:at|under|added|adding|doped|doping|containing)\s+\$?$")
# An acronym-shaped measure before "of" and its value, letters only (a hyphenated capital part too: "GDT-TS of 71.3")
# or one capital and its number ("T50 of 22.8 h", "an R2 of 0.93"); "GPT-4 by 5%" is a method beaten, and "by" is
# not taken here. A plural s stays out of the span: "MUEs of 1.0-1.8 kcal mol-1" names MUE.
_ACRONYM_BEFORE = re.compile(
    r"(?<![\w@/-])((?=[a-z]?[A-Z][a-z]?[A-Z])[A-Za-z]{2,8}?(?:-[A-Z][A-Z0-9]{0,3})?|[A-Z]\d{1,3})s?\s+(?:of|=|:|reaching)\s+"
    rf"{VALUE_QUALIFIER}$")
# What a condition opens with: "at an electric field strength of 3 kV mm-1", "under a current density of 1 A g-1".
_CONDITION_OPENING = re.compile(r"\b(?:at|under)\s+(?:an?|the)\s+$")
_COUNTED = f"result:{COUNT_RULE}"
_ACRONYM_CONNECTIVES = (" of ", "=", ":", " reaching ")
_COMPARATIVE = re.compile(r" (?:higher|lower|faster|slower|better|greater|smaller|larger|fewer|less|more|longer|"
                          r"shorter)(?= )")
_NEXT_WORD = re.compile(r" ([a-z][a-z0-9]*(?:[-‐‑][a-z0-9]+)*)(?![\w-])")
_NEXT_ACRONYM = re.compile(r" ([A-Z]{2,6}|[A-Z][A-Za-z]?\d(?:[A-Z][a-z]?\d?)*)(?= [a-z])")
# A short form alone after a comparative, the clause going on after it: "49% higher CPC compared to", "33% lower RMSE,".
_ACRONYM_AFTER_COMPARATIVE = re.compile(r" (?=[\w@]*[A-Z][\w@]*[A-Z])([A-Z][\w@-]{1,10})"
                                        r"(?=[,;)]|\.(?:\s|$)|\s+(?:and|compared|than|over|versus|vs)\b|$)")
# "a 17% reduction in total carbon emissions": the change a value measures, then the metric.
_CHANGE_IN = re.compile(r"\s+(?:relative\s+)?(?:reduction|improvement|increase|decrease|gain|drop|boost|rise|decline|"
                        r"savings?)\s+(?:in|of)(?:\s+the)?(?:\s+(?:overall|average))?(?= )")
# "only 21% of the execution time and 33% of the API cost": a share of the measure named after it.
_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their)(?= )")
# A bare number ending right before a word's blank: the word is its unit ("12.3 ms", "30 times", "88.2 percent").
_NUMBER_BEFORE = re.compile(r"(?:^|\s)[~≈]?\d[\d.,]*$")


def _phrase_ending_at(text: str, end: int) -> tuple[int, str] | None:
    """The metric phrase whose last word ends at ``end`` (its start and text), or None."""
    words: list[str] = []
    at = end
    while len(words) < 4:
        space = text.rfind(" ", 0, at)
        word = text[space + 1:at]
        if word[:1].isupper() and word[1:].islower() and (space < 0 or text[space - 1:space] in ".!?"):
            word = word.lower()  # the sentence's first word: "Power conversion efficiency increased from ..."
        if words and (_NAMED_MEASURE_WORD.match(word) and words[0] in _NAMED_HEADS or _HARDWARE_WORD.match(word) or
                      _ACRONYM_WORD.fullmatch(word) and words[0] in _HEADS_GENERIC):
            words.append(word)  # "Coulombic efficiency", "Seebeck coefficient", "GPU utilization", "ASE threshold": a
            # name or an acronym opens it
            break
        if not word or not _WORD.match(word) or word in _NOT_MODIFIERS and not (
                word in _ERROR_KINDS and words and words[-1] in _ERROR_KINDS | _ERROR_HEADS):
            break  # (but "mean absolute errors", "relative absolute error": which error is measured)
        if words and _NUMBER_BEFORE.search(text, max(0, space - 12), max(0, space)):
            break  # "12.3 ms inference time": the unit of a value, not a modifier
        words.append(word)
        at = space
        if space < 0 or text[space - 1:space] in ",;:.()" or space == 0:
            break
    while len(words) > 1 and words[-1].endswith("ing") and words[-1] not in _ING_MODIFIERS:
        words.pop()  # the phrase's first word, read leftwards: a verb
    if not words:
        return None
    head = words[0]
    if head not in _HEAD_WORDS and head[:-1] in _HEADS_ALONE and head.endswith("s"):
        head = words[0] = head[:-1]  # "speedups of up to 15.2x": the metric is "speedup"
        end -= 1
    if head not in _HEAD_WORDS and not head.startswith("time-to-"):
        return None
    modifiers = words[1:]
    if not modifiers and head not in _HEADS_ALONE:
        return None
    if head in SETTING_HEADS and any(w in SETTING_MODIFIERS for w in modifiers):
        return None
    start = end - len(" ".join(reversed(words)))
    return start, text[start:end]


def bound_metric(text: str, value_start: int, value_end: int) -> tuple[int, int, str | None] | None:
    """The metric a value at ``text[value_start:value_end]`` reports: the span of its name (the short form when the
    paper gives one in brackets right after the phrase) and the phrase itself when that is another span."""
    before = text[max(0, value_start - 120):value_start]
    offset = value_start - len(before)
    tail = before.rstrip()
    for pattern, ends in _BOUND_BEFORE:
        match = pattern.search(before) if tail.endswith(ends) else None
        found = match and _phrase_ending_at(text, offset + match.start())
        if found:
            start, phrase = found
            if _CONDITION_OPENING.search(text, max(0, start - 10), start):
                return None  # "at an electric field strength of 3 kV mm-1": a condition the result holds under
            short = _ABBREVIATION.match(text, start + len(phrase))
            if short:
                return short.start(1), short.end(1), phrase
            return start, start + len(phrase), None
    changed = _changed_of_by(text, value_start) if _BY_TAIL.search(before[-20:]) else None
    if changed:
        return changed
    tail = before[-40:]  # the acronym, its connective and a qualifier ("up to"): a short tail, and one of its words
    short = _ACRONYM_BEFORE.search(tail) if any(w in tail for w in _ACRONYM_CONNECTIVES) else None
    if short:  # "a remarkable PCE of 27.05%", "MUEs of 1.0-1.8 kcal mol-1"
        at = value_start - len(tail)
        return at + short.start(1), at + short.end(1), None
    acronym = _ACRONYM_AFTER.match(text, value_end) if "." in text[value_start:value_end] else None
    if acronym is None and text[value_end - 1:value_end] == "%":
        acronym = _ACRONYM_AFTER_PERCENT.match(text, value_end)  # "a 93% PLQY, a 27.1% peak EQE"
        if acronym and (acronym.group(1) in _CONDITIONS or _CONDITION_BEFORE.search(before)):
            acronym = None  # "at 30% RH", "added 0.3% MeO-PEACl": a condition, not a measure
    if acronym:  # "54.7 mTETA, 41.6 mHOTA": a name-shaped measure right after a decimal
        return acronym.start(1), acronym.end(1), None
    if text.startswith("$", value_end):
        value_end += 1  # the end of a LaTeX value: "a $22\%$ improvement in resource allocation efficiency"
    change = _CHANGE_IN.match(text, value_end)
    share = _SHARE_OF.match(text, value_end) if change is None and text[value_end - 1:value_end] == "%" else None
    at = change.end() if change else share.end() if share else value_end
    comparative = _COMPARATIVE.match(text, at)
    if comparative:  # "a 3.7-fold faster water adsorption rate", "15.7x higher energy efficiency"
        at = comparative.end()
        alone = _ACRONYM_AFTER_COMPARATIVE.match(text, at)
        if alone and (not alone.group(1).endswith("s") or alone.group(1).lower() in _known_metrics()):
            # "49% higher CPC compared to ...": a measure's short form after the comparative (not "4x more GPUs")
            return alone.start(1), alone.end(1), None
    phrase_start = at
    found: tuple[int, str] | None = None
    found_end = 0
    for step in range(4):  # "a 75% collision rate": the phrase right after the value
        word = _NEXT_WORD.match(text, at)
        if word is None and step == 0:
            word = _NEXT_ACRONYM.match(text, at)  # "18.1% lower L2 error": an acronym opens the phrase
            if word is not None:
                at = word.end()
                continue
        if word is None or word.group(1) in _NOT_MODIFIERS:
            break
        if word.group(1) in _HEAD_WORDS or word.group(1)[:-1] in _HEADS_ALONE and word.group(1).endswith("s"):
            phrase = _phrase_ending_at(text, word.end())
            if phrase and phrase[0] >= phrase_start:
                found, found_end = phrase, phrase[0] + len(phrase[1])  # and go on: "61 mV non-radiative voltage loss"
            elif found is None:
                break
        elif found is not None:
            break
        at = word.end()
    return (found[0], found_end, None) if found is not None else None


def _changed_of_by(text: str, value_start: int) -> tuple[int, int, None] | None:
    """The span of the measure that a verb of change before ``value_start`` changes "by" the value, when "of" and
    what it is measured on stand between them (see :data:`_CHANGED_OF_BY`), or None."""
    offset = max(0, value_start - _CHANGED_OF_REACH)
    claim = _CHANGED_OF_BY.search(text, offset, value_start)
    if claim is None or claim.group(1).split()[-1] not in _HEAD_WORDS:
        return None
    found = _phrase_ending_at(text, claim.end(1))
    if found is None or found[0] < claim.start(1):
        return None
    return found[0], found[0] + len(found[1]), None


def _counted_object(text: str, value_start: int) -> re.Match[str] | None:
    """What a verb of change before the count at ``value_start`` changes (group 1), the count it is changed from
    skipped: "reduces valid-state denials from 57/120 to" 18/120."""
    earlier = _FROM_COUNT_TO.search(text, max(0, value_start - 20), value_start)
    return CHANGED_OBJECT_BEFORE.search(text, max(0, value_start - 90), earlier.start() if earlier else value_start)


def metrics_named_by_results(paper: Paper, results: list[ResultMention], entities: list[Mention],
                             summarised: Sequence[ResultMention] = ()) -> list[Mention]:
    """Metric mentions for the phrases that name results, where the paper's entities have no metric for them.

    A result gets the phrase it reports as its metric (``result.metric`` is set): the phrase bound to the value
    ("a 17% reduction in carbon emissions while maintaining accuracy") says more than the nearest metric word.
    Every distinct phrase that is not already an entity becomes one Metric mention with the phrase as evidence.
    ``summarised``: the values English summaries state; those the results do not hold name metrics too, and a
    restatement of a result names the metric its abstract sentence leaves unnamed ("Power conversion efficiency
    increased from 18.02% to 19.84%" for "improve the device efficiencies to 19.84%").
    """
    by_name = {n.lower(): m for m in entities for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}

    def name_metric(section_name: str, sentence: str, start: int, end: int, name: str, aliases: list[str]) -> None:
        evidence = Evidence(paper.id, section_name, sentence, start, end, "metric_phrase", 0.6)
        mention = made.get(name.lower())
        if mention is None:
            made[name.lower()] = Mention(name, "Metric", None, aliases, 0.6, [evidence])
        elif all((e.section, e.start) != (section_name, start) for e in mention.evidence):
            mention.evidence.append(evidence)

    def name_result(result: ResultMention) -> None:
        if result.unit and (unit := by_name.get(result.unit.lower())) is not None and unit.type == "Metric":
            return  # "90% accuracy at 30 FPS": a value whose unit is a metric reports that metric
        ev = result.evidence
        section = paper.sections.get(ev.section)
        if section is None:
            return
        if ev.rule == _COUNTED and result.metric:  # "27K parameters": what the value counts is its metric
            at = section.text.find(result.metric, ev.end, ev.end + 30)
            if at >= 0 and result.metric.lower() not in by_name:
                name_metric(section.name, ev.sentence, at, at + len(result.metric), result.metric, [])
            return
        if result.metric and result.metric.lower() in by_name and (
                "respectively" in section.text[ev.end:ev.end + 90] or _SLASH_AFTER.match(section.text, ev.end)):
            # "a sensitivity and specificity of 0.89 and 0.92, respectively", "mIoU / PQ of 84.1 / 67.2": paired in
            # order already
            return
        bound = bound_metric(section.text, ev.start, ev.end) if section.lang == "en" else None
        if bound is None:
            word = result.metric or ""
            english = CHINESE_METRICS.get(word)
            if english:  # a metric word of the Chinese summary, next to the value there
                entity = by_name.get(english) or next(
                    (m for m in made.values() if english in m.aliases), None)  # "harvesting success rates"
                if entity is not None and entity.type == "Metric":
                    result.metric = entity.name  # "准确率" where the English text says "accuracy"
                elif (where := _chinese_word_near_value(paper, word, result.value)) is not None:
                    zh, at = where
                    s_start, s_end = sentence_bounds(zh.text, at, at + len(word))
                    name_metric(zh.name, evidence_sentence(zh.text, s_start, s_end, at, at + len(word)), at, at + len(word),
                                word, [english])
            elif not word and section.lang == "en" and "/" in result.value and \
                    (changed := _counted_object(section.text, ev.start)) is not None:
                # "reduces valid-state denials from 57/120 to 18/120": a count names what it counts
                name = changed.group(1)
                result.metric = name
                name_metric(section.name, ev.sentence, changed.start(1), changed.end(1), name, [])
            elif word and word.lower() not in by_name and section.lang == "en":
                # "improves the model's accuracy on OOD benchmarks by an average of 5.24%": the metric word the
                # results bound, too far from the value for the entity scan to call it reported
                s_start, _ = sentence_bounds(section.text, ev.start, ev.end)
                at = section.text.rfind(word, s_start, ev.start)
                if at >= 0:
                    name_metric(section.name, ev.sentence, at, at + len(word), word, [])
            return
        start, end, phrase = bound
        name = section.text[start:end]
        aliases = [phrase] if phrase else []
        quantity = _quantity_measured(name)
        if quantity:  # "an indirect band gap of 1.14 eV": the metric is "band gap"
            aliases.append(name)
            start, name = end - len(quantity), quantity
        entity = by_name.get(name.lower())
        if entity is None:  # "a macro-averaged F1 of 0.71": the known metric whose name ends with the one bound,
            # or goes on after it ("83.39% precision at rank 1" is "precision at rank 1")
            entity = next((m for n, m in by_name.items() if m.type == "Metric" and len(n) > end - start and
                           (section.text[end - len(n):end].lower() == n or
                            section.text[start:start + len(n)].lower() == n)), None)
        if entity is None and " " not in name:  # "a champion efficiency of 21.0%" where the paper's one efficiency
            entity = _only_metric_headed_by(name, [*by_name.values(), *made.values()])  # is "power conversion
            # efficiency (PCE)"
        if entity is not None:
            if entity.type == "Technique":  # "power conversion efficiency (PCE)": a lower-case long form, yet a metric
                entity.type, entity.role = "Metric", None
            if entity.type == "Metric":
                result.metric = entity.name
            return
        singular = _singular_head(name)
        if singular:  # "reduces unsafe response rates by 39%": the metric is "unsafe response rate"
            aliases.append(name)
            name = singular
        result.metric = name
        base = _narrowed_base(name)
        if base:
            aliases.append(base)  # "harvesting success rates" refines "success rate"
        name_metric(section.name, ev.sentence, start, end, name, aliases)
        if singular:
            other = _coordinated_measure(section.text, start, name)
            if other and other[1].lower() not in by_name:  # "tensile and shear strengths of 1.81 and 1.50 MPa"
                name_metric(section.name, ev.sentence, other[0], other[0] + len(other[1].split(" ")[0]), other[1], [])

    by_digits = {value_digits(r.value): r for r in results}
    for result in [*results, *(s for s in summarised if value_digits(s.value) not in by_digits)]:
        name_result(result)
    for restated in summarised:
        result = by_digits.get(value_digits(restated.value))
        if result is not None and result.metric is None:
            name_result(restated)
            result.metric = restated.metric
    return list(made.values())


def _only_metric_headed_by(word: str, mentions: list[Mention]) -> Mention | None:
    """The paper's one Metric whose name or alias is a longer measure headed by ``word`` ("power conversion
    efficiency" for "efficiency"), or None when there is none or more than one."""
    suffix = " " + word.lower()
    headed = {id(m): m for m in mentions if m.type == "Metric" and any(
        n.lower().endswith(suffix) for n in (m.name, *m.aliases))}
    return next(iter(headed.values())) if len(headed) == 1 else None


def _quantity_measured(phrase: str) -> str | None:
    """The phrase without its first word when that word says which value of the quantity is reported ("peak
    efficiency", "indirect band gap") and the rest still names a measure, or None."""
    first, _, rest = phrase.partition(" ")
    if first.lower() not in _VALUE_KIND_WORDS or not rest:
        return None
    head = rest.rsplit(" ", 1)[-1]
    return rest if " " in rest and head in _HEAD_WORDS or head in _HEADS_ALONE else None


# A modifier joined by "and"/"or" to the one before a plural measure word: "tensile and shear strengths", "computational
# and memory overheads".
_COORDINATED_MODIFIER = re.compile(r"(?<![\w-])([a-z][a-z-]+) (?:and|or) $")


def _coordinated_measure(text: str, start: int, name: str) -> tuple[int, str] | None:
    """For a two-word measure named in the singular from a plural at ``text[start:]`` ("shear strengths"), the other
    measure a coordinated modifier before it names with the same head ("tensile strength"): its modifier's start and
    the name, or None."""
    modifier, _, head = name.partition(" ")
    if not head or " " in head:
        return None
    joined = _COORDINATED_MODIFIER.search(text, max(0, start - 40), start)
    if joined is None:
        return None
    word = joined.group(1)
    if word in _NOT_MODIFIERS or word.endswith("ing") and word not in _ING_MODIFIERS:
        return None
    return joined.start(1), f"{word} {head}"


def _singular_head(phrase: str) -> str | None:
    """The phrase with its plural measure word in the singular ("task success rates"), or None."""
    head = phrase.rsplit(" ", 1)[-1]
    if " " in phrase and head.endswith("s") and head[:-1] in _HEAD_WORDS:
        return phrase[:-1]
    return None


def _chinese_word_near_value(paper: Paper, word: str, value: str) -> tuple[Section, int] | None:
    """The summary section and offset where ``word`` is written before ``value`` (within 40 characters) or right
    after it ("准确率从78.51%提升至79.21%", "成功率75.8%"), or None."""
    for section in paper.sections.values():
        if section.lang == "en" or word not in section.text:
            continue
        text = section.text
        at_value = text.find(value)
        while at_value >= 0:
            at = text.rfind(word, max(0, at_value - 40), at_value)
            if at < 0:
                at = text.find(word, at_value + len(value), at_value + len(value) + 10 + len(word))
            if at >= 0:
                return section, at
            at_value = text.find(value, at_value + 1)
    return None


@lru_cache(maxsize=1)
def _known_metrics() -> frozenset[str]:
    return frozenset(e.text.lower() for e in load_lexicons().metrics)


# A first word that makes another metric of a known one, not a narrower one: granularity ("pixel-level AUROC",
# "per-class accuracy") and aggregation ("average precision" is not precision).
_NOT_NARROWING = re.compile(rf"(?:{METRIC_GRANULARITY}|per-[a-z]+|mean|average|median)\s")


def _narrowed_base(phrase: str) -> str | None:
    """The well-known metric a phrase narrows by one word for what or where it measures ("harvesting success rates",
    "task success rate", "generator win rate": "success rate", "win rate"), or None; granularity modifiers
    ("pixel-level AUROC") make another metric, not a narrower one."""
    space = phrase.find(" ")
    if space < 0 or _NOT_NARROWING.match(phrase, 0, space + 1):
        return None
    base = phrase[space + 1:]
    for candidate in (base, base[:-1] if base.endswith("s") else None):
        if candidate and candidate.lower() in _known_metrics():
            return candidate
    return None


# A cue after which the paper lists what it measures: "in terms of normalized return and constraint violation rate",
# "metrics such as answer relevance and task completion rate".
# "measuring convergence rates", "assessing prompt-generation consistency", "metrics for citation faithfulness".
_MEASURED_LIST_CUE = re.compile(r"(?=[imeaq])\b(?:in terms of|measured (?:by|with|using|via)|evaluated (?:by|with|using)|"
                                r"(?:measuring|evaluating|assessing|quantifying)|"
                                r"metrics?,?\s+(?:such as|including|like|namely|for)|metrics?\s*:)\s+(?:the\s+)?")
# A cue that calls what follows metrics: "metrics, including", "metrics such as", "metrics:" (not "a metric for").
_NAMED_METRIC_LIST = re.compile(r"metrics?(?:,?\s+(?:such as|including|like|namely)|\s*:)")
# The list runs to the end of the clause: a full stop, a semicolon, or a word that starts what follows it.
# (and a participle after a comma: "..., showcasing its scalability", not "..., training time")
_MEASURED_LIST_END = re.compile(r"[.;:()]|\s(?:on|across|for|in|under|at|compared|than|while|with|over|against|"
                                r"and\s+(?:we|our|it|the\s+results?)|to|from|by|which|that|as)\s|"
                                rf",\s+(?!(?:{'|'.join(sorted(_ING_MODIFIERS))})\b)[a-z]+ing\s")
# One of these is in every text _MEASURED_LIST_CUE matches: a substring test before the regex.
_MEASURED_LIST_WORDS = ("terms of", "metric", "measured", "measuring", "evaluated", "evaluating", "assessing",
                        "quantifying")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# Heads that make a listed phrase a measure ("task completion rate", "normalized return"); not "efficiency",
# "accuracy" or "quality", which name qualities as often as measures ("data efficiency", "generative quality").
_LISTED_HEADS = frozenset("""rate rates error errors score scores return reward relevance consistency distance
similarity correlation coefficient faithfulness time times""".split())
_LOWER_PHRASE = re.compile(r"(?:[a-z][a-z0-9-]*\s){1,3}[a-z][a-z0-9-]*")
# Listed beside a known metric, any short lower-case phrase is measured too ("measuring accuracy, F1-score, parameter
# count and computational complexity"), except the artefacts an evaluation shows ("confusion matrix", "ROC curves").
_LISTED_BESIDE_METRIC = re.compile(r"(?:[a-z][a-z0-9-]*\s){0,2}[a-z][a-z0-9-]*")
_LIST_ITEM = re.compile(r"[\w@-]+(?:\s[\w@-]+){0,2}")  # three words at most
_NOT_MEASURES = frozenset("matrix matrices curve curves plot plots map maps analysis analyses visualization".split())


def _listed_beside_metric(item: str) -> bool:
    """A short lower-case phrase that may be a measure listed beside a known metric: no lexicon metric word the
    entity rules left out ("evaluating recall"), no verb ("showcasing its scalability"), no artefact."""
    first, _, rest = item.partition(" ")
    return bool(_LISTED_BESIDE_METRIC.fullmatch(item)) and item not in _known_metrics() and not (
        first.endswith("ing") and first not in _ING_MODIFIERS) and item.rsplit(" ", 1)[-1] not in _NOT_MEASURES


def _is_measure_phrase(item: str, words: list[str]) -> bool:
    """A lower-case phrase of two to four words headed by a measure word, not a setting ("learning rate")."""
    return bool(_LOWER_PHRASE.fullmatch(item)) and words[-1] in _LISTED_HEADS and not (
        words[-1] in SETTING_HEADS and SETTING_MODIFIERS & set(words))


def _add_metric(made: dict[str, Mention], paper: Paper, section: Section, start: int, name: str, rule: str,
                aliases: Sequence[str] = ()) -> None:
    """Record in ``made`` the metric ``name`` written at ``start`` of ``section`` (a second place adds evidence)."""
    text, end = section.text, start + len(name)
    s_start, s_end = sentence_bounds(text, start, end)
    evidence = Evidence(paper.id, section.name, evidence_sentence(text, s_start, s_end, start, end), start, end,
                        rule, 0.55)
    if name in made:
        made[name].evidence.append(evidence)
    else:
        made[name] = Mention(name, "Metric", None, list(aliases), 0.55, [evidence])


def metrics_listed_after_cues(paper: Paper, entities: list[Mention]) -> list[Mention]:
    """Metric mentions for lower-case measure phrases of two to four words listed after a cue that says they are
    measured ("in terms of normalized return and constraint violation rate"), and for the short lower-case phrases
    of such a list that also holds a known metric or a measure phrase, when no entity names them yet."""
    known = {n.lower() for m in entities for n in (m.name, *m.aliases)}
    metrics = {n.lower() for m in entities if m.type == "Metric" for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}
    for section in paper.usable_sections():
        text = section.text
        if section.lang != "en" or not any(word in text for word in _MEASURED_LIST_WORDS):
            continue  # substring tests first: most sections hold no such cue
        for cue in _MEASURED_LIST_CUE.finditer(text):
            stop = _MEASURED_LIST_END.search(text, cue.end(), cue.end() + 160)
            end = stop.start() if stop else min(len(text), cue.end() + 160)
            at = cue.end()
            listed: list[tuple[int, str, bool]] = []  # each item: its start, its text, whether a measure phrase
            for item in _LIST_SPLIT.split(text[cue.end():end].rstrip()):  # (no blank before a bracket)
                start = text.find(item, at, end + 1)
                at = start + len(item) if start >= 0 else at
                if start >= 0 and item:
                    listed.append((start, item, _is_measure_phrase(item, item.split())))
            # (a list the text itself calls metrics needs no known metric in it: "coordination metrics, including
            # efficiency, overhead, error amplification, and redundancy")
            anchored = len(listed) > 1 and (_NAMED_METRIC_LIST.match(cue.group(0)) is not None or any(
                measure or item.lower() in metrics for _, item, measure in listed))
            for start, item, measure in listed:
                if anchored and not (measure or item.lower() in metrics or _LIST_ITEM.fullmatch(item)):
                    anchored = False  # a clause, not a list item, ends the list: "..., and tune the learning rate"
                if item in known or not (measure or anchored and _listed_beside_metric(item)):
                    continue
                last = item.rsplit(" ", 1)[-1]
                if last.endswith("s") and last[:-1] in _LISTED_HEADS:
                    item = item[:-1]  # "convergence rates": the metric is "convergence rate"
                    if item in known:
                        continue
                _add_metric(made, paper, section, start, item, "metric_list")
    return list(made.values())


# Two or three single words joined by "and"/"or" before the kind they are ("accuracy and invariance metrics",
# "reference-free diversity and readability metrics"); each must be a quality noun by its ending, a measure word or a
# known metric, so that "transport and device metrics" or "critic and reference-free metrics" name none.
_PAIR_BEFORE_KIND = re.compile(r"(?<![\w-])((?:[a-z]+,\s+){0,2}[a-z]+,?\s+(?:and|or)\s+[a-z]+)\s+$")
_KIND_WORDS = (" metrics", " measures")
_PAIR_REACH = 60  # characters before the kind word: three short words and their joints
_QUALITY_NOUN = re.compile(r"[a-z]{3,}(?:ity|ness|ance|ence|acy)")
_NOT_NAMED_QUALITIES = frozenset({"performance"})  # the whole of what is measured, not one measure


def _quality_measure(word: str) -> bool:
    """Whether a single listed word names a measured quality ("invariance", "readability", "accuracy")."""
    return word not in _NOT_NAMED_QUALITIES and (
        bool(_QUALITY_NOUN.fullmatch(word)) or word in _HEADS_ALONE or word in _known_metrics())


def metrics_paired_before_kind(paper: Paper, entities: list[Mention]) -> list[Mention]:
    """Metric mentions for the single words a sentence lists right before "metrics" or "measures" ("outperforms
    state-of-the-art methods in both accuracy and invariance metrics"), when every listed word names a quality and
    no entity names it yet."""
    known = {n.lower() for m in entities for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}
    for section in paper.usable_sections():
        text = section.text
        if section.lang != "en":
            continue
        for kind in _KIND_WORDS:  # each place a kind word is written: the list is matched back from it
            at_kind = text.find(kind)
            while at_kind >= 0:
                after = at_kind + len(kind)
                if not text[after:after + 1].isalpha():  # "metrics", not "metricsX"
                    pair = _PAIR_BEFORE_KIND.search(text, max(0, at_kind - _PAIR_REACH), at_kind + 1)
                    if pair is not None:
                        _name_listed_qualities(paper, section, pair, known, made)
                at_kind = text.find(kind, after)
    return list(made.values())


def _name_listed_qualities(paper: Paper, section: Section, pair: re.Match[str], known: set[str],
                           made: dict[str, Mention]) -> None:
    """Add to ``made`` a Metric mention for each word of a list matched before a kind word, when every word names a
    quality and no entity names it yet."""
    items = [(m.start(), m.group(0)) for m in re.finditer(r"[a-z]+", pair.group(1)) if m.group(0) not in ("and", "or")]
    if not all(_quality_measure(word) for _, word in items):
        return
    for at, word in items:
        start = pair.start(1) + at
        if word in known:
            continue
        _add_metric(made, paper, section, start, word, "metric_pair_kind")


# A Chinese claim that a method does as well or better in the listed measures: "SSE在效率和成功率方面始终优于现有方法",
# "在困惑度和得分上与现有高效Transformer相当或更优".
# or that it has a higher or the best measure: "具有最佳的精确度和召回率", "实现了更高的准确率".
_ZH_COMPARED_IN = re.compile(r"在([^，。；：在]{1,24}?)(?:方面|上)[^，。；]{0,20}?(?:优于|超越|超过|更优|领先|相当)|"
                             r"(?:更高|最高|最佳|更好|更低|最低)的([^，。；：的]{1,16})")
# A measure the summary says the method changed, past tense: "提高了成功率和跟踪精度", "显著降低了误码率".
_ZH_CHANGED = re.compile(r"(?:提高|提升|降低|减少|改善|增加|缩短)了([^，。；：、]{1,12}(?:[和与及、][^，。；：、]{1,10}){0,3})")
_ZH_CHANGED_SECTIONS = frozenset({"result", "conclusion", "tldr", "abstract"})
_ZH_COMPARED_WORDS = ("优于", "超越", "超过", "更优", "领先", "相当", "更高的", "最高的", "最佳的", "更好的", "更低的",
                      "最低的", "高于", "低于")
_ZH_LIST_SPLIT = re.compile(r"以及|[和与及、]")
# A measure the claim compares, written as its subject after a function word or a stop: "实现的最小总速率明显高于人工
# 启发式方法", "且其误码率均低于基线".
_ZH_COMPARED_SUBJECT = re.compile(r"(?:^|(?<=[，,。；：、和与及的在其且并而]))((?:(?![和与及的在其且并而])[\u4e00-\u9fff]){1,5}?"
                                  r"(?:率|误差|精度|指数|得分))(?:明显|显著|均|始终|都|远)?(?:高于|低于)")
# A measure phrase no lexicon knows, by its head: three characters or more ("检索召回率", "最小总速率"; a bare "效率" is
# a quality).
_ZH_MEASURE_PHRASE = re.compile(r"[\u4e00-\u9fff]{1,5}(?:率|误差|精度|指数|得分)")


def _chinese_measure(item: str, known: set[str]) -> list[str] | None:
    """The English aliases of a Chinese measure word or phrase of a claim (the English of a known word it is or
    ends with), or None when it names no measure or one the paper already names."""
    english = CHINESE_METRICS.get(item)
    if english is None:
        if len(item) < 3 or not _ZH_MEASURE_PHRASE.fullmatch(item):
            return None
        english = next((e for w, e in CHINESE_METRICS.items() if item.endswith(w)), None)  # "检索召回率": recall
    if item.lower() in known or english is not None and english.lower() in known:
        return None
    return [english] if english else []


def _add_listed_measures(made: dict[str, Mention], paper: Paper, section: Section, start: int, end: int,
                         known: set[str], rule: str, qualities: bool = True) -> None:
    """Add to ``made`` a Metric mention for each item of the Chinese list at ``section.text[start:end]`` that names a
    measure (see :func:`_chinese_measure`); without ``qualities``, not an efficiency no lexicon lists ("提高了生成效率"
    claims a quality)."""
    text, at = section.text, start
    for item in _ZH_LIST_SPLIT.split(text[start:end]):
        found = text.find(item, at, end)
        at = found + len(item) if found >= 0 else at
        if not qualities and item.strip().endswith("效率") and item.strip() not in CHINESE_METRICS:
            continue
        aliases = _chinese_measure(item.strip(), known)
        if found >= 0 and aliases is not None:
            _add_metric(made, paper, section, found, item, rule, aliases)


def metrics_compared_in_chinese(paper: Paper, entities: list[Mention]) -> list[Mention]:
    """For a paper whose only text is Chinese (no English abstract to take names from), Metric mentions for the
    known Chinese metric words of a claim that the method does better in them ("在效率和成功率方面始终优于") and for
    measure phrases headed by a rate, error or index there or as the subject of a comparison ("在检索召回率方面优于",
    "最小总速率明显高于") or that a result says were changed ("显著降低了误码率，提高了成功率和跟踪精度"), named as written
    with the English name as alias, when no entity names them yet."""
    abstract = paper.sections.get("abstract")
    if abstract is not None and abstract.lang == "en":
        return []
    known = {n.lower() for m in entities for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}
    for section in paper.usable_sections():
        text = section.text
        compared = any(w in text for w in _ZH_COMPARED_WORDS)
        changed = section.name in _ZH_CHANGED_SECTIONS and "了" in text
        if section.lang == "en" or not (compared or changed):
            continue  # substring tests first
        for claim in _ZH_COMPARED_IN.finditer(text) if compared else ():
            group = 1 if claim.group(1) else 2
            _add_listed_measures(made, paper, section, claim.start(group), claim.end(group), known, "metric_compared_zh")
        for change in _ZH_CHANGED.finditer(text) if changed else ():
            _add_listed_measures(made, paper, section, change.start(1), change.end(1), known, "metric_changed_zh",
                                 qualities=False)
        if "高于" in text or "低于" in text:
            for subject in _ZH_COMPARED_SUBJECT.finditer(text):
                aliases = _chinese_measure(subject.group(1), known)
                if aliases is not None:
                    _add_metric(made, paper, section, subject.start(1), subject.group(1), "metric_compared_zh",
                                aliases)
    return list(made.values())


# Measure words of Chinese summaries that no metric lexicon lists (systems and efficiency measures), with their English
# names: a metric only where a value reports it ("高达10倍的更低内存使用率", "推理时间低于20毫秒"); alone, "降低延迟"
# is a goal.
_ZH_BOUND_MEASURES = {"延迟": "latency", "时延": "latency", "推理延迟": "inference latency", "能耗": "energy consumption",
                      "功耗": "power consumption", "内存使用率": "memory usage", "内存使用": "memory usage",
                      "内存占用": "memory footprint", "CPU利用率": "CPU utilization", "GPU利用率": "GPU utilization",
                      "推理时间": "inference time", "训练时间": "training time", "运行时间": "runtime",
                      "响应时间": "response time", "计算成本": "computational cost", "计算开销": "computational overhead",
                      "加速比": "speedup", "错误率": "error rate", "误码率": "bit error rate"}
_ZH_BOUND_WORDS = sorted(_ZH_BOUND_MEASURES, key=len, reverse=True)  # longest first: "内存使用率" before "内存使用"
# After a value: "的", then words saying which way or which value ("更低", "整体"), then the measure and a change noun
# ("38%的整体能耗降低", "6倍的更低CPU利用率").
_ZH_AFTER_VALUE = re.compile(r"\s*的\s*(?:更低|更高|更少|更快|更短|更小|整体|总体|平均|总)*\s*")
_ZH_CHANGE_NOUN = re.compile(r"(?:降低|节省|减少|下降|提升|提高|增加|改善|缩短)?(?![\u4e00-\u9fff])|[和与及以同并而]")
# Before a value: the measure, then a comparison or change verb ("推理时间低于20毫秒", "延迟约20倍").
_ZH_BEFORE_VALUE = re.compile(r"(?:[为是约达]|低于|高于|小于|大于|达到|仅为|约为|最多|最高|高达|超过|不到|只有|"
                              r"(?:降低|减少|缩短|下降|提高|提升|增加)了?)*\s*$")


def _chinese_measure_bound(text: str, value_start: int, value_end: int) -> tuple[int, str] | None:
    """The start and word of a systems measure a value at ``text[value_start:value_end]`` reports in a Chinese
    section (see :data:`_ZH_BOUND_MEASURES`), written after the value and "的" or right before it, or None."""
    after = _ZH_AFTER_VALUE.match(text, value_end)
    if after:
        at = after.end()
        word = next((w for w in _ZH_BOUND_WORDS if text.startswith(w, at)), None)
        if word and _ZH_CHANGE_NOUN.match(text, at + len(word)):
            return at, word
    before = text[max(0, value_start - 12):value_start]
    joint = _ZH_BEFORE_VALUE.search(before)
    end = value_start - len(before) + (joint.start() if joint else len(before))
    word = next((w for w in _ZH_BOUND_WORDS if text.endswith(w, 0, end)), None)
    return (end - len(word), word) if word else None


def metrics_bound_in_chinese(paper: Paper, results: list[ResultMention], entities: list[Mention]) -> list[Mention]:
    """For a paper whose only text is Chinese, Metric mentions for the systems measures its values report ("LimeCEP
    实现了高达10倍的更低内存使用率": memory usage), named as written with the English name as alias; each such result
    gets the measure as its metric."""
    abstract = paper.sections.get("abstract")
    if abstract is not None and abstract.lang == "en":
        return []
    by_name = {n.lower(): m for m in entities for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}
    for result in results:
        section = paper.sections.get(result.evidence.section)
        if result.metric is not None or section is None or section.lang == "en":
            continue
        bound = _chinese_measure_bound(section.text, result.evidence.start, result.evidence.end)
        if bound is None:
            continue
        start, word = bound
        english = _ZH_BOUND_MEASURES[word]
        entity = by_name.get(word.lower()) or by_name.get(english.lower())
        if entity is not None and entity.type == "Metric":
            result.metric = entity.name
            continue
        _add_metric(made, paper, section, start, word, "metric_bound_zh", [english])
        result.metric = word
    return list(made.values())


# Plain metric words that a quality adjective before them makes a claim of quality, not a measure the paper reports:
# "achieves high accuracy and robustness", "for better accuracy" ("higher accuracy", "better accuracy than X" and
# "superior accuracy compared to X" compare, and stay).
_QUALITY_CLAIMED = frozenset({"accuracy", "precision"})
_QUALITY_ADJECTIVE = re.compile(r"(?:high|superior|better)[\s-]$", re.IGNORECASE)
_COMPARISON_AFTER = re.compile(r"[^.;]{0,30}?\b(?:than|compared)\b")


def drop_quality_claims(paper: Paper, entities: list[Mention], results: Sequence[ResultMention]) -> list[Mention]:
    """``entities`` without a plain metric word (accuracy, precision) every mention of which follows a quality
    adjective ("high accuracy"), when no result reports it."""
    reported = {r.metric.lower() for r in results if r.metric}

    def claimed(mention: Mention) -> bool:
        if mention.type != "Metric" or mention.name.lower() not in _QUALITY_CLAIMED or mention.aliases or \
                mention.name.lower() in reported or not mention.evidence:
            return False
        for ev in mention.evidence:
            section = paper.sections.get(ev.section)
            if section is None or not _QUALITY_ADJECTIVE.search(section.text, max(0, ev.start - 9), ev.start) or \
                    _COMPARISON_AFTER.match(section.text, ev.end):
                return False
        return True

    return [m for m in entities if not claimed(m)]


def drop_heads_of_longer_metrics(entities: list[Mention], results: Sequence[ResultMention]) -> list[Mention]:
    """``entities`` without a Metric every mention of which is part of a longer Metric's mention, when no result
    reports it: the head of the measure a value reports ("improves the long rollout accuracy of ... by over 20%":
    accuracy), not a metric of its own."""
    spans = [(ev.section, ev.start, ev.end) for m in entities if m.type == "Metric" for ev in m.evidence]
    reported = {r.metric for r in results if r.metric}

    def inside(section: str, start: int, end: int) -> bool:
        return any(s == section and s_start <= start and end <= s_end and s_end - s_start > end - start
                   for s, s_start, s_end in spans)

    return [m for m in entities if not (m.type == "Metric" and m.evidence and m.name not in reported and all(
        inside(ev.section, ev.start, ev.end) for ev in m.evidence))]


# An abstract's sentence reporting its experiments, then a verb of change and what it changes: "Extensive experiments
# demonstrate that QE consistently enhances task accuracy", "Experimental results in field tests show that X reduces
# navigation errors", "Results demonstrate improved predictive accuracy". Only measure heads that name a quantity
# (accuracy, precision, recall, errors, error and success rates), not qualities ("consistency", "quality").
_EXPERIMENT_OPENING = re.compile(r"(?:(?:Extensive|Comprehensive)\s+(?=e))?(?:[Ee]xperiments?|"
                                 r"[Ee]xperimental\s+results|Results|[Ee]valuations?)\b")
_CHANGED_MEASURE = re.compile(r"(?:es|ed|ing|s|e)?\s+(?:both\s+)?(?:the\s+)?"
                              r"((?:[a-z][a-z-]+\s){0,2}(?:accuracy|precision|recall|errors?|error\s+rates?|"
                              r"success\s+rates?))\b")
_EXPERIMENT_WORDS = ("xperiment", "esults", "valuation")
_CHANGE_STEMS = ("improv", "enhanc", "boost", "reduc", "lower", "rais")
_CLAIM_REACH = 200  # characters from the sentence's opening to the verb


def _changed_measures(text: str) -> list[tuple[int, int]]:
    """Spans of the measures an experiments sentence of ``text`` says are changed (see :data:`_CHANGED_MEASURE`)."""
    spans: list[tuple[int, int]] = []
    for stem in _CHANGE_STEMS:
        at = text.find(stem)
        while at >= 0:
            found = _CHANGED_MEASURE.match(text, at + len(stem)) if at == 0 or not text[at - 1].isalpha() else None
            if found:
                opening = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0  # the sentence's first word
                if at - opening <= _CLAIM_REACH and _EXPERIMENT_OPENING.match(text, opening):
                    spans.append(found.span(1))
            at = text.find(stem, at + len(stem))
    return sorted(spans)


def metrics_claimed_by_experiments(paper: Paper, entities: list[Mention]) -> list[Mention]:
    """Metric mentions for the measure an abstract's experiments sentence says the method changes ("Experiments
    show that X significantly improves stepwise reasoning accuracy"), when no entity names it yet."""
    section = paper.sections.get("abstract")
    if section is None or section.lang != "en":
        return []
    text = section.text
    if not any(w in text for w in _EXPERIMENT_WORDS):
        return []  # a substring test first: most abstracts hold no such sentence
    known = {n.lower() for m in entities for n in (m.name, *m.aliases)}
    made: dict[str, Mention] = {}
    for start, end in _changed_measures(text):
        phrase = text[start:end]
        words = phrase.split()
        if any(w in _NOT_MODIFIERS for w in words[:-1]):
            continue  # "improves both the efficiency and accuracy": a list, not one measure
        singular = _singular_head(phrase)
        name = singular or phrase
        if name.lower() in known or phrase.lower() in known or name in made:
            continue
        aliases = [phrase] if singular else []
        base = _narrowed_base(name)
        if base:
            aliases.append(base)
        s_start, s_end = sentence_bounds(text, start, end)
        evidence = Evidence(paper.id, section.name, evidence_sentence(text, s_start, s_end, start, end),
                            start, end, "metric_claim", 0.5)
        made[name] = Mention(name, "Metric", None, aliases, 0.5, [evidence])
    return list(made.values())


# A superlative result on a benchmark: "RubiCap achieves the highest win rates on CapArena", "attains the lowest
# collision rate across all scenes": the measure phrase between the superlative and "on" is a metric. The superlative
# and what follows it are matched first, the verb before it only then (most sections hold no such claim).
_SUPERLATIVE_ON = re.compile(r"(?:highest|best|lowest|top|strongest|state-of-the-art)\s+"
                             r"((?:[a-z][\w-]*\s){0,2}[a-z][\w-]*)\s+(?:on|across|among)\s")
_VERB_BEFORE_SUPERLATIVE = re.compile(r"\b(?:achiev|obtain|attain|reach|deliver|record|yield|set)\w*\s+(?:the\s+)?"
                                      r"(?:new\s+)?$")


def metrics_of_superlatives(paper: Paper, entities: list[Mention]) -> list[Mention]:
    """Metric mentions for a measure phrase a superlative result of the abstract names on a benchmark ("achieves the
    highest win rates on CapArena"), when no entity names it yet and its head is a measure word."""
    section = paper.sections.get("abstract")
    if section is None or not section.usable or section.lang != "en":
        return []
    known: set[str] | None = None
    made: dict[str, Mention] = {}
    text = section.text
    for found in _SUPERLATIVE_ON.finditer(text):  # (no "\b" first: ``re`` then skips to the words' first letters)
        if found.start() and (text[found.start() - 1].isalnum() or text[found.start() - 1] in "-_"):
            continue  # inside a word: "laptop users across"
        if not _VERB_BEFORE_SUPERLATIVE.search(text, max(0, found.start() - 40), found.start()):
            continue  # "prior work with the lowest error rates on X": a superlative, but not the paper's result
        phrase = found.group(1)
        words = phrase.split()
        head = words[-1][:-1] if words[-1].endswith("s") and words[-1][:-1] in _HEAD_WORDS else words[-1]
        if head not in _HEAD_WORDS or any(w in _NOT_MODIFIERS for w in words) or (
                head in _HEADS_GENERIC and len(words) < 2) or words[0] in ("performance", "results"):
            continue  # "the best performance on", "the highest rate on": no measure named
        name = " ".join([*words[:-1], head])
        if known is None:
            known = {n.lower() for m in entities for n in (m.name, *m.aliases)}
        if name.lower() in known or phrase.lower() in known or name in made:
            continue
        _add_metric(made, paper, section, found.start(1), phrase, "metric_superlative")
        if phrase != name:
            made[name] = made.pop(phrase)
            made[name].name, made[name].aliases = name, [phrase]
    return list(made.values())
