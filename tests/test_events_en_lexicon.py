"""English lexicon: irregular forms, vocabulary families (inflections and
synonyms of one class map to one PLOVER type), false friends that must not
trigger, and the fixed dev/check split of the PLOVER scorer. Sentences here
are written for the test, not taken from the PLOVER gold."""

from peristiwa import events
from peristiwa.eval.plover import split_records
from peristiwa.events.detect import find_triggers
from peristiwa.events.lexicon import load_lexicon
from peristiwa.events.morph import lemmas_en
from peristiwa.events.tokens import tokenize
from peristiwa.model import Actor, Article, Block, Sentence

import pytest


def sent(text: str) -> Sentence:
    return Sentence(0, len(text), text, tokenize(text))


def types_in(text: str) -> set[str]:
    return {t.entry.type for t in find_triggers([sent(text)], load_lexicon("en"))}


@pytest.mark.parametrize("form,lemma", [
    ("met", "meet"), ("fought", "fight"), ("sworn", "swear"), ("swore", "swear"), ("paid", "pay"),
    ("retaken", "retake"), ("overran", "overrun"), ("fled", "flee"), ("upheld", "uphold"), ("withheld", "withhold"),
])
def test_irregular_forms_give_their_lemma(form, lemma):
    assert lemma in lemmas_en(form)


@pytest.mark.parametrize("text,etype", [
    # harsh criticism family
    ("The minister lambasted the plan.", "ACCUSE"),
    ("Rights groups castigated the junta.", "ACCUSE"),
    ("Opposition leaders decried the vote.", "ACCUSE"),
    ("The court opened a hearing yesterday into the deaths.", "ACCUSE"),
    ("Observers will monitor the vote.", "ACCUSE"),
    # agreement reached
    ("The two sides reached a broad consensus.", "AGREE"),
    ("Parliament ratified the treaty.", "AGREE"),
    # diplomatic ties and solidarity
    ("The two states restored diplomatic relations.", "SUPPORT"),
    # handing over aid
    ("Volunteers handed over food parcels.", "AID"),
    ("Aircraft airlifted tents to the valley.", "AID"),
    # easing restrictions / blockades / access
    ("The council repealed the restrictions.", "CONCEDE"),
    ("The army lifted on Monday the week-long blockade.", "RETREAT"),
    ("The government reopened its borders.", "RETREAT"),
    ("The state paid compensation to the victims.", "RETREAT"),
    # rejection family
    ("The president reneged on his pledge.", "REJECT"),
    ("The union turned down the offer.", "REJECT"),
    # pressure / threats of violence
    ("Officials were pressuring the workers.", "REQUEST"),
    ("The militants swore to retaliate.", "THREATEN"),
    # discontinuing relations and aid
    ("The donors slashed their aid.", "SANCTION"),
    ("The minister cancelled his planned visit.", "SANCTION"),
    ("The envoy broke off the talks.", "SANCTION"),
    # property destruction, cyber, blockades
    ("Soldiers demolished the houses.", "COERCE"),
    ("A mob set fire to the office.", "COERCE"),
    ("Unknown groups hacked the ministry servers.", "COERCE"),
    ("The navy reimposed the blockade.", "COERCE"),
    ("Police rounded up the suspects.", "COERCE"),
    # armed conflict
    ("Two soldiers died in a gunbattle.", "ASSAULT"),
    ("Government troops recaptured the town.", "ASSAULT"),
    ("The army launched a major offensive.", "ASSAULT"),
    ("Militias carried out ethnic cleansing.", "ASSAULT"),
    ("Guards sexually abused the detainees.", "ASSAULT"),
    # cooperation and mobilisation
    ("The two navies began war games.", "COOPERATE"),
    ("Soldiers patrolled the border.", "MOBILIZE"),
    ("The rebels gave up their claim.", "CONCEDE"),
    ("Helicopters evacuated the injured.", "AID"),
    ("The two ministries signed a memorandum of understanding.", "AGREE"),
    ("The government committed to early elections.", "AGREE"),
    ("Police opened fire on the crowd.", "ASSAULT"),
    ("Thousands marched to the palace.", "PROTEST"),
    ("The cabinet accepted the union demands.", "CONCEDE"),
    ("The junta admitted foreign observers.", "RETREAT"),
    ("The army evacuated its forward positions.", "RETREAT"),
    ("The court ordered the party to disband.", "COERCE"),
    ("A bomb blast tore through the market.", "ASSAULT"),
    ("The ministry blasted the report.", "ACCUSE"),
    ("The rebels laid down their arms.", "RETREAT"),
    ("The agency repatriated the refugees.", "RETREAT"),
    ("Troops quelled the unrest.", "COERCE"),
    ("The government slapped tariffs on steel.", "SANCTION"),
])
def test_vocabulary_family_triggers_its_type(text, etype):
    assert etype in types_in(text)


@pytest.mark.parametrize("text,wrong", [
    ("They met for a second round of talks.", "COERCE"),  # 'round' only with 'up'
    ("Inspectors looked for weapons of mass destruction.", "MOBILIZE"),  # 'mass' only as a verb
    ("The boy broke his arm.", "SANCTION"),  # 'break' needs ties/talks
    ("The vote last March was calm.", "PROTEST"),  # the month is no march
    ("They called for free elections.", "RETREAT"),  # adjective 'free'
    ("The general in charge of the region spoke.", "ACCUSE"),  # 'in charge of'
    ("Japan is a close ally.", "COERCE"),  # adjective 'close'
    ("A fire broke out in the market.", "ASSAULT"),  # the noun 'fire'
    ("The storm hit the coast.", "ASSAULT"),  # weather
    ("The rebels committed atrocities.", "AGREE"),  # 'commit' a crime is no promise
    ("It was a sign of progress.", "AGREE"),  # the noun 'sign'
])
def test_false_friends_do_not_trigger(text, wrong):
    assert wrong not in types_in(text)


def test_english_event_with_actors_from_a_family_verb():
    text = "German officials lambasted Russia on Monday over the arrests."
    art = Article(source="t", text=text, blocks=[Block("body", 0, len(text))], language="en")
    acts = [Actor(text="German officials", start=0, end=16, name="Germany", country="DEU", type="org", kb_id="k:de"),
            Actor(text="Russia", start=text.index("Russia"), end=text.index("Russia") + 6, name="Russia",
                  country="RUS", type="country", kb_id="k:ru")]
    evs = events.code(art, None, acts)
    head = next(e for e in evs if e.headline)
    assert head.event_type == "ACCUSE" and head.mode == "disapprove"
    assert head.actor.country == "DEU" and head.recipient.country == "RUS"


def test_plover_split_is_fixed_disjoint_and_two_to_one():
    records = [{"id": i} for i in range(30)]
    dev, check = split_records(records, "dev"), split_records(records, "check")
    assert len(dev) == 20 and len(check) == 10
    assert {r["id"] for r in dev} | {r["id"] for r in check} == set(range(30))
    assert not {r["id"] for r in dev} & {r["id"] for r in check}
    assert split_records(records, "all") == records
    with pytest.raises(ValueError):
        split_records(records, "train")
