"""Stage `link`: cross-spelling, cross-document entity linking for PER / ORG / LOC mentions.

Hindi news spells one foreign name many ways (टोकायव / तोकायेव / टोकायेव, कज़ाख़स्तान / कजाकिस्तान),
shortens names (पुतिन for व्लादिमीर पुतिन), uses acronyms (सीएसटीओ for सामूहिक सुरक्षा संधि संगठन)
and old names (अल्मा-अता for अल्माटी). This stage groups mentions into one entity per real-world
entity and records, for every mention, the rule that put it there (``Mention.link_rule``).

Public API
----------
``LinkParams``      the ``link:`` section of params.yaml.
``load_aliases``    reads ``models/<p.aliases>.tsv`` (the only disk read of this stage).
``link_mentions``   pure function: mentions (+ alias table, optional texts, optional previous
                    entities) -> (entities, mentions with ``entity_id`` / ``link_rule``). It is
                    ``local_link`` per document (phases 0 and 1 below: a ``LocalDoc`` that depends on
                    that document only) followed by ``global_link`` over all of them (phase 2).

Matching keys (all computed per name token, tokens split on spaces and hyphens)
---------------------------------------------------------------------------
``k0`` surface key: NFC, nukta dropped (precomposed U+0958-095F and combining U+093C alike),
       chandrabindu -> anusvara, zero-width joiners dropped, case markers / punctuation stripped,
       PER titles (श्री, राष्ट्रपति, ...) stripped.
``k1`` phonetic key: ``k0`` folded in Devanagari (vowel length ी/ि ू/ु, ै->े, ौ/ॉ->ो; nasal consonant +
       virama -> anusvara; dental = retroflex; aspirate = plain; श/ष = स; ण = न), the inherent vowel
       removed (a virama is added to every bare consonant, so चितराल = चित्राल), then romanized with
       Harvard-Kyoto as ``indic_transliteration.sanscript`` writes it (its map, copied: ``_hk``) and lower-cased,
       doubled letters collapsed.
       Latin-script names (``akshay kumar``) get an English-spelling fold to the same alphabet.
       For ORG/LOC the key is also computed without designators (लिमिटेड, गणराज्य, ज़िला, ...): ``base``.
``k2`` loose key: ``k1`` without non-initial ``a`` (schwa vs ``ा`` confusion: कासिम = कसीम,
       गामालेटदीनोव = गमालेटदीनोव, and Latin ``kumar`` = कुमार).
``skel`` consonant skeleton: ``k1`` without vowels; a fuzzy merge needs equal skeletons of at least
       ``fuzzy_min_skeleton`` consonants *and* ``rapidfuzz`` ratio(k1, k1') >= ``fuzzy_ratio``
       (टोकायव ~ तोकायेव, मंगिस्टाऊ ~ मैंगिस्टाऊ, कज़ाख़स्तान ~ कजाकिस्तान).
Labels never mix: every rule compares only mentions with the same label.

Algorithm
---------
Node = distinct ``k0`` of one label in one document. Union-find over nodes, edges applied in a fixed
order (rule priority, then node keys), so the result does not depend on input order.

Phase 1, within one document:
  exact/phonetic (k1), designator (base), loose (k2), fuzzy (skeleton + ratio),
  acronym-parens (``EXPANSION (ACRONYM)`` or ``ACRONYM (EXPANSION)`` adjacency; needs ``texts``),
  acronym-initials (Latin acronyms spelled in Devanagari letter names, सीएसटीओ = C-S-T-O, checked
  against the possible Latin initials of the expansion's words; Hindi first-akshara acronyms such
  as भाजपा = भारतीय जनता पार्टी),
  an institution of generic words (``link.generic_orgs``) right after ``<place> के/की/का`` (not India) names that
  place's institution (``ईरान के स्वास्थ्य मंत्रालय``, ``रायपुर के एम्स``): it takes no alias/KB row and links inside its
  article only (a ``qualified:<place key>`` marker edge of the node to itself, read by phase 2), except with the same
  institution after the same place in another article (``qualified``), and its id is keyed with the place,
  then PER short forms: a shorter PER name whose tokens all match tokens of a longer PER name of
  the same document (surname: the last token; given-name: the first token). Exact token keys beat
  loose ones, which beat fuzzy ones, and a surname match beats a given-name match; when the best
  candidates belong to different people the short form is left alone (ambiguous).
Phase 2, across documents (and against alias-file rows and ``previous`` entities): the same key
  rules, but only on each cluster's *strong* names: for ORG/LOC every name but the short forms (an
  organisation's `हाई कोर्ट` names it inside its own article only), for PER only the
  multi-token names (the single-token ones when the cluster has no full name). A surname therefore
  never links two documents by itself: नरेंद्र मोदी + मोदी in one article and नीरव मोदी + मोदी in
  another stay two people.
  Last, ``xdoc-surname``: a cluster made only of a bare single-token PER name (no full name in its
  documents) joins the one cluster whose full name ends with that token, if there is exactly one.

Alias file (``models/aliases-v1.tsv``, user-editable; see the file header): each row is a pinned
entity; its canonical name and aliases are strong names matched with the phase-2 rules. Two rows
are never merged with each other. The row's canonical name and QID win.

Entity ids (stable)
-------------------
* ``f"{label}:{qid}"`` when the alias file gives a QID (e.g. ``PER:Q7747``);
* else ``f"{label}_{sha1(label + '|' + key)[:12]}"`` where ``key`` is the ``k1`` of the alias row's
  canonical name, or, without an alias row, the smallest ``k1`` (``base`` for ORG/LOC) among the
  cluster's names with the most tokens;
* a cluster that contains a ``previous`` entity keeps that entity's id (``previous`` wins over the
  alias file, so an id once published never changes; the alias QID is still attached).
The id depends only on the cluster's own names, so adding unrelated articles never changes it.
A new article that brings a *longer* name for an existing entity (व्लादिमीर पुतिन where only पुतिन was
known) would change the head key; to keep ids across corpus growth pass the last published
entities table as ``previous`` (the CLI should do so whenever outputs/entities exists), or pin the
entity in the alias file. Designator-only growth (कज़ाख़स्तान -> कज़ाख़स्तान गणराज्य) does not change
the id, because ORG/LOC heads use ``base``.

Incremental linking
-------------------
``link_mentions(new_mentions, aliases, p, previous=old_entities)`` links only the new documents'
mentions: every previous entity becomes a pinned pseudo-cluster whose strong names are its
``aliases`` (+ canonical name), so a new mention joins an old entity by the same phase-2 rules
(including xdoc-surname) and inherits its id. Previous entities are never merged with each other.
The returned entities table is the full updated table: previous entities with their counts
increased by the new mentions (``n_docs`` adds the new documents, so do not pass mentions of
documents already counted in ``previous``), surfaces added to ``aliases``, plus the new entities.
Previous entities without new mentions are returned unchanged.
A full re-run that only wants to keep published ids passes the whole corpus with
``previous=old_entities, incremental=False``: counts, aliases and names then come from the
mentions alone, and previous entities nobody mentions any more are dropped.
Only the mentions of the new articles are read; the mentions of old articles are not needed
(their ``entity_id`` stays valid because ids are never reassigned).
The link stage itself (``runner.run_link``) keeps its own index instead, which gives exactly the tables of
linking everything at once: each document's ``local_link`` and the result split into components that no
cross-document rule tied together (``LinkTrace``); new documents are linked with the components their
names can meet (``link_tokens``), and the others keep their links.

Mention.link_rule values (``<rule>:<partner surface>[@<partner doc>]``; the entity's
``link_rules`` holds the rule names): ``canonical`` (the mention is the canonical name),
``exact`` (same surface in another document), ``phonetic``, ``designator``, ``loose``, ``fuzzy``,
``acronym-parens``, ``aka`` (``X उर्फ Y`` in one article), ``typo`` (one consonant dropped or swapped, one
article), ``joined-loose`` (a name written apart and joined, the same loose key letters: ``श्यामला हिल्स`` =
``श्यामलहिल्स``, one article), ``acronym-initials``, ``acronym-letters`` (the same acronym letters in two scripts: ``बीएसएफ`` = BSF; two
acronyms of other letters never match, whatever their sound), ``initials`` (``एनडी तिवारी`` = ``नारायण दत्त तिवारी``,
one article), ``glued`` (a sentence-final ``है`` glued to a name, one article), ``cut-span`` (a surname right after the
given name the tagger cut from it: ``कृष्णा 【पुनिया】`` = ``कृष्णा पुनिया``, one article), ``surname``, ``given-name``, ``short-form``,
``xdoc-surname``, ``alias:<alias file>:<line>``, ``previous:<entity_id>``, ``head`` (entity
founder that is not the canonical name). A mention with no letters gets no entity.
"""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from pipeline import io
from pipeline.records import Entity, Mention

LINK_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class LinkParams:
    """The ``link:`` section of params.yaml."""

    aliases: str = "aliases-v1"  # models/<aliases>.tsv; "" = no alias file
    kb: str = ""  # models/<kb>/kb_aliases.tsv: generated KB rows (places with QIDs); "" = none
    fuzzy_ratio: float = 0.85  # min rapidfuzz ratio (0..1) of phonetic keys for a fuzzy merge
    fuzzy_min_skeleton: int = 4  # min consonants in the (equal) skeletons for a fuzzy merge
    typo_labels: tuple[str, ...] = ()  # labels whose names also join at one consonant dropped or swapped (`ऑस्टेलिया`)
    typo_min_skeleton: int = 5  # min consonants in the longer skeleton for a typo merge
    loose_min_len: int = 5  # min length of the loose key (spaces excluded) for a loose merge
    short_forms: bool = True  # within-document PER surname / given-name -> full name
    short_form_labels: tuple[str, ...] = ("PER",)  # ... and ORG: `एम्स` -> `दिल्ली एम्स` in the same document
    xdoc_surname: bool = True  # bare surname -> the unique full name across documents
    xdoc_acronyms: bool = True  # an acronym -> an expansion of matching initials in another document
    acronyms: bool = True  # acronym <-> expansion (letter names, Hindi initials, parentheses)
    acronym_min_letters: int = 3  # min letters of an acronym matched by its initials
    generic_orgs: str = ""  # models/<generic_orgs>.txt: words of generic institution names (`स्वास्थ्य मंत्रालय`,
    # `मौसम विभाग`, `एम्स`); such a name after `<place> के` (not India) names that place's institution: no alias/KB
    # row, no link across articles
    # round 28 (review: two params, each a dvc dep): models/<doc_country_places>/places.tsv (the tagger lexicon's
    # places) and models/<doc_country_demonyms>/demonyms.tsv (the quantities lexicon's demonyms): an article naming
    # a foreign country (a LOC mention, a demonym before a noun) twice or more and India (its states, cities,
    # भारतीय) never is that country's; its bare institutions (generic words only: `स्वास्थ्य मंत्रालय`,
    # `सर्वोच्च न्यायालय`, `कांग्रेस`) are that country's: no alias/KB row, joined only to the same name of that
    # country in other articles; either "" = off
    doc_country_places: str = ""
    doc_country_demonyms: str = ""
    id_hash_len: int = 12  # hex digits of sha1 in computed entity ids
    plural_s: bool = False  # a word with the English -s after a consonant is the word without it: `जॉन्स हॉपकिंस` =
    # `जॉन हॉपकिंस`, `नीदरलैंड्स` = `नीदरलैंड` (names of 2+ words, or one-word places; across articles too)
    typo_short_forms: bool = False  # a person's one-word short form may have one consonant dropped or swapped in a
    # long word (`कावड़ार्कोव` after `व्लादिमीर कवर्दार्कोव`), as _typo_rule allows between names of one article
    long_names: bool = False  # a person's names of 2+ words with the same first word (its key), middle words that
    # match as tokens (the same key, loose or fuzzy) and a last word of long_name_skeleton+ consonants, the same ones,
    # are one, across articles too (`टेड्रोस अधानोम घेब्रेयसस` = `टेड्रोस अदनोम गेब्रेयसो`): vowels vary in the
    # spellings of long foreign names
    long_name_skeleton: int = 5  # min consonants of the last word for long_names
    vowel_endings: bool = False  # inside one article, names of 2+ words that differ only in one word's final vowel
    # are one (`दक्षिण कोरियो` = `दक्षिण कोरिया`, `वेडे सिम` = `वेड सिम`)
    variant_spellings: bool = False  # inside one article, a person's names whose words differ only by a `y` glide
    # before `u` or an `a` inside a word are one (`म्यूलर` = `मुलर`, `कैवना` = `कैवाना`), round 17
    short_form_min_skeleton: int = 0  # min consonants of a person's surname / given name that matches a word of the
    # full name of its article by a fuzzy key (0: fuzzy_min_skeleton); 3 (round 27): a short foreign name whose
    # spelling drops or adds one vowel letter (`मौलम` after `वालिद अल-मौलेम`, keys molm / molem)
    hyphen_pieces: bool = False  # round 27: a short form that fits two full names of its article equally well names
    # the one where it is a word of its own, not a piece of a hyphenated name (`डेली`: `टॉम डेली`, not `ब्लैक-डेली`)
    compass_equivalents: bool = False  # session 26 review: a place opening with an English compass loan (`साउथ
    # कोरिया`, `नॉर्थ कोरिया`, `साउथ अफ्रीका`) no alias/KB row spells is pinned to the one row its Hindi compass word
    # spells (`दक्षिण`/`दक्षिणी`, `उत्तर`/`उत्तरी`, `पश्चिम`/`पश्चिमी`, `पूर्व`/`पूर्वी`): South Korea, North Korea; a name
    # no row spells either way keeps its own entity (`साउथ दिल्ली`, `वेस्ट इंफाल`)
    place_cut_spans: bool = False  # round 27: a place name whose every mention follows the same word, that word and
    # the name spelling a KB place, is that place (`न्यू ऑर्लियंस` cut to `ऑर्लियंस` is New Orleans)
    village_places: bool = False  # round 27: a place written `ग्राम X`, `गांव X` or `X गांव` is a village: no KB
    # place (a town's QID); across articles it joins only the same name written as a village (`गाजीपुर गांव`,
    # `ग्राम वर्धा`)
    xdoc_bare_names: bool = True  # a person known by one word only (no full name in its article: `सुनील`,
    # `रेड्डी`) is linked across articles by that word; false (round 17): only to an alias row listing it, never to
    # another article's bare `सुनील` (a given name or surname alone names many people across articles)
    common_names: bool = False  # round 29: a person's name of a given name and `कुमार`, `कुमारी`, `देवी` or `प्रसाद`
    # (`सतीश कुमार`, `सावित्री देवी`, `दिनेश कुमार सिंह`) names many people across articles: it links to another article's same name
    # (the same phonetic key) only where both articles name the same place beside it (review of round 29: a LOC of
    # its own sentence or the next or previous one, no country, state, Delhi; an article of more than
    # CONTEXT_MAX_PLACES such places gives none), the same other person's full name there, or the same title right
    # before it (`मुख्यमंत्री नीतीश कुमार`, `अभिनेता अक्षय कुमार`), or to an alias row; never by a loose or fuzzy key
    surnames_apart: bool = False  # round 29 (its own param since the review): two PER names ending in two different
    # common surnames or name completers (`राहुल सिंह` / `राहुल सिन्हा`) are never one by a loose or fuzzy key
    local_facilities: bool = False  # round 31: an ORG name of a district's facility in generic words alone, a local level
    # among them (`सदर अस्पताल`, `जिला अस्पताल`, `प्राथमिक स्वास्थ्य केंद्र`) links inside its article only
    local_officials: bool = False  # round 32: a person's name right after a district's or a police station's title
    # (`डीएम नितीश कुमार`, `एसपी`, `थानाध्यक्ष`) is that local official, not the famous person of an alias row who is
    # spelt alike (Bihar's CM): no alias row; across articles it links as a common name (its title and district), if
    # it is one, else inside its article only
    private_persons: bool = False  # round 33: a person's name of one to three words the article tells as a private
    # person's (right before it a resident's `निवासी`, `के रहने वाले`; right after it an age `(45 वर्ष)`, `, 45 साल,`, a
    # home `निवासी`, a parent `पुत्र`, `उम्र 45`, a phone number; review: `मृतक`, `घायल`, `युवक`, `किसान`, `मजदूर` before
    # it only in an article with such a cue beside a name; none after a famous person's title, `मुख्यमंत्री`, `अभिनेता`,
    # `विधायक`) is no strong name across articles: one of 2-3 words joins by a place or title of both articles
    # (common_names' markers; review: another article's cue-less full name of that place too), a one-word name inside
    # its article only; an alias row's spelling keeps its row, but a common name's (`निवासी नितीश कुमार`) leaves it
    kin_names: bool = False  # link round 34: a full name right after a kinship noun (`उनके बेटे डॉम वान क्रिक`, `पति`,
    # `पत्नी`, `पिता`) names a relative of the person the article is about: a short form of its last words (`वान क्रिक`,
    # a surname) written before the relative's first mention is not taken to it (the relative shares the surname); its
    # given name still is (review: no honorific, `बेगम`, `दादा साहब`, `माता वैष्णो देवी`)
    village_persons: bool = False  # link round 34: two more private_persons cues: a villager's genitive right before
    # the name (`गांव विर्क के`, `ग्राम भोजपुर की`) and a nickname right after it (`सुरजीत सिंह उर्फ संदीप`; review:
    # not after `कुख्यात`, `आतंकी`, `माफिया`: a public figure's alias)
    officers_apart: bool = False  # link round 35: a person's name of 2-3 words right after a local official's or an
    # office's title (`डीएम`, `सीएमओ`, `एसपी`, `थाना प्रभारी`, `बीडीओ`; `निदेशक`, `डीआईजी`, `सिविल सर्जन`), never after
    # a famous person's title in its article, is not the person another article names after a famous person's title
    # (`प्रधानमंत्री`, `मंत्री`, `खिलाड़ी`, `अभिनेता`): it is then no strong name across articles and joins only by a
    # place or title both articles name (`मौसम विभाग शिमला केंद्र के निदेशक डॉ. मनमोहन सिंह` is not the former PM)
    listed_ages: bool = False  # link round 35: a private_persons cue: a name right after which a bare number in
    # brackets stands (`इमरान खान (24)`) in a sentence of 3+ such numbers (a list of people with their ages) beside an
    # arrest's, an accused's or a death's word (`आरोपी`, `गिरफ्तार`, `रासुका`, `मृतक`, `मौत`; a batsman's runs have none)
    danda_boundary: bool = False  # review of link round 35: the round-35 word boundaries (_CRIME_WORDS, _OFFICER_BEFORE,
    # _BARE_AGES) take a danda `।`/`॥` and a Devanagari digit for no letter (`… की मौत।`, `गिरफ्तार।` are such words)
    apart_context: bool = False  # review of link round 35: an officer's name set apart by officers_apart joins by no
    # context marker a cluster holding a name of its phonetic key written after a famous person's title (both articles
    # naming one place or person); officers of that name still join each other by context
    listed_ages_unpinned: bool = False  # review of link round 35: a listed_ages name (`इमरान खान (24)` in a list of
    # accused) is pinned to no PER alias row (a famous namesake), as local officials are not, unless its article writes
    # it after a famous person's title (then listed_ages gives none)
    no_self_context: bool = True  # link round 35 (its own param since the review): an `others` name of common_names'
    # markers does not count its own full name as a `person:` context (every article of the name shared that marker)
    embassies: bool = False  # link round 34: an embassy, high commission or consulate named by its words alone and a
    # demonym or country (`भारतीय दूतावास`, `जर्मन दूतावास`, `भारतीय उच्चायोग`; one in every capital; review: checked
    # in the countries table) is keyed by the seat written right before it (`स्विटजरलैंड में भारतीय दूतावास`, `बीजिंग
    # स्थित`; India and its places one seat): across articles only the same name of the same seat; with no seat it
    # links inside its article only
    place_keyed_bodies: bool = False  # round 32: an ORG name of generic words alone (link.generic_orgs) that names a
    # state's or district's body (`स्वास्थ्य विभाग`, `हाई कोर्ट`, `उच्च न्यायालय`, `प्रांतीय सरकार`, `जिला आपदा प्रबंधन
    # प्राधिकरण`; no national word: `केंद्रीय`, `राष्ट्रीय`, `मौसम`, `रेल`) is keyed by the place of its article: the place
    # written right before it (`बिहार सरकार के`, `पंजाब के`), else the dateline before it, else the article's one place
    # (or, for a state's body, its one state); across articles it joins only the same name of the same place, and with
    # no place it links inside its article only (four states' `स्वास्थ्य विभाग` were one entity)
    acronym_groups: bool = False  # link round 36: a Latin acronym's phonetic group holds Latin acronyms of its own
    # letters only: `BSF` (k1 bsp) sat in the group of the BSP row's `BSP`, whose hub refused it (other letters), so it
    # never met `बीएसएफ` of the BSF row (the same letters in two scripts). Devanagari acronyms keep their groups: split
    # so, `सीएस` (civil surgeons of four districts) and `एससी` joined across articles
    kb_o_fold: bool = False  # link round 36: a place the KB spells with `ॉ`/`ऑ` and the news with `ा`/`आ` (or back) is
    # that place when exactly one KB row has the folded key (`नार्वे` = `नॉर्वे`, Norway)
    title_danda_boundary: bool = False  # link round 36: the round-32/33 title and cue regexes (_LOCAL_OFFICE_BEFORE,
    # _FAMOUS_OFFICE_BEFORE, _FAMOUS_PERSON_BEFORE, _PRIVATE_BEFORE, _PRIVATE_BEFORE_WEAK, _PRIVATE_AFTER) take a danda
    # `।`/`॥` and a Devanagari digit for no letter, as danda_boundary does for round 35's (`बताया।डीएम …`)
    joined_loose: bool = False  # link round 36: inside one article, a name written apart and joined whose loose keys
    # (no inner `a`) are the same letters are one (`श्यामला हिल्स` = `श्यामलहिल्स`); across articles as before
    initials_across: bool = False  # link round 37: across articles, a person's name of initials and a rare surname
    # (`आर गंगाखेडकर`) or of a given name, a middle initial and a rare surname (`रमन आर गंगाखेडकर`) is the one full name
    # of that surname whose given names those initials fit (`रमन गंगाखेडकर`): a surname of long_name_skeleton consonants,
    # not a common one (`सिंह`, `श्रीवास्तव`...); two fitting people, no join
    intro_first: bool = False  # link round 38: inside one article, a given name alone that two full names fit equally
    # is the one written before the given name's first mention when the others are all first written after it
    # (`सुधीर कुमार गौतम` … `सुधीर` ×16 … the tagger's `सुधीर रेलवे में`); needs kin_names' first mentions
    intro_first_once: bool = False  # review of link round 38: intro_first only when every other full name is
    # written once in the article (a tagger's span of the name and the next word); a second person written twice in
    # full (`राहुल कुमार` … `राहुल कुमार ने कहा`) leaves the given name alone ambiguous
    middle_names: bool = False  # link round 38: across articles, a person's name of a given name and a surname
    # (`अवनीश अवस्थी`, `विनोद पॉल`) is the one full name of three words of that given name and surname (`अवनीश कुमार
    # अवस्थी`, the alias row `विनोद कुमार पॉल`): not a common surname, nor a given name or surname written in many
    # full names (`मोहम्मद`, `ख़ान`, `कपूर`...: middle_names_frequent); two fitting people, no join
    middle_names_frequent: int = 15  # review of link round 38: a given name or surname that this many distinct full
    # names of PER mentions of the table share (counted at run time) is too common for middle_names
    org_place_tail: bool = False  # link round 37: inside one article, an organisation's name that is another's first
    # words, the other's last word(s) a place the KB or alias rows pin (`रॉयल चैलेंजर्स` of `रॉयल चैलेंजर्स बंगलौर`,
    # `पुणे वॉरियर्स` of `पुणे वॉरियर्स इंडिया`), is its short form: a team's or firm's city is no head
    local_places: bool = False  # link round 39: a place named by a word or two and a neighbourhood noun (`काली मंदिर`,
    # `स्टेशन रोड`, `सदर बाजार`, `जामा मस्जिद`: _LOCAL_PLACE_NOUNS) is one in many towns: across articles it joins only
    # the same name with a place of both beside it (common_names' places: `जमालपुर के सदर बाजार` twice), else it links
    # inside its article only (an alias or KB row still pins it), as local_facilities does for `सदर अस्पताल`
    named_given_names: bool = False  # link round 41: inside one article, a given name alone (a word of the name
    # lexicon's given_names.txt) joins the one full name it fits whose other words are all name words of the lexicon
    # (given_names.txt, or words.tsv's words tagged PER in half their occurrences or more), when every other full name it fits, as a given
    # name or a surname, has a word of no name and is written once: the tagger's span of the name and a word beside it
    # (`ममता बोलीं` in a headline before `ममता बनर्जी`, `हालंकि अजय` beside `अजय देवगन`); needs name_lexicon
    name_lexicon: str = ""  # link round 41: models/<name_lexicon>/ (given_names.txt, words.tsv) for named_given_names
    alias_fuzzy: bool = False  # link round 42: a name that meets exactly one user alias row (not a KB row) by the fuzzy
    # key rule (same consonant skeleton, first letter and word endings, phonetic keys fuzzy_ratio close: `माइक्रोसाफ्ट`,
    # `ऑक्सफर्ड विश्वविद्यालय`, `अमेरिकी सेना`, `री यान्ग-हो` beside the rows' spellings) is that row's entity; no acronym,
    # no Latin name, a person by two words or more (fuzzy edges to a row were barred with typos and guessed initials)
    latin_final_a: bool = False  # link round 43: a Devanagari name ending in a bare consonant (no vowel sign: `रायगढ़`,
    # `रायगड`) reads no KB name known in English only that ends in a consonant and `a` (Rayagada, Odisha's `रायगड़ा`):
    # Hindi writes such an English final a as `ा` (`पटना` Patna, `रायगड़ा`); the name stays unpinned (Raigarh, Raigad);
    # a final conjunct speaks its a and still reads it (`सोनभद्र` = Sonbhadra)
    glide_spellings: bool = False  # link round 44: two names whose phonetic keys differ only by a `y` glide, one
    # written between `i` and a vowel (`पोम्पियो` / `पोम्पिओ`, `मियामी`), or a consonant's `y` before a vowel written
    # as `i` (`ग्यूसेप` / `गिउसेप`, `मयामी` / `मियामी`), are one, across articles too (keys of loose_min_len letters)
    glide_aa_ii: bool = False  # link round 48 (with glide_spellings): a `y` glide written between `ā` and `ī` is read
    # as none too (`पिनरायी विजयन` / `पिनराई विजयन`, Kerala's chief minister, two entities of 2 and 5 articles: Hindi
    # writes `ाई` and `ायी` alike); the key drops the inherent a, so `विजयी` keeps its y, and only a y before `i` goes
    # (`मायावती`, `रायपुर` keep theirs)
    settlement_endings: bool = False  # link round 44: two places whose last words end in two different settlement
    # endings (_SETTLEMENT_ENDINGS, the tagger's: `पुर`, `पुरा`, `पुरी`, `नगर`, `गंज`, `बाद`, `गढ़`) are two places, in one
    # article or across articles: the loose key (inner `a` and `ā` dropped) joined `मधेपुर` (a block of Madhubani) to
    # `मधेपुरा` (the district), `जगदीशपुर` (Amethi's town) to `जगदीशपुरा` (Agra's ward)
    own_word_heads: bool = False  # link round 45: inside one article, an organisation's head word alone (its last
    # word, or the one before `पार्टी`: `कांग्रेस`) is no short form of an alias row's organisation (the name pinned to
    # the row in phase 0; the row does not list the bare head, or the head would be pinned itself) whose words before
    # the head are its own (no place, demonym, generic or level word: `तृणमूल कांग्रेस`, `राष्ट्रवादी कांग्रेस पार्टी`):
    # news call such a party by its own word (`तृणमूल`, `एनसीपी`), and `कांग्रेस` alone beside it is the Congress; a
    # place's or a country's body keeps its head (`भारतीय राष्ट्रीय कांग्रेस`, `भारतीय नौसेना`), and so does a name of
    # no row (`बॉम्बे हाईकोर्ट`, `वेल्श विधानसभा`: places the link does not know)
    first_word_places: bool = False  # link round 46: inside one article, an organisation's one word pinned to no
    # alias/KB row of its own is the short form of the one longer organisation's name it begins (spelt alike) whose
    # other words (one or two) are a place (the countries table, `इंडिया`, or an alias/KB place row): `सहारा` of `सहारा
    # इंडिया`, `वीवो` of `वीवो इंडिया`; a name of its own row (`टोयोटा` beside `टोयोटा यू.के.`, a subsidiary), a short
    # name of an institute of many seats (`आईआईटी` of `आईआईटी गुवाहाटी`) and a tail of no place (`इंफ़ोसिस बोर्ड`,
    # `सहारा एयरलाइन्स`) stay apart
    nagar_places: bool = False  # link round 47 (needs local_places): a place named by one word and `नगर`, apart or
    # glued (`सुभाष नगर`, `पटेलनगर`, `रामनगर`: a colony of that name is in many towns), pinned to no alias/KB row and
    # written right after a town's genitive or `स्थित` (`बरेली के सुभाषनगर`, `पटना के पटेल नगर`) or before `, <town>`
    # (`सुभाष नगर, नई दिल्ली`), is that town's colony: across articles it joins only the same name in an article that
    # names that town too (`भागलपुर के नाथनगर` and a Bhagalpur report's `नाथनगर`); the same name written without its
    # town links by its name as before
    seated_institutes: bool = False  # link round 49: a name of an institute of many seats (a bare short name,
    # `एम्स`, `पीजीआई`: _MULTI_SEAT_INSTITUTES; AIIMS's full names, _SEAT_GROUPS) written right after a town with
    # `में`, `स्थित` or a genitive between (`भोपाल में एम्स के दो नर्सिग अधिकारी`, `पटना के अखिल भारतीय आयुर्विज्ञान
    # संस्थान`) or right before one (`सैंपल को एम्स भोपाल भेजा`, the tagger's span cut before the town) is that town's
    # institute in its article, its names there one: no alias row (Delhi's AIIMS), joined across articles only to the
    # same name of the same town; Delhi (`दिल्ली स्थित एम्स`, the row's), two towns, India or a country leave it as
    # before, and so does an article naming Delhi as often as that town or more that writes the name bare elsewhere
    # too (a roundup)
    compass_forms: bool = False  # link round 50: two places whose names differ only in the form of the Hindi compass
    # words that open them, the noun or its adjective (`दक्षिणी दिल्ली` = `दक्षिण दिल्ली`, `उत्तरी कोरिया` = `उत्तर
    # कोरिया`, `उत्तरी-पूर्वी दिल्ली` = `उत्तर पूर्वी दिल्ली`), are one place, in one article or across articles


# --------------------------------------------------------------------------------------------
# Alias file
# --------------------------------------------------------------------------------------------


class AliasFileError(ValueError):
    """A malformed alias file; the message names the file and line."""


@dataclass(frozen=True)
class AliasEntry:
    canonical_name: str
    label: str
    aliases: tuple[str, ...]
    qid: str | None
    line: int
    name_en: str | None = None
    source: str = ""  # the file of a KB row (its link rules name it); "" = the table's alias file

    def names(self) -> tuple[str, ...]:
        return (self.canonical_name, *self.aliases)


@dataclass(frozen=True)
class AliasTable:
    source: str  # file name, recorded in link rules ("alias:aliases-v1.tsv:12")
    entries: tuple[AliasEntry, ...] = ()
    generic: frozenset[str] = frozenset()  # folded words of generic institution names (LinkParams.generic_orgs)
    # LinkParams.doc_country_places/_demonyms: folded country names and demonyms -> the country's key (the phonetic
    # key of its Hindi name; India's is _HOME_KEY)
    countries: tuple[tuple[str, str], ...] = ()
    # link round 41 (LinkParams.name_lexicon): folded given names, and folded words the lexicon tags as a person's
    given_names: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()

    @classmethod
    def empty(cls) -> "AliasTable":
        return cls(source="", entries=())

    def digest(self) -> str:
        """sha256 of everything the table holds, the same in every process (a set's repr follows the process's
        string hashing, so `generic` is written sorted)."""
        text = repr((self.source, self.entries, sorted(self.generic), self.countries))
        if self.given_names or self.name_words:  # link round 41: the digest of a table without them is unchanged
            text += repr((sorted(self.given_names), sorted(self.name_words)))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


ALIAS_HEADER = ("canonical_name", "label", "aliases", "qid", "name_en")
KB_LINE_OFFSET = 1_000_000  # KB rows are pinned apart from the alias file's rows
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def load_aliases(models_dir: Path, p: LinkParams) -> AliasTable:
    """Read ``models_dir / f"{p.aliases}.tsv"`` (``p.aliases`` may also end in ``.tsv``).

    Format: UTF-8, tab-separated, ``#`` comment lines and blank lines ignored, first non-comment
    line is the header ``canonical_name<TAB>label<TAB>aliases<TAB>qid``; then one row per entity:
    canonical name, label (PER/ORG/LOC), aliases separated by ``|`` (may be empty), optional
    Wikidata QID. Raises ``AliasFileError`` naming file and line on any malformed row.
    """
    table = AliasTable.empty()
    if p.aliases:
        name = p.aliases if p.aliases.endswith(".tsv") else f"{p.aliases}.tsv"
        path = Path(models_dir) / name
        raw = io.read_model_file(path, AliasFileError, f"link.aliases = {p.aliases!r}")
        table = parse_aliases(raw, name, display=str(path))
    if p.kb:
        path = Path(models_dir) / p.kb / "kb_aliases.tsv"
        raw = io.read_model_file(path, AliasFileError, f"link.kb = {p.kb!r}")
        table = merge_kb(table, parse_aliases(raw, f"{p.kb}/kb_aliases.tsv", display=str(path), unique="k0"))
    if p.generic_orgs:
        name = p.generic_orgs if p.generic_orgs.endswith(".txt") else f"{p.generic_orgs}.txt"
        raw = io.read_model_file(Path(models_dir) / name, AliasFileError, f"link.generic_orgs = {p.generic_orgs!r}")
        table = dataclasses.replace(table, generic=parse_word_list(raw))
    if p.doc_country_places and p.doc_country_demonyms:
        raw_p = io.read_model_file(Path(models_dir) / p.doc_country_places / "places.tsv", AliasFileError,
                                   f"link.doc_country_places = {p.doc_country_places!r}")
        raw_d = io.read_model_file(Path(models_dir) / p.doc_country_demonyms / "demonyms.tsv", AliasFileError,
                                   f"link.doc_country_demonyms = {p.doc_country_demonyms!r}")
        table = dataclasses.replace(table, countries=parse_countries(raw_p, raw_d, table.entries))
    if p.named_given_names and p.name_lexicon:
        raw_g = io.read_model_file(Path(models_dir) / p.name_lexicon / "given_names.txt", AliasFileError,
                                   f"link.name_lexicon = {p.name_lexicon!r}")
        raw_w = io.read_model_file(Path(models_dir) / p.name_lexicon / "words.tsv", AliasFileError,
                                   f"link.name_lexicon = {p.name_lexicon!r}")
        given = parse_word_list(raw_g)
        table = dataclasses.replace(table, given_names=given, name_words=given | parse_person_words(raw_w))
    return table


