//! The cue lexicon: verbs and phrases that signal an attribution.
//!
//! Every lemma carries a [`CueClass`] saying what kind of complement it
//! takes, which the rules use to decide how much evidence they need before
//! they call something an attribution ("said" needs almost none; "found"
//! needs a `that`-clause). Inflected forms are generated from the lemma by a
//! small regular-inflection function plus an irregular table, and looked up
//! in a map built once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Multiply-rotate hashing (FxHash-style) for the lexicon's static maps.
/// Their keys are the library's own words and nothing is ever inserted
/// from input, so SipHash's defence against chosen collisions buys
/// nothing here, while it was about 1.5% of single-thread extraction
/// (every token is looked up a few times).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let (words, rest) = bytes.as_chunks::<8>();
        for w in words {
            self.add(u64::from_le_bytes(*w));
        }
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        // The length keeps "ab" and "ab\0" apart.
        self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map of the lexicon, hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// What a cue verb means and so which complements make it an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// A verb of saying ("say", "tell", "insist"): direct quotes, bare
    /// clauses, `that`-clauses and postposed "…, she said." all count.
    Speech,
    /// A verb of thinking or knowing ("believe", "think"): a clause or a
    /// `that`-clause counts; postposed "…, he thinks." too.
    Cognition,
    /// A verb of wanting or intending ("want", "plan", "vow"): needs a
    /// `to`-infinitive or a `that`-clause.
    Intention,
    /// A verb of showing or finding ("show", "find", "reveal"): needs a
    /// `that`-clause (a bare object is usually not an attribution).
    Evidence,
    /// A verb that takes a noun phrase content ("call it a hoax",
    /// "accuse him of lying", "praise the deal").
    Object,
    /// A verb that only attributes next to a quotation or after its content
    /// ("“Later,” she continued." but not "she continued to lead").
    Manner,
}

