"""Three or more sentences for every CAMEO root: expected code, source, target.

Actors are given by hand (surface form -> CAMEO actor code), so these cases
measure the events coder alone."""

from __future__ import annotations

import pytest

from .conftest import events_of

ACTORS = {
    "Russia": "RUS", "China": "CHN", "Israel": "ISR", "Iran": "IRN", "Syria": "SYR", "Hamas": "PSEREB",
    "United States": "USA", "Egypt": "EGY", "France": "FRA", "Germany": "DEU", "Turkey": "TUR",
    "United Nations": "IGOUNO", "NATO": "IGONAT", "Pakistan": "PAK", "India": "IND", "Japan": "JPN",
    "Britain": "GBR", "British": "GBR", "Egyptian": "EGY", "Syrian": "SYR", "Sudan": "SDN", "Lebanon": "LBN",
    "Israeli": "ISR", "Palestinian": "PSE", "Iranian": "IRN", "Chinese": "CHN", "Egyptian police": "EGYCOP",
    "rebels": "SYRREB", "Kurdish protesters": "TURCVL", "Sergei Lavrov": "RUSGOV", "John Kerry": "USAGOV",
    "Greece": "GRC", "Serbia": "SRB", "Kenya": "KEN", "Peru": "PER", "Ecuador": "ECU", "Ukraine": "UKR",
    "Georgia": "GEO", "Cuba": "CUB", "Venezuela": "VEN", "Afghanistan": "AFG", "Taliban": "AFGTAL",
}

