"""Unit cases for the actors stage: one text each, with the actor codes expected.

Expected items: "CODE" (some actor has the code), "CODE:part" (and its name
contains part), "!CODE" / "!:part" (no such actor).  Every case runs twice:
on parsed sentences and on unparsed ones (the lexicon-only path).
"""

from __future__ import annotations

import pytest

from actors_helpers import check, summary

D = "2013-08-10"

TITLES = [
    ("Russian Foreign Minister Sergei Lavrov said Friday.", D, ["RUSGOV:Sergei Lavrov"]),
    ("U.S. Defense Secretary Chuck Hagel arrived on Monday.", D, ["USAMIL:Chuck Hagel"]),
    ("U.S. Secretary of State John Kerry met reporters.", D, ["USAGOV:John Kerry"]),
    ("Saudi prince Bandar visited Moscow.", D, ["SAUGOV:Bandar", "RUSGOV"]),
    ("French President Francois Hollande spoke.", D, ["FRAGOV:Hollande"]),
    ("Syrian President Bashar al-Assad said the war would go on.", D, ["SYRGOV:Assad"]),
    ("Iranian Foreign Minister Mohammad Javad Zarif arrived in Vienna.", "2015-07-01", ["IRNGOV:Zarif"]),
    ("Chinese Premier Li Keqiang visited Berlin.", "2014-10-10", ["CHNGOV:Li Keqiang", "DEUGOV"]),
    ("Israeli Prime Minister Benjamin Netanyahu rejected the plan.", D, ["ISRGOV:Netanyahu"]),
    ("Turkish Prime Minister Recep Tayyip Erdogan criticised Israel.", D, ["TURGOV:Erdo", "ISR:Israel"]),
    ("British Foreign Secretary William Hague met his counterpart.", D, ["GBRGOV:Hague"]),
    ("German Chancellor Angela Merkel called Putin.", D, ["DEUGOV:Merkel", "RUSGOV:Putin"]),
    ("Egyptian army chief Abdel Fattah el-Sisi addressed the nation.", D, ["EGYMIL:Sisi"]),
    ("Iraqi Prime Minister Nouri al-Maliki visited Washington.", D, ["IRQGOV:Maliki", "USAGOV"]),
    ("Pakistani Foreign Minister Hina Rabbani Khar said talks would resume.", "2012-05-01", ["PAKGOV:Khar"]),
    ("Japanese Prime Minister Shinzo Abe visited the shrine.", D, ["JPNGOV:Abe"]),
    ("South Korean President Park Geun-hye met Obama.", D, ["KORGOV:Park Geun-hye", "USAGOV:Obama"]),
    ("Ukrainian President Petro Poroshenko signed the law.", "2015-03-01", ["UKRGOV:Poroshenko"]),
    ("Afghan President Hamid Karzai refused to sign.", D, ["AFGGOV:Karzai"]),
    ("Nigerian junior foreign minister Dubem Oniya said the visit was useful.", D, ["NGAGOV:Dubem Oniya"]),
    ("Israeli Defence Minister Moshe Yaalon toured the border.", D, ["ISRMIL:Moshe Ya"]),
    ("Russian Defense Minister Sergei Shoigu and U.S. Defense Secretary Chuck Hagel spoke.", D,
     ["RUSMIL:Shoigu", "USAMIL:Hagel"]),
    ("U.S. intelligence leaker Edward Snowden asked for asylum.", D, ["USASPY:Edward Snowden"]),
    ("Libyan leader Muammar Gaddafi was killed.", "2011-10-20", ["LBYGOV:Gaddafi"]),
    ("Palestinian leader Yasser Arafat met the envoy.", "2000-01-01", ["PSEGOV:Arafat"]),
    ("Venezuelan President Hugo Chavez attacked Washington.", "2010-01-01", ["VENGOV:Hugo Ch", "USAGOV"]),
    ("Cuban leader Fidel Castro spoke for hours.", "2000-01-01", ["CUBGOV:Castro"]),
    ("Serbian President Vojislav Kostunica met the EU envoy.", "2001-01-01", ["SRBGOV:Vojislav Ko"]),
    ("Georgian President Eduard Shevardnadze resigned.", "2003-11-23", ["GEOGOV:Shevardnadze"]),
    ("Kenyan opposition leader Raila Odinga called for protests.", "2007-12-30", ["KENOPP:Odinga"]),
    ("Syrian rebel commander Abu Omar said the town had fallen.", D, ["SYRREB:Abu Omar"]),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping.", D,
     ["RUSGOV:Putin", "CHNGOV:Xi Jinping"]),
    ("Former Socialist prime minister Andreas Papandreou died.", "2000-01-01", ["GRCELI:Papandreou"]),
    ("President Obama said the deal was good.", D, ["USAGOV:Obama"]),
    ("Prime Minister Mahendra Chaudhry was taken hostage.", "2000-05-20", ["FJIGOV:Mahendra Chaudhry"]),
    ("Prime Minister Pedro Gomez was taken hostage.", D, ["GOV:Pedro Gomez"]),
    ("President Dawda Jawara of Gambia went into exile.", "1994-07-23", ["GMBGOV:Jawara"]),
    ("Gen. Ahmed Salem said the troops had withdrawn.", D, ["MIL:Ahmed Salem"]),
    ("Kremlin spokesman Dmitry Peskov declined to comment.", D, ["RUSGOV:Peskov"]),
    ("U.N. Secretary-General Ban Ki-moon urged restraint.", D, ["IGOUNO:Ban Ki-moon"]),
    ("NATO Secretary General Anders Fogh Rasmussen visited Kabul.", D, ["IGOWSTNAT:Rasmussen", "AFGGOV"]),
]