/// `(lemma, class)`; the lemma is also the citation form returned by [`cue_lemma`].
const LEMMAS: &[(&str, CueClass)] = {
    use CueClass::*;
    &[
        // Saying.
        ("say", Speech),
        ("tell", Speech),
        ("add", Speech),
        ("note", Speech),
        ("stress", Speech),
        ("insist", Speech),
        ("claim", Speech),
        ("argue", Speech),
        ("write", Speech),
        ("tweet", Speech),
        ("retweet", Speech),
        ("post", Speech),
        ("warn", Speech),
        ("suggest", Speech),
        ("deny", Speech),
        ("acknowledge", Speech),
        ("explain", Speech),
        ("announce", Speech),
        ("report", Speech),
        ("state", Speech),
        ("declare", Speech),
        ("admit", Speech),
        ("reply", Speech),
        ("respond", Speech),
        ("ask", Speech),
        ("urge", Speech),
        ("confirm", Speech),
        ("reveal", Speech),
        ("concede", Speech),
        ("contend", Speech),
        ("maintain", Speech),
        ("assert", Speech),
        ("emphasize", Speech),
        ("emphasise", Speech),
        ("comment", Speech),
        ("remark", Speech),
        ("observe", Speech),
        ("allege", Speech),
        ("testify", Speech),
        ("predict", Speech),
        ("promise", Speech),
        ("vow", Speech),
        ("pledge", Speech),
        ("swear", Speech),
        ("repeat", Speech),
        ("reiterate", Speech),
        ("mention", Speech),
        ("conclude", Speech),
        ("estimate", Speech),
        ("speculate", Speech),
        ("joke", Manner),
        ("quip", Manner),
        ("shout", Manner),
        ("yell", Manner),
        ("scream", Manner),
        ("whisper", Manner),
        ("mutter", Manner),
        ("exclaim", Manner),
        ("boast", Speech),
        ("brag", Speech),
        ("complain", Speech),
        ("lament", Speech),
        ("charge", Speech),
        ("counter", Speech),
        ("retort", Speech),
        ("caution", Speech),
        ("inform", Speech),
        ("assure", Speech),
        ("advise", Speech),
        ("proclaim", Speech),
        ("recount", Speech),
        ("confess", Speech),
        ("hint", Speech),
        ("imply", Speech),
        ("indicate", Speech),
        ("signal", Speech),
        ("continue", Manner),
        ("demand", Speech),
        ("agree", Speech),
        ("disagree", Speech),
        ("recommend", Speech),
        ("propose", Speech),
        ("predict", Speech),
        ("tout", Speech),
        ("threaten", Speech),
        ("remind", Speech),
        ("blog", Speech),
        ("answer", Speech),
        ("recall", Speech),
        ("wonder", Speech),
        ("question", Speech),
        ("concur", Speech),
        ("suggest", Speech),
        ("affirm", Speech),
        ("reaffirm", Speech),
        ("forecast", Speech),
        ("rule", Speech),
        ("order", Speech),
        ("insinuate", Speech),
        ("grumble", Manner),
        ("gush", Manner),
        ("declare", Speech),
        ("announce", Speech),
        // Thinking and knowing.
        ("believe", Cognition),
        ("think", Cognition),
        ("know", Cognition),
        ("feel", Cognition),
        ("fear", Cognition),
        ("worry", Cognition),
        ("doubt", Cognition),
        ("suspect", Cognition),
        ("assume", Cognition),
        ("reckon", Cognition),
        ("guess", Cognition),
        ("imagine", Cognition),
        ("realize", Cognition),
        ("realise", Cognition),
        ("understand", Cognition),
        ("recognize", Cognition),
        ("recognise", Cognition),
        ("remember", Cognition),
        ("suppose", Cognition),
        ("figure", Cognition),
        ("consider", Cognition),
        ("acknowledge", Cognition),
        ("bet", Cognition),
        ("insist", Cognition),
        ("hear", Cognition),
        ("learn", Cognition),
        ("decide", Cognition),
        ("determine", Cognition),
        ("view", Cognition),
        ("see", Cognition),
        // Wanting and intending.
        ("want", Intention),
        ("hope", Intention),
        ("expect", Intention),
        ("plan", Intention),
        ("intend", Intention),
        ("wish", Intention),
        ("prefer", Intention),
        ("refuse", Intention),
        ("decline", Intention),
        ("seek", Intention),
        ("aim", Intention),
        ("vow", Intention),
        ("pledge", Intention),
        ("promise", Intention),
        ("threaten", Intention),
        ("offer", Intention),
        ("hesitate", Intention),
        ("desire", Intention),
        // Showing and finding.
        ("show", Evidence),
        ("find", Evidence),
        ("reveal", Evidence),
        ("demonstrate", Evidence),
        ("prove", Evidence),
        ("suggest", Evidence),
        ("indicate", Evidence),
        ("discover", Evidence),
        ("read", Evidence),
        // Taking a noun-phrase content.
        ("call", Object),
        ("describe", Object),
        ("accuse", Object),
        ("blame", Object),
        ("criticize", Object),
        ("criticise", Object),
        ("praise", Object),
        ("slam", Object),
        ("blast", Object),
        ("dismiss", Object),
        ("label", Object),
        ("dub", Object),
        ("brand", Object),
        ("deride", Object),
        ("decry", Object),
        ("denounce", Object),
        ("condemn", Object),
        ("defend", Object),
        ("endorse", Object),
        ("support", Object),
        ("oppose", Object),
        ("reject", Object),
        ("cite", Object),
        ("attack", Object),
        ("mock", Object),
        ("applaud", Object),
        ("welcome", Object),
        ("hail", Object),
        ("characterize", Object),
        ("characterise", Object),
        ("question", Object),
        ("challenge", Object),
        ("dispute", Object),
        ("thank", Object),
        ("smile", Manner),
        ("laugh", Manner),
        ("chuckle", Manner),
        ("sigh", Manner),
        ("snap", Manner),
        ("fume", Manner),
    ]
};

/// `(lemma, third person, past, past participle, -ing)` for lemmas whose
/// forms the regular rules get wrong.
const IRREGULAR: &[(&str, &str, &str, &str, &str)] = &[
    ("say", "says", "said", "said", "saying"),
    ("tell", "tells", "told", "told", "telling"),
    ("write", "writes", "wrote", "written", "writing"),
    ("think", "thinks", "thought", "thought", "thinking"),
    ("know", "knows", "knew", "known", "knowing"),
    ("feel", "feels", "felt", "felt", "feeling"),
    ("see", "sees", "saw", "seen", "seeing"),
    ("find", "finds", "found", "found", "finding"),
    ("show", "shows", "showed", "shown", "showing"),
    ("hear", "hears", "heard", "heard", "hearing"),
    ("read", "reads", "read", "read", "reading"),
    ("speak", "speaks", "spoke", "spoken", "speaking"),
    (
        "understand",
        "understands",
        "understood",
        "understood",
        "understanding",
    ),
    ("seek", "seeks", "sought", "sought", "seeking"),
    ("swear", "swears", "swore", "sworn", "swearing"),
    ("bet", "bets", "bet", "bet", "betting"),
    (
        "forecast",
        "forecasts",
        "forecast",
        "forecast",
        "forecasting",
    ),
    ("learn", "learns", "learned", "learnt", "learning"),
    ("lie", "lies", "lied", "lied", "lying"),
    ("begin", "begins", "began", "begun", "beginning"),
    ("agree", "agrees", "agreed", "agreed", "agreeing"),
    ("signal", "signals", "signaled", "signalled", "signaling"),
    ("dub", "dubs", "dubbed", "dubbed", "dubbing"),
    ("label", "labels", "labeled", "labelled", "labeling"),
    ("snap", "snaps", "snapped", "snapped", "snapping"),
];

