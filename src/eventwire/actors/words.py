"""Closed word lists the phrase rules use (English function words, name particles, ...).

Kept in code rather than in data/ because they are grammar, not knowledge of the world.
"""

COORD = {"and", ",", "-", "/", "&", "or", "\u2013"}
POSSESSIVE = {"'s", "\u2019s", "'"}
# Before a capital, these make it the place ("talks in Moscow", "residents of Delhi"): the city's
# civilians (CVL), not the government.  "to", "from", "between" are left out: "protested to
# Beijing", "a message from Moscow", "talks between Moscow and Kyiv" name governments.
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "of",
            "into", "toward", "towards", "via", "through"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "dos", "du", "van", "von", "der", "den",
             "la", "le", "zu", "abu", "di", "del", "ul"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
            "oct.", "nov.", "dec."}
# Capitalised words that open sentences or clauses and are never names.
FUNCTION = {"the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they",
            "we", "i", "you", "this", "that", "these", "those", "his", "her", "their", "its",
            "our", "if", "when", "while", "after", "before", "as", "for", "with", "by", "from",
            "to", "of", "there", "what", "who", "which", "where", "why", "how", "some", "many",
            "speaking", "asked", "according", "meanwhile", "however", "also", "yet", "so",
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "not", "no", "yes",
            "today", "yesterday", "tomorrow", "now", "then", "still", "even", "only", "both", "all",
            "each", "every", "already", "thus", "instead", "indeed", "perhaps", "moreover", "earlier",
            "later", "last", "next", "first", "once", "since", "until", "unlike", "like", "despite",
            "amid", "during", "against", "between", "among", "without", "under", "over", "about",
            "through", "into", "upon", "says", "said", "including", "via", "neither", "either",
            "separately", "nevertheless", "furthermore", "although", "though", "because", "unless",
            "whether", "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
            "should", "may", "might", "must", "let", "more", "most", "such", "other", "another", "here"}
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "madame"}
# Words that may stand between a country adjective and its sector noun ("Iran's religious leader").
FILLER_STOP = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
               "said", "says", "say", "told", "and", "or", "to", "of", "the", "a", "an", "that",
               "which", "who", "in", "on", "at", "for", "with", "by", "from", "as", "it", "not"}
GENERIC_HEADS = {"leader", "official", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
                 "member", "people", "men", "women", "authorities", "authority", "delegation",
                 "source", "sources", "representative", "envoy"}
FORMER = {"former", "ex", "ex-", "then"}
PLACE_PREFIXES = {"new", "san", "santa", "saint", "st.", "port", "fort", "lake", "mount", "little", "nova"}
# "South Lebanon", "northern Iraq": a part of the country, still the country.
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "upper", "lower", "northeast", "northwest", "southeast", "southwest", "greater", "occupied",
              "mainland", "coastal", "rural", "independent", "ancient", "modern", "post-war", "pre-war"}
# Words that open a titled name without being part of it ("Chairman Stephen Bannon").
NAME_PREFIXES = {"chairman", "chairwoman", "chair", "executive", "director", "founder", "ceo", "host",
                 "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame"}
# Portfolio words in "Minister for Interior", "Minister of Foreign Affairs".
PORTFOLIOS = {"interior", "foreign", "affairs", "home", "defence", "defense", "finance", "trade", "and",
              "justice", "health", "education", "economy", "energy", "information", "industry",
              "agriculture", "labour", "labor", "security", "internal", "external", "planning",
              "investment", "communications", "transport", "culture", "environment", "oil",
              "petroleum", "water", "tourism", "youth", "sports", "religious", "state", "war"}
# Sector nouns that alone, with no country in the phrase, are too vague to be an actor (they
# often name a place, a thing or an event: "in the city", "the party", "the press").
NOT_ALONE = {"party", "company", "companies", "firm", "firms", "bank", "banks", "school", "university",
             "hospital", "industry", "public", "town", "towns", "village", "villages", "city", "cities",
             "community", "crowd", "mob", "campaign", "camp", "campaign team", "transition team",
             "presidential campaign", "men", "women", "business", "businesses", "corporation",
             "investors", "voters", "delegation", "leadership", "artillery", "warship", "warplane", "jets",
             "fighter jets", "tanks", "union", "unions", "insurgency", "court", "assembly", "intelligence",
             # the outlet reporting the news: its country is seldom the story's
             "newspaper", "newspapers", "daily", "weekly", "news agency", "state news agency", "media", "press", "television",
             "state media", "state television", "broadcaster", "reporters", "journalists", "correspondents",
             # groups that are by nature foreign or international
             "peacekeepers", "peacekeeping force", "monitors", "observers", "inspectors", "diplomats", "envoys",
             "mediators", "peacekeeper", "monitor", "observer", "inspector", "diplomat", "envoy", "mediator"}
# Sectors of the state and of politics: a titled person of unknown country takes one from the
# context only with these (the country named near "a law professor" is seldom the professor's).
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP", "INS", "PTY", "SEP", "UAF", "ELI", "RAD"}
# After a leader's name, these are that leader's government ("the Bush administration").
GOVERNMENTS = {"administration", "government", "regime", "cabinet"}
# Legislative chambers named by one word before a party ("House Democrats", "Senate Republicans"): that
# chamber's members of the party (LEG).  Alone these words are too vague to be an actor ("House prices").
CHAMBERS = {"house", "senate", "assembly", "congress", "parliament", "chamber"}
# After a person's name, these are that person's own group, an actor of its own with the noun's sectors
# ("the Clinton campaign", "Trump's transition team").
PERSON_GROUPS = {"campaign", "camp", "campaign team", "transition team", "presidential campaign"}
# Present-tense verbs that may follow a singular collective ("the government says"); any other
# lower-case word after it that does not end in -ed makes the noun a modifier ("military aid",
# "military sources", "police custody").
VERBS_S = {"says", "claims", "denies", "insists", "warns", "accuses", "plans", "wants", "announces",
           "reports", "refuses", "rejects", "agrees", "hopes", "fears", "believes", "urges", "threatens",
           "calls", "demands", "blames", "admits", "argues", "continues", "launches", "sends", "deploys",
           "controls", "holds", "remains", "seems", "appears", "faces", "needs", "supports", "opposes",
           "considers", "expects", "knows", "thinks", "tells", "asks", "offers", "seeks", "vows", "stands"}
# Before "a"/"an", words that make the noun phrase describe someone already named ("X, a law
# professor", "he is a diplomat", "as a soldier") rather than name a new actor.
DESCRIPTIVE = {",", "is", "was", "are", "were", "be", "been", "being", "as", "became", "becomes", "remains",
               "remained", "named", "appointed", "elected", "like"}
