//! Abbreviations that keep their period, and which of them may end a sentence.

/// Titles and other abbreviations that are (almost) never sentence-final.
const NON_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "lt", "gen",
    "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "pres", "rev", "hon", "sr", "st", "ft",
    "mt", "supt", "det", "insp", "amb", "atty", "vs", "v", "vol", "pp", "gens", "reps", "jan",
    "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif",
    "colo", "conn", "fla", "ga", "kan", "ky", "md", "mich", "minn", "mont", "neb", "nev", "okla",
    "tenn", "tex", "va", "vt", "wis", "wyo", "e.g", "i.e", "approx", "dept", "univ", "ave", "blvd",
    "rd",
];

/// Abbreviations that often end a sentence too ("… of Apple Inc. The …").
const MAYBE_FINAL: &[&str] = &[
    "jr", "inc", "co", "corp", "ltd", "llc", "etc", "bros", "p.m", "a.m", "al",
];

/// Whether `word` (without its final period) keeps the period as part of the token.
pub fn keeps_period(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // Initials: "J." and dotted acronyms: "U.S." "D.C." "a.m."
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let lower = word.to_lowercase();
    NON_FINAL.contains(&lower.as_str()) || MAYBE_FINAL.contains(&lower.as_str())
}

/// Whether a token ending in a period is an abbreviation that never ends a sentence
/// (titles, initials, months).
pub fn never_final(token: &str) -> bool {
    let word = token.strip_suffix('.').unwrap_or(token);
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // Single initials. A lone capital letter at a sentence end is rare in news.
        return c.is_uppercase();
    }
    NON_FINAL.contains(&word.to_lowercase().as_str())
}

/// Words that commonly open a sentence; after an abbreviation like "U.S." or
/// "Inc." they signal that the abbreviation also ended the sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "In"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "There"
            | "What"
            | "When"
            | "While"
            | "If"
            | "As"
            | "So"
            | "Yet"
            | "Still"
            | "However"
            | "Meanwhile"
            | "At"
            | "On"
            | "For"
            | "After"
            | "Before"
            | "Since"
            | "Some"
            | "Many"
            | "Most"
            | "Other"
            | "One"
            | "You"
            | "Asked"
            | "According"
            | "Last"
            | "Earlier"
            | "Later"
            | "Now"
            | "Then"
            | "Also"
    )
}