ROLE_DATES = [
    ("Lavrov said the talks would continue.", "2013-08-10", ["RUSGOV:Lavrov"]),
    ("Lavrov said the talks would continue.", "2000-06-01", ["RUSGOV:Lavrov"]),
    ("Hagel said the Pentagon was ready.", "2014-03-01", ["USAMIL:Hagel", "USAMIL"]),
    ("Hagel criticised the war.", "2005-03-01", ["USALEG:Hagel"]),
    ("Kerry said he would travel to Geneva.", "2014-01-20", ["USAGOV:Kerry"]),
    ("Kerry said he would run for president.", "2003-09-01", ["USALEG:Kerry"]),
    ("Putin said Russia would respond.", "2010-05-01", ["RUSGOV:Putin", "RUS:Russia"]),
    ("Medvedev signed the decree.", "2009-02-01", ["RUSGOV:Medvedev"]),
    ("Blair defended the decision.", "2012-01-01", ["GBRELI:Blair"]),
    ("Rumsfeld visited the troops in Iraq.", "2004-01-01", ["USAMIL:Rumsfeld", "IRQ:Iraq"]),
    ("Sarkozy and Merkel met in Paris.", "2011-11-01", ["FRAGOV:Sarkozy", "DEUGOV:Merkel", "FRACVL:Paris"]),
    ("Erdogan became president after serving as prime minister.", "2015-01-01", ["TURGOV:Erdo"]),
    ("Ban Ki-moon arrived. Ban called for calm.", "2010-01-01", ["IGOUNO:Ban Ki-moon"]),
    ("Ban on imports angered farmers.", "2010-01-01", ["!:Ban"]),
    ("Chavez spoke at the rally in Texas.", "2016-01-01", ["!VENGOV"]),
    ("Zelensky thanked the allies.", "2023-05-01", ["UKRGOV:Zelensky"]),
    ("Netanyahu spoke to Abbas by phone.", "2010-09-01", ["ISRGOV:Netanyahu", "PSEGOV:Abbas"]),
    ("Mubarak was sentenced.", "2012-06-02", ["EGYELI:Mubarak"]),
    ("Assad met Lavrov in Damascus.", "2012-02-07", ["SYRGOV:Assad", "RUSGOV:Lavrov", "SYRCVL:Damascus"]),
    ("Guterres urged a ceasefire.", "2020-03-23", ["IGOUNO:Guterres"]),
    ("Stoltenberg said the alliance would respond.", "2019-01-01", ["IGOWSTNAT:Stoltenberg"]),
    ("Bush and Blair met at Camp David.", "2003-03-27", ["USAGOV:George W. Bush", "GBRGOV:Blair"]),
    ("Clinton flew to Beijing.", "2010-05-01", ["USAGOV:Hillary Clinton", "CHNGOV"]),
    ("Clinton flew to Beijing.", "1998-06-25", ["USAGOV:Bill Clinton"]),
    ("Rouhani said Iran would not build a bomb.", "2014-01-01", ["IRNGOV:Rouhani", "IRN:Iran"]),
    ("Modi met Sharif.", "2015-12-25", ["INDGOV:Modi"]),
    ("Maduro blamed the opposition.", "2016-01-01", ["VENGOV:Maduro"]),
    ("Carney told reporters the president would veto it.", "2013-05-01", ["!CAN"]),
    ("Trump said he would build a wall.", "2015-08-01", ["USAPTY:Donald Trump"]),
    ("Zhu said the experiment had worked.", "2019-05-01", ["!:Zhu Rongji"]),
    ("Hu said China would open up.", "2008-05-01", ["CHNGOV:Hu Jintao"]),
    ("House Minority Leader Nancy Pelosi objected.", "2015-12-08", ["USALEG:Pelosi"]),
    ("Senate Minority Leader Harry Reid objected.", "2015-12-08", ["USALEG:Harry Reid"]),
    ("Former President Jimmy Carter visited Cuba.", "2016-03-01", ["USAELI:Carter", "CUB"]),
    ("Sen. Bob Corker said the bill would pass. Corker left.", "2016-07-16", ["USALEG:Bob Corker"]),
]

