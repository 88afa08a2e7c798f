"""Writes divisions.tsv, China's provinces, prefecture cities and counties, from cpca's data.

    python -m matchers.taxonomy.build_divisions [--out matchers/taxonomy/divisions.tsv]

Needs cpca (and so pandas) installed; the code that reads divisions.tsv at run time needs
neither. cpca's table dates from 2016, so CHANGES below carries the later renames and mergers
(State Council approvals) that job fairs meet; add a line when another one matters.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from importlib import metadata, resources
from pathlib import Path

OUT = Path(__file__).with_name("divisions.tsv")
MUNICIPALITIES = ("11", "12", "31", "50")  # 北京, 天津, 上海, 重庆: the province is the city
DIRECT = ("省直辖县级行政区划", "自治区直辖县级行政区划")  # county-level cities under a province
PLACEHOLDERS = ("市辖区", "县")

# old adcode → (new adcode, new name), or None where the unit was merged away.
CHANGES: dict[str, tuple[str, str] | None] = {
    "370181": ("370114", "章丘区"),  # 2016
    "370125": ("370115", "济阳区"),  # 2018
    "370282": ("370215", "即墨区"),  # 2017
    "371523": ("371503", "茌平区"),  # 2019
    "371200": None,  # 莱芜市 joined 济南市, 2019
    "371202": ("370116", "莱芜区"),
    "371203": ("370117", "钢城区"),
    "370684": ("370614", "蓬莱区"),  # 2020, with 长岛县
    "370634": None,
    "500228": ("500155", "梁平区"),  # 2016
    "500232": ("500156", "武隆区"),  # 2016
    "510124": ("510117", "郫都区"),  # 2016
    "510132": ("510118", "新津区"),  # 2020
    "512081": ("510185", "简阳市"),  # 2016, from 资阳 to 成都
    "610125": ("610118", "鄠邑区"),  # 2016
    "120225": ("120119", "蓟州区"),  # 2016
    "220381": ("220184", "公主岭市"),  # 2020, from 四平 to 长春
    "130429": ("130408", "永年区"),  # 2016
    "610821": ("610881", "神木市"),  # 2017
    "421023": ("421088", "监利市"),  # 2020
    "320621": ("320685", "海安市"),  # 2018
    "430124": ("430182", "宁乡市"),  # 2017
    "450127": ("450181", "横州市"),  # 2021
    "140211": ("140214", "云冈区"),  # 2018: 大同 南郊区 renamed, 城区 and 矿区 into 平城区
    "140202": ("140213", "平城区"),
    "140203": None,
    "511521": ("511504", "叙州区"),  # 2018
    "320684": ("320614", "海门区"),  # 2020
    "330185": ("330112", "临安区"),  # 2017
    "330283": ("330213", "奉化区"),  # 2016
    "340221": ("340210", "湾沚区"),  # 2020
    "340222": ("340212", "繁昌区"),  # 2020
    "350182": ("350112", "长乐区"),  # 2017
    "130223": ("130284", "滦州市"),  # 2018
    "130823": ("130881", "平泉市"),  # 2017
    "420821": ("420882", "京山市"),  # 2018
    "430521": ("430582", "邵东市"),  # 2019
    "410728": ("410783", "长垣市"),  # 2019
    "510922": ("510981", "射洪市"),  # 2019
    "511028": ("511083", "隆昌市"),  # 2017
    "610427": ("610482", "彬州市"),  # 2018
    "610623": ("610681", "子长市"),  # 2019
    "451023": ("451082", "平果市"),  # 2019
    "530630": ("530681", "水富市"),  # 2018
    "530422": ("530481", "澄江市"),  # 2019
    "513425": ("513402", "会理市"),  # 2021
}
ADDED = {
    "330113": "临平区",  # 杭州, 2021
    "330114": "钱塘区",
    "440309": "龙华区",  # 深圳, 2016–2018
    "440310": "坪山区",
    "440311": "光明区",
    "360113": "红谷滩区",  # 南昌, 2019
    "230717": "伊美区",  # 伊春, 2019: its fifteen districts and counties made ten
    "230718": "乌翠区",
    "230751": "金林区",
    "330383": "龙港市",  # 温州, 2019, from 苍南县
}


def read_cpca() -> dict[str, str]:
    """adcode (6 digits) → name, as cpca bundles them."""
    raw = resources.files("cpca.resources").joinpath("adcodes.csv").read_text(encoding="utf-8")
    return {row["adcode"][:6]: row["name"] for row in csv.DictReader(io.StringIO(raw))}


def read_ethnic_groups() -> tuple[str, ...]:
    """The 56 ethnic groups' names, with and without 族, longest first (蒙古族, 蒙古 …)."""
    raw = resources.files("cpca.resources").joinpath("56_nations.csv").read_text(encoding="utf-8")
    names = {line.strip() for line in raw.splitlines() if line.strip()}
    names |= {name.removesuffix("族") for name in names if len(name) > 2}
    return tuple(sorted(names, key=len, reverse=True))


