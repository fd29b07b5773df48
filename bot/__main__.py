import sys

from ingest.process import quiet_threads

quiet_threads()  # before anything loads numpy or a model

from .cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
