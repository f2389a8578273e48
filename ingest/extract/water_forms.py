"""The forms of water names: the suffixes that make a bay, a sea area, a river, a lake or a reservoir and the kind
each gives, the characters after a suffix that make it part of a longer word, and the words that end like a water but
name none."""

from __future__ import annotations

import re

# suffix -> (node type, kind), longest first.
FORMS: list[tuple[str, str, str]] = sorted(
    [
        ("近岸海域", "bay", "sea_area"), ("海域", "bay", "sea_area"), ("运河", "river", "canal"), ("港湾", "bay", "bay"), ("湾", "bay", "bay"),
        ("水库", "river", "reservoir"), ("排渠", "river", "ditch"), ("干渠", "river", "canal"), ("渠", "river", "canal"),
        ("江", "river", "river"), ("河", "river", "river"), ("溪", "river", "stream"), ("沟", "river", "ditch"),
        ("湖", "river", "lake"), ("塘", "river", "pond"), ("港", "river", "river"), ("涌", "river", "river"),
        ("海", "bay", "sea"), ("水道", "river", "channel"), ("排洪道", "river", "ditch"), ("圳", "river", "ditch"),
        ("淖尔", "river", "lake"), ("诺尔", "river", "lake"),  # the Mongolian word for a lake (察汗淖尔)
        ("川", "river", "river"),  # the old word for a river, kept in south-western names (甲乙川)
    ],
    key=lambda f: len(f[0]),
    reverse=True,
)
SUFFIX = re.compile("|".join(re.escape(f[0]) for f in FORMS))
KIND = {f[0]: (f[1], f[2]) for f in FORMS}
# Characters after a suffix that make it part of a longer word (河道, 湖泊, 江苏, 海洋, 湾长, 港口, 河务局, 河砂 …).
NOT_AFTER = {
    "江": "苏西南北山门阴都油城口区县镇", "河": "道长湖段流床北南源口岸堤池滩涌套西东水海务砂沙边畅坡面势", "湖": "泊长区南北州库面滨边",
    "湾": "长区", "水道": "口", "海": "洋域岸水关南口上边滩湾岛关警鲜产底度明砂沙", "港": "口区务湾澳城集码航", "溪": "流水", "沟": "通渠壑",
    "渠": "道堤", "塘": "沽", "川": "渝藏陕黔籍菜剧军西北南东流", "水库": "区", "涌": "现入出",
}
# Words of water management that follow a water's name: 甲河水利枢纽 is a work on 甲河, 甲河水质 its water's quality.
WATER_WORDS = ("水利", "水电", "水质", "水环境", "水生态", "水资源", "水位", "水文")
# Words that end like a water but are generic, or a body of a different sort.
GENERIC = {
    "河", "江", "湖", "海", "湾", "港", "渠", "沟", "溪", "塘", "水库", "河流", "江河", "河湖", "湖库", "内河",
    "入海河流", "城镇内河", "黑臭河", "主河", "支河", "小河", "大河", "海湾", "重点海湾", "重点海域", "近岸海域",
    "海域", "管辖海域", "全海域", "用海", "入海", "出海", "沿海", "近海", "远海", "大海", "公海", "领海", "内海",
    "港湾", "渔港", "码头港", "水塘", "鱼塘", "养殖塘", "虾塘", "池塘", "山塘", "坑塘", "排水沟", "水沟", "明沟", "暗渠", "沟渠",
    "灌渠", "水渠", "小型水库", "大型水库", "中型水库", "山沟", "上海", "美丽海湾", "美丽河湖", "各级河", "河湖库",
    "跨界河", "界河", "国际河", "湖泊", "小流域", "国家海", "地表水", "海上", "排污沟", "排洪沟", "截洪沟",
    "围塘", "排水渠", "排水沟", "灌溉渠", "船籍港", "水道", "下水道", "排水道", "排洪道", "地下水道", "航道水道", "排洪渠",
}
# Leading words that belong to no water name: the water is what follows them.
DROP_HEAD = ("市区", "城区", "县城", "辖区", "境内", "流域", "全部", "部分", "所有", "主要", "重点", "其他", "各条", "座", "供水", "有", "某地",
             "它",  # 它集江、河、湖: the pronoun and its verb, then the kinds of water
             "一级支流", "二级支流", "三级支流", "支流", "干流")  # 甲河一级支流乙河: the word for a tributary, then its name
GENERIC_TAILS = ("鱼塘", "池塘", "坑塘", "水塘", "围塘", "河湖", "湖库", "海湾", "内河", "河道", "入河",
                 "入湖", "入海", "入江", "入溪", "贸易港", "自贸港", "型水库", "排水渠", "排水沟", "饮用水库", "土渠", "防洪渠",
                 "现状渠", "现状河", "沟渠", "母亲河", "江湖", "内河涌",  # 母亲河: a place's main river, named by a figure of speech
                 # ponds named by what is farmed in them, ditches by what they carry: kinds of water, whatever words
                 # come before them
                 "养殖塘", "虾塘", "蟹塘", "雨水沟", "污水沟",
                 "山川", "河川", "大川", "平川", "百川",  # 名山大川, 一马平川, 海纳百川: rivers in general
                 "冲沟")  # a gully the rain cut, dry between storms: a landform, no water
GENERIC_PARTS = ("城镇内河", "管辖", "内河湖")
