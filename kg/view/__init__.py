"""The interactive HTML view of a graph: choose the part to show, style it, render one offline page.

:mod:`.select` picks the subgraph (focus, depth, types, node cap), :mod:`.style` gives each ontology
class a colour and shape, :mod:`.page` renders the self-contained page with pyvis' vis-network and
:mod:`.load` reads a built graph folder back into a :class:`~kg.model.KnowledgeGraph`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .select import DEFAULT_MAX_NODES, View, ViewSpec, find_node, select_view

if TYPE_CHECKING:
    from .page import render_page, write_page


def __getattr__(name: str) -> Any:  # pyvis (and the IPython it imports) only when a page is drawn
    if name in ("render_page", "write_page"):
        from . import page

        return getattr(page, name)
    raise AttributeError(name)


__all__ = ["DEFAULT_MAX_NODES", "View", "ViewSpec", "find_node", "render_page", "select_view", "write_page"]
