"""Builds the :class:`KnowledgeGraph` from papers and their extractions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .model import Edge, Evidence, KnowledgeGraph, Node, PaperExtraction, Provenance
from .resolve import EntityResolver, entity_id, normalise
from .vocab import Cls, Rel

ENTITY_CLASS = {
    "Method": Cls.METHOD, "Dataset": Cls.DATASET, "Benchmark": Cls.BENCHMARK,
    "Metric": Cls.METRIC, "Task": Cls.TASK, "Technique": Cls.TECHNIQUE,
}
# Which relation a paper has to an entity, by entity type and role.
ROLE_RELATION = {
    ("Method", "proposed"): Rel.PROPOSES,
    ("Dataset", "introduced"): Rel.INTRODUCES,
    ("Benchmark", "introduced"): Rel.INTRODUCES,
}
TYPE_RELATION = {
    "Method": Rel.USES, "Technique": Rel.USES, "Dataset": Rel.EVALUATES_ON, "Benchmark": Rel.EVALUATES_ON,
    "Metric": Rel.USES_METRIC, "Task": Rel.ADDRESSES,
}


# Nodes that belong to one paper: the paper and its results. Every edge touching one of them is that
# paper's too; every other node (authors, methods, datasets ...) and edge (OUTPERFORMS) is shared.
PAPER_LOCAL = (Cls.PAPER, Cls.RESULT)


def paper_node_id(paper_id: str) -> str:
    return entity_id(Cls.PAPER, paper_id)


def split_graph(graph: KnowledgeGraph, paper_order: Iterable[str]) -> tuple[KnowledgeGraph, list[KnowledgeGraph]]:
    """The shared part of ``graph`` and one part per paper (in ``paper_order``), as a streaming build
    gives them: a paper's part holds its Paper and Result nodes and every edge touching them."""
    owner = {n.id: next(iter(n.papers)) for n in graph.nodes.values() if n.type in PAPER_LOCAL and n.papers}
    shared = KnowledgeGraph()
    parts: dict[str, KnowledgeGraph] = {pid: KnowledgeGraph() for pid in paper_order}
    for node in graph.nodes.values():
        part = parts.get(owner.get(node.id, ""))
        (part or shared).nodes[node.id] = node
    for key, edge in graph.edges.items():
        paper = owner.get(edge.source) or owner.get(edge.target)
        part = parts.get(paper or "")
        (part or shared).edges[key] = edge
    for part in parts.values():
        part.canonicalize()
    return shared, list(parts.values())


