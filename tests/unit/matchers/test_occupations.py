from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from matchers.taxonomy.adjacency_data import ADJACENT as ADJACENT_PAIRS
from matchers.taxonomy.fair_occupations import (
    ADJACENT,
    ADJACENT_TO,
    GROUPS,
    OCCUPATIONS,
    SAME_GROUP,
    occupation_by_code,
    occupation_of_title,
    occupations_in_text,
    relatedness,
    relatedness_matrix,
)


def code_of(title: str) -> str | None:
    occupation = occupation_of_title(title)
    return None if occupation is None else occupation.code


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("会计考证课程顾问", "sales_rep"),
        ("财税顾问（电话销售）", "sales_rep"),
        ("纺织机修工", "mechanic"),
        ("中央厨房生产领班", "line_leader"),
        ("操作工（纺纱车间）", "operator"),
        ("葫芦工艺品展销员", "shop_assistant"),
        ("母婴店导购", "shop_assistant"),
    ],
)
def test_head_noun_at_the_end_names_the_occupation(title, expected):
    assert code_of(title) == expected


def test_consultant_selling_accounting_courses_is_not_an_accountant():
    assert occupation_of_title("会计考证课程顾问").group == "sales"
    assert occupation_of_title("会计").group == "finance"


def test_machine_repairer_in_a_textile_mill_is_maintenance_not_production():
    assert occupation_of_title("纺织机修工").group == "maintenance"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("叉车司机", "forklift_driver"),
        ("宠物医生", "veterinarian"),
        ("助理兽医师", "veterinarian"),
        ("食品安全管理员", "quality_manager"),
        ("母婴护理员", "infant_carer"),
        ("幼儿园配班老师", "preschool_teacher"),
    ],
)
def test_longest_keyword_ending_the_title_wins(title, expected):
    assert code_of(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("新媒体运营专员", "new_media_operator"),
        ("财务专员", "accountant"),
        ("会计助理", "accountant"),
        ("设备维护技术员", "mechanic"),
        ("土建技术员", "site_engineer"),
        ("结构设计助理工程师", "mechanical_engineer"),
        ("Python开发工程师", "software_developer"),
        ("仓储主管", "warehouse_keeper"),
    ],
)
def test_generic_head_is_stripped_to_reach_the_word_before_it(title, expected):
    assert code_of(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("汽车维修学徒工", "auto_mechanic"),
        ("汽修学徒", "auto_mechanic"),
        ("美发学徒工", "hairdresser"),
    ],
)
def test_an_apprentice_of_a_trade_is_read_as_that_trade(title, expected):
    # As the labelled real titles read them (摄影学徒, 瑜伽学徒: the trade's own code); before,
    # 学徒工 won as the head noun and read as production work.
    assert code_of(title) == expected


@pytest.mark.parametrize("title", ["学徒工", "鸿达机械厂学徒工", "招学徒工"])
def test_an_apprentice_of_no_named_trade_is_production_work(title):
    # 机械 inside the employer's name is no trade the apprentice learns.
    assert code_of(title) == "operator"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("药品生产操作工（固体制剂）", "pharma_worker"),
        ("数控车床操作工", "cnc_operator"),
        ("货车驾驶员", "truck_driver"),
        ("装载机司机", "machinery_operator"),
        ("空调维修工", "hvac_technician"),
        ("葫芦烙画工艺师", "pyrography_artist"),
    ],
)
def test_generic_occupation_is_refined_by_its_modifier(title, expected):
    assert code_of(title) == expected


def test_modifier_from_an_unrelated_group_does_not_refine():
    assert code_of("电子厂普工") == "operator"


def test_keyword_inside_the_title_counts_when_nothing_ends_it():
    assert code_of("QA现场监控员") == "quality_manager"


def test_bracketed_qualifier_is_read_when_the_rest_names_nothing():
    assert code_of("现场工程师（市政道路）") == "site_engineer"


def test_ascii_titles_ignore_case_and_width():
    assert code_of("JAVA开发工程师") == code_of("java开发工程师") == "software_developer"
    assert code_of("ＱＣ化验员") == "lab_analyst"


def test_first_of_alternative_titles_is_taken():
    assert code_of("仓管/叉车工") == "warehouse_keeper"
    assert code_of("会计兼出纳") == "accountant"


def test_recruitment_noise_around_a_title_is_ignored():
    assert code_of("急招普工若干名") == "operator"


@pytest.mark.parametrize("title", ["", "   ", "储备干部", "（急招）"])
def test_title_naming_no_occupation_gives_none(title):
    assert occupation_of_title(title) is None


def test_cashier_is_its_own_occupation_beside_the_accountant():
    accountant, cashier = occupation_of_title("会计"), occupation_of_title("出纳")
    assert accountant.code != cashier.code
    assert accountant.group == cashier.group == "finance"


def test_occupations_in_text_reads_a_chat_message():
    assert [o.code for o in occupations_in_text("想找个包住的普工活")] == ["operator"]


def test_occupations_in_text_lists_longest_first_without_nested_keywords():
    found = occupations_in_text("叉车司机或者仓管")
    assert [o.code for o in found] == ["forklift_driver", "warehouse_keeper"]