DEMONYMS = [
    ("Four Saudi men were arrested.", D, ["SAUCVL"]),
    ("Israelis and Palestinians resumed talks.", D, ["ISRCVL", "PSECVL"]),
    ("Russian and U.S. officials would meet again.", D, ["RUSGOV", "USAGOV"]),
    ("Senior Hungarian and Romanian officials agreed on Wednesday.", D, ["HUNGOV", "ROUGOV"]),
    ("Syrian rebels seized the town.", D, ["SYRREB"]),
    ("Russia is a key ally of the Syrian regime.", D, ["RUS:Russia", "SYRGOV"]),
    ("Egyptian police fired tear gas at protesters.", D, ["EGYCOP"]),
    ("Iraqi Kurds voted on Monday.", D, ["IRQCVL"]),
    ("French warships arrived off the coast.", D, ["FRAMIL"]),
    ("Israeli troops entered the camp.", D, ["ISRMIL"]),
    ("British forces left Basra.", D, ["GBRMIL"]),
    ("Ugandan rebels attacked a village.", D, ["UGAREB"]),
    ("Afghan refugees returned home.", D, ["AFGREF"]),
    ("Chinese authorities detained the activist.", D, ["CHNGOV"]),
    ("Turkish Kurd refugees crossed the border.", D, ["TURREF"]),
    ("Liberian refugees fled to Guinea.", D, ["LBRREF", "GIN:Guinea"]),
    ("Sudanese government forces attacked the camp.", D, ["SDNGOV"]),
    ("Swiss doctors treated the wounded.", D, ["CHEHLH"]),
    ("Danish Web sites published the cartoons.", D, ["DNK"]),
    ("Pakistani students protested in Lahore.", D, ["PAKEDU"]),
    ("Bangladeshi workers demanded higher pay.", D, ["BGDLAB"]),
    ("Mexican farmers blocked the road.", D, ["MEXAGR"]),
    ("Ghanaian authorities closed the border.", D, ["GHAGOV"]),
    ("Indian police arrested two suspects.", D, ["INDCOP"]),
    ("American journalists were expelled.", D, ["USAMED"]),
    ("Burmese troops shelled the village.", D, ["MMRMIL"]),
    ("Sri Lankan army units advanced.", D, ["LKAMIL"]),
    ("Moroccan diplomats left Algiers.", D, ["MARGOV", "DZAGOV"]),
    ("Congolese refugees crossed into Uganda.", D, ["CODREF", "UGA"]),
    ("Syrians fled to Turkey.", D, ["SYRCVL", "TUR:Turkey"]),
    ("Ivorians voted in the runoff.", D, ["CIVCVL"]),
    ("Western diplomats criticised the vote.", D, ["WSTGOV"]),
    ("European leaders met in Brussels.", D, ["EURGOV", "BELCVL", "!IGOEUREEC"]),
    ("Arab states condemned the attack.", D, ["ARB"]),
    ("Zambian people celebrated.", D, ["ZMBCVL"]),
    ("Libyans went to the polls.", D, ["LBYCVL"]),
    ("Australian soldiers were killed.", D, ["AUSMIL"]),
    ("Taiwanese officials protested.", D, ["TWNGOV"]),
    ("Emirati jets struck the base.", D, ["AREMIL"]),
    ("North Korean soldiers crossed the line.", D, ["PRKMIL"]),
    ("South Korean army units fired back.", D, ["KORMIL"]),
    ("Israeli-Palestinian talks resumed.", D, ["ISR", "PSE"]),
    ("The Russian language is spoken there.", D, ["!RUS"]),
    ("Hundreds of Yemeni civilians were killed.", D, ["YEMCVL"]),
    ("Venezuelan opposition leaders called a strike.", D, ["VENOPP"]),
]

