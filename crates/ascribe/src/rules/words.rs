//! Closed-class word lists: without a part-of-speech tagger, these (plus
//! capitalization and punctuation) are how the rules tell a noun phrase from
//! the rest of a clause. All lists take lowercase words.

/// Determiners, possessives and quantifiers: they open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "most"
            | "several"
            | "few"
            | "all"
            | "both"
            | "each"
            | "every"
            | "another"
            | "any"
            | "no"
            | "numerous"
            | "multiple"
            | "various"
            | "certain"
            | "such"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
    )
}

/// Articles, demonstratives and possessives: a word right after one of these
/// is a noun ("the report", "his claims"), not a verb. Quantifiers and
/// numbers are not in the list: "many said", "two said".
pub fn is_article(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "every"
            | "each"
            | "another"
            | "any"
            | "no"
    )
}

/// Possessive determiners (a noun must follow them).
pub fn is_possessive(w: &str) -> bool {
    matches!(w, "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

/// Pronouns that can be the subject (and so the source) of a cue verb.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "it"
            | "who"
            | "which"
            | "others"
            | "someone"
            | "everyone"
            | "nobody"
            | "somebody"
            | "anyone"
            | "some"
            | "many"
            | "most"
            | "both"
            | "all"
            | "few"
            | "one"
            | "none"
    )
}

/// Personal pronouns proper (a subject pronoun that never starts a longer noun phrase).
pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "we" | "i" | "you" | "it" | "who" | "which"
    )
}

/// Object pronouns (the recipient after "told").
pub fn is_object_pronoun(w: &str) -> bool {
    matches!(
        w,
        "him" | "her" | "them" | "us" | "me" | "you" | "it" | "one" | "everyone" | "anyone"
    )
}

/// Auxiliaries, modals and negation: part of the cue's verb group.
pub fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "not"
            | "n't"
            | "n’t"
            | "never"
            | "’s"
            | "'s"
            | "’ve"
            | "'ve"
            | "’d"
            | "'d"
            | "’ll"
            | "'ll"
            | "’re"
            | "'re"
    )
}

/// Forms of "be" (a passive cue: "it was reported that").
pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "’s" | "'s"
    )
}

/// Adverbs that sit inside a verb group ("also said", "has repeatedly argued").
pub fn is_verb_adverb(w: &str) -> bool {
    if matches!(
        w,
        "also"
            | "later"
            | "then"
            | "once"
            | "often"
            | "again"
            | "always"
            | "still"
            | "even"
            | "already"
            | "first"
            | "ever"
            | "long"
            | "just"
            | "since"
            | "previously"
            | "now"
            | "too"
            | "further"
            | "earlier"
            | "only"
            | "soon"
            | "recently"
            | "once-again"
    ) {
        return true;
    }
    // Most "-ly" words are adverbs; these common nouns and adjectives are not.
    w.len() >= 5
        && w.ends_with("ly")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(
            w,
            "family"
                | "assembly"
                | "supply"
                | "rally"
                | "ally"
                | "italy"
                | "july"
                | "anomaly"
                | "monopoly"
                | "reply"
                | "bully"
                | "daily"
                | "weekly"
                | "monthly"
                | "early"
                | "likely"
                | "holy"
                | "jolly"
                | "friendly"
                | "elderly"
                | "lonely"
                | "ugly"
                | "only"
        )
}

/// Prepositions.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "to"
            | "from"
            | "by"
            | "with"
            | "about"
            | "after"
            | "before"
            | "during"
            | "into"
            | "over"
            | "under"
            | "through"
            | "against"
            | "among"
            | "without"
            | "within"
            | "as"
            | "than"
            | "like"
            | "for"
            | "of"
            | "since"
            | "until"
            | "upon"
            | "onto"
            | "across"
            | "behind"
            | "beyond"
            | "despite"
            | "amid"
            | "toward"
            | "towards"
            | "via"
            | "per"
            | "outside"
            | "inside"
            | "near"
            | "off"
            | "around"
            | "following"
            | "including"
    )
}

/// Conjunctions, complementizers and wh-words.
pub fn is_conjunction(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "nor"
            | "so"
            | "yet"
            | "because"
            | "while"
            | "when"
            | "whenever"
            | "if"
            | "although"
            | "though"
            | "that"
            | "whether"
            | "where"
            | "unless"
            | "what"
            | "why"
            | "how"
            | "whom"
            | "whose"
            | "as"
            | "once"
            | "after"
            | "before"
            | "since"
            | "until"
    )
}

