"""Hindi news extraction pipeline: entities, links, claims and quantities from Devanagari articles."""

__version__ = "0.35.0"