def parse_person_words(raw: str) -> frozenset[str]:
    """link round 41: the folded words of a lexicon's words.tsv (header `word n … n_per …`) tagged as a person's in
    half their occurrences or more (`बनर्जी` 7 of 8, `देवगन` 2 of 2; not `नयी` 0 of 46, `आई` 1 of 121)."""
    rows = [line.split("\t") for line in raw.splitlines() if line.strip()]
    if not rows or "n_per" not in rows[0]:
        return frozenset()
    col, n = rows[0].index("n_per"), rows[0].index("n") if "n" in rows[0] else 1
    return frozenset(fold_surface(r[0]) for r in rows[1:] if len(r) > max(col, n) and r[col].isdigit()
                     and r[n].isdigit() and int(r[col]) > 0 and 2 * int(r[col]) >= int(r[n]))


def parse_countries(places: str, demonyms: str, entries: Sequence[AliasEntry] = ()) -> tuple[tuple[str, str], ...]:
    """Folded names -> country key, from a places table (TSV `surface label qid name_en kind ...`: its `country`
    rows; India's `state` rows and every row of India's or a state's QID as India), the LOC rows of the alias table
    of those countries' QIDs (all their names: `अमेरिका`, `यूके`), and a demonym table (`demonym<TAB>place,place`:
    a demonym of exactly one country's names). A country's key is the phonetic key of the canonical name of its
    first row in the user alias file (`अमेरिका`), else of its shortest Devanagari name (`ईरान`): the key
    `<place> के` qualifies an institution with. Sorted pairs."""
    rows = [line.split("\t") for line in places.splitlines() if line and not line.startswith("#")]
    rows = [r for r in rows[1:] if len(r) >= 5 and r[1] == "LOC"]
    home = {"Q668"} | {r[2] for r in rows if r[4] == "state" and r[2]}  # India's states are its `state` rows
    home_en = {"India"} | {r[3] for r in rows if r[4] == "state"}
    nations = {r[2] for r in rows if r[4] == "country" and r[2]}
    names: dict[str, list[str]] = defaultdict(list)  # QID (India: _HOME_KEY) -> its names, the alias table's first
    for e in sorted(entries, key=lambda e: e.line):
        if e.label == "LOC" and (e.qid in home or e.name_en in home_en):
            names[_HOME_KEY].extend(n for n in e.names() if not _has_latin(n))
        elif e.label == "LOC" and e.qid in nations:
            names[e.qid].extend(n for n in e.names() if not _has_latin(n))
    for r in rows:
        if _has_latin(r[0]):
            continue
        if r[2] in home or r[4] == "state":
            names[_HOME_KEY].append(r[0])
        elif r[4] == "country" and r[2]:
            names[r[2]].append(r[0])
    out: dict[str, str] = {}
    for n in [*names.pop(_HOME_KEY, ()), *_HOME]:  # review of round 28: `इंडिया`, `हिन्दुस्तान` too
        out[_country_name(n)] = _HOME_KEY
    for r in rows:  # review of round 28: India's cities (GeoNames `city` rows: Indian cities of 100,000 people)
        if r[4] == "city" and len(r) > 5 and r[5] == "geonames" and not _has_latin(r[0]):
            out.setdefault(_country_name(r[0]), _HOME_PLACE)
    user = {}
    for e in sorted(entries, key=lambda e: e.line):
        if not e.source and e.label == "LOC" and e.qid:
            user.setdefault(e.qid, e.canonical_name)
    for qid, ns in sorted(names.items()):
        key = name_keys(user.get(qid) or min(ns, key=lambda n: (len(n), n)), "LOC").k1
        for n in ns:
            out.setdefault(_country_name(n), key)
    for line in demonyms.splitlines():
        f = line.split("\t")
        if line.startswith("#") or len(f) < 2:
            continue
        keys = {out.get(_country_name(n)) for n in f[1].split(",")} - {None, _HOME_PLACE}
        if len(keys) == 1:
            out.setdefault(_DEMONYM + _country_name(f[0]), keys.pop())
    return tuple(sorted(out.items()))


_COUNTRY_JOINS = re.compile(r"[\s\-\u2010-\u2015]+(?:(?:और|एवं|व|&)[\s]+)?")


def _country_name(name: str) -> str:
    """A place name as doc_country matches it (review of round 28): folded, hyphens and `और`/`एवं`/`&` between its
    words read as one space (`जम्मू-कश्मीर`, `जम्मू कश्मीर`, `जम्मू और कश्मीर`)."""
    return _COUNTRY_JOINS.sub(" ", fold_surface(name.strip())).strip()


def parse_word_list(raw: str) -> frozenset[str]:
    """Words of a word-list file (whitespace-separated, `#` comments), folded like name tokens."""
    return frozenset(fold_surface(w).lower() for line in raw.splitlines()
                     for w in line.split("#", 1)[0].split())


_ISO3 = re.compile(r"[A-Z]{3}")


def merge_kb(user: AliasTable, kb: AliasTable) -> AliasTable:
    """The user's alias rows win: a KB row with the QID of a user row adds its names to that row
    (and its English name where the row has none); a KB name that a user row already lists is
    dropped from the KB row. The other KB rows follow, pinned apart (line + KB_LINE_OFFSET)."""
    taken = {(e.label, name_keys(n, e.label).k0) for e in user.entries for n in e.names()}
    by_qid = {e.qid: i for i, e in enumerate(user.entries) if e.qid}
    by_name = {(e.label, name_keys(n, e.label).k0): i for i, e in enumerate(user.entries) for n in e.names()}
    entries = list(user.entries)
    extra = []
    for e in kb.entries:
        names = [n for n in e.names() if (e.label, name_keys(n, e.label).k0) not in taken]
        taken.update((e.label, name_keys(n, e.label).k0) for n in names)
        if not e.qid:  # a KB row without a QID that spells a user row's name is that place (`झारखंड`, Jharkhand:
            # its English spellings join the row's QID instead of making a QID-less place of their own)
            rows = {by_name[k] for n in e.names() if (k := (e.label, name_keys(n, e.label).k0)) in by_name}
            if len(rows) == 1 and entries[next(iter(rows))].qid:
                e = dataclasses.replace(e, qid=entries[next(iter(rows))].qid)
        if e.qid in by_qid:
            names = [n for n in names if not _ISO3.fullmatch(n)]  # a user row's acronyms are its own (IND: none)
            u = entries[by_qid[e.qid]]
            entries[by_qid[e.qid]] = dataclasses.replace(u, aliases=u.aliases + tuple(names),
                                                         name_en=u.name_en or e.name_en)
        elif names:
            extra.append(dataclasses.replace(e, canonical_name=names[0], aliases=tuple(names[1:]),
                                             line=e.line + KB_LINE_OFFSET, source=kb.source))
    return AliasTable(source=user.source or kb.source, entries=tuple(entries + extra))


def parse_aliases(raw: str, source: str, display: str | None = None, unique: str = "k1") -> AliasTable:
    """Parse alias-file text (see ``load_aliases``); ``source`` goes into link rules. ``unique``: the
    name key no two rows may share (``k1``, phonetic, for user files; ``k0``, the spelling, for the
    generated KB file, whose rows are matched by spelling only)."""
    where = display or source
    entries: list[AliasEntry] = []
    seen_header = False
    seen_names: dict[tuple[str, str], int] = {}
    for lineno, line in enumerate(raw.splitlines(), start=1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not seen_header:
            if tuple(c.lower() for c in cols[:5]) != ALIAS_HEADER[: len(cols[:5])] or len(cols) < 3:
                raise AliasFileError(
                    f"{where}, line {lineno}: expected the header "
                    f"{'<TAB>'.join(ALIAS_HEADER)!r}, got {line!r}"
                )
            seen_header = True
            continue
        cols += [""] * (5 - len(cols))
        if len(cols) != 5:
            raise AliasFileError(
                f"{where}, line {lineno}: expected 3 to 5 tab-separated columns "
                f"(canonical_name, label, aliases, qid, name_en), got {len(cols)}: {line!r}"
            )
        canonical, label, aliases_col, qid, name_en = cols
        if not canonical:
            raise AliasFileError(f"{where}, line {lineno}: empty canonical name")
        if label not in LINK_LABELS:
            raise AliasFileError(f"{where}, line {lineno}: label {label!r} is not one of {LINK_LABELS}")
        if qid and not _QID_RE.match(qid):
            raise AliasFileError(f"{where}, line {lineno}: QID {qid!r} is not of the form Q<digits>")
        aliases = tuple(a.strip() for a in aliases_col.split("|")) if aliases_col else ()
        if any(not a for a in aliases):
            raise AliasFileError(f"{where}, line {lineno}: empty alias in {aliases_col!r} (stray '|')")
        for n in (canonical, *aliases):
            k = (label, getattr(name_keys(n, label), unique))
            if not k[1]:
                raise AliasFileError(f"{where}, line {lineno}: name {n!r} has no letters")
            if k in seen_names and seen_names[k] != lineno:
                raise AliasFileError(
                    f"{where}, line {lineno}: name {n!r} ({label}) already listed on line {seen_names[k]}"
                )
            seen_names[k] = lineno
        entries.append(AliasEntry(canonical, label, aliases, qid or None, lineno, name_en or None))
    if not seen_header:
        raise AliasFileError(f"{where}: no header line {'<TAB>'.join(ALIAS_HEADER)!r}")
    return AliasTable(source=source, entries=tuple(entries))


# --------------------------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------------------------

_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_PUNCT_EDGES = " \t\n\"'“”‘’«»()[]{}<>.,;:!?।॥–—-/\\|*_`~"
# Postpositions and particles a tagger may leave at the end of a span.
_TRAILING = "ने को से का की के में पर तक द्वारा वाले वाली वाला और एवं तथा व भी ही जी"
_TITLES = (
    (
        "श्री श्रीमती सुश्री श्रीमान डॉ डॉ. डॉक्टर राष्ट्रपति प्रधानमंत्री प्रधान-मंत्री मुख्यमंत्री मंत्री "
        "पीएम सीएम कैप्टन कर्नल जनरल लेफ्टिनेंट-जनरल मेजर प्रोफेसर प्रो. मिस्टर मिसेज मिस "
        "mr mr. mrs mrs. dr dr. ms ms. prof prof. president"
    )
)
_ORG_DESIGNATORS = (
    "लिमिटेड लि लि. प्राइवेट प्रा प्रा. इंक इंक. एलएलसी एलएलपी पीएलसी ltd ltd. limited inc inc. "
    "pvt pvt. plc llc corp corp. केंद्रीय केन्द्रीय"  # केंद्रीय गृह मंत्रालय = गृह मंत्रालय
)
# ... dropped only where two words stay: `रेड क्रॉस सोसाइटी` = `रेड क्रॉस`, but `रॉयल सोसाइटी` is no `रॉयल`
_ORG_DESIGNATORS_TWO = (
    "सोसाइटी सोसायटी society"
)
# English loan words in organisation names and the Hindi words news uses for the same thing (`अमेरिका नेवी` =
# `अमेरिका नौसेना`): keyed alike. Generic vocabulary of institutions, not names.
_ORG_SYNONYMS = {
    "नेवी": "नौसेना", "आर्मी": "सेना", "एयरफोर्स": "वायुसेना", "यूनिवर्सिटी": "विश्वविद्यालय", "हॉस्पिटल": "अस्पताल",
    "मिनिस्ट्री": "मंत्रालय", "डिपार्टमेंट": "विभाग", "कमीशन": "आयोग", "काउंसिल": "परिषद", "कोर्ट": "न्यायालय", "हाईकोर्ट": "हाई न्यायालय",
    "अदालत": "न्यायालय", "पुलिस": "पुलिस", "कॉलेज": "महाविद्यालय", "बैंक": "बैंक", "पार्लियामेंट": "संसद",
    "गवर्नमेंट": "सरकार", "एसोसिएशन": "संघ", "फेडरेशन": "महासंघ", "कॉर्पोरेशन": "निगम", "कॉरपोरेशन": "निगम",
    "इंस्टीट्यूट": "संस्थान", "ऑर्गनाइजेशन": "संगठन", "ऑर्गेनाइजेशन": "संगठन", "एजेंसी": "एजेंसी",
}
_LOC_DESIGNATORS = ("गणराज्य गणतंत्र जिला ज़िला जिले ज़िले प्रांत प्रान्त प्रदेश republic district province "
                    "गांव गाँव ग्राम शहर कस्बा क़स्बा तहसील घाटी")  # `तिदांग गांव` = `तिदांग`, `दारमा घाटी` = `दारमा`
_FUNCTION_WORDS = (
    "का की के और एवं तथा व में से को पर फॉर फ़ॉर द दि एंड एन्ड ऑफ ऑफ़ ऑन इन एट टू "
    "of the and for on in at to"
)

_VOWEL_FOLD = str.maketrans(
    {
        "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ै": "े", "ऐ": "ए", "ौ": "ो", "औ": "ओ",
        "ॉ": "ो", "ऑ": "ओ", "ॅ": "े", "ऍ": "ए", "ॆ": "े", "ॊ": "ो", "ऎ": "ए", "ऒ": "ओ",
        "ँ": "ं", "ः": None, "ऽ": None,
    }
)
_CONS_FOLD = str.maketrans(
    {
        "ट": "त", "ठ": "त", "थ": "त", "ड": "द", "ढ": "द", "ध": "द", "ख": "क", "घ": "ग",
        "छ": "च", "झ": "ज", "फ": "प", "भ": "ब", "ण": "न", "श": "स", "ष": "स", "ङ": "न",
        "ञ": "न",
    }
)
_NASALS = "ङञणनम"


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


def _is_dependent(ch: str) -> bool:
    """Vowel sign or virama (anything that replaces the inherent vowel)."""
    return "\u093e" <= ch <= "\u094d" or ch in "\u0955\u0956\u0957\u0962\u0963"


def _has_latin(s: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in s)


@lru_cache(maxsize=500_000)
def fold_surface(s: str) -> str:
    """NFC, nukta dropped (both encodings), chandrabindu -> anusvara, zero-width chars dropped."""
    s = unicodedata.normalize("NFD", s.translate(_ZW)).replace(_NUKTA, "")
    s = unicodedata.normalize("NFC", s).replace("\u0901", "\u0902")
    return " ".join(s.split())


def _word_set(words: str) -> frozenset[str]:
    return frozenset(fold_surface(w).lower() for w in words.split())


_TRAILING = _word_set(_TRAILING)
_TITLES = _word_set(_TITLES)
_ORG_DESIGNATORS_TWO = _word_set(_ORG_DESIGNATORS_TWO)
_ORG_DESIGNATORS = _word_set(_ORG_DESIGNATORS) | _ORG_DESIGNATORS_TWO
# Heads of organisation names that name no organisation alone: never a short form
_ORG_HEADS = _word_set("मंत्रालय विभाग सरकार पुलिस आयोग बोर्ड परिषद संघ पार्टी दल कंपनी बैंक सेना अदालत कोर्ट न्यायालय "
                       "विश्वविद्यालय संगठन समिति संस्थान अस्पताल निगम प्राधिकरण एजेंसी ब्यूरो")
# A party's name in news often drops this last word inside one article: `कांग्रेस` after `कांग्रेस पार्टी`
_ORG_PARTY_WORDS = _word_set("पार्टी party")
# link round 45 (own_word_heads): words of a body's level, which name no body of their own before its head word
# (`भारतीय राष्ट्रीय कांग्रेस`, `अखिल भारतीय …`, `प्रदेश कांग्रेस`)
_LEVEL_WORDS = _word_set("राष्ट्रीय केंद्रीय केन्द्रीय अखिल नेशनल इंडियन प्रदेश राज्य जिला ज़िला")
_ORG_SYNONYMS_FOLDED = {fold_surface(k).lower(): v for k, v in _ORG_SYNONYMS.items()}
_LOC_DESIGNATORS = _word_set(_LOC_DESIGNATORS)
_DIRECTIONS = _word_set("उत्तर दक्षिण पूर्व पश्चिम मध्य उत्तरी दक्षिणी पूर्वी पश्चिमी")
_FUNCTION_WORDS = _word_set(_FUNCTION_WORDS)


_GLUED_INITIAL = re.compile(r"\.(?=[^\s.])")


def clean_words(text: str, label: str) -> tuple[str, ...]:
    """Words of a mention text: edge punctuation, trailing case markers / particles and (PER)
    leading titles stripped; original spelling kept (hyphens too)."""
    s = unicodedata.normalize("NFC", text.translate(_ZW))
    if label == "PER":  # an initial glued to the next word is a word of its own: `अंजलि आर.भागवत` ends in भागवत
        s = _GLUED_INITIAL.sub(". ", s)
    words = [w.strip(_PUNCT_EDGES) for w in s.split()]
    words = [w for w in words if w]
    while len(words) > 1 and fold_surface(words[-1]).lower() in _TRAILING:
        words.pop()
    if label == "PER":
        while len(words) > 1 and fold_surface(words[0]).lower() in _TITLES:
            words.pop(0)
    return tuple(words)


def _split_tokens(words: Sequence[str]) -> tuple[str, ...]:
    """Name tokens: words split on hyphens (कासिम-जोमार्ट -> कासिम, जोमार्ट)."""
    toks: list[str] = []
    for w in words:
        toks.extend(t.strip(_PUNCT_EDGES) for t in re.split(r"[-‐‑–]+", w))
    return tuple(t for t in toks if t)


_IZAFE = "\u090f"  # ए
_ENDS_IN_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?$")


def _izafe(toks: Sequence[str]) -> list[str]:
    """Round 30: the Persian izafe of an organisation's or a place's name, written as a word of its own (`लश्कर-ए-तैयबा`,
    `तहरीक ए तालिबान`) or as the vowel sign of the word before (`लश्करे तैयबा`, `तहरीके तालिबान`): one spelling, the
    sign (`ए` between two words, after a consonant, joins the word before as `े`)."""
    out: list[str] = []
    for i, t in enumerate(toks):
        if t == _IZAFE and out and i + 1 < len(toks) and _ENDS_IN_CONSONANT.search(out[-1]):
            out[-1] += "\u0947"
        else:
            out.append(t)
    return out


def clean_tokens(text: str, label: str) -> tuple[str, ...]:
    return _split_tokens(clean_words(text, label))


# indic_transliteration's Devanagari -> Harvard-Kyoto map (SchemeMap(DEVANAGARI, HK) of indic-transliteration
# 2.3: its letters, vowel signs and virama), copied here because importing the library loads its ~300 scheme files
# (0.27 s in every tag and link process that meets a new name); _hk is its transliteration loop for these tables,
# and tests/test_link.py checks both against the library, character by character and on every name in models/.
_HK_LETTERS = dict(zip(
    "अ आ इ ई उ ऊ ऋ ॠ ऌ ॡ ऎ ए ऐ ऒ ओ औ ं ः ँ क ख ग घ ङ च छ ज झ ञ ट ठ ड ढ ण त थ द ध न प फ ब भ म य र ल व श ष स ह ळ "
    "क्ष ज्ञ ० १ २ ३ ४ ५ ६ ७ ८ ९ ॐ ऽ । ॥".split(),
    "a A i I u U R RR lR lRR è e ai ò o au M H ~ k kh g gh G c ch j jh J T Th D Dh N t th d dh n p ph b bh m y r l "
    "v z S s h L kS jJ 0 1 2 3 4 5 6 7 8 9 OM ' | ||".split()))
for _base, _one, _hk_nukta in zip("कखगजडढफयरळन", "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u0931\u0934\u0929",
                                  "q qh g2 z2 r3 r3h f Y r2 zh n2".split()):
    _HK_LETTERS[_base + "\u093c"] = _hk_nukta  # a letter + the nukta sign
    if _one != "\u095d":  # the precomposed letter (the library's map lacks ढ़ U+095D)
        _HK_LETTERS[_one] = _hk_nukta
del _base, _one, _hk_nukta
_HK_MARKS = dict(zip("ा ि ी ु ू ृ ॄ ॢ ॣ ॆ े ै ॊ ो ौ".split(), "A i I u U R RR lR lRR è e ai ò o au".split()))
_HK_CONSONANTS = frozenset(k for k in _HK_LETTERS if _is_consonant(k[0]))


# _hk's letters: the longest of _HK_LETTERS that matches (its letters of several characters, longest first), else one
# character — the library's longest match, made by one regex scan instead of a slice per length at every character
_HK_TOKEN = re.compile("|".join(re.escape(k) for k in sorted((k for k in _HK_LETTERS if len(k) > 1), key=len, reverse=True))
                       + "|.", re.S)


def _hk(text: str) -> str:
    """Harvard-Kyoto romanization as indic_transliteration's brahmic -> roman loop makes it: the longest letter that
    matches, a consonant's inherent `a` written unless a vowel sign or virama follows, other characters kept."""
    out: list[str] = []
    after_consonant = False
    for tok in _HK_TOKEN.findall(text):
        if tok in _HK_MARKS:
            out.append(_HK_MARKS[tok])
        elif tok != _VIRAMA:
            if after_consonant:
                out.append("a")
            out.append(_HK_LETTERS.get(tok, tok))
        after_consonant = tok in _HK_CONSONANTS
    if after_consonant:
        out.append("a")
    return "".join(out)


# a consonant (`_is_consonant`) that no vowel sign or virama follows (`_is_dependent`), the text's end included
_BARE_CONSONANT = re.compile("([\u0915-\u0939\u0958-\u095f])(?![\u093e-\u094d\u0955\u0956\u0957\u0962\u0963])")
_VIRAMA_AFTER = "\\1" + _VIRAMA


def _romanize(folded: str) -> str:
    """Schwa-less Harvard-Kyoto romanization of an already folded Devanagari token."""
    hk = _hk(_BARE_CONSONANT.sub(_VIRAMA_AFTER, folded))  # a virama after every consonant with no vowel sign
    hk = hk.replace("lRR", "li").replace("lR", "li").replace("RR", "ri").replace("R", "ri")
    hk = hk.replace("A", "a").replace("M", "n").replace("H", "")
    return hk.lower()


def _latin_key(tok: str) -> str:
    return _loose(_latin_full(tok))


@lru_cache(maxsize=50_000)
def _latin_full(tok: str) -> str:
    """English spelling folded to the phonetic alphabet of ``token_key``, every vowel kept (``Patna`` = patna)."""
    s = unicodedata.normalize("NFKD", tok.lower())
    s = "".join(c for c in s if "a" <= c <= "z")
    s = s.replace("chh", "C").replace("ch", "C")  # `Chhindwara` = छिंदवाड़ा
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k").replace("C", "c")
    for a, b in (("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ph", "p"),
                 ("bh", "b"), ("jh", "j"), ("ck", "k"), ("ee", "i"), ("oo", "u"), ("ai", "e"),
                 ("au", "o")):
        s = s.replace(a, b)
    s = s.translate(str.maketrans({"f": "p", "z": "j", "w": "v", "q": "k"})).replace("x", "ks")
    return _collapse(s)


_DOUBLED = re.compile(r"(.)\1+")


def _collapse(s: str) -> str:
    return _DOUBLED.sub(r"\1", s)


@lru_cache(maxsize=200_000)
def _loose(tok_key: str) -> str:
    if not tok_key:
        return tok_key
    return _collapse(tok_key[0] + tok_key[1:].replace("a", ""))


_NASAL_CLUSTER = re.compile("([" + _NASALS + "])" + _VIRAMA + "(?=([\u0915-\u0939]))")
_LABIALS = "पफबभ"


def _nasal_to_anusvara(m: re.Match) -> str:
    nasal, nxt = m.group(1), m.group(2)
    if nxt == nasal or (nasal == "म" and nxt not in _LABIALS):
        return m.group(0)
    return "\u0902"


@lru_cache(maxsize=200_000)
def token_key(tok: str) -> str:
    """Phonetic key (k1) of one name token."""
    if _has_latin(tok):
        return _latin_key(tok)
    f = fold_surface(tok).translate(_VOWEL_FOLD)
    # nasal consonant + virama + another consonant -> anusvara (homorganic nasal); म only before a labial stop
    # (`चम्पारण` = `चंपारण`), since anusvara reads n before any other letter: `जेम्स` is no `जेंस`, `म्यूलर` no `न्यूलर`
    f = _NASAL_CLUSTER.sub(_nasal_to_anusvara, f)
    f = f.translate(_CONS_FOLD)
    f = "".join(c for c in f if "\u0900" <= c <= "\u097f" and c not in "\u0964\u0965")
    return _collapse(re.sub(r"[^a-z]", "", _romanize(f)))


@lru_cache(maxsize=200_000)
def _skeleton(tok_key: str) -> str:
    return re.sub(r"[aeiou]", "", tok_key)


def _same_endings(x: Sequence[str], y: Sequence[str]) -> bool:
    """Token-wise equal final letters (vowel-final vs consonant-final names differ:
    मोहम्मद / मोहम्मदी, रूस / रूसी)."""
    return len(x) == len(y) and all(a[-1:] == b[-1:] for a, b in zip(x, y))


# Latin letter names as written in Devanagari (LETTER_NAMES; _LETTER_NAMES: after nukta folding).
LETTER_NAMES = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "इ": "E", "एफ": "F", "जी": "G",
    "एच": "H", "ऐच": "H", "आई": "I", "आइ": "I", "जे": "J", "के": "K", "एल": "L", "एम": "M",
    "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R", "एस": "S", "टी": "T", "यू": "U",
    "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z", "ज़ेड": "Z",
}
_LETTER_NAMES = {fold_surface(k): v for k, v in LETTER_NAMES.items()}
_MAX_LETTER = max(map(len, _LETTER_NAMES))


@lru_cache(maxsize=100_000)
def acronym_letters(token: str) -> str | None:
    """Latin letters of an acronym token (सीएसटीओ -> CSTO, NTPC -> NTPC, N.T.P.C. -> NTPC), else None."""
    t = fold_surface(token).replace(".", "").replace(" ", "")
    if not t:
        return None
    if re.fullmatch(r"[A-Z]{2,}", t):
        return t
    if not all("\u0900" <= c <= "\u097f" for c in t):
        return None
    # dynamic programming over letter names; fewest letters wins, then lexicographic
    best: list[str | None] = [None] * (len(t) + 1)
    best[0] = ""
    for i in range(len(t)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(t), i + _MAX_LETTER) + 1):
            letter = _LETTER_NAMES.get(t[i:j])
            if letter:
                cand = best[i] + letter
                cur = best[j]
                if cur is None or (len(cand), cand) < (len(cur), cur):
                    best[j] = cand
    res = best[len(t)]
    return res if res and len(res) >= 2 else None


_INITIALS = {
    "क": "KCQ", "ख": "K", "ग": "G", "घ": "G", "च": "C", "छ": "C", "ज": "JGZ", "झ": "J", "ट": "T",
    "ठ": "T", "ड": "D", "ढ": "D", "त": "T", "थ": "T", "द": "D", "ध": "D", "न": "N", "ण": "N",
    "प": "P", "फ": "FP", "ब": "B", "भ": "B", "म": "M", "य": "Y", "र": "R", "ल": "L", "व": "VW",
    "श": "S", "ष": "S", "स": "SC", "ह": "H", "अ": "AUO", "आ": "A", "इ": "IE", "ई": "EI", "उ": "UO",
    "ऊ": "U", "ए": "AE", "ऐ": "AE", "ओ": "O", "औ": "OA", "ऑ": "OA", "ऋ": "R",
}


# The English initial of the word an institution's Hindi name translates (`अंतरराष्ट्रीय फुटबॉल एसोसिएशन बोर्ड` =
# IFAB, `बनारस हिंदू विश्वविद्यालय` = BHU): generic vocabulary of institution names, not names.
_TRANSLATED_INITIALS = {fold_surface(k): v for k, v in {
    "अंतरराष्ट्रीय": "I", "अंतर्राष्ट्रीय": "I", "अन्तरराष्ट्रीय": "I", "राष्ट्रीय": "N", "भारतीय": "I", "विश्व": "W",
    "स्वास्थ्य": "H", "संगठन": "O", "विश्वविद्यालय": "U", "अस्पताल": "H", "मंत्रालय": "M", "विभाग": "D",
    "आयोग": "C", "परिषद": "C", "संस्थान": "I", "न्याय": "J", "केंद्रीय": "C", "केन्द्रीय": "C", "राज्य": "S",
    "अनुसंधान": "R", "चिकित्सा": "M", "आयुर्विज्ञान": "M", "प्राधिकरण": "A", "निगम": "C", "सेवा": "S",
    "सुरक्षा": "S", "बल": "F", "जांच": "I", "कार्यालय": "O", "महाविद्यालय": "C", "न्यायालय": "C", "सेना": "A",
    "आपदा": "D", "प्रबंधन": "M", "मौसम": "M", "विज्ञान": "S", "प्रौद्योगिकी": "T", "शिक्षा": "E", "परिवहन": "T",
    "विकास": "D", "खाद्य": "F", "आपातकालीन": "E", "संयुक्त": "U", "राष्ट्र": "N", "यूरोपीय": "E", "संघ": "U",
}.items()}


def _content_words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if fold_surface(t).lower() not in _FUNCTION_WORDS]


def _initials_match(letters: str, tokens: Sequence[str]) -> bool:
    """Can ``letters`` (e.g. NTPC) be the Latin initials of these (transliterated English) words?"""
    words = _content_words(tokens)
    if len(words) != len(letters):
        return False
    for letter, w in zip(letters, words):
        f = fold_surface(w)
        if not f:
            return False
        if "a" <= f[0].lower() <= "z":
            if f[0].upper() != letter:
                return False
        elif letter not in _INITIALS.get(f[0], "") and letter != _TRANSLATED_INITIALS.get(f):
            return False
    return True


def hindi_initials_key(tokens: Sequence[str]) -> str | None:
    """k1 of the first aksharas of the content words: भारतीय जनता पार्टी -> k1('भाजपा')."""
    words = _content_words(tokens)
    if len(words) < 2 or any(_has_latin(w) for w in words):
        return None
    parts = []
    for w in words:
        f = fold_surface(w)
        if not f:
            return None
        ak = f[0]
        if _is_consonant(f[0]) and len(f) > 1 and _is_dependent(f[1]) and f[1] != _VIRAMA:
            ak += f[1]
        parts.append(ak)
    return token_key("".join(parts))


@dataclass(frozen=True)
class NameKeys:
    surface: str  # cleaned surface (tokens joined by spaces)
    tokens: tuple[str, ...]
    k0: str
    tok_k1: tuple[str, ...]
    k1: str
    base: str  # k1 without ORG/LOC designators (== k1 for PER)
    base0: str  # k0 (the spelling) without ORG/LOC designators: KB rows match on this, never on sound
    base_ntok: int
    k2: str
    skel: str
    acronym: str | None  # Latin letters if the name is an acronym
    initials_key: str | None  # Hindi first-akshara key of a multi-word name
    latin: bool


# name_keys memo: a plain dict so that a run can persist it (runner.run_link keeps it in the cache
# folder; computing the keys of ~10k distinct surfaces is a third of linking a 1,400-article corpus).
_NAME_KEYS: dict[tuple[str, str], "NameKeys"] = {}


def name_keys(text: str, label: str) -> NameKeys:
    hit = _NAME_KEYS.get((text, label))
    if hit is None:
        hit = _NAME_KEYS[(text, label)] = _name_keys(text, label)
    return hit


def key_memo() -> dict[tuple[str, str], NameKeys]:
    """The name_keys memo (to save it between runs); `key_memo().update(saved)` restores it."""
    return _NAME_KEYS


