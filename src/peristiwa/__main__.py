import sys

from peristiwa.cli import main

sys.exit(main())
