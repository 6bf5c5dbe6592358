"""Frozen entry point of the windowed executable (CCS Desktop.exe)."""

import sys

from ccs_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