def _name_keys(text: str, label: str) -> NameKeys:
    words = [w for w in clean_words(text, label) if any(token_key(t) for t in _split_tokens([w]))]
    surface = " ".join(words)
    toks = tuple(t for t in _split_tokens(words) if token_key(t))  # as written: acronyms and initials read these
    if label == "ORG":  # keys read institution words in one language (`नेवी` = `नौसेना`)
        words = [_ORG_SYNONYMS_FOLDED.get(fold_surface(w).lower(), w) for w in words]
    key_toks = tuple(t for t in _split_tokens(words) if token_key(t))
    if label != "PER" and _IZAFE in key_toks:
        key_toks = tuple(_izafe(key_toks))
    tok_k1 = tuple(token_key(t) for t in key_toks)
    base_words = list(words)
    if label in ("ORG", "LOC"):
        des = _ORG_DESIGNATORS if label == "ORG" else _LOC_DESIGNATORS
        while len(base_words) > 1 and fold_surface(base_words[-1]).lower() in des and not (
                len(base_words) == 2 and fold_surface(base_words[0]).lower() in _DIRECTIONS) and not (
                len(base_words) == 2 and fold_surface(base_words[-1]).lower() in _ORG_DESIGNATORS_TWO):
            base_words.pop()  # `हिमाचल प्रदेश` -> हिमाचल, but `उत्तर प्रदेश` is no `उत्तर`
        while len(base_words) > 1 and fold_surface(base_words[0]).lower() in des:
            base_words.pop(0)
    base_toks = [t for t in _split_tokens(base_words) if token_key(t)]
    if label != "PER" and _IZAFE in base_toks:
        base_toks = _izafe(base_toks)
    base = " ".join(token_key(t) for t in base_toks)
    k1 = " ".join(tok_k1)
    latin = _has_latin(surface)
    k2 = " ".join(_loose(k) for k in tok_k1)
    acr = acronym_letters(toks[0]) if len(toks) == 1 else None
    return NameKeys(
        surface=surface,
        tokens=toks,
        k0=" ".join(fold_surface(t).lower() for t in key_toks),
        tok_k1=tok_k1,
        k1=k1,
        base=base,
        base_ntok=len(base_toks),
        base0=" ".join(fold_surface(t).lower() for t in base_toks),
        k2=k2,
        skel="".join(_skeleton(k) for k in tok_k1),
        acronym=acr,
        initials_key=hindi_initials_key(toks) if len(toks) >= 2 else None,
        latin=latin,
    )


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0


# --------------------------------------------------------------------------------------------
# Union-find with pins (alias rows and previous entities are never merged with each other)
# --------------------------------------------------------------------------------------------


class _UF:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}
        self.alias_pin: dict[tuple, int | None] = {}
        self.prev_pin: dict[tuple, str | None] = {}

    def add(self, n: tuple, alias_pin: int | None = None, prev_pin: str | None = None) -> None:
        self.parent[n] = n
        self.alias_pin[n] = alias_pin
        self.prev_pin[n] = prev_pin

    def find(self, n: tuple) -> tuple:
        root = n
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[n] != root:
            self.parent[n], n = root, self.parent[n]
        return root

    def union(self, a: tuple, b: tuple) -> bool:
        """Join; False when already joined or when two different pins would meet."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        for pins in (self.alias_pin, self.prev_pin):
            if pins[ra] is not None and pins[rb] is not None and pins[ra] != pins[rb]:
                return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        for pins in (self.alias_pin, self.prev_pin):
            if pins[ra] is None:
                pins[ra] = pins[rb]
        return True


# Rule priorities: lower is applied first.
_PRIO = {
    "exact": 0, "phonetic": 1, "designator": 2, "acronym-parens": 3, "aka": 3, "loose": 4,
    "acronym-initials": 5, "acronym-letters": 3, "initials": 5, "middle-name": 5, "glued": 6, "fuzzy": 6, "typo": 6, "plural-s": 6, "glide": 6, "vowel-ending": 6, "joined-loose": 6, "long-name": 6, "compass-form": 6, "variant": 6, "surname": 7, "cut-span": 7, "given-name": 8, "short-form": 9,
    "alias": 10, "previous": 10, "xdoc-surname": 11, "qualified": 12, "context": 12, "bare-title": 12, "local": 12, "office": 12, "private": 12,
}


@dataclass(frozen=True)
class _Edge:
    prio: int
    rule: str
    a: tuple  # the joining node (directed rules: the short form)
    b: tuple
    directed: bool = False

    @property
    def sort_key(self) -> tuple:
        return (self.prio, self.a, self.b, self.rule)


@dataclass
class _Node:
    key: tuple  # (doc_id, label, k0)
    doc: str
    label: str
    nk: NameKeys
    surfaces: Counter  # raw surface -> count
    alias: AliasEntry | None = None
    prev: Entity | None = None
    strong_names: tuple[NameKeys, ...] = ()  # for pseudo nodes: all their names

    @property
    def pseudo(self) -> bool:
        return self.alias is not None or self.prev is not None

    def names(self) -> tuple[NameKeys, ...]:
        return self.strong_names if self.pseudo else (self.nk,)


def _key_rule(x: NameKeys, y: NameKeys, p: LinkParams) -> str | None:
    """Symmetric key rules between two names of one label (strongest first)."""
    if x.k0 == y.k0:
        return "exact"
    if x.acronym and y.acronym:  # acronyms are told apart by their letters, never by their sound: BSF (F read as
        # p) is no BSP; the same letters in two scripts are one name (`बीएसएफ` = BSF)
        return "acronym-letters" if x.acronym == y.acronym else None
    if x.k1 == y.k1 or x.k0.replace(" ", "") == y.k0.replace(" ", ""):  # `हाईकोर्ट` = `हाई कोर्ट` (same letters)
        return "phonetic"
    if x.base == y.base:
        return "designator"
    if x.k2 == y.k2 and len(x.k2.replace(" ", "")) >= p.loose_min_len:
        return "loose"
    if (
        x.skel == y.skel
        and len(x.skel) >= p.fuzzy_min_skeleton
        and x.k1[:1] == y.k1[:1]  # typos keep the first letter: `इंग्लैंड` is not `नगालैंड`
        and not x.latin
        and not y.latin
        and _same_endings(x.tok_k1, y.tok_k1)
        and _ratio(x.k1, y.k1) >= p.fuzzy_ratio
    ):
        return "fuzzy"
    if p.acronyms and _acronym_rule(x, y, p):
        return "acronym-initials"
    if p.glide_spellings and not x.latin and not y.latin and _glide_key(x) == _glide_key(y) \
            and len(_glide_key(x).replace(" ", "")) >= p.loose_min_len:
        return "glide"  # link round 44: `माइक पोम्पियो` = `माइक पोम्पिओ`
    if p.glide_spellings and p.glide_aa_ii and not x.latin and not y.latin and _glide_aa_key(x) == _glide_aa_key(y) \
            and len(_glide_aa_key(x).replace(" ", "")) >= p.loose_min_len:
        return "glide"  # link round 48: `पिनरायी विजयन` = `पिनराई विजयन`
    return None


_GLIDE_AFTER_I = re.compile(r"(?<=i)y(?=[aeiou])")
_GLIDE_AFTER_CONSONANT = re.compile(r"(?<=[b-df-hj-np-tv-xz])y(?=[aeiou])")


@lru_cache(maxsize=200_000)
def _glide(tok_key: str) -> str:
    """link round 44 (link.glide_spellings): a word's phonetic key with a `y` glide between `i` and a vowel dropped
    (`पोम्पियो` ponpiyo -> ponpio, as `पोम्पिओ`) and a consonant's `y` before a vowel read `i` (`ग्यूसेप` gyusep ->
    giusep, as `गिउसेप`; `मयामी` myami -> miami, as `मियामी`): Hindi writes a foreign `io`, `ia`, `iu` either way."""
    return _GLIDE_AFTER_CONSONANT.sub("i", _GLIDE_AFTER_I.sub("", tok_key))


def _glide_key(nk: NameKeys) -> str:
    return " ".join(_glide(t) for t in nk.tok_k1)


_GLIDE_AA_II = re.compile(r"(?<=a)y(?=i)")


def _glide_aa_key(nk: NameKeys) -> str:
    """link round 48 (link.glide_aa_ii): round 44's glide key with a `y` glide between `ā` and `ī` dropped too
    (`पिनरायी` pinrayi -> pinrai, as `पिनराई`): Hindi writes `ाई` and `ायी` alike (`आई`/`आयी`, `गई`/`गयी`). Only `ā`
    (the key drops the inherent a: `विजयी` vijyi keeps its y) and only before `i` (`मायावती`, `रायपुर` keep theirs)."""
    return " ".join(_GLIDE_AA_II.sub("", _glide(t)) for t in nk.tok_k1)


# link round 50 (link.compass_forms): a Hindi compass word and its adjective (`दक्षिण`/`दक्षिणी`) opening a place's name
# are one name: `दक्षिणी दिल्ली` = `दक्षिण दिल्ली`, `उत्तरी कोरिया` = `उत्तर कोरिया`, `उत्तरी-पूर्वी दिल्ली` = `उत्तर पूर्वी दिल्ली`
_COMPASS_ADJECTIVES = {token_key(a): token_key(n) for a, n in (
    ("दक्षिणी", "दक्षिण"), ("उत्तरी", "उत्तर"), ("पूर्वी", "पूर्व"), ("पश्चिमी", "पश्चिम"))}
_COMPASS_NOUNS = frozenset(_COMPASS_ADJECTIVES.values())


def _compass_form_key(nk: NameKeys) -> str | None:
    """link round 50 (link.compass_forms): a place's phonetic key with the compass words that open it read as their
    noun (`दक्षिणी दिल्ली` dksini dili -> dksin dili, `उत्तरी-पूर्वी दिल्ली` -> utr purv dili); None for a name that
    opens with no Hindi compass word, a name of compass words alone (`पूर्व`, `उत्तर-पूर्व`) and a Latin name."""
    toks = nk.tok_k1
    if nk.latin or len(toks) != len(nk.tokens):
        return None
    i = 0
    while i < len(toks) and (toks[i] in _COMPASS_ADJECTIVES or toks[i] in _COMPASS_NOUNS):
        i += 1
    if i == 0 or i == len(toks):
        return None
    return " ".join([_COMPASS_ADJECTIVES.get(t, t) for t in toks[:i]] + list(toks[i:]))


def _compass_rule(x: NameKeys, y: NameKeys) -> bool:
    """link round 50: two places whose names differ only in the form of the compass words that open them."""
    kx = _compass_form_key(x)
    return kx is not None and x.k1 != y.k1 and kx == _compass_form_key(y)


_VOWELS_END = re.compile(r"[aeiou]+$")
# given names that differ in these final vowels are often two people, a man and a woman (`कमल` / `कमला`, `राजू`)
_GENDER_ENDINGS = frozenset(("", "a", "i", "u"))


def _plural_stem(tok_key: str) -> str:
    """The token key without an English plural / possessive -s after a consonant (`jons` -> jon), else itself."""
    if len(tok_key) >= 4 and tok_key[-1] == "s" and tok_key[-2] not in "aeiou":
        return tok_key[:-1]
    return tok_key


def _ending_keys(nk: NameKeys) -> tuple[str, str]:
    """Blocking keys of _ending_rule: the token keys without a plural -s, and without final vowels."""
    return (" ".join(_plural_stem(t) for t in nk.tok_k1), " ".join(_VOWELS_END.sub("", t) or t for t in nk.tok_k1))


def _long_name_key(nk: NameKeys, p: LinkParams) -> str | None:
    """Blocking key of _long_name_rule: a person's first word (its key), the number of middle words and the
    consonants of a long last word (`टेड्रोस अदनोम घेब्रेयसस` -> tedros|1|ggbrys). None for one word, or a last
    word of fewer than long_name_skeleton consonants."""
    if nk.latin or len(nk.tok_k1) < 2:
        return None
    last = _skeleton(nk.tok_k1[-1])
    if len(last) < p.long_name_skeleton:
        return None
    return f"{nk.tok_k1[0]}|{len(nk.tok_k1) - 2}|{nk.tok_k1[-1][:1]}{last}"


def _long_name_rule(x: NameKeys, y: NameKeys, p: LinkParams, label: str) -> str | None:
    """`long-name`: a person's names with the same _long_name_key (the same first word, as many middle words,
    the same consonants of a long last word) whose middle words match as tokens (_token_match: the same key,
    loose or fuzzy), across articles too (`टेड्रोस अधानोम घेब्रेयसस` = `टेड्रोस अदनोम गेब्रेयसो`). A middle word
    one name lacks or another middle word tells two people apart (`अजय स्रीवास्तव` / `अजय नारायण श्रीवास्तव`,
    `राहुल कुमार श्रीवास्तव` / `राहुल किशोर श्रीवास्तव`: a first consonant is no match)."""
    if not (p.long_names and label == "PER") or (lk := _long_name_key(x, p)) is None or lk != _long_name_key(y, p):
        return None
    if all(_token_match(a, b, p) is not None for a, b in zip(x.tok_k1[1:-1], y.tok_k1[1:-1])):
        return "long-name"
    return None


def _one_word_apart(x: NameKeys, y: NameKeys) -> tuple[str, str] | None:
    """The token keys (x's, y's) of the one word in which two Devanagari names of as many words differ; None when
    either is Latin, their lengths differ, or they differ in no word or in more than one."""
    if x.latin or y.latin or len(x.tok_k1) != len(y.tok_k1):
        return None
    diff = [(a, b) for a, b in zip(x.tok_k1, y.tok_k1) if a != b]
    return diff[0] if len(diff) == 1 else None


def _ending_rule(x: NameKeys, y: NameKeys, p: LinkParams, label: str) -> str | None:
    """`plural-s`: the same words but one, which is the other with an English -s after a consonant, in a name of
    2+ words or a one-word place (`जॉन्स हॉपकिंस यूनिवर्सिटी`, `नीदरलैंड्स`: a one-word person or organisation
    with -s is another name, `विलियम्स` / `विलियम`, `टाइम्स` / `टाइम`). `vowel-ending`: the same words but one,
    which differs from the other only in its final vowels (none counts), in a name of 2+ words whose word has 2+
    consonants (`दक्षिण कोरियो`, `वेडे सिम`), but never a person's -/ा/ी/ू pair (`कमल सिंह` / `कमला सिंह`); edge()
    keeps it inside one article."""
    pair = _one_word_apart(x, y)
    if pair is None:
        return None
    a, b = pair
    multi = len(x.tok_k1) >= 2
    if p.plural_s and (multi or label == "LOC") and len(a) != len(b) and _plural_stem(a) == _plural_stem(b) \
            and {a, b} == {_plural_stem(a), _plural_stem(b) + "s"}:
        return "plural-s"
    if p.vowel_endings and multi:
        sa, sb = _VOWELS_END.sub("", a), _VOWELS_END.sub("", b)
        ends = {a[len(sa):], b[len(sb):]}
        if sa and sa == sb and len(_skeleton(sa)) >= 2 and not (label == "PER" and ends <= _GENDER_ENDINGS):
            return "vowel-ending"
    return None


# link round 44 (settlement_endings): the endings of settlements' names (pipeline.refine's _SETTLEMENT_ENDINGS, round
# 65's suffix_places), longest first, and the letters of a stem before one
_SETTLEMENT_ENDINGS = tuple(sorted({fold_surface(w) for w in "पुर पुरा पुरी नगर गंज बाद गढ़".split()},
                                   key=lambda e: (-len(e), e)))
_SETTLEMENT_MIN_STEM = 2


def _settlement_ending(nk: NameKeys) -> str | None:
    last = fold_surface(nk.surface.split()[-1]) if nk.surface else ""
    return next((e for e in _SETTLEMENT_ENDINGS if last.endswith(e) and len(last) - len(e) >= _SETTLEMENT_MIN_STEM),
                None)


def _settlements_apart(x: NameKeys, y: NameKeys) -> bool:
    """link round 44 (link.settlement_endings): both names end in a settlement ending, two different ones (`मधेपुर` /
    `मधेपुरा`, `चंद्रपुर` / `चंद्रपुरा`): two places, though the loose key drops the `ā` between them."""
    ex, ey = _settlement_ending(x), _settlement_ending(y)
    return ex is not None and ey is not None and ex != ey


def _joined_loose(x: NameKeys, y: NameKeys, p: LinkParams) -> bool:
    """link round 36 (link.joined_loose; inside one article only, see _key_edges): one name written apart, the other
    joined, with the same loose key letters (`श्यामला हिल्स` = `श्यामलहिल्स`: an inner or final `a` aside)."""
    if x.latin or y.latin or (" " in x.k2) == (" " in y.k2):
        return False
    jx, jy = x.k2.replace(" ", ""), y.k2.replace(" ", "")
    return jx == jy and len(jx) >= p.loose_min_len


def _one_edit(a: str, b: str) -> bool:
    """True when b is a with one letter dropped, or one letter swapped for another."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return len(a) == len(b) + 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))


def _typo_rule(x: NameKeys, y: NameKeys, p: LinkParams) -> bool:
    """A typing slip in a long word of a name: the names have the same words but one, whose consonant
    skeletons differ by one consonant dropped or swapped (`ऑस्ट्रेलिया` / `ऑस्टेलिया`, `स्कॉटलैंड` / `स्कॉलैंड`,
    `लैंकैस्टर` / `लैंसेस्टर`); that word keeps its first and last letter and has at least
    typo_min_skeleton consonants, and the whole names' phonetic keys are close (fuzzy_ratio)."""
    pair = _one_word_apart(x, y)
    if pair is None:
        return False
    a, b = pair
    sa, sb = _skeleton(a), _skeleton(b)
    return (
        max(len(sa), len(sb)) >= p.typo_min_skeleton
        and a[:1] == b[:1]
        and a[-1:] == b[-1:]
        and _one_edit(sa, sb)
        and _ratio(x.k1, y.k1) >= p.fuzzy_ratio
    )


def _alias_fuzzy_fit(x: tuple[tuple, NameKeys], y: tuple[tuple, NameKeys], nodes: Mapping[tuple, "_Node"],
                     label: str, row_fits: dict[tuple, set[tuple]]) -> None:
    """link round 42 (link.alias_fuzzy): note the user alias row that a name met by the fuzzy key rule (a spelling
    variant of a row's name: `माइक्रोसाफ्ट` / `माइक्रोसॉफ्ट`); the name joins it when it fits no other row. KB rows never
    reach here (_key_edges keeps them to spellings); no acronym, no Latin name, no one-word person's name."""
    if (nodes[x[0]].alias is None) == (nodes[y[0]].alias is None):
        return
    (row, _), (name, nk) = (x, y) if nodes[x[0]].alias is not None else (y, x)
    if nodes[name].pseudo or nodes[row].alias.source or nk.acronym or nk.latin:
        return
    if label == "PER" and len(nk.tokens) < 2:
        return
    row_fits[name].add(row)


def _acronym_rule(x: NameKeys, y: NameKeys, p: LinkParams) -> bool:
    for acr, exp in ((x, y), (y, x)):
        if len(acr.tokens) != 1 or len(exp.tokens) < 2:
            continue
        if acr.acronym and len(acr.acronym) >= p.acronym_min_letters:
            if _initials_match(acr.acronym, exp.tokens):
                return True
        if (
            exp.initials_key
            and len(_content_words(exp.tokens)) >= p.acronym_min_letters
            and acr.k1 == exp.initials_key
        ):
            return True
    return False


def _blocking_keys(nk: NameKeys, p: LinkParams, label: str) -> list[tuple]:
    keys: list[tuple] = [("base", nk.base)]
    if len(nk.k2.replace(" ", "")) >= p.loose_min_len:
        keys.append(("k2", nk.k2))
    if len(nk.skel) >= p.fuzzy_min_skeleton:
        keys.append(("skel", nk.skel))
    if nk.k0:
        keys.append(("joined", nk.k0.replace(" ", "")))
    if p.joined_loose and " " in nk.k2:
        keys.append(("joined-loose", nk.k2.replace(" ", "")))
    elif p.joined_loose and len(nk.k2) >= p.loose_min_len:
        keys.append(("joined-loose", nk.k2))
    if p.middle_names and label == "PER" and len(nk.tok_k1) in (2, 3) and len(nk.tok_k1) == len(nk.tokens):
        keys.append(("middle", nk.tok_k1[0], nk.tok_k1[-1]))  # link round 38: `अवनीश अवस्थी` meets `अवनीश कुमार अवस्थी`
    if p.long_names and label == "PER" and (lk := _long_name_key(nk, p)):
        keys.append(("long", lk))
    if p.plural_s or p.vowel_endings:
        plural, vowels = _ending_keys(nk)
        if p.plural_s:
            keys.append(("plural", plural))
        if p.vowel_endings and len(nk.tok_k1) >= 2:
            keys.append(("vowels", vowels))
    if label in p.typo_labels and len(nk.skel) >= p.typo_min_skeleton - 1:
        keys.append(("typo", nk.skel))  # a skeleton meets those one consonant longer or swapped
        if len(nk.skel) >= p.typo_min_skeleton:
            keys.extend(("typo", nk.skel[:i] + nk.skel[i + 1:]) for i in range(len(nk.skel)))
    if p.glide_spellings and not nk.latin and len(_glide_key(nk).replace(" ", "")) >= p.loose_min_len:
        keys.append(("glide", _glide_key(nk)))  # link round 44: `पोम्पियो` meets `पोम्पिओ`
        if p.glide_aa_ii and (aa := _glide_aa_key(nk)) != _glide_key(nk):
            keys.append(("glide", aa))  # link round 48: `पिनरायी` meets `पिनराई`
    if p.compass_forms and label == "LOC" and (ck := _compass_form_key(nk)) is not None:
        keys.append(("compass", ck))  # link round 50: `दक्षिणी दिल्ली` meets `दक्षिण दिल्ली`
    if p.acronyms and label in ("ORG", "LOC"):
        if nk.acronym:
            keys.append(("acr", nk.acronym))
        elif len(nk.tokens) == 1:
            keys.append(("hin", nk.k1))
        if len(nk.tokens) >= 2:
            keys.extend(("acr", sig) for sig in _initial_signatures(_content_words(nk.tokens)))
            if nk.initials_key:
                keys.append(("hin", nk.initials_key))
    return keys


def _key_edges(items: list[tuple[tuple, NameKeys]], p: LinkParams, label: str,
               nodes: dict[tuple, "_Node"], uf: "_UF | None" = None) -> list["_Edge"]:
    """Edges from the symmetric key rules between named nodes of one label.

    Names with the same phonetic key form a group joined in a star around its smallest node
    (pseudo nodes sort first, so alias rows / previous entities are the hubs); the other rules
    are then checked once per pair of groups sharing a blocking key. Linear in the number of
    mentions for repeated names, quadratic only inside small blocking buckets.
    """
    # KB rows (generated, thousands of places) join a name only by its exact spelling or with a
    # designator (`हिमाचल` / `हिमाचल प्रदेश`): phonetic keys would tie `दिल्ली` to Dili, East Timor
    kb_items = [(k, nk) for k, nk in items if nodes[k].alias is not None and nodes[k].alias.source]
    if kb_items:
        items = [(k, nk) for k, nk in items if not (nodes[k].alias is not None and nodes[k].alias.source)]
    groups: dict[str, list[tuple[tuple, NameKeys]]] = defaultdict(list)
    for node_key, nk in items:  # link round 36 (acronym_groups): a Latin acronym's group holds its own letters only
        groups[(nk.k1, nk.acronym) if p.acronym_groups and nk.latin and nk.acronym else (nk.k1, "")].append((node_key, nk))
    out: list[_Edge] = []
    row_fits: dict[tuple, set[tuple]] = defaultdict(set)  # link round 42 (alias_fuzzy): name node -> rows it fits
    # xdoc_bare_names off: a one-word PER name of a cluster with no full name (in strong names only then) or of a
    # previous entity of one-word names meets no such name of another article; full names are the hubs of their groups
    bare_off = label == "PER" and not p.xdoc_bare_names
    is_bare = lambda x: bare_off and len(x[1].tokens) == 1 and nodes[x[0]].alias is None  # noqa: E731

    def edge(x: tuple[tuple, NameKeys], y: tuple[tuple, NameKeys], rule: str | None) -> None:
        na, nb = x[0], y[0]
        if not rule or na == nb or (rule == "acronym-initials" and label == "PER"):
            return
        if is_bare(x) and is_bare(y) and nodes[na].doc != nodes[nb].doc:
            return  # `सुनील` here and `सुनील` there: a given name or surname alone is no evidence of one person
        if rule in ("typo", "vowel-ending", "joined-loose") and nodes[na].doc != nodes[nb].doc:
            return  # across articles one consonant tells places apart: जमालपुर / जलालपुर, हमीरपुर / हीरापुर
        if rule == "loose" and label == "LOC" and p.settlement_endings and _settlements_apart(x[1], y[1]):
            return  # link round 44: `मधेपुर` / `मधेपुरा`, two settlement endings
        if rule == "acronym-letters" and any(nodes[n].alias is not None and nodes[n].alias.source for n in (na, nb)):
            return  # a KB row's ISO code (IND) is no acronym of Hindi news (`आईएनडी सलूशन`)
        if rule in ("acronym-initials", "fuzzy", "typo", "vowel-ending", "joined-loose", "long-name") and (
                nodes[na].alias is not None or nodes[nb].alias is not None):
            if rule == "fuzzy" and p.alias_fuzzy:  # link round 42: a row's spelling variant, if one row fits
                _alias_fuzzy_fit(x, y, nodes, label, row_fits)
            return  # an alias row lists its acronyms and spellings: guessed initials and typos tied
            # `भारतीय बैडमिंटन संघ` to the BBC row, and a row pins every mention it gets for good
        if rule == "acronym-initials" and not p.xdoc_acronyms and nodes[na].doc != nodes[nb].doc:
            return  # initials guessed across articles tie `सीएनएन` to `कोलकाता नगर निगम`, PBS to पश्चिम बंगाल सरकार
        if uf is not None and uf.find(na) == uf.find(nb):
            return
        pa, pb = (nb, na) if nodes[na].pseudo else (na, nb)
        if nodes[pb].alias is not None:
            rule = "alias"
        elif nodes[pb].prev is not None:
            rule = "previous"
        out.append(_Edge(_PRIO[rule], rule, pa, pb, directed=rule in ("alias", "previous")))

    def pair_rule(x: tuple[tuple, NameKeys], y: tuple[tuple, NameKeys]) -> str | None:
        if label == "PER" and p.surnames_apart and _surnames_apart(x[1], y[1]):
            return None  # `राहुल सिन्हा` is no `राहुल सिंह` (round 29): two surnames, not two spellings of one
        return (_key_rule(x[1], y[1], p)
                # link round 50: before the vowel-ending rule, which `दक्षिणी`/`दक्षिण` meet too (one article only)
                or ("compass-form" if p.compass_forms and label == "LOC" and _compass_rule(x[1], y[1]) else None)
                or ("typo" if label in p.typo_labels and _typo_rule(x[1], y[1], p) else None)
                or _long_name_rule(x[1], y[1], p, label) or _ending_rule(x[1], y[1], p, label)
                or ("joined-loose" if p.joined_loose and _joined_loose(x[1], y[1], p) else None))

    hubs: list[tuple[tuple, NameKeys]] = []
    bare_groups: list[list[tuple[tuple, NameKeys]]] = []  # per hub: its group's members when all are bare, else []
    for k1 in sorted(groups):
        g = sorted(groups[k1], key=lambda x: (is_bare(x), x[0], x[1].k0))
        for other in g[1:]:
            edge(g[0], other, _key_rule(g[0][1], other[1], p))  # same k1: never a typo
        hubs.append(g[0])
        bare_groups.append(g if is_bare(g[0]) else [])
    bare_docs = [{nodes[m[0]].doc for m in g} for g in bare_groups]
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, nk) in enumerate(hubs):
        for bk in _blocking_keys(nk, p, label):
            buckets[bk].append(i)
    seen: set[tuple[int, int]] = set()
    for bk in sorted(buckets):
        idx = sorted(set(buckets[bk]))
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                pair = (idx[a], idx[b])
                if pair in seen:
                    continue
                seen.add(pair)
                x, y = hubs[pair[0]], hubs[pair[1]]
                gx, gy = bare_groups[pair[0]], bare_groups[pair[1]]
                if gx and gy and not bare_docs[pair[0]] & bare_docs[pair[1]]:
                    continue  # two groups of bare one-word names of no common article: never compared
                rule = pair_rule(x, y)
                if not rule:
                    continue  # no edge: the members of bare groups below cost nothing
                # a member spelt unlike its hub keeps the hubs' rule: it shares its hub's phonetic key, so it meets
                # the other name through its hub (`phonetic` beside `exact`), and the rule says how the groups met
                if gx and gy:  # two groups of bare one-word names: their members meet inside one article only
                    in_doc: dict[str, list] = defaultdict(list)
                    for m in gy:
                        in_doc[nodes[m[0]].doc].append(m)
                    for m in gx:
                        for o in in_doc.get(nodes[m[0]].doc, ()):
                            edge(m, o, rule)
                elif gx or gy:  # a group of bare names that no star joined: each of them meets the other name
                    for m in gx or gy:
                        edge(m, y if gx else x, rule)
                else:
                    edge(x, y, rule)
    for k, rows in sorted(row_fits.items()):  # link round 42: two rows fit (two entities spelt alike): no join
        if len(rows) == 1 and (uf is None or uf.find(k) != uf.find(next(iter(rows)))):
            out.append(_Edge(_PRIO["fuzzy"], "alias", k, next(iter(rows)), directed=True))
    if kb_items:
        by_k0 = {nk.k0: (k, nk) for k, nk in sorted(kb_items, key=lambda x: x[0])}
        by_base = {nk.base0: (k, nk) for k, nk in sorted(kb_items, key=lambda x: x[0]) if nk.base0}
        for item in items:  # applied first (priority 0): a place's KB row pins it before any phonetic merge
            kb = by_k0.get(item[1].k0) or by_base.get(item[1].base0)
            if kb is not None and (uf is None or uf.find(kb[0]) != uf.find(item[0])):
                out.append(_Edge(0, "alias", item[0], kb[0], directed=True))
    return out


def _initial_signatures(words: Sequence[str], limit: int = 64) -> list[str]:
    """All Latin-initial strings the words could abbreviate to (bounded)."""
    sigs = [""]
    for w in words:
        f = fold_surface(w)
        if not f:
            return []
        opts = f[0].upper() if "a" <= f[0].lower() <= "z" else _INITIALS.get(f[0], "")
        if _TRANSLATED_INITIALS.get(f, opts) not in opts:
            opts += _TRANSLATED_INITIALS[f]
        if not opts:
            return []
        sigs = [s + o for s in sigs for o in opts]
        if len(sigs) > limit:
            return []
    return sigs


# --------------------------------------------------------------------------------------------
# Main entry point
# --------------------------------------------------------------------------------------------


def link_mentions(
    mentions: Sequence[Mention],
    aliases: AliasTable,
    p: LinkParams,
    texts: Mapping[str, str] | None = None,
    previous: Sequence[Entity] | None = None,
    incremental: bool = True,
) -> tuple[list[Entity], list[Mention]]:
    """Link PER/ORG/LOC mentions into entities (see the module docstring for keys and rules).

    mentions: all mentions of the documents to link (any order); NUM/TIME/ART and other labels pass
        through with ``entity_id=None``, ``link_rule=None``.
    aliases: the table from ``load_aliases`` (``AliasTable.empty()`` for none).
    texts: optional ``doc_id -> normalized text``; enables the ``EXPANSION (ACRONYM)`` rule.
    previous: optional entities of an earlier run; their ids are kept.
    incremental: with ``previous``: True (default) = ``mentions`` are only the NEW documents; the
        result is the full updated table (previous counts + new, previous aliases kept, previous
        entities without new mentions returned unchanged). False = ``mentions`` are the whole
        corpus again and ``previous`` only serves as id memory: counts, aliases and canonical names
        come from ``mentions`` alone and previous entities nobody mentions any more are dropped.

    Returns ``(entities sorted by entity_id, mentions sorted by (doc_id, start, end, label))``.
    Pure and deterministic: the same input set gives the same output whatever its order.
    """
    by_doc: dict[str, list[Mention]] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    kb = kb_index(aliases)
    docs = [local_link(doc, ms, p, kb, texts.get(doc) if texts is not None else None) for doc, ms in by_doc.items()]
    entities, assigned = global_link(docs, aliases, p, previous, incremental)
    out = [m.linked(*assigned[key]) if (key := node_key(m)) is not None else m.linked(None, None) for m in mentions]
    out.sort(key=lambda m: (m.doc_id, m.start, m.end, m.label, m.text, m.tagger))
    return entities, out


def node_key(m: Mention) -> tuple[str, str, str] | None:
    """The linking node of a mention: (doc_id, label, k0), or None for a mention that is not linked."""
    if m.label not in LINK_LABELS:
        return None
    nk = name_keys(m.text, m.label)
    return (m.doc_id, m.label, nk.k0) if nk.k1 else None


@dataclass(frozen=True)
class LocalDoc:
    """One document linked on its own (phases 0 and 1, see the module docstring): its nodes and the edges
    applied between them and to alias rows, in the order they were applied. Depends only on the document's
    mentions and text, the alias table and the params, so a run can keep it per document."""

    doc: str
    nodes: tuple[_Node, ...]
    edges: tuple[_Edge, ...]


KbIndex = tuple[dict[tuple[str, str], tuple], dict[tuple[str, str], tuple], dict[tuple[str, str], tuple | None],
                dict[tuple[str, str], tuple[tuple[str, tuple, bool, str], ...]], frozenset[str], dict[str, str],
                tuple[frozenset[str], frozenset[str]]]
KB_FOLD_MIN_SKELETON = 3  # consonants of a name matched to a KB place by its phonetic key (`कोट`, `लॉस` are not;
# at exactly 3, by its lightly folded spelling only)
KB_LATIN_MIN_SKELETON = 4  # ... and of a Devanagari name matched to a KB place known by its English name only
KB_LATIN_MIN_SKELETON_HI = 5  # ... or by its English name where the place has Hindi spellings too (`प्रयागराज` reads
# Prayagraj under इलाहाबाद; `ग्रैंड`, 4 consonants, must not read Grenada)


