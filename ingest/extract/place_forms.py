"""The forms of place names: the suffixes that make a zone, a town, a village or an island and the level each
gives, the words that end like a place but are generic, and a quarter of a division (中部山区)."""

from __future__ import annotations

import re

# Forms of named zones, towns, villages and islands: suffix -> level. Longest first.
_FORMS = sorted(
    {
        "经济技术开发区": "zone", "高新技术产业开发区": "zone", "经济开发区": "zone", "开发区": "zone", "高新区": "zone",
        "经开区": "zone", "综保区": "zone", "综合保税区": "zone",
        "工业园区": "zone", "工业园": "zone", "产业园区": "zone", "经济区": "zone", "自由贸易港": "zone",
        "自由贸易试验区": "zone", "经济特区": "zone", "片区": "zone", "风景名胜区": "zone", "风景区": "zone", "新区": "zone",
        "保税区": "zone", "自贸区": "zone", "试验区": "zone", "生态城": "zone", "度假区": "zone",
        # protected areas and parks, which the reports name as the places where work was done or harm found
        "自然保护区": "zone", "自保区": "zone", "湿地公园": "zone", "森林公园": "zone", "地质公园": "zone",
        "群岛": "region", "岛": "island", "屿": "island", "礁": "island", "综合实验区": "zone",
        "镇": "town", "乡": "town", "街道": "town", "村": "village", "村小组": "village", "社区": "village",
    }.items(),
    key=lambda f: len(f[0]),
    reverse=True,
)
SUFFIX = re.compile("|".join(re.escape(f) for f, _ in _FORMS))
# 自保区 is the short word official writing uses for 自然保护区 (甲乙山自保区), as 综保区 is for 综合保税区.
PARK_SUFFIXES = ("自然保护区", "自保区", "湿地公园", "森林公园", "地质公园")
# Words for the kind or the owner of a protected area or a park (城市湿地公园, 国家级海洋自然保护区): no name.
PARK_KINDS = frozenset({"国家", "城市", "海洋", "湿地", "森林", "地质", "野生动物", "各级", "各类", "重要", "省内"})
ZONE_SUFFIXES = tuple(f for f, level in _FORMS if level == "zone" and len(f) >= 3)
LEVEL = dict(_FORMS)
# Words that end like a place but are generic (乡镇, 城乡, 农村, 海岛, 全岛).
GENERIC = {
    "乡镇", "城乡", "农村", "乡村", "新农村", "美丽乡村", "海岛", "全岛", "本岛", "离岛", "岛", "村", "镇", "乡",
    "城镇", "集镇", "小镇", "村镇", "各村", "全村", "该村", "本村", "行政村", "自然村", "贫困村", "示范村",
    "街道", "各街道", "社区", "片区", "新区", "开发区", "经开区", "综保区", "高新区", "综合保税区", "工业园", "工业园区", "园区", "经济区", "各乡镇", "重点片区",
    "产业园区", "度假区", "景区", "风景名胜区", "风景区", "自然保护区", "自保区", "湿地公园", "森林公园", "地质公园", "群岛", "试验区", "家乡", "下乡", "回乡", "村村", "两岛", "城区", "郊区", "矿区",
    "东区", "西区", "南县", "新县", "和县", "岛屿", "岛礁", "暗礁", "礁", "屿", "责任村", "重点村", "试点村",
    "建制镇", "建制乡", "建制村",  # incorporated towns and villages: a kind of division, as 行政村 is
}
GENERIC_TAILS = ("城镇", "农村", "乡镇", "村庄", "海岛", "乡村", "小镇", "集镇", "连岛", "环岛", "登岛", "上岛",
                 "出岛", "进岛", "岛屿", "岛礁", "城乡", "街镇", "镇街", "鱼礁")  # 人工鱼礁: reefs sunk for fish
# Words for the kind of a zone (生态工业园区, 循环经济产业园区): a zone named by them alone is named by no name.
ZONE_KINDS = frozenset({"生态", "循环经济", "现代农业", "农业", "工业", "物流", "科技", "高新技术", "特色", "化工",
                        "绿色", "智慧", "旅游", "国家级", "省级", "市级", "县级"})
# Words that name a town, village or community by its relation to the matter at hand, not by a name: the one the
# matter lies in (属地村, 所在社区, 当地镇), the ones it reaches (涉及村, 相关村, 周边社区) and the one a cadre or a
# body is paired with (挂钩村, 结对村, 帮扶村), as official writing assigns duties to whichever is concerned.
RELATION_WORDS = ("属地", "所在", "所属", "当地", "本地", "驻地", "涉及", "相关", "有关", "周边", "沿线", "辖区", "挂钩", "结对",
                  "帮扶", "包联", "联系", "对口")
# A quarter of a division: 中部山区, 东北部地区, 西部沿海地区.
QUARTER = re.compile(r"(?:东南|东北|西南|西北|东|西|南|北|中)部(?:沿海地区|丘陵地区|山区|地区|丘陵区|沿海)")