COUNTRIES = [
    ("The United States and Britain signed the pact.", D, ["USA:United States", "GBR:United Kingdom"]),
    ("The U.S. and the UK disagreed.", D, ["USA", "GBR"]),
    ("America and Great Britain agreed.", D, ["USA", "GBR"]),
    ("Ivory Coast and Burma were discussed.", D, ["CIV", "MMR"]),
    ("Cote d'Ivoire held elections.", D, ["CIV"]),
    ("Myanmar freed prisoners.", D, ["MMR"]),
    ("Turkey and Türkiye are the same country.", D, ["TUR"]),
    ("The Palestinian territories were closed.", D, ["PSE"]),
    ("DR Congo accused Rwanda.", D, ["COD", "RWA"]),
    ("The Democratic Republic of Congo accused Rwanda.", D, ["COD", "RWA"]),
    ("Congo expelled the envoy.", D, ["COG"]),
    ("North Korea tested a missile and South Korea protested.", D, ["PRK", "KOR"]),
    ("Vietnam and Laos signed a treaty.", D, ["VNM", "LAO"]),
    ("Bolivia and Venezuela condemned the coup.", D, ["BOL", "VEN"]),
    ("Tanzania and Moldova established relations.", D, ["TZA", "MDA"]),
    ("The Czech Republic and Czechia are one country.", D, ["CZE"]),
    ("Taiwan and the Vatican kept ties.", D, ["TWN", "VAT"]),
    ("Iran rejected the offer.", D, ["IRN"]),
    ("Russia-U.S. relations have chilled.", D, ["RUS", "USA"]),
    ("Russia troops entered the region.", D, ["RUSMIL"]),
    ("Ivory Coast rebels took the town.", D, ["CIVREB"]),
    ("The Gaza Strip was sealed off.", D, ["PSE"]),
    ("Sudan's government rejected the report.", D, ["SDNGOV"]),
    ("Iran's religious leader Ayatollah Ruhollah Khomeini spoke.", "1985-01-01", ["IRNGOV:Khomeini"]),
    ("Montenegro's prime minister resigned.", D, ["MNEGOV"]),
    ("Ethopia and Afganistan were misspelled.", D, ["ETH", "AFG"]),
    ("Emirates and Qatar are neighbours.", D, ["ARE", "QAT"]),
    ("Kosovo declared independence.", D, ["XKX"]),
    ("The talks in Syria failed.", D, ["SYR"]),
    ("The Washington Post reported the story.", D, ["!USAGOV", "!USACVL"]),
    ("The Moscow Times reported it.", D, ["!RUSGOV"]),
    ("U.S.-led forces attacked.", D, ["USAMIL"]),
    ("Vietnamese-led forces launched rocket fire.", D, ["VNMMIL"]),
    ("Gunmen struck in central Baghdad.", D, ["IRQCVL", "!IRQGOV"]),
    ("Russian-backed separatists shelled the town.", D, ["RUS"]),
    ("Anti-American protesters marched in Karachi.", D, ["!USACVL", "!USA"]),
    ("Pro-Russian separatists seized the building.", D, ["!RUSSEP"]),
    ("Kremlin-backed rebels advanced.", D, ["RUSGOV"]),
    ("We told us to go.", D, ["!USA"]),
    ("Voters in Georgia backed the senator.", D, ["!GEO"]),
    ("Georgia and Russia fought a war. Tbilisi blamed Moscow.", D, ["GEO:Georgia", "GEOGOV"]),
    ("Rep. Jim Jordan objected. Jordan said the bill was flawed.", D, ["USALEG:Jim Jordan", "!JOR"]),
    ("African-American voters backed the mayor.", D, ["USACVL", "!AFR"]),
    ("Israel invaded South Lebanon.", D, ["ISR", "LBN"]),
    ("New Mexico voted on Tuesday.", D, ["!MEX"]),
    ("Voters in West Virginia went to the polls.", D, ["!WST"]),
    ("Troops entered northern Iraq.", D, ["IRQ"]),
    ("Darfur rebels attacked the town.", D, ["SDNREB"]),
    ("Chechen rebels seized the school.", D, ["RUSREB"]),
    ("Protests spread across Tibet.", D, ["CHN"]),
    ("The Bosnian town of Gorazde was shelled.", D, ["BIHCVL"]),
    ("A US national was detained.", D, ["USACVL"]),
]

