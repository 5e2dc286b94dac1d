"""Names of the kg ontology. GENERATED from ontology/kg.ttl by ``python -m kg.ontology``: do not edit."""

from __future__ import annotations

from enum import StrEnum

NAMESPACE = 'https://w3id.org/kg/ontology#'


class Cls(StrEnum):
    """Classes; the value is the ontology local name and the property-graph node label."""

    AUTHOR = 'Author'
    """A person or team named as an author of a paper."""
    BENCHMARK = 'Benchmark'
    """A dataset or suite used or named as a benchmark. Every Benchmark is also a Dataset."""
    CATEGORY = 'Category'
    """A subject category of a digest (cs.CV, or a custom category)."""
    CODE_REPOSITORY = 'CodeRepository'
    """A code, project or data URL given by a paper."""
    DATASET = 'Dataset'
    """A named dataset, corpus or environment."""
    DIGEST = 'Digest'
    """One digest file a paper was read from."""
    METHOD = 'Method'
    """A named model, architecture, algorithm, framework, system or tool."""
    METRIC = 'Metric'
    """An evaluation metric (accuracy, F1, mAP@0.5, PSNR ...)."""
    PAPER = 'Paper'
    """A research paper listed in a digest."""
    RESULT = 'Result'
    """A numeric result reported by a paper: a value, optionally for a metric, a dataset and a method."""
    TASK = 'Task'
    """A research task or problem a paper addresses."""
    TECHNIQUE = 'Technique'
    """A generic method family or technique (CNN, diffusion model, contrastive learning), not a proper name."""


class Rel(StrEnum):
    """Relations; the value is the ontology local name, the member name the relationship type."""

    ADDRESSES = 'addresses'
    """A paper addresses a task."""
    AUTHORED = 'authored'
    """An author wrote a paper."""
    EVALUATES_ON = 'evaluatesOn'
    """A paper evaluates on, trains on or uses a dataset or benchmark."""
    HAS_CODE = 'hasCode'
    """A paper gives a code, project or data URL."""
    IN_CATEGORY = 'inCategory'
    """A paper is listed under a category."""
    INTRODUCES = 'introduces'
    """A paper creates a dataset or benchmark."""
    MEASURES = 'measures'
    """The metric a result is a value of."""
    OF_METHOD = 'ofMethod'
    """The method a result was obtained with."""
    ON_DATASET = 'onDataset'
    """The dataset or benchmark a result was measured on."""
    OUTPERFORMS = 'outperforms'
    """A paper claims that one method beats another."""
    PROPOSES = 'proposes'
    """A paper introduces a method."""
    REPORTS = 'reports'
    """A paper states a numeric result."""
    USES = 'uses'
    """A paper uses, mentions or compares with a method or technique."""
    USES_METRIC = 'usesMetric'
    """A paper measures with a metric."""


DOMAIN_RANGE: dict[Rel, tuple[Cls | None, Cls | None]] = {
    Rel.ADDRESSES: (Cls.PAPER, Cls.TASK),
    Rel.AUTHORED: (Cls.AUTHOR, Cls.PAPER),
    Rel.EVALUATES_ON: (Cls.PAPER, Cls.DATASET),
    Rel.HAS_CODE: (Cls.PAPER, Cls.CODE_REPOSITORY),
    Rel.IN_CATEGORY: (Cls.PAPER, Cls.CATEGORY),
    Rel.INTRODUCES: (Cls.PAPER, Cls.DATASET),
    Rel.MEASURES: (Cls.RESULT, Cls.METRIC),
    Rel.OF_METHOD: (Cls.RESULT, Cls.METHOD),
    Rel.ON_DATASET: (Cls.RESULT, Cls.DATASET),
    Rel.OUTPERFORMS: (Cls.METHOD, Cls.METHOD),
    Rel.PROPOSES: (Cls.PAPER, Cls.METHOD),
    Rel.REPORTS: (Cls.PAPER, Cls.RESULT),
    Rel.USES: (Cls.PAPER, None),
    Rel.USES_METRIC: (Cls.PAPER, Cls.METRIC),
}
