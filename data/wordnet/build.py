#!/usr/bin/env python3
"""Derives data/wordnet/classes.txt from the WordNet 3.0 database files.

Usage: python3 data/wordnet/build.py [WORDNET_DIR] > data/wordnet/classes.txt

WORDNET_DIR defaults to /usr/share/wordnet (Debian package wordnet-base).
Standard library only. See README.md for the output format.
"""

import os
import sys

# Lexicographer files by number (WordNet's lexnames list). The data files
# give each synset's file as this two-digit number.
LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
    "noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
    "noun.communication", "noun.event", "noun.feeling", "noun.food",
    "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
    "noun.process", "noun.quantity", "noun.relation", "noun.shape",
    "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
    "verb.motion", "verb.perception", "verb.possession", "verb.social",
    "verb.stative", "verb.weather", "adj.ppl",
]

# The classes the table keeps, each written as one letter (its position
# here: a, b, c, ...). Verbs: all fifteen (few words). Nouns: the ones that
# say something about speech, thought, people and what they do; the
# concrete ones (artifact, animal, food, ...) would only make the file big.
VERB_CLASSES = [
    "verb.body", "verb.change", "verb.cognition", "verb.communication",
    "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
    "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
    "verb.social", "verb.stative", "verb.weather",
]
NOUN_CLASSES = [
    "noun.act", "noun.cognition", "noun.communication", "noun.feeling",
    "noun.group", "noun.motive", "noun.person",
]


def letters(classes):
    return {name: chr(ord("a") + i) for i, name in enumerate(classes)}


def read_index(wn, pos):
    """lemma -> lexfile numbers of its senses, most frequent sense first."""
    offsets = {}
    with open(os.path.join(wn, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            parts = line.split()
            lemma = parts[0]
            synsets = int(parts[2])
            pointers = int(parts[3])
            # lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
            offsets[lemma] = [int(o) for o in parts[6 + pointers:6 + pointers + synsets]]
    lexfile = {}
    with open(os.path.join(wn, "data." + pos), "rb") as f:
        data = f.read()
    senses = {}
    for lemma, offs in offsets.items():
        files = []
        for off in offs:
            if off not in lexfile:
                # offset lex_filenum ss_type ...: the offset is the byte position.
                lexfile[off] = int(data[off:data.index(b" ", off + 9)].split()[1])
            files.append(lexfile[off])
        senses[lemma] = files
    return senses


def read_exceptions(wn, pos):
    """inflected form -> base forms (irregular inflections)."""
    exc = {}
    with open(os.path.join(wn, pos + ".exc"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                exc.setdefault(parts[0], []).extend(parts[1:])
    return exc


def field(files, keep):
    """First-sense letter ('-' when its class is not kept), then the other
    kept classes in letter order. Empty when no sense is kept."""
    names = [LEXNAMES[n] for n in files]
    kept = sorted({keep[n] for n in names if n in keep})
    if not kept:
        return ""
    first = keep.get(names[0], "-")
    return first + "".join(c for c in kept if c != first)


def forms(senses, exc):
    """word form -> sense lexfiles: the lemma's own senses, then those of the
    bases the exception list gives for it."""
    out = {w: list(s) for w, s in senses.items()}
    for form, bases in exc.items():
        for base in bases:
            if base in senses:
                out.setdefault(form, []).extend(senses[base])
    return out


def plain(word):
    # Single lowercase words only: tokens are words, not WordNet collocations.
    return word.isascii() and word.isalpha() and word.islower()


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    verbs = forms(read_index(wn, "verb"), read_exceptions(wn, "verb"))
    nouns = forms(read_index(wn, "noun"), read_exceptions(wn, "noun"))
    vkeep, nkeep = letters(VERB_CLASSES), letters(NOUN_CLASSES)
    out = sys.stdout
    out.write("# WordNet 3.0 lexicographer classes per word; see README.md\n")
    for word in sorted(w for w in set(verbs) | set(nouns) if plain(w)):
        v = field(verbs.get(word, []), vkeep)
        n = field(nouns.get(word, []), nkeep)
        if v or n:
            out.write(f"{word}\t{v}\t{n}\n")


if __name__ == "__main__":
    main()