CAPITALS = [
    ("Moscow and Washington want new talks.", D, ["RUSGOV", "USAGOV"]),
    ("Moscow's decision angered Washington.", D, ["RUSGOV", "USAGOV"]),
    ("The Kremlin denied the report.", D, ["RUSGOV"]),
    ("The White House welcomed the deal.", D, ["USAGOV"]),
    ("The Pentagon said two drones were lost.", D, ["USAMIL"]),
    ("Downing Street said the meeting was useful.", D, ["GBRGOV"]),
    ("Whitehall officials were surprised.", D, ["GBRGOV"]),
    ("The Elysee welcomed the vote.", D, ["FRAGOV"]),
    ("Beijing warned Tokyo.", D, ["CHNGOV", "JPNGOV"]),
    ("Tehran rejected the demands.", D, ["IRNGOV"]),
    ("Kiev and Kyiv both refer to Ukraine's government.", D, ["UKRGOV"]),
    ("Damascus accused Ankara of arming rebels.", D, ["SYRGOV", "TURGOV"]),
    ("Berlin, Paris and London issued a joint statement.", D, ["DEUGOV", "FRAGOV", "GBRGOV"]),
    ("Seoul and Pyongyang agreed to talk.", D, ["KORGOV", "PRKGOV"]),
    ("Jerusalem and Riyadh have no ties.", D, ["ISRGOV", "SAUGOV"]),
    ("Cairo and Baghdad restored relations.", D, ["EGYGOV", "IRQGOV"]),
    ("Kabul accused Islamabad.", D, ["AFGGOV", "PAKGOV"]),
    ("New Delhi protested to Beijing.", D, ["INDGOV", "CHNGOV"]),
    ("Brussels fined the company.", D, ["IGOEUREEC"]),
    ("Nairobi and Addis Ababa signed a deal.", D, ["KENGOV", "ETHGOV"]),
    ("Hanoi and Manila disputed the islands.", D, ["VNMGOV", "PHLGOV"]),
    ("Canberra recalled its ambassador.", D, ["AUSGOV"]),
    ("Ottawa and Mexico City agreed.", D, ["CANGOV"]),
    ("Lavrov told reporters in Washington.", D, ["USACVL:Washington", "!USAGOV"]),
    ("An energy research center will be set up in Tokyo.", D, ["JPNCVL"]),
    ("Caracas expelled the diplomats.", D, ["VENGOV"]),
    ("Smog covered the 20 million residents of Delhi.", D, ["INDCVL", "!INDGOV"]),
    ("Protesters marched through Bangkok.", D, ["THACVL", "!THAGOV"]),
    ("Havana welcomed the move.", D, ["CUBGOV"]),
    ("Baku and Yerevan exchanged fire.", D, ["AZEGOV", "ARMGOV"]),
    ("Capitol Hill lawmakers objected.", D, ["USALEG"]),
    ("The State Department said the embassy would close.", D, ["USAGOV"]),
]