def test_occupations_in_text_names_each_occupation_once():
    found = occupations_in_text("会计、会计助理、记账员")
    assert [o.code for o in found] == ["accountant"]


def test_occupations_in_text_of_plain_words_is_empty():
    assert occupations_in_text("我坐轮椅，住在东昌府区") == ()


def test_relatedness_of_same_occupation_same_group_and_other():
    accountant = occupation_by_code("accountant")
    assert relatedness(accountant, occupation_of_title("记账员")) == 1.0
    assert relatedness(accountant, occupation_by_code("cashier")) == 0.5
    assert relatedness(accountant, occupation_by_code("sales_rep")) == 0.0


def test_relatedness_with_an_unknown_occupation_is_zero():
    assert relatedness(None, occupation_by_code("cook")) == 0.0
    assert relatedness(occupation_by_code("cook"), None) == 0.0


def test_adjacency_values_sit_between_same_occupation_and_same_group():
    assert ADJACENT == 0.6
    assert SAME_GROUP == 0.5


def test_adjacency_is_symmetric_over_every_occupation():
    assert set(ADJACENT_TO) == {occupation.code for occupation in OCCUPATIONS}
    asymmetric = [
        (a, b) for a, found in ADJACENT_TO.items() for b in found if a not in ADJACENT_TO[b]
    ]
    assert asymmetric == []


def test_adjacent_pairs_are_known_distinct_cross_group_and_listed_once():
    known = {occupation.code for occupation in OCCUPATIONS}
    assert [pair for pair in ADJACENT_PAIRS if not set(pair) <= known] == []
    assert [pair for pair in ADJACENT_PAIRS if pair[0] == pair[1]] == []
    same_group = [
        (a, b)
        for a, b in ADJACENT_PAIRS
        if occupation_by_code(a).group == occupation_by_code(b).group
    ]
    assert same_group == []
    unordered = [frozenset(pair) for pair in ADJACENT_PAIRS]
    assert len(unordered) == len(set(unordered))


def test_no_occupation_has_more_than_six_neighbours():
    assert {code: len(found) for code, found in ADJACENT_TO.items() if len(found) > 6} == {}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("marketing_specialist", "new_media_operator"),
        ("new_media_operator", "ecommerce_operator"),
        ("event_planner", "new_media_operator"),
        ("escort_caregiver", "infant_carer"),
        ("elder_caregiver", "infant_carer"),
        ("driver", "forklift_driver"),
        ("driver", "dispatcher"),
        ("customer_service_rep", "sales_rep"),
        ("customer_service_rep", "data_entry_clerk"),
        ("lab_analyst", "pharma_worker"),
        ("operator", "sorter"),
        ("packer", "loader"),
        ("graphic_designer", "ecommerce_operator"),
        ("receptionist", "clerk"),
        ("receptionist", "secretary"),
    ],
)
def test_named_career_neighbours_are_adjacent(a, b):
    assert b in ADJACENT_TO[a] and a in ADJACENT_TO[b]
    assert relatedness(occupation_by_code(a), occupation_by_code(b)) == ADJACENT
    assert relatedness(occupation_by_code(b), occupation_by_code(a)) == ADJACENT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("accountant", "cook"),
        ("software_developer", "cleaner"),
        ("physician", "truck_driver"),
        ("welder", "preschool_teacher"),
        ("streamer", "mechanic"),
    ],
)
def test_unrelated_occupations_are_not_adjacent(a, b):
    assert b not in ADJACENT_TO[a]
    assert relatedness(occupation_by_code(a), occupation_by_code(b)) == 0.0


def test_same_group_is_not_listed_as_adjacent_and_keeps_its_value():
    assert "lab_analyst" not in ADJACENT_TO["inspector"]
    assert relatedness(occupation_by_code("inspector"), occupation_by_code("lab_analyst")) == 0.5


def test_relatedness_matrix_agrees_with_relatedness_for_every_pair():
    matrix = relatedness_matrix()
    assert matrix.shape == (len(OCCUPATIONS), len(OCCUPATIONS))
    assert matrix.dtype == np.float32
    expected = np.array(
        [[relatedness(a, b) for b in OCCUPATIONS] for a in OCCUPATIONS], dtype=np.float32
    )
    assert np.array_equal(matrix, expected)
    assert np.array_equal(matrix, matrix.T)


def test_relatedness_matrix_is_computed_once_and_read_only():
    matrix = relatedness_matrix()
    assert relatedness_matrix() is matrix
    with pytest.raises(ValueError):
        matrix[0, 1] = 1.0


def test_every_keyword_names_exactly_one_occupation():
    counts = Counter(keyword for occupation in OCCUPATIONS for keyword in occupation.keywords)
    assert [keyword for keyword, count in counts.items() if count > 1] == []


def test_every_occupation_has_a_unique_code_and_a_known_group():
    codes = [occupation.code for occupation in OCCUPATIONS]
    assert len(codes) == len(set(codes))
    assert {occupation.group for occupation in OCCUPATIONS} == set(GROUPS)


def test_every_occupation_is_found_by_its_own_name():
    misread = [o.code for o in OCCUPATIONS if code_of(o.name) != o.code]
    assert misread == []
