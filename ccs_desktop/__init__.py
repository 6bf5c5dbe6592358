"""CCS Desktop: a collector workstation for collection agencies."""

__version__ = "0.1.0"