IGOS = [
    ("Russia, the United States and the United Nations set up a conference.", D,
     ["RUS", "USA", "IGOUNO:United Nations"]),
    ("Russia blocked resolutions at the U.N. Security Council.", D, ["IGOUNO:Security Council"]),
    ("The UN General Assembly voted.", D, ["IGOUNO"]),
    ("NATO and the EU agreed.", D, ["IGOWSTNAT", "IGOEUREEC"]),
    ("The European Union imposed sanctions.", D, ["IGOEUREEC"]),
    ("The African Union sent troops.", D, ["IGOAFRAFU"]),
    ("The Organization of African Unity met in Addis Ababa.", D, ["IGOAFROAU"]),
    ("The Arab League suspended Syria.", D, ["IGOMEAARL", "SYR"]),
    ("ASEAN ministers met in Jakarta.", D, ["IGOSEAASN"]),
    ("OPEC cut output.", D, ["IGOOPC"]),
    ("The IMF approved the loan.", D, ["IGOBUSIMF"]),
    ("The World Bank froze aid.", D, ["IGOUNODEVWBK"]),
    ("The WHO declared an emergency.", D, ["IGOUNOHLHWHO"]),
    ("The ICC issued a warrant.", D, ["IGOJUDICC"]),
    ("The Red Cross delivered aid.", D, ["NGOHLHIRC"]),
    ("The ICRC visited prisoners.", D, ["NGOHLHIRC"]),
    ("The OSCE sent monitors.", D, ["IGOEUROSC"]),
    ("The G20 leaders met.", D, ["IGOGTW"]),
    ("Amnesty International condemned the executions.", D, ["NGOHRIAMN"]),
    ("Human Rights Watch documented abuses.", D, ["NGOHRI"]),
    ("A human rights group said 40 people died.", D, ["NGOHRI"]),
    ("The IAEA inspected the site.", D, ["IGOUNOIAE"]),
    ("UNHCR said a million refugees had fled.", D, ["IGOUNOREFHCR"]),
    ("UNICEF and the WFP appealed for funds.", D, ["IGOUNOKID", "IGOUNOWFP"]),
    ("United Nations peacekeepers were deployed.", D, ["IGOUNOMIL"]),
    ("The Asia-Pacific Economic Cooperation (APEC) forum agreed.", D, ["IGOASABUSAPC"]),
    ("The Taliban attacked a checkpoint.", D, ["AFGREB"]),
    ("Hamas fired rockets.", D, ["PSEREB"]),
    ("Hezbollah denied involvement.", D, ["LBNREB"]),
    ("Al-Qaeda claimed the attack.", D, ["IMGMUSALQ"]),
    ("The Palestine Liberation Organization (PLO) recognised Israel.", D, ["PSEGOV", "ISR"]),
    ("The West imposed sanctions.", D, ["WST"]),
    ("The Middle East peace process stalled.", D, ["MEA"]),
    ("Africa and Europe held a summit.", D, ["AFR", "EUR"]),
    ("Doctors Without Borders evacuated staff.", D, ["NGOHLHMSF"]),
]

COMPOUNDS = [
    ("Lavrov and Russian Defense Minister Sergei Shoigu met U.S. Secretary of State John Kerry "
     "and U.S. Defense Secretary Chuck Hagel Friday.", D,
     ["RUSGOV:Lavrov", "RUSMIL:Shoigu", "USAGOV:Kerry", "USAMIL:Chuck Hagel", "!:Friday"]),
    ("Russian, Chinese and Iranian officials met.", D, ["RUSGOV", "CHNGOV", "IRNGOV"]),
    ("Israel and the Palestinians resumed talks.", D, ["ISR", "PSECVL"]),
    ("The United States, France and Britain drafted the text.", D, ["USA", "FRA", "GBR"]),
    ("Indian and Pakistani troops exchanged fire.", D, ["INDMIL", "PAKMIL"]),
    ("Serbia and Montenegro split.", D, ["SRB", "MNE"]),
    ("Russia and China vetoed the resolution.", D, ["RUS", "CHN"]),
    ("Sudanese and Chadian rebels clashed.", D, ["SDNREB", "TCDREB"]),
    ("British and French diplomats walked out.", D, ["GBRGOV", "FRAGOV"]),
    ("Japanese and South Korean officials met.", D, ["JPNGOV", "KORGOV"]),
    ("They control villages near the border with Bulgaria, Macedonian officials said.", D,
     ["BGR", "!BGRGOV", "MKDGOV"]),
    ("Russia's and China's envoys met.", D, ["RUSGOV", "CHNGOV"]),
    ("The official CTK news agency said so.", D, ["!:CTK"]),
]