/// Lemmas that double their final consonant ("admit" → "admitted").
const DOUBLING: &[&str] = &[
    "admit", "refer", "regret", "plan", "prefer", "quip", "brag", "concur", "slam", "pen", "blog",
    "bet", "dub",
];

/// Forms that are far more often nouns than cue verbs in news ("the state",
/// "attacks", "the rules"); the other forms of their lemmas stay cues.
const EXCLUDED_FORMS: &[&str] = &[
    "state",
    "states",
    "post",
    "posts",
    "rule",
    "rules",
    "attack",
    "attacks",
    "report",
    "comments",
    "question",
    "questions",
    "answer",
    "answers",
    "charges",
    "brand",
    "counter",
    "project",
    "order",
    "orders",
];

/// Multiword cues as lowercase token sequences. A `*` entry means "any
/// inflection of this lemma" and is checked through [`cue_lemma`].
const MULTIWORD: &[&[&str]] = &[
    &["according", "to"],
    &["*point", "out"],
    &["*point", "to"],
    &["*call", "for"],
    &["*call", "on"],
    &["*call", "upon"],
    &["*speak", "out"],
    &["*speak", "of"],
    &["*speak", "about"],
    &["*talk", "about"],
    &["*chime", "in"],
    &["*weigh", "in"],
    &["*make", "clear"],
    &["*make", "it", "clear"],
    &["*make", "the", "case"],
    &["*go", "on", "to", "say"],
    &["*refer", "to"],
    &["*push", "back"],
    &["*lash", "out"],
    &["*sign", "off", "on"],
    &["*come", "out", "against"],
    &["*come", "out", "for"],
    &["*take", "issue", "with"],
    &["*insist", "on"],
    &["*warn", "of"],
    &["*warn", "against"],
    &["*complain", "about"],
    &["*complain", "of"],
    &["*ask", "about"],
    &["*think", "of"],
    &["in", "a", "statement"],
    &["in", "an", "interview"],
    &["in", "a", "tweet"],
    &["in", "his", "view"],
    &["in", "her", "view"],
    &["in", "their", "view"],
    &["in", "the", "view", "of"],
    &["in", "the", "words", "of"],
    &["in", "the", "eyes", "of"],
    &["as", "reported", "by"],
];

/// Inflection lemmas used only inside multiword cues (not cues on their own).
const MULTIWORD_ONLY: &[&str] = &[
    "point", "speak", "talk", "chime", "make", "go", "refer", "push", "lash", "sign", "come",
    "take", "weigh",
];

struct Tables {
    /// Inflected form → lemma (first lemma wins for forms shared by two lemmas).
    forms: WordMap<String, &'static str>,
    /// Lemma → classes (a lemma may have several: "promise" speaks and intends).
    classes: WordMap<&'static str, Vec<CueClass>>,
    /// Every form of the multiword-only lemmas.
    helper_forms: WordMap<String, &'static str>,
    /// First words of the multiword cues written out (`according`...).
    multi_words: WordMap<&'static str, ()>,
    /// First lemmas of the multiword cues written as `*lemma`.
    multi_lemmas: WordMap<&'static str, ()>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut forms = WordMap::default();
        let mut classes: WordMap<&'static str, Vec<CueClass>> = WordMap::default();
        for &(lemma, class) in LEMMAS {
            let entry = classes.entry(lemma).or_default();
            if !entry.contains(&class) {
                entry.push(class);
            }
            for form in inflections(lemma) {
                if !EXCLUDED_FORMS.contains(&form.as_str()) {
                    forms.entry(form).or_insert(lemma);
                }
            }
        }
        let mut helper_forms = WordMap::default();
        for &lemma in MULTIWORD_ONLY {
            for form in inflections(lemma) {
                helper_forms.entry(form).or_insert(lemma);
            }
        }
        // A few irregular helpers of multiword cues.
        for (form, lemma) in [
            ("made", "make"),
            ("went", "go"),
            ("gone", "go"),
            ("came", "come"),
            ("took", "take"),
            ("taken", "take"),
        ] {
            helper_forms.insert(form.to_string(), lemma);
        }
        let mut multi_words = WordMap::default();
        let mut multi_lemmas = WordMap::default();
        for pattern in MULTIWORD {
            if let Some(&head) = pattern.first() {
                match head.strip_prefix('*') {
                    Some(lemma) => multi_lemmas.insert(lemma, ()),
                    None => multi_words.insert(head, ()),
                };
            }
        }
        Tables {
            forms,
            classes,
            helper_forms,
            multi_words,
            multi_lemmas,
        }
    })
}

