"""cds-tracker: follow, check and urge the targets of Phụ lục 01 from a YAML registry."""

__version__ = "0.1.0"