PRONOUNS = [
    ("Kerry admitted that he and Lavrov rarely see eye-to-eye.", D, ["USAGOV:Kerry", "RUSGOV:Lavrov"]),
    ("Angela Merkel arrived in Paris. She said the euro was safe.", "2012-01-01", ["DEUGOV:Merkel"]),
    ("Russian Foreign Minister Sergei Lavrov arrived. The minister said talks would go on.", D,
     ["RUSGOV:Lavrov"]),
    ("Russia's foreign minister said the talks were useful.", D, ["RUSGOV"]),
    ("The Kremlin spokesman said the report was false.", D, ["RUSGOV"]),
    ("Putin offered to negotiate with the president of Armenia.", "2000-01-01", ["RUSGOV:Putin", "ARMGOV"]),
    ("Arab League Secretary-General Chedli Klibi urged restraint.", D, ["IGOMEAARL:Chedli Klibi"]),
    ("The Federal Minister for Interior Aftab Sherpao allowed the rally.", D, ["GOV:Aftab Sherpao", "!:Interior"]),
    ("Nicaragua's Sandinista government closed the paper.", D, ["NICGOV"]),
    ("Afghan rebels exploded bombs in the capital Kabul.", D, ["AFGREB", "AFGCVL:Kabul", "!AFGGOV"]),
    ("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded access.", D,
     ["IGOUNO:Kenzo Oshima"]),
    ("Juan Perez, Bolivia's foreign minister, said talks would resume. Perez left.", D, ["BOLGOV:Juan Perez"]),
    ("Anna Schmidt, a German diplomat, was expelled.", D, ["DEUGOV:Anna Schmidt"]),
]


def _pronoun_target(actors, text):
    return [a["name"] for a in actors for m in a["mentions"] if m["text"] == text]


ALL = [(f"titles-{n}", *c) for n, c in enumerate(TITLES)] + \
      [(f"dates-{n}", *c) for n, c in enumerate(ROLE_DATES)] + \
      [(f"demonyms-{n}", *c) for n, c in enumerate(DEMONYMS)] + \
      [(f"countries-{n}", *c) for n, c in enumerate(COUNTRIES)] + \
      [(f"capitals-{n}", *c) for n, c in enumerate(CAPITALS)] + \
      [(f"igos-{n}", *c) for n, c in enumerate(IGOS)] + \
      [(f"compounds-{n}", *c) for n, c in enumerate(COMPOUNDS)] + \
      [(f"pronouns-{n}", *c) for n, c in enumerate(PRONOUNS)]


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "unparsed"])
@pytest.mark.parametrize("name,text,date,expected", ALL, ids=[c[0] for c in ALL])
def test_case(actors_of, name, text, date, expected, parsed):
    actors = actors_of(text, date, parsed=parsed)
    assert check(actors, expected) == [], summary(actors)


def test_pronoun_joins_the_nearest_person(actors_of):
    actors = actors_of("Kerry admitted that he and Lavrov rarely see eye-to-eye.")
    assert _pronoun_target(actors, "he") == ["John Kerry"]


def test_pronoun_respects_gender(actors_of):
    actors = actors_of("Angela Merkel met John Kerry. She said the euro was safe.", "2013-08-10")
    assert _pronoun_target(actors, "She") == ["Angela Merkel"]


def test_role_noun_joins_the_titled_person(actors_of):
    actors = actors_of("Russian Foreign Minister Sergei Lavrov arrived. The minister said talks would go on.")
    lavrov = next(a for a in actors if a["name"] == "Sergei Lavrov")
    assert [m["kind"] for m in lavrov["mentions"]] == ["name", "role"]


def test_first_name_joins_the_latest_person(actors_of):
    text = ("Lavrov met Russian Defense Minister Sergei Shoigu. Kerry met Lavrov later. "
            "\"Sergei and I do not always agree,\" Kerry said.")
    actors = actors_of(text)
    assert "Sergei Lavrov" in _pronoun_target(actors, "Sergei")


def test_unknown_titled_person_is_found_again_by_surname(actors_of):
    actors = actors_of("Nigerian junior foreign minister Dubem Oniya arrived. Oniya said the visit was useful.")
    oniya = next(a for a in actors if "Oniya" in a["name"])
    assert len(oniya["mentions"]) == 2 and oniya["code"] == "NGAGOV"


