"""Relations between named entities claimed by a paper (OUTPERFORMS)."""

from __future__ import annotations

from ..model import Mention, Paper, RelationMention


def extract_relations(paper: Paper, entities: list[Mention]) -> list[RelationMention]:
    """Relations such as ``X OUTPERFORMS Y`` stated in the paper."""
    return []
