"""gunicorn's settings for the screener (gunicorn reads this file when started in this folder).

Workers: one per core and one more. A screening is pure computation (rules engine, page
rendering) with no waiting on the network, so workers beyond that only take turns on the same
cores and push each other's rulebook out of the CPU caches: on a 2-core machine, bench/load.py
measured 3 workers answering more screenings per second than 5.
WEB_CONCURRENCY, gunicorn's own variable, overrides it.
"""
import os

workers = int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) + 1))