def test_mentions_are_tight_and_carry_the_phrase(actors_of):
    text = "Russian Foreign Minister Sergei Lavrov said Friday."
    actors = actors_of(text)
    m = next(a for a in actors if a["name"] == "Sergei Lavrov")["mentions"][0]
    assert m["text"] == "Sergei Lavrov"
    assert text[m["phrase"]["start"]:m["phrase"]["end"]] == "Russian Foreign Minister Sergei Lavrov"


def test_compound_modifier_mentions_are_the_country_words(actors_of):
    actors = actors_of("Lavrov added that U.S. and Russian officials would meet again.")
    texts = {a["code"]: [m["text"] for m in a["mentions"]] for a in actors}
    assert texts["USAGOV"] == ["U.S."] and texts["RUSGOV"] == ["Russian"]


def test_ids_are_sequential_and_spans_index_the_body(actors_of):
    text = "Moscow and Washington agreed. Russia and the United Nations met."
    actors = actors_of(text)
    assert [a["id"] for a in actors] == [f"a{n + 1}" for n in range(len(actors))]
    for a in actors:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_upper_case_dateline_capital_is_no_actor(lex):
    from eventwire.actors.phrases import Sentence
    from eventwire.parse import tokenizer

    doc = tokenizer()("RANGOON, Burma - The opposition won.")
    cands = Sentence([t.text for t in doc], [t.idx for t in doc], lex).cands
    assert [(c.kind, c.country, c.sectors) for c in cands] == [("collective", "MMR", [])]


def test_first_name_gives_a_soft_gender_cue(actors_of):
    text = ("Hillary Clinton met White House spokesman Josh Earnest. "
            "Later she said the talks went well.")
    actors = actors_of(text, "2015-11-10")
    assert _pronoun_target(actors, "she") == ["Hillary Clinton"]


def test_role_phrase_is_the_mention(actors_of):
    text = "Recep Tayyip Erdogan spoke on Monday. The Turkish president said the operation would go on."
    actors = actors_of(text, "2016-08-29")
    erdogan = next(a for a in actors if a["code"] == "TURGOV" and "Erdo" in a["name"])
    assert [m["text"] for m in erdogan["mentions"]] == ["Recep Tayyip Erdogan", "The Turkish president"]


def test_country_role_noun_joins_that_countrys_leader(actors_of):
    text = ("Israeli Prime Minister Benjamin Netanyahu called Recep Tayyip Erdogan. "
            "The Israeli leader apologised to the Turkish leader.")
    actors = actors_of(text, "2013-03-22")
    assert _pronoun_target(actors, "The Israeli leader") == ["Benjamin Netanyahu"]
    assert _pronoun_target(actors, "the Turkish leader") == ["Recep Tayyip Erdoğan"]


def test_mention_token_is_the_phrase_head_in_the_parse(lex, pipeline):
    from conftest import document

    from eventwire.actors import find_actors
    from eventwire.parse import Parser

    doc = document("Lavrov added that U.S. and Russian officials would meet again. "
                   "Russian Foreign Minister Sergei Lavrov said Friday.", "2013-08-10")
    Parser(pipeline.settings.model)([doc])
    for a in find_actors(doc, lex):
        for m in a["mentions"]:
            tok = doc.parsed[m["sentence"]][m["token"]]
            start = doc.article.sentences[m["sentence"]]["start"] + tok.idx
            span = m["phrase"] or m
            assert span["start"] <= start < span["end"], (a["name"], m, tok.text)
    heads = {m["text"]: doc.parsed[m["sentence"]][m["token"]].text
             for a in find_actors(doc, lex) for m in a["mentions"]}
    assert heads["U.S."] == "officials" and heads["Sergei Lavrov"] == "Lavrov"


def test_appositive_title_without_country_makes_a_person(actors_of):
    text = "\"We will win,\" said Jason Miller, a spokesman for the campaign. Miller left."
    actors = actors_of(text, "2016-07-20")
    miller = next(a for a in actors if a["name"] == "Jason Miller")
    assert miller["code"] == "GOV" and miller["country"] is None
    assert [m["text"] for m in miller["mentions"]] == ["Jason Miller", "Miller"]
