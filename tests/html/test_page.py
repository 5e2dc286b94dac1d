"""The HTML page without a browser: self-contained, escaped, and the data it carries matches the view."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.model import Edge, Evidence
from kg.view import ViewSpec, render_page, select_view
from kg.view.load import graph_from_node_link, load_graph
from kg.view.page import paper_url, safe_url
from kg.view.style import TYPE_STYLES, node_size, style_of
from kg.vocab import Cls, Rel

from .graphs import star_of_stars

DATA = Path(__file__).parent / "data"
XSS_DIGEST = DATA / "xss-digest.md"
PAYLOADS = ('<script>window.__kgXss="raw-title"</script>', '<img src=x onerror=window.__kgXss="raw-img">',
            '"><svg onload=window.__kgXss="raw-svg">', "</script><script>window.__kgXss='raw-breakout'</script>")


class _Tags(HTMLParser):
    """Every start tag of a page, with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(html: str) -> _Tags:
    tags = _Tags()
    tags.feed(html)
    return tags


def page_data(html: str) -> dict:
    attrs, text = next(s for s in parse(html).scripts if s[0].get("id") == "kg-data")
    return json.loads(text)


def poisoned(graph):
    """The graph with raw payloads in a paper's title, an author's name, an alias and an evidence sentence."""
    paper = next(n for n in graph.nodes.values() if n.type is Cls.PAPER)
    author = next(n for n in graph.nodes.values() if n.type is Cls.AUTHOR)
    paper.name = paper.props["title"] = PAYLOADS[0] + " & 'quotes' \"double\""
    paper.props["abstract"] = " ".join(PAYLOADS)
    paper.props["url"] = "javascript:window.__kgXss='url'"
    author.name = PAYLOADS[1]
    author.aliases.append(PAYLOADS[2])
    graph.add_edge(Edge(author.id, Rel.AUTHORED, paper.id, [Evidence(paper.id, PAYLOADS[3], PAYLOADS[3], 0, 1)]))
    return graph