def kb_index(aliases: AliasTable) -> KbIndex:
    """(label, k0) -> alias row key and (label, base0) -> KB row key: the spellings phase 0 pins names to
    (user rows first, by their line; KB rows by designator-free spelling too); (label, _fold_key / _light_key) ->
    the one KB row with that key (None where two rows, a user row, or a row of an English name another row shares,
    have it); and the KB rows named in English only, by consonant skeleton (kb_row): a spelling the KB
    does not list (`वुहान` for `वूहान`, `पटणा`, `मुज़फ़्फ़रनगर`) is pinned to its place when no other place sounds
    alike (`दिली` is Delhi and Dili, East Timor: neither)."""
    kb_k0: dict[tuple[str, str], tuple] = {}
    kb_base: dict[tuple[str, str], tuple] = {}
    kb_fold: dict[tuple[str, str], tuple | None] = {}
    kb_latin: dict[tuple[str, str], list[tuple[str, tuple, bool, str]]] = defaultdict(list)
    en_rows = Counter(e.name_en for e in aliases.entries if e.name_en)
    for e in sorted(aliases.entries, key=lambda e: e.line):
        key = _alias_key(e)
        if e.name_en and en_rows[e.name_en] > 1:
            key = None  # two KB places of one English name (Melbourne, Australia and Florida): matched by spelling only
        if key and e.source and e.qid:  # its English names (`Prayagraj` under इलाहाबाद reads प्रयागराज)
            for n in (n for n in e.names() if _has_latin(n)):
                full = "".join(_latin_full(t) for t in clean_tokens(n, e.label))
                kb_latin[(e.label, re.sub(r"[aeiou]", "", full))].append(
                    (full, key, all(_has_latin(n) for n in e.names()), n.lower()))
        for n in e.names():
            nk = name_keys(n, e.label)
            if e.label == "PER" and len(nk.tokens) == 1:
                continue  # a person row's one-word name (`मोदी`) is no pin: `मोदी` beside `नीरव मोदी` is his; it
                # meets the row in phase 2, as the strong name of a cluster with no full name
            kb_k0.setdefault((e.label, nk.k0), _alias_key(e))
            if nk.base0 and e.source:
                kb_base.setdefault((e.label, nk.base0), _alias_key(e))
            if nk.latin or not nk.k0:
                continue  # a Latin name's keys are English-spelling keys: `Grenada` would read `ग्रैंड`
            for k in {_fold_key(nk.base, nk), _light_key(nk.base0)}:
                if k and (e.label, k) in kb_fold and kb_fold[(e.label, k)] != key:
                    kb_fold[(e.label, k)] = None
                elif k:
                    kb_fold[(e.label, k)] = key if e.source else None
    for e in sorted(aliases.entries, key=lambda e: e.line):  # link round 36 (kb_o_fold): `ॉ`/`ऑ` read as `ा`/`आ`
        key = _alias_key(e)
        if e.name_en and en_rows[e.name_en] > 1:
            key = None
        for n in e.names():
            f = fold_surface(n)
            if _has_latin(f) or (e.label == "PER" and len(f.split()) == 1) or not ("ॉ" in f or "ऑ" in f):
                continue
            for k in _o_keys(name_keys(_o_fold(f), e.label)):
                ok = (e.label, _O_FOLD + k)
                if ok in kb_fold and kb_fold[ok] != key:
                    kb_fold[ok] = None
                else:
                    kb_fold[ok] = key if e.source else None
    return (kb_k0, kb_base, kb_fold, {k: tuple(v) for k, v in kb_latin.items()}, aliases.generic,
            dict(aliases.countries), (aliases.given_names, aliases.name_words))


_O_FOLD = "\x00o|"  # kb_fold's keys of KB names with `ॉ`/`ऑ` read as `ा`/`आ` (link round 36, kb_o_fold)


def _o_fold(s: str) -> str:
    return s.replace("ॉ", "ा").replace("ऑ", "आ")


def _o_keys(nk: NameKeys) -> set[str]:
    return {k for k in (_fold_key(nk.base, nk), _light_key(nk.base0)) if k}


def _fold_key(base: str, nk: NameKeys) -> str:
    """Phonetic key of a KB match, with the first letter as written (aspirates and sibilants are not folded there:
    `खानपुर` is not Kanpur, `परगना` not Fergana)."""
    return f"{nk.k0[:1]}|{base}" if base else ""


def _light_key(base0: str) -> str:
    """Spelling with vowel length, chandrabindu and halant folded only: the key of a short name (`वुहान` = `वूहान`;
    `हैनान` is Hainan, not `हेनान`)."""
    return "~" + base0.translate(_LIGHT_FOLD) if base0 else ""


_LIGHT_FOLD = str.maketrans({"ी": "ि", "ू": "ु", "ँ": "ं", _VIRAMA: None})


def _schwa_pattern(k1: str) -> re.Pattern:
    """A phonetic key with an optional inherent vowel after each consonant: what its English spelling may read
    (`baglpur` reads Bhagalpur; `patn`, पाटन, does not read Patna)."""
    return re.compile("".join(re.escape(c) + ("a?" if c not in "aeiou" else "") for c in k1.replace(" ", "")))


def kb_row(kb: KbIndex, label: str, nk: NameKeys, o_fold: bool = False, final_a: bool = False) -> tuple | None:
    """The alias/KB row a name is pinned to in phase 0: by spelling (kb_index), else by the designator-free
    phonetic key and first letter (_fold_key; a name of KB_FOLD_MIN_SKELETON consonants: _light_key) when exactly
    one KB row has it, else (a
    Devanagari name of KB_LATIN_MIN_SKELETON consonants) the one KB row known by an English name only that the
    name reads with its inherent vowels filled in (`सोनीपत` = Sonipat, `भागलपुर` = Bhagalpur; link round 43, final_a:
    a name ending in a bare consonant reads no such English name ending in a consonant and `a`)."""
    kb_k0, kb_base, kb_fold, kb_latin = kb[:4]
    row = kb_k0.get((label, nk.k0)) or kb_base.get((label, nk.base0))
    if row is None and not nk.latin and len(nk.skel) >= KB_FOLD_MIN_SKELETON:
        row = kb_fold.get((label, _fold_key(nk.base, nk) if len(nk.skel) > KB_FOLD_MIN_SKELETON else _light_key(nk.base0)))
    if row is None and o_fold and not nk.latin and len(nk.skel) >= KB_FOLD_MIN_SKELETON:
        row = _o_fold_row(kb_fold, label, nk)
    if row is None and not nk.latin:
        row = _latin_row(kb_latin, label, nk, final_a)
    return row


def _o_fold_row(kb_fold: Mapping, label: str, nk: NameKeys) -> tuple | None:
    """link round 36 (link.kb_o_fold): the one KB row whose name, `ॉ`/`ऑ` read as `ा`/`आ`, has the key of this name
    read so (`नार्वे` = `नॉर्वे`): KB names with `ॉ` (their folded keys) and without it (their keys) both counted."""
    f = nk.k0
    if (label == "PER" and len(nk.tokens) == 1) or "ा" not in f and "आ" not in f and "ॉ" not in f and "ऑ" not in f:
        return None
    nk2 = name_keys(_o_fold(f), label)
    k = _fold_key(nk2.base, nk2) if len(nk2.skel) > KB_FOLD_MIN_SKELETON else _light_key(nk2.base0)
    found = [kb_fold[(label, kk)] for kk in (_O_FOLD + k, k) if (label, kk) in kb_fold]
    return found[0] if found and all(r == found[0] for r in found) else None


# Session 26 review: English compass loans that open a place name -> their Hindi compass word and its adjective
_COMPASS_HINDI = {fold_surface(k): v for k, v in (
    ("साउथ", ("दक्षिण", "दक्षिणी")), ("नॉर्थ", ("उत्तर", "उत्तरी")), ("नार्थ", ("उत्तर", "उत्तरी")),
    ("वेस्ट", ("पश्चिम", "पश्चिमी")), ("ईस्ट", ("पूर्व", "पूर्वी")))}


def compass_row(kb: KbIndex, label: str, nk: NameKeys) -> tuple | None:
    """The alias/KB row of a place opening with an English compass loan read with its Hindi compass word (`साउथ
    कोरिया` = `दक्षिण कोरिया`, South Korea; `नॉर्थ कोरिया` = `उत्तर कोरिया`): the row (kb_row) the name spells with the
    noun, else with the adjective (`ईस्ट अफ्रीका` = `पूर्वी अफ़्रीका`); None for another label, a name of one word or
    no compass loan, or a name no row spells either way (`साउथ दिल्ली`, `वेस्ट इंफाल` stay their own places)."""
    words = nk.surface.split()
    if label != "LOC" or len(words) < 2 or nk.latin:
        return None
    hindi = _COMPASS_HINDI.get(fold_surface(words[0]))
    if hindi is None:
        return None
    rest = " ".join(words[1:])
    for w in hindi:  # the noun first: `दक्षिण अफ्रीका` is the country, `दक्षिणी अफ़्रीका` the region
        row = kb_row(kb, label, name_keys(f"{w} {rest}", label))
        if row is not None:
            return row
    return None


_FLAP = re.compile("[\u0921\u0922]\u093c")  # ड़ ढ़ (NFD): English writes r (`बांसवाड़ा` Banswara, `गढ़वाल` Garhwal)
_NUKTA_LETTERS = (("\u091c\u093c", "z"), ("\u092b\u093c", "f"))  # ज़ फ़: English writes z, f


def _latin_row(kb_latin: Mapping, label: str, nk: NameKeys, final_a: bool = False) -> tuple | None:
    """The one KB row known by an English name (kb_row's last step) that a Devanagari name of
    KB_LATIN_MIN_SKELETON consonants reads with its inherent vowels filled in; a flap ड़/ढ़ reads r, as English
    spells it (`बांसवाड़ा` is Banswara, not Banswada), a ज़/फ़ needs a z/f in the English name (`ग़ज़ा` is not
    Gaja-), and a name of two words reads no English name of one (`गाजा पट्टी` is not Gajapati), unless the
    second is नगर (`सिद्धार्थ नगर` = Siddharthnagar). With final_a (link round 43, link.latin_final_a) a name ending in
    a bare consonant reads no English-only name ending in a consonant and `a` (`रायगढ़`, `रायगड` are not Rayagada,
    which Hindi writes `रायगड़ा`; `पटना` still reads Patna, a final conjunct `सोनभद्र` Sonbhadra)."""
    nfd = unicodedata.normalize("NFD", nk.surface)
    bare = final_a and _bare_final(nk.surface)
    if _FLAP.search(nfd):
        nk = name_keys(unicodedata.normalize("NFC", _FLAP.sub("\u0930", nfd)), label)
    if len(nk.skel) < KB_LATIN_MIN_SKELETON or nk.base != nk.k1:
        return None
    candidates = kb_latin.get((label, nk.skel))
    if not candidates:
        return None  # no English name with this skeleton: no pattern to compile (most names; link's hot path)
    need = [c for d, c in _NUKTA_LETTERS if d in nfd]
    words = nk.surface.split()
    nwords = len(words) - (len(words) > 1 and words[-1] == "नगर")  # `सिद्धार्थ नगर` = Siddharthnagar
    pat = _schwa_pattern(nk.k1)
    rows = {r for full, r, only_en, en in candidates
            if pat.fullmatch(full) and (only_en or len(nk.skel) >= KB_LATIN_MIN_SKELETON_HI)
            and all(c in en for c in need) and nwords <= len(en.split())
            and not (bare and only_en and _LATIN_FINAL_A.search(en))}
    return rows.pop() if len(rows) == 1 else None


_LATIN_FINAL_A = re.compile(r"[b-df-hj-np-tv-z]a$")  # link round 43: an English name ending in a consonant and `a`


def _bare_final(surface: str) -> bool:
    """link round 43: the name ends in one consonant with no vowel sign (a nukta aside): `रायगढ़`, `रायगड`, `भागलपुर`;
    not `रायगड़ा`, `पटना`, a halant's `...क्`, nor a conjunct, whose final a is spoken (`सोनभद्र` is Sonbhadra)."""
    s = unicodedata.normalize("NFD", surface.strip()).rstrip("\u093c")
    return bool(s) and _is_consonant(s[-1]) and not s[:-1].endswith(_VIRAMA)


def _alias_key(e: AliasEntry) -> tuple[str, str, str]:
    return ("\x00alias", e.label, f"{e.line:08d}")


def _applier(uf: _UF, applied: list[_Edge]):
    def apply(edges: Iterable[_Edge]) -> None:
        for edge in sorted(edges, key=lambda x: x.sort_key):
            if uf.union(edge.a, edge.b):
                applied.append(edge)
            elif uf.find(edge.a) == uf.find(edge.b):
                applied.append(edge)  # redundant but valid evidence, kept for audit
    return apply


def _institute_seats(nodes: Sequence["_Node"], kb: KbIndex) -> dict[str, tuple]:
    """Review 24: institute short name (_INSTITUTE_SHORT, its ORG key) -> the node of the article's one seat-named form
    of it (`एम्स ऋषिकेश`, `पटना एम्स`, `रिम्स रांची`: the short name and one KB place, Delhi too); none where the
    article writes it with two places."""
    seats: dict[str, dict[str, tuple]] = defaultdict(dict)
    for n in sorted(nodes, key=lambda n: n.key):
        if n.label != "ORG" or len(n.nk.tok_k1) != 2 or len(n.nk.tokens) != 2:
            continue
        for i in (0, 1):
            w, place = n.nk.tok_k1[i], n.nk.tokens[1 - i]
            if (w in _INSTITUTE_SHORT or token_key(n.nk.tokens[i]) in _INSTITUTE_SHORT) \
                    and kb_row(kb, "LOC", nk := name_keys(place, "LOC")) is not None:
                seats[w].setdefault(nk.k1, n.key)
    return {w: next(iter(ps.values())) for w, ps in seats.items() if len(ps) == 1}


def _placed_institution_words(nodes: Sequence["_Node"], kb: KbIndex) -> set[str]:
    """Round 31: institution words (`एम्स`, `अस्पताल`) that an article's ORG name of two words writes with a KB place
    not Delhi (`पटना एम्स`, `एम्स ऋषिकेश`): that word alone there is that place's institution, no alias row's; review
    of round 31: only where the article writes the word with exactly one place (`पटना एम्स और एम्स ऋषिकेश`: the bare
    word keeps the alias row, as before round 31)."""
    out: dict[str, set[str]] = defaultdict(set)
    for n in nodes:
        if n.label != "ORG" or len(n.nk.tok_k1) != 2 or len(n.nk.tokens) != 2:
            continue
        for i in (0, 1):
            w, place = n.nk.tok_k1[i], n.nk.tokens[1 - i]
            if (w in _INSTITUTION_WORDS or w in _INSTITUTE_SHORT) and _country_name(place) not in _NO_CONTEXT_PLACES \
                    and kb_row(kb, "LOC", name_keys(place, "LOC")) is not None:
                out[w].add(name_keys(place, "LOC").k1)
    return {w for w, places in out.items() if len(places) == 1}


def local_link(doc: str, mentions: Sequence[Mention], p: LinkParams, kb: KbIndex, text: str | None = None) -> LocalDoc:
    """Phases 0 and 1 of one document: names pinned to alias/KB rows by spelling, then joined inside the
    document (key rules, `NAME (ACRONYM)` when `text` is given, short forms)."""
    uf = _UF()
    nodes: dict[tuple, _Node] = {}
    by_label_m: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        key = node_key(m)
        if key is None:
            continue
        node = nodes.get(key)
        if node is None:
            node = nodes[key] = _Node(key, doc, m.label, name_keys(m.text, m.label), Counter())
            uf.add(key)
        node.surfaces[m.text.strip()] += 1
        by_label_m[m.label].append(m)
    applied: list[_Edge] = []
    apply = _applier(uf, applied)
    real = list(nodes.values())
    qualified = _qualified_nodes(mentions, text, kb[4]) if text is not None and len(kb) > 4 else {}
    written = {k: set(qs) for k, qs in qualified.items()}  # review 24: the places written before, not doc_country's
    if text is not None and len(kb) > 5 and kb[5]:
        for k, q in _home_country_nodes(mentions, text, kb[4], kb[5], kb):
            if k not in qualified:  # `ईरान के स्वास्थ्य मंत्रालय` in a US article is Iran's
                qualified[k] = {q}
    seated = _seated_institute_nodes(mentions, text, kb) if p.seated_institutes and text is not None else {}
    for k, (_, q) in seated.items():  # link round 49: `भोपाल में एम्स` is AIIMS Bhopal, not the row's
        if k not in qualified:
            qualified[k] = {q}
    if p.village_places and text is not None:
        for k in _village_nodes(mentions, text):
            qualified.setdefault(k, set()).add(_VILLAGE)
    # ---- phase 0: a name spelt exactly like a KB place row (or with a designator) is pinned to it first, so
    # that no phonetic merge inside a document ties two KB places (a typo `दिली` is Dili, East Timor; the
    # `दिल्ली` beside it stays Delhi)
    phase0 = []
    pinned: set[tuple] = set()
    unpinned: set[tuple] = set()  # round 32: local officials spelt like an alias row's person
    officials = _local_official_nodes(by_label_m.get("PER", ()), text, p.title_danda_boundary) if p.local_officials and text is not None \
        else set()
    private = _private_person_nodes(by_label_m.get("PER", ()), text, p.village_persons, p.title_danda_boundary) \
        if p.private_persons and text is not None else set()
    if p.private_persons and p.listed_ages and text is not None:  # link round 35: `इमरान खान (24), नासिर खां (58)`
        listed = _listed_age_nodes(by_label_m.get("PER", ()), text, p.danda_boundary, p.title_danda_boundary)
        private |= listed
    else:
        listed = set()
    cut = _cut_place_rows(mentions, text, kb) if p.place_cut_spans and text is not None else {}
    placed = _placed_institution_words(real, kb)
    # review of round 31: `दिल्ली के एम्स` is no short form of the article's `पटना एम्स`: it keeps its row
    after_genitive = {node_key(m) for m in mentions if m.label == "ORG" and text is not None
                      and _GENITIVE_BEFORE.search(text, max(0, m.start - 12), m.start)} if placed else set()
    for n in real:
        if n.label == "ORG" and len(n.nk.tok_k1) == 1 and n.nk.k1 in placed and n.key not in after_genitive:
            continue  # round 31: `एम्स` in an article of `पटना एम्स` is AIIMS Patna (its short form), not the row's AIIMS
        row = None if n.key in qualified else (cut.get(n.key) or kb_row(kb, n.label, n.nk, p.kb_o_fold, p.latin_final_a)
                                               or (compass_row(kb, n.label, n.nk) if p.compass_equivalents else None))
        if row is not None and n.key in officials:
            unpinned.add(n.key)
            continue  # round 32: `डीएम नितीश कुमार` is Bareilly's DM, not the alias row's Bihar CM
        if row is not None and n.key in private and n.label == "PER" and _common_name(n.nk):
            continue  # review of round 33: `कंकड़बाग निवासी नितीश कुमार` is a resident, not the row's CM (its own marker)
        if row is not None and n.key in listed and n.label == "PER" and p.listed_ages_unpinned:
            continue  # review of link round 35: `इमरान खान (24)` among the accused is not the row's Pakistani PM
        if row is not None:
            pinned.add(n.key)
            if row not in uf.parent:
                uf.add(row, alias_pin=int(row[2]))
            # a cut name (`ऑर्लियंस` after `न्यू`) is that place in its own article only: across articles the place
            # is known by the KB row's names (global_link: `alias-cut` names no strong name), not `ऑर्लियंस` in France
            rule = "alias-cut" if n.key in cut and row == cut[n.key] else "alias"
            phase0.append(_Edge(0, rule, n.key, row, directed=True))
    apply(phase0)
    # ---- phase 1: within the document
    by_label: dict[str, list[_Node]] = defaultdict(list)
    for n in real:
        by_label[n.label].append(n)
    phase1: list[_Edge] = []
    for label, group in sorted(by_label.items()):
        phase1.extend(_key_edges([(n.key, n.nk) for n in group], p, label, nodes))
        if p.acronyms and text is not None and label in ("ORG", "LOC"):
            phase1.extend(_parens_edges(doc, label, by_label_m[label], text, nodes))
        if text is not None:
            phase1.extend(_aka_edges(doc, label, by_label_m[label], text))
        if label == "PER":
            phase1.extend(_initials_edges(group))
            if p.variant_spellings:
                phase1.extend(_variant_edges(group))
            if text is not None:
                phase1.extend(_cut_span_edges(by_label_m[label], text, nodes))
        phase1.extend(_glued_edges(group, nodes))
    apply(phase1)
    # review 24: a bare institute short name joined to no other name of its article (not `भारतीय प्रौद्योगिकी संस्थान
    # (आइआइटी)`) is the article's one seat-named form of it (`एम्स` after `एम्स ऋषिकेश`, `रिम्स` after `रिम्स रांची`)
    seats = _institute_seats(real, kb) if text is not None else {}
    joined = Counter(uf.find(n.key) for n in real)
    bare_institutes = [n for n in real if n.label == "ORG" and len(n.nk.tok_k1) == 1 and len(n.nk.tokens) == 1
                       and (n.nk.k1 in _INSTITUTE_SHORT or token_key(n.nk.tokens[0]) in _INSTITUTE_SHORT)
                       and n.key not in qualified and n.key not in after_genitive
                       and joined[uf.find(n.key)] == 1] if text is not None else []
    apply(_Edge(_PRIO["short-form"], "short-form", n.key, seats[n.nk.k1], directed=True)
          for n in bare_institutes if n.nk.k1 in seats)
    if seated:  # link round 49: the names of one institute seated in one town are one (`एम्स` of `अखिल भारतीय
        # आयुर्विज्ञान संस्थान ऋषिकेश`): each a short form of its longest name there
        by_seat: dict[tuple[str, str], list[tuple]] = defaultdict(list)
        for k, gq in seated.items():
            if qualified.get(k) == {gq[1]}:
                by_seat[gq].append(k)
        for _, keys in sorted(by_seat.items()):
            longest, *rest = sorted(keys, key=lambda k: (-len(nodes[k].nk.tokens), k))
            apply(_Edge(_PRIO["short-form"], "short-form", k, longest, directed=True) for k in rest)
    if p.short_forms:
        apply(_short_form_edges({(doc, label): g for label, g in by_label.items()}, nodes, uf, p,
                                _foreign_qualified(mentions, written, kb[5] if len(kb) > 5 else {}),
                                kb[5] if len(kb) > 5 else {},
                                _kin_nodes(by_label_m.get("PER", ()), text) if p.kin_names and text is not None else {},
                                _first_starts(by_label_m.get("PER", ())) if p.kin_names and text is not None else {},
                                (lambda words: _place_tail(kb, words)) if p.org_place_tail else None,
                                kb[6] if p.named_given_names and len(kb) > 6 else None,
                                kb if p.own_word_heads else None,
                                kb if p.first_word_places else None))
    # a marker (an edge of a node to itself): this name links inside its article only (global_link)
    # (its rule names the place: `qualified:<place key>`)
    apply(_Edge(_PRIO["qualified"], f"qualified:{q}", k, k, directed=True) for k, qs in qualified.items() for q in qs)
    # round 32: a local official spelt like an alias row's famous person: no strong name across articles (global_link)
    apply(_Edge(_PRIO["office"], "office", k, k, directed=True) for k in sorted(unpinned))
    # review 24: a bare institute short name with no seat in its article and no alias row (`पीजीआइ`: Chandigarh's,
    # Lucknow's or Rohtak's) links inside its article only
    apply(_Edge(_PRIO["local"], "local", n.key, n.key, directed=True) for n in bare_institutes
          if n.nk.k1 not in seats and n.key not in pinned and n.nk.k1 in _MULTI_SEAT_INSTITUTES)
    if p.place_keyed_bodies and text is not None and len(kb) > 5:  # round 32: a state's / district's body by its place
        keyed = _place_keyed_nodes(mentions, text, kb[4], kb[5], set(qualified) | pinned, kb)
        apply(_Edge(_PRIO["qualified"], f"qualified:{qs[0]}", k, k, directed=True) if len(qs) == 1
              else _Edge(_PRIO["local"], "local", k, k, directed=True) for k, qs in sorted(keyed.items()))
    if p.embassies and text is not None:  # round 34: an embassy by its seat (`स्विटजरलैंड में भारतीय दूतावास`), else local
        seated = _embassy_nodes(mentions, text, set(qualified) | pinned, kb[5] if len(kb) > 5 else {})
        apply(_Edge(_PRIO["qualified"], f"qualified:{next(iter(qs))}", k, k, directed=True) if len(qs) == 1
              else _Edge(_PRIO["local"], "local", k, k, directed=True) for k, qs in sorted(seated.items()))
    # round 33: a private person's name: no strong name across articles; one of 2-3 words joins by a place or title
    # as a common name (review: a private name that keeps an alias row's row is no private one: no context join)
    private -= pinned
    apply(_Edge(_PRIO["private"], "private", k, k, directed=True) for k in sorted(private))
    if p.common_names:  # one marker per common name per place / title of its own (at most CONTEXT_MAX_PLACES places)
        # review of round 33: any other 2-3 word name (no alias row's) gets markers too, so that a private name's
        # (name, place) group of another article takes it in (`मालदा में असदुल्लाह शेख` with no cue)
        keys = {n.key for n in by_label.get("PER", ()) if _common_name(n.nk)} \
            | {k for k in private if len(nodes[k].nk.tokens) > 1}  # no one-word name (round 17)
        others = {n.key for n in by_label.get("PER", ()) if 1 < len(n.nk.tokens) <= 3 and n.key not in keys
                  and n.key not in pinned and n.key not in unpinned} if p.private_persons else set()
        ctx = _name_contexts(mentions, keys, kb[5] if len(kb) > 5 else {}, text, others, p.no_self_context)
        apply(_Edge(_PRIO["context"], f"context{'-other' if k in others else ''}:{q}", k, k, directed=True)
              for k, qs in sorted(ctx.items()) for q in sorted(qs))
    if p.local_places:  # link round 39: a neighbourhood place's markers (`context:<place>`), joined in global_link
        local = {n.key for n in by_label.get("LOC", ()) if n.key not in pinned and _local_place(n.nk)}
        ctx = _local_place_contexts(mentions, local, kb[5] if len(kb) > 5 else {})
        apply(_Edge(_PRIO["context"], f"context:{q}", k, k, directed=True)
              for k, qs in sorted(ctx.items()) for q in sorted(qs))
    if p.local_places and p.nagar_places and text is not None:  # link round 47: a town's colony (`पटना के पटेल नगर`)
        colonies = {n.key for n in by_label.get("LOC", ()) if n.key not in pinned and _nagar_place(n.nk)}
        placed, towns = _colony_towns(by_label_m.get("LOC", ()), text, colonies, kb, kb[5] if len(kb) > 5 else {}) \
            if colonies else ({}, set())
        for k in sorted(colonies):
            if len(placed.get(k, ())) == 1:  # its town's colony: no strong name; it meets its town's articles
                apply([_Edge(_PRIO["local"], "colony", k, k, directed=True),
                       _Edge(_PRIO["context"], f"context:{next(iter(placed[k]))}", k, k, directed=True)])
            elif k not in placed:  # written without its town: by its name, and by the article's towns for a colony
                apply(_Edge(_PRIO["context"], f"context-town:{q}", k, k, directed=True) for q in sorted(towns))
    if p.officers_apart and text is not None:  # link round 35: an officer's name / a famous title's name (global_link)
        officer, famous = _officer_nodes(by_label_m.get("PER", ()), text, p.danda_boundary, p.title_danda_boundary)
        apply(_Edge(_PRIO["office"], "officer", k, k, directed=True) for k in sorted(officer - pinned))
        apply(_Edge(_PRIO["office"], "famous-title", k, k, directed=True) for k in sorted(famous))
    if text is not None:  # review of round 34: a one-word name the tagger cut a title from (`मौलाना 【साद】`)
        apply(_Edge(_PRIO["bare-title"], f"bare-title:{t}", k, k, directed=True)
              for k, t in sorted(_bare_title_nodes(by_label_m.get("PER", ()), text)))
    return LocalDoc(doc, tuple(real), tuple(applied))


# round 32: titles of a district's or a police station's official right before a name (an honorific between); matched
# on the window folded by fold_surface (no nukta, no zero-width chars: `ज़िला अधिकारी`, `डीएम\u200d`)
# (review of round 32: `डीएसपी`, `पुलिस अधीक्षक`, `थानाप्रभारी`, `उपायुक्त`/`डीसी`, `डी.एम.`)
_LOCAL_OFFICE_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:डीएम|डी\. ?एम\.?|जिलाधिकारी|जिला अधिकारी|जिलाधीश|कलेक्टर|"
                                  r"एसडीएम|एसपी|एसएसपी|डीएसपी|पुलिस अधीक्षक|पुलिस उपाधीक्षक|उपायुक्त|डीसी|सीएमओ|"
                                  r"बीडीओ|सीओ|थानाध्यक्ष|थानेदार|थाना ?प्रभारी|एसएचओ|दारोगा|दरोगा)"
                                  r"(?: (?:डॉ|डा|श्री)[.०]?)? ?$")
# review of round 32: the famous person's own titles; a name after one of them anywhere in the article keeps its row
# (`जिलाधिकारी नीतीश कुमार के दौरे की तैयारी में जुटे। मुख्यमंत्री नीतीश कुमार ने कहा`: the title is the subject)
_FAMOUS_OFFICE_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:मुख्यमंत्री|उपमुख्यमंत्री|प्रधानमंत्री|मंत्री|सीएम|पीएम)"
                                   r"(?: (?:डॉ|डा|श्री)[.०]?)? ?$")


def _local_official_nodes(mentions: Sequence[Mention], text: str, danda: bool = True) -> set[tuple]:
    """Round 32: node keys of PER mentions right after a local official's title (`डीएम नितीश कुमार`), none of whose
    mentions follows a famous person's title (`मुख्यमंत्री`, `सीएम`, `मंत्री`). `danda` (link.title_danda_boundary):
    a danda or a digit before the title is no letter."""
    local_office, famous_office = _TITLE_RX[danda][:2]
    local: set[tuple] = set()
    famous: set[tuple] = set()
    for m in mentions:
        if (key := node_key(m)) is None:
            continue
        before = fold_surface(text[max(0, m.start - 30):m.start])
        if local_office.search(before):
            local.add(key)
        elif famous_office.search(before):
            famous.add(key)
    return local - famous


# link round 35 (link.officers_apart): an office's title right before a name, besides _LOCAL_OFFICE_BEFORE's (folded):
# an institute's or a department's director (`निदेशक`; not `महानिदेशक`, a national head), a range's police officers
# (`डीआईजी`, `आईजी`), a district's health officer (`सिविल सर्जन`), a block's or tehsil's (`एसडीओ`, `तहसीलदार`)
_OFFICER_TITLES = (r"(?:निदेशक|डीआईजी|आईजी|सिविल सर्जन|एसडीओ|तहसीलदार|चौकी प्रभारी|कोतवाल|प्रभारी निरीक्षक)"
                   r"(?: (?:डॉ|डा|श्री)[.०]?)? ?$")
# review of link round 35 (link.danda_boundary): a Devanagari letter, not a danda `।`/`॥` (U+0964/5) nor a digit
# (U+0966-096F), though all lie in U+0900-097F: `… की मौत।` ends in a death's word, `बताया।निदेशक` opens a title
_DEV_LETTER = "\u0900-\u0963\u0970-\u097f"
_OFFICER_BEFORE_R35 = re.compile(r"(?<![\u0900-\u097f])" + _OFFICER_TITLES)
_OFFICER_BEFORE = re.compile(f"(?<![{_DEV_LETTER}])" + _OFFICER_TITLES)


def _officer_nodes(mentions: Sequence[Mention], text: str, danda: bool = True,
                   titles: bool = True) -> tuple[set[tuple], set[tuple]]:
    """Link round 35: (officers, famous): node keys of PER names of 2-3 words right after a local official's or an
    office's title (`डीएम`, `सीएमओ`, `निदेशक डॉ.`) none of whose mentions in the article follows a famous person's
    title; and those of names right after a famous person's title (`प्रधानमंत्री`, `मंत्री`, `खिलाड़ी`, `अभिनेता`).
    `danda` (link.danda_boundary): a danda glued before an office's title is no letter (`बताया।निदेशक`); `titles`
    (link.title_danda_boundary): the same for the round-32/33 titles (`बताया।डीएम`, `।मुख्यमंत्री`)."""
    office = _OFFICER_BEFORE if danda else _OFFICER_BEFORE_R35
    local_office = _TITLE_RX[titles][0]
    officer: set[tuple] = set()
    famous: set[tuple] = set()
    for m in mentions:
        if (key := node_key(m)) is None or not (2 <= len(name_keys(m.text, "PER").tokens) <= 3):
            continue
        before = fold_surface(text[max(0, m.start - 30):m.start])
        if _after_famous_title(before, titles):
            famous.add(key)
        elif local_office.search(before) or office.search(before):
            officer.add(key)
    return officer - famous, famous


# link round 35 (link.listed_ages): a bare number in brackets right after a name (`जावेद (25), इमरान खान (24)`), the
# sentence's words an arrest's, an accused's, a victim's (folded)
_BARE_AGE_AFTER = re.compile(r" ?\( ?[0-9०-९]{1,3} ?\)")
_BARE_AGES_R35 = re.compile(r"[\u0900-\u097f] ?\( ?[0-9०-९]{1,3} ?\)")
_BARE_AGES = re.compile(f"[{_DEV_LETTER}]" + r" ?\( ?[0-9०-९]{1,3} ?\)")
_CRIME = r"(?:आरोपी|आरोपियों|अभियुक्त|गिरफ्तार|गिरफ़्तार|रासुका|मृतक|मृतकों|मौत|मारे|हत्या|शव|घायल|घायलों)"
_CRIME_WORDS_R35 = re.compile(r"(?<![\u0900-\u097f])" + _CRIME + r"(?![\u0900-\u097f])")
_CRIME_WORDS = re.compile(f"(?<![{_DEV_LETTER}])" + _CRIME + f"(?![{_DEV_LETTER}])")
_LIST_SENTENCE_END = re.compile(r"[।!?\n]")


