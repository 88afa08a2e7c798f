from __future__ import annotations

import pytest

from matchers.records import Candidate
from matchers.taxonomy.aims import occupation_reach
from matchers.taxonomy.csco import csco_relatedness
from matchers.taxonomy.occupations import OCCUPATION_INDEX, aims_of_titles, related_codes
from matchers.taxonomy.settings import TAXONOMY, taxonomy, use_taxonomy

TURNER, MILLER, WELDER = "6-18-01-01", "6-18-01-02", "6-18-02-04"  # 车工, 铣工, 焊工


@pytest.fixture
def restore():
    yield
    use_taxonomy(TAXONOMY)


def test_the_shipped_constants_are_in_use_and_read_only():
    assert {name: taxonomy(name) for name in TAXONOMY} == dict(TAXONOMY)
    with pytest.raises(TypeError):
        TAXONOMY["same_small_group"] = 0.9  # type: ignore[index]


@pytest.mark.parametrize(
    ("values", "named"),
    [
        (dict(TAXONOMY) | {"same_small_group": 1.5}, "same_small_group"),
        (dict(TAXONOMY) | {"adjacent": -0.1}, "adjacent"),
        (dict(TAXONOMY) | {"not_a_constant": 0.5}, "not_a_constant"),
        ({name: value for name, value in TAXONOMY.items() if name != "fair_group"}, "fair_group"),
    ],
)
def test_bad_values_are_refused_naming_the_constant_and_nothing_changes(values, named):
    before = related_codes(TURNER)[MILLER]
    with pytest.raises(ValueError, match=named):
        use_taxonomy(values)
    assert {name: taxonomy(name) for name in TAXONOMY} == dict(TAXONOMY)
    assert related_codes(TURNER)[MILLER] == before


def test_switched_constants_reach_relatedness_and_what_a_person_aims_at(restore):
    person = Candidate(id="p", desired_titles=("车工",))
    _, shipped_reach = occupation_reach([person])
    assert csco_relatedness(TURNER, MILLER) == TAXONOMY["same_small_group"]

    use_taxonomy(dict(TAXONOMY) | {"same_small_group": 0.45, "same_middle_group": 0.1})

    assert csco_relatedness(TURNER, MILLER) == 0.45
    assert related_codes(TURNER)[WELDER] == 0.1  # the remembered relatedness was dropped
    _, switched_reach = occupation_reach([person])
    column = OCCUPATION_INDEX[WELDER]
    assert shipped_reach[0, column] == pytest.approx(TAXONOMY["same_middle_group"])
    assert switched_reach[0, column] == pytest.approx(0.1)

    use_taxonomy(TAXONOMY)
    assert related_codes(TURNER)[WELDER] == TAXONOMY["same_middle_group"]


def test_the_other_readings_follow_the_switched_floor_and_range(restore):
    shipped = aims_of_titles(["课程顾问主管"])
    use_taxonomy(dict(TAXONOMY) | {"alternative_floor": 0.2, "alternative_range": 0.3})
    switched = aims_of_titles(["课程顾问主管"])
    others = [strength for strength in switched.values() if strength < 1.0]
    assert others and all(0.2 <= strength <= 0.5 for strength in others)
    assert max(strength for strength in shipped.values() if strength < 1.0) > 0.6
