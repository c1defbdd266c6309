import sys

from kiosk.app.cli import main

sys.exit(main())