/// Subordinators: a sentence opening with one starts with a subordinate
/// clause that ends at a comma ("When Trump announced his run, he …").
pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "while"
            | "after"
            | "although"
            | "though"
            | "because"
            | "since"
            | "before"
            | "if"
            | "once"
            | "as"
            | "until"
            | "whereas"
            | "whether"
    )
}

/// Time words that are adjuncts, not speakers ("Smith said Tuesday").
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "yesterday"
            | "today"
            | "tonight"
            | "tomorrow"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "recently"
            | "now"
            | "then"
            | "week"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
    )
}

/// Words that can never be part of a subject noun phrase.
pub fn is_np_stop(w: &str) -> bool {
    is_preposition(w)
        || is_conjunction(w)
        || is_auxiliary(w)
        || is_object_pronoun(w) && !matches!(w, "her" | "one" | "everyone" | "anyone")
        || is_verb_adverb(w)
        || is_time_word(w) && !matches!(w, "week" | "month" | "year")
        || matches!(
            w,
            "to" | "there"
                | "here"
                | "however"
                | "meanwhile"
                | "instead"
                | "indeed"
                | "thus"
                | "therefore"
                | "also"
                | "very"
                | "more"
                | "less"
                | "much"
                | "who"
                | "which"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "it"
                | "so-called"
                | "said"
                | "says"
                | "say"
                | "not"
                | "yes"
                | "no"
                | "well"
                | "too"
                | "where"
                | "when"
                | "there's"
                | "let"
                | "please"
                | "like"
        )
}

/// Words that introduce a content clause or infinitive right after a cue.
pub fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "whether"
            | "if"
            | "how"
            | "what"
            | "why"
            | "when"
            | "who"
            | "where"
            | "which"
            | "to"
    )
}

/// First words of adjuncts that may sit between a cue and its `that`-clause
/// or end a postposed frame ("said on Tuesday", "told reporters in Iowa").
pub fn opens_adjunct(w: &str) -> bool {
    is_time_word(w)
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "to"
                | "from"
                | "while"
                | "with"
                | "via"
                | "over"
                | "this"
                | "last"
                | "late"
                | "early"
                | "earlier"
                | "privately"
                | "publicly"
                | "repeatedly"
                | "again"
                | "recently"
                | "also"
                | "however"
                | "too"
                | "afterward"
                | "afterwards"
                | "flatly"
                | "simply"
                | "matter-of-factly"
                | "bluntly"
                | "sternly"
                | "quietly"
                | "loudly"
                | "angrily"
                | "frankly"
                | "firmly"
                | "openly"
                | "emphatically"
                | "succinctly"
                | "candidly"
        )
}

/// Labels that look like "Source:" but introduce no speech ("Update: …").
pub fn is_label_word(w: &str) -> bool {
    matches!(
        w,
        "update"
            | "updated"
            | "watch"
            | "read"
            | "related"
            | "note"
            | "editor"
            | "editor's"
            | "editor’s"
            | "breaking"
            | "exclusive"
            | "photos"
            | "photo"
            | "video"
            | "videos"
            | "live"
            | "listen"
            | "see"
            | "source"
            | "sources"
            | "image"
            | "images"
            | "credit"
            | "correction"
            | "clarification"
            | "also"
            | "more"
            | "warning"
            | "analysis"
            | "opinion"
            | "the"
            | "by"
            | "subscribe"
            | "sign"
            | "follow"
            | "click"
            | "contact"
            | "email"
            | "share"
            | "tags"
            | "tag"
            | "topics"
            | "posted"
            | "filed"
            | "published"
            | "advertisement"
            | "sponsored"
            | "featured"
            | "trending"
            | "top"
            | "latest"
            | "previously"
            | "transcript"
            | "full"
            | "question"
            | "answer"
            | "day"
            | "part"
            | "chapter"
            | "step"
            | "bonus"
            | "tip"
            | "fact"
            | "claim"
            | "verdict"
            | "ruling"
            | "bottom"
            // Genre labels of headlines ("Review: …", "Explainer: …").
            | "review"
            | "preview"
            | "recap"
            | "explainer"
            | "editorial"
            | "obituary"
            | "factbox"
            | "podcast"
            | "quiz"
            | "commentary"
    )
}

/// Verbs whose first object is the addressee, not the content ("told reporters").
pub fn takes_recipient(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell" | "inform" | "assure" | "remind" | "advise" | "notify" | "warn" | "promise" | "ask"
    )
}

/// Sentence-final or clause-final punctuation that a content span drops.
pub fn is_trailing_punct(w: &str) -> bool {
    matches!(
        w,
        "." | "," | ";" | ":" | "!" | "?" | "…" | "..." | "—" | "–" | "--" | "-"
    )
}
