"""The interactive HTML view of a graph: choose the part to show, style it, render one offline page.

:mod:`.select` picks the subgraph (focus, depth, types, node cap), :mod:`.style` gives each ontology
class a colour and shape, :mod:`.page` renders the self-contained page with pyvis' vis-network and
:mod:`.load` reads a built graph folder back into a :class:`~kg.model.KnowledgeGraph`.
"""

from __future__ import annotations

from .page import render_page, write_page
from .select import DEFAULT_MAX_NODES, View, ViewSpec, find_node, select_view

__all__ = ["DEFAULT_MAX_NODES", "View", "ViewSpec", "find_node", "render_page", "select_view", "write_page"]
