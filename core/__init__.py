"""Dossier's core: reading, parsing, checking and drafting, with no Qt anywhere.

The GUI (``gui/``) observes this package; nothing here imports PySide6.
"""

import os

__version__ = "0.1.0"

# numpy's OpenBLAS starts a worker thread per core when numpy loads, which then spins for ~0.1 CPU-s; Dossier makes
# no BLAS call a second thread would speed up. Every entry point imports core before numpy, and Dossier's worker
# processes inherit the setting; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
