import pytest

from pipeline.segment import SegmentParams, split_sentences

P = SegmentParams()


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences("d", text, P)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a closing quote after the danda stays with its sentence
        (
            'टोकायव ने कहा कि "आतंकवादी शामिल थे।" उन्होंने धन्यवाद दिया।',
            ['टोकायव ने कहा कि "आतंकवादी शामिल थे।"', "उन्होंने धन्यवाद दिया।"],
        ),
        ("उसने कहा, “हम जीतेंगे।” फिर गया।", ["उसने कहा, “हम जीतेंगे।”", "फिर गया।"]),
        # danda right after a digit splits
        ("चुनाव 2020। फिर 2021 आया।", ["चुनाव 2020।", "फिर 2021 आया।"]),
        ("कुल १२। बाकी ठीक।", ["कुल १२।", "बाकी ठीक।"]),
        # '.' ends a sentence even in a text that has dandas
        ("पहला वाक्य। दूसरा वाक्य. तीसरा वाक्य।", ["पहला वाक्य।", "दूसरा वाक्य.", "तीसरा वाक्य।"]),
        # abbreviations and initials stay inside the sentence
        ("डॉ. राम ने कहा। श्री. मोहन आए।", ["डॉ. राम ने कहा।", "श्री. मोहन आए।"]),
        ("प्रो. ए. के. सिंह आए। वे गए।", ["प्रो. ए. के. सिंह आए।", "वे गए।"]),
        # `डा.` (Dr), `मो.` (Mohammad), `पं.` (Pandit) are abbreviations too; `पडा.` is a verb that ends its sentence
        ("मुख्य चिकित्सा अधिकारी डा. सुनील दोहरे ने कहा।", ["मुख्य चिकित्सा अधिकारी डा. सुनील दोहरे ने कहा।"]),
        ("आरोपी मो. अशफाक की तलाश है। पं. दीनदयाल उपाध्याय अस्पताल।",
         ["आरोपी मो. अशफाक की तलाश है।", "पं. दीनदयाल उपाध्याय अस्पताल।"]),
        ("हार का सामना करना पडा. टीम लौटी।", ["हार का सामना करना पडा.", "टीम लौटी।"]),
        # decimals and dotted abbreviations do not split
        ("दर 2.5 प्रतिशत रही। दूरी 3.5 कि.मी. है।", ["दर 2.5 प्रतिशत रही।", "दूरी 3.5 कि.मी. है।"]),
        # no space after the danda (as in the seed article)
        ("धन्यवाद दिया।रविवार को, रूस ने कहा।", ["धन्यवाद दिया।", "रविवार को, रूस ने कहा।"]),
        # question and exclamation marks; a newline always ends a sentence
        ("क्या यह सही है? हाँ! ठीक\nनया अनुच्छेद", ["क्या यह सही है?", "हाँ!", "ठीक", "नया अनुच्छेद"]),
    ],
)
def test_segment_sentences(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "sentence, tokens",
    [
        ("रूस ने कहा: \"ठीक\"।", ["रूस", "ने", "कहा", ":", '"', "ठीक", '"', "।"]),
        ("1,20,000 लोग और १,२०,००० रुपये", ["1,20,000", "लोग", "और", "१,२०,०००", "रुपये"]),
        ("डॉ. कासिम-जोमार्ट 20वां", ["डॉ.", "कासिम", "-", "जोमार्ट", "20वां"]),
        ("कज़ाख़स्तान ज़िला", ["कज़ाख़स्तान", "ज़िला"]),
    ],
)
def test_segment_tokens(sentence, tokens):
    (s,) = split_sentences("d", sentence, P)
    assert [t for _, _, t in s.tokens()] == tokens


def test_segment_offsets_point_into_text():
    text = "पहला। \n\n  दूसरा वाक्य है।  तीसरा \"उद्धरण।\" अंत"
    sents = split_sentences("d", text, P)
    assert [s.sent_idx for s in sents] == list(range(len(sents)))
    for s in sents:
        assert text[s.start : s.end] == s.text == s.text.strip()
        for a, b, tok in s.tokens():
            assert text[a:b] == tok


def test_segment_seed_articles_never_start_with_closing_quote():
    from tests.conftest import SEED_000, SEED_002
    from pipeline.normalize import NormalizeParams, normalize_text

    for path in (SEED_000, SEED_002):
        text = normalize_text(path.read_text(encoding="utf-8"), NormalizeParams())
        sents = split_sentences(path.stem, text, P)
        assert len(sents) > 10
        assert not [s.text for s in sents if s.text[0] in "\"”’'"]


def test_segment_period_only_mode():
    assert texts("एक. दो।") == ["एक.", "दो।"]
    assert [s.text for s in split_sentences("d", "एक. दो।", SegmentParams(delimiters="danda_only"))] == ["एक. दो।"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-syllable verb before '.' is not an initial
        ("वह घर पर है. उसके बाद गया।", ["वह घर पर है.", "उसके बाद गया।"]),
        ("मैं यहाँ था. फिर गया।", ["मैं यहाँ था.", "फिर गया।"]),
        # '.' glued to the next word still ends the sentence, dotted abbreviations do not
        ("यह सही है.इस पर बहस हुई।", ["यह सही है.", "इस पर बहस हुई।"]),
        ("दूरी 5 कि.मी. थी. फिर", ["दूरी 5 कि.मी. थी.", "फिर"]),
        ("एस. के. सिंह आए। र. मोहन गए।", ["एस. के. सिंह आए।", "र. मोहन गए।"]),
    ],
)
def test_segment_period_rules(text, expected):
    assert texts(text) == expected


def test_segment_is_linear_on_one_long_line():
    """A megabyte on one line (no newline, a period every few words) costs what the same text with
    newlines costs: the period rules look a bounded distance around each period. Counted in
    characters the rules' regexes examine, not in seconds."""
    from unittest import mock

    import pipeline.segment as seg

    unit = "रूस ने कहा कि सैनिक आए. उन्होंने 2.5 लाख रुपये दिए. "
    one_line = unit * (1_000_000 // len(unit))
    examined = {"n": 0}
    real = seg._WORD_BEFORE

    class Counting:
        def search(self, text, pos, endpos):
            examined["n"] += endpos - pos
            return real.search(text, pos, endpos)

    with mock.patch.object(seg, "_WORD_BEFORE", Counting()):
        sents = split_sentences("d", one_line, SegmentParams())
    assert len(sents) == 2 * (1_000_000 // len(unit))
    assert examined["n"] <= 64 * 3 * len(sents)  # bounded per period, not the whole line before it