def _listed_age_nodes(mentions: Sequence[Mention], text: str, danda: bool = True, titles: bool = True) -> set[tuple]:
    """Link round 35: node keys of PER names of 1-3 words followed by a bare bracketed number (`इमरान खान (24)`) in a
    sentence (between `।`s) of 3+ such numbers after words and an arrest's, an accused's or a death's word within it
    or the next 200 characters; none where a mention follows a famous person's title. `danda` (link.danda_boundary):
    a danda or a digit is no letter of the words' boundaries (round 35 as it was: any of U+0900-097F); `titles`
    (link.title_danda_boundary): of the famous person's titles too."""
    ages, crime = (_BARE_AGES, _CRIME_WORDS) if danda else (_BARE_AGES_R35, _CRIME_WORDS_R35)
    out: set[tuple] = set()
    famous: set[tuple] = set()
    for m in mentions:
        if (key := node_key(m)) is None or not (1 <= len(name_keys(m.text, "PER").tokens) <= 3):
            continue
        before = fold_surface(text[max(0, m.start - 30):m.start])
        if _after_famous_title(before, titles):
            famous.add(key)
            continue
        if not _BARE_AGE_AFTER.match(text, m.end):
            continue
        lo = max((x.end() for x in _LIST_SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)),
                 default=max(0, m.start - 400))  # no sentence end near: 400 characters back, not the article
        hi = _LIST_SENTENCE_END.search(text, m.end)
        hi = hi.start() if hi else len(text)
        if len(ages.findall(text, lo, hi)) >= 3 and crime.search(fold_surface(text[lo:hi + 200])):
            out.add(key)
    return out - famous


# round 33: words that tell a private person right before a name (folded): a resident (`गांव निवासी`, `के रहने वाले`);
# and right after it (folded: NBSP and zero-width chars are no obstacle): an age in years in brackets (`(18 वर्ष)`,
# `(45 वर्षीय)`) or after a comma and before a comma, a bracket, `।`, `निवासी` or `पुत्र` (`, 45 साल, निवासी`; not `, 24
# साल तक खेले`), a home (`निवासी`), a parent (`पुत्र`), `उम्र 45`, a phone number (`98765 00000`, `+919876500000`).
# Not a bare `(18)` (a batsman's runs), `30 वर्षीय` (`37 वर्षीय टाइगर वुड्स`), `आरोपी` (`अभियुक्त मोहम्मद अफजल`) or a
# list of names (a team, a cabinet): famous people are written so (30-change review)
_PRIVATE_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:निवासी|निवासि|रहने वाले|रहने वाली|रहने वाला|रहनेवाले|रहनेवाली) ?$")
# review of round 33: a victim, a youth, a villager or a worker (`मृतक`, `घायल`, `युवक`, `किसान`, `मजदूर`) is a cue only
# in an article with a cue above beside a name (`घायल ऋषभ पंत`, `किसान राकेश टिकैत`, `प्रवासी मजदूर सोनू सूद को धन्यवाद`)
_PRIVATE_BEFORE_WEAK = re.compile(r"(?<![\u0900-\u097f])(?:मृतक|मृतका|घायल|युवक|युवती|ग्रामीण|किसान|मजदूर|श्रमिक) ?$")
_PRIVATE_AFTER = re.compile(r" ?(?:\( ?[0-9०-९]{1,3} ?(?:वर्षीय|वर्ष|साल) ?\)"
                            r"|, ?[0-9०-९]{1,3} ?(?:वर्ष|साल)(?= ?[,)।]| निवासी| पुत्र)"
                            r"|,? ?(?:निवासी|निवासि|पुत्र|पुत्री)(?![\u0900-\u097f])"
                            r"|,? ?(?:उम्र|उमर) ?(?:करीब )?[0-9०-९]"
                            r"|,? ?(?:\+ ?91[- ]?)?[0-9०-९]{5} ?[0-9०-९]{5}(?![0-9०-९]))")
# review of round 33: a famous person's titles (with _FAMOUS_OFFICE_BEFORE's): a name after one anywhere in its article
# is no private person's (`अभिनेता सोनू सूद`, `किसान नेता राकेश टिकैत`, `विधायक … (45 वर्ष)`); folded (`खिलाडी`)
_FAMOUS_PERSON_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:राष्ट्रपति|राज्यपाल|सांसद|विधायक|नेता|अभिनेता|अभिनेत्री|"
                                   r"एक्टर|क्रिकेटर|खिलाडी|गायक|गायिका)(?: (?:डॉ|डा|श्री)[.०]?)? ?$")


# link round 34 (link.village_persons): a villager's genitive right before a name (`गांव विर्क के सुरजीत सिंह`, one or two
# words of a village's name) and a nickname right after it (`… उर्फ संदीप`): a private person's cues of their own
_VILLAGER_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:गांव|गाँव|ग्राम) [\u0900-\u097f]+(?: [\u0900-\u097f]+)? (?:के|की|का) ?$")
_NICKNAME_AFTER = re.compile(r" ?,? ?(?:उर्फ|उर्फ़)(?![\u0900-\u097f])")
# review of round 34: a notorious person's word before the name (`कुख्यात विकास दुबे उर्फ पंडित`): a known alias of a
# public figure, no private person's cue (folded)
_NOTORIOUS_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:कुख्यात|आतंकी|आतंकवादी|माफिया|गैंगस्टर|डॉन|सरगना|इनामी) ?$")



# link round 36 (link.title_danda_boundary): the round-32/33 regexes above with the word boundary of the review of round
# 35 (_DEV_LETTER): a danda `।`/`॥` or a Devanagari digit is no letter (`बताया।डीएम …`, `…।मुख्यमंत्री …`, `निवासी।`)
def _danda_rx(rx: re.Pattern) -> re.Pattern:
    return re.compile(rx.pattern.replace(r"[\u0900-\u097f]", f"[{_DEV_LETTER}]"))


_TITLE_RX = {False: (_LOCAL_OFFICE_BEFORE, _FAMOUS_OFFICE_BEFORE, _FAMOUS_PERSON_BEFORE, _PRIVATE_BEFORE,
                     _PRIVATE_BEFORE_WEAK, _PRIVATE_AFTER)}
_TITLE_RX[True] = tuple(_danda_rx(rx) for rx in _TITLE_RX[False])


def _after_famous_title(before: str, danda: bool = True) -> bool:
    """A famous person's title or office ends the folded text right before a name (`प्रधानमंत्री`, `मंत्री`, `सीएम`,
    `अभिनेता`): the one test `_private_person_nodes`, `_officer_nodes` and `_listed_age_nodes` share. `danda`
    (link.title_danda_boundary): a danda or a digit before the title is no letter."""
    _, office, person = _TITLE_RX[danda][:3]
    return bool(office.search(before) or person.search(before))


def _private_person_nodes(mentions: Sequence[Mention], text: str, village: bool = False,
                          danda: bool = True) -> set[tuple]:
    """Round 33: node keys of PER names of one to three words with a private person's cue beside a mention (a
    resident, an age in years, a parent, a phone number; review: a victim, a youth, a villager or a worker only in an
    article with such a cue beside a name); none where a mention follows a famous person's title (`मुख्यमंत्री`,
    `मंत्री`, `सीएम`, `अभिनेता`, `विधायक`)."""
    private: set[tuple] = set()
    weak: set[tuple] = set()
    famous: set[tuple] = set()
    _, _, _, private_before, private_weak, private_after = _TITLE_RX[danda]
    for m in mentions:
        if (key := node_key(m)) is None or not (1 <= len(name_keys(m.text, "PER").tokens) <= 3):
            continue
        before = fold_surface(text[max(0, m.start - 30):m.start])
        if _after_famous_title(before, danda):
            famous.add(key)
        elif private_before.search(before) or private_after.match(fold_surface(text[m.end:m.end + 40])):
            private.add(key)
        elif village and (_VILLAGER_BEFORE.search(before) or (
                _NICKNAME_AFTER.match(fold_surface(text[m.end:m.end + 8])) and not _NOTORIOUS_BEFORE.search(before))):
            private.add(key)
        elif private_weak.search(before):
            weak.add(key)
    return (private | weak if private else set()) - famous


# review of round 34: titles the tagger cuts from a one-word name (refine.cleric_titles: `मौलाना 【साद】`): the same
# title right before the same one-word name in two articles is one person (Tablighi Jamaat's chief over nine articles)
_BARE_NAME_TITLES = frozenset(fold_surface(w) for w in "मौलाना".split())


def _bare_title_nodes(mentions: Sequence[Mention], text: str) -> set[tuple[tuple, str]]:
    """(node key, title) of each one-word PER mention right after a title of _BARE_NAME_TITLES (`मौलाना साद`)."""
    out = set()
    for m in mentions:
        if len(name_keys(m.text, "PER").tokens) != 1 or (key := node_key(m)) is None:
            continue
        g = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if g and (t := fold_surface(g.group(1))) in _BARE_NAME_TITLES:
            out.add((key, t))
    return out


# round 29: the words that complete a great many Indian people's given names (`कुमार`, `देवी`, `प्रसाद`): a name of
# one given name and such words (a common surname last: `दिनेश कुमार सिंह`) is shared by many people across articles;
# a given name and a surname (`हरभजन सिंह`, `शरद यादव`) mostly names one person, and is left alone
_NAME_COMPLETERS = frozenset(name_keys(w, "PER").k1 for w in "कुमार कुमारी देवी प्रसाद".split())
_COMMON_SURNAMES = frozenset(name_keys(w, "PER").k1 for w in """सिंह सिन्हा यादव शर्मा गुप्ता वर्मा मिश्रा
    पांडेय तिवारी चौधरी राय""".split())
_NAME_ENDINGS = _NAME_COMPLETERS | _COMMON_SURNAMES  # `_surnames_apart` asks per pair of names: made once


def _common_name(nk: NameKeys) -> bool:
    """A person's name of one given name and name completers (`सतीश कुमार`, `सावित्री देवी`), a common surname
    allowed last (`दिनेश कुमार सिंह`); round 31: or initials and a common surname (`डीके सिंह`, `डी के सिंह`, `वी.पी.
    सिंह`: the governor and a police station's kotwal, an army chief and a state's DGP)."""
    t = nk.tok_k1
    return (2 <= len(t) <= 3 and t[1] in _NAME_COMPLETERS and (len(t) == 2 or t[2] in _NAME_ENDINGS)) \
        or _initials_surname(nk)


def _initials_surname(nk: NameKeys) -> bool:
    """Round 31: initials (letter names, glued or apart) and a common surname: `डीके सिंह`, `डी के सिंह`, `एसके शर्मा`."""
    t = nk.tok_k1
    # (review of round 31: a person's initials glued are at most four letter names, 8 characters (`एसकेपीएस`); a longer
    # run of letter names in a PER span is an organisation's acronym the tagger took for a name (`एनसीपीसीआर`, 10))
    return 2 <= len(t) <= 4 and len(nk.tokens) == len(t) and t[-1] in _COMMON_SURNAMES \
        and len(nk.tokens[0]) <= 8 and acronym_letters("".join(nk.tokens[:-1])) is not None


def _initials_key(nk: NameKeys) -> str:
    """Review of round 31: the key a common name joins another article's by (with a context of both): initials glued,
    apart or dotted are one (`वी.के. सिंह` = `वी के सिंह` = `वीके सिंह`; the dots are no part of a key)."""
    return nk.k1.replace(" ", "") if _initials_surname(nk) else nk.k1


def _surnames_apart(x: NameKeys, y: NameKeys) -> bool:
    """Two names that end in two different common surnames or name completers (`सिंह` / `सिन्हा`):
    a loose or fuzzy key of the one is no spelling of the other."""
    a, b = x.tok_k1[-1:], y.tok_k1[-1:]
    return bool(a and b) and a != b and a[0] in _NAME_ENDINGS and b[0] in _NAME_ENDINGS


# review of round 29: places that tell no two people apart: the capital, and words the tagger takes for places
# (`देश` country, `एशिया`); India and its states are the doc_country table's home rows
_NO_CONTEXT_PLACES = frozenset(_country_name(w) for w in ("दिल्ली", "नई दिल्ली", "देश", "एशिया", "विदेश", "दुनिया"))
CONTEXT_MAX_PLACES = 6  # a name's sentence and the ones beside it naming more places (a list of migrants' home towns)
# tell its person apart by none (round 30: counted there, not over the article: a long roundup of one state's districts
# names dozens of places, yet `विष्णुगढ़ के बीडीओ संजय कुमार` is told apart by the block beside him)
# ... and the title right before a name: a famous person's office or trade (`मुख्यमंत्री नीतीश कुमार`, `अभिनेता
# अक्षय कुमार`); one such title in two articles is one person
_CONTEXT_TITLES = frozenset(fold_surface(w) for w in """मुख्यमंत्री उपमुख्यमंत्री प्रधानमंत्री राष्ट्रपति उपराष्ट्रपति
    राज्यपाल अभिनेता अभिनेत्री गायक गायिका क्रिकेटर पहलवान सचिव जिलाधिकारी सीएमओ""".split())  # (एक्टर: _TITLE_VARIANTS)
# round 31: a district's one magistrate (`डीएम`, `जिलाधिकारी`) and chief medical officer (`सीएमओ`): officials news names by
# initials (`जिलाधिकारी बीएन सिंह`, `सीएमओ डॉ. एनके गुप्ता`); and its civil surgeon (`सिविल सर्जन`, _title_key); review of
# round 31: these three are one per district, keyed by their district (`title:<title>@<place>`, _title_places): Gaya's and
# Banka's DM `अभिषेक कुमार` are two people (Faridabad's and Hazaribagh's civil surgeons were both `डॉ. कृष्ण कुमार`)
_PLACED_TITLES = frozenset(fold_surface(w) for w in ("जिलाधिकारी", "सीएमओ"))
# review of round 31: a national office before initials and a common surname (`केंद्रीय मंत्री वीके सिंह`, `जनरल वीके
# सिंह`, `बिजली मंत्री आर के सिंह`): a minister or general named by initials is one famous person (a given name's common
# name keeps _CONTEXT_TITLES only: `मंत्री संजय कुमार` are many state ministers); `राज्यपाल` is in _CONTEXT_TITLES
_MINISTER, _GENERAL = fold_surface("मंत्री"), fold_surface("जनरल")
# review of round 31: state capitals, named in many a district's report (`सैंपल पटना भेजा गया`, `लखनऊ से टीम आई`):
# no article-wide place of initials or of a civil surgeon (_name_contexts)
_STATE_CAPITALS = frozenset(name_keys(w, "LOC").k1 for w in """लखनऊ पटना रांची भोपाल जयपुर कोलकाता मुंबई चेन्नई
    बेंगलुरु बंगलौर हैदराबाद देहरादून शिमला चंडीगढ़ रायपुर गांधीनगर भुवनेश्वर गुवाहाटी दिसपुर श्रीनगर जम्मू
    तिरुवनंतपुरम अमरावती पणजी अगरतला शिलांग आइजोल इंफाल कोहिमा ईटानगर गंगटोक पुडुचेरी""".split())
# round 30: an institution named in a common name's sentence (a hospital, a college, a university, an institute, a
# commission, AIIMS) is one person's in two articles: `गंगा राम अस्पताल के सर्जन डॉ. अरविंद कुमार`; not a party,
# a department or the police, which hold many people of one name. Matched on each word's own key and its ORG synonym
# key (review of round 30: `इंस्टिट्यूट`, `हॉस्पीटल`, `विवि`); `रिम्स`, `पीएमसीएच` … are institutions of one place
_HOSPITAL_WORDS = "अस्पताल हॉस्पिटल हास्पिटल हॉस्पीटल हॉस्पिटल्स चिकित्सालय"  # (review of round 31: one list)
_INSTITUTION_WORDS = frozenset(k for w in f"""{_HOSPITAL_WORDS} कॉलेज कालेज कॉलिज
    महाविद्यालय विश्वविद्यालय यूनिवर्सिटी यूनीवर्सिटी विवि संस्थान इंस्टीट्यूट इंस्टिट्यूट आयोग एम्स""".split()
                               for k in (name_keys(w, "ORG").k1, token_key(w)))
_INSTITUTION_NAMES = frozenset(token_key(w) for w in "रिम्स पीएमसीएच डीएमसीएच एनएमसीएच".split())
# review 24: short names of institutes with seats in many towns (as refine.INSTITUTE_SHORT: `पीजीआइ` of Chandigarh,
# Lucknow and Rohtak, `एम्स` of Delhi, Patna, Rishikesh): bare, each is the article's one seat-named form (`एम्स
# ऋषिकेश`), else one of its own article only, unless an alias row pins it (`_institute_seat_edges`)
_INSTITUTE_SHORT = frozenset(k for w in """एम्स पीजीआई पीजीआइ रिम्स केजीएमयू बीएचयू आईजीआईएमएस पीएमसीएच एनएमसीएच
    डीएमसीएच एसकेएमसीएच जेएनयू एएमयू आईआईटी आईआईएम एनआईटी जिपमेर""".split()
                             for k in (name_keys(w, "ORG").k1, token_key(w)))
# ... those of them with seats in many towns that news names alike (not `केजीएमयू`, Lucknow's; not `रिम्स`, in this
# corpus Ranchi's): bare, with no seat in its article and no alias row, one of that article only
_MULTI_SEAT_INSTITUTES = frozenset(name_keys(w, "ORG").k1 for w in """एम्स पीजीआई पीजीआइ आईआईटी आइआइटी आईआईएम आइआइएम
    एनआईटी""".split())
# review of round 30: words that tell no institution apart (`सदर अस्पताल` of every district, bare `एम्स` of seven
# cities, `चुनाव आयोग` of the Union and of each state): an institution needs a word besides these and _INSTITUTION_WORDS
_GENERIC_INSTITUTION = frozenset(k for w in """सदर जिला ज़िला सरकारी निजी प्राइवेट मेडिकल राज्य केंद्रीय केन्द्रीय
    राष्ट्रीय अखिल भारतीय चुनाव निर्वाचन अनुमंडल अनुमंडलीय अनुमण्डलीय रेफरल सामुदायिक प्राथमिक स्वास्थ्य केंद्र
    चिकित्सा आयुर्विज्ञान प्रौद्योगिकी इंजीनियरिंग महिला बाल नगर ग्रामीण क्षेत्रीय सेंटर ट्रॉमा कैंसर कोविड डेडिकेटेड
    मानवाधिकार लोक सेवा""".split() for k in (name_keys(w, "ORG").k1, token_key(w)))


def _org_word_keys(words: str) -> frozenset[str]:
    """Each word's ORG key and its token key, as _INSTITUTION_WORDS is folded (`हास्पिटल` = `हॉस्पिटल`)."""
    return frozenset(k for w in words.split() for k in (name_keys(w, "ORG").k1, token_key(w)))


# review of round 31: `उप स्वास्थ्य केंद्र` is one more level; `जिला महिला अस्पताल`, `जिला संयुक्त चिकित्सालय`, `जिला
# पुरुष अस्पताल` are kinds of a district's hospital
_LOCAL_LEVEL = _org_word_keys("सदर अनुमंडल अनुमंडलीय अनुमण्डलीय रेफरल सामुदायिक प्राथमिक जिला ज़िला उप")
_FACILITY = _LOCAL_LEVEL | _org_word_keys(f"{_HOSPITAL_WORDS} स्वास्थ्य केंद्र केन्द्र महिला संयुक्त पुरुष")


def _local_facility(nk: NameKeys) -> bool:
    """Round 31: an ORG name of a district's facility in generic words only, a local level among them: `सदर अस्पताल`,
    `जिला अस्पताल`, `प्राथमिक स्वास्थ्य केंद्र` (not `स्वास्थ्य केंद्र` alone, not `पटना सदर अस्पताल`); each word matched
    on its ORG key or its token key (review of round 31: `सदर हास्पिटल`, `जिला महिला अस्पताल`)."""
    words = [{k, token_key(t)} for k, t in zip(nk.tok_k1, nk.tokens)] if len(nk.tok_k1) == len(nk.tokens) \
        else [{token_key(t)} for t in nk.tokens]
    return len(words) >= 2 and all(w & _FACILITY for w in words) and any(w & _LOCAL_LEVEL for w in words)


def _institution(nk: NameKeys) -> bool:
    """An ORG name of an institution (_INSTITUTION_WORDS, _INSTITUTION_NAMES) with a word of its own (not all
    _GENERIC_INSTITUTION): `गंगा राम अस्पताल`, `पटना एम्स`, `रिम्स`, not `सदर अस्पताल`, `एम्स`, `चुनाव आयोग`."""
    words = [{k, token_key(t)} for k, t in zip(nk.tok_k1, nk.tokens)] if len(nk.tok_k1) == len(nk.tokens) \
        else [{k} for k in nk.tok_k1] + [{token_key(t)} for t in nk.tokens]
    if any(w & _INSTITUTION_NAMES for w in words):
        return True
    return any(w & _INSTITUTION_WORDS for w in words) \
        and any(not w & (_INSTITUTION_WORDS | _GENERIC_INSTITUTION) for w in words)


# round 30: one office in English loan words or short forms (`एक्टर अक्षय कुमार`, `सीएम नीतीश कुमार`): its Hindi title
_TITLE_VARIANTS = {fold_surface(k): fold_surface(v) for k, v in {
    "एक्टर": "अभिनेता", "एक्ट्रेस": "अभिनेत्री", "सीएम": "मुख्यमंत्री", "पीएम": "प्रधानमंत्री",
    "सिंगर": "गायक", "सेक्रेटरी": "सचिव", "सेक्रेट्री": "सचिव", "डीएम": "जिलाधिकारी"}.items()}
# `सचिव (स्वास्थ्य) 【X】`; round 30: an honorific between title and name (`प्रधान सचिव डॉ. 【X】`); review of round 30:
# the word before the title too (`पंचायत सचिव`, `उप मुख्यमंत्री`, `बिहार के गवर्नर`)
_TITLE_BEFORE = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])(?:([\u0900-\u0963\u0966-\u097f]+) (?:(के|की) )?)?"
                           r"([\u0900-\u0963\u0966-\u097f]+)(?: \([^()\n]{1,20}\))?"
                           r"(?: (?:डॉक्टर|डॉ|डा|प्रो|श्रीमती|श्री)[.०]?)? ?$")
# review of round 30: a word before a title that makes it another office (`उप मुख्यमंत्री` is no `मुख्यमंत्री`, `पंचायत
# सचिव` no `प्रधान सचिव`): the compound where it is a title of one person (`उपमुख्यमंत्री`), else no title; `सचिव` is
# keyed by the word before it (`प्रधान`/`प्रमुख सचिव`, `स्वास्थ्य सचिव`), and `गवर्नर` is `राज्यपाल` after a state only
_DEPUTY = frozenset(fold_surface(w) for w in "उप डिप्टी".split())
_TITLE_QUALIFIERS = _DEPUTY | frozenset(fold_surface(w) for w in """पंचायत निजी प्रेस संयुक्त अवर अपर अतिरिक्त
    सह पूर्व कार्यवाहक प्रभारी प्रधान आरबीआई बैंक""".split())
_SECRETARY_SAME = {fold_surface("प्रमुख"): fold_surface("प्रधान")}
_SURGEON, _CIVIL = fold_surface("सर्जन"), fold_surface("सिविल")
_CIVIL_SURGEON = f"{_CIVIL} {_SURGEON}"
# round 31: an article naming more places but state capitals (a roundup of districts) gives no place to initials and a
# common surname, nor a civil surgeon without his district before the title (_name_contexts)
ARTICLE_MAX_PLACES = 12
# review of round 31: the place written right before a district's title: `गया के डीएम`, `गया जिले के`, `बांका डीएम`
_PLACE_BEFORE_TITLE = re.compile(r"(?:\s+(?:जिले|जिला|ज़िले|ज़िला))?(?:\s+(?:के|की|का))?\s+$")


def _title_key(prev: re.Match, countries: Mapping[str, str]) -> str | None:
    """The `title:` context of a name from _TITLE_BEFORE's match before it (review of round 30), or None."""
    q, gen, t = (fold_surface(g) if g else "" for g in prev.group(1, 2, 3))
    if t == _SURGEON:  # round 31: `सिविल सर्जन डॉ. 【X】`, a district's civil surgeon (no other surgeon): _name_contexts
        return _CIVIL_SURGEON if q == _CIVIL and not gen else None  # qualifies it by its article's places
    if t == fold_surface("गवर्नर"):
        t = fold_surface("राज्यपाल") if q and q not in _HOME and countries.get(_country_name(q)) == _HOME_KEY else ""
        q = ""  # (`बिहार के गवर्नर`: the state's; a place is no qualifier of the title)
    w = _TITLE_VARIANTS.get(t, t)
    if w not in _CONTEXT_TITLES:
        return None
    if w == fold_surface("सचिव"):  # `प्रधान सचिव`, `स्वास्थ्य सचिव`; no word before it (`के सचिव`): no title
        return f"{_SECRETARY_SAME.get(q, q)} {w}" if q and not gen else None
    if q in _DEPUTY and not gen:
        return c if (c := fold_surface("उप") + w) in _CONTEXT_TITLES else None
    return None if q in _TITLE_QUALIFIERS and not gen else w


def _article_places(mentions: Sequence[Mention],
                    countries: Mapping[str, str]) -> tuple[dict[int, set[str]], dict[int, str]]:
    """The phonetic keys of an article's places by sentence (no country, India, its states, Delhi), and each place's key
    by its mention's end (the place written before an institution or a title: `गया के 【…】`)."""
    places: dict[int, set[str]] = defaultdict(set)
    place_ends: dict[int, str] = {}
    for m in mentions:
        if m.label != "LOC":
            continue
        q = countries.get(c := _country_name(m.text))
        words = " ".join(clean_words(m.text, "LOC"))
        if words in _HOME or c in _NO_CONTEXT_PLACES or _country_name(words) in _NO_CONTEXT_PLACES \
                or q not in (None, _HOME_PLACE):
            continue  # India, its states, a foreign country, Delhi
        if (k := name_keys(m.text, "LOC").k1):
            places[m.sent_idx].add(k)
            place_ends[m.end] = k
    return places, place_ends


def _sentence_contexts(mentions: Sequence[Mention], keys: set[tuple], text: str | None,
                       place_ends: Mapping[int, str]) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """By sentence: the full names (2+ words, no common name: `person:<key>`) and the institutions (round 30,
    `org:<key>`, qualified by the place written right before it: `org:<key>@<place>`) it names."""
    beside: dict[int, set[str]] = defaultdict(set)
    own: dict[int, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)  # round 31: an institution word -> the article's institutions of it
    for m in mentions:
        if m.label == "PER" and node_key(m) not in keys and len((nk := name_keys(m.text, "PER")).tokens) > 1:
            beside[m.sent_idx].add(f"person:{nk.k1}")
        elif m.label == "ORG" and _institution(nk := name_keys(m.text, "ORG")):  # `गंगा राम अस्पताल के सर्जन डॉ. …`
            g = _GENITIVE_BEFORE.search(text, max(0, m.start - 12), m.start) if text is not None else None
            q = place_ends.get(g.start()) if g else None  # `पटना के पारस अस्पताल`: Patna's, not Gaya's
            own[m.sent_idx].add(marker := f"org:{nk.k1}@{q}" if q else f"org:{nk.k1}")
            for k in nk.tok_k1:
                if k in _INSTITUTION_WORDS:
                    by_word[k].add(marker)
    for i, marker in _bare_institution_contexts(mentions, text, by_word):
        own[i].add(marker)
    return beside, own


def _bare_institution_contexts(mentions: Sequence[Mention], text: str | None,
                               by_word: Mapping[str, set[str]]) -> list[tuple[int, str]]:
    """Round 31: (sentence, institution marker) of a bare institution word (`एम्स निदेशक डॉ. …`) in an article of one
    institution of that word (`पटना एम्स`, no other AIIMS); review of round 31: not where a genitive stands right before
    it (`दिल्ली के एम्स` is Delhi's, not the article's `पटना एम्स`)."""
    out = []
    for m in mentions:
        if m.label != "ORG" or len(nk := name_keys(m.text, "ORG").tok_k1) != 1 \
                or len(ms := by_word.get(nk[0], ())) != 1:
            continue
        if text is not None and _GENITIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        out.append((m.sent_idx, next(iter(ms))))
    return out


def _datelines(mentions: Sequence[Mention], text: str, place_ends: Mapping[int, str]) -> list[tuple[int, str]]:
    """Review of round 31: (end, place key) of each place that opens a line or sentence before a colon or visarga, the
    dateline of an article or of a section of a roundup (`गाजियाबादः मरकज से वापस लौटे …`), in text order."""
    return sorted((m.end, place_ends[m.end]) for m in mentions if m.label == "LOC" and m.end in place_ends
                  and _DATELINE_AFTER.match(text, m.end) and text[:m.start].rstrip(" ")[-1:] in ("", "\n", "।"))


_DATELINE_AFTER = re.compile(r" ?[ः:]")


def _title_places(w: str, prev: re.Match, text: str, m: Mention, places: Mapping[int, set[str]],
                  place_ends: Mapping[int, str], article: set[str], outside: set[str],
                  datelines: Sequence[tuple[int, str]] = (),
                  sentence_places: Mapping[int, Sequence[int]] = {}) -> set[str]:
    """Review of round 31: the district(s) of a district's title `w` (DM, CMO, civil surgeon) before a name: the place
    written right before the title (`गया के जिलाधिकारी`, `हजारीबाग के सिविल सर्जन`: that one only); else for a DM or
    CMO the one place of the name's own sentence, else the article's one place; for a civil surgeon (round 31) the
    article's places but state capitals (`outside`, at most ARTICLE_MAX_PLACES: `सैंपल पटना भेजा गया` names no district)."""
    title_start = prev.start(1) if prev.group(1) and not prev.group(2) and fold_surface(prev.group(1)) == _CIVIL \
        else prev.start(3)
    g = _PLACE_BEFORE_TITLE.search(text, max(0, title_start - 20), title_start)
    if g and (q := place_ends.get(g.start())):
        return {q}
    if w == _CIVIL_SURGEON:
        return outside if len(outside) <= ARTICLE_MAX_PLACES else set()
    # review of round 31: the dateline before the title names the district over a place of the name's sentence not
    # written between them (`गाजियाबादः … सीएमओ डा. एनके गुप्ता ने बताया कि मसूरी क्षेत्र से …`: a place in it)
    if (i := bisect.bisect_right(datelines, (title_start, "\uffff"))) and not any(
            e <= title_start for e in sentence_places.get(m.sent_idx, ())):
        return {datelines[i - 1][1]}
    return next((where for where in (places.get(m.sent_idx, set()), article) if len(where) == 1), set())


def _name_contexts(mentions: Sequence[Mention], keys: set[tuple], countries: Mapping[str, str],
                   text: str | None, others: set[tuple] | frozenset[tuple] = frozenset(),
                   no_self: bool = True) -> dict[tuple, set[str]]:
    """Node key (of `keys`, common names) -> what tells its person apart across articles (review of round 29): the
    phonetic keys of the places of its sentences and the ones next to them (_article_places; none where those sentences
    name more than CONTEXT_MAX_PLACES), `person:<key>` for another person's full name there (`ईशांत शर्मा और भुवनेश्वर
    कुमार` in two team lists), `org:<key>` for an institution of its sentence (_sentence_contexts) and `title:<word>` for
    a title right before it (`_title_key`; a district's title with its district: `title:<word>@<place>`). Review of
    round 33: `others`' keys (any other full name) get theirs too; they stay `person:` contexts of the `keys`' names."""
    places, place_ends = _article_places(mentions, countries)
    beside, own = _sentence_contexts(mentions, keys, text, place_ends)
    article = set().union(*places.values())
    # round 31: initials are rarer than a given name: any place of an article of few places tells them apart (`सीएमएस
    # डॉ. डीके सिंह` of Bahraich, three articles); review of round 31: but a state capital (`लखनऊ से टीम आई`)
    outside = article - _STATE_CAPITALS
    out: dict[tuple, set[str]] = defaultdict(set)
    per_starts = sorted(m.start for m in mentions if m.label == "PER")
    datelines, sentence_places = None, {}
    for m in mentions:
        if (key := node_key(m)) not in keys and key not in others:
            continue
        near = set().union(*(places.get(i, ()) for i in (m.sent_idx - 1, m.sent_idx, m.sent_idx + 1)))
        if len(near) <= CONTEXT_MAX_PLACES:  # round 30: a list of places beside the name, not the article's count
            out[key] |= near
        initials = _initials_surname(name_keys(m.text, "PER"))
        if initials and len(outside) <= ARTICLE_MAX_PLACES:
            out[key] |= outside
        for i in (m.sent_idx - 1, m.sent_idx, m.sent_idx + 1):
            out[key] |= beside.get(i, set())
        if no_self:  # link round 35 (review: link.no_self_context): an `others` name is not its own context
            out[key].discard(f"person:{name_keys(m.text, 'PER').k1}")
        out[key] |= own.get(m.sent_idx, set())
        if initials and text is not None:  # review of round 31: `पर्यावरण सचिव और … के सह-अध्यक्ष सीके मिश्रा`
            out[key] |= _sentence_offices(text, m, per_starts)
        if text is None or not (prev := _TITLE_BEFORE.search(text, max(0, m.start - 60), m.start)):
            continue
        if initials and (t := fold_surface(prev.group(3))) in (_MINISTER, _GENERAL):
            out[key].add(f"title:{t}")  # review of round 31: `केंद्रीय मंत्री वीके सिंह`, `जनरल वीके सिंह`
            if prev.group(1) and fold_surface(prev.group(1)) == _MINISTER:
                out[key].add(f"title:{_MINISTER}")  # `विदेश राज्य मंत्री जनरल वीके सिंह`: the minister too
        if not (w := _title_key(prev, countries)):
            continue
        if w == _CIVIL_SURGEON or w in _PLACED_TITLES:  # a district's one official: keyed by the district
            if datelines is None:
                datelines = _datelines(mentions, text, place_ends)
                sentence_places = defaultdict(list)  # a sentence's places by their ends
                for x in mentions:
                    if x.label == "LOC" and x.end in place_ends:
                        sentence_places[x.sent_idx].append(x.end)
            qs = _title_places(w, prev, text, m, places, place_ends, article, outside, datelines, sentence_places)
            out[key] |= {f"title:{w}@{q}" for q in qs}
            if initials:  # review of round 31: his district is a place of initials too (`context:<place>`)
                out[key] |= qs
        else:
            out[key].add(f"title:{w}")
    return {k: v for k, v in out.items() if v}


