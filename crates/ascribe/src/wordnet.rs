//! Semantic word classes from WordNet 3.0: for a word, the lexicographer
//! files ("verb.communication", "noun.person", ...) of its verb and noun
//! senses. They let the learned model generalize from the cue words it saw
//! in training to rare ones of the same kind ("lament", "concede").
//!
//! The committed table (`data/wordnet/classes.txt`, see its README) lists
//! lemmas and irregular forms; regular inflections ("claims", "argued",
//! "warning") are undone here with WordNet's own suffix rules.

use crate::lexicon::WordMap;
use std::sync::OnceLock;

/// Verb classes, in the table's letter order (`a` = bit 0).
pub mod verb {
    /// verb.cognition: believe, think, know.
    pub const COGNITION: u8 = 2;
    /// verb.communication: say, tell, insist, concede.
    pub const COMMUNICATION: u8 = 3;
    /// verb.emotion: fear, regret.
    pub const EMOTION: u8 = 8;
    /// verb.perception: see, hear, notice.
    pub const PERCEPTION: u8 = 10;
    /// verb.social: vow, demand.
    pub const SOCIAL: u8 = 12;
    /// Number of verb classes.
    pub const COUNT: u8 = 15;
}

/// Noun classes, in the table's letter order (`a` = bit 0).
pub mod noun {
    /// noun.act: decision, attack.
    pub const ACT: u8 = 0;
    /// noun.cognition: belief, view.
    pub const COGNITION: u8 = 1;
    /// noun.communication: statement, claim, report.
    pub const COMMUNICATION: u8 = 2;
    /// noun.group: committee, family, crowd.
    pub const GROUP: u8 = 4;
    /// noun.person: spokesman, senator.
    pub const PERSON: u8 = 6;
    /// Number of noun classes.
    pub const COUNT: u8 = 7;
}

/// The classes of one word form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes {
    /// Bit `c` set when some verb sense is in verb class `c`.
    pub verb: u16,
    /// Bit `c` set when some noun sense is in noun class `c`.
    pub noun: u16,
    /// Class of the most frequent verb sense, plus one (0: no verb sense,
    /// or its class is not in the table).
    pub verb_first: u8,
    /// Class of the most frequent noun sense, plus one (0 likewise).
    pub noun_first: u8,
}

impl Classes {
    /// Whether the word has nothing in the table.
    pub fn is_empty(&self) -> bool {
        self.verb == 0 && self.noun == 0
    }

    /// Whether some verb sense is in verb class `c`.
    pub fn has_verb(&self, c: u8) -> bool {
        self.verb >> c & 1 == 1
    }

    /// Whether some noun sense is in noun class `c`.
    pub fn has_noun(&self, c: u8) -> bool {
        self.noun >> c & 1 == 1
    }

    /// All fields in one integer (for per-token feature storage).
    pub fn packed(&self) -> u64 {
        u64::from(self.verb)
            | u64::from(self.noun) << 16
            | u64::from(self.verb_first) << 32
            | u64::from(self.noun_first) << 40
    }

    /// The inverse of [`Classes::packed`].
    pub fn unpack(x: u64) -> Classes {
        Classes {
            verb: x as u16,
            noun: (x >> 16) as u16,
            verb_first: (x >> 32) as u8,
            noun_first: (x >> 40) as u8,
        }
    }

    fn add_verb(&mut self, o: Classes) {
        self.verb |= o.verb;
        if self.verb_first == 0 {
            self.verb_first = o.verb_first;
        }
    }

    fn add_noun(&mut self, o: Classes) {
        self.noun |= o.noun;
        if self.noun_first == 0 {
            self.noun_first = o.noun_first;
        }
    }
}

const TABLE: &str = include_str!("../../../data/wordnet/classes.txt");

