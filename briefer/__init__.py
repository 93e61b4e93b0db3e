"""Briefer: draft correctly cited briefing notes from news articles and expert surveys."""

__version__ = "0.1.0"
