"""``dossier batch``: screen many exports in parallel on a Dask cluster (the optional ``dossier[batch]`` extra).

One task per export runs the same import and rules as ``dossier scan`` (``core.batch.task``); refused or
damaged exports are rows with their one-sentence reason. The client writes ``summary.parquet``/``summary.csv``
(counts, hashes, rule ids — never an export's content) and the workers write ``exports/<export-id>.json``,
all atomically; a re-run skips exports already done (by export hash). Nothing here imports Qt, and the desktop
app never loads Dask (it is imported only when a batch runs).
"""
