"""Frozen entry point of the console executable (ccs-desktop.exe) for the command-line commands."""

import sys

from ccs_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
