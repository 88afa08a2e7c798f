"""The constants of reading titles as occupations and of relating occupations, in one place,
and a process-wide switch for trying others (as `csco_reading.use_title_examples` switches the
labelled titles). The service never switches them; `benchmarks/evaluate_matcher.py` does, to
cross-validate them with occupations held out together.

- sure_reading: a reading of the classification at least this confident is taken over the
  job-fair vocabulary's;
- fair_reading: the confidence given to the fair vocabulary's reading;
- alternative_share, alternative_floor, alternative_range: a desired title also stands for
  the classification's readings at least `share` as likely as the best, each as strong as
  floor + range × (its likelihood over the best's);
- same_small_group, same_middle_group, adjacent, fair_group: how related two occupations are
  when they share a small group, a middle group, a career path, a fair-vocabulary group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

__all__ = ["TAXONOMY", "on_new_taxonomy", "taxonomy", "use_taxonomy"]

TAXONOMY: Mapping[str, float] = MappingProxyType(
    {
        "sure_reading": 0.6,
        "fair_reading": 0.5,
        "alternative_share": 0.3,
        "alternative_floor": 0.6,
        "alternative_range": 0.35,
        "same_small_group": 0.6,
        "same_middle_group": 0.3,
        "adjacent": 0.6,
        "fair_group": 0.5,
    }
)

_current: dict[str, float] = dict(TAXONOMY)
_forgetters: list[Callable[[], None]] = []


def taxonomy(name: str) -> float:
    """The value in use of one constant."""
    return _current[name]


def use_taxonomy(values: Mapping[str, float]) -> None:
    """Use these values (every name of TAXONOMY, each in [0, 1]) from now on, in this process;
    `use_taxonomy(TAXONOMY)` goes back to the shipped ones."""
    if set(values) != set(TAXONOMY):
        raise ValueError(f"expected exactly {sorted(TAXONOMY)}, got {sorted(values)}")
    for name, value in values.items():
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name}: {value} is not within [0, 1]")
    _current.update(values)
    for forget in _forgetters:
        forget()


def on_new_taxonomy(forget: Callable[[], None]) -> None:
    """Call `forget` when the constants change (to drop what was computed with the old)."""
    _forgetters.append(forget)
