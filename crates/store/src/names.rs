//! Person names and roles: parsing "Attorney General Jeff Sessions" into a
//! title, first, middle and last name, and deciding whether two mentions can
//! be the same person.
//!
//! The rules are deliberately conservative: names merge when nothing
//! conflicts (same surname; first names equal, nicknames of each other, or
//! an initial and a name; no clash of middle initials or of Mr./Mrs.), and a
//! bare surname joins a known person only when that person is the only
//! candidate, or the only one whose known roles match the mention's role.

/// Words that are titles or role words when they precede a name.
const TITLE_WORDS: &[&str] = &[
    "acting",
    "adm",
    "admiral",
    "agent",
    "ambassador",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilmember",
    "councilwoman",
    "cpl",
    "dame",
    "dep",
    "deputy",
    "det",
    "detective",
    "director",
    "dr",
    "emperor",
    "executive",
    "father",
    "former",
    "gen",
    "general",
    "gov",
    "governor",
    "incoming",
    "insp",
    "inspector",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lord",
    "lt",
    "madam",
    "maj",
    "major",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "officer",
    "outgoing",
    "pastor",
    "police",
    "pope",
    "pres",
    "president",
    "press",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "sir",
    "sister",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sr",
    "superintendent",
    "supt",
    "then",
    "treasurer",
    "trooper",
    "vice",
    "whip",
];

/// Lower-case particles that belong to a surname ("von der Leyen").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van",
    "von",
];

/// Generational suffixes, kept out of the surname.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "v"];

/// Nickname groups: every name in a group may stand for the others.
const NICKNAMES: &[&[&str]] = &[
    &["william", "bill", "billy", "will", "willie"],
    &["robert", "bob", "bobby", "rob", "robbie", "bert"],
    &["richard", "dick", "rick", "ricky", "rich"],
    &["james", "jim", "jimmy", "jamie"],
    &["john", "jack", "johnny"],
    &["joseph", "joe", "joey"],
    &["michael", "mike", "mickey"],
    &["thomas", "tom", "tommy"],
    &["charles", "charlie", "chuck"],
    &["edward", "ed", "eddie", "ted", "teddy", "ned"],
    &[
        "elizabeth",
        "liz",
        "beth",
        "betsy",
        "eliza",
        "lisa",
        "libby",
    ],
    &[
        "katherine",
        "kathryn",
        "catherine",
        "kate",
        "katie",
        "kathy",
        "cathy",
    ],
    &["margaret", "maggie", "meg", "peggy"],
    &["jefferson", "jeff", "jeffrey", "geoffrey"],
    &["christopher", "chris"],
    &["christine", "christina", "chris"],
    &["daniel", "dan", "danny"],
    &["david", "dave"],
    &["donald", "don", "donnie"],
    &["anthony", "tony"],
    &["andrew", "andy", "drew"],
    &["alexander", "alex", "sandy"],
    &["benjamin", "ben", "benny"],
    &["gregory", "greg"],
    &["kenneth", "ken", "kenny"],
    &["lawrence", "larry"],
    &["matthew", "matt"],
    &["nicholas", "nick"],
    &["patrick", "pat"],
    &["patricia", "pat", "patty", "trish"],
    &["peter", "pete"],
    &["ronald", "ron", "ronnie"],
    &["samuel", "sam"],
    &["stephen", "steven", "steve"],
    &["timothy", "tim"],
    &["susan", "sue", "susie"],
    &["deborah", "debbie", "deb"],
    &["rebecca", "becky"],
    &["hillary", "hilary"],
    &["mitchell", "mitch"],
    &["nancy", "nan"],
];

/// Mr./Mrs. as evidence of who someone is (not a claim about anyone's gender identity;
/// only used to keep "Mr. Clinton" and "Mrs. Clinton" apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Honorific {
    /// "Mr."
    Male,
    /// "Mrs.", "Ms.", "Miss"
    Female,
}

impl Honorific {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Honorific::Male => "m",
            Honorific::Female => "f",
        }
    }

    /// Parses the stored spelling.
    pub fn parse(s: &str) -> Option<Honorific> {
        match s {
            "m" => Some(Honorific::Male),
            "f" => Some(Honorific::Female),
            _ => None,
        }
    }
}

/// A person's name split into parts (all lower case, ASCII-folded where simple).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonName {
    /// The title words before the name, as written ("Attorney General").
    pub title: Option<String>,
    /// The name without title, as written ("Jeff Sessions").
    pub display: String,
    /// First name, if the name has more than a surname.
    pub first: Option<String>,
    /// Middle names or initials.
    pub middle: Vec<String>,
    /// Surname, with particles ("von der leyen").
    pub last: String,
    /// From Mr./Mrs./Ms.
    pub honorific: Option<Honorific>,
}