# review of round 31: a secretary of a department (`पर्यावरण सचिव`) anywhere before initials and a common surname in
# their sentence, no other person named between (`पर्यावरण सचिव और अधिकार प्राप्त समूह के अध्यक्ष सीके मिश्रा`): the
# title of the name, as right before it (_title_key: `प्रधान`/`प्रमुख सचिव` one, `पंचायत सचिव` … none)
_OFFICE_IN_SENTENCE = re.compile(r"(?<![\u0900-\u0963\u0966-\u097f])([\u0900-\u0963\u0966-\u097f]+) "
                                 r"(सचिव|सेक्रेटरी|सेक्रेट्री)(?![\u0900-\u0963\u0966-\u097f])")
_SENTENCE_END = re.compile(r"[।!?\n]|(?<!(?<![\u0900-\u097f])डॉ)(?<!(?<![\u0900-\u097f])डा)(?<!(?<![\u0900-\u097f])प्रो)\.(?= )")
# (not an honorific's dot, `डॉ. सीके मिश्रा`; a word that only ends in डा/प्रो, `झंडा. फिर`, does end its sentence)


def _sentence_offices(text: str, m: Mention, per_starts: Sequence[int]) -> set[str]:
    """Review of round 31: `title:<q> सचिव` of each department's secretary written before mention `m` in its sentence
    (from its last sentence end), with no other PER mention between the title and `m`."""
    lo = max(0, m.start - 300)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, m.start)]
    lo = ends[-1] if ends else lo
    out = set()
    for g in _OFFICE_IN_SENTENCE.finditer(text, lo, m.start):
        q = fold_surface(g.group(1))
        if q in _TITLE_QUALIFIERS or q in (fold_surface("के"), fold_surface("की")):
            continue
        i = bisect.bisect_right(per_starts, g.end())
        if i < len(per_starts) and per_starts[i] < m.start:
            continue  # `स्वास्थ्य सचिव प्रीति सूदन और … डीके सिंह`: another person's title
        out.add(f"title:{_SECRETARY_SAME.get(q, q)} {fold_surface('सचिव')}")
    return out


_WORD_BEFORE = re.compile("([\u0900-\u0963\u0966-\u097f]+) $")
_GENITIVE_BEFORE = re.compile(r"\s+(?:के|की|का)\s+$")


def _cut_span_edges(mentions: Sequence[Mention], text: str, nodes: dict[tuple, _Node]) -> list[_Edge]:
    """A one-word PER name right after the word that begins a full name of the article ending in it: the tagger
    cut the full name (`कृष्णा 【पुनिया】` beside `कृष्णा पुनिया` and `वीरेंद्र पुनिया`). Every mention of the name must
    follow the same word, and exactly one full name may fit."""
    before: dict[tuple, set] = defaultdict(set)
    for m in mentions:
        key = node_key(m)
        if key is None or len(nodes[key].nk.tok_k1) != 1:
            continue
        prev = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)  # one space between, no punctuation
        before[key].add(name_keys(prev.group(1), "PER").k1 if prev else "")
    full: dict[tuple, list[tuple]] = defaultdict(list)  # two-word PER names by their words (one pass, not one per name)
    for n in nodes.values():
        if n.label == "PER" and len(n.nk.tok_k1) == 2:
            full[n.nk.tok_k1].append(n.key)
    out = []
    for key, prevs in sorted(before.items()):
        if len(prevs) != 1 or "" in prevs:
            continue
        fits = sorted(full.get((next(iter(prevs)), nodes[key].nk.tok_k1[0]), ()))
        if len(fits) == 1:
            out.append(_Edge(_PRIO["cut-span"], "cut-span", key, fits[0], directed=True))
    return out


# an English compass word before a place name is the text's own phrase (`ईस्ट लंदन में` is east London), not a KB
# place's name (East London, South Africa)
_COMPASS = frozenset(fold_surface(w) for w in ("ईस्ट", "वेस्ट", "नॉर्थ", "नार्थ", "साउथ"))


def _cut_place_rows(mentions: Sequence[Mention], text: str, kb: KbIndex) -> dict[tuple, tuple]:
    """A place name the tagger cut from a longer KB place: every mention of it follows the same word, and that word
    and the name spell a KB place (`न्यू 【ऑर्लियंस】` is New Orleans, `नई 【दिल्ली】-पटना` New Delhi; round 27). Node
    key -> that place's row."""
    before: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label != "LOC" or (key := node_key(m)) is None:
            continue
        prev = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        ok = prev and fold_surface(prev.group(1)) not in _COMPASS
        before[key].add(f"{prev.group(1)} {m.text.strip()}" if ok else "")
    out = {}
    for key, fulls in sorted(before.items()):
        if len(fulls) == 1 and "" not in fulls:
            row = kb_row(kb, "LOC", name_keys(next(iter(fulls)), "LOC"))
            if row is not None:
                out[key] = row
    return out


_GENITIVE = re.compile(r"\s+(?:के|की|का)\s+")
_HOME = frozenset({"भारत", "हिंदुस्तान", "हिन्दुस्तान", "इंडिया", "हिंदोस्तान", "भारतवर्ष"})  # `भारत के स्वास्थ्य मंत्रालय` is the national one
_HOME_KEY = "\x00home"
_WORD = re.compile("[\u0900-\u0963\u0966-\u097f]+")
# a legislature's bare name: in India's news the party (the INC), in a foreign country's the country's own parliament
_LEGISLATURES = frozenset({fold_surface("कांग्रेस")})
DOC_COUNTRY_MIN = 2  # times a foreign country (its name or demonym) is written in an article that never names India


# Review of round 28: country names and demonyms that are Hindi words too (`चीनी` sugar, `पाक` holy, `माली` gardener,
# `जर्सी` a shirt, `अफ्रीकी` African): counted only where the article names the country as a LOC otherwise too
_COUNTRY_WORDS = frozenset(fold_surface(w) for w in "चीनी पाक माली गिनी जर्सी अफ्रीकी".split())
# ... and a country's name that is a US state's too: in an article naming the US, the state (`जॉर्जिया`)
_US_STATE_COUNTRIES = frozenset(fold_surface(w) for w in "जॉर्जिया जार्जिया".split())
_US_NAMES = frozenset(fold_surface(w) for w in "अमेरिका अमरीका".split())
# what follows a demonym that is no noun it qualifies (`वह चीनी है`, `चीनी के दाम`): case markers, copulas, particles
_NOT_NOUNS = frozenset(fold_surface(w) for w in """के की का को में से ने पर तक है हैं था थी थे हो और या व भी ही तो
    नहीं""".split())
_HOME_PLACE = "\x00home place"  # an Indian city's name: India where it is a LOC mention, no word counted alone
_DEMONYM = "\x00demonym "  # the prefix of a demonym's entry in the countries table


_ENGLISH_ONLY: list = [None, frozenset()]  # one slot: (the KB index, its rows known by an English name only)


def _english_only_rows(kb: "KbIndex | None") -> frozenset:
    """The KB rows known by an English name only (Indian towns and districts), made once per KB index, not per article."""
    if kb is None or len(kb) <= 3:
        return frozenset()
    if _ENGLISH_ONLY[0] is not kb:
        _ENGLISH_ONLY[:] = [kb, frozenset(r for cs in kb[3].values() for _, r, en, _ in cs if en)]
    return _ENGLISH_ONLY[1]


def doc_country(mentions: Sequence[Mention], text: str, countries: Mapping[str, str],
                kb: KbIndex | None = None) -> str | None:
    """The key of the foreign country an article is about: its LOC mentions and its demonyms before a noun name one
    foreign country DOC_COUNTRY_MIN times or more (the most often; ties: the smallest key), and India (its name, a
    state, `भारतीय`, an Indian city or a KB place known by its English name only: Indian towns and districts) never.
    None for an Indian article or where evidence is short. India is counted by its words (one-word names, `भारतीय`)
    and its LOC mentions (names folded by `_country_name`: `जम्मू-कश्मीर`). Review of round 28: foreign countries
    by LOC mentions and demonyms right before a noun (`अमेरिकी दूतावास`) only, no bare word; a name of
    _COUNTRY_WORDS (`चीनी मिल`, `पाक महीने`) only where a LOC mention names that country by another name;
    `जॉर्जिया` in an article naming the US is the US state."""
    only_en = _english_only_rows(kb)
    strong: Counter = Counter()
    weak: Counter = Counter()
    locs = [(m, _country_name(m.text)) for m in mentions if m.label == "LOC"]
    us = any(f in _US_NAMES for _, f in locs)
    for m, f in locs:
        q = countries.get(f)
        if q in (_HOME_KEY, _HOME_PLACE) \
                or q is None and only_en and kb_row(kb, "LOC", name_keys(m.text, "LOC")) in only_en:
            return None
        if q is None:
            continue
        if f in _US_STATE_COUNTRIES and us:
            q = next((countries[n] for n in sorted(_US_NAMES) if n in countries), q)
        (weak if f in _COUNTRY_WORDS else strong)[q] += 1
    words = [(w.start(), w.group()) for w in _WORD.finditer(text)]
    for i, (_, w) in enumerate(words):
        f = fold_surface(w)
        if countries.get(f) == _HOME_KEY or countries.get(_DEMONYM + f) == _HOME_KEY:
            return None
        q = countries.get(_DEMONYM + f)
        if q is None or i + 1 >= len(words) or fold_surface(words[i + 1][1]) in _NOT_NOUNS \
                or text[words[i][0] + len(w):words[i + 1][0]].strip():
            continue
        (weak if f in _COUNTRY_WORDS else strong)[q] += 1
    counts = Counter({q: n + weak[q] for q, n in strong.items()})
    if not counts:
        return None
    q, n = min(counts.items(), key=lambda x: (-x[1], x[0]))
    return q if n >= DOC_COUNTRY_MIN else None


def _home_country_nodes(mentions: Sequence[Mention], text: str, generic: frozenset[str],
                        countries: Mapping[str, str], kb: KbIndex | None = None) -> list[tuple[tuple, str]]:
    """ORG names of generic institution words only (or a bare legislature `कांग्रेस`) in an article of a foreign
    country (doc_country): `स्वास्थ्य मंत्रालय` in an article about Iran is Iran's, `सर्वोच्च न्यायालय` in a US
    article the US court. (node key, country key) pairs, sorted (round 28)."""
    country = doc_country(mentions, text, countries, kb)
    if country is None:
        return []
    out = set()
    for m in mentions:
        if m.label != "ORG" or (key := node_key(m)) is None:
            continue
        words = [fold_surface(w).lower() for w in clean_words(m.text, "ORG")]
        if words and (all(w in generic or w in _LEGISLATURES for w in words) or " ".join(words) in _COUNTRY_ROW_NAMES):
            out.add((key, country))
    return sorted(out)


# review of round 33: bare names of aliases-v25 rows that a place written before makes that place's (`ऑस्ट्रेलिया के
# रिजर्व बैंक`, `गुजरात की मोदी सरकार`: a state's government), as generic words (_qualified_nodes); in a foreign
# article (_home_country_nodes) the bank is its country's
_PLACED_ROW_NAMES = frozenset(fold_surface(w).lower() for w in ("रिज़र्व बैंक", "मोदी सरकार"))
_COUNTRY_ROW_NAMES = frozenset(fold_surface(w).lower() for w in ("रिज़र्व बैंक",))


def _qualified_nodes(mentions: Sequence[Mention], text: str, generic: frozenset[str]) -> dict[tuple, set[str]]:
    """ORG names made of generic institution words only, written right after `<place> के/की/का` where the
    place is not India: `ईरान के स्वास्थ्य मंत्रालय`, `कनाडा के मौसम विभाग`, `रायपुर के एम्स` name that place's
    institution, not the one an alias row or another article means by the same words. Node key -> the phonetic
    keys of the places written before it."""
    out: dict[tuple, set[str]] = defaultdict(set)
    if not generic:
        return out
    ms = sorted((m for m in mentions if m.label in ("LOC", "ORG")), key=lambda m: (m.start, m.end, m.text))
    for a, b in zip(ms, ms[1:]):
        if a.label != "LOC" or b.label != "ORG" or b.start < a.end or not _GENITIVE.fullmatch(text[a.end:b.start]):
            continue
        words = [fold_surface(w).lower() for w in clean_words(b.text, "ORG")]
        if words and (all(w in generic for w in words) or " ".join(words) in _PLACED_ROW_NAMES) \
                and clean_words(a.text, "LOC") and \
                " ".join(clean_words(a.text, "LOC")) not in _HOME and (key := node_key(b)) is not None:
            out[key].add(name_keys(a.text, "LOC").k1)
    return out


# round 32: generic words that make an ORG name of generic words alone (link.generic_orgs) a body of a state or a
# district, one in each (`स्वास्थ्य विभाग`, `गृह विभाग`, `प्रांतीय सरकार`, `जिला आपदा प्रबंधन प्राधिकरण`, `रेलवे`
# no), and the two-word heads of a state's court (`हाई कोर्ट`, `उच्च न्यायालय`); words that make it a national body
_STATE_BODY_WORDS = frozenset(fold_surface(w) for w in "विभाग हाईकोर्ट प्रांतीय प्रांत राज्य".split())
_DISTRICT_BODY_WORDS = frozenset(fold_surface(w) for w in "जिला ज़िला प्रशासन पुलिस नगर".split())
_STATE_COURTS = tuple(frozenset(fold_surface(w) for w in pair.split()) for pair in
                      ("हाई कोर्ट", "उच्च न्यायालय", "उच्च अदालत"))
_NATIONAL_BODY_WORDS = frozenset(fold_surface(w) for w in """केंद्रीय केन्द्रीय राष्ट्रीय संघीय सर्वोच्च सुप्रीम नेशनल
    नैशनल फेडरल मौसम रेल रेलवे डाक आयकर दूरसंचार सेना नौसेना वायुसेना थलसेना आर्मी नेवी एयरफोर्स रक्षा विदेश""".split())
# the three chartered high courts keep their cities' old names, no KB place's: `मद्रास 【उच्च न्यायालय】`
_CHARTERED_COURTS = frozenset(fold_surface(w) for w in "मद्रास बॉम्बे बम्बई बंबई".split())
# the words between a place and its body: `बिहार सरकार के स्वास्थ्य विभाग`, `पंजाब के`, `गया जिला प्रशासन`
_PLACE_BEFORE_BODY = re.compile(r"(?:\s+(?:सरकार|राज्य|प्रदेश|जिले|जिला|ज़िले|ज़िला|शहर|नगर))?(?:\s+(?:के|की|का))?\s+$")
# a dateline: a place opening a line before `:`, `ः`, `।`, `,` or ` /` (`पटना / …`, `जम्मू। …`, `भोपाल, आइएएनएस`); not a
# list's first place (`दिल्ली, मुंबई और पुणे में`: a LOC right after the comma)
_BODY_DATELINE_AFTER = re.compile(r" ?(?:[ः:।,]| /)")
_LIST_COMMA = re.compile(r" ?, ?")
# review of round 32: a national government written right before a body (`केंद्र सरकार के स्वास्थ्य विभाग`)
_NATIONAL_GOVTS = frozenset(_country_name(w) for w in ("केंद्र", "केन्द्र", *_HOME))
_NO_PLACE = ""  # the place of a national or a foreign government's body: the body is not keyed
# a place that is the scene of the news (`गया जिले में`, `गया में`), not `पटना से आई टीम`
_SCENE_AFTER = re.compile("\\s+(?:ज\u093c?िल[ेा]|में)(?![\u0900-\u097f])")


def _body_level(words: Sequence[str], generic: frozenset[str]) -> str | None:
    """`state` or `district` for an ORG name (folded words) of generic words only naming a state's or a district's
    body, else None (a national one, another name)."""
    ws = set(words)
    if not words or not all(w in generic for w in words) or ws & _NATIONAL_BODY_WORDS:
        return None
    if ws & _DISTRICT_BODY_WORDS:
        return "district"
    if ws & _STATE_BODY_WORDS or any(pair <= ws for pair in _STATE_COURTS):
        return "state"
    return None


def _written_place(start: int, text: str, end_list: Sequence[int], ends: Mapping[int, str]) -> str | None:
    """The key of the place written right before a body starting at `start` (_PLACE_BEFORE_BODY between them: `बिहार
    सरकार के`, `मध्य प्रदेश`, `गौतम बुद्ध नगर`), the nearest one within 24 chars; _NO_PLACE for a national or a foreign
    one (`केंद्र सरकार के`, `भारत के`, `अमेरिका के`); None if none."""
    i = bisect.bisect_right(end_list, start)
    while i and end_list[i - 1] >= start - 24:
        i -= 1
        if _PLACE_BEFORE_BODY.fullmatch(text, end_list[i], start):
            return ends[end_list[i]]
    return None


# link round 34 (link.embassies): a mission's last word(s) (folded) and the seat's link right before its name
_EMBASSY_HEADS = frozenset(fold_surface(w) for w in "दूतावास उच्चायोग एम्बेसी एंबेसी कॉन्सुलेट कांसुलेट".split())
_HIGH_COMMISSION = (fold_surface("हाई"), fold_surface("कमीशन"))
_SEAT_LINK = re.compile(r"\s+(?:में|स्थित)\s+$")


# link round 49 (link.seated_institutes): a space alone between an institute's name and the town after it; `में`,
# `स्थित` or a genitive between the town and the name after it
_SEAT_AFTER = re.compile(r" {1,2}([\u0900-\u0963\u0966-\u097f]+)")
_SEAT_BEFORE = re.compile(r"\s+(?:में|स्थित|के|की|का)\s+$")
_DELHI_NAMES = frozenset(_country_name(w) for w in ("दिल्ली", "नई दिल्ली", "नयी दिल्ली"))
_DELHI_SEAT = "\x00delhi"
# ... the names of one institute of many seats (its key: the short name's): AIIMS's full names (the alias row's and
# the English one) and its Latin short name are the seat's as much as `एम्स` (`पटना के अखिल भारतीय आयुर्विज्ञान
# संस्थान (AIIMS)`, `अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश की टीम ... एम्स के जनसंपर्क अधिकारी`)
_SEAT_GROUPS = {name_keys(w, "ORG").k1: name_keys("एम्स", "ORG").k1 for w in (
    "एम्स", "AIIMS", "अखिल भारतीय आयुर्विज्ञान संस्थान", "ऑल इंडिया इंस्टीट्यूट ऑफ मेडिकल साइंसेज")}


def _seated_institute_nodes(mentions: Sequence[Mention], text: str, kb: KbIndex) -> dict[tuple, tuple[str, str]]:
    """Link round 49: node key of a name of an institute of many seats (a bare short name of _MULTI_SEAT_INSTITUTES:
    `एम्स`, `पीजीआई`; AIIMS's other names, _SEAT_GROUPS) -> (the institute's key, the phonetic key of the one town its
    article writes that institute with): a LOC mention right before one of its names with `में`, `स्थित` or a genitive
    between (`भोपाल में एम्स के`, `पटना के अखिल भारतीय आयुर्विज्ञान संस्थान`) or a town right after it with a space
    between (`एम्स भोपाल भेजा`; a LOC mention there or a word spelt as one of the article's LOC mentions), an Indian
    place the link knows (the countries table's Indian places or an alias/KB LOC row, _is_place). None where one of
    its names is written with Delhi (`दिल्ली स्थित एम्स`, `एम्स दिल्ली`: the alias row's) or with two towns, or where a
    name of it is also written with no town in an article naming Delhi as often as the town or more (a roundup's `एम्स
    भोपाल` beside its `एम्स की प्रयोगशाला`, Delhi's); India, a country and a name the link does not know as a place
    are no seat."""
    countries = kb[5] if len(kb) > 5 else {}
    by_end: dict[int, Mention] = {}
    by_start: dict[int, Mention] = {}
    by_key: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "LOC":
            by_end.setdefault(m.end, m)
            by_start.setdefault(m.start, m)
            by_key.setdefault(name_keys(m.text, "LOC").k1, m)
    groups: dict[str, set[tuple]] = defaultdict(set)
    seats: dict[str, set[str]] = defaultdict(set)
    unseated: set[str] = set()
    for m in mentions:
        if m.label != "ORG" or (key := node_key(m)) is None:
            continue
        nk = name_keys(m.text, "ORG")
        group = _SEAT_GROUPS.get(nk.k1) or (nk.k1 if len(nk.tokens) == 1 and nk.k1 in _MULTI_SEAT_INSTITUTES else None)
        if group is None:
            continue
        groups[group].add(key)
        g = _SEAT_BEFORE.search(text, max(0, m.start - 12), m.start)
        loc = by_end.get(g.start()) if g else None
        if loc is None and (a := _SEAT_AFTER.match(text, m.end)) is not None:
            # the town after it, tagged there or a town the article's LOC mentions name (the tagger's span cut:
            # `अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश की टीम`, `ऋषिकेश` tagged elsewhere in the article)
            loc = by_start.get(a.start(1)) or by_key.get(name_keys(a.group(1), "LOC").k1)
        c = _country_name(loc.text) if loc is not None else ""
        if c in _DELHI_NAMES:
            seats[group].add(_DELHI_SEAT)
        elif loc is not None and (countries.get(c) == _HOME_PLACE or (
                countries.get(c) is None and countries.get(_DEMONYM + c) is None
                and _is_place(loc.text, kb, countries))) and (q := name_keys(loc.text, "LOC").k1):
            seats[group].add(q)
        else:
            unseated.add(group)
    out = {}
    named: Counter | None = None
    for group, qs in seats.items():
        if len(qs) != 1 or _DELHI_SEAT in qs:
            continue
        q = next(iter(qs))
        if group in unseated:
            # a name of it written with no town is that town's institute only where the article names the town
            # more often than Delhi (`भोपाल में एम्स के ...`, then `एम्स के कैंसर वार्ड` of a Bhopal report)
            if named is None:
                named = Counter(_DELHI_SEAT if _country_name(m.text) in _DELHI_NAMES else name_keys(m.text, "LOC").k1
                                for m in mentions if m.label == "LOC")
            if named[q] <= named[_DELHI_SEAT]:
                continue
        out.update((k, (group, q)) for k in groups[group])
    return out


def _embassy_nodes(mentions: Sequence[Mention], text: str, skip: set[tuple],
                   countries: Mapping[str, str] = {}) -> dict[tuple, set[str]]:
    """Link round 34: node key (not in `skip`) -> the seats of an ORG name of at most three words ending in a
    mission's word (`दूतावास`, `उच्चायोग`, `हाई कमीशन`, `एम्बेसी`, `कॉन्सुलेट`) after a country's name or demonym
    (review of round 34: `भारतीय दूतावास`, `ब्रिटिश हाई कमीशन`; not `वाणिज्य दूतावास`, `शरणार्थी उच्चायोग`): the
    phonetic keys of the places written right before its mentions with `में`/`स्थित` between (`बीजिंग स्थित भारतीय
    उच्चायोग`), India and its states and cities one seat (`भारत में`, `नई दिल्ली में`); an empty set where none is."""
    out: dict[tuple, set[str]] = {}
    locs = {}
    for m in mentions:
        if m.label == "LOC":
            locs.setdefault(m.end, m)
    for m in mentions:
        if m.label != "ORG" or (key := node_key(m)) is None or key in skip:
            continue
        ws = [fold_surface(w) for w in clean_words(m.text, "ORG")]
        head = 2 if tuple(ws[-2:]) == _HIGH_COMMISSION else 1 if ws and ws[-1] in _EMBASSY_HEADS else 0
        if not head or not (2 <= len(ws) <= 3) or not any(
                countries.get(_country_name(w)) is not None or countries.get(_DEMONYM + _country_name(w)) is not None
                for w in ws[:-head]):
            continue
        seats = out.setdefault(key, set())
        g = _SEAT_LINK.search(text, max(0, m.start - 12), m.start)
        if g and (loc := locs.get(g.start())) is not None and (k := name_keys(loc.text, "LOC").k1):
            seats.add(_HOME_KEY if countries.get(_country_name(loc.text)) in (_HOME_KEY, _HOME_PLACE) else k)
    return out


def _place_keyed_nodes(mentions: Sequence[Mention], text: str, generic: frozenset[str],
                       countries: Mapping[str, str], skip: set[tuple],
                       kb: KbIndex | None = None) -> dict[tuple, list[str]]:
    """Round 32: node key (not in `skip`: a name with a place already, or pinned to an alias/KB row) -> the sorted
    place keys of a state's or district's body named by generic words alone (_body_level), one per mention: the place
    written right before it (_written_place; or an untagged word there that spells a KB place), else the last
    dateline before it, else the article's one place (no India, no foreign country, not `देश`), else for a state's
    body the article's one state where it is named more often than any other place; [] where no mention has one
    (the node links inside its article only). A district's body takes no state from a dateline or as the article's
    one place; after a dateline named once, it takes the one other place (no state) named before it as the scene
    (`पटना: गया जिले में … जिला प्रशासन`). A node with a mention after a national or foreign government or a demonym (`केंद्र
    सरकार के`, `अमेरिकी`) is not keyed."""
    bodies = []
    for m in mentions:
        if m.label != "ORG" or (key := node_key(m)) is None or key in skip:
            continue
        if (level := _body_level([fold_surface(w).lower() for w in clean_words(m.text, "ORG")], generic)):
            bodies.append((m, key, level))
    if not bodies:
        return {}
    ends: dict[int, str] = {}
    places: Counter = Counter()
    states: set[str] = set()
    datelines: list[tuple[int, str]] = []
    firsts: list[tuple[int, str]] = []  # (start, key) of each scene place (_SCENE_AFTER), no state, first named
    ms = sorted((m for m in mentions if m.label in ("LOC", "ORG")), key=lambda m: (m.start, m.end, m.text))
    loc_starts = {m.start for m in ms if m.label == "LOC"}
    seen: set[str] = set()
    foreign_end = -1
    for m in ms:
        if m.label == "ORG":  # `बिहार सरकार`, `पंजाब सरकार` tagged as one ORG: its place
            ws = clean_words(m.text, "ORG")
            if len(ws) >= 2 and fold_surface(ws[-1]) == fold_surface("सरकार"):
                c = _country_name(" ".join(ws[:-1]))
                if c in _NATIONAL_GOVTS or countries.get(c) not in (None, _HOME_KEY, _HOME_PLACE):
                    ends[m.end] = _NO_PLACE
                elif countries.get(c) == _HOME_KEY:
                    ends[m.end] = name_keys(" ".join(ws[:-1]), "LOC").k1
            continue
        if not (words := " ".join(clean_words(m.text, "LOC"))):
            continue
        q = countries.get(c := _country_name(m.text))
        if words in _HOME or q not in (None, _HOME_KEY, _HOME_PLACE) or \
                (foreign_end >= 0 and _GENITIVE.fullmatch(text, foreign_end, m.start)):
            ends[m.end] = _NO_PLACE  # `भारत के`, a foreign country (its article: doc_country), `पाकिस्तान के पंजाब`
            foreign_end = m.end
            continue
        if c in _NO_CONTEXT_PLACES - {_country_name("दिल्ली")} or not (k := name_keys(m.text, "LOC").k1):
            continue  # `देश`, `दुनिया`
        ends[m.end] = k
        if q != _HOME_KEY and k not in seen and _SCENE_AFTER.match(text, m.end):
            seen.add(k)
            firsts.append((m.start, k))
        places[k] += 1
        if q == _HOME_KEY:
            states.add(k)
        line = text.rfind("\n", 0, m.start) + 1
        if (g := _BODY_DATELINE_AFTER.match(text, m.end)) and not text[line:m.start].strip(" ") and not (
                g.group().strip() == "," and _LIST_COMMA.match(text, m.end).end() in loc_starts):
            datelines.append((m.start, k))
    end_list = sorted(ends)
    one_state = None  # the article's one state, named more often than any other place (not `… को दिल्ली भेजा`)
    if len(states) == 1 and places[s := next(iter(states))] > max((n for k, n in places.items() if k != s), default=0):
        one_state = s
    out: dict[tuple, set[str]] = {key: set() for _, key, _ in bodies}
    national: set[tuple] = set()
    for m, key, level in bodies:
        q = _written_place(m.start, text, end_list, ends)
        g = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if q == _NO_PLACE or g and countries.get(_DEMONYM + _country_name(g.group(1))) is not None:
            national.add(key)  # `केंद्र सरकार के स्वास्थ्य विभाग`, `अमेरिकी रक्षा विभाग`
            continue
        if q is None and g and (
                (kb is not None and kb_row(kb, "LOC", nk := name_keys(g.group(1), "LOC")) is not None)
                or (level == "state" and fold_surface(g.group(1)) in _CHARTERED_COURTS
                    and (nk := name_keys(g.group(1), "LOC")))):
            q = nk.k1  # an untagged KB place right before it (`इलाहाबाद 【हाई कोर्ट】`), a court's old city name
        if q is None and (i := bisect.bisect_right(datelines, (m.start, ""))):
            q = datelines[i - 1][1]
            if level == "district":  # not a state's; `पटना: गया जिले में … जिला प्रशासन` is Gaya's
                before = [k for _, k in firsts[:min(3, bisect.bisect_right(firsts, (m.start, "")))] if k != q]
                q = before[0] if places[q] == 1 and len(before) == 1 else None if q in states else q
        if q is None and len(places) == 1 and not (level == "district" and next(iter(places)) in states):
            q = next(iter(places))
        if q is None and level == "state":
            q = one_state
        if q is not None:
            out[key].add(q)
    return {k: sorted(qs) for k, qs in sorted(out.items()) if k not in national}


# the marker a village name gets (`qualified:village`, like an institution's `qualified:<place key>`): it links
# inside its article, and across articles only to the same name written as a village (global_link's same-place join)
_VILLAGE = "village"
# the word right before the name, on its line (a headline ending in गांव is not the dateline's town's), not `ग्राम`
# after a number (`250 ग्राम चीन से आई दवा` is a weight)
_VILLAGE_BEFORE = re.compile(r"(?:^|(?<=[\s(,]))(?<![0-9\u0966-\u096f][ \t])(?:ग्राम|गांव|गाँव)[ \t]+$")
_VILLAGE_AFTER = re.compile(r"[ \t]+(?:गांव|गाँव)(?![\u0900-\u097f])")
_VILLAGE_OWN = re.compile(r"^(?:ग्राम|गांव|गाँव)[\s\-\u2010-\u2015]|\s(?:गांव|गाँव)$")  # `ग्राम वर्धा`, `ग्राम-वर्धा`


def _village_nodes(mentions: Sequence[Mention], text: str) -> list[tuple]:
    """LOC names written as a village's: `ग्राम वर्धा`, `गांव खानपुर घाटी`, `गाजीपुर गांव स्थित` (the word right
    before or after the name on its line, or the name's own first or last word; not a name ending in गांव like
    `मालेगांव`), every mention of the name in the article: one `गांव` beside `बिहार` (`अपने गांव बिहार लौटे। बिहार
    सरकार ने`) or `गाजीपुर जिले के गाजीपुर गांव में` leaves the name the KB's. A KB row is a country, state, district or
    town; the village of the same name is none of them (round 27). Across articles such a name joins only the same
    name written as a village (global_link's same-place join), not a town's name. Sorted node keys."""
    seen: dict[tuple, bool] = {}
    for m in mentions:
        if m.label != "LOC" or (key := node_key(m)) is None:
            continue
        village = bool(_VILLAGE_BEFORE.search(text, max(0, m.start - 12), m.start) or _VILLAGE_AFTER.match(text, m.end)
                       or _VILLAGE_OWN.search(m.text.strip()))
        seen[key] = seen.get(key, True) and village
    return sorted(k for k, v in seen.items() if v)


def _qualified_places(applied: Sequence[_Edge]) -> dict[tuple, set[str]]:
    """Node key -> the places written before it, from local_link's `qualified:<place key>` marker edges."""
    places: dict[tuple, set[str]] = defaultdict(set)
    for e in applied:
        if e.a == e.b and e.rule.startswith("qualified:"):
            places[e.a].add(e.rule.split(":", 1)[1])
    return places


