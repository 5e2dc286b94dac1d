"""Extraction: paper text -> mentions of methods, datasets, metrics, tasks, results, with evidence."""

from .pipeline import Extractor, extract_paper

__all__ = ["Extractor", "extract_paper"]