impl PersonName {
    /// The full-name key ("jeff sessions"), `None` for a bare surname.
    pub fn has_first(&self) -> bool {
        self.first.is_some()
    }
}

/// Lower-cases a token and strips surrounding punctuation (keeps inner
/// hyphens and apostrophes); curly apostrophes become straight.
pub fn fold(token: &str) -> String {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let t = t.trim_matches(|c: char| c == '\'' || c == '’');
    t.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .map(strip_accent)
        .collect()
}

/// Folds the most common Latin accents so "José" and "Jose" meet.
fn strip_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

fn is_title_word(folded: &str) -> bool {
    TITLE_WORDS.binary_search(&folded).is_ok()
}

fn starts_upper(token: &str) -> bool {
    token
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// Parses a person's name as the extractor gives it. Returns `None` when no
/// capitalised name word is left (e.g. "the senator").
pub fn parse_person(raw: &str) -> Option<PersonName> {
    let raw = raw.trim();
    let raw = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .unwrap_or(raw);
    let tokens: Vec<&str> = raw.split_whitespace().collect();
    // Walk back from the end over name words; stop at a title word or a
    // lower-case word that is not a particle.
    let mut end = tokens.len();
    while end > 0 && SUFFIXES.contains(&fold(tokens[end - 1]).as_str()) && end > 1 {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let tok = tokens[start - 1];
        let f = fold(tok);
        if f.is_empty() {
            break;
        }
        let particle = PARTICLES.contains(&f.as_str()) && !starts_upper(tok) && start < end;
        // A title word ends the name, except as its last word ("Martin Luther King").
        if !(starts_upper(tok) || particle) || (is_title_word(&f) && start < end) {
            break;
        }
        start -= 1;
    }
    // A particle cannot begin the name ("de" in "Secretary de Blasio" is fine,
    // but a leading lower-case word of the run is dropped).
    while start < end && !starts_upper(tokens[start]) {
        start += 1;
    }
    if start == end || (end - start == 1 && is_title_word(&fold(tokens[start]))) {
        return None;
    }
    let name = &tokens[start..end];
    let before = &tokens[..start];
    let honorific = before.iter().rev().find_map(|t| match fold(t).as_str() {
        "mr" => Some(Honorific::Male),
        "mrs" | "ms" | "miss" => Some(Honorific::Female),
        _ => None,
    });
    let title_words: Vec<&str> = before
        .iter()
        .copied()
        .filter(|t| !matches!(fold(t).as_str(), "mr" | "mrs" | "ms" | "miss" | "mx"))
        .collect();
    let title = (!title_words.is_empty())
        .then(|| {
            title_words
                .join(" ")
                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                .to_string()
        })
        .filter(|t| !t.is_empty());
    // Surname: the last word plus any particles right before it.
    let mut last_start = name.len() - 1;
    while last_start > 0 && PARTICLES.contains(&fold(name[last_start - 1]).as_str()) {
        last_start -= 1;
    }
    if last_start == 0 && name.len() > 1 {
        // "De Niro"-like two-word names: keep the first word as first name.
        last_start = name.len() - 1;
    }
    let last = name[last_start..]
        .iter()
        .map(|t| fold(t))
        .collect::<Vec<_>>()
        .join(" ");
    let first = (last_start > 0)
        .then(|| fold(name[0]))
        .filter(|f| !f.is_empty());
    let middle = if last_start > 1 {
        name[1..last_start].iter().map(|t| fold(t)).collect()
    } else {
        Vec::new()
    };
    Some(PersonName {
        title,
        display: tokens[start..].join(" "),
        first,
        middle,
        last,
        honorific,
    })
}

/// Whether two first names can be the same person's: equal, nicknames of
/// one another, or an initial matching the other's first letter.
pub fn first_names_compatible(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ia, ib) = (a.chars().count() == 1, b.chars().count() == 1);
    if ia || ib {
        return a.chars().next() == b.chars().next();
    }
    NICKNAMES
        .iter()
        .any(|group| group.contains(&a) && group.contains(&b))
}

/// Whether the middle names clash ("W." vs "H. W."): only when both are given
/// and their initials differ.
pub fn middles_compatible(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return true;
    }
    let initials = |m: &[String]| {
        m.iter()
            .filter_map(|s| s.chars().next())
            .collect::<String>()
    };
    initials(a) == initials(b)
}

