"""Entity resolution (issue 3): spellings merge, distinct things never do, ids are deterministic."""

from __future__ import annotations

import pytest

from kg.graph import GraphBuilder
from kg.model import Evidence, Mention, PaperExtraction
from kg.resolve import EntityResolver, match_key, normalise, strip_latex
from kg.vocab import Cls

from ..extract.test_entities import make_paper


@pytest.mark.parametrize("a,b", [("CIFAR-10", "CIFAR-100"), ("Sentinel-1", "Sentinel-2"), ("ResNet34", "ResNet50"),
                                 ("SAM", "SAM 3D"), ("ViT-B/16", "ViT-B/32"), ("GPT-4", "GPT-4o")])
def test_distinct_things_are_never_merged(a: str, b: str) -> None:
    resolver = EntityResolver()
    assert match_key(a) != match_key(b)
    assert resolver.resolve(Cls.METHOD, a) != resolver.resolve(Cls.METHOD, b)


@pytest.mark.parametrize("a,b", [("ResNet-34", "ResNet34"), ("Grad-CAM++", "GradCAM++"), ("SAM 3D", "SAM3D"),
                                 ("ScreenSpot-Pro", "screenspot pro"), ("CNNs", "CNN"), ("ＭＶＴｅｃ AD", "MVTec AD"),
                                 ("UI‑Venus‑1.5", "UI-Venus-1.5")])
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_latex_is_stripped() -> None:
    assert strip_latex(r"$\mathrm{mAP}_{50}$") == "mAP_50"
    assert match_key(r"$\text{F1}$") == match_key("F1")
    assert normalise(r"$\sim 60\%$") == "~-60%"


def test_abbreviation_and_long_form_resolve_to_one_entity() -> None:
    resolver = EntityResolver()
    first = resolver.resolve(Cls.METRIC, "ECE", ["Expected Calibration Error"])
    assert resolver.resolve(Cls.METRIC, "expected calibration error") == first
    assert resolver.resolve(Cls.METRIC, "ECE") == first
    assert set(resolver.surface_forms(first)) >= {"ECE", "Expected Calibration Error", "expected calibration error"}


def test_lexicon_long_forms_are_known_variants() -> None:
    resolver = EntityResolver()
    assert resolver.resolve(Cls.METRIC, "MAE") == resolver.resolve(Cls.METRIC, "mean absolute error")


def test_dataset_and_benchmark_share_names_but_types_stay_apart_from_methods() -> None:
    resolver = EntityResolver()
    data = resolver.resolve(Cls.DATASET, "KITTI")
    assert resolver.resolve(Cls.BENCHMARK, "KITTI") == data
    assert resolver.resolve(Cls.METHOD, "KITTI") != data


def test_ids_are_deterministic() -> None:
    names = [("Method", "UI-Venus-1.5"), ("Metric", "ECE"), ("Dataset", "CIFAR-10"), ("Benchmark", "CIFAR-10")]
    runs = []
    for _ in range(2):
        resolver = EntityResolver()
        runs.append([resolver.resolve(Cls[t.upper()], n) for t, n in names])
    assert runs[0] == runs[1]
    assert runs[0][0] == "method/ui-venus-1.5"


def _extraction(paper_id: str, mention: Mention) -> PaperExtraction:
    paper = make_paper("T")
    paper.id = paper_id
    ev = Evidence(paper_id, "abstract", mention.name, 0, len(mention.name), "test")
    mention.evidence = [ev]
    return PaperExtraction(paper=paper, entities=[mention])


def test_graph_builder_merges_mentions_across_papers() -> None:
    builder = GraphBuilder()
    builder.add(_extraction("2601.00001", Mention("ECE", "Metric", None, ["Expected Calibration Error"])))
    builder.add(_extraction("2601.00002", Mention("expected calibration error", "Metric")))
    builder.add(_extraction("2601.00003", Mention("CIFAR-10", "Dataset", "used")))
    builder.add(_extraction("2601.00004", Mention("CIFAR-100", "Benchmark", "evaluated_on")))
    builder.add(_extraction("2601.00005", Mention("CIFAR10", "Benchmark", "evaluated_on")))
    metrics = builder.graph.nodes_of(Cls.METRIC)
    assert len(metrics) == 1 and metrics[0].papers == {"2601.00001", "2601.00002"}
    assert "expected calibration error" in metrics[0].aliases
    data = {n.name: n for n in builder.graph.nodes_of(Cls.DATASET, Cls.BENCHMARK)}
    assert set(data) == {"CIFAR-10", "CIFAR-100"}
    assert data["CIFAR-10"].type is Cls.BENCHMARK and data["CIFAR-10"].papers == {"2601.00003", "2601.00005"}


def test_very_long_keys_give_short_distinct_ids() -> None:
    from kg.resolve.entities import MAX_KEY_CHARS, entity_id

    long_a, long_b = "a" * 10_000, "a" * 9_999 + "b"
    ids = {entity_id("Method", long_a), entity_id("Method", long_b)}
    assert len(ids) == 2 and all(len(i) <= len("method/") + MAX_KEY_CHARS for i in ids)
    assert entity_id("Method", long_a) == entity_id("Method", long_a) and entity_id("Method", "vit") == "method/vit"
