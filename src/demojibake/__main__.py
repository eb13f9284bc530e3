"""``python -m demojibake``: the same command as ``demojibake``."""

import sys

from demojibake._cli import main

if __name__ == "__main__":
    sys.exit(main())