def global_link(
    docs: Sequence[LocalDoc], aliases: AliasTable, p: LinkParams, previous: Sequence[Entity] | None = None,
    incremental: bool = True, trace: "LinkTrace | None" = None,
) -> tuple[list[Entity], dict[tuple, tuple[str, str]]]:
    """Phase 2 over documents linked on their own: their clusters joined across documents on strong names,
    to alias rows and to `previous` entities (see link_mentions). Returns (entities sorted by id,
    node key -> (entity_id, link_rule)). `trace` (optional) receives what an incremental run needs to
    know which documents a result depends on (see LinkTrace); it changes nothing in the result."""
    previous = tuple(previous or ())
    uf = _UF()
    nodes: dict[tuple, _Node] = {}
    for ld in docs:
        for n in ld.nodes:
            nodes[n.key] = n
            uf.add(n.key)
    # ---- pseudo nodes: alias rows and previous entities
    for e in aliases.entries:
        key = _alias_key(e)
        names = tuple(name_keys(n, e.label) for n in e.names())
        nodes[key] = _Node(key, key[0], e.label, names[0], Counter(), alias=e, strong_names=names)
        uf.add(key, alias_pin=e.line)
    for e in previous:
        if e.label not in LINK_LABELS:
            continue
        key = ("\x00prev", e.label, e.entity_id)
        names = tuple(
            nk for nk in dict.fromkeys(name_keys(n, e.label) for n in (e.canonical_name, *e.aliases))
            if nk.k1
        )
        if not names:
            continue
        if e.label == "PER" and any(len(n.tokens) > 1 for n in names):
            names = tuple(n for n in names if len(n.tokens) > 1)
        nodes[key] = _Node(key, key[0], e.label, names[0], Counter(), prev=e, strong_names=names)
        uf.add(key, prev_pin=e.entity_id)

    # ---- phases 0 and 1, as each document was linked on its own (a document's edges touch only its nodes
    # and alias rows, so the unions and each node's first edge are the same as linking them all together)
    applied: list[_Edge] = []
    for ld in docs:
        for e in ld.edges:
            uf.union(e.a, e.b)
            applied.append(e)
    apply = _applier(uf, applied)
    # an organisation's short form names it inside its own article only: `हाई कोर्ट` after `दिल्ली हाई कोर्ट`
    # here and after `गुजरात हाई कोर्ट` there must not tie the two courts
    short = {e.a for e in applied if e.a[1] != "PER"
             and e.rule.split(":")[0] in ("short-form", "surname", "given-name", "qualified", "alias-cut", "local")}
    # round 31: a district's own facility named by generic words alone (`सदर अस्पताल`, `सामुदायिक स्वास्थ्य केंद्र`) is
    # one in every district: it links inside its article only (six districts' `सदर अस्पताल` were one entity)
    # (review of round 31: a set of their own, not `short`)
    facilities = {n.key for n in nodes.values() if n.label == "ORG" and not n.pseudo and _local_facility(n.nk)} \
        if p.local_facilities else set()
    local_places = {n.key for n in nodes.values() if n.label == "LOC" and not n.pseudo and _local_place(n.nk)} \
        if p.local_places else set()  # link round 39: `काली मंदिर` of Patna and of another town are two temples
    if p.local_places and p.nagar_places:  # link round 47: a town's colony (`पटना के पटेल नगर`), local_link's marker
        local_places |= {e.a for e in applied if e.a == e.b and e.rule == "colony"}
    facilities |= local_places

    # ---- phase 2: across documents, on strong names
    roots: dict[tuple, list[_Node]] = defaultdict(list)
    for n in nodes.values():
        roots[uf.find(n.key)].append(n)
    strong: dict[str, list[tuple[tuple, NameKeys]]] = defaultdict(list)
    # round 29: a common name (`सतीश कुमार`) is no strong name, unless an alias row lists it; it meets the same name of
    # another article of a place of its own (the `context:<place>` markers of local_link), below
    row_names = {nk.k1 for n in nodes.values() if n.alias is not None and n.label == "PER" for nk in n.strong_names} \
        if p.common_names else set()
    # round 32: a local official spelt like an alias row (`डीएम नितीश कुमार`) is no strong name; a common name then
    # (round 33: a private person's name neither)
    weak_names = {e.a for e in applied if e.a == e.b and e.rule in ("office", "private")}
    # link round 35: an officer's name (`निदेशक डॉ. मनमोहन सिंह`, `एसपी राहुल शर्मा`) that another article writes after
    # a famous person's title (`प्रधानमंत्री मनमोहन सिंह`, `खिलाड़ी राहुल शर्मा`) is two people: no strong name, it joins
    # by a place or title of both articles only
    famous_names = {(nodes[e.a].doc, nodes[e.a].nk.k1) for e in applied if e.a == e.b and e.rule == "famous-title"}
    apart_officers: set[tuple] = set()
    if famous_names:
        famous_docs: dict[str, set[str]] = defaultdict(set)
        for d, k1 in famous_names:
            famous_docs[k1].add(d)
        apart_officers = {e.a for e in applied if e.a == e.b and e.rule == "officer"
                          and famous_docs.get(nodes[e.a].nk.k1, set()) - {nodes[e.a].doc}}
        weak_names |= apart_officers
    common = {n.key for n in nodes.values() if p.common_names and not n.pseudo and n.label == "PER"
              and _common_name(n.nk) and (n.nk.k1 not in row_names or n.key in weak_names)}
    for members in roots.values():
        label = members[0].label
        multi = [n for n in members if not n.pseudo and len(n.nk.tokens) > 1]
        for n in members:
            if n.pseudo:
                strong[label].extend((n.key, nk) for nk in n.strong_names)
            elif n.key in common or n.key in weak_names:
                continue
            elif (label != "PER" and n.key not in short and n.key not in facilities) \
                    or (label == "PER" and (not multi or len(n.nk.tokens) > 1)):
                strong[label].append((n.key, n.nk))
    phase2: list[_Edge] = []
    for label in sorted(strong):
        phase2.extend(_key_edges(strong[label], p, label, nodes, uf))
    apply(phase2)
    if p.initials_across and strong.get("PER"):  # link round 37: `आर गंगाखेडकर` = `रमन गंगाखेडकर`
        across = _initials_across_edges(strong["PER"], nodes, uf, p)
        apply(across)
        phase2 += across
    if p.middle_names and strong.get("PER"):  # link round 38: `अवनीश अवस्थी` = `अवनीश कुमार अवस्थी`
        middle = _middle_name_edges(strong["PER"], nodes, uf, p, trace)
        apply(middle)
        phase2 += middle
    # the same institution of the same place in two articles (`चीन के राष्ट्रीय स्वास्थ्य आयोग`): one, where neither
    # article joined it to a name that links across articles (`ईरान के स्वास्थ्य मंत्रालय` beside India's ministry)
    places = _qualified_places(applied)
    linked = {uf.find(k) for items in strong.values() for k, _ in items} if places else set()
    same_place: dict[tuple, list[tuple]] = defaultdict(list)
    for k, qs in sorted(places.items()):
        if len(qs) == 1 and uf.find(k) not in linked:
            same_place[(k[1], next(iter(qs)), nodes[k].nk.k1)].append(k)
    same = [_Edge(_PRIO["qualified"], "qualified", ks[0], k) for ks in same_place.values() for k in ks[1:]]
    # a village keeps its published id: it joins the one previous entity of its name that has no QID (--keep-ids;
    # the entities published before village_places held its name)
    prev_names: dict[tuple, set[tuple]] = defaultdict(set)
    for n in nodes.values():
        if n.prev is not None and not n.prev.qid:
            for nk in n.strong_names:
                prev_names[(n.label, nk.k1)].add(n.key)
    for (label, q, k1), ks in sorted(same_place.items()):
        if q == _VILLAGE and len(old := prev_names.get((label, k1), ())) == 1:
            same.append(_Edge(_PRIO["previous"], "previous", ks[0], next(iter(old)), directed=True))
    apply(same)
    phase2 += same
    blocked_context: list[_Edge] = []  # review of link round 35: context joins apart_context blocked (LinkTrace)
    if common or weak_names or local_places:  # the same common (round 33: or private) name in two articles of one
        # place: one person (link round 39: the same neighbourhood place, `जमालपुर के सदर बाजार`, one place)
        ctx: dict[tuple, list[tuple]] = defaultdict(list)
        for e in applied:
            if e.a == e.b and (e.rule.startswith("context-other:") or e.rule.startswith("context-town:")
                               or e.rule.startswith("context:") and (
                    e.a in common or e.a in weak_names or e.a in local_places)):
                # round 31: `सी के` = `सीके`; link round 39: by label too (a LOC and a PER name of one key)
                ctx[(nodes[e.a].label, _initials_key(nodes[e.a].nk), e.rule.split(":", 1)[1])].append(e.a)
        # review of round 33: another name's marker (`context-other:`, local_link) joins a group with a weak name only
        joined = [_Edge(_PRIO["context"], "context", min(ks), k) for ks in ctx.values()
                  if any(x in common or x in weak_names or x in local_places for x in ks)
                  for k in sorted(set(ks)) if k != min(ks)]
        if p.apart_context and apart_officers:
            famous_keys = {e.a for e in applied if e.a == e.b and e.rule == "famous-title"}
            joined = _apart_context_edges(ctx, common | weak_names | local_places, apart_officers, famous_keys, nodes,
                                          uf, applied, blocked_context)
        else:
            apply(joined)
        phase2 += joined
    # review of round 34: one-word names under one title (`मौलाना 【साद】`) in articles where no full name joined them
    marked = [(e.a, e.rule.split(":", 1)[1]) for e in applied if e.a == e.b and e.rule.startswith("bare-title:")]
    full = {uf.find(n.key) for n in nodes.values() if not n.pseudo and len(n.nk.tokens) > 1} if marked else set()
    titled: dict[tuple, list[tuple]] = defaultdict(list)
    for k, t in marked:
        if uf.find(k) not in full:
            titled[(nodes[k].nk.k1, t)].append(k)
    same_title = [_Edge(_PRIO["bare-title"], "bare-title", min(ks), k) for ks in titled.values()
                  for k in sorted(set(ks)) if k != min(ks)]
    apply(same_title)
    phase2 += same_title
    if trace is not None:
        trace.edges.extend((e.a, e.b) for e in phase2 + blocked_context
                           if not (nodes[e.a].pseudo and nodes[e.b].pseudo))

    # ---- phase 2b: bare surnames across documents
    if p.xdoc_surname:
        if trace is not None:
            _trace_surnames(nodes, uf, trace)
        apply(_xdoc_surname_edges(nodes, uf))

    return _assemble(nodes, uf, applied, aliases, p, incremental)


def _apart_context_edges(ctx: Mapping[tuple, list[tuple]], weak: set[tuple], apart: set[tuple],
                         famous: set[tuple], nodes: Mapping[tuple, "_Node"], uf: _UF,
                         applied: list[_Edge], blocked: list[_Edge]) -> list[_Edge]:
    """Review of link round 35 (link.apart_context): global_link's context joins (each marker's group joined to its
    smallest key, in the edges' order) where no join puts an officer's name set apart by officers_apart (`apart`) and a
    name of its phonetic key written after a famous person's title (`famous`, the `famous-title` markers) into one
    cluster: a join so blocked is tried with the group's other keys instead (`एसपी राहुल शर्मा` of two articles naming
    Mumbai stay one, apart from the bowler of a third). Returns the edges applied (redundant ones too, as _applier);
    the pairs so blocked go to `blocked` (LinkTrace: compared and found matching, as pairs blocked by pins)."""
    off: dict[tuple, set[str]] = defaultdict(set)  # cluster root -> phonetic keys of its apart officers
    fam: dict[tuple, set[str]] = defaultdict(set)  # cluster root -> phonetic keys of its famous-title names
    for k in apart:
        off[uf.find(k)].add(nodes[k].nk.k1)
    for k in famous:
        fam[uf.find(k)].add(nodes[k].nk.k1)
    cand: list[tuple[_Edge, tuple]] = []
    for ks in ctx.values():
        if any(x in weak for x in ks):
            order = tuple(sorted(set(ks)))
            cand.extend((_Edge(_PRIO["context"], "context", order[0], k), order) for k in order[1:])
    out: list[_Edge] = []
    for edge, order in sorted(cand, key=lambda c: c[0].sort_key):
        for j in (edge.a, *(x for x in order if x != edge.a and x != edge.b)):
            ra, rb = uf.find(j), uf.find(edge.b)
            if ra == rb:
                out.append(edge if j == edge.a else _Edge(_PRIO["context"], "context", j, edge.b))
                break
            if off[ra] & fam[rb] or off[rb] & fam[ra]:
                blocked.append(_Edge(_PRIO["context"], "context", j, edge.b))
                continue  # an officer set apart and his famous namesake: no join; the group's next key
            if uf.union(j, edge.b):
                r = uf.find(j)
                off[r] = off.pop(ra, set()) | off.pop(rb, set())
                fam[r] = fam.pop(ra, set()) | fam.pop(rb, set())
                out.append(edge if j == edge.a else _Edge(_PRIO["context"], "context", j, edge.b))
            break  # joined, or two pins would meet (as _applier: no edge)
    applied.extend(out)
    return out


@dataclass
class LinkTrace:
    """What global_link saw besides its result, for an incremental run (runner.run_link): every pair of nodes
    a cross-document rule compared and found to match (``edges``, applied or blocked by pins; between two
    alias rows, never applied, left out) and, for ``xdoc-surname``, every bare PER cluster tied to every
    cluster whose full name ends in one of its names (in ``edges`` too), the keys of the bare clusters with
    mentions (``bare_keys``, their nodes ``bare_nodes``) and the surnames of full names of mentions
    (``surnames``). Documents whose nodes are not tied this way do not change each other's links."""

    edges: list[tuple[tuple, tuple]] = dataclasses.field(default_factory=list)
    bare_keys: set[str] = dataclasses.field(default_factory=set)
    bare_nodes: set[tuple] = dataclasses.field(default_factory=set)
    surnames: set[str] = dataclasses.field(default_factory=set)


def _trace_surnames(nodes: dict[tuple, _Node], uf: _UF, trace: LinkTrace) -> None:
    """The candidates of _xdoc_surname_edges (the same index of full names by their last token), all of them."""
    roots: dict[tuple, list[_Node]] = defaultdict(list)
    for n in nodes.values():
        if n.label == "PER":
            roots[uf.find(n.key)].append(n)
    index: dict[str, set[tuple]] = defaultdict(set)
    bare = []
    for r, members in roots.items():
        names = [nk for n in members for nk in n.names()]
        full = [nk for nk in names if len(nk.tokens) > 1]
        for nk in full:
            index[nk.tok_k1[-1]].add(r)
        trace.surnames.update(nk.tok_k1[-1] for n in members if not n.pseudo for nk in n.names() if len(nk.tokens) > 1)
        if not full:
            bare.append((r, members, {nk.k1 for nk in names}))
    for r, members, keys in bare:
        if any(not n.pseudo for n in members):
            trace.bare_keys.update(keys)
            trace.bare_nodes.update(n.key for n in members if not n.pseudo)
        for k in keys:
            trace.edges.extend((r, t) for t in sorted(index.get(k, ())) if not (nodes[r].pseudo and nodes[t].pseudo))


def pack_node(n: _Node) -> tuple:
    """A document's node as plain data (runner.run_link keeps them): its key and surfaces; its name keys are
    those of its first surface (local_link keys a node by its first mention)."""
    return n.key, tuple(n.surfaces.items())


def unpack_node(doc: str, data: tuple) -> _Node:
    key, surfaces = data
    return _Node(key, doc, key[1], name_keys(surfaces[0][0], key[1]), Counter(dict(surfaces)))


def pack_edge(e: _Edge) -> tuple:
    return e.prio, e.rule, e.a, e.b, e.directed


def unpack_edge(data: tuple) -> _Edge:
    return _Edge(*data)


def link_tokens(nk: NameKeys, label: str, p: LinkParams) -> set[tuple]:
    """The keys under which a name can meet another in phase 2 (its phonetic key and blocking keys): two
    names that share none are never compared across documents."""
    out = {("k1", label, nk.k1), *((label, *bk) for bk in _blocking_keys(nk, p, label))}
    if p.middle_names and label == "PER" and (w := _middle_words(nk)) is not None:
        # review of round 38: middle_names counts the full names of a given name and of a surname (not of a common
        # surname or completer it never counts: a new `… सिंह` would relink every component with one)
        if not _middle_static(w[0]) and w[0] not in _NAME_COMPLETERS:
            out.add(("PER", "mw-first", w[0]))
        if not _middle_static(w[1]):
            out.add(("PER", "mw-last", w[1]))
    return out


def _parens_edges(doc: str, label: str, mentions: Sequence[Mention], text: str,
                  nodes: dict[tuple, _Node]) -> list[_Edge]:
    ms = sorted(mentions, key=lambda m: (m.start, m.end, m.text))
    out = []
    for x, y in zip(ms, ms[1:]):
        if y.start < x.end:
            continue
        # a tagger may include the brackets in the span: look through them
        lead = len(y.text) - len(y.text.lstrip(" ([\"'“‘"))
        trail = len(y.text) - len(y.text.rstrip(" )]\"'”’"))
        gap = text[x.end : y.start + lead]
        after = text[y.end - trail : y.end - trail + 3]
        if not re.fullmatch(r"\s*[(\[]\s*", gap) or not re.match(r"\s*[)\]]", after):
            continue
        kx, ky = name_keys(x.text, label), name_keys(y.text, label)
        if not kx.k1 or not ky.k1:
            continue
        for acr, exp in ((ky, kx), (kx, ky)):
            if len(acr.tokens) == 1 and len(exp.tokens) >= 2 and (acr.acronym or acr.latin):
                a = (doc, label, acr.k0)
                b = (doc, label, exp.k0)
                if a in nodes and b in nodes:
                    out.append(_Edge(_PRIO["acronym-parens"], "acronym-parens", a, b))
                break
    return out


_LONG_COMMON_SURNAMES = frozenset(name_keys(w, "PER").k1 for w in """श्रीवास्तव चतुर्वेदी त्रिपाठी अग्रवाल""".split())


def _initials_across_edges(items: Sequence[tuple[tuple, NameKeys]], nodes: Mapping[tuple, "_Node"], uf: _UF,
                           p: LinkParams) -> list[_Edge]:
    """link round 37 (link.initials_across): strong PER names whose given names are written as initials, all of them
    (`आर गंगाखेडकर`) or a middle one (`रमन आर गंगाखेडकर`), joined across articles to the one cluster of full names of
    the same rare surname (its last word of long_name_skeleton consonants, not a common surname) that they fit: the
    initials are the first letters of its given names (`रमन गंगाखेडकर`), or the name less its middle initial is it.
    Two clusters that fit (two people of the surname): no join."""
    def initial(t: str) -> str | None:
        return _LETTER_NAMES.get(fold_surface(t)) or acronym_letters(t)

    by_surname: dict[str, list[tuple[tuple, NameKeys]]] = defaultdict(list)
    for k, nk in items:
        if len(nk.tokens) < 2 or nk.latin or len(nk.tokens) != len(nk.tok_k1) or nodes[k].pseudo:
            continue
        last = nk.tok_k1[-1]
        if len(_skeleton(last)) < p.long_name_skeleton or last in _COMMON_SURNAMES or last in _LONG_COMMON_SURNAMES:
            continue
        by_surname[last].append((k, nk))
    out: list[_Edge] = []
    for last, group in sorted(by_surname.items()):
        full = [(k, nk) for k, nk in group if not any(initial(t) for t in nk.tokens[:-1])]
        if not full:
            continue
        for k, nk in sorted(group):
            parts = [initial(t) for t in nk.tokens[:-1]]
            if all(parts):  # `आर गंगाखेडकर`: the initials of a full name's given names
                letters = "".join(parts)
                fits = [f for f, fk in full if len(fk.tokens) == len(letters) + 1
                        and _initials_match(letters, fk.tokens[:-1])]
            elif len(parts) == 2 and parts[1] and not parts[0]:  # `रमन आर गंगाखेडकर`: less its middle initial
                fits = [f for f, fk in full if len(fk.tokens) == 2 and fk.tok_k1[0] == nk.tok_k1[0]]
            else:
                continue
            roots = {uf.find(f) for f in fits}
            if len(roots) == 1 and uf.find(k) not in roots:
                out.append(_Edge(_PRIO["initials"], "initials", k, min(fits)))
    return out


# link round 38: a given name or surname alone does not tell two people apart when many full names of the table share
# it (`मोहम्मद सिद्दीकी`, an Afghan district's chief, is no `मोहम्मद हुसैन सिद्दीकी`, Karnataka's first death; `आजम खान` the
# squash player no `आजम अली खान`). Review of round 38: counted at run time, not a list fitted to corpus/news: the distinct
# full names (two words or more, phonetic keys) of PER mentions of the table with that first (given name) or last word
# (surname), at least link.middle_names_frequent of them (round 38's list: `मोहम्मद` 35, `ख़ान` 38, `कपूर` 28 of 3,068
# full names over corpus/news). The incremental link sees the same counts: link_tokens keys a full name by its first and
# last word (`mw-first`/`mw-last`), and the trace ties every candidate to the names counted for it.


def _middle_words(nk: NameKeys) -> tuple[str, str] | None:
    """The first and last word of a full PER name that middle_names counts (none of a common surname or completer)."""
    if len(nk.tok_k1) < 2 or len(nk.tok_k1) != len(nk.tokens):
        return None
    return nk.tok_k1[0], nk.tok_k1[-1]


def _middle_static(t: str) -> bool:
    """A common surname or name completer (`सिंह`, `कुमार`, `श्रीवास्तव`): middle_names neither joins nor counts it."""
    return t in _NAME_ENDINGS or t in _LONG_COMMON_SURNAMES


