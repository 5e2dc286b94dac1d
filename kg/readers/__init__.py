"""Readers turn digest files into :class:`kg.model.Paper` records."""

from .digest import DigestReader, ReadReport, read_digests

__all__ = ["DigestReader", "ReadReport", "read_digests"]