/// Role words used to compare roles: lower case, abbreviations expanded,
/// temporal and filler words dropped ("former Sen." → {"senator"}).
pub fn role_words(role: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tok in role.split(|c: char| c.is_whitespace() || c == ',' || c == '-') {
        let f = fold(tok);
        let f = match f.as_str() {
            "sen" => "senator",
            "rep" => "representative",
            "gov" => "governor",
            "gen" => "general",
            "sec" | "secy" => "secretary",
            "pres" => "president",
            "atty" => "attorney",
            "ag" => "attorney general",
            "dem" => "democratic",
            "gop" => "republican",
            other => other,
        }
        .to_string();
        if f.is_empty()
            || matches!(
                f.as_str(),
                "former"
                    | "then"
                    | "the"
                    | "a"
                    | "an"
                    | "of"
                    | "for"
                    | "and"
                    | "us"
                    | "u.s"
                    | "current"
                    | "now"
                    | "who"
                    | "is"
                    | "was"
                    | "s"
            )
        {
            continue;
        }
        for w in f.split(' ') {
            if !out.iter().any(|o: &String| o == w) {
                out.push(w.to_string());
            }
        }
    }
    out
}

/// Similarity of two roles: the share of words in common (0 when either is empty).
pub fn role_similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.iter().filter(|w| b.contains(w)).count();
    common as f64 / a.len().min(b.len()) as f64
}

/// A key for organisations and groups: folded words, a leading "the" dropped.
pub fn org_key(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    let skip = usize::from(words.first().is_some_and(|w| w == "the"));
    words[skip..].join(" ")
}

/// The acronym of a multi-word organisation name ("Federal Bureau of
/// Investigation" → "fbi"), from its capitalised words; `None` for one word.
pub fn acronym(name: &str) -> Option<String> {
    let caps: String = name
        .split_whitespace()
        .filter(|w| starts_upper(w) && !w.eq_ignore_ascii_case("the"))
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_lowercase)
        .collect();
    (caps.chars().count() >= 2 && name.split_whitespace().count() >= 2).then_some(caps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_are_sorted_for_binary_search() {
        let mut sorted = TITLE_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, TITLE_WORDS);
    }

    #[test]
    fn parses_titles_initials_particles_and_suffixes() {
        let p = parse_person("Attorney General Jeff Sessions").unwrap();
        assert_eq!(p.title.as_deref(), Some("Attorney General"));
        assert_eq!(
            (p.first.as_deref(), p.last.as_str()),
            (Some("jeff"), "sessions")
        );
        assert_eq!(p.display, "Jeff Sessions");

        let p = parse_person("George W. Bush").unwrap();
        assert_eq!(p.middle, vec!["w".to_string()]);
        let p = parse_person("George H.W. Bush").unwrap();
        assert_eq!(p.middle, vec!["h.w".to_string()]);

        let p = parse_person("Ursula von der Leyen").unwrap();
        assert_eq!(
            (p.first.as_deref(), p.last.as_str()),
            (Some("ursula"), "von der leyen")
        );

        let p = parse_person("Martin Luther King Jr.").unwrap();
        assert_eq!(
            (p.first.as_deref(), p.last.as_str()),
            (Some("martin"), "king")
        );

        let p = parse_person("Mrs. Clinton").unwrap();
        assert_eq!(
            (p.first, p.last.as_str(), p.honorific),
            (None, "clinton", Some(Honorific::Female))
        );
        assert_eq!(p.title, None);

        let p = parse_person("Sessions’s").unwrap();
        assert_eq!(p.last, "sessions");
        assert_eq!(parse_person("the senator"), None);
        assert_eq!(parse_person("the President"), None);
        assert_eq!(parse_person(""), None);
    }

    #[test]
    fn first_name_rules() {
        assert!(first_names_compatible("bill", "william"));
        assert!(first_names_compatible("h", "hillary"));
        assert!(!first_names_compatible("bill", "hillary"));
        assert!(!first_names_compatible("jeb", "george"));
        assert!(middles_compatible(&["w".into()], &[]));
        assert!(!middles_compatible(&["w".into()], &["h.w".into()]));
        assert!(middles_compatible(&["walker".into()], &["w".into()]));
    }

    #[test]
    fn roles_compare_by_words() {
        let a = role_words("former Sen.");
        assert_eq!(a, vec!["senator".to_string()]);
        let gov = role_words("former Florida governor");
        let pres = role_words("the former president");
        assert_eq!(role_similarity(&gov, &role_words("Florida Gov.")), 1.0);
        assert_eq!(role_similarity(&gov, &pres), 0.0);
    }

    #[test]
    fn organisations() {
        assert_eq!(org_key("The White House"), "white house");
        assert_eq!(
            acronym("Federal Bureau of Investigation").as_deref(),
            Some("fbi")
        );
        assert_eq!(acronym("Reuters"), None);
    }
}