def _middle_name_edges(items: Sequence[tuple[tuple, NameKeys]], nodes: Mapping[tuple, "_Node"], uf: _UF,
                       p: LinkParams, trace: "LinkTrace | None" = None) -> list[_Edge]:
    """link round 38 (link.middle_names): a strong PER name of two words, a given name and a surname (`अवनीश अवस्थी`,
    `विनोद पॉल`), joined across articles to the one cluster holding a full name of three words with that first and
    last word (`अवनीश कुमार अवस्थी`, the alias row `विनोद कुमार पॉल`): the middle name left out. Not for a given name
    written as an initial (initials_across), a common surname or name completer (`सिंह`, `कुमार`, `श्रीवास्तव`), nor a
    given name or surname that middle_names_frequent or more distinct full names of the table's mentions share (review
    of round 38, counted at run time); two fitting clusters (two people), no join. Inside one article the short-form
    rules join them already."""
    def plain(nk: NameKeys) -> bool:
        return not nk.latin and len(nk.tokens) == len(nk.tok_k1) and not any(
            _LETTER_NAMES.get(fold_surface(t)) or acronym_letters(t) for t in nk.tokens[:-1])

    static = _middle_static
    full: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for k, nk in items:
        if len(nk.tokens) == 3 and plain(nk):
            full[(nk.tok_k1[0], nk.tok_k1[2])].append(k)
    out: list[_Edge] = []
    if not full:
        return out
    # the distinct full names of mentions by first and by last word (their nodes, for the trace)
    firsts: dict[str, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    lasts: dict[str, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for n in nodes.values():
        if n.pseudo or n.label != "PER" or (w := _middle_words(n.nk)) is None:
            continue
        firsts[w[0]][n.nk.k1].append(n.key)
        lasts[w[1]][n.nk.k1].append(n.key)
    for k, nk in sorted(items, key=lambda x: (x[0], x[1].k1)):
        if nodes[k].pseudo or len(nk.tokens) != 2 or not plain(nk):
            continue
        first, last = nk.tok_k1
        if static(first) or static(last) or first in _NAME_COMPLETERS:
            continue
        fits = full.get((first, last), ())
        if not fits:
            continue
        if trace is not None:  # the decision depends on every name counted: one component for the incremental link
            trace.edges.extend((k, f) for f in fits if not nodes[f].pseudo)
            trace.edges.extend((k, o) for ks in (*firsts[first].values(), *lasts[last].values()) for o in ks)
        if len(firsts[first]) >= p.middle_names_frequent or len(lasts[last]) >= p.middle_names_frequent:
            continue
        roots = {uf.find(f) for f in fits}
        if len(roots) == 1 and uf.find(k) not in roots:
            out.append(_Edge(_PRIO["middle-name"], "middle-name", k, min(fits)))
    return out


def _initials_edges(group: Sequence[_Node]) -> list[_Edge]:
    """Given names written as initials, inside one article: `एनडी तिवारी` = `नारायण दत्त तिवारी`, `जेपी नड्डा` = `जगत
    प्रकाश नड्डा` (same surname; the initials' letters are those of the other name's given names; exactly one such
    name in the article, else the initials are left alone)."""
    by_surname: dict[str, list[_Node]] = defaultdict(list)
    for n in group:
        if len(n.nk.tokens) > 1:
            by_surname[n.nk.tok_k1[-1]].append(n)
    out = []
    for names in by_surname.values():
        for x in names:
            parts = [_LETTER_NAMES.get(fold_surface(t)) or acronym_letters(t) for t in x.nk.tokens[:-1]]
            if not all(parts):
                continue
            letters = "".join(parts)
            fits = [y for y in names if y is not x and len(y.nk.tokens) == len(letters) + 1
                    and not any(_LETTER_NAMES.get(fold_surface(t)) or acronym_letters(t) for t in y.nk.tokens[:-1])
                    and _initials_match(letters, y.nk.tokens[:-1])]
            if len(fits) == 1:
                out.append(_Edge(_PRIO["initials"], "initials", x.key, fits[0].key))
    return out


_GLIDE = re.compile(r"(?<=[b-df-hj-np-tv-z])y(?=u)")


def _variant_key(nk: NameKeys) -> tuple[str, ...]:
    """Each word's phonetic key without a `y` glide before `u` (`म्यूलर` = `मुलर`) and without `a` inside the word
    when 5+ letters remain (`कैवना` = `कैवाना`, kevna); a word's first and last letters stay (`राम` / `रमा`,
    `सुनील` / `सुनीला` stay apart). In a shorter word the long vowel tells given names apart (`नरेश` / `नारेश`,
    `कमल` / `कमाल`, `मदन` / `मादन`)."""
    out = []
    for w in nk.tok_k1:
        w = _GLIDE.sub("", w)
        short = w[:1] + w[1:-1].replace("a", "") + w[-1:] if len(w) > 2 else w
        out.append(short if len(short) >= 5 else w)
    return tuple(out)


def _variant_edges(group: Sequence[_Node]) -> list[_Edge]:
    """Inside one article, two spellings of a person's name whose words differ only by a `y` glide before `u` or a
    vowel `a` inside a word (`म्यूलर` / `मुलर`, `कैवना` / `कैवाना`; keys of 4+ letters): one person (round 17)."""
    by: dict[tuple[str, ...], list[_Node]] = defaultdict(list)
    for n in group:
        key = _variant_key(n.nk)
        if sum(map(len, key)) >= 4:
            by[key].append(n)
    out = []
    for key in sorted(by):
        ns = sorted(by[key], key=lambda n: n.key)
        out.extend(_Edge(_PRIO["variant"], "variant", n.key, ns[0].key) for n in ns[1:] if n.nk.k1 != ns[0].nk.k1)
    return out


def _glued_edges(group: Sequence[_Node], nodes: dict[tuple, _Node]) -> list[_Edge]:
    """A sentence-final `है` glued to the next name by a lost full stop (`हैपाकिस्तान क्रिकेट बोर्ड`): the name
    without it, when the article names it so too (`हैदराबाद` stays itself: no `दराबाद` in the article)."""
    out = []
    for n in group:
        surface = n.nk.surface
        if surface.startswith("है") and len(surface) > 4 and not _is_dependent(surface[2]) and surface[2] != "\u093c":
            key = (n.doc, n.label, name_keys(surface[2:], n.label).k0)
            if key in nodes and key != n.key:
                out.append(_Edge(_PRIO["glued"], "glued", n.key, key, directed=True))
    return out


_AKA = re.compile(r"\s*[(,]?\s*(?:उर्फ़|उर्फ|ऊर्फ|उर्फ़|alias|a\.k\.a\.?)\s*:?\s*", re.IGNORECASE)


def _aka_edges(doc: str, label: str, mentions: Sequence[Mention], text: str) -> list[_Edge]:
    """`X उर्फ Y` (X alias Y): two names of one entity written side by side (`नवजोत संधू उर्फ अफसां गुरू`)."""
    ms = sorted(mentions, key=lambda m: (m.start, m.end, m.text))
    out = []
    for x, y in zip(ms, ms[1:]):
        if y.start >= x.end and _AKA.fullmatch(text[x.end : y.start]):
            a, b = node_key(x), node_key(y)
            if a is not None and b is not None and a != b:
                out.append(_Edge(_PRIO["aka"], "aka", a, b))
    return out


@lru_cache(maxsize=500_000)
def _token_match(s: str, t: str, p: LinkParams, typo: bool = False, min_skeleton: int = 0) -> int | None:
    """Quality of a token match: 0 exact key, 1 loose key, 2 fuzzy (skeletons of min_skeleton consonants, else
    fuzzy_min_skeleton), 3 (with `typo`) one consonant dropped or swapped in a long word (_typo_token); None if no
    match."""
    if s == t:
        return 0
    if len(s) >= 2 and _loose(s) == _loose(t) and len(_loose(s)) >= 3:
        return 1
    ss, st = _skeleton(s), _skeleton(t)
    if (
        ss == st
        and len(ss) >= (min_skeleton or p.fuzzy_min_skeleton)
        and (len(ss) >= p.fuzzy_min_skeleton or min(len(s), len(t)) >= 4)  # `मौलम` / `मौलेम`, not `धवन` / `ड्वेन`
        and s[-1:] == t[-1:]
        and _ratio(s, t) >= p.fuzzy_ratio
    ):
        return 2
    if typo and _typo_token(s, t, p):
        return 3
    return None


def _typo_token(a: str, b: str, p: LinkParams) -> bool:
    """One word of a name, its consonant skeletons one consonant dropped or swapped apart, at least
    typo_min_skeleton consonants, the same first and last letter, phonetic keys close (`कावड़ार्कोव` /
    `कवर्दार्कोव`): the test _typo_rule applies to the differing word of two names."""
    sa, sb = _skeleton(a), _skeleton(b)
    return (max(len(sa), len(sb)) >= p.typo_min_skeleton and a[:1] == b[:1] and a[-1:] == b[-1:]
            and _one_edit(sa, sb) and _ratio(a, b) >= p.fuzzy_ratio)


def _within(st: Sequence[str], lt: Sequence[str], p: LinkParams) -> bool:
    """Every token of the shorter name matches a token of the longer one, in order."""
    if len(lt) <= len(st):
        return False
    j = 0
    for tok in st:
        while j < len(lt) and _token_match(tok, lt[j], p) is None:
            j += 1
        if j == len(lt):
            return False
        j += 1
    return True


def _typo_keys(tok_key: str, p: LinkParams) -> tuple[str, ...]:
    """Keys under which two tokens _typo_token can match meet: the skeleton (when one consonant shorter than
    typo_min_skeleton or longer) and the skeleton less each of its consonants."""
    sk = _skeleton(tok_key)
    if len(sk) < p.typo_min_skeleton - 1:
        return ()
    return ("!" + sk, *("!" + sk[:i] + sk[i + 1:] for i in range(len(sk)) if len(sk) >= p.typo_min_skeleton))


def _spelling(nk: NameKeys, i: int) -> str:
    """The i-th name token as written (nukta, chandrabindu and case folded); "" where tokens and keys differ."""
    return fold_surface(nk.tokens[i]).lower() if len(nk.tokens) == len(nk.tok_k1) else ""


def _one_vowel_sign(a: str, b: str) -> bool:
    """Two spellings one vowel sign apart, the one with it inserted (`मौलम` / `मौलेम`; not `हरीश` / `हैरिस`,
    `किरण` / `किरोन`, `वॉर्न` / `वॉरेन`: short_form_min_skeleton, round 27)."""
    if len(a) > len(b):
        a, b = b, a
    if not a or len(b) != len(a) + 1:
        return False
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return "\u093e" <= b[i] <= "\u094c" and a[i:] == b[i + 1:]


_DASH = re.compile("[\u2010\u2011\u2012\u2013\u2212]")  # pipeline.normalize._DASHES


def _hyphen_piece(nk: NameKeys, i: int) -> bool:
    """The i-th token of a name is a piece of a hyphenated word (`ब्लैक-डेली`, `जोंग-उन`)."""
    surface = _DASH.sub("-", nk.surface)  # the normalizer's dashes (unify_dashes), when it did not unify them
    if len(nk.tokens) != len(nk.tok_k1) or "-" not in surface:
        return False
    tok = nk.tokens[i]
    return any(tok in w.split("-") for w in surface.split() if "-" in w)


def _foreign_qualified(mentions: Sequence[Mention], qualified: Mapping[tuple, set[str]],
                       countries: Mapping[str, str]) -> dict[tuple, frozenset[str]]:
    """Review 24: node key -> the foreign countries `_qualified_nodes` finds written before it (`ब्रिटेन के स्वास्थ्य
    विभाग`): that country's body, no short form of the article's Indian one (Karnataka's `स्वास्थ्य एवं परिवार कल्याण
    विभाग`), nor the other way round (`_short_form_edges`)."""
    if not qualified or not countries:
        return {}
    foreign: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "LOC" and (c := countries.get(_country_name(m.text))) not in (None, _HOME_KEY, _HOME_PLACE):
            foreign[name_keys(m.text, "LOC").k1].add(c)
    out = {k: frozenset(c for q in qs for c in foreign.get(q, ())) for k, qs in qualified.items()}
    return {k: cs for k, cs in out.items() if cs}


def _named_countries(n, countries: Mapping[str, str]) -> frozenset[str]:
    """Review 24: the foreign countries a name's own words name, by name or demonym (`ईरानी स्वास्थ्य मंत्रालय`)."""
    out = set()
    for w in n.nk.tokens:
        for c in (countries.get(_country_name(w)), countries.get(_DEMONYM + _country_name(w))):
            if c not in (None, _HOME_KEY, _HOME_PLACE):
                out.add(c)
    return frozenset(out)


# link round 34 (link.kin_names): a kinship noun right before a full name (`उनके बेटे डॉम वान क्रिक`, `पति संतोष`):
# the name is a relative's of someone else of the article, who shares its surname (folded: `माँ` is `मां`; review of
# round 34: no `बेगम`, a title of its own: `बेगम खालिदा जिया`)
_KIN_BEFORE = re.compile(r"(?<![\u0900-\u097f])(?:बेटे|बेटा|बेटी|बेटों|पुत्र|पुत्री|पत्नी|पति|पिता|मां|माता|भाई|बहन|"
                         r"भतीजे|भतीजा|भतीजी|भांजे|भांजा|भांजी|दामाद|ससुर|सास|बहू|दादा|दादी|नाना|नानी|पोते|पोता|पोती|"
                         r"चाचा|चाची|मामा|मामी|बुआ|मौसी|साले|साला|देवर|जेठ|भाभी|जीजा|ननद) ?$")
# review of round 34: a kinship word as an honorific (`दादा साहब फाल्के`, `माता वैष्णो देवी`): the name's first word is
# a title (`साहब`, `जी`) or a goddess's name (folded)
_KIN_HONORIFIC_FIRST = frozenset(fold_surface(w) for w in """साहब साहेब जी वैष्णो वैष्णव दुर्गा काली लक्ष्मी सरस्वती
    पार्वती सीता शीतला अंबे अम्बे चिंतपूर्णी ज्वाला मनसा नैना चामुंडा विंध्यवासिनी अन्नपूर्णा""".split())


def _kin_nodes(mentions: Sequence[Mention], text: str) -> dict[tuple, int]:
    """Link round 34: node keys of PER names of two or more words written right after a kinship noun in a mention
    (not an honorific's: `दादा साहब फाल्के`, `माता वैष्णो देवी`) -> the start of the name's first mention in the article
    (review of round 34: a short form is kept from it only when written before it, _short_form_edges)."""
    first: dict[tuple, int] = {}
    kin = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if (key := node_key(m)) is None:
            continue
        first.setdefault(key, m.start)
        if len(tokens := name_keys(m.text, "PER").tokens) > 1 and fold_surface(tokens[0]) not in _KIN_HONORIFIC_FIRST \
                and _KIN_BEFORE.search(fold_surface(text[max(0, m.start - 12):m.start])):
            kin.add(key)
    return {k: first[k] for k in kin}


def _first_starts(mentions: Sequence[Mention]) -> dict[tuple, int]:
    """Node key -> the start of its first mention (review of round 34: kin_names' short forms written before the
    relative's name)."""
    out: dict[tuple, int] = {}
    for m in mentions:
        if (key := node_key(m)) is not None and (key not in out or m.start < out[key]):
            out[key] = m.start
    return out


def _short_form_edges(by_doc_label, nodes, uf: _UF, p: LinkParams, apart: Mapping[tuple, frozenset[str]] = {},
                      countries: Mapping[str, str] = {}, kin: Mapping[tuple, int] = {},
                      firsts: Mapping[tuple, int] = {}, place_tail=None, name_lex=None,
                      heads_kb: "KbIndex | None" = None, first_kb: "KbIndex | None" = None) -> list[_Edge]:
    """Short forms of a longer name of the same article (`गौतम` -> `गौतम कुमार`); review 24: a body of a foreign
    country written before it (`apart`, _foreign_qualified) is no short form of a name of no such country (the
    country before it or in its words, `ईरानी स्वास्थ्य मंत्रालय`), nor the other way round. link round 45
    (`heads_kb`, own_word_heads): an organisation's one head word is no short form of an alias row's name of words of
    its own before the head (_own_words_before). link round 46 (`first_kb`, first_word_places): an organisation's
    one word pinned to no row of its own is the short form of the one longer name it begins whose other words are a
    place (_first_word_place)."""
    out: list[_Edge] = []
    for (doc, label), group in sorted(by_doc_label.items()):
        if label not in p.short_form_labels:
            continue
        # the names of the group by each of their tokens' keys (the token, its loose key, its skeleton: what
        # _token_match can match on): a short form's candidates are the names that hold its first token, not the
        # whole group (a look over all pairs grew as the square of the names of one article: 155 s for 13,000)
        names = list(group)
        typo = p.typo_short_forms and label == "PER"
        min_skel = p.short_form_min_skeleton if label == "PER" else 0
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, L in enumerate(names):
            for t in set(L.nk.tok_k1):
                for k in (t, "~" + _loose(t), "#" + _skeleton(t), *(_typo_keys(t, p) if typo else ())):
                    by_key[k].append(i)
        for s in sorted(group, key=lambda n: n.key):
            # an organisation's short form may drop its designator too: `रेड क्रॉस सोसाइटी` -> `युगांडा रेड क्रॉस`
            st = s.nk.tok_k1
            if label == "ORG" and 0 < s.nk.base_ntok < len(st) and st[: s.nk.base_ntok] == tuple(s.nk.base.split()):
                st = st[: s.nk.base_ntok]  # a trailing designator only: `केंद्रीय रेल मंत्रालय` is no short form
            if not st or any(len(t) < 2 for t in st):
                continue
            if label == "ORG" and len(st) == 1 and fold_surface(s.nk.surface).lower() in _ORG_HEADS:
                continue  # `मंत्रालय` alone names no ministry
            cands, kin_cands = [], set()
            keys = (st[0], "~" + _loose(st[0]), "#" + _skeleton(st[0]), *(_typo_keys(st[0], p) if typo else ()))
            near = {i for k in keys for i in by_key.get(k, ())}
            for L in (names[i] for i in sorted(near)):
                lt = L.nk.tok_k1
                if len(lt) <= len(st):
                    continue
                if (s.key in apart or L.key in apart) and (apart.get(s.key) or _named_countries(s, countries)) != (
                        apart.get(L.key) or _named_countries(L, countries)):
                    continue  # review 24: `ब्रिटेन के स्वास्थ्य विभाग` is no short form of Karnataka's department
                # in-order match of all short tokens to long tokens
                pos, quals, j = [], [], 0
                for tok in st:
                    while j < len(lt):
                        q = _token_match(tok, lt[j], p, typo, min_skel)
                        if q == 2 and len(_skeleton(tok)) < p.fuzzy_min_skeleton and not _one_vowel_sign(
                                _spelling(s.nk, len(pos)), _spelling(L.nk, j)):
                            q = None  # a short skeleton matches with one vowel sign more or less only
                        j += 1
                        if q is not None:
                            pos.append(j - 1)
                            quals.append(q)
                            break
                    else:
                        break
                if len(pos) != len(st):
                    continue
                last = pos[-1] == len(lt) - 1
                first = pos[0] == 0
                if heads_kb is not None and label == "ORG" and len(st) == 1 and not first \
                        and len(L.nk.tokens) == len(lt) and uf.alias_pin[uf.find(L.key)] is not None \
                        and _own_words_before(L.nk.tokens[:pos[0]], heads_kb, countries):
                    continue  # link round 45: `कांग्रेस` is no short form of `तृणमूल कांग्रेस` (an alias row's party)
                if label == "ORG" and not last and not (
                        pos[-1] == len(lt) - 2 and fold_surface(L.nk.tokens[-1]).lower() in _ORG_PARTY_WORDS
                        and len(L.nk.tokens) == len(lt)) and not (
                        place_tail is not None and pos == list(range(len(st))) and len(L.nk.tokens) == len(lt)
                        and s.nk.k1 not in _INSTITUTE_SHORT and not _institution(L.nk)
                        and place_tail(" ".join(L.nk.tokens[pos[-1] + 1:]))) and not (
                        first_kb is not None and pos == [0] and _first_word_place(s, L, uf, first_kb, countries)):
                    continue  # an organisation's short form keeps its head: `सीएसटीओ` is not `सीएसटीओ सुरक्षा परिषद`
                    # (but a party may drop `पार्टी`: `कांग्रेस` = `कांग्रेस पार्टी`; link round 37, org_place_tail: a
                    # team or firm its city or country, `रॉयल चैलेंजर्स` = `रॉयल चैलेंजर्स बंगलौर`; not an institute of
                    # many seats, `आईआईटी` of `आईआईटी गुवाहाटी`: review 24's seats name those)
                kind = "short-form" if (label == "ORG" and not last) else "surname" if (last and len(st) == 1) else (
                    "given-name" if (first and len(st) == 1) else "short-form")
                # a token spelt as the short form spells it beats one that only sounds alike: `जेन` after
                # `जेन हाल्टन` is Jane, not the surname of `सत्येंद्र जैन` (जैन and जेन share the phonetic key)
                spelt = 0 if all(_spelling(s.nk, k) == _spelling(L.nk, i) for k, i in enumerate(pos)) else 1
                # a word of its own beats a piece of a hyphenated name: `डेली` after `टॉम डेली` and his son
                # `रॉबर्ट रे ब्लैक-डेली` is Tom Daley (round 27)
                piece = 1 if p.hyphen_pieces and _hyphen_piece(L.nk, pos[-1]) else 0
                rank = (max(quals), spelt, piece, 0 if last else (1 if first else 2))
                cands.append((rank, L.key, kind))
                if last and not first and L.key in kin and firsts.get(s.key, kin[L.key]) < kin[L.key]:
                    kin_cands.add(L.key)  # review of round 34: only a short form written before the relative's name
                    # (`वान क्रिक` long before `उनके बेटे डॉम वान क्रिक`); after it, it is often the relative who speaks
                    # (`मृतक के पिता रामनिवास यादव … यादव ने बताया`, `उसकी मां जेनिफर स्मिथ … स्मिथ ने कहा`)
            if not cands:
                continue
            best = min(c[0] for c in cands)
            top = sorted(c for c in cands if c[0] == best)
            if kin_cands and all(c[1] in kin_cands for c in top):
                # round 34: `वान क्रिक` (the father) is no short form of `उनके बेटे डॉम वान क्रिक`, the one name it fits
                # best: the next best name, if any (a relative that ties with another name leaves it ambiguous)
                cands = [c for c in cands if c[1] not in kin_cands]
                if not cands:
                    continue
                best = min(c[0] for c in cands)
                top = sorted(c for c in cands if c[0] == best)
            elif kin_cands:  # ... nor of it beside its own last words (`वान क्रिक`, the father): `क्रिक` is his
                short_of_kin = [c for c in top if c[1] in kin_cands and any(
                    o[1] not in kin_cands and _within(nodes[o[1]].nk.tok_k1, nodes[c[1]].nk.tok_k1, p) for o in top)]
                top = [c for c in top if c not in short_of_kin]
            # a candidate that is itself a short form of another candidate names the same one: `शौकत` fits
            # `शौकत हुसैन` and `शौकत हुसैन गुरू`, one man; the longest names (those within no other) must agree
            chosen = _agreeing_longest(top, nodes, uf, p)
            if chosen is None and p.intro_first and label == "PER" and len(st) == 1 and s.key in firsts \
                    and all(c[2] == "given-name" for c in top):
                # link round 38: a given name alone that two full names fit is the one written before its first
                # mention, when every other is first written after it (`सुधीर कुमार गौतम` introduces the fan, and
                # `सुधीर` is written 16 times before the tagger's `सुधीर रेलवे में`): news introduce a person by the
                # full name first
                # (not a full name whose last word the article writes alone before it: `जेम्स` … `शाहरुख जेम्स बॉन्ड`,
                # the tagger's span of two names, before `शाहरुख खान`)
                before = [c for c in top if firsts.get(c[1], firsts[s.key]) < firsts[s.key]]
                if len(before) == 1 and all(firsts.get(c[1], -1) > firsts[s.key] for c in top if c is not before[0]) \
                        and not any(n.nk.tok_k1 == nodes[before[0][1]].nk.tok_k1[-1:]
                                    and firsts.get(n.key, firsts[before[0][1]]) < firsts[before[0][1]] for n in group) \
                        and not (p.intro_first_once and any(sum(nodes[c[1]].surfaces.values()) > 1
                                                            for c in top if c is not before[0])):
                    # review of round 38 (intro_first_once): every other full name is written once (the tagger's
                    # span of the name and the next word: `सुधीर रेलवे`, `दिनेश डीरेका`, `राहुल गंभीर`); one the
                    # article writes twice is a second person it introduces (`राहुल कुमार` … `राहुल कुमार ने कहा`),
                    # and the given name alone may be either
                    chosen = before[0]
            if name_lex is not None and label == "PER" and len(s.nk.tokens) == 1:
                # link round 41 (named_given_names): not the tagger's span of the given name and a word beside it
                chosen = _named_given_name(s, cands, chosen, nodes, uf, name_lex) or chosen
            if chosen is None:
                continue  # ambiguous: two different people fit equally well
            _, lkey, kind = chosen
            out.append(_Edge(_PRIO[kind], kind, s.key, lkey, directed=True))
    return out


def _first_word_place(s: "_Node", L: "_Node", uf: _UF, kb: KbIndex, countries: Mapping[str, str]) -> bool:
    """link round 46 (link.first_word_places): the organisation's one word `s`, spelt as the first word of `L`, is
    its short form: `s` is pinned to no alias/KB row of its own (`टोयोटा` is Toyota's row, not `टोयोटा यू.के.`, its
    subsidiary), is no short name of an institute of many seats (`आईआईटी`: review 24's seats name those), and `L`'s
    other words, one or two, are a place or a country (_is_place: `इंडिया`, `नोएडा`): `सहारा` of `सहारा इंडिया`."""
    if len(s.nk.tokens) != 1 or len(s.nk.tok_k1) != 1 or len(L.nk.tokens) != len(L.nk.tok_k1) \
            or not 2 <= len(L.nk.tokens) <= 3 or _has_latin(L.nk.surface):
        return False
    if _spelling(s.nk, 0) != _spelling(L.nk, 0) or uf.alias_pin[uf.find(s.key)] is not None:
        return False
    if s.nk.k1 in _INSTITUTE_SHORT or token_key(s.nk.tokens[0]) in _INSTITUTE_SHORT or _institution(L.nk):
        return False
    return _is_place(" ".join(L.nk.tokens[1:]), kb, countries)


def _own_words_before(words: Sequence[str], kb: KbIndex, countries: Mapping[str, str]) -> bool:
    """link round 45 (link.own_word_heads): the words an organisation's name writes before its head word (the
    short form's one word) name it on their own: one of them is no place (a country, Indian state or city of the
    countries table, a demonym, an alias/KB place row: `छत्तीसगढ़`, `भारतीय`, `पटना`, `अमेरिकी`), no generic institution
    word (link.generic_orgs) and no level word (_LEVEL_WORDS: `राष्ट्रीय`, `अखिल`, `प्रदेश`), and they are no place
    together (`उत्तर प्रदेश`): `तृणमूल`, `राष्ट्रवादी`, `उदारवादी`."""
    if not words:
        return False
    if _is_place(" ".join(words), kb, countries):
        return False
    generic = kb[4] if len(kb) > 4 else frozenset()
    for w in words:
        f = fold_surface(w).lower()
        if f in generic or f in _LEVEL_WORDS or _is_place(w, kb, countries):
            continue
        return True
    return False


def _is_place(words: str, kb: KbIndex, countries: Mapping[str, str]) -> bool:
    """A place or a demonym the link knows: the countries table (countries, India's states and cities, demonyms) or
    a LOC alias/KB row by its spelling or sound (kb_row)."""
    c = _country_name(words)
    if c in countries or _DEMONYM + c in countries:
        return True
    nk = name_keys(words, "LOC")
    return bool(nk.k1) and kb_row(kb, "LOC", nk) is not None


def _place_tail(kb: KbIndex, words: str) -> bool:
    """link round 37 (link.org_place_tail): the words an organisation's name ends in after its short form are a place
    that an alias or KB row pins by its spelling (`बंगलौर`, `इंडिया`, `हैदराबाद`; 1-2 words, not a Latin name)."""
    if not words or len(words.split()) > 2 or _has_latin(words):
        return False
    nk = name_keys(words, "LOC")
    return bool(nk.k0) and (kb[0].get(("LOC", nk.k0)) or kb[1].get(("LOC", nk.base0))) is not None


def _agreeing_longest(top: list[tuple], nodes: dict[tuple, _Node], uf: _UF, p: LinkParams) -> tuple | None:
    """The first of the (sorted) candidates that is within no other candidate, when all such candidates are one
    entity; None when they are two or more. Stops at the second entity: a surname that fits thousands of full names
    of a list costs two looks over them, not one per pair."""
    chosen, roots = None, set()
    for c in top:
        if not any(o[1] != c[1] and _within(nodes[c[1]].nk.tok_k1, nodes[o[1]].nk.tok_k1, p) for o in top):
            chosen = chosen or c
            roots.add(uf.find(c[1]))
            if len(roots) > 1:
                return None
    return chosen


def _xdoc_surname_edges(nodes: dict[tuple, _Node], uf: _UF) -> list[_Edge]:
    roots: dict[tuple, list[_Node]] = defaultdict(list)
    for n in nodes.values():
        if n.label == "PER":
            roots[uf.find(n.key)].append(n)
    surname_index: dict[str, set[tuple]] = defaultdict(set)
    surname_node: dict[tuple[str, tuple], tuple] = {}
    bare: list[tuple[tuple, list[_Node]]] = []
    for r, members in roots.items():
        names = [(n, nk) for n in members for nk in n.names()]
        full = [(n, nk) for n, nk in names if len(nk.tokens) > 1]
        if full:
            for n, nk in sorted(full, key=lambda x: (x[0].key, x[1].k1)):
                surname_index[nk.tok_k1[-1]].add(r)
                surname_node.setdefault((nk.tok_k1[-1], r), n.key)
        else:
            bare.append((r, names))
    out = []
    for r, names in bare:
        keys = {nk.k1 for _, nk in names}
        targets = set().union(*(surname_index.get(k, set()) for k in keys))
        if len(targets) != 1:
            continue
        t = next(iter(targets))
        k = sorted(k for k in keys if t in surname_index.get(k, set()))[0]
        src = min(n.key for n, nk in names if nk.k1 == k)
        out.append(_Edge(_PRIO["xdoc-surname"], "xdoc-surname", src, surname_node[(k, t)], True))
    return out


def _head_key(members: list[_Node]) -> str:
    names = [n.nk for n in members if not n.pseudo]
    surfaces = {nk.surface for nk in names}
    names = [nk for nk in names if not _is_glued(nk.surface, surfaces)] or names
    ntok = max(nk.base_ntok for nk in names)
    return min(nk.base for nk in names if nk.base_ntok == ntok)


def _canonical(members: list[_Node]) -> str:
    counts: Counter = Counter()
    ntoks: dict[str, int] = {}
    label = members[0].label if members else ""
    for n in members:
        if n.pseudo:
            continue
        for s, c in n.surfaces.items():
            nk = name_keys(s, n.label)
            counts[nk.surface] += c
            ntoks[nk.surface] = nk.base_ntok
    if not counts:
        return ""
    # not a name with a glued `है` (_glued_edges), most tokens (designators not counted), most frequent, Devanagari
    # before Latin, longest
    order = sorted(counts, key=lambda s: (_is_glued(s, counts), -ntoks[s], -counts[s], _has_latin(s), -len(s), s))
    best = order[0]
    if label == "PER":  # a person's name of 2+ words inside the best one, written at least twice as often, wins: a
        # word the tagger once ran on (`बोरिस जॉनसन कोरोनावायरस`, `सेक्रटरी लव अग्रवाल`) does not name the person
        inner = best
        while inner:  # `सिंगर कनिका कपूर करोना` -> `सिंगर कनिका कपूर` -> `कनिका कपूर`
            best = inner
            inner = next((s for s in order if s != best and len(s.split()) >= 2 and counts[s] >= 2 * counts[best]
                          and _inside(s.split(), best.split())), None)
    return best


def _inside(short: list[str], long: list[str]) -> bool:
    """The words `short` stand one after another in `long`."""
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _is_glued(s: str, names) -> bool:
    return s.startswith("है") and s[2:].lstrip("-") in names


def _assemble(nodes, uf: _UF, applied: list[_Edge], aliases: AliasTable, p: LinkParams,
              incremental: bool) -> tuple[list[Entity], dict[tuple, tuple[str, str]]]:
    clusters: dict[tuple, list[_Node]] = defaultdict(list)
    for n in nodes.values():
        clusters[uf.find(n.key)].append(n)

    # per node: the first applied edge (in application order) that explains it
    node_rule: dict[tuple, str] = {}
    for e in applied:
        if e.a == e.b:
            continue  # a marker (`qualified`), no link
        ends = [(e.a, e.b)] if e.directed else [(e.a, e.b), (e.b, e.a)]
        for me, other in ends:
            if me in node_rule or nodes[me].pseudo:
                continue
            on = nodes[other]
            if on.alias is not None:
                line = on.alias.line - KB_LINE_OFFSET if on.alias.source else on.alias.line
                node_rule[me] = f"alias:{on.alias.source or aliases.source}:{line}"
            elif on.prev is not None:
                node_rule[me] = f"previous:{on.prev.entity_id}"
            else:
                partner = min(on.surfaces) if on.surfaces else on.nk.surface
                where = "" if on.doc == nodes[me].doc else f"@{on.doc}"
                node_rule[me] = f"{e.rule}:{partner}{where}"

    # the place written before a qualified institution (`ईरान के स्वास्थ्य मंत्रालय`) keys its id with its name, so
    # that it never shares India's ministry's id
    places = _qualified_places(applied)
    row_bases = {(e.label, name_keys(e.canonical_name, e.label).base) for e in aliases.entries}
    entities: list[Entity] = []
    node_entity: dict[tuple, str] = {}
    id_owner: dict[str, list] = defaultdict(list)
    pending = []
    for root, members in clusters.items():
        label = members[0].label
        reals = [n for n in members if not n.pseudo]
        alias = next((n.alias for n in members if n.alias is not None), None)
        prev = next((n.prev for n in members if n.prev is not None), None)
        if not reals and (prev is None or not incremental):
            continue  # an alias row / a previous entity nobody mentions
        if prev is not None:
            eid = prev.entity_id
        elif alias is not None and alias.qid:
            eid = f"{label}:{alias.qid}"
        else:
            key = name_keys(alias.canonical_name, label).base if alias else _head_key(members)
            where = set().union(*(places.get(n.key, {""}) for n in reals))
            if not alias and len(where) == 1 and "" not in where:
                key = f"{next(iter(where))} {key}"
            elif not alias and len(where) == 2 and "" in where and (label, key) in row_bases:
                # a qualified institution named as an alias row it is off (link round 49's Patna AIIMS, joined to
                # `पटना एम्स` of other articles) keys its id with its place too, never the row's id
                key = f"{min(where - {''})} {key}"
            eid = f"{label}_{hashlib.sha1(f'{label}|{key}'.encode()).hexdigest()[: p.id_hash_len]}"
        mine = tuple(sorted(n.key for n in members))
        pending.append((eid, root, members, label, reals, alias, prev, mine))
        id_owner[eid].append(mine)
    # the cluster of the smallest keys keeps a shared id, the others get `~<hash of their keys>` (every article's
    # bare `सुनील` shares one: the first owner once per id, not a sort per cluster, which was quadratic in such
    # clusters; id_hash_len digits: six gave two of 8,000 such clusters one id)
    first_owner = {eid: min(owners) for eid, owners in id_owner.items() if len(owners) > 1}

    for eid, root, members, label, reals, alias, prev, mine in sorted(pending, key=lambda x: (x[0], x[1])):
        if eid in first_owner and mine != first_owner[eid]:
            eid = f"{eid}~{hashlib.sha1(repr(mine).encode()).hexdigest()[: p.id_hash_len]}"
        surfaces: set[str] = set()
        docs: set[str] = set()
        n_mentions = 0
        rules: set[str] = set()
        # a KB row names the entity only when its mentions do not: the text's spelling reads best
        canonical = alias.canonical_name if alias and not (alias.source and reals) else _canonical(members)
        if prev is not None and not alias and incremental:
            # keep the published name unless the new articles bring a fuller one
            if not canonical or name_keys(canonical, label).base_ntok <= name_keys(
                prev.canonical_name, label
            ).base_ntok:
                canonical = prev.canonical_name
        canon_k0 = name_keys(canonical, label).k0 if canonical else None
        for n in reals:
            surfaces.update(n.surfaces)
            docs.add(n.doc)
            n_mentions += sum(n.surfaces.values())
            rule = "canonical" if n.nk.k0 == canon_k0 else node_rule.get(n.key, "head")
            node_rule[n.key] = rule
            rules.add(rule.split(":", 1)[0])
            node_entity[n.key] = eid
        docs_n = len(docs)
        if prev is not None and incremental:
            surfaces.update(prev.aliases)
            rules.update(prev.link_rules)
            n_mentions += prev.n_mentions
            docs_n += prev.n_docs
        qid = (alias.qid if alias and alias.qid else None) or (prev.qid if prev else None)
        name_en = (alias.name_en if alias else None) or (prev.name_en if prev else None)
        entities.append(
            Entity(
                entity_id=eid,
                label=label,
                canonical_name=canonical,
                aliases=tuple(sorted(surfaces)),
                n_mentions=n_mentions,
                n_docs=docs_n,
                qid=qid,
                link_rules=tuple(sorted(rules)),
                name_en=name_en,
            )
        )

    entities.sort(key=lambda e: e.entity_id)
    return entities, {key: (eid, node_rule[key]) for key, eid in node_entity.items()}


def same_name(a: str, b: str, label: str, p: LinkParams = LinkParams()) -> str | None:
    """The key rule under which two surfaces of one label name the same entity, or None.

    The same test the linker applies between names (exact, phonetic, designator, loose, fuzzy,
    acronym); used by the rules tagger to find spelling variants of a name it already found.
    """
    return _key_rule(name_keys(a, label), name_keys(b, label), p)


def keep_previous_ids(
    entities: Sequence[Entity], mentions: Sequence[Mention], previous: Sequence[Entity]
) -> tuple[list[Entity], list[Mention]]:
    """Give each entity the id it had in `previous` (the entities table of an earlier run).

    A freshly linked entity whose id changed (a new article brought a fuller name, so its head
    key moved) takes back the old id of the previous entity of the same label with which it
    shares the most surface forms; one-to-one, ties broken by ids, so the result is deterministic.
    Ids of previous entities that are still in use are never reassigned, and a repeated run with
    the same input is unchanged. Pure: link_rule is not touched.
    """
    remap = previous_id_map(entities, previous)
    if not remap:
        return list(entities), list(mentions)
    ents = sorted(
        (dataclasses.replace(e, entity_id=remap.get(e.entity_id, e.entity_id)) for e in entities),
        key=lambda e: e.entity_id,
    )
    ments = [
        m.linked(remap[m.entity_id], m.link_rule) if m.entity_id in remap else m for m in mentions
    ]
    return ents, ments


def previous_id_map(entities: Sequence[Entity], previous: Sequence[Entity]) -> dict[str, str]:
    """The id changes of keep_previous_ids: new entity id -> the previous id it takes back. Candidates are
    found through the surfaces they share (an index of the previous entities' aliases), not by comparing
    every entity with every previous one."""
    current = {e.entity_id for e in entities}
    taken_old = {pe.entity_id for pe in previous if pe.entity_id in current}
    taken_new = set(taken_old)
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pe in previous:
        if pe.entity_id not in taken_old:
            for name in set(pe.aliases):
                by_name[(pe.label, name)].append(pe.entity_id)
    candidates = []
    for e in entities:
        if e.entity_id in taken_new:
            continue
        shared = Counter(old for name in set(e.aliases) for old in by_name.get((e.label, name), ()))
        candidates.extend((-n, e.entity_id, old) for old, n in shared.items())
    remap: dict[str, str] = {}
    for _, new, old in sorted(candidates):
        if new not in taken_new and old not in taken_old:
            remap[new] = old
            taken_new.add(new)
            taken_old.add(old)
    return remap


# link round 39: nouns of a town's own neighbourhood places (a temple, mosque, road, market, colony, square): a name of
# one or two words before one of them (`काली मंदिर`, `स्टेशन रोड`, `सदर बाजार`) is found in many towns
_LOCAL_PLACE_NOUNS = frozenset(token_key(w) for w in """मंदिर मन्दिर मस्जिद चौक चौराहा रोड मार्ग बाजार बाज़ार कॉलोनी
    कालोनी बस्ती मोहल्ला मुहल्ला गली""".split())


def _local_place(nk: NameKeys) -> bool:
    """Link round 39: a LOC name of two or three words whose last word is a neighbourhood noun (_LOCAL_PLACE_NOUNS):
    `काली मंदिर`, `स्टेशन रोड`, `सदर बाजार`; not the noun alone, not a longer name."""
    return 2 <= len(nk.tokens) <= 3 and token_key(nk.tokens[-1]) in _LOCAL_PLACE_NOUNS


def _local_place_contexts(mentions: Sequence[Mention], keys: set[tuple],
                          countries: Mapping[str, str]) -> dict[tuple, set[str]]:
    """Link round 39: node key (of `keys`, neighbourhood places) -> the phonetic keys of the places of its sentence and
    the ones beside it (_article_places: no country, India, Delhi; none where they name more than CONTEXT_MAX_PLACES),
    less the neighbourhood places themselves (`जामा मस्जिद` beside `सदर बाजार` tells no town)."""
    if not keys:
        return {}
    places, _ = _article_places(mentions, countries)
    local = {nk.k1 for m in mentions if m.label == "LOC" and _local_place(nk := name_keys(m.text, "LOC"))}
    out: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        if (key := node_key(m)) not in keys:
            continue
        near = set().union(*(places.get(i, ()) for i in (m.sent_idx - 1, m.sent_idx, m.sent_idx + 1))) - local
        if len(near) <= CONTEXT_MAX_PLACES:
            out[key] |= near
    return {k: v for k, v in out.items() if v}


_NAGAR = fold_surface("नगर")
_NAGAR_MIN_STEM = 2  # letters of a glued stem before `नगर` (`रामनगर`)


def _nagar_place(nk: NameKeys) -> bool:
    """link round 47 (link.nagar_places): a LOC name of one word and `नगर`, written apart (`सुभाष नगर`, `पटेल नगर`)
    or glued (`सुभाषनगर`, `रामनगर`; a stem of _NAGAR_MIN_STEM letters or more): a colony or block of that name is in
    many towns. Not `नगर` alone, not a longer name (`संत कबीर नगर`, a district), not a Latin one."""
    words = nk.surface.split() if nk.surface else []
    if not 1 <= len(words) <= 2 or len(nk.tokens) != len(words) or _has_latin(nk.surface):
        return False
    last = fold_surface(words[-1])
    if len(words) == 2:
        return last == _NAGAR and len(fold_surface(words[0])) >= _NAGAR_MIN_STEM
    return last.endswith(_NAGAR) and len(last) - len(_NAGAR) >= _NAGAR_MIN_STEM


# link round 47: a town written right before a colony (`पटना के 【पटेल नगर】`, `दिल्ली स्थित`), or right after it in
# an address (`【सुभाष नगर】, नई दिल्ली`)
_TOWN_BEFORE = re.compile(r"^ ?(?:के|की|का|स्थित) ?$")
_TOWN_AFTER = re.compile(r"^ ?, ?$")
_ADDRESS_END = re.compile(r" ?(?:[।.|\n]|$)")  # an address ends with its town (a list goes on: `लोहियानगर, ब्रह्मपुरी,`)
_TOWN_GAP = 8  # characters between a town and its colony at most (` स्थित `)


def _colony_towns(mentions: Sequence[Mention], text: str, keys: set[tuple], kb: KbIndex,
                  countries: Mapping[str, str]) -> tuple[dict[tuple, set[str]], set[str]]:
    """link round 47 (link.nagar_places): node key (of `keys`, colonies) -> the phonetic keys of the towns written
    right before its mentions (`पटना के`, `दिल्ली स्थित`) or right after them in an address (`, नई दिल्ली`); and the
    keys of all the article's towns. A town: a place the link knows (an Indian city of the countries table, an alias/KB
    LOC row: _is_place; not `पछवादून`, a valley) that is no country, India or state (Delhi is one) and no colony or
    neighbourhood place itself."""
    locs = sorted((m for m in mentions if m.label == "LOC"), key=lambda m: m.start)
    town: dict[int, str | None] = {}
    for i, m in enumerate(locs):
        q = countries.get(c := _country_name(m.text))
        nk = name_keys(m.text, "LOC")
        if " ".join(clean_words(m.text, "LOC")) in _HOME or c in _NOT_TOWNS or q not in (None, _HOME_PLACE) \
                and c not in _DELHI or not nk.k1 or _nagar_place(nk) or _local_place(nk) \
                or not _is_place(m.text, kb, countries):
            town[i] = None
        else:
            town[i] = nk.k1
    placed: dict[tuple, set[str]] = defaultdict(set)
    for i, m in enumerate(locs):
        if (key := node_key(m)) not in keys:
            continue
        if i > 0 and town[i - 1] and m.start - locs[i - 1].end <= _TOWN_GAP \
                and _TOWN_BEFORE.match(text[locs[i - 1].end:m.start]):
            placed[key].add(town[i - 1])
        if i + 1 < len(locs) and town[i + 1] and locs[i + 1].start - m.end <= _TOWN_GAP \
                and _TOWN_AFTER.match(text[m.end:locs[i + 1].start]) and _ADDRESS_END.match(text, locs[i + 1].end):
            placed[key].add(town[i + 1])
    return placed, {t for t in town.values() if t}


_DELHI = frozenset(_country_name(w) for w in ("दिल्ली", "नई दिल्ली"))
_NOT_TOWNS = _NO_CONTEXT_PLACES - _DELHI  # `देश`, `दुनिया`, `विदेश`, `एशिया`


def _named_given_name(s: "_Node", cands: Sequence[tuple], chosen: tuple | None, nodes: Mapping[tuple, "_Node"],
                      uf: _UF, names: tuple[frozenset[str], frozenset[str]]) -> tuple | None:
    """link round 41 (link.named_given_names): a given name alone (`ममता`, a word of the lexicon's given names) is
    the one full name it fits as a given name whose other words are all name words (`ममता बनर्जी`), when every
    other full name it fits as a given name or a surname has a word of no name and is written once (the tagger's
    span of the name and a word beside it: `ममता बोलीं` in a headline, `हालंकि अजय`; a fitting name already one
    entity with it, `मिलनसार दीपक यादव` of `दीपक यादव`, is no other); None: no change (a name already chosen whose
    other words are name words, two such names, or another fitting name written twice)."""
    given, words = names
    if fold_surface(s.nk.tokens[0]) not in given:
        return None

    def others(c: tuple) -> tuple[str, ...] | None:  # the full name's words besides the given name / surname
        toks = nodes[c[1]].nk.tokens
        if c[2] == "given-name":
            return toks[1:]
        return toks[:-1] if c[2] == "surname" else None

    def named(c: tuple) -> bool:
        rest = others(c)
        return bool(rest) and all(fold_surface(w) in words for w in rest)

    if chosen is not None and named(chosen):
        return None
    fit = [c for c in cands if c[2] == "given-name" and named(c)]
    root = uf.find(fit[0][1]) if len(fit) == 1 else None
    if root is None or any(uf.find(c[1]) != root and (others(c) is None or named(c)
                                                    or sum(nodes[c[1]].surfaces.values()) > 1) for c in cands):
        return None
    return fit[0]
