"""A server's /metrics read as Prometheus reads it."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from prometheus_client.parser import text_string_to_metric_families

Key = tuple[str, frozenset[tuple[str, str]]]


@dataclass(frozen=True)
class Scrape:
    samples: dict[Key, float]

    @classmethod
    def parse(cls, text: str) -> Scrape:
        return cls(
            {
                (sample.name, frozenset(sample.labels.items())): sample.value
                for family in text_string_to_metric_families(text)
                for sample in family.samples
            }
        )

    def value(self, name: str, **labels: str) -> float:
        """The sample's value; 0 for a series not (yet) shown."""
        return self.samples.get((name, frozenset(labels.items())), 0.0)

    def label_values(self, name: str, label: str) -> set[str]:
        return {
            dict(labels)[label]
            for sample, labels in self.samples
            if sample == name and label in dict(labels)
        }


def scrape(http: httpx.Client, headers: dict[str, str] | None = None) -> Scrape:
    response = http.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    return Scrape.parse(response.text)
