"""Numeric results: value as written, number, unit, and the metric/dataset/method they belong to."""

from __future__ import annotations

from ..model import Mention, Paper, ResultMention


def extract_results(paper: Paper, entities: list[Mention]) -> list[ResultMention]:
    """Results stated in the paper; ``entities`` are the paper's mentions, used to attach names."""
    return []
