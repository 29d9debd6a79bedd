"""Stage `extract` (claims): attributed statements — who said what, where — from one document.

Rule-based, driven by a versioned lexicon file (models/<cues>.tsv: reporting cues, pronouns,
anonymous sources, anaphoric nouns, hedges, titles, ...). Patterns handled:

* indirect speech     `X ने (…) CUE कि C`            (CUE: कहा, बताया, दावा किया, पुष्टि की, …)
* direct speech       `X ने CUE: "C"`, `X ने CUE, "C"`, `X ने CUE कि "C"`, `"C", X ने CUE।`
                      straight and curly quotes; quotes over several sentences; quotes that open and
                      never close (run until a new attribution, a new quote or a paragraph break)
* according to        `X के अनुसार/मुताबिक़ C`, `उनके अनुसार C`
* X का कहना है (कि) C, `उनका कहना है कि C`
* passives with a source: `बयान में कहा गया कि C`, `इसमें बताया गया, "C"`, `X द्वारा कहा गया कि C`
* nested sources      `X ने Y के हवाले से खबर दी कि C` -> a claim for X and one for Y
* joint speakers      `A और B ने घोषणा की कि C` -> one claim per speaker
* called-it           `X ने इसे गलत सूचना बताया` -> content `इसे गलत सूचना`
* claims inside a criticism: `X ने यह दावा करते हुए Y की आलोचना की कि C` -> Y claimed C
* sources and their owners: `X के (ताज़ा) आंकड़ों / X द्वारा जारी आंकड़े / X से मिली जानकारी / X की रिपोर्ट के अनुसार`
  -> X; figures with no owner -> the organisation that spoke last; `मिली जानकारी के अनुसार` alone is no claim
* a court noun -> the judge the story names (`न्यायमूर्ति X की अदालत ने`, `न्यायालय ने कहा`)
* `X ने कहा कि A: "B"` -> an indirect A and a direct B; a third person named inside a quote keeps a claim
* a quote runs on over a report inside it (`"… शिक्षिका ने कहा कि … है. … है."`) and over a quoted word
* `X ने यह जानकारी दी।` / `X ने इसकी पुष्टि की है।` and `यह कहना है X का।` -> the sentence before is the content
* `X से (जब) … बात की तो उन्होंने …` -> X; unnamed bodies (`कॉलेज प्रशासन`, `स्थानीय मीडिया`) are anonymous
* translated layouts: `X ने … कहा।` + a quotation opening the next sentence; `"A," X ने कहा` with the mark after
  the comma; `“A” और “B”` as one utterance; `<A। B। C>, X ने कहा।` on a line of its own; `X, <role> ORG ने कहा`
  -> X; no content runs into an agency dateline (`मुंबई, चार अप्रैल (भाषा)`) or the BBC footer
* native news (round 14): a spaced dash after any cue opens what is said (`X ने ट्विटर पर लिखा- …`, `बयान में कहा
  गया है- …`); news in the plural with no owner is unnamed media (`ख़बरों के मुताबिक़`); `X में छपी/आई ख़बर` -> X;
  `यह जानकारी X ने बुधवार को दी` (time or a `… में` place between ने and the verb); `साथ ही यह भी कहा था कि` goes on
  with the speaker before; `X ने यह नहीं बताया कि …` is nothing said; `A, B, C का कहना है` (three or more names,
  commas alone) one claim each; a line hard-wrapped before a postposition (`… कोरोना` | `के डर से …`) is one
  sentence; a vowel sign typed twice (`नेे`, `मेें`) reads as once

Speakers are the PER/ORG/LOC mention right before the case marker (titles are outside mention
spans), a pronoun resolved to the latest compatible subject, an anonymous source (`सूत्रों`), an
anaphoric noun (`विभाग` -> the latest mention headed by it; `बयान`/`इसमें` -> the previous
claim's speaker), or — when the tagger missed the name — the noun phrase before the marker
(speaker_type named, entity None). A pronoun with no antecedent is `unresolved`. Subjects a later pronoun
can take (round 13): `X ने`, `X का कहना`, a sentence's first person before a word or before a description or
relative clause (`X, जो …,`; not a list), a name cut short by the tagger (`टोनी हॉल ने`), not the agent of a
participle when an ergative follows (`X द्वारा प्रस्तुत … पर, उसने कहा`); `X ने Y को … लेकिन वह … कहा` is Y; a
story-opening `कंपनी ने` is the organisation the story names most.
Round 15 (cues-v17): a role noun as ergative/genitive speaker (`प्रवक्ता ने`, `जिला अधिकारी ने`; kinds role and
qualrole) is the person the story introduced with it right before the name, within 3 x pronoun_window sentences
and no agency dateline between, when its qualifiers stood there too (a qualrole noun needs one: a bare `अधिकारी
ने` stays anonymous; `एक प्रवक्ता` too); a name the story tags elsewhere, untagged here, is a subject a later
pronoun can take (`इससे पहले भी ब्लैटर अपने बयानों …। उन्होंने कहा था`); `आउटब्रेन कंपनी के मुताबिक` is that
company (tagged there or elsewhere), not the most named one; an organisation standing as a channel (`ट्विटर पर`,
`अपने ट्विटर अकाउंट`) is no antecedent of `संस्था`/`उन्होंने`; a statement noun after a relational adjective
in -ीय (`संसदीय रिपोर्ट में`) is a new document: its written owner, else unresolved, not the speaker of
the claim before.
Round 17 (precision; no new rows): `X ने Y को Z के बारे में बताया` tells about something, no called-it complement
(no claim); a negated impersonal passive (`यह कहा नहीं जा सकता कि`) is no cue of the ergative before it; one
content given twice to one entity (`सैंडर्स ने कहा कि …, हालांकि उन्होंने कहा: "C"`) is one claim, the cue nearest
the content; a called-it complement before the cue wins over a comma clause that holds another subject's report
(`X ने इसे अभूतपूर्व बताया, वहीं Y ने … कहा`), but a bare `X ने बताया, Y ने कहा कि C` still gives X that clause.
Round 18 (recall and speakers; no new rows): a paragraph signed after a dash at its line's end (`… है। - जय अग्रवाल,
मिष्ठान विक्रेता`) is that tagged person's words; a tagged speaker right after an indefinite (`एक लेबर AM ने`) is an
unnamed member (anonymous), not after a partitive (`इनमें से एक रेखा`); a report sent from a tagged place (`रोम से मिली
खबर के अनुसार`) is unnamed media; a quotation left open at a line's end may close on a line that quotes a report
(`वे हमेशा कहते थे कि …"`); a named speaker whose name opens with a person the tagger cut short takes that person's
entity (`परमिंदर सिंह बल` with `परमिंदर सिंह` tagged; only titles or role nouns before it), and the word right after
a tagged person before ने is that person's surname (`काई-फू ली ने` with `काई-फू`: a later `ली ने कहा` too) unless
the tagged word belongs to another person's name in the story; generic public bodies (`केंद्र सरकार`, `राज्य
स्वास्थ्य विभाग`, a tagged `स्वास्थ्य विभाग` with no place or government before any of its mentions, and the
`विभाग` standing for it) are unnamed sources (dev2 README); in `X को इस बात का डर है कि` the matter is no speaker.
Round 20 (recall and speakers; cues-v19): a named speaker the tagger missed that is the short form of one name the
story tagged before it (its last words, `<X> पार्टी` -> X, vowel length ignored) takes that entity; `पार्टी ने`
is the latest tagged `… पार्टी`, else the organisation a pronoun would take; an editorial (`संपादकीय`) is a source and
a statement, never an unnamed source; a comma-bounded apposition may run 40 tokens; a news outlet's sentence-final
`रिपोर्ट की`/`खबर दी` after another report is its outer layer (`B ने कहा कि C, एसोसिएटेड प्रेस ने रिपोर्ट की`).
Review fixes (17): an editorial is a paper's or an earlier editorial's voice, never the last person's; `उनकी पार्टी`
is another's party; a layered source is an organisation or a source noun, not the police; short forms skip role
words and `जनता पार्टी`-like suffixes of parties; `किसानों के लिए कहा, …` is no request.
Round 22 (translated news; cues-v20): a finding held by a source noun right before it (`अध्ययन में पाया गया कि`, `सर्वे से
पता चला है कि`) is that source's report, also closing its sentence after a comma (`<content>, आँकड़ों से पता चला।`); a
finding with no source is no cue; a study a speaker cites is a layer of the speaker's words.
Round 23 (translated news; cues-v21): an untagged owned description right before ने after the comma that closes a
tagged person's name is that person's apposition (`साइमन स्पिलेन, लॉबी ग्रूप के हेड ऑफ ऑपरेशंस ने कहा`); US office
titles (`सीनेटर`) resolve like other titles (a headline's `मैसाचुसेट्स की सीनेटर ने कहा` -> the senator named after it).
Documents report what they state (`याचिका में कहा गया है कि`, `लीक हुए मेमो के अनुसार`); unowned, their speaker is unknown,
not unnamed media; relatives are unnamed speakers (`उसके कज़न ने कहा`); a person's office speaks for that person
(`उनके दफ़्तर की ओर से … कहा गया`, `X के कार्यालय ने कहा`).
A quotation nested in a quote and closing with it (`"उसने कहा, "क्योंकि …,"" स्कोवेल ने बताया`) is the inner
speaker's, and the outer speaker after the quote has the whole quote (nested_quotation, doubled_closer).
A report whose subject is a relative pronoun (`…, जो दिखाता है कि …`) does not end the content at its comma.
`न` between a tagged name and a perfective कहा/बताया is a mistyped ने (`…, सांचेज़ रेकार्ते न कहा।`); after a cue's
comma a coordinated predicate (`, और … ज़ोर दिया कि`) is no content: the content is the clause before the speaker.
`X के मुताबिक Y ने कहा कि C`: X's content is the whole clause `Y ने कहा कि C` (one claim per layer, gold/dev2/README.md;
until round 23 X had C), never cut at Y; after `Y ने कहा, "C"` X keeps the quotation C.
`X ने इसे/उसे <complement> कहा` calls it something, like `बताया` (not `… रहने को कहा`, a request).
`और` after a count is "more" (`42 और लोगों की मौत की पुष्टि की`): the nominal content keeps its number.
Round 24 (native news; no cue change): an office standing for the person the story named with it also finds that
person after initials the tagger left out (`स्वास्थ्य मंत्री के के शैलजा`), after the office's abbreviation in brackets
(`मुख्य चिकित्सा अधिकारी (सीएमओ) मुकेश कुमार वत्स`) and with the office written as two words (`प्रधान मंत्री`); a
quoted source fronted before the reporting subject (`मोरशेद के हवाले से ढाका ट्रिब्यून ने बताया कि`) is a layer of
its own, the reporter staying the last voice; news with no reporting subject (`सूत्रों के हवाले से खबर है कि`) is the
source's; a signature on a line of its own (`-उत्पल कुमार सिंह, मुख्य सचिव`) signs the paragraph above it; the
speaker's own earlier words after an adverbial participle (`… की बात करते हुए मैंने कहा था कि`) stay in the content;
an according-to source that is a generic public body (`राज्य सरकार की माने तो`, not `चंडीगढ़ के स्वास्थ्य विभाग`) is
anonymous, and one whose person the tagger cut short (`भूपाल सिंह मनराल के मुताबिक`) takes that person's entity;
with `claims.role_anaphora` on (off by default, the gold's convention) those holders speak for a later bare office noun
(`जिला अधिकारी ने बताया` after `अलीगढ़ के जिला अधिकारी सीबी सिंह`); an indefinite subject
(`एक अंतरराष्ट्रीय दल ने …।`) is the unnamed source of a pronoun in its own or the next sentence (not one who asks).
Round 25 (native news; cues-v22): an honorific `उन्होंने` whose window holds only an organisation named (no subject)
takes the person of the last claim (last_person_speaker); a signature line without a dash (`डा.राजकुमार पाल,मौसम
वैज्ञानिक,बठिंडा।`, `डॉ. रणदीप गुलेरिया`) signs the paragraph above it; a document of an untagged generic body
(`स्वास्थ्य विभाग की ओर से जारी बुलेटिन`) is that body's, anonymous (generic_issuer); `वहीं`/`उधर`/`इधर` open no name.
The signer needs an honorific, a comma role or a role line below (bare_signer: a byline or headline signs nothing).
Round 26 (content spans on unseen news; no cue change): a content cut before another report's subject that ends in a
word that never ends a clause (`के`, `में`, `कुछ`, `साथ ही`) ends at the last comma, semicolon or conjunction after
the content's last finite verb, else right after that verb; a closer typed after the quote's own sentence end and a
space closes the quote; a first-person sentence stops the continuation when its first person stands in a `कि` clause
after a third person's ergative act (not a result clause, `ऐसा/इतना … कि`); an unquoted content opening with
`इसलिए`/`जबकि`/`क्योंकि` after a complete cue clause is no claim (not after a कि, dash, colon or bare `कहा`/`बोले`);
a request's infinitive may stand in quotation marks; the `तो` of a `जब`/`अगर` clause before an inner report's subject
is no clause break.
Round 27 (translated news; cues-v23): the office of an official the story does not name (`कमीशनर के कार्यालय के
अनुसार`, `राष्ट्रपति कार्यालय ने कहा`) is an anonymous speaker (office_title), not a named one without an entity; a
released, prepared or presented document (`X द्वारा … रिलीज़ की गई / तैयार / पेश`) is its owner's. Review: both
spellings (`राष्ट्रपति कार्यालय`, `राष्ट्रपति के कार्यालय`) are anonymous by default, the holder the story introduced
with the title (or the role noun, `मुख्य चिकित्सा अधिकारी कार्यालय`) only with claims.role_anaphora on; the anonymous
span takes the title's qualifiers (`पुलिस अधीक्षक कार्यालय`).
Round 29 (recall on unseen native and translated news; cues-v24): an imperfective participle (`निंदा करते हुए`,
`प्रशंसा करते हुए`) ends an adverbial clause before a called-it complement, as a comma does (`X ने हमले की निंदा करते
हुए इसे … पर हमला करार दिया`; _participle_end; a nominal's clause keeps it). Rows only: writing verbs with a comma
content, informing/assuring/warning/denying verbs, the perfect `कह चुके हैं`, letters and police reports as sources,
progressive passives with a source, anonymous `लोग`. Its review: only a light verb's participle (or one before an
object pronoun) breaks, an adjectival one stays (`बढ़ते हुए संक्रमण के मामलों को`); a writing verb's comma takes no
relative or connective clause and nothing after an object (written_not_said); a glued dash after a comma cue opens a
quote unless it makes a compound (`कहा—सरकार …` vs `कहा–सुनी के बाद`).
Round 31 (translated international news; cues-v25): the joint speakers of a report nested in another's content are
one subject (`बताया कि A और B ने कहा कि …`: the outer content is not cut at B; _joint_speaker_starts), and a quotation
right before the written source of a passive report that ends its sentence is its direct content (`"…," बयान में कहा
गया।`; quote_before_source). Rows: noting, complaining, posting, answering, testifying, stressing, concluding.
Its review (cues-v27): those rows are ordinary verbs too (`महिला ने … शिकायत की थी, पुलिस ने बताया`), so they are `framed`
(a cue only before a कि, a colon or a quotation; the passive only in a written source) and stop no other claim; `को बल
दिया` ("lent weight to") is no stressing, only `पर बल दिया`; a quoted title (`ऐसा "लैंसेट" पत्रिका में … कहा गया`) is no
quotation before a source (three words and a comma or a sentence mark at its closer).
Round 30 (speakers on unseen news; cues-v26): the impersonal belief `X को/उन्हें लगता है कि` is the dative's claim, a
hit only right after a dative no relative word or conditional तो opens (_dative_believer: `ऐसा लगता है`, a quoted
`मुझे लगता है` cut nobody's quotation); an untagged generic body that took a tagged one's entity by its words, with no
owner before it, is anonymous as a tagged one (unowned_generic_known: `राज्य के स्वास्थ्य विभाग ने`); the present study
(`मौजूदा अध्ययन के अनुसार`) on the line of a person introduced as `ORG के <role> NAME` is ORG's (studies_of_speakers_bodies).
Its review: no belief a relative word, condition or question opens up to three words before the dative (`जिन लोगों को`,
`अगर राम को`, `क्या सरकार को`; whole words: `शी जिनपिंग को` is a believer), none of a time (`रात को`), none whose content
ends with another speaker's report (`…, मोहन ने कहा।`, also for `उम्मीद है`); the study only in the person's or the next
sentence, no other speaker's claim or study between, and only title or role words between `ORG के` and the name.
Its second review (a blind annotator over corpus/news): a pronoun's belief inside another report's content cuts
no content (`लोगों ने कहा कि A, उनको लगता है कि B`); a plural dative believer after a group noun that follows the
nearest named person is that group (`… आम लोग गुस्से में हैं। उन्हें लगता है`: anonymous); a belief's content ends
before `, <NP> ने …` (a new ergative subject after a comma).
Round 33 (translated international news; cues-v28): blaming rows (`X ने Y के लिए Z को ज़िम्मेदार/दोषी ठहराया`) take the
`को` object as their noun-phrase content (_held_as; not a date's `को`); a relative clause after a called-it cue's comma
(`X ने Y को Z बताया, जिसने …`) leaves the complement as the content (relative_after_called); a title whose office word
differs from its holder's introduction (`वित्त मंत्री सीतारमण … गृह मंत्री ने`) is another person (portfolio_differs).
Its review: no blame claim by a court (_COURTS); no date word in the `को` phrase (_held_as); called_complement (a real
complement before a bare cue) for relative_after_called and for ending the content before `, जबकि`/`और`; office synonyms.

Pure and deterministic: the only disk read is `load_cues`.
"""
from __future__ import annotations

import bisect
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, Sequence

import regex

from pipeline import io
from pipeline.records import Claim, Mention, Sentence
from pipeline.refine import INSTITUTIONS, MEMBER_ACRONYMS, MEMBER_PARTIES, SHORT_INSTITUTION_HEADS, SUBSIDIARY_COUNTRIES


@dataclass(frozen=True)
class ClaimsParams:
    cues: str = "cues-v46"  # lexicon file models/<cues>.tsv (versioned)
    max_quote_sentences: int = 4  # a quote that does not close spans at most this many sentences; a closed one runs
    # on to its closer within max_quote_lines units of its paragraph (closes_in_paragraph), past this many only over
    # sentences with no other speaker's report
    max_quote_lines: int = 12  # a quotation one sentence a line (translated news) closes within this many lines
    pronoun_window: int = 3  # a pronoun's antecedent is in this or the previous N sentences
    statement_window: int = 3  # `बयान`/`इसमें` resolve to a claim at most N sentences back
    first_person_continuation: bool = True
    bridged_first_person: bool = False  # (round 65) `X ने कहा कि C1. <plain sentence>. आज हम …`: a sentence with
    # nobody new in it, between an indirect content and a first-person sentence of the same paragraph, goes on with the content
    study_continuation: bool = False  # (round 65) `उन्होंने कहा कि हम … लेंगे। मौजूदा अध्ययन के अनुसार …`: a bare
    # study's according-to sentence after a first-person indirect content goes on with it (the speaker's own study)
    org_before_place: bool = True  # `ABC ऑस्ट्रेलिया की रिपोर्ट`: the organisation before a place owns a source (round 39)
    paragraph_quotes: bool = True  # a direct content over several paragraphs (lines) is one claim per paragraph (round 39)
    quote_gender: bool = True  # a pronoun's quote with gendered first-person verbs picks a person of that gender (round 40)
    adjunct_subject: bool = True  # (round 54) `कन्हैया थोड़ी तुतलाहट के साथ कहते हैं, "…"`: the subject before a manner or topic phrase
    org_window: bool = True  # (round 55) `कंपनी ने कहा` -> the organisation named most in its sentence and the
    # pronoun_window before it, no other as often there (a digest's earlier story may name another more), before the
    # whole story's most named
    joint_titled_list: bool = True  # (round 60) `डॉ. तरुण राजपूत, डॉ. प्रफुल्ल वर्मा और डॉ अनामिका सिंह ने बताया`: in a
    # joint speakers' list `A, B और C ने`, an honorific or title before B (`डॉ.`, `श्री`, `विधायक`) stands between the
    # comma and B, so A is a speaker too
    study_owner_bracket: bool = False  # (round 63) `सेंटर फॉर मॉनिटरिंग इंडियन इकोनॉमी (सीएमआईई) की सर्वे रिपोर्ट के अनुसार
    # …। … सर्वे के मुताबिक …`: study_owner_before steps back over a bracketed short form between the tagged owner and
    # the genitive of its study (before: the bare study noun was left unresolved)
    study_owner_far: bool = False  # (round 63) study_owner_before's bare study noun whose tagged owner's study the story
    # named further back than the pronoun window, within 3 x pronoun_window sentences, no other study introduced between
    # and no story break (`सीएमआईई की सर्वे रिपोर्ट के अनुसार …` … nine sentences … `सर्वे के मुताबिक …`)
    ergative_written_comma: bool = False  # (round 63) `उन्होंने अपनी रिपोर्ट में लिखा है, C`: the perfect of a comma
    # writing verb with ने keeps the comma content of `X ने लिखा, C` (before: no claim)
    branch_parents: bool = False  # (round 64) an org anaphor (`जापानी कार निर्माता ने कहा`) counts a company's branch
    # (`टोयोटा यू.के.`: an ORG named as another ORG of the story + a country of refine's SUBSIDIARY_COUNTRIES) for its
    # company too, as the story named it before refine's company_units joined the two (before: the branch alone)
    written_perfect_clause: bool = False  # (review of round 63) the same perfect `X ने पत्र लिखा है, लेकिन/और …` reads
    # written_not_said as `X ने पत्र लिखा, लेकिन …` does: a connective or relative clause after the comma, or an object
    # right before the verb, is no content (before: `लेकिन …`, `और …` were taken as what X wrote)
    study_reflexive_owner: bool = True  # (round 60) `IIPS ने अपनी एक रिपोर्ट में दावा किया है …। … रिपोर्ट के मुताबिक …`,
    # `… शोध से पता चलता है`: a bare study noun left unresolved is the study the story introduced earlier as its tagged
    # subject's own (`X ने अपनी [एक/ताज़ा/नई] रिपोर्ट/स्टडी/…`), within 3 x pronoun_window sentences, no other study
    # introduced between
    agentive_subject: bool = True  # (round 61) `बॉन्ड सीरिज़ की हिमायत करने वाले कहते हैं कि …`: the agentive participle
    # of a verb (`<infinitive>-ने वाले/वाली/वाला`, "those who …") in the nominative right before a habitual cue is its
    # subject, unnamed people (anonymous), as `… करने वालों ने कहा` and `… रखने वालों का कहना है` already are
    body_antecedent: bool = False  # (round 64) `सरकार ने बुलेटिन में कहा कि …। इसने कहा कि …`: a lone generic body head
    # (`सरकार`, `विभाग`, `प्रशासन`) that spoke with no owner and no body named before it is still `unresolved` when a
    # later singular pronoun (`उसने`, `इसने`, `उसका`) is resolved, and the last pass makes it an unnamed body
    # (anonymous); it is that pronoun's antecedent as the anonymous body, not an older organisation of the window
    person_over_org_event: bool = False  # (round 64) `ममता ने कहा कि … । उन्हें भाजपा ने मारा है। … उन्होंने जोर देकर कहा`:
    # an organisation that only acted (a `ने` subject of no report) after a person's claim, newest of the window's fits,
    # gives way for the honorific ergative (a person) to the person of the last claim before it (last_person_speaker:
    # within twice the window, no person named between), as an organisation no one made a subject already does
    correlative_relative: bool = False  # (round 66) `रॉयटर्स के मुताबिक, जिस प्रवक्ता को … हटाया गया है, उसने बताया, "…"`: an
    # ergative pronoun right after the comma that closes a relative clause opening with `जिस`/`जिन` NOUN is that noun,
    # the correlative's head (anonymous unless a tagged person or organisation), not the window's speaker
    coordinated_subject: bool = False  # (round 67) `टोयोटा यह कहने में असमर्थ थी कि …, लेकिन लंबी अवधि में, चेतावनी दी
    # कि C`: a cue with no subject of its own in a clause after a coordinator (`लेकिन`, `और`, `तथा`, …) is said by the
    # subject opening the conjunct before it in the same sentence (a tagged person or organisation or an anonymous role
    # noun; no pronoun, no body's head noun)
    headline_antecedent: bool = False  # (round 66) `विश्लेषक ने … बताया` (headline) | `… पॉल रोलेट के विभाग ने …।
    # उसने जूरी को बताया`: a body pronoun whose best antecedent lies in the headline line (a first line of its own with
    # no sentence end) takes the latest compatible person or organisation the body names in the window instead
    demonstrative_date: bool = False  # (round 68) `अधिकारियों ने बृहस्पतिवार (2 अप्रैल) को यह जानकारी दी।`, `X ने 25 फरवरी
    # 2020 को … इसकी पुष्टि की थी।`: a date between the subject and the demonstrative object of `X ने यह जानकारी दी` (a
    # bracketed date, digits and month words) is a time word too: the sentence before is the content
    demonstrative_quoted_name: bool = False  # (round 68) `… पोत 'यूएसएस थियोडोर रूजवेल्ट' पर … इस्तीफा दे दिया। X ने यह
    # जानकारी दी।`: a sentence before whose only quotation marks enclose a short name or term (at most four words, not
    # opening the sentence) is still the content of a demonstrative report (`X ने यह जानकारी दी`, `यह जानकारी X ने दी`)
    quoted_ergative: bool = False  # (round 62) `"साइपोव ने … नुकसान पहुँचाया," अदालत के दस्तावेज़ में कहा गया है।`: a ने
    # inside a quotation that closes before a passive cue is the quoted clause's subject, not the passive's (before,
    # the passive was read as the perfect of its ने subject and the report lost)
    percent_group: bool = True  # (round 60) `25 प्रतिशत ने खुद को असहाय बताया।`, `24.9 फीसदी ने … की बात कही।`: a share of
    # unnamed respondents as the subject (a number + प्रतिशत/फीसदी/फ़ीसदी/फीसद/परसेंट/% with no entity) is anonymous, not a
    # named speaker without an entity
    nominative_called_it: bool = True  # (round 59) `हालाँकि राजा … अपने को निर्दोष बताते हैं।`, `वो इसके लिए विद्रोहियों को
    # जिम्मेदार बताती है।`: a habitual called-it cue (a `bare` nom row) with no content after it: its nominative subject
    # (a tagged person or organisation, a nominative pronoun, an unnamed role) earlier in its clause, the `को` object
    # and complement before the cue the content, as `X ने Y को Z बताया` (bare_content)
    passive_demonstrative: bool = True  # (round 57) `राज्य स्वास्थ्य विभाग की ओर से जारी बुलेटिन में यह जानकारी दी गई।`:
    # a passive report whose only object is a demonstrative, after its written source (`की ओर से`, `द्वारा`, `के हवाले
    # से`, `… में`), reports the sentence before, as `X ने यह जानकारी दी` does
    channel_adjunct: bool = True  # (round 55) `उन्होंने ट्वीट कर इसकी जानकारी दी।`: a `… कर`/`… में` channel before the
    # demonstrative object of `X ने यह जानकारी दी` (the sentence before is the content), as time words were
    glued_pronoun: bool = True  # (round 54) `… सरकारवो आगे बताती हैं, "…"`: a word ending in वो glued after a headline is the pronoun
    recurring_opener: bool = True  # (round 54) an untagged name before `कहती हैं कि` that (or whose surname) opens another sentence of the story
    unclosed_before_report: bool = True  # (round 54) an open quote ends before a later sentence whose own report cue opens a quotation after its comma
    owned_statement: bool = True  # (round 54) a statement noun with its own written genitive owner (`सहारा की प्रेस विज्ञप्ति`) is not the last speaker's
    tagged_statement_owner: bool = True  # (review of round 54) `भाजपा की प्रेस विज्ञप्ति`: a tagged genitive owner over `प्रेस`/`एक`/`ताज़ा` is the speaker
    report_introduced: bool = True  # (round 54) a report noun introduced with another owner after the last claim is not that claim's speaker's
    glued_continuation: bool = True  # (round 54) the continuation quote's opener glued onto the sentence end before it (`चाहिए."मुख्य …"`)
    quote_continuation: bool = True  # a quote standing alone after a direct claim continues its speaker  # `X ने बताया कि …। हम …।` continues the content
    max_continuation_sentences: int = 3
    max_speaker_tokens: int = 4  # fallback noun phrase (tagger missed the name)
    joint_speakers: bool = True  # `A और B ने कहा कि …` -> one claim per speaker
    prep_fallback_np: bool = False  # accept any noun phrase before के अनुसार (else only sources)
    emit_criticism: bool = False  # `X ने … की आलोचना की कि C` -> a claim by X (not one per README)
    role_anaphora: bool = False  # `प्रवक्ता ने` -> the person introduced as `प्रवक्ता X` (round 15; off, the gold's convention: anonymous)
    min_content_tokens: int = 1
    interview_answers: bool = True  # (round 47) in a question/answer layout (`सवाल: …` lines), a line `<name>: …` or
    # `जवाब: …`/`जवाब- …` is the interviewee's answer, an indirect claim (a claim inside it kept as a layer)
    plural_group_pronoun: bool = True  # (round 47) `डॉक्टरों को … अपील करनी पड़ी है। उनका कहना है कि`: a plural pronoun
    # with no antecedent, after a unit whose case-marked subject is an unnamed group, is that group (anonymous)
    broken_paragraphs: bool = True  # a body line that ends mid-sentence (`… जब फ़िल्मों में` | line break | `हीरोइन को …।`)
    # goes on over the line break (one newline or a blank line): the two pieces are one unit (round 47)
    max_apposition_tokens: int = 40  # a comma-bounded apposition between a name and its `, ने कहा` (25 until round 20)
    short_lead: bool = False  # `युद्ध खत्म होगा, बाइडन ने कहा।`: a 2-3 word finite clause before the speaker is said (round 48; off: no corpus case, review)
    contrast_quote: bool = True  # `A, X ने कहा, लेकिन "B"`: A indirect and B direct, both X's (round 48)
    org_kind_tail: bool = True  # `यूरोस्टार ट्रेन सेवा का कहना है`: a tagged company + its kind words is that company (round 48)
    org_introduced: bool = True  # `कंपनी ने कहा` -> the company introduced as `कंपनी X` in the window (round 48)
    genitive_name: bool = True  # `X संगठन की अनीसा बताती हैं, "…"`: an untagged name after a genitive (round 48)
    own_channel: bool = True  # `X की वेबसाइट पर जारी बयान में कहा गया` -> X; `बयान में यह भी कहा गया` after it too (round 48)
    spacing_variants: bool = True  # `गृहमंत्रालय ने कहा` -> the story's tagged `गृह मंत्रालय` (spaces, hyphens, dots aside; round 49)
    given_name_before: bool = True  # (round 50) an untagged one-word speaker that stands right before one tagged person's one-word
    # mention elsewhere in the story is that person (`निर्देशक मिलन लूथरिया` tagged `लूथरिया`; `मिलन के मुताबिक़`)
    compound_owner: bool = True  # (round 50) a tagged organisation right before a document noun, no marker between,
    # owns it (`सीबीएस से जुड़ी WAFB रिपोर्ट के मुताबिक` -> WAFB, not the CBS it is tied to)
    object_first: bool = True  # (round 50) `ऐसी ख़बरों को शाहिद ने बकवास करार दिया`: the `को` object before the speaker of a
    # `करार दिया` cue and the complement after `ने` are its content (object_first_content)
    quoted_title_subject: bool = True  # (round 50) a closed quotation (a song or film title) between a habitual cue's
    # subject and the cue is no sentence end or clause of its own: `अलका "… है..." गाने को याद करते हुए कहती हैं, "…"`
    study_owner_before: bool = True  # (round 51) a bare study or report noun with no owner (`स्टडी के मुताबिक`) is the
    # study the window named with its tagged owner (`ये नतीजे इंस्टिट्यूट … चेन्नै की स्टडी के हैं`): that owner
    quoted_source_name: bool = True  # (round 51) `कहा कि 'सभी इंफ्लुएंजा … पहल' (GISAID) के मुताबिक …`: a closed quote
    # right before a `के मुताबिक` cue (a bracketed acronym between) names its source; the content after कि is indirect
    data_owner_window: int = 6  # (round 51) figures with no written owner stand for the organisation whose statement
    # came last only within this many sentences (-1: any distance, as before)
    as_noted: bool = True  # (round 52) a framed cue (`नोट करता है`, `नोट किया`) in a clause opening with `जैसा कि` and
    # closing in a comma right after it reports the clause after the comma (`जैसा कि X नोट करता है, C`)
    dative_expectation: bool = True  # (round 52) `अतः रसेल को उत्पादन लागतें बढ़ने की उम्मीद है`: a tagged person or body
    # opening its clause with को, an infinitive clause and `की उम्मीद/आशंका`, `का डर` + copula: X's expectation (indirect)
    words_of: bool = True  # (round 52) cues-v41's `X के शब्दों में, C` / `X के लफ्जों में, C`: an according-to source
    # only with a comma right after it (`पढ़िए ख़ुद आकार पटेल के शब्दों में.` points to a text: no claim)
    unnamed_role_pronoun: bool = True  # (round 53) `महाराष्ट्र के स्वास्थ्य मंत्री ने IPL को … सुझाव दिया है। उन्होंने कहा कि …`:
    # an `उन्होंने` opening its sentence with no subject or speaker found, after a sentence whose ergative subject is an
    # unnamed role (a title or anonymous role noun before its `ने`, no person tagged), is that unnamed person: anonymous
    source_layer: bool = True  # (round 53) `आइजोल से प्राप्त खबर के अनुसार, C। राज्य के एक शीर्ष अधिकारी ने यह जानकारी दी।`:
    # the sentence before held only by according-to claims is still the content of `X ने यह जानकारी दी` (a layer below)
    unnamed_role_newer: bool = True  # (review of round 53) `unnamed_role_pronoun` also where the window's speaker is
    # older than the unnamed role subject of the sentence right before (`… हसन फरीद का कहना है … चीनी प्रधानमंत्री ने …
    # की। उन्होंने कहा`), unless the role word stood before a tagged person earlier in the story (an anaphor)
    interrogative_cue: bool = True  # (round 53) `यहां देखें स्वास्थ्य मंत्रालय ने क्या कहा`, `जानिए X ने क्या बताया`: a cue whose
    # object is the question word `क्या` right before it says only that something was said: no claim (the words
    # before it are a teaser, not what was said)
    vowel_future: bool = True  # (review of round 53) `next_subject_cut` counts a future with an independent-vowel stem
    # (`माना जाएगा, जबकि राज्य [पुलिस ने]`) as the content's last finite verb, as it does `होगा`, `करेगा`
    next_subject_cut: bool = True  # (round 53) `कहा कि उन्हें 37 शव मिल चुके थे, जबकि राहत अभियान में शामिल एक कर्मी ने
    # बताया कि …`: an indirect content cut at the next report's speaker in its sentence ends at the last comma or
    # clause conjunction before it when the words between hold no finite verb (they are that speaker's modifiers)
    joint_place_body: bool = True  # (round 51) `संयुक्त राज्य और यूरोपीय संघ ने चेतावनी दी कि`: a country and a
    # body (a place and an organisation, both linked) joined by और right before the second are joint speakers, as two
    # of one label were (not `इंग्लैंड और वेल्स में नेशनल इंस्टीट्यूट … का कहना है`: a place phrase before the body)
    quote_person: bool = True  # (round 50) a pronoun whose direct quote has gendered first-person verbs (`मैं … बैठी हूँ`)
    # is a person: no organisation or place stands for it, and where no person is named before it, the story's main person
    quantified_group: bool = True  # (round 58) `सभी AM को चिंता है कि`, `कई शोध में पता चलता है कि`: an untagged speaker
    # after (or opening with) a quantifier of an unnamed group (`सभी`, `कई`, `कुछ`, `अनेक`, `अधिकांश`, `तमाम`, …), no
    # demonstrative before it (`इन सभी बुलेटिन`: the ones named before), is a group of no name: anonymous
    manner_container: bool = True  # (round 58) `धारा 713 में स्पष्ट रूप से कहा गया है, "…"`: a manner adverb
    # (`स्पष्ट रूप से`, `साफ तौर पर`, `विस्तार से`) between a container's `में` and its passive cue is stepped over
    dropped_opener: bool = False  # (round 56; off since 0.28.0: gold keeps a stray closer's report indirect) `लव कुमार ने कहा कि हमने … बताया गया है। अब और नमूने … किए गए हैं।”`: a
    # content after its cue on a line whose only quotation mark closes the line after a sentence end is a quotation
    # whose opener was dropped: direct, running on to that closer
    participle_speaker: bool = False  # (round 69) `… टिश्यु बनाने वाली कंपनी सोलैरिस पेपर ने कहा`: an untagged ergative
    # speaker phrase stops at a relative participle (`वाला`, `वाली`, `वाले`, `वालों`) with two or more words after it:
    # the participle ends the relative phrase before the name, and an organisation kind noun right after it (`कंपनी`) is
    # dropped (before: `वाली कंपनी सोलैरिस पेपर`); one word after it (`चने बेचने वाली लड़की ने`: a description) and
    # the sources of according-to cues (`X पर आने वाली रिपोर्ट के मुताबिक`: X's) stay as they were
    double_ergative: bool = False  # (round 69) `ट्रेसी उलमान ने भीड़ ने कहा, "…"`: a one-word untagged noun before
    # the cue's ने with a tagged person's or organisation's ने right before it is a mistyped object (`भीड़ से`); the
    # tagged subject is the speaker (a clause has one ergative subject; before: `भीड़`)
    place_owned_title: bool = False  # (round 70) `ओडिशा के मुख्यमंत्री ने घोषणा की` with only `उत्तराखंड के मुख्यमंत्री
    # त्रिवेंद्र सिंह रावत` named in the story: a title owned here by a tagged place (`X के/की TITLE`) is only a holder
    # whose introduction names that place (the words before the title there, or a `X के TITLE NAME` of that person
    # anywhere in the story: title_places); another place's holder or one introduced with the bare title (`मुख्यमंत्री
    # बनर्जी` after `पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी`) is another office; with none left, an unnamed holder
    # (anonymous)
    qualified_role_span: bool = False  # (round 70) `पुलिस अधिकारी के मुताबिक`, `स्वास्थ्य अधिकारियों ने`: an anonymous
    # role noun's speaker span takes the office words right before it (_GENERIC_QUALIFIERS, _DEPARTMENT_FIELDS less the
    # conjunctions: `जिला`, `पुलिस`, `स्वास्थ्य`, `रेलवे`; at most two) and a rank word or `गैर` before them (`वरिष्ठ पुलिस
    # अधिकारी`, `गैर सरकारी लोगों`), as the gold writes it (`सरकारी प्रवक्ता`); the entity (anonymous) stays
    title_phrase_span: bool = False  # (round 71) `अपर मुख्य सचिव ने कहा`, `केंद्रीय स्वास्थ्य मंत्री ने बताया`: a title's
    # speaker span takes the rank and office words right before it, a space apart (at most three: _TITLE_RANKS,
    # _PORTFOLIOS, _GENERIC_QUALIFIERS, _DEPARTMENT_FIELDS less the conjunctions; no word inside a mention), as SPEC.md
    # writes the speaker's surface; the entity and the content stay
    nominal_coordination: bool = False  # (round 72) `24.7 फीसदी ने नींद में कमी और अधिक गुस्सा आने की बात कही`: in a
    # nominal content a coordinator after a word that is no verb form (`कमी`, `इंटरनेट`), with no ने after it, joins two
    # noun phrases of one content and no longer cuts it (before: `अधिक गुस्सा आने`); after a verb form (`दिए और`,
    # `बताया और`, `करते और`) it still ends a clause (_verb_form)
    media_reporter_pronoun: bool = False  # (round 73) `राजदूत के हवाले से अखबार ने कहा, '…' उन्होंने कहा कि …`: an
    # honorific ergative pronoun (`उन्होंने`) whose antecedent is a reporter that is no person (an outlet, tagged or
    # not) quoting a person through `के हवाले से` in that same report is the person quoted, not the outlet (before:
    # the untagged `अखबार`, no entity); the reporter's own claim stays the outlet's
    content_subject_pronoun: bool = False  # (round 73) `ओमान ने कहा कि वह यह समझता है कि …`: a nominative `वह`/`वे`/`वो`
    # opening the indirect content of an ergative report (`X ने कहा कि` right before it) and speaking a report of its
    # own there is X, the reporter (before: unresolved, then anonymous); not after an according-to source (`मिरर यूके
    # की रिपोर्ट के अनुसार वह मानते है कि`: the story's person)
    content_subject_particle: bool = False  # (round 74) `डॉक्टरों ने भी लंबे समय तक बैठने को हानिकारक बताया`: a focus
    # particle (`भी`, `ही`, `तो`) right after the subject's `ने` is the subject's, no word of the bare or nominal content
    # after it (before: `भी लंबे समय तक बैठने को हानिकारक`)
    content_channel: bool = False  # (round 74) `जहांपुर ने भी अपने दैनिक अपडेट में इन आंकड़ों की पुष्टि की`, `कंपनी ने एक
    # बयान जारी कर … के इस्तीफ़े की जानकारी दी`: the channel the subject spoke through, opening a bare or nominal content
    # right after its `ने` (a reflexive, at most two words, a text noun of the lexicon (source, container, data), `में`;
    # or a text noun, `जारी`, `कर`), is no word of it (before: `अपने दैनिक अपडेट में इन आंकड़ों`); a relative after
    # `में` (`अपनी रिपोर्ट में दिए गए आंकड़ों`) and places (`अपने घर में`) stay in
    quoted_media_name: bool = False  # (round 75) `'ईएफई' समाचार के मुताबिक, फरवरी में … ट्रेन दुर्घटनाग्रस्त हो गई थी`
    # -> EFE (before: no claim, the speaker phrase stopped at the closing quote): a news, paper or media noun alone
    # before an according-to cue, right after a closed quotation that holds just a tagged name (not a place), is
    # that outlet's: the quoted name is the speaker (`‘शर्क’ अखबार के अनुसार`)
    demonstrative_title: bool = False  # (round 76) `… के लिए राष्ट्रीय पुरस्कार जीतने वाली यह युवा अभिनेत्री कहती हैं, "…"`:
    # a singular demonstrative (`यह`, `वह`, `वो`) with a role noun (a title row) as the subject of a habitual cue is
    # a person named before, resolved as the nominative pronoun is (speaker span: demonstrative to noun; before: no
    # claim); at most two words between them, none a name, pronoun, postposition or another title
    quoted_habitual: bool = False  # (round 75) `उन्होंने कहा, "मुझे लगता है कि … . धोनी भी बार-बार कहते आए हैं कि पिच
    # स्पिन को मदद देने वाली होनी चाहिए …"`: a report inside a direct quote with a nominative cue (`कहते हैं`, `मानते हैं`,
    # `बताती है`), an `का कहना/मानना है` cue or an according-to cue (`मौसम विभाग के आंकड़ों के अनुसार`) is looked at as a
    # verb cue there is, and kept on the same terms: a tagged third person or organisation (an entity, not the quote's
    # own speaker) says it, a layer of the quote (dev2 README: one claim per layer); before, only verb cues were
    broken_layout: bool = False  # (round 77) `… पत्रिका फोर्ब्स के आकलन के मुताबिक` | blank line | `धोनी ने … कमाई की है.`
    # -> Forbes's content is the next line's sentence (before: `प्रभावशाली कारोबारी पत्रिका`, the words before the
    # source): in a document whose copy breaks its paragraphs inside sentences (most of its body lines, two or more, end
    # in a word with no sentence mark: BBC Hindi's pages), broken_paragraphs joins a body line to the next line's
    # sentence whatever word it ends in (not only a postposition, possessive or determiner), unless that word is a
    # finite verb or an auxiliary; round 47's other conditions stay (a sentence end before it on its line, the next
    # piece ending its sentence on its own line, no agency dateline there)
    outlet_anaphor: bool = False  # (round 78) `दैनिक औसाफ ने अपने संपादकीय में लिखा है कि …। अखबार के मुताबिक C` /
    # `अखबार लिखता है कि C` -> the outlet (before: no claim; a bare outlet noun was no speaker but after ने): the
    # lexicon's `outlet` anaphors (cues-v54: `अखबार`, `अख़बार`, `पत्रिका`, `समाचारपत्र`), alone as a speaker, stand for
    # the outlet the story quoted last (a claim speaker introduced as one: `दैनिक X`, `अखबार 'X'`, a media name, or
    # one that wrote `अपने संपादकीय में`) or named last as one; with none, the bare noun (named, unresolved); after
    # एक/किसी/कोई an unnamed outlet (anonymous)
    emerged_finding: bool = False  # (round 79) `रिलायंस की ओर से कराये गये शोध में यह सामने आया है कि C` -> Reliance
    # (before: no claim): cues-v55's framed passives `सामने आया/आई/आयी/आए` are findings like v20's `पाया गया`/`पता चला`,
    # a report only held by a source noun's `में`/`से` right before them (held_by_source) and with a कि, colon or quote
    # after them; the source's owner, else its issuer, speaks (on_passive). Off: those rows are dropped
    light_verb_issuer: bool = False  # (round 79) `एएफपी की तरफ से की गई गणना के अनुसार C`, `एएफपी द्वारा की गई की गणना
    # के अनुसार C` -> AFP (before: `गणना`, unresolved): the light verb `की` of a passive participle (`की गई/गए/गया`) right
    # after the issuer's marker (`द्वारा`, `की ओर/तरफ से`, across a date: `द्वारा शनिवार को की गई`) is stepped over
    # like a participle on the way from a source noun to its owner (source_owner)
    fronted_channel: bool = False  # (round 80) `इसकी पुष्टि स्वास्थ्य विभाग के प्रधान सचिव संजय कुमार ने ट्विट कर की।`,
    # `यह जानकारी X ने महामारी को लेकर होने वाले प्रतिदिन के कांफ्रेंस में दी।` -> X, the sentence before (before: no
    # claim): between the ergative subject of a fronted demonstrative object and its light verb, the channel or occasion
    # round 55's channel_adjunct drops in the other order (`X ने ट्वीट कर इसकी जानकारी दी`), a conjunctive participle
    # (`… कर`, `… करके`) or a `… में` phrase of at most six words with no clause of its own (no कि, ने, जो, और), is
    # stepped over as a date is (fronted_gap); before, only a `में` phrase of at most three words
    demonstrative_channel: bool = False  # (round 80) `मुख्यमंत्री एन बीरेन सिंह ने यह जानकारी ट्वीट करके दी।`, `गृह मंत्री
    # होर्स्ट सीहोफर ने इसकी जानकारी मीडिया को दी।` -> the subject, the sentence before (before: no claim): the same
    # channel (fronted_channel's channel_end) or the press told (`मीडिया को`, `पत्रकारों से`) between a demonstrative
    # object after the subject's ने and the verb of its `<noun> … <verb>` row (on_demonstrative_channel)
    demonstrative_line: bool = False  # (round 81) `… थॉमस मोडली ने मंगलवार को इस्तीफा दे दिया।` + a line break + `अमेरिकी
    # रक्षा मंत्री मार्क एस्पर ने यह जानकारी दी।`: a demonstrative report (`X ने यह जानकारी दी`, `यह जानकारी X ने दी`) that
    # opens its line reports the last sentence of the line before, where a single line break (no blank line) parts
    # them, that sentence ends in a sentence mark (not a headline) and the line does not open with a narrative step
    # (`इसके बाद`, `फिर`: what was done next) (previous_sentence's `line`, sentence_line_before)


# ---------------------------------------------------------------------------------------------
# lexicon

CUE_ROLES = ("verb", "nom", "passive", "prep", "lead", "kahna", "hawale", "participle", "criticism")
PRONOUN_ROLES = ("erg", "gen", "loc", "nom")
ANAPHOR_ROLES = ("head", "statement", "org", "court", "outlet")  # outlet: round 78 (cues-v54)
# Last words of public bodies: a company anaphor (`कंपनी`, `एयरलाइन`) never stands for one of them
PUBLIC_BODY_HEADS = frozenset("""संघ सरकार मंत्रालय विभाग आयोग परिषद संगठन पुलिस न्यायालय कोर्ट अदालत राष्ट्र सेना
    नौसेना वायुसेना बल प्राधिकरण निदेशालय ब्यूरो संसद सभा समिति""".split())
_LIST_ENDS = frozenset("आदि इत्यादि वगैरह वगैरा समेत सहित भी ही तो और तथा एवं व".split())  # `X, Y नेगी आदि ने`
_RELATIVE_OPENERS = frozenset("जो जिन्होंने जिसने जिनका जिनकी जिनके जिसका जिसकी जिसके".split())  # `X, जो …,`
# (review of round 48) a quotation's closer followed by its own attribution: `"B," ट्रंप ने …` (contrast_quote)
_OWN_ATTRIBUTION = regex.compile(r"(?=[^\p{L}\p{M}\n]{0,4},)[^\p{L}\p{M}\n]{1,8}(?:[\p{L}\p{M}]+\s+){1,4}ने\s+")
_CONTRAST_LEAD = frozenset("लेकिन पर मगर किंतु किन्तु परंतु परन्तु".split())  # a contrast before a changed subject
_FINDING_CONTRAST = _CONTRAST_LEAD | {"हालांकि", "हालाँकि"}  # `…, पर एक अध्ययन में पाया गया`: the writer's study
# (round 67, claims.coordinated_subject) coordinators that open a clause whose elided subject opens the conjunct before
_CLAUSE_COORD = frozenset("लेकिन और तथा एवं मगर किंतु किन्तु परंतु परन्तु".split())
# (round 67) a role noun before one of these is no subject (`लोगों को जागरुक कर रही है`)
_OBLIQUE_MARKERS = frozenset("को से के की का में पर तक द्वारा".split())
ELIDED_SUBJECT_LEAD = frozenset("लेकिन साथ ही और भी फिर इसके उसके बाद में साथ-साथ वहीं तथा एवं यह ये".split())  # before a cue without subject (`साथ ही यह भी कहा था कि`: a cataphoric object)
_DEMONSTRATIVE = frozenset("यह ये इसकी इस इसके इन इनकी".split())
_CHANNEL_STOPS = frozenset("कि ने जो और".split())  # (round 80, fronted_channel) a clause of its own: no channel adjunct
# (round 80, demonstrative_channel) the press as the ones told, before `को`/`से` (`इसकी जानकारी मीडिया को दी`)
_PRESS_TOLD = frozenset("मीडिया मीडियाकर्मियों मीडियाकर्मी पत्रकारों संवाददाताओं प्रेस".split())
_DEMONSTRATIVE_OBJECT = _DEMONSTRATIVE | frozenset("बात की के बारे में भी ही पूरी सारी मामले घटना खबर ख़बर".split())
# when and where, between a subject and its cue (`एक वरिष्ठ अधिकारी ने शनिवार को इसकी पुष्टि की`)
_TIME_WORDS = frozenset("""सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार को आज कल यहां यहाँ वहां वहाँ सुबह
    शाम रात दोपहर देर बाद में""".split())
_CONNECTIVE_NOUNS = frozenset("बीच अलावा दौरान".split())  # `इस बीच`, `इसके अलावा`: no part of a name
# (round 69, claims.participle_speaker) relative participles: `टिश्यु बनाने वाली कंपनी सोलैरिस पेपर`, `… की अध्यक्षता
# वाली पीठ`: they end the relative phrase before a noun, never part of its name
_RELATIVE_PARTICIPLES = frozenset("वाला वाली वाले वालों".split())  # (fold leaves them as they are)
_INDEFINITE = frozenset("एक किसी कोई".split())  # an indefinite before an unnamed speaker
_CONTAINER_PRONOUNS = frozenset("उसमें उसमे इसमें इसमे उनमें उनमे इनमें इनमे".split())  # (round 42; a
# relative `जिसमें` with no issuer written stays out: tests/test_claims.py test_claims_relative_document)
_CONTAINER_VERBS = ("कहा", "बताया", "लिखा")  # the passives a document reports with (`में कहा/बताया/लिखा गया है`) ...
_SAME_PRONOUNS = frozenset("इसी उसी इन्हीं उन्हीं".split())  # `इसी में कहा गया है`: this very text (review of round 42)
_PERFECT_PASSIVE = frozenset("गया गई गए गये".split())  # ... in the perfect (not `कहा जाता/जा रहा है`: hearsay)
_NOT_INDEFINITE_NOUN = frozenset("बार तरफ ओर दिन समय".split())  # `एक बार प्रधानमंत्री ने`: no indefinite subject
_EXTENSION_WORD = regex.compile(r" ([\p{L}\p{M}]+) ने(?![\p{L}\p{M}])")  # the word right after a name, a subject
_GENERIC_BODY_HEADS = frozenset("सरकार विभाग केंद्र केन्द्र प्रशासन".split())  # a generic public body's head
_DOUBLED_KI = regex.compile(r"कि(?![\p{L}\p{M}])[\s,]*")  # a content opening with कि (`कहा कि कि …`; round 35)
_KI_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])कि[\s,]*$")  # … right after the cue's own कि
_DEPARTMENT_FIELDS = frozenset("""वन गृह आपदा प्रबंधन जनसंपर्क जनसम्पर्क परिवार कल्याण रेलवे रेल शिक्षा राजस्व कृषि
खाद्य आपूर्ति रसद सूचना ऊर्जा बिजली विद्युत जल परिवहन पर्यटन पशुपालन उद्योग श्रम वित्त समाज महिला बाल विकास
अग्निशमन दमकल आबकारी उत्पाद खनन सिंचाई लोक निर्माण पंचायती ग्रामीण नगर आवास शहरी एवं और व तथा""".split())  # (round 35; review: not
# मौसम, whose `मौसम विभाग` the alias file makes the IMD)
_JOINED_BEFORE = frozenset("के की का एवं और व तथा".split())  # a word before a noun phrase that it joins to more
_CENTRAL = frozenset("केंद्र केन्द्र केंद्रीय केन्द्रीय".split())  # `केंद्र सरकार`: the central body, no state's (round 35)
# collective and body nouns: `शिंदे गुट`, `नीतीश कैबिनेट`, `योगी सरकार` are a group named after a person, not the person
_COLLECTIVE_NOUNS = _GENERIC_BODY_HEADS | frozenset(
    "सरकार कैबिनेट मंत्रिमंडल गुट खेमा खेमे ब्रिगेड टीम परिवार समर्थक समर्थकों सेना पार्टी दल प्रशासन मंत्रालय विभाग आयोग"
    " समिति संगठन सरकारें गठबंधन मोर्चा मोर्चे कंपनी फाउंडेशन ट्रस्ट".split())
_GENERIC_QUALIFIERS = frozenset("""राज्य केंद्र केंद्रीय केन्द्र केन्द्रीय जिला जिले प्रदेश स्थानीय सरकारी स्वास्थ्य सवास्थ्य
सेहत चिकित्सा पुलिस""".split())  # (ज़िला reads जिला: keys drop the nukta)
_DOTTED_BEFORE = regex.compile(r"([A-Za-z0-9][A-Za-z0-9\-]*)(?:\.[a-z]{2,})*\.$")  # `Domain.` / `News.com.` before
_DOTTED_TITLES = frozenset("mr mrs ms dr st".split())  # `Mr.Smith`, `St.Stephens`: a title, no web domain
_BYLINE_TITLES = frozenset("प्रभारी लेखक लेखिका".split())  # titles of a byline's signer (`-राकेश कुमार, प्रभारी, पटना`)
_TITLE_PLACES = frozenset(["एमपी"])  # a title the tagger reads as a place (`एक टोरी एमपी ने`: an MP)
_CASE_AFTER = frozenset("के की का को से में पर तक द्वारा".split())  # a postposition: the noun before is no subject
# words before a generic body's last word that name no body (round 44): a member count (`दो सदस्यीय पीठ`), `हेल्थ`
# (review of round 44: every number word to twelve, `छह सदस्यीय समिति`; a count in digits never enters the speaker span)
_BODY_QUALIFIERS = frozenset("""सदस्यीय सदस्यों एक दो तीन चार पांच पाँच छह छः छै सात आठ नौ दस ग्यारह बारह
    हेल्थ""".split())
# (round 70) rank words of an office before its field words (`वरिष्ठ पुलिस अधिकारी`, `मुख्य चिकित्सा अधिकारी`) and the
# negating prefix of a qualifier (`गैर सरकारी`): both part of an anonymous role noun's speaker span
_RANK_WORDS = frozenset("वरिष्ठ मुख्य अपर अतिरिक्त संयुक्त उप सहायक कनिष्ठ".split())
# (round 71) rank words before a title (`प्रमुख सचिव`, `विशेष सचिव`, `वरिष्ठ मंत्री`, `अपर मुख्य सचिव`)
_TITLE_RANKS = _RANK_WORDS | frozenset("प्रमुख विशेष".split())
_CONJUNCTIONS = frozenset("और एवं व तथा".split())  # (round 71) a coordination before a title phrase
_NEGATING_PREFIXES = frozenset(["गैर"])  # (keys drop the nukta: ग़ैर reads गैर)
_BODY_LEAD = frozenset("लेकर चिंतित इससे उससे पहले बाद वहीं वहीँ उधर इधर हालांकि हालाँकि".split())  # words a noun phrase took
# the words that may stand before an untagged generic issuer (postpositions, conjunctions, leads): no part of its name
_ISSUER_BOUNDS = frozenset("को में से ने पर तक द्वारा और तथा एवं व कि".split()) | _BODY_LEAD | _TIME_WORDS
_PARTITIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])से\s+$")  # `इनमें से एक NAME`: one of them, named
_KI_ONLY_CUES = frozenset({"बारे में बात की"})  # a cue that reports only with a कि clause after it
_STUDIES = frozenset("अध्ययन शोध सर्वे सर्वेक्षण रिसर्च स्टडी".split())  # a study its maker's person may cite unowned
# the present or the speakers' own study (`मौजूदा अध्ययन`, `इस शोध`, `हमारे सर्वे`), not research at large (`शोध बताते हैं`,
# `पुराने वायरस पर हुए अध्ययन में`): only these cite the study of the speaker's organisation
_PRESENT_STUDY = frozenset("मौजूदा मौजूद वर्तमान इस यह हमारे हमारी हमारा".split())
_NE_DROPPED_CUES = frozenset("बताया कहा".split())  # perfective transitive cues whose ने a translation may drop
_INTRANSITIVE = frozenset("बोला बोली बोले बोलीं".split())  # perfective of बोलना: no ने, a nominative subject
_DATIVE_PRON = frozenset({"उन्हें", "उनको", "उसे", "उसको"})  # experiencers of a belief (`उन्हें उम्मीद है कि`)
# the impersonal belief `लगता है/था` (cues-v26) reports only with a dative experiencer right before it (`X को`,
# `उन्हें`), not one a relative word, a condition or a question opens (`जिन लोगों को`, `अगर राम को`, `कोई हँसे, तो
# उसे`, `क्या सरकार को`: nobody's belief), nor a time (`रात को लगता है`: `at night it seems`)
_DATIVE_BELIEFS = frozenset({"लगता है", "लगता था"})
_DATIVE_BELIEF_OR_HOPE = _DATIVE_BELIEFS | {"उम्मीद है", "उम्मीद थी"}  # `X को उम्मीद है कि …, Y ने कहा।`: Y's report
# (round-30 second review) a plural dative believer (`उन्हें लगता है`) after a plural human group noun that comes after the
# nearest named person is that group (`ईरान के आम लोग गुस्से में हैं। उन्हें लगता है कि …`: anonymous); the group nouns
# are the plural anonymous words of the lexicon (`लोग`, `लोगों`, `अधिकारियों`) and _GROUP_NOUNS
_PLURAL_DATIVE = frozenset({"उन्हें", "उनको"})
# a belief's content ends before a new ergative subject's clause after a comma (`X को लगता है कि A, चर्च के प्रमुख ने भी
# … स्वागत किया है`): one to six words, no कि, relative word or connective among them, then a standalone ने
_BELIEF_NEW_SUBJECT = regex.compile(
    r",\s*(?:(?!(?:कि|जो|जिस|जिन|जब|क्योंकि|इसलिए|तो|और|लेकिन|पर|मगर)\s)[^\s,;।:\"“”]+\s+){1,6}ने(?=\s)")
# review of round 39: a stance noun with a past copula (cues-v29: `किसान को आशा थी कि बारिश होगी, लेकिन सूखा पड़ा।`) is
# often followed by the narrator's outcome after `, लेकिन/पर/मगर`: the content ends before it
_STANCE_NOUNS_V29 = "राय आग्रह मान्यता धारणा निष्कर्ष अंदाज़ा अंदाजा अन्दाज़ा अन्दाजा आशा संदेह सन्देह शक".split()
_BUT_CLAUSE = regex.compile(r",\s*(?:लेकिन|पर|मगर)\s")
_DATIVE_WORD = "|".join(["को", *sorted(_DATIVE_PRON)])
_DATIVE_BEFORE = regex.compile(rf"(?:^|\s)(?:{_DATIVE_WORD})\s*$")
_BELIEF_OPENERS = """जिन जिनको जिन्हें जिनमें जिनके जिनकी जिनका जिनसे जिनपर जिस जिसे जिसको जिसमें जिसके जिसकी जिसका
    जिससे जिसपर जो जहां जहाँ जब अगर यदि क्या""".split()  # whole words: `शी जिनपिंग को`, `जिन्ना को` are believers
_NO_BELIEVER_BEFORE = regex.compile(  # an opener 0-3 words before the dative, no comma or danda between; a clause's तो
    rf"(?:(?:^|\s)(?:{'|'.join(_BELIEF_OPENERS)})|(?:^|,)\s*तो)\s+(?:[^\s,।]+\s+){{0,3}}(?:{_DATIVE_WORD})\s*$")
# another speaker's sentence-final report after a belief's content (`…, मोहन ने कहा।`, `…, उन्होंने कहा।`)
_REPORT_TAIL = regex.compile(
    r",\s*(?:(?:[^\s,।]+\s+){1,4}ने|उन्होंने|इन्होंने|उसने|इसने)\s+(?P<cue>[^\s,।]+)[^,।]*[।.!]?[\s\"”’']*$")
_SPACED_TOKEN = regex.compile(r"\S+")  # the words of `ORG के महानिदेशक डॉ. ` before a name (affiliation)
_ERGATIVE_PRON = frozenset({"उन्होंने", "उन्होने", "उसने", "इसने", "इन्होंने"})  # (round 73) a subject that is its own ने
_SINGULAR_PRON = frozenset({"उसने", "उसका", "उसकी", "उसके", "इसने"})  # non-honorific singular: no plural antecedent
_PLURAL_PRON = frozenset({"उन्होंने", "उन्होने", "उनका", "उनके", "उनकी", "वे"})  # (round 47) may stand for a plural group
_GROUP_CASES = frozenset({"ने", "को", "का", "के", "की"})  # (round 47) an unnamed group's subject marker (`डॉक्टरों को`)
_CHANNEL_AFTER = regex.compile(r"\s+(?:अकाउंट|अकाउण्ट|एकाउंट|हैंडल|पेज|पोस्ट)(?!\w)")  # `फ़ेसबुक पेज`, `ट्विटर हैंडल`
_ON_AFTER = regex.compile(r"\s+पर(?!\w)")
# `X पर` is a channel only for a platform (`ट्विटर पर`), a media name (kind media: `फ़ॉक्स न्यूज़ पर`) or before a verb
# of posting within four words (`… पर लिखा`, `… पर साझा किया`); else पर marks a target (`गूगल पर जुर्माना लगाया`)
_POSTED_AFTER = regex.compile(
    r"\s+पर(?:\s+(?!कि(?!\w))[^\s।!?|,;:]+){0,4}?\s+(?:लिख(?:ा|ी|े|ें|ीं|कर|ते|ती|ना|ने)|पोस्ट|ट्वीट|शेयर|साझा"
    r"|अपलोड|प्रसारित|वायरल|लाइव)(?![\p{L}\p{M}])")  # whole words: not `शेयरधारकों`, `लिखित`
_PLATFORMS = frozenset("""ट्विटर ट्वीटर ट्विट्टर फेसबुक फ़ेसबुक फेसबूक यूट्यूब यू-ट्यूब इंस्टाग्राम इन्स्टाग्राम इंस्टा
    व्हाट्सएप व्हाट्सऐप वॉट्सऐप वॉट्सएप व्हाट्सअप टेलीग्राम टेलिग्राम लिंक्डइन टिकटॉक टिक-टॉक स्नैपचैट वीबो
    वीचैट रेडिट कू शेयरचैट टीवी टेलीविजन टेलीविज़न रेडियो चैनल twitter facebook youtube instagram whatsapp telegram
    linkedin tiktok snapchat""".split())  # social platforms and broadcast kinds (Latin ones compared lower-cased)
_MANNER_HEADS = frozenset("तरह प्रकार तरीके तरीक़े ढंग हिसाब रफ्तार रफ़्तार गति कारण वजह".split())  # (round 66) `जिस तरह …, उसने`: no head
_HONORIFIC_ERG = frozenset({"उन्होंने", "उन्होने"})  # the ergative pronoun of a person (honorific/plural)
# gender agreement of a nominative subject with its verb: the habitual participle before an auxiliary (`कहती हैं`,
# `बताता था`) and the perfective of बोलना (`बोलीं`, `बोले`); the ergative (उसने/उन्होंने कहा) shows no gender
_FEM_AUX = frozenset("है हैं थी थीं".split())
_MASC_AUX = frozenset("है हैं था थे".split())
_GENDERED_PERFECTIVE = {"बोली": "F", "बोलीं": "F+", "बोला": "M", "बोले": "M"}  # F+: a woman spoken of with respect
_OPENING_ADVERBS = frozenset("अब लेकिन मगर वहीं वहीँ और तो फिर हालांकि हालाँकि इसलिए आज".split())  # before a sentence's subject
_BOTH = frozenset("दोनों तीनों सभी".split())  # `A और B दोनों कहते हैं`: between joint subjects and their cue
_CONVERSE = frozenset("बात बातचीत पूछा पूछे पूछने पूछताछ संपर्क सवाल".split())  # talking to someone (X से …)
# cues of saying and telling that may take their clause with no कि (`एक ने कहा वह …`, `वह बताती हैं उन्हें …`)
_BARE_CONTENT_CUES = frozenset("बताया कहा कहते कहती कहतीं कहता बताते बताती बतातीं बताता".split())
# words that cannot open such a clause: postpositions, particles, light verbs and passives of the cue itself
# plural nouns an according-to phrase follows in the sense `in accordance with` (rules, needs, conditions)
_ACCORDANCE = frozenset("""नियमों प्रावधानों मानकों मानदंडों परिस्थितियों स्थितियों जरूरतों ज़रूरतों आवश्यकताओं शर्तों
    नीतियों परंपराओं मान्यताओं ग्रंथों अनुभवों सिद्धांतों तरीकों""".split())
# verbs and nouns of issuing a document: its issuer is the subject of such a sentence
_ISSUING = frozenset("जारी घोषित घोषणा ऐलान एलान पेश हस्ताक्षर लागू".split())
_ISSUED_DOCS = frozenset("विज्ञप्ति अधिसूचना बयान".split())  # singular statements an issuer stands behind
# (round 51, claims.study_owner_before) studies, surveys and reports: a bare one after `X की <noun>` in the window is X's
_STUDY_NOUNS = tuple("स्टडी अध्ययन शोध रिसर्च सर्वे सर्वेक्षण रिपोर्ट".split())  # (keyed where read)
# the only words allowed right before the bare noun (else it opens its clause)
_SAME_STUDY = tuple("इस उस इसी उसी".split())  # a demonstrative: the study named before
_SINGULAR_DEMONSTRATIVES = frozenset("यह वह वो".split())  # (round 76) `यह युवा अभिनेत्री कहती हैं`: one person named before
_DEMONSTRATIVE_OBJECTS = frozenset("बात बातें बाते भी ही तो सब".split())  # (round 76) `यह बात अभिनेता कहते हैं`: no subject
_OWNED_STUDY = regex.compile(r"(?:की|के|का)\s+(?:(?:एक|नई|नए|नया|ताज़ा|ताजा|हालिया)\s+)?(?P<noun>\w+)")
# (round 60, claims.study_reflexive_owner) `X ने अपनी (एक/ताज़ा/नई) रिपोर्ट`: a study introduced as its subject's own;
# another study introduced after it (_OTHER_STUDY): `एक अन्य/दूसरी …`, a published one, and (review of round 60) the
# indefinite `एक सर्वे/अध्ययन` alone, the article introducing a new referent
_REFLEXIVE_STUDY = regex.compile(r"(?<![\p{L}\p{M}])ने\s+(?:अपनी|अपने)\s+(?:(?:एक|नई|नए|नया|ताज़ा|ताजा|हालिया|ताज़ी|ताजी)\s+)?"
                                 r"(?P<noun>[\p{L}\p{M}]+)")
_OTHER_STUDY = regex.compile(r"(?<![\p{L}\p{M}])(?:एक(?:\s+(?:अन्य|और|दूसरी|दूसरे|नई|नए))?|अन्य|दूसरी|दूसरे|जारी|प्रकाशित|छपी)\s+"
                             r"(?:स्टडी|अध्ययन|शोध|रिसर्च|सर्वे|सर्वेक्षण|रिपोर्ट)(?![\p{L}\p{M}])")
# (round 63, claims.study_owner_far) a new study introduced with `एक` and an adjective _OTHER_STUDY leaves out (`एक
# नया सर्वे`, `एक दूसरा अध्ययन`, `एक ताज़ा रिपोर्ट`)
_NEW_STUDY = regex.compile(r"(?<![\p{L}\p{M}])एक\s+(?:नया|दूसरा|ताज़ा|ताजा|ताज़ी|ताजी|हालिया)\s+"
                           r"(?:स्टडी|अध्ययन|शोध|रिसर्च|सर्वे|सर्वेक्षण|रिपोर्ट)(?![\p{L}\p{M}])")
# (round 60, claims.percent_group) a number and a percentage word ending an untagged speaker: a share of respondents
_PERCENT_SUBJECT = regex.compile(r"(?<![\p{L}\p{M}\d.,])\d+(?:[.,]\d+)*\s*(?:%|(?:प्रतिशत|फीसदी|फ़ीसदी|फीसद|फ़ीसद|परसेंट)"
                                 r"(?![\p{L}\p{M}]))")
_NEW_ISSUE = regex.compile(r"(?<![\p{L}\p{M}])(?:विज्ञप्ति|अधिसूचना|बयान|बयानों|जारी)(?![\p{L}\p{M}])")  # (statement_issuers)
# words that show another member of the clause before an according-to phrase (it then means `in accordance with`)
# words that never end a clause: a content cut before another report's subject that ends in one of them took the first
# words of that subject (`…, लेकिन यूरोप के … में से एक के | मुखिया का कहना है`, `…; इस रिपोर्ट में | उन्होंने कहा`)
_DANGLING = frozenset("के का में से को पर तक द्वारा ने कुछ कई सभी इस उस इन उन अन्य".split())
_CLAUSE_MEMBER = frozenset("में को ने पर तक लिए साथ इसे उसे उन्हें इन्हें जिसे जिन्हें".split())
# a rule's verb: future, modal, obligation or imperative (what a directive states, not an action taken under it)
_RULE = regex.compile(r"(?:गा|गी|गे|गें|चाहिए|जाए|जाएं|जायें|करें|सकता|सकती|सकते|अनिवार्य)(?![\p{L}\p{M}])"
                      r"|(?:ना|नी|ने)\s+(?:है|हैं|होता|होती|होते|पड़ता|पड़ती)(?![\p{L}\p{M}])")  # `की जानी है`, `करना होता है`
_NOT_A_CLAUSE_START = frozenset("""का के की को से में पर तक ने कि भी ही तो था थे थी थीं है हैं गया गई गए गयी जा जाता जाती
    जाते जाएगा रहा रही रहे हुए हुआ हुई""".split())
POSTPOSITIONS = frozenset("का के की को से में पर तक द्वारा ने और व तथा या".split())  # after a name that is no subject
_MEDIA_PREFIX_ONLY = frozenset({"रेडियो", "टीवी"})  # `रेडियो कनाडा`, but `सरकारी रेडियो`/`स्थानीय टीवी` are no names
_FIRST_PERSON_SUBJECTS = frozenset({"मैं", "मैंने", "मैने", "मैंनें", "हम", "हमने", "हमनें"})
FIRST_PLURAL = frozenset({"हम", "हमें", "हमने", "हमारा", "हमारी", "हमारे", "हमको", "हमसे", "हमलोग"})
CUE_OPTIONS = ("comma", "bare", "nominal", "framed")
# a `framed` row (cues-v27: the noun + light verb rows of round 31, `शिकायत की`, `पोस्ट किया`, `सहमति जताई`, ordinary verbs
# too) is a cue only where a कि, a colon or an opening quote follows it (a copula and a comma between), its passive only
# inside a written source: `महिला ने … शिकायत की थी, पुलिस ने बताया` keeps the police's content whole
_OWNED_AFTER_NOT = frozenset("""जिसके जिसकी जिसका जिसमें जिस जिसने जिन जिनके जिन्होंने जो इसके इसकी
इसका इस उसके उसकी उसका उस तो और व एवं तथा जब तब फिर बाद लेकिन पर मगर किंतु किन्तु वहीं जबकि""".split())
# (review of round 46) a connective or relative opening the clause after a quote: `…,” जिसके जवाब में राहुल ने कहा कि …`
_ANNOUNCEMENT_NOUNS = frozenset("""एलान ऐलान बयान चिट्ठी पत्र पलटवार ट्वीट दावा निशाना जवाब तंज आरोप अपील वादा
संदेश""".split())  # `X का बड़ा एलान, कहा- …`: a headline's genitive owner of one speaks (review of round 46)
_WORDS_OF = regex.compile(r"(?:शब्दों|लफ्जों|लफ़्ज़ों)\s+में$")  # cues-v41's in-the-words-of rows (round 52)
_AS_NOTED_OPEN = regex.compile(r"(?:(?:और|लेकिन|पर|मगर|तो)\s+)?जैसा\s+कि\s")
_AS_NOTED_CLOSE = regex.compile(r"(?:\s+(?:है|था|थी|थे|हैं|थीं))*\s*,")


def _as_noted(T: str, lo: int, s: int, e: int) -> bool:
    """(round 52) `जैसा कि पर्यावरण अखंडता प्रोजेक्ट नोट करता है, C`: a cue whose clause opens with `जैसा कि` and ends
    in a comma right after it (a copula between) reports the clause after the comma (an `as X notes` frame)."""
    clause = regex.split(r"[,;:\"“”]", _words_before(T, lo, s, 120))[-1].lstrip()
    return bool(_AS_NOTED_OPEN.match(clause)) and bool(_AS_NOTED_CLOSE.match(T, e))


_DATIVE_KO = regex.compile(r"\s+को\s+")
_DATIVE_EXPECT = regex.compile(r"(?P<c>[^,;:।?!\"“”'‘’()]+?\S+ने)\s+(?P<cue>की\s+(?:उम्मीद|उम्‍मीद|आशा|आशंका)|का\s+(?:डर|भय|अंदेशा))"
                               r"\s+(?:है|हैं|था|थी|थे|थीं)(?![\p{L}\p{M}])")
_DATIVE_LEADS = frozenset("अतः अत: इसलिए अब हालांकि हालाँकि लेकिन मगर पर और वहीं साथ ही भी".split())
_DATIVE_UNDERGO = frozenset("होने मिलने पहुंचने पहुँचने लगने जाने".split())  # X undergoes it: no expectation of X's
_HABITUAL = regex.compile(r"\sकरत[ाीे]ं?(?:\s|$)")  # cues-v34's `कहा/बताया करते थे` rows (round 46)
_HABITUAL_OBJECT = regex.compile(r"(?:^|\s)को(?:\s|$)")  # a को object before one in its clause: naming, no report
_FRAMED_AFTER = regex.compile(r"(?:\s+(?:है|था|थी|थे|हैं))*\s*(?::|,?\s*(?:कि\s|[\"“'‘]))")
FRONTED_GAP = "…"  # a verb row `<noun> … <verb>`: the demonstrative object fronted before its subject (`यह जानकारी X ने दी`)
PRONOUN_LABELS = ("PER", "ORG", "LOC", "STATEMENT")
SIMPLE_KINDS = (
    "anonymous", "source", "hedge", "title", "firstperson", "auxiliary", "npstop", "coordinator",
    "trailing", "object", "adverb", "data", "owned", "sourcemod", "judge", "directive", "titlealias", "nonname",
    "media", "feminine", "masculine", "time", "role", "qualrole", "container", "body", "orgkind",
)
KINDS = ("cue", "pronoun", "anaphor") + SIMPLE_KINDS


class CueLexiconError(ValueError):
    pass


@dataclass(frozen=True)
class CueEntry:
    form: str
    role: str
    report: str | None = None  # the part of the form reported as the cue
    options: frozenset[str] = frozenset()
    line: int = 0


@dataclass(frozen=True)
class PronounEntry:
    form: str
    role: str  # erg | gen | loc
    labels: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class CueLexicon:
    version: str
    cues: tuple[CueEntry, ...]
    pronouns: tuple[PronounEntry, ...]
    anaphors: tuple[tuple[str, str], ...]  # (form, role)
    words: tuple[tuple[str, tuple[str, ...]], ...]  # simple kinds: (kind, forms)

    def of(self, kind: str) -> tuple[str, ...]:
        for k, forms in self.words:
            if k == kind:
                return forms
        return ()


def _parse_options(raw: str, where: str) -> tuple[str | None, frozenset[str], tuple[str, ...]]:
    report, opts, labels = None, set(), ()
    for item in filter(None, (x.strip() for x in raw.split(","))):
        if item.startswith("report="):
            report = item[len("report="):].strip()
        elif item.startswith("labels="):
            labels = (item[len("labels="):].strip(),)
        elif item in CUE_OPTIONS:
            opts.add(item)
        else:
            raise CueLexiconError(f"{where}: unknown option {item!r} (known: report=…, labels=…, {', '.join(CUE_OPTIONS)})")
    return report, frozenset(opts), labels


def parse_cues(text: str, source: str = "<cues>", version: str = "") -> CueLexicon:
    """Parse the TSV lexicon; a malformed row raises CueLexiconError naming `source:line`."""
    cues: list[CueEntry] = []
    pronouns: list[PronounEntry] = []
    anaphors: list[tuple[str, str]] = []
    simple: dict[str, list[str]] = {k: [] for k in SIMPLE_KINDS}
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}:{n}"
        cols = [c.strip() for c in line.rstrip("\n").split("\t")]
        while cols and cols[-1] == "":
            cols.pop()
        if len(cols) < 2:
            raise CueLexiconError(f"{where}: expected 'kind<TAB>form[<TAB>role[<TAB>options]]', got {line!r}")
        if len(cols) > 4:
            raise CueLexiconError(f"{where}: too many columns ({len(cols)}; at most 4)")
        kind, form = cols[0], " ".join(cols[1].split())
        role = cols[2] if len(cols) > 2 else ""
        opt_raw = cols[3] if len(cols) > 3 else ""
        if kind not in KINDS:
            raise CueLexiconError(f"{where}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
        if not form:
            raise CueLexiconError(f"{where}: empty form")
        key = (kind, form)
        if key in seen:
            raise CueLexiconError(f"{where}: duplicate {kind} {form!r}")
        seen.add(key)
        if kind == "cue":
            if role not in CUE_ROLES:
                raise CueLexiconError(f"{where}: cue {form!r} has role {role!r} (known: {', '.join(CUE_ROLES)})")
            report, opts, labels = _parse_options(opt_raw, where)
            if labels:
                raise CueLexiconError(f"{where}: labels= is only for pronouns")
            if report is not None and report not in form:
                raise CueLexiconError(f"{where}: report={report!r} is not part of the form {form!r}")
            cues.append(CueEntry(form, role, report, opts, n))
        elif kind == "pronoun":
            if role not in PRONOUN_ROLES:
                raise CueLexiconError(f"{where}: pronoun {form!r} has role {role!r} (known: {', '.join(PRONOUN_ROLES)})")
            _, opts, labels = _parse_options(opt_raw, where)
            labs = tuple(x.strip() for x in (labels[0] if labels else "PER|ORG|LOC").split("|") if x.strip())
            bad = [x for x in labs if x not in PRONOUN_LABELS]
            if bad or opts:
                raise CueLexiconError(f"{where}: pronoun labels must be among {', '.join(PRONOUN_LABELS)}, got {opt_raw!r}")
            pronouns.append(PronounEntry(form, role, labs, n))
        elif kind == "anaphor":
            if role not in ANAPHOR_ROLES:
                raise CueLexiconError(f"{where}: anaphor {form!r} has role {role!r} (known: {', '.join(ANAPHOR_ROLES)})")
            if opt_raw:
                raise CueLexiconError(f"{where}: anaphor rows take no options")
            anaphors.append((form, role))
        else:
            if role or opt_raw:
                raise CueLexiconError(f"{where}: {kind} rows have only a form, got extra columns")
            simple[kind].append(form)
    if not cues:
        raise CueLexiconError(f"{source}: no cue rows")
    return CueLexicon(
        version=version,
        cues=tuple(cues),
        pronouns=tuple(pronouns),
        anaphors=tuple(anaphors),
        words=tuple((k, tuple(v)) for k, v in simple.items()),
    )


def load_cues(models_dir: Path, p: ClaimsParams) -> CueLexicon:
    """Read models/<p.cues>.tsv (the only disk read of this stage)."""
    path = Path(models_dir) / f"{p.cues}.tsv"
    text = io.read_model_file(path, CueLexiconError, f"claims.cues = {p.cues!r}")
    return parse_cues(text, str(path), p.cues)


# ---------------------------------------------------------------------------------------------
# text helpers

_NUKTA = "\u093c"
_PRECOMPOSED = {  # precomposed nukta letters -> base consonant
    "\u0958": "क", "\u0959": "ख", "\u095a": "ग", "\u095b": "ज",
    "\u095c": "ड", "\u095d": "ढ", "\u095e": "फ", "\u095f": "य",
}
_WITH_NUKTA = {v: k for k, v in _PRECOMPOSED.items()}
_CONSONANT = regex.compile(r"[\u0915-\u0939]")
_WORDCH = r"\p{L}\p{M}\p{N}\u200c\u200d"
# patterns used per claim, compiled once
_LINE_OR_PERIOD_BREAK = regex.compile(r"\n|(?<=[\u0900-\u097f])\.[\"'”’]*(?=\s*[\u0900-\u097f\d(])")
_DEVANAGARI_WORD = regex.compile(r"\s*[\u0900-\u097f]+\.?")
_TWO_WORDS_THEN_QUOTE = regex.compile(r"\s*\S+\s+\S+\s*,?\s*[\"'“‘]")
_TWO_WORDS_THEN_COMMA = regex.compile(r"\s*\S+\s+\S+\s*,")
_NE_NEXT = regex.compile(r"\s*ने(?![\p{L}\p{M}])")
_COPULA_AND_PUNCT = regex.compile(r"^(?:\s*(?:हैं|है|थे|थी|थीं))*[\s,:\-–]*")
_CLAUSE_BREAK = regex.compile(r"[।!?\"“”]|(?<!\S)(?:ने|कि)(?!\S)")
_LAST_WORD = regex.compile(rf"([{_WORDCH}]+)[\s.]*$")
_GENITIVE_WORD = regex.compile(rf"\s*(?:की|के)\s+([{_WORDCH}]+)")
_ANY_WORD_CHAR = regex.compile(rf"[{_WORDCH}]")
_SENTENCE_END = regex.compile(r"[।.!?](?:\s|$)")
_WORD = regex.compile(rf"[{_WORDCH}]+")
_OPENS_SENTENCE = frozenset('।.!?"”\n,')
_RECURRING_CUE = regex.compile(r"\s+(?:((?:कह|बता)त[ीे]\s+(?:ह|थ))|के\s+(?:अनुसार|मुताबिक))")
_COMPOUND_POST = frozenset("लिए बाद साथ दौरान बारे अलावा तहत कारण पहले बीच ओर तरफ जरिए ज़रिए".split())  # `के लिए`: no owner
# (review of round 48) relative and concessive openers: `जो भी हो, X ने कहा।`, `चाहे जो हो, …` are no clause said (short_lead)
_SHORT_LEAD_OPENERS = frozenset("जो चाहे जैसा जैसे जब यदि अगर जहां जहाँ जितना जितने आप".split())


# (round 54, owned_statement) a statement noun's own genitive owner written right before it (`सहारा की प्रेस विज्ञप्ति`)
_OWNED_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\s+(?:की|के|का)\s+(?:(?:प्रेस|आधिकारिक|एक|नई|नया|नए|ताज़ा|ताजा)\s+)*$")
_ADJUNCT_ENDS = frozenset("साथ में लेकर पर".split())  # (round 54, adjunct_subject) `… के साथ/के बारे में/को लेकर/पर कहते हैं, "…"`
# (review of round 54) an owner's genitive that dates the statement (`मार्च की प्रेस विज्ञप्ति`, `पिछले साल की रिपोर्ट`)
# names no owner: the statement stays the last speaker's, as before round 54
_PERIOD_NOUNS = frozenset("""साल वर्ष बरस महीने महीना माह हफ्ते हफ़्ते हफ्ता हफ़्ता सप्ताह पखवाड़े दशक सदी
    शताब्दी दिनों सत्र तिमाही""".split())
# (review of round 54, adjunct_subject) an object pronoun or a को object between the subject and a habitual `कहते हैं`
# makes it a verb of naming (`वे इसे हिंदी में कहते हैं, "जुगाड़"`, `जिसे अंग्रेज़ी में कहते हैं "टिप ऑफ़ आइसबर्ग"`)
_NAMING_OBJECTS = frozenset("इसे उसे जिसे इन्हें उन्हें जिन्हें इन्हे उन्हे जिन्हे".split())
# (round 61, claims.agentive_subject) the direct forms of the agentive participle's -वाला after an oblique infinitive
_AGENTIVE_ENDS = frozenset("वाले वाली वाला वालीं".split())
_GENITIVES = frozenset("की के का".split())  # `संगठन की अनीसा बताती हैं, "…"` (untagged_name, round 48)
_PARTICIPLE_ENDS = frozenset("हुए वाली वाले वाला वालीं".split())  # `… देते हुए NAME कहती हैं`, `पढ़ाने वाली NAME`
# a news agency's dateline opening a story (`गाजियाबाद, 15 अप्रैल (भाषा)`, `मुंबई, चार अप्रैल (भाषा)`) and the BBC's app
# footer (`(बीबीसी हिंदी का एंड्रॉयड मोबाइल ऐप …`): no claim's content runs into them (a new story, a footer)
_AGENCIES = "भाषा|वार्ता|यूएनआई|पीटीआई|आईएएनएस|एएनआई|एजेंसी|एजेंसियां|एजेंसियाँ|रॉयटर्स|रायटर|रायटर्स|एएफपी|एपी"
# (a dateline opens a line or follows a sentence's end: `आंध्र प्रदेश (एपी)` or `हिंदी (भाषा)` inside a sentence are prose)
_STORY_BREAK = regex.compile(rf"(?<=(?:^|[।.!?|])[ \t]*)[\p{{L}}\p{{M}}]+(?:\s+[\p{{L}}\p{{M}}]+)?\s*,\s*[\p{{L}}\p{{M}}\p{{N}} ]{{1,25}}?"
                             rf"\(\s*(?:{_AGENCIES})\s*\)|\(\s*बीबीसी\s+हि(?:न्|ं)दी", regex.M)
_AGENCY_NAME = regex.compile(  # news agencies: a byline's source, no company (round 28)
    rf"(?:{_AGENCIES}|शिन्हुआ|सिन्हुआ|ज़िन्हुआ|जिन्हुआ|तास|इंटरफैक्स|योनहाप)")
_STORY_BREAK_HINT = regex.compile(rf"\(\s*(?:{_AGENCIES}|बीबीसी)\s*[)\s]")  # cheap test: may a document hold one?
# the narrator's aside that opens a sentence of background (`आग बुझाने के क्रम में … चोटें आयी हैं बता दें कि कमला मिल्स
# …`, a danda lost): no part of what the speaker said
_ASIDE = regex.compile(r"(?<![\p{L}\p{M}])(?:(?:हम\s+)?(?:आपको\s+)?बता\s+दें|बताते\s+चलें|गौरतलब\s+(?:है|हो)|उल्लेखनीय\s+(?:है|हो)"
                       r"|ज्ञात\s+हो|विदित\s+हो|मालूम\s+हो)\s*(?:कि|,)(?![\p{L}\p{M}])")
# `…, लेकिन उसने इस बात पर ध्यान दिया कि …`: a second report of the speaker's own, coordinated after a comma
# `<paragraph>। - जय अग्रवाल, मिष्ठान विक्रेता`: a paragraph of someone's words signed after a dash at its line's end
_PRESS_ROLES = frozenset("संवाददाता रिपोर्टर प्रतिनिधि ब्यूरो संपादक सम्पादक पत्रकार".split())  # a byline's role
_SIGNATURE = regex.compile(r"(?m)(?<=[।?!\"”'’])[ \t]*[-–—][ \t]*([^\n,।?!\"“”]{2,40}?)[ \t]*(?:,[^\n।?!\"“”]{1,60})?[ \t]*$")
# a signature on a line of its own under the paragraph it signs: `-उत्पल कुमार सिंह, मुख्य सचिव`, `- डॉ. एके पांडेय, सीएमओ`
_LABEL_WORD = regex.compile(r"([^\s:,]+)[ \t]*[:,]?[ \t]+")  # a word of a speaker label (`डॉ.`, `कुमार:`)
_LISTING_ROLES = frozenset("निवासी उम्र पुत्र पुत्री".split())  # `- रमेश कुमार, निवासी पटना`: a listing, not a signature
_SIGNATURE_LINE = regex.compile(r"(?m)^[ \t]*[-–—][ \t]*([^\n,।?!\"“”'‘’]{2,40}?)[ \t]*(?:,[^\n।?!\"“”]{1,80})?[ \t]*।?[ \t]*$")
# ... and without the dash (`डा.राजकुमार पाल,मौसम वैज्ञानिक,बठिंडा।`, `डॉ. रणदीप गुलेरिया`, `डा.एसके दीक्षित सीएमओ
# फिरोजाबाद।`): the tagged name with an honorific, a comma role or a role line below, or a title word and two more
# after it (bare_signer)
_SIGNATURE_BARE = regex.compile(r"(?m)^[ \t]*([^\n,।?!\"“”'‘’:\-–—]{2,40}?)[ \t]*(?:,[^\n।?!\"“”:]{1,80})?[ \t]*।?[ \t]*$")
_NEXT_LINE_WORD = regex.compile(r"[ \t]*\n\s*([\p{L}\p{M}]+)")  # the first word of the next non-blank line
_SECOND_REPORT = regex.compile(r",\s*(?:लेकिन|मगर|पर|और|तथा)\s+(?:उसने|उन्होंने|उन्होने|इन्होंने)\s[^।\n,]{0,80}?\sकि(?![\p{L}\p{M}])")
_JOINED_QUOTE = regex.compile(r"[ \t]*(?:और|तथा)[ \t]+[\"“]")
_VISARGA_COLON = regex.compile(r"(?<=[\p{L}\p{M}])ः(?=[ \t]*[\"'“‘])")
_DATELINE = regex.compile(r"\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*[,:]\s*[\d\u0966-\u096f]")  # `लंदन, 18 अप्रैल`
_CLOSING_MARKS = "\"'”’"


def _quote_marks(T: str, a: int, b: int) -> int:
    """The quotation marks in T[a:b], an apostrophe between two letters (`ओ'हागन`) aside (round 56)."""
    n = 0
    for j in range(a, b):
        if T[j] in "\"'“”‘’" and not (T[j] in "'’" and 0 < j < len(T) - 1 and T[j - 1].isalpha() and T[j + 1].isalpha()):
            n += 1
    return n


def _left_open(T: str, a: int, b: int) -> bool:
    """T[a:b] (a line) ends inside a quotation: its last quotation mark opens one (`“`, `‘`, or a straight mark after a
    space or the line's start with a letter after it), round 56."""
    for j in range(b - 1, a - 1, -1):
        ch = T[j]
        if ch in "“‘":
            return True
        if ch in "”’":
            return False
        if ch in "\"'":
            if ch == "'" and 0 < j < len(T) - 1 and T[j - 1].isalpha() and T[j + 1].isalpha():
                continue
            return (j == a or T[j - 1].isspace()) and j + 1 < b and not T[j + 1].isspace()
    return False


_COLON_BEFORE_QUOTE = regex.compile(r":\s*(?=[\"“'‘])")
_COPULA_KI = regex.compile(r"\s+(?:(?:है|था|थी|थे|हैं)\s+)*कि\s")
_COMMA_OR_SEMICOLON = regex.compile(r"[,;]")
_TOKEN = regex.compile(
    rf"[{_WORDCH}]+(?:(?:-|(?<=\p{{N}})[.,:/](?=\p{{N}}))[{_WORDCH}]+)*|\S"
)
_IS_WORD = regex.compile(rf"[{_WORDCH}]")
_INITIAL = regex.compile(r"^(?!(?:व|या|ने|से|को|में|पर|तक|एक|ही|भी|तो|न|ना|जो|की|का)$)(?:\p{Lo}\p{M}?|[एऍआ]\p{Lo})\.?$")
# (a name's initial: `के`, `पी.`, `एस`, `आर`; not a conjunction or postposition, not `गृह`, `और`)

OPENERS = {'"': '"”', "“": "”\"", "'": "'’", "‘": "’'"}
QUOTES = set('"“”\'‘’')
_FINAL_PUNCT = "।॥.|,;:"
_NP_COORD = frozenset({"और", "तथा", "एवं", "व"})  # coordinators that also join the verbal nouns of one content
# a line opening with a postposition continues the sentence of the line before (a hard wrap in the copy); not पर,
# which is also `but` and opens sentences (`… सरकार जांच करेगी` / `पर विपक्ष इससे संतुष्ट नहीं है।`)
_WRAP_START = regex.compile(r"\s*(?:के|की|का|को|में|से|ने|तक)\s")
# a line ending in a finite verb or an auxiliary has ended its clause: the next line is no continuation of it
_FINITE_END = regex.compile(
    r"है|हैं|हूं|हूँ|था|थी|थे|थीं|किया|कहा|बताया|दिया|लिया|गया|गयी|गई|गये|गए|हुआ|हुई|हुए"
    r"|.*(?:[\u0947\u094b\u0942\u0948]|ऊ)[\u0901\u0902]?ग[\u093e\u0940\u0947]"  # करेगा, करेगी, करेंगे, करूंगा, जाऊंगा
)
# (review of round 53, `vowel_future`) a future whose stem ends in a vowel written as an independent letter (`जाएगा`,
# `आएगी`, `पाएंगे`, `जाएँगे`), which _FINITE_END's matra forms miss (`सूचित न करना अपराध माना जाएगा, जबकि राज्य पुलिस ने …`)
_VOWEL_FUTURE = regex.compile(r".*[\u090f\u0910\u0913\u0914][\u0901\u0902]?ग[\u093e\u0940\u0947]\u093c?")
# (round 47) the last word of a line that cannot end a sentence or a headline: a postposition, a conjunction, a possessive
# or a determiner (`… जब फ़िल्मों में`, `… कि उनकी`, `… उसके साथ कोई`); `broken_paragraphs` joins such a body line to
# the paragraph after the line break (one newline or a blank line: a break the copy put inside a sentence, BBC Hindi's pages)
_NOT_LINE_FINAL = frozenset("""में का की के को से पर तक ने द्वारा और तथा व एवं या कि लेकिन जबकि जब अगर यदि तो उनकी उनका
    उनके इसकी इसका इसके उसकी उसका उसके अपनी अपना अपने मेरी मेरा मेरे हमारी हमारा हमारे इनकी इनका इनके कोई इस उस इन उन
    एक हर""".split())
# (review of round 47) a body line's sentence end before the break: a danda, or a full stop after a word that is no
# abbreviation or initial (`डॉ.`, `आर.`, `Dr.`; `3.3` is none either), or a कि clause the break cuts; not `?`/`!`
# alone (a headline `लॉकडाउन बढ़ेगा या नहीं? पढ़ें मुख्यमंत्री की बैठक में` ends in a question)
_BODY_SENTENCE_END = regex.compile(r"।|(?<![\p{L}\p{M}])कि(?![\p{L}\p{M}])")
_BODY_FULL_STOP = regex.compile(r"([\p{L}\p{M}\u200c\u200d]*)\.(?!\d)")
_ABBREVIATIONS = frozenset("""डॉ डा प्रो मि श्री श्रीमती सं स्व ले जन कर्न मे ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी
    क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड""".split())

# (round 47) an interview's layout: a line that opens with a question label (`सवाल:`, `प्रश्न-`) and one that opens with an
# answer's label (`डीसी अमित कुमार:`, `जवाब:`), a colon after at most five words
_QUESTION_LINE = regex.compile(r"[ \t]*(?:सवाल|प्रश्न)[ \t]*[:\-–—]")
_ANSWER_LINE = regex.compile(r"[ \t]*((?:[^\s:।?!\"“”'‘’]+[ \t]+){0,4}[^\s:।?!\"“”'‘’]+)[ \t]*:[ \t]*(?=\S)")
# (review of round 47) `जवाब-`/`उत्तर:`: the interviewee's answer, a colon or a dash after the label (not `उत्तर-पूर्व`)
_ANSWER_WORD_LINE = regex.compile(r"[ \t]*(जवाब|उत्तर)[ \t]*(?::|[\-–—](?![\p{L}\p{M}]))[ \t]*(?=\S)")
# (review of round 47) a person named right after these is the interview's reporter, never its subject (`संवाददाता अमित
# शर्मा ने …`), as is one whose report it is (`अमित शर्मा की रिपोर्ट`)
_REPORTER_WORDS = frozenset("संवाददाता रिपोर्टर प्रतिनिधि पत्रकार".split())
_INTERVIEW_MEETING = frozenset("मुलाकात मुलाक़ात बातचीत बात इंटरव्यू साक्षात्कार".split())  # `X से मुलाकात की`
_DASHES = ("-", "—", "–", "−")  # hyphen-minus, em dash, en dash, minus sign
_HEADLINE_SAID = frozenset({"कहा", "बोले", "बोलीं", "बोली", "बोला"})  # `X का बड़ा एलान, कहा- …` (round 46)
_NEGATIONS = frozenset({"नहीं", "नही", "न"})  # `नही`: a common misspelling
_REPORTS_PLURAL = frozenset({"रिपोर्टस", "रिपोर्टस्", "रिपोर्टें"})  # plural spellings besides रिपोर्टों/रिपोर्ट्स
# news in the plural (`ख़बरों के मुताबिक़`, `अपुष्ट खबरों के अनुसार`): unnamed media, like `रिपोर्टों के मुताबिक`; the
# singular and the information nouns (`खबर के अनुसार`, `जानकारी के मुताबिक`) name nobody without an owner
_NEWS_PLURAL = frozenset("खबरों ख़बरों समाचारों".split())
# a publication participle after में: `टाइम्स ऑफ इंडिया में छपी ख़बर`, `मीडिया में आई खबरों` (the paper owns the news)
_PUBLISHED = frozenset("छपी छपे छपा छपीं प्रकाशित आई आईं आए आये".split())
_RELATIVE_OWNER = frozenset({"जिसके", "जिनके"})  # `… रिपोर्ट जारी की, जिसके मुताबिक …`: the document a relative stands for
# a clause that opens with one of these right after the cue (no कि, no quotation) is a relative clause on the cue's object
# (`सार्वजनिक सलाह के नतीज़ों के बारे बताया गया जिसमें …`, `फ़ेसबुक को बताया, जिसके बदले …`): nothing said
_RELATIVE_CONTENT = frozenset("जिसमें जिनमें जिसके जिनके जिसे जिन्हें जिसका जिसकी जिनका जिनकी जिससे जिनसे".split())
_ANNOUNCE = frozenset("घोषणा ऐलान एलान".split())  # `लॉक डाउन की घोषणा की`: a performative act with a nominal object
_SOURCE_POSTPOSITIONS = frozenset({"अनुसार", "मुताबिक", "हवाले"})  # `X के अनुसार`: what follows is the source's
_CORRELATIVE_OPENERS = frozenset("जब अगर यदि".split())  # a subordinate clause its तो closes
_DEGREE_WORDS = frozenset("ऐसा ऐसी ऐसे इतना इतनी इतने कदर".split())  # `ऐसा/इतना/इस कदर … कि`: a result clause
_CONNECTIVE_OPENERS = frozenset("इसलिए इसलिये जबकि क्योंकि".split())  # a clause of the writer's after a complete cue clause
_KI_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:कि|की)(?![\p{L}\p{M}])")  # a कि (or its misspelling की) as a word
_BARE_SPEECH_CUES = frozenset("कहा बोले बोली".split())  # a verb of speech alone opens what is said (`X बोले, इसलिए …`)
_RELATIVE_AFTER_NOUN = {"जिसमें", "जिनमें"}  # `…, जिसमें (से) …` after a noun content: a clause on that noun
_SENT_END = {"।", "॥", ".", "?", "!", "|"}
# `… बढ़ाने के लिए कहा`, `… नहीं करने को कहा है`: a request's infinitive purpose phrase right before `कहना`
# (an infinitive only: `किसानों के लिए कहा, …` is said about farmers)
_REQUEST_BEFORE = regex.compile(r"\p{L}[\p{L}\p{M}]*ने['’\"”]?\s+(?:के\s+लिए|को)\s*$")  # (`'… समझने' के लिए`)
_KI_AFTER = regex.compile(r"(?:\s*(?:है|हैं|था|थी|थे|गया|गई|गए))*\s*कि(?![\p{L}\p{M}])")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+$")
_AKSHARA1 = regex.compile(
    r"^(?:[\u0915-\u0939]\u093c?(?:\u094d[\u0915-\u0939]\u093c?)*[\u093e-\u094c\u0901\u0902]*|[\u0904-\u0914][\u0901\u0902]?)$"
)
_HABITUAL_END = regex.compile(r"(?:त[ाेीं]+|रह[ाेी]+)$")  # `बताते`, `कहती`, `कह रहा`: a habitual or progressive cue
# ... or one that goes on after the cue's span (review of round 34: `की बात कही` + `जा रही है`, `कहा` + `जाता है`)
_PROGRESSIVE_AFTER = regex.compile(r"\s+(?:जा\s+रह[ाेी]|जात[ाेीं]|रह[ाेी])")
_FINAL_SHORT = {"है", "हैं", "हूं", "हूँ", "था", "थी", "थे", "हो", "दी", "ली", "की", "दे", "ले", "गा", "गी", "गे"}
_ABBREV = {"डॉ", "श्री", "प्रो", "कि", "मी", "सं", "लि", "प्रा", "स्व", "रु", "ई"}
# Latin letters' names of more than one akshara, an initial before a name glued by its period (`एस.जयशंकर`,
# `आर.भागवत`; round 38): no sentence end (one-akshara names, `पी.`, `के.`, are _AKSHARA1's). Spaced (`एस. जयशंकर`),
# only inside a PER mention or before a one-word PER mention (review of round 38: `… मॉडल एस.
# रमेश यादव ने …`, `… ग्रुप एफ. कोच …` end a sentence); looked up without ZWJ/ZWNJ (`डब्ल्‍यू.`)
_LETTER_NAMES = frozenset({"एस", "एम", "एल", "एन", "एफ", "एच", "आर", "एक्स", "वाई", "जेड", "क्यू", "डब्ल्यू"})


_FOLD = str.maketrans({**_PRECOMPOSED, _NUKTA: None})


_CONTRAST_SOURCE_LEAD = frozenset("लेकिन जबकि परंतु परन्तु किंतु किन्तु मगर".split())  # a contrast that may open another source
_GROUP_HEADS = frozenset({"टीम", "दल", "समूह", "टोली", "जत्था", "जत्थे"})  # a group of people: `डॉक्टरों की टीम ने`


def _fold(s: str) -> str:
    # = s.translate(_FOLD), as str.replace per mapped character (translate looks up every character of a
    # whole document in a dict; the replacements are single characters none of the others touch)
    for pre, base in _PRECOMPOSED.items():
        if pre in s:
            s = s.replace(pre, base)
    return s.replace(_NUKTA, "")


@functools.lru_cache(maxsize=1 << 16)  # called for every token of every document; words repeat
def fold(s: str) -> str:
    """Nukta-insensitive key for comparing words."""
    return _fold(s)


_PERIOD_KEYS = frozenset(fold(w) for w in _PERIOD_NOUNS)  # (review of round 54) folded once, not per statement noun

# (cues-v44, round 55) `X का जवाब था, "…"`: the answer's owner is its speaker, not a question (`इस सवाल का जवाब है कि`)
_ANSWER_NOUNS = frozenset(fold(w) for w in "जवाब जबाब".split())
_QUESTION_OWNERS = frozenset(fold(w) for w in "सवाल सवालों प्रश्न प्रश्नों इसका जिसका".split())


# (review 24) a member of parliament after a party word of UK news (`टोरी एमपी कहता है कि`, `लेबर सांसद कहते हैं`): an
# unnamed member, anonymous (refine.member_acronyms drops `एमपी` there as no organisation)
_PARTY_MEMBERS = frozenset(fold(w) for w in [*MEMBER_ACRONYMS, "सांसद", "सांसदों"])
# (review of round 48) after a genitive, a person noun is no name: kinship words and the people of a place or a body
# (`स्कूल की महिलाएं बताती हैं`, `गांव की सहेली`, `संस्था के सदस्य`, `स्कूल के प्रिंसिपल`); plural forms are
# refused by their ending (_PLURAL_ENDS)
_GENITIVE_NOT_NAMES = frozenset(fold(w) for w in """महिला महिलाएं महिलाएँ औरत औरतें पुरुष बच्चे बच्चा बच्ची बच्चियां
    बुजुर्ग बुज़ुर्ग बूढ़े युवा युवक युवती लड़की लड़का लड़के लड़कियां छात्र छात्रा छात्राएं सदस्य सदस्यों सहेली सहेलियां
    दोस्त मित्र साथी पड़ोसी पड़ोसन बहन भाई मां माँ मम्मी पिता पापा पत्नी पति बेटी बेटा बेटे बहू सास ससुर दादी दादा नानी
    नाना चाची चाचा मौसी बुआ भाभी ननद देवर मामा मामी भतीजा भतीजी पोता पोती रिश्तेदार परिजन संचालक प्रिंसिपल
    प्रधानाचार्य प्रधानाध्यापक टीचर शिक्षक शिक्षिका अध्यापक अध्यापिका डॉक्टर नर्स नर्सें मालिक मालकिन कर्मचारी मजदूर
    मज़दूर किसान ग्रामीण निवासी मरीज़ मरीज अध्यक्ष सचिव मैनेजर प्रबंधक कोच कप्तान मुखिया सरपंच प्रधान""".split())
_PLURAL_ENDS = ("ें", "ों", "एं", "एँ", "याँ", "यां")  # `महिलाएं`, `नर्सें`, `छात्राओं`, `लड़कियां`: a plural is no name
_MEMBER_PARTIES = frozenset(fold(w) for w in MEMBER_PARTIES)
_PAST_STANCES = frozenset(fold(f"{n} {v}") for n in _STANCE_NOUNS_V29 for v in ("था", "थी", "थे"))
# org_of_place (review of round 39): the organisations a place after them qualifies as a branch or office (`ABC
# ऑस्ट्रेलिया`, `मौसम विभाग श्रीनगर`, `बीआरडी मेडिकल कॉलेज गोरखपुर`, `एम्स, दिल्ली`): a Latin-script name or one ending
# in an institution's or office's head; the gap between them one space, a comma and a space, or repeated spaces
_BRANCH_HEADS = INSTITUTIONS | SHORT_INSTITUTION_HEADS | frozenset(
    fold(w) for w in "विभाग कार्यालय केंद्र केन्द्र ब्यूरो एम्स".split())
_LATIN_NAME = regex.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*")
_ORG_PLACE_GAP = regex.compile(r"(?:,? +| {2,})$")
# split_paragraph_quotes (review of round 39): a line break cuts a quotation after these; paragraphs reopened with these
_PARAGRAPH_ENDS = frozenset("।.?!") | QUOTES
_REOPENERS = frozenset('"“')


_HONORIFICS = frozenset(fold(w) for w in "डॉ डा श्री श्रीमती सुश्री प्रो प्रोफेसर प्रोफ़ेसर डॉक्टर".split())  # between a title and a name
_PLATFORM_KEYS = frozenset(fold(w) for w in _PLATFORMS)
_ADVERBIAL_ENDS = frozenset(fold(w) for w in "हुए करके कर".split())  # `… की बात करते हुए मैंने कहा था`
_QUESTION_WORDS = frozenset(fold(w) for w in "सवाल सवालों प्रश्न पूछा पूछे पूछी पूछने पूछते जवाब".split())  # asking
# an institution named after a person (`राम मनोहर लोहिया अस्पताल के मुताबिक`): no person cut short (see cut_name)
_INSTITUTION_HEADS = frozenset(fold(w) for w in SHORT_INSTITUTION_HEADS | INSTITUTIONS | {"आयोग", "ट्रस्ट", "फाउंडेशन"})
_PANEL_NOUNS = frozenset(fold(w) for w in "कमेटी कमिटी समिति कमीशन".split())  # `एन सी सक्सेना कमेटी`: a panel, not the person
_NEWS_WORDS = frozenset(fold(w) for w in "खबर ख़बर जानकारी सूचना".split())  # `X के हवाले से खबर है कि`
_NEWS_NOUNS = frozenset(fold(w) for w in "खबर खबरें खबरों समाचार समाचारों रिपोर्ट रिपोर्टों रिपोर्ट्स रपट".split())  # news


def _fuzzy(form: str) -> str:
    out = []
    for ch in fold(form):
        if ch == " ":
            out.append(r"\s+")
        elif _CONSONANT.match(ch):
            alt = _WITH_NUKTA.get(ch)
            out.append(f"(?:{regex.escape(ch)}{_NUKTA}?|{alt})" if alt else f"{regex.escape(ch)}{_NUKTA}?")
        else:
            out.append(regex.escape(ch))
    return "".join(out)


_LOOSE = str.maketrans({"ी": "ि", "ू": "ु", "ँ": "ं", "ै": "े", "ौ": "ो"})
_FINDING = ("पता चल", "पाया")  # (folded) passives of a finding (cues-v20): `अध्ययन में पाया गया कि`, `सर्वे से पता चला`
_EMERGED = ("सामने आ",)  # (folded) findings of cues-v55 (round 79, claims.emerged_finding): `शोध में सामने आया है कि`
_FINDING = _FINDING + _EMERGED  # (the rows exist only from cues-v55 and are dropped with the switch off)
_PASSIVE_LIGHT_PARTICIPLES = frozenset(("गई", "गयी", "गए", "गये", "गया"))  # `की गई`: the light verb करना (round 79)
_REPORTED = ("रिपोर्ट", "खबर")  # (folded) a news outlet's report cue: `X ने रिपोर्ट की`, `X ने खबर दी`
_PARTY_ANAPHORS = frozenset({fold("पार्टी")})


def _event_pos(ev: tuple) -> int:
    """The position of a subject event (the key of bisections over _Doc.events, sorted by it)."""
    return ev[0]


_AGENCY_HEADS = frozenset(fold(w) for w in "एजेंसी एजेन्सी संगठन".split())  # bare heads of a named body (agency_named_before)
# (round-41 review) an organisation a bare `एजेंसी`/`संगठन` may stand for when it only made the claim before: a name
# with one of these words, a news agency, or an international body's short name (not a party, ministry or company)
_AGENCY_BODY_WORDS = frozenset(fold(w) for w in (
    "एजेंसी एजेन्सी संगठन संघ कोष बैंक परिषद यूनिसेफ डब्ल्यूएचओ यूएन यूएनडीपी यूएनएचसीआर यूनेस्को आईएमएफ आईएलओ "
    "एफएओ डब्ल्यूएफपी नाटो आसियान सार्क ओपेक आईएईए सीडीसी एफबीआई सीआईए सीबीआई ईडी एनआईए एनसीबी नासा इसरो").split())
_WRITING = tuple(fold(w) for w in "लिख भेज".split())  # (folded) writing or sending verb stems (writer_before)
_RULING = frozenset(fold(w) for w in "रोक रद्द खारिज स्थगित".split())  # a court's ruling words (issued_between)
# (round-41 review) a nation's police is no named body (dev2 README: `पुलिस` is anonymous, no entity); a city's or a
# state's (`दिल्ली पुलिस`) is: unnamed_police
_POLICE_NATIONS = frozenset(fold(w) for w in (
    "ब्रिटिश अमेरिकी अमरीकी फ्रांसीसी फ़्रांसीसी जर्मन चीनी पाकिस्तानी भारतीय इतालवी स्पेनिश रूसी ऑस्ट्रेलियाई जापानी "
    "इजरायली इस्राइली इसराइली अफगान अफ़ग़ान तुर्की नेपाली बांग्लादेशी श्रीलंकाई कनाडाई ईरानी इराकी स्थानीय").split())
_FORMER = frozenset(fold(w) for w in "पूर्व निवर्तमान तत्कालीन".split())  # a title's former holder (nearer_holder)
_STATEMENT_NOUNS = frozenset(fold(w) for w in "बयान बयानों चेतावनी अपील फैसले फैसला फ़ैसले फ़ैसला दावे दावा".split())
# (review of round 49) an alert's label as the genitive before `चेतावनी` (`ऑरेंज अलर्ट की चेतावनी जारी की`): no proposition
_ALERT_LABELS = frozenset(fold(w) for w in "अलर्ट एलर्ट अलार्म".split())
_SPACING = regex.compile(r"[\s\-\u2010.\u200c\u200d]+")  # what spacing_variant reads past: `गृहमंत्रालय` = `गृह मंत्रालय` (round 49)
# a time before को is no experiencer (`रात को लगता है`, `एक समय को लगता था`)
_TIME_BELIEVERS = frozenset(fold(w) for w in [*"समय वक्त वक़्त पल बार नजर नज़र दिन".split(), *_TIME_WORDS])
# (round-30 second review) human group nouns beside the lexicon's plural anonymous words (`नागरिक`, `कार्यकर्ता`)
_GROUP_NOUNS = frozenset(fold(w) for w in "लोग लोगों नागरिक नागरिकों कार्यकर्ता कार्यकर्ताओं".split())


def _dative_believer(before: str) -> bool:
    """The words of a unit before `लगता है` end with a dative experiencer (`डेविड कैमरन को`, `उन्हें`) that no relative
    word, condition or question opens (`जिनमें उन्हें`, `जिन लोगों को`, `अगर राम को`, `तो उसे`, `क्या सरकार को`) and
    that is no time (`रात को`, `एक समय को`)."""
    if _DATIVE_BEFORE.search(before) is None or _NO_BELIEVER_BEFORE.search(before) is not None:
        return False
    words = before.split()
    return not (words[-1] == "को" and len(words) > 1 and _key(words[-2]) in _TIME_BELIEVERS)


def _words_before(T: str, lo: int, k: int, width: int = 80) -> str:
    """The last `width` characters of T[lo:k], from a word's start (a long line is not sliced whole per hit)."""
    i = max(lo, k - width)
    if i > lo and not T[i - 1].isspace():
        j = T.find(" ", i, k)
        i = j + 1 if j >= 0 else k
    return T[i:k]


def _report_after(T: str, e: int, end: int, cue_starts: set[int]) -> bool:
    """The belief's content (from e to its unit's end) ends with another speaker's report: `, <NP> ने <cue>।`, the cue a
    cue hit (`…, मोहन ने कहा।`, `…, उन्होंने बताया।`)."""
    m = _REPORT_TAIL.search(T, e, end)
    return m is not None and m.start("cue") in cue_starts


def _conjunctive(k: str) -> bool:
    """(folded) A conjunctive participle: `कर`, `करके`, or a stem + `कर` (`लिखकर`, `जाकर`; round-28 review)."""
    return k in ("कर", "करके") or (len(k) > 3 and k.endswith("कर"))


_AIRLINE_NAMES = frozenset(fold(w) for w in """एयरलाइन एयरलाइंस एयरलाइन्स एयरलाईंस एयरवेज एयरवेज़ एयरलाइनों
    एयरलाइनस""".split())
# (round-28 review) `एयर` names an airline only as a name's first word (`एयर इंडिया`, `एयर नियुगिनी`), never before
# these (`इंडियन एयर फोर्स`, `एयर फोर्स वन`, `एयर क्वालिटी इंडेक्स`)
_AIRLINE_FIRST = fold("एयर")
_AIR_NOT_AIRLINE = frozenset(fold(w) for w in "फोर्स फ़ोर्स सेना क्वालिटी मार्शल चीफ".split())
_COMPANY_NOUNS = frozenset(fold(w) for w in "कंपनी कम्पनी फर्म फ़र्म निर्माता एयरलाइन एयरलाइंस एयरलाइन्स क्लब".split())
# (round 28) an org anaphor of a kind: the words a name of that kind holds
_ORG_KINDS = {fold("एयरलाइन"): _AIRLINE_NAMES, fold("एयरलाइंस"): _AIRLINE_NAMES, fold("एयरलाइन्स"): _AIRLINE_NAMES}


def _of_kind_name(text: str, words: frozenset[str]) -> bool:
    """A name of the kind whose words are `words`: one of them in it, or, for an airline, `एयर` as its first word and
    no `फोर्स`/`सेना`/`क्वालिटी` after it (round-28 review)."""
    ws = [fold(w) for w in text.split()]
    if any(w in words for w in ws):
        return True
    return words is _AIRLINE_NAMES and len(ws) > 1 and ws[0] == _AIRLINE_FIRST and ws[1] not in _AIR_NOT_AIRLINE


_NOT_SCENE_AFTER = frozenset(fold(w) for w in "से और व तथा , या".split())  # moved_place: a source or a list member
_EDITORIALS = frozenset(fold(w) for w in "संपादकीय सम्पादकीय".split())  # (cues-v19 source and statement rows)
# documents as sources (cues-v21 source rows): unowned, they are no unnamed media but an unknown issuer (gold: null,
# as `बुलेटिन`): `अदालत में पेश दस्तावेजों के मुताबिक` is unresolved, not anonymous
_DOCUMENTS = frozenset(fold(w) for w in "दस्तावेज़ों दस्तावेजों याचिकाओं".split())
# the office of a person speaks for that person (`उनके दफ़्तर की ओर से … कहा गया`, `राष्ट्रपति कोविंद के कार्यालय ने कहा`):
# office_owner
_OFFICES = frozenset(fold(w) for w in "दफ़्तर दफ्तर कार्यालय ऑफिस ऑफ़िस".split())
# what ends a `को`/`से` phrase or a greeting said to someone, never a called-it complement of `इसे/उसे … कहा`
_NOT_CALLED = frozenset(fold(w) for w in """को से लिए के कर धन्यवाद शुक्रिया अलविदा नमस्ते नमस्कार हां हाँ ना नहीं पर
    में सामने का की तक साथ बाद पास भी ऐसा वैसा यही यह वही बार""".split())
# (`उसे फोन पर कहा`, `उसे कुछ नहीं कहा`, `उसे बाहर जाने का कहा`, `उसे गले लगा कर कहा`: no complement; `उसे भी कहा`,
# `उसे यही कहा`, `उसे कई बार कहा`: a particle, a demonstrative, a count; but `उसे दीवाने कहा` calls him mad)
# words in -कर that are no conjunctive participle: adjectives and agent nouns (`उसे जोकर कहा`)
_KAR_NOT_PARTICIPLES = frozenset(fold(w) for w in """भयंकर हितकर लाभकर रुचिकर कष्टकर सुखकर दुखकर हानिकर जोकर नौकर चाकर
    बुनकर""".split())


def _not_called(k: str) -> bool:
    """The last word of `इसे/उसे … कहा` that makes it no called-it complement: a postposition, नहीं, a greeting, a
    particle or demonstrative (`भी`, `यही`), or a conjunctive participle (`गले लगाकर`, `इसे लेकर`, `लगा कर`)."""
    return k in _NOT_CALLED or (k.endswith("कर") and len(k) > 3 and k not in _KAR_NOT_PARTICIPLES)
# a count right before `और` (`पांच और मौतों`, `5 और`, `कई और`): "more", no coordinator (bare_content)
_COUNTED_MORE_DIGITS = regex.compile(r"^[0-9०-९][0-9०-९,.]*$")
_COUNTED_MORE_WORDS = frozenset(fold(w) for w in """एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह तेरह चौदह
    पंद्रह पन्द्रह सोलह सत्रह अठारह उन्नीस बीस तीस चालीस पचास सौ हजार हज़ार लाख करोड़ कई कुछ दर्जन दर्जनों सैकड़ों हजारों
    हज़ारों लाखों करोड़ों""".split())  # (folded as the keys they meet: `सैकड़ों` without its nukta)


_LIGHT_PARTICIPLES = frozenset({"करते", "देते"})  # `निंदा करते हुए`, `बधाई देते हुए`: a light verb's participle


def _participle_end(span: list, j: int, objects) -> bool:
    """`X ने हमले की निंदा करते हुए इसे … करार दिया`: the `हुए` closing an imperfective participle ends an adverbial
    clause before a called-it complement, as a comma does (round 29) when the participle is a light verb's (`करते
    हुए`, `देते हुए`) or an object pronoun follows it (`बोलते हुए उन्हें`); an adjectival participle stays in the
    complement (`बढ़ते हुए संक्रमण के मामलों को`, `घूमते हुए युवकों को`; review of round 29)."""
    if span[j].k != "हुए" or j == 0 or not span[j - 1].k.endswith("ते") or len(span[j - 1].k) <= 2:
        return False
    return span[j - 1].k in _LIGHT_PARTICIPLES or (j + 1 < len(span) and span[j + 1].k in objects)


# a writing verb's comma cue (cues-v24), and the openers of a relative or connective clause of the writer's after it
_WRITING_COMMA_CUES = frozenset(fold(w) for w in ("लिखा", "ट्वीट किया", "ट्वीट कर दिया"))
_CLAUSE_AFTER_WRITING = frozenset(fold(w) for w in """जो जिसने जिन्होंने जहां जहाँ लेकिन मगर किंतु किन्तु परंतु
    परन्तु फिर इसमें उसमें""".split())
# a word right before a writing verb that is no object of it: a postposition, a particle, an adverb, a participle
_NOT_AN_OBJECT = frozenset(fold(w) for w in """पर में को से तक के की का लिए ने भी ही तो और या फिर आगे पहले बाद साथ
    हुए हुये यह ये वह वो यही ऐसा ऐसे कल आज सुबह शाम रात दोबारा""".split())
# verbs of speech before a tight headline dash (`कहा-ये …`, `बोले-कोरोना …`; round 44), the cue word itself
_GLUED_DASH_VERBS = frozenset(fold(w) for w in "कहा कही कहे बोले बोला बोली बोलीं बताया लिखा".split())
# a participle of publishing or issuing after its medium's postposition, right before a source noun (round 44):
# `X में छपी`, `X पर आने वाली`, `X से आ रही`, `X द्वारा जारी (किए गए)`, `X की ओर से जारी एक`
_PUBLISHED_BEFORE = regex.compile(
    r"\s*(?P<pp>में|पर|से|द्वारा|की ओर से|की तरफ से|की तरफ़ से)\s+(?P<part>छपी|छपे|छपा|छपने वाली|प्रकाशित|प्रसारित|आने वाली|"
    r"आने वाले|आ रही|आ रहीं|आई|आईं|जारी|जारी की गई|जारी किए गए|जारी किये गए)(?:\s+हुई)?\s+(?:एक\s+)?$")
# (round 48) an owner's own channel before a source noun: `मैनचेस्टर यूनाइटेड की वेबसाइट पर जारी एक बयान में`,
# `X के ट्विटर हैंडल पर पोस्ट किए गए बयान में`: the owner issued it (published_by, claims.own_channel)
_OWN_CHANNEL_BEFORE = regex.compile(
    r"\s*(?:की|के)\s+(?:आधिकारिक\s+)?(?:(?:ट्विटर|ट्वीटर|फेसबुक|फ़ेसबुक|यूट्यूब|इंस्टाग्राम)\s+)?(?:वेबसाइट|वेब\s+साइट|साइट|"
    r"ब्लॉग|पोर्टल|पेज|हैंडल|अकाउंट|एकाउंट)\s+(?:पर|में)\s+(?:जारी|पोस्ट|प्रकाशित|डाले|डाली|डाला)(?:\s+(?:की|किए|किये|किया|"
    r"गई|गए|गये|गया)(?:\s+(?:गई|गए|गये|गया))?)?(?:\s+हुई)?\s+(?:एक\s+)?$")
# words that end the qualifiers of a speaker after a split quotation's first half (speaker_phrase_start; review of round
# 45): `“A,” लेकिन/इस पर मोदी ने कहा, “B”` answers A, which is someone else's
_PHRASE_STOPS = frozenset("ने कि और जो लेकिन पर मगर जबकि इस".split())
# (review of round 44) published_by: only these postpositions name an issuer (`X द्वारा / की ओर से जारी`); with में, पर,
# से the name is a medium only when it is one (`चाइना सेंट्रल टेलीविज़न पर`, `… डेली में`), else the report's topic
# (`मोदी पर छपी रिपोर्ट`, `अडानी समूह पर आई रिपोर्ट`)
_ISSUER_POSTPOSITIONS = frozenset(("द्वारा", "की ओर से", "की तरफ से", "की तरफ़ से"))
# a word right before a medium's name that says it is one (`अखबार ‘द हिंदू’ में`, `समाचार एजेंसी 'शिन्हुआ' से`)
_MEDIUM_BEFORE = frozenset(fold(w) for w in """अखबार अख़बार समाचारपत्र पत्र पत्रिका मैगज़ीन जर्नल चैनल वेबसाइट पोर्टल दैनिक
    एजेंसी""".split())
# (round 78) `X ने अपने संपादकीय में`: X is an outlet (its own editorial)
_OWN_EDITORIAL = regex.compile(r"\s*ने\s+(?:\S+\s+){0,6}?अपने\s+(?:\S+\s+)?(?:संपादकीय|सम्पादकीय)")
_QUOTED_NAME_BEFORE = regex.compile(r"['\"‘“][^'\"‘’“”.?!।\n]{1,40}['\"’”]\s*$")  # (round 78) `‘शर्क’ ` before
_OUTLET_KIND_AFTER = regex.compile(rf"[ '\"‘’“”]*([{_WORDCH}]+)")  # (round 78) the word after a name: `डॉन अखबार`
_WORD_BEFORE_NAME = regex.compile(rf"(?<![{_WORDCH}])([{_WORDCH}]+)[ '\"‘’“”]*$")
# `कहा–सुनी`, `लिखा–पढ़ी`; (review of round 44) `कहा-सुना माफ`, `कहे-सुने पर`, `कही-अनकही बातें`, `बताया-समझाया`,
# `लिखा-पढ़ा काम`: the second half of a compound, no content opened by the dash
_DASH_COMPOUNDS = frozenset(fold(w) for w in "सुनी पढ़ी सुना सुने अनकही अनकहा अनकहे समझाया पढ़ा पढ़े".split())
_COMPOUND_POSTPOSITIONS = frozenset("के की का में".split())
_CONJUNCT_ENDS = frozenset(fold(w) for w in "में से पर तक को ने द्वारा बाद मिलकर साथ लिए दौरान".split())  # _coordinated_plurals


_DENOMINAL_ADJECTIVE = regex.compile(r"[\p{L}\p{M}]{2,}(?:ीय|िक)$")  # `नस्लीय`, `वर्गीय`, `आर्थिक`, `धार्मिक`


def _coordinated_adjectives(span: list, j: int) -> bool:
    """span[j] is a coordinator between a denominal adjective (-ीय, -िक) and another word of one noun phrase
    (`राहत कार्यों में नस्लीय और वर्गीय भेदभाव का आरोप लगाया`, `आर्थिक व सामाजिक पिछड़ेपन की बात`): no clause break
    in a nominal content. (The folded key drops the nukta only; the vowel signs are kept.)"""
    if span[j].k not in _NP_COORD or j == 0 or j + 1 >= len(span):
        return False
    return bool(_DENOMINAL_ADJECTIVE.search(span[j - 1].k)) and bool(_IS_WORD.match(span[j + 1].t))


def _coordinated_plurals(span: list, j: int) -> bool:
    """span[j] is a coordinator between a plural oblique noun (-ों, -ओं) and a word of the next conjunct (`16 नए पुष्ट
    मामलों और 14 मरीजों की मौत की सूचना दी`, `कुल 1,637 केसों और 38 मौतों की पुष्टि की`): two noun phrases of one
    nominal content, no clause break (round 38). A verb before the coordinator (`बात की और …`) ends in no -ों."""
    if span[j].k not in _NP_COORD or j == 0 or j + 1 >= len(span):
        return False
    # (review of round 38) the second conjunct reaches the cue through genitives alone: `अधिकारियों और डॉक्टरों की
    # बैठक में 5 मौतों की पुष्टि की`, `घायलों और मृतकों के परिजनों से मिलकर …` join nothing
    return span[j - 1].k.endswith(("ों", "ओं")) and bool(_IS_WORD.match(span[j + 1].t)) \
        and not any(t.k in _CONJUNCT_ENDS for t in span[j + 1:])


# (round 72) word endings of verb forms before a coordinator: the masculine -ा/-े of perfectives and participles
# (`किया`, `अलापा`, `लिखा`, `दिए`, `करते`, `करना`; nouns in -ा/-े, `फ्लोरिडा`, stay breaks too), the feminine
# `गई`, `कहीं`, `रहती`, `करनी`, the conjunctive participle (`कर`); and the feminine perfectives in -ी of light and
# auxiliary verbs, which a noun in -ी (`कमी`) shares the ending with; (review wave 2) the feminine plural perfectives
# in -ईं (`की गईं`, `हुईं`, `करवाईं`, `बताईं`: no noun of news ends so) and the feminine plurals typed with the
# chandrabindu (`कीँ`, `गईँ`)
_VERB_ENDINGS = ("ा", "े", "ए", "ई", "ीं", "ती", "यी", "कर", "नी", "ईं", "ीँ", "ईँ")
_VERB_FORMS_I = frozenset(fold(w) for w in "की दी ली थी रही सकी चुकी पड़ी लगी रखी डाली मिली".split())


def _verb_form(k: str) -> bool:
    """(round 72) Whether the folded word `k` may be a verb form that ends a clause before a coordinator."""
    return bool(_FINITE_END.fullmatch(k) or _VOWEL_FUTURE.fullmatch(k)) or k.endswith(_VERB_ENDINGS) \
        or k in _VERB_FORMS_I


def _coordinated_nouns(span: list, j: int) -> bool:
    """(round 72, claims.nominal_coordination) span[j] is a coordinator between a word that is no verb form and a word
    of the next conjunct, no `ने` after it (no second subject): two noun phrases of one nominal content (`नींद में कमी
    और अधिक गुस्सा आने की बात कही`, `अफवाहों से बचने और इंटरनेट और अन्य माध्यमों से … की बात कही`), no clause break.
    Not after a conjunctive participle before it (`प्रबंधन को पत्र लिख कर दो डॉक्टरों के साथ मारपीट और …`: the
    content would take the act before the participle)."""
    if span[j].k not in _NP_COORD or j == 0 or j + 1 >= len(span):
        return False
    before, after = span[j - 1], span[j + 1]
    return bool(_IS_WORD.match(before.t) and _IS_WORD.match(after.t)) and not _verb_form(before.k) \
        and not any(t.k == "ने" for t in span[j + 1:]) and not any(_conjunctive_at(span, i) for i in range(j))


def _conjunctive_at(span: list, i: int) -> bool:
    """(round 72) span[i] is a conjunctive participle in -कर (`लिख कर`, `देकर`), not the postposition `को लेकर` (about)."""
    return span[i].k.endswith("कर") and not (span[i].k == "लेकर" and i > 0 and span[i - 1].k == "को")


# (round 74) the subject's focus particles, written right after its `ने` (`X ने भी … की पुष्टि की`)
_SUBJECT_PARTICLES = frozenset(fold(w) for w in "भी ही तो".split())
_REFLEXIVE_OWNERS = frozenset(fold(w) for w in "अपने अपनी अपना".split())  # the subject's own (reflexive possessive)
_CHANNEL_MAX_WORDS = 4  # words of a channel phrase up to its text noun (the reflexive or the first word on)
# (round 74) participle auxiliaries and the relative participle: `अपनी रिपोर्ट में दिए गए आंकड़ों`, `… में छपी हुई`
_RELATIVE_AFTER = frozenset(fold(w) for w in "गए गई गया गये गयी हुए हुई हुआ हुये वाले वाली वाला वालों".split())


def _subject_particle_lead(words: list) -> int:
    """(round 74, claims.content_subject_particle) 1 where the words after a subject's `ne` open with its focus particle
    (`जहांपुर ने भी …`, `डॉक्टरों ने भी लंबे समय तक बैठने को हानिकारक बताया`): the particle is the subject's, no word of
    what was said; else 0 (also where no other word would be left)."""
    return 1 if len(words) > 1 and words[0].k in _SUBJECT_PARTICLES else 0


def _channel_lead(words: list, i: int, texts) -> int:
    """(round 74, claims.content_channel) How many words from words[i] are the channel the subject spoke through, written
    before a nominal content between its `ne` and the cue: the subject's own text with `में` (`अपने दैनिक अपडेट में इन
    आंकड़ों की पुष्टि की`, `अपने बधाई संदेश में नीतीश कुमार को … बताया`: a reflexive, at most two words, a text noun of
    the lexicon (source, container or data), `में`) or a text it issued (`एक बयान जारी कर … की जानकारी दी`, `पत्र जारी
    कर`: at most three words to the text noun, `जारी`, `कर`/`करके`). 0 where the phrase goes on as a relative (`अपनी
    रिपोर्ट में दिए गए आंकड़ों`: a participle after `में`), has no text noun (`अपने घर में`, `अपने नागरिकों के`) or
    leaves no word of the content. Linear: at most _CHANNEL_MAX_WORDS words looked at."""
    n = len(words)
    own = i < n and words[i].k in _REFLEXIVE_OWNERS
    for j in range(i + own, min(i + _CHANNEL_MAX_WORDS, n - 1)):
        w, nxt = words[j], words[j + 1]
        if w.k in texts:
            if own and nxt.k == "में":
                rest = j + 2
                if rest < n and not any(t.k in _RELATIVE_AFTER for t in words[rest:rest + 2]):
                    return rest - i
                return 0
            if not own and nxt.k == "जारी" and j + 2 < n and words[j + 2].k in ("कर", "करके"):
                rest = j + 3
                return rest - i if rest < n else 0
        if w.k in POSTPOSITIONS or w.k in ("कर", "करके"):
            return 0  # the first postposition or verb closes the phrase before any text noun
    return 0


def _glued_dash_content(toks: list, after: int, text: str) -> int | None:
    """Where what is said starts when a cue ends inside a hyphenated token at a dash glued to a word (`MHA ने कहा-ये
    नियमों का उल्लंघन`, `चेयरमैन बोले-कोरोना से स्थिति गंभीर`, `पासवान ने कहा-घबराने की जरूरत नहीं`: a headline's
    tight dash), or None: the word after the dash is a listed second half of a compound (`कहा-सुनी`), or no word
    follows that token (round 44)."""
    if text[after:after + 1] not in _DASHES:
        return None
    j = next((k for k, t in enumerate(toks) if t.s < after < t.e), None)
    if j is None or j + 1 >= len(toks) or not _IS_WORD.match(toks[j + 1].t):
        return None
    if fold(text[toks[j].s:after]) not in _GLUED_DASH_VERBS:
        return None  # `सोची-समझी रणनीति`: a compound adjective, no verb of speech before the dash
    second = text[after + 1:toks[j].e]
    if not second or not _IS_WORD.match(second) or fold(second) in _DASH_COMPOUNDS:
        return None
    return after + 1


def _dash_compound(toks: list, j: int) -> bool:
    """The word `toks[j]` glued to a dash after a cue makes a compound noun with it (`कहा–सुनी के बाद`, `लिखा–पढ़ी का
    काम`): a listed second half, or a word a postposition follows; else the dash opens a quote (`कहा—सरकार …`)."""
    return toks[j].k in _DASH_COMPOUNDS or (j + 1 < len(toks) and toks[j + 1].k in _COMPOUND_POSTPOSITIONS)


# (round 33, cues-v28) blaming as holding someone guilty or responsible: the row holds its own complement (`दोषी ठहराया`,
# `ज़िम्मेदार ठहराते हैं`), so the `को` object right before the cue is the whole noun-phrase content (`X ने Y के लिए Z को
# ज़िम्मेदार ठहराया` -> `Y के लिए Z को`); `ठहराया` alone (`होटल में ठहराया`, lodged) is no row
_HOLDING_VERB = "ठहरा"


def _holding(form: str) -> bool:
    """A blaming row, `<complement> ठहराया` (cues-v28)."""
    parts = fold(form).split(" ")
    return len(parts) >= 2 and parts[1].startswith(_HOLDING_VERB)


# (review of round 33) a date's words inside a `को` phrase (`10 तारीख को`, `उसी दिन को`): a time, no object
_DATE_NOUNS = frozenset("तारीख तारीख़ दिन".split())
# (review of round 33) after a called-it complement's comma, a clause of its own (`…, जबकि Y ने आरोपों को खारिज किया`)
_CALLED_THEN = frozenset("जबकि वहीं लेकिन पर मगर किंतु किन्तु परंतु परन्तु".split())
# a correlative after a `जो/जिस/जिन` clause (`जिस कार से हादसा हुआ वह चोरी की थी`): the clause is a content
_CORRELATIVES = frozenset("वह वे उसे उन्हें उन उस वो उसको उनको".split())


def _held_as(form: str, words: list, times: frozenset[str]) -> bool:
    """A `<complement> ठहराया` cue after a `को` object (`… प्रतिबंधों को दोषी ठहराया`), not after a date's `को` (`राणा
    को जूरी ने 10 जून, 2011 को दोषी ठहराया`: the object stands before the subject): no word of the `को` phrase, back
    to the postposition before it, is a number, a time word, `तारीख` or `दिन` (`राणा को X ने 10 तारीख को …`)."""
    if not _holding(form) or len(words) < 2 or words[-1].k != "को":
        return False
    for t in reversed(words[:-1]):
        k = t.k
        if k in POSTPOSITIONS:
            break
        if k[:1].isdigit() or k in times or k in _TIME_WORDS or k in _DATE_NOUNS:
            return False
    return True


# (review of round 33) a court's verdict (`अदालत ने राणा को दोषी ठहराया`, `न्यायालय ने कंपनी को … उत्तरदायी ठहराया`)
# is a legal act, not a claim: the blaming rows make none with a court as the ergative subject
_COURTS = frozenset(fold(w) for w in "अदालत अदालतों कोर्ट न्यायालय न्यायालयों जूरी न्यायाधीश न्यायाधीशों जज जजों पीठ "
                    "न्यायाधिकरण ट्रिब्यूनल".split())


# (round 33) the offices a word right before a title names (`गृह मंत्री`, `वित्त मंत्री`, `मीडिया सचिव`, `प्रधान सचिव`):
# two different ones are two offices (portfolio_differs); adjectives (`केंद्रीय`, `पूर्व`, `भारतीय`), abbreviations and
# misspellings (`यूएन`, `WHO`, `स्वास्थ`) are none, so they never part a title from its holder
_PORTFOLIOS = frozenset(fold(w) for w in """गृह वित्त स्वास्थ्य विदेश रक्षा कृषि शिक्षा रेल परिवहन पर्यावरण खाद्य ऊर्जा श्रम
    कानून विधि पर्यटन संस्कृति खेल मीडिया प्रधान संयुक्त अतिरिक्त मुख्य उद्योग वाणिज्य सूचना आवास जल राजस्व चिकित्सा
    संसदीय उड्डयन पेट्रोलियम दूरसंचार सहकारिता पंचायत विज्ञान प्रौद्योगिकी न्याय व्यापार""".split())
# (review of round 33) synonyms of one office: `कानून मंत्री रविशंकर प्रसाद … विधि मंत्री ने` is the same minister
_PORTFOLIO_SAME = {fold(a): fold(b) for a, b in (("विधि", "कानून"), ("न्याय", "कानून"), ("व्यापार", "वाणिज्य"),
                                                  ("चिकित्सा", "स्वास्थ्य"))}


def _portfolio(w: str) -> str:
    return _PORTFOLIO_SAME.get(w, w)


# (follow-up of the round-33 review) a minister of state, `स्वास्थ्य राज्य मंत्री`, is another person than the
# cabinet minister of the office; the country's own names, whose owner before an office is the union one
_JUNIOR = fold("राज्य")
_OWN_COUNTRY = frozenset(fold(w) for w in "भारत देश केंद्र केन्द्र हिंदुस्तान हिन्दुस्तान".split())


def _counted_more(k: str) -> bool:
    # (`fold` keeps the chandrabindu: `सैकड़ोँ` is looked up as `सैकड़ों`)
    return k.replace("ँ", "ं") in _COUNTED_MORE_WORDS or bool(_COUNTED_MORE_DIGITS.match(k))


# a relative right after a tagged person, with no के/की/का or possessive before it, is part of the name (`हार्दिक भाई`,
# `अमित भाई शाह`: an honorific); owned (`पीड़िता के भाई`, `उसकी बहन`) it is an unnamed relative (kind anonymous)
_NAME_RELATIVES = frozenset(fold(w) for w in "भाई बहन चाचा मामा दीदी".split())
# a source that is no person, by its words (`डॉन अखबार`, `सूत्रों`, `रिपोर्ट`): a layered source (review 17 #4)
_LAYER_SOURCE_NOUNS = frozenset(fold(w) for w in """अखबार अख़बार अखबारों समाचार खबर ख़बर खबरों रिपोर्ट रिपोर्टों सूत्र
 सूत्रों मीडिया एजेंसी एजेंसियों चैनल पत्रिका दैनिक""".split())
# a genitive or possessive right before a noun: the noun has an owner (`पाकिस्तान की सरकार`, `उनकी पार्टी`)
_GENITIVE_OWNERS = frozenset(fold(w) for w in """के की का उनकी उनके उनका अपनी अपने अपना इसकी इसके इसका उसकी उसके उसका
 इनकी इनके इनका जिसकी जिसके जिसका जिनकी जिनके जिनका हमारी हमारे हमारा मेरी मेरे मेरा""".split())
_PARTY_WORDS = frozenset(w.translate(_LOOSE) for w in "पार्टी दल".split())  # `लेबर पार्टी` -> `लेबर ने` (loose keys)


def _loose(s: str) -> str:
    """A word key blind to vowel length (ि/ी, ु/ू), ै/े, ौ/ो and the nasal sign: a translated name's spellings agree
    (`टैलिस` and `टेलीस` both read टेलिस)."""
    return _key(s).translate(_LOOSE)


# Round 58 (`quantified_group`): quantifiers of an unnamed group before an untagged speaker (not `सब`: `सब इंस्पेक्टर`)
# and the demonstratives that make the group one named before (`इन सभी बुलेटिन`)
_GROUP_QUANTIFIERS = frozenset(fold(w) for w in
                               "सभी कई कुछ अनेक अनेकों अधिकांश अधिकतर ज्यादातर ज़्यादातर तमाम विभिन्न".split())
_GROUP_DEMONSTRATIVES = frozenset(fold(w) for w in "इन उन ये वे यह वह इन्हीं उन्हीं इनमें उनमें".split())
# Review of round 59 (`nominative_called_it`): nouns of what is told, the direct object of `बताना` "tell" after a
# recipient's `को` (`डॉक्टर मरीज को दवा बताते हैं`, `वे लोगों को रास्ता बताते हैं`, `राजा उन्हें समय बताते हैं`): no
# called-it complement, unless the object is a proximal demonstrative or the reflexive alone (`इसे सही तरीका बताते हैं`)
_TOLD_NOUNS = frozenset(fold(w) for w in """रास्ता रास्ते तरीका तरीक़ा तरीके तरीक़े उपाय दवा दवाई इलाज नुस्खा नुस्खे कहानी
    किस्सा क़िस्सा सच सच्चाई हकीकत हक़ीक़त समय वक्त वक़्त वजह कारण नाम पता हाल बात जानकारी सूचना खबर ख़बर नियम फायदा
    फ़ायदा फायदे फ़ायदे नुकसान नुक़सान मतलब अर्थ महत्व उम्र नंबर दाम कीमत क़ीमत भाव""".split())
_CALLED_OBJECT_DEMONSTRATIVES = frozenset(fold(w) for w in "इसे इन्हें इस इन इसी इन्हीं".split())
_REFLEXIVES = frozenset(fold(w) for w in "अपने खुद ख़ुद स्वयं".split())
_UNASSERTED_OPENERS = frozenset(fold(w) for w in "अगर यदि क्या".split())  # a condition, a polar question
# Round 58 (`manner_container`): manner adverbs between a container's `में` and its passive cue, longest first
_MANNER_ADVERBS = tuple(sorted({tuple(fold(w) for w in a.split()) for a in (
    "स्पष्ट रूप से", "साफ तौर पर", "साफ़ तौर पर", "स्पष्ट तौर पर", "स्पष्ट शब्दों में", "साफ शब्दों में", "साफ़ शब्दों में",
    "विस्तार से", "विस्तृत रूप से", "स्पष्टतः", "स्पष्टत:", "स्पष्ट", "साफ-साफ", "साफ़-साफ़")}, key=lambda t: -len(t)))
_DOUBLED_SIGN = regex.compile("([\u0901\u0902\u093e-\u094c])\\1+")
_TYPOS = {"नें": "ने", "उन्होंन": "उन्होंने"}  # `प्रवक्ता गुड्सा उसेंडी नें बयान में कहा`, `उन्होंन कहा`: no other word is spelt so


@functools.lru_cache(maxsize=1 << 16)  # every token of every document; words repeat
def _key(s: str) -> str:
    k = fold(s)
    if _DOUBLED_SIGN.search(k):
        k = _DOUBLED_SIGN.sub(r"\1", k)  # `आंदोलनकारियों नेे कहा`, `मेें`, `नेंं`: a vowel sign or nasal typed twice
    return _TYPOS.get(k, k)


# Review of round 44: an office word after a genitive owner (`X के दफ़्तर ने`) is X's office, no unnamed body; and the
# bench words of a court (`खंडपीठ ने`: the bench of the court the story named before)
_GENITIVE_END = regex.compile(rf"([{_WORDCH}]+)\s+(?:के|की|का)\s+$")
_BENCH_WORDS = frozenset(fold(w) for w in "पीठ बेंच खंडपीठ खण्डपीठ".split())
_COURT_HEADS = frozenset(fold(w) for w in "अदालत कोर्ट न्यायालय हाईकोर्ट".split())


def _phrase_regex(form: str, particle: bool = True) -> str:
    """Word-bounded regex for a (multiword) form; `भी` may sit between its words."""
    words = [_fuzzy(w) for w in fold(form).split(" ")]
    sep = r"\s+(?:भी\s+)?" if particle else r"\s+"
    return rf"(?<![{_WORDCH}]){sep.join(words)}(?![{_WORDCH}])"


@functools.lru_cache(maxsize=None)
def _phrase_re(form: str, particle: bool = True) -> regex.Pattern:
    return regex.compile(_phrase_regex(form, particle))


def _per_lexicon(fn):
    """Cache `fn(lex)` by the lexicon object's identity: an lru_cache key hashes the whole frozen
    CueLexicon (every entry) on each call, which cost more than the cached work, once per document."""
    memo: dict[int, tuple[CueLexicon, object]] = {}

    @functools.wraps(fn)
    def cached(lex: CueLexicon):
        hit = memo.get(id(lex))
        if hit is None or hit[0] is not lex:  # (the entry holds the lexicon, so its id is not reused)
            if len(memo) >= 8:
                memo.clear()
            hit = memo[id(lex)] = (lex, fn(lex))
        return hit[1]

    return cached


@dataclass(frozen=True)
class _CuePattern:
    """A cue entry's forms, and a folded word that every match of them contains (a substring test on the
    folded text skips the regex scan for the many cues a text lacks). A form's regex is compiled when a
    text first needs it (`_phrase_re`, cached): compiling all ~1,100 up front cost a one-article run about
    a second."""

    entry: CueEntry
    needle: str
    forms: tuple[str, ...]


@_per_lexicon
def _cue_patterns(lex: CueLexicon) -> tuple[_CuePattern, ...]:
    out = []
    for ce in lex.cues:
        if FRONTED_GAP in ce.form:
            continue  # `<noun> … <verb>`: matched around the subject by Extractor.on_fronted, never as one phrase
        forms = [ce.form]
        if ce.role in ("prep",) and fold(ce.form).startswith("के "):
            forms.append(ce.form.split(" ", 1)[1])  # उनके अनुसार
        # a word every form contains (`अनुसार` for `के अनुसार` and `अनुसार`); "" filters nothing
        common = [w for w in fold(forms[-1]).split(" ") if all(w in fold(f).split(" ") for f in forms)]
        needle = max(common, key=len, default="")
        out.append(_CuePattern(ce, needle, tuple(forms)))
    return tuple(out)


@_per_lexicon
def _comma_verbs(lex: CueLexicon) -> frozenset[str]:
    """(round 63, claims.ergative_written_comma) The folded one-word verb cues whose content may follow a comma (`लिखा`)."""
    return frozenset(fold(ce.form) for ce in lex.cues
                     if ce.role == "verb" and "comma" in ce.options and " " not in ce.form)


@_per_lexicon
def _cue_index(lex: CueLexicon) -> tuple[dict[str, tuple[tuple[int, frozenset[str]], ...]], tuple[int, ...]]:
    """The cue patterns (by their order in `_cue_patterns`) grouped by needle, each with the words all
    its forms contain: a word that is one whole word (letters, marks, digits) can only match as a whole
    word of the folded text (every word of a cue's regex is bounded by spaces or non-word characters,
    and folding keeps those), so set lookups replace a substring scan of the text per cue, and a cue
    lacking any of its words is not scanned; a needle that is no whole word keeps the substring scan."""
    by_word: dict[str, list[tuple[int, frozenset[str]]]] = {}
    others: list[int] = []
    for order, cp in enumerate(_cue_patterns(lex)):
        if cp.needle and _WORD.fullmatch(cp.needle):
            common = set.intersection(*(set(fold(f).split(" ")) for f in cp.forms))
            words = frozenset(w for w in common if _WORD.fullmatch(w))
            by_word.setdefault(cp.needle, []).append((order, words))
        else:
            others.append(order)
    return {w: tuple(v) for w, v in by_word.items()}, tuple(others)


@_per_lexicon
def _fronted_pairs(lex: CueLexicon) -> dict[tuple[str, ...], CueEntry]:
    """Verb rows `<noun> … <verb>` by their folded (noun, verb) (for Extractor.on_fronted)."""
    rows = [ce for ce in lex.cues if ce.role == "verb" and FRONTED_GAP in ce.form]
    return {tuple(x.strip() for x in fold(ce.form).split(FRONTED_GAP)): ce for ce in rows}


@_per_lexicon
def _word_sets(lex: CueLexicon) -> tuple[dict, dict, dict[str, frozenset[str]], tuple[regex.Pattern, ...]]:
    """Folded views of a lexicon, built once per lexicon rather than once per document."""
    pron = {fold(x.form): x for x in lex.pronouns}
    anaphor = {fold(f): r for f, r in lex.anaphors}
    words = {k: frozenset(fold(x) for x in lex.of(k)) for k in SIMPLE_KINDS}
    hedges = tuple(_phrase_re(h, particle=False) for h in lex.of("hedge"))
    return pron, anaphor, words, hedges


@dataclass
class _Tok:
    s: int
    e: int
    t: str  # text
    k: str  # folded text


@dataclass
class _Unit:  # a sentence, or a line of a sentence (a newline is a hard boundary)
    idx: int
    sent_idx: int
    s: int
    e: int
    toks: list[_Tok]
    brk_before: bool  # paragraph break between the previous unit and this one


@dataclass
class _Hit:
    s: int
    e: int
    rs: int  # reported cue span
    re: int
    entry: CueEntry
    unit: int


@dataclass
class _Spk:
    text: str | None
    s: int | None
    e: int | None
    entity_id: str | None
    type: str  # named | pronoun | anonymous | unresolved
    label: str | None = None


@dataclass
class _C:
    sent_idx: int
    spk: _Spk
    cue_s: int
    cue_e: int
    cs: int
    ce: int
    qtype: str
    span_s: int  # content span including quotation marks
    span_e: int
    unit_end: int  # index of the last unit of the content
    natural_end: bool  # content ran to the end of its unit (may continue / be cut)
    anchor: int = 0  # cue hit start (for ordering and suppression)
    primary: bool = True  # False for the extra claims of joint / nested speakers
    whole: bool = False  # the content is a whole sentence by layout (`<C>। यह कहना है X का।`): never cut
    layer: int = -1  # `X के मुताबिक Y ने कहा कि C`: the start of Y's cue, whose claim ends X's content
    hedge_out: tuple[tuple[int, int], ...] = ()  # a paragraph piece: the cue clause outside the whole quotation,
    # read for hedges with the piece's own span (review of round 39)



def _joint_speaker_starts(claims: Sequence[_C]) -> dict[int, int]:
    """The first speaker's start of each cue's claims (by cue start): the joint speakers of one report (`A और B ने
    कहा कि …`) are one subject, so B's claim, nested in another report's content, opens where A's name does (round 31)."""
    out: dict[int, int] = {}
    speakers: dict[int, set[int]] = defaultdict(set)  # distinct speakers, not claims (continue_quotes and
    for c in claims:  # split_colon_quote add claims with the same cue and speaker)
        if c.spk.s is not None:
            speakers[c.cue_s].add(c.spk.s)
            out[c.cue_s] = min(c.spk.s, out.get(c.cue_s, c.spk.s))
    return {k: v for k, v in out.items() if len(speakers[k]) > 1}

# ---------------------------------------------------------------------------------------------
# the extractor


class _Doc:
    def __init__(self, sentences: Sequence[Sentence], mentions: Sequence[Mention], lex: CueLexicon,
                 p: ClaimsParams, text: str | None):
        self.p = p
        self.lex = lex
        sents = sorted(sentences, key=lambda s: s.start)
        self.doc_id = sents[0].doc_id if sents else ""
        if text is None:
            n = max((s.end for s in sents), default=0)
            buf = [" "] * n
            for s in sents:
                buf[s.start:s.end] = list(s.text)
            text = "".join(buf)
        self.written = text  # what the claims' cue and content are cut from (self.T may differ by a character)
        if "ः" in text:  # `उन्होंने कहाः 'हमें …'`: a visarga typed for the colon before a quotation (same offsets;
            text = _VISARGA_COLON.sub(":", text)  # only the rules read it so, the output keeps `अतः "…"` as written)
        self.T = text
        # units
        self.units: list[_Unit] = []
        prev_end = None
        erg_pron = _word_sets(lex)[0]
        self._per_ends = {m.start: m.end for m in mentions if m.label == "PER"}  # (_pieces: a letter name's next word)
        self._per_dots = {m.start + k for m in mentions if m.label == "PER" for k, ch in enumerate(text[m.start:m.end])
                          if ch == "."}  # (_pieces: periods inside a PER mention, `रमन आर. गंगाखेड़कर`)
        pieces = [(s, a, b) for s in sents for a, b in self._pieces(s)]
        for i in range(len(pieces) - 1):  # `…लिखा है.""` | `भट्ट साहब …`: the second mark opens the next piece's quote
            s, a, b = pieces[i]
            e = b
            while e > a and self.T[e - 1].isspace():
                e -= 1
            if e - a > 3 and self.T[e - 2:e] in ('""', "''") and self.T[e - 3] in "।.!?" \
                    and "\n" not in self.T[e:pieces[i + 1][1]]:
                pieces[i] = (s, a, e - 1)
                pieces[i + 1] = (pieces[i + 1][0], e - 1, pieces[i + 1][2])
        self.broken_copy = self.p.broken_layout and self.broken_layout(sents[0].start if sents else 0,
                                                                       sents[-1].end if sents else 0)
        pieces = self.join_wrapped(pieces)
        name_ends = {m.end for m in mentions if m.label in ("PER", "ORG")}
        for s, a, b in pieces:
            while a < b and self.T[a].isspace():
                a += 1
            while b > a and self.T[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            brk = prev_end is not None and "\n" in self.T[prev_end:a]
            toks = [_Tok(m.start(), m.end(), g, _key(g)) for m in _TOKEN.finditer(self.T, a, b) for g in (m.group(),)]
            # `उन्होंने ने कहा`, `X ने ने कहा`: a doubled ergative marker is a typo; the second is dropped
            toks = [t for i, t in enumerate(toks) if not (t.k == "ने" and i and (
                toks[i - 1].k == "ने" or getattr(erg_pron.get(toks[i - 1].k), "role", None) == "erg"))]
            # `…, सान्चेज़ रेकार्ते न कहा, …`: `न` between a tagged name and a perfective कहा/बताया is ने mistyped
            # (no negation stands there: a negated report keeps its ने, `X ने नहीं कहा`)
            toks = [_Tok(t.s, t.e, t.t, "ने") if t.k == "न" and 0 < i < len(toks) - 1 and toks[i - 1].e in name_ends
                    and toks[i + 1].k in _NE_DROPPED_CUES else t for i, t in enumerate(toks)]
            self.units.append(_Unit(len(self.units), s.sent_idx, a, b, toks, brk))
            prev_end = b
        self.ustarts = [u.s for u in self.units]
        # lexicon views
        self.pron, self.anaphor, w, self.hedge_res = _word_sets(lex)
        if not p.outlet_anaphor:  # (round 78) the outlet anaphors of cues-v54 only with the switch
            self.anaphor = {k: v for k, v in self.anaphor.items() if v != "outlet"}
        if fold("एजेंसी") in self.anaphor:  # (round-41 review) the halant spelling `एजेन्सी` (fold keeps न्स apart)
            self.anaphor = {**self.anaphor, fold("एजेन्सी"): self.anaphor[fold("एजेंसी")]}
        self.anon, self.source, self.titles = w["anonymous"], w["source"], w["title"]
        self.firstp, self.aux, self.npstop = w["firstperson"], w["auxiliary"], w["npstop"]
        self.coord, self.trailing, self.objects = w["coordinator"], w["trailing"], w["object"]
        self.adverbs = w["adverb"]
        self.data, self.owned, self.sourcemod, self.judges = w["data"], w["owned"], w["sourcemod"], w["judge"]
        self.directive = w["directive"]
        self.nonname = w["nonname"]  # v9: words that never open a name (`लोग`, `सब`, `आइए`, `मुझसे`)
        self.media = w["media"]  # v10: head words of media names (`पोस्ट`, `टाइम्स`, `न्यूज`, `रेडियो`)
        self.feminine, self.masculine = w["feminine"], w["masculine"]  # v14: words that give a person's gender
        self.time = w["time"]  # v15: day, month and clock words of a date between a source and its owner
        self.roles = w["role"]  # v17: a role noun of one holder (प्रवक्ता) that stands for the person it introduced
        self.qualroles = w["qualrole"]  # v17: a role noun of many holders (अधिकारी): only with its qualifier
        self.containers = w["container"]  # v31: nouns of a written or recorded text (`एसओपी में कहा गया है`)
        self.channel_texts = self.source | self.containers | self.data  # (round 74) text nouns of a channel phrase
        self.bodies = w["body"]  # v32: last words of generic bodies and unnamed officials (`समिति`, `खंडपीठ`, `प्रसारक`)
        self.orgkinds = w["orgkind"]  # v36: kind words after a company's name (`यूरोस्टार ट्रेन सेवा`, `… न्यूजपेपर`)
        # (review of round 48) org_kind_tail's company heads (`कंपनी`, `फर्म`, `क्लब`, `समूह`): no body head (`सरकार`)
        self.org_heads = frozenset(k for k, role in self.anaphor.items() if role == "org")
        self.story_breaks = _STORY_BREAK_HINT.search(text) is not None  # an agency dateline or the BBC footer
        self._genders: dict[str, set[str]] | None = None  # entity id or folded name -> genders seen (lazily)
        self._extensions: dict[str, frozenset[str]] | None = None  # name_extensions (lazily)
        self._entity_texts: dict[str, set[str]] | None = None  # entity_texts (lazily)
        self._branch_parents: dict[str, str] | None = None  # branch_parents (lazily)
        self._short_forms: dict[tuple[str, ...], list[tuple[str, int]]] | None = None  # short_forms (lazily)
        self._generic: dict[str, bool] | None = None  # generic_entity (lazily)
        self._spacing_keys: dict[str, list[Mention]] | None = None  # spacing_variant: key -> PER/ORG mentions (lazily)
        self._bodies: frozenset[str] | None = None  # public_bodies (lazily)
        self._place_heads: frozenset[str] | None = None  # place_heads (lazily)
        self._departments: dict[tuple[str, ...], list[Mention]] | None = None  # department_named_before (lazily)
        self.title_group = {k: frozenset(g.split(" ")) for g in w["titlealias"] for k in g.split(" ")}
        self.anon_multi = [tuple(x.split(" ")) for x in self.anon if " " in x]
        # mentions
        self.ments = sorted((m for m in mentions if m.label in ("PER", "ORG", "LOC")),
                            key=lambda m: (m.start, -m.end))
        self._title_places: dict[str, set[str]] | None = None  # (round 70) title_places, once per document
        self.by_end: dict[int, Mention] = {}
        for m in self.ments:
            cur = self.by_end.get(m.end)
            if cur is None or m.start < cur.start:
                self.by_end[m.end] = m
        self.per_starts = frozenset(m.start for m in self.ments if m.label == "PER")
        self.ment_starts = [m.start for m in self.ments]  # (sorted: mention_over looks a position up by bisection)
        self.hits = self._find_cues()
        self.hit_units = {h.unit for h in self.hits if h.entry.role != "participle"}
        self.study_layers: set[tuple[int, int]] = set()  # (round 65) (claim id, unit) kept by study_continuation
        self.relative_subjects: set[int] = set()  # (round 66) pronouns correlative_relative read as a relative's head
        self.unit_hits: dict[int, list[_Hit]] = defaultdict(list)  # unit -> its cue hits (in order)
        for h in self.hits:
            self.unit_hits[h.unit].append(h)
        self.claims: list[_C] = []
        self._chain_depth = 0  # (links of a pronoun chain being resolved: chain_antecedent)
        self.indefinite_subjects: set[int] = set()  # (filled by _subject_events: `एक अंतरराष्ट्रीय दल ने`)
        self.events = self._subject_events()
        self._quoted: list[tuple[int, int]] | None = None
        self.has_double_quotes = '"' in text or "“" in text

    def _pieces(self, s: Sentence) -> list[tuple[int, int]]:
        """A sentence split at newlines and at a period glued to the next word (`है.इस`)."""
        cuts = [s.start]
        for m in _LINE_OR_PERIOD_BREAK.finditer(s.text):
            j = s.start + m.start()
            if m.group() != "\n":
                before = _WORD_BEFORE.search(self.T, s.start, j)
                after = _DEVANAGARI_WORD.match(self.T[j + len(m.group()):s.end])
                w = fold(before.group()) if before else ""
                if not w or w in _ABBREV or self.letter_initial(w, j, j + len(m.group()), s.end) \
                        or (_AKSHARA1.match(w) and w not in _FINAL_SHORT) \
                        or (after and after.group().endswith(".")) \
                        or (before.start() > s.start and self.T[before.start() - 1] == "."):
                    continue  # कि.मी., डॉ., एस. राठौड़; the last letters of a dotted abbreviation (यू.एस. को)
                # `…लिखा है.""भट्ट साहब …`: the closer of one quote and the opener of the next, glued; cut between them
                q = m.group()[1:]
                cuts.append(j + (2 if len(q) >= 2 and q[:2] in ('""', "''") else len(m.group())))
            else:
                cuts.append(j)
        cuts.append(s.end)
        return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]

    def letter_initial(self, w: str, j: int, a: int, end: int) -> bool:
        """The folded word w before the period at j (its marks end at a) is a Latin letter's name that is an initial
        (_LETTER_NAMES): glued to the next word (`एस.जयशंकर`), or spaced inside a PER mention (`रमन आर. गंगाखेड़कर`) or
        before a one-word PER mention (`एस. जयशंकर`)."""
        if w.replace("\u200c", "").replace("\u200d", "") not in _LETTER_NAMES:
            return False
        if a < end and not self.T[a].isspace():
            return True
        if j in self._per_dots:
            return True
        b = a
        while b < end and self.T[b].isspace():
            b += 1
        me = self._per_ends.get(b)
        return me is not None and not any(self.T[k].isspace() for k in range(b, me))

    # --- positions -----------------------------------------------------------------------------

    def unit_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.ustarts, pos) - 1
        return max(i, 0)

    def tok_index(self, u: _Unit, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        for i, t in enumerate(u.toks):
            if t.s >= pos:
                return i
        return len(u.toks)

    def is_opener(self, i: int) -> bool:
        c = self.T[i]
        if c in "“‘":
            return True
        if c not in "\"'":
            return False
        before = self.T[i - 1] if i > 0 else " "
        after = self.T[i + 1] if i + 1 < len(self.T) else " "
        if before in "\"”" and i > 1 and self.T[i - 2] in "।.!?" and c == '"':
            return not after.isspace()  # `…सुनी.""वो …`: a quote opening right after another one closed
        if not (before.isspace() or before in "(:,[—-"):
            return False
        if before in ",." and after in "\"'”’" and (i + 2 >= len(self.T) or self.T[i + 2] in " \t\n।.,!?;:"):
            return False  # `… हैं,'" X ने बताया`, `… हैं,"" X ने`: a nested quotation and the outer one close together
        # `कहा, " यहां से …"`: a space typed inside the marks, after a cue's comma or colon
        return not after.isspace() or self._prev_visible(i) in ",:"

    def _prev_visible(self, i: int) -> str:
        j = i - 1
        while j >= 0 and self.T[j] in " \t":
            j -= 1
        return self.T[j] if j >= 0 else ""

    def is_closer(self, i: int) -> bool:
        c = self.T[i]
        if c in "”’":
            return True
        if c not in "\"'":
            return False
        if i > 0 and not self.T[i - 1].isspace():
            return True
        after = self.T[i + 1] if i + 1 < len(self.T) else " "  # `… रहेगा। " ` with a space inside the marks
        return i > 0 and self.T[i - 1] in " \t" and (after.isspace() or after in "।.,!?;:")

    def strip_span(self, s: int, e: int) -> tuple[int, int]:
        while s < e and (self.T[s].isspace() or self.T[s] in ",:;"):
            s += 1
        while e > s and (self.T[e - 1].isspace() or self.T[e - 1] in _FINAL_PUNCT):
            e -= 1
        return s, e

    def n_tokens(self, s: int, e: int) -> int:
        return sum(1 for m in _TOKEN.finditer(self.T, s, e) if _IS_WORD.match(m.group()))

    # --- cues --------------------------------------------------------------------------------------

    def _find_cues(self) -> list[_Hit]:
        # A cue is matched inside a unit only, so each cue's regex scans the units that hold all its words (a scan
        # of the whole text per cue the text holds grew as the square of a long text: 83 s for one 2 MB article)
        found: list[tuple[int, int, int, CueEntry]] = []
        patterns = _cue_patterns(self.lex)
        by_word, others = _cue_index(self.lex)
        folded = [_fold(self.T[u.s:u.e]) for u in self.units]
        words = [set(_WORD.findall(f)) for f in folded]
        where: dict[int, list[int]] = defaultdict(list)  # cue order -> the units to scan
        for o in others:
            where[o] = [i for i, f in enumerate(folded) if patterns[o].needle in f]
        units_of: dict[str, list[int]] = defaultdict(list)
        for i, ws in enumerate(words):
            for w in ws.intersection(by_word):
                units_of[w].append(i)
        for w, units in units_of.items():
            for o, required in by_word[w]:
                where[o].extend(i for i in units if required <= words[i])
        for order in sorted(o for o, units in where.items() if units):
            cp = patterns[order]
            for form in cp.forms:
                rx = _phrase_re(form)
                for i in sorted(set(where[order])):
                    u = self.units[i]  # (one character past its end: the regex's word boundary looks at it)
                    for m in rx.finditer(self.T, u.s, min(len(self.T), u.e + 1)):
                        found.append((m.start(), m.end(), order, cp.entry))
        found.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
        hits: list[_Hit] = []
        last_end = -1
        cue_starts = {x[0] for x in found}
        for s, e, _, ce in found:
            if s < last_end:
                continue
            u = self.unit_at(s)
            unit = self.units[u] if self.units else None
            if unit is None or not (unit.s <= s and e <= unit.e):
                continue
            if fold(ce.form).startswith(_EMERGED) and not self.p.emerged_finding:
                continue  # (round 79) cues-v55's `सामने आया है कि` findings only with the switch
            if ce.role == "passive" and fold(ce.form).startswith(_FINDING) and not self.held_by_source(unit, s):
                continue  # `यह पाया गया है कि`, `जांच में पता चला`: a finding of nobody's source is no cue (round 22)
            if fold(ce.form) in _KI_ONLY_CUES and not _COPULA_KI.match(self.T, e):
                continue  # `जिनके बारे में बात की गई है`, `X ने इस बारे में बात की।`: no report without its कि clause
            if "framed" in ce.options and self.p.as_noted and _as_noted(self.T, unit.s, s, e):
                ce = replace(ce, options=(ce.options - {"framed"}) | {"comma"})  # (round 52) `जैसा कि X नोट करता है, C`
            if "framed" in ce.options and (not _FRAMED_AFTER.match(self.T, e)
                                           or (ce.role == "passive" and not self.held_by_source(unit, s))):
                continue  # `… शिकायत की थी, पुलिस ने बताया`, `थाने में शिकायत की गई है कि`: no report (cues-v27)
            if "framed" in ce.options and _HABITUAL.search(ce.form) \
                    and _HABITUAL_OBJECT.search(regex.split(r"[,;:]", _words_before(self.T, unit.s, s))[-1]):
                continue  # `राज कपूर को लोग शोमैन कहा करते थे, “…”`: calling someone a name (review of round 46)
            if ce.form in _DATIVE_BELIEFS and not _dative_believer(_words_before(self.T, unit.s, s)):
                continue  # `ऐसा लगता है कि`, `"मुझे लगता है …"`: no one's belief reported (round 30)
            if ce.form in _DATIVE_BELIEF_OR_HOPE and _report_after(self.T, e, unit.e, cue_starts):
                continue  # `राम को लगता है कि बारिश होगी, मोहन ने कहा।`: the belief is मोहन's content (round-30 review)
            if fold(ce.form).endswith(_SAYING_PARTICIPLES):
                e = participle_report_end(self.T, e, unit.e, cue_starts)
                if e is None:
                    continue  # `यह कहकर चले गए।`: no कि clause after the verb phrase, no report (round 40)
            rs, re_ = s, e
            if ce.report:
                ms = list(_phrase_re(ce.report).finditer(self.T, s, e))
                if ms:
                    rs, re_ = ms[-1].start(), ms[-1].end()
            hits.append(_Hit(s, e, rs, re_, ce, u))
            last_end = e
        return hits

    def held_by_source(self, u: _Unit, pos: int) -> bool:
        """A source noun and its `में`/`से` at most three words before pos, no punctuation between (`अध्ययनों में
        पाया गया`, `आंकड़ों से ये भी पता चलता है`)."""
        toks = [t for t in u.toks if t.e <= pos][-6:]
        for j in range(len(toks) - 1, 0, -1):
            t = toks[j]
            if not _IS_WORD.match(t.t) or len(toks) - 1 - j > 3:
                return False
            if t.k in ("में", "से"):
                d = toks[j - 1].k
                if self.anaphor.get(d) == "statement":  # `रिपोर्ट में पता चला`; but `अखबार के इस बयान से पता चलता है
                    return t.k == "में"  # कि …` is the writer's inference from a statement
                return d in self.source or d in self.data or d in self.directive
        return False

    def next_tok(self, u: _Unit, pos: int, skip_aux: bool = True) -> int:
        i = self.tok_index(u, pos)
        while skip_aux and i < len(u.toks) and u.toks[i].k in self.aux:
            i += 1
        return i

    # --- subject events (antecedents for pronouns) ---------------------------------------------

    def _subject_events(self) -> list[tuple[int, int, _Spk]]:
        ev = []
        markers = {"ने", "द्वारा"}
        first: dict[int, int] = {}  # sentence -> start of its first PER/ORG mention
        for m in self.ments:
            if m.label in ("PER", "ORG"):
                first.setdefault(self.units[self.unit_at(m.start)].sent_idx, m.start)
        for m in self.ments:
            u = self.units[self.unit_at(m.start)]
            i = self.tok_index(u, m.end)
            while i < len(u.toks) and u.toks[i].t in QUOTES | {")"}:
                i += 1
            if i < len(u.toks):
                t = u.toks[i].k
                nxt = u.toks[i + 1].k if i + 1 < len(u.toks) else ""
                if t == "द्वारा" and any(x.k == "ने" or getattr(self.pron.get(x.k), "role", None) == "erg"
                                        for x in u.toks[i + 1:]):
                    pass  # `लॉरेन लावर्न द्वारा प्रस्तुत … डिस्क पर बोलते हुए, उसने कहा`: the agent of a participle,
                    # not the sentence's subject (the ergative after it is)
                elif t in markers or (t in ("का", "के", "की") and nxt in ("कहना", "अनुसार", "मुताबिक", "हवाले")):
                    ev.append((m.start, u.sent_idx, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)))
                elif m.label == "PER" and nxt == "ने" and self.left_out_surname(u.toks[i], m):
                    # `बीबीसी के महानिदेशक टोनी हॉल ने …। उन्होंने कहा`: the tagger kept the given name only; the
                    # person is the subject all the same
                    ev.append((m.start, u.sent_idx, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)))
                elif m.label == "PER" and ((t not in POSTPOSITIONS and _IS_WORD.match(u.toks[i].t))
                                           or (t == "," and (nxt in _RELATIVE_OPENERS or self.opens_apposition(u, m, i)))) \
                        and m.start == first.get(u.sent_idx):  # the sentence's topic: `वकील X जब पहुँचे तो …`
                    # (also a name its apposition or relative clause describes, not the person named inside it:
                    # `सुश्री हंफरीज़, जो … सुश्री डेविस की मित्र है, उन्होंने …`, `इग्नेशियो सान्चेज़ रेकार्ते, … के
                    # मुख्य सचिव, … कर रहे हैं। उन्होंने कहा`)
                    ev.append((m.start, u.sent_idx, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)))
        ev += self.untagged_subjects(first, markers)
        # unnamed plural subjects (`ग्रामीणों ने`, `डॉक्टरों का कहना है`): a later `उनका`/`उन्होंने` is anonymous
        named = [(m.start, m.end) for m in self.ments]
        for u in self.units:
            toks = u.toks
            for j in range(len(toks) - 1):
                bk = toks[j + 1].k
                if bk != "ने" and bk != "का":
                    continue
                a = toks[j]
                if (bk == "ने" or (j + 2 < len(toks) and toks[j + 2].k in ("कहना", "मानना", "आरोप", "दावा"))) \
                        and a.k.endswith(("ों", "ओं")) and len(a.k) > 3 and _IS_WORD.match(a.t) \
                        and not any(s <= a.s < e for s, e in named):
                    ev.append((a.s, u.sent_idx, _Spk(a.t, a.s, a.e, None, "anonymous")))
                elif bk == "ने" and a.k in _GROUP_HEADS and j >= 2 and toks[j - 1].k in ("का", "के", "की") \
                        and toks[j - 2].k.endswith(("ों", "ओं")) and _IS_WORD.match(toks[j - 2].t) \
                        and not any(s <= toks[j - 2].s < e for s, e in named):
                    # `रिम्स के कोरोना वार्ड में तैनात डॉक्टरों की टीम ने यह खबर सुनी …। उन्होंने कहा`: a group of people
                    # as subject; the pronoun is anonymous, not the institution they work at (review of round 37)
                    ev.append((toks[j - 2].s, u.sent_idx, _Spk(self.T[toks[j - 2].s:a.e], toks[j - 2].s, a.e, None, "anonymous")))
                elif bk == "ने" and _IS_WORD.match(a.t) and a.k not in _INDEFINITE and not any(s <= a.s < e for s, e in named) \
                        and ((j >= 1 and toks[j - 1].k in _INDEFINITE) or (
                            j >= 2 and toks[j - 2].k in _INDEFINITE and toks[j - 1].k not in _NOT_INDEFINITE_NOUN
                            and _IS_WORD.match(toks[j - 1].t))) \
                        and not any(toks[x].k == "से" for x in range(max(0, j - 3), j)) \
                        and not any(t.k in _QUESTION_WORDS for t in toks):
                    # `एक अंतरराष्ट्रीय दल ने 81 शोधों की जांच की। उनका कहना है कि …`: an unnamed (indefinite) subject; a
                    # pronoun in the next sentence is anonymous, not an older name (not a partitive `इनमें से एक X ने`,
                    # not one who asks: `एक पत्रकार ने युवराज से सवाल किया जिसके जवाब में उन्होंने कहा` is the one asked)
                    ev.append((a.s, u.sent_idx, _Spk(a.t, a.s, a.e, None, "anonymous")))
                    self.indefinite_subjects.add(a.s)
                elif bk == "ने" and (a.k in self.titles or a.k.endswith("मंत्री")) and a.k not in _HONORIFICS \
                        and not any(s <= a.s < e for s, e in named) \
                        and not (j >= 1 and toks[j - 1].k in ("का", "के", "की")) \
                        and not (j >= 2 and toks[j - 2].k in ("का", "के", "की") and toks[j - 1].k not in _COMPOUND_POST):
                    # `प्रधानमंत्री ने अभियान का आगाज किया। … उन्होंने कहा`: an office as subject is the person it
                    # introduced (when the story named one); not an office of another owner (`महाराष्ट्र के स्वास्थ्य
                    # मंत्री ने`)
                    sp = self.resolve_title(a)
                    if sp.entity_id:
                        ev.append((a.s, u.sent_idx, sp))
        return sorted(ev, key=lambda x: x[0])

    def untagged_subjects(self, first: dict[int, int], markers: set[str]) -> list[tuple[int, int, _Spk]]:
        """`इससे पहले भी ब्लैटर अपने बयानों को लेकर विवादों में घिरे रहे हैं।  … उन्होंने कहा था`: a person's name
        the story tags elsewhere (one entity), left untagged here, as the subject (before ने, `का कहना`) or the
        topic opening its sentence (no PER/ORG mention before it, a word other than a postposition after it)."""
        known: dict[tuple[str, ...], set[str]] = {}
        for m in self.ments:
            if m.label == "PER" and m.entity_id:  # (keys of the tokens the units use: `एम.के.` is एम . के .)
                known.setdefault(tuple(_key(x.group()) for x in _TOKEN.finditer(m.text)), set()).add(m.entity_id)
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for w, ids in known.items():
            if len(ids) == 1 and w and len(w[0]) >= 2:
                by_first.setdefault(w[0], []).append((w, next(iter(ids))))
        for names in by_first.values():
            names.sort(key=lambda x: -len(x[0]))  # the longest name first: `राम सिंह` before `राम` (stable otherwise)
        ev: list[tuple[int, int, _Spk]] = []
        if not by_first:
            return ev
        for u in self.units:
            toks = u.toks
            for j, t in enumerate(toks):
                for w, eid in by_first.get(t.k, ()):
                    n = len(w)
                    if j + n >= len(toks) or tuple(x.k for x in toks[j:j + n]) != w or self.mention_over(t.s):
                        continue
                    a, b = toks[j + n], toks[j + n + 1].k if j + n + 1 < len(toks) else ""
                    f = first.get(u.sent_idx)
                    if a.k in markers or (a.k in ("का", "के", "की") and b in ("कहना", "अनुसार", "मुताबिक", "हवाले")) \
                            or (a.k not in POSTPOSITIONS and _IS_WORD.match(a.t) and (f is None or f > t.s)):
                        e = toks[j + n - 1].e
                        ev.append((t.s, u.sent_idx, _Spk(self.T[t.s:e], t.s, e, eid, "named", "PER")))
                        break
        return ev

    def opens_apposition(self, u: _Unit, m: Mention, i: int) -> bool:
        """m opens its sentence and the comma at token i begins a description, not a list (`इग्नेशियो सान्चेज़
        रेकार्ते, … के मुख्य सचिव, …` but not `सुरेश कुमार, किशोर सैनी, …`)."""
        if self.T[u.s:m.start].strip(" \t\"'“‘") or i + 1 >= len(u.toks):
            return False
        return u.toks[i + 1].s not in self.per_starts

    def mention_over(self, pos: int) -> bool:
        """Some mention covers the character at pos (the mentions are sorted by start; none is longer than a
        few words, so the look back is short)."""
        i = bisect.bisect_right(self.ment_starts, pos) - 1
        while i >= 0 and pos - self.ments[i].start < 200:
            if self.ments[i].end > pos:
                return True
            i -= 1
        return False

    def left_out_surname(self, t: _Tok, m: Mention) -> bool:
        """t, glued right after the PER mention m, is one more word of the name the tagger cut short (`टोनी हॉल`
        tagged `टोनी`): a word of no lexicon list, no postposition, plural, group or office head, no other mention."""
        if not _IS_WORD.match(t.t) or t.t[0].isdigit() or len(t.k) < 2 or self.T[m.end:t.s].strip() \
                or t.k.endswith(("ों", "ओं")) or t.k in PUBLIC_BODY_HEADS or t.k in self.pron or t.k in _LIST_ENDS:
            return False
        lex = (self.npstop, self.anon, self.anaphor, self.source, self.data, self.titles, self.adverbs,
               self.nonname, _BOTH, _CONNECTIVE_NOUNS, POSTPOSITIONS)
        return not any(t.k in x for x in lex) and not self.mention_over(t.s)

    def quoted_spans(self) -> list[tuple[int, int]]:
        """(opener, closer) of every closed double quotation of the document (computed once, when first needed)."""
        if self._quoted is None:
            spans = []
            i = 0
            while i < len(self.T):
                if self.T[i] in "\"“" and self.is_opener(i):
                    _, close, closed, _ = self.quote(i)
                    if closed:
                        spans.append((i, close))
                        i = close + 1
                        continue
                i += 1
            self._quoted = spans
        return self._quoted

    def line_quote_close(self, i: int) -> int | None:
        """The closer of the double quotation opening at i, on its line or on one of the next max_quote_lines lines
        that go on with it (no other quotation mark before the closer; a report inside it allowed); else None."""
        _, close, closed, last = self.quote(i)
        u = last
        while not closed and u + 1 < len(self.units) and u + 1 - self.unit_at(i) < self.p.max_quote_lines:
            u += 1
            unit = self.units[u]
            if not unit.brk_before or not self.open_quote_line(u):
                break
            first = next((j for j in range(unit.s, unit.e) if self.T[j] in QUOTES), None)
            if first is not None:
                if self.T[first] in OPENERS[self.T[i]] and self.is_closer(first):
                    close, closed = first, True
                break
        return close if closed else None

    def quoted_pronoun_report(self, c: _C) -> bool:
        """A report whose cue and pronoun speaker stand on a later line of someone's quoted paragraph (`"हर कोई उसे …
        जानता था।` / `वे हमेशा कहते थे कि उसकी मुस्कान …"`): the quoted person's words; the narrator's antecedents do not
        reach it. Only a quotation that opens its line (a mark inside a line may be a stray closer typed as an opener:
        `… सज़ा देते थे, "तालिबान …। वो कहते हैं, "…`); the lines are walked back from the speaker's (at most
        max_quote_lines), each without a quotation mark but the opener of the first."""
        if c.spk.s is None or not self.has_double_quotes or self.pron.get(fold(c.spk.text or "")) is None:
            return False
        su = self.unit_at(c.spk.s)
        if any(self.T[j] in QUOTES for j in range(self.units[su].s, c.spk.s)):
            return False
        for uu in range(su - 1, max(-1, su - self.p.max_quote_lines), -1):
            unit = self.units[uu]
            if not self.units[uu + 1].brk_before:
                return False
            marks = [j for j in range(unit.s, unit.e) if self.T[j] in QUOTES]
            if not marks:
                continue
            if marks[0] != unit.s or self.T[unit.s] not in "\"“" or not self.is_opener(unit.s):
                return False
            close = self.line_quote_close(unit.s)
            return close is not None and c.cue_e <= close
        return False

    def in_other_quote(self, pos: int, tok_s: int) -> bool:
        """pos lies inside a closed quotation that does not hold tok_s: a subject someone quoted is no antecedent of
        the narrator's pronoun (`"… मेरे कोच ने मुझसे कहा …" … उन्होंने कहा था कि …` is not the coach)."""
        spans = self.quoted_spans()  # in text order, none inside another: only the last one opening before pos can hold it
        i = bisect.bisect_left(spans, (pos,)) - 1
        return i >= 0 and pos < spans[i][1] and not spans[i][0] < tok_s < spans[i][1]

    def inside_direct(self, pos: int) -> bool:
        return any(c.qtype == "direct" and c.cs <= pos < c.ce for c in self.claims)

    def interviewee(self, tok: _Tok) -> Mention | _Tok | None:
        """`संघ के सचिव एचएस भोर से जब बीबीसी ने बात की तो उन्होंने माना कि …`: after `X से … बात/पूछा … तो` a
        pronoun is the person spoken to (X), not the ergative subject of the conversation; an unnamed X (`कुछ लोगों
        से एनबीटी ने फोन पर बात की तो उनका कहना था`) is returned as its word (an anonymous speaker)."""
        u = self.units[self.unit_at(tok.s)]
        toks = [t for t in u.toks if t.e <= tok.s]
        if len(toks) < 4 or toks[-1].k != "तो":
            return None
        for i in range(len(toks) - 2, 0, -1):
            t = toks[i]
            if t.k == "कि" and any(x.k in _CONVERSE for x in toks[max(0, i - 3):i]):
                continue  # `गांगुली से जब ये पूछा गया कि … तो उन्होंने कहा`: the question's own कि
            if t.k == "कि" or t.t in _SENT_END:
                return None
            if t.k == "से" and any(x.k in _CONVERSE for x in toks[i + 1:i + 7]):
                m = self.by_end.get(toks[i - 1].e)
                if m is not None and m.label == "PER" and m.start >= u.s:
                    return m
                if m is None and toks[i - 1].k in self.anon:
                    return toks[i - 1]
        return None

    def _word_before(self, pos: int) -> tuple[int, int]:
        """(start, end) of the word before `pos`, over spaces and commas."""
        k = pos
        while k > 0 and self.T[k - 1] in " ,":
            k -= 1
        j = k
        while j > 0 and not self.T[j - 1].isspace():
            j -= 1
        return j, k

    def genders(self) -> dict[str, set[str]]:
        """The genders the document gives its persons (computed once, when a gendered pronoun first needs them): a verb
        agreeing with the name as nominative subject (`रुचि बताती हैं`, `वॉटसन मानते हैं`), a word before it that has
        a gender (`श्रीमती`, `महिला`, `पत्नी`, `श्री`, `पिता`: kinds feminine/masculine), a pronoun resolved to it."""
        if self._genders is None:
            g: dict[str, set[str]] = {}
            starts = {m.start for m in self.ments}
            for m in self.ments:
                if m.label != "PER":
                    continue
                u = self.units[self.unit_at(m.start)]
                i = self.tok_index(u, m.end)
                found = set()
                if i < len(u.toks) and u.toks[i].k not in POSTPOSITIONS:
                    # the verb that ends the clause of the name as its nominative subject, no other name between
                    # (`रुचि बताती हैं कि`, `वॉटसन मानते हैं`, `मधु जैन भी इसी तरह का एक किस्सा बताती हैं.`; not
                    # `… फ़िल्म दिल चाहता है को … मानती हैं`)
                    stop = next((k for k in range(i, min(len(u.toks), i + 10)) if u.toks[k].s in starts), i + 10)
                    for k in range(i, min(stop, len(u.toks))):
                        if u.toks[k].k in ("ने", "कि", "जो", "और") or u.toks[k].t in _SENT_END or u.toks[k].t in QUOTES:
                            break
                        if (v := _verb_gender(u.toks, k, 1)) is not None:
                            end = k + (1 if u.toks[k].k in _GENDERED_PERFECTIVE else 2)
                            after = u.toks[end] if end < len(u.toks) else None
                            if after is None or after.k == "कि" or after.t in _SENT_END or after.t in ",:-–" \
                                    or after.t in QUOTES:
                                found.add(v[0])
                            break
                j = self.tok_index(u, m.start)
                words = [_key(w) for w in m.text.split()[:1]] + ([u.toks[j - 1].k] if j > 0 else [])
                found |= {"F" for w in words if w in self.feminine} | {"M" for w in words if w in self.masculine}
                if found:
                    g.setdefault(m.entity_id or fold(m.text), set()).update(found)
            self._genders = g
        return self._genders

    def feminine_topic(self, u: _Unit) -> _Spk | None:
        """The unit opens (after a sentence adverb) with one word that is no word of the lexicon and no tagged name,
        not followed by a postposition, and its verb is an honorific feminine (`अब ऐमा जानती हैं कि …`): a woman's
        name the tagger missed (the entity of a person it is the given name or surname of, where there is one)."""
        words = [t for t in u.toks if _IS_WORD.match(t.t)]
        while words and words[0].k in _OPENING_ADVERBS:
            words.pop(0)
        if len(words) < 3 or not any(a.k.endswith(("ती", "तीं")) and b.k in ("हैं", "थीं") for a, b in zip(words, words[1:])):
            return None
        first, nxt = words[0], words[1]
        lex = (self.npstop, self.pron, self.anon, self.anaphor, self.source, self.data, self.titles, self.adverbs,
               self.nonname, self.media, self.feminine, self.masculine, _BOTH, _CONNECTIVE_NOUNS, POSTPOSITIONS)
        if len(first.k) < 2 or first.t[0].isdigit() or any(first.k in x for x in lex) or nxt.k in POSTPOSITIONS \
                or nxt.k == "ने" or any(m.start <= first.s < m.end for m in self.ments) \
                or self.T[first.e:nxt.s].strip():
            return None
        return self.known_name([first]) or _Spk(first.t, first.s, first.e, None, "named", "PER")

    def agrees(self, label: str | None, entity_id: str | None, text: str | None, gender: str | None) -> bool:
        """A candidate antecedent fits the gender of its pronoun's verb: `वो कहती हैं` is a woman (no organisation, no
        man the story gave a masculine verb or word), `वह कहता है` no woman."""
        if gender is None:
            return True
        if gender == "F+" and label in ("ORG", "LOC"):
            return False
        if label not in ("PER", None):
            return True
        seen = self.genders().get(entity_id or fold(text or ""), set())
        if not seen and text:
            w = _key(text.split()[0]) if text.split() else ""
            seen = {"F"} if w in self.feminine else {"M"} if w in self.masculine else set()
        return seen != {"M" if gender[0] == "F" else "F"}

    def resolve_pronoun(self, tok: _Tok, entry: PronounEntry, sent_idx: int) -> _Spk:
        # Order of precedence (first that applies returns): correlative_owner (ergative after `जिसमें`, round 41);
        # interviewee; conjunct subject; `STATEMENT` pronouns take the previous claim's speaker, else writer_before (round 41).
        # Otherwise `best` = the latest fitting subject/claim speaker of the window, the fits filtered by the verb's
        # gender or else by the gender of the pronoun's direct quote (quote_gender_fits, round 40), ORG giving way to
        # a PER subject for an honorific ergative; then overridden, each where its candidate is newer than `best`,
        # in this order (a later override wins), each heeding the verb's or else the quote's gender: genitive_topic
        # (round 28), chain_antecedent (round 36), titled_topic (round 36), titled_topic_next_line (round 38). Only
        # if still none: latest compatible mention, last person speaker, latest woman / feminine topic (feminine
        # verb), the story's main person, a generic body, unresolved.
        labels = set(entry.labels)
        base = dict(text=tok.t, s=tok.s, e=tok.e)
        if self.p.content_subject_pronoun and entry.role == "nom" and tok.k in ("वह", "वे", "वो") \
                and (rep := self.reporter_of_content(tok)) is not None:
            return rep  # (round 73) `ओमान ने कहा कि वह यह समझता है कि`: the reporter of the content it opens
        if entry.role == "erg" and (rel := self.correlative_owner(tok)) is not None:
            return rel
        if entry.role == "erg" and self.p.correlative_relative and (rel := self.correlative_relative(tok)) is not None:
            return rel  # (round 66) `जिस प्रवक्ता को … हटाया गया है, उसने बताया`: the relative clause's head
        if "PER" in labels and (m := self.interviewee(tok)) is not None:
            if isinstance(m, _Tok):
                return _Spk(**base, entity_id=None, type="anonymous")
            return _Spk(**base, entity_id=m.entity_id, type="pronoun", label=m.label)
        if "STATEMENT" not in labels and (co := self.conjunct_subject(tok, labels)) is not None:
            return co
        if "STATEMENT" in labels:
            prev = self.previous_claim(tok.s, sent_idx)
            if prev is not None:
                t = prev.spk.type if prev.spk.type in ("anonymous", "unresolved") else "pronoun"
                return _Spk(**base, entity_id=prev.spk.entity_id, type=t, label=prev.spk.label)
            if (writer := self.writer_before(tok, sent_idx)) is not None:
                return writer
        outer = self.outer_sources()  # (once per pronoun)
        # a claim counts from where its content ends: `X ने कहा कि … (four sentences) … उन्होंने कहा` is X
        cands = [(pos, si, sp, True) for pos, si, sp in self.events] + [
            (c.ce if c.ce < tok.s else c.spk.s, self.units[c.unit_end].sent_idx if c.ce < tok.s else c.sent_idx, c.spk,
             False)
            for c in self.claims if c.spk.s is not None and c.spk.s < tok.s and id(c) not in outer
        ]
        best = None
        fits = []
        # `"… डोनाल्ड ट्रम्प …," उन्होंने कहा`: a name inside the quote the pronoun attributes is no antecedent
        qb = self.quote_before(self.unit_at(tok.s), tok.s)
        quoted = (qb[2], qb[3]) if qb else (tok.s, tok.s)
        for pos, si, sp, event in cands:
            if pos >= tok.s or si < sent_idx - self.p.pronoun_window or self.inside_direct(pos) \
                    or quoted[0] <= (sp.s if sp.s is not None else pos) < quoted[1] \
                    or self.in_other_quote(sp.s if sp.s is not None else pos, tok.s):
                continue
            if sp.type == "unresolved" and self.p.body_antecedent and tok.k in _SINGULAR_PRON \
                    and self.unowned_generic_anaphor(sp):
                sp = replace(sp, type="anonymous")  # `सरकार ने … कहा। इसने कहा`: the unnamed body (round 64)
            if sp.type == "unresolved" or (event and pos in self.indefinite_subjects and si < sent_idx - 1):
                continue  # (an indefinite subject stands only for a pronoun of its own or the next sentence)
            if tok.k in _SINGULAR_PRON and sp.type == "anonymous" and sp.text and _key(sp.text).endswith(("ों", "ओं")):
                continue  # `उसके परिजनों ने … उसने कहा`: a singular pronoun takes no plural group (number agreement)
            # a subject of unknown label (anonymous, or a name the tagger missed) fits a personal pronoun
            if sp.label in labels or (sp.label is None and "PER" in labels):
                fits.append((pos, sp, event))
        # `ज्योति भी ख़ुश हैं कि … होनहारों ने …। वो कहती हैं …`: a subject inside a कि clause gives way to the
        # subject of the main clause before it
        fits = [(pos, sp) for pos, sp, event in fits if not event or not any(
            self.units[self.unit_at(pos)].s <= q < k for q, _, e in fits if e for k in self.ki_before(pos))]
        gender = None
        if entry.role == "nom":  # `वो कहती हैं`: the antecedent agrees with the verb's gender
            u0 = self.units[self.unit_at(tok.s)]
            gender = _verb_gender(u0.toks, self.tok_index(u0, tok.e))
            if gender is not None:
                fits = [(pos, sp) for pos, sp in fits if self.agrees(sp.label, sp.entity_id, sp.text, gender)]
            if gender in ("F", "F+"):  # a woman of the window the story gave a feminine verb or word is a candidate too
                g = self.genders()
                fits += [(m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)) for m in self.ments
                         if m.label == "PER" and m.start < tok.s and g.get(m.entity_id or fold(m.text)) == {"F"}
                         and self.units[self.unit_at(m.start)].sent_idx >= sent_idx - self.p.pronoun_window
                         and not self.inside_direct(m.start) and not quoted[0] <= m.start < quoted[1]
                         and not self.in_other_quote(m.start, tok.s)]
        qg = None  # the gender the pronoun's direct quote gives its speaker (round 40): the overrides below heed it
        if gender is None and "PER" in labels and entry.role in ("erg", "nom") and self.p.quote_gender:
            fits, qg = self.quote_gender_fits(tok, fits, sent_idx, qb)
        if fits:
            best = max(fits, key=lambda x: x[0])
            # `X मंत्रालय की संयुक्त सचिव Y ने कहा … गृह मंत्रालय ने … स्पष्ट किया है … उन्होंने कहा`: the honorific
            # ergative pronoun stands for a person; an organisation only where no person fits in the window
            if best[1].label == "ORG" and tok.k in _HONORIFIC_ERG:  # (a person that spoke or acted: no tagged place)
                best = max((f for f in fits if f[1].label == "PER" and self.is_subject(f[1])), key=lambda x: x[0],
                           default=best)
            if best[1].label == "ORG" and tok.k in _HONORIFIC_ERG and self.p.person_over_org_event \
                    and not any(c.spk.s == best[1].s for c in self.claims):
                best = self.last_person_speaker(tok, sent_idx, gender, outer, persons_only=True) or best  # (round 64)
        if best is not None and self.p.media_reporter_pronoun and tok.k in _HONORIFIC_ERG \
                and (src := self.quoted_person_of(best[1])) is not None:
            best = (best[0], src)  # (round 73) `X के हवाले से अखबार ने कहा, "…" उन्होंने कहा`: X, not the outlet
        if best is not None and self.p.headline_antecedent and best[1].s is not None \
                and best[1].s < (hl := self.headline_line_end()) <= tok.s \
                and (body := self.body_mention(tok, labels, sent_idx, gender, qg, quoted, hl)) is not None:
            best = body  # (round 66) the headline's speaker gives way to the body's latest fitting name
        if "PER" in labels and entry.role in ("erg", "nom") and (tok.k in _HONORIFIC_ERG or tok.k in ("वे", "वो")) \
                and (topic := self.genitive_topic(tok, gender or qg)) is not None \
                and (best is None or best[0] < self.units[self.unit_at(topic.start)].s):
            # `ट्रम्प के रैली भाषण में … देखा गया। उन्होंने कहा`: the person whose genitive opens the sentence before
            best = (topic.start, _Spk(topic.text, topic.start, topic.end, topic.entity_id, "named", topic.label))
        if "PER" in labels and entry.role in ("erg", "gen", "nom") \
                and (ch := self.chained_subject(tok)) is not None and (best is None or best[0] < ch.s) \
                and (sp := self.chain_antecedent(ch, gender or qg)) is not None:
            # `अगर दिनेश सिंह ओसवाल की बात की जाए तो वह … रह चुके हैं। वह कई बार मिस्टर इंडिया भी रह चुके हैं। उनका
            # कहना है`: the subject pronoun of the sentence before continues; its person, not a name after it
            best = (ch.s, sp)
        if "PER" in labels and entry.role in ("erg", "gen", "nom") and tok.k in _TOPIC_PRONOUNS \
                and (topic := self.titled_topic(tok, gender or qg)) is not None \
                and (best is None or best[0] < self.units[self.unit_at(topic.start)].s):
            # `वहीं, केंद्रीय मंत्री और कांग्रेस नेता कपिल सिब्बल सरकार के वकील की तरह खड़े थे। उन्होंने …`, `कैंब्रिज
            # विश्वविद्यालय के प्रोफ़ेसर डेविड … की राय भी … है। उनका कहना है`: the person the sentence before is about
            best = (topic.start, _Spk(topic.text, topic.start, topic.end, topic.entity_id, "named", topic.label))
        if "PER" in labels and entry.role in ("erg", "gen", "nom") and tok.k in _TOPIC_PRONOUNS \
                and (topic := self.titled_topic_next_line(tok, gender or qg)) is not None \
                and (best is None or best[0] < self.units[self.unit_at(topic.start)].s):
            # `… के प्रोफेसर निकोलाई पेत्रोव्स्की … बड़ी अड़चन मान रहे हैं।` | `उनका कहना है कि …` (round 38)
            best = (topic.start, _Spk(topic.text, topic.start, topic.end, topic.entity_id, "named", topic.label))
        person_quote = qg is not None and self.p.quote_person  # (round 50) the quote's first person is a person
        if best is None and self.p.unnamed_role_pronoun and tok.k in _HONORIFIC_ERG and self.unnamed_role_subject(tok):
            return _Spk(**base, entity_id=None, type="anonymous")  # `महाराष्ट्र के स्वास्थ्य मंत्री ने … । उन्होंने कहा` (round 53)
        if best is not None and self.p.unnamed_role_pronoun and self.p.unnamed_role_newer and tok.k in _HONORIFIC_ERG \
                and (role := self.unnamed_role_token(tok)) is not None and best[0] < role.s \
                and not self.role_titles_name(role):
            # `मिल के मालिक हसन फरीद का कहना है, "…" … चीनी प्रधानमंत्री ने … पेशकश भी की। उन्होंने कहा कि …`: the unnamed
            # role subject of the sentence right before is newer than the window's speaker (review of round 53)
            return _Spk(**base, entity_id=None, type="anonymous")
        if best is None:  # latest compatible PER/ORG mention
            for m in self.ments:
                if m.start >= tok.s:
                    break
                si = self.units[self.unit_at(m.start)].sent_idx
                if m.label in labels and m.label != "LOC" and si >= sent_idx - self.p.pronoun_window \
                        and not (person_quote and m.label != "PER") \
                        and not (m.label == "ORG" and self.channel(m)) \
                        and not self.inside_direct(m.start) and not quoted[0] <= m.start < quoted[1] \
                        and not self.in_other_quote(m.start, tok.s) and self.agrees(m.label, m.entity_id, m.text, gender):
                    best = (m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label))
            if best is not None and best[1].label == "ORG" and tok.k in _HONORIFIC_ERG:
                # `डॉ. X ने बताया कि … (figures) … 3 नमूने एएमयू अलीगढ़ भेजे गए हैं। … उन्होंने बताया`: an organisation
                # no one made a subject (none fits) gives way to the person of the last claim before it
                best = self.last_person_speaker(tok, sent_idx, gender, outer, persons_only=True) or best
        if best is None and "PER" in labels:
            # `Y ने कहा कि … (figures in Y's voice, no one else named) … उन्होंने कहा`: past the window, the person of
            # the last claim while no person or organisation is named after it
            best = self.last_person_speaker(tok, sent_idx, gender, outer)
        if best is None and gender in ("F", "F+"):
            # `ऋतु नंदा कहती हैं … (a man's story, five sentences) … वो कहती हैं`: past the window, the latest woman the
            # story named (a feminine verb or word, or a feminine pronoun resolved to her)
            for m in self.ments:
                if m.start >= tok.s:
                    break
                if m.label == "PER" and self.genders().get(m.entity_id or fold(m.text)) == {"F"} \
                        and self.units[self.unit_at(m.start)].sent_idx >= sent_idx - 3 * self.p.pronoun_window \
                        and not self.inside_direct(m.start) and not quoted[0] <= m.start < quoted[1] \
                        and not self.in_other_quote(m.start, tok.s):
                    best = (m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label))
            for c in self.claims:  # `कोनली कहती हैं कि …`: a name the tagger missed, speaking with a feminine verb
                sp = c.spk
                if sp.type == "named" and sp.entity_id is None and sp.s is not None and sp.s < tok.s \
                        and (best is None or sp.s > best[0]) and c.sent_idx >= sent_idx - 3 * self.p.pronoun_window:
                    u1 = self.units[self.unit_at(sp.s)]
                    if (_verb_gender(u1.toks, self.tok_index(u1, sp.e), 3) or "")[:1] == "F":
                        best = (sp.s, sp)
        if best is None and gender == "F+":
            # `कोनली अपने ट्विटर अकाउंट से … सेशन चलाती हैं। वे कहती हैं, "…"`: the untagged name opening an earlier
            # sentence of the window whose verb is a woman's (honorific feminine)
            for ui in range(self.unit_at(tok.s) - 1, -1, -1):
                if self.units[ui].sent_idx < sent_idx - self.p.pronoun_window:
                    break
                if (sp := self.feminine_topic(self.units[ui])) is not None:
                    best = (sp.s, sp)
                    break
        if best is None and "PER" in labels and not any(m.start < tok.s for m in self.ments
                                                        if m.label in (("PER",) if person_quote else ("PER", "ORG"))):
            # the story opens with a pronoun (its headline named the person): the person the story is about
            top = Counter(m.entity_id for m in self.ments if m.label == "PER" and m.entity_id).most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) \
                    and self.agrees("PER", top[0][0], None, gender):
                m = next(m for m in self.ments if m.entity_id == top[0][0])
                best = (m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label))
        if best is None and tok.k in _SINGULAR_PRON and self.generic_body_subject(tok):
            return _Spk(**base, entity_id=None, type="anonymous")  # `केंद्र सरकार … सतर्क हो गई है। उसने संकेत दिए`
        if best is None and self.p.plural_group_pronoun and tok.k in _PLURAL_PRON and self.unnamed_group_subject(tok):
            return _Spk(**base, entity_id=None, type="anonymous")  # `डॉक्टरों को … पड़ी है। उनका कहना है` (round 47)
        if best is None:
            return _Spk(**base, entity_id=None, type="unresolved")
        sp = best[1]
        if gender in ("F", "F+") and sp.label == "PER" and (sp.entity_id or sp.text):  # a woman from here on
            self.genders().setdefault(sp.entity_id or fold(sp.text), set()).add("F")
        t = "anonymous" if _speaker_type(sp) == "anonymous" else "pronoun"  # `मजदूरों का आरोप था … उन्होने`
        return _Spk(**base, entity_id=sp.entity_id, type=t, label=sp.label)

    def reporter_of_content(self, tok: _Tok) -> _Spk | None:
        """(round 73, content_subject_pronoun) `tok` (a nominative pronoun) opens, right after `कि`, the indirect
        content of a claim whose speaker is an ergative subject (`X ने`, resolved to an entity): that speaker, as the
        pronoun's antecedent (the pronoun's own text and span). None after an according-to or other non-ergative cue."""
        u = self.units[self.unit_at(tok.s)]
        i = self.tok_index(u, tok.s)
        if i < 1 or u.toks[i - 1].k != "कि":
            return None
        for c in self.claims:
            sp = c.spk
            if c.cs != tok.s or c.qtype != "indirect" or sp.s is None or sp.entity_id is None \
                    or sp.type not in ("named", "pronoun") or not c.primary:
                continue
            if not (_key(sp.text or "") in _ERGATIVE_PRON or self.T[sp.e:sp.e + 8].split()[:1] == ["ने"]):
                continue
            return _Spk(tok.t, tok.s, tok.e, sp.entity_id, "pronoun", sp.label)
        return None

    def quoted_person_of(self, sp: _Spk) -> _Spk | None:
        """(round 73, media_reporter_pronoun) The person a reporter quotes: `sp` speaks a report (no person: an
        organisation or an untagged word) whose content a `के हवाले से` layer of the same cue gives to a source that is
        a person (a tagged person, or a title or pronoun resolved to one); that source's speaker, else None."""
        if sp.s is None or sp.label == "PER" or sp.type == "anonymous":
            return None
        hawale = {h.s for h in self.hits if h.entry.role == "hawale"}
        for rep in self.claims:
            if not rep.primary or rep.spk.s != sp.s or rep.cue_s in hawale:
                continue
            for c in self.claims:
                if c.primary or c.cue_s not in hawale or (c.cs, c.ce) != (rep.cs, rep.ce) or c.spk.s is None \
                        or c.spk.s == sp.s:
                    continue
                if c.spk.label == "PER" and c.spk.entity_id is not None and c.spk.type != "anonymous":
                    return c.spk
        return None

    def correlative_relative(self, tok: _Tok) -> _Spk | None:
        """(round 66) `रॉयटर्स के मुताबिक, जिस प्रवक्ता को ट्रम्प के अभियान से हटाया गया है, उसने बताया, "…"`: an ergative
        pronoun right after a comma whose clause (its own unit, no other comma, quote or sentence end) opens with the
        relative `जिस` (singular) or `जिन` NOUN stands for NOUN, the correlative's head: the tagged person or
        organisation NOUN opens (its entity), else anonymous (an unnamed role). Numbers after the relative are stepped
        over (`जिन 40 मरीजों`); none where NOUN is a time or manner word (`जिस दिन`, `जिस तरह`) or a place, or a
        singular `उसने` follows a plural `जिन`."""
        u = self.units[self.unit_at(tok.s)]
        i = self.tok_index(u, tok.s)
        if i < 3 or u.toks[i - 1].t != ",":
            return None
        for k in range(i - 2, max(-1, i - 26), -1):
            t = u.toks[k]
            if t.t in _SENT_END or t.t in QUOTES or t.t == ",":
                return None
            if t.k not in ("जिस", "जिन"):
                continue
            if t.k == "जिन" and tok.k in _SINGULAR_PRON:
                return None
            h = k + 1
            while h < i - 1 and u.toks[h].k[:1].isdigit():
                h += 1
            head = u.toks[h]
            if h >= i - 2 or head.k in _TIME_WORDS or head.k in _TIME_BELIEVERS or head.k in _MANNER_HEADS:
                return None
            j = bisect.bisect_left(self.ment_starts, head.s)
            m = self.ments[j] if j < len(self.ments) and self.ment_starts[j] == head.s else None
            if m is not None and m.label == "LOC":
                return None
            self.relative_subjects.add(tok.s)
            if m is not None and m.label in ("PER", "ORG"):
                return _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", m.label)
            return _Spk(tok.t, tok.s, tok.e, None, "anonymous")
        return None

    def headline_line_end(self) -> int:
        """(round 66) The end of the story's headline: its first unit when that is a line of its own with no sentence
        end (`विश्लेषक ने रात का वह समय बताया, जब …`); -1 where the story opens with a sentence or paragraph."""
        if not self.units:
            return -1
        u = self.units[0]
        nl = self.T.find("\n", u.e)
        if self.T[:u.s].strip() or self.T[u.e:nl if nl >= 0 else len(self.T)].strip():
            return -1
        return u.e if u.toks and u.toks[-1].t not in ("।", ".", "॥", "|", "?", "!") else -1

    def body_mention(self, tok: _Tok, labels: set, sent_idx: int, gender: str | None, qg: str | None,
                     quoted: tuple[int, int], after: int) -> tuple[int, _Spk] | None:
        """(round 66) The latest tagged person or organisation of the pronoun's window after position `after` (the
        headline's end) that fits the pronoun as the latest compatible mention does (label, gender, no channel, not in
        a quote); None where the body names none."""
        for j in range(bisect.bisect_left(self.ment_starts, tok.s) - 1, -1, -1):  # the window, backwards
            m = self.ments[j]
            if m.start < after or self.units[self.unit_at(m.start)].sent_idx < sent_idx - self.p.pronoun_window:
                return None
            if m.label not in labels or m.label == "LOC" or (qg is not None and m.label != "PER"):
                continue
            if not (m.label == "ORG" and self.channel(m)) and not self.inside_direct(m.start) \
                    and not quoted[0] <= m.start < quoted[1] and not self.in_other_quote(m.start, tok.s) \
                    and self.agrees(m.label, m.entity_id, m.text, gender):
                return m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        return None

    def correlative_owner(self, tok: _Tok) -> _Spk | None:
        """(round 41) `जॉर्ज फर्नांडिस के उस बयान के बाद आया है जिसमें उन्होंने कहा था कि …`, `सोनिया गांधी के उस फैसले
        की तारीफ की, जिसमें उन्होंने … कहा है कि`: an ergative pronoun right after `जिसमें` that a correlative `उस`
        (`X के/की/का उस NOUN`, NOUN a statement or document: बयान, चेतावनी, अपील, फैसला, a source or directive row)
        opens is the owner X of that noun, not the sentence's subject: a tagged name (its entity, as `X ने कहा` and a
        later `उसने` take it), or an untagged generic body (`सरकार की उस अपील`, `पुलिस की उस चेतावनी`: anonymous).
        Read back over at most twelve words of the pronoun's own unit; the walk stops at another noun's `में`/`दौरान`
        (`X के उस दौरे के दौरान एक भाषण दिया जिसमें`) or at a comma with words between it and `जिसमें`. None where no
        such correlative stands."""
        u = self.units[self.unit_at(tok.s)]
        i = self.tok_index(u, tok.s)
        j = i - 1
        if j < 0 or u.toks[j].k not in ("जिसमें", "जिसमे"):
            return None
        for k in range(j - 1, max(1, j - 13), -1):
            t = u.toks[k]
            if t.t in _SENT_END or t.k in ("ने", "में", "मे", "दौरान") or (t.t == "," and k < j - 1):
                return None
            if t.k not in ("उस", "उसी") or u.toks[k - 1].k not in ("के", "की", "का"):
                continue
            noun = u.toks[k + 1].k
            if noun not in _STATEMENT_NOUNS and noun not in self.source and noun not in self.directive:
                return None  # (round-41 review) `ट्रंप के उस कार्यक्रम में`: an event, not a statement
            m = self.by_end.get(u.toks[k - 2].e) if k >= 2 else None
            if m is not None and m.label in ("PER", "ORG") and m.start >= u.s:
                return _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", m.label)
            if k >= 2 and (u.toks[k - 2].k in _GENERIC_BODY_HEADS or u.toks[k - 2].k in self.anon):
                return _Spk(tok.t, tok.s, tok.e, None, "anonymous")
            return None
        return None

    def pronoun_quote(self, tok: _Tok, qb: tuple[int, int, int, int] | None) -> str:
        """The direct quote a pronoun's cue attributes: the quote closing right before it (`"…," उसने कहा`), else one
        opening after it in its unit, within _QUOTE_AFTER_PRONOUN characters (`उसने कहा: "…"`), up to its closer or
        _QUOTE_GENDER_SPAN characters, a line break or the next opener (another's quote: round-40 review); "" where
        none."""
        if qb is not None:
            return self.T[qb[0]:qb[1]]
        u = self.units[self.unit_at(tok.s)]
        T = self.T
        for j in range(tok.e, min(u.e, tok.e + _QUOTE_AFTER_PRONOUN)):
            if T[j] in OPENERS and self.is_opener(j):
                closers = OPENERS[T[j]]
                k = next((x for x in range(j + 1, min(len(T), j + _QUOTE_GENDER_SPAN)) if T[x] in closers
                          or T[x] == "\n" or (T[x] in OPENERS and self.is_opener(x))), None)
                return T[j + 1:k if k is not None else min(len(T), j + _QUOTE_GENDER_SPAN)]
            if T[j] in _SENT_END:
                break
        return ""

    def quote_gender_fits(self, tok: _Tok, fits: list, sent_idx: int,
                          qb: tuple[int, int, int, int] | None) -> tuple[list, str | None]:
        """`रोसेनस्टीन बैठक के बारे में पूछे जाने पर उसने कहा: "… मैं देख सकती हूँ …"` (after `… सारा सैंडर्स … नज़र
        आईं`): a pronoun whose direct quote gives its speaker a gender by first-person verbs (`मैं … सकती हूँ`, `मैं …
        करता था`: _quote_speaker_gender) stands for a person of that gender in the window: one the document knows
        as such (its genders), a speaker of unknown gender who spoke before, or a person whose own clause has a verb
        of that gender (subject_gender) where the document gives them none; else the candidates that do not disagree;
        else all (round 40). The latest wins as before. Returns the fits and the quote's gender (None: fits as
        given)."""
        qg = _quote_speaker_gender(self.pronoun_quote(tok, qb), self.p.quote_person)
        if qg is None:
            return fits, None
        g = self.genders()
        spoke = {c.spk.s for c in self.claims if c.spk.type in ("named", "pronoun")}
        # a person known to be of that gender, or of unknown gender who has spoken in the window (`अनुप्रिया पटेल ने
        # कहा कि …`), not a mere subject of unknown gender (`रोसेनस्टीन बैठक के बारे में पूछे जाने पर`) ...
        same = [f for f in fits if f[1].label in ("PER", None) and (
            g.get(f[1].entity_id or fold(f[1].text or "")) == {qg} or (qg == "F" and self.agrees_topic(
                f[1].entity_id, f[1].text, "F")) or (f[1].s in spoke and self.agrees(f[1].label, f[1].entity_id,
                                                                                  f[1].text, qg)))]
        # ... or a person of the window whose own clause has a verb of that gender (`सारा सैंडर्स … नज़र आईं`)
        for j in range(bisect.bisect_left(self.ment_starts, tok.s) - 1, -1, -1):  # the window's persons, backwards
            m = self.ments[j]
            if self.units[self.unit_at(m.start)].sent_idx < sent_idx - self.p.pronoun_window:
                break
            known = g.get(m.entity_id or fold(m.text))  # (a gender the document knows is not overridden)
            if m.label == "PER" and (known == {qg} or (not known and self.subject_gender(m) == qg)) \
                    and not self.inside_direct(m.start) and not (qb and qb[2] <= m.start < qb[3]):
                same.append((m.start, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)))
        if self.p.quote_person:  # (round 50) `मैं … थक गई हूँ`: a person speaks, never an organisation
            return same or [f for f in fits if f[1].label in ("PER", None)
                            and self.agrees(f[1].label, f[1].entity_id, f[1].text, qg)], qg
        return same or [f for f in fits if self.agrees(f[1].label, f[1].entity_id, f[1].text, qg)] or fits, qg

    def mention_starts_at(self, pos: int) -> bool:
        """A mention starts at pos (by bisection)."""
        j = bisect.bisect_left(self.ment_starts, pos)
        return j < len(self.ment_starts) and self.ment_starts[j] == pos

    def subject_gender(self, m: Mention) -> str | None:
        """F or M where the person m is the nominative subject of a clause whose verb has that gender (`सारा सैंडर्स,
        फ़ॉक्स न्यूज़ पर रविवार को नज़र आईं`, `बोरिस येल्तसिन भारत आए`, `कहती थीं`): no postposition after the name,
        the word after it a comma, a time word or sentence adverb, another name or the verb (not a plain noun the
        name modifies: `बुश हाउस`), and within _SUBJECT_GENDER_SPAN words of it, before a `ने`, `कि`, quote or another person, a feminine
        honorific perfective in `-ईं`/`-ीं` (_feminine_perfective: no `नहीं`, `वहीं`, `दसवीं`, `उन्हीं`), a masculine
        perfective of motion or state (_MASC_PERFECTIVES; not `आए दिन`, not a passive `भेजे गए`), or `-ती/-ता` +
        auxiliary (_verb_gender); None otherwise, and at a `ने`, `कि`, `जो`, `जिस*`/`जिन*` (a relative clause), a
        quote, the sentence's end or the next person (round 40). Reads the name's own unit only."""
        u = self.units[self.unit_at(m.start)]
        i = self.tok_index(u, m.end)
        if i >= len(u.toks) or u.toks[i].k in POSTPOSITIONS:
            return None
        first = u.toks[i]
        if first.t != "," and first.k not in _TIME_WORDS and first.k not in _OPENING_ADVERBS \
                and not self.mention_starts_at(first.s) and _verb_gender(u.toks, i, 1) is None \
                and first.k not in _MASC_PERFECTIVES and not _feminine_perfective(first.k):
            return None  # (a name before a plain noun modifies it: `बुश हाउस दफ़्तर में आए`, `रोसेनस्टीन बैठक`)
        nxt, j = u.e, bisect.bisect_left(self.ment_starts, m.end)  # the next person of the unit (a bounded walk)
        while j < len(self.ments) and self.ments[j].start < u.e:
            if self.ments[j].label == "PER" and self.ments[j].start >= m.end:
                nxt = self.ments[j].start
                break
            j += 1
        for k in range(i, min(len(u.toks), i + _SUBJECT_GENDER_SPAN)):
            t = u.toks[k]
            if t.k in ("ने", "कि", "जो") or t.k.startswith(("जिस", "जिन")) or t.t in _SENT_END or t.t in QUOTES \
                    or t.s >= nxt:
                return None
            if _feminine_perfective(t.k):
                return "F"
            after = u.toks[k + 1].k if k + 1 < len(u.toks) else "।"
            if t.k in _MASC_PERFECTIVES and after != "दिन" and not (
                    k > i and len(u.toks[k - 1].k) > 2 and u.toks[k - 1].k.endswith(("े", "ए"))
                    and u.toks[k - 1].k not in _PASSIVE_BEFORE_GAYE_EXCEPT and _WORD.fullmatch(after)
                    and after not in ("हैं", "थे", "है", "था")):
                return "M"  # (`आए दिन`: every other day; `भेजे गए दल`: a passive participle before its noun)
            if (v := _verb_gender(u.toks, k, 1)) is not None:
                return v[0]
        return None

    def titled_topic(self, tok: _Tok, gender: str | None, allow_line_break: bool = False) -> Mention | None:
        """The pronoun opens its unit (after a sentence adverb) and the unit before it, in the same paragraph, is about
        one person: its only person, outside quotes, preceded by no more than a title phrase (sentence adverbs, `अगर`,
        `दूसरी ओर`, organisations and places, genitives, `और`, ending in a word that is no postposition: `कैंब्रिज
        विश्वविद्यालय के प्रोफ़ेसर X`, `केंद्रीय मंत्री और कांग्रेस नेता X`; no verb case, no कि, no जब, no pronoun, no
        quote) and followed by a word that is no
        postposition (the subject: `X सरकार के वकील की तरह खड़े थे`) or a genitive whose head is one of opinion or
        statement (`X की राय`, `X की बात की जाए तो`: _TOPIC_GENITIVE_HEADS), agreeing with the pronoun's verb
        (`agrees_topic`): that person (round 36). None otherwise. Looks at two units only. allow_line_break: the
        pronoun's unit may open a line (titled_topic_next_line)."""
        ui = self.unit_at(tok.s)
        if ui == 0 or (self.units[ui].brk_before and not allow_line_break) or _opening_word(self.units[ui].toks) is not tok:
            return None
        u1 = self.units[ui - 1]
        lo, hi = bisect.bisect_left(self.ment_starts, u1.s), bisect.bisect_left(self.ment_starts, u1.e)
        pers = [m for m in self.ments[lo:hi] if m.label == "PER"]
        if len(pers) != 1 or self.inside_direct(pers[0].start) or any(t.t in QUOTES for t in u1.toks):
            return None
        m = pers[0]
        k = self.tok_index(u1, m.start)
        pre = u1.toks[:k]
        if len(pre) > _MAX_TITLE_PREFIX or any(not _IS_WORD.match(t.t) and t.t != "," for t in pre):
            return None
        if pre:
            last = pre[-1].k
            if pre[-1].t == "," or last in POSTPOSITIONS or (last in _COMPOUND_POST and not (
                    last in _SIDE_WORDS and len(pre) >= 2 and pre[-2].k == "दूसरी")):
                return None  # (a name in a list or after a case: `X के साथ Y`; but `दूसरी ओर X की राय है`)
            for t in pre:
                if t.k in POSTPOSITIONS and t.k not in ("का", "के", "की", "और", "तथा", "व"):
                    return None  # (a verb's case: `X से मिलने गए Y`)
                if t.k in ("कि", "जब", "तो") or t.k in self.pron:
                    return None
        j = self.tok_index(u1, m.end)
        if j >= len(u1.toks) or not _IS_WORD.match(u1.toks[j].t):
            return None
        after = u1.toks[j].k
        if after in ("का", "के", "की"):
            # (review: only a head of opinion or statement; not `X की हत्या/मौत/तलाश/गिरफ्तारी`, `X के गांव के लोग`)
            if j + 1 >= len(u1.toks) or u1.toks[j + 1].k not in _TOPIC_GENITIVE_HEADS:
                return None
        elif after in POSTPOSITIONS or after in self.pron:
            return None
        return m if self.agrees_topic(m.entity_id, m.text, gender) else None

    def complaint_speakers(self) -> None:
        """`मृतक के पिता X की तहरीर पर मुकदमा दर्ज किया गया। तहरीर में बताया गया है कि …`: a complaint (`तहरीर`,
        `शिकायत`) left unresolved as a speaker is the complainant's (round 38): the owner of the nearest complaint noun
        before it, in this unit or the _COMPLAINT_BACK units before, written as a genitive (`X की तहरीर पर`) or as the
        subject that gave it (`X ने थाने में तहरीर दी`); a name, or an unnamed person (`पीड़िता`, `परिजनों`). Not the
        police that registered it (`पुलिस ने तहरीर के आधार पर मुकदमा दर्ज किया`: no owner)."""
        for c in self.claims:
            sp = c.spk
            if sp.type != "unresolved" or sp.s is None or fold(sp.text or "") not in _COMPLAINT_NOUNS:
                continue
            owner = self.complaint_owner(sp.s)
            if owner is not None:
                c.spk = _Spk(sp.text, sp.s, sp.e, owner.entity_id,
                             "anonymous" if owner.type == "anonymous" else "pronoun", owner.label)

    def complaint_owner(self, pos: int) -> _Spk | None:
        """The complainant of the nearest complaint noun before pos (complaint_speakers); None where it has none."""
        ui = self.unit_at(pos)
        for j in range(ui, max(-1, ui - _COMPLAINT_BACK - 1), -1):
            u = self.units[j]
            if j < ui and self.units[j + 1].brk_before:
                return None  # (review of round 38) no complaint across a line or story break
            toks = [t for t in u.toks if t.e <= pos]
            for i in range(len(toks) - 1, -1, -1):
                if toks[i].k not in _COMPLAINT_NOUNS:
                    continue
                own = None
                if i >= 1 and toks[i - 1].k in ("की", "के"):
                    # only `X की तहरीर/शिकायत पर|के आधार पर`: `ग्रामीणों ने प्रधान X की शिकायत डीएम से की` is about X
                    nxt = [t.k for t in toks[i + 1:i + 3]]
                    if nxt[:1] == ["पर"] or nxt == ["के", "आधार"]:
                        own = self.speaker_before(u, toks[i - 1].s, "gen")
                elif i + 1 < len(toks) and toks[i + 1].k in _COMPLAINT_GIVEN:
                    ne = next((t for t in toks[:i] if t.k == "ने"), None)
                    own = self.speaker_before(u, ne.s, "erg") if ne is not None else None
                if own is None or own.s is None or not (own.entity_id or own.type == "anonymous"):
                    return None
                return own
        return None

    def titled_topic_next_line(self, tok: _Tok, gender: str | None) -> Mention | None:
        """titled_topic across a single line break: the pronoun opens a line (no blank line before it) right after a
        line whose last unit is about one titled person (`ऑस्ट्रेलिया की फ्लिंडर्स विश्वविद्यालय के प्रोफेसर निकोलाई
        पेत्रोव्स्की … मान रहे हैं।` | `उनका कहना है कि …`; round 38). None otherwise."""
        ui = self.unit_at(tok.s)
        u = self.units[ui]
        if ui == 0 or not u.brk_before or self.T.count("\n", self.units[ui - 1].e, u.s) != 1:
            return None
        return self.titled_topic(tok, gender, allow_line_break=True)

    def agrees_topic(self, entity_id: str | None, text: str | None, gender: str | None) -> bool:
        """A person a round-36 rule would put over the antecedent found so far fits the pronoun's verb: `agrees`, and
        for a feminine verb a woman known as one (the document's genders, or a feminine first word), never a person of
        unknown gender (review of round 36: `प्रोफ़ेसर रमेश कुमार की राय अलग है। वह कहती हैं` is not रमेश कुमार)."""
        if gender in ("F", "F+"):
            w = _key(text.split()[0]) if text and text.split() else ""
            return self.genders().get(entity_id or fold(text or "")) == {"F"} or w in self.feminine
        return self.agrees("PER", entity_id, text, gender)

    def chained_subject(self, tok: _Tok) -> _Tok | None:
        """The pronoun opens its unit (after a sentence adverb) and the unit right before it, in the same paragraph,
        opens with a personal subject pronoun (`वह`, `वे`, `वो`, `उन्होंने`, `उसने`): that pronoun, the subject a chain
        of sentences about one person continues (round 36). None otherwise. Looks at two units only."""
        ui = self.unit_at(tok.s)
        if ui == 0 or self.units[ui].brk_before or _opening_word(self.units[ui].toks) is not tok:
            return None
        w = _opening_word(self.units[ui - 1].toks)
        if w is None or w.k not in _CHAIN_PRONOUNS or self.inside_direct(w.s):
            return None
        return w

    def chain_antecedent(self, ch: _Tok, gender: str | None) -> _Spk | None:
        """The person the chained subject pronoun ch stands for (resolved as a pronoun of its own, at most
        _MAX_CHAIN links back), when it is a named person agreeing with the later pronoun's verb (`agrees_topic`): the
        pronoun ch resolved, typed "pronoun"; else None."""
        if self._chain_depth >= _MAX_CHAIN or (entry := self.pron.get(ch.k)) is None:
            return None
        self._chain_depth += 1
        try:
            r = self.resolve_pronoun(ch, entry, self.units[self.unit_at(ch.s)].sent_idx)
        finally:
            self._chain_depth -= 1
        if r.type != "pronoun" or r.label != "PER" or not r.entity_id or not self.agrees_topic(r.entity_id, None, gender):
            return None
        return r  # (the chained pronoun itself, as resolved: its text, its offsets, its person)

    def opening_unit(self, tok: _Tok) -> int | None:
        """The index of tok's unit where tok is its first word (opening adverbs `अब`, `वहीं` skipped) and another unit
        comes before it, for the steps that read a pronoun opening its unit against the unit before; else None."""
        ui = self.unit_at(tok.s)
        words = [t for t in self.units[ui].toks if _IS_WORD.match(t.t)]
        while words and words[0].k in _OPENING_ADVERBS:
            words.pop(0)
        return ui if words and words[0].s == tok.s and ui > 0 else None

    def unnamed_role_subject(self, tok: _Tok) -> bool:
        return self.unnamed_role_token(tok) is not None

    def role_titles_name(self, role: _Tok) -> bool:
        """(review of round 53, `unnamed_role_newer`) The role word stood right before a tagged person earlier in the
        story (`प्रधानमंत्री नरेंद्र मोदी ने …` … `प्रधानमंत्री ने …`): the bare role is that person again, an anaphor."""
        for m in self.ments:
            if m.start >= role.s:
                break
            if m.label != "PER":
                continue
            k = m.start
            while k > 0 and self.T[k - 1].isspace():
                k -= 1
            w = _WORD_BEFORE.search(self.T, max(0, k - 40), k)
            if (w is not None and fold(w.group()) == role.k) or fold(m.text).split()[:1] == [role.k]:
                return True
        return False

    def unnamed_role_token(self, tok: _Tok) -> "_Tok | None":
        """(round 53, `unnamed_role_pronoun`) `महाराष्ट्र के स्वास्थ्य मंत्री ने IPL को … स्थगित करने का सुझाव दिया है।
        उन्होंने कहा कि …`: an honorific ergative pronoun opening its unit, that found no subject or speaker to stand for,
        after a unit whose ergative subject is an unnamed role (the word before its first `ने` a title or an anonymous
        role noun, no person tagged before that `ने`): that unnamed person, anonymous (dev2 README: a role noun without
        a name of its own), not the latest organisation the sentence names as an object (`IPL को`)."""
        ui = self.opening_unit(tok)
        if ui is None:
            return None
        prev = self.units[ui - 1]
        if prev.sent_idx != self.units[ui].sent_idx - 1:
            return None
        toks = prev.toks
        for i, t in enumerate(toks):
            if t.t in QUOTES or t.k == "कि":
                return None
            if t.k != "ने":
                continue
            if i == 0 or not _IS_WORD.match(toks[i - 1].t):
                return None
            a = toks[i - 1]
            if not (a.k in self.titles or a.k.endswith("मंत्री") or _key(a.k) in self.anon):
                return None
            lo, hi = bisect.bisect_left(self.ment_starts, prev.s), bisect.bisect_left(self.ment_starts, t.s)
            return None if any(m.label == "PER" for m in self.ments[lo:hi]) else a
        return None

    def generic_body_subject(self, tok: _Tok) -> bool:
        """A singular pronoun opening its unit that found no antecedent, after a unit whose subject (its first noun
        phrase, in the nominative: no postposition after it) is an unowned generic body (`इधर, … के बाद केंद्र सरकार
        बेहद सतर्क हो गई है। उसने संकेत दिए हैं कि …`): that unnamed body, anonymous (dev2 README: `केंद्र सरकार`
        is no entity; unnamed bodies are anonymous). Looks at two units only."""
        ui = self.opening_unit(tok)
        if ui is None:
            return False
        toks = self.units[ui - 1].toks
        for i, t in enumerate(toks):
            if t.t in QUOTES or t.k in ("ने", "कि"):  # (a quote, or past another subject or a clause)
                return False
            nxt = _key(toks[i + 1].k) if i + 1 < len(toks) else ""
            if _key(t.k) not in _GENERIC_BODY_HEADS:
                if _IS_WORD.match(t.t) and t.k not in _CASE_AFTER and t.k not in _BODY_LEAD \
                        and t.k not in _OPENING_ADVERBS and _key(t.k) not in _GENERIC_QUALIFIERS \
                        and nxt not in _CASE_AFTER and nxt not in _BODY_LEAD:
                    return False  # the first noun phrase (no postposition after it) is another subject
                continue
            if nxt in _CASE_AFTER or nxt in _GENERIC_BODY_HEADS or not _IS_WORD.match(toks[i + 1].t if nxt else "-"):
                continue  # `केंद्र सरकार के …`, `सरकार से`: not the subject; `केंद्र सरकार`: the head comes next
            j = i
            while j > 0 and _key(toks[j - 1].k) in _GENERIC_QUALIFIERS:
                j -= 1
            return not self.owned_at(toks[j].s) and not self.generic_mentioned(toks[j].s, t.e)
        return False

    def unnamed_group_subject(self, tok: _Tok) -> bool:
        """(round 47) A plural pronoun opening its unit that found no antecedent, after a unit with one unnamed group in
        the plural oblique (an `anonymous` row ending in ों/ओं: `डॉक्टरों`, `वैज्ञानिकों`) marked as a subject or
        experiencer by ने, को or a genitive (`… के बाद डॉक्टरों को एक बार फिर … अपील करनी पड़ी है। उनका कहना है कि …`),
        and no tagged person or organisation: that group, anonymous. Looks at two units only."""
        ui = self.opening_unit(tok)
        if ui is None:
            return False
        prev = self.units[ui - 1]
        for j in range(bisect.bisect_left(self.ment_starts, prev.s), len(self.ments)):
            if self.ments[j].start >= prev.e:
                break
            if self.ments[j].label in ("PER", "ORG"):
                return False
        toks = prev.toks
        groups = [i for i, t in enumerate(toks[:-1]) if t.k in self.anon and t.k.endswith(("ों", "ओं"))]
        return len(groups) == 1 and toks[groups[0] + 1].k in _GROUP_CASES

    def generic_mentioned(self, s: int, e: int) -> bool:
        """A tagged mention inside [s, e) (`दिल्ली सरकार` is a name, not a generic body)."""
        j = bisect.bisect_left(self.ment_starts, s)
        return j < len(self.ments) and self.ments[j].start < e

    def genitive_topic(self, tok: _Tok, gender: str | None) -> Mention | None:
        """The pronoun opens its unit (after a sentence adverb) and the unit before it opens with a person in the
        genitive (`ट्रम्प के रैली भाषण में उनका … दृष्टिकोण देखा गया।`; not a compound postposition: `X के साथ`), the
        only person it names, outside quotes, agreeing with the pronoun's verb: that person, the topic a following
        `उन्होंने कहा` continues (round 28). None otherwise. Looks at two units only."""
        ui = self.opening_unit(tok)
        if ui is None:
            return None
        u0 = self.units[ui]
        u1 = self.units[ui - 1]
        w1 = [t for t in u1.toks if _IS_WORD.match(t.t)]
        while w1 and w1[0].k in _OPENING_ADVERBS:
            w1.pop(0)
        if not w1 or u1.toks[0].t in QUOTES:
            return None
        lo, hi = bisect.bisect_left(self.ment_starts, u1.s), bisect.bisect_left(self.ment_starts, u1.e)
        pers = [m for m in self.ments[lo:hi] if m.label == "PER"]
        if len(pers) != 1 or pers[0].start != w1[0].s or self.inside_direct(pers[0].start):
            return None
        m = pers[0]
        k = self.tok_index(u1, m.end)
        if k + 1 >= len(u1.toks) or u1.toks[k].k not in ("के", "की", "का") or u1.toks[k + 1].k in _COMPOUND_POST \
                or u1.toks[k + 1].k in ("अनुसार", "मुताबिक", "हवाले") or self.person_head(u1.toks, k + 1):
            return None
        return m if self.agrees(m.label, m.entity_id, m.text, gender) else None

    def person_head(self, toks: list[_Tok], i: int) -> bool:
        """The genitive's head at i is a person or group of its own (round-28 review: a title, role or anonymous head,
        `ट्रम्प के वकील`, `मोदी के मंत्री`, `उनके समर्थकों`), or the subject of its sentence (`X के Y ने`): the pronoun
        after may stand for them, never for the owner."""
        k = toks[i].k
        return k in self.anon or k in self.titles or k in self.roles or k in self.qualroles \
            or (k.endswith("मंत्री") and len(k) > 6) or (i + 1 < len(toks) and toks[i + 1].k == "ने")

    def last_person_speaker(self, tok: _Tok, sent_idx: int, gender: str | None, outer: set[int],
                            persons_only: bool = False) -> tuple[int, _Spk] | None:
        """The named person of the last claim before `tok` (not an outer source), within twice the pronoun window,
        while no person (with `persons_only`, else no person or organisation) is named between it and `tok`."""
        last = max((c for c in self.claims if c.spk.s is not None and c.spk.s < tok.s and id(c) not in outer),
                   key=lambda c: c.spk.s, default=None)  # (the first of equals, as a stable sort would give)
        named = ("PER",) if persons_only else ("PER", "ORG")
        if last is not None and last.spk.label == "PER" and last.spk.entity_id \
                and self.units[last.unit_end].sent_idx >= sent_idx - 2 * self.p.pronoun_window \
                and not any(m.label in named for m in self.ments[
                    bisect.bisect_left(self.ment_starts, max(last.spk.e, last.ce)):
                    bisect.bisect_left(self.ment_starts, tok.s)]) \
                and not self.inside_direct(last.spk.s) \
                and self.agrees(last.spk.label, last.spk.entity_id, last.spk.text, gender):
            return (last.spk.s, last.spk)
        return None

    def outer_sources(self) -> set[int]:
        """`अख़बार 'द न्यूज' के अनुसार मुशर्रफ ने कहा कि C`: the sources reporting another speaker's claim of the same
        content are no antecedent of a later pronoun (the speaker nearer the content is): the ids of those claims, for
        the claims as they stand, grouped by content end (one pass, not a scan of all claims for each claim)."""
        by_ce: dict[int, list[_C]] = defaultdict(list)
        for o in self.claims:
            if o.spk.s is not None:
                by_ce[o.ce].append(o)
        outer = set()
        for c in self.claims:
            same = by_ce.get(c.ce, ())
            if (c.spk.s is not None and any(o is not c and o.cs == c.cs and c.spk.s < o.spk.s < o.cs for o in same)) \
                    or self.layered_source(c, same):
                outer.add(id(c))
        return outer

    def layered_source(self, c: _C, same: Sequence[_C]) -> bool:
        """`डॉन अखबार ने खबर दी है कि खान ने सोमवार को कहा कि C`: a source whose content holds another speaker's
        report of the same end (the inner speaker inside the outer content) is an outer source too: a later `उन्होंने
        कहा` is the inner speaker, the one nearer the content (dev2 README: layered attributions). Only a source that
        is no person (an organisation, or a source or data noun: a paper, a report, `सूत्रों`): `उनका कहना था कि अन्ना
        ने कहा है कि …। वो कहती हैं` stays hers, and so do anonymous people and the police (`पुलिस ने बताया कि राजू ने
        कहा कि …। उन्होंने कहा कि …`)."""
        if c.spk.label != "ORG" and not any(_key(w) in _LAYER_SOURCE_NOUNS or _key(w) in self.source
                                            or _key(w) in self.data or _key(w) in self.media
                                            for w in _WORD.findall(c.spk.text or "")):
            return False
        return any(o is not c and c.cs <= o.spk.s < o.cs for o in same)  # (same: the claims of its content end)

    def ki_before(self, pos: int) -> list[int]:
        """Starts of the कि tokens before pos in its unit."""
        u = self.units[self.unit_at(pos)]
        return [t.s for t in u.toks if t.s < pos and t.k == "कि"]

    def previous_claim(self, pos: int, sent_idx: int) -> _C | None:
        prev = [c for c in self.claims if c.anchor < pos and c.sent_idx >= sent_idx - self.p.statement_window]
        return max(prev, key=lambda c: c.anchor) if prev else None

    # --- speakers ----------------------------------------------------------------------------------

    def speaker_before(self, u: _Unit, pos: int, ctx: str) -> _Spk | None:
        """The speaker whose phrase ends right before a case marker at `pos` (ने, के, का, द्वारा)."""
        T = self.T
        k = pos
        while k > u.s and (T[k - 1].isspace() or T[k - 1] in QUOTES):
            k -= 1
        if k > u.s and T[k - 1] == ")":  # `एजेंसी … (बीपीपीटी) ने`: prefer the name before '('
            o = T.rfind("(", u.s, k)
            if o >= 0:
                j = o
                while j > u.s and T[j - 1].isspace():
                    j -= 1
                m = self.by_end.get(j) or self.by_end.get(k - 1)
                if m is not None:
                    return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                if j > u.s and _IS_WORD.match(T[j - 1]):
                    k = j  # `ड्रुमांड (बदला हुआ नाम) ने`: the words before the parenthesis
        comma = k
        while comma > u.s and T[comma - 1] in " ,":
            comma -= 1
        if comma < k and "," in T[comma:k] and comma > u.s and _IS_WORD.match(T[comma - 1]):
            k = comma  # `जूडी पियरसल, ऑक्सफोर्ड डिक्शनरी के संपादकीय प्रमुख, का कहना है`: the apposition's own comma
            if self.by_end.get(k) is None and (m := self.apposition_head(u, k)) is not None:
                return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
            if self.by_end.get(k) is None and (r := self.relative_start(u, k)) is not None:
                k = r  # `ओरोल जुनक्वेर्स, जो … एक हैं, ने`: the words before the relative clause (a name not tagged)
        m = self.by_end.get(k)
        if m is not None and m.start >= u.s and m.label == "ORG" and (p := self.described_person(u, m)) is not None:
            return p
        if m is not None and m.start >= u.s:
            radio = self.media_before(u, m)
            if radio is not None:
                return radio
            if fold(m.text) in self.anaphor and self.anaphor[fold(m.text)] != "statement":
                # a generic noun the tagger took for a name (`न्यायालय`, `विभाग`): an anaphor (gold: no entity)
                return self.resolve_anaphor(_Tok(m.start, m.end, m.text, fold(m.text)), self.anaphor[fold(m.text)], u)
            return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        toks = [t for t in u.toks if t.e <= k]
        if not toks:
            return None
        last = toks[-1]
        if ctx == "erg" and self.p.double_ergative and (twice := self.double_ergative(u, toks)) is not None:
            return twice
        pe = self.pron.get(last.k)
        if pe is not None and pe.role in ("gen", "erg") and ctx in ("gen",):
            return self.resolve_pronoun(last, pe, u.sent_idx)
        for multi in self.anon_multi:
            if len(toks) >= len(multi) and tuple(t.k for t in toks[-len(multi):]) == multi:
                a = toks[-len(multi)]
                return _Spk(T[a.s:last.e], a.s, last.e, None, "anonymous")
        if last.k in _NAME_RELATIVES and len(toks) >= 2 and (m := self.by_end.get(toks[-2].e)) is not None \
                and m.label == "PER" and m.start >= u.s:
            return _Spk(T[m.start:last.e], m.start, last.e, m.entity_id, "named", m.label)  # `हार्दिक भाई ने`
        if last.k in self.anon:
            a = self.office_words_before(toks) if self.p.qualified_role_span else last
            return self.named_role(u, last) or _Spk(T[a.s:last.e], a.s, last.e, None, "anonymous")
        # fallback noun phrase
        np: list[_Tok] = []
        for t in reversed(toks):
            if not _IS_WORD.match(t.t) or t.k in self.npstop or t.k in self.titles or t.k in self.pron \
                    or t.t[0].isdigit() or len(np) >= self.p.max_speaker_tokens or t.k in _CONNECTIVE_NOUNS:
                break  # (`इस बीच आयोग ने`, `इसके अलावा जफर ने`: the connective is no part of the name)
            if self.p.participle_speaker and ctx == "erg" and len(np) >= 2 and t.k in _RELATIVE_PARTICIPLES:
                np = self.after_participle(np)  # `… बनाने वाली कंपनी सोलैरिस पेपर ने`: the name after the participle
                break
            np.insert(0, t)
        if not np:
            if last.k in self.titles:
                return self.title_phrase(toks, self.resolve_title(last))
            return None
        head = np[-1]
        lead = [t for t in toks if t.e <= np[0].s]
        if ctx == "prep" and self.p.quoted_media_name and len(np) == 1 \
                and (head.k in _NEWS_NOUNS or head.k in self.containers or head.k in self.media) \
                and (quoted := self.quoted_outlet(u, head.s)) is not None:
            return quoted  # `'ईएफई' समाचार के मुताबिक` (round 75)
        if ctx == "prep" and len(np) >= 2 and head.k not in _COLLECTIVE_NOUNS and head.k not in _PANEL_NOUNS \
                and (cut := self.cut_name(_Spk(T[np[0].s:head.e], np[0].s, head.e, None,
                                                                          "named"))) is not None:
            return cut  # `भूपाल सिंह मनराल के मुताबिक` with `भूपाल सिंह` tagged: the person the tagger cut short (as after ने)
        if len(np) == 1 and head.k in _OFFICES and (office := self.office_owner(u, toks, len(toks) - 1)) is not None:
            return office
        if (len(np) == 1 or np[-2].k in self.anon) and head.k in _OFFICES and (owner := self.office_title(toks)) is not None:
            # `कमीशनर के कार्यालय के अनुसार`, `राष्ट्रपति कार्यालय ने कहा`, `राष्ट्रपति के कार्यालय ने कहा`: an office is
            # a role noun without a name of its own (dev2 README: anonymous), its span over the title's qualifiers; only
            # with claims.role_anaphora on the holder the story introduced with the title (resolve_title; a role noun,
            # `मुख्य चिकित्सा अधिकारी कार्यालय`, by named_role), both spellings alike
            if owner.k in self.anon:
                sp = self.named_role(u, owner)
            else:
                sp = self.resolve_title(owner) if self.p.role_anaphora else None
            if sp is not None and sp.entity_id:
                return sp
            a = self.title_qualifiers(toks, owner)
            return _Spk(T[a.s:head.e], a.s, head.e, None, "anonymous")
        if ctx == "prep" and len(np) >= 2 and head.k in _INSTITUTION_HEADS and self.anaphor.get(head.k) != "org" \
                and (m := self.by_end.get(np[-2].e)) is not None and m.label == "PER" and m.start >= np[0].s:
            # `राम मनोहर लोहिया अस्पताल के मुताबिक` with the person tagged: the institution, not the person
            return _Spk(T[m.start:head.e], m.start, head.e, None, "named", "ORG")
        if head.k in self.source and len(np) == 1 and self.anaphor.get(head.k) == "statement":
            owner = self.source_owner(u, head.s)  # `अफगान मीडिया की रिपोर्ट के मुताबिक`: its written owner, not
            if owner is not None and owner.label != "LOC":  # the statement before (`ब्रिटेन की एक रिपोर्ट`: a place
                return owner  # is no issuer)
        if head.k in self.anaphor and self.anaphor[head.k] == "org" and lead and lead[-1].k in _INDEFINITE \
                and (len(np) == 1 or not self.mention_over(np[0].s)):
            # `परिवार से जुड़ी एक संस्था का कहना है`, `एक दूरसंचार सेवाप्रदाता कंपनी ने कहा` (round 28: with the
            # adjectives, no name, between): an unnamed organisation
            return _Spk(head.t, head.s, head.e, None, "anonymous")
        if head.k in self.anaphor and self.anaphor[head.k] == "org" and len(np) >= 2 \
                and (kn := self.known_name(np[:-1])) is not None and kn.e == np[-2].e:
            # `आउटब्रेन कंपनी के मुताबिक` with आउटब्रेन tagged elsewhere in the story only: that company
            return _Spk(T[kn.s:head.e], kn.s, head.e, kn.entity_id, "named", kn.label)
        if head.k in self.anaphor and (len(np) == 1 or self.anaphor[head.k] == "org") \
                and (self.anaphor[head.k] != "outlet" or self.bare_outlet(head)):  # `जापानी कार निर्माता`
            return self.resolve_anaphor(head, self.anaphor[head.k], u)
        if len(np) == 1 and (head.k in self.titles or head.k.endswith("मंत्री")):
            return self.title_phrase(toks, self.resolve_title(head))
        if head.k in self.directive and ctx == "prep" and not self.opens_clause(u, head, pos):
            return None  # `… को केंद्र के दिशा-निर्देशों के अनुसार साफ किया जाए`: in accordance with, no report
        if head.k in self.source or head.k in self.data or head.k in self.owned or head.k in self.directive:
            owner = self.source_owner(u, head.s) or self.source_owner(u, np[0].s)  # `X द्वारा जारी`, `X की प्रेस विज्ञप्ति`
            if owner is not None and owner.label == "LOC" and owner.e is not None and head.k in _NEWS_NOUNS \
                    and T[owner.e:head.s].split()[:1] == ["से"]:
                # `रोम से मिली खबर के अनुसार`: news from a place; `रॉयटर्स की रोम से मिली खबर`: the owner's news
                k = owner.s
                while k > u.s and T[k - 1].isspace():
                    k -= 1
                w = _WORD_BEFORE.search(T, max(u.s, k - 12), k)
                if w is not None and _key(w.group()) in ("की", "का", "के"):
                    k = w.start()
                    while k > u.s and T[k - 1].isspace():
                        k -= 1
                    m = self.by_end.get(k)
                    if m is not None and m.label in ("PER", "ORG") and m.start >= u.s:
                        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                return _Spk(head.t, head.s, head.e, None, "anonymous")
            if owner is not None:
                return owner
            if head.k in _NEWS_PLURAL:
                return _Spk(head.t, head.s, head.e, None, "anonymous")  # `ख़बरों के मुताबिक़`: unnamed media
            if head.k in self.owned:
                return None  # `मिली जानकारी के अनुसार`: nobody is named
            if head.k in self.directive or head.k in _ISSUED_DOCS:
                issuer = self.document_issuer(head, u.sent_idx)
                if issuer is not None:
                    return issuer
            if head.k in self.data:
                return self.data_issuer(head)
            if (head.k.endswith(("ों", "्स")) and head.k not in _DOCUMENTS) or head.k in _REPORTS_PLURAL or (head.k.startswith("रिपोर्ट") and any(
                    t.k in self.anon or t.k in _MEDIA_PREFIX_ONLY for t in np[:-1])):
                # `(मीडिया) रिपोर्टों / रिपोर्ट्स के मुताबिक`, `मीडिया रिपोर्ट के मुताबिक`, `पुलिस रिपोर्ट में`: unnamed
                # media or an unnamed body (gold: anonymous)
                return _Spk(head.t, head.s, head.e, None, "anonymous")
            return _Spk(head.t, head.s, head.e, None, "unresolved")
        known = self.known_name(np)
        if known is not None:
            return known
        if head.k in self.media and head.k not in _MEDIA_PREFIX_ONLY and len(np) >= 2 \
                and not (toks[0].s < np[0].s and self.owned_np(toks, np)):
            # `न्यूयॉर्क पोस्ट के अनुसार`, `हिंदुस्तान टाइम्स ने लिखा`: a paper or broadcaster the tagger missed
            return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "named")
        if ctx == "prep" and not self.p.prep_fallback_np:
            if self.anaphor.get(head.k) == "head" and len(np) >= 2 and self.clause_initial(u, np[0]):
                # `न्यूयॉर्क के आपदा प्रबंधन विभाग के अनुसार …`: a department, ministry or agency named by its
                # qualifiers and head noun, which the tagger missed (an unlinked named source, as for media)
                if any(t.k in self.media for t in np[:-1]) or (self.generic_words([t.t for t in np]) and not (
                        lead and lead[-1].k in ("के", "की", "का"))):  # (`चंडीगढ़ के स्वास्थ्य विभाग` is owned: named)
                    # `न्यूज एजेंसी के मुताबिक`: an unnamed agency; `राज्य सरकार की माने तो`, `जिला स्वास्थ्य विभाग के
                    # अनुसार`: a generic public body (dev2 README: anonymous, as after ने)
                    return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "anonymous")
                return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "named", "ORG")
            if len(np) <= 2 and self.clause_initial(u, np[0]) and not any(
                    t.k in self.source or t.k in self.data or t.k in self.owned or t.k in self.directive
                    or t.k in self.nonname or t.k in POSTPOSITIONS for t in np) and self.recurring_subject(np):
                # `रुचि के अनुसार, "…"`: a name the tagger missed that speaks in two or more of the story's sentences
                return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "named")
            if head.k.endswith(("ों", "ओं")) and len(np) <= 3 and head.k not in _ACCORDANCE \
                    and self.clause_initial(u, np[0]):
                # `कार निर्माताओं के अनुसार, …`, `अर्थशास्त्रियों के मुताबिक …`: an unnamed group (gold: anonymous)
                return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "anonymous")
            return self.titled_name(toks, np)
        lead = [t for t in toks if t.e <= np[0].s]
        if lead and lead[-1].k in _INDEFINITE:  # `एक कॉमेडियन ने कहा`, `एक पश्चिमी राजनयिक ने बताया`: unnamed (gold: anonymous)
            return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "anonymous")
        if (ap := self.described_by_apposition(u, toks, np)) is not None:
            return ap
        if (la := self.lead_anaphor(u, np)) is not None:
            return la
        return _Spk(T[np[0].s:head.e], np[0].s, head.e, None, "named")

    def after_participle(self, np: list[_Tok]) -> list[_Tok]:
        """(round 69, claims.participle_speaker) The words of a speaker phrase after a relative participle, less an
        organisation kind noun right after it when a name follows (`वाली कंपनी सोलैरिस पेपर` -> `सोलैरिस पेपर`)."""
        if len(np) >= 2 and self.anaphor.get(np[0].k) == "org":
            return np[1:]
        return np

    def double_ergative(self, u: _Unit, toks: list[_Tok]) -> _Spk | None:
        """(round 69, claims.double_ergative) `ट्रेसी उलमान ने भीड़ ने कहा`: toks end in one untagged common word (no
        pronoun, title, anonymous noun or anaphor) right after a tagged person's or organisation's `ने`: that
        subject (the second ने a mistyped `से`/`को`), else None."""
        if len(toks) < 3 or toks[-2].k != "ने" or not _IS_WORD.match(toks[-1].t) or self.mention_over(toks[-1].s):
            return None
        last = toks[-1]
        if last.k in self.pron or last.k in self.titles or last.k in self.anon or last.k in self.anaphor:
            return None
        m = self.by_end.get(toks[-3].e)
        if m is None or m.label not in ("PER", "ORG") or m.start < u.s:
            return None
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def lead_anaphor(self, u: _Unit, np: list[_Tok]) -> _Spk | None:
        """(round 41) `इससे पहले मंत्रालय ने … जानकारी दी थी`: a noun phrase that is only time words or adverbs before
        one head or organisation anaphor (`मंत्रालय`, `कंपनी`) is that anaphor, resolved as a bare one to an
        organisation the story named (not a name the tagger missed); None otherwise."""
        i = 0
        while i < len(np) - 1 and (np[i].k in _TIME_WORDS or np[i].k in self.adverbs or np[i].k in _BODY_LEAD):
            i += 1
        if i == 0 or i != len(np) - 1 or self.anaphor.get(np[-1].k) not in ("head", "org"):
            return None
        sp = self.resolve_anaphor(np[-1], self.anaphor[np[-1].k], u)
        return sp if sp.entity_id else None  # (an unnamed body keeps its words: `इससे पहले आज सरकार`, anonymous)

    def office_title(self, toks: list[_Tok]) -> _Tok | None:
        """toks end in an office noun owned by a title or a minister (`कमीशनर के कार्यालय`, `मुख्यमंत्री कार्यालय`):
        that title word; None for any other owner."""
        j = len(toks) - 2
        if j >= 1 and toks[j].k in ("के", "की", "का"):
            j -= 1
        if j >= 0 and (toks[j].k in self.titles or toks[j].k in self.anon or (toks[j].k.endswith("मंत्री") and len(toks[j].k) > 6)) \
                and toks[j].k not in _HONORIFICS and toks[j].k not in self.pron:
            return toks[j]
        return None

    def office_words_before(self, toks: list[_Tok]) -> _Tok:
        """(round 70) The first of the words right before the role noun toks[-1], a space apart, that name its office:
        at most two office words (_GENERIC_QUALIFIERS and _DEPARTMENT_FIELDS less the conjunctions: `पुलिस अधिकारी`,
        `जिला स्वास्थ्य अधिकारी`), then one rank word (_RANK_WORDS: `वरिष्ठ पुलिस अधिकारी`, `मुख्य चिकित्सा अधिकारी`)
        or a negating `गैर` (`गैर सरकारी लोगों`: not the government's); else toks[-1]."""
        a, n = toks[-1], 0
        for t in reversed(toks[max(0, len(toks) - 4):-1]):
            k = _key(t.k)
            if self.T[t.e:a.s].strip():
                break
            if k in _RANK_WORDS or (k in _NEGATING_PREFIXES and n):
                a = t
                break
            if n >= 2 or k in _JOINED_BEFORE or not (k in _GENERIC_QUALIFIERS or k in _DEPARTMENT_FIELDS):
                break
            a, n = t, n + 1
        return a

    def title_phrase(self, toks: list[_Tok], sp: _Spk) -> _Spk:
        """(round 71) With claims.title_phrase_span on, the speaker span of the title toks[-1] (sp, resolve_title's)
        widened over the rank and office words right before it, a space apart, at most three (`अपर मुख्य सचिव`,
        `केंद्रीय स्वास्थ्य मंत्री`, `प्रमुख सचिव`; not a conjunction, a genitive or a word inside a mention: `महाराष्ट्र
        के गृह मंत्री` -> `गृह मंत्री`); the entity and type stay. Else sp, also when a conjunction stands before those
        words (`संचार और जनसंपर्क प्रमुख`: a coordination of offices is cut by no part)."""
        if not self.p.title_phrase_span or sp.s != toks[-1].s:
            return sp
        a, n = toks[-1], len(toks) - 1
        for t in reversed(toks[max(0, len(toks) - 4):-1]):
            k = _key(t.k)
            if not self.T[t.e:a.s].isspace() or "\n" in self.T[t.e:a.s] or k in _JOINED_BEFORE \
                    or not (k in _TITLE_RANKS or k in _PORTFOLIOS or k in _GENERIC_QUALIFIERS or k in _DEPARTMENT_FIELDS) \
                    or self.mention_over(t.s):
                break
            a, n = t, n - 1
        if n and toks[n - 1].k in _CONJUNCTIONS:
            return sp  # `संचार और जनसंपर्क प्रमुख`: a coordination of offices, no part of it alone
        return replace(sp, text=self.T[a.s:sp.e], s=a.s)

    def title_qualifiers(self, toks: list[_Tok], owner: _Tok) -> _Tok:
        """The first of at most two words right before the title `owner` that qualify it (`पुलिस अधीक्षक`, `मुख्य
        चिकित्सा अधिकारी`, `विदेश मंत्री`): plain words, no postposition, pronoun, stop word, title or number; else owner."""
        i = next(x for x, t in enumerate(toks) if t is owner)
        a = owner
        for t in reversed(toks[max(0, i - 2):i]):
            if not _IS_WORD.match(t.t) or t.k in self.npstop or t.k in POSTPOSITIONS or t.k in self.pron \
                    or t.k in self.titles or t.t[0].isdigit() or t.k in _CONNECTIVE_NOUNS or t.k in _HONORIFICS:
                break
            a = t
        return a

    def office_owner(self, u: _Unit, toks: list[_Tok], i: int) -> _Spk | None:
        """toks[i] is an office noun (दफ़्तर, कार्यालय): the person it belongs to speaks through it (`जेफ फ्लेक के दफ़्तर
        ने कहा` -> Flake, `उनके दफ़्तर की ओर से … कहा गया` -> whom उनके stands for, `राष्ट्रपति के कार्यालय ने कहा` -> the
        person of that title, with claims.role_anaphora on only); None for an office of an organisation or of nobody named (`प्रधानमंत्री कार्यालय`, a
        name of its own, is tagged and never reaches here)."""
        if i < 1:
            return None
        prev = toks[i - 1]
        pe = self.pron.get(prev.k)
        if pe is not None and pe.role == "gen" and "PER" in pe.labels:  # `उनके दफ़्तर`
            sp = self.resolve_pronoun(prev, pe, u.sent_idx)
            return sp if sp.label == "PER" and sp.entity_id else None
        if prev.k not in ("के", "की", "का") or i < 2:
            return None
        owner = toks[i - 2]
        m = self.by_end.get(owner.e)
        if m is not None and m.start >= u.s and m.label == "PER":
            return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        if (owner.k in self.titles or owner.k.endswith("मंत्री")) and self.p.role_anaphora:
            sp = self.resolve_title(owner)  # (round-27 review) a title's office, written either way, is its holder only
            return sp if sp.entity_id else None  # with claims.role_anaphora on; else anonymous (office_title)
        return None

    def described_by_apposition(self, u: _Unit, toks: list[_Tok], np: list[_Tok]) -> _Spk | None:
        """`साइमन स्पिलेन, लॉबी ग्रूप के हेड ऑफ ऑपरेशंस ने कहा`: an untagged noun phrase right before the marker that
        has an owner before it (`<X> के <role>`: a description, no name of its own) and opens after the comma that
        closes a tagged person's name is that person's apposition (the translated "Name, title of X, said"), where
        the role words are no title the lexicon knows (those resolve as role nouns already). An apposition describes
        one person: a plural head (`कांग्रेस के नेताओं ने कहा`) or an anonymous source noun is a speaker of its own."""
        if np[-1].k.replace("ँ", "ं").endswith(("ों", "ओं")) or np[-1].k in self.anon or not self.owned_np(toks, np):
            return None
        m = self.apposition_head(u, np[-1].e)
        if m is None or m.label != "PER":
            return None
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def apposition_head(self, u: _Unit, end: int) -> Mention | None:
        """`पीटर मार्टिन, बिज़नेस कंसल्टेंसी CGA, जो आँकड़ों को संकलित करता है, ने कहा`: the name a comma-bounded
        apposition (a description, a relative clause) describes, when the marker follows the apposition's own comma:
        the person or organisation mention right before the leftmost of the (at most three) commas before it, with no
        clause of another speaker (ने, कि) or a quotation in between."""
        found = None
        for j, _ in self.apposition_commas(u, end):
            m = self.by_end.get(j)
            if m is not None and m.start >= u.s and m.label in ("PER", "ORG"):
                found = m  # the leftmost: `पीटर मार्टिन, … CGA, …` is the person, not the firm in his description
        return found

    def apposition_commas(self, u: _Unit, end: int) -> Iterator[tuple[int, list]]:
        """The commas of at most three comma-bounded stretches before `end`, right to left, while no clause of another
        speaker (ने, कि), quotation or more than max_apposition_tokens (40; 25 until round 20: a translated apposition
        of two clauses, `टॉमस मेसी, … में से एक हैं, लेकिन वे … नहीं थे, ने कहा`, runs longer) lies between: (where the
        words before the comma end, the tokens between it and `end`)."""
        T = self.T
        c = end
        for _ in range(3):
            c = T.rfind(",", u.s, c)
            if c < 0:
                return
            between = [t for t in u.toks if c < t.s and t.e <= end]
            if any(t.k in ("ने", "कि") or t.t in QUOTES for t in between) \
                    or len(between) > self.p.max_apposition_tokens:
                return
            j = c
            while j > u.s and T[j - 1].isspace():
                j -= 1
            yield j, between

    def relative_start(self, u: _Unit, end: int) -> int | None:
        """`ओरोल जुनक्वेर्स, जो … नेताओं में से एक हैं, ने`: where the words before a comma-bounded relative clause
        (a comma and a relative pronoun, at most three commas before the marker's own comma, with no clause of another
        speaker or a quotation in between) end, when a word ends there; None otherwise."""
        found = None
        for j, between in self.apposition_commas(u, end):
            if between and between[0].k in _RELATIVE_OPENERS and j > u.s and _IS_WORD.match(self.T[j - 1]):
                found = j
        return found

    def described_person(self, u: _Unit, m: Mention) -> _Spk | None:
        """`पॉल न्यूमैन, अवकाश और आतिथ्य विश्लेषक RSM ने कहा`: a person, a comma, then a description of at most six
        words with a role or title noun ending in the organisation right before the marker (the translation of `X,
        an analyst at RSM, said` with its second comma dropped): the person speaks, not the firm of the description."""
        c = m.start
        while c > u.s and self.T[c - 1].isspace():
            c -= 1
        words = [t for t in u.toks if t.e <= c]
        i = len(words) - 1
        role = False
        while i >= 0 and words[i].t != "," and len(words) - i <= 6:
            t = words[i]
            if not _IS_WORD.match(t.t) or t.k in ("ने", "कि", "तो") or t.k in self.pron or self.by_end.get(t.e):
                return None
            role = role or t.k in self.titles or t.k in self.anon
            i -= 1
        if i <= 0 or words[i].t != "," or not role:
            return None
        j = words[i].s
        while j > u.s and self.T[j - 1].isspace():
            j -= 1
        p = self.by_end.get(j)
        if p is None or p.label != "PER" or p.start < u.s:
            return None
        return _Spk(p.text, p.start, p.end, p.entity_id, "named", p.label)

    def media_before(self, u: _Unit, m: Mention) -> _Spk | None:
        """`रेडियो कनाडा ने बताया`: a place mention right after a media head word is the broadcaster's name."""
        if m.label != "LOC":
            return None
        prev = [t for t in u.toks if t.e <= m.start]
        if not prev or prev[-1].k not in self.media or self.T[prev[-1].e:m.start].strip():
            return None
        return _Spk(self.T[prev[-1].s:m.end], prev[-1].s, m.end, None, "named")

    def owned_np(self, toks: list[_Tok], np: list[_Tok]) -> bool:
        """The noun phrase has an owner before it (`उनकी फेसबुक पोस्ट`, `सरकार के टीवी चैनल`): no name of its own."""
        lead = [t for t in toks if t.e <= np[0].s]
        return bool(lead) and (lead[-1].k in ("का", "की", "के") or lead[-1].k in self.pron)

    def titled_name(self, toks: list[_Tok], np: list[_Tok]) -> _Spk | None:
        """`वायुमंडलीय वैज्ञानिक जी ब्रेजूर के अनुसार`, `प्रोफेसर रमेश के मुताबिक`: one or two words after a title or a
        profession noun (`वैज्ञानिक`, `अधिकारी`) before an according-to phrase: a person the tagger missed (no entity)."""
        lead = [t for t in toks if t.e <= np[0].s]
        i = max((j for j, t in enumerate(np) if t.k in self.anon or t.k in _HONORIFICS), default=None)
        if i is not None:
            name = np[i + 1:]
        elif lead and (lead[-1].k in self.titles or lead[-1].k.endswith("मंत्री")):
            name = np
        else:
            return None
        if not 1 <= len(name) <= 2 or name[-1].k.endswith(("ों", "ओं")) or any(t.k in self.nonname for t in name) or any(
                t.k in self.anaphor or t.k in self.source or t.k in self.data or t.k in self.owned or t.k in self.directive
                or t.k in self.anon or t.k in POSTPOSITIONS or len(t.k) < 2 for t in name):
            return None
        return _Spk(self.T[name[0].s:name[-1].e], name[0].s, name[-1].e, None, "named")

    def opens_clause(self, u: _Unit, head: _Tok, pos: int) -> bool:
        """A directive noun (आदेश, दिशा-निर्देश) reports only where its according-to phrase opens the clause
        (`दिशा-निर्देशों के मुताबिक, …`, `गृह मंत्रालय के निर्देशों के मुताबिक …`) or a comma follows it, and what
        follows states a rule (a future, modal or imperative verb) or a quote; inside a clause (`बसों को …
        दिशा-निर्देशों के अनुसार साफ किया जाए`) or before an action taken (`… के दिशानिर्देशों के मुताबिक, यात्रियों
        को स्कैन किया जा रहा है`) it means `in accordance with`."""
        rest = self.T[pos:u.e]
        if not (_TWO_WORDS_THEN_QUOTE.match(rest) or _RULE.search(rest)):
            return False  # `… के आदेश के मुताबिक दिल्ली सरकार ने दुकानें खोलने की इजाजत दी थी`: an action taken, no rule
        if _TWO_WORDS_THEN_COMMA.match(rest):
            return True
        return self.clause_initial(u, head)

    def clause_initial(self, u: _Unit, head: _Tok) -> bool:
        """The phrase ending at head opens its clause: no postposition of another clause member before it."""
        before = [t for t in u.toks if t.e <= head.s]
        cut = max((i + 1 for i, t in enumerate(before) if t.k in ("कि",) or t.t in (",", ":")), default=0)
        before = before[cut:]
        return len(before) <= 10 and not any(t.k in _CLAUSE_MEMBER for t in before)

    def document_issuer(self, doc: _Tok, sent_idx: int) -> _Spk | None:
        """An unowned directive or statement (`उद्घोषणा में कहा गया`, `दिशा-निर्देशों के मुताबिक`) stands for whoever
        issued it a few sentences before: the latest named subject of a sentence that issues, declares or announces
        (जारी, घोषित, घोषणा, …) or names the document itself (gold: `उद्घोषणा` -> the president who declared).
        An indefinite one (`एक सरकारी विज्ञप्ति में बताया गया`) is a new, unnamed source: anonymous."""
        before = [t for t in self.units[self.unit_at(doc.s)].toks if t.e <= doc.s][-2:]
        if any(t.k in _INDEFINITE for t in before):
            return _Spk(doc.t, doc.s, doc.e, None, "anonymous")
        for pos, si, sp in reversed(self.events):
            if pos >= doc.s or si < sent_idx - self.p.pronoun_window:
                continue
            if sp.entity_id is None or sp.type == "anonymous" or sp.e is None \
                    or not _NE_NEXT.match(self.T[sp.e:sp.e + 8]):
                continue  # an ergative subject issues; `X द्वारा … घोषित करने के बाद` does not
            unit = self.units[self.unit_at(pos)]
            if any((t.k in _ISSUING or t.k == doc.k or t.k in self.directive) and t.s > sp.e for t in unit.toks):
                return _Spk(doc.t, doc.s, doc.e, sp.entity_id, "pronoun", sp.label)
        return None

    def writer_before(self, tok: _Tok, sent_idx: int) -> _Spk | None:
        """(round 41) A statement pronoun (`इसमें कहा गया है`) that follows no claim stands for the document the
        sentence right before had its named ergative subject write or issue (`सोनिया गांधी ने … को पत्र लिखा है।
        इसमें कहा गया है- …`, `दूतावास ने … यात्रा सलाह जारी की है। इसमें कहा गया है कि …`): that subject, when an
        issuing or writing word (जारी, लिख-, भेज-) follows it in its sentence and a document noun there, if any, has no
        owner of its own (`मोदी के पत्र का जवाब दिया`, `डब्ल्यूएचओ की रिपोर्ट का हवाला दिया`, `आरोपी के पास से एक पत्र
        बरामद किया`: none). The nearest ergative subject of that sentence decides (`…, जिसके बाद पुलिस ने एक पत्र जारी
        किया`: an unnamed body, None). Only the sentence before (a window of one)."""
        for n in range(bisect.bisect_left(self.events, tok.s, key=_event_pos) - 1, -1, -1):  # (events before tok only)
            pos, si, sp = self.events[n]
            if si < sent_idx - 1:
                break
            if si != sent_idx - 1 or sp.e is None or not _NE_NEXT.match(self.T[sp.e:sp.e + 8]):
                continue
            toks = [t for t in self.units[self.unit_at(pos)].toks if t.s > sp.e]
            cut = next((i for i, t in enumerate(toks) if i and t.k == "ने"), len(toks))
            if cut < len(toks) and (toks[cut - 1].k in self.anon or toks[cut - 1].k in _GENERIC_BODY_HEADS) \
                    and any(t.k in _ISSUING or t.k.startswith(_WRITING) for t in toks[cut:]):
                return _Spk(tok.t, tok.s, tok.e, None, "anonymous")  # `…, जिसके बाद पुलिस ने एक पत्र जारी किया`
            if sp.entity_id is None or sp.type == "anonymous" or cut < len(toks):
                return None  # (round-41 review) the nearest ergative subject is unnamed or another: not this one
            if not any(t.k in _ISSUING or t.k.startswith(_WRITING) for t in toks):
                return None
            docs = [i for i, t in enumerate(toks) if t.k in self.source or t.k in self.directive]
            if docs and all(i > 0 and toks[i - 1].k in ("के", "की", "का") or
                            i > 1 and toks[i - 1].k in _INDEFINITE and toks[i - 2].k in ("के", "की", "का")
                            for i in docs):
                return None  # every document there is another's (`X के पत्र`)
            return _Spk(tok.t, tok.s, tok.e, sp.entity_id, "pronoun", sp.label)
        return None

    def owned_document_before(self, doc: _Tok, u: _Unit) -> _Spk | None:
        """(round 41) `कार्मिक मंत्रालय के एक आदेश के मुताबिक …। … आदेश में कहा गया है- …`: an unowned directive noun
        that the window named before with a tagged owner (`X के/की (एक) <the same noun>`) is that owner's document;
        the latest such owner over the units of the pronoun window before this one (None where none)."""
        if doc.k not in self.directive:
            return None  # (`प्रधान सुरेश की शिकायत`: a complaint about its genitive, not by it)
        ui = self.unit_at(doc.s)
        for k in range(ui - 1, -1, -1):
            pu = self.units[k]
            if pu.sent_idx < u.sent_idx - self.p.pronoun_window:
                break
            toks = pu.toks
            for j in range(len(toks) - 1, 0, -1):
                if toks[j].k != doc.k:
                    continue
                g = j - 2 if toks[j - 1].k in _INDEFINITE and j >= 2 else j - 1
                if toks[g].k not in ("के", "की", "का") or g < 1:
                    continue
                m = self.by_end.get(toks[g - 1].e)
                if m is not None and m.label in ("ORG", "PER") and m.entity_id:
                    if self.issued_between(m, doc):
                        return None
                    return _Spk(doc.t, doc.s, doc.e, m.entity_id, "pronoun", m.label)
        return None

    def issued_between(self, m: Mention, doc: _Tok) -> bool:
        """(round-41 review) Between a document's owner m and the bare document noun, a later sentence's ergative
        subject (another body) issues, names a directive or rules (`हाईकोर्ट ने इस पर रोक लगा दी`): the noun may be
        that one's. Reads the subject events between the two only."""
        si0 = self.units[self.unit_at(m.start)].sent_idx
        for n in range(bisect.bisect_left(self.events, doc.s, key=_event_pos) - 1, -1, -1):
            pos, si, sp = self.events[n]
            if pos <= m.end or si <= si0:
                break
            if sp.e is None or sp.entity_id == m.entity_id or not _NE_NEXT.match(self.T[sp.e:sp.e + 8]):
                continue
            if any(t.s > sp.e and (t.k in _ISSUING or t.k in _RULING or t.k == doc.k or t.k in self.directive)
                   for t in self.units[self.unit_at(pos)].toks):
                return True
        return False

    def conjunct_subject(self, tok: _Tok, labels: set[str]) -> _Spk | None:
        """`पुलिस इस घटना की जांच कर रही है और उनका कहना है कि …`, `… डॉक्टर एलन पैकी इससे संतुष्ट नहीं हैं और
        उन्होंने …`: a pronoun opening the second of two joined clauses (right after `और`) is the subject of the first:
        its first name or unnamed body (`पुलिस`) standing as subject (no postposition, or `ने`), else its first `को`
        experiencer (`यह बात दक्षिण कोरिया को खराब लगी है और उसने …`). Not where the first clause holds a कि-clause,
        a relative clause or a quotation (the subject there may be another's)."""
        u = self.units[self.unit_at(tok.s)]
        i = self.tok_index(u, tok.s)
        if i < 2 or u.toks[i - 1].k != "और":
            return None
        b = max((j + 1 for j, t in enumerate(u.toks[:i - 1])
                 if t.t == "," or t.k == "तो" or (t.k in _CONTRAST_LEAD and t.k != "पर")), default=0)
        first = u.toks[b:i - 1]  # (the clause joined by और: `ट्रंप भारत आए, मोदी ने … और`, `जब … तो शाह ने … और`)
        if not first or first[0].k in ("जब", "अगर", "यदि") or any(
                t.k == "कि" or t.k in _RELATIVE_OPENERS or t.t in QUOTES for t in first):
            return None
        subj = exp = None
        for j, t in enumerate(first):
            k = bisect.bisect_left(self.ment_starts, t.s)
            m = self.ments[k] if k < len(self.ments) and self.ments[k].start == t.s else None
            if m is not None and m.label in labels and m.label in ("PER", "ORG"):
                cand = _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", m.label)
                nxt = next((x.k for x in u.toks if x.s >= m.end), "")
            elif m is None and t.k in self.anon and "PER" in labels and not self.mention_over(t.s):
                r = j + 1  # `डॉक्टर एलन पैकी`, `पुलिस अधिकारी राम सिंह`: titles, the name follows
                while r < len(first) and (first[r].k in self.anon or first[r].k in self.titles) \
                        and not self.mention_over(first[r].s):
                    r += 1
                if r < len(first) and self.mention_over(first[r].s):
                    continue
                cand = _Spk(tok.t, tok.s, tok.e, None, "anonymous", None)
                nxt = u.toks[b + j + 1].k
            else:
                continue
            if nxt in ("", "ने") or nxt not in POSTPOSITIONS:
                subj = subj or cand
            elif nxt == "को":
                exp = exp or cand
        return subj or exp

    def known_name(self, np: list[_Tok]) -> _Spk | None:
        """A speaker the tagger missed here but found elsewhere in the story: the noun phrase's last words are a
        PER/ORG mention's whole text (`डॉन`), or one word is the given name or surname of exactly one person
        (`हेलेना` for `हेलेना मेंटिस`)."""
        for n in range(min(len(np), 4), 0, -1):
            key = " ".join(t.k for t in np[-n:])
            ents = {(m.entity_id, m.label) for m in self.ments if m.label in ("PER", "ORG") and m.entity_id
                    and " ".join(fold(w) for w in m.text.split()) == key}
            if len(ents) == 1:
                a = np[-n]
                eid, label = ents.pop()
                return _Spk(self.T[a.s:np[-1].e], a.s, np[-1].e, eid, "named", label)
        last = np[-1]
        if len(np) == 1 and len(ext := self.name_extensions().get(last.k, ())) == 1:
            return _Spk(last.t, last.s, last.e, next(iter(ext)), "named", "PER")  # `ली` after `काई-फू ली ने` (`काई-फू`)
        if len(np) > 1 or len(last.k) < 3 or last.k in self.titles or last.k in self.anaphor:
            return None
        ents = {m.entity_id for m in self.ments if m.label == "PER" and m.entity_id and " " in m.text
                and last.k in (fold(m.text.split()[0]), fold(m.text.split()[-1]))}
        if len(ents) == 1:
            return _Spk(last.t, last.s, last.e, ents.pop(), "named", "PER")
        if not ents and last.k not in self.npstop:  # `रेलवे के मुताबिक` for `भारतीय रेलवे`: an organisation's head word
            orgs = {m.entity_id for m in self.ments if m.label == "ORG" and m.entity_id and " " in m.text
                    and fold(m.text.split()[-1]) == last.k}
            if len(orgs) == 1:
                return _Spk(last.t, last.s, last.e, orgs.pop(), "named", "ORG")
        if not ents and self.p.given_name_before and last.k not in self.npstop and last.k not in self.anon \
                and last.k not in self.nonname and last.k not in POSTPOSITIONS:
            # (round 50) `निर्देशक मिलन लूथरिया ने …` (the tagger took only `लूथरिया`) … `मिलन के मुताबिक़`: the word
            # standing right before one tagged person's one-word mention (a surname alone) elsewhere in the story is that
            # person's given name
            ents = {m.entity_id for m in self.ments if m.label == "PER" and m.entity_id
                    and " " not in m.text.strip()  # (a word before a full name is a role: `ओपनर रमीज़ राजा`)
                    and self.word_before_mention(m.start) == last.k}
            if len(ents) == 1:
                return _Spk(last.t, last.s, last.e, ents.pop(), "named", "PER")
        return None

    def quantified_group(self, sp: _Spk) -> bool:
        """(round 58, `claims.quantified_group`) An untagged speaker after a quantifier of an unnamed group, or opening
        with one (`राजनीति के दायरे से जुड़े सभी AM को … चिंता है कि`, `कई शोध में पता चलता है कि`, `कुछ शोध बताते हैं
        कि`): a group that no name picks out (SPEC: unnamed people and generic bodies are anonymous). Not after a
        demonstrative (`इन सभी बुलेटिन के अनुसार`: the bulletins named before) and not `सब` (`सब इंस्पेक्टर`)."""
        if sp.text is None or sp.s is None:
            return False
        words = sp.text.split()
        if len(words) > 1 and _key(words[0]) in _GROUP_QUANTIFIERS:
            at = sp.s
        else:
            k = sp.s
            while k > 0 and self.T[k - 1] == " ":
                k -= 1
            w = _WORD_BEFORE.search(self.T, max(0, k - 16), k) if k < sp.s else None
            if w is None or _key(w.group()) not in _GROUP_QUANTIFIERS:
                return False
            at = w.start()
        return self.word_before(at) not in _GROUP_DEMONSTRATIVES

    def percent_group(self, sp: _Spk) -> bool:
        """(round 60, `claims.percent_group`) An untagged speaker that ends in a percentage after a number (`25 प्रतिशत
        ने खुद को असहाय बताया`, `24.9 फीसदी ने … की बात कही`, `30% ने कहा`; the number inside the span or right before
        it): a share of unnamed respondents, anonymous."""
        if sp.text is None or sp.s is None or sp.e is None:
            return False
        return any(m.end() == sp.e for m in _PERCENT_SUBJECT.finditer(self.T, max(0, sp.s - 16), sp.e))

    def word_before_mention(self, start: int) -> str:
        """(review of session 28) The folded whole word right before `start` across one space, "" if none: read by its
        own length (`ज़ाहिद` before `लूथरिया` is `जाहिद` folded, one code point longer), not the speaker's."""
        a = start - 1
        if a < 1 or self.T[a] != " ":
            return ""
        while a > 0 and _IS_WORD.match(self.T[a - 1]):
            a -= 1
        return fold(self.T[a:start - 1])

    def studies_of_speakers_bodies(self) -> None:
        """An unowned study (`मौजूदा अध्ययन के अनुसार`, unresolved) on the line of a person's claim is the study of the
        organisation the story introduced that person with (`इंडियन काउंसिल ऑफ मेडिकल रिसर्च के महानिदेशक बलराम
        भार्गव ने कहा … मौजूदा अध्ययन के अनुसार …` -> ICMR; dev2 README: a common noun for an issuer named earlier
        resolves to it). One pass over the claims in text order, one look-up per study (round 30)."""
        first: dict[str, Mention] = {}
        for m in self.ments:
            if m.label == "PER" and m.entity_id and m.entity_id not in first:
                first[m.entity_id] = m
        last = None  # the person's claim a study may follow: in the same or the previous sentence, on the same line
        for c in sorted(self.claims, key=lambda c: c.anchor):
            sp = c.spk
            if sp.type == "unresolved" and sp.text and _key(sp.text) in _STUDIES and sp.s is not None:
                org = None
                if last is not None and self.T.find("\n", last.anchor, sp.s) < 0 \
                        and self.sent_idx_at(sp.s) - self.sent_idx_at(last.anchor) <= 1 \
                        and self.word_before(sp.s) in _PRESENT_STUDY:
                    org = self.affiliation(first.get(last.spk.entity_id))
                if org is not None:
                    c.spk = replace(sp, entity_id=org.entity_id, type="named", label="ORG")
                else:
                    last = None  # another study (`शोध बताते हैं`): research at large, no later study is the person's
            elif sp.entity_id is not None and sp.entity_id in first:
                last = c
            else:
                last = None  # a claim by another speaker (an organisation, an anonymous source) between

    def sent_idx_at(self, k: int) -> int:
        return self.units[self.unit_at(k)].sent_idx

    def word_before(self, k: int) -> str:
        """The (keyed) word that ends right before k, spaces between; "" if none."""
        while k > 0 and self.T[k - 1] == " ":
            k -= 1
        w = _WORD_BEFORE.search(self.T, max(0, k - 16), k)
        return _key(w.group()) if w is not None else ""

    def affiliation(self, m: Mention | None) -> Mention | None:
        """The organisation named right before a person's `के <role>` (`ICMR के महानिदेशक बलराम भार्गव`, `X के प्रोफेसर
        डॉ. Y`): one to three title or role words between के and the name (not `WHO के बयान के बाद NAME`, `एम्स के
        बाहर खड़े NAME`)."""
        if m is None:
            return None
        words = list(_SPACED_TOKEN.finditer(self.T, m.start - len(_words_before(self.T, 0, m.start, 60)), m.start))
        n = 0  # the role words right before the name
        while n < min(3, len(words) - 1) and self.role_word(words[-1 - n].group()):
            n += 1
        if n == 0 or words[-1 - n].group() != "के":
            return None
        k = words[-1 - n].start()
        while k > 0 and self.T[k - 1].isspace():
            k -= 1
        org = self.by_end.get(k)
        return org if org is not None and org.label == "ORG" else None

    def role_word(self, w: str) -> bool:
        """A title or role word of a person (`महानिदेशक`, `डॉ.`, `प्रवक्ता`, `वैज्ञानिक`)."""
        k = _key(w.rstrip("."))
        return k in self.titles or k in self.roles or k in self.qualroles

    def generic_body(self, sp: _Spk) -> bool:
        """A named speaker without an entity that is a generic public body (`केंद्र सरकार`, `राज्य सरकार`, `केंद्र`,
        `राज्य स्वास्थ्य विभाग`, `जिला सेहत विभाग`): a body head after generic qualifiers only, with time words or
        adverbs the noun phrase took before it (`इससे पहले आज सरकार`); no place or name in it (`दिल्ली सरकार`,
        `महाराष्ट्र स्वास्थ्य विभाग` stay named). dev2 README: `केंद्र सरकार`, `विभाग` are no entities; unnamed
        bodies are anonymous (`राज्य के स्वास्थ्य विभाग`)."""
        if sp.text is None or sp.s is None or sp.e is None:
            return False
        if not self.generic_words(_WORD.findall(sp.text)):
            return False
        j = bisect.bisect_left(self.ment_starts, sp.s)
        return not (j < len(self.ments) and self.ments[j].start < sp.e)

    def org_kind_tail(self, sp: _Spk) -> Mention | None:
        """(round 48) A named speaker without an entity that is a tagged organisation's name followed by one or two
        words saying what kind of organisation it is (`यूरोस्टार ट्रेन सेवा`, `डॉन अखबार`, `एएफपी न्यूज एजेंसी`, `द
        ट्रिब्यून न्यूजपेपर`: cues `orgkind` rows, company and body anaphor heads, media heads): that organisation.
        Not a word of a field or a person after it (`यूएन स्वास्थ्य एजेंसी` is another body, `टीआई इंद्रेश त्रिपाठी` a
        person)."""
        if sp.s is None or sp.e is None or not sp.text:
            return None
        j = bisect.bisect_left(self.ment_starts, sp.s)
        if j >= len(self.ments) or self.ments[j].start != sp.s:
            return None
        m = self.ments[j]
        if m.label != "ORG" or not m.entity_id or m.end >= sp.e \
                or (j + 1 < len(self.ments) and self.ments[j + 1].start < sp.e):
            return None
        tail = [_key(w) for w in _WORD.findall(self.T[m.end:sp.e])]
        if not 1 <= len(tail) <= 2 or not self.T[m.end:m.end + 1].isspace():
            return None
        # (review of round 48) no body head (`सरकार`, `आयोग`, `मंत्रालय`): `भाजपा सरकार`, `यूरोपीय संघ आयोग` are
        # other bodies; `एजेंसी` only after a news agency or a media word (`एएफपी न्यूज एजेंसी`, not `यूएन एजेंसी`)
        if not all(w in self.orgkinds or w in self.org_heads or w in self.media or w in _MEDIUM_BEFORE for w in tail):
            return None
        named = [_key(w) for w in _WORD.findall(m.text)]
        if any(w in _AGENCY_HEADS for w in tail) and not any(_AGENCY_NAME.fullmatch(w) for w in m.text.split()) \
                and not any(w in self.media or w in self.orgkinds for w in named[-1:] + tail[:-1]):
            return None  # (`एएफपी न्यूज` tagged, then `एजेंसी`: the agency)
        return m

    def spacing_variant(self, sp: _Spk) -> Mention | None:
        """(round 49) A named speaker without an entity whose letters, spaces, hyphens and dots aside, are those of a
        tagged person or organisation of the same story (`गृहमंत्रालय` and `गृह मंत्रालय`, `सचिनतेंदुलकर` and `सचिन
        तेंदुलकर`): that mention's entity, the one nearest before the speaker, else the first after it. Not a mention
        of a place, nor one with no entity."""
        if not sp.text:
            return None
        key = _SPACING.sub("", fold(sp.text))
        if len(key) < 4:
            return None
        if self._spacing_keys is None:  # (review of round 49) folded once per story, not once per speaker
            self._spacing_keys = {}
            for m in self.ments:
                if m.entity_id and m.label in ("PER", "ORG"):
                    self._spacing_keys.setdefault(_SPACING.sub("", fold(m.text)), []).append(m)
        found = self._spacing_keys.get(key)
        if not found:
            return None
        before = [m for m in found if sp.s is not None and m.start < sp.s]
        return before[-1] if before else found[0]

    def statement_issuers(self) -> dict[int, tuple[Mention, bool]]:
        """id(claim) -> (the organisation or person that issued the source its speaker noun names (published_by; True), and
        (round 48, claims.own_channel; False) the same bare statement noun again within statement_window sentences after such
        a claim (`मैनचेस्टर यूनाइटेड की वेबसाइट पर जारी एक बयान में कहा गया है …। बयान में यह भी कहा गया है कि …`),
        when no other claim came between: the same statement, the same issuer."""
        out: dict[int, tuple[Mention, bool]] = {}
        last: tuple[str, int, Mention, int] | None = None
        for c in sorted(self.claims, key=lambda c: (c.anchor, c.cs)):
            sp = c.spk
            if sp.entity_id is not None:
                last = None
                continue
            if (issuer := self.published_by(sp)) is not None:
                out[id(c)] = (issuer, True)
                last = (_key(sp.text or ""), c.sent_idx, issuer, max(c.span_e, c.cue_e))
            elif self.p.own_channel and last is not None and sp.type in ("anonymous", "unresolved") and sp.text \
                    and len(sp.text.split()) == 1 and _key(sp.text) == last[0] and last[0] in _ISSUED_DOCS \
                    and 0 <= c.sent_idx - last[1] <= self.p.statement_window \
                    and not self.new_issue(last[3], sp.s if sp.s is not None else c.anchor):
                out[id(c)] = (last[2], False)
                last = (last[0], c.sent_idx, last[2], max(c.span_e, c.cue_e))
            elif self.p.study_owner_before and (owner := self.study_owner(c)) is not None:
                out[id(c)] = (owner, True)
                last = None
            elif self.p.study_reflexive_owner and (owner := self.study_reflexive_owner(c)) is not None:
                out[id(c)] = (owner, True)
                last = None
            elif self.p.study_owner_far and (owner := self.study_owner_far(c)) is not None:
                out[id(c)] = (owner, True)
                last = None
            else:
                last = None
        return out

    def owned_by_name(self, tok: _Tok) -> bool:
        """(round 54, claims.owned_statement) A statement noun with its own owner's genitive right before it (`सहारा की
        प्रेस विज्ञप्ति में कहा गया है`), the owner a word of no lexicon kind (an untagged name; not `नेटवर्क की
        रिपोर्ट`, `कंपनी का बयान`, `उनकी`): that owner's, not the last claim's speaker (left unresolved)."""
        m = _OWNED_BEFORE.search(self.T, max(0, tok.s - 60), tok.s)
        if m is None:
            return False
        k = _key(m.group(1))
        if k[:1].isdigit() or k in self.time or k in _TIME_WORDS or k in _DATE_NOUNS or k in _PERIOD_KEYS:
            return False  # (review of round 54) `मार्च की प्रेस विज्ञप्ति`, `पिछले साल की रिपोर्ट`: a date, no owner
        return not any(k in x for x in (self.pron, self.anaphor, self.media, self.anon, self.titles, self.npstop,
                                        self.source, self.data, self.nonname, self.orgkinds, self.org_heads,
                                        self.bodies, self.containers, POSTPOSITIONS))

    def owned_tagged(self, tok: _Tok) -> _Spk | None:
        """(review of round 54, claims.tagged_statement_owner) `भाजपा की प्रेस विज्ञप्ति में कहा गया है`: a tagged person
        or organisation whose genitive owns the statement noun over the words `_OWNED_BEFORE` allows between
        (`प्रेस`, `एक`, `ताज़ा`; genitive_owner reads only the word right before the noun) is its speaker."""
        m = _OWNED_BEFORE.search(self.T, max(0, tok.s - 60), tok.s)
        if m is None or self.T[m.end(1):tok.s].split()[1:] == []:
            return None  # no word between the genitive and the noun: genitive_owner's case
        o = self.by_end.get(m.end(1))
        if o is None or o.label not in ("PER", "ORG") or not o.entity_id:
            return None
        return _Spk(o.text, o.start, o.end, o.entity_id, "named", o.label)

    def owned_after(self, prev: _C, tok: _Tok) -> bool:
        """(round 54, claims.report_introduced) A study or report noun (`रिपोर्ट`, `अध्ययन`, `सर्वे`) that the text
        between the previous claim and it introduced with an owner's genitive, the same noun (`भारत के नियंत्रक और
        महालेखा परीक्षक की रिपोर्ट पेश की गई है। … इस रिपोर्ट में कहा गया`), is that document, not the last speaker's
        words: it is left to study_owner (a tagged owner) or unresolved (an owner the tagger missed)."""
        key = _key(tok.t)
        if key not in {_key(w) for w in _STUDY_NOUNS}:
            return False
        a = max(x for x in (prev.ce, prev.cue_e, prev.span_e) if x is not None)
        for m in _OWNED_STUDY.finditer(self.T, a, tok.s):
            if _key(m.group("noun")) == key and m.end() <= tok.s and m.start() > 0 \
                    and _IS_WORD.match(self.T[m.start() - 2: m.start() - 1] or " "):
                return True
        return False

    def lone_study_key(self, c: _C) -> str | None:
        """The folded study, survey or report noun that is the whole of an unresolved speaker (`स्टडी के मुताबिक`), when
        it opens its clause or a demonstrative names it again (`इस अध्ययन के मुताबिक`); None for any other speaker and
        for a noun with words of its own before it (`इकॉनॉमिक इन्फोरमेशन डेली में छपी रिपोर्ट`, a report of its own,
        `एक अन्य रिपोर्ट`, `नई स्टडी`). The condition study_owner, study_owner_far and study_reflexive_owner share."""
        sp = c.spk
        if sp.type != "unresolved" or sp.s is None or not sp.text or len(sp.text.split()) != 1:
            return None
        key = _key(sp.text)
        if key not in {_key(w) for w in _STUDY_NOUNS}:
            return None
        k = sp.s
        while k > 0 and self.T[k - 1] in " \t":
            k -= 1
        if k > 0 and _IS_WORD.match(self.T[k - 1]) and self.word_before(sp.s) not in {_key(w) for w in _SAME_STUDY}:
            return None
        return key

    def study_owner(self, c: _C) -> Mention | None:
        """(round 51, claims.study_owner_before) An unresolved one-word study, survey or report noun (`स्टडी के मुताबिक
        17 मई तक …`) that the window (pronoun_window sentences back) named with a tagged owner's genitive, the same noun
        (`ये नतीजे इंस्टिट्यूट ऑफ मैथमेटिकल साइंसेज चेन्नै की स्टडी के हैं`): that owner, the last so named; none for a
        place (`ब्रिटेन की एक रिपोर्ट`) or a noun with words of its own before it (`X में छपी रिपोर्ट`, `एक अन्य
        रिपोर्ट`; a demonstrative `इस/उस` allowed)."""
        sp = c.spk
        if (key := self.lone_study_key(c)) is None:
            return None
        first = next((u.s for u in self.units if u.sent_idx >= c.sent_idx - self.p.pronoun_window), 0)
        found = None
        for m in _OWNED_STUDY.finditer(self.T, first, sp.s):
            if _key(m.group("noun")) != key or m.end() > sp.s:
                continue
            k = m.start()
            while k > 0 and (self.T[k - 1].isspace() or self.T[k - 1] in QUOTES):
                k -= 1
            ment = self.by_end.get(k)
            if ment is None and self.p.study_owner_bracket:
                ment = self.by_end.get(self.before_short_form(k))
            if ment is not None and ment.label in ("ORG", "PER") and ment.entity_id is not None:
                found = ment
        return found

    def study_owner_far(self, c: _C) -> Mention | None:
        """(round 63, claims.study_owner_far) study_owner's bare study noun (`सर्वे के मुताबिक …`, the same conditions)
        that the story named with a tagged owner's genitive, the same noun, further back than the pronoun window but
        within 3 x pronoun_window sentences (`सीएमआईई की सर्वे रिपोर्ट के अनुसार, …` nine sentences of its figures
        before): that owner, the latest so named, as study_reflexive_owner reads `X ने अपनी रिपोर्ट`; none when another
        study is introduced between (an owned study noun, `एक अन्य`, `एक नया`, `जारी`, `प्रकाशित`) or a story break stands
        between."""
        sp = c.spk
        nouns = {_key(w) for w in _STUDY_NOUNS}
        if (key := self.lone_study_key(c)) is None:
            return None
        first = next((u.s for u in self.units if u.sent_idx >= c.sent_idx - 3 * self.p.pronoun_window), 0)
        found, found_end = None, None
        for m in _OWNED_STUDY.finditer(self.T, first, sp.s):
            if _key(m.group("noun")) != key or m.end() > sp.s:
                continue
            j = m.start()
            while j > 0 and (self.T[j - 1].isspace() or self.T[j - 1] in QUOTES):
                j -= 1
            ment = self.by_end.get(j) or self.by_end.get(self.before_short_form(j))
            if ment is not None and ment.label in ("ORG", "PER") and ment.entity_id is not None:
                found, found_end = ment, m.end()
        if found is None or self.study_between(found_end, sp.s, nouns) or _NEW_STUDY.search(self.T, found_end, sp.s) \
                or self.story_break_between(found.start, sp.s):
            return None
        return found

    def before_short_form(self, k: int) -> int:
        """(round 63, claims.study_owner_bracket) The end of the words before a bracketed short form that ends at `k`
        (`सेंटर फॉर मॉनिटरिंग इंडियन इकोनॉमी (सीएमआईई)` -> the end of `इकोनॉमी`), as study_reflexive_owner steps back
        over `(IIPS)`; `k` itself when no such bracket (at most 20 characters, no sentence end inside) ends there."""
        if k <= 0 or self.T[k - 1] != ")":
            return k
        o = self.T.rfind("(", max(0, k - 21), k - 1)
        if o < 0 or any(ch in _SENT_END for ch in self.T[o + 1:k - 1]):
            return k
        while o > 0 and self.T[o - 1].isspace():
            o -= 1
        return o

    def study_reflexive_owner(self, c: _C) -> Mention | None:
        """(round 60, claims.study_reflexive_owner) An unresolved one-word study, survey or report noun (`रिपोर्ट के
        मुताबिक …`, `शोध से पता चलता है कि …`; the same conditions as study_owner) after the story introduced a study as
        its subject's own, `X ने अपनी (एक/ताज़ा/नई) रिपोर्ट में …` (X a tagged organisation or person right before
        `ने`, across a bracketed short form `(IIPS)`), within 3 x pronoun_window sentences: that X, the latest so
        introduced. Any study noun (the report of a survey, `रिपोर्ट` then `सर्वे`), but none when another study is
        introduced between (`X की रिपोर्ट`, `एक अन्य अध्ययन`, `जारी रिपोर्ट`) or a story break stands between."""
        sp = c.spk
        nouns = {_key(w) for w in _STUDY_NOUNS}
        if self.lone_study_key(c) is None:
            return None
        first = next((u.s for u in self.units if u.sent_idx >= c.sent_idx - 3 * self.p.pronoun_window), 0)
        found, found_end = None, None
        for m in _REFLEXIVE_STUDY.finditer(self.T, first, sp.s):
            if _key(m.group("noun")) not in nouns:
                continue
            j = m.start()
            while j > 0 and self.T[j - 1].isspace():
                j -= 1
            if j > 0 and self.T[j - 1] == ")":  # `इंटरनेशनल इंस्टीट्यूट … साइंसेज (IIPS) ने`
                o = self.T.rfind("(", max(0, j - 20), j)
                if o < 0:
                    continue
                j = o
                while j > 0 and self.T[j - 1].isspace():
                    j -= 1
            ment = self.by_end.get(j)
            if ment is not None and ment.label in ("ORG", "PER") and ment.entity_id is not None:
                found, found_end = ment, m.end()
        if found is None or self.study_between(found_end, sp.s, nouns) or self.story_break_between(found.start, sp.s):
            return None
        return found

    def study_between(self, a: int, b: int, nouns: set[str]) -> bool:
        """Another study introduced between `a` and `b`: an owner's study noun (`X की रिपोर्ट`) or `एक अन्य अध्ययन`;
        study_owner_far and study_reflexive_owner then leave the bare noun unresolved."""
        return any(_key(m.group("noun")) in nouns for m in _OWNED_STUDY.finditer(self.T, a, b)) \
            or _OTHER_STUDY.search(self.T, a, b) is not None

    def new_issue(self, a: int, b: int) -> bool:
        """(review of round 48) The text between two claims names a statement again or its issuing (`रियाल मैड्रिड ने एक
        बयान जारी किया।`): the bare `बयान` after it is that new statement, no longer the first issuer's."""
        return a < b and bool(_NEW_ISSUE.search(self.T, a, b))

    def published_by(self, sp: _Spk) -> Mention | None:
        """The tagged organisation or person that published or issued a report, study or statement the speaker noun
        names, written before it with a participle (`चाइना सेंट्रल टेलीविज़न पर आने वाली रिपोर्ट के मुताबिक`,
        `इकॉनॉमिक इन्फोरमेशन डेली में छपी रिपोर्ट`, `'ब्रिटिश जर्नल ऑफ स्पोर्टस मेडिसन' में प्रकाशित अध्ययन`,
        `X द्वारा जारी बयान`), or None. The noun alone speaks (one word, a source or container row) and the mention
        ends right before the postposition (a closing quote between); no place (`चीन से आ रही रिपोर्टों`; round 44)."""
        if sp.text is None or sp.s is None or sp.type not in ("unresolved", "anonymous") or len(sp.text.split()) != 1 \
                or (_key(sp.text) not in self.source and _key(sp.text) not in self.containers):
            return None
        if self.p.own_channel and (m := _OWN_CHANNEL_BEFORE.search(self.T, max(0, sp.s - 80), sp.s)):
            # (round 48) `मैनचेस्टर यूनाइटेड की वेबसाइट पर जारी एक बयान में`: the channel's owner issued it
            j = bisect.bisect_left(self.ment_starts, m.start()) - 1
            ment = self.ments[j] if j >= 0 else None
            if ment is None or ment.label not in ("ORG", "PER") or ment.entity_id is None or ment.end > m.start() \
                    or self.T[ment.end:m.start()].strip(" '\"‘’“”") != "" \
                    or any(fold(w.lower()) in _PLATFORM_KEYS for w in ment.text.split()):
                return None  # `ट्विटर की वेबसाइट`: a platform owns no statement
            return ment
        m = _PUBLISHED_BEFORE.search(self.T, max(0, sp.s - 60), sp.s)
        if m is None:
            return None
        j = bisect.bisect_left(self.ment_starts, m.start()) - 1
        if j < 0:
            return None
        ment = self.ments[j]
        if ment.label not in ("ORG", "PER") or ment.entity_id is None or ment.end > m.start() \
                or self.T[ment.end:m.start()].strip(" '\"‘’“”") != "":
            return None
        if m.group("pp") in _ISSUER_POSTPOSITIONS:  # an issuer: a person only issues (`X द्वारा जारी बयान`)
            return ment if ment.label == "ORG" or m.group("part").startswith("जारी") else None
        return ment if ment.label == "ORG" and self.medium(ment) else None  # `मोदी पर छपी रिपोर्ट`: its topic

    def medium(self, ment: Mention) -> bool:
        """(review of round 44) The organisation is a paper, channel, journal or platform: a media head or platform word
        in its name (`चाइना सेंट्रल टेलीविज़न`, `इकॉनॉमिक इन्फोरमेशन डेली`, `ब्रिटिश जर्नल ऑफ …`, `ट्विटर`), or a word
        that says so right before it (`अखबार ‘द हिंदू’`)."""
        words = [fold(w.lower()) for w in _WORD.findall(ment.text)]
        if any(w in _PLATFORM_KEYS or w in self.media for w in words):
            return True
        before = _WORD_BEFORE_NAME.search(self.T, max(0, ment.start - 30), ment.start)
        return before is not None and fold(before.group(1)) in _MEDIUM_BEFORE

    def generic_body_head(self, sp: _Spk) -> bool:
        """A named speaker without an entity whose last word is a generic body or an unnamed official's post (cues
        `body` rows: `सरकारी प्रसारक`, `जिला मजिस्ट्रेट`, `समिति`, `दो सदस्यीय पीठ`), at most three words and no tagged
        name inside it: an unnamed source, anonymous (dev2 README: generic bodies and unnamed people are anonymous;
        round 44)."""
        if sp.text is None or sp.s is None or sp.e is None:
            return False
        words = [_key(w) for w in _WORD.findall(sp.text)]
        if not words or len(words) > 3 or words[-1] not in self.bodies:
            return False
        if not all(w in _GENERIC_QUALIFIERS or w in _DEPARTMENT_FIELDS or w in _BODY_QUALIFIERS for w in words[:-1]):
            return False  # `ऑस्ट्रेलियाई ओलंपिक कमिटी`, `नगर विमानन महानिदेशालय`: a body's own name
        if self.office_genitive(sp) is not None:
            return False  # review: `ईस्ट बैटन रूज पैरिश कोरोनर के दफ़्तर`: an owner's office, named (a tagged person's
            # office is that person before this: office_owner)
        j = bisect.bisect_left(self.ment_starts, sp.s)
        return not (j < len(self.ments) and self.ments[j].start < sp.e)

    def office_genitive(self, sp: _Spk) -> regex.Match | None:
        """(review of round 44) `<owner> के दफ़्तर/कार्यालय`: the genitive right before an office speaker with no word
        of its own before the office word, its owner's last word no generic qualifier (`जिले के कार्यालय`) nor a
        stop word: the owner's office (an organisation's, or a name the tagger missed), no unnamed body."""
        words = [_key(w) for w in _WORD.findall(sp.text or "")]
        if sp.s is None or len(words) != 1 or words[0] not in _OFFICES:
            return None
        m = _GENITIVE_END.search(self.T, max(0, sp.s - 60), sp.s)
        if m is None or _key(m.group(1)) in _GENERIC_QUALIFIERS or _key(m.group(1)) in self.npstop:
            return None
        return m

    def department_body(self, sp: _Spk) -> bool:
        """A named speaker without an entity that is an unnamed government department: `विभाग` after the words of its
        field only (`वन विभाग`, `गृह विभाग`, `आपदा प्रबंधन विभाग`, `परिवार कल्याण विभाग`), with time words or adverbs
        the noun phrase took before them (`इससे पहले शिक्षा विभाग`); no place or name in it (`खैबर-पख्तूनख्वा स्वास्थ्य
        विभाग` stays named). dev2 README: `विभाग` is no entity; unnamed bodies are anonymous (round 35)."""
        if sp.text is None or sp.s is None or sp.e is None:
            return False
        words = [_key(w) for w in _WORD.findall(sp.text)]
        if len(words) < 2 or words[-1] != "विभाग":
            return False
        i = len(words) - 1
        while i > 0 and (words[i - 1] in _DEPARTMENT_FIELDS or words[i - 1] in _GENERIC_QUALIFIERS):
            i -= 1
        if i == len(words) - 1 or not all(w in _TIME_WORDS or w in self.adverbs or w in _BODY_LEAD for w in words[:i]):
            return False
        before = _LAST_WORD.search(self.T, max(0, sp.s - 30), sp.s)
        if before is not None and not any(ch in "\n." for ch in self.T[before.end(1):sp.s]) \
                and _key(before.group(1)) in _JOINED_BEFORE:
            return False  # `… लोक स्वास्थ्य एवं परिवार कल्याण विभाग`, `X सरकार के … विभाग`: part of a longer, owned name
            # (not past a sentence's end: `मंत्री ने बैठक की. गृह विभाग ने`; review of round 35)
        j = bisect.bisect_left(self.ment_starts, sp.s)
        return not (j < len(self.ments) and self.ments[j].start < sp.e)

    def lead_trimmed(self, sp: _Spk) -> _Spk:
        """A department speaker without the time words and adverbs its noun phrase took before the department's own
        words (`इससे पहले शिक्षा विभाग` → `शिक्षा विभाग`; review of round 35)."""
        ws = list(_WORD.finditer(sp.text))
        i = 0
        while i < len(ws) - 1 and _key(ws[i].group()) not in _DEPARTMENT_FIELDS and (
                _key(ws[i].group()) in _TIME_WORDS or _key(ws[i].group()) in self.adverbs
                or _key(ws[i].group()) in _BODY_LEAD):
            i += 1
        if i == 0:
            return sp
        s = sp.s + ws[i].start()
        return replace(sp, text=self.T[s:sp.e], s=s)

    def department_named_before(self, sp: _Spk) -> Mention | None:
        """An untagged department (`गृह विभाग`) whose words end an organisation the story named before it (`बिहार गृह
        विभाग`): that organisation, the last one so named (review of round 35). Its table is built once."""
        if sp.text is None or sp.s is None:
            return None
        words = tuple(_key(w) for w in _WORD.findall(sp.text))
        if len(words) < 2 or words[-1] != "विभाग":
            return None
        if self._departments is None:
            self._departments = defaultdict(list)
            for m in self.ments:
                mw = [_key(w) for w in _WORD.findall(m.text)]
                if m.label == "ORG" and m.entity_id and mw and mw[-1] == "विभाग":
                    for k in range(2, len(mw) + 1):
                        self._departments[tuple(mw[-k:])].append(m)
        before = [m for m in self._departments.get(words, ()) if m.end <= sp.s]
        return before[-1] if before else None

    def generic_words(self, words: list[str]) -> bool:
        """Words of a generic body: a body head after generic qualifiers, time words or adverbs before them."""
        words = [_key(w) for w in words]
        if not words or words[-1] not in _GENERIC_BODY_HEADS:
            return False
        i = len(words) - 1
        while i > 0 and words[i - 1] in _GENERIC_QUALIFIERS:
            i -= 1
        return all(w in _TIME_WORDS or w in self.adverbs or w in _BODY_LEAD for w in words[:i])

    def generic_entity(self, eid: str) -> bool:
        """An entity whose every mention is a generic body (`स्वास्थ्य विभाग`) with no place or organisation before it
        (`दिल्ली स्वास्थ्य विभाग`, `दिल्ली के स्वास्थ्य विभाग`, `दिल्ली सरकार के स्वास्थ्य विभाग` stay)."""
        if self._generic is None:
            owned = {m.entity_id for m in self.ments if m.entity_id and self.owned_mention(m)}
            self._generic = {e: e not in owned and all(self.generic_words(_WORD.findall(t)) for t in texts)
                             for e, texts in self.entity_texts().items()}
        return self._generic.get(eid, False)

    def unnamed_police(self, eid: str) -> bool:
        """(round-41 review) An entity whose every mention is a nation's police (`ब्रिटिश पुलिस`, `पुलिस`): an unnamed
        body, anonymous wherever it speaks (`ब्रिटिश पुलिस ने कहा`, a later `उसने`, `ब्रिटिश पुलिस की उस चेतावनी …
        जिसमें उसने कहा`); `दिल्ली पुलिस` stays named. One rule for every path (the claims' last pass)."""
        texts = self.entity_texts().get(eid, ())
        return bool(texts) and all((ws := [fold(w) for w in t.split()])[-1] == "पुलिस"
                                   and all(w in _POLICE_NATIONS for w in ws[:-1]) for t in texts)

    def owned_mention(self, m: Mention) -> bool:
        """A place, an organisation or a government names the body's owner right before it (`दिल्ली स्वास्थ्य
        विभाग`, `दिल्ली के स्वास्थ्य विभाग`, `दिल्ली सरकार के स्वास्थ्य विभाग`)."""
        return self.owned_at(m.start)

    def owned_at(self, k: int) -> bool:
        """A place, an organisation or a government ends right before k, or before a genitive right before k."""
        while k > 0 and self.T[k - 1] == " ":
            k -= 1
        w = _WORD_BEFORE.search(self.T, max(0, k - 12), k)
        if w is not None and _key(w.group()) in ("के", "की", "का"):  # `दिल्ली (सरकार) के स्वास्थ्य विभाग`
            k = w.start()
            while k > 0 and self.T[k - 1] == " ":
                k -= 1
        return self.by_end.get(k) is not None or self.T[max(0, k - 8):k].endswith("सरकार")

    def unowned_generic_mention(self, sp: _Spk) -> bool:
        """The speaker is itself a tagged generic body with no owner named before it (`राज्य के स्वास्थ्य विभाग ने`,
        `प्रदेश के स्वास्थ्य विभाग ने`, a bare `स्वास्थ्य विभाग ने`), though its entity also holds another state's
        department or a longer name (a live blog's `पंजाब के स्वास्थ्य विभाग`): no entity, anonymous (dev2 README:
        `विभाग` is no entity; unnamed bodies are anonymous)."""
        if sp.s is None or sp.e is None:
            return False
        j = bisect.bisect_left(self.ment_starts, sp.s)
        if j >= len(self.ments) or self.ments[j].start != sp.s or self.ments[j].end != sp.e:
            return self.unowned_generic_known(sp, j)
        m = self.ments[j]
        return self.generic_words(_WORD.findall(m.text)) and not self.owned_mention(m)

    def unowned_generic_known(self, sp: _Spk, j: int) -> bool:
        """An untagged generic body that took the entity of a tagged one elsewhere in the story by its words
        (known_name: `राज्य के स्वास्थ्य विभाग ने` with `स्वास्थ्य विभाग` tagged for another state's department): no
        mention inside it and no owner before it, so the same unnamed body as a tagged one (round 30)."""
        if sp.text is None or (j < len(self.ments) and self.ments[j].start < sp.e):
            return False
        return self.generic_words(_WORD.findall(sp.text)) and not self.owned_at(sp.s)

    def unowned_generic_anaphor(self, sp: _Spk) -> bool:
        """A lone generic body head (`सरकार ने कहा है कि …`, `विभाग के मुताबिक`) that found no body named before it and
        has no owner in a genitive before it (`पाकिस्तान की सरकार ने` stays): an unnamed generic body, anonymous
        (dev2 README: `केंद्र सरकार`, `विभाग` are no entities; unnamed bodies are anonymous)."""
        if sp.text is None or sp.s is None or len(sp.text.split()) != 1 or _key(sp.text) not in _GENERIC_BODY_HEADS:
            return False
        k = sp.s
        while k > 0 and self.T[k - 1] == " ":
            k -= 1
        w = _WORD_BEFORE.search(self.T, max(0, k - 12), k)
        # (a possessive pronoun is an owner too: `इमरान खान ने बैठक की। उनकी सरकार ने कहा कि …`)
        return not (w is not None and _key(w.group()) in _GENITIVE_OWNERS)

    def entity_texts(self) -> dict[str, set[str]]:
        """Entity id -> the texts of its mentions in the document (built once)."""
        if self._entity_texts is None:
            self._entity_texts = defaultdict(set)
            for m in self.ments:
                if m.entity_id:
                    self._entity_texts[m.entity_id].add(m.text)
        return self._entity_texts

    def branch_parents(self) -> dict[str, str]:
        """(round 64, claims.branch_parents) A branch's entity id -> its company's: an ORG mention whose text is
        the text of another ORG entity's mention in the story + one country of SUBSIDIARY_COUNTRIES (`टोयोटा यू.के.`
        -> `टोयोटा`'s entity). Built once per document."""
        if self._branch_parents is None:
            by_text = {m.text: m.entity_id for m in self.ments if m.label == "ORG" and m.entity_id}
            self._branch_parents = {}
            for m in self.ments:
                head, _, last = m.text.rpartition(" ")
                if m.label == "ORG" and m.entity_id and fold(last) in SUBSIDIARY_COUNTRIES \
                        and by_text.get(head) not in (None, m.entity_id):
                    self._branch_parents[m.entity_id] = by_text[head]
        return self._branch_parents

    def name_extensions(self) -> dict[str, frozenset[str]]:
        """Folded word -> the entities of the tagged persons it follows right after as an ergative subject (`काई-फू ली ने`
        with `काई-फू` tagged): the surname of a name the tagger cut short (a later `ली ने कहा` is that person). Words of the
        lexicon (role, source, anaphor, stop words) and postpositions are none. Built once per document."""
        if self._extensions is None:
            ext: dict[str, set[str]] = defaultdict(set)
            for m in self.ments:
                if m.label != "PER" or not m.entity_id:
                    continue
                w = _EXTENSION_WORD.match(self.T, m.end)
                k = _key(w.group(1)) if w else ""
                if len(k) < 2 or k in POSTPOSITIONS or k in self.npstop or k in self.titles or k in self.anon \
                        or k in self.anaphor or k in self.source or k in self.data or k in self.owned \
                        or k in self.nonname or k in self.pron or k in self.roles or k in self.qualroles \
                        or k in _HONORIFICS or k in _LIST_ENDS or k.endswith("मंत्री") or k in _COLLECTIVE_NOUNS:
                    continue
                ext[k].add(m.entity_id)
            self._extensions = {k: frozenset(v) for k, v in ext.items()}
        return self._extensions

    def as_noted_subject(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """(round 52, claims.as_noted) `जैसा कि पर्यावरण अखंडता प्रोजेक्ट नोट करता है, C`: the two to four words between
        `जैसा कि` and a habitual cue, none a common word of the lexicon or a postposition, are a name the tagger missed
        (no entity)."""
        if not self.p.as_noted or not _as_noted(self.T, u.s, hit.s, hit.e):
            return None
        words = [t for t in u.toks if t.e <= hit.s]
        ks = [i for i, t in enumerate(words) if t.k == "जैसा" and i + 1 < len(words) and words[i + 1].k == "कि"]
        if not ks:
            return None
        words = words[ks[-1] + 2:]
        lex = (self.npstop, self.pron, self.anon, self.anaphor, self.source, self.data, self.titles, self.adverbs,
               self.nonname, _BOTH, _CONNECTIVE_NOUNS, POSTPOSITIONS)
        if not 2 <= len(words) <= self.p.max_speaker_tokens \
                or any(not _IS_WORD.match(t.t) or any(t.k in x for x in lex) for t in words):
            return None
        return _Spk(self.T[words[0].s:words[-1].e], words[0].s, words[-1].e, None, "named")

    def habitual_quote(self, u: _Unit, hit: _Hit) -> bool:
        """A person's habitual cue of saying (`कहते/कहती हैं`, `बताते हैं`) with a quotation right after it."""
        return self.honorific(u, hit) and fold(self.T[hit.rs:hit.re]).startswith(("कह", "बता")) \
            and _COPULA_AND_PUNCT.sub("", self.T[hit.e:hit.e + 40])[:1] in QUOTES

    def untagged_name(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """`कन्हैया कहते हैं, "…"`: the whole clause before a person's habitual cue (कहते/कहती हैं) is one to three
        words that are no common word of the lexicon: a name the tagger missed (no entity). Titles before it stay out."""
        if not self.honorific(u, hit) or not fold(self.T[hit.rs:hit.re]).startswith(("कह", "बता")):
            return None
        rest = _COPULA_AND_PUNCT.sub("", self.T[hit.e:hit.e + 40])
        words = [t for t in u.toks if t.e <= hit.s]
        if rest[:1] not in QUOTES:
            # only a quotation: `सब कहते हैं, ये …`, `प्रिंसिपल कहते हैं यह …` are no named persons; with कि, a name
            # that opens at least two of the story's sentences as the subject of a habitual cue (`चेतन बताते हैं कि`)
            if not (rest.startswith("कि") and 1 <= len(words) <= 2 and (
                    self.recurring_subject(words) or self.p.recurring_opener and self.recurring_opener(words))):
                return None
        words = [t for t in u.toks if t.e <= hit.s]
        while words and (words[0].k in self.titles or words[0].t in QUOTES):
            words.pop(0)
        lex = (self.npstop, self.pron, self.anon, self.anaphor, self.source, self.data, self.titles, self.adverbs,
               self.nonname, _BOTH, _CONNECTIVE_NOUNS, POSTPOSITIONS)
        if len(words) > 3:
            # `बर्लिन के … लैब के चीफ साइंटिस्ट कार्स्टन नोल कहते हैं, "…"`: a description ending in a title or a
            # role noun, then one to three words that are no common word: the name it introduces; also one or two
            # such words after a participle (`इसका जवाब देते हुए नरगिस कहती हैं`, `स्कूल में पढ़ाने वाली उज्मा कहती हैं`)
            # or (round 48, claims.genitive_name) after a genitive (`… (केओपीआई) संगठन की अनीसा बताती हैं, "…"`)
            for k in (3, 2, 1):
                tail, head = words[-k:], words[-k - 1]
                if (head.k in self.titles or head.k in self.anon or (head.k in _PARTICIPLE_ENDS and k <= 2)
                        or (self.p.genitive_name and head.k in _GENITIVES and k <= 2
                            and not any(t.k in _GENITIVE_NOT_NAMES or t.k.endswith(_PLURAL_ENDS) for t in tail))) \
                        and all(_IS_WORD.match(t.t) and not t.t[0].isdigit() and len(t.k) >= 2
                                and not any(t.k in x for x in lex) for t in tail) \
                        and not any(self.T[a.e:b.s].strip() for a, b in zip([head] + tail, tail)):
                    return _Spk(self.T[tail[0].s:tail[-1].e], tail[0].s, tail[-1].e, None, "named")
            return None
        if not 1 <= len(words) <= 3 or words[0].s > u.s + 40:
            return None
        for t in words:
            if not _IS_WORD.match(t.t) or t.t[0].isdigit() or any(t.k in x for x in lex) or len(t.k) < 2:
                return None
        if any(t.s < u.s for t in words) or any(self.T[a.e:b.s].strip() for a, b in zip(words, words[1:])):
            return None
        return _Spk(self.T[words[0].s:words[-1].e], words[0].s, words[-1].e, None, "named")

    def adjunct_subject(self, u: _Unit, prev: list[_Tok], hit: _Hit) -> _Spk | None:
        """(round 54, claims.adjunct_subject) `अपनी उम्र से छोटे दिखने वाले कन्हैया थोड़ी तुतलाहट के साथ कहते हैं, "…"`,
        `इन बीते सालों में अजय अपने और प्रकाश झा के साथ के बारे में कहते हैं, "…"`: a person's habitual cue of saying
        and a quotation after a postpositional phrase of manner or topic (`के साथ`, `के बारे में`, `को लेकर`, `पर`),
        the subject the last tagged person or nominative pronoun before that phrase that is no genitive, object or
        postposition's noun (`प्रकाश झा के`); at most ten words between it and the cue, no comma, quote or कि."""
        if not self.p.adjunct_subject or len(prev) < 3 or prev[-1].k not in _ADJUNCT_ENDS:
            return None
        if not self.habitual_quote(u, hit):
            return None
        best = None
        for i, t in enumerate(prev[:-2]):
            nxt = prev[i + 1]
            if nxt.k in POSTPOSITIONS or nxt.k in _GENITIVES:
                continue
            between = prev[i + 1:]
            if len(between) > 10 or any(x.t in (",", ";", ":") or x.t in QUOTES or x.k in ("कि", "ने", "जो") for x in between):
                continue
            if any(x.k in _NAMING_OBJECTS or x.k == "को" and y.k != "लेकर" for x, y in zip(between, between[1:])):
                continue  # (review of round 54) `वे इसे हिंदी में कहते हैं, "जुगाड़"`: naming, no report
            m = self.by_end.get(t.e)
            if m is not None and m.label == "PER" and m.start >= u.s:
                best = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
            elif (pe := self.pron.get(t.k)) is not None and pe.role == "nom":
                pe = replace(pe, labels=tuple(x for x in pe.labels if x in ("PER", "STATEMENT")) or ("PER",))
                best = self.resolve_pronoun(t, pe, u.sent_idx)
        return best

    def glued_pronoun(self, u: _Unit, last: _Tok, hit: _Hit) -> _Spk | None:
        """(round 54, claims.glued_pronoun) `… रो पड़ीं दीप्ति नवलवो कहती हैं, ''…''`, `… गिर गई सरकारवो आगे बताती हैं,
        "…"`: BBC Hindi pages whose related-story headlines were glued onto the next sentence's pronoun `वो`. A word
        that ends in `वो` right after two or more letters, before a person's habitual cue of saying and a quotation,
        is that pronoun (its antecedent found as for a written `वो`)."""
        pe = self.pron.get("वो")
        if not self.p.glued_pronoun or pe is None or pe.role != "nom" or len(last.t) < 4 or not last.t.endswith("वो") \
                or not _IS_WORD.match(last.t[-3]) or last.k in self.pron:
            return None
        if not self.habitual_quote(u, hit):
            return None
        tok = _Tok(last.e - 2, last.e, "वो", "वो")
        pe = replace(pe, labels=tuple(x for x in pe.labels if x in ("PER", "STATEMENT")) or ("PER",))
        return self.resolve_pronoun(tok, pe, u.sent_idx)

    def recurring_opener(self, words: list[_Tok]) -> bool:
        """(round 54, claims.recurring_opener) A name the tagger missed that opens one sentence before a habitual cue of
        saying (`कोनली कहती हैं कि …`, `डेनियल बोर कहते हैं कि …`) and, itself or its last word (a surname), opens
        at least one more of the story's sentences whatever follows (`कोनली की सलाह है कि …`, `बोर कलर ब्लाइंड है`): a
        person the story is about, not a common word (those are left out by the lexicon check after)."""
        T, name = self.T, self.T[words[0].s:words[-1].e]
        habitual, opens = False, 0
        for form in dict.fromkeys((name, words[-1].t)):
            i = T.find(form)
            while i >= 0:
                j = i
                while j > 0 and T[j - 1] in " \t":
                    j -= 1
                after = T[i + len(form):i + len(form) + 1]
                if (j == 0 or T[j - 1] in _OPENS_SENTENCE) and not _IS_WORD.match(after or " "):
                    opens += 1
                    if form == name and (m := _RECURRING_CUE.match(T, i + len(form))) and m.group(1) is not None:
                        habitual = True
                i = T.find(form, i + len(form))
            if form == name and len(words) == 1:
                break
        return habitual and opens >= 2

    def recurring_subject(self, words: list[_Tok]) -> bool:
        """The words open two or more sentences or lines of the story right before a habitual cue of saying or an
        according-to (`रुचि कहती हैं, …`, `रुचि के अनुसार, …`)."""
        T, name = self.T, self.T[words[0].s:words[-1].e]
        hits, habitual = 0, False  # (a person takes the honorific plural: `अखबार लिखता है` is no name)
        i = T.find(name)
        while i >= 0:
            j = i
            while j > 0 and T[j - 1] in " \t":
                j -= 1
            if (j == 0 or T[j - 1] in _OPENS_SENTENCE) and (m := _RECURRING_CUE.match(T, i + len(name))):
                hits += 1
                habitual = habitual or m.group(1) is not None
            i = T.find(name, i + len(name))
        return hits >= 2 and habitual

    def named_role(self, u: _Unit, tok: _Tok) -> _Spk | None:
        """`स्वास्थ्य मंत्रालय के प्रवक्ता कियानोश जहांपोर ने … । … प्रवक्ता ने बताया कि`: a singular role noun, not
        indefinite (`एक प्रवक्ता`), is the person the story introduced earlier with that noun right before the name
        (the latest, within 3 x pronoun_window sentences, no agency dateline between); the words that qualify it here
        (`स्वास्थ्य मंत्रालय के`) must stand before it there too. A role of one holder (kind role: प्रवक्ता,
        संवाददाता) may stand bare; a role of many (kind qualrole: अधिकारी, डॉक्टर) needs a qualifier (`जिला अधिकारी
        ने`; a bare `अधिकारी ने` is any official). Else None (an unnamed official: anonymous)."""
        if not self.p.role_anaphora or (tok.k not in self.roles and tok.k not in self.qualroles):
            return None
        lead = [t for t in u.toks if t.e <= tok.s][-4:]
        if lead and lead[-1].k in _INDEFINITE:
            return None
        quals = set()
        for i in range(len(lead)):
            if lead[i].k in ("के", "की", "का"):
                quals |= {a.k for a in lead[max(0, i - 2):i] if _IS_WORD.match(a.t) and a.k not in self.npstop
                          and a.k not in self.pron and a.k not in POSTPOSITIONS}
        if lead and _IS_WORD.match(lead[-1].t) and lead[-1].k not in POSTPOSITIONS and lead[-1].k not in self.npstop \
                and lead[-1].k not in self.pron:
            quals.add(lead[-1].k)  # `जिला निगरानी अधिकारी`
        if not quals and tok.k not in self.roles:
            return None  # a bare `अधिकारी ने`: any official of the story (gold: anonymous), not the one named
        i = bisect.bisect_left(self.ment_starts, tok.s) - 1
        oldest = u.sent_idx - 3 * self.p.pronoun_window
        while i >= 0:
            m = self.ments[i]
            i -= 1
            if m.label != "PER" or not m.entity_id:
                continue
            if self.units[self.unit_at(m.start)].sent_idx < oldest:
                return None  # (mentions are sorted by start: all the rest are before the window too)
            j, k = self._word_before(m.start)
            word = fold(self.T[j:k])
            if word.rstrip(".") in _HONORIFICS:  # `प्रवक्ता डॉ. X`
                j, k = self._word_before(j)
                word = fold(self.T[j:k])
            if word != tok.k or self.T[k:m.start].strip(" .") or self.inside_direct(m.start):
                continue
            if self.story_break_between(m.start, tok.s):
                return None  # (a live blog's other story: `मुंबई, नौ मई (भाषा)` between)
            intro = set(fold(w) for w in self.T[max(self.units[self.unit_at(j)].s, j - 60):k].split())
            if quals <= intro:
                return _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", "PER")
        return None

    def story_break_between(self, a: int, b: int) -> bool:
        """An agency dateline opens a unit between positions a and b (a new story of the document)."""
        if not self.story_breaks:
            return False
        return any("(" in self.T[x.s:x.s + 80] and _STORY_BREAK.match(self.T, x.s)
                   for x in self.units[self.unit_at(a) + 1:self.unit_at(b) + 1])

    def resolve_title(self, tok: _Tok) -> _Spk:
        """A title standing for a person named with it (`गृहमंत्री पी चिदंबरम … गृहमंत्री ने कहा`): the latest
        PER mention before it that the same title introduced, else the first one after it (a headline names
        the office before the story names the person); else unresolved."""
        # an apposition in the same sentence: `डेनिस केलेहर, बेटर मार्केट्स के सह-संस्थापक और CEO ने कहा`
        u = self.units[self.unit_at(tok.s)]
        if self.indefinite_title(u, tok):  # `एक पूर्व ब्रिटिश राजदूत कहते हैं`: an unnamed official (round 28)
            return _Spk(tok.t, tok.s, tok.e, None, "anonymous")
        for m in reversed(self.ments):
            if m.end > tok.s or m.start < u.s or m.label != "PER":
                continue  # the organisation inside the apposition is passed over
            between = self.T[m.end:tok.s]
            if between.lstrip().startswith(",") and len(between) < 120 \
                    and not _CLAUSE_BREAK.search(between):
                return _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", m.label)
            break
        before = after = None
        names = self.title_group.get(tok.k, frozenset()) | {tok.k}  # `सीएम` for `मुख्यमंत्री उद्धव ठाकरे`
        # across a left-out given name, the words that qualify the title here (`गृह मंत्रालय की संयुक्त सचिव`,
        # `येदियुरप्पा के मीडिया सचिव`) must qualify it where the person was introduced too (not `स्वास्थ्य
        # मंत्रालय के संयुक्त सचिव लव अग्रवाल`)
        lead = [t for t in u.toks if t.e <= tok.s][-4:]
        # the office word right before the title (portfolio_differs), once per title; any spacing (`गृह  मंत्री`), and a
        # mark before the title is no office
        here = lead[-1].k if lead else ""
        owner = ""  # a place that owns the office here (`महाराष्ट्र के गृह मंत्री`)
        if len(lead) >= 3 and lead[-2].k in ("के", "की") and (o := self.by_end.get(lead[-3].e)) is not None \
                and o.label == "LOC":
            owner = fold(o.text)
        place_here = (owner or self.place_before_genitive(lead)) if self.p.place_owned_title else ""  # (round 70)
        quals = set()
        if lead and _IS_WORD.match(lead[-1].t) and lead[-1].k not in POSTPOSITIONS and lead[-1].k not in self.npstop:
            quals.add(lead[-1].k)
        for i in range(1, len(lead)):
            if lead[i].k in ("के", "की", "का") and len(lead) - i <= 2:  # owner, at most one modifier, title
                quals |= {a.k for a in lead[max(0, i - 2):i] if _IS_WORD.match(a.t) and a.k not in self.npstop
                          and a.k not in self.pron and a.k not in POSTPOSITIONS}
        for m in self.ments:
            if m.label != "PER" or m.start == tok.e + 1:
                continue
            skipped = False
            j, k = self._word_before(m.start)
            word = fold(self.T[j:k])
            j2, k2, w2 = j, k, word
            was_initial = False
            for _ in range(3):  # `स्वास्थ्य मंत्री के के शैलजा` with `शैलजा` tagged: the title before the initials
                if not (j2 < k2 and _INITIAL.match(w2)):
                    break
                if w2 == "के" and not was_initial:  # a bare `के` is the postposition (`प्रधानमंत्री के ट्रंप से`)
                    j3, k3 = self._word_before(j2)  # unless doubled or next to another initial (`के के`, `के एस`)
                    if not (j3 < k3 and _INITIAL.match(fold(self.T[j3:k3]))):
                        break
                was_initial = True
                j2, k2 = self._word_before(j2)
                w2 = fold(self.T[j2:k2])
                if j2 < k2 and w2 in names:
                    j, k, word = j2, k2, w2
                    break
            if len(word) > 2 and word[0] == "(" and word[-1] == ")" and word[1:-1] in names:
                word = word[1:-1]  # `मुख्य चिकित्सा अधिकारी (सीएमओ) मुकेश कुमार वत्स … सीएमओ ने कहा`
            if word not in names and j < k and word in self.titles:
                j2, k2 = self._word_before(j)  # `इटली के प्रधान मंत्री गिउसेप कोंटे … प्रधानमंत्री ने कहा`
                if j2 < k2 and self.T[k2:j] == " " and fold(self.T[j2:k2]) + word in names:
                    j, word = j2, fold(self.T[j2:k2]) + word
            if word.rstrip(".") in _HONORIFICS:  # `स्वास्थ्य मंत्री डॉ हर्षवर्द्धन … मंत्री ने कहा`
                j, k = self._word_before(j)
                word = fold(self.T[j:k])
            elif j < k and word not in names and _IS_WORD.match(word) and word not in self.npstop \
                    and word not in POSTPOSITIONS and word not in self.titles and self.T[k:m.start].strip() == "":
                # `संयुक्त सचिव लव अग्रवाल` tagged `अग्रवाल`: the title before a given name the tagger left out
                j2, k2 = self._word_before(j)
                if j2 < k2 and fold(self.T[j2:k2]) in names and self.T[k2:j].strip() == "":
                    j, k, word, skipped = j2, k2, fold(self.T[j2:k2]), True
            if j < k and (word in names or (word.endswith(tok.k) and not any(
                    word.endswith(t) and len(t) > len(tok.k) for t in self.titles))):
                # also when a heading or sentence was glued on: "बताया.न्यायाधीश तहिलयानी"
                intro = set(fold(w) for w in self.T[max(self.units[self.unit_at(j)].s, j - 50):k].split())
                if skipped and not quals <= intro:
                    continue  # a weaker match (a word between title and name): the title's qualifiers must agree
                if here and self.portfolio_differs(here, j, intro, owner):
                    continue  # `वित्त मंत्री सीतारमण … महाराष्ट्र के गृह मंत्री ने`: another office (round 33)
                if place_here and place_here not in self.title_places().get(m.entity_id, set()) \
                        and not set(place_here.split()) <= intro:
                    continue  # `उत्तराखंड के मुख्यमंत्री रावत … ओडिशा के मुख्यमंत्री ने`: another place's office (round 70)
                if m.start < tok.s:
                    before = m
                elif after is None:
                    after = m
        best = self.nearer_holder(before, after, tok) or before or after
        if best is not None:
            best = self.honorific_next_name(best)
            return _Spk(tok.t, tok.s, tok.e, best.entity_id, "pronoun", best.label)
        return _Spk(tok.t, tok.s, tok.e, None, "anonymous")  # an unnamed official (gold: an unnamed `प्रवक्ता`)

    def place_before_genitive(self, lead: list[_Tok]) -> str:
        """(round 70) The tagged place that owns a title right after `lead` (`ओडिशा के मुख्यमंत्री`: lead ends with
        the genitive, a LOC mention ends right before it), folded; else ""."""
        if len(lead) < 2 or lead[-1].k not in ("के", "की", "का"):
            return ""
        m = self.by_end.get(lead[-2].e)
        return fold(m.text) if m is not None and m.label == "LOC" else ""

    def title_places(self) -> dict[str, set[str]]:
        """(round 70) entity_id -> the tagged places whose title the story writes right before that person's name
        (`उत्तराखंड के मुख्यमंत्री त्रिवेंद्र सिंह रावत`, `पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी`: a genitive after the place;
        an honorific between title and name stepped over). Computed once per document."""
        if self._title_places is None:
            self._title_places = {}
            for m in self.ments:
                if m.label != "PER" or not m.entity_id:
                    continue
                j, k = self._word_before(m.start)
                if fold(self.T[j:k]).rstrip(".") in _HONORIFICS:
                    j, k = self._word_before(j)
                word = fold(self.T[j:k])
                if not (j < k and (word in self.titles or (word.endswith("मंत्री") and len(word) > 6))):
                    continue
                a, b = self._word_before(j)
                if not (a < b and fold(self.T[a:b]) in ("के", "की", "का")):
                    continue
                o = self.by_end.get(self._word_before(a)[1])
                if o is not None and o.label == "LOC":
                    self._title_places.setdefault(m.entity_id, set()).add(fold(o.text))
        return self._title_places

    def nearer_holder(self, before: Mention | None, after: Mention | None, tok: _Tok) -> Mention | None:
        """(round 41) A title whose holder the text names again right after it (`प्रधानमंत्री ने यह जानकारी दी। …
        प्रधानमंत्री लोताय शेरिंग के कार्यालय ने …`) while the holder before it was introduced far back, in another
        story of a live blog (`पीएम नरेंद्र मोदी`, a hundred sentences up): the one after, when it stands at most two
        sentences on and the one before more than three pronoun windows back; else None (the usual order)."""
        if before is None or after is None or before.entity_id == after.entity_id:
            return None
        here = self.units[self.unit_at(tok.s)].sent_idx
        if self.units[self.unit_at(after.start)].sent_idx - here > 2:
            return None
        if here - self.units[self.unit_at(before.start)].sent_idx <= 3 * self.p.pronoun_window:
            return None
        # (round-41 review) not another holder of the title: a former one (`पूर्व प्रधानमंत्री मनमोहन सिंह`) or one
        # of a place the title here lacks (`ब्रिटेन के प्रधानमंत्री बोरिस जॉनसन` after a bare `प्रधानमंत्री ने`)
        au = self.units[self.unit_at(after.start)]
        words = [fold(w) for w in self.T[max(au.s, after.start - 60):after.start].split()][-4:-1]
        if any(w in _FORMER for w in words[-2:]):
            return None
        if words and words[-1] in ("के", "की", "का"):
            j, k = self._word_before(tok.s)
            if not (j < k and fold(self.T[j:k]) in ("के", "की", "का")):
                return None
        return after

    def honorific_next_name(self, m: Mention) -> Mention:
        """(round 41) A title's holder tagged as two persons with an honorific between (`सीएमओ कांगड़ा डॉ. गुरदर्शन
        गुप्ता`: the office's place read as a name): the name the honorific introduces is the person, not the word
        before it. Only a PER mention right after m, across one honorific word (`डॉ.`, `श्री`) and spaces."""
        i = bisect.bisect_right(self.ment_starts, m.start)
        while i < len(self.ments) and self.ments[i].start < m.end:
            i += 1
        if i >= len(self.ments) or self.ments[i].label != "PER" or self.ments[i].start - m.end > 14:
            return m
        between = self.T[m.end:self.ments[i].start].split()
        # (round-41 review) only a one-word holder (the office's place read as a name, `कांगड़ा`): a full name before
        # the honorific is the holder itself (`एसडीएम राजेश कुमार डॉ. अनिल गुप्ता के साथ`)
        if len(between) == 1 and fold(between[0]).rstrip(".॰") in _HONORIFICS and len(m.text.split()) == 1:
            return self.ments[i]
        return m

    def portfolio_differs(self, here: str, j: int, intro: set[str], owner: str = "") -> bool:
        """(round 33) The word right before the title here (`here`) and the word right before it
        where the person was introduced (at j) both name an office (_PORTFOLIOS), differ, and the one here is not in
        the introduction (`वित्त मंत्री निर्मला सीतारमण … महाराष्ट्र के गृह मंत्री ने`: the home minister is not the
        finance minister); a title alone on either side (`मंत्री ने`), an adjective (`केंद्रीय मंत्री`), one office of
        both or its synonym (`कानून`/`विधि`, review) agrees."""
        a, b = self._word_before(j)
        there = fold(self.T[a:b]) if a < b and self.T[b:j] == " " else ""
        # (follow-up) a minister of state and the office's minister are two persons (`स्वास्थ्य मंत्री हर्षवर्धन …
        # स्वास्थ्य राज्य मंत्री ने`, and the other way round); another place's office too (`केंद्रीय गृह मंत्री अमित
        # शाह … महाराष्ट्र के गृह मंत्री ने`), unless the place was in the introduction or names the country
        if (here == _JUNIOR) != (there == _JUNIOR) and (here == _JUNIOR or here in _PORTFOLIOS):
            return True
        if owner and not set(owner.split()) <= intro and not (owner in _OWN_COUNTRY and "केंद्रीय" in intro):
            return here in _PORTFOLIOS
        return all(w in _PORTFOLIOS for w in (here, there)) and _portfolio(here) != _portfolio(there) \
            and _portfolio(here) not in {_portfolio(w) for w in intro}

    def indefinite_title(self, u: _Unit, tok: _Tok) -> bool:
        """An indefinite (`एक`, `किसी`, `कोई`) before the title, across at most two adjectives that are no name, time
        word or postposition (`एक पूर्व ब्रिटिश राजदूत`, `किसी मंत्री`; not `एक साल पहले मंत्री`, `एक बार
        प्रधानमंत्री`): the title stands for no holder the story named (round 28)."""
        lead = [t for t in u.toks if t.e <= tok.s][-3:]
        for n, t in enumerate(reversed(lead)):
            if t.k in _INDEFINITE:
                return True
            if n >= 2 or not _IS_WORD.match(t.t) or t.k in POSTPOSITIONS or t.k in _NOT_INDEFINITE_NOUN \
                    or t.k in self.time or t.k in _TIME_WORDS or t.k in _BODY_LEAD or t.k in self.npstop \
                    or t.t[0].isdigit() or self.mention_over(t.s) or _conjunctive(t.k):
                return False  # (round-28 review) not an object of a conjunctive verb: `एक ट्वीट कर मुख्यमंत्री ने`,
                # `एक पत्र लिखकर मुख्यमंत्री ने`: the indefinite is the tweet's, the title the named holder
        return False

    def source_owner(self, u: _Unit, pos: int) -> _Spk | None:
        """The owner of a source noun at pos: `X की (ताज़ा) रिपोर्ट`, `X द्वारा जारी आंकड़े`, `X से मिली जानकारी`,
        `X की ओर से जारी आंकड़े`: a mention (or an anonymous source) before the marker, across the participles
        and adjectives between them."""
        toks = [t for t in u.toks if t.e <= pos]
        if self.p.compound_owner and toks and (m := self.by_end.get(toks[-1].e)) is not None and m.label == "ORG" \
                and m.start >= u.s and self.T[m.end:pos].isspace():
            # (round 50) `सीबीएस से जुड़ी WAFB रिपोर्ट के मुताबिक`, `एनसीआरबी रिपोर्ट में`: an organisation's name right
            # before the document noun, no marker between (a noun compound of translated news), is its owner
            return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        i = len(toks) - 1
        while i >= 0:
            t = toks[i]
            if self.dated(toks, i):
                i -= 1  # `X द्वारा गुरुवार को जारी रिपोर्ट`, `X के शनिवार सुबह 8 बजे तक के आंकड़े`: a date between
                continue
            if t.k == "में" and i + 1 < len(toks) and toks[i + 1].k in _PUBLISHED and i > 0:
                # `टाइम्स ऑफ इंडिया में छपी ख़बर`, `मीडिया में आई खबरों`: the paper (not a place) or unnamed media
                m = self.by_end.get(toks[i].s - 1)
                if m is not None and m.start >= u.s and m.label != "LOC":
                    return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                if toks[i - 1].k in self.anon:
                    return _Spk(toks[i - 1].t, toks[i - 1].s, toks[i - 1].e, None, "anonymous")
                return None
            if t.k == "की" and self.p.light_verb_issuer and self.issuer_light_verb(toks, i):
                i -= 1  # (round 79) `एएफपी की तरफ से की गई गणना`: the light verb, not a genitive
                continue
            if t.k in ("के", "की", "का", "द्वारा", "से"):
                j = i
                if t.k == "से" and i > 1 and toks[i - 1].k in ("ओर", "तरफ") and toks[i - 2].k in ("की", "के"):
                    j = i - 2  # `X की ओर से जारी`
                if j > 2 and toks[j - 1].t == ")" and (o := next((x for x in range(j - 2, max(-1, j - 6), -1)
                                                             if toks[x].t == "("), None)) is not None and o > 0:
                    j = o  # `जॉन्स हॉपकिंस यूनिवर्सिटी (जेएचयू) की रिपोर्ट`: the name before the parenthesis
                m = self.by_end.get(toks[j].s - 1) if j > 0 else None
                if m is not None and m.start >= u.s:
                    m = self.org_of_place(m, u)
                    return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                prev = toks[j - 1] if j > 0 else None
                if prev is not None and prev.k in _OFFICES and (office := self.office_owner(u, toks, j - 1)) is not None:
                    return office  # `उनके दफ़्तर की ओर से जारी बयान`: the person whose office issued it
                if prev is not None and prev.k in self.anon:
                    return _Spk(prev.t, prev.s, prev.e, None, "anonymous")
                if prev is not None and prev.k in self.titles and t.k in ("के", "की", "का"):
                    return self.resolve_title(prev)  # `महानिदेशक के निर्देशों के अनुसार`: the person of that office
                if prev is not None and self.anaphor.get(prev.k) in ("head", "org") \
                        and (j == 1 or toks[j - 2].k not in _INDEFINITE):
                    # `मंत्रालय की ओर से जारी बयान`: the ministry the story named (`स्वास्थ्य मंत्रालय`), unless unnamed
                    sp = self.resolve_anaphor(prev, self.anaphor[prev.k], u)
                    if sp.entity_id:
                        return sp
                if prev is not None and (body := self.generic_issuer(toks, j)) is not None:
                    return body  # `स्वास्थ्य विभाग की ओर से जारी बुलेटिन`: an unnamed generic body, anonymous
                if prev is not None and t.k == "की" and prev.k in self.sourcemod:
                    i -= 1  # `जारी की गई`
                    continue
                if t.k in ("द्वारा", "से") and j == i:  # `एविएशन सुरक्षा नेटवर्क से डेटा`: an owner the tagger missed
                    np = []
                    for x in reversed(toks[:j]):
                        if not _IS_WORD.match(x.t) or x.k in self.npstop or x.k in self.pron \
                                or len(np) >= self.p.max_speaker_tokens:
                            break
                        np.insert(0, x)
                    if np:
                        return _Spk(self.T[np[0].s:np[-1].e], np[0].s, np[-1].e, None, "named")
                return None
            if t.k not in self.sourcemod:
                return None
            i -= 1
        return None

    def issuer_light_verb(self, toks: list[_Tok], i: int) -> bool:
        """(round 79, claims.light_verb_issuer) toks[i] (`की`) is the light verb of a passive participle right after it
        (`की गई`, `की गए`) and the issuer's marker stands right before it (`एएफपी द्वारा की गई`, `एएफपी की तरफ से की
        गई`), or a date between them (`द्वारा शनिवार को की गई`): no genitive of the word before it."""
        if i < 1 or i + 1 >= len(toks) or toks[i + 1].k not in _PASSIVE_LIGHT_PARTICIPLES:
            return False
        k = i - 1
        while k > 0 and self.dated(toks, k):
            k -= 1
        t = toks[k]
        return t.k == "द्वारा" or (t.k == "से" and k > 1 and toks[k - 1].k in ("ओर", "तरफ") and toks[k - 2].k in ("की", "के"))

    def org_of_place(self, m: Mention, u: _Unit) -> Mention:
        """A place right after an organisation's name qualifies it (`ABC ऑस्ट्रेलिया की एक रिपोर्ट`, `बीआरडी मेडिकल
        कॉलेज गोरखपुर से मिली रिपोर्ट`, `मौसम विभाग श्रीनगर के अनुसार`): the organisation owns the source, not the
        place (round 39)."""
        if m.label != "LOC" or not self.p.org_before_place:
            return m
        gap = _ORG_PLACE_GAP.search(self.T, max(0, m.start - 8), m.start)  # ` `, `, ` or repeated spaces
        if gap is None or gap.end() != m.start:
            return m
        o = self.by_end.get(gap.start())
        # review of round 39: only a branch-like body name (`ABC ऑस्ट्रेलिया`, `मौसम विभाग श्रीनगर`, `एम्स, दिल्ली`), not
        # a subject before an adverbial source (`दिल्ली पुलिस मुंबई से मिली रिपोर्ट के अनुसार …`) or a body before
        # another country's report (`संयुक्त राष्ट्र चीन की रिपोर्ट`)
        if o is None or o.label != "ORG" or o.start < u.s or not (
                _LATIN_NAME.fullmatch(o.text) or fold(o.text.split()[-1]) in _BRANCH_HEADS):
            return m
        return o

    def place_qualified_org(self, sp: _Spk | None, u: _Unit) -> _Spk | None:
        """A place speaker right after an organisation's name (`मौसम विभाग श्रीनगर के अनुसार`) is the organisation
        (org_of_place)."""
        if sp is None or sp.label != "LOC" or sp.s is None or (m := self.by_end.get(sp.e)) is None or m.start != sp.s:
            return sp
        o = self.org_of_place(m, u)
        return sp if o is m else _Spk(o.text, o.start, o.end, o.entity_id, "named", o.label)

    def generic_issuer(self, toks: list[_Tok], j: int) -> _Spk | None:
        """toks[:j] end in an untagged generic public body with no owner before it (`स्वास्थ्य विभाग`, `राज्य सरकार`,
        a lone `सरकार`; not `दिल्ली के स्वास्थ्य विभाग`, `उनकी सरकार`): that body as an anonymous speaker, as a
        generic body is after ने or before an according-to phrase (dev2 README: unnamed bodies are anonymous)."""
        if j == 0 or _key(toks[j - 1].k) not in _GENERIC_BODY_HEADS:
            return None
        k = j - 1
        while k > 0 and _key(toks[k - 1].k) in _GENERIC_QUALIFIERS:
            k -= 1
        if k == j - 1:
            return None  # a lone `सरकार की ओर से जारी गाइडलाइन` is the body the story named (its issuer), found later
        if k > 0 and _key(toks[k - 1].k) in _GENITIVE_OWNERS:
            return None  # owned: `दिल्ली के स्वास्थ्य विभाग`, `उनकी सरकार`
        if k > 0 and _IS_WORD.match(toks[k - 1].t) and _key(toks[k - 1].k) not in _ISSUER_BOUNDS:
            return None  # an untagged word of its name before it: `उत्तर प्रदेश सरकार`, `सामुदायिक स्वास्थ्य केंद्र`
        if self.mention_over(toks[k].s) or self.mention_over(toks[j - 1].s) or (k > 0 and self.by_end.get(toks[k - 1].e)):
            return None  # (a tagged body, or a place right before it: `महाराष्ट्र सरकार`)
        return _Spk(self.T[toks[k].s:toks[j - 1].e], toks[k].s, toks[j - 1].e, None, "anonymous")

    def dated(self, toks: list[_Tok], i: int) -> bool:
        """toks[i] belongs to a date or time between a source noun and its owner's marker: a day, month or clock
        word or a number (`रविवार आठ मार्च की`, `17 अप्रैल सुबह आठ बजे जारी`), or the को/तक/तक के closing one
        (`गुरुवार को जारी`, `सुबह 8 बजे तक के आंकड़े`); not a marker after another word (`X को दी गई रिपोर्ट`)."""
        k = toks[i].k
        if k in self.time or k[:1].isdigit():
            return True
        if k in ("को", "तक") and i > 0:
            return toks[i - 1].k in self.time or toks[i - 1].k[:1].isdigit()
        if k in ("के", "की", "का") and i > 0:  # `आठ मार्च की रिपोर्ट`, `8 बजे तक के आंकड़े`: no date owns a report
            x = i - 2 if toks[i - 1].k == "तक" and i > 1 else i - 1
            return toks[x].k in self.time or toks[x].k[:1].isdigit()
        return False

    def data_issuer(self, tok: _Tok) -> _Spk:
        """Figures with no written owner stand for the organisation whose statement came last (`स्वास्थ्य मंत्रालय ने
        बताया कि … आंकड़ों के मुताबिक …`); unresolved if no organisation has spoken."""
        prev = [c for c in self.claims if c.anchor < tok.s and c.spk.label == "ORG" and c.spk.entity_id]
        if prev and self.p.data_owner_window >= 0 \
                and self.sent_idx_at(tok.s) - max(prev, key=lambda c: c.anchor).sent_idx > self.p.data_owner_window \
                and not any(c.qtype == "indirect" and c.cs <= tok.s < c.ce for c in self.claims):
            prev = []  # (round 51) an organisation that spoke long before owns no figures here (`ताजा आंकड़ों के मुताबिक,
            # दुनिया में …` 8 sentences after the foreign ministry; `आंकड़े दर्शाते हैं कि` inside a scientist's quote); but
            # figures inside a reported clause (`लव अग्रवाल ने बताया कि … आंकड़ों के अनुसार …`) keep the last organisation
        if prev:
            sp = max(prev, key=lambda c: c.anchor).spk
            return _Spk(tok.t, tok.s, tok.e, sp.entity_id, "pronoun", "ORG")
        return _Spk(tok.t, tok.s, tok.e, None, "unresolved", "ORG")  # an issuer not named (a plural, not a group)

    def genitive_owner(self, u: _Unit, pos: int) -> _Spk | None:
        """`X की रिपोर्ट`: the mention X before a genitive marker ending right before pos."""
        toks = [t for t in u.toks if t.e <= pos]
        if toks and toks[-1].k in ("की", "के", "का"):
            m = self.by_end.get(toks[-1].s - 1) or self.by_end.get(toks[-1].s)
            if m is not None and m.label in ("PER", "ORG", "LOC"):
                return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        return None

    def resolve_anaphor(self, tok: _Tok, role: str, u: _Unit) -> _Spk:
        base = dict(text=tok.t, s=tok.s, e=tok.e)
        if role == "court":
            return self.resolve_court(tok, u)
        if role == "outlet":
            return self.resolve_outlet(tok, u)
        if role == "head" and tok.k in _PARTY_ANAPHORS:  # (a head row, so that older code still reads cues-v19)
            return self.resolve_party(tok, u)
        if role in ("head", "org"):
            glued = self.by_end.get(tok.s - 1)
            if role == "org" and glued is not None and glued.label in ("ORG", "PER") and glued.entity_id \
                    and self.T[tok.s - 1] == " " and glued.start >= u.s:
                # `आउटब्रेन कंपनी के मुताबिक` (the name tagged PER or ORG): the company named right before its head
                # noun (not a body's part: `यूएन एजेंसी`, `ट्रंप प्रशासन`)
                return _Spk(self.T[glued.start:tok.e], glued.start, tok.e, glued.entity_id, "named", "ORG")
            best = None
            orgs: Counter = Counter()  # role org: "कंपनी ने कहा" is the organisation the story is about
            seen: list[str] = []  # organisations named before the anaphor, in order
            bodies = self.public_bodies() if tok.k in _COMPANY_NOUNS else frozenset()
            for m in self.ments:
                if m.label in ("ORG", "PER") and fold(m.text.split()[-1]) == tok.k and m.start < tok.s:
                    best = m
                if m.label == "ORG" and m.entity_id and fold(m.text.split()[-1]) not in PUBLIC_BODY_HEADS \
                        and m.entity_id not in bodies and not self.channel(m):
                    orgs[m.entity_id] += 1  # `कंपनी ने कहा` is no government, union or court
                    if m.start < tok.s:
                        seen.append(m.entity_id)
                    if self.p.branch_parents and (parent := self.branch_parents().get(m.entity_id)) is not None:
                        orgs[parent] += 1  # (round 64) `टोयोटा यू.के.` names Toyota too
                        if m.start < tok.s:
                            seen.append(parent)
            if best is not None and role == "head" and self.moved_place(best, tok, u):
                best = None  # `… दिल्ली सरकार … (30 sentences) … आंध्र प्रदेश में … सरकार ने कहा`: another place's body
            if best is not None and role == "head" and (own := self.owned_body(best, tok, u)) is not None:
                return own
            if best is not None:
                return _Spk(**base, entity_id=best.entity_id, type="pronoun", label=best.label)
            if role == "head" and tok.k in _AGENCY_HEADS and (named := self.agency_named_before(tok, u)) is not None:
                return named
            if role == "org" and seen and self.p.org_introduced and (intro := self.introduced_with_head(tok, u)) \
                    and (intro.entity_id == seen[-1] or ((prev := self.previous_claim(tok.s, u.sent_idx)) is not None
                                                         and prev.spk.entity_id == intro.entity_id)):
                # (round 48) `आवागमन कंपनी पीएंडओ से संपर्क किया। … कंपनी ने कहा`: P&O, not the one named most; (review
                # of round 48) only the last organisation named or the last claim's speaker (`दवा कंपनी फाइजर ने …।
                # मॉडर्ना ने कहा कि …। कंपनी ने कहा`: Moderna, as before)
                return intro
            if role == "org" and seen and (kind := self.of_kind(seen, tok.k)):
                seen = kind  # `एयरलाइन ने कहा`: an airline (`ब्रिटिश एयरवेज`), not the train service named more often
            if role == "org" and seen and self.p.org_window and (near := self.orgs_near(tok, u, orgs, seen)) \
                    and (len(near) == 1 or (top2 := near.most_common(2))[0][1] > top2[1][1]):
                # (round 55) `पेटीएम के एक कर्मचारी … संक्रमित पाया गया है। … कंपनी ने … यह जानकारी दी।` in a digest whose
                # other story names the World Bank more: the organisation the passage names most (this sentence and
                # the pronoun_window before it), when no other is named as often there (`टोयोटा यू.के. ने बीबीसी को
                # बताया था … जापानी कार निर्माता ने कहा`: a tie, the story's most named, Toyota)
                return _Spk(**base, entity_id=near.most_common(1)[0][0], type="pronoun", label="ORG")
            if role == "org" and seen:
                top = max(orgs[e] for e in seen)  # the most mentioned in the whole story; the latest of a tie
                eid = [e for e in seen if orgs[e] == top][-1]
                return _Spk(**base, entity_id=eid, type="pronoun", label="ORG")
            if role == "org" and not any(m.start < tok.s for m in self.ments if m.label in ("PER", "ORG")):
                # `इसके साथ ही कंपनी ने …` opening the story (its headline named the company): the organisation
                # the story names most, three times or more and more than any other
                top = orgs.most_common(2)
                if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] > top[1][1]):
                    return _Spk(**base, entity_id=top[0][0], type="pronoun", label="ORG")
            return _Spk(**base, entity_id=None, type="unresolved")
        owner = self.genitive_owner(u, tok.s) or self.issued_by(u, tok)
        if owner is not None:
            return owner
        prev = self.previous_claim(tok.s, u.sent_idx)
        if prev is not None and tok.k in _EDITORIALS and prev.spk.label != "ORG" \
                and not (prev.spk.text and fold(prev.spk.text) in _EDITORIALS):
            prev = None  # an editorial is a paper's voice or an earlier editorial's, never the person who spoke last
        if self.p.tagged_statement_owner and (own := self.owned_tagged(tok)) is not None:
            return own  # (review of round 54) `भाजपा की प्रेस विज्ञप्ति में कहा गया`: the tagged owner, not the last speaker
        if prev is not None and self.p.owned_statement and self.owned_by_name(tok):
            prev = None  # (round 54) `सहारा की प्रेस विज्ञप्ति में कहा गया है`: its written owner (untagged), not the last speaker
        if prev is not None and self.p.report_introduced and self.owned_after(prev, tok):
            prev = None  # (round 54) `… सिंह ने कहा, "…"। … महालेखा परीक्षक की रिपोर्ट पेश की गई है। इस रिपोर्ट में कहा गया`
        if prev is not None:
            t = prev.spk.type if prev.spk.type in ("anonymous", "unresolved") else "pronoun"
            return _Spk(**base, entity_id=prev.spk.entity_id, type=t, label=prev.spk.label)
        return _Spk(**base, entity_id=None, type="unresolved")

    def introduced_with_head(self, tok: _Tok, u: _Unit) -> _Spk | None:
        """(round 48) The organisation the pronoun window introduced with the anaphor's own head noun right before its
        name (`आवागमन कंपनी पीएंडओ`, `विमानन कंपनी इंडिगो`), the latest such, not inside a quotation; else None.
        Mentions are read back from the anaphor over the pronoun window only."""
        i = bisect.bisect_left(self.ment_starts, tok.s)
        for m in reversed(self.ments[max(0, i - 40):i]):
            if self.units[self.unit_at(m.start)].sent_idx < u.sent_idx - self.p.pronoun_window:
                break
            if m.label != "ORG" or not m.entity_id or self.inside_direct(m.start):
                continue
            j, k = self._word_before(m.start)
            if j < k and fold(self.T[j:k]) == tok.k and self.T[k:m.start] == " ":
                return _Spk(tok.t, tok.s, tok.e, m.entity_id, "pronoun", "ORG")
        return None

    def agency_named_before(self, tok: _Tok, u: _Unit) -> _Spk | None:
        """(round 41) A bare `एजेंसी`/`संगठन` whose name does not end in that head (`यूनिसेफ`, `सीएपीए`): the
        organisation the window introduced with that head right before its name (`विमानन कंपनियों के वैश्विक संगठन
        सीएपीए ने …। संगठन ने कहा`, `समाचार एजेंसी शिन्हुआ के मुताबिक …। एजेंसी ने बताया`), else the organisation that
        made the claim right before when it is an agency or an international body (`यूनिसेफ ने चेतावनी दी है कि …।
        एजेंसी ने यह भी कहा`; not `कांग्रेस ने आरोप लगाया …। एजेंसी ने कहा`). Mentions are read back
        from the anaphor over the pronoun window only."""
        if (intro := self.introduced_with_head(tok, u)) is not None:
            return intro
        prev = self.previous_claim(tok.s, u.sent_idx)
        if prev is not None and prev.spk.label == "ORG" and prev.spk.entity_id and prev.sent_idx >= u.sent_idx - 1 \
                and any(_AGENCY_NAME.fullmatch(t) or any(fold(w) in _AGENCY_BODY_WORDS for w in t.split())
                        for t in self.entity_texts().get(prev.spk.entity_id, ())):
            # (round-41 review) only an agency or an international body (`यूनिसेफ`), not a party or a ministry the
            # agency may be answering (`कांग्रेस ने आरोप लगाया कि …। एजेंसी ने कहा`)
            return _Spk(tok.t, tok.s, tok.e, prev.spk.entity_id, "pronoun", "ORG")
        return None

    def moved_place(self, m: Mention, tok: _Tok, u: _Unit) -> bool:
        """A place's body (`दिल्ली सरकार`, `हरियाणा सरकार`, `भारत मौसम विज्ञान विभाग`: its first word opens a place the
        story names) named more than pronoun_window sentences before a bare head anaphor, while this sentence or the
        one before names another place before it as where things happen or whose government it is (`आंध्र प्रदेश में
        … सरकार ने`, `इस्राइल की सरकार ने`): the story has moved to that place, whose body the anaphor is (round 28).
        Not when the body's own place is named there too (so), nor for a place things come from (`दिल्ली के मजदूर
        आंध्र प्रदेश से लौटे`; round-28 review). Looks back over two sentences' mentions."""
        mu = self.units[self.unit_at(m.start)]
        if u.sent_idx - mu.sent_idx <= self.p.pronoun_window:
            return False
        own = fold(m.text.split()[0])
        if own not in self.place_heads():
            return False
        ui = self.unit_at(tok.s)
        while ui > 0 and self.units[ui - 1].sent_idx >= u.sent_idx - 1:
            ui -= 1
        lo = bisect.bisect_left(self.ment_starts, self.units[ui].s)
        hi = bisect.bisect_left(self.ment_starts, tok.s)
        places = [x for x in self.ments[lo:hi] if x.label == "LOC" and not self.inside_direct(x.start)]
        if any(fold(x.text.split()[0]) == own and self.place_of_scene(x) for x in places):
            return False  # `दिल्ली के मजदूर …`, `दिल्ली में …`: still the body's own place
        return any(fold(x.text.split()[0]) != own and self.place_of_scene(x) for x in places)

    def owned_body(self, best: Mention, tok: _Tok, u: _Unit) -> _Spk | None:
        """A generic body head whose owner is written right before it, another than the body `best` it would stand for
        (round 35): `इटली की सरकार ने कहा` after `पश्चिम बंगाल सरकार` is Italy's government (the place and its head, no
        entity: unresolved), `केंद्र सरकार के दिशा-निर्देश` after `हरियाणा सरकार` the central one (anonymous, as
        gold/dev2/README.md has it); None where the owner is best's own place (`दिल्ली की सरकार` for `दिल्ली सरकार`;
        its whole name, or another name of it the link stage joined: `उत्तर प्रदेश` for `यूपी सरकार`), where best's
        first word opens no place of the story (`नीतीश सरकार`: review of round 35), or nothing owns the head."""
        if tok.k not in _GENERIC_BODY_HEADS:
            return None
        toks = [t for t in u.toks if t.e <= tok.s][-2:]
        if toks and toks[-1].k in _CENTRAL and fold(best.text.split()[0]) not in _CENTRAL:
            return _Spk(self.T[toks[-1].s:tok.e], toks[-1].s, tok.e, None, "anonymous")
        if len(toks) < 2 or toks[-1].k not in ("की", "के", "का"):
            return None
        place = self.by_end.get(toks[-2].e)
        if place is None or place.label != "LOC" or place.start < u.s:
            return None
        body = [fold(w) for w in best.text.split()]
        if body[0] not in self.place_heads():
            return None  # review of round 35: `नीतीश सरकार`, `यूपी सरकार` name no place the story names: any state's
        own = [fold(w) for w in place.text.split()]
        if body[:len(own)] == own:
            return None  # `दिल्ली की सरकार` for `दिल्ली सरकार` (the whole place: `उत्तर कोरिया` is not `उत्तर प्रदेश`)
        if place.entity_id and any(x.label == "LOC" and x.entity_id == place.entity_id
                                   and body[:len(x.text.split())] == [fold(w) for w in x.text.split()]
                                   for x in self.ments):
            return None  # `यूपी सरकार` … `उत्तर प्रदेश की सरकार`: one place by the alias table (link joined them)
        return _Spk(self.T[place.start:tok.e], place.start, tok.e, None, "unresolved")

    def place_of_scene(self, x: Mention) -> bool:
        """A place mention where the story is or whose government speaks (`X में`, `X की सरकार`, `जापान पहुंचे`): not a
        place things come from (`आंध्र प्रदेश से लौटे`), nor one of a list (`ईरान और इटली में`; round-28 review)."""
        xu = self.units[self.unit_at(x.start)]
        k = self.tok_index(xu, x.end)
        return k < len(xu.toks) and xu.toks[k].k not in _NOT_SCENE_AFTER

    def place_heads(self) -> frozenset[str]:
        """The folded first words of the document's place mentions (round-28 review: built once, as public_bodies)."""
        if self._place_heads is None:
            self._place_heads = frozenset(fold(x.text.split()[0]) for x in self.ments if x.label == "LOC")
        return self._place_heads

    def public_bodies(self) -> frozenset[str]:
        """Entities no company noun stands for (round 28): one of whose names ends in a public body's head (`WHO` for
        `विश्व स्वास्थ्य संगठन`) or is a news agency (`भाषा`, `शिन्हुआ`: a byline's source). Built once."""
        if self._bodies is None:
            self._bodies = frozenset(
                m.entity_id for m in self.ments if m.label == "ORG" and m.entity_id
                and (fold(m.text.split()[-1]) in PUBLIC_BODY_HEADS or _AGENCY_NAME.fullmatch(m.text.strip())))
        return self._bodies

    def orgs_near(self, tok: _Tok, u: _Unit, orgs: Counter, seen: list[str]) -> Counter:
        """(round 55, claims.org_window) The organisations of `seen` (those `orgs` counts, of the anaphor's kind where
        it has one) named before tok in its sentence and the pronoun_window sentences before it, with how often they
        are named there."""
        lo = u.sent_idx - self.p.pronoun_window
        cand = set(seen)
        return Counter(m.entity_id for m in self.ments if m.label == "ORG" and m.entity_id in cand and m.start < tok.s
                       and lo <= m.sent_idx <= u.sent_idx and not self.channel(m)
                       and fold(m.text.split()[-1]) not in PUBLIC_BODY_HEADS)

    def of_kind(self, seen: list[str], noun: str) -> list[str]:
        """The organisations of `seen` whose name says they are of the kind an org anaphor names (`एयरलाइन`: a
        name with `एयरवेज`, `एयरलाइंस`, or opening with `एयर`), in order; empty when the noun has no kind words or
        none is named so."""
        words = _ORG_KINDS.get(noun)
        if not words:
            return []
        texts = self.entity_texts()
        return [e for e in seen if any(_of_kind_name(t, words) for t in texts.get(e, ()))]

    def issued_by(self, u: _Unit, tok: _Tok) -> _Spk | None:
        """A statement its issuer is written before (`मंत्रालय की ओर से जारी बयान में कहा गया`, `X द्वारा जारी
        विज्ञप्ति`): that issuer (round 28), as source_owner finds it; not the speaker of the claim before."""
        toks = [t for t in u.toks if t.e <= tok.s]
        if len(toks) < 3 or toks[-1].k not in _ISSUING:
            return None
        owner = self.source_owner(u, tok.s)
        if owner is not None and owner.label != "LOC" and (owner.entity_id or owner.type == "anonymous"):
            return owner  # (an untagged `यूनिवर्सिटी द्वारा जारी` is no better than the claim before)
        k = len(toks) - 2  # the issuer's marker before `जारी`: `द्वारा`, or `की ओर/तरफ से`
        if toks[k].k == "से" and k > 2 and toks[k - 1].k in ("ओर", "तरफ") and toks[k - 2].k in ("की", "के"):
            k -= 2
        elif toks[k].k != "द्वारा":
            return None
        head = toks[k - 1]
        if self.anaphor.get(head.k) == "head" and head.k not in _PARTY_ANAPHORS \
                and (k < 2 or toks[k - 2].k not in _INDEFINITE):
            return self.resolve_anaphor(head, "head", u)  # an unnamed `मंत्रालय`: no entity, not the last speaker
        return None

    def resolve_party(self, tok: _Tok, u: _Unit) -> _Spk:
        """`पार्टी ने कहा` (round 20): the latest tagged organisation named `… पार्टी` before it (in the pronoun window,
        outside the claims' contents), else the organisation
        that last spoke or acted as a subject, as a pronoun would take it (`भाजपा ने आरोप लगाया कि …। पार्टी ने कहा
        कि …`: भाजपा, not the कांग्रेस its content names; `शिवसेना ने … करार दिया। … पार्टी ने कहा`); else unresolved.
        Not the organisation the story names most (`org`): a story on two parties names the other one as often."""
        base = dict(text=tok.t, s=tok.s, e=tok.e)
        before = [t for t in u.toks if t.e <= tok.s]
        if before and before[-1].k in _GENITIVE_OWNERS:  # `राहुल गांधी की पार्टी`, `उनकी पार्टी`: another's party
            return _Spk(**base, entity_id=None, type="unresolved")
        best = None
        for m in self.ments:  # (within the pronoun window, not a party another claim's content names)
            if m.start >= tok.s:
                break
            if m.label == "ORG" and m.entity_id and fold(m.text.split()[-1]) == tok.k \
                    and self.units[self.unit_at(m.start)].sent_idx >= u.sent_idx - self.p.pronoun_window \
                    and not any(c.cs <= m.start < c.ce for c in self.claims):
                best = m
        if best is not None:
            return _Spk(**base, entity_id=best.entity_id, type="pronoun", label="ORG")
        sp = self.resolve_pronoun(tok, PronounEntry(tok.t, "erg", ("ORG",)), u.sent_idx)
        if sp.entity_id and sp.label == "ORG":
            return sp
        return _Spk(**base, entity_id=None, type="unresolved")

    def channel(self, m: Mention) -> bool:
        """The organisation stands as a channel or place, not an actor: `अपने ट्विटर अकाउंट से`, `फ़ेसबुक पेज`; with
        पर only a platform (`ट्विटर पर`), a media name (`फ़ॉक्स न्यूज़ पर`) or before a verb of posting (`X पर
        लिखा`): `गूगल पर जुर्माना लगाया` is a target, the company a later `कंपनी ने` stands for."""
        if _CHANNEL_AFTER.match(self.T, m.end) or self.T[max(0, m.start - 6):m.start].endswith(("अपने ", "अपनी ")):
            return True
        if not _ON_AFTER.match(self.T, m.end):
            return False
        words = [fold(w.lower()) for w in m.text.split()]
        return any(w in _PLATFORM_KEYS for w in words) or bool(words and words[-1] in self.media) \
            or bool(_POSTED_AFTER.match(self.T, m.end))

    def resolve_outlet(self, tok: _Tok, u: _Unit) -> _Spk:
        """(round 78, claims.outlet_anaphor) A bare outlet noun as a speaker (`अखबार लिखता है कि`, `अखबार के मुताबिक`):
        the outlet of the latest claim before it whose speaker is one (introduced by a medium word, `दैनिक औसाफ`,
        `अखबार ‘द हिंदू’`; a media name, `हिंदुस्तान टाइम्स`; or writing `अपने संपादकीय में`; an earlier bare outlet
        noun passes its outlet on), or the latest organisation named as one before it, whichever is later; none: the
        bare noun, named and unresolved; after एक/किसी/कोई: an unnamed outlet (anonymous)."""
        base = dict(text=tok.t, s=tok.s, e=tok.e)
        lead = [t for t in u.toks if t.e <= tok.s][-1:]
        if lead and lead[0].k in _INDEFINITE:
            return _Spk(**base, entity_id=None, type="anonymous")
        best: tuple[int, str | None] | None = None  # (position, entity id)
        for c in self.claims:
            sp = c.spk
            if sp.s is None or sp.s >= tok.s or (best is not None and sp.s <= best[0]):
                continue
            if self.outlet_speaker(sp):
                eid = sp.entity_id or next((m.entity_id for m in self.ments if m.label == "ORG" and sp.s <= m.start
                                            and m.end <= sp.e), None)  # `डॉन अखबार` (its entity set after)
                best = (sp.s, eid)
        for m in self.ments:  # an organisation named as an outlet (`पाकिस्तानी अखबार डॉन की खबर`), quoted or not
            if m.start < tok.s and m.label == "ORG" and (best is None or m.start > best[0]) \
                    and self.outlet_mention(m.start, m.end):
                best = (m.start, m.entity_id)
        if best is None or best[1] is None:
            return _Spk(**base, entity_id=None, type="named", label="ORG")
        return _Spk(**base, entity_id=best[1], type="pronoun", label="ORG")

    def bare_outlet(self, tok: _Tok) -> bool:
        """(round 78) An outlet noun that stands alone: no indefinite (`एक अख़बार के अनुसार`: an unnamed paper) and no
        quoted name right before it (`‘शर्क’ अखबार के अनुसार`: round 75's quoted_media_name; a quoted title that ends
        its sentence, `संपादकीय है 'तरुण का तहलका.'अखबार के मुताबिक`, is no name)."""
        q = _QUOTED_NAME_BEFORE.search(self.T, max(0, tok.s - 40), tok.s)
        if q is not None:
            return False
        w = _WORD_BEFORE_NAME.search(self.T, max(0, tok.s - 24), tok.s)
        return w is None or fold(w.group(1)) not in _INDEFINITE

    def outlet_mention(self, s: int, e: int) -> bool:
        """The words s:e name an outlet: a medium word right before or after them or as their first or last word
        (`अखबार ‘द हिंदू’`, `दैनिक औसाफ`, `डॉन अखबार`), or a media name's last word (`टाइम्स`, `न्यूज़`)."""
        words = [fold(w) for w in self.T[s:e].split()]
        if not words:
            return False
        before = _WORD_BEFORE_NAME.search(self.T, max(0, s - 24), s)
        after = _OUTLET_KIND_AFTER.match(self.T, e)
        return words[0] in _MEDIUM_BEFORE or words[-1] in _MEDIUM_BEFORE or words[-1] in self.media \
            or (before is not None and fold(before.group(1)) in _MEDIUM_BEFORE) \
            or (after is not None and fold(after.group(1)) in _MEDIUM_BEFORE)

    def outlet_speaker(self, sp: _Spk) -> bool:
        """A claim's speaker is an outlet: named as one (outlet_mention), an outlet anaphor itself, or the writer of an
        editorial (`जंग ने अपने संपादकीय में लिखा है`)."""
        if sp.type == "anonymous" or sp.e is None:
            return False
        if self.anaphor.get(fold(sp.text or "")) == "outlet" or self.outlet_mention(sp.s, sp.e):
            return True
        return bool(_OWN_EDITORIAL.match(self.T, sp.e))

    def resolve_court(self, tok: _Tok, u: _Unit) -> _Spk:
        """A court noun: its judge: the person of `X की अदालत`, else the latest judge the story named (`न्यायमूर्ति X`,
        `X की अदालत`; the first after it in a headline); else the organisation headed by it (`सुप्रीम कोर्ट … कोर्ट ने
        कहा`); else unresolved."""
        base = dict(text=tok.t, s=tok.s, e=tok.e)
        owner = self.genitive_owner(u, tok.s)
        if owner is not None and owner.label == "PER":
            return replace(owner, text=tok.t, s=tok.s, e=tok.e, type="pronoun")
        bench = tok.k in _BENCH_WORDS
        if bench and owner is not None and owner.label == "ORG" and owner.entity_id \
                and fold(owner.text.split()[-1]) in _COURT_HEADS:
            return replace(owner, text=tok.t, s=tok.s, e=tok.e, type="pronoun")  # `[हाई कोर्ट]O की खंडपीठ ने`
        before = after = org = None
        for m in self.ments:
            if m.label == "ORG" and m.start < tok.s and " " in m.text.strip() and (
                    fold(m.text.split()[-1]) == tok.k or bench and fold(m.text.split()[-1]) in _COURT_HEADS):
                org = m  # `सुप्रीम कोर्ट` (not the bare noun tagged as a name); a bench: the court named before
                continue
            if m.label != "PER" or m.start == tok.s:
                continue
            prev = _LAST_WORD.search(self.T[max(0, m.start - 30):m.start])
            nxt = _GENITIVE_WORD.match(self.T[m.end:m.end + 30])
            is_judge = (prev is not None and fold(prev.group(1)) in self.judges) or (
                nxt is not None and self.anaphor.get(fold(nxt.group(1))) == "court")
            if not is_judge:
                continue
            if m.start < tok.s:
                before = m
            elif after is None:
                after = m
        best = (org if bench and org is not None and org.entity_id else None) or before or after or org
        # a judge the story names decides its case; a bench is the court named before it (review of round 44:
        # `अतिरिक्त सत्र न्यायाधीश धींगरा ने … हाई कोर्ट ने … खंडपीठ ने कहा` -> the high court)
        if best is not None:
            return _Spk(**base, entity_id=best.entity_id, type="pronoun", label=best.label)
        return _Spk(**base, entity_id=None, type="unresolved")

    def ergative(self, u: _Unit, pos: int) -> tuple[int, _Spk] | None:
        """Nearest ergative subject left of pos in the unit: `X ने` or a fused pronoun (उन्होंने)."""
        for i in range(len(u.toks) - 1, -1, -1):
            t = u.toks[i]
            if t.e > pos:
                continue
            if t.k == "ने":
                sp = self.speaker_before(u, t.s, "erg")
                return (i, sp) if sp is not None else None
            pe = self.pron.get(t.k)
            if pe is not None and pe.role == "erg":
                return i, self.resolve_pronoun(t, pe, u.sent_idx)
            if pe is not None and pe.role == "nom" and i > 0 and u.toks[i - 1].k in _CONTRAST_LEAD \
                    and (y := self.contrasted_object(u, i - 1)) is not None:
                return i, _Spk(t.t, t.s, t.e, y.entity_id, "pronoun", y.label)
        return None

    def ne_dropped(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """`मैकेनिक जोआन पुइग बताया कि …`: a perfective कहा/बताया right after a tagged person or organisation and
        right before कि, with the subject's ने left out (translated copy); the name is the speaker."""
        if fold(hit.entry.form) not in _NE_DROPPED_CUES:
            return None
        k = hit.s
        while k > u.s and self.T[k - 1].isspace():
            k -= 1
        m = self.by_end.get(k)
        if m is None or m.start < u.s or m.label not in ("PER", "ORG"):
            return None
        nxt = next((t for t in u.toks if t.s >= hit.e and t.k not in self.aux), None)
        if nxt is None or nxt.k != "कि":
            return None
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def contrasted_object(self, u: _Unit, k: int) -> Mention | None:
        """`स्पीकर X ने Y को बोलने की आज्ञा नहीं दी थी लेकिन वह … गए और कहा`: a subject pronoun after a
        contrast (token k) whose clause before has an ergative subject X is the person that clause marked with
        को (an overt pronoun there changes the subject; the same subject goes on unsaid)."""
        toks = u.toks[:k]
        ne = [j for j, t in enumerate(toks) if t.k == "ने"]
        if not ne or any(t.k in _CONTRAST_LEAD or t.t in QUOTES for t in toks[ne[-1]:]):
            return None
        objs = [m for m in self.ments if m.label == "PER" and toks[ne[-1]].e <= m.start and m.end <= toks[-1].s
                and (j := self.tok_index(u, m.end)) < len(u.toks) and u.toks[j].k == "को"]
        return objs[0] if len(objs) == 1 else None

    def partners(self, u: _Unit, sp: _Spk) -> list[_Spk]:
        """`A और [title …,] B ने`: A for a named B (joint statement)."""
        out: list[_Spk] = self.comma_list(u, sp)
        if out:
            return out
        cur = sp
        while cur.s is not None and cur.type == "named" and cur.label in ("PER", "ORG", "LOC", None):
            toks = [t for t in u.toks if t.e <= cur.s]
            found = None
            if out and self.p.joint_titled_list:  # `A, डॉ. B और डॉ C ने`: B's honorific or title before it
                toks = self.before_list_titles(toks)
            if out and toks and toks[-1].t == "," and len(toks) > 1:  # `A, B और C ने`
                m = self.by_end.get(toks[-2].e)
                if m is not None and m.label == cur.label and m.start >= u.s:
                    found = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
            for j in range(len(toks) - 1, max(-1, len(toks) - 12), -1):
                if found is not None:
                    break
                t = toks[j]
                if t.k in self.coord:
                    k = toks[j - 1].e if j > 0 else None
                    if k is not None and toks[j - 1].t == ",":
                        k = toks[j - 2].e if j > 1 else None
                    m = self.by_end.get(k) if k is not None else None
                    if m is not None and (m.label == cur.label or cur.label is None
                                          or (self.p.joint_place_body and {m.label, cur.label} == {"LOC", "ORG"}
                                              and m.entity_id is not None and cur.entity_id is not None
                                              and j == len(toks) - 1)) \
                            and m.start >= u.s:
                        found = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                    elif j > 0 and not out and self.anaphor.get(toks[j - 1].k) in ("org", "head"):
                        # `एयरलाइन और अमेरिका नेवी का कहना है`: a company noun joins a named speaker
                        ana = self.resolve_anaphor(toks[j - 1], self.anaphor[toks[j - 1].k], u)
                        out.append(ana)
                    break
                if t.k in ("ने", "कि", "को", "से") or t.t in _SENT_END or t.t in QUOTES:
                    break
            if found is None or (found.label != "PER" and _possessed_head(cur, toks)):
                break
            out.append(found)
            cur = found
        return out

    def before_list_titles(self, toks: list[_Tok]) -> list[_Tok]:
        """(round 60, claims.joint_titled_list) The tokens before a list item less the honorific or title words that
        open it (`डॉ.`, `डॉ`, `श्री`, `प्रो.`, `विधायक`, `स्वास्थ्य मंत्री`; at most two words and a period), when a
        comma stands right before them (`…, डॉ. प्रफुल्ल वर्मा`); else toks as they are."""
        k, words = len(toks), 0
        while k > 0 and words < 2:
            t = toks[k - 1]
            if t.t == "." and k > 1 and toks[k - 2].k.rstrip(".") in _HONORIFICS:
                k -= 1
                continue
            if t.k.rstrip(".") in _HONORIFICS or t.k in self.titles or (t.k.endswith("मंत्री") and len(t.k) > 6):
                k, words = k - 1, words + 1
                continue
            break
        if words and k > 1 and toks[k - 1].t == ",":
            return toks[:k]
        return toks

    def comma_list(self, u: _Unit, sp: _Spk) -> list[_Spk]:
        """`किसान राधेश्याम, सुनील, अकबर का कहना है`: a list of three or more persons joined by commas alone (no
        coordinator) before the marker: the ones before the last. Two names and a comma may be an apposition."""
        if sp.s is None or sp.label != "PER":
            return []
        out: list[_Spk] = []
        start = sp.s
        while True:
            toks = [t for t in u.toks if t.e <= start]
            if self.p.joint_titled_list:  # `डॉ. A, डॉ. B, डॉ. C का कहना है` (round 60)
                toks = self.before_list_titles(toks)
            if len(toks) < 2 or toks[-1].t != ",":
                break
            m = self.by_end.get(toks[-2].e)
            if m is None or m.label != "PER" or m.start < u.s:
                break
            out.insert(0, _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label))
            start = m.start
        return out if len(out) >= 2 else []

    # --- contents ----------------------------------------------------------------------------------

    def quote(self, pos: int) -> tuple[int, int, bool, int]:
        """Quote opening at pos -> (inner start, closer index or content end, closed, last unit)."""
        closers = OPENERS[self.T[pos]]
        double = self.T[pos:pos + 2] == "''"  # `''…''` written for a double quote
        width = 2 if double else 1
        u = self.unit_at(pos)
        start_u = u
        i = pos + width
        depth = 0  # a quote inside the quote (`"… जो "इंडोलॉजी" यानि …"`): its closer is not ours
        while True:
            unit = self.units[u]
            for j in range(i, unit.e):
                if double and self.T[j:j + 2] != "''":
                    continue
                if not double and not depth and u > start_u and self.p.unclosed_before_report \
                        and self.opens_report(j, u):
                    # (round 54) `रेखा कहती हैं, " मुझे … अच्छा होगा.इनकी साथी वर्षा कहती हैं," मुझे …"`: a later
                    # sentence's own report opens a quotation after its cue's comma; the open one never closed and
                    # ends with the sentence before
                    return pos + width, self.units[u - 1].e, False, u - 1
                if not double and self.T[j] == self.T[pos] and self.T[j] in "\"'" and self.is_opener(j) \
                        and j + 1 < unit.e and self.T[j + 1] not in " \t" \
                        and (self.inner_closer(j + 1, unit.e) or self.doubled_closer(j + 1, unit.e)):
                    depth += 1
                    continue
                if self.T[j] in closers and self.is_closer(j) and not (self.T[j] in "\"'" and self.is_opener(j)
                                                                       and not self.attached_closer(j)):
                    if depth:
                        depth -= 1
                        continue
                    return pos + width, j, True, u
            nxt = u + 1
            if nxt >= len(self.units) or not self.can_continue(nxt, closers) or (
                    nxt - start_u >= self.p.max_quote_sentences
                    and not self.closes_in_paragraph(nxt, closers, start_u, quiet=True)):
                return pos + width, unit.e, False, u
            u = nxt
            i = self.units[u].s

    def opens_report(self, j: int, u: int) -> bool:
        """(round 54, claims.unclosed_before_report) The mark at j opens the quotation of a report cue of unit u whose
        comma it follows (`वर्षा कहती हैं," …`, `X ने कहा, "…`), the cue's subject opening unit u with no quote mark
        before it in that unit."""
        if self.T[j] not in "\"“" or j < 2 or self.T[j - 1] != "," and not (self.T[j - 1] == " " and self.T[j - 2] == ","):
            return False
        c = j - 1 if self.T[j - 1] == "," else j - 2
        unit = self.units[u]
        return any(h.e == c and h.unit == u and h.entry.role in ("nom", "verb") for h in self.hits) \
            and not any(ch in QUOTES for ch in self.T[unit.s:c])

    def attached_closer(self, j: int) -> bool:
        """A straight mark typed right after a comma or full stop and before a space closes the open quotation (`"…
        करते हैं," सबूतों का हवाला न देते हुए उसने कहा`), though `कहा, " यहां से …"` opens one after a comma."""
        if not (j > 0 and self.T[j - 1] in ",.।!?" and (j + 1 >= len(self.T) or self.T[j + 1] in " \t\n")):
            return False
        # `रेखा कहती हैं," मुझे …`: after a cue's comma the mark opens a quotation, whatever the spacing
        return not (self.T[j - 1] == "," and any(h.e == j - 1 for h in self.hits))

    def doubled_closer(self, a: int, e: int) -> bool:
        """The first closing mark after a, before the end of the unit, is right followed by another (`"उसने कहा, "क्योंकि
        वह मुझे हंसाते हैं,"" सुश्री स्कोवेल ने मुझे बताया`): a nested quotation, however long, closing with the outer one."""
        for j in range(a, e - 1):
            if self.T[j] in QUOTES and self.is_closer(j):
                return self.T[j + 1] in QUOTES and self.is_closer(j + 1)
        return False

    def inner_closer(self, a: int, e: int) -> bool:
        """A closing mark within a few words after a, before the end of the unit (a quoted word or title)."""
        for j in range(a, min(e, a + 40)):
            if self.T[j] in QUOTES:
                return self.is_closer(j) and self.n_tokens(a, j) <= 4
        return False

    def can_continue(self, u: int, closers: str) -> bool:
        unit = self.units[u]
        if unit.brk_before or (self.story_breaks and "(" in self.T[unit.s:unit.s + 80]
                               and _STORY_BREAK.match(self.T, unit.s)):  # (`मुंबई, चार अप्रैल (भाषा)`: a new story)
            return False
        first_close = next((j for j in range(unit.s, unit.e) if self.T[j] in closers and self.is_closer(j)), None)
        if self.T[unit.s] in OPENERS and self.is_opener(unit.s) and first_close != unit.s:
            return False
        if u in self.hit_units:
            if any(t.k in self.firstp for t in unit.toks):
                return True  # `"हमने गौर से उनकी बातें सुनी. उन्होंने हमें बताया कि …` (the quote never closes)
            first_hit = min(h.s for h in self.hits if h.unit == u and h.entry.role != "participle")
            if first_close is not None and first_close < first_hit:
                return True
            # `"… शिक्षिका ने … कहा कि ये अश्लील है. … वर्णन है."`: a report inside the quote, which closes at the end
            # of this or one of the next sentences of the paragraph with no new quote opened before it
            return self.closes_in_paragraph(u, closers, u)
        return True

    def closes_in_paragraph(self, u: int, closers: str, start_u: int, quiet: bool = False) -> bool:
        """A quotation open at unit u closes, at the end of a unit, before the paragraph ends, no other quotation mark
        before it and within max_quote_lines units of unit start_u (max_quote_sentences where that is more: a report
        inside a quotation, `can_continue`, looks that far at least): a long quotation (an interview's answer of five to
        eight sentences, `सुधीर बताते हैं, "शुरुआत 2002 में हुई. … क्रिकेट क्रेज़ी हो जाउँगा."`) is taken whole
        rather than cut at max_quote_sentences. `quiet` (review of round 34: past max_quote_sentences): none of the units
        from u reports another speaker (`… हमें न्याय चाहिए. श्याम बोले, आंदोलन जारी रहेगा."`: cut before it)."""
        for k in range(u, min(len(self.units), start_u + max(self.p.max_quote_lines, self.p.max_quote_sentences))):
            unit = self.units[k]
            if k > u and unit.brk_before or quiet and self.reports_another(k):
                return False
            for j in range(unit.s, unit.e):
                if self.T[j] not in QUOTES:
                    continue
                if self.T[j] in closers and self.is_closer(j) and not (self.T[j] in "\"'" and self.is_opener(j)):
                    return not _ANY_WORD_CHAR.search(self.T[j + 1:unit.e])
                return False  # another quote opens first
        return False

    def reports_another(self, k: int) -> bool:
        """Unit k holds a cue (no participle) with a subject before it that is no first person: a name or a `ने`
        (`श्याम बोले, …`, `इस बीच श्याम ने बताया कि …`), another speaker's report inside a long quotation."""
        hits = [h.s for h in self.unit_hits.get(k, ()) if h.entry.role != "participle"]
        if not hits:
            return False
        unit, first = self.units[k], min(hits)
        if any(t.k in self.firstp for t in unit.toks):
            return False
        return any(t.k == "ने" for t in unit.toks if t.e <= first) \
            or any(unit.s <= m.start and m.end <= first and m.label in ("PER", "ORG") for m in self.ments)

    def indirect_to_end(self, pos: int, u: int) -> tuple[int, int, bool]:
        """Unquoted content from pos to the end of its unit; cut at a stray closing quote."""
        unit = self.units[u]
        e = unit.e
        depth = 0
        natural = True
        for j in range(pos, unit.e):
            c = self.T[j]
            if c not in QUOTES:
                continue
            if self.is_opener(j):
                depth += 1
            elif self.is_closer(j):
                if depth:
                    depth -= 1
                else:
                    e, natural = j, False
                    break
        s, e = self.strip_span(pos, e)
        return s, e, natural

    def join_wrapped(self, pieces: list[tuple[Sentence, int, int]]) -> list[tuple[Sentence, int, int]]:
        """`… वसीम ने बताया कि कोरोना` | `के डर के कारण लोग …`: a line that ends in a word (no punctuation) and a next
        line, after a single line break, that opens with a postposition no sentence starts with, are one sentence
        hard-wrapped in the copy: the two pieces are one unit."""
        T = self.T
        out: list[tuple[Sentence, int, int]] = []
        for s, a, b in pieces:
            if out:
                ps, pa, pb = out[-1]
                e = pb
                while e > pa and T[e - 1].isspace():
                    e -= 1
                gap = T[e:a]
                m = _WRAP_START.match(T, a, b)
                if m is not None and gap.count("\n") == 1 and not gap.strip() and e > pa and _IS_WORD.match(T[e - 1]) \
                        and not ((w := _WORD_BEFORE.search(T, pa, e)) and _FINITE_END.fullmatch(fold(w.group()))):
                    out[-1] = (ps, pa, b)
                    continue
                if self.p.broken_paragraphs and self.broken_paragraph(pa, e, a, b):
                    out[-1] = (ps, pa, b)
                    continue
            out.append((s, a, b))
        return out

    def broken_paragraph(self, pa: int, e: int, a: int, b: int) -> bool:
        """(round 47) `अभिनेत्री दीपिका पादुकोण मानती हैं कि एक वक्त था जब फ़िल्मों में` | blank line | `हीरोइन को …
        बनाते?`: a blank line between a piece [pa, e) that ends in a word that cannot end a sentence (_NOT_LINE_FINAL)
        and a piece [a, b) that ends its sentence on its own line, where the first piece's paragraph is body text (a
        sentence end before it on its line, or a कि clause it cuts): one sentence the copy broke. Not a headline (no
        sentence end on its line: `… मौत बुजुर्गों की` | `देश में …।`; `3.3` is no sentence end), nor before an
        agency dateline (`मुंबई, चार अप्रैल (भाषा)`) or a line that ends with no sentence end (a headline, the BBC
        footer's `फ़ेसबुक और`)."""
        T = self.T
        gap = T[e:a]
        if "\n" not in gap or gap.strip() or e <= pa or not _IS_WORD.match(T[e - 1]):
            return False
        w = _WORD_BEFORE.search(T, pa, e)
        if w is None:
            return False
        k = fold(w.group())
        if k not in _NOT_LINE_FINAL and not (self.broken_copy and not _FINITE_END.fullmatch(k)
                                             and not _VOWEL_FUTURE.fullmatch(k)):
            return False  # (round 77) any other last word only where the copy breaks its paragraphs (broken_copy)
        line_s = T.rfind("\n", 0, w.start()) + 1
        if not self.body_sentence_end(line_s, w.start()):
            return False
        nl = T.find("\n", a)
        line_e = len(T) if nl < 0 else nl
        nxt = T[a:min(b, line_e)].rstrip()
        return b <= line_e and nxt[-1:] in _PARAGRAPH_ENDS and _STORY_BREAK_HINT.search(T, a, min(line_e, a + 60)) is None

    def broken_layout(self, lo: int, hi: int) -> bool:
        """(round 77, claims.broken_layout) Document-level evidence that the copy breaks its paragraphs inside sentences
        (BBC Hindi's pages: `… अस्पताल में 40 लोग` | blank line | `बीमार पड़ गए. …`): of the lines in [lo, hi) that hold
        a body sentence end before their last character (the last line aside), two or more and more than half end in a
        word with no sentence mark. A digest whose stories end in a full mark and have a headline glued on here and
        there (`… है। <headline>` | `<story>`) does not qualify. One pass over the lines."""
        T = self.T
        body = broken = 0
        a = lo
        while a < hi:
            nl = T.find("\n", a, hi)
            if nl < 0:
                break  # (the last line: nothing follows it to join)
            e = nl
            while e > a and T[e - 1].isspace():
                e -= 1
            if e - a > 1 and self.body_sentence_end(a, e - 1):
                body += 1
                broken += _IS_WORD.match(T[e - 1]) is not None
            a = nl + 1
        return broken >= 2 and 2 * broken > body

    def body_sentence_end(self, s: int, e: int) -> bool:
        """(review of round 47) [s, e) holds a sentence end of body text: a danda, a कि, or a full stop after a word
        that is no abbreviation or initial (`डॉ.`, `आर.`, `Dr.`) and no number's decimal point."""
        if _BODY_SENTENCE_END.search(self.T, s, e):
            return True
        for m in _BODY_FULL_STOP.finditer(self.T, s, e):
            w = m.group(1)
            if not w:
                return True  # (`…है .`, `") .`, `2020.`; `3.3` is no full stop)
            if fold(w) not in _ABBREVIATIONS and not (w.isascii() and len(w) <= 3):
                return True
        return False

    def content_after(self, pos: int, u: int) -> tuple[int, int, str, int, int, int, bool] | None:
        """Content starting at pos: (cs, ce, quote_type, span_s, span_e, last unit, natural_end)."""
        unit = self.units[u]
        while pos < unit.e and self.T[pos].isspace():
            pos += 1
        if pos >= unit.e:
            return None
        if self.T[pos] in OPENERS and self.is_opener(pos):
            cs, close, closed, lu = self.quote_over_lines(pos)  # (`कहा, "…।` / … / `…।"`: closed lines later)
            cw = 2 if closed and self.T[close:close + 2] == "''" and self.T[pos:pos + 2] == "''" else 1
            if closed:
                rest = self.T[close + cw:self.units[lu].e]
                glued = any(close < h.s < self.units[lu].e and not (self.p.quoted_source_name
                                                                    and self.quoted_source_name(close + cw, h))
                            for h in self.hits)  # `…है"चंद्रभूषण का कहना है`
                # `…काम आएगा”बालाकृष्णन भी …`: a closer glued to the next word after a quote of its own sentences
                # is a sentence break that lost its space and danda, not a partial quote inside a clause
                glued = glued or (_IS_WORD.match(self.T[close + cw:close + cw + 1] or " ") is not None
                                  and self.quote_is_sentence(pos, cs, close))
                # `कहा "वह … लाता है," जो ट्रंप के शो …`: a comma inside the marks ends an utterance of five or more
                # words (the translated `"…," which …`), not a phrase quoted inside an indirect clause
                glued = glued or (self.T[close - 1] == "," and self.attached_closer(close) and self.n_tokens(cs, close) >= 5)
                # `ट्वीट किया, "… भेजा गया. " कोरोना वायरस से …`: a closer after the quote's own sentence end (a space
                # typed inside the marks) closes a whole utterance; the words after it are the next sentence
                glued = glued or (self._prev_visible(close) in "।.!?" and self.quote_is_sentence(pos, cs, close))
                if _ANY_WORD_CHAR.search(rest) and not glued and (two := self.joined_quote(close + cw, lu)) is not None:
                    s, e = self.strip_span(cs, two[0])  # `कहा कि, “A” और “B।”`: one utterance quoted in two parts
                    return s, e, "direct", pos, two[1], two[2], False
                if _ANY_WORD_CHAR.search(rest) and not glued:  # partial inner quote: indirect, marks kept
                    s, e = self.strip_span(pos, self.units[lu].e)
                    return s, e, "indirect", s, e, lu, True
                s, e = self.strip_span(cs, close)
                return s, e, "direct", pos, close + cw, lu, False
            s, e = self.strip_span(cs, close)
            return s, e, "direct", pos, e, lu, False
        s, e, nat = self.indirect_to_end(pos, u)
        return s, e, "indirect", s, e, u, nat

    def quoted_outlet(self, u: _Unit, start: int) -> _Spk | None:
        """(round 75, claims.quoted_media_name) The tagged name that a closed quotation right before `start` holds,
        nothing else inside it (`'ईएफई' समाचार`, `‘शर्क’ अखबार`: the outlet named in quotes before its kind noun);
        None for a place, an untagged or longer quotation, or a closer with no opener of its kind in the unit."""
        T = self.T
        k = start
        while k > u.s and T[k - 1] == " ":
            k -= 1
        if k <= u.s or T[k - 1] not in "'’\"”":
            return None
        close = k - 1
        o = close - 1
        lo = max(u.s, close - 60)
        while o >= lo and T[o] not in QUOTES:
            o -= 1
        if o < lo or T[close] not in OPENERS.get(T[o], ""):
            return None
        a, b = o + 1, close
        while a < b and T[a] == " ":
            a += 1
        while b > a and T[b - 1] == " ":
            b -= 1
        m = self.by_end.get(b)
        if m is None or m.start != a or m.label == "LOC":
            return None
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def quoted_source_name(self, after: int, h) -> bool:
        """(round 51, claims.quoted_source_name) The closed quote before `after` names the source of the `के मुताबिक`/
        `के अनुसार` cue right after it, an acronym in brackets allowed between (`कहा कि 'सभी इंफ्लुएंजा डेटा की
        साझेदारी पर वैश्विक पहल' (GISAID) के मुताबिक …`): a name quoted inside the indirect content, no utterance."""
        if h.entry.role != "prep":
            return False
        between = self.T[after:h.s].strip()
        return between == "" or regex.fullmatch(r"\([^()]{1,40}\)", between) is not None

    def joined_quote(self, after: int, u: int) -> tuple[int, int, int] | None:
        """`“A” और “B।”`: right after a closed quote, और/तथा and a second quote that closes at the end of its unit ->
        (the second closer, the end of its marks, its last unit); else None."""
        m = _JOINED_QUOTE.match(self.T, after)
        if m is None or not self.is_opener(m.end() - 1):
            return None
        _, close, closed, lu = self.quote(m.end() - 1)
        if not closed or _ANY_WORD_CHAR.search(self.T[close + 1:self.units[lu].e]):
            return None
        return close, close + 1, lu

    def quote_is_sentence(self, pos: int, cs: int, close: int) -> bool:
        """The quote opening at pos is a whole utterance: it follows a cue's comma or colon (`कहते हैं, “…`) and holds
        a sentence end or at least five words."""
        if self._prev_visible(pos) not in (",", ":"):
            return False
        inner = self.T[cs:close]
        return bool(_SENTENCE_END.search(inner)) or self.n_tokens(cs, close) >= 5

    def quote_before(self, u: int, end: int) -> tuple[int, int, int, int] | None:
        """A quote closing right before `end` (same unit, or at the end of the previous units)."""
        T = self.T
        k = end
        while True:
            unit = self.units[u]
            while k > unit.s and (T[k - 1].isspace() or T[k - 1] in ",:—-"):
                k -= 1
            if k > unit.s:
                break
            if u == 0 or self.units[u].brk_before:
                return None
            u -= 1
            k = self.units[u].e
        close = k - 1
        if T[close] not in QUOTES or not self.is_closer(close):
            return None
        ok_openers = [o for o, cl in OPENERS.items() if T[close] in cl]
        inner = None
        if close > self.units[u].s and T[close - 1] in QUOTES and self.is_closer(close - 1):
            # `"उसने कहा, "क्योंकि …,"" स्कोवेल ने मुझे बताया`: a nested quotation closes with the outer one; the outer
            # opener lies before the inner one, on the same line
            inner_openers = [o for o, cl in OPENERS.items() if T[close - 1] in cl]
            inner = next((x for x in range(close - 2, self.units[u].s - 1, -1)
                          if T[x] in inner_openers and self.is_opener(x)), None)
            if inner is None:
                return None
        # a closed quotation is sought back twice as far as an open one runs on (`"मैं आम तौर पर रोता नहीं हूँ …` /
        # four more lines / `… मदद कर पाया", … ग्रेशिया ने कहा।`): its closer is certain, another closer stops the search
        lo_unit = max(0, u - 2 * self.p.max_quote_sentences + 1)
        for uu in range(u, lo_unit - 1, -1):
            unit = self.units[uu]
            hi = (close if inner is None else inner) if uu == u else unit.e
            for j in range(hi - 1, unit.s - 1, -1):
                if T[j] in ok_openers and self.is_opener(j):
                    s, e = self.strip_span(j + 1, close)
                    return s, e, j, close + 1
                if T[j] in QUOTES and j != close and self.is_closer(j):
                    return None
            if uu > 0 and self.units[uu].brk_before and not self.open_quote_line(uu):
                break
        return None

    def quote_before_lead(self, ui: int, end: int) -> tuple[int, int, int, int] | None:
        """A quote closing a few words before the speaker: a descriptor or an adverbial between them (`"…,"
        देश के भाषा ओम्बड्समैन तारास क्रेमेन ने कहा`, `"…", यूरोप की जीत के बाद ग्रेशिया ने कहा`): at most 6 words, no
        clause of their own (ने, कि, a sentence end) and no punctuation but a comma right after the closer."""
        u = self.units[ui]
        lead = [t for t in u.toks if t.e <= end]
        words = 0
        for i in range(len(lead) - 1, -1, -1):
            t = lead[i]
            if t.t in QUOTES:
                return self.quote_before(ui, t.e) if words and self.is_closer(t.s) else None
            if t.t == "," and i > 0 and lead[i - 1].t in QUOTES:
                continue
            if not _IS_WORD.match(t.t) or t.k in ("ने", "कि", "और", "तो") or words >= 6:
                return None
            words += 1
        return None

    def quote_over_lines(self, k: int) -> tuple[int, int, bool, int]:
        """self.quote(k), and where it is left open at the end of its line, closed on one of the next lines that go
        on with it (one sentence a line, as translated articles are written: `"हम लड़ाई करने जा रहे थे।` /
        `जिसमें लाखों लोगों की हत्या हो जाती।` / `अब हमारे संबंध बहुत बढ़िया हो गए हैं।"`), with no cue and no other
        quotation mark on the lines before its closer, within max_quote_lines (its closer is certain: a coach's
        ten-line statement `कहा, "मुझे इन लड़कों पर गर्व है, वे लड़े।` / … / `हमने बेहतर खेला।"` is one quotation)."""
        s, close, closed, last = self.quote(k)
        if closed:
            return s, close, closed, last
        closers = OPENERS[self.T[k]]
        u = last
        while u + 1 < len(self.units) and u + 1 - self.unit_at(k) < self.p.max_quote_lines:
            n = u + 1
            unit = self.units[n]
            if not unit.brk_before or not self.open_quote_line(n):
                break
            first = next((j for j in range(unit.s, unit.e) if self.T[j] in QUOTES), None)
            if n in self.hit_units and not (first is not None and self.T[first] in closers
                                            and self.T[first + 1:unit.e].strip(" ।.!?") == ""):
                break  # (a line that the closer ends may quote a report: `वे हमेशा कहते थे कि … सकती है।"`)
            if first is not None:
                if self.T[first] in closers and self.is_closer(first):
                    return s, first, True, n
                break
            u = n
        return s, close, False, last

    def open_quote_line(self, uu: int) -> bool:
        """The line of unit uu goes on with a quotation opened on the line before and left open there (`"वे सिर्फ़ खेल
        रहे होते हैं।` / `वे दांत से काटते हैं …` / `… सम्मान देना पड़ता है," उसने बताया।`: one sentence a line)."""
        pu = self.units[uu - 1]
        marks = [j for j in range(pu.s, pu.e) if self.T[j] in QUOTES]
        return not marks or self.is_opener(marks[-1])

    def is_name(self, sp: _Spk) -> bool:
        """A one-word speaker that is a surname, not a role noun: a title before it (`एसएसपी पाठक`), or its entity
        written with more words elsewhere in the story (`एसके पाठक … पाठक के मुताबिक`)."""
        if sp.s is not None and fold(self.T[slice(*self._word_before(sp.s))]) in self.titles:
            return True
        return sp.entity_id is not None and any(
            m.entity_id == sp.entity_id and len(m.text.split()) > 1 for m in self.ments)

    def is_subject(self, sp: _Spk) -> bool:
        """A speaker that spoke before: a resolved pronoun, or a span followed by the ergative or a genitive of speech (`X ने`, `X का कहना`, `X के मुताबिक`)."""
        if sp.type == "pronoun":  # a pronoun that spoke before (`उन्होंने कहा`), resolved to a person
            return True
        after = self.T[sp.e:sp.e + 16].lstrip(" \"'”’)") if sp.e is not None else ""
        return after.startswith(("ने ", "ने,", "का कहना", "के अनुसार", "के मुताबिक"))

    # --- claim construction --------------------------------------------------------------------

    def add(self, hit: _Hit, sp: _Spk, content, cue_s=None, cue_e=None, primary=True) -> _C | None:
        cs, ce, qtype, span_s, span_e, lu, nat = content
        if ce <= cs or self.n_tokens(cs, ce) < self.p.min_content_tokens:
            return None
        if [_key(w) for w in _WORD.findall(self.T, cs, ce)] == ["नहीं"]:
            return None  # `… जवाब आया कि नहीं`, `X ने कहा कि नहीं`: a bare no, no content (review of round 42)
        if sp.type == "named" and sp.text and " " not in sp.text.strip() and _key(sp.text.strip()) in self.anon \
                and not self.is_name(sp):
            sp = _Spk(sp.text, sp.s, sp.e, None, "anonymous")  # a role noun the tagger took for a name (स्पोक्सपर्सन)
        elif sp.type == "named" and sp.s is not None and (w := _WORD_BEFORE.search(self.T, max(0, sp.s - 8), sp.s - 1)) \
                and self.T[w.end():sp.s] == " " and fold(w.group()) in _INDEFINITE \
                and not _PARTITIVE_BEFORE.search(self.T, max(0, w.start() - 12), w.start()):
            # `एक लेबर AM ने कहा`: a tagged party or office after an indefinite is an unnamed member (gold: anonymous);
            # `इनमें से एक रेखा कहती हैं` (one of them, named) stays
            sp = _Spk(sp.text, sp.s, sp.e, None, "anonymous")
        elif sp.type == "named" and _indefinite_place(self.T, sp):
            sp = _Spk(sp.text, sp.s, sp.e, None, "anonymous")  # `एक टोरी एमपी ने कहा`: a title read as a place
        if sp.type == "named" and sp.entity_id is None and sp.s is not None and sp.e is not None:
            sp = _dotted_name(self.T, sp) or self.cut_name(sp) or self.short_name(sp) or sp
        c = _C(self.units[hit.unit].sent_idx, sp, hit.rs if cue_s is None else cue_s,
               hit.re if cue_e is None else cue_e, cs, ce, qtype, span_s, span_e, lu, nat,
               anchor=hit.s if primary else hit.s + 1, primary=primary)
        self.claims.append(c)
        return c

    def cut_name(self, sp: _Spk) -> _Spk | None:
        """A named speaker without an entity whose words hold a person the tagger cut short (`परमिंदर सिंह बल ने` with
        `परमिंदर सिंह` tagged, `खेल पत्रकार प्रदीप मैगज़ीन` with `प्रदीप`, `निरंजन सुधाकर हेब्बाले जी`): that person's
        entity, where the person opens the name (only titles, honorifics or role nouns before it) and one or two
        name words follow it (no list end `आदि`, postposition or role noun)."""
        i = bisect.bisect_left(self.ment_starts, sp.s)
        m = next((m for m in self.ments[i:i + 4] if m.start < sp.e and m.label == "PER"), None)
        if m is None or m.end >= sp.e or m.end <= sp.s or not m.entity_id:
            return None
        before = [_key(w) for w in _WORD.findall(self.T, sp.s, m.start)]
        after = [_key(w) for w in _WORD.findall(self.T, m.end, sp.e)]
        if len(after) == 1 and m.entity_id in self.name_extensions().get(after[0], ()) \
                and all(fold(t) == fold(m.text) or after[0] in _key(t).split() for t in self.entity_texts()[m.entity_id]):
            # `व्यवसायी काई-फू ली ने` (`काई-फू`); not `पवन कुमार तिवारी ने` with `कुमार` joined to another person's name
            return _Spk(sp.text, sp.s, sp.e, m.entity_id, "named", m.label)
        if any(w not in self.titles and w not in self.anon and w.rstrip(".") not in _HONORIFICS
               and not w.endswith("मंत्री") for w in before):
            return None
        if not 1 <= len(after) <= 2 or any(w in _LIST_ENDS or w in POSTPOSITIONS or w in self.titles
                                           or (w in self.anon and not (j == 0 and w in _NAME_RELATIVES))
                                           or w in self.nonname or w in self.pron or w in _COLLECTIVE_NOUNS
                                           or w in _INSTITUTION_HEADS or self.anaphor.get(w) == "org"
                                           for j, w in enumerate(after)):  # (`अमित भाई शाह`: a relative as honorific)
            return None
        return _Spk(sp.text, sp.s, sp.e, m.entity_id, "named", m.label)

    def short_name(self, sp: _Spk) -> _Spk | None:
        """A named speaker without an entity that is the short form of one name the story tagged (round 20): the name's
        last words (`मीनाक्षी सुंदरम ने` after `आर. मीनाक्षी सुंदरम`, `हेल्थ कमिशन ने` after `नैशनल हेल्थ कमिशन`, a
        translated surname spelt with another vowel length, `टैलिस ने` after `क्विंटन टेलीस`) or a party's name before
        `पार्टी` (`लेबर ने` with `लेबर पार्टी`). The tagged name stands before the speaker, or anywhere when the speaker
        opens the story (its headline); one entity only. Role, source, title and generic words are no short form."""
        keys = tuple(_key(w) for w in _WORD.findall(sp.text))  # the lists are keyed so; only the lookup is loose
        while len(keys) > 1 and (keys[0] in self.titles or keys[0] in self.anon or keys[0].rstrip(".") in _HONORIFICS):
            keys = keys[1:]  # `अधिकारी राम प्रसाद ने` after `जिला अधिकारी राम प्रसाद`: the name after the title
        if not keys or len(keys) > 3 or any(
                w in self.anon or w in self.titles or w in self.nonname or w in self.pron or w in self.anaphor
                or w in self.source or w in self.data or w in self.roles or w in self.qualroles or w in self.npstop
                or w in _COLLECTIVE_NOUNS or w in PUBLIC_BODY_HEADS or w in POSTPOSITIONS or w in _HONORIFICS
                or len(w) < 2 for w in keys):
            return None
        headline = self.units[self.unit_at(sp.s)].sent_idx == 0
        words = tuple(w.translate(_LOOSE) for w in keys)
        found = {eid for eid, start in self.short_forms().get(words, ()) if headline or start < sp.s}
        if len(found) != 1:
            return None
        eid = found.pop()
        label = next(m.label for m in self.ments if m.entity_id == eid)
        return _Spk(sp.text, sp.s, sp.e, eid, "named", label)

    def short_forms(self) -> dict[tuple[str, ...], list[tuple[str, int]]]:
        """Loose word tuple -> (entity, start) of the tagged persons and organisations of two to four words it ends
        (a person's one to three last words, an organisation's two or three: a lone `बैंक` is no short form of `डीसीबी
        बैंक`; no suffix of a party: `जनता पार्टी` is another party), and of `<X> पार्टी` organisations of two words
        (X). Built once per document."""
        if self._short_forms is None:
            out: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
            for m in self.ments:
                if m.label not in ("PER", "ORG") or not m.entity_id:
                    continue
                w = tuple(_loose(x) for x in _WORD.findall(m.text))
                if not 2 <= len(w) <= 4:
                    continue
                party = m.label == "ORG" and w[-1] in _PARTY_WORDS
                for k in range(1, 0 if party else len(w) - (m.label == "ORG")):
                    # (an organisation's last word is its kind: `बैंक`; a party's `जनता पार्टी` names another party)
                    out[w[k:]].append((m.entity_id, m.start))
                if party and len(w) == 2:  # `लेबर पार्टी` -> `लेबर`; not `आम आदमी पार्टी` -> `आम आदमी`
                    out[w[:-1]].append((m.entity_id, m.start))
            self._short_forms = out
        return self._short_forms

    def intro_content(self, hit: _Hit, after: int, allow_comma: bool, require_ki: bool = False):
        """Content introduced after a cue: `कि C`, `: "C"`, `, "C"`, `"C"`, `, C`."""
        u = self.units[hit.unit]
        if (glued := _glued_dash_content(u.toks, after, self.T)) is not None:
            return self.content_after(glued, hit.unit)  # `MHA ने कहा-ये नियमों का उल्लंघन` (round 44)
        i = self.next_tok(u, after)
        if i >= len(u.toks):
            return "end"
        t = u.toks[i]
        if t.k in ("जा", "जाता", "जाती", "जाते"):  # बताया जा रहा है: impersonal, a hedge
            return None
        if t.k in _NEGATIONS and i + 1 < len(u.toks) and u.toks[i + 1].k in ("जा", "जाता", "जाती", "जाते"):
            return None  # `यह कहा नहीं जा सकता कि …`: a negated impersonal passive says nothing (no speaker's claim)
        if t.k == "कि" or (t.k == "की" and fold(self.T[hit.rs:hit.re]).endswith("ा") and i + 1 < len(u.toks)
                           and _IS_WORD.match(u.toks[i + 1].t) and u.toks[i + 1].k not in ("बात", "ओर", "तरफ", "तरह")):
            # `डॉक्टर प्रशांत ने बताया की रेल कर्मियों को …`: की typed for कि after a perfective cue
            j = i + 1
            if j < len(u.toks) and u.toks[j].t in (",", ":"):
                j += 1
            if j >= len(u.toks):
                # `जिम्मी ओ'ब्रायन मानते हैं कि` / `नए पोप को … विचार करना चाहिए।`: a line (or sentence) break right
                # after कि; the content is the next unit
                nu = hit.unit + 1
                if nu < len(self.units) and self.units[nu].toks and _IS_WORD.match(self.units[nu].toks[0].t) \
                        and not _DATELINE.match(self.T, self.units[nu].s):  # (`लंदन, 18 अप्रैल (भाषा)`: a new story)
                    return self.content_after(self.units[nu].toks[0].s, nu)
                return None
            return self.content_after(u.toks[j].s, hit.unit)
        if require_ki:
            return None
        if t.t in (",", ":", *_DASHES):
            if i + 1 >= len(u.toks):
                return None
            nxt = u.toks[i + 1]
            if "nominal" in hit.entry.options and t.t == "," and nxt.k in _RELATIVE_AFTER_NOUN:
                return "end"  # `X ने 36 लोगों के घायल होने की पुष्टि की है, जिसमें से सात …`: the clause is the noun's
            if nxt.k == "कि" and i + 2 < len(u.toks):
                return self.content_after(u.toks[i + 2].s, hit.unit)
            if t.t == "," and self.relative_after_called(u, hit, nxt):
                return "end"  # `X ने रिपोर्ट को गलत बताया, जिसने …`: the called-it complement is the content (round 33)
            if t.t == "," and (nxt.k in self.coord or nxt.k in _CALLED_THEN) and self.called_complement(u, hit):
                return "end"  # `X ने हमले के लिए Y को जिम्मेदार ठहराया, जबकि Y ने …`: the complement (review of round 33)
            if t.t == "," and nxt.k in self.coord and (
                    self.content_before_speaker(u, hit)
                    or any(h.s > t.s and h.entry.role == "verb" for h in self.unit_hits.get(hit.unit, ()))):
                # (only with a content before the speaker, or a cue of its own after the comma: `राहुल ने कहा, और भी
                # कई लोग इससे सहमत हैं` says the clause after the comma, also after `हालांकि,` or a dateline)
                return "end"  # `<C>, X ने कहा, और इस बात पर ज़ोर दिया कि …`: a second predicate of X, not what X said
            if nxt.t in OPENERS and self.is_opener(nxt.s):
                if t.t == "," and self.quote_owned_after(u, hit, nxt.s):
                    return "end"  # `"A," मोदी ने कहा, "B," राहुल ने कहा।`: B is Rahul's (round 46)
                return self.content_after(nxt.s, hit.unit)
            if t.t == "," and allow_comma and self.written_not_said(u, hit, nxt):
                return None
            spaced = t.t in _DASHES and self.T[t.e:t.e + 1].isspace()
            if t.t == ":" or (allow_comma and t.t == ",") or spaced or (
                    t.t in _DASHES and allow_comma and not _dash_compound(u.toks, i + 1)):
                # a spaced dash after any cue opens what is said (`X ने ट्विटर पर लिखा- …`, `बयान में कहा गया है- …`),
                # a glued one after a comma cue too (`X ने कहा—सरकार …`) unless it makes a compound (`कहा–सुनी के बाद`)
                return self.content_after(nxt.s, hit.unit)
            return None
        if t.t in OPENERS and self.is_opener(t.s):
            return self.content_after(t.s, hit.unit)
        if t.t in _SENT_END:
            return "end"
        if t.t == "(" and (close := next((j for j in range(i + 1, min(len(u.toks), i + 8)) if u.toks[j].t == ")"),
                                         None)) is not None \
                and (close + 1 >= len(u.toks) or u.toks[close + 1].t in _SENT_END):
            return "end"  # `…, X ने सांसदों को लिखा है (10 जनवरी)।`: a short aside (date, agency) closes the sentence
        if t.k in self.coord and hit.entry.options & {"bare", "nominal"} and (any(
                h.s > t.s and h.entry.role == "verb" for h in self.unit_hits.get(hit.unit, ()))
                or (self.called_complement(u, hit) and not any(c.cs <= hit.s < c.ce for c in self.claims))):
            return "end"  # `उन्होंने X को आतंकवादी बताया और कहा कि …`: the called-it clause ends at और; also with no
            # cue after it when the complement is there (`X ने Y को … जिम्मेदार ठहराया है और प्रतिबंध लगाए हैं`), but
            # not inside another's content (`परिजनों ने बताया कि …, जहां चिकित्सक ने उसे … लक्षण बताया और …`)
        rest = [x for x in u.toks[i:] if _IS_WORD.match(x.t)]
        if fold(self.T[hit.rs:hit.re]) in _BARE_CONTENT_CUES and _IS_WORD.match(t.t) and t.k not in _NOT_A_CLAUSE_START \
                and t.k not in self.trailing and t.k not in self.aux and len(rest) >= 4:
            # `राजवीर सिंह ने बताया जो फसल कट चुकी है …`, `बालाकृष्णन कहते हैं ये फ़ैसला आसान नहीं था` (no कि)
            return self.content_after(t.s, hit.unit)
        return None

    def quote_owned_after(self, u: _Unit, hit: _Hit, k: int) -> bool:
        """The quote opening at k after `X ने कहा,` closes in this unit and is followed (a comma between) by a
        subject of its own and a cue with ने: `"A," मोदी ने कहा, "B," राहुल ने कहा।` gives B to Rahul, not Modi
        (round 46). Only in that frame: a quote closes right before X's subject, no connective or relative opens the
        clause after B (`…,” जिसके जवाब में/इसके बाद/तो राहुल ने कहा कि …` is Rahul's own report), and the second cue
        has no content of its own (it ends the unit or a `।`, `.` or `,` follows it, no कि, colon or quote) (review of
        round 46). A linear window: at most five tokens from the closer to the next cue's ergative."""
        _, close, closed, last = self.quote(k)
        if not closed or last != u.idx:
            return False
        erg = self.ergative(u, hit.s)
        subj = erg[1].s if erg is not None and erg[1].s is not None else None
        pre = [t for t in u.toks if subj is not None and t.e <= subj]
        if not pre or pre[-1].t not in QUOTES:
            return False  # `मोदी ने कहा, “A,” राहुल ने कहा।`: no quote opens the sentence, A is Modi's
        after = [t for t in u.toks if t.s > close]
        if after and after[0].t == ",":
            after = after[1:]
        ne = next((j for j, t in enumerate(after[:5]) if t.k == "ने"), None)
        if not ne or not _IS_WORD.match(after[0].t) or after[0].k in _OWNED_AFTER_NOT:
            return False
        ne_end = after[ne].e
        second = next((h for h in self.unit_hits.get(hit.unit, ()) if h is not hit and h.entry.role == "verb"
                       and h.s >= ne_end and self.n_tokens(ne_end, h.s) <= 2), None)
        if second is None:
            return False
        rest = [t for t in u.toks if t.s >= second.e and t.k not in self.aux]
        return not rest or (rest[0].t in ("।", ".") or (rest[0].t == "," and not (
            len(rest) > 1 and (rest[1].k == "कि" or rest[1].t in QUOTES or rest[1].t == ":"))))

    def relative_after_called(self, u: _Unit, hit: _Hit, nxt: _Tok) -> bool:
        """(round 33) A relative clause after the comma of a called-it cue (`X ने Y को Z बताया/करार दिया/ज़िम्मेदार
        ठहराया, जिसने/जिसके बाद/जो …`) is about its object, not what was said: the complement before the cue is the
        content. Only where that complement exists (`X ने कहा, जो लोग … उन्हें …` opens a correlative content)."""
        if "bare" not in hit.entry.options or not (nxt.k in _RELATIVE_CONTENT or nxt.k in _RELATIVE_OPENERS
                                                   or nxt.k in ("जिस", "जिन")):
            return False
        if nxt.k in ("जो", "जिस", "जिन") and any(t.s > nxt.s and t.k in _CORRELATIVES for t in u.toks):
            return False  # (review) `…को बताया, जिन लोगों ने नियम तोड़ा उन पर कार्रवाई होगी`: a correlative content
        return self.called_complement(u, hit)

    def called_complement(self, u: _Unit, hit: _Hit) -> bool:
        """(review of round 33) A `bare` cue with a called-it complement before it: its bare_content ends in a blaming
        row's `को` object (_held_as) or in a complement after its last `को` or object pronoun (`रिपोर्ट को गलत`, `इसे
        शर्मनाक`), not in a postposition, a time word or a number (`मीडिया को सोमवार को`, `पत्रकारों को फोन पर`: told
        someone, no complement)."""
        if "bare" not in hit.entry.options:
            return False
        erg = self.ergative(u, hit.s)
        bare = self.bare_content(u, erg[0], hit) if erg is not None else None
        if bare is None:
            return False
        words = [t for t in u.toks if bare[0] <= t.s and t.e <= bare[1] and _IS_WORD.match(t.t)]
        if len(words) < 2:
            return False
        if _held_as(hit.entry.form, words, self.time):
            return True
        obj = [j for j, t in enumerate(words) if t.k == "को" or t.k in self.objects]
        comp = words[obj[-1] + 1:] if obj else []
        last = comp[-1].k if comp else ""
        return bool(comp) and last not in POSTPOSITIONS and last not in self.time and last not in _TIME_WORDS \
            and not last[:1].isdigit() and not all(t.k in self.adverbs for t in comp)

    def written_not_said(self, u: _Unit, hit: _Hit, nxt: _Tok) -> bool:
        """A writing verb's comma (`लिखा,`, `ट्वीट किया,`: cues-v24) before no content: a relative or connective clause
        follows it (`उपन्यास लिखा, जो चर्चित हुआ`, `…, लेकिन संपादक ने …`, `वीडियो ट्वीट किया, इसमें …`), or an
        unmarked noun right before the cue is its object (`एक लेख लिखा, …`: something written, nothing said)."""
        if fold(hit.entry.form) not in _WRITING_COMMA_CUES and not (self.p.written_perfect_clause
                                                                     and self.written_perfect(hit)):
            return False
        if nxt.k in _RELATIVE_CONTENT or nxt.k in _CLAUSE_AFTER_WRITING:
            return True
        prev = next((x for x in reversed(u.toks) if x.e <= hit.s), None)
        return prev is not None and bool(_IS_WORD.match(prev.t)) and not prev.k.endswith("ने") \
            and prev.k not in _NOT_AN_OBJECT and prev.k not in self.objects and prev.k not in self.adverbs \
            and not prev.k.endswith("कर")

    def written_perfect(self, hit: _Hit) -> bool:
        """(review of round 63, claims.written_perfect_clause) `hit` is the perfect `लिखा है` with ने that
        ergative_written_comma gave the comma content of `लिखा` (the passive row, `comma` added, its reported word a
        writing comma cue): written_not_said reads it as it reads `X ने लिखा, …`."""
        return hit.entry.role == "passive" and "comma" in hit.entry.options \
            and fold(self.T[hit.rs:hit.re]) in _WRITING_COMMA_CUES

    def contrast_quote(self, u: _Unit, hit: _Hit, ei: int, sp: _Spk) -> list | None:
        """(round 48, claims.contrast_quote) The translated `A, X ने कहा, लेकिन "B …"` ("A, X said, but "B""): a
        clause of at least four words opening the sentence, unquoted, its comma right before the speaker's phrase (at
        most four words, nothing between ने and the cue), then the cue, a comma, a contrast word and a quotation: A
        (indirect) and the quotation (direct, to its closer; split a paragraph a claim as any quotation). Else None."""
        i = self.next_tok(u, hit.e)
        if i + 2 >= len(u.toks) or u.toks[i].t != "," or u.toks[i + 1].k not in _CONTRAST_LEAD \
                or u.toks[i + 2].t not in OPENERS or not self.is_opener(u.toks[i + 2].s):
            return None
        if any(t.e <= hit.s for t in u.toks[ei + 1:]) or not self.units[u.idx].brk_before and u.idx > 0 \
                and self.units[u.idx - 1].sent_idx == u.sent_idx:
            return None  # an adverbial between ने and the cue, or a unit that does not open its sentence
        spk_start = sp.s if sp.s is not None and sp.s >= u.s else u.toks[ei].s
        head = [t for t in u.toks if t.e <= spk_start]
        quote = self.content_after(u.toks[i + 2].s, hit.unit)
        if quote is None or quote[2] != "direct":
            return None
        if (own := _OWN_ATTRIBUTION.match(self.T, quote[1], min(len(self.T), quote[1] + 80))) is not None \
                and any(own.end() <= h.s <= own.end() + 20 for h in self.hits):
            return None  # (review of round 48) `…, लेकिन "B," ट्रंप ने कहा।`: B is the second speaker's
        if head and head[0].t in QUOTES:
            return [quote]  # `"A," X ने कहा, लेकिन "B"`: A by the split quotation's rule (split_quote_lead)
        before = self.content_before_comma(u, self.before_titles(u, min(spk_start, u.toks[ei].s)))
        if before is None or any(t.t in QUOTES for t in head):
            return None
        return [before, quote]

    def content_before_speaker(self, u: _Unit, hit: _Hit) -> bool:
        """A comma after a clause, or a quote, right before the speaker's noun phrase (and its titles): `<C>, X ने कहा,
        और …`, `"C," X ने कहा, और …`; not a comma after a lead word or two, nor a dateline (`हालांकि, X ने कहा, और …`,
        `इस बीच, …`: the clause after the cue's comma is what X said). Without an ergative subject, any comma or quote
        before the cue."""
        erg = self.ergative(u, hit.s)
        if erg is None:
            return any(x.t == "," or x.t in QUOTES for x in u.toks if x.e <= hit.s)
        ei, sp = erg
        start = u.toks[ei].s
        if sp is not None and sp.s is not None and u.s <= sp.s < start:
            start = sp.s
        before = [x for x in u.toks if x.e <= self.before_titles(u, start)]
        if not before:
            return False
        if before[-1].t in QUOTES:
            return True
        # a comma after a clause, not after a lead word or two (`हालांकि,`, `इस बीच,`)
        return before[-1].t == "," and sum(1 for x in before[:-1] if _IS_WORD.match(x.t)) >= 3

    def on_verb(self, hit: _Hit) -> None:
        u = self.units[hit.unit]
        erg = self.ergative(u, hit.s)
        if erg is None:
            if fold(hit.entry.form) in _INTRANSITIVE and self.on_nom(hit):  # `सुधीर बोले, "…"`: बोलना takes no ने
                return
            if (nom := self.ne_dropped(u, hit)) is not None:
                content = self.intro_content(hit, hit.e, "comma" in hit.entry.options)
                if content is not None and content != "end":
                    self.add(hit, nom, content)
                    return
            if (head := self.headline_subject(u, hit)) is not None:
                content = self.intro_content(hit, hit.e, True)
                if isinstance(content, tuple):
                    self.add(hit, head, content)  # `तेजस्वी यादव का बड़ा एलान, कहा- …` (round 46)
                    return
            self.on_elided_subject(hit)
            return
        ei, sp = erg
        if ei > 0 and u.toks[ei - 1].k in _COURTS and _holding(hit.entry.form):
            return  # `अदालत ने आसाराम को … दोषी ठहराया`: a verdict, no claim (review of round 33)
        if self.p.contrast_quote and (split := self.contrast_quote(u, hit, ei, sp)) is not None:
            # (round 48) `A, सैंडर्स ने कहा, लेकिन "B।` / `C।"`: A indirect and the quotation after the contrast word
            for part in split:
                self.add(hit, sp, part)
            return
        content = self.intro_content(hit, hit.e, "comma" in hit.entry.options)
        if content is None:
            return
        if content != "end" and hit.entry.options & {"bare", "nominal"} and self.other_report_after_comma(u, hit) \
                and self.bare_content(u, ei, hit) is not None:
            content = "end"  # `X ने इसे अभूतपूर्व बताया, वहीं Y ने इसे "अनपेक्षित" कहा`: X's content is the called-it
            # complement; the clause after the comma is another subject's report (but `X ने कहा, Y ने कहा कि C` is X's)
        if content != "end" and (prev := next((t for t in reversed(u.toks) if t.e <= hit.s), None)) is not None \
                and prev.k in _NEGATIONS and next((t.k for t in u.toks if t.s >= hit.e and t.k not in self.aux), None) == "कि":
            return  # `अधिकारियों ने यह नहीं बताया कि …`: nothing was said (but `इसे आदर्श स्थिति नहीं बताया` is)
        if content == "end":
            spk_start = sp.s if sp.s is not None else u.toks[ei].s
            between = [t for t in u.toks[ei + 1:] if t.e <= hit.s]
            adjacent = not any(t.t in (",", ";", ":") for t in between) and (
                len(between) <= 4 or (len(between) <= 10 and between[-1].k in ("को", "से"))  # "… टुडे कार्यक्रम को बताया"
            )
            bare = self.bare_content(u, ei, hit) if hit.entry.options & {"bare", "nominal"} else None
            if bare is None and self.p.object_first and "bare" in hit.entry.options:
                bare = self.object_first_content(u, ei, sp, hit)  # `ऐसी ख़बरों को शाहिद ने बकवास करार दिया` (round 50)
            if bare is not None and self.demonstrative_content(u, ei, hit) is not None:
                bare = None  # `X ने इस मामले की पुष्टि की`: the demonstrative points at the sentence before
            # after a quote the attribution may carry an adverbial before its cue (`"…" श्री राय ने न्यूयॉर्क में …
            # एक भाषण में कहा`): a longer stretch without a clause break is still the quote's speaker and cue
            loose = len(between) <= 12 and not any(t.t in (",", ";", ":") or t.k in ("कि", "ने") for t in between)
            q_end = self.before_titles(u, min(spk_start, u.toks[ei].s))
            qb = None
            if bare is None and adjacent:
                qb = self.quote_before(hit.unit, q_end) or self.quote_before_lead(hit.unit, q_end)
            elif bare is None and loose:
                qb = self.quote_before(hit.unit, q_end)
            if qb is not None and any(c.cs < qb[1] and qb[0] < c.ce and not qb[2] < c.cue_s < qb[3] for c in self.claims):
                qb = None  # that quote is already attributed (a report inside it does not: `"उसने कुछ नहीं कहा कि
                # वह उदास था," उसने कहा`)
            if qb is not None:
                s, e, qs, qe = qb
                content = (s, e, "direct", qs, qe, self.unit_at(qs), False)
            elif bare is not None:
                content = bare
            elif adjacent and (before := self.content_before_comma(u, self.before_titles(u, min(spk_start, u.toks[ei].s)),
                                                                   fold(hit.entry.form).startswith(_REPORTED))):
                content = before  # `<content>, SEC अध्यक्ष गेरी गेन्सलर ने कहा।`
            elif (prev := self.demonstrative_content(u, ei, hit)) is not None:
                content = prev  # `… मौत हो गई। अधिकारियों ने यह जानकारी दी।`
            elif (nxt := self.quote_after(u, hit)) is not None:
                content = nxt  # `ट्रम्प ने … वॉयस में बताया।` / `"मैंने कोई भी त्याग नहीं किया।"`
            elif (alone := self.bare_report(u, ei, hit)) is not None:
                content = alone  # `स्वास्थ्य मंत्रालय ने कहा` (a heading) + the line after it; `… । X ने बताया।`
            else:
                return
        c = self.add(hit, sp, content)
        if c is None:
            return
        if self.p.joint_speakers and sp.type == "named":
            for other in self.partners(u, sp):
                self.add(hit, other, content, primary=False)
        # nested source: X ने Y के हवाले से खबर दी कि …, also fronted: Y के हवाले से [समाचार एजेंसी] X ने बताया कि …
        erg_end = u.toks[ei].e
        spk_start = sp.s if sp.s is not None and sp.s >= u.s else u.toks[ei].s
        for h in self.hits:
            if h.unit == hit.unit and h.entry.role == "hawale" and (
                    (erg_end <= h.s and h.e <= hit.s) or self.fronted_hawale(u, h, spk_start)):
                nsp = self.speaker_before(u, h.s, "hawale")
                if nsp is not None:
                    nc = self.add(hit, nsp, content, cue_s=h.s, cue_e=h.e, primary=False)
                    if nc is not None:
                        nc.anchor = hit.s - 1  # the quoted source is an inner layer: the reporter stays the last voice

    def on_hawale_news(self) -> None:
        """`सरकारी सूत्रों के हवाले से खबर है कि C`, `… के हवाले से जानकारी मिली है कि C`: news with no reporting subject
        whose source is the phrase before `के हवाले से` (that source's claim)."""
        for h in self.hits:
            if h.entry.role != "hawale" or any(c.cue_s == h.rs for c in self.claims):
                continue
            u = self.units[h.unit]
            rest = [t.k for t in u.toks if t.s >= h.e][:5]
            if not rest or rest[0] not in _NEWS_WORDS:
                continue
            j = 1
            while j < len(rest) and rest[j] in ("आई", "आयी", "मिली", "है", "हैं"):
                j += 1
            if j == 1 or j >= len(rest) or rest[j] != "कि" or rest[j - 1] not in ("है", "हैं"):
                continue
            sp = self.speaker_before(u, h.s, "hawale")
            ki = next(t for t in u.toks if t.s >= h.e and t.k == "कि")
            nxt = next((t for t in u.toks if t.s > ki.s), None)
            content = self.content_after(nxt.s, h.unit) if nxt is not None else None
            if sp is not None and content is not None:
                self.add(h, sp, content)

    def fronted_hawale(self, u: _Unit, h: _Hit, spk_start: int) -> bool:
        """`मोरशेद के हवाले से ढाका ट्रिब्यून ने बताया`: the quoted source's phrase right before the reporting subject,
        at most three words between them (`समाचार एजेंसी`) and no clause break."""
        if h.e > spk_start:
            return False
        between = [t for t in u.toks if h.e <= t.s and t.e <= spk_start]
        return len(between) <= 3 and all(_IS_WORD.match(t.t) and t.k not in ("कि", "ने", "और", "तथा") for t in between)

    def previous_sentence(self, u: _Unit, nested: bool = False, layered: bool = False, named_quotes: bool = False,
                          line: bool = False):
        """The unit before u in the same paragraph, as an indirect content, unless another claim already holds it
        (with `nested`, a report inside it is a layer of the content: `<X says that A>। यह कहना है Y का।`; with
        `layered`, round 53's `source_layer`: an according-to claim holding it is a layer above this one; with `line`,
        round 81's `demonstrative_line`: across a single line break after a sentence mark as well)."""
        if u.idx == 0 or (u.brk_before and not (line and self.sentence_line_before(u))):
            return None
        pu = self.units[u.idx - 1]
        s, e = self.strip_span(pu.s, pu.e)
        if e <= s or self.n_tokens(s, e) < 3 or (any(self.T[j] in QUOTES for j in range(s, e))
                                                 and not (named_quotes and self.quoted_names_only(s, e))):
            return None
        if not nested and (any(c.cs < e and s < c.ce for c in self.claims)
                           or (pu.idx in self.hit_units and not self.subjectless_cues(pu))):
            if layered and self.p.source_layer and (held := self.according_to_only(pu, s, e)) is not None:
                return held, e, "indirect", held, e, pu.idx, False
            return None
        return s, e, "indirect", s, e, pu.idx, False

    def sentence_line_before(self, u: _Unit) -> bool:
        """(round 81, claims.demonstrative_line) Unit u opens a line that a single line break (no blank line) parts
        from the unit before, and that unit ends in a sentence mark (`।`, `.`, `?`, `!`: a sentence, not a headline or
        a digest's slug)."""
        pu = self.units[u.idx - 1]
        if not pu.toks or pu.toks[-1].t not in ("।", ".", "?", "!"):
            return False
        gap = self.T[pu.toks[-1].e:u.s]  # from the sentence mark (a unit's span may hold the line break after it)
        if gap.count("\n") != 1 or gap.strip():
            return False
        # a line that opens with a narrative step (`इसके बाद ग्राम प्रधान ने इसकी सूचना … में दी।`) tells what was done
        # next, not who reported the line before
        words = [t.k for t in u.toks[:3] if _IS_WORD.match(t.t)]
        return not (words[:1] in (["फिर"], ["तब"]) or words[:2] in (["इसके", "बाद"], ["उसके", "बाद"], ["बाद", "में"]))

    def quoted_names_only(self, s: int, e: int) -> bool:
        """(round 68, claims.demonstrative_quoted_name) Every quotation mark of T[s:e] pairs with the next into a short
        quoted name or term (`पोत 'यूएसएस थियोडोर रूजवेल्ट' पर`): an even number of marks, none opening the span, each pair
        around one to four words with no sentence end or comma inside; no colon in the span (a news digest's item, its
        slug and headline glued before the body: `दि35 कोरोना … विमान: … 'महान एयर' का विमान … पहुंचा`)."""
        marks = [j for j in range(s, e) if self.T[j] in QUOTES]
        if not marks or len(marks) % 2 or marks[0] == s or ":" in self.T[s:e]:
            return False
        for a, b in zip(marks[::2], marks[1::2]):
            inner = self.T[a + 1:b]
            if not 1 <= len(inner.split()) <= 4 or any(ch in inner for ch in ("।", ".", "?", "!", ",", "|")):
                return False
        return True

    def according_to_only(self, pu: _Unit, s: int, e: int) -> int | None:
        """(round 53, `source_layer`) `आइजोल से प्राप्त खबर के अनुसार, मिजोरम … सील कर दिया जाएगा। राज्य के एक शीर्ष अधिकारी
        ने सोमवार को यह जानकारी दी।`, `समाचार एजेंसी एएनआइ के अनुसार 225 मरीज … ठीक हो गए हैं। आगरा के जिलाधिकारी ने इसकी
        जानकारी दी है।`: the sentence before is held only by according-to claims (`के अनुसार`/`मुताबिक`, every cue of
        that sentence one of them) whose content runs to its end: the report or agency passes on what the official
        told, one claim per layer (dev2 README), so the official's content is that same clause. Where it starts; else
        None."""
        held = [c for c in self.claims if c.cs < e and s < c.ce]
        hits = [h for h in self.unit_hits.get(pu.idx, ()) if h.entry.role != "participle"]
        if not held or not hits or any(h.entry.role != "prep" for h in hits):
            return None
        if any(c.qtype != "indirect" or not pu.s <= c.cue_s < c.cs or c.ce < e
               or fold(self.T[c.cue_s:c.cue_e]).split()[-1] not in ("अनुसार", "मुताबिक") for c in held):
            return None
        return min(c.cs for c in held)

    def subjectless_cues(self, pu: _Unit) -> bool:
        """Every cue of unit pu is a perfective or passive with no subject and made no claim (`…, जिसके बाद 40 लोगों को
        घर में रहने के लिये कहा है।` + `पुलिस ने इसकी जानकारी दी।`): a statement of fact, which a next sentence's
        `इसकी जानकारी X ने दी` may own. Not where a ने or a subject pronoun comes before a cue, nor a habitual or
        progressive cue (`… बताते हैं`: a subject left out), nor an intransitive `बोले`, nor a cue whose claim was made."""
        hits = [h for h in self.unit_hits.get(pu.idx, ()) if h.entry.role != "participle"]
        if not hits or any(pu.s <= c.cue_s < pu.e for c in self.claims):
            return False
        last = max(h.s for h in hits)
        for t in pu.toks:
            if t.s >= last:
                break
            if t.k == "ने" or getattr(self.pron.get(t.k), "role", None) in ("erg", "nom", "gen"):
                return False
        return all(h.entry.role in ("verb", "passive") and not _HABITUAL_END.search(self.T[h.s:h.e])
                   and not _PROGRESSIVE_AFTER.match(self.T, h.e)  # `… की बात कही जा रही है`
                   and fold(self.T[h.s:h.e]).split()[-1] not in _INTRANSITIVE for h in hits)  # (`मोदी बोले`: a subject)

    def demonstrative_content(self, u: _Unit, ei: int, hit: _Hit):
        """`X ने यह जानकारी दी।`, `X ने इसकी पुष्टि की है।`: only a demonstrative object between the subject and a
        cue that ends its sentence: the content is the sentence before."""
        between = [t for t in u.toks[ei + 1:] if t.e <= hit.s]
        if self.p.demonstrative_date:
            between = self.without_dates(between)
        words = [t.k for t in between if _IS_WORD.match(t.t)]
        if words and self.p.channel_adjunct:
            words = self.after_channel(words)
        if not words or not set(words) <= _DEMONSTRATIVE_OBJECT | _TIME_WORDS or not set(words) & _DEMONSTRATIVE:
            return None
        if any(not _IS_WORD.match(t.t) for t in between) or not all(t.t in _SENT_END for t in u.toks[self.next_tok(u, hit.e):]):
            return None
        return self.previous_sentence(u, layered=True, named_quotes=self.p.demonstrative_quoted_name,
                                      line=self.p.demonstrative_line)

    def without_dates(self, toks: list[_Tok]) -> list[_Tok]:
        """(round 68, claims.demonstrative_date) The tokens between a subject and its demonstrative object less a date:
        a weekday, month or part of the day (the lexicon's time words), a number next to one of them (`25 फरवरी 2020`)
        and brackets around only such words (`बृहस्पतिवार (2 अप्रैल) को`). Anything else is kept as it was."""
        def dated(i: int) -> bool:
            k = toks[i].k
            if k in self.time or k in _TIME_WORDS:
                return True
            return k[:1].isdigit() and any(0 <= j < len(toks) and toks[j].k in self.time and not toks[j].k[:1].isdigit()
                                           for j in (i - 1, i + 1))
        drop = {i for i in range(len(toks)) if dated(i)}
        for i, t in enumerate(toks):
            if t.t != "(":
                continue
            close = next((j for j in range(i + 1, len(toks)) if toks[j].t == ")"), None)
            if close is not None and close > i + 1 and all(j in drop for j in range(i + 1, close)):
                drop.update((i, close))
        kept = [t for i, t in enumerate(toks) if i not in drop or t.k in _TIME_WORDS]
        return kept

    @staticmethod
    def after_channel(words: list[str]) -> list[str]:
        """(round 55, claims.channel_adjunct) `उन्होंने ट्वीट कर इसकी जानकारी दी।`, `X ने एक संवाददाता सम्मेलन बुलाकर इस
        बात की जानकारी दी है।`, `X ने संवाददाता सम्मेलन में यह जानकारी दी।`: the channel or occasion before the
        demonstrative object, a conjunctive participle (`… कर`, `… करके`) or a `… में` phrase of at most six words with
        no clause of its own (no कि, ने, जो), is dropped; the words from the first demonstrative on are returned.
        Anything else is returned as it was."""
        d = next((i for i, w in enumerate(words) if w in _DEMONSTRATIVE), None)
        if not d or d > 6:
            return words
        lead = words[:d]
        if any(w in ("कि", "ने", "जो", "जिसने") for w in lead):
            return words
        if lead[-1] == "में" or lead[-1] == "करके" or (lead[-1].endswith("कर") and len(lead[-1]) >= 2):
            return words[d:]
        return words

    def quote_after(self, u: _Unit, hit: _Hit):
        """`X ने … कहा।` closing its sentence with nothing said, and the next sentence a quotation that opens it and
        closes (on its line or the next ones) with no cue of its own: what X said (the translated `X said. "…"`)."""
        tail = u.toks[self.next_tok(u, hit.e):]
        if not tail or any(t.t not in _SENT_END and t.t != ":" for t in tail) or u.idx + 1 >= len(self.units):
            return None
        nu = self.units[u.idx + 1]
        if not nu.toks or nu.idx in self.hit_units or self.T[nu.toks[0].s] not in OPENERS \
                or not self.is_opener(nu.toks[0].s):
            return None
        k = nu.toks[0].s
        s, close, closed, last = self.quote_over_lines(k)
        if not closed or any(nu.idx < x <= last for x in self.hit_units):
            return None
        s, e = self.strip_span(s, close)
        if self.n_tokens(s, e) < 2 or any(c.cs < close and k < c.ce for c in self.claims):
            return None
        cw = 2 if self.T[close:close + 2] == "''" else 1
        return s, e, "direct", k, close + cw, last, False

    def bare_report(self, u: _Unit, ei: int, hit: _Hit):
        """A sentence that is only `<subject> ने कहा/बताया`: written as a heading (no full stop) it introduces the line
        after it (`स्वास्थ्य मंत्रालय ने कहा` / `कल से आज तक 491 लोग ठीक हुए …`); closed by a full stop it reports
        the sentence before (`किसी ने इंटरकॉम भी ऑन कर दिया …। स्कूल के एक टीचर ने बताया।`), or the `कि` clause
        the segmenter cut off after it (`प्रवक्ता ने बताया। कि …`)."""
        if fold(self.T[hit.rs:hit.re]) not in _BARE_CONTENT_CUES:
            return None
        if any(_IS_WORD.match(t.t) and t.k != "भी" for t in u.toks[ei + 1:] if t.e <= hit.s):
            return None
        lead = u.toks[:ei]
        if any(t.t in (",", ":", ";", *_DASHES) or t.t in QUOTES for t in lead) or len(lead) > 8:
            return None  # `हालात पर करीबी नजर …: कोरोना पर RBI ने कहा`, `<clause> ये … आईसीएमआर ने भी बताया है`
        tail = u.toks[self.next_tok(u, hit.e):]
        if any(t.t not in _SENT_END for t in tail):
            return None
        nu = self.units[u.idx + 1] if u.idx + 1 < len(self.units) else None
        if nu is not None and nu.sent_idx != u.sent_idx and nu.toks and (not tail or nu.toks[0].k == "कि") \
                and nu.idx not in self.hit_units and not any(self.T[j] in QUOTES for j in range(nu.s, nu.e)):
            toks = nu.toks[1:] if nu.toks[0].k == "कि" else nu.toks
            s, e = self.strip_span(toks[0].s, nu.e) if toks else (0, 0)
            if e > s and self.n_tokens(s, e) >= 3:
                return s, e, "indirect", s, e, nu.idx, False
            return None
        if tail and not (nu is not None and nu.toks and nu.toks[0].t in QUOTES):
            return self.previous_sentence(u)  # (`एम पी सिंह ने कहा।` + `" उन्हें …`: the quotation after it, not this)
        return None

    def on_fronted(self) -> None:
        """`यह जानकारी तुमकुरू के उपआयुक्त डॉ. राकेश कुमार ने दी थी।`: a demonstrative object fronted before the
        ergative subject, the light verb right after ने ending the sentence (a verb row written `जानकारी … दी`: the
        object noun … the verb). The content is the sentence before, as with `X ने यह जानकारी दी`."""
        pairs = _fronted_pairs(self.lex)
        if not pairs:
            return
        for u in self.units:
            first = next((t for t in u.toks if _IS_WORD.match(t.t)), None)
            if first is None or first.k not in _DEMONSTRATIVE:
                continue  # (most units: the word list below is built only for those opening with a demonstrative)
            w = [t for t in u.toks if _IS_WORD.match(t.t)]
            if len(w) < 4:
                continue
            ne = [i for i, t in enumerate(w) if t.k == "ने"]
            if len(ne) != 1 or ne[0] + 1 >= len(w) or ne[0] < 3:
                continue
            i = ne[0]
            v = self.fronted_gap(w, i + 1)  # `यह जानकारी स्वास्थ्य अधिकारियों ने बुधवार को दी`: when/where before the verb
            if v >= len(w):
                continue
            verb = w[v]
            rest = w[v + 1:]
            if any(t.k not in self.aux for t in rest):
                continue
            if not all(t.t in _SENT_END for t in u.toks if t.s >= verb.e and not _IS_WORD.match(t.t)):
                continue
            cands = [j for j in range(1, min(4, i)) if (w[j].k, verb.k) in pairs
                     and all(t.k in _DEMONSTRATIVE_OBJECT for t in w[:j])]  # `इस बात की पुष्टि`
            if not cands:
                continue
            noun = w[cands[0]]
            ce = pairs[(noun.k, verb.k)]
            sp = self.fronted_speaker(u, w, i, cands[0])
            if sp is None or sp.s is None or sp.s <= noun.e:
                continue
            if any(c.cue_s >= u.s and c.cue_s < u.e for c in self.claims):
                continue
            content = self.previous_sentence(u, named_quotes=self.p.demonstrative_quoted_name,
                                             line=self.p.demonstrative_line)
            if content is None:
                continue
            if noun.k in _PLURAL_SAID:
                content = self.said_paragraph(u, content, sp)
            hit = _Hit(w[0].s, verb.e, verb.s, verb.e, ce, u.idx)
            self.add(hit, sp, content)

    def on_demonstrative_channel(self) -> None:
        """(round 80, claims.demonstrative_channel) `मुख्यमंत्री एन बीरेन सिंह ने यह जानकारी ट्वीट करके दी।`, `गृह मंत्री
        होर्स्ट सीहोफर ने इसकी जानकारी मीडिया को दी।`, `कादर ने ये बात बीबीसी से एक खास बातचीत में बताई।`: the subject's
        ने, then only a demonstrative object (`यह`, `इसकी`, `इस बात की` and a noun of a verb row `<noun> … <verb>`), then
        a channel or occasion (channel_end: a conjunctive participle or a `… में` phrase of at most six words with no
        clause of its own) or the press as the ones told (`मीडिया को`, `पत्रकारों से`), then the row's verb ending the
        sentence (auxiliaries after it): the sentence before is the content, as for `X ने यह जानकारी दी` (round 55's
        channel_adjunct puts the channel before the object). One pass over the units that hold one ने."""
        pairs = _fronted_pairs(self.lex)
        if not pairs:
            return
        nouns = {n for n, _ in pairs}
        for u in self.units:
            if not any(t.k == "ने" for t in u.toks):
                continue
            w = [t for t in u.toks if _IS_WORD.match(t.t)]
            ne = [i for i, t in enumerate(w) if t.k == "ने"]
            if len(ne) != 1 or ne[0] == 0:
                continue
            i = ne[0]
            j = next((x for x in range(min(i + 4, len(w) - 1), i + 1, -1) if w[x].k in nouns
                      and all(t.k in _DEMONSTRATIVE_OBJECT for t in w[i + 1:x])), None)  # `इस बात की पुष्टि`
            if j is None or not any(t.k in _DEMONSTRATIVE for t in w[i + 1:j]):
                continue
            noun = w[j]
            v = self.channel_end(w, j + 1)
            if v == j + 1 and j + 3 < len(w) and w[j + 1].k in _PRESS_TOLD and w[j + 2].k in ("को", "से"):
                v = j + 3  # `इसकी जानकारी मीडिया को दी`, `यह बात पत्रकारों से कही`
            if v == j + 1 or v >= len(w) or (noun.k, w[v].k) not in pairs \
                    or any(t.k not in self.aux for t in w[v + 1:]):
                continue
            verb = w[v]
            if not all(t.t in _SENT_END for t in u.toks if t.s >= verb.e and not _IS_WORD.match(t.t)) \
                    or any(not _IS_WORD.match(t.t) for t in u.toks if w[i].e <= t.s < verb.s):
                continue
            if any(u.s <= c.cue_s < u.e for c in self.claims):
                continue
            sp = self.speaker_before(u, w[i].s, "erg")
            if sp is None:
                continue
            content = self.previous_sentence(u, layered=True, named_quotes=self.p.demonstrative_quoted_name,
                                             line=self.p.demonstrative_line)
            if content is None:
                continue
            if noun.k in _PLURAL_SAID:
                content = self.said_paragraph(u, content, sp)
            self.add(_Hit(w[0].s, verb.e, verb.s, verb.e, pairs[(noun.k, verb.k)], u.idx), sp, content)

    def said_paragraph(self, u: _Unit, content, sp: _Spk):
        """`A। B। C। ये बातें X ने कहीं।` (round 38): things said in the plural (`ये बातें`) own the sentences before
        the sentence before too, back to the paragraph's start (at most _MAX_SAID_BACK units): a unit holding a cue, a
        claim or a quotation mark, or of fewer than three words, ends it; so does one about the speaker (a mention of
        the speaker's entity or name, or a personal pronoun: `राकेश कुमार बुधवार को शहर आए। उनका स्वागत हुआ।`, review of
        round 38). content is previous_sentence's tuple; sp the speaker."""
        cs, ce, qt, _, span_e, lu, nat = content
        claim_units = set()  # units a claim's content overlaps (one pass, not one per unit walked)
        for c in self.claims:
            if c.ce > c.cs:
                claim_units.update(range(self.unit_at(c.cs), self.unit_at(c.ce - 1) + 1))
        key = sp.entity_id or fold(sp.text or "")
        i = u.idx - 1
        while i > 0 and u.idx - i < _MAX_SAID_BACK and not self.units[i].brk_before:
            pu = self.units[i - 1]
            ps, pe = self.strip_span(pu.s, pu.e)
            lo, hi = bisect.bisect_left(self.ment_starts, pu.s), bisect.bisect_left(self.ment_starts, pu.e)
            if pe <= ps or self.n_tokens(ps, pe) < 3 or pu.idx in self.hit_units or pu.idx in claim_units \
                    or any(self.T[j] in QUOTES for j in range(ps, pe)) \
                    or any(m.label == "PER" and key and key in (m.entity_id, fold(m.text)) for m in self.ments[lo:hi]) \
                    or any(t.k in _TOPIC_PRONOUNS or t.k in _CHAIN_PRONOUNS for t in pu.toks):
                break
            cs, i = ps, i - 1
        if (i == 0 or self.units[i].brk_before) and (m := _BYLINE_PLACE.match(self.T, cs, ce)) is not None:
            cs = m.end()  # `अलीगढ़[संतोष शर्मा]: …` opening the paragraph: the byline is no part of what was said
        return cs, ce, qt, cs, span_e, lu, nat

    def fronted_speaker(self, u: _Unit, w: list[_Tok], i: int, n: int) -> _Spk | None:
        """The ergative subject (its ने is w[i]) of a fronted object whose noun is w[n]: a speaker phrase that takes
        the noun in (`इस बात की जानकारी राज्य स्वास्थ्य विभाग ने दी है`: an unnamed body whose words the phrase
        runs back over) is read again from the word after the noun, at least one word before the ने."""
        sp = self.speaker_before(u, w[i].s, "erg")
        if sp is None or sp.s is None or sp.s > w[n].e or n + 1 >= i:
            return sp
        rest = [t for t in u.toks if t.s >= w[n + 1].s]
        return self.speaker_before(replace(u, s=w[n + 1].s, toks=rest), w[i].s, "erg")

    def fronted_gap(self, w: list[_Tok], j: int) -> int:
        """The index of the verb after a fronted object's ergative subject (words w, j right after ने): past at most
        four words of time (`बुधवार को`, `देर शाम`, a number or a date) or a place phrase ending in में of at most three
        (`प्रेस कॉन्फ्रेंस में`)."""
        k = j
        while k < len(w) and k - j < 4 and (w[k].k in _TIME_WORDS or w[k].k in self.time or w[k].k[:1].isdigit()):
            k += 1
        if k == j:
            m = next((x for x in range(j, min(j + 3, len(w))) if w[x].k == "में"), None)
            if m is not None and m > j and not any(w[x].k in ("ने", "कि", "और") for x in range(j, m)):
                k = m + 1
            elif self.p.fronted_channel:
                k = self.channel_end(w, j)
        return k

    def channel_end(self, w: list[_Tok], j: int) -> int:
        """(round 80, claims.fronted_channel) The index after a channel or occasion adjunct that opens at w[j] and
        stands right before a fronted object's light verb, the last word but auxiliaries: at most six words ending in
        a conjunctive participle (`ट्विट कर`, `ट्वीट करके`, `प्रेस कॉन्फ्रेंस कर`) or in `में` (`महामारी को लेकर होने
        वाले प्रतिदिन के कांफ्रेंस में`), none of them `कि`, `ने`, `जो`, `और` (a clause of its own). j where there is
        none (round 55's after_channel is the other order's rule)."""
        v = len(w) - 1
        while v > j and w[v].k in self.aux:
            v -= 1
        x = v - 1  # the adjunct's last word, right before the verb
        if not j < x <= j + 5 or any(t.k in _CHANNEL_STOPS for t in w[j:v]):
            return j
        k = w[x].k
        return v if k == "में" or k == "करके" or k.endswith("कर") else j

    def content_before_comma(self, u: _Unit, pos: int, layered: bool = False):
        """`<content>, X ने कहा।` without quotes: the unit's words before the comma that ends right before the
        speaker phrase at `pos` (at least four words, none of them a cue of their own; round 48, claims.short_lead: two
        or three opening the unit when the last is a finite verb or auxiliary, `युद्ध खत्म होगा, बाइडन ने कहा।`). `layered` (a news outlet's
        `रिपोर्ट की`/`खबर दी`, round 20): the words may hold a report of their own, the outer layer of a translated
        `B ने कहा कि C, एसोसिएटेड प्रेस ने रिपोर्ट की।` ("…, the AP reported": the outlet's content is `B ने कहा कि C`)."""
        before = [t for t in u.toks if t.e <= pos]
        comma = next((i for i in range(len(before) - 1, max(-1, len(before) - 6), -1) if before[i].t == ","), None)
        if comma is None:  # the speaker's phrase (`SEC अध्यक्ष`) is at most four words after the comma
            return None
        k = before[comma].e
        toks = before[:comma]
        words = [t for t in toks if _IS_WORD.match(t.t)]
        after = next((t for t in u.toks if t.s >= k and _IS_WORD.match(t.t)), None)
        if after is not None and (after.k == "तो" or after.k in _RELATIVE_CONTENT or after.k in ("जिस", "जिन")
                                  or getattr(self.pron.get(after.k), "role", "erg") not in ("erg", "nom")
                                  or (after.k in self.nonname and after.k.startswith(("उन", "इन", "उस", "इस")))):
            return None  # `जब … संपर्क किया, तो उन्होंने …`, `जो शिकायतें आई हैं, उनको लेकर कंपनियों ने …`, `…, जिसके
            # बाद अखबार ने खबर दी`: no content
        short = self.p.short_lead and 2 <= len(words) < 4 and toks[0] is u.toks[0] and words[0].k not in \
            _SHORT_LEAD_OPENERS and words[-1].k != "हो" and _FINITE_END.fullmatch(words[-1].k) is not None
        if (len(words) < 4 and not short) or (not layered and any(h.unit == self.unit_at(u.s) and u.s <= h.s < k
                                                  and not _holding(h.entry.form) for h in self.hits)):
            return None  # (a blame, cues-v28, is no bar: `X ने Y को जिम्मेदार ठहराया, जबकि Y ने आरोपों को खारिज कर
            # दिया` rejects it, as before the blaming rows; review of round 33)
        s, e = self.strip_span(toks[0].s, k - 1)
        if e > s and toks[0] is u.toks[0]:
            s = self.line_before(u, s)
        return (s, e, "indirect", s, e, self.unit_at(s), False) if e > s else None

    def line_before(self, u: _Unit, s: int) -> int:
        """`A। B। C, गेन्सलर ने कहा।` on a line of its own (translated news: a paragraph a line): the line's sentences
        before the one the attribution closes are said too, where they are at most three, hold no quotation or claim
        of their own (a cue that made none, `माना जाना चाहिए`, is no break) and the line starts with them; else s."""
        j = u.idx
        while not self.units[j].brk_before and j > 0:
            j -= 1
            pu = self.units[j]
            if u.idx - j > 3 or any(ch in QUOTES for ch in self.T[pu.s:pu.e]) \
                    or any(c.cs < pu.e and pu.s < c.ce for c in self.claims):
                return s
        return self.units[j].s if j < u.idx else s

    def before_titles(self, u: _Unit, pos: int) -> int:
        """Start of the titles right before pos (`"…," मि. क्लार्क ने कहा`: the quote ends before मि.)."""
        toks = [t for t in u.toks if t.e <= pos]
        while toks and (toks[-1].k in self.titles or (toks[-1].t == "." and len(toks) > 1 and toks[-2].k in self.titles)):
            pos = toks[-1].s if toks[-1].t != "." else toks[-2].s
            toks = toks[:-1] if toks[-1].t != "." else toks[:-2]
        return pos

    def on_elided_subject(self, hit: _Hit) -> None:
        """`लेकिन साथ ही कहा था कि C`: a cue with no subject of its own, only connectives before it, continues
        the speaker of the claim just before (same or previous sentence)."""
        u = self.units[hit.unit]
        before = [t for t in u.toks if t.e <= hit.s]
        if any(t.k not in ELIDED_SUBJECT_LEAD and t.t != "," for t in before):
            return
        prev = self.previous_claim(hit.s, u.sent_idx)
        if prev is not None and u.sent_idx - self.units[prev.unit_end].sent_idx == 2 and self.subjectless(u.idx - 1):
            pass  # `X ने बताया कि A। इसके आधार पर पाबंद हटा दिया गया। कहा कि B।`: a passive between goes on with X
        elif prev is None or u.sent_idx - self.units[prev.unit_end].sent_idx > 1:
            # `पंचानंद पासवान ने अपना दर्द बयां किया। कहा कि …`: the ergative subject of the sentence just before
            pu = self.units[u.idx - 1] if u.idx > 0 and not u.brk_before else None
            subj = [sp for pos, si, sp in self.events if pu is not None and pu.s <= pos < pu.e and sp.type == "named"
                    and any(t.k == "ने" and t.s >= sp.e for t in pu.toks)] if pu is not None else []
            if not subj:
                return
            prev = _C(pu.sent_idx, subj[0], 0, 0, 0, 0, "indirect", 0, 0, pu.idx, False)
        content = self.intro_content(hit, hit.e, "comma" in hit.entry.options, require_ki=True)
        if isinstance(content, tuple):
            sp = prev.spk
            t = sp.type if sp.type in ("anonymous", "unresolved") else "pronoun"
            self.add(hit, _Spk(None, None, None, sp.entity_id, t, sp.label), content)

    def coordinated_subject(self, hit: _Hit) -> None:
        """(round 67) `टोयोटा यह कहने में असमर्थ थी कि …, लेकिन लंबी अवधि में, चेतावनी दी कि C`: a cue left without a
        claim whose own clause, back to the nearest coordinator (`लेकिन`, `और`, `तथा`, …, at most six words), has no
        subject (no ने, subject pronoun, quote, कि, role noun or tagged name) is said by the subject opening the
        conjunct before it (from the coordinator before that, or the sentence start; opening adverbs let be): a tagged
        person or organisation or an anonymous role noun (opening_subject: no pronoun, no body's head noun), followed
        by ने or by a word that is no postposition, and nobody else named and no other ने or subject pronoun between it
        and the coordinator. Never across a sentence."""
        u = self.units[hit.unit]
        before = [t for t in u.toks if t.e <= hit.s]
        j = len(before) - 1
        while j >= 0 and before[j].k not in _CLAUSE_COORD:
            j -= 1
        if j < 1 or len(before) - 1 - j > 6 or not self.no_subject(before[j + 1:]):
            return
        i = j - 1
        while i > 0 and before[i - 1].k not in _CLAUSE_COORD:
            i -= 1  # the conjunct before: from the coordinator before it (or the sentence start)
        while i < j and (before[i].k in _OPENING_ADVERBS or before[i].k in self.adverbs or before[i].t == ","):
            i += 1
        sp, k = self.opening_subject(before, i)
        if sp is None or k >= j or before[k].k in POSTPOSITIONS and before[k].k != "ने" \
                or before[k].k in ("का", "की", "के", "वाले", "वाली", "वाला") \
                or not self.no_subject(before[k + 1 if before[k].k == "ने" else k:j], own=False):
            return
        content = self.intro_content(hit, hit.e, "comma" in hit.entry.options, require_ki=True)
        if isinstance(content, tuple):
            self.add(hit, sp, content)

    def opening_subject(self, toks: list[_Tok], i: int) -> tuple[_Spk | None, int]:
        """(round 67) The speaker-able subject opening at toks[i] and the index of the token after it: a tagged person
        or organisation, or an anonymous role noun of the lexicon. No pronoun (`लेकिन वह उनकी सुनती नहीं थीं और कहा करती
        थीं कि …`: the negation hides the feminine verb from the pronoun's resolution, which took the man named before)
        and no body's head noun (`सरकार … जागरुक कर रही है और यह भी कह रही है कि अगर … सूचित करें`: an appeal)."""
        if i >= len(toks):
            return None, i
        t = toks[i]
        lo = bisect.bisect_left(self.ment_starts, t.s)  # (the longest mention at t.s first)
        m = self.ments[lo] if lo < len(self.ments) and self.ments[lo].start == t.s else None
        if m is not None and m.label in ("PER", "ORG"):
            k = i
            while k < len(toks) and toks[k].s < m.end:
                k += 1
            return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label), k
        if m is None and t.k in self.anon:
            return _Spk(t.t, t.s, t.e, None, "anonymous"), i + 1
        return None, i

    def no_subject(self, toks: list[_Tok], own: bool = True) -> bool:
        """(round 67) A stretch of a clause holds no subject: no ने, subject pronoun, quote, role noun (but `लोगों
        को`) or tagged person or organisation, and in the cue's own clause (own) no कि; `यह`/`ये` are let be before
        `भी` (`यह भी कहा`, a cataphoric object) and anywhere in the first clause (`यह कहने में असमर्थ थी`)."""
        if not toks:
            return True
        lo = bisect.bisect_left(self.ment_starts, toks[0].s)
        if any(m.label in ("PER", "ORG") for m in self.ments[lo:bisect.bisect_left(self.ment_starts, toks[-1].e)]):
            return False
        for n, t in enumerate(toks):
            pe = self.pron.get(t.k)
            if t.k == "ने" or own and t.k == "कि" or t.t in QUOTES or t.k in self.anon and not (
                    n + 1 < len(toks) and toks[n + 1].k in _OBLIQUE_MARKERS) \
                    or pe is not None and pe.role in ("erg", "nom") and not (t.k in ("यह", "ये") and (
                        not own or n + 1 < len(toks) and toks[n + 1].k == "भी")):
                return False
        return True

    def headline_subject(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """A headline's `<subject clause>, कहा- C` (also `बोले -`, `कहा:`): no ने before the cue, a comma right before
        it and a dash or colon right after it; a named speaker only in a headline (headline_unit: the story's first
        sentence or a line of its own with no full stop; `वे दिल्ली पहुंचे। मोदी के खिलाफ नारे लगाए, कहा- …` is वे's). The speaker is a plural group noun of the anonymous list ending the
        clause (`हजारों प्रवासी, कहा- …`: anonymous), else the PER/ORG mention the clause is about: the last one, ending
        the clause or followed only by `का`/`की` and an announcement noun, one adjective before it (`तेजस्वी यादव का बड़ा
        एलान, कहा- …`, _ANNOUNCEMENT_NOUNS), never the owner of
        a relative or group noun (`प्रियंका की बहन मीरा, कहा-` names मीरा, not प्रियंका) (round 46). Linear: one
        clause of the unit."""
        if fold(self.T[hit.s:hit.e]) not in _HEADLINE_SAID:
            return None
        i = next((j for j, t in enumerate(u.toks) if t.s >= hit.s), len(u.toks))
        if i < 2 or u.toks[i - 1].t != "," or i + 1 >= len(u.toks) or (u.toks[i + 1].t not in (":", *_DASHES)
                                                                      and not self.T[hit.e:hit.e + 1] in _DASHES):
            return None
        start = i - 1
        while start > 0 and u.toks[start - 1].t not in (",", ";", ":", "|", "/", *_DASHES, *QUOTES):
            start -= 1
        clause = u.toks[start:i - 1]
        if not clause or any(t.k == "ने" for t in u.toks[:i]):
            return None
        last = clause[-1]
        if last.k in self.anon and not self.mention_over(last.s):
            return _Spk(last.t, last.s, last.e, None, "anonymous")
        lo, hi = clause[0].s, clause[-1].e
        ms = [m for m in self.ments[bisect.bisect_left(self.ment_starts, lo):bisect.bisect_left(self.ment_starts, hi)]
              if m.label in ("PER", "ORG") and m.end <= hi]
        if not ms:
            return None
        m = ms[-1]
        if not self.headline_unit(u):
            return None  # a body sentence's `<clause>, कहा- …` has a subject of its own (review of round 46)
        tail = [t for t in clause if t.s >= m.end]
        if tail and not (tail[0].k in ("का", "की") and 2 <= len(tail) <= 3 and tail[-1].k in _ANNOUNCEMENT_NOUNS
                         and all(_IS_WORD.match(t.t) and t.k not in POSTPOSITIONS and t.k not in ("का", "की", "के")
                                 for t in tail[1:])):
            return None  # (review of round 46) only the owner of an announcement: `ट्रंप के खिलाफ प्रदर्शन`,
            # `मोदी का पुतला जलाया`, `सोनिया गांधी की मौत की अफवाह` name no speaker
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def headline_unit(self, u: _Unit) -> bool:
        """(review of round 46) A headline: the story's first sentence, or a line of its own with no `।` or `.` at its
        end (a related story's headline in a page's link list, `तेजस्वी यादव का बड़ा एलान, कहा- …`)."""
        if u.sent_idx == 0:
            return True
        whole = (u.s == 0 or self.T[u.s - 1] == "\n") and not self.T[u.e:].split("\n", 1)[0].strip()
        return whole and bool(u.toks) and u.toks[-1].t not in ("।", ".", "॥", "|")

    def subjectless(self, ui: int) -> bool:
        """Unit ui names nobody and has no subject of its own (no mention, no ने, no pronoun, no quotation)."""
        if ui < 0:
            return False
        pu = self.units[ui]
        return not pu.brk_before and not any(pu.s <= m.start < pu.e for m in self.ments) and not any(
            t.k == "ने" or getattr(self.pron.get(t.k), "role", None) in ("erg", "nom") or t.t in QUOTES for t in pu.toks)

    def other_report_after_comma(self, u: _Unit, hit: _Hit) -> bool:
        """A comma right after the cue, then a clause with a subject of its own before a later reporting verb
        (`…, वहीं ALDI ने … कहा`)."""
        i = self.next_tok(u, hit.e)
        if i + 1 >= len(u.toks) or u.toks[i].t != "," or u.toks[i + 1].k == "कि" or u.toks[i + 1].t in OPENERS:
            return False
        ne = next((x for x in u.toks[i + 1:] if x.k == "ने"), None)  # the first subject after the comma
        return ne is not None and any(h.s >= ne.e and h.entry.role == "verb" for h in self.unit_hits.get(hit.unit, ()))

    def complement_break(self, span: list, j: int, hit: _Hit) -> bool:
        """Whether `span[j]`, a token between the subject and a bare or nominal cue, ends a clause before the
        content (the content is tried after the last break, then after the one before)."""
        t, nominal = span[j], "nominal" in hit.entry.options
        if t.t in (",", ";", ":"):  # punctuation (`X को एक शातिर, खूंखार आतंकवादी बताया`)
            return True
        if not nominal and _participle_end(span, j, self.objects):
            return True  # `निंदा करते हुए इसे … करार दिया`: an adverbial participle clause (a nominal keeps it)
        if t.k not in self.trailing:
            return False
        if nominal and t.k in _NP_COORD and j > 0 and span[j - 1].k.endswith("ने"):
            return False  # a nominal's coordinated verbal nouns are one content (`सहयोग करने और गवाह बनने की बात`)
        if nominal and (_coordinated_adjectives(span, j) or _coordinated_plurals(span, j)):
            return False
        if nominal and self.p.nominal_coordination and _coordinated_nouns(span, j):
            return False  # (round 72) `नींद में कमी और अधिक गुस्सा आने की बात कही`: one content
        # `पांच और मौतों की पुष्टि की`, `5 और मामलों`, `कई और`: `और` after a count is "more", no coordinator
        return not (t.k == "और" and j > 0 and _counted_more(span[j - 1].k))

    def bare_content(self, u: _Unit, ei: int, hit: _Hit):
        """`X ने [… ,] इसे गलत सूचना बताया` -> `इसे गलत सूचना`."""
        span = [t for t in u.toks[ei + 1:] if t.e <= hit.s]
        quoted, inside = set(), False  # `X ने हमले को 'शर्मनाक, क्रूर और अमानवीय' बताया`: a quoted complement is one
        for j, t in enumerate(span):  # word group, its commas and coordinators no breaks
            if t.t in QUOTES:
                inside = not inside
            elif inside:
                quoted.add(j)
        if inside:
            quoted = set()  # an unclosed quote: no complement
        breaks = [j for j in range(len(span)) if j not in quoted and self.complement_break(span, j, hit)]
        # the clause after the last break; else after the one before (`X को एक शातिर, खूंखार आतंकवादी बताया`)
        for b in breaks[-2:][::-1] + [-1]:
            toks = span[b + 1:]
            words = [t for t in toks if _IS_WORD.match(t.t)]
            if len(words) < 2:
                return None
            about = [j for j, t in enumerate(words) if t.k == "बारे"]
            if "nominal" not in hit.entry.options and about and not self.called_it(words[about[-1] + 1:]):
                # `X ने WHO को इसके बारे में [कई मौकों पर] बताया`: told someone about something, no called-it complement
                # after the `के बारे में` (`X ने कोरोना के बारे में … खबरों को झूठा बताया` calls the news false)
                return None
            obj = next((j for j, t in enumerate(words) if t.k in self.objects), None)
            if fold(hit.entry.form) == "कहा" and not (obj is not None and len(words) - obj >= 2
                                                      and not _not_called(words[-1].k)):
                # `वहीं ALDI ने इसे “अनपेक्षित” कहा` (cues-v21: कहा bare): only `इसे/उसे <complement> कहा`; `लोगों को घर
                # पर रहने को कहा`, `उन्हें रुकने के लिए कहा` ask for something, `उन्हें धन्यवाद कहा` greets (no claim)
                return None
            if fold(hit.entry.form) == "कहा":  # the complement from its object (`… पोस्ट में इसे “अनपेक्षित” कहा`)
                s, e = self.strip_span(words[obj].s, toks[-1].e)
                return s, e, "indirect", s, e, hit.unit, False
            if "nominal" in hit.entry.options or words[0].k in self.objects or any(t.k == "को" for t in words[:-1]) \
                    or _held_as(hit.entry.form, words, self.time):
                # nominal: `X ने [सरकार के विफल होने] की बात कही` takes any clause before the cue
                s, e = self.strip_span(self.content_lead(words, b < 0, toks[0].s), toks[-1].e)
                return s, e, "indirect", s, e, hit.unit, False
            if b < 0 or span[b].t != ",":
                return None
        return None

    def content_lead(self, words: list, after_ne: bool, start: int) -> int:
        """(round 74) Where a content between a subject's `ने` and its bare or nominal cue starts: right after the
        subject's focus particle (claims.content_subject_particle: `ने भी …`) and the channel it spoke through
        (claims.content_channel: `ने अपने दैनिक अपडेट में …`, `ने एक बयान जारी कर …`), else at `start`. Only where the
        content opens right after `ने` (after_ne; a content after a comma break starts there)."""
        if not after_ne:
            return start
        i = _subject_particle_lead(words) if self.p.content_subject_particle else 0
        if self.p.content_channel:
            i += _channel_lead(words, i, self.channel_texts)
        return words[i].s if i else start

    def object_first_content(self, u: _Unit, ei: int, sp: _Spk, hit: _Hit):
        """(round 50, claims.object_first) `ऐसी ख़बरों को शाहिद ने बकवास करार दिया`, `… मौत को फ़लस्तीनी संगठन हमास ने
        युद्ध अपराध क़रार दिया`: a called-it cue of the `करार दिया` family whose `को` object stands before its speaker,
        the complement (one to four words, no `को`, comma or quote mark) between `ने` and the cue. The content runs from
        the object (the unit's start or the last clause break: comma, `कि`, colon, semicolon, a dash) to the
        complement's end, over the speaker (and its descriptors, within 60 characters before its name), so that both the
        object and what it was called are in it. None otherwise
        (`समाचार एजेंसी को … ने बताया`: a recipient, not a called-it object; no `बताया` or `कहा` here)."""
        if not fold(hit.entry.form).startswith(("करार", "क़रार")) or sp.s is None or sp.s < u.s \
                or (ei > 0 and u.toks[ei - 1].k in _COURTS):
            return None  # (`… अभियुक्त को भी हाई कोर्ट ने निर्दोष करार दिया`: a verdict, no claim)
        comp = [t for t in u.toks[ei + 1:] if t.e <= hit.s]
        if not 1 <= len(comp) <= 4 or any(t.k == "को" or not _IS_WORD.match(t.t) for t in comp):
            return None
        before = [t for t in u.toks if t.e <= sp.s]
        while before and len(before) > 1 and before[-1].k != "को" and _IS_WORD.match(before[-1].t) \
                and before[-1].k not in ("ने", "लेकर") and sp.s - before[-1].s < 60:
            before.pop()  # the speaker's descriptors before its name (`मौत को फ़लस्तीनी संगठन हमास ने`)
        if len(before) < 2 or before[-1].k != "को" or before[-2].k == "लेकर":
            return None
        j = len(before) - 2
        while j >= 0 and before[j].t not in (",", ";", ":", "-", "–", "—") and before[j].k not in ("कि", "ने") \
                and before[j].t not in _SENT_END and before[j].t not in QUOTES:
            j -= 1
        obj = before[j + 1:-1]
        if not obj or any(t.k in ("ने", "लेकर") for t in obj):
            return None
        s, e = self.strip_span(obj[0].s, comp[-1].e)
        return s, e, "indirect", s, e, hit.unit, False

    def called_it(self, words: list) -> bool:
        """Words after a `के बारे में` end in `Y को` and a called-it complement (`खबरों को झूठा`, `… को अफवाह`), not in an
        adverb or a `से` phrase (`मरीजों को विस्तार से`: told the patients about it, no complement)."""
        ko = [j for j, t in enumerate(words) if t.k == "को"]
        if not ko:
            return False
        comp = words[ko[-1] + 1:]
        return bool(comp) and comp[-1].k != "से" and not all(t.k in self.adverbs for t in comp)

    def on_nom(self, hit: _Hit) -> bool:
        """`X कहते हैं, "C"` / `वे कहते हैं कि C`: a nominative subject right before the cue."""
        u = self.units[hit.unit]
        content = self.intro_content(hit, hit.e, True)
        if content == "end" and (after_quote := self.nom_after_quote(u, hit)) is not None:
            self.add(hit, after_quote[0], after_quote[1])  # `“C,” गेन्सलर कहते हैं।` (round 45)
            return True
        if content is None or content == "end":
            if self.p.nominative_called_it and "bare" in hit.entry.options \
                    and (called := self.nominative_called_it(u, hit)) is not None:
                self.add(hit, called[0], called[1], primary=False)  # (round 59) `राजा … अपने को निर्दोष बताते हैं।`:
                # (no quote paragraph goes on from a content that ends before its cue)
                return True
            return False
        k = hit.s
        while k > u.s and (self.T[k - 1].isspace() or self.T[k - 1] in QUOTES):
            k -= 1
        prev = [t for t in u.toks if t.e <= k]
        while len(prev) > 1 and (prev[-1].k in self.adverbs or prev[-1].k in _BOTH):  # "एयर नियुगिनी अब बताता है कि"
            prev.pop()
            k = prev[-1].e
        m = self.by_end.get(k)
        if m is not None and m.start >= u.s:
            sp = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        else:
            prev = [t for t in u.toks if t.e <= k]
            if not prev:
                return False
            last = prev[-1]
            pe = self.pron.get(last.k)
            if pe is not None and pe.role == "nom":
                if self.honorific(u, hit):  # "वो कहती हैं": a person (an institution takes है), not the court before
                    pe = replace(pe, labels=tuple(x for x in pe.labels if x in ("PER", "STATEMENT")) or ("PER",))
                sp = self.resolve_pronoun(last, pe, u.sent_idx)
            elif last.k in self.anon or last.k in _PARTY_MEMBERS and len(prev) > 1 and prev[-2].k in _MEMBER_PARTIES:
                sp = _Spk(last.t, last.s, last.e, None, "anonymous")  # (review 24) `टोरी एमपी कहता है कि`
            elif (last.k == "जो" or last.t == ",") and (m := self.apposition_head(
                    u, last.s if last.k == "जो" else last.e)) is not None:
                # `डेविड पैटन, साइपोव के संरक्षकों में से एक, जो कहते हैं कि …`, `X, उनके सहयोगी, कहते हैं कि …`:
                # the name a comma-bounded apposition (or a relative जो after it) stands for
                sp = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
            elif last.k in self.anaphor and self.anaphor[last.k] != "statement":
                sp = self.resolve_anaphor(last, self.anaphor[last.k], u)  # "एयरलाइन अब कहती है कि"
            elif (last.k in self.titles or last.k.endswith("मंत्री")) \
                    and (self.resolve_title(last).entity_id or self.indefinite_title(u, last)):
                # `उपमुख्यमंत्री बोले- …`: the person that office introduced; `एक पूर्व ब्रिटिश राजदूत कहते हैं`: an
                # unnamed official (anonymous, round 28)
                sp = self.resolve_title(last)
            elif last.k in self.data or last.k in self.source:  # `X से डेटा संकेत करता है कि`, `रिपोर्ट बताती है कि`
                sp = self.source_owner(u, last.s) or (self.data_issuer(last) if last.k in self.data
                                                      else _Spk(last.t, last.s, last.e, None, "unresolved", "ORG"))
            elif (known := self.known_name([last])) is not None:
                sp = known  # "हेलेना बताती हैं": the given name of `हेलेना मेंटिस`, missed by the tagger here
            elif self.p.agentive_subject and (agent := self.agentive_subject(prev)) is not None:
                sp = agent  # (round 61) `बॉन्ड सीरिज़ की हिमायत करने वाले कहते हैं कि …`: unnamed people
            elif (topic := self.nominative_topic(u, hit)) is not None:
                sp = topic  # "टीजेएस जॉर्ज अपनी किताब में लिखते हैं, …"
            elif (name := self.untagged_name(u, hit)) is not None:
                sp = name  # "कन्हैया कहते हैं, …": a name the tagger missed
            elif (name := self.as_noted_subject(u, hit)) is not None:
                sp = name  # (round 52) `जैसा कि पर्यावरण अखंडता प्रोजेक्ट नोट करता है, C`: an untagged name
            elif (adj := self.adjunct_subject(u, prev, hit)) is not None:
                sp = adj  # (round 54) `कन्हैया थोड़ी तुतलाहट के साथ कहते हैं, "…"`: the subject before a manner phrase
            elif (glued := self.glued_pronoun(u, last, hit)) is not None:
                sp = glued  # (round 54) `… पर गिर गई सरकारवो आगे बताती हैं, "…"`: a link headline glued onto वो
            elif self.p.demonstrative_title and (dem := self.demonstrative_title(u, prev)) is not None:
                sp = dem  # (round 76) `… जीतने वाली यह युवा अभिनेत्री कहती हैं, "…"`: the person named before
            else:
                return False
        self.add(hit, sp, content)
        if self.p.joint_speakers and sp.type == "named":  # `नंदन और बाला दोनों कहते हैं कि …`
            for other in self.partners(u, sp):
                self.add(hit, other, content, primary=False)
        return True

    def demonstrative_title(self, u: _Unit, prev: list[_Tok]) -> _Spk | None:
        """(round 76, claims.demonstrative_title) `यह युवा अभिनेत्री कहती हैं, "…"`, `वह अभिनेता कहते हैं कि …`: the
        subject of a nominative cue is a role noun (a title row) after a singular demonstrative (`यह`, `वह`, `वो`) with
        at most two plain words between (no name, pronoun, postposition, number, other title, text or anaphor noun,
        and not `बात`, `भी`, `ही`: `यह बात अभिनेता कहते हैं`; `युवा` may stand between): the person the story
        named before, resolved as the nominative pronoun `वह` before the cue (gender from the verb), a feminine
        title (`अभिनेत्री`) the latest woman of the pronoun window; the span from the demonstrative to the noun. None otherwise (a bare title: resolve_title; a plural `ये कलाकार`: a group)."""
        last = prev[-1]
        if last.k not in self.titles:
            return None
        for back in range(2, min(4, len(prev)) + 1):
            t = prev[-back]
            if t.k in _SINGULAR_DEMONSTRATIVES:
                between = prev[-back + 1:-1]
                if any(not _IS_WORD.match(x.t) or x.t[0].isdigit() or x.k in self.titles or x.k in self.pron
                       or x.k in POSTPOSITIONS or x.k in _GENITIVES or self.mention_over(x.s)
                       or x.k in _DEMONSTRATIVE_OBJECTS or x.k in self.channel_texts or x.k in self.owned
                       or x.k in self.anaphor for x in between):
                    # `यह बात अभिनेता कहते हैं कि …`: the demonstrative goes with an object noun, not the title
                    return None
                if last.k in self.feminine:  # `अभिनेत्री`: the latest woman of the window (the story gave her a
                    g = self.genders()  # feminine verb or word), not the latest person (`अमिताभ बच्चन ने … गाना गाया`)
                    women = [m for m in self.ments if m.label == "PER" and m.start < t.s
                             and g.get(m.entity_id or fold(m.text)) == {"F"} and not self.inside_direct(m.start)
                             and self.units[self.unit_at(m.start)].sent_idx >= u.sent_idx - self.p.pronoun_window]
                    if not women:
                        return None
                    w = max(women, key=lambda m: m.start)
                    return _Spk(self.T[t.s:last.e], t.s, last.e, w.entity_id, "pronoun", "PER")
                pe = self.pron.get("वह")
                if pe is None:
                    return None
                pe = replace(pe, labels=("PER",))
                sp = self.resolve_pronoun(_Tok(t.s, last.e, self.T[t.s:last.e], "वह"), pe, u.sent_idx)
                return replace(sp, text=self.T[t.s:last.e], s=t.s, e=last.e)
            if not _IS_WORD.match(t.t):
                return None
        return None

    def nom_after_quote(self, u: _Unit, hit: _Hit):
        """(round 45) `“C,” गेन्सलर कहते हैं।`, `"C," वे कहती हैं।`: a habitual cue that ends its sentence, its
        nominative subject (a tagged name, or a nominative pronoun) right after a quote that closes with a comma
        (inside or after the marks): (speaker, content) with the quote as direct content; None otherwise. One look
        back from the subject (quote_before)."""
        k = hit.s
        while k > u.s and self.T[k - 1].isspace():
            k -= 1
        m = self.by_end.get(k)
        prev = [t for t in u.toks if t.e <= k]
        if m is not None and m.start >= u.s and m.label in ("PER", "ORG"):
            sp, s0 = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label), m.start
        elif prev and (pe := self.pron.get(prev[-1].k)) is not None and pe.role == "nom":
            if self.honorific(u, hit):
                pe = replace(pe, labels=tuple(x for x in pe.labels if x in ("PER", "STATEMENT")) or ("PER",))
            sp, s0 = self.resolve_pronoun(prev[-1], pe, u.sent_idx), prev[-1].s
        else:
            return None
        qb = self.quote_before(u.idx, s0)
        if qb is None:
            return None
        s, e, opener, end = qb
        if self.T[end:s0].strip(" ,") or "," not in self.T[e:s0] or e <= s:
            return None
        if not self.opens_sentence(opener):
            return None  # (review of round 45) `नारे थे, “मोदी हटाओ,” वे कहते हैं।`: the slogans are not theirs
        if any(c.cs < e and s < c.ce for c in self.claims):
            return None
        return sp, (s, e, "direct", opener, end, self.unit_at(max(s, e - 1)), False)

    def nominative_called_it(self, u: _Unit, hit: _Hit):
        """(round 59, claims.nominative_called_it) `हालाँकि राजा इन आरोपों को ग़लत ठहराते हैं और अपने को निर्दोष बताते
        हैं।`, `डॉक्टर महेश आनंद इस शोध को रोमांचकारी बताते हैं`, `कुछ निवासी … हमास की सरकार को ज़िम्मेदार ठहराते हैं`: a
        habitual called-it cue (a `bare` nom row) with no content after it calls its `को` object something, as `X ने Y को
        Z बताया` does. The subject is the nearest nominative before the cue in its clause: a tagged person or
        organisation with no postposition after it, a nominative pronoun, or an unnamed role word (anonymous); no
        ने, कि, जो, quote mark, colon or sentence end between it and the cue, and the content the called-it clause
        between them (bare_content: an object and a complement, not `लोगों को इसके बारे में बताते हैं`). (speaker,
        content) or None."""
        toks = [t for t in u.toks if t.e <= hit.s]
        for t in reversed(toks):
            if t.k in ("ने", "कि", "जो") or t.t in QUOTES or t.t in _SENT_END or t.t in (":", ";"):
                break
            if t.k in _UNASSERTED_OPENERS:
                return None  # (review of round 59) `यदि वह इसे गलत बताते हैं तो …`, `क्या वह इसे गलत बताते हैं?`: a
                # condition or a question asserts nothing (the ergative's `अगर उन्होंने इसे गलत बताया तो` is none either)
        for i in range(len(toks) - 1, -1, -1):
            t = toks[i]
            if t.k in ("ने", "कि", "जो") or t.t in QUOTES or t.t in _SENT_END or t.t in (":", ";"):
                return None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or nxt.k in POSTPOSITIONS or nxt.k in _GENITIVES or not _IS_WORD.match(nxt.t):
                continue
            m = self.by_end.get(t.e)
            if m is not None and m.start >= u.s and m.label in ("PER", "ORG"):
                sp = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
            elif (pe := self.pron.get(t.k)) is not None and pe.role == "nom":
                if self.honorific(u, hit):
                    pe = replace(pe, labels=tuple(x for x in pe.labels if x in ("PER", "STATEMENT")) or ("PER",))
                sp = self.resolve_pronoun(t, pe, u.sent_idx)
            elif t.k in self.anon and not (i > 0 and toks[i - 1].k in _GENITIVES):
                sp = _Spk(t.t, t.s, t.e, None, "anonymous")
            else:
                continue
            ei = next(j for j, x in enumerate(u.toks) if x.s == t.s)
            bare = self.bare_content(u, ei, hit)
            if bare is None or any(c.cs < bare[1] and bare[0] < c.ce for c in self.claims):
                return None
            comp = [x for x in u.toks if bare[0] <= x.s and x.e <= bare[1]]
            ko = max((j for j, x in enumerate(comp) if x.k == "को"), default=None)
            if ko is not None and (len(comp) - ko - 1 > 3 or any(
                    x.k in POSTPOSITIONS or x.k in _GENITIVES or not _IS_WORD.match(x.t) for x in comp[ko + 1:])
                    or comp[-1].k.endswith(_PLURAL_ENDS)):
                return None  # `X मरीजों को बचाव के तरीके/कहानियां बताते हैं`: a recipient and what X tells them
            obj = max((j for j, x in enumerate(comp) if x.k == "को" or x.k in self.objects), default=None)
            if obj is not None and obj + 1 < len(comp) and comp[-1].k in _TOLD_NOUNS \
                    and comp[obj].k not in _CALLED_OBJECT_DEMONSTRATIVES \
                    and not any(x.k in _CALLED_OBJECT_DEMONSTRATIVES for x in comp[:obj]) \
                    and not (obj == 1 and comp[0].k in _REFLEXIVES):
                return None  # (review of round 59) `मरीज को दवा`, `लोगों को रास्ता`, `उन्हें समय बताते हैं`: a recipient
                # and what is told them (but `इसे सही तरीका बताते हैं`, `अपने को निर्दोष बताते हैं` call it something)
            return sp, bare
        return None

    def agentive_subject(self, prev: list[_Tok]) -> _Spk | None:
        """(round 61, `claims.agentive_subject`) The words before a habitual cue end in a verb's agentive participle
        used as a noun, an oblique infinitive and a direct -वाला form (`हिमायत करने वाले`, `कहने वाले`): "those who …",
        the cue's nominative subject, unnamed people (SPEC: anonymous). Its span takes at most two words of the
        participle's own phrase before the infinitive, up to a postposition, genitive, pronoun or punctuation (`बॉन्ड
        सीरिज़ की हिमायत करने वाले` -> `हिमायत करने वाले`), as the ergative `… करने वालों ने कहा` does. Not a name after the
        participle (`पढ़ाने वाली उज्मा कहती हैं`: the last word is the name, found as before)."""
        if len(prev) < 2 or prev[-1].k not in _AGENTIVE_ENDS:
            return None
        inf = prev[-2]
        if not (_IS_WORD.match(inf.t) and len(inf.k) > 2 and inf.k.endswith("ने")) or inf.k in POSTPOSITIONS:
            return None
        a = len(prev) - 2
        while a > 0 and len(prev) - 1 - a < 3:
            t = prev[a - 1]
            if not _IS_WORD.match(t.t) or t.k in POSTPOSITIONS or t.k in _GENITIVES or t.k in self.npstop \
                    or t.k in self.pron or t.t[:1].isdigit():
                break
            a -= 1
        return _Spk(self.T[prev[a].s:prev[-1].e], prev[a].s, prev[-1].e, None, "anonymous")

    def nominative_topic(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """The subject of a habitual cue standing away from it: the unit's first mention, a person or organisation in
        the nominative (no postposition after it), with no ergative, complementiser or other cue between them
        (`टीजेएस जॉर्ज अपनी किताब 'द लाइफ़' में लिखते हैं, "…"`, `अलका "…" गाने को याद करते हुए कहती हैं, "…"`)."""
        first = next((t for t in u.toks if _IS_WORD.match(t.t)), None)
        pe = self.pron.get(first.k) if first is not None else None
        if pe is not None and pe.role == "nom" and first.e <= hit.s:
            # `वो टुफारोलो का उदाहरण देते हुए कहते हैं कि …`: the pronoun subject before a participle clause
            between = [t for t in u.toks if first.e <= t.s and t.e <= hit.s]
            if any(t.k == "हुए" for t in between) and not any(
                    t.k in ("ने", "कि", "जो", "जब", "तो") or t.t in _SENT_END for t in between) \
                    and not any(h.unit == u.idx and first.e <= h.s < hit.s for h in self.hits):
                return self.resolve_pronoun(first, pe, u.sent_idx)
            return None
        m = next((m for m in self.ments if u.s <= m.start and m.end <= hit.s), None)
        if m is None or m.label not in ("PER", "ORG"):
            return None
        if sum(1 for t in u.toks if t.e <= m.start and _IS_WORD.match(t.t) and t.k not in self.titles) > 2:
            return None  # `प्रिंसिपल चंद्रभूषण बातों बातों में एमएफ हुसैन का …`: a name inside the clause is no subject
        i = self.tok_index(u, m.end)
        while i < len(u.toks) and u.toks[i].t in QUOTES:
            i += 1
        if i >= len(u.toks) or u.toks[i].k in POSTPOSITIONS or u.toks[i].t in (",", ")"):
            return None
        between = [t for t in u.toks if m.end <= t.s and t.e <= hit.s]
        if self.p.quoted_title_subject:  # (round 50) `अलका "मेरे अंगने में … है..." गाने को याद करते हुए कहती हैं`
            between = _outside_quotes(between)
        if any(t.k in ("ने", "कि", "जो", "जब", "तो") or t.t in _SENT_END for t in between) \
                or any(h.unit == u.idx and m.end <= h.s < hit.s for h in self.hits):
            return None
        return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)

    def unowned_container(self, u: _Unit, hit: _Hit) -> _Spk | None:
        """(round 42) `<X> में कहा/बताया/लिखा गया (है) कि …` where X is a container noun of the lexicon (a written or
        recorded text: `वेबसाइट 'दिप्रिडिक्टर' में`, `एसओपी में`, `विज्ञापन में`, `एक परामर्श में`; review of round 42)
        or a name right after one or headed by a media word, or `उनमें` with a source, statement or directive noun
        in the window (`जो अध्ययन आए थे उनमें`; not the relative `जिसमें`): the sentence reports what the text states.
        Its speaker is that name, else the container's owner (`कैम्ब्रिज विश्वविद्यालय के विज्ञापन में`), else its
        issuer named before (`गृह मंत्रालय ने एसओपी जारी की। एसओपी में …`), else the noun itself, unresolved. Not a
        meeting, place, time, manner or language (`बैठक में`, `दिल्ली में`, `पिछले 24 घंटों में`, `हिंदी में`),
        nor a group (`भाजपा में कहा जा रहा है`) or hearsay (`गांव में कहा जाता है`)."""
        form = fold(hit.entry.form).split()
        if not (len(form) == 2 and form[0] in _CONTAINER_VERBS
                and (form[1] in _PERFECT_PASSIVE or form == ["लिखा", "है"])):
            return None  # (`लिखा है`: the perfect of लिखना)
        toks = [t for t in u.toks if t.e <= hit.rs]
        if self.p.manner_container:  # `धारा 713 में स्पष्ट रूप से कहा गया है` (round 58): the adverb stepped over
            for seq in _MANNER_ADVERBS:
                if len(toks) > len(seq) and [_key(t.t) for t in toks[-len(seq):]] == list(seq) \
                        and toks[-len(seq) - 1].k == "में":
                    toks = toks[:-len(seq)]
                    break
        if not toks:
            return None
        last = toks[-1]
        if last.k in _CONTAINER_PRONOUNS:
            if not self.text_noun_before(u, last):
                return None  # `मजदूरों को इकट्ठा किया गया और उनमें बताया गया`: among people, no text
            return _Spk(last.t, last.s, last.e, None, "unresolved")  # (`जो अध्ययन आए थे उनमें`: unowned)
        if last.k != "में" or len(toks) < 2:
            return None
        j = len(toks) - 2
        if toks[j].t in QUOTES and j > 0:
            j -= 1
            o = next((x for x in range(j - 1, max(-1, j - 7), -1) if toks[x].t in QUOTES), None)
            if o is not None and o > 0 and toks[o - 1].k in self.containers and not self.mention_over(toks[j].s):
                # `रिपोर्ट 'सीओवी-आईएनडी-19' में`: an untagged title, the text's own name
                return self.source_owner(u, toks[o - 1].s) or _Spk(
                    self.T[toks[o + 1].s:toks[j].e], toks[o + 1].s, toks[j].e, None, "unresolved")
        d = toks[j]
        if d.k in _SAME_PRONOUNS and self.text_noun_before(u, d):
            return _Spk(d.t, d.s, d.e, None, "unresolved")  # `… एक स्टडी प्रकाशित हुई है। इसी में कहा गया है`
        numbered = False
        if d.t[:1].isdigit() and not regex.fullmatch(r"(?:1[89]|20)\d\d", d.t) and j > 0 \
                and _IS_WORD.match(toks[j - 1].t) and not toks[j - 1].t[:1].isdigit():
            d = toks[j - 1]  # `धारा 713 में कहा गया है`: the numbered section of a law (not a year, `मार्च 2020 में`)
            numbered = True
        i = bisect.bisect_right(self.ment_starts, d.s) - 1  # a name ending right there: the issuer
        while i >= 0 and d.s - self.ments[i].start < 200:
            m = self.ments[i]
            if m.end == d.e:
                if m.label == "LOC":
                    return None  # `दिल्ली में कहा गया`: a place
                k = self.tok_index(u, m.start) - 1
                while k >= 0 and u.toks[k].t in QUOTES:
                    k -= 1
                if (k >= 0 and u.toks[k].k in self.containers) or _key(m.text.split()[-1]) in self.media:
                    # `वेबसाइट 'दिप्रिडिक्टर' में`, `हिंदुस्तान टाइम्स में`; not `भाजपा में कहा जा रहा है` (a group)
                    return _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
                break
            i -= 1
        if d.k not in self.containers:
            return None
        if numbered and self.p.manner_container:
            # (round 58) a law's numbered section was issued by no subject of the story (`एडू ने … निर्देश दिया। …
            # विनियम 2009 के अध्याय सात, धारा 713 में … कहा गया है`: not Edu's directive): its owner, else unresolved
            return self.source_owner(u, d.s) or _Spk(d.t, d.s, d.e, None, "unresolved")
        return self.source_owner(u, d.s) or self.document_issuer(d, u.sent_idx) \
            or self.owned_document_before(d, u) or _Spk(d.t, d.s, d.e, None, "unresolved")  # `X के विज्ञापन में`: X

    def text_noun_before(self, u: _Unit, tok: _Tok) -> bool:
        """(review of round 42) A source, statement, directive or container noun before tok in its unit or the units of
        the pronoun window before it: what a demonstrative `उनमें`/`इनमें` may stand for."""
        for k in range(u.idx, -1, -1):
            pu = self.units[k]
            if pu.sent_idx < u.sent_idx - self.p.pronoun_window:
                break
            if any(t.s < tok.s and (t.k in self.source or t.k in self.directive or t.k in self.containers
                                    or self.anaphor.get(t.k) == "statement") for t in pu.toks):
                return True
        return False

    def honorific(self, u: _Unit, hit: _Hit) -> bool:
        """A habitual cue with a plural/honorific auxiliary (कहती हैं, बताते थे): its subject is a person."""
        i = self.next_tok(u, hit.e, skip_aux=False)
        toks = [t for t in u.toks if hit.s <= t.s and t.e <= hit.e] + u.toks[i:i + 1]
        return any(a.k.endswith(("ती", "ते")) and b.k in ("हैं", "थे", "थीं") for a, b in zip(toks, toks[1:]))

    def comma_verb(self, word: str) -> bool:
        """(round 63, claims.ergative_written_comma) `word` is a one-word verb cue with a comma content (`लिखा`): its
        perfect with ने (`उन्होंने अपनी रिपोर्ट में लिखा है, C`), read through the passive row `लिखा है`, keeps the
        comma content the perfective `X ने लिखा, C` and the pluperfect `X ने लिखा था, C` have."""
        return fold(word) in _comma_verbs(self.lex)

    def on_passive(self, hit: _Hit) -> None:
        u = self.units[hit.unit]
        erg = None if fold(hit.entry.form).startswith(_FINDING) else self.ergative(u, hit.s)  # (पता चलना: no ने)
        if erg is not None and self.p.quoted_ergative and self.quoted_ergative(u, erg[0], hit):
            erg = None  # (round 62) `"X ने …," बयान में कहा गया।`: the ने is the quotation's own
        if erg is not None and not any(h.unit == hit.unit and u.toks[erg[0]].e <= h.s < hit.s for h in self.hits) \
                and not any(t.k in ("कि", "जो", "जिसमें") for t in u.toks[erg[0] + 1:] if t.e <= hit.s):
            w = _WORD.match(self.T[hit.rs:hit.re])
            if w and self.p.ergative_written_comma and self.comma_verb(w.group()):
                hit = replace(hit, entry=replace(hit.entry, options=hit.entry.options | {"comma"}))
            self.on_verb(replace(hit, re=hit.rs + w.end()) if w else hit)  # `लिखा है` with ने: the perfect of `लिखा`
            return
        content = self.intro_content(hit, hit.e, "comma" in hit.entry.options)
        if content is None:
            return
        toks = [t for t in u.toks if t.e <= hit.rs]
        sp = container = doc = None  # doc: the source noun whose `में`/`से` holds the report
        for j in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
            t = toks[j]
            if t.k in ("ने", "कि") or t.t in _SENT_END:
                break
            pe = self.pron.get(t.k)
            if pe is not None and pe.role == "loc":
                sp = self.resolve_pronoun(t, pe, u.sent_idx)
                break
            if t.k in ("जिसमें", "जिसमे"):  # `X ने एक रिपोर्ट जारी की, जिसमें बताया गया कि …`: the document's issuer
                sp = self.relative_issuer(u, toks[:j])
                break
            if t.k == "में" and j > 1 and toks[j - 1].k.startswith("रिपोर्ट") and (
                    toks[j - 2].k in self.anon or toks[j - 2].k in _MEDIA_PREFIX_ONLY):
                d = toks[j - 1]  # `मीडिया रिपोर्ट में कहा गया`, `पुलिस रिपोर्ट में`: an unnamed body (as `मीडिया
                sp = _Spk(d.t, d.s, d.e, None, "anonymous")  # रिपोर्ट के मुताबिक`; gold: anonymous)
                break
            if t.k == "में" and j > 0 and self.anaphor.get(toks[j - 1].k) == "statement":
                d = doc = toks[j - 1]
                if any(x.k in _INDEFINITE for x in toks[max(0, j - 3):j - 1]):  # `एक सरकारी विज्ञप्ति में`: a new
                    # source, not the statement before: its issuer where written (`पीएमओ की ओर से जारी एक बयान में`)
                    sp = self.source_owner(u, d.s)
                    if sp is None and d.k in _EDITORIALS:  # `… में छपे एक संपादकीय में कहा गया`: a paper's own voice,
                        sp = self.resolve_anaphor(d, "statement", u)  # the paper that spoke last, else an unnamed one
                        sp = sp if sp.entity_id else None
                    sp = sp or _Spk(d.t, d.s, d.e, None, "anonymous")
                elif j > 1 and self.qualified(toks[j - 2]):
                    # `संसदीय रिपोर्ट में कहा गया`: a new document (another issuer's adjective), not the statement of
                    # the claim before: its written owner (no place), else unresolved (gold: null)
                    owner = self.source_owner(u, d.s) or self.source_owner(u, toks[j - 2].s)  # (`X की क्षेत्रीय …`)
                    sp = owner if owner is not None and owner.label != "LOC" else _Spk(d.t, d.s, d.e, None, "unresolved")
                else:
                    sp = self.resolve_anaphor(d, "statement", u)
                break
            if t.k == "में" and j > 0 and toks[j - 1].k in self.media and container is None:
                # `साउथ चाइना मॉर्निंग पोस्ट में बताया गया कि …`: the paper (a mention, or a media name)
                media = self.speaker_before(u, t.s, "agent")
                if media is not None and media.type == "named" and media.s is not None and media.s < toks[j - 1].s:
                    container = media
            # `में`, or `से` before a finding (`सर्वे से पता चला है कि`, round 22): a source noun holds the report
            inside = t.k == "में" or (t.k == "से" and fold(hit.entry.form).startswith(_FINDING))
            if inside and j > 0 and toks[j - 1].k in self.data and container is None:
                doc = toks[j - 1]
                container = self.source_owner(u, toks[j - 1].s) or self.data_issuer(toks[j - 1])  # `आंकड़ों में बताया गया`
            if inside and j > 0 and (toks[j - 1].k in self.source or toks[j - 1].k in self.directive) \
                    and container is None:
                # `… के नेतृत्व में किए गए अध्ययन में बताया गया`: the source's owner, else (unless an agent is
                # written further left: `X द्वारा जारी अधिसूचना में`) the source itself, unresolved
                d = doc = toks[j - 1]
                sp = self.source_owner(u, d.s)
                if sp is not None:
                    break
                container = self.document_issuer(d, u.sent_idx) or self.owned_document_before(d, u) \
                    or _Spk(d.t, d.s, d.e, None, "unresolved")
            if t.k == "द्वारा" or (t.k == "से" and j > 1 and toks[j - 1].k in ("ओर", "तरफ")):
                start = t.s if t.k == "द्वारा" else toks[j - 2].s
                sp = self.speaker_before(u, start, "agent")
                break
            if t.k == "हवाले" and j > 0 and toks[j - 1].k == "के":
                sp = self.speaker_before(u, toks[j - 1].s, "agent")
                break
        sp = sp or container
        written = sp is not None  # a source written before the cue (not the container of a claim before it)
        if doc is None and fold(hit.entry.form).startswith(_FINDING):
            return  # a finding is a report only inside a source (`सर्वे से पता चला`), not `जांच में पाया गया`, `यह पाया गया`
        if sp is None:  # `उद्घोषणा में कहा गया कि "…" और बताया गया कि …`: the same container goes on after और
            prev = [c for c in self.claims if c.unit_end == hit.unit and c.ce <= hit.rs and c.spk.type != "anonymous"]
            if prev:
                c = max(prev, key=lambda c: c.ce)
                between = [t for t in u.toks if c.ce <= t.s and t.e <= hit.rs]
                if between and any(t.k in self.coord for t in between) and all(
                        t.k in self.coord or t.k in ("भी", "यह", "ये") or not _IS_WORD.match(t.t) for t in between):
                    sp = c.spk
        if sp is None:
            sp = self.unowned_container(u, hit)
        if sp is None:
            return
        if content == "end" and written and self.p.passive_demonstrative \
                and (prev := self.passive_demonstrative(u, hit)) is not None:
            content = prev  # `… 19 और मामले सामने आए हैं। विभाग की ओर से जारी बुलेटिन में यह जानकारी दी गई।`
        if content == "end":
            # `<content>, सर्वेक्षण में पाया गया।`, `…, आँकड़ों से पता चला।` (round 22: the translated "…, a survey
            # found"): a source noun right after the comma closes the sentence with its report; its `में`/`से`
            # stands right before the cue (only `यह`/`ये`/`भी` between): `…, पोस्टमार्टम रिपोर्ट में जहर पाया
            # गया` has the finding's own object there, and no content before the comma
            if doc is None or any(t.k not in ("यह", "ये", "भी") for t in u.toks if doc.e < t.s and t.e <= hit.rs
                                  and t.k not in ("में", "से")) \
                    or (content := self.quote_before_source(hit, doc) or self.content_before_comma(u, doc.s)) is None:
                return
        self.add(hit, sp, content)

    def passive_demonstrative(self, u: _Unit, hit: _Hit):
        """(round 57, claims.passive_demonstrative) `केंद्र सरकार की ओर से शनिवार को हुई प्रेस कॉन्फ्रेंस में यह जानकारी
        दी गई।`, `यूनीसेफ द्वारा जारी एक रिपोर्ट में यह जानकारी दी गयी।`, `सरकार के हवाले से यह जानकारी दी गई है।`: between
        the written source's postposition (`में`, `से`, `द्वारा`) and a passive cue that ends its sentence only a
        demonstrative object and time words (`यह`, `ये`, `इसकी`, `इस बात की`, `सोमवार को`): the content is the sentence
        before, as for `X ने यह जानकारी दी` (one claim per layer: an according-to claim holding it is a layer above)."""
        if not all(t.t in _SENT_END for t in u.toks[self.next_tok(u, hit.e):]):
            return None
        toks = [t for t in u.toks if t.e <= hit.s]
        j = len(toks) - 1
        run: list[str] = []
        while j >= 0 and _IS_WORD.match(toks[j].t) and (toks[j].k in _DEMONSTRATIVE_OBJECT | _TIME_WORDS) and not (
                toks[j].k in ("में", "से") and (j == 0 or toks[j - 1].k not in _DEMONSTRATIVE_OBJECT)):
            run.append(toks[j].k)  # (`इस बारे में`: the postposition of the object's own phrase, not the source's)
            j -= 1
        if not run or not set(run) & _DEMONSTRATIVE or j < 1 or toks[j].k not in ("में", "से", "द्वारा"):
            return None
        return self.previous_sentence(u, layered=True)

    def quote_before_source(self, hit: _Hit, doc: _Tok):
        """`"…," बयान में कहा गया।` (translated `"…," the statement said`): a quotation closing right before the
        written source of a passive report that ends its sentence (at most a few words of its owner between: `"…,"
        मंत्रालय के बयान में कहा गया है।`) is that report's direct content, unless another claim holds it (round 31)."""
        qb = self.quote_before(hit.unit, doc.s) or self.quote_before_lead(hit.unit, doc.s)
        if qb is None or any(c.cs < qb[1] and qb[0] < c.ce for c in self.claims):
            return None
        s, e, qs, qe = qb
        if self.n_tokens(s, e) < 3 or not any(ch == "," or ch in _SENT_END for ch in self.T[e:qe + 1]):
            return None  # `ऐसा "लैंसेट" पत्रिका में … कहा गया है`: a quoted title, no quotation (round 31 review)
        return s, e, "direct", qs, qe, self.unit_at(qs), False

    def quoted_ergative(self, u: _Unit, i: int, hit: _Hit) -> bool:
        """(round 62, claims.quoted_ergative) The ergative subject u.toks[i] found before a passive cue stands inside
        a quotation that closes before the cue (`"साइपोव ने … घायल किया," अदालत के दस्तावेज़ों में कहा गया है।`, translated
        "…, the court papers say"): an odd number of quotation marks between it and the cue, the last of them a
        closer. The ने belongs to the quoted clause; the passive keeps its own source (quote_before_source)."""
        a, b = u.toks[i].e, hit.s
        return _quote_marks(self.T, a, b) % 2 == 1 and not _left_open(self.T, a, b)

    def qualified(self, t: _Tok) -> bool:
        """t, right before a statement noun, is a relational adjective naming another issuer (`संसदीय रिपोर्ट`:
        parliament's; `स्थानीय`, `अंतरराष्ट्रीय`): a denominal adjective in -ीय. Not `सरकारी`/`आधिकारिक`/`ताज़ा बयान`
        (the issuer named before speaks on: dev2 README), an adverb (`आगे बयान में कहा गया`), a demonstrative or a
        possessive."""
        return bool(_IS_WORD.match(t.t)) and t.k.endswith("ीय") and t.k not in self.adverbs and t.k not in self.pron \
            and not self.mention_over(t.s)

    def relative_issuer(self, u: _Unit, toks: list[_Tok]) -> _Spk | None:
        """The issuer of the document a relative `जिसमें` stands for: the main clause's ergative subject (`X ने
        बयान जारी किया, जिसमें कहा गया`), else its agent (`X की ओर से / द्वारा रिपोर्ट जारी की गई, जिसमें …`)."""
        if not toks:
            return None
        if any(h.unit == u.idx and h.entry.role != "participle" and toks[0].s <= h.s < toks[-1].e for h in self.hits):
            return None  # `ट्रम्प ने कहा कि वह उस विधेयक पर गौर करेंगे, जिसमें कहा गया है`: the bill is not his
        erg = self.ergative(u, toks[-1].e)
        if erg is not None:
            return erg[1]
        for j in range(len(toks) - 1, 0, -1):
            t = toks[j]
            if t.k == "द्वारा" or (t.k == "से" and j > 1 and toks[j - 1].k in ("ओर", "तरफ")):
                return self.speaker_before(u, t.s if t.k == "द्वारा" else toks[j - 2].s, "agent")
        return None

    def document_noun(self, toks: list[_Tok]) -> bool:
        """A report, study, statement, figures or directive among the last words of a main clause (`रिपोर्ट जारी की
        थी`, `एक गाइडलाइन जारी की है`), which a following relative (`जिसके मुताबिक`) stands for; not a rule or
        law that something is done in accordance with (`नियम बनाए हैं जिसके मुताबिक`)."""
        return any(t.k in self.source or t.k in self.data or t.k in self.directive for t in toks[-5:]) \
            and not any(t.k in _ACCORDANCE for t in toks[-5:])

    def on_prep(self, hit: _Hit) -> None:
        u = self.units[hit.unit]
        if _WORDS_OF.search(hit.entry.form) and (not self.p.words_of or not regex.match(r"\s*,", self.T[hit.e:])):
            return  # (round 52) `X के शब्दों में, C` only before a comma
        if fold(self.T[hit.s:hit.e]).startswith(("के", "की")):  # X के अनुसार, X की मानें तो
            sp = self.place_qualified_org(self.speaker_before(u, hit.s, "prep"), u)
        else:
            prev = [t for t in u.toks if t.e <= hit.s]
            pe = self.pron.get(prev[-1].k) if prev else None
            main = [t for t in prev[:-1] if t.t != ","]
            if prev and prev[-1].k in _RELATIVE_OWNER and self.document_noun(main):
                # `X ने एक रिपोर्ट जारी की थी, जिसके मुताबिक C`: the document's issuer (as for `…, जिसमें कहा गया`)
                sp = self.relative_issuer(u, main)
            elif pe is None or pe.role != "gen":
                return
            else:
                sp = self.resolve_pronoun(prev[-1], pe, u.sent_idx)
        if sp is None:
            return
        i = self.tok_index(u, hit.e)
        while i < len(u.toks) and u.toks[i].t in (",", ":"):
            i += 1
        content = self.content_after(u.toks[i].s, hit.unit) if i < len(u.toks) else None
        # `X के मुताबिक Y ने कहा कि C`: one claim per layer (gold/dev2/README.md): X's content is the whole clause
        # `Y ने कहा कि C` (round 23; Y's own claim of C is made by its verb cue); X reports only a quotation
        # (`X के मुताबिक Y ने कहा, "C"`), or C where the clause after X is cut before Y's cue
        inner = next((h for h in self.hits if h.unit == hit.unit and h.entry.role == "verb" and h.s > hit.e
                      and any(t.k == "ने" for t in u.toks if hit.e <= t.s < h.s)
                      and self.n_tokens(hit.e, h.s) <= 8), None)
        layered = False
        if inner is not None:
            nested = self.intro_content(inner, inner.e, "comma" in inner.entry.options)
            layered = isinstance(nested, tuple) and content is not None and nested[2] == "indirect" \
                and content[0] < inner.s and content[1] >= nested[1]
            if isinstance(nested, tuple) and not layered:
                content = nested
        if content is None or self.n_tokens(content[0], content[1]) < 2:
            # `C, X के अनुसार।`: content before the speaker
            end = sp.s if sp.s is not None and sp.s >= u.s else hit.s
            s, e = self.strip_span(u.s, end)
            if self.n_tokens(s, e) < 2:
                return
            content = (s, e, "indirect", s, e, hit.unit, False)
            layered = False
        c = self.add(hit, sp, content)
        if c is not None and layered:
            c.whole = True  # (the inner speaker and cue are the layer's content: not cut at them)
            c.layer = inner.s  # (but it ends where the inner claim ends: end_layers)

    def on_signatures(self) -> None:
        """`ऐसे हालात पहले कभी नहीं देखे हैं। … बढ़ सकती है। - जय अग्रवाल, मिष्ठान विक्रेता`: a paragraph that ends in a
        dash, a tagged person's name and an optional comma role (nothing else on the line) is that person's words
        (a vox-pop layout of local news); the content is the paragraph's line before the dash (an indirect claim by
        SPEC: no quotation marks). One regex pass over the lines of this pass's sentences."""
        if not self.units:
            return
        lo = self.T.rfind("\n", 0, self.units[0].s) + 1  # (whole lines: `$` would match at a bound inside one)
        hi = self.T.find("\n", self.units[-1].e)
        hi = len(self.T) if hi < 0 else hi
        sigs = [(m, False) for m in _SIGNATURE.finditer(self.T, lo, hi)]
        sigs += [(m, True) for m in _SIGNATURE_LINE.finditer(self.T, lo, hi)]
        sigs += [(m, True) for m in _SIGNATURE_BARE.finditer(self.T, lo, hi)]
        for m, own_line in sorted(sigs, key=lambda x: x[0].start()):
            name_s, name_e = m.span(1)
            dash = next((k for k in range(m.start(), name_s) if self.T[k] in _DASHES), None)
            bare = own_line and dash is None
            i = bisect.bisect_left(self.ment_starts, name_s)
            ment = None
            for j in range(i, min(i + 3, len(self.ments))):  # `डॉ. जसजीत कौर`: an honorific may open the line
                mm = self.ments[j]
                if mm.start >= name_e:
                    break
                lead = self.T[name_s:mm.start].split()
                if mm.label == "PER" and (mm.end == name_e or (bare and self.titled_rest(mm.end, name_e))) \
                        and all(w.rstrip(".") in _HONORIFICS for w in map(fold, lead)):
                    ment = mm
                    break
            if ment is None:
                continue
            if bare:  # (the role after a title word: `डा.एसके दीक्षित सीएमओ फिरोजाबाद`)
                name_e = ment.end
            role = [fold(w) for w in _WORD.findall(self.T, name_e, m.end())]
            if bare and not self.bare_signer(m, ment, name_s, set(role)):
                continue
            places = [mm for mm in self.ments[i:i + 8] if name_e <= mm.start and mm.end <= m.end()
                      and mm.label in ("LOC", "GPE")]
            if any(w in _PRESS_ROLES for w in role) or (places and (not (own_line or self.titled_role(role) and self.quoted_before(
                    m.start())) or len(role) <= sum(
                    len(_WORD.findall(self.T, mm.start, mm.end)) for mm in places))):
                continue  # `- संजय सिंह, संवाददाता` / `- संजय सिंह, पटना`: a reporter's byline, not the person's words
                # (a signature on its own line may name a place inside its role: `- दीपक जोशी, प्रदेश अध्यक्ष, उत्तराखंड …`)
            line_s = self.T.rfind("\n", 0, m.start()) + 1
            if own_line and (any(w in _LISTING_ROLES for w in role) or self.dashed_neighbour(line_s, m.end())):
                # `- रमेश कुमार, निवासी पटना` (a person listed: the dead, the injured), a list of people, one a dashed
                continue  # line (`- रमेश कुमार, प्रधानाध्यापक⏎- सुनीता देवी, शिक्षिका`): no signature
            if own_line:  # `…। लोगों की सुरक्षा को देखते हुए ही यह कदम उठाया गया है।⏎-उत्पल कुमार सिंह, मुख्य सचिव`:
                # the signature on a line of its own signs the paragraph right above it (blank lines between)
                prev_e = len(self.T[:line_s].rstrip())
                if prev_e == 0 or self.T[prev_e - 1] not in "।?!.\"”'’":
                    continue  # a heading or a list item above: no paragraph it signs
                line_s = self.T.rfind("\n", 0, prev_e) + 1
                cs, ce = self.strip_span(line_s, prev_e)
            else:
                cs, ce = self.strip_span(line_s, m.start())
            cs = self.signer_label_end(cs, ce, ment)  # `डॉ. कुमार घर की साफ-सफाई …⏎- डॉ. उमेश कुमार`: not the words
            qtype = "indirect"
            if cs < ce and self.T[cs] in QUOTES and self.T[ce - 1] in QUOTES:
                qtype = self.signed_quote_type(cs, ce)
                cs, ce = self.strip_span(cs + 1, ce - 1)
            elif own_line and cs < ce and self.T[cs] in QUOTES and not any(self.T[k] in QUOTES for k in range(cs + 1, ce)):
                cs, ce = self.strip_span(cs + 1, ce)  # `'' हरियाणा में … हो रहा है।⏎- डा. परमजीत सिंह गिल`: a quote left open
                qtype = "direct"
            if self.n_tokens(cs, ce) < max(2, self.p.min_content_tokens) \
                    or any(c.cs < ce and cs < c.ce for c in self.claims):
                continue  # (a paragraph that already holds a claim with its own cue keeps that one)
            cue_s, cue_e = (name_s, name_s) if dash is None else (dash, dash + 1)  # (no dash: an empty cue)
            sp = _Spk(ment.text, ment.start, ment.end, ment.entity_id, "named", ment.label)
            self.claims.append(_C(self.units[self.unit_at(cs)].sent_idx, sp, cue_s, cue_e, cs, ce, qtype,
                                  cs, ce, self.unit_at(ce - 1), False, anchor=cue_s, whole=True))

    def on_dative_expectation(self) -> None:
        """(round 52, claims.dative_expectation) `अतः रसेल को उत्पादन लागतें बढ़ने की उम्मीद है।`: a tagged person or
        organisation opening its clause (a connective before it allowed) with `को`, then a clause of two or more words
        ending in an oblique infinitive (`बढ़ने`, `रहने`) and `की उम्मीद/आशा/आशंका` or `का डर/भय/अंदेशा` + copula: X
        expects or fears that clause (indirect; the noun the cue), as v29's framed `X को संदेह है कि`. Not where X is
        the one something befalls (`इकाइयों को लाभ होने की उम्मीद`, `लोगों को नौकरी से निकाले जाने की आशंका`, `उसे
        संक्रमण लगने की आशंका`: होने, मिलने, पहुंचने, लगने, जाने), not a place, not inside another claim."""
        if not self.p.dative_expectation:
            return
        for ui, u in enumerate(self.units):
            for m in _DATIVE_KO.finditer(self.T, u.s, u.e):
                ment = self.by_end.get(m.start())
                if ment is None or ment.start < u.s or ment.label not in ("PER", "ORG"):
                    continue
                lead = regex.split(r"[,;:]", self.T[u.s:ment.start])[-1].split()
                if any(fold(w) not in _DATIVE_LEADS for w in lead):
                    continue
                x = _DATIVE_EXPECT.match(self.T, m.end(), u.e)
                if x is None:
                    continue
                words = x.group("c").split()
                if len(words) < 2 or fold(words[-1]) in _DATIVE_UNDERGO:
                    continue
                cs, ce = x.span("c")
                if any(c.cs < ce and cs < c.ce for c in self.claims):
                    continue
                sp = _Spk(ment.text, ment.start, ment.end, ment.entity_id, "named", ment.label)
                self.claims.append(_C(u.sent_idx, sp, x.start("cue"), x.end("cue"), cs, ce, "indirect", cs, ce, ui,
                                      False, anchor=x.start("cue")))

    def on_interview(self) -> None:
        """(round 47) A question/answer interview (two or more lines that open with `सवाल:` or `प्रश्न-`): a line that
        opens with a tagged person's name and a colon (`डीसी अमित कुमार: 1410 लोग। …`; only titles before the name) is
        that person's answer, and a line that opens with `जवाब:`/`जवाब-`/`उत्तर:` the interviewee's (interview_subject,
        named; the label its cue); the content is the rest of the line, the whole answer paragraph as one claim (dev2's
        convention for a quote paragraph), indirect (no quotation marks), the colon the cue after a name. A claim inside
        the answer stays, a layer of it. Not in a story with no question lines (`<headline>: <name>` and `<place>: …`
        datelines stay no claims)."""
        if not self.p.interview_answers or not self.units:
            return
        lo = self.T.rfind("\n", 0, self.units[0].s) + 1
        hi = self.T.find("\n", self.units[-1].e)
        hi = len(self.T) if hi < 0 else hi
        lines = []
        k = lo
        while k < hi:
            e = self.T.find("\n", k, hi)
            e = hi if e < 0 else e
            lines.append((k, e))
            k = e + 1
        questions = [s for s, e in lines if _QUESTION_LINE.match(self.T, s, e)]
        if len(questions) < 2:
            return
        interviewee: Mention | None = None
        answers: list[tuple[int, int]] = []
        for s, e in lines:
            if _QUESTION_LINE.match(self.T, s, e):
                continue
            if (m := _ANSWER_WORD_LINE.match(self.T, s, e)) is not None:
                interviewee = interviewee or self.interview_subject(questions[0])
                if interviewee is None:
                    continue
                # the interviewee named in the intro is the speaker; the label `जवाब` is the cue (review of round 47)
                sp = _Spk(interviewee.text, interviewee.start, interviewee.end, interviewee.entity_id, "named", "PER")
                cue_s, cue_e = m.span(1)
            elif (m := _ANSWER_LINE.match(self.T, s, e)) is not None:
                label_s, label_e = m.span(1)
                ment = None
                for j in range(bisect.bisect_left(self.ment_starts, label_s), len(self.ments)):
                    mm = self.ments[j]
                    if mm.start >= label_e:
                        break
                    if mm.end == label_e and mm.label == "PER":
                        ment = mm
                        break
                lead = [fold(w).rstrip(".") for w in self.T[label_s:ment.start].split()] if ment is not None else []
                if ment is None or not all(w in self.titles or w in _HONORIFICS for w in lead):
                    continue
                sp = _Spk(ment.text, ment.start, ment.end, ment.entity_id, "named", ment.label)
                cue_s = self.T.index(":", label_e)
                cue_e = cue_s + 1
            else:
                continue
            cs, ce = self.strip_span(m.end(), e)
            # (review of round 47) a claim inside the answer is a layer of it (`जवाब- … आंकड़ों के अनुसार, …`: one claim per
            # layer); only one that covers the line or runs past it (the answer read already) keeps the line out
            if self.n_tokens(cs, ce) < max(2, self.p.min_content_tokens) \
                    or any(c.cs < ce and cs < c.ce and (c.cs < cs or c.ce > ce or (c.cs, c.ce) == (cs, ce))
                           for c in self.claims if (c.cs, c.ce) not in answers):
                continue
            answers.append((cs, ce))
            self.claims.append(_C(self.units[self.unit_at(cs)].sent_idx, sp, cue_s, cue_e, cs, ce, "indirect",
                                  cs, ce, self.unit_at(ce - 1), False, anchor=cue_s, whole=True))

    def interview_subject(self, first_question: int) -> Mention | None:
        """The person an interview is with, from the lines before its first question: the tagged person right before
        `से मुलाकात/बातचीत/बात` (`… वैज्ञानिक डॉक्टर आर. गंगाखेड़कर से मुलाकात की`), else the person named most often
        there (two or more times, more than any other: `नीतीश कुमार ने … विनोद शर्मा से कहा … नीतीश कुमार ने क्या-क्या
        कहा`); None otherwise."""
        intro = [m for m in self.ments[:bisect.bisect_left(self.ment_starts, first_question)]
                 if m.end <= first_question and m.label == "PER"]
        reporters = {m.entity_id or fold(m.text) for m in intro if self.reporter_named(m)}
        intro = [m for m in intro if (m.entity_id or fold(m.text)) not in reporters]
        for m in intro:
            after = _WORD.findall(self.T, m.end, min(first_question, m.end + 30))
            if len(after) >= 2 and after[0] == "से" and fold(after[1]) in _INTERVIEW_MEETING:
                return m
        top = Counter(m.entity_id or fold(m.text) for m in intro).most_common(2)
        if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
            return next(m for m in intro if (m.entity_id or fold(m.text)) == top[0][0])
        return None

    def reporter_named(self, m: Mention) -> bool:
        """(review of round 47) The person m is the story's reporter: right after `संवाददाता`/`रिपोर्टर` (`संवाददाता अमित
        शर्मा ने लिखा`) or the owner of a `रिपोर्ट` (`अमित शर्मा की रिपोर्ट`)."""
        before = _WORD.findall(self.T, max(0, m.start - 30), m.start)
        after = _WORD.findall(self.T, m.end, m.end + 30)
        return bool(before) and fold(before[-1]) in _REPORTER_WORDS \
            or len(after) >= 2 and after[0] in ("की", "के") and fold(after[1]).startswith("रिपोर्ट")

    def titled_role(self, role: list[str]) -> bool:
        """A signature's comma role with a title word (`-अजय शंकर पांडेय, जिलाधिकारी, गाजियाबाद`, `-आलोक सिंह, पुलिस
        कमिश्नर, गौतमबुद्ध नगर`): an office and its place, not a reporter's byline (`- संजय सिंह, पटना`), also on the
        paragraph's own line (round 35), where it signs a quotation only (review of round 35: quoted_before). A
        byline's titles (`प्रभारी`, `लेखक`) are no office here."""
        return any(w in self.titles and w not in _BYLINE_TITLES for w in role)

    def quoted_before(self, sig_s: int) -> bool:
        """The line's words before a signature at sig_s are one quotation, marks at both ends (`"… हित में है।"
        -अजय शंकर पांडेय, जिलाधिकारी, गाजियाबाद`); unquoted narration there is the reporter's (review of round 35)."""
        cs, ce = self.strip_span(self.T.rfind("\n", 0, sig_s) + 1, sig_s)
        return cs < ce and self.T[cs] in QUOTES and self.T[ce - 1] in QUOTES

    def signed_quote_type(self, cs: int, ce: int) -> str:
        """A signed paragraph that is one quotation (`"… हित में है।" -अजय शंकर पांडेय, जिलाधिकारी`): its words are in
        quotation marks, a direct claim by SPEC (round 35); a mark of the outer kind inside, or a closer and then an
        opener (two quotations), leave it indirect; a quotation of the other kind inside (`"हमने 'ऑपरेशन सुरक्षा' शुरू
        किया है।"`) does not (review of round 35)."""
        if not self.is_opener(cs):
            return "indirect"
        kind = "\"“”" if self.T[cs] in "\"“”" else "'‘’"
        for k in range(cs + 1, ce - 1):
            if self.T[k] in kind:
                return "indirect"
            if self.T[k] in QUOTES and not self.is_opener(k):
                j = k + 1
                while j < ce - 1 and self.T[j].isspace():
                    j += 1
                if j < ce - 1 and self.T[j] in QUOTES and self.is_opener(j):
                    return "indirect"
        return "direct"

    def bare_signer(self, m: regex.Match, ment: Mention, name_s: int, role: set[str]) -> bool:
        """A signature line without a dash signs with the tagged name after an honorific, before a comma role or over a
        line that opens with a title word (`डॉ. रणदीप गुलेरिया`, `डा.राजकुमार पाल,मौसम वैज्ञानिक,बठिंडा।`, `प्रभु एन सिंह,
        डीएम`, `राजीव अस्थाना⏎महासचिव, आरडब्ल्यूए`); words after the name without a comma are a title word and then only
        tagged places, titles or qualifiers (`डा.एसके दीक्षित सीएमओ फिरोजाबाद।`). A name alone (a byline `अमित शर्मा`, a
        sub-heading) or before a verb (a headline: `अमित शर्मा मंत्री बने`, `कनिका कपूर डिस्चार्ज`) signs nothing."""
        honorific = ment.start > name_s
        comma_role = self.T[m.end(1):m.end()].lstrip().startswith(",")
        below = _NEXT_LINE_WORD.match(self.T, m.end())
        if not (honorific or comma_role or (below is not None and fold(below.group(1)) in self.titles)):
            return False
        if role and not honorific and not role & (self.titles | self.anon):
            return False  # `बालाजी, महाकालेश्वर, ओंकारेश्वर … मंदिर बंद`: a heading's list, no office or honorific
        for w in list(_WORD.finditer(self.T, ment.end, m.end(1)))[1:]:  # (the first is the title word: titled_rest)
            k, j = fold(w.group()), bisect.bisect_right(self.ment_starts, w.start()) - 1
            place = j >= 0 and self.ments[j].end > w.start() and self.ments[j].label in ("LOC", "GPE")
            if not (k in self.titles or k in _GENERIC_QUALIFIERS or place):
                return False
        return True

    def titled_rest(self, s: int, e: int) -> bool:
        """[s, e) is a title word and at most two words after it (`सीएमओ फिरोजाबाद`): a signature's role."""
        words = [fold(w) for w in _WORD.findall(self.T, s, e)]
        return 1 <= len(words) <= 3 and words[0] in self.titles and not self.T[s:e].strip().startswith(",")

    def signer_label_end(self, cs: int, ce: int, ment: Mention) -> int:
        """Where the words start after a leading speaker label of the signer, an honorific or title and a word of the
        signer's name (`डॉ. कुमार घर की साफ-सफाई …` signed `- डॉ. उमेश कुमार`); else cs."""
        names = {fold(w) for w in _WORD.findall(ment.text)}
        pos, titled, named = cs, False, False
        for _ in range(5):
            w = _LABEL_WORD.match(self.T, pos, ce)
            if w is None:
                break
            k = fold(w.group(1))
            if not named and (k.rstrip(".") in _HONORIFICS or k in self.titles):
                pos, titled = w.end(), True
            elif titled and k in names:
                pos, named = w.end(), True
            else:
                break
        return self.strip_span(pos, ce)[0] if named else cs

    def dashed_neighbour(self, line_s: int, line_e: int) -> bool:
        """The nearest non-blank line above or below the line [line_s, line_e) opens with a dash."""
        above = self.T[:line_s].rstrip()
        above = above[above.rfind("\n") + 1:].lstrip()
        below = self.T[line_e:].lstrip()
        return bool((above and above[0] in _DASHES) or (below and below[0] in _DASHES))

    def on_lead(self, hit: _Hit) -> None:
        """`बकौल थाना प्रभारी संदीप कुमार, C`: the source follows the cue, the content follows its comma."""
        u = self.units[hit.unit]
        after = [t for t in u.toks if t.s >= hit.e]
        comma = next((i for i, t in enumerate(after[:8]) if t.t == ","), None)
        if comma is None or comma == 0:
            return
        m = next((m for m in reversed(self.ments) if hit.e <= m.start and m.end <= after[comma].s), None)
        if m is not None and m.label in ("PER", "ORG"):
            sp = _Spk(m.text, m.start, m.end, m.entity_id, "named", m.label)
        elif after[comma - 1].k in self.anon:
            t = after[comma - 1]
            sp = _Spk(t.t, t.s, t.e, None, "anonymous")
        else:
            return
        content = self.content_after(after[comma + 1].s, hit.unit) if comma + 1 < len(after) else None
        if content is not None:
            self.add(hit, sp, content)

    def group_after_person(self, tok: _Tok, sent_idx: int) -> bool:
        """A plural human group noun (`लोग`, `लोगों`, `नागरिक`, a plural anonymous word) in the pronoun's or the
        previous sentence, before the pronoun and after the nearest person's mention before it (round-30 second
        review: `प्रवक्ता अली राबेई ने … बात की। … आम लोग गुस्से में हैं। उन्हें लगता है कि …`)."""
        person = max((m.end for m in self.ments if m.label == "PER" and m.end <= tok.s), default=-1)
        for i in range(self.unit_at(tok.s), -1, -1):
            u = self.units[i]
            if u.sent_idx < sent_idx - 1 or u.e <= person:
                break
            if any(person < t.s and t.e <= tok.s and (t.k in _GROUP_NOUNS or (
                    t.k in self.anon and t.k.endswith(("ों", "ओं")))) for t in u.toks):
                return True
        return False

    def on_kahna(self, hit: _Hit) -> None:
        u = self.units[hit.unit]
        prev = [t for t in u.toks if t.e <= hit.s]
        if not prev:
            return
        last = prev[-1]
        if fold(self.T[hit.s:hit.e]).split()[0] in _ANSWER_NOUNS and (
                last.k in _QUESTION_OWNERS or (len(prev) >= 2 and prev[-2].k in _QUESTION_OWNERS)):
            return  # (cues-v44) `इस सवाल का जवाब है कि …`, `इसका जवाब था …`: the answer to a question, no speaker
        if last.k in ("यह", "ये", "ऐसा") and len(prev) == 1:  # `<C>। यह कहना है … संस्थापक चंद्रभूषण का।`
            after = u.toks[self.next_tok(u, hit.e):]
            while after and after[-1].t in _SENT_END:
                after.pop()
            if len(after) >= 2 and after[-1].k in ("का", "की", "के") and not any(t.k in ("कि", "ने") for t in after):
                sp = self.speaker_before(u, after[-1].s, "gen")
                content = self.previous_sentence(u, nested=True)
                if sp is not None and content is not None and (c := self.add(hit, sp, content)) is not None:
                    c.whole = True
            return
        while len(prev) > 1 and last.k in ("यह", "ये", "भी", "ही", "तो") and (
                prev[-2].k in ("का", "की", "के", "को", "यह", "ये", "भी") or self.pron.get(prev[-2].k) is not None):
            prev.pop()  # `उनका यह भी कहना है कि`, `पदाधिकारी की यह भी शिकायत है कि`: the demonstrative object
            last = prev[-1]
        if last.k in ("का", "की", "के", "को"):  # "X का कहना है", "X को डर है कि"
            if len(prev) >= 3 and prev[-2].k == "बात" and prev[-3].k in _DEMONSTRATIVE:
                # `सभी AM को इस बात की चिंता है कि`: the matter feared, no speaker; the dative before it is the one
                # who fears (`… ऐसे में इस बात का डर है कि` has none: no claim); a dative pronoun (`उन्हें इस बात की
                # चिंता है कि`) is resolved as the other pronoun speakers are
                dat = prev[-4] if len(prev) >= 4 else None
                pe = self.pron.get(dat.k) if dat is not None and dat.k in _DATIVE_PRON else None
                if pe is not None:
                    if len(prev) > 4 and prev[-5].k == "कि":
                        return  # `X ने कहा कि उन्हें इस बात की चिंता है कि …`: inside X's report
                    sp = self.resolve_pronoun(dat, pe, u.sent_idx)
                elif len(prev) < 5 or prev[-4].k != "को":
                    return
                else:
                    sp = self.speaker_before(u, prev[-4].s, "gen")
            else:
                sp = self.speaker_before(u, last.s, "gen")
        else:
            pe = self.pron.get(last.k)
            if pe is None or pe.role != "gen":
                return
            if last.k in _DATIVE_PRON and len(prev) > 1 and prev[-2].k == "कि":
                return  # `अस्पताल ने कहा है कि उन्हें उम्मीद है कि …`: inside the hospital's report
            sp = self.resolve_pronoun(last, pe, u.sent_idx)
            if hit.entry.form in _DATIVE_BELIEFS and last.k in _PLURAL_DATIVE and sp.label == "PER" \
                    and self.group_after_person(last, u.sent_idx):
                sp = _Spk(last.t, last.s, last.e, None, "anonymous")  # `… आम लोग गुस्से में हैं। उन्हें लगता है`
        if sp is None:
            return
        saying = any(w in ("कहना", "मानना") for w in fold(self.T[hit.s:hit.e]).split())
        content = self.intro_content(hit, hit.e, saying)  # `जिनके ऊपर करप्शन का आरोप है, गुंडागर्दी का …`: no claim
        if (content is None or content == "end") and saying:
            i = self.next_tok(u, hit.e)
            if i >= len(u.toks) or u.toks[i].t in _SENT_END:
                return
            content = self.content_after(u.toks[i].s, hit.unit)
            if content is None:
                return
        if content is None or content == "end":
            return
        if hit.entry.form in _DATIVE_BELIEFS and content[2] == "indirect" and content[5] == hit.unit \
                and (m := _BELIEF_NEW_SUBJECT.search(self.T, content[0], content[1])) is not None:
            cs, ce = self.strip_span(content[0], m.start())  # `X को लगता है कि A, चर्च के प्रमुख ने भी …`: A
            content = (cs, ce, content[2], cs, ce, content[5], False)
        if fold(hit.entry.form) in _PAST_STANCES and content[2] == "indirect" \
                and (m := _BUT_CLAUSE.search(self.T, content[0], content[1])) is not None:
            cs, ce = self.strip_span(content[0], m.start())  # `X को आशा थी कि A, लेकिन B`: A (review of round 39)
            content = (cs, ce, content[2], cs, ce, content[5], False)
        self.add(hit, sp, content)
        if self.p.joint_speakers and sp.type == "named":  # `A और B का कहना है कि`
            for other in self.partners(u, sp):
                self.add(hit, other, content, primary=False)

    def on_criticism(self, hit: _Hit) -> None:
        u = self.units[hit.unit]
        content = self.intro_content(hit, hit.e, False, require_ki=True)
        if content is None or content == "end":
            return
        erg = self.ergative(u, hit.s)
        parts = [h for h in self.hits if h.unit == hit.unit and h.entry.role == "participle" and h.e <= hit.s
                 and (erg is None or u.toks[erg[0]].s < h.s)]
        if parts:  # `X ने यह दावा करते हुए Y की आलोचना की कि C`: Y claimed C
            toks = [t for t in u.toks if t.e <= hit.s]
            while toks and toks[-1].k in ("भी", "ही", "कड़ी", "तीखी"):
                toks.pop()
            if toks and toks[-1].k in ("की", "के", "का"):
                sp = self.speaker_before(u, toks[-1].s, "object")
                if sp is not None:
                    ph = parts[-1]
                    self.add(hit, sp, content, cue_s=ph.s, cue_e=ph.e)
            return
        if self.p.emit_criticism and erg is not None:
            self.add(hit, erg[1], content)

    # --- post-processing -----------------------------------------------------------------------

    def first_person_only(self, unit: _Unit) -> bool:
        """A sentence whose cue has only the first person for subject (`हमें उम्मीद है कि …`, `हम … पर जोर दे रहे
        हैं`): no third person, ergative subject or name in it, so it goes on with the speaker before."""
        return any(t.k in self.firstp for t in unit.toks) and not any(
            t.k == "ने" or t.k in self.pron or t.k in self.titles for t in unit.toks) \
            and not any(unit.s <= m.start < unit.e and m.label in ("PER", "ORG") for m in self.ments)

    def continue_first_person(self, c: _C) -> None:
        if not self.p.first_person_continuation or c.qtype != "indirect" or not c.natural_end:
            return
        u = c.unit_end
        for _ in range(self.p.max_continuation_sentences):
            n = u + 1
            if n >= len(self.units):
                return
            unit = self.units[n]
            if self.p.study_continuation and self.study_continuation(c, n):
                self.study_layers.add((id(c), n))  # (round 65) `उन्होंने कहा कि हम … लेंगे। मौजूदा अध्ययन के अनुसार …`:
                # the speaker's own study, a layer of the content that cut_at_others leaves in it
            elif self.p.bridged_first_person and self.plain_bridge(c, n):
                pass  # (round 65) a plain sentence of the same paragraph between the content and a first-person one
            elif not self.first_person_unit(c, n):
                return
            s, e = self.strip_span(unit.s, unit.e)
            if (id(c), n) in self.study_layers and e > s and self.T[e - 1] in QUOTES:
                s, e = self.strip_span(unit.s, e - 1)  # the stray closer after its sentence end stays out
            if e <= s:
                return
            c.ce = c.span_e = e
            c.unit_end = n
            u = n

    def first_person_unit(self, c: _C, n: int) -> bool:
        """Unit n goes on with c's indirect content in the speaker's first person (continue_first_person)."""
        unit = self.units[n]
        if unit.brk_before or (n in self.hit_units and not self.first_person_only(unit)) \
                or any(self.T[j] in QUOTES for j in range(unit.s, unit.e)):
            return False
        if not any(t.k in self.firstp for t in unit.toks):
            return False
        first = next(i for i, t in enumerate(unit.toks) if t.k in self.firstp)
        ne = next((i for i, t in enumerate(unit.toks[:first]) if t.k == "ने"), None)
        ki = next((j for j in range(ne, first) if unit.toks[j].k == "कि"), None) if ne is not None else None
        if ki is not None and not any(t.k in _DEGREE_WORDS for t in unit.toks[ne:ki]):
            # `पत्रकारों ने … सवाल किया था कि … जवाब आया कि हम …`: a third person's act told by the writer, the
            # first person only inside a कि clause after it (`सरकार ने हमें मदद की` goes on: the speaker's own; so
            # does a result clause, `बारिश ने ऐसा कहर ढाया कि हमारे पास …`, `पुलिसवालों ने इतना मारा कि मैं …`)
            return False
        if self.group_speaker(c) and not any(t.k in FIRST_PLURAL for t in unit.toks):
            return False  # `आलोचकों का कहना है कि … . मैं … रह रहा हूँ`: a group never says मैं; the writer's own voice
        return True

    def third_person_free(self, n: int, stray_closer: bool = False) -> bool:
        """(round 65) Unit n names nobody new: no quotation mark, no ने, no pronoun of the lexicon, no title, no
        tagged person or organisation, and it opens no paragraph (a sentence the speaker before may go on in).
        With stray_closer, one quotation mark after its sentence end is let be (`… नहीं फैलता है।'`, round 56's
        dropped opener: the gold keeps such a report indirect)."""
        unit = self.units[n]
        e = unit.e
        if stray_closer:
            body = self.T[unit.s:unit.e].rstrip()
            if body[-1:] in QUOTES and body[-2:-1] in "।॥.|?!":
                e = unit.s + len(body) - 1
        return not unit.brk_before and not any(self.T[j] in QUOTES for j in range(unit.s, e)) \
            and not any(t.k == "ने" or t.k in self.pron or t.k in self.titles for t in unit.toks) \
            and not any(m.label in ("PER", "ORG") for m in self.ments[
                bisect.bisect_left(self.ment_starts, unit.s):bisect.bisect_left(self.ment_starts, unit.e)])

    def plain_bridge(self, c: _C, n: int) -> bool:
        """(round 65, claims.bridged_first_person) `केजरीवाल ने कहा कि C1. दिल्ली के … 26 लोग संक्रमित हो चुके हैं.
        आज हम … कर रहे हैं.`: a sentence of the same paragraph with no first person, no cue and nobody new in it
        (third_person_free) goes on with an indirect content when the sentence right after it goes on in the
        speaker's first person (first_person_unit): the speaker's report, not the writer's aside."""
        if n in self.hit_units or n + 1 >= len(self.units) or not self.third_person_free(n) \
                or any(t.k in self.firstp for t in self.units[n].toks) or not self.first_person_unit(c, n + 1):
            return False
        if any(h.s == c.anchor and h.entry.role == "prep" for h in self.unit_hits.get(self.unit_at(c.anchor), ())):
            return False  # `आंकड़ों के मुताबिक C. <figures>. … लाइव अपडेट के लिए हमारे साथ जुड़े रहे`: a source that
            # is written, not spoken; the first person after it is the publisher's
        nxt = self.units[n + 1]  # `… समझा जाए.<glued headline>!फ़ैसला यह हुआ कि … मेरी मां … उजागर सिंह को …`: a
        # first person that names a tagged person or organisation is the writer's own story, not the speaker's
        return not any(m.label in ("PER", "ORG") for m in self.ments[
            bisect.bisect_left(self.ment_starts, nxt.s):bisect.bisect_left(self.ment_starts, nxt.e)])

    def study_continuation(self, c: _C, n: int) -> bool:
        """(round 65, claims.study_continuation) `उन्होंने कहा कि हम … सैंपल लेंगे। मौजूदा अध्ययन के अनुसार पता चलता है
        कि …`: a sentence of the same paragraph held only by according-to cues whose source is a bare study noun
        (`अध्ययन`, `स्टडी`, `सर्वे`, `रिपोर्ट`; nobody new in the sentence, third_person_free) goes on with an indirect
        content in which the speaker speaks in the first person: the study is the speaker's own (its own claim stays,
        one claim per layer)."""
        hits = [h for h in self.unit_hits.get(n, ()) if h.entry.role != "participle"]
        if not hits or any(h.entry.role != "prep" for h in hits) or not self.third_person_free(n, stray_closer=True):
            return False
        unit = self.units[n]
        study = {_key(w) for w in _STUDY_NOUNS}
        before = [t for t in unit.toks if t.e <= hits[0].s][-3:]
        if not any(_key(t.t) in study for t in before):
            return False
        return any(c.cs <= t.s and t.e <= c.ce and t.k in self.firstp
                   for u in self.units[self.unit_at(c.cs):c.unit_end + 1] for t in u.toks)

    def group_speaker(self, c: _C) -> bool:
        """An unnamed group as speaker (`आलोचकों`, `वैज्ञानिकों`: a plural oblique noun)."""
        return c.spk.entity_id is None and c.spk.type in ("named", "anonymous") and bool(c.spk.text) \
            and _fold(c.spk.text).split()[-1].endswith("ों")

    def continue_quotes(self, c: _C) -> None:
        """A quote standing alone in the sentences right after a direct claim (`"…," उन्होंने बताया।` then
        `"…"` as its own paragraph), or after an indirect one whose cue ends it (`…, गेन्सलर ने कहा।` then `"…"`),
        continues that claim's speaker, with the same cue."""
        if not self.p.quote_continuation or not c.primary:
            return
        # after `X ने कहा कि …।` (an indirect content to its sentence end) only a quoted paragraph of sentences goes
        # on with X (`"मैं अपनी शुरुआत को लेकर थोड़ा चिंतित था, … होता है."`), never a quoted headline
        after_ki = not (c.qtype == "direct" or c.ce <= c.cue_s)
        if after_ki and not c.natural_end and not (
                self.p.glued_continuation and self.T[c.ce:self.units[c.unit_end].e].strip() in ('."', '।"')):
            return  # (round 54: the content ran to its sentence's end, but for the next quote's glued opener)
        u = max(c.unit_end, self.unit_at(c.cue_e - 1))  # after the quote and its cue (`"…," उन्होंने बताया।`)
        for _ in range(self.p.max_continuation_sentences):
            n = u + 1
            if n >= len(self.units):
                return
            unit = self.units[n]
            k = unit.s
            while k < unit.e and self.T[k].isspace():
                k += 1
            if k < unit.e and self.T[k] not in OPENERS and self.p.glued_continuation and after_ki and n == c.unit_end + 1 \
                    and (g := self.glued_opener(self.units[u], k)) is not None \
                    and not any(ch in '"“”' for ch in self.T[c.cue_s:g]) \
                    and not any(h.unit == n for h in self.hits):
                k = g  # (round 54) `… चाहिए."मुख्य बात … दें."`: the opener the segmenter left on the sentence before
            elif k >= unit.e or self.T[k] not in OPENERS or not self.is_opener(k):
                return
            s, close, closed, last = self.quote_over_lines(k)
            if not closed or self.T[close + 1:self.units[last].e].strip(" ।.!?\n\u201d\"'") \
                    or any(x.cs < close and s < x.ce and not s <= x.cue_s < close for x in self.claims) \
                    or any(h.unit in range(n, last + 1) and h.entry.role != "participle" and not s <= h.s < close
                           for h in self.hits):
                return  # the quote must fill its sentences, and be nobody else's (a report inside it stays inside)
            cs, ce = self.strip_span(s, close)
            if ce <= cs or after_ki and (self.T[s:close].rstrip()[-1:] not in "।.!?" or self.n_tokens(cs, ce) < 6):
                return
            self.claims.append(_C(unit.sent_idx, c.spk, c.cue_s, c.cue_e, cs, ce, "direct", k, close + 1, last, False,
                                  anchor=k))
            u = last

    def glued_opener(self, prev: _Unit, k: int) -> int | None:
        """(round 54, claims.glued_continuation) A straight quote mark typed right after the sentence end of the unit
        before k, with no space on either side (`… रखना चाहिए."मुख्य बात यह है कि …"`, BBC Hindi's glued paragraphs),
        is the opener of the quotation that starts unit k when the marks before it on its line are even (it closes
        nothing); the segmenter leaves it on the unit before. Its position, or None. Read only after an indirect
        content with no quote mark between its cue and the mark, and with no cue in unit k (continue_quotes): after
        a direct quote the same glued mark is its closer (`… चाहिए.वो कहते हैं, "…`)."""
        j = k - 1
        if j <= prev.s or self.T[j] != '"' or self.T[j - 1] not in "।." or k >= len(self.T) \
                or not _IS_WORD.match(self.T[k]):
            return None
        line = self.T.rfind("\n", 0, j) + 1
        if sum(self.T[i] in '"“”' for i in range(line, j)) % 2:
            return None
        return j

    def reopened_quote_end(self, c: _C) -> int | None:
        """`… ने कहा: "A।` / `"B।` / `"C।"` (a quotation that reopens each paragraph, the closer only after the last):
        where the last paragraph's closer stands, when the direct content c ends its paragraph with its quote not
        closed and each following paragraph opens with a quote mark; None otherwise, or when words follow the last
        closer (another report: `"C," श्याम ने कहा।`) (review of round 39)."""
        nl = self.T.find("\n", c.ce)
        if nl < 0 or not any(ch in QUOTES for ch in self.T[c.span_s:c.cs]) \
                or self.T[c.ce:nl].strip(" " + _FINAL_PUNCT + "?!"):
            return None  # not opened by a quote mark, closed on its line, or more text after it
        k = nl + 1
        for _ in range(self.p.max_quote_lines):
            j = k
            while j < len(self.T) and self.T[j] == " ":
                j += 1
            if j >= len(self.T) or self.T[j] not in _REOPENERS:
                return None
            e = self.T.find("\n", j)
            e = len(self.T) if e < 0 else e
            x = next((i for i in range(j + 1, e) if self.T[i] in QUOTES), None)
            if x is not None:
                return None if self.T[x + 1:e].strip(" " + _FINAL_PUNCT + "?!") else x
            k = e + 1
        return None

    def dropped_opener(self) -> None:
        """(round 56) A report's content after its cue, on a line whose only quotation mark is the one closing the
        line right after a sentence end, is a quotation whose opener the typist or translator dropped: direct, and it
        runs on to that closer (`पुलिस उपमहानिरीक्षक लव कुमार ने कहा कि हमने … बताया गया है। अब और नमूने … किए गए
        हैं।”`, `… उन्होंने कहा: प्रधानमंत्री … तोड़ते नहीं।'`). Not when another mark stands anywhere on the line (a
        quotation opened before the cue: the report is a layer inside it), nor after a line left open (a quotation over
        lines), nor over another claim's cue between the content and the closer."""
        T = self.T
        for c in self.claims:
            if c.qtype != "indirect" or c.cs < c.cue_e or c.ce <= c.cs:
                continue
            ls = T.rfind("\n", 0, c.cue_s) + 1
            le = T.find("\n", c.ce)
            le = len(T) if le < 0 else le
            k = le
            while k > c.ce and T[k - 1].isspace():
                k -= 1
            if k - 2 < c.ce or T[k - 1] not in _CLOSING_MARKS or T[k - 2] not in "।.!?":
                continue
            if "\n" in T[c.cs:c.ce] or _quote_marks(T, ls, k - 1) \
                    or _left_open(T, T.rfind("\n", 0, max(0, ls - 1)) + 1, max(0, ls - 1)):
                continue
            if any(d is not c and c.ce <= d.cue_s < k for d in self.claims):
                continue
            e = k - 2
            while e > c.cs and T[e - 1].isspace():
                e -= 1
            c.ce, c.span_e, c.qtype = e, k, "direct"

    def split_paragraph_quotes(self) -> None:
        """A direct content that runs over several paragraphs (`… ने कहा: "A।` / `B।` / `C।"`, one paragraph a line in
        translated news) is one claim per paragraph, each of the same speaker and cue (dev2 README: a quote paragraph
        that continues a speaker's quote is another direct claim of that speaker; round 39). Review of round 39: a
        line break cuts only after a sentence's end or a quote mark (not a wrapped sentence `बढ़ी है,` / `लोग …`); a
        quotation that reopens each paragraph (`"A।` / `"B।` / `"C।"`, also curly) runs to its last closer; a one-word
        line (`धन्यवाद।`) joins its neighbour (a line inside the quotation marks is the speaker's, by the dev2 README:
        a narrator's-line test merged four real speech paragraphs over corpus/news and caught none, so it was
        dropped); each piece is hedged on its own span and the cue clause, and the first piece's sentence is its own when the cue comes after the quotation."""
        if not self.p.paragraph_quotes:
            return
        extra = []
        for c in self.claims:
            if c.qtype != "direct":
                continue
            end = c.ce if (r := self.reopened_quote_end(c)) is None else r
            if "\n" not in self.T[c.cs:end]:
                continue
            cuts, k = [], c.cs
            while (nl := self.T.find("\n", k, end)) >= 0:
                if self.T[c.cs:nl].rstrip()[-1:] in _PARAGRAPH_ENDS:
                    cuts.append(nl)
                k = nl + 1
            pieces = []
            for s0, e0 in zip([c.cs, *(x + 1 for x in cuts)], [*cuts, end]):
                ps, pe = self.strip_span(s0, e0)
                while ps < pe and self.T[ps] in QUOTES:
                    ps += 1
                while pe > ps and self.T[pe - 1] in QUOTES:
                    pe -= 1
                ps, pe = self.strip_span(ps, pe)
                if pe > ps:
                    pieces.append([ps, pe])
            short = max(2, self.p.min_content_tokens)
            i = 0
            while len(pieces) > 1 and i < len(pieces):
                if self.n_tokens(*pieces[i]) < short:  # `धन्यवाद।`: into the piece before it (the first: after it)
                    if i > 0:
                        pieces[i - 1][1] = pieces.pop(i)[1]
                    else:
                        pieces[1][0] = pieces.pop(0)[0]
                    continue
                i += 1
            if len(pieces) < 2:
                if end != c.ce and pieces:
                    c.ce, c.unit_end = pieces[0][1], self.unit_at(pieces[0][1] - 1)
                continue
            lo = self.units[self.unit_at(min(x for x in (c.spk.s, c.cue_s, c.span_s) if x is not None))].s
            whole_e = max(c.span_e, end)
            out = ((lo, c.span_s), (whole_e, max(whole_e, c.cue_e)))
            if c.cue_s >= end:  # `"A।` / `B," रमेश ने कहा।`: the first piece is in A's sentence
                c.sent_idx = self.sent_idx_at(pieces[0][0])
            (c.cs, c.ce), c.unit_end = pieces[0], self.unit_at(pieces[0][1] - 1)
            c.span_e, c.hedge_out = pieces[0][1], out
            for ps, pe in pieces[1:]:
                extra.append(_C(self.sent_idx_at(ps), c.spk, c.cue_s, c.cue_e, ps, pe, "direct", ps, pe,
                                self.unit_at(pe - 1), False, anchor=c.anchor, primary=False, layer=c.layer,
                                hedge_out=out))
        self.claims.extend(extra)

    def skip_doubled_ki(self, c: _C) -> None:
        """`… अद्यतन करते हुए कहा कि कि एसआईसीपी के अनुसार …`: a कि typed twice after the cue opens no content; the
        indirect content starts after the second (round 35)."""
        if c.qtype != "indirect":
            return
        m = _DOUBLED_KI.match(self.T, c.cs, c.ce)
        if m is None or not _KI_BEFORE.search(self.T, max(0, c.cs - 8), c.cs):
            return
        s, _ = self.strip_span(m.end(), c.ce)
        if s < c.ce:
            if c.span_s == c.cs:
                c.span_s = s
            c.cs = s

    def split_colon_quote(self, c: _C) -> None:
        """`X ने कहा कि A: "B"`: the indirect A, and the quote B as a direct claim of the same speaker."""
        if c.qtype != "indirect":
            return
        m = _COLON_BEFORE_QUOTE.search(self.T[c.cs:c.ce])
        if m is None:
            return
        k = c.cs + m.end()
        if not self.is_opener(k) or self.n_tokens(c.cs, c.cs + m.start()) < 2:
            return
        qs, close, closed, last = self.quote_over_lines(k)
        cs, ce = self.strip_span(qs, close)
        if ce <= cs:
            return
        c.ce = c.span_e = c.cs + m.start()
        self.claims.append(_C(c.sent_idx, c.spk, c.cue_s, c.cue_e, cs, ce, "direct", k, close + 1 if closed else ce,
                              last, False, anchor=k, primary=False))

    def split_quote_lead(self, c: _C) -> None:
        """(round 45) `“A,” X ने कहा, “B।”`: one utterance the report splits in two (the translated `"A," X said, "B."`).
        c quotes B after its cue's comma; a quote closing right before c's speaker (only spaces and a comma between,
        the comma inside or after the marks) is A, a direct claim of the same speaker and cue. Linear: one look back
        from the speaker (quote_before) per direct claim."""
        if c.qtype != "direct" or c.spk.s is None or c.spk.e is None or c.span_s < c.cue_e or c.spk.s >= c.cue_s:
            return
        between = self.T[c.cue_e:c.span_s].replace(",", " ").split()
        if self.p.contrast_quote and between and _key(between[-1]) in _CONTRAST_LEAD:
            between = between[:-1]  # (round 48) `“A,” X ने कहा, लेकिन “B”`
        if "," not in self.T[c.cue_e:c.span_s] or any(_key(w) not in self.aux for w in between):
            return  # the cue's own comma opens B (`कहा, “B”`, `कहा है, “B”`), not a clause after it
        ui = self.unit_at(c.spk.s)
        s0 = self.speaker_phrase_start(self.units[ui], c.spk.s)
        qb = self.quote_before(ui, s0)
        if qb is None:
            return
        s, e, opener, end = qb
        if self.T[end:s0].strip(" ,") or "," not in self.T[e:s0]:
            return  # (`“A”। X ने कहा, “B”`: A is a sentence of its own, read elsewhere)
        if not self.opens_sentence(opener):
            return  # (review of round 45) `पोस्टर पर लिखा था, “A,” लेकिन मंत्री ने कहा, “B”`: A is another's words
        if e <= s or self.n_tokens(s, e) < 2 or any(d.cs < e and s < d.ce for d in self.claims):
            return
        self.claims.append(_C(c.sent_idx, c.spk, c.cue_s, c.cue_e, s, e, "direct", opener, end,
                              self.unit_at(max(s, e - 1)), False, anchor=opener, primary=False))

    def opens_sentence(self, opener: int) -> bool:
        """(review of round 45) Only a line start or a dash stands before the quotation mark at opener in its unit: the
        quote opens its sentence (`“A,” X ने कहा, “B”`), no words of another source before it (`पोस्टर पर लिखा था,
        “A,” …`, `भीड़ ने नारे लगाए, “A,” …`, `बाइडन ने पूछा, “A?”, …`)."""
        return self.T[self.units[self.unit_at(opener)].s:opener].strip(" \t\n" + "".join(_DASHES)) == ""

    def speaker_phrase_start(self, u: _Unit, pos: int) -> int:
        """(round 45) Start of the words that qualify a speaker starting at pos (`एप्पल के सीईओ गेन्सलर`, `मि. क्लार्क`):
        back over at most six words (no ने, कि, और, जो, no contrast or reaction word `लेकिन पर मगर जबकि इस`, no
        punctuation but a title's dot) to a comma or quotation mark."""
        toks = [t for t in u.toks if t.e <= pos]
        i, n = len(toks), 0
        while i > 0 and n < 6:
            t = toks[i - 1]
            if t.t == "." and i > 1 and toks[i - 2].k in self.titles:
                i -= 1
                continue
            if not _IS_WORD.match(t.t) or t.k in _PHRASE_STOPS:
                break
            i, n = i - 1, n + 1
        if i == len(toks) or i == 0 or (toks[i - 1].t != "," and toks[i - 1].t not in QUOTES):
            return pos
        return toks[i].s

    def nested_quotation(self, c: _C, direct: list[_C]) -> bool:
        """c quotes inside another's direct quote, its own quotation closing with the outer one (`"उसने कहा, "क्योंकि वह
        मुझे हंसाते हैं,"" सुश्री स्कोवेल ने मुझे बताया`, `"… लोगों ने कहा 'यह … शुरूआत है,'" श्री फ़्लैस ने बताया`):
        a third person's words the outer speaker reports (not the speaker's own `मैंने कहा`)."""
        if c.qtype != "direct" or c.spk.text is None or fold(c.spk.text) in self.firstp:
            return False
        for d in direct:
            if d is not c and d.cs <= c.cue_s and c.ce <= d.ce and d.ce - 1 > c.ce \
                    and self.T[d.ce - 1] in QUOTES and self.T[c.ce:d.ce - 1].strip(" ,.।") == "":
                return True
        return False

    def nested_first_person(self, c: _C) -> bool:
        for o in self.claims:
            if o is c or o.qtype != "indirect" or not o.cs < c.cue_s < o.ce or o.spk.s is None or c.spk.s is None \
                    or (o.spk.s, o.spk.e) != (c.spk.s, c.spk.e):
                continue
            toks = [_key(t.group()) for t in _TOKEN.finditer(self.T, o.cs, c.cue_s)][:12]
            first = next((j for j, k in enumerate(toks) if k in _FIRST_PERSON_SUBJECTS), None)
            if first is not None and (first == 0 or toks[first - 1] in _ADVERBIAL_ENDS) \
                    and not self.clause_break(o.cs, c.cue_s):
                return True  # the content opens with the speaker's own `हमने`/`मैंने`, the inner cue's subject, also
                # after an adverbial participle (`लॉकडाउन की बात करते हुए मैंने कहा था कि …`)
        return False

    def cut_at_others(self) -> None:
        joint = _joint_speaker_starts(self.claims)
        for c in self.claims:
            if c.qtype != "indirect" or c.whole:
                continue
            points = []
            for o in self.claims:
                if o is c or o.cs == c.cs or (id(c), self.unit_at(o.cue_s)) in self.study_layers:
                    continue
                qs = [q for q in (o.spk.s, o.span_s, o.cue_s) if q is not None and c.cs < q < c.ce]
                if not qs:
                    continue
                first = min(qs)
                if o.spk.s is not None and c.cs <= o.spk.s < c.ce and o.sent_idx == c.sent_idx \
                        and " ".join(self.T[o.cue_s:o.cue_e].split()) in _DATIVE_BELIEFS \
                        and _key(self.T[o.spk.s:o.spk.e]) in _DATIVE_PRON:
                    continue  # `लोगों ने कहा कि A, उनको लगता है कि B`: their belief is a layer of their words (round-30
                    # second review): the outer content stays whole
                if o.spk.s in self.relative_subjects and c.cs <= o.spk.s < c.ce and o.sent_idx == c.sent_idx:
                    continue  # `रॉयटर्स के मुताबिक, जिस प्रवक्ता को … है, उसने बताया, "…"`: the relative clause opens the
                    # nested report (round 66, correlative_relative): the outer layer's content stays whole
                if o.spk.s is not None and c.cs <= o.spk.s < c.ce:
                    lead = joint.get(o.cue_s)  # `कहा कि A और B ने शिकायत की कि …`: A's and B's report opens at A
                    if not self.clause_break(c.cs, lead if lead is not None and c.cs <= lead else first):
                        continue  # `कहा कि अमेरिका ने दावा किया कि …`: a nested report stays in the content
                if c.cs <= first and fold(self.T[o.cue_s:o.cue_e]).startswith(_FINDING):
                    # `X कहते हैं कि … पर … अध्ययन में पाया गया था कि …`: a study X cites is a layer of X's words; but
                    # after a comma and a contrast (`X कहते हैं कि A, पर एक अध्ययन में पाया गया कि B`) the writer
                    # sets the study against X, and X's content ends at that comma
                    toks = list(_TOKEN.finditer(self.T, c.cs, first))
                    contrast = [a.start() for a, b in zip(toks, toks[1:])
                                if a.group() == "," and fold(b.group()) in _FINDING_CONTRAST]
                    if not contrast:
                        continue
                    first = contrast[-1]
                points.append(first)
            # `… कहती है कि A, जब पिछली बार बताया गया था कि B`: a report of its own (no claim: no speaker) after a
            # comma ends the content at that comma
            cues = {o.cue_s for o in self.claims}
            for h in self.hits:
                if c.cs < h.s < c.ce and h.rs not in cues and h.entry.role in ("verb", "passive", "nom") \
                        and not (h.entry.role == "passive" and fold(h.entry.form).startswith(_FINDING)) \
                        and _COPULA_KI.match(self.T[h.e:h.e + 20]):  # (`…, यह पाया गया है कि`: no source, no report)
                    k = h.s
                    while k > c.cs and self.T[k - 1].isspace():
                        k -= 1
                    w = _WORD_BEFORE.search(self.T, max(c.cs, k - 16), k)
                    if w is not None and _key(w.group()) in _RELATIVE_OPENERS and h.entry.role == "nom":
                        continue  # `… डेटा प्राप्त किया, जो दिखाता है कि …`: a relative clause of the content's own noun
                    commas = [m.start() for m in _COMMA_OR_SEMICOLON.finditer(self.T[c.cs:h.s])]
                    if commas:
                        points.append(c.cs + commas[-1])
            if not points:
                continue
            cut = min(points)
            s, e = self.strip_span(c.cs, cut)
            toks = list(_TOKEN.finditer(self.T, s, e))
            if toks and (toks[-1].group() in _DANGLING or [t.group() for t in toks[-2:]] == ["साथ", "ही"]
                         or (self.p.next_subject_cut and self.subject_words_before(c, cut, toks))):
                # the words before the cut open the next report's subject or adverb (`… है, लेकिन यूरोप के वाइन उद्योग
                # के … एक के मुखिया का कहना है`, `… नहीं थे; इस रिपोर्ट में उन्होंने कहा`, `… है और साथ ही आशा व्यक्त की`):
                # the content ends at the last comma, semicolon or conjunction before them, one after the content's
                # last finite verb (`दवाओं और ऑक्सीजन की कमी नहीं है जिले के डीएम ने`: not the और inside its subject),
                # else right after that verb; with no verb, not at a coordinator of nouns
                verb = next((t for t in reversed(toks) if _FINITE_END.fullmatch(fold(t.group()))), None)
                b = next((t for t in reversed(toks[1:])
                          if (t.start() > verb.start() if verb else t.group() not in _NP_COORD)
                          and (t.group() in ",;" or fold(t.group()) in self.trailing)), None)
                if b is not None:
                    s, e = self.strip_span(s, b.start())
                elif verb is not None:
                    s, e = self.strip_span(s, verb.end())
            # drop trailing conjunctions
            while True:
                toks = list(_TOKEN.finditer(self.T, s, e))
                if toks and fold(toks[-1].group()) in self.trailing:
                    s, e = self.strip_span(s, toks[-1].start())
                    continue
                break
            if self.n_tokens(s, e) >= self.p.min_content_tokens:
                c.ce = c.span_e = e

    def subject_words_before(self, c: _C, cut: int, toks: list) -> bool:
        """(round 53, `next_subject_cut`) `कहा कि उन्हें 37 शव मिल चुके थे, जबकि राहत अभियान में शामिल एक [कर्मी ने बताया
        कि …]`: the content was cut at the speaker of another report in its sentence, and after its last finite verb a
        comma, semicolon or clause conjunction is followed by at most six words, none a finite verb: those words open
        that speaker's phrase (the speaker span holds only its head), so the content ends at that comma or conjunction."""
        if not any(o is not c and o.spk.s == cut and o.sent_idx == c.sent_idx for o in self.claims):
            return False
        verb = next((j for j in range(len(toks) - 1, -1, -1) if _FINITE_END.fullmatch(w := fold(toks[j].group()))
                     or (self.p.vowel_future and _VOWEL_FUTURE.fullmatch(w))), None)
        if verb is None:
            return False
        brk = next((j for j in range(len(toks) - 1, verb, -1)
                    if toks[j].group() in ",;" or fold(toks[j].group()) in self.trailing), None)
        return brk is not None and 1 <= len(toks) - 1 - brk <= 6

    def cut_at_contrast_sources(self) -> None:
        """(review of round 42) An indirect content ends at a contrast (`लेकिन`/`जबकि`/`परंतु`/`किंतु`/`मगर`) that opens
        a clause with a source of its own: a source noun and its `में`/`से` (`उनमें कहा गया था कि A लेकिन नए अध्ययन में
        शोधकर्ताओं ने … पता लगाया`), `X के अनुसार`/`मुताबिक`, or a subject `X ने` of a cue (the new study's finding
        is not what the first source said)."""
        for c in self.claims:
            if c.qtype != "indirect" or c.whole:
                continue
            toks = list(_TOKEN.finditer(self.T, c.cs, c.ce))
            for x in range(3, len(toks) - 2):
                if _key(toks[x].group()) not in _CONTRAST_SOURCE_LEAD:
                    continue
                ahead = toks[x + 1:x + 7]
                ks = [_key(t.group()) for t in ahead]
                if any(not _IS_WORD.match(t.group()) for t in ahead[:2]):
                    continue
                found = any((ks[j] in self.source or ks[j] in self.data) and j + 1 < len(ks) and ks[j + 1] in ("में", "से")
                            for j in range(len(ks))) \
                    or any(ks[j] == "के" and j + 1 < len(ks) and ks[j + 1] in ("अनुसार", "मुताबिक") for j in range(len(ks))) \
                    or any(ks[j] == "ने" and any(ahead[j].end() <= h.s < c.ce and h.entry.role == "verb" for h in self.hits)
                           for j in range(len(ks)))
                if not found:
                    continue
                s, e = self.strip_span(c.cs, toks[x].start())
                while e > s and self.T[e - 1] in ",;":
                    s, e = self.strip_span(s, e - 1)
                if self.n_tokens(s, e) >= self.p.min_content_tokens:
                    c.ce = c.span_e = e
                break

    def cut_at_quote_ends(self) -> None:
        """An indirect content whose cue stands inside a closed quotation ends where that quotation closes (`"उसने ऐसा
        कुछ नहीं कहा कि वह उदास था," उसने कहा।`: the quoted report does not run into the narrator's attribution)."""
        inside = [c for c in self.claims if c.qtype == "indirect" and any(
            ch in QUOTES for ch in self.T[self.units[self.unit_at(c.cue_s)].s:c.cue_s])]
        spans = self.quoted_spans() if inside else []
        for c in inside:
            i = bisect.bisect_left(spans, (c.cue_s,)) - 1
            if i >= 0 and spans[i][0] < c.cue_s < spans[i][1] < c.ce and c.cs < spans[i][1]:
                e = spans[i][1]
                while e > c.cs and (self.T[e - 1].isspace() or self.T[e - 1] in _FINAL_PUNCT):
                    e -= 1
                if e > c.cs:
                    c.ce, c.natural_end = e, False

    def cut_at_story_breaks(self) -> None:
        """A content never takes in an agency dateline or the BBC footer: one opening it is left out (`गाजियाबाद, 15
        अप्रैल (भाषा) कोरोना … भर्ती कराया गया। अधिकारियों ने यह जानकारी दी।`), one inside it ends the content (a
        quote that never closes before the next story or the footer); a content left empty is no claim."""
        if not self.story_breaks:
            return
        kept = []
        for c in self.claims:
            m = _STORY_BREAK.search(self.T, c.cs, c.ce) if "(" in self.T[c.cs:c.ce] else None
            if m is not None:
                if not self.T[c.cs:m.start()].strip(" \t\n\"'“”‘’"):
                    c.cs = m.end()
                    while c.cs < c.ce and (self.T[c.cs].isspace() or self.T[c.cs] in ",:-"):
                        c.cs += 1
                else:
                    c.ce, c.natural_end = m.start(), False
                    while c.ce > c.cs and (self.T[c.ce - 1].isspace() or self.T[c.ce - 1] in _FINAL_PUNCT):
                        c.ce -= 1
                if self.n_tokens(c.cs, c.ce) < max(2, self.p.min_content_tokens):
                    continue
            kept.append(c)
        self.claims = kept

    def relative_content(self, c: _C) -> bool:
        """An indirect content after its cue that opens with a relative pronoun, with no कि, colon or quotation mark
        between (`… के बारे बताया गया जिसमें …`): a clause on the cue's object, not what was said; `कहा कि जिनकी रिपोर्ट
        पॉजिटिव आई है, उन्हें …` (a correlative in a कि-clause) stays."""
        if c.qtype != "indirect" or c.cs < c.cue_e:
            return False
        m = _WORD.match(self.T, c.cs)
        if m is None or fold(m.group()) not in _RELATIVE_CONTENT:
            return False
        if fold(self.T[c.cue_s:c.cue_e]).split()[-1] in _SOURCE_POSTPOSITIONS:
            return False  # `…, उद्योग के अनुसार जिसके कारण देरी … हो सकती है`: the source's own clause (dev2 gold)
        gap = self.T[c.cue_e:c.cs]
        return not any(ch in gap for ch in ':"\'“”‘’') and "कि" not in gap.split()

    def nominal_announcement(self, c: _C) -> bool:
        """`X ने भी लॉक डाउन की घोषणा की`, `दोनों ने अलग होने की घोषणा की`: an announcement whose object is the noun
        phrase right before it (genitive की) and whose content is not a कि-clause or a quotation after it is a
        performative act, no claim (SPEC); `यह घोषणा की` (what the sentence before said) stays."""
        if c.cs >= c.cue_e:
            return False
        words = _WORD.findall(self.T, c.cue_s, c.cue_e)
        if not words or fold(words[0]) not in _ANNOUNCE:
            return False
        before = _WORD_BEFORE.search(self.T, max(0, c.cue_s - 12), c.cue_s - 1) if c.cue_s > 0 else None
        return before is not None and before.group() == "की" and not self.T[before.end():c.cue_s].strip()

    def alert_label(self, c: _C) -> bool:
        """(review of round 49) `मौसम विभाग ने … ऑरेंज अलर्ट की चेतावनी जारी की`: a nominal warning whose genitive is an
        alert's label (`अलर्ट`, `अलार्म`) names the alert, states nothing; no claim (`भारी बारिश की चेतावनी` stays)."""
        if c.ce > c.cue_s:
            return False
        words = _WORD.findall(self.T, c.cue_s, c.cue_e)
        if not words or fold(words[0]) != "चेतावनी":
            return False
        last = _WORD.findall(self.T, c.cs, c.ce)
        return bool(last) and fold(last[-1]) in _ALERT_LABELS

    def request_not_report(self, c: _C) -> bool:
        """`X ने Y से Z बढ़ाने के लिए कहा, ताकि …`, `उन्होंने लोगों से धरना नहीं करने को कहा है, हालांकि …`: `कहना` after
        a purpose or infinitive phrase (`के लिए`, `-ने को`) with no कि after it asks someone to act: a request, no
        claim (dev README: appeals and suggestions are no claims); the clause after it is the writer's."""
        if c.cs < c.cue_e or c.qtype != "indirect":
            return False
        words = _WORD.findall(self.T, c.cue_s, c.cue_e)
        if not words or not fold(words[0]).startswith("कह"):
            return False
        if not _REQUEST_BEFORE.search(self.T, max(0, c.cue_s - 40), c.cue_s):
            return False
        return not _KI_AFTER.match(self.T, c.cue_e)

    def interrogative_cue(self, c: _C) -> bool:
        """(round 53, `interrogative_cue`) `यहां देखें स्वास्थ्य मंत्रालय ने क्या कहा`, `जानिए विशेषज्ञों ने क्या बताया`: the
        question word `क्या` right before the cue is its object, so the sentence says only that something was said (a
        teaser): no claim, whatever text a layout rule took as its content. `क्या उन्होंने कहा कि …` (a yes-no question,
        `क्या` before the speaker) is not this."""
        if not self.p.interrogative_cue:
            return False
        k = c.cue_s
        while k > 0 and self.T[k - 1].isspace():
            k -= 1
        w = _WORD_BEFORE.search(self.T, max(0, k - 16), k)
        return w is not None and fold(w.group()).replace("\u200d", "").replace("\u200c", "") == "क्या"

    def connective_not_content(self, c: _C) -> bool:
        """An unquoted content after its cue, no कि, colon or quotation mark between, that opens with a connective of
        consequence, contrast or cause (`… ने किसी का नाम नहीं बताया, इसलिए …`, `रिपोर्ट में पिता को पॉजिटिव बताया गया है,
        जबकि …`): the cue's clause is complete, and the clause after it is the writer's. Not after a कि (`कहा कि,`, the
        misspelling `कहा की`), a colon, dash or quotation mark, nor after a bare verb of speech (`X ने कहा इसलिए …`,
        `X बोले, इसलिए …`: round 14's openers), which open what is said."""
        if c.qtype != "indirect" or c.cs < c.cue_e:
            return False
        m = _WORD.match(self.T, c.cs)
        if m is None or fold(m.group()) not in _CONNECTIVE_OPENERS:
            return False
        gap = self.T[c.cue_e:c.cs]
        if any(ch in gap for ch in ':"\'“”‘’') or any(d in gap for d in _DASHES) or _KI_WORD.search(gap):
            return False
        return fold(self.T[c.cue_s:c.cue_e].strip()) not in _BARE_SPEECH_CUES

    def cut_at_asides(self) -> None:
        """An indirect content ends before the narrator's aside inside it (`… चोटें आयी हैं बता दें कि …`,
        `… गौरतलब है कि …`), or before a second report of the speaker coordinated after a comma (`… वाला" था, लेकिन
        उसने इस बात पर ध्यान दिया कि …`); a quote keeps its words (the speaker may say `बता दें कि` to the reporter)."""
        for c in self.claims:
            if c.qtype != "indirect":
                continue
            # the first aside or second report with words of the content before it (one that opens the content
            # is the cue's own `कि`-clause: a later one may still end it)
            ends = [m.start() for rx in (_ASIDE, _SECOND_REPORT) for m in rx.finditer(self.T, c.cs, c.ce)
                    if self.T[c.cs:m.start()].strip()]
            if not ends:
                continue
            e = min(ends)
            while e > c.cs and (self.T[e - 1].isspace() or self.T[e - 1] in _FINAL_PUNCT):
                e -= 1
            c.ce, c.natural_end = e, False

    def end_layers(self) -> None:
        """`पुलिस के मुताबिक आरोपी ने कबूल किया कि C, लेकिन वकील ने कहा कि D`: a layered content (`आरोपी ने कबूल किया
        कि C`) ends where the inner claim ends once that is cut (not over D, another speaker's claim)."""
        by_anchor: dict[int, list[_C]] = defaultdict(list)
        for o in self.claims:
            if o.primary:
                by_anchor[o.anchor].append(o)
        for c in self.claims:
            if c.layer < 0:
                continue
            o = next((o for o in by_anchor.get(c.layer, ()) if o is not c and c.cs < o.cs and o.ce < c.ce), None)
            if o is not None:
                c.ce, c.span_e, c.unit_end, c.natural_end = o.ce, max(o.ce, o.span_e), o.unit_end, o.natural_end

    def clause_break(self, s: int, e: int) -> bool:
        """A clause boundary (comma, semicolon, coordinating conjunction) between s and e; the तो of a correlative
        right before e (`जब/अगर … (,) तो | उसने कहा कि …`: the subordinate clause and the report are one clause) and a
        comma before it are none."""
        held = False  # a comma inside an open जब/अगर clause, a boundary only if no तो closes that clause
        sub = False
        for m in _TOKEN.finditer(self.T, s, e):
            k = fold(m.group())
            if k in _CORRELATIVE_OPENERS:
                sub = True
            elif sub and k == "तो" and not self.T[m.end():e].strip():
                sub = held = False
            elif sub and m.group() == ",":
                held = True
            elif m.group() in (",", ";", *_DASHES) or k in self.trailing:
                return True
        return held

    def hedged(self, c: _C, start: int, end: int) -> bool:
        if c.hedge_out:  # a paragraph of a longer quotation: its own span and the cue clause, not the other paragraphs
            return any(r.search(self.T, a, b) for a, b in (*c.hedge_out, (c.span_s, c.span_e)) for r in self.hedge_res)
        u0 = self.units[self.unit_at(min(start, c.cue_s))]
        lo, hi = u0.s, max(end, c.cue_e)
        return any(r.search(self.T, lo, hi) for r in self.hedge_res)

    def run(self) -> list[Claim]:
        handlers = {"verb": self.on_verb, "nom": self.on_nom, "passive": self.on_passive, "prep": self.on_prep,
                    "lead": self.on_lead,
                    "kahna": self.on_kahna, "criticism": self.on_criticism}
        for hit in self.hits:
            if self.inside_direct(hit.s) and hit.entry.role != "verb" \
                    and not (self.p.quoted_habitual and hit.entry.role in ("nom", "kahna", "prep")):
                continue  # (a verb cue inside a quote may report a third person: kept below if it names one;
                # with quoted_habitual also a nominative, kahna or according-to cue, round 75)
            h = handlers.get(hit.entry.role)
            if h is not None:
                n = len(self.claims)
                h(hit)
                if self.p.coordinated_subject and hit.entry.role in ("verb", "nom") and len(self.claims) == n:
                    self.coordinated_subject(hit)  # (round 67) `X … थी कि …, लेकिन …, चेतावनी दी कि C`
        self.on_fronted()
        if self.p.demonstrative_channel:
            self.on_demonstrative_channel()
        self.on_signatures()
        self.on_dative_expectation()
        self.on_interview()
        self.on_hawale_news()
        # a cue inside another claim's direct quote belongs to the quote
        # (but a third person named inside it keeps a claim of their own: `X लिखते हैं, "… नरगिस ने कहा कि C"`)
        direct = [c for c in self.claims if c.qtype == "direct"]
        # (and so does a quotation nested in the quote, `"उसने कहा, "क्योंकि …,"" स्कोवेल ने बताया`: the inner speaker's)
        # (marked in a pass of its own, before the filter: a nested quotation is never primary, named or not)
        nested = {id(c) for c in self.claims if self.nested_quotation(c, direct)}
        for c in self.claims:
            if id(c) in nested:
                c.primary = False  # (d's content keeps the inner closer); a quote paragraph after goes on with d
        self.claims = [c for c in self.claims
                       if not any(d is not c and d.cs <= c.cue_s < d.ce for d in direct)
                       or (c.spk.type == "named" and c.spk.entity_id is not None
                           and all(d.spk.entity_id != c.spk.entity_id for d in direct if d.cs <= c.cue_s < d.ce))
                       or id(c) in nested]
        # `X ने कहा कि हमने कल बताया था कि C`, `X ने बताया, हमने उन्हें आश्वासन दिया है कि C`: a report whose subject is
        # the speaker's own first person, inside that speaker's content, is part of the content (no claim of its own)
        self.claims = [c for c in self.claims if not self.nested_first_person(c)]
        for c in list(self.claims):
            self.split_colon_quote(c)
        for c in list(self.claims):
            self.split_quote_lead(c)
        for c in self.claims:
            self.continue_first_person(c)
        for c in self.claims:  # a pronoun left unresolved may find its speaker in a claim that now runs longer
            pe = self.pron.get(fold(c.spk.text or "")) if c.spk.type == "unresolved" and c.spk.s is not None else None
            if pe is not None and pe.role in ("erg", "nom", "gen"):
                c.spk = self.resolve_pronoun(_Tok(c.spk.s, c.spk.e, c.spk.text, fold(c.spk.text)), pe, c.sent_idx)
        for c in sorted(self.claims, key=lambda c: c.anchor):
            self.continue_quotes(c)
        self.cut_at_others()
        self.cut_at_contrast_sources()
        self.cut_at_quote_ends()
        self.cut_at_story_breaks()
        self.cut_at_asides()
        self.end_layers()
        self.complaint_speakers()
        self.split_paragraph_quotes()
        for c in self.claims:
            self.skip_doubled_ki(c)
        if self.p.dropped_opener:
            self.dropped_opener()
        self.claims = [c for c in self.claims if not self.relative_content(c) and not self.quoted_pronoun_report(c)
                       and not self.nominal_announcement(c) and not self.alert_label(c) and not self.request_not_report(c)
                       and not self.connective_not_content(c) and not self.interrogative_cue(c)]
        self.studies_of_speakers_bodies()
        out: dict[tuple, Claim] = {}
        gaps: dict[Claim, int] = {}  # a claim's characters between cue and content
        issuers = self.statement_issuers()
        for c in self.claims:
            sp = c.spk
            if sp.entity_id is None and (found := issuers.get(id(c))) is not None:
                issuer, own = found
                if own:
                    sp = replace(sp, text=issuer.text, s=issuer.start, e=issuer.end, entity_id=issuer.entity_id,
                                 type="named", label=issuer.label)  # `ग्लोबल टाइम्स में छपी रिपोर्ट के मुताबिक` (round 44)
                else:  # (round 48) `बयान में यह भी कहा गया है` after the issuer's statement: the issuer's again
                    sp = replace(sp, entity_id=issuer.entity_id, type="pronoun", label=issuer.label)
            if sp.type in ("named", "unresolved") and sp.entity_id is None and sp.label is None and sp.text \
                    and _key(sp.text.split()[-1]) in self.anon:
                sp = replace(sp, type="anonymous")  # `कॉलेज प्रशासन`, `फर्स्ट रिस्पांस व्हीकल स्टाफ`: no entity
            elif sp.type in ("named", "unresolved") and sp.entity_id is None \
                    and self.p.quantified_group and self.quantified_group(sp):
                sp = replace(sp, type="anonymous")  # `सभी AM को चिंता है`, `कई शोध में पता चलता है` (round 58)
            elif sp.type in ("named", "unresolved") and sp.entity_id is None and self.p.percent_group \
                    and self.percent_group(sp):
                sp = replace(sp, type="anonymous")  # `25 प्रतिशत ने … बताया`: a share of respondents (round 60)
            elif sp.type == "named" and sp.entity_id is None and sp.label is None and self.generic_body(sp):
                sp = replace(sp, type="anonymous")  # `केंद्र सरकार`, `राज्य स्वास्थ्य विभाग`: no entity (dev2 README)
            elif sp.type == "named" and sp.entity_id is None and sp.label is None \
                    and (earlier := self.department_named_before(sp)) is not None:
                sp = replace(sp, entity_id=earlier.entity_id, label=earlier.label)  # `गृह विभाग` after `बिहार गृह विभाग`
            elif sp.type == "named" and sp.entity_id is None and sp.label is None and self.department_body(sp):
                sp = replace(self.lead_trimmed(sp), type="anonymous")  # `वन विभाग`, `आपदा प्रबंधन विभाग`: an unnamed
                # department (`इससे पहले शिक्षा विभाग`: the department alone; review of round 35)
            elif sp.type == "named" and sp.entity_id is None and self.p.org_kind_tail \
                    and (org := self.org_kind_tail(sp)) is not None:
                sp = replace(sp, entity_id=org.entity_id, label=org.label)  # `यूरोस्टार ट्रेन सेवा का कहना है` (round 48)
            elif sp.type == "named" and sp.entity_id is None and self.p.spacing_variants \
                    and (same := self.spacing_variant(sp)) is not None:
                if same.label != "PER" and (self.generic_entity(same.entity_id) or self.unnamed_police(same.entity_id)):
                    sp = replace(sp, type="anonymous")  # `स्वास्थ्यविभाग` as the spaced `स्वास्थ्य विभाग`: an unnamed
                    # body (review of round 49: the branches after this one no longer see it)
                else:
                    sp = replace(sp, entity_id=same.entity_id, label=same.label)  # `गृहमंत्रालय` = `गृह मंत्रालय` (round 49)
            elif sp.type in ("named", "unresolved") and sp.entity_id is None and sp.label is None \
                    and self.generic_body_head(sp):
                sp = replace(sp, type="anonymous")  # `ईरान के सरकारी प्रसारक ने`, `जिला मजिस्ट्रेट ने`: an unnamed body
            elif sp.entity_id is not None and sp.label != "PER" and sp.type in ("named", "pronoun") \
                    and (self.generic_entity(sp.entity_id) or self.unnamed_police(sp.entity_id)):
                sp = replace(sp, entity_id=None, type="anonymous")  # a tagged `स्वास्थ्य विभाग` and its `विभाग`
            elif sp.type == "unresolved" and self.unowned_generic_anaphor(sp):
                sp = replace(sp, type="anonymous")  # `सरकार ने बताया` with no government named: an unnamed body
            elif sp.entity_id is not None and sp.label != "PER" and sp.type == "named" \
                    and self.unowned_generic_mention(sp):
                sp = replace(sp, entity_id=None, type="anonymous")  # `राज्य के स्वास्थ्य विभाग ने`, its entity aside
            start = min(x for x in (sp.s, c.cue_s, c.span_s) if x is not None)
            end = max(c.span_e, c.cue_e, c.ce)
            claim = Claim(
                doc_id=self.doc_id,
                sent_idx=c.sent_idx,
                start=start,
                end=end,
                speaker_text=sp.text,
                speaker_start=sp.s,
                speaker_end=sp.e,
                speaker_entity_id=sp.entity_id,
                speaker_type=_speaker_type(sp),
                cue=self.written[c.cue_s:c.cue_e],
                content=self.written[c.cs:c.ce],
                content_start=c.cs,
                content_end=c.ce,
                quote_type=c.qtype,
                hedged=self.hedged(c, start, end),
            )
            key = (claim.speaker_start, claim.speaker_text, claim.content_start, claim.content_end)
            if key not in out:
                out[key] = claim
                gaps[claim] = c.cs - c.cue_e if c.cue_e <= c.cs else max(0, c.cue_s - c.ce)
        # `सैंडर्स ने कहा कि …, हालांकि उन्होंने कहा: "C"`: one content given twice to one entity (a name and the
        # pronoun standing for it) is one claim, the one whose cue stands nearest the content
        nearest: dict[tuple, tuple[int, Claim]] = {}
        for claim, g in gaps.items():
            if claim.speaker_entity_id is not None:
                k2 = (claim.content_start, claim.content_end, claim.speaker_entity_id)
                if k2 not in nearest or g < nearest[k2][0]:
                    nearest[k2] = (g, claim)
        kept = [c for c in out.values()
                if c.speaker_entity_id is None or nearest[(c.content_start, c.content_end, c.speaker_entity_id)][1] is c]
        return sorted(kept, key=lambda c: (c.start, c.content_start, c.speaker_start or -1, c.cue))


def _verb_gender(toks: Sequence["_Tok"], i: int, span: int = 6) -> str | None:
    """F (F+ honorific plural: a person, no organisation) or M from the first gendered finite verb after a nominative subject, among toks[i:i+span] up to a clause
    break: `कहती हैं`, `आगे बताती थीं`, `मुस्कुराती हुई बोलीं` -> F; `कहते हैं`, `कहता है`, `बोले` -> M; else None."""
    for j in range(i, min(len(toks), i + span)):
        k = toks[j].k
        if k in ("कि", "ने", "जो", "और") or toks[j].t in _SENT_END or toks[j].t in QUOTES or toks[j].t in ",:;-–":
            return None
        if k in _GENDERED_PERFECTIVE:
            return _GENDERED_PERFECTIVE[k]
        nxt = toks[j + 1].k if j + 1 < len(toks) else ""
        if len(k) > 2 and k.endswith(("ती", "तीं")) and nxt in _FEM_AUX:
            return "F+" if nxt in ("हैं", "थीं") else "F"
        if len(k) > 2 and k.endswith(("ता", "ते")) and nxt in _MASC_AUX:
            return "M"
    return None


_FIRST_PERSON_CLAUSE = regex.compile(  # `मैं …` up to a clause break: the first person's own clause (round 40)
    r"(?<![\p{L}\p{M}])मैं(?![\p{L}\p{M}])(?=([^,।!?;:\"“”'‘’\n]{1,60}))")  # (a lookahead: clauses may overlap)
_QUOTE_AFTER_PRONOUN = 40  # characters from a pronoun to the opener of its quote (`उसने कहा: "…"`; round 40)
_QUOTE_GENDER_SPAN = 600  # characters of a quote read for its speaker's first-person gender (round 40)
_SUBJECT_GENDER_SPAN = 10  # words after a name read for its clause's gendered verb (round 40)
_MASC_PERFECTIVES = frozenset("गए गये आए आये पहुंचे पहुँचे लौटे बोले".split())  # a man (or men) as subject
# `-ीं`/`-ईं` words that are no feminine perfective: adverbs, emphatic pronouns, typos of कई/सभी/कभी/अभी/तभी
_NOT_FEMININE_VERBS = frozenset("""नहीं नहीँ यहीं यहीँ वहीं वहीँ कहीं कहीँ हीं कईं सभीं कभीं अभीं तभीं साईं
सांईं""".split())
# words in -े/-ए before गए/आए that are no passive participle (`चले गए`: went; `सामने आए`: came forward)
_PASSIVE_BEFORE_GAYE_EXCEPT = frozenset("चले पहले सामने आगे पीछे नीचे धीरे अकेले सीधे कैसे जैसे ऐसे वैसे".split())
_FIRST_PERSON_AUX = frozenset("हूँ हूं हुँ हुं थी था".split())
# a first person's perfective or modal, wherever it stands in the clause (`मैं … रही हूँ`, `मैं … पाई`, `मैं … मिला`)
_FEM_FIRST = frozenset("रही गई गयी चुकी सकी पाई पायी सकती पहुंची पहुँची मिली लौटी".split())
_MASC_FIRST = frozenset("रहा गया चुका सका पाया सकता पहुंचा पहुँचा मिला लौटा".split())
# participles a first person's clause takes only before its auxiliary (`मैं यहीं खड़ी हूँ`; not `खड़ी चढ़ाई`,
# `रोती हुई बच्ची`)
_FEM_FIRST_BEFORE_AUX = frozenset("खड़ी हुई".split())
_MASC_FIRST_BEFORE_AUX = frozenset("खड़ा हुआ".split())
# a first person's clause ends at a new clause (`तब`, `क्योंकि`, `जहां`, a later `जब`/`तो`/`फिर`, a relative `जिस*`),
# a new subject (`ने`, `वह`, a second `मैं`) or its own auxiliary `हूँ`
_FIRST_PERSON_STOPS = frozenset("""कि जो और लेकिन मगर तब क्योंकि जबकि ताकि इसलिए वरना जहां जहाँ ने वह वो मैं हूँ हूं
हुँ हुं""".split())
_MY = frozenset("मेरी मेरा मेरे".split())
_OTHER_ERGATIVES = frozenset("ने उसने उन्होंने उन्होने इसने इन्होंने इन्होने आपने तुमने किसने जिसने जिन्होंने".split())


def _feminine_perfective(k: str) -> bool:
    """A word of verb shape for a feminine honorific perfective (`आईं`, `गईं`, `रहीं`, `बोलीं`, `थीं`), not an
    ordinal (`दसवीं`, `12वीं`), an emphatic pronoun (`उन्हीं`, `इन्हीं`) or _NOT_FEMININE_VERBS (round-40 review)."""
    return (len(k) > 2 and k.endswith(("ईं", "ीं")) and k not in _NOT_FEMININE_VERBS and not k.endswith(("वीं", "्हीं"))
            and not any(c.isdigit() for c in k))


def _first_person_gender(clause: str) -> str | None:
    """F or M from the first gendered verb of a first-person clause (the words after `मैं` up to a break, `कि`, a new
    clause or a new subject: _FIRST_PERSON_STOPS, a later `जब`, `मेरी/मेरा <noun>` not before a postposition)."""
    words = [w for w in _WORD.findall(clause)]
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("था", "थी"):
            return "F" if w == "थी" else "M"  # `मैं जब छोटा था`, `मैं घर में था`, `मैं वहां अकेली थी`
        if w in _FIRST_PERSON_STOPS or (w in ("जब", "तो", "फिर") and i > 0) or w.startswith(("जिस", "जिन")) or (
                w in _MY and i + 2 < len(words) and words[i + 2] not in POSTPOSITIONS):
            return None
        before_aux = nxt in _FIRST_PERSON_AUX or (nxt in _NEGATIONS and i + 2 < len(words)
                                                  and words[i + 2] in _FIRST_PERSON_AUX)
        if w in _FEM_FIRST or (w in _FEM_FIRST_BEFORE_AUX and before_aux):
            return "F"
        if w in _MASC_FIRST or (w in _MASC_FIRST_BEFORE_AUX and before_aux):
            return "M"
        if len(w) > 2 and w.endswith(("ती", "ता")) and before_aux:
            return "F" if w.endswith("ती") else "M"
    return None


def _reported_first_person(quote: str, p: int) -> bool:
    """The `मैं` at p opens a कि clause another's ergative reports (`मेरी पत्नी ने मुझसे कहा कि मैं जा सकती हूँ`):
    that मैं is the reported speaker, not the quote's. Looks at the 80 characters before it, from the last break."""
    before = regex.split(r"[।!?\n\"“”]", quote[max(0, p - 80):p])[-1]
    words = _WORD.findall(before)
    return bool(words) and words[-1] == "कि" and any(w in _OTHER_ERGATIVES for w in words[:-1])


def _prodrop_gender(w: str) -> str | None:
    """F or M of the word right before a first-person `हूँ` with no `मैं` written (round 50, claims.quote_person):
    a perfective or modal of _FEM_FIRST/_MASC_FIRST (`थक गई हूँ`, `कर चुका हूँ`), `खड़ी/हुई`, or a habitual `-ती/-ता`
    participle (`घबराती हूं`, `जानता हूँ`); None for an adjective or noun (`आभारी हूँ`, `हिंदुस्तानी हूँ`, `खुश हूँ`)."""
    if w in _FEM_FIRST or w in _FEM_FIRST_BEFORE_AUX:
        return "F"
    if w in _MASC_FIRST or w in _MASC_FIRST_BEFORE_AUX:
        return "M"
    if len(w) > 2 and w.endswith(("ती", "ता")):
        return "F" if w.endswith("ती") else "M"
    return None


# `… छुपी बैठी हूँ, … थक गई हूँ`: a first-person auxiliary with the word before it (a negation between allowed)
_PRODROP_FIRST = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(?:\s+(?:नहीं|न))?\s+(?:हूँ|हूं|हुँ|हुं)(?![\p{L}\p{M}])")


def _outside_quotes(toks: Sequence["_Tok"]) -> list["_Tok"]:
    """The tokens outside closed quotations (a title between a subject and its cue: `अलका "मेरे अंगने में तुम्हारा
    क्या काम है..." गाने को याद करते हुए कहती हैं`); all of them where a mark is left open (round 50)."""
    out, inside = [], False
    for t in toks:
        if t.t in QUOTES:
            inside = not inside
        elif not inside:
            out.append(t)
    return list(toks) if inside else out


def _prodrop_reported(quote: str, p: int) -> bool:
    """The `हूँ` clause at p is no pro-drop first person of the quote's speaker: a `मैं` of its own clause stands before
    it (the `मैं` clauses decide), or it follows a कि that another's ergative reports (`मेरी पत्नी ने मुझसे कहा कि …
    जा सकती हूँ`). Looks at the 80 characters before it, from the last sentence break (round 50)."""
    before = regex.split(r"[।!?\n\"“”]", quote[max(0, p - 80):p])[-1]
    words = _WORD.findall(before)
    if "कि" in words:
        k = len(words) - 1 - words[::-1].index("कि")
        if any(w in _OTHER_ERGATIVES for w in words[:k]):
            return True
        words = words[k + 1:]
    return "मैं" in words


def _quote_speaker_gender(quote: str, prodrop: bool = False) -> str | None:
    """F or M from the first-person verbs of a direct quote (`मैं देख सकती हूँ`, `मैं … पसंद करती हूँ` -> F; `मैं
    जानता हूँ`, `मैं रोता नहीं हूँ` -> M): the gender Hindi gives its speaker; None where the quote has none or both
    (round 40). With `prodrop` (round 50) also a verb before `हूँ` with `मैं` unwritten (`थक गई हूँ`: _prodrop_gender),
    not inside a कि clause another's ergative reports. Linear in the quote."""
    found = {g for m in _FIRST_PERSON_CLAUSE.finditer(quote) if not _reported_first_person(quote, m.start())
             and (g := _first_person_gender(m.group(1))) is not None}
    if prodrop:
        found |= {g for m in _PRODROP_FIRST.finditer(quote) if not _prodrop_reported(quote, m.start())
                  and (g := _prodrop_gender(m.group(1))) is not None}
    return found.pop() if len(found) == 1 else None


_SAYING_PARTICIPLES = ("कहकर", "कह कर")  # `यह कहकर <verb phrase> कि …`: the participle's कि follows the verb (round 40)
_VERB_PHRASE_STOPS = "ने|और|तथा|एवं|तो|फिर|लेकिन"  # a new subject or clause: the कि after it is another's (review)
_VERB_PHRASE_KI = regex.compile(
    rf"(?:[ \t]+(?!(?:{_VERB_PHRASE_STOPS})(?![{_WORDCH}]))[{_WORDCH}]+){{1,6}}?(?=[ \t]+कि(?![{_WORDCH}]))")


def participle_report_end(T: str, e: int, unit_end: int, cue_starts: set[int] | frozenset[int] = frozenset()
                          ) -> int | None:
    """`उन्होंने इसका यह कहकर बचाव किया था कि …`: the end of the verb phrase after a participle of saying (one to six
    words, no punctuation) where a कि follows it (not की: `दलों की आस`), so that the hit covers it and its content
    opens at the कि; None where no कि follows, or where the phrase holds a new subject or clause (`ने`, `और`, `तो`:
    _VERB_PHRASE_STOPS: `… फोन रख दिया और सोचा कि`, a thought) or starts another cue (`यह कहकर सबको बताया कि`: that
    cue's report) (round 40 and its review). Looks at six words."""
    m = _VERB_PHRASE_KI.match(T, e, min(unit_end, e + 120))
    return m.end() if m and not any(x in cue_starts for x in range(e + 1, m.end())) else None


def _possessed_head(sp: "_Spk", toks: Sequence["_Tok"]) -> bool:
    """`सिएटल और किंग काउंटी की जनस्वास्थ्य सेवा ने`: an untagged head noun right after a genitive is owned by the
    names before it; a place or body before a coordinator there is a co-owner, not a second speaker (a person
    stays: `जनरल बिपिन रावत और तीनों सेनाओं के प्रमुखों ने`)."""
    return sp.label is None and bool(toks) and toks[-1].k in ("का", "की", "के")


def _indefinite_place(T: str, sp: "_Spk") -> bool:
    """`एक टोरी एमपी ने कहा`: a tagged place two words after an indefinite (`एक <qualifier> <place>`) is a title
    read as a place (एमपी, an MP), an unnamed member; `एक ओर भारत ने` (on one hand) is no indefinite."""
    if sp.label != "LOC" or sp.s is None or fold(sp.text or "") not in _TITLE_PLACES:
        return False  # `एक साथ भारत ने`, `किसी तरह भारत ने`: an adverbial, the place stays named
    w2 = _WORD_BEFORE.search(T, max(0, sp.s - 40), sp.s - 1)
    if w2 is None or T[w2.end():sp.s] != " ":
        return False
    w1 = _WORD_BEFORE.search(T, max(0, w2.start() - 8), w2.start() - 1)
    return (w1 is not None and T[w1.end():w2.start()] == " " and fold(w1.group()) in _INDEFINITE
            and fold(w2.group()) not in _NOT_INDEFINITE_NOUN and fold(w2.group()) not in _INDEFINITE
            and not _PARTITIVE_BEFORE.search(T, max(0, w1.start() - 12), w1.start()))  # `इनमें से एक …`: named


def _dotted_name(T: str, sp: "_Spk") -> "_Spk | None":
    """`Domain.com ने बताया`, `News.com.au ने`: an untagged Latin speaker cut after a dot is the whole dotted name
    (a web domain); None otherwise."""
    if sp.s is None or sp.e is None or not regex.fullmatch(r"[a-z]{2,}", sp.text or "") or sp.s < 2 \
            or T[sp.s - 1] != ".":
        return None  # (lowercase domain endings only: `Mr.Smith`, `2020.Reuters` are no domain)
    m = _DOTTED_BEFORE.search(T, max(0, sp.s - 60), sp.s)
    if m is None or (m.start() > 0 and not T[m.start() - 1].isspace() and T[m.start() - 1] not in "\"'‘“(") \
            or m.group(1).lower() in _DOTTED_TITLES:
        return None
    return _Spk(T[m.start():sp.e], m.start(), sp.e, None, "named", sp.label)


# heads of a genitive that make its person the topic (`X की राय`, `X की बात की जाए तो`; review of round 36)
_TOPIC_GENITIVE_HEADS = frozenset({"राय", "बात", "कहना", "मानना", "मत", "विचार", "तर्क", "सोच", "बयान"})
_TOPIC_PRONOUNS = frozenset({"वह", "वे", "वो", "उन्होंने", "उन्होने", "उनका", "उनके", "उनकी"})  # (titled_topic)
_SIDE_WORDS = frozenset({"ओर", "तरफ", "तरफ़"})  # `दूसरी ओर/तरफ़ X …`: a sentence opener before the topic (titled_topic)
_PLURAL_SAID = frozenset({"बातें", "बाते"})  # `ये बातें X ने कहीं`: the sentences before, not one (said_paragraph)
_MAX_SAID_BACK = 6  # units said_paragraph runs back over
_COMPLAINT_NOUNS = frozenset({"तहरीर", "शिकायत"})  # a complaint that speaks for its complainant (complaint_speakers)
_COMPLAINT_GIVEN = frozenset({"दी", "दिया", "दे", "दिए", "सौंपी", "सौंपा", "सौंपे", "दर्ज"})  # `X ने तहरीर दी`
_COMPLAINT_BACK = 3  # units complaint_owner looks back over
_BYLINE_PLACE = regex.compile(r"[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?[ \t]*(?:\[[^\]\n]{1,40}\])?[ \t]*:[ \t]*")  # `अलीगढ़[संतोष शर्मा]: `
_MAX_TITLE_PREFIX = 10  # tokens of a title phrase before a name (titled_topic)
_CHAIN_PRONOUNS = frozenset({"वह", "वे", "वो", "उन्होंने", "उन्होने", "उसने"})  # personal subject pronouns (round 36)
_MAX_CHAIN = 2  # links of a pronoun chain followed back (chain_antecedent)


def _opening_word(toks: Sequence["_Tok"]) -> "_Tok | None":
    """The first word of a unit after its sentence adverbs (`वहीं`, `लेकिन`), or None."""
    for t in toks:
        if not _IS_WORD.match(t.t):
            if t.t != ",":
                return None  # (a quote, a dash: no plain sentence)
        elif t.k not in _OPENING_ADVERBS:
            return t
    return None


def _speaker_type(sp: "_Spk") -> str:
    """A speaker that is no entity and whose head is a plural common noun (`समर्थकों`, `निवेशकों`,
    `सहायता एजेंसियों`: the oblique plural -ओं) is an unnamed group of sources: anonymous."""
    if sp.type in ("named", "unresolved") and sp.entity_id is None and sp.text and sp.label is None:
        head = sp.text.split()[-1]
        if head.endswith(("ों", "ओं")) and len(head) > 3 and fold(head) not in _DOCUMENTS:  # `समर्थकों`, `शोधकर्ताओं`
            return "anonymous"
    return sp.type


CHUNK_SENTENCES = 400  # longer documents are read in passes (no news article of corpus/news has 250)
CHUNK_OVERLAP = 12  # sentences of context around a pass: more than any window of ClaimsParams


def extract_claims(sentences: Sequence[Sentence], mentions: Sequence[Mention], lexicon: CueLexicon,
                   p: ClaimsParams, *, text: str | None = None) -> list[Claim]:
    """Claims of one document, sorted by (start, content_start).

    `text` (optional) is the document's normalized text; with it, paragraph breaks between
    sentences stop open quotes and first-person continuations. Without it the text is rebuilt
    from the sentences (offsets are the same either way).
    """
    if not sentences:
        return []
    if len(sentences) <= CHUNK_SENTENCES:
        return _Doc(sentences, mentions, lexicon, p, text).run()
    # A very long document (a book-length page, a megabyte on one line) is read in passes of
    # CHUNK_SENTENCES sentences, each seeing CHUNK_OVERLAP sentences of context on either side, and
    # keeps the claims that start in its own sentences: the speaker and quote rules look only a few
    # sentences away, and the per-claim checks stay bounded, so the stage stays linear.
    sents = sorted(sentences, key=lambda s: s.start)
    ments = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ments]
    out: list[Claim] = []
    for a in range(0, len(sents), CHUNK_SENTENCES):
        own = sents[a : a + CHUNK_SENTENCES]
        part = sents[max(0, a - CHUNK_OVERLAP) : a + CHUNK_SENTENCES + CHUNK_OVERLAP]
        lo, hi = bisect.bisect_left(starts, part[0].start), bisect.bisect_left(starts, part[-1].end)
        own_idx = {s.sent_idx for s in own}
        out.extend(c for c in _Doc(part, ments[lo:hi], lexicon, p, text).run() if c.sent_idx in own_idx)
    return sorted(out, key=lambda c: (c.start, c.content_start, c.speaker_start or -1, c.cue))
