"""The extraction pipeline: entities first, then results, relations and code links that refer to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention, Paper, PaperExtraction, ResultMention
from .code import extract_code
from .metric_phrases import (
    drop_heads_of_longer_metrics,
    drop_quality_claims,
    metrics_bound_in_chinese,
    metrics_claimed_by_experiments,
    metrics_compared_in_chinese,
    metrics_listed_after_cues,
    metrics_named_by_results,
    metrics_of_superlatives,
    metrics_paired_before_kind,
)
from .pattern_cache import cached_compiles
from .relations import extract_relations
from .results import extract_results

if TYPE_CHECKING:
    from .entities import EntityExtractor


class Extractor:
    """Turns one :class:`Paper` into a :class:`PaperExtraction`."""

    def __init__(self) -> None:
        # spaCy is imported here, not with the package: commands that never extract start ~0.7 s sooner
        with cached_compiles("entities"):  # the patterns of these modules and spaCy's, from the cache file
            from .entities import EntityExtractor

            self.entities: EntityExtractor = EntityExtractor()

    def extract_entities(self, paper: Paper) -> list[Mention]:
        """One :class:`Mention` per distinct entity of the paper, with evidence spans (see :mod:`.entities`)."""
        return self.entities.extract(paper)

    def extract(self, paper: Paper) -> PaperExtraction:
        entities = self.extract_entities(paper)
        code, code_evidence = extract_code(paper)
        summarised: list[ResultMention] = []  # values English summaries state: no results, but they name metrics
        results = extract_results(paper, entities, summarised)
        entities += metrics_named_by_results(paper, results, entities, summarised)
        entities += metrics_bound_in_chinese(paper, results, entities)
        entities += metrics_listed_after_cues(paper, entities)
        entities += metrics_claimed_by_experiments(paper, entities)
        entities += metrics_of_superlatives(paper, entities)
        entities += metrics_paired_before_kind(paper, entities)
        entities += metrics_compared_in_chinese(paper, entities)
        entities = drop_heads_of_longer_metrics(drop_quality_claims(paper, entities, results), results)
        return PaperExtraction(
            paper=paper,
            entities=entities,
            results=results,
            relations=extract_relations(paper, entities),
            code=code,
            code_evidence=code_evidence,
        )

    __call__ = extract


def extract_paper(paper: Paper) -> PaperExtraction:
    """Extract one paper with a default :class:`Extractor`."""
    return Extractor().extract(paper)
