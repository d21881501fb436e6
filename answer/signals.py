"""The signals refusal reads from a question and the evidence found for it (answer/refusal.py `Signals`): how much of
the question the best unit covers, how near the question the units are, how many of its names the articles give, and
what each rule finds missing ("no passage gives a count of drones", "no passage names a ceo"). The rules are written
in the modules they name (answer/ages.py, answer/roles.py, ...); each was chosen on the development sets
(eval/provenance/).
"""

from __future__ import annotations

import numpy as np

from answer import ages, clock, durations, groups, naming, objects, roles, speakers
from answer.amounts import amount_of, asks_amount, asks_portion, speaks_to_amount
from answer.claims import claimed_names, named_together, spells
from answer.counts import counted_names, counted_words, speaks_to_count
from answer.evidence import Question, Sentence, names_of
from answer.kinds import asking
from answer.refusal import Signals
from index.demonyms import kin
from index.names import FullNames
from index.terms import is_acronym, terms


def cosines(unit_vectors, query_vector) -> list[float]:
    if not len(unit_vectors):
        return []
    u, q = np.asarray(unit_vectors, dtype=np.float32), np.asarray(query_vector, dtype=np.float32)
    return [float(x) for x in (u @ q) / (np.linalg.norm(u, axis=1) * np.linalg.norm(q) + 1e-9)]


