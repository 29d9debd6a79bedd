"""Stage `quantities`: numbers in context -> Quantity records (value, modifier, counted noun, event,
kind, owning entity) for one document.

Rules over the sentence's own tokens (numbers with grouping kept whole), driven by the lexicons in
models/<lexicon>/ (number words, scales, units, modifiers, events, demonyms, function words). Every
lexicon key is nukta-folded (`pipeline.numerals.fold`), so precomposed and combining nukta spellings,
and chandrabindu/anusvara variants, match alike. Mentions from the tagger are used as hints: a
PER/ORG/LOC token is never a counted noun, and LOC/ORG mentions give `entity_id`.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import regex

from pipeline.numerals import NumberLexicon, NumParse, fold, parse_digits, parse_number, tokenize
from pipeline.records import Mention, Quantity, Sentence


@dataclass(frozen=True)
class QuantitiesParams:
    lexicon: str = "quantities-v56"  # folder under models/
    event_window: int = 40  # tokens searched after a quantity for its event predicate
    attach_window: int = 3  # tokens after a quantity in which an event noun attaches to it
    antecedent_sentences: int = 2  # how far back an elided noun ("इनमें से चार") is looked up
    skip_bare_ek: bool = True  # `एक` alone is an article, never a quantity (gold convention)
    dated_noun_heads: bool = True  # (round 35) a date's genitive noun is its head: adjectives before it are stepped over
    # ("2008 की वैश्विक मंदी के बाद" -> मंदी, was वैश्विक) and a compound before a postposition ends in its head ("8 मार्च की
    # प्रेस विज्ञप्ति में" -> विज्ञप्ति, was प्रेस); settings dated_noun_adjectives, dated_compound_postpositions
    state_noun_predicates: bool = True  # (round 35) a state word counted as people before a predicate of its own takes
    # that predicate as its event: "1431 संक्रमित ठीक हुए" -> ठीक (was संक्रमित); settings state_noun_predicates
    frame_detach: bool = True  # (round 35) after `के बाद`/`के दौरान`/`से पहले` ... (settings detached_frames) an event noun
    # is no event of the quantity inside the frame: "14 अप्रैल के बाद लॉकडाउन में छूट दी जा सकती है" -> दी जा सकती (was लॉकडाउन)
    span_participles: bool = True  # (round 36) after a duration or date and से/तक (a date also में; settings
    # span_participle_postpositions) an attributive participle right before its noun is the quantity's event: "50 दिनों
    # से रुके ट्रेन के पहिए ... चलने शुरू हो गए" -> रुके (was चलने), "1926 में जन्मे बाल ठाकरे" -> जन्मे
    obligative_infinitives: bool = True  # (round 36) a feminine infinitive (verb stem + नी) before चाहिए/चाहिये/होगी/होंगी/होती
    # (settings obligative_followers) is a finite predicate: "पाँच साल के लिए ... दवा देनी चाहिए" -> देनी चाहिए (was कैंसर
    # of a later clause), "तीन महीने पहले ये दवा लेनी बंद करनी होगी" -> बंद करनी होगी (was none)
    future_not_attributive: bool = True  # (round 36) a future form (settings future_endings: -ेगा/-एंगे ...) before a noun
    # is finite, no attributive participle: "31 देशों के लिए उड़ान भरेंगे एयर इंडिया के 149 विमान" -> भरेंगे (was none)
    inverted_genitive_owner: bool = True  # (round 36) a headline's verb group before a tagged name's genitive and the
    # count last in its clause: "दूसरे चरण में ... उड़ान भरेंगे एयर इंडिया के 149 विमान" -> उड़ान भरेंगे (was none)
    magnitude_words: bool = True  # (round 37) a digit value under 10.5 counted by a magnitude word (settings
    # magnitude_count_words: परिमाण, the typo तिव्रता) measures an earthquake: "7.6 परिमाण के भूकंप" -> measure (was a count)
    passive_obligatives: bool = True  # (round 37) a passive infinitive after its light verb and before an obligative
    # follower, a postposition before the light verb, is written whole: "बर्तनों में की जानी चाहिए" -> की जानी चाहिए (was
    # जानी); settings passive_obligative_forms
    person_not_conjunct: bool = True  # (round 37) a person noun before a form of करना (settings person_do_lights) is no
    # conjunct nominal: "अब 1700 लोग कर सकेंगे यात्रा" -> noun लोग (was none, event लोग)
    inverted_list_items: bool = True  # (round 37) a headline's count after its verb group is last in its clause also
    # before a coordinated item that ends it (settings inverted_list_links): "रोज बन रही हैं दो लाख पीपीई किट और एन-95
    # मास्क" -> बन रही (was none)
    ek_clock_ranges: bool = True  # (round 38) `एक` before a clock unit (settings ek_clock_units) is the hour one: "रात एक बजे
    # आग लग गयी" -> 1 बजे (was none); before से + a number it opens a range (settings ek_range_links): "एक से तीन अप्रैल
    # तक" -> 1-3 अप्रैल (was 3 अप्रैल), "एक से दो दिन" -> 1-2 दिन; no range built: still the article
    clock_participles: bool = True  # (round 38) the clock participle after a number (settings clock_participle_units:
    # बजते, बजते-बजते) is the hour's unit: "रात नौ बजते ही" -> date 9 बजे (was a count of बजते)
    origin_clause_end: bool = True  # (round 38) a count's demonym (or विदेशी) that ends its clause, opens a relative clause
    # (settings origin_clause_marks, origin_relatives), stands before a tagged place or a participle that ends the clause is
    # the counted noun: "सिंगापुर से दिल्ली आए 234 भारतीय" -> भारतीय (was छात्र of an earlier count), "करीब 2050 भारतीय
    # चेन्नई, कोच्चि ... पहुंचेंगे" -> a count of भारतीय (was the year 2050)
    inverted_main_verbs: bool = True  # (round 38) a headline's count after its verb group: a form of जाना/होना right after a
    # postposition is the main verb (settings inverted_main_verbs, inverted_main_after): "तेलंगाना से गए थे 1200 लोग" -> गए थे,
    # "पंजाब में COVID-19 के हुए 3 मामले" -> हुए (were none); a predicate word before the inverted copula: "क्यों बंद हैं 2
    # करोड़ फोन?" -> बंद; a percent whose noun ends the clause: "तब्लीगी जमात से जुड़े हैं 63 फीसदी केस" -> जुड़े
    inverted_copula_predicates: bool = True  # (round 38) a headline's count, an inverted copula and one predicate word that
    # ends it (settings inverted_copulas): "गुजरात के 72 लोग थे शामिल" -> शामिल (was none)
    other_count_events: bool = True  # (round 38) a count in the direct case takes no death noun that heads the genitive of
    # another count coordinated after it (settings other_count_links): "24 घंटे में 918 नए मामले और 31 लोगों की मौत" -> 918
    # मामले: none (was मौत); (review) only a count of cases (settings case_heads): "40 मवेशी और दो लोगों की मौत" keeps मौत
    listed_one_heads: bool = True  # (round 38) a place-keyed list of bare counts that ends in `एक` + a noun shares that noun
    # (settings listed_one_heads: the words stepped over before it): "फ्लोरिडा में 4, वर्जीनिया में 5 ... और जॉर्जिया में एक
    # व्यक्ति की मौत" -> व्यक्ति (was घर of the sentence before), "... और गोवा में एक नए मामले सामने आए" -> मामला (was none)
    ordinal_participles: bool = True  # (round 39) `पहले` + a word + an auxiliary or vector verb (settings
    # ordinal_adverb_followers) is the adverb "earlier/first", not an ordinal: "डिवाइस पहले जुड़ी रही हो" (was पहले जुड़ी)
    age_compound_persons: bool = True  # (round 39) an age read onto a word that is no person noun, right before a person
    # noun (settings age_person_nouns), is that person's: "19 वर्षीय कॉलेज छात्रा" -> छात्रा, "27 वर्षीय गर्भवती महिला" -> महिला
    infant_ages: bool = True  # (round 38) days, weeks or months (settings age_infant_units) before के/की and a child noun
    # (settings age_infant_nouns) are the child's age: "सात महीने के बच्चे", "45 दिन के शिशु" -> age (was duration)
    infant_age_adjectives: bool = True  # (round 40) one adjective of a small child (settings age_infant_adjectives) may stand
    # between an infant age's genitive and its child noun: "तीन माह का दुधमुंहा बेटा" -> age, बेटा (was duration)
    count_topic_particles: bool = True  # (round 41) `तो` right after a count phrase (or `की तो` after its genitive) is the topic
    # particle, no clause boundary, and `या तो` right after it opens the first alternative (settings count_topic_particles,
    # either_words): `30 नए मामले तो अकेले मुंबई में सामने आए हैं` -> सामने आए, `132 लोग या तो ठीक हो गये हैं` -> ठीक
    inverted_disease_owner: bool = True  # (round 41) a headline's verb group before a disease word's genitive and the count that
    # ends the clause (settings inverted_owner_nouns): `देश में मिले कोरोना के तीन नए मरीज, ...` -> मिले (was none)
    headline_count_participles: bool = True  # (round 41) a headline's participle of reaching right after a count whose subject
    # ends the clause is its inverted main verb (settings headline_count_participles): `बिहार में 27 पहुंचा आंकड़ा` -> पहुंचा
    dated_count_attributives: bool = True  # (round 41) a participle right before a count, with words between it and a date's
    # frame, is attributive: the date takes the clause's verb after the count (settings dated_count_quantifiers):
    # `19 मार्च, 2020 को रांची पुलिस ने ... से आये 11 मौलवियों को गिरफ्तार किया था` -> गिरफ्तार किया (was आये)
    headline_comma_clauses: bool = True  # (round 41) a headline count's clause ends at its comma before a bare number's own
    # clause (`84 मरीज, दो की मौत` -> none for 84) or, for a number after its subject (settings headline_count_subjects),
    # before another quantity's clause (`मामले 14,079, मृतकों की संख्या 300 के पार` -> none, was पार)
    bare_threshold_pass: bool = True  # (round 43) a bare `पार` after a number (settings bare_threshold_posts), not before a
    # form of करना (threshold_do_forms), is the threshold `के पार`: `कोरोना मरीज 20 हजार पार` -> more_than (was noun पार)
    threshold_comma_clauses: bool = True  # (round 43) a headline count that ends in its threshold (settings
    # threshold_comma_words: पार) ends its clause at the comma after it: `मृतकों की संख्या 12 हजार के पार, ट्रंप बोले` -> none
    threshold_subjects: bool = True  # (round 43) the noun right before a count that ends in its threshold (settings
    # threshold_subject_words: पार) is its subject, as before `हो गए`: `कोरोना मरीज 20 हजार पार` -> मरीज (was पार)
    loan_compound_heads: bool = True  # (round 43) an English-order compound `X स्पेशल Y` (settings loan_compound_links)
    # counts its last noun: `163 श्रमिक स्पेशल ट्रेनें` -> ट्रेन (was श्रमिक)
    ordinal_adverb_agreement: bool = False  # (round 45) `पहले` before a word it cannot head as an ordinal is the adverb
    # "earlier/before", no quantity (settings ordinal_adverb_relatives, ordinal_direct_adjective_endings,
    # ordinal_adverb_infinitive_after, ordinal_adverb_span_words): `पहले जितनी उम्मीद थी`, `पहले बड़ा मकान था`, `शादी के
    # पहले मरने की`, `हफ्ते भर पहले कंपनी के सीईओ` (were ordinals)
    later_frames: bool = False  # (round 45) `के आगे`, `के पश्चात`, `के उपरांत` (settings later_frames) frame a quantity as
    # round 35's `के बाद` does: an event noun after the frame is no event of it: `तीन मई के आगे लॉकडाउन बढ़ेगा` -> बढ़ेगा
    # (was लॉकडाउन)
    threshold_become: bool = False  # (round 46) a count whose span ends in the threshold `पार` (settings
    # threshold_become_posts) right before a form of होना (threshold_become_forms) takes `पार` + that verb group as its
    # event: `मामले 5000 के पार हो गए हैं` -> पार हो गए, `31 हजार पार हुए कोरोना केस` -> पार हुए (were none)
    clock_pre_modifiers: bool = False  # (round 47) a clock time written with a colon (`9:30 बजे`) takes the pre-modifier
    # right before it (settings clock_pre_modifier_kinds: the modifiers.tsv kinds it may take, approx) into its span and
    # modifier, as `करीब 10 बजे` already did: `रात लगभग 9:30 बजे` -> approx (was exact, span without लगभग)
    passive_conjunct_events: bool = False  # (round 47) an event that is a bare passive auxiliary of जाना (settings
    # passive_conjunct_auxes: गई, गया, ...) right after a form of करना (passive_conjunct_lights: की, किया, ...) takes the
    # conjunct word before it: `खोज 2009 में ... की गई थी` -> खोज की गई, `2014 में स्थापना की गई` -> स्थापना की गई (were गई)
    range_pair_events: bool = False  # (round 47) the first end of a from-to pair of two quantities of one kind
    # (settings range_pair_links: से; range_pair_fillers: लेकर; range_pair_ends: तक) takes the event of the second end,
    # the end next to the predicate both frame: `रात 10 बजे से सुबह 4 बजे तक कर्फ़्यू लगाने की योजना बनाई` -> 10 बजे:
    # कर्फ़्यू लगाने (was बनाई)
    ordinal_focus_gaps: bool = False  # (round 48) an unambiguous ordinal (ordinals.tsv ambiguous 0, not दूसरा/दूसरी/दूसरे)
    # with a focus particle before its noun (settings ordinal_focus_particles: ही) is an ordinal of that noun:
    # `तीसरे ही ओवर में` -> ordinal 3 ओवर (was none); not over भी (`कोई दूसरा भी उदाहरण`: another one)
    temperature_frames: bool = False  # (round 48) a count with no noun (or the temperature noun itself) a few words after
    # a temperature noun (settings temperature_frame_nouns: पारा, तापमान, ...; temperature_frame_window words, no number or
    # punctuation between) measures degrees (temperature_frame_unit: डिग्री): `पारा 48 तक चला गया` -> measure डिग्री,
    # `पारा 34 के पार पहुंच गया` -> measure डिग्री (were counts of nothing / of पारा)
    threshold_objects: bool = False  # (round 49) a bare count, or a measure of the temperature unit (settings
    # temperature_frame_unit: डिग्री), that is the object of the verb पार करना (`(को) पार` + a form of करना, settings
    # bare_threshold_posts, threshold_do_forms) is a threshold crossed: more_than, as `N के पार` is: `तापमान 47 डिग्री पार
    # कर गया` -> more_than, `मरने वालों की संख्या 7000 को पार कर गई` -> more_than (were exact); never with a noun in the
    # span (`दो नदियों को पार किया`: rivers crossed) nor another unit (`पांच किलोमीटर पार की`: a distance covered)
    partitive_participles: bool = False  # (round 50) a partitive total (`N X में से M`) right after a participle or a
    # state word takes it as its event (settings partitive_participle_endings: ए/ये, the perfectives with the independent
    # vowel; partitive_participle_stems: लिए/लिये before a vector; partitive_participle_skips: कुल): `सामने आए 538 मामलों में
    # से 47` -> सामने आए, `लिए गए 39 नमूनों में से 36` -> लिए गए, `लापता दो जवानों में से एक` -> लापता (were none)
    clock_wrap_ranges: bool = False  # (round 51) a from-to pair of clock hours whose second is smaller, followed by the
    # clock unit and the end of a span (settings clock_wrap_ends: तक, के बीच; clock_wrap_max_hour: 12), is one range of
    # clock times wrapping noon or midnight, first hour to last as written: `रात 10 से 2 बजे तक` -> 10-2 बजे, `सुबह 10 बजे
    # से शाम 4 बजे तक` -> 10-4 बजे (were two records, a bare first number a count)
    listed_distributive_heads: bool = False  # (round 51) a place-keyed list of bare counts whose last item is the
    # distributive `एक-एक`/`एक एक` + a noun shares that noun, as round 38's `में एक व्यक्ति` does (settings
    # listed_distributive_marks: the hyphen; listed_distributive_gap: the places listed before it): `सिवान में 6, नालंदा में
    # 2, लखीसराय, सारण और भागलपुर में एक-एक व्यक्ति` -> व्यक्ति (were none); `तीन और फरीदाबाद, पलवल तथा सोनीपत में एक-एक
    # मरीज` -> तीन मरीज (was a count of फरीदाबाद)
    locative_state_events: bool = False  # (round 52) an event verb group that begins with a light verb (settings
    # locative_state_lights: forms of आ, ले, रख, भेज, रह) right after `X में`, X a state noun of contact, infection, watch,
    # isolation or custody (locative_state_nouns: संपर्क, चपेट, निगरानी, क्वारंटाइन ...), takes `X में` into the event, as
    # `हिरासत में लिया` already was: `12 लोग उसके संपर्क में आए थे` -> संपर्क में आए, `11 मरीजों को निगरानी में रखा जा चुका है`
    # -> निगरानी में रखा जा चुका (were आए, रखा जा चुका); a place (`वार्ड में रखा`) keeps its bare verb
    participle_function_verbs: bool = False  # (round 53) a perfective participle group right before a count that is a
    # genitive, locative or partitive total (round 10's `_participle_before`, quantities-v12) whose verb is also a function word: a light
    # verb of करना/देना after its nominal (settings nominal_lights: `डिस्चार्ज किए गए 10 मरीजों में से` -> डिस्चार्ज किए गए,
    # `गिरफ्तार किये गये 11 विदेशी मुसलमानों के` -> गिरफ्तार किये गये) or the full verb लेना (round 50's
    # partitive_participle_stems: `मंगलवार को लिए गए 17 नमूनों की रिपोर्ट` -> लिए गए) is what happened to the counted (were
    # the later clause's निगेटिव, हमला, खुलने लगे, or none); a light verb with no nominal before it stays none (`की गई 500
    # लोगों की जांच`: the light verb of the noun after the count); code switch, no new data (quantities-v53)
    aggregative_numerals: bool = False  # (round 54) the aggregative form of a cardinal, cardinal + `ों` (settings
    # aggregative_numerals: तीनों, चारों, पांचों ...; not दोनों, "both"), is a number word of the cardinal's value, a count
    # as the cardinal is: `बर्फ में दबे चारों जवानों को निकाल लिया` -> 4 जवान, `तीनों को अस्पताल भेजा` -> 3 (were none);
    # not before aggregative_idiom_words (`चारों ओर`, `चारों तरफ`: all around) (quantities-v54)
    subject_event_nouns: bool = False  # (round 56) a count, percent, money or measure that found no event, closed by a
    # bare copula (settings subject_event_copulas: है/था/थी, रहा/रही ...; then the clause's end), takes the event noun of
    # events.tsv (type noun) right before it, the clause's subject, as its event: `कुल बिक्री में वृद्धि 2.7 प्रतिशत थी`
    # -> वृद्धि, `बिक्री में गिरावट 4.8 प्रतिशत रही` -> गिरावट (were none); not a noun after a genitive count
    # (quantities-v55)
    fraction_range_starts: bool = False  # (round 57) a fraction word alone (डेढ़, ढाई) before `से`/`-`/`या` and a larger
    # number opens a range as a cardinal does: `डेढ़ से दो मीटर ऊंची लहरों` -> 1.5-2 मीटर, `ढाई से तीन लाख लोग` -> 2.5-3
    # लाख (were `दो मीटर`, `तीन लाख लोग`: the fraction dropped as the adverb "half"); code switch, no new data
    above_thresholds: bool = False  # (round 57) `के ऊपर` (settings above_threshold_words: ऊपर, उपर) right after a bare
    # number, a scale word or a unit, no counted noun between, is a threshold, more_than as `से ऊपर` is: `संख्या 3,000 के
    # ऊपर हो गई`, `एक लाख के ऊपर`, `80 के ऊपर कोरोना संक्रमित मरीज`, `60 साल के ऊपर` (were exact); after a counted noun a
    # place (`100 मजदूरों के ऊपर गिरी`: unchanged); the typed `से उपर` reads as `से ऊपर` (quantities-v56)
    listed_first_events: bool = False  # (round 55) a place-keyed list of counts whose first item found a predicate and
    # whose later bare items (digits, each after a listed_key_postpositions word, joined by a comma or coordinator) found
    # none, the list closing on a bare copula: those items share the first item's event, as `_shared_events` shares the
    # last one's: `मामले बढ़ कर 1,755, आंध्र प्रदेश में 1,061 और तेलंगाना में 984 हो गए हैं` -> बढ़ कर (were none)
    clock_range_gaps: bool = False  # (round 48) a from-to range of two clock times with a time of day before the second
    # (settings clock_range_gap_words: सुबह, शाम, रात, ...) is one range record, as `छह बजे से आठ बजे` already is (gold's
    # convention): `शाम 4 बजे से रात 12 बजे तक` -> 4-12 बजे, `सुबह 7 से रात 9 बजे तक` -> 7-9 बजे (were two records)
    ud_counted_places: bool = True  # (round 44) a word of ud_counted_nouns is counted only right after a number or an
    # ordinal (or one of them and ही/भी) and before a postposition, a verb, a copula or a clause end: `2 ओवर द काउंटर
    # दवाएं` -> none (was ओवर), `3 ओवर पार` -> none (was पार); elsewhere (`गेम ओवर`) it stays no noun, as before round 42
    ud_counted_nouns: bool = True  # (round 42) words the UD list (ud_words) tags as no noun that corpus/news counts after a
    # number (settings ud_counted_nouns) are counted nouns: `20 ओवर में` -> ओवर, `872 पास जारी किए` -> पास (were none/रन)
    degree_adverbs: bool = True  # (round 42) a degree adverb (settings degree_adverbs: बहुत, काफी, बेहद, ...) after a count's
    # noun modifies the predicate after it, no head noun: `12 लड़के बहुत पसंद हैं` -> लड़का (was पसंद, span over बहुत)
    inclusion_parts: bool = True  # (round 42) a count right before सहित/समेत (settings inclusion_postpositions) is a part
    # included in the next count: its noun is no antecedent of later bare numbers (`केरल में दो विदेशियों सहित 27, कर्नाटक
    # में 14` -> मामला for 27 and 14 from the count before, were विदेशी)
    genitive_head_gap: bool = True  # (round 41) a count in the direct genitive `का` attaches to the event noun it heads over
    # adverbs and locative phrases (settings direct_genitives, genitive_gap_words, genitive_gap_postpositions):
    # `22,010 मरीजों का अभी अस्पतालों में इलाज चल रहा है` -> इलाज (was चल रहा)
    age_gap_adverbs: bool = True  # (round 38) an age after उम्र/आयु also over one or two adverbs or particles between (settings
    # age_gap_words): "उनकी उम्र अब करीब 80 साल है", "इनकी उम्र महज तीन से आठ साल है" -> age (was duration)
    ek_fractions: bool = False  # (review of round 29) `एक तिहाई`, `एक-चौथाई` = 1/3, 1/4 (off: gold never annotates एक, ../shared/gold/dev2/README.md)
    resolve_entities: bool = True
    ud_words: str | None = "entity-lexicon-v2"  # models/<this>/function_words.txt: words UD tags as verbs/function words, never counted nouns


@dataclass(frozen=True)
class Lexicon:
    name: str
    numbers: NumberLexicon
    ordinals: Mapping[str, tuple[float, bool]]  # key -> (value, ambiguous)
    units: Mapping[tuple[str, ...], tuple[str, str]]  # token keys -> (noun, kind)
    unit_max_len: int
    months: Mapping[str, str]
    pre_modifiers: Mapping[tuple[str, ...], str]
    post_modifiers: Mapping[tuple[str, ...], str]
    upto_prev: frozenset[tuple[str, ...]]
    adjectives: frozenset[str]
    events: Mapping[tuple[str, ...], str]  # token keys -> strong | noun | state
    event_max_len: int
    not_events: frozenset[str]
    demonyms: Mapping[str, frozenset[str]]  # demonym key -> folded place names
    function_words: Mapping[str, str]
    masc_a_nouns: frozenset[str]
    multiword_nouns: frozenset[str]
    not_nouns: frozenset[str] = frozenset()  # UD verbs, auxiliaries, adverbs ... ("68 बताई": बताई is no noun)
    settings: Mapping[str, object] = field(default_factory=dict)
    # derived sets (built once in load_lexicon)
    sets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    number_starts: frozenset[str] = frozenset()  # keys that can begin a number or an ordinal
    digest: str = ""  # sha256 of the lexicon folder's files (for cache keys: edits invalidate caches)


# --- loading -----------------------------------------------------------------------------------


def _rows(path: Path) -> list[list[str]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.split("\t"))
    return out


def _keys(surface: str) -> tuple[str, ...]:
    return tuple(fold(t) for _, _, t in tokenize(surface))


_MATRAS = "ािीुूृेैोौ"


def _verb_forms(stems: Sequence[str], settings: Mapping[str, object]) -> set[str]:
    """Inflected forms of verb stems: consonant stems take ा/े/ी/ने/ता/ेगा ..., vowel stems या/ए/ई/ने/ता/एगा ..."""
    out: set[str] = set()
    for st in stems:
        vowel = st[-1] in _MATRAS or st[-1] in "आईऊएओ"
        suffixes = settings.get("verb_suffixes_vowel" if vowel else "verb_suffixes_consonant", ())
        out.update(st + sfx for sfx in suffixes)  # type: ignore[union-attr]
    return out


def _aggregative_words(forms: Sequence[str], words: dict[str, float]) -> dict[str, float]:
    """(round 54) The aggregative forms (`तीनों`, `चारों`, `नौओं`) -> their cardinal's value from numbers.tsv (`तीन`,
    `चार`, `नौ`: the form less its `ों`/`ओं`); a form whose cardinal is not listed is left out."""
    out: dict[str, float] = {}
    for form in forms:
        key = fold(form)
        for ending in ("ओं", "ों"):
            base = key[: -len(ending)] if key.endswith(ending) else None
            if base and base in words:
                out[key] = words[base]
                break
    return out


# The settings.json lists each switch of QuantitiesParams drops when it is off, so that its rule reads as before it.
_SWITCHED_SETS: dict[str, tuple[str, ...]] = {
    "future_not_attributive": ("future_endings",),  # (round 36) a future form may read as an attributive participle
    "obligative_infinitives": ("obligative_followers",),  # (round 36) no feminine infinitive of obligation is a predicate
    "person_not_conjunct": ("person_do_lights",),  # (round 37) `लोग कर` may read as a conjunct verb
    "inverted_list_items": ("inverted_list_links",),  # (round 37) a list item after a headline's count ends no clause
    "passive_obligatives": ("passive_obligative_forms",),  # (round 37) a passive `की जानी चाहिए` is read as before (जानी)
    "ek_clock_ranges": ("ek_clock_units", "ek_range_links"),  # (round 38) एक before बजे or `से N` stays the article
    "clock_participles": (),  # (round 38) no clock participle unit (added to the units in load_lexicon when on)
    "origin_clause_end": ("origin_clause_marks", "origin_relatives"),  # (round 38) a demonym counted before its predicate only
    "inverted_main_verbs": ("inverted_main_verbs",),  # (round 38)
    "inverted_copula_predicates": ("inverted_copulas",),  # (round 38)
    "other_count_events": ("other_count_links",),  # (round 38)
    "listed_one_heads": ("listed_one_heads",),  # (round 38)
    "listed_distributive_heads": ("listed_distributive_marks",),  # (round 51) `में एक-एक व्यक्ति` shares no noun
    "infant_ages": ("age_infant_units",),  # (round 38) "सात महीने के बच्चे" stays a duration
    "infant_age_adjectives": ("age_infant_adjectives",),  # (round 40) no adjective between an infant age and its child
    "age_gap_adverbs": ("age_gap_words",),  # (round 38) only a number right after उम्र/आयु is an age
    "ordinal_participles": ("ordinal_adverb_followers",),  # (round 39) `पहले` before a word and an auxiliary may be an ordinal
    "count_topic_particles": ("count_topic_particles", "either_words"),  # (round 41) तो right after a count ends its clause
    "genitive_head_gap": ("direct_genitives",),
    "inverted_disease_owner": ("inverted_owner_nouns",),
    "headline_count_participles": ("headline_count_participles",),
    "dated_count_attributives": ("dated_count_quantifiers",),
    "ud_counted_nouns": ("ud_counted_nouns",),  # (round 42) the UD list's non-nouns stay no counted nouns
    "inclusion_parts": ("inclusion_postpositions",),
    "degree_adverbs": ("degree_adverbs",),  # (round 42) a degree adverb may link a modifier noun to a head after it  # (round 42) a count before सहित/समेत is an antecedent as before
    "bare_threshold_pass": ("bare_threshold_posts",),  # (round 43) a bare पार after a number is counted as before
    "threshold_comma_clauses": ("threshold_comma_words",),
    "threshold_subjects": ("threshold_subject_words",),
    "loan_compound_heads": ("loan_compound_links",),  # (round 43) "X स्पेशल Y" counts X as before  # (round 43) no subject before a threshold  # (round 43) a threshold's clause goes on past its comma
    "ordinal_adverb_agreement": ("ordinal_adverb_relatives", "ordinal_direct_adjective_endings",
                                 "ordinal_adverb_infinitive_after", "ordinal_adverb_span_words"),  # (round 45) `पहले जितनी/बड़ा/के पहले मरने` stay ordinals
    "threshold_become": ("threshold_become_posts", "threshold_become_forms"),  # (round 46) `N के पार हो गए` has no event
    "clock_pre_modifiers": ("clock_pre_modifier_kinds",),  # (round 47) a colon clock time's span takes no modifier
    "passive_conjunct_events": ("passive_conjunct_auxes", "passive_conjunct_lights"),  # (round 47) a bare passive auxiliary stays the event
    "range_pair_events": ("range_pair_links", "range_pair_fillers", "range_pair_ends"),  # (round 47) each end keeps its own event
    "ordinal_focus_gaps": ("ordinal_focus_particles",),  # (round 48) `तीसरे ही ओवर` is no ordinal
    "temperature_frames": ("temperature_frame_nouns",),  # (round 48) `पारा 48 तक` stays a count
    "clock_range_gaps": ("clock_range_gap_words",),  # (round 48) `4 बजे से रात 12 बजे` stays two records
    "clock_wrap_ranges": ("clock_wrap_ends",),  # (round 51) `रात 10 से 2 बजे तक` stays two quantities (10, 2 बजे)
    "locative_state_events": ("locative_state_nouns", "locative_state_lights"),  # (round 52) `संपर्क में आए` -> आए as before
    "aggregative_numerals": ("aggregative_numerals", "aggregative_idiom_words"),  # (round 54) `चारों जवानों` is no number
    "subject_event_nouns": ("subject_event_copulas",),  # (round 56) `वृद्धि 2.7 प्रतिशत थी` has no event
    "above_thresholds": ("above_threshold_words",),  # (round 57) `3,000 के ऊपर` stays exact
    "partitive_participles": ("partitive_participle_endings", "partitive_participle_stems", "partitive_participle_skips"),
    # (round 50) a partitive total after a participle keeps no event
    "later_frames": ("later_frames",),  # (round 45) an event noun after `के आगे/पश्चात/उपरांत` may be the date's event
    "headline_comma_clauses": ("headline_count_subjects",),  # (round 41) a headline count's clause goes on past its comma  # (round 41) a date takes the participle before a count  # (round 41) `27 पहुंचा आंकड़ा` reads as before  # (round 41) only a tagged name's genitive after the verb group  # (round 41) a genitive attaches to an event noun within attach_window only
}


def load_lexicon(models_dir: Path, p: QuantitiesParams) -> Lexicon:
    """Read models/<p.lexicon>/ (the only function here that touches the disk)."""
    d = Path(models_dir) / p.lexicon
    if not d.is_dir():
        raise FileNotFoundError(f"quantities lexicon folder not found: {d}")
    words = {fold(r[0]): float(r[1]) for r in _rows(d / "numbers.tsv")}
    scales = {fold(r[0]): float(r[1]) for r in _rows(d / "scales.tsv")}
    scales_alone = frozenset(fold(r[0]) for r in _rows(d / "scales.tsv") if len(r) > 2 and r[2] == "1")
    fr_val, fr_add = {}, {}
    for r in _rows(d / "fractions.tsv"):
        (fr_add if r[2] == "add" else fr_val)[fold(r[0])] = float(r[1])
    vague = {fold(r[0]): float(r[1]) for r in _rows(d / "vague.tsv")}
    settings = json.loads((d / "settings.json").read_text(encoding="utf-8"))
    if p.aggregative_numerals:  # (round 54) `चारों` = `चार`: the cardinal's value (only of a listed cardinal)
        words.update(_aggregative_words(settings.get("aggregative_numerals", ()), words))
    numbers = NumberLexicon(words, scales, scales_alone, fr_val, fr_add, vague)
    ordinals = {fold(r[0]): (float(r[1]), r[2] == "1") for r in _rows(d / "ordinals.tsv")}
    for w, v in [*words.items(), *((k, v) for k, v in scales.items() if k in scales_alone)]:
        if v > 10:  # 1-10 are irregular (पहला, दूसरा ...) and listed; from 11 on: इक्कीस -> इक्कीसवीं
            for suffix in settings.get("ordinal_word_suffixes", ()):
                ordinals.setdefault(fold(w + suffix), (v, False))
    units = {_keys(r[0]): (r[1], r[2]) for r in _rows(d / "units.tsv")}
    if p.clock_participles:  # (round 38) "नौ बजते ही", "आठ बजते-बजते": the clock participle is the hour's unit
        for surf in settings.get("clock_participle_units", []):
            units.setdefault(_keys(surf), (str(settings.get("clock_unit_noun", "बजे")), "date"))
    months = {fold(r[0]): r[1] for r in _rows(d / "months.tsv")}
    pre, post, upto_prev = {}, {}, set()
    for pos, surf, mod in _rows(d / "modifiers.tsv"):
        if pos == "pre":
            pre[_keys(surf)] = mod
        elif pos == "post":
            post[_keys(surf)] = mod
        else:
            upto_prev.add(_keys(surf))
    adjectives = frozenset(fold(r[0]) for r in _rows(d / "adjectives.tsv"))
    events = {_keys(r[0]): r[1] for r in _rows(d / "events.tsv")}
    not_events = frozenset(fold(r[0]) for r in _rows(d / "not_events.tsv"))
    demonyms = {
        fold(r[0]): frozenset(fold(x.strip()) for x in r[1].split(",") if x.strip())
        for r in _rows(d / "demonyms.tsv")
    }
    function_words: dict[str, str] = {}
    for r in _rows(d / "function_words.tsv"):
        function_words.setdefault(fold(r[0]), r[1])
    masc = frozenset(fold(r[0]) for r in _rows(d / "nouns.tsv"))
    if (d / "nouns_corpus.tsv").is_file():  # v14: masculine -ा nouns found in corpus/news (पन्नों -> पन्ना)
        masc |= frozenset(fold(r[0]) for r in _rows(d / "nouns_corpus.tsv"))
    multi = frozenset(fold(r[0]) for r in _rows(d / "multiword_nouns.tsv"))
    h = hashlib.sha256()
    for f in sorted(d.iterdir()):
        if f.is_file():
            h.update(f.name.encode("utf-8") + b"\x00" + f.read_bytes() + b"\x00")
    not_nouns: frozenset[str] = frozenset()
    if p.ud_words:
        ud = Path(models_dir) / p.ud_words / "function_words.txt"
        if not ud.is_file():
            raise FileNotFoundError(f"quantities.ud_words: {ud} not found (built by `hindi-extract build-lexicon`)")
        text = ud.read_text(encoding="utf-8")
        h.update(b"ud_words\x00" + text.encode("utf-8"))
        not_nouns = frozenset(fold(w) for w in text.split())
    given_names: frozenset[str] = frozenset()
    gn = Path(models_dir) / p.ud_words / "given_names.txt" if p.ud_words else None
    if gn is not None and gn.is_file():  # v8: "31 साल की रुचि": the age of a given name the tagger missed
        text = gn.read_text(encoding="utf-8")
        h.update(b"given_names\x00" + text.encode("utf-8"))
        given_names = frozenset(fold(w) for w in text.split())
    kb_places: frozenset[str] = frozenset()
    pl = Path(models_dir) / p.ud_words / "places.tsv" if p.ud_words else None
    if pl is not None and pl.is_file():  # one-word KB places: "दिल्ली जा चुके" is no passive participle
        text = pl.read_text(encoding="utf-8")
        h.update(b"places\x00" + text.encode("utf-8"))
        kb_places = frozenset(fold(r[0]) for r in (line.split("\t") for line in text.splitlines()[1:])
                              if len(r) > 1 and r[1] == "LOC" and " " not in r[0].strip())
    sets = {
        k: frozenset(fold(x) for x in v)
        for k, v in settings.items()
        if isinstance(v, list)
    }
    sets["kb_places"] = kb_places
    for switch, keys in _SWITCHED_SETS.items():  # a switch off drops its settings: the rule reads as before it
        if not getattr(p, switch):
            for k in keys:
                sets.pop(k, None)
            h.update(f"{switch} off\x00".encode())
    sets["detached_frames"] = sets.get("detached_frames", frozenset()) | sets.get("later_frames", frozenset())  # (round 45)
    # `तीन मई के आगे लॉकडाउन बढ़ेगा`: आगे/पश्चात/उपरांत frame a date as बाद does (switch later_frames off: as before)
    not_nouns = not_nouns - sets.get("ud_counted_nouns", frozenset())  # (round 42) `20 ओवर`: counted, though UD tags it ADP
    if p.ud_counted_places:  # (round 44) outside its counted place the word's key is marked (`ओवर~`) and stays no noun
        not_nouns = not_nouns | {w + "~" for w in sets.get("ud_counted_nouns", frozenset())}
    else:
        h.update(b"ud_counted_places off\x00")
    if not p.magnitude_words:
        settings = {k: v for k, v in settings.items() if k != "magnitude_count_words"}  # (round 37) switch off: परिमाण counts
        h.update(b"magnitude_words off\x00")
    if p.threshold_objects:  # (round 49) code switch over round 43's and round 48's settings, read by the extractor
        sets["_threshold_objects"] = frozenset({"on"})
    else:
        h.update(b"threshold_objects off\x00")
    if p.participle_function_verbs:  # (round 53) code switch over nominal_lights and partitive_participle_stems
        sets["_participle_function_verbs"] = frozenset({"on"})
    else:
        h.update(b"participle_function_verbs off\x00")
    if p.age_compound_persons:  # (round 39) code switch, kept in the sets so that the extractor reads it
        sets["_age_compound_persons"] = frozenset({"on"})
    else:
        h.update(b"age_compound_persons off\x00")
    if (d / "verbs.tsv").is_file():
        stems = [r[0] for r in _rows(d / "verbs.tsv")]
        sets["verb_stems"] = frozenset(fold(x) for x in stems)
        sets["verb_forms"] = (frozenset(fold(x) for x in _verb_forms(stems, settings)) | sets.get("irregular_verbs", frozenset())) \
            - sets.get("not_verb_forms", frozenset())  # v17: generated forms that are nouns (कमाई of कमा)
    sets["given_names"] = given_names
    if (d / "nouns_short_i.tsv").is_file():  # v14: व्यक्तियों -> व्यक्ति
        sets["short_i_nouns"] = frozenset(fold(r[0]) for r in _rows(d / "nouns_short_i.tsv"))
    if (d / "adjectives_ud.tsv").is_file():  # v5: adjectives that may stand before a counted noun
        sets["ud_adjectives"] = frozenset(fold(r[0]) for r in _rows(d / "adjectives_ud.tsv"))
    if (d / "fraction_denominators.tsv").is_file():  # v29 (round 29): "दो-तिहाई" = 2/3, "तीन चौथाई" = 3/4
        settings["fraction_denominators"] = {fold(r[0]): float(r[1]) for r in _rows(d / "fraction_denominators.tsv")}
    if (d / "spaced_ordinal_suffixes.tsv").is_file():  # v29 (round 29): "200 वें टेस्ट", "12 वीं कक्षा"
        sets["spaced_ordinal_suffixes"] = frozenset(fold(r[0]) for r in _rows(d / "spaced_ordinal_suffixes.tsv"))
    if (d / "name_year_heads.tsv").is_file():  # v29 (round 29): "टोक्यो ओलंपिक 2020", "वायरस रेगुलेशन 2020": a name's year
        sets["name_year_heads"] = frozenset(fold(r[0]) for r in _rows(d / "name_year_heads.tsv"))
    if (d / "edition_year_heads.tsv").is_file():  # v31 (round 31): "आईपीएल 2020 में", "एशियाड 2018 में": an edition's year
        sets["edition_year_heads"] = frozenset(fold(r[0]) for r in _rows(d / "edition_year_heads.tsv"))
    sets["year_name_heads"] = sets.get("law_words", frozenset()) | sets.get("name_year_heads", frozenset()) \
        | sets.get("edition_year_heads", frozenset())  # built once
    if (d / "counted_nouns.tsv").is_file():  # v30 (round 30): words corpus/news counts, with how often
        counted = [(fold(r[0]), int(r[1])) for r in _rows(d / "counted_nouns.tsv") if len(r) > 1]
        sets["counted_nouns_seen"] = frozenset(k for k, _ in counted)
        sets["counted_heads"] = frozenset(k for k, c in counted if c >= int(settings.get("counted_head_min", 5)))
    if (d / "dotted_index_names.tsv").is_file():  # v29 (review of round 29): "एफ.टी.एस.ई. 250": an index's number
        sets["dotted_index_names"] = frozenset(fold(r[0]).replace(" ", "") for r in _rows(d / "dotted_index_names.tsv"))
    nl = numbers
    starts = frozenset(nl.words) | frozenset(nl.fraction_values) | frozenset(nl.fraction_adds) | frozenset(nl.vague)
    return Lexicon(
        digest=h.hexdigest()[:16],
        number_starts=starts | nl.scales_alone | frozenset(ordinals) | frozenset(fold(x) for x in settings.get("fused_multipliers", {})),
        name=p.lexicon,
        numbers=numbers,
        ordinals=ordinals,
        units=units,
        unit_max_len=max((len(k) for k in units), default=1),
        months=months,
        pre_modifiers=pre,
        post_modifiers=post,
        upto_prev=frozenset(upto_prev),
        adjectives=adjectives,
        events=events,
        event_max_len=max((len(k) for k in events), default=1),
        not_events=not_events,
        demonyms=demonyms,
        function_words=function_words,
        masc_a_nouns=masc,
        multiword_nouns=multi,
        not_nouns=not_nouns,
        settings=settings,
        sets=sets,
    )


# --- helpers -----------------------------------------------------------------------------------

_TIMESTAMP = regex.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?(?:\s*(?:[AaPp]\.?\s?[Mm]\.?))?"
    r"(?:\s*,?\s*(?P<d>\d{1,2})\s*[-/.]\s*(?P<mon>[A-Za-z]{3,9}|\d{1,2})\s*[-/.]\s*(?P<y>\d{4}|\d{2}))?(?![\d:])"
)
_EN_DATE = regex.compile(
    r"(?<![A-Za-z])(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)"
)
_DATE = regex.compile(
    r"(?<![\d.,/-])(?P<d>\d{1,2})\s*[-/.]\s*(?P<mon>[A-Za-z]{3,9}|\d{1,2})\s*[-/.]\s*(?P<y>\d{4}|\d{2})(?![\d.,/-])"
)
_FISCAL = regex.compile(r"(?<![\d.,/:-])(?P<y>(?:18|19|20)\d{2})-(?P<y2>\d{2})(?![\d.,/:-])")  # 2013-14: one year
_DAY_MONTH = regex.compile(r"(?<![\d.,/:-])(?P<d>\d{1,2})/(?P<mon>\d{1,2})(?![\d.,/:-])")  # 26/11, 9/11
_YEAR_BEFORE = regex.compile(  # an English date stamp right before its time: "Mar 4, 2020, ", "21 Mar 2020, " (v22)
    r"(?:(?<![A-Za-z])[A-Za-z]{3,9}\.?\s+\d{1,2},?|(?<!\d)\d{1,2}\s+[A-Za-z]{3,9}\.?,?)\s+(?:19|20)\d{2}\s*,?\s*$")
_YEAR_BEFORE_WINDOW = 40  # (review) the stamp is at most ~25 characters: a bounded look back, not the whole sentence each time
_DOT_THOUSANDS = regex.compile(r"^[1-9]\d{0,2}\.\d{3}$")  # 1.485, 18.985 (v22)
_SCORE = regex.compile(r"(?<![\d.,/:-])(\d{1,2})-(\d{1,2})(?![\d/:-]|[.,]\d)")  # 3-2, 6-4: a match score (v22)
_RECORD = regex.compile(r"(?<![\d.,/:-])(\d{1,2})-(\d{1,2})-(\d{1,2})(?![\d/:-]|[.,]\d)")  # 5-0-0, 13-21-3: a won-lost-halved record (v29)
_SCORE_GAP = regex.compile(r"^[\s,()]*(?:और|व|तथा)?[\s,()]*$")  # "6-3, 6-4, 6-7(6-8) और 6-3": one score line
_PHONE = regex.compile(r"(?<![\d.,/-])\+?\d{1,5}(?:-\d{2,8}){2,}(?![\d.,/-])")  # 859-292-3680, +91-11-23978046
_IS_WORD = regex.compile(r"^[\p{L}\p{M}\u200c\u200d]+$")
_LATIN = regex.compile(r"^[A-Za-z]+$")
_NUKTA_AFTER_MATRA = regex.compile("([\u093e-\u094c])\u093c")


@dataclass(slots=True)
class _Tok:
    start: int  # document offsets
    end: int
    text: str
    key: str


def _lemma(key: str, surface: str, lex: Lexicon) -> str:
    """Dictionary form of a Hindi noun (on the surface form, keeping its nukta): सैनिकों -> सैनिक."""
    w = _NUKTA_AFTER_MATRA.sub("\u093c\\1", surface)  # "गाडि़यां" (nukta typed after the matra) -> गाड़ियां
    if "\u093e\u0947" in w or "\u093e\u0948" in w:
        w = w.replace("\u093e\u0947", "\u094b").replace("\u093e\u0948", "\u094c")  # (v18) ा+े typed for ो: लाेगाें -> लोगों
    masc = lex.masc_a_nouns
    if fold(w) in masc:
        return w
    if (w.endswith("इयों") or w.endswith("इयां") or w.endswith("इयाँ")) and len(w) > 4:
        return w[:-4] + "ई"  # इकाइयों -> इकाई
    if (w.endswith("ियों") or w.endswith("ियां") or w.endswith("ियाँ")) and len(w) > 4 \
            and fold(w[:-4] + "ि") in lex.sets.get("short_i_nouns", ()):
        return w[:-4] + "ि"  # a noun in short -ि: व्यक्तियों -> व्यक्ति
    if w.endswith("ियों") and len(w) > 4:
        return w[:-4] + "ी"
    if w.endswith("ाओं") and len(w) > 3:
        return w[:-2]
    if w.endswith("ुओं") or w.endswith("ूओं"):
        return w[:-2]
    if w.endswith(("ट्स", "ड्स", "ग्स", "म्स", "प्स", "ल्स", "र्स", "ब्स")) and len(w) > 4 \
            and fold(w) not in lex.sets.get("english_plural_not", frozenset()):
        return w[:-2]  # English plural -s: इवेंट्स -> इवेंट, फंड्स -> फंड, पैसेंजर्स -> पैसेंजर (not नर्स, कोर्स)
    if fold(w) in lex.sets.get("english_es_plurals", frozenset()):
        return w[:-2]  # English plural -es: केसेज -> केस (not मैसेज, पैसेज)
    if w.endswith("ों") and len(w) > 2:
        stem = w[:-2]
        if fold(stem + "ा") in masc or (stem.endswith("वाल") and len(stem) > 4 and (
                stem[:-3].endswith("ने") or fold(stem[:-3]) in lex.sets.get("wala_stems", frozenset()))):
            return stem + "ा"  # (v18: a -वाला agent noun after an infinitive or a listed noun: मरनेवालों -> मरनेवाला,
            # घरवालों -> घरवाला; not दीवालों, कव्वालों, सवालों)
        return stem
    if (w.endswith("ाएं") or w.endswith("ाएँ")) and len(w) > 3:
        return w[:-2]
    if (w.endswith("ियां") or w.endswith("ियाँ")) and len(w) > 4:
        return w[:-4] + "ी"
    if w.endswith("ें") and len(w) > 3:
        if fold(w[:-2] + "ा") in masc:
            return w[:-2] + "ा"  # (v18) a nasal typed on a masculine plural: जिलें -> जिला
        return w[:-2]
    if w.endswith("े") and len(w) > 2:
        if fold(w[:-1] + "ा") in masc:
            return w[:-1] + "ा"
    return w


def _spell_like(noun: str, surface: str) -> str:
    """`noun` (a table's dictionary form) with the text's own spelling of the stem they share:
    the table's `हफ्ता` for the text's `हफ़्ते` is `हफ़्ता` (gold copies the text's nukta)."""
    if noun == surface or fold(noun) == noun and fold(surface) == surface:
        return noun
    # folded prefix shared by both, then the surface characters that fold into it
    fs, fn = fold(surface), fold(noun)
    m = 0
    while m < min(len(fs), len(fn)) and fs[m] == fn[m]:
        m += 1
    if m == 0:
        return noun
    def cut(w: str, m: int) -> int:  # characters of w whose fold has m characters (nukta/ZWJ fold to nothing)
        i = acc = 0
        while i < len(w) and acc < m:
            acc += len(fold(w[i]))
            i += 1
        while i < len(w) and fold(w[i]) == "":
            i += 1
        return i
    return surface[: cut(surface, m)] + noun[cut(noun, m):]


class _Doc:
    """Per-document working state (local to one extract_quantities call)."""

    def __init__(self, mentions: Sequence[Mention]):
        self.entity_spans = sorted(
            (m.start, m.end, m) for m in mentions if m.label in ("PER", "ORG", "LOC")
        )
        # the largest end among the first k spans: spans before the first one above `start` end at or before it
        self.max_end = list(itertools.accumulate((e for _, e, _ in self.entity_spans), max))
        self.loc_by_key: dict[str, str] = {}
        # (round 32) place names the tagger found in this article: the same word untagged after a number is no
        # counted noun ("17 इटली के, ... पांच एर्नाकुलम, एक कोट्टयम": a list of places)
        self.place_words: set[str] = set()
        for m in mentions:
            if m.label == "LOC" and m.entity_id:
                self.loc_by_key.setdefault(fold(m.text), m.entity_id)
            if m.label == "LOC":
                self.place_words.add(fold(m.text))  # (multi-word ones for _glued_dateline)
        self.list_places: frozenset[int] = frozenset()  # (round 32) starts of this sentence's listed place words
        # (round 32) day of month -> month of the dates met so far in the article ("31 मार्च तक ... 31 तक")
        self.month_days: dict[float, str] = {}

    def entity_at(self, start: int, end: int) -> Mention | None:
        spans = self.entity_spans
        for x in range(bisect.bisect_right(self.max_end, start), len(spans)):  # (the spans skipped overlap nothing)
            s, e, m = spans[x]
            if s >= end:
                break
            if s < end and start < e:
                return m
        return None


_FIRST_KEYS: dict[int, tuple[Mapping, frozenset[str]]] = {}


def _first_keys(table: Mapping[tuple[str, ...], object]) -> frozenset[str]:
    """The first tokens of a sequence table's keys, cached by the table's identity (a lexicon's tables
    are built once and never changed)."""
    hit = _FIRST_KEYS.get(id(table))
    if hit is None or hit[0] is not table:  # (the entry holds the table, so its id is not reused)
        if len(_FIRST_KEYS) >= 64:
            _FIRST_KEYS.clear()
        hit = _FIRST_KEYS[id(table)] = (table, frozenset(k[0] for k in table if k))
    return hit[1]


def _match_seq(keys: Sequence[str], i: int, table: Mapping[tuple[str, ...], object], max_len: int):
    """Longest key sequence of `table` starting at token i: (length, value) or (0, None)."""
    if 0 <= i < len(keys) and keys[i] not in _first_keys(table):
        return 0, None  # no key starts with this token (most tokens): no slices to look up
    for L in range(min(max_len, len(keys) - i), 0, -1):
        v = table.get(tuple(keys[i : i + L]))
        if v is not None:
            return L, v
    return 0, None


# --- extraction --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    sent_idx: int
    i0: int  # first token index of the span
    i1: int  # token index after the span
    value: float
    value_max: float | None
    modifier: str
    noun: str | None
    kind: str
    event: str | None = None
    entity_id: str | None = None
    num_start: int = 0  # token index of the number
    needs_noun: bool = False  # noun elided: resolve from context
    partitive_total: bool = False  # "34 में से 22": the 34
    state_event: str | None = None  # "52 घायल": the state word inside the span
    demonym: str | None = None
    timestamp: bool = False  # a written-out timestamp/date such as 06:42 PM, 28-MAR-2020: no event
    shared: bool = False  # the noun was shared from the next list item ("गुजरात में 52, असम में 49 ... लोगों")
    owner_event: str | None = None  # "मरने वालों की संख्या 420", "रद ट्रेनों की कुल संख्या 155": what the counted did
    origin: bool = False  # (round 28) the count's demonym before its predicate is the noun: "34 भारतीय हैं" (a part
    # named by origin: no antecedent of a later elided noun)


def _is_content(t: _Tok, lex: Lexicon, doc: _Doc) -> bool:
    k = t.key
    if not _IS_WORD.match(t.text) or k in lex.function_words:
        return False
    return True


def _person_at(t: _Tok, doc: _Doc) -> bool:
    m = doc.entity_at(t.start, t.end)
    return m is not None and m.label == "PER"


def _noun_like(t: _Tok, lex: Lexicon, doc: _Doc) -> bool:
    k = t.key
    if not _is_content(t, lex, doc):
        return False
    if lex.numbers.starts_number(k) or k in lex.ordinals or k in lex.months or k in lex.not_nouns \
            or k in lex.sets.get("not_counted_nouns", frozenset()):
        return False  # (v16: a weekday is no counted noun: "इनमें से 16 बुधवार को संक्रमित पाये गये")
    if (k,) in lex.events and lex.events[(k,)] in ("strong", "state"):
        return False  # eventnoun ("14 मौतें") stays a possible counted noun
    if k in lex.sets.get("hard_boundaries", ()):
        return False
    if doc.entity_at(t.start, t.end) is not None:
        return False
    if t.start in doc.list_places:
        return False  # (round 32) a listed place after a number: "दो कौशांबी, छह सीतापुर"
    if len(k) > 3 and k.endswith("कर") and k[:-2] in lex.sets.get("verb_stems", ()):
        return False  # a conjunctive participle ("4 खिलाड़ियों में से 1 बनकर", "390 घटकर"): no counted noun
    return True


def _skip_quoted_group(toks: list[_Tok], keys: list[str], j: int, lex: Lexicon, doc: _Doc) -> int:
    """(v21) Where a quoted group of one to three words follows the number (`पांच 'ड्रामेबाज़' खिलाड़ियों`,
    `40 'कोविड पेट्रोल' मोटरसाइकिल`, `19 मिलियन से अधिक "कार्रवाइयाँ" दर्ज`), the index where the noun search goes on:
    the word after the closing quote when it is a noun, else the quoted word itself when it is one word; else j."""
    n = len(toks)
    quotes = lex.sets.get("quote_marks", frozenset())
    if j + 2 >= n or keys[j] not in quotes:
        return j
    c = next((c for c in range(j + 2, min(n, j + 5)) if keys[c] in quotes), None)
    if c is None or not all(_noun_like(toks[x], lex, doc) for x in range(j + 1, c)):
        return j
    S = lex.sets
    verbish = S.get("verb_forms", frozenset()) | S.get("nominal_lights", frozenset())
    if c + 1 < n and _noun_like(toks[c + 1], lex, doc) and keys[c + 1] not in verbish and (keys[c + 1],) not in lex.events \
            and keys[c + 1] not in S.get("relative_participle_heads", frozenset()):
        return c + 1
    if c == j + 2 and keys[j + 1] not in verbish:
        return j + 1
    return j


def _hyphen_head(toks: list[_Tok], keys: list[str], q: int, lex: Lexicon, doc: _Doc) -> int | None:
    """The head of a hyphenated modifier compound starting at token q: `प्राइम-टाइम दर्शक` -> दर्शक,
    `अलग-अलग जगहों` -> जगहों, `उप-श्रेणियों` -> श्रेणियों, `RT-PCR किट` -> किट (a prefix, an adjective or a Latin acronym
    before the hyphen, or a doubled word); None for a pair of nouns (`माता-पिता`, `छात्र-छात्राओं`, `325 मामले-अंडर स्पेशल
    ऑपरेशन`) or when nothing follows."""
    n = len(toks)
    if not (q + 2 < n and keys[q + 1] == "-" and toks[q + 1].start == toks[q].end and toks[q + 2].start == toks[q + 1].end
            and _IS_WORD.match(toks[q + 2].text)):
        return None
    S = lex.sets
    modifier = keys[q] in S.get("compound_prefixes", frozenset()) or keys[q] in S.get("ud_adjectives", frozenset()) \
        or keys[q] in lex.adjectives or toks[q].text.endswith("ीय") or keys[q].isascii()
    z = q + 3
    if (modifier or keys[q + 2] == keys[q]) and z < n and _noun_like(toks[z], lex, doc) and keys[z] not in S.get("verb_forms", frozenset()) \
            and keys[z] not in S.get("nominal_lights", frozenset()) and keys[z] not in S.get("verb_chain", frozenset()) \
            and keys[z] not in S.get("state_copulas", frozenset()) and keys[z] not in S.get("copulas", frozenset()) \
            and (keys[z],) not in lex.events and not _final_participle(keys, z, lex) \
            and not (z + 1 < n and keys[z + 1] == "-" and toks[z + 1].start == toks[z].end):
        return z
    if keys[q + 2] != keys[q] and modifier and _noun_like(toks[q + 2], lex, doc) and keys[q + 2] not in S.get("verb_forms", frozenset()):
        return q + 2
    return None


def _bracket_person(toks: list[_Tok], keys: list[str], x: int, lex: Lexicon, doc: _Doc) -> bool:
    """Token x (right before "(NN)") ends a person's name or names a person though the tagger missed it:
    a given name (`सुरेश मंडल (35)`: the given name one before), a person noun (`युवक (25)`), a kinship word
    before the name (`बेटी वैष्णवी (12)`); never a place (`मुंगेर (13)`: counts of a district list)."""
    S = lex.sets
    m = doc.entity_at(toks[x].start, toks[x].end)
    if m is not None and m.label != "PER":
        return False
    g = S.get("given_names", frozenset())
    kin = S.get("age_bracket_followers", frozenset())
    if keys[x] in g or keys[x] in S.get("age_person_nouns", frozenset()):
        return keys[x] not in S.get("age_name_not", frozenset()) and keys[x] not in lex.function_words
    return x >= 1 and _IS_WORD.match(toks[x - 1].text) is not None and (keys[x - 1] in g or keys[x - 1] in kin) \
        and keys[x - 1] not in S.get("age_name_not", frozenset()) and keys[x - 1] not in lex.function_words \
        and keys[x - 1] not in S.get("ud_adjectives", frozenset()) and keys[x - 1] not in S.get("demonym_prefixes", frozenset())
    # (not "पूर्वी चंपारण (70)": a direction adjective before a district, though पूर्वी is a given name too)


def _attributive_predicate_words(keys: list[str], lex: Lexicon) -> None:
    """(round-24 review) A `predicate_only_events` word (शहीद) is an event only as a predicate: before a form of
    होना, a past vector, a copula, a coordinator, a comma or the clause's end ("तीन जवान शहीद और एक घायल", "9 जवान
    शहीद", "दो जवान शहीद हो गए"). Before a noun or a genitive it qualifies ("दो शहीद जवानों", "शहीद दिवस", "शहीद के
    परिवार को"): its key is marked there (in place), so that no event list matches it, as in v25."""
    S = lex.sets
    words = S.get("predicate_only_events", frozenset())
    if not words:
        return
    ok = S.get("do_be_lights", frozenset()) | S.get("past_vectors", frozenset()) | S.get("copulas", frozenset()) \
        | S.get("coordinators", frozenset()) | S.get("hard_boundaries", frozenset())
    for x, k in enumerate(keys):
        if k in words and x + 1 < len(keys) and keys[x + 1] not in ok:
            keys[x] = k + "~"


def _ud_counted_places(keys: list[str], lex: Lexicon) -> None:
    """(round 44) A word the UD list tags as no noun but corpus/news counts (settings ud_counted_nouns: ओवर) is a
    counted noun only in a count's place: right after a number or an ordinal (`14वें`; also over ही/भी: `तीसरे ही ओवर में`) and
    before a case postposition, का/के/की/वाले, a copula, a form of होना/करना, a past vector, a verb or a clause end
    (`20 ओवर में`, `41.2 ओवर हो चुके थे`, `चार ओवर, 20 रन`). Elsewhere (`2 ओवर द काउंटर दवाएं`, `3 ओवर पार`,
    `गेम ओवर`) its key is marked in place (`ओवर~`), a non-noun as before round 42."""
    S = lex.sets
    words = S.get("ud_counted_nouns", frozenset())
    if not any(w + "~" in lex.not_nouns for w in words) or not any(k in words for k in keys):
        return  # switch off (no marked forms in not_nouns) or no such word in the sentence
    after = S.get("case_postpositions", frozenset()) | S.get("attach_postpositions", frozenset()) \
        | S.get("copulas", frozenset()) | S.get("do_be_lights", frozenset()) | S.get("past_vectors", frozenset()) \
        | S.get("verb_forms", frozenset()) | S.get("hard_boundaries", frozenset()) | {",", "।"}
    suffixes = S.get("spaced_ordinal_suffixes", frozenset())  # `14वें` is tokenized 14 + वें
    n = len(keys)
    for x, k in enumerate(keys):
        if k not in words:
            continue
        b = x - 1
        if b >= 1 and keys[b] in ("ही", "भी"):
            b -= 1
        counted = b >= 0 and (lex.numbers.starts_number(keys[b]) or keys[b] in lex.ordinals
                              or (keys[b] in suffixes and b >= 1 and keys[b - 1][:1].isdigit()))  # `14वें ओवर`
        if not (counted and (x + 1 == n or keys[x + 1] in after)):
            keys[x] = k + "~"


def _may_have_quantity(keys: Sequence[str], lex: Lexicon) -> bool:
    """False when `_sentence_drafts` can find nothing in a sentence of these token keys (most sentences):
    it only starts a quantity at a digit (its dates and timestamps need one too), a number word or
    ordinal (`number_starts`) or a vague quantifier; keep this in step with its triggers."""
    starts = lex.number_starts
    vague = lex.sets.get("vague_quantifiers", frozenset())
    return any(k[:1].isdigit() or k in starts or k in vague for k in keys)


def _sentence_drafts(sent: Sentence, toks: list[_Tok], lex: Lexicon, p: QuantitiesParams, doc: _Doc) -> list[_Draft]:
    keys = [t.key for t in toks]
    n = len(toks)
    S = lex.sets
    consumed = [False] * n
    drafts: list[_Draft] = []

    # 1. timestamps and numeric dates, on the sentence text
    tok_starts, tok_ends = [t.start for t in toks], [t.end for t in toks]

    def tok_range(a: int, b: int) -> tuple[int, int]:
        """The tokens that text offsets a..b (sentence-relative) touch: two bisects, not a scan per match."""
        return bisect.bisect_right(tok_ends, a + sent.start), bisect.bisect_left(tok_starts, b + sent.start)

    has_digit = any(k[:1].isdigit() for k in keys)  # every pattern below needs a digit: not scanned without one
    for i in range(n - 2) if has_digit else ():
        if keys[i] == "24" and _round_the_clock(keys, i, lex):
            consumed[i : i + 3] = [True] * 3  # (round 30) `24/7`, `24x7`: always, no quantity (before the dates: no 24 July)
    for rx in (_TIMESTAMP, _EN_DATE, _DATE, _DAY_MONTH, _FISCAL) if has_digit else ():
        for m in rx.finditer(sent.text):
            i0, i1 = tok_range(m.start(), m.end())
            if any(consumed[i0:i1]):
                continue
            if rx is _FISCAL:
                if int(m.group("y2")) != (int(m.group("y")) + 1) % 100:
                    continue  # not a year and the next one
                for i in range(i0, i1):
                    consumed[i] = True
                drafts.append(_Draft(sent.sent_idx, i0, i1, float(m.group("y")), None, "exact", None, "date", num_start=i0))
                continue
            if m.groupdict().get("d"):
                day = float(m.group("d"))
                mon = m.group("mon")
                if mon.isdigit() and i0 > 0 and keys[i0 - 1] in S.get("id_words", frozenset()):
                    for i in range(i0, i1):
                        consumed[i] = True
                    continue  # "मकान नंबर 12/2": a house number, no date
                noun = None if mon.isdigit() else mon
                if rx is _DATE and mon.isdigit() and 1 <= day <= 12 and 12 < int(mon) <= 31:
                    day, mon = float(mon), m.group("d")  # (review of round 29) `1-13-20`: a US-style month-day-year date
                if not 1 <= day <= 31 or (mon.isdigit() and not 1 <= int(mon) <= 12):
                    continue
                value = day
            else:
                hour = float(m.group("h"))
                if hour > 24 or int(m.group("m")) > 59:
                    continue
                if _YEAR_BEFORE.search(sent.text, max(0, m.start() - _YEAR_BEFORE_WINDOW), m.start()):
                    for i in range(i0, i1):
                        consumed[i] = True
                    continue  # (v22) "Mar 4, 2020, 9:20 AM IST": the time of a date stamp is part of its one date (as "06:42 PM, 28-MAR-2020")
                value, noun = hour, None
            clock = rx is _TIMESTAMP and not m.group("d") and i1 < n and keys[i1] in S.get("clock_words", frozenset())
            if clock:
                i1, noun = i1 + 1, "बजे"  # "करीब 11:30 बजे ... टकरा गया": a clock time in the text takes part in an event
            modifier, num0 = "exact", i0
            if clock:
                i0, modifier = _clock_pre_modifier(keys, i0, consumed, lex)  # (round 47) "रात लगभग 9:30 बजे": approx
            for i in range(i0, i1):
                consumed[i] = True
            drafts.append(_Draft(sent.sent_idx, i0, i1, value, None, modifier, noun, "date", num_start=num0,
                                 timestamp=rx is not _DAY_MONTH and not clock))  # "26/11 का हमला" takes part in an event

    for a, b in _score_spans(sent.text) if has_digit else ():  # (v22) match scores count nothing: "3-2 से हार", "6-3, 6-4"
        i0, i1 = tok_range(a, b)
        if not any(consumed[i0:i1]):
            for i in range(i0, i1):
                consumed[i] = True

    for m in _PHONE.finditer(sent.text) if has_digit else ():  # a phone number in dashed groups (dates were read above): no quantity
        if sum(ch.isdigit() for ch in m.group()) >= 8:
            i0, i1 = tok_range(m.start(), m.end())
            for i in range(i0, i1):
                consumed[i] = True

    max_phone = int(lex.settings.get("max_phone_digits", 7))
    year_min = float(lex.settings.get("year_min", 1800))
    year_max = float(lex.settings.get("year_max", 2100))
    ord_suffixes = S.get("ordinal_suffixes", frozenset())
    starts = lex.number_starts

    i = 0 if any(len(t.text) > 1 and _IS_WORD.match(t.text) for t in toks) else n  # "+5" alone on a line: no quantity
    while i < n:
        if consumed[i]:
            i += 1
            continue
        k = keys[i]
        vague_scale = k in S.get("vague_quantifiers", frozenset()) and i + 1 < n and keys[i + 1] in lex.numbers.scales
        if not (k[:1].isdigit() or k in starts or vague_scale):
            i += 1
            continue
        if " ".join(keys[i : i + 2]) in S.get("not_quantity_phrases", frozenset()):
            i += 2  # idioms with a number word: `आधी रात` is midnight
            continue
        d = _build(sent, toks, keys, i, lex, p, doc, consumed, max_phone, year_min, year_max, ord_suffixes)
        if d is None:
            i += 1
            continue
        for j in range(d.i0, d.i1):
            consumed[j] = True
        drafts.append(d)
        i = max(i + 1, d.i1)
    drafts.sort(key=lambda d: (d.i0, d.i1))
    return drafts


def _build(sent, toks, keys, i, lex: Lexicon, p: QuantitiesParams, doc: _Doc, consumed, max_phone, year_min, year_max, ord_suffixes):
    n = len(toks)
    S = lex.sets
    t = toks[i]
    k = keys[i]

    if i > 1 and keys[i - 1] == "-" and toks[i - 1].end == t.start and toks[i - 2].end == toks[i - 1].start \
            and _IS_WORD.match(toks[i - 2].text) and not lex.numbers.starts_number(keys[i - 2]):
        return None  # सेक्टर-पांच, कोविड-19
    if i == 0 and k[0].isdigit() and n > 2 and keys[1] in ("-", ")", ".") and "." not in k \
            and (toks[1].start == t.end or (keys[1] == "-" and toks[2].start == toks[1].end and _IS_WORD.match(toks[2].text))) \
            and not lex.numbers.starts_number(keys[2]):
        return None  # a list item number: "4- मणिपुर ...", "2) ..."
    if i == 0 and k.isdigit() and len(k) <= 3 and _table_row_number(toks, keys, lex):
        return None  # (v22) "28 तेलंगाना 809 186 18": the serial number of a table row names the row
    # names and ids with digits: COVID-19, G20, PM-2, 3D
    if k[0].isdigit():
        if i > 0 and keys[i - 1] in (".", "।") and toks[i - 1].end == t.start and (
                i + 1 == n or (keys[i + 1] == "." and i + 2 == n)):
            return None  # "... लोकप्रिय है.6.": a list item's number glued to the sentence before it
        if i > 0 and toks[i - 1].end == t.start:
            prev = toks[i - 1]
            if _IS_WORD.match(prev.text) or (
                prev.text in "-/" and i > 1 and toks[i - 2].end == prev.start and _IS_WORD.match(toks[i - 2].text)
            ):
                return None
        if i + 1 < n and toks[i + 1].start == t.end and _IS_WORD.match(toks[i + 1].text):
            nk = keys[i + 1]
            if nk not in ord_suffixes and (nk,) not in lex.units and not any(u[0] == nk for u in lex.units):
                return None
        if len(k.replace(".", "")) >= max_phone and "," not in k and not (
                i > 2 and keys[i - 1] in S.get("count_word_dashes", frozenset()) and keys[i - 2] in S.get("count_words", frozenset())
                and keys[i - 3] in S.get("count_word_owners", frozenset())):
            return None  # (review of round 34: not "व्यक्तियों की संख्या - 1915552", a count word, a dash and a count)
        if len(k) >= 3 and k[0] == "0" and k.isdigit():
            return None  # 0120-2544700, 0522: a phone or area code
        if i > 1 and keys[i - 1] == "-" and keys[i - 2] in S.get("id_words", frozenset()) and not (
            i > 2 and keys[i - 1] in S.get("count_word_dashes", frozenset()) and keys[i - 2] in S.get("count_words", frozenset())
            and keys[i - 3] in S.get("count_word_owners", frozenset())
        ):
            return None  # "COVID -19", "नंबर- 0120": an id word and a dash (v34: not "यात्रियों की संख्या- 3,91,613")
        q = i - 1
        while q > 0 and keys[q] in S.get("id_list_separators", frozenset()) and parse_digits(keys[q - 1]) is not None:
            q -= 2
        if q < i - 1 and q >= 0 and keys[q] in S.get("id_words", frozenset()) and keys[q] not in S.get("count_words", frozenset()):
            return None  # "धारा 2, 3 और 4": the numbers listed after an id word are ids too
        if _id_range_end(toks, keys, i, lex, doc):
            return None  # (v29) "मकान नंबर 1349 से 1355 तक": the end of a range of ids
        if i > 0 and keys[i - 1] in S.get("id_words", frozenset()) and not (
            i > 1 and keys[i - 2] in S.get("count_word_owners", ("की", "के", "कुल")) and keys[i - 1] in S.get("count_words", frozenset())
        ) and not (i + 1 < n and (keys[i + 1] in lex.months or _match_seq(keys, i + 1, lex.units, lex.unit_max_len)[0])):
            return None  # मकान नंबर 1260, धारा 144 (but "मरीजों की संख्या 2 हजार", "लॉकडाउन 14 अप्रैल तक" are quantities)
        law = S.get("year_name_heads", frozenset())
        law_at = i - 1 if i > 0 and keys[i - 1] in law else i - 2 if i > 1 and keys[i - 1] == "," and keys[i - 2] in law else None
        if law_at is not None and keys[law_at] not in S.get("law_words", frozenset()) and not (
                k.isdigit() and year_min <= int(k) <= year_max and not (i + 1 < n and (
                    _match_seq(keys, i + 1, lex.units, lex.unit_max_len)[0] or lex.numbers.starts_number(keys[i + 1])
                    or keys[i + 1] in lex.numbers.scales or keys[i + 1] in S.get("counted_heads", frozenset())))):
            law_at = None  # (review) a name head's year is a year: not `ओलंपिक 1500 मीटर`, `दो कप 1000 रुपये`,
            # (review of round 31) `आईपीएल 2000 करोड़ रुपये`, `आईपीएल 2020 रन`: a number, a scale or a counted noun after it
        if len(k) == 4 and law_at is not None \
                and not (i + 1 < n and keys[i + 1] in S.get("law_year_followers", frozenset())
                         and not (keys[i + 1] == "में" and keys[law_at] in S.get("edition_year_heads", frozenset()))) \
                and not (i + 2 < n and keys[i + 1] == "के" and keys[i + 2] in S.get("law_year_time_nouns", frozenset())) \
                and not (law_at > 0 and keys[law_at - 1] in S.get("law_determiners", frozenset())):
            return None  # आपदा प्रबंधन अधिनियम, 2005: the year is part of the law's name
        if i + 2 < n and keys[i + 1] == "-" and toks[i + 1].start == t.end and toks[i + 2].start == toks[i + 1].end \
                and _IS_WORD.match(toks[i + 2].text):
            return None  # 3-डी
        if 0 < i and i + 1 < n and keys[i - 1] == "(" and keys[i + 1] == ")" and len(k) >= 4 and not _in_bracketed_list(keys, i, lex):
            return None  # (11055): a train or case number (not an item of a bracketed list: "गया (135), सीवान (3105)")
        if i + 1 < n and f"{k} {keys[i + 1]}" in S.get("numbered_names", frozenset()):
            return None  # "उत्तर 24 परगना जिले": a place named with a number
        if k == "20" and i > 0 and keys[i - 1] in _T20_HEADS and (i < 2 or keys[i - 2] != "-"):
            return None  # (review of round 30) "ट्वेंटी 20", "टी 20": the cricket format's name
        if _service_number(keys, i, lex):
            return None  # (v26) "108 एंबुलेंस", "112 पर कॉल करें": an emergency service's number
        if _dotted_name_number(toks, keys, i, lex, doc):
            return None  # (v29) "एफ.टी.एस.ई. 250 कंपनी": the number of an index or a name written in dotted initials
        if _spaced_phone(toks, keys, i):
            return None  # (v29) "0800 555 111 पर": the groups of a phone number typed with spaces

    elif i > 0 and keys[i - 1] in S.get("id_words_for_words", frozenset()) and k in lex.numbers.words and not (
            keys[i - 1] in S.get("road_id_words", frozenset()) and i + 1 < n and keys[i + 1] not in S.get("road_id_followers", frozenset())):
        return None  # (review of round 33: a road's number word only before a postposition or a boundary: not
        # "राष्ट्रीय राजमार्ग तीन दिन से बंद", "हाईवे चार घंटे तक")  # "मुक़दमा नंबर पांच": a number word after an id word names

    # ordinals
    ordinal: float | None = None
    np_: NumParse | None = None
    one_two = False
    if k in lex.ordinals:
        val, ambiguous = lex.ordinals[k]
        superlative = i + 2 < n and keys[i + 1] == "सबसे" and k not in S.get("ordinal_adverb_forms", frozenset())
        listed = i + 2 < n and (keys[i + 1] == "," or keys[i + 1] in S.get("coordinators", frozenset())) and (
            keys[i + 2] in lex.ordinals or (keys[i + 2][:1].isdigit() and i + 3 < n and keys[i + 3] in ord_suffixes
                                            and toks[i + 3].start == toks[i + 2].end))
        focus_gap = not ambiguous and _ordinal_focus_gap(toks, keys, i, lex, doc)
        if i + 1 >= n or not (_noun_like(toks[i + 1], lex, doc) or superlative or listed or focus_gap):
            return None  # (v18: "नौवीं, 10वीं और 11वीं कक्षा": an ordinal listed before another one shares its noun)
        if k in S.get("ordinal_correlative", frozenset()) and i > 1 and (keys[i - 1] in S.get("coordinators", frozenset())
                                                                        or keys[i - 1] == "से"
                                                                        or keys[i - 1] in S.get("ordinal_correlative_links", frozenset())) \
                and "एक" in keys[: i - 1]:
            return None  # "जिसमें से एक कैमरों के और दूसरा गेंद में", "एक से दूसरी जगह": the other one
        if ambiguous:
            adverbs = S.get("ordinal_adverb_forms")
            if i + 2 < n and (adverbs is None or k in adverbs) and (
                    keys[i + 2] in S.get("copulas", frozenset()) or keys[i + 2] in S.get("do_be_lights", frozenset())):
                return None  # "पहले आयी है": an adverb before a verb (but "पहली मौत हुई", "पहली महिला हैं")
            nxt = toks[i + 1].text
            if nxt.endswith(("ों", "ओं", "ें", "एं", "एँ", "यां", "याँ")):
                return None
            nk = keys[i + 1]  # (review) the folded key: `ड्रिंक्स` typed with a ZWJ or ZWNJ (U+200D, U+200C) too
            if k.endswith("े") and len(nk) > 4 and nk.endswith("्स") and nk not in S.get("english_plural_not", frozenset()) \
                    and not nk.endswith(tuple(S.get("english_singular_endings", ()))) and nk not in lex.units:
                return None  # (v24) an English plural after the oblique: "दूसरे ड्रिंक्स", "दूसरे एक्टर्स" (other drinks; not बॉक्स,
                # टैक्स, "पहले कोर्स", "दूसरी इनिंग्स")
            if adverbs is not None and i + 2 < n and toks[i + 2].text.endswith(("ों", "ओं")) \
                    and _noun_like(toks[i + 2], lex, doc) and keys[i + 1] not in lex.months \
                    and not _match_seq(keys, i + 1, lex.units, lex.unit_max_len)[0]:
                return None  # "दूसरे शेयर धारकों", "पहले किराना दुकानों": a plural compound is "other"/"earlier"
            if adverbs is not None and k in adverbs and _ordinal_adverb_mismatch(toks, keys, i, lex):
                return None  # (round 45) "पहले जितनी उम्मीद", "पहले बड़ा मकान", "शादी के पहले मरने की": earlier/before
            if i > 0 and keys[i - 1] in S.get("ordinal_not_after", frozenset()) and (adverbs is None or k in adverbs):
                return None  # "कुछ दिन पहले", "उससे पहले"
            if i > 0 and keys[i - 1] in lex.settings.get("ordinal_not_after_word", {}).get(k, ()):
                return None  # "एक दूसरे अभिनेता": another actor
            if k == "पहले" and i > 1 and keys[i - 1] == "के" and toks[i - 2].text.endswith("ने"):
                return None  # "फोन रखने के पहले": before doing
            if k == "पहले" and i > 1 and keys[i - 1] == "ठीक" and keys[i - 2] in ("से", "के"):
                return None  # (review of round 31) "इस अटैक से ठीक पहले ट्रेनिंग सेंटर में": just before
            if adverbs is not None and k in adverbs and keys[i + 1] in S.get("ordinal_adverb_nouns", frozenset()):
                return None  # (v22) "पहले बल्लेबाज़ी का फ़ैसला": batting first (the feminine activity takes पहली as an ordinal)
            if keys[i + 1] in S.get("ordinal_not_before", frozenset()):
                return None  # "दूसरी ओर/तरफ": on the other hand
            if adverbs is not None and k in adverbs and not _ordinal_context(toks, keys, i, lex, doc):
                return None  # "पहले अभिनेत्री करीना कपूर", "(पहले इन्नोर नाम था)", "पहले समझाने की": earlier/first, an adverb
        if k in S.get("ordinal_other_forms", frozenset()) and keys[i + 1] in S.get("ordinal_other_nouns", frozenset()):
            return None  # "दूसरे देश की यात्रा", "दूसरे बदलाव भी": other, not second
        if k in S.get("ordinal_other_forms", frozenset()) and i > 0 and (
            keys[i - 1] in S.get("ordinal_other_after", frozenset())
            or (i > 1 and keys[i - 1] == "भी" and keys[i - 2] in S.get("ordinal_other_after", frozenset()))
            or (keys[i - 1] in S.get("coordinators", frozenset())
                and not any(x in lex.ordinals and lex.ordinals[x][0] == 1.0 for x in keys[:i - 1])
                and not (i > 1 and keys[i - 2] in lex.ordinals)
                and keys[i + 1] not in S.get("ordinal_rank_nouns", frozenset()) and keys[i + 1] not in S.get("ordinal_time_nouns", frozenset()))
        ):
            return None  # "किसी दूसरे व्यक्ति", "भोजन, पानी और दूसरी जरूरी मदद": other (but "पहले और दूसरे चरण", "और दूसरे नंबर पर")
        ordinal = val
        end = i + 1
        if superlative:  # "दूसरा सबसे (अधिक) प्रभावित देश": a rank; its adjectives are stepped over to the noun
            q = i + 3 if _IS_WORD.match(toks[i + 2].text) else i + 2  # (v18: the word after सबसे is its adjective: "चौथा सबसे शक्तिशाली माना")
            while q < min(n, i + 5) and not _noun_like(toks[q], lex, doc) and _IS_WORD.match(toks[q].text) \
                    and keys[q] not in S.get("hard_boundaries", frozenset()) and keys[q] not in S.get("copulas", frozenset()):
                q += 1
            end = q if q < n and _noun_like(toks[q], lex, doc) else min(i + 3, q)
    else:
        np_ = parse_number(keys, i, lex.numbers)
        if np_ is None and k in lex.settings.get("fused_multipliers", {}):
            if _multiplier_metric(keys, i + 1, lex):
                return None  # (v25 review) "मामलों के दोगुने होने की दर": the doubling rate names a metric, no ratio stated
            np_ = NumParse(float(lex.settings["fused_multipliers"][k]), i + 1)  # (v25) "दोगुना", "तिगुनी": a multiplier in one word
        if k in S.get("vague_quantifiers", frozenset()) and i + 1 < n and keys[i + 1] in lex.numbers.scales:
            np_ = NumParse(lex.numbers.scales[keys[i + 1]], i + 2, vague=True, scale=keys[i + 1])  # "कई मिलियन निवेशक"
            if i + 2 < n and lex.numbers.scales.get(keys[i + 2], 0) > np_.value:  # "कई सौ करोड़": several hundred crore
                np_ = NumParse(np_.value * lex.numbers.scales[keys[i + 2]], i + 3, vague=True, scale=keys[i + 2])
        if np_ is None:
            return None
        end = np_.end
        if end - i > 1 and (x := _glued_list_number(toks, keys, i, end)) is not None:
            np_ = parse_number(keys[:x], i, lex.numbers)  # (round 32) "$78.1 मिलियन2.": the next list item's rank
            if np_ is None:
                return None
            end = np_.end
        if _spaced_thousands(toks, keys, i, end):  # "11, 487": a space typed after the grouping comma
            np_ = NumParse(float(k + keys[end + 1]), end + 2, digits=True, grouped=True)
            end = np_.end
        elif (g_end := _space_grouped_thousands(sent, toks, keys, i, end)) is not None:  # (review of round 29) "10 000 लोग"
            np_ = NumParse(float("".join(keys[i:g_end])), g_end, digits=True, grouped=True)
            end = np_.end
        if k[0].isdigit() and end < n and keys[end] in ord_suffixes and (
                toks[end].start == toks[end - 1].end or _spaced_ordinal_suffix(toks, keys, end, lex)):
            ordinal = np_.value
            end += 1
        elif np_.only_word is not None and p.skip_bare_ek and lex.numbers.words.get(np_.only_word) == 1.0 and not (
            end + 1 < n and keys[end] in ("या", "-") and lex.numbers.words.get(keys[end + 1]) == 2.0
        ) and not _list_one(keys, i, end, lex) and not _ek_month_date(keys, end, lex, year_min, year_max) \
                and not (p.ek_fractions and _fraction_denominator(toks, keys, end, lex) is not None) \
                and not (end < n and keys[end] in S.get("ek_clock_units", frozenset())):
            # (v24) but `एक जून तक`, `एक मार्च को`: a day before a month is a date, never the article; (round 38) `रात
            # एक बजे`: the hour one
            if not _one_two(keys, end, lex) and not _ek_range(keys, i, end, lex):
                return None  # एक: article/determiner (but "एक या दो बार", "एक-दो दिन": a range 1-2; "52 छात्र और एक शिक्षक": a list's count)
            one_two = True  # `एक दो`: the range 1-2 if one is built below, else still the article
        elif np_.only_word is not None and np_.only_word in S.get("aggregative_numerals", frozenset()) \
                and end < n and keys[end] in S.get("aggregative_idiom_words", frozenset()):
            return None  # (round 54) `चारों ओर`, `चारों तरफ`, `दसों दिशाओं`: "all around", no count
        elif np_.only_word is not None and lex.numbers.words.get(np_.only_word) == 2.0 and i > 0 \
                and keys[i - 1] in S.get("verb_stems", frozenset()) and not (end < n and (
                    _noun_like(toks[end], lex, doc) or _match_seq(keys, end, lex.units, lex.unit_max_len)[0])):
            return None  # "मुझे बख़्श दो", "फैलने से रोक दो ताकि": the imperative of देना (but "लिख कर दो डॉक्टरों")
        elif np_.only_word is not None and np_.only_word in lex.numbers.fraction_values and not (
            end < n and _noun_like(toks[end], lex, doc)
        ) and not (p.fraction_range_starts and _fraction_range_start(keys, end, np_.value, lex)):
            return None  # आधा/आधे alone: "half" as an adverb

    value = ordinal if ordinal is not None else np_.value  # type: ignore[union-attr]
    den = _fraction_denominator(toks, keys, end, lex) if ordinal is None and np_ is not None and not np_.vague else None
    if den is not None:  # (v29) "दो-तिहाई बहुमत", "तीन चौथाई से अधिक": a fraction, 2/3 and 3/4
        value, end = value / den[0], den[1]
    value_max: float | None = None
    modifier = "vague" if (np_ is not None and np_.vague) else "exact"
    i0 = i
    noun: str | None = None
    kind = "ordinal" if ordinal is not None else "count"
    needs_noun = False
    partitive_total = False
    state_event = None
    demonym = None
    origin = False

    # pre-modifiers (included in the span)
    pre_mod = None
    for L in range(5, 0, -1):  # "कम - से - कम": five tokens
        if i - L >= 0 and not any(consumed[i - L : i]):
            m = lex.pre_modifiers.get(tuple(keys[i - L : i]))
            if m and keys[i - L] == "कुछ" and _partitive_before(keys, i - L, lex):
                break  # (v25 review) "घायलों में से कुछ 3 दिन बाद", "उनमें से कुछ 5 साल से": some of them, no approx
            if m:
                pre_mod = m
                i0 = i - L
                break
    # currency written before the number: "₹ 500", "$24.2 मिलियन", "रु. 500", "लगभग $50 बिलियन"
    pre_money = None
    for L in (2, 1):
        if i - L >= 0 and not any(consumed[i - L : i]):
            u = lex.units.get(tuple(keys[i - L : i]))
            if u is not None and u[1] == "money" and not (L == 1 and keys[i - 1] in S.get("suffix_only_currencies", frozenset())):
                pre_money = u  # (v25 review: not सेंट, रेनमिनबी, रिव्निया...: "सेंट 2 स्टीफंस", "रेनमिनबी 2 प्रतिशत गिरा")
                if i0 == i:
                    i0 = i - L
                    for L2 in range(5, 0, -1):
                        m = lex.pre_modifiers.get(tuple(keys[i0 - L2 : i0])) if i0 - L2 >= 0 else None
                        if m and not any(consumed[i0 - L2 : i0]):
                            pre_mod, i0 = m, i0 - L2
                            break
                break
    letter_scales = lex.settings.get("money_letter_scales", {})
    if pre_money is not None and ordinal is None and end < n and toks[end].start == toks[end - 1].end \
            and keys[end] in letter_scales and not (end + 1 < n and toks[end + 1].start == toks[end].end and _IS_WORD.match(toks[end + 1].text)):
        value *= float(letter_scales[keys[end]])  # "€100m", "$1.5bn"
        end += 1
    upto_prev = any(i - len(seq) >= 0 and tuple(keys[i - len(seq) : i]) == seq for seq in lex.upto_prev)

    # range: "20 से 25", "20-25", "दो-तीन", "5000 से 50 हजार"
    j = end
    range_done = False
    table_dash = j + 1 < n and keys[j] == "-" and toks[j].start > toks[j - 1].end and toks[j + 1].start > toks[j].end \
        and i > 0 and keys[i - 1] == "-"  # "ईरान - 354 - 9,000": columns of a table, not a range
    if ordinal is None and modifier != "vague" and j + 1 < n and keys[j] in ("-", "से", "या") and not table_dash:
        if not (keys[j] == "से" and (j + 1 < n and keys[j + 1] in ("लेकर", "अधिक", "ज्यादा", "कम", "ऊपर", "भी"))):
            np2 = parse_number(keys, j + 1 + _clock_range_gap(keys, j, lex), lex.numbers)
            if np2 is not None and not np2.vague:
                v1 = value
                if np_.scale is None and np2.scale is not None and np2.multiplier is not None and (
                        v1 < np2.multiplier or (v1 == np2.multiplier and keys[j] == "-")):
                    v1 = v1 * lex.numbers.scales[np2.scale]  # "5-5 लाख रुपए": one scale for both (distributive)
                year_from = np_.digits and np_.scale is None and len(keys[i]) == 4 and year_min <= v1 <= year_max \
                    and keys[j] == "से" and not (year_min <= np2.value <= year_max and np2.scale is None and not np2.grouped) \
                    and (np2.scale is not None or np2.value >= 50 * v1
                         or (np2.end + 1 < n and keys[np2.end] == "से" and keys[np2.end + 1] in ("अधिक", "ज्यादा")))
                # (review) only a clear jump in size reads as year + count: "2000 से 5000 रुपये" stays a range
                if year_from:
                    pass  # (v21) "जहाँ 2011 से 360,000 से अधिक लोग मर चुके हैं": since a year, then a count (no range 2011-360000)
                elif np2.value > v1 and keys[j] in ("-", "से", "या"):  # "दो या तीन साल": range 2-3
                    value, value_max, modifier = v1, np2.value, "range"
                    end = np2.end
                    range_done = True
                elif np2.value == v1 and keys[j] == "-":
                    value = v1
                    end = np2.end  # "1-1", "5-5 लाख": distributive, one each
                    range_done = True
                elif keys[j] == "से" and np_.scale is None and _clock_wrap(keys, v1, np2, lex):
                    value, value_max, modifier = v1, np2.value, "range"  # (round 51) "रात 10 से 2 बजे तक": 10-2 बजे
                    end = np2.end
                    range_done = True
    if ordinal is None and modifier != "vague" and not range_done and np_.only_word is not None and j < n \
            and keys[j] in lex.numbers.words and lex.numbers.words[keys[j]] == value + 1:
        np2 = parse_number(keys, j, lex.numbers)
        if np2 is not None and np2.only_word is not None:
            value_max, modifier, end, range_done = np2.value, "range", np2.end, True  # "तीन चार दिन": 3-4 days
        elif np2 is not None and np2.scale is not None and np2.multiplier == value + 1 and not np2.vague:
            # (v22) "तीन चार करोड़ डॉलर": 3-4 crore, the scale of the second number read for both
            value, value_max = value * lex.numbers.scales[np2.scale], np2.value
            modifier, end, range_done = "range", np2.end, True

    if range_done and value_max is not None and den is None:
        den = _fraction_denominator(toks, keys, end, lex)
        if den is not None:  # (review of round 29) "दो से तीन चौथाई लोग": both ends over the denominator, 0.5-0.75
            value, value_max, end = value / den[0], value_max / den[0], den[1]

    if one_two and not range_done:
        return None  # `एक दो सौ रुपये का नोट`: no range was built, so एक is the article before the number after it

    # "34 में से 22 प्रांतों": the total of a partitive
    if end + 1 < n and keys[end] == "में" and keys[end + 1] == "से":
        partitive_total = True

    # post-modifiers right after the number: "2000 से अधिक सैनिकों"
    j = end
    post_mod = None
    if not range_done:
        L, m = _match_seq(keys, j, lex.post_modifiers, 4)
        if m and (m != "up_to" or L > 1):  # a bare तक is handled after the noun
            post_mod = m
            j += L
        elif _bare_threshold(keys, j, lex):
            post_mod = "more_than"  # (round 43) "कोरोना मरीज 20 हजार पार" = "20 हजार के पार" (was noun पार)
            j += 1
        elif ordinal is None and _above_threshold(keys, j, lex, after_noun=False):
            post_mod = "more_than"  # (round 57) "संख्या 3,000 के ऊपर हो गई", "80 के ऊपर कोरोना संक्रमित मरीज"
            j += 2

    # a focus particle between the number and its unit or noun: "20 ही लोग", "सात ही दिन", "3 ही पॉजिटिव"
    if j + 1 < n and keys[j] in S.get("count_particles", frozenset()) and not lex.numbers.starts_number(keys[j + 1]) and (
            _match_seq(keys, j + 1, lex.units, lex.unit_max_len)[0] or lex.events.get((keys[j + 1],)) == "state"
            or (_noun_like(toks[j + 1], lex, doc) and keys[j + 1] not in S.get("verb_forms", frozenset())
                and keys[j + 1] not in S.get("nominal_lights", frozenset()) and (keys[j + 1],) not in lex.events
                and not (j + 2 < n and keys[j + 2] in ("में", "पर", "तक")))):  # (not "1,476 ही अस्पतालों में": located)
        j += 1
    elif ordinal is not None and _ordinal_focus_gap(toks, keys, j - 1, lex, doc):
        j += 1  # (round 48) "तीसरे ही ओवर में": the ordinal's noun after ही, located or not

    # (v21) a quoted word group between the number and its noun: "पांच 'ड्रामेबाज़' खिलाड़ियों" -> खिलाड़ी (the noun after
    # the quotes), "19 मिलियन से अधिक "कार्रवाइयाँ" दर्ज" -> कार्रवाई (the quoted word is the noun itself)
    j_quote = j
    j = _skip_quoted_group(toks, keys, j, lex, doc)
    quoted_word = j == j_quote + 1  # the one quoted word is the noun: its closing quote ends the span

    # units (longest match), incl. "6 जनवरी", "छह बजे से आठ बजे"
    unit = None
    unit_end = -1
    L, u = _match_seq(keys, j, lex.units, lex.unit_max_len)
    if ordinal is None and np_ is not None and np_.end == i + 1 and keys[i] in lex.settings.get("fused_multipliers", {}):
        L, u = 0, ("गुना", "measure")  # (v25) "दोगुना" is "दो गुना", as "तीन गुना" is read (a measure, the unit गुना)
    if u is not None and j + L < n and keys[j + L] in lex.settings.get("unit_compound_heads", {}).get(" ".join(keys[j : j + L]), ()):
        L, u = 0, None  # "570 ग्राम पंचायत", "आठ ग्राम सभाओं": a village (ग्राम) compound, not grams
    if u is not None and u[0] == "गुना" and L > 0 and _multiplier_metric(keys, j + L, lex):
        return None  # (v25 review) "दो गुना होने का समय", "तीन गुना होने में": a metric's name, no quantity
    if u is not None and j + L < n and keys[j + L - 1] in S.get("times_words", frozenset()) and lex.numbers.starts_number(keys[j + L]):
        return None  # (v21) "चार गुणा चार सौ मीटर की रिले": a product (4 x 400 m), no "four times" (nor a count of गुणा)
    if u is not None and fold(u[0]) in S.get("clock_units", frozenset()) and not value < 60:
        L, u = 0, None  # "खाता संख्या: 2121PM20202": no clock time
    if u is not None:
        unit = u
        j += L
        unit_end = j  # (round 57) where the unit ends: no counted noun before it
    elif j < n and keys[j] in lex.months and ordinal is None and 1 <= value <= 31 and value == int(value):
        noun, kind = lex.months[keys[j]], "date"
        j += 1
        if j < n and parse_digits(keys[j]) is not None and len(keys[j]) == 4:
            j += 1
        elif j + 1 < n and keys[j] == "," and keys[j + 1].isdigit() and len(keys[j + 1]) == 4 \
                and year_min <= float(keys[j + 1]) <= year_max \
                and (j + 2 == n or keys[j + 2] in _CASE_MARKERS | {"को", ",", "।", ".", ")", "?", "!"}):
            j += 2  # (v22) "20 दिसंबर, 2023 को": the year after a comma is the same date (as "12 दिसम्बर 2023")
    elif i > 0 and keys[i - 1] in lex.months and ordinal is None and np_ is not None and np_.digits \
            and 1 <= value <= 31 and value == int(value) and not any(consumed[i - 1 : i]):
        noun, kind = lex.months[keys[i - 1]], "date"  # "मार्च 9 को": the month before the day
        i0 = i - 1
    if unit is not None:
        noun, kind = unit
        if L == 1 and noun and fold(noun) != keys[j - 1]:
            noun = _spell_like(noun, toks[j - 1].text)  # an inflected unit keeps the text's nukta: हफ़्ते -> हफ़्ता (but फ़ीट -> फीट)
        if kind == "money" and j < n and keys[j] in lex.numbers.scales and keys[j] not in lex.numbers.scales_alone:
            value *= lex.numbers.scales[keys[j]]  # "200 डॉलर बिलियन"
            j += 1
        # range written with the unit twice: "छह बजे से आठ बजे"
        if not range_done and j + 1 < n and keys[j] == "से":
            np2 = parse_number(keys, j + 1 + _clock_range_gap(keys, j, lex, noun), lex.numbers)
            if np2 is not None and (np2.value > value or _clock_wrap(keys, value, np2, lex, noun)):
                L2, u2 = _match_seq(keys, np2.end, lex.units, lex.unit_max_len)
                if u2 is not None and u2[0] == noun:
                    value_max, modifier = np2.value, "range"
                    j = np2.end + L2
                    range_done = True
        # age: "12 साल की उम्र", "12 साल का"
        if kind == "duration" and j + 1 < n and keys[j] in ("की", "का", "के") and keys[j + 1] in S.get(
            "age_nouns_after_saal", frozenset()
        ):
            kind = "age"
            noun = None
        # age as a predicate: "केवल 22 साल की हैं", "बेटा 13 साल का था" (not "24 साल का अनुभव")
        elif kind == "duration" and noun in S.get("age_year_units", frozenset()) and j + 1 < n \
                and keys[j] in ("की", "का", "के") and (keys[j + 1] in S.get("copulas", frozenset())
                                                      or keys[j + 1] in S.get("become_verbs", frozenset())):
            kind = "age"
            noun = None
    if pre_money is not None and unit is None:
        unit = pre_money
        noun, kind = pre_money
    end_span = j

    # age adjective: "85 वर्षीय डॉक्टर" (noun = the person, also when not adjacent)
    if unit is None and j < n and keys[j] in S.get("age_units", frozenset()):
        kind = "age"
        j += 1
        end_span = j
        q = j
        while q < n and (keys[q] in S.get("relative_skip", frozenset()) or keys[q] == "एक"):
            q += 1  # "85 वर्षीय जिस डॉक्टर", "48 वर्षीय एक महिला"
        if q < n and _noun_like(toks[q], lex, doc):
            noun = _lemma(keys[q], toks[q].text, lex)
            if q == j:
                end_span = q + 1
        unit = ("", "age")

    # duration adjective: "21 दिवसीय लॉकडाउन", "तीन दिवसीय देशव्यापी हड़ताल" (v19: noun = what lasts, kind duration)
    if unit is None and ordinal is None and j < n and keys[j] in S.get("duration_adjectives", frozenset()):
        kind = "duration"
        j += 1
        end_span = j
        q = j
        while q < n and (keys[q] in lex.adjectives or keys[q] in S.get("ud_adjectives", frozenset())
                         or (toks[q].text.endswith("ीय") and len(toks[q].text) > 4)):
            q += 1  # "तीन दिवसीय देशव्यापी हड़ताल", "एक दिवसीय राष्ट्रीय-स्तरीय प्रशिक्षण"
        if q < n and _noun_like(toks[q], lex, doc) and keys[q] not in S.get("verb_forms", frozenset()) \
                and keys[q] not in S.get("nominal_lights", frozenset()):
            time_words = S.get("day_parts", frozenset()) | S.get("not_counted_nouns", frozenset()) | {"कल", "आज", "परसों"}
            if q + 2 < n and _noun_like(toks[q + 1], lex, doc) and keys[q + 1] not in S.get("verb_forms", frozenset()) \
                    and keys[q + 2] in _CASE_MARKERS | {"को"} and (keys[q],) not in lex.events \
                    and keys[q + 1] not in time_words and keys[q + 1] not in lex.months:
                q += 1  # "तीन दिवसीय देशव्यापी हड़ताल को": the last noun before the postposition heads the phrase
                # (not past a listed event noun or onto a time word: "दो दिवसीय यात्रा कल से" -> यात्रा)
            noun = _lemma(keys[q], toks[q].text, lex)
            if q + 1 < n and _is_content(toks[q + 1], lex, doc) \
                    and fold(noun + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)) in lex.multiword_nouns:
                noun = noun + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)  # "चार दिवसीय कार्य सप्ताह"
                q += 1
            end_span = q + 1
            if lex.events.get((keys[q],)) in ("noun", "eventnoun") and q + 1 < n and keys[q + 1] in S.get("noun_lights", frozenset()):
                state_event = toks[q].text  # "दो दिवसीय हड़ताल कर चुके": what lasts is the event (हड़ताल), not its light verb
        unit = ("", "duration")

    # counted noun
    if unit is None and kind not in ("date",):
        q = j
        ud_adj = S.get("ud_adjectives", frozenset())

        def noun_after(x: int) -> bool:  # an adjective's noun right after it: "दस मृत भ्रूणों को" (not "5 घायल अस्पताल में")
            y = x + 1
            return y < n and _noun_like(toks[y], lex, doc) and keys[y] not in S.get("verb_forms", frozenset()) \
                and keys[y] not in S.get("nominal_lights", frozenset()) and keys[y] not in S.get("verb_chain", frozenset()) \
                and keys[y] not in S.get("state_copulas", frozenset()) and lex.events.get((keys[y],)) not in ("strong", "state") \
                and not (y + 1 < n and keys[y + 1] in ("में", "पर", "तक") and not (
                    toks[y].text.endswith("ों") and (keys[y] in S.get("age_person_nouns", frozenset())
                                                     or keys[y] in S.get("case_plural_nouns", frozenset())))) \
                and not _final_participle(keys, y, lex)  # (v24: but "83 संक्रमित मरीजों में से 26", "550 पॉजिटिव मामलों में से")

        # "52 घायल": a state participle standing for people
        if q < n and (keys[q],) in lex.events and lex.events[(keys[q],)] == "state" and ordinal is None and not noun_after(q):
            state_event = toks[q].text
            end_span = q + 1
            needs_noun = True
        else:
            ud_skipped = False
            while q < n and (
                keys[q] in lex.adjectives or (keys[q] in lex.demonyms and noun_after(q))
                or (keys[q] in S.get("demonym_prefixes", frozenset()) and q + 1 < n and keys[q + 1] in lex.demonyms and noun_after(q + 1))  # "उत्तर कोरियाई"
                or (toks[q].text.endswith("ीय") and len(toks[q].text) > 4 and q + 1 < n and _noun_like(toks[q + 1], lex, doc))
                or ((keys[q] in ud_adj or lex.events.get((keys[q],)) == "state") and noun_after(q))  # "पांच आसान व्यायाम"
                or (keys[q] in ud_adj and q + 3 < n and keys[q + 1] == "-" and keys[q + 2] == keys[q] and noun_after(q + 2))
                or (keys[q] in S.get("loan_adjectives", frozenset()) and q + 1 < n and _noun_like(toks[q + 1], lex, doc)
                    and keys[q + 1] not in S.get("verb_forms", frozenset()) and (keys[q + 1],) not in lex.events
                    and fold(toks[q].text + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)) not in lex.multiword_nouns)
                # (v22) "78 प्राइवेट लैब", "40 मेडिकल स्टाफ" (an English adjective; not in "24 मेडिकल कॉलेजों")
                or _hashtag_steps(toks, keys, q, lex, doc)
                # (v34) "356 नए #कोरोनावायरस पॉजिटिव केस", "6 और #COVID19 मामले": a hashtag is stepped over
            ) and not (
                q + 1 < n and lex.numbers.starts_number(keys[q + 1])
            ) and not (
                q + 1 < n and _is_content(toks[q + 1], lex, doc)
                and fold(toks[q].text + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)) in lex.multiword_nouns
            ):  # (v23) a listed compound that opens with an adjective is counted whole: "25 विदेशी नागरिक"
                if keys[q] in lex.demonyms:
                    demonym = keys[q]
                if keys[q] in ud_adj and keys[q] not in lex.adjectives:
                    ud_skipped = True  # "दो ट्रेनी अफसर घायल": the noun after it is counted (not "दो कोरोना पॉजिटिव")
                if lex.events.get((keys[q],)) == "state" and q + 2 < n and keys[q + 2] in ("में", "पर", "तक"):
                    state_event = toks[q].text  # (v24) "83 संक्रमित मरीजों में से 26": the state word stays the event
                if q + 2 < n and keys[q + 1] == "-" and keys[q + 2] == keys[q]:
                    q += 2  # "चार अलग-अलग लोगों": a doubled adjective
                if keys[q] in S.get("hashtag_marks", frozenset()):
                    q = _hashtag_end(toks, q)
                q += 1
            loc = doc.entity_at(toks[q].start, toks[q].end) if q < n and ordinal is None else None
            if loc is not None and loc.label == "LOC" and loc.start == toks[q].start:
                x = q
                while x + 1 < n and toks[x + 1].end <= loc.end:
                    x += 1
                if noun_after(x) and not toks[x + 1].text.endswith("ने") and (
                        toks[x + 1].text.endswith("ों") or keys[x + 1] in S.get("age_person_nouns", frozenset())):
                    q = x + 1  # (v18) "213 ग़ज़ा निवासियों", "चार फ़लस्तीनी बच्चों", "छह दिल्ली निवासी": a tagged place in a compound
                    # before a plural or a person noun (not "52 गंजम जिले से": a count of people by place)
            adverb = j < q < n - 1 and keys[q] in S.get("adverbial_se_nouns", frozenset()) and keys[q + 1] == "से" \
                and (keys[q - 1] in lex.adjectives or keys[q - 1] in ud_adj)
            if adverb:
                q -= 1  # "जबकि 6 गंभीर रूप से घायल हैं", "दो अन्य गंभीर रूप से": an adverb (seriously), no counted noun
            if demonym is None and q < n and keys[q] in lex.demonyms:
                demonym = keys[q]  # "चार कनाडाई, तीन नेपाली": the demonym is the counted noun and still names the place
            if q + 3 < n and _noun_like(toks[q], lex, doc) and keys[q + 1] == "-" and toks[q + 1].start == toks[q].end \
                    and keys[q + 2][:1].isdigit() and toks[q + 2].start == toks[q + 1].end:
                q += 3  # a name with digits before the noun: "3 नए कोविड-19 मामलों"
            pred_follow = S.get("predicate_followers", frozenset())
            if q + 1 < n and keys[q] == "और" and _noun_like(toks[q + 1], lex, doc) and not _next_list_item(keys, q + 2, lex):
                q += 1  # "84 और ट्रेनों": N more trains (not "6652 और दिल्ली में 5532": the next item of a list)
                while q + 1 < n and keys[q] in lex.adjectives and _noun_like(toks[q + 1], lex, doc):
                    q += 1  # (v24) "23 और नये मामलों", "चार और नये लोगों": the adjective after और, then the noun
            heads = S.get("compound_heads", frozenset())
            disease_only, disease_person = False, None
            persons = S.get("age_person_nouns", frozenset())
            closed = q < n and ((ordinal is not None and keys[q] in S.get("ordinal_closed_nouns", frozenset()))
                                or (q == j and keys[q] in S.get("count_closed_nouns", frozenset())))
            # "पहली बार", "नौ बार फ्रेंच ओपन": times, never a modifier of what follows (v19: also after a count)
            case = None if closed or ordinal is not None else _case_head(keys, q, lex)
            if case is not None:
                q = case  # (round 30) "126 मौत के मामलों": the cases are counted
            elif not closed and q + 2 < n and keys[q] in S.get("modifier_nouns", frozenset()):
                links = S.get("modifier_noun_links", frozenset())
                y, crossed, state_seen = q + 1, False, False
                while y < min(n, q + 8) and (keys[y] in links or keys[y] in lex.adjectives or keys[y] in ud_adj
                                             or lex.events.get((keys[y],)) == "state"
                                             or keys[y] in S.get("modifier_noun_fillers", frozenset())
                                             or (keys[y].isascii() and keys[y].isalpha())):
                    crossed = crossed or keys[y] == "से"
                    state_seen = state_seen or lex.events.get((keys[y],)) == "state"
                    y += 1
                if y < n and keys[y] in heads and not (y + 1 < n and keys[y + 1] == "से"):
                    q = y  # "13 कोरोना वायरस पॉजिटिव केस", "1975 कोरोना के नये मामले": the disease only qualifies the head
                elif y < n and not crossed and _noun_like(toks[y], lex, doc) and keys[y] not in S.get("verb_forms", frozenset()) \
                        and not (keys[y - 1] in persons and lex.events.get((keys[y - 1],)) != "state" and keys[y] not in persons
                                 and not toks[y].text.endswith("ों")) \
                        and keys[y] not in S.get("nominal_lights", frozenset()) and (keys[y],) not in lex.events \
                        and not (y + 1 < n and keys[y + 1] in ("से", "-")) and not _final_participle(keys, y, lex):
                    q = y  # (v18) "650,000 कोरोना वायरस चिकित्सा किट्स", "38,442 कोरोना वायरस परीक्षण", "1.24 करोड़ कोरोना योद्धाओं"
                elif (crossed or state_seen) and ordinal is None:
                    disease_only = True  # (v18) "17 भारतीय कोरोना वायरस से संक्रमित", "15 कोरोना वायरस पॉजिटिव": no noun कोरोना
                    x = next((x for x in range(q + 1, y) if keys[x] == "से"), y) - 1
                    disease_person = x if q < x and keys[x] in persons else (q - 1 if q - 1 >= j and keys[q - 1] in persons else None)
                    # "107 कोरोना संक्रमित इलाज के बाद", "15 संक्रमित कोरोना से जंग जीतकर": the infected are counted
            if closed:
                pass  # "पहली बार वैश्विक हवाई यात्रियों": the first time; what follows is the clause's
            elif q + 2 < n and _noun_like(toks[q], lex, doc) and keys[q] not in lex.adjectives and keys[q] not in heads \
                    and (lex.events.get((keys[q + 1],)) == "state" or keys[q + 1] in ud_adj) and noun_after(q + 1) \
                    and keys[q + 1] not in S.get("degree_adverbs", frozenset()) \
                    and not (lex.events.get((keys[q + 1],)) != "state" and q + 3 < n and keys[q + 3] in ("का", "के", "की")):
                q += 2  # "दो कोरोना संक्रमित रोगी": modifier noun + adjective + the counted noun
            elif q + 1 < n and (keys[q] not in heads or (keys[q + 1] in S.get("compound_heads_over_heads", frozenset())
                                                         and keys[q] != keys[q + 1])) \
                    and keys[q + 1] in heads and _noun_like(toks[q], lex, doc) \
                    and _noun_like(toks[q + 1], lex, doc) and keys[q] not in lex.adjectives \
                    and not (keys[q + 1] in S.get("locative_heads", frozenset()) and q + 2 < n and keys[q + 2] in ("में", "पर")) \
                    and fold(_lemma(keys[q], toks[q].text, lex) + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)) not in lex.multiword_nouns:
                q += 1  # "3,390 नए कोरोना केस", "1 कोरोना मरीज": the head of the compound is counted (not "सैंपल लैब में")
            if not closed and q + 2 < n and keys[q + 1] in S.get("loan_compound_links", frozenset()) \
                    and _noun_like(toks[q], lex, doc) and _noun_like(toks[q + 2], lex, doc) \
                    and keys[q + 2] not in S.get("verb_forms", frozenset()) and (keys[q + 2],) not in lex.events \
                    and keys[q + 2] not in lex.adjectives and not (q + 3 < n and keys[q + 3] in ("में", "पर")):
                q += 2  # (round 43, settings loan_compound_links, switch loan_compound_heads) an English-order compound
                # "X स्पेशल Y" names a kind of Y: "163 श्रमिक स्पेशल ट्रेनें" -> ट्रेन (was श्रमिक, a counted head itself);
                # not a place the counted are in: "12 मरीज स्पेशल वार्ड में भर्ती" -> मरीज
            if not closed and q < n and (y := _head_after_name(toks, keys, q, lex, doc)) is not None:
                q = y  # (round 30) "4 हजार तबलीगी जमात सदस्यों": a name of several words qualifies the plural after it
            chain = S.get("verb_chain", frozenset())
            if q + 1 < n and _noun_like(toks[q], lex, doc) and lex.events.get((keys[q + 1],)) == "state" \
                    and ordinal is None and keys[q] not in heads and not ud_skipped and not toks[q].text.endswith(("ों", "ें")) \
                    and not noun_after(q + 1) \
                    and (keys[q] in S.get("modifier_nouns", frozenset()) or keys[q] in S.get("disease_nouns", frozenset())):
                # (but "दो कोरोना संक्रमित रोगी": रोगी is counted; v21: only a disease qualifies the state word, a noun
                # before it is counted itself: "173 सैंपल पॉजिटिव", "दो युवक घायल", "दो रिपोर्ट निगेटिव")
                state_event = toks[q + 1].text  # "दो कोरोना पॉजिटिव": two corona-positive people
                end_span = q + 2
                needs_noun = True
            elif not adverb and not disease_only and q < n and _noun_like(toks[q], lex, doc) \
                    and not (q + 1 < n and keys[q + 1] in pred_follow and not _person_do_light(keys, q, lex)) \
                    and not (q + 1 < n and keys[q + 1] in ("वाले", "वालों", "वाली", "वाला") and toks[q].text.endswith("ने")) \
                    and not (keys[q] in S.get("verb_stems", frozenset()) and q + 1 < n and keys[q + 1] in chain) \
                    and not _final_participle(keys, q, lex) \
                    and not (q > j and _origin_noun(keys, q, lex) and _origin_predicate(toks, keys, q, lex, doc)):
                # "200 के करीब पहुंच रहा", "मरीजों की संख्या 724 पहुंची"; (round 28) "2000 भारतीय फंसे हैं", "2100 विदेशी भारत आए"
                # "92 कोरोना संक्रमितों", "30,000 पंचायत सदस्यों": a bare modifier noun before a plural head
                if (
                    not closed
                    and q + 1 < n
                    and not toks[q].text.endswith(("ों", "ें", "एं", "े"))
                    and toks[q + 1].text.endswith("ों")
                    and _noun_like(toks[q + 1], lex, doc)
                    and fold(toks[q].text + " " + _lemma(keys[q + 1], toks[q + 1].text, lex)) not in lex.multiword_nouns
                    and not (keys[q] in S.get("age_person_nouns", frozenset()) and keys[q] not in S.get("person_modifier_nouns", frozenset())
                             and keys[q + 1] not in S.get("age_person_nouns", frozenset())
                             and q + 2 < n and keys[q + 2] in ("पर", "में", "से", "तक"))  # (v18) "हजारों सैलानी तटों पर/से दूर": people, then a place
                ):
                    q += 1
                h = None if closed else _hyphen_head(toks, keys, q, lex, doc)
                if h is not None:
                    q = h  # "2.4 मिलियन प्राइम-टाइम दर्शक", "70 अलग-अलग जगहों": the compound's head is counted
                elif not closed and _counted_head_after(toks, keys, q, lex, doc):
                    q += 1  # (round 30) "12 गगनचुंबी छक्के", "9 करोड़ फेस मास्क": a word never counted, then a counted head
                lem = _lemma(keys[q], toks[q].text, lex)
                end_span = q + 1
                if lex.events.get((keys[q],)) == "eventnoun":
                    state_event = toks[q].text  # "14 मौतें": the counted noun is the event itself
                if not closed and q + 1 < n and _is_content(toks[q + 1], lex, doc):
                    lem2 = _lemma(keys[q + 1], toks[q + 1].text, lex)
                    if fold(lem + " " + lem2) in lex.multiword_nouns:
                        lem = lem + " " + lem2
                        end_span = q + 2
                    elif q + 2 < n and _is_content(toks[q + 2], lex, doc) \
                            and fold(toks[q].text + " " + toks[q + 1].text + " " + _lemma(keys[q + 2], toks[q + 2].text, lex)) in lex.multiword_nouns:
                        lem = toks[q].text + " " + toks[q + 1].text + " " + _lemma(keys[q + 2], toks[q + 2].text, lex)
                        end_span = q + 3  # a listed three-word noun: "10 एक्सचेंज ट्रेडेड फंड्स"
                noun = lem
                if fold(lem) in S.get("id_nouns", frozenset()) and end_span + 1 < n and _noun_like(toks[end_span], lex, doc) \
                        and keys[end_span + 1] in _CASE_MARKERS and keys[end_span] not in S.get("verb_forms", frozenset()) \
                        and (keys[end_span],) not in lex.events and keys[end_span] not in S.get("conjunct_keep", frozenset()):
                    return None  # "11 नंबर बर्थ", "चार नंबर गली", "109 नंबर वार्ड": a number naming the noun after it
            else:
                if q > j:
                    end_span = q  # "आठ अन्य": adjective kept, noun elided
                    while end_span > j and keys[end_span - 1] in S.get("coordinators", frozenset()):
                        end_span -= 1  # "12759 और मरने वालों": the conjunction is no adjective here
                needs_noun = ordinal is None
                if demonym is not None and q > j:
                    needs_noun = True
                if q > j and q < n and _origin_noun(keys, q, lex) and (_final_participle(keys, q, lex) or disease_only
                                                                       or _origin_predicate(toks, keys, q, lex, doc)) \
                        or (q > j and q == n and _origin_noun(keys, q, lex) and S.get("origin_clause_marks")):
                    origin = q == n or not (_final_participle(keys, q, lex) or disease_only)  # (round 28) a part named by origin
                    noun, needs_noun = _lemma(keys[q - 1], toks[q - 1].text, lex), False  # "34 भारतीय फंसे": the demonym is counted
                elif q > j and keys[q - 1] in S.get("person_adjectives", frozenset()) and not (q < n and (
                        (_noun_like(toks[q], lex, doc) and keys[q] not in S.get("verb_forms", frozenset())
                         and not (keys[q] in S.get("verb_stems", frozenset()) and q + 1 < n and keys[q + 1] in S.get("verb_chain", frozenset())))
                        or keys[q].startswith("हो") or keys[q] in ("हुआ", "हुए", "हुई", "हुईं", "हुये", "हुयी")
                        or keys[q] in S.get("copulas", frozenset()))):
                    # (not a predicate: "हज़ारों अन्य संक्रमित हो गए", "पांच अन्य संक्रमित हैं")
                    noun, needs_noun = _lemma(keys[q - 1], toks[q - 1].text, lex), False  # (v19) "पांच संदिग्ध भाग गए",
                    # "13 नए संक्रमित मिले": an adjective of persons with no noun after it is the one counted
                elif disease_person is not None:
                    noun, needs_noun = _lemma(keys[disease_person], toks[disease_person].text, lex), False

    if quoted_word and end_span == j_quote + 2 and end_span < n and keys[end_span] in S.get("quote_marks", frozenset()):
        end_span += 1  # (review) `20 "हां"`, `19 मिलियन से अधिक "कार्रवाइयाँ"`: the span ends after the closing quote
    # "10,600 से अधिक संख्या में वेंटिलेटर", "हजारों की संख्या में प्रवासी मजदूरों": counted in a number of X
    if kind == "count" and (noun is None or fold(noun) in S.get("count_words", frozenset())):
        q = end_span - 1 if noun is not None else end_span
        if q < n and keys[q] in ("की", "के"):
            q += 1
        if q + 2 < n and keys[q] in S.get("count_words", frozenset()) and keys[q + 1] == "में":
            r = q + 2
            while r < n and keys[r] in lex.adjectives:
                r += 1
            if r + 1 < n and _noun_like(toks[r], lex, doc) and _noun_like(toks[r + 1], lex, doc) and toks[r + 1].text.endswith("ों"):
                r += 1  # "प्रवासी मजदूरों": the plural head
            if r < n and _noun_like(toks[r], lex, doc):
                noun = _lemma(keys[r], toks[r].text, lex)
                needs_noun = False

    # (review of round 30) "30,043 (... 3,712 टेस्ट किए गए) टेस्ट कल किए गए": a bare count's noun right after the aside in
    # brackets is its own (it wins over an antecedent)
    if kind == "count" and noun is None and (close := _bracket_end(keys, end_span, n)) is not None and close + 1 < n:
        r = close + 1
        lem = _lemma(keys[r], toks[r].text, lex)
        if _noun_like(toks[r], lex, doc) and keys[r] not in S.get("verb_forms", frozenset()) and keys[r] not in lex.function_words \
                and not lex.numbers.starts_number(keys[r]) and doc.entity_at(toks[r].start, toks[r].end) is None \
                and (keys[r] in S.get("counted_nouns_seen", frozenset()) or fold(lem) in S.get("counted_nouns_seen", frozenset())
                     or lex.events.get((keys[r],)) == "noun"):
            noun, needs_noun = lem, False

    # post-modifiers after the unit or noun: "चार घंटे से अधिक", "50 साल से कम उम्र", "2 हजार के पार"
    if post_mod is None and not range_done and modifier == "exact" and ordinal is None:
        L, m = _match_seq(keys, end_span, lex.post_modifiers, 4)
        if m and (m != "up_to" or L > 1):
            post_mod = m
            end_span += L
    if post_mod is None and not range_done and modifier == "exact" and ordinal is None \
            and _above_threshold(keys, end_span, lex, after_noun=not (unit is not None and end_span == unit_end)):
        post_mod = "more_than"  # (round 57) "60 साल के ऊपर", "दो सौ डिग्री सेल्सियस से उपर" (not "100 मजदूरों के ऊपर")
        end_span += 2
    if post_mod is None and not range_done and modifier == "exact" and ordinal is None \
            and _threshold_object(keys, end, end_span, kind, unit, lex):
        post_mod = "more_than"  # (round 49) "तापमान 47 डिग्री पार कर गया": a threshold crossed, as "47 डिग्री के पार"
    # ages: "50 साल से कम उम्र", "23 साल की महिला", "50 से 59 साल के 976 मरीज" (the noun is the person)
    if (kind == "duration" and noun in S.get("age_year_units", frozenset())) or (kind == "age" and noun is None and unit is not None):
        q = end_span
        if q < n and keys[q] in S.get("age_nouns_after_saal", frozenset()):
            kind, noun = "age", None
            end_span = q = q + 1
        elif q + 2 < n and keys[q] in ("की", "का", "के") and keys[q + 1] in S.get("age_nouns_after_saal", frozenset()):
            q += 2  # "50 से 59 साल की उम्र के 551 मरीज"
        if q + 1 < n and keys[q] in ("की", "का", "के"):
            r = q + 1
            while r < n and r <= q + 4 and (parse_digits(keys[r]) is not None or keys[r] in lex.adjectives
                                             or keys[r] in S.get("age_skip", frozenset()) or keys[r] in lex.demonyms
                                             or keys[r] in S.get("relative_skip", frozenset())  # (v23) "65 साल की जो महिला"
                                             or (keys[r] in lex.numbers.words and r + 1 < n and keys[r + 1] not in lex.numbers.scales)
                                             or lex.events.get((keys[r],)) == "state"):
                r += 1  # (also a demonym, a number word, a state: "54 साल का जापानी नागरिक", "60 साल के दो संक्रमित व्यक्ति")
            if r < n and keys[r] in S.get("age_person_nouns", frozenset()):
                kind, noun = "age", _lemma(keys[r], toks[r].text, lex)
                if r == q + 1:
                    end_span = r + 1
            elif r < n and kind == "duration" and _person_at(toks[r], doc):
                kind, noun = "age", None  # "18 साल के ड्रुमांड ने कहा": the age of a named person
            elif r == q + 1 and r < n and kind == "duration" and keys[r] in S.get("given_names", frozenset()) \
                    and keys[r] not in S.get("age_name_not", frozenset()) and keys[r] not in lex.function_words \
                    and keys[r] not in lex.adjectives and (keys[r],) not in lex.events:
                kind, noun = "age", None  # "31 साल की रुचि ने": a given name the tagger missed
        if kind == "duration" and i0 > 1 and keys[i0 - 1] == "(" and end_span < n and keys[end_span] == ")" \
                and _person_at(toks[i0 - 2], doc):
            kind, noun = "age", None  # "अनिता विनोद (45 वर्ष)"

    # a bare age in brackets after a person's name: "ओमप्रकाश शुक्ला (58) पुत्र ...", "कृष्णपाल (35)"
    if kind == "count" and noun is None and unit is None and ordinal is None and np_ is not None and np_.digits \
            and i0 == i and i0 > 1 and keys[i0 - 1] == "(" and end_span == i + 1 and end_span < n and keys[end_span] == ")" \
            and 1 <= value <= 110 and value == int(value) and _IS_WORD.match(toks[i0 - 2].text) \
            and (_person_at(toks[i0 - 2], doc) or (end_span + 1 < n and keys[end_span + 1] in S.get("age_bracket_followers", frozenset()))
                 or _bracket_person(toks, keys, i0 - 2, lex, doc)
                 or (end_span + 1 < n and keys[end_span + 1] == "ने")
                 or (end_span + 2 < n and keys[end_span + 1] in ("की", "का", "के") and keys[end_span + 2] in S.get("age_bracket_heads", frozenset()))):
        kind = "age"  # (a kinship word after it tells a person even when the tagger missed the name)

    # an age after उम्र/आयु: "मृतक की उम्र 76 साल बताई गई", "मरीजों की उम्र 60 वर्ष से अधिक", "जिनकी उम्र 58 से ज़्यादा है"
    # (the person is the owner of उम्र when a person noun; a bare number of 1-120 too, never a count of anything)
    g = i0 - 1  # (round 38, settings age_gap_words) over one or two adverbs: "उनकी उम्र अब करीब 80 साल है", "उम्र महज तीन से आठ साल"
    while g > 0 and i0 - 1 - g < 2 and keys[g] in S.get("age_gap_words", frozenset()):
        g -= 1
    if g >= 0 and keys[g] in S.get("age_nouns_after_saal", frozenset()) and ordinal is None and (
            (kind == "duration" and noun in S.get("age_year_units", frozenset()))
            or (kind == "count" and noun is None and unit is None and np_ is not None and np_.digits and np_.scale is None
                and value == int(value) and 1 <= value <= 120)):
        kind, noun, needs_noun = "age", None, False
        if g > 1 and keys[g - 1] in ("की", "का", "के") and keys[g - 2] in S.get("age_person_nouns", frozenset()):
            noun = _lemma(keys[g - 2], toks[g - 2].text, lex)

    # (round 38, settings age_infant_units) a child's age in days, weeks or months: "सात महीने के बच्चे", "45 दिन के शिशु"
    # (singular units only, not after पिछले/अगले: "पिछले 10 दिन के मरीज" is a span of time)
    if kind == "duration" and ordinal is None and modifier != "vague" and end_span + 1 < n and end_span > i \
            and keys[end_span - 1] in S.get("age_infant_units", frozenset()) and keys[end_span] in ("के", "की", "का") \
            and _infant_child(keys, end_span + 1, S) is not None \
            and not (i0 > 0 and keys[i0 - 1] in S.get("age_infant_span_before", frozenset())):
        c = _infant_child(keys, end_span + 1, S)  # (review of round 38) over the article एक: "दो माह के एक बच्चे की मौत" (an
        # indefinite article stands between a genitive and its noun); (round 40) and over one adjective of a small child
        # (settings age_infant_adjectives): "तीन माह का दुधमुंहा बेटा"
        kind, noun, needs_noun = "age", _lemma(keys[c], toks[c].text, lex), False
        end_span = c + 1  # the child in the span, as "11 साल के बच्चा"

    # an age band without a unit: "60 या इससे ऊपर के 937 मरीज" (the persons' count follows in the genitive)
    if kind == "count" and noun is None and unit is None and ordinal is None and end_span + 2 < n \
            and keys[end_span] in ("के", "की") and parse_digits(keys[end_span + 1]) is not None \
            and keys[end_span + 2] in S.get("age_person_nouns", frozenset()):
        kind, noun, needs_noun = "age", _lemma(keys[end_span + 2], toks[end_span + 2].text, lex), False

    # a range of years: "2002-2003 में", "1989 -1990 में" (a date, not a count)
    if kind == "count" and noun is None and modifier == "range" and np_ is not None and np_.digits and len(keys[i]) == 4 \
            and value_max is not None and year_min <= value < value_max <= year_max and value_max - value <= 30:
        kind = "date"
        needs_noun = False

    # a year naming an event: "2012 ओलंपिक में भाग लिया", "2008 चुनाव का बहिष्कार", "2016 रिफ़रेंडम में" (a date, no count of them)
    if kind == "count" and noun is not None and ordinal is None and np_ is not None and np_.digits and not np_.grouped \
            and np_.scale is None and len(keys[i]) == 4 and year_min <= value <= year_max and value == int(value) \
            and pre_mod is None and post_mod is None and i0 == i and end_span == i + 2 \
            and fold(noun) in S.get("year_event_nouns", frozenset()):
        kind, noun, needs_noun, state_event = "date", None, False, None  # (the span keeps the name; the event follows it)

    # year: 4 digits, no noun
    if (
        kind == "count"
        and noun is None
        and not _count_not_year(keys, end_span, n, i, S.get("count_words", frozenset()))
        and not _total_not_year(keys, end_span, i, lex)
        and not _figure_not_year(keys, i, end_span, lex)
        and np_ is not None
        and np_.digits
        and not np_.grouped
        and np_.scale is None
        and value == int(value)
        and year_min <= value <= year_max
        and len(keys[i]) == 4
        and post_mod is None
        and modifier == "exact"
        and state_event is None
    ):
        kind = "date"
        needs_noun = False
    elif kind == "count" and noun is None and np_ is not None and not any(
        keys[x] in S.get("count_words", frozenset()) for x in range(max(0, i0 - 3), i0)  # "तादाद 50 करोड़ तक": a count
    ) and _census_noun(keys, i0, end_span, lex) is None and (
        np_.scale in S.get("money_scales", frozenset())
        or (
            np_.scale in S.get("money_scales_with_noun", frozenset())
            and end_span + 1 < n
            and keys[end_span] in ("की", "का", "के")
            and any(keys[x] in S.get("money_nouns", frozenset()) for x in range(end_span + 1, min(n, end_span + 3)))
        )  # "50 लाख की मदद", "50 लाख के जीवन बीमा"
        or (
            np_.scale is None and value >= 100 and end_span == i + 1 and keys[i][:1].isdigit()
            and end_span + 1 < n and keys[end_span] in ("की", "का", "के")
            and keys[end_span + 1] in S.get("money_nouns", frozenset())
        )  # "अपराधी पर 25000 का इनाम", "1000 का जुर्माना": bare digits before a money noun
    ):
        kind, noun = "money", str(lex.settings.get("default_money_noun", "रुपये"))
        needs_noun = False
    elif kind == "count" and noun is not None and np_ is not None and np_.scale in S.get("money_scales", frozenset()) \
            and end_span == np_.end + 1 and keys[np_.end] in S.get("money_nouns", frozenset()):
        # (v22) "700 करोड़ मदद", "2 हजार करोड़ निवेश": crores of a money noun are rupees; the noun is left to the event
        kind, noun = "money", str(lex.settings.get("default_money_noun", "रुपये"))
        end_span, needs_noun = np_.end, False

    if kind == "count" and noun is None and ordinal is None and np_ is not None:
        c = _census_noun(keys, i0, end_span, lex)
        if c is not None:  # (v34) "छह करोड़ की आबादी वाले इस देश में": a population, no rupees; its noun when it follows
            noun, needs_noun = (_lemma(keys[c], toks[c].text, lex) if c >= end_span
                                or keys[c] in S.get("census_subject_nouns", frozenset()) else None), False
            # (v37) the subject before it too: `भारत की आबादी एक अरब 30 करोड़ हैं` -> आबादी (v36: none)

    # a decade: "80 के दशक में", "50, 60 या फिर 70 के दशक", "साठ और सत्तर के दशक" (a date, like a year)
    if kind == "count" and noun is None and ordinal is None and value == int(value) and value % 10 == 0 \
            and (10 <= value <= 90 or year_min <= value <= year_max):
        r = end_span
        while r < min(n, end_span + 6) and (keys[r] in S.get("coordinators", frozenset()) or keys[r] in (",", "फिर")
                                            or lex.numbers.starts_number(keys[r]) or parse_digits(keys[r]) is not None):
            r += 1
        if r + 1 < n and keys[r] in ("के", "का") and keys[r + 1] in S.get("decade_nouns", frozenset()):
            kind, needs_noun = "date", False

    if ordinal is not None:
        kind = "ordinal"
        modifier = "exact"
    elif modifier not in ("vague", "range"):
        if post_mod:
            modifier = post_mod
        elif pre_mod:
            modifier = pre_mod
        elif upto_prev:
            modifier = "up_to"
        elif end_span < n and keys[end_span] == "तक" and kind in ("count", "measure", "money", "percent") \
                and not (end_span + 1 < n and keys[end_span + 1].startswith("पहुं")):  # "107 तक पहुंचने": reached 107
            modifier = "up_to"
    elif modifier == "vague" and kind == "count" and noun is None:
        needs_noun = True

    if kind in ("date", "duration", "measure", "money", "percent", "age"):
        needs_noun = False if noun is not None or kind != "count" else needs_noun
    part = end_span + 2
    while part < min(n, end_span + 5) and keys[part] in S.get("partitive_fillers", frozenset()):
        part += 1  # "80 मरीजों में से अब तक 24 मरीज", "61 मौतों में से सबसे ज्यादा 45"
    if kind == "count" and noun is not None and part < n and keys[end_span] == "में" and keys[end_span + 1] == "से" \
            and lex.numbers.starts_number(keys[part]):
        partitive_total = True  # "152 मरीजों में से 135 मरीजों का इलाज जारी": the total takes no event
    if kind == "count" and ordinal is None and modifier == "exact" and np_ is not None and np_.digits and np_.scale is None \
            and _DOT_THOUSANDS.match(keys[i]):
        value = float(keys[i].replace(".", ""))  # (v22) "1.485 मामले": no count of cases has three decimals; a dot typed for the comma
    if kind == "money" and noun is not None and fold(noun) in S.get("weight_currencies", frozenset()) \
            and end_span < n and keys[end_span] in S.get("weight_words", frozenset()):
        kind = "measure"  # "550 पाउंड वजन वाले एक सूअर": pounds of weight
    if kind == "count" and noun is None and i0 == i and end_span == i + 1 and np_ is not None \
            and _appositive_age(toks, keys, i, np_, doc):
        kind, needs_noun = "age", False  # (v29) "साइपोव, 30 ने": a person's age set off by commas
    if kind == "age" and noun is not None and "_age_compound_persons" in S and end_span < n \
            and fold(noun) not in S.get("age_person_nouns", frozenset()) and fold(noun) not in S.get("age_disease_words", frozenset()) \
            and keys[end_span] in S.get("age_person_nouns", frozenset()) \
            and keys[end_span - 1] not in S.get("age_person_nouns", frozenset()) and _IS_WORD.match(toks[end_span].text):
        noun, end_span = _lemma(keys[end_span], toks[end_span].text, lex), end_span + 1  # (round 39, age_compound_persons)
        # "19 वर्षीय कॉलेज छात्रा" -> छात्रा, "22 वर्षीय थाई महिला" -> महिला, "65 वर्षीय उक्त व्यक्ति" -> व्यक्ति (was कॉलेज, थाई, उक्त);
        # not a disease word: "35 वर्षीय कोरोना संक्रमित युवक" -> युवक by the disease step below (संक्रमित is also a person noun)
    if kind == "age" and noun is not None and fold(noun) in S.get("age_disease_words", frozenset()):
        r = _age_person_after_disease(keys, end_span, lex)  # (v34) "35 वर्षीय कोरोना पॉजिटिव व्यक्ति" -> व्यक्ति
        if r is not None:
            noun, end_span = _lemma(keys[r], toks[r].text, lex), r + 1
    return _Draft(
        sent.sent_idx, i0, end_span, value, value_max, modifier, noun, kind,
        num_start=i, needs_noun=needs_noun and kind == "count",
        partitive_total=partitive_total, state_event=state_event, demonym=demonym, origin=origin,
    )


APPOSITIVE_AGE_AFTER = frozenset({"ने", ","})  # (not को: "लाशें, 18 को मारी गोली" counts the shot)


def _age_person_after_disease(keys: Sequence[str], end: int, lex: Lexicon) -> int | None:
    """(v34) An age read onto a disease word (`35 वर्षीय कोरोना पॉजिटिव व्यक्ति`, `75 वर्षीय कोरोना वायरस से संक्रमित
    मरीज`, `72 वर्षीय कोरोना संदिग्ध के`): the person noun within a few words after it (disease words, `से` and state
    words stepped over), else a state word used as a noun (`संदिग्ध`, `पॉजिटिव`) right before a postposition."""
    S = lex.sets
    people = S.get("age_person_nouns", frozenset())
    skip = S.get("age_disease_words", frozenset()) | S.get("age_disease_states", frozenset()) \
        | S.get("age_disease_links", frozenset())
    r, last = end, None
    while r < min(len(keys), end + 4) and (keys[r] in skip or keys[r] in people):
        if keys[r] in people:
            last = r
            if keys[r] not in skip:
                return r
        r += 1  # (review of round 34) a state word that is also a person noun (`संक्रमित`, `मरीज`) is stepped over
        # while a person noun follows: `35 वर्षीय कोरोना संक्रमित युवक` -> युवक, `... से संक्रमित मरीज` -> मरीज
    if r < len(keys) and keys[r] in people:
        return r
    if last is not None and last == r - 1:
        return last
    if end < r < len(keys) and keys[r - 1] in S.get("age_disease_states", frozenset()) \
            and keys[r] in S.get("case_postpositions", frozenset()) | S.get("age_state_postpositions", frozenset()):
        return r - 1
    return None


def _hashtag_end(toks: list[_Tok], q: int) -> int:
    """(v34) The last token of a hashtag opened at q (`#`, `COVID`, `19` typed together): the tokens glued on (review:
    not a glued punctuation mark, `#COVID19,`)."""
    r = q
    while r + 1 < len(toks) and toks[r + 1].start == toks[r].end and (
            _IS_WORD.match(toks[r + 1].text) or toks[r + 1].text[:1].isdigit() or toks[r + 1].text in ("_", "-")):
        r += 1
    return r


def _hashtag_steps(toks: list[_Tok], keys: Sequence[str], q: int, lex: Lexicon, doc: "_Doc") -> bool:
    """(v34, review) A hashtag at q is stepped over only when a noun or an adjective follows it (`356 नए #कोरोनावायरस
    पॉजिटिव केस`); else the hashtag is itself the counted word (`500 #मौतें हुई हैं`, `5 #विकेट गिरे`)."""
    S = lex.sets
    if keys[q] not in S.get("hashtag_marks", frozenset()):
        return False
    y = _hashtag_end(toks, q) + 1
    if y >= len(keys) or y == q + 1:
        return False
    k = keys[y]
    if k in lex.adjectives or k in S.get("ud_adjectives", frozenset()) or lex.events.get((k,)) == "state":
        return True
    return _noun_like(toks[y], lex, doc) and k not in S.get("verb_forms", frozenset()) \
        and k not in S.get("verb_chain", frozenset()) and k not in S.get("copulas", frozenset()) \
        and k not in S.get("nominal_lights", frozenset()) and lex.events.get((k,)) not in ("strong",)


def _casualty_verb(keys: Sequence[str], d: "_Draft", lex: Lexicon) -> bool:
    """(v33) `तूफान से दो मरे`: a bare count before a casualty verb; (review of round 33) a transitive `मारे` only in
    the passive (`मारे गए`) or with no agent `ने` before it in the clause (not `रोहित ने 4 मारे`, a batter's sixes)."""
    S = lex.sets
    n = len(keys)
    if not (d.i1 < n and keys[d.i1] in S.get("casualty_verbs", frozenset())):
        return False
    if keys[d.i1] not in S.get("casualty_transitive_verbs", frozenset()):
        return True
    if d.i1 + 1 < n and keys[d.i1 + 1] in S.get("casualty_passive_lights", frozenset()):
        return True
    hard = S.get("hard_boundaries", frozenset()) | {","}
    y = d.i0 - 1
    while y >= 0 and keys[y] not in hard:
        if keys[y] in S.get("casualty_agent_marks", frozenset()) or keys[y] == "को":
            return False
        y -= 1
    return True


def _census_noun(keys: Sequence[str], i0: int, end: int, lex: Lexicon) -> int | None:
    """(v34) The index of a population noun that the number [i0, end) measures: after it with की/का/के (and skipped
    words: `पांच करोड़ की आबादी`, `एक करोड़ 20 लाख की कुल आबादी`) or right before it as its subject (`भारत की आबादी
    एक अरब 30 करोड़ हैं`, `कुल आबादी ही 130 करोड़ के करीब है`); else None."""
    census = lex.sets.get("census_nouns", frozenset())
    if not census:
        return None
    skips = lex.sets.get("census_owner_skips", frozenset())
    links = lex.sets.get("census_owner_links", frozenset())
    land = lex.sets.get("census_land_nouns", frozenset())
    n = len(keys)
    if end < n and keys[end] in links:
        j = end + 1
        while j < min(n, end + 3) and keys[j] in skips:
            j += 1
        if j < n and keys[j] in census and not (
                j + 1 < n and (keys[j + 1] in land or (keys[j + 1] in links and j + 2 < n and keys[j + 2] in land))):
            return j  # (review of round 34) not the residential-land sense: `पांच करोड़ की आबादी की जमीन`, `आबादी भूमि`
    j = i0 - 1
    while j >= max(0, i0 - 3) and keys[j] in skips and keys[j] not in links:
        j -= 1
    if j >= 0 and keys[j] in census:
        return j
    return None


def _owner_clause_break(keys: Sequence[str], q: int, d: "_Draft", lex: Lexicon) -> bool:
    """(v34) `मामलों की कुल संख्या 472 हो गई है, अब तक 17 की मौत`: a count of deaths (`N की/के` + an event noun, read as
    persons) after a comma, a clause boundary or a copula + coordinator is no part of an earlier count word's owner; a
    relative partitive keeps it (`संक्रमितों की संख्या 173 हो गयी है, जिसमें तीन की मौत`)."""
    breaks = lex.sets.get("owner_clause_breaks", frozenset())
    if not breaks or not (d.i1 + 1 < len(keys) and keys[d.i1] in ("की", "के")
                          and lex.events.get((keys[d.i1 + 1],)) == "eventnoun"):
        return False
    partitives = lex.sets.get("owner_partitive_links", frozenset())
    pronouns = lex.sets.get("owner_partitive_pronouns", frozenset())
    if any(keys[y] in partitives or (keys[y] in pronouns and keys[y + 1] == "में") for y in range(q + 1, d.i0)):
        return False  # (review of round 34) also `इनमे से`, the spaced `इन में से`
    hard = lex.sets.get("hard_boundaries", frozenset())
    cop = lex.sets.get("copulas", frozenset()) | lex.sets.get("owner_break_lights", frozenset())
    coord = lex.sets.get("coordinators", frozenset())
    return any(keys[y] in breaks or keys[y] in hard or (keys[y] in coord and keys[y - 1] in cop) for y in range(q + 1, d.i0))
    # (review of round 33) a become verb + coordinator breaks too: `संख्या 28 हो गई और 3 की मौत हुई`


def _appositive_age(toks: list[_Tok], keys: list[str], i: int, np_: NumParse, doc: _Doc) -> bool:
    """(v29) `साइपोव, 30 ने हमला किया`: a bare two-digit number right after a tagged person's name and a comma, and
    right before the name's case marker or the closing comma, is that person's age (the English "Saipov, 30,")."""
    n = len(keys)
    return np_.digits and np_.scale is None and 10 <= np_.value <= 99 and np_.value == int(np_.value) \
        and len(keys[i]) == 2 and i > 1 and keys[i - 1] == "," and i + 1 < n and keys[i + 1] in APPOSITIVE_AGE_AFTER \
        and _person_at(toks[i - 2], doc) and not (i + 2 < n and keys[i + 1] == "," and keys[i + 2][:1].isdigit())


def _spaced_ordinal_suffix(toks: list[_Tok], keys: list[str], end: int, lex: Lexicon) -> bool:
    """(v29) `200 वें टेस्ट`, `12 वीं कक्षा`: an ordinal suffix typed one space after its digits (only the nasal forms,
    which are no words of their own; not `वे लोग`)."""
    return keys[end] in lex.sets.get("spaced_ordinal_suffixes", frozenset()) and toks[end].start == toks[end - 1].end + 1


_ID_NUMBER_WORDS = frozenset(fold(w) for w in ("नंबर", "नम्बर", "नं", "क्रमांक"))
_ID_RANGE_CLOSERS = frozenset(fold(w) for w in ("तक", ",", "।", "|", ".", ";", "?", "!", ")"))


def _id_range_end(toks: list[_Tok], keys: list[str], i: int, lex: Lexicon, doc: _Doc) -> bool:
    """(v29) `मकान नंबर 1349 से 1355 तक`, `कक्षा 1 से 8 तक`: the number after से or a dash that follows an id word's
    number ends a range of ids (not after a count word: `संख्या 100 से 150`); both ends have as many digits (not
    `कोविड 19 से 1330 मौतें`, a name's number and then a count). (review) Not before a month, scale, unit or noun-like
    word but an id word (`लॉकडाउन 3 से 5 दिन`, `फ्लैट नंबर 265 से 500 मीटर`, `वार्ड नंबर 12 से 15 लोग`: a count after the id;
    `मकान नंबर 152 से 162 ब्लॉक डी` stays ids), and only
    after a नंबर-type id word or before तक, a comma or the clause's end (`अनलॉक 1 से 2 लाख लोगों`)."""
    S = lex.sets
    if not (i > 2 and keys[i - 1] in ("से", "-") and parse_digits(keys[i - 2]) is not None
            and keys[i - 2].isdigit() and keys[i].isdigit() and len(keys[i - 2]) == len(keys[i])
            and keys[i - 3] in S.get("id_words", frozenset()) and keys[i - 3] not in S.get("count_words", frozenset())):
        return False
    n = len(keys)
    if i + 1 < n and keys[i + 1] not in S.get("id_words", frozenset()) and (
            keys[i + 1] in lex.months or keys[i + 1] in lex.numbers.scales
            or _match_seq(keys, i + 1, lex.units, lex.unit_max_len)[0] or _noun_like(toks[i + 1], lex, doc)):
        return False
    return keys[i - 3] in _ID_NUMBER_WORDS or i + 1 >= n or keys[i + 1] in _ID_RANGE_CLOSERS \
        or keys[i + 1] in S.get("hard_boundaries", frozenset())


def _dotted_name_number(toks: list[_Tok], keys: list[str], i: int, lex: Lexicon, doc: _Doc) -> bool:
    """(v29) `एफ.टी.एस.ई. 250`: a number one space after three or more glued dotted initials (short letters, each with its
    dot) names with them (an index, a product); two initials (`यू.पी.`, `डी.एम.`) stay an abbreviation before a count.
    (review) Only a listed index (`dotted_index_names.tsv`: `एफ.टी.एस.ई. 250 कंपनी`) or a number that no scale, unit or
    noun-like word follows: `एन.डी.आर.एफ. 12 टीमें`, `आर.बी.आई. 50 हजार करोड़ रुपये` are the body's counts."""
    if i < 6 or keys[i - 1] != "." or toks[i].start != toks[i - 1].end + 1:
        return False
    pairs, x = 0, i - 1
    while x >= 1 and pairs < 8 and keys[x] == "." and toks[x].start == toks[x - 1].end and _IS_WORD.match(toks[x - 1].text) \
            and len(toks[x - 1].text) <= 3 and (pairs == 0 or toks[x + 1].start == toks[x].end):
        pairs, x = pairs + 1, x - 2
    if pairs < 3:
        return False
    if "".join(keys[x + 1 : i]) in lex.sets.get("dotted_index_names", frozenset()):
        return True
    n = len(keys)
    return not (i + 1 < n and (keys[i + 1] in lex.numbers.scales or _match_seq(keys, i + 1, lex.units, lex.unit_max_len)[0]
                               or _noun_like(toks[i + 1], lex, doc)))


def _spaced_phone(toks: list[_Tok], keys: list[str], i: int) -> bool:
    """(v29) `0800 555 111`: plain digit groups typed one space apart, one of them a 3+ digit group led by 0 (a trunk
    prefix), are one phone number; a table row's cells (`महाराष्ट्र 302 1364`) start with no 0 and stay counts."""
    n = len(toks)
    a = i
    while a > 0 and i - a < 4 and keys[a - 1].isdigit() and toks[a - 1].end + 1 == toks[a].start:
        a -= 1
    b = i + 1
    while b < n and b - i < 4 and keys[b].isdigit() and toks[b - 1].end + 1 == toks[b].start:
        b += 1
    # (review) the trunk 0 leads the first group only: `10 025 लोग` is grouped thousands, no phone
    return b - a >= 2 and len(keys[a]) >= 3 and keys[a][0] == "0" and keys[a].isdigit()


def _fraction_denominator(toks: list[_Tok], keys: list[str], end: int, lex: Lexicon) -> tuple[float, int] | None:
    """(v29) The denominator word right after a number, glued by a hyphen or one space apart: `दो-तिहाई`, `तीन चौथाई`
    -> (3 or 4, the token index after it); else None."""
    dens = lex.settings.get("fraction_denominators", {})
    n = len(keys)
    if end < n and keys[end] in dens:
        return dens[keys[end]], end + 1
    if end + 1 < n and keys[end] == "-" and toks[end].start == toks[end - 1].end and toks[end + 1].start == toks[end].end \
            and keys[end + 1] in dens:
        return dens[keys[end + 1]], end + 2
    return None


def _service_number(keys: list[str], i: int, lex: Lexicon) -> bool:
    """(v26) A listed emergency number (108, 112, 1075 ...) named as a service: before one of its own service nouns
    ("108 एंबुलेंस से अस्पताल पहुंचाया", "1075 हेल्पलाइन", "112 सर्विस या ...") or called ("112 पर कॉल करें", "108
    नंबर पर फोन कर"). Not a count of ambulances ("108 एंबुलेंस" is the service in Indian news; a count reads "108 नई
    एंबुलेंस"), nor "100 नंबर" (marks); (round-24 review) each noun only with its own numbers (`service_noun_numbers`:
    "सरकार ने 100 एंबुलेंस खरीदी" is a count), no plural ("108 एंबुलेंसों को हरी झंडी"), and सेवा/सर्विस not before
    another noun ("100 सेवा केंद्र", "112 सर्विस सेंटर": a count)."""
    S = lex.sets
    n = len(keys)
    if keys[i] not in S.get("service_numbers", frozenset()) or i + 1 >= n:
        return False
    j = i + 1
    own = lex.settings.get("service_noun_numbers", {})
    numbers = next((v for k, v in own.items() if fold(k) == keys[j]), None)
    if numbers is not None and keys[i] in {fold(x) for x in numbers}:
        after = keys[j + 1] if j + 1 < n else "।"
        return after in lex.function_words or after in S.get("hard_boundaries", frozenset()) \
            or after in S.get("coordinators", frozenset()) or keys[j] not in (fold("सेवा"), fold("सर्विस"))
    if keys[j] in ("नंबर", "नम्बर") and j + 1 < n:
        j += 1
    return keys[j] == "पर" and j + 1 < n and keys[j + 1] in S.get("service_call_words", frozenset())


def _person_do_light(keys: Sequence[str], q: int, lex: Lexicon) -> bool:
    """(round 37, settings person_do_lights) Token q is a person noun right before a bare light verb of करना and its
    chain (`लोग कर सकेंगे`, `मजदूर कर रहे`): a headline's subject before its inverted verb group ("अब 1700 लोग कर
    सकेंगे यात्रा"), never a conjunct nominal nor a predicate word of a conjunctive कर."""
    S = lex.sets
    return q + 2 < len(keys) and keys[q + 1] in S.get("person_do_lights", frozenset()) \
        and keys[q + 2] in S.get("verb_chain", frozenset()) \
        and (keys[q] in S.get("age_person_nouns", frozenset()) or keys[q] in S.get("subject_person_nouns", frozenset()))


def _final_participle(keys: list[str], q: int, lex: Lexicon) -> bool:
    """Token q is a verb's perfective participle (stem + ा/े/ी/ीं) or conjunctive (stem + कर) ending its clause:
    a headline's predicate, no counted noun ("मरीजों की संख्या 724 पहुंची", "34 भारतीय फंसे"); not a noun
    that looks like one inside the clause ("एक जोड़ी जूते")."""
    S = lex.sets
    k = keys[q]
    stems = S.get("verb_stems", frozenset())
    if not ((k[-1:] in ("ा", "े", "ी") and k[:-1] in stems) or (k.endswith(("ीं", "कर")) and k[:-2] in stems)):
        return False
    return q + 1 >= len(keys) or keys[q + 1] in S.get("hard_boundaries", frozenset()) or keys[q + 1] == ","


def _infant_child(keys: list[str], c: int, S: Mapping[str, frozenset[str]]) -> int | None:
    """(round 38, review, round 40) The index of the child noun (settings age_infant_nouns) that an infant age's genitive
    qualifies, from token c on: right there (`सात महीने के बच्चे`), after the article एक (`दो माह के एक बच्चे`), after one
    adjective of a small child (age_infant_adjectives, switch infant_age_adjectives: `तीन माह का दुधमुंहा बेटा`, `तीन माह की
    मासूम बच्ची`) or both (`एक नन्ही बच्ची`); None when no child noun follows."""
    n = len(keys)
    nouns = S.get("age_infant_nouns", frozenset())
    adjs = S.get("age_infant_adjectives", frozenset())
    if c < n and keys[c] == "एक":
        c += 1
    if c + 1 < n and keys[c] in adjs and keys[c + 1] in nouns:
        return c + 1
    return c if c < n and keys[c] in nouns else None


def _origin_noun(keys: list[str], q: int, lex: Lexicon) -> bool:
    """(round 28) The word before q is a demonym (`भारतीय`, `इतालवी`) or a listed word of origin (`origin_nouns`:
    `विदेशी`) that, with no noun after it, is itself the counted people: "34 भारतीय हैं", "सात विदेशी शामिल हैं"."""
    k = keys[q - 1]
    return k in lex.demonyms or k in lex.sets.get("origin_nouns", frozenset())


def _origin_predicate(toks: list[_Tok], keys: list[str], q: int, lex: Lexicon, doc: _Doc) -> bool:
    """(round 28) Token q, right after a count's demonym or word of origin, opens the clause's predicate, so no noun
    follows and the demonym is the one counted: a copula ("34 भारतीय हैं", "216 विदेशी थे"), a coordinator or
    `समेत`/`सहित`/`जबकि` ("677 भारतीय जबकि 47 विदेशी", "11 विदेशी समेत 26"), a predicate word (`copula_predicates`,
    `origin_predicates`: "सात विदेशी शामिल हैं"), a perfective participle before a copula or a passive/perfect vector
    ("2000 भारतीय फंसे हैं"), or a tagged place before a verb ("2100 विदेशी भारत आए": where they went)."""
    S = lex.sets
    n = len(keys)
    k = keys[q]
    after = keys[q + 1] if q + 1 < n else ""
    if k in S.get("copulas", frozenset()) or k in S.get("coordinators", frozenset()) \
            or k in S.get("origin_predicates", frozenset()):
        return True
    if k in S.get("copula_predicates", frozenset()) and (
            q + 1 >= n or after in S.get("hard_boundaries", frozenset()) or after == ","
            or after in S.get("copulas", frozenset()) or after in S.get("verb_forms", frozenset())
            or after in S.get("bare_ho_forms", frozenset()) or after == "हो"):
        return True  # (review of round 28) a predicate word only before a copula, a verb or the clause's end: "5 विदेशी
        # सवार थे", "5 अमेरिकी बंधक बनाए"; a person noun before a non-verb is the counted noun ("5 अमेरिकी बंधक रिहा किए")
    stems = S.get("verb_stems", frozenset())
    participle = any(k == st + sfx for st, sfx in _perfective_splits(k)
                     if st in stems)  # (review of round 28) by the stem's class: "पकड़े", "बचाए", "बचाया"
    if participle and (after in S.get("copulas", frozenset()) or after in S.get("past_vectors", frozenset())):
        return True
    if k in stems and after in S.get("verb_chain", frozenset()):
        return True  # "2,000 भारतीय रह रहे हैं"
    loc = doc.entity_at(toks[q].start, toks[q].end)
    ends = S.get("origin_clause_marks")  # (round 38, switch origin_clause_end)
    if loc is not None and loc.label == "LOC" and loc.start == toks[q].start:
        if ends:
            return True  # (round 38) a demonym qualifies no place name: "2050 भारतीय चेन्नई, कोच्चि, ... पहुंचेंगे"
        x = q
        while x + 1 < n and toks[x + 1].end <= loc.end:
            x += 1
        return x + 1 < n and keys[x + 1] in S.get("verb_forms", frozenset())
    if ends:  # (round 38) the clause ends after the demonym or a relative clause opens on it: "सिंगापुर से दिल्ली आए 234
        # भारतीय", "इनमें से 216 विदेशी थे और 1530 भारतीय।", "पांच मस्जिदों से मिले 48 विदेशी: पुलिस", "12 विदेशी जिन्होंने
        # मरकज में हिस्सा लिया"; a comma only before no other demonym (not "50 भारतीय, ब्रिटिश नागरिक"); a perfective
        # participle before the clause's end or a tagged place ("2100 विदेशी आए भारत")
        if k in S.get("hard_boundaries", frozenset()) or k in ends and not (k == "," and q + 1 < n and _origin_noun(keys, q + 2, lex)) \
                or k in S.get("origin_relatives", frozenset()):
            return True
        if participle and (q + 1 >= n or after in S.get("hard_boundaries", frozenset()) or after in ends):
            return True
        nxt = doc.entity_at(toks[q + 1].start, toks[q + 1].end) if participle and q + 1 < n else None
        if nxt is not None and nxt.label == "LOC" and nxt.start == toks[q + 1].start:
            return True
    return False


_PERFECTIVE_CONSONANT = ("ा", "े", "ी", "ीं")
_PERFECTIVE_VOWEL = ("या", "ये", "यी", "ए", "ई", "ईं")


def _perfective_splits(k: str) -> list[tuple[str, str]]:
    """(review of round 28) The (stem, suffix) splits of k as a perfective participle, each suffix by the stem's class,
    as `_verb_forms` builds them: a consonant stem + ा/े/ी/ीं (`पकड़े`), a vowel stem + या/ये/यी/ए/ई/ईं (`बचाए`)."""
    out = []
    for sfx in _PERFECTIVE_CONSONANT + _PERFECTIVE_VOWEL:
        st = k[:-len(sfx)]
        if k.endswith(sfx) and st:
            vowel = st[-1] in _MATRAS or st[-1] in "आईऊएओ"
            if vowel == (sfx in _PERFECTIVE_VOWEL):
                out.append((st, sfx))
    return out


def _ordinal_context(toks: list[_Tok], keys: list[str], i: int, lex: Lexicon, doc: _Doc) -> bool:
    """Is an adverb-like ordinal (`पहले`) an ordinal here? Only in an oblique noun phrase: after a genitive or a
    determiner (`लॉकडाउन के पहले चरण`, `ऐसे पहले उद्योगपति`), before a time noun (`पहले दिन`), or with a case
    marker or copula right after its noun (`पहले मामले में`, `पहले नंबर पर`, `पहले भारतीय इंजीनियर थे`).
    Not before an infinitive (`पहले समझाने की कोशिश`) or a noun the clause goes on from (`पहले FIR कॉपी दिखाओ`)."""
    S = lex.sets
    n = len(toks)
    q = i + 1
    if q + 1 < n and keys[q + 1] in S.get("ordinal_adverb_followers", frozenset()):
        return False  # (round 39) a word and an auxiliary or vector verb: "डिवाइस पहले जुड़ी रही हो", "14 दिन के पहले प्लाज्मा
        # लिया जाता है": earlier/before, the word a participle or the object of the verb
    if i > 0 and keys[i - 1] in S.get("ordinal_adverb_context_before", frozenset()):
        return True
    if q < n and keys[q].endswith("ने") and (keys[q][:-2] in S.get("verb_stems", frozenset()) or keys[q] in S.get("verb_forms", frozenset())):
        return False  # an infinitive: "पहले समझाने की कोशिश"
    if q + 1 < n and keys[q + 1] in S.get("ordinal_adverb_name_words", frozenset()):
        return False  # "(पहले इन्नोर नाम था)": formerly
    while q < n - 1 and (keys[q] in lex.adjectives or keys[q] in S.get("ud_adjectives", frozenset())):
        q += 1
    if q < n and keys[q] in S.get("ordinal_time_nouns", frozenset()):
        return True
    after = S.get("ordinal_adverb_context_after", frozenset())
    for r in (q + 1, q + 2):
        if r < n and keys[r] in after:
            return True
        if r < n and not _noun_like(toks[r], lex, doc) and lex.events.get((keys[r],)) != "state":
            break  # (a state word stays in the phrase: "पहले कोरोना पॉजिटिव की मौत")
    return False


def _ordinal_adverb_mismatch(toks: list[_Tok], keys: list[str], i: int, lex: Lexicon) -> bool:
    """(round 45) Can the oblique/plural `पहले` not be an ordinal of the word after it? A relative or correlative
    quantifier (`पहले जितनी उम्मीद थी`, `पहले जैसी स्थिति`: as earlier), a span of time + भर before it (`हफ्ते भर
    पहले`: a week ago), an adjective in the direct masculine singular,
    which an oblique or plural ordinal never agrees with (`पहले बड़ा मकान था`, `पहले नया भोजपुर ले गया`; `पहले बड़े
    मकान` stays), or an infinitive after `के` (`शादी के पहले मरने की ख्वाहिश`: before; the genitive's ordinal context
    does not hold for a verb). Each only with its settings list (switch `ordinal_adverb_agreement`)."""
    S = lex.sets
    nk = keys[i + 1]
    if nk in S.get("ordinal_adverb_relatives", frozenset()):
        return True
    if i > 1 and keys[i - 1] in S.get("ordinal_adverb_span_words", frozenset()) \
            and keys[i - 2] in S.get("ordinal_not_after", frozenset()):
        return True  # "हफ्ते भर पहले कंपनी के सीईओ ने": a span of time + भर + पहले, ago
    ends = tuple(S.get("ordinal_direct_adjective_endings", ()))
    if ends and nk.endswith(ends) and (nk in lex.adjectives or nk in S.get("ud_adjectives", frozenset())):
        return True
    return i > 0 and keys[i - 1] in S.get("ordinal_adverb_infinitive_after", frozenset()) and nk.endswith("ने") \
        and nk[:-2] in S.get("verb_stems", frozenset())


_CASE_MARKERS = frozenset(("में", "पर", "से", "का", "की", "के", "तक"))  # (not को/ने: "11,084 नंबर पुलिस को दे दिए" is a count)
_DIGITS_1_3 = regex.compile(r"\d{1,3}")
_DIGITS_3 = regex.compile(r"\d{3}")


def _score_spans(text: str) -> list[tuple[int, int]]:
    """(v22) Character spans of match scores: a glued pair `A-B` of one- or two-digit numbers falling from A to B
    (`3-2 से हार`, `4-0 से हराया`) is a score, not a range; so is every pair in a run of pairs joined by commas,
    brackets or और that holds such a falling pair (`3-6, 7-5, 6-2`). Rising pairs alone stay ranges (`70-80`)."""
    pairs = [(m.start(), m.end(), int(m.group(2)) < int(m.group(1))) for m in _SCORE.finditer(text)]
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, bool]] = []
    for pair in pairs + [(-1, -1, False)]:
        if run and pair[0] >= 0 and _SCORE_GAP.match(text[run[-1][1]:pair[0]]):
            run.append(pair)
            continue
        if any(falling for _, _, falling in run):
            out.extend((a, b) for a, b, _ in run)
        run = [pair]
    out.extend((m.start(), m.end()) for m in _RECORD.finditer(text) if not 1 <= int(m.group(2)) <= 12
               and not (1 <= int(m.group(1)) <= 12 and int(m.group(2)) <= 31 and len(m.group(3)) == 2))
    # (v29) a glued triple whose middle is no month (`5-0-0 का स्कोर`, `13-21-3 कैरियर रिकॉर्ड`): no date; (review) but a
    # month first, a day and a two-digit year is a US-style date (`1-13-20 को`)
    return sorted(out)


def _table_row_number(toks: list[_Tok], keys: list[str], lex: Lexicon) -> bool:
    """(v22) A line of a table: a serial number, a name of one to four words (not a month), then only numbers
    (two or more) to the end of the line ("1 आंध्र प्रदेश 226 1 3")."""
    n = len(keys)
    j = 1
    while j < n and j <= 4 and _IS_WORD.match(toks[j].text) and not lex.numbers.starts_number(keys[j]) \
            and keys[j] not in lex.months:
        j += 1
    if j == 1 or n - j < 2:
        return False
    return all(parse_digits(keys[x]) is not None for x in range(j, n))


def _one_two(keys: list[str], end: int, lex: Lexicon) -> bool:
    """(v22) `एक दो` (space) is the approximate range 1-2 ("एक दो दिन", "एक दो ऐंबुलेंस"), not the article
    before a count of two; a counting-out `एक दो तीन` is no range. (review) Nor when `दो ...` is an adjective of the
    noun that एक (the article) goes with: a number compound (`एक दो दिवसीय दौरा`, `एक दो सदस्यीय समिति`, `एक दो
    मंजिला मकान`), an age (`एक दो साल की बच्ची`; but `एक दो साल की उम्र में`), or a scaled number before का/की/के
    (`एक दो हजार का जुर्माना`, `एक दो लाख रुपये का इनाम`; but `एक दो हजार लोग`: 1000-2000)."""
    n = len(keys)
    if end >= n or lex.numbers.words.get(keys[end]) != 2.0:
        return False
    S, x = lex.sets, end + 1
    if x < n and (lex.numbers.words.get(keys[x]) == 3.0 or keys[x] in S.get("age_units", frozenset())
                  or keys[x] in S.get("duration_adjectives", frozenset()) or keys[x] in S.get("number_adjectives", frozenset())):
        return False
    gen = ("का", "की", "के")
    if x + 1 < n and keys[x] in S.get("age_year_units", frozenset()) and keys[x + 1] in gen \
            and not (x + 2 < n and keys[x + 2] in S.get("age_nouns_after_saal", frozenset())):
        return False
    if x < n and keys[x] in lex.numbers.scales:
        while x < n and keys[x] in lex.numbers.scales:
            x += 1
        L, u = _match_seq(keys, x, lex.units, lex.unit_max_len)
        if u is not None and u[1] == "money":
            x += L
        return not (x < n and keys[x] in gen)
    return True


def _ek_month_date(keys: list[str], end: int, lex: Lexicon, year_min: int, year_max: int) -> bool:
    """(v24) `एक` before a month name at end is the day of a date (`एक जून तक`); but a month name that is also a noun
    (`ek_noun_months`: मार्च, a march) only before a date's follower: को, से, तक, a comma, `के बाद`, `की रात`, a year or
    a time of day (`एक मार्च को`, `एक मार्च 2020 से`); not `एक मार्च निकाला`, `एक मार्च का आयोजन` (a protest march)."""
    n, S = len(keys), lex.sets
    if end >= n or keys[end] not in lex.months:
        return False
    if keys[end] not in S.get("ek_noun_months", frozenset()):
        return True
    x = end + 1
    return x < n and (keys[x] in S.get("ek_month_date_followers", frozenset())
                      or (keys[x] in ("के", "की") and x + 1 < n and keys[x + 1] in S.get("ek_month_date_after_ke", frozenset()))
                      or (len(keys[x]) == 4 and keys[x].isdigit() and year_min <= int(keys[x]) <= year_max)
                      or _skip_time_of_day(keys, x, lex) > x)


# (review of round 38) determiners that make `एक` the pronoun "one (of them)": "हर एक से 500 रुपये वसूले", "किसी एक से दो
# बातें पूछीं" (from each one / from some one: no range 1-500, 1-2)
_EK_PRONOUN_DETERMINERS = frozenset({"हर", "किसी", "प्रत्येक", "हरेक", "हरएक"})


def _ek_range(keys: list[str], i: int, end: int, lex: Lexicon) -> bool:
    """(round 38, settings `ek_range_links`) `एक` before से and a number above one opens a range: "एक से तीन अप्रैल तक"
    (1-3 April), "एक से दो दिन का समय", "कक्षा एक से आठ तक"; the range is built as for any number (`20 से 25`), and
    where none is (`एक से अधिक`, `एक से दूसरे`) एक stays the article. (review) Not after हर/किसी/प्रत्येक, where एक
    is the pronoun and से its postposition: "हर एक से 500 रुपये वसूले गए"."""
    n = len(keys)
    if not (end + 1 < n and keys[end] in lex.sets.get("ek_range_links", frozenset())):
        return False
    if i > 0 and keys[i - 1] in _EK_PRONOUN_DETERMINERS:
        return False
    nxt = keys[end + 1]
    return (nxt[:1].isdigit() and (parse_digits(nxt) or 0) > 1) or lex.numbers.words.get(nxt, 0) > 1


def _list_one(keys: list[str], i: int, end: int, lex: Lexicon) -> bool:
    """`एक` at i is the last count of a list, not an article: a coordinator before it and a number one to three
    tokens before that ("52 छात्र और एक शिक्षक शामिल हैं", "दो महिलाएं, तीन बच्चे और एक व्यक्ति घायल", "तीन
    महिलाओं और एक बच्चे की मौत"); not before a number, `और`, `बार` ... ("25 वर्षीय युवक व एक 72 वर्षीय वृद्ध", "एक बार फिर")."""
    S = lex.sets
    if i < 3 or keys[i - 1] not in S.get("list_one_links", frozenset()) or end >= len(keys) \
            or keys[end] in S.get("list_one_not_before", frozenset()) or lex.numbers.starts_number(keys[end]) or keys[end][:1].isdigit():
        return False
    for x in range(i - 2, max(-1, i - 5), -1):
        if keys[x] in S.get("hard_boundaries", frozenset()) or keys[x] in ("का", "की", "के") or keys[x] in S.get("verb_forms", frozenset()):
            return False  # (not "वह दो दिन रुका और एक दुकान खोली": another clause)
        if keys[x][:1].isdigit() or (keys[x] in lex.numbers.words and keys[x] != "एक"):
            return x == i - 2 or not (keys[x + 1][:1].isdigit() or keys[x + 1] in lex.numbers.words)
    return False


def _next_list_item(keys: list[str], r: int, lex: Lexicon) -> bool:
    """A number within three tokens of r, with only words and postpositions before it: the word before r
    heads the next item of a list ("6652 और दिल्ली में 5532", "सेंसेक्स 3124 और निफ्टी 825"), it is not counted."""
    for x in range(r, min(r + 3, len(keys))):
        if lex.numbers.starts_number(keys[x]):
            return True
        if not _IS_WORD.match(keys[x]) or keys[x] in lex.sets.get("hard_boundaries", ()):
            return False
    return False


def _spaced_thousands(toks: list[_Tok], keys: list[str], i: int, end: int) -> bool:
    """`11, 487` = 11487: 1-3 digits, a glued comma, one space, exactly 3 digits, and no list around it."""
    n = len(toks)
    if end != i + 1 or end + 1 >= n or not _DIGITS_1_3.fullmatch(keys[i]) or keys[end] != ",":
        return False
    if toks[end].start != toks[i].end or toks[end + 1].start != toks[end].end + 1 or not _DIGITS_3.fullmatch(keys[end + 1]):
        return False
    in_list = (i > 0 and keys[i - 1] == ",") or (end + 2 < n and keys[end + 2] in (",", "और", "या", "-"))
    return not in_list


_THIN_SPACES = frozenset("\u2009\u00a0\u202f")


def _space_grouped_thousands(sent: Sentence, toks: list[_Tok], keys: list[str], i: int, end: int) -> int | None:
    """(review of round 29) `10 000`, `10\u2009000`, `1 250 000` = 10000, 1250000: 1-3 digits not led by 0, then groups of
    exactly 3 digits each one character (a space, thin or no-break space) apart, and no other digit group around the run
    (`302 1364`: a table row's cells) -> the token index after the run; else None. Groups a plain space apart only
    before a word (`10 000 लोग`): a table row's cells end their line (`तमिलनाडु 74 834`), a phone its bracket (`116 123
    (ब्रिटेन ...)`)."""
    n = len(toks)
    if end != i + 1 or not _DIGITS_1_3.fullmatch(keys[i]) or keys[i][0] == "0":
        return None
    if i > 0 and keys[i - 1].isdigit() and toks[i - 1].end + 1 == toks[i].start:
        return None
    b = i + 1
    while b < n and _DIGITS_3.fullmatch(keys[b]) and toks[b - 1].end + 1 == toks[b].start:
        b += 1
    if b == i + 1 or (b < n and keys[b].isdigit() and toks[b - 1].end + 1 == toks[b].start):
        return None
    if all(sent.text[toks[x].end - sent.start] in _THIN_SPACES for x in range(i, b - 1)):
        return b
    return b if b < n and _IS_WORD.match(toks[b].text) else None


def _count_not_year(keys: Sequence[str], j: int, n: int, i: int = 0, count_words: frozenset[str] = frozenset()) -> bool:
    """A 4-digit number followed by a post-modifier or range word, within four words after a count word
    (`संख्या बढ़कर 2064 हुई`), or right after a partitive `में से`, is a count, not a year."""
    if any(k in count_words for k in keys[max(0, i - 4) : i]):
        return True
    if i >= 2 and keys[i - 2] in ("में", "जिनमें", "इनमें", "उनमें", "जिसमें", "इसमें", "उसमें") and keys[i - 1] == "से":
        return True  # a partitive part: "2,500 सदस्यों में से 1804 को भेज दिया गया", "जिनमें से 1921 के ..."
    return j < n and keys[j] in ("से",) and j + 1 < n and keys[j + 1] in ("अधिक", "ज्यादा", "कम", "ऊपर")


def _total_not_year(keys: Sequence[str], j: int, i: int, lex: Lexicon) -> bool:
    """A 4-digit number between a plural counted subject (settings `total_subject_nouns`) and its verb हो/पहुंच
    or a copula is a running total, not a year: "कुल मामले 1949 हो गए हैं", "सक्रिय मामले 1939 है",
    "मामले बढ़कर 1843 हो गयी" (a change participle or अब may stand between)."""
    S = lex.sets
    if j >= len(keys) or not (keys[j] in S.get("become_verbs", frozenset()) or keys[j] in S.get("reach_verbs", frozenset())
                              or keys[j] in S.get("copulas", frozenset())):
        return False
    x = i - 1
    if x >= 0 and keys[x] in S.get("change_subject_skips", frozenset()):
        x -= 1
    if x >= 0 and keys[x] in S.get("change_participles", frozenset()):
        x -= 1
    elif x >= 1 and f"{keys[x - 1]} {keys[x]}" in S.get("change_participles_spaced", frozenset()):
        x -= 2
    return x >= 0 and keys[x] in S.get("total_subject_nouns", frozenset())


def _round_the_clock(keys: Sequence[str], i: int, lex: Lexicon) -> bool:
    """(round 30) `24/7`, `24x7`, `24×7` at token i (settings `round_the_clock_phrases`, three tokens): "always", no
    count, date or duration: "वे सप्लाई बनाए रखने के लिए 24/7 काम कर रहे हैं"."""
    return " ".join(keys[i : i + 3]) in lex.sets.get("round_the_clock_phrases", frozenset()) \
        and not (i + 3 < len(keys) and keys[i + 3] in ("को", "तक")) \
        and not (i + 4 < len(keys) and keys[i + 3] in ("/", "-", ".") and keys[i + 4][:1].isdigit()) \
        and not (i > 0 and keys[i - 1] == "/")  # "24/7 को": the 24th of July; (review) "24/7/2020": a full date


def _figure_not_year(keys: Sequence[str], i: int, j: int, lex: Lexicon) -> bool:
    """(round 30) A 4-digit number at i before का + the singular figure noun (settings `figure_nouns`), or before के +
    its oblique singular (`figure_oblique_nouns`) and a postposition or पार (`figure_oblique_followers`), is a count that
    names a mark, not a year: "3000 का आंकड़ा पार करते हुए", "मामले 2000 के आंकड़े से अधिक हैं". Not after a month
    ("अप्रैल 2019 के आंकड़े से") and not the plural data of a year ("2019 के आंकड़ों का उल्लेख"). (Review of round 30) Only
    before a mark: पार/छू (`figure_mark_verbs`, also after को), से + अधिक/ज्यादा/ऊपर (`figure_comparatives`), तक + पहुंच; never
    after वर्ष/साल/सन् (`figure_year_words`): "2011 के आंकड़े के अनुसार", "वर्ष 2020 का आंकड़ा 500 था" are years."""
    S = lex.sets
    n = len(keys)
    if j + 2 >= n or (i > 0 and (keys[i - 1] in lex.months or keys[i - 1] in S.get("figure_year_words", frozenset()))):
        return False
    if not ((keys[j] == "का" and keys[j + 1] in S.get("figure_nouns", frozenset()))
            or (keys[j] == "के" and keys[j + 1] in S.get("figure_oblique_nouns", frozenset()))):
        return False
    k = j + 2 + (keys[j + 2] in ("भी", "ही") and j + 3 < n)
    marks = S.get("figure_mark_verbs", frozenset())
    if keys[k] in marks:
        return True  # "3000 का आंकड़ा पार", "2573 का आंकड़ा छू लिया"
    if k + 1 >= n or keys[k] not in S.get("figure_oblique_followers", frozenset()):
        return False
    return keys[k + 1] in marks if keys[k] in ("को", "तक") else \
        keys[k] == "से" and keys[k + 1] in S.get("figure_comparatives", frozenset())  # "2000 के आंकड़े से अधिक"


def _case_head(keys: Sequence[str], q: int, lex: Lexicon) -> int | None:
    """(round 30) The case noun counted after a happening noun and its genitive at q (settings `case_qualifier_nouns`,
    `case_heads`): "126 मौत के मामलों", "2,958 संक्रमण के मामलों", "64,000 बलात्कार की घटनाओं" count the cases (the
    happening only qualifies them, as a disease does in "1975 कोरोना के नये मामले"); the index of the case noun, or None."""
    S = lex.sets
    if q + 2 < len(keys) and keys[q] in S.get("case_qualifier_nouns", frozenset()) and keys[q + 2] in S.get("case_heads", frozenset()) \
            and (keys[q + 1] in ("के", "की") or (keys[q + 1] == "का" and keys[q + 2].endswith("ा"))):  # (review) "1 हत्या का मामला"
        return q + 2
    return None


def _score_verb(keys: Sequence[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(round 30) A count of wickets (settings `score_nouns`) right before a taking verb of cricket reports
    (`score_verbs`, with a vector after it) has it as its event: "चहल ने तीन विकेट झटके" -> झटके, "1-1 विकेट झटका",
    "आठ विकेट झटक लिए थे" -> झटक लिए. The forms are no verbs elsewhere (`भूकंप के तीन झटके` is a noun)."""
    S = lex.sets
    j = d.i1
    if d.noun is None or fold(d.noun) not in S.get("score_nouns", frozenset()) or j >= len(keys) \
            or keys[j] not in S.get("score_verbs", frozenset()):
        return None
    b = j + 1
    if b < len(keys) and (keys[b] in S.get("benefactive_vectors", frozenset()) or keys[b] in S.get("past_vectors", frozenset())):
        b += 1
    return j, b


def _attributive_before_oblique(toks: list[_Tok], keys: list[str], j: int, lex: Lexicon, doc: _Doc) -> bool:
    """(round 30) The participle or state word before token j qualifies it: j is an oblique plural noun (-ों) with a
    postposition after it, so the word before it is attributive ("तैनात सुरक्षाकर्मियों से हैं", "विदेशों से आए लोगों के
    परिवार"), not the quantity's predicate; the search goes on after it (to "सदस्य थे", or to a bare copula: no event)."""
    n = len(keys)
    return j + 1 < n and toks[j].text.endswith("ों") and _noun_like(toks[j], lex, doc) \
        and keys[j] not in lex.sets.get("verb_forms", frozenset()) and (keys[j],) not in lex.events \
        and keys[j + 1] in ("से", "के", "की", "का", "को", "में", "पर")


def _counted_head_after(toks: list[_Tok], keys: list[str], q: int, lex: Lexicon, doc: _Doc) -> bool:
    """(round 30) The word at q after a number is none that corpus/news counts (models/<lexicon>/counted_nouns.tsv, seen
    under twice) and the next word is a counted head (seen `counted_head_min` times or more): the word qualifies it and
    the head is counted ("12 गगनचुंबी छक्के" -> छक्का, "9 करोड़ फेस मास्क" -> मास्क, "45 रेलवे स्टेशनों" -> स्टेशन).
    Not before a number word, a disease modifier, an adjective, an event or state word, a verb form, or a third noun.
    (Review of round 30) Not after an inflected plural ("8 नर्सें डिस्चार्ज": its lemma is no surface), a container
    (settings `counted_container_nouns`: "20 बैग सैंपल" counts bags) or a word no noun (events, number and function words)."""
    S = lex.sets
    n = len(keys)
    if q + 1 >= n or "counted_heads" not in S:
        return False
    x, y = keys[q], keys[q + 1]
    if x in S["counted_nouns_seen"] or y not in S["counted_heads"] or not _IS_WORD.match(toks[q].text) \
            or x in lex.adjectives or x in S.get("compound_heads", frozenset()) or toks[q].text.endswith("ों") \
            or x in S.get("counted_container_nouns", frozenset()) or fold(_lemma(x, toks[q].text, lex)) != x \
            or x in S.get("ud_adjectives", frozenset()) or (x,) in lex.events or lex.numbers.starts_number(x) \
            or x in lex.function_words or x in lex.not_nouns or x in S.get("genitive_postpositions", frozenset()) \
            or fold(_lemma(x, toks[q].text, lex) + " " + _lemma(y, toks[q + 1].text, lex)) in lex.multiword_nouns:
        return False  # (a listed two-word noun stays whole: "21 पुलिस अधिकारियों", "तीन स्वास्थ्य कर्मी")
    if lex.numbers.starts_number(y) or y in S.get("modifier_nouns", frozenset()) or y in lex.adjectives \
            or y in S.get("ud_adjectives", frozenset()) or (y,) in lex.events or y in S.get("verb_forms", frozenset()) \
            or not _noun_like(toks[q + 1], lex, doc):
        return False
    return not (q + 2 < n and _noun_like(toks[q + 2], lex, doc) and keys[q + 2] not in S.get("verb_forms", frozenset())
                and (keys[q + 2],) not in lex.events and keys[q + 2] not in S.get("copulas", frozenset()))


def _comparison_state(keys: Sequence[str], d: _Draft, k: int, lex: Lexicon) -> bool:
    """(round 30) The copula at k follows a direction word (settings `comparison_predicates`) right after the quantity:
    the quantity measures a difference and the direction word is its state, the event: "शेयर 4.8 प्रतिशत नीचे थे" ->
    नीचे, "टीम 3 अंक पीछे है" -> पीछे (not a word further on: "5 किलोमीटर दूर ऊपर है")."""
    return k - 1 == d.i1 and keys[k] in lex.sets.get("copulas", frozenset()) \
        and keys[k - 1] in lex.sets.get("comparison_predicates", frozenset())


def _dated_infinitive_clause(keys: Sequence[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(round 30) A date with को/से opens a subordinate clause that ends, within seven words and no comma, in an oblique
    infinitive + के + बाद/पहले/साथ/दौरान (settings `sequence_postpositions`): the date is that clause's, its event the
    infinitive with its light-verb partner ("17 मार्च से फ्रांस में लॉकडाउन शुरू होने के बाद यहां ट्रैफिक में 40% की
    बढ़ोतरी हुई" -> शुरू होने; was the main clause's बढ़ोतरी). The token span, or None. (Review of round 30) Not a unit
    word in -ने ("एक महीने के बाद"); रहने takes its partner too ("लॉकडाउन लागू रहने के दौरान")."""
    S = lex.sets
    n = len(keys)
    j = d.i1
    if d.kind != "date" or j >= n or keys[j] not in ("को", "से"):
        return None
    stops = S.get("hard_boundaries", frozenset()) | {","}
    for x in range(j + 2, min(n - 1, j + 9)):
        if keys[x] in stops:
            return None
        if keys[x] != "के" or keys[x + 1] not in S.get("sequence_postpositions", frozenset()):
            continue
        v = x - 1
        if v <= j or not keys[v].endswith("ने") or len(keys[v]) < 3 or keys[v - 1] in ("के", "की", "का") \
                or ((keys[v],) in lex.units and keys[v] not in S.get("verb_forms", frozenset())):
            return None  # (review) an infinitive, no unit of time: not "एक महीने के बाद" (a verb unlisted stays: "मत्था टेकने")
        a = v
        if keys[v] in ("होने", "करने", "कराने", "जाने", "रहने") and v - 1 > j and _IS_WORD.match(keys[v - 1]) \
                and keys[v - 1] not in lex.function_words:
            a = v - 1  # "शुरू होने", "घोषणा करने", "लागू किए जाने"
            if keys[v] == "जाने" and a - 1 > j and keys[a] in ("किए", "किये", "दिए", "लिए") and keys[a - 1] not in lex.function_words:
                a -= 1
        return a, v + 1
    return None


def _head_after_name(toks: list[_Tok], keys: list[str], q: int, lex: Lexicon, doc: _Doc) -> int | None:
    """(round 30) A tagged name of two or more words starts at q, right after the number, and an oblique plural noun
    follows it (one more noun may stand between): the name qualifies that noun, which is counted ("4 हजार तबलीगी जमात
    सदस्यों" -> सदस्य, "44 दिल्ली परिवहन निगम बस ड्राइवरों" -> ड्राइवर; was the name's first word). The noun's index, or None."""
    S = lex.sets
    n = len(keys)
    m = doc.entity_at(toks[q].start, toks[q].end)
    if m is None or m.start != toks[q].start:
        return None
    x = q
    while x + 1 < n and toks[x + 1].end <= m.end:
        x += 1
    if x == q or keys[x] in S.get("counted_heads", frozenset()):
        return None  # a one-word name is read as before ("30 राजधानी ट्रेन"); (review) "12 जन औषधि केंद्र गरीबों को": counted

    def plural_noun(y: int) -> bool:
        return y < n and toks[y].text.endswith(("ों", "ओं")) and _IS_WORD.match(toks[y].text) is not None \
            and _noun_like(toks[y], lex, doc) and keys[y] not in S.get("verb_forms", frozenset()) and (keys[y],) not in lex.events \
            and doc.entity_at(toks[y].start, toks[y].end) is None

    for y in (x + 1, x + 2):
        if plural_noun(y):
            return y
        if y >= n or not _noun_like(toks[y], lex, doc) or doc.entity_at(toks[y].start, toks[y].end) is not None \
                or keys[y] in S.get("counted_heads", frozenset()):
            return None  # (review) "12 प्रधानमंत्री आवास योजना घर लोगों को": the house is counted
    return None


def _number_aside(keys: Sequence[str], d: _Draft, lex: Lexicon) -> bool:
    """(round 30) d is a count in brackets right after another number, an aside to it: "2573 (83 मौतें) का आंकड़ा छू
    लिया"; its noun is no antecedent of a later bare number ("3000 का आंकड़ा पार" counts no deaths). Not a bracketed
    count after a word ("भागलपुर (109)"), which may pass its noun on as before."""
    return d.i0 >= 2 and keys[d.i0 - 1] == "(" and (keys[d.i0 - 2][:1].isdigit() or lex.numbers.starts_number(keys[d.i0 - 2]))


def _bracket_end(keys: Sequence[str], k: int, stop: int) -> int | None:
    """(round 30) The index of the `)` closing the bracket opened at k, before stop (no nested bracket), or None: an
    aside after a quantity is no part of its clause: "15,000 डॉलर की जैकेट (... वाशिंगटन पोस्ट ने कहा) और ...",
    "2573 (83 मौतें) का आंकड़ा छू लिया"."""
    if k >= len(keys) or keys[k] != "(":
        return None
    for x in range(k + 1, min(stop, len(keys))):
        if keys[x] == "(":
            return None
        if keys[x] == ")":
            return x
    return None


# --- events ------------------------------------------------------------------------------------


def _owner_event(toks: list[_Tok], keys: list[str], c: int, lex: Lexicon) -> str | None:
    """The event of a count word's owner, token c (`X की संख्या N`): a state/strong event word before it
    (`संक्रमित मरीजों`, `रद ट्रेनों`, `पॉजिटिव मामलों`) or the infinitive of `-ने वालों` (`मरने वालों`;
    `संक्रमित होने वालों` -> संक्रमित, `ठीक होने वालों` -> ठीक)."""
    if lex.events.get((keys[c],)) in ("state", "strong"):
        return toks[c].text  # "पॉजिटिव की संख्या हुई 20": the state word owns the count
    if keys[c].endswith("ों") and lex.events.get((keys[c][:-2],)) == "state":
        return toks[c].text[: len(toks[c].text) - 2]  # "संक्रमितों की संख्या 31": the state word as a plural noun
    w = c - 1
    rel = ("वालों", "वाले", "वाली", "वाला")
    if keys[c] not in rel and w > 0 and keys[w] in rel:
        c, w = w, w - 1  # "मरने वाले लोगों की संख्या"
    if keys[c] in rel:
        if w >= 1 and (keys[w] in lex.sets.get("become_verbs", frozenset()) or keys[w] == "होने"):
            ok = _IS_WORD.match(toks[w - 1].text) and keys[w - 1] not in lex.function_words
            return toks[w - 1].text if ok else None  # "संक्रमित होने वालों", "ठीक होने वालों" -> संक्रमित, ठीक
        if w >= 0 and toks[w].text.endswith("ने") and len(toks[w].text) > 3 and keys[w] not in lex.function_words:
            return toks[w].text
        return None
    if w >= 0 and lex.events.get((keys[w],)) in ("state", "strong"):
        return toks[w].text
    return None


def _event_before(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: "_Doc | None" = None,
                  owners: bool = False) -> tuple[int, int] | None:
    """A headline's inverted order, the quantity last in its clause after its verb group:
    "घर भेजे गए 19 बच्चे", "इन 4 स्टेशनों पर रुकेंगी 12 ट्रेनें, ...", "ठीक हो चुके हैं सात मरीज"."""
    S = lex.sets
    n = len(keys)
    hard = S.get("hard_boundaries", frozenset())
    mains = S.get("inverted_main_verbs", frozenset())  # (round 38, switch inverted_main_verbs)
    if d.i1 < n and keys[d.i1] not in hard and keys[d.i1] != "," and not _last_list_item(toks, keys, d.i1, lex) \
            and not (mains and d.kind == "percent" and _IS_WORD.match(toks[d.i1].text) and keys[d.i1] not in lex.function_words
                     and (d.i1 + 1 >= n or keys[d.i1 + 1] in hard)):  # (round 38) a percent's noun ends it: "जुड़े हैं 63 फीसदी केस"
        return None
    if d.i1 + 1 < n and keys[d.i1] == "," and lex.numbers.starts_number(keys[d.i1 + 1]) \
            and any(keys[x] in ("और", "एवं", "व", "तथा") for x in range(d.i1 + 2, min(n, d.i1 + 6))):
        return None  # "हिस्सा बन चुके 50 पत्रकार, तीन विधायक एवं डीएम भी ... आ सकते हैं": a list of subjects goes on
    cop = S.get("copulas", frozenset())
    end = d.i0 - 1 if d.i0 > 0 and keys[d.i0 - 1] in cop else d.i0
    tail = S.get("verb_chain", frozenset()) | S.get("nominal_lights", frozenset())
    if owners and doc is not None and end >= 2 and keys[end - 1] in ("का", "की", "के"):
        y = end - 1  # (round 36, switch inverted_genitive_owner) a tagged name's genitive between the verb group and the
        while y - 1 >= max(0, end - 4) and (doc.entity_at(toks[y - 1].start, toks[y - 1].end) is not None
                                            or (keys[y - 1] in S.get("inverted_owner_nouns", frozenset())
                                                and all(keys[z] in S.get("inverted_owner_nouns", frozenset()) for z in range(y, end - 1)))):
            y -= 1  # count: "उड़ान भरेंगे एयर इंडिया के 149 विमान", "पहुंचे एयर इंडिया के 149 विमान"; (round 41, settings
            # inverted_owner_nouns, switch inverted_disease_owner) or one disease word: "देश में मिले कोरोना के तीन नए मरीज";
            # (review of round 41) or a run of them, a two-word name: "जीबीआरसी ने खोजे कोरोना वायरस के तीन नए म्यूटेशन"
        if y < end - 1 and y > 0 and keys[y - 1] not in ("का", "की", "के"):
            end = y
            g = _verb_group_at(toks, keys, y - 1, lex)
            if g is not None and g[2] == "attributive" and g[0] == y - 1 and g[1] == y and not toks[y - 1].text.endswith("कर") \
                    and keys[y - 1] not in S.get("verb_chain", frozenset()):
                return g[0], g[1]  # the participle before the name: "पहुंचे एयर इंडिया के 149 विमान" (not a vector:
                # "रह रहे इंडोनेशिया के 6 लोग" -> रह रहे, below)
    if mains and end >= 2 and keys[end - 1] in mains and keys[end - 2] in S.get("inverted_main_after", frozenset()):
        g = _verb_group_at(toks, keys, end - 1, lex)  # (round 38) a form of जाना/होना right after a postposition is the
        if g is not None and g[2] == "finite" and g[1] <= end:  # main verb, no auxiliary: "तेलंगाना से गए थे 1200 लोग",
            return g[0], g[1]  # "पंजाब में COVID-19 के हुए 3 मामले"
    if mains and end >= 1 and keys[end - 1] in S.get("copula_predicates", frozenset()) and end < d.i0 \
            and keys[end] in S.get("copulas", frozenset()):
        return end - 1, end  # (round 38) a predicate word before the inverted copula: "क्यों बंद हैं 2 करोड़ फोन?" -> बंद
    for a in range(max(0, end - 4), end):
        if keys[a] in hard or keys[a] == "," or lex.numbers.starts_number(keys[a]) or keys[a] in lex.function_words \
                or keys[a] in S.get("count_words", frozenset()):
            continue  # ("संक्रमितों की संख्या हुई आठ": no event)
        g = _verb_group_at(toks, keys, a, lex)
        if g is not None and g[2] == "finite" and g[1] <= end and all(keys[x] in tail for x in range(g[1], end)):
            return g[0], g[1]
    return None


def _headline_count_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> str | None:
    """(round 41, settings headline_count_participles, switch headline_count_participles) A headline's participle of
    reaching right after a count (or after its तक) whose subject follows it to the end of the clause is the inverted
    main verb, not an attributive participle of the noun after it: `बिहार में 27 पहुंचा आंकड़ा` -> पहुंचा, `दिल्ली
    में 7000 के करीब पहुंचे मरीज` -> पहुंचे. A subject `X का आंकड़ा`/`X की संख्या` gives the owner's event, as the
    same figure does before the number (`संक्रमितों की संख्या 241 पहुंची` -> संक्रमित): `2000 के करीब पहुंचा संक्रमितों
    का आंकड़ा` -> संक्रमित (was मौत, of the next clause). Not in a sentence that ends in a danda or a full stop, nor
    where a verb, a copula or another number follows the participle in its clause."""
    S = lex.sets
    forms = S.get("headline_count_participles", frozenset())
    n = len(keys)
    if not forms or d.kind not in ("count", "percent", "money") or keys[-1] in ("।", ".", "|", "?", "!"):
        return None
    j = d.i1
    if j < n and keys[j] == "तक":
        j += 1
    if j >= n or keys[j] not in forms:
        return None
    hard = S.get("hard_boundaries", frozenset())
    e = j + 1
    while e < n and keys[e] not in hard and keys[e] not in (",", ":"):
        x = keys[e]
        if x in S.get("verb_forms", frozenset()) and lex.events.get((x[:-2] if x.endswith("ों") else x,)) != "state" \
                or x in S.get("copulas", frozenset()) or lex.numbers.starts_number(x) or not _IS_WORD.match(toks[e].text):
            return None
        e += 1
    if e == j + 1:
        return None
    if e - j >= 4 and keys[e - 2] in ("का", "की", "के") and keys[e - 1] in S.get("count_words", frozenset()):
        ev = _owner_event(toks, keys, e - 3, lex)
        if ev is not None:
            return ev
    return toks[j].text


def _other_count_event(toks: list[_Tok], keys: list[str], d: _Draft, span: tuple[int, int], lex: Lexicon) -> bool:
    """(round 38, settings `other_count_links`, switch other_count_events) The event noun found for a count is the genitive
    head of another count coordinated after it: "पिछले 24 घंटे में 918 नए मामले और 31 लोगों की मौत", "अमेरिका: 72 मामले, 2
    की मौत", "1,650 मामले और 36 लोगों की मौत": the cases take no death (a headline leaves their verb out). Only when this
    count's last word is a noun in the direct case (not an oblique plural in -ों/-ओं that may share the genitive: "93000
    अमेरिकियों और 16000 न्यूयॉर्क वासियों की मौत" -> मौत for both; not a bare number of a list; not a person noun or a
    demonym), with a link, then a number, then की/के right before the noun, and no verb or समेत/सहित between."""
    S = lex.sets
    links = S.get("other_count_links")
    e = span[0]
    if not links or d.kind != "count" or e <= d.i1 + 2 or lex.events.get((keys[e],)) != "eventnoun" \
            or keys[e - 1] not in ("की", "के"):
        return False
    last = toks[d.i1 - 1].text
    if last.endswith(("ों", "ओं")) or (d.i1 < len(keys) and keys[d.i1] in ("की", "के", "का")) \
            or lex.numbers.starts_number(keys[d.i1 - 1]) or keys[d.i1 - 1][:1].isdigit() or d.noun is None \
            or fold(d.noun) in S.get("age_person_nouns", frozenset()) or keys[d.i1 - 1] in S.get("age_person_nouns", frozenset()) \
            or fold(d.noun) in lex.demonyms:
        return False  # (a bare number of a place-keyed list shares the genitive: "महाराष्ट्र में चार, गुजरात में तीन ... की मौत";
        # persons may be the ones who died: "चार पुरुष और एक महिला की मौत हुई")
    cases = S.get("case_heads", frozenset())
    if fold(d.noun) not in cases and keys[d.i1 - 1] not in cases:
        return False  # (review of round 38) only a count of cases (मामले, केस, घटनाएं) is sure to be no one's death: the
        # genitive of a coordination is shared by a first item in the direct case, "40 मवेशी और दो लोगों की मौत हो गई" (the
        # cattle died too), so any other noun keeps it
    forms = S.get("verb_forms", frozenset()) | S.get("copulas", frozenset())
    link = None
    for x in range(d.i1, e):
        if keys[x] in forms or keys[x] in S.get("hard_boundaries", frozenset()) or keys[x] in S.get("origin_predicates", frozenset()):
            return False  # (nor over समेत/सहित: "10 महिलाएं और पांच बच्चों समेत 24 यात्रियों की मौत")
        if link is None and keys[x] in links:
            link = x
        elif link is not None and (keys[x][:1].isdigit() or lex.numbers.starts_number(keys[x])):
            return True
    return False


def _last_list_item(toks: list[_Tok], keys: list[str], e: int, lex: Lexicon) -> bool:
    """(round 37, settings inverted_list_links) Token e is a coordinator and the item after it (one to six tokens:
    words, a hyphen and the digits of a name, `एन-95 मास्क`) ends the clause: "बन रही हैं दो लाख पीपीई किट और एन-95 मास्क".
    No verb, copula, function word or number word in the item (not a clause of its own: "... और 3 की मौत")."""
    S = lex.sets
    n = len(keys)
    if not (e < n and keys[e] in S.get("inverted_list_links", frozenset())):
        return False
    hard = S.get("hard_boundaries", frozenset())
    verbish = S.get("verb_forms", frozenset()) | S.get("copulas", frozenset()) | S.get("nominal_lights", frozenset()) \
        | S.get("verb_chain", frozenset())
    x = e + 1
    while x < n and keys[x] not in hard and keys[x] != ",":
        if x - e > 6 or keys[x] in verbish or keys[x] in lex.function_words or keys[x] in lex.numbers.words:
            return False
        if keys[x][:1].isdigit() and not (keys[x - 1] == "-" and x - 2 > e):
            return False  # a number of its own: another count ("... किट और 20 मास्क")
        if keys[x] != "-" and not keys[x][:1].isdigit() and not _IS_WORD.match(toks[x].text):
            return False
        x += 1
    return x > e + 1


def _multiplier_metric(keys: list[str], j: int, lex: Lexicon) -> bool:
    """(v25 review) After a multiplier (`दोगुने`, `दो गुना`) at j: the infinitive `होने/होना` and then की/का/के + a rate noun
    (दर, रफ्तार, समय, अवधि, गति), or + में: the name of a metric (the doubling rate, `दोगुने होने की दर`, like मृत्यु दर), not a
    stated ratio. Finite forms (`दोगुने हो रहे हैं`, `दोगुनी होगी`) are not this."""
    S, n = lex.sets, len(keys)
    if not (j < n and keys[j] in S.get("multiplier_metric_forms", frozenset())):
        return False
    return j + 1 < n and (keys[j + 1] == "में" or (
        keys[j + 1] in ("की", "का", "के") and j + 2 < n and keys[j + 2] in S.get("multiplier_metric_nouns", frozenset())))


def _partitive_before(keys: list[str], k: int, lex: Lexicon) -> bool:
    """(v25 review) `कुछ` at k after `में से` (`घायलों में से कुछ`, `इन में से कुछ`) or `(इन|उन|जिन)में से`, ending within two
    tokens before it: `कुछ` is "some of them", not "about" the number after it."""
    for e in (k, k - 1):  # से at e - 1
        if e >= 2 and keys[e - 1] == "से" and (keys[e - 2] == "में" or keys[e - 2] in lex.sets.get("partitive_pronouns", frozenset())):
            return True
    return False


def _find_event(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, p: QuantitiesParams, doc: _Doc, sent: Sentence) -> str | None:
    """The predicate the quantity takes part in, as written: its verb group (`मारे गए`, `ले जाया गया`, `सामने आए`)."""
    if d.state_event is not None and not (p.state_noun_predicates and _state_noun_predicate(keys, d, lex)):
        return d.state_event
    if d.owner_event is not None:
        return d.owner_event
    if d.timestamp:
        return None
    S = lex.sets
    if d.kind == "ordinal" and d.noun is not None and fold(d.noun) in S.get("phase_nouns", frozenset()) and d.i0 >= 2 \
            and keys[d.i0 - 1] == "के" and d.i1 < len(keys) and keys[d.i1] in ("में", "के", "से") \
            and (lex.events.get((keys[d.i0 - 2],)) in ("noun", "eventnoun") or keys[d.i0 - 2] in S.get("happening_nouns", frozenset())):
        return toks[d.i0 - 2].text  # (v20) a phase of an event as a time frame is that event's: "लॉकडाउन के तीसरे चरण में",
        # "लॉकडाउन के तीसरे चरण के दौरान" -> लॉकडाउन (not a subject, "लॉकडाउन का तीसरा चरण शुरू हुआ")
    if d.kind == "date" and d.i1 < len(keys) and keys[d.i1] == "(" and (d.i0 <= 4 or (
            d.i0 <= 12 and d.i1 + 2 < len(keys) and keys[d.i1 + 2] == ")" and keys[d.i1 + 1] in S.get("news_agencies", frozenset()))):
        return None  # a dateline: "सैन फ्रांसिस्को, 10 मार्च (एएफपी) ...", "(अनवारुल हक) नयी दिल्ली, 23 अप्रैल (भाषा)"
    n = len(keys)
    b0 = d.i1 + 1 if d.i1 + 1 < n and keys[d.i1] in S.get("negations", frozenset()) else d.i1  # (v25 review) "दोगुनी नहीं होगी"
    if d.kind == "measure" and d.noun == "गुना" and b0 < n and keys[b0] in S.get("multiplier_become_forms", frozenset()):
        g = _verb_group_at(toks, keys, b0, lex)  # (v25) "मामले 12 दिनों में दोगुने हो रहे हैं", "संख्या तीन गुना हो गई"
        if g is not None:
            return sent.text[toks[g[0]].start - sent.start : toks[g[1] - 1].end - sent.start]
    if d.i0 >= 1 and keys[d.i0 - 1] in S.get("attributive_stative", frozenset()) and d.kind != "date" \
            and d.i0 >= 2 and keys[d.i0 - 2] in S.get("case_postpositions", frozenset()) \
            and not (d.i1 < n and keys[d.i1] in ("की", "का", "के")):  # (not "देखते हुए 50", "ठीक हुए 705", "हुई 36 लोगों की पहचान")
        return toks[d.i0 - 1].text  # "अब तक हुई 30,043 जांच", "शनिवार को हुईं 57 मौतों में से": happened
    if d.kind == "count" and d.i1 >= 1 and _person_do_light(keys, d.i1 - 1, lex):
        b = d.i1 + 1
        while b < n and keys[b] in S.get("verb_chain", frozenset()):
            b += 1  # (round 37) "अब 1700 लोग कर सकेंगे यात्रा": the headline's inverted group, its nominal after it when
        if b < n and _noun_like(toks[b], lex, doc) and keys[b] not in lex.function_words \
                and (b + 1 >= n or keys[b + 1] in S.get("hard_boundaries", frozenset()) or keys[b + 1] == ","):
            b += 1  # the nominal ends the clause ("कर सकेंगे यात्रा"), else the verb group alone ("कर रहे हैं काम" -> कर रहे)
        return sent.text[toks[d.i1].start - sent.start : toks[b - 1].end - sent.start]
    ago = _ago_participle(toks, keys, d, lex)
    if ago is not None:
        return toks[ago].text
    if p.span_participles:
        sp = _span_participle(toks, keys, d, lex, doc)
        if sp is not None:
            return sent.text[toks[sp[0]].start - sent.start : toks[sp[1] - 1].end - sent.start]
    pre = _participle_before(toks, keys, d, lex)
    if pre is not None:
        return sent.text[toks[pre].start - sent.start : toks[d.i0 - 1].end - sent.start]
    pp = _partitive_participle(toks, keys, d, lex, doc)
    if pp is not None:  # (round 50, switch partitive_participles)
        return sent.text[toks[pp[0]].start - sent.start : toks[pp[1] - 1].end - sent.start]
    if d.partitive_total:
        return None  # "34 में से 22 प्रांतों", "152 मरीजों में से 135 ...": the total takes no event of the part
    reach = _headline_count_participle(toks, keys, d, lex)
    if reach is not None:
        return reach  # (round 41) "भारत में 2000 के करीब पहुंचा संक्रमितों का आंकड़ा, 59 की मौत" -> संक्रमित
    score = _score_verb(keys, d, lex)
    if score is not None:
        return sent.text[toks[score[0]].start - sent.start : toks[score[1] - 1].end - sent.start]
    j = _skip_time_of_day(keys, d.i1, lex) if d.kind == "date" else d.i1
    since = d.kind == "date" and j < n and keys[j] == "से"  # (v24) "22 मार्च से बंद ट्रेनों": closed since then
    if d.kind == "date" and j + 2 < n and (keys[j] == "को" or since or j > d.i1) \
            and _noun_like(toks[j + 1 + (keys[j] in ("को", "से"))], lex, doc) \
            and keys[j + 1 + (keys[j] in ("को", "से"))] not in S.get("verb_forms", frozenset()):
        x = j + (keys[j] in ("को", "से"))
        if keys[x] in S.get("copula_predicates", frozenset()) or (not since and (lex.events.get((keys[x],)) == "strong" or (
                x > j and lex.events.get((keys[x],)) == "state"))):  # (not "सुबह 11 बजे पीड़ित परिवारों को ... मिली")
            return toks[x].text  # "22 मार्च को लागू लॉकडाउन", "17 अप्रैल सुबह आठ बजे जारी आंकड़ों": the date of an attributive predicate
    span = _relative_participle(toks, keys, d, lex) or _date_to_happen(toks, keys, d, lex, doc) \
        or _dated_participle(toks, keys, d, lex, doc) or _dated_infinitive_clause(keys, d, lex)
    if span is not None:
        return sent.text[toks[span[0]].start - sent.start : toks[span[1] - 1].end - sent.start]
    span = _change_participle(keys, d, lex) or _dated_noun(toks, keys, d, lex, doc, p)
    before = span is None and _event_before(toks, keys, d, lex, doc, p.inverted_genitive_owner)
    if before:  # the verb group before the quantity may grow back to its partner: "सामने आए थे 4 पॉजिटिव केस"
        a, b = _verb_group(keys, before[0], before[1], 0, lex, toks, doc)
        return sent.text[toks[a].start - sent.start : toks[b - 1].end - sent.start]
    if span is None and not before:
        y = _distant_light_noun(toks, keys, d, lex, doc)
        if y is not None:
            return toks[y].text
    if span is None:
        agent = _agentive_participle(toks, keys, d, lex)
        if agent is not None:
            a, b = _verb_group(keys, agent[0], agent[1], d.i1, lex, toks, doc)
            return sent.text[toks[a].start - sent.start : toks[b - 1].end - sent.start]
    span = span or _event_head(toks, keys, d, lex, p, doc)
    if span is not None and _other_count_event(toks, keys, d, span, lex):
        return None  # (round 38) "918 नए मामले और 31 लोगों की मौत": the death noun is the other count's
    if d.kind == "date" and (span is None or keys[span[0]] in lex.sets.get("happening_forms", frozenset())):
        span = _date_happening(toks, keys, d, lex, doc, span) or span
    if span is None:
        became = _threshold_become(toks, keys, d, lex)
        if became is not None:
            return sent.text[toks[became[0]].start - sent.start : toks[became[1] - 1].end - sent.start]
        hf = _headline_final_predicate(toks, keys, d, lex)
        if hf is not None:
            return sent.text[toks[hf].start - sent.start : toks[-1].end - sent.start]
        st = _inverted_state_clause(toks, keys, d, lex)
        if st is not None:
            return toks[st].text
        sv = _subject_event_noun(keys, d, lex)
        if sv is not None:  # (round 56, switch subject_event_nouns)
            return toks[sv].text
        pc = _participle_before_count(toks, keys, d, lex)
        if pc is None:
            return None
        return sent.text[toks[pc[0]].start - sent.start : toks[pc[1] - 1].end - sent.start]
    span = _conjunct_noun(toks, keys, span, d, lex, doc) or _causative_nominal(toks, keys, span, d, lex, doc) \
        or _stay_location(toks, keys, span, d, lex) or span
    a, b = _verb_group(keys, span[0], span[1], d.i1, lex, toks, doc)
    if a == d.i1 and _percent_population(toks, keys, d, lex):
        span = _event_head(toks, keys, d, lex, p, doc, start=d.i1 + 1)
        if span is None:
            return None
        a, b = _verb_group(keys, span[0], span[1], d.i1 + 1, lex, toks, doc)
    a = _locative_state_start(keys, a, d.i1, lex)  # (round 52, switch locative_state_events)
    a, b = _negated(keys, a, b, d.i1, lex)
    return sent.text[toks[a].start - sent.start : toks[b - 1].end - sent.start]


def _locative_state_start(keys: list[str], a: int, lo: int, lex: Lexicon) -> int:
    """(round 52, settings locative_state_nouns, locative_state_lights; switch locative_state_events) A verb group that
    begins with a light verb of motion or placing (आ, ले, रख, भेज, रह: `locative_state_lights`) right after `X में`,
    where X is a state noun of contact, infection, watch, isolation or custody (`locative_state_nouns`: संपर्क, चपेट,
    निगरानी, क्वारंटाइन, आइसोलेशन ...), is one complex predicate with `X में`, as round 27's `हिरासत में लिया` is: `12
    लोग उसके संपर्क में आए थे` -> संपर्क में आए, `11 मरीजों को निगरानी में रखा जा चुका है` -> निगरानी में रखा जा चुका,
    `चार शहरों ... को अपनी चपेट में लिया` -> चपेट में लिया (were आए, रखा जा चुका, लिया: the light verb says nothing of what
    happened to what is counted). Only after the quantity (never back into its span, `lo`); a place (`वार्ड में रखा`,
    `अस्पताल में भेजा`) keeps its bare verb. The start of the event, moved back two tokens, or `a` as it was."""
    S = lex.sets
    nouns = S.get("locative_state_nouns")
    if not nouns or a - 2 < lo or keys[a - 1] != "में" or keys[a] not in S.get("locative_state_lights", frozenset()):
        return a
    return a - 2 if keys[a - 2] in nouns else a


def _negated(keys: list[str], a: int, b: int, lo: int, lex: Lexicon) -> tuple[int, int]:
    """(v28) A negated event keeps its negation, as the gold does (`नहीं चलेंगी`, `पता नहीं चल पाया`): one right before
    the group, after the quantity (`नहीं सामने आया`, `भी नहीं निकाला`), or नहीं right after it with the verb group
    it negates (`कोई मौत नहीं हुई` -> मौत नहीं हुई, `जारी नहीं किया`, `एकत्र नहीं हो पाएंगे`; before a copula नहीं alone:
    `संभव नहीं है` -> संभव नहीं). The event of a clause that says nothing happened is not the thing that happened."""
    S = lex.sets
    n = len(keys)
    before = S.get("negations_before", frozenset())
    if a - 1 >= lo and keys[a - 1] in before:
        return a - 1, b
    if b + 1 < n and keys[b] in S.get("negations_after", frozenset()):
        x = keys[b + 1]
        if x in S.get("copulas", frozenset()):
            return a, b + 1
        if x in S.get("verb_forms", frozenset()) or x in S.get("nominal_lights", frozenset()) \
                or x in S.get("verb_chain", frozenset()) or x in S.get("modal_forms", frozenset()):
            e = b + 2
            tail = S.get("verb_chain", frozenset()) | S.get("modal_forms", frozenset()) | S.get("progressive_forms", frozenset())
            while e < n and keys[e] in tail:
                e += 1
            return a, e
    return a, b


AGENTIVE_FORMS = frozenset({"वाला", "वाले", "वाली", "वालों"})
AGENTIVE_STOPS = frozenset({",", ":", "(", ")", "-", "ने", "दूर"})
GENITIVES = frozenset({"का", "के", "की"})


def _agentive_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(v26) A quantity inside an agentive participle phrase (`-ने वाला`, `-ने वाले`) before the noun that phrase
    qualifies is that verb's, not the main clause's: "100 मैच जिताने वाले पहले कप्तान बन सकते हैं" -> जिताने,
    "1990 में ... करियर शुरू करने वाले गांगुली ... खेले थे" -> शुरू, "चार मार्च को अमृतसर आने वाले ... यात्रियों
    की स्क्रीनिंग की" -> आने. The token span of the infinitive (of the nominal, for a conjunct with करने/होने), or None: not
    past a finite verb, a comma, a colon, a bracket, और or an ergative ने (the quantity is then the main clause's:
    "2.4 मिलियन लोगों ने लगातार आने वाले भूकंप का अनुभव किया"), nor a distance (`दूर`), and not a bare `होने वाले`
    (a date of what is to happen: "14 मार्च को होने वाली परीक्षाओं" keeps its event noun)."""
    S = lex.sets
    verbs = S.get("verb_forms", frozenset())
    n = len(keys)
    if d.kind == "date" and d.i1 < n and lex.events.get((keys[d.i1],)) is not None:
        return None  # the date of an event noun: "26/11 हमलों का षड्यंत्र रचने वाले" -> हमलों
    if _nominative_person_count(keys, d, lex):
        return None  # (round-24 review) the main clause's subject: "तीन डॉक्टर कोरोना से लड़ने वाले मरीजों का इलाज कर
        # रहे हैं" -> इलाज, "20 पुलिसकर्मी बाहर से आने वाले लोगों की जांच करेंगे" -> जांच
    for m in range(d.i1, min(n, d.i1 + 12)):
        k = keys[m]
        agentive = m + 1 < n and keys[m + 1] in AGENTIVE_FORMS
        nominal = m + 2 < n and keys[m + 1] in S.get("do_be_lights", frozenset()) and keys[m + 2] in AGENTIVE_FORMS
        if _agentive_boundary(keys, m, d, lex) or _genitive_of_event_noun(toks, keys, m, lex) \
                or (k in verbs and not agentive and not nominal and keys[m - 1] not in GENITIVES):
            return None  # another verb ("सामने आने के बाद मरने वालों"), a second object ("संक्रमण को मात देने वाले"),
            # a वाला of a noun ("अर्थव्यवस्था वाले देश से आने वाले"), a coordinated phrase ("46 वर्षीय व ... रहने वाले 45
            # वर्षीय"), the quantity's own event noun ("135 लोगों की मौत के साथ ही ... मरने वालों")
        if agentive and k.endswith("ने") and len(k) > 2 and _IS_WORD.match(k) \
                and (k not in lex.function_words or k in S.get("do_be_lights", frozenset())):
            if m + 2 < n and keys[m + 2] in S.get("copulas", frozenset()) or (k == "रहने" and keys[m - 1] in GENITIVES):
                return None  # a predicate, not a phrase before its noun: "दो लोग इंदौर के रहने वाले हैं",
                # "10 मार्च को भारत वापस आने वाले हैं" (is to come back); nor a residence, "X का रहने वाला" (a native
                # of X) takes no date: "दो अप्रैल को ... विष्णुगढ़ का रहने वाला एक शख्स कोरोना पॉजिटिव पाया गया"
            v = m
            if keys[v] in S.get("do_be_lights", frozenset()):
                w = v - 1
                if w < d.i1 or not _IS_WORD.match(keys[w]) or keys[w] in lex.function_words \
                        or lex.numbers.starts_number(keys[w]):
                    return None  # a bare "होने वाले"/"करने वाले": no predicate of its own
                return w, w + 1  # the nominal of a conjunct verb, as elsewhere ("जांच की गई" -> जांच): "शुरू करने
                # वाले" -> शुरू, "क्रॉस करने वाला" -> क्रॉस, "आयोजित होने वाले" -> आयोजित
            return v, v + 1
    return None


def _nominative_person_count(keys: list[str], d: _Draft, lex: Lexicon) -> bool:
    """(round-24 review) A count of persons or agents with no postposition after it (`subject_person_nouns`, the
    age/modifier person nouns, लोग) is a nominative: the main clause's subject, whose verb is the finite one, not that of
    an agentive phrase after it ("तीन डॉक्टर ... लड़ने वाले मरीजों का इलाज कर रहे हैं"). An oblique count keeps the
    phrase's verb ("6 लोगों के संपर्क में आने वाले", "तीन हजार से ज्यादा लोगों की जान लेने वाले"), as do non-person
    nouns ("100 मैच जिताने वाले")."""
    if d.kind != "count" or d.noun is None or d.i1 >= len(keys):
        return False
    S = lex.sets
    noun = fold(d.noun)
    person = noun in S.get("subject_person_nouns", frozenset()) or _person_noun(noun, lex)
    posts = S.get("case_postpositions", frozenset())
    x = d.i1
    if person and x + 2 < len(keys) and keys[x] in GENITIVES and keys[x + 1] in S.get("subject_group_nouns", frozenset()):
        x += 2  # "दो डॉक्टरों की टीम पाकिस्तान से आने वाले यात्रियों की ... जांच कर रही है": the group is the subject
    return person and keys[x] not in posts and keys[x] not in GENITIVES and keys[x] != "ने"


def _agentive_boundary(keys: list[str], m: int, d: _Draft, lex: Lexicon) -> bool:
    """Token m ends the search for an agentive phrase: a clause boundary, a comma, colon, bracket, dash, ergative ने or
    distance (`AGENTIVE_STOPS`), a coordinator ("46 वर्षीय व ... रहने वाले"), a second को ("संक्रमण को मात देने वाले")
    or a वाला of its own ("अर्थव्यवस्था वाले देश से आने वाले")."""
    k = keys[m]
    return k in lex.sets.get("hard_boundaries", frozenset()) or k in AGENTIVE_STOPS \
        or k in lex.sets.get("coordinators", frozenset()) or (k == "को" and m > d.i1) or k in AGENTIVE_FORMS


def _genitive_of_event_noun(toks: list[_Tok], keys: list[str], m: int, lex: Lexicon) -> bool:
    """Token m is a genitive before an event noun, the quantity's own ("135 लोगों की मौत के साथ ही ... मरने वालों")."""
    if keys[m] not in GENITIVES or m + 1 >= len(keys):
        return False
    nouns = ("noun", "eventnoun")
    return lex.events.get((keys[m + 1],)) in nouns or lex.events.get((fold(_lemma(keys[m + 1], toks[m + 1].text, lex)),)) in nouns


def _distant_light_noun(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> int | None:
    """(v26) "N X की Y ... की है": the noun Y after the counted noun's genitive is the nominal of a conjunct verb whose
    bare करना form comes later in the clause, after another argument and its postposition: "40,000 मास्क की आपूर्ति
    दिल्ली पुलिस को की है" -> आपूर्ति (as "40,000 मास्क की आपूर्ति की है" already is). The index of Y, or None: only
    a bare light verb right after a postposition (को/से/में/पर/तक), finite and ending its clause (with its copula or
    vector: not "मुख्यमंत्रियों से की है चर्चा", whose nominal comes after it), and
    nothing verbal or a clause boundary on the way ("20 लोगों की टीम को तैनात किया": तैनात किया has its own nominal)."""
    S = lex.sets
    n = len(keys)
    if d.kind != "count" or d.noun is None or d.i1 + 3 >= n or keys[d.i1] not in GENITIVES:
        return None
    y = d.i1 + 1
    verbs = S.get("verb_forms", frozenset())
    if not _noun_like(toks[y], lex, doc) or keys[y] in verbs or keys[y] in S.get("verb_stems", frozenset()) \
            or keys[y] in lex.function_words or lex.events.get((keys[y],)) in ("strong", "state") \
            or keys[y + 1] in S.get("agentive_lights", frozenset()) or lex.numbers.starts_number(keys[y]):
        return None
    hard = S.get("hard_boundaries", frozenset())
    lights = S.get("agentive_lights", frozenset())
    posts = S.get("case_postpositions", frozenset())
    for m in range(y + 1, min(n, y + 8)):
        k = keys[m]
        if k in hard or k == "," or k in S.get("coordinators", frozenset()):
            return None
        if k in lights and keys[m - 1] in posts and keys[m - 1] != "ने":
            e = m + 1
            while e < n and (keys[e] in S.get("copulas", frozenset()) or keys[e] in S.get("past_vectors", frozenset())):
                e += 1
            return y if e >= n or keys[e] in hard or keys[e] == "," else None  # (round-24 review) the verb group ends
            # the clause: not a headline's inverted nominal after it ("5 राज्यों के मुख्यमंत्रियों से की है चर्चा")
        if k in verbs or (k in lights and k != "की") or lex.numbers.starts_number(k):
            return None
    return None


def _percent_population(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> bool:
    """(v26) The person noun right after a percentage is the population it is a share of, never its event: "40
    फीसदी लोग हो चुके हैं ठीक" -> ठीक (was लोग), "12.02% मरीज हुए ठीक" -> ठीक (was मरीज हुए)."""
    if d.kind != "percent" or d.i1 >= len(keys):
        return False
    lemma = fold(_lemma(keys[d.i1], toks[d.i1].text, lex))
    return _person_noun(lemma, lex) or lemma in lex.sets.get("population_nouns", frozenset())


def _person_noun(noun: str, lex: Lexicon) -> bool:
    """(folded) A noun of persons: an age/modifier person noun (`मरीज`, `बच्चे`) or the default person noun `लोग`."""
    S = lex.sets
    return noun in S.get("age_person_nouns", frozenset()) or noun in S.get("person_modifier_nouns", frozenset()) \
        or noun == fold(lex.settings.get("default_person_noun", "लोग"))


def _predicate_start(keys: list[str], y: int, lo: int, lex: Lexicon) -> int:
    """The first token of the predicate adjective at y before रह (not before lo): a stay predicate before it is part of
    it ("अलग थलग रहने"), and so is a doubled adjective's first half with its hyphen ("अलग-अलग रहने", "अलग - अलग")."""
    if y - 2 >= lo and keys[y - 1] == "-" and keys[y - 2] == keys[y]:
        return y - 2
    if y - 1 >= lo and keys[y - 1] in lex.sets.get("stay_predicates", frozenset()):
        return y - 1
    return y


def _stay_location(toks: list[_Tok], keys: list[str], span: tuple[int, int], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(v21) `रह` (stay, remain) after a place noun and में/पर is a full verb, written with its place as the predicate:
    "छह यात्री शनिवार को अस्पताल में रहे" -> `अस्पताल में रहे`, "14 दिन तक वे अपने घर में रहेंगे" -> `घर में रहेंगे`; not
    where the place is counted or ranked itself ("तीसरे स्थान पर रहे", "दो अंकों में रहा": the quantity's own phrase)."""
    S = lex.sets
    k = span[0]
    x = k - 2
    stay = keys[k] in S.get("remain_verbs", frozenset()) or keys[k] in S.get("stay_forms", frozenset())
    if stay and k - 1 >= d.i1 and (keys[k - 1] in S.get("stay_predicates", frozenset())
                                                         or keys[k - 1] in S.get("copula_predicates", frozenset())):
        return _predicate_start(keys, k - 1, d.i1, lex), span[1]  # (v24) a predicate adjective before रह is one predicate with it: "14 दिन पृथक रहने को कहा",
        # "घर में बंद रहना है", "24 घंटे तक जीवित रहने" (the infinitive and the imperative too: रहने, रहना, रहें)
    if keys[k] not in S.get("remain_verbs", frozenset()) or x < d.i1 or keys[k - 1] not in ("में", "पर"):
        return None  # (the infinitive keeps no place: "14 दिन तक घर में रहने के लिए कहा" -> रहने, as v12's tests write it)
    t = toks[x]
    if not _is_content(t, lex, None) or keys[x] in S.get("verb_forms", frozenset()) or lex.numbers.starts_number(keys[x]) \
            or keys[x] in lex.ordinals or (x - 1 >= 0 and (lex.numbers.starts_number(keys[x - 1]) or keys[x - 1] in lex.ordinals
                                                          or keys[x - 1] in S.get("ordinal_suffixes", ()))):
        return None  # (and not "81वें नंबर पर रहीं": a rank)
    if keys[x] in S.get("rank_words", frozenset()) or (x - 1 == d.i1 and keys[x - 1] in ("के", "की", "का")):
        return None  # (review) "5 अंकों के साथ शीर्ष पर रही": a rank; "6 फीसदी के स्तर पर रही": the quantity's own head
    return x, span[1]


def _conjunct_noun(toks: list[_Tok], keys: list[str], span: tuple[int, int], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """(v20) A bare हो (`होता`, `होने लगेगा`, `नहीं होता`) whose noun is a genitive's head a few words before it is a
    conjunct verb, and the event is the noun, as in `तबाही हुई` -> तबाही: "इस तकनीक का प्रयोग हर जगह नहीं होने लगेगा"
    -> प्रयोग, "इसका इस्तेमाल बहुत नहीं होता था" -> इस्तेमाल. The noun lies between the quantity and the verb."""
    S = lex.sets
    h = span[0] + 1 if keys[span[0]] in S.get("negations", frozenset()) and span[0] + 1 < span[1] else span[0]
    if keys[h] not in S.get("bare_ho_forms", frozenset()):
        return None
    gen = ("का", "की", "के")
    stop = S.get("hard_boundaries", frozenset()) | S.get("case_postpositions", frozenset()) | frozenset(gen) | {","} \
        | S.get("genitive_postpositions", frozenset()) | S.get("conjunct_keep", frozenset()) \
        | S.get("copula_predicates", frozenset()) | S.get("ud_adjectives", frozenset())
    for x in range(h - 1, max(d.i1, h - 4) - 1, -1):
        if keys[x] in S.get("intensifiers", frozenset()):
            continue  # "इसका इस्तेमाल बहुत नहीं होता"
        if keys[x] in stop or lex.numbers.starts_number(keys[x]):
            return None  # (not "X के भीतर होता", "के पास हुआ", "पूरे होने", "संभव नहीं होता": a postposition or predicate adjective)
        if x - 1 > d.i1 and (keys[x - 1] in gen or keys[x - 1] in S.get("genitive_pronouns", frozenset())):
            if not _IS_WORD.match(toks[x].text) or keys[x] in lex.function_words or keys[x] in S.get("verb_forms", frozenset()) \
                    or keys[x] in S.get("negations", frozenset()) or doc.entity_at(toks[x].start, toks[x].end) is not None:
                return None
            return x, x + 1
    return None


def _causative_nominal(toks: list[_Tok], keys: list[str], span: tuple[int, int], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """(v20) A causative light verb (`कराया`, `करवा`) after a nominal leaves the nominal as the event, as `जांच की गई` ->
    जांच: "अस्पताल में दाखिल कराया गया" -> दाखिल, "अपनी जांच करा चुके" -> जांच; with a `conjunct_keep` word the group is
    written whole ("बंद करा दिए", as "बंद कर दिया")."""
    S = lex.sets
    neg = keys[span[0]] in S.get("negations", frozenset()) and span[0] + 1 < span[1]
    a = span[0] + 1 if neg else span[0]  # "पांच लोगों ने जांच नहीं कराई" -> जांच, as in `_conjunct_noun`
    if keys[a] not in S.get("causative_light_forms", frozenset()) or span[0] - 1 < d.i1:
        return None
    x = span[0] - 1
    if x - 1 >= d.i1 and keys[x] in S.get("manner_adverbs", frozenset()):
        x -= 1  # "दूसरे सैंपल की जांच जल्द कराई जाएगी" -> जांच
    if not _IS_WORD.match(toks[x].text) or keys[x] in lex.function_words or keys[x] in lex.not_nouns \
            or keys[x] in S.get("verb_forms", frozenset()) or keys[x] in S.get("case_postpositions", frozenset()) \
            or keys[x] in ("का", "की", "के") or lex.numbers.starts_number(keys[x]) or doc.entity_at(toks[x].start, toks[x].end) is not None:
        return None
    return (x, span[1]) if keys[x] in S.get("conjunct_keep", frozenset()) else (x, x + 1)


def _relative_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """A `-ने वाला` participle right after the quantity's में/तक/से takes the quantity as its argument: "11 दिनों तक
    चलने वाले इस समारोह" -> चलने, "2012 में शुरू होने वाला फ़ेस्टिवल" -> शुरू होने, "सात देशों से आने वाले विमानों" -> आने,
    "दो कमरों में रहने वाले 15 मजदूरों" -> रहने. Not a bare होने ("21 गांवों में होने वाला माइग्रेशन": the event is the noun)."""
    S = lex.sets
    n = len(keys)
    j = d.i1
    if j + 2 >= n or keys[j] not in S.get("relative_participle_postpositions", frozenset()):
        return None
    heads = S.get("relative_participle_heads", frozenset())
    a = j + 1
    if keys[a + 1] in heads:
        inf = a
    elif a + 2 < n and keys[a + 2] in heads and _IS_WORD.match(toks[a].text) and keys[a] not in lex.function_words \
            and not lex.numbers.starts_number(keys[a]):
        inf = a + 1  # "शुरू होने वाला", "भाग लेने वालों"
    else:
        return None
    if not toks[inf].text.endswith("ने") or len(toks[inf].text) < 3 or not _IS_WORD.match(toks[inf].text) \
            or (inf == a and keys[inf] in ("होने", "करने")) or (inf == a and keys[inf] in lex.function_words):
        return None
    return a, inf + 1


def _date_to_happen(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """A date before a bare `होने वाला` dates the noun it qualifies: "15 मार्च को होने वाले मैच" -> मैच,
    "14 मार्च को होने वाली परीक्षाओं" -> परीक्षाओं, "तीन जुलाई को होने वाली सर्वदलीय बैठक" -> बैठक."""
    S = lex.sets
    n = len(keys)
    j = _skip_time_of_day(keys, d.i1, lex)
    if d.kind != "date" or j + 1 >= n or keys[j] not in ("को", "में", "से", "तक"):
        return None
    j = _place_before_happen(toks, keys, j + 1, lex, doc) - 1  # (round 28) "26 मार्च को भुवनेश्वर में होने वाला"
    if j + 3 >= n or keys[j + 1] != "होने" or keys[j + 2] not in S.get("relative_participle_heads", frozenset()):
        return None

    def nounish(x: int) -> bool:
        return x < n and _noun_like(toks[x], lex, doc) and keys[x] not in S.get("verb_forms", frozenset()) \
            and keys[x] not in S.get("dated_time_nouns", frozenset()) and keys[x] not in S.get("season_time_nouns", frozenset())

    def eventish(x: int) -> bool:
        return lex.events.get((keys[x],)) in ("noun", "eventnoun") or keys[x] in S.get("happening_nouns", frozenset()) \
            or fold(_lemma(keys[x], toks[x].text, lex)) in S.get("happening_nouns", frozenset())

    q = j + 3
    x = q
    m = doc.entity_at(toks[q].start, toks[q].end) if q < n else None
    if m is not None and m.start == toks[q].start:
        while x + 1 < n and x < q + 2 and toks[x + 1].end <= m.end:
            x += 1  # (review of round 28) over a name of several words: "होने वाला दक्षिण अफ्रीका का दौरा"
    if x + 2 < n and keys[x + 1] in GENITIVES and _noun_like(toks[x + 2], lex, doc) and not eventish(x):
        q = x + 2  # (round 28) a name's genitive before the noun is its possessor, never the head, tagged or not: "होने
        # वाला भारत का क्वालीफायर मैच" -> मैच (was भारत), "होने वाले आईपीएल के मैच" -> मैच, "कोरोना का असर" -> असर;
        # not an event noun's ("होने वाली परीक्षाओं के प्रश्नपत्रों": the exams are what happens)
    while q < min(n, j + 6) and (keys[q] in S.get("determiners", frozenset()) or keys[q] in lex.adjectives
                                 or keys[q] in S.get("ud_adjectives", frozenset())
                                 or (toks[q].text.endswith("ीय") and len(toks[q].text) > 4)):
        q += 1  # (also an -ीय adjective: "सर्वदलीय बैठक")
    if not nounish(q):
        return None
    heads = S.get("compound_heads", frozenset())
    r = q  # the head of a noun compound: the first event noun in it, else its last noun ("प्रीमियर लीग मैचों",
    while r + 1 < min(n, q + 3) and nounish(r + 1) and (  # "प्रश्नपत्र परीक्षा संचालन कक्ष" -> परीक्षा)
            not eventish(r) or eventish(r + 1) or keys[r + 1] in heads):
        r += 1  # (review of round 28) an event noun or a compound head after an event noun is the head: "उद्घाटन मैच",
        # "टेस्ट इवेंट" (was the first word)
    return r, r + 1


def _place_before_happen(toks: list[_Tok], keys: list[str], x: int, lex: Lexicon, doc: _Doc) -> int:
    """(round 28) A place with में at x, between a date's frame and `होने वाला` ("26 मार्च को भुवनेश्वर में होने वाला
    मैच", "29 मार्च से मुंबई में होने वाले आईपीएल"): the index after its में, else x. A place is a tagged LOC mention
    (one to three words) or a one-word KB place."""
    n = len(keys)
    if x >= n:
        return x
    m = doc.entity_at(toks[x].start, toks[x].end)
    y = x
    if m is not None and m.label == "LOC" and m.start == toks[x].start:
        while y + 1 < n and y < x + 2 and toks[y + 1].end <= m.end:
            y += 1
    elif keys[x] not in lex.sets.get("kb_places", frozenset()):
        return x
    return y + 2 if y + 1 < n and keys[y + 1] == "में" else x


DATED_FRAMES = frozenset({"में", "को", "से", "तक"})
DATED_FRAME_PAIRS = frozenset({("के", "बीच"), ("के", "दौरान"), ("के", "बाद"), ("से", "पहले")})


def _dated_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """(v26) A date (or a span of dates) with its frame postposition right before a perfective participle that
    qualifies a noun dates that participle: "1973 से 1985 के बीच बनी फिल्मों में ... निभा चुके" -> बनी, "2010 में बनी
    सड़क टूट गई" -> बनी, "22 मार्च से पहले लौटे यात्रियों की जांच" -> लौटे. The participle's token span (with its
    passive vector: "बनाई गई सड़क"), or None: not a bare हुआ/हुई/किया (the date of a happening noun, "12 मई को हुई बैठक" ->
    बैठक, kept), nor a participle with no noun after it (a finite verb: "2010 में बनी थी")."""
    if d.kind != "date":
        return None
    S = lex.sets
    n = len(keys)
    j = _skip_time_of_day(keys, d.i1, lex)
    if j + 1 < n and (keys[j], keys[j + 1]) in DATED_FRAME_PAIRS:
        x = j + 2
    elif j < n and keys[j] in DATED_FRAMES:
        x = j + 1
    else:
        return None
    verbs = S.get("verb_forms", frozenset())
    if x + 1 >= n or keys[x] not in verbs or keys[x] in lex.function_words or keys[x] in S.get("do_be_lights", frozenset()) \
            or not toks[x].text.endswith(("ा", "ी", "े", "ीं", "ए", "ई")) or keys[x] in S.get("copulas", frozenset()) \
            or (keys[x].endswith(("ना", "नी", "ने")) and keys[x][:-2] in S.get("verb_stems", frozenset())):
        return None  # (not an infinitive: "8 अप्रैल को गिरना शुरू हुआ")
    b = x + 1
    while b < n and keys[b] in S.get("past_vectors", frozenset()):
        b += 1
    if keys[x].startswith("रह"):  # (round-24 review) a stay verb's predicate, not the verb: "31 मार्च तक रहेगा लॉकडाउन
        # लागू" -> लागू (was रहेगा), "25 जून तक रहेंगे बंद" -> बंद
        y = next((y for y in (b, b + 1) if y < n and keys[y] in S.get("copula_predicates", frozenset())), None)
        return None if y is None else (y, y + 1)
    if b >= n or not _noun_like(toks[b], lex, doc) or keys[b] in verbs or keys[b] in lex.function_words \
            or keys[b] in S.get("copulas", frozenset()) or lex.numbers.starts_number(keys[b]):
        return None
    return x, b


def _skip_time_of_day(keys: list[str], j: int, lex: Lexicon) -> int:
    """After a date at j: past a time of day and a clock time (`सुबह आठ बजे`, `शाम 7 बजे`); j when none follows."""
    n = len(keys)
    x = j
    if x < n and keys[x] in lex.sets.get("day_parts", frozenset()):
        x += 1
    y = x
    while y < min(n, x + 3) and (keys[y][:1].isdigit() or keys[y] in lex.numbers.words or keys[y] in lex.numbers.fraction_adds):
        y += 1
    if y > x and y < n and keys[y] in lex.sets.get("clock_words", frozenset()):
        x = y + 1
    return x if x > j + 1 or (x == j + 1 and keys[j] in lex.sets.get("day_parts", frozenset())) else j


def _ago_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> int | None:
    """A span of time + पहले (ago) right before a perfective participle that qualifies a noun: the participle is what
    happened then (`दो दिन पहले झुलसे व्यक्ति की ... मौत हो गई` -> झुलसे, `दो हफ्ते पहले आये चक्रवात` -> आये); not a finite
    verb (`दो दिन पहले आए थे`: the clause's own predicate) nor an infinitive or habitual form."""
    S = lex.sets
    n = len(keys)
    if d.kind != "duration" or d.i1 + 2 >= n or keys[d.i1] not in S.get("ago_words", frozenset()):
        return None
    x = d.i1 + 1 + (keys[d.i1 + 1] == "ही")
    if x + 1 >= n or keys[x] not in S.get("verb_forms", frozenset()) or keys[x] in lex.function_words \
            or not toks[x].text.endswith(("ा", "े", "ी", "ीं", "ए", "ई", "ये", "या", "यी")) \
            or toks[x].text.endswith(("ने", "ना", "ता", "ते", "ती")) or keys[x] in S.get("progressive_forms", frozenset()):
        return None
    y = keys[x + 1]
    if not _IS_WORD.match(toks[x + 1].text) or y in lex.function_words or y in S.get("verb_forms", frozenset()) \
            or y in S.get("copulas", frozenset()) or y in S.get("verb_chain", frozenset()) or lex.numbers.starts_number(y) \
            or y in lex.not_nouns:
        return None
    return x


# an inverted light verb before a headline's last word: past `हुई पहचान`, (round 32) future `की होगी जांच`
_INVERTED_LIGHTS = frozenset({"हुए", "हुई", "हुआ", "हुईं", "हुये", "हुयी", "होगी", "होगा", "होंगे", "होंगी"})


def _future_like(text: str, key: str, lex: Lexicon) -> bool:
    """`_span_participle`: a form ending in गा/गे/गी/गीं that is a future (`रहेंगे`, `होगी`), not the past participle of
    a stem ending in ग (review of session 28: `लगी`, `लगे`, `भागे`, `मांगी`: the stem and its vowel ending)."""
    if not text.endswith(("गा", "गे", "गी", "गीं")):
        return False
    return key.rstrip("ाेीं") not in lex.sets.get("verb_stems", frozenset())


def _span_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """(round 36, settings span_participle_postpositions) A duration or date, a postposition of the span (से, तक; a
    date also में) and right after it an attributive participle before its noun: the span is the participle's, its
    event ("50 दिनों से रुके ट्रेन के पहिए" -> रुके, "तीन घंटे 11 मिनट तक चले मुक़ाबले" -> चले, "1926 में जन्मे बाल ठाकरे"
    -> जन्मे). A second number + unit of one span is stepped over ("तीन घंटे 11 मिनट तक"). Not a conjunctive -कर
    participle, not हुआ/हुए/हुई (the date of an event noun: "2019 में हुए चुनाव" -> चुनाव)."""
    posts = lex.settings.get("span_participle_postpositions", {})
    if not isinstance(posts, dict) or d.kind not in posts:
        return None
    n = len(keys)
    j = d.i1
    if d.kind == "duration" and j + 2 < n and lex.numbers.starts_number(keys[j]) and (keys[j + 1],) in lex.units \
            and lex.units[(keys[j + 1],)][1] == "duration":
        j += 2  # "तीन घंटे 11 मिनट तक"
    if j + 1 >= n or keys[j] not in posts[d.kind]:
        return None
    g = _verb_group_at(toks, keys, j + 1, lex)
    if g is None or g[2] != "attributive" or g[0] != j + 1:
        return None
    a, b, _ = g
    if toks[a].text.endswith("कर") or _future_like(toks[a].text, keys[a], lex) or keys[a] in ("हुआ", "हुए", "हुई", "हुईं") \
            or keys[a] in lex.not_events \
            or keys[a] in lex.sets.get("remain_verbs", frozenset()) or keys[a] in lex.sets.get("stay_forms", frozenset()):
        return None  # (a future or a remain verb before its predicate word: "25 जून तक रहेंगे बंद")
    if b - a == 1 and (b >= n or not _noun_like(toks[b], lex, doc) or lex.numbers.starts_number(keys[b])):
        return None  # a participle before its noun only
    return a, b


def _headline_final_predicate(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> int | None:
    """(v31) A headline, a sentence whose last token is a word (so none closed by a danda or full stop), that ends in a
    bare predicate word (`copula_predicates`) with no verb, comma or clause boundary between the quantity and it (or
    right after it: `दिल्ली में 5 स्कूल बंद`; for a count, no `headline_time_adverbials` between: not `12 मौतों के बाद
    ... बंद`): that word is the quantity's event, the copula a headline leaves out (`यूपी के सभी बूचड़खाने तीन दिन के
    लिये बंद`, `शराब दुकानें 23 से 25 मार्च तक बंद`); or one word after an inverted `हुए/हुई/हुआ` that ends the headline (`विदेशों से लौटे 91719 लोग हुए चिन्हित`, `... लोगों की
    हुई पहचान`), as `10 मरीज हुए ठीक`, a negated one with its negation (`छह माह से नहीं हुआ छिड़काव`). Returns the event's
    first token; the event runs to the sentence's end."""
    S = lex.sets
    n = len(keys)
    last = n - 1
    if last < d.i1:  # (review) d.i1 is the quantity's exclusive end: `दिल्ली में 5 स्कूल बंद` ends right after it
        return None
    hard = S.get("hard_boundaries", frozenset())
    forms = S.get("verb_forms", frozenset())
    if last - 1 == d.i1 and keys[d.i1] in S.get("inverted_copulas", frozenset()) and _IS_WORD.match(toks[last].text) and (
            keys[last] in S.get("copula_predicates", frozenset()) or keys[last] in S.get("inverted_copula_words", frozenset())
            or lex.events.get((keys[last],)) == "state"):
        return last  # (round 38, settings inverted_copulas) an inverted copula between the count and the headline's last
        # predicate word: "गुजरात के 72 लोग थे शामिल" -> शामिल (as "सात विदेशी शामिल हैं")
    end = last
    if keys[last] not in S.get("copula_predicates", frozenset()):
        if not (last - 1 >= d.i1 and keys[last - 1] in _INVERTED_LIGHTS and _IS_WORD.match(toks[last].text)
                and keys[last] not in forms and keys[last] not in lex.function_words and not lex.numbers.starts_number(keys[last])):
            j = _inverted_before_state(toks, keys, d, lex)
            if j is None:
                return None
            return last if not any(keys[x] in hard or keys[x] == "," or keys[x] in forms or keys[x] in S.get("copulas", frozenset())
                                   for x in range(d.i1, j)) else None
        end = last - 1  # the inverted हुए itself is no verb between
        if end - 1 >= d.i1 and keys[end - 1] in S.get("negations", frozenset()):
            end -= 1  # (a negated one keeps its negation: "छह माह से नहीं हुआ छिड़काव")
    if any(keys[x] in hard or keys[x] == "," or keys[x] in forms or keys[x] in S.get("copulas", frozenset())
           for x in range(d.i1, end)):
        return None
    if d.kind not in ("duration", "date") and any(
            f"{keys[x]} {keys[x + 1]}" in S.get("headline_time_adverbials", frozenset()) for x in range(d.i1, end - 1)):
        return None  # (review) `12 मौतों के बाद शहर में बाजार बंद`: a count in a time adverbial (a span of time keeps it)
    return last if end == last or keys[end] not in S.get("negations", frozenset()) else end


def _inverted_before_state(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, last: int | None = None) -> int | None:
    """(v33, settings `inverted_state_headlines`) A headline that ends in a state or strong event word (`events.tsv`:
    संक्रमित, लापता, घायल, ठीक) two words after an inverted `हुए/हुई/हुआ`, over one word that qualifies it (`40 बच्चे हुए
    कोरोना संक्रमित`, `पाक में 2104 हुए कुल संक्रमित`) or a past copula (`5 जवान हुए थे लापता`): the index of the inverted
    verb, so that the state word alone is the event (a noun after it is no event: `1,86,906 हुए कोरोना टेस्ट`)."""
    if not lex.settings.get("inverted_state_headlines"):
        return None
    last = len(keys) - 1 if last is None else last
    if lex.events.get((keys[last],)) not in ("state", "strong") or not _IS_WORD.match(toks[last].text):
        return None
    j = last - 1
    if j < d.i1:
        return None
    if keys[j] not in lex.sets.get("past_copulas", frozenset()):
        if not _IS_WORD.match(toks[j].text) or keys[j] in lex.sets.get("verb_forms", frozenset()) \
                or keys[j] in lex.function_words or lex.numbers.starts_number(keys[j]) or keys[j] in _INVERTED_LIGHTS:
            return None
    j -= 1
    return j if j >= d.i1 and keys[j] in _INVERTED_LIGHTS else None


def _inverted_state_clause(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> int | None:
    """(v33) `_inverted_before_state` in a headline's first clause, closed by a comma: `40 बच्चे हुए कोरोना संक्रमित, यहां
    भी निकला ...` -> संक्रमित. The headline has no closing danda or full stop and no verb, copula or boundary stands
    between the quantity and the inverted verb. Returns the state word's index (the event is that word alone)."""
    if not _IS_WORD.match(toks[-1].text):
        return None
    e = next((x for x in range(d.i1, len(keys)) if keys[x] == ","), None)
    if e is None or e < d.i1 + 3:
        return None
    j = _inverted_before_state(toks, keys, d, lex, e - 1)
    S = lex.sets
    stop = S.get("hard_boundaries", frozenset()) | S.get("verb_forms", frozenset()) | S.get("copulas", frozenset())
    return e - 1 if j is not None and not any(keys[x] in stop for x in range(d.i1, j)) else None


def _participle_before_count(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(v31) When a count (or a sum) found no predicate of its own, a participle group right before it, after a case
    postposition or a comma (or at the sentence start), is what happened to the counted: `कोरोना से प्रभावित 71 जिले
    हैं`, `मुठभेड़ में मारे गए 3 जवान बिहार के थे`; (review of round 32) a finite verb after the noun in its clause
    wins (`अमेरिका में फंसे 118 लोग हैदराबाद पहुंचे` -> पहुंचे). The group is a listed
    state/strong event word, or a perfective or future verb form (-े/-ी/-ा, -गा/-गी/-गे; not an infinitive or
    imperfective), with up to two past vectors after it (`गए`, `गई`, `चुके`); before an ordinal only a verb
    form (`बंगाल में मिला तीसरा मरीज`; not `ठीक पहले`). (review) Never a word of place, relation or `exactly`
    (`not_participle_events`: `दिल्ली में स्थित 5 अस्पताल`, `हॉल में ठीक 50 लोग`, unless after ने) nor a saying verb after
    ने (`saying_verbs`: `सीएम ने कहा 10 लाख लोगों की ...`)."""
    if d.kind not in ("count", "money", "ordinal") or d.i0 < 1:
        return None
    S = lex.sets
    past = S.get("past_vectors", frozenset())
    e = d.i0
    a = e - 1
    while a > 0 and keys[a] in past and e - a < 3:
        a -= 1
    w = keys[a]
    if w in past or not _IS_WORD.match(toks[a].text) or w in lex.function_words or lex.numbers.starts_number(w):
        return None
    if w in S.get("not_participle_events", frozenset()) and not (a > 0 and keys[a - 1] == "ने"):
        return None  # (review) a place, a relation or `exactly`: `दिल्ली में स्थित 5 अस्पताल`, `हॉल में ठीक 50 लोग`
    if a > 0 and keys[a - 1] == "ने" and w in S.get("saying_verbs", frozenset()):
        return None  # (review) `सीएम ने कहा 10 लाख लोगों की ...`: the count opens what was said
    forms = S.get("verb_forms", frozenset())
    # (review) a perfective or a future form (`गरीबों को मिलेंगे 500 रुपये`: the one corpus/news future, `को मिलेगा 20 लाख
    # करोड़ के पैकेज का ... लाभ`, is right too), never an infinitive, an imperfective or a copula
    finite = w in forms and w.endswith(("े", "ी", "ा", "ीं")) and not w.endswith(("ने", "ते", "नी", "ती", "ना", "ता")) \
        and w not in S.get("progressive_forms", frozenset()) and w not in S.get("remain_verbs", frozenset()) \
        and w not in S.get("copulas", frozenset()) and w not in S.get("verb_chain", frozenset())
    if a < e - 1:
        ok = finite or lex.events.get(tuple(keys[a:e])) == "strong"
    else:
        ok = finite or (d.kind != "ordinal" and lex.events.get((w,)) in ("state", "strong"))
    if not ok:
        return None
    if a > 0 and keys[a - 1] not in S.get("case_postpositions", frozenset()) and keys[a - 1] != ",":
        return None
    hard = S.get("hard_boundaries", frozenset())
    for x in range(d.i1, len(keys)):  # (review of round 32) a finite verb after the noun in the same clause is the
        kx = keys[x]  # main predicate: "अमेरिका में फंसे 118 लोग हैदराबाद पहुंचे" -> पहुंचे, not फंसे
        if kx in hard or kx == ",":
            break
        if kx in forms and kx.endswith(("े", "ी", "ा", "ीं")) and not kx.endswith(("ने", "ते", "नी", "ती", "ना", "ता")) \
                and kx not in lex.function_words and kx not in S.get("copulas", frozenset()) and _IS_WORD.match(toks[x].text) \
                and kx not in S.get("verb_chain", frozenset()) and kx not in past:
            return x, x + 1
    return a, e


def _function_participle(keys: list[str], h: int, lights: frozenset[str], S: Mapping[str, frozenset[str]]) -> bool:
    """(round 53, switch participle_function_verbs) The function word at h heads a perfective participle group before a
    past vector (`किए गए`, `दी गई`, `लिए गए`): a light verb (nominal_lights, causative_lights), read with the nominal before
    it, or the full verb लेना (partitive_participle_stems: लिए, लिये), read alone, though never after के/की, where it is
    the compound postposition `के लिए` and the vector is the verb (`इलाज के लिए गए 5 लोगों में से`: went, no event).
    Off: every function word stops there, as before."""
    if "_participle_function_verbs" not in S:
        return False
    if keys[h] in lights:
        return True
    return keys[h] in S.get("partitive_participle_stems", frozenset()) and (h == 0 or keys[h - 1] not in GENITIVES)


def _participle_before(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> int | None:
    """The first token of a perfective participle group right before a count that is a genitive or a partitive
    total (`मारे गए 21 लोगों में से`, `लिए गए 28 सैंपल की जांच रिपोर्ट`, `भर्ती कराए गए पांच मरीजों की हालत`): the
    participle is what happened to the counted (the clause's predicate belongs to the noun after it). Not a
    light verb of another noun (`की गई 500 लोगों की जांच`), nor before को/ने/से (the clause's own object/subject)."""
    S = lex.sets
    n = len(keys)
    # d.i0 >= 1 is all the one-word path needs (`मरे 48 लोगों में से 27` at a sentence start); the two-word path
    # checks its own start (h >= 0) below
    if d.kind != "count" or d.i0 < 1 or d.i1 >= n or keys[d.i1] not in ("में", "का", "की", "के"):
        return None
    past = S.get("past_vectors", frozenset())
    if keys[d.i0 - 1] not in past:
        w = keys[d.i0 - 1]
        if keys[d.i1] == "में" and w in S.get("verb_forms", frozenset()) and w.endswith("े") and not w.endswith(("ने", "ते")) \
                and w not in lex.function_words and w not in S.get("progressive_forms", frozenset()) \
                and w not in S.get("remain_verbs", frozenset()) and _IS_WORD.match(toks[d.i0 - 1].text) \
                and any(keys[x] == "से" or lex.numbers.starts_number(keys[x]) for x in range(d.i1 + 1, min(n, d.i1 + 4))):
            return d.i0 - 1  # a one-word perfective participle before a partitive total: "मरे 48 लोगों में से 27", "मिले तीन संक्रमितों में"
        return None
    a = d.i0 - 1
    while a - 1 >= 0 and keys[a - 1] in past:
        a -= 1
    h = a - 1
    lights = S.get("nominal_lights", frozenset()) | S.get("causative_lights", frozenset())
    if h < 0 or not _IS_WORD.match(toks[h].text) or lex.numbers.starts_number(keys[h]) \
            or (keys[h] in lex.function_words and not _function_participle(keys, h, lights, S)):
        return None
    forms = S.get("verb_forms", frozenset())
    if keys[h] in lights:
        if h - 1 < 0 or not _IS_WORD.match(toks[h - 1].text) or keys[h - 1] in lex.function_words \
                or lex.numbers.starts_number(keys[h - 1]):
            return None  # "की गई 500 लोगों की जांच": the light verb of the noun after it
        return h - 1  # "भर्ती कराए गए", "गिरफ्तार किये गये", "साझे किये गए"
    if keys[h] not in forms and keys[h] not in S.get("verb_stems", frozenset()):
        return None
    return h  # "मारे गए", "लिए गए", "निकाले गए"


def _date_happening(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc, span) -> tuple[int, int] | None:
    """What happened on a date whose clause's verb is a bare हो (`हुआ`, `हुई`, `होगी`): the event noun that
    the participle qualifies ("2012 में हुए दंगों", "13 दिसंबर 2001 को हुए आतंकवादी हमले") or the subject
    noun right before the date ("शुरुआत 26 मार्च को हुई थी", "हादसा 2002 में हुआ था", "बैठक 11 अप्रैल को ... होगी")."""
    S = lex.sets
    n = len(keys)
    happen = S.get("happening_forms", frozenset())
    h = span[0] if span is not None else None
    if h is None:  # a future/copular हो ends the clause without an event: find it
        for x in range(d.i1, min(n, d.i1 + 8)):
            if keys[x] in S.get("hard_boundaries", frozenset()) or keys[x] == ",":
                break
            if keys[x] in happen:
                h = x
                break
    if h is None:
        return None
    def is_event_noun(x: int) -> bool:
        return lex.events.get((keys[x],)) in ("noun", "eventnoun") or keys[x] in S.get("happening_nouns", frozenset())
    nxt = keys[h + 1] if h + 1 < n else "।"
    if keys[h] in S.get("happened_verbs", frozenset()) and nxt not in S.get("verb_chain", frozenset()) \
            and nxt not in S.get("copulas", frozenset()) and nxt not in S.get("hard_boundaries", frozenset()) and nxt != ",":
        c = h + 1
        while c < n and keys[c] in S.get("determiners", frozenset()):
            c += 1
        for x in range(c, min(n, c + 3)):  # "हुए आतंकवादी हमले", "हुए इस हादसे"
            if is_event_noun(x):
                return x, x + 1
            if keys[x] in lex.function_words or not _noun_like(toks[x], lex, doc):
                break
        return None
    b = d.i0 - 1
    if b >= 1 and keys[b] in lex.months:
        b -= 1  # "मंगनी मार्च 2001 में हुई थी"
    while b >= 1 and keys[b] in S.get("day_parts", frozenset()):
        b -= 1  # (v20) past a time of day: "दूसरे बुजुर्ग की मौत देर रात 11 बजे हुई", "हमला सुबह लगभग आठ बजे हुआ"
    if b >= 0 and is_event_noun(b) and doc.entity_at(toks[b].start, toks[b].end) is None:
        return b, b + 1  # "शुरुआत 26 मार्च को हुई थी"
    return None


def _change_participle(keys: list[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """`बढ़कर`/`घटकर` next to the number is the event of a changed amount: "$25,000 से बढ़कर",
    "तीव्रता बढ़कर 100-150 किलोमीटर", "बढ़कर यह अब $45,000 हो गई" (within three tokens before it)."""
    change = lex.sets.get("change_participles", frozenset())
    if not change:
        return None
    j = d.i1 + 1 if d.i1 < len(keys) and keys[d.i1] == "से" else d.i1
    if j < len(keys) and keys[j] in change:
        return j, j + 1
    spaced = lex.sets.get("change_participles_spaced", frozenset())
    if j + 1 < len(keys) and f"{keys[j]} {keys[j + 1]}" in spaced:
        return j, j + 2  # written apart: "से बढ़ कर"
    hard = lex.sets.get("hard_boundaries", frozenset())
    if d.i1 < len(keys) and keys[d.i1] in lex.sets.get("change_not_before", frozenset()):
        return None  # "मलबा गिरकर 15 घरों में घुस गया": a located/affected quantity, no changed amount
    for j in range(d.i0 - 1, max(-1, d.i0 - 4), -1):
        if keys[j] in hard or keys[j] == "," or lex.numbers.starts_number(keys[j]):
            break
        if keys[j] in change:
            return j, j + 1
        if j >= 1 and j >= d.i0 - 2 and f"{keys[j - 1]} {keys[j]}" in spaced:
            return j - 1, j + 1  # written apart right before it: "मामले बढ़ कर 49,391 हुए" (not "पेड़ टूट कर गिरने से दो लोग")
    return None


def _change_subject(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> int | None:
    """The subject noun right before a change participle that a bare count follows: "मामले बढ़कर 415 हो गए",
    "मामले बढ़ कर अब 63" -> मामले (not a count word, what is measured, or a pronoun: "संख्या बढ़कर",
    "रिकवरी रेट बढ़कर 25.37", "यह बढ़कर 7.5")."""
    change = lex.sets.get("change_subject_participles", frozenset())
    j = d.i0 - 1
    if j >= 0 and keys[j] in lex.sets.get("change_subject_skips", frozenset()):
        j -= 1  # "बढ़कर अब 63"
    if j >= 0 and keys[j] in change:
        j -= 1
    elif j >= 1 and f"{keys[j - 1]} {keys[j]}" in lex.sets.get("change_participles_spaced", frozenset()):
        j -= 2
    else:
        return None
    if j < 0 or not _noun_like(toks[j], lex, doc) or keys[j] in lex.sets.get("verb_forms", frozenset()) \
            or keys[j] in lex.sets.get("count_words", frozenset()) or keys[j] in lex.sets.get("attribute_nouns", frozenset()) \
            or fold(_lemma(keys[j], toks[j].text, lex)) in lex.sets.get("attribute_nouns", frozenset()) \
            or (keys[j],) in lex.events or (keys[j],) in lex.units:  # (an event noun, a unit: "उत्पादन बढ़कर", "तीन गुना बढ़कर")
        return None
    return j


def _state_noun_predicate(keys: list[str], d: _Draft, lex: Lexicon) -> bool:
    """(round 35) A state word counted as people (`1431 संक्रमित`) right before a predicate of its own: a recovery word
    (settings state_noun_predicates: `1431 संक्रमित ठीक हुए`, `26 कोरोना संक्रमित स्वस्थ होकर घर लौट चुके`) or a
    genitive death noun (`48 कोरोना संक्रमित की मौत हो चुकी है`): that predicate is the event, not the state word."""
    n = len(keys)
    j = d.i1
    if j < n and keys[j] in lex.sets.get("nominal_particles", frozenset()):
        j += 1  # "20 संक्रमित भी ठीक हो चुके"
    if j + 1 >= n:
        return False
    if keys[j] in lex.sets.get("state_noun_predicates", frozenset()):
        return True
    return keys[j] in ("की", "के") and lex.events.get((keys[j + 1],)) == "eventnoun"


def _dated_noun(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc,
                p: QuantitiesParams | None = None) -> tuple[int, int] | None:
    """A date in the genitive dates the noun it qualifies: "26/11 का हमला", "चार मई की उस अधिसूचना"."""
    n = len(keys)
    if d.kind != "date" or d.i1 + 1 >= n or keys[d.i1] not in ("का", "की", "के"):
        return None
    S = lex.sets
    if keys[d.i1 + 1] in S.get("later_frames", frozenset()):
        return None  # (round 45) "तीन मई के आगे लॉकडाउन बढ़ेगा": a compound postposition, no genitive of the noun after it
    times = S.get("dated_time_nouns", frozenset())
    if not any(lex.numbers.starts_number(keys[y]) and not (keys[y].isdigit() and len(keys[y]) == 4) for y in range(d.i0, d.i1)):
        times = times | S.get("season_time_nouns", frozenset())  # (v27, review) a season only after a bare year or
        # month ("2012 की गर्मियों में"); after a day it is the event: "15 जुलाई की बरसात ने 20 घर गिरा दिए" -> बरसात
    heads = p is not None and p.dated_noun_heads and "dated_compound_postpositions" in S
    adjs = S.get("ud_adjectives", frozenset()) | S.get("dated_noun_adjectives", frozenset())
    q = d.i1 + 1
    while q < n and (keys[q] in S.get("determiners", frozenset()) or keys[q] in lex.adjectives
                     or ((keys[q] in S.get("ud_adjectives", frozenset()) or keys[q] in lex.ordinals
                          or keys[q] in S.get("time_adjectives", frozenset())) and q + 1 < n and keys[q + 1] in times)
                     or (heads and keys[q] in adjs and keys[q] not in times and q + 1 < n and _IS_WORD.match(toks[q + 1].text)
                         and _noun_like(toks[q + 1], lex, doc) and keys[q + 1] not in lex.function_words
                         and keys[q + 1] not in S.get("verb_forms", frozenset()))):
        q += 1  # (an adjective before a time noun: "दिसंबर 2001 के आखिरी हफ्ते में"; round 35, dated_noun_heads: before
        # any noun, "2008 की वैश्विक मंदी के बाद" -> मंदी, "23 मई की खास खबरें" -> खबरें)
    if q < n and keys[q] in times:
        return None  # "26 नवंबर की रात को हुई वारदात": the night is no event; the predicate follows
    if heads and q > d.i1 + 1 and q < n and lex.units.get((keys[q],), ("", ""))[1] == "duration":
        return None  # (round 35) "2018-19 के वित्तीय साल के मुताबिक": a year after its adjective is no event either
    if q < n and _noun_like(toks[q], lex, doc) and keys[q] not in S.get("verb_forms", frozenset()):
        if q + 1 < n and lex.events.get((keys[q + 1],)) == "noun":
            return q + 1, q + 2  # "2020 के राष्ट्रपति चुनावों": the event noun heads the compound
        if heads:
            h = _compound_head(toks, keys, q, lex, doc)
            if h is not None:
                return h, h + 1  # (round 35) "8 मार्च की प्रेस विज्ञप्ति में" -> विज्ञप्ति, "1998 के पोखरण परमाणु परीक्षण में" -> परीक्षण
        return q, q + 1
    return None


def _compound_head(toks: list[_Tok], keys: list[str], q: int, lex: Lexicon, doc: _Doc) -> int | None:
    """(round 35) The last noun of a run of two to four word tokens from q that a postposition (settings
    dated_compound_postpositions, or के/की + dated_compound_frames) closes, or None: the head of a noun compound (`प्रेस विज्ञप्ति में`); no place,
    given name or tagged entity joins it (`26/11 का हमला भारत के साथ`)."""
    S = lex.sets
    posts = S.get("dated_compound_postpositions", frozenset())
    n = len(keys)
    h = q
    while h + 1 < n and h + 1 < q + 4 and _IS_WORD.match(toks[h + 1].text) and keys[h + 1] not in lex.function_words \
            and keys[h + 1] not in posts and keys[h + 1] not in S.get("verb_forms", frozenset()) \
            and keys[h + 1] not in lex.not_nouns and not lex.numbers.starts_number(keys[h + 1]) \
            and keys[h + 1] not in lex.adjectives and keys[h + 1] not in S.get("ud_adjectives", frozenset()) \
            and keys[h + 1] not in S.get("kb_places", frozenset()) and keys[h + 1] not in S.get("given_names", frozenset()) \
            and doc.entity_at(toks[h + 1].start, toks[h + 1].end) is None and _noun_like(toks[h + 1], lex, doc):
        h += 1
    if h > q and keys[q] not in S.get("work_title_nouns", frozenset()) and h + 1 < n and (keys[h + 1] in posts or (
            keys[h + 1] in ("के", "की") and h + 2 < n and keys[h + 2] in S.get("dated_compound_frames", frozenset()))):
        return h  # (not a title after a work noun: "2002 की फिल्म डाई एनेथर डे"; a genitive only before a frame word:
        # "2014 के इबोला प्रकोप के समय", never a light verb: "छह मई की तारीख तय की")
    return None


def _verb_group(keys: list[str], a: int, b: int, lo: int, lex: Lexicon,
                toks: list[_Tok] | None = None, doc: _Doc | None = None) -> tuple[int, int]:
    """Grow an event head to its verb group: the passive/perfect vectors after a verb (`निकाला गया`,
    `काम कर चुके`), and the partner of a compound verb before it (`ले जाया गया`, `सामने आए`); never over
    a tense copula (है, था) and never back into the quantity's own span (`lo`)."""
    S = lex.sets
    vectors = S.get("past_vectors", frozenset())
    if b == a + 1 and b + 1 < len(keys) and keys[b] in S.get("complement_verbs", frozenset()) \
            and keys[b + 1] in S.get("complement_vectors", frozenset()):
        b += 2  # (v21) a predicate adjective before a full verb: "निवेशकों ... पर खुला छोड़ देगा" (leave exposed), one predicate
    while b < len(keys) and keys[b] in vectors:
        b += 1
    if keys[a] in S.get("passive_go_forms", frozenset()) and a - 2 >= lo and keys[a - 1] in S.get("passive_do_forms", frozenset()) \
            and keys[a - 2] not in lex.function_words and keys[a - 2] not in lex.not_nouns and not lex.numbers.starts_number(keys[a - 2]) \
            and _IS_WORD.match(keys[a - 2]):
        return a - 2, a - 1  # a passive of a conjunct verb keeps its nominal, as "जांच की गई" -> जांच: "23 जून को दाखिल की जानी है"
        # -> दाखिल, "28 लाख लोगों का स्क्रीनिंग की जानी है" -> स्क्रीनिंग (was जानी)
    if keys[a] in S.get("passive_obligative_forms", frozenset()) and a - 1 >= lo and b < len(keys) \
            and keys[a - 1] in S.get("passive_do_forms", frozenset()) and keys[b] in S.get("obligative_followers", frozenset()) \
            and (a - 2 < lo or keys[a - 2] in lex.function_words):
        return a - 1, b + 1  # (round 37) "10% प्रोडक्ट्स की आपूर्ति ... बर्तनों में की जानी चाहिए" -> की जानी चाहिए (was
        # जानी): the light verb and the obligation stay with the passive; its nominal is out of reach past the postposition
    if a - 1 >= lo and keys[a] in S.get("verb_chain", frozenset()) and keys[a - 1] == "जा":
        x = _passive_nominal(keys, a - 2, lo, lex)
        if x is not None:
            return x, x + 1  # (round 28) "जांच की जा चुकी है" -> जांच (was जा चुकी), as "जांच की गई" -> जांच
        if a - 2 >= lo and keys[a - 2].endswith(("े", "ी", "ा", "ीं")) and len(keys[a - 2]) > 3 and _IS_WORD.match(keys[a - 2]) \
                and keys[a - 2] not in lex.function_words and not lex.numbers.starts_number(keys[a - 2]) \
                and keys[a - 2] not in S.get("kb_places", frozenset()) \
                and not (toks is not None and doc is not None and doc.entity_at(toks[a - 2].start, toks[a - 2].end) is not None):
            return a - 2, b  # (v23) a passive whose participle is no listed verb: "52 सीक्वेंस ... पहचाने जा चुके", "जांचे जा रहे"
        return a - 1, b  # (not a place, a tagged name: "500 मजदूर दिल्ली जा चुके" -> जा चुके, they went; was दिल्ली जा चुके)
    must = S.get("compulsion_forms", frozenset())
    if b < len(keys) and keys[b] in must and keys[b - 1].endswith(("ना", "नी", "ने")):
        b += 1  # "सुरक्षित स्थानों पर भेजना पड़ा": an infinitive with पड़ (had to) is one predicate
        while b < len(keys) and (keys[b] in vectors or keys[b] in S.get("progressive_forms", frozenset())):
            b += 1
    if keys[a] in must and a - 1 >= lo and keys[a - 1].endswith(("ना", "नी", "ने")) and len(keys[a - 1]) > 3 \
            and keys[a - 1] not in lex.function_words:
        a -= 1  # "10 लोगों को जान गंवानी पड़ी", "परेशानी झेलनी पड़ी": the infinitive before पड़ (a form not listed: -नी)
        if a - 1 >= lo and keys[a - 1] in S.get("idiom_nouns", frozenset()):
            a -= 1  # with its idiom noun: "जान गंवानी पड़ी" (as "जान गंवा चुके")
        return a, b
    if keys[a] in S.get("inceptive_forms", frozenset()) and a - 1 >= lo and keys[a - 1].endswith("ने") \
            and keys[a - 1][:-2] in S.get("verb_stems", frozenset()):
        a -= 1  # (v22) "सफ़ेदी आने लगी", "मरीज बढ़ने लगे": the infinitive before लग (began to) is the event
    v = a + 1 if keys[a] in S.get("negations", frozenset()) and a + 1 < b else a  # (v20) the verb after a negation:
    if a - 1 >= lo and keys[a - 1] in S.get("compound_partners", frozenset()) and keys[v] in S.get("partner_verbs", frozenset()):
        a -= 1  # "सामने आए", "सामने नहीं आया" (the partner before the negation stays with its verb)
    elif v > a and a - 1 >= lo and keys[a - 1] in S.get("idiom_nouns", frozenset()) \
            and keys[v] in S.get("verb_forms", frozenset()) | S.get("verb_stems", frozenset()):
        a -= 1  # "पता नहीं चल पाया"
    elif a - 1 >= lo and keys[a - 1] in S.get("idiom_nouns", frozenset()) and keys[a] in S.get("verb_forms", frozenset()) | S.get("verb_stems", frozenset()):
        a -= 1
    else:
        a -= _conjunct_light(keys, a, lo, lex) or _change_adjective(keys, a, lo, lex)
    return a, b


def _passive_nominal(keys: list[str], c: int, lo: int, lex: Lexicon) -> int | None:
    """(round 28) Token c is the done-form of a passive `X की जा चुकी/रही`: the index of its nominal X (the event, as
    `जांच की गई` -> जांच), or None: a word, not a function word, a number or a listed non-noun."""
    S = lex.sets
    if c - 1 < lo or keys[c] not in S.get("passive_do_forms", frozenset()):
        return None
    x = c - 1
    if not _IS_WORD.match(keys[x]) or keys[x] in lex.function_words or keys[x] in lex.not_nouns \
            or lex.numbers.starts_number(keys[x]) or keys[x] in S.get("genitive_postpositions", frozenset()):
        return None
    return x


def _change_adjective(keys: list[str], a: int, lo: int, lex: Lexicon) -> int:
    """(round 28) A form of करना (or कर + a vector: `कर दी`) right after a listed adjective of change (`change_adjectives`:
    कम, ज़्यादा, अधिक) is one predicate with it, and the event keeps the adjective: `12 रुपये लीटर कम किए जाने` ->
    कम किए जाने, `20 प्रतिशत कम किया जाएगा` (the bare light verb says nothing of what was done). How many words the
    event moves back: 1, 2 over कर (`5 रुपये कम कर दी गई`), else 0."""
    S = lex.sets
    adj = S.get("change_adjectives", frozenset())
    do = S.get("change_do_forms", frozenset())
    if a - 1 >= lo and keys[a] in do and keys[a - 1] in adj:
        return 1
    if a - 2 >= lo and keys[a - 1] == "कर" and keys[a - 2] in adj and keys[a] in S.get("verb_chain", frozenset()):
        return 2
    if a - 2 >= lo and keys[a - 1] in do and keys[a - 2] in adj and (
            keys[a] in S.get("past_vectors", frozenset()) or keys[a] in S.get("passive_go_forms", frozenset())):
        return 2  # (review of round 28) a passive whose head is its vector, the की before it being read as a genitive:
        # "कीमत 10 रुपये कम की गई है" -> कम की गई (was गई), "कम की जाएगी"
    return 0


def _conjunct_light(keys: list[str], a: int, lo: int, lex: Lexicon) -> int:
    """(v28) The verb at a is a light verb (a form of देना, लेना, लगना, लगाना) whose listed noun stands right before it,
    outside the quantity's span: noun and verb are one predicate, and the event keeps the noun, as `पाबंदी लगा दी`,
    `संन्यास ले लिया`, `आरोप लग चुका`, `दान दिए` (the bare light verb says nothing of what happened). How many words the
    event moves back: 1, or 2 over a negation between them (`अनुमति नहीं दी जाएगी`, `राहत नहीं दी`; review of round
    27, as `वार्ता नहीं की`), else 0."""
    S = lex.sets
    light = S.get("conjunct_light_verbs", frozenset())
    nouns = S.get("conjunct_light_nouns", frozenset())
    neg = S.get("negations_before", frozenset())
    if a - 1 < lo:
        return 0
    if keys[a] in light:
        if keys[a - 1] in nouns:
            return 1
        if a - 2 >= lo and keys[a - 1] in neg and keys[a - 2] in nouns:
            return 2
    elif keys[a] in neg and a + 1 < len(keys) and keys[a + 1] in light and keys[a - 1] in nouns:
        return 1  # (the group read from its negation: `अनुमति | नहीं दी जाएगी`)
    return 0


def _relative_clause_end(keys: list[str], k: int, d: _Draft, lex: Lexicon) -> int | None:
    """(v23) A relative clause right after the counted noun (`जो ... आए थे`) is the noun's, not the quantity's
    predicate: the index where the main clause goes on after the clause's copula (and a comma), or None. Only
    a clause closed by a tense copula with a main predicate after it: "54 वर्ष के पुरुष जो कोलकाता से आए थे
    संक्रमित मिले हैं" -> the event is looked for from संक्रमित (not "50 लोग जो घायल हुए।": no main clause), or, when
    a finite verb comes before the copula's own verb group, closed by that verb (the copula is the main clause's)."""
    S = lex.sets
    n = len(keys)
    if d.noun is None or k >= n or keys[k] != "जो" or k != d.i1:
        return None
    hard = S.get("hard_boundaries", frozenset())
    cop = S.get("copulas", frozenset())
    for m in range(k + 2, min(n, k + 12)):
        if keys[m] in hard and keys[m] != "जो" or keys[m] == ",":
            return None
        if keys[m] in cop:
            group = S.get("verb_forms", frozenset()) | S.get("verb_chain", frozenset())
            j = m - 1
            while j > k and keys[j] in group:
                j -= 1  # the copula's own verb group
            x = next((x for x in range(k + 1, j + 1) if _finite_verb(keys, x, lex)), None)
            if x is not None:
                # a finite verb before it: the relative clause has no copula of its own and ends with that verb's
                # group, the copula is the main clause's: "चार लोग जो पटना से आए संक्रमित पाए गए हैं और तीन ठीक हुए"
                # -> from संक्रमित (was ठीक, over the copula)
                x += 1
                while x < j and keys[x] in S.get("verb_chain", frozenset()):
                    x += 1
                m = x - 1
            if m + 1 >= n or keys[m + 1] in hard or keys[m + 1] == "," \
                    or keys[m + 1] in S.get("relative_clause_links", frozenset()) \
                    or keys[m + 1] in S.get("relative_correlatives", frozenset()):
                return None  # (not after a comma: "35 नये मामले जो सामने आए है, उनमें ...": a new clause about something else;
                # not before और: "20 मरीज़ जो ... बीमार थे और जिनकी उम्र ...", a second relative clause or the main one's
                # second half; not before a correlative: "दस लोग जो संक्रमित हैं वे घर पर हैं", the main clause is about them)
            return m + 1
    return None


def _finite_verb(keys: list[str], x: int, lex: Lexicon) -> bool:
    """A verb form at x that can end a clause (not an infinitive, a -कर or -ता/ते/ती participle, nor one before a postposition)."""
    return keys[x] in lex.sets.get("verb_forms", frozenset()) and not keys[x].endswith(("ने", "ना", "नी", "कर", "ता", "ते", "ती", "तीं")) \
        and not (x + 1 < len(keys) and keys[x + 1] in lex.sets.get("case_postpositions", frozenset()))


_T20_HEADS = frozenset({"ट्वेंटी", "ट्वेन्टी", "टी", "t", "twenty"})  # (review of round 30) "ट्वेंटी 20" is a name
_LIST_HEAD_NOT_CLOSING = frozenset({"सहित", "समेत", "समेत", "और", "व", "तथा", "एवं", "या"})  # (review of round 30)
_TIME_ADVERBS = frozenset({"कल", "आज", "परसों", "अब", "अभी"})  # (review of round 30) never an event


def _genitive_date(keys: list[str], d: _Draft) -> bool:
    """(review of round 32) A date followed by a genitive, directly or after तक/से (`9 बजे तक के अपडेटेड आंकड़ों`): it
    qualifies a noun, it is no clause's time."""
    x = d.i1 + (d.i1 < len(keys) and keys[d.i1] in ("तक", "से"))
    return x < len(keys) and keys[x] in ("का", "की", "के")


def _event_head(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, p: QuantitiesParams, doc: _Doc,
                start: int | None = None) -> tuple[int, int] | None:
    """Token span of the first predicate-like word group after the quantity in its clause, or None (`start`: search
    from there, after a relative clause)."""
    n = len(toks)
    S = lex.sets
    hard = S.get("hard_boundaries", frozenset())
    past = S.get("past_vectors", frozenset())
    dobe = S.get("do_be_lights", frozenset())
    cop = S.get("copulas", frozenset())
    fw = lex.function_words
    quotes = S.get("quote_marks", frozenset())
    pending: tuple[int, int] | None = None  # a date's infinitive, kept in case no finite predicate follows

    marked = d.kind != "date" and d.i1 < n and keys[d.i1] in S.get("case_postpositions", frozenset()) \
        and not (d.kind == "duration" and keys[d.i1] == "में")  # (v23) a time frame is the participle's own:
    # "आठ दिन में संक्रमण से मुक्त हुआ युवक" -> मुक्त हुआ (it took eight days to be freed)

    def qualifies(j: int) -> bool:  # हुआ/हुए/हुई at j qualifies the noun after it, and the quantity is no subject of it
        return marked and j + 1 < n and keys[j] in S.get("stative_participles", frozenset()) and _is_content(toks[j + 1], lex, doc) \
            and keys[j + 1] not in S.get("verb_forms", frozenset()) and keys[j + 1] not in cop \
            and keys[j + 1] not in S.get("verb_chain", frozenset()) and not lex.numbers.starts_number(keys[j + 1])

    stop = min(n, d.i1 + p.event_window)
    k = d.i1
    if k < n and keys[k] in quotes and any(keys[x] in quotes for x in range(d.i0, k)):
        k += 1  # (v21) the closing quote of a quoted noun: `19 मिलियन से अधिक "कार्रवाइयाँ" दर्ज की`
    seen_comma = False
    if start is not None:
        k = start
    else:
        rel = _relative_clause_end(keys, k, d, lex)
        if rel is not None:
            got = _event_head(toks, keys, d, lex, p, doc, start=rel)
            if got is not None:
                return got  # (v23) "39 वर्ष के पुरुष जो पटना से आए थे संक्रमित पाए गए": the relative clause is skipped
            # (nothing after it: the search runs from जो, as v22: "50 लोग जो घायल हुए थे अब भी हैं" -> घायल)
    while k < stop:
        key = keys[k]
        if key == "(":
            close = _bracket_end(keys, k, stop)
            if close is not None:
                k = close + 1
                continue  # (round 30) an aside: "15,000 डॉलर की जैकेट (... ने कहा) और ..."
        if key in _TIME_ADVERBS and k > d.i1:
            k += 1
            continue  # (review of round 30) a time adverb is never the event: "30,043 (...) टेस्ट कल किए गए" -> किए गए
        if d.kind == "date" and key in S.get("verb_forms", frozenset()) and _dated_count_attributive(toks, keys, d, k, 1, lex):
            k += 1
            continue  # (round 41) "19 मार्च, 2020 को रांची पुलिस ने ... से आये 11 मौलवियों को गिरफ्तार किया था" -> गिरफ्तार किया
        skip = _count_topic_particle(toks, keys, k, d, lex)
        if skip:
            k += skip
            continue  # (round 41) "30 नए मामले तो अकेले मुंबई में सामने आए हैं", "132 लोग या तो ठीक हो गये हैं या ..."
        if key in S.get("topic_particles", frozenset()) and _topic_particle(toks, keys, k, d, lex):
            k += 1
            continue  # "वह दो बार विश्व कप विजेता तो बने ही": a topic particle, no clause boundary
        if key in hard and key not in ("जो",) and key not in quotes:
            if pending is None and k == n - 1 and key in ("।", ".", "|") and k - 2 > d.i1 and keys[k - 2] in ("का", "की", "के") \
                    and keys[k - 1] in S.get("genitive_predicate_nouns", frozenset()):
                return k - 1, k  # (v19) a headline ending in a genitive's predicate noun and a danda: "दो नए मामलों में कोरोना की पुष्टि।"
            return pending
        if key == "," and not seen_comma and d.noun is not None and not d.shared and d.kind in ("count", "ordinal") \
                and _IS_WORD.match(toks[d.i1 - 1].text) and k <= d.i1 + 1 and keys[-1] not in ("।", ".", "|", "?", "!") \
                and (_other_quantity_clause(toks, keys, k, d, lex, doc) or _bare_count_clause(keys, k, lex)):
            return pending  # a headline "चेन्नई में कोरोना का दूसरा मामला, भारत में ... संख्या बढ़कर 152 हुई": after the comma that ends
            # the quantity's noun phrase, another quantity's clause (not a list: "1,520 मामले, मध्य प्रदेश में 1,485 मामले सामने आए",
            # "24 मरीज, 20 डॉक्टर ..."; not a sentence that ends in a danda: "2.47 लाख रुपये नकद, दो पिस्टल, ... मिला।")
        if key == "," and not seen_comma and d.noun is None and not d.shared and d.kind == "count" and k == d.i1 \
                and keys[-1] not in ("।", ".", "|", "?", "!") and d.i0 >= 1 \
                and keys[d.i0 - 1] in S.get("headline_count_subjects", frozenset()) and _other_quantity_clause(toks, keys, k, d, lex, doc):
            return pending  # (round 41) "कोरोना वायरस के मामले 14,079, मृतकों की संख्या 300 के पार": the subject before the number
        if key == "," and not seen_comma and _threshold_comma(keys, k, d, lex):
            return pending  # (round 43) "मृतकों की संख्या 12 हजार के पार, ट्रंप बोले- ..."
        if key == ",":
            seen_comma = True
        if key in cop or key in ("होगा", "होगी", "होंगे"):
            if k - 1 >= d.i1 and key in cop and keys[k - 1] in S.get("copula_predicates", frozenset()) \
                    and not (d.kind == "date" and seen_comma and _genitive_date(keys, d)):
                return k - 1, k  # "लॉकडाउन जारी है", "मरीजों को ... की आवश्यकता है": a predicate adjective/noun (review of
                # round 32: not across a comma for a date that qualifies a noun, the next clause's: "सुबह 9 बजे तक के
                # अपडेटेड आंकड़ों के मुताबिक, ... 2650 केस एक्टिव हैं")
            if _comparison_state(keys, d, k, lex):
                return k - 1, k  # (round 30) "शेयर 4.8 प्रतिशत नीचे थे": a state of comparison
            if d.kind != "date" and k - 2 >= d.i1 and key in cop and keys[k - 1] in ("में", "पर") \
                    and keys[k - 2] in S.get("state_locations", frozenset()):
                a = k - 2
                if a - 1 >= d.i1 + (d.kind != "count") and _noun_like(toks[a - 1], lex, doc) \
                        and keys[a - 1] not in S.get("verb_forms", frozenset()) and keys[a - 1] not in S.get("age_person_nouns", frozenset()) \
                        and _lemma(keys[a - 1], toks[a - 1].text, lex) not in (d.noun, lex.settings.get("default_person_noun", "लोग")):
                    a -= 1  # "ऑक्सिजन सपॉर्ट पर हैं", "रेड जोन में हैं", "चिकित्सा निगरानी में थे"
                return a, k - 1  # "7,367 लोग संक्रमण की चपेट में हैं": a state the counted are in
            if (pending is None or d.kind != "date") and k - 1 >= d.i1 and key in cop and keys[k - 1] in S.get("ud_adjectives", frozenset()) \
                    and keys[k - 1] not in lex.adjectives and (k - 1 == d.i1 or keys[k - 2] in S.get("intensifiers", frozenset())
                                                               or keys[d.i1] not in S.get("case_postpositions", frozenset())):
                return k - 1, k  # "अगले आठ दिन बहुत महत्वपूर्ण हैं", "80 प्रतिशत नागरिक ... सहमत हैं": a predicate adjective
            return pending  # the clause's predicate is a bare copula
        if key in S.get("noun_lights", frozenset()) and k + 1 < n and (k + 2 >= n or keys[k + 2] in hard or keys[k + 2] == ",") and (
                keys[k + 1] in S.get("conjunct_keep", frozenset()) or keys[k + 1] in S.get("copula_predicates", frozenset())
                or lex.events.get((keys[k + 1],)) in ("strong", "state")):
            return k + 1, k + 2  # a headline's inverted light verb: "84 और ट्रेनों को किया रद", "10 मरीज हुए ठीक"
        L, typ = _match_seq(keys, k, lex.events, lex.event_max_len)
        nxt = keys[k + max(L, 1)] if k + max(L, 1) < n else "।"
        if typ is not None and L == 1 and key in S.get("locative_conjunct_nouns", frozenset()) and nxt == "में" and k + 2 < n:
            g = _verb_group_at(toks, keys, k + 2, lex)
            if g is not None and g[2] != "attributive" and keys[k + 2] not in cop:
                return k, g[1]  # "101 लोगों को हिरासत में लिया गया", "28 मई तक पुलिस हिरासत में भेज दिया", "24 घंटे ... हिरासत में रहने पर"
        if typ is not None and k + L + 1 < n and keys[k + L] in ("वाले", "वाली", "वाला") and typ != "noun" \
                and keys[k + L + 1] in cop and toks[k + L - 1].text.endswith("ने") and keys[k] not in S.get("about_to_not", frozenset()):
            return k, k + L + 1  # a predicative "-ने वाला है" (is about to): "दो और तूफान आने वाले हैं" -> आने वाले
        if typ is not None and k + L < n and keys[k + L] in ("वाले", "वाली", "वाला") and typ != "noun":
            k += L
            continue  # attributive: "प्रभावित होने वाले"
        if typ == "strong" and L == 1 and key in S.get("locative_participles", frozenset()) and d.kind != "measure" \
                and k + 1 < n and _is_content(toks[k + 1], lex, doc) and keys[k + 1] not in cop:
            k += 1
            continue  # "न्यूयॉर्क स्थित अपने कार्यालयों": "located in", attributive (an event only of a distance)
        if typ in ("state", "strong") and qualifies(k + L):
            k += L + 1
            continue  # "लोगों ने ... में हाज़िर हुए ब्रेट कैवनौघ ... की सुनवाई देखी": an attributive participle
        if typ in ("state", "strong") and d.kind != "date" and _attributive_before_oblique(toks, keys, k + L, lex, doc):
            k += L + 1
            continue  # (round 30) "60 जवान ... तैनात सुरक्षाकर्मियों से हैं", "29 लोग विदेशों से आए लोगों के परिवार के सदस्य थे"
        if typ in ("state", "strong") and d.i1 < n and (keys[d.i1] == "ने" or (
                keys[d.i1] not in S.get("case_postpositions", frozenset()) and keys[d.i1] not in ("का", "की", "के")
                and not toks[d.i1 - 1].text.endswith("ों"))):  # (an oblique plural is no subject)
            e = k + L + 1 if nxt in ("होने", "होना") else k + L if keys[k + L - 1] in ("होने", "होना") else None
            if e is not None and e < n and keys[e] in ("का", "की", "के", "को", "से", "पर", "में") and (keys[d.i1] == "ने" or (
                    keys[e] in ("का", "की", "के") and e + 2 < n and keys[e + 2] in S.get("agentive_lights", frozenset()))):
                k = e + 1
                continue  # (a subject: "10,000 लोग ... शामिल होने की कोशिश कर रहे हैं" -> कोशिश)  # "38 प्रतिशत ने ... शामिल होने का समर्थन किया": an ergative subject's verb is the finite one
        if typ == "eventnoun" and k > d.i1 and lex.numbers.starts_number(keys[k - 1]) and d.kind == "count" \
                and d.noun is not None and fold(d.noun) != fold(_lemma(keys[k], toks[k].text, lex)) \
                and lex.events.get((fold(d.noun),)) != "eventnoun":
            k += L
            continue  # "705 मामलों समेत 961 मामले, 12 मौतें": the counted noun of the next quantity (not a list of deaths:
            # "ईरान में 50, इटली में 34, साउथ कोरिया में 22 मौतें हो चुकी हैं", "24 घंटे में 2000 मौत")
        if typ in ("noun", "eventnoun") and not _own_noun(toks, keys, d, k, lex) and (_genitive_modifier(toks, keys, k + L, lex, doc) or (
                L == 1 and key not in S.get("nominal_lights", frozenset()) and k + L + 1 < n and _noun_like(toks[k + L], lex, doc)
                and lex.events.get((keys[k + L],)) is None
                and keys[k + L] not in S.get("verb_forms", frozenset()) and keys[k + L] not in S.get("nominal_lights", frozenset())
                and _genitive_modifier(toks, keys, k + L + 1, lex, doc))):  # (through a compound: "मृत्यु दंड की सज़ा सुनाई गई")
            k += L
            continue  # "साढ़े तीन बजे भूकंप के हल्के झटके महसूस किए गए", "अपराधों के लिए मौत की सजा दी": a genitive
            # modifier of the noun after it (not the quantity's own: "13 लोगों की मौत की खबर")
        if typ in ("strong", "eventnoun"):
            return k, k + L
        if typ == "state" and nxt in S.get("nominal_particles", frozenset()) and k + L + 1 < n and keys[k + L + 1] in dobe:
            return k, k + L  # "349 लोग घायल भी हुए हैं"
        if typ == "state":
            if nxt in dobe or nxt in cop or nxt in past or nxt in hard or nxt == "," or nxt in S.get("state_copulas", ()):
                return k, k + L
            x = k + L
            if k == d.i1 and d.kind == "count" and x + 1 < n and keys[x + 1] in ("(", ":") \
                    and (doc.entity_at(toks[x].start, toks[x].end) is not None or keys[x] in S.get("kb_places", frozenset())):
                return k, x  # (review of round 30) a headline run into its dateline: "अब तक 1,935 लोग संक्रमित इंदौर (मध्यप्रदेश): ..."
        if typ == "noun" and k == d.i1 and d.kind == "count" and k + L + 1 < n and keys[k + L] == "के" \
                and keys[k + L + 1] in S.get("frame_postpositions", frozenset()):
            k += L + 2
            continue  # (v24) "179 लोग इलाज के बाद ठीक हुए", "106 विदेशी नागरिक लॉकडाउन के कारण फंसे थे": a frame, not the
            # counted's own event (the genitive one is: "30 लोगों की मौत के बाद")
        if typ == "noun" and L == 1 and key in S.get("nominal_lights", frozenset()) \
                and (k - 1 == d.i1 or (k - 1 == d.i1 + 1 and keys[d.i1] in ("को", "का", "की", "के"))) \
                and _noun_like(toks[k - 1], lex, doc) and keys[k - 1] not in S.get("verb_forms", frozenset()) \
                and keys[k - 1] not in S.get("verb_stems", frozenset()):
            return k - 1, k  # "101 लोगों की पहचान कर", "वाहनों का चालान कर": a conjunct verb's noun (not कर = tax)
        if typ == "noun" and _purpose_conjunct(keys, k, L, d, lex):
            pending = pending or (k, k + L)
            k += L + 3
            continue  # (round 28) "70 प्रतिशत लोग ... मतदान करने के लिए सहमत हैं" -> सहमत (was मतदान), as a verb's purpose
            # infinitive is skipped ("नाटो से जुड़ने के लिए सहमत हैं")
        if typ == "noun" and d.kind == "count" and k + L + 1 < n and keys[k + L] == "के" and keys[k + L + 1] in ("लिए", "लिये") \
                and not (k == d.i1 + 1 and keys[d.i1] in ("का", "की", "के")):
            k += L
            continue  # "69 नमूने जांच के लिए भेजे गए": a purpose (not "दो लोगों की जांच के लिए": their testing)
        if typ == "noun" and k > d.i1 and k + L >= n and keys[k - 1] in ("में", "की", "का", "के") \
                and "," not in keys[d.i1:k]:
            return k, k + L  # a headline ending in an event noun: "पहली बार वैश्विक हवाई यात्रियों की संख्या में गिरावट"
        if typ == "noun":
            frames = S.get("detached_frames", frozenset())
            framed = p.frame_detach and k > d.i1 + 1 and keys[d.i1] in ("के", "से") and keys[d.i1 + 1] in frames \
                and nxt not in S.get("frame_noun_keepers", frozenset()) \
                and not (nxt == "के" and (k + L + 1 >= n or keys[k + L + 1] not in frames))
            # (round 35) "14 अप्रैल के बाद लॉकडाउन में छूट दी", "तीसरे सेट के बाद बारिश के कारण ... रुका रहा": the noun is the
            # clause's, the quantity is inside a frame; not before a genitive, a purpose or a coordinator, where the noun
            # may be what the frame bounds ("14 अप्रैल के बाद भी लॉकडाउन की संभावना", "31 मार्च के दौरान यात्रा के लिए",
            # "तीन मई के बाद राहत और रियायत देने पर")
            attached = not framed and _genitive_gap(toks, keys, d, k, lex) or not framed and k - d.i1 <= p.attach_window and all(
                keys[x] in fw or keys[x] in lex.adjectives or _IS_WORD.match(toks[x].text) for x in range(d.i1, k)
            ) and (
                (k == d.i1 and (d.kind != "count" or nxt not in S.get("case_postpositions", frozenset())))  # "गांव बाढ़ से घिरे": not attached
                or keys[d.i1] in S.get("attach_postpositions", frozenset())
                or (d.kind in ("percent", "money") and all(_noun_like(toks[x], lex, doc) or keys[x] in lex.adjectives for x in range(d.i1, k)))
            )  # "70 फीसदी कोरोना शुल्क"
            predicative = nxt in dobe or (nxt in ("की", "किया", "किए") and (k + L + 1 >= n or keys[k + L + 1] in hard or keys[k + L + 1] in cop or keys[k + L + 1] in past))
            if predicative and nxt in S.get("conjunctive_lights", frozenset()) and k + L + 1 < n and keys[k + L + 1] not in hard \
                    and keys[k + L + 1] != "," and keys[k + L + 1] not in cop and keys[k + L + 1] not in S.get("verb_chain", frozenset()) \
                    and k > d.i1 and not (d.i1 < n and keys[d.i1] in ("को", "का", "की", "के")):  # (not "30 हजार खर्च कर")
                k += L + 1
                continue  # "15 लाख लोग विदेश की यात्रा कर भारत लौटे": a conjunctive noun + कर; the finite verb follows
            modifier_of_noun = not predicative and k + L < n and _noun_like(toks[k + L], lex, doc) \
                and keys[k + L] not in S.get("verb_forms", frozenset()) and keys[k + L] not in S.get("nominal_lights", frozenset()) \
                and lex.events.get((keys[k + L],)) is None
            if (attached or predicative) and not modifier_of_noun:  # ("राहत कोष का गठन किया": राहत qualifies कोष)
                if L == 1 and nxt in S.get("nominal_lights", frozenset()) and nxt not in S.get("noun_lights", frozenset()):
                    g = _verb_group_at(toks, keys, k, lex)
                    if g is not None and g[2] == "finite":
                        return g[0], g[1]  # "पांच हजार रुपये की आर्थिक मदद देगी": with दे/पा/बन the group is written whole
                return k, k + L
        t = toks[k]
        if L == 0 and k == d.i1 and d.kind != "date" and t.text.endswith(str(lex.settings.get("bare_participle_ending", "ित"))) \
                and len(t.text) > 3 and _IS_WORD.match(t.text) and (k + 1 >= n or keys[k + 1] in hard or keys[k + 1] == ","):
            return k, k + 1  # a headline's participle: "पांच टीमें गठित", "740 नए संदिग्ध मरीज चिह्नित"
        if L == 0 and k > d.i1 and lex.numbers.starts_number(keys[k - 1]) and _IS_WORD.match(t.text) \
                and key not in S.get("verb_forms", frozenset()) and key not in S.get("become_verbs", frozenset()):
            k += 1
            continue
        if L == 0 and key in quotes:
            close = next((x for x in range(k + 1, min(n, k + 8)) if keys[x] in quotes), None)
            if close is None:
                return pending  # a quotation starts: the clause ends here
            k = close + 1  # a short quoted phrase inside the clause: “सार्वजनिक स्वास्थ्य आपातकाल” घोषित
            continue
        if L == 0 and (key in S.get("remain_verbs", frozenset()) or key in S.get("stay_forms", frozenset())) and k - 1 >= d.i1 \
                and (keys[k - 1] in S.get("stay_predicates", frozenset()) or keys[k - 1] in S.get("copula_predicates", frozenset())) \
                and not (d.kind == "date" and d.i1 < n and keys[d.i1] == "को" and key not in S.get("remain_verbs", frozenset())):
            return _predicate_start(keys, k - 1, d.i1, lex), k + 1  # (v24) "दो महीने तक लोग पृथक रहे", "दो दिन बंद रहेंगी": a predicate adjective and रह (not a
            # date with को before an infinitive: "28 फरवरी को ... अलग रहने के निर्देश दिए गए" -> दिए गए)
        if L == 0 and key == "होकर" and k - 1 >= d.i1 and _is_content(toks[k - 1], lex, doc) \
                and keys[k - 1] not in lex.function_words and not lex.numbers.starts_number(keys[k - 1]) \
                and keys[k - 1] not in lex.units:
            if doc.entity_at(toks[k - 1].start, toks[k - 1].end) is not None or keys[k - 1] in S.get("kb_places", frozenset()) \
                    or keys[k - 1] in S.get("hokar_route_nouns", frozenset()) or keys[k - 1] in S.get("hokar_manner_words", frozenset()) or (d.i1 < n and keys[d.i1] == "ने"):
                k += 1
                continue
            return k - 1, k  # (v24) "12 बजे दुर्घटनाग्रस्त होकर नदी में जा गिरा", "115 लोग ट्रक पर सवार होकर आए": the word
            # before होकर is the predicate, as a listed one is ("78 लोग ठीक होकर घर जा चुके" -> ठीक); (review) not a route
            # ("12 बजे इटारसी होकर जाएगी", "गांव होकर गुजरने वाली"), a manner ("एकजुट होकर प्रदर्शन किया"), nor after an
            # ergative subject, whose event is the transitive verb ("200 लोगों ने खड़े होकर तालियां बजाईं")
        if L == 0 and _remaining_noun(keys, k, d, lex):
            return k - 1, k  # (v28) "31 मार्च तक लॉकडाउन रहेगा" -> लॉकडाउन
        if L == 0 and (key in S.get("remain_verbs", frozenset()) or key in S.get("become_verbs", frozenset())) \
                and not (key in S.get("remain_verbs", frozenset()) and k - 1 > d.i1 and keys[k - 1] in S.get("stay_postpositions", frozenset())) \
                and not (d.kind == "date" and key in S.get("happened_verbs", frozenset())) \
                and not (key in S.get("remain_verbs", frozenset()) and d.kind == "count" and d.noun is not None
                         and not any(keys[x] in S.get("count_words", frozenset()) for x in range(max(0, d.i0 - 3), d.i0))
                         and (fold(d.noun) in S.get("age_person_nouns", frozenset())
                              or d.noun == lex.settings.get("default_person_noun", "लोग"))):  # "लाखों लोग रहते हैं": persons live/stay
            return pending  # (but "तीन साल तक मायके में रही": stayed somewhere, the predicate)  # "210 किलोमीटर प्रति घंटा रह सकती है", "संख्या ... छह हो गई": a copula-like predicate  # "210 किलोमीटर प्रति घंटा रह सकती है": a copula-like predicate
        if L == 0 and (_is_content(t, lex, doc) or key in S.get("verb_forms", frozenset())) and (key not in lex.not_events or (
                k + 2 < n and keys[k + 1] in ("वाले", "वाली", "वाला") and keys[k + 2] in cop and key not in S.get("about_to_not", frozenset())) or (
                key in S.get("not_events_after_quantity", frozenset()) and k + 1 < n and keys[k + 1] in ("के", "की", "से")
                and (k == d.i1 or (k == d.i1 + 1 and keys[d.i1] in S.get("compound_partners", frozenset()))))) \
                and not lex.numbers.starts_number(key) and doc.entity_at(t.start, t.end) is None:
            g = _verb_group_at(toks, keys, k, lex)
            if g is not None:
                a, b, form = g
                if form == "finite" and b == a + 1 and qualifies(b):
                    k = b + 1
                    continue  # "लोगों ने ... में हाज़िर हुए ब्रेट कैवनौघ ... की सुनवाई देखी": an attributive participle
                if b == a + 1 and b + 1 < n and keys[b] == "के" and keys[b + 1] in S.get("spatial_postpositions", frozenset()) \
                        and not keys[a].endswith("ने"):  # (an infinitive stays: "तीन जोन को बांटने के पीछे")
                    k = b + 2
                    continue  # "दो वैन घेरे के अंदर गई": a noun (घेरा) before a compound postposition, no participle
                if form == "attributive" and toks[a].text.endswith("कर") and a <= d.i1 + 1 and b < n and keys[b] in S.get("conjunctive_results", frozenset()):
                    return b, b + 1  # "12 दुकानें जलकर खाक हो गईं": the result after the conjunctive participle (like तबाह)
                if form == "attributive" and toks[a].text.endswith("कर") and d.kind in ("count", "money", "measure") \
                        and (a == d.i1 or (a == d.i1 + 1 and keys[d.i1] == "को")) \
                        and keys[a] not in S.get("conjunctive_not_events", frozenset()) \
                        and _match_seq(keys, b, lex.events, lex.event_max_len)[1] not in ("strong", "eventnoun"):
                    return a, b  # "29 रन बनाकर", "तीन लोगों को पकड़कर": the conjunctive participle of its object
                    # (not "दो लोगों को छोड़कर" = except, "12 आदमी मिलकर" = together; "घर जलाकर तबाह किए" -> तबाह)
                if b + 1 < n and keys[b] in ("वाले", "वाली", "वाला") and keys[b + 1] in cop and toks[b - 1].text.endswith("ने") \
                        and keys[a] not in S.get("about_to_not", frozenset()):
                    return a, b + 1  # a predicative "-ने वाला है": "11 से 15 मार्च तक होने वाला था", "22 मार्च को खेले जाने वाले थे"
                    # (not रहने वाला = a resident of: "दो लोग इंदौर के रहने वाले हैं", an attribute)
                if form == "attributive" or (b < n and keys[b] in ("वाले", "वाली", "वाला")):
                    k = b
                    continue  # "संक्रमित होने वाले", "डूबते हुए विमान", "खुले समुद्र"
                if form == "finite" and b == a + 1 and b < n and toks[a].text.endswith("ने") \
                        and keys[b] in S.get("motion_forms", frozenset()):
                    k = b
                    continue  # "घूमने आई", "मिलने गए": a purpose infinitive; the verb of motion is the predicate
                forms = S.get("verb_forms", frozenset())
                inf = b - 1 if keys[b - 1].endswith("ने") and keys[b - 1][:-2] in S.get("verb_stems", frozenset()) \
                    else b if b < n and keys[b] in S.get("conjunct_infinitives", frozenset()) else None
                if form == "finite" and inf is not None and inf + 1 < n and keys[inf + 1] not in S.get("infinitive_followers", frozenset()) \
                        and keys[inf + 1] not in ("वालों", "वालो"):
                    m = next((x for x in range(inf + 1, min(n, inf + 6)) if keys[x] in hard or keys[x] == ","
                              or keys[x] in forms or keys[x] in S.get("motion_forms", frozenset())), None)
                    if m is not None and m > inf + 1 and keys[m] in S.get("motion_forms", frozenset()) \
                            and keys[m - 1] not in forms and keys[m - 1] not in S.get("verb_stems", frozenset()):
                        k = m
                        continue  # "60 जवानों का दल ... निरीक्षण करने थाने से रवाना हुआ": a purpose infinitive before a verb of motion
                if a == k and a - 1 >= d.i1 and (keys[a] in S.get("past_vectors", frozenset()) or keys[a] in S.get("modal_forms", frozenset())
                                                  or keys[a] in S.get("progressive_forms", frozenset())) \
                        and _IS_WORD.match(toks[a - 1].text) \
                        and keys[a - 1] not in fw and keys[a - 1] not in lex.not_nouns and not lex.numbers.starts_number(keys[a - 1]) \
                        and doc.entity_at(toks[a - 1].start, toks[a - 1].end) is None:
                    a -= 1  # a verb not listed before its vector, modal or progressive: "आपस में भिड़ गई", "बादल छा गए", "नहीं सो पाते", "जूझ रहे"
                if a - 1 >= d.i1 and keys[a - 1] in S.get("negations", frozenset()):
                    a -= 1  # "नहीं चलेंगी"
                c = b
                while c < min(n, b + 2) and (keys[c] in lex.adjectives or keys[c] in S.get("ud_adjectives", frozenset())):
                    c += 1  # "हुए आतंकवादी हमले"
                if d.kind == "date" and b == a + 1 and keys[a] in ("हुआ", "हुए", "हुई", "हुईं") and c < n \
                        and lex.events.get((keys[c],)) in ("noun", "eventnoun"):
                    return c, c + 1  # "25 अगस्त को पुलिसकर्मियों पर हुए हमले": the date dates the event noun
                if form == "nonfinite" and b == a + 1 and _purpose_conjunct(keys, a, 1, d, lex):
                    pending = pending or (a, b)
                    k = b + 3
                    continue  # (round 28) "70 प्रतिशत लोग ... मतदान करने के लिए सहमत हैं" -> सहमत (was मतदान)
                if form == "nonfinite" and d.kind in ("count", "percent", "money") and b + 1 < n and keys[b] == "के" and keys[b + 1] in ("लिए", "लिये") \
                        and a > d.i1 + 1 and keys[d.i1] not in ("को", "का", "की", "के"):
                    pending = pending or (a, b)
                    k = b + 2
                    continue  # "80 प्रतिशत नागरिक ... नाटो से जुड़ने के लिए सहमत हैं": a purpose infinitive (not its object's:
                    # "20 लाख स्टोर बनाने", "200 लोगों को बचाने के लिए")
                if form == "nonfinite" and d.kind == "date" and d.i1 < n and keys[d.i1] == "तक" and pending is None \
                        and b < n and keys[b] in ("का", "की", "के", "को") \
                        and not (b + 1 < n and keys[b] == "के" and keys[b + 1] in ("लिए", "लिये")) \
                        and not any(lex.numbers.starts_number(keys[x]) or keys[x] in S.get("ergative_subjects", frozenset())
                                    for x in range(d.i1 + 1, a)):
                    if a - 1 > d.i1 and (keys[a - 1] in S.get("conjunct_keep", frozenset()) or keys[a - 1] in S.get("copula_predicates", frozenset())):
                        a -= 1  # "बंद रखने"
                    return a, b  # (v24) a date with तक bounds the infinitive, as a duration does: "31 मार्च तक बंद करने का
                    # आदेश दिया" -> बंद करने, "तीन मई तक लॉकडाउन की अवधि को बढ़ाने की घोषणा की" -> बढ़ाने (not a purpose
                    # "लाने के लिए", "शुरू करने से बचना", nor past another number: "20 अप्रैल तक ... 325 जिलों ... रोकने के उपायों",
                    # nor past an ergative subject, whose finite verb the date bounds: "31 मार्च तक उन्होंने घर जाने का फैसला किया")
                if form == "nonfinite" and d.kind == "date":
                    pending = pending or (a, b)
                    k = b
                    continue  # "तीन मई को ... 150 दुकानें खोलने का निर्देश दिया": the date dates the finite predicate
                return a, b
            if k + 1 >= n and k > d.i1 and keys[k - 1] in ("का", "की", "के") and _is_content(t, lex, doc):
                return k, k + 1  # a headline ending in a genitive's noun: "दूसरे मामले की पुष्टि"
            if k == d.i1 + 1 and keys[d.i1] in ("का", "की", "के") and key in S.get("genitive_predicate_nouns", frozenset()) \
                    and k + 1 < n and (keys[k + 1] == "," or (k + 2 < n and keys[k + 1] == "के" and keys[k + 2] == "बाद")):
                return k, k + 1  # a headline's nominal predicate before a comma: "चार नए मामलों की पुष्टि, कुल 15";
                # a clause made a noun: "पांच बदमाशों की गिरफ्तारी के बाद"
        k += max(L, 1)
    return pending


def _purpose_conjunct(keys: list[str], k: int, L: int, d: _Draft, lex: Lexicon) -> bool:
    """(round 28) The event noun at k (L words) with a करना/कराना infinitive and `के लिए` after it is a purpose, not the
    quantity's predicate: "50 मजदूर काम करने के लिए दिल्ली गए", "70 प्रतिशत लोग मतदान करने के लिए सहमत हैं" (the finite
    verb after it is). Only a count, percent or sum; not past a genitive (its object: "200 लोगों की जांच करने के लिए",
    "60 मिलियन डोज का उत्पादन करने के लिए"), nor when the token right after the span is को/ने/a genitive. That token is
    a count's case; a percent's population noun stands there (`70 प्रतिशत लोगों ने`), so a percent's ने is not seen and
    its purpose is skipped as a bare count's is ("70 प्रतिशत लोगों ने मतदान करने के लिए पंजीकरण कराया" -> पंजीकरण).
    (review of round 28) Right after the quantity (`5 लाख रुपये इलाज कराने के लिए दिए`, `10 लोग पूजा करने के लिए
    मंदिर गए`) or after one word that is no postposition (`30 लोग अब मतदान करने के लिए`), only for a sum or a
    nominative count of persons, and when a finite verb or a copula follows `के लिए` in the same clause.
    """
    S = lex.sets
    n = len(keys)
    e = k + L
    if not (d.kind in ("count", "percent", "money") and e + 2 < n
            and keys[e] in S.get("purpose_conjunct_infinitives", frozenset()) and keys[e + 1] == "के"
            and keys[e + 2] in ("लिए", "लिये") and k >= d.i1 and keys[d.i1] not in ("को", "का", "की", "के", "ने")
            and not any(keys[x] in GENITIVES for x in range(d.i1, k))):  # (a genitive before the noun: its object, "60
        return False  # मिलियन ... डोज का उत्पादन करने के लिए"; a date keeps the purpose's event: "21 मार्च से 15 अप्रैल
        # के बीच यात्रा करने के लिए")
    if k > d.i1 + 1:
        return True
    if k == d.i1 + 1 and keys[d.i1] in S.get("case_postpositions", frozenset()):
        return False
    if d.kind != "money" and not _nominative_person_count(keys, d, lex):
        return False  # (a count of things right before it is the infinitive's object: "हमने 10,000 वेंटिलेटर प्रदान
        # करने के लिए एक PSU को आदेश दिए हैं" -> प्रदान; persons are its subject, a sum what is given)
    for x in range(e + 3, n):
        if keys[x] in S.get("hard_boundaries", frozenset()) or keys[x] == ",":
            return False
        if keys[x] in S.get("copulas", frozenset()) or (keys[x] in S.get("verb_forms", frozenset())
                                                         and not keys[x].endswith(("ने", "ना", "कर"))):
            return True
    return False


def _remaining_noun(keys: list[str], k: int, d: _Draft, lex: Lexicon) -> bool:
    """(v28) A date or a duration before an event noun and a form of रहना (remain): what lasts until then is the noun's
    event, not a bare copula-like रह (`31 मार्च तक लॉकडाउन रहेगा`, `रात नौ बजे तक कंप्लीट लॉकडाउन रहेगा` -> लॉकडाउन; was none)."""
    S = lex.sets
    return d.kind in ("date", "duration") and k - 1 >= d.i1 and keys[k] in S.get("remain_verbs", frozenset()) \
        and lex.events.get((keys[k - 1],)) in ("noun", "eventnoun") and keys[k - 1] not in S.get("nominal_lights", frozenset())


def _other_quantity_clause(toks: list[_Tok], keys: list[str], c: int, d: _Draft, lex: Lexicon, doc: _Doc) -> bool:
    """The comma at c opens another quantity's clause: a number further on, before the sentence's end or the next comma,
    counting a noun other than the quantity's own. Not a list: a number right after the comma (`8.9 करोड़ मास्क, 16 लाख
    ...`), a number before a conjunction, a comma or a place (`13-13 मामले, गुजरात में सात और ...`)."""
    n = len(keys)
    S = lex.sets
    hard = S.get("hard_boundaries", frozenset())
    if c + 1 >= n or lex.numbers.starts_number(keys[c + 1]) or keys[c + 1][:1].isdigit():
        return False
    for x in range(c + 2, min(n - 1, c + 16)):
        k = keys[x]
        if k in hard or k == ",":
            return False
        if (k[:1].isdigit() or k in lex.numbers.words) and keys[x - 1] not in ("-", "/", ":"):
            y = toks[x + 1]
            return _IS_WORD.match(y.text) is not None and keys[x + 1] not in S.get("coordinators", frozenset()) \
                and doc.entity_at(y.start, y.end) is None and fold(_lemma(keys[x + 1], y.text, lex)) != fold(d.noun or "")
    return False


def _bare_threshold(keys: list[str], j: int, lex: Lexicon) -> bool:
    """(round 43, settings bare_threshold_posts, threshold_do_forms, switch bare_threshold_pass) A bare `पार` right after a
    number is the threshold postposition of a verbless headline, `के पार` without its genitive (`कोरोना मरीज 20 हजार पार`,
    `मरने वालों की संख्या 4000 पार`, `31 हजार पार हुए कोरोना केस`): more than the number, no counted noun; not the noun of
    the verb पार करना (`संख्या 100 पार करने के बीच`), whose object the number is."""
    S = lex.sets
    posts = S.get("bare_threshold_posts")
    if not posts or j >= len(keys) or keys[j] not in posts:
        return False
    return not (j + 1 < len(keys) and keys[j + 1] in S.get("threshold_do_forms", frozenset()))


def _threshold_comma(keys: list[str], k: int, d: _Draft, lex: Lexicon) -> bool:
    """(round 43, settings threshold_comma_words, switch threshold_comma_clauses) The comma at k right after a count that
    ends in its threshold postposition (`के पार`, `पार`) closes a headline's verbless clause: `N के पार` is its predicate,
    and the verb after the comma is another clause's (`मृतकों की संख्या 12 हजार के पार, ट्रंप बोले` -> none, was बोले)."""
    words = lex.sets.get("threshold_comma_words")
    return bool(words) and k == d.i1 and d.i1 >= 1 and keys[d.i1 - 1] in words and d.kind != "date" \
        and keys[-1] not in ("।", ".", "|", "?", "!")


def _bare_count_clause(keys: list[str], c: int, lex: Lexicon) -> bool:
    """(round 41, settings headline_count_subjects, switch headline_comma_clauses) The comma at c opens a bare number's
    own clause: the number right after it with no noun of its own takes a postposition (`84 मरीज, दो की मौत`, `65 केस,
    56 का चल रहा इलाज`, `दो लाख 90 हजार टेस्ट, 24 की जांच पर एक पॉजिटिव`): a part of the count before the comma, the
    subject of another predicate, not an item of a list that shares one (`8.9 करोड़ मास्क, 16 लाख किट ...`)."""
    if lex.sets.get("headline_count_subjects") is None:
        return False
    n = len(keys)
    if c + 2 >= n or not lex.numbers.starts_number(keys[c + 1]) or keys[c + 1] == "एक":
        return False
    return keys[c + 2] in ("की", "का", "के", "को", "ने", "में")


def _own_noun(toks: list[_Tok], keys: list[str], d: _Draft, k: int, lex: Lexicon) -> bool:
    """The noun at k belongs to the quantity's own noun phrase: within three tokens of a date or duration (not a
    clock time), next to any other quantity (`50 अरब डॉलर नुकसान की आशंका`), or after the quantity's genitive (`13 लोगों की मौत की खबर`, `76 वर्षीय एक
    व्यक्ति की मौत का मामला`; not after a compound postposition: `तीन अपराधों के लिए मौत की सजा`)."""
    if d.kind in ("date", "duration"):  # "26/11 हमलों", "21 दिनों के लिये संपूर्ण लॉकडाउन की घोषणा": what it qualifies
        return fold(d.noun or "") not in lex.sets.get("clock_words", frozenset()) and k - d.i1 <= 3
    if k - d.i1 <= 1:
        return True  # "30 प्रतिशत वेतन कटौती का फैसला", "20 इंच से बारिश का अनुमान"
    gen = ("का", "की", "के")
    if keys[d.i1] in gen and keys[d.i1 + 1] not in lex.function_words \
            and keys[d.i1 + 1] not in lex.sets.get("genitive_postpositions", frozenset()):
        return True
    return d.kind in ("count", "age", "ordinal") and keys[k - 1] in gen and all(
        _IS_WORD.match(toks[x].text) and keys[x] not in lex.sets.get("verb_forms", frozenset()) for x in range(d.i1, k))


def _topic_particle(toks: list[_Tok], keys: list[str], k: int, d: _Draft, lex: Lexicon) -> bool:
    """`तो` at k is the topic particle after a content word inside the clause (`वह दो बार विश्व कप विजेता तो बने`),
    not the correlative of a condition (`अगर ... छोड़ देता है, तो`, `जब ... आया तो`, `नहीं मिला मौका तो`): no verb,
    copula, negation or comma right before it nor a verb after the quantity, no अगर/यदि/जब earlier in the sentence,
    and the clause goes on after it."""
    S = lex.sets
    n = len(keys)
    p = keys[k - 1] if k >= 1 else ","
    if k - 1 < d.i1 or k + 1 >= n or keys[k + 1] in S.get("hard_boundaries", frozenset()) or keys[k + 1] == ",":
        return False
    if not _IS_WORD.match(toks[k - 1].text) or p in lex.function_words or p in S.get("verb_forms", frozenset()) \
            or p in S.get("verb_chain", frozenset()) or p in S.get("copulas", frozenset()) or p in S.get("negations", frozenset()):
        return False
    if any(keys[x] in S.get("verb_forms", frozenset()) for x in range(d.i1, k)):
        return False  # "19 तक नहीं मिला मौका तो डूब जाएंगे": a clause with its verb before तो is a condition
    return not any(keys[x] in S.get("condition_words", frozenset()) for x in range(k))


def _dated_count_attributive(toks: list[_Tok], keys: list[str], d: _Draft, k: int, L: int, lex: Lexicon) -> bool:
    """(round 41, settings dated_count_quantifiers, switch dated_count_attributives) The participle at k (L tokens) that
    a date's event search reaches is attributive to a count right after it (`आये 11 मौलवियों को`, `लौटे सभी 37 लोगों
    की लिस्ट`, `पहने करीब 10 आतंकवादी`), and words stand between the date's frame and the participle: the date is the
    clause's, whose verb follows (`19 मार्च, 2020 को रांची पुलिस ने तमाड़ से ... आये 11 मौलवियों को गिरफ्तार किया था`
    -> गिरफ्तार किया, was आये). The words between hold a postposition (another constituent: `पुलिस ने`, `इटली से`), the
    participle is no conjunctive -कर form, the count no article एक. A participle right after the date's को/से/तक is its own (`23 व 24 अप्रैल को भेजे गए 80
    रक्त नमूनों की जांच रिपोर्ट ...`, `तीन फरवरी को सामने आए 890 मामलों`), and a clause with no verb after the count
    keeps it."""
    S = lex.sets
    quant = S.get("dated_count_quantifiers")
    if quant is None:
        return False
    n = len(keys)
    j = _skip_time_of_day(keys, d.i1, lex)
    if j >= n or keys[j] not in ("को", "से", "तक", "में"):
        return False  # (a date in a list: "23 व 24 अप्रैल को भेजे गए 80 ...")
    if k <= j + 1 or toks[k].text.endswith("कर") or not any(
            keys[y] in S.get("case_postpositions", frozenset()) or keys[y] in ("का", "की", "के") for y in range(j + 1, k)):
        return False  # (a conjunctive participle: "19 अप्रैल को यह आंकड़ा बढ़कर पांच हो गया"; nothing but the verb's own
        # words between: "22 मार्च को वापस लौटी 14 साल की बालिका")
    x = k + L
    while x < n and keys[x] in S.get("past_vectors", frozenset()):
        x += 1
    if x < n and keys[x] in quant:
        x += 1
    if x >= n or not lex.numbers.starts_number(keys[x]) or keys[x] == "एक":
        return False  # (एक is the article: "एक मई को ... से भेजी गई एक मरीज की दो रिपोर्ट")
    hard = S.get("hard_boundaries", frozenset())
    cop = S.get("copulas", frozenset())
    verbs = S.get("verb_forms", frozenset())
    y = x + 1
    while y < n and keys[y] not in hard and keys[y] != ",":
        if keys[y] in verbs and keys[y] not in cop and y > x + 1:
            return True
        if keys[y] in lex.months or keys[y] in _TIME_ADVERBS or keys[y] in S.get("not_counted_nouns", frozenset()):
            return False  # (review of round 41) the clause after the count has its own time (a date, a weekday, आज/कल/अब):
            # a clause takes one time frame, so the date is the participle's: `20 मार्च को दिल्ली से लौटे दो युवकों को
            # शनिवार को क्वारंटाइन किया गया` -> लौटे
        y += 1
    return False


def _count_topic_particle(toks: list[_Tok], keys: list[str], k: int, d: _Draft, lex: Lexicon) -> int:
    """(round 41, switch count_topic_particles) Tokens to step over at k: 1 for `तो` right after the count phrase or
    after its genitive (`30 नए मामले तो अकेले मुंबई में सामने आए हैं`, `10 लोगों की तो मौत तक हो चुकी है`), the topic
    particle inside the clause; 2 for `या तो` right after it (`132 लोग या तो ठीक हो गये हैं या ...`), the first of two
    alternatives, whose predicate is the count's. Else 0: not where the clause stops after the particle, where a
    condition word opens the sentence (`अगर ... तो`), nor where another number follows in the clause, a correlative
    ellipsis of two counts (`दिल्ली में 11 तो यूपी में भी 9 सैंपल पॉजिटिव पाए गए`), nor where the clause has no verb but a
    copula (`इन 12 में 11 तो जमाती हैं`: a predicate noun)."""
    S = lex.sets
    tp = S.get("count_topic_particles", frozenset())
    n = len(keys)
    if not tp or d.kind not in ("count", "percent") or k >= n:
        return 0
    if keys[k] in tp and (k == d.i1 or (k == d.i1 + 1 and keys[d.i1] in ("का", "की", "के"))):
        skip = 1
    elif keys[k] in S.get("either_words", frozenset()) and k == d.i1 and k + 1 < n and keys[k + 1] in tp:
        skip = 2
    else:
        return 0
    hard = S.get("hard_boundaries", frozenset())
    x = k + skip
    if x >= n or keys[x] in hard or keys[x] == ",":
        return 0
    if any(keys[y] in S.get("condition_words", frozenset()) for y in range(k)):
        return 0
    verb = False
    x0 = x
    while x < n and keys[x] not in hard and keys[x] != ",":
        if lex.numbers.starts_number(keys[x]) and not verb:
            return 0  # (review of round 41) only a number before the clause's first verb is a correlative's second count;
            # one after it is another clause's: `10 लोगों की तो मौत तक हो चुकी है और अब तक करीब 609 लोगों में ...`
        verb = verb or (keys[x] in S.get("verb_forms", frozenset()) and keys[x] not in S.get("copulas", frozenset()))
        x += 1
    if x - x0 <= 2 and keys[x - 1] in S.get("copulas", frozenset()):
        return 0  # a predicate noun and a copula keep their reading: `इन 12 में 11 तो जमाती हैं` -> none
    return skip if verb else 0


def _genitive_gap(toks: list[_Tok], keys: list[str], d: _Draft, k: int, lex: Lexicon) -> bool:
    """(round 41, switch genitive_head_gap) The count's direct masculine genitive (`का`, settings direct_genitives) heads
    the noun at k over adverbs (genitive_gap_words) and locative phrases (a word, its own genitive chain and में/पर):
    a noun in the oblique before a postposition would take `के`, so the genitive is the later noun's (`22,010 मरीजों का
    अभी अस्पतालों में इलाज`, `20177 लोगों का देश के विभिन्न अस्पतालों में इलाज`)."""
    S = lex.sets
    dg = S.get("direct_genitives", frozenset())
    if not dg or d.kind != "count" or d.i1 >= k or keys[d.i1] not in dg or not 2 <= k - d.i1 <= 8:
        return False
    gap = S.get("genitive_gap_words", frozenset())
    posts = S.get("genitive_gap_postpositions", frozenset())
    if keys[k - 1] not in posts and keys[k - 1] not in gap:
        return False
    verbs = S.get("verb_forms", frozenset())
    for x in range(d.i1 + 1, k):
        kx = keys[x]
        if kx in gap or kx in posts or kx == "के":
            continue
        if x + 1 < k and (keys[x + 1] in posts or keys[x + 1] == "के") and _IS_WORD.match(toks[x].text) \
                and kx not in verbs and lex.events.get((kx,)) is None and not lex.numbers.starts_number(kx):
            continue
        return False
    return True


def _genitive_modifier(toks: list[_Tok], keys: list[str], j: int, lex: Lexicon, doc: _Doc) -> bool:
    """Token j is का/की/के and a noun follows (after at most two adjectives), not a compound postposition
    (`के लिए`, `के बाद`, `के चलते`), a verb or a light verb: the word before j qualifies that noun."""
    n = len(keys)
    S = lex.sets
    if j + 1 >= n or keys[j] not in ("का", "की", "के"):
        return False
    q = j + 1
    while q < min(n, j + 3) and (keys[q] in lex.adjectives or keys[q] in S.get("ud_adjectives", frozenset())):
        q += 1
    if q >= n or keys[q] in lex.function_words or keys[q] in S.get("compound_postposition_forms", frozenset()) \
            or keys[q] in S.get("verb_forms", frozenset()) or keys[q] in S.get("nominal_lights", frozenset()) \
            or keys[q] in S.get("genitive_not_heads", frozenset()) or lex.events.get((keys[q],)) is not None:
        return False
    return _noun_like(toks[q], lex, doc)


def _verb_group_at(toks: list[_Tok], keys: list[str], k: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The verb group starting at token k (see `_base_verb_group_at`); (round 36, settings obligative_followers) where
    that finds none, a feminine infinitive of obligation: "देनी चाहिए", "बंद करनी होगी"."""
    got = _base_verb_group_at(toks, keys, k, lex)
    if got is not None:
        return got
    S = lex.sets
    obl = S.get("obligative_followers", frozenset())
    if not obl:
        return None
    n = len(keys)
    stems = S.get("verb_stems", frozenset())

    def obligative(j: int) -> bool:  # "देनी चाहिए", "करनी होगी": a feminine infinitive of obligation
        return j + 1 < n and keys[j].endswith("नी") and keys[j][:-2] in stems and keys[j + 1] in obl \
            and keys[j] not in S.get("obligative_not_forms", frozenset()) and keys[j] not in lex.function_words

    if obligative(k):
        return k, k + 2, "finite"
    if k + 1 < n and keys[k + 1] in ("करनी", "होनी") and obligative(k + 1) \
            and (keys[k] in S.get("conjunct_keep", frozenset()) or keys[k] in S.get("copula_predicates", frozenset())
                 or (toks[k].text.endswith(str(lex.settings.get("bare_participle_ending", "ित"))) and len(toks[k].text) > 3)):
        return k, k + 3, "finite"  # "बंद करनी होगी", "लागू करनी चाहिए", "सुनिश्चित करनी होगी"
    return None


def _base_verb_group_at(toks: list[_Tok], keys: list[str], k: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The verb group starting at token k, as (start, end, form), or None when k starts none.

    A verb group is a verb form (generated from verbs.tsv; a bare stem only before a vector: `लूट लिया`;
    an infinitive in -ने) or a nominal with a light verb, followed by its chain of vectors and
    auxiliaries (`गया`, `चुके`, `रहे`, `जा सकता`), never the tense copula (है, था). With the light verbs
    दे/पा/बन, and with हो/कर after a predicate adjective or adverb (settings `conjunct_keep`: शुरू, बरी ...),
    the group is written whole (`स्वीकृति दी`, `दोषी पाया गया`, `शुरू हुई`); after a noun, हो/कर leave the
    noun alone (`तबाही हुई` -> तबाही, `पुष्टि हुई` -> पुष्टि), as after an -इत participle (`घोषित कर दिया`)
    or with a particle in between (`ठीक भी हुए`).
    form: "finite"; "nonfinite" (an infinitive before a postposition: `खोलने का`); "attributive" (a
    participle before a noun or हुआ/हुए: `खुले समुद्र`, `डूबते हुए`); a perfective participle before
    हुए is the predicate alone (`घिरे हुए हैं` -> घिरे)."""
    S = lex.sets
    n = len(keys)
    key = keys[k]
    if k + 1 < n and keys[k + 1] in lex.settings.get("place_homographs", {}).get(key, ()):
        return None  # "गया जिला में दो", "पटना एवं गया में 5-5", "गया (135)": the town of Gaya, no verb
    if k > 0 and keys[k - 1] in ("के", "की") and key in lex.sets.get("compound_postposition_forms", frozenset()):
        return None  # "कोरोना वायरस के चलते", "वीडियो कॉन्फ्रेंसिंग के जरिये": a compound postposition, no verb
    forms, stems, chain = S.get("verb_forms", frozenset()), S.get("verb_stems", frozenset()), S.get("verb_chain", frozenset())
    lights = S.get("nominal_lights", frozenset())
    hard, cop = S.get("hard_boundaries", frozenset()), S.get("copulas", frozenset())
    stative = ("हुआ", "हुए", "हुई", "हुईं")

    def light_at(j: int) -> bool:
        if j >= n or keys[j] not in lights:
            return False
        if keys[j] in ("की", "के", "कर", "करें"):  # also postpositions/conjunctive: only before a boundary, copula or vector
            if keys[j] in ("की", "के") and keys[j - 1].endswith("ों"):  # (the folded key: "मरीजोँ" too)
                return False  # (round 26) after an oblique plural की/के is a genitive, never "did": "मरीजों की जो संख्या बढ़ी"
            nj = keys[j + 1] if j + 1 < n else "।"
            return nj in hard or nj in cop or nj in chain or nj == ","
        return True

    def grow(j: int) -> int:
        while j < n and keys[j] in chain:
            j += 1
        return j

    text = toks[k].text
    is_verb = key in forms and not (key in ("लिए", "लिये") and k > 0 and keys[k - 1] in ("के", "की")
                                    and (not (k + 1 < n and keys[k + 1] in S.get("past_vectors", frozenset()))
                                         or (k > 1 and toks[k - 2].text.endswith("ने"))))  # "खरीदने के लिए गई": went
    if not is_verb and key in stems and k + 1 < n and keys[k + 1] in chain:
        is_verb = True  # "दब गए", "लूट लिया"
    if not is_verb and text.endswith("ने") and len(text) > 3 and key not in lex.function_words \
            and k + 1 < n and keys[k + 1] in S.get("infinitive_followers", frozenset()) \
            and key[:-1] + "ा" not in S.get("oblique_ne_nouns", frozenset()) and key[:-1] + "ा" not in lex.masc_a_nouns:
        is_verb = True  # an infinitive of a verb not listed: "उकसाने के लिए"
    if not is_verb:
        if key in lex.function_words or key in lex.not_nouns:
            return None
        j = k + 1
        if j < n and (keys[j] in S.get("nominal_particles", frozenset()) or (keys[j] in S.get("negations", frozenset())
                      and j + 1 < n and (keys[j + 1] in S.get("do_be_lights", frozenset()) or keys[j + 1] in ("की", "कीं")) and not keys[j + 1].endswith(("ने", "ना"))
                      and (grow(j + 2) >= n or keys[grow(j + 2)] in hard or keys[grow(j + 2)] in cop or keys[grow(j + 2)] == ","))) \
                and light_at(j + 1):
            return k, k + 1, "finite"  # "ठीक भी हुए", "प्रेस वार्ता नहीं की है"
        if _person_do_light(keys, k, lex):
            return None  # (round 37) "अब 1700 लोग कर सकेंगे यात्रा": people are no conjunct nominal of कर
        keep = S.get("conjunct_keep", frozenset())
        if not (light_at(j) or ((key in keep or key in S.get("copula_predicates", frozenset())) and j < n
                                and keys[j] in S.get("remain_verbs", frozenset()))):
            return None  # (a predicate adjective with रह is one group: "बंद रहेंगी", "लागू रहेगी")
        if text.endswith(str(lex.settings.get("bare_participle_ending", "ित"))) and len(text) > 3:
            return k, k + 1, "finite"  # "घोषित कर दिया", "केंद्रित हो गया"
        if keys[j] in S.get("noun_lights", frozenset()) and key not in S.get("conjunct_keep", frozenset()):
            b = grow(j + 1)
            nonfinite = toks[b - 1].text.endswith(("ने", "ना")) and b < n and keys[b] in S.get("infinitive_followers", frozenset())
            return k, k + 1, "nonfinite" if nonfinite else "finite"  # "तबाही हुई", "सुनवाई होने की"
        b = grow(j + 1)
    else:
        if k + 1 < n and keys[k + 1] in stative:
            if text.endswith(("ता", "ते", "ती")):
                return k, k + 2, "attributive"  # "बढ़ता हुआ", "डूबते हुए विमान"
            nx = k + 2
            if nx < n and _IS_WORD.match(toks[nx].text) and keys[nx] not in lex.function_words and keys[nx] not in cop \
                    and keys[nx] not in forms and keys[nx] not in lex.not_nouns and not lex.numbers.starts_number(keys[nx]):
                return k, k + 2, "attributive"  # "खोए हुए भाई": a participle qualifying a noun
            return k, k + 1, "finite"  # "घिरे हुए हैं"
        if text.endswith("कर") and key not in S.get("change_participles", frozenset()):
            return k, k + 1, "attributive"  # a conjunctive participle is not the clause's predicate
        b = grow(k + 1)
        if b == k + 1 and key not in S.get("irregular_verbs", frozenset()) and b < n \
                and text.endswith(("ा", "े", "ी", "ीं")) and not text.endswith("ने") and _IS_WORD.match(toks[b].text) \
                and keys[b] not in lex.function_words and keys[b] not in lex.not_nouns \
                and not lex.numbers.starts_number(keys[b]) and keys[b] not in chain \
                and not (S.get("future_endings") and key.endswith(tuple(S["future_endings"]))):
            return k, b, "attributive"  # a participle before its noun: "खुले समुद्र", "बढ़ी कीमतें" (round 36, settings
            # future_endings: not a future, "उड़ान भरेंगे एयर इंडिया के 149 विमान")
    last = toks[b - 1].text
    nonfinite = last.endswith(("ने", "ना")) and b < n and keys[b] in S.get("infinitive_followers", frozenset())
    return k, b, "nonfinite" if nonfinite else "finite"

# --- entities ----------------------------------------------------------------------------------


def _find_entity(toks, keys, d: _Draft, lex: Lexicon, doc: _Doc, all_mentions_by_sent) -> str | None:
    if d.demonym is not None:
        places = lex.demonyms.get(d.demonym, frozenset())
        for key, eid in doc.loc_by_key.items():
            if key in places:
                return eid
    if d.kind not in ("count", "money"):
        return None
    # "रूस ने ... 2000 सैनिक", "रूस के 2000 सैनिक": a LOC/ORG subject or possessor before the quantity
    start = toks[d.i0].start
    best = None
    for m in all_mentions_by_sent.get(d.sent_idx, ()):
        if m.label not in ("LOC", "ORG") or not m.entity_id or m.end > start:
            continue
        idx = next((x for x, t in enumerate(toks) if t.start >= m.end), None)
        if idx is None:
            continue
        hard = lex.sets.get("hard_boundaries", frozenset())
        if any(keys[x] in hard for x in range(idx, d.i0)):
            continue  # "X ने कहा कि ... 300 लोग": X is the speaker, not the owner
        if keys[idx] == "ने" or (keys[idx] in ("के", "की") and idx + 1 == d.i0):
            best = m.entity_id
    return best


# --- main --------------------------------------------------------------------------------------


def _same_measure_over_words(d: _Draft, e: _Draft, keys: list[str], lex: Lexicon) -> bool:
    """Items of one list with words between the numbers measure the same thing: "चूरू में 50.2 और जैसलमेर में 49
    डिग्री", "अधिकतम तापमान 12 और न्यूनतम तापमान 3.6 डिग्री", "चावल 272.90 और गेहूं 162.79 लाख टन". Not when the first
    is a count ("संख्या 45 और मृत्यु दर 3 प्रतिशत"), the words between name another attribute than the first number's
    ("... और मृत्यु दर 3 प्रतिशत") or have an agent of their own ("उसने 12 और उसके भाई ने 30 प्रतिशत")."""
    S = lex.sets
    between = keys[d.i1 + 1:e.i0]
    before = keys[max(0, d.i0 - 2):d.i0]
    if d.i0 > 0 and keys[d.i0 - 1] in S.get("count_words", frozenset()):
        return False
    attributes = S.get("attribute_nouns", frozenset())
    return "ने" not in between and not any(k in attributes and k not in before for k in between)


def _shared_heads(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """Coordinated numbers share what the last one names: "01 और 21 अप्रैल" (two dates of April),
    "12 बड़े और 65 छोटे बंदरगाहों" (both count ports)."""
    joins = lex.sets.get("coordinators", frozenset())
    plural = ("ों", "ें", "एं", "ए", "े", "यां")  # a plural counted noun ends a list of counts (not a place: "बेतुल में 5")
    for x in range(len(drafts) - 2, -1, -1):
        d, e = drafts[x], drafts[x + 1]
        demonym = d.noun is not None and keys[d.i1 - 1] in lex.demonyms and e.noun is not None \
            and fold(e.noun) not in lex.demonyms and fold(e.noun) not in lex.sets.get("origin_nouns", frozenset())
        # "नौ सऊदी और तीन फ्रांसीसी नागरिकों": nationals (not "93000 अमेरिकियों", nor "119 भारतीय और 5 विदेशी")
        if d.kind == "ordinal" and e.kind == "ordinal" and d.noun is None and e.noun is not None and d.i1 < len(keys) \
                and (keys[d.i1] in joins or keys[d.i1] == ",") and e.i0 == d.i1 + 1:
            d.noun = e.noun  # (v18) "नौवीं, 10वीं और 11वीं कक्षा": listed ordinals share the last one's noun
            continue
        if d.i1 >= len(keys) or keys[d.i1] not in joins or d.kind != "count" or (d.noun is not None and not demonym):
            continue
        listed = keys[d.i1] in ("और", ",") and d.i1 + 2 <= e.i0 <= d.i1 + 4 and all(_IS_WORD.match(keys[y]) for y in range(d.i1 + 1, e.i0)) \
            and (keys[d.i1] == "और" or (d.i0 >= 1 and keys[d.i0 - 1] == keys[e.i0 - 1] and (
                (e.i1 < len(keys) and keys[e.i1] in joins and (e.shared or keys[e.i1 - 1].endswith(plural)))
                or (e.kind == "count" and e.noun is not None and e.i1 - e.i0 >= 2 and keys[e.i1 - 1].endswith(plural)
                    and (e.i1 >= len(keys) or keys[e.i1] not in _LIST_HEAD_NOT_CLOSING)))))
        # (a comma: "कर्नाटक में 166, महाराष्ट्र में 139, ... और नगालैंड में 11 लोगों": items alike, "X में N", before the next join;
        # review of round 30: or the last item, whose plural head closes the list: "कर्नाटक से 12, पंजाब से 59 ट्रेनें आ चुकी हैं";
        # not a part inside an item: "उत्तर प्रदेश में 19, केरल में दो विदेशियों सहित 27")
        if e.i0 != d.i1 + 1 and not listed:  # (listed: "तमिलनाडु में 1,520 और मध्य प्रदेश में 1.485 मामले" -> मामले)
            continue
        if listed and e.kind == "count" and e.noun and d.modifier != "vague" and e.modifier != "vague" \
                and not (e.i1 < len(keys) and keys[e.i1] in lex.sets.get("inclusion_postpositions", frozenset())):
            # (round 42, switch inclusion_parts) not a part included in the item: "लद्दाख में आठ और तेलंगाना में दो
            # विदेशियों सहित छह मामलों" (आठ counts no foreigners)
            d.noun, d.needs_noun, d.shared = e.noun, False, True
        elif e.kind in ("measure", "percent", "duration") and e.noun and d.noun is None and d.modifier == "exact" \
                and d.i1 - d.i0 == 1 and keys[d.i1] != "या" and (keys[d.i1] != "," or (
                    e.i0 == d.i1 + 1 and d.i0 > 0 and keys[d.i0 - 1] in (",", ":", "क्रमश", "क्रमशः"))) \
                and (e.i0 == d.i1 + 1 or _same_measure_over_words(d, e, keys, lex)):
            # (v18) "क्रमशः 35 और 22 डिग्री", "8.5, 9.2 व 9.4 दिन": a bare number listed before a unit shares it; never
            # over या ("4,789 या 8 प्रतिशत": the same change restated; "5 या 10 प्रतिशत" is one range, read before)
            d.kind, d.noun, d.needs_noun = e.kind, e.noun, False
        elif e.i0 != d.i1 + 1:
            continue
        elif e.kind == "date" and e.noun in lex.months.values() and d.i1 - d.i0 == 1 \
                and keys[d.i0][:1].isdigit() and d.value == int(d.value) and 1 <= d.value <= 31:
            d.kind, d.noun, d.needs_noun = "date", e.noun, False
        elif e.kind == "count" and e.noun and (d.needs_noun or demonym) and d.modifier != "vague":
            d.noun, d.needs_noun = e.noun, False
            if keys[d.i1 - 1] in lex.demonyms and " " in e.noun and fold(e.noun.split(" ")[0]) in lex.adjectives:
                d.noun = e.noun.split(" ")[-1]  # (v23) "18 भारतीय और 16 विदेशी नागरिक": Indian nationals (not foreign ones)


_GENITIVES = frozenset({"का", "की", "के"})  # (v33) a key's genitive inside a list gap: "मनाली का अधिकतम तापमान 26.6 डिग्री"


def _listed_units(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """(v33, settings `listed_unit_kinds`) A list of values keyed by place or year, items joined by `,`/और/व/तथा/एवं with
    one to five words between (content words and genitives, then at most a key postposition `listed_key_postpositions`;
    no verb, copula, clause boundary or pronoun; a bare year `2012 में` may stand there), the keys alike (each item after the
    same postposition or a bare word; a two-item list alike before its first item too), whose first or
    last item carries a unit of a listed kind: its bare digit items (a count with no noun, not after a count word
    `संख्या 45`) share that unit, as a weather report writes `चूरू में 50.2, बीकानेर में 49.5, ... और जैसलमेर में 49
    डिग्री` and a health report `कर्नाटक में रिकवरी रेट 87.4 प्रतिशत, यूपी में 86.4, ...`. An item with a noun of its
    own ends the list (`listed_count_heads`: a last count with a noun shares it over whole numbers keyed by `में`/`से`:
    `केरल में 17, यूपी में 11 व महाराष्ट्र में 11 मरीज`)."""
    S = lex.sets
    kinds = S.get("listed_unit_kinds")
    if not kinds or len(drafts) < 2:
        return
    joins = S.get("id_list_separators", frozenset())
    stop = S.get("verb_forms", frozenset()) | S.get("copulas", frozenset()) | S.get("hard_boundaries", frozenset())
    keyed = S.get("listed_key_postpositions", frozenset())
    count_words = S.get("count_words", frozenset())
    counts = bool(lex.settings.get("listed_count_heads"))
    year_min, year_max = float(lex.settings.get("year_min", 1800)), float(lex.settings.get("year_max", 2100))

    def year(d: _Draft) -> bool:
        return d.kind == "date" and d.noun is None and d.i1 - d.i0 == 1 and year_min <= d.value <= year_max

    def bare(d: _Draft) -> bool:
        return d.kind == "count" and d.noun is None and d.modifier in ("exact", "approx") and d.i1 - d.i0 == 1 \
            and keys[d.i0][:1].isdigit() and not (d.i0 > 0 and keys[d.i0 - 1] in count_words)

    def bearer(d: _Draft) -> bool:
        return d.kind in kinds and d.noun is not None

    def key(i: int) -> str | None:  # what keys the item at token i: its postposition, "W" for a bare word
        if i < 1:
            return None
        k = keys[i - 1]
        return k if k in keyed else "W" if _IS_WORD.match(k) and k not in lex.function_words and k not in stop else None

    items = [d for d in drafts if not year(d)]
    years = {y for d in drafts if year(d) for y in range(d.i0, d.i1)}

    def gap(a: _Draft, b: _Draft) -> bool:
        if a.i1 >= b.i0 or keys[a.i1] not in joins or not 2 <= b.i0 - a.i1 <= 6 or key(b.i0) is None:
            return False
        return all(y in years or (_IS_WORD.match(keys[y]) is not None and keys[y] not in stop and keys[y] not in joins
                                  and (keys[y] not in lex.function_words or keys[y] in _GENITIVES or (y == b.i0 - 1 and keys[y] in keyed))
                                  and not lex.numbers.starts_number(keys[y])) for y in range(a.i1 + 1, b.i0))

    def alike(run: list[_Draft]) -> bool:  # (three items or more: one postposition, some items after a bare word)
        gaps = {key(x.i0) for x in run[1:]}
        return (len(gaps - {"W"}) <= 1 and len(run) > 2) or (len(gaps) == 1 and key(run[0].i0) in gaps)

    run: list[_Draft] = []
    for d in [*items, None]:
        if d is not None and (bare(d) or bearer(d)) and (not run or gap(run[-1], d)):
            run.append(d)
            continue
        units = {(x.kind, x.noun) for x in run if bearer(x)}
        if len(run) >= 2 and len(units) == 1 and (bearer(run[0]) or bearer(run[-1])) and alike(run):
            kind, noun = next(iter(units))
            for x in run:
                if bare(x):
                    x.kind, x.noun, x.needs_noun, x.shared = kind, noun, False, True
        elif len(run) >= 2 and not units and counts and d is not None and d.kind == "count" and d.noun is not None \
                and not d.shared and d.modifier != "vague" and gap(run[-1], d) and run[0].i0 > 0 \
                and keys[run[0].i0 - 1] in keyed and all(keys[b.i0 - 1] == keys[run[0].i0 - 1] for b in [*run[1:], d]) \
                and all("." not in keys[b.num_start] and b.value == int(b.value) for b in [*run, d]):
            for x in run:  # (settings `listed_count_heads`) "केरल में 17, यूपी में 11 व महाराष्ट्र में 11 मरीज" (whole numbers)
                x.noun, x.needs_noun, x.shared = d.noun, False, True
        run = [d] if d is not None and (bare(d) or bearer(d)) else []


def _listed_one_heads(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc | None = None) -> None:
    """(round 38, settings `listed_one_heads`, switch listed_one_heads) A place-keyed list of bare counts whose last item is
    `एक` + its noun: the noun is every item's, as a last count's noun is (`listed_count_heads`): "फ्लोरिडा में 4, वर्जीनिया
    में 5, नॉर्थ कैरोलिना में 3 और जॉर्जिया में एक व्यक्ति की मौत" -> व्यक्ति (was घर of the sentence before), "मध्यप्रदेश में
    छह और गोवा में एक नए मामले सामने आए" -> मामला (was none). The items: counts with no noun of their own (a digit, a number
    word, `2-2`), each after the same postposition as एक (`listed_key_postpositions`), joined by a comma or coordinator with
    one to six words between (places, genitives; no verb, copula, boundary or number); after एक, adjectives, disease and
    state words are stepped over to the first noun (`एक कोरोना पॉजिटिव मरीज`, `एक नया रोगी`); not `एक के साथ`, `एक, ...`.

    (round 51, settings `listed_distributive_marks`, `listed_distributive_gap`, switch listed_distributive_heads) The last
    item may be the distributive `एक-एक` (or `एक एक`: one each) after a run of places: "मुंगेर जिला में 7, सिवान में 6,
    ... नालंदा में 2, लखीसराय, बेगूसराय, सारण और भागलपुर में एक-एक व्यक्ति" -> व्यक्ति for 7, 6, 2 (were none). Then a
    gap may list places joined by commas and coordinators (up to `listed_distributive_gap` tokens), and an item misread as
    `N और <place>` ("N more") is cut back to its number: "पानीपत में तीन और फरीदाबाद, पलवल तथा सोनीपत में एक-एक मरीज" ->
    तीन मरीज (was a count of फरीदाबाद). The एक-एक itself stays no quantity, as एक does."""
    S = lex.sets
    heads = S.get("listed_one_heads")
    if not heads or not drafts:
        return
    n = len(keys)
    keyed = S.get("listed_key_postpositions", frozenset())
    joins = S.get("id_list_separators", frozenset())
    stop = S.get("verb_forms", frozenset()) | S.get("copulas", frozenset()) | S.get("hard_boundaries", frozenset())
    skip = lex.adjectives | S.get("ud_adjectives", frozenset()) | S.get("disease_nouns", frozenset()) | heads
    marks = S.get("listed_distributive_marks")  # (round 51) None: switch off, no distributive item
    for y in range(2, n - 1):
        if keys[y] != "एक" or keys[y - 1] not in keyed:
            continue
        z = y + 1
        distributive = False
        if marks is not None and z + 1 < n and keys[z] in marks and keys[z + 1] == "एक" and toks[z].start == toks[y].end:
            z, distributive = z + 2, True  # "एक-एक"
        elif marks is not None and keys[z] == "एक":
            z, distributive = z + 1, True  # "एक एक"
        while z < n and z <= y + 4 + distributive * 2 and (keys[z] in skip or lex.events.get((keys[z],)) == "state"):
            z += 1
        if z >= n or not _IS_WORD.match(toks[z].text) or keys[z] in lex.function_words or keys[z] in stop \
                or keys[z] in S.get("verb_stems", frozenset()) or lex.numbers.starts_number(keys[z]) or keys[z] in lex.demonyms \
                or keys[z] in S.get("copula_predicates", frozenset()) or keys[z] in S.get("origin_predicates", frozenset()) \
                or keys[z] in S.get("kb_places", frozenset()) or keys[z] in S.get("id_list_separators", frozenset()) \
                or (distributive and keys[z] in lex.not_nouns):
            continue  # (not a predicate: "कानपुर में एक संक्रमित शामिल है"; not a place: "गांधीनगर में एक और राजकोट में";
            # round 51: no pronoun after एक-एक, "नोएडा और लखनऊ में एक-एक इससे प्रभावित हैं")
        if any(lex.numbers.starts_number(keys[x]) or keys[x][:1].isdigit() for x in range(z + 1, min(n, z + 4))):
            continue  # the list goes on, the word a place: "हमीरपुर में एक ललित पुर में एक और ..."
        noun = _lemma(keys[z], toks[z].text, lex)
        items: list[_Draft] = []
        nxt = y  # the next item's number
        longest = int(lex.settings.get("listed_distributive_gap", 12)) if distributive else 7
        cuts: list[_Draft] = []
        for d in reversed([d for d in drafts if d.i1 <= y]):
            cut = distributive and _more_place_item(d, toks, keys, lex, doc, joins, keyed)
            i1 = d.num_start + 1 if cut else d.i1  # (round 51) "पानीपत में तीन और फरीदाबाद, ...": three, then places
            if d.kind != "count" or (d.noun is not None and not cut) or d.modifier not in ("exact", "approx") or d.i0 < 1 \
                    or keys[d.i0 - 1] != keys[y - 1] or not (i1 - d.i0 == 1 or (i1 - d.i0 == 3 and keys[d.i0 + 1] == "-")):
                break
            gap = range(i1, nxt - 1)
            if not 2 <= len(gap) <= longest or keys[i1] not in joins or not all(
                    _IS_WORD.match(keys[x]) is not None and keys[x] not in stop and not lex.numbers.starts_number(keys[x])
                    and (keys[x] not in lex.function_words or keys[x] in _GENITIVES) or (distributive and keys[x] in joins)
                    for x in gap[1:]):
                break
            items.append(d)
            if cut:
                cuts.append(d)
            nxt = d.i0
        for d in cuts:
            d.i1, d.state_event = d.num_start + 1, None
        for d in items:
            d.noun, d.needs_noun, d.shared = noun, False, True


def _more_place_item(d: _Draft, toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc | None,
                     joins: frozenset[str], keyed: frozenset[str]) -> bool:
    """(round 51) The draft d reads `N और W` as "N more W" where W is a place that opens the next list item: a one-word
    place (tagged in the article or in the KB) right before a comma, coordinator or key postposition (`तीन और फरीदाबाद,
    पलवल तथा सोनीपत में एक-एक`). Only a bare number before और."""
    a, w = d.num_start, d.i1 - 1
    if d.kind != "count" or d.noun is None or d.modifier != "exact" or a != d.i0 or w != a + 2 or keys[a + 1] != "और" \
            or w + 1 >= len(keys) or (keys[w + 1] not in joins and keys[w + 1] not in keyed):
        return False
    place = keys[w] in lex.sets.get("kb_places", frozenset())
    if doc is not None and not place:
        m = doc.entity_at(toks[w].start, toks[w].end)
        place = (m is not None and m.label == "LOC") or keys[w] in doc.place_words
    return place


def _magnitude_scale(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """(v33, settings `magnitude_noun`) An earthquake's magnitude written without a unit after it measures the
    magnitude (kind measure, noun `magnitude_noun`), as `6.5 तीव्रता` already does: before `की तीव्रता` (`7.7 की तीव्रता
    के भूकंप`), after a Richter scale (`रिक्टर पैमाने पर 4.0 मापी गई`, `रिएक्टर स्केल पर 3.5`) or right after the noun
    (`भूकंप की तीव्रता 7.5 बतायी गई`); only a digit value under 10.5 (not `तीव्रता 100 किलोमीटर`)."""
    S = lex.sets
    noun = lex.settings.get("magnitude_noun")
    if not noun:
        return
    heads = S.get("magnitude_nouns", frozenset())
    scales, scale_nouns = S.get("magnitude_scale_words", frozenset()), S.get("magnitude_scale_nouns", frozenset())
    n = len(keys)
    for d in drafts:
        a = d.num_start
        if d.kind != "count" or d.modifier == "vague" or not keys[a][:1].isdigit() or not 0 < d.value < 10.5 \
                or (d.noun is not None and not d.needs_noun):
            continue
        after = d.i1 + 1 < n and keys[d.i1] == "की" and keys[d.i1 + 1] in heads
        scale = a >= 3 and keys[a - 1] == "पर" and keys[a - 2] in scale_nouns and keys[a - 3] in scales
        head = a >= 1 and keys[a - 1] in heads
        if after or scale or head:
            d.kind, d.noun, d.needs_noun = "measure", str(noun), False
    words = lex.settings.get("magnitude_count_words") or {}
    for d in drafts:  # (round 37, switch magnitude_words) "7.6 परिमाण के भूकंप", "4.5 तिव्रता का भूकंप": a magnitude
        if d.kind == "count" and d.modifier != "vague" and keys[d.num_start][:1].isdigit() and 0 < d.value < 10.5 \
                and d.value_max is None and d.i1 - 1 > d.num_start and keys[d.i1 - 1] in words and d.noun is not None \
                and fold(d.noun) == keys[d.i1 - 1]:
            d.kind, d.noun, d.needs_noun = "measure", str(words[keys[d.i1 - 1]]), False


def _in_bracketed_list(keys: list[str], i: int, lex: Lexicon) -> bool:
    """(round 25) The bracketed 4-digit number at i is an item of a list of bracketed counts by place: a word before
    its bracket, and a neighbour item (a word, then a bracketed small number: under four digits, or a number word)
    joined to it by `,`/और: "गया (135), सीवान (3105), गोपालगंज (390)". Ids stay out (review of round 25): five digits
    "(12345) और (2)", an id word "मामला संख्या (1234)", a year "गया (2020)", "रिपोर्ट (2020) के अनुसार"."""
    k = keys[i]
    if not (k.isdigit() and len(k) == 4) or k[:2] in ("19", "20") or i < 2 or not _IS_WORD.match(keys[i - 2]) \
            or keys[i - 2] in lex.sets.get("id_words", frozenset()):
        return False
    joins = lex.sets.get("id_list_separators", frozenset()) | {","}

    def item(j: int) -> bool:  # "word (n)" with the small number n at j
        return 2 <= j < len(keys) - 1 and keys[j - 1] == "(" and keys[j + 1] == ")" and _IS_WORD.match(keys[j - 2]) is not None \
            and keys[j - 2] not in joins and ((keys[j].isdigit() and len(keys[j]) < 4) or keys[j] in lex.numbers.words)
    before = i - 3 >= 0 and keys[i - 3] in joins and i - 4 >= 0 and keys[i - 4] == ")" and item(i - 5)
    after = i + 2 < len(keys) and keys[i + 2] in joins and item(i + 4)
    return before or after


def _bracketed_number(q: _Draft, keys: list[str], lex: Lexicon) -> bool:
    """(round 25) q is a bare number in brackets: "(दो)", "(3105)"."""
    return 0 < q.i0 and q.i1 < len(keys) and keys[q.i0 - 1] == "(" and keys[q.i1] == ")" and all(
        keys[y][:1].isdigit() or lex.numbers.starts_number(keys[y]) for y in range(q.i0, q.i1))


def _bracketed_item(d: _Draft, e: _Draft, keys: list[str], lex: Lexicon) -> bool:
    """(round 25) d and the next count e are bracketed bare numbers of one list of places, close together, d's bracket
    followed by a join or the next place: "अररिया में (दो), औरंगाबाद में (55), ... बेगूसराय (सात) नालंदा (206) ...
    और सहरसा (पांच) को ऑब्जर्वेशन में रखा गया है" (every item is kept under observation)."""
    return _bracketed_number(d, keys, lex) and _bracketed_number(e, keys, lex) and e.i0 - d.i1 <= 6 \
        and d.i1 + 1 < len(keys) and keys[d.i1 + 1] not in ("(", ")")


def _work_title_spans(keys: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """(round 26, v27; review) The quoted titles after a work noun: (the opening quote, the closing quote), the quote
    opening (an even number of quote marks before it in the sentence: "कहा, 'यह अच्छी फिल्म' 20 दिन" closes one) and
    closing within a few words, no sentence boundary between."""
    quotes = lex.sets.get("quote_marks", frozenset())
    nouns = lex.sets.get("work_title_nouns", frozenset())
    stops = lex.sets.get("hard_boundaries", frozenset())
    spans, seen = [], 0
    for a, k in enumerate(keys):
        if k not in quotes:
            continue
        if seen % 2 == 0 and a >= 1 and keys[a - 1] in nouns:
            for c in range(a + 2, min(len(keys), a + 9)):
                if keys[c] in quotes:
                    spans.append((a, c))
                    break
                if keys[c] in stops:
                    break
        seen += 1
    return spans


def _in_work_title(keys: list[str], d: _Draft, lex: Lexicon, spans: list[tuple[int, int]] | None = None) -> bool:
    """(round 26, v27) A number inside a quoted title after a work noun names the work, it counts nothing:
    "फ़िल्म 'डेढ़ इश्क़िया' का प्रीमियर", "फिल्म '3 इडियट्स' में", "फिल्म 'दो आंखें बारह हाथ'" (every number of it).
    Never an amount (review): money, a scale word or a unit, "फिल्म '300 करोड़' के क्लब में"."""
    if d.kind in ("money", "measure", "percent") or any(
            keys[y] in lex.numbers.scales or (keys[y],) in lex.units for y in range(d.i0, d.i1)):
        return False
    return any(a < d.i0 and d.i1 <= c for a, c in (_work_title_spans(keys, lex) if spans is None else spans))


def _shared_events(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """(v19) Items of a list that share the last item's noun share its predicate too, where they found none of their own:
    "फ्रांस में 1191 लोग संक्रमित पाये गये जबकि जर्मनी में 1139, जापान में 488, ... और चीन में नौ लोग संक्रमित हैं"
    (the predicate lies past the event window of the first items). Right to left, so a long list passes it on."""
    joins = lex.sets.get("coordinators", frozenset()) | {","}
    for x in range(len(drafts) - 2, -1, -1):
        d, e = drafts[x], drafts[x + 1]
        if d.event is None and e.event is not None and d.kind == e.kind == "count" and e.noun == d.noun and (
                _bracketed_item(d, e, keys, lex) or (d.noun is not None and (  # (round 25) a bracketed list: no noun needed
                d.shared or (d.i1 < len(keys) and keys[d.i1] in joins and (keys[d.i1] != "," or all(
                    keys[y][:1].isdigit() or keys[y] == "-" or lex.numbers.starts_number(keys[y]) for y in range(d.i0, d.i1))))))):
            d.event = e.event  # (after a comma only a bare number: not the headline "58 नए केस, कुल मामले 500 के पार")


def _listed_first_events(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """(round 55, switch listed_first_events) The mirror of `_shared_events`: a list of counts of one noun whose first
    item found a predicate and whose later items found none (the list closes on a bare copula, which is no event):
    "तमिलनाडु में कोविड-19 के मामले बढ़ कर 1,755, आंध्र प्रदेश में 1,061 और तेलंगाना में 984 हो गए हैं" (1,061, 984:
    बढ़ कर), "संक्रमित व्यक्तियों की संख्या बढ़ कर 571, कर्नाटक में 489, ... और हरियाणा में 272 हो गई है" (संक्रमित).
    Left to right, so a long list passes it on. A later item is a bare digit count (one token, no noun written after
    it) right after a listed_key_postpositions word, one to five words after the item before it and a comma or
    coordinator right after that item, with no verb or copula between, and no postposition right after it (`12 में से
    10`: a partitive's total); never across a clause (`जबकि` is no join)."""
    S = lex.sets
    joins = S.get("coordinators", frozenset())
    keyed = S.get("listed_key_postpositions", frozenset())
    stop = S.get("verb_forms", frozenset()) | S.get("copulas", frozenset()) | S.get("hard_boundaries", frozenset())
    for x in range(1, len(drafts)):
        e, d = drafts[x - 1], drafts[x]
        if d.event is not None or e.event is None or d.kind != "count" or e.kind != "count" or d.noun is None \
                or d.noun != e.noun or d.i1 - d.i0 != 1 or not keys[d.i0][:1].isdigit():
            continue
        if e.i1 >= d.i0 or keys[e.i1] not in joins or not 2 <= d.i0 - e.i1 <= 6 or keys[d.i0 - 1] not in keyed:
            continue
        if any(keys[y] in stop or keys[y][:1].isdigit() for y in range(e.i1 + 1, d.i0 - 1)):
            continue
        if d.i1 < len(keys) and (keys[d.i1] in keyed or keys[d.i1] in _GENITIVES or keys[d.i1] in ("तक", "पर")):
            continue  # a total or an owner, no item: "अंडमान में 12 में से 10 मामले ... जुड़े हुए हैं" (12 stays none)
        d.event = e.event


def _continuing_noun_events(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc) -> None:
    """(round 32) `N X की तलाश जारी`: what goes on is the action noun the quantity owns right before जारी, so that noun
    is the event, not जारी ("अन्य तीन आरोपियों की तलाश जारी" -> तलाश, "11,201 मरीजों का इलाज जारी है" -> इलाज). Only
    when the event found begins with जारी, the noun follows the quantity's की/का/के directly and जारी is a state (ends the
    clause or takes a copula or रह-: `जारी रहेगा`), never a release (`जारी किया`)."""
    for d in drafts:
        j = d.i1 + 2
        if d.event is not None and d.event.partition(" ")[0] == "जारी" and j < len(keys) and keys[j] == "जारी" \
                and keys[d.i1] in ("की", "का", "के") and _noun_like(toks[j - 1], lex, doc) \
                and keys[j - 1] not in lex.sets.get("verb_forms", frozenset()) \
                and (j + 1 >= len(keys) or not _IS_WORD.match(toks[j + 1].text) or keys[j + 1] in lex.sets.get("copulas", frozenset())
                     or keys[j + 1].startswith("रह")):  # (not a release: "24 घंटे का अपडेट जारी किया जाएगा")
            d.event = toks[j - 1].text


def _noun_led_events(drafts: list[_Draft], lex: Lexicon) -> None:
    """(round 25) A bare count's predicate that begins with a counted noun: that noun is the count's (elided or written
    after it), and the predicate is the rest: "सीवान से दो और पटना से चार पाजिटिव मरीज पाये गये" (दो: पाये गये),
    "रांची से चार और बोकारो से एक ... के मामले पाए गए" (चार: मामला, पाए गए), "रानी खेत से भी चार लोग गए थे"
    (चार: लोग, गए). Only the count's own noun, a later count's noun in the sentence or a person noun; an event noun
    ("चार की जान गई") and a noun before its light verb ("पार कर गया") stay."""
    later: set[str | None] = set()  # the nouns of the counts after d (right to left: one pass)
    for d in reversed(drafts):
        if d.event is not None and d.kind == "count" and " " in d.event:
            head, _, rest = d.event.partition(" ")
            key = fold(head)
            if lex.events.get((key,)) not in ("noun", "eventnoun", "state", "strong") and key not in lex.sets.get("verb_forms", frozenset()) \
                    and fold(rest.partition(" ")[0]) not in lex.sets.get("noun_lights", frozenset()):  # ("23000 को पार कर गया" stays)
                lemma = _lemma(key, head, lex)
                if lemma == d.noun or (d.noun is None and (lemma in later or _person_noun(fold(lemma), lex))):
                    d.noun, d.event = lemma, rest
        later.add(d.noun)


def _age_lists(drafts: list[_Draft], keys: list[str], lex: Lexicon) -> None:
    """A list after उम्र/आयु is a list of ages: "मरीजों की उम्र 14, 22 व 31 वर्ष है", "आयु 30, 36, 50 और 57 वर्ष"
    (bare numbers and year durations joined by commas or और/व/तथा/एवं take the first item's kind and person)."""
    S = lex.sets
    joins = S.get("age_list_joins", frozenset())
    years = S.get("age_year_units", frozenset())
    for x, d in enumerate(drafts):
        a = d.i0 - 1
        while a > 0 and keys[a] in (":", "क्रमश", "क्रमशः"):
            a -= 1  # (v18) "इनकी उम्र क्रमश: 44, 40 और 35 वर्ष"
        if d.i0 < 1 or keys[a] not in S.get("age_nouns_after_saal", frozenset()):
            continue
        if d.kind != "age":
            if a == d.i0 - 1 or not ((d.kind == "duration" and d.noun in years) or (
                    d.kind == "count" and d.noun is None and keys[d.i0][:1].isdigit() and 1 <= d.value <= 120)):
                continue
            d.kind, d.noun, d.needs_noun = "age", None, False
        prev = d
        for e in drafts[x + 1:]:
            if e.i0 <= prev.i1 or e.i0 - prev.i1 > 1 or keys[prev.i1] not in joins:
                break
            if not ((e.kind == "count" and e.noun is None and e.i1 - e.i0 == 1 and keys[e.i0][:1].isdigit()
                     and e.value == int(e.value) and 1 <= e.value <= 120)
                    or (e.kind == "duration" and e.noun in years)):
                break
            e.kind, e.noun, e.needs_noun = "age", d.noun, False
            prev = e


_LIST_ITEM_ENDS = frozenset({",", "और", "तथा"})
_LIST_ITEM_CASES = frozenset({"के", "का", "की"})


def _list_places(toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc) -> frozenset[int]:
    """(round 32) Starts of the words right after a number that end a list item (`,`, और, तथा, or के/का/की before one)
    and are places: a one-word place the tagger found elsewhere in the article, or any such word where the sentence
    also lists a tagged place right after a number ("छह मरीज कासरगोड, पांच एर्नाकुलम और एक पल्लकड़ जिले से",
    "11 वाराणसी, दो कौशांबी, छह सीतापुर", "चार गढ़वा के, छह हजारीबाग"). Never a word corpus/news counts
    (counted_nouns.tsv: "दो मरीज, तीन डॉक्टर"), demonym, adjective or event word. One pass over the sentence's tokens."""
    n = len(keys)
    seen = lex.sets.get("counted_nouns_seen", frozenset())
    cand: list[int] = []
    tagged_after_number = False
    for i in range(1, n - 1):
        if not (keys[i + 1] in _LIST_ITEM_ENDS or (i + 2 < n and keys[i + 1] in _LIST_ITEM_CASES and keys[i + 2] in _LIST_ITEM_ENDS)):
            continue  # (review of round 32: the cheap list-end test first, the round's extract slowdown)
        if not lex.numbers.starts_number(keys[i - 1]) and not toks[i - 1].text.isdigit():
            continue
        if doc.entity_at(toks[i].start, toks[i].end) is not None:
            continue
        k = keys[i]
        if k in seen or not _IS_WORD.match(toks[i].text) or k in lex.function_words or k in lex.demonyms \
                or k in lex.adjectives or (k,) in lex.events or fold(_lemma(k, toks[i].text, lex)) in seen:
            continue  # (a demonym is counted: "चार अमेरिकी, नौ ब्रिटिश"; so is an event noun: "दो मौतें,")
        cand.append(i)
    if cand and not all(keys[i] in doc.place_words for i in cand):  # (only then: any tagged place after a number)
        for i in range(1, n):
            if lex.numbers.starts_number(keys[i - 1]) or toks[i - 1].text.isdigit():
                m = doc.entity_at(toks[i].start, toks[i].end)
                if m is not None and m.label == "LOC" and m.start == toks[i].start:
                    tagged_after_number = True
                    break
    return frozenset(toks[i].start for i in cand if tagged_after_number or keys[i] in doc.place_words)


def _glued_dateline(keys: list[str], x: int, doc: _Doc) -> bool:
    """(round 32) The dateline before the colon at x is typed onto the headline's last word (`... पहला विमान मंगलुरु
    हवाईअड्डे पहुंचामंगलुरु:`, `... मान्यता प्रदान कीनयी दिल्ली:`): the word before the colon, or the one before it with
    it, ends in a place of the article after two or more other letters. Then the headline's predicate is glued to the
    place and no boundary can be placed between them."""
    k = keys[x - 1]
    if any(k[c:] in doc.place_words for c in range(2, len(k) - 1)):
        return True
    if x >= 2:
        k2, tail = keys[x - 2], " " + k
        return any(k2[c:] + tail in doc.place_words for c in range(2, len(k2) - 1))
    return False


def _headline_colons(spans: list[tuple[int, int, str]], keys: list[str], lex: Lexicon, doc: _Doc) -> None:
    """(round 32) A colon typed onto a word and followed by a space closes a headline or a dateline that the segmenter
    left in one sentence with the body (`... 20 लाख करोड़ का विशेष आर्थिक पैकेज: इसके साथ ही प्रधानमंत्री ने ...`,
    `... संख्या 60 जयपुर: ईरान से ...`): its key becomes the danda, a clause end for the quantity's noun and event.
    Not a visarga written as a colon (settings `visarga_adverbs`: `स्वत: संज्ञान`, `पुन: निर्णय`), not after a month (a
    timeline's date label: `- 21 अप्रैल: 6 लोगों में पुष्टि`), not a dateline glued to the headline's last word
    (`_glued_dateline`), not a clock time or
    a ratio (digits, no space). One pass over the sentence's tokens."""
    visarga = lex.sets.get("visarga_adverbs", frozenset())
    for x in range(1, len(keys) - 1):
        if keys[x] == ":" and spans[x - 1][1] == spans[x][0] and spans[x + 1][0] > spans[x][1] \
                and _IS_WORD.match(spans[x - 1][2]) and keys[x - 1] not in visarga and keys[x - 1] not in lex.months \
                and not (doc.place_words and _glued_dateline(keys, x, doc)):
            keys[x] = "।"  # (not a timeline's date label: "- 21 अप्रैल: 6 लोगों में पुष्टि, आंकड़ा 62 पर पहुंचा")


def _glued_light_datelines(spans: list[tuple[int, int, str]], keys: list[str], lex: Lexicon) -> None:
    """(v33, settings `glued_dateline_lights`) A headline's final inverted `हुई/हुए/हुआ` with the next paragraph's
    dateline typed onto it, before the dateline's colon or comma (`संक्रमितों की संख्या 538 हुईअहमदाबाद: गुजरात में ...`,
    `मरीजों की तादाद 47 हुईइंदौर, मध्यप्रदेश में ...`, `कुल संख्या 10 हुईपोर्ट ब्लेयर: ...`): the token is split in
    two, the verb and the place, so that the place is no counted noun and the verb ends the headline. Only where three or
    more letters follow the verb, the first of them no vowel sign (not `हुईं`), and a colon or comma follows the token or
    the word after it. Lists edited in place (a pass over the sentence's tokens)."""
    lights = lex.settings.get("glued_dateline_lights")
    if not lights:
        return
    ordered = sorted(lights, key=len, reverse=True)
    y = 0
    while y < len(keys):
        t = spans[y][2]
        light = next((w for w in ordered if t.startswith(w)), None)
        if light is not None and len(t) >= len(light) + 3 and _IS_WORD.match(t) \
                and not regex.match(r"\p{M}", t[len(light)]) \
                and ((y + 1 < len(keys) and keys[y + 1] in (":", ",")) or t.endswith("ः")
                     or (y + 2 < len(keys) and keys[y + 2] in (":", ",") and _IS_WORD.match(spans[y + 1][2]))):
            # (review of round 33) also a visarga typed as the dateline's colon: `हुईमैड्रिडः स्पेन ने`
            s0, e0, _ = spans[y]
            cut = s0 + len(light)
            spans[y:y + 1] = [(s0, cut, light), (cut, e0, t[len(light):])]
            keys[y:y + 1] = [fold(light), fold(t[len(light):])]
            y += 1
        y += 1


def _glued_list_number(toks: list[_Tok], keys: list[str], i: int, end: int) -> int | None:
    """(round 32) Inside a number's tokens i..end, the first digits typed onto a word with no space between (a list
    whose line breaks were lost: "रॉजर फ़ेडरर (टेनिस)- $71.5 मिलियन3. कोबे ब्रायंट"): those digits begin the next
    item (its rank), no part of this number. Returns their index, or None."""
    for x in range(i + 1, end):
        if toks[x].start == toks[x - 1].end and keys[x][:1].isdigit() and _IS_WORD.match(toks[x - 1].text):
            return x
    return None


def _version_number(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> bool:
    """(review of round 32) A dotted decimal typed right before a version noun (settings `version_nouns`) names a
    software version, no quantity: "किटकैट 4.4 ओएस इंस्टाल्ड है". Only a digit token with a dot and a count."""
    x = d.i0 + 1
    return d.kind == "count" and x < len(keys) and "." in toks[d.i0].text.strip(".") and toks[d.i0].text[:1].isdigit() \
        and keys[x] in lex.sets.get("version_nouns", frozenset())


def _elided_month_days(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc) -> None:
    """(round 32) A bare day number before तक whose day the article already dated with a month is that date, the month
    elided: "31 मार्च तक लॉकडाउन ... मंदिर भी 31 तक बंद रहेगा" (31 -> date, noun मार्च). Only a lone digit token with no
    counted noun (not a count: "संख्या 31 तक पहुंची"). Then the sentence's dates join the article's days (one pass)."""
    count_words = lex.sets.get("count_words", frozenset())
    for d in drafts:
        if d.kind == "count" and d.noun is None and d.i1 == d.i0 + 1 and d.i1 < len(keys) and keys[d.i1] == "तक" \
                and toks[d.i0].text.isdigit() and d.value in doc.month_days \
                and not any(keys[q] in count_words for q in range(max(0, d.i0 - 4), d.i0)) \
                and not any(keys[q] in count_words or keys[q].startswith("पहुंच") for q in range(d.i1 + 1, min(len(keys), d.i1 + 4))):
            # (review of round 32: nor a count reaching a mark, "31 तक पहुंची संख्या")
            d.kind, d.noun, d.modifier = "date", doc.month_days[d.value], "exact"
    for d in drafts:
        if d.kind == "date" and d.noun is not None and fold(d.noun) in lex.months and 1 <= d.value <= 31:
            doc.month_days[d.value] = d.noun


def extract_quantities(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], lexicon: Lexicon, p: QuantitiesParams
) -> list[Quantity]:
    """Quantities of one document, sorted by (start, end); `text` is the document slice [start:end]."""
    lex = lexicon
    doc = _Doc(mentions)
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent_idx, []).append(m)
    out: list[Quantity] = []
    history: list[tuple[int, str]] = []  # (sent_idx, noun) of count quantities, for elided nouns
    fold_cache: dict[str, str] = {}  # local to this call
    for sent in sentences:
        base = sent.start
        spans = tokenize(sent.text)
        keys = []
        for _, _, t in spans:
            key = fold_cache.get(t)
            if key is None:
                key = fold_cache[t] = fold(t)
            keys.append(key)
        if not _may_have_quantity(keys, lex):
            continue
        _glued_light_datelines(spans, keys, lex)
        _headline_colons(spans, keys, lex, doc)
        _attributive_predicate_words(keys, lex)
        _ud_counted_places(keys, lex)
        toks = [_Tok(s + base, e + base, t, key) for (s, e, t), key in zip(spans, keys)]
        doc.list_places = _list_places(toks, keys, lex, doc)
        titles = _work_title_spans(keys, lex)
        drafts = [d for d in _sentence_drafts(sent, toks, lex, p, doc) if not (titles and _in_work_title(keys, d, lex, titles))
                  and not _version_number(toks, keys, d, lex)]
        _shared_heads(drafts, keys, lex)
        _listed_units(drafts, keys, lex)
        _listed_one_heads(drafts, toks, keys, lex, doc)
        _magnitude_scale(drafts, keys, lex)
        _age_lists(drafts, keys, lex)
        # elided nouns: "34 में से 22 प्रांतों" (the next one), "X की संख्या ... छह", or the previous count
        for x, d in enumerate(drafts):
            if d.kind == "age" and d.noun is None and not (d.i0 > 0 and keys[d.i0 - 1] == "("):  # "4405 मरीज 50 साल से कम उम्र के हैं": the person before it
                people = lex.sets.get("age_person_nouns", frozenset())
                q = next((q for q in range(d.i0 - 1, max(-1, d.i0 - 9), -1) if keys[q] in people), None)
                if q is not None:
                    d.noun = _lemma(keys[q], toks[q].text, lex)
            broke = False  # (v34) a death count cut off from an earlier count word: its default persons are no antecedent
            if d.kind == "count" and d.noun is None and d.needs_noun:
                noun = None
                owned = False
                if d.partitive_total and x + 1 < len(drafts) and drafts[x + 1].noun:
                    noun = drafts[x + 1].noun
                if noun is None:
                    for q in range(d.i0 - 1, 1, -1):
                        if keys[q] in lex.sets.get("count_words", frozenset()) and keys[q - 1] in ("की", "का", "कुल"):
                            if keys[q - 1] == "कुल" and q > 2 and keys[q - 2] in ("की", "का"):
                                q -= 1  # "ट्रेनों की कुल संख्या 155"
                            cand = toks[q - 2]
                            g = d.i0 - 2
                            if g > q + 1 and keys[g + 1] in ("की", "के") and toks[g].text.endswith("ों") \
                                    and _noun_like(toks[g], lex, doc) and any(
                                        keys[y] in lex.sets.get("coordinators", frozenset()) for y in range(q + 1, g)):
                                noun = _lemma(keys[g], toks[g].text, lex)  # (review of round 33) a nearer owner of
                                d.owner_event = _owner_event(toks, keys, g, lex)  # its own: `मरने वालों की संख्या 50 और
                                owned = True  # घायलों की 120 हो गई` -> 120 of the injured
                                break
                            broke = _owner_clause_break(keys, q, d, lex)
                            if _noun_like(cand, lex, doc) and not broke:
                                noun = _lemma(cand.key, cand.text, lex)
                            if not broke and d.i0 - q <= 5 and _IS_WORD.match(cand.text) and not any(
                                keys[y] == "," or keys[y] in lex.sets.get("hard_boundaries", frozenset()) for y in range(q + 1, d.i0)
                            ):  # "संख्या बढ़ कर अब छह" (not another clause's: "संख्या हुई आठ, चार हुए स्वस्थ")
                                d.owner_event = _owner_event(toks, keys, q - 2, lex)
                                owned = True  # "मरने वालों की संख्या 420": no other noun (never संख्या itself)
                                if noun is None and cand.key in lex.sets.get("owner_people_heads", frozenset()) and q > 2 \
                                        and _IS_WORD.match(keys[q - 3]) is not None:
                                    noun = str(lex.settings.get("default_person_noun", "लोग"))  # (v33) those who died: people
                            break
                if noun is None and not owned and d.i0 > 0 and _noun_like(toks[d.i0 - 1], lex, doc) \
                        and keys[d.i0 - 1] not in lex.sets.get("verb_forms", frozenset()) \
                        and keys[d.i0 - 1] not in lex.sets.get("count_words", frozenset()) \
                        and ((d.modifier == "more_than" and keys[d.i1 - 1] in lex.sets.get("threshold_subject_words", frozenset())
                              and keys[d.i0 - 1] not in lex.sets.get("attribute_nouns", frozenset()))  # (round 43) "मरीज 20 हजार पार"
                             or (d.i1 < len(keys) and (
                                 keys[d.i1] in lex.sets.get("become_verbs", frozenset()) or keys[d.i1] in lex.sets.get("reach_verbs", frozenset())
                                 or (keys[d.i1] in lex.sets.get("threshold_pass_verbs", frozenset()) and keys[d.i1 - 1] == "पार")
                                 or (keys[d.i1] in lex.sets.get("copulas", frozenset()) and d.modifier != "vague"
                                     and keys[d.i0 - 1] not in lex.sets.get("count_words", frozenset())
                                     and keys[d.i0 - 1] not in lex.sets.get("attribute_nouns", frozenset()))))):  # "शौचालय पांच हैं"
                    # (not "यह आंकड़ा 431 है", "रिकवरी रेट 98.97 है", "शहर की आबादी 24 लाख है": what is measured, no counted noun)
                    noun = _lemma(keys[d.i0 - 1], toks[d.i0 - 1].text, lex)
                if noun is None and not owned and d.value == int(d.value):
                    c = _change_subject(toks, keys, d, lex, doc)
                    if c is not None:
                        noun = _lemma(keys[c], toks[c].text, lex)  # "मामले बढ़कर 415 हो गए": the subject that grew
                if noun is None and d.state_event is None and _casualty_verb(keys, d, lex) and history \
                        and history[-1][0] == sent.sent_idx and fold(history[-1][1]) in lex.sets.get("age_person_nouns", frozenset()):
                    noun = history[-1][1]  # (review of round 33) "हादसे में 10 मजदूर घायल, 2 मरे": the persons named before
                if noun is None and (d.state_event is not None or _casualty_verb(keys, d, lex)):
                    noun = str(lex.settings.get("default_person_noun", "लोग"))  # (v33) "तूफान से दो मरे": people died
                if noun is None and d.i1 + 1 < len(keys) and keys[d.i1] in ("की", "के") \
                        and lex.events.get((keys[d.i1 + 1],)) == "eventnoun":
                    noun = str(lex.settings.get("default_person_noun", "लोग"))  # "4 की मौत": four people died
                if noun is None and not owned and history and sent.sent_idx - history[-1][0] <= p.antecedent_sentences \
                        and not (d.i0 > 0 and keys[d.i0 - 1] in lex.sets.get("antecedent_not_after", frozenset())) \
                        and not (d.i0 > 1 and keys[d.i0 - 1] in lex.sets.get("count_word_dashes", frozenset())
                                 and keys[d.i0 - 2] in lex.sets.get("antecedent_not_after", frozenset())) \
                        and d.value == int(d.value):  # (v23: not a measured attribute: "जिनकी सैलरी 21 हजार से कम है")  # (not a fraction: "वहां यह 1.32 है" is a rate, no count of patients)
                    noun = history[-1][1]
                d.noun = noun
            if d.kind == "count" and d.noun and not d.origin and not broke and not _number_aside(keys, d, lex) \
                    and not (d.i1 < len(keys) and keys[d.i1] in lex.sets.get("inclusion_postpositions", frozenset())) \
                    and fold(d.noun) not in lex.sets.get("census_nouns", frozenset()):  # (v34) a population is no antecedent
                history.append((sent.sent_idx, d.noun))  # (round 28: not a demonym, "3 भारतीय और 21 इटली के
                # नागरिकों", "17 विदेशी शामिल हैं। इसमें 10 ठीक हो चुके हैं": a part named by origin, no antecedent)
        _elided_month_days(drafts, toks, keys, lex, doc)
        for d in drafts:
            d.event = _find_event(toks, keys, d, lex, p, doc, sent)
        _noun_led_events(drafts, lex)
        _continuing_noun_events(drafts, toks, keys, lex, doc)
        _shared_events(drafts, keys, lex)
        if p.listed_first_events:
            _listed_first_events(drafts, keys, lex)
        _passive_conjunct_events(drafts, toks, keys, lex, doc, sent)
        _range_pair_events(drafts, toks, keys, lex)
        _temperature_frames(drafts, toks, keys, lex)
        for d in drafts:
            if p.resolve_entities:
                d.entity_id = _find_entity(toks, keys, d, lex, doc, by_sent)
            s, e = toks[d.i0].start, toks[d.i1 - 1].end
            out.append(
                Quantity(
                    doc_id=sent.doc_id,
                    sent_idx=sent.sent_idx,
                    start=s,
                    end=e,
                    text=sent.text[s - sent.start : e - sent.start],
                    value=float(d.value),
                    value_max=None if d.value_max is None else float(d.value_max),
                    modifier=d.modifier,
                    noun=d.noun,
                    event=d.event,
                    kind=d.kind,
                    entity_id=d.entity_id,
                )
            )
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _threshold_become(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon) -> tuple[int, int] | None:
    """(round 46, settings threshold_become_posts, threshold_become_forms, switch threshold_become) A count whose span
    ends in the threshold postposition `पार` (`के पार`, round 43's bare `पार`) right before a form of होना has crossed it:
    `पार` + the verb group of होना is its event, as `2900 पार कर गया` -> पार कर गया (`मामले 5000 के पार हो गए हैं` ->
    पार हो गए, `31 हजार पार हुए कोरोना केस` -> पार हुए; both were none: the copula after the span is no event). The
    token span, or None: no such form right after the span (`संख्या 800 के पार` stays none, `10,000 के पार पहुंच गई`
    keeps its verb), or no verb group there. Called only where no other event was found: a change participle before
    the count stays its event (`मामले बढ़कर 21 हजार के पार हो चुके हैं` -> बढ़कर, as the gold's `बढ़कर ... हो जाएगी`)."""
    S = lex.sets
    posts, forms = S.get("threshold_become_posts"), S.get("threshold_become_forms")
    if not posts or not forms or d.kind not in ("count", "measure", "percent", "money"):
        return None
    if d.i1 < 1 or d.i1 >= len(keys) or keys[d.i1 - 1] not in posts or keys[d.i1] not in forms:
        return None
    g = _verb_group_at(toks, keys, d.i1, lex)
    return None if g is None else (d.i1 - 1, g[1])


def _subject_event_noun(keys: list[str], d: _Draft, lex: Lexicon) -> int | None:
    """(round 56, settings subject_event_copulas, switch subject_event_nouns) A count, percent, money or measure that
    found no event and is closed by a bare copula (one form of subject_event_copulas right after its span, at most one
    more after it, then the clause's end: a hard boundary, a comma or the sentence's end) is the predicate's value of
    the subject right before it; when that subject is an event noun of events.tsv (type noun: वृद्धि, गिरावट, कमी,
    बढ़ोतरी ...), the noun is the quantity's event: `कुल बिक्री में वृद्धि 2.7 प्रतिशत थी` -> वृद्धि, `बिक्री में गिरावट
    4.8 प्रतिशत रही` -> गिरावट (were none). The noun's token, or None: no copula right after the span (`वृद्धि 2.7
    प्रतिशत की हुई`), the clause going on after it (`वृद्धि 2.7 प्रतिशत थी और ...`; a comma or a hard boundary such as
    `जबकि` closes it), no event noun right before the span, or a number right before that noun (its own count)."""
    cops = lex.sets.get("subject_event_copulas")
    if not cops or d.kind not in ("count", "percent", "money", "measure") or d.i0 < 1:
        return None
    n = len(keys)
    j = d.i1
    if j >= n or keys[j] not in cops:
        return None
    j += 1
    if j < n and keys[j] in cops:
        j += 1
    hard = lex.sets.get("hard_boundaries", frozenset())
    if j < n and keys[j] not in hard and keys[j] != ",":
        return None
    y = d.i0 - 1
    if lex.events.get((keys[y],)) != "noun":
        return None
    if y >= 1 and lex.numbers.starts_number(keys[y - 1]):
        return None  # a number before the noun: "5 वृद्धि 2 प्रतिशत थी" is no subject
    return y


def _clock_pre_modifier(keys: list[str], i0: int, consumed: list[bool], lex: Lexicon) -> tuple[int, str]:
    """(round 47, settings clock_pre_modifier_kinds, switch clock_pre_modifiers) A clock time written with a colon at
    token i0 (`9:30 बजे`, read on the sentence text before the number words) takes a pre-modifier of modifiers.tsv right
    before it whose kind is listed (approx: लगभग, करीब, तकरीबन ...) into its span and modifier, as a clock time in words
    or whole hours already did (`करीब 10 बजे` -> approx): `रात लगभग 9:30 बजे` -> approx (was exact, लगभग left out).
    The new first token and the modifier; (i0, "exact") when none is there or the list is absent (switch off)."""
    kinds = lex.sets.get("clock_pre_modifier_kinds")
    if not kinds:
        return i0, "exact"
    for L in range(5, 0, -1):  # the longest first, as the number's own pre-modifiers ("कम - से - कम": five tokens)
        if i0 - L >= 0 and not any(consumed[i0 - L : i0]):
            m = lex.pre_modifiers.get(tuple(keys[i0 - L : i0]))
            if m:
                return (i0 - L, m) if m in kinds else (i0, "exact")
    return i0, "exact"


def _range_pair_events(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon) -> None:
    """(round 47, settings range_pair_links, range_pair_fillers, range_pair_ends, switch range_pair_events) Two
    quantities of one kind joined as `X से Y तक` (से, optionally लेकर, and at most one word before Y: a time of day or
    a weekday, `रात 10 बजे से सुबह 4 बजे तक`, `सोमवार 23 मार्च से मंगलवार 31 मार्च तक`) are the ends of one stretch:
    the predicate they frame follows the second end, so the first end takes the second's event where it has one
    (`रात 10 बजे से सुबह 4 बजे तक कर्फ़्यू लगाने की योजना बनाई` -> 10 बजे: कर्फ़्यू लगाने, was बनाई; `23 मार्च से 25
    मार्च तक बंद करने का फैसला` -> बंद करने, was फैसला). Not when a comma or another word lies between (`10 से ज्यादा
    लोगों ने 5 बजे तक`), when the kinds differ, or when the second end has no event."""
    S = lex.sets
    links, fillers, ends = S.get("range_pair_links"), S.get("range_pair_fillers", frozenset()), S.get("range_pair_ends")
    if not links or not ends:
        return
    n = len(keys)
    for x in range(len(drafts) - 2, -1, -1):  # right to left: a chain of stretches passes the last event on
        d, e = drafts[x], drafts[x + 1]
        if d.kind != e.kind or e.event is None or d.event == e.event or e.i1 >= n or keys[e.i1] not in ends:
            continue
        j = d.i1
        if j >= e.i0 or keys[j] not in links:
            continue
        j += 1
        if j < e.i0 and keys[j] in fillers:
            j += 1
        if e.i0 - j > 1 or (e.i0 - j == 1 and not _IS_WORD.match(toks[j].text)):
            continue
        d.event = e.event


def _passive_conjunct_events(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon, doc: _Doc,
                             sent: Sentence) -> None:
    """(round 47, settings passive_conjunct_auxes, passive_conjunct_lights, switch passive_conjunct_events) An event
    found as a bare passive auxiliary of जाना (गई, गया, गए ...) right after a form of करना (की, किया, किए ...) is
    the passive of a conjunct verb: the word before करना is what was done, and the event is that word + करना + the
    auxiliary, as the gold writes `घोषणा की` (`17 देशों में तुलना की गई` -> तुलना की गई, `31 मार्च तक धारा 144 लागू की
    गई` -> लागू की गई, were गई). Where a postposition stands before की, the action noun right before the span after a
    genitive is the event, alone, as the corpus's `पुष्टि`, `जांच` (`इस ग्रह की खोज 2009 में ... से की गई थी` -> खोज,
    `मंदिर की स्थापना 2014 में की गई थी` -> स्थापना; not across a comma or clause boundary). Not when that word is inside the quantity's span, its own
    counted noun (`16002 जांच की गई`, `3,000 से अधिक कॉल की गई`, `तीन बार की गई जांच` keep की गई's गई), nor when it is
    no content word (`24 घंटे में ही की गई`, `16 फरवरी को की गयी`: a particle or postposition before की), a number or
    a name. The auxiliary is the first token of that text after the span, else the last before it."""
    S = lex.sets
    auxes, lights = S.get("passive_conjunct_auxes"), S.get("passive_conjunct_lights")
    if not auxes or not lights:
        return
    for d in drafts:
        if d.event is None or fold(d.event) not in auxes:
            continue
        at = [j for j, t in enumerate(toks) if t.text == d.event and not d.i0 <= j < d.i1]
        j = next((j for j in at if j >= d.i1), at[-1] if at else None)
        if j is None or j < 2 or keys[j - 1] not in lights:
            continue
        c = j - 2
        if not d.i0 <= c < d.i1 and _conjunct_word(toks[c], lex, doc):
            d.event = sent.text[toks[c].start - sent.start : toks[j].end - sent.start]
            continue
        b = d.i0 - 1  # `X की खोज 2009 में ... से की गई`: a postposition before की; the owned action noun before the span
        if d.i1 <= c and b >= 1 and keys[b - 1] in ("की", "का", "के") and _conjunct_word(toks[b], lex, doc) \
                and not any(keys[y] == "," or keys[y] in S.get("hard_boundaries", frozenset()) for y in range(d.i1, j)):
            d.event = toks[b].text


def _conjunct_word(t: _Tok, lex: Lexicon, doc: _Doc) -> bool:
    """(round 47) A content word that may be the nominal part of a conjunct verb with करना: no number, ordinal, month
    or tagged name."""
    return _is_content(t, lex, doc) and not lex.numbers.starts_number(t.key) and t.key not in lex.ordinals \
        and t.key not in lex.months and doc.entity_at(t.start, t.end) is None


def _clock_range_gap(keys: list[str], j: int, lex: Lexicon, noun: str | None = None) -> int:
    """(round 48, settings clock_range_gap_words, switch clock_range_gaps) At the से of a range at j: 1 when a time of
    day stands between से and the second number and a clock unit (बजे) follows that number, so the two clock times are
    one range record, as `छह बजे से आठ बजे` already is: `शाम 4 बजे से रात 12 बजे` -> 4-12 बजे, `सुबह 7 से रात 9 बजे` ->
    7-9 बजे (were two records); else 0. With a unit after the first number (noun), only a clock unit's range."""
    gaps = lex.sets.get("clock_range_gap_words")
    if not gaps or j + 2 >= len(keys) or keys[j] != "से" or keys[j + 1] not in gaps:
        return 0
    clock = str(lex.settings.get("clock_unit_noun", "बजे"))
    if noun is not None and noun != clock:
        return 0
    np2 = parse_number(keys, j + 2, lex.numbers)
    if np2 is None or np2.vague:
        return 0
    _, u2 = _match_seq(keys, np2.end, lex.units, lex.unit_max_len)
    return 1 if u2 is not None and u2[0] == clock else 0


def _clock_wrap(keys: list[str], v1: float, np2: NumParse, lex: Lexicon, noun: str | None = None) -> bool:
    """(round 51, settings clock_wrap_ends, clock_wrap_max_hour, switch clock_wrap_ranges) A from-to pair of clock hours
    whose second is smaller than the first (v1, before से) and is followed by the clock unit (बजे) and then the end of a
    span (`तक`, `के बीच`) is one range of clock times wrapping noon or midnight, first hour to last as written: `रात 10 से
    2 बजे तक` -> 10-2 बजे, `11 से 1 बजे के बीच` -> 11-1 बजे, `सुबह 10 बजे से शाम 4 बजे तक` -> 10-4 बजे (were two records,
    the first a count). Only whole hours of a 12-hour clock (1 to clock_wrap_max_hour), no scale, and with a unit after
    the first number (noun) only the clock unit: `12 से 2 बजे` with no end word, or `20 से 4 बजे तक`, stay as before."""
    ends = lex.sets.get("clock_wrap_ends")
    if not ends or np2 is None or np2.vague or np2.scale is not None:
        return False
    clock = str(lex.settings.get("clock_unit_noun", "बजे"))
    if noun is not None and noun != clock:
        return False
    top = float(lex.settings.get("clock_wrap_max_hour", 12))
    if not (1 <= np2.value < v1 <= top and v1 == int(v1) and np2.value == int(np2.value)):
        return False
    L, u2 = _match_seq(keys, np2.end, lex.units, lex.unit_max_len)
    if u2 is None or u2[0] != clock:
        return False
    k = np2.end + L
    return any(" ".join(keys[k : k + w]) in ends for w in (1, 2))


def _ordinal_focus_gap(toks: list[_Tok], keys: list[str], i: int, lex: Lexicon, doc) -> bool:
    """(round 48, settings ordinal_focus_particles, switch ordinal_focus_gaps) The ordinal at i is followed by a focus
    particle (ही) and then a noun it counts: `तीसरे ही ओवर में` -> ordinal 3 ओवर (was none). Not दूसरा/दूसरी/दूसरे
    (ordinal_other_forms, "other": `दूसरे ही दिन`), not a verb form or a number after the particle."""
    particles = lex.sets.get("ordinal_focus_particles")
    if not particles or i + 2 >= len(keys) or keys[i] not in lex.ordinals or keys[i + 1] not in particles:
        return False
    if lex.ordinals[keys[i]][1] or keys[i] in lex.sets.get("ordinal_other_forms", frozenset()):
        return False
    nxt = keys[i + 2]
    return _noun_like(toks[i + 2], lex, doc) and nxt not in lex.sets.get("verb_forms", frozenset()) \
        and not lex.numbers.starts_number(nxt)


def _temperature_frames(drafts: list[_Draft], toks: list[_Tok], keys: list[str], lex: Lexicon) -> None:
    """(round 48, settings temperature_frame_nouns, temperature_frame_window, temperature_frame_unit, switch
    temperature_frames) A count with no noun, or with the temperature noun itself as its noun, that follows a
    temperature noun (पारा, तापमान) within a few words, no number or punctuation between, is a temperature written
    without its unit: a measure of degrees, as its neighbours with the unit are (`पारा 48 तक चला गया`, `जैसलमेर का
    तापमान 46।`, `पारा पहुंचा 42 पार` -> measure डिग्री; were counts)."""
    frames = lex.sets.get("temperature_frame_nouns")
    if not frames:
        return
    window = int(lex.settings.get("temperature_frame_window", 3))
    unit = str(lex.settings.get("temperature_frame_unit", "डिग्री"))
    for d in drafts:
        if d.kind != "count" or d.modifier == "vague" or (d.noun is not None and fold(d.noun) not in frames):
            continue
        for b in range(d.i0 - 1, max(-1, d.i0 - 1 - window), -1):
            if keys[b] in frames:
                d.kind, d.noun = "measure", unit
                break
            if not _IS_WORD.match(toks[b].text) or keys[b][:1].isdigit() or lex.numbers.starts_number(keys[b]):
                break


def _fraction_range_start(keys: Sequence[str], end: int, v: float, lex: Lexicon) -> bool:
    """(round 57, switch fraction_range_starts) A fraction word alone (डेढ़, ढाई) right before `से`/`-`/`या` and a larger
    number opens a range, as a cardinal does (`दो या तीन साल`): `डेढ़ से दो मीटर ऊंची लहरें` -> 1.5-2 मीटर, `ढाई से तीन
    लाख` -> 2.5-3 लाख (was `दो मीटर` alone, the fraction dropped as the adverb "half"). Not before a word (`आधे से
    ज्यादा`: more than half) nor a smaller number."""
    if not (end + 1 < len(keys) and keys[end] in ("से", "-", "या")):
        return False
    np2 = parse_number(keys, end + 1, lex.numbers)
    return np2 is not None and not np2.vague and (
        np2.value > v or (np2.scale is not None and np2.multiplier is not None and np2.multiplier > v))


def _above_threshold(keys: Sequence[str], j: int, lex: Lexicon, after_noun: bool) -> bool:
    """(round 57, settings above_threshold_words, switch above_thresholds) `के ऊपर` at j (ऊपर or the typed उपर) after a
    bare number, a scale word or a unit is a threshold crossed, more_than as `से ऊपर` (modifiers.tsv): `मरने वालों की
    संख्या 3,000 के ऊपर हो गई`, `60 साल के ऊपर के हैं`. After a counted noun (after_noun) it is a place or a target
    (`लगभग 100 मजदूरों के ऊपर गिरी`, `पांच लोगों के ऊपर केस`): no modifier. The typed `से उपर` is `से ऊपर`, after a
    noun too (`20 रन से उपर`)."""
    words = lex.sets.get("above_threshold_words")
    if not words or j + 1 >= len(keys) or keys[j + 1] not in words:
        return False
    return keys[j] == "से" or (keys[j] == "के" and not after_noun)


def _threshold_object(keys: list[str], end: int, end_span: int, kind: str, unit, lex: Lexicon) -> bool:
    """(round 49, switch threshold_objects; settings bare_threshold_posts, threshold_do_forms, temperature_frame_unit) The
    quantity ending at end_span is the object of पार करना, a threshold crossed (`तापमान 47 डिग्री पार कर गया`, `संख्या 7000
    को पार कर गई`): a bare count (nothing after its number in the span) or a measure of the temperature unit, then
    `(को) पार` and a form of करना. Not a count with its noun (`दो नदियों को पार किया`) nor another unit (a distance)."""
    S = lex.sets
    if "_threshold_objects" not in S or not S.get("bare_threshold_posts"):
        return False
    temp = lex.settings.get("temperature_frame_unit")
    if not ((kind == "count" and unit is None and end_span == end)
            or (kind == "measure" and unit is not None and temp and fold(unit[0]).split()[0] == fold(temp))):
        return False
    q = end_span + 1 if end_span < len(keys) and keys[end_span] == "को" else end_span
    if not (q + 1 < len(keys) and keys[q] in S["bare_threshold_posts"] and keys[q + 1] in S.get("threshold_do_forms", frozenset())):
        return False
    # not the prospective `पार करने वाला है` (about to cross: not yet more than the number)
    return not (q + 3 < len(keys) and keys[q + 1] == "करने" and keys[q + 2] in ("वाला", "वाली", "वाले")
                and keys[q + 3] in S.get("copulas", frozenset()))


def _partitive_participle(toks: list[_Tok], keys: list[str], d: _Draft, lex: Lexicon, doc: _Doc) -> tuple[int, int] | None:
    """(round 50, switch partitive_participles; settings partitive_participle_endings, partitive_participle_stems,
    partitive_participle_skips) The token span of the participle or state word right before a partitive total (a count
    followed by `में से` and a number within three words), over one skip word (कुल): what happened to the whole of which a
    part is then counted. A state or strong event word of events.tsv, or a bare predicate of copula_predicates (`लापता दो
    जवानों में से एक` -> लापता, `संक्रमित 42 लोगों में से तीन` -> संक्रमित, `सवार 217 लोगों में से`); a perfective in
    ए/ये with its conjunct nominal (`सामने आए 538 मामलों में से 47` -> सामने आए, `भर्ती हुए 10 में से एक` -> भर्ती हुए); लिए
    before a vector (`लिए गए 39 नमूनों में से 36` -> लिए गए; not `के लिए गए`, went for); an agentive `-ने वाले` (`मरने वाले
    22 लोगों में से 21` -> मरने). None otherwise: the total keeps no event, as before."""
    S = lex.sets
    ends = tuple(S.get("partitive_participle_endings", ()))
    n = len(keys)
    if not ends or d.kind != "count" or d.i1 + 2 >= n or keys[d.i1] != "में" or keys[d.i1 + 1] != "से" \
            or not any(lex.numbers.starts_number(keys[x]) for x in range(d.i1 + 2, min(n, d.i1 + 5))):
        return None
    a = d.i0 - 1
    if a >= 1 and keys[a] in S.get("partitive_participle_skips", frozenset()):
        a -= 1
    if a < 0 or not _IS_WORD.match(toks[a].text) or doc.entity_at(toks[a].start, toks[a].end) is not None:
        return None
    w = keys[a]
    if lex.events.get((w,)) in ("state", "strong") or w in S.get("copula_predicates", frozenset()):
        return a, a + 1
    if w in AGENTIVE_FORMS:
        return _partitive_agentive(toks, keys, a, lex)
    if w in S.get("past_vectors", frozenset()):
        h = a - 1
        if h >= 0 and keys[h] in S.get("partitive_participle_stems", frozenset()) and (h == 0 or keys[h - 1] not in GENITIVES):
            return h, a + 1
        return None
    if not w.endswith(ends) or w not in S.get("verb_forms", frozenset()) or w in S.get("remain_verbs", frozenset()):
        return None
    if w in S.get("nominal_lights", frozenset()):
        c = a - 1
        if c < 0 or not _IS_WORD.match(toks[c].text) or keys[c] in lex.function_words or lex.numbers.starts_number(keys[c]):
            return None  # a light verb with no nominal of its own
        if _time_word(keys[c], lex):
            return a, a + 1  # (review wave 2) `पिछले साल हुए 50 मैचों में से 30` -> हुए: a time word is no conjunct nominal
        return c, a + 1
    if w in lex.function_words:
        return None
    g = _verb_group(keys, a, a + 1, 0, lex, toks, doc)
    return g[0], a + 1


def _time_word(k: str, lex: Lexicon) -> bool:
    """(review wave 2, partitive_participles) A word of time before a light verb (`साल`, `हफ्ते`, `रात`, a month): the
    verb's adverbial, not its conjunct nominal (units.tsv's duration and date units, months.tsv, settings
    dated_time_nouns)."""
    unit = lex.units.get((k,))
    return (unit is not None and unit[1] in ("duration", "date")) or k in lex.months \
        or k in lex.sets.get("dated_time_nouns", frozenset())


def _partitive_agentive(toks: list[_Tok], keys: list[str], a: int, lex: Lexicon) -> tuple[int, int] | None:
    """(round 50) The verb of an agentive `-ने वाले` at a, before a partitive total: the infinitive (`मरने वाले` ->
    मरने), or the nominal of a conjunct (`कमाई करने वाले` -> कमाई)."""
    v = a - 1
    if v < 0 or not keys[v].endswith("ने") or not _IS_WORD.match(toks[v].text):
        return None
    if keys[v] in lex.sets.get("do_be_lights", frozenset()):
        v -= 1
        if v < 0 or not _IS_WORD.match(toks[v].text) or keys[v] in lex.function_words or lex.numbers.starts_number(keys[v]):
            return None
        return v, v + 1
    return None if keys[v] in lex.function_words else (v, v + 1)
