"""kg's one internal model: the shape of every record the pipeline passes along.

read -> :class:`Paper` (with :class:`Section` and :class:`Provenance`)
extract -> :class:`PaperExtraction` (:class:`Mention`, :class:`ResultMention`, :class:`RelationMention`,
           each with :class:`Evidence`)
resolve/build -> :class:`KnowledgeGraph` of :class:`Node` and :class:`Edge`, from which every sink
           (RDF, property graph, Neo4j, HTML) is generated. Node types and edge types are the
           ontology's names (:mod:`kg.vocab`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .vocab import Cls, Rel

# Section names a paper can have, in reading order. "title" is the paper header's title.
SUMMARY_SECTIONS = ("tldr", "motivation", "data", "method", "result", "conclusion")  # "data": the data a paper uses
# ("contributions", "limitations": a digest's list of what the paper contributes and its summary of the paper's limits)
SECTION_NAMES = ("title", *SUMMARY_SECTIONS, "contributions", "limitations", "abstract", "keywords", "comment",
                 "ai_comments", "ai_abstract", "abstract_translation")

# Entity types an extractor can emit, and the ontology class each becomes.
ENTITY_TYPES = ("Method", "Dataset", "Benchmark", "Metric", "Task", "Technique")
ROLES = ("proposed", "used", "introduced", "evaluated_on", "compared")


@dataclass(slots=True)
class Section:
    """One field of a paper block (title, TL;DR, abstract ...), as text with its place in the file."""

    name: str
    text: str
    lang: str  # "en" | "zh"
    line_start: int  # 1-based, inclusive
    line_end: int
    char_start: int  # offset of the field's first character in the decoded file
    placeholder: bool = False  # an error placeholder ("Error: API quota exceeded"): never evidence
    wrapped: bool = False  # hard-wrapped over several lines (joined with spaces)

    @property
    def usable(self) -> bool:
        """True when this section may be used as evidence."""
        return not self.placeholder and bool(self.text.strip())


@dataclass(slots=True)
class Provenance:
    """Where a paper record came from."""

    file: str
    line_start: int
    line_end: int
    digest: str  # digest name (file stem)
    digest_date: str | None = None  # ISO date from the digest header or file name


@dataclass(slots=True)
class Paper:
    """One paper block of a digest."""

    id: str  # bare arXiv id, DOI, or "url-<hash>" for other links
    id_scheme: str  # "arxiv" | "doi" | "url"
    url: str
    title: str
    authors: list[str]
    categories: list[str]  # main category first, then trailer categories and the digest section
    sections: dict[str, Section]
    provenance: Provenance
    version: str | None = None  # arXiv version suffix ("v1"), kept apart from the id
    number: int | None = None  # the "[N]" of the header

    @property
    def main_category(self) -> str | None:
        return self.categories[0] if self.categories else None

    def text(self, name: str) -> str | None:
        """The text of a section when it exists and is not a placeholder."""
        section = self.sections.get(name)
        return section.text if section is not None and section.usable else None

    def usable_sections(self) -> Iterator[Section]:
        """Sections that may serve as evidence, in reading order."""
        for name in SECTION_NAMES:
            section = self.sections.get(name)
            if section is not None and section.usable:
                yield section

    @property
    def placeholders(self) -> list[str]:
        return [s.name for s in self.sections.values() if s.placeholder]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True, frozen=True)
class Evidence:
    """Where a fact was read: a span of one section of one paper."""

    paper: str
    section: str
    sentence: str
    start: int  # character offsets of the mention in the section text
    end: int
    rule: str = ""  # the component or rule that produced it
    confidence: float = 1.0

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:  # pickled by position: sink processes get many
        return (Evidence, (self.paper, self.section, self.sentence, self.start, self.end, self.rule, self.confidence))

    def to_json(self) -> dict[str, Any]:
        return {"section": self.section, "start": self.start, "end": self.end, "sentence": self.sentence,
                "rule": self.rule, "confidence": round(self.confidence, 3)}


@dataclass(slots=True)
class Mention:
    """A paper-level entity: one named thing with every place the paper mentions it."""

    name: str
    type: str  # one of ENTITY_TYPES
    role: str | None = None  # one of ROLES
    aliases: list[str] = field(default_factory=list)
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "role": self.role, "aliases": list(self.aliases),
                "confidence": round(self.confidence, 3), "evidence": [e.to_json() for e in self.evidence]}


@dataclass(slots=True)
class ResultMention:
    """A numeric result as stated: value as written, parsed number and unit, and what it is of."""

    value: str
    number: float | None
    unit: str | None
    metric: str | None
    dataset: str | None
    method: str | None
    evidence: Evidence
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "number": self.number, "unit": self.unit, "metric": self.metric,
                "dataset": self.dataset, "method": self.method, "confidence": round(self.confidence, 3),
                "evidence": self.evidence.to_json()}


@dataclass(slots=True)
class RelationMention:
    """A relation between two named entities claimed by a paper (e.g. OUTPERFORMS)."""

    type: str  # a Rel member name, e.g. "OUTPERFORMS"
    source: str
    target: str
    evidence: Evidence
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "source": self.source, "target": self.target,
                "confidence": round(self.confidence, 3), "evidence": self.evidence.to_json()}


@dataclass(slots=True)
class PaperExtraction:
    """Everything extracted from one paper."""

    paper: Paper
    entities: list[Mention] = field(default_factory=list)
    results: list[ResultMention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    code_evidence: list[Evidence] = field(default_factory=list)  # parallel to ``code``

    def to_json(self) -> dict[str, Any]:
        """The ``kg extract`` JSONL record."""
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "entities": [m.to_json() for m in self.entities],
            "results": [r.to_json() for r in self.results],
            "relations": [r.to_json() for r in self.relations],
            "code": list(self.code),
        }


# ----------------------------------------------------------------------------- the graph


Scalar = str | int | float | bool
PropValue = Scalar | list[str] | None


@dataclass(slots=True)
class Node:
    """A graph node. ``id`` is deterministic (same input, same id); ``type`` an ontology class."""

    id: str
    type: Cls
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, PropValue] = field(default_factory=dict)
    papers: set[str] = field(default_factory=set)  # ids of papers that mention it

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return (Node, (self.id, self.type, self.name, self.aliases, self.props, self.papers))

    @property
    def labels(self) -> list[str]:
        """Property-graph labels: a Benchmark is also a Dataset."""
        if self.type is Cls.BENCHMARK:
            return [Cls.DATASET.value, Cls.BENCHMARK.value]
        return [self.type.value]


@dataclass(slots=True)
class Edge:
    """A directed, typed fact with the evidence for it."""

    source: str
    type: Rel
    target: str
    evidence: list[Evidence] = field(default_factory=list)
    props: dict[str, PropValue] = field(default_factory=dict)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return (Edge, (self.source, self.type, self.target, self.evidence, self.props))

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type.name, self.target)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=1.0)


@dataclass
class KnowledgeGraph:
    """Nodes by id and edges by (source, type, target): what every sink is generated from."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)

    def add_node(self, node: Node) -> Node:
        """Add a node, or merge aliases, props and papers into the node with the same id."""
        existing = self.nodes.get(node.id)
        if existing is None:
            self.nodes[node.id] = node
            return node
        for alias in node.aliases:
            if alias not in existing.aliases and alias != existing.name:
                existing.aliases.append(alias)
        for key, value in node.props.items():
            existing.props.setdefault(key, value)
        existing.papers |= node.papers
        return existing

    def add_edge(self, edge: Edge) -> Edge:
        """Add an edge, or merge its evidence into the edge with the same key."""
        existing = self.edges.get(edge.key)
        if existing is None:
            self.edges[edge.key] = edge
            return edge
        for ev in edge.evidence:
            if ev not in existing.evidence:
                existing.evidence.append(ev)
        for key, value in edge.props.items():
            existing.props.setdefault(key, value)
        return existing

    def canonicalize(self) -> None:
        """Sort nodes, edges, aliases and evidence so outputs do not depend on input order."""
        for node in self.nodes.values():
            node.aliases.sort()
        for edge in self.edges.values():
            edge.evidence.sort(key=lambda e: (e.paper, e.section, e.start, e.end, e.rule, e.sentence))
        self.nodes = dict(sorted(self.nodes.items()))
        self.edges = dict(sorted(self.edges.items()))

    def nodes_of(self, *types: Cls) -> list[Node]:
        return [n for n in self.nodes.values() if n.type in types]

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label and edge counts per relationship type."""
        labels: dict[str, int] = {}
        for node in self.nodes.values():
            for label in node.labels:
                labels[label] = labels.get(label, 0) + 1
        rels: dict[str, int] = {}
        for edge in self.edges.values():
            rels[edge.type.name] = rels.get(edge.type.name, 0) + 1
        return {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(rels.items()))}
