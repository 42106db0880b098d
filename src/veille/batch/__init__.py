"""Batch analysis at scale: ``veille batch run`` maps the one ``analyse`` function over input shards on Ray Data
(locally, or on a cluster) and writes the tables of ``veille.export`` as Parquet, partitioned by month; ``veille
load`` puts such output (or a ``veille export --format parquet`` folder) into a store.

    run_batch(["crawl/"], "out/")          resumable: a re-run after a kill finishes the job, no document twice
    load_output("out/", store, ...)        the store then answers as if every document had been ingested

Needs the ``ray`` extra (``pip install 'veille[ray]'``); importing this package does not import Ray or spaCy.
"""

from .job import BatchSummary, run_batch
from .load import load_output
from .shards import Shard, find_shards, read_shard

__all__ = ["BatchSummary", "Shard", "find_shards", "load_output", "read_shard", "run_batch"]