/// All forms of a lemma: itself, third person singular, past, past
/// participle and present participle.
pub fn inflections(lemma: &'static str) -> Vec<String> {
    if let Some(&(_, s, past, pp, ing)) = IRREGULAR.iter().find(|e| e.0 == lemma) {
        return vec![
            lemma.to_string(),
            s.to_string(),
            past.to_string(),
            pp.to_string(),
            ing.to_string(),
        ];
    }
    let (s, past, ing) = regular_forms(lemma);
    vec![lemma.to_string(), s, past, ing]
}

/// Regular English inflection: third person "-s", past "-ed", "-ing".
fn regular_forms(lemma: &str) -> (String, String, String) {
    let stem_no_last = &lemma[..lemma.len().saturating_sub(1)];
    let last = lemma.chars().last().unwrap_or(' ');
    let before_last = stem_no_last.chars().last().unwrap_or(' ');
    let is_vowel = |c: char| "aeiou".contains(c);
    if DOUBLING.contains(&lemma) {
        let doubled = format!("{lemma}{last}");
        return (
            format!("{lemma}s"),
            format!("{doubled}ed"),
            format!("{doubled}ing"),
        );
    }
    if last == 'y' && !is_vowel(before_last) {
        return (
            format!("{stem_no_last}ies"),
            format!("{stem_no_last}ied"),
            format!("{lemma}ing"),
        );
    }
    if last == 'e' {
        // "argue" → "arguing", but "agree"/"see" keep the e (handled as irregular).
        return (
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{stem_no_last}ing"),
        );
    }
    if lemma.ends_with("ss")
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || last == 'x'
        || last == 'z'
    {
        return (
            format!("{lemma}es"),
            format!("{lemma}ed"),
            format!("{lemma}ing"),
        );
    }
    (
        format!("{lemma}s"),
        format!("{lemma}ed"),
        format!("{lemma}ing"),
    )
}

/// The lemma of a single-word cue in any inflection ("said" → "say"), or
/// `None` when the word is not a cue. Expects lowercase input.
pub fn cue_lemma(word_lower: &str) -> Option<&'static str> {
    tables().forms.get(word_lower).copied()
}

/// Classes of a cue lemma (empty for non-cues).
pub fn cue_classes(lemma: &str) -> &'static [CueClass] {
    tables().classes.get(lemma).map_or(&[], |v| v.as_slice())
}

/// Whether a lemma has the given class.
pub fn has_class(lemma: &str, class: CueClass) -> bool {
    cue_classes(lemma).contains(&class)
}

/// Whether a lowercase word is a form of a verb of saying (the narrow set
/// that introduces direct quotes).
pub fn is_speech_verb(word_lower: &str) -> bool {
    cue_lemma(word_lower)
        .is_some_and(|l| has_class(l, CueClass::Speech) || has_class(l, CueClass::Manner))
}

/// Lemma of a word that is a cue only with its particle ("pointed" in
/// "pointed out", "referring" in "referring to"), or `None`.
pub fn particle_head_lemma(word_lower: &str) -> Option<&'static str> {
    tables().helper_forms.get(word_lower).copied()
}

