"""Data every database needs or gets: reference data, the demo portfolio, and retention."""