/// One field of a table line: the first letter is the first sense's class
/// (`-` when not kept), the rest further classes.
fn parse_field(s: &str, count: u8) -> (u16, u8) {
    let mut mask = 0u16;
    let mut first = 0u8;
    for (k, b) in s.bytes().enumerate() {
        let Some(c) = b.checked_sub(b'a').filter(|&c| c < count) else {
            continue;
        };
        mask |= 1 << c;
        if k == 0 {
            first = c + 1;
        }
    }
    (mask, first)
}

fn table() -> &'static WordMap<&'static str, Classes> {
    static MAP: OnceLock<WordMap<&'static str, Classes>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = WordMap::default();
        map.reserve(32_000);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.split('\t');
            let (Some(word), Some(v), Some(n)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let (verb, verb_first) = parse_field(v, verb::COUNT);
            let (noun, noun_first) = parse_field(n, noun::COUNT);
            map.insert(
                word,
                Classes {
                    verb,
                    noun,
                    verb_first,
                    noun_first,
                },
            );
        }
        map
    })
}

/// WordNet's detachment rules (as in its `morphy`): suffix → replacement.
const NOUN_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];
const VERB_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];

/// Longest word the inflection fallback rewrites (a stack buffer, so no
/// allocation per token).
const MAX_WORD: usize = 40;

/// The classes of exactly this lowercase form, without undoing inflections
/// ("adams" is listed as a person of its own; "rescuers" is not listed).
pub fn exact(lower: &str) -> Classes {
    table().get(lower).copied().unwrap_or_default()
}

/// The classes of a lowercase word: those of the form itself plus those of
/// the lemmas its regular inflection suffixes point to ("claims" → "claim",
/// "argued" → "argue"). Empty for unknown words.
pub fn classes(lower: &str) -> Classes {
    let map = table();
    let mut out = map.get(lower).copied().unwrap_or_default();
    if lower.len() > MAX_WORD {
        return out;
    }
    let mut buf = [0u8; MAX_WORD];
    let mut base = |suffix: &str, repl: &str| -> Option<Classes> {
        let stem = lower.strip_suffix(suffix)?;
        if stem.len() < 2 {
            return None;
        }
        let len = stem.len() + repl.len();
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..len].copy_from_slice(repl.as_bytes());
        let word = std::str::from_utf8(&buf[..len]).ok()?;
        map.get(word).copied()
    };
    for &(suffix, repl) in NOUN_RULES {
        if let Some(c) = base(suffix, repl) {
            out.add_noun(c);
        }
    }
    for &(suffix, repl) in VERB_RULES {
        if let Some(c) = base(suffix, repl) {
            out.add_verb(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_words_are_communication() {
        for w in [
            "say",
            "said",
            "says",
            "told",
            "insisted",
            "lamenting",
            "wrote",
            "argued",
        ] {
            let c = classes(w);
            assert!(c.has_verb(verb::COMMUNICATION), "{w}: {c:?}");
        }
        assert_eq!(classes("said").verb_first, verb::COMMUNICATION + 1);
        assert!(classes("believes").has_verb(verb::COGNITION));
        for w in ["statement", "claims", "reports"] {
            assert!(classes(w).has_noun(noun::COMMUNICATION), "{w}");
        }
        assert!(classes("spokesmen").has_noun(noun::PERSON));
        // "warning" is a noun lemma and the -ing form of "warn".
        let warning = classes("warning");
        assert!(warning.has_noun(noun::COMMUNICATION) && warning.has_verb(verb::COMMUNICATION));
    }

    #[test]
    fn other_words_are_not() {
        for w in ["table", "tables", "banana", "the", "of"] {
            let c = classes(w);
            assert!(!c.has_verb(verb::COMMUNICATION), "{w}: {c:?}");
            assert!(!c.has_noun(noun::COMMUNICATION), "{w}: {c:?}");
        }
        assert!(classes("xyzzy").is_empty());
        assert!(classes("").is_empty());
        assert!(classes(&"s".repeat(100)).is_empty());
    }

    #[test]
    fn packing_round_trips() {
        let c = classes("claim");
        assert!(!c.is_empty());
        assert_eq!(Classes::unpack(c.packed()), c);
    }
}
