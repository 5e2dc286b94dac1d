"""Colour and shape of each ontology class in the HTML view, and node size by degree."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..vocab import Cls


@dataclass(frozen=True, slots=True)
class TypeStyle:
    colour: str  # CSS colour of the node and its legend swatch
    shape: str  # a vis-network shape whose size follows ``value`` (label drawn below)
    glyph: str  # the legend's symbol for the shape


# Shapes are all from vis-network's "dot" family so that node size can follow degree.
TYPE_STYLES: dict[Cls, TypeStyle] = {
    Cls.PAPER: TypeStyle("#4e79a7", "dot", "\u25cf"),
    Cls.METHOD: TypeStyle("#e15759", "diamond", "\u25c6"),
    Cls.TECHNIQUE: TypeStyle("#ff9da7", "diamond", "\u25c6"),
    Cls.DATASET: TypeStyle("#59a14f", "square", "\u25a0"),
    Cls.BENCHMARK: TypeStyle("#2e7d32", "triangle", "\u25b2"),
    Cls.METRIC: TypeStyle("#f28e2b", "star", "\u2605"),
    Cls.TASK: TypeStyle("#b07aa1", "triangleDown", "\u25bc"),
    Cls.RESULT: TypeStyle("#edc948", "dot", "\u25cf"),
    Cls.CODE_REPOSITORY: TypeStyle("#76b7b2", "square", "\u25a0"),
    Cls.AUTHOR: TypeStyle("#a0a0a0", "dot", "\u25cf"),
    Cls.CATEGORY: TypeStyle("#9c755f", "hexagon", "\u2b22"),
    Cls.DIGEST: TypeStyle("#6b6b6b", "hexagon", "\u2b22"),
}
FALLBACK_STYLE = TypeStyle("#97c2fc", "dot", "\u25cf")

# Legend order: the research entities first, bibliographic nodes last.
LEGEND_ORDER: tuple[Cls, ...] = tuple(TYPE_STYLES)


def style_of(cls: Cls) -> TypeStyle:
    """The style of a class (a neutral default for a class added to the ontology later)."""
    return TYPE_STYLES.get(cls, FALLBACK_STYLE)


MAX_NODE_SIZE = 50.0


def node_size(degree: int) -> float:
    """Node size in pixels: grows with the log of the degree, so hubs stand out but a 10k-paper hub stays bounded."""
    return round(min(8.0 + 6.0 * math.log2(1 + max(degree, 0)), MAX_NODE_SIZE), 2)
