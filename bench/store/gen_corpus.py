#!/usr/bin/env python3
"""Synthetic news corpus for the store benchmarks: JSONL on stdout.

Every article is built by recombining invented paragraphs (nothing here comes
from a real article): quote paragraphs with a speaker drawn from a pool of
invented people, filler paragraphs, and, in about one article in ten, a
"wire quote" that other outlets repeat trimmed, extended or with one word
changed, so that `ascribe trace` has real clusters to find.

    python3 gen_corpus.py N [SEED] > corpus.jsonl
"""

import json
import random
import sys

FIRST = ["Ana", "Tom", "Mara", "Omar", "Grace", "Lena", "Victor", "Ruth", "Samuel", "Ines",
         "Paul", "Nadia", "Hugo", "Clara", "Felix", "Irene", "Jonah", "Priya", "Diego", "Elena"]
LAST = ["Ruiz", "Reyes", "Quill", "Diaz", "Okafor", "Park", "Lindqvist", "Moreau", "Abara",
        "Castellano", "Whitfield", "Novak", "Brennan", "Haddad", "Sorensen", "Mbeki", "Tanaka",
        "Oyelaran", "Fairbanks", "Kowalczyk"]
ROLES = ["Mayor", "Senator", "Governor", "Councilwoman", "Councilman", "Treasurer",
         "Superintendent", "Sheriff", "Commissioner", "Representative"]
ORGS = ["the county health department", "the state transit authority", "the teachers union",
        "the chamber of commerce", "the water district", "the parks commission"]
OUTLETS = ["Valley Gazette", "Coast Daily", "Inland Herald", "Metro Post", "Harbor Times",
           "River City Ledger", "Northern Courier", "Prairie Register", "Lakeside Tribune",
           "Capitol Wire", "Summit Observer", "Bay Chronicle"]
TOPICS = ["bridge", "budget", "school", "library", "highway", "water plant", "stadium",
          "housing plan", "bus line", "hospital wing", "tax levy", "park"]

QUOTES = [
    "We will rebuild the {t} before the first snow, and we will do it without new debt",
    "The {t} is not a luxury, it is the spine of this community",
    "Nobody on this council voted to close the {t}, whatever you may have heard",
    "Every family deserves a {t} that works on a Monday morning",
    "This investigation into the {t} is a witch hunt and everybody in this room knows it",
    "We have asked the state for help with the {t} three times this year",
    "I am not going to apologize for fighting for the {t}",
    "The numbers on the {t} simply do not add up, and they never did",
    "If the {t} fails, the people who pay will be the people with the least",
    "We listened to residents for two years before we drew up the {t}",
    "The {t} will cost less than half of what our opponents claim",
    "I have never seen a {t} debate this bitter in thirty years of public life",
    "Our staff worked through the weekend so the {t} could open on time",
    "There is no secret deal on the {t}, and there never was one",
    "The voters made themselves clear about the {t} last November",
    "We owe our children a {t} that will still stand in fifty years",
]
INDIRECT = [
    "{name} said the {t} would be finished by the end of the year.",
    "{name} said that the council had underestimated the cost of the {t}.",
    "According to {name}, the {t} was never properly inspected.",
    "{name} told reporters that the {t} had the support of most residents.",
]
FILLER = [
    "The meeting ran late into the evening as residents lined up at the microphone.",
    "Construction crews were seen near the site on Tuesday, although no permits had been posted.",
    "The proposal will go to a second reading next month, when amendments can be offered.",
    "Several residents held signs outside city hall before the session began.",
    "The county has spent more than a decade debating the project, which has changed hands twice.",
    "An earlier estimate put the total cost at roughly a third of the current figure.",
    "Officials did not say when a final decision would be made.",
    "The vote came after a lengthy closed session that lasted nearly three hours.",
    "Turnout at the public hearing was the highest the clerk's office had recorded in years.",
    "A spokesperson for the contractor declined to comment on the timeline.",
]
WIRE_QUOTES = [
    "We will not raise taxes on working families this year or next year, and I will veto any bill that tries",
    "The flood barriers held because people did their jobs, and I want to thank every one of them",
    "This agreement protects the river for a generation and it keeps every single job in the valley",
    "I did not meet with the developers and I have never discussed the contract with anyone on their side",
    "Our hospitals are full, our nurses are exhausted, and the state has left us to fend for ourselves",
    "There will be no layoffs at the plant this year and the new line will open in the spring",
]
SWAPS = {"taxes": "fees", "never": "not", "every": "each", "full": "overflowing", "jobs": "duty",
         "river": "lake", "spring": "summer", "thank": "salute", "protects": "saves"}


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(ROLES)


def vary(rng, quote):
    """A copy of a wire quote: verbatim, trimmed, extended or with a word changed."""
    words = quote.split()
    r = rng.random()
    if r < 0.4:
        return quote
    if r < 0.6:
        return " ".join(words[: max(8, len(words) - rng.randint(3, 8))])
    if r < 0.75:
        return quote + ", and that is a promise"
    out = [SWAPS.get(w, w) if rng.random() < 0.5 else w for w in words]
    return " ".join(out)


def quote_paragraph(rng, topic, who):
    first, last, role = who
    q = rng.choice(QUOTES).format(t=topic)
    form = rng.randrange(4)
    if form == 0:
        return f"\u201c{q},\u201d {role} {first} {last} said on {rng.choice(['Monday', 'Tuesday', 'Thursday'])}."
    if form == 1:
        return f"\u201c{q},\u201d said {first} {last}, the {role.lower()}."
    if form == 2:
        return f"{first} {last} said: \u201c{q}.\u201d"
    return f"\u201c{q},\u201d {last} said."


def article(rng, i):
    topic = rng.choice(TOPICS)
    people = [person(rng) for _ in range(3)]
    paras = []
    for k in range(rng.randint(5, 7)):
        paras.append(quote_paragraph(rng, topic, people[k % 3]))
        if rng.random() < 0.5:
            paras.append(rng.choice(FILLER))
    first, last, _ = people[0]
    paras.append(rng.choice(INDIRECT).format(name=f"{first} {last}", t=topic))
    if rng.random() < 0.1:
        wf, wl, wr = WIRE_PEOPLE[rng.randrange(len(WIRE_PEOPLE))]
        wq = vary(rng, rng.choice(WIRE_QUOTES))
        paras.insert(1, f"\u201c{wq},\u201d {wr} {wf} {wl} said in a statement.")
    if rng.random() < 0.2:
        org = rng.choice(ORGS)
        paras.append(f"\u201cWe are reviewing the {topic} proposal,\u201d {org} said in a statement.")
    year = 2015 + i * 10 // N_TOTAL
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "id": f"syn-{i:07d}",
        "outlet": rng.choice(OUTLETS),
        "published": date,
        "title": f"Council fight over the {topic} continues",
        "text": "\n\n".join(paras),
    }


WIRE_PEOPLE = [("Lena", "Park", "Governor"), ("Victor", "Moreau", "Senator"), ("Ruth", "Abara", "Mayor")]
N_TOTAL = 1

if __name__ == "__main__":
    N_TOTAL = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    rng = random.Random(seed)
    out = sys.stdout
    for i in range(N_TOTAL):
        out.write(json.dumps(article(rng, i), ensure_ascii=False))
        out.write("\n")