def short_form(name: str, ethnic_groups: tuple[str, ...]) -> str:
    """The name people say without its suffix (聊城市 → 聊城, 延边朝鲜族自治州 → 延边), or ""
    when that would leave one character (莘县)."""
    bare = re.sub(r"(?:自治区|自治州|自治县|自治旗|特别行政区)$", "", name)
    if bare == name:
        bare = re.sub(r"(?:(?<=神农架)林区|省|市|地区|盟|矿区|新区|区|县|旗)$", "", name)
    stem = bare
    while stripped := next((g for g in ethnic_groups if stem.endswith(g)), None):
        stem = stem.removesuffix(stripped)  # 管城回族区 → 管城, 延边朝鲜族自治州 → 延边
    stem = stem if len(stem) >= 2 else bare.removesuffix("族")  # 鄂温克族自治旗 → 鄂温克
    return stem if 2 <= len(stem) < len(name) else ""


def apply_changes(names: dict[str, str]) -> dict[str, str]:
    updated = dict(names)
    for old, new in CHANGES.items():
        updated.pop(old, None)
        if new is not None:
            updated[new[0]] = new[1]
    updated.update(ADDED)
    return updated


def rows(names: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(adcode, province, city, county): county empty for a city, city empty for a province."""
    table = []
    for code in sorted(names):
        name = names[code]
        province = names.get(code[:2] + "0000", "")
        city = names.get(code[:4] + "00", "")
        if code[:2] in MUNICIPALITIES:
            if code.endswith("0000") or code.endswith("00"):
                if code.endswith("0000"):
                    table.append((code, name, name, ""))
                continue
            table.append((code, province, province, name))
        elif code.endswith("0000"):
            table.append((code, name, "", ""))
        elif code.endswith("00"):
            if name not in DIRECT:
                table.append((code, province, name, ""))
        elif city in DIRECT:
            table.append((code, province, name, ""))
        elif name not in PLACEHOLDERS and city:
            table.append((code, province, city, name))
    return table


def header() -> str:
    version = metadata.version("cpca")
    return (
        "# China's administrative divisions: adcode, province, prefecture city, county, and the\n"
        "# short form of the row's own name (聊城市 → 聊城; empty where one character is left).\n"
        f"# Built by `python -m matchers.taxonomy.build_divisions` from cpca {version}\n"
        "# (https://github.com/DQinYuan/chinese_province_city_area_mapper, adcodes.csv,\n"
        "# MIT licence, Copyright (c) 2018 QinYuan Du), with the later changes listed in\n"
        "# build_divisions.CHANGES and ADDED. Do not edit by hand.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = rows(apply_changes(read_cpca()))
    groups = read_ethnic_groups()
    body = "".join(
        "\t".join((*row, short_form(row[3] or row[2] or row[1], groups))) + "\n" for row in table
    )
    args.out.write_text(header() + body, encoding="utf-8")
    print(f"wrote {len(table)} divisions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
