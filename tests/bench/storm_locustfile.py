"""Simulated visitors for `make bench`'s publish-storm run: each reads public pages at random
from the bench's list of distinct addresses (tests/bench/storm.py), grouped in the report by
kind (page, listing, search, topic, country)."""

import json
import os
import random
from pathlib import Path

from locust import HttpUser, between, task

ADDRESSES = json.loads(Path(os.environ["STORM_ADDRESSES"]).read_text())


class Visitor(HttpUser):
    wait_time = between(0.5, 2)

    @task
    def browse(self):
        kind, path = random.choice(ADDRESSES)
        self.client.get(path, name=kind)