def test_page_is_self_contained(seed_build) -> None:
    html = render_page(seed_build.graph, select_view(seed_build.graph))
    tags = parse(html)
    for tag, attrs in tags.tags:
        assert "src" not in attrs and tag not in ("link", "img", "iframe", "object", "embed"), (tag, attrs)
    assert "cdn" not in html.lower().split("<script>")[0]  # nothing before the inline scripts points to a CDN
    # Every executable script is allowed by the CSP hash, and nothing else is.
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    executable = [text for attrs, text in tags.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    assert {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in executable} == allowed
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_page_data_matches_the_view(seed_build) -> None:
    graph = seed_build.graph
    view = select_view(graph, ViewSpec(max_nodes=120))
    data = page_data(render_page(graph, view))
    assert [n["id"] for n in data["nodes"]] == view.node_ids
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(s, t) for s, _, t in view.edge_keys}
    assert len({e["id"] for e in data["edges"]}) == len(view.edge_keys)
    assert data["meta"]["nodes"] == len(view.node_ids) and data["meta"]["total_nodes"] == len(graph.nodes)
    assert data["meta"]["left_out"] == view.left_out and sum(view.left_out.values()) == len(graph.nodes) - 120
    legend = {item["type"]: item for item in data["legend"]}
    for node in data["nodes"]:
        cls = Cls(node["kg"]["type"])
        assert node["color"] == style_of(cls).colour and node["shape"] == style_of(cls).shape
        assert cls.value in legend
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_every_class_has_a_distinct_style_and_size_grows_with_degree() -> None:
    assert set(TYPE_STYLES) == set(Cls)
    assert len({(s.colour, s.shape) for s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    sizes = [node_size(d) for d in (0, 1, 2, 5, 20, 100)]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)


def test_node_and_edge_details(seed_build) -> None:
    graph = seed_build.graph
    data = page_data(render_page(graph, select_view(graph, ViewSpec(max_nodes=None))))
    by_id = {n["id"]: n["kg"] for n in data["nodes"]}
    paper = next(n for n in graph.nodes.values() if n.type is Cls.PAPER)
    info = by_id[paper.id]
    authors = [graph.nodes[s].name for s, r, t in graph.edges if r == Rel.AUTHORED.name and t == paper.id]
    assert info["title"] == paper.props["title"] and info["authors"] == authors[:8]
    assert info["categories"] and info["url"] == paper_url(paper) and info["url"].startswith("https://")
    edge = next(e for e in data["edges"] if e["kg"]["evidence"])
    key = tuple(edge["id"].split("|"))
    shown = data["sentences"][edge["kg"]["evidence"][0]["s"]]
    full = " ".join(graph.edges[key].evidence[0].sentence.split())
    assert shown == full or (shown.endswith("\u2026") and full.startswith(shown[:-1]))
    assert edge["kg"]["evidence"][0]["section"] == graph.edges[key].evidence[0].section


def test_untrusted_text_never_reaches_the_markup() -> None:
    graph = poisoned(star_of_stars())
    html = render_page(graph, select_view(graph), title='<b onmouseover="x">T</b>')
    for payload in (*PAYLOADS, "<b onmouseover"):
        assert payload not in html
    tags = parse(html)
    assert [t for t, _ in tags.tags].count("script") == 3 and not any(t in ("img", "svg") for t, _ in tags.tags)
    data = page_data(html)  # still the very same strings once decoded
    texts = json.dumps(data, ensure_ascii=False)
    for payload in PAYLOADS:
        assert json.dumps(payload, ensure_ascii=False)[1:-1] in texts
    assert all(n["kg"].get("url") is None or n["kg"]["url"].startswith("http") for n in data["nodes"])


def test_safe_url_only_allows_http() -> None:
    assert safe_url("https://arxiv.org/abs/2602.09082") == "https://arxiv.org/abs/2602.09082"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example/x", "", None, "http://"):
        assert safe_url(bad) is None


def test_build_writes_graph_html_and_kg_html_recreates_it(tmp_path: Path) -> None:
    out = tmp_path / "built"
    kg.build([XSS_DIGEST], out=out)
    result = kg.build([XSS_DIGEST])  # the whole graph (a streamed build keeps only shared nodes)
    assert (out / "graph.html").exists()
    runner = CliRunner()
    res = runner.invoke(app, ["html", "--graph", str(out), "-o", str(tmp_path / "again.html"), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.splitlines()[0])
    assert summary["nodes"] == len(result.graph.nodes) and summary["edges"] == len(result.graph.edges)
    again = page_data((tmp_path / "again.html").read_text(encoding="utf-8"))
    built = page_data((out / "graph.html").read_text(encoding="utf-8"))
    assert again["nodes"] == built["nodes"] and again["edges"] == built["edges"]


def test_kg_html_focus_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "built"
    kg.build([XSS_DIGEST], out=out)
    result = kg.build([XSS_DIGEST])  # the whole graph (a streamed build keeps only shared nodes)
    runner = CliRunner()
    res = runner.invoke(app, ["html", "-g", str(out), "--focus", "Carol Smith", "--depth", "1", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.splitlines()[0])
    g = nx.Graph([(s, t) for s, _, t in result.graph.edges])
    assert summary["nodes"] == len(nx.ego_graph(g, summary["focus"], radius=1))
    assert Path(summary["file"]).name.startswith("focus-")
    res = runner.invoke(app, ["html", "-g", str(out), "--focus", "Nobody At All"])
    assert res.exit_code != 0
    res = runner.invoke(app, ["html", "-g", str(tmp_path / "missing")])
    assert res.exit_code != 0


def test_load_graph_reads_node_link_json(tmp_path: Path, seed_build) -> None:
    graph = seed_build.graph
    g = nx.MultiDiGraph()
    for node in graph.nodes.values():
        g.add_node(node.id, labels=node.labels, name=node.name, aliases=node.aliases, papers=sorted(node.papers),
                   **{k: v for k, v in node.props.items() if v is not None})
    for edge in graph.edges.values():
        g.add_edge(edge.source, edge.target, key=edge.type.name, type=edge.type.name,
                   evidence=json.dumps([{"paper": e.paper, **e.to_json()} for e in edge.evidence]))
    (tmp_path / "graph.json").write_text(json.dumps(nx.node_link_data(g, edges="links")), encoding="utf-8")
    loaded = load_graph(tmp_path)
    assert loaded.counts() == graph.counts()
    assert select_view(loaded).node_ids == select_view(graph).node_ids
    some = next(iter(graph.edges))
    assert loaded.edges[some].evidence == graph.edges[some].evidence


def test_load_graph_names_the_fix_when_nothing_is_built(tmp_path: Path) -> None:
    with pytest.raises(kg.KGError, match="kg build"):
        load_graph(tmp_path)
    with pytest.raises(kg.KGError, match="no known type"):
        graph_from_node_link({"nodes": [{"id": "x", "labels": ["Nope"]}], "links": []})


def test_pyvis_is_imported_without_leaving_an_ipython_stand_in() -> None:
    code = ("import sys, kg.view.page as page; assert 'IPython' not in sys.modules; "
            "assert page.Network.__module__ == 'pyvis.network'; "
            "import importlib.util; spec = importlib.util.find_spec('IPython'); "
            "print('real' if spec is None else __import__('IPython.display').display.IFrame.__module__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("real", "IPython.lib.display")


def test_the_html_sink_says_at_open_that_pyvis_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from kg.sinks.html import HtmlSink

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyvis" else real(name, *a))
    with pytest.raises(kg.KGError, match="pip install pyvis"):
        HtmlSink().open(tmp_path)