CASES = [
    # 01 make public statement
    ("Iran denied responsibility for the attack on the tanker.", "016", ["IRN"], []),
    ("Russia expressed condolences to Egypt over the crash.", "018", ["RUS"], ["EGY"]),
    ("Pakistan claimed responsibility for the operation.", "015", ["PAK"], []),
    # 02 appeal
    ("Lebanon appealed for humanitarian aid.", "0233", ["LBN"], []),
    ("France urged Iran to release the detained sailors.", "0253", ["FRA"], ["IRN"]),
    ("Egypt called on Israel and Hamas to hold talks.", "026", ["EGY"], ["ISR", "PSEREB"]),
    # 03 express intent to cooperate
    ("Germany promised to provide economic aid to Sudan.", "0331", ["DEU"], ["SDN"]),
    ("Russia and China agreed to hold talks.", "036", ["RUS"], ["CHN"]),
    ("Turkey offered to mediate between Russia and Ukraine.", "039", ["TUR"], ["RUS", "UKR"]),
    # 04 consult
    ("Sergei Lavrov met John Kerry in Geneva.", "040", ["RUSGOV"], ["USAGOV"]),
    ("Chinese President Xi Jinping visited Russia on Monday.", "042", ["CHN"], ["RUS"]),
    ("Israel and Egypt held talks on the border crossing.", "040", ["ISR"], ["EGY"]),
    ("Turkey hosted Iran for a summit.", "043", ["TUR"], ["IRN"]),
    # 05 diplomatic cooperation
    ("Britain praised India for its restraint.", "051", ["GBR"], ["IND"]),
    ("Japan apologized to China for the incident.", "055", ["JPN"], ["CHN"]),
    ("Peru and Ecuador signed a peace agreement.", "057", ["PER"], ["ECU"]),
    # 06 material cooperation
    ("Israel shared intelligence with the United States.", "064", ["ISR"], ["USA"]),
    ("Pakistan extradited the suspect to Britain.", "063", ["PAK"], ["GBR"]),
    ("India cooperated with Japan on the project.", "060", ["IND"], ["JPN"]),
    # 07 provide aid
    ("Russia granted asylum to the defector from Ukraine.", "075", ["RUS"], ["UKR"]),
    ("The United States sent weapons to Ukraine.", "072", ["USA"], ["UKR"]),
    ("Japan provided humanitarian aid to Pakistan.", "073", ["JPN"], ["PAK"]),
    # 08 yield
    ("Iran released the British sailors.", "0841", ["IRN"], ["GBR"]),
    ("Turkey lifted the curfew in the city.", "0813", ["TUR"], []),
    ("The rebels declared a ceasefire with Syria.", "0871", ["SYRREB"], ["SYR"]),
    # 09 investigate
    ("The United Nations launched an investigation into the killings.", "090", ["IGOUNO"], []),
    ("Kenya investigated corruption in the ministry.", "091", ["KEN"], []),
    ("Britain probed the attack on its embassy.", "093", ["GBR"], []),
    # 10 demand
    ("Greece demanded the release of the journalists.", "1053", ["GRC"], []),
    ("Serbia demanded that NATO halt the bombing.", "1056", ["SRB"], ["IGONAT"]),
    ("Israel demanded the withdrawal of Iranian forces.", "106", ["ISR"], ["IRN"]),
    # 11 disapprove
    ("China criticized Japan over the visit.", "111", ["CHN"], ["JPN"]),
    ("Iran accused Israel of spying.", "1125", ["IRN"], ["ISR"]),
    ("Egypt condemned the Israeli raid.", "111", ["EGY"], ["ISR"]),
    # 12 reject
    ("Israel rejected the Egyptian proposal.", "127", ["ISR"], ["EGY"]),
    ("The rebels refused to negotiate with Syria.", "125", ["SYRREB"], ["SYR"]),
    ("Russia vetoed the resolution.", "129", ["RUS"], []),
    # 13 threaten
    ("Iran threatened to attack Israel.", "138", ["IRN"], ["ISR"]),
    ("The United States threatened to impose sanctions on Cuba.", "1312", ["USA"], ["CUB"]),
    ("Pakistan warned India.", "130", ["PAK"], ["IND"]),
    # 14 protest
    ("Kurdish protesters demonstrated against Turkey.", "141", ["TURCVL"], ["TUR"]),
    ("Palestinian prisoners went on hunger strike.", "142", ["PSE"], []),
    ("Kurdish protesters blocked the highway.", "144", ["TURCVL"], []),
    # 15 exhibit force posture
    ("Russia deployed troops near Georgia.", "154", ["RUS"], []),
    ("Iran put its army on alert.", "152", ["IRN"], []),
    ("China held military exercises near Japan.", "150", ["CHN"], []),
    # 16 reduce relations
    ("Egypt broke off diplomatic relations with Iran.", "161", ["EGY"], ["IRN"]),
    ("The United States imposed sanctions on Venezuela.", "163", ["USA"], ["VEN"]),
    ("Germany suspended military aid to Turkey.", "1622", ["DEU"], ["TUR"]),
    # 17 coerce
    ("Egyptian police arrested the Palestinian activists.", "173", ["EGYCOP"], ["PSE"]),
    ("Turkey imposed a curfew on the town.", "1723", ["TUR"], []),
    ("Iran deported the Afghanistan refugees.", "174", ["IRN"], ["AFG"]),
    # 18 assault
    ("The Taliban kidnapped two Pakistan engineers.", "181", ["AFGTAL"], ["PAK"]),
    ("The rebels assassinated the governor of Syria.", "186", ["SYRREB"], ["SYR"]),
    ("Hamas carried out a suicide bombing in Israel.", "1831", ["PSEREB"], ["ISR"]),
    # 19 fight
    ("Israel attacked Hamas.", "190", ["ISR"], ["PSEREB"]),
    ("Israeli jets launched airstrikes on Hamas.", "195", ["ISR"], ["PSEREB"]),
    ("Turkey shelled positions of the rebels.", "194", ["TUR"], ["SYRREB"]),
    # 20 unconventional mass violence
    ("The rebels massacred Syrian civilians.", "202", ["SYRREB"], ["SYR"]),
    ("Syria used chemical weapons against the rebels.", "2041", ["SYR"], ["SYRREB"]),
    ("The Taliban carried out a massacre in Afghanistan.", "202", ["AFGTAL"], ["AFG"]),
]


def test_every_root_has_three_cases():
    roots = {}
    for _text, code, _s, _t in CASES:
        roots[code[:2]] = roots.get(code[:2], 0) + 1
    assert sorted(roots) == [f"{r:02d}" for r in range(1, 21)]
    assert min(roots.values()) >= 3


@pytest.mark.parametrize("text,code,source,target", CASES, ids=[c[0][:40] for c in CASES])
def test_root_case(coded, text, code, source, target):
    doc = coded(text, {k: v for k, v in ACTORS.items() if k in text})
    got = events_of(doc)
    assert (code, source, target) in [(c, s, t) for c, s, t in got], got