class GraphBuilder:
    """Adds papers and their extractions to one graph, one paper at a time."""

    def __init__(self, resolver: EntityResolver | None = None, graph: KnowledgeGraph | None = None) -> None:
        self.resolver = resolver or EntityResolver()
        self.graph = graph or KnowledgeGraph()
        self.added: set[str] = set()  # ids of the papers added (their nodes may have been detached)

    def paper_ids(self) -> set[str]:
        """Ids of every paper added so far."""
        return set(self.added)

    def _entity(self, type_name: str, name: str, aliases: Iterable[str], paper_id: str) -> Node:
        cls = ENTITY_CLASS[type_name]
        aliases = [a for a in aliases if a != name]
        # The resolver merges spellings, abbreviations and long forms across papers; Dataset and Benchmark
        # share one name space, and a name seen once as Dataset and once as Benchmark is a Benchmark.
        node_id = self.resolver.resolve(cls, name, aliases)
        existing = self.graph.nodes.get(node_id)
        if existing is not None:
            if cls is Cls.BENCHMARK and existing.type is Cls.DATASET:
                existing.type = Cls.BENCHMARK
            return self._node(Node(existing.id, existing.type, existing.name, [name, *aliases], papers={paper_id}))
        return self._node(Node(node_id, cls, name, aliases, papers={paper_id}))

    def add(self, extraction: PaperExtraction, detach: bool = False) -> KnowledgeGraph | None:
        """Add one paper, its authors, categories, code links, entities, results and relations.

        With ``detach`` the paper's own nodes and edges (see :data:`PAPER_LOCAL`) are taken out of the
        graph and returned as the paper's part; only shared nodes and edges stay, so a streaming build
        holds the entities, not the corpus.
        """
        self._touched: dict[str, Node] = {}
        self._edges: list[tuple[str, str, str]] = []
        self.added.add(extraction.paper.id)
        self._add(extraction)
        self._stamp_seen(extraction.paper.provenance)
        if not detach:
            return None
        part = KnowledgeGraph()
        g = self.graph
        local = {nid for nid, node in self._touched.items() if node.type in PAPER_LOCAL}
        for nid in local:
            part.nodes[nid] = g.nodes.pop(nid)
        for key in self._edges:
            if (key[0] in local or key[2] in local) and key in g.edges:
                part.edges[key] = g.edges.pop(key)
        part.canonicalize()
        return part

    def _edge(self, edge: Edge) -> None:
        self.graph.add_edge(edge)
        self._edges.append(edge.key)

    def _node(self, node: Node) -> Node:
        added = self.graph.add_node(node)
        self._touched[added.id] = added
        return added

    def _stamp_seen(self, provenance: Provenance) -> None:
        """first_seen / last_seen (digest date and name) on every node the paper touched."""
        seen = (provenance.digest_date or "", provenance.digest)
        for node in self._touched.values():
            props = node.props
            if "first_seen_digest" not in props or seen < (props["first_seen"] or "", props["first_seen_digest"]):
                props["first_seen"], props["first_seen_digest"] = seen[0] or None, seen[1]
            if "last_seen_digest" not in props or seen > (props["last_seen"] or "", props["last_seen_digest"]):
                props["last_seen"], props["last_seen_digest"] = seen[0] or None, seen[1]

    def _add(self, extraction: PaperExtraction) -> None:
        paper = extraction.paper
        pid = paper_node_id(paper.id)
        props = {
            "title": paper.title, "url": paper.url, "id_scheme": paper.id_scheme, "arxiv_version": paper.version,
            "digest": paper.provenance.digest, "digest_date": paper.provenance.digest_date,
            "source_file": paper.provenance.file, "line_start": paper.provenance.line_start,
            "line_end": paper.provenance.line_end,
        }
        for name in ("tldr", "abstract"):
            section = paper.sections.get(name)
            if section is not None and section.usable:
                props[name] = section.text
                props[f"{name}_lang"] = section.lang
        self._node(Node(pid, Cls.PAPER, paper.title, [paper.id], props, {paper.id}))
        header = Evidence(paper.id, "header", paper.title, 0, len(paper.title), "reader")
        for author in paper.authors:
            aid = entity_id(Cls.AUTHOR, normalise(author))
            self._node(Node(aid, Cls.AUTHOR, author, papers={paper.id}))
            self._edge(Edge(aid, Rel.AUTHORED, pid, [header]))
        for category in paper.categories:
            cid = entity_id(Cls.CATEGORY, normalise(category))
            self._node(Node(cid, Cls.CATEGORY, category, papers={paper.id}))
            self._edge(Edge(pid, Rel.IN_CATEGORY, cid, [header]))
        for url, evidence in zip(extraction.code, extraction.code_evidence):
            rid = entity_id(Cls.CODE_REPOSITORY, hashlib.sha1(url.encode()).hexdigest()[:16])
            self._node(Node(rid, Cls.CODE_REPOSITORY, url, props={"url": url}, papers={paper.id}))
            self._edge(Edge(pid, Rel.HAS_CODE, rid, [evidence]))
        names: dict[str, str] = {}  # mention name -> node id, for results and relations
        for mention in extraction.entities:
            node = self._entity(mention.type, mention.name, mention.aliases, paper.id)
            names[mention.name] = node.id
            for alias in mention.aliases:
                names.setdefault(alias, node.id)
            rel = ROLE_RELATION.get((mention.type, mention.role or "")) or TYPE_RELATION[mention.type]
            self._edge(Edge(pid, rel, node.id, list(mention.evidence)))
        for index, result in enumerate(extraction.results):
            ev = result.evidence
            rid = entity_id(Cls.RESULT, f"{paper.id}/{ev.section}/{ev.start}-{ev.end}/{index}")
            self._node(Node(rid, Cls.RESULT, result.value, props={
                "value": result.value, "number": result.number, "unit": result.unit,
                "metric_name": result.metric, "dataset_name": result.dataset, "method_name": result.method,
            }, papers={paper.id}))
            self._edge(Edge(pid, Rel.REPORTS, rid, [ev]))
            for target, rel in ((result.metric, Rel.MEASURES), (result.dataset, Rel.ON_DATASET), (result.method, Rel.OF_METHOD)):
                if target and target in names:
                    self._edge(Edge(rid, rel, names[target], [ev]))
        for relation in extraction.relations:
            src, dst = names.get(relation.source), names.get(relation.target)
            if src and dst and src != dst:
                self._edge(Edge(src, Rel[relation.type], dst, [relation.evidence], {"paper": paper.id}))
