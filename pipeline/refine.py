"""Document-level repair of one document's tagged mentions (the `hybrid.v2` tagger's last step).

A sentence-level NER model trained on encyclopedic text (IL-NER) errs on news in ways that the whole
document and the training data can fix. Each step is a pure function over one document's mentions:

1. `latin_mentions`: Latin-script names inside Hindi text (`SEC`, `FEMA`, `India`): a known place is
   LOC, an all-capitals acronym ORG unless it is a common non-name abbreviation (`PPE`, `COVID`, `PM`); after all
   other steps, the English name in brackets after a mention takes its label (`कैलिफोर्निया (California)`).
2. `trim_edges`: words that never start (end) a name in the training data, titles, roles and function
   words are cut from a span's edges (`नरेंद्र मोदी मंगलवार` -> `नरेंद्र मोदी`, `सर्जन टॉम कैरेल` -> `टॉम कैरेल`);
   a person run into a place or into a second person is split.
3. `drop_common`: one-word "names" that are common words, head nouns, titles, contain digits or spell
   a common abbreviation in letter names (`आईसीयू` = ICU) go; so do number words (`तीन-तीन`) and governments
   named by a generic owner (`केंद्र सरकार`, `राज्य सरकार`: `drop_generic`).
   `drop_inflected`: a one-word "name" that the same document writes in a plural form (`हिमस्खलनों`, `ट्वीट्स`)
   or after a demonstrative before a postposition (`इस चक्रवात से`) is a common noun there; a word that starts
   organisation names and never ends one (`राष्ट्रीय`) is no name alone (`_modifier`). A kind of place or facility
   alone is no name (PLACE_KINDS: `मस्जिद`, `एरिया`, `स्टोर`), nor is a one-word place that IL-NER never saw but
   `news_common_min_docs` news articles use (`_news_word`: `कहर`, `कोराना`, `एंबुलेंस`).
4. `orgs`: names of the organisations that the alias file knows (`होंडा`, `NBC न्यूज़`, `पोलिटिको`) are ORG:
   untagged ones are tagged, a mention inside one grows to it, one that is exactly one is relabelled.
5. `org_heads`: a place followed by a word that ends organisation names is that organisation (`दिल्ली सरकार`,
   `यूपी सरकार` where the gazetteer read यूपी as ORG). `india_orgs`: `इंडिया`, the English name, after other words
   ends an organisation's name (`नेस्ले इंडिया`, `टीम इंडिया`, `हॉकी इंडिया`).
   `english_orgs`: an English name written in Devanagari, head word + `ऑफ`/`फॉर` + name (`काउंसिल ऑफ इंडिया`), is
   one ORG; a person's name before an institution's head word names it (`संत थॉमस हॉस्पिटल`).
   `national_bodies` (round 12): a national adjective + a legislature or armed force is one ORG (`भारतीय संसद`).
5. `place_types`: a span that is exactly a KB place name (countries, states, cities) is LOC, also one written in two
   words (`न्यू यॉर्क`); a "person" ending in a kind of place is a place (`राजीव चौक`). `kb_place_runs`: tagged pieces
   of a multi-word KB place are one place (`कानपुर` + `देहात`, `पाक` + `कश्मीर` of `पाक अधिकृत कश्मीर`).
7. `context_names`: an untagged name before a word that follows places (`भागलपुर जिले`) is LOC;
   `subordinate_places`: one after a unit and `के` (`कोडरमा जिले के मरकच्चो में`) too.
7b. `list_names`: an untagged name in a list of names of one label takes it (`रोहतास में 2, सुपौल में 2, ...`).
7c. `designated_places` (step `designated`, not in the default steps yet): an untagged name right after a kind of place
   and before a postposition (not `ने`) is a place (`प्रांत मैंगिस्टाऊ में`, `गांव ग्वालिसन के`), unless many news
   articles use the word or it is a plural.
7d. `acronym_expansions`: the words right before a bracketed acronym that is tagged, one word per letter of the
   acronym, ending in a word that can end an organisation's name (`संघीय आपातकाल प्रबंधन अभिकरण (FEMA)`,
   `भारतीय आयुर्विज्ञान अनुसंधान परिषद (आईसीएमआर)`), are its expansion: one name with the acronym's label.
8. `vote_labels`: one label per surface per document (majority; ties go to the KB, then to the
   training data's label counts).
9. `propagate`: a name tagged in most of its occurrences is tagged in all (surnames of full names
   too), one tagged in few of them loses its tags, and untagged KB place names are tagged; a surname
   alone after an untagged given name takes it (`लव अग्रवाल`); so does the given name of a full name alone, when it
   is no common word of the training data (`अनुराग` after `अनुराग कश्यप`; not `एकता`, "unity").
9b. Round 13 (translated news): `aged_names` also reads `N साल के` as an age and, with `role_names`, takes two or three
   rare name-like words after a role or title (`गायक विक्टर सॉय`); a foreign given name may be a spelling of one
   (`ब्रैट` = `ब्रेट`, `_foreign_given`) and takes a surname IL-NER never saw after it (`टोनी फिनेयू`); `company_names`:
   an unseen word before `के` and a role only an organisation has is a company in all its mentions (`इनमारसेट के
   उपाध्यक्ष`); `unit_names`: a one-word PER/ORG before `जिले`/`प्रांत` is that place (`रोहिणी जिले`); with
   `kb_parents`, `subordinate_places` also reads `<KB place> के <name> में` (`राजस्थान के फलौदी में`); `team_names`: a KB
   place + an unseen English plural is a team (`मुंबई इंडियन्स`); `national_departments`: a national adjective before a
   government body is part of it (`भारतीय मौसम विभाग`); `apostrophe_names`: `डेरेक ओ` + `ब्रायन` = `डेरेक ओ'ब्रायन`.
   The `N साल के` age (`age_years`), the spelling check (`foreign_spellings`) and `national_departments` each have
   their switch in RefineParams, on by default (they ran unswitched before round 14).
9c. Round 14 (native news): `rare_common_min_docs`: a one-word name IL-NER saw only outside names, in that many news
   articles or more, is a common word (`बाइक`, `एकांतवास`); `initial_names`: letter-name initials + a surname are one
   person (`जेपी सागर`, `वीके पॉल`); `village_names`: a word of one or two stories, unseen by IL-NER, before `गांव` is a
   village however often its story repeats `X गांव` (`चुरम्बा गांव`); `acronym_institutions`: an ORG acronym + a
   hospital or college head is one ORG (`एसआरएन अस्पताल`, `जेएन मेडिकल कॉलेज`); `services_alone`: an armed service alone
   is an ORG (`वायुसेना का एक ट्रेनर हॉक जेट`); `kinship_names`: in a crime report's listing (`X पुत्र Y निवासी Z`) the name
   after a kinship word or `उर्फ` is a person (`उर्फ जहूर पुत्र इसराइल को`).
9d. Round 15 (span boundaries): `clause_cuts`: a span running over a pronoun or a verb is cut there (`सईद अपने संगठन` ->
   `सईद`, `मारते हुए विश्व बैंक` -> `विश्व बैंक`); `named_areas`: an ORG or PER ending in an open place or quarter is a place
   (`कर्जन ग्राउंड`, `संजय एन्क्लेव`); `institution_bridges`: a person + one name word the news never ends a phrase with +
   a hospital's head is the hospital (`राम मनोहर लोहिया अस्पताल`); `post_spans`: a span ending in a post or an office's
   room names no body (`अपर पुलिस महानिदेशक`; `राज्यसभा सांसद` -> `राज्यसभा`); `posting_places`: a posting place or
   portfolio between a title and an officer's name is cut (`एसडीएम मनकापुर रमाकांत वर्मा`); `speaker_names`: a rare given
   name before `कहती हैं` is a person's (`जूही`).
10. `place_variants`: an untagged spelling variant of a place the document tags (`बेलजियम`, `बैलजियम` after
   `बेल्जियम`: the same phonetic key of pipeline.link) is that place, unless it is a common word or a given name.

Written by hand because no library does document-level NER repair for Hindi; the knowledge it uses
comes from data (models/entity-lexicon-vN, built by pipeline.lexicon).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import Any, Callable, Iterator, Sequence
import unicodedata

import regex
from rapidfuzz import fuzz

from pipeline.adapters.rules_tagger import RANK_ACRONYMS, TITLES, _join_hyphens, fold
from pipeline.lexicon import PLACE_DESIGNATORS, Lexicon, Place, WordStats, fold_key
from pipeline.link import LETTER_NAMES, _initials_match, _skeleton, acronym_letters, token_key
from pipeline.records import Mention, Sentence

ENTITY = frozenset({"PER", "ORG", "LOC"})


class _Memo(dict):
    """word -> fn(word) for a pure function of one word (`token_key`, `acronym_letters`): the refine steps ask for the
    same words again and again (each step reads the whole document), so a repeated word is one dict look-up in C
    (`_Memo(fn).__getitem__`, as rules_tagger's `fold`)."""

    __slots__ = ("fn",)

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        if len(self) >= _MEMO_MAX:  # review: a long run's vocabulary would grow it for the process's life
            self.clear()
        value = self[key] = self.fn(key)
        return value


# Review of the speed round: a memo holds at most this many words and then starts again empty (as link.py's
# `lru_cache(maxsize=500_000)`): a large archive's vocabulary no longer grows every worker's memory; same answers
_MEMO_MAX = 500_000


# Speed round 2: the (sentence, offset) of every character the mentions cover, the set 56 steps start from. A step
# that changes nothing hands the next the same spans, so the set is kept per spans (at most _COVERED_MAX lists) and
# each step gets its own copy to grow
_COVERED: dict[tuple, frozenset[tuple[int, int]]] = {}
_COVERED_MAX = 64


def _chars_covered(ms: Sequence[Mention]) -> set[tuple[int, int]]:
    """{(sentence, offset)} of every character inside one of `ms` (a new set: the caller may add to it)."""
    key = tuple([(m.sent_idx, m.start, m.end) for m in ms])
    chars = _COVERED.get(key)
    if chars is None:
        if len(_COVERED) >= _COVERED_MAX:
            _COVERED.clear()
        chars = _COVERED[key] = frozenset({(m.sent_idx, i) for m in ms for i in range(m.start, m.end)})
    return set(chars)


_token_key = _Memo(token_key).__getitem__
_acronym_letters = _Memo(acronym_letters).__getitem__
_MEMOS: dict[str, list] = {}  # helper name -> [the lexicon, the params, {word: the helper's answer}]


def _memo(name: str, lex: Lexicon, p: Any = None) -> dict:
    """The answers of a word helper that reads the lexicon (and params) too (`place_of`, `_initials`): kept while it is
    asked with the same lexicon and params objects (held here, so a new one is never mistaken for them)."""
    slot = _MEMOS.get(name)
    if slot is None or slot[0] is not lex or slot[1] is not p:
        slot = _MEMOS[name] = [lex, p, {}]
    elif len(slot[2]) >= _MEMO_MAX:  # at most _MEMO_MAX words (and one call's) kept: then it starts again empty
        slot[2].clear()
    return slot[2]

# All-capitals Latin abbreviations that are not names of organisations or places: units, times, months,
# weekdays, medical and legal terms common in Hindi news. Generic, not fitted to any article.
LATIN_NOT_NAMES = frozenset("""
    AM PM IST GMT UTC ET PT CT MT EST EDT PST PDT CST CDT BST CET AD BC CE BCE PTSD ADHD MAR APR JAN FEB JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE WED THU FRI SAT SUN
    COVID SARS MERS HIV AIDS TB ICU PPE HCQ RNA DNA PCR RT MRI ECG OPD GDP GST FIR CEO CFO CTO MD MBBS PHD
    KM CM MM KG MG ML GB MB TB KB HD TV OK ID PDF URL SMS PIN OTP ATM EMI LPG CNG LED AC DC IT IQ VIP NRI
    NEWS LIVE UPDATE UPDATES BREAKING VIDEO PHOTO PHOTOS R0 FAQ QR II III IV VI VII VIII IX XI XII
    CCTV ETF ETP IPO NFT SUV GPS USB UPI KYC IVF CT
    CHC PHC MSME TTE BSC MSC IPS IAS IFS IRS PCS ADG CSR NGO BP IOS IPC CRPC BCG SOP CD API OMR JCO
""".split())  # second line: kinds of health centre, enterprise and body, ranks and services, codes, medical terms
# Roles and professions that news writes before a name (`विश्लेषक पॉल रोलेट`, `पहलवान सुशील कुमार`): generic
# nouns, not taken from any article; the training data shows the frequent ones itself, this covers the rare.
ROLES = frozenset(fold(w) for w in """विश्लेषक पहलवान फोटोग्राफर फ़ोटोग्राफ़र सर्जन डॉक्टर चिकित्सक वकील अधिवक्ता पत्रकार
    संवाददाता रिपोर्टर एंकर लेखक लेखिका कवि कवयित्री गायक गायिका संगीतकार अभिनेता अभिनेत्री एक्टर एक्ट्रेस निर्देशक
    निर्माता खिलाड़ी बल्लेबाज गेंदबाज कप्तान कोच प्रोफेसर प्रोफ़ेसर शोधकर्ता वैज्ञानिक इंजीनियर अधिकारी इंस्पेक्टर
    दरोगा सिपाही कांस्टेबल जवान किसान छात्र छात्रा शिक्षक शिक्षिका व्यापारी कारोबारी उद्योगपति कार्यकर्ता
    आरोपी अभियुक्त पीड़ित पीड़िता मृतक युवक युवती पार्षद सरपंच मुखिया विशेषज्ञ अर्थशास्त्री इतिहासकार
    प्रशिक्षक धावक मुक्केबाज़ मुक्केबाज निशानेबाज़ निशानेबाज पायलट ड्राइवर चालक कलाकार चित्रकार मैकेनिक
    इलेक्ट्रीशियन दुकानदार मजदूर मज़दूर नर्स कारीगर भगवान ब्रिगेडियर लेफ्टिनेंट सूबेदार हवलदार अटॉर्नी प्राचार्य
    प्रधानाचार्य प्रिंसिपल डा शहीद पुजारी पादरी मौलवी विवाहिता नवविवाहिता प्रसूता मंडलायुक्त मण्डलायुक्त ऑफिसर ऑफ़िसर
    मुलज़िम मुलजिम उस्ताद चैंपियन चैम्पियन समीक्षक आलोचक टिप्पणीकार स्तंभकार स्तम्भकार कोरोनर
    यूट्यूबर शेफ मिडफील्डर डिफेंडर स्ट्राइकर रैपर कॉमेडियन डांसर बॉक्सर इन्फ्लुएंसर इंफ्लुएंसर""".split())
# last line: review of round 27, English loans of sport and show business that `person_lists` took for name words
# Common given names of Europe and the Americas as Hindi news spells them: the lexicon's given names are Indian
# (CMU), and a story's foreign protagonists are what the model misses most (`हेलेना मेंटिस`). Generic, not taken
# from any article; names that are also Hindi words (जो, मेरी, सारा, बिल, जिम …) are left out.
FOREIGN_GIVEN = frozenset(fold(w) for w in """
    जॉन जेम्स रॉबर्ट राबर्ट माइकल माइकेल विलियम डेविड रिचर्ड जोसेफ थॉमस थामस चार्ल्स क्रिस्टोफर डेनियल डैनियल
    मैथ्यू एंथनी एंथोनी मार्क डोनाल्ड स्टीवन स्टीव पॉल एंड्रयू एंड्रू जोशुआ केविन ब्रायन जॉर्ज एडवर्ड रोनाल्ड
    टिमोथी जेसन जेफ्री जेफ रयान रेयान जैकब गैरी निकोलस एरिक जोनाथन स्टीफन लैरी जस्टिन स्कॉट ब्रैंडन बेंजामिन
    सैमुअल सैम्युअल फ्रैंक ग्रेगरी ग्रेग रेमंड अलेक्जेंडर एलेक्जेंडर पैट्रिक डेनिस जेरी टायलर आरोन हेनरी पीटर
    एडम नाथन कार्ल आर्थर जेरेमी कीथ रोजर टेरी शॉन सीन ऑस्टिन क्रिस टॉम टिम बॉब बेन मैक्स मार्टिन साइमन फिलिप
    फिलिप्स निक टोनी ह्यूग ह्यू इयान ग्रेहम ग्राहम कॉलिन एलन एलेन हैरी लुइस लुई चार्ली ओलिवर जैक्सन विल्सन
    माइक रिक डैन कर्ट वॉल्टर हेनरिक फ्रेडरिक हंस मिखाइल व्लादिमीर सर्गेई इवान दिमित्री अलेक्सी बोरिस निकोलाई
    यूरी पियरे फ्रांस्वा इमैनुएल एमैनुएल कार्लोस जुआन जोस मिगेल पेड्रो एंटोनियो मार्को जियोवानी फ्रांसेस्को
    पेट्रीसिया जेनिफर लिंडा एलिजाबेथ बारबरा सुज़ैन सुजैन जेसिका करेन नैंसी लिसा बेटी मार्गरेट सैंड्रा एशले
    किम्बर्ली एमिली डोना मिशेल डोरोथी कैरोल अमांडा मेलिसा डेबोरा स्टेफनी रेबेका शेरोन लौरा लॉरा सिंथिया
    कैथलीन एमी एंजेला हेलेन एना ब्रेंडा पामेला निकोल एम्मा सामंथा कैथरीन क्रिस्टीन रेचल कैरोलिन जेनेट मारिया
    हीथर डायने डायना जूली जॉयस विक्टोरिया केली क्रिस्टीना एवलिन लॉरेन जूडिथ ओलिविया फ्रांसिस मार्था मेगन
    एंड्रिया हन्ना हैना जैकलीन ग्लोरिया टेरेसा थेरेसा हेलेना सोफिया सोफी क्लेयर क्लेर जेन जेनी केट सुसान एलिस
    एलिसा इसाबेल अन्ना नताली नतालिया ओल्गा तातियाना इरीना एंजेलिना हिलेरी हिलरी मेलानिया इवांका
    एमा ब्रेट कर्स्टी जिमी जिम्मी टेड बर्नी बराक मिच लिंडसे रूडी नैन्सी ग्रेटा वॉरेन
""".split())  # last line (round 9): spellings and short forms news writes that the list lacked
# Nouns that name a kind of place, building or facility (`मस्जिद के इमाम`, `हॉटस्पॉट एरिया`, `रेल से`): alone they are
# no name, whatever the model read; a name takes them after it (`जामा मस्जिद`, `कांठ रोड`). Generic Hindi and the English
# loans news uses, not taken from any article (`बस्ती`, `कल्याण` are left out: they are also districts)
PLACE_KINDS = frozenset(fold(w) for w in """एरिया इलाका मस्जिद मंदिर गुरुद्वारा चर्च दरगाह रोड मार्ग सड़क सिटी कॉलोनी कालोनी
    रीजेंसी बिल्डिंग इमारत चौक चौराहा बाजार बाज़ार मार्केट स्टेशन एयरपोर्ट हवाईअड्डा होटल रेस्तरां रेस्टोरेंट मॉल पार्क स्टोर
    शॉप दुकान हॉटस्पॉट रेल डिपो काउंटी काउन्टी
    सिनेमाघर हॉस्टल छात्रावास सैलून ग्राउंड मैदान स्टेडियम गुरुद्वारे आइलैंड लैगून टाउन लेक
    स्टूडियो""".split())  # last lines: rounds 12 and 13 (रीजेंसी, स्टूडियो)
# Place kinds that are also English surnames (`इलियट लेक`, `पार्क`): a "person" ending in one stays a person
KIND_SURNAMES = frozenset(fold(w) for w in "पार्क लेक चर्च".split())
# English place kinds that are part of the name before them (`किंग काउंटी`, `प्लेसर काउंटी`: Placer County); alone no
# name (PLACE_KINDS: `ज्यादा काउंटी`, `और काउंटी`)
NAME_KINDS = frozenset(fold(w) for w in "काउंटी काउन्टी".split())
# Words of generic transport places (`रेलवे स्टेशन`, `बस स्टैंड`, `हवाई अड्डा`): a span of these alone is no name (a
# road or a market of kind words is: `स्टेशन रोड`, `पार्क रोड`)
TRANSPORT_WORDS = frozenset(fold(w) for w in """रेलवे रेल बस हवाई अड्डा अड्डे स्टैंड स्टेशन टर्मिनल मेट्रो पेट्रोल पंप
    एयरपोर्ट""".split())
# `भाजपा सरकार`, `यूपीए सरकार`: a party's or an alliance's government, no organisation of its own name
GOVERNMENT = frozenset(fold(w) for w in "सरकार सरकारों शासन हुकूमत".split())
# A name does not take the plural oblique (`अमेरिकी सैनिकों`, `जाँच एजेंसियों`, `विद्रोहियों`): such a span is a
# common noun phrase, even where IL-NER tagged one
# Owners that make `<owner> सरकार` a description: which centre, state or district is meant depends on the story
GENERIC_OWNERS = frozenset(fold(w) for w in "केंद्र केन्द्र राज्य प्रदेश स्थानीय जिला ज़िला".split())
ADMINISTRATION = frozenset(fold(w) for w in "प्रशासन पुलिस".split())
DIRECTIONS = frozenset(fold(w) for w in """उत्तर दक्षिण पूर्व पश्चिम मध्य उत्तरी दक्षिणी पूर्वी पश्चिमी मध्यवर्ती
    साउथ नॉर्थ नार्थ ईस्ट वेस्ट सेंट्रल""".split())
AGE_WORDS = frozenset(fold(w) for w in "वर्षीय वर्षीया साला".split())  # `20 वर्षीय X`: X is a person
INDEFINITE = frozenset(fold(w) for w in "एक किसी कोई".split())  # determiners no person's name follows
# Demonstratives: `इस हिमस्खलन में` - a word they point at, right before a postposition, is a common noun
DEMONSTRATIVES = frozenset(fold(w) for w in "इस उस इन उन इसी उसी इन्हीं उन्हीं".split())  # not `ऐसा`: `ऐसा X के कहने पर हुआ`
# Cardinal number words: no name (`तीन-तीन` was read as a place); generic Hindi, not taken from any article
NUMBER_WORDS = frozenset(fold(w) for w in """एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह
    सोलह सत्रह अठारह उन्नीस बीस तीस चालीस पचास साठ सत्तर अस्सी नब्बे सौ हजार हज़ार लाख करोड़ दर्जन
    इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस
    अड़तीस उनतालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास इक्यावन बावन तिरपन
    चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर इकहत्तर बहत्तर
    तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी
    अट्ठासी नवासी इक्यानबे बानबे तिरानबे चौरानबे पंचानबे छियानबे सत्तानबे अट्ठानबे निन्यानबे""".split())
# Natural hazards and weather (`हिमस्खलन की चपेट में`, `शीतलहर का प्रकोप`): common nouns of disaster reports that the
# model reads as places or organisations; a span of these words alone is no name. Generic Hindi, not taken from any
# article (`वर्षा` and `लू` are left out: a given name, a surname)
DISASTERS = frozenset(fold(w) for w in """हिमस्खलन हिमपात बर्फबारी बर्फ़बारी शीतलहर शीतलहरी भूस्खलन भूकंप भूकम्प सुनामी
    चक्रवात तूफान तूफ़ान आंधी आँधी बवंडर ओलावृष्टि अतिवृष्टि अनावृष्टि बाढ़ बाढ सूखा अकाल कोहरा धुंध वज्रपात बारिश
    महामारी दावानल भूचाल जलजला""".split())
# Weekdays, with the Punjabi-Hindi वीरवार (Thursday) that IL-NER never saw: alone no name (`वीरवार को`)
WEEKDAYS = frozenset(fold(w) for w in "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार वीरवार शुक्रवार शनिवार रविवार".split())
MONTHS = frozenset(fold(w) for w in """जनवरी फरवरी फ़रवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर
नवंबर नवम्बर दिसंबर दिसम्बर""".split())
# Round 16: bracketed words of a dateline that name no agency: who wrote it generically, or when
DATELINE_NOT_AGENCIES = frozenset(fold(w) for w in "एजेंसी एजेंसियां एजेंसियाँ संवाददाता ब्यूरो डेस्क".split())
# Storm nouns: the word right after one (`तूफान कैटरीना`, `हरिकेन माइकल`, `चक्रवात ‘तितली’`) or right before one
# (`फानी तूफान`) names the storm, no person or place, in every occurrence in the document
STORMS = frozenset(fold(w) for w in "तूफान तूफ़ान चक्रवात चक्रवाती हरिकेन हरीकेन टाइफून साइक्लोन".split())
# Common nouns (English loans, festivals) that the model reads as names (`ट्वीट करना`, `विटामिन डी की कमी`, `बुलेटिन में`,
# `क्रिसमस के दौरान`): a span of at most two words with one of them is no name. Generic, not taken from any article
COMMON_LOANS = frozenset(fold(w) for w in """ट्वीट ट्वीट्स ट्विट ट्वीटों बुलेटिन विटामिन क्रिसमस नवरात्र नवरात्रि वेबिनार
    ईमेल ब्रेक्सिट ब्रेक्ज़िट ब्रेक्जिट ब्रेग्जिट ब्रेग्ज़िट मर्डर""".split())  # round 12: Brexit, an event; murder
# Common words (Hindi, and English loans of the news) that the model reads as a name alone, each in several
# corpus/news articles but in too few for `news_common_min_docs` (round 12: `चिकेन` x12, `ऑब्जर्वेशन` x8, `समंदर`,
# `विज्ञप्ति` "press release", `वरीय` "senior", `अश्वेत` "black", `पीला` "yellow"): a one-word span of one is no name
COMMON_WORDS = frozenset(fold(w) for w in """चिकेन चिकन ऑब्जर्वेशन समंदर विज्ञप्ति पीला वरीय अश्वेत अचरज वाकया नाश्ते
    केमिस्ट स्वाब टेम्पो लाइफस्टाइल किडनी वायरोलॉजिस्ट टेक्नीशियन रिसर्चर्स निमोनिया डिप्थीरिया कोरोनावाइरस गेहूं
    अभीतक प्रसारक बैंक्वेट""".split())
# Honorifics written after a person's name (`प्राण साहब`, `अमिताभ जी`), as the spec leaves titles out; not `साहिब`, which
# ends the names of Sikh shrines (`हरमंदिर साहिब`). Generic Hindi/Urdu, not taken from any article
HONORIFICS = frozenset(fold(w) for w in "साहब साब साहेब जी".split())
PAIR_KINDS = frozenset({"country", "state", "city", "town", "place"})  # KB kinds of the two places of `A-B`
# Round 16: what joins two places by a hyphen (`वाराणसी-गाजीपुर मार्ग`, `अटारी-वाघा बॉर्डर`, `नजीबाबाद-गजरौला ट्रेनें`): the
# two ends of a road, a rail line, a border or a route; `ROUTE_TRAINS` name a train after its ends (`तिरुपति-बिलासपुर
# पैसेंजर`), whose names are no entities: a pair tagged as one place is split there, an untagged one stays untagged.
# Not `बस` (also "just": `मोदी-शाह बस चुनाव जीतना चाहते हैं`)
ROUTE_WORDS = frozenset(fold(w) for w in """मार्ग मार्गों राजमार्ग हाईवे हाइवे रोड सड़क एक्सप्रेसवे रेलमार्ग रेलखंड रेलवे रेल
सीमा बॉर्डर बार्डर ट्रेन ट्रेनें ट्रेनों उड़ान उड़ानें उड़ानों फ्लाइट फ्लाइटें रूट""".split())
ROUTE_TRAINS = frozenset(fold(w) for w in "एक्सप्रेस पैसेंजर".split())
IZAFAT = frozenset(fold(w) for w in "ए ए-".split())  # Urdu `X-ए-Y` names (`जमात-ए-इस्लामी`, `लश्कर-ए-तैयबा`)
# `X निवासी Y`, "Y, resident of X": the name before it is where someone lives (`खेदड़ निवासी`, `मिंगनी खेड़ा निवासी`);
# police and disaster reports write it before nearly every victim's name. Generic Hindi, not taken from any article
RESIDENT = frozenset(fold(w) for w in "निवासी निवासियों".split())
ALIAS_WORDS = frozenset(fold(w) for w in "उर्फ".split())  # `सतीश कुमार उर्फ सतई`: another name of the person
# Kinship words of the register of police reports (`X पुत्र Y`, X son of Y; `X पत्नी Y`, X wife of Y): between two
# names they are no part of either
KINSHIP = frozenset(fold(w) for w in "पुत्र पुत्री पत्नी पति सुपुत्र सुपुत्री".split())
# Short names of countries (alias file rows) that are also adjectives: before these nouns the word is the adjective, no
# place (`रमजान का पाक महीना` "the holy month", `पाक कुरान`; `सऊदी रियाल`, the currency). Generic Hindi/Urdu usage, not
# taken from any article
ADJECTIVE_READINGS = {fold(k): frozenset(fold(w) for w in v.split()) for k, v in {
    "पाक": """महीना महीने माह रमजान रमज़ान रमदान दिन मौके मौका पर्व त्योहार त्यौहार कुरान क़ुरान कुरआन किताब जगह
        स्थान मकसद मक़सद इरादा इरादे रिश्ता रिश्ते दामन""",
    "सऊदी": "रियाल",
}.items()}
POINTERS = DEMONSTRATIVES | INDEFINITE | frozenset(fold(w) for w in "यह वह ये वे यही वही ऐसा ऐसे ऐसी".split())
_QUOTES = "‘’'\"“”"
INDIA_EN = frozenset(fold(w) for w in "इंडिया इण्डिया".split())  # the English name of India, in Devanagari
FUNCTION_MIN_COUNT = 5  # a given name that UD lists as a function word is one before a surname when IL-NER has it less often
LIST_SEPARATORS = frozenset({",", "और", "एवं", "तथा", "व"})
# English words that head an organisation's name written out in Devanagari (`इंडियन काउंसिल ऑफ मेडिकल रिसर्च`,
# `स्कूल ऑफ कम्यूटिंग एंड कम्युनिकेशंस`): generic English, not taken from any article; the training data has few.
ENGLISH_ORG_HEADS = frozenset(fold(w) for w in """इंस्टीट्यूट इंस्टिट्यूट इंस्टीच्यूट काउंसिल काउन्सिल कौंसिल यूनिवर्सिटी
    ऑर्गनाइजेशन ऑर्गेनाइजेशन आर्गनाइजेशन एसोसिएशन एसोसियेशन कॉरपोरेशन कार्पोरेशन कॉर्पोरेशन फाउंडेशन फ़ाउंडेशन
    कमीशन कमिशन अथॉरिटी अथारिटी डिपार्टमेंट डिपार्टमेंट्स मिनिस्ट्री ब्यूरो बोर्ड स्कूल कॉलेज एकेडमी अकादमी
    सोसाइटी सोसायटी फेडरेशन फ़ेडरेशन कनफेडरेशन कन्फेडरेशन कॉन्फेडरेशन एजेंसी सेंटर सेन्टर सेंटर्स बैंक कोर्ट
    गिल्ड फोरम यूनियन लीग कंपनी चैंबर चेंबर हॉस्पिटल ऑफिस""".split())
# English words that join the words of such a name (`ऑफ`, `एंड`, `फॉर`, `द`)
ENGLISH_NAME_JOINERS = frozenset(fold(w) for w in "ऑफ ऑफ़ आफ एंड एण्ड ऐंड फॉर फ़ॉर फार द दि ऑन".split())
ENGLISH_OF = frozenset(fold(w) for w in "ऑफ ऑफ़ आफ फॉर फ़ॉर फार".split())
# English words that end the names of companies and media written in Devanagari (`बालाजी टेलीफिल्म्स`, `यशराज प्रोडक्शन`,
# `भारत पेट्रोलियम`, `डॉन न्यूज`): generic English, not taken from any article; IL-NER (encyclopedic text) has few
COMPANY_HEADS = frozenset(fold(w) for w in """न्यूज़ न्यूज टाइम्स हेराल्ड ट्रिब्यून टेलीग्राफ स्टूडियो स्टूडियोज़ स्टूडियोज
    प्रोडक्शन प्रोडक्शंस प्रोडक्शन्स फिल्म्स फ़िल्म्स टेलीफिल्म्स पिक्चर्स एंटरटेनमेंट मोटर्स एयरलाइंस एयरलाइन्स
    एयरवेज इंडस्ट्रीज लिमिटेड फार्मा फार्मास्युटिकल्स टेक्नोलॉजीज पेट्रोलियम टेलीकॉम इंश्योरेंस फाइनेंस कॉर्प
    ट्रेवल्स ट्रैवल्स ट्रेवेल्स ट्रेडर्स एंटरप्राइजेज इंटरप्राइजेज एंटरप्राइजेस इंटरप्राइजेस ज्वैलर्स ज्वेलर्स
    ऑटोमोबाइल्स""".split())  # last two lines (round 18): the English plurals that end local businesses' names in
# Indian news (`अकरम सी ट्रेवेल्स`, `भगवती इंटरप्राइजेज`, `विनीत ऑटोमोबाइल्स`)
# An institution named after a person (`टाटा ट्रस्ट`, `संत थॉमस हॉस्पिटल`, `राजेंद्र इंस्टीट्यूट`)
INSTITUTIONS = ENGLISH_ORG_HEADS - {fold("ऑफिस"), fold("कोर्ट")} | frozenset(fold(w) for w in """ट्रस्ट फाउंडेशन
    अस्पताल विश्वविद्यालय महाविद्यालय संस्थान मेमोरियल""".split()) | COMPANY_HEADS
DESIGNATORS = frozenset(fold(w) for w in PLACE_DESIGNATORS)  # `परवान प्रांत`: no part of the place's name
# kinds of place written before a place's name (`प्रांत मैंगिस्टाऊ`, `गांव ग्वालिसन`); not `जिला`/`थाना`, which also
# head offices (`जिला पदाधिकारी`, `थाना प्रभारी`)
NAME_DESIGNATORS = frozenset(fold(w) for w in "प्रांत प्रान्त शहर गांव गाँव ग्राम कस्बे कस्बा इलाके इलाका मोहल्ले मोहल्ला राज्य".split())
POSTPOSITIONS = frozenset(fold(w) for w in "में के की का से को पर तक".split())  # not `ने`: `शहर काजी ने` is a person
# Administrative units that no adjective describes in news (`रहुई थाना`, `सारवां प्रखंड`): the name before them may be
# one the news text always writes with its unit
UNITS = frozenset(fold(w) for w in "थाना थाने प्रखंड तहसील जनपद".split())
# Generic words between the name an institution is named after and its head (`नालंदा मेडिकल कॉलेज`, `नेहरू इंटर कॉलेज`)
INSTITUTION_MODIFIERS = frozenset(fold(w) for w in """मेडिकल इंटर डिग्री पब्लिक इंटरनेशनल कॉन्वेंट कान्वेंट मॉडल डेंटल
    इंजीनियरिंग चिकित्सा आयुर्वेदिक कृषि मेमोरियल चैरिटेबल""".split())
# Nouns that name a kind of organisation, not one (`समाचार एजेंसी`, `आतंकवादी संगठन`, `पाकिस्तानी मीडिया`, `मेडिकल टीम`):
# with only descriptive words before them (adjectives, demonyms) they are no name; generic Hindi, not taken from any article
ORG_KINDS = frozenset(fold(w) for w in """एजेंसी संगठन संस्था कंपनी फर्म फ़र्म मीडिया अखबार अख़बार समाचारपत्र चैनल पत्रिका
    मैगज़ीन मैगजीन वेबसाइट पोर्टल टीम क्लब पार्टी दल बैंक टेलीविज़न टेलीविजन टीवी सैनिक""".split())
# Kinds that news writes right before the organisation's name (`समाचार एजेंसी पीटीआई`, `अखबार गार्जियन`, `संस्था पेटा`)
APPOSITIVE_KINDS = frozenset(fold(w) for w in """एजेंसी संगठन संस्था कंपनी फर्म फ़र्म अखबार अख़बार समाचारपत्र चैनल
    पत्रिका मैगज़ीन मैगजीन वेबसाइट पोर्टल""".split())
# Media kinds that news also writes right after the name (`गार्जियन अखबार`, `नेचर पत्रिका`)
MEDIA_KINDS = frozenset(fold(w) for w in "अखबार अख़बार समाचारपत्र पत्रिका मैगज़ीन मैगजीन".split())
_MEDIA_OR_COMPANY = MEDIA_KINDS | COMPANY_HEADS
_ORG_KIND_WORDS = APPOSITIVE_KINDS | _MEDIA_OR_COMPANY | {fold("पत्र")}  # `org_kinds` reads only sentences with one
# `दिल्ली पुलिस`, `भागलपुर पुलिस`: a place's police is an organisation (IL-NER seldom tags it, so the counts miss it)
POLICE = frozenset(fold(w) for w in "पुलिस".split())
# Bodies a place has that IL-NER seldom tags (`अमेरिका नेवी`, `मुंबई क्राइम ब्रांच`): police, armed forces
BODY_HEADS = POLICE | frozenset(fold(w) for w in "नेवी आर्मी ब्रांच".split())
# Nicknames of film industries: no organisation, no place (`बॉलीवुड सितारे`)
ZONES = frozenset(fold(w) for w in "जोन ज़ोन".split())  # `रेड जोन`: a class of lockdown area, no organisation or place
FILM_INDUSTRIES = frozenset(fold(w) for w in "बॉलीवुड बालीवुड टॉलीवुड कॉलीवुड मॉलीवुड सैंडलवुड ढॉलीवुड लॉलीवुड".split())
BEFORE_RESIDENT = KINSHIP | ALIAS_WORDS  # words after which the name before `निवासी` is a person's
ZONE_OR_KIND = ZONES | PLACE_KINDS
_PLURAL_OBLIQUE = regex.compile(r"(?:ों|ओं|एँ|एं)$")
_LATIN_WORD = regex.compile(r"^[A-Za-z][A-Za-z&]*(?:[.\-][A-Za-z0-9]+)*\.?$")
_ACRONYM = regex.compile(r"^[A-Z](?:[A-Z&]|\.(?=[A-Z]))+\.?$")
# patterns used per word, compiled once
_RX_LETTER = regex.compile(r"\p{L}")
_RX_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_RX_DIGIT = regex.compile(r"\d")
_RX_DEVANAGARI = regex.compile(r"[\p{Devanagari}]+")
_RX_SPACE_HYPHEN = regex.compile(r"[\s-]+")
_RX_VOWEL_SIGN_END = regex.compile(r"[\u093e-\u094c]$")
_RX_DEVANAGARI_HYPHENATED = regex.compile(r"[\p{Devanagari}\u200c\u200d]+(?:-[\p{Devanagari}]+)*")
_RX_DEVANAGARI_ZW = regex.compile(r"[\p{Devanagari}\u200c\u200d]+")
_RX_NUMERAL = regex.compile(r"[\d०-९]+")


@dataclass(frozen=True)
class RefineParams:
    edge_min_count: int = 3  # a word seen at least this often in the training data ...
    edge_max_ratio: float = 0.05  # ... and starting (ending) a name in less than this share ...
    edge_max_inside: float = 0.05  # ... and inside one in less than this share never starts (ends) one
    org_edge_min_count: int = 50  # an ORG name loses a first word seen this often ...
    org_edge_max_inside: float = 0.01  # ... and inside a name in less than this share
    org_lead_min_count: int = 10  # `_org_lead`: an ORG span's first word seen this often, never inside a name ...
    org_lead_next_begin: float = 0.3  # ... before a word that starts this share of its names is cut
    acronym_head_min_end: float = 0.01  # `_org_last_word`: an acronym's expansion ends in a word ending names this often
    org_head_min_end: float = 0.35  # `<LOC> सरकार` is one ORG when the word ends a name this often ...
    org_head_min_org: float = 0.8  # ... and its names are ORGs this often
    head_min_count: int = 5  # a word inside names at least this often in the training data ...
    head_max_per: float = 0.1  # ... PER in less than this share of them ...
    head_min_end: float = 0.5  # ... and ending them in at least this share is an ORG or LOC (`गंगा राम अस्पताल`)
    org_head_orgs: bool = False  # also `<LOC> <ORG>` -> one ORG, and `<ORG> <head>` -> one ORG
    common_min_count: int = 5  # a one-word name seen this often ...
    common_max_ratio: float = 0.1  # ... and inside a name in less than this share is a common word
    propagate_min_chars: int = 3  # shorter surfaces are not propagated
    surname_min_ratio: float = 0.3  # a word inside PER names this often is a surname when alone
    kb_candidates: bool = True  # tag untagged KB place names
    name_parts: bool = True  # a full PER name's surname alone is that person too
    steps: tuple[str, ...] = ("latin", "trim", "common", "orgs", "org_heads", "loan_orgs", "kinds", "places", "context",
                              "lists", "acronyms", "vote", "propagate", "surnames", "variants", "institutions")  # + "designated": opt-in, see designated_places
    cue_min_count: int = 10  # a word seen this often in the training data ...
    cue_min_ratio: float = 0.3  # ... right after a place name this often (`जिले`, `गांव`) marks the word before it as one
    cue_max_words: int = 2  # the longest name taken before such a cue
    town_cue_min_ratio: float = 1.0  # a word after a place this often (`में`) marks a KB town before it; 1.0 = off
    name_min_ratio: float = 0.5  # ... and a word known to the training data is name-like when inside a name this often
    list_max_words: int = 3  # the longest name taken from a list item
    list_max_tail: int = 3  # the most tokens after the name in a list item (`में 17`, `(दो)`)
    modifier_max_case: float = 0.2  # a word followed by a case marker or punctuation in less than this share of ...
    modifier_min_count: int = 10  # ... at least this many occurrences in the news text is a modifier, no name alone
    news_common_min_docs: int = 30  # a word IL-NER never saw that this many news articles use is no place alone
    company_kind_min_docs: int = 3  # review of round 20: a word this many news articles use before `कंपनी` is its kind
    company_kind_max_case: float = 0.5  # ... where the news writes it before a case marker in under this share
    kb_parents: bool = False  # round 13: `<KB place> के <name> में/से` is a place in it, as after a unit
    unit_names: bool = False  # round 13: a one-word PER/ORG before `जिले`/`प्रांत` is that place
    company_names: bool = False  # round 13: `<unseen word> के <ORG_ROLES>` is a company, in all its mentions
    team_names: bool = False  # round 13: a KB place + an unseen English plural is a team (`मुंबई इंडियन्स`)
    apostrophe_names: bool = False  # round 13: `ओ'ब्रायन` is one word of a person's name (`डेरेक ओ` + `ब्रायन`)
    role_names: bool = False  # round 13: two or three untagged name-like words after a role or title are a person
    age_years: bool = True  # round 13: `68 साल के X Y` is an age before a name, as `68 वर्षीय X Y` (aged_names)
    foreign_spellings: bool = True  # round 13: an unseen spelling of a FOREIGN_GIVEN name is one (`ब्रैट` = `ब्रेट`)
    national_departments: bool = True  # round 13: `भारतीय` + a tagged `मौसम विभाग` is one ORG (`भारतीय मौसम विभाग`)
    rare_common_min_docs: int = 0  # round 14: a one-word name IL-NER saw only outside names, in this many news articles
    # or more, is a common word (`बाइक`, `एकांतवास`, `अधीक्षक`); 0 = off
    initial_names: bool = False  # round 14: letter-name initials + a surname are one person (`जेपी सागर`, `वीके पॉल`)
    initials_max_case: float = 0.1  # ... initials: a news word before a case marker or punctuation in at most this share
    acronym_seats: bool = False  # round 21: an acronym right before its Indian seat is one institution (`पीजीआई चंडीगढ़`)
    senator_titles: bool = False  # round 21: `सेन` (Sen.) after a party or a place, or before a full stop, is a title
    village_halves: bool = False  # round 21: `X खुर्द`/`X कलां` (the smaller/bigger half of a village) is one place
    quoted_kinds: bool = False  # round 24: `संस्था 'ऑफ़स्टेड'`: a quoted name right after an organisation's kind is ORG
    titled_speakers: bool = False  # round 24: 1-3 untagged name words between a title or role and a speaker's cue: PER
    lead_titles: bool = False  # round 24: a title the title lists lack (`जस्टिस`, `CPRO`) opening a PER is cut off it
    inflected_leads: bool = False  # round 26: an ORG span of 3+ words opening with a plural or an imperative (`सरकारें`,
    # `जानिए`) is cut after it (`जानिए स्वास्थ्य मंत्रालय` -> `स्वास्थ्य मंत्रालय`)
    acronym_variants: bool = False  # round 26: an untagged acronym spelled apart from a tagged one of the story with the
    # same letters is that name (`आइओए` with `[आईओए]O`)
    glued_names: bool = False  # round 26: a span that runs a person of the story into the next name or word is cut
    # (`[फ़ारुख़ शेख दीप्ति]P` -> `फ़ारुख़ शेख` + `दीप्ति`, `[केविन चेनाइस ब्रिटिश एयरवेज]O`, `[बोरिस जॉनसन
    # कोरोनावायरस]P`)
    company_kinds: bool = False  # round 26: 1-2 name words + a company kind (`गो एयर`, `डेल्टा एयरलाइंस`, `एमजी मोटर इंडिया`)
    # before a case marker are one ORG, in all their mentions of the story
    spaced_initials: bool = False  # round 21: two or three letter names written apart + a surname are one person (`आर के
    # गर्ग`, `जे पी नड्डा`); a leading `के` after a word that is no title is the genitive (`परिषद के आर ...`)
    village_names: bool = False  # round 14: a word only one or two stories use, unseen by IL-NER, is no adjective
    # before `गांव`/`शहर` however often its story writes `X गांव` (`मुंगेर स्थित चुरम्बा गांव`)
    acronym_institutions: bool = False  # round 14: an ORG acronym + a hospital or college head is one ORG (`एसआरएन
    # अस्पताल`, `एमएएम कॉलेज`, `जेएन मेडिकल कॉलेज`)
    services_alone: bool = False  # round 14: an untagged armed service alone is an ORG (`वायुसेना का एक ट्रेनर हॉक जेट`)
    kinship_names: bool = False  # round 14: the name right after `पुत्र`/`पत्नी`/`उर्फ` in a crime report's listing
    # of a person is a person (`जौहर उर्फ जहूर पुत्र इसराइल को`, `पुत्र रामयज्ञ (`)
    institution_bridges: bool = False  # round 15: a person + one name word the news never ends a phrase with + an
    # institution's head is that institution (`राम मनोहर` + `लोहिया अस्पताल` = `राम मनोहर लोहिया अस्पताल`)
    post_spans: bool = False  # round 15: an ORG or PER span ending in a post is no name (`अपर पुलिस महानिदेशक`); the
    # body before the post stays (`राज्यसभा सांसद` -> `राज्यसभा`)
    speaker_names: bool = False  # round 15: `rare_given_names` also reads `X कहती हैं` as a person's (`जूही`)
    clause_cuts: bool = False  # round 15: a span running into a pronoun or a verb is cut there (`सईद अपने संगठन`)
    named_areas: bool = False  # round 15: an ORG/PER ending in an open place or quarter is a place (`कर्जन ग्राउंड`)
    posting_places: bool = False  # round 15: a posting place or portfolio swallowed into an officer's name after a title
    # is cut (`एसडीएम मनकापुर रमाकांत वर्मा` -> `रमाकांत वर्मा`; `जिलाधीश चंबा विवेक भाटिया`: चंबा a place)
    route_pairs: bool = False  # round 16: `A-B` before a road, line, border or route word is its two end places
    # (`वाराणसी-गाजीपुर मार्ग`, `अटारी-वाघा बॉर्डर`), KB places or not, when neither is a common word
    acronym_places: bool = False  # round 16: a Latin acronym of an alias place in letter names is a place (`UP` = `यूपी`)
    calque_bodies: bool = False  # round 16: `राष्ट्रीय|अंतरराष्ट्रीय|संघीय` + 1-3 content words + a body's head is one
    # ORG (`राष्ट्रीय स्वास्थ्य सेवा`, `अंतरराष्ट्रीय हवाई परिवहन संघ`)
    dateline_agencies: bool = False  # round 16: the one bracketed word after a dateline's date or place is its news
    # agency (`नयी दिल्ली, 30 मार्च (भाषा)`, `पेइचिंग (भाषा):`), an ORG
    list_notes: bool = False  # round 17: in a list of persons a bracketed note after a name is no clause (`हीदर नाइट
    # (कैप्टन)`), and an item the model read as a place, of words IL-NER never saw and no KB place, between persons is
    # a person (`लॉरेन विनफ़ील्ड, टैमी बोउमोंट, सेरा टेलर`)
    agent_names: bool = False  # round 17: two untagged words right before `ने`, each a word IL-NER never saw
    # and few news articles use or a person's word of IL-NER, one at least of the first kind, are a person (`हारून
    # नजाफिजदा ने`, `मार्लन सैम्युअल्स ने`): a foreign full name the model does not know, as the agent of a verb
    agent_max_docs: int = 3  # ... `agent_names`: a word "few news articles use" is in at most this many
    place_loan_orgs: bool = False  # round 18: `loan_orgs` also takes a tagged place or organisation right before the run
    # of foreign name words and the head (`पाकिस्तान ब्रॉडकास्टिंग कॉर्पोरेशन`, `बीएचयू ट्रॉमा सेंटर`): one ORG
    defined_terms: bool = False  # round 18: a Latin acronym that the article defines in brackets after a common word
    # (`"निरंतर विचार" (CR)`, `निजी किराये के क्षेत्र (PRS)`) names a term, no organisation: its ORG mentions are dropped
    bracket_ages: bool = False  # round 18: the name right before a bracketed age (`करुआ (45)`, `स्टानिसलेव (31) की मौत`),
    # words `agent_names` would take or given names and initials, untagged or read as a non-KB place, is a person
    speaker_votes: bool = False  # round 19: `rare_given_names` also takes a given name however common (`रुचि`, `चेतन`)
    # or a rare word IL-NER never saw (`नरगिस`), untagged, when the story writes it twice as only a person's name is
    # (before `कहती हैं`, after `श्री`/`डॉ`, a kinship word or `N वर्षीय`), or once so and once before `ने`, `का कहना`,
    # `के अनुसार` or after a role when IL-NER and the news use it little (`_person_vote`)
    agent_cues: bool = False  # round 19: `agent_names` also reads the other speaker cues (`X Y के अनुसार/मुताबिक`,
    # `X Y का कहना`, `X Y कहते हैं`), and one or two name words between a title or role and a cue are a person
    # (`प्रोफ़ेसर जोंस के अनुसार`, `डॉ चेन ने`, `नर्स छाया ने`)
    coordination_votes: bool = False  # round 17: `coordinated_labels` runs again after the propagation, each mention
    # read with its surface's majority label in the document (`वूलवर्थ्स और कोल्स`: कोल्स an ORG once the propagation
    # has tagged every वूलवर्थ्स)
    headed_persons: bool = False  # round 17: a PER span of 2+ words ending in an organisation's head word, or with
    # one before `ऑफ`/`फॉर`, is an ORG (`यू.एस. डिफेंस डिपार्टमेंट`, `कोलकाता पोर्ट ट्रस्ट`, `यू.एस. कोर्ट ऑफ अपील्स`)
    place_votes: bool = False  # round 18: a one-word name the document tags as a strong KB place (`हैती`) is tagged at
    # every untagged occurrence, as the KB would tag it had the model never tagged it; no vote of its tags
    company_nouns: bool = False  # round 20: company_names also takes the word right before `कंपनी` (`आउटब्रेन कंपनी`)
    generic_departments: bool = False  # round 20: a department of common words alone (`स्वास्थ्य विभाग`, `वन विभाग`,
    # `माइक्रोबायोलॉजी विभाग`), no place or national adjective in it or before it, is a generic body, no name
    naming_kinds: bool = False  # round 20: `X नामक/नाम की <kind>` gives X the kind's label (`दावतो सिदक नामक संगठन`: ORG,
    # `शहीद स्मृति कोलोनी नामक बस्ती`: LOC), or no label for a thing (`बीआरसीए1 नाम का जीन`, `हीट गन नामक औजार`)
    institution_short_names: bool = False  # round 20: a PER whose name + a hospital/college head is an ORG of the same
    # article is that institution (`सफदरजंग` with `सफदरजंग अस्पताल`, `राम मनोहर लोहिया` with `राम मनोहर लोहिया अस्पताल`)
    storm_given: bool = False  # round 22: a given name right after a storm noun names the storm too (`तूफान माइकल`,
    # `हरिकेन (तूफान) माइकल`), so does the name coordinated with one (`तूफान कैटरीना और रीटा`); a span opening with a
    # storm noun goes with it (`हरिकेन माइकल`)
    town_kinds: bool = False  # round 22: `unit_names` also reads a town's or island's kind before the name's (`ऑस्टिन
    # शहर`, `चिबोक कस्बे`), and `प्रांत`/`शहर` right before a one-word name and a case marker (`प्रांत सिचुआन के`)
    given_surnames: bool = False  # round 22: an untagged given name right before a PER span that opens with a word IL-NER
    # almost never starts a name with (`कुमार`, `सिंह`, `प्रसाद`) is the name's first word (`विकास कुमार`, `रोहित कुमार सिंह`)
    given_name_votes: bool = False  # round 22: a one-word place or organisation that is a given name and the first word
    # of a full name the document tags PER is that person (`पूनम` with `पूनम पांडेय`, `उद्धव` with `उद्धव ठाकरे`)
    spaced_pairs: bool = False  # round 22: `split_place_pairs` also splits a pair whose first place is two words
    # (`नई दिल्ली-डिब्रूगढ़` of a train list), both strong KB places
    residential_areas: bool = False  # round 22: a person or organisation right before an untagged word of a residential
    # quarter is that quarter's name, one place (`नेहरू विहार`, `जीटीबी एन्क्लेव`, `विजय कालोनी`)
    dateline_places: bool = False  # round 22: a dateline alone at the top of an article, one to three name words and a
    # danda or full stop (`सिचुआन।`, `सिरोही।`), is a place
    known_persons: bool = False  # round 23: an untagged occurrence of a PER row's name or alias of the alias file (`केजरीवाल
    # ने कहा`, `बान की मून`) is that person, unless a name word, an organisation's head or a wider mention is next to it
    place_departments: bool = False  # round 23: a sure KB place + 1-2 untagged content words + `विभाग`/`मंत्रालय` is that
    # place's department, one ORG (`महाराष्ट्र स्वास्थ्य विभाग ने बताया`), where the model kept the place alone
    company_appositions: bool = False  # round 23: a PER right after `कंपनी`/`फर्म` is that firm, ORG, with its other
    # mentions (`कंपनी यूरोस्टार ने कहा`); a PER `अमीर`/`सुल्तान` after `<place> के` is a title, dropped (`कतर के अमीर`)
    place_led_persons: bool = False  # round 23: a PER of 3+ words opening with a sure KB country/state/region + a given
    # name, role or title is the place and the person (`टेनेसी माइक ऑर्गन` -> `टेनेसी` LOC + `माइक ऑर्गन` PER)
    person_variants: bool = False  # round 25: an untagged word whose phonetic key (`token_key`) is that of a surname
    # (or one-word name) the document tags PER is another spelling of it (`टेलीस` -> `टैलीस`, `टैलिस`), translated news
    kb_key_places: bool = False  # round 25: an untagged word whose phonetic key is that of one sure KB place, where a
    # place name stands (`_place_spot`), is that place in another spelling (`फ्लॉरिडा` for `फ्लोरिडा`)
    unseen_given_names: bool = False  # round 25: an untagged word IL-NER never saw (`_unseen_name`) right before a
    # one-word PER is the person's given name (`थोर्बजोन ओलेसन`, `निजेल फराज`), translated news
    compound_titles: bool = False  # round 25: a PER span opening with a compound title, a word ending in `मंत्री` or
    # `उप`/`पूर्व` + a title (`रेलमंत्री सुरेश प्रभु`, `उपराज्यपाल अनिल बैजल`), loses it
    person_lists: bool = False  # round 27: an untagged list item of 2-3 foreign name words (`_unseen_name`, given names)
    # after two items that open with a PER name, or between two, is a person (`डेरेन ड्रेक, एरियल एलीर्ज, हर्नन फ़ेरूकी`);
    # such words before an item's PER mention are its first words (`हर्नन` + `डिएगो मेंडोज़ा`)
    kind_name_max_docs: int = 15  # an untagged word next to a kind noun (`संस्था पेटा`) is a name if in fewer news articles
    # Round 28 (native disaster and crime reports)
    military_ranks: bool = False  # a PER span opening with a military rank the title lists lack loses it (`कमांडंट
    # दिवाकर` -> `दिवाकर`); a one-word PER that opens a compound rank before a rank or title is none (`विंग` of `विंग कमांडर`)
    station_police: bool = False  # an ORG `X थाना पुलिस` (the police of the station named after place X) is X, LOC
    named_persons: bool = False  # 1-2 untagged name words before `नाम का/की/के` + a person noun (`विक्रम नाम का युवक`)
    # are a person, with the story's other mentions of that name
    short_places: bool = False  # an untagged two-letter sure KB town or city (`मऊ`), which `kb_candidates` skips as too
    # short, is a place before a postposition, `और`/`व` or a comma where the news mostly writes it before a case marker
    lodging_orgs: bool = False  # round 29: a PER/LOC of 2+ words ending in a hotel or restaurant word is ORG (`मार्शल
    # होटल`, `हयात रिजेंसी`), in all its mentions; a PER right before one grows over it unless it is a person's (a given
    # name, a known person, a title, a PER elsewhere in the story: `राम होटल में रुके`); a LOC never grows (`a hotel in X`)
    of_orgs: bool = False  # round 29: an ORG (or a LOC no KB place) + `ऑफ` + a LOC is one ORG (`[ब्रुअर्स]L ऑफ [यूरोप]L`);
    # one LOC after a place word (`गल्फ ऑफ मेक्सिको`); not after a title (`गवर्नर ऑफ कैलिफोर्निया`)
    opener_surnames: bool = False  # round 31: the last word of a person's full name that opens with a word IL-NER reads
    # as a person's first word (`मोहम्मद`, no given name of the lists) is that person alone in the story: its one-word
    # LOC/ORG and its untagged mentions (`कसब` after `मोहम्मद आमिर अजमल कसब`)
    homograph_places: bool = False  # round 31: a place named like a common word (`हवाई`, Hawaii and "air") is that place
    # before a postposition or punctuation in a story that places it itself (`अमेरिका के हवाई`, `हवाई द्वीप`)
    kin_given_names: bool = False  # round 31: a given name right after `पत्नी`/`पति`/`पुत्र`/`पुत्री` is that relative
    # (`पत्नी सायरा बानो`, `पुत्र वैभव`), with a surname after it; an untagged name right before `उर्फ` + a person too
    station_names: bool = False  # round 31: police reports write the station's place after `थाना` too (`थाना
    # सालीचौका की`, `थाना दुधारा विकास खंड`): one or two untagged name words there are that place (LOC)
    village_heads: bool = False  # round 31: one or two untagged name words right after `ग्राम`/`गांव`/`मोहल्ला`/`कस्बा`
    # and before a postposition, punctuation, `निवासी` or a unit are that village or quarter, LOC (`गांव ग्वालिसन के`)
    given_name_joins: bool = False  # round 31: an untagged given name right before a one-word PER is that person's
    # given name (`चौकीदार दीनानाथ नागेश`, `सरपंच शफ़ीक मीर`)
    role_loan_cuts: bool = False  # round 31: a PER of 3+ words opening with a role loan of SPEAKER_ROLES (`साइंटिस्ट`,
    # `मैनेजर`, `चेयरपर्सन`), which `trim` does not know, loses it (`साइंटिस्ट राकेश जैन` -> `राकेश जैन`)
    law_names: bool = False  # round 29: an ORG span ending in a law's head, or right before a named one (a number, `(`, a
    # quote or a section after it: `वेल्स सरकार अधिनियम 2017`), is a law's name, no entity; its bracketed acronym goes
    # there and before a law's head, unless a known organisation or another ORG's initials (`(PPWR)`, not `(आरबीआई)`)
    portfolio_bodies: bool = False  # round 30: 1-3 untagged portfolio words + `मंत्रालय`/`आयोग` are one ORG (`योजना आयोग`,
    # `खेल मंत्रालय`, `श्रम एवं रोजगार मंत्रालय`), with `केंद्रीय`/`राष्ट्रीय` before; not after a pronoun or postposition
    org_tails: bool = False  # round 30: an ORG + 1-4 untagged English name words ending in a body's head is one ORG
    # (`[यू.एन.] जनरल असेंबली`, `[संयुक्त राष्ट्र] इकोनॉमिक एंड सोशल काउंसिल`)
    press_events: bool = False  # round 30: a span ending in a press word + a meeting word (`संयुक्त प्रेस वार्ता`, `प्रेस
    # कॉन्फ्रेंस`) is an event, no entity; what comes before stays only when it names something alone (`[X] प्रेस ब्रीफिंग`)
    post_acronyms: bool = False  # round 30: a one-word ORG that is an Indian post's acronym (`सीएमएस`, `एसडीपीओ`, `एएनएम`,
    # `ओएसडी`) is no entity
    article_titles: bool = False  # round 32: `द`/`दि` (an English article) + 1-3 name words that a newspaper noun, a
    # source cue (`के अनुसार`, `ने रिपोर्ट`, `की खबर`) or, ending in a media head (`टाइम्स`, `ट्रिब्यून`), a case marker
    # follows is a paper or outlet, one ORG with the article (`द हिल के अनुसार`, `दि टाइम्स के लिए`), in all its mentions
    domain_orgs: bool = False  # round 32: a capitalised Latin domain name (`News.com.au`, `Domain.com`) is a site, ORG
    style_titles: bool = False  # round 33: a style of the lexicon's styles.txt before 2+ name words is cut (`सरदार`)
    dotted_initials: bool = False  # round 33: dotted letter-name initials before a PER are part of it (`पी. विजयन`)
    acronym_services: bool = False  # round 33: an ORG acronym + a service word or country edition (`बीबीसी हिन्दी`)
    short_surnames: bool = False  # round 33: a full name's short last word (`ली`) alone before a case marker is them
    coordinated_bodies: bool = False  # round 33: `X मंत्रालय व <portfolio> मंत्रालय`: the second body is an ORG too
    cleric_titles: bool = False  # round 34: `मौलाना` before a person's name is a title, no part of the name (`मौलाना साद`
    # -> `साद`); the title alone is no mention
    titled_surnames: bool = False  # round 34: a one-word PER right after a title or role + one untagged word + `ने` or `के
    # अनुसार/मुताबिक` is a full name whose surname is a common word (`डॉ. कृष्ण स्वरूप ने`, `अधिकारी सुनील दोहरे ने`)
    named_hospitals: bool = False  # round 34: one or two untagged name words (`_hospital_name_word`) between a word that
    # ends names (a case marker, punctuation) and a hospital's head (`अस्पताल`, `मेडिकल कॉलेज`) name the hospital, one ORG
    # (`पनकी के नारायणा मेडिकल कॉलेज`, `का कस्तूरबा अस्पताल में`); not a kind (`जिला`, `निजी`, `कोविड`)
    generic_local_bodies: bool = False  # round 30: an ORG that is only a local body's kind (`नगर निगम`, `ग्राम पंचायत`) is
    # no entity, as `जिला प्रशासन`
    station_posts: bool = False  # round 35: one untagged name word before `चौकी` + its officer or a postposition, or
    # before a word glued from `थाना`, is the post's place, LOC (`कुंडेश्वरी चौकी प्रभारी`, `बुनियादगंज थानाध्यक्ष`)
    given_name_lists: bool = False  # round 35: an untagged list item of 1-2 KB given names (or the article's PER words)
    # after two PER items, or between two, is a person (`ओम यादव, सपना, सरोज और संध्या का उपचार`)
    junction_names: bool = False  # round 37: 1-2 untagged name words (or a one-word LOC) before a junction head
    # (`मोड़`, `चौराहा`, `तिराहे`, `बाईपास`) + a postposition or punctuation are one LOC with it (`भाटपाड़ा मोड़ पर`)
    institute_seats: bool = False  # round 37: an institute's short name (`पीजीआइ`, `एम्स`) tagged LOC is ORG, and one
    # before a KB town joins it, one ORG (`एम्स ऋषिकेश`); not before `थाना`/`क्षेत्र`
    compass_places: bool = False  # round 37: a PER opening with an English compass word (`नॉर्थ कैरोलिन`) is a LOC
    listed_initials: bool = False  # round 37: 2-3 letter-name initials + a surname before an age in brackets or beside a
    # coordinated person are one PER (`बीपी सिंह (18)`, `द्रविड़ और वीवीएस लक्ष्मण`)
    posting_towns: bool = False  # round 37: `posting_places` for a town the KB lacks (`डीएसपी घुमारवीं चंद्रपाल सिंह`)
    highway_names: bool = False  # round 37: a highway by number is a LOC (`एनएच-दो`, `राष्ट्रीय राजमार्ग 24`)
    community_bodies: bool = False  # round 37: an untagged `शिया`/`सुन्नी`/`हिंदू` before an ORG ending in a board's or
    # council's head is part of its name (`शिया वक़्फ़ बोर्ड`)
    work_titles: bool = False  # round 37: mentions inside a quoted title with a work's noun beside it (`फ़िल्म
    # 'इश्किया'`), or the same title or a list with it elsewhere in the story, go

    chain_firms: bool = False  # round 36: a name after a trade + `चेन` (`बेकरी चेन ग्रेग्स`) is that chain, ORG, in all
    # its PER/LOC mentions (the trades: the lexicon's firm_kinds.txt, v7)
    foreign_units: bool = False  # round 36: 1-2 name words before a unit abroad (`डोंगाला रीजेंसी`, `किंग काउंटी`; the
    # lexicon's unit_heads.txt, v7) are a place, LOC, in all the story's untagged or PER/ORG mentions
    foreign_bodies: bool = False  # round 36: a legislature, caucus or party abroad of the lexicon's bodies.txt (v7:
    # `सेनेट`, `हाउस ऑफ रिप्रेजेंटेटिव्स`, `यूकिप`) is an ORG, untagged, mislabelled or tagged in parts
    position_tails: bool = False  # round 36: a player's position ending an ORG span is cut off (`टेनेसी स्टेट टाइगर्स
    # लाइनबैकर` -> `टेनेसी स्टेट टाइगर्स`)
    name_body_heads: bool = False  # round 38: a PER/LOC/ORG mention right before an untagged body head (`कमेटी`, `ग्रुप`,
    # `सोसायटी`) is one ORG with it (`एन सी सक्सेना कमेटी`, `महिंद्रा ग्रुप`), with a party's level (`जिला कांग्रेस कमेटी`)
    member_acronyms: bool = False  # round 36: `MP`/`एमपी` after a party word or a genitive, or before `या सांसद`, is a
    # post (member of parliament), no mention
    story_given_names: bool = False  # round 40: the first word of a story's full PER name, unseen by IL-NER and used by
    # at most two news articles (`वीना` of `वीना मलिक`), alone, untagged, is that person
    coordinated_places: bool = False  # round 40: `A और B जिलों/गांवों/गांव`: both untagged names are places (`सिलहट और
    # मैमनसिंह जिलों`)
    person_institutes: bool = False  # round 40: a person's full name + 1-3 untagged words or an ORG span ending in an
    # institute's or hospital's head is that institution (`संजय गांधी पोस्ट ग्रेजुएट इंस्टीट्यूट ऑफ मेडिकल साइंसेज`)
    former_states: bool = False  # round 39: a state that no longer exists, of the lexicon's former_states.txt (v8:
    # `सोवियत संघ`, `सोवियत यूनियन`), is a place, LOC, untagged, mislabelled or tagged in parts
    surname_relabels: bool = False  # round 39: a one-word ORG/LOC spelling the last word of a full name the story
    # tags PER is that person (`[एबरक्रॉम्बी]O` after `[क्रिस्टियन एबरक्रॉम्बी]P`)
    latin_org_runs: bool = False  # round 39: 2-6 capitalised Latin words ending in an organisation's head word are
    # one ORG (`Fox Business Network`, `Microsoft Research`)
    team_nicknames: bool = False  # round 39: a team's nickname of the lexicon's team_nicknames.txt (v8) after a LOC
    # or 1-2 untagged name words is one ORG with them (`यूटा जैज़`, `वैंडरबिल्ट कमोडोर`), and its bare mentions too
    surname_min_count: int = 3  # review of round 40: `_surname_end`, a word IL-NER saw this often, at least
    surname_min_share: float = 0.5  # this share of them ending a person's name, is a surname (`मलिक`, `मेहता`)
    story_word_max_docs: int = 2  # review of round 40: `_rare_news_word`, a word IL-NER never saw in at most this many
    # news articles is the story's own (`वीना`, `सिलहट`)
    story_given_min_uses: int = 3  # review of round 40: `story_given_names` tags a story's word alone used this often,
    # or once where a person stands (`_person_slot`)
    firm_agents: bool = False  # round 41: 1-2 untagged name words + an unseen English plural firm word right before a
    # speaker cue are a firm, ORG, with its other untagged mentions (`ऑरोरा एक्सपेडिशंस ने बताया`)
    quoted_spread: bool = False  # round 42: `quoted_kinds` also tags the quoted name's untagged mentions whose words
    # IL-NER never saw (`संस्था 'ऑफ़स्टेड'` ... `ऑफ़स्टेड ने`); a common word elsewhere stays untagged (review of round 24)
    journal_names: bool = False  # round 42: a journal's name beside `पत्रिका`/`जर्नल` is ORG without the kind word
    # (`जर्नल नेचर जियोसाइंस` PER -> `नेचर जियोसाइंस` ORG, `नेचर कम्यूनिकेशंस पत्रिका के`); the kind word alone is no name
    award_names: bool = False  # round 42: an ORG/LOC right before an award's head (`ऑस्कर अवॉर्ड`, `लियोपर्ड क्लब
    # अवॉर्ड`) names the award, no entity: dropped, with the story's other ORG/LOC mentions of it (`ऑस्कर के इतिहास`)
    loan_titles: bool = False  # round 42: a span of title words with a loan title the lists lack (`कमीशनर`, `ओम्बड्समेन`,
    # `शैडो चांसलर`, `बेल्जियाई मिनिस्टर`) is no name; one opening with them loses them (`शैडो चांसलर जॉन मैकडॉनेल`)
    coordinated_towns: bool = False  # round 42: one untagged word that names a KB place (a geonames town too), IL-NER
    # never saw it, beside a LOC across `और`/`,`/`तथा` is a place (`टोरंटो और सिनसिनाटी की`, `ओहियो और पेन्सिलवेनिया`)
    town_slots: bool = False  # round 43: an untagged one-word KB town of geonames (not a strong place: `कोडरमा`,
    # `चक्रधरपुर`) that IL-NER never saw outside a place, in a place's slot, is LOC (`_town_slot`)
    station_spans: bool = False  # round 43: a LOC/ORG span ending in a police station's name word (`पुलिस स्टेशन`,
    # `कोतवाली`) is the station's place alone, LOC (`[कासा] पुलिस स्टेशन`, `[हाटा] कोतवाली`), none without one
    compass_joins: bool = False  # round 43: an untagged English compass word (COMPASS_LOANS) right before a LOC of one
    # or two words is part of the place's name (`साउथ कोरिया`, `नॉर्थ कोरिया`, `साउथ दिल्ली`, `वेस्ट इंफाल`)
    train_spans: bool = False  # round 43: a PER/ORG/LOC span of 2+ words ending in a train word (ROUTE_TRAINS) is a
    # train's name, no entity; a route pair opening it is its two end places (`[कृष्णा]-[तिरुपति] पुरी एक्सप्रेस`)
    coordinated_persons: bool = False  # round 44: 1-2 untagged foreign name words beside a PER across `और`/`व`/`एवं`/`तथा` (not the comma),
    # the pair before a person's case (`ने`, `को`, `से`, `का/की/के`), are a person (`बीटी और फ़े ने`), with their other
    # untagged mentions of the story in a person's slot (`फ़े ने`, `वाली फ़े 76 बरस की`)
    coordinated_person_evidence: bool = False  # review of round 45: with `coordinated_persons`, a two-word item with
    # no ergative or title is a person where the lexicon has both its words as person words (a given name, a word
    # IL-NER sees mostly in persons) or its last word as a surname (`_surname_word`: `राम मोहन और सुनील शर्मा को`)
    airport_persons: bool = False  # round 45: a PER span that names an airport, with `इंटरनेशनल`/`अंतरराष्ट्रीय`
    # (`श्री [गुरु राम दास] जी इंटरनेशनल एयरपोर्ट`, `[गुरु रामदास अंतरराष्ट्रीय] एयरपोर्ट`), is no mention of the person
    disease_spans: bool = False  # round 45: a PER/ORG/LOC span of disease words alone (lexicon disease_words.txt:
    # `कोरोनावायरस` PER, `कोरोन` LOC, `कोराेना` LOC, `कोरोनो वायरस` ORG) is no entity: dropped
    word_districts: bool = False  # round 45: an untagged district named like a common word (word_districts.txt:
    # `गया`, `बस्ती`) before a district word is LOC (`गया जिले`), and then, in that story, where listed with a place
    bare_designators: bool = False  # round 45: a PER/ORG/LOC span that is only a place designator (`जनपद`, `कस्बे`:
    # PLACE_DESIGNATORS) or a reporter's byline (`जासं`, जागरण संवाददाता) is no name: dropped
    news_agencies: bool = False  # round 47: a news agency's acronym (AGENCY_ACRONYMS: `एएनआइ`, `पीटीआइ`, `जेएनएन`) is
    # ORG: untagged in a dateline (`नई दिल्ली, एएनआइ।`), mislabelled (`काठमांडू, [पीटीआइ]` PER) or fused with the
    # dateline's place (`[अलीगढ़ जेएनएन]` ORG -> `अलीगढ़` LOC + `जेएनएन` ORG)
    station_loans: bool = False  # round 47: an ORG/LOC `X पुलिस` right before the English `स्टेशन` + a case marker
    # is the station's place X, LOC (`[कोरोगांव] पुलिस स्टेशन में`), as `station_police` reads `X पुलिस थाने के`
    slash_places: bool = False  # round 46: places joined by a slash with no space before it (datelines `श्रीगंगानगर/
    # सादुलशहर।`, `रेवाड़ी/नारनौल,`): an untagged name word beside a LOC across it is a place; a span over the slash whose
    # two sides are KB places or the story's places is two LOC (`[न्यू यॉर्क/वॉशिंगटन]` ORG)
    noun_persons: bool = False  # round 46: a one-word PER span of a common noun for a person (`बुजुर्ग`, `मरीज`; and,
    # after an age, a `वाला` participle or a determiner, one that is also a given name: `13 वर्षीय [किशोर]`) is dropped
    speaker_given_names: bool = False  # round 48: an untagged given name of the lexicon right before a speech verb's
    # present + `है`/`हैं` is a person even once in the story (`इनमें से एक [रेखा] कहती हैं`, `[ताज] बताते हैं`); not
    # after `के` (`अध्ययन के निष्कर्ष बताते हैं`), a pointer, or a naming object (`इसे X कहते हैं`)
    team_tails: bool = False  # round 48: an ORG span `... टीम W` with a word before `टीम` and one after it ends at
    # `टीम`: W a KB place is LOC (`[भारतीय क्रिकेट टीम जोहनसबर्ग]` -> `भारतीय क्रिकेट टीम` + `जोहनसबर्ग` LOC), any
    # other W no name (`[भारतीय टीम नेट्स] पर`); `टीम इंडिया` (nothing before `टीम`) stays
    count_list_places: bool = False  # round 49: in a sentence listing 2+ tallies `<LOC> में|से N`, an untagged word
    # that may name a place, opening another tally's list item (`, सतना में 02, धार में 06,`), is LOC
    centre_places: bool = False  # round 49: the untagged place beside a community or primary health centre's head
    # (`सीएचसी मेहदावल में`, `कैसरगंज सीएचसी के`, `सामुदायिक स्वास्थ्य केंद्र मुस्तफाबाद में`) is LOC
    city_names: bool = False  # round 49: a LOC span right before an untagged `सिटी` + a postposition or punctuation
    # takes it in (`[पटना] सिटी के` -> `पटना सिटी`, `[मैक्सिको] सिटी में`)
    longer_names: bool = False  # round 51: a PER/ORG/LOC span right before untagged Devanagari words that complete a
    # longer span of the same label the story tags elsewhere takes them in (`[खानपुर] घाटी में` -> `खानपुर घाटी`)
    longer_names_appositions: bool = False  # review of round 51: longer_names takes in no tail the story tags alone as
    # a place or body of the span's label (`[बाबा नगरी] देवघर` stays when `देवघर` is a LOC elsewhere)
    headline_spans: bool = False  # round 51: a LOC/PER span of 2+ English words with a headline word (`Coronavirus
    # Lockdown`, `Bihar Corona Update`, `Breaking News`) is dropped, but for its English place names (`Bihar` LOC)
    headline_bylines: bool = False  # review of round 51: in such a span, the capitalised words after `By` are a
    # byline's person, PER (`Edited By Naina Gupta` -> `Naina Gupta`), not dropped with the furniture
    digit_persons: bool = False  # round 52: a PER span holding a digit (`05:07 AM`, `एफ़-16`, `सेक्टर-13`) is dropped
    demonym_places: bool = False  # round 52: a one-word LOC span that is a demonym (`अफ़ग़ान क़ैदियों`) is dropped
    front_names: bool = False  # round 53: a LOC/ORG span cut at the front (`नई [दिल्ली]`, `मयूर [विहार]`) takes in the
    # untagged word before it when the two are a KB place / known organisation or a span the story tags elsewhere
    place_suffixes: bool = False  # round 54: an untagged word ending in an English place suffix as Hindi spells it
    # (`-शायर`, `-बरो`/`-बोरो`, `-विले`, `-टाउन`: `यॉर्कशायर`, `वेलिंगबोरो`, `नैशविले`) is a place, LOC
    split_names: bool = False  # round 54: two name spans one space apart that the story tags as one span elsewhere
    # (the same words, spelling folded: `[डायटन] [सिम्पसन]` beside `डायटॉन सिम्पसन`) are that one span, its label
    place_echoes: bool = False  # round 55: a one-word place the story tags LOC (and nothing else) and names as a place
    # once at least (before `जिले`/`गांव`/`निवासी`/`क्षेत्र`, after `गांव`, or `/`-joined to a tagged place) is LOC where the
    # story writes it untagged in a place's slot, before a case marker or punctuation (`बताया गया कि गढ़वा में`)
    ship_names: bool = False  # round 55: a naval ship's prefix (`आईएनएस`, `यूएसएस`) before the ship's name is no
    # PER/ORG/LOC: a span opening with the prefix is dropped (`[आईएनएस] जलाश्व`)
    converb_spans: bool = False  # round 55: a one-word PER/ORG/LOC span that is a verb's absolutive, stem + `कर`
    # (`खोदकर`, `हिलाकर`, `गंवाकर`), with no case marker after it, is dropped (`_converb`)
    # round 56 (ORG recall): an organisation's written-out name before its bracketed acronym, a government named
    # after its leader, and a hotel's grade or kind word alone
    acronym_heads: bool = False  # round 56: the untagged words before a bracketed ORG acronym, as many content
    # words as the acronym has letters and the last an organisation's head, are its expansion, ORG (`एशियाई फुटबॉल
    # परिसंघ (एएफसी)`)
    leader_governments: bool = False  # round 56: a PER span right before `सरकार` is that leader's government, ORG
    # (`[मोदी]P सरकार` -> `मोदी सरकार` ORG, as aliases-v25's row; `केजरीवाल सरकार`)
    nameless_lodgings: bool = False  # round 56: a PER/LOC span of a hotel's grade and kind words only (`पांच [सितारा
    # होटल]L`, `[रिसॉर्ट]L`, `एक [ग्रैंड होटेल]L`) names no hotel and is dropped
    speaker_surnames: bool = False  # round 57: a PER span cut before its last word, the subject of `ने` or a speech
    # cue (`[प्रदीप]P मैगज़ीन का मानना है`, `[सी. विजय]P भास्कर ने कहा`): the span takes in one untagged surname or
    # unseen name word right before the marker
    compass_districts: bool = False  # round 60: a LOC span grows over the one or two untagged compass words before it
    # when together they name one place, a district of compass_districts.txt (entity-lexicon-v13) or a KB place that is
    # no town (`पूर्वी [दिल्ली]`, `उत्तरी [कोरिया]`); `उत्तर [बिहार]`, `पूर्व [सोवियत संघ]` stay
    joined_places: bool = False  # round 60: two LOC spans one space apart that the KB joins with `और`/`-` into one
    # place (`[जम्मू]L [कश्मीर]L`, KB `जम्मू और कश्मीर`) are one LOC span
    lone_speakers: bool = False  # round 58: an untagged word IL-NER never saw, rare in the news, written again in
    # the story, opening its clause before a speaker's marker (`लेकिन फ़रज़ाना ने बताया`, `कोनली कहती हैं`) is a PER
    place_operators: bool = False  # round 59: a LOC span right before a transport operator's head (`मेट्रो`,
    # `रोडवेज`, `ट्रांसपोर्ट` + an English body head) names the operator: one ORG (`[दिल्ली]L मेट्रो ने` -> `दिल्ली
    # मेट्रो` ORG, `[दिल्ली]L मेट्रो [रेल कॉर्पोरेशन]O`, `[हरियाणा]L रोडवेज की बसें`)
    service_bodies: bool = False  # round 59: a one-word LOC span naming an armed service (`नेवी`, `एयरफोर्स`,
    # round 14's SERVICES) is ORG, as `नौसेना`/`वायुसेना` are
    titled_split_names: bool = False  # round 61: two PER spans one space apart right after a title or role, 4 words
    # at most together, are one person's name cut in two (`डॉक्टर [फियोना]P [मैथ्यूज]P ने`, `उस्ताद [अब्दुल हलीम]P
    # [जाफ़र ख़ां]P से`)
    speaker_bodies: bool = False  # round 63: a body named in English loans right before a speaker's cue (`शिपिंग
    # मिनिस्ट्री ने कहा`, `सिविल [प्रोटेक्शन डिपार्टमेंट]O ने कहा`): its head (SPEAKER_BODY_HEADS) and 1-3 words before it
    # are one ORG
    bracket_org_persons: bool = False  # round 61: a one-word PER span the story writes in brackets right after an
    # organisation's head or ORG span (`ख़ास आदमी पार्टी (ख़ाप)`) is the body's short name: its PER spans become ORG
    company_units: bool = False  # round 64: a company's one-word name + the country of its branch as companies write
    # it (`इंडिया`, `यू.के.`, `कनाडा`: SUBSIDIARY_COUNTRIES) before `ने` or a genitive + role is one ORG (`[टोयोटा]O
    # [यू.के.]L ने` -> `टोयोटा यू.के.`), the name a one-word ORG span there or a word the story tags ORG elsewhere
    compass_regions: bool = False  # round 66: a LOC span of a Hindi compass adjective + a KB place that together name
    # no place (no compass district, no KB place, the adjective read bare too) is a region of the place: the span is cut
    # to the place (`[पश्चिमी क्यूबा]L` -> `पश्चिमी [क्यूबा]L`, as the gold's `पूर्वी [युगांडा]`); `उत्तरी कोरिया` stays
    compass_commons: bool = False  # round 66: a LOC span of compass words + one common word that is no place (the
    # training data sees it almost never opening a name, or never in one: `पश्चिमी तट`, `मध्य रात्रि`) is no name: dropped
    compass_tails: bool = False  # round 67: an untagged bare compass word (`पश्चिम`, `पूर्व`, `सेंट्रल`) right after a LOC
    # of one or two words, ending the name there (punctuation or a case marker, coordinator, copula after it; `पूर्व`
    # only before punctuation or a coordinator), joins it (`निजामुद्दीन पश्चिम व`, `मुंबई सेंट्रल,`)
    hyphen_echoes: bool = False  # round 67: an untagged hyphenated word whose parts (the izafat `ए` left out) are the
    # words of a span of two or more words the story tags with one label takes that label (`तब्लीगी-ए-जमात` after
    # `[तब्लीगी जमात]O`, `जम्मू-कश्मीर` after `[जम्मू कश्मीर]L`)
    near_variants: bool = False  # round 68: an untagged word IL-NER never saw, of 1-2 news articles, one inner letter
    # dropped or added, or a vowel changed (phonetic key, 6+ letters), off a name the story tags (a one-word LOC/ORG,
    # a PER's surname), before a case marker, `और` or a mark, is that name misspelt: its label (`बिरकेनहेड,` beside
    # `[बिरकेहेड]L`)
    story_persons: bool = False  # round 69: a word IL-NER never saw, of 1-2 news articles, no KB place, that the story
    # tags alone as PER where a speaker stands (`[ब्लैटर]P ने कहा`) or writes before a genitive + kinship noun (`X के
    # पिता`, `X की पत्नी`) is PER at its untagged occurrences with no name word beside them (`ब्लैटर के इस बयान पर`)
    listed_unseen_names: bool = False  # round 69: an untagged item of a list of 3+ items (commas, `और`) with 2+ tagged
    # items of one label, more than half of them, takes it: a word IL-NER never saw, no news word, in a list of persons
    # or places, or a capitalised Latin word (`[शंभू]P के अलावा बुधई, [शेषभान]P, [धर्मेंद्र]P`)
    grown_orgs: bool = False  # round 70: an ORG span whose last word ends no organisation's name (IL-NER: almost never
    # inside an ORG, almost never name-final; a word of the news) and whose other words the story tags ORG alone is cut
    # back to them (`[सोनीपत पुलिस शाम]O` -> `सोनीपत पुलिस`, `[माइक्रोसॉफ्ट संस्थापक]O` -> `माइक्रोसॉफ्ट`)
    grown_heads: bool = False  # round 70: the same for a PER span written once in the story (`[राहुल नयी]P दिल्ली`)
    trade_firms: bool = False  # round 71: untagged name words right after a business's noun (`कंपनी`, `फर्म`,
    # `स्टार्टअप`, `सुपरमार्केट`): words IL-NER never saw, of 1-2 news articles, or capitalised Latin, and at most one
    # more word before the name ends, are a firm, ORG, with the story's other mentions of it (`कंपनी [सोलैरिस पेपर]O ने`)
    grown_org_starts: bool = False  # round 72: an ORG span written once whose first word opens no name (IL-NER: seen 3+
    # times, never inside a name; a word of 3+ news articles; no demonym) and whose other words the story tags ORG alone
    # or the lexicon knows as an organisation is cut to them (`संकट में [फंसे यस बैंक]O` -> `यस बैंक`; two or more such
    # words too: `[हेल्पलाइन नंबर गृह मंत्रालय]O` -> `गृह मंत्रालय`)
    org_first_words: bool = False  # round 73: the first word of an ORG span of 2+ words (no head of names, title, place
    # or function word) that the story writes alone, untagged, as a speaker or agent (`सहारा ने`) is that organisation,
    # ORG, where the name ends after it (`सहारा इंडिया ने ... सहारा ने ... सहारा का कहना`); not after a genitive
    listed_places: bool = False  # round 74: in round 69's lists whose tagged items are all LOC (2+), an untagged one-word
    # item IL-NER saw as a place of its own more than as a person or body, a word-like district or a strong KB place is
    # LOC (`बस्ती, [मेरठ]L`, `[चीन]L, इजरायल समेत`)
    attested_places: bool = False  # round 75: a one-word place the model tagged LOC (a name word of IL-NER, no common news
    # word, no other label in the story) that the story shows as a place once (a dateline `X, जेएनएन।`, `X स्थित`, `X
    # जिले`) is LOC at its untagged occurrences where a place stands (`ऋषिकेश में`), the vote's slip or not
    loan_body_runs: bool = False  # round 76: an untagged run of 2-4 English loan words before an English organisation
    # head (`loan_orgs`'s, here with news-frequent words IL-NER sees in names: `रिसर्च`), one of them a rare name word,
    # opening the clause, is one ORG (`जिसमें डिफेंस एडवांस्ड रिसर्च प्रोजेक्ट्स एजेंसी की`), with `ऑफ` + a place after it;
    # one such word before a firm's head (`धर्मा प्रोडक्शंस`, `सिनोवेशन वेंचर्स`)
    named_prizes: bool = False  # round 77: a PER mention that names a prize (`[अर्जुन]P अवार्ड`, `[राजीव गांधी]P खेल रत्न
    # पुरस्कार`) is dropped, one that names a fund (`मुख्यमंत्री [राहत कोष]P`, `पीएम- [केयर्स]P फंड`) is an ORG with its head;
    # not where the story tags the same last name word PER elsewhere (`अंजलि आर.भागवत पुरस्कार समिति`)
    concept_acronyms: bool = False  # round 78: an acronym tagged ORG in brackets right after the untagged English words
    # it abbreviates, none of them an organisation's or a facility's head, is no organisation: dropped, with the story's
    # other ORG mentions of it (`आर्टिफीसियल इंटेलिजेंस [(AI)]O`, `प्रोटेक्टेड एरिया परमिट [(पीएपी)]O`)
    listed_persons: bool = False  # round 79: in a list of 3+ tagged names joined only by `,`/`और`/`व` with a PER among
    # them, one-word LOC items that are no KB place and that IL-NER never saw as a place are PER where one of them is a
    # given name of the lexicon (`[अमित]P, [सतबीर]L, [जगदीप]L`: a victims' list; not `[पाबड़ा]L का सतवीर`, a village)
    listed_person_places: bool = False  # round 79: in such a list with 2+ LOC items, more than PER and no ORG, a PER item
    # whose every word IL-NER never saw as a person, no given name and no word of the story's other PER spans, is LOC
    # (`कटक, गंजाम, [केंद्रपाड़ा]P, अंगुल`: districts hit by a storm)
    coordinated_portfolios: bool = False  # round 80: an ORG of portfolio words and a body's head of the training data
    # right after `और`/`एवं` and untagged portfolio words is one ORG with them (`राष्ट्रीय सुरक्षा और [रक्षा परिषद]O`,
    # `सड़क परिवहन एवं [राजमार्ग मंत्रालय]O`); not two one-word portfolios of ministries (`स्वास्थ्य और [गृह मंत्रालय]O`)
    place_led_orgs: bool = False  # round 81: a LOC span, one or two untagged name words and an ORG span right after are
    # one ORG where the story writes the same place and words before an ORG twice or more (`[मुंबई]L बंदरगाह [न्यास]O` ->
    # `मुंबई बंदरगाह न्यास`); not `स्थित`, `निवासी`, roles or places between, nor an organisation of the lexicon after
    lone_media_acronyms: bool = False  # round 62: an untagged news agency's or broadcaster's acronym of the lexicon's
    # media_acronyms.txt (`समाचार एजेंसी एएफपी के मुताबिक`, `पीटीआइ ने`, `CNN पर`) before a function word, a mark or
    # the end is an ORG (with a service word after it: `बीबीसी हिन्दी के`)
    kb_variant_places: bool = False  # round 65: an untagged word IL-NER never saw, in a place's slot (`में`, `शहर`,
    # `जिले`, `गांव`, `स्थित`, `के पास`, `से … तक`), that spells a KB place that is no town another way (the same
    # phonetic key, `पंचकूला` for `पंचकुला`; with 4+ consonants a near one, `मेंगलुरु` for `मङ्गलूरु`) is LOC
    suffix_places: bool = False  # round 65: an untagged word IL-NER never saw, no KB place, ending like a
    # settlement's name (`-पुर`, `-पुरा`, `-पुरी`, `-नगर`, `-गंज`, `-बाद`, `-गढ़`), in a place's slot and after no
    # determiner, is LOC (`नवाबपुरा में`, `जनकपुरी में`; not `इस महानगर में`)
    compass_former_states: bool = False  # review of rounds 64-66: `compass_regions` keeps a state that no longer exists
    # named with a compass adjective, of the lexicon's former_states.txt (`पूर्वी जर्मनी`, `पूर्वी पाकिस्तान`: no region)
    settlement_common_variants: bool = False  # review of rounds 64-66: `suffix_places` leaves a word that spells a
    # common word of the training data another way (the same phonetic key: `बरबाद`, a typo of `बर्बाद`, "ruined")
    settlement_doubles: bool = False  # review of rounds 64-66: `suffix_places` leaves a word that is one name written
    # twice, glued by a lost line break (`शाहजहांपुरशाहजहांपुर`): no span of its own
    tally_max_seen: int = 3  # round 49: ... such a word, unless a listed district or town, the training data saw at
    # most this many times
    line_glues: bool = False  # round 50: a name glued to the common word ending the line before it (a lost line
    # break: `76 जीतराहुल द्रविड़`, `के बादइंग्लैंड ने`, `नये मामलेकानपुर में`) starts at the name: a span over the
    # glued word is cut there, an untagged one adds the name (its label by the KB and IL-NER)
    glue_min_seen: int = 20  # review of rounds 49-50: `line_glues`'s first half, a frequent news word (20+ articles),
    # IL-NER saw at least this many times (5% at most in a name; below 20, never): `निधन|कराची`, `संक्रमित|ढाका`,
    # `गर्मी|राजस्थान`, IL-NER's 9-14 sightings, were left glued at 20
    code_acronyms: bool = False  # round 50: a one-word PER/ORG/LOC acronym with a digit glued right after it is a
    # code, no name (a flight `[एमएच]370`, a gene `[एसीई]2`, a rating `[बीएए]2`, a plate `[HR]63`): dropped
    code_hospitals: bool = False  # review of rounds 49-50: `code_acronyms` keeps a hospital's acronym, 3+ letters
    # ending in `CH`/`SH` (Medical College & Hospital, Specialty Hospital), with its glued sector number as one ORG
    # (`जीएमएसएच16 की नर्स`, Chandigarh's GMSH-16) instead of dropping it
    kind_appositions: bool = False  # round 50: an ORG span of 2+ words ending in a kind (`संगठन`, `पार्टी`, `अखबार`)
    # right before a PER/ORG name that is no acronym is the name's description, no name (`[फ़लस्तीनी संगठन] हमास`)
    no_overlaps: bool = True  # issue 14: last, no two mentions overlap (SPEC: one span per mention), `no_overlaps`


Word = tuple[int, int, str]  # (start, end, text) in document offsets


def refine_mentions(sentences: Sequence[Sentence], mentions: Sequence[Mention], lex: Lexicon,
                    p: RefineParams = RefineParams(), keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """All steps, in order, over one document's mentions; sorted by (start, end, label).

    `keep`: (start, end) of spans that come from a curated source (gazetteer entries);
    they are never cut, dropped or relabelled, only propagated."""
    words = {s.sent_idx: _join_hyphens(s) for s in sentences}
    texts = {s.sent_idx: s for s in sentences}
    ents = [m for m in mentions if m.label in ENTITY]
    rest = [m for m in mentions if m.label not in ENTITY]
    on = set(p.steps)

    def split(ms: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """(curated spans, the spans the steps may change)"""
        return [m for m in ms if (m.start, m.end) in keep], [m for m in ms if (m.start, m.end) not in keep]

    fixed, ents = split(ents)
    if "latin" in on:
        ents = latin_mentions(words, texts, ents, lex, p.acronym_places)
    if "trim" in on:  # pieces of one place first become one span (`न्यू` `जर्सी`)
        ents = trim_edges(words, texts, join_adjacent(texts, split_brackets(texts, ents), lex), lex, p)
        ents = county_names(words, texts, ents)
        ents = split_place_pairs(words, texts, ents, lex, p)
        if p.clause_cuts:
            ents = clause_cuts(words, texts, ents, lex, p, keep)
    if "common" in on:
        ents = drop_storms(words, drop_generic(drop_indefinite(words, drop_common(ents, lex, p))), lex, p.storm_given)
        ents = drop_adjectives(words, ents)
        common = doc_common_nouns(words, lex)  # once per document: `propagate` reads it too
        ents = drop_modifiers(words, drop_inflected(words, ents, lex, common), lex, p)
    if "orgs" in on and lex.orgs:  # known organisations are curated from here on
        found, ents = known_orgs(words, texts, fixed, ents, lex, p)
        fixed = fixed + found
        keep = keep | {(m.start, m.end) for m in found}  # split() and the vote read the grown set
    if "org_heads" in on:  # may grow a curated place into its organisation (`दिल्ली सरकार`)
        fixed, ents = split(org_heads(words, texts, fixed + ents, lex, p))
        ents = english_orgs(words, texts, ents, lex, keep, p.institution_bridges, p)
        if "loan_orgs" in on and p.place_loan_orgs:  # may grow a curated place into its organisation, as `org_heads`
            fixed, ents = split(loan_orgs(words, texts, fixed + ents, lex, p))
        elif "loan_orgs" in on:
            ents = loan_orgs(words, texts, ents, lex, p)
        fixed, ents = split(india_orgs(words, texts, fixed + ents, lex, p, keep))
    if "kinds" in on:
        fixed, ents = split(org_kinds(words, texts, fixed + ents, lex, p, keep))
        ents = national_bodies(words, texts, fixed + ents, lex, p)
        if p.services_alone:
            ents = armed_services(words, texts, ents, lex, p)
        fixed, ents = split(ents)
    if "places" in on:
        fixed, ents = split(grow_places(words, texts, fixed + place_types(words, ents, lex, p.named_areas, keep), lex, p))
        fixed, ents = split(kb_place_runs(words, texts, fixed + ents, lex, p))
        if p.team_names:  # may grow a curated place into its team, as `org_heads` does (`मुंबई इंडियन्स`)
            fixed, ents = split(team_names(words, texts, fixed + ents, lex, p))
    if "context" in on:  # sees the curated spans, to leave their words alone
        fixed, ents = split(context_names(words, texts, fixed + ents, lex, p))
        fixed, ents = split(subordinate_places(words, texts, fixed + ents, lex, p))
    if "lists" in on:
        fixed, ents = split(list_names(words, texts, fixed + ents, lex, p))
        if p.list_notes:
            fixed, ents = split(list_relabels(words, fixed + ents, lex, keep))
        if p.person_lists:
            fixed, ents = split(person_lists(words, texts, fixed + ents, lex, p, keep))
    if "designated" in on:
        fixed, ents = split(designated_places(words, texts, fixed + ents, lex, p))
    if "acronyms" in on:
        fixed, ents = split(acronym_expansions(words, texts, fixed + ents, lex, p, keep))
        ents = bracket_acronyms(words, texts, fixed + ents, lex, p)
        fixed, ents = split(ents)
    if "vote" in on:
        ents = vote_labels(coordinated_labels(words, fixed + ents, lex, keep), lex, keep)
    else:
        ents = fixed + ents
    if "surnames" in on:  # before the propagation, which spreads a relabelled surname (`सिंघल`)
        ents = surname_labels(texts, ents, lex, keep, join=False)
    if "propagate" in on:
        titled: frozenset[tuple[int, int]] = frozenset()  # one-word names after a title at a cue: no slip to vote off
        if p.agent_names:  # before the propagation, which tags the rest of the story's mentions of the name
            n = len(ents)
            ents = agent_names(words, texts, ents, lex, p)
            titled = frozenset((m.sent_idx, m.start) for m in ents[n:] if " " not in m.text.strip())
        if p.bracket_ages:  # before the propagation too
            ents = bracket_ages(words, texts, ents, lex, p, keep)
        ents = foreign_names(words, texts, aged_names(words, texts, ents, lex, p), lex, p)
        common = common if "common" in on else frozenset()
        ents = given_name_heads(words, texts, propagate(words, texts, ents, lex, p, common, titled), lex, p, keep)
        ents = join_adjacent(texts, ents, lex)  # a surname the propagation tagged next to its given name
        ents = kb_place_runs(words, texts, ents, lex, p)  # `पाक` (propagated) + `कश्मीर` of `पाक अधिकृत कश्मीर`
        ents = rare_given_names(words, texts, ents, lex, p)
    if "surnames" in on:
        ents = surname_labels(texts, ents, lex, keep)
    if p.coordination_votes:  # again after the propagation, which tagged the rest of the coordinated names
        ents = coordinated_labels(words, ents, lex, keep, majority=True)
    if p.defined_terms:  # after the propagation: every mention of the term
        ents = defined_terms(words, ents, lex, p, keep)
    if p.headed_persons:  # after the propagation and the vote: every mention of the body
        ents = headed_persons(ents, lex, keep)
    if "variants" in on:
        ents = place_variants(words, texts, ents, lex)
    if p.person_variants:  # after the propagation and the vote: the name's label is the document's
        ents = person_variants(words, texts, ents, lex)
    if p.kb_key_places:  # after `place_variants`, which reads the document's own places first
        ents = kb_key_places(words, texts, ents, lex)
    if p.apostrophe_names:
        ents = apostrophe_names(texts, ents)
    if p.company_names:  # after the propagation and the vote: all of a company's mentions
        ents = company_names(words, texts, ents, lex, p, keep)
    if p.naming_kinds:  # after the propagation and the vote: every mention of the name takes the kind's label
        ents = naming_kinds(words, texts, ents, lex, keep)
    if p.institution_short_names:  # after the propagation and the vote, which spread the person's label
        ents = institution_short_names(ents, keep, words)
    if p.generic_departments:
        ents = generic_departments(words, ents, lex, p, keep)
    if p.kinship_names:  # after the propagation and the vote: a person who shares a place's name stays a person
        ents = kinship_names(words, texts, ents, lex, p, keep)
    if p.initial_names:  # after the propagation, which tags surnames alone late (`पॉल`)
        ents = initial_names(words, texts, ents, lex, p, keep)
    if p.acronym_seats:  # after the propagation and the KB runs, which tag the seat late
        ents = acronym_seats(words, texts, ents, lex, keep)
    if p.senator_titles:  # after the propagation, which spreads `सेन` to its other mentions
        ents = senator_titles(words, texts, ents, keep)
    if p.village_halves:  # after the propagation and the vote, which may have tagged `खुर्द` alone
        ents = village_halves(words, texts, ents, lex, p, keep)
    if p.spaced_initials:  # after the propagation too: the surname alone is tagged late (`गर्ग`)
        ents = spaced_initials(words, texts, ents, lex, p, keep)
    if p.calque_bodies:  # after the propagation and the vote, which would spread or relabel the pieces
        ents = calque_bodies(words, texts, ents, lex, keep)
    if p.dateline_agencies:  # after the propagation: `भाषा` the agency is no reason to tag `भाषा` the language
        ents = dateline_agencies(words, texts, ents, lex)
    if p.post_spans:  # after the propagation and the vote: every mention of a post
        ents = post_spans(texts, ents, lex, keep, p)
    if p.posting_places:
        ents = posting_places(words, texts, ents, lex, keep)
    if p.unit_names:  # after the propagation, which tags given names and acronyms late (`रोहिणी`)
        ents = unit_names(words, texts, ents, lex, keep, p.town_kinds)
    if p.given_surnames:  # after the propagation, which tags a surname alone late
        ents = given_surnames(words, texts, ents, lex, keep)
    if p.compound_titles:  # after the propagation, which spreads the span as tagged
        ents = compound_titles(words, texts, ents, keep)
    if p.unseen_given_names:  # after the propagation, which tags the surname alone in the story's other mentions
        ents = unseen_given_names(words, texts, ents, lex, keep)
    if p.given_name_votes:  # after the propagation and the vote, which label the first name alone
        ents = given_name_votes(ents, lex, keep, words)
    if p.residential_areas:  # after the propagation and the vote, which label the name alone
        ents = residential_areas(words, texts, ents, keep)
    if p.dateline_places:  # after the propagation and the vote: the dateline's own label
        ents = dateline_places(words, texts, ents, lex, p, keep)
    if p.known_persons and lex.persons:  # after the propagation and the vote: only what they left untagged
        ents = known_persons(words, texts, ents, lex, p, keep)
    if p.place_departments:  # after `generic_departments`, which keeps a department its place owns
        ents = place_departments(words, texts, ents, lex, keep)
    if p.company_appositions:  # after the propagation and the vote: every mention of the firm
        ents = company_appositions(words, ents, lex, keep)
    if p.place_led_persons:
        ents = place_led_persons(words, texts, ents, lex, keep)
    if p.titled_speakers:  # after the propagation and the vote: only what they left untagged
        ents = titled_speakers(words, texts, ents, lex, p)
    if p.quoted_kinds:  # after the propagation and the vote: every mention of the name
        ents = quoted_kinds(words, texts, ents, lex, p, keep)
    if p.lead_titles:  # after the propagation, which spreads the titled span to the name's other mentions
        ents = lead_titles(words, texts, ents, lex, keep)
    if p.inflected_leads:
        ents = inflected_leads(words, texts, ents, lex, p, keep)
    if p.acronym_variants:  # after the propagation, which tags only the same spelling
        ents = acronym_variants(words, texts, ents, lex, keep)
    if p.glued_names:  # after the propagation: the story's persons and names as tagged
        ents = glued_names(words, texts, ents, lex, p, keep)
    if p.company_kinds:  # after the propagation and the vote: every mention of the company
        ents = company_kinds(words, texts, ents, lex, p, keep)
    if p.military_ranks:  # after the propagation, which spreads the titled span to the name's other mentions
        ents = military_ranks(words, texts, ents, keep)
    if p.named_persons:  # after the propagation: only what it left untagged
        ents = named_persons(words, texts, ents, lex, p)
    if p.short_places:
        ents = short_places(words, texts, ents, lex)
    if p.lodging_orgs:  # after the propagation and the vote: every mention of the hotel
        ents = lodging_orgs(words, texts, ents, lex, keep)
    if p.of_orgs:  # after the propagation: every mention of the body
        ents = of_orgs(texts, ents, lex, keep)
    if p.opener_surnames:  # after the propagation, which a one-word LOC slip of the surname stops (`कसब`)
        ents = opener_surnames(words, texts, ents, lex, p, keep)
    if p.homograph_places:  # after the propagation, which leaves a one-word name the vote calls a slip untagged
        ents = homograph_places(words, texts, ents, keep)
    if p.kin_given_names:  # after the propagation and `kinship_names`: only what they left untagged
        ents = kin_given_names(words, texts, ents, lex, p, keep)
    if p.station_names:  # after `station_police`' sibling steps and the propagation: only what they left untagged
        ents = station_names(words, texts, ents, lex, p)
    if p.village_heads:  # after the propagation and the KB runs: only what they left untagged
        ents = village_heads(words, texts, ents, lex, p)
    if p.given_name_joins:  # after the propagation: the person's one-word mentions as tagged
        ents = given_name_joins(words, texts, ents, lex, p, keep)
    if p.role_loan_cuts:  # after the propagation, which spreads the span as tagged
        ents = role_loan_cuts(texts, ents, keep)
    if p.law_names:  # after the propagation: every mention of the law's acronym
        ents = law_names(words, texts, ents, lex, keep)
    if p.portfolio_bodies:  # after the propagation: only what it left untagged
        ents = portfolio_bodies(words, texts, ents, lex)
    if p.org_tails:  # after the propagation and `portfolio_bodies`: every tagged organisation
        ents = org_tails(words, texts, ents, lex, p, keep)
    if p.press_events:  # after the propagation: every mention of the event
        ents = press_events(words, texts, ents, lex, keep)
    if p.generic_local_bodies:  # after the propagation: every mention of the kind
        ents = generic_local_bodies(ents, keep)
    if p.article_titles:  # after the propagation and the vote: only spans the title holds whole
        ents = article_titles(words, texts, ents)
    if p.domain_orgs:
        ents = domain_orgs(texts, ents)
    if p.dotted_initials:  # after the propagation, which tags the surname alone late
        ents = dotted_initials(words, texts, ents, keep)
    if p.style_titles:  # after the propagation, which spreads the styled span to the name's other mentions; after
        ents = style_titles(words, texts, ents, lex, keep)  # dotted_initials, which joins a style tagged PER before them
    if p.acronym_services:  # after the propagation: every tagged mention of the acronym
        ents = acronym_services(words, texts, ents, lex, keep)
    if p.short_surnames:  # after the propagation, which leaves words under propagate_min_chars untagged
        ents = short_surnames(words, texts, ents, lex, p, keep)
    if p.coordinated_bodies:  # late: the rules' span crossing the coordinator would make no_overlaps drop the second
        ents = coordinated_bodies(words, texts, ents, lex, keep)
    if p.cleric_titles:  # after the propagation, which spreads the titled span to the name's other mentions
        ents = cleric_titles(texts, ents, lex, p, keep)
    if p.titled_surnames:  # after the propagation and the joins of given names: only one-word persons left
        ents = titled_surnames(words, texts, ents, lex, keep)
    if p.named_hospitals:  # after the propagation: only words it left untagged
        ents = named_hospitals(words, texts, ents, lex, p)
    if p.station_posts:  # after the propagation and `station_names`: only what they left untagged
        ents = station_posts(words, texts, ents, lex, p)
    if p.given_name_lists:  # after the propagation and `person_lists`: only items they left untagged
        ents = given_name_lists(words, texts, ents, lex, p)
    if p.junction_names:  # after the propagation and the KB runs: only what they left untagged
        ents = junction_names(words, texts, ents, lex, p, keep)
    if p.institute_seats:  # after the propagation and `acronym_seats`: every tagged mention of the short name
        ents = institute_seats(words, texts, ents, lex, p, keep)
    if p.compass_places:  # after the propagation and the vote, which spread the person's label
        ents = compass_places(texts, ents, keep)
    if p.listed_initials:  # after `initial_names` and the propagation: only what they left
        ents = listed_initials(words, texts, ents, lex, p, keep)
    if p.posting_towns:  # after `posting_places`: only the towns it left
        ents = posting_towns(words, texts, ents, lex, keep)
    if p.highway_names:
        ents = highway_names(words, texts, ents, keep)
    if p.community_bodies:  # after the propagation: every tagged mention of the board
        ents = community_bodies(words, texts, ents)
    if p.work_titles:  # after the propagation, which spreads a title's words as tagged
        ents = work_titles(words, texts, ents, keep)

    if p.chain_firms:  # after the propagation: every PER/LOC mention of the chain's name
        ents = chain_firms(words, texts, ents, lex, keep)
    if p.foreign_units:  # after the propagation, which leaves a one-word name the vote calls a slip untagged
        ents = foreign_units(words, texts, ents, lex, keep)
    if p.foreign_bodies:  # after the propagation: every mention of the body
        ents = foreign_bodies(words, texts, ents, lex, keep)
    if p.member_acronyms:
        ents = member_acronyms(words, ents, keep)
    if p.position_tails:  # after the propagation, which spreads the span as tagged
        ents = position_tails(texts, ents, keep)
    if p.name_body_heads:  # after the propagation and the round 36/37 steps: every tagged name before the head
        ents = name_body_heads(words, texts, ents, keep, lex)
    if p.story_given_names:  # after the propagation and the joins: the full names as tagged, the rest untagged
        ents = story_given_names(words, texts, ents, lex, p, keep)
    if p.coordinated_places:  # after `context_names` and the propagation: only what they left
        ents = coordinated_places(words, texts, ents, lex, p, keep)
    if p.person_institutes:  # after the propagation, which tags the person's full name inside the institution's
        ents = person_institutes(words, texts, ents, lex, p, keep)
    if p.former_states:  # after the propagation and the vote: every mention of the state
        ents = former_states(words, texts, ents, lex, keep)
    if p.surname_relabels:  # after the propagation and the vote, which leave a slip of the surname alone
        ents = surname_relabels(ents, lex, keep, texts)
    if p.latin_org_runs:  # after the propagation: only Latin runs it left untagged or tagged in part
        ents = latin_org_runs(words, texts, ents, keep)
    if p.team_nicknames:  # after the propagation and the KB runs, which tag the team's place alone
        ents = team_nicknames(words, texts, ents, lex, p, keep)
    if p.firm_agents:  # after the propagation and the agents: only speakers that every other step left untagged
        ents = firm_agents(words, texts, ents, lex, p)
    if p.journal_names:  # after the propagation and `quoted_kinds`: only spans and words they left
        ents = journal_names(words, texts, ents, lex, keep)
    if p.award_names:  # after the propagation: every mention of the award's name
        ents = award_names(words, ents, lex, keep)
    if p.loan_titles:  # after the propagation, which spreads the titled span to the name's other mentions
        ents = loan_titles(words, texts, ents, lex, keep)
    if p.train_spans:  # after the propagation, which spreads the train's name as tagged
        ents = train_spans(words, texts, ents, lex, p)
    if p.compass_joins:  # after the propagation and the edge trims, which cut the compass word off
        ents = compass_joins(words, texts, ents)
    if p.town_slots:  # after the propagation and every other step: only the towns they left untagged
        ents = town_slots(words, texts, ents, lex, p)
    if p.coordinated_towns:  # after the propagation and the KB runs: only words they left untagged; after `town_slots`,
        # which spreads a listed town to its other mentions in the story (review of rounds 42 and 43)
        ents = coordinated_towns(words, texts, ents, lex)
    if p.coordinated_persons:  # after the propagation and every person step: only the names they left untagged
        ents = coordinated_persons(words, texts, ents, lex, p)
    if "institutions" in on:  # places the propagation and the KB found late (`गोरखपुर` of `गोरखपुर मेडिकल कॉलेज`)
        ents = late_institutions(words, texts, ents, keep, p.acronym_institutions)
    if p.post_acronyms:  # after `late_institutions`, which grows an acronym into its body (`सीएमएस स्कूल`)
        ents = post_acronyms(ents, keep)
    if p.station_police:  # after `late_institutions`, which grows a place into its police (`नीलगंगा पुलिस` before `थाने`)
        ents = station_police(words, texts, ents, keep, lex)
    if p.station_spans:  # after `late_institutions`, which grows a place into its police (`कासा पुलिस` of `कासा पुलिस
        ents = station_spans(words, texts, ents)  # स्टेशन`), and `station_police`
    if "common" in on:  # a storm's name that the propagation spread again (`माइकल` of a `माइकल X` elsewhere)
        ents = drop_storms(words, ents, lex, p.storm_given)
    if "latin" in on:  # last: the gloss takes the mention's final label
        ents = ents + latin_glosses(texts, ents)
    if p.airport_persons:  # round 45: after every step that tags or propagates a person
        ents = airport_persons(words, ents)
    if p.disease_spans:  # round 45: after the propagation, which spreads the disease's span as tagged
        ents = disease_spans(words, ents, lex, keep)
    if p.word_districts:  # round 45: only the words every other step left untagged
        ents = word_districts(words, texts, ents, lex)
    if p.bare_designators:  # round 45: after the propagation, which spreads the word as tagged
        ents = bare_designators(words, ents, keep)
    if p.station_loans:  # round 47: after `late_institutions`, which grows a place into its police
        ents = station_loans(words, texts, ents, keep, lex)
    if p.news_agencies:  # round 47: after the propagation and every ORG step
        ents = news_agencies(words, texts, ents, keep, lex)
    if p.slash_places:  # round 46: last, only the words and spans every other step left
        ents = slash_places(words, texts, ents, lex, keep)
    if p.noun_persons:  # round 46: after the propagation, which spreads the noun as tagged
        ents = noun_persons(words, ents, lex, keep)
    if p.team_tails:  # round 48: after every ORG step
        ents = team_tails(words, texts, ents, keep, lex)
    if p.speaker_given_names:  # round 48: only the words every other step left untagged
        ents = speaker_given_names(words, texts, ents, lex)
    if p.count_list_places:  # round 49: only the words every other step left untagged
        ents = count_list_places(words, texts, ents, lex, p)
    if p.centre_places:  # round 49: only the words every other step left untagged
        ents = centre_places(words, texts, ents, lex, p)
    if p.city_names:  # round 49: after every step that cuts a place kind off a span
        ents = city_names(words, texts, ents)
    if p.line_glues:  # round 50: last, over every span the other steps made or spread
        ents = line_glues(words, texts, ents, lex, keep, p.glue_min_seen)
    if p.code_acronyms:  # round 50: after every step that tags or spreads an acronym
        ents = code_acronyms(texts, ents, keep, p.code_hospitals)
    if p.kind_appositions:  # round 50: after every ORG step
        ents = kind_appositions(words, ents, lex, keep)
    if p.longer_names:  # round 51: after every step that cuts or grows a span
        ents = longer_names(words, texts, ents, p.longer_names_appositions)
    if p.headline_spans:  # round 51: after every step that grows or relabels a span
        ents = headline_spans(words, texts, ents, lex, keep, p.headline_bylines)
    if p.digit_persons:  # round 52: after every step that makes or relabels a PER span
        ents = digit_persons(ents, keep)
    if p.demonym_places:  # round 52: after every step that makes or relabels a LOC span
        ents = demonym_places(ents, lex, keep)
    if p.front_names:  # round 53: after every step that cuts, grows or drops a span
        ents = front_names(words, texts, ents, lex, keep)
    if p.place_suffixes:  # round 54: after every step that makes a span, over the words still untagged
        ents = place_suffixes(words, texts, ents, lex)
    if p.split_names:  # round 54: after every step that makes, cuts or relabels a span
        ents = split_names(texts, ents)
    if p.converb_spans:  # round 55: after every step that makes or spreads a one-word span
        ents = converb_spans(words, ents, lex, keep)
    if p.ship_names:  # round 55: after every step that makes, grows or spreads an ORG/PER span
        ents = ship_names(words, ents, keep)
    if p.acronym_heads:  # round 56: after every step that tags or spreads an acronym
        ents = acronym_heads(words, texts, ents, lex, keep)
    if p.leader_governments:  # round 56: after every step that makes or relabels a PER span
        ents = leader_governments(words, texts, ents, lex, keep)
    if p.nameless_lodgings:  # round 56: after `lodging_orgs` and every step that makes a PER/LOC span
        ents = nameless_lodgings(ents, keep)
    if p.speaker_surnames:  # round 57: after every step that makes, cuts or grows a PER span
        ents = speaker_surnames(words, texts, ents, lex, p, keep)
    if p.lone_speakers:  # round 58: after `speaker_surnames` and every step that makes a span, over untagged words
        ents = lone_speakers(words, texts, ents, lex, p)
    if p.place_operators:  # round 59: after every step that makes, grows or relabels a LOC or ORG span
        ents = place_operators(words, texts, ents, keep)
    if p.service_bodies:  # round 59: after every step that makes or relabels a LOC span
        ents = service_bodies(ents, keep)
    if p.compass_districts:  # round 60: after every step that makes or cuts a LOC span
        ents = compass_districts(words, texts, ents, lex)
    if p.joined_places:  # round 60: after `compass_districts` and every step that makes a LOC span
        ents = joined_places(texts, ents, lex)
    if p.titled_split_names:  # round 61: after every step that makes, cuts or grows a PER span
        ents = titled_split_names(words, texts, ents, lex, p, keep)
    if p.bracket_org_persons:  # round 61: after every step that makes or relabels a PER span
        ents = bracket_org_persons(words, texts, ents, keep)
    if p.lone_media_acronyms:  # round 62: after every step that makes a span, over the words they left untagged
        ents = lone_media_acronyms(words, texts, ents, lex, keep)
    if p.speaker_bodies:  # round 63: after every step that makes, grows or cuts an ORG span
        ents = speaker_bodies(words, texts, ents, lex, keep)
    if p.company_units:  # round 64: after every step that makes, grows or relabels an ORG or LOC span
        ents = company_units(words, texts, ents, lex)
    if p.kb_variant_places:  # round 65: after every step that makes a span, over the words they left untagged
        ents = kb_variant_places(words, texts, ents, lex, p)
    if p.suffix_places:  # round 65: after `kb_variant_places`, over the words every step before left untagged
        ents = suffix_places(words, texts, ents, lex, p)
    if p.compass_regions:  # round 66: after `compass_districts` and every step that makes or grows a LOC span
        ents = compass_regions(texts, ents, lex, keep, former=p.compass_former_states)
    if p.compass_commons:  # round 66: after `compass_districts` and every step that makes or grows a LOC span
        ents = compass_commons(ents, lex, p, keep)
    if p.compass_tails:  # round 67: after `compass_commons` and every step that makes, cuts or grows a LOC span
        ents = compass_tails(words, texts, ents, keep)
    if p.hyphen_echoes:  # round 67: after every step that makes or relabels a span of two or more words
        ents = hyphen_echoes(words, texts, ents)
    if p.near_variants:  # round 68: after every step that makes a span (its sources), over the words they left
        ents = near_variants(words, texts, ents, lex)
    if p.story_persons:  # round 69: after every step that makes a PER span, over the words they left untagged
        ents = story_persons(words, texts, ents, lex, p)
    if p.listed_unseen_names:  # round 69: after `story_persons` and every step that makes a span, over the words left
        ents = listed_unseen_names(words, texts, ents, lex, p)
    if p.grown_orgs or p.grown_heads:  # round 70: after every step that makes or grows a span, the story's names as tagged
        ents = grown_spans(words, texts, ents, lex, p, keep)
    if p.trade_firms:  # round 71: after every step that makes or grows a span, over the words they left untagged
        ents = trade_firms(words, texts, ents, lex, p)
    if p.grown_org_starts:  # round 72: after round 70's `grown_spans` (and round 71), the story's names as tagged
        ents = grown_starts(texts, ents, lex, p, keep)
    if p.org_first_words:  # round 73: after round 72's `grown_starts`, the story's ORG names as made, cut and grown
        ents = org_first_words(words, texts, ents, lex, p)
    if p.listed_places:  # round 74: after round 73's `org_first_words` and every step that makes a LOC span
        ents = listed_places(words, texts, ents, lex)
    if p.attested_places:  # round 75: after round 74's `listed_places`; the tags before the vote of `propagate`
        ents = attested_places(words, texts, ents, mentions, lex, p)
    if p.loan_body_runs:  # round 76: after round 75's `attested_places`, over the words every step before left untagged
        ents = loan_body_runs(words, texts, ents, lex)
    if p.named_prizes:  # round 77: after round 76's `loan_body_runs`, the PER tags every step before made or kept
        ents = named_prizes(words, texts, ents, lex)
    if p.concept_acronyms:  # round 78: after round 77's `named_prizes`, the ORG tags every step before made or kept
        ents = concept_acronyms(words, ents)
    if p.listed_persons or p.listed_person_places:  # round 79: after round 78's `concept_acronyms`, the labels every step
        ents = listed_persons(texts, ents, lex, keep, p.listed_persons, p.listed_person_places)  # before made or kept
    if p.coordinated_portfolios:  # round 80: after round 79's `listed_persons`, the ORG spans every step before made
        ents = coordinated_portfolios(words, texts, ents, lex)
    if p.place_led_orgs:  # round 81: after round 80's `coordinated_portfolios`, the LOC and ORG spans every step before made
        ents = place_led_orgs(texts, ents, lex, keep)
    if p.place_echoes:  # round 55: last, only the words every other step left untagged
        ents = place_echoes(words, texts, ents, lex, p)
    if p.no_overlaps:  # issue 14: last of all, over the NUM/TIME mentions too
        return sorted(no_overlaps(ents + rest, lex, p, keep), key=lambda m: (m.start, m.end, m.label))
    return sorted(ents + rest, key=lambda m: (m.start, m.end, m.label))


# --------------------------------------------------------------------------------------------- helpers


def _word_at(words: Sequence[Word], offset: int) -> int:
    """The index of the first of a sentence's words (in order) that starts at or after `offset` (by bisection: a
    step that looks up words per mention stays linear in a long sentence)."""
    return bisect_left(words, offset, key=_WORD_START)


def _word_start(w: Word) -> int:
    return w[0]


_WORD_START = itemgetter(0)  # _word_start in C: `_word_at` bisects per mention in every step


def _words_in(words: Sequence[Word], m: Mention) -> list[Word]:
    """A sentence's words wholly inside m: a run (words are in order and do not overlap), found by bisection."""
    i = j = _word_at(words, m.start)
    while j < len(words) and words[j][1] <= m.end:
        j += 1
    return list(words[i:j])


def _span(sent: Sentence, m: Mention, start: int, end: int, label: str | None = None) -> Mention:
    text = sent.text[start - sent.start : end - sent.start]
    return replace(m, start=start, end=end, text=text, label=label or m.label)


def _latin_word(w: str) -> bool:
    return bool(_LATIN_WORD.match(w))


_is_latin = _Memo(_latin_word).__getitem__


def latin_acronym(word: str) -> str | None:
    """A Devanagari letter-name acronym in Latin letters (`यू.के.` -> `UK`, `यूएसए` -> `USA`), by the
    linker's letter-name reading; None for anything else."""
    return None if word.isascii() else _acronym_letters(word)


def place_of(surface: str, lex: Lexicon):
    """The KB place a surface names: Hindi names by folded key, Latin and letter-name acronyms by
    their English name or ISO code."""
    memo = _memo("place_of", lex)
    if surface in memo:
        return memo[surface]
    place = memo[surface] = _place_of(surface, lex)
    return place


def _place_of(surface: str, lex: Lexicon):
    key = " ".join(fold(surface).split())
    if key in lex.places:
        return lex.places[key]
    if surface.isascii():
        bare = surface.rstrip(".").replace(".", "")
        if len(bare) <= 3 and not bare.isupper():
            return None  # codes and abbreviations are capitals: `com` is not Comoros
        return lex.latin_places.get(bare.lower()) or lex.latin_places.get(surface.lower())
    acr = latin_acronym(surface.replace(" ", ""))
    return lex.latin_places.get(acr.lower()) if acr and len(acr) >= 2 else None


def _stats(word: str, lex: Lexicon) -> WordStats | None:
    return lex.words.get(fold(word))


# ------------------------------------------------------------------------------------------------ steps


def latin_mentions(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   lex: Lexicon, acronym_places: bool = False) -> list[Mention]:
    """Model spans made only of Latin words are re-decided; untagged Latin names are added. `acronym_places` (round
    16): a Latin acronym of an alias place spelt in letter names (`UP` = `यूपी`) is that place, no organisation."""
    out = []
    for m in ents:
        ws = _words_in(words[m.sent_idx], m)
        if ws and all(_is_latin(w[2]) for w in ws):
            label = _latin_label([w[2] for w in ws], lex, m.label, acronym_places)
            if label:
                out.append(replace(m, label=label))
            continue
        out.append(m)
    covered = _chars_covered(out)
    for idx, ws in words.items():
        i = 0
        while i < len(ws):
            if not _is_latin(ws[i][2]) or (idx, ws[i][0]) in covered:
                i += 1
                continue
            found = None
            for n in (3, 2, 1):  # longest place name first, then one word
                toks = ws[i : i + n]
                if len(toks) == n and all(_is_latin(t[2]) and (idx, t[0]) not in covered for t in toks):
                    label = _latin_label([t[2] for t in toks], lex, None, acronym_places)
                    if label:
                        found = (n, label)
                        break
            if found:
                n, label = found
                sent = sents[idx]
                s, e = ws[i][0], ws[i + n - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], label,
                                   ents[0].tagger if ents else "refine"))
                i += n
            else:
                i += 1
    return out


_RX_GLOSS = regex.compile(r" ?\(([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\)")


def latin_glosses(sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """The English name in brackets right after a Devanagari mention, as many capitalised words as the mention has
    (`कैलिफोर्निया (California)`, `गोलाघाट (Golaghat)`, `पूर्वी चंपारण (East Champaran)`), is the same name: a mention
    of that label (not `हेमंत बिस्व शर्मा (Health Minister Himanta Biswa Sarma)`, `वायरस (Coronavirus)`)."""
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        sent = sents[m.sent_idx]
        if m.label not in ENTITY or not _RX_DEVANAGARI.search(m.text):
            continue
        g = _RX_GLOSS.match(sent.text, m.end - sent.start)
        if g is None or len(g.group(1).replace("-", " ").split()) != len(m.text.split()):
            continue
        s, e = sent.start + g.start(1), sent.start + g.end(1)
        if not any((m.sent_idx, i) in covered for i in range(s, e)):
            out.append(Mention(sent.doc_id, m.sent_idx, s, e, g.group(1), m.label, m.tagger))
            covered.update((m.sent_idx, i) for i in range(s, e))
    return out


# Round 16: English abbreviations of posts that also spell an alias place (`MP`: Madhya Pradesh, and a Member of
# Parliament in translated British news, `थेरेसा मई के खुद के MP में से एक`): no place by their letters alone
ROLE_ACRONYMS = frozenset("MP MLA MLC CM PM".split())
_ALIAS_ACRONYMS: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # id(lexicon) -> (it, its alias places' Latin acronyms)


def _alias_place_acronyms(lex: Lexicon) -> frozenset[str]:
    """Round 16: the Latin letters of the alias file's one-word places spelt as letter names (`यूपी` UP, `एमपी` MP,
    `यूके` UK, `यूएई` UAE, `एनसीआर` NCR, `पीओके` POK); built once per lexicon."""
    held = _ALIAS_ACRONYMS.get(id(lex))
    if held is None or held[0] is not lex:  # the lexicon itself is held: an id is not reused while it lives
        held = (lex, frozenset(a for k, pl in lex.places.items() if " " not in k and pl.source == "aliases"
                               for a in [_acronym_letters(k)] if a))
        _ALIAS_ACRONYMS[id(lex)] = held
    return held[1]


def _latin_label(toks: Sequence[str], lex: Lexicon, model_label: str | None, acronym_places: bool = False) -> str | None:
    name = " ".join(toks)
    if place_of(name, lex):
        return "LOC"
    if len(toks) == 1:
        bare = toks[0].replace(".", "")
        if acronym_places and _ACRONYM.match(toks[0]) and bare.upper() not in ROLE_ACRONYMS \
                and bare.upper() in _alias_place_acronyms(lex):
            return "LOC"  # round 16: `UP में`, `UP के 15 जिलों`: the place the alias file spells `यूपी`
        if _ACRONYM.match(toks[0]) and 2 <= len(bare) <= 6 and bare.upper() not in LATIN_NOT_NAMES:
            return "ORG"
        return None
    if model_label:
        return model_label  # multi-word Latin names keep the model's type
    return None


def trim_edges(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams) -> list[Mention]:
    """Cut words that never start (end) a name from a span's start (end): titles, function words and
    verbs (UD), and for PER/LOC words that the training data almost never sees at that edge. ORG names
    are made of common words (`मौसम विभाग`), so only titles and function words leave those. A span
    left with one word that never starts a name (`मंत्रालय` of `उनका मंत्रालय`) is dropped; a person's
    name of three words or more that ends in a KB place is cut before it, and one that runs two people
    together is split where the second given name starts."""
    out = []
    for m in ents:
        ws = _words_in(words[m.sent_idx], m)
        if not ws:
            out.append(m)
            continue
        a, b = 0, len(ws)
        while a < b and _never_edge(ws[a][2], "begin", m.label, lex, p):
            a += 1
        while b > a and _never_edge(ws[b - 1][2], "end", m.label, lex, p):
            b -= 1
        while m.label == "PER" and b - a >= 2 and fold(ws[b - 1][2]) in HONORIFICS:
            b -= 1  # `प्राण साहब`, `अमिताभ जी`: the honorific after the name is no part of it
        if m.label == "ORG" and b - a >= 3 and _org_lead(ws[a][2], ws[a + 1][2], lex, p):
            a += 1  # `कल स्वास्थ्य मंत्रालय`, `चावल भारतीय खाद्य निगम`: a word of the sentence before the name
        if m.label == "LOC" and b - a == 2 and lex.strong_place(fold(ws[a][2])) \
                and not place_of(" ".join(w[2] for w in ws[a:b]), lex) and fold(ws[b - 1][2]) not in lex.words \
                and not _is_latin(ws[b - 1][2]):
            b -= 1  # a place run into a word the training data never saw (`कसूर रेप`): the place alone
        if m.label == "LOC" and b - a >= 2 and fold(ws[b - 1][2]) in DESIGNATORS \
                and not lex.strong_place(" ".join(fold(w[2]) for w in ws[a:b])):
            b -= 1  # `परवान प्रांत`, `बिरनी थाना`: the place's name without what kind of place it is
        if m.label == "PER" and b - a >= 3 and lex.strong_place(fold(ws[b - 1][2])):
            # a person's name run into a place (`राहुल गांधी रायपुर`): the place is its own mention
            sent = sents[m.sent_idx]
            out.append(_span(sent, m, ws[b - 1][0], ws[b - 1][1], "LOC"))
            b -= 1
        if a == b:
            continue
        head, dash, rest = ws[a][2].partition("-")
        start = ws[a][0]  # `था-राजीव शुक्ला`: a dash typed without spaces glued a verb to the name
        if dash and rest and b - a >= 2 and m.label == "PER" and not _is_latin(head) and (
                fold(head) in lex.function_words or _never_edge(head, "begin", m.label, lex, p)):
            start += len(head) + 1
        cut = _second_name_start(ws, a, b, m.label, lex)
        if cut is not None:  # two people run together (`कादर खान अमिताभ बच्चन`): two mentions
            sent = sents[m.sent_idx]
            out.append(_span(sent, m, ws[cut][0], ws[b - 1][1]))
            b = cut
        while m.label == "PER" and b - a >= 3:  # `रामानंद मिश्र पुत्र चंद्रभूषण`: a person and a relative, two people
            k = next((k for k in range(b - 2, a, -1) if fold(ws[k][2]) in KINSHIP), None)
            if k is None:
                break
            out.append(_span(sents[m.sent_idx], m, ws[k + 1][0], ws[b - 1][1]))
            b = k
        if (a, b) == (0, len(ws)) and start == ws[0][0]:
            out.append(m)
            continue
        st = lex.words.get(fold(ws[a][2]))
        if b - a == 1 and st and st.n >= p.edge_min_count and st.n_begin < p.edge_max_ratio * st.n:
            continue  # a head noun left alone (`मंत्रालय`)
        out.append(_span(sents[m.sent_idx], m, start, ws[b - 1][1]))
    return out


# Round 15: words that end a name and start a description after it (`सईद अपने संगठन`, `भाजपा जैसी सांप्रदायिक पार्टी`,
# `सचिन किसी पार्टी`): possessive and personal pronouns, determiners, `जैसा`; closed Hindi classes, not from an article.
# Not `अपना` (round 15 review): it opens a party's name (`अपना दल`, UP; IL-NER never has it inside a name, corpus/news
# writes it twice, and a name runs into the direct form less than into the oblique `अपने`). `हर` stays: IL-NER has
# it opening 1 name in 267 uses, corpus/news none in 472; a name opening with it (`हर गोविंद खुराना`) is kept whole
DESCRIPTION_STARTS = frozenset(fold(w) for w in """अपने अपनी उनके उनकी उनका उसके उसकी उसका इसके इसकी इसका
    वो वह यह ये वे किसी कोई कुछ हर जैसी जैसे जैसा""".split())
# Words after which a name starts anew (`मारते हुए विश्व बैंक`, `चूँकि राजे`): participles, light verbs, conjunctions, copulas;
# not `कर`, also "tax" (`वाणिज्य कर विभाग`)
CLAUSE_ENDS = frozenset(fold(w) for w in """हुए हुई हुआ करना करने करके लेकिन परंतु परन्तु मगर चूँकि चूंकि क्योंकि
    हें हैं है था थी थे""".split())


NAME_OPENING_DETERMINERS = frozenset({fold("हर")})  # a determiner that also opens names (`हर गोविंद खुराना`)


def clause_cuts(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams = RefineParams(), keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 15: a span that runs over a clause word is no name: it keeps the words after the last participle, verb or
    conjunction (CLAUSE_ENDS: `मारते हुए विश्व बैंक` -> `विश्व बैंक`) and then those before the first pronoun or
    determiner (DESCRIPTION_STARTS: `सईद अपने संगठन` -> `सईद`, `तहरीके तालिबान वो चरमपंथी संगठन` -> `तहरीके तालिबान`).
    What is left opening with a pronoun or determiner goes only when the words after it are plain (`_plain_word`:
    `उनकी पार्टी`), else the pronoun is cut off (`वो सईद` -> `सईद`) unless it opens names too (NAME_OPENING_DETERMINERS:
    `हर गोविंद खुराना` stays whole). A curated span (`keep`) and a known
    organisation (`lex.orgs`: `अपनी पार्टी`) are left alone. A one-word ORG or LOC left that is a given name and no
    organisation or place of IL-NER is a person (`सईद`, `सचिन`: the organisation's head was the description's)."""
    out = []
    for m in ents:
        ws = _words_in(words[m.sent_idx], m)
        fws = [fold(w[2]) for w in ws]
        if len(ws) < 2 or (m.start, m.end) in keep or tuple(fws) in lex.orgs \
                or not any(w in DESCRIPTION_STARTS or w in CLAUSE_ENDS for w in fws):
            out.append(m)
            continue
        a = max((i + 1 for i, w in enumerate(fws) if w in CLAUSE_ENDS), default=0)
        b = next((i for i in range(a, len(fws)) if fws[i] in DESCRIPTION_STARTS), len(fws))
        if a == b and a < len(fws):  # what is left opens with a pronoun or determiner
            b = next((i for i in range(a + 1, len(fws)) if fws[i] in DESCRIPTION_STARTS), len(fws))
            if all(_plain_word(w[2], lex, p) for w in ws[a + 1 : b]):
                continue  # `उनकी पार्टी`: a description, no name
            if fws[a] not in NAME_OPENING_DETERMINERS:
                a += 1  # `वो सईद` -> `सईद`; `हर गोविंद खुराना` stays whole
        if a >= b:
            continue
        label = m.label
        if b - a == 1 and label != "PER" and fws[a] in lex.given_names:
            st = lex.words.get(fws[a])
            if st is None or st.n_per >= max(st.n_org, st.n_loc):
                label = "PER"
        out.append(_span(sents[m.sent_idx], m, ws[a][0], ws[b - 1][1], label))
    return out


def _plain_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 15 review: a word that names nothing by itself: punctuation, a function word, a title or role, a kind of
    organisation (`पार्टी`, `संगठन`), a head noun that ends names (`सरकार`, `अस्पताल`, `नगर`) or a common word
    (`_common`: `चरमपंथी`, `महामारी`); not a given name (`गोविंद`) or a word IL-NER never saw (`खुराना`)."""
    fw = fold(w)
    return not _RX_LETTER.search(w) or fw in lex.function_words or fw in TITLES or fw in ROLES or fw in ORG_KINDS \
        or _common(w, lex, p) or _non_person_head(w, lex, p) != ""


def split_brackets(sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """A span with a bracket in it (`नेशनल बास्केटबॉल एसोसिएशन (NBA`, the model's span runs into the bracket) is two
    names: the one before the bracket and the one inside it (an acronym, `NBA`), both of the span's label."""
    out = []
    for m in ents:
        i = m.text.find("(")
        if i < 0:
            out.append(m)
            continue
        j = m.text.find(")", i)
        sent = sents[m.sent_idx]
        for a, b in ((m.start, m.start + i), (m.start + i + 1, m.start + j if j > i else m.end)):
            text = sent.text[a - sent.start : b - sent.start]
            a, b = a + len(text) - len(text.lstrip()), b - len(text) + len(text.rstrip())
            if _RX_LETTER.search(text):
                out.append(_span(sent, m, a, b))
    return out


def join_adjacent(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon) -> list[Mention]:
    """A place right after a place-piece that starts place names but almost never ends one in the training data
    is one place the model cut in two (`न्यू` `जर्सी`, `सैन` `डिएगो`), and so is a place after a direction that the model
    tagged as a place of its own (`साउथ` `कोरिया`, `दक्षिण` `कोरिया`); two places in a row stay two (`हापुड़
    महाराजगंज`). A person's name followed by a one-word "person" that the training data sees as a surname is
    one person (`अमनमणि` `त्रिपाठी`); other persons in a row stay apart."""
    out: list[Mention] = []
    for m in sorted(ents, key=lambda m: (m.sent_idx, m.start, m.end)):
        prev = out[-1] if out else None
        if prev is not None and prev.sent_idx == m.sent_idx and prev.label == m.label and prev.end + 1 == m.start \
                and sents[m.sent_idx].text[prev.end - sents[m.sent_idx].start] == " " \
                and (m.label == "LOC" and (_starts_only(prev.text.split()[-1], lex) or fold(prev.text.strip()) in DIRECTIONS)
                     or m.label == "PER" and len(prev.text.split()) <= 2 and " " not in m.text.strip()
                     and _surname_word(fold(m.text.strip()), lex)):
            out[-1] = _span(sents[m.sent_idx], prev, prev.start, m.end)
        elif prev is not None and prev.sent_idx == m.sent_idx and prev.label == "LOC" and prev.end + 1 == m.start \
                and fold(m.text.strip()) in NAME_KINDS and sents[m.sent_idx].text[prev.end - sents[m.sent_idx].start] == " ":
            out[-1] = _span(sents[m.sent_idx], prev, prev.start, m.end)  # `प्लेसर` `काउंटी`: Placer County
        else:
            out.append(m)
    return out


def county_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """A place right before an untagged English place kind that is part of its name takes it (`क्लार्क काउंटी`:
    Clark County; NAME_KINDS)."""
    out = []
    for m in ents:
        if m.label == "LOC" and fold(m.text.split()[-1]) not in NAME_KINDS:
            ws = words[m.sent_idx]
            k = next((k for k, w in enumerate(ws) if w[0] == m.end + 1), None)
            if k is not None and fold(ws[k][2]) in NAME_KINDS and sents[m.sent_idx].text[m.end - sents[m.sent_idx].start] == " " \
                    and not any(o is not m and o.sent_idx == m.sent_idx and o.start <= ws[k][0] < o.end for o in ents):
                m = _span(sents[m.sent_idx], m, m.start, ws[k][1])
        out.append(m)
    return out


def _starts_only(word: str, lex: Lexicon) -> bool:
    st = _stats(word, lex)
    return bool(st and st.n_ent >= 3 and st.n_begin >= 0.8 * st.n_ent and st.n_end <= 0.1 * st.n_ent)


def _second_name_start(ws: Sequence[Word], a: int, b: int, label: str, lex: Lexicon) -> int | None:
    """In a PER span of four words or more, the word that starts a second person's name: a given name
    after a word that is not one, with at least two words on each side."""
    if label != "PER" or b - a < 4:
        return None
    for i in range(a + 2, b - 1):
        if fold(ws[i][2]) in lex.given_names and fold(ws[i - 1][2]) not in lex.given_names:
            return i
    return None


def _never_edge(w: str, side: str, label: str, lex: Lexicon, p: RefineParams) -> bool:
    fw = fold(w)
    if (side == "begin" or label == "PER") and (fw in TITLES or fw in ROLES):
        return True  # a person's name neither starts nor ends in a title or role (`दुष्यंत सिंह गायिका`)
    if fw in lex.function_words and not (label == "PER" and side == "begin" and fw in lex.given_names
                                         and not _function_word(fw, lex)):
        return True  # `लव अग्रवाल`: a given name that IL-NER hardly sees as a function word starts a person's name
    if not _RX_ALNUM.search(w):
        return True  # punctuation
    st = lex.words.get(fw)
    if st is None or st.n < p.edge_min_count or (label == "PER" and side == "begin" and fw in lex.given_names):
        return False
    if label == "ORG":  # only words that are (almost) never inside any name, and frequent: `अब`
        return side == "begin" and st.n >= p.org_edge_min_count and st.n_ent < p.org_edge_max_inside * st.n
    hits = st.n_begin if side == "begin" else st.n_end
    return hits < p.edge_max_ratio * st.n and st.n_ent < p.edge_max_inside * st.n


def _org_lead(w: str, nxt: str, lex: Lexicon, p: RefineParams) -> bool:
    """The first word of an ORG span of three words or more is no part of it when the training data has it at least
    `org_lead_min_count` times and (almost) never inside a name (`कल`, `इधर`, `आदेश`, `चावल`), the news text shows it
    to be no modifier (followed by a case marker or punctuation often enough: not `प्रांतीय`, `उच्चतर`, `शीर्ष`), and the
    word after it starts names in the training data (`स्वास्थ्य`, `भारतीय`, `गृह`)."""
    st, nx = _stats(w, lex), _stats(nxt, lex)
    if st is None or nx is None or st.n < p.org_lead_min_count or st.n_ent > p.org_edge_max_inside * st.n:
        return False
    if _modifier_word(w, lex, p.modifier_max_case):
        return False
    return nx.n_ent >= p.head_min_count and nx.n_begin >= p.org_lead_next_begin * nx.n_ent


def _name_table(lex: Lexicon, table: str) -> tuple[int, frozenset[str]]:
    """(the most words of a name, the first words of the names) of the lexicon's `orgs` or `persons`: once per
    lexicon, not per document."""
    memo = _memo("_name_table", lex)
    if table not in memo:
        names = getattr(lex, table)
        memo[table] = (max(map(len, names)), frozenset(k[0] for k in names))
    return memo[table]


def known_orgs(words: dict[int, list[Word]], sents: dict[int, Sentence], fixed: list[Mention], ents: list[Mention],
               lex: Lexicon, p: RefineParams) -> tuple[list[Mention], list[Mention]]:
    """Occurrences of the organisations the alias file knows (`lex.orgs`, longest name first) become ORG
    mentions: an untagged one is tagged, the mentions inside one give way to it (`NBC` in `NBC न्यूज़`), one
    that is exactly one is relabelled (`पोलिटिको` read as PER). A mention that reaches outside the name keeps
    it (`रतन टाटा`), and so does a curated span (`fixed`). A one-word name that the training data shows to be a
    common word, a function word or a given name is not acted on alone. A name of two words or more takes the
    curated places inside it too (`इंग्लैंड` of `चर्च ऑफ़ इंग्लैंड`, `लंदन` of `लंदन गजट`), and `fixed` loses them.
    Returns (the organisation mentions, the other mentions)."""
    longest, firsts = _name_table(lex, "orgs")
    by_sent: dict[int, list[Mention]] = {}
    for m in fixed + ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    curated = {id(m) for m in fixed}
    found: list[Mention] = []
    gone: set[int] = set()
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            n = next((n for n in range(min(longest, len(ws) - i), 0, -1)
                      if tuple(fws[i : i + n]) in lex.orgs), 0) if fws[i] in firsts else 0
            if not n or (n == 1 and (_common(ws[i][2], lex, p) or fws[i] in lex.function_words
                                     or fws[i] in lex.given_names)):
                i += 1
                continue
            s, e = ws[i][0], ws[i + n - 1][1]
            inside = [m for m in by_sent.get(idx, ()) if m.start < e and s < m.end]
            if all(s <= m.start and m.end <= e and (id(m) not in curated or n >= 2 and _known_org_takes(m)
                                                    and m.end - m.start < e - s) for m in inside):
                sent = sents[idx]
                found.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG",
                                     inside[0].tagger if inside else tagger))
                gone.update(id(m) for m in inside)
            i += n
    fixed[:] = [m for m in fixed if id(m) not in gone]  # a curated place inside (`इंग्लैंड` of `चर्च ऑफ़ इंग्लैंड`)
    return found, [m for m in ents if id(m) not in gone]


def _known_org_takes(m: Mention) -> bool:
    """`known_orgs`: a curated span inside a known organisation of two words or more gives way to it when it is a place
    (`इंग्लैंड` of `चर्च ऑफ़ इंग्लैंड`) or, issue 14, an organisation (the gazetteer's `रिज़र्व बैंक` of the alias
    `रिज़र्व बैंक ऑफ इंडिया`, which `loan_orgs` then read as a second, overlapping `बैंक ऑफ इंडिया`)."""
    return m.label in ("LOC", "ORG")


def org_heads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              p: RefineParams) -> list[Mention]:
    """`दिल्ली सरकार`, `दिल्ली हाई कोर्ट`, `दिल्ली एम्स`: a place followed by words that end organisation names in
    the training data (a government, a ministry, a court), or by an organisation's name, is that organisation.
    With `org_head_orgs` also an organisation followed by such words or by a word mostly inside organisation
    names where the name ends (`रेड क्रॉस सोसाइटी`, `माइक्रोसोफ्ट रिसर्च`), and one after an untagged KB place
    (`युगांडा रेड क्रॉस`); never a party's government (`भाजपा सरकार`). A name of several words that ends in
    such a word is an organisation whatever its label (`यू.एस. सरकार` tagged PER)."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    covered = {(m.sent_idx, w) for m in ents for w in range(m.start, m.end)}
    gone: set[int] = set()
    out = []
    for m in ents:
        if id(m) in gone:
            continue
        if m.label == "PER" and _court_surname([fold(w) for w in m.text.split()], lex):
            pass  # `मार्गरेट कोर्ट`: a person, no court
        elif m.label != "ORG" and " " in m.text.strip() and _ends_orgs(m.text.split()[-1], lex, p) \
                and not _in_person_names(m.text.split()[-1], lex) and not _strong(m.text, lex):
            m = replace(m, label="ORG")  # `बैटन रूज पुलिस डिपार्टमेंट` read as a place, `यू.एस. सरकार` as a person
        elif m.label == "PER" and " " in m.text.strip() and _non_person_head(m.text.split()[-1], lex, p) \
                and not lex.strong_place(fold(m.text.split()[-1])):
            m = replace(m, label=_non_person_head(m.text.split()[-1], lex, p))  # `गंगा राम अस्पताल`, `सुभाष नगर`
        ws = words[m.sent_idx]
        k = next((k for k, w in enumerate(ws) if w[0] >= m.end), len(ws))
        near = k < len(ws) and ws[k][0] <= m.end + 1
        after = by_start.get((m.sent_idx, ws[k][0])) if near else None
        n = _head_words(ws, k, lex, p) if near and after is None else 0
        place = m.label == "LOC" or m.label == "ORG" and _strong(m.text, lex)  # `यूपी सरकार`: the gazetteer reads यूपी as ORG
        if n and (place or p.org_head_orgs and m.label == "ORG" and fold(ws[k + n - 1][2]) not in GOVERNMENT):
            m = _span(sents[m.sent_idx], m, m.start, ws[k + n - 1][1], "ORG")
        elif p.org_head_orgs and m.label == "ORG" and near and after is None and _inside_orgs(ws[k][2], lex, p) \
                and _name_ends(ws, k + 1, lex):
            m = _span(sents[m.sent_idx], m, m.start, ws[k][1], "ORG")
        elif p.org_head_orgs and m.label == "LOC" and after is not None and after.label == "ORG":
            m = _span(sents[m.sent_idx], m, m.start, after.end, "ORG")
            gone.add(id(after))
        if p.org_head_orgs and m.label == "ORG":
            j = next(j for j, w in enumerate(ws) if w[0] >= m.start)
            prev = ws[j - 1] if j > 0 and ws[j - 1][1] + 1 >= m.start else None
            if prev and (m.sent_idx, prev[0]) not in covered and lex.strong_place(fold(prev[2])):
                m = _span(sents[m.sent_idx], m, prev[0], m.end, "ORG")
        out.append(m)
    return [m for m in out if id(m) not in gone]


def english_orgs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset(), bridges: bool = False,
                 p: RefineParams = RefineParams()) -> list[Mention]:
    """An organisation's English name written in Devanagari: a head word (ENGLISH_ORG_HEADS) followed by `ऑफ` /
    `फॉर` and the words of the name (`काउंसिल ऑफ मेडिकल रिसर्च`, `स्कूल ऑफ कम्यूटिंग एंड कम्युनिकेशंस`), with the
    name-like words before the head (`इंडियन`, `कोरिया एडवांस`), is one ORG; the mentions inside it give way
    (`इंडिया` of `काउंसिल ऑफ इंडिया`). A name word is one the training data does not know or sees inside names,
    or one a mention covers; function words, punctuation and curated spans end the name. `डिस्ट्रिक्ट ऑफ कोलम्बिया`
    and the like (no head word) are left alone. Then a person's name right before an institution's head word
    names that institution (`संत थॉमस हॉस्पिटल`, `टाटा ट्रस्ट`); with `bridges` (round 15) also across one untagged
    name word the news never ends a phrase with (`_bridge_word`: `राम मनोहर` + `लोहिया अस्पताल`)."""
    tagger = ents[0].tagger if ents else "refine"
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    gone: set[int] = set()
    out: list[Mention] = []

    def mention_at(idx: int, w: Word) -> Mention | None:
        return next((m for m in by_sent.get(idx, ()) if m.start <= w[0] < m.end), None)

    def name_word(idx: int, w: Word) -> bool:
        fw = fold(w[2])
        if fw in lex.function_words or fw in TITLES or fw in ROLES or not _RX_LETTER.search(w[2]) \
                or any(a <= w[0] < b for a, b in keep):
            return False
        m = mention_at(idx, w)
        if m is not None:
            return m.label in ("ORG", "LOC")
        st = lex.words.get(fw)
        return st is None or st.n < 3 or st.n_ent >= 0.5 * st.n

    for idx, ws in words.items():
        sent = sents[idx]
        j = 0
        while j < len(ws) - 2:
            if fold(ws[j][2]) not in ENGLISH_ORG_HEADS or fold(ws[j + 1][2]) not in ENGLISH_OF:
                j += 1
                continue
            k = j + 2
            while k < len(ws) and k - j < 9 and (fold(ws[k][2]) in ENGLISH_NAME_JOINERS or name_word(idx, ws[k])):
                k += 1
            while k > j + 2 and fold(ws[k - 1][2]) in ENGLISH_NAME_JOINERS:
                k -= 1
            if k == j + 2:
                j += 1
                continue
            i = j
            while i > 0 and j - i < 3 and fold(ws[i - 1][2]) not in ENGLISH_NAME_JOINERS and len(fold(ws[i - 1][2])) >= 3 \
                    and name_word(idx, ws[i - 1]):  # `वे स्कूल ऑफ ...`: a two-letter word is a pronoun more often
                i -= 1
            s, e = ws[i][0], ws[k - 1][1]
            inside = [m for m in by_sent.get(idx, ()) if m.start < e and s < m.end]
            if all(s <= m.start and m.end <= e and (m.start, m.end) not in keep for m in inside) \
                    and not (len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e)):
                gone.update(id(m) for m in inside)
                new = Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger)
                out.append(new)
                by_sent[idx] = [m for m in by_sent.get(idx, ()) if id(m) not in gone] + [new]
            j = k
    res = [m for m in ents if id(m) not in gone] + out
    final = []
    for m in res:
        last = fold(m.text.split()[-1])
        if (m.label == "LOC" and last in INSTITUTIONS or m.label == "PER" and last in COMPANY_HEADS | POLICE
                or m.label == "LOC" and last in POLICE) and (m.start, m.end) not in keep and " " in m.text.strip() \
                and not _strong(m.text, lex):
            m = replace(m, label="ORG")  # `सफदरजंग अस्पताल` read as a place, `बालाजी टेलीफिल्म्स` as a person
        if m.label == "PER" and (m.start, m.end) not in keep or m.label == "LOC" \
                or m.label == "ORG" and (m.start, m.end) not in keep and latin_acronym(m.text.strip()):
            ws = words[m.sent_idx]
            k = next((k for k, w in enumerate(ws) if w[0] >= m.end), len(ws))
            e = _institution_end(ws, k, m.end, m.label == "ORG") if k < len(ws) and mention_at(m.sent_idx, ws[k]) is None \
                else None  # an acronym only with a modifier (`एसएन मेडिकल कॉलेज`; `एम्स अस्पताल` is `एम्स`)
            if e is None and bridges and m.label == "PER" and k + 1 < len(ws) and ws[k][0] <= m.end + 1 \
                    and mention_at(m.sent_idx, ws[k]) is None and _bridge_word(ws[k][2], lex):
                e = _institution_end(ws, k + 1, ws[k][1])  # `राम मनोहर` + `लोहिया` + `अस्पताल`
            if e is not None and all(not (n.start < e and m.end <= n.start) for n in res if n.sent_idx == m.sent_idx):
                m = _span(sents[m.sent_idx], m, m.start, e, "ORG")
        if m.label == "ORG" and fold(m.text.split()[-1]) in INSTITUTIONS and all(
                _RX_DIGIT.search(w) or _common(w, lex, p) for w in m.text.split()[:-1]):
            continue  # `कोविड-19 अस्पताल`, `आरोपित अस्पताल`: a description, no name
        final.append(m)
    return final


def _bridge_word(w: str, lex: Lexicon, min_n: int = 5, max_case: float = 0.1) -> bool:
    """Round 15: an untagged word inside a name that the model cut short (`लोहिया` of `राम मनोहर लोहिया अस्पताल`):
    Devanagari, no function word, title or role, and one the news uses at least `min_n` times but almost never before
    a case marker or punctuation (it goes on into a name: `लोहिया` 0 of 30), nor IL-NER outside names."""
    fw = fold(w)
    if not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or fw in TITLES or fw in ROLES:
        return False
    ns = lex.news.get(fw)
    st = lex.words.get(fw)
    return bool(ns and ns.n >= min_n and ns.n_case <= max_case * ns.n) and (st is None or st.n_ent >= 0.5 * st.n)


# Heads that end an organisation's English name written in Devanagari after name words only (`कार्नेगी मेलन
# यूनिवर्सिटी`, `सिनोवेशन वेंचर्स`); not `ऑफिस` or `कोर्ट` (`पोस्ट ऑफिस`, `हाई कोर्ट` take common words)
LOAN_ORG_HEADS = ENGLISH_ORG_HEADS - {fold("ऑफिस"), fold("कोर्ट")} | COMPANY_HEADS | frozenset(
    fold(w) for w in "वेंचर्स होल्डिंग्स".split())


def _loan_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word of a foreign organisation's name written in Devanagari: no function word, title, role, kind noun,
    demonym or number; the training data never saw it, has it seldom or mostly inside names, and the news text uses
    it in fewer than `kind_name_max_docs` articles (`कार्नेगी`, `मेलन`; not `कोविड`, `हेल्थ`, `कॉल` of `कॉल सेंटर`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or fw in TITLES or fw in ROLES \
            or fw in ORG_KINDS or fw in LOAN_ORG_HEADS or fw in NUMBER_WORDS or fw in DIRECTIONS or _demonym(w, lex):
        return False
    st = lex.words.get(fw)
    news = lex.news.get(fw)
    return (st is None or st.n < 3 or st.n_ent >= 0.5 * st.n) and not (news and news.n_docs >= p.kind_name_max_docs)


def loan_orgs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              p: RefineParams) -> list[Mention]:
    """An untagged run of foreign name words (`_loan_name_word`, up to four) right before an English organisation
    head (LOAN_ORG_HEADS) is one ORG with its head (`कार्नेगी मेलन यूनिवर्सिटी`, `सिनोवेशन वेंचर्स`), when the run
    starts the sentence or follows punctuation or a function word: a run cut short by a common word (`... रिसर्च
    प्रोजेक्ट्स एजेंसी`) is left alone rather than tagged in part. With `place_loan_orgs` (round 18) a place or an
    organisation tagged right before the run (one word at least) joins it (`पाकिस्तान ब्रॉडकास्टिंग कॉर्पोरेशन`, `बीएचयू
    ट्रॉमा सेंटर`); the caller then passes the curated spans too, which end a run."""
    covered = {(m.sent_idx, w) for m in ents for w in range(m.start, m.end)}
    places = {(m.sent_idx, m.end): m for m in ents if m.label in ("LOC", "ORG")} if p.place_loan_orgs else {}
    tagger = ents[0].tagger if ents else "refine"
    out: list[Mention] = []
    gone: set[int] = set()
    for idx, ws in words.items():
        sent = sents[idx]
        for k in range(1, len(ws)):
            if fold(ws[k][2]) not in LOAN_ORG_HEADS or (idx, ws[k][0]) in covered:
                continue
            i = k
            while i > 0 and k - i < 4 and (idx, ws[i - 1][0]) not in covered and _loan_name_word(ws[i - 1][2], lex, p):
                i -= 1
            place = places.get((idx, ws[i - 1][1])) if i > 0 and k > i else None
            if place is not None and place.end + 1 >= ws[i][0]:  # round 18: `पाकिस्तान` + `ब्रॉडकास्टिंग कॉर्पोरेशन`
                gone.add(id(place))
                s, e = place.start, ws[k][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG",
                                   place.tagger))
                continue
            before = fold(ws[i - 1][2]) if i > 0 else ""
            if k - i < 2 or before and _RX_LETTER.search(before) and before not in lex.function_words:
                continue
            s, e = ws[i][0], ws[k][1]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    return [m for m in ents if id(m) not in gone] + out


UNIVERSITIES = frozenset(fold(w) for w in "यूनिवर्सिटी विश्वविद्यालय".split())


def late_institutions(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      keep: frozenset[tuple[int, int]] = frozenset(), acronyms: bool = False) -> list[Mention]:
    """After the propagation: a place or person span followed by untagged institution modifiers and an institution
    head is that institution (`गोरखपुर मेडिकल कॉलेज`, `वर्धमान महावीर मेडिकल कॉलेज`, `पाकिस्तान इंटरनेशनल
    एयरलाइंस`), and a place followed by a university head is that university (`वेस्ट वर्जीनिया यूनिवर्सिटी`), by `पुलिस` its
    police (`रांची पुलिस`, as `org_heads` does for the places tagged before the propagation). Without a
    modifier other heads are left alone (`पंजाब स्कूल शिक्षा बोर्ड`, `कोलकाता अस्पताल`: a description). With `acronyms`
    (round 14), a one-word ORG in letter names right before a hospital or college head (ACRONYM_HEADS, after up to two
    modifiers) is that institution's name with its head, as the spec writes `संत थॉमस हॉस्पिटल` (`एसआरएन अस्पताल`,
    `आरएमएल हॉस्पिटल`, `एमएएम कॉलेज`, `जेएन मेडिकल कॉलेज`)."""
    starts = {(m.sent_idx, m.start) for m in ents}
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        if m.label == "LOC" or m.label == "PER" and (m.start, m.end) not in keep:  # a curated place grows too
            ws = words[m.sent_idx]
            k = _word_at(ws, m.end)
            if k < len(ws) and ws[k][0] == m.end + 1 and (m.sent_idx, ws[k][0]) not in covered:
                e = _institution_end(ws, k, m.end, modified=True)
                if e is None and m.label == "LOC" and (fold(ws[k][2]) in UNIVERSITIES or fold(ws[k][2]) in POLICE):
                    e = ws[k][1]  # `रांची पुलिस`, where the propagation tagged `रांची` (org_heads ran before it)
                if e is not None and not any((m.sent_idx, w[0]) in starts for w in ws[k:] if w[0] < e):
                    m = _span(sents[m.sent_idx], m, m.start, e, "ORG")
        elif acronyms and m.label == "ORG" and (m.start, m.end) not in keep and " " not in m.text.strip() \
                and _RX_DEVANAGARI_ZW.fullmatch(m.text.strip()) and latin_acronym(m.text.strip()):
            ws = words[m.sent_idx]
            k = _word_at(ws, m.end)
            e = _acronym_institution_end(ws, k, m.end)
            if e is not None and not any((m.sent_idx, w[0]) in covered for w in ws[k:] if w[0] < e):
                m = _span(sents[m.sent_idx], m, m.start, e, "ORG")
        out.append(m)
    return out


# Heads of hospitals' and colleges' names that an acronym names (`एसआरएन अस्पताल`, `जीडी कॉलेज`); not `बोर्ड`, `एजेंसी`,
# `सेंटर`: `पीटीआई एजेंसी` describes
ACRONYM_HEADS = frozenset(fold(w) for w in """अस्पताल हॉस्पिटल हास्पिटल चिकित्सालय कॉलेज कालेज महाविद्यालय विश्वविद्यालय
    यूनिवर्सिटी स्कूल विद्यालय इंस्टीट्यूट संस्थान""".split())


def _acronym_institution_end(ws: Sequence[Word], k: int, end: int) -> int | None:
    """Round 14: where a hospital's or college's name ends that an acronym ending at `end` starts, word k on: up to
    two modifiers (`मेडिकल`), then heads (`कॉलेज अस्पताल`); None if no head follows."""
    i = k
    while i < len(ws) and i - k < 2 and ws[i][0] <= end + 1 and fold(ws[i][2]) in INSTITUTION_MODIFIERS:
        end, i = ws[i][1], i + 1
    if i >= len(ws) or ws[i][0] > end + 1 or fold(ws[i][2]) not in ACRONYM_HEADS:
        return None
    while i < len(ws) and ws[i][0] <= end + 1 and fold(ws[i][2]) in ACRONYM_HEADS:
        end, i = ws[i][1], i + 1
    return end


def _descriptive(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that describes a kind rather than naming one: a demonym (`पाकिस्तानी`), an adjective the news text
    writes before nouns (`आतंकवादी`, `समाचार`, `मेडिकल`) or a common word of the training data; never a place, a
    given name, an acronym, a word the training data sees mostly inside names (`समाजवादी` of `समाजवादी पार्टी`) or, but
    for demonyms, one it never saw."""
    fw = fold(w)
    st = lex.words.get(fw)
    if place_of(w, lex) or fw in lex.given_names or latin_acronym(w) or _is_latin(w) or (fw,) in lex.orgs \
            or st is not None and st.n >= 3 and st.n_ent >= p.name_min_ratio * st.n:
        return False
    if st is None:  # a word the training data never saw (`पीपल्स पार्टी`, a Latin name in Devanagari): a demonym, or
        news = lex.news.get(fw)  # an English loan that many news articles use (`सर्विलांस टीम`, `ब्लड बैंक`)
        return _demonym(w, lex) or bool(news and news.n_docs >= p.kind_name_max_docs)
    return _demonym(w, lex) or _modifier_word(w, lex, p.modifier_max_case) or _common(w, lex, p)


def _kind_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    memo = _memo("_kind_name_word", lex, p)  # once per word form (`_kind_name_word_uncached`)
    if w not in memo:
        memo[w] = _kind_name_word_uncached(w, lex, p)
    return memo[w]


def _kind_name_word_uncached(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word of an untagged organisation's name next to its kind noun: a capitalised Latin word (`Bitdefender`), or a
    name-like Devanagari word (`_name_like`) that the news text does not use in many articles (`एजेंसी फीड`: a common
    word the model never tags), no role and no kind noun."""
    fw = fold(w)
    if _is_latin(w):
        return w[0].isupper()
    st = lex.news.get(fw)
    return _name_like(w, lex, p) and not (st and st.n_docs >= p.kind_name_max_docs) and fw not in ROLES \
        and fw not in ORG_KINDS and fw not in COMPANY_HEADS and not any(part in lex.function_words for part in fw.split("-"))


def org_kinds(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Kinds of organisation (ORG_KINDS) and their names. An ORG span of descriptive words (`_descriptive`) and a
    kind noun is a description, no name (`समाचार एजेंसी`, `चरमपंथी संगठन`, `पाकिस्तानी मीडिया`, `मेडिकल टीम`). The name
    right after a kind noun that is no part of a name (`समाचार एजेंसी एएनआई`, `संस्था पेटा`, `अखबार डेली मेल`) is an
    organisation: a person or a non-KB place there is relabelled, untagged name-like words up to a function word
    or punctuation are tagged; so are the name-like words right before a media kind (`गार्जियन अखबार`)."""
    out = []
    by_start = {(m.sent_idx, m.start): m for m in ents}
    gone: set[int] = set()
    for m in ents:
        ws = m.text.split()
        if m.label == "ORG" and (m.start, m.end) not in keep and 2 <= len(ws) <= 3 and fold(ws[-1]) in ORG_KINDS \
                and all(_descriptive(w, lex, p) for w in ws[:-1]) or fold(ws[-1]) in ZONES and len(ws) > 1 \
                and not _strong(" ".join(ws[:-1]), lex) and (m.start, m.end) not in keep \
                or fold(m.text.strip()) in FILM_INDUSTRIES \
                and (m.start, m.end) not in keep or id(m) in gone:
            continue
        nxt = by_start.get((m.sent_idx, m.end + 1))
        if m.label == "ORG" and (m.start, m.end) not in keep and len(ws) == 1 and len(latin_acronym(ws[0]) or "") == 2 \
                and nxt is not None and nxt.label == "PER" and sents[m.sent_idx].text[m.end - sents[m.sent_idx].start] == " ":
            m = _span(sents[m.sent_idx], nxt, m.start, nxt.end)  # initials: `एनडी तिवारी`, not the acronym `एनडी`
            gone.add(id(nxt))
        elif m.label == "ORG" and (m.start, m.end) not in keep and len(ws) == 1 and len(latin_acronym(ws[0]) or "") == 2 \
                and nxt is None:  # initials before an untagged surname of the training data (`डीपी शर्मा`, `आरके पांडे`)
            sw = words[m.sent_idx]
            k = next((k for k, w in enumerate(sw) if w[0] == m.end + 1), None)
            if k is not None and sents[m.sent_idx].text[m.end - sents[m.sent_idx].start] == " " \
                    and _surname_word(fold(sw[k][2]), lex):
                m = _span(sents[m.sent_idx], m, m.start, sw[k][1], "PER")
        out.append(m)
    out = [m for m in out if id(m) not in gone]
    tagger = ents[0].tagger if ents else "refine"
    at: dict[int, list[int]] = defaultdict(list)  # sentence -> the places in `out` of its mentions (a look over all
    for x, m in enumerate(out):  # of `out` per sentence grew as the square of a long text)
        at[m.sent_idx].append(x)

    def add(m: Mention) -> None:
        at[m.sent_idx].append(len(out))
        out.append(m)

    for idx, ws in words.items():
        if not any(fold(w[2]) in _ORG_KIND_WORDS for w in ws):
            continue  # no kind word, media word or company head: neither pass below acts on the sentence
        inside = {i for x in at[idx] for i in range(out[x].start, out[x].end)}
        starts = {out[x].start: x for x in at[idx]}
        sent = sents[idx]
        for j, w in enumerate(ws):
            fw = fold(w[2])
            if w[0] in inside or not (fw in APPOSITIVE_KINDS or fw == fold("पत्र") and j and fold(ws[j - 1][2]) == fold("समाचार")):
                continue
            k = j + 1
            if k < len(ws) and ws[k][2] in ("'", '"', "‘", "“") and k + 1 < len(ws):
                k += 1  # `समाचार एजेंसी 'शिन्हुआ'`
            if k >= len(ws) or ws[k][0] > ws[k - 1][1] + 1:
                continue
            x = starts.get(ws[k][0])
            if x is not None:
                m = out[x]
                if m.label in ("PER", "LOC") and (m.start, m.end) not in keep and not _strong(m.text, lex):
                    out[x] = replace(m, label="ORG")
                continue
            e = k
            while fw not in MEDIA_KINDS and e < len(ws) and e - k < 3 and ws[e][0] not in inside \
                    and _kind_name_word(ws[e][2], lex, p):
                e += 1  # `अखबार पढ़ने`, `पत्रिका में`: after a media kind untagged words are too often a verb
            if e > k and _name_ends(ws, e, lex) and not _common(ws[e - 1][2], lex, p):
                s_, e_ = ws[k][0], ws[e - 1][1]
                add(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "ORG", tagger))
                inside.update(range(s_, e_))
        ends = {out[x].end: x for x in at[idx]}
        for j, w in enumerate(ws):
            if fold(w[2]) not in _MEDIA_OR_COMPANY or w[0] in inside or not j:
                continue
            x = ends.get(ws[j - 1][1])
            m = out[x] if x is not None else None
            if fold(w[2]) in COMPANY_HEADS and m is not None:
                if ws[j - 1][1] + 1 >= w[0]:  # `भारत पेट्रोलियम`, `NT न्यूज़`: the name before the head names the company
                    out[x] = _span(sent, m, m.start, w[1], "ORG")
                    inside.update(range(m.start, w[1]))
                continue
            if m is not None:
                if m.label in ("PER", "LOC") and (m.start, m.end) not in keep and not _strong(m.text, lex) \
                        and fold(m.text.split()[0]) not in lex.given_names:  # `प्रदीप मैगज़ीन` is a journalist
                    out[x] = replace(m, label="ORG")
                continue
            b = j
            while b > 0 and j - b < 3 and ws[b - 1][0] not in inside and _kind_name_word(ws[b - 1][2], lex, p) \
                    and not _descriptive(ws[b - 1][2], lex, p) and fold(ws[b - 1][2]) not in lex.given_names \
                    and not _modifier_word(ws[b - 1][2], lex, p.modifier_max_case):  # `गुड न्यूज`, `फेक न्यूज`
                b -= 1
            if b < j and (b == 0 or _name_ends(ws, b - 1, lex) or fold(w[2]) in COMPANY_HEADS):
                if fold(w[2]) in COMPANY_HEADS:  # `यशराज प्रोडक्शन`: the head is part of the name
                    s_, e_ = ws[b][0], w[1]
                    add(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "ORG", tagger))
                    inside.update(range(s_, e_))
                    continue
                s_, e_ = ws[b][0], ws[j - 1][1]
                add(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "ORG", tagger))
                inside.update(range(s_, e_))
    return out


# A nation's legislature and armed forces (`भारतीय संसद`, `अमेरिकी नौसेना`, `पाकिस्तानी सेना`): after a national adjective
# they are that nation's body, an organisation (the gold: `भारतीय सेना`, `भारतीय संसद`); generic Hindi and English loans
NATIONAL_BODIES = frozenset(fold(w) for w in "संसद सेना नौसेना वायुसेना थलसेना नेवी आर्मी एयरफोर्स".split())
AIR = frozenset(fold(w) for w in "वायु".split())  # `वायु सेना`: the air force in two words
# National adjectives that no KB place + suffix gives (`_demonym` reads `पाकिस्तानी`, `चीनी`, `रूसी`)
NATIONAL_ADJECTIVES = frozenset(fold(w) for w in """भारतीय अमेरिकी अमरीकी ब्रिटिश ब्रितानी फ्रांसीसी अफगान अफ़ग़ान अफगानी
    जर्मन इतालवी स्पेनिश यूनानी डच स्विस""".split())  # `ब्रितानी`: review of round 45 (`ब्रितानी संसद`, a national body)


def national_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    lex: Lexicon, p: RefineParams) -> list[Mention]:
    """A national adjective and an untagged national body (NATIONAL_BODIES) are one organisation (`भारतीय संसद`,
    `भारतीय वायु सेना`); also where the model tagged the body's word alone."""
    out = list(ents)
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    for idx, ws in words.items():
        spans = by_sent.get(idx, [])
        for j in range(1, len(ws)):
            fw = fold(ws[j][2])
            e = j
            if fw in AIR and j + 1 < len(ws) and fold(ws[j + 1][2]) == fold("सेना"):
                e = j + 1
            elif fw not in NATIONAL_BODIES:
                continue
            adj = fold(ws[j - 1][2])
            if not (adj in NATIONAL_ADJECTIVES or _demonym(ws[j - 1][2], lex)) or ws[j][0] > ws[j - 1][1] + 1:
                continue
            s, end = ws[j - 1][0], ws[e][1]
            inside = [m for m in spans if m.start < end and m.end > s]
            if any(not (m.start >= ws[j][0] and m.end <= end) for m in inside):
                continue  # the adjective is part of another span, or a span runs out of the body's words
            sent = sents[idx]
            for m in inside:
                out.remove(m)
            new = Mention(sent.doc_id, idx, s, end, sent.text[s - sent.start : end - sent.start], "ORG",
                          inside[0].tagger if inside else (ents[0].tagger if ents else "refine"))
            out.append(new)
            spans = [m for m in spans if m not in inside] + [new]
    return national_departments(words, sents, out, lex) if p.national_departments else out


# The armed services by their own names: each names one organisation even without a nation (`वायुसेना दो फ्लाई पास्ट
# करेगी`); not `सेना`/`आर्मी` ("army", "troops") nor `संसद`
SERVICES = frozenset(fold(w) for w in "वायुसेना नौसेना थलसेना एयरफोर्स".split())
# Words after a service's name that make it part of another name (`कलाईकुंडा वायुसेना स्टेशन`, `एयरफोर्स हॉस्पिटल`,
# `एयरफ़ोर्स वन`, the president's plane)
FACILITY_WORDS = frozenset(fold(w) for w in "स्टेशन बेस अड्डा अड्डे एयरबेस हॉस्पिटल अस्पताल कैंप स्कूल वन".split())


def armed_services(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   p: RefineParams) -> list[Mention]:
    """Round 14: an untagged armed service (SERVICES, `वायु सेना` in two words) is an organisation alone too
    (`महुलडांगरी गांव में वायुसेना का एक ट्रेनर हॉक जेट`, `वायु सेना की ओर से सहायता`), as `national_bodies` tags it after
    a national adjective; not before a facility word (`वायुसेना स्टेशन`) nor after a describing word (`अत्याधुनिक
    वायुसेना`: a kind of air force)."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j, w in enumerate(ws):
            e = j
            if fold(w[2]) in AIR and j + 1 < len(ws) and fold(ws[j + 1][2]) == fold("सेना"):
                e = j + 1
            elif fold(w[2]) not in SERVICES:
                continue
            if any((idx, ws[k][0]) in covered for k in range(j, e + 1)):
                continue
            if e + 1 < len(ws) and fold(ws[e + 1][2]) in FACILITY_WORDS:
                continue
            if j > 0 and ws[j - 1][1] + 1 >= w[0] and fold(ws[j - 1][2]) not in lex.function_words \
                    and _descriptive(ws[j - 1][2], lex, p):
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], ws[e][1], sent.text[w[0] - sent.start : ws[e][1] - sent.start],
                               "ORG", tagger))
    return out


GOVERNMENT_HEADS = frozenset(fold(w) for w in "विभाग मंत्रालय परिषद आयोग".split())


def national_departments(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                         lex: Lexicon) -> list[Mention]:
    """Round 13: a national adjective right before a tagged government body (an ORG ending in GOVERNMENT_HEADS) is
    part of its name, as the spec writes `रूसी विदेश मंत्रालय`, `अमेरिकी स्वास्थ्य एवं मानव सेवाएं विभाग`: `भारतीय मौसम
    विभाग`, `अमेरिकी न्याय विभाग`."""
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        ws = m.text.split()
        if m.label == "ORG" and len(ws) >= 2 and fold(ws[-1]) in GOVERNMENT_HEADS:
            sw = words[m.sent_idx]
            k = next((i for i, w in enumerate(sw) if w[0] == m.start), None)
            if k and sw[k - 1][1] + 1 >= m.start and (m.sent_idx, sw[k - 1][0]) not in covered \
                    and (fold(sw[k - 1][2]) in NATIONAL_ADJECTIVES or _demonym(sw[k - 1][2], lex)):
                out.append(_span(sents[m.sent_idx], m, sw[k - 1][0], m.end))
                continue
        out.append(m)
    return out


def _institution_end(ws: Sequence[Word], k: int, end: int, modified: bool = False) -> int | None:
    """Where an institution's name ends that a person's or a place's name starting before word k names: up to two
    modifiers (`मेडिकल`, `इंटर`), then institution heads (`कॉलेज`, `कॉलेज अस्पताल`); None if no head follows."""
    i = k
    while i < len(ws) and i - k < 2 and fold(ws[i][2]) in INSTITUTION_MODIFIERS and ws[i][0] <= end + 1:
        end = ws[i][1]
        i += 1
    if i >= len(ws) or ws[i][0] > end + 1 or fold(ws[i][2]) not in INSTITUTIONS or modified and i == k:
        return None
    while i < len(ws) and ws[i][0] <= end + 1 and fold(ws[i][2]) in INSTITUTIONS:
        end = ws[i][1]
        i += 1
    return end


def _head_words(ws: Sequence[Word], k: int, lex: Lexicon, p: RefineParams) -> int:
    """How many words from k on end an organisation's name: 1 (`सरकार`), 2 (`हाई कोर्ट`: a word mostly inside
    organisation names, then one that ends them), or 0."""
    if _ends_orgs(ws[k][2], lex, p) or fold(ws[k][2]) in BODY_HEADS:
        return 1
    if k + 1 < len(ws) and ws[k + 1][0] <= ws[k][1] + 1 and (_inside_orgs(ws[k][2], lex, p) or _org_word(ws[k][2], lex)) \
            and (_ends_orgs(ws[k + 1][2], lex, p) and (fold(ws[k + 1][2]),) not in lex.orgs or fold(ws[k + 1][2]) in BODY_HEADS):
        return 2  # `पाकिस्तान क्रिकेट बोर्ड`; not `यूपीए व कांग्रेस`, two organisations
    return 0


def india_orgs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Hindi news names the country `भारत`; `इंडिया`, the English name, after other words ends the name of an
    organisation (`नेस्ले इंडिया`, `हॉकी इंडिया`, `टीम इंडिया`, `एअर इंडिया`, `हुंडई मोटर इंडिया`): a LOC `इंडिया` right
    after an organisation, a person or up to three untagged name words (not function words, titles, demonyms or
    list separators) is one ORG with them."""
    by_end = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    gone: set[int] = set()
    out = []
    for m in ents:
        if m.label != "LOC" or fold(m.text.strip()) not in INDIA_EN or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        k = next(k for k, w in enumerate(ws) if w[0] >= m.start)
        start = m.start
        before = by_end.get((m.sent_idx, m.start - 1))
        if before is not None and before.label in ("ORG", "PER") and (before.start, before.end) not in keep:
            start = before.start  # `मारुति सुजुकी इंडिया`
            gone.add(id(before))
        else:
            i = k
            while i > 0 and k - i < 3 and ws[i - 1][1] + 1 == ws[i][0] and (m.sent_idx, ws[i - 1][0]) not in covered \
                    and _india_org_word(ws[i - 1][2], lex, p):
                i -= 1
            start = ws[i][0]
        out.append(_span(sents[m.sent_idx], m, start, m.end, "ORG") if start < m.start else m)
    return [m for m in out if id(m) not in gone]


def _india_org_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    fw = fold(w)
    if fw in ORG_KINDS:
        return True  # `टीम इंडिया`
    return bool(_RX_DEVANAGARI.fullmatch(w)) and fw not in lex.function_words and fw not in TITLES \
        and fw not in LIST_SEPARATORS and fw not in INDIA_EN and not _demonym(w, lex) and not lex.strong_place(fw) \
        and not _common(w, lex, p) and fw not in ROLES  # `हॉकी`, `नेस्ले`, `हुंडई मोटर`; not `सूची`, `असर`, `मुताबिक`


def _org_word(w: str, lex: Lexicon) -> bool:
    """A word between a place and an organisation's head (`पाकिस्तान क्रिकेट बोर्ड`, `मुंबई क्राइम ब्रांच`): Devanagari, no
    function word, place or given name, and in the training data only inside organisation names when inside any
    (or never seen there)."""
    fw = fold(w)
    if fw in lex.function_words or fw in LIST_SEPARATORS or fw in lex.given_names or fw in DESIGNATORS or place_of(w, lex) \
            or not _RX_DEVANAGARI.fullmatch(w):
        return False
    st = lex.words.get(fw)
    return st is None or st.n_ent > 0 and st.n_org >= 0.8 * st.n_ent


def _ends_orgs(word: str, lex: Lexicon, p: RefineParams) -> bool:
    st = _stats(word, lex)
    return bool(st and st.n >= p.edge_min_count and st.n_end >= p.org_head_min_end * st.n
                and st.n_org >= p.org_head_min_org * st.n_ent)


def _non_person_head(word: str, lex: Lexicon, p: RefineParams) -> str:
    """ORG or LOC for a word that ends names in the training data and is (almost) never in a person's name
    (`अस्पताल`, `स्कूल`, `विभाग`: ORG; `नगर`, `कालोनी`, `मंदिर`: LOC); "" for any other word."""
    st = _stats(word, lex)
    if not st or st.n_ent < p.head_min_count or st.n_per >= p.head_max_per * st.n_ent \
            or st.n_end < p.head_min_end * st.n_ent:
        return ""
    return "ORG" if st.n_org >= st.n_loc else "LOC"


def _in_person_names(word: str, lex: Lexicon) -> bool:
    """A word the training data sees in person names at all (`टाटा` of `रतन टाटा`, `सरकार` of `जयंत सरकार` is rarer)."""
    st = _stats(word, lex)
    return bool(st and st.n_per >= 0.05 * st.n_ent)


def _inside_orgs(word: str, lex: Lexicon, p: RefineParams) -> bool:
    st = _stats(word, lex)
    return bool(st and st.n >= p.edge_min_count and st.n_org >= 0.5 * st.n)


def _name_ends(ws: Sequence[Word], k: int, lex: Lexicon) -> bool:
    """No name goes on at word k: the sentence ends, or k is punctuation or a function word (`ने`, `की`)."""
    return k >= len(ws) or not _RX_LETTER.search(ws[k][2]) or fold(ws[k][2]) in lex.function_words


def drop_common(ents: list[Mention], lex: Lexicon, p: RefineParams) -> list[Mention]:
    """Drop spans that end in a plural oblique (`जाँच एजेंसियों`); one-word names that are common words in the training data (`रहम`, `केंद्रीय`), head nouns
    that end names but almost never start one (`नगर`, `रोड`, `चौक`, `मंत्रालय`; a surname ends PER names
    and stays), titles and rank acronyms (`सीएम`, `डीआईजी`), and one-word names with digits in them
    (`कोविड-19` is a disease)."""
    ents = [m for m in ents if not _PLURAL_OBLIQUE.search(m.text.strip())
            and not all(part in NUMBER_WORDS for part in _RX_SPACE_HYPHEN.split(fold(m.text.strip())))
            and not all(fold(w) in DIRECTIONS for w in m.text.split())  # `उत्तरी पूर्वी` is no place
            and not all(fold(w) in DISASTERS for w in m.text.split())  # `हिमस्खलन`, `शीतलहर`
            and not all(fold(w) in WEEKDAYS for w in m.text.split())  # `वीरवार`
            and not _common_pair(m.text.strip(), lex, p)  # `स्कूल-कॉलेज`, `देश-दुनिया`
            and not (len(m.text.split()) <= 2 and any(fold(w) in COMMON_LOANS for w in m.text.split()))
            and fold(m.text.strip()) not in COMMON_WORDS
            and not _directed_demonym(m.text.split(), lex)]  # `उत्तर कोरियाई`: an adjective, no place
    ents = [m for m in ents if fold(m.text.strip()) not in PLACE_KINDS  # `मस्जिद`, `एरिया`, `स्टोर` alone
            and not (len(m.text.split()) > 1 and all(fold(w) in TRANSPORT_WORDS for w in m.text.split()))
            and not (m.label == "LOC" and " " not in m.text.strip() and _news_word(m.text.strip(), lex, p))]
    return [m for m in ents if " " in m.text.strip() or place_of(m.text, lex) or not (
        _common(m.text, lex, p) or _head_noun(m.text, m.label, lex, p) or _modifier(m.text, lex, p) or fold(m.text) in TITLES
        or fold(m.text) in ROLES or fold(m.text) in RANK_ACRONYMS or _RX_DIGIT.search(m.text)
        or (latin_acronym(m.text.strip()) or "").upper() in LATIN_NOT_NAMES  # `आईसीयू` = ICU, `पीपीई` = PPE
        or (m.label == "LOC" and _demonym(m.text.strip(), lex)))]


def _directed_demonym(ws: Sequence[str], lex: Lexicon) -> bool:
    """Directions and a demonym (`उत्तर कोरियाई लोग`, `पश्चिमी एशियाई देश`): an adjective, which the spec leaves out."""
    return len(ws) >= 2 and all(fold(w) in DIRECTIONS for w in ws[:-1]) and _demonym(ws[-1], lex)


def _common_pair(text: str, lex: Lexicon, p: RefineParams) -> bool:
    """A hyphenated pair of common words (`स्कूल-कॉलेज`, `देश-दुनिया`, `युवक-युवती`, `अप्रैल-मई`): each part a function
    word, a number, a direction, a word the training data sees mostly outside names, or one of the news' own words
    (`_news_word`); no KB place (`जम्मू-कश्मीर`)."""
    if " " in text or "-" not in text or place_of(text, lex):
        return False
    parts = [part for part in text.split("-") if part]
    if any(fold(part) in IZAFAT for part in parts):
        return False  # `जमात-ए-इस्लामी`, `तहरीक-ए-इंसाफ`: an Urdu name
    return len(parts) >= 2 and all(_common_part(part, lex, p) for part in parts)


def _common_part(part: str, lex: Lexicon, p: RefineParams) -> bool:
    """A part of a hyphenated pair that is a common word: a function word, a number, a direction, a word the training
    data sees mostly outside names, or one of the news' own words (`_news_word`)."""
    fw = fold(part)
    st = lex.words.get(fw)
    return fw in lex.function_words or fw in NUMBER_WORDS or fw in DIRECTIONS or _news_word(part, lex, p) \
        or bool(st and st.n >= p.edge_min_count and st.n_ent < p.name_min_ratio * st.n)


def _person_part(part: str, lex: Lexicon) -> bool:
    """A part of `A-B` before a route word that names a person rather than a route's end (`शिव-पार्वती सड़क पर`,
    `मोदी-शाह`): a given name of the lexicon or a word the training data tags mostly as (part of) a person's name, and
    no KB place (`त्रिपुरा` is a given name too)."""
    fw = fold(part)
    st = lex.words.get(fw)
    return (fw in lex.given_names or bool(st and st.n_ent and 2 * st.n_per > st.n_ent)) and not place_of(part, lex)


def _place_part(part: str, lex: Lexicon) -> bool:
    """A KB place or a word the training data tags mostly as a place (`खगड़िया`)."""
    st = lex.words.get(fold(part))
    return bool(place_of(part, lex)) or bool(st and st.n_ent and 2 * st.n_loc > st.n_ent)


def _place_pair(text: str, lex: Lexicon, route: bool = False, p: RefineParams | None = None) -> int | None:
    """Where `A-B` splits into two places (the offset of the hyphen), or None: no KB place itself, A and B KB places of
    kind country, state, city, town or an alias place, not both towns (`लखीमपुर-खीरी` is one district), and each a
    strong KB place or one of them a country (`भारत-पाक`, `भारत-पाकिस्तान`, `दिल्ली-पटना`, `वाराणसी-गाजीपुर`).
    `route` (round 16: a road, line, border or route word follows, `वाराणसी-गाजीपुर मार्ग`, `डोडा-ठाठरी सड़क`): the
    word names its two ends, so A and B need only be Devanagari names, each a KB place or no common word
    (`_common_part`: not `इंडो-तिब्बतन बॉर्डर`, `आवागमन-यातायात`), and no person's name (`_person_part`) unless the
    other end is a place (`_place_part`: `मानसी-खगड़िया रेलखंड`; not `शिव-पार्वती सड़क पर`). Never a pair
    whose hyphenated, space-joined, plain or `और`-joined form is a KB or alias place (`जम्मू-कश्मीर`)."""
    parts = text.split("-")
    if " " in text or len(parts) != 2 or not all(parts) or any(
            place_of(form, lex) for form in (text, " ".join(parts), "".join(parts), f"{parts[0]} और {parts[1]}")):
        return None  # `जम्मू-कश्मीर`: the KB's `जम्मू और कश्मीर`
    if route and p is not None:
        if all(_RX_DEVANAGARI.fullmatch(part) and len(part) >= 2 and (place_of(part, lex) or not _common_part(
                part, lex, p)) for part in parts) and not any(fold(part) in IZAFAT for part in parts) \
                and not any(_person_part(a, lex) and not _place_part(b, lex) for a, b in (parts, parts[::-1])):
            return len(parts[0])
        return None
    places = [place_of(part, lex) for part in parts]
    kinds = [getattr(pl, "kind", None) for pl in places]
    if not all(k in PAIR_KINDS for k in kinds) or kinds == ["town", "town"]:
        return None
    if "country" not in kinds and not all(lex.strong_place(fold(part)) for part in parts):
        return None
    return len(parts[0])


def _spaced_place_pair(text: str, lex: Lexicon) -> int | None:
    """Round 22: where `A B-C` splits into the two-word place `A B` and the place C (`नई दिल्ली-डिब्रूगढ़`, `नई
    दिल्ली-मुंबई` of a train list): both strong KB places of PAIR_KINDS, not two towns, and the whole no place itself."""
    if text.count("-") != 1 or text.count(" ") != 1 or text.index(" ") > text.index("-") or place_of(text, lex):
        return None
    a, b = text.split("-")
    places = [place_of(a, lex), place_of(b, lex)]
    kinds = [getattr(pl, "kind", None) for pl in places]
    if not all(k in PAIR_KINDS for k in kinds) or kinds == ["town", "town"] \
            or not all(lex.strong_place(" ".join(fold(w) for w in part.split())) for part in (a, b)):
        return None
    return len(a)


def _route_after(ws: Sequence[Word], k: int) -> str | None:
    """`route` or `train` when the word after word k names a route or a train (ROUTE_WORDS, ROUTE_TRAINS), else None."""
    nxt = fold(ws[k + 1][2]) if k + 1 < len(ws) else ""
    return "route" if nxt in ROUTE_WORDS else "train" if nxt in ROUTE_TRAINS else None


def split_place_pairs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      lex: Lexicon, p: RefineParams | None = None) -> list[Mention]:
    """Two places joined by a hyphen (`भारत-पाक तनाव`, `दिल्ली-पटना ट्रेन`, `भारत-भूटान सीमा`) are two places (`_place_pair`):
    a one-word LOC or PER span of them is split, an untagged one is tagged. Twin cities and districts the KB does not
    know as two strong places (`पिंपरी-चिंचवड`, `लखीमपुर-खीरी`) and a region with its capital (`दिल्ली-एनसीआर`) stay."""
    out = []
    covered = _chars_covered(ents)
    tagger = ents[0].tagger if ents else "refine"
    routes = p is not None and p.route_pairs
    spaced = p is not None and p.spaced_pairs
    for m in ents:
        cut = _place_pair(m.text, lex) if m.label in ("LOC", "PER") else None
        if cut is None and spaced and m.label in ("LOC", "PER"):
            cut = _spaced_place_pair(m.text, lex)  # `नई दिल्ली-डिब्रूगढ़`
        if cut is None and routes and m.label == "LOC" and "-" in m.text:
            ws = words[m.sent_idx]
            k = _word_at(ws, m.start)
            if k < len(ws) and ws[k][0] == m.start and ws[k][1] == m.end and _route_after(ws, k):
                cut = _place_pair(m.text, lex, True, p)  # `वाराणसी-गाजीपुर` of `वाराणसी-गाजीपुर मार्ग`, one LOC
        if cut is None:
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        out += [_span(sent, m, m.start, m.start + cut, "LOC"), _span(sent, m, m.start + cut + 1, m.end, "LOC")]
    for idx, ws in words.items():
        sent = sents[idx]
        for k, (s, e, w) in enumerate(ws):
            if (idx, s) in covered or "-" not in w:
                continue
            cut = _place_pair(w, lex)
            if cut is None and routes and _route_after(ws, k) == "route":
                cut = _place_pair(w, lex, True, p)  # `अटारी-वाघा बॉर्डर`, `नजीबाबाद-गजरौला ट्रेनें`
            if cut is not None:
                out += [Mention(sent.doc_id, idx, s, s + cut, w[:cut], "LOC", tagger),
                        Mention(sent.doc_id, idx, s + cut + 1, e, w[cut + 1 :], "LOC", tagger)]
    return out


def storm_names(words: dict[int, list[Word]], lex: Lexicon, given: bool = False,
                firsts: frozenset[str] = frozenset()) -> frozenset[str]:
    """Folded words that name a storm in this document: the word right after a storm noun (STORMS; an opening
    quote may come between: `तूफान ‘गाजा’`; not after a demonstrative or an article: `यह तूफ़ान पारादीप से`) or right
    before one (`फानी तूफान`). A KB place there is where the storm
    struck (`तूफान मैक्सिको की ओर`), a function word or a number no name (`तूफान से`, `तूफान 15`).
    `given` (round 22): storms are named with given names, so one right after a storm noun is taken too however often
    IL-NER saw it (`तूफान माइकल`, `तूफान कैटरीना`), a bracketed gloss may come between (`हरिकेन (तूफान) माइकल`), and the
    name coordinated with a storm's name is another (`तूफान कैटरीना और रीटा`); not after a figurative storm's word
    (STORM_FIGURATIVE: `सियासी तूफान राहुल गांधी के इस्तीफे के बाद`), nor a first name of the document's persons
    (`firsts`, `_storm_given`)."""
    out: set[str] = set()
    for ws in words.values():
        fws = [fw for fw in (fold(w[2].strip(_QUOTES)) for w in ws) if fw]  # quote marks are no words here
        for j, fw in enumerate(fws):
            if fw not in STORMS:
                continue
            pointed = j > 0 and fws[j - 1] in POINTERS  # `यह तूफ़ान पारादीप से 310 किलोमीटर दूर`: the place it nears
            for k in ((j - 1,) if pointed else (j - 1, j + 1)):
                if 0 <= k < len(fws) and fws[k] not in STORMS and fws[k] not in DISASTERS \
                        and _RX_LETTER.search(fws[k]) and fws[k] not in lex.function_words and not _strong(fws[k], lex) \
                        and fws[k] not in lex.places and _stats(fws[k], lex) is None:
                    out.add(fws[k])
            if given and not pointed and not (j > 0 and fws[j - 1] in STORM_FIGURATIVE):
                out.update(_storm_given(fws, j + 1, lex, firsts))
    return frozenset(out)


# Review of round 22: words before a storm noun that make it a figurative storm, a row or an uproar (`सियासी तूफान`,
# `बयान से उठा तूफान`): the name after it is a person's. Generic, not from an article
STORM_FIGURATIVE = frozenset(fold(w) for w in "सियासी राजनीतिक राजनैतिक उठा उठे उठी".split())


def _person_word(fw: str, lex: Lexicon) -> bool:
    """A word IL-NER sees mostly inside persons' names (`गांधी`, `पटनायक`), or a given name."""
    st = lex.words.get(fw)
    return fw in lex.given_names or fw in FOREIGN_GIVEN or bool(st and st.n >= 3 and 2 * st.n_per > st.n)


def _storm_given(fws: Sequence[str], k: int, lex: Lexicon, firsts: frozenset[str] = frozenset()) -> list[str]:
    """Round 22: the given name, or word IL-NER never saw, at fws[k] (after a storm noun; a bracketed gloss skipped:
    `हरिकेन (तूफान) माइकल`) and those right after it and a conjunction (`कैटरीना और रीटा`); no KB place, no function
    word. Review: not a word followed by a person's name word (`_person_word`: `राहुल गांधी`, `नवीन पटनायक`) nor the
    first word of a full name the document tags PER (`firsts`)."""
    if k < len(fws) and fws[k] == "(":
        k = next((i + 1 for i in range(k + 1, min(k + 4, len(fws))) if fws[i] == ")"), len(fws))
    out = []
    while k < len(fws) and (fws[k] in lex.given_names or fws[k] in FOREIGN_GIVEN or _stats(fws[k], lex) is None) \
            and _RX_LETTER.search(fws[k]) and fws[k] not in STORMS and fws[k] not in DISASTERS \
            and fws[k] not in lex.function_words and fws[k] not in lex.places and not place_of(fws[k], lex) \
            and fws[k] not in firsts and not (k + 1 < len(fws) and _person_word(fws[k + 1], lex)):
        out.append(fws[k])
        if k + 2 < len(fws) and fws[k + 1] in ("और", "व", "तथा", ","):
            k += 2
        else:
            break
    return out


def drop_storms(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, given: bool = False) -> list[Mention]:
    """One-word mentions of a storm's name (`storm_names`): `कैटरीना` read as a place or a person, `माइकल`.
    `given` (round 22): also a span that opens with a storm noun (`हरिकेन माइकल`, `हरिकेन` alone): the kind and the
    storm's name, no entity."""
    firsts = frozenset(fold(m.text.split()[0]) for m in ents if m.label == "PER" and len(m.text.split()) >= 2) \
        if given else frozenset()
    names = storm_names(words, lex, given, firsts)
    return [m for m in ents if not _storm_span(m, names, given)]


def _storm_span(m: Mention, names: frozenset[str], given: bool) -> bool:
    """The mention is a storm's name alone (`names`: `कैटरीना`), or (`given`, round 22) a PER or LOC span that opens
    with a storm noun and holds nothing but storm nouns and storms' names (`हरिकेन माइकल`, `हरिकेन`)."""
    if names and " " not in m.text.strip() and fold(m.text.strip(_QUOTES + " ")) in names:
        return True
    if not given or m.label not in ("PER", "LOC") or fold(m.text.split()[0].strip(_QUOTES)) not in STORMS:
        return False
    return all(fold(w.strip(_QUOTES)) in names or fold(w.strip(_QUOTES)) in STORMS for w in m.text.split())


def _adjective_reading(fws: Sequence[str], i: int) -> bool:
    """The folded word fws[i] is an adjective here (ADJECTIVE_READINGS: `पाक महीना`, `सऊदी रियाल`), no place."""
    return i + 1 < len(fws) and fws[i + 1] in ADJECTIVE_READINGS.get(fws[i], ())


def drop_adjectives(words: dict[int, list[Word]], ents: list[Mention]) -> list[Mention]:
    """One-word mentions of a country's short name in its adjective reading (`_adjective_reading`) go."""
    out = []
    for m in ents:
        ws = words.get(m.sent_idx, [])
        k = next((k for k, w in enumerate(ws) if w[0] == m.start and w[1] == m.end), None)
        if k is not None and _adjective_reading([fold(w[2]) for w in ws[k : k + 2]], 0):
            continue
        out.append(m)
    return out


def drop_generic(ents: list[Mention]) -> list[Mention]:
    """`केंद्र सरकार`, `राज्य सरकार`, `जिला प्रशासन`: a government or an administration named by a generic owner (the
    centre, the state, the district) rather than by a place is a description, no name (the gold leaves it out)."""
    return [m for m in ents if not (m.label == "ORG" and len(ws := fold(m.text).split()) == 2
                                    and ws[0] in GENERIC_OWNERS and ws[1] in GOVERNMENT | ADMINISTRATION)]


def drop_indefinite(words: dict[int, list[Word]], ents: list[Mention]) -> list[Mention]:
    """A word that the document writes after an indefinite determiner somewhere (`एक शार्क`, `किसी किशोर`) is a
    common noun in this document: a PER span that ends in it goes (`शार्क`, `किशोर शार्क`)."""
    common = {fold(ws[j][2]) for ws in words.values() for j in range(1, len(ws)) if fold(ws[j - 1][2]) in INDEFINITE}
    return [m for m in ents if not (m.label == "PER" and fold(m.text.split()[-1]) in common)]


@lru_cache(maxsize=1 << 16)
def _plural_forms(word: str) -> frozenset[str]:
    """The plural forms a common noun takes and a name does not: the Hindi plural oblique (`हिमस्खलन` ->
    `हिमस्खलनों`, `लड़का` -> `लड़कों`, `नदी` -> `नदियों`, `सभा` -> `सभाओं`) and the English plural of a loan word
    (`ट्वीट` -> `ट्वीट्स`). Folded forms."""
    w = fold(word)
    forms = {w + "्स"}
    if w[-1:] in ("ा", "ू", "ो", "ु"):
        forms.add(w + "ओं")
    if w.endswith("ा"):
        forms.add(w[:-1] + "ों")
    elif w.endswith("ी"):
        forms.add(w[:-1] + "ियों")
    elif w.endswith("ि"):
        forms.add(w + "यों")
    elif not _RX_VOWEL_SIGN_END.search(w):
        forms.add(w + "ों")
    return frozenset(forms)


plural_forms = _Memo(_plural_forms).__getitem__  # once per word form: `doc_common_nouns` asks for every word of a document


def doc_common_nouns(words: dict[int, list[Word]], lex: Lexicon) -> frozenset[str]:
    """Folded words that this document shows to be common nouns: it also writes them in a plural form
    (`हिमस्खलन` and `हिमस्खलनों`, `ट्वीट` and `ट्वीट्स`) or right after a demonstrative and before a
    postposition or punctuation (`इस चक्रवात से`; `इस भारत दौरे में` points at the compound, not at `भारत`).
    Never a KB place, a known organisation, a given name, a word the training data sees as a surname
    (`यादवों` is a community, `यादव` a surname) or an acronym (`इस आईपीएल में` is this season's IPL)."""
    toks: set[str] = set()
    pointed: set[str] = set()
    for ws in words.values():
        fws = [fold(w[2]) for w in ws]
        toks.update(fws)
        for j in range(1, len(fws)):
            if fws[j - 1] in DEMONSTRATIVES and (j + 1 == len(fws) or fws[j + 1] in lex.function_words
                                                  or not _RX_LETTER.search(fws[j + 1])):
                pointed.add(fws[j])
    return frozenset(w for w in toks if len(w) >= 3 and (w in pointed or plural_forms(w) & toks)
                     and not _strong(w, lex) and (w,) not in lex.orgs and w not in lex.given_names
                     and not _surname_word(w, lex) and not latin_acronym(w) and not _is_latin(w))


def drop_inflected(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                   common: frozenset[str] | None = None) -> list[Mention]:
    """One-word "names" that the document shows to be common nouns (`doc_common_nouns`, or `common` where the
    caller has them already) go."""
    common = doc_common_nouns(words, lex) if common is None else common
    return [m for m in ents if fold(m.text.strip()) not in common]


def _demonym(word: str, lex: Lexicon) -> bool:
    """`इंडोनेशियाई`, `अमेरिकी`, `भारतीय`: a KB place with an adjective ending is no place itself."""
    for suffix, restore in (("ियाई", "िया"), ("ाई", "ा"), ("ीय", ""), ("ी", ""), ("ई", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + restore
            if lex.strong_place(fold(stem)) and not place_of(word, lex):
                return True
    return False


def _head_noun(word: str, label: str, lex: Lexicon, p: RefineParams) -> bool:
    st = _stats(word, lex)
    if not st or st.n < p.common_min_count or st.n_begin >= p.edge_max_ratio * st.n:
        return False
    return not (label == "PER" and st.n_per >= p.surname_min_ratio * st.n)


def _modifier(word: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that starts organisation names in the training data but almost never ends a name (`राष्ट्रीय`, `उच्च`,
    `समाचार` of `राष्ट्रीय महिला आयोग`, `उच्च न्यायालय`, `समाचार एजेंसी`): alone it is no name. Given names start
    person names and never end them, and `आंध्र`, `सऊदी` are places alone: only organisation words are taken."""
    st = _stats(word, lex)
    return bool(st and st.n >= p.common_min_count and st.n_end < p.edge_max_ratio * st.n
                and st.n_org >= 0.5 * st.n_ent)


def _modifier_word(word: str, lex: Lexicon, max_case: float, min_count: int = 3) -> bool:
    """A word that the raw news text (lexicon v4) shows to be a modifier: seen at least min_count times and followed
    by a case marker or punctuation in less than max_case of them, because a noun follows it (`ऑरेंज जोन`, `विटामिन सी`,
    `पैतृक शहर`). A name is mostly followed by `में`, `ने`, `के` or a comma."""
    st = lex.news.get(fold(word))
    return bool(st and st.n >= min_count and st.n_case < max_case * st.n)


def drop_modifiers(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, p: RefineParams) -> list[Mention]:
    """One-word names that the news text shows to be modifiers (`_modifier_word`, seen `modifier_min_count` times)
    go: `ऑरेंज`, `रेड` of `रेड जोन`, `विटामिन`, `स्टोर` of `मेडिकल स्टोर`. Given names (followed by their surnames),
    names in the training data, words of the document's longer names or before a place designator in it (`चुरम्बा
    गांव`), KB places, known organisations and acronyms stay."""
    parts = {fold(w) for m in ents if " " in m.text.strip() for w in m.text.split()}
    # a village's name is followed by `गांव` as an adjective is by its noun: the story's designators keep it a place
    parts |= {fold(ws[j - 1][2]) for ws in words.values() for j in range(1, len(ws)) if fold(ws[j][2]) in DESIGNATORS}
    out = []
    for m in ents:
        w = m.text.strip()
        fw = fold(w)
        st = _stats(w, lex)
        if " " not in w and _modifier_word(w, lex, p.modifier_max_case, p.modifier_min_count) \
                and fw not in lex.given_names and fw not in FOREIGN_GIVEN and not _strong(w, lex) \
                and (fw,) not in lex.orgs and not latin_acronym(w) and not _is_latin(w) and fw not in parts \
                and not (st and st.n_ent >= p.name_min_ratio * st.n):
            continue  # `आंध्र` of `आंध्र प्रदेश`, `मुकेश` of `मुकेश अंबानी` in the same story stay
        out.append(m)
    return out


def _news_word(word: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word of the news' own vocabulary (`कहर` "havoc", `मरकज`, `एंबुलेंस`, the misspelling `कोराना`): the training data
    never saw it, yet `news_common_min_docs` news articles use it, and no KB place or given name has it. A place that
    many articles name is a KB place or one IL-NER knows; a village or a suburb is named in a few articles."""
    fw = fold(word)
    news = lex.news.get(fw)
    return bool(news and news.n_docs >= p.news_common_min_docs and fw not in lex.words and fw not in lex.places
                and fw not in lex.given_names and not place_of(word, lex) and (fw,) not in lex.orgs)


def _common(word: str, lex: Lexicon, p: RefineParams) -> bool:
    memo = _memo("_common", lex, p)  # once per word form (`_common_uncached`)
    if word not in memo:
        memo[word] = _common_uncached(word, lex, p)
    return memo[word]


def _common_uncached(word: str, lex: Lexicon, p: RefineParams) -> bool:
    st = _stats(word, lex)
    return bool(st and st.n >= p.common_min_count and st.n_ent < p.common_max_ratio * st.n
                or p.rare_common_min_docs and _rare_common(word, lex, p))


def _rare_common(word: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 14: a word the training data saw at least twice, never inside a name, that at least
    `rare_common_min_docs` news articles use (`बाइक`, `एकांतवास`, `अधीक्षक`, `चिट्ठी`): too rare in IL-NER for
    `common_min_count`, yet a word of the news' own vocabulary. A KB place, a given name or a known organisation stays."""
    fw = fold(word)
    st = lex.words.get(fw)
    news = lex.news.get(fw)
    return bool(st and st.n >= 2 and st.n_ent == 0 and news and news.n_docs >= p.rare_common_min_docs
                and fw not in lex.given_names and (fw,) not in lex.orgs and not place_of(word, lex))


_NAMING_PLACE_KINDS = PLACE_KINDS - KIND_SURNAMES  # a "person" ending in one is a place (`राजीव चौक`)


def place_types(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, areas: bool = False,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """A "person" whose last word is a kind of place (PLACE_KINDS: `अबुलउला दरगाह`, `राजीव चौक`, `राम नगर कॉलोनी`) is a
    place named after one. A span that is exactly a KB place name is a LOC (`यू.के.` tagged PER, a capital tagged PER), unless it is
    a city's name and a person's title or role stands right before it (`श्री डेविस` is Mr Davis, not the
    Antarctic station) or the document names a person with it as the surname (`जॉन डेविस`). With `areas` (round 15), an
    ORG or PER ending in an open place or quarter is that place (`_named_area`: `कर्जन ग्राउंड`, `संजय एन्क्लेव`)."""
    surnames = {fold(m.text.split()[-1]) for m in ents if m.label == "PER" and len(m.text.split()) > 1}
    return [replace(m, label="LOC") if m.label != "LOC" and (_strong(m.text, lex) or _spaced_place(m.text, lex)) and not (
        (_titled(words[m.sent_idx], m) or fold(m.text.strip()) in surnames) and _city(m.text, lex))
        or m.label == "PER" and len(ws := m.text.split()) > 1 and fold(ws[-1]) in _NAMING_PLACE_KINDS
        or areas and _named_area(m, lex, keep) else m
        for m in ents]


# Round 15: kinds of open place or quarter that a name before them makes a place (`कर्जन ग्राउंड`, `डेली मार्केट`, `संजय
# एन्क्लेव`, `कालिका विहार`, `मौर्य बस्ती`, `DND बॉर्डर`): generic Hindi and news loans, not from an article; buildings and
# businesses (`होटल`, `स्टोर`, `मॉल`) are left out, an organisation owns those
AREA_KINDS = frozenset(fold(w) for w in """ग्राउंड मैदान पार्क बाग बाग़ बाजार बाज़ार मार्केट चौक चौराहा रोड मार्ग कॉलोनी
    कालोनी एन्क्लेव इन्क्लेव एनक्लेव टोली बॉर्डर मोहल्ला विहार बस्ती""".split())
TRADE_WORDS = frozenset(fold(w) for w in "शेयर स्टॉक कैपिटल पूंजी मुद्रा".split())  # `भारतीय शेयर बाज़ार`: no place


# Round 15 review: English words that open a retail chain's name before a market word (`बिग बाजार`, `सुपर बाजार`, `मेगा
# मार्केट`): size and grade adjectives of retail names, generic loans, not from an article. Before another area kind the
# name is a place's (`सुपर स्पोर्ट्स पार्क`, a cricket ground)
BRAND_OPENERS = frozenset(fold(w) for w in "बिग सुपर मेगा हाइपर मिनी स्मार्ट ग्रैंड ग्रांड".split())
MARKETS = frozenset(fold(w) for w in "बाजार बाज़ार मार्केट".split())


def _named_area(m: Mention, lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Round 15: an ORG or PER span of two or more words ending in an open place or quarter (AREA_KINDS) is a place
    named by the words before (`कर्जन ग्राउंड` ORG, `कमल विहार` PER), unless those are a demonym or a market of trade
    (`भारतीय शेयर बाज़ार`); a person ending in a kind that is an English surname stays one (`पार्क`, KIND_SURNAMES).
    A curated span (`keep`), a known organisation (`lex.orgs`) and a retail chain's English name (BRAND_OPENERS before
    a market word: `बिग बाजार`) stay as they are."""
    ws = [fold(w) for w in m.text.split()]
    return m.label in ("ORG", "PER") and len(ws) > 1 and ws[-1] in AREA_KINDS \
        and not (m.label == "PER" and ws[-1] in KIND_SURNAMES) and not any(w in TRADE_WORDS for w in ws) \
        and not _demonym(m.text.split()[0], lex) and ws[0] not in NATIONAL_ADJECTIVES and not (ws[0] in BRAND_OPENERS and ws[-1] in MARKETS) \
        and (m.start, m.end) not in keep and tuple(ws) not in lex.orgs


def _spaced_place(surface: str, lex: Lexicon) -> bool:
    """A span of two or three words that is a strong KB place written as one word (`न्यू यॉर्क` = `न्यूयॉर्क`, `हांग
    कांग` = `हांगकांग`): Hindi writes the parts of foreign place names apart or together."""
    parts = surface.split()
    return 2 <= len(parts) <= 3 and all(_RX_DEVANAGARI_ZW.fullmatch(w) for w in parts) and _strong("".join(parts), lex)


def grow_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams) -> list[Mention]:
    """A place that an untagged word before or after makes a longer KB place takes it (`नयी` + `दिल्ली`), unless
    the word is one that follows place names (`पुणे शहर`, `गोंदिया जिला`: the name is `पुणे`)."""
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        if m.label == "LOC":
            ws = words[m.sent_idx]
            i = next((k for k, w in enumerate(ws) if w[0] >= m.start), len(ws))
            j = next((k for k, w in enumerate(ws) if w[1] >= m.end), len(ws) - 1) + 1
            for a, b in ((i - 1, j), (i, j + 1)):
                if a < 0 or b > len(ws):
                    continue
                new = ws[a] if a < i else ws[b - 1]
                if (m.sent_idx, new[0]) not in covered and not _cue(new[2], lex, p) \
                        and lex.strong_place(" ".join(fold(w[2]) for w in ws[a:b])):
                    m = _span(sents[m.sent_idx], m, ws[a][0], ws[b - 1][1])
                    break
        out.append(m)
    return out


_FIRSTS: list[Any] = [None, frozenset()]  # [the places object, their multi-word names' first words]


def _multi_word_place_firsts(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's place names of two words or more (computed again only when another
    lexicon comes: a process tags with one)."""
    if _FIRSTS[0] is not lex.places:
        _FIRSTS[:] = [lex.places, frozenset(k.split()[0] for k in lex.places if " " in k)]
    return _FIRSTS[1]


def kb_place_runs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  lex: Lexicon, p: RefineParams) -> list[Mention]:
    """A run of two to four words that is a strong KB place (an alias row: `कानपुर देहात`, `लखीमपुर खीरी`, `पाक अधिकृत
    कश्मीर`, `उधम सिंह नगर`) is one place, where the tagger tagged pieces of it (`कानपुर` + `देहात`, `पाक` +
    `कश्मीर`; a curated gazetteer place grows too) and nothing runs out of it; runs nobody tagged are the
    propagation's (`kb_candidates`). Not over an untagged word that follows places (`पुणे शहर`: the name is `पुणे`)."""
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    out = list(ents)
    firsts = _multi_word_place_firsts(lex)
    for idx, ms in by_sent.items():
        ws = words[idx]
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            for n in (4, 3, 2) if fws[i] in firsts else ():
                if i + n > len(ws) or not lex.strong_place(" ".join(fws[i : i + n])):
                    continue
                s, e = ws[i][0], ws[i + n - 1][1]
                inside = [m for m in ms if m.start < e and m.end > s]
                if not inside or any(m.start < s or m.end > e for m in inside) \
                        or any(m.start == s and m.end == e for m in inside) \
                        or any(_cue(w[2], lex, p) and not any(m.start <= w[0] < m.end for m in inside) for w in ws[i : i + n]):
                    continue
                sent = sents[idx]
                for m in inside:
                    out.remove(m)
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", inside[0].tagger))
                i += n - 1
                break
            i += 1
    return out


def _city(surface: str, lex: Lexicon) -> bool:
    place = lex.places.get(" ".join(fold(surface).split()))
    return place is not None and place.kind not in ("country", "territory", "state")


def _titled(ws: Sequence[Word], m: Mention) -> bool:
    prev = [w for w in ws if w[1] <= m.start]
    return bool(prev) and (fold(prev[-1][2]) in TITLES or fold(prev[-1][2]) in ROLES)


def _strong(surface: str, lex: Lexicon) -> bool:
    key = " ".join(fold(surface).split())
    if key in lex.places:
        return lex.strong_place(key) is not None
    return place_of(surface, lex) is not None  # Latin names and letter-name acronyms: countries


def context_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """An untagged name right before a word that follows place names in the training data (`भागलपुर जिले`,
    `रामपुर गांव`) or before `निवासी` ("resident": `खेदड़ निवासी`, not after a kinship word or `उर्फ`) is a place. Name-like: Devanagari, not a function word or title, and unknown to the
    training data or inside a name in at least `name_min_ratio` of its occurrences there. Before a weaker cue
    (`में`, `से`: after a place `town_cue_min_ratio` of the time) only a name the KB knows as a town is taken
    (`नवांशहर में`), never a given name."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(1, len(ws)):
            if not _cue(ws[j][2], lex, p) or not _RX_LETTER.search(ws[j][2]):
                continue
            st = _stats(ws[j][2], lex)
            designator = fold(ws[j][2]) in DESIGNATORS
            resident = fold(ws[j][2]) in RESIDENT
            if st and st.n_ent >= p.common_max_ratio * st.n and not designator:
                continue  # a cue is no name itself
            strong = designator or resident or st.n_after_loc >= p.cue_min_ratio * st.n
            i = j
            while i > 0 and j - i < p.cue_max_words and _name_like(ws[i - 1][2], lex, p) and (idx, ws[i - 1][0]) not in covered \
                    and not _demonym(ws[i - 1][2], lex) and not _news_word(ws[i - 1][2], lex, p) \
                    and fold(ws[i - 1][2]) not in BEFORE_RESIDENT \
                    and not (i == j and fold(ws[i - 1][2]) in PLACE_KINDS and not (  # `हॉटस्पॉट जिले`: a kind alone
                        i >= 2 and _name_like(ws[i - 2][2], lex, p) and (idx, ws[i - 2][0]) not in covered)):
                i -= 1
            if resident and i < j and i > 0 and fold(ws[i - 1][2]) in BEFORE_RESIDENT:
                continue  # `पुत्री अजमतउल्लाह निवासी तुरकहिया`, `उर्फ सतई निवासी`: a person's name, then where they live
            if designator and i < j and fold(ws[j][2]) not in UNITS and _modifier_word(ws[j - 1][2], lex, p.modifier_max_case) \
                    and not (p.village_names and fold(ws[j][2]) in VILLAGE_WORDS and _story_word(ws[j - 1][2], lex)):
                continue  # an adjective before `शहर` (`पैतृक शहर`, `ठंडा शहर`): no place
            if designator and i < j - 1 and not _town(" ".join(fold(w[2]) for w in ws[i:j]), lex) \
                    and not (st and st.n_after_loc >= p.cue_min_ratio * st.n):
                i = j - 1  # before a designator the training data does not know, one word (`मामले की तहकीकात चौपन थाना`)
            if i < j and not strong:  # a weak cue: the longest KB town name before it, or nothing
                i = next((k for k in range(i, j) if _town(" ".join(fold(w[2]) for w in ws[k:j]), lex)), j)
            if i < j:
                sent = sents[idx]
                s, e = ws[i][0], ws[j - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
                covered.update((idx, k) for k in range(s, e))
    return out


# Units a place lies in, written before `के` and the place (`जूनागढ़ ज़िले के कोडीमार से`, `थाना क्षेत्र के कोयलादेवा
# में`, `किन्हाई प्रांत के ज़िनिंग में`); generic Hindi administrative words
PARENT_UNITS = frozenset(fold(w) for w in """प्रांत प्रान्त जिले ज़िले जनपद तहसील प्रखंड क्षेत्र थानाक्षेत्र""".split())
GENITIVE = fold("के")
PLACE_CASES = frozenset(fold(w) for w in "में से का के की पर".split())
LOCATIVES = frozenset(fold(w) for w in "में से".split())


def _before_genitive(sents: dict[int, Sentence], m: Mention) -> bool:
    sent = sents[m.sent_idx]
    return sent.text.startswith(" के ", m.end - sent.start)


def subordinate_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       p: RefineParams) -> list[Mention]:
    """`<unit> के <name> <case>`: one untagged name right after a unit a place lies in and `के` (PARENT_UNITS: `कोडरमा
    जिले के मरकच्चो में`, `गुइझोऊ प्रांत के लिउपांसुई के`) is a place in it. Name-like (`_name_like`), not a given name,
    no word IL-NER sees more as a person than as a place, no word many news articles use (`सीलिंग`), no plural
    (`लोगों`), no kind of place (`अस्पताल`), role or letter-name acronym (`एसपी`)."""
    covered = _chars_covered(ents)
    # round 13: a strong KB place tagged LOC is a parent too, before a locative case (`राजस्थान के फलौदी में`,
    # `कनाडा के मांट्रियल में`); its words' end offsets
    kb_parents = {(m.sent_idx, m.end) for m in ents if p.kb_parents and m.label == "LOC" and _before_genitive(sents, m)
                  and _strong(m.text, lex)}
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 3):
            if fold(ws[j + 1][2]) != GENITIVE or fold(ws[j + 3][2]) not in PLACE_CASES:
                continue
            if fold(ws[j][2]) not in PARENT_UNITS and not ((idx, ws[j][1]) in kb_parents
                                                          and fold(ws[j + 3][2]) in LOCATIVES):
                continue
            w = ws[j + 2]
            if (idx, w[0]) in covered or not _subordinate_name(w[2], lex, p):
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "LOC", tagger))
            covered.update((idx, k) for k in range(w[0], w[1]))
    return out


def _subordinate_name(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Can `w` name a place inside a unit (subordinate_places)? Name-like and none of: a given name, a word IL-NER
    sees more as a person than as a place or mostly outside places, a news word, a common word, a plural, a kind of
    place, a role, a unit, a demonym, a hyphenated pair, a letter-name or rank acronym (`जिले के एसपी की`: an
    officer), a direction (`मनीला के पश्चिम में`)."""
    fw = fold(w)
    if not _name_like(w, lex, p) or fw in lex.given_names or fw in FOREIGN_GIVEN:
        return False
    st = _stats(w, lex)
    if st is not None and (st.n_per > st.n_loc or st.n_loc < 0.5 * st.n):
        return False  # `महाराष्ट्र के मंत्रालय में`
    if _news_word(w, lex, p) or _common(w, lex, p) or _PLURAL_OBLIQUE.search(w) or _demonym(w, lex) or "-" in w:
        return False
    return not (fw in PLACE_KINDS or fw in ROLES or fw in PARENT_UNITS or fw in RANK_ACRONYMS or fw in DIRECTIONS
                or latin_acronym(w))


# English plurals that end place names, no team's (`बेवर्ली हिल्स`, `ताइवान स्ट्रेट्स`): generic English geography
PLACE_PLURALS = frozenset(fold(w) for w in """स्ट्रेट्स हिल्स फॉल्स फ़ॉल्स लेक्स स्प्रिंग्स हाइट्स गार्डन्स आइलैंड्स आइलैंड्स
    वुड्स फील्ड्स फ़ील्ड्स प्लेन्स माउंटेन्स ग्लेड्स स्क्वायर्स मिल्स""".split())
# English plurals of events held in a place, no team (`लंदन ओलंपिक्स`, `टोक्यो पैरालंपिक्स`): the place stays a place
EVENT_PLURALS = frozenset(fold(w) for w in """ओलंपिक्स ओलम्पिक्स ओलिंपिक्स ओलिम्पिक्स पैरालंपिक्स पैरालम्पिक्स पैरालिंपिक्स
    गेम्स चैंपियनशिप्स चैम्पियनशिप्स वर्ल्ड्स""".split())
_RX_ENGLISH_PLURAL = regex.compile(r"्स$")


def team_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams) -> list[Mention]:
    """Round 13: a KB place tagged LOC followed by one or two untagged words the training data never saw, the last an
    English plural (`मुंबई इंडियन्स`, `पुणे वारियर्स`, `न्यू ऑर्लियंस पेलिकन्स`, `लद्दाख स्काउट्स`), is a team or a
    unit: one ORG. Not a place's English plural (PLACE_PLURALS: `बेवर्ली हिल्स`) nor an event's (EVENT_PLURALS:
    `लंदन ओलंपिक्स`)."""
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        if m.label == "LOC" and place_of(m.text, lex) is not None:
            ws = words[m.sent_idx]
            k = next((i for i, w in enumerate(ws) if w[1] == m.end), None)
            end = None
            for n in (1, 2):
                if k is None or k + n >= len(ws):
                    break
                w = ws[k + n]
                if (m.sent_idx, w[0]) in covered or w[0] > ws[k + n - 1][1] + 1 or not _unseen_name(w[2], lex):
                    break
                if fold(w[2]) in EVENT_PLURALS:
                    break  # `लंदन ओलंपिक्स`: an event in the place
                if _RX_ENGLISH_PLURAL.search(w[2]) and fold(w[2]) not in PLACE_PLURALS \
                        and fold(w[2]) not in _NOT_FIRM_PLURALS:  # review of round 41: `लंदन डॉक्टर्स ने` is no team
                    end = w[1]
                    break
            if end is not None:
                out.append(_span(sents[m.sent_idx], m, m.start, end, "ORG"))
                continue
        out.append(m)
    return out


_RX_O_NAME = regex.compile(r"(?<![\p{Devanagari}\u200c\u200d])ओ['’][\p{Devanagari}\u200c\u200d]+")


def apostrophe_names(sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 13: Irish surnames written with the apostrophe (`ओ'ब्रायन`, `ब्रायन ओ'हागन`) are one word of a person's
    name; the tokenizer cut them at the apostrophe (`डेरेक ओ` + `ब्रायन`). Where a PER mention touches `ओ'<name>`, the
    surname and a PER mention ending in `ओ` right before it become one person."""
    out = list(ents)
    for idx, sent in sents.items():
        if "ओ'" not in sent.text and "ओ’" not in sent.text:
            continue
        for hit in _RX_O_NAME.finditer(sent.text):
            s, e = sent.start + hit.start(), sent.start + hit.end()
            touching = [m for m in out if m.sent_idx == idx and m.start < e and m.end > s]
            if not any(m.label == "PER" for m in touching) or any(m.label != "PER" for m in touching):
                continue
            start = min([s] + [m.start for m in touching])
            end = max([e] + [m.end for m in touching])
            out = [m for m in out if m not in touching]
            out.append(replace(touching[0], start=start, end=end,
                               text=sent.text[start - sent.start : end - sent.start], label="PER"))
    return out


def _inner_name_word(w: str, lex: Lexicon) -> bool:
    """A word IL-NER sees 5+ times inside names, mostly persons', and almost never first in one (`कुमार`, `सिंह`,
    `प्रसाद`, `कुमारी`): a surname or middle name, no name's start."""
    st = _stats(w, lex)
    return st is not None and st.n_ent >= 5 and 2 * st.n_per > st.n_ent and st.n_begin <= 0.1 * st.n_ent


REGION_KINDS = frozenset({"country", "state", "region", "continent"})  # KB kinds no given name of a full name takes


def given_surnames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 22: a PER span that opens with a word no name starts with (`_inner_name_word`: `कुमार`, `सिंह`) and an
    untagged given name right before it (the lexicon's given names; no title, role or function word) are one person:
    `विकास कुमार`, `राजू कुमार साव`, `सीमा कुमारी`, where the model took the surname alone; an untagged surname right
    after it joins too (`_surname_word`, a word that ends persons' names in most of its occurrences in the training
    data: `विजय कुमार गुप्ता`, `रोहित कुमार सिंह`). Not a curated span, nor a given name that is a KB country, state
    or region (REGION_KINDS: `भारत कुमार संगकारा की टीम से`); a town's name stays one (`आनंद कुमार`)."""
    at = _word_index(words)
    covered = _chars_covered(ents)
    out = []
    for m in ents:
        k = at.get((m.sent_idx, m.start))
        if m.label == "PER" and k and (m.start, m.end) not in keep and _inner_name_word(m.text.split()[0], lex):
            ws = words[m.sent_idx]
            g = ws[k - 1]
            fg = fold(g[2])
            if g[1] + 1 == m.start and (m.sent_idx, g[0]) not in covered and fg in lex.given_names \
                    and fg not in TITLES and fg not in ROLES and fg not in lex.function_words and fg not in HONORIFICS \
                    and getattr(place_of(g[2], lex), "kind", None) not in REGION_KINDS:
                sent = sents[m.sent_idx]
                e = m.end
                j = next((i for i in range(k, len(ws)) if ws[i][1] == m.end), None)
                if j is not None and j + 1 < len(ws) and ws[j + 1][0] == m.end + 1 \
                        and (m.sent_idx, ws[j + 1][0]) not in covered and _surname_word(fold(ws[j + 1][2]), lex):
                    e = ws[j + 1][1]  # `विजय कुमार गुप्ता`: the surname after a middle name the model took alone
                out.append(replace(m, start=g[0], end=e, text=sent.text[g[0] - sent.start : e - sent.start]))
                continue
        out.append(m)
    return out


def given_name_votes(ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset(),
                     words: dict[int, list[Word]] | None = None) -> list[Mention]:
    """Round 22: a one-word LOC or ORG mention whose word is a given name (the lexicon's) and the first word of a PER
    mention of two or more words in the same document is that person's first name alone (`पूनम` with `पूनम पांडेय`,
    `कृष्णा` with `कृष्णा पुनिया`, `उद्धव ने` with `उद्धव ठाकरे`): relabelled PER. Not a KB place (`टेनेसी`, a place
    the model ran into a name), not a curated span. Review: not a LOC that the document also shows in a place's context
    (`_place_context`: `गंगा में स्नान`, `कावेरी का पानी`), for rivers and places the KB lacks share given names
    (`गंगा प्रसाद`, `कावेरी देवी`)."""
    firsts = {fold(m.text.split()[0]) for m in ents if m.label == "PER" and len(m.text.split()) >= 2}
    if not firsts:
        return ents
    placed = {fold(m.text.strip()) for m in ents if m.label == "LOC" and _place_context(words or {}, m)}
    return [replace(m, label="PER") if m.label in ("LOC", "ORG") and (m.start, m.end) not in keep
            and " " not in (t := m.text.strip()) and fold(t) in firsts and fold(t) in lex.given_names
            and place_of(t, lex) is None and not (m.label == "LOC" and fold(t) in placed) else m for m in ents]


# Review of round 22: what follows a place, not a person (`गंगा में स्नान`, `गंगा तक`), and a river's words, right after
# it or after a genitive (`कावेरी का पानी`, `गंगा के तट पर`, `यमुना नदी`). Generic, not from an article
PLACE_AFTER = frozenset(fold(w) for w in "में तक".split())
WATER_WORDS = frozenset(fold(w) for w in "पानी जल तट किनारे किनारा घाट नदी बाढ़ जलस्तर".split())
GENITIVES = frozenset(fold(w) for w in "का के की".split())  # the genitive postpositions (one set for the module)


def _place_context(words: dict[int, list[Word]], m: Mention) -> bool:
    """The one-word mention stands before PLACE_AFTER or a river's word (WATER_WORDS), the latter maybe after a
    genitive."""
    ws = words.get(m.sent_idx, [])
    k = next((i for i, w in enumerate(ws) if w[0] == m.start and w[1] == m.end), None)
    nxt = [fold(w[2]) for w in ws[k + 1 : k + 3]] if k is not None else []
    return bool(nxt) and (nxt[0] in PLACE_AFTER or nxt[0] in WATER_WORDS
                          or nxt[0] in GENITIVES and len(nxt) > 1 and nxt[1] in WATER_WORDS)


# Round 23: titles of a married woman: before a public figure's surname they name his wife (`मिसेज धोनी`)
WIFE_TITLES = frozenset(fold(w) for w in "श्रीमती मिसेज मिसेस मिसिज़ बेगम".split())


# Review of round 23: words of a family's other member written next to a surname (`ट्रंप जूनियर`, `जूनियर ट्रंप`)
GENERATION_WORDS = frozenset(fold(w) for w in "जूनियर जुनियर सीनियर जू. जू सी. सीनि.".split())
# ... words after a public figure's name that make it a common noun (`ट्रंप कार्ड`: a trump card, `ट्रंप चाल`)
COMMON_NOUN_AFTER = frozenset(fold(w) for w in "कार्ड चाल".split())
# ... and heads of institutions named after a person (`नरेंद्र मोदी स्टेडियम`, `धोनी एकेडमी`, `मोदी ट्रस्ट`)
NAMED_INSTITUTION_HEADS = frozenset(fold(w) for w in "स्टेडियम स्टेडियम एकेडमी एकेडेमी अकादमी अकेडमी अकैडमी ट्रस्ट".split())


def _name_word_near(w: str, lex: Lexicon) -> bool:
    """`known_persons`: a word that makes a public figure's surname part of another person's name when next to it: a
    given name that is no title, role or common word (`नीरव`, `सुनीता`), a word the training data sees mostly in persons'
    names (`कुमार` of `सुशील कुमार मोदी`), a foreign word it never saw, or the title of a wife (`मिसेज`)."""
    fw = fold(w)
    if fw in GENERATION_WORDS:
        return True  # review of round 23: `ट्रंप जूनियर` is the son
    if not _RX_LETTER.search(w) or fw in TITLES or fw in ROLES or _function_word(fw, lex):
        return fw in WIFE_TITLES
    st = lex.words.get(fw)
    return (fw in lex.given_names and _given_before(w, lex) or fw in WIFE_TITLES or _unseen_name(w, lex)
            or bool(st and st.n >= 3 and st.n_per >= 0.5 * st.n))


def _body_after(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`known_persons`: a word after a public figure's name that makes it the name of a body or place (`केजरीवाल
    सरकार`, `केजरीवाल अस्पताल`): an institution's head or a word that ends organisation or place names only."""
    fw = fold(w)
    return fw in SHORT_INSTITUTION_HEADS or fw == fold("सरकार") or bool(_non_person_head(w, lex, p)) \
        or _ends_orgs(w, lex, p) or fw in COMMON_NOUN_AFTER or fw in NAMED_INSTITUTION_HEADS


def known_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 23: occurrences of the public figures of the alias file (`lex.persons`: the names and aliases of its PER
    rows, longest first) are PER mentions: an untagged one is tagged (`केजरीवाल ने कहा`, which the model left out of
    whole articles), the mentions inside one give way to it (`बान` of `बान की मून`), one that is exactly one and
    labelled otherwise is relabelled. Not where a mention reaches outside the name (`ललित मोदी`, `मोदी सरकार`) or a
    curated span is inside it, nor where the word before or after is a name word (`नीरव मोदी`, `सुशील कुमार मोदी`,
    `मिसेज धोनी`: another person) or a mention, or the word after makes it a body's name (`केजरीवाल अस्पताल`).
    A one-word name that the training data shows to be a common word, a function word or a given name is not acted on.
    One pass over each sentence's words; the mentions are looked up by sentence."""
    longest, firsts = _name_table(lex, "persons")
    shown: frozenset[str] | None = None  # `_person_in_doc`, read once where a mononym needs it
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    gone: set[int] = set()
    found: list[Mention] = []
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            n = next((n for n in range(min(longest, len(ws) - i), 0, -1)
                      if fws[i] in firsts and tuple(fws[i : i + n]) in lex.persons), 0) if fws[i] in firsts else 0
            if not n or (n == 1 and (_common(ws[i][2], lex, p) or fws[i] in lex.function_words
                                     or fws[i] in lex.given_names)):
                i += 1
                continue
            if n == 1 and " " not in lex.persons[(fws[i],)].strip():
                # review of round 23: a one-word mononym (`मायावती`, a woman's given name too: `गांव की मायावती`) needs a
                # cue: a title or role before it, an honorific after it, or the document showing it as a person's
                if shown is None:
                    shown = _person_in_doc(words, ents)
                if not (i > 0 and fws[i - 1] in TITLES | ROLES or i + 1 < len(ws) and fws[i + 1] in HONORIFICS
                        or fws[i] in shown):
                    i += 1
                    continue
            s, e = ws[i][0], ws[i + n - 1][1]
            near = by_sent.get(idx, ())
            inside = [m for m in near if m.start < e and s < m.end]
            touching = any(m.end == s - 1 or m.start == e + 1 for m in near) if not inside else False
            before = ws[i - 1] if i > 0 and ws[i - 1][1] + 1 >= s else None
            after = ws[i + n] if i + n < len(ws) and ws[i + n][0] <= e + 1 else None
            if (inside and len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e) and inside[0].label == "PER") \
                    or any(m.start < s or m.end > e or (m.start, m.end) in keep for m in inside) or touching \
                    or before is not None and _name_word_near(before[2], lex) \
                    or after is not None and (_name_word_near(after[2], lex) or _body_after(after[2], lex, p)):
                i += n
                continue
            sent = sents[idx]
            found.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER",
                                 inside[0].tagger if inside else (ents[0].tagger if ents else "refine")))
            gone.update(id(m) for m in inside)
            i += n
    return [m for m in ents if id(m) not in gone] + found


# Round 23: the heads of a government's department or ministry, which a state's or country's name before them owns
STATE_BODY_HEADS = frozenset(fold(w) for w in "विभाग मंत्रालय".split())
# Review of round 23: portfolios of a state's department that the training data never saw inside an ORG name
# (`दिल्ली अग्निशमन विभाग`: fire service; `आबकारी`: excise)
UNSEEN_PORTFOLIOS = frozenset(fold(w) for w in "अग्निशमन आबकारी".split())


def place_departments(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 23: a place the KB knows for sure (`strong_place`), tagged LOC, then one or two untagged content words and
    `विभाग`/`मंत्रालय` right after it, is that state's or country's department, one ORG (`महाराष्ट्र स्वास्थ्य विभाग ने
    बताया`, `दिल्ली अग्निशमन विभाग`, `हरियाणा राज्य परिवहन विभाग`), where the model kept the place alone and the claim had
    no speaker. Not across a function word (`चंडीगढ़ में स्वास्थ्य विभाग`, `दिल्ली के स्वास्थ्य विभाग`: the department of a
    place, which `generic_departments` reads), a name word or another mention. A curated place grows too (as `org_heads`)."""
    at = _word_index(words)
    covered = {(m.sent_idx, m.start) for m in ents}
    out = []
    for m in ents:
        k = at.get((m.sent_idx, m.start))
        if m.label != "LOC" or k is None or lex.strong_place(fold(m.text.strip())) is None:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        j = _word_at(ws, m.end)
        end = None
        for n in (1, 2):
            h = j + n
            run = ws[j : h + 1]
            if h >= len(ws) or any(b[0] != a[1] + 1 for a, b in zip(run, run[1:])) or run[0][0] != m.end + 1:
                break
            if any((m.sent_idx, w[0]) in covered for w in run):
                break
            mid = run[:-1]
            if any(not _RX_DEVANAGARI.fullmatch(w[2]) or fold(w[2]) in lex.function_words or fold(w[2]) in lex.given_names
                   or place_of(w[2], lex) for w in mid):
                break
            # review of round 23: each word between is one the training data sees inside ORG names (`स्वास्थ्य`,
            # `परिवहन`), no verb or adjective (`मध्य प्रदेश लौटे स्वास्थ्य विभाग`, `चीन सबसे बड़ा मंत्रालय`)
            if any(fold(w[2]) not in UNSEEN_PORTFOLIOS and (not (st := lex.words.get(fold(w[2]))) or st.n_org <= 0)
                   for w in mid):
                break
            if fold(run[-1][2]) in STATE_BODY_HEADS:
                end = run[-1][1]
                break
        if end is None:
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        out.append(replace(m, end=end, text=sent.text[m.start - sent.start : end - sent.start], label="ORG"))
    return out


# Round 23: nouns of a firm written right before its name (`ट्रेन सेवा कंपनी यूरोस्टार ने कहा`, `कंपनी पीएंडओ`)
COMPANY_BEFORE = frozenset(fold(w) for w in "कंपनी कम्पनी फर्म".split())
# ... and the titles of a ruler written after `<place> के` (`कतर के अमीर ने`): the title, no name (`अमीर` is a given name)
RULER_TITLES = frozenset(fold(w) for w in "अमीर सुल्तान".split())


# Review of round 23: what follows a person who owns a firm or gets it (`कंपनी रमेश अग्रवाल की है`, `कंपनी अमित को सौंप दी`)
_OWNER_AFTER = frozenset(fold(w) for w in "को".split())
_COPULAS = frozenset(fold(w) for w in "है हैं था थी थे".split())


def company_appositions(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                        keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 23: a PER mention right after `कंपनी`/`फर्म` names that firm (`ट्रेन सेवा कंपनी यूरोस्टार ने कहा`): it and
    the document's other PER mentions of the same surface are ORG (`यूरोस्टार ने स्वीकार किया`). A place there stays
    (`कंपनी गुरुग्राम और हलोल में`: where the firm works). And a one-word PER `अमीर`/`सुल्तान` right after `<place> के`
    is a ruler's title, no name (`कतर के अमीर ने भरोसा दिलाया`): dropped. Not a curated span.
    Review of round 23: not a person's name (a lexicon given name first, `कंपनी रमेश अग्रवाल`; a one-word name the
    document shows as a person's, `_person_in_doc`) nor a name before `को` or `की है` (`कंपनी अमित को सौंप दी`); the
    title only after a country's, state's or region's name (`_LEAD_PLACE_KINDS`) or an alias-file place, not a town's
    (`मेरठ के अमीर`: a man of Meerut)."""
    at = _word_index(words)
    loc_ends = {(m.sent_idx, m.end): m for m in ents if m.label == "LOC"}
    firms: set[str] = set()
    titles: set[int] = set()
    shown: frozenset[str] | None = None
    for m in ents:
        k = at.get((m.sent_idx, m.start))
        if m.label != "PER" or not k or (m.start, m.end) in keep:
            continue
        ws = words[m.sent_idx]
        if fold(ws[k - 1][2]) in COMPANY_BEFORE:
            toks = [fold(t) for t in m.text.split()]
            j = _word_at(ws, m.end)
            nxt = [fold(w[2]) for w in ws[j : j + 2]]
            if shown is None:
                shown = _person_in_doc(words, ents)
            if toks[0] in lex.given_names or len(toks) == 1 and toks[0] in shown \
                    or nxt[:1] and nxt[0] in _OWNER_AFTER or len(nxt) == 2 and nxt[0] in GENITIVES and nxt[1] in _COPULAS:
                continue
            firms.add(fold(m.text.strip()))
        elif k >= 2 and fold(m.text.strip()) in RULER_TITLES and fold(ws[k - 1][2]) in GENITIVES \
                and (place_m := loc_ends.get((m.sent_idx, ws[k - 2][1]))) is not None:
            place = lex.strong_place(fold(place_m.text.strip()))
            if place is not None and (place.kind in _LEAD_PLACE_KINDS or place.source == "aliases"):
                titles.add(id(m))
    if not firms and not titles:
        return ents
    return [replace(m, label="ORG") if m.label == "PER" and (m.start, m.end) not in keep and fold(m.text.strip()) in firms
            else m for m in ents if id(m) not in titles]


# Round 23: kinds of a sure KB place that a byline or a title puts right before a person (`टेनेसी माइक ऑर्गन`)
_LEAD_PLACE_KINDS = frozenset({"country", "state", "region", "territory"})


def place_led_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 23: a PER span of 3+ words that opens with a sure KB place of a country's, state's or region's kind (no
    given name) followed by a given name (the lexicon's or a foreign one), a role or a title is that place and a person
    run together (`टेनेसी माइक ऑर्गन` -> `टेनेसी` LOC + `माइक ऑर्गन` PER; `एशिया अर्थशास्त्री साजिद` -> `एशिया` +
    `साजिद`: the role between is neither). Not a curated span."""
    at = _word_index(words)
    out = []
    for m in ents:
        toks = m.text.split()
        k = at.get((m.sent_idx, m.start))
        place = lex.strong_place(fold(toks[0])) if m.label == "PER" and len(toks) >= 3 and k is not None else None
        if place is None or place.kind not in _LEAD_PLACE_KINDS or (m.start, m.end) in keep \
                or fold(toks[0]) in lex.given_names:
            out.append(m)
            continue
        f1 = fold(toks[1])
        if not (f1 in lex.given_names or _foreign_given(f1, lex, True) or f1 in ROLES or f1 in TITLES):
            out.append(m)
            continue
        ws = words[m.sent_idx]
        sent = sents[m.sent_idx]
        j = k + 1
        while j < len(ws) and ws[j][1] <= m.end and fold(ws[j][2]) in ROLES | TITLES:
            j += 1
        out.append(replace(m, end=ws[k][1], text=ws[k][2], label="LOC"))
        if j < len(ws) and ws[j][1] <= m.end:
            out.append(replace(m, start=ws[j][0], text=sent.text[ws[j][0] - sent.start : m.end - sent.start]))
    return out


# Round 22: kinds of residential quarter (`नेहरू विहार`, `जीटीबी एन्क्लेव`, `विजय कालोनी`): the name before one is the
# quarter's; not grounds, markets or roads, which a person or a party also stands before (`विराट कोहली मैदान में उतरे`)
RESIDENTIAL_KINDS = frozenset(fold(w) for w in """विहार एन्क्लेव इन्क्लेव एनक्लेव एंक्लेव कॉलोनी कालोनी कोलोनी कालोनियों
    कॉलोनियों मोहल्ला मोहल्ले""".split())  # review: not `बस्ती`, a district of UP too (`राहुल गांधी बस्ती में सभा`)


def residential_areas(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 22: a PER or ORG mention right before an untagged word of a residential quarter (RESIDENTIAL_KINDS) is
    the quarter's name, one place with the kind, as round 15's `named_areas` reads a span that already ends in the
    kind (`नेहरू विहार के एक स्कूल में`, `जीटीबी एन्क्लेव के दो ब्लॉक`). Not a curated span; the name's other
    mentions keep their labels (`जीटीबी` the hospital). Review: not a full name tagged PER nor a name the document
    shows as a person's (`_person_in_doc`): `इसके बाद अखिलेश यादव कॉलोनी के लोगों से मिले`."""
    at = _word_index(words)
    covered = _chars_covered(ents)
    persons = None
    out = []
    for m in ents:
        if m.label in ("PER", "ORG") and (m.start, m.end) not in keep \
                and not (m.label == "PER" and " " in m.text.strip()):
            ws = words.get(m.sent_idx, [])
            k = next((i for i, w in enumerate(ws) if w[1] == m.end), None)
            if k is not None and (m.sent_idx, m.start) in at and k + 1 < len(ws) and ws[k + 1][0] == m.end + 1 \
                    and fold(ws[k + 1][2]) in RESIDENTIAL_KINDS and (m.sent_idx, ws[k + 1][0]) not in covered:
                if persons is None:
                    persons = _person_in_doc(words, ents)
                if m.label == "PER" and fold(m.text.strip()) in persons:
                    out.append(m)
                    continue
                sent = sents[m.sent_idx]
                e = ws[k + 1][1]
                out.append(replace(m, end=e, text=sent.text[m.start - sent.start : e - sent.start], label="LOC"))
                continue
        out.append(m)
    return out


DATELINE_ENDS = frozenset({"।", "."})


def dateline_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 22: a dateline alone at the top of an article (one of its first three sentences, followed by another): one
    to three name words and a danda or full stop (`सिचुआन।`, `सिरोही।`, `नई दिल्ली।`) is the place the report comes
    from. A person or organisation the model read there becomes a place; untagged words are tagged when each is
    name-like (`_name_like`: no function word, title or word the training data sees mostly outside names) or a KB
    place. Not a title or abbreviation (`डॉ.`), a number, nor a span of the model's that reaches beyond the words.
    Review: untagged words only as a KB place or a word the document tags LOC elsewhere (not `नमस्कार।`,
    `हाइलाइट्स।`); never a full name tagged PER or a given name (`नरेंद्र मोदी।`, `सुनीता।` of a headline)."""
    if not sents:
        return ents
    order = sorted(sents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx in order[:3]:
        ws = words.get(idx, [])
        if not 2 <= len(ws) <= 4 or ws[-1][2] not in DATELINE_ENDS or idx == order[-1]:
            continue
        name = ws[:-1]
        if any(not _RX_DEVANAGARI_HYPHENATED.fullmatch(w[2]) for w in name):
            continue
        a, b = name[0][0], name[-1][1]
        on = [m for m in out if m.sent_idx == idx and m.start < b and m.end > a]
        if any((m.start, m.end) in keep or m.start < a or m.end > b for m in on):
            continue
        if [m for m in on if m.label == "LOC" and m.start == a and m.end == b]:
            continue
        text = sents[idx].text[a - sents[idx].start : b - sents[idx].start]
        if not (place_of(text, lex) or all(_name_like(w[2], lex, p) for w in name)):
            continue
        if any(m.label not in ("PER", "ORG", "LOC") for m in on) or \
                not on and not (place_of(text, lex) or all(_stats(w[2], lex) is None for w in name)
                                and fold(text) in {fold(m.text.strip()) for m in ents if m.label == "LOC"}):
            continue  # untagged: a KB place, or words IL-NER never saw that the document tags LOC elsewhere
        if any(m.label == "PER" and (" " in m.text.strip() or fold(m.text.strip()) in lex.given_names
                                     or fold(m.text.strip()) in FOREIGN_GIVEN) for m in on):
            continue  # `नरेंद्र मोदी।`, `सुनीता।`: the headline's person
        out = [m for m in out if m not in on]
        out.append(Mention(sents[idx].doc_id, idx, a, b, text, "LOC", on[0].tagger if on else tagger))
    return out


UNIT_AFTER = frozenset(fold(w) for w in "जिले जिला ज़िले ज़िला जनपद प्रांत प्रान्त तहसील".split())
# Offices and bodies of an organisation's district unit: `भाकियू जिला अध्यक्ष`, `इफको जिला प्रबंधक`, `कांग्रेस जिला कमेटी`
UNIT_OFFICES = frozenset(fold(w) for w in """अध्यक्ष उपाध्यक्ष प्रबंधक मंत्री प्रभारी संयोजक कमेटी कमिटी समिति इकाई सचिव
    महासचिव प्रवक्ता कार्यालय मुख्यालय""".split())


def _person_in_doc(words: dict[int, list[Word]], ents: list[Mention]) -> frozenset[str]:
    """Words the document shows as a person's: a word of a full name tagged PER (`रोहिणी` of `रोहिणी त्रिपाठी`), or a
    PER mention after a title or role (`मुख्यमंत्री मायावती`) or before an honorific (`मायावती जी`)."""
    out = {fold(w) for m in ents if m.label == "PER" and " " in m.text.strip() for w in m.text.split()}
    for m in ents:
        if m.label != "PER" or " " in m.text.strip():
            continue
        ws = words[m.sent_idx]
        k = next((i for i, w in enumerate(ws) if w[0] == m.start and w[1] == m.end), None)
        if k is None:
            continue
        if k > 0 and fold(ws[k - 1][2]) in TITLES | ROLES or k + 1 < len(ws) and fold(ws[k + 1][2]) in HONORIFICS:
            out.add(fold(m.text.strip()))
    return frozenset(out)


# Round 22: kinds of town and island that news writes after a place's name (`ऑस्टिन शहर`, `चिबोक कस्बे`, `बाली द्वीप`)
TOWN_AFTER = frozenset(fold(w) for w in "शहर शहरों कस्बे कस्बा क़स्बे कस्बों द्वीप द्वीपों टापू".split())
# ... and before it, with a case marker after the name (`प्रांत सिचुआन के चेंगडु`, `शहर बेनेई में`)
UNIT_BEFORE = frozenset(fold(w) for w in "प्रांत प्रान्त शहर".split())
# Review of round 22: `शहर` before a name reads a town only with `में`/`के` after the name and no `पूरा`/`सारा`/`यह`
# before it (`पूरा शहर अंकिता को न्याय दिलाने ...`: the whole town, for a person)
CITY = fold("शहर")
CITY_MARKERS = frozenset(fold(w) for w in "में के".split())
CITY_WHOLE = frozenset(fold(w) for w in "पूरा पूरे सारा सारे यह इस उस वह समूचा".split())


def unit_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               keep: frozenset[tuple[int, int]] = frozenset(), towns: bool = False) -> list[Mention]:
    """Round 13: a one-word PER or ORG mention right before a unit of administration (`रोहिणी जिले के`, `एके प्रांत
    के`) names that unit: a place (a given name or an acronym the model read alone), in all its occurrences.
    Not an organisation's district unit (UNIT_OFFICES after the unit word: `भाकियू जिला अध्यक्ष`, `इफको जिला प्रबंधक`),
    nor a person the training data tags mostly as a person (n_per > n_loc: `मायावती जिले के दौरे पर`) or the document
    shows as one (`_person_in_doc`). `towns` (round 22): also before a town's or island's kind (TOWN_AFTER: `ऑस्टिन
    शहर`, `चिबोक कस्बे`), and right after `प्रांत`/`शहर` when a case marker follows (`प्रांत सिचुआन के`); review:
    a town's reading takes a person, or an organisation that is a KB place or IL-NER tags mostly as a place (not
    `एनएसयूआई शहर में`: the party's students at work in the town), `शहर` before a name no given name and only as CITY_MARKERS/CITY_WHOLE
    allow, and the office words end the organisation's unit there too (`शहर एनएसयूआई के अध्यक्ष`)."""
    units = set()
    persons = None
    after = UNIT_AFTER | TOWN_AFTER if towns else UNIT_AFTER
    for m in ents:
        if m.label in ("PER", "ORG") and (m.start, m.end) not in keep and " " not in m.text.strip():
            ws = words[m.sent_idx]
            k = next((i for i, w in enumerate(ws) if w[0] == m.start and w[1] == m.end), None)
            if k is None:
                continue
            fw = fold(m.text.strip())
            before = towns and 0 < k < len(ws) - 1 and fold(ws[k - 1][2]) in UNIT_BEFORE \
                and fold(ws[k + 1][2]) in POSTPOSITIONS
            if before and fold(ws[k - 1][2]) == CITY and (fold(ws[k + 1][2]) not in CITY_MARKERS or fw in lex.given_names
                                                          or fw in FOREIGN_GIVEN
                                                          or k > 1 and fold(ws[k - 2][2]) in CITY_WHOLE):
                before = False  # `पूरा शहर अंकिता को`: the whole town, for a person
            if not before and (k + 1 >= len(ws) or ws[k + 1][0] > m.end + 1 or fold(ws[k + 1][2]) not in after):
                continue
            if k + 2 < len(ws) and fold(ws[k + 2][2]) in UNIT_OFFICES:
                continue  # `भाकियू जिला अध्यक्ष`, `शहर एनएसयूआई के अध्यक्ष`: the organisation's unit
            st = _stats(m.text.strip(), lex)
            if m.label == "ORG" and (before or fold(ws[k + 1][2]) not in UNIT_AFTER) \
                    and place_of(m.text.strip(), lex) is None and (st is None or st.n_loc <= st.n_org):
                continue  # `एनएसयूआई शहर में प्रदर्शन`: the organisation in the town (`ऑस्टिन शहर`: a KB town)
            if m.label == "PER":
                if st is not None and st.n_per > st.n_loc:
                    continue  # `मायावती जिले के दौरे पर`: a person visiting the district
                if persons is None:
                    persons = _person_in_doc(words, ents)
                if fw in persons:
                    continue
            units.add(fw)
    return [replace(m, label="LOC") if m.label in ("PER", "ORG") and (m.start, m.end) not in keep
            and fold(m.text.strip()) in units else m for m in ents]


# Round 15: posts and offices that end a span the model read as an organisation or a person (`राज्यसभा सांसद`, `अपर पुलिस
# महानिदेशक`, `नोडल अफसर`): the titles of the rules tagger and the officers' nouns of Hindi news; generic, not from an article
POSTS = TITLES | frozenset(fold(w) for w in "अफसर अफ़सर अधिकारी अधीक्षक प्रभारी महानिरीक्षक डायरेक्टर मैनेजर".split())
# Rooms of an office (`कलाईकुंडा कंट्रोल रूम`, `सीएमओ कंट्रोल रूम`, `इंटीग्रेटेड कमांड कंट्रोल रूम`): the kinds before `रूम`
ROOMS = frozenset(fold(w) for w in "रूम".split())
ROOM_KINDS = frozenset(fold(w) for w in "कंट्रोल कमांड वार".split())
_RX_NON_SPACE = regex.compile(r"\S+")
# Words before a post that make a rank of it, no body (`अपर पुलिस`, `जिला पुलिस`)
RANK_MODIFIERS = GENERIC_OWNERS | frozenset(fold(w) for w in "अपर अतिरिक्त उप सहायक वरिष्ठ मुख्य संयुक्त".split())


def post_spans(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               keep: frozenset[tuple[int, int]] = frozenset(), p: RefineParams = RefineParams()) -> list[Mention]:
    """Round 15: an ORG or PER span of two or more words ending in a post (POSTS) or an office's room (`कंट्रोल रूम`)
    names the post, not a body or a person (`अपर पुलिस महानिदेशक`, `गृह सचिव`, `नोडल अफसर`, `कलाईकुंडा कंट्रोल रूम`).
    What stands before the post stays when it is a name by itself: a known organisation (`lex.orgs`: `संयुक्त राष्ट्र`
    of `संयुक्त राष्ट्र महासचिव`, `विश्व स्वास्थ्य संगठन` of `... प्रमुख`), what the document tags alone elsewhere (with
    that label: `कलाईकुंडा`), one word IL-NER reads as an organisation in most of its uses (`राज्यसभा` of `राज्यसभा
    सांसद`), a KB place (`मध्यप्रदेश` of `मध्यप्रदेश सीएम`: LOC), or two words or more ending in an organisation's
    head (`_non_person_head`: `बिहार सरकार`, `स्वास्थ्य विभाग`) or a force or police (`इजराइली सेना` of `इजराइली सेना
    प्रमुख`), not of a rank (`जिला पुलिस`, `अपर पुलिस`). Else its first words stay when they are a known organisation
    or tagged alone (`भाजपा` of `भाजपा प्रदेश अध्यक्ष`); with nothing of a name left the span goes."""
    out = []
    labels: dict[str, str] | None = None
    for m in ents:
        toks = list(_RX_NON_SPACE.finditer(m.text))
        ws = [t.group() for t in toks]
        if m.label not in ("ORG", "PER") or len(ws) < 2 or (m.start, m.end) in keep \
                or fold(ws[-1]) not in POSTS and fold(ws[-1]) not in ROOMS:
            out.append(m)
            continue
        n = len(ws) - 1
        while fold(ws[-1]) in ROOMS and n > 0 and fold(ws[n - 1]) in ROOM_KINDS:
            n -= 1  # `कलाईकुंडा कंट्रोल रूम`: the office of a place
        if n == 0:
            continue
        if labels is None:  # once per document: what the document names alone elsewhere
            labels = {" ".join(fold(w) for w in e.text.split()): e.label for e in ents if e.label in ("ORG", "LOC")}
        rest = ws[:n]
        frest = tuple(fold(w) for w in rest)
        label = _post_owner(rest, frest, labels, lex, p)
        k = n
        while not label and k > 1:  # `भाजपा प्रदेश अध्यक्ष`: the party before a unit of it
            k -= 1
            label = _known_name(rest[:k], frest[:k], labels, lex, p)
        if label:
            out.append(_span(sents[m.sent_idx], m, m.start, m.start + toks[k - 1].end(), label))
    return out


def _known_name(rest: Sequence[str], frest: tuple[str, ...], labels: dict[str, str], lex: Lexicon,
                p: RefineParams) -> str:
    """Round 15 review: the label of words before a post that name something known: an organisation of the alias file
    (one word only when no common word, function word or given name) or what the document tags alone; else ""."""
    if frest in lex.orgs and not (len(frest) == 1 and (_common(rest[0], lex, p) or frest[0] in lex.function_words
                                                       or frest[0] in lex.given_names)):
        return "ORG"
    return labels.get(" ".join(frest), "")


def _post_owner(rest: Sequence[str], frest: tuple[str, ...], labels: dict[str, str], lex: Lexicon,
                p: RefineParams) -> str:
    """The label that the words before a post keep as a name of their own (see `post_spans`), or ""."""
    if len(rest) > 1 and (frest[0] in RANK_MODIFIERS or any(w in POSTS for w in frest)) and tuple(frest) not in lex.orgs:
        return ""  # a rank or a post (`अपर पुलिस`), even where the story tags it alone elsewhere
    label = _known_name(rest, frest, labels, lex, p)
    if label:
        return label
    if len(rest) == 1:
        st = _stats(rest[0], lex)
        if place_of(rest[0], lex) is not None:
            return "LOC"
        if st is not None and st.n >= 3 and st.n_ent >= 0.5 * st.n and st.n_org >= 0.8 * st.n_ent:
            return "ORG"
        return ""
    if frest[0] in RANK_MODIFIERS or any(w in POSTS for w in frest):
        return ""
    if frest[-1] in NATIONAL_BODIES | POLICE or _non_person_head(rest[-1], lex, p) == "ORG":
        return "ORG"  # `इजराइली सेना`, `बिहार सरकार`, `स्वास्थ्य विभाग`
    return ""


# Place-name endings of Indian towns and tahsils (`मनकापुर`, `डालीगंज`): a word with one, right after an officer's title,
# is the officer's posting (`एसडीएम मनकापुर रमाकांत वर्मा`); generic Hindi toponymy
TOWN_ENDINGS = ("पुर", "पुरा", "गंज", "नगर", "बाद", "गढ़", "गढ")
# Words the news writes between a title and a name that belong to the post: portfolios, the opposition, the late
PORTFOLIOS = frozenset(fold(w) for w in "गृह वित्त स्वास्थ्य विदेश रक्षा प्रतिपक्ष मरहूम स्वर्गीय दिवंगत".split())


def posting_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 15: a PER span of three or more words right after a title (`एसडीएम`, `जिलाधीश`, `सचिव`, `नेता`) whose first
    word is the post's place or portfolio (a KB place, a town ending in -पुर/-गंज/-नगर..., or PORTFOLIOS) and no given
    name, with a given name after it, is the person from that given name on (`एसडीएम मनकापुर रमाकांत वर्मा`, `नेता
    प्रतिपक्ष सुषमा स्वराज`, `सचिव गृह अवनीश अवस्थी`); a place cut off is a LOC of its own (`जिलाधीश चंबा विवेक
    भाटिया`: चंबा)."""
    out = []
    for m in ents:
        tokens = m.text.split()
        if m.label != "PER" or len(tokens) < 3 or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        k = _word_at(ws, m.start)
        k = k if k < len(ws) and ws[k][0] == m.start else None
        first = fold(tokens[0])
        if k is None or k == 0 or k + 1 >= len(ws) or fold(ws[k - 1][2].rstrip(".")) not in TITLES \
                or first in lex.given_names or _in_person_names(tokens[0], lex) or fold(tokens[1]) not in lex.given_names:
            out.append(m)
            continue
        place = place_of(tokens[0], lex) is not None and len(first) > 3 and first not in DESIGNATORS | AREA_KINDS
        if not (place or first in PORTFOLIOS or first.endswith(TOWN_ENDINGS) and len(first) > 4):  # not `नगर` (विकास)
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        out.append(_span(sent, m, ws[k + 1][0], m.end, "PER"))
        if place or first not in PORTFOLIOS:
            out.append(_span(sent, m, ws[k][0], ws[k][1], "LOC"))
    return out


# Round 13: roles that only an organisation has, or its shares and staff: `इनमारसेट के वरिष्ठ उपाध्यक्ष`,
# `ग्रेग्स के प्रवक्ता`, `ब्रिंक के कर्मचारी`; `नीलसन के अनुसार` is not one. Generic Hindi and news loans, not taken from
# any article. Not `मालिक`, `ग्राहक` (round 14 review): a shop and a car have an owner and customers too (`बेकरी के
# मालिक`, `बोलेरो के मालिक`; over corpus/news `मालिक` made only wrong one-word ORGs: `कॉम्प्लेक्स`, `फिटिंग्स`)
ORG_ROLES = frozenset(fold(w) for w in """उपाध्यक्ष सीईओ संस्थापक सह-संस्थापक चेयरमैन प्रबंधक निदेशक प्रवक्ता
    शेयर शेयरों कर्मचारी कर्मचारियों""".split())
ROLE_MODIFIERS = frozenset(fold(w) for w in "वरिष्ठ मुख्य प्रबंध कार्यकारी सह उप".split())


def _initial(w: str, lex: Lexicon) -> bool:
    """A letter of a name's initials (`बी.`, `टी`), not a short word (`है.`, `को`)."""
    bare = w.rstrip(".")
    return len(bare) <= 2 and fold(bare) not in lex.function_words and fold(bare) not in lex.words


# Round 20: the noun "company" right after a company's name (`आउटब्रेन कंपनी के मुताबिक`, `नोएडा की सीजफायर कंपनी`)
COMPANY_NOUNS = frozenset(fold(w) for w in "कंपनी कम्पनी".split())
# Review of round 20: industry loans before `कंपनी` too rare in the news for its counts (`फार्मा`: under three times)
INDUSTRY_LOANS = frozenset(fold(w) for w in "फार्मा".split())


def company_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 13: a one-word name the training data never saw (`_unseen_name`), no KB place, no given name and no part
    of a person's full name in the document, before `के`/`की` and a role only an organisation has (ORG_ROLES:
    `इनमारसेट के वरिष्ठ उपाध्यक्ष`, `ग्रेग्स के प्रवक्ता`) is a company: an organisation in all its occurrences. Not a
    word of the news' own vocabulary (`_news_word`: `news_common_min_docs` articles use it). With `company_nouns`
    (round 20) such a word right before `कंपनी के/की/का` is one too (`आउटब्रेन कंपनी के मुताबिक`, `सीजफायर कंपनी का`):
    before an appositive name or a case marker the word before `कंपनी` is its kind (`टेलिकॉम कंपनी जियो`, `दूरसंचार
    सेवाप्रदाता कंपनी ने`); never a demonym (`स्कॉटिश कंपनी`). Review of round 20: nor a word `company_kind_min_docs`
    news articles use (`lex.news`: `केमिकल`, `कंस्ट्रक्शन`, `सिक्योरिटी`, the demonym `चाइनीज`) unless the document tags
    it elsewhere, nor an industry loan too rare for the counts (INDUSTRY_LOANS: `फार्मा`). Review of round 21: only
    where the news writes it before a case marker in under `company_kind_max_case` of its occurrences (a modifier:
    `केमिकल` 3 of 11, `चाइनीज` 1 of 10); a brand stands alone (`पेटीएम` 10 of 13, `अमेजन` 5 of 9)."""
    cands = []  # (sentence, index of the word before `के`) where an organisation's role follows
    for idx, ws in words.items():
        for j in range(len(ws) - 2):
            if p.company_nouns and fold(ws[j + 1][2]) in COMPANY_NOUNS and ws[j + 2][2] in GENITIVES:
                cands.append((idx, j))  # round 20: `आउटब्रेन कंपनी के मुताबिक`; not `टेलिकॉम कंपनी जियो` (a kind)
            elif ws[j + 1][2] in GENITIVES:  # the postpositions have no nukta: their folded form is the word
                k = j + 2
                while k < len(ws) - 1 and fold(ws[k][2]) in ROLE_MODIFIERS:
                    k += 1
                if fold(ws[k][2]) in ORG_ROLES:
                    cands.append((idx, j))
    if not cands:
        return ents
    per_parts = {fold(w) for m in ents if m.label == "PER" and " " in m.text.strip() for w in m.text.split()}
    covered = {(m.sent_idx, m.start): m for m in ents}
    multi = {(m.sent_idx, i) for m in ents if " " in m.text.strip() for i in range(m.start, m.end)}
    tagged = Counter(fold(m.text.strip()) for m in ents if m.label in ENTITY)  # folded tagged surfaces, once
    found: set[str] = set()
    for idx, j in cands:
        ws = words[idx]
        fw = fold(ws[j][2])
        if (idx, ws[j][0]) in multi or fw in per_parts or fw in found:
            continue
        news = lex.news.get(fw)
        m = covered.get((idx, ws[j][0]))
        if p.company_nouns and fold(ws[j + 1][2]) in COMPANY_NOUNS and (
                fw in INDUSTRY_LOANS or news and news.n_docs >= p.company_kind_min_docs
                and news.n_case < p.company_kind_max_case * news.n
                and tagged[fw] <= (m is not None and m.label in ENTITY and fold(m.text.strip()) == fw)):
            continue  # review of round 20: `केमिकल कंपनी`, `चाइनीज कंपनी` name the kind; `पेटीएम`, `अमेजन` stay
        if m is not None and (m.label not in ENTITY or (m.start, m.end) in keep):
            continue
        prev = ws[j - 1] if j > 0 else None
        if prev is not None and (fold(prev[2]) in POINTERS or prev[1] + 1 >= ws[j][0]
                                 and (_unseen_name(prev[2], lex) or _name_like(prev[2], lex, p)
                                      or _initial(prev[2], lex))):
            continue  # `एक वेश्यालय के मालिक`: a common noun; `सिनोवेशन वेंचर्स के`: the last word of a longer name
        if _unseen_name(ws[j][2], lex) and place_of(ws[j][2], lex) is None and fw not in lex.given_names \
                and not (p.company_nouns and _demonym(ws[j][2], lex)) \
                and not _foreign_given(fw, lex, p.foreign_spellings) and len(fw) >= 3 and not _news_word(ws[j][2], lex, p):
            found.add(fw)
    if not found:
        return ents
    for ws in words.values():  # `एक वेश्यालय के अगले घर`: a word the document writes after a determiner is a common noun
        found -= {fold(ws[j][2]) for j in range(1, len(ws)) if fold(ws[j - 1][2]) in POINTERS}
    if not found:
        return ents
    out = [replace(m, label="ORG") if fold(m.text.strip()) in found and (m.start, m.end) not in keep else m for m in ents]
    tagged = _chars_covered(out)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for w in ws:
            if fold(w[2]) in found and (idx, w[0]) not in tagged:
                sent = sents[idx]
                out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "ORG", tagger))
    return out


# Round 20: kinds of what `X नामक <kind>` / `X नाम की/के/का <kind>` introduces (`दावतो सिदक नामक संगठन`, `विक्रम नाम का
# युवक`, `बीआरसीए1 नाम का जीन`): organisations, places, people, and things that are no entity (SPEC: products, diseases,
# storms, laws, works). Generic Hindi nouns and news loans, not taken from any article.
NAMED_ORG_KINDS = ORG_KINDS | frozenset(fold(w) for w in "ट्रस्ट एनजीओ फाउंडेशन फ़ाउंडेशन समूह ग्रुप संघ समिति".split())
NAMED_LOC_KINDS = frozenset(fold(w) for w in """गांव गाँव ग्राम शहर नगर कस्बा कस्बे क़स्बा जगह स्थान इलाका इलाके इलाक़ा
    मोहल्ला मोहल्ले बस्ती कॉलोनी कालोनी द्वीप देश राज्य प्रांत जिला जिले ज़िला क्षेत्र""".split())
NAMED_PER_KINDS = frozenset(fold(w) for w in """व्यक्ति शख्स शख़्स युवक युवती लड़का लड़की लड़के आदमी महिला पुरुष बच्चा बच्ची
    बच्चे बेटा बेटे बेटी छात्र छात्रा मरीज कर्मचारी मजदूर किसान""".split()) | ROLES
NAMED_THINGS = STORMS | frozenset(fold(w) for w in """जीन ग्रह तारा तारे उपग्रह वाहन विमान जहाज क्रूज गीत गाना फिल्म फ़िल्म
    किताब पुस्तक उपन्यास बैक्टीरिया जीवाणु विषाणु वायरस वैक्सीन टीका दवा दवाई औषधि रसायन बीमारी रोग ऐप एप सॉफ्टवेयर
    मैलवेयर प्रोग्राम कार्यक्रम योजना परियोजना अभियान अध्ययन रिपोर्ट सेवा पद्धति प्रक्रिया तकनीक औजार उपकरण लेंस मशीन
    अभ्यास ऑपरेशन एपिसोड एपीसोड शो सीरियल नाटक पुरस्कार कानून विधेयक नीति सॉल्ट ब्लॉग खेल मिशन""".split())
NAMING_WORDS = frozenset(fold(w) for w in "नामक".split())
_NAMING_SKIP = POINTERS | frozenset(fold(w) for w in "एक अपना अपने अपनी नया नए नई".split())


def _named_kind(ws: Sequence[Word], k: int) -> str | None:
    """The label of the kind noun at ws[k] or, after one adjective, at ws[k + 1] (`एक ऐंड्रॉयड मैलवेयर`): ORG, LOC,
    PER, "" for a thing that is no entity, None for a word of no list."""
    while k < len(ws) and fold(ws[k][2]) in _NAMING_SKIP:
        k += 1
    for i in range(k, min(k + 2, len(ws))):
        fw = fold(ws[i][2])
        for kinds, label in ((NAMED_ORG_KINDS, "ORG"), (NAMED_LOC_KINDS, "LOC"), (NAMED_PER_KINDS, "PER"),
                             (NAMED_THINGS, "")):
            if fw in kinds or fw.endswith(("ों", "ओं")) and fw[:-2] in kinds:
                return label
    return None


def naming_kinds(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 20: `X नामक <kind>`, `X नाम की/के/का <kind>` ("a <kind> called X") says what X is: the name right before
    the naming word takes the kind's label (NAMED_ORG_KINDS, NAMED_LOC_KINDS, NAMED_PER_KINDS), in all its mentions of
    the document, or is no entity when the kind is a thing (NAMED_THINGS: `हीट गन नामक औजार`, `बीआरसीए1 नाम का जीन`,
    `'रीटा' नाम के तूफान`). A span that runs over the naming word is cut before it (`दावतो सिदक नामक संगठन`). A word of
    no list decides nothing; curated spans stay."""
    by_end: dict[tuple[int, int], Mention] = {}
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_end[(m.sent_idx, m.end)] = m
        by_sent.setdefault(m.sent_idx, []).append(m)
    decided: dict[str, str] = {}  # folded surface -> label ("" = no entity)
    cuts: dict[int, Mention] = {}  # id(mention) -> the mention cut before the naming word
    for idx, ws in words.items():
        for j in range(1, len(ws) - 1):
            fw = fold(ws[j][2])
            if fw in NAMING_WORDS:
                k = j + 1
            elif fw == fold("नाम") and fold(ws[j + 1][2]) in GENITIVES:
                k = j + 2
            else:
                continue
            label = _named_kind(ws, k)
            if label is None:
                continue
            e = j - 1
            while e > 0 and not _RX_LETTER.search(ws[e][2]):  # a closing quote: `'रीटा' नाम के`
                e -= 1
            m = by_end.get((idx, ws[e][1]))
            if m is None:  # a span over the naming word (`दावतो सिदक नामक संगठन`)
                m = next((x for x in by_sent.get(idx, ()) if x.start < ws[j][0] < x.end and x.start < ws[e][0]), None)
                if m is None or (m.start, m.end) in keep or m.label not in ENTITY:
                    continue
                cut = _span(sents[idx], m, m.start, ws[e][1], label or m.label)
                cuts[id(m)] = cut
                m = cut
            if (m.start, m.end) in keep or m.label not in ENTITY:
                continue
            decided[fold(m.text.strip())] = label
    if not decided:
        return ents
    out = []
    for m in ents:
        m = cuts.get(id(m), m)
        label = decided.get(fold(m.text.strip())) if (m.start, m.end) not in keep and m.label in ENTITY else None
        if label is None:
            out.append(m)
        elif label:
            out.append(replace(m, label=label))
    return out


# Round 20: heads of an institution's name that news drops after the name the institution is named after (`सफदरजंग`,
# `राम मनोहर लोहिया` for their hospitals)
SHORT_INSTITUTION_HEADS = frozenset(fold(w) for w in """अस्पताल हॉस्पिटल हास्पिटल मेडिकल कॉलेज कालेज विश्वविद्यालय
    यूनिवर्सिटी इंस्टीट्यूट संस्थान""".split())
# Review of round 20: what only a person has after `की/के/का` (`महात्मा गांधी की जयंती`, `लोहिया की प्रतिमा`): the
# institution's namesake himself. Generic Hindi, not taken from any article.
NAMESAKE_NOUNS = KINSHIP | frozenset(fold(w) for w in """जयंती पुण्यतिथि बरसी जन्मदिन जन्मतिथि जन्मशती प्रतिमा मूर्ति
    समाधि विचार विचारों पिता मां माँ बेटा बेटी बेटे""".split())


def institution_short_names(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset(),
                            words: dict[int, list[Word]] | None = None) -> list[Mention]:
    """Round 20: a PER surface that, followed by an institution's head (SHORT_INSTITUTION_HEADS), is an ORG mention of
    the same document names that institution (`एम्स, सफदरजंग, राम मनोहर लोहिया और ...` with `सफदरजंग अस्पताल`,
    `राम मनोहर लोहिया अस्पताल` in the story): ORG in all its mentions. Not a surface inside a longer PER of the
    document (`सिंह` of `वीरेंद्र पाल सिंह`); curated spans stay. Review of round 20: nor a surface the document
    writes before `की/के/का` + NAMESAKE_NOUNS in any mention (`महात्मा गांधी की जयंती पर महात्मा गांधी
    मेडिकल कॉलेज में`), or, a full name of two or more words, before `ने`: the person the institution is named
    after. Review of round 21: an honorific (HONORIFICS: `जी`, `साहब`) in between is stepped over; a one-word name
    before `ने` may be the hospital itself (`सफदरजंग ने बयान जारी किया`)."""
    orgs = {fold(m.text.strip()) for m in ents if m.label == "ORG"}
    heads = set()
    for o in orgs:
        toks = o.split()
        for i in range(1, len(toks)):
            if toks[i] in SHORT_INSTITUTION_HEADS:
                heads.add(" ".join(toks[:i]))
    if not heads:
        return ents
    pers = {fold(m.text.strip()) for m in ents if m.label == "PER"}
    found = {t for t in pers & heads
             if not any(o != t and (" " + t + " ") in (" " + o + " ") for o in pers)}
    for m in ents if found and words else ():
        ws = words.get(m.sent_idx, [])
        k = _word_at(ws, m.end)
        while k < len(ws) and fold(ws[k][2]) in HONORIFICS:
            k += 1  # review of round 21: `महात्मा गांधी जी की जयंती`
        if m.label == "PER" and k < len(ws) and (ws[k][2] == "ने" and " " in m.text.strip()
                                                 or ws[k][2] in GENITIVES and k + 1 < len(ws)
                                                 and fold(ws[k + 1][2]) in NAMESAKE_NOUNS):
            found.discard(fold(m.text.strip()))
    if not found:
        return ents
    return [replace(m, label="ORG") if m.label == "PER" and fold(m.text.strip()) in found
            and (m.start, m.end) not in keep else m for m in ents]


DEPARTMENT_HEADS = frozenset(fold(w) for w in "विभाग".split())


def _owner_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that makes a department some place's or body's own: a place (also as a part of a hyphenated name), a
    national adjective or demonym, a Latin word, a known organisation, a given name, or a word the training data sees
    mostly inside names. A word IL-NER never saw decides nothing: `आबकारी` (excise) and `बेटन` (of Baton Rouge) alike."""
    fw = fold(w)
    st = lex.words.get(fw)
    if "-" in w.strip("-") and any(_owner_word(part, lex, p) for part in w.split("-") if part):
        return True  # `खैबर-पख्तूनख्वा स्वास्थ्य विभाग`
    return bool(place_of(w, lex) or fw in NATIONAL_ADJECTIVES or _demonym(w, lex) or _is_latin(w) or (fw,) in lex.orgs
                or fw in lex.given_names or fw in _OWNING_MODIFIERS
                or st is not None and st.n >= 3 and st.n_ent >= p.name_min_ratio * st.n)


_OWNING_MODIFIERS = frozenset(fold(w) for w in "राष्ट्रीय केंद्रीय केन्द्रीय संघीय".split())


def generic_departments(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, p: RefineParams,
                        keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 20: an ORG `<common words> विभाग` (`स्वास्थ्य विभाग`, `वन विभाग`, `माइक्रोबायोलॉजी विभाग`) names a kind of
    body that every state, district or college has, no organisation (gold/dev2: `विभाग` is no entity): it goes, unless
    a word of it owns it (`_owner_word`: `राजस्थान स्वास्थ्य विभाग`, `राष्ट्रीय मौसम विभाग`) or a tagged name + `के/की/का`
    stands right before it (`दिल्ली के स्वास्थ्य विभाग`: that place's, which the link stage keeps apart). Curated spans
    (the alias file's `मौसम विभाग`, `न्याय विभाग`) stay."""
    ends = {(m.sent_idx, m.end) for m in ents if m.label in ENTITY}
    out = []
    for m in ents:
        toks = m.text.split()
        if m.label != "ORG" or (m.start, m.end) in keep or len(toks) < 2 or fold(toks[-1]) not in DEPARTMENT_HEADS \
                or any(_owner_word(t, lex, p) for t in toks[:-1]):
            out.append(m)
            continue
        ws = words[m.sent_idx]
        k = _word_at(ws, m.start)
        if k >= 2 and ws[k - 1][2] in GENITIVES and (m.sent_idx, ws[k - 2][1]) in ends:
            out.append(m)
    return out


KINSHIP_TRIGGERS = KINSHIP | ALIAS_WORDS | frozenset(fold(w) for w in "पिता".split())
# What follows a person's name in a crime report's listing (`X पुत्र Y निवासी Z`, `Y (35)`, `Y उर्फ W`, `Y ने`, `Y को`)
AFTER_LISTED_NAME = RESIDENT | KINSHIP_TRIGGERS | frozenset(fold(w) for w in "( , ने को".split())


def kinship_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 14: in the way native crime and accident reports list people (`X पुत्र Y निवासी Z`, `X उर्फ Y (35)`),
    the one or two words right after a kinship word or `उर्फ` and right before `निवासी`, a bracket, a comma, another
    kinship word, `ने` or `को` are a person's name: a place's label there goes (`जौहर उर्फ जहूर पुत्र इसराइल को`,
    `कमल किशोर उर्फ जम्मू`), and untagged name-like words are tagged (`पुत्र अभयराम (`); not a common word, a weekday
    or a word many news articles use (`उसका पुत्र क्वारंटाइन सेंटर`). `पत्नी दिल्ली में` stays a place."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    covered = _chars_covered(ents)
    relabel: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 2):
            if fold(ws[j][2]) not in KINSHIP_TRIGGERS:
                continue
            m = by_start.get((idx, ws[j + 1][0]))
            if m is not None:
                k = next((k for k in range(j + 1, len(ws)) if ws[k][0] >= m.end), len(ws))
                if m.label == "LOC" and (m.start, m.end) not in keep and k - j - 1 <= 2 and k < len(ws) \
                        and fold(ws[k][2]) in AFTER_LISTED_NAME:
                    relabel.add(id(m))
                continue
            k = j + 1
            while k < len(ws) and k - j - 1 < 2 and (idx, ws[k][0]) not in covered and _listed_name_word(ws[k][2], lex, p):
                k += 1
            if k > j + 1 and k < len(ws) and fold(ws[k][2]) in AFTER_LISTED_NAME:
                sent = sents[idx]
                s, e = ws[j + 1][0], ws[k - 1][1]
                add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
                covered.update((idx, q) for q in range(s, e))
    if not relabel and not add:
        return ents
    return [replace(m, label="PER") if id(m) in relabel else m for m in ents] + add


def _listed_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word of a person's name in a crime report's listing: name-like, no common, news, role or weekday word."""
    fw = fold(w)
    return _name_like(w, lex, p) and not (_common(w, lex, p) or _news_word(w, lex, p) or fw in ROLES or fw in WEEKDAYS
                                          or fw in COMMON_WORDS or fw in COMMON_LOANS or fw in PLACE_KINDS
                                          or fw in KINSHIP_TRIGGERS or fw in RESIDENT or _PLURAL_OBLIQUE.search(w))


# Officers' and offices' letter-name acronyms beyond RANK_ACRONYMS: before a name they are titles, no initials
OFFICE_ACRONYMS = RANK_ACRONYMS | frozenset(fold(w) for w in """एसडीओ सीडीपीओ डीपीएम एजीएम जीएम एमडी सीएमडी एमएलसी
    एमएलए एमपी सीजेएम एसीजेएम डीजी एडीजी एडीजीपी आईपीएस आईएएस वीसी डीडीसी एसएसआई डीएफओ बीईओ डीईओ सीईओ सीओओ
    सीएफओ एसडीई जेई एई डीएसओ आरओ बीएलओ एसीएमओ डीएमओ एसएसबी एचओडी पीआरओ डीपीआरओ एसटीएफ सीपी एलजी पीए""".split())


INITIALS_SURNAME_MAX_DOCS = 5  # an unseen surname after initials is in at most this many news articles (not `स्कैन`)
AFTER_INITIALS_NAME = frozenset(fold(w) for w in "ने का की के से को और व एवं तथा".split())  # not `है`, `पर`


def _initials(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 14: a Devanagari word of two letter names (`जेपी`, `वीके`, `बीएस`) that no office abbreviates (`एसडीएम`,
    `पीएम`) and that the news text almost never writes before a case marker or punctuation (initials stand before a
    surname; an organisation's acronym stands alone: `पीटीआई ने`, `एम्स में`). Not three letters: those are mostly
    acronyms of things before a noun (`आईएनएस जलाश्व`, `एमआरआई स्कैन`, `एनसीसी कैडेटों`)."""
    memo = _memo("_initials", lex, p)
    if w not in memo:
        memo[w] = _initials_word(w, lex, p)
    return memo[w]


def _initials_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in OFFICE_ACRONYMS or fw in TITLES or fw in ROLES \
            or fw in lex.function_words or (fw,) in lex.orgs:
        return False
    letters = _acronym_letters(w)
    news = lex.news.get(fw)
    return bool(letters and len(letters) == 2 and not (news and news.n_case > p.initials_max_case * news.n))


def _initials_surname(ws: Sequence[Word], k: int, tagged_per: bool, lex: Lexicon, p: RefineParams) -> bool:
    """ws[k] is a surname after initials: tagged PER alone, a given name (`सागर`), a surname of the training data, or
    a word it never saw, that few news articles use, right before punctuation or a case marker (`पीके दूबे,`; not
    `ओएस इंस्टाल्ड है`); no common, function or role word, no plural."""
    w = ws[k][2]
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or len(fw) < 2 or fw in lex.function_words or fw in TITLES or fw in ROLES \
            or fw in COMMON_WORDS or fw in COMMON_LOANS or _common(w, lex, p) or _news_word(w, lex, p) \
            or fw in PLACE_KINDS or fw in DESIGNATORS or _PLURAL_OBLIQUE.search(w):
        return False
    if tagged_per or fw in lex.given_names or _surname_word(fw, lex):
        return True
    news = lex.news.get(fw)
    return fw not in lex.words and not (news and news.n_docs > INITIALS_SURNAME_MAX_DOCS) and (
        k + 1 >= len(ws) or not _RX_LETTER.search(ws[k + 1][2]) or fold(ws[k + 1][2]) in AFTER_INITIALS_NAME)


def _dateline_opener(ws: Sequence[Word], i: int, ents_at: dict[int, Mention]) -> bool:
    """Tokens before token i (a date's comma) are one place or organisation mention that opens the sentence, or
    follows a bracketed byline that does (`(अनवारुल हक) नयी दिल्ली, 23 अप्रैल`, `संयुक्त राष्ट्र, 14 मई`): a dateline."""
    k = 0
    if ws and ws[0][2] == "(":
        k = next((j + 1 for j in range(1, min(i, 8)) if ws[j][2] == ")"), 0)
    m = ents_at.get(ws[k][0]) if k < i else None
    return m is not None and m.label in ("LOC", "ORG") and m.end == ws[i - 1][1]


def _dateline_place(ws: Sequence[Word], i: int, ents_at: dict[int, Mention]) -> bool:
    """Tokens 0..i-1 of the sentence are one place mention (`पेइचिंग`, `नयी दिल्ली`): a dateline without a date."""
    m = ents_at.get(ws[0][0]) if i else None
    return m is not None and m.label == "LOC" and m.end == ws[i - 1][1]


# Postpositions after `(X)` that make the bracket part of the sentence (`10 मार्च (होली) को`), no dateline's agency
DATELINE_NOT_AFTER = frozenset(fold(w) for w in "को से तक के की का में".split())


def dateline_agencies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      lex: Lexicon) -> list[Mention]:
    """Round 16: the news agency of a dateline is an organisation: one word in brackets right after the dateline's date
    (`<place>, 30 मार्च (भाषा)`, `<place>, सात मार्च (वार्ता)`) or right after a place that opens the sentence
    (`पेइचिंग (भाषा):`, the colon after it). Translated agency names are common words (`भाषा` "language", `वार्ता`
    "talks") that no model tags; the position tells. A Devanagari word the training data or 3+ news articles know (not a
    reporter's code, `(विस)`), not a weekday or month (`20 मार्च (शुक्रवार)`), a number, a place, or a generic byline
    (`(एजेंसियां)`, `(संवाददाता)`); an untagged word only. The date's dateline too opens with a place's (or the UN's)
    mention (`_dateline_opener`; review of round 16: not `सोमवार, 10 मार्च (होली) को`), and no postposition follows the
    bracket (DATELINE_NOT_AFTER).
    Linear: one pass over each sentence's first words."""
    ents_at = {m.start: m for m in ents}
    covered = {i for m in ents for i in range(m.start, m.end)}
    tagger = ents[0].tagger if ents else "refine"
    out = list(ents)
    for idx, ws in words.items():
        for i in range(1, min(len(ws) - 2, 16)):
            if ws[i][2] != "(" or ws[i + 2][2] != ")":
                continue
            s, e, w = ws[i + 1]
            fw = fold(w)
            dated = i >= 4 and fold(ws[i - 1][2]) in MONTHS and ws[i - 3][2] == "," and (
                    _RX_NUMERAL.fullmatch(ws[i - 2][2]) or fold(ws[i - 2][2]) in NUMBER_WORDS) \
                and _dateline_opener(ws, i - 3, ents_at)  # not `सोमवार, 10 मार्च (होली) को`, `वहीं, 25 मार्च (...)`
            placed = i + 3 < len(ws) and ws[i + 3][2] == ":" and _dateline_place(ws, i, ents_at)
            if not (dated or placed) or i + 3 < len(ws) and fold(ws[i + 3][2]) in DATELINE_NOT_AFTER:
                continue  # `कैलिफोर्निया (California)`, `ककरैठा (सिकंदरा) की`: a gloss or a locality, no dateline
            news = lex.news.get(fw)
            known = fw in lex.words or (news is not None and news.n_docs >= 3)
            if s in covered or not _RX_DEVANAGARI.fullmatch(w) or not known or place_of(w, lex) \
                    or fw in WEEKDAYS or fw in MONTHS or fw in NUMBER_WORDS or fw in DATELINE_NOT_AGENCIES:
                continue  # `(विस)`, `(प्रस)`: a reporter's byline code, unknown to the training data and the news
            out.append(Mention(sents[idx].doc_id, idx, s, e, w, "ORG", tagger))
            break  # one dateline a sentence
    return out


# Round 16: a national adjective opening the Hindi calque of a body's name (`राष्ट्रीय स्वास्थ्य सेवा` the NHS,
# `अंतरराष्ट्रीय हवाई परिवहन संघ` IATA, `राष्ट्रीय सामाजिक निवेश कार्यालय`), and the heads such a name ends in. Not
# `एजेंसी` (translated news describes with it: `राष्ट्रीय आपदा एजेंसी`, `अंतरराष्ट्रीय क्रेडिट एजेंसी`), nor
# `मंत्रालय`/`विभाग` (their own steps: `national_departments`, the alias file)
CALQUE_OPENERS = frozenset(fold(w) for w in "राष्ट्रीय अंतरराष्ट्रीय अंतर्राष्ट्रीय संघीय".split())
CALQUE_HEADS = frozenset(fold(w) for w in """सेवा कार्यालय आयोग परिषद संस्थान प्राधिकरण बोर्ड समिति निगम ब्यूरो मिशन
अभिकरण संगठन अकादमी संघ कोष""".split())
CALQUE_DESCRIBERS = POINTERS | frozenset(fold(w) for w in "कुछ कई सभी अन्य विभिन्न हर".split())  # `कुछ अंतरराष्ट्रीय विमान सेवा`
# Review of round 16: before the head `सेवा` these words make a transport or delivery service, no body (`अंतरराष्ट्रीय विमान
# सेवा` "international air service", `राष्ट्रीय एम्बुलेंस सेवा`). Generic Hindi, not taken from any article
CALQUE_SERVICE = fold("सेवा")
CALQUE_NOT_SERVICES = frozenset(fold(w) for w in """विमान उड़ान हवाई बस रेल ट्रेन मेट्रो एम्बुलेंस एंबुलेंस डाक कूरियर
इंटरनेट मोबाइल फोन फ़ोन टेलीफोन ब्रॉडबैंड टैक्सी नौका जहाज फेरी वीजा वीज़ा""".split())


def _calque_word(w: str, lex: Lexicon) -> bool:
    """A middle word of a calqued name: a Devanagari content word, no function word, postposition, number, title,
    conjunction or opener of a description (`स्तरीय` of `राष्ट्रीय स्तरीय समिति`, "a national-level committee")."""
    fw = fold(w)
    return bool(_RX_DEVANAGARI.fullmatch(w)) and fw not in lex.function_words and fw not in POSTPOSITIONS \
        and fw not in NUMBER_WORDS and fw not in TITLES and fw not in LIST_SEPARATORS and fw not in POINTERS \
        and not fw.endswith(fold("स्तरीय")) and fw not in CALQUE_HEADS and fw not in CALQUE_OPENERS


def _calque_namesake(per: Mention, calque: Sequence[Word], sents: dict[int, Sentence], doc_texts: dict[str, str],
                     lex: Lexicon) -> bool:
    """The PER right before a calque opens the body's name (`इंदिरा गांधी राष्ट्रीय वन अकादमी`): 2+ words, and the joined
    name is a known organisation or place (alias file, KB) or the article never writes the person's name without the
    calque's opener after it. `doc_texts` caches each article's text (built once per article that needs it)."""
    toks = per.text.split()
    if len(toks) < 2:
        return False
    joined = toks + [w[2] for w in calque]
    if tuple(fold(t) for t in joined) in lex.orgs or place_of(" ".join(joined), lex):
        return True
    if not doc_texts:
        parts: dict[str, list[str]] = defaultdict(list)
        for sent in sorted(sents.values(), key=lambda s: (s.doc_id, s.start)):
            parts[sent.doc_id].append(sent.text)
        doc_texts.update((doc, "\n".join(texts)) for doc, texts in parts.items())
    after = regex.compile(r"(?<![\p{L}\p{M}])" + regex.escape(per.text) + r"(?![\p{L}\p{M}])(?:\s+(\S+))?")
    return all(fold(m.group(1) or "") in CALQUE_OPENERS for m in after.finditer(doc_texts.get(per.doc_id, "")))


def calque_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 16: `<national adjective> + one to three content words + a body's head` is one organisation
    (CALQUE_OPENERS, `_calque_word`, CALQUE_HEADS): the way Hindi renders a foreign or Indian body's name word by word
    (`राष्ट्रीय स्वास्थ्य सेवा`, `राष्ट्रीय बाल अधिकार संरक्षण आयोग`), which the model tags in part or not at all; a person's
    name right before it opens it (`इंदिरा गांधी राष्ट्रीय वन अकादमी`). Not after an article, demonstrative or quantifier
    (`एक राष्ट्रीय समिति`, `कुछ अंतरराष्ट्रीय विमान सेवा`: a body described), nor over a place mention, a curated span, or
    an ORG reaching past it; ORG pieces inside are replaced. Linear: each sentence's words
    once, a window of five words at each opener."""
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        by_sent[m.sent_idx].append(m)
    drop: set[int] = set()
    add: list[Mention] = []
    doc_texts: dict[str, str] = {}
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        i = 0
        while i < len(ws):
            if fold(ws[i][2]) not in CALQUE_OPENERS or (i and fold(ws[i - 1][2]) in CALQUE_DESCRIBERS):
                i += 1
                continue
            j = i + 1
            while j < len(ws) and j - i <= 3 and _calque_word(ws[j][2], lex):
                j += 1
            if j == i + 1 or j >= len(ws) or fold(ws[j][2]) not in CALQUE_HEADS:
                i += 1
                continue
            if fold(ws[j][2]) == CALQUE_SERVICE and any(fold(w[2]) in CALQUE_NOT_SERVICES for w in ws[i + 1 : j]):
                i = j + 1  # `अंतरराष्ट्रीय विमान सेवा`: an air service
                continue
            s, e = ws[i][0], ws[j][1]
            ms = by_sent.get(idx, [])
            named = next((m for m in ms if i and m.label == "PER" and m.end == ws[i - 1][1]
                          and (m.start, m.end) not in keep), None)
            if named is not None and not _calque_namesake(named, ws[i:j + 1], sents, doc_texts, lex):
                named = None  # `मोदी राष्ट्रीय सुरक्षा परिषद`: the person, then the body
            if named is not None:  # `इंदिरा गांधी राष्ट्रीय वन अकादमी`: a body named after a person
                s = named.start
            over = [k for k, m in enumerate(ms) if m.start < e and s < m.end]
            if any(ms[k] is not named and ms[k].label != "ORG" or ms[k].start < s or ms[k].end > e or (ms[k].start, ms[k].end) in keep
                   for k in over) or any(ms[k].start == s and ms[k].end == e for k in over):
                i = j + 1
                continue
            drop.update(id(ms[k]) for k in over)
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
            i = j + 1
    return [m for m in ents if id(m) not in drop] + add


def _initials_pair_spans(idx: int, a: Word, b: Word, by_start: dict, covered: set,
                         keep: frozenset[tuple[int, int]]) -> tuple[Mention | None, Mention | None] | None:
    """The spans initials `a` and the surname `b` carry, (initials' span, surname's span), where a person may replace
    them: the initials no span or a one-word ORG/PER, the surname none or a one-word PER, neither curated (`keep`);
    None otherwise (`initial_names`, `listed_initials`)."""
    ma, mb = by_start.get((idx, a[0])), by_start.get((idx, b[0]))
    if (idx, a[0]) in covered and not (ma and ma.end == a[1] and ma.label in ("ORG", "PER")) \
            or (idx, b[0]) in covered and not (mb and mb.end == b[1] and mb.label == "PER") \
            or any(m is not None and (m.start, m.end) in keep for m in (ma, mb)):
        return None
    return ma, mb


def initial_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 14: initials written as letter names (`_initials`: `जेपी`, `पीके`, `वीके`) right before a surname
    (`_initials_surname`) are one person, as native news names officers, teachers and victims (`जेपी सागर`, `पीके
    दूबे`, `वीके पॉल`, `केके गोस्वामी`); the model reads the initials as an acronym (ORG) or leaves them out. Either
    word may carry a one-word ORG or PER span, no other span."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    covered = _chars_covered(ents)
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            a, b = ws[j], ws[j + 1]
            if b[0] > a[1] + 1 or not _initials(a[2], lex, p):
                continue
            pair = _initials_pair_spans(idx, a, b, by_start, covered, keep)
            if pair is None:
                continue
            ma, mb = pair
            if ma is not None and mb is None and ma.label == "PER":
                continue  # `बीटी` a person alone
            if not _initials_surname(ws, j + 1, mb is not None, lex, p):
                continue
            drop.update(id(m) for m in (ma, mb) if m is not None)
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, a[0], b[1], sent.text[a[0] - sent.start : b[1] - sent.start], "PER",
                               tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 21: acronyms of ranks and documents that news writes before a place name (`जेसीओ देहरादून में तैनात`, a junior
# commissioned officer; `एफआईआर भुवनेश्वर`): no institution of the place. Generic, read off acronym_seats' changes
# (review: `आईपीएल मुंबई`, the league)
SEATLESS_ACRONYMS = frozenset(fold(w) for w in "जेसीओ एनसीओ एफआईआर आईपीएल".split())
# News agencies whose acronym opens a dateline (`पीटीआई दिल्ली:`): generic, the agencies of Indian and world news
NEWS_AGENCIES = frozenset(fold(w) for w in "पीटीआई एएनआई आईएएनएस यूएनआई एएफपी एपी एनएनआई".split())


_WORD_INDEX: list = [None, None]  # (the words of the document refine_mentions works on, their _word_index)


def _word_index(words: dict[int, list[Word]]) -> dict[tuple[int, int], int]:
    """(sentence, a word's start) -> the word's index in its sentence. Eight steps ask for it with the same
    document's words (refine_mentions builds them once and no step changes them): built once per document (the
    last document's index is held with its words, so a new words object is never mistaken for it)."""
    if _WORD_INDEX[0] is not words:
        _WORD_INDEX[:] = [words, {(idx, w[0]): i for idx, ws in words.items() for i, w in enumerate(ws)}]
    return _WORD_INDEX[1]


# Review of round 21: the last letters of an institution's acronym, Institute, University, Hospital, Institute of
# Technology (`पीजीआई`, `केजीएमयू`, `पीएमसीएच`, `आईआईटी`); an acronym of a law, tax, league or function (`एनआरसी`,
# `सीएए`, `जीएसटी`, `आईपीएल`, `वीआईपी`, `एसी`) ends otherwise. Generic, not read off an article
INSTITUTION_ENDS = ("I", "U", "H", "IT")
SEAT_ORG_SHARE = 0.5  # an acronym the training data tag mostly other than ORG (`जीएसटी`: 3 of 100) is no institution


def _institution_acronym(w: str, letters: str, lex: Lexicon, doc_orgs: set[str]) -> bool:
    """An acronym that names an institution: a known organisation, one the model tagged ORG in the document
    (`एनसीडीसी`, `एनआईवी`, `सीएमसी`: the news never tags `एनआरसी`, `सीएए`, `जीएसटी`), or one whose letters end as an
    institution's (INSTITUTION_ENDS) and that the training data, where they have it, tag mostly as ORG."""
    fw = fold(w)
    if (fw,) in lex.orgs or fw in doc_orgs:
        return True
    st = lex.words.get(fw)
    return letters.endswith(INSTITUTION_ENDS) and (st is None or st.n_org >= SEAT_ORG_SHARE * st.n)


def acronym_seats(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 21: a Devanagari acronym (2-6 letter names) right before a tagged KB town, city, state or territory
    names the institution of that seat, one ORG (`पीजीआई चंडीगढ़`, `केजीएमयू लखनऊ`, `आईआईटी रुड़की`, `पीएमसीएच
    धनबाद`, `एनआईवी पुणे`), as native news names hospitals, universities and institutes. Not an office or rank
    (`एसडीएम मनकापुर`, `सीएमओ फिरोजाबाद`: an officer of the place), a title, role or function word (`इसी`), an acronym
    that is itself a place (`यूपी दिल्ली`), nor before a country or region (`एडीबी भारत`); an organisation known or
    tagged in the document, or letters that end as an institution's (`_institution_acronym`; not `एनआरसी असम`). The
    acronym may carry a one-word span, untagged or of any label, which the institution replaces with the place's
    mention. Not before a colon (round 22) where the acronym is a news agency or follows a headline's colon (review):
    `पीटीआई दिल्ली:`, `<headline>: एनएचसी बीजिंग:` are datelines, a source and its place; a headline's institution
    stays one (`पीजीआई चंडीगढ़: कोरोना के 10 नए मामले`)."""
    covered: dict[tuple[int, int], list[Mention]] | None = None  # built at the first seat found (most documents have none)
    at = _word_index(words)
    doc_orgs = {fold(m.text) for m in ents if m.label == "ORG"}
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for m in ents:  # the seat may be a curated KB span: it grows into its institution, as `org_heads` grows places
        if m.label != "LOC":
            continue
        place = place_of(m.text, lex)
        if place is None or place.kind in ("country", "region"):
            continue
        ws = words.get(m.sent_idx, [])
        k = at.get((m.sent_idx, m.start))
        if not k or ws[k - 1][1] + 1 != m.start:
            continue
        a = ws[k - 1]
        fa = fold(a[2])
        letters = _acronym_letters(a[2]) if _RX_DEVANAGARI_ZW.fullmatch(a[2]) else None
        if not letters or not 2 <= len(letters) <= 6 or fa in OFFICE_ACRONYMS or fa in TITLES or fa in ROLES \
                or fa in SEATLESS_ACRONYMS \
                or fa in lex.function_words or place_of(a[2], lex) is not None \
                or not _institution_acronym(a[2], letters, lex, doc_orgs):
            continue
        sent = sents[m.sent_idx]
        if sent.text[m.end - sent.start : m.end - sent.start + 2].strip().startswith(":") and \
                (fa in NEWS_AGENCIES or sent.text[: a[0] - sent.start].rstrip().endswith(":")):
            continue  # round 22: `पीटीआई दिल्ली:`, `<headline>: एनएचसी बीजिंग:` are datelines, a source and its place
        if covered is None:
            covered = defaultdict(list)
            for x in ents:
                for i in range(x.start, x.end):
                    covered[x.sent_idx, i].append(x)
        on_a = covered.get((m.sent_idx, a[0]), [])
        if any(x.start != a[0] or x.end != a[1] or (x.start, x.end) in keep for x in on_a):
            continue
        drop.update(id(x) for x in on_a)
        drop.add(id(m))
        sent = sents[m.sent_idx]
        add.append(Mention(sent.doc_id, m.sent_idx, a[0], m.end, sent.text[a[0] - sent.start: m.end - sent.start], "ORG",
                           tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 21: `सेन` is the abbreviated title Senator in translated US news (`डेमोक्रेटिक सेन. क्रिस कून्स`, `एरिजोना सेन`),
# after a party or a state; elsewhere a Bengali surname (`अमर्त्य सेन`). Party words: generic, not from an article
SEN = fold("सेन")
US_PARTY_WORDS = frozenset(fold(w) for w in "डेमोक्रेटिक डेमोक्रेट रिपब्लिकन".split())


def senator_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 21: a PER span of `सेन` alone, or of a US party word + `सेन`, is the title Senator, no person, where the
    word before `सेन` is a party word (`डेमोक्रेटिक सेन.`) or a tagged place (`एरिजोना सेन`), or a full stop and
    more words of the sentence follow it (`सेन. क्रिस`; not `उनका नाम था सेन.`): dropped. A surname `सेन` after a
    given name (`अमर्त्य सेन`) is left alone."""
    loc_end = {(m.sent_idx, m.end) for m in ents if m.label == "LOC"}
    at = _word_index(words)
    drop: set[int] = set()
    for m in ents:
        if m.label != "PER" or (m.start, m.end) in keep or not fold(m.text).endswith(SEN):
            continue
        ws = [w for w in words.get(m.sent_idx, []) if m.start <= w[0] and w[1] <= m.end]
        if not ws or fold(ws[-1][2]) != SEN or len(ws) > 2 or len(ws) == 2 and fold(ws[0][2]) not in US_PARTY_WORDS:
            continue
        allw = words.get(m.sent_idx, [])
        k = at[m.sent_idx, ws[-1][0]]
        prev = allw[k - 1] if k > 0 else None
        sent = sents[m.sent_idx]
        after = sent.text[ws[-1][1] - sent.start: ws[-1][1] - sent.start + 1]
        dotted = after == "." and _RX_LETTER.search(sent.text[ws[-1][1] + 1 - sent.start:]) is not None  # `सेन. क्रिस`
        if len(ws) == 2 or dotted or prev is not None and (
                fold(prev[2]) in US_PARTY_WORDS or (m.sent_idx, prev[1]) in loc_end):
            drop.add(id(m))
    return [m for m in ents if id(m) not in drop] if drop else ents


# Round 24: titles and posts written before a person's name that neither TITLES nor ROLES holds, so `trim_edges` leaves
# them on the span (`जस्टिस अरूण मिश्रा`, `उपराज्यपाल अनिल बैजल`, `निगमायुक्त विजय नेहरा`); the spec leaves titles out.
# Generic Hindi and English loan titles, not taken from any article; none is a given name or a surname.
LEAD_TITLES = frozenset(fold(w) for w in """जस्टिस जज एडवोकेट बैरिस्टर मजिस्ट्रेट उपराज्यपाल निगमायुक्त पुलिसायुक्त
    उपजिलाधिकारी उपनिरीक्षक निरीक्षक सीनेटर लॉर्ड लार्ड""".split())
# ... and the same posts written in Latin capitals before a Devanagari name (`CPRO राजेश कुमार`): the rank acronyms of
# the rules tagger spelled in Latin, and the public relations officers. Not initials (`MS धोनी`): none of these is.
LATIN_LEAD_TITLES = frozenset("""CM PM DM SDM ADM DIG IG DGP SP SSP ASP DSP CO SHO SI ASI BDO CDO CMO DC ACP DCP ADCP
    PRO CPRO MLA MP CEO""".split())
CHIEF = fold("चीफ")  # `WHO चीफ`: the head of the organisation, a post, no part of its name
# Review of round 24: what makes a two-letter post of LATIN_LEAD_TITLES a post, not a person's initials
# (`SP बालासुब्रमण्यम`, `मंत्री SP सिंह बघेल`): a genitive before it (`जिले के SP`), or a tagged place or organisation
# right before it
LATIN_TITLE_OWNERS = frozenset(fold(w) for w in "के की का".split())


def _latin_post(ws: Sequence[Word], m: Mention, ents: list[Mention], lex: Lexicon) -> bool:
    """`lead_titles` (review of round 24): the Latin word opening m (ws, its sentence's words) is a post of
    LATIN_LEAD_TITLES, no initials: three letters or more (`CPRO`), or two (`SP`, `DC`, `PM`, also initials) after a
    genitive (LATIN_TITLE_OWNERS) or a tagged place or organisation (`बिलासपुर SP`), or before a KB place (`SP
    बिलासपुर`)."""
    k = next((i for i, w in enumerate(ws) if w[0] == m.start), None)
    if k is None or ws[k][2] not in LATIN_LEAD_TITLES:
        return False
    if len(ws[k][2]) > 2:
        return True
    if k + 1 < len(ws) and place_of(ws[k + 1][2], lex) is not None:
        return True
    return k > 0 and (fold(ws[k - 1][2]) in LATIN_TITLE_OWNERS or any(
        o.sent_idx == m.sent_idx and o.end == ws[k - 1][1] and o.label in ("LOC", "ORG") for o in ents))


def _chief_owner(ws: Sequence[Word], lex: Lexicon) -> bool:
    """`lead_titles` (review of round 24): the words before `चीफ` name an organisation: two or more, a Latin or
    letter-name acronym (`WHO`, `डब्लूएचओ`) or a known organisation; not a service's common noun (`आर्मी चीफ`)."""
    if len(ws) > 1:
        return True
    w = ws[0][2]
    return bool(regex.fullmatch(r"[A-Z][A-Za-z&.]*", w)) or bool(latin_acronym(w)) or (fold(w),) in lex.orgs


def lead_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 24: a PER span of two words or more opening with a title of LEAD_TITLES, or with one of LATIN_LEAD_TITLES
    before a Devanagari word, is cut after it (`जस्टिस अरूण मिश्रा` -> `अरूण मिश्रा`, `CPRO राजेश कुमार` -> `राजेश
    कुमार`); an ORG span of two words or more ending in `चीफ` is cut before it (`WHO चीफ` -> `WHO`). Curated spans stay.
    Review of round 24: a two-letter Latin title may be initials, cut only where `_latin_post` says so (`SP
    बालासुब्रमण्यम` stays); `चीफ` only after an organisation's name (`_chief_owner`: `आर्मी चीफ` stays)."""
    out = []
    for m in ents:
        if m.label not in ("PER", "ORG") or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = _words_in(words.get(m.sent_idx, []), m)
        if len(ws) < 2 or ws[0][0] != m.start or ws[-1][1] != m.end:
            out.append(m)
            continue
        if m.label == "PER" and (fold(ws[0][2]) in LEAD_TITLES
                                 or _RX_DEVANAGARI.match(ws[1][2]) and _latin_post(words[m.sent_idx], m, ents, lex)):
            out.append(_span(sents[m.sent_idx], m, ws[1][0], m.end))
        elif m.label == "ORG" and fold(ws[-1][2]) == CHIEF and _chief_owner(ws[:-1], lex):
            out.append(_span(sents[m.sent_idx], m, m.start, ws[-2][1]))
        else:
            out.append(m)
    return out


# Round 24: kinds of organisation that news writes right before an organisation's name in quotes (`संस्था 'ऑफ़स्टेड'`,
# `कंपनी 'ड्रॉपबॉक्स'`, `अखबार 'हेराल्ड सन'`): APPOSITIVE_KINDS and a few more; not `समूह`/`दल`/`टीम`, whose quotes
# are as often a phrase (`समूह "खुश नहीं" था`)
QUOTED_ORG_KINDS = APPOSITIVE_KINDS | frozenset(fold(w) for w in """संस्थान बैंक चैरिटी एनजीओ ट्रस्ट फाउंडेशन फ़ाउंडेशन
    पार्टी टेलीविज़न टेलीविजन""".split())
QUOTE_MAX_WORDS = 5  # the longest quoted name taken
# ... and words of a quoted phrase, no name (`'फिर से उग आया'`): case markers, copulas, negation, light verbs, particles;
# closed Hindi classes, read besides the lexicon's UD function words
QUOTE_PHRASE_WORDS = POSTPOSITIONS | frozenset(fold(w) for w in """ने से नहीं न ना मत है हैं था थी थे हो होगा आया आई आए
    गया गई गए कर रहा रही रहे भी ही तो वाला वाली वाले""".split())


def _quote_token(w: str) -> bool:
    return bool(w) and all(c in _QUOTES for c in w)


# Review of round 24: what follows `'X' <kind>` or `<kind> 'X'` when X is said of the organisation, no name of it
# (`'शानदार' कंपनी बताया`, `संस्था 'अवैध' करार दी`, `'देशद्रोही' संगठन है`): copulas and verbs of calling, declaring
QUOTE_PREDICATES = frozenset(fold(w) for w in """है हैं था थी थे हो होगा होगी बताया बताई बताए बताते बताती बताता घोषित
    करार माना मानी माने कहा कहते कहती कहलाता कहलाती""".split())
_RX_LATIN_CAPITAL = regex.compile(r"[A-Z][\p{Latin}\d&.-]*")


def _quoted_common(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """`quoted_kinds` (review of round 24): a folded quoted word that is a common word, no name (`'फर्जी'`, `'सक्रिय'`):
    IL-NER saw it twice or more, in a name under a fifth of the time (not `'कोव'`, 8 of 30; `'साइंस'`, 4 of 9), or
    `news_common_min_docs` news articles use it and IL-NER never saw it in a name (`_titled_word`'s commonness)."""
    st, news = lex.words.get(fw), lex.news.get(fw)
    if st is not None and st.n >= 2 and 5 * st.n_ent < st.n:
        return True
    return news is not None and news.n_docs >= p.news_common_min_docs and (st is None or st.n_ent == 0)


def _personal_span(m: Mention, ws: Sequence[Word], lex: Lexicon) -> bool:
    """`quoted_kinds` (review of round 24): m is a PER span over a word of a person's name: a KB given name or a word
    IL-NER saw mostly in persons' names (`मोदी` of `'मोदी हटाओ'`). Never dropped for a quoted name."""
    if m.label != "PER":
        return False
    for w in _words_in(ws, m):
        fw, st = fold(w[2]), lex.words.get(fold(w[2]))
        if fw in lex.given_names or st is not None and st.n_per > 0 and 2 * st.n_per >= st.n:
            return True
    return False


def quoted_kinds(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 24: `<kind> '<name>'` or `'<name>' <kind>` with a kind of QUOTED_ORG_KINDS (`आधिकारिक संस्था 'ऑफ़स्टेड'`,
    `कंपनी 'कोव'`, `अखबार 'हेराल्ड सन'`, `'मिड डे' अखबार`) says the quoted words are an organisation's name: one ORG
    over them (the spans inside it go), and ORG at the name's other mentions (`_propagate_quoted`). The name is 1 to
    QUOTE_MAX_WORDS words with letters, none a function word (`समूह 'फिर से उग आया'`); a span reaching out of the
    quotes, or a curated span, leaves it alone. Review of round 24: not one common word (`_quoted_common`: `कंपनी
    'फर्जी'`, `'सुरक्षित' चैनल`; `'हिंदी गुरु'` is a name), nor one said of the organisation, a copula or verb of
    calling after the pattern (QUOTE_PREDICATES: `'शानदार' कंपनी बताया`, `संस्था 'अवैध' करार दी`), nor one over a
    person's name (`_personal_span`: `'मोदी हटाओ' पार्टी`)."""
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    names: set[tuple[str, ...]] = set()
    for idx, ws in words.items():
        for j in range(len(ws)):
            if fold(ws[j][2]) not in QUOTED_ORG_KINDS:
                continue
            if j + 3 < len(ws) and _quote_token(ws[j + 1][2]):  # `संस्था 'ऑफ़स्टेड'`
                k = next((k for k in range(j + 2, min(len(ws), j + 3 + QUOTE_MAX_WORDS)) if _quote_token(ws[k][2])),
                         None)
                if k is None or k == j + 2:
                    continue
                name, after = ws[j + 2:k], k + 1
            elif j >= 3 and _quote_token(ws[j - 1][2]):  # `'मिड डे' अखबार`, `'इंडिपेंडेंट' अख़बार`
                i = next((i for i in range(j - 2, max(-1, j - 3 - QUOTE_MAX_WORDS), -1) if _quote_token(ws[i][2])), None)
                if i is None or i == j - 2:
                    continue
                name, after = ws[i + 1:j - 1], j + 1
            else:
                continue
            if any(not _RX_LETTER.search(w[2]) or fold(w[2]) in lex.function_words or fold(w[2]) in QUOTE_PHRASE_WORDS
                   for w in name) or len(name) == 1 and _quoted_common(fold(name[0][2]), lex, p) \
                    or after < len(ws) and fold(ws[after][2]) in QUOTE_PREDICATES:
                continue
            s, e = name[0][0], name[-1][1]
            if any(m.start < e and s < m.end and (m.start < s or e < m.end or (m.start, m.end) in keep
                                                  or _personal_span(m, ws, lex))
                   for m in by_sent.get(idx, ())):
                continue
            names.add(tuple(fold(w[2]) for w in name))
    if not names:
        return ents
    return _propagate_quoted(words, sents, ents, by_sent, names, lex, keep, p.quoted_spread)


def _longest_name(fws: Sequence[str], j: int, names: set[tuple[str, ...]], longest: int, shortest: int = 1) -> int:
    """The length of the longest run of folded words at fws[j] that is one of `names` (at most `longest` words, at
    least `shortest`); 0 for none."""
    return next((n for n in range(min(longest, len(fws) - j), shortest - 1, -1) if tuple(fws[j:j + n]) in names), 0)


def _propagate_quoted(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      by_sent: dict[int, list[Mention]], names: set[tuple[str, ...]], lex: Lexicon,
                      keep: frozenset[tuple[int, int]], spread: bool = False) -> list[Mention]:
    """`quoted_kinds`: ORG over each mention of the quoted names (folded words), the spans inside it dropped, where it
    is quoted (a quote token before or after it: `शर्क' अखबार` split off its opening quote), or already tagged (a span
    inside it), or its words are capitalised Latin (review of round 24: an untagged common word elsewhere stays
    untagged); never over a curated span or a person's name (`_personal_span`). A span that ends in the name after
    `और`/`,` (`अल मदीना एजुकेशन ट्रस्ट और ऑफ़स्टेड`) is cut before the separator."""
    tagger = ents[0].tagger if ents else "refine"
    gone: set[int] = set()
    out: list[Mention] = []
    longest = max(len(n) for n in names)
    for idx, ws in words.items():
        sent = sents[idx]
        fws = [fold(w[2]) for w in ws]
        ms = by_sent.get(idx, [])
        j = 0
        while j < len(ws):
            n = _longest_name(fws, j, names, longest)
            if not n:
                j += 1
                continue
            s, e = ws[j][0], ws[j + n - 1][1]
            over = [m for m in ms if m.start < e and s < m.end and id(m) not in gone]
            quoted = j >= 1 and _quote_token(ws[j - 1][2]) or j + n < len(ws) and _quote_token(ws[j + n][2])
            latin = all(_RX_LATIN_CAPITAL.fullmatch(w[2]) for w in ws[j:j + n]) \
                or spread and all(_unseen_name(w[2], lex) for w in ws[j:j + n])  # round 42: `ऑफ़स्टेड ने`
            if any(_personal_span(m, ws, lex) for m in over):
                pass
            elif all(s <= m.start and m.end <= e and (m.start, m.end) not in keep for m in over):
                if (over or quoted or latin) and not (
                        len(over) == 1 and (over[0].start, over[0].end) == (s, e) and over[0].label == "ORG"):
                    gone.update(id(m) for m in over)
                    out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG",
                                       over[0].tagger if over else tagger))
            elif len(over) == 1 and over[0].end == e and (over[0].start, over[0].end) not in keep \
                    and j >= 2 and fws[j - 1] in LIST_SEPARATORS and over[0].start < ws[j - 1][0]:
                m = over[0]  # `अल मदीना एजुकेशन ट्रस्ट और ऑफ़स्टेड`: two names run together
                gone.add(id(m))
                out.append(_span(sent, m, m.start, ws[j - 2][1]))
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", m.tagger))
            j += n
    if not out:
        return ents
    return [m for m in ents if id(m) not in gone] + out


# Round 21: the halves of a north Indian village pair (`जलालपुर खुर्द`, "the smaller", `निधौली कलां`, "the bigger"): part
# of the village's name, never a name alone. Generic Hindi/Urdu, not taken from any article
VILLAGE_HALVES = frozenset(fold(w) for w in "खुर्द कलां कलाँ".split())
BURD = fold("बुर्द")  # `खुर्द-बुर्द`, an idiom (misappropriated), written apart: no village


def village_halves(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 21: `X खुर्द`, `X कलां` is one village, a place (`भड़ोलियां खुर्द गांव`, `ढाढ़ा खुर्द को सील`), where the
    model tagged the half word alone (`खुर्द` LOC, `कलां` PER), X alone, both, or neither. X is a Devanagari word, no
    function word, no common word; spans on X or the half word that reach beyond the two words are left alone. A half
    word tagged alone after no such X is no name: dropped. Not the idiom `खुर्द बुर्द`, a half word after a half
    word (`रामपुर खुर्द कलां`: one village, no overlap), nor an untagged half word after a one-word person (`रामू
    कलां में`)."""
    by_word: dict[tuple[int, int], list[Mention]] | None = None  # built at the first half word (most stories have none)
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j, w in enumerate(ws):
            if fold(w[2]) not in VILLAGE_HALVES:
                continue
            if by_word is None:
                by_word = defaultdict(list)
                for m in ents:
                    for i in range(m.start, m.end):
                        by_word[m.sent_idx, i].append(m)
            if j + 1 < len(ws) and fold(ws[j + 1][2]) == BURD or j > 0 and fold(ws[j - 1][2]) in VILLAGE_HALVES:
                continue  # the idiom `खुर्द बुर्द` (embezzled); a half after a half: no overlapping village
            on_half = by_word.get((idx, w[0]), [])
            x = ws[j - 1] if j > 0 else None
            if x is not None and not on_half and [(m.label, m.start, m.end) for m in by_word.get((idx, x[0]), [])] \
                    == [("PER", x[0], x[1])]:
                continue  # `रामू कलां में माहिर`: a one-word person, and `कलां` (arts) untagged
            ok = x is not None and x[1] + 1 == w[0] and _RX_DEVANAGARI_ZW.fullmatch(x[2]) is not None \
                and fold(x[2]) not in lex.function_words and fold(x[2]) not in POSTPOSITIONS and x[2] not in GENITIVES \
                and not _common(x[2], lex, p)
            on_x = by_word.get((idx, x[0]), []) if x is not None else []
            ms = {id(m): m for m in on_half + on_x}
            if any((m.start, m.end) in keep or m.start < (x[0] if ok else w[0]) or m.end > w[1] for m in ms.values()):
                continue
            if not ok:
                drop.update(id(m) for m in on_half)
                continue
            if any(m.start == x[0] and m.end == w[1] and m.label == "LOC" for m in ms.values()):
                continue
            drop.update(ms)
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, x[0], w[1], sent.text[x[0] - sent.start: w[1] - sent.start], "LOC",
                               tagger))
    if not add and not drop:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 21: the Latin letters as Hindi news spells them one by one (`आर के गर्ग`, `जे पी नड्डा`): link.py's letter names
_LETTERS = frozenset(fold(w) for w in LETTER_NAMES)


# Letter names written apart that spell a common word, no initials (`टी वी शर्मा`: a TV, `शर्मा`)
SPACED_LETTER_WORDS = frozenset(fold(w) for w in "टीवी".split())
# A kinship word before `जी के` (`पिता जी के राम`: the honorific of the father, and the genitive)
KIN_BEFORE_JI = KINSHIP_TRIGGERS | frozenset(fold(w) for w in "माता मां भाई बहन चाचा ताऊ मामा दादा नाना".split())


def _office_letters(joined: str, lex: Lexicon) -> bool:
    """Letter names written apart, joined (`पी एम` -> `पीएम`), spell an office, rank or title, a common word or a
    known organisation (`सी बी आई`): no person's initials."""
    fj = fold(joined)
    return fj in OFFICE_ACRONYMS or fj in TITLES or fj in SPACED_LETTER_WORDS or (fj,) in lex.orgs


def _initial_run(ws: list[Word], j: int, idx: int, per_end: set[tuple[int, int]]) -> tuple[int, int]:
    """The letter-name words from ws[j] (the first of a run; at most four): (a, k), the initials being ws[a:k] and
    ws[k] the surname. A leading `के` after a word that is no title or role is the genitive (`परिषद के आर`), and
    so is `जी के` after a person, a kinship word or a title (`मोदी जी के`, `पिता जी के`): a skips them."""
    k = j
    while k < len(ws) and fold(ws[k][2]) in _LETTERS and k - j < 4:
        k += 1
    a = j
    prev = fold(ws[j - 1][2]) if j > 0 else ""
    if fold(ws[a][2]) == fold("के") and j > 0 and prev not in TITLES and prev not in ROLES:
        a += 1  # `परिषद के आर गंगाखेडकर`: the genitive
    if a > 0 and a + 1 < k and fold(ws[a][2]) == fold("जी") and fold(ws[a + 1][2]) == fold("के") \
            and ((idx, ws[a - 1][1]) in per_end or fold(ws[a - 1][2]) in KIN_BEFORE_JI or fold(ws[a - 1][2]) in TITLES):
        a += 2  # `मोदी जी के`, `पिता जी के`: the honorific and the genitive
    return a, k


def spaced_initials(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 21: two or three letter names written as separate words right before a surname are one person's
    initials (`रजिस्ट्रार आर के गर्ग`, `प्रोफ़ेसर जी के बंसल`, `भाजपा अध्यक्ष जे पी नड्डा`, `संगीतकार ए आर रहमान`),
    as `initial_names` reads them written together (`जेपी`). The surname is tagged PER from that word on, or a given
    name or surname of the training data (not a rare unseen word, as `initial_names` takes: `विटामिन डी के
    सप्लीमेंट`), and no common word (`प्लान बी के तौर`, `ग्रुप डी के सभी`). A leading `के` after a word that is no
    title or role is the genitive (`परिषद के आर गंगाखेडकर`), and so is `जी के` after a person, a kinship word or a
    title (`मोदी जी के`, `पिता जी के`, the honorific): what is left must still be two letters. Letters that spell an
    office, rank, title or known organisation (`पी एम मोदी`, `एस एच ओ राकेश`, `मंत्री के पी ए`, `सी बी आई`) are no
    initials. The letters and the surname may carry one-word ORG/PER spans, which the person replaces; no other span,
    nor two spans from one word."""
    starts = Counter((m.sent_idx, m.start) for m in ents)  # two spans from one word: no single span to replace
    by_start = {(m.sent_idx, m.start): m for m in ents}
    covered = _chars_covered(ents)
    per_end = {(m.sent_idx, m.end) for m in ents if m.label == "PER"}
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        j = 0
        while j < len(ws):
            if fold(ws[j][2]) not in _LETTERS or j > 0 and fold(ws[j - 1][2]) in _LETTERS:
                j += 1
                continue
            j0 = j
            a, k = _initial_run(ws, j, idx, per_end)
            j = k
            if not 2 <= k - a <= 3 or k >= len(ws) or any(ws[i + 1][0] > ws[i][1] + 1 for i in range(a, k)):
                continue
            if any(_office_letters("".join(ws[i][2] for i in range(b, k)), lex) for b in range(j0, k - 1)):
                continue  # `पी एम मोदी`, `एस एच ओ राकेश`, `मंत्री के पी ए राकेश`: an office spelt out, no initials
            if any(starts[idx, ws[i][0]] > 1 for i in range(a, k + 1)):
                continue
            span_ms = [by_start.get((idx, ws[i][0])) for i in range(a, k)]
            if any((idx, ws[i][0]) in covered and not (m and m.end == ws[i][1] and m.label in ("ORG", "PER"))
                   for i, m in zip(range(a, k), span_ms)):
                continue
            ms = by_start.get((idx, ws[k][0]))
            if (idx, ws[k][0]) in covered and not (ms and ms.label == "PER"):
                continue
            if any(m is not None and (m.start, m.end) in keep for m in span_ms + [ms]):
                continue
            fk = fold(ws[k][2])
            if ms is None and fk not in lex.given_names and not _surname_word(fk, lex):
                continue  # letters apart are read on a known name only (`विटामिन डी के सप्लीमेंट`)
            if not _initials_surname(ws, k, ms is not None and ms.end == ws[k][1], lex, p) \
                    and not (ms is not None and ms.end > ws[k][1]):
                continue
            end = ms.end if ms is not None else ws[k][1]
            drop.update(id(m) for m in span_ms + [ms] if m is not None)
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, ws[a][0], end, sent.text[ws[a][0] - sent.start: end - sent.start],
                               "PER", tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


def designated_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      p: RefineParams) -> list[Mention]:
    """`प्रांत मैंगिस्टाऊ में`: one untagged name-like word (`_name_like`, not hyphenated) between a kind of place
    (NAME_DESIGNATORS) and a postposition is a place. Not a word many news articles use (`kind_name_max_docs`,
    unless a KB place: `अलर्ट`, `पदाधिकारी`), a plural (`संघों`), a demonym or a news-only common word."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(1, len(ws) - 1):
            w = ws[j][2]
            fw = fold(w)
            if fold(ws[j - 1][2]) not in NAME_DESIGNATORS or (idx, ws[j][0]) in covered or (idx, ws[j - 1][0]) in covered:
                continue
            if fold(ws[j + 1][2]) not in POSTPOSITIONS or "-" in w:  # `शहर झुग्गी-बस्ती से`: a compound noun
                continue
            if j >= 2 and (_RX_NUMERAL.fullmatch(ws[j - 2][2]) or fold(ws[j - 2][2]) in NUMBER_WORDS):
                continue  # `दस ग्राम च्यवनप्राश`: grams, no village
            news = lex.news.get(fw)
            if not _name_like(w, lex, p) or _demonym(w, lex) or _news_word(w, lex, p) or _PLURAL_OBLIQUE.search(w) \
                    or (news and news.n_docs >= p.kind_name_max_docs and not place_of(w, lex)):
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, ws[j][0], ws[j][1], w, "LOC", tagger))
    return out


def list_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams) -> list[Mention]:
    """An untagged name in a list whose neighbours are names of one label takes that label (`भोजपुर के एक, रोहतास के
    दो, सुपौल के दो`; `अरुण जेटली, सुषमा स्वराज, रविशंकर प्रसाद`). A list item is what lies between commas and
    conjunctions; the name is its first one to `list_max_words` name-like words (`_name_like`), and the rest of
    the item may hold only numbers, function words, cue words and punctuation (`में 17`, `(दो)`), at most
    `list_max_tail` tokens. Both neighbouring items must start with a name of that label (the last item: the two
    before it)."""
    by_start = {(m.sent_idx, m.start): m.label for m in ents}
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    ends_at: dict[int, dict[int, int]] = defaultdict(dict)  # sentence -> {start: end} of its mentions
    for m in ents:
        ends_at[m.sent_idx][m.start] = m.end
    for idx, ws in words.items():
        by_end = ends_at[idx]
        items = _list_items(ws)
        labels = [by_start.get((idx, it[0][0])) if it else None for it in items]
        for k, it in enumerate(items):
            if k == 0 and it and len(items) >= 3 and labels[1] in ENTITY and labels[2] == labels[1] \
                    and _bare_item(items[1], by_end, lex, p) and (len(items) == 3 or _bare_item(items[2], by_end, lex, p)):
                # the first item: the name-like words that end it (`भारत की ओर से कर्णम मल्लेश्वरी, सायना नेहवाल और ...`)
                j = len(it)
                while j > 0 and len(it) - j < p.list_max_words and (idx, it[j - 1][0]) not in covered \
                        and _name_like(it[j - 1][2], lex, p) and fold(it[j - 1][2]) not in ROLES \
                        and fold(it[j - 1][2]) not in DIRECTIONS:
                    j -= 1
                name = [w[2] for w in it[j:]]
                # what precedes the first name is any clause: only a full name (PER, ORG) or a KB town (LOC) is taken
                sure = _town(" ".join(fold(w) for w in name), lex) if labels[1] == "LOC" else len(name) >= 2
                if j < len(it) and sure and (j == 0 or not _name_like(it[j - 1][2], lex, p)):
                    sent = sents[idx]
                    s, e = it[j][0], it[-1][1]
                    out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], labels[1], tagger))
                    covered.update((idx, i) for i in range(s, e))
                continue
            if not it or labels[k] is not None or labels[k - 1] not in ENTITY:
                continue
            if k == 0:  # a sentence that starts with a name, then a name of the label that the list's last item has
                j = _list_item_name(it, idx, covered, lex, p)
                if j and labels[1] == labels[-1]:
                    sent = sents[idx]
                    s, e = it[0][0], it[j - 1][1]
                    out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], labels[1], tagger))
                    covered.update((idx, i) for i in range(s, e))
                continue
            # a run of untagged items from k on, up to the next tagged item or the list's end
            run: list[tuple[int, int]] = []  # (item, words of its name)
            r = k
            while r < len(items) and labels[r] is None:
                j = _list_item_name(items[r], idx, covered, lex, p, last=r + 1 == len(items) and labels[k - 1] == "LOC",
                                    notes=p.list_notes and labels[k - 1] == "PER")
                if j == 0:
                    break
                run.append((r, j))
                r += 1
            label = labels[k - 1]
            closed = r < len(items) and labels[r] == label and len(run) == r - k
            ends_list = r == len(items) and len(run) == r - k and k >= 2 and labels[k - 2] == label
            if not run or not (closed or ends_list):
                continue
            sent = sents[idx]
            for r, j in run:
                s, e = items[r][0][0], items[r][j - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], label, tagger))
                covered.update((idx, i) for i in range(s, e))
                labels[r] = label
    return out


def _list_item_name(it: Sequence[Word], idx: int, covered: set[tuple[int, int]], lex: Lexicon, p: RefineParams,
                    last: bool = False, notes: bool = False) -> int:
    """How many words of a list item are its name (0: no bare name item): 1 to `list_max_words` name-like words, then
    at most `list_max_tail` numbers, function words or cues (`में 17`, `(दो)`); no plural oblique (`डॉक्टरों`). The last item of a list of places
    may go on into the clause after a postposition (`..., महिसागर और अरावली में एक-एक मामला सामने आया है`), when its
    name is no word that many news articles use (`_news_word`)."""
    j = 0
    while j < min(len(it), p.list_max_words) and (idx, it[j][0]) not in covered and _name_like(it[j][2], lex, p) \
            and fold(it[j][2]) not in ROLES and fold(it[j][2]) not in DIRECTIONS and not _PLURAL_OBLIQUE.search(it[j][2]):
        j += 1
    tail = it[j:]
    if j == 0 or tail and (idx, tail[0][0]) in covered:
        return 0
    if len(tail) <= p.list_max_tail and all(_list_tail(w[2], lex, p) for w in tail):
        return j
    if notes and _bracket_note(tail):
        return j
    if last and fold(tail[0][2]) in POSTPOSITIONS and not any(
            _news_word(w[2], lex, p) or fold(w[2]) in ZONE_OR_KIND for w in it[:j]):
        return j
    return 0


def _bracket_note(tail: Sequence[Word], max_words: int = 3) -> bool:
    """Round 17: a list item's tail that is one bracketed note of 1 to `max_words` words (`(कैप्टन)`, `(विकेट कीपर)`)."""
    inner = tail[1:-1]
    return len(tail) >= 3 and tail[0][2] == "(" and tail[-1][2] == ")" and len(inner) <= max_words \
        and all(_RX_LETTER.search(w[2]) for w in inner)


# Review of round 27: what ends a verb the training data never saw (`खाया`, `मुस्कुराए`, `रोए`; futures `जाएगा`)
_VERB_END = regex.compile(r"(?:(?<=[ाोुू])(?:ए|ये)|ाया|ेगा|ेंगे|ूंगा|ूँगा)$")
ERGATIVE = fold("ने")
# `के`/`की`/`का` and these after a list's last name: its persons' people (`... पैगुनको के मित्रों और परिवारों`)
PERSONS_PEOPLE = frozenset(fold(w) for w in """मित्रों मित्र दोस्तों दोस्त परिवारों परिवार परिजनों परिजन रिश्तेदारों
    पत्नी पति बेटे बेटी बेटों बेटियों माता पिता मां माँ""".split())
# Loans for a kind of shop or business (`टेस्को सुपरमार्केट`, `ग्रेग्स बेकरी`); with refine's place, company and
# organisation kinds: a list item holding one is no person
_BUSINESS_KINDS = frozenset(fold(w) for w in """सुपरमार्केट सुपरस्टोर बेकरी कैफे कैफ़े फार्मेसी फ़ार्मेसी ब्रुअरी
    डिस्टिलरी मोटल""".split())
_NOT_PERSON_KINDS = (PLACE_KINDS - KIND_SURNAMES) | ORG_KINDS | COMPANY_HEADS | INSTITUTIONS | TRANSPORT_WORDS \
    | _BUSINESS_KINDS


def _foreign_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`person_lists`: a word IL-NER never saw (`_unseen_name`) or a given name, foreign or Indian, no common word.
    Review of round 27: no role or title (SPEAKER_TITLE_WORDS), no `ने` glued to a word the training data knows
    (`नेखुद`, `नेकहा`), no unseen verb (`_VERB_END`; a common word + `े` the news never writes, `नाचे`)."""
    fw = fold(w)
    if fw in lex.given_names or _foreign_given(fw, lex, p.foreign_spellings):
        return _name_like(w, lex, p) and fw not in SPEAKER_TITLE_WORDS and not _PLURAL_OBLIQUE.search(w)
    return _unseen_name(w, lex) and _name_like(w, lex, p) and fw not in SPEAKER_TITLE_WORDS \
        and not _PLURAL_OBLIQUE.search(w) and not _glued_ergative(fw, lex, p) and not _VERB_END.search(fw) \
        and not (fw.endswith("\u0947") and fw not in lex.news and _common_stem(fw[:-1], lex, p))


def _common_stem(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word the training data knows that is mostly no name, or a function word."""
    st = lex.words.get(fw)
    return len(fw) >= 2 and (fw in lex.function_words or st is not None and st.n_ent < p.name_min_ratio * st.n)


def _glued_ergative(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """`ने` run into the next word (`मल्लिका नेखुद`, `नेकहा`): `ने` + a word the training data knows, mostly no name."""
    return fw.startswith(ERGATIVE) and _common_stem(fw[len(ERGATIVE):], lex, p)


def _person_tail(tail: Sequence[Word]) -> bool:
    """What follows a list of persons: `ने`, `को`, or `के`/`की`/`का` + PERSONS_PEOPLE (`के मित्रों`); not `में`,
    `के लोग`."""
    f = [fold(w[2]) for w in tail[:2]]
    return bool(f) and (f[0] in (ERGATIVE, ERGATIVE_TYPO, fold("को"))
                        or len(f) == 2 and f[0] in (fold("के"), fold("की"), fold("का")) and f[1] in PERSONS_PEOPLE)


def _list_tail_after(items: Sequence[Sequence[Word]], k: int, j: int, lex: Lexicon, p: RefineParams) -> list[Word]:
    """The words after item k's name (`j` words), or after the name of the first later item that has any: what the
    list's names share (`बिरकेनहेड मर्सीसाइड और नॉर्थम्पटनशायर के लोग` -> `के लोग`)."""
    if len(items[k]) > j:
        return list(items[k][j:])
    for it in items[k + 1:]:
        n = 0
        while n < min(len(it), p.list_max_words) and _name_like(it[n][2], lex, p) \
                and fold(it[n][2]) not in POSTPOSITIONS:
            n += 1
        if len(it) > n:
            return list(it[n:])
    return []


def person_lists(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 27 (translated news): in a list of persons, an untagged item whose name (`_list_item_name`) is two or three
    foreign name words (`_foreign_name_word`) is a person when the two items before it, or the items on both sides,
    open with a PER name: the model loses the thread of a long list of victims or performers (`डेरेन ड्रेक, एरियल
    एलीर्ज, हर्नन फ़ेरूकी, ... और एलोजैंड्रो पैगुनको के मित्रों`). An item whose PER mention starts one or two such words
    in takes them (`हर्नन` + `डिएगो मेंडोज़ा`). Left to right, so a found item counts for the next; curated spans stay.
    Review of round 27: an item with no PER item after it needs a given name first or a person's tail (`_person_tail`:
    `को`, `के मित्रों`; not `में`, `के लोग`), and no item a kind noun (`टेस्को सुपरमार्केट`); words before a PER mention
    join it only when given names or name words of the article's persons (`_known_name_word`)."""
    by_start = {(m.sent_idx, m.start): i for i, m in enumerate(ents)}
    by_end = {(m.sent_idx, m.end): m.label for m in ents}
    covered = _chars_covered(ents)
    per_words = {fold(w) for m in ents if m.label == "PER" for w in m.text.split()}  # the article's name words
    out = list(ents)
    drop: set[int] = set()
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        items = [it for it in _list_items(ws)]
        if len(items) < 3:
            continue
        starts = [ents[by_start[(idx, it[0][0])]].label if it and (idx, it[0][0]) in by_start else None for it in items]
        # an item's label: its mention's that opens it, or that closes it (the first item: `उसने डेरेन ड्रेक`)
        labels = [starts[k] or (by_end.get((idx, it[-1][1])) if it else None) for k, it in enumerate(items)]
        sent = sents[idx]
        for k, it in enumerate(items):
            if not it or starts[k] is not None or k == 0:
                continue
            before = k >= 2 and labels[k - 1] == labels[k - 2] == "PER"
            around = k + 1 < len(items) and labels[k - 1] == "PER" and labels[k + 1] == "PER"
            if not (before or around):
                continue
            j = _list_item_name(it, idx, covered, lex, p, last=True)  # `... पैगुनको के मित्रों और परिवारों`
            if 2 <= j <= p.list_max_words and all(_foreign_name_word(w[2], lex, p) for w in it[:j]) \
                    and not any(fold(w[2]) in _NOT_PERSON_KINDS for w in it[:j]) \
                    and (around or _given_name_first(it[0][2], lex, p)
                         or _person_tail(_list_tail_after(items, k, j, lex, p))):
                s, e = it[0][0], it[j - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
                covered.update((idx, i) for i in range(s, e))
                per_words.update(fold(w[2]) for w in it[:j])
                labels[k] = starts[k] = "PER"
                continue
            for n in (1, 2):  # a PER mention n words into the item, after name words the article's persons have
                h = by_start.get((idx, it[n][0])) if n < len(it) else None
                if h is None or ents[h].label != "PER" or (ents[h].start, ents[h].end) in keep \
                        or any((idx, w[0]) in covered for w in it[:n]) \
                        or not all(_foreign_name_word(w[2], lex, p) and _known_name_word(w[2], per_words, lex, p)
                                   for w in it[:n]):
                    continue
                m = ents[h]
                if len(m.text.split()) + n > p.list_max_words + 1:
                    break
                s = it[0][0]
                drop.add(h)
                out.append(Mention(sent.doc_id, idx, s, m.end, sent.text[s - sent.start : m.end - sent.start], "PER",
                                   m.tagger))
                covered.update((idx, i) for i in range(s, m.end))
                labels[k] = starts[k] = "PER"
                break
    return [m for i, m in enumerate(out) if i not in drop]


def _given_name_first(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """An item's first word is a given name (`राजकुमार हीरानी ... के साथ`): a person whatever follows the list."""
    return fold(w) in lex.given_names or _foreign_given(fold(w), lex, p.foreign_spellings)


def _known_name_word(w: str, per_words: set[str], lex: Lexicon, p: RefineParams) -> bool:
    """Review of round 27: a word before an item's PER mention joins it when it is a given name or a word of another
    PER span of the article (`हर्नन` of `हर्नन फ़ेरूकी`), not an unseen role (`यूट्यूबर लोगन पॉल`)."""
    fw = fold(w)
    return fw in per_words or fw in lex.given_names or _foreign_given(fw, lex, p.foreign_spellings)


def _list_items(ws: Sequence[Word]) -> list[list[Word]]:
    """A sentence's words split at its list separators (`,`, `और`, `व`, ...): the items of the lists it holds."""
    items: list[list[Word]] = [[]]
    for w in ws:
        if fold(w[2]) in LIST_SEPARATORS:
            items.append([])
        else:
            items[-1].append(w)
    return items


def list_relabels(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 17: a bare list item of two or more words tagged LOC before an item tagged PER (the nearest tagged item after it, one or two items
    away), with two or more PER items among the two items on each side, is a person when every word of its span is one the training data never saw (`_unseen_name`) and no
    word or the whole is a KB place: the model reads a foreign name it does not know as a place (`लॉरेन विनफ़ील्ड,
    टैमी बोउमोंट, सेरा टेलर`); `दिल्ली, मुंबई` or `जॉन, लंदन` are left alone. Curated spans (`keep`) stay."""
    by_start = {(m.sent_idx, m.start): i for i, m in enumerate(ents)}
    out = list(ents)
    for idx, ws in words.items():
        items = _list_items(ws)
        heads = [by_start.get((idx, it[0][0])) if it else None for it in items]
        labels = [ents[h].label if h is not None else None for h in heads]
        for k, h in enumerate(heads):
            if h is None or labels[k] != "LOC" or (ents[h].start, ents[h].end) in keep or len(ents[h].text.split()) < 2:
                continue
            tail = [w for w in items[k] if w[0] >= ents[h].end]
            if tail and not _bracket_note(tail):
                continue  # a bare item: the name alone, or with a bracketed note
            after = next((labels[i] for i in range(k + 1, min(k + 3, len(labels))) if labels[i] is not None), None)
            near = sum(labels[i] == "PER" for i in range(max(k - 2, 0), min(k + 3, len(labels))) if i != k)
            parts = ents[h].text.split()
            if after != "PER" or near < 2 or place_of(ents[h].text, lex) is not None \
                    or not all(_unseen_name(w, lex) and place_of(w, lex) is None for w in parts):
                continue
            out[h] = replace(ents[h], label="PER")
    return out


def acronym_letters_of(word: str) -> str:
    """The Latin letters a bracketed acronym spells (`FEMA`, `U.S.` -> `US`, `आईसीएमआर` -> `ICMR`); "" for other words."""
    if _ACRONYM.match(word):
        return word.replace(".", "").replace("&", "")
    return latin_acronym(word) or ""


def _org_last_word(w: str, lex: Lexicon, p: RefineParams, latin: bool, joined: bool) -> bool:
    """Can an organisation's expansion end in this word: a head of organisation names (ORG_KINDS, English heads), or a
    word that ends names in the training data at least `acronym_head_min_end` of the time, and ORG names more often
    than places (`मंत्रालय`, `बल`, `निगम`; not `विकास`, `अधिकारी`, `प्रदेश`). Any word ends an English name written out
    (`joined`: `ऑफ`/`एंड` inside); a word the training data has (almost) never seen ends the Hindi translation of a
    Latin acronym (`latin`, `_hindi_translation`: `संघीय आपातकाल प्रबंधन अभिकरण (FEMA)`), not a loan word spelled out
    before a letter-name acronym the tagger read as ORG (`पावर्ड एयर प्यूरीफाइंग रेस्पिरेटर (पीएपीआर)`)."""
    fw = fold(w)
    if fw in ORG_KINDS or fw in ENGLISH_ORG_HEADS or fw in COMPANY_HEADS or fw in INSTITUTIONS:
        return True
    st = lex.words.get(fw)
    if joined:
        return True
    if st is None or st.n < p.edge_min_count:
        return latin
    return st.n_end >= p.acronym_head_min_end * st.n and st.n_end > 0 and st.n_org >= st.n_loc


def _hindi_translation(acronym: str, ws: Sequence[Word], lex: Lexicon) -> bool:
    """A Latin acronym after words most of which the training data knows: a translation of its name into Hindi
    (`संघीय आपातकाल प्रबंधन अभिकरण (FEMA)`), not an English phrase spelled out (`सीनियर सेकेंडरी सर्टिफिकेट (SSC)`)."""
    return acronym.isascii() and 2 * sum(fold(w[2]) in lex.words for w in ws) >= len(ws)


def acronym_expansions(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """`X Y Z (XYZ)` with the acronym tagged: the words before the bracket, one per letter (English joiners such as
    `ऑफ`, `एंड` not counted, and never first), are the acronym's expansion, whatever language they are written in
    (`संघीय आपातकाल प्रबंधन अभिकरण (FEMA)`). A mention inside those words gives way to the expansion; none is made
    when a mention reaches from outside into them or is exactly them, a word is a function word, a list separator,
    punctuation or a number, the first word never starts a name of that label in the training data (`हैं`, `के`), or
    an ORG expansion's last word can end no organisation's name (`_org_last_word`)."""
    out = list(ents)
    for idx, ws in words.items():
        for i in range(1, len(ws) - 2):
            if ws[i][2] != "(" or ws[i + 2][2] != ")":
                continue
            letters = acronym_letters_of(ws[i + 1][2])
            if len(letters) < 2:  # (before the look for its mention: a list of `(1)`, `(2)`, … has many brackets)
                continue
            acr = next((m for m in out if m.sent_idx == idx and (m.start, m.end) == (ws[i + 1][0], ws[i + 1][1])
                        and m.label in ("ORG", "LOC")), None)
            if acr is None:
                continue
            j, need = i, len(letters)
            while need and j > 0:
                j -= 1
                w = ws[j][2]
                fw = fold(w)
                if fw in ENGLISH_NAME_JOINERS:
                    continue
                if not _RX_LETTER.search(w) or _RX_DIGIT.search(w) or fw in lex.function_words or w in LIST_SEPARATORS:
                    break
                need -= 1
            if need or fold(ws[j][2]) in ENGLISH_NAME_JOINERS \
                    or _never_edge(ws[j][2], "begin", acr.label, lex, p) \
                    or (acr.label == "ORG" and not _org_last_word(ws[i - 1][2], lex, p, _hindi_translation(ws[i + 1][2], ws[j:i], lex), any(
                        fold(w[2]) in ENGLISH_NAME_JOINERS for w in ws[j:i]))):
                continue
            a, b = ws[j][0], ws[i - 1][1]
            inside = [m for m in out if m.sent_idx == idx and m.start < b and a < m.end]
            if any(m.start < a or m.end > b or (m.start, m.end) in keep or (m.start, m.end) == (a, b) for m in inside):
                continue
            out = [m for m in out if m not in inside]
            out.append(_span(sents[idx], acr, a, b))
    return out


def defined_terms(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, p: RefineParams,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 18: translated news defines the acronyms of terms in brackets after their Hindi words (`"निरंतर विचार" (CR)`
    for a continuing resolution, `निजी किराये के क्षेत्र (PRS)`, `जिलाधिकारी (DM)`). A Latin acronym in brackets right
    after a word no mention ends in and that IL-NER shows to be a common word (`_common`: `विचार`, `क्षेत्र`) names a
    term: the article's ORG mentions of it are dropped. An organisation's Hindi name ends in a head IL-NER sees inside
    names (`संगठन`, `परिषद`, `रिसर्च`) or is tagged, and keeps its acronym (`विश्व स्वास्थ्य संगठन (WHO)`)."""
    ends = {(m.sent_idx, m.end) for m in ents}
    terms: set[str] = set()
    for idx, ws in words.items():
        for j in range(1, len(ws) - 2):
            if ws[j][2] != "(" or ws[j + 2][2] != ")" or not _ACRONYM.match(ws[j + 1][2]) \
                    or (idx, ws[j - 1][1]) in ends:
                continue
            k = j - 1
            while k > 0 and not ws[k][2].strip(_QUOTES):  # a closing quote of its own (`"निरंतर विचार" (CR)`)
                k -= 1
            head = ws[k][2].strip(_QUOTES)
            if head and _RX_DEVANAGARI.fullmatch(head) and (idx, ws[k][1]) not in ends and _common(head, lex, p):
                terms.add(ws[j + 1][2])
    if not terms:
        return ents
    return [m for m in ents if not (m.label == "ORG" and m.text.strip() in terms and (m.start, m.end) not in keep)]


def _bracket_acronym(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word in brackets after an organisation's name that is its short name: Latin with two capitals or more
    (`MoHAP`, `SGPGIMS`), or Devanagari that the training data does not show to be a common word (`जिम्स`, `रिम्स`,
    `कैट`, `एफसीआई`); no code, rank, service or medical term (`आईएएस`, LATIN_NOT_NAMES), number, function word,
    title or role, nothing of fewer than three letters (`एन` of `पीएमएल (एन)`) or joined by a dash or slash."""
    if len(w) < 3 or _RX_DIGIT.search(w) or any(c in w for c in "-/.") or not _RX_LETTER.match(w):
        return False
    if w.isascii():
        return sum(c.isupper() for c in w) >= 2 and w.upper() not in LATIN_NOT_NAMES
    fw = fold(w)
    acr = latin_acronym(w)
    if not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or fw in TITLES or fw in ROLES \
            or fw in RANK_ACRONYMS or fw in NUMBER_WORDS or acr and acr.upper() in LATIN_NOT_NAMES:
        return False
    st = _stats(w, lex)
    return not (st and st.n >= p.common_min_count and st.n_ent < p.name_min_ratio * st.n)


def bracket_acronyms(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams) -> list[Mention]:
    """`राजकीय आयुर्विज्ञान संस्थान (जिम्स)`, `विश्व स्वास्थ्य संगठन (डबल्यूएचओ)`: an untagged word alone in brackets
    after an organisation's name and a space is that organisation's short name (a separate ORG mention, SPEC.md);
    not a bracket glued to the name (`मुस्लिम लीग(नून)`: part of the party's name)."""
    orgs = {(m.sent_idx, m.end) for m in ents if m.label == "ORG"}
    covered = {(m.sent_idx, w) for m in ents for w in range(m.start, m.end)}
    out = list(ents)
    for idx, ws in words.items():
        for k in range(1, len(ws) - 2):
            if ws[k][2] != "(" or ws[k + 2][2] != ")" or (idx, ws[k - 1][1]) not in orgs \
                    or ws[k][0] != ws[k - 1][1] + 1 or (idx, ws[k + 1][0]) in covered:
                continue
            if _bracket_acronym(ws[k + 1][2], lex, p):
                sent = sents[idx]
                s, e = ws[k + 1][0], ws[k + 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", "refine"))
    return out


def _bare_item(item: Sequence[Word], by_end: dict[int, int], lex: Lexicon, p: RefineParams) -> bool:
    """A list item that is a name and at most `list_max_tail` tail tokens (`सायना नेहवाल`, `रोहतास में 2`), no clause."""
    end = by_end.get(item[0][0]) if item else None
    tail = [w for w in item if end is not None and w[0] >= end]
    return end is not None and len(tail) <= p.list_max_tail and all(_list_tail(w[2], lex, p) for w in tail)


def _list_tail(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """What may follow a name in a list item: a number, punctuation, a function word or a cue (`में`, `जिले`)."""
    fw = fold(w)
    return not _RX_LETTER.search(w) or fw in lex.function_words or _cue(w, lex, p) \
        or all(part in NUMBER_WORDS for part in fw.split("-"))


def _cue(word: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that follows place names in the training data (`जिले`, `शहर`) or says what kind of place the name before
    it is (DESIGNATORS: `गांव`, `प्रांत`): no part of the name."""
    memo = _memo("_cue", lex, p)
    if word not in memo:
        memo[word] = _cue_word(word, lex, p)
    return memo[word]


def _cue_word(word: str, lex: Lexicon, p: RefineParams) -> bool:
    if fold(word) in DESIGNATORS or fold(word) in RESIDENT:
        return True
    st = _stats(word, lex)
    return bool(st and st.n >= p.cue_min_count and st.n_after_loc >= min(p.cue_min_ratio, p.town_cue_min_ratio) * st.n)


VILLAGE_WORDS = frozenset(fold(w) for w in "गांव गाँव ग्राम मोहल्ले मोहल्ला".split())  # not `शहर`: `सबसे ठंडा शहर`


def _story_word(w: str, lex: Lexicon, max_docs: int = 2) -> bool:
    """Round 14: a word the training data never saw that at most `max_docs` news articles use: a village's or a
    mohalla's name its story repeats (`चुरम्बा गांव` three times), no adjective (`पैतृक शहर` is in many stories)."""
    fw = fold(w)
    news = lex.news.get(fw)
    return fw not in lex.words and bool(news) and news.n_docs <= max_docs


def _town(key: str, lex: Lexicon) -> bool:
    return key in lex.places and key not in lex.given_names


def _name_like(w: str, lex: Lexicon, p: RefineParams) -> bool:
    memo = _memo("_name_like", lex, p)  # once per word form (`_name_like_uncached`)
    if w not in memo:
        memo[w] = _name_like_uncached(w, lex, p)
    return memo[w]


def _name_like_uncached(w: str, lex: Lexicon, p: RefineParams) -> bool:
    fw = fold(w)
    if len(fw) < p.propagate_min_chars or fw in lex.function_words or fw in TITLES or fw in DESIGNATORS or fw in ZONES:
        return False  # `जोन`: `रेड जोन जिले` is a class of district, no place
    st = lex.words.get(fw)
    if st is not None and st.n_ent < p.name_min_ratio * st.n:
        return False  # a known word that is mostly not a name (`दक्षिण`, `केंद्रीय`)
    return bool(_RX_DEVANAGARI_HYPHENATED.fullmatch(w)) and not _RX_DIGIT.search(w)


def coordinated_labels(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                       keep: frozenset[tuple[int, int]] = frozenset(), majority: bool = False) -> list[Mention]:
    """A one-word PER mention coordinated with an organisation (`वूलवर्थ्स और कोल्स`, `कोल्स, वूलवर्थ्स`: the two
    mentions joined by one LIST_SEPARATORS word) is an organisation, in every occurrence of the document: names of
    one kind are listed together. Not a given name, a word the training data sees as a person's name (`भाजपा और
    मोदी`), a surface that is part of a longer PER mention of the document (`टिम कुक` ... `कुक`) or one after a
    title (`श्री X`), and not where the document also coordinates it with a person.

    `majority` (round 17, `coordination_votes`): each mention counts with its surface's label in most of its mentions
    in the document, as the vote will label it (`वूलवर्थ्स और कोल्स` where the model read that `वूलवर्थ्स` as PER
    but its other mentions ORG)."""
    label_of = _majority_labels(ents) if majority else {}
    per_parts = {fold(w) for m in ents if m.label == "PER" and " " in m.text.strip() for w in m.text.split()}
    by_sent: dict[int, list[Mention]] = {}
    for m in ents:
        by_sent.setdefault(m.sent_idx, []).append(m)
    org: set[str] = set()
    per: set[str] = set()
    titled: set[str] = set()
    for idx, ms in by_sent.items():
        ws = words.get(idx, [])
        start_at = {w[0]: k for k, w in enumerate(ws)}
        end_at = {w[1]: k for k, w in enumerate(ws)}
        ms = sorted(ms, key=lambda m: m.start)
        for m in ms:
            k = start_at.get(m.start)
            if k is not None and k > 0 and (fold(ws[k - 1][2]) in TITLES or fold(ws[k - 1][2]) in ROLES):
                titled.add(fold(m.text.strip()))
        for a, b in zip(ms, ms[1:]):
            ka, kb = end_at.get(a.end), start_at.get(b.start)
            if ka is None or kb != ka + 2 or fold(ws[ka + 1][2]) not in LIST_SEPARATORS:
                continue
            for x, y in ((a, b), (b, a)):
                xl = label_of.get(fold(x.text.strip()), x.label)
                yl = label_of.get(fold(y.text.strip()), y.label)
                if xl == "PER" and " " not in x.text.strip():
                    (org if yl == "ORG" else per if yl == "PER" else set()).add(fold(x.text.strip()))
    out = []
    for key in org - per - titled - per_parts:
        st = lex.words.get(key)
        if key in lex.given_names or key in FOREIGN_GIVEN or st is not None and st.n_per >= 0.3 * max(st.n_ent, 1):
            continue
        out.append(key)
    if not out:
        return ents
    return [replace(m, label="ORG") if m.label == "PER" and fold(m.text.strip()) in out and (m.start, m.end) not in keep
            else m for m in ents]


PERSONLESS_HEADS = ENGLISH_ORG_HEADS | INSTITUTIONS | COMPANY_HEADS | GOVERNMENT_HEADS  # no person's name ends in one
COURT_HEADS = frozenset({fold("कोर्ट")})  # ... but `कोर्ट` is also a surname (`मार्गरेट कोर्ट`, the tennis player)


def _person_given(fw: str, lex: Lexicon) -> bool:
    """A given name of the names KB (`lex.given_names`, FOREIGN_GIVEN) or a word IL-NER sees in person names mostly."""
    st = lex.words.get(fw)
    return fw in lex.given_names or fw in FOREIGN_GIVEN or bool(st and st.n >= 3 and st.n_per >= 0.5 * st.n)


def _court_surname(fws: list[str], lex: Lexicon) -> bool:
    """Folded words of a name ending in a court head right after a given name: a person (`मार्गरेट कोर्ट`), no court."""
    return len(fws) >= 2 and fws[-1] in COURT_HEADS and _person_given(fws[-2], lex)


def headed_persons(ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 17: a PER mention of two or more words whose last word heads organisations' names (PERSONLESS_HEADS:
    `डिपार्टमेंट`, `ट्रस्ट`, `इंस्टिट्यूट`, `विभाग`), or whose later word is one before `ऑफ`/`फॉर` (`कोर्ट ऑफ अपील्स`), is
    an ORG: the model read a body named after a place or a person as the person (`यू.एस. डिफेंस डिपार्टमेंट`,
    `कोलकाता पोर्ट ट्रस्ट`). A head inside a longer run (`गृह विभाग आमिर`: a body, then a person) is left, and so is a
    court head right after a given name (`मार्गरेट कोर्ट`: a surname; `यू.एस. कोर्ट ऑफ अपील्स` stays a body)."""
    out = []
    for m in ents:
        fws = [fold(w) for w in m.text.split()]
        if m.label == "PER" and len(fws) >= 2 and (m.start, m.end) not in keep and (
                fws[-1] in PERSONLESS_HEADS and not _court_surname(fws, lex)
                or any(a in PERSONLESS_HEADS and b in ENGLISH_OF for a, b in zip(fws[1:], fws[2:]))):
            m = replace(m, label="ORG")
        out.append(m)
    return out


def _majority_labels(ents: Sequence[Mention]) -> dict[str, str]:
    """Folded surface -> the label of more than half of its mentions (surfaces without one are left out)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in ents:
        counts[fold(m.text.strip())][m.label] += 1
    out = {}
    for key, c in counts.items():
        label, n = max(sorted(c.items()), key=lambda kv: kv[1])
        if 2 * n > sum(c.values()):
            out[key] = label
    return out


def vote_labels(ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """One label per (folded) surface in the document: the majority; ties to the KB or training counts.
    A curated span (`keep`) decides its surface's label."""
    votes: dict[str, Counter] = {}
    for m in ents:
        votes.setdefault(fold(m.text), Counter())[m.label] += 1000 if (m.start, m.end) in keep else 1
    best: dict[str, str] = {}
    for key, c in votes.items():
        if len(c) == 1:
            continue
        st = lex.words.get(key)
        prior = {"LOC": st.n_loc, "ORG": st.n_org, "PER": st.n_per} if st else {}
        kb = "LOC" if lex.strong_place(key) else ""
        best[key] = max(c, key=lambda lab: (c[lab], lab == kb, prior.get(lab, 0), lab))
    return [replace(m, label=best[fold(m.text)]) if fold(m.text) in best else m for m in ents]


def _surname_like(surface: str, lex: Lexicon) -> bool:
    """A word that may be a person's surname alone: Devanagari, no KB place, known organisation, organisation or place
    head, and no letter-name acronym of three letters or more (`पीजीआइ`); two letters are initials or a surname
    (`बीटी` of `वॉरेन बीटी`)."""
    fw = fold(surface)
    if " " in surface.strip() or not _RX_DEVANAGARI.fullmatch(surface) or place_of(surface, lex) or (fw,) in lex.orgs \
            or fw in lex.function_words or fw in INSTITUTIONS or fw in COMPANY_HEADS or fw in ORG_KINDS \
            or fw in PLACE_KINDS or fw in DESIGNATORS:
        return False
    acr = latin_acronym(surface)
    return not (acr and len(acr) >= 3)


def _given_first(w: str, lex: Lexicon) -> bool:
    """A full name's first word that makes it a person's: a given name (the lexicon's, FOREIGN_GIVEN) or an initial."""
    fw = fold(w)
    return fw in lex.given_names or fw in FOREIGN_GIVEN or len(w.rstrip(".")) <= 2


def surname_labels(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset(), join: bool = True) -> list[Mention]:
    """One person per document: a person's name followed at once by a one-word ORG span that can be a surname
    (`वॉरेन` + `बीटी` read as an acronym) is one person's name when the person span is one word or ends in a given
    name; and a one-word ORG or LOC span that is the last word of a person's full name (a given name or an initial
    first, or such a join) in the same document is that person (`गेल` after `क्रिस गेल`, `बीटी` after `वॉरेन बीटी`). Curated spans are left alone. `join=False`: the
    relabelling only (run before the propagation, then again with the joins after it)."""
    ents = sorted(ents, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    joined: set[str] = set()
    for m in ents:
        prev = out[-1] if out else None
        if join and prev is not None and prev.label == "PER" and m.label == "ORG" and m.sent_idx == prev.sent_idx \
                and m.start == prev.end + 1 and (m.start, m.end) not in keep and (prev.start, prev.end) not in keep \
                and _surname_like(m.text, lex) and latin_acronym(m.text) \
                and (" " not in prev.text.strip() or fold(prev.text.split()[-1]) in lex.given_names
                     or fold(prev.text.split()[-1]) in FOREIGN_GIVEN):
            out[-1] = _span(sents[m.sent_idx], prev, prev.start, m.end, "PER")
            joined.add(fold(m.text))
            continue
        out.append(m)
    lasts = {fold(m.text.split()[-1]) for m in out if m.label == "PER" and len(m.text.split()) >= 2
             and _given_first(m.text.split()[0], lex)} | joined
    return [replace(m, label="PER") if m.label in ("ORG", "LOC") and fold(m.text) in lasts
            and (m.start, m.end) not in keep and _surname_like(m.text, lex) else m for m in out]


def foreign_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """An untagged foreign given name (FOREIGN_GIVEN) followed by an untagged word the training data never saw, or an
    untagged given name (foreign or Indian) followed by a word the training data sees as a surname, is a person
    (`हेलेना मेंटिस`, `मुन्नवर हसन`); propagation then tags the rest of the story's mentions of the name."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            a, b = ws[j], ws[j + 1]
            fa, fb = fold(a[2]), fold(b[2])
            if (idx, a[0]) in covered or (idx, b[0]) in covered or b[0] > a[1] + 1 or not _name_word(a[2], lex) \
                    or not (_foreign_given(fa, lex, p.foreign_spellings) or fa in lex.given_names and _surname_word(fb, lex)):
                continue  # `जो` is who, `मेरी` is my, `सारा` is all: a Hindi word first
            if fb in lex.function_words or fb in TITLES or fb in ROLES or len(fb) < 2 \
                    or not _RX_DEVANAGARI_ZW.fullmatch(b[2]) \
                    or fb in lex.words and not _surname_word(fb, lex):
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, a[0], b[1], sent.text[a[0] - sent.start : b[1] - sent.start], "PER", tagger))
            covered.update((idx, k) for k in range(a[0], b[1]))
    return out


YEAR_WORDS = frozenset(fold(w) for w in "साल वर्ष बरस".split())  # `68 साल के X`: an age, as `68 वर्षीय X`
AGE_GENITIVES = frozenset(fold(w) for w in "के की का".split())


AUXILIARIES = frozenset(fold(w) for w in "है हैं था थे थी थीं हो".split())
_RX_PARTICIPLE = regex.compile(r"(?:ती|ता|ते|तीं)$")  # imperfective participles (`पूछती हैं`)


def _rare_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word of a name after a role or `N साल के` (round 13): a given name, or a word the news text uses in fewer than
    three articles (`टुफारोलो`; not `पोस्टमार्टम हाउस`, `हेड कॉन्स्टेबल`, `जमाती`, `एंटरटेनमेंट कॉम्प्लेक्स`)."""
    fw = fold(w)
    news = lex.news.get(fw)
    return fw in lex.given_names or _foreign_given(fw, lex, p.foreign_spellings) or _surname_word(fw, lex) or not (news and news.n_docs >= 3)


def _age_end(ws: Sequence[Word], j: int, years: bool) -> bool:
    """ws[j] ends an age: `<number> वर्षीय`, or with `years` `<number> साल के` (round 13, `age_years`: `68 साल के
    इलेक्ट्रीशियन नार्सिस टर्मिनस`)."""
    fw = fold(ws[j][2])
    if fw in AGE_WORDS:
        return j >= 1 and bool(_RX_NUMERAL.fullmatch(ws[j - 1][2]))
    return years and fw in AGE_GENITIVES and j >= 2 and fold(ws[j - 1][2]) in YEAR_WORDS and bool(_RX_NUMERAL.fullmatch(ws[j - 2][2]))


def _role_word(ws: Sequence[Word], j: int, covered: set[tuple[int, int]], idx: int) -> bool:
    """ws[j] is a role or title (`गायक`, `मेजबान`, `राष्ट्रपति`) that no mention covers: a person's name may follow it.
    Only ws[j] itself is checked, not the words before it."""
    fw = fold(ws[j][2])
    return (fw in ROLES or fw in TITLES) and (idx, ws[j][0]) not in covered


_NAME_TRIGGERS = AGE_WORDS | AGE_GENITIVES | ROLES | TITLES  # words after which aged_names looks for a name


def _triggered_name_word(w: str, lex: Lexicon, p: RefineParams, strict: bool) -> bool:
    """A word of a name after an age, role or title (aged_names): name-like, no role and no common word; `strict`
    (all triggers but `N वर्षीय`) also wants a rare word (`_rare_name_word`), no honorific and no auxiliary."""
    fw = fold(w)
    if not _name_like(w, lex, p) or fw in ROLES or fw in COMMON_LOANS or fw in COMMON_WORDS:
        return False
    return not strict or _rare_name_word(w, lex, p) and fw not in HONORIFICS and fw not in AUXILIARIES


def aged_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams) -> list[Mention]:
    """Two or three untagged name-like words right after an age (`20 वर्षीय डायटॉन सिम्पसन`, `68 साल के X Y`) are a
    person: news gives the age of people; a common noun there (`25 वर्षीय युवक`) is known to the training data and not
    taken. With `role_names` (round 13), also after a role or title (`गायक विक्टर सॉय`, `इलेक्ट्रीशियन नार्सिस टर्मिनस`)."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            if fold(ws[j][2]) not in _NAME_TRIGGERS:
                continue
            age = _age_end(ws, j, p.age_years)
            old_age = age and fold(ws[j][2]) in AGE_WORDS  # `N वर्षीय` (round 12); the other triggers are stricter
            if not age and not (p.role_names and _role_word(ws, j, covered, idx)):
                continue
            a = j + 1
            while a < len(ws) and (fold(ws[a][2]) in ROLES or fold(ws[a][2]) in TITLES):
                a += 1  # `42 वर्षीय मैकेनिक जोआन पुइग`
            k = a  # up to three name words, none tagged
            while k < min(len(ws), a + 3) and (idx, ws[k][0]) not in covered \
                    and _triggered_name_word(ws[k][2], lex, p, strict=not old_age):
                k += 1
            if not old_age and a < k < len(ws) and fold(ws[k][2]) in AUXILIARIES and _RX_PARTICIPLE.search(ws[k - 1][2]):
                k -= 1  # `डॉक्टर ऐमेलू पूछती हैं`: the last word is a verb
            if k >= a + 2 and fold(ws[k - 1][2]) not in PLACE_KINDS and fold(ws[k - 1][2]) not in NAME_DESIGNATORS:
                # a full name (given name and surname): one word alone is too often a noun (`मरीज`); not a place
                # (`अधिकारी डोंगाला रीजेंसी से`)
                sent = sents[idx]
                s, e = ws[a][0], ws[k - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
                covered.update((idx, ws[q][0]) for q in range(a, k))
    return out


def _given_before(w: str, lex: Lexicon) -> bool:
    """A given name before a surname that is not a title, a role, a function word (`श्री`, `किया`) or a word the
    training data sees often and almost never in a name (`वहीं`, `पत्र`: the given-name list has them too)."""
    fw = fold(w)
    st = lex.words.get(fw)
    return not (_function_word(fw, lex) or fw in TITLES or fw in ROLES or st and st.n >= 20 and st.n_ent < 0.1 * st.n)


def _function_word(fw: str, lex: Lexicon) -> bool:
    """A UD function word that the training data sees often enough to be one (`किया`, `केवल`); `लव` ("love", UD) is
    seen twice in IL-NER and is the given name of `लव अग्रवाल`."""
    st = lex.words.get(fw)
    return fw in lex.function_words and bool(st and st.n >= FUNCTION_MIN_COUNT)


def _surname_word(fw: str, lex: Lexicon) -> bool:
    """A word that ends person names in most of its occurrences in the training data (`हसन`, `शर्मा`)."""
    st = lex.words.get(fw)
    return bool(st and st.n >= 3 and st.n_per >= 0.5 * st.n and st.n_end >= 0.5 * st.n)


@lru_cache(maxsize=1)
def _foreign_keys() -> frozenset[str]:
    return frozenset(_token_key(w) for w in FOREIGN_GIVEN)


_word_key = _token_key  # one phonetic key per word form, not per occurrence


def _foreign_given(fw: str, lex: Lexicon, spellings: bool) -> bool:
    """A foreign given name: FOREIGN_GIVEN, or (round 13) a spelling of one (the same phonetic key of pipeline.link)
    that the training data never saw (`ब्रैट` = `ब्रेट`, `थोमस` = `थॉमस`, `सर्गेइ` = `सर्गेई`); a word IL-NER saw
    (`जान` "life", key of `जॉन`) keeps its own reading."""
    return fw in FOREIGN_GIVEN or spellings and fw not in lex.words and len(fw) >= 4 and _word_key(fw) in _foreign_keys()


def _unseen_name(w: str, lex: Lexicon) -> bool:
    memo = _memo("_unseen_name", lex)  # once per word form (`_unseen_name_uncached`)
    if w not in memo:
        memo[w] = _unseen_name_uncached(w, lex)
    return memo[w]


def _unseen_name_uncached(w: str, lex: Lexicon) -> bool:
    """A Devanagari word the training data never saw and no common-word list holds: a foreign surname in translated
    news (`फिनेयू`, `कैवेनो`)."""
    fw = fold(w)
    return (fw not in lex.words and fw not in lex.function_words and fw not in COMMON_LOANS and fw not in COMMON_WORDS
            and fw not in ROLES and fw not in TITLES and fw not in PLACE_KINDS and fw not in DESIGNATORS
            and len(fw) >= 2 and bool(_RX_DEVANAGARI_ZW.fullmatch(w)))


def _name_word(w: str, lex: Lexicon) -> bool:
    memo = _memo("_name_word", lex)  # once per word form (`_name_word_uncached`)
    if w not in memo:
        memo[w] = _name_word_uncached(w, lex)
    return memo[w]


def _name_word_uncached(w: str, lex: Lexicon) -> bool:
    """A given name that is not also a common Hindi word (the training data sees it outside names, or UD tags it
    as a function word)."""
    fw = fold(w)
    if fw in lex.function_words:
        return False
    st = lex.words.get(fw)
    return st is None or st.n < 3 or st.n_ent >= 0.5 * st.n


# Round 15: a speech verb's habitual present, which follows its speaker without `ने` (`जूही कहती हैं`, `संजय कहते हैं`)
SPEAKS = frozenset(fold(w) for w in "कहते कहती कहता बताते बताती बताता".split())


def _uncommon(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """`speaker_votes`: a word IL-NER saw less than `_TITLED_MAX_N` times or mostly in persons' names, in fewer than
    `news_common_min_docs` news articles."""
    st, news = lex.words.get(fw), lex.news.get(fw)
    return (st is None or st.n < _TITLED_MAX_N or st.n_per >= 0.5 * st.n) \
        and (news is None or news.n_docs < p.news_common_min_docs)


def _few_docs(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    news = lex.news.get(fw)
    return news is None or news.n_docs <= p.agent_max_docs


def _person_vote(ws: Sequence[Word], k: int) -> tuple[int, int]:
    """`speaker_votes`: (1, 0) when ws[k] is written as only a person's name is: before a speech verb's present (`कहती
    हैं`; not `बताते हुए`), after a personal title (`डॉ`), a kinship word or `N वर्षीय` (not `60 वर्ष की आयु`); (0, 1) where a
    body's name stands as often: before `ने`, `का कहना`, `के अनुसार` (`सहारा ने`), after a role; else (0, 0): also after
    another title (`राष्ट्रपति भवन`, `जनरल एनेस्थीसिया`)."""
    nxt = fold(ws[k + 1][2]) if k + 1 < len(ws) else ""
    after = fold(ws[k + 2][2]) if k + 2 < len(ws) else ""
    prev = fold(ws[k - 1][2]) if k else ""
    if _named_as(ws, k, k + 1):
        return 0, 0  # `इसे विकास कहते हैं` "this is called विकास": no speaker
    if nxt in SPEAKS and after != _PARTICIPLE_HUE or prev in PERSONAL_TITLES or prev in KINSHIP \
            or k and _age_end(ws, k - 1, False):
        return 1, 0
    return 0, int(prev in ROLES or k + 1 < len(ws) and _speaker_cue(ws, k + 1, True))


def rare_given_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams, max_docs: int = 5, min_count: int = 2) -> list[Mention]:
    """A given name of the KB (`शिवानी`, `ताराचंद`) that the training data never saw and few news articles use
    (`max_docs`: a private person's name, not a common word), written untagged at least `min_count` times in the
    document and never inside a name there, once as a person is written (before `ने`, after a kinship word, a title
    or an age: `पुत्री शिवानी`; with `speaker_names`, round 15, before a speech verb's present: `जूही कहती हैं`), is that person in each occurrence; not a KB place, a function word, a title or role,
    a word after an indefinite or a demonstrative anywhere (`उस वचन`; `वचन पत्र`, `अस्थि कलश` have no agent). With
    `speaker_votes` (round 19) also a given name however often IL-NER or the news use it (`इंजीनियर रुचि ने`, `रुचि बताती
    हैं`; `चेतन`) and a rare word IL-NER never saw (`_agent_word` 2: `नरगिस कहती हैं`) that the story writes at least twice
    as a person is written (`_person_vote`)."""
    covered = _chars_covered(ents)
    named = {fold(w[2]) for m in ents for w in _words_in(words[m.sent_idx], m)}
    hits: dict[str, list[tuple[int, Word]]] = {}
    agent: set[str] = set()  # written once as a person is: before `ने`, after a kinship word, a title or an age
    strong: Counter[str] = Counter()  # `speaker_votes`: occurrences written as only a person's name is (`_person_vote`)
    weak: Counter[str] = Counter()  # ... and as a person's or a body's
    for idx, ws in words.items():
        for k, w in enumerate(ws):
            fw = fold(w[2])
            if (idx, w[0]) in covered or fw in named or fw not in lex.given_names and not (
                    p.speaker_votes and fw not in lex.words and _few_docs(fw, lex, p) and _agent_word(w[2], lex, p) == 2):
                continue  # (the dictionary look-ups first: `_agent_word` is dearer)
            if k and fold(ws[k - 1][2]) in POINTERS:
                hits[fw] = []  # `उस शिवानी` reads as a common word somewhere: not taken
                named.add(fw)
                continue
            hits.setdefault(fw, []).append((idx, w))
            if k + 1 < len(ws) and (fold(ws[k + 1][2]) == ERGATIVE or p.speaker_names and fold(ws[k + 1][2]) in SPEAKS) or k and (
                    fold(ws[k - 1][2]) in KINSHIP or fold(ws[k - 1][2]) in TITLES or fold(ws[k - 1][2]) in AGE_WORDS):
                agent.add(fw)
            if p.speaker_votes:
                a, b = _person_vote(ws, k)
                strong[fw] += a
                weak[fw] += b
    tagger = ents[0].tagger if ents else "refine"
    out = list(ents)
    for fw, occ in hits.items():
        news = lex.news.get(fw)
        if len(occ) < min_count or fw in lex.places or fw in lex.function_words or fw in TITLES or fw in ROLES \
                or len(fw) < p.propagate_min_chars or not _RX_DEVANAGARI_ZW.fullmatch(fw):
            continue
        rare = fw in agent and fw in lex.given_names and fw not in lex.words and news is not None \
            and news.n_docs <= max_docs
        if not rare and strong[fw] < 2 and not (strong[fw] and strong[fw] + weak[fw] >= 2 and _uncommon(fw, lex, p)):
            continue  # round 19 (`speaker_votes`): twice written as only a person's name is, whatever the counts; once,
            # and once more as a person's or a body's, when neither IL-NER nor the news use the word much
        for idx, w in occ:
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "PER", tagger))
    return out


@lru_cache(maxsize=1)
def _not_name_keys() -> frozenset[str]:
    """Phonetic keys (pipeline.link) of the words no person's name holds: titles, roles, kinds of place and of body,
    English heads of organisations, so that a misspelling is known too (`गर्वनर` = `गवर्नर`, `कांउटी` = `काउंटी`)."""
    words = TITLES | ROLES | PLACE_KINDS | NAME_KINDS | ENGLISH_ORG_HEADS | INSTITUTIONS | COMPANY_HEADS | ORG_KINDS \
        | DESIGNATORS | GOVERNMENT_HEADS | NATIONAL_BODIES
    return frozenset(k for k in (_token_key(w) for w in words) if len(k) >= 3)


def _agent_word(w: str, lex: Lexicon, p: RefineParams) -> int:
    memo = _memo("_agent_word", lex, p)  # once per word form (`_agent_word_uncached`)
    if w not in memo:
        memo[w] = _agent_word_uncached(w, lex, p)
    return memo[w]


def _agent_word_uncached(w: str, lex: Lexicon, p: RefineParams) -> int:
    """`agent_names`: 2 for a word IL-NER never saw (`_unseen_name`) that at most `agent_max_docs` news articles use and
    no plural oblique (`प्रोफ़ेसरों`), 1 for a word IL-NER sees in person names mostly (`रहीम`), 0 for anything else
    (a KB place, a function word, a title or role, a known organisation of the alias file or an ORG word of IL-NER,
    a company's head: `फाइजर बायोएनटेक ने` is no person)."""
    fw = fold(w)
    st = lex.words.get(fw)
    if place_of(w, lex) is not None or _PLURAL_OBLIQUE.search(fw) or not _RX_DEVANAGARI_ZW.fullmatch(w) \
            or fw in INDEFINITE or fw in DEMONSTRATIVES or _word_key(fw) in _not_name_keys() \
            or (fw,) in lex.orgs or fw in COMPANY_HEADS or st is not None and st.n_org > st.n_per:
        return 0
    if _unseen_name(w, lex):
        news = lex.news.get(fw)
        return 2 if news is None or news.n_docs <= p.agent_max_docs else 0
    return 1 if st is not None and st.n >= 3 and st.n_per >= 0.5 * st.n and fw not in TITLES and fw not in ROLES else 0


def _first_words_alone(words: dict[int, list[Word]]) -> Counter[tuple[str, str]]:
    """(word, next word) -> how often the document writes the word before some other next word (one pass)."""
    pairs: Counter[tuple[str, str]] = Counter()
    firsts: Counter[str] = Counter()
    for ws in words.values():
        fws = [fold(w[2]) for w in ws]
        for a, b in zip(fws, fws[1:] + [""]):
            pairs[(a, b)] += 1
            firsts[a] += 1
    return Counter({pair: firsts[pair[0]] - n for pair, n in pairs.items() if firsts[pair[0]] > n})


# Round 19: what follows a speaker's name besides `ने`: a speech verb's habitual present, `के अनुसार/मुताबिक`, `का कहना`
_ACCORDING = frozenset(fold(w) for w in "अनुसार मुताबिक".split())
_GENITIVES_KA = frozenset(fold(w) for w in "का की".split())
_SAYING = fold("कहना")
_PARTICIPLE_HUE = fold("हुए")  # `बताते हुए` is an adverbial participle, no speaker's present (`ज्योति बताते हुए कहा`)


def _speaker_cue(ws: Sequence[Word], j: int, more: bool) -> bool:
    """ws[j] opens a cue that follows its speaker: `ने`; with `more` (`agent_cues`, round 19) also `कहते/बताती` (SPEAKS),
    `के अनुसार/मुताबिक`, `का/की कहना`; not `बताते हुए`."""
    fw = fold(ws[j][2])
    if fw == ERGATIVE:
        return True
    if not more:
        return False
    nxt = fold(ws[j + 1][2]) if j + 1 < len(ws) else ""
    return fw in SPEAKS and nxt != _PARTICIPLE_HUE and not _named_as(ws, j - 1, j) \
        or fw == GENITIVE_KE and nxt in _ACCORDING or fw in _GENITIVES_KA and nxt == _SAYING


# Review of round 19: the object of a naming `कहना` (`इसे विकास कहते हैं` "this is called विकास", `इस रोग को ... कहते हैं`)
_NAMING_OBJECTS = frozenset(fold(w) for w in "इसे उसे जिसे इन्हें उन्हें जिन्हें को".split())


def _named_as(ws: Sequence[Word], k: int, j: int) -> bool:
    """ws[j] is a speech verb's present (SPEAKS) and a naming object (`इसे`, `को`) stands within the four words before
    ws[k] (the three before a two-word X): `इसे X कहते हैं` names X, no speaker."""
    if j >= len(ws) or fold(ws[j][2]) not in SPEAKS:
        return False
    return any(fold(ws[q][2]) in _NAMING_OBJECTS for q in range(max(0, k - 4), k))


GENITIVE_KE = fold("के")
_TITLED_MAX_N = 10  # `_titled_word`: a word IL-NER saw this often, mostly outside names, is a common word there


def _titled_word(w: str, lex: Lexicon, p: RefineParams, personal: bool) -> bool:
    """`agent_cues`: a word between a title or role and a speaker cue that can be a name (`जोंस`, `चेन`, `छाया`): Devanagari,
    no function word, title, role, honorific, auxiliary, common word or loan, pointer, KB place, plural oblique, known
    organisation or head of one, relative, group (`डॉक्टर दंपति`), office's honorific (`राज्यपाल महोदय`), portfolio or
    posting (`एसपी क्राइम`). After a personal title (`personal`: `श्री`, `डॉ`, PERSONAL_TITLES) no word IL-NER saw
    `_TITLED_MAX_N` times or more and never inside a name unless a KB given name (`श्री सीमेंट`; `श्री राय`). After
    another title or role no word IL-NER saw `_TITLED_MAX_N` times or more mostly outside names (`राष्ट्रपति भवन ने`,
    a given name too), and no word IL-NER never saw in a name that `news_common_min_docs` news articles use (`पीड़ित
    शख्स ने`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or len(fw) < 2 or fw in lex.function_words or fw in TITLES or fw in ROLES \
            or fw in HONORIFICS or fw in AUXILIARIES or fw in COMMON_WORDS or fw in COMMON_LOANS or fw in POINTERS \
            or _PLURAL_OBLIQUE.search(fw) or place_of(w, lex) is not None or (fw,) in lex.orgs or fw in COMPANY_HEADS \
            or _word_key(fw) in _not_name_keys() or fw in RELATIVES or fw in _GROUPS or fw in _TITLED_HONORIFICS \
            or fw in PORTFOLIOS or fw in _POSTINGS:
        return False
    st = lex.words.get(fw)
    if personal:  # a common word IL-NER never saw in a name (`श्री सीमेंट`, `डॉ. साफ`), unless a given name (`श्री राय`)
        return fw in lex.given_names or st is None or st.n < _TITLED_MAX_N or st.n_ent > 0
    news = lex.news.get(fw)
    if news is not None and news.n_docs >= p.news_common_min_docs and (st is None or st.n_ent == 0):
        return False
    return st is None or st.n < _TITLED_MAX_N or st.n_ent >= 0.5 * st.n


# `agent_cues`: titles only a person's name follows (not `राष्ट्रपति`, which `भवन` follows too; not `डॉक्टर`, also the
# noun "doctor" before another noun: `डॉक्टर पति`, `डॉक्टर सलाह`; it is a role, ROLES)
PERSONAL_TITLES = frozenset(fold(w) for w in "श्री श्रीमती सुश्री डॉ डॉ. डा डा. प्रो. प्रोफेसर प्रोफ़ेसर".split())
# Review of round 19: what follows a title or role at a speaker cue and is no name: groups of persons (`डॉक्टर दंपति ने`),
# honorifics of an office (`राज्यपाल महोदय ने`, `प्रिंसिपल मैडम ने`), an officer's posting (`एसपी क्राइम ने`)
_GROUPS = frozenset(fold(w) for w in "दंपति दंपती परिवार लोग टीम मित्र दोस्त पैनल पेनल".split())
_TITLED_HONORIFICS = frozenset(fold(w) for w in "मैडम साहिबा महोदय महोदया सर".split())
_POSTINGS = frozenset(fold(w) for w in """सदर देहात ग्रामीण सिटी क्राइम ट्रैफिक नॉर्थ साउथ ईस्ट वेस्ट कोतवाली प्रशासन
    ऑपरेशंस ऑपरेशन्स आपरेशंस आपरेशन्स ऑपरेशन एकेडमिक्स एकेडेमिक्स एकैडमिक्स अकादमिक्स""".split())  # review of round 24


def _titled_run(ws: Sequence[Word], j: int, idx: int, covered: set[tuple[int, int]], lex: Lexicon,
                p: RefineParams) -> int:
    """`agent_cues`: the index of the first of one or two untagged name words (`_titled_word`) right before ws[j] with an
    untagged title or role right before them (`डॉ चेन ने`, `प्रोफ़ेसर जोंस के अनुसार`), else -1; after a title other than
    a personal one the words also pass the counts of `_titled_word`."""
    for n in (1, 2):
        k = j - n
        if k < 1 or (idx, ws[k][0]) in covered or not _titled_word(ws[k][2], lex, p, personal=True):
            return -1  # no name word at all (the lists alone)
        t = fold(ws[k - 1][2])
        personal = t in PERSONAL_TITLES
        if (personal or t in TITLES or t in ROLES) and (idx, ws[k - 1][0]) not in covered \
                and all(_titled_word(ws[q][2], lex, p, personal) for q in range(k, j)):
            return k
    return -1


def agent_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams) -> list[Mention]:
    """Round 17: exactly two untagged words right before `ने` (the agent of a perfective verb), each a rare word that
    IL-NER never saw or a person's word of IL-NER (`_agent_word`), one at least of the first kind, after no such word,
    no tagged name, no indefinite or demonstrative, are a person when the document writes the first word before no
    other word (a title or a kind repeats: `गर्वनर कूमो`, `वॉलंटियर अरमान`) (`हारून नजाफिजदा ने`, `मार्लन सैम्युअल्स ने`,
    `मुश्फिकुर रहीम ने`). One word alone is left (`डिजनी ने`, `अम्पायर ने`: companies and loans as often), and so are
    three (`मायलैब डिस्कवरी सॉल्यूशंस ने`). Round 19, `agent_cues`: the same before the other cues of a speaker
    (`_speaker_cue`), and one or two name words between an untagged title or role and a cue are a person whatever
    their count (`_titled_run`: `डॉ चेन ने`, `नर्स छाया ने`, `प्रोफ़ेसर जोंस के अनुसार`): the title says a person.
    Not a thing named (`इसे साइटोकाइन स्टॉर्म कहते हैं`: `_named_as`)."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    alone: Counter[str] | None = None  # folded word -> occurrences, less those before the same next word: built once
    for idx, ws in words.items():
        for j, w in enumerate(ws):
            if j < 1 or not _speaker_cue(ws, j, p.agent_cues) or p.agent_cues and (idx, w[0]) in covered:
                continue
            sent = sents[idx]
            t = _titled_run(ws, j, idx, covered, lex, p) if p.agent_cues else -1
            if t >= 0:
                s, e = ws[t][0], ws[j - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
                covered.update((idx, i) for i in range(s, e))
                continue
            if j < 2:
                continue
            k, kinds = j, []
            while k > 0 and j - k < 3 and (idx, ws[k - 1][0]) not in covered:  # 3: to see a longer run
                kind = _agent_word(ws[k - 1][2], lex, p)
                if not kind:
                    break
                kinds.append(kind)
                k -= 1
            if j - k != 2 or 2 not in kinds or k > 0 and ((idx, ws[k - 1][0]) in covered
                                                          or fold(ws[k - 1][2]) in INDEFINITE | DEMONSTRATIVES):
                continue  # one word, three (a body's name as often), or after `एक`/`इस`: a description
            if alone is None:
                alone = _first_words_alone(words)
            if alone[(fold(ws[k][2]), fold(ws[k + 1][2]))]:
                continue  # the first word elsewhere before another word: a title or kind (`गर्वनर कूमो`)
            s, e = ws[k][0], ws[j - 1][1]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
            covered.update((idx, i) for i in range(s, e))
    return out


# Round 18: nouns of persons that a bracketed age follows as often as a name does (`भतीजा (4 वर्ष)`, `छात्रा (16)`)
RELATIVES = frozenset(fold(w) for w in """भाई बहन भतीजा भतीजी भतीजे भांजा भांजी भांजे बेटा बेटी बेटे पोता पोती पोते नाती नातिन
    चाचा चाची मामा मामी दादा दादी नाना नानी मां माँ पिता बाप ससुर सास देवर भाभी बहू दामाद जीजा ननद पति पत्नी पुत्र पुत्री
    युवक युवती छात्र छात्रा महिला पुरुष बच्चा बच्ची बच्चे बालक बालिका किशोर किशोरी मरीज वृद्ध वृद्धा व्यक्ति शख्स""".split())
AGE_UNITS = frozenset(fold(w) for w in "वर्ष साल".split())
_RX_AGE = regex.compile(r"[1-9][0-9]?|[१-९][०-९]?")


def _bracket_age(ws: Sequence[Word], j: int) -> bool:
    """ws[j] opens a bracket of an age alone: `(45)`, `(18 वर्ष)`; not `(42 व 24)`, `(130`, `(2020)`."""
    if ws[j][2] != "(" or j + 2 >= len(ws) or not _RX_AGE.fullmatch(ws[j + 1][2]):
        return False
    k = j + 2 + (fold(ws[j + 2][2]) in AGE_UNITS)
    return k < len(ws) and ws[k][2] == ")"


def _age_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`bracket_ages`: a word of a person's name before a bracketed age: one `agent_names` takes, a given name or
    initials; no relative, `निवासी`, kinship word, list separator, function word, title or role."""
    if _no_age_name(fold(w), lex):
        return False
    return _agent_word(w, lex, p) > 0 or fold(w) in lex.given_names and _name_word(w, lex) or _initials(w, lex, p)


def _no_age_name(fw: str, lex: Lexicon) -> bool:
    return (fw in RELATIVES or fw in RESIDENT or fw in KINSHIP_TRIGGERS or fw in LIST_SEPARATORS
            or fw in lex.function_words or fw in TITLES or fw in ROLES)


# Review 17: places listed with their counts in brackets (`प्रखंडों में कहलगांव (23), पीरपैंती (11) और सबौर (7) में`):
# the plural kind nouns that head such a list, and the endings of Indian place names. Generic Hindi, from no article
_PLACE_LIST_NOUNS = frozenset(fold(w) for w in """जिलों ज़िलों प्रखंडों गांवों गाँवों ब्लॉकों ब्लाकों शहरों कस्बों इलाकों
    राज्यों देशों प्रांतों थानों तहसीलों पंचायतों मोहल्लों जनपदों""".split())
_PLACE_ENDINGS = tuple(fold(w) for w in "पुर गंज नगर गांव गाँव बाद गढ़".split())


def _count_lists(ws: Sequence[Word]) -> list[list[int]]:
    """`bracket_ages`: the runs of a sentence's bracketed numbers (indices of their `(`) whose names are joined by a
    comma, `और`, `तथा`, `एवं` or `व`: `A (23), B (11) और C (7)`; one run per bracket alone."""
    runs: list[list[int]] = []
    close = -2
    for j in range(1, len(ws)):
        if not _bracket_age(ws, j):
            continue
        if runs and ws[close + 1 : close + 2] and fold(ws[close + 1][2]) in LIST_SEPARATORS and 2 <= j - close - 1 <= 4:
            runs[-1].append(j)
        else:
            runs.append([j])
        close = j + 2 + (fold(ws[j + 2][2]) in AGE_UNITS)
    return runs


def _place_list(ws: Sequence[Word], run: list[int], idx: int, loc_ends: set[tuple[int, int]], lex: Lexicon) -> bool:
    """`bracket_ages`: a run of 2+ bracketed numbers that counts places (cases per block, per village): a plural kind
    of place heads it (`जिलों में`), or one of its names is a place: tagged LOC, a KB place, a word IL-NER reads as a
    place more often than as a person, or one with a place name's ending (`बरियारपुर`, `कहलगांव`)."""
    if len(run) < 2:
        return False
    if any(fold(w[2]) in _PLACE_LIST_NOUNS for w in ws[max(0, run[0] - 5) : run[0] - 1]):
        return True
    for j in run:
        w = ws[j - 1]
        fw = fold(w[2])
        st = lex.words.get(fw)
        if ((idx, w[1]) in loc_ends or place_of(w[2], lex) is not None or st is not None and st.n_loc > st.n_per
                or len(fw) > 4 and fw.endswith(_PLACE_ENDINGS)):
            return True
    return False


def bracket_ages(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 18: crime and accident reports give a person's age in brackets after the name (`जसोली निवासी करुआ (45)`,
    `कन्हैयालाल गुप्ता (18) और दीपचंद (22)`, `रूस के स्टानिसलेव (31) की मौत`). Up to three untagged words right before
    such a bracket, each a word `agent_names` would take (a rare word IL-NER never saw, a person's word of IL-NER), a
    given name or initials, are a person; a mention the model read as a place or organisation there, of such words and
    no KB place, is relabelled. Not a relative or a kind of person (`भतीजा (4 वर्ष)`, `छात्रा (16)`); districts with
    their counts in brackets (`मधुबनी (94)`) are KB places or IL-NER place words and stay, and so does a list of places
    with counts that one place or a plural kind of place shows to be one (`_place_list`: `जिलों में खूंटी (14), सिमडेगा
    (6)`; review 17)."""
    by_end = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    loc_ends = {(m.sent_idx, m.end) for m in ents if m.label == "LOC"}
    relabel: set[int] = set()
    out: list[Mention] = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        places = {j for run in _count_lists(ws) if _place_list(ws, run, idx, loc_ends, lex) for j in run}
        for j in range(1, len(ws)):
            if not _bracket_age(ws, j) or ws[j][0] > ws[j - 1][1] + 1 or j in places:
                continue
            m = by_end.get((idx, ws[j - 1][1]))
            if m is not None:
                if m.label in ("LOC", "ORG") and (m.start, m.end) not in keep and place_of(m.text, lex) is None \
                        and all(_age_name_word(w[2], lex, p) for w in _words_in(ws, m)):
                    relabel.add(id(m))
                continue
            if (idx, ws[j - 1][0]) in covered:
                continue
            k = j
            while k > 0 and j - k < 3 and (idx, ws[k - 1][0]) not in covered and _age_name_word(ws[k - 1][2], lex, p):
                k -= 1
            if k == j or k > 0 and fold(ws[k - 1][2]) in INDEFINITE | DEMONSTRATIVES:
                continue
            sent = sents[idx]
            s, e = ws[k][0], ws[j - 1][1]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
    return [replace(m, label="PER") if id(m) in relabel else m for m in ents] + out


def given_name_heads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """A person's one-word name right after an untagged given name takes it (`लव अग्रवाल`, not `अग्रवाल`); so does a
    surname right after a word that the story names a person alone elsewhere (`अमनमणि त्रिपाठी`)."""
    covered = _chars_covered(ents)
    alone = {fold(m.text.strip()) for m in ents if m.label == "PER" and " " not in m.text.strip()}
    out = []
    for m in ents:
        ws = _words_in(words[m.sent_idx], m)
        if m.label == "PER" and len(ws) == 1 and (m.start, m.end) not in keep and fold(ws[0][2]) not in lex.given_names:
            sw = words[m.sent_idx]
            i = next(k for k, w in enumerate(sw) if w[0] == ws[0][0])
            prev = sw[i - 1] if i > 0 else None
            if prev is not None and prev[1] + 1 >= ws[0][0] and (m.sent_idx, prev[0]) not in covered and (
                    fold(prev[2]) in lex.given_names
                    and (_name_word(prev[2], lex) or _surname_word(fold(ws[0][2]), lex) and _given_before(prev[2], lex))
                    or fold(prev[2]) in FOREIGN_GIVEN and _name_word(prev[2], lex)  # `पीटर बोन`; not `बेटी` "daughter"
                    or fold(prev[2]) in alone and _surname_word(fold(ws[0][2]), lex) and _given_before(prev[2], lex)):
                # `केवल` is also "only"; before a surname of the training data a given name is one (`एकता कपूर`,
                # not Shahid's `कपूर`; `लव अग्रवाल`), unless it is a title (`श्री`) or a function word
                out.append(_span(sents[m.sent_idx], m, prev[0], ws[0][1]))
                continue
        if m.label == "PER" and len(ws) == 1 and (m.start, m.end) not in keep and _foreign_given(fold(ws[0][2]), lex, p.foreign_spellings):
            sw = words[m.sent_idx]
            i = next(k for k, w in enumerate(sw) if w[0] == ws[0][0])
            nxt = sw[i + 1] if i + 1 < len(sw) else None
            if nxt is not None and nxt[0] <= ws[0][1] + 1 and (m.sent_idx, nxt[0]) not in covered \
                    and _unseen_name(nxt[2], lex):  # round 13: `टोनी` + `फिनेयू`, a surname IL-NER never saw
                out.append(_span(sents[m.sent_idx], m, ws[0][0], nxt[1]))
                continue
        out.append(m)
    return out


def propagate(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              p: RefineParams, common: frozenset[str] = frozenset(),
              titled: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Tag the untagged occurrences of the document's names (and of KB place names) with their label.

    A multi-word name is always propagated. A one-word name takes a vote of all its occurrences
    that no other name covers: tagged at least as often as untagged, it is tagged everywhere; tagged
    in less than a third of them (`सुनामी` once in eleven), its tags are removed as a model slip; not the mentions of
    `titled` ((sent_idx, start): round 19, a name between a title and a speaker cue, `नर्स छाया ने`), which stay
    without being propagated (a one-word one gives no name to spread: `डॉक्टर सलाह के अनुसार`)."""
    names: dict[tuple[str, ...], str] = {}
    parts: set[tuple[str, ...]] = set()  # surnames of the document's full PER names (`कैरेल` of `टॉम कैरेल`)
    for m in ents:
        key = tuple(fold(w[2]) for w in _words_in(words[m.sent_idx], m))
        if key and len(m.text) >= p.propagate_min_chars and not (len(key) == 1 and (m.sent_idx, m.start) in titled):
            names.setdefault(key, m.label)
    for key, label in list(names.items()):
        last = key[-1:]
        if (p.name_parts and label == "PER" and len(key) > 1 and names.get(last, "PER") == "PER" and last[0] not in common
                and len(last[0]) >= p.propagate_min_chars
                and last[0] not in lex.function_words and not _common(last[0], lex, p)
                and not _non_person_head(last[0], lex, p) and last[0] not in ROLES and last[0] not in TITLES):
            names[last] = "PER"
            parts.add(last)
        head = key[:1]
        if (p.name_parts and label == "PER" and len(key) > 1 and names.get(head, "PER") == "PER" and head[0] not in common
                and (head[0] in lex.given_names or head[0] in FOREIGN_GIVEN) and _name_word(head[0], lex)
                and len(head[0]) >= p.propagate_min_chars and not _common(head[0], lex, p)
                and head[0] not in ROLES and head[0] not in TITLES):
            names[head] = "PER"  # the story's given name alone (`एकता` after `एकता कपूर`)
            parts.add(head)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(names, key=lambda k: (-len(k), k)):
        by_first.setdefault(key[0], []).append(key)
    covered = _chars_covered(ents)
    tagged = Counter(fold(m.text) for m in ents if " " not in m.text.strip())
    tagger = ents[0].tagger if ents else "refine"
    found: list[tuple[int, int, int, str, tuple[str, ...]]] = []  # (sent, start, end, label, key)
    run_ons: set[tuple[int, int]] = set()  # (sent, start) of a one-word hit a name-like word follows (`समोआ एयर`),
    # or, after a place IL-NER also saw as an ordinary word, no case marker, punctuation or kind of place (`_place_spot`:
    # `आरक्षण का कोटा बढ़ाया गया`)
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            hit = None
            for key in by_first.get(fws[i], ()):
                if tuple(fws[i : i + len(key)]) == key:
                    hit = (len(key), names[key], key)
                    break
            if hit is None and p.kb_candidates and len(fws[i]) >= p.propagate_min_chars:
                for n in (3, 2, 1):  # the longest KB place no name covers a part of
                    if i + n > len(fws):
                        continue
                    surface = " ".join(fws[i : i + n])
                    if surface in lex.places and lex.strong_place(surface) \
                            and not any((idx, k) in covered for k in range(ws[i][0], ws[i + n - 1][1])):
                        hit = (n, "LOC", ())
                        break
            if hit is None or hit[0] == 1 and _adjective_reading(fws, i):
                i += 1
                continue
            n, label, key = hit
            s, e = ws[i][0], ws[i + n - 1][1]
            if not any((idx, k) in covered for k in range(s, e)):
                found.append((idx, s, e, label, key))
                if p.place_votes and n == 1 and (i + 1 < len(ws) and _runs_on(fws[i + 1], lex)
                                                 or _ordinary_reading(fws[i], lex) and not _place_spot(fws, i)):
                    run_ons.add((idx, s))
            i += n
    untagged = Counter(key[0] for *_, key in found if len(key) == 1)
    slips = {w for w, n in tagged.items() if 3 * n < n + untagged[w] and not lex.strong_place(w) and (w,) not in parts}
    out = [m for m in ents if fold(m.text) not in slips or (m.sent_idx, m.start) in titled]
    for idx, s, e, label, key in found:
        if len(key) == 1 and key not in parts and (key[0] in slips or tagged[key[0]] < untagged[key[0]]) \
                and not (p.place_votes and label == "LOC" and lex.strong_place(key[0]) and (idx, s) not in run_ons):
            continue
        sent = sents[idx]
        out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], label, tagger))
    return out


_PLACE_FOLLOWERS = POSTPOSITIONS | LIST_SEPARATORS | frozenset(fold(w) for w in ("ने", "भी", "ही", *PLACE_DESIGNATORS))


def _ordinary_reading(fw: str, lex: Lexicon) -> bool:
    """`place_votes` (review 17): IL-NER saw the folded word outside names too (`कोटा` the quota: 1 of its 5), so the
    model knows a common word's reading of it and leaves it untagged by the context, not for want of knowing the place
    (`हैती`, `रांची`: never seen). A word `_common` takes is one."""
    st = lex.words.get(fw)
    return st is not None and st.n_ent < st.n


def _place_spot(fws: Sequence[str], i: int) -> bool:
    """`place_votes` (review 17): the folded word fws[i] stands where a place name stands: before a case marker, a list
    separator, `भी`/`ही`, a kind of place (`जिले`), punctuation or the sentence's end (`कोटा में`, `रोम, मिलान`).
    Elsewhere (`आरक्षण का कोटा बढ़ाया गया`) a strong KB place with an ordinary reading (`_ordinary_reading`) may be the
    common word, and the document's vote of its tags stands."""
    return i + 1 >= len(fws) or fws[i + 1] in _PLACE_FOLLOWERS or not _RX_LETTER.search(fws[i + 1])


def _runs_on(fw: str, lex: Lexicon) -> bool:
    """A folded word after a place that makes it part of a longer name (`समोआ एयर` the airline, `ऑक्सफोर्ड इंगलिश
    डिक्शनरी`): the news seldom ends a phrase with it (under a fifth of its occurrences before a case marker or
    punctuation, or never seen), and IL-NER never saw it or saw it inside organisations a third of the time at least,
    and as often as inside places (not a verb the news seldom ends a clause with: `बरेली भाग आए`, `देवघर लौटे`)."""
    if fw in lex.function_words or fw in POSTPOSITIONS or fw in lex.places or not _RX_DEVANAGARI.fullmatch(fw):
        return False
    news, ws = lex.news.get(fw), lex.words.get(fw)
    return (news is None or 5 * news.n_case < news.n) and (ws is None or 3 * ws.n_org >= ws.n and ws.n_org >= ws.n_loc)


def _variant_word(w: str, lex: Lexicon) -> bool:
    memo = _memo("_variant_word", lex)  # once per word form (`_variant_word_uncached`)
    if w not in memo:
        memo[w] = _variant_word_uncached(w, lex)
    return memo[w]


def _variant_word_uncached(w: str, lex: Lexicon) -> bool:
    """A word that may be a spelling variant of a name: not a function word, title, role, given name or a word the
    training data sees mostly outside names (`भरत` is a person, not `भारत`)."""
    fw = fold(w)
    return (len(fw) >= 3 and fw not in lex.given_names and fw not in TITLES and fw not in ROLES
            and _name_word(w, lex) and not _digit(fw))


def _bare(w: Word) -> Word:
    """A word without the visarga-colon or dash that datelines and lists glue to it (`दिल्लीः`, `कुवैत-`)."""
    text = w[2].rstrip("ः-–:")
    return (w[0], w[0] + len(text), text)


def _digit(w: str) -> bool:
    return any(c.isdigit() for c in w)


def place_variants(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   lex: Lexicon, min_key: int = 4) -> list[Mention]:
    """Tag the untagged spelling variants of the document's places: words (runs of words) whose phonetic keys
    (pipeline.link.token_key: vowel length, nukta, half nasals and conjuncts folded) equal those of a LOC the
    document tags (`बेल्जियम` -> `बेलजियम`, `बैलजियम`). Keys shorter than `min_key` letters are too loose."""
    places: dict[tuple[str, ...], set[str]] = {}  # phonetic key -> the folded words of the places with it
    surfaces = {fold(m.text.strip()) for m in ents}
    for m in ents:
        if m.label == "LOC":
            key = tuple(_token_key(w[2]) for w in _words_in(words[m.sent_idx], m))
            if key and sum(len(k) for k in key) >= min_key and all(key):
                places.setdefault(key, set()).update(fold(w[2]) for w in _words_in(words[m.sent_idx], m))
    if not places:
        return ents
    covered = _chars_covered(ents)
    sizes = sorted({len(k) for k in places}, reverse=True)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    first = {k[0] for k in places}
    for idx, ws in words.items():
        bare = [_bare(w) for w in ws]
        keys = [_token_key(w[2]) for w in bare]
        i = 0
        while i < len(ws):
            for n in sizes if keys[i] in first else ():
                run = bare[i : i + n]
                if len(run) < n or not all(w[2] for w in run) or any((idx, k) in covered for w in run for k in range(w[0], w[1])):
                    continue
                known = places.get(tuple(keys[i : i + n]))
                if known is None or not all(fold(w[2]) in known or _variant_word(w[2], lex) for w in run):
                    continue  # a word of the place as written may be a common word (`नयी दिल्ली`)
                sent = sents[idx]
                s, e = run[0][0], run[-1][1]
                text = sent.text[s - sent.start : e - sent.start]
                if fold(sent.text[s - sent.start : ws[i + n - 1][1] - sent.start]) in surfaces:
                    continue  # the same name as written: propagate's vote decided on it
                out.append(Mention(sent.doc_id, idx, s, e, text, "LOC", tagger))
                i += n - 1
                break
            i += 1
    return out


_ASPIRATES = frozenset("खघछझठढथधफभ")
_FIRST_VOWEL_FOLD = str.maketrans("ईऊऐऔऑ", "इउएओओ")
# `person_variants` (review of round 25): the words after a name that a common word seldom stands before
_VARIANT_FOLLOWERS = frozenset(fold(w) for w in "का की के को से पर ने नें , और कहा कहते कहती कहना बताया".split())


def _variant_key(w: str) -> tuple[str, str, str]:
    """`person_variants`: the phonetic key of a word (pipeline.link.token_key), its first letter and its aspirated
    letters, which token_key folds (`खोली`, `कोली`: one token_key, two words)."""
    fw = fold(w)
    return _token_key(w), fw[:1].translate(_FIRST_VOWEL_FOLD), "".join(c for c in fw if c in _ASPIRATES)


def _name_before(ws: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """`person_variants`: ws[i] stands where a name stands: before a case marker, `ने` or a speech verb
    (`_VARIANT_FOLLOWERS`) or a word that may be a name too (`टैलिस चैंबर्स के साथ`), not at its clause's end, not
    before a verb or auxiliary (`खोली गई थी`) or a common word (`कार्तीक मास में`)."""
    if i + 1 >= len(ws):
        return False
    nxt = fold(ws[i + 1][2])
    return nxt in _VARIANT_FOLLOWERS or bool(_RX_LETTER.search(nxt)) and _name_word(ws[i + 1][2], lex)


def person_variants(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    lex: Lexicon, min_key: int = 4) -> list[Mention]:
    """Round 25: tag the untagged spelling variants of the document's persons' surnames. A translated article spells one
    name several ways (`क्विंटन टेलीस`, then `टैलीस`, `टैलिस`; `फराज`, `फ़राज`): a word whose phonetic key
    (pipeline.link.token_key) is that of the last word of a PER the document tags (or of a one-word PER) is that
    person, when no LOC/ORG of the document has the key, the word may be a name (`_variant_word`), the key has
    `min_key` letters at least, and the word as written is no tagged surface nor a word of one (propagate and its vote
    decided on those). Review of round 25: the word also keeps the surname's aspirated letters and its first letter (`_variant_key`:
    `खोली` opened is no `कोली`, `छावला` no `चावला`, `शेट्टी` no `सेठी`), and stands where a name stands, before a case
    marker, `ने`, a speech verb or another name (`_name_before`: not `कार्तीक मास में`, `खोली गई`, nor ending its
    clause); a Latin word (`PM Modi`) needs neither."""
    keys: dict[str, str] = {}  # phonetic key -> label ("" where labels disagree)
    strict: set[tuple[str, str, str]] = set()  # `_variant_key`s of the surnames
    surfaces = {fold(m.text.strip()) for m in ents} | {fold(w[2]) for m in ents for w in _words_in(words[m.sent_idx], m)}
    for m in ents:
        ws = _words_in(words[m.sent_idx], m)
        if not ws:
            continue
        if m.label == "PER" and len(ws) < 2:
            continue  # a one-word PER may be the model's slip (`सपलीमैंट`): only a full name's surname is spread
        for w in (ws[-1:] if m.label == "PER" else ws):
            k = _token_key(_bare(w)[2])
            if len(k) >= min_key:
                keys[k] = m.label if keys.get(k, m.label) == m.label else ""
                if m.label == "PER":
                    strict.add(_variant_key(_bare(w)[2]))
    if "PER" not in keys.values():
        return ents
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        for i, w in enumerate(ws):
            b = _bare(w)
            if not b[2] or (idx, b[0]) in covered or keys.get(_token_key(b[2])) != "PER":
                continue
            if fold(b[2]) in surfaces or not _variant_word(b[2], lex) or lex.strong_place(fold(b[2])):
                continue
            if not b[2].isascii() and (_variant_key(b[2]) not in strict or not _name_before(ws, i, lex)):
                continue  # a Latin word (`PM Modi`) is a name whatever follows
            out.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start], "PER", tagger))
    return out


def _kb_place_keys(lex: Lexicon) -> dict[str, str]:
    """token_key -> the folded surface of the one sure KB place with that key (keys that two places share are left out);
    memoised for the last lexicon only (review of round 25: a dict of every lexicon seen grew without bound)."""
    global _KB_PLACE_KEYS
    held = _KB_PLACE_KEYS
    if held[0] is lex:
        return held[1]
    keys: dict[str, str] = {}
    shared: set[str] = set()
    for surface in sorted(lex.places):
        if " " in surface or not lex.strong_place(surface):
            continue
        k = _token_key(surface)
        if k in keys and lex.places[keys[k]] != lex.places[surface]:
            shared.add(k)
        keys.setdefault(k, surface)
    keys = {k: v for k, v in keys.items() if k not in shared}
    _KB_PLACE_KEYS = (lex, keys)
    return keys


_KB_PLACE_KEYS: tuple[Lexicon | None, dict[str, str]] = (None, {})  # one slot: the last lexicon and its keys
_OBLIQUE_PLURAL = fold("ों")
QUOTE_MARKS = frozenset("'\"‘’“”")


def kb_key_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  lex: Lexicon, min_key: int = 5) -> list[Mention]:
    """Round 25: tag an untagged one-word place spelled otherwise than the KB (`फ्लॉरिडा` for `फ्लोरिडा`, `लूइजियाना`
    for `लुइजियाना`): its phonetic key (pipeline.link.token_key, `min_key` letters at least) is that of one sure KB place,
    it stands where a place name stands (`_place_spot`: before a case marker, a list separator or punctuation), it may be
    a name (`_variant_word`), no other name of the document has the key, it does not end in the oblique plural `ों` and
    no quotation mark is the last character before it, spaces aside (`("फ्लॉरिडा"`)."""
    kb = _kb_place_keys(lex)
    taken = {_token_key(_bare(w)[2]) for m in ents if m.label != "LOC" for w in _words_in(words[m.sent_idx], m)}
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        fws: list[str] | None = None  # the sentence's folded words, made for its first candidate only
        for i, w in enumerate(ws):
            b = _bare(w)
            if not b[2] or (idx, b[0]) in covered:
                continue
            k = _word_key(b[2])  # the cheap test first: most words are no KB place's key
            if len(k) < min_key or k not in kb or k in taken:
                continue
            fw = fold(b[2])
            if fw in lex.places or fw.endswith(_OBLIQUE_PLURAL):
                continue  # `बूढ़ों` the old (people) is no place whatever its key
            if _last_char_before(sent.text, b[0] - sent.start) in QUOTE_MARKS:
                continue  # a quoted title (`दैनिक 'हिन्दुस्तान'` the newspaper, `("फ्लॉरिडा"`)
            if fws is None:
                fws = [fold(_bare(x)[2]) for x in ws]
            if not _variant_word(b[2], lex) or not _place_spot(fws, i):
                continue
            out.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start], "LOC", tagger))
    return out


def _last_char_before(text: str, at: int) -> str:
    """The last character of text[:at] that is not white space ("" if none): a walk back over the spaces only, not a
    copy of the sentence's beginning per word."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


UNSEEN_GIVEN_MAX_DOCS = 2
CHAIR_END = fold("ध्यक्ष")  # review of round 25: `अध्यक्ष`, `प्रखंडाध्यक्ष`, `जिलाध्यक्ष`: a post, no given name


def _glued_name(fw: str, lex: Lexicon) -> bool:
    """`unseen_given_names`: a folded word that is a word the news knows glued to a given name (`सफरनितिन`,
    `जिम्मेदारीनसरत`: a lost space before the name), which is no given name of its own."""
    for i in range(2, len(fw) - 2):
        head, tail = fw[:i], fw[i:]
        if tail in lex.given_names and head in lex.news and not _RX_MARK_START.match(tail):
            return True
    return False


_RX_MARK_START = regex.compile(r"\p{M}")


@lru_cache(maxsize=1)
def _title_slips() -> frozenset[str]:
    """`unseen_given_names`: the phonetic keys of titles and roles with one letter dropped, as a typo drops it
    (`राष्टपति`, `संथापक` for `राष्ट्रपति`, `संस्थापक`), the full ones too."""
    keys = {_token_key(w) for w in TITLES | ROLES | {fold("संस्थापक")}}
    return frozenset(keys | {k[:i] + k[i + 1 :] for k in keys if len(k) >= 5 for i in range(len(k))})


def _unseen_given(gw: str, lex: Lexicon) -> bool:
    """`unseen_given_names`: a word before a surname that may be a given name: IL-NER never saw it (`_unseen_name`) or a
    common foreign given name, few news articles hold it, and it is no KB place, no word glued to a name, no title
    (misspelt, or `_title_word`: `जलशक्तिमंत्री`, `उपमहापौर`) and no post ending in `अध्यक्ष` (`प्रखंडाध्यक्ष`);
    review of the s20 reading: no English role or noun (`_english_noun`: `गोल्फ़र`, `ऑडिशन`) nor a compound of common
    words (`_common_compound`: `उपजाति`, `विकासखंड`)."""
    fg = fold(gw)
    news = lex.news.get(fg)
    return place_of(gw, lex) is None and (_unseen_name(gw, lex) or fg in FOREIGN_GIVEN) \
        and (news is None or news.n_docs <= UNSEEN_GIVEN_MAX_DOCS) and not _glued_name(fg, lex) \
        and _token_key(gw) not in _title_slips() and not _title_word(fg) and not fg.endswith(CHAIR_END) \
        and not _english_noun(fg, lex) and not _common_compound(fg, lex)


AGENT_END = fold("र")  # English -er/-or (`गोल्फ़र` golfer, `ब्लॉगर` blogger), after a stem the news knows
IST_END = fold("िस्ट")  # English -ist (`एक्टिविस्ट`)
TION_ENDS = tuple(fold(w) for w in ("िशन", "ेशन", "ूशन", "क्शन"))  # English -ition/-ation/-ution/-ction
KISHAN_ENDS = tuple(fold(w) for w in ("किशन", "क्रिशन"))  # the given name Kishan/Krishan (`हरिकिशन`)
_GIVEN_KEYS: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # id(lexicon) -> (it, its given names' phonetic keys)


def _given_keys(lex: Lexicon) -> frozenset[str]:
    """The phonetic keys of the lexicon's given names and FOREIGN_GIVEN (`पीटर`, `रोजर`, `शेखर`), built once per
    lexicon: a spelling of a known given name is no English role or compound, whatever its ending."""
    held = _GIVEN_KEYS.get(id(lex))
    if held is None or held[0] is not lex:
        held = (lex, frozenset(_word_key(w) for w in lex.given_names | FOREIGN_GIVEN))
        _GIVEN_KEYS[id(lex)] = held
    return held[1]


def _english_noun(fw: str, lex: Lexicon) -> bool:
    """`unseen_given_names` (review of the s20 reading): a folded word that is an English role or noun written in
    Devanagari, no given name: a loan stem (the news has it, IL-NER's encyclopedic text not: `श्रेय` is Hindi, and
    `श्रेयर` a slip of `श्रेयस`) + -र (`गोल्फ़र` = `गोल्फ़` + `र`, `ब्लॉगर`), a word in
    -ist (`िस्ट`) or -tion (`ऑडिशन`, `न्यूट्रिशन`; not Kishan, `हरिकिशन`); never a spelling of a known given name
    (`पीटर`, `रोजर`: `_given_keys`)."""
    stem = fw[: -len(AGENT_END)]
    hit = (fw.endswith(AGENT_END) and len(stem) >= 3 and stem in lex.news and stem not in lex.words
           or fw.endswith(IST_END) or fw.endswith(TION_ENDS) and len(fw) >= 5 and not fw.endswith(KISHAN_ENDS))
    return hit and _word_key(fw) not in _given_keys(lex)


COMPOUND_PREFIX = fold("उप")  # `उप` + a common word (`उपजाति` subcaste), as `उप` + a title (`उपमहापौर`)


def _common_word(fw: str, lex: Lexicon) -> bool:
    """A folded word IL-NER saw 10 times or more, inside a name in a tenth of them at most (`जाति`, `खंड`; `विकास`,
    a given name too, 41 of 745)."""
    st = lex.words.get(fw)
    return bool(st and st.n >= 10 and st.n_ent <= 0.1 * st.n)


def _common_compound(fw: str, lex: Lexicon) -> bool:
    """`unseen_given_names` (review of the s20 reading): a folded word that is `उप` + a common word (`उपजाति`) or two
    common words of three letters or more each (`विकासखंड` development block, `साथबाल`), no given name; a spelling of
    a known given name (`पशुपति`, `दिनपति`) stays one."""
    hit = fw.startswith(COMPOUND_PREFIX) and not _RX_MARK_START.match(fw[len(COMPOUND_PREFIX):]) \
        and _common_word(fw[len(COMPOUND_PREFIX):], lex) \
        or any(_common_word(fw[:i], lex) and not _RX_MARK_START.match(fw[i:]) and _common_word(fw[i:], lex)
               for i in range(3, len(fw) - 2))
    return hit and _word_key(fw) not in _given_keys(lex)


def _glued_in_doc(fw: str, surname: str, pairs: set[tuple[str, str]], lex: Lexicon) -> bool:
    """`unseen_given_names` (review of the s20 reading): a folded word that is a word the news or IL-NER knows glued to
    a name the same document writes apart right before the same surname (`जिम्मेदारीनसरत रहीमी` where the story has
    `नसरत रहीमी`; `साथबाल ठाकरे`, `बाल ठाकरे`): a headline run into the body, no given name."""
    return any((fw[i:], surname) in pairs and not _RX_MARK_START.match(fw[i:])
               and (fw[:i] in lex.news or fw[:i] in lex.words) for i in range(2, len(fw) - 1))


UNSEEN_MODIFIER_MAX_CASE = 0.1


def _unseen_modifier(fw: str, lex: Lexicon) -> bool:
    """`unseen_given_names` (review of the s20 reading): a folded word IL-NER never saw that the news shows to be a
    modifier (`_modifier_word`: 3 times or more, before a case marker or punctuation in under a tenth of them): the
    noun before `स्टोर` (`प्रोविजन`, `परचून`), a false person whom a word before it makes no truer."""
    return fw not in lex.words and _modifier_word(fw, lex, UNSEEN_MODIFIER_MAX_CASE)


def unseen_given_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 25: a one-word PER span (not a curated one) and an untagged word right before it that IL-NER never saw
    (`_unseen_name`: Devanagari, in no common-word, title, role or kind list) or a common foreign given name
    (FOREIGN_GIVEN), and that is no KB place, are one person: `थोर्बजोन ओलेसन`, `जिम फ्यूर्क`, where the model took the
    surname alone, as translated news spells foreign given names the training data never met. Review of round 25: the
    word is read as written and without a dateline's visarga-colon (`कोलंबोः परेरा`), and no title (`_title_word`:
    `जलशक्तिमंत्री`, `उपमहापौर`, which `compound_titles` cut off) nor a word ending in `अध्यक्ष` is a given name.
    Review of the s20 reading of its changes over corpus/news: no English role or noun (`गोल्फ़र मोलिनरी`,
    `ऑडिशन शाहरुख़`), compound of common words (`उपजाति मीणा`, `विकासखंड जुन्नारदेव`) or word glued to a name the story
    writes apart (`जिम्मेदारीनसरत रहीमी`); not after a word of another mention or a KB place (`महिंद्रा रेजॉर्ट्स
    मरीजो`, `ऑक्सफोर्ड इंगलिश डिक्शनरी`: a longer name, no person); not before a surname that names a public figure
    alone (the alias file's PER rows: `थैंक्यू मोदी`) nor before a modifier the model took for a person
    (`_unseen_modifier`: `साधिया प्रोविजन स्टोर`)."""
    at = _word_index(words)
    covered = _chars_covered(ents)
    pairs: set[tuple[str, str]] | None = None  # the document's folded word bigrams, made at the first candidate
    out = []
    for m in ents:
        k = at.get((m.sent_idx, m.start))
        if m.label == "PER" and k and (m.start, m.end) not in keep and " " not in m.text.strip():
            ws = words[m.sent_idx]
            g = ws[k - 1]
            head = fold(m.text.strip())
            # review of round 25: the word as written and bare (a dateline's `कोलंबोः` is `कोलंबो`, a place; `अतः`
            # "therefore" keeps its visarga as written): both must read as a given name
            # review of the s20 reading: nor after a word of another mention or a KB place (a longer name), nor
            # before a public figure's one-word alias or an unseen modifier (`प्रोविजन स्टोर`)
            before = ws[k - 2] if k >= 2 else None
            if g[1] + 1 == m.start and (m.sent_idx, g[0]) not in covered and _bare(g)[2] \
                    and (_surname_word(head, lex)
                         or _unseen_name(m.text.strip(), lex) and not _unseen_modifier(head, lex)) \
                    and all(_unseen_given(gw, lex) for gw in {g[2], _bare(g)[2]}) and (head,) not in lex.persons \
                    and not (before and ((m.sent_idx, before[0]) in covered
                                         or place_of(before[2], lex) is not None
                                         and fold(before[2]) not in lex.given_names)):
                if pairs is None:
                    pairs = {(fold(_bare(a)[2]), fold(_bare(b)[2]))
                             for ww in words.values() for a, b in zip(ww, ww[1:])}
                if not _glued_in_doc(fold(_bare(g)[2]), head, pairs, lex):
                    sent = sents[m.sent_idx]
                    out.append(replace(m, start=g[0], text=sent.text[g[0] - sent.start : m.end - sent.start]))
                    continue
        out.append(m)
    return out


MINISTER_ENDS = tuple(fold(w) for w in ("मंत्री", "मन्त्री"))
TITLE_PREFIXES = tuple(fold(w) for w in ("उप", "पूर्व"))


def _title_word(fw: str) -> bool:
    """`compound_titles`: a folded word that is a title, one of TITLES (`मुख्यमंत्री`, `राज्यपाल`) or one written as
    one word with its portfolio or rank, which TITLES does not hold: `रेलमंत्री`, `जलशक्तिमंत्री`, `उपराज्यपाल`."""
    if fw in TITLES:
        return True
    if fw.endswith(MINISTER_ENDS) and len(fw) > len(MINISTER_ENDS[0]):
        return True
    return any(fw.startswith(pre) and fw[len(pre):] in TITLES for pre in TITLE_PREFIXES)


def compound_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 25: a PER span of two words at least (not a curated one) whose first word is a compound title
    (`_title_word`: `रेलमंत्री सुरेश प्रभु`, `उपराज्यपाल अनिल बैजल`) is the name after it; the title stays outside,
    as gold/SPEC.md leaves `राष्ट्रपति` out of a PER span."""
    out = []
    for m in ents:
        ws = _words_in(words[m.sent_idx], m) if m.label == "PER" and (m.start, m.end) not in keep else []
        if len(ws) >= 2 and ws[0][0] == m.start and _title_word(fold(ws[0][2])):
            sent = sents[m.sent_idx]
            s = ws[1][0]
            out.append(replace(m, start=s, text=sent.text[s - sent.start : m.end - sent.start]))
            continue
        out.append(m)
    return out


# Round 24: roles and posts written before a speaker's name that neither TITLES nor ROLES holds (`चीफ साइंटिस्ट कार्स्टन
# नोल कहते हैं`, `फ़िल्म क्रिटिक इंदू मिरानी का मानना`, `तहसीलदार एसी उनियाल ने`); generic, not taken from any article
SPEAKER_ROLES = frozenset(fold(w) for w in """साइंटिस्ट क्रिटिक तहसीलदार गोलकीपर विकेटकीपर एक्सपर्ट रिसर्चर शोधार्थी
    एनालिस्ट कमेंटेटर ब्लॉगर कॉलमनिस्ट प्रोड्यूसर डायरेक्टर मैनेजर प्रेसिडेंट सेक्रेटरी चेयरपर्सन कुलपति कुलसचिव
    प्राध्यापक रजिस्ट्रार डीन""".split())
# Review of round 24: their spellings with the other vowel length or nukta, which `fold` keeps apart (`प्रेसीडेंट`)
_SPEAKER_ROLE_SPELLINGS = frozenset(fold(w) for w in """साईंटिस्ट एक्स्पर्ट एनेलिस्ट डाइरेक्टर मेनेजर प्रेसीडेंट
    प्रेज़िडेंट प्रेज़ीडेंट प्रेजीडेंट सेक्रेट्री सेक्रेटेरी चेयरपरसन प्रोडयूसर कमेन्टेटर""".split())
SPEAKER_TITLE_WORDS = TITLES | ROLES | LEAD_TITLES | SPEAKER_ROLES | _SPEAKER_ROLE_SPELLINGS
BELIEVING = fold("मानना")  # `X का मानना है`: X's view, a speaker's cue as `X का कहना है`
ERGATIVE_TYPO = fold("नें")  # `ने` typed with a nasal (`गुड्सा उसेंडी नें बयान में कहा`)
_RX_INITIAL = regex.compile(r"^\p{Devanagari}{1,3}\.$")  # `सी.` of `सी. विजय भास्कर`


def _speaker_initial(w: str) -> bool:
    """`titled_speakers`: an initial (`सी.`), no personal title (review of round 24: not `डॉ.`, `प्रो.`)."""
    return bool(_RX_INITIAL.match(w)) and fold(w) not in PERSONAL_TITLES and fold(w.rstrip(".")) not in PERSONAL_TITLES


def _posting_word(w: str, lex: Lexicon) -> bool:
    """`titled_speakers` (review of round 24): a word after an office's title that is its posting or another title, no
    name (`तहसीलदार बिलासपुर ने`, `साइंटिस्ट प्रेसीडेंट ने`): a title or role of SPEAKER_TITLE_WORDS, a town's name
    (TOWN_ENDINGS, as `posting_places` reads them) or a word IL-NER saw mostly in places."""
    fw = fold(w)
    st = lex.words.get(fw)
    return fw in SPEAKER_TITLE_WORDS or len(fw) > 4 and fw.endswith(TOWN_ENDINGS) \
        or st is not None and st.n_loc > 0 and 2 * st.n_loc >= st.n
TITLED_MAX_WORDS = 3


def _titled_cue(ws: Sequence[Word], j: int) -> bool:
    """ws[j] opens a speaker's cue: `_speaker_cue`'s, `का/की मानना`, or `नें`."""
    fw = fold(ws[j][2])
    nxt = fold(ws[j + 1][2]) if j + 1 < len(ws) else ""
    return _speaker_cue(ws, j, True) or fw == ERGATIVE_TYPO or fw in _GENITIVES_KA and nxt == BELIEVING


_TITLED_CUE_WORDS = frozenset({ERGATIVE, ERGATIVE_TYPO, GENITIVE_KE}) | SPEAKS | _GENITIVES_KA  # what `_titled_cue` opens with


def titled_speakers(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams) -> list[Mention]:
    """Round 24: one to three untagged name words (`_titled_word`; the first may be an initial, `सी.`) between an untagged
    title or role (SPEAKER_TITLE_WORDS) and a speaker's cue (`_titled_cue`) are a person, the longest such run
    (`गोलकीपर सुशीला चानू पुखरंबम ने`, `तहसीलदार एसी उनियाल ने`, `फ़िल्म क्रिटिक इंदू मिरानी का मानना`): what
    `agent_names` leaves, its two words, its roles and cues being fewer. Not a thing named (`_named_as`). Review of
    round 24: after an office's title no posting, town or title (`_posting_word`: `तहसीलदार बिलासपुर ने`), and no
    personal title as an initial (`रिसर्चर डॉ. सुनीता ने`: `सुनीता`)."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(2, len(ws)):
            if fold(ws[j][2]) not in _TITLED_CUE_WORDS:
                continue  # the cheap test first: `_titled_cue` opens with one of these words
            if (idx, ws[j][0]) in covered or not _titled_cue(ws, j) or _named_as(ws, j - 1, j):
                continue
            best = -1
            for n in range(1, TITLED_MAX_WORDS + 1):
                k = j - n
                if k < 1 or (idx, ws[k][0]) in covered:
                    break
                if not (_titled_word(ws[k][2], lex, p, personal=True) or n > 1 and _speaker_initial(ws[k][2])):
                    break
                t = fold(ws[k - 1][2])
                personal = t in PERSONAL_TITLES
                if (personal or t in SPEAKER_TITLE_WORDS) and (idx, ws[k - 1][0]) not in covered and all(
                        (_titled_word(ws[q][2], lex, p, personal) or q == k and _speaker_initial(ws[q][2]))
                        and (personal or not _posting_word(ws[q][2], lex)) for q in range(k, j)):
                    best = k
            if best < 0:
                continue
            sent = sents[idx]
            s, e = ws[best][0], ws[j - 1][1]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
            covered.update((idx, i) for i in range(s, e))
    return out


# Round 26: words that say a company is one when they end its name (`गो एयर`, `डेल्टा एयरलाइंस`, `एमजी मोटर`, `सन
# फार्मास्युटिकल्स इंडस्ट्रीज लि.`): the closed class of English words for an airline, a motor maker, an industrial or
# pharmaceutical firm and the legal ending of a company, as news writes them in Devanagari; generic English, not taken
# from any article (COMPANY_HEADS has more, read by `org_kinds`)
# (review of round 26: also the `एअर` spelling, `गो एअर`)
AIRLINE_KINDS = frozenset(fold(w) for w in """एयर एयरलाइंस एयरलाइन्स एयरलाइन एयरवेज़ एयरवेज एअर एअरलाइंस एअरलाइन्स
    एअरलाइन एअरवेज""".split())
COMPANY_KINDS = AIRLINE_KINDS | frozenset(fold(w) for w in """मोटर मोटर्स इंडस्ट्रीज इंडस्ट्रीज़ फार्मास्युटिकल्स
    फ़ार्मास्युटिकल्स फार्मास्यूटिकल्स फार्मा लिमिटेड लि लि.""".split())
# ... and what may follow the kind in the name: `इंडिया` of a company's Indian arm (`हुंडई मोटर इंडिया`)
COMPANY_TAILS = COMPANY_KINDS | INDIA_EN
# What may follow the name: a case marker, `ने`, `द्वारा`, a list separator, punctuation (`गो एयर ने`, `डेल्टा
# एयरलाइंस ने`); a noun there makes the kind a modifier (`एयर कंडीशनर`, `मोटर व्हीकल एक्ट`, `एयर इंडिया` aside)
COMPANY_AFTER = POSTPOSITIONS | LIST_SEPARATORS | frozenset(fold(w) for w in "ने नें द्वारा".split())
COMPANY_MAX_NAME = 2  # name words before the kind
# Review of round 26: a tagged place grows into the company only with these words between (`[पाकिस्तान]L
# इंटरनेशनल एयरलाइंस`; not `[अमेरिका]L डेल्टा एयरलाइंस`), or right before an airline word the place does not
# locate (`[समोआ]L एयर के`, not `[दिल्ली]L एयर में प्रदूषण`)
COMPANY_PLACE_WORDS = frozenset(fold(w) for w in "इंटरनेशनल इंटरनैशनल नेशनल नैशनल".split())
COMPANY_PLACE_NOT_AFTER = frozenset(fold(w) for w in "में पर तक".split())
# ... and an organisation whose Indian arm `इंडिया` may name: none of a party or an alliance (`एनडीए इंडिया पर`)
PARTY_WORDS = frozenset(fold(w) for w in "पार्टी कांग्रेस गठबंधन मोर्चा दल संघ".split())


def _company_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that may name a company before its kind: a capitalised Latin word, or a Devanagari word that describes
    nothing (`_descriptive`: no demonym, adjective, verb or common word of the news, `महीने`, `सभी`), in fewer than
    `news_common_min_docs` news articles (`वहीं`), no function word but one the news uses and IL-NER seldom has (`गो`),
    no role or kind; a given name or a word IL-NER saw (`डेल्टा`, `महान`) may be one."""
    if _is_latin(w):
        return w[0].isupper()
    fw = fold(w)
    if not _RX_DEVANAGARI.fullmatch(w) or fw in ROLES or fw in ORG_KINDS or fw in COMPANY_TAILS or fw in TITLES \
            or fw in COMPANY_AFTER:  # a case marker ends the name before it (`मुंबई से गो एयर`)
        return False
    st, news = lex.words.get(fw), lex.news.get(fw)
    if fw in lex.function_words and (news is None or st is not None and st.n >= FUNCTION_MIN_COUNT) \
            or news is not None and news.n_docs >= p.news_common_min_docs:  # `वहीं`, a given name too
        return False
    return not _descriptive(w, lex, p)


def _ends_company(ws: Sequence[Word], k: int) -> bool:
    """Nothing, punctuation or a word of COMPANY_AFTER at ws[k]: the name ends before it."""
    return k >= len(ws) or not _RX_LETTER.search(ws[k][2]) or fold(ws[k][2]) in COMPANY_AFTER


def _company_arm(m: Mention) -> bool:
    """Review of round 26: an ORG that `इंडिया` after it makes a company's Indian arm (`[मारुति सुजुकी]O इंडिया`,
    `पुणे वॉरियर्स इंडिया`): one ending in a company kind or head, or a name of two words or more with no acronym and
    no party or alliance word; not `एनडीए इंडिया पर`, `कांग्रेस इंडिया को` (the INDIA alliance)."""
    fws = [fold(w) for w in m.text.split()]
    if not fws or m.label != "ORG":
        return False
    if fws[-1] in COMPANY_KINDS or fws[-1] in COMPANY_HEADS:
        return True
    return len(fws) >= 2 and not any(latin_acronym(w) or fold(w) in PARTY_WORDS or fold(w) in ORG_KINDS
                                     for w in m.text.split())


def _company_at(ws: Sequence[Word], j: int, ms: list[Mention], lex: Lexicon, p: RefineParams) -> tuple[int, int] | None:
    """The words (b, e) of a company's name whose kind opens at ws[j] (`_company_kinds`), or None. Review of round 26:
    never over a person (`[राहुल गांधी]P गो एयर`, `[मोदी]P एयर`); a tagged place only as COMPANY_PLACE_WORDS and
    COMPANY_PLACE_NOT_AFTER say."""
    fw = fold(ws[j][2])
    if not j or fw not in COMPANY_KINDS and not (
            fw in INDIA_EN and any(m.end == ws[j - 1][1] and _company_arm(m) for m in ms)):
        return None  # `इंडिया` alone after a company's name: its Indian arm (`[मारुति सुजुकी]O इंडिया के`)
    e = j
    while e + 1 < len(ws) and fold(ws[e + 1][2]) in COMPANY_TAILS and ws[e + 1][0] == ws[e][1] + 1:
        e += 1
    if not _ends_company(ws, e + 1):
        return None
    prev = next((m for m in ms if m.end == ws[j - 1][1] and m.start < ws[j - 1][1]), None)
    if prev is not None:
        if not (prev.label == "ORG" or prev.label == "LOC" and fw in AIRLINE_KINDS
                and not (e + 1 < len(ws) and fold(ws[e + 1][2]) in COMPANY_PLACE_NOT_AFTER)):
            return None  # `[दिल्ली]L एयर में प्रदूषण`: the air of a place
        b = _word_at(ws, prev.start)
        return (b, e) if b < len(ws) and ws[b][0] == prev.start else None
    if any(m.start == ws[j][0] for m in ms):  # `भरेंगे [एयर इंडिया]O`: a name tagged from the kind on
        return None
    b = j
    while b > 0 and j - b < COMPANY_MAX_NAME and ws[b - 1][1] + 1 == ws[b][0] \
            and _company_name_word(ws[b - 1][2], lex, p) \
            and not any(m.start < ws[b - 1][1] and ws[b - 1][0] < m.end for m in ms):
        b -= 1
    if b == j:
        return None
    lead = next((m for m in ms if b and m.end == ws[b - 1][1] and m.end + 1 == ws[b][0]), None)
    if lead is not None and (lead.label == "ORG" or lead.label == "LOC" and fold(ws[b][2]) in COMPANY_PLACE_WORDS):
        b = _word_at(ws, lead.start)  # `[पाकिस्तान]L इंटरनेशनल एयरलाइंस`: a tagged name before the words
    return b, e


def company_kinds(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 26: a run of company kinds (COMPANY_KINDS, then maybe `इंडिया`) right after one or two name words
    (`_company_name_word`) or a tagged organisation, before the end of the noun phrase (`_ends_company`), is a
    company's name, one ORG (`_company_at`); so is a company + `इंडिया` there (`[मारुति सुजुकी]O [इंडिया]L के`,
    `_company_arm`): `गो एयर ने`, `डेल्टा एयरलाइंस ने`, `[समोआ]L एयर के`, `[हुंडई]O [मोटर इंडिया]O के`, `एमजी मोटर
    इंडिया के`. The same words elsewhere in the story are that ORG too (`महान एयर उड़ान`). The name words stop at a
    tagged span's edge; a span that reaches past the run, or a curated one, leaves it alone."""
    tagger = ents[0].tagger if ents else "refine"
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        by_sent[m.sent_idx].append(m)
    names: set[tuple[str, ...]] = set()
    for idx, ws in words.items():
        ms = by_sent.get(idx, [])
        j = 0
        while j < len(ws):
            found = _company_at(ws, j, ms, lex, p)
            if found is None:
                j += 1
                continue
            b, e = found
            start, end = ws[b][0], ws[e][1]  # a curated name inside grows into its company (`[हुंडई]O मोटर इंडिया`)
            if not any(m.start < end and start < m.end and (m.start < start or end < m.end) for m in ms):
                names.add(tuple(fold(w[2]) for w in ws[b:e + 1]))
            j = e + 1
    if not names:
        return ents
    longest = max(len(n) for n in names)
    gone: set[int] = set()
    out: list[Mention] = []
    for idx, ws in words.items():
        sent = sents[idx]
        fws = [fold(w[2]) for w in ws]
        ms = by_sent.get(idx, [])
        j = 0
        while j < len(ws):
            n = _longest_name(fws, j, names, longest, shortest=2)
            if not n or j + n < len(ws) and fws[j + n] in COMPANY_TAILS:
                j += max(n, 1)
                continue
            s, e = ws[j][0], ws[j + n - 1][1]
            over = [m for m in ms if m.start < e and s < m.end]
            if all(s <= m.start and m.end <= e for m in over) \
                    and not (len(over) == 1 and (over[0].start, over[0].end) == (s, e) and over[0].label == "ORG"):
                gone.update(id(m) for m in over)
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG",
                                   over[0].tagger if over else tagger))
            j += n
    if not out:
        return ents
    return [m for m in ents if id(m) not in gone] + out


def _glued_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A word that ends no person's name: one that describes (`_descriptive`: `सप्ताहांत`), no given name, none IL-NER
    saw inside a PER."""
    fw = fold(w)
    st = lex.words.get(fw)
    return fw not in lex.given_names and (st is None or st.n_per == 0) and _descriptive(w, lex, p)


def _new_person(w: str, lex: Lexicon) -> bool:
    """A word that opens another person's name: a given name that is no surname (`दीप्ति`, not `जैन`)."""
    fw = fold(w)
    return fw in lex.given_names and not _surname_word(fw, lex)


# Review of round 26: words that open an institution's name after the person it is named after (`इंदिरा गांधी राष्ट्रीय
# मुक्त विश्वविद्यालय`, `लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी`), and the kinds that end one
INSTITUTION_OPENERS = frozenset(fold(w) for w in "राष्ट्रीय अंतरराष्ट्रीय अंतर्राष्ट्रीय मेमोरियल स्मारक".split())
INSTITUTION_KINDS = ORG_KINDS | INSTITUTIONS - COMPANY_HEADS


def _institution_rest(ws: Sequence[Word], lex: Lexicon, p: RefineParams) -> bool:
    """Review of round 26: the words after a person in an ORG span that name an institution after that person, not
    another name: opening with INSTITUTION_OPENERS or a descriptive word (`_descriptive`) before no company kind or
    head (`ब्रिटिश एयरवेज` is a company of its own), or ending in an institution's kind (INSTITUTION_KINDS)."""
    first, last = fold(ws[0][2]), fold(ws[-1][2])
    return first in INSTITUTION_OPENERS or last in INSTITUTION_KINDS or _descriptive(ws[0][2], lex, p) \
        and last not in COMPANY_KINDS and last not in COMPANY_HEADS


def glued_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 26: a PER or ORG span whose first words are a person of the story (a PER of two words or more tagged
    apart) and whose rest the story tags on its own, as no PER or as a PER opening with a given name (`_new_person`),
    is two names run together: the person, PER, and the rest with its own label (`[फ़ारुख़ शेख दीप्ति]P` with
    `फ़ारुख़ शेख़` and `दीप्ति` -> PER + PER, `[केविन चेनाइस ब्रिटिश एयरवेज]O` with `केविन चेनाइस` and `ब्रिटिश एयरवेज`
    -> PER + ORG); not the person's surname tagged alone (`दलबीर सिंह सुहाग`), nor an institution named after the
    person (`_institution_rest`: `इंदिरा गांधी राष्ट्रीय मुक्त विश्वविद्यालय`). A PER span of the person + one word
    that ends no name (`_glued_word`) is cut to the person (`[वी. मुरलीधरन सप्ताहांत]P`). Curated spans stay."""
    persons: set[tuple[str, ...]] = set()
    labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for m in ents:
        key = tuple(fold(w) for w in m.text.split())
        labels[key][m.label] += 1
        if m.label == "PER" and len(key) >= 2:
            persons.add(key)
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label in ("PER", "ORG") and " " in m.text.strip() else []
        fws = tuple(fold(w[2]) for w in ws)
        if len(ws) < 3 or (m.start, m.end) in keep or ws[0][0] != m.start or ws[-1][1] != m.end \
                or sum(labels[fws].values()) > 1:  # a full name the story writes again (`दलबीर सिंह सुहाग`)
            out.append(m)
            continue
        k = next((k for k in range(len(ws) - 1, 1, -1) if fws[:k] in persons), 0)
        rest = labels.get(fws[k:]) if k else None
        label = rest.most_common(1)[0][0] if rest else ""
        sent = sents[m.sent_idx]
        if label == "ORG" and m.label == "ORG" and _institution_rest(ws[k:], lex, p):
            out.append(m)  # `इंदिरा गांधी राष्ट्रीय मुक्त विश्वविद्यालय`: named after the person
        elif label and (label != "PER" or _new_person(ws[k][2], lex)):  # the person's surname alone is no other name
            out.append(_span(sent, m, m.start, ws[k - 1][1], "PER"))
            out.append(_span(sent, m, ws[k][0], m.end, label))
        elif k and m.label == "PER" and len(ws) - k == 1 and _glued_word(ws[k][2], lex, p):
            out.append(_span(sent, m, m.start, ws[k - 1][1]))
        else:
            out.append(m)
    return out


ACRONYM_VARIANT_MIN = 3  # letters of an acronym whose other spellings are taken (`आइओए`/`आईओए`); two are too often words


def acronym_variants(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 26: a one-word acronym the story tags (`[आईओए]O`) names every untagged word of the story that spells the
    same letters another way (`आइओए`, `डब्लूएचओ`/`डब्ल्यूएचओ`): IOA, with the label the story gives those letters most
    often. Three letters or more; no common word of the training data."""
    votes: dict[str, Counter] = defaultdict(Counter)
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in ents:
        covered[m.sent_idx].append((m.start, m.end))
        t = m.text.strip()
        letters = latin_acronym(t) if " " not in t and _RX_DEVANAGARI.fullmatch(t) else None
        if letters and len(letters) >= ACRONYM_VARIANT_MIN:
            votes[letters][m.label] += 1
    if not votes:
        return ents
    tagger = ents[0].tagger if ents else "refine"
    out = list(ents)
    for idx, ws in words.items():
        sent = sents[idx]
        spans = covered.get(idx, [])
        for w in ws:
            if not _RX_DEVANAGARI.fullmatch(w[2]):
                continue
            letters = latin_acronym(w[2])
            if not letters or letters not in votes or any(a < w[1] and w[0] < b for a, b in spans):
                continue
            st = lex.words.get(fold(w[2]))
            if st is not None and st.n >= 3 and st.n_ent < 0.5 * st.n:  # a word, not an acronym
                continue
            out.append(Mention(sent.doc_id, idx, w[0], w[1], w[2], votes[letters].most_common(1)[0][0], tagger))
    return out


# Round 26: endings of an inflected Hindi word that opens no organisation's name: the direct plural of a feminine noun
# (`सरकारें`, `महिलाएं`, `सरकारेँ`: review of round 26), the polite imperative (`जानिए`, `पढ़िये`); headline words
# run into the name (`जानिए स्वास्थ्य मंत्रालय की`)
PLURAL_LEAD_ENDINGS = ("ें", "ेँ", "एं", "एँ")
INFLECTED_LEAD_ENDINGS = PLURAL_LEAD_ENDINGS + ("िए", "िये")


def _plural_lead(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Review of round 26: a word with a plural ending of PLURAL_LEAD_ENDINGS that is a plural, not a name that ends so
    (`लौरें` of `लौरें फाउंडेशन`): IL-NER saw it (or its spelling with `ं` for `ँ`), or it is no name-like word."""
    fw = fold(w)
    return fw in lex.words or fold(w.replace("ँ", "ं")) in lex.words or not _name_like(w, lex, p)


def inflected_leads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 26: an ORG span of three words or more whose first word is a Devanagari word with an ending of
    INFLECTED_LEAD_ENDINGS is cut after that word (`सरकारें गृह मंत्रालय` -> `गृह मंत्रालय`, `जानिए स्वास्थ्य
    मंत्रालय` -> `स्वास्थ्य मंत्रालय`); a plural ending only on a plural (`_plural_lead`: not `लौरें फाउंडेशन ऑफ
    आर्ट्स`). Persons keep theirs (`लौरें फाबिया`); curated spans stay."""
    out = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label == "ORG" and (m.start, m.end) not in keep else []
        if len(ws) >= 3 and ws[0][0] == m.start and _RX_DEVANAGARI.fullmatch(ws[0][2]) \
                and ws[0][2].endswith(INFLECTED_LEAD_ENDINGS) \
                and (not ws[0][2].endswith(PLURAL_LEAD_ENDINGS) or _plural_lead(ws[0][2], lex, p)):
            out.append(_span(sents[m.sent_idx], m, ws[1][0], m.end))
        else:
            out.append(m)
    return out


# ------------------------------------------------------------------------------ round 28: native disaster and crime reports

# Military and paramilitary ranks that the title lists (TITLES, LEAD_TITLES) lack, written before a person's name in Indian
# reports (`डिप्टी कमांडंट दिवाकर`, `सूबेदार ...`); generic Hindi spellings of the ranks, none a given name or a surname
MILITARY_RANKS = frozenset(fold(w) for w in "कमांडंट कमांडेंट कमान्डेंट कमाण्डेंट ब्रिगेडियर सूबेदार हवलदार".split())
# First words of compound ranks (`विंग कमांडर`, `ग्रुप कैप्टन`, `स्क्वाड्रन लीडर`, `डिप्टी कमांडंट`): no name before a rank
RANK_PREFIXES = frozenset(fold(w) for w in "विंग ग्रुप स्क्वाड्रन स्क्वॉड्रन फ्लाइट डिप्टी नायब लांस".split())
# Ranks only after a prefix (`लांस नायक`): `नायक` alone is also a surname
PREFIXED_RANKS = MILITARY_RANKS | frozenset(fold(w) for w in "नायक".split())
RANK_WORDS = MILITARY_RANKS | TITLES | LEAD_TITLES | frozenset(fold(w) for w in "लीडर नायक".split())


def military_ranks(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 28: a PER span of two words at least opening with a military rank (MILITARY_RANKS, or a rank prefix + a
    rank) loses the rank words (`कमांडंट दिवाकर` -> `दिवाकर`); a one-word PER or LOC that is a rank prefix right before a
    rank or title is no name (`विंग` of `विंग कमांडर एसएस बिर्दी`, `नायब` of `नायब सूबेदार`)."""
    out = []
    for m in ents:
        if m.label not in ("PER", "LOC") or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        inside = _words_in(ws, m)
        if m.label == "LOC" and len(inside) != 1:  # review: a one-word LOC rank prefix too (`नायब` of `नायब सूबेदार`)
            out.append(m)
            continue
        if len(inside) >= 2 and (fold(inside[0][2]) in MILITARY_RANKS
                                 or fold(inside[0][2]) in RANK_PREFIXES and fold(inside[1][2]) in PREFIXED_RANKS):
            j = 1
            while j < len(inside) - 1 and fold(inside[j][2]) in RANK_WORDS:
                j += 1
            if fold(inside[j][2]) not in RANK_WORDS:
                out.append(_span(sents[m.sent_idx], m, inside[j][0], m.end))
            continue
        if len(inside) == 1 and fold(inside[0][2]) in RANK_PREFIXES:
            k = _word_at(ws, m.end)
            if k < len(ws) and fold(ws[k][2]) in RANK_WORDS:
                continue  # `विंग कमांडर`: the rank's first word
        out.append(m)
    return out


STATIONS = frozenset(fold(w) for w in "थाना थाने".split())
STATION = fold("थाना")
# Words glued from `थाना` that follow a station's name (`बखिरा थानाक्षेत्र`, `बीजपुर थानांतर्गत`, `फुलवरिया थानाध्यक्ष`)
STATION_WORDS = frozenset(fold(w) for w in "थानाक्षेत्र थानांतर्गत थानाध्यक्ष थानाध्यक्षा थानेदार थानाप्रभारी".split())
# Review of round 28: kinds of station and adjectives before `थाना`/`पुलिस थाने`, no place (`सदर थाना पुलिस`,
# `कोतवाली पुलिस थाने में`, `स्थानीय थाने`)
STATION_KINDS = frozenset(fold(w) for w in """सदर कोतवाली महिला साइबर यातायात जीआरपी स्थानीय संबंधित नजदीकी ग्रामीण
    शहर""".split())
# ... what follows `थाने` when it names the station (not `मुंबई पुलिस थाने पहुंची`: the city's police on its way)
STATION_MARKERS = frozenset(fold(w) for w in "के में की से".split())
# ... and after `X थाने`, what makes X the station's place (`टूंडला थाने के`; not `अजय थाने पहुंचा`, `थाने में बैठा`)
STATION_PLACE_MARKERS = GENITIVES | frozenset(fold(w) for w in "क्षेत्र".split())
# Words before a person who goes to the station (`पीड़ित टिंकू थाने पहुंचा`, `घायल बबलू`, `आरोपी ...`)
STATION_VISITORS = frozenset(fold(w) for w in "पीड़ित पीडि़त घायल आरोपी".split())
PLACE_KINDS_OF_POLICE = frozenset({"country", "state", "city"})  # `मुंबई पुलिस`, `हरियाणा पुलिस`: the place's police


def _own_police(w: str, lex: Lexicon | None) -> bool:
    """Review of round 28: X of `X पुलिस` is the police of X, no station's name: a strong KB country, state or city
    (`मुंबई`, `हरियाणा`), a word IL-NER ever tags ORG (`दिल्ली`, `रेलवे`), an acronym (`यूपी`), a station kind
    (`कोतवाली`)."""
    fw = fold(w)
    if fw in STATION_KINDS or acronym_letters_of(w):
        return True
    if lex is None:
        return False
    place = lex.strong_place(fw)
    st = _stats(w, lex)
    return place is not None and place.kind in PLACE_KINDS_OF_POLICE or st is not None and st.n_org > 0


def station_police(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset(), lex: Lexicon | None = None) -> list[Mention]:
    """Round 28: police stations are named after their place, and the place is the name (LOC, as `रहुई थाना`); `पुलिस`
    is no entity (dev2). Four readings: an ORG span `X थाना पुलिस` (`लेस्लीगंज थाना पुलिस`) is X; an ORG `X पुलिस`
    right before `थाना`, or `थाने` + के/में/की/से (`नीलगंगा पुलिस थाने के प्रभारी`), is X; a LOC span (or a two-word
    PER) ending in a word glued from `थाना` loses it (`बखिरा थानाक्षेत्र` -> `बखिरा`, `फुलवरिया थानाप्रभारी`); a
    one-word PER right before `थाना`, `थाने` + के/की/का/क्षेत्र or a glued word is that place in all its one-word
    mentions (`टूंडला थाने के`, `फुलवरिया थानाध्यक्ष`), unless the story shows it as a person's word (`_person_in_doc`),
    IL-NER tags it mostly as a person or a victim's word stands before it. Review: X is no station kind (`सदर`); of
    `X पुलिस`, not a place's or agency's own police (`_own_police`: `मुंबई पुलिस थाने पहुंची`, `रेलवे पुलिस`); and a
    one-word LOC that goes to the station (`थाने` + no STATION_PLACE_MARKERS) after a victim's word or a given name
    IL-NER tags mostly as a person is that person (`पीड़ित टिंकू थाने पहुंचा`, `अजय थाने पहुंचा`), in all its mentions."""
    out = []
    places: set[str] = set()
    visitors: set[str] = set()
    persons = None
    for m in ents:
        if (m.start, m.end) in keep or m.label not in ENTITY:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        inside = _words_in(ws, m)
        k = _word_at(ws, m.end)
        nxt = fold(ws[k][2]) if k < len(ws) else ""
        after = fold(ws[k + 1][2]) if k + 1 < len(ws) else ""
        first = _word_at(ws, m.start)
        prev = fold(ws[first - 1][2]) if 0 < first <= len(ws) else ""
        if m.label == "ORG" and len(inside) >= 3 and inside[-1][1] == m.end and fold(inside[-1][2]) in POLICE \
                and fold(inside[-2][2]) in STATIONS and fold(inside[-3][2]) not in STATIONS \
                and fold(inside[-3][2]) not in STATION_KINDS:
            out.append(_span(sents[m.sent_idx], m, m.start, inside[-3][1], "LOC"))  # `लेस्लीगंज थाना पुलिस`
            continue
        if m.label == "ORG" and len(inside) >= 2 and inside[-1][1] == m.end and fold(inside[-1][2]) in POLICE \
                and (nxt == STATION or nxt in STATIONS and after in STATION_MARKERS) \
                and not (len(inside) == 2 and _own_police(inside[0][2], lex)):
            out.append(_span(sents[m.sent_idx], m, m.start, inside[-2][1], "LOC"))  # `नीलगंगा पुलिस थाने`
            continue
        if (m.label == "LOC" or m.label == "PER" and len(inside) == 2) and len(inside) >= 2 \
                and inside[-1][1] == m.end and fold(inside[-1][2]) in STATION_WORDS:
            out.append(_span(sents[m.sent_idx], m, m.start, inside[-2][1], "LOC"))  # `बखिरा थानाक्षेत्र`
            continue
        fw = fold(m.text.strip())
        if len(inside) == 1 and fw not in STATION_KINDS:
            st = _stats(m.text.strip(), lex) if lex is not None else None
            if m.label == "PER" and prev not in STATION_VISITORS and (
                    nxt == STATION or nxt in STATION_WORDS or nxt in STATIONS and after in STATION_PLACE_MARKERS):
                if persons is None:
                    persons = _person_in_doc(words, ents)
                if fw not in persons and not (st is not None and st.n_per > st.n_loc):
                    places.add(fw)
            elif m.label == "LOC" and nxt in STATIONS and nxt != STATION and after not in STATION_PLACE_MARKERS \
                    and lex is not None and lex.strong_place(fw) is None \
                    and (prev in STATION_VISITORS or fw in lex.given_names and st is not None and st.n_per > st.n_loc):
                visitors.add(fw)  # `पीड़ित टिंकू थाने पहुंचा`, `अजय थाने पहुंचा`
        out.append(m)
    if not places and not visitors:
        return out
    return [replace(m, label="LOC") if m.label == "PER" and (m.start, m.end) not in keep
            and fold(m.text.strip()) in places else
            replace(m, label="PER") if m.label == "LOC" and (m.start, m.end) not in keep
            and fold(m.text.strip()) in visitors else m for m in out]


NAMING = fold("नाम")
# Words that link a person to a place or a relative, never part of a name (`बम्हैटा निवासी विक्रम`, `कृष्ण पुत्र बनवारी`)
RESIDENCE_WORDS = frozenset(fold(w) for w in "निवासी पुत्र पुत्री पत्नी पति उर्फ".split())
# Nouns for a person that news writes after `X नाम का/की/के` (`विक्रम नाम का युवक`, `रामदेई नाम की महिला`, `मुश्ताक नाम के
# एक व्यक्ति`): generic Hindi, not taken from any article
PERSON_NOUNS = frozenset(fold(w) for w in """युवक युवती व्यक्ति शख्स शख़्स महिला लड़का लड़की लडका लडकी आदमी बच्चा बच्ची
    बच्चे किशोर किशोरी बुजुर्ग वृद्ध वृद्धा छात्र छात्रा मजदूर ग्रामीण युवकों लड़के लडके बालक बालिका पुरुष बदमाश
    आरोपी""".split())


def named_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 28: one or two untagged name-like words right before `नाम का/की/के` + a person noun (or `एक` + one) are
    that person's name (`बम्हैटा निवासी विक्रम नाम का युवक`), PER, and so are the story's other untagged standalone
    mentions of the same words (`विक्रम ने डरते-डरते डिब्बा खोला`). Not a word the document tags, nor one that is no
    name-like word (`_name_like`: titles, function words, words IL-NER mostly saw outside names). Review: a one-word LOC
    right before `नाम का/की/के` + a person noun, no strong KB place, is that person too (`लापता झुन्नू नाम का किशोर`),
    in all its one-word LOC mentions."""
    located = {(m.sent_idx, m.start): m for m in ents if m.label == "LOC" and " " not in m.text.strip()}
    wrong: set[str] = set()
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for k in range(1, len(ws) - 2):
            if fws[k] == NAMING and fws[k + 1] in GENITIVES and (idx, ws[k - 1][0]) in located \
                    and (fws[k + 2] if fws[k + 2] != fold("एक") or k + 3 >= len(ws) else fws[k + 3]) in PERSON_NOUNS \
                    and lex.strong_place(fws[k - 1]) is None:
                wrong.add(fws[k - 1])
    if wrong:
        ents = [replace(m, label="PER") if m.label == "LOC" and fold(m.text.strip()) in wrong else m for m in ents]
    covered = _chars_covered(ents)
    names: set[tuple[str, ...]] = set()
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for k in range(1, len(ws) - 2):
            if fws[k] != NAMING or fws[k + 1] not in GENITIVES:
                continue
            noun = fws[k + 2] if fws[k + 2] != fold("एक") or k + 3 >= len(ws) else fws[k + 3]
            if noun not in PERSON_NOUNS:
                continue
            j = k
            while j > 0 and k - j < 2 and (idx, ws[j - 1][0]) not in covered and _name_like(ws[j - 1][2], lex, p) \
                    and fws[j - 1] not in RESIDENCE_WORDS:
                j -= 1
            if j < k:
                names.add(tuple(fws[j:k]))
    if not names:
        return ents
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    longest = max(len(key) for key in names)
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            n = _longest_name(fws, i, names, longest)
            if n and not any((idx, ws[t][0]) in covered for t in range(i, i + n)) \
                    and not (i > 0 and _naming_word(ws[i - 1][2], lex, p) and (idx, ws[i - 1][0]) not in covered) \
                    and not (i + n < len(ws) and _naming_word(ws[i + n][2], lex, p)):
                sent = sents[idx]
                s, e = ws[i][0], ws[i + n - 1][1]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
                i += n
                continue
            i += 1
    return out


def _naming_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`named_persons`: a word that may run a name on (`_name_like`), not a postposition or a residence word."""
    fw = fold(w)
    return fw not in POSTPOSITIONS and fw not in RESIDENCE_WORDS and fw not in GENITIVES and fw != NAMING \
        and _name_like(w, lex, p)


SHORT_PLACE_KINDS = frozenset({"city", "town"})
SHORT_PLACE_FOLLOWERS = POSTPOSITIONS | LIST_SEPARATORS | UNIT_AFTER  # review: and a unit (`मऊ जिले में`)


def short_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                 lex: Lexicon) -> list[Mention]:
    """Round 28: an untagged word of two letters that is a sure KB town or city (`मऊ`; `kb_candidates` skips names under
    `propagate_min_chars`) is that place right before a postposition, `और`/`व`/`एवं`/`तथा`, a comma or a unit of
    administration (UNIT_AFTER: `मऊ जिले में`, review), when the news
    text writes it before a case marker in half its occurrences at least (`news_words.tsv`; not `चक`, a fragment)."""
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k, w in enumerate(ws):
            fw = fold(w[2])
            if len(fw) != 2 or (idx, w[0]) in covered or k + 1 >= len(ws) \
                    or fold(ws[k + 1][2]) not in SHORT_PLACE_FOLLOWERS:
                continue
            place = lex.strong_place(fw)
            news = lex.news.get(fw)
            if place is None or place.kind not in SHORT_PLACE_KINDS or fw in lex.function_words \
                    or news is None or 2 * news.n_case < news.n:
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "LOC",
                               tagger))
    return out


# Round 29 (issue 14, ORG): hotels and restaurants are organisations; laws are no entities (gold/dev2/README.md)
LODGING_HEADS = frozenset(fold(w) for w in """होटल होटेल होटलों होटल्स होटेल्स रिसॉर्ट रिसोर्ट रिजॉर्ट रेस्टोरेंट रेस्टोरेन्ट
रेस्टॉरेंट रेस्तरां रेस्तराँ रेस्त्रां रेस्त्राँ रिजेंसी""".split())
HOTEL_GRADES = frozenset(fold(w) for w in "सितारा सितारे स्टार बजट लग्जरी लक्जरी".split())  # `पांच सितारा होटल`
HOTEL_GRAND = frozenset(fold(w) for w in "ग्रैंड ग्रांड".split())  # a grade only alone before the head (`एक ग्रैंड होटेल`,
# not `ग्रैंड हयात होटल`)
LAW_HEADS = frozenset(fold(w) for w in "अधिनियम अधिनियमों विनियम विधेयक एक्ट ऐक्ट अध्यादेश संहिता नियमावली".split())
# a person's surface in a story (a PER mention elsewhere) or a given name/known person never grows into a hotel: `राम होटल
# में रुके`, `विराट कोहली होटल लौट आए`; a LOC before a hotel word is `a hotel in X` (`पहाड़गंज होटल में छापा`), no growth
PLACE_OF_HEADS = frozenset(fold(w) for w in "रिपब्लिक किंगडम स्टेट्स गल्फ बे आइल केप स्टैच्यू डिस्ट्रिक्ट".split())


def lodging_orgs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 29: a hotel, resort or restaurant is an organisation (SPEC: ORG), yet the model reads `X होटल` as a place
    (`मार्शल होटल`, `शैरेटन होटल`) or a person (`हयात रिजेंसी`). A PER or LOC span of 2+ words whose last word is
    such a head (`LODGING_HEADS`) is ORG; a PER span right before one, with no mention on it, grows over it
    (`[मोजो मेस्त्रो]P रेस्टोरेंट`) unless it reads as a person (a given name first, a known person, a title before or
    first, a surface that is PER elsewhere with no hotel word after it: `[राम]P होटल में रुके`); a LOC never grows
    (`[पहाड़गंज]L होटल में छापा`, a hotel in the place). The other mentions of the same surface follow. Not a hotel's grade
    (`पांच [सितारा होटल]L`: `HOTEL_GRADES`; `ग्रैंड` only alone before the head, `एक [ग्रैंड होटेल]L`, not `ग्रैंड हयात
    होटल`) or a span after `एक` (a hotel, no name)."""
    out: list[Mention] = []
    starts = {(m.sent_idx, m.start) for m in ents}
    names: set[str] = set()
    persons: set[str] = set()  # the surfaces of PER mentions with no hotel word after them: a person's name
    for m in ents:
        ws = words[m.sent_idx]
        k = _word_at(ws, m.end)
        if m.label == "PER" and not (k < len(ws) and fold(ws[k][2]) in LODGING_HEADS):
            persons.add(fold(m.text.strip()))
    for m in ents:
        if (m.start, m.end) in keep or m.label not in ("PER", "LOC"):
            out.append(m)
            continue
        ws = words[m.sent_idx]
        inside = _words_in(ws, m)
        i = _word_at(ws, m.start)
        fws = [fold(w[2]) for w in inside]
        before = fws[:-1] if fws and fws[-1] in LODGING_HEADS else fws  # the words before the head
        if not inside or any(f in HOTEL_GRADES for f in fws) or (len(before) == 1 and before[0] in HOTEL_GRAND) \
                or (i > 0 and fold(ws[i - 1][2]) == "एक"):
            out.append(m)
            continue
        if len(inside) >= 2 and inside[-1][1] == m.end and fold(inside[-1][2]) in LODGING_HEADS:
            names.add(fold(m.text.strip()))
            out.append(replace(m, label="ORG"))
            continue
        k = _word_at(ws, m.end)
        if inside and inside[-1][1] == m.end and k < len(ws) and fold(ws[k][2]) in LODGING_HEADS \
                and (m.sent_idx, ws[k][0]) not in starts and ws[k][0] - m.end <= 1 \
                and m.label == "PER" and fws[0] not in lex.given_names and fws[0] not in TITLES \
                and tuple(fws) not in lex.persons and (i == 0 or fold(ws[i - 1][2]) not in TITLES) \
                and fold(m.text.strip()) not in persons:
            new = _span(sents[m.sent_idx], m, m.start, ws[k][1], "ORG")
            names.add(fold(new.text.strip()))
            out.append(new)
            continue
        out.append(m)
    if not names:
        return out
    return [replace(m, label="ORG") if m.label in ("PER", "LOC") and (m.start, m.end) not in keep
            and fold(m.text.strip()) in names else m for m in out]


def law_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 29: names of laws are no entities (gold/dev2/README.md), yet a law named after a body reads as one
    (`[वेल्स सरकार]O अधिनियम 2017`, `[दिल्ली पुलिस]O अधिनियम`, `[पैकेजिंग एंड पैकेजिंग अपशिष्ट विनियम]O`). An ORG span
    whose last word is a law's head (`LAW_HEADS`), or right before a named one (`_law_named`: not `[कांग्रेस]O विधेयक
    का विरोध`), goes; so does an acronym bracketed right after the law (`(PPWR)`) there and before a law's head, unless
    a known organisation or another ORG's initials (`(आरबीआई)`). A place inside the law's name stays (it is no ORG)."""
    gone: set[tuple[int, int]] = set()
    acronyms: set[str] = set()
    ends: dict[int, list[int]] = defaultdict(list)  # sentence -> where a law's name ends
    for m in ents:
        if (m.start, m.end) in keep or m.label != "ORG":
            continue
        ws = words[m.sent_idx]
        inside = _words_in(ws, m)
        if not inside or inside[-1][1] != m.end:
            continue
        if len(inside) >= 2 and fold(inside[-1][2]) in LAW_HEADS:
            gone.add((m.start, m.end))
            ends[m.sent_idx].append(m.end)
            continue
        k = _word_at(ws, m.end)
        if k < len(ws) and fold(ws[k][2]) in LAW_HEADS and ws[k][0] - m.end <= 1 and _law_named(ws, k):
            gone.add((m.start, m.end))
            ends[m.sent_idx].append(ws[k][1])
    if not gone:
        return ents
    for m in ents:
        if m.label != "ORG" or (m.start, m.end) in keep or m.sent_idx not in ends:
            continue
        sent = sents[m.sent_idx]
        for e in ends[m.sent_idx]:
            gap = sent.text[e - sent.start : m.start - sent.start]
            if 0 < m.start - e <= 3 and gap.strip() == "(" and sent.text[m.end - sent.start : m.end - sent.start + 1] == ")":
                acronyms.add(fold(m.text.strip()))
    # a known organisation's acronym (`आरबीआई`) or the initials of another ORG of the story stays; any other goes where
    # it is bracketed after the law and where a law's head follows it, not in its other mentions
    orgs = [m.text.split() for m in ents if m.label == "ORG" and (m.start, m.end) not in gone]
    acronyms = {a for a in acronyms if (a,) not in lex.orgs
                and not ((letters := _acronym_letters(a)) and any(_initials_match(letters, t) for t in orgs))}
    brackets = {(m.sent_idx, m.start) for m in ents if m.label == "ORG" and fold(m.text.strip()) in acronyms
                and any(0 < m.start - e <= 3 for e in ends.get(m.sent_idx, ()))}

    def law_acronym(m: Mention) -> bool:
        if m.label != "ORG" or (m.start, m.end) in keep or fold(m.text.strip()) not in acronyms:
            return False
        ws = words[m.sent_idx]
        k = _word_at(ws, m.end)
        return (m.sent_idx, m.start) in brackets or (k < len(ws) and fold(ws[k][2]) in LAW_HEADS)

    return [m for m in ents if (m.start, m.end) not in gone and not law_acronym(m)]


def _law_named(ws: Sequence[Word], k: int) -> bool:
    """Is the law's head at ws[k] a name's (a year or number, `(`, a quote or a section after it: `अधिनियम 2017`,
    `अधिनियम की धारा 65`), not a common noun after its subject (`कांग्रेस विधेयक का विरोध कर रही है`)?"""
    if k + 1 >= len(ws):
        return False
    nxt = ws[k + 1][2]
    after = [fold(w[2]) for w in ws[k + 1 : k + 3]]  # `दिल्ली पुलिस अधिनियम की धारा 65`: a section of a named law
    return bool(regex.match(r"[\d०-९(\"'“‘”’]", nxt)) or after[0] in LAW_SECTIONS \
        or (after[0] in ("की", "के") and len(after) > 1 and after[1] in LAW_SECTIONS)


LAW_SECTIONS = frozenset(fold(w) for w in "धारा धाराओं उपधारा अनुच्छेद सेक्शन".split())


OF_WORDS = frozenset(fold(w) for w in "ऑफ ऑफ़ आफ ऑव".split())


def of_orgs(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
            keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 29: translated news writes an English `X of <place>` body word for word, and the model tags its halves
    apart (`[ब्रुअर्स]L ऑफ [यूरोप]L`, `[मोशन पिक्चर एसोसिएशन]O ऑफ़ [अमरीका]L`, `[ट्रैकिंग एजेंसीज एसोसिएशन]O ऑफ
    [नेपाल]L`). An ORG, or a LOC that is no KB place, then `ऑफ` (`OF_WORDS`) alone, then a LOC is one ORG; the
    document's other mentions of the whole surface are it too (they are found in the same way). A curated place after
    `ऑफ` grows into the body, as `org_heads` grows `दिल्ली` into `दिल्ली सरकार`."""
    ents = sorted(ents, key=lambda m: (m.sent_idx, m.start, m.end))
    out: list[Mention] = []
    i = 0
    while i < len(ents):
        a = ents[i]
        b = ents[i + 1] if i + 1 < len(ents) else None
        if b is not None and a.sent_idx == b.sent_idx and b.label == "LOC" and a.end <= b.start \
                and (a.label == "ORG" or (a.label == "LOC" and place_of(a.text.strip(), lex) is None)) \
                and (a.start, a.end) not in keep:  # a curated place grows into its body, as in `org_heads`
            sent = sents[a.sent_idx]
            gap = sent.text[a.end - sent.start : b.start - sent.start].split()
            last = fold(a.text.split()[-1]) if a.text.split() else ""
            if len(gap) == 1 and fold(gap[0]) in OF_WORDS and last not in TITLES:  # not `गवर्नर ऑफ कैलिफोर्निया`
                # a formal place name is one place: `डेमोक्रेटिक रिपब्लिक ऑफ कांगो`, `गल्फ ऑफ मेक्सिको`
                out.append(_span(sent, a, a.start, b.end, "LOC" if last in PLACE_OF_HEADS else "ORG"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _person_opener(w: str, lex: Lexicon) -> bool:
    """Round 31: a full name's first word that makes it a person's: `_given_first`, or a word IL-NER tags as a person
    nearly always and mostly at a name's start (`मोहम्मद`: 38 of 39 PER, 22 first), no given name of the lists; never a
    word IL-NER sees in 5+ places and mostly outside persons (`ऐप`, a given name of the lists)."""
    st = lex.words.get(fold(w))
    if st and st.n >= 5 and st.n_per < 0.5 * st.n:
        return False  # a given name of the lists IL-NER sees mostly outside names (`ऐप` of `ऐप शॉपिंग`)
    return _given_first(w, lex) or bool(st and st.n >= 5 and st.n_per >= 0.9 * st.n and st.n_begin >= 0.5 * st.n)


# Review: a surname that is also a river's, a hospital's or a place's name keeps that reading before its kind word
# (`सिंधु नदी`, `अपोलो अस्पताल`, `जमुना घाट`)
OPENER_SURNAME_KINDS = PLACE_KINDS | INSTITUTIONS | ORG_KINDS | WATER_WORDS


def opener_surnames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 31: the last word of a PER of 2+ words that opens with a person's first word (`_person_opener`) is that
    person alone in the same story: its one-word LOC or ORG mentions become PER, and its untagged standalone
    occurrences (no tagged word right before or after) are tagged PER (`मोहम्मद आमिर अजमल कसब` ... `कसब के खिलाफ`, where
    one LOC slip `कसब` stopped the propagation). Not a surname that is a KB place, known organisation, common, function,
    role or title word (`_surname_like`), nor one the training data tags mostly as a place (review: `सिंधु`, 15 LOC of
    18); and no mention right before a place or institution kind word (OPENER_SURNAME_KINDS: `सिंधु नदी`)."""
    lasts: set[str] = set()
    for m in ents:
        parts = m.text.split()
        if m.label != "PER" or len(parts) < 2 or not _person_opener(parts[0], lex):
            continue
        last = parts[-1]
        fl = fold(last)
        if len(fl) < p.propagate_min_chars or fl in lex.function_words or fl in ROLES or fl in TITLES \
                or _common(last, lex, p) or _non_person_head(fl, lex, p) or not _surname_like(last, lex) \
                or lex.strong_place(fl):
            continue
        st = lex.words.get(fl)
        if st and st.n_loc + st.n_org > st.n_per:
            continue  # review: the training data's river or place (`सिंधु`: 15 LOC, 3 PER)
        lasts.add(fl)
    if not lasts:
        return ents
    ends = {(idx, w[1]): j for idx, ws in words.items() for j, w in enumerate(ws)}

    def next_is_kind(idx: int, end: int) -> bool:
        j = ends.get((idx, end))
        return j is not None and j + 1 < len(words[idx]) and fold(words[idx][j + 1][2]) in OPENER_SURNAME_KINDS

    out = [replace(m, label="PER") if m.label in ("ORG", "LOC") and (m.start, m.end) not in keep
           and fold(m.text.strip()) in lasts and not next_is_kind(m.sent_idx, m.end) else m for m in ents]
    covered = _chars_covered(out)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j, w in enumerate(ws):
            if fold(w[2]) not in lasts or (idx, w[0]) in covered \
                    or j > 0 and (idx, ws[j - 1][0]) in covered or j + 1 < len(ws) and (idx, ws[j + 1][0]) in covered \
                    or j + 1 < len(ws) and fold(ws[j + 1][2]) in OPENER_SURNAME_KINDS:
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "PER",
                               tagger))
    return out


# Round 31: places named like a common word (`हवाई` Hawaii, and "air" in `हवाई अड्डा`, `हवाई सेवा`, `हवाई फायर`): the
# kind words that name them as places (`हवाई द्वीप`, `हवाई राज्य`). Generic, the one such place of the news text
HOMOGRAPH_PLACES = {fold("हवाई"): frozenset(fold(w) for w in "द्वीप द्वीपों द्वीपसमूह राज्य प्रांत".split())}
HOMOGRAPH_OWNERS = frozenset(fold(w) for w in "अमेरिका अमरीका अमेरीका US USA यूएस यूएसए".split())  # `अमेरिका के हवाई`
HOMOGRAPH_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in "ने । ; : .".split())  # `.`: a dateline
# review: a joiner after it is "air" joined to other modifiers (`हवाई और रेल सेवा`, `हवाई, समुद्री और सड़क मार्ग`)
# unless a tagged place follows the joiner (`हवाई और अलास्का में`)
HOMOGRAPH_JOINERS = frozenset(fold(w) for w in "और व एवं तथा ,".split())


def homograph_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                     keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 31: a place whose name is also a common word (HOMOGRAPH_PLACES: `हवाई`, Hawaii and "air") is that place in
    a story that names it as one itself, before its kind word (`हवाई द्वीप`) or after its country's genitive
    (`अमेरिका के हवाई` before a postposition or punctuation, not `अमेरिका के हवाई हमले`): there its untagged or ORG/PER
    one-word mentions right before a postposition, `ने` or punctuation are LOC (`हवाई में फूटा ज्वालामुखी`, `हवाई के
    गवर्नर`), and before `और`/`व`/`,` only when a tagged place follows (review: `हवाई और रेल सेवा` is "air"); never
    before a noun (`हवाई सेवा`, `हवाई फायर`)."""
    placed: set[str] = set()
    for ws in words.values():
        fws = [fold(w[2]) for w in ws]
        for k, fw in enumerate(fws):
            # review: the owner's genitive only when the name ends there (`अमेरिका के हवाई में`), not before a noun
            # (`अमेरिका के हवाई हमले`, `यूएस के हवाई अड्डों`)
            if fw in HOMOGRAPH_PLACES and (k + 1 < len(fws) and fws[k + 1] in HOMOGRAPH_PLACES[fw]
                                           or k >= 2 and fws[k - 1] in GENITIVES and fws[k - 2] in HOMOGRAPH_OWNERS
                                           and (k + 1 >= len(fws) or fws[k + 1] in HOMOGRAPH_AFTER)):
                placed.add(fw)
    if not placed:
        return ents
    by_start = {(m.sent_idx, m.start): m for m in ents}
    loc_start = {(m.sent_idx, m.start) for m in ents if m.label == "LOC"}
    covered = _chars_covered(ents)
    drop: set[int] = set()
    out = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k, w in enumerate(ws):
            if fold(w[2]) not in placed or k + 1 >= len(ws):
                continue
            nxt = fold(ws[k + 1][2])
            if nxt not in HOMOGRAPH_AFTER and not (nxt in HOMOGRAPH_JOINERS and k + 2 < len(ws)
                                                   and (idx, ws[k + 2][0]) in loc_start):
                continue
            m = by_start.get((idx, w[0]))
            if m is not None and (m.label == "LOC" or m.end != w[1] or (m.start, m.end) in keep):
                continue
            if m is None and (idx, w[0]) in covered:
                continue
            if m is not None:
                drop.add(id(m))
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "LOC",
                               tagger))
    if not out:
        return ents
    return [m for m in ents if id(m) not in drop] + out


def _safe_given_name(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 31: a given name (the lists', FOREIGN_GIVEN) that is no common word (`_name_word`, `_common`), no role,
    title or kinship word: a relative's name after `पत्नी`/`पुत्र` (`सायरा`, `वैभव`), not `पुत्र रत्न`; also the
    given name `given_name_joins` grows a one-word PER over."""
    fw = fold(w)
    return (fw in lex.given_names or fw in FOREIGN_GIVEN) and _name_word(w, lex) and _name_like(w, lex, p) \
        and not (_common(w, lex, p) or fw in ROLES or fw in TITLES or fw in KINSHIP_TRIGGERS or fw in COMMON_WORDS
                 or fw in WEEKDAYS)


# Round 31: the kinship words a relative's name follows (KINSHIP and the common misspelling `पत्नि`, review)
KIN_BEFORE_NAME = KINSHIP | frozenset(fold(w) for w in "पत्नि".split())
# Review: endings of verb forms (`दौड़कर`, `उगने`, `जाते`, `आता`, `आती`, `आए`): an unseen word with one after a
# relative's given name is the verb of the sentence, no surname (`पुत्र वैभव दौड़कर आए`)
_RX_VERB_ENDING = regex.compile(r"(?:कर|ने|ते|ता|ती|ए)$")


def _person_list_word(fw: str, lex: Lexicon) -> bool:
    """A word of a name of the person list (entity-lexicon `persons`)."""
    return any(fw in name for name in lex.persons)


def _left_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 31: a word of a person's name before its last word ahead of `उर्फ`: a given name or a surname of the
    training data, or a word of the person list, that is name-like (`कुमार`); no resident, kinship or station word.
    Review: not any listed name word, which took crime descriptors the training data never saw (`कुख्यात बदमाश
    राजू उर्फ कालिया`, `हिस्ट्रीशीटर पप्पू उर्फ गंजा`)."""
    fw = fold(w)
    if fw in RESIDENT or fw in KINSHIP_TRIGGERS or fw in STATION_KINDS or fw in ROLES or fw in TITLES:
        return False
    return _name_like(w, lex, p) and (fw in lex.given_names or _surname_word(fw, lex) or _person_list_word(fw, lex))


def _kin_after(ws: list[Word], j: int, idx: int, covered: set[tuple[int, int]], lex: Lexicon,
               p: RefineParams) -> tuple[int, int] | None:
    """Round 31: the words [a, e) of a relative's name right after the kinship word ws[j] (KIN_BEFORE_NAME): an untagged
    given name (`_safe_given_name`), with the next untagged word when it is a surname of the training data or a word it
    never saw (`बानो`) that has no verb ending (review: not `वैभव दौड़कर`); None when there is none, or when the next
    word is an oblique infinitive (`पुत्र सूरज उगने से पहले`: the sun, the subject of a clause)."""
    a = j + 1
    if fold(ws[j][2]) not in KIN_BEFORE_NAME or (idx, ws[a][0]) in covered or ws[a][0] > ws[j][1] + 1 \
            or not _safe_given_name(ws[a][2], lex, p):
        return None
    e = a + 1
    if e < len(ws) and ws[e][2].endswith("ने") and e + 1 < len(ws) and fold(ws[e + 1][2]) in POSTPOSITIONS:
        return None  # review: `सूरज उगने से`, an infinitive's subject
    if e < len(ws) and (idx, ws[e][0]) not in covered and ws[e][0] <= ws[a][1] + 1 \
            and _listed_name_word(ws[e][2], lex, p) \
            and (_surname_word(fold(ws[e][2]), lex)
                 or _unseen_name(ws[e][2], lex) and not _RX_VERB_ENDING.search(ws[e][2])):
        e += 1
    return a, e


def _alias_before(ws: list[Word], j: int, idx: int, covered: set[tuple[int, int]],
                  per_start: set[tuple[int, int]], lex: Lexicon, p: RefineParams) -> tuple[int, int] | None:
    """Round 31: the words [b, j) of a person's name right before `उर्फ` (ws[j], ALIAS_WORDS) + a PER: an untagged
    listed name word (`सूर्यदेव उर्फ प्रिंस`), with up to two untagged name words before it (`_left_name_word`:
    `रविन्द्र कुमार सिन्हा उर्फ टण्डा सिंह`); None when there is none."""
    if fold(ws[j][2]) not in ALIAS_WORDS or j == 0 or (idx, ws[j + 1][0]) not in per_start \
            or (idx, ws[j - 1][0]) in covered or not _listed_name_word(ws[j - 1][2], lex, p):
        return None
    b = j - 1  # up to three name words (`रविन्द्र कुमार सिन्हा उर्फ टण्डा सिंह`)
    while b > 0 and j - b < 3 and (idx, ws[b - 1][0]) not in covered and ws[b - 1][1] + 1 >= ws[b][0] \
            and _left_name_word(ws[b - 1][2], lex, p):
        b -= 1
    return b, j


def kin_given_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 31: news names a person's relatives right after the kinship word (KIN_BEFORE_NAME: `उनकी पत्नी सायरा
    बानो`, `पत्नी सुनीता गहलोत, पुत्र वैभव`, `पत्नी डिंपल कपाडिया और`), where `kinship_names` wants a listing's ending
    (`निवासी`, a bracket) after the name: `_kin_after`'s span is a person; and `_alias_before`'s name right before
    `उर्फ` + a PER is that person, or a PER right before it grows over it (`रविन्द्र कुमार` tagged apart)."""
    covered = _chars_covered(ents)
    per_start = {(m.sent_idx, m.start) for m in ents if m.label == "PER"}
    per_end = {(m.sent_idx, m.end): m for m in ents if m.label == "PER" and (m.start, m.end) not in keep}
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        for j in range(len(ws) - 1):
            span = _kin_after(ws, j, idx, covered, lex, p)
            before = None
            if span is None:
                span = _alias_before(ws, j, idx, covered, per_start, lex, p)
                if span is None:
                    continue
                b = span[0]
                before = per_end.get((idx, ws[b - 1][1])) if b > 0 and ws[b - 1][1] + 1 >= ws[b][0] else None
            s_, e_ = ws[span[0]][0], ws[span[1] - 1][1]
            if before is not None:  # the name's first words tagged apart (`रविन्द्र कुमार` + `सिन्हा उर्फ`)
                drop.add(id(before))
                s_ = before.start
            add.append(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "PER", tagger))
            covered.update((idx, q) for q in range(s_, e_))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 31: what follows a station's place written after `थाना` (`थाना सालीचौका की मौत`, `थाना दुधारा विकास खंड`,
# `थाना जगदीशपुर क्षेत्र`): a postposition, punctuation, a unit of administration or the station's own words
STATION_NAME_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in """, । ; ( - क्षेत्र क्षेत्रांतर्गत अंतर्गत पुलिस विकास
    विकासखंड विकासखण्ड ब्लॉक प्रखंड तहसील जनपद जिला जिले""".split())
# Review: what ends a name weakly: after a comma, `और` or the sentence's end a headline's verb or predicate reads as the
# name (`थाना घेरकर, नारेबाजी`, `गांव जलमग्न, लोग`, `मोहल्ले घुसा और`); such a name needs a postposition, `निवासी`,
# a unit or `क्षेत्र` after it instead
WEAK_NAME_ENDS = LIST_SEPARATORS | frozenset(fold(w) for w in "। ; -".split())
# Review: the police station's own parts and events written as a compound after `थाना` (`थाना हाजत`, `थाना प्रांगण`)
STATION_COMPOUNDS = frozenset(fold(w) for w in """हाजत हवालात मालखाना मालखाने परिसर प्रांगण घेराव भवन गेट दिवस मुंशी
    प्रभारी अध्यक्ष परिसरों""".split())


def station_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 31: police stations are named after their place, and crime reports write it after `थाना` as well as
    before it (`निवासी अमाड़ा थाना सालीचौका की मौत`, `ककरहवा थाना दुधारा विकास खंड`, `थाना श्यामला हिल्स में`): one or
    two untagged listed name words (`_listed_name_word`: no common, news, role or kinship word) right after `थाना`
    and right before a postposition, `(`, a unit of administration or `क्षेत्र`/`पुलिस` (STATION_NAME_AFTER, review:
    not a comma, `और` or the sentence's end, WEAK_NAME_ENDS: `थाना घेरकर, नारेबाजी`) are that place, LOC; not a kind
    of station (STATION_KINDS: `थाना कोतवाली`, `थाना सदर`) nor its parts (STATION_COMPOUNDS: `थाना हाजत`)."""
    covered = _chars_covered(ents)
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 2):
            if fold(ws[j][2]) != STATION:
                continue
            k = j + 1
            while k < len(ws) and k - j - 1 < 2 and (idx, ws[k][0]) not in covered \
                    and fold(ws[k][2]) not in STATION_KINDS and fold(ws[k][2]) not in STATION_NAME_AFTER \
                    and fold(ws[k][2]) not in STATION_COMPOUNDS and _listed_name_word(ws[k][2], lex, p):
                k += 1
            if k == j + 1 or k >= len(ws) or fold(ws[k][2]) not in STATION_NAME_AFTER \
                    or fold(ws[k][2]) in WEAK_NAME_ENDS:
                continue
            sent = sents[idx]
            s_, e_ = ws[j + 1][0], ws[k - 1][1]
            add.append(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "LOC", tagger))
            covered.update((idx, q) for q in range(s_, e_))
    return ents + add if add else ents


# Round 31: words that open a village's or a town quarter's name in native reports (`ग्राम बागाशा`, `गांव ग्वालिसन`,
# `मोहल्ला X`, `कस्बा X`), and what follows the name (a postposition, punctuation, `निवासी`, a unit of administration)
VILLAGE_HEADS = frozenset(fold(w) for w in "ग्राम गांव गाँव मोहल्ला मोहल्ले मुहल्ला मुहल्ले कस्बा कस्बे".split())
VILLAGE_NAME_AFTER = STATION_NAME_AFTER | RESIDENT | frozenset(fold(w) for w in """ने और व एवं तथा स्थित तिराहे तिराहा
    चौराहे चौराहा मोड़""".split())  # review: `ग्राम लोलरी तिराहे पर` is the village's junction
# ... nouns that follow a village head as a compound, no name (`मोहल्ला क्लीनिक`, `ग्राम पंचायत`, `गांव वालों`)
VILLAGE_COMPOUNDS = frozenset(fold(w) for w in """क्लीनिक क्लिनिक अस्पताल स्कूल विद्यालय पंचायत पंचायतों प्रधान सभा सभाओं
    सचिवालय समिति कमेटी वासी वासियों वाले वालों सेवक विकास अधिकारी स्तर देवता""".split())
GRAM_UNIT = fold("ग्राम")  # also the unit gram (`दस ग्राम च्यवनप्राश`, `700 ग्राम`)
# Review: any cardinal (NUMBER_WORDS, reduplicated `दस-दस`), a fraction or an approximation before `ग्राम` makes it gram
NUMBER_WORDS_BEFORE_GRAM = NUMBER_WORDS | frozenset(fold(w) for w in """आधा डेढ़ ढाई सवा साढ़े पौने कुछ कई सैकड़ों
    प्रति लगभग करीब क़रीब तकरीबन तक़रीबन""".split())
# Review: a village head modified by a quantifier or a demonstrative is the common noun (`कई गांव बहे`, `पूरा गांव
# जलमग्न`), no name after it; not `एक` (`एक गांव फेरने वोल्टायर के`) nor a possessive (`अपने गांव कोठी के`), which
# news writes before villages' names
VILLAGE_HEAD_MODIFIERS = DEMONSTRATIVES | NUMBER_WORDS_BEFORE_GRAM - {fold("एक")} | frozenset(fold(w) for w in """पूरा
    पूरे सभी सब हर आसपास आस-पास दूसरे अन्य""".split())


def _gram_amount(w: str) -> bool:
    """A number, a cardinal word (also reduplicated: `दस-दस`), a fraction or approximation: `ग्राम` after it is gram."""
    fw = fold(w)
    return bool(_RX_DIGIT.search(w)) or fw in NUMBER_WORDS_BEFORE_GRAM \
        or all(part in NUMBER_WORDS_BEFORE_GRAM for part in fw.split("-"))


def village_heads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 31: native crime and accident reports name villages and town quarters head first (`जैसे ही वह गांव
    ग्वालिसन के नजदीक पहुंचा`, `नरेश (23) ग्राम बागाशा विकासनगर`, `गांव कीड़ी अफगाना का मरीज`): one or two untagged
    listed name words (`_listed_name_word`) right after a village head (VILLAGE_HEADS) and right before a postposition,
    `(`, `निवासी`, `स्थित` or a unit of administration (VILLAGE_NAME_AFTER; review: after `ग्राम` only a comma, `और`
    or the sentence's end, WEAK_NAME_ENDS, too: not `गांव राख, 50 घर जले`) are that place, LOC; not an institution, organisation or
    place kind (`मोहल्ला क्लीनिक`), nor the unit gram after an amount (`_gram_amount`: `दस-दस ग्राम X की`), nor after
    a modified head (VILLAGE_HEAD_MODIFIERS: `पूरा गांव जलमग्न`)."""
    covered = _chars_covered(ents)
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 2):
            fj = fold(ws[j][2])
            if fj not in VILLAGE_HEADS or (idx, ws[j][0]) in covered:
                continue
            if fj == GRAM_UNIT and j > 0 and _gram_amount(ws[j - 1][2]):
                continue
            if j > 0 and (fold(ws[j - 1][2]) in VILLAGE_HEAD_MODIFIERS or _RX_DIGIT.search(ws[j - 1][2])):
                continue  # review: `कई गांव बहे`, `पूरा गांव जलमग्न`
            k = j + 1
            while k < len(ws) and k - j - 1 < 2 and (idx, ws[k][0]) not in covered \
                    and fold(ws[k][2]) not in VILLAGE_NAME_AFTER and _listed_name_word(ws[k][2], lex, p) \
                    and not any(fold(ws[k][2]) in kinds for kinds in (INSTITUTIONS, ORG_KINDS, PLACE_KINDS, VILLAGE_HEADS,
                                                                    VILLAGE_COMPOUNDS)):
                k += 1
            if k == j + 1 or k >= len(ws) or fold(ws[k][2]) not in VILLAGE_NAME_AFTER \
                    or fold(ws[k][2]) in WEAK_NAME_ENDS and fj != GRAM_UNIT:
                continue  # the formal `ग्राम` heads a name in listings (`ग्राम चोरहा, बखिरा थानाक्षेत्र के ग्राम तिलाठी और`)
            sent = sents[idx]
            s_, e_ = ws[j + 1][0], ws[k - 1][1]
            add.append(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "LOC", tagger))
            covered.update((idx, q) for q in range(s_, e_))
    return ents + add if add else ents


# Review: determiners, quantifiers, ordinals and adjectives: a given name right after one is a common noun (`पहला दीपक
# मोदी ने जलाया`, `इस विजय धोनी के नाम`, `नया सूरज मोदी ने उगाया`), no person's name for `given_name_joins` to grow
NOUN_MODIFIERS = DEMONSTRATIVES | INDEFINITE | NUMBER_WORDS | frozenset(fold(w) for w in """पहला पहली पहले दूसरा दूसरी
    दूसरे तीसरा तीसरी तीसरे आखिरी आख़िरी अंतिम नया नई नए नये नवीन पुराना पुरानी पुराने बड़ा बड़ी बड़े छोटा छोटी छोटे
    यह वह ये वे वो यही वही हर कोई सारा सारी सारे पूरा पूरी पूरे अपना अपनी अपने ऐसा ऐसी ऐसे वैसा वैसी वैसे इतना
    इतनी इतने उतना उतनी उतने बहुत अधिक ज्यादा ज़्यादा कम सबसे अगला अगली अगले पिछला पिछली पिछले असली सच्चा सच्ची
    सच्चे""".split())


def given_name_joins(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 31: an untagged given name (`_safe_given_name`: the lists' or FOREIGN_GIVEN, no common, role, title or
    kinship word) right before a one-word PER is that person's given name, the PER grows over it (`चौकीदार दीनानाथ
    नागेश`, where the model tagged `नागेश` alone; `सरपंच शफ़ीक मीर`, `सुनंदा पुष्कर`); not after a determiner or
    adjective (NOUN_MODIFIERS; review: `पहला दीपक मोदी ने जलाया`). Curated spans stay."""
    covered = _chars_covered(ents)
    idx_of = _word_index(words)
    out = []
    for m in ents:
        k = idx_of.get((m.sent_idx, m.start))
        if m.label != "PER" or " " in m.text.strip() or (m.start, m.end) in keep or not k:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        g = ws[k - 1]
        if (m.sent_idx, g[0]) in covered or g[1] + 1 < m.start or not _safe_given_name(g[2], lex, p) \
                or k >= 2 and fold(ws[k - 2][2]) in NOUN_MODIFIERS:
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, g[0], m.end))
    return out


def role_loan_cuts(sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 31: a PER of three words or more whose first word is a role loan `titled_speakers` knows (SPEAKER_ROLES:
    `साइंटिस्ट`, `मैनेजर`, `चेयरपर्सन`, `डायरेक्टर`) but no role or title `trim` cuts is the person after it
    (`भारतीय मूल के साइंटिस्ट राकेश जैन`, `मैनेजर गैरेथ डंसमोर`). Curated spans stay."""
    out = []
    for m in ents:
        parts = m.text.split()
        if m.label != "PER" or len(parts) < 3 or (m.start, m.end) in keep or fold(parts[0]) not in SPEAKER_ROLES:
            out.append(m)
            continue
        s_ = m.start + m.text.index(parts[1], len(parts[0]))
        out.append(_span(sents[m.sent_idx], m, s_, m.end))
    return out


# Round 30 (issue 14, organisations): Hindi government bodies named by their portfolio (`योजना आयोग`, `खेल मंत्रालय`,
# `श्रम एवं रोजगार मंत्रालय`). The head is always a body; the words before it name its portfolio.
PORTFOLIO_HEADS = frozenset(fold(w) for w in "मंत्रालय मन्त्रालय आयोग".split())
# `केंद्रीय खेल मंत्रालय`; review: a state's or a federation's (`राज्य खेल मंत्रालय`, `संघीय ...`)
PORTFOLIO_LEVELS = frozenset(fold(w) for w in "केंद्रीय केन्द्रीय राष्ट्रीय राज्य प्रदेश प्रांतीय प्रान्तीय संघीय".split())
PORTFOLIO_JOINERS = frozenset(fold(w) for w in "और एवं तथा व".split())
# review: a determiner or quantifier before the run makes its words common nouns (`यह योजना मंत्रालय ने`, `ऐसे मामले
# आयोग को`, `सभी अधिकार आयोग के पास`)
PORTFOLIO_DETERMINERS = POINTERS | frozenset(fold(w) for w in "इस इन उस उन सभी सब हर कई कुछ किसी".split())
# review: portfolio words that are common nouns alone (`शिकायत आयोग`, `सेवा आयोग`): only after a level word, a genitive or
# a place, or in a run of two or more (`लोक सेवा आयोग`, `विश्वविद्यालय अनुदान आयोग`)
PORTFOLIO_AMBIGUOUS = frozenset(fold(w) for w in "सूचना शिकायत कार्य कार्यक्रम सेवा अनुदान क्षेत्र वर्ग मामले अधिकार".split())
# review: ministries of their own: `गृह और विदेश मंत्रालय` is two of them, no one body (`श्रम एवं रोजगार मंत्रालय` is one)
PORTFOLIO_SOLE = frozenset(fold(w) for w in "गृह विदेश रक्षा वित्त".split())
PORTFOLIO_GENITIVES = frozenset(fold(w) for w in "का की के".split())


def _portfolio_word(w: str, lex: Lexicon) -> bool:
    """A word that names a body's portfolio: in the lexicon's portfolios.txt (entity-lexicon-v5), no place."""
    return fold(w) in lex.portfolios and not place_of(w, lex)


def portfolio_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                     lex: Lexicon) -> list[Mention]:
    """Round 30: an untagged `मंत्रालय`/`आयोग` right after one to three untagged portfolio words (`lex.portfolios`,
    two of them may be joined by `और`/`एवं`/`तथा`/`व`) is one ORG with them (`योजना आयोग`, `खेल मंत्रालय`, `श्रम एवं
    रोजगार मंत्रालय`), with a level word right before (`केंद्रीय`, `राष्ट्रीय`, `राज्य`), and an `आयोग` with the state
    tagged right before (`[उत्तर प्रदेश] लोक सेवा आयोग`). Not a bare head (`मंत्रालय ने कहा`) nor one after a word of no
    portfolio (`उनका मंत्रालय`, `अब मंत्रालय`, `मामलों के मंत्रालय`); no run after a determiner or quantifier (`यह योजना
    मंत्रालय`, `सभी अधिकार आयोग`); a lone PORTFOLIO_AMBIGUOUS noun (`शिकायत आयोग`) only after a level word, a genitive
    or a place; no join of two ministries of their own (`गृह और विदेश मंत्रालय`: `विदेश मंत्रालय`)."""
    covered = _chars_covered(ents)
    loc_end = {(m.sent_idx, m.end): m for m in ents if m.label == "LOC"}
    tagger = ents[0].tagger if ents else "refine"
    out = list(ents)
    for idx, ws in words.items():
        for k, w in enumerate(ws):
            if fold(w[2]) not in PORTFOLIO_HEADS or (idx, w[0]) in covered:
                continue
            i, n = k, 0
            while i > 0 and n < 3 and ws[i - 1][1] + 1 >= ws[i][0] and (idx, ws[i - 1][0]) not in covered:
                if _portfolio_word(ws[i - 1][2], lex):
                    i, n = i - 1, n + 1
                elif fold(ws[i - 1][2]) in PORTFOLIO_JOINERS and i < k and i > 1 and ws[i - 2][1] + 1 >= ws[i - 1][0] \
                        and (idx, ws[i - 2][0]) not in covered and _portfolio_word(ws[i - 2][2], lex) \
                        and not {fold(ws[i - 2][2]), fold(ws[i][2])} & PORTFOLIO_SOLE:
                    i, n = i - 2, n + 1  # `श्रम एवं` + `रोजगार मंत्रालय`
                else:
                    break
            if i == k:
                continue
            before = fold(ws[i - 1][2]) if i > 0 else ""
            if before in PORTFOLIO_DETERMINERS:
                continue  # `यह योजना मंत्रालय`: this scheme
            level = i > 0 and ws[i - 1][1] + 1 >= ws[i][0] and before in PORTFOLIO_LEVELS \
                and (idx, ws[i - 1][0]) not in covered
            if level:
                i -= 1
            place = loc_end.get((idx, ws[i][0] - 1)) or loc_end.get((idx, ws[i][0]))
            if n == 1 and not level and fold(ws[k - 1][2]) in PORTFOLIO_AMBIGUOUS \
                    and before not in PORTFOLIO_GENITIVES and place is None:
                continue  # `शिकायत आयोग`: a complaints commission of nobody
            sent = sents[idx]
            s, e = ws[i][0], w[1]
            state = place_of(place.text.strip(), lex) if place is not None and not level else None
            if state is not None and fold(w[2]) == fold("आयोग") and state.kind in ("state", "territory"):
                s = place.start  # `[उत्तर प्रदेश] लोक सेवा आयोग`: the state's commission, one ORG
                out.remove(loc_end.pop((place.sent_idx, place.end)))
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
            covered.update((idx, x) for x in range(s, e))
    return out


# Round 30: English heads that end the name of a body of an organisation written after it (`यू.एन. जनरल असेंबली`,
# `संयुक्त राष्ट्र इकोनॉमिक एंड सोशल काउंसिल`): the English organisation heads and the assembly/committee words.
TAIL_HEADS = (ENGLISH_ORG_HEADS - frozenset(fold(w) for w in """ऑफिस कोर्ट स्कूल कॉलेज हॉस्पिटल एजेंसी सेंटर सेन्टर
    सेंटर्स""".split())) \
    | frozenset(fold(w) for w in "असेंबली असेम्बली एसेंबली कमेटी कमिटी कमिटि काउंसिल".split())
TAIL_STOPS = frozenset(fold(w) for w in "स्थित".split())  # `[एम्स] स्थित ट्रॉमा सेंटर`: a place's word, no name's
# review: adverbs, quantifiers and time words are no name's words (`भाजपा [जल्द] कमेटी गठित करेगी`, `एसबीआई [बाकी] बैंक`)
TAIL_NOT_NAME = TAIL_STOPS | frozenset(fold(w) for w in """अब जल्द जल्दी शीघ्र फिर तुरंत तत्काल बाकी शेष सभी सब हर कई कुछ
    अन्य दूसरी दूसरे भी ही तो अभी फिलहाल आज कल पहले बाद पूरी पूरे पूरा खुद स्वयं नई नए नया""".split())


def org_tails(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
              p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 30: an ORG followed at once by one to four untagged name words, the last a body's head (TAIL_HEADS), is one
    ORG: the body of that organisation (`[यू.एन.] जनरल असेंबली`, `[संयुक्त राष्ट्र] इकोनॉमिक एंड सोशल काउंसिल`,
    `[विश्व स्वास्थ्य संगठन] कार्यकारी बोर्ड`). The words between are Devanagari English loans or Hindi adjectives: no
    function word, role, number, pronoun, news word (`_news_word`), adverb, quantifier or time word (TAIL_NOT_NAME:
    `भाजपा जल्द कमेटी`, `एसबीआई बाकी बैंक`) or `स्थित` (`एम्स स्थित ...`); `एंड`/`ऑफ` join them but neither opens nor
    ends the run. A one-word PER of the model inside the run (`असेंबली` read as a person) gives way; any other mention
    there stops it."""
    at = {(m.sent_idx, m.start): m for m in ents}
    gone: set[int] = set()
    out = []
    for m in ents:
        if m.label != "ORG":
            out.append(m)
            continue
        ws = words[m.sent_idx]
        k = _word_at(ws, m.end)
        j, end = k, m.end
        grown, inside = None, []
        while j < len(ws) and j - k < 4 and ws[j][0] <= end + 1:
            n = at.get((m.sent_idx, ws[j][0]))
            if n is not None and (n.label != "PER" or n.end != ws[j][1] or (n.start, n.end) in keep):
                break
            fw = fold(ws[j][2])
            if fw in TAIL_HEADS and j > k and fold(ws[j - 1][2]) not in ENGLISH_NAME_JOINERS:
                grown = ws[j][1]
            elif fw in ENGLISH_NAME_JOINERS:
                if j == k:
                    break  # review: `एंड`/`ऑफ` opens no run (`संयुक्त राष्ट्र एंड सोशल काउंसिल`)
                end = ws[j][1]
            elif _RX_DEVANAGARI.fullmatch(ws[j][2]) \
                    and fw not in lex.function_words and fw not in POSTPOSITIONS and fw not in LIST_SEPARATORS \
                    and fw not in ROLES and fw not in NUMBER_WORDS and fw not in POINTERS and fw not in TAIL_HEADS \
                    and fw not in TAIL_NOT_NAME and not _news_word(ws[j][2], lex, p):
                end = ws[j][1]
            else:
                break
            if n is not None:
                inside.append(n)
            if grown is not None:
                break
            j += 1
        if grown is None:
            out.append(m)
            continue
        gone.update(id(n) for n in inside)
        out.append(_span(sents[m.sent_idx], m, m.start, grown))
    return [m for m in out if id(m) not in gone]


# Round 30: a press conference or briefing is an event, no organisation (`संयुक्त प्रेस वार्ता`, `प्रेस कॉन्फ्रेंस`)
PRESS_WORDS = frozenset(fold(w) for w in "प्रेस समाचार न्यूज़ मीडिया पत्रकार".split())
PRESS_EVENTS = frozenset(fold(w) for w in """वार्ता वार्त्ता कॉन्फ्रेंस कॉन्फ़्रेंस कांफ्रेंस कान्फ्रेंस कॉन्फ्रेन्स कॉन्फ़रेंस
    कॉफ्रेंस काँफ्रेंस कॉन्फ्रेन्स कान्फ्रेन्स कॉन्फ्रैंस ब्रीफिंग ब्रीफ़िंग""".split())


def press_events(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 30: a span ending in a press word + a meeting or briefing word (`प्रेस वार्ता`, `समाचार कॉन्फ़्रेंस`, `प्रेस
    ब्रीफिंग`) names an event, no entity: the model reads `संयुक्त प्रेस वार्ता` as an ORG. The words before the press
    word stay a mention only when they name something on their own: a surface the story tags elsewhere, with that
    label (`[राहुल गांधी] प्रेस कॉन्फ्रेंस`: PER), a known organisation (ORG), a strong KB place (LOC: `[दिल्ली] प्रेस
    ब्रीफिंग`) or two words or more (ORG: `[व्हाइट हाउस] प्रेस ब्रीफिंग`); else the span goes (`संयुक्त`, `डेली`)."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for m in ents:
        toks = m.text.split()
        if not (len(toks) >= 2 and fold(toks[-1]) in PRESS_EVENTS and fold(toks[-2]) in PRESS_WORDS):
            labels[" ".join(fold(m.text).split())][m.label] += 1
    out = []
    for m in ents:
        toks = m.text.split()
        if (m.start, m.end) in keep or len(toks) < 2 or fold(toks[-1]) not in PRESS_EVENTS \
                or fold(toks[-2]) not in PRESS_WORDS:
            out.append(m)
            continue
        inside = _words_in(words[m.sent_idx], m)
        if len(inside) != len(toks) or len(inside) < 3:
            continue  # `प्रेस वार्ता` alone
        rest = fold(" ".join(w[2] for w in inside[:-2]))
        if rest in labels:
            label = labels[rest].most_common(1)[0][0]
        elif tuple(rest.split()) in lex.orgs:
            label = "ORG"
        elif lex.strong_place(rest):
            label = "LOC"
        elif len(inside) >= 4:
            label = "ORG"  # `व्हाइट हाउस`
        else:
            continue
        out.append(replace(_span(sents[m.sent_idx], m, m.start, inside[-3][1]), label=label))
    return out


# Round 30: acronyms of Indian posts (officers and health workers) that the title lists (TITLES, RANK_ACRONYMS) lack;
# the model reads them as organisations (`सीएमएस ने बताया`, `एसडीपीओ समेत पुलिस कर्मी`, `आंगनवाड़ी कार्यकर्ता, एएनएम`).
# From the posts of district administration, police and public health in India, not from any article.
POST_ACRONYMS = frozenset(fold(w) for w in """ओएसडी एएनएम एसडीओ सीएमएस पीआरओ सीपीआरओ एसडीपीओ बीएमओ सीएमएचओ सीडीपीओ
    डीपीओ बीईओ डीईओ एमओआईसी एसडीएमओ एसीएमओ""".split())  # review: not `डीडीसी`, also J&K's District Development Council


def post_acronyms(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 30: a one-word ORG that is a post's acronym (POST_ACRONYMS: `सीएमएस`, the chief medical superintendent;
    `एसडीपीओ`, `एएनएम`, `ओएसडी`) names a person's office, no organisation: no entity (a curated span stays)."""
    return [m for m in ents if not (m.label == "ORG" and (m.start, m.end) not in keep
                                    and fold(m.text.strip()).replace(".", "") in POST_ACRONYMS)]


# Round 30: local bodies named by their kind alone (`नगर निगम`, the municipal corporation): a description, as `केंद्र
# सरकार` or `जिला प्रशासन` (drop_generic) and a bare `विभाग` are (gold/dev2/README.md); `अहमदाबाद नगर निगम` is a name.
GENERIC_LOCAL_BODIES = frozenset(" ".join(fold(w).split()) for w in """नगर निगम|नगरनिगम|नगर पालिका|नगरपालिका|नगर परिषद|नगर पंचायत|
    जिला परिषद|ज़िला परिषद|जिला पंचायत|ज़िला पंचायत|ग्राम पंचायत|पंचायत समिति|नगर निगम प्रशासन|नगर पालिका परिषद|
    नगरपालिका परिषद|महानगरपालिका|महानगर पालिका""".replace("\n", "").split("|"))


def generic_local_bodies(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 30: an ORG that is only a local body's kind (GENERIC_LOCAL_BODIES: `नगर निगम के अधिकारी`, `नगर निगम की
    टीम`), with no place or name in it, is no entity (a curated span stays)."""
    return [m for m in ents if not (m.label == "ORG" and (m.start, m.end) not in keep
                                    and " ".join(fold(m.text).replace("-", " ").split()) in GENERIC_LOCAL_BODIES)]


# Round 32: translated news names papers and outlets with the English article (`द हिल`, `दि टाइम्स`, `द एक्सप्रेस
# ट्रिब्यून`) and sites by their domain (`News.com.au`). The article opens a title only before what a paper is: a
# newspaper noun, a source cue, or a media head + a case marker; works (`द ग्रेट डिक्टेटर`), `मैन ऑफ द मैच` and
# persons (`दि मैट्टेओ ने`) have none of them.
ARTICLE_WORDS = frozenset(fold(w) for w in "द दि".split())
WEAK_ARTICLES = frozenset(fold(w) for w in "दी".split())  # review: `दी` only before a media head or a paper noun
ARTICLE_RAW = frozenset("द दि दी".split()) | ARTICLE_WORDS | WEAK_ARTICLES
# `मैन ऑफ द मैच`, `लाइफ एंड द`, `रिपोर्ट फॉर द पीपल`
ARTICLE_NOT_AFTER = frozenset(fold(w) for w in "ऑफ ऑफ़ ऑव इन एंड ऐंड फॉर फ़ॉर टू ऑन फ्रॉम फ़्रॉम विद बाय".split())
# review: a work's noun before the article names a film, book or show (`फिल्म द सन`), no paper
WORK_NOUNS = frozenset(fold(w) for w in """फिल्म फ़िल्म किताब पुस्तक उपन्यास गाना गीत शो सीरीज़ सीरीज सीरियल नाटक बैंड
    गेम""".split())
# review: a police report is filed (`ने रिपोर्ट दर्ज कराई`), no paper's
REPORT_NOT_BEFORE = frozenset(fold(w) for w in "दर्ज लिखाई लिखवाई कराई करवाई".split())
WEB_NOUNS = frozenset(fold(w) for w in "वेबसाइट".split())  # review: a paper's only with a media head
MEDIA_HEADS = frozenset(fold(w) for w in """न्यूज न्यूज़ टाइम्स पोस्ट टुडे जर्नल हेराल्ड ट्रिब्यून गार्जियन गार्डियन
    एक्सप्रेस मिरर टेलीग्राफ इकनॉमिस्ट इकोनॉमिस्ट इंडिपेंडेंट क्रॉनिकल क्रोनिकल गजट गज़ट""".split())
PAPER_NOUNS = frozenset(fold(w) for w in """अखबार अख़बार अखबारों अख़बारों न्यूजपेपर न्यूज़पेपर पत्रिका मैगजीन मैगज़ीन
    समाचारपत्र""".split())
MEDIA_MARKERS = frozenset(fold(w) for w in "के की का में से ने को पर".split())
SOURCE_CUES = frozenset((fold(a), fold(b)) for a, b in (
    ("के", "अनुसार"), ("ने", "रिपोर्ट"), ("की", "रिपोर्ट"), ("की", "खबर"), ("की", "ख़बर"), ("में", "लिखा"),
    ("ने", "लिखा"), ("में", "छपी"), ("में", "छपे"), ("में", "छपा"), ("में", "प्रकाशित"), ("ने", "प्रकाशित"),
    ("के", "मुताबिक"), ("के", "मुताबिक़")))
WEAK_CUES = frozenset((fold(a), fold(b)) for a, b in (  # review: persons and works have them too
    ("के", "अनुसार"), ("के", "मुताबिक"), ("के", "मुताबिक़"), ("की", "रिपोर्ट"), ("की", "खबर"), ("की", "ख़बर")))
PROPAGATE_MARKERS = frozenset(fold(w) for w in "के की का से ने को".split())  # review: not `पर`/`में` (`द हिल पर चढ़ा`)
TITLE_STOPS = MEDIA_MARKERS | frozenset(fold(w) for w in """और एवं व या है हैं था थी थे एक यह वह इस उस ये वे भी ही तो
    नहीं न""".split())
_TITLE_WORD = regex.compile(r"^[\p{L}\p{M}][\p{L}\p{M}\-]*$")


def _paper_word(w: str) -> bool:
    return bool(_TITLE_WORD.match(w)) and fold(w) not in TITLE_STOPS and fold(w) not in ARTICLE_WORDS


def _article_blocked(ws: Sequence[Word], k: int) -> bool:
    """The word before the article makes it no paper's: `मैन ऑफ द मैच`, `फिल्म द सन`."""
    return k > 0 and ws[k - 1][1] + 1 >= ws[k][0] and (fold(ws[k - 1][2]) in ARTICLE_NOT_AFTER
                                                       or fold(ws[k - 1][2]) in WORK_NOUNS)


def _title_end(ws: Sequence[Word], k: int) -> tuple[int, str] | None:
    """The index of the last name word of a paper's title opened by the article at ws[k] and its evidence: "paper" (a
    paper noun follows or the last word is a media head), "cue" (a publishing cue: `ने रिपोर्ट`, `में छपी`) or "weak"
    (`के अनुसार`, `की खबर`: persons and works have them too); or None."""
    if _article_blocked(ws, k):
        return None
    weak_article = fold(ws[k][2]) in WEAK_ARTICLES
    j = k + 1
    while j < len(ws) and j <= k + 3 and ws[j - 1][1] + 1 >= ws[j][0] and _paper_word(ws[j][2]):
        nxt = fold(ws[j + 1][2]) if j + 1 < len(ws) else ""
        nxt2 = fold(ws[j + 2][2]) if j + 2 < len(ws) else ""
        nxt3 = fold(ws[j + 3][2]) if j + 3 < len(ws) else ""
        head = fold(ws[j][2]) in MEDIA_HEADS
        if nxt in PAPER_NOUNS or (head and nxt in WEB_NOUNS):
            return j, "paper"
        if (nxt, nxt2) in SOURCE_CUES and not weak_article:
            if head:
                return j, "paper"
            if (nxt, nxt2) == (fold("ने"), fold("रिपोर्ट")) and nxt3 in REPORT_NOT_BEFORE:
                return None
            return j, "weak" if (nxt, nxt2) in WEAK_CUES else "cue"
        if head and (nxt in MEDIA_MARKERS or not _TITLE_WORD.match(nxt or "-")):
            return j, "paper"  # `दि टाइम्स के लिए`, `'द इकनॉमिस्ट'`
        j += 1
    return None


def _take_span(ents: list[Mention], sent: Sentence, s: int, e: int, by_sent: dict[int, list[Mention]],
               tagger: str, take_per: bool = True) -> bool:
    """Replace the mentions inside [s, e) by one ORG over it (a curated part too: `द [एक्सप्रेस ट्रिब्यून]`); not
    where a mention runs out of it, nor a person unless take_per. A mention that already is the span becomes ORG."""
    inside = [m for m in by_sent.get(sent.sent_idx, ()) if m.start < e and m.end > s]
    if any(m.start < s or m.end > e for m in inside):
        return False
    if not take_per and any(m.label == "PER" for m in inside):
        return False
    for m in inside:
        ents.remove(m)
        by_sent[sent.sent_idx].remove(m)
    new = Mention(sent.doc_id, sent.sent_idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger)
    ents.append(new)
    by_sent.setdefault(sent.sent_idx, []).append(new)
    return True


def article_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 32: the English article `द`/`दि` + one to three name words is a newspaper or outlet, one ORG with the
    article, where a newspaper noun follows (`द सन अखबार`), a publishing cue (`द क्लेरियन-लेजर ने रिपोर्ट`), or the
    last word is a media head before a case marker or punctuation (`दि टाइम्स के लिए`, `द एक्सप्रेस ट्रिब्यून ने`);
    a bare `के अनुसार`/`की खबर` only for a title so confirmed elsewhere in the story (`द डार्क नाइट के अनुसार`);
    the story's other mentions of the article + the same words before a case marker or punctuation are the same
    outlet. Tagged words inside become part of it (`द [न्यूयॉर्क टाइम्स]`), a person only with a media head or a
    paper noun; never a span a mention runs out of. Not after `ऑफ`/`फॉर` (`मैन ऑफ द मैच`) nor a work's noun
    (`फिल्म द सन`); `दी` only before a media head or a paper noun."""
    out = list(ents)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in out:
        by_sent[m.sent_idx].append(m)
    tagger = ents[0].tagger if ents else "refine"
    found: set[tuple[str, ...]] = set()
    rest: list[tuple[int, int]] = []
    weak: list[tuple[int, int, int]] = []
    for idx, ws in words.items():
        for k, w in enumerate(ws):
            if w[2] not in ARTICLE_RAW or k + 1 >= len(ws):  # raw spellings first: one set lookup per word
                continue
            te = _title_end(ws, k)
            if te is None:
                rest.append((idx, k))
                continue
            j, how = te
            if how == "weak":  # review: a bare `के अनुसार` needs the title confirmed elsewhere
                weak.append((idx, k, j))
                continue
            if _take_span(out, sents[idx], w[0], ws[j][1], by_sent, tagger, take_per=how == "paper"):
                found.add(tuple(fold(x[2]) for x in ws[k + 1 : j + 1]))
    for idx, k, j in weak:
        ws = words[idx]
        if tuple(fold(x[2]) for x in ws[k + 1 : j + 1]) in found:
            _take_span(out, sents[idx], ws[k][0], ws[j][1], by_sent, tagger, take_per=False)
    for idx, k in rest:  # the story's other mentions of a confirmed title
        ws = words[idx]
        if _article_blocked(ws, k):
            continue
        for j in range(min(len(ws) - 1, k + 3), k, -1):
            nxt = fold(ws[j + 1][2]) if j + 1 < len(ws) else ""
            if tuple(fold(x[2]) for x in ws[k + 1 : j + 1]) in found \
                    and all(ws[i - 1][1] + 1 >= ws[i][0] for i in range(k + 1, j + 1)) \
                    and (nxt in PROPAGATE_MARKERS or not _TITLE_WORD.match(nxt or "-")):
                _take_span(out, sents[idx], ws[k][0], ws[j][1], by_sent, tagger,
                           take_per=fold(ws[j][2]) in MEDIA_HEADS)
                break
    return out


_DOMAIN = regex.compile(r"(?<![\p{L}\p{N}@/.\-_])\p{Lu}[\p{L}\p{N}\-]*\.(?:com|net|co\.uk|com\.au|co\.in)"
                        r"(?![\p{L}\p{N}@/\-_:?#=]|\.\p{L})")


def domain_orgs(sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 32: a capitalised Latin domain name (`News.com.au`, `Domain.com`, `WedMeGood.com`) is the site, one ORG;
    no address (`www.webdunia.com`, `x@gmail.com`, `pic.twitter.com/...`) nor a lower-case one (`medrxiv.org`)."""
    out = list(ents)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in out:
        by_sent[m.sent_idx].append(m)
    tagger = ents[0].tagger if ents else "refine"
    for idx, sent in sents.items():
        if ".co" not in sent.text and ".net" not in sent.text:
            continue
        for g in _DOMAIN.finditer(sent.text):
            _take_span(out, sent, sent.start + g.start(), sent.start + g.end(), by_sent, tagger)
    return out


# Round 34: titles of Muslim clerics that the news writes before a name (`मौलाना साद`, `मौलाना कल्बे जव्वाद`); not in
# TITLES/ROLES, whose start cut reaches organisations too (`मौलाना आज़ाद मेडिकल कॉलेज` is named after a person)
CLERIC_TITLES = frozenset(fold(w) for w in "मौलाना".split())
# Review of round 34: a head's word before the title is the title's too (`चीफ मौलाना साद` -> `साद`)
CLERIC_TITLE_LEADS = frozenset(fold(w) for w in "चीफ प्रमुख".split())


def cleric_titles(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon, p: RefineParams,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 34: a PER span opening with a cleric's title (CLERIC_TITLES) loses it (`मौलाना सैफ अब्बास` -> `सैफ
    अब्बास`); the title alone, or with only a common word of the training data after it, is no mention."""
    out = []
    for m in ents:
        ws = m.text.split()
        lead = 1 if len(ws) > 1 and fold(ws[0]) in CLERIC_TITLE_LEADS and fold(ws[1]) in CLERIC_TITLES else 0
        if m.label != "PER" or (m.start, m.end) in keep or not ws or fold(ws[lead]) not in CLERIC_TITLES:
            out.append(m)
            continue
        ws = ws[lead:]
        if len(ws) == 1 or len(ws) == 2 and _common(ws[1], lex, p):
            continue
        off = m.text.index(ws[1], m.text.index(ws[0]) + len(ws[0]))
        out.append(_span(sents[m.sent_idx], m, m.start + off, m.end))
    return out


# Words that stand between a name and `ने` without being a surname (`खुद ने`, `स्वयं ने`): generic Hindi; review of
# round 34: adverbs of time and quantifiers too (`एसपी राजेश अब ने`, `मंत्री राम दोनों ने`); the training data sees the
# step's own surnames (`स्वरूप`, `काले`, `दोहरे`) outside names only, so it cannot decide
NOT_SURNAMES = frozenset(fold(w) for w in """भी ही तो खुद ख़ुद स्वयं सबसे पहले
    अब आज कल अभी दोनों सभी आदि वगैरह वग़ैरह""".split())
_RX_ND = regex.compile(r"\p{Nd}")
AGENT_AFTER = (fold("ने"),)  # what follows a speaker's or agent's full name (`X Y ने बताया`)
SOURCE_AFTER = frozenset(fold(w) for w in "अनुसार मुताबिक".split())  # `X Y के अनुसार`


TITLES_ROLES = TITLES | ROLES


def _after_title(ws: Sequence[Word], k: int) -> bool:
    """Word k follows a title or role (`डॉ.`, `सीएमओ`, `अधिकारी`; `डा.` and `डा` `.` as two tokens)."""
    j = k - 1
    if j >= 1 and ws[j][2] == ".":
        j -= 1
    return j >= 0 and (fold(ws[j][2]) in TITLES_ROLES or fold(ws[j][2].rstrip(".")) in TITLES_ROLES)


def titled_surnames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 34: native reports name an official by title, given name and surname before the verb's agent marker
    (`सीएमओ डॉ. कृष्ण स्वरूप ने बताया`, `जिला सर्विलांस अधिकारी सुनील दोहरे ने`, `उपायुक्त हर्षद काले ने`); where the
    surname is a common word (`स्वरूप`, `काले`) only the given name is tagged. A one-word PER right after a title or
    role (`_after_title`), followed by one untagged Devanagari word (no function word, title or role) and then `ने` or
    `के अनुसार`/`के मुताबिक`, takes that word; no honorific (`राजेश जी`, `सुनील साहब`), digit (`राम २`), adverb of time or
    quantifier (NOT_SURNAMES: `अब`, `कल`, `दोनों`, `आदि`), review of round 34."""
    out = []
    index: dict[int, dict[int, int]] = {}  # sent_idx -> {word start: word index}, built once per sentence with a one-word person
    starts = {(m.sent_idx, m.start) for m in ents}
    for m in ents:
        if m.label != "PER" or (m.start, m.end) in keep or " " in m.text.strip():
            out.append(m)
            continue
        ws = words[m.sent_idx]
        if m.sent_idx not in index:
            index[m.sent_idx] = {w[0]: k for k, w in enumerate(ws)}
        k = index[m.sent_idx].get(m.start)
        prev = words.get(m.sent_idx - 1, ())  # the segmenter ends a sentence at `डा.`: the title closes the one before
        titled = _after_title(ws, k) if k else len(prev) >= 2 and prev[-1][2] == "." and _after_title(prev, len(prev))
        if k is None or k + 2 >= len(ws) or ws[k][1] != m.end or not titled:
            out.append(m)
            continue
        nxt, after = ws[k + 1], ws[k + 2]
        fn = fold(nxt[2])
        agent = fold(after[2]) in AGENT_AFTER or fold(after[2]) == fold("के") and k + 3 < len(ws) \
            and fold(ws[k + 3][2]) in SOURCE_AFTER
        if not agent or (m.sent_idx, nxt[0]) in starts or not _RX_DEVANAGARI_ZW.fullmatch(nxt[2]) \
                or fn in lex.function_words or fn in TITLES_ROLES or fn in NOT_SURNAMES or fn in HONORIFICS \
                or _RX_ND.search(nxt[2]):
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, m.start, nxt[1]))
    return out


# Round 34: heads of a hospital's name (`कस्तूरबा अस्पताल`); a college is one only after a medical modifier (`नारायणा
# मेडिकल कॉलेज`), so `X कॉलेज` alone (a school, a degree college) is left to the other steps
HOSPITAL_HEADS = frozenset(fold(w) for w in "अस्पताल हॉस्पिटल हास्पिटल हॉस्पीटल चिकित्सालय".split())
MEDICAL_MODIFIERS = frozenset(fold(w) for w in "मेडिकल चिकित्सा डेंटल आयुर्वेदिक".split())


# a zero-width (non-)joiner or a nukta may stand between any two letters of the raw text (`अस्\u200dपताल`), which `fold`
# drops from the words (review of round 34)
_RX_HOSPITAL_WORD = regex.compile("|".join("[\u200c\u200d\u093c]?".join(regex.escape(c) for c in w)
                                           for w in sorted(HOSPITAL_HEADS | MEDICAL_MODIFIERS)))


def _hospital_head_end(ws: Sequence[Word], k: int) -> int | None:
    """Index after the hospital head that starts at word k (`अस्पताल`; `मेडिकल कॉलेज`, `मेडिकल कॉलेज अस्पताल`), or None."""
    i = k
    if i + 1 < len(ws) and fold(ws[i][2]) in MEDICAL_MODIFIERS and fold(ws[i + 1][2]) in ACRONYM_HEADS:
        i += 2
    elif i < len(ws) and fold(ws[i][2]) in HOSPITAL_HEADS:
        i += 1
    else:
        return None
    while i < len(ws) and fold(ws[i][2]) in HOSPITAL_HEADS:
        i += 1
    return i


# Round 34: kinds of hospital that news writes before the head like a name (`डेडिकेटेड कोविड अस्पताल`, `आर्मी अस्पताल`,
# `सदर अस्पताल` of a district's seat, `रेफरल अस्पताल`): generic Hindi and English loans, not taken from any article
HOSPITAL_KINDS = frozenset(fold(w) for w in """डेडिकेटेड आर्मी मिलिट्री सैन्य जोनल स्पेशलिटी स्पेशियलिटी स्पेशिएलिटी
    सुपर मल्टी मल्टीस्पेशलिटी चिल्ड्रेन सदर सिविल रेफरल बेस कैंसर ट्रॉमा इमरजेंसी वेटरनरी पशु प्राथमिक सामुदायिक
    कम्युनिटी जनरल प्राइवेट सरकारी राजकीय निजी जिला मेटरनिटी प्रसूति नेत्र दंत मानसिक टीबी कोविड कोरोना अनुमंडल
    संयुक्त एयरफोर्स नेवी नौसेना वायुसेना सेंट्रल नॉर्दर्न सदर्न ईस्टर्न वेस्टर्न पीएचसी सीएचसी होम्योपैथिक होमियोपैथिक
    एलोपैथिक यूनानी टेंपरेरी टेम्परेरी टेंपररी टेम्पररी""".split())  # review of round 34: पीएचसी ... टेंपरेरी


def _kind_key(fw: str) -> str:
    """`प्राईवेट`, `प्रायवेट` -> `प्राइवेट`: the spellings of ई/इ and य after ा are one key (review of round 34)."""
    return fw.replace("ाई", "ाइ").replace("ाय", "ाइ")


HOSPITAL_KIND_KEYS = frozenset(_kind_key(w) for w in HOSPITAL_KINDS)
# Review of round 34: adjectives in -ी and words of phrases before a hospital's head (`नामी अस्पताल`, `आनन फानन
# अस्पताल`); generic Hindi, not taken from any article
NOT_HOSPITAL_NAMES = frozenset(fold(w) for w in """नामी नामचीन मशहूर प्रसिद्ध विख्यात अस्थायी अस्थाई स्थायी स्थाई
    नजदीकी करीबी पड़ोसी आनन फानन आननफानन नया नई नयी नए नये पुराना पुरानी पुराने बड़ा बड़ी बड़े छोटा छोटी छोटे""".split())
# Review of round 34: adjectives by their ending: a participle in -ित (`नवनिर्मित`), -वर्ती (`निकटवर्ती`), an oblique
# in -े (`महंगे`); a word the training data or the given names see inside names is no adjective
_RX_HOSPITAL_ADJECTIVE = regex.compile(r"\p{Devanagari}+(?:ित|वर्ती|े)")
_RX_GLUED_EK = regex.compile(r"(?:का|की|के)एक")  # `काएक अस्पताल`: `का एक` glued
AND_WORDS = frozenset(fold(w) for w in "एंड एण्ड ऐंड ऐण्ड &".split())  # `कैलाश हॉस्पिटल एंड रिसर्च सेंटर`
# `अनुमंडलीय`, `क्षेत्रीय`: an adjective of the kind; `ग्यारहवें`: an ordinal
_RX_ADJECTIVE_END = regex.compile(r"\p{Devanagari}+(?:ीय|वें|वीं|वां)$")


def _hospital_name_word(w: str, lex: Lexicon, p: RefineParams, locs: frozenset[str] = frozenset()) -> bool:
    """A word that names a hospital rather than saying its kind: name-like (`_name_like`: mostly a name where the
    training data sees it), in fewer than `kind_name_max_docs` news articles unless the training data sees it inside
    names, no common word (`जिला`, `सरकारी`: `_common`), no kind of hospital (HOSPITAL_KINDS, an adjective in -ीय, an
    ordinal), no hyphenated word (`अलग-थलग`), no demonym, KB place, role, title, kind noun or institution word.
    Review of round 34: positive evidence of a name, the training data sees it inside names (`मलिक`) or a given name
    (`पारस`); else a word the training data never saw and no adjective (`_RX_HOSPITAL_ADJECTIVE`: `महंगे`, `नवनिर्मित`,
    `निकटवर्ती`; NOT_HOSPITAL_NAMES: `नामी`); no kind in another spelling (`प्रायवेट`), no glued `का एक` (`काएक`), no
    word the document tags as a place elsewhere (`locs`: a town's hospital is a place mention, as `लखनऊ अस्पताल`)."""
    fw = fold(w)
    if not _name_like(w, lex, p) or "-" in w or _common(w, lex, p) or _demonym(w, lex) or place_of(w, lex) \
            or _RX_ADJECTIVE_END.fullmatch(fw) or _kind_key(fw) in HOSPITAL_KIND_KEYS or fw in ROLES or fw in TITLES \
            or fw in ORG_KINDS or fw in INSTITUTION_MODIFIERS or fw in ACRONYM_HEADS or fw in NOT_HOSPITAL_NAMES \
            or fw in AND_WORDS or _RX_GLUED_EK.fullmatch(fw) or fw in locs:
        return False
    st, news = lex.words.get(fw), lex.news.get(fw)
    if st is not None and st.n_ent > 0 and st.n_ent >= p.name_min_ratio * st.n or fw in lex.given_names:
        return True
    return st is None and not _RX_HOSPITAL_ADJECTIVE.fullmatch(fw) \
        and not (news and news.n_docs >= p.kind_name_max_docs)


def named_hospitals(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams) -> list[Mention]:
    """Round 34: native reports name the hospital a victim was taken to by one or two words before its head
    (`_hospital_head_end`): where those words are untagged name words (`_hospital_name_word`) and a word that ends
    names stands before them (a case marker, punctuation, the sentence start: `पनकी के नारायणा मेडिकल कॉलेज`, `का
    कस्तूरबा अस्पताल में`), name words and head are one ORG. Never over a mention; a tagged word before the head is
    left to the steps that grow names into institutions (`late_institutions`); the head is no start of a longer name
    (`कैलाश हॉस्पिटल एंड रिसर्च सेंटर`: AND_WORDS after it)."""
    out = list(ents)
    locs = frozenset(fold(m.text.strip()) for m in ents if m.label == "LOC")  # the document's places, as voted
    by_sent: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in ents:
        by_sent[m.sent_idx].append((m.start, m.end))
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        if not _RX_HOSPITAL_WORD.search(sent.text):  # one scan of the sentence before any word is folded
            continue
        spans = by_sent[idx]
        for k, w in enumerate(ws):
            fw = fold(w[2])
            if not k or fw not in HOSPITAL_HEADS and fw not in MEDICAL_MODIFIERS:
                continue
            end = _hospital_head_end(ws, k)
            if end is None or end < len(ws) and fold(ws[end][2]) in AND_WORDS \
                    or any(a < ws[end - 1][1] and ws[k][0] < b for a, b in spans):
                continue
            b = k
            while b > 0 and k - b < 2 and ws[b - 1][1] + 1 == ws[b][0] and _hospital_name_word(ws[b - 1][2], lex, p, locs) \
                    and not any(a < ws[b - 1][1] and ws[b - 1][0] < e for a, e in spans):
                b -= 1
            if b == k or b > 0 and (not _name_ends(ws, b - 1, lex) or fold(ws[b - 1][2]) in AND_WORDS):
                continue
            s_, e_ = ws[b][0], ws[end - 1][1]
            new = Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "ORG", tagger)
            out.append(new)
            spans.append((s_, e_))
    return out


def no_overlaps(ents: list[Mention], lex: Lexicon, p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset(),
                ) -> list[Mention]:
    """Issue 14 (SPEC: one span per mention): the last step, over all mentions (PER/ORG/LOC and NUM/TIME), leaves no
    two that overlap. Rules, in order:
    1. identical spans are one mention: a PER/ORG/LOC label before NUM/TIME (`नोकिया` NUM + ORG), then a curated
       span's, then the label the document gives that surface most often (ties: the first label by name);
    2. a NUM/TIME span that overlaps a name loses to it: it keeps only its words before the name
       (`मंगलवार रात [हवाना]` -> `मंगलवार रात`), else it is dropped (`[मंडेला] साल`, `24` of `उत्तर 24 परगना`);
    3. of two names, a curated (gazetteer or known organisation) span wins; else, one inside the other, the longer
       (`दलबीर सिंह सुहाग` over `दलबीर सिंह`) unless its last word never ends names (`_never_edge`), then the shorter;
       else (they cross) the earlier one (`आम आदमी पार्टी` over `पार्टी अब राजनीतिक पार्टी`).
    One sweep in (start, longest first) order: only the last mention kept can overlap the next one."""
    votes = Counter((fold(m.text.strip()), m.label) for m in ents if m.label in ENTITY)
    groups: dict[tuple[int, int], list[Mention]] = {}
    for m in ents:
        groups.setdefault((m.start, m.end), []).append(m)

    def one(ms: list[Mention]) -> Mention:  # rule 1
        if len(ms) == 1:
            return ms[0]
        named = [m for m in ms if m.label in ENTITY] or ms
        return min(named, key=lambda m: (-votes[(fold(m.text.strip()), m.label)], m.label))

    def first_wins(a: Mention, b: Mention) -> bool:  # rule 3, a starts first (or a is the longer at one start)
        ca, cb = (a.start, a.end) in keep, (b.start, b.end) in keep
        if ca != cb:
            return ca
        if a.start <= b.start and b.end <= a.end:  # b inside a
            last = a.text.split()[-1] if a.text.split() else ""
            return not (last and _never_edge(last, "end", a.label, lex, p))
        return True  # (b inside a at one start cannot happen: the longer comes first, identical spans are one)

    def before(num: Mention, name: Mention) -> Mention | None:  # rule 2: the NUM/TIME words before the name
        if num.start >= name.start:
            return None
        text = num.text[:name.start - num.start].rstrip()
        return replace(num, end=num.start + len(text), text=text) if text.strip() else None

    out: list[Mention] = []
    for key in sorted(groups, key=lambda k: (k[0], -k[1])):
        m = one(groups[key])
        if not out or out[-1].end <= m.start:
            out.append(m)
            continue
        last = out[-1]
        if (last.label in ENTITY) != (m.label in ENTITY):  # rule 2
            num, name = (last, m) if m.label in ENTITY else (m, last)
            piece = before(num, name)
            out.pop()
            out.extend(x for x in (piece, name) if x is not None)
        elif not first_wins(last, m):
            out[-1] = m
    return out


# --------------------------------------------------------------------------------------------- round 33
# Round 33 of issue 14 (translated international news, seed 1212): styles before a full name, dotted initials, and a
# broadcaster's service or country edition after its acronym. Each step is its own function, read only where its
# RefineParams flag is on.

STYLE_MIN_REST = 2  # a style is cut only before this many name words (`सरदार पटेल` stays: the style may be the name)
# A letter name written with a full stop, alone (`पी.`) or glued to more (`एच.` `सी.` are two words of `एच.सी.`)
# (not `आई`, "came", that ends a sentence before a full stop: `अड़चनें आई. कमल के मुताबिक`)
_DOTTED_LETTER = regex.compile(r"(?:%s)\." % "|".join(sorted((regex.escape(w) for w in LETTER_NAMES if w != "आई"),
                                                             key=len, reverse=True)))
_LATIN_ACRONYM = regex.compile(r"[A-Z]{2,6}")
SERVICE_NUMBER = regex.compile(r"\d{1,2}")  # `बीबीसी रेडियो 4`, `न्यूज 18`: a channel's number after the service word
# what follows a service (`बीबीसी रेडियो 4 से`): a case marker. Review of round 33: not a comma or a conjunction
SERVICE_AFTER = frozenset(fold(w) for w in "के की का ने को से में पर".split())
# what follows a broadcaster's country edition (`ABC ऑस्ट्रेलिया की रिपोर्ट`): a genitive or `ने`; the country before
# `में/को/से/पर` is the place or the object (second review of round 33: `WHO भारत में काम करता है`, `UN भारत को
# मदद`), and so is one before `के खिलाफ/लिए/साथ` (`NATO रूस के खिलाफ`). A list of places is none (`WHO अफ्रीका, पूर्वी
# यूरोप`); a Devanagari acronym's country is as often the possessor (`एडीबी भारत की ... जरूरतों`): Latin acronyms only
EDITION_AFTER = frozenset(fold(w) for w in "के की का ने".split())
EDITION_NOT_BEFORE = frozenset(fold(w) for w in "खिलाफ खिलाफ़ लिए साथ".split())
# second review of round 33: a language service before `में` is the language (`सीबीआई हिंदी में पूछताछ`)
SERVICE_LANGUAGES = frozenset(fold(w) for w in "हिंदी हिन्दी उर्दू पंजाबी बांग्ला मराठी गुजराती तमिल तेलुगु".split())
# second review of round 33: a letter name that is also a postposition or an honorific (`उम्र के.`, `मोदी जी.`) ends
# a sentence as often as it opens a name: alone, only after a title or role, punctuation or the sentence's start
_DOTTED_AMBIGUOUS = frozenset(fold(w) for w in "के. जी.".split())
# first words after which `सरदार` is a given name or an epithet that is part of the name (`सरदार सिंह ढिल्लों`,
# `सरदार वल्लभभाई पटेल` as `सरदार पटेल`): no style to cut (second review of round 33)
STYLE_KEPT_BEFORE = frozenset(fold(w) for w in "सिंह कौर वल्लभभाई वल्लभ".split())


def style_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 33: a PER span opening with a style of the lexicon's styles.txt (`सरदार`, `रेवरेंड`, `फादर`) before two
    name words or more is cut after it (`सरदार उजागर सिंह` -> `उजागर सिंह`, `रेवरेंड बर्नार्ड वॉन` -> `बर्नार्ड
    वॉन`): the spec leaves titles out. With one word after it the style may be the name (`सरदार पटेल`, `सरदार
    सिंह`): left alone. Curated spans stay. Second review: nor before `सिंह`/`कौर` (`सरदार सिंह ढिल्लों`: the given
    name) or Patel's given name (`सरदार वल्लभभाई पटेल` stays whole, as `सरदार पटेल`)."""
    if not lex.styles:
        return ents
    out = []
    for m in ents:
        if m.label != "PER" or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = _words_in(words.get(m.sent_idx, []), m)
        if len(ws) < STYLE_MIN_REST + 1 or ws[0][0] != m.start or fold(ws[0][2]) not in lex.styles \
                or not _RX_DEVANAGARI.match(ws[1][2]) or fold(ws[1][2]) in STYLE_KEPT_BEFORE:
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, ws[1][0], m.end))
    return out


def _dotted_run(ws: Sequence[Word], k: int) -> int:
    """The first of the dotted letter names (`पी.`, `एच.` `सी.`) that end right before ws[k], one space before the
    name; k where there are none. The letters are glued to each other or one space apart, and the run is no glued
    end of a word (`आई.कमल`: the word before touches it)."""
    i = k
    while i > 0 and _DOTTED_LETTER.fullmatch(ws[i - 1][2]) and ws[i][0] - ws[i - 1][1] <= 1 and k - i < 4:
        i -= 1
    if i == k or ws[k][0] != ws[k - 1][1] + 1:
        return k
    if i > 0 and ws[i][0] == ws[i - 1][1]:
        return k  # glued to the word before: a sentence's last word and its full stop, no initial
    return i


def dotted_initials(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 33: initials written as letter names with a full stop right before a PER span are part of the name
    (`मुख्यमंत्री पी. विजयन`, `डीजीपी एच.सी. अवस्थी`, `एम. एल. तहलियानी`), and a PER span ending one space before
    them joins it as the given name (`जॉर्ज डब्ल्यू. बुश`, `हारिश एम. खान`): translated and native news both write
    them so, and the model leaves them out. Untagged letters only; curated spans stay. Second review of round 33: a
    single letter is a sentence's last word as often (`ग्रुप एफ. रमेश`, `विटामिन डी. रमेश`): it is an initial only
    after a title or role (`मुख्यमंत्री पी. विजयन`), punctuation, the sentence's start or a tagged PER, and `के.`,
    `जी.` (`उम्र के.`, `मोदी जी.`) not after a PER. Once per document (at its first dotted run), a set of (sentence,
    offset) under a span and the PER spans by (sentence, end) (review: no scan of the sentence's mentions per PER)."""
    index = _word_index(words)
    covered: set[tuple[int, int]] | None = None  # (sentence, offset) under a span; built at the first dotted run
    per_end: dict[tuple[int, int], Mention] = {}  # (sentence, end) -> a PER span ending there
    drop: set[int] = set()
    add = []
    for m in ents:
        if m.label != "PER" or (m.start, m.end) in keep:
            continue
        k = index.get((m.sent_idx, m.start))
        ws = words.get(m.sent_idx, [])
        if k is None or k == 0:
            continue
        i = _dotted_run(ws, k)
        if i == k:
            continue
        if covered is None:
            covered = {(o.sent_idx, o.start + j) for o in ents for j in range(o.end - o.start)}
            per_end = {(o.sent_idx, o.end): o for o in ents if o.label == "PER" and (o.start, o.end) not in keep}
        if any((m.sent_idx, o) in covered for w in ws[i:k] for o in range(w[0], w[1])):
            continue  # no dotted letters, or a span on them
        start = ws[i][0]
        before = per_end.get((m.sent_idx, ws[i - 1][1])) if i > 0 and ws[i][0] == ws[i - 1][1] + 1 else None
        if i == k - 1 and i > 0 and not (fold(ws[i - 1][2]) in TITLES_ROLES or not _RX_LETTER.search(ws[i - 1][2])
                                         or (before is not None and fold(ws[i][2]) not in _DOTTED_AMBIGUOUS)):
            continue  # a single letter after another word: a sentence's last word (`ग्रुप एफ.`, `उम्र के.`)
        if before is not None:
            start = before.start
            drop.add(id(before))
        drop.add(id(m))
        add.append(_span(sents[m.sent_idx], m, start, m.end))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


def _acronym_word(w: str) -> bool:
    """A Latin capital acronym (`ABC`, `BBC`) or a Devanagari letter-name acronym (`बीबीसी`, `एबीसी`)."""
    if _LATIN_ACRONYM.fullmatch(w):
        return True
    letters = latin_acronym(w)
    return bool(letters) and len(letters) >= 2


def acronym_services(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 33: a one-word ORG that is a news broadcaster's or agency's acronym (the lexicon's media_acronyms.txt,
    second review of round 33: not `सीबीएसई उर्दू का पेपर`, `WHO भारत में`) (`BBC`, `बीबीसी`, `ABC`) right before a service word of the
    lexicon's media_services.txt (`रेडियो`, `न्यूज़`, `हिन्दी`; a channel number may follow: `बीबीसी रेडियो 4`),
    with no more name words after it (review: `बीबीसी रेडियो डर्बी`, `यूएन इंटरनेशनल चिल्ड्रन इमरजेंसी फंड` are
    left alone), or a Latin acronym before a KB country or continent followed by a case marker (`ABC ऑस्ट्रेलिया
    की`; review: not before a comma, `WHO अफ्रीका, पूर्वी यूरोप`, nor a Devanagari acronym, `एडीबी भारत की`) is one
    ORG over both: the broadcaster's service or the body's country edition, as the spec's gold writes
    them (`बीबीसी हिन्दी`, `बीबीसी रेडियो 4`). The word after may carry a one-word LOC/ORG span, no other. A curated
    acronym or country (the gazetteer's `ABC`, `ऑस्ट्रेलिया`) becomes part of the longer name, as `article_titles`
    takes a curated title into `द [एक्सप्रेस ट्रिब्यून]`."""
    index = _word_index(words)
    starts = {(m.sent_idx, m.start): m for m in ents}
    covered = _chars_covered(ents)
    drop: set[int] = set()
    add = []
    for m in ents:
        if m.label != "ORG":
            continue
        k = index.get((m.sent_idx, m.start))
        ws = words.get(m.sent_idx, [])
        if k is None or k + 1 >= len(ws) or ws[k][1] != m.end or not _acronym_word(ws[k][2]) \
                or fold(ws[k][2]) not in lex.media_acronyms or ws[k + 1][0] != m.end + 1:
            continue
        nxt, fn = ws[k + 1], fold(ws[k + 1][2])
        on_next = starts.get((m.sent_idx, nxt[0]))
        if (m.sent_idx, nxt[0]) in covered and not (on_next and on_next.end == nxt[1] and on_next.label in ("LOC", "ORG")):
            continue
        end = None
        if fn in lex.media_services:
            end, j = nxt[1], k + 2
            if j < len(ws) and SERVICE_NUMBER.fullmatch(ws[j][2]) and ws[j][0] - end <= 1 \
                    and (m.sent_idx, ws[j][0]) not in covered:
                end, j = ws[j][1], j + 1  # `रेडियो 4`, `रेडियो4`: the channel's number (a NUM on it loses to the name)
            if j < len(ws) and _RX_LETTER.search(ws[j][2]) and fold(ws[j][2]) not in SERVICE_AFTER:
                end = None  # more name words follow (`बीबीसी रेडियो डर्बी`, `यूएन इंटरनेशनल चिल्ड्रन ...`)
            elif j == k + 2 and fn in SERVICE_LANGUAGES and j < len(ws) and fold(ws[j][2]) == fold("में"):
                end = None  # the language itself (`हिंदी में पूछताछ`)
        elif _LATIN_ACRONYM.fullmatch(ws[k][2]) and k + 2 < len(ws) and fold(ws[k + 2][2]) in EDITION_AFTER \
                and not (k + 3 < len(ws) and fold(ws[k + 3][2]) in EDITION_NOT_BEFORE):
            place = place_of(nxt[2], lex)
            if place is not None and place.kind in ("country", "territory"):
                end = nxt[1]
        if end is None:
            continue
        drop.update(id(o) for o in (m, on_next) if o is not None)
        add.append(_span(sents[m.sent_idx], m, m.start, end, "ORG"))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 33: case markers after which a short word is a noun, never the verb it may also spell (`ली` "took": `ले ली है`)
SHORT_SURNAME_AFTER = frozenset(fold(w) for w in "ने का की के को से".split())


def _short_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A Devanagari word shorter than the propagation takes that the training data saw ending a person's name
    (`ली`), no case marker, postposition or honorific (`जी`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI.fullmatch(w) or len(fw) >= p.propagate_min_chars or fw in SHORT_SURNAME_AFTER \
            or fw in POSTPOSITIONS or fw in HONORIFICS:
        return False
    st = _stats(w, lex)
    return st is not None and st.n_per > 0 and st.n_end > 0


def short_surnames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 33: the last word of a full PER name of the story that is shorter than the propagation takes
    (`propagate_min_chars`: `ली` of `काई-फू ली`, `मा` of `जैक मा`) is that person alone where it stands untagged
    right before a case marker (`ली ने बताया`, `ली के अनुसार`): Chinese and Korean surnames of translated news.
    Such a word also spells a verb or a particle (`ली` "took"), which no case marker follows. A PER span the model
    cut before such a word (`[काई-फू] ली`) takes it where the training data saw the word end a person's name and
    the story writes it alone before a case marker twice or more. Review of round 33: not after an untagged name
    word (`मोमिनुल हक़ ने` of a story with another `X हक़`): a function word, a title, a tagged span or none."""
    covered = _chars_covered(ents)
    alone: Counter = Counter()
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            if (idx, ws[j][0]) not in covered and fold(ws[j + 1][2]) in SHORT_SURNAME_AFTER:
                alone[fold(ws[j][2])] += 1
    index = _word_index(words)
    short: set[str] = set()
    out = []
    for m in ents:
        ws = words.get(m.sent_idx, [])
        k = index.get((m.sent_idx, m.end + 1)) if m.label == "PER" else None
        if k is not None and (m.sent_idx, ws[k][0]) not in covered and (m.start, m.end) not in keep \
                and alone[fold(ws[k][2])] >= 2 and _short_name_word(ws[k][2], lex, p) \
                and (k + 1 >= len(ws) or not _RX_LETTER.search(ws[k + 1][2]) or fold(ws[k + 1][2]) in SHORT_SURNAME_AFTER
                     or fold(ws[k + 1][2]) in POSTPOSITIONS):
            m = _span(sents[m.sent_idx], m, m.start, ws[k][1])
            covered.add((m.sent_idx, ws[k][0]))
        out.append(m)
        if m.label != "PER":
            continue
        mw = _words_in(ws, m)
        if len(mw) >= 2 and mw[-1][1] == m.end and _short_name_word(mw[-1][2], lex, p):
            # second review: no pronoun or `जी` (`किम जोंग उन`, `मोदी जी`): the training data never saw them end a
            # person's name. Not "no function word": UD reads `ली` as the verb "took", which is no case here
            short.add(fold(mw[-1][2]))
    if not short:
        return out
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            w = ws[j]
            if fold(w[2]) not in short or (idx, w[0]) in covered or fold(ws[j + 1][2]) not in SHORT_SURNAME_AFTER:
                continue
            if j > 0 and _RX_LETTER.search(ws[j - 1][2]) and (idx, ws[j - 1][0]) not in covered \
                    and fold(ws[j - 1][2]) not in lex.function_words and fold(ws[j - 1][2]) not in POSTPOSITIONS \
                    and fold(ws[j - 1][2]) not in TITLES:
                continue  # review: an untagged name word before it (`मोमिनुल हक़ ने`): another person's full name
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, w[0], w[1], w[2], "PER", tagger))
    return out + add if add else out


# Round 33: heads of a government body that a coordination shares (`स्वास्थ्य मंत्रालय व गृह मंत्रालय`)
COORDINATED_HEADS = frozenset(fold(w) for w in "मंत्रालय विभाग आयोग".split())
COORDINATORS = frozenset(fold(w) for w in "व और एवं तथा".split())


def coordinated_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 33 (the brief's class: the second of two coordinated bodies left untagged): an ORG ending in a body's
    head (`मंत्रालय`, `विभाग`, `आयोग`), a coordinator (`व`, `और`, `एवं`, `तथा`), one or two portfolio words of the
    lexicon's portfolios.txt and the same head again is two bodies: the second one is an ORG too (`स्वास्थ्य मंत्रालय
    व गृह मंत्रालय`, `शिक्षा विभाग और खेल विभाग`). A span that runs from the first head over the coordinator into the
    second body (the rules' `मंत्रालय व गृह मंत्रालय`, which the overlap step would let the first body beat) gives way;
    a curated one stays, and nothing else may lie on the second body's words."""
    if not lex.portfolios:
        return ents
    index = _word_index(words)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        by_sent[m.sent_idx].append(m)
    drop: set[int] = set()
    add = []
    for m in ents:
        ws = words.get(m.sent_idx, [])
        if m.label != "ORG" or not ws:
            continue
        k = _word_at(ws, m.end) - 1
        if k < 0 or ws[k][1] != m.end or fold(ws[k][2]) not in COORDINATED_HEADS or k + 3 >= len(ws) \
                or fold(ws[k + 1][2]) not in COORDINATORS:
            continue
        head = fold(ws[k][2])
        j = k + 2
        while j < len(ws) and j - (k + 2) < 2 and fold(ws[j][2]) != head and fold(ws[j][2]) in lex.portfolios:
            j += 1
        if j == k + 2 or j >= len(ws) or fold(ws[j][2]) != head:
            continue
        s, e = ws[k + 2][0], ws[j][1]
        others = [o for o in by_sent[m.sent_idx] if o is not m and o.start < e and o.end > s]
        if any((o.start, o.end) in keep or not (o.start >= ws[k][0] and o.end == e) for o in others):
            continue  # a curated span, or a span on the second body's words other than the crossing one
        if any(o.start == s and o.end == e for o in others):
            continue
        drop.update(id(o) for o in others)
        add.append(Mention(m.doc_id, m.sent_idx, s, e, sents[m.sent_idx].text[s - sents[m.sent_idx].start:
                                                                            e - sents[m.sent_idx].start], "ORG", m.tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 35: a police post (`चौकी`) or a station's glued word (`थानाध्यक्ष`, `थानाक्षेत्र`) after its place's name, in
# crime reports (`कुंडेश्वरी चौकी प्रभारी`, `सूर्या चौकी के सिपाही`, `बुनियादगंज थानाध्यक्ष`); `चौकी` names its place only
# before what follows a post's name (its officer, a postposition, `क्षेत्र`), not as a verb's object (`चौकी पार करने`)
POST_HEADS = frozenset(fold(w) for w in "चौकी".split())
POST_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in """प्रभारी इंचार्ज इंचार्जों क्षेत्र पुलिस""".split())
# Words before `चौकी`/`थाना` that are no place's name: kinds of post, demonstratives, what the post guards
POST_KINDS = STATION_KINDS | frozenset(fold(w) for w in """पुलिस जांच जाँच सुरक्षा सीमा सीमावर्ती सैन्य अस्थायी अस्थाई
    नई नयी इस उस इसी उसी किसी हर एक संबंधित संबन्धित बॉर्डर बार्डर हाईवे टोल बैरियर बाईपास नाका नाके चेक घाट
    लापरवाह तेजतर्रार कुख्यात नवनियुक्त कार्यवाहक तत्कालीन ईमानदार भ्रष्ट निलंबित बर्खास्त दोषी चर्चित""".split())
# review: a name spread to the document's other mentions only before these (not `सूर्या के पिता`), and only a word at
# most this many news articles use (a village's name, not `बॉर्डर` x20 or `टोल` x9); the same bound makes a word glued
# to `थाना` a place when no KB place has it (not an adjective: `लापरवाह थानाध्यक्ष`)
POST_SPREAD_BEFORE = frozenset(fold(w) for w in "में से पर तक".split())
POST_NAME_MAX_DOCS = 3


def _rare_post_word(w: str, lex: Lexicon) -> bool:
    """A word at most POST_NAME_MAX_DOCS news articles use (a village's or a post's name, no news vocabulary)."""
    news = lex.news.get(fold(w))
    return news is None or news.n_docs <= POST_NAME_MAX_DOCS


def station_posts(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 35: police posts and stations are named after their place (`station_police`, `station_names`), and crime
    reports write the name before a post (`चौकी`) or a word glued from `थाना` (STATION_WORDS): one untagged listed name
    word (`_listed_name_word`) right before `चौकी` + POST_AFTER or before a glued station word is that place, LOC
    (`कुंडेश्वरी चौकी प्रभारी`, `सूर्या चौकी के`, `बुनियादगंज थानाध्यक्ष`), and so are the document's other untagged
    occurrences of the word before a postposition (`कुंडेश्वरी जा रहा था` stays: only before one). Not a kind of post,
    a demonstrative or what the post guards (POST_KINDS: `जांच चौकी`, `इस चौकी`), nor after a victim's word."""
    covered = _chars_covered(ents)
    names: set[str] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k in range(1, len(ws)):
            fk = fold(ws[k][2])
            if fk in POST_HEADS:
                if k + 1 >= len(ws) or fold(ws[k + 1][2]) not in POST_AFTER:
                    continue
            elif fk not in STATION_WORDS:
                continue
            w = ws[k - 1]
            fw = fold(w[2])
            if (idx, w[0]) in covered or fw in POST_KINDS or not _listed_name_word(w[2], lex, p) \
                    or k >= 2 and fold(ws[k - 2][2]) in STATION_VISITORS or fk not in POST_HEADS \
                    and not (fw in lex.places or place_of(w[2], lex) or _rare_post_word(w[2], lex)):  # review: a place
                continue
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "LOC",
                               tagger))
            covered.update((idx, q) for q in range(w[0], w[1]))
            if _rare_post_word(w[2], lex):  # review: only a rare word spreads
                names.add(fw)
    if not add:
        return ents
    for idx, ws in words.items():
        for k in range(len(ws) - 1):
            w = ws[k]
            if fold(w[2]) in names and (idx, w[0]) not in covered and fold(ws[k + 1][2]) in POST_SPREAD_BEFORE:
                sent = sents[idx]
                add.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start],
                                   "LOC", tagger))
                covered.update((idx, q) for q in range(w[0], w[1]))
    return ents + add


# What may follow a given name closing a list item (`सरोज और संध्या का उपचार`, `राजपाल आदि थे`, `सपना (25)`)
GIVEN_LIST_TAILS = POSTPOSITIONS | frozenset(fold(w) for w in "ने आदि समेत सहित ( ।".split())


def _list_given_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """A KB given name or a person's word as a list item, though news uses it as a common word too (`सपना`, `सरोज`):
    no function, role, kinship or residence word, nor one that many news articles use (`_news_word`); a word IL-NER saw
    only outside persons' names is none (`बिजली`, `बरसात`: given names too, in the KB)."""
    fw = fold(w)
    return len(fw) >= p.propagate_min_chars and bool(_RX_DEVANAGARI_HYPHENATED.fullmatch(w)) \
        and fw not in lex.function_words and fw not in ROLES and fw not in TITLES and fw not in KINSHIP_TRIGGERS \
        and fw not in RESIDENT and fw not in COMMON_WORDS and not _news_word(w, lex, p) \
        and (fw not in lex.words or lex.words[fw].n_per > 0 and 4 * lex.words[fw].n_per >= lex.words[fw].n_ent)
    # review: IL-NER saw it as a person if at all (`बिजली`), in a quarter of its names (`कौशल` 1 of 4, not `शक्ति`)


def given_name_lists(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams) -> list[Mention]:
    """Round 35: crime and accident reports list the injured or the accused by given name alone after full names
    (`घायल श्याम कुमारी, चमेला देवी, ओम यादव, सपना, सरोज और संध्या का उपचार`), and the model loses the thread: an
    untagged list item (the two items before it end in a PER, or the item before does and the item after opens with
    one) that is one or two words (`_list_given_word`: no function, role, kinship or news word), the first a KB
    given name, the second one too or a word of the article's PER spans, and nothing after them but a postposition,
    `ने`, `आदि` or a bracket (GIVEN_LIST_TAILS) is a person. Left to right, so a found item counts for the next."""
    by_start = {(m.sent_idx, m.start): m.label for m in ents}
    by_end = {(m.sent_idx, m.end): m.label for m in ents}
    covered = _chars_covered(ents)
    per_words = {fold(w) for m in ents if m.label == "PER" for w in m.text.split()}
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        items = _list_items(ws)
        if len(items) < 3:
            continue
        starts = [by_start.get((idx, it[0][0])) if it else None for it in items]
        ends = [by_end.get((idx, it[-1][1])) if it else None for it in items]  # review: items before end in a PER
        pos = {w[0]: i for i, w in enumerate(ws)}
        sent = sents[idx]
        for k, it in enumerate(items):
            if not it or k == 0 or starts[k] is not None or ends[k] is not None:
                continue
            # review: after two persons, this item closes the list after `और` (`सरोज और पिंकी का`, `राजकपूर और
            # देवानंद को`), or the next item is empty, a person or opens with a given name; not `प्रेम और सद्भाव का
            # संदेश` (a list of nouns), `, चांदी के गहने`
            before = k >= 2 and ends[k - 1] == ends[k - 2] == "PER" and (
                fold(ws[pos[it[0][0]] - 1][2]) != "," or k + 1 < len(items) and (
                    not items[k + 1] or starts[k + 1] == "PER" or fold(items[k + 1][0][2]) in lex.given_names))
            around = k + 1 < len(items) and ends[k - 1] == "PER" and starts[k + 1] == "PER"
            if not (before or around):
                continue
            j = 0
            while j < min(len(it), 2) and (idx, it[j][0]) not in covered and _list_given_word(it[j][2], lex, p) \
                    and (fold(it[j][2]) in lex.given_names or j and fold(it[j][2]) in per_words):
                j += 1
            if not j or fold(it[0][2]) not in lex.given_names \
                    or j < len(it) and fold(it[j][2]) not in GIVEN_LIST_TAILS:
                continue
            s, e = it[0][0], it[j - 1][1]
            add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
            covered.update((idx, i) for i in range(s, e))
            ends[k] = starts[k] = "PER"
    return ents + add if add else ents


# ------------------------------------------------------------------------------------------ round 37: places, bodies

# Round 37: heads of road junctions and crossings that native crime and accident reports name after a locality
# (`भाटपाड़ा मोड़`, `पंचकोशी चौराहा`, `डिगिहा तिराहे`, `ईएम बाईपास`): the name and its head are one place, as `कांठ रोड`
JUNCTION_HEADS = frozenset(fold(w) for w in """चौराहा चौराहे चौराहों तिराहा तिराहे तिराहों मोड़ बाईपास बायपास
    ओवरब्रिज फ्लाईओवर""".split())
# ... and what may follow the junction: a postposition, `स्थित`, a coordinator or punctuation (not a verb: `मुंह मोड़
# लिया`, `रुख़ मोड़ दिया`)
JUNCTION_AFTER = frozenset(fold(w) for w in "पर के की का से में तक को स्थित और व , . । ( ) : - – ;".split())
JUNCTION_MAX_NAME = 2  # name words before the head
MOD_TURN = fold("मोड़")  # folds as `मोड` (mode: `मल्टीप्लेयर मोड में`): the turn is written with its nukta
NUKTA = "\u093c"
# Review of round 37: the adjectives and nouns accident reports write before a bend or crossing (`अंधे मोड़ पर`,
# `घुमावदार मोड़`, `इकलौते फ्लाईओवर`, `नुक्कड़ चौराहे`): no locality's name, tagged or not; nor a word in `-दार`
# (`ढलानदार`) or a hyphenated loan (`यू-टर्न मोड़`)
JUNCTION_NOT_NAMES = frozenset(fold(w) for w in """अंधा अंधे अंधी अन्धा अन्धे घुमावदार तीखा तीखे तीखी तीव्र ढलानदार
    ढलान खतरनाक ख़तरनाक जानलेवा खूनी ख़ूनी इकलौता इकलौते इकलौती सुनसान व्यस्त नुक्कड़ संकरा संकरे संकरी
    सकरा सकरे टेढ़ा टेढ़े तेज़ तेज गलत ग़लत अगला अगले पिछला पिछले आखिरी आख़िरी अंतिम""".split())
_RX_ADJECTIVE_DAR = regex.compile(r"\p{Devanagari}+दार")


def _junction_end(ws: Sequence[Word], j: int) -> bool:
    """Round 37: the junction head at `j` ends the sentence or a postposition, `स्थित`, a coordinator or punctuation
    follows it (JUNCTION_AFTER); review: not `में` after `मोड़` (`सर्वाइवल मोड़ में`, a game's mode misspelt)."""
    if j + 1 >= len(ws):
        return True
    fa = fold(ws[j + 1][2])
    return fa in JUNCTION_AFTER and not (fa == fold("में") and fold(ws[j][2]) == MOD_TURN)


def _junction_not_name(w: str) -> bool:
    """Review of round 37: a road adjective or noun before a junction's head (JUNCTION_NOT_NAMES: `अंधे`, `तीखे`,
    `नुक्कड़`), a word in `-दार` (`घुमावदार`, `ढलानदार`) or a hyphenated loan (`यू-टर्न`): no locality."""
    return fold(w) in JUNCTION_NOT_NAMES or bool(_RX_ADJECTIVE_DAR.fullmatch(w)) or "-" in w


def junction_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: a road junction or crossing named after a locality is a place with its head (JUNCTION_HEADS:
    `भाटपाड़ा मोड़ पर`, `पंचकोशी चौराहा`, `डिगिहा तिराहे पर`): one or two untagged listed name words
    (`_listed_name_word`: no common, news, role or weekday word, so not `अहम मोड़`, `तरफ़ मोड़`) right before the head
    become one LOC with it; a one-word LOC right before the head, no country, state or region, grows over it
    (`द्वारका मोड़`, `लोलरी तिराहे`). Only where the head ends the sentence or a postposition, `स्थित`, a coordinator
    or punctuation follows it (`_junction_end`: `मुंह मोड़ लिया` is a verb); `मोड़` only with its nukta (`मल्टीप्लेयर
    मोड में` is a mode). Review: no road adjective, tagged or not (`_junction_not_name`: `अंधे मोड़`, `तीखे मोड़`,
    `घुमावदार मोड़`). Review: no name the article writes after a village head (VILLAGE_HEADS: `ग्राम लोलरी तिराहे`,
    the village `लोलरी`). Curated spans stay."""
    at = {(m.sent_idx, m.start): m for m in ents}
    ends = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    grow: dict[int, Mention] = {}
    add = []
    tagger = ents[0].tagger if ents else "refine"
    # review of round 37: a name the article writes after a village head (`ग्राम लोलरी तिराहे`) is the village's: it
    # stays the place, its junction no name of its own, there and wherever the article writes it
    villages = {fold(ws[i][2]) for ws in words.values() for i in range(1, len(ws)) if fold(ws[i - 1][2]) in VILLAGE_HEADS}
    for idx, ws in words.items():
        sent = sents[idx]
        for j in range(1, len(ws)):
            fj = fold(ws[j][2])
            if fold(ws[j - 1][2]) in villages:
                continue  # review of round 37: `ग्राम लोलरी तिराहे`: the village `लोलरी` stays the place
            if fj not in JUNCTION_HEADS or (idx, ws[j][0]) in covered or not _junction_end(ws, j):
                continue
            if fj == MOD_TURN and NUKTA not in unicodedata.normalize("NFD", ws[j][2]):
                continue  # `मल्टीप्लेयर मोड में` is a mode
            prev = ends.get((idx, ws[j - 1][1]))
            if prev is not None:
                place = place_of(prev.text, lex)
                if prev.label == "LOC" and " " not in prev.text.strip() and (prev.start, prev.end) not in keep \
                        and not _junction_not_name(prev.text.strip()) \
                        and not (place is not None and place.kind in ("country", "state", "region", "territory")):
                    s_, e_ = prev.start, ws[j][1]
                    grow[id(prev)] = replace(prev, end=e_, text=sent.text[s_ - sent.start : e_ - sent.start])
                continue
            k = j
            while k > 0 and j - k < JUNCTION_MAX_NAME and (idx, ws[k - 1][0]) not in covered \
                    and _listed_name_word(ws[k - 1][2], lex, p) and fold(ws[k - 1][2]) not in lex.function_words \
                    and fold(ws[k - 1][2]) not in JUNCTION_HEADS and not _junction_not_name(ws[k - 1][2]):
                k -= 1
            if k == j or (idx, ws[k][0]) in at:
                continue
            s_, e_ = ws[k][0], ws[j][1]
            add.append(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "LOC", tagger))
            covered.update((idx, q) for q in range(s_, e_))
    if not grow and not add:
        return ents
    return [grow.get(id(m), m) for m in ents] + add


# Round 37: short names of medical and teaching institutes that native reports write alone or before their seat
# (`पीजीआइ में भर्ती`, `एम्स ऋषिकेश रेफर`): generic news words, not taken from an article's answer
INSTITUTE_SHORT = frozenset(fold(w) for w in """एम्स पीजीआई पीजीआइ रिम्स केजीएमयू बीएचयू आईजीआईएमएस पीएमसीएच एनएमसीएच
    डीएमसीएच एसकेएमसीएच जेएनयू एएमयू आईआईटी आईआईएम एनआईटी जिपमेर""".split())
# ... the areas and police posts named after a campus (`पीजीआई थाना क्षेत्र`, Lucknow): there the word is a place
CAMPUS_AREA_AFTER = frozenset(fold(w) for w in """थाना थाने थानाक्षेत्र थानाध्यक्ष क्षेत्र इलाके इलाका इलाक़े
    चौकी कोतवाली कॉलोनी कालोनी""".split())
SEAT_KINDS_NOT = frozenset({"country", "region"})
# Review of round 37: the parts and wards of a hospital or campus that news writes after its short name (`एम्स ओपीडी
# में`, `रिम्स इमरजेंसी में`): no seat, the institute stays alone
INSTITUTE_PARTS = frozenset(fold(w) for w in """ओपीडी इमरजेंसी इमर्जेंसी आईसीयू आइसीयू ट्रॉमा ट्रामा कैंपस
    कैम्पस परिसर वार्ड प्रशासन प्रबंधन अस्पताल कॉलेज""".split())


SEAT_CASE_SHARE = 0.3  # a town the KB lacks takes a case marker after it in at least this share of its news uses
SEAT_MIN_NEWS = 3


def _seat_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 37: a town the KB lacks as an institute's seat (`ऋषिकेश` of `एम्स ऋषिकेश`): a listed name word
    (`_listed_name_word`) the training data never saw and that news writes before a case marker at least
    SEAT_CASE_SHARE of the time (`ऋषिकेश में`), as names are; not `रेफर`, `ट्रॉमा` (`एम्स ट्रॉमा सेंटर`)."""
    news = lex.news.get(fold(w)) if lex.news else None
    return _stats(w, lex) is None and news is not None and news.n >= SEAT_MIN_NEWS \
        and news.n_case >= SEAT_CASE_SHARE * news.n and _listed_name_word(w, lex, p)


def institute_seats(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: an institute's short name (INSTITUTE_SHORT: `पीजीआइ`, `एम्स`) is an organisation: tagged LOC it
    becomes ORG (`पीजीआइ में भर्ती`), unless a police area or colony follows (CAMPUS_AREA_AFTER: `पीजीआई थाना क्षेत्र`);
    right before a KB town, city or state (no country or region), a word the document tags LOC, or a town the KB lacks
    (`_seat_word`), tagged or not and not a dateline's colon nor a ward (INSTITUTE_PARTS: `एम्स ओपीडी`), the two
    are one ORG, the institute of that seat (`एम्स ऋषिकेश रेफर`, `एम्स भोपाल भेजा`), as `acronym_seats` joins letter
    acronyms; whatever spans lay on the two words alone (`एम्स` ORG, `ऋषिकेश` PER, `एम्स ऋषिकेश` PER) give way, a
    curated span of the short name alone too, as `acronym_seats` grows a curated seat. Other curated spans stay."""
    doc_places = {fold(m.text) for m in ents if m.label == "LOC"}
    by_start: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        by_start[m.sent_idx, m.start].append(m)
        by_sent[m.sent_idx].append(m)
    drop: set[int] = set()
    relabel: dict[int, Mention] = {}
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        for j, w in enumerate(ws):
            if fold(w[2]) not in INSTITUTE_SHORT:
                continue
            on_w = by_start.get((idx, w[0]), [])
            nxt = ws[j + 1] if j + 1 < len(ws) else None
            seat_end = None
            if nxt is not None and nxt[0] == w[1] + 1 and fold(nxt[2]) not in INSTITUTE_PARTS:
                on_t = [m for m in by_start.get((idx, nxt[0]), []) if m.label == "LOC"]
                cand = [(m.end, m.text) for m in on_t] + [(nxt[1], nxt[2])]
                for end, text in cand:
                    place = place_of(text, lex)
                    if place is not None and place.kind not in SEAT_KINDS_NOT \
                            or place is None and fold(text) in doc_places or _seat_word(text, lex, p):
                        seat_end = end
                        break
            if seat_end is not None and sent.text[seat_end - sent.start : seat_end - sent.start + 2].strip()[:1] != ":":
                span = [m for m in by_sent.get(idx, []) if m.start < seat_end and m.end > w[0]]
                if any(m.start < w[0] or m.end > seat_end or (m.start, m.end) in keep and (m.start, m.end) != w[:2]
                       for m in span):
                    continue
                if any(m.label == "ORG" and m.start == w[0] and m.end == seat_end for m in span):
                    continue
                drop.update(id(m) for m in span)
                add.append(Mention(sent.doc_id, idx, w[0], seat_end, sent.text[w[0] - sent.start : seat_end - sent.start],
                                   "ORG", tagger))
                continue
            if nxt is not None and fold(nxt[2]) in CAMPUS_AREA_AFTER:
                continue
            for m in on_w:
                if m.label == "LOC" and m.end == w[1] and (m.start, m.end) not in keep:
                    relabel[id(m)] = replace(m, label="ORG")
    if not drop and not relabel and not add:
        return ents
    return [relabel.get(id(m), m) for m in ents if id(m) not in drop] + add


# Round 37: English compass words that open place names in Devanagari (`नॉर्थ कैरोलिना`, `साउथ एम्पटन`, `वेस्ट इंडीज`)
COMPASS_LOANS = frozenset(fold(w) for w in "नॉर्थ नार्थ साउथ साऊथ ईस्ट वेस्ट".split())


# ... and the verbs of speech after a speaker and `ने` (`ईस्ट वुड ने कहा`): there the "place" is a person
COMPASS_SPEECH = frozenset(fold(w) for w in "कहा कहते कहती कहना बताया बताते बताती बोले बोला बोली".split())


def _compass_person(sent: Sentence, m: Mention) -> bool:
    """Review of round 37: the context says the compass-word span is a person: a role or title right before it
    (`अभिनेता ईस्ट वुड`), or `ने` and a verb of speech right after it (`ईस्ट वुड ने कहा`)."""
    before = sent.text[: m.start - sent.start].split()[-1:]
    after = sent.text[m.end - sent.start :].split()[:2]
    return bool(before and (fold(before[0]) in ROLES or fold(before[0]) in TITLES)) \
        or len(after) == 2 and fold(after[0]) == fold("ने") and fold(after[1].rstrip("।,.")) in COMPASS_SPEECH


def compass_places(sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: a "person" of two or three words whose first word is an English compass word (COMPASS_LOANS: `नॉर्थ
    कैरोलिन`, `वेस्ट इंडीज`) is a place: no person's name opens with North, South, East or West; review: unless a role
    comes before it or `ने` and a verb of speech after it (`_compass_person`: `अभिनेता ईस्ट वुड ने कहा`). Curated spans
    stay."""
    return [replace(m, label="LOC") if m.label == "PER" and 2 <= len(ws := m.text.split()) <= 3
            and fold(ws[0]) in COMPASS_LOANS and (m.start, m.end) not in keep
            and not _compass_person(sents[m.sent_idx], m) else m for m in ents]


# Round 37: what stands around initials that tells a person: an age in brackets after the surname (`बीपी सिंह (18)`),
# or a coordinator with a person on the other side (`राहुल द्रविड़ और वीवीएस लक्ष्मण`)
INITIAL_COORDINATORS = frozenset(fold(w) for w in ", और व एवं तथा".split())
# ... and health workers' letter-name titles, which stand before a name as `एसपी` does (`ईएमटी प्रेमचंद्र`, `एएनएम
# सुनीता`): generic, not initials
HEALTH_ROLE_ACRONYMS = frozenset(fold(w) for w in "ईएमटी एएनएम जीएनएम सीएचओ एमओ बीएमओ एमपीडब्ल्यू एमपीडब्लू".split())


def _known_surname(w: str, lex: Lexicon) -> bool:
    """Round 37: a given name or a word the training data see in person names (`लक्ष्मण`, `सिंह`); not a loan it
    never saw (`टीवी कमर्शियल और सचिन`)."""
    return fold(w) in lex.given_names or _in_person_names(w, lex)


def _aged_after(ws: Sequence[Word], k: int) -> bool:
    """Round 37: `( <digits> )` right after ws[k]: a person's age (`बीपी सिंह (18)`)."""
    return k + 3 < len(ws) and ws[k + 1][2] == "(" and ws[k + 2][2].isdigit() and ws[k + 3][2] == ")"


def _listed_letters(w: str, lex: Lexicon) -> str | None:
    """`listed_initials`: the two or three letters a Devanagari word of letter names spells, where it is no office,
    title, role, function word, known organisation or KB place; else None. Once per word form."""
    memo = _memo("_listed_letters", lex)
    if w in memo:
        return memo[w]
    fa = fold(w)
    letters = None
    if not (not _RX_DEVANAGARI_ZW.fullmatch(w) or fa in OFFICE_ACRONYMS or fa in TITLES or fa in ROLES
            or fa in HEALTH_ROLE_ACRONYMS or fa in lex.function_words or (fa,) in lex.orgs
            or place_of(w, lex) is not None):
        letters = _acronym_letters(w)
        if not letters or not 2 <= len(letters) <= 3:
            letters = None
    memo[w] = letters
    return letters


def listed_initials(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: two or three letter names written as one word (`बीपी`, `वीवीएस`) right before a surname
    (`_initials_surname`: tagged PER alone, a given name, a surname of the training data) are one person where the
    context says so: an age in brackets after the surname (`घायल बीपी सिंह (18)`), or a coordinator between it and a
    tagged person (`राहुल द्रविड़ और वीवीएस लक्ष्मण`, `वीवीएस लक्ष्मण, सचिन`), there with a surname tagged PER or known
    (`_known_surname`; not `एक टीवी कमर्शियल और सचिन`). Not a health worker's title (HEALTH_ROLE_ACRONYMS: `ईएमटी`).
    `initial_names` takes only two letters
    the news seldom writes before a case marker; this evidence also takes `बीपी` (blood pressure) and three letters.
    No office, rank, title, role, function word, known organisation or KB place (`एसपी`, `डीएम`, `यूपी`). The letters
    may carry a one-word ORG or PER span and the surname a one-word PER span, which the person replaces; curated
    spans stay."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    by_end = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            a, b = ws[j], ws[j + 1]
            if b[0] > a[1] + 1:
                continue
            letters = _listed_letters(a[2], lex)
            if letters is None:
                continue
            pair = _initials_pair_spans(idx, a, b, by_start, covered, keep)
            if pair is None:
                continue
            ma, mb = pair
            if not _initials_surname(ws, j + 1, mb is not None, lex, p):
                continue
            before = j >= 2 and fold(ws[j - 1][2]) in INITIAL_COORDINATORS and \
                getattr(by_end.get((idx, ws[j - 2][1])), "label", None) == "PER"
            after = j + 3 < len(ws) and fold(ws[j + 2][2]) in INITIAL_COORDINATORS and \
                getattr(by_start.get((idx, ws[j + 3][0])), "label", None) == "PER"
            if not (_aged_after(ws, j + 1) or (before or after) and (mb is not None or _known_surname(b[2], lex))):
                continue
            drop.update(id(m) for m in (ma, mb) if m is not None)
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, a[0], b[1], sent.text[a[0] - sent.start : b[1] - sent.start], "PER",
                               tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 37: ranks of officers posted to a town, sub-division or police circle, whom native reports name with the post's
# place before their own name (`डीएसपी घुमारवीं`, `एसडीएम मनकापुर`, `एसओ सिकंदरा`); not ministers, secretaries or
# leaders (`संयुक्त सचिव पुण्य सलिला श्रीवास्तव`, `नेता ख्वाजा साद रफीद`): generic
POSTING_RANKS = frozenset(fold(w) for w in """डीएसपी एसडीएम एसडीओ एसडीपीओ एसओ एसएचओ सीओ एसपी एएसपी एडीएम बीडीओ सीडीपीओ
    तहसीलदार नायब थानाध्यक्ष थानेदार कोतवाल""".split())
# Review of round 37: the middle words of north Indian names (`पिंटू कुमार सिंह`, `गुड्डू प्रसाद यादव`): after a
# nickname the KB lacks they are no sign that it is a place
MIDDLE_NAMES = frozenset(fold(w) for w in "कुमार कुमारी प्रसाद लाल चंद चन्द नाथ".split())


def posting_towns(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: `posting_places` for a town the KB lacks (`डीएसपी घुमारवीं चंद्रपाल सिंह`): a PER span of three or
    more words right after the rank of a local posting (POSTING_RANKS: `डीएसपी`, `एसडीएम`, `एसओ`; not `सचिव`, `नेता`,
    `मंत्री`), no letter acronym (`एपीजे`), kind of place or direction (`एसपी सिटी`, `एडीसीपी पश्चिम`), whose first word
    the training data never saw (or saw only outside person
    names) and that is no given name, with a given name after it (review: no middle name, MIDDLE_NAMES, not `पिंटू
    कुमार सिंह`, `गुड्डू प्रसाद यादव`), or where the document tags that word LOC, or the rest of the span PER,
    elsewhere (`घुमारवीं में`, `चंद्रपाल सिंह ने`), is the post's place, LOC, and the person from the second word on
    (review 24: with a surname the span left out before `ने`, `_posting_name_end`). Curated spans stay."""
    out = []
    idx_of = _word_index(words)
    doc_places = {fold(m.text) for m in ents if m.label == "LOC"}
    doc_persons = {" ".join(fold(t) for t in m.text.split()) for m in ents if m.label == "PER"}
    starts = {(m.sent_idx, m.start) for m in ents}
    for m in ents:
        tokens = m.text.split()
        if m.label != "PER" or len(tokens) < 3 or (m.start, m.end) in keep:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        k = idx_of.get((m.sent_idx, m.start))
        first = fold(tokens[0])
        st = _stats(tokens[0], lex)
        if not k or k + 1 >= len(ws) or fold(ws[k - 1][2].rstrip(".")) not in POSTING_RANKS \
                or not _RX_DEVANAGARI_ZW.fullmatch(tokens[0]) or len(first) < 3 or _acronym_letters(tokens[0]) \
                or first in PLACE_KINDS or first in DIRECTIONS \
                or first in lex.given_names or st is not None and (st.n_per or not st.n_loc) \
                or first in TITLES or first in ROLES or first in lex.function_words \
                or not (fold(tokens[1]) in lex.given_names and fold(tokens[1]) not in MIDDLE_NAMES
                        or first in doc_places or " ".join(fold(t) for t in tokens[1:]) in doc_persons):
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        out.append(_span(sent, m, ws[k + 1][0], _posting_name_end(ws, m, starts, lex), "PER"))
        out.append(_span(sent, m, ws[k][0], ws[k][1], "LOC"))
    return out


def _posting_name_end(ws: Sequence[Word], m: Mention, starts: set[tuple[int, int]], lex: Lexicon) -> int:
    """Review of round 37: where the person after a posting's town ends: over one untagged surname the span left out
    before `ने` or `के अनुसार`/`के मुताबिक` (`एसओ सिकंदरा मानिक चंद्र पटेल ने`), as `titled_surnames` does for one
    word."""
    e = next((q for q, w in enumerate(ws) if w[1] == m.end), None)
    if e is None or e + 2 >= len(ws):
        return m.end
    nxt, after = ws[e + 1], ws[e + 2]
    fn = fold(nxt[2])
    agent = fold(after[2]) in AGENT_AFTER or fold(after[2]) == fold("के") and e + 3 < len(ws) \
        and fold(ws[e + 3][2]) in SOURCE_AFTER
    if not agent or (m.sent_idx, nxt[0]) in starts or not _RX_DEVANAGARI_ZW.fullmatch(nxt[2]) \
            or fn in lex.function_words or fn in TITLES_ROLES or fn in NOT_SURNAMES or fn in HONORIFICS \
            or _RX_ND.search(nxt[2]):
        return m.end
    return nxt[1]


# Round 37: national and state highways by number (`एनएच-दो`, `एनएच 28`, `राष्ट्रीय राजमार्ग 24`, `स्टेट हाईवे 9`):
# the road is a place, its number part of the name
HIGHWAY_ACRONYMS = frozenset(fold(w) for w in "एनएच एसएच".split())
HIGHWAY_WORDS = {fold("राष्ट्रीय"): fold("राजमार्ग"), fold("नेशनल"): fold("हाईवे"), fold("स्टेट"): fold("हाईवे"),
                 fold("राज्य"): fold("राजमार्ग")}
TITLE_QUOTES = frozenset("'\"‘’“”")
_RX_HIGHWAY = regex.compile(r"(एनएच|एसएच)-(\d+[ए-ह]?|\p{Devanagari}+)")


def _highway_number(w: str) -> bool:
    """Round 37: a highway's number: digits (`28`, `2ए`) or a number word (`दो`)."""
    return bool(regex.fullmatch(r"\d+[ए-ह]?", w)) or fold(w) in NUMBER_WORDS


_RX_HIGHWAY_LETTER = regex.compile(r"[\u0904-\u0939]\u093c?[\u093e-\u094c]?")  # `ए` of `2ए`, `बी` of `5बी`


def _highway_end(ws: Sequence[Word], k: int) -> int:
    """Review of round 37: where a highway's number ending at ws[k] ends: over a letter glued to its digits (`एनएच-2ए`,
    split `2` + `ए`) or over the number words after a number word (`नेशनल हाईवे एक सौ`)."""
    if regex.search(r"\d$", ws[k][2]) and k + 1 < len(ws) and ws[k + 1][0] == ws[k][1] \
            and _RX_HIGHWAY_LETTER.fullmatch(ws[k + 1][2]):
        return ws[k + 1][1]
    if fold(ws[k][2]) in NUMBER_WORDS:
        while k + 1 < len(ws) and fold(ws[k + 1][2]) in NUMBER_WORDS:
            k += 1
    return ws[k][1]


def highway_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: a highway named by its number is a place, LOC (`एनएच-दो पर`, `एनएच 28`, `राष्ट्रीय राजमार्ग 24`,
    `नेशनल हाईवे 9`): `एनएच`/`एसएच` with its number glued by a hyphen or after it, or `राष्ट्रीय राजमार्ग`, `नेशनल
    हाईवे`, `स्टेट हाईवे`, `राज्य राजमार्ग` before a number (digits or a number word; review: with a glued letter,
    `एनएच-2ए`, or all its number words, `एक सौ`: `_highway_end`); not in quotes (`'एनएच-10'`, a film) nor right
    after a work's noun (WORK_KINDS: `फिल्म एनएच 10`). Spans on those words alone give way (`एनएच` ORG); a curated
    span or one reaching beyond stays."""
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        by_sent[m.sent_idx].append(m)
    for idx, ws in words.items():
        for j, w in enumerate(ws):
            fw = fold(w[2])
            end = None
            hy = _RX_HIGHWAY.fullmatch(w[2])
            if hy and _highway_number(hy.group(2)):
                end = _highway_end(ws, j)
            elif fw in HIGHWAY_ACRONYMS and j + 1 < len(ws) and _highway_number(ws[j + 1][2]):
                end = _highway_end(ws, j + 1)
            elif fw in HIGHWAY_WORDS and j + 2 < len(ws) and fold(ws[j + 1][2]) == HIGHWAY_WORDS[fw] \
                    and _highway_number(ws[j + 2][2]):
                end = _highway_end(ws, j + 2)
            if end is None or j > 0 and fold(ws[j - 1][2]) in WORK_KINDS:
                continue  # review: `फिल्म एनएच 10 में`, a film's title unquoted
            sent = sents[idx]
            if sent.text[w[0] - sent.start - 1 : w[0] - sent.start] in TITLE_QUOTES \
                    and sent.text[end - sent.start : end - sent.start + 1] in TITLE_QUOTES:
                continue  # `'एनएच-10' जैसी फ़िल्में`: a film's title
            on = [m for m in by_sent.get(idx, []) if m.start < end and m.end > w[0]]
            if any(m.start < w[0] or m.end > end or (m.start, m.end) in keep for m in on):
                continue
            if any(m.start == w[0] and m.end == end and m.label == "LOC" for m in on):
                continue
            drop.update(id(m) for m in on)
            add.append(Mention(sent.doc_id, idx, w[0], end, sent.text[w[0] - sent.start : end - sent.start], "LOC",
                               tagger))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# Round 37: religious communities whose boards and councils carry the community's name (`शिया वक़्फ़ बोर्ड`, `सुन्नी
# सेंट्रल वक़्फ़ बोर्ड`, `हिंदू महासभा`), and the heads of such bodies: generic
COMMUNITY_WORDS = frozenset(fold(w) for w in "शिया सुन्नी हिंदू हिन्दू मुस्लिम सिख ईसाई जैन बौद्ध".split())
COMMUNITY_BODY_HEADS = frozenset(fold(w) for w in """बोर्ड परिषद कमेटी कमिटी समिति महासभा लीग संघ मंच ट्रस्ट
    काउंसिल""".split())


def community_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 37: an untagged community word (COMMUNITY_WORDS: `शिया`, `सुन्नी`) right before an organisation that ends
    in a board's or council's head (COMMUNITY_BODY_HEADS) is the first word of its name, the ORG grows over it
    (`शिया वक़्फ़ बोर्ड`, where the model or the alias file tagged `वक़्फ़ बोर्ड`), a curated span too, as
    `acronym_seats` grows a seat: whose board it is tells the Shia board from the Sunni one."""
    covered = _chars_covered(ents)
    idx_of = _word_index(words)
    out = []
    for m in ents:
        k = idx_of.get((m.sent_idx, m.start))
        tokens = m.text.split()
        if m.label != "ORG" or not k or not tokens or fold(tokens[-1]) not in COMMUNITY_BODY_HEADS:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        a = ws[k - 1]
        if a[1] + 1 != m.start or fold(a[2]) not in COMMUNITY_WORDS or (m.sent_idx, a[0]) in covered:
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        out.append(replace(m, start=a[0], text=sent.text[a[0] - sent.start : m.end - sent.start]))
    return out


# Round 37: nouns of creative works that name a title in quotes beside them (`फ़िल्म 'इश्किया'`, `सीरियल 'जोधा अकबर'`,
# `'ज़ीरो डार्क थर्टी' फिल्म`): a title is no entity (gold/dev2/README.md: products and the like), whatever its words
WORK_KINDS = frozenset(fold(w) for w in """फ़िल्म फिल्म फ़िल्मों फिल्मों फ़िल्में फिल्में गीत गाने गाना किताब पुस्तक
    उपन्यास धारावाहिक सीरियल नाटक एल्बम शो""".split())
_RX_QUOTED_TITLE = regex.compile(r"['‘]([^'‘’\n]{1,60})['’]")
WORK_TITLE_MAX_WORDS = 6


# Review of round 37: what joins quoted strings into a list (`'गांधी' और 'नेहरू' ने`), what stands before a quoted
# speech (`बोले, 'राजनाथ सिंह भी देखें'`, `कहा कि 'उद्धव ठाकरे' ...`) and what follows a role played (`'सैयद अब्दुल
# रहीम' का किरदार`): there a quoted person in a title's sentence is no title
TITLE_LIST_JOINERS = frozenset(" ".join(fold(t) for t in w.split()) for w in (",", "और", "व", "एवं", "तथा", "या",
                                                                          "के अलावा", ", और"))
QUOTE_SPEECH_BEFORE = frozenset(fold(w) for w in "कहा कहते कहती कहना बोले बोला बोली बताया पूछा लिखा कि".split())
ROLE_PLAYED = frozenset(fold(w) for w in "किरदार किरदारों भूमिका रोल".split())


def _quoted_person(text: str, start: int, end: int) -> bool:
    """Review of round 37: the quote text[start:end] (quotes included) is speech or a role played, no title: a verb of
    speech or `कि` before it (QUOTE_SPEECH_BEFORE), or `का`/`की`/`के` and a role's noun after it (ROLE_PLAYED)."""
    before = text[:start].split()[-1:]
    after = text[end:].split()[:2]
    return bool(before and fold(before[0].rstrip(",:")) in QUOTE_SPEECH_BEFORE) \
        or len(after) == 2 and fold(after[0]) in (fold("का"), fold("की"), fold("के")) and fold(after[1]) in ROLE_PLAYED


def work_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 37: the words of a creative work's title in single quotes are no entity (`फिल्म 'इश्किया' के गीत`,
    `फ़िल्म 'तनु वेड्स मनु'`, `'गंगा जमना' फ़िल्म`): a quoted string of 1 to WORK_TITLE_MAX_WORDS words with a work's
    noun (WORK_KINDS) right before the opening quote or right after the closing one is a title; so is the same string
    quoted elsewhere in the story, and any short quoted string in a sentence that quotes a title (`'इशकज़ादे' के अलावा
    'लेडीज़ वर्सेस रिकी बहल' और 'शुद्ध देसी रोमांस' में`: a list of films; review: there not an organisation, `'द
    इंटरनेशनल सेंटर ऑन नॉनवॉयलेंट कॉन्फ्लिक्ट' को भी पुरस्कार`). Review: not, without a work's noun beside it, speech
    or a role played (`_quoted_person`: `बोले, 'राजनाथ सिंह भी देखें'`, `'सैयद अब्दुल रहीम' का किरदार`), nor a list of
    quotes (joined by TITLE_LIST_JOINERS) holding a person and followed by `ने` (`'गांधी' और 'नेहरू' ने आंदोलन चलाया`).
    Mentions lying wholly inside a title's quotes go; curated spans stay."""
    # per sentence, the quotes joined into lists: (sentence, [(start, end, folded title, a work's noun beside it,
    # speech or a role played)])
    groups: list[tuple[int, list[tuple[int, int, str, bool, bool]]]] = []
    for idx, sent in sents.items():
        text = sent.text
        last_end = None
        for mt in _RX_QUOTED_TITLE.finditer(text):
            body = mt.group(1).strip()
            if not body or len(body.split()) > WORK_TITLE_MAX_WORDS:
                last_end = None
                continue
            before = text[: mt.start()].split()
            after = text[mt.end() :].split()
            kind = bool(before and fold(before[-1]) in WORK_KINDS or after and fold(after[0]) in WORK_KINDS)
            item = (sent.start + mt.start(1), sent.start + mt.end(1), " ".join(fold(body).split()), kind,
                    _quoted_person(text, mt.start(), mt.end()))
            between = " ".join(fold(t) for t in text[last_end : mt.start()].split()) if last_end is not None else None
            if between is not None and between in TITLE_LIST_JOINERS:
                groups[-1][1].append(item)
            else:
                groups.append((idx, [item]))
            last_end = mt.end()
    titles = {q[2] for _, g in groups for q in g if q[3]}
    if not titles:
        return ents
    title_sents = {idx for idx, g in groups if any(q[2] in titles for q in g)}
    persons: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        if m.label == "PER":
            persons[m.sent_idx].append(m)
    by_sent: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)  # (start, end, the title itself)
    for idx, g in groups:
        if idx not in title_sents:
            continue
        sent = sents[idx]
        after = sent.text[g[-1][1] - sent.start + 1 :].split()[:1]
        people = not any(q[3] for q in g) and bool(after) and fold(after[0]) == fold("ने") \
            and any(q[0] <= m.start and m.end <= q[1] for m in persons.get(idx, ()) for q in g)
        by_sent[idx].extend((q[0], q[1], q[2] in titles) for q in g if q[3] or not (people or q[4]))
    return [m for m in ents if (m.start, m.end) in keep
            or not any(s_ <= m.start and m.end <= e_ and (own or m.label != "ORG")
                       for s_, e_, own in by_sent.get(m.sent_idx, ()))]

# ------------------------------------------------------------------------------------------ round 36
# Translated international news: foreign firms, units of administration abroad, legislatures and parties, members.

# Round 36: the noun of a chain of shops, written after its trade (`बेकरी चेन ग्रेग्स`; trades: firm_kinds.txt)
CHAIN_WORDS = frozenset(fold(w) for w in "चेन श्रृंखला शृंखला श्रंखला".split())  # review: `श्रंखला`, 4 times in news


def chain_firms(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 36: a name right after a trade of the lexicon's firm_kinds.txt and `चेन`/`श्रृंखला` (`बेकरी चेन
    ग्रेग्स`, `कॉफी चेन स्टारबक्स`) is that chain, an ORG: a PER or LOC mention there, or a span the model ran over
    the trade and the chain word (`[बेकरी चेन ग्रेग्स]L` -> `ग्रेग्स`), with the story's other PER/LOC mentions of
    the same name (`ग्रेग्स ने कहा`: the model read the firm as a person). Not a person the story shows as one
    (`_person_in_doc`, a lexicon given name first), no KB place named by a strong source (`चेन वियतनाम`: a
    trader's name before a country), no curated span."""
    if not lex.firm_kinds:
        return ents
    index = _word_index(words)
    firms: set[str] = set()
    cut: dict[int, Mention] = {}
    shown: frozenset[str] | None = None
    for m in ents:
        if m.label not in ("PER", "LOC", "ORG") or (m.start, m.end) in keep:
            continue
        ws = words.get(m.sent_idx, [])
        k = index.get((m.sent_idx, m.start))
        if k is None:
            continue
        mw = _words_in(ws, m)
        j = next((i for i in range(len(mw) - 1) if fold(mw[i][2]) in CHAIN_WORDS), None)
        if j is not None and j >= 1 and fold(mw[j - 1][2]) in lex.firm_kinds:
            start = mw[j + 1][0]  # `[बेकरी चेन ग्रेग्स]`: the name after the chain word
        elif j is None and k >= 2 and fold(ws[k - 1][2]) in CHAIN_WORDS and fold(ws[k - 2][2]) in lex.firm_kinds \
                and m.label != "ORG":
            start = m.start
        else:
            continue
        name = m.text[start - m.start :].strip()
        toks = [fold(t) for t in name.split()]
        if shown is None:
            shown = _person_in_doc(words, ents)
        if not toks or toks[0] in lex.given_names or len(toks) == 1 and toks[0] in shown \
                or lex.strong_place(" ".join(toks)) is not None:
            continue
        firms.add(" ".join(toks))
        if start != m.start:
            cut[id(m)] = _span(sents[m.sent_idx], m, start, m.end, "ORG")
    if not firms:
        return ents
    out = []
    for m in ents:
        if id(m) in cut:
            out.append(cut[id(m)])
        elif m.label in ("PER", "LOC") and (m.start, m.end) not in keep \
                and " ".join(fold(t) for t in m.text.split()) in firms:
            out.append(replace(m, label="ORG"))
        else:
            out.append(m)
    return out


# Round 36: what follows a unit's name and makes the name no place of its own: a body or office of the unit (`इडेन
# डिस्ट्रिक्ट काउंसिल`, `किंग काउंटी शेरिफ`), or, after review, a building or club named after it (`हयात रीजेंसी होटल`,
# `सेंट मैरी पैरिश चर्च`, `एसेक्स काउंटी क्रिकेट क्लब`)
_AFTER_UNIT_NOT_PLACE = frozenset(fold(w) for w in """काउंसिल कौंसिल परिषद बोर्ड कोर्ट अदालत सरकार प्रशासन पुलिस शेरिफ
    होटल चर्च क्लब क्रिकेट स्कूल अस्पताल मॉल""".split())
# Review of round 36: what a person says or is called after a one-word name: that PER mention stays (`जैक्सन ने कहा`)
_PERSON_AFTER = frozenset(fold(w) for w in "ने नें कहा कहते कहती बताया बोले बोलीं".split()) | HONORIFICS


def _unit_name_word(w: str, lex: Lexicon) -> bool:
    """Round 36: a word that may name a place before a unit of administration abroad: a name the training data never
    saw (`_unseen_name`: `डोंगाला`), a KB place, or a word it saw mostly inside names (`किंग`); no function word,
    postposition, number or common word."""
    fw = fold(w)
    if not _RX_LETTER.search(w) or fw in lex.function_words or fw in POSTPOSITIONS or fw in COMMON_WORDS \
            or fw in ROLES or fw in TITLES or fw in CHAIN_WORDS:
        return False
    if _unseen_name(w, lex) or fw in lex.places:
        return True
    st = lex.words.get(fw)
    return st is not None and st.n_ent >= 0.5 * st.n


def _beside_name(w: str, lex: Lexicon) -> bool:
    """Round 36: an untagged word beside a unit's name that makes it part of a longer name: one the training data
    never saw (`_unseen_name`), or (review) one it saw mostly inside names (`किंग चार्ल्स`), no postposition."""
    return fold(w) not in POSTPOSITIONS and (_unseen_name(w, lex) or _unit_name_word(w, lex))


def _unit_sites(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]]
                ) -> tuple[set[tuple[str, ...]], set[tuple[int, int]], set[int], dict[tuple[int, int], Mention]]:
    """Round 36: the names right before a unit of administration abroad (`डोंगाला रीजेंसी`): their folded words, their
    sites (sent, start), the ids of the model's one-word halves that grow into a two-word name (`[लॉस]L एंजिलिस
    काउंटी`), and the words covered by a mention (without the halves' words)."""
    covered: dict[tuple[int, int], Mention] = {}
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            covered[(m.sent_idx, w[0])] = m
    names: set[tuple[str, ...]] = set()
    halves: set[int] = set()
    sites: set[tuple[int, int]] = set()  # taken whatever stands beside them
    for idx, ws in words.items():
        for j in range(1, len(ws)):
            body_after = j + 1 < len(ws) and fold(ws[j + 1][2]) in _AFTER_UNIT_NOT_PLACE
            if fold(ws[j][2]) not in lex.unit_heads or body_after:
                continue
            if (idx, ws[j][0]) in covered or not _unit_name_word(ws[j - 1][2], lex):
                continue  # `[X रीजेंसी]`: the model's span holds the head; `एक रीजेंसी`: no name
            i = j - 1
            if i >= 1 and _unit_name_word(ws[i - 1][2], lex) and fold(ws[i - 1][2]) not in lex.places:
                prev, here = covered.get((idx, ws[i - 1][0])), covered.get((idx, ws[i][0]))
                both_one = prev is here  # `पिडी जया रीजेंसी`: untagged, or one mention over both words
                # `[लॉस]L एंजिलिस काउंटी`: the model's LOC on an unseen word grows; never a person's mention (`मेयर
                # [जॉनसन]P डलास काउंटी`) or a place of its own (`[वाशिंगटन]L किंग काउंटी`: the state of the county)
                half_grows = prev is not None and here is None and (prev.start, prev.end) == ws[i - 1][:2] \
                    and (prev.start, prev.end) not in keep and prev.label == "LOC" \
                    and _unseen_name(prev.text.strip(), lex)
                if both_one or half_grows:
                    i -= 1
                if half_grows:
                    halves.add(id(prev))
                    for w in ws[i : j]:
                        covered.pop((idx, w[0]), None)
            if i == j - 1 and fold(ws[i][2]) in lex.given_names:
                continue  # a given name alone before the head: a person's (`पिडी जया` of two words stays)
            if i >= 1 and fold(ws[i - 1][2]) in LODGING_HEADS:
                continue  # review: a hotel named so (`होटल मौर्या रीजेंसी`), no unit abroad
            m = covered.get((idx, ws[i][0]))
            if m is not None and (m.start, m.end) != (ws[i][0], ws[j - 1][1]):
                continue  # a mention running over the name and beyond: the model's reading stays
            names.add(tuple(fold(w[2]) for w in ws[i:j]))
            sites.add((idx, ws[i][0]))
    return names, sites, halves, covered


def _propagate_names(words: dict[int, list[Word]], sents: dict[int, Sentence], names: set[tuple[str, ...]],
                     sites: set[tuple[int, int]], covered: dict[tuple[int, int], Mention], lex: Lexicon,
                     tagger: str) -> list[Mention]:
    """Round 36: a LOC mention for each untagged stretch of words that spells one of the names: at a site, and
    elsewhere in the story where no name word stands beside it (`बर्गर किंग`, `किंग चार्ल्स`: a longer name of its own)
    and, for a one-word name, a postposition, function word or the sentence's end follows (`ऑरेंज अलर्ट`: a word
    of its own), no person's word (`जैक्सन ने कहा`), and no trade stands before it (`बर्गर किंग`)."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in sorted(names, key=lambda n: (-len(n), n)):
        by_first[n[0]].append(n)
    add = []
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            hit = next((n for n in by_first.get(fws[i], ()) if tuple(fws[i : i + len(n)]) == n), None)
            if hit is None or any((idx, w[0]) in covered for w in ws[i : i + len(hit)]):
                i += 1  # tagged already
                continue
            e = i + len(hit)
            if (idx, ws[i][0]) not in sites:
                name_before = i > 0 and (idx, ws[i - 1][0]) not in covered and _beside_name(ws[i - 1][2], lex)
                name_after = e < len(ws) and (idx, ws[e][0]) not in covered and _beside_name(ws[e][2], lex)
                word_after = len(hit) == 1 and e < len(ws) and _RX_LETTER.search(ws[e][2]) is not None \
                    and fws[e] not in POSTPOSITIONS and fws[e] not in lex.function_words \
                    and fws[e] not in lex.unit_heads
                person_after = len(hit) == 1 and e < len(ws) and fws[e] in _PERSON_AFTER  # `जैक्सन ने कहा`
                if name_before or name_after or word_after or person_after or i > 0 and fws[i - 1] in lex.firm_kinds:
                    i += 1
                    continue
            sent = sents[idx]
            s, t = ws[i][0], ws[e - 1][1]
            add.append(Mention(sent.doc_id, idx, s, t, sent.text[s - sent.start : t - sent.start], "LOC", tagger))
            i = e
    return add


def foreign_units(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 36: one or two name words (`_unit_name_word`) right before a unit of administration abroad of the
    lexicon's unit_heads.txt (`डोंगाला रीजेंसी`, `पिडी जया रीजेंसी`, `किंग काउंटी`) name a place: the name, no
    head (the spec's span is the name), is a LOC where it stands untagged or tagged PER/ORG, and so are the story's
    other untagged or PER/ORG mentions of that name (`पालू और डोंगाला के बारे में`): the unit is the story's
    evidence. Not before a body or building of the unit (`_AFTER_UNIT_NOT_PLACE`: `इडेन डिस्ट्रिक्ट काउंसिल`,
    `हयात रीजेंसी होटल`), not after a hotel word (`होटल मौर्या रीजेंसी`), not a person the story shows as one or a
    PER mention before `ने`, a speech verb or an honorific (`जैक्सन ने कहा`), and a span that holds the head stays."""
    if not lex.unit_heads:
        return ents
    names, sites, halves, covered = _unit_sites(words, ents, lex, keep)
    if not names:
        return ents
    persons = _person_in_doc(words, ents)
    names = {n for n in names if not (len(n) == 1 and n[0] in persons)}
    index = _word_index(words)

    def said(m: Mention) -> bool:  # a PER mention a person's word follows (`जैक्सन ने`)
        k, ws = index.get((m.sent_idx, m.start)), words.get(m.sent_idx, [])
        return m.label == "PER" and k is not None and k + 1 < len(ws) and fold(ws[k + 1][2]) in _PERSON_AFTER
    out = [replace(m, label="LOC") if m.label in ("PER", "ORG") and (m.start, m.end) not in keep and not said(m)
           and tuple(fold(t) for t in m.text.split()) in names else m for m in ents if id(m) not in halves]
    add = _propagate_names(words, sents, names, sites, covered, lex, ents[0].tagger if ents else "refine")
    return out + add if add else out


def _body_at(fws: Sequence[str], i: int, body: tuple[str, ...], lex: Lexicon) -> bool:
    """Round 36: the folded words from i on spell the body: the first word as written, the others as written or, a
    word the training data never saw and no function word, by their consonant skeleton (`हाउस ऑफ रिप्रेज़न्टेटिव्स` =
    `हाउस ऑफ रिप्रेजेंटेटिव्स`; review: not `यूरोपीय सांसद`, `लेबर प्रति`), a one-word body as written (`सीनेट`)."""
    if len(fws) - i < len(body) or fws[i] != body[0]:
        return False
    return all(fws[i + k] == w or fws[i + k] not in lex.words and fws[i + k] not in lex.function_words
               and _skeleton(_token_key(fws[i + k])) == _skeleton(_token_key(w)) for k, w in enumerate(body[1:], 1))


_OF = fold("ऑफ")  # `ऑफ़` folds to it


def _name_before_body(w: str, lex: Lexicon) -> bool:
    """Review of round 36: an untagged word before a body that makes it part of a longer name: one the training data
    never saw (`_unseen_name`) or saw mostly inside names (`पीपुल्स`), no function word and no KB place (`ब्रिटेन लेबर
    पार्टी`: the body's country). Read before a body of two or more words only (`कैवेनो सीनेट`: a senator's name)."""
    fw = fold(w)
    if fw in lex.function_words or fw in POSTPOSITIONS or fw in lex.places or not _RX_LETTER.search(w):
        return False
    st = lex.words.get(fw)
    return _unseen_name(w, lex) or st is not None and st.n_ent >= 0.5 * st.n


def _take_name(over: dict[int, Mention], sent: Sentence, s: int, e: int, label: str, tagger: str,
               drop: set[int], relabel: set[int], add: list[Mention]) -> None:
    """Rounds 36 and 39: a listed name at [s, e) of sent is a `label` wherever the story writes it: the mentions of
    exactly its words take the label, the mentions on part of its words (`over`) give way to it, and where none has
    exactly its words it is added."""
    exact = [m for m in over.values() if (m.start, m.end) == (s, e)]
    if exact:
        relabel.update(id(m) for m in exact if m.label != label)
        drop.update(id(m) for m in over.values() if (m.start, m.end) != (s, e))
    else:
        drop.update(over)
        add.append(Mention(sent.doc_id, sent.sent_idx, s, e, sent.text[s - sent.start : e - sent.start], label, tagger))


def _named_edits(ents: list[Mention], drop: set[int], relabel: set[int], add: list[Mention], label: str) -> list[Mention]:
    """The mentions after _take_name's edits (`ents` itself when there are none)."""
    if not (drop or relabel or add):
        return ents
    return [replace(m, label=label) if id(m) in relabel else m for m in ents if id(m) not in drop] + add


def foreign_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 36: a legislature, chamber, caucus or party abroad of the lexicon's bodies.txt (`सेनेट`, `हाउस ऑफ
    रिप्रेजेंटेटिव्स`, `फ्रीडम कॉकस`, `यूकिप`) is an ORG wherever the story writes it: untagged (no mention on any of
    its words), tagged PER or LOC with exactly its words, or tagged in part (`[हाउस]L ऑफ [रिप्रेजेंटेटिव्स]P`: the
    parts give way to the whole). A mention that runs beyond the name stays (`[सीनेट न्यायतंत्र समिति]O`), and so
    does a curated span; a name followed by `ऑफ`, or one of two or more words after an untagged name word, is part
    of a longer name and left (review: `पीपुल्स डेमोक्रेटिक पार्टी`, `रिपब्लिकन पार्टी ऑफ इंडिया`)."""
    if not lex.bodies:
        return ents
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in sorted(lex.bodies, key=lambda n: (-len(n), n)):
        by_first[n[0]].append(n)
    on_word: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            on_word[(m.sent_idx, w[0])].append(m)
    drop: set[int] = set()
    relabel: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        i = 0
        while i < len(ws):
            hit = next((n for n in by_first.get(fws[i], ()) if _body_at(fws, i, n, lex)), None) \
                if fws[i] in by_first else None
            if hit is None:
                i += 1
                continue
            of_after = i + len(hit) < len(ws) and fws[i + len(hit)] == _OF  # `रिपब्लिकन पार्टी ऑफ इंडिया`
            name_before = len(hit) >= 2 and i > 0 and not on_word.get((idx, ws[i - 1][0])) \
                and _name_before_body(ws[i - 1][2], lex)
            if of_after or name_before:
                i += 1  # review: part of a longer name (`पीपुल्स डेमोक्रेटिक पार्टी`): the whole or nothing
                continue
            s, e = ws[i][0], ws[i + len(hit) - 1][1]
            over = {id(m): m for w in ws[i : i + len(hit)] for m in on_word.get((idx, w[0]), ())}
            if any(m.start < s or m.end > e or (m.start, m.end) in keep for m in over.values()):
                i += 1  # a span beyond the name (`सीनेट न्यायतंत्र समिति`) or a curated one: the model's reading
                continue
            _take_name(over, sents[idx], s, e, "ORG", tagger, drop, relabel, add)
            i += len(hit)
    return _named_edits(ents, drop, relabel, add, "ORG")


# Round 36: a member of a legislature, in the Latin or letter-name acronym translated news keeps (`टोरी एमपी`, `के MP`)
MEMBER_ACRONYMS = frozenset(fold(w) for w in "MP MPs MPओं एमपी".split())
# ... after a party word of UK and Commonwealth news (`टोरी`, `लेबर`) or a genitive (`वेलिंगबोरो के MP`, `खुद के MP`)
MEMBER_PARTIES = frozenset(fold(w) for w in """टोरी लेबर कंज़र्वेटिव कंजर्वेटिव कंज़रवेटिव लिबरल डेमोक्रेट SNP
    एसएनपी यूकिप UKIP ग्रीन""".split())
# Review of round 36: after a genitive only the Latin forms are members (`वेलिंगबोरो के MP`) ...
MEMBER_LATIN = frozenset(fold(w) for w in "MP MPs MPओं".split())
# ... and `एमपी` before these (`के एमपी ने`, `के एमपी या सांसद`) or a PER name; anything else is Madhya Pradesh
# (`कांग्रेस के एमपी प्रभारी`, `भाजपा के एमपी अध्यक्ष`, `मध्य भारत के एमपी और छत्तीसगढ़`)
_MEMBER_AFTER = frozenset(fold(w) for w in "ने या".split())


def member_acronyms(words: dict[int, list[Word]], ents: list[Mention],
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 36: a one-word mention `MP`/`एमपी` (member of parliament) right after a party word of UK news
    (`टोरी एमपी`, `लेबर MP`) or a genitive (`वेलिंगबोरो के MP`, `मई के खुद के MP में से`), or right before `या
    सांसद`, is a post, no organisation or place: dropped. `यूपी और एमपी में` (Madhya Pradesh) has neither. Review:
    after a genitive only the Latin form, or `एमपी` before `ने`/`या` or a PER name (`कांग्रेस के एमपी प्रभारी`: the
    state)."""
    index = _word_index(words)
    per_at = {(m.sent_idx, m.start) for m in ents if m.label == "PER"}
    drop = set()
    for m in ents:
        if m.label not in ("ORG", "LOC", "PER") or fold(m.text.strip()) not in MEMBER_ACRONYMS \
                or (m.start, m.end) in keep:
            continue
        ws = words.get(m.sent_idx, [])
        k = index.get((m.sent_idx, m.start))
        if k is None:
            continue
        before = fold(ws[k - 1][2]) if k >= 1 else ""
        after = [fold(w[2]) for w in ws[k + 1 : k + 3]]
        after_gen = before in GENITIVES and (
            fold(m.text.strip()) in MEMBER_LATIN or bool(after) and after[0] in _MEMBER_AFTER
            or k + 1 < len(ws) and (m.sent_idx, ws[k + 1][0]) in per_at)
        if before in MEMBER_PARTIES or after_gen or after == [fold("या"), fold("सांसद")]:
            drop.add(id(m))
    return [m for m in ents if id(m) not in drop] if drop else ents


# Round 36: the positions of a team's player that translated sports news writes right after the team, before the
# player's name (`टेनेसी स्टेट टाइगर्स लाइनबैकर क्रिस्टियन एबरक्रॉम्बी`): American football, football, baseball, cricket
PLAYER_POSITIONS = frozenset(fold(w) for w in """लाइनबैकर क्वार्टरबैक कॉर्नरबैक रनिंगबैक टेलबैक फुलबैक रिसीवर लाइनमैन
    किकर पंटर गोलकीपर स्ट्राइकर डिफेंडर मिडफील्डर मिडफ़ील्डर फॉरवर्ड फ़ॉरवर्ड विंगर पिचर कैचर शॉर्टस्टॉप आउटफील्डर
    बल्लेबाज गेंदबाज विकेटकीपर ऑलराउंडर""".split())


_NO_TEAM_WORDS = POSTPOSITIONS | frozenset(fold(w) for w in "ने सबसे".split())  # review: no word of a team's name


def position_tails(sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 36: an ORG span of two or more words ending in a player's position (PLAYER_POSITIONS) is the team and
    the position run together: the position is cut off (`टेनेसी स्टेट टाइगर्स लाइनबैकर` -> `टेनेसी स्टेट
    टाइगर्स`); the spec's span is the team's name. Review: not where a postposition or `सबसे` stays in the span
    (`भारत के सबसे अच्छे बल्लेबाज`: no team's name)."""
    out = []
    for m in ents:
        toks = list(_RX_NON_SPACE.finditer(m.text))
        if m.label != "ORG" or len(toks) < 2 or (m.start, m.end) in keep \
                or fold(toks[-1].group()) not in PLAYER_POSITIONS \
                or any(fold(t.group()) in _NO_TEAM_WORDS for t in toks[:-1]):
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, m.start, m.start + toks[-2].end()))
    return out


# Round 38: heads of bodies named after a person, a place or another body (`एन सी सक्सेना कमेटी`, `महिंद्रा ग्रुप`,
# `रेड क्रॉस सोसायटी`, `कांग्रेस कमेटी`); `कंपनी` and `मेमोरियल` are left (`नंदन कंपनी के चेयरमैन`: a subject, then the
# noun; a memorial lecture is an event)
NAME_BODY_HEADS = frozenset(fold(w) for w in """कमेटी कमिटी समिति सोसायटी सोसाइटी फाउंडेशन फ़ाउंडेशन ट्रस्ट एसोसिएशन
एसोशिएशन ग्रुप क्लब यूनियन काउंसिल इंस्टीट्यूट इंस्टिट्यूट""".split())
# a party's level before its committee is part of the name (`अखिल भारतीय कांग्रेस कमेटी`, `जिला कांग्रेस कमेटी`)
NAME_BODY_LEVELS = frozenset(fold(w) for w in "प्रदेश जिला ज़िला शहर महानगर भारतीय".split())
NAME_BODY_ALL = fold("अखिल")
# Review of round 38: what follows a body's name (`महिंद्रा ग्रुप के`, `मोहन बागान क्लब ने`); a verb's object or a
# compound goes on (`रोनाल्डो क्लब छोड़ेंगे`, `ग्रुप कैप्टन`, `ग्रुप बी`, `वुहान यूनियन अस्पताल`)
NAME_BODY_NEXT = POSTPOSITIONS | frozenset(fold(w) for w in "ने और द्वारा".split())
# chat platforms' groups are no bodies (`व्हाट्सऐप ग्रुप में`)
NAME_BODY_PLATFORMS = frozenset(fold(w) for w in """व्हाट्सऐप व्हाट्सएप व्हाट्सअप व्हॉट्सऐप व्हॉट्सएप वॉट्सऐप वॉट्सएप
फेसबुक फ़ेसबुक टेलीग्राम टेलिग्राम इंस्टाग्राम सिग्नल""".split())
NAME_BODY_UNION = fold("यूनियन")


def name_body_heads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    keep: frozenset[tuple[int, int]] = frozenset(), lex: Lexicon | None = None) -> list[Mention]:
    """Round 38: a PER/LOC/ORG mention right before an untagged body head (NAME_BODY_HEADS: `कमेटी`, `ग्रुप`,
    `सोसायटी`, `फाउंडेशन`), one space between, names that body: one ORG over both (`एन सी सक्सेना कमेटी`, `महिंद्रा
    ग्रुप के चेयरमैन`, `भारतीय रेड क्रॉस सोसायटी`); an ORG grows over the untagged party level before it too
    (`अखिल भारतीय कांग्रेस कमेटी`). Curated spans stay. Review: only where the name ends, the head followed by
    NAME_BODY_NEXT or punctuation (not `ग्रुप कैप्टन`, `रोनाल्डो क्लब छोड़ेंगे`); no chat platform's group, no country's
    LOC (KB kind) before a head, no LOC before `यूनियन` (`सोवियत यूनियन`)."""
    covered = _chars_covered(ents)
    idx_of = _word_index(words)
    out = []
    for m in ents:
        k = idx_of.get((m.sent_idx, m.start))
        if (m.start, m.end) in keep or k is None:
            out.append(m)
            continue
        ws = words[m.sent_idx]
        j = k
        while j < len(ws) and ws[j][1] < m.end:
            j += 1
        if j + 1 >= len(ws) or ws[j][1] != m.end or ws[j + 1][0] != m.end + 1:
            out.append(m)
            continue
        h = ws[j + 1]
        if fold(h[2]) not in NAME_BODY_HEADS or (m.sent_idx, h[0]) in covered:
            out.append(m)
            continue
        sent = sents[m.sent_idx]
        after = sent.text[h[1] - sent.start :]
        nxt = ws[j + 2] if j + 2 < len(ws) else None
        if after[:1].isspace() and nxt is not None and nxt[0] == h[1] + 1 and fold(nxt[2]) not in NAME_BODY_NEXT \
                or after[:1] == "-":  # a word goes on (`ग्रुप-बी`): no name's end
            out.append(m)
            continue
        place = lex.places.get(" ".join(fold(m.text).split())) if lex is not None else None
        if fold(m.text.split()[-1]) in NAME_BODY_PLATFORMS or m.label == "LOC" and (
                fold(h[2]) == NAME_BODY_UNION or place is not None and place.kind == "country"):
            out.append(m)  # a chat group, a country (`सोवियत यूनियन`, `पाकिस्तान क्लब`, `चीन समिति`)
            continue
        start = m.start
        if m.label == "ORG":  # the party's level before it: `जिला`, `प्रदेश`, `भारतीय`, `अखिल भारतीय`
            i = k - 1
            if i >= 0 and ws[i][1] + 1 == m.start and fold(ws[i][2]) in NAME_BODY_LEVELS \
                    and (m.sent_idx, ws[i][0]) not in covered:
                start = ws[i][0]
                if i and ws[i - 1][1] + 1 == start and fold(ws[i - 1][2]) == NAME_BODY_ALL \
                        and (m.sent_idx, ws[i - 1][0]) not in covered:
                    start = ws[i - 1][0]
        out.append(replace(m, start=start, end=h[1], label="ORG", text=sent.text[start - sent.start : h[1] - sent.start]))
    return out


# Round 40 (native reports): the heads after which two coordinated names are both places (`सिलहट और मैमनसिंह
# जिलों में`, `नया बादिक और मेरेशानी गांव`): plural units and villages; the singular `गांव` too, which Hindi shares
# between coordinated villages. Not `देशों`/`राज्यों`: their names are KB places already. Review: `जिले`, `जनपदों`,
# `प्रखण्डों`, `गावों`, `मुहल्लों`, `ग्रामों`
COORDINATED_PLACE_HEADS = frozenset(fold(w) for w in """जिलों जिलें जिले जनपदों गांवों गाँवों गावों ग्रामों गांव गाँव
    प्रांतों प्रान्तों प्रखंडों प्रखण्डों तहसीलों कस्बों मोहल्लों मुहल्लों""".split())
COORDINATED_VILLAGE_HEADS = frozenset(fold(w) for w in "गांव गाँव".split())  # singular: `मंगरू और घसीटा गांव लौटे` is no place
# Review of round 40: adjectives before a plural unit (`सूखाग्रस्त`, `सूखाप्रभावित`, `सीमावर्ती`, `पर्वतीय`)
_RX_PLACE_ADJECTIVE = regex.compile(r"\p{Devanagari}+(?:ग्रस्त|ित|वर्ती|ीय|े)")
# Review of round 40: what makes a lone word a person's (`वीना ने`, `वीना के अनुसार`, `प्रतिक कहते हैं`); a title or
# a role before it too
PERSON_SLOT_AFTER = frozenset(fold(w) for w in "अनुसार मुताबिक".split())
PERSON_SLOT_SPEECH = frozenset(fold(w) for w in "कहा कहते कहती बताया बताते बताती बोले बोला बोली बोलीं".split())


def _person_slot(ws: list[Word], i: int, idx: int, pers: set[tuple[int, int]]) -> bool:
    """Review of round 40: word i stands where a person does: before `ने` or a speech verb, before `के
    अनुसार/मुताबिक`, after a title or a role (TITLES_ROLES), coordinated with a PER mention (`pers`: the sentence and
    the start or end of each; `इशलीन और उजागर सिंह`); not `बहार जल्दी आई`, `तितली पकड़ी`."""
    nxt = [fold(w[2]) for w in ws[i + 1 : i + 3]]
    return bool(nxt and (nxt[0] == ERGATIVE or nxt[0] in PERSON_SLOT_SPEECH)
                or len(nxt) == 2 and nxt[0] == fold("के") and nxt[1] in PERSON_SLOT_AFTER
                or i and fold(ws[i - 1][2]) in TITLES_ROLES
                or len(nxt) == 2 and nxt[0] in COORDINATORS and (idx, ws[i + 2][0]) in pers
                or i >= 2 and fold(ws[i - 1][2]) in COORDINATORS and (idx, ws[i - 2][1]) in pers)


def story_given_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 40: the first word of a story's full PER name (2+ words) that IL-NER never saw (`_unseen_name`) and at most
    `story_word_max_docs` news articles use (`_rare_news_word`; an article outside the corpus: none) is that person's
    given name, however the given-names list spells it (`वीना` of `वीना मलिक`, `प्रतिक` of `प्रतिक मेहता`): its untagged
    one-word occurrences are PER. Evidence that the full name is a person's: two or three words, the others name-like and
    no role, the last a surname (`_surname_end`: not `नर्सिग ऑफिसर नरेंद्र`, `पैग़ंबर मोहम्मद`, `सूअर युआन`); not right
    after a genitive (`शब्दों की बाजीगरी`, of `बाजीगरी मुशर्रफ`), nor next to a name word (`_name_neighbour`). A KB place,
    a given name of the lists (`propagate` votes on those) stays. Review: only in a story that uses the word alone once
    where a person stands (`_person_slot`: `वीना ने`) or `story_given_min_uses` times (`वीना` x16), not a common noun as
    a first name used once (`बहार जल्दी आई`, `तितली पकड़ी`)."""
    firsts: set[str] = set()
    for m in ents:
        parts = m.text.split()
        if m.label == "PER" and 2 <= len(parts) <= 3 and (m.start, m.end) not in keep \
                and _surname_end(parts[-1], lex, p) \
                and all(_name_like(w, lex, p) and fold(w) not in ROLES for w in parts[1:]):
            fw = fold(parts[0])
            if _unseen_name(parts[0], lex) and _rare_news_word(parts[0], lex, p) and fw not in lex.places \
                    and fw not in lex.given_names:
                firsts.add(fw)
    if not firsts:
        return ents
    covered = _chars_covered(ents)
    found: list[tuple[int, Word]] = []
    pers = {(m.sent_idx, x) for m in ents if m.label == "PER" for x in (m.start, m.end)}
    slotted: set[tuple[str, str]] = set()  # (document, word) used alone in a person's slot
    uses: Counter[tuple[str, str]] = Counter()
    for idx, ws in words.items():
        for i, w in enumerate(ws):
            if fold(w[2]) in firsts and not any((idx, k) in covered for k in range(w[0], w[1])) \
                    and not (i and fold(ws[i - 1][2]) in GENITIVES) \
                    and not (i and _name_neighbour(idx, ws[i - 1], covered, lex, p)) \
                    and not (i + 1 < len(ws) and _name_neighbour(idx, ws[i + 1], covered, lex, p)):
                found.append((idx, w))
                uses[(sents[idx].doc_id, fold(w[2]))] += 1
                if _person_slot(ws, i, idx, pers):
                    slotted.add((sents[idx].doc_id, fold(w[2])))
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, w in found:
        sent = sents[idx]
        key = (sent.doc_id, fold(w[2]))
        if key in slotted or uses[key] >= p.story_given_min_uses:
            out.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "PER",
                               tagger))
    return out


def coordinated_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 40: `A और B <head>` with a plural unit or a village head (COORDINATED_PLACE_HEADS: `जिलों`, `गांवों`,
    `गांव`) names two places (`सिलहट और मैमनसिंह जिलों में`, `नया बादिक और मेरेशानी गांव`): B, one untagged name-like
    word (`_name_like`, no word of the news' vocabulary) or a LOC, and A, one untagged name-like word, or two whose
    last is one (`नया बादिक`: the story's word) are LOC. A tagged PER/ORG stays (`राम और श्याम गांव गए`: B must be a
    place or a name only the story uses when A is untagged: `_rare_news_word` or a KB place). Review: no adjective
    (`_RX_PLACE_ADJECTIVE`: `सूखाग्रस्त`, `सूखाप्रभावित`) unless a KB place; the singular `गांव` only before a
    postposition (`गांव के`, `गांव में`) or with a KB place on one side (not `मंगरू और घसीटा गांव लौटे`)."""
    covered = {(m.sent_idx, i): m for m in ents for i in range(m.start, m.end)}
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"

    def free(idx: int, w: Word) -> bool:
        return not any((idx, k) in covered for k in range(w[0], w[1]))

    def placeish(w: Word) -> bool:
        fw = fold(w[2])
        if fw in lex.places:
            return _name_like(w[2], lex, p) and not _news_word(w[2], lex, p) and fw not in lex.given_names
        return (_name_like(w[2], lex, p) and not _news_word(w[2], lex, p) and fw not in lex.given_names
                and _rare_news_word(w[2], lex, p) and not _RX_PLACE_ADJECTIVE.fullmatch(fw))

    for idx, ws in words.items():
        for j in range(3, len(ws)):
            head = fold(ws[j][2])
            if head not in COORDINATED_PLACE_HEADS or ws[j - 1][1] + 1 != ws[j][0]:
                continue
            b = ws[j - 1]
            bm = covered.get((idx, b[0]))
            if bm is not None and (bm.label != "LOC" or bm.end != b[1]):
                continue
            bs = bm.start if bm is not None else b[0]
            k = _word_at(ws, bs) - 1  # the coordinator before B
            if k < 1 or fold(ws[k][2]) not in COORDINATORS or ws[k][1] + 1 != bs or ws[k - 1][1] + 1 != ws[k][0]:
                continue
            a = ws[k - 1]
            if not free(idx, a) or not placeish(a):
                continue
            if bm is None and not placeish(b):
                continue
            if head in COORDINATED_VILLAGE_HEADS \
                    and not (j + 1 < len(ws) and fold(ws[j + 1][2]) in POSTPOSITIONS) and fold(a[2]) not in lex.places \
                    and fold(bm.text if bm is not None else b[2]) not in lex.places:
                continue  # review: `मंगरू और घसीटा गांव लौट आए`, two villagers back home
            sent = sents[idx]
            a_start = a[0]
            if k >= 2 and free(idx, ws[k - 2]) and ws[k - 2][1] + 1 == a[0] and _rare_news_word(a[2], lex, p) \
                    and fold(ws[k - 2][2]) in NEW_OLD:
                a_start = ws[k - 2][0]  # `नया बादिक`: a village named new or old
            out.append(Mention(sent.doc_id, idx, a_start, a[1], sent.text[a_start - sent.start : a[1] - sent.start], "LOC",
                               tagger))
            if bm is None:
                out.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start], "LOC",
                                   tagger))
    return out




def _name_neighbour(idx: int, w: Word, covered: set[tuple[int, int]], lex: Lexicon, p: RefineParams) -> bool:
    """Round 40 (review): a word next to a given name alone that makes it part of a longer name (`सईद जलीली`,
    `रविन्द्र कुमार सिंह`): a tagged one, a given name of the lists, a surname (`_surname_end`)."""
    return (idx, w[0]) in covered or fold(w[2]) in lex.given_names or _surname_end(w[2], lex, p)


def _surname_end(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 40: a word IL-NER saw at least `surname_min_count` times, at least `surname_min_share` of them ending a
    person's name (`मलिक`, `मेहता`, `कौर`): the surname that makes the word before it a given name (not `मोहम्मद`, which
    begins names as often)."""
    st = lex.words.get(fold(w))
    return bool(st and st.n >= p.surname_min_count and st.n_per >= p.surname_min_share * st.n
                and st.n_end >= p.surname_min_share * st.n)


def _rare_news_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 40: a word IL-NER never saw that at most `story_word_max_docs` news articles use, or none (an article
    outside the corpus). Review: counts the whole news corpus, not the story."""
    fw = fold(w)
    news = lex.news.get(fw)
    return fw not in lex.words and (news is None or news.n_docs <= p.story_word_max_docs)


NEW_OLD = frozenset(fold(w) for w in "नया नई नये नए पुराना पुरानी पुराने".split())


# Round 40: the heads of an institute, a college or a hospital named after a person (`संजय गांधी पोस्ट ग्रेजुएट
# इंस्टीट्यूट ऑफ मेडिकल साइंसेज`, `संजय गांधी स्नातकोत्तर आयुर्विज्ञान संस्थान`); generic, not read off an article.
# Review: `विवि`, `हॉस्पीटल`, `इंस्टीट्यूशन`, `विद्यालय`
PERSON_INSTITUTE_HEADS = frozenset(fold(w) for w in """इंस्टीट्यूट इंस्टिट्यूट इंस्टीच्यूट इंस्टीट्यूशन संस्थान अस्पताल
    हॉस्पिटल हास्पिटल हॉस्पीटल चिकित्सालय कॉलेज कालेज महाविद्यालय विद्यालय विश्वविद्यालय विवि यूनिवर्सिटी""".split())
# Review of round 40: common words that still belong to an institution's name between the person and the head
# (`पोस्ट ग्रेजुएट`, `गवर्नमेंट मेडिकल`); generic, not read off an article
PERSON_INSTITUTE_WORDS = INSTITUTION_MODIFIERS | frozenset(
    fold(w) for w in "पोस्ट ग्रेजुएट गवर्नमेंट स्नातकोत्तर सामान्य".split())
# Review of round 40: a victim, a patient or a post before the person: the person goes to an institution, no namesake
# (`घायल रमेश कुमार जिला अस्पताल`, `निदेशक अशोक कुमार सिंह भारतीय प्रौद्योगिकी संस्थान`); honorifics stay (`डॉ.`)
PERSON_VISITORS = STATION_VISITORS | frozenset(fold(w) for w in "मरीज मरीजों मृतक पीड़िता".split())
NAMESAKE_HONORIFICS = frozenset(fold(w) for w in "डॉ डॉ. डा. डा श्री श्रीमती स्व. स्व स्वर्गीय शहीद पंडित पं. संत स्वामी"
                        .split())
PERSON_INSTITUTE_GAP = 3  # at most this many untagged words between the person and the head (`पोस्ट ग्रेजुएट`)


def _institute_gap_head(ws: list[Word], j: int, idx: int, covered: set[tuple[int, int]], lex: Lexicon,
                        p: RefineParams) -> int | None:
    """`person_institutes`: the head word closing one to PERSON_INSTITUTE_GAP untagged words after the person's last
    word j, or None. A gap word is no function word, given name, KB place, postposition or common word (`फिलहाल`;
    review: as `_hospital_name_word`) other than an institution's word (PERSON_INSTITUTE_WORDS: `पोस्ट ग्रेजुएट`,
    `मेडिकल`); a kind of hospital (`जिला`, `सरकारी`, `सदर`) only with another gap word (`सुपर स्पेशलिटी`, `सरकारी
    सामान्य`; not `रमेश कुमार जिला अस्पताल`); no adjective in -ीय or demonym first, which opens a complete institution
    (`भारतीय आयुर्विज्ञान संस्थान`, `राजकीय महाविद्यालय`); a head right after the person ends the search (`संजय गांधी
    अस्पताल अस्पताल`)."""
    kind = False
    for g in range(1, PERSON_INSTITUTE_GAP + 2):
        i = j + g
        if i >= len(ws) or ws[i][0] != ws[i - 1][1] + 1 or (idx, ws[i][0]) in covered:
            return None
        fw = fold(ws[i][2])
        if fw in PERSON_INSTITUTE_HEADS:
            return i if g > 2 or g == 2 and not kind else None
        if g == 1 and (_RX_ADJECTIVE_END.fullmatch(fw) or _demonym(ws[i][2], lex)):
            return None  # review: a complete institution opens (`भारतीय आयुर्विज्ञान संस्थान`, `राजकीय महाविद्यालय`)
        if _kind_key(fw) in HOSPITAL_KIND_KEYS or _RX_ADJECTIVE_END.fullmatch(fw):
            kind = True
        elif fw in lex.function_words or fw in lex.given_names or fw in lex.places or fw in POSTPOSITIONS \
                or not _RX_DEVANAGARI_HYPHENATED.fullmatch(ws[i][2]) \
                or fw not in PERSON_INSTITUTE_WORDS and _common(ws[i][2], lex, p):
            return None
    return None


def _institute_org_joins(org: Mention, lex: Lexicon, keep: frozenset[tuple[int, int]]) -> bool:
    """`person_institutes`: an ORG span after the person that is the rest of the institution's name (`स्नातकोत्तर
    आयुर्विज्ञान संस्थान`): it ends in a head and opens with no given name; review: nor with a complete
    institution's opening, an adjective or a demonym (`भारतीय प्रौद्योगिकी संस्थान`, `अखिल भारतीय ...`), nor is a
    known organisation."""
    parts = org.text.split()
    first = fold(parts[0])
    return org.label == "ORG" and (org.start, org.end) not in keep and fold(parts[-1]) in PERSON_INSTITUTE_HEADS \
        and first not in lex.given_names and first != NAME_BODY_ALL and not _RX_ADJECTIVE_END.fullmatch(first) \
        and not _demonym(parts[0], lex) and tuple(fold(w) for w in parts) not in lex.orgs


def _institute_tail(ws: list[Word], last: int, idx: int, covered: set[tuple[int, int]], lex: Lexicon,
                    p: RefineParams) -> int:
    """`person_institutes`: the institution's last word from its head `last` on: `एंड` + a second head (`मेडिकल कॉलेज
    एंड हॉस्पिटल`), then `ऑफ` + up to three untagged words (`ऑफ मेडिकल साइंसेज`). Review: the longest such run a
    postposition follows (`ऑफ इंडिया में`), else the first word and the name-like words after it (`ऑफ मेडिकल
    साइंसेज पहुंचीं`: no verb)."""
    if last + 2 < len(ws) and fold(ws[last + 1][2]) in AND_WORDS and fold(ws[last + 2][2]) in PERSON_INSTITUTE_HEADS \
            and ws[last + 1][0] == ws[last][1] + 1 and ws[last + 2][0] == ws[last + 1][1] + 1 \
            and (idx, ws[last + 2][0]) not in covered:
        last += 2  # review: `मेडिकल कॉलेज एंड हॉस्पिटल`
    if not (last + 1 < len(ws) and fold(ws[last + 1][2]) in OF_WORDS and ws[last + 1][0] == ws[last][1] + 1):
        return last
    run: list[int] = []
    i = last + 2
    while i < len(ws) and i <= last + 4 and ws[i][0] == ws[i - 1][1] + 1 \
            and (idx, ws[i][0]) not in covered and fold(ws[i][2]) not in lex.function_words \
            and fold(ws[i][2]) not in POSTPOSITIONS and _RX_DEVANAGARI_HYPHENATED.fullmatch(ws[i][2]):
        run.append(i)
        i += 1
    if not run:
        return last
    for n in range(len(run), 0, -1):
        after = run[n - 1] + 1
        if after < len(ws) and ws[after][0] == ws[after - 1][1] + 1 and fold(ws[after][2]) in POSTPOSITIONS:
            return run[n - 1]
    end = run[0]
    for i in run[1:]:
        if not (_name_like(ws[i][2], lex, p) or fold(ws[i][2]) in PERSON_INSTITUTE_WORDS):
            break
        end = i
    return end


def person_institutes(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 40: a PER span of 2+ words, then one to PERSON_INSTITUTE_GAP untagged words (`_institute_gap_head`) or an
    ORG span (`_institute_org_joins`), ending in an institute's or hospital's head (PERSON_INSTITUTE_HEADS), is that
    institution named after the person: one ORG (`संजय गांधी पोस्ट ग्रेजुएट इंस्टीट्यूट`, `संजय गांधी` + `स्नातकोत्तर
    आयुर्विज्ञान संस्थान`), with `एंड` + a head and `ऑफ` + up to three words after the head (`_institute_tail`). Curated
    spans stay; the person's other mentions stay PER. Review: the PER span ends in a surname or a given name (no post:
    `माइक्रोबायोलॉजी विभागाध्यक्ष राजकीय मेडिकल कॉलेज`); no victim, patient or post right before the person
    (PERSON_VISITORS, TITLES_ROLES but NAMESAKE_HONORIFICS: `घायल रमेश कुमार`, `निदेशक अशोक कुमार सिंह`)."""
    idx_of = _word_index(words)
    starts = {(m.sent_idx, m.start): m for m in ents}
    covered = _chars_covered(ents)
    drop: set[int] = set()
    add: list[Mention] = []
    for m in ents:
        if m.label != "PER" or len(m.text.split()) < 2 or (m.start, m.end) in keep or id(m) in drop:
            continue
        tail = fold(m.text.split()[-1])
        if not (_surname_end(tail, lex, p) or tail in lex.given_names):
            continue  # review: a person's name ends the span, no post (`माइक्रोबायोलॉजी विभागाध्यक्ष`)
        k = idx_of.get((m.sent_idx, m.start))
        if k is None:
            continue
        ws = words[m.sent_idx]
        before = fold(ws[k - 1][2]) if k else ""
        if before in PERSON_VISITORS or before in TITLES_ROLES and before not in NAMESAKE_HONORIFICS:
            continue  # review: `घायल रमेश कुमार जिला अस्पताल`, `निदेशक अशोक कुमार सिंह भारतीय ...`
        j = k
        while j < len(ws) and ws[j][1] < m.end:
            j += 1
        if j >= len(ws) or ws[j][1] != m.end:
            continue
        org = starts.get((m.sent_idx, m.end + 1))
        if org is not None and _institute_org_joins(org, lex, keep):
            last = _word_at(ws, org.end) - 1
        else:
            org = None
            head = _institute_gap_head(ws, j, m.sent_idx, covered, lex, p)
            if head is None:
                continue
            last = head
        end = ws[_institute_tail(ws, last, m.sent_idx, covered, lex, p)][1]
        sent = sents[m.sent_idx]
        drop.add(id(m))
        if org is not None:
            drop.add(id(org))
        add.append(replace(m, end=end, label="ORG", text=sent.text[m.start - sent.start : end - sent.start]))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


# ------------------------------------------------------------------------------------------ round 39

def former_states(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 39: a state that no longer exists, of the lexicon's former_states.txt (v8: `सोवियत संघ`, `सोवियत
    यूनियन`, `यूगोस्लाविया`, `पूर्वी जर्मनी`), is a place, LOC, wherever the story writes it: untagged (no mention on any
    of its words), tagged PER or ORG with exactly its words, or tagged in part (`[सोवियत]L संघ`: the part gives way to
    the whole, a curated part too: `पूर्वी [पाकिस्तान]`, `ब्रिटिश [भारत]`). A mention that runs beyond the name stays
    (`[सोवियत संघ सरकार]O`), and so does a curated span of exactly the name."""
    if not lex.former_states:
        return ents
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in sorted(lex.former_states, key=lambda n: (-len(n), n)):
        by_first[n[0]].append(n)
    if not any(fold(w[2]) in by_first for ws in words.values() for w in ws):
        return ents  # most stories name none: one pass over the words, no index of the mentions
    on_word: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            on_word[(m.sent_idx, w[0])].append(m)
    drop: set[int] = set()
    relabel: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        i = 0
        while i < len(ws):
            fw = fold(ws[i][2])
            hit = next((n for n in by_first[fw] if _body_at([fold(w[2]) for w in ws[i : i + len(n)]], 0, n, lex)),
                       None) if fw in by_first else None
            if hit is None:
                i += 1
                continue
            s, e = ws[i][0], ws[i + len(hit) - 1][1]
            over = {id(m): m for w in ws[i : i + len(hit)] for m in on_word.get((idx, w[0]), ())}
            if any(m.start < s or m.end > e or (m.start, m.end) == (s, e) and (m.start, m.end) in keep
                   for m in over.values()):
                i += 1
                continue  # review: a curated part gives way (`पूर्वी [पाकिस्तान]`, `ब्रिटिश [भारत]`), the whole does not
            _take_name(over, sents[idx], s, e, "LOC", tagger, drop, relabel, add)
            i += len(hit)
    return _named_edits(ents, drop, relabel, add, "LOC")


# Round 39: the endings of Indian place names (`कृष्णापुर`, `रामगढ़`, `गांधीनगर`, `हजरतगंज`, `अहमदाबाद`): a word ending
# in one after a first word is a village or town run into a "person" (`तल्ला कृष्णापुर`), no surname to spread
_TOPONYM_ENDS = tuple(fold(w) for w in "पुर गढ़ नगर गंज बाद सीकरी गांव गाँव".split())


# Review of round 39: the heads of a place, building or firm named after a person (`नेहरू स्टेडियम`, `पटेल चौक`,
# `टाटा कंपनी`): the surname before one is the place or firm, and so is one after a firm's kind (`कंपनी डिज्नी`)
_NAMESAKE_HEADS = PERSON_INSTITUTE_HEADS | frozenset(fold(w) for w in """स्टेडियम कंपनी कंपनियों समूह ग्रुप मार्ग रोड
    चौक चौराहा भवन पार्क उद्यान नगर कॉलोनी हॉल मेमोरियल स्मारक सेतु पुल हवाई एयरपोर्ट स्टेशन बांध""".split())
_FIRM_KINDS = frozenset(fold(w) for w in "कंपनी कंपनियों फर्म ब्रांड समूह".split())
_EDGE_PUNCT = "\"'“”‘’()[],.;:!?।॥-–—"


def _next_word(sent: Sentence, end: int) -> str:
    """The folded word right after offset end in the sentence (empty at its end)."""
    rest = sent.text[end - sent.start :].split(maxsplit=1)
    return fold(rest[0].strip(_EDGE_PUNCT)) if rest else ""


def _prev_word(sent: Sentence, start: int) -> str:
    """The folded word right before offset start in the sentence (empty at its start)."""
    head = sent.text[: start - sent.start].rsplit(maxsplit=1)
    return fold(head[-1].strip(_EDGE_PUNCT)) if head else ""


def surname_relabels(ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset(),
                     sents: dict[int, Sentence] | None = None) -> list[Mention]:
    """Round 39 (document-level evidence): a one-word ORG or LOC mention that spells the last word of a person's
    full name the same story tags PER (`[क्रिस्टियन एबरक्रॉम्बी]P` ... `[एबरक्रॉम्बी]O को ऑक्सीजन दी`) is that
    person, PER. Not a KB place or a known organisation (`[जॉन केनेडी]P` ... `[केनेडी]L` of a cape stays for the
    vote), not a curated span, and not where the story also tags a longer ORG/LOC that ends in the word. Review: no
    letter-name acronym (`[कनिका पीजीआइ]P` ... `पीजीआइ` the institute) and no word with an Indian place name's ending
    (`[तल्ला कृष्णापुर]P`, `[डडूकरा फतेहपुरसीकरी]P`: a village or town read as a person). Review: nor a place or
    firm named after the person, the word before a head of _NAMESAKE_HEADS (`[नेहरू]L स्टेडियम`) or after a firm's
    kind (`कंपनी [डिज्नी]O`)."""
    last: set[str] = set()
    other_ends: set[str] = set()
    for m in ents:
        parts = m.text.split()
        if len(parts) >= 2:
            (last if m.label == "PER" else other_ends).add(fold(parts[-1]))
    if not last:
        return ents
    out = []
    for m in ents:
        fw = fold(m.text.strip())
        if (m.label in ("ORG", "LOC") and " " not in m.text.strip() and fw in last and fw not in other_ends
                and (m.start, m.end) not in keep and not place_of(m.text, lex) and (fw,) not in lex.orgs
                and not _is_latin(m.text.strip()) and not latin_acronym(m.text.strip())
                and not fw.endswith(_TOPONYM_ENDS)
                and not (sents is not None and m.sent_idx in sents
                         and (_next_word(sents[m.sent_idx], m.end) in _NAMESAKE_HEADS
                              or _prev_word(sents[m.sent_idx], m.start) in _FIRM_KINDS))):
            out.append(replace(m, label="PER"))
        else:
            out.append(m)
    return out


# Round 39: the head words that end an organisation's English name (translated news keeps it in Latin letters); not
# `News`, which ends the section labels of Hindi news sites (`Breaking News`, `Latest News`, `Bihar News`)
LATIN_ORG_HEADS = frozenset("""network research group institute university college foundation council
    association agency bank party times post journal ventures capital partners inc inc. ltd ltd. corp corp.
    corporation company airlines airways motors labs laboratories press books publishing society trust
    commission committee ministry department service services hospital school club fc united fund authority
    board bureau broadcasting channel television radio studios records pictures entertainment technologies
    systems holdings industries insurance""".split())
_LATIN_TITLE = regex.compile(r"[A-Z][A-Za-z&'.+-]*")
# Review of round 39: the small words inside an English name (`Indian Council of Medical Research`): the run goes on
# through one when a capitalised word follows
_LATIN_JOINS = frozenset("of for and & de on the".split())
# Review: a run that opens with a pronoun or number word is a headline's clause (`He Scored Three Times`), and one of
# kind words before the head alone is no name (`Civil Hospital`, `Covid Hospital`, `Birthday Party`): named_hospitals'
# rule that a kind of hospital is no name
_LATIN_CLAUSE_OPENERS = frozenset("""i he she it we they you his her its our their my your this that these those
    there here what who when how why one two three four five six seven eight nine ten""".split())
_LATIN_KINDS = frozenset("""civil district covid covid-19 general government govt private public social birthday
    city state local national central main new old community primary higher senior junior medical health education
    police""".split())  # review of round 39: `Health Department` glosses a Hindi `स्वास्थ्य विभाग`
_GLOSS_BEFORE = regex.compile(r"\p{Devanagari}[\p{M}\u200c\u200d]*\s*\(\s*$")  # `स्वास्थ्य विभाग (` before a run


def latin_org_runs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 39 (Latin token shapes): two to six capitalised Latin words in a row, the last an organisation's head
    word of LATIN_ORG_HEADS (`Fox Business Network`, `Microsoft Research`, `Kyiv International Institute`), are one
    ORG; review: the run goes on through a small word of _LATIN_JOINS (`Indian Council of Medical Research`), and one
    that opens with a pronoun or number word, or whose words before the head are all kinds (`Civil Hospital`), is
    left; so is (review of round 39) an English gloss in brackets right after Devanagari words (`विभाग (Health
    Department)`). Added where no mention touches them, or replacing the Latin-only mentions inside them (`[Microsoft]O
    Research`). A mention that reaches beyond the run, or a curated one, leaves it as it is."""
    if not any("A" <= w[2][:1] <= "Z" and w[2].lower() in LATIN_ORG_HEADS for ws in words.values() for w in ws):
        return ents  # no Latin head word in the story: one pass over the words, no index of the mentions
    on_word: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            on_word[(m.sent_idx, w[0])].append(m)
    drop: set[int] = set()
    add = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        i = 0
        while i < len(ws):
            j = i
            while j < len(ws) and ("A" <= ws[j][2][:1] <= "Z" and _LATIN_TITLE.fullmatch(ws[j][2])
                                   or j > i and ws[j][2] in _LATIN_JOINS and j + 1 < len(ws)
                                   and "A" <= ws[j + 1][2][:1] <= "Z" and _LATIN_TITLE.fullmatch(ws[j + 1][2])):
                j += 1
            if j == i:
                i += 1
                continue
            run = ws[i:j]
            low = [w[2].lower() for w in run]
            joined = i >= 1 and ws[i - 1][2] in _LATIN_JOINS  # review: the tail of a longer name (`... of Medical Research`)
            i = j
            if not 2 <= len(run) <= 6 or low[-1] not in LATIN_ORG_HEADS or low[0] in LATIN_ORG_HEADS or joined \
                    or low[0] in _LATIN_CLAUSE_OPENERS or all(w in _LATIN_KINDS for w in low[:-1]):
                continue
            s, e = run[0][0], run[-1][1]
            sent = sents[idx]
            if _GLOSS_BEFORE.search(sent.text[max(0, s - sent.start - 12) : s - sent.start]) \
                    and sent.text[e - sent.start :].lstrip().startswith(")"):
                continue  # review: an English gloss in brackets of the Hindi words before it (`विभाग (Health Department)`)
            over = {id(m): m for w in run for m in on_word.get((idx, w[0]), ())}
            if any(m.start < s or m.end > e or (m.start, m.end) in keep or m.label not in ENTITY
                   for m in over.values()) or any(m.start == s and m.end == e for m in over.values()):
                continue
            drop.update(over)
            add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    if not (drop or add):
        return ents
    return [m for m in ents if id(m) not in drop] + add


def _unseen_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 39: a Devanagari word that could be a name the KB lacks (a school's, a town's): no function word, not
    common in the training data or the news, no given name, at least three letters."""
    fw = fold(w)
    return bool(len(w) >= 3 and not w.isascii() and regex.fullmatch(r"\p{Devanagari}+", w)
                and fw not in lex.function_words and fw not in lex.given_names and not _common(w, lex, p)
                and not _news_word(w, lex, p) and (fw,) not in lex.orgs)


_PLACE_OPENERS = frozenset(fold(w) for w in "न्यू सैन सेंट लॉस लास".split())  # `न्यू ऑर्लियंस`, `सैन एंटोनियो`
# Review of round 39: the words of a sports story (`वैंडरबिल्ट कमोडोर से हारे`, `थंडर ने मैच जीता`); a nickname of
# _TEAM_AMBIGUOUS after untagged words, or alone, is a team only in a sentence with one
_SPORT_CUES = frozenset(fold(w) for w in """मैच मैचों लीग खिलाड़ी खिलाड़ियों कोच सीजन सीज़न एनबीए एनएफएल एनएचएल टीम
    गेम खेल खेले खेला खेली खेलते खेलने हारे हारी हार हराया हराकर जीत जीता जीती जीते प्लेऑफ फाइनल स्कोर बास्केटबॉल
    फुटबॉल बेसबॉल हॉकी टूर्नामेंट चैंपियनशिप""".split())
_TEAM_AMBIGUOUS = frozenset((fold(w),) for w in "जैज़ जैज थंडर कमोडोर कमोडोर्स".split())  # music, weather, a rank
# Review: an event, genre or venue word after the nickname (`शिलांग जैज़ महोत्सव`), or a film or an operation before
# the name (`फिल्म ट्रॉपिक थंडर`, `ऑपरेशन रोलिंग थंडर`): no team
_TEAM_NOT_AFTER = frozenset(fold(w) for w in """फेस्टिवल फ़ेस्टिवल महोत्सव उत्सव संगीत संगीतकार संगीतकारों क्लब बैंड
    कॉन्सर्ट समारोह स्टॉर्म""".split())
_TEAM_NOT_BEFORE = frozenset(fold(w) for w in "फिल्म फ़िल्म ऑपरेशन आपरेशन अभियान".split())


def team_nicknames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 39 (sports teams): a team's nickname of the lexicon's team_nicknames.txt (v8: `जैज़`, `थंडर`,
    `कमोडोर`, `रेड सॉक्स`) right after a LOC mention of one to three words (`[यूटा]L जैज़`; with `सिटी` between,
    `[ओकलाहोमा]L सिटी थंडर`, or `[ओकलाहोमा सिटी]L थंडर`), curated or not, or after one or two untagged words no
    function, common or news word (`डलास मावेरिक्स`; for a nickname of _TEAM_AMBIGUOUS, in a sentence with a sports
    word of _SPORT_CUES: `वैंडरबिल्ट कमोडोर से हारे`), is one
    ORG with them; the nickname's untagged or LOC/PER mentions alone elsewhere in the story are the team too (`जैज़ का
    गेम`; one of _TEAM_AMBIGUOUS only beside a sports word). Review: not before an event, genre or venue word (`शिलांग जैज़
    महोत्सव`) nor after `फिल्म`/`ऑपरेशन` (`ऑपरेशन रोलिंग थंडर`). A curated nickname, or one already inside an ORG,
    is left."""
    if not lex.team_nicknames:
        return ents
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in sorted(lex.team_nicknames, key=lambda n: (-len(n), n)):
        by_first[n[0]].append(n)
    if not any(fold(w[2]) in by_first for ws in words.values() for w in ws):
        return ents  # most stories name no team: one pass over the words, no index of the mentions
    on_word: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            on_word[(m.sent_idx, w[0])].append(m)
    city = fold("सिटी")
    drop: set[int] = set()
    add = []
    nicks: set[tuple[str, ...]] = set()
    inside: set[tuple[int, int]] = set()
    tagger = ents[0].tagger if ents else "refine"

    def place_before(idx: int, ws: list[Word], k: int) -> Mention | None:
        """The one LOC mention of one to three words that ends at word k (a curated one gives way); else None."""
        got = on_word.get((idx, ws[k][0]), ())
        if len(got) == 1 and got[0].label == "LOC" and got[0].end == ws[k][1] and len(got[0].text.split()) <= 3:
            return got[0]
        return None

    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        cue = not _SPORT_CUES.isdisjoint(fws)
        for i in range(1, len(ws)):
            hit = next((n for n in by_first.get(fws[i], ()) if tuple(fws[i : i + len(n)]) == n), None)
            if hit is None:
                continue
            last = i + len(hit) - 1
            if last + 1 < len(fws) and fws[last + 1] in _TEAM_NOT_AFTER:
                continue  # review: `शिलांग जैज़ महोत्सव`, `कोलकाता जैज़ फेस्टिवल`: a festival, no team
            own = {id(m): m for w in ws[i : last + 1] for m in on_word.get((idx, w[0]), ())}
            if any(m.label == "ORG" or (m.start, m.end) != (ws[i][0], ws[last][1]) or (m.start, m.end) in keep
                   for m in own.values()):
                continue  # the nickname inside a longer span, an ORG already or a curated one: left
            k = i - 1
            before = place_before(idx, ws, k)
            if before is None and fws[k] == city and i >= 2 and (idx, ws[k][0]) not in on_word:
                k = i - 2  # review: `[ओकलाहोमा]L सिटी थंडर`; `[ओकलाहोमा सिटी]L थंडर` is found at i - 1
                before = place_before(idx, ws, k)
            if before is not None:
                s = before.start
                drop.add(id(before))
            else:
                if (idx, ws[k][0]) in on_word or k != i - 1 or hit in _TEAM_AMBIGUOUS and not cue \
                        or not _unseen_name_word(ws[k][2], lex, p) or place_of(ws[k][2], lex) is None \
                        and fws[k] in lex.words:
                    continue  # review: `जैज़`/`थंडर`/`कमोडोर` need a sports word (`फिल्म ट्रॉपिक थंडर`)
                s = ws[k][0]
                if k >= 1 and (idx, ws[k - 1][0]) not in on_word and (fws[k - 1] in _PLACE_OPENERS or _unseen_name_word(
                        ws[k - 1][2], lex, p) and fws[k - 1] not in lex.words):
                    s = ws[k - 1][0]
            h = min(_word_at(ws, s), k)  # the name's first word (by bisection)
            if any(fws[g] in _TEAM_NOT_BEFORE for g in range(max(h - 1, 0), k)):
                continue  # review: `फिल्म ट्रॉपिक थंडर`, `ऑपरेशन रोलिंग थंडर`
            drop.update(own)
            e = ws[last][1]
            sent = sents[idx]
            add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
            inside.update((idx, w[0]) for w in ws[h : last + 1])
            nicks.add(hit)
    if not add:
        return ents
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        cue = not _SPORT_CUES.isdisjoint(fws)
        for i in range(len(ws)):
            for n in nicks:
                if tuple(fws[i : i + len(n)]) != n or (idx, ws[i][0]) in inside or n in _TEAM_AMBIGUOUS and not cue \
                        or i + len(n) < len(fws) and fws[i + len(n)] in _TEAM_NOT_AFTER:
                    continue
                over = {id(m): m for w in ws[i : i + len(n)] for m in on_word.get((idx, w[0]), ())}
                s, e = ws[i][0], ws[i + len(n) - 1][1]
                if any(m.label == "ORG" or (m.start, m.end) != (s, e) or (m.start, m.end) in keep
                       for m in over.values()):
                    continue
                drop.update(over)
                sent = sents[idx]
                add.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    return [m for m in ents if id(m) not in drop] + add


# Round 41: the English plural that ends a firm's name written in Devanagari (`ऑरोरा एक्सपेडिशंस`, `मायलैब
# सॉल्यूशंस`, `डेल्टा एयरलाइंस`): `-्स`/`-ंस`/`-ीज़`/`-ीज`; a plural loan of persons or things is a common word
# (`एक्सपर्ट्स`, `रिपोर्ट्स`, `गाइडलाइंस`: IL-NER or many news articles saw it, or COMMON_LOANS holds it)
_RX_FIRM_PLURAL = regex.compile(r"(?:्स|ंस|ीज़|ीज)$")
_FIRM_ENDS = ("्स", "ंस", "ीज", "ीज़", "ीज\u093c")  # the raw endings (composed or decomposed nukta)
# Review of round 41: a plural of persons or documents the training data never saw (`सिएटल पैरेंट्स ने`, `ओकलैंड
# वॉलंटियर्स ने`, `रिपोर्ट्स के मुताबिक`) is no firm: only a firm-type plural heads one, `-शंस/-शन्स` (-tions),
# `-ीज/-ीज़` (-ies), `-िक्स` (-ics) or a company's or firm's head word; never one of _NOT_FIRM_PLURALS
_RX_FIRM_TYPE = regex.compile(r"(?:शंस|शन्स|ीज़|ीज|िक्स)$")
_FIRM_HEADS = frozenset(fold(w) for w in """होल्डिंग्स सिस्टम्स लैब्स लैबोरेटरीज वेंचर्स नेटवर्क्स
    एसोसिएट्स इंडस्ट्रीज""".split()) | COMPANY_HEADS
_NOT_FIRM_PLURALS = frozenset(fold(w) for w in """पैरेंट्स पेरेंट्स वॉलंटियर्स वालंटियर्स डॉक्टर्स डाक्टर्स ऑफिशियल्स
    ऑफिशल्स साइंटिस्ट्स स्टूडेंट्स स्टुडेंट्स वर्कर्स फैंस फैन्स प्लेयर्स गाइडलाइंस गाइडलाइन्स रिपोर्ट्स टीचर्स यूजर्स
    एक्सपर्ट्स रिसर्चर्स नर्सेज पेशेंट्स पेशेन्ट्स ऑफिसर्स लीडर्स मेंबर्स मेम्बर्स सोर्सेज सोर्सेस लेडीज बेबीज स्टडीज
    रेगुलेशंस रिकमेंडेशंस इंस्ट्रक्शंस नोटिफिकेशंस सजेशंस कंडीशंस क्रिटिक्स स्टैटिस्टिक्स पॉलिटिक्स""".split())


def _firm_plural(w: str, lex: Lexicon) -> bool:
    fw = fold(w)
    return (bool(_RX_FIRM_PLURAL.search(fw)) and fw not in _NOT_FIRM_PLURALS
            and (fw in _FIRM_HEADS or bool(_RX_FIRM_TYPE.search(fw)) and _unseen_name(w, lex)))


def _firm_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`firm_agents`: a word of a firm's name before its plural head: a word `agent_names` takes, or one IL-NER never saw
    that names a KB place as well (`ऑरोरा`, Aurora); no function word, title, role, determiner or plural oblique."""
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in lex.function_words or fw in INDEFINITE or fw in DEMONSTRATIVES \
            or fw in TITLES or fw in ROLES or _PLURAL_OBLIQUE.search(fw):
        return False
    return _agent_word(w, lex, p) > 0 or _unseen_name(w, lex) and place_of(w, lex) is not None


def firm_agents(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams) -> list[Mention]:
    """Round 41 (speakers of translated news): one or two untagged name words + an untagged English plural firm word
    IL-NER never saw (`_firm_plural`) right before a speaker cue (`ने`, `के अनुसार/मुताबिक`, `का कहना`, `कहते`:
    `_speaker_cue`) are a firm, ORG (`ऑरोरा एक्सपेडिशंस ने बताया`), and so are the story's other untagged mentions of the
    same words. `agent_names` leaves three words and reads two as a person; one word alone stays (`एक्सपर्ट्स ने`), and
    so do words after a tagged name, a determiner or another name word (the run is all the name)."""
    cand = [(idx, j + 1) for idx, ws in words.items() for j, w in enumerate(ws)
            if 1 <= j < len(ws) - 1 and w[2].endswith(_FIRM_ENDS) and _firm_plural(w[2], lex)
            and _speaker_cue(ws, j + 1, True)]  # the ending first: a C string test over the story's words
    if not cand:
        return ents  # most stories: one pass over the words
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    names: set[tuple[str, ...]] = set()
    for idx, j in cand:
        ws = words[idx]
        if (idx, ws[j][0]) in covered or (idx, ws[j - 1][0]) in covered:
            continue
        k = j - 1
        while k > 0 and j - 1 - k < 2 and (idx, ws[k - 1][0]) not in covered and _firm_name_word(ws[k - 1][2], lex, p):
            k -= 1
        if k == j - 1 or k > 0 and ((idx, ws[k - 1][0]) in covered or fold(ws[k - 1][2]) in INDEFINITE | DEMONSTRATIVES
                                    or _firm_name_word(ws[k - 1][2], lex, p)):
            continue  # no name word before the plural, or the run goes on (a longer phrase) or after a tagged name
        names.add(tuple(fold(w[2]) for w in ws[k:j]))
    if not names:
        return ents
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for i in range(len(ws)):
            for n in names:
                if tuple(fws[i : i + len(n)]) != n or any((idx, w[0]) in covered for w in ws[i : i + len(n)]):
                    continue
                s, e = ws[i][0], ws[i + len(n) - 1][1]
                sent = sents[idx]
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
                covered.update((idx, w[0]) for w in ws[i : i + len(n)])
    return out


# Round 42: the kind words of a journal or magazine (`नेचर कम्यूनिकेशंस पत्रिका`, `जर्नल नेचर जियोसाइंस`, `पत्रिका नैशनल
# रिव्यू`): no part of its name, as `अखबार` of `'मिड डे' अखबार`; the name stands right before or right after one
JOURNAL_KINDS = frozenset(fold(w) for w in "पत्रिका जर्नल मैगज़ीन मैगजीन".split())
# review: `जरनल` is as often a misspelt `जनरल` "General" (`मेजर जरनल बख्शी`, `जरनल सेक्रेटरी`): alone it is still no name
# (a journal's kind word or a rank), but no name is cut or found beside it
_JOURNAL_ALONE = JOURNAL_KINDS | {fold("जरनल")}
# review: how often a journal comes out (`एक पाक्षिक पत्रिका में`): no name, and a span of only such words is none
_JOURNAL_PERIODS = frozenset(fold(w) for w in "पाक्षिक त्रैमासिक वार्षिक अर्धवार्षिक छमाही".split())
# words that say what kind of journal it is, no name of it (`ब्रिटिश मेडिकल पत्रिका`, `मशहूर साइंस जर्नल`)
JOURNAL_GENERIC = frozenset(fold(w) for w in """मेडिकल चिकित्सा विज्ञान वैज्ञानिक साइंस साइंटिफिक समाचार न्यूज़ न्यूज
    महिला प्रसिद्ध मशहूर प्रतिष्ठित अंग्रेजी अंग्रेज़ी हिंदी हिन्दी अंतरराष्ट्रीय अंतर्राष्ट्रीय राष्ट्रीय स्थानीय कारोबारी
    प्रभावशाली व्यापारिक शोध रिसर्च फैशन फ़ैशन खेल साप्ताहिक मासिक ऑनलाइन प्रमुख जानी मानी नामक नाम""".split()) \
    | _JOURNAL_PERIODS
_JOURNAL_OF = frozenset(fold(w) for w in "ऑफ ऑफ़ आफ".split())  # `जर्नल ऑफ ...`: an English title with the word in it
_JOURNAL_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in "ने द्वारा".split())
_JOURNAL_RARE = 5  # a word IL-NER saw fewer times than this may be a journal's name word however it was tagged


def _journal_word(w: str, lex: Lexicon) -> bool:
    """`journal_names`: a word of a journal's name: capitalised Latin, or a Devanagari word IL-NER never saw or saw
    mostly in names (`नेचर`, `कम्यूनिकेशंस`, `नैशनल`); no function word, determiner, demonym or kind word."""
    if _RX_LATIN_CAPITAL.fullmatch(w):
        return True
    fw = fold(w)
    if fw in JOURNAL_KINDS or fw in JOURNAL_GENERIC or fw in lex.function_words or fw in INDEFINITE \
            or fw in DEMONSTRATIVES or not _RX_DEVANAGARI_ZW.fullmatch(w) or _demonym(w, lex):
        return False
    if fw in COMMON_WORDS or fw in COMMON_LOANS or fw in ROLES or fw in TITLES:
        return False
    st = lex.words.get(fw)
    return st is None or st.n < _JOURNAL_RARE or st.n_ent >= 0.5 * st.n  # `नेचर`: IL-NER saw it 3 times


def _journal_edge(w: str, lex: Lexicon) -> bool:
    """`journal_names`: a word before a journal's name that no name goes on over: punctuation, a function word, a
    determiner, a kind-of-journal word or demonym, or a word IL-NER saw often and seldom in names (`नतीजे`)."""
    fw = fold(w)
    if not _RX_LETTER.search(w) or fw in lex.function_words or fw in JOURNAL_GENERIC or fw in INDEFINITE \
            or fw in DEMONSTRATIVES or _demonym(w, lex):
        return True
    st = lex.words.get(fw)
    return st is not None and st.n >= _JOURNAL_RARE and st.n_ent < 0.2 * st.n


def journal_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 42 (translated and BBC science news): a journal named beside its kind word (JOURNAL_KINDS). A span that is
    the kind word alone is no name (`जरनल` LOC, `जर्नल` PER); one opening with it (not `जर्नल ऑफ`) or ending in it is
    the journal without it, ORG (`जर्नल नेचर जियोसाइंस` PER -> `नेचर जियोसाइंस`, `फोर्ब्स पत्रिका` -> `फोर्ब्स`), unless
    the rest is only kind-of-journal words (`ब्रिटिश मेडिकल जर्नल`: left). One to three untagged name words
    (`_journal_word`) right after the kind word and before a postposition or `ने`, or right before it (after a word no
    name goes on with) when a postposition or `ने` follows it, are the journal, ORG (`पत्रिका नैशनल रिव्यू में`,
    `नेचर कम्यूनिकेशंस पत्रिका के`). Review: `जरनल` (also a misspelt `जनरल`) only goes when alone; a span of
    only periodicity words (`पाक्षिक` ORG) goes; a PER keeps the kind word when the rest holds a person's name word or a
    title stands before it (`प्रदीप मैगज़ीन` the writer), and so does a span whose rest is a KB place or that
    is an organisation of the alias file (`राजस्थान पत्रिका`, `वॉल स्ट्रीट जर्नल`)."""
    if not any(fold(w[2]) in _JOURNAL_ALONE for ws in words.values() for w in ws):
        return ents  # most stories: one pass over the words
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m)
        if m.label not in ("PER", "ORG", "LOC") or (m.start, m.end) in keep or not ws:
            out.append(m)
            continue
        fws = [fold(w[2]) for w in ws]
        if len(ws) == 1 and fws[0] in _JOURNAL_ALONE or all(fw in _JOURNAL_PERIODS for fw in fws):
            continue
        rest = ws[1:] if fws[0] in JOURNAL_KINDS and fws[1] not in _JOURNAL_OF else \
            ws[:-1] if len(ws) >= 2 and fws[-1] in JOURNAL_KINDS else None
        if rest is None or not any(_journal_word(w[2], lex) for w in rest) or tuple(fws) in lex.orgs \
                or place_of(" ".join(w[2] for w in rest), lex) is not None:
            out.append(m)
            continue
        if m.label == "PER":
            sw = words.get(m.sent_idx, [])
            i = _word_at(sw, m.start) if sw else 0
            if any(_person_word(fold(w[2]), lex) for w in rest) \
                    or i > 0 and fold(sw[i - 1][2]) in TITLES and fold(sw[i - 1][2]) not in JOURNAL_GENERIC:
                out.append(m)  # review: `खेल पत्रकार प्रदीप मैगज़ीन`, `मेजर मैगज़ीन`; `वैज्ञानिक जर्नल X` is cut
                continue
        out.append(_span(sents[m.sent_idx], m, rest[0][0], rest[-1][1], "ORG"))
    covered = {(m.sent_idx, w[0]) for m in out for w in _words_in(words.get(m.sent_idx, []), m)}
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for j, fw in enumerate(fws):
            if fw not in JOURNAL_KINDS or (idx, ws[j][0]) in covered:
                continue
            run = None
            k = j + 1
            while k < len(ws) and k - j <= 3 and (idx, ws[k][0]) not in covered and _journal_word(ws[k][2], lex):
                k += 1
            if k > j + 1 and k < len(ws) and fws[k] in _JOURNAL_AFTER:
                run = (j + 1, k)  # `पत्रिका नैशनल रिव्यू में`
            elif j + 1 < len(ws) and fws[j + 1] in _JOURNAL_AFTER:
                i = j
                while i > 0 and j - i < 3 and (idx, ws[i - 1][0]) not in covered and _journal_word(ws[i - 1][2], lex):
                    i -= 1
                if i < j and (i == 0 or (idx, ws[i - 1][0]) not in covered and _journal_edge(ws[i - 1][2], lex)):
                    run = (i, j)  # `नेचर कम्यूनिकेशंस पत्रिका के`
            if run is None:
                continue
            s, e = ws[run[0]][0], ws[run[1] - 1][1]
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
            covered.update((idx, w[0]) for w in ws[run[0] : run[1]])
    return out


# Round 42: the head words of an award's name (`ऑस्कर अवॉर्ड`, `लियोपर्ड क्लब अवॉर्ड`, `गोल्डन ग्लोब पुरस्कार`): an
# award is no entity (SPEC: persons, organisations, places), nor is the name before its head
AWARD_HEADS = frozenset(fold(w) for w in "अवॉर्ड अवार्ड अवॉर्ड्स अवार्ड्स अवॉर्डस अवार्डस पुरस्कार पुरस्कारों".split())
# review: the head word of a body that gives a prize (`साहित्य अकादमी पुरस्कार`, `मध्यप्रदेश सरकार पुरस्कार देगी`,
# `जिला प्रशासन पुरस्कार राशि`): such a name is the organisation, kept
_AWARD_GIVERS = ENGLISH_ORG_HEADS | MEDIA_KINDS | frozenset(fold(w) for w in """सरकार विभाग प्रशासन अकादमी समिति
    संस्थान मंत्रालय परिषद आयोग निगम प्राधिकरण विश्वविद्यालय मंडल पालिका निकाय संघ महासंघ""".split())
# review: what follows an agent (`फिल्मफेयर ने`, `X का कहना`): that mention is the organisation that acts, kept
_AWARD_AGENT = frozenset(fold(w) for w in "ने द्वारा".split())
# ... or whose staff speak (`फिल्मफेयर के संपादक`, `X के प्रवक्ता`): a magazine or body, no award
_AWARD_STAFF = ORG_ROLES | frozenset(fold(w) for w in "संपादक संपादकों अध्यक्ष सचिव महासचिव".split())
_AWARD_GENITIVES = frozenset(fold(w) for w in "के की".split())


def award_names(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 42: an ORG or LOC mention right before an award's head word (AWARD_HEADS) names the award (`ऑस्कर`,
    `लियोपर्ड क्लब`), no organisation: it is dropped, and so are the story's other ORG/LOC mentions of the same name
    (`ऑस्कर के इतिहास में`, `ऑस्कर की गलती`). A known organisation of the alias file or a KB place stays (a body or
    country that gives a prize: `यूनेस्को पुरस्कार`), and so does a person the award is named after. Review: a name
    ending in an organisation's head (`_AWARD_GIVERS`: `साहित्य अकादमी`, `जिला प्रशासन`) gives the award and stays, and
    a mention that acts (`X ने`, `X द्वारा`, `X का कहना`) or whose staff speak (`फिल्मफेयर के संपादक`) stays."""
    names: set[str] = set()
    for m in ents:
        if m.label not in ("ORG", "LOC") or (m.start, m.end) in keep:
            continue
        ws = words.get(m.sent_idx, [])
        i = _word_at(ws, m.end) if ws else 0
        while i < len(ws) and ws[i][0] < m.end:
            i += 1
        if i >= len(ws) or fold(ws[i][2]) not in AWARD_HEADS:
            continue
        key = tuple(fold(t) for t in m.text.split())
        if key in lex.orgs or place_of(m.text, lex) is not None or key and key[-1] in _AWARD_GIVERS:
            continue
        names.add(" ".join(key))
    if not names:
        return ents

    def agent(m: Mention) -> bool:
        ws = words.get(m.sent_idx, [])
        i = _word_at(ws, m.end) if ws else 0
        after = [fold(w[2]) for w in ws[i : i + 2]]
        return bool(after) and (after[0] in _AWARD_AGENT or after[:2] == [fold("का"), fold("कहना")]
                                or len(after) == 2 and after[0] in _AWARD_GENITIVES and after[1] in _AWARD_STAFF)

    return [m for m in ents if not (m.label in ("ORG", "LOC") and (m.start, m.end) not in keep
                                    and " ".join(fold(t) for t in m.text.split()) in names and not agent(m))]


# Round 42: loan titles of translated news that the title lists lack (TITLES is the rules tagger's), and the words that
# make a title of a title (`शैडो चांसलर`, `वाइस प्रेसिडेंट`, `चीफ साइंटिस्ट`); no Indian institution (`लोकपाल`)
LOAN_TITLES = frozenset(fold(w) for w in """कमीशनर कमिशनर ओम्बड्समैन ओम्बड्समेन ओम्बुड्समैन ओम्बड्समन चांसलर चान्सलर
    मिनिस्टर मिनिस्टरों सेक्रेटरी सेक्रेट्री प्रेसिडेंट प्रेसीडेंट""".split())
TITLE_MODIFIERS = frozenset(fold(w) for w in "शैडो वाइस डिप्टी चीफ असिस्टेंट एसोसिएट पूर्व".split())
# review: `पूर्व` is also "East" of a district's or country's name (`पूर्व सिंहभूम`, `पूर्व तिमोर`): a modifier of a PER only
_FORMER = fold("पूर्व")
# review: ranks and titles the lists lack that a modifier opens (`वाइस एडमिरल`, `चीफ जस्टिस ऑफ इंडिया`): part of the run
_LOAN_RANKS = frozenset(fold(w) for w in "जस्टिस एडमिरल मार्शल ब्रिगेडियर जरनल".split())


def loan_titles(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 42 (titles tagged as names in translated news): the opening run of a span made of title words (TITLES,
    ROLES, SPEAKER_ROLES, LOAN_TITLES, TITLE_MODIFIERS; a demonym first, `बेल्जियाई मिनिस्टर`; `ऑफ` + one word after a
    title, `चीफ ऑफ पुलिस`) with a loan title of LOAN_TITLES or a modifier in it is no name. A span that is only the run
    goes (`कमीशनर` LOC, `ओम्बड्समेन` PER, `शैडो चांसलर` PER); a PER that goes on after it loses it (`शैडो चांसलर जॉन
    मैकडॉनेल` -> `जॉन मैकडॉनेल`), and so does an ORG/LOC whose rest is all words IL-NER never saw or saw mostly in
    persons' names, then a person (`वाइस प्रेसिडेंट मेहता` LOC -> `मेहता` PER; `प्रेसिडेंट हाउस` stays). Curated spans
    stay. Review: `पूर्व` is a modifier of a PER only, never of an ORG/LOC (`पूर्व सिंहभूम`, `पूर्व मध्य रेलवे`), and
    an ORG/LOC whose rest is a KB place stays; `_LOAN_RANKS` go on with the run (`वाइस एडमिरल करमबीर सिंह` ->
    `करमबीर सिंह`)."""
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m)
        if m.label not in ("PER", "ORG", "LOC") or (m.start, m.end) in keep or not ws:
            out.append(m)
            continue
        fws = [fold(w[2]) for w in ws]
        k, loan = 0, False
        while k < len(ws):
            fw = fws[k]
            if fw in LOAN_TITLES or fw in TITLE_MODIFIERS and (fw != _FORMER or m.label == "PER"):
                loan = True
            elif fw in _LOAN_RANKS and k > 0:
                pass
            elif k == 0 and len(ws) > 1 and _demonym(ws[0][2], lex):
                pass
            elif fw in _JOURNAL_OF and k > 0 and k + 1 < len(ws):
                k += 1  # `चीफ ऑफ पुलिस`
            elif not (fw in TITLES or fw in ROLES or fw in SPEAKER_ROLES):
                break
            k += 1
        if not loan or k == 0:
            out.append(m)
            continue
        if k == len(ws):
            continue  # only title words: no name
        rest = ws[k:]
        if m.label != "PER" and (not all(_unseen_name(w[2], lex) or _person_word(fold(w[2]), lex) for w in rest)
                                 or place_of(" ".join(w[2] for w in rest), lex) is not None):
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, rest[0][0], rest[-1][1], "PER"))
    return out


# Review of round 45: KB kinds that name a notable place by themselves; a GeoNames `town` needs a QID or a row of the
# lexicon's india_towns.txt (not `होप` hope, `काई` moss: towns of GeoNames alone, common words)
_NOTABLE_KINDS = frozenset("country state region city territory".split())


def _notable_place(fw: str, place: Place, lex: Lexicon) -> bool:
    """`coordinated_towns` (review of round 45): the KB place is a country, state, region or city, has a QID, or is an
    Indian town of india_towns.txt (`सिनसिनाटी` Q43196, `नवांशहर`), not a GeoNames-only word (`होप`, `काई`)."""
    return place.kind in _NOTABLE_KINDS or bool(place.qid) or fw in lex.india_towns


# Round 42: what may follow a place named in a list (a postposition, `ने`, a separator) or stand before it
_TOWN_ITEM_AFTER = POSTPOSITIONS | LIST_SEPARATORS | frozenset(fold(w) for w in "ने या".split())


def coordinated_towns(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      lex: Lexicon) -> list[Mention]:
    """Round 42 (foreign towns of translated news): one untagged word that names a KB place of any source (the weak
    geonames towns too: `सिनसिनाटी`, `पिट्सबर्ग`) and that IL-NER never saw (`_unseen_name`), right beside a LOC
    mention across a separator (`और`, `,`, `तथा`, `व`, `एवं`), is a place too (`टोरंटो और सिनसिनाटी की प्रतियोगिता`):
    after the LOC it must close the item (a postposition, `ने`, a separator, punctuation or the end after it), before
    it open one (a separator, punctuation, a function word or the start before it). Review: no given name."""
    covered = {(m.sent_idx, w[0]) for m in ents if m.label in ENTITY for w in _words_in(words.get(m.sent_idx, []), m)}
    loc_end = {(m.sent_idx, m.end) for m in ents if m.label == "LOC"}
    loc_start = {(m.sent_idx, m.start) for m in ents if m.label == "LOC"}
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"

    def town(w: str) -> bool:  # review: no given name (`ग्रेस`, `एलन`, `सोफिया`)
        fw = fold(w)
        if fw in lex.given_names or fw in FOREIGN_GIVEN or not _unseen_name(w, lex):
            return False
        place = place_of(w, lex)
        return place is not None and _notable_place(fw, place, lex)

    def edge(w: str) -> bool:
        fw = fold(w)
        return not _RX_LETTER.search(w) or fw in _TOWN_ITEM_AFTER or fw in lex.function_words

    for idx, ws in words.items():
        for j, w in enumerate(ws):
            if (idx, w[0]) in covered or fold(w[2]) not in LIST_SEPARATORS:
                continue
            for k, side in ((j + 1, (idx, ws[j - 1][1]) in loc_end if j > 0 else False),
                            (j - 1, (idx, ws[j + 1][0]) in loc_start if j + 1 < len(ws) else False)):
                if not side or not 0 <= k < len(ws) or (idx, ws[k][0]) in covered or not town(ws[k][2]):
                    continue
                if k > j and k + 1 < len(ws) and not edge(ws[k + 1][2]) \
                        or k < j and k > 0 and not edge(ws[k - 1][2]):
                    continue
                sent = sents[idx]
                out.append(Mention(sent.doc_id, idx, ws[k][0], ws[k][1], ws[k][2], "LOC", tagger))
                covered.add((idx, ws[k][0]))
    return out


# --------------------------------------------------------------------------------------------- round 43


_TOWN_GENITIVES = frozenset(fold(w) for w in "के की का".split())
_TOWN_GENITIVE_AFTER = frozenset(fold(w) for w in "क्षेत्र इलाके इलाका होते".split())  # review of round 43


def _town_slot(ws: Sequence[Word], fws: Sequence[str], i: int, lex: Lexicon, p: RefineParams) -> bool:
    """`town_slots`: the folded word fws[i] is a geonames town of the KB that no stronger source confirms, a town of
    India by GeoNames (the lexicon's india_towns.txt, v10: not `मरी` Mary, `दारु` Daru, `सार` Sarh, `बुरसा` Bursa, `पेच`
    Pécs, words IL-NER's pruned counts lack), no given name, function word, title or role, never seen by IL-NER outside
    a place's name, and written as news writes a place: a word the news has at least three times (news_words.tsv keeps
    no rarer word) stands before a case marker or punctuation in more than half of them (`बुआ` the aunt: 2 of 4)."""
    fw = fws[i]
    place = lex.places.get(fw)
    if place is None or place.source != "geonames" or place.kind != "town" or lex.strong_place(fw) is not None \
            or fw not in lex.india_towns:
        return False
    if len(fw) < p.propagate_min_chars or not _RX_DEVANAGARI.fullmatch(ws[i][2]) or fw in lex.given_names \
            or fw in lex.function_words or fw in TITLES_ROLES or _common(fw, lex, p):
        return False
    st, news = lex.words.get(fw), lex.news.get(fw)
    if st is not None and (st.n_ent < st.n or st.n_loc < st.n_ent):
        return False
    return news is None or 2 * news.n_case > news.n


def _town_listed(ws: Sequence[Word], fws: Sequence[str], i: int, loc: Callable[[int], bool], lex: Lexicon) -> bool:
    """`town_slots`: the word at i is listed with a tagged place (`हजारीबाग और [कोडरमा] से`, `[सिमडेगा], सरायकेला`: a
    separator of LIST_SEPARATORS between them) and stands where a place stands (`_place_spot`; listed first, it opens
    its item as in `coordinated_towns`: not `गुडिय़ावाला [पेच], मुरसान गेट`), or follows a tagged place + `के/की/का`
    (`झारखंड के [चक्रधरपुर] होते हुए`, `करनाल के [घरौंडा] क्षेत्र`) before a place's follower but a separator, before
    `क्षेत्र` or `होते`, and not after a country (review of round 43: not before any word IL-NER mostly saw outside
    names, `मेरठ का दारु माफिया`, nor in `भारत का जीरा और हल्दी`)."""
    if i > 1 and fws[i - 1] in _TOWN_GENITIVES and loc(i - 2):
        host = lex.places.get(fws[i - 2])
        if host is not None and host.kind == "country" or i + 1 < len(fws) and fws[i + 1] in LIST_SEPARATORS:
            return False  # `भारत का [जीरा] और हल्दी`: a country's town, or one listed on, is no district's
        return _place_spot(fws, i) or fws[i + 1] in _TOWN_GENITIVE_AFTER
    if not _place_spot(fws, i):
        return False
    return (i > 1 and fws[i - 1] in LIST_SEPARATORS and loc(i - 2)
            or i + 2 < len(ws) and fws[i + 1] in LIST_SEPARATORS and loc(i + 2)
            and (i == 0 or not _RX_LETTER.search(fws[i - 1]) or fws[i - 1] in _TOWN_ITEM_AFTER
                 or fws[i - 1] in lex.function_words))


def town_slots(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               p: RefineParams) -> list[Mention]:
    """Round 43 (native disaster and crime reports): the propagation tags an untagged KB place only where a strong
    source names it (`strong_place`); a district or town that only geonames lists (`कोडरमा`, `चक्रधरपुर`, `सिमडेगा`)
    stays untagged where the model missed it. Such a word (`_town_slot`) listed with a tagged place or after one + a
    genitive (`_town_listed`) is LOC, and so are its other untagged occurrences in the story where a place stands
    (`कोडरमा से मिला`); neither neighbour may be a tagged name (a part of a longer one)."""
    covered = {(m.sent_idx, w[0]): m.label for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    cand: list[tuple[int, int, str]] = []
    towns: set[str] = set()
    folded: dict[int, list[str]] = {}
    for idx, ws in words.items():
        fws = folded[idx] = [fold(w[2]) for w in ws]
        for i, w in enumerate(ws):
            if (idx, w[0]) in covered or fws[i] not in lex.places or i > 0 and (idx, ws[i - 1][0]) in covered \
                    or i + 1 < len(ws) and (idx, ws[i + 1][0]) in covered or not _town_slot(ws, fws, i, lex, p):
                continue
            cand.append((idx, i, fws[i]))
            if _town_listed(ws, fws, i, lambda k: covered.get((idx, ws[k][0])) == "LOC", lex):
                towns.add(fws[i])
    if not towns:
        return ents
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, i, fw in cand:
        ws, fws = words[idx], folded[idx]
        if fw in towns and (_place_spot(fws, i)
                            or _town_listed(ws, fws, i, lambda k: covered.get((idx, ws[k][0])) == "LOC", lex)):
            sent, (s, e, _) = sents[idx], ws[i]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
    return out


# Words that end a police station's name in news (`कासा पुलिस स्टेशन`, `हाटा कोतवाली`): the place before them is the
# station's (LOC, as `X थाना`), what kind of station it is (STATION_KINDS: `सदर कोतवाली`) no place
_STATION_TAILS = (tuple(fold(w) for w in "पुलिस स्टेशन".split()), (fold("कोतवाली"),), (fold("पुलिस"), fold("थाना")),
                  (fold("पुलिस"), fold("थाने")))
_STATION_LAST = frozenset(t[-1] for t in _STATION_TAILS)
# Review of round 43: sites a station serves, no place's name (`एयरपोर्ट पुलिस स्टेशन`, `रेलवे पुलिस स्टेशन`)
_STATION_SITES = frozenset(fold(w) for w in "एयरपोर्ट एअरपोर्ट रेलवे".split())


def station_spans(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 43 (crime reports): the model tags a police station with its place as one LOC or ORG (`कासा पुलिस स्टेशन`
    LOC, `नागपुर पुलिस स्टेशन` ORG, `हाटा कोतवाली` LOC) or the station alone (`पुलिस स्टेशन`, `सदर कोतवाली` LOC). As
    for `X थाना` (`station_police`), the place before the station's words is LOC and the rest no mention; a span with
    only a kind of station before them (`सदर`, `महिला`: STATION_KINDS) or the site it serves (`एयरपोर्ट`, `रेलवे`:
    _STATION_SITES, review of round 43) is dropped."""
    sids = {idx for idx, ws in words.items() if any(fold(w[2]) in _STATION_LAST for w in ws)}
    if not sids:
        return ents  # most stories: one pass over the words
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label in ("LOC", "ORG") and m.sent_idx in sids else []
        fws = tuple(fold(w[2]) for w in ws)
        tail = next((t for t in _STATION_TAILS if len(fws) >= len(t) and fws[-len(t):] == t), None)
        if tail is None:
            out.append(m)
            continue
        k = len(ws) - len(tail)
        while k > 0 and (fws[k - 1] in STATION_KINDS or fws[k - 1] in _STATION_SITES):
            k -= 1
        if k == 0:
            continue
        s, e = ws[0][0], ws[k - 1][1]
        sent = sents[m.sent_idx]
        out.append(Mention(m.doc_id, m.sent_idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", m.tagger))
    return out


# Hindi compass words that open a place's name (`उत्तर कोरिया`, `दक्षिणी दिल्ली`): no English one joins before them
_COMPASS_NATIVE = frozenset(fold(w) for w in "उत्तर दक्षिण पूर्व पश्चिम उत्तरी दक्षिणी पूर्वी पश्चिमी".split())


def compass_joins(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 43: news writes a country, state or district with an English compass word (`साउथ कोरिया`, `नॉर्थ कोरिया`,
    `साउथ अफ्रीका`, `साउथ दिल्ली`, `वेस्ट इंफाल`), which the edge trims cut off as a word the training data never
    saw in names; an untagged COMPASS_LOANS word right before a LOC of one or two words, after no tagged word, is part
    of its name, unless the LOC opens with a Hindi compass word (`नॉर्थ उत्तर कोरिया`, review of round 43). Round 37's
    `compass_places` relabels the PER spans that open with one; a tagged ORG stays."""
    starts = {(m.sent_idx, m.start): m for m in ents if m.label == "LOC" and 1 <= len(m.text.split()) <= 2}
    if not starts:
        return ents
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    grown: dict[int, Mention] = {}
    for idx, ws in words.items():
        for i in range(len(ws) - 1):
            m = starts.get((idx, ws[i + 1][0]))
            if m is None or fold(ws[i][2]) not in COMPASS_LOANS or (idx, ws[i][0]) in covered:
                continue
            if fold(ws[i + 1][2]) in _COMPASS_NATIVE:
                continue  # review of round 43: `नॉर्थ उत्तर कोरिया`, the Hindi compass word names it already
            k = i - 1 if i > 0 and fold(ws[i - 1][2]) in COMPASS_LOANS and (idx, ws[i - 1][0]) not in covered else i
            if k > 0 and (idx, ws[k - 1][0]) in covered:
                continue  # `साउथ ईस्ट एशिया`: two compass words; none after a tagged word
            sent = sents[idx]
            grown[id(m)] = replace(m, start=ws[k][0], text=sent.text[ws[k][0] - sent.start : m.end - sent.start])
    return [grown.get(id(m), m) for m in ents]


# Review of round 43: words of a sentence about trains, where an ORG `X एक्सप्रेस` is the train, not a paper
_TRAIN_CUES = frozenset(fold(w) for w in "ट्रेन ट्रेनों रेल रेलवे रेलगाड़ी स्टेशन स्टेशनों यात्री यात्रियों सवार".split())


def train_spans(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams) -> list[Mention]:
    """Round 43 (accident and disaster reports): the model reads a named train as a person or a firm (`कृष्णा-तिरुपति
    पुरी एक्सप्रेस` PER, `विशाखापट्टनम-गुंटूर सिंहादी एक्सप्रेस` ORG, `मुंबई-जबलपुर गोदान एक्सप्रेस` LOC). Round 16's
    convention (ROUTE_TRAINS): a train's name is no entity, and a route pair tagged with it is split into its two
    places. A PER, ORG or LOC span of two or more words whose last word is a train word (or a PER of the train word
    alone) is dropped; where its first word
    is a route pair (`_place_pair` in route mode: `कृष्णा-तिरुपति`), the pair's two places stay, LOC. A newspaper or an
    airline of the alias file (`इंडियन एक्सप्रेस`, `एयर इंडिया एक्सप्रेस`) stays: no route pair opens it, and a known
    organisation is never dropped. Review of round 43: an ORG without a route pair goes too, with the story's other
    ORG mentions of it, where a sentence naming it speaks of trains (_TRAIN_CUES: `एर्नाकुलम एक्सप्रेस से पांच सौ
    यात्री ... उतरे`, then `एर्नाकुलम एक्सप्रेस से मुजफ्फरपुर पहुंचे`); elsewhere (`स्टॉकपोर्ट एक्सप्रेस`) it stays."""
    sids = {idx for idx, ws in words.items() if any(fold(w[2]) in ROUTE_TRAINS for w in ws)}
    if not sids:
        return ents  # most stories: one pass over the words
    rail = {idx for idx in sids if any(fold(w[2]) in _TRAIN_CUES for w in words[idx])}
    trains = {key for m in ents if m.label == "ORG" and m.sent_idx in rail  # an ORG train named where trains are
              for key in [tuple(fold(w[2]) for w in _words_in(words.get(m.sent_idx, []), m))]
              if len(key) > 1 and key[-1] in ROUTE_TRAINS and key not in lex.orgs}
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label in ("PER", "ORG", "LOC") and m.sent_idx in sids else []
        if not ws or len(ws) < 2 and m.label != "PER" or fold(ws[-1][2]) not in ROUTE_TRAINS:
            out.append(m)  # one word: only a "person" `एक्सप्रेस` goes (the paper's short name stays)
            continue
        first = ws[0][2]
        cut = _place_pair(first, lex, True, p) if "-" in first and ws[0][0] == m.start else None
        key = tuple(fold(w[2]) for w in ws)
        if cut is None and (key in lex.orgs or m.label == "LOC" or m.label == "ORG" and key not in trains):
            out.append(m)  # no route: a known firm or paper, or one named `... एक्सप्रेस` away from trains, stays;
            continue  # a person never ends so, nor an ORG the story names where it speaks of trains
        if cut is not None:
            sent, s = sents[m.sent_idx], ws[0][0]
            out += [_span(sent, m, s, s + cut, "LOC"), _span(sent, m, s + cut + 1, ws[0][1], "LOC")]
    return out


# --------------------------------------------------------------------------------------------- round 44


# What follows a person (or a pair of persons) in its slot: the ergative and the case markers a person takes (`बीटी और
# फ़े ने`, `फ़े और बीटी से`); not `में`/`पर`/`तक`, which places take more often
_PERSON_CASES = frozenset(fold(w) for w in "ने नें को से का की के".split())
# Not the comma, which also sets off an apposition (`डेनिस एम केलेहर, बेटर मार्केट्स के सह-संस्थापक`)
_PERSON_SEPARATORS = frozenset(fold(w) for w in "और व एवं तथा".split())
_PERSON_ITEM_MAX = 2
# A pair's one-word item is a person where the pair, or the word elsewhere in the story, stands before the ergative
# (`बीटी और फ़े ने`, `नरगिस ने कहा`): a common noun in a list (`अदरक और तुलसी का काढ़ा`) seldom does
_AGENT_CASES = frozenset(fold(w) for w in "ने नें".split())
# ... and what may stand right before such a mention besides a function word: a verbal adjective (`पुकारने वाली फ़े`)
_SPREAD_OPENERS = frozenset(fold(w) for w in "वाली वाले वाला".split())
# Person nouns before a two-word pair with no ergative (review of round 44): the pair names people
_COORD_PERSON_NOUNS = frozenset(fold(w) for w in """अधिकारी अधिकारियों निवासी घायल आरोपी आरोपियों मृतक पीड़ित
    कर्मचारी सदस्य नेता नेताओं खिलाड़ी खिलाड़ियों""".split())
# Possessives, pointers and quantifiers: a word after them is a common noun (`अपनी याद्दाश्त और`, `किसी झगड़े,`)
_NOUN_OPENERS = frozenset(fold(w) for w in """अपनी अपने अपना उनकी उनके उनका उसकी उसके उसका मेरी मेरे मेरा हमारी हमारे
    हमारा इसकी इसके इसका किसी कोई कई सभी इस उस यह वह ये वो हर""".split())


def _person_item_edge(ws: Sequence[Word], k: int, covered: dict[tuple[int, int], str], idx: int,
                      lex: Lexicon) -> bool:
    """`coordinated_persons`: the word at k (before an item) opens no name: the start, punctuation, a function word or
    a separator, untagged."""
    if k < 0:
        return True
    if (idx, ws[k][0]) in covered:
        return False
    fw = fold(ws[k][2])
    return fw not in _NOUN_OPENERS and (not _RX_LETTER.search(ws[k][2]) or fw in lex.function_words
                                        or fw in _PERSON_SEPARATORS or fw in POSTPOSITIONS)


def coordinated_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                        p: RefineParams) -> list[Mention]:
    """Round 44 (foreign persons of translated news): the model misses a foreign name that is also a Hindi word or that
    it never saw (`फ़े` of `फ़े डनअवे`), though the story pairs it with a person it tags. One or two untagged words,
    each a foreign name word (`_foreign_name_word`: IL-NER never saw it, or a given name; no common word or verb form),
    right beside a PER mention across `और`/`व`/`एवं`/`तथा` (no comma: an apposition), with a person's case after the pair (`ने`, `को`, `से`,
    `का/की/के`: `बीटी और फ़े ने`, `फ़े और बीटी से`) and no name word on its open side, are a person. Their other
    untagged occurrences in the story (the same one or two words; a two-word name's last word alone) before a person's
    case, a separator or punctuation are that person too (`वाली फ़े 76 बरस की`: the number after it stands for none)."""
    covered = {(m.sent_idx, w[0]): m.label for m in ents if m.label in ENTITY
               for w in _words_in(words.get(m.sent_idx, []), m)}
    per_end = {(m.sent_idx, m.end): m for m in ents if m.label == "PER"}
    per_start = {(m.sent_idx, m.start): m for m in ents if m.label == "PER"}
    found: set[tuple[str, ...]] = set()
    hits: list[tuple[int, int, int, str, str]] = []  # sentence, item's first and end word, case, word before the pair

    def name(k: int, idx: int, ws: Sequence[Word]) -> bool:
        return 0 <= k < len(ws) and (idx, ws[k][0]) not in covered and fold(ws[k][2]) not in _NOUN_OPENERS and (
            _foreign_name_word(ws[k][2], lex, p) or _short_unseen_name(ws[k][2], lex)
            or p.coordinated_person_evidence and _person_word(fold(ws[k][2]), lex)  # `शर्मा`: review of round 45
            and _RX_DEVANAGARI.fullmatch(ws[k][2]) is not None)

    def case(k: int, ws: Sequence[Word]) -> bool:
        return 0 <= k < len(ws) and fold(ws[k][2]) in _PERSON_CASES

    for idx, ws in words.items():
        for j, w in enumerate(ws):
            if fold(w[2]) not in _PERSON_SEPARATORS or (idx, w[0]) in covered or j == 0 or j + 1 >= len(ws):
                continue
            left = per_end.get((idx, ws[j - 1][1]))
            if left is not None:  # `[PER] और X (Y) <case>`
                n = 0
                while n < _PERSON_ITEM_MAX and name(j + 1 + n, idx, ws):
                    n += 1
                if n and case(j + 1 + n, ws):
                    k0 = _word_at(ws, left.start) - 1
                    hits.append((idx, j + 1, j + 1 + n, fold(ws[j + 1 + n][2]), fold(ws[k0][2]) if k0 >= 0 else ""))
                continue
            right = per_start.get((idx, ws[j + 1][0]))
            if right is None:
                continue
            e = _word_at(ws, right.end)  # `X (Y) और [PER] <case>`
            if not case(e, ws):
                continue
            n = 0
            while n < _PERSON_ITEM_MAX and name(j - 1 - n, idx, ws):
                n += 1
            if n and _person_item_edge(ws, j - 1 - n, covered, idx, lex):
                hits.append((idx, j - n, j, fold(ws[e][2]), fold(ws[j - 1 - n][2]) if j - 1 - n >= 0 else ""))
    if not hits:
        return ents
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    taken: set[tuple[int, int]] = set()

    def add(idx: int, a: int, b: int) -> None:
        ws, sent = words[idx], sents[idx]
        s, e = ws[a][0], ws[b - 1][1]
        if any((idx, ws[k][0]) in taken or (idx, ws[k][0]) in covered for k in range(a, b)):
            return
        out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
        taken.update((idx, ws[k][0]) for k in range(a, b))

    agents = {tuple(fold(w[2]) for w in ws[a:b]) for idx, ws in words.items() for b in range(1, len(ws))
              if fold(ws[b][2]) in _AGENT_CASES for a in (b - 1, b - 2) if a >= 0}
    agent_keys: set[tuple[str, ...]] = set()  # names the story puts before the ergative: their last word may spread
    for idx, a, b, c, before in hits:
        key = tuple(fold(w[2]) for w in words[idx][a:b])
        if any(k in lex.places and k not in lex.given_names for k in key):
            continue  # a KB place word (`पोर्टो वेल्हो`, review of round 44)
        agent = c in _AGENT_CASES or key in agents or (b - a > 1 and key[-1:] in agents)
        # a two-word item needs evidence too (review of round 44: `बैटन रूज से`): the story's ergative, or a
        # title or person noun before the pair (`पुलिस अधिकारी सऊद अज़ीज़ और खुर्रम शहज़ाद को`)
        # review of round 45 (`coordinated_person_evidence`): or the lexicon's person evidence for the item's words
        if agent or (b - a > 1 and (before in TITLES_ROLES or before in lex.styles or before in _COORD_PERSON_NOUNS
                                    or p.coordinated_person_evidence and _person_item(key, lex))):
            found.add(key)
            if agent:
                agent_keys.add(key)
            add(idx, a, b)
    keys = found | {k[-1:] for k in agent_keys}
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for a in range(len(ws)):
            for n in (2, 1):
                key = tuple(fws[a : a + n])
                if len(key) < n or key not in keys or not _person_item_edge(ws, a - 1, covered, idx, lex) \
                        and fws[a - 1] not in (_SPREAD_OPENERS):
                    continue
                nxt = a + n
                if n == 1 and nxt < len(ws) and (idx, ws[nxt][0]) not in covered \
                        and _foreign_name_word(ws[nxt][2], lex, p) and _closes_person(ws, fws, nxt + 1, covered, idx):
                    nxt += 1  # `फ़े डनअवे और`: the found given name + a surname the model missed too
                if not _closes_person(ws, fws, nxt, covered, idx):
                    continue
                add(idx, a, nxt)
                break
    return out


def _person_item(key: tuple[str, ...], lex: Lexicon) -> bool:
    """`coordinated_person_evidence` (review of round 45): every folded word of the item is a person word of the
    lexicon (`_person_word`: a given name, a word IL-NER sees mostly inside persons) or its last word is a surname of
    the training data (`_surname_word`: `शर्मा`); no evidence from the article itself (`सायना नेहवाल`, unseen both,
    stays out)."""
    return all(_person_word(k, lex) for k in key) or _surname_word(key[-1], lex)


def _short_unseen_name(w: str, lex: Lexicon) -> bool:
    """`coordinated_persons`: a two-letter Devanagari word IL-NER never saw, no function word (`फ़े` of `फ़े डनअवे`),
    which `_name_like` leaves out as too short; its item needs the ergative as any one-word item does."""
    fw = fold(w)
    return len(fw) == 2 and bool(_RX_DEVANAGARI.fullmatch(w)) and _unseen_name(w, lex) and fw not in lex.function_words \
        and fw not in POSTPOSITIONS and fw not in _PERSON_CASES


def _closes_person(ws: Sequence[Word], fws: Sequence[str], k: int, covered: dict[tuple[int, int], str],
                   idx: int) -> bool:
    """`coordinated_persons`: the word at k closes a person's mention before it: the end, a tagged word, a person's
    case, a separator, punctuation or a number (`फ़े 76 बरस की`)."""
    return k >= len(ws) or (idx, ws[k][0]) in covered or fws[k] in _PERSON_CASES or fws[k] in _PERSON_SEPARATORS \
        or not _RX_LETTER.search(ws[k][2]) or ws[k][2][:1].isdigit()  # a comma too (`फ़े डनअवे.`)




# --------------------------------------------------------------------------------- round 45 (COVID coverage)

# Airport words after a name (`एयरपोर्ट`, `हवाई अड्डे`, `हवाईअड्डा`): generic Hindi and the loan, not from any article
_AIRPORT_HEADS = frozenset(fold(w) for w in "एयरपोर्ट एयरपोर्टों हवाईअड्डा हवाईअड्डे हवाईअड्डों".split())
_AIRPORT_AIR = fold("हवाई")  # `हवाई अड्डा` written in two words
_AIRPORT_YARDS = frozenset(fold(w) for w in "अड्डा अड्डे अड्डों".split())
# `इंटरनेशनल`/`अंतरराष्ट्रीय` (international), of an airport's name, and the honorific `जी` before it
_AIRPORT_INTERNATIONAL = frozenset(fold(w) for w in "इंटरनेशनल अंतरराष्ट्रीय अंतर्राष्ट्रीय".split())
_AIRPORT_FILLERS = _AIRPORT_INTERNATIONAL | {fold("जी")}


def _airport_at(ws: Sequence[Word], j: int) -> bool:
    """An airport's head word starts at ws[j] (`एयरपोर्ट`, `हवाई अड्डे`)."""
    if j >= len(ws):
        return False
    fw = fold(ws[j][2])
    return fw in _AIRPORT_HEADS or fw == _AIRPORT_AIR and j + 1 < len(ws) and fold(ws[j + 1][2]) in _AIRPORT_YARDS


def airport_persons(words: dict[int, list[Word]], ents: list[Mention]) -> list[Mention]:
    """Round 45 (COVID coverage: travellers screened at airports): India names airports after people, and the model
    tags the namesake PER (`श्री [गुरु राम दास] जी इंटरनेशनल एयरपोर्ट`), with `अंतरराष्ट्रीय` inside the span
    (`[गुरु रामदास अंतरराष्ट्रीय] एयरपोर्ट`) or alone (`[अंतरराष्ट्रीय] एयरपोर्ट मोहाली`). Such a span names the
    airport, not the person: a PER span followed by an airport's head word, across only `जी` and
    `इंटरनेशनल`/`अंतरराष्ट्रीय`, with the international word (inside the span or after it), is dropped. Without
    it the person may stand at the airport (`राहुल गांधी एयरपोर्ट से सीधे घर गए`): the span stays, as does a place
    before an airport (`[अमृतसर] एयरपोर्ट`, LOC). Review of round 45: nothing is tagged in the person's place; SPEC
    has no facility class and the gold tags no airport (`[चूक द्वीप] एयरपोर्ट` of ntrex_cbsnews.248411: the place
    alone), so a named airport is no entity, and no ORG/LOC span of it is made here."""
    out: list[Mention] = []
    for m in ents:
        if m.label == "PER":
            ws = words.get(m.sent_idx, [])
            j = _word_at(ws, m.end)
            inner = _words_in(ws, m)
            named = bool(inner) and fold(inner[-1][2]) in _AIRPORT_INTERNATIONAL
            while j < len(ws) and fold(ws[j][2]) in _AIRPORT_FILLERS:
                named = named or fold(ws[j][2]) in _AIRPORT_INTERNATIONAL
                j += 1
            if named and _airport_at(ws, j):
                continue
        out.append(m)
    return out


def _disease_fold(w: str) -> str:
    """A word folded, with `ा` + `े`/`ै` written for `ो`/`ौ` (`कोराेना`, a legacy-font conversion) put right."""
    return fold(w.replace("\u093e\u0947", "\u094b").replace("\u093e\u0948", "\u094c"))


def disease_spans(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 45: the model now and then takes the disease for a name (`भारत में [कोरोनावायरस] से 681 लोगों की मौत`
    PER, `देश में [कोरोन] से मरने वालों` LOC, `राज्य में [कोराेना] के पॉजिटिव मरीज` LOC, `[कोरोनो वायरस] के कहर`
    ORG). A disease is no entity (SPEC): a PER/ORG/LOC span whose words are all disease words (lexicon
    disease_words.txt) is dropped; a longer name holding one stays (`कोविड केयर सेंटर`, `कोविड-19 टास्क फोर्स`)."""
    if not lex.disease_words:
        return ents
    out: list[Mention] = []
    for m in ents:
        if (m.start, m.end) not in keep:
            ws = _words_in(words.get(m.sent_idx, []), m)
            if ws and all(_disease_fold(w[2]) in lex.disease_words for w in ws):
                continue
        out.append(m)
    return out


# What follows a district's name (`गया जिले`, `बस्ती जनपद`): PLACE_DESIGNATORS' district words, generic Hindi
_DISTRICT_WORDS = frozenset(fold(w) for w in "जिले जिला ज़िले ज़िला जनपद".split())
# Review of round 45: what may follow a district named like a common word in a place's slot besides a district word:
# a postposition (not `पर`, which follows the verb's object too), `(` of a count, a comma of a list; never `और`, `था`,
# `है`, `।` (`चला गया और`, `पटना गया था`)
_DISTRICT_FOLLOWERS = frozenset(fold(w) for w in "में से के की का को तक ( ,".split()) | _DISTRICT_WORDS
# ... and the stems before `गया` as a verb (went, was done), generic Hindi: `चला`/`चले`/`चली` and the light verbs
# (`हो गया`, `आ गया`, `ले गया`); a participle in `-ा` (`भेजा गया`, `पाया गया`) is told by its ending
_DISTRICT_VERB_STEMS = frozenset(fold(w) for w in "चला चले चली हो आ ले दे जा रह बन निकल लौट भाग उठ बैठ पहुंच पहुँच".split())
# ... and what may stand right before one that opens its list item (`, गया (135)`, `बिहार के गया,`): no name or verb
_DISTRICT_OPENERS = POSTPOSITIONS | LIST_SEPARATORS | frozenset(fold(w) for w in "ने या".split())


def _district_slot(ws: Sequence[Word], i: int, opens: bool = False) -> bool:
    """`word_districts` (review of round 45): the district word at i stands in a place's slot: a postposition, `(`,
    `,` or a district word after it (_DISTRICT_FOLLOWERS: not `चला गया और`, `सीवान और गया था`) and no verb stem
    before it (`चला`, a light verb, a participle in `-ा` that is no postposition: `चला गया जिले के`, `भेजा गया जिले
    के अस्पताल में`; a pronoun may stand there, `वह गया जिले का निवासी है`). Where it opens its list item (`opens`:
    `गया, गोपालगंज से`), the word before it is none, punctuation, a postposition or a separator (not `पटना गया,
    गोपालगंज से`: went to Patna)."""
    nxt = fold(ws[i + 1][2]) if i + 1 < len(ws) else ""
    if nxt not in _DISTRICT_FOLLOWERS:
        return False
    if i == 0 or not _RX_LETTER.search(ws[i - 1][2]):
        return True
    prev = fold(ws[i - 1][2])
    if opens:
        return prev in _DISTRICT_OPENERS
    return prev in _DISTRICT_OPENERS or prev not in _DISTRICT_VERB_STEMS and not prev.endswith("ा")


def word_districts(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   lex: Lexicon) -> list[Mention]:
    """Round 45 (Bihar's and Jharkhand's district counts): a district named like a common word (lexicon
    word_districts.txt: `गया` "went", `बस्ती` "settlement") is left untagged in `गया जिले के मूल निवासी`, `गोपालगंज
    और गया के एक-एक`, `भोजपुर (81), गया (135), सीवान (3105)`. An untagged one right before a district word (`जिले`,
    `जिला`, `जनपद`) is LOC; in a story that writes it so, so is every untagged occurrence listed with a tagged place
    (one LIST_SEPARATORS word between them, either side) or in a comma list of counts (`, गया (135)`). The verb
    (`वह पटना गया और …`) is never before a district word, and a story without the district word is left alone.
    Review of round 45: every occurrence, the one before the district word too, must stand in a place's slot
    (`_district_slot`: a postposition, `(`, `,` or a district word after it, no verb stem before it), so that the
    verb of a story that names the district (`युवक घर चला गया और गोपालगंज में`, `पटना गया, गोपालगंज से`) stays."""
    if not lex.word_districts:
        return ents
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    loc_start = {(m.sent_idx, m.start) for m in ents if m.label == "LOC"}
    loc_end = {(m.sent_idx, m.end) for m in ents if m.label == "LOC"}
    cands = [(idx, i) for idx, ws in words.items() for i, w in enumerate(ws)
             if fold(w[2]) in lex.word_districts and (idx, w[0]) not in covered]
    if not cands:
        return ents
    sure = {fold(words[idx][i][2]) for idx, i in cands
            if i + 1 < len(words[idx]) and fold(words[idx][i + 1][2]) in _DISTRICT_WORDS
            and _district_slot(words[idx], i)}
    added: list[Mention] = []
    for idx, i in cands:
        ws, fw = words[idx], fold(words[idx][i][2])
        if fw not in sure or not _district_slot(ws, i):
            continue
        nxt = fold(ws[i + 1][2]) if i + 1 < len(ws) else ""
        listed = nxt in _DISTRICT_WORDS
        if not listed and i >= 2 and fold(ws[i - 1][2]) in LIST_SEPARATORS:
            listed = (idx, ws[i - 2][1]) in loc_end or ws[i - 2][2] == ")" and ws[i - 1][2] == ","
        if not listed and i + 2 < len(ws) and nxt in LIST_SEPARATORS:
            listed = (idx, ws[i + 2][0]) in loc_start and _district_slot(ws, i, opens=True)
        if not listed and i >= 1 and ws[i - 1][2] == "," and nxt == "(":
            listed = True  # `भोजपुर (81), गया (135)`: a comma list of places with their counts
        if listed:
            sent = sents[idx]
            s, e = ws[i][0], ws[i][1]
            added.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC",
                                 ents[0].tagger if ents else "refine"))
    return ents + added


# Bylines of a paper's own staff written in a dateline (`जासं, मथुरा:`: जागरण संवाददाता; `संसू`: संवाद सूत्र), a
# closed list of the Hindi papers' abbreviations; no name of anyone
_BYLINES = frozenset(fold(w) for w in "जासं संसू".split())
_BARE_DESIGNATORS = frozenset(fold(w) for w in PLACE_DESIGNATORS) | _BYLINES


def bare_designators(words: dict[int, list[Word]], ents: list[Mention],
                     keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 45 (district reports): the model tags a place's kind word alone as the place (`दिल्ली से [जनपद] आए`,
    `जौनपुर: [जनपद] में`, `मगहर [कस्बे] के`, `[कस्बे] में दहशत`) and the paper's byline before a dateline (`[जासं],
    मथुरा:`). A designator (PLACE_DESIGNATORS) or a byline abbreviation alone is no name: a PER/ORG/LOC span of that
    one word is dropped; a name before it (`मगहर`) is left as the other steps tag it."""
    out: list[Mention] = []
    for m in ents:
        if (m.start, m.end) not in keep:
            ws = _words_in(words.get(m.sent_idx, []), m)
            if len(ws) == 1 and (ws[0][0], ws[0][1]) == (m.start, m.end) and fold(ws[0][2]) in _BARE_DESIGNATORS:
                continue
        out.append(m)
    return out


# Round 47: news agencies as the Hindi papers write their acronyms in a dateline or a source line, both spellings of
# the short i (`एएनआइ`/`एएनआई`); Jagran's own network `जेएनएन`. A closed class, curated by hand, no article;
# not NEWS_AGENCIES (datelines that open with the agency), whose `एपी` is also Andhra Pradesh's short name.
AGENCY_ACRONYMS = frozenset(fold(w) for w in """एएनआइ एएनआई पीटीआइ पीटीआई आइएएनएस आईएएनएस यूएनआइ यूएनआई जेएनएन एएफपी
    ANI PTI IANS UNI AFP""".split())


def news_agencies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  keep: frozenset[tuple[int, int]] = frozenset(), lex: Lexicon | None = None) -> list[Mention]:
    """Round 47 (native disaster and crime reports): a paper's dateline names the agency after the place (`नई दिल्ली,
    एएनआइ।`, `काठमांडू, पीटीआइ।`, `बहराइच, जेएनएन।`); the model leaves the agency untagged where its spelling is
    the short-i one it seldom saw, reads it as a person or place, or fuses it with the place (`[अलीगढ़ जेएनएन]` ORG).
    A word of AGENCY_ACRONYMS (whole: not `पीटीआई-भाषा`) is ORG: untagged, it is added; a PER/LOC span of it alone is
    relabelled; a span that ends in it loses it and keeps the words before it, LOC where they are a KB place."""
    out: list[Mention] = []
    covered: dict[int, list[tuple[int, int]]] = {}
    for m in ents:
        if (m.start, m.end) in keep or m.label not in ENTITY:
            out.append(m)
            covered.setdefault(m.sent_idx, []).append((m.start, m.end))
            continue
        inside = _words_in(words.get(m.sent_idx, []), m)
        if inside and inside[-1][1] == m.end and fold(inside[-1][2]) in AGENCY_ACRONYMS:
            last = inside[-1]
            sent = sents[m.sent_idx]
            if len(inside) == 1 and inside[0][0] == m.start:
                out.append(_span(sent, m, m.start, m.end, "ORG"))
            elif len(inside) == 1:  # review of session 28: the span opens inside a word (`अलीगढ़` cut): the agency
                out.append(_span(sent, m, last[0], last[1], "ORG"))
            else:
                head = _span(sent, m, m.start, inside[-2][1])
                if lex is not None and lex.places.get(" ".join(fold(head.text).split())) is not None:
                    head = replace(head, label="LOC")
                out.append(head)
                out.append(_span(sent, m, last[0], last[1], "ORG"))
            covered.setdefault(m.sent_idx, []).append((m.start, m.end))
            continue
        out.append(m)
        covered.setdefault(m.sent_idx, []).append((m.start, m.end))
    for idx, ws in words.items():
        spans = covered.get(idx, [])
        sent = sents[idx]
        for s, e, w in ws:
            if fold(w) in AGENCY_ACRONYMS and not any(a < e and s < b for a, b in spans):
                tagger = ents[0].tagger if ents else "refine"
                out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    return out


_STATION_LOAN = fold("स्टेशन")


def station_loans(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  keep: frozenset[tuple[int, int]] = frozenset(), lex: Lexicon | None = None) -> list[Mention]:
    """Round 47: `station_police` reads an ORG `X पुलिस` before `थाने के` as the station's place X; the papers also write
    the English `पुलिस स्टेशन`, and the model stops its span before `स्टेशन` (`[कोरोगांव पुलिस] स्टेशन में`, `[चांदनी
    महल पुलिस] स्टेशन का`), where round 43's `station_spans` (a span ending in `पुलिस स्टेशन`) does not see it. An
    ORG/LOC span of 2+ words ending in `पुलिस`, right before `स्टेशन` + a case marker (STATION_MARKERS, `का`), is X
    alone, LOC; not a place's or agency's own police (`_own_police`: `मुंबई पुलिस स्टेशन पहुंची`) nor a station kind."""
    out: list[Mention] = []
    for m in ents:
        if (m.start, m.end) in keep or m.label not in ("ORG", "LOC"):
            out.append(m)
            continue
        ws = words.get(m.sent_idx, [])
        inside = _words_in(ws, m)
        k = _word_at(ws, m.end)
        nxt = fold(ws[k][2]) if k < len(ws) else ""
        after = fold(ws[k + 1][2]) if k + 1 < len(ws) else ""
        if len(inside) >= 2 and inside[0][0] == m.start and inside[-1][1] == m.end \
                and fold(inside[-1][2]) in POLICE and nxt == _STATION_LOAN \
                and (after in STATION_MARKERS or after == fold("का")) \
                and fold(inside[-2][2]) not in STATION_KINDS \
                and not (len(inside) == 2 and _own_police(inside[0][2], lex)):
            out.append(_span(sents[m.sent_idx], m, m.start, inside[-2][1], "LOC"))
            continue
        out.append(m)
    return out


SLASH = "/"


def _slash_at(ws: Sequence[Word], k: int) -> bool:
    """`slash_places`: word k is a slash glued to the word before it (`श्रीगंगानगर/`), with at most one space after it
    (`पटना/ लखनऊ`); `रांची / कोरोना इफेक्ट`, spaced on both sides, is a section's rubric before its headline."""
    return 0 < k < len(ws) - 1 and ws[k][2] == SLASH and ws[k - 1][1] == ws[k][0] and ws[k + 1][0] - ws[k][1] <= 1


def _slash_name(ws: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """`slash_places`: word i may name a place: of two letters at least, no digit, designator (`नगर/यमुना`), kind of
    place, title, role, postposition or function word; a KB place, or else a name word (IL-NER never saw it, or saw it
    mostly in names) that fewer than SLASH_NAME_MAX_DOCS news articles hold and no byline abbreviation is (`जासं`)."""
    w = ws[i][2]
    fw = fold(w)
    if len(fw) < 2 or _digit(fw) or not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in lex.function_words \
            or fw in DESIGNATORS or fw in PLACE_KINDS or fw in TITLES or fw in ROLES or fw in POSTPOSITIONS:
        return False
    if place_of(w, lex) is not None:
        return True
    news = lex.news.get(fw)
    if fw in _BYLINES or (news is not None and news.n_docs >= SLASH_NAME_MAX_DOCS):
        return False  # `जेएनएन`, `जासं`, `अपडेट` (70 articles), `फोटो`: a byline or a rubric's word, no place
    return _unseen_name(w, lex) or (fw in lex.words and _name_word(w, lex))


# `slash_places`: a word no KB place names in this many news articles is a common word (`फोटो` 20, `अपडेट` 70);
# `पानीपत`, which the KB lacks, is in 11
SLASH_NAME_MAX_DOCS = 20


def _slash_side_place(t: str, lex: Lexicon, locs: set[str]) -> bool:
    """`slash_places`: one side of a slash span names a place: a KB place, written with or without its space (`न्यू
    यॉर्क` as the KB's `न्यूयॉर्क`), or a LOC the story tags."""
    return place_of(t, lex) is not None or place_of(t.replace(" ", ""), lex) is not None or fold(t) in locs


def _slash_alone(ws: Sequence[Word], i: int, step: int) -> bool:
    """`slash_places`: the word beyond word i on the far side from the slash (step -1: before it, +1: after it) ends no
    longer name: the sentence's edge, punctuation, a slash, a case marker, a list separator, a designator or
    `क्षेत्र`."""
    j = i + step
    if j < 0 or j >= len(ws):
        return True
    fw = fold(ws[j][2])
    if not _RX_LETTER.search(fw):
        return True
    return step > 0 and (fw in _PLACE_FOLLOWERS or fw == _AREA)


_AREA = fold("क्षेत्र")  # `लक्खीबाग/रीठामंडी क्षेत्र`: the area of the places, no part of a name


def slash_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 46 (datelines of the native reports: `श्रीगंगानगर/सादुलशहर।`, `बक्सर/डुमरांव(बक्सर):`, `रेवाड़ी/नारनौल,`,
    `न्यू यॉर्क/वॉशिंगटन (भाषा):`): a paper joins the places it reports from with a slash, no space before it. (1) A
    PER/ORG/LOC span over such a slash whose sides are each a KB place or a LOC of the story is the two places, LOC.
    (2) One untagged word that may name a place (`_slash_name`) beside a LOC across such a slash, standing alone on
    its far side (`_slash_alone`), is a place, LOC; along a chain of them (`घुमारवीं/नाहन/कुल्लू`). The rubric of a
    section, spaced on both sides (`रांची / कोरोना इफेक्ट`, `वीडियो / बिहार`), is no pair. A side is a place by
    `_slash_side_place`."""
    tagger = ents[0].tagger if ents else "refine"
    locs = {fold(m.text.strip()) for m in ents if m.label == "LOC"}
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m)
        cut = next((k for k in range(1, len(ws) - 1) if _slash_at(ws, k)), None)
        if cut is not None and (m.start, m.end) not in keep and ws[0][0] == m.start and ws[-1][1] == m.end:
            sides = [ws[:cut], ws[cut + 1 :]]
            texts = [sents[m.sent_idx].text[s[0][0] - sents[m.sent_idx].start : s[-1][1] - sents[m.sent_idx].start]
                     for s in sides]
            if all(SLASH not in t and _slash_side_place(t, lex, locs) for t in texts):
                out += [_span(sents[m.sent_idx], m, s[0][0], s[-1][1], "LOC") for s in sides]
                continue
        out.append(m)
    covered = _chars_covered(out)
    loc_starts: dict[int, set[int]] = {}  # review of session 28: by sentence, once (not a scan of `out` per sentence)
    loc_ends: dict[int, set[int]] = {}
    for m in out:
        if m.label == "LOC":
            loc_starts.setdefault(m.sent_idx, set()).add(m.start)
            loc_ends.setdefault(m.sent_idx, set()).add(m.end)
    for idx, ws in words.items():
        if not any(w[2] == SLASH for w in ws):
            continue
        sent = sents[idx]
        starts = loc_starts.get(idx, set())
        ends = loc_ends.get(idx, set())
        changed = True
        while changed:  # a chain: `घुमारवीं/नाहन/कुल्लू`
            changed = False
            for k in range(1, len(ws) - 1):
                if not _slash_at(ws, k):
                    continue
                for i, other, step in ((k - 1, k + 1, -1), (k + 1, k - 1, 1)):
                    s, e, w = ws[i]
                    if (idx, s) in covered or (idx, e - 1) in covered:
                        continue
                    if not ((step < 0 and ws[other][0] in starts) or (step > 0 and ws[other][1] in ends)):
                        continue
                    if not _slash_name(ws, i, lex) or not _slash_alone(ws, i, step):
                        continue
                    text = sent.text[s - sent.start : e - sent.start]
                    out.append(Mention(sent.doc_id, idx, s, e, text, "LOC", tagger))
                    covered.update((idx, x) for x in range(s, e))
                    starts.add(s)
                    ends.add(e)
                    changed = True
    return out


# Round 46: common nouns for a person that the model tags alone as one (`बुजुर्ग ने सुबह अंतिम सांस ली`, `मरीज ने किस
# देश की यात्रा की`); generic Hindi, not from an article. _NOUN_PERSON_NAMES are given names too (`किशोर` Kishore,
# `किशोरी`): dropped only where the noun stands, after an age, a `वाला` participle or a determiner (`13 वर्षीय किशोर`).
_NOUN_PERSONS = frozenset(fold(w) for w in """बुजुर्ग बुज़ुर्ग मरीज मरीज़ बालक बालिका वृद्ध वृद्धा युवक युवती
    लड़का लड़की आदमी""".split())
_NOUN_PERSON_NAMES = frozenset(fold(w) for w in "किशोर किशोरी".split())
_NOUN_PERSON_OPENERS = AGE_WORDS | INDEFINITE | DEMONSTRATIVES \
    | frozenset(fold(w) for w in "वाला वाले वाली यह वह".split())


def noun_persons(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 46: a PER span of one word that is a common noun for a person is no name: _NOUN_PERSONS anywhere but
    after a name word (a PER mention's end or a given name: `नन्द [किशोर]` is a cut name, left to the other steps);
    _NOUN_PERSON_NAMES, given names too, only right after an age word, a `वाला` participle or a determiner
    (`19 वर्षीय [किशोर] के`, `काम करने वाला [किशोर]`, `13 वर्षीय [किशोर] पर`), not alone (`किशोर ने कहा`)."""
    per_ends = {(m.sent_idx, m.end) for m in ents if m.label == "PER"}
    out: list[Mention] = []
    for m in ents:
        if m.label == "PER" and (m.start, m.end) not in keep:
            ws = words.get(m.sent_idx, [])
            k = _word_at(ws, m.start)
            if k < len(ws) and ws[k][0] == m.start and ws[k][1] == m.end:
                fw = fold(ws[k][2])
                prev = fold(ws[k - 1][2]) if k > 0 else ""
                after_name = k > 0 and ((m.sent_idx, ws[k - 1][1]) in per_ends or prev in lex.given_names)
                if fw in _NOUN_PERSONS and not after_name:
                    continue
                if fw in _NOUN_PERSON_NAMES and prev in _NOUN_PERSON_OPENERS:
                    continue
        out.append(m)
    return out


_SPEAKER_COPULAS = frozenset(fold(w) for w in "है हैं".split())
_ONE, _FROM = fold("एक"), fold("से")


def speaker_given_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                        lex: Lexicon) -> list[Mention]:
    """Round 48 (BBC Hindi stories abroad): a person quoted once by the given name alone, before a speech verb's
    habitual present (`इनमें से एक रेखा कहती हैं`, `इनकी साथी वर्षा कहती हैं`, `उज्ज्वला बताती हैं`), is left untagged
    where the name is also a common word (`रेखा` line, `वर्षा` rain) and `rare_given_names` wants it twice. An untagged
    word of the lexicon's given names right before SPEAKS + `है`/`हैं` is PER; not a KB place, function word, title or
    role; not after `के` (a plural noun's genitive: `अध्ययन के निष्कर्ष बताते हैं`), a pointer (`वह`; but the partitive
    `इनमें से एक रेखा`), a naming object (`इसे X कहते हैं`) or an untagged word IL-NER mostly reads in names (half of one)."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for m in ents:
        covered.setdefault(m.sent_idx, []).append((m.start, m.end))
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        spans = covered.get(idx, [])
        for k in range(len(ws) - 2):
            s, e, w = ws[k]
            fw = fold(w)
            if fw not in lex.given_names or fold(ws[k + 1][2]) not in SPEAKS \
                    or fold(ws[k + 2][2]) not in _SPEAKER_COPULAS:
                continue
            if any(a < e and s < b for a, b in spans) or fw in lex.function_words or fw in TITLES or fw in ROLES \
                    or place_of(w, lex) is not None or not _RX_DEVANAGARI_ZW.fullmatch(w) or _named_as(ws, k, k + 1):
                continue
            if k:
                prev = fold(ws[k - 1][2])
                partitive = prev == _ONE and k >= 2 and fold(ws[k - 2][2]) == _FROM  # `इनमें से एक रेखा`
                st = lex.words.get(prev)
                if prev == GENITIVE_KE or prev in POINTERS and not partitive or st is not None \
                        and st.n_per >= 0.5 * st.n and not any(a < ws[k - 1][1] and ws[k - 1][0] < b for a, b in spans):
                    continue  # (the last: an untagged word IL-NER mostly reads in names, the given name half of one)
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
    return out


_TEAM = fold("टीम")
_TEAM_VENUE_MARKERS = frozenset(fold(w) for w in "में से".split())  # `टीम जोहनसबर्ग में खेले गए`


def team_tails(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
               keep: frozenset[tuple[int, int]] = frozenset(), lex: Lexicon | None = None) -> list[Mention]:
    """Round 48: the model runs a team's span on into the word after `टीम`: the place of the match (`[भारतीय क्रिकेट
    टीम जोहनसबर्ग] में खेले गए`) or a common word (`[भारतीय टीम नेट्स] पर थी`, `[रिलीफ टीम गठित]`). An ORG span with
    at least one word before `टीम` and exactly one after it ends at `टीम`; the word after is LOC where it is a KB place,
    or a Devanagari word IL-NER never saw before `में`/`से` (a venue spelt otherwise than the KB: `जोहनसबर्ग` for
    `जोहानसबर्ग`), and dropped otherwise. `टीम इंडिया`, where `टीम` opens the span, is a name and stays."""
    out: list[Mention] = []
    for m in ents:
        if (m.start, m.end) in keep or m.label != "ORG":
            out.append(m)
            continue
        inside = _words_in(words.get(m.sent_idx, []), m)
        if len(inside) >= 3 and inside[0][0] == m.start and inside[-1][1] == m.end \
                and fold(inside[-2][2]) == _TEAM:
            sent = sents[m.sent_idx]
            out.append(_span(sent, m, m.start, inside[-2][1]))
            last = inside[-1]
            ws = words[m.sent_idx]
            k = _word_at(ws, m.end)
            nxt = fold(ws[k][2]) if k < len(ws) else ""
            if lex is not None and (place_of(last[2], lex) is not None or fold(last[2]) not in lex.words
                                    and _RX_DEVANAGARI_ZW.fullmatch(last[2]) and nxt in _TEAM_VENUE_MARKERS):
                out.append(_span(sent, m, last[0], last[1], "LOC"))
            continue
        out.append(m)
    return out


# Round 49: a count of a list of places' tallies (`भोपाल में 5, उज्जैन में 6`, `जोधपुर से 20, नागौर से 10`): digits,
# a duplicated count (`1-1`, `16-16`), a number word or its duplicate (`एक-एक`, `छह`); generic Hindi number syntax
_RX_TALLY = regex.compile(r"[\d०-९]+(?:[.,][\d०-९]+)*(?:-[\d०-९]+)?")
_TALLY_MARKERS = frozenset(fold(w) for w in "में से".split())
_TALLY_SEPARATORS = LIST_SEPARATORS | {";"}


def _tally_count(w: str) -> bool:
    fw = fold(w)
    if _RX_TALLY.fullmatch(w):
        return True
    parts = fw.split("-")
    return len(parts) <= 2 and len(set(parts)) == 1 and parts[0] in NUMBER_WORDS


def _tally_at(ws: Sequence[Word], i: int) -> bool:
    """`count_list_places`: the word at i opens a tally `X में|से N` (X at i)."""
    return i + 2 < len(ws) and fold(ws[i + 1][2]) in _TALLY_MARKERS and _tally_count(ws[i + 2][2])


def _tally_place_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """`count_list_places`: a word that may name a district or town in a tally: a district named like a common word
    (word_districts.txt), an Indian town of india_towns.txt, a notable KB place, or a Devanagari word of 2+ letters the
    training data saw at most `tally_max_seen` times that is no function word, common word (`_common`: `देश`,
    `मरीज`, `मंडल`), news word (`_news_word`), pronoun (`जिनमें`), given name or title."""
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or len(fw) < 2 or fw in POSTPOSITIONS or fw in lex.function_words \
            or _function_word(fw, lex):
        return False
    if fw in lex.word_districts or fw in lex.india_towns:
        return True
    place = place_of(w, lex)
    if place is not None and _notable_place(fw, place, lex):
        return True
    st = lex.words.get(fw)
    return bool((st is None or st.n <= p.tally_max_seen) and not _common(w, lex, p) and not _news_word(w, lex, p)
                and fw not in lex.given_names and fw not in TITLES and fw not in ROLES and fw not in COMMON_WORDS
                and fw not in PLACE_KINDS and fw not in DESIGNATORS)


def count_list_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      p: RefineParams) -> list[Mention]:
    """Round 49 (district tallies of the COVID papers: `छिंदवाड़ा में 04, सतना में 02, धार में 06, शिवपुरी में 02`,
    `जोधपुर से 20, जयपुर से 12, नागौर से 10`): in a sentence that lists at least two tallies `X में|से N` whose X
    is a LOC mention, one untagged word X of another tally there is a place too, LOC, where it opens its list item
    (after a separator, `,` `;` `और` `एवं` `तथा` `व`, itself right after the previous item's count or a LOC) and may
    name a place (`_tally_place_word`: a district named like a common word, `धार`, `बस्ती`, a listed town, or a word
    the training data hardly saw that is no common or news word, pronoun or given name; not `जिनमें से 55`, `देश में
    61 ऐसे जिले`, `पीड़ितों में 32`)."""
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    loc_span = {(m.sent_idx, m.start): m.end for m in ents if m.label == "LOC"}
    loc_end = {(m.sent_idx, m.end) for m in ents if m.label == "LOC"}
    added: list[Mention] = []
    for idx, ws in words.items():
        tallies = [i for i in range(len(ws)) if _tally_at(ws, i)] if len(ws) >= 8 else []
        if len(tallies) < 3:
            continue
        n_loc = 0
        for i in range(len(ws) - 2):  # LOC tallies: a LOC span ending right before `में|से N`
            end = loc_span.get((idx, ws[i][0]))
            if end is None:
                continue
            k = _word_at(ws, end)
            if k + 1 < len(ws) and fold(ws[k][2]) in _TALLY_MARKERS and _tally_count(ws[k + 1][2]):
                n_loc += 1
        if n_loc < 2:
            continue
        for i in tallies:
            w = ws[i]
            if (idx, w[0]) in covered or i < 2 or fold(ws[i - 1][2]) not in _TALLY_SEPARATORS:
                continue
            prev = ws[i - 2]
            if not (_tally_count(prev[2]) or (idx, prev[1]) in loc_end):
                continue
            if not _tally_place_word(w[2], lex, p):
                continue
            sent = sents[idx]
            added.append(Mention(sent.doc_id, idx, w[0], w[1], sent.text[w[0] - sent.start : w[1] - sent.start], "LOC",
                                 ents[0].tagger if ents else "refine"))
    return ents + added


# Round 49: a health centre of the Indian public health system, named by its place (`सीएचसी मेहदावल`, `कैसरगंज
# सीएचसी`, `सामुदायिक स्वास्थ्य केंद्र मुस्तफाबाद`): the acronyms of community and primary health centres and their
# Hindi names; every block has one, so the head is no name and the place beside it is the mention, LOC, as
# `station_police` reads `X थाने` (generic Hindi administration words, not taken from any article)
_CENTRE_ACRONYMS = frozenset(fold(w) for w in "सीएचसी पीएचसी".split())
_CENTRE_NAMES = tuple(tuple(fold(w) for w in s.split()) for s in (
    "सामुदायिक स्वास्थ्य केंद्र", "सामुदायिक स्वास्थ्य केन्द्र", "प्राथमिक स्वास्थ्य केंद्र", "प्राथमिक स्वास्थ्य केन्द्र"))
# ... what may follow the place after the head: a postposition, `ने`, punctuation, a bracket
# (not `।`: a verb ends the sentence, `सिकंदरा सीएचसी भिजवाया।`)
_CENTRE_PLACE_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in "ने , ) (".split())
_GENITIVE_KE = fold("के")  # `पूछताछ के दरम्यान पीएचसी`: a compound postposition's noun, no place, before the head


def _centre_head(fws: Sequence[str], i: int) -> int:
    """`centre_places`: the length of a health centre's head starting at word i (0: none)."""
    if fws[i] in _CENTRE_ACRONYMS:
        return 1
    for name in _CENTRE_NAMES:
        if tuple(fws[i : i + len(name)]) == name:
            return len(name)
    return 0


def centre_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 49 (crime, accident and COVID reports of the Hindi papers): a community or primary health centre is named
    by its block's place, after or before its head (`सामुदायिक स्वास्थ्य केंद्र(सीएचसी)मेहदावल में`, `सीएचसी-मेहदावल
    पर`, `सीएचसी मुंडेरवा में`, `कैसरगंज सीएचसी के चिकित्सक`, `बिहारशरीफ पीएचसी प्रभारी`): one untagged word that may
    name a place (`_tally_place_word`: a listed district or town, a notable KB place, or a word the training data
    hardly saw that is no common or news word, pronoun, given name, title or role) is LOC; after the head (and its
    bracketed acronym) only before a postposition, `ने`, a comma or a bracket, or as the second half of `सीएचसी-X`
    so followed; before the head not after `के`. Not `सिकंदरा सीएचसी भिजवाया।`, `पूछताछ के दरम्यान पीएचसी`,
    `वृंदावन की सीएचसी`, `पीएचसी डॉ. X` (a verb, a compound postposition, a genitive, a title)."""
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    added: list[Mention] = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        if not any(f in _CENTRE_ACRONYMS or f.split("-")[0] in _CENTRE_ACRONYMS or f in ("सामुदायिक", "प्राथमिक")
                   for f in fws):
            continue
        sent = sents[idx]
        spans: list[tuple[int, int]] = []
        for i, w in enumerate(ws):
            parts = w[2].split("-")
            if len(parts) == 2 and fold(parts[0]) in _CENTRE_ACRONYMS and (idx, w[0]) not in covered:
                nxt = fws[i + 1] if i + 1 < len(ws) else ""
                if nxt in _CENTRE_PLACE_AFTER and _tally_place_word(parts[1], lex, p):
                    spans.append((w[1] - len(parts[1]), w[1]))
                continue
            n = _centre_head(fws, i)
            if not n:
                continue
            if i >= 1 and (idx, ws[i - 1][0]) not in covered and (i < 2 or fws[i - 2] != _GENITIVE_KE) \
                    and _tally_place_word(ws[i - 1][2], lex, p):
                spans.append((ws[i - 1][0], ws[i - 1][1]))
            j = i + n
            if j + 2 < len(ws) and ws[j][2] == "(" and fws[j + 1] in _CENTRE_ACRONYMS and ws[j + 2][2] == ")":
                j += 3  # `सामुदायिक स्वास्थ्य केंद्र (सीएचसी) X`
            if j < len(ws) and (idx, ws[j][0]) not in covered and _tally_place_word(ws[j][2], lex, p):
                nxt = fws[j + 1] if j + 1 < len(ws) else ""
                if nxt in _CENTRE_PLACE_AFTER:
                    spans.append((ws[j][0], ws[j][1]))
        for s, e in sorted(set(spans)):
            added.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
    return ents + added


_CITY = frozenset(fold(w) for w in "सिटी".split())  # `पटना सिटी`, `मैक्सिको सिटी`: English "City" in a town's name
_CITY_AFTER = POSTPOSITIONS | frozenset(fold(w) for w in "ने , । ) ( : .".split())


def city_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 49: a town whose name ends in the English `सिटी` (`पटना सिटी के गायघाट मोहल्ले`, Patna's old city;
    `राजधानी मैक्सिको सिटी में`) was tagged without it, `सिटी` being a kind of place (PLACE_KINDS: `स्मार्ट सिटी`). A
    LOC span right before an untagged `सिटी` that a postposition, `ने` or punctuation follows takes it in, as SPEC
    writes the full name. Not an office (`प्रयागराज के सिटी SP`, `सिटी मजिस्ट्रेट`: no LOC before it, or a word
    after it). A gazetteer's span (`keep`) grows too, as `grow_places` grows it: the place is right, its name longer."""
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    out: list[Mention] = []
    for m in ents:
        if m.label != "LOC":
            out.append(m)
            continue
        ws = words.get(m.sent_idx, [])
        k = _word_at(ws, m.end)
        if k < len(ws) and ws[k - 1][1] == m.end and fold(ws[k][2]) in _CITY and (m.sent_idx, ws[k][0]) not in covered \
                and (k + 1 == len(ws) or fold(ws[k + 1][2]) in _CITY_AFTER) and ws[k][0] - m.end <= 1:
            out.append(_span(sents[m.sent_idx], m, m.start, ws[k][1]))
            continue
        out.append(m)
    return out


_GLUE_MARK = regex.compile(r"[\p{Mn}\p{Mc}\u200c\u200d]")  # a vowel sign, virama, nukta or joiner opens no word
_RX_DOMAIN_DOT = regex.compile(r"\.\w")
_GLUE_NOT_ENDS = POSTPOSITIONS | {fold("ने")}  # a case marker wants a noun after it: it ends no line


def _glue_prefixes(lex: Lexicon) -> frozenset[str]:
    """The first halves of the lexicon's compound given names whose second half is a given name too (`कुल` of
    `कुलदीप`, `हर` of `हरदीप`): a word glued to a name after one of these is a name of its own."""
    memo = _memo("_glue_prefixes", lex)
    if "" not in memo:
        gn = lex.given_names
        memo[""] = frozenset(g[:i] for g in gn for i in range(1, len(g) - 1)
                             if g[i:] in gn and not _GLUE_MARK.match(g[i]))
    return memo[""]


def _glued_at(w: str, lex: Lexicon, min_seen: int = 20) -> int:
    """The offset in `w` where a name starts that a lost line break glued to the common word ending the line before
    (`जीत|सौरभ`, `मामले|राजस्थान`, `बाद|इंग्लैंड`), else 0. The whole word is no word of the training data, no given
    name, no KB place, and in at most 5 news articles; the first half a frequent word of the news (20+ articles) that
    IL-NER almost never reads in a name (5% at most of 20+), no case marker (which ends no line: `को|चीन` is Cochin)
    nor the first half of a compound given name (`कुल|दीप`); the second half a sure KB place or a word IL-NER reads
    opening a name or in a person's name (80% of its occurrences: `मोहम्मद`, `ट्रंप`) that 3+ news articles use.
    `min_seen` (params `glue_min_seen`): the fewest times IL-NER saw the first half (review of rounds 49-50: 5 takes
    `निधन|कराची`, `संक्रमित|ढाका`, `गर्मी|राजस्थान`, words IL-NER saw 9-14 times, never in a name)."""
    memo = _memo("_glued_at", lex)
    key = w if min_seen == 20 else f"{w}\t{min_seen}"
    if key in memo:
        return memo[key]
    memo[key] = 0
    fw = fold(w)
    news = lex.news.get(fw)
    if len(w) < 5 or not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in lex.words or fw in lex.given_names \
            or place_of(w, lex) is not None or news is not None and news.n_docs > 5:
        return 0
    prefixes = _glue_prefixes(lex)
    for i in range(2, len(w) - 1):
        a, b = fold(w[:i]), fold(w[i:])
        if _GLUE_MARK.match(w[i]) or a in _GLUE_NOT_ENDS or a in prefixes:
            continue
        st, na = lex.words.get(a), lex.news.get(a)
        if st is None or st.n < min_seen or st.n_ent > 0.05 * st.n or na is None or na.n_docs < 20:
            continue
        sb, nb = lex.words.get(b), lex.news.get(b)
        if lex.strong_place(b) is not None or sb is not None and sb.n >= 2 \
                and (sb.n_begin >= 0.8 * sb.n or sb.n_per >= 0.8 * sb.n) and nb is not None and nb.n_docs >= 3:
            memo[key] = i
            return i
    return 0


def _glued_label(b: str, lex: Lexicon) -> str | None:
    """A glued name's label alone: LOC for a KB place or a word IL-NER reads mostly in places, PER for one it reads
    mostly in persons, else None."""
    st = lex.words.get(fold(b))
    if place_of(b, lex) is not None and (st is None or st.n_loc >= st.n_per):
        return "LOC"
    if st is not None and st.n_loc > max(st.n_per, st.n_org):
        return "LOC"
    if st is not None and st.n_per > max(st.n_loc, st.n_org):
        return "PER"
    return None


def _glued_name_word(w: str, lex: Lexicon) -> bool:
    """A word that goes on a glued name: Devanagari, no function word, and one IL-NER never saw or reads mostly in
    names (`अज़हरुद्दीन` of `जीतमोहम्मद अज़हरुद्दीन`, `निकोबार` of `मामलेअंडमान निकोबार`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in lex.function_words or fw in POSTPOSITIONS:
        return False
    st = lex.words.get(fw)
    return st is None or st.n_ent >= 0.5 * st.n


def line_glues(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
               keep: frozenset[tuple[int, int]] = frozenset(), min_seen: int = 20) -> list[Mention]:
    """Round 50: scraped pages lose line breaks, so a heading's or a list line's last word runs into the name that
    opens the next line (`76 जीतराहुल द्रविड़: 79 मैच`, `टॉस जीतने के बादइंग्लैंड ने`, `15 नये मामलेकानपुर में`). A
    word `_glued_at` splits: a PER/ORG/LOC span over it starts at the name (`[जीतराहुल द्रविड़]` -> `राहुल द्रविड़`;
    a span of the glued word alone takes the name's own label, `[येग़ज़ा]` PER -> `ग़ज़ा` LOC); untagged, the name is
    a mention of its own (`इंग्लैंड` LOC) with up to two untagged name words after it (`_glued_name_word`: `मोहम्मद
    अज़हरुद्दीन`), or the first word of a mention that starts right after it (`मदुरै [कामराज यूनिवर्सिटी]`)."""
    out: list[Mention] = []
    spans: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        spans[m.sent_idx].append(m)
    moved: dict[tuple[int, int, int], int] = {}  # (sentence, start, end) of a span right after a glued word -> new start
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        ms = spans.get(idx, [])
        for k, (s, e, w) in enumerate(ws):
            i = _glued_at(w, lex, min_seen)
            if not i:
                continue
            inside = [m for m in ms if m.start < e and s < m.end]
            if inside:
                continue  # (the tagged spans are cut below)
            sent = sents[idx]
            after = sents.get(idx + 1)
            if _RX_DOMAIN_DOT.match(sent.text, e - sent.start) or sent.end == e + 1 \
                    and sent.text.endswith(".") and after is not None and after.start == e + 1:
                continue  # a web address (`आदेशकालीनिनग्राड.रू`, its dot read as a sentence end), no place
            label = _glued_label(w[i:], lex)
            nxt = [m for m in ms if k + 1 < len(ws) and m.start == ws[k + 1][0]]
            if nxt and (nxt[0].start, nxt[0].end) not in keep:
                moved[(idx, nxt[0].start, nxt[0].end)] = s + i
            elif label is not None:
                end, j = e, k + 1  # the name's other words, untagged, run on with it (`जीतमोहम्मद अज़हरुद्दीन:`)
                while j < len(ws) and j <= k + 2 and _glued_name_word(ws[j][2], lex) \
                        and not any(m.start < ws[j][1] and ws[j][0] < m.end for m in ms):
                    end, j = ws[j][1], j + 1
                out.append(Mention(sent.doc_id, idx, s + i, end, sent.text[s + i - sent.start : end - sent.start],
                                   label, tagger))
    for m in ents:
        sent = sents[m.sent_idx]
        new = moved.get((m.sent_idx, m.start, m.end))
        if new is not None:
            out.append(_span(sent, m, new, m.end))
            continue
        if (m.start, m.end) in keep or m.label not in ("PER", "ORG", "LOC"):
            out.append(m)
            continue
        inside = _words_in(words.get(m.sent_idx, []), m)
        cut = None
        for s, e, w in inside:
            i = _glued_at(w, lex, min_seen)
            if i:
                cut = (s, e, w, i)
                break
        if cut is None:
            out.append(m)
            continue
        s, e, w, i = cut
        if s == m.start and e == m.end:
            out.append(_span(sent, m, s + i, e, _glued_label(w[i:], lex) or m.label))
        else:
            out.append(_span(sent, m, s + i, m.end))
    return out


_RX_GLUED_DIGIT = regex.compile(r"\d")


def _code_letters(w: str) -> bool:
    """Two or more letters of an acronym: Latin capitals (`MH`, `IP`) or Devanagari letter names (`एमएच`, `एसीई`)."""
    if w.isascii():
        return 2 <= len(w) <= 8 and w.isalpha() and w.isupper()
    letters = _acronym_letters(w)
    return letters is not None and len(letters) >= 2


# review of rounds 49-50: an Indian hospital's acronym ends in H for hospital after C (Medical College & Hospital:
# PMCH, NMCH, GMCH) or S (Specialty Hospital: GMSH); Chandigarh numbers its hospitals by sector (`जीएमएसएच16`,
# `जीएमसीएच-32`), so such an acronym glued to a number is the hospital's name, no code
_HOSPITAL_TAILS = ("CH", "SH")
_RX_GLUED_NUMBER = regex.compile(r"\d+")


def _hospital_letters(w: str) -> bool:
    """`code_hospitals`: a hospital's acronym, 3-6 letters ending in `CH`/`SH` (`जीएमएसएच`, `GMCH`)."""
    letters = w if w.isascii() else _acronym_letters(w)
    return letters is not None and 3 <= len(letters) <= 6 and letters.upper().endswith(_HOSPITAL_TAILS)


def code_acronyms(sents: dict[int, Sentence], ents: list[Mention],
                  keep: frozenset[tuple[int, int]] = frozenset(), hospitals: bool = False) -> list[Mention]:
    """Round 50: letters written together with a number are a code, no name: a flight (`एमएच370`), a gene or
    receptor (`एसीई2`, `टीएमपीआरएसएस2`), a credit rating (`बीएए2`), a number plate (`HR63`), a war (`WW1`), a rating
    of a phone (`IP68`). A one-word PER/ORG/LOC span of an acronym (`_code_letters`) with a digit right after it, no
    space between, is dropped; `बीबीसी रेडियो4` (two words) and a name glued to a year after it (`चार्ली चैपलिन1940`,
    no acronym) stay. `hospitals` (review of rounds 49-50, params `code_hospitals`): a hospital's acronym
    (`_hospital_letters`) takes its glued number in, one ORG (`[जीएमएसएच]16` -> `जीएमएसएच16`)."""
    out: list[Mention] = []
    for m in ents:
        if (m.start, m.end) not in keep and m.label in ("PER", "ORG", "LOC") and " " not in m.text \
                and _code_letters(m.text):
            sent = sents[m.sent_idx]
            if _RX_GLUED_DIGIT.match(sent.text, m.end - sent.start):
                if hospitals and _hospital_letters(m.text):
                    num = _RX_GLUED_NUMBER.match(sent.text, m.end - sent.start)
                    out.append(_span(sent, m, m.start, m.end + len(num.group()), "ORG"))
                continue
        out.append(m)
    return out


_APPOSITION_KINDS = APPOSITIVE_KINDS | frozenset(fold(w) for w in "पार्टी संस्थान".split())


def kind_appositions(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                     keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 50: news writes an organisation's kind, with its descriptive words, right before its name
    (`फ़लस्तीनी संगठन हमास`, `प्रतिबंधित उग्रवादी संगठन लश्कर ए तैयबा`, `दक्षिणपंथी हिन्दू राजनीतिक पार्टी शिव सेना`,
    `ब्रिटिश अखबार डेली मेल`); the model tags the descriptive phrase as an ORG of its own beside the name. An ORG span of
    2+ words ending in a kind (APPOSITIVE_KINDS, `पार्टी`, `संस्थान`), no organisation of the lexicon with or without
    the kind (`जगुआर लैंड रोवर कंपनी`) and no sure KB place in it (`पाकिस्तान पीपुल्स पार्टी`), with a PER/ORG span
    right after it (one space between) that is no acronym, is dropped: the name stays. An expansion before its acronym
    (`विश्व स्वास्थ्य संगठन WHO`, `स्वास्थ्य अनुसंधान संस्थान आईसीएमआर`) stays."""
    starts: dict[tuple[int, int], Mention] = {(m.sent_idx, m.start): m for m in ents if m.label in ("PER", "ORG")}
    out: list[Mention] = []
    for m in ents:
        if m.label == "ORG" and (m.start, m.end) not in keep:
            inside = _words_in(words.get(m.sent_idx, []), m)
            fws = tuple(fold(w[2]) for w in inside)
            nxt = starts.get((m.sent_idx, m.end + 1))
            if len(fws) >= 2 and fws[-1] in _APPOSITION_KINDS and fws not in lex.orgs and fws[:-1] not in lex.orgs \
                    and nxt is not None and not _acronym_name(nxt.text) \
                    and not any(lex.strong_place(fw) is not None for fw in fws[:-1]):
                continue
        out.append(m)
    return out


def _acronym_name(text: str) -> bool:
    """One word of capitals or Devanagari letter names (`WHO`, `आईसीएमआर`)."""
    return " " not in text and (text.isascii() and text.isupper() or _acronym_letters(text) is not None)


def _devanagari_word(w: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in w) and not any(c.isascii() and c.isalnum() for c in w)


def longer_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                 longer_names_appositions: bool = False) -> list[Mention]:
    """Round 51: a name the story tags whole in one sentence was cut in another (`खानपुर घाटी गांव को ... सील कर दिया`,
    then `[खानपुर] घाटी एवं डुंगेजा गांव के`, `गांव [खानपुर] घाटी में`; `[गोविंद सिंह] राजपूत` after `गोविंद सिंह राजपूत`).
    A PER/ORG/LOC span right before untagged words that complete a longer span of the same label the document tags
    elsewhere (its words the span's + those words, folded) takes them in, the longest such name first: one name, one
    span per story, as `propagate` reads a name. The words taken are Devanagari (not `Bihar` + `Corona Update` of a
    mistagged English headline), and the longer name is no person's name + an organisation's head (`[सोनिया
    आर्केस्ट्रा ग्रुप]` PER)."""
    # (label, the first words of a longer name) -> the words that complete it: one look-up per span, not a pass over
    # every name of the story
    longer: dict[tuple[str, tuple[str, ...]], set[tuple[str, ...]]] = defaultdict(set)
    for m in ents:
        if m.label in ("PER", "ORG", "LOC"):
            key = tuple(fold(w[2]) for w in _words_in(words.get(m.sent_idx, []), m))
            if len(key) > 1 and not (m.label == "PER" and key[-1] in _LONGER_ORG_HEADS):
                for i in range(1, len(key)):
                    longer[(m.label, key[:i])].add(key[i:])
    if not longer:
        return ents
    labels = {label for label, _ in longer}
    # Review of round 51: a place or body the story names alone is no tail to take in: the longer span is an epithet
    # or a head + the name in apposition (`[बाबा नगरी] देवघर` after a mistagged `बाबा नगरी देवघर`, when the story
    # tags `देवघर` alone; `संगम नगरी प्रयागराज`), and the name alone is the entity; persons stay (a surname alone,
    # `जलीली`, is how a story names a person it named in full)
    alone: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    if longer_names_appositions:
        for m in ents:
            if m.label in ("ORG", "LOC"):
                alone[m.label].add(tuple(fold(w[2]) for w in _words_in(words.get(m.sent_idx, []), m)))
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    out: list[Mention] = []
    for m in ents:
        ws = words.get(m.sent_idx, [])
        inside = _words_in(ws, m) if m.label in labels else []
        if not inside or inside[0][0] != m.start or inside[-1][1] != m.end:
            out.append(m)
            continue
        rests = longer.get((m.label, tuple(fold(w[2]) for w in inside)), ())
        k = _word_at(ws, m.end)
        best = 0
        for rest in rests:
            n = len(rest)
            if k + n > len(ws):
                continue
            tail = ws[k:k + n]
            if n > best and tuple(fold(w[2]) for w in tail) == rest and rest not in alone[m.label] \
                    and all((m.sent_idx, w[0]) not in covered and _devanagari_word(w[2]) for w in tail) \
                    and all(tail[i][0] - (tail[i - 1][1] if i else m.end) <= 1 for i in range(n)):
                best = n
        out.append(_span(sents[m.sent_idx], m, m.start, ws[k + best - 1][1]) if best else m)
    return out


# Round 51: heads that end an organisation's name, never a person's (`सोनिया आर्केस्ट्रा ग्रुप` mistagged PER)
_LONGER_ORG_HEADS = frozenset(fold(w) for w in "ग्रुप समूह कंपनी संस्था संगठन पार्टी दल बैंक अस्पताल कॉलेज विश्वविद्यालय".split())


# Round 51: English words of a Hindi paper's headline kicker or page furniture (`Bihar Corona Update:`, `Breaking News
# Live`, `Edited By`), never a word of a place's or a person's name
_HEADLINE_WORDS = frozenset("""news update updates live latest breaking lockdown coronavirus corona covid covid-19 relief
package business publish published date posted edited by poll result results distancing""".split())


def headline_spans(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset(), headline_bylines: bool = False) -> list[Mention]:
    """Round 51: Hindi papers open a story with an English kicker (`Economic Package Coronavirus: PM के संबोधन पर`,
    `Coronavirus Lockdown: बिहार की ...`, `पटना / Bihar Corona Update: ...`) or print page furniture (`Breaking News
    Live`, `Publish Date`), which the model reads as a place. A LOC/PER span of 2+ English words, one of them a
    headline word (_HEADLINE_WORDS), names nothing: it is dropped, but for the English place names in it, LOC alone
    (`Lucknow Coronavirus News` -> `Lucknow`). ORG spans stay (`Fox News`, the broadcaster)."""
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label in ("LOC", "PER") and (m.start, m.end) not in keep else []
        if len(ws) < 2 or not all(_is_latin(w[2]) for w in ws) or not any(w[2].lower() in _HEADLINE_WORDS for w in ws):
            out.append(m)
            continue
        # review of round 51: a byline's name after `By` is a person (`Edited By Naina Gupta` -> `Naina Gupta` PER)
        j = next((j for j, w in enumerate(ws) if w[2].lower() == "by"), len(ws)) if headline_bylines else len(ws)
        if 0 < len(ws) - j - 1 and all(w[2][:1].isupper() and w[2].lower() not in _HEADLINE_WORDS for w in ws[j + 1:]):
            out.append(_span(sents[m.sent_idx], m, ws[j + 1][0], ws[-1][1], "PER"))
            ws = ws[:j]
        i = 0
        while i < len(ws):
            n = next((n for n in (2, 1) if i + n <= len(ws) and not any(w[2].lower() in _HEADLINE_WORDS for w in ws[i:i + n])
                      and lex.latin_places.get(" ".join(w[2] for w in ws[i:i + n]).lower())), 0)
            if n:
                out.append(_span(sents[m.sent_idx], m, ws[i][0], ws[i + n - 1][1], "LOC"))
            i += n or 1
    return out


# Round 52: a digit, ASCII or Devanagari (`05:07 AM`, `एफ़-16`, `बी-1 बी-2`, `सेक्टर-13`)
_DIGIT = regex.compile(r"[0-9\u0966-\u096F]")


def digit_persons(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 52: a person's name holds no digit. A PER span with one is a clock time of the page furniture (`05:07 AM,
    09-APR-2020`), an aircraft or a vitamin's code (`लॉकहीड मार्टिन एफ़-16`, `बी-1 बी-2`), a numbered sector or
    committee (`सेक्टर-13`, `एम्पावर्ड ग्रुप-9`): it is dropped. ORG and LOC spans stay (`बीबीसी रेडियो 4`, `उत्तर
    24 परगना`, `कोविड-19 टास्क फोर्स`); curated spans stay."""
    return [m for m in ents if m.label != "PER" or (m.start, m.end) in keep or not _DIGIT.search(m.text)]


def demonym_places(ents: list[Mention], lex: Lexicon, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 52: a demonym or national adjective names no place (the gold SPEC: `रूसी`, `कज़ाख` are no mentions). A
    one-word LOC span that is one (NATIONAL_ADJECTIVES, `अफ़ग़ान`; or a KB place + an adjective ending that is no place
    itself, `_demonym`: `पाकिस्तानी`) is dropped: `तीन अफ़ग़ान क़ैदियों`, `पाक ने अफगान सीमा सील की`. A word that
    is also a place stays (`तुर्की`); PER spans stay (`मिस्री`, Vikram Misri, a surname)."""
    return [m for m in ents if m.label != "LOC" or " " in m.text or (m.start, m.end) in keep
            or not (fold(m.text) in NATIONAL_ADJECTIVES or _demonym(m.text, lex))]


def front_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 53: a place or body cut at the front, only its last word tagged (`नई [दिल्ली]-पटना`, `मयूर [विहार] इलाके
    में`, `जिन [तहरीके] तालिबान` as `तहरीके [तालिबान]`, `ला [रियोजा] प्रांत`). A LOC/ORG span starting a word, right
    after one untagged Devanagari word W (one space between), takes W in when `W + span` is a name of the same label
    the project or the story knows: a KB or alias place (LOC), a known organisation (ORG), or the start of a span of
    the same label the document tags elsewhere. PER spans are never grown (a role or title before a name, `आशा [कुसुम
    देवी]`, `सिंगर [कनिका कपूर]`, stays outside it); a LOC after an untagged word is no deity's name taken in
    (`वैष्णो [देवी]` is no place of the KB nor a span of the story). Curated spans (`keep`) may grow on the same
    evidence, never shrink (`तालिबान`, an alias row, inside `तहरीके तालिबान`)."""
    tagged: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in ents:
        if m.label in ("ORG", "LOC"):
            key = tuple(fold(w) for w in m.text.split())
            for n in range(2, len(key) + 1):
                tagged[m.label].add(key[:n])
    covered = {(m.sent_idx, w[0]) for m in ents for w in words.get(m.sent_idx, []) if w[0] < m.end and w[1] > m.start}
    out: list[Mention] = []
    for m in ents:
        ws = words.get(m.sent_idx, []) if m.label in ("ORG", "LOC") else []
        k = _word_at(ws, m.start) if ws else 0
        if not (0 < k < len(ws) and ws[k][0] == m.start):
            out.append(m)
            continue
        prev = ws[k - 1]
        key = (fold(prev[2]),) + tuple(fold(w) for w in m.text.split())
        known = (m.label == "LOC" and lex.places.get(" ".join(key)) is not None
                 or m.label == "ORG" and key in lex.orgs or key in tagged[m.label])
        if known and m.start - prev[1] == 1 and (m.sent_idx, prev[0]) not in covered and _devanagari_word(prev[2]) \
                and "-" not in prev[2]:
            out.append(_span(sents[m.sent_idx], m, prev[0], m.end))
        else:
            out.append(m)
    return out


# Round 54: the endings of English place names as Hindi news spells them: a county (`-shire`: `यॉर्कशायर`,
# `नॉर्थम्पटनशायर`), a borough (`-borough`, `-boro`: `वेलिंगबोरो`), a town (`-ville`, `-town`: `नैशविले`,
# `क्लमेंटटाउन`); generic (English toponymy), not read off an article
PLACE_SUFFIXES = tuple(fold(w) for w in "शायर बरो बोरो बॉरो विले टाउन".split())
# the head of a building, an institution or an estate after such a word: the word names it, not a place of its own
# (`केपटाउन सोसायटी`, a housing society in Noida; `स्कारबोरो ग्रेस अस्पताल`)
_SUFFIX_NOT_BEFORE = PERSON_INSTITUTE_HEADS | frozenset(fold(w) for w in """सोसायटी सोसाइटी अपार्टमेंट अपार्टमेंट्स
    होटल मॉल क्लब कंपनी स्कूल""".split())
_SUFFIX_MIN_STEM = 2  # letters before the ending at least (`शायर` alone is the Urdu poet, no place)
# Review of rounds 54-55: English common nouns built on `-town`, a part of any city, no place's name (`डाउनटाउन
# इलाके में`, downtown; uptown; hometown)
_SUFFIX_COMMON = frozenset(fold(w) for w in "डाउनटाउन अपटाउन होमटाउन".split())


def place_suffixes(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   lex: Lexicon) -> list[Mention]:
    """Round 54: foreign towns and counties no KB lists (issue 14's translated news: `यॉर्कशायर अंग्रेज़ी उच्चारण`,
    `नॉर्थम्पटनशायर के रशडेन में`, `वेलिंगबोरो के MP`, `ट्रक नैशविले में था`). An untagged Devanagari word ending in an
    English place suffix (PLACE_SUFFIXES, `_SUFFIX_MIN_STEM` letters before it) is LOC when the training data never
    saw it or saw it mostly in places, it is no given name, no word of a PER span the story tags (`डेविड नैबोरो`,
    then `नैबोरो ने कहा`), not before `ने` (an agent is a person or a team), and not the first word of a longer name
    (not before the head of a building or estate, `केपटाउन सोसायटी`, `_SUFFIX_NOT_BEFORE`, a tagged span or another
    word the training data never saw, `स्कारबोरो ग्रेस अस्पताल`)."""
    person_words: dict[str, set[str]] = defaultdict(set)
    for m in ents:
        if m.label == "PER":
            person_words[m.doc_id].update(fold(w) for w in m.text.split())
    covered = _chars_covered(ents)
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        sent = sents[idx]
        for i, w in enumerate(ws):
            b = _bare(w)
            fw = fold(b[2])
            if not b[2] or not any(fw.endswith(x) and len(fw) - len(x) >= _SUFFIX_MIN_STEM for x in PLACE_SUFFIXES) \
                    or not _devanagari_word(b[2]) or any((idx, k) in covered for k in range(w[0], w[1])):
                continue
            st = lex.words.get(fw)
            if st is not None and 2 * st.n_loc < st.n or fw in lex.given_names or fw in person_words[sent.doc_id] \
                    or fw in _SUFFIX_COMMON:
                continue
            if i + 1 < len(ws) and b[1] == w[1]:  # a dash or colon after the word ends its name
                nxt = ws[i + 1]
                fn = fold(nxt[2])
                if fn == ERGATIVE or fn in _SUFFIX_NOT_BEFORE or (idx, nxt[0]) in covered or _unseen_name(nxt[2], lex):
                    continue
            out.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start], "LOC",
                               tagger))
    return out


def _split_key(text: str) -> tuple[str, ...]:
    """`split_names`: a name's words as consonant skeletons of their phonetic keys (pipeline.link: vowels, nukta and
    vowel length folded), so that a story's spellings of one name agree (`डायटन` / `डायटॉन`)."""
    return tuple(_skeleton(_token_key(w)) for w in text.split())


def split_names(sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 54: a name split into two tagged spans (issue 14's `[जम्मू] [कश्मीर]`; `[डायटन]` LOC `[सिम्पसन]` PER,
    `[कृष्णा] [पुनिया]`, `[अजित]` LOC `[जोगी]` PER, `[तहरीके]` PER `[तालिबान]` ORG, `[लोअर] [परेल]`). Two PER/ORG/LOC
    spans one space apart whose words together are, spelling folded (`_split_key`), a span of 2+ words the same story
    tags elsewhere are that one name, with the label the story gives it most (the story's own evidence that the two
    are one name, as `longer_names`; two names side by side that the story never tags together stay apart, `[भारत]
    [पाकिस्तान]`, `[पटना] [बिहार]`)."""
    wholes: dict[tuple[str, tuple[str, ...]], Counter[str]] = defaultdict(Counter)
    for m in ents:
        if m.label in ("PER", "ORG", "LOC") and len(m.text.split()) >= 2:
            key = _split_key(m.text)
            if all(key):
                wholes[(m.doc_id, key)][m.label] += 1
    if not wholes:
        return ents
    names = sorted((m for m in ents if m.label in ("PER", "ORG", "LOC")), key=lambda m: (m.sent_idx, m.start, m.end))
    drop: set[int] = set()
    add: list[Mention] = []
    for a, b in zip(names, names[1:]):
        if a.sent_idx != b.sent_idx or b.start != a.end + 1 or id(a) in drop:
            continue
        sent = sents[a.sent_idx]
        if sent.text[a.end - sent.start] != " ":
            continue
        labels = wholes.get((a.doc_id, _split_key(sent.text[a.start - sent.start : b.end - sent.start])))
        if labels:
            drop.update((id(a), id(b)))
            add.append(_span(sent, a, a.start, b.end, labels.most_common(1)[0][0]))
    return [m for m in ents if id(m) not in drop] + add


# ----------------------------------------------------------------------------------------- round 55


# Round 55: endings a Hindi verb stem takes in its finite and non-finite forms (infinitive, oblique infinitive,
# participles, perfective, subjunctive): a stem the news or IL-NER writes with one of them outside names is a verb.
_VERB_ENDINGS = ("ना", "ने", "नी", "ता", "ती", "ते", "ा", "ी", "े", "ें", "या", "ये", "यी", "ए", "ई", "ो")
# Review of rounds 54-55: of those, the endings only a verb takes (infinitive `-ना`/`-ने`, imperfective participle
# `-ता`/`-ती`/`-ते`, the perfective `-या`/`-ये`/`-यी` of a stem in `-ा`): the vowel endings alone are a noun's or an
# adjective's inflection too (`केला`/`केले`, the fruit: `केलकर`, a Marathi surname; `चांदी`/`चांदनी`: `चांदकर`;
# the noun `गाय` with `गाया`: `गायकर`), so a stem needs one form with a verb's own ending at least.
_VERB_ONLY_ENDINGS = frozenset(("ना", "ने", "ता", "ती", "ते", "या", "ये", "यी"))


def _verb_stem(stem: str, lex: Lexicon) -> bool:
    """Round 55: the folded stem is a verb's: a word UD lists (lex.function_words: `हिला`, `देख`) with one verb form
    at least, or a stem of 3+ letters the news or IL-NER writes with two verb endings at least (`भाग` of `भागने`,
    `भागा`); no form is a word IL-NER read inside a name; one form at least with an ending only a verb takes
    (`_VERB_ONLY_ENDINGS`: not `केला`/`केले` alone, review of rounds 54-55)."""
    forms = 0
    verbal = False
    for e in _VERB_ENDINGS:
        w = fold(stem + e)
        st = lex.words.get(w)
        if st is not None and st.n_ent:
            return False  # a name's word (`सीता` of `सी|कर`)
        if st is not None or w in lex.news or w in lex.function_words:
            forms += 1
            verbal = verbal or e in _VERB_ONLY_ENDINGS
    if not verbal:
        return False
    if stem in lex.function_words:  # a UD word with a verb form too (`हिला`, `देख`; not the pronoun `जो` of `जोकर`)
        return forms >= 1
    return len(stem) >= 3 and forms >= 2  # one short syllable (`बा` of the name `बाकर`): only a verb UD lists


def _converb(w: str, lex: Lexicon) -> bool:
    """Round 55: the folded word is a verb's absolutive, stem + `कर` (`खोदकर`, `हिलाकर`, `सौंपकर`): a stem of 2+
    letters that is a verb's (`_verb_stem`); the word itself no KB place (`सीकर`), given name (`दिवाकर`), word IL-NER
    read inside a name (`जयशंकर`, `तेंदुलकर`), nor one the news mostly writes before a case marker (`जावड़ेकर ने`)."""
    if not w.endswith("कर") or len(w) < 4 or not _RX_DEVANAGARI.fullmatch(w):
        return False
    if w in lex.places or w in lex.given_names:
        return False
    st, news = lex.words.get(w), lex.news.get(w)
    if st is not None and st.n_ent or news is not None and 2 * news.n_case > news.n:
        return False
    return _verb_stem(w[:-2], lex)


def converb_spans(words: dict[int, list[Word]], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 55: an absolutive (conjunctive participle) names nothing: `जेसीबी से [खोदकर] गांव को सील कर दिया`,
    `दुनिया को [हिलाकर] रख दिया`, `जान [गंवाकर]`. A one-word PER/ORG/LOC span that is one (`_converb`: a verb's stem +
    `कर`) is dropped, unless a case marker or `ने` follows it (a name's slot: `भाकर ने`); curated spans stay."""
    out: list[Mention] = []
    for m in ents:
        if m.label in ("PER", "ORG", "LOC") and " " not in m.text.strip() and (m.start, m.end) not in keep \
                and _converb(fold(m.text), lex):
            ws = words.get(m.sent_idx, [])
            k = _word_at(ws, m.end)  # the word right after the span
            nxt = fold(ws[k][2]) if k < len(ws) else ""
            if nxt not in POSTPOSITIONS and nxt != fold("ने"):
                continue
        out.append(m)
    return out


# Round 55: the prefixes navies write before a commissioned ship's name (Indian Naval Ship, Indian Naval Sailing
# Vessel, Indian Coast Guard Ship, United States Ship, Her/His Majesty's Ship), in Devanagari and Latin letters:
# general naval usage, not taken from an article. What follows is a vessel's name, no PER/ORG/LOC (`आईएनएस जलाश्व`,
# `यूएसएस थियोडोर रूजवेल्ट`). `आईएएनएस` (IANS, the news agency) is another word.
SHIP_PREFIXES = frozenset(fold(w) for w in """आईएनएस आईएनएसवी आईसीजीएस यूएसएस एचएमएस INS INSV ICGS USS HMS""".split())


def ship_names(words: dict[int, list[Word]], ents: list[Mention],
               keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 55: a ship is no person, body or place. A PER/ORG/LOC span whose first word is a naval ship prefix
    (SHIP_PREFIXES: `[आईएनएस] जलाश्व`, `[आईएनएस] मगर`, `'[यूएसएस] थियोडोर रूजवेल्ट'`) is dropped; curated spans stay.
    A span right after the prefix stays: the same prefix names shore bases too, places (`आईएनएस [हंसा] से पुणे`, the
    naval air station at Goa), and the quantities read the untagged word as a predicate. A prefix names a ship only
    with the ship's name after it: the bare acronym before a case marker, `ने`, a list separator, punctuation or the
    sentence's end is a body's (review of rounds 54-55: `आईएनएस ने`, the Indian Newspaper Society; `(INS)`, the US
    Immigration and Naturalization Service), and stays."""
    out: list[Mention] = []
    for m in ents:
        if m.label in ("PER", "ORG", "LOC") and (m.start, m.end) not in keep:
            ws = words.get(m.sent_idx, [])
            k = _word_at(ws, m.start)
            if k < len(ws) and ws[k][0] == m.start and fold(ws[k][2]) in SHIP_PREFIXES:
                nxt = fold(ws[k + 1][2]) if k + 1 < len(ws) else ""
                if ws[k][1] < m.end or nxt and _RX_LETTER.search(nxt) and nxt not in _SHIP_NOT_NAME:
                    continue
        out.append(m)
    return out


# Review of rounds 54-55: what follows a bare acronym, never a ship's name (`ship_names`)
_SHIP_NOT_NAME = POSTPOSITIONS | LIST_SEPARATORS | frozenset((ERGATIVE, ERGATIVE_TYPO, fold("द्वारा")))


# Round 55: a kind of place written after a place's name (PLACE_DESIGNATORS: `गढ़वा प्रखंड`, `जगदल थाने`), or
# `निवासी`, a resident of it (`पानीपत निवासी युवक`); and the kinds written before a village's or district's name
# (`गांव ग्वालीशन`, `जिला बक्सर`); an area's noun after a place, one word between at most (`बवाना औद्योगिक क्षेत्र`).
# Generic Hindi, not taken from an article.
_ECHO_AFTER = frozenset(fold(w) for w in (*PLACE_DESIGNATORS, "निवासी"))
_ECHO_BEFORE = frozenset(fold(w) for w in "गांव गाँव ग्राम जिला ज़िला जनपद कस्बा कस्बे प्रखंड तहसील".split())
_ECHO_AREAS = frozenset(fold(w) for w in "क्षेत्र इलाके इलाका इलाक़े".split())
# Review of rounds 54-55: the ergative `ने` marks an agent, a person or a body: the word the model left untagged
# before it is no place's slot to spread a place to (`रेंस ने अदालत को बताया`, a witness the model once read as a
# place), though `_PLACE_FOLLOWERS` counts it for the vote
_ECHO_NOT_SLOT = frozenset((ERGATIVE, ERGATIVE_TYPO))


def _echo_word(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 55: a folded one-word place name `place_echoes` may spread: Devanagari, 3+ letters, no function word,
    given name or common word (`_common`), and IL-NER never saw it outside names (`_ordinary_reading`: `कोटा`)."""
    return (len(fw) >= 3 and bool(_RX_DEVANAGARI.fullmatch(fw)) and fw not in lex.function_words
            and fw not in lex.given_names and not _ordinary_reading(fw, lex) and not _common(fw, lex, p))


def place_echoes(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                 p: RefineParams) -> list[Mention]:
    """Round 55: a local place the story tags once and writes again untagged (`बताया गया कि गढ़वा में मिले चारों
    संक्रमित` after `गढ़वा प्रखंड`; `कौशांबी और हरदोई भी` after a tally `कौशांबी 2,`): `propagate`'s vote leaves a
    one-word name no KB lists untagged when the story writes it untagged as often as tagged. A one-word word W the
    story tags LOC, and with no other label, that the story itself names as a place once at least (W before a kind
    of place or `निवासी`, `गढ़वा प्रखंड`, `पानीपत निवासी`; before an area's noun, `क्षेत्र`/`इलाके`, or one word
    before it, `बवाना औद्योगिक क्षेत्र`, `बिंद थाना क्षेत्र`; after `गांव`/`जिला`, `गांव ग्वालीशन`; or joined by `/` to
    a tagged place, `बक्सर/डुमरांव`), and no common word (`_echo_word`), is LOC at its untagged occurrences in a
    place's slot: before a case marker, a list separator, `भी`/`ही`, a kind of place, punctuation or the sentence's
    end (`_PLACE_FOLLOWERS`), not before `ने` (an agent's slot, review of rounds 54-55). A common noun the model once tagged LOC (`कैंपस में`, `नर्सरी से`, `आंगनबाड़ी के`)
    has no such naming in the story and stays untagged."""
    labels: dict[str, set[str]] = defaultdict(set)
    for m in ents:
        labels[fold(m.text.strip())].add(m.label)
    cands = {w for w, ls in labels.items() if ls == {"LOC"} and " " not in w and _echo_word(w, lex, p)}
    if not cands:
        return ents
    covered = {(m.sent_idx, w[0]) for m in ents for w in words.get(m.sent_idx, []) if w[0] < m.end and w[1] > m.start}
    loc_words = {(m.sent_idx, w[0]) for m in ents if m.label == "LOC"
                 for w in words.get(m.sent_idx, []) if w[0] < m.end and w[1] > m.start}
    named: set[str] = set()
    spots: list[tuple[int, Word]] = []
    for idx, ws in words.items():
        fws = [fold(w[2]) for w in ws]
        for i, fw in enumerate(fws):
            if fw not in cands:
                continue
            nxt = fws[i + 1] if i + 1 < len(fws) else ""
            prv = fws[i - 1] if i else ""
            if nxt in _ECHO_AFTER or prv in _ECHO_BEFORE or nxt in _ECHO_AREAS \
                    or i + 2 < len(fws) and fws[i + 2] in _ECHO_AREAS and _RX_DEVANAGARI.fullmatch(nxt) \
                    or prv == "/" and ws[i - 1][1] == ws[i][0] and i > 1 and (idx, ws[i - 2][0]) in loc_words \
                    or nxt == "/" and ws[i + 1][0] == ws[i][1] and i + 2 < len(ws) and (idx, ws[i + 2][0]) in loc_words:
                named.add(fw)
            if (idx, ws[i][0]) not in covered and nxt not in _ECHO_NOT_SLOT \
                    and (not nxt or nxt in _PLACE_FOLLOWERS or not _RX_LETTER.search(nxt)):
                spots.append((idx, ws[i]))
    tagger = ents[0].tagger if ents else "refine"
    out = list(ents)
    for idx, (s, e, w) in spots:
        if fold(w) in named:
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
    return out


# --------------------------------------------------------------------------------------------- round 56 (ORG recall)

# The last word of an organisation's written-out name before its bracketed acronym (`एशियाई फुटबॉल परिसंघ (एएफसी)`,
# `इजराइल रक्षा बल (आईडीएफ)`, `श्री माता वैष्णो देवी श्राइन बोर्ड (एसएमवीडीएसबी)`): the heads the other steps know,
# and the words of federations, forces, funds and tribunals; not a programme or a service (`मिशन`, `सेवा`), nor a
# centre (`केंद्र`, also the Union government and a point)
EXPANSION_HEADS = (ENGLISH_ORG_HEADS | CALQUE_HEADS | COMMUNITY_BODY_HEADS | NAME_BODY_HEADS | ACRONYM_HEADS
                   | GOVERNMENT_HEADS | frozenset(fold(w) for w in """परिसंघ महासंघ बल कोष फंड न्यायाधिकरण पार्टी
    मूवमेंट संगठन बैंक""".split())) - frozenset(fold(w) for w in "मिशन सेवा".split())
# the words that join the words of such a name and stand for no letter of its acronym (pipeline.link's function
# words: `और`, `एवं`, `ऑफ`, `एंड`, `द`), but the genitive postpositions, which end the owner before the name
# (`कोरिया के रोग नियंत्रण ...`) and so stop the walk as other function words do
_EXPANSION_JOINERS = frozenset(fold(w) for w in """और एवं तथा व फॉर फ़ॉर द दि एंड एन्ड ऑफ ऑफ़ ऑन इन एट टू""".split())


def acronym_heads(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 56: an organisation written out before its bracketed acronym, the acronym tagged ORG and its name not
    (`इस बात की पुष्टि एशियाई फुटबॉल परिसंघ (एएफसी) ने दी`, `एशियन नौकायन महासंघ (एसीसी)`): step 7d's
    `acronym_expansions` ends an ORG expansion only in a word the training data shows ending organisation names
    (`_org_last_word`), and IL-NER never saw `परिसंघ`, `महासंघ`, `फेडरेशन` there. This late pass reads the head from a
    list instead (the heads the other steps know, EXPANSION_HEADS), over the acronyms still left alone. The words right before the
    bracket, one space apart, are that name when the last is an organisation's head (EXPANSION_HEADS) and exactly as
    many of them as the acronym has letters (pipeline.link's letter names: एएफसी = AFC, three) are content words,
    joiners (`और`, `एवं`, `ऑफ`: `_EXPANSION_JOINERS`) not counted and not first: the count bounds the name's front,
    where no case marker does (`पुष्टि` before `एशियाई`). No word of it may be in a PER/ORG span (a place inside
    the name is taken in, `[दिल्ली]L राज्य कैंसर संस्थान (डीएससीआई)`), a digit or a function word other than a
    joiner; a term's acronym the model read as ORG has no such head (`सेंट्रल नर्वस सिस्टम (सीएनएस)`). A curated
    place inside grows into the name as `org_heads` grows one (`[इजराइल]L रक्षा बल (आईडीएफ)`), and a curated acronym
    stays as it is."""
    spans: dict[int, list[Mention]] = defaultdict(list)
    for m in ents:
        if m.label in ("PER", "ORG", "LOC"):
            spans[m.sent_idx].append(m)
    drop: set[int] = set()
    add: list[Mention] = []
    taken: set[tuple[int, int]] = set()
    for m in ents:
        if m.label != "ORG" or " " in m.text.strip():  # a curated acronym too (`आईडीएफ`): it stays as it is
            continue
        letters = _acronym_letters(m.text.strip())
        sent = sents[m.sent_idx]
        at = m.start - sent.start
        if not letters or at < 2 or sent.text[at - 1] != "(":
            continue
        ws = words[m.sent_idx]
        k = _word_at(ws, m.start - 1) - 1  # the last word that starts before the bracket
        if k < 0:
            continue
        head = _bare(ws[k])
        gap = m.start - 1 - head[1]  # `परिसंघ (एएफसी)` or `मूवमेंट(एमक्यूएम)`
        if gap not in (0, 1) or (gap and sent.text[at - 2] != " ") or fold(head[2]) not in EXPANSION_HEADS:
            continue
        need, i, start = len(letters), k, None
        while i >= 0 and need:
            w = ws[i] if i < k else head
            fw = fold(w[2])
            if i < k and (ws[i + 1][0] - w[1] != 1 or sent.text[w[1] - sent.start] != " "):
                break  # punctuation or no single space between two words of the name
            if _digit(w[2]) or not (_devanagari_word(w[2]) or _is_latin(w[2])):
                break
            if fw in _EXPANSION_JOINERS:
                i -= 1
                continue
            if (fw in lex.function_words or fw in _GENITIVES) and fw not in EXPANSION_HEADS:
                break
            need -= 1
            start = w[0]
            i -= 1
        if need or start is None:
            continue
        inside = [x for x in spans[m.sent_idx] if x.start < head[1] and x.end > start]
        if any(x.label != "LOC" or x.start < start or x.end > head[1] for x in inside) \
                or (m.sent_idx, start) in taken:
            continue
        drop.update(id(x) for x in inside)
        taken.add((m.sent_idx, start))
        add.append(_span(sent, m, start, head[1], "ORG"))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


GOVERNMENT_WORD = fold("सरकार")
_GENITIVES = frozenset(fold(w) for w in "का की के".split())


def leader_governments(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 56: a government named after its leader is an organisation (aliases-v25's ORG row `मोदी सरकार`, with
    `नरेंद्र मोदी सरकार`; `known_persons` leaves `मोदी` alone there), yet the model tags the leader alone: `[मोदी]P
    सरकार ने`, `[केजरीवाल]P सरकार को लताड़ा`, `[मनमोहन सिंह]P सरकार`, `[असद]P सरकार`. A PER span followed, one space
    apart, by the untagged word `सरकार` (singular: not `सरकारी`, an adjective, nor `सरकारों`) grows over it into an
    ORG; the person's other mentions stay PER. A party's government is no such name (`भाजपा सरकार`: ORG spans are
    left as they are), and a given name alone before the word is a person surnamed Sarkar (`[जयंत]P सरकार`, the
    Bengali surname: lex.given_names)."""
    starts = {(m.sent_idx, m.start) for m in ents}
    out: list[Mention] = []
    for m in ents:
        after = _word_after_person(m, words, sents, starts, keep)
        if after is None or (len(after[2]) == 1 and fold(after[2][0][2]) in lex.given_names):
            out.append(m)
            continue
        ws, k, _ = after
        nxt = _bare(ws[k])
        if fold(nxt[2]) != GOVERNMENT_WORD:
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, m.start, nxt[1], "ORG"))
    return out


def _word_after_person(m: Mention, words: dict[int, list[Word]], sents: dict[int, Sentence],
                       starts: set[tuple[int, int]], keep: frozenset[tuple[int, int]]
                       ) -> tuple[list[Word], int, list[Word]] | None:
    """Rounds 56-57: for a PER span not in keep that ends on a word's end and has, one space after it, a word no
    mention starts at: the sentence's words, that word's index and the span's words; else None."""
    if m.label != "PER" or (m.start, m.end) in keep:
        return None
    ws = words[m.sent_idx]
    k = _word_at(ws, m.end)
    inside = _words_in(ws, m)
    sent = sents[m.sent_idx]
    if not inside or inside[-1][1] != m.end or k >= len(ws) or ws[k][0] - m.end != 1 \
            or sent.text[m.end - sent.start] != " " or (m.sent_idx, ws[k][0]) in starts:
        return None
    return ws, k, inside


def nameless_lodgings(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 56: a hotel's grade and kind words name no hotel (`पांच [सितारा होटल]L`, `लखनऊ के नामी [सितारा होटल]L`,
    `होटलों और [रिसॉर्ट]L में`, `एक [ग्रैंड होटेल]L में`), yet the model tags them as a place: a PER/LOC span whose
    words are all LODGING_HEADS, HOTEL_GRADES or HOTEL_GRAND is dropped (`lodging_orgs` leaves them, having no name
    word to make an ORG of). A span with a name word stays (`मार्शल होटल`, `ताज होटेल`). (Review of round 56) A PER
    span goes only with a lodging's kind word in it: a grade word alone is a given name there (`[सितारा]P ने कहा`, the
    dancer Sitara Devi's later mentions), where a LOC of it alone stays a fragment (`[ग्रैंड]L प्रिंसेस`, a ship)."""
    lodging = LODGING_HEADS | HOTEL_GRADES | HOTEL_GRAND
    return [m for m in ents if m.label not in ("PER", "LOC") or (m.start, m.end) in keep
            or not m.text.split() or not all(fold(w) in lodging for w in m.text.split())
            or (m.label == "PER" and not any(fold(w) in LODGING_HEADS for w in m.text.split()))]


# Round 57: the markers after a speaker's name: the ergative (also typed with a nasal), a speech verb's habitual
# present, and the cues `X का कहना/मानना है`, `X के अनुसार/मुताबिक`
_SPEAKER_NEXT = frozenset((ERGATIVE, ERGATIVE_TYPO)) | SPEAKS
_SPEAKER_CUES = {fold("का"): frozenset(fold(w) for w in "कहना मानना".split()),
                 GENITIVE_KE: frozenset(fold(w) for w in "अनुसार मुताबिक मुताबिक़".split())}
# honorifics and kin words after a name are no part of it (`तिवारी जी ने`, `दिलीप साहब ने`)
_SPEAKER_TAIL_MAX_SEEN = 3  # a word IL-NER saw at most this often (`भास्कर`, `मैगज़ीन`: 3, never in a name) is no word
# of its vocabulary: a name's word where the story puts it before a speaker's marker
_NAME_HONORIFICS = frozenset(fold(w) for w in "जी जीं साहब साहेब साब बाबू भाई दीदी बहन".split())


def _speaker_tail_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 57: a word that can end a person's name cut before it: Devanagari, no function word, title, role,
    honorific, KB place or common word, and either a surname IL-NER mostly reads ending names (`_surname_end`:
    `प्रसाद`, `त्रिपाठी`, `रेड्डी`) or a word IL-NER never saw that few news articles use (`_rare_news_word`:
    `मैगज़ीन`, `बदनौर`, `हादा`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI_ZW.fullmatch(w) or fw in lex.function_words or fw in TITLES or fw in ROLES \
            or fw in _NAME_HONORIFICS or place_of(w, lex) is not None or _common(w, lex, p):
        return False
    st = lex.words.get(fw)
    return _surname_end(w, lex, p) or _rare_news_word(w, lex, p) \
        or (st is None or st.n <= _SPEAKER_TAIL_MAX_SEEN) and not _news_word(w, lex, p)


def speaker_surnames(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                     p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 57 (issues 14 and 16: speakers the tagger cuts): the model ends a speaker's name one word early,
    `[प्रदीप]P मैगज़ीन का मानना है`, `[सी. विजय]P भास्कर ने कहा`, `[अभय कुमार]P प्रसाद ने`, `[जोए]P रूट ने`, and the
    claim gets the cut name. A PER span followed, one space apart, by one untagged word (`_speaker_tail_word`) and
    then by a speaker's marker (`ने`, `कहते`/`बताती`, `का कहना`/`का मानना`, `के अनुसार`/`के मुताबिक`) grows over
    that word: a subject's case marker closes the name, so the word before it belongs to it. A common word, a title
    or an honorific stays out (`[मोदी]P सरकार ने`, `[बाला]P साहब ने`, `[तिवारी]P जी ने`, `[कीवी]P कप्तान ने`)."""
    starts = {(m.sent_idx, m.start) for m in ents}
    out: list[Mention] = []
    for m in ents:
        after = _word_after_person(m, words, sents, starts, keep)
        if after is None or after[1] + 1 >= len(after[0]) or after[0][after[1] + 1][0] - after[0][after[1]][1] != 1:
            out.append(m)
            continue
        ws, k, _ = after
        sent = sents[m.sent_idx]
        if not _speaker_marker_at(ws, k + 1) or not _speaker_tail_word(ws[k][2], lex, p):
            out.append(m)
            continue
        out.append(_span(sent, m, m.start, ws[k][1]))
    return out


# Round 58: a lone word before a speaker's marker stands for a name when it opens its clause: the sentence's start, a
# punctuation mark or a conjunction or clause adverb before it; a postposition, a numeral or a participle before it
# makes it a genitive's head, an object or a common noun (`सांसदों के शिष्टमंडल ने`, `एक लॉटरी ने`, `आए बवंडर ने`)
_CLAUSE_OPENERS = frozenset(fold(w) for w in
                            "कि और लेकिन मगर किंतु किन्तु परंतु परन्तु जबकि क्योंकि जब तब तो बाद इसलिए हालांकि वहीं फिर "
                            "बल्कि बावजूद".split())
# a determiner or possessive before a word anywhere in the story makes it a common noun (`एक बैंककर्मी`, `उसके कज़न`):
# Hindi names take none
_LONE_DETERMINERS = frozenset(fold(w) for w in
                              "एक यह वह ये वे इस उस इन उन कोई किसी हर प्रत्येक उसके उसकी उसका उनके उनकी उनका अपने "
                              "अपनी अपना मेरे मेरी मेरा हमारे हमारी हमारा मृत मृतक".split())
_LONE_PLURAL = regex.compile(r"(?:ों|ओं|्स|्स्)$")  # an oblique or English plural (`जमातियों`, `ऐक्सपर्ट्स`): a group
_LONE_GLUE_MIN_SEEN = 5  # two words IL-NER saw this often each, glued (`बैंककर्मी`, `आंधीसरकार`), are no name
_LONE_MIN_STORY = 2  # the word is written at least this often in the story (a name the story returns to)


def _glued_words(w: str, lex: Lexicon) -> bool:
    """Round 58: a word that splits into two words IL-NER saw at least `_LONE_GLUE_MIN_SEEN` times each, each of two
    letters or more (`बैंक|कर्मी`, `आंधी|सरकार`, `पूछताछ|पुलिस`): a compound or a lost space, no name."""
    for i in range(2, len(w) - 1):
        a, b = lex.words.get(fold(w[:i])), lex.words.get(fold(w[i:]))
        if a and b and a.n >= _LONE_GLUE_MIN_SEEN and b.n >= _LONE_GLUE_MIN_SEEN \
                and unicodedata.category(w[i]) != "Mn":
            return True
    return False


def _lone_speaker_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 58: a word that can be a whole name before a speaker's marker: `_speaker_tail_word` (no function word,
    title, role, honorific, KB place or common word), IL-NER never saw it, at most `story_word_max_docs` news
    articles use it, and it is no plural, letter-name acronym or glued pair of known words."""
    return fold(w) not in lex.words and _rare_news_word(w, lex, p) and _speaker_tail_word(w, lex, p) \
        and not _LONE_PLURAL.search(w) and not _acronym_word(w) and not _glued_words(w, lex)


_LONE_WORDISH = regex.compile(r"[\p{L}\p{N}]")  # a word, not punctuation, before the lone name


def _speaker_marker_at(ws: Sequence[Word], k: int) -> bool:
    """Round 58: `ws[k]` opens a speaker's marker (round 57's `ने`, `कहते`, `का कहना`, `के अनुसार`)."""
    nxt = fold(ws[k][2])
    return nxt in _SPEAKER_NEXT or nxt in _SPEAKER_CUES and k + 1 < len(ws) and fold(ws[k + 1][2]) in _SPEAKER_CUES[nxt]


def lone_speakers(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 58 (issues 14 and 16: speakers without an entity): the story names a person by one word the model
    never tags, `लेकिन फ़रज़ाना ने पुलिस को बताया`, `वहीं वेई ने कहा`, `कोनली कहती हैं`, and the claim has no entity.
    An untagged word (`_lone_speaker_word`) that opens its clause (the sentence's start, a punctuation mark or one
    of `_CLAUSE_OPENERS` before it), is followed, one space apart, by a speaker's marker (round
    57's `ने`, `कहते`/`बताती`, `का कहना`/`का मानना`, `के अनुसार`/`के मुताबिक`) and is written at least
    `_LONE_MIN_STORY` times in the story becomes a PER span. A word after a postposition (`सांसदों के शिष्टमंडल ने`),
    a plural (`ऐक्सपर्ट्स का कहना`), an acronym (`टीटीई ने`), a glued pair (`बैंककर्मी ने`) or a word written once
    (`प्रसाशन ने`, a misspelling) stays untagged, as does a word the story writes after a determiner (`एक किन्नर`),
    in the plural (`किन्नरों`) or right before a PER span (`प्रॉड्यूसर निखिल द्विवेदी`: a role)."""
    # the (clause-opening) words right before a speaker's marker: most stories have few, so the story's counts
    # below are made only when there is one
    cands = [(idx, k) for idx, ws in words.items() for k in range(len(ws) - 1)
             if ws[k + 1][0] - ws[k][1] == 1 and _speaker_marker_at(ws, k + 1)
             and (k == 0 or not _LONE_WORDISH.match(ws[k - 1][2]) or fold(ws[k - 1][2]) in _CLAUSE_OPENERS)]
    if not cands:
        return list(ents)
    story = Counter(fold(w[2]) for ws in words.values() for w in ws)
    per_starts = {(m.sent_idx, m.start) for m in ents if m.label == "PER"}
    # the story's words after a determiner (`एक किन्नर`) or before a PER span (`प्रॉड्यूसर निखिल`: a role)
    not_names = {fold(ws[i][2]) for idx, ws in words.items() for i in range(len(ws))
                 if i and fold(ws[i - 1][2]) in _LONE_DETERMINERS
                 or i + 1 < len(ws) and (idx, ws[i + 1][0]) in per_starts}
    covered = defaultdict(list)
    for m in ents:
        covered[m.sent_idx].append((m.start, m.end))
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, k in cands:
        ws = words[idx]
        s, e, w = ws[k]
        fw = fold(w)
        if any(a < e and s < b for a, b in covered[idx]) or story[fw] < _LONE_MIN_STORY or fw in not_names:
            continue
        if any(story[fold(w[: len(w) - j] + suf)] for j in (0, 1) for suf in ("ों", "ओं")):
            continue  # the story writes its plural (`किन्नरों`): a common noun
        if not _lone_speaker_word(w, lex, p):
            continue
        sent = sents[idx]
        out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "PER", tagger))
        covered[idx].append((s, e))
    return out


# Round 59 (issue 14, organisations): the heads that, right after a city's or a state's name, make the name of the body
# running its public transport (`दिल्ली मेट्रो`, `हरियाणा रोडवेज`, `बिहार ट्रांसपोर्ट फ़ेडरेशन`). Generic, from the class
# (India's metro railways and state roadways corporations), not from any article
OPERATOR_HEADS = frozenset(fold(w) for w in "मेट्रो रोडवेज ट्रांसपोर्ट".split())
# `ट्रांसपोर्ट` names a body only with an English body head after it (`ट्रांसपोर्ट फ़ेडरेशन`; not `दिल्ली ट्रांसपोर्ट विभाग`)
OPERATOR_NEEDS_TAIL = frozenset({fold("ट्रांसपोर्ट")})
# the words that may go on inside the operator's name: `रेल`, `निगम` and the English heads of bodies, firms and media
# (`मेट्रो रेल कॉर्पोरेशन`, `मेट्रो न्यूज़`, `मेट्रो रेल निगम`)
OPERATOR_TAILS = frozenset(fold(w) for w in "रेल निगम".split()) | ENGLISH_ORG_HEADS | COMPANY_HEADS
# a kind of city or area after `मेट्रो` makes it an adjective (`दिल्ली और मुंबई मेट्रो शहरों में`): no operator
OPERATOR_NOT_NEXT = frozenset(fold(w) for w in """शहर शहरों शहरो सिटी सिटीज सिटीज़ क्षेत्र क्षेत्रों इलाके इलाकों
इलाका""".split())


def _operator_end(ws: Sequence[Word], j: int, idx: int, spans: dict[tuple[int, int], Mention]) -> tuple[int, list]:
    """Round 59: from `ws[j]`, an operator's head one space after a LOC span, the index past the name's last word
    and the ORG spans inside it (`रेल कॉर्पोरेशन` tagged alone); (-1, []) where no operator is named there."""
    head = fold(ws[j][2])
    if head not in OPERATOR_HEADS or (idx, ws[j][0]) in spans:
        return -1, []
    k, inner = j + 1, []
    while k < len(ws) and ws[k][0] == ws[k - 1][1] + 1 and fold(ws[k][2]) in OPERATOR_TAILS:
        m = spans.get((idx, ws[k][0]))
        if m is not None:
            t = _word_at(ws, m.end)
            if m.label != "ORG" or t > len(ws) or ws[t - 1][1] != m.end \
                    or any(fold(w[2]) not in OPERATOR_TAILS for w in ws[k:t]):
                break
            inner.append(m)
            k = t
            continue
        k += 1
    if head in OPERATOR_NEEDS_TAIL and k == j + 1:
        return -1, []
    if k < len(ws) and ws[k][0] == ws[k - 1][1] + 1 and fold(ws[k][2]) in OPERATOR_NOT_NEXT:
        return -1, []
    return k, inner


def place_operators(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 59 (issue 14: organisations on news nobody tuned on): the model tags the city and leaves the operator's
    head untagged, `[दिल्ली]L मेट्रो ने परामर्श जारी किया`, `[कोलकाता]L मेट्रो, [कोच्चि]L मेट्रो बंद`, `[हरियाणा]L रोडवेज
    की बसें`, `[दिल्ली]L मेट्रो [रेल कॉर्पोरेशन]O`, `[वेस्ट वर्जिनिया]L मेट्रो न्यूज़ के मुताबिक`. A LOC span followed,
    one space apart, by an untagged OPERATOR_HEADS word and then any run of OPERATOR_TAILS words (untagged, or ORG
    spans made of them) becomes one ORG over all of it. `ट्रांसपोर्ट` needs a tail (`ट्रांसपोर्ट फ़ेडरेशन`); a
    kind of city after the run (`मेट्रो शहरों`) leaves the LOC as it is. A curated place grows into its operator,
    as `org_heads` grows it into its government (`दिल्ली सरकार`); a curated ORG inside the run stays, and so does the
    LOC before it."""
    spans = {(m.sent_idx, m.start): m for m in ents}
    drop: set[int] = set()
    grown: dict[int, Mention] = {}
    for m in ents:
        if m.label != "LOC" or m.sent_idx not in words:
            continue
        ws = words[m.sent_idx]
        j = _word_at(ws, m.end)
        if j >= len(ws) or ws[j][0] != m.end + 1 or not j or ws[j - 1][1] != m.end:
            continue
        k, inner = _operator_end(ws, j, m.sent_idx, spans)
        if k < 0 or any((x.start, x.end) in keep for x in inner):
            continue
        grown[id(m)] = _span(sents[m.sent_idx], m, m.start, ws[k - 1][1], "ORG")
        drop.update(id(x) for x in inner)
    return [grown.get(id(m), m) for m in ents if id(m) not in drop]


# Round 59: round 14's armed services (SERVICES) and the English loan Hindi news writes for the navy (`नेवी के जवान`,
# `सेना, नेवी और वायुसेना`); generic, not from any article. Not `आर्मी`, as round 14 leaves `आर्मी`/`सेना` alone (a
# generic army as often as a country's)
SERVICE_LOANS = SERVICES | frozenset(fold(w) for w in "नेवी एयरफ़ोर्स".split())


def service_bodies(ents: list[Mention], keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 59 (issue 14): a one-word LOC span that names an armed service (SERVICE_LOANS: `नेवी के जवान`) is
    relabelled ORG, the label round 14 gives `नौसेना`/`वायुसेना`; curated spans stay."""
    return [replace(m, label="ORG") if m.label == "LOC" and (m.start, m.end) not in keep
            and fold(m.text) in SERVICE_LOANS else m for m in ents]


# Round 60: the Hindi compass adjectives and the bare compass words a KB name opens with (`उत्तरी कोरिया` for the KB's
# `उत्तर कोरिया`); a bare `पूर्व` before a place is also "former" (`पूर्व सोवियत संघ`), so only the adjective is read
_COMPASS_BARE = {fold(w): fold(w[:-1]) for w in "उत्तरी दक्षिणी पूर्वी पश्चिमी".split()}
_COMPASS_WORDS = frozenset(_COMPASS_BARE) | frozenset(_COMPASS_BARE.values()) | {fold("मध्य")}


def _compass_word(fw: str) -> bool:
    """Round 60: a compass word or a hyphened pair of them (`पूर्वी`, `उत्तर`, `मध्य`, `दक्षिण-पश्चिमी`)."""
    return all(part in _COMPASS_WORDS for part in fw.split("-"))


def _compass_place(names: Sequence[str], lex: Lexicon) -> bool:
    """Round 60: folded words, a compass run + a place, that name one place: a curated district (compass_districts.txt,
    `पूर्वी दिल्ली`, `पश्चिमी चंपारण`) or a KB place that is no town, as written or with its first compass adjective
    bare (`उत्तरी कोरिया` -> `उत्तर कोरिया`)."""
    if tuple(names) in lex.compass_districts:
        return True
    for key in (" ".join(names), " ".join([_COMPASS_BARE.get(names[0], names[0]), *names[1:]])):
        place = lex.places.get(key)
        if place is not None and place.kind != "town":
            return True
    return False


def compass_districts(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                      lex: Lexicon) -> list[Mention]:
    """Round 60: a district or country whose name opens with a compass word is cut to the place after it (`पूर्वी
    [दिल्ली]L`, `उत्तर-पूर्वी [दिल्ली]L`, `उत्तरी [कोरिया]L`): a LOC span grows over the one or two untagged compass
    words right before it when together they name one place (`_compass_place`). A region of a place (`उत्तर [बिहार]`,
    `दक्षिण-पश्चिमी [चीन]`, `पूर्व [सोवियत संघ]`, "former") names none and stays as it is."""
    if not any(_compass_word(fold(w[2])) for ws in words.values() for w in ws):
        return ents  # most stories: one pass over the words
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    out: list[Mention] = []
    for m in ents:
        ws = words.get(m.sent_idx, [])
        j = _word_at(ws, m.start) if m.label == "LOC" else 0
        inner = [fold(w[2]) for w in _words_in(ws, m)] if j else []
        grown = m
        for k in (j - 2, j - 1):  # the longer run first
            run = ws[k:j] if k >= 0 and inner else []
            if run and all(_compass_word(fold(w[2])) and (m.sent_idx, w[0]) not in covered for w in run) \
                    and _compass_place([fold(w[2]) for w in run] + inner, lex):
                grown = _span(sents[m.sent_idx], m, run[0][0], m.end)
                break
        out.append(grown)
    return out


_JOINERS = (" और ", "-", " एवं ", " तथा ")


def joined_places(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon) -> list[Mention]:
    """Round 60: a KB place named `A और B` (`जम्मू और कश्मीर`, `त्रिनिदाद और टोबैगो`) that the news writes with a space
    (`जम्मू कश्मीर`) is tagged as two places, `[जम्मू]L [कश्मीर]L`: two LOC spans one space apart whose words the
    KB joins with `और`, `-`, `एवं` or `तथा` into one place that is no town are one LOC span. `भारत पाकिस्तान` (no
    such KB place) stays two."""
    locs = {(m.sent_idx, m.start): m for m in ents if m.label == "LOC"}
    merged: dict[int, Mention] = {}
    gone: set[int] = set()
    for m in ents:
        nxt = locs.get((m.sent_idx, m.end + 1)) if m.label == "LOC" and id(m) not in gone else None
        sent = sents[m.sent_idx]
        if nxt is None or sent.text[m.end - sent.start : nxt.start - sent.start] != " ":
            continue
        keys = (fold_key(m.text + j + nxt.text) for j in _JOINERS)
        if any(p is not None and p.kind != "town" for p in (lex.places.get(k) for k in keys)):
            merged[id(m)] = _span(sent, m, m.start, nxt.end)
            gone.add(id(nxt))
    return [merged.get(id(m), m) for m in ents if id(m) not in gone]


# ----------------------------------------------------------------------------------------- round 61


_TITLED_SPLIT_MAX_WORDS = 4  # a person's name after a title: given name(s) + surname; 5+ words are two people
# (`मुख्यमंत्री [नारायण दत्त तिवारी]P [रोहित शेखर]P के दावों`)


def titled_split_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                       p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 61 (issues 14 and 16: speakers cut): the model splits a titled person's name into two PER spans,
    `प्रमुख शोधकर्ता डॉक्टर [फियोना]P [मैथ्यूज]P ने बीबीसी को बताया`, `अर्थशास्त्री [साजिद]P [चिनॉय]P कहते हैं`, `न्यायाधीश
    [मोहम्मद]P [अजहर ख़ान]P ने`, and the claim's speaker is half a name. Two PER spans one space apart (no comma),
    the first right after a title or role (`_after_title`: `डॉक्टर`, `डॉ.`, `जिलाधिकारी`, `उस्ताद`), no title or role
    inside either, no common word (`_common`) nor a word IL-NER reads in organisations' names more than in persons'
    (`_org_name_word`: a span that took in a department before the name, `सचिव [गृह विभाग आमिर]P [सुबहानी]P`, stays
    as it is), `_TITLED_SPLIT_MAX_WORDS` words at most together, are one PER span. Two names side by side with no
    title before them stay apart (`[रवि शास्त्री]P [सचिन तेंदुलकर]P के`, `[विराट कोहली]P [स्वान]P का`), as do two
    long names after one (`मुख्यमंत्री [नारायण दत्त तिवारी]P [रोहित शेखर]P`)."""
    pers = sorted((m for m in ents if m.label == "PER"), key=lambda m: (m.sent_idx, m.start, m.end))
    drop: set[int] = set()
    add: list[Mention] = []
    for a, b in zip(pers, pers[1:]):
        if a.sent_idx != b.sent_idx or b.start != a.end + 1 or id(a) in drop \
                or (a.start, a.end) in keep or (b.start, b.end) in keep:
            continue
        sent, ws = sents[a.sent_idx], words[a.sent_idx]
        names = a.text.split() + b.text.split()
        k = _word_at(ws, a.start)
        if sent.text[a.end - sent.start] != " " or len(names) > _TITLED_SPLIT_MAX_WORDS \
                or k >= len(ws) or ws[k][0] != a.start or not _after_title(ws, k) \
                or any(fold(w.rstrip(".")) in TITLES_ROLES or _common(w, lex, p) or _org_name_word(w, lex)
                       for w in names):
            continue
        drop.update((id(a), id(b)))
        add.append(_span(sent, a, a.start, b.end))
    if not add:
        return ents
    return [m for m in ents if id(m) not in drop] + add


def _org_name_word(w: str, lex: Lexicon) -> bool:
    """Round 61: a word IL-NER saw inside ORG names more often than inside PER names (`गृह`, `विभाग`, `मंत्रालय`)."""
    st = lex.words.get(fold(w))
    return st is not None and st.n_org > st.n_per


def bracket_org_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                        keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 61 (issues 14 and 16: a body tagged as a person): the story gives an organisation's short name in
    brackets after its name, `ख़ास आदमी पार्टी (ख़ाप)`, `लार्सन एंड टुब्रो (एलएंडटी)`, and the model tags that short
    name PER there and wherever it is the subject (`ख़ाप ने आप के संयोजक ...`, `ख़ाप का दावा है`): the claims get a
    person. A one-word PER span alone in round brackets whose word before the bracket is an organisation's head
    (EXPANSION_HEADS: `पार्टी`, `बैंक`, `संगठन`) or ends an ORG span names that body: every PER span of the story
    with its text becomes ORG. A name in brackets after anything else stays (`वह (ओसामा) एक`, `कुर्ला (Kurla)`)."""
    org_ends = {(m.sent_idx, m.end) for m in ents if m.label == "ORG"}
    bodies: set[str] = set()
    for m in ents:
        if m.label != "PER" or " " in m.text.strip():
            continue
        sent, ws = sents[m.sent_idx], words[m.sent_idx]
        at, to = m.start - sent.start, m.end - sent.start
        if at < 2 or sent.text[at - 1] != "(" or sent.text[to : to + 1] != ")":
            continue
        k = _word_at(ws, m.start - 1) - 1  # the last word that starts before the bracket
        if k < 0:
            continue
        head = _bare(ws[k])
        gap = sent.text[head[1] - sent.start : at - 1]
        if gap.strip() or len(gap) > 1:
            continue
        if fold(head[2]) in EXPANSION_HEADS or (m.sent_idx, head[1]) in org_ends:
            bodies.add(m.text.strip())
    if not bodies:
        return ents
    return [replace(m, label="ORG") if m.label == "PER" and m.text.strip() in bodies and (m.start, m.end) not in keep
            else m for m in ents]


# Round 62: what, glued to a media acronym's word, makes it part of a longer word: a letter or a hyphen
_MEDIA_GLUE = regex.compile(r"[\p{L}\p{M}\-‐‑–]")
_MEDIA_SERVICE_PART = regex.compile(r"[\u0900-\u0963\u0971-\u097f]{2,}")


def _media_acronym(w: str, lex: Lexicon) -> bool:
    """Round 62: a word of the lexicon's media_acronyms.txt (`एएफपी`, `पीटीआई`, `CNN`), also spelt with short `इ`
    for the final long `ई` (`पीटीआइ`, `एएनआइ`, as Dainik Jagran writes them)."""
    fw = fold(w)
    return _acronym_word(w) and (fw in lex.media_acronyms
                                 or fw.endswith("इ") and fold(w[:-1] + "ई") in lex.media_acronyms)


def lone_media_acronyms(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                        keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 62 (issues 14 and 16: media outlets as organisations and claim speakers): the model tags a news
    agency's or broadcaster's acronym alone nearly always, and leaves it untagged where its Hindi service is glued
    to it by a hyphen, `उन्होंने पीटीआई-भाषा से कहा`, `'पीटीआई-भाषा' द्वारा तैयार तालिका`. An untagged word of
    media_acronyms.txt (`_media_acronym`: `पीटीआई`, also `पीटीआइ`, `CNN`), alone or with one Devanagari word glued
    after a hyphen (`_media_name_word`), becomes an ORG span when what follows it is the sentence's end, a
    punctuation mark or a UD function word (`से`, `ने`, `के`, `पर`, `द्वारा`); a service word of
    media_services.txt there (`(बीबीसी हिन्दी के`) joins the span as round 33's `acronym_services` joins it. Any
    other word after it leaves it alone: a person's initials (`डॉक्टर एपी जोशी`, `एपी मानसी`), a place
    (`एसबीएस नगर`), a headline after a photo credit."""
    covered = defaultdict(list)
    for m in ents:
        covered[m.sent_idx].append((m.start, m.end))
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k, (s, e, w) in enumerate(ws):
            if not _media_name_word(w, lex) or any(a < e and s < b for a, b in covered[idx]):
                continue
            if k and ws[k - 1][1] == s and _MEDIA_GLUE.search(ws[k - 1][2]) \
                    or k + 1 < len(ws) and ws[k + 1][0] == e and _MEDIA_GLUE.search(ws[k + 1][2]):
                continue  # part of a longer word (a bracket or a quote may be glued: `(एपी)`, `'पीटीआई-भाषा'`)
            end = _media_acronym_end(ws, k, idx, covered, lex)
            if end is None or (s, end) in keep:
                continue
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, s, end, sent.text[s - sent.start : end - sent.start], "ORG", tagger))
            covered[idx].append((s, end))
    return out


def _media_name_word(w: str, lex: Lexicon) -> bool:
    """Round 62: a media acronym alone (`_media_acronym`: `पीटीआई`, `एएनआइ`, `CNN`) or, glued to it by a hyphen,
    one Devanagari word that is no acronym and no number (`पीटीआई-भाषा`, the agency's Hindi service; not
    `बीबीसी-एएफपी`, a pair), as refine's words join `X - Y` written without spaces into one word."""
    head, hyphen, rest = w.partition("-")
    if not hyphen:
        return _media_acronym(w, lex)
    return _media_acronym(head, lex) and bool(_MEDIA_SERVICE_PART.fullmatch(rest)) and not _acronym_word(rest)


def _media_acronym_end(ws: Sequence[Word], k: int, idx: int, covered: dict[int, list[tuple[int, int]]],
                       lex: Lexicon) -> int | None:
    """Round 62: the end of the ORG that the media acronym `ws[k]` starts: its own end before the sentence's end, a
    punctuation mark or a function word; a media service word's end after it (`बीबीसी हिन्दी के`) where a case
    marker or no letter follows that; None before any other word, or a tagged one."""
    e = ws[k][1]
    if k + 1 >= len(ws) or not _RX_LETTER.search(ws[k + 1][2]):
        return e
    s1, e1, w1 = ws[k + 1]
    if any(a < e1 and s1 < b for a, b in covered[idx]):
        return None
    f1 = fold(w1)
    if f1 in lex.function_words:
        return e
    if f1 not in lex.media_services:
        return None
    if k + 2 < len(ws) and _RX_LETTER.search(ws[k + 2][2]) and fold(ws[k + 2][2]) not in SERVICE_AFTER:
        return None
    if f1 in SERVICE_LANGUAGES and k + 2 < len(ws) and fold(ws[k + 2][2]) == fold("में"):
        return None  # the language itself (`हिंदी में`)
    return e1


# Round 63: English loans that head an organisation's name and are no bare kind of body (`एजेंसी`, `कंपनी`, `बैंक`:
# ORG_KINDS, generic as often as named; `ऑफिस`, `कोर्ट`, `स्कूल`, `कॉलेज`, `हॉस्पिटल`: a generic place as often), plus
# `नेटवर्क`, `ग्रुप` and `मिनिस्ट्री`'s kin; generic English, not taken from any article
SPEAKER_BODY_HEADS = (ENGLISH_ORG_HEADS - ORG_KINDS - frozenset(fold(w) for w in "ऑफिस कोर्ट स्कूल कॉलेज हॉस्पिटल".split())
                      ) | frozenset(fold(w) for w in "नेटवर्क ग्रुप".split())
_BODY_SPEECH = frozenset(fold(w) for w in "कहा बताया एक".split())  # after `ने`: `ने कहा/बताया`, `ने एक बयान`


def _body_cue(ws: Sequence[Word], k: int) -> bool:
    """Round 63: `ws[k]` opens a speaker's cue one space after the word before it: `ने कहा/बताया`, `ने एक बयान`,
    `के अनुसार/मुताबिक`, `का कहना/मानना`."""
    if k + 1 >= len(ws) or ws[k][0] != ws[k - 1][1] + 1 or ws[k + 1][0] != ws[k][1] + 1:
        return False
    fw, nxt = fold(ws[k][2]), fold(_bare(ws[k + 1])[2].rstrip(",।|"))
    if fw in (ERGATIVE, ERGATIVE_TYPO):
        return nxt in _BODY_SPEECH
    return nxt in _SPEAKER_CUES.get(fw, frozenset())


def _body_word(w: str, lex: Lexicon) -> bool:
    """Round 63: a word that can stand in a body's name before its English head: letters only (Devanagari or Latin),
    no UD function word, title, role or kind of body (`एक`, `इस`, `वाले`, `प्रवक्ता`, `एजेंसी`)."""
    fw = fold(w)
    return bool(_TITLE_WORD.match(w)) and fw not in lex.function_words and not _title_word(fw) \
        and fw not in ORG_KINDS and fw not in POSTPOSITIONS


def speaker_bodies(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 63 (issues 14 and 16: organisations of two or more words as claim speakers): the model leaves a body
    named in English loans untagged or cut before a speaker's cue, `शिपिंग मिनिस्ट्री ने कहा`, `कोविड एंपावर्ड ग्रुप ने
    कहा`, `सिविल [प्रोटेक्शन डिपार्टमेंट]O ने कहा`: the claim gets no speaker or half one. A SPEAKER_BODY_HEADS word
    right before the cue (`_body_cue`), untagged or ending an ORG span, with one to three `_body_word`s before it
    (one space apart, untagged), not all of them generic modifiers (`मेडिकल`, `इंटरनेशनल`), is one ORG over them
    all. A head alone (`यूनिवर्सिटी ने कहा`), words right after a span one space apart (`[बीबीसी]O एशियन नेटवर्क ने`:
    the name may go on into the span) and spans of other labels stay as they are."""
    org_at = {(m.sent_idx, m.end): m for m in ents if m.label == "ORG"}
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    grown: dict[int, Mention] = {}
    made: list[Mention] = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k in range(2, len(ws)):
            head = _bare(ws[k - 1])
            if fold(head[2]) not in SPEAKER_BODY_HEADS or not _body_cue(ws, k):
                continue
            org = org_at.get((idx, head[1]))
            if org is None and (idx, head[0]) in covered:
                continue
            first = _word_at(ws, org.start) if org is not None else k - 1
            i = first
            while i > 0 and k - i < 4 and ws[i - 1][1] + 1 == ws[i][0] and (idx, ws[i - 1][0]) not in covered \
                    and _body_word(ws[i - 1][2], lex):
                i -= 1
            if i == first or (org is None and i == k - 1):
                continue
            if all(fold(w[2]) in INSTITUTION_MODIFIERS for w in ws[i:k - 1]):
                continue
            if i and ws[i - 1][1] + 1 == ws[i][0] and (idx, ws[i - 1][0]) in covered:
                continue  # a tagged word right before: the name may go on into it (`[बीबीसी]O एशियन नेटवर्क`)
            if org is not None:
                if (org.start, org.end) not in keep:
                    grown[id(org)] = _span(sents[idx], org, ws[i][0], org.end, "ORG")
                continue
            sent = sents[idx]
            made.append(Mention(sent.doc_id, idx, ws[i][0], head[1],
                                sent.text[ws[i][0] - sent.start : head[1] - sent.start], "ORG", tagger))
    if not grown and not made:
        return ents
    return [grown.get(id(m), m) for m in ents] + made


# Round 64: a country as a company writes it after its own name to name its branch there (`टोयोटा यू.के.`, `ऑडी
# इंडिया`, `एयर कनाडा`): the English names and abbreviations, not the Hindi `भारत`, `ब्रिटेन`, `चीन`, which follow a
# body as the place it acts on (`भारत सरकार ईरान के संपर्क में`, `एडीबी भारत की जरूरतों`). Generic, from no article
SUBSIDIARY_COUNTRIES = frozenset(fold(w) for w in """इंडिया यू.के. यूके यू.एस. यूएस यूएसए अमेरिका कनाडा ऑस्ट्रेलिया
    जापान चाइना जर्मनी फ्रांस यूरोप एशिया""".split())
_UNIT_AGENT = frozenset(fold(w) for w in "ने नें".split())


def _company_word(w: str, lex: Lexicon) -> bool:
    """Round 64: a word that can be a company's one-word name before its country: letters only, no acronym (`एडीबी`,
    `WHO`: bodies as often), no UD function word, title, kind of body, country or KB place."""
    fw = fold(w)
    return bool(_TITLE_WORD.match(w)) and not _acronym_word(w) and fw not in lex.function_words \
        and not _title_word(fw) and fw not in ORG_KINDS and fw not in SUBSIDIARY_COUNTRIES \
        and lex.strong_place(fold_key(w)) is None


def _unit_cue(ws: Sequence[Word], k: int) -> bool:
    """Round 64: `ws[k]`, one space after the country, makes its name an agent or an owner: `ने`, or a genitive
    before a title or role (`इंडिया के सीईओ`, `यू.के. के प्रवक्ता`); a bare genitive may be the country's own
    (`टोयोटा अमेरिका के बाजार में`)."""
    if k >= len(ws) or ws[k][0] != ws[k - 1][1] + 1:
        return False
    fw = fold(ws[k][2])
    if fw in _UNIT_AGENT:
        return True
    return fw in GENITIVES and k + 1 < len(ws) and _title_word(fold(_bare(ws[k + 1])[2].rstrip(",।|")))


def company_units(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  lex: Lexicon) -> list[Mention]:
    """Round 64 (issues 14 and 16: a company followed by the country of its branch): `टोयोटा यू.के. ने बीबीसी को
    बताया`, the model tags `[टोयोटा]O [यू.के.]L` and the claim's speaker becomes the United Kingdom; `सहारा इंडिया ने`,
    `ऑडी इंडिया ने` it leaves untagged. A SUBSIDIARY_COUNTRIES word, untagged or a LOC span of itself, right before
    `ने` or a genitive + a role (`_unit_cue`), after a one-word company name (`_company_word`) is one ORG with it
    when that word is a one-word ORG span there, or untagged there while the story tags it ORG alone or as the first
    word of an ORG (`ऑडी`; `सहारा एयरलाइन्स`, `एयर इंडिया` ... `एयर कनाडा ने`). Names of two words or more before the
    country (`संयुक्त राष्ट्र अमेरिका`) and acronyms stay as they are. A curated span (the gazetteer's
    `यू.के.`, a known company) is grown into the branch's name, as `org_heads` grows a curated place into its
    organisation (`दिल्ली सरकार`)."""
    org_words = {fold(m.text.split()[0]) for m in ents if m.label == "ORG" and m.text.split()}
    spans: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in ents:
        for w in _words_in(words.get(m.sent_idx, []), m):
            spans[(m.sent_idx, w[0])].append(m)
    grown: dict[int, Mention] = {}
    gone: set[int] = set()
    made: list[Mention] = []
    tagger = ents[0].tagger if ents else "refine"
    for idx, ws in words.items():
        for k in range(1, len(ws) - 1):
            j = k + 1  # an abbreviation's letters are tokens written together (`यू.` `के.`)
            while j < len(ws) and ws[j][0] == ws[j - 1][1]:
                j += 1
            s, e = ws[k][0], ws[j - 1][1]
            w = sents[idx].text[s - sents[idx].start : e - sents[idx].start]
            if fold(w) not in SUBSIDIARY_COUNTRIES or ws[k - 1][1] + 1 != s or not _unit_cue(ws, j):
                continue
            unit = list({id(m): m for t in ws[k:j] for m in spans.get((idx, t[0]), [])}.values())
            if unit and not (len(unit) == 1 and unit[0].label == "LOC" and (unit[0].start, unit[0].end) == (s, e)):
                continue
            s0, e0, w0 = ws[k - 1]
            if not _company_word(w0, lex):
                continue
            before = spans.get((idx, s0), [])
            if before:
                org = before[0]
                if len(before) != 1 or org.label != "ORG" or (org.start, org.end) != (s0, e0):
                    continue
                grown[id(org)] = _span(sents[idx], org, s0, e, "ORG")
            elif fold(w0) in org_words:
                if k > 1 and ws[k - 2][1] + 1 == s0 and (idx, ws[k - 2][0]) in spans:
                    continue  # a tagged word right before: the name may go on into it
                sent = sents[idx]
                made.append(Mention(sent.doc_id, idx, s0, e, sent.text[s0 - sent.start : e - sent.start], "ORG", tagger))
            else:
                continue
            gone.update(id(m) for m in unit)
    if not grown and not made:
        return ents
    return [grown.get(id(m), m) for m in ents if id(m) not in gone] + made


# ----------------------------------------------------------------------------------------- round 66


def _compass_whole(ws: Sequence[str], lex: Lexicon) -> bool:
    """Round 66: words of a span that name one place as they stand: a compass district or a KB place that is no town,
    the first adjective read bare too (`_compass_place`: `पूर्वी दिल्ली`, `उत्तरी कोरिया`), or any KB place."""
    return _compass_place([fold(w) for w in ws], lex) or place_of(" ".join(ws), lex) is not None


def _compass_adjective(fw: str) -> bool:
    """Round 66: a Hindi compass adjective, or a hyphened pair ending in one (`पश्चिमी`, `उत्तर-पूर्वी`); the bare
    words (`उत्तर`, `मध्य`) open names (`मध्य जावा`, `उत्तर 24 परगना`) and are not read."""
    parts = fw.split("-")
    return parts[-1] in _COMPASS_BARE and all(part in _COMPASS_WORDS for part in parts)


def compass_regions(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    keep: frozenset[tuple[int, int]] = frozenset(), former: bool = False) -> list[Mention]:
    """Round 66 (issue 14: LOC precision on news nobody tuned on): the model tags a compass adjective with the place
    after it, `[पश्चिमी क्यूबा]L`, `[पूर्वी कम्बोडिया]L`, `[दक्षिणी क्यूबेक]L`: a region of the place, which the spec
    leaves out of the span (the gold's `पूर्वी युगांडा` -> `युगांडा`, `दक्षिणी ओडिशा` -> `ओडिशा`). A LOC span that opens
    with one compass adjective (`_compass_adjective`) followed by a KB place, the whole no place (`_compass_whole`), is
    cut to the place. A compass district or a country named so (`पूर्वी [दिल्ली]`, `उत्तरी कोरिया`, `दक्षिणी सूडान`),
    a place the KB lacks (`उत्तरी सुमात्रा`: a province) and curated spans stay; with `former` (review of rounds
    64-66) a state of former_states.txt too (`पूर्वी जर्मनी`, `_former_state`)."""
    out: list[Mention] = []
    for m in ents:
        ws = m.text.split()
        if m.label == "LOC" and len(ws) >= 2 and (m.start, m.end) not in keep and _compass_adjective(fold(ws[0])) \
                and not _compass_word(fold(ws[1])) and not _compass_whole(ws, lex) \
                and place_of(" ".join(ws[1:]), lex) is not None and not (former and _former_state(ws, lex)):
            first = regex.match(r"\S+\s+", m.text)
            if first is not None:
                m = _span(sents[m.sent_idx], m, m.start + first.end(), m.end)
        out.append(m)
    return out


def _common_tail(word: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 66: a word that names no place after a compass word: no KB place (`नगर` is a GeoNames town: `उत्तर नगर`
    stays) nor a place designator (`इलाके`), and the training data sees it almost never opening a name (`_head_noun`:
    `तट`), or at least twice and never in one (`रात्रि`)."""
    st = _stats(word, lex)
    return fold(word) not in DESIGNATORS and place_of(word, lex) is None \
        and (_head_noun(word, "LOC", lex, p) or bool(st and st.n >= 2 and st.n_ent == 0))


def compass_commons(ents: list[Mention], lex: Lexicon, p: RefineParams,
                    keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 66 (issue 14: LOC precision on news nobody tuned on): the model reads a compass word and the common noun
    after it as a place, `सुलावेसी द्वीप के [पश्चिमी तट]L पर`, `जापान के [दक्षिणी तट]L को`, `[मध्य रात्रि]L में`
    ("midnight"): no name. A LOC span of compass words (`_compass_word`) + one last word that is a common word
    (`_common_tail`), the whole no place (`_compass_whole`), is dropped. A district or a country named so (`पूर्वी
    दिल्ली`, `मध्य पूर्व`), a KB place after the compass word (`उत्तर नगर`), an organisation's word the training data
    reads opening names (`मध्य रेलवे`), a word it never saw (`पश्चिमी विंग`), ORG spans and curated spans stay."""
    out: list[Mention] = []
    for m in ents:
        ws = m.text.split()
        if m.label == "LOC" and len(ws) >= 2 and (m.start, m.end) not in keep \
                and all(_compass_word(fold(w)) for w in ws[:-1]) and not _compass_word(fold(ws[-1])) \
                and not _compass_whole(ws, lex) and _common_tail(ws[-1], lex, p):
            continue
        out.append(m)
    return out


# ----------------------------------------------------------------------------------------- round 65


# A place's slot after the word (issue 14's contexts): a case marker of location, a kind of place, `स्थित`
_KB_VARIANT_NEXT = frozenset(fold(w) for w in "में शहर जिले ज़िले जिला ज़िला गांव गाँव स्थित".split())
_KB_VARIANT_NEAR = (fold("के"), fold("पास"))  # `X के पास`
_KB_VARIANT_FROM, _KB_VARIANT_TO = fold("से"), fold("तक")  # `X से Y तक`
_KB_VARIANT_FIRST = _KB_VARIANT_NEXT | {_KB_VARIANT_NEAR[0], _KB_VARIANT_FROM}  # every word a slot opens with
_KB_VARIANT_MIN_SKELETON = 4  # a near spelling (not the same phonetic key) needs this many consonants: with 3
# (`शुरआत में`, a typo of `शुरुआत`, against `सुरत`) a common word's typo reads as a place
_KB_VARIANT_RATIO = 85  # rapidfuzz ratio (0..100) of the two phonetic keys, link's `fuzzy_ratio` (0.85)
_KB_VARIANT_INDEX: dict[int, tuple[Lexicon, dict[str, Place], dict[str, list[str]]]] = {}


def _kb_variant_index(lex: Lexicon) -> tuple[dict[str, Place], dict[str, list[str]]]:
    """Round 65: the KB's one-word places that are no town (countries, states, regions, cities; GeoNames towns are
    too many and too like common words: `पेज`, `बोर`) by phonetic key (link's ``k1``, `token_key`), and those keys
    by consonant skeleton; built once per lexicon. A given name (`माधुरी`) is left out."""
    held = _KB_VARIANT_INDEX.get(id(lex))
    if held is None or held[0] is not lex:  # the lexicon itself is held: an id is not reused while it lives
        phon: dict[str, Place] = {}
        for key in sorted(lex.places):
            place = lex.places[key]
            if " " in key or place.kind == "town" or key in lex.given_names or not _RX_DEVANAGARI.fullmatch(key):
                continue
            phon.setdefault(token_key(key), place)
        skel: dict[str, list[str]] = defaultdict(list)
        for k in sorted(phon):
            skel[_skeleton(k)].append(k)
        held = _KB_VARIANT_INDEX[id(lex)] = (lex, phon, dict(skel))
    return held[1], held[2]


def _kb_variant_slot(fws: Sequence[str], i: int) -> bool:
    """Round 65: the folded word fws[i] stands in a place's slot: before `में`, a kind of place (`शहर`, `जिले`,
    `गांव`), `स्थित`, `के पास`, or `से` with `तक` within the three words after it (`X से Y तक`)."""
    nxt = fws[i + 1] if i + 1 < len(fws) else ""
    if nxt not in _KB_VARIANT_FIRST:
        return False  # most words: one look-up
    if nxt in _KB_VARIANT_NEXT:
        return True
    if nxt == _KB_VARIANT_NEAR[0]:
        return i + 2 < len(fws) and fws[i + 2] == _KB_VARIANT_NEAR[1]
    return _KB_VARIANT_TO in fws[i + 2:i + 5]


def _kb_variant_place(fw: str, lex: Lexicon, p: RefineParams) -> Place | None:
    """Round 65: the KB place (no town) an unknown word spells another way: the same phonetic key (`पंचकूला` for
    `पंचकुला`, `सीओल` for `सिओल`, `विशाखापतनम` for `विशाखापट्टणम`), or, with 4+ consonants, the same consonant
    skeleton and keys within link's fuzzy ratio (`मेंगलुरु` for `मङ्गलूरु`). Only a Devanagari word of 3+ letters
    that is no KB spelling itself, function word, given name or common word, and that IL-NER never saw outside names
    (`_echo_word`)."""
    if fw in lex.places or not _echo_word(fw, lex, p):
        return None
    phon, skel = _kb_variant_index(lex)
    k = token_key(fw)
    if k in phon:
        return phon[k]
    sk = _skeleton(k)
    if len(sk) < _KB_VARIANT_MIN_SKELETON:
        return None
    for k2 in skel.get(sk, ()):
        if fuzz.ratio(k, k2) >= _KB_VARIANT_RATIO:
            return phon[k2]
    return None


def kb_variant_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                      p: RefineParams) -> list[Mention]:
    """Round 65 (issue 14: places on news nobody tuned on, spelt unlike the KB): the model leaves a place untagged
    where the news spells it otherwise than the KB and IL-NER (`पंचकूला में`, KB `पंचकुला`; `सीओल में`, KB `सिओल`;
    `मेंगलुरु में`, KB `मङ्गलूरु`). An untagged word in a place's slot (`_kb_variant_slot`: `में`, `शहर`, `जिले`,
    `गांव`, `स्थित`, `के पास`, `से … तक`) that spells a KB place that is no town (`_kb_variant_place`) is LOC. A word
    IL-NER saw outside names (`बुढ़ापे`, `शीतकाल`), a near spelling of 3 consonants or fewer (`शुरआत`) and GeoNames
    towns (`फेज`/`पेज`) make none."""
    spots = [(idx, w) for idx, ws in words.items() for fws in [[fold(w[2]) for w in ws]]
             for i, w in enumerate(ws) if _kb_variant_slot(fws, i) and _kb_variant_place(fws[i], lex, p) is not None]
    return _slot_places(spots, sents, ents, words)


def _slot_places(spots: list[tuple[int, Word]], sents: dict[int, Sentence], ents: list[Mention],
                 words: dict[int, list[Word]]) -> list[Mention]:
    """Round 65: `ents` and a LOC mention over each spot's word that no span covers (the spans read only where a
    spot was found: most stories have none)."""
    if not spots:
        return ents
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    tagger = ents[0].tagger if ents else "refine"
    made = []
    for idx, (s, e, _) in spots:
        sent = sents[idx]
        if (idx, s) not in covered:
            made.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
    return ents + made if made else ents


# Round 65: the endings of Indian towns', villages' and quarters' names (`-पुर`, `-पुरा`, `-पुरी`, `-नगर`, `-गंज`,
# `-बाद`, `-गढ़`: `नवाबपुरा`, `जनकपुरी`, `टाटानगर`), after a stem of 2+ letters
_SETTLEMENT_ENDINGS = tuple(fold(w) for w in "पुर पुरा पुरी नगर गंज बाद गढ़ गढ".split())
_SETTLEMENT_MIN_STEM = 2


def _settlement_word(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 65: a folded word that reads as a settlement's name by its ending (`_SETTLEMENT_ENDINGS`), no KB place
    (the KB's own steps read those), that IL-NER never saw and no common word (`_echo_word`)."""
    return (any(fw.endswith(e) and len(fw) - len(e) >= _SETTLEMENT_MIN_STEM for e in _SETTLEMENT_ENDINGS)
            and fw not in lex.places and fw not in lex.words and _echo_word(fw, lex, p))


def suffix_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 65 (issue 14: local places): a quarter, village or town no KB lists is left untagged (`नवाबपुरा में
    मेडिकल टीम पर हमला`, `बेंगलुरू के पदरायणपुरा में`, `जनकपुरी में 50 घर`). An untagged word IL-NER never saw,
    ending like a settlement's name (`_settlement_word`), in a place's slot (`_kb_variant_slot`) and after no
    determiner (`इस महानगर में`, "this metropolis": `_LONE_DETERMINERS`), is LOC."""
    spots = [(idx, w) for idx, ws in words.items() for fws in [[fold(w[2]) for w in ws]]
             for i, w in enumerate(ws) if _kb_variant_slot(fws, i) and not (i and fws[i - 1] in _LONE_DETERMINERS)
             and _settlement_word(fws[i], lex, p) and not _settlement_guard(fws[i], lex, p)]
    return _slot_places(spots, sents, ents, words)


# ------------------------------------------------------------------------------- review of rounds 64, 65 and 66


def _former_state(ws: Sequence[str], lex: Lexicon) -> bool:
    """Review of rounds 64-66 (`compass_former_states`): a span's words are a state that no longer exists, of the
    lexicon's former_states.txt (v8: `पूर्वी जर्मनी`, `पश्चिमी जर्मनी`, `पूर्वी पाकिस्तान`), a name and no region."""
    return tuple(fold(w) for w in ws) in lex.former_states


_COMMON_KEYS: dict[tuple[int, int, float], tuple[Lexicon, frozenset[str]]] = {}


def _common_keys(lex: Lexicon, p: RefineParams) -> frozenset[str]:
    """Review of rounds 64-66: the phonetic keys (link's ``token_key``) of the training data's common words, seen
    `common_min_count` times or more and in names less than `common_max_ratio` of them (`_common`'s counts, as
    `बर्बाद`); built once per lexicon, and only when a settlement-like word is found (most stories have none)."""
    memo_key = (id(lex), p.common_min_count, p.common_max_ratio)
    held = _COMMON_KEYS.get(memo_key)
    if held is None or held[0] is not lex:  # the lexicon itself is held: an id is not reused while it lives
        keys = frozenset(_token_key(w) for w, st in lex.words.items()
                         if st.n >= p.common_min_count and st.n_ent < p.common_max_ratio * st.n)
        held = _COMMON_KEYS[memo_key] = (lex, keys)
    return held[1]


def _doubled_word(fw: str) -> bool:
    """Review of rounds 64-66: a word that is one string written twice (`शाहजहांपुरशाहजहांपुर`: a dateline glued to
    the headline's place by a lost line break)."""
    half = len(fw) // 2
    return len(fw) % 2 == 0 and half >= 3 and fw[:half] == fw[half:]


def _settlement_guard(fw: str, lex: Lexicon, p: RefineParams) -> bool:
    """Review of rounds 64-66: a settlement-like word (`_settlement_word`) `suffix_places` leaves untagged: a common
    word spelt another way (`settlement_common_variants`: `बरबाद` for `बर्बाद`, the same phonetic key as a common
    word of the training data) or one name written twice, glued (`settlement_doubles`: `शाहजहांपुरशाहजहांपुर`)."""
    if p.settlement_doubles and _doubled_word(fw):
        return True
    return p.settlement_common_variants and _token_key(fw) in _common_keys(lex, p)


# --------------------------------------------------------------------------------------------- round 67 (recall)

# Round 67: the Persian izafat written between the hyphenated words of a name (`तब्लीगी-ए-जमात`, `लश्कर-ए-तैयबा`),
# which the spaced spelling of the same name leaves out (`तब्लीगी जमात`)
_IZAFAT = frozenset(fold(w) for w in "ए".split())


def _hyphen_key(w: str) -> str:
    """Round 67: a hyphenated word read as its spaced spelling (`जम्मू-कश्मीर` -> `जम्मू कश्मीर`, `तब्लीगी-ए-जमात`
    -> `तब्लीगी जमात`): folded, the izafat dropped; "" unless two or more Devanagari parts remain."""
    parts = [fold(x) for x in w.split("-")]
    if len(parts) < 2 or not all(parts):
        return ""
    parts = [x for x in parts if x not in _IZAFAT]
    if len(parts) < 2 or not all(_RX_DEVANAGARI.fullmatch(x) for x in parts):
        return ""
    return " ".join(parts)


def hyphen_echoes(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention]) -> list[Mention]:
    """Round 67 (issue 14: recall on native news): a story that tags a name of two or more words in spaced spelling
    writes it hyphenated elsewhere (`[तब्लीगी जमात]O` ... `तब्लीगी-ए-जमात के मरकज`, `[जम्मू कश्मीर]L` ... `जम्मू-कश्मीर
    में`, `[पिम्परी चिंचवाड़]L` ... `पिम्परी-चिंचवाड़`): the model, which reads the joined word as one unseen token, leaves
    it untagged. An untagged hyphenated word whose parts (the izafat `ए` left out, `_hyphen_key`) are the words of a
    PER/ORG/LOC span of the story, that span text tagged with one label only, takes that label. A hyphenated word
    that is no span's spelling (`पीटीआई-भाषा`, `दो-दो`) stays."""
    labels: dict[str, set[str]] = defaultdict(set)
    for m in ents:
        if " " in m.text.strip():
            labels[" ".join(fold(x) for x in m.text.split())].add(m.label)
    names = {k: next(iter(ls)) for k, ls in labels.items() if len(ls) == 1}
    if not names:
        return ents
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in ents:
        spans[m.sent_idx].append((m.start, m.end))
    tagger = ents[0].tagger if ents else "refine"
    made: list[Mention] = []
    for idx, ws in words.items():
        for s, e, w in ws:
            if "-" not in w:
                continue
            label = names.get(_hyphen_key(w))
            if label is None or any(a < e and b > s for a, b in spans.get(idx, ())):
                continue
            sent = sents[idx]
            made.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], label, tagger))
    return ents + made if made else ents


# Round 67: a compass word written after a place's name as part of it, naming a locality, a district or a seat
# (`निजामुद्दीन पश्चिम`, `मेदिनीपुर पूर्व`, `बंगलौर दक्षिण`, `मुंबई सेंट्रल`): the bare Hindi nouns, not the adjectives
# (`पश्चिमी`), which come before a place, and the English loans, `सेंट्रल` with them
_TAIL_COMPASS = frozenset(fold(w) for w in "उत्तर दक्षिण पूर्व पश्चिम सेंट्रल".split()) | COMPASS_LOANS
# ... the words after which such a name has ended: a case marker, `ने`, a coordinator, a copula
_TAIL_STOPS = POSTPOSITIONS | frozenset(fold(w) for w in "ने व और एवं तथा है हैं था थे".split())
# ... and the ones that `पूर्व` ("former", `पूर्व में` "earlier") may stand before only as the end of a name
_TAIL_LIST = frozenset(fold(w) for w in ", व और एवं तथा".split())


def _tail_end(ws: Sequence[Word], k: int) -> bool:
    """Round 67: the compass word `ws[k]` ends a name: the sentence or a punctuation mark after it, or one of
    `_TAIL_STOPS` one space after it; after `पूर्व` only the end, a comma or a coordinator."""
    if k + 1 >= len(ws):
        return True
    nxt = fold(ws[k + 1][2])
    if fold(ws[k][2]) == fold("पूर्व"):
        return nxt in _TAIL_LIST or not _RX_LETTER.search(nxt)
    return not _RX_LETTER.search(nxt) or ws[k + 1][0] == ws[k][1] + 1 and nxt in _TAIL_STOPS


def compass_tails(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 67 (issue 14: recall on native news): a place's name that ends with a compass word, a locality, a
    district or a seat (`निजामुद्दीन पश्चिम व दिलशाद गार्डन`, `मेदिनीपुर पश्चिम, मेदिनीपुर पूर्व`, `बंगलौर दक्षिण की
    सीट`, `मुंबई सेंट्रल, अहमदाबाद`), is cut by the model before the compass word. An untagged `_TAIL_COMPASS` word
    one space after a LOC span of one or two words, that ends the name there (`_tail_end`: punctuation, the end, or a
    case marker, `ने`, a coordinator or a copula after it; `पूर्व` only before the end, a comma or a coordinator, as
    `पूर्व में` is "earlier"), joins the span. The compass word before another word stays out: it opens the next name
    (`अमरीका दक्षिण एशिया में`, `श्रावस्ती उत्तर प्रदेश के`) or a thing of the place (`आगरा सेंट्रल जेल`). Curated spans stay."""
    covered = {(m.sent_idx, w[0]) for m in ents for w in _words_in(words.get(m.sent_idx, []), m)}
    grown: dict[int, Mention] = {}
    for m in ents:
        if m.label != "LOC" or (m.start, m.end) in keep or len(m.text.split()) > 2:
            continue
        ws = words.get(m.sent_idx, [])
        k = _word_at(ws, m.end)
        if k >= len(ws) or ws[k][0] != m.end + 1 or (m.sent_idx, ws[k][0]) in covered:
            continue
        if fold(ws[k][2]) in _TAIL_COMPASS and _tail_end(ws, k):
            grown[id(m)] = _span(sents[m.sent_idx], m, m.start, ws[k][1])
    return [grown.get(id(m), m) for m in ents] if grown else ents


# ----------------------------------------------------------------------------------------- round 68


_NEAR_MIN_KEY = 6  # round 68: a phonetic key (`token_key`) of 6+ letters: one letter apart, shorter keys are other words
_NEAR_MAX_DOCS = 2  # round 68: the variant is a word of one or two news articles (a story's own misspelling)
_NEAR_NEXT = _VARIANT_FOLLOWERS | POSTPOSITIONS | LIST_SEPARATORS  # a name's slot after the variant


def _deletions(key: str) -> set[str]:
    """The key and the keys one letter shorter: two keys one edit apart (a letter dropped, added or changed) share one."""
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


_KEY_VOWELS = frozenset("aeiou")  # the vowels of a phonetic key (`token_key` romanizes)


def _one_edit(a: str, b: str) -> bool:
    """Round 68: keys that differ by one letter dropped or added inside them, or by one vowel for another (`वॉलमॉर्ट`
    for `वॉलमार्ट`); the first and last letters agree (an ending changed is another word: `सीरिया`/`सीरियन`), and a
    consonant changed is another name (`विकीमीडिया`/`विकीपीडिया`, `बालपुर`/`भागलपुर`)."""
    if a == b or a[0] != b[0] or a[-1] != b[-1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and diff[0][0] in _KEY_VOWELS and diff[0][1] in _KEY_VOWELS
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


def _near_sources(words: dict[int, list[Word]], ents: list[Mention]) -> dict[str, dict[str, str]]:
    """Round 68: deletion key -> {phonetic key: label} of the story's names a variant may spell: one-word LOC/ORG spans
    and the last word of PER spans of 2+ words (a one-word PER may be the model's slip); a key two labels share is
    left out (label "")."""
    labels: dict[str, str] = {}
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m)
        if m.label not in ENTITY or not ws or (len(ws) < 2 if m.label == "PER" else len(ws) != 1):
            continue
        k = _token_key(_bare(ws[-1])[2])
        if len(k) >= _NEAR_MIN_KEY:
            labels[k] = m.label if labels.get(k, m.label) == m.label else ""
    index: dict[str, dict[str, str]] = {}
    for k, label in labels.items():
        for d in _deletions(k):
            index.setdefault(d, {})[k] = label
    return index


def _near_word(w: str, lex: Lexicon) -> bool:
    """Round 68: a word that may be a story's misspelling of a name: IL-NER never saw it (`_unseen_name`), one or two news
    articles use it, and it is no KB place, given name or demonym (`सोमालियाई`)."""
    fw = fold(w)
    news = lex.news.get(fw)
    return (_unseen_name(w, lex) and (news is None or news.n_docs <= _NEAR_MAX_DOCS) and fw not in lex.given_names
            and place_of(w, lex) is None and not _demonym(w, lex))


def near_variants(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  lex: Lexicon) -> list[Mention]:
    """Round 68 (issue 14: untagged names of translated news): a story misspells its own names one letter off, which
    `place_variants` and `person_variants` (the same phonetic key) do not read: `बिरकेनहेड` beside the tagged
    `[बिरकेहेड]L`, `अमदीनेजाद` beside `[महमूद अहमदीनेजाद]P`, `मैसिडोनिया` beside `[मैसेडोनिया]L`. An untagged word that
    may be a misspelling (`_near_word`), whose key is one inner letter or vowel off (`_one_edit`) the key of one name of the
    story (`_near_sources`, one label), standing in a name's slot (a case marker, `और` or a mark after it, not
    `[पैराथाइरॉयड] ग्लैंड`, `बालपुर जयहरि`), takes that name's label."""
    index = _near_sources(words, ents)
    if not index:
        return ents
    covered = _chars_covered(ents)
    tagger = ents[0].tagger if ents else "refine"
    made: list[Mention] = []
    for idx, ws in words.items():
        for i, w in enumerate(ws):
            b = _bare(w)
            if not b[2] or (idx, b[0]) in covered or i + 1 >= len(ws) or not _near_slot(ws[i + 1][2]):
                continue
            k = _token_key(b[2])
            if len(k) < _NEAR_MIN_KEY or not _near_word(b[2], lex):
                continue
            hits = {lab for d in _deletions(k) for sk, lab in index.get(d, {}).items() if _one_edit(k, sk)}
            if len(hits) == 1 and "" not in hits:
                sent = sents[idx]
                made.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start],
                                    hits.pop(), tagger))
    return ents + made if made else ents


def _near_slot(nxt: str) -> bool:
    """Round 68: the word after a name: a case marker, `ने`, `और`, a speech verb (`_NEAR_NEXT`) or a mark (no digit:
    `कोएपीटी -19`, a garbled `कोविड-19`, is no name)."""
    return fold(nxt) in _NEAR_NEXT or not _RX_ALNUM.search(nxt)


# ----------------------------------------------------------------------------------------- round 69

# Round 69: kinship nouns after a genitive (`X के पिता`, `X की पत्नी`, `X के बेटे`): the word before the genitive names
# the person whose relative the story speaks of; generic Hindi, not read off an article
STORY_KIN_NOUNS = frozenset(fold(w) for w in """पिता पत्नी पति बेटे बेटा बेटी बेटों बेटियों पुत्र पुत्री पुत्रों माता
    मां माँ भाई भाइयों बहन बहनों दादा दादी नाना नानी चाचा चाची मामा मामी ससुर सास बहू दामाद भतीजे भतीजा भतीजी
    पोते पोता पोती""".split())


def _story_person_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 69: a word only the story may use as a name: IL-NER never saw it and no common-word list holds it
    (`_unseen_name`), at most `story_word_max_docs` news articles use it (`_rare_news_word`), and it is no KB place
    and no demonym."""
    return (_unseen_name(w, lex) and _rare_news_word(w, lex, p) and len(fold(w)) >= p.propagate_min_chars
            and place_of(w, lex) is None and not _demonym(w, lex))


def story_persons(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                  p: RefineParams) -> list[Mention]:
    """Round 69 (issue 14: untagged names of news nobody tuned on): a story names a person by a word of its own
    (`_story_person_word`: IL-NER never saw it, one or two news articles use it, no KB place) and marks it as a person
    once: the model or a step tagged it alone as PER where a speaker stands (`_speaker_slot`: `[ब्लैटर]P ने कहा`,
    `[कोनली]P कहती हैं`), or the story writes it before a genitive and a kinship noun (`फ़रज़ाना के पिता`, `X की
    पत्नी`: STORY_KIN_NOUNS; not after a genitive, a post's holder: `कॉलेज के डीन की पत्नी`; no plural: `नवजातों की
    मां`). Its other occurrences the model left untagged are PER, but where a word beside one may make it part of a
    longer name (`_story_neighbour`: `केन विलियम्सन`, `इस्मत चुग़ताई`), or where the story writes it twice or more
    before the same content word (`इशरत जहाँ को`, `इशरत जहाँ बेटे के साथ`: a two-word name). A word the story also tags
    with another label stays; so does a one-word PER outside a speaker's slot (`[मेडिका]P ने ... अनुमति`)."""
    labels: dict[str, set[str]] = defaultdict(set)
    persons: set[str] = set()
    per_words: set[str] = set()
    pers = {(m.sent_idx, x) for m in ents if m.label == "PER" for x in (m.start, m.end)}
    for m in ents:
        ws = words.get(m.sent_idx, [])
        inside = _words_in(ws, m)
        if len(inside) == 1 and inside[0][0] == m.start and _bare(inside[0])[1] == m.end:
            fw = fold(_bare(inside[0])[2])
            labels[fw].add(m.label)
            if m.label == "PER" and _speaker_slot(ws, _word_at(ws, m.start), m.sent_idx, pers):
                persons.add(fw)
        elif m.label == "PER":
            per_words.update(_token_key(fold(w[2])) for w in inside)  # phonetic keys: `जहाँ` = `जहां`
    covered = _chars_covered(ents)
    spots: list[tuple[int, Word, str, bool]] = []  # (sentence, word, phonetic key of the word after it, a content word)
    for idx, ws in words.items():
        for i, w in enumerate(ws):
            b = _bare(w)
            if not b[2] or (idx, b[0]) in covered or not _story_person_word(b[2], lex, p):
                continue
            if i and _story_neighbour(idx, ws[i - 1], covered, per_words, lex, p) \
                    or i + 1 < len(ws) and _story_neighbour(idx, ws[i + 1], covered, per_words, lex, p):
                continue
            nxt = fold(ws[i + 1][2]) if i + 1 < len(ws) else ""
            pair = _pair_word(nxt)
            spots.append((idx, b, _token_key(nxt) if pair else "", pair and nxt not in lex.function_words))
            if i + 2 < len(ws) and fold(ws[i + 1][2]) in GENITIVES and fold(ws[i + 2][2]) in STORY_KIN_NOUNS \
                    and not (i and fold(ws[i - 1][2]) in GENITIVES) and not _PLURAL_OBLIQUE.search(b[2]):
                persons.add(fold(b[2]))
    pairs = Counter((fold(b[2]), k) for _, b, k, _ in spots if k)
    named = {(fold(b[2]), k) for _, b, k, content in spots if content}  # `जहाँ`; `जहां` is a function word of UD too
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, b, k, _ in spots:
        fw = fold(b[2])
        if fw in persons and not labels.get(fw, set()) - {"PER"} and not ((fw, k) in named and pairs[(fw, k)] >= 2):
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start], "PER",
                               tagger))
    return out if len(out) > len(ents) else ents


# Round 69: what a speaker's name stands before: `ने` (or its typo `नें`) and a speech verb later in the clause, a speech
# verb (`कहती हैं`), `के अनुसार`/`के मुताबिक`, `का कहना`
_SPEAKER_ERGATIVES = frozenset({ERGATIVE, ERGATIVE_TYPO})
_SPEAKER_REACH = 8  # round 69: the speech verb after `ने` within this many words (`ने पुलिस को बताया`)


def _speaker_slot(ws: list[Word], i: int, idx: int, pers: set[tuple[int, int]]) -> bool:
    """Round 69: word i stands where a speaker does: before `ने` and a speech verb within `_SPEAKER_REACH` words of the
    clause (`[फ़रज़ाना] ने पुलिस को बताया`; not `[मेडिका] ने आइसीएमआर को ... अनुमति`), before a speech verb, `के
    अनुसार/मुताबिक` or `का कहना`, after a title or a role, or coordinated with a PER mention (`_person_slot`)."""
    nxt = [fold(w[2]) for w in ws[i + 1 : i + 2 + _SPEAKER_REACH]]
    if not nxt:
        return False
    if nxt[0] in _SPEAKER_ERGATIVES:
        for x in nxt[1:]:
            if not _RX_ALNUM.search(x):
                return False  # the clause ends
            if x in PERSON_SLOT_SPEECH:
                return True
        return False
    if len(nxt) >= 2 and nxt[0] in GENITIVES and nxt[1] == fold("कहना"):
        return True
    return _person_slot(ws, i, idx, pers)


def _pair_word(fw: str) -> bool:
    """Round 69: a word after a story's person word that may be the rest of its name (no case marker, `ने`, coordinator
    or mark): one the story writes after it twice or more, by phonetic key, once at least as no function word, makes the
    two one name (`इशरत जहाँ को`, `इशरत जहाँ बेटे के साथ`, `इशरत जहां का`)."""
    return (bool(_RX_LETTER.search(fw)) and fw not in POSTPOSITIONS and fw not in _SPEAKER_ERGATIVES
            and fw not in LIST_SEPARATORS)


def _story_neighbour(idx: int, w: Word, covered: set[tuple[int, int]], per_words: set[str], lex: Lexicon,
                     p: RefineParams) -> bool:
    """Round 69: a word beside a story's person word that may make it part of a longer name: a tagged one, a given name
    or surname (`_name_neighbour`), a foreign given name (FOREIGN_GIVEN), a word of the story's PER spans of 2+ words
    (`per_words`, phonetic keys: `इशरत जहां` beside the tagged `[इशरत जहाँ]P`), or another word IL-NER never saw that is
    no news word (`एड्रियान वेडविट्ज़`, `इस्मत चुग़ताई`)."""
    b = _bare(w)[2]
    fw = fold(b)
    return (_name_neighbour(idx, w, covered, lex, p) or _token_key(fw) in per_words or fw in FOREIGN_GIVEN
            or _unseen_name(b, lex) and not _news_word(b, lex, p))


# Round 69: a future tense's endings (`चलेंगी`, `करेगा`): a verb that ends a clause before a list, no name
_RX_FUTURE_VERB = regex.compile(r"(?:ेगा|ेगी|ेगे|ेंगे|ेंगी|ूंगा|ूंगी|ूँगा|ूँगी)$")
# ... and the words before which a list's first item is a verb's object or adverb, no name (`राज्य स्तर पर करवाई`)
_LIST_OPENERS_NOT = frozenset(fold(w) for w in "को ने नें पर तक".split())


def _listed_word(w: str, label: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 69: an untagged list item that may take its list's label: a Devanagari word IL-NER never saw
    (`_unseen_name`), no word of the news' vocabulary (`_news_word`), no verb in the future tense (`चलेंगी`), no
    plural (`जिलों के उपायुक्तों`), no demonym, and no KB place unless the list names places, in a list of persons or
    places (a list of bodies mixes in groups and conditions: `[सीओपीडी]O और [आईएलडी]O` beside `हाइपोथाइरिडिजम`,
    `ब्रेक्सिटियर, रिमेनर्स और [यूरोपीय संघ]O`); or a capitalised Latin word (`PBS, C-SPAN और Fox Business Network`)."""
    if _RX_LATIN_CAPITAL.fullmatch(w):
        return len(w) >= 2
    return (label != "ORG" and _unseen_name(w, lex) and len(fold(w)) >= p.propagate_min_chars
            and not _news_word(w, lex, p) and not _RX_FUTURE_VERB.search(w) and not _PLURAL_OBLIQUE.search(w)
            and not _demonym(w, lex) and (label == "LOC" or place_of(w, lex) is None))


def listed_unseen_names(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                        p: RefineParams) -> list[Mention]:
    """Round 69 (issue 14: untagged names of news nobody tuned on): a list names things of one kind (`शंभू के अलावा
    बुधई, शेषभान, धर्मेंद्र, देवेंद्र, पुरुषोत्तम की`); the model tags the names it knows and leaves the story's own.
    A list is a run of 3+ items split by commas and coordinators (LIST_SEPARATORS), each a tagged span or one word,
    and the items either side of the run by the span or word next to it (`शंभू के अलावा [बुधई]`, `[पुरुषोत्तम] की
    पूरी गृहस्थी`: `_list_entry`); when two or more of its items are tagged with one label, more than half of its
    tagged items (the model's slip `[पुरुषोत्तम]L` beside three PER), an untagged item that may be a name
    (`_listed_word`: a word IL-NER never saw, no news word, or a capitalised Latin word) takes that label."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    by_end = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    tagger = ents[0].tagger if ents else "refine"
    made: list[Mention] = []
    for idx, ws in words.items():
        items = _list_items(ws)
        if len(items) < 3:
            continue
        for run in _list_runs(items, idx, by_start, by_end, covered, lex):
            if len(run) < 3:
                continue
            votes = Counter(e[1] for e in run if e[0] == "tag")
            label, n = votes.most_common(1)[0] if votes else ("", 0)
            if n < 2 or 2 * n <= sum(votes.values()):
                continue  # two or more tagged items of one label, more than half of them
            for e in run:
                if e[0] == "word" and _listed_word(e[1][2], label, lex, p):
                    b = e[1]
                    sent = sents[idx]
                    made.append(Mention(sent.doc_id, idx, b[0], b[1], sent.text[b[0] - sent.start : b[1] - sent.start],
                                        label, tagger))
    return ents + made if made else ents


def _list_runs(items: list[list[Word]], idx: int, by_start: dict[tuple[int, int], Mention],
               by_end: dict[tuple[int, int], Mention], covered: set[tuple[int, int]], lex: Lexicon,
               places: bool = False) -> Iterator[list[tuple[str, Any]]]:
    """Round 69: the lists of a sentence's items (`_list_items`), each a run of items that are list entries
    (`_list_entry`: ("tag", label) for a tagged span, ("word", bare word) for an untagged word; a clause is none), with
    the entry that ends the item before the run and the one that opens the item after it where there is one.
    `places` (round 74, `listed_places`): a genitive's noun before a run is no entry (`रुई की मंडी`, "the cotton
    market"), and an item whose first word stands before a `_LIST_CLOSERS` word opens with an entry (`[चीन]L, इजरायल
    समेत अन्य देश`)."""
    whole = [_list_entry(it, idx, "whole", by_start, by_end, covered, lex) for it in items]
    k = 0
    while k < len(items):
        if whole[k] is None:
            k += 1
            continue
        r = k
        while r + 1 < len(items) and whole[r + 1] is not None:
            r += 1
        before = _list_entry(items[k - 1], idx, "tail", by_start, by_end, covered, lex) if k else None
        if places and before and before[0] == "word" and fold(items[k - 1][-2][2]) in GENITIVES:
            before = None
        after = _list_entry(items[r + 1], idx, "head", by_start, by_end, covered, lex) if r + 1 < len(items) else None
        if places and after is None and r + 1 < len(items) and len(items[r + 1]) > 1 \
                and fold(items[r + 1][1][2]) in _LIST_CLOSERS and (idx, items[r + 1][0][0]) not in covered:
            after = ("word", _bare(items[r + 1][0]))
        yield ([before] if before else []) + whole[k : r + 1] + ([after] if after else [])
        k = r + 1


def _list_entry(it: Sequence[Word], idx: int, side: str, by_start: dict[tuple[int, int], Mention],
                by_end: dict[tuple[int, int], Mention], covered: set[tuple[int, int]],
                lex: Lexicon) -> tuple[str, Any] | None:
    """Round 69: a list item as an entry of `listed_unseen_names`: ("tag", label) or ("word", its bare word), else None.
    `side` "whole": the item is one tagged span or one untagged word; "tail" (the item before a run): the span or word
    that ends it, after a word IL-NER saw, no given name, no English article or joiner (`द वीकेंड`, The Weeknd) and no
    `को`/`ने`/`पर`/`तक` (`राज्य स्तर पर करवाई`); "head"
    (the item after a run): the span or word that opens it, before a case marker, `ने` or a mark."""
    if not it:
        return None
    m = by_start.get((idx, it[0][0]))
    if side == "whole":
        if m is not None and m.end == it[-1][1]:
            return ("tag", m.label)
        b = _bare(it[0])
        return None if len(it) > 1 or (idx, b[0]) in covered or not b[2] else ("word", b)
    if len(it) < 2:
        return None
    if side == "tail":
        m = by_end.get((idx, it[-1][1]))
        if m is not None:
            return ("tag", m.label)
        b, prev = _bare(it[-1]), it[-2]
        if (idx, b[0]) not in covered and b[2] and (idx, prev[0]) not in covered and fold(prev[2]) in lex.words \
                and fold(prev[2]) not in lex.given_names and fold(prev[2]) not in _LIST_OPENERS_NOT \
                and fold(prev[2]) not in ENGLISH_NAME_JOINERS:
            return ("word", b)  # `शंभू के अलावा बुधई`: a word IL-NER saw before it, no name it ends
        return None
    nxt = fold(it[1][2])
    if m is not None:
        k = _word_at(it, m.end)
        nxt = fold(it[k][2]) if k < len(it) else ""
    if not (nxt in POSTPOSITIONS or nxt == ERGATIVE or not _RX_ALNUM.search(nxt)):
        return None
    if m is not None:
        return ("tag", m.label)
    b = _bare(it[0])
    return None if (idx, b[0]) in covered or not b[2] else ("word", b)


# ----------------------------------------------------------------------------------------- round 70


_GROWN_MIN_DOCS = 3  # round 70: a word of the news' own vocabulary (no rare product or brand word: `जियो फाइबर`)


def _grown_word(w: str, label: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 70: a word that ends no name of `label`, as `trim_edges` reads edges: IL-NER saw it `edge_min_count` times
    or more, inside a name of that label in less than `edge_max_inside` of them and ending any name in less than
    `edge_max_ratio`, and `_GROWN_MIN_DOCS` news articles use it; no broadcaster's service word (`बीबीसी हिन्दी`,
    `ईटीवी उर्दू`)."""
    fw = fold(w)
    st, news = lex.words.get(fw), lex.news.get(fw)
    if st is None or st.n < p.edge_min_count or news is None or news.n_docs < _GROWN_MIN_DOCS \
            or fw in lex.media_services:
        return False
    inside = st.n_per if label == "PER" else st.n_org
    return inside < p.edge_max_inside * st.n and st.n_end < p.edge_max_ratio * st.n


def grown_spans(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams, keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 70 (issue 14: spans that grow into the next word): a name span that ran into the word after it, the head
    of the next phrase or a time word, which `trim_edges` left (ORG names are made of common words) or a later step
    made: `[सोनीपत पुलिस शाम]O साढ़े पांच बजे से`, `[माइक्रोसॉफ्ट संस्थापक]O ने`, `[नेशनल कैंसर इंस्टीट्यूट परिसर]O में`,
    `[राहुल नयी]P दिल्ली:`. An ORG span (`grown_orgs`) or a PER span (`grown_heads`) of 2+ words whose last word ends
    no name of that label (`_grown_word`) and whose other words the story tags alone with that label is cut back to
    them: the story's own evidence for the name. A known organisation or person of the lexicon stays, and a PER span
    the story writes twice or more is its name (`संजय मंडल`, a surname IL-NER sees as a word)."""
    labels = ({"ORG"} if p.grown_orgs else set()) | ({"PER"} if p.grown_heads else set())
    alone = {(m.label, tuple(fold(w) for w in m.text.split())) for m in ents if m.label in labels}
    out: list[Mention] = []
    for m in ents:
        ws = _words_in(words.get(m.sent_idx, []), m) if m.label in labels and (m.start, m.end) not in keep else []
        if len(ws) < 2 or ws[0][0] != m.start or ws[-1][1] != m.end or not _grown_word(ws[-1][2], m.label, lex, p):
            out.append(m)
            continue
        names = tuple(fold(w[2]) for w in ws)
        if (m.label, names[:-1]) not in alone or names in lex.orgs or names in lex.persons or (
                m.label == "PER" and sum(s.text.count(m.text) for s in sents.values()) > 1):
            out.append(m)
            continue
        out.append(_span(sents[m.sent_idx], m, m.start, ws[-2][1]))
    return out


# ----------------------------------------------------------------------------------------- round 71

# Round 71: nouns of a business written right before a firm's name in apposition (`कंपनी सोलैरिस पेपर ने`,
# `सुपरमार्केट ओकैडो में`, `स्टार्टअप स्टोरडॉट ने`): generic Hindi and English loans, not read off one article
TRADE_NOUNS = frozenset(fold(w) for w in "कंपनी कम्पनी फर्म फ़र्म स्टार्टअप सुपरमार्केट रिटेलर".split())


def _trade_name_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 71: a word only a name can be: a capitalised Latin word (`Aldi`), or a Devanagari word IL-NER never saw
    and no common-word list holds that at most `story_word_max_docs` news articles use (`_unseen_name`,
    `_rare_news_word`), no KB place and no given name (`कंपनी रमेश`: its owner)."""
    if _is_latin(w):
        return w[:1].isupper() and len(w) >= 2
    fw = fold(w)
    return (_unseen_name(w, lex) and _rare_news_word(w, lex, p) and len(fw) >= p.propagate_min_chars
            and fw not in lex.given_names and place_of(w, lex) is None)


def trade_firms(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                p: RefineParams) -> list[Mention]:
    """Round 71 (issue 14: organisations on news nobody tuned on): a firm the story introduces by its trade noun
    (TRADE_NOUNS) and a name of its own, `कंपनी सोलैरिस पेपर ने`, `ब्रिटिश सुपरमार्केट ओकैडो में`, `स्टार्टअप
    स्टोरडॉट ने`, that the model left untagged and `org_kinds` left too (a common word in the name, `पेपर`; a kind it
    does not read, `सुपरमार्केट`). Right after the noun, untagged: one or more name words (`_trade_name_word`: IL-NER
    never saw them, at most two news articles use them; or capitalised Latin), and at most one more word that is no
    function word or number (`पेपर`), then the name ends (a function word, punctuation or the end: `_name_ends`). The
    run is ORG, and so are its other untagged occurrences in the story that end there too. Any other word after the
    run (`स्टार्टअप व्यान एक बेहद`) leaves it alone."""
    if not any(fold(w[2]) in TRADE_NOUNS for ws in words.values() for w in ws):
        return ents
    covered = _chars_covered(ents)
    spans: list[tuple[int, int, int]] = []  # (sentence, first word, end word) of each firm named after a trade noun
    names: set[tuple[str, ...]] = set()
    for idx, ws in words.items():
        for j in range(len(ws) - 1):
            if fold(ws[j][2]) not in TRADE_NOUNS or (idx, ws[j + 1][0]) in covered \
                    or not _trade_name_word(ws[j + 1][2], lex, p):
                continue
            e = j + 2
            while e < len(ws) and e - j <= 3 and (idx, ws[e][0]) not in covered and _trade_name_word(ws[e][2], lex, p):
                e += 1
            if not _name_ends(ws, e, lex) and e + 1 <= len(ws) and (idx, ws[e][0]) not in covered \
                    and _name_ends(ws, e + 1, lex) and not _RX_DIGIT.search(ws[e][2]) \
                    and fold(ws[e][2]) not in NUMBER_WORDS and fold(ws[e][2]) not in TRADE_NOUNS:
                e += 1  # `कंपनी सोलैरिस पेपर ने`: a trade word closes the name
            if _name_ends(ws, e, lex):
                spans.append((idx, j + 1, e))
                names.add(tuple(fold(w[2]) for w in ws[j + 1 : e]))
    if not spans:
        return ents
    seen = {(idx, first) for idx, first, _ in spans}
    longest_first = sorted(names, key=lambda n: (-len(n), n))  # determinism: the longest name where two start alike
    for idx, ws in words.items():  # the story's other mentions of the same firm
        for j, w in enumerate(ws):
            if (idx, j) in seen or (idx, w[0]) in covered:
                continue
            for name in longest_first:
                e = j + len(name)
                if e <= len(ws) and tuple(fold(x[2]) for x in ws[j:e]) == name and _name_ends(ws, e, lex) \
                        and not any((idx, x[0]) in covered for x in ws[j:e]) and (j == 0 or not (
                        _trade_name_word(ws[j - 1][2], lex, p) and (idx, ws[j - 1][0]) not in covered)):
                    spans.append((idx, j, e))
                    seen.add((idx, j))
                    break
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, j, e in spans:
        sent, ws = sents[idx], words[idx]
        s_, e_ = ws[j][0], ws[e - 1][1]
        out.append(Mention(sent.doc_id, idx, s_, e_, sent.text[s_ - sent.start : e_ - sent.start], "ORG", tagger))
    return out


# ----------------------------------------------------------------------------------------- round 72


def _grown_start(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 72: a word that opens no organisation's name: IL-NER saw it `edge_min_count` times or more and never inside
    a name (`फंसे` "stuck", `आये` "came", `फिलहाल` "for now"), `_GROWN_MIN_DOCS` news articles use it, and it is no
    demonym (`[रूसी रक्षा मंत्रालय]O`). `trim_edges` cuts an ORG's first word only when IL-NER saw it
    `org_edge_min_count` times (ORG names are made of common words); the story's own evidence lets fewer do here."""
    fw = fold(w)
    st, news = lex.words.get(fw), lex.news.get(fw)
    return (st is not None and st.n >= p.edge_min_count and st.n_ent == 0 and news is not None
            and news.n_docs >= _GROWN_MIN_DOCS and not _demonym(w, lex))


def grown_starts(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon, p: RefineParams,
                 keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 72 (issue 14: spans grown at their start), the mirror of round 70's `grown_spans`: an ORG span that ran
    back into the word before the name, a participle, a verb or an adverb of the clause (`रिजर्व बैंक ने संकट में [फंसे
    यस बैंक]O पर`, `354 मामले सामने [आये स्वास्थ्य मंत्रालय]O`, `[फिलहाल रक्षा मंत्रालय]O`), is cut to its other words
    when its first word opens no name (`_grown_start`) and its other words are a name the story tags ORG alone or a
    known organisation of the lexicon; so are its first two words or more, each opening no name, before such a name
    (`[हेल्पलाइन नंबर गृह मंत्रालय]O`, `[कोरोना वायरस विश्व बैंक]O`). An ORG span the story writes twice or more is its
    name (`सिविल प्रोटेक्शन डिपार्टमेंट`, `सिविल` never inside a name of IL-NER), and so is a known organisation (`भारती
    एयरटेल`). One pass over the mentions: the words of a span are its text's (split by spaces)."""
    alone = {tuple(fold(w) for w in m.text.split()) for m in ents if m.label == "ORG"}
    out: list[Mention] = []
    for m in ents:
        ws = m.text.split() if m.label == "ORG" and (m.start, m.end) not in keep else []
        names = tuple(fold(w) for w in ws)
        k = 0  # the first words that open no name, up to the first that leaves a name the story or the lexicon knows
        while k + 1 < len(ws) and _grown_start(ws[k], lex, p):
            k += 1
            if names[k:] in alone or names[k:] in lex.orgs:
                break
        else:
            k = 0
        if not k or names in lex.orgs or sum(s.text.count(m.text) for s in sents.values()) > 1:
            out.append(m)
            continue
        rest = m.text
        for w in ws[:k]:
            rest = rest[rest.index(w) + len(w):].lstrip()
        out.append(replace(m, start=m.end - len(rest), text=rest))
    return out


# ----------------------------------------------------------------------------------------- round 73


_FIRST_MAX_END = 0.05  # round 73: a word IL-NER saw end a name more often than this is a head of names (`टीम`, `पुलिस`)


def _org_first_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 73: a word that can stand alone for the organisation whose name it opens (`सहारा` of `सहारा इंडिया`,
    `लेबर` of `लेबर पार्टी`): letters, no function word, title, role or ministry's portfolio, no KB place or demonym,
    fewer than `news_common_min_docs` news articles use it (not `स्वास्थ्य` of `स्वास्थ्य मंत्रालय`, 502 articles), and
    no head of names: IL-NER saw it end a name in at most `_FIRST_MAX_END` of its occurrences (not `टीम`, `पुलिस`)."""
    fw = fold(w)
    if not _RX_LETTER.search(w) or _RX_DIGIT.search(w) or fw in lex.function_words or fw in TITLES_ROLES \
            or fw in PERSONAL_TITLES or fw in lex.portfolios or place_of(w, lex) is not None or _demonym(w, lex):
        return False
    st, news = lex.words.get(fw), lex.news.get(fw)
    return (st is None or st.n_end <= _FIRST_MAX_END * st.n) and (news is None or news.n_docs < p.news_common_min_docs)


def org_first_words(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                    p: RefineParams) -> list[Mention]:
    """Round 73 (issue 14: organisations on news nobody tuned on): the story names a body in full once or twice and
    then by its first word alone, `सहारा इंडिया ने ... सहारा ने एक बयान में ... सहारा का कहना है`, `लेबर पार्टी ...
    लेबर ने`, and the model tags the full name only (`सहारा` is also the common noun "support"). The first word of an
    ORG span of two words or more (`_org_first_word`) that the story writes alone, untagged, as a speaker or agent
    (`_speaker_cue`: `ने`, `का कहना`, `के मुताबिक`) at least once is that organisation: ORG at each untagged occurrence
    where the name ends after it (`_name_ends`: `सहारा को`, `सहारा चाहती थी`), not after a tagged word or a genitive
    (`का सहारा`, the noun); the word tagged alone PER or LOC in the story stays as it is. One pass over the mentions,
    one over the words only where a first word passes."""
    firsts: set[str] = set()
    other: set[str] = set()
    for m in ents:
        if m.label == "ORG" and " " in m.text:
            firsts.add(m.text.split(" ", 1)[0])
        elif m.label != "ORG":
            other.add(m.text)
    firsts = {w for w in firsts - other if _org_first_word(w, lex, p)}
    if not firsts:
        return ents
    found = [(idx, j) for idx, ws in words.items() for j, w in enumerate(ws) if w[2] in firsts]
    if not found:
        return ents
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in ents:
        spans[m.sent_idx].append((m.start, m.end))
    alone = [(idx, j) for idx, j in found if _name_ends(words[idx], j + 1, lex)
             and not _in_spans(spans[idx], words[idx][j]) and not (j and (
                 _in_spans(spans[idx], words[idx][j - 1]) or fold(words[idx][j - 1][2]) in GENITIVES))]
    agents = {words[idx][j][2] for idx, j in alone if j + 1 < len(words[idx]) and _speaker_cue(words[idx], j + 1, True)}
    if not agents:
        return ents
    out = list(ents)
    tagger = ents[0].tagger if ents else "refine"
    for idx, j in alone:
        s, e, w = words[idx][j]
        if w in agents:
            sent = sents[idx]
            out.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    return out


def _in_spans(spans: Sequence[tuple[int, int]], w: Word) -> bool:
    """Round 73: a word inside one of a sentence's (start, end) spans."""
    return any(s < w[1] and w[0] < e for s, e in spans)


# ----------------------------------------------------------------------------------------- round 74


# Round 74: the words that close a list after its last item (`[अमेरिका]L, [चीन]L, इजरायल समेत अन्य देश`, `... आदि`)
_LIST_CLOSERS = frozenset(fold(w) for w in "समेत सहित आदि इत्यादि जैसे जैसी जैसा".split())


def _listed_place(w: str, lex: Lexicon) -> bool:
    """Round 74: an untagged list item that names a place in a list of places: a word IL-NER saw tagged LOC more often
    than PER and ORG together, as a name of its own (`इजरायल`, LOC 1 of 2): ending a name at least once and opening at
    least half the names it is in (not a name's head, `आश्रम [रोड]`, `कश्मीरी [कालोनी]`, `नगर [हवेली]`, nor its
    opening word, `[वेस्ट] और ईस्ट गोदावरी`); or an Indian district named like a common word (`बस्ती` "settlement",
    `word_districts`), or a strong KB place; no function word, demonym (`सऊदी`) or plural (`जिलों`)."""
    fw = fold(w)
    if not _RX_LETTER.search(w) or fw in lex.function_words or _PLURAL_OBLIQUE.search(w) or _demonym(w, lex):
        return False
    st = lex.words.get(fw)
    return (st is not None and st.n_loc > st.n_per + st.n_org and st.n_end > 0 and 2 * st.n_begin >= st.n_ent
            or fw in lex.word_districts or lex.strong_place(fw) is not None)


def listed_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                  lex: Lexicon) -> list[Mention]:
    """Round 74 (issue 14: local places missed on news nobody tuned on): a list of places (`ये मौतें बस्ती, [मेरठ]L,
    [वाराणसी]L, [बुलंदशहर]L और [आगरा]L में हुई`, `[अमेरिका]L, [चीन]L, इजरायल समेत अन्य देश`) leaves a place the model
    takes for a common word or spells otherwise untagged; round 69's `listed_unseen_names` takes only words IL-NER never
    saw. In round 69's lists (runs of 3+ entries, `_list_items`/`_list_entry`, the last item's first word before a
    `_LIST_CLOSERS` word too) whose tagged items are all LOC, two or more, an untagged one-word item that names a place
    (`_listed_place`) is LOC. One pass over the sentences' words."""
    by_start = {(m.sent_idx, m.start): m for m in ents}
    by_end = {(m.sent_idx, m.end): m for m in ents}
    covered = _chars_covered(ents)
    tagger = ents[0].tagger if ents else "refine"
    places = Counter(m.sent_idx for m in ents if m.label == "LOC")
    made: list[Mention] = []
    for idx, ws in words.items():
        items = _list_items(ws) if places[idx] >= 2 else []  # a list of places holds two tagged places or more
        if len(items) < 3:
            continue
        for run in _list_runs(items, idx, by_start, by_end, covered, lex, places=True):
            labels = [e[1] for e in run if e[0] == "tag"]
            if len(run) < 3 or len(labels) < 2 or set(labels) != {"LOC"}:
                continue
            for e in run:
                if e[0] == "word" and _listed_place(e[1][2], lex):
                    s, t = e[1][0], e[1][1]
                    sent = sents[idx]
                    made.append(Mention(sent.doc_id, idx, s, t, sent.text[s - sent.start : t - sent.start], "LOC",
                                        tagger))
    return ents + made if made else ents


# ----------------------------------------------------------------------------------------- round 75


# Round 75: a word after a name that shows it a place's (`हिंदपीढ़ी स्थित`, `X निवासी`, `घंटाघर क्षेत्र`, `X जिले`), and
# the agencies of a paper's dateline (`ऋषिकेश, जेएनएन।`, `राउरकेला, जासं।`)
_PLACE_SLOTS = frozenset(fold(w) for w in ("स्थित", "निवासी", "क्षेत्र", *PLACE_DESIGNATORS))
_DATELINE_AGENCIES = AGENCY_ACRONYMS | {fold("जासं")}


def _attested_word(w: str, lex: Lexicon, p: RefineParams) -> bool:
    """Round 75: a word that may name a place the model tagged: Devanagari letters only (no hyphen or digit:
    `झुग्गी-बस्ती`, `सेक्टर-135`), no function word, title, role or demonym; IL-NER saw it only inside names, as a
    place at least as often as a person or body (or never: `ऋषिकेश`), and fewer than `news_common_min_docs` news
    articles use it (not `कोराना`, corona misspelt)."""
    fw = fold(w)
    if len(fw) < p.propagate_min_chars or not _RX_DEVANAGARI.fullmatch(fw) or fw in lex.function_words \
            or fw in TITLES_ROLES or _demonym(w, lex):
        return False
    st, news = lex.words.get(fw), lex.news.get(fw)
    return ((st is None or st.n_ent == st.n and st.n_loc >= st.n_per + st.n_org)
            and (news is None or news.n_docs < p.news_common_min_docs))


def attested_places(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                    tagged: Sequence[Mention], lex: Lexicon, p: RefineParams) -> list[Mention]:
    """Round 75 (issue 14: places missed on news nobody tuned on): the model tags a local place once and the story
    writes it again untagged (`ऋषिकेश, जेएनएन। ... [ऋषिकेश]L में मुनिकीरेती स्थित ... ऋषिकेश में`); `propagate`'s vote
    then drops the one tag as a slip (tagged in under a third of its occurrences) or leaves the others untagged (tagged
    less often than not), as it must for a common word the model slipped on (`बुलेटिन`, `हॉस्टल में`). A one-word LOC
    of the model (`tagged`: the spans before the steps) that the story tags with no other label, a name word
    (`_attested_word`), which the story shows as a place at one occurrence at least (tagged or not: the first word of a
    dateline before a news agency, `ऋषिकेश, जेएनएन।`, or before `स्थित`, `निवासी`, `क्षेत्र` or a kind of place, `X
    जिले`) is LOC at each untagged occurrence where a place stands (a case marker, list separator, mark, `ने`/`भी`/`ही`
    or such a word after it) and no tagged name is next to it (`[अखिल भारतीय आयुर्विज्ञान संस्थान] ऋषिकेश की`). One
    pass over the mentions, one over the words only where a word passes."""
    other = {m.text.strip() for m in ents if m.label != "LOC"}
    names = {m.text.strip() for m in tagged if m.label == "LOC" and " " not in m.text.strip()} - other
    names = {w for w in names if _attested_word(w, lex, p)}
    if not names:
        return ents
    found = [(idx, j) for idx, ws in words.items() for j, w in enumerate(ws) if w[2] in names]
    shown: set[str] = set()
    for idx, j in found:
        ws = words[idx]
        nxt = fold(ws[j + 1][2]) if j + 1 < len(ws) else ""
        if nxt in _PLACE_SLOTS or not j and nxt == "," and j + 2 < len(ws) and fold(ws[j + 2][2]) in _DATELINE_AGENCIES:
            shown.add(ws[j][2])
    if not shown:
        return ents
    covered = _chars_covered(ents)
    tagger = ents[0].tagger if ents else "refine"
    made: list[Mention] = []
    for idx, j in found:
        ws = words[idx]
        s, e, w = ws[j]
        if w not in shown or (idx, s) in covered or j and (idx, ws[j - 1][1] - 1) in covered:
            continue
        if j + 1 < len(ws):
            nxt = fold(ws[j + 1][2])
            if (idx, ws[j + 1][0]) in covered or not (nxt in _PLACE_FOLLOWERS or nxt in _PLACE_SLOTS
                                                      or not _RX_LETTER.search(nxt)):
                continue
        sent = sents[idx]
        made.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "LOC", tagger))
    return ents + made if made else ents


# ---- round 76


def _loan_body_word(w: str, lex: Lexicon) -> int:
    """Round 76: 2 for a rare name word of a body's English name written in Devanagari (IL-NER saw it fewer than 3
    times, at most 2 news articles use it: `एडवांस्ड`, `आर्टिफीसियल`), 1 for another English loan word of such a name
    (IL-NER saw it fewer than 5 times or mostly inside names, however often the news uses it: `रिसर्च`, `डिफेंस`,
    `इंटेलिजेंस`), 0 for a word no such name is made of (a function word, title, role, kind noun, head, number,
    compass word, demonym, or a Hindi word IL-NER sees outside names: `हेल्थ`, `कॉल`, `मेडिकल`)."""
    fw = fold(w)
    if not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or fw in TITLES or fw in ROLES or fw in ORG_KINDS \
            or fw in LOAN_ORG_HEADS or fw in NUMBER_WORDS or fw in DIRECTIONS or _demonym(w, lex):
        return 0
    st = lex.words.get(fw)
    if st is not None and st.n >= 5 and 2 * st.n_ent < st.n:
        return 0
    news = lex.news.get(fw)
    return 2 if (st is None or st.n < 3) and (news is None or news.n_docs <= 2) else 1


# Round 76: heads of firms' and media's names (`loan_orgs`'s): one rare name word before them names one (`सिनोवेशन
# वेंचर्स`, `धर्मा प्रोडक्शंस`); before `सेंटर`, `स्कूल`, `बोर्ड` one word is a description as often (`एपिक सेन्टर`)
_FIRM_LOAN_HEADS = COMPANY_HEADS | frozenset(fold(w) for w in "वेंचर्स होल्डिंग्स".split())


def loan_body_runs(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                   lex: Lexicon) -> list[Mention]:
    """Round 76 (issue 14: ORG on translated international news): a foreign body's English name written out in
    Devanagari (`जिसमें डिफेंस एडवांस्ड रिसर्च प्रोजेक्ट्स एजेंसी की`, `एक जॉइंट आर्टिफीसियल इंटेलिजेंस सेंटर खोला`,
    `सदस्य, एटामिक एनर्जी रेग्यूलेटरी बोर्ड)`) is left untagged: `loan_orgs` takes no word of 15+ news articles
    (`रिसर्च`) and none IL-NER saw 3+ times outside names (`इंटेलिजेंस`). An untagged run of two to four loan words
    (`_loan_body_word`) right before an untagged English organisation head (LOAN_ORG_HEADS), one of them a rare name
    word, that opens the clause (after a mark, a function word or nothing, as `loan_orgs` asks) is one ORG with its head
    (before a firm's or medium's head, `_FIRM_LOAN_HEADS`, one rare word is enough: `सिनोवेशन वेंचर्स`, `धर्मा प्रोडक्शंस`),
    from the first word of the story's own shorter ORG name where it has one (`पोत [शिपिंग मिनिस्ट्री]`, "vessel");
    `ऑफ`/`फॉर` + a LOC/ORG span right after the head joins it (`एमेच्योर एस्ट्रोनॉमर एसोसिएशन ऑफ [दिल्ली]L`). A run cut
    by a Hindi word (`एंटी रेट्रो वायरल थेरेपी सेंटर` after `शुरुआत`) or of common loans only (`कोविड केयर सेंटर`)
    stays. One pass over the sentences' words."""
    covered = _chars_covered(ents)
    by_start = {(m.sent_idx, m.start): m for m in ents if m.label in ("LOC", "ORG")}
    orgs = {m.text for m in ents if m.label == "ORG"}
    tagger = ents[0].tagger if ents else "refine"
    gone: set[int] = set()
    made: list[Mention] = []
    for idx, ws in words.items():
        for k in range(1, len(ws)):
            if fold(ws[k][2]) not in LOAN_ORG_HEADS or (idx, ws[k][0]) in covered:
                continue
            i, rare = k, False
            while i > 0 and k - i < 4 and (idx, ws[i - 1][0]) not in covered:
                kind = _loan_body_word(ws[i - 1][2], lex)
                if not kind:
                    break
                rare = rare or kind == 2
                i -= 1
            before = fold(ws[i - 1][2]) if i > 0 else ""
            if k - i < (1 if fold(ws[k][2]) in _FIRM_LOAN_HEADS else 2) or not rare \
                    or before and _RX_LETTER.search(before) and before not in lex.function_words:
                continue
            e = ws[k][1]
            tail = by_start.get((idx, ws[k + 2][0])) if k + 2 < len(ws) and fold(ws[k + 1][2]) in ENGLISH_OF else None
            if tail is not None:  # `... एसोसिएशन ऑफ [दिल्ली]L`: the place names the body
                gone.add(id(tail))
                e = tail.end
            sent = sents[idx]
            s = next((ws[j][0] for j in range(i + 1, k) if sent.text[ws[j][0] - sent.start : ws[k][1] - sent.start]
                      in orgs), ws[i][0])  # the story's own shorter name: `पोत [शिपिंग मिनिस्ट्री]` ("vessel")
            made.append(Mention(sent.doc_id, idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", tagger))
    if not made:
        return ents
    return [m for m in ents if id(m) not in gone] + made


# ---- round 77


# Round 77: heads of the name of a prize (`अर्जुन अवार्ड`, `राजीव गांधी खेल रत्न पुरस्कार`) and of a fund
# (`मुख्यमंत्री राहत कोष`, `पीएम- केयर्स फंड`), things named after a person or an office that are no person
_PRIZE_HEADS = frozenset(fold(w) for w in "अवार्ड अवॉर्ड पुरस्कार ट्रॉफी".split())
_FUND_HEADS = frozenset(fold(w) for w in "फंड कोष".split())


def _named_thing(m: Mention, ws: Sequence[Word], sent: Sentence, covered: set[tuple[int, int]],
                 lex: Lexicon) -> tuple[str, int]:
    """Round 77: ("prize", end) where a PER mention is the name of a prize, a prize's head its own last word or one of
    the next three words, after at most two untagged Devanagari words that are no function words, nothing but spaces
    between (`अर्जुन अवार्ड`, `राजीव गांधी खेल रत्न पुरस्कार`); ("fund", end) where it is a fund's, its last word or
    the next word a fund's head (`राहत कोष`, `केयर्स फंड`, `(पीएम- केयर्स) कोष`), end then the end of that head (of the
    mention where a bracket closes between); ("", 0) otherwise."""
    last = fold(m.text.split()[-1])
    if " " in m.text and last in _FUND_HEADS:
        return "fund", m.end
    if " " in m.text and last in _PRIZE_HEADS:
        return "prize", m.end
    prev = m.end
    k = _word_at(ws, m.end)
    if k + 1 < len(ws) and ws[k][2] == ")" and ws[k][0] == m.end and fold(ws[k + 1][2]) in _FUND_HEADS \
            and ws[k + 1][0] == ws[k][1] + 1 and (m.sent_idx, ws[k + 1][0]) not in covered:
        return "fund", m.end  # `(पीएम- [केयर्स]P) कोष`: the name in brackets, the head after them
    for j in range(k, min(len(ws), k + 3)):
        s, e, w = ws[j]
        fw = fold(w)
        if s != prev + 1 or (m.sent_idx, s) in covered or not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words:
            break
        if fw in _PRIZE_HEADS:
            return "prize", e
        if fw in _FUND_HEADS:
            return ("fund", e) if j == k else ("", 0)
        prev = e
    return "", 0


def _person_key(text: str) -> str:
    """Round 77: a PER surface's last name word (`अंजलि आर.भागवत` -> `भागवत`)."""
    return fold(regex.split(r"[\s.]+", text.strip())[-1])


def named_prizes(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                 lex: Lexicon) -> list[Mention]:
    """Round 77 (issue 14: PER on news nobody tuned on): the name of a prize or a fund named after a person or an office
    is tagged PER (`[अर्जुन]P अवार्ड के लिए नामांकित`, `[राजीव गांधी]P खेल रत्न पुरस्कार से`, `मुख्यमंत्री [राहत
    कोष]P से`, `पीएम- [केयर्स]P फंड में`). A PER mention that names a prize (`_named_thing`) is dropped: a prize is no
    entity; one that names a fund is an ORG with its head and a title right before it (`पीएम- केयर्स फंड`, as gold
    writes `PM-CARES फंड`). Document-level evidence keeps a person: where the story tags the same last name word PER
    outside such a name (`अंजलि आर.भागवत पुरस्कार समिति की सदस्य` with `अजंलि भागवत का नाम`), nothing changes."""
    covered = _chars_covered(ents)
    found: dict[int, tuple[str, int]] = {}
    people: set[str] = set()
    for m in ents:
        if m.label != "PER" or m.sent_idx not in words:
            continue
        kind = _named_thing(m, words[m.sent_idx], sents[m.sent_idx], covered, lex)
        if kind[0]:
            found[id(m)] = kind
        else:
            people.add(_person_key(m.text))
    if not found:
        return ents
    out: list[Mention] = []
    for m in ents:
        kind, e = found.get(id(m), ("", 0))
        name = m.text.rsplit(" ", 1)[0] if e == m.end else m.text
        if not kind or _person_key(name) in people:
            out.append(m)
        elif kind == "fund":
            ws, sent, s = words[m.sent_idx], sents[m.sent_idx], m.start
            i = _word_at(ws, m.start)
            if i > 0 and fold(ws[i - 1][2].rstrip("-")) in TITLES and (m.sent_idx, ws[i - 1][0]) not in covered \
                    and sent.text[ws[i - 1][1] - sent.start : m.start - sent.start] in (" ", "- ", "-"):
                s = ws[i - 1][0]
            out.append(Mention(m.doc_id, m.sent_idx, s, e, sent.text[s - sent.start : e - sent.start], "ORG", m.tagger))
    return out


# ---- round 78


# Round 78: the heads that end an organisation's English name (`इंस्टीट्यूट`, `फाउंडेशन`, `एजेंसी`, `संगठन`): an
# expansion with one of them names a body (`पब्लिक हेल्थ फाउंडेशन ऑफ इंडिया (PHFI)`), not a concept; a facility's
# (`स्टेशन`, `कॉम्प्लेक्स`, `प्लांट`) may name its operator (`बंडेल थर्मल पॉवर स्टेशन (बीटीपीएस)`): left as tagged
_CONCEPT_BLOCKERS = ORG_KINDS | ENGLISH_ORG_HEADS | INSTITUTIONS | LOAN_ORG_HEADS | frozenset(
    fold(w) for w in "स्टेशन कॉम्प्लेक्स काम्प्लेक्स प्लांट पोर्ट".split())


def _spelled_concept(ws: Sequence[Word], i: int, letters: str, covered: set[tuple[int, int]], idx: int) -> bool:
    """Round 78: whether the words right before ws[i] (an opening bracket) are the untagged English words whose
    initials spell `letters` (`आर्टिफीसियल इंटेलिजेंस` for AI, `सीनियर सेकेंडरी सर्टिफिकेट` for SSC; `ऑफ`, `एंड` and
    other function words not counted), none of them an organisation's head, nothing but words between."""
    toks: list[str] = []
    for j in range(i - 1, max(-1, i - 1 - (len(letters) + 3)), -1):
        s, _, w = ws[j]
        if (idx, s) in covered or not _RX_DEVANAGARI.fullmatch(w) or fold(w) in _CONCEPT_BLOCKERS:
            return False
        toks.insert(0, w)
        if len(toks) >= len(letters) and _initials_match(letters, toks):
            return True
    return False


def concept_acronyms(words: dict[int, list[Word]], ents: list[Mention]) -> list[Mention]:
    """Round 78 (issue 14: ORG on translated international news nobody tuned on): a story that spells out an acronym,
    Latin or Devanagari, in English words before it in brackets shows what it stands for (`कंपनी के मालिक
    आर्टिफीसियल इंटेलिजेंस (AI) क्रान्ति के ज़रिए`, `प्रोटेक्टेड एरिया परमिट (पीएपी) की जरूरत`); the tagger's ORG on
    such an acronym is no organisation where those words are untagged and none of them is an organisation's head (the
    lexicon's `इंस्टीट्यूट`, `फाउंडेशन`, `एजेंसी`, `संगठन`, ...: `पब्लिक हेल्थ फाउंडेशन ऑफ इंडिया (PHFI)` keeps its
    ORG) or a facility's. Such a mention is dropped, with the story's other ORG mentions of the same acronym. One pass
    over the ORG mentions; the words before one are read only for a one-word ORG in brackets that spells letters."""
    covered: set[tuple[int, int]] | None = None
    concepts: set[str] = set()
    for m in ents:
        if m.label != "ORG" or m.sent_idx not in words or " " in m.text or m.text in concepts:
            continue
        ws = words[m.sent_idx]
        i = _word_at(ws, m.start)
        if i < 2 or i + 1 >= len(ws) or ws[i - 1][2] != "(" or ws[i - 1][1] != m.start or ws[i + 1][2] != ")" \
                or ws[i + 1][0] != m.end:
            continue
        letters = _acronym_letters(m.text)
        if not letters or len(letters) > 6:
            continue
        if covered is None:
            covered = _chars_covered(ents)
        if _spelled_concept(ws, i - 1, letters, covered, m.sent_idx):
            concepts.add(m.text)
    if not concepts:
        return ents
    return [m for m in ents if not (m.label == "ORG" and m.text in concepts)]


# ---- round 79


def _listed_person(m: Mention, lex: Lexicon) -> tuple[bool, bool]:
    """Round 79: (may, given) for a LOC item of a list of names: may it be a person's name (one Devanagari word, no
    function word, no KB place, a word IL-NER never saw or never tagged as a place: `सतबीर`, `जगदीप`; not `ताल`, `भारत`);
    is it a given name of the lexicon (`जगदीप`, `हरीराम`)."""
    w = m.text.strip()
    fw = fold(w)
    if " " in w or not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or place_of(w, lex) is not None:
        return False, False
    st = lex.words.get(fw)
    return st is None or st.n_loc == 0, fw in lex.given_names


def _place_item(m: Mention, lex: Lexicon, per_words: set[str]) -> bool:
    """Round 79: may a PER item of a list of places be a place: Devanagari words only, none a function word, a given
    name, a word of the story's other PER spans (`per_words`) or a word IL-NER saw in a person's name (`केंद्रपाड़ा`,
    `रेजियो एमिलिया`; not `परमा`, a given name, nor `विनोद बब्बर`)."""
    for w in m.text.split():
        fw = fold(w)
        if not _RX_DEVANAGARI.fullmatch(w) or fw in lex.function_words or fw in lex.given_names or fw in per_words:
            return False
        st = lex.words.get(fw)
        if st is not None and st.n_per:
            return False
    return True


def listed_persons(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset(), persons: bool = True,
                   places: bool = False) -> list[Mention]:
    """Round 79 (issue 14: entities of Hindi crime and disaster reports): a report names its victims or accused in a
    list (`श्रमिकों की पहचान विक्रम, [अमित]P, [सतबीर]L, [जगदीप]L सभी खेदड़ निवासी`) and the model reads a name it does
    not know as a place; round 17's `list_relabels` takes only LOC items of two or more words. In a list of three or more
    tagged spans with nothing but a list separator between neighbours (`,`, `और`, `व`, `तथा`, `एवं`), no ORG and a PER
    among them, the LOC items are PER where every one is a one-word name that may be a person's (`_listed_person`: no
    KB place, IL-NER never tagged it a place) and one of them is a given name of the lexicon. Lists of places stay
    (`मालवीय नगर, [हौज रानी]P, साकेत`: a place of two words), and so does a village among persons with no given name
    (`अमित, जगदीप, विक्रम, [पाबड़ा]L का सतवीर`: Satvir of Pabra). Curated spans (`keep`) stay. One pass over the
    sorted mentions of the sentences that hold a PER.
    `places` (`listed_person_places`): the other way round, a list of places names a district or town the model does
    not know as a person (`कटक, गंजाम, [केंद्रपाड़ा]P, अंगुल`, `बहरागोड़ा, [घाटशिला]P, चाकुलिया, पोटका`): in such a list
    with two or more LOC items, more than its PER items, a PER item that may be a place (`_place_item`) is LOC."""
    per = {m.sent_idx for m in ents if m.label == "PER"}
    if not per:
        return ents
    order = sorted((m for m in ents if m.sent_idx in per and m.sent_idx in sents), key=lambda m: (m.sent_idx, m.start))
    chains: list[list[Mention]] = []
    prev: Mention | None = None
    for m in order:
        if prev is not None and prev.sent_idx == m.sent_idx and m.start > prev.end:
            sent = sents[m.sent_idx]
            if fold(sent.text[prev.end - sent.start : m.start - sent.start].strip()) in LIST_SEPARATORS:
                chains[-1].append(m)
                prev = m
                continue
        chains.append([m])
        prev = m
    found: dict[int, str] = {}
    lists: list[list[Mention]] = []
    for chain in chains:
        if len(chain) < 3:
            continue
        labels = Counter(m.label for m in chain)
        if not labels["PER"] or not labels["LOC"] or labels["ORG"] or len(labels) > 2:
            continue
        if places and labels["LOC"] > labels["PER"] >= 1 and labels["LOC"] >= 2:
            lists.append(chain)
        if not persons:
            continue
        locs = [m for m in chain if m.label == "LOC"]
        if any((m.start, m.end) in keep for m in locs):
            continue
        seen = [_listed_person(m, lex) for m in locs]
        if all(may for may, _ in seen) and any(given for _, given in seen):
            found.update((id(m), "PER") for m in locs)
    if lists:
        listed = {id(m) for chain in lists for m in chain}
        per_words = {fold(w) for m in ents if m.label == "PER" and id(m) not in listed for w in m.text.split()}
        found.update((id(m), "LOC") for chain in lists for m in chain
                     if m.label == "PER" and (m.start, m.end) not in keep and _place_item(m, lex, per_words))
    if not found:
        return ents
    return [replace(m, label=found[id(m)]) if id(m) in found else m for m in ents]


# ---- round 80


# Round 80: bodies that two one-word portfolios often share by ellipsis (`स्वास्थ्य और गृह मंत्रालय`, `विदेश और रक्षा
# मंत्रालय`: two ministries, `शिक्षा और स्वास्थ्य विभाग`: two departments); with them one portfolio of two words or more
# on either side makes one name (`स्वास्थ्य एवं परिवार कल्याण मंत्रालय`)
_SHARED_HEADS = PORTFOLIO_HEADS | COORDINATED_HEADS


def _body_head(w: str, lex: Lexicon) -> bool:
    """Round 80: a word that ends the names of bodies in the NER training data (the lexicon's IL-NER counts: 10+ times
    inside a name, nine in ten of them an organisation's, three in four at its end: `परिषद`, `मंत्रालय`, `बोर्ड`,
    `निगम`, `समिति`; not `प्राधिकरण`, seen twice, nor `सुरक्षा`, at a name's end once in 17)."""
    st = lex.words.get(fold(w))
    return st is not None and st.n_ent >= 10 and 10 * st.n_org >= 9 * st.n_ent and 4 * st.n_end >= 3 * st.n_ent


def _shared_portfolios(ws: Sequence[Word], i: int, covered: set[tuple[int, int]], idx: int,
                       lex: Lexicon) -> tuple[int, int]:
    """Round 80: (first word's index, number of portfolio words) of the untagged run of portfolio words that ends right
    before ws[i] (a coordinator): up to five words, a comma allowed between two of them (`उपभोक्ता मामले, खाद्य और`),
    with a level word or a demonym right before it (`केंद्रीय`, `राष्ट्रीय`, `भारतीय`); (i, 0) where there is none or a
    determiner stands before it (`इस शिक्षा और ...`)."""
    j, n = i, 0
    while j > 0 and n < 5 and (idx, ws[j - 1][0]) not in covered:
        w = ws[j - 1][2]
        if _portfolio_word(w, lex):
            j, n = j - 1, n + 1
        elif w == "," and n and j > 1 and (idx, ws[j - 2][0]) not in covered \
                and _portfolio_word(ws[j - 2][2], lex):
            j -= 1
        else:
            break
    if not n or n == 1 and fold(ws[j][2]) in PORTFOLIO_AMBIGUOUS:
        return i, 0
    if j > 0 and (idx, ws[j - 1][0]) not in covered:
        before = fold(ws[j - 1][2])
        if before in PORTFOLIO_DETERMINERS:
            return i, 0
        if before in PORTFOLIO_LEVELS or _demonym(ws[j - 1][2], lex):
            j -= 1
    return j, n


def coordinated_portfolios(words: dict[int, list[Word]], sents: dict[int, Sentence], ents: list[Mention],
                           lex: Lexicon) -> list[Mention]:
    """Round 80 (issue 14: ORG on translated international news nobody tuned on): a body named after two portfolios
    joined by `और`/`एवं`/`तथा`/`व` is tagged from the second one only (`यूक्रेन की राष्ट्रीय सुरक्षा और [रक्षा परिषद]O`,
    `केंद्रीय सड़क परिवहन एवं [राजमार्ग मंत्रालय]O`, `उपभोक्ता मामले, खाद्य और [सार्वजनिक वितरण मंत्रालय]O`). An ORG
    mention made of portfolio words (the lexicon's portfolios.txt) and a body's head of the training data (`_body_head`)
    right after a coordinator and an untagged run of portfolio words (`_shared_portfolios`) is one ORG with that run,
    and a level word or demonym before it. Two one-word portfolios before a ministry's, department's or commission's
    head stay apart (`स्वास्थ्य और [गृह मंत्रालय]O`: two ministries). One pass over the ORG mentions of two words or
    more; the words before one are read only where a coordinator stands right before it."""
    if not lex.portfolios:
        return ents
    covered: set[tuple[int, int]] | None = None
    grown: dict[int, int] = {}
    for m in ents:
        if m.label != "ORG" or m.sent_idx not in words or " " not in m.text:
            continue
        ws = words[m.sent_idx]
        i = _word_at(ws, m.start)
        k = _word_at(ws, m.end) - 1
        if i < 2 or i >= len(ws) or ws[i][0] != m.start or k <= i or ws[k][1] != m.end \
                or fold(ws[i - 1][2]) not in PORTFOLIO_JOINERS or k - i > 3 or not _body_head(ws[k][2], lex) \
                or not all(_portfolio_word(ws[x][2], lex) for x in range(i, k)):
            continue
        if covered is None:
            covered = _chars_covered(ents)
        j, n = _shared_portfolios(ws, i - 1, covered, m.sent_idx, lex)
        if n and not (n == 1 and k - i == 1 and fold(ws[k][2]) in _SHARED_HEADS):
            grown[id(m)] = ws[j][0]
    if not grown:
        return ents
    out: list[Mention] = []
    for m in ents:
        s = grown.get(id(m))
        if s is None:
            out.append(m)
        else:
            sent = sents[m.sent_idx]
            out.append(Mention(m.doc_id, m.sent_idx, s, m.end, sent.text[s - sent.start : m.end - sent.start], "ORG",
                               m.tagger))
    return out


# ---- round 81


_LED_GAP = regex.compile(r" (?:\S+ ){1,2}")  # one or two words between a place and the organisation after it


def _led_org_word(w: str, lex: Lexicon) -> bool:
    """Round 81: may a word between a place and the organisation after it be a word of that organisation's name
    (`बंदरगाह` of `मुंबई बंदरगाह न्यास`, `जनरल ओबीसी` of `उत्तराखंड जनरल ओबीसी एंप्लाइज एसोसिएशन`): Devanagari, no function
    word, list separator, number, role, title of address, direction, place's slot (`स्थित`, `निवासी`, `प्रांत`), disease
    word, given name, KB place or demonym."""
    fw = fold(w)
    return bool(_RX_DEVANAGARI.fullmatch(w)) and fw not in lex.function_words and fw not in LIST_SEPARATORS \
        and fw not in NUMBER_WORDS and fw not in ROLES and fw not in PERSONAL_TITLES and fw not in DIRECTIONS \
        and fw not in _PLACE_SLOTS and fw not in RESIDENT and fw not in lex.disease_words \
        and fw not in lex.given_names and place_of(w, lex) is None and not _demonym(w, lex)


def place_led_orgs(sents: dict[int, Sentence], ents: list[Mention], lex: Lexicon,
                   keep: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Round 81 (issue 14: entities of Hindi crime and disaster reports): a local body named after its place, with a
    word or two between the place and the head the model read as an organisation, is tagged in two parts
    (`[मुंबई]L बंदरगाह [न्यास]O`, `[उत्तराखंड]L जनरल ओबीसी [इंप्लाइज एसोसिएशन]O`); `org_heads` joins a place only to
    the organisation right after it. A LOC span, one or two untagged words that may be a name's (`_led_org_word`: not
    `स्थित`, `निवासी`, `प्रांत`, a role, a verb's function word) and an ORG span right after, single spaces between,
    are one ORG where the story writes the same place and words before an ORG twice or more (document-level evidence
    of a fixed name: a report repeats its local body's name) and the ORG is no organisation of the lexicon by itself
    (`[बंगलौर]L मध्य [लोक सभा]O`). Once-written pairs stay (`[दक्षिण अफ्रीका]L पहुंची [भारतीय क्रिकेट टीम]O`), and so do
    curated ORG spans (`keep`). One sort of the mentions, one pass over neighbours."""
    order = sorted(ents, key=lambda m: (m.sent_idx, m.start))
    pairs: list[tuple[Mention, Mention, tuple[str, ...]]] = []
    for a, b in zip(order, order[1:]):
        if a.label != "LOC" or b.label != "ORG" or a.sent_idx != b.sent_idx or a.sent_idx not in sents \
                or (b.start, b.end) in keep:
            continue
        sent = sents[a.sent_idx]
        gap = sent.text[a.end - sent.start : b.start - sent.start]
        if _LED_GAP.fullmatch(gap) and all(_led_org_word(w, lex) for w in gap.split()) \
                and tuple(fold(w) for w in b.text.split()) not in lex.orgs:
            pairs.append((a, b, (fold(a.text.strip()), *(fold(w) for w in gap.split()))))
    if not pairs:
        return ents
    seen = Counter(key for _, _, key in pairs)
    grown = {id(a): _span(sents[a.sent_idx], a, a.start, b.end, "ORG") for a, b, key in pairs if seen[key] > 1}
    if not grown:
        return ents
    gone = {id(b) for a, b, _ in pairs if id(a) in grown}
    return [grown.get(id(m), m) for m in ents if id(m) not in gone]