def signals(
    question: Question,
    evidence: list[Sentence],
    top: list[Sentence],
    unit_vectors,
    query_vector,
    whole: Question | None = None,
    full_names: FullNames | None = None,
    topic_similarity: list[float] | None = None,
    formed: list[Sentence] | None = None,
) -> Signals:
    """The signals of the question retrieval searched with, over its `evidence` (the units of the chunks the refusal
    model was fitted on; `unit_vectors` are those of its best `refusal_units`) and the `top` units the answer may
    quote (settings `refusal_units` of them, from those chunks and `answer_extra_chunks` more), in which the rules
    ("no passage gives a count of ...") look for what is asked; names are read from the `whole` question when
    retrieval searched with a part of it (the sentence that asks), since the others name what it asks about.
    `topic_similarity` is each evidence unit's cosine to the topic of "What did X say about Y?" (`speakers.quoted`).
    `formed` are the top units as the answer ranks them, with the bonus of a unit that gives what the question's form
    asks for (answer/forms.py), where the office and clock rules look too."""
    sims = cosines(unit_vectors, query_vector) or [0.0]
    asked = [question, whole] if whole is not None else [question]
    # names compared as stems, as the corpus's vocabulary is: "Zelenski" is "Zelensky" to the spelling check too
    names = {stem: n for q in asked for n in names_of(q.text) for stem in terms(n)}  # stem -> the name as asked
    unknown = tuple(dict.fromkeys(n for q in asked for n in q.unknown_names))
    by_article: dict[str, list[Sentence]] = {}
    for s in evidence:
        by_article.setdefault(s.source, []).append(s)

    def share(units: list[Sentence], of: dict[str, str] = names) -> float:
        stems = set().union(*(s.terms for s in units))
        return sum(
            stem in stems
            or not stems.isdisjoint(kin(stem))  # "Europe" is found where "European" is (index/demonyms.py)
            or (is_acronym(name) and any(spells(name, s.text) for s in units))
            for stem, name in of.items()
        ) / len(of)

    shares = {source: share(units) for source, units in by_article.items()} if names else {}
    found = max(shares.values(), default=0.0) if names else 1.0
    # "What did X say (about Y)?" when no unit gives X any words (about Y) (answer/speakers.py; chosen on the
    # development sets)
    speaker = speakers.asked_speaker(question.text)
    topic = speakers.asked_topic(question.text)
    passages = [(s.text, s.before) for s in evidence]  # each unit with the text before it, which its words lean on
    quoted = speaker is None or speakers.quoted(
        speaker, passages, topic, full_names, question.weights, topic_similarity
    )
    # the articles whose evidence names the most of the question's names, a name it gives as a time frame ("... before
    # Istanbul?") aside: the count, amount, office and clock rules look for what is asked in their units, as "$19
    # million from an anonymous bidder" in an article that never names Chestnut gives no prize Chestnut won (chosen on
    # the development sets: eval/provenance/); all the names is too many, as a question may add one its article never
    # writes ("... borrowers in the US")
    framing = {stem for n in durations.framing_names(question.text) for stem in terms(n)}
    lasting_names = {stem: n for stem, n in names.items() if stem not in framing}
    lasting_shares = (
        {source: share(units, lasting_names) for source, units in by_article.items()} if lasting_names else {}
    )
    # each article's share read from all the units at hand: the top units may come from chunks beyond the evidence's
    # (settings `answer_extra_chunks`)
    at_hand: dict[str, dict[tuple, Sentence]] = {}
    for s in [*evidence, *top, *(formed or [])]:
        at_hand.setdefault(s.source, {})[s.key] = s
    named_shares = (
        {source: share(list(units.values()), lasting_names) for source, units in at_hand.items()}
        if lasting_names
        else {}
    )
    most = max(named_shares.values(), default=0.0)

    def named_most(units: list[Sentence]) -> list[Sentence]:
        return [s for s in units if not lasting_names or named_shares.get(s.source) == most]

    # "How many drones ...?" when no top unit holds a number of drones nor says how many there are (chosen on the
    # development sets: eval/provenance/); a counted word the corpus never uses is looked for nowhere
    # ("captives" where the articles write "prisoners")
    things = counted_words(question.text)
    stems = [t for t in terms(things) if t not in question.unseen]
    named = counted_names(question.text)
    uncounted = None if any(speaks_to_count(stems, s.text, named) for s in named_most(top)) else things or None
    # "How much oil does the refinery process?" when no top unit gives an amount (money, a percentage, a measure) nor
    # says it is not known (chosen on the development sets: eval/provenance/)
    asked = set(question.weights)
    portion = asks_portion(question.text)  # "How much of the regions ...?": "the entirety of" says how much
    measured = not asks_amount(question.text) or any(speaks_to_amount(s.text, asked, portion) for s in named_most(top))
    # "Did Peskov meet Witkoff in Istanbul?" when no top unit names all three (chosen on the development sets:
    # eval/provenance/)
    claimed = claimed_names(question.text)
    apart = () if named_together(claimed, [(s.text, s.before) for s in top]) else tuple(claimed)
    # "Who is Ukraine's foreign minister?" when no top unit names the office (answer/roles.py; chosen on the
    # development sets: eval/provenance/)
    role = roles.asked_role(question.text)
    # the office and clock rules also read the units that rank up with the form's bonus, in those articles: "Stan
    # Kasten, the President and CEO of the Dodgers" ranks below the units that share "say about Scully", and "Mayor Jim
    # Hammond" of another article is not the mayor of Khost (chosen on eval/forms.jsonl: eval/provenance/)
    told = top + named_most(formed or [])
    unroled = None if roles.names_role(role, (s.text for s in told)) else role
    # "How old is Putin?" when no evidence unit gives Putin an age ("Trump, 78," is Trump's) (answer/ages.py; chosen on
    # the development sets: eval/provenance/)
    person = ages.asked_person(question.text)
    aged = person is None or ages.gives_age(person, passages)
    # "How many regions did Russian drones strike?" when every drone the top units name is another nation's
    # ("Ukrainian drones") (answer/groups.py; chosen on the development sets: eval/provenance/)
    othered = groups.other_group(question.text, (s.text for s in top))
    # "What is the name of the Fox News host who interviewed Trump?" when no top unit gives a name beside a host
    # (answer/naming.py; chosen on the development sets: eval/provenance/)
    phrase = naming.described(question.text)
    named_one = naming.names_described(phrase, question.text, (s.text for s in top))
    # "Who did Peskov say would brief Putin?" when every "briefed" in the top units has another name after it
    # ("briefed Trump") (answer/objects.py; chosen on the development sets: eval/provenance/)
    swapped = objects.other_object(question.text, (s.text for s in top))
    # "How long did Witkoff's meeting with Putin last?" when no top unit gives a duration of a meeting ("a 30-day
    # ceasefire" is another thing's) in an article whose evidence names Witkoff and Putin ("the meeting lasted less
    # than two hours" is the Istanbul one) (answer/durations.py; chosen on the development sets: eval/provenance/)
    # a name the question gives as a time frame ("... before Istanbul?") is not what the duration is of
    naming_all = [(s.text, s.before) for s in top if not lasting_names or lasting_shares.get(s.source) == 1.0]
    lasting = not durations.asks_duration(question.text) or durations.gives_duration_of(question.text, naming_all)
    # "What time did Witkoff's meeting end?" when no top unit gives a time of day, "When will the act take effect?"
    # when none gives a time, of what it asks about (answer/clock.py; chosen on the development sets: eval/provenance/)
    timed = (not clock.asks_clock(question.text) or clock.gives_clock_of(question.text, (s.text for s in told))) and (
        not clock.asks_when(question.text) or clock.gives_time_of(question.text, (s.text for s in top))
    )
    return Signals(
        coverage=max((s.coverage for s in evidence if s.citable), default=0.0),
        similarity=float(max(sims)),
        names_found=found,
        unknown_names=unknown,
        unquoted=None if quoted else speaker,
        unquoted_topic=None if quoted else topic,
        uncounted=uncounted,
        apart=apart,
        unmeasured=None if measured else amount_of(question.text),
        unroled=unroled,
        unaged=None if aged else person,
        othered=othered,
        unnamed=None if named_one else phrase,
        swapped=swapped,
        unlasting=None if lasting else asking(question.text),
        untimed=None if timed else asking(question.text),
    )