/// Length in tokens of a multiword cue starting at `words_lower[0]`
/// (`["according", "to", …]` → 2, `["pointed", "out"]` → 2), or `None`.
/// The longest match wins.
pub fn multiword_cue_at(words_lower: &[&str]) -> Option<usize> {
    let first = words_lower.first()?;
    let t = tables();
    let first_lemma = cue_lemma(first).or_else(|| t.helper_forms.get(*first).copied());
    // Most words start no pattern: two lookups instead of a scan of them all.
    if !t.multi_words.contains_key(first)
        && !first_lemma.is_some_and(|l| t.multi_lemmas.contains_key(l))
    {
        return None;
    }
    let mut best = None;
    for pattern in MULTIWORD {
        if pattern.len() > words_lower.len() {
            continue;
        }
        let head_ok = match pattern[0].strip_prefix('*') {
            Some(lemma) => first_lemma == Some(lemma),
            None => pattern[0] == *first,
        };
        if head_ok
            && pattern[1..]
                .iter()
                .zip(&words_lower[1..])
                .all(|(p, w)| p == w)
        {
            best = best.max(Some(pattern.len()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_forms() {
        for (w, l) in [
            ("said", "say"),
            ("says", "say"),
            ("saying", "say"),
            ("told", "tell"),
            ("wrote", "write"),
            ("written", "write"),
            ("thought", "think"),
            ("knew", "know"),
            ("sought", "seek"),
            ("found", "find"),
        ] {
            assert_eq!(cue_lemma(w), Some(l), "{w}");
        }
    }

    #[test]
    fn regular_forms_are_generated() {
        for (w, l) in [
            ("added", "add"),
            ("adds", "add"),
            ("adding", "add"),
            ("argued", "argue"),
            ("arguing", "argue"),
            ("denies", "deny"),
            ("denied", "deny"),
            ("denying", "deny"),
            ("stresses", "stress"),
            ("stressed", "stress"),
            ("admitted", "admit"),
            ("admitting", "admit"),
            ("tweeted", "tweet"),
            ("emphasized", "emphasize"),
            ("emphasised", "emphasise"),
            ("agreeing", "agree"),
            ("replied", "reply"),
            ("vowed", "vow"),
            ("plans", "plan"),
            ("planned", "plan"),
            ("hopes", "hope"),
            ("worries", "worry"),
            ("quipped", "quip"),
            ("accused", "accuse"),
            ("described", "describe"),
        ] {
            assert_eq!(cue_lemma(w), Some(l), "{w}");
        }
    }

    #[test]
    fn non_cues() {
        for w in [
            "the",
            "president",
            "sad",
            "sailed",
            "table",
            "point",
            "",
            "Said",
            "state",
            "rules",
        ] {
            assert_eq!(cue_lemma(w), None, "{w}");
        }
    }

    #[test]
    fn speech_verbs_are_narrower() {
        assert!(is_speech_verb("said"));
        assert!(is_speech_verb("told"));
        assert!(is_speech_verb("insisted"));
        assert!(!is_speech_verb("believes"));
        assert!(!is_speech_verb("wants"));
        assert!(!is_speech_verb("showed"));
    }

    #[test]
    fn lexicon_is_large_enough() {
        let lemmas: std::collections::HashSet<_> = LEMMAS.iter().map(|e| e.0).collect();
        assert!(lemmas.len() >= 150, "{} lemmas", lemmas.len());
    }

    #[test]
    fn every_lemma_is_its_own_form() {
        for &(lemma, class) in LEMMAS {
            if EXCLUDED_FORMS.contains(&lemma) {
                continue;
            }
            assert!(cue_lemma(lemma).is_some(), "{lemma}");
            assert!(has_class(lemma, class), "{lemma}");
        }
    }

    #[test]
    fn particle_heads() {
        assert_eq!(particle_head_lemma("pointed"), Some("point"));
        assert_eq!(particle_head_lemma("referring"), Some("refer"));
        assert_eq!(particle_head_lemma("referred"), Some("refer"));
        assert_eq!(particle_head_lemma("made"), Some("make"));
        assert_eq!(particle_head_lemma("said"), None);
        assert_eq!(multiword_cue_at(&["referred", "to", "him"]), Some(2));
    }

    #[test]
    fn multiword_cues() {
        assert_eq!(
            multiword_cue_at(&["according", "to", "the", "report"]),
            Some(2)
        );
        assert_eq!(multiword_cue_at(&["pointed", "out", "that"]), Some(2));
        assert_eq!(multiword_cue_at(&["points", "to"]), Some(2));
        assert_eq!(multiword_cue_at(&["made", "it", "clear"]), Some(3));
        assert_eq!(multiword_cue_at(&["in", "a", "statement", ","]), Some(3));
        assert_eq!(multiword_cue_at(&["calls", "for"]), Some(2));
        assert_eq!(multiword_cue_at(&["according"]), None);
        assert_eq!(multiword_cue_at(&["in", "a", "hurry"]), None);
        assert_eq!(multiword_cue_at(&[]), None);
    }
}
