//! Invented articles for the corpus-store tests (no real article text).
#![allow(dead_code)]

use std::fmt::Write;

const PEOPLE: &[(&str, &str, &str)] = &[
    ("Ana", "Ruiz", "Mayor"),
    ("Tom", "Reyes", "Councilman"),
    ("Mara", "Quill", "Senator"),
    ("Omar", "Diaz", "Governor"),
    ("Grace", "Okafor", "Superintendent"),
    ("Lena", "Park", "Treasurer"),
];

const OUTLETS: &[&str] = &[
    "Valley Gazette",
    "Coast Daily",
    "Inland Herald",
    "Metro Post",
];

const QUOTES: &[&str] = &[
    "We will rebuild the old bridge before the first snow",
    "The river does not wait for budgets or for elections",
    "Every family in this county deserves a safe road home",
    "Our schools need teachers more than they need new stadiums",
    "This investigation is a witch hunt and everybody knows it",
    "The budget deficit is a problem we can no longer ignore",
    "Nobody on this council voted to close the library",
    "We have asked the state for help three times this year",
];

/// Document `i` of a reproducible synthetic corpus as one JSONL line.
pub fn jsonl_doc(i: usize) -> String {
    let (first, last, role) = PEOPLE[i % PEOPLE.len()];
    let (first2, last2, _) = PEOPLE[(i / 3 + 1) % PEOPLE.len()];
    let q1 = QUOTES[i % QUOTES.len()];
    let q2 = QUOTES[(i * 7 + 3) % QUOTES.len()];
    let mut text = String::new();
    let _ = write!(
        text,
        "“{q1},” {role} {first} {last} said on Monday in article {i}.\n\n\
         The council met for {n} hours before the vote.\n\n\
         “{q2},” said {first2} {last2}. {last} did not respond to a request for comment.",
        n = i % 5 + 2
    );
    let outlet = OUTLETS[i % OUTLETS.len()];
    let day = i % 28 + 1;
    let month = i % 12 + 1;
    serde_json::json!({
        "id": format!("doc-{i:05}"),
        "outlet": outlet,
        "published": format!("2023-{month:02}-{day:02}"),
        "text": text,
    })
    .to_string()
}

/// `n` documents as JSONL.
pub fn jsonl_corpus(n: usize) -> String {
    (0..n).map(|i| jsonl_doc(i) + "\n").collect()
}
