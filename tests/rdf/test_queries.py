"""Saved SPARQL queries: rdflib and pyoxigraph return the same result set on the seed graph, and that set
equals the answer computed directly from the internal KnowledgeGraph (so it is non-empty exactly
where the seed has answers). Parameters are picked from the internal graph too."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from kg.errors import QueryError
from kg.model import KnowledgeGraph, Node
from kg.query.sparql import bind_params, load_graph, parse_params, read_header, run_sparql, saved_queries
from kg.rdf.iris import web_iri
from kg.resources import QUERIES_DIR
from kg.vocab import Cls, Rel

SAVED = saved_queries()
DATASETS = (Cls.DATASET, Cls.BENCHMARK)


def pid(node_id: str) -> str:
    return node_id.partition("/")[2]


def sources(g: KnowledgeGraph, target: str, *rels: Rel) -> set[str]:
    return {e.source for e in g.edges.values() if e.target == target and e.type in rels}


def targets(g: KnowledgeGraph, source: str, *rels: Rel) -> set[str]:
    return {e.target for e in g.edges.values() if e.source == source and e.type in rels}


def matches(node: Node, name: str) -> bool:
    return any(n.lower() == name.lower() for n in [node.name, *node.aliases])


def most_papers(g: KnowledgeGraph, types: tuple[Cls, ...], *rels: Rel) -> str:
    """The name of the node of ``types`` with the most papers via ``rels`` (a parameter with answers)."""
    scored = [(len(sources(g, n.id, *rels)), n.name) for n in g.nodes_of(*types)]
    scored = [s for s in scored if s[0]]
    return max(scored)[1] if scored else "no such name in the seed"


# ------------------------------------------------------------------ the answers, from the internal graph


def papers_on_dataset(g: KnowledgeGraph, dataset: str) -> list[tuple]:
    return list({(pid(p), g.nodes[p].props["title"]) for d in g.nodes_of(*DATASETS) if matches(d, dataset)
                 for p in sources(g, d.id, Rel.EVALUATES_ON, Rel.INTRODUCES)})


def top_datasets(g: KnowledgeGraph) -> list[tuple]:
    rows = [(d.name, d.type is Cls.BENCHMARK, len(sources(g, d.id, Rel.EVALUATES_ON, Rel.INTRODUCES))) for d in g.nodes_of(*DATASETS)]
    return [r for r in rows if r[2]]


def leaderboard(g: KnowledgeGraph, dataset: str) -> list[tuple]:
    rows = []
    for d in g.nodes_of(*DATASETS):
        if not matches(d, dataset):
            continue
        for r in sources(g, d.id, Rel.ON_DATASET):
            result = g.nodes[r]
            method = [g.nodes[m].name for m in targets(g, r, Rel.OF_METHOD)] or [result.props.get("method_name")]
            metric = [g.nodes[m].name for m in targets(g, r, Rel.MEASURES)] or [result.props.get("metric_name")]
            number = result.props.get("number")
            for paper in sources(g, r, Rel.REPORTS):
                rows.append((pid(paper), method[0], metric[0], result.props["value"], None if number is None else float(number)))
    return rows


def proposed_methods(g: KnowledgeGraph) -> list[tuple]:
    rows = []
    for e in g.edges.values():
        if e.type is Rel.PROPOSES:
            tasks = [g.nodes[t].name for t in targets(g, e.source, Rel.ADDRESSES)] or [None]
            rows += [(g.nodes[e.target].name, pid(e.source), t) for t in tasks]
    return rows


def datasets_used_together(g: KnowledgeGraph) -> list[tuple]:
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for paper in g.nodes_of(Cls.PAPER):
        names = {g.nodes[d].name for d in targets(g, paper.id, Rel.EVALUATES_ON)}
        for a, b in combinations(sorted(names), 2):
            pairs[(a, b)].add(paper.id)
    return [(a, b, len(p)) for (a, b), p in pairs.items()]


def outperforms(g: KnowledgeGraph, method: str) -> list[tuple]:
    return list({(g.nodes[e.source].name, g.nodes[e.target].name, ev.paper) for e in g.edges.values()
                 if e.type is Rel.OUTPERFORMS and matches(g.nodes[e.source], method) for ev in e.evidence})


def papers_with_code(g: KnowledgeGraph) -> list[tuple]:
    return [(pid(e.source), g.nodes[e.source].props["title"], web_iri(g.nodes[e.target].props["url"]) or g.nodes[e.target].props["url"])
            for e in g.edges.values() if e.type is Rel.HAS_CODE]


def per_node_papers(g: KnowledgeGraph, types: tuple[Cls, ...], rels: tuple[Rel, ...], outgoing: bool = False) -> list[tuple]:
    rows = []
    for node in g.nodes_of(*types):
        papers = targets(g, node.id, *rels) if outgoing else sources(g, node.id, *rels)
        if papers:
            rows.append((node.name, len(papers)))
    return rows


def metrics_per_task(g: KnowledgeGraph) -> list[tuple]:
    papers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for paper in g.nodes_of(Cls.PAPER):
        for t in targets(g, paper.id, Rel.ADDRESSES):
            for m in targets(g, paper.id, Rel.USES_METRIC):
                papers[(t, m)].add(paper.id)
    return [(g.nodes[t].name, g.nodes[m].name, len(p)) for (t, m), p in papers.items()]


def paper_evidence(g: KnowledgeGraph, paper: str) -> list[tuple]:
    return [(e.type.name, g.nodes[e.target].name, ev.section, ev.sentence, ev.start, ev.end)
            for e in g.edges.values() for ev in e.evidence if ev.paper == paper]


def first_seen_in_digest(g: KnowledgeGraph, digest: str) -> list[tuple]:
    return [(n.type.value, n.name) for n in g.nodes.values() if n.props.get("first_seen_digest") == digest]


ORACLES: dict[str, Callable[..., list[tuple]]] = {
    "papers_on_dataset": papers_on_dataset,
    "top_datasets": top_datasets,
    "leaderboard": leaderboard,
    "proposed_methods": proposed_methods,
    "datasets_used_together": datasets_used_together,
    "outperforms": outperforms,
    "papers_with_code": papers_with_code,
    "authors_by_papers": lambda g: per_node_papers(g, (Cls.AUTHOR,), (Rel.AUTHORED,), outgoing=True),
    "metrics_per_task": metrics_per_task,
    "paper_evidence": paper_evidence,
    "first_seen_in_digest": first_seen_in_digest,
    "papers_by_category": lambda g: per_node_papers(g, (Cls.CATEGORY,), (Rel.IN_CATEGORY,)),
    "methods_by_papers": lambda g: per_node_papers(g, (Cls.METHOD,), (Rel.PROPOSES, Rel.USES)),
    "tasks_by_papers": lambda g: per_node_papers(g, (Cls.TASK,), (Rel.ADDRESSES,)),
}


def params_for(name: str, g: KnowledgeGraph) -> dict[str, str]:
    """Parameter values with answers in the seed, chosen from the internal graph."""
    if name in ("papers_on_dataset", "leaderboard"):
        rels = (Rel.ON_DATASET,) if name == "leaderboard" else (Rel.EVALUATES_ON, Rel.INTRODUCES)
        return {"dataset": most_papers(g, DATASETS, *rels)}
    if name == "outperforms":
        edges = sorted(e.source for e in g.edges.values() if e.type is Rel.OUTPERFORMS)
        return {"method": g.nodes[edges[0]].name if edges else "no such method"}
    if name == "paper_evidence":
        counts = Counter(ev.paper for e in g.edges.values() for ev in e.evidence)
        return {"paper": max(counts, key=lambda p: (counts[p], p))}
    if name == "first_seen_in_digest":
        return {"digest": sorted(str(n.props["first_seen_digest"]) for n in g.nodes.values() if n.props.get("first_seen_digest"))[0]}
    return {}


@pytest.fixture(scope="module")
def engines(seed_build) -> dict[str, Any]:
    return {name: load_graph(seed_build.out_dir, name) for name in ("oxigraph", "rdflib")}


def as_tuples(columns: list[str], rows: list[dict]) -> Counter:
    return Counter(tuple(row[c] for c in columns) for row in rows)


def test_there_are_at_least_12_saved_queries_each_with_an_oracle() -> None:
    assert len(SAVED) >= 12
    assert set(ORACLES) <= set(SAVED)
    assert all("sparql" in q.languages for q in SAVED.values())


@pytest.mark.parametrize("name", sorted(ORACLES))
def test_saved_query_agrees_on_both_engines_and_with_the_internal_graph(name: str, engines, seed_memory) -> None:
    g = seed_memory.graph
    params = params_for(name, g)
    results = {engine: run_sparql(name, loaded, params) for engine, loaded in engines.items()}
    (ox_cols, ox_rows), (rl_cols, rl_rows) = results["oxigraph"], results["rdflib"]
    assert ox_cols == rl_cols == SAVED[name].columns
    assert as_tuples(ox_cols, ox_rows) == as_tuples(rl_cols, rl_rows)
    expected = Counter(ORACLES[name](g, **params))
    assert as_tuples(ox_cols, ox_rows) == expected


def test_seed_has_answers_for_the_basic_queries(engines, seed_memory) -> None:
    """Authors, categories and code links exist in every seed build: these never come back empty."""
    for name in ("authors_by_papers", "papers_by_category", "papers_with_code", "paper_evidence", "first_seen_in_digest"):
        _, rows = run_sparql(name, engines["oxigraph"], params_for(name, seed_memory.graph))
        assert rows, name


def test_every_saved_query_has_a_header() -> None:
    for query in SAVED.values():
        text = query.files["sparql"].read_text(encoding="utf-8")
        description, params, columns = read_header(text)
        assert description and columns, query.name
        assert all(f"?{p}" in text for p in params), query.name


def test_params_are_bound_safely() -> None:
    query = "SELECT ?x WHERE { ?x ?p ?dataset }"
    bound = bind_params(query, {"dataset": 'evil" } ; DROP ALL ; {'})
    assert bound.startswith("SELECT ?x WHERE { VALUES ?dataset { ")
    assert '\\"' in bound  # the quote is escaped inside the literal
    assert bind_params("SELECT ?method WHERE { ?m ?p ?method_param }", {"method": "X"}).count("VALUES ?method_param") == 1
    assert "<http://example.org/x>" in bind_params(query, {"dataset": "<http://example.org/x>"})
    with pytest.raises(QueryError):
        bind_params(query, {"bad name": "x"})
    with pytest.raises(QueryError):
        parse_params(["no-equals-sign"])
    assert parse_params(["dataset=MVTec AD", "x=a=b"]) == {"dataset": "MVTec AD", "x": "a=b"}


def test_saved_query_parameters_are_checked(seed_build) -> None:
    with pytest.raises(QueryError, match="needs --param dataset"):
        run_sparql("leaderboard", seed_build.out_dir, {})
    with pytest.raises(QueryError, match="no parameter 'colour'"):
        run_sparql("top_datasets", seed_build.out_dir, {"colour": "red"})
    with pytest.raises(QueryError, match="no saved query named"):
        run_sparql("no_such_query", seed_build.out_dir, {})
    with pytest.raises(QueryError):
        run_sparql("SELECT ?x WHERE { ?x ?y", seed_build.out_dir, {})


def test_kg_query_cli_formats_and_queries_list(seed_build, tmp_path: Path, seed_memory) -> None:
    out = str(seed_build.out_dir)
    run = lambda *args: subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)  # noqa: E731
    as_json = run("query", "--sparql", "papers_by_category", "--graph", out, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    expected = sorted(ORACLES["papers_by_category"](seed_memory.graph))
    assert sorted((r["category"], r["papers"]) for r in json.loads(as_json.stdout)) == expected
    query_file = tmp_path / "count.rq"
    query_file.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }\n", encoding="utf-8")
    as_csv = run("query", "--sparql", str(query_file), "--graph", out, "--format", "csv", "--engine", "rdflib")
    assert as_csv.returncode == 0, as_csv.stderr
    types = sum(1 + (n.type is Cls.BENCHMARK) for n in seed_memory.graph.nodes.values())
    statements = len(seed_memory.graph.edges)
    derivations = sum(len(e.evidence) for e in seed_memory.graph.edges.values())
    assert as_csv.stdout.splitlines() == ["n", str(types + statements + derivations)]
    param = run("query", "--sparql", "paper_evidence", "--graph", out, "--param", f"paper={params_for('paper_evidence', seed_memory.graph)['paper']}", "-f", "json")
    assert param.returncode == 0 and json.loads(param.stdout)
    missing = run("query", "--sparql", "leaderboard", "--graph", out)
    assert missing.returncode == 1 and "needs --param dataset" in missing.stderr
    listing = run("queries", "--format", "json")
    names = {row["name"]: row for row in json.loads(listing.stdout)}
    assert set(names) == {p.stem for p in QUERIES_DIR.glob("*.rq")} | {p.stem for p in QUERIES_DIR.glob("*.cypher")}
    assert names["leaderboard"]["parameters"] == ["dataset"] and "sparql" in names["leaderboard"]["languages"]
