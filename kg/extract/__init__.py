"""Extraction: paper text -> mentions of methods, datasets, metrics, tasks, results, with evidence."""

from .pattern_cache import cached_compiles

with cached_compiles("kg.extract"):  # the rule modules' ~300 patterns, from the cache file (0.15 s sooner)
    from .pipeline import Extractor, extract_paper

__all__ = ["Extractor", "extract_paper"]
